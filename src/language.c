/* The six official languages of the United Nations, and choosing one.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).

   The language is chosen by the program itself, not by the C library's
   locale: a reader in a container where only C.UTF-8 is installed, or
   whose locale is plain C, still gets the language they asked for.  The
   choice is then handed to gettext through LANGUAGE, which gettext obeys
   whenever LC_MESSAGES is not the C locale.  */

#include "system.h"

#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "language.h"
#include "match.h"
#include "utf8-repair.h"

const struct language languages[LANGUAGE_COUNT] =
{
  { "en", "en",    "English",  "English" },
  { "es", "es",    "español",  "Spanish" },
  { "fr", "fr",    "français", "French" },
  { "ar", "ar",    "العربية",  "Arabic" },
  { "zh", "zh_CN", "中文",     "Chinese" },
  { "ru", "ru",    "русский",  "Russian" }
};

/* Counter that makes gettext forget the translations it has looked up, as
   the gettext manual says to do after changing LANGUAGE.  Its name is
   gettext's, reserved identifier or not.  */
extern int _nl_msg_cat_cntr;  // NOLINT(bugprone-reserved-identifier)

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

/* Whether the subtags of a Chinese tag ask for Traditional characters,
   which this program does not offer.  */
static bool
is_traditional_chinese (const char *subtags)
{
  static const char *const traditional[] = { "hant", "tw", "hk", "mo" };
  for (size_t i = 0; i < ARRAY_SIZE (traditional); i++)
    {
      size_t n = strlen (traditional[i]);
      for (const char *p = subtags; (p = strstr (p, traditional[i])); p++)
        if ((p[-1] == '_' || p[-1] == '-')
            && (p[n] == '\0' || p[n] == '_' || p[n] == '-'))
          return true;
    }
  return false;
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

/* The language of a locale name (ll, ll_CC, ll_CC.codeset@modifier) or a
   BCP 47 tag (ll-Script-CC), or NULL.  Anything else (a path, say) is not
   a language name.  */
static const struct language *
language_by_tag (const char *tag)
{
  char tag_lower[64];
  size_t n = strspn (tag, tag_characters);
  if (n == 0 || n >= sizeof tag_lower || !has_locale_suffix (tag + n))
    return NULL;
  for (size_t i = 0; i < n; i++)
    tag_lower[i] = normalized_tag_char (tag[i]);
  tag_lower[n] = '\0';

  size_t primary = strcspn (tag_lower, "_");
  for (size_t i = 0; i < LANGUAGE_COUNT; i++)
    if (strlen (languages[i].code) == primary
        && strncmp (tag_lower, languages[i].code, primary) == 0)
      {
        if (strcmp (languages[i].code, "zh") == 0
            && is_traditional_chinese (tag_lower + primary))
          return NULL;
        return &languages[i];
      }
  return NULL;
}

/* The language whose own or English name is NAME, in any case and with
   or without its accents.  */
static const struct language *
language_by_written_name (const char *name)
{
  char *folded_name = match_fold (name);
  const struct language *found = NULL;
  for (size_t i = 0; folded_name != NULL && i < LANGUAGE_COUNT && !found; i++)
    {
      char *native = match_fold (languages[i].native_name);
      char *english = match_fold (languages[i].english_name);
      if ((native != NULL && strcmp (folded_name, native) == 0)
          || (english != NULL && strcmp (folded_name, english) == 0))
        found = &languages[i];
      free (native);
      free (english);
    }
  free (folded_name);
  return found;
}

const struct language *
language_by_name (const char *name)
{
  if (!utf8_is_valid (name, strlen (name)))
    return NULL;
  const struct language *language = language_by_tag (name);
  return language != NULL ? language : language_by_written_name (name);
}

static const char *
first_set (const char *const *names, size_t count)
{
  for (size_t i = 0; i < count; i++)
    {
      const char *value = getenv (names[i]);
      if (value != NULL && *value != '\0')
        return value;
    }
  return NULL;
}

/* The first entry of the colon-separated list LIST that names one of the
   six languages, or NULL.  */
static const struct language *
first_language_listed (const char *list)
{
  while (list != NULL && *list != '\0')
    {
      const char *colon = strchr (list, ':');
      size_t n = colon != NULL ? (size_t) (colon - list) : strlen (list);
      char entry[64];
      if (n < sizeof entry)
        {
          memcpy (entry, list, n);
          entry[n] = '\0';
          const struct language *language = language_by_tag (entry);
          if (language != NULL)
            return language;
        }
      list = colon != NULL ? colon + 1 : NULL;
    }
  return NULL;
}

const struct language *
language_from_environment (void)
{
  const struct language *language = first_language_listed (getenv ("LANGUAGE"));
  if (language != NULL)
    return language;
  static const char *const locale_variables[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
  const char *locale = first_set (locale_variables, ARRAY_SIZE (locale_variables));
  if (locale != NULL && (language = language_by_tag (locale)) != NULL)
    return language;
  return SOURCE_LANGUAGE;
}

/* A malloc'd copy of A followed by B, or NULL.  */
static char *
concat (const char *a, const char *b)
{
  size_t a_length = strlen (a), b_length = strlen (b);
  char *result = malloc (a_length + b_length + 1);
  if (result != NULL)
    {
      memcpy (result, a, a_length + 1);
      memcpy (result + a_length, b, b_length + 1);
    }
  return result;
}

/* The build tree's catalogs, when the program runs from its build tree:
   po/locale beside the directory that holds the executable, marked as
   this package's own by a file that 'make' puts there, so that an
   installed program never takes a stranger's directory for it.  */
static char *
build_tree_catalogs (void)
{
  char executable[PATH_MAX];
  ssize_t n = readlink ("/proc/self/exe", executable, sizeof executable - 1);
  if (n <= 0)
    return NULL;
  executable[n] = '\0';
  char *slash = strrchr (executable, '/');
  if (slash == NULL)
    return NULL;
  *slash = '\0';
  char *directory = concat (executable, "/../po/locale");
  if (directory == NULL)
    return NULL;
  char *marker = concat (directory, "/" PACKAGE "-build-tree");
  bool ours = marker != NULL && access (marker, F_OK) == 0;
  free (marker);
  if (!ours)
    {
      free (directory);
      return NULL;
    }
  return directory;
}

const char *
language_catalog_directory (void)
{
  static const char *directory;
  if (directory == NULL)
    {
      const char *chosen = getenv ("OHCHR_MISSION_LOCALEDIR");
      if (chosen != NULL && *chosen != '\0')
        directory = chosen;
      else if ((directory = build_tree_catalogs ()) == NULL)
        directory = LOCALEDIR;
    }
  return directory;
}

static bool
is_c_locale (const char *name)
{
  return name == NULL || strcmp (name, "C") == 0 || strcmp (name, "POSIX") == 0;
}

/* Point gettext at the catalogs, once.  */
static void
bind_catalogs (void)
{
  static bool bound;
  if (bound)
    return;
  bindtextdomain (PACKAGE, language_catalog_directory ());
  bind_textdomain_codeset (PACKAGE, "UTF-8");
  /* The C library's own messages (strerror) are text inside too.  */
  bind_textdomain_codeset ("libc", "UTF-8");
  textdomain (PACKAGE);
  /* gettext ignores LANGUAGE while LC_MESSAGES is the C locale, and the
     reader's locale may not be installed at all: C.UTF-8 is.  */
  if (is_c_locale (setlocale (LC_MESSAGES, "")))
    setlocale (LC_MESSAGES, "C.UTF-8");
  bound = true;
}

static const struct language *active_language;

bool
language_activate (const struct language *language)
{
  active_language = language;
  /* The English text needs no catalog: until one is bound, LC_MESSAGES
     is the C locale and gettext returns its argument.  */
  static bool needs_catalogs;
  if (language == SOURCE_LANGUAGE && !needs_catalogs)
    return true;
  needs_catalogs = true;
  bind_catalogs ();
  if (setenv ("LANGUAGE", language->catalog, 1) != 0)
    return false;
  ++_nl_msg_cat_cntr;
  /* The empty msgid translates to the catalog's header when the catalog
     was loaded, and to itself when it was not.  */
  static const char header_msgid[] = "";
  return language == SOURCE_LANGUAGE || *gettext (header_msgid) != '\0';
}

bool
language_is_available (const struct language *language)
{
  const struct language *previous = active_language;
  bool available = language_activate (language);
  language_activate (previous != NULL ? previous : SOURCE_LANGUAGE);
  return available;
}

const char *
language_state_name (const struct language *language)
{
  if (language == SOURCE_LANGUAGE)
    /* TRANSLATORS: in --languages, said of English.  */
    return _("source text");
  if (language_is_available (language))
    /* TRANSLATORS: in --languages, a language whose catalog is there.  */
    return _("installed");
  /* TRANSLATORS: in --languages, a language whose catalog is missing.  */
  return _("not installed");
}
