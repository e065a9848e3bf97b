/* The six official languages of the United Nations, and the names people
   give them.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).

   A language is named by what the user types after --lang or by what the
   environment holds.  The program reads those names itself rather than
   asking the C library's locale: a reader whose locale is C, or not
   installed at all, still gets the language they named.  */

#include "system.h"

#include <stdlib.h>
#include <string.h>

#include "language.h"
#include "match.h"

/* TRANSLATORS: the English names are the languages' names in messages;
   translate them as your language names these languages.  */
const struct language languages[LANGUAGE_COUNT] =
{
  { "en", "en",    "en",      "English",  N_("English"), false },
  { "es", "es",    "es",      "español",  N_("Spanish"), false },
  { "fr", "fr",    "fr",      "français", N_("French"),  false },
  { "ar", "ar",    "ar",      "العربية",  N_("Arabic"),  true },
  { "zh", "zh_CN", "zh-Hans", "中文",     N_("Chinese"), false },
  { "ru", "ru",    "ru",      "русский",  N_("Russian"), false }
};

size_t
language_index (const struct language *language)
{
  return (size_t) (language - languages);
}

/* C lowered to ASCII lower case, with '-' (BCP 47) read as '_' (locale
   names).  */
static char
normalized_tag_char (char c)
{
  if (c == '-')
    return '_';
  if (c >= 'A' && c <= 'Z')
    return (char) (c + ('a' - 'A'));
  return c;
}

/* Whether SUBTAGS ("_hant_tw", lower case) hold the subtag SUBTAG.  */
static bool
has_subtag (const char *subtags, const char *subtag)
{
  size_t n = strlen (subtag);
  for (const char *p = subtags; (p = strstr (p, subtag)) != NULL; p++)
    if (p > subtags && p[-1] == '_' && (p[n] == '\0' || p[n] == '_'))
      return true;
  return false;
}

/* Whether the subtags of a Chinese tag ask for Traditional characters:
   the script Hant, or without a script, a region that writes them
   (Taiwan, Hong Kong, Macao).  */
static bool
is_traditional_chinese (const char *subtags)
{
  if (has_subtag (subtags, "hans"))
    return false;
  return has_subtag (subtags, "hant") || has_subtag (subtags, "tw")
         || has_subtag (subtags, "hk") || has_subtag (subtags, "mo");
}

/* What a locale name or a BCP 47 tag is made of, but for its separators.  */
static const char tag_characters[] =
  "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-";

/* Whether S is nothing, or a locale name's ".codeset", "@modifier" or
   both, each made of tag characters alone.  */
static bool
has_locale_suffix (const char *s)
{
  if (*s == '.')
    {
      size_t n = strspn (s + 1, tag_characters);
      if (n == 0)
        return false;
      s += 1 + n;
    }
  if (*s == '@')
    {
      size_t n = strspn (s + 1, tag_characters);
      if (n == 0)
        return false;
      s += 1 + n;
    }
  return *s == '\0';
}

/* As language_by_name, for a locale name or a tag alone (what the
   environment holds): "C", paths and other languages' names are
   unknown.  */
static enum language_name_kind
language_by_locale_name (const char *name, const struct language **language)
{
  char tag[64];
  size_t n = strspn (name, tag_characters);
  if (n == 0 || n >= sizeof tag || !has_locale_suffix (name + n))
    return LANGUAGE_NAME_UNKNOWN;
  for (size_t i = 0; i < n; i++)
    tag[i] = normalized_tag_char (name[i]);
  tag[n] = '\0';

  size_t primary = strcspn (tag, "_");
  for (size_t i = 0; i < LANGUAGE_COUNT; i++)
    if (strlen (languages[i].code) == primary
        && strncmp (tag, languages[i].code, primary) == 0)
      {
        *language = &languages[i];
        if (strcmp (languages[i].code, "zh") == 0
            && is_traditional_chinese (tag + primary))
          return LANGUAGE_NAME_TRADITIONAL;
        return LANGUAGE_NAME_KNOWN;
      }
  return LANGUAGE_NAME_UNKNOWN;
}

bool
language_is_c_locale (const char *name)
{
  return name == NULL || strcmp (name, "C") == 0
         || strcmp (name, "POSIX") == 0;
}

/* The language whose own or English name is NAME, in any case and with
   or without its accents, or NULL.  */
static const struct language *
language_by_written_name (const char *name)
{
  char *folded_name = match_fold (name, NULL);
  const struct language *found = NULL;
  for (size_t i = 0; i < LANGUAGE_COUNT && !found; i++)
    {
      char *native = match_fold (languages[i].native_name, NULL);
      char *english = match_fold (languages[i].english_name, NULL);
      if (strcmp (folded_name, native) == 0
          || strcmp (folded_name, english) == 0)
        found = &languages[i];
      free (native);
      free (english);
    }
  free (folded_name);
  return found;
}

enum language_name_kind
language_by_name (const char *name, const struct language **language)
{
  enum language_name_kind kind = language_by_locale_name (name, language);
  if (kind != LANGUAGE_NAME_UNKNOWN)
    return kind;
  *language = language_by_written_name (name);
  return *language != NULL ? LANGUAGE_NAME_KNOWN : LANGUAGE_NAME_UNKNOWN;
}

/* Add the language NAME stands for to LIST, unless it is there already.  */
static size_t
add_entry (const char *name, const struct language *list[LANGUAGE_COUNT],
           bool traditional[LANGUAGE_COUNT], size_t count)
{
  const struct language *language;
  enum language_name_kind kind = language_by_locale_name (name, &language);
  if (kind == LANGUAGE_NAME_UNKNOWN)
    return count;
  for (size_t i = 0; i < count; i++)
    if (list[i] == language)
      return count;
  list[count] = language;
  traditional[count] = kind == LANGUAGE_NAME_TRADITIONAL;
  return count + 1;
}

/* Add the languages of the colon-separated list ENTRIES to LIST.  */
static size_t
add_entries (const char *entries, const struct language *list[LANGUAGE_COUNT],
             bool traditional[LANGUAGE_COUNT], size_t count)
{
  while (entries != NULL && *entries != '\0')
    {
      const char *colon = strchr (entries, ':');
      size_t n = colon != NULL ? (size_t) (colon - entries) : strlen (entries);
      char entry[64];
      if (n < sizeof entry)
        {
          memcpy (entry, entries, n);
          entry[n] = '\0';
          count = add_entry (entry, list, traditional, count);
        }
      entries = colon != NULL ? colon + 1 : NULL;
    }
  return count;
}

/* Read the environment's list into LIST and TRADITIONAL.  */
static size_t
read_environment (const struct language *list[LANGUAGE_COUNT],
                  bool traditional[LANGUAGE_COUNT])
{
  size_t count = add_entries (getenv ("LANGUAGE"), list, traditional, 0);
  if (count > 0)
    return count;
  static const char *const locale_variables[] =
    { "LC_ALL", "LC_MESSAGES", "LANG" };
  for (size_t i = 0; i < ARRAY_SIZE (locale_variables); i++)
    {
      const char *value = getenv (locale_variables[i]);
      if (value != NULL && *value != '\0')
        return add_entry (value, list, traditional, 0);
    }
  return 0;
}

size_t
language_environment_list (const struct language *list[LANGUAGE_COUNT],
                           bool traditional[LANGUAGE_COUNT])
{
  /* Read once, before the program steers gettext through LANGUAGE.  */
  static const struct language *read_list[LANGUAGE_COUNT];
  static bool read_traditional[LANGUAGE_COUNT];
  static size_t count;
  static bool read;
  if (!read)
    {
      count = read_environment (read_list, read_traditional);
      read = true;
    }
  memcpy (list, read_list, sizeof read_list);
  memcpy (traditional, read_traditional, sizeof read_traditional);
  return count;
}
