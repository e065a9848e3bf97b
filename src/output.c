/* Writing text: UTF-8 inside, the locale's charset outside, and every
   write error noticed.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#include "system.h"

#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <uniconv.h>
#include <unictype.h>
#include <uniname.h>
#include <unistr.h>

#include "diagnostics.h"
#include "language.h"
#include "output.h"

/* The iconv name to convert to, or NULL to write UTF-8 as it is; and the
   locale's own charset, which the arguments are written in.  */
static char *target_charset;
static char *locale_charset_name;

/* The errno of the first failed write to standard output, or 0.  */
static int stdout_errno;

/* Where standard output is kept while it is held, or NULL.  */
static FILE *held;
static char *held_text;
static size_t held_length;

/* Whether the codeset part of a locale name, up to its "@modifier", is
   UTF-8 ("UTF-8" or "utf8", in any case).  */
static bool
is_utf8_codeset (const char *codeset)
{
  size_t n = strcspn (codeset, "@");
  return (n == 5 && strncasecmp (codeset, "UTF-8", 5) == 0)
         || (n == 4 && strncasecmp (codeset, "utf8", 4) == 0);
}

/* Whether the environment names the C locale or a UTF-8 one for LC_CTYPE
   (LC_ALL, then LC_CTYPE, then LANG): then the output is UTF-8 whatever
   the locale's files say, and loading them can be spared.  */
static bool
environment_says_utf8 (void)
{
  static const char *const variables[] = { "LC_ALL", "LC_CTYPE", "LANG" };
  for (size_t i = 0; i < ARRAY_SIZE (variables); i++)
    {
      const char *value = getenv (variables[i]);
      if (value == NULL || *value == '\0')
        continue;
      const char *dot = strchr (value, '.');
      return language_is_c_locale (value)
             || (dot != NULL && is_utf8_codeset (dot + 1));
    }
  return true;   /* no locale at all: the C locale */
}

void
output_choose_charset (void)
{
  if (environment_says_utf8 ())
    return;
  /* In the C locale, which is what a container whose locale was never set
     runs in, the charset is ASCII in name only: terminals there are UTF-8
     nearly always, and ASCII would turn every dash and accent into '?'.  */
  const char *ctype_locale = setlocale (LC_CTYPE, "");
  if (language_is_c_locale (ctype_locale))
    return;
  const char *codeset = nl_langinfo (CODESET);
  if (strcmp (codeset, "UTF-8") == 0 || strcmp (codeset, "utf8") == 0)
    return;
  if (asprintf (&target_charset, "%s//TRANSLIT", codeset) < 0)
    target_charset = NULL;
  locale_charset_name = strdup (codeset);
}

const char *
output_charset (void)
{
  return locale_charset_name;
}

/* Whether UC is a ligature, which may be written as its letters
   ("œ" as "oe") where a charset lacks it, as French has long been in
   ISO-8859-1.  */
static bool
is_ligature (ucs4_t uc)
{
  char name[UNINAME_MAX];
  return uc >= 0x80 && unicode_character_name (uc, name) != NULL
         && strstr (name, " LIGATURE ") != NULL;
}

/* Whether UC is a letter, a mark or a digit, what a script is made of,
   and has no accepted plain form.  */
static bool
is_letter_of_a_script (ucs4_t uc)
{
  return (uc_is_general_category (uc, UC_CATEGORY_L)
          || uc_is_general_category (uc, UC_CATEGORY_M)
          || uc_is_general_category (uc, UC_CATEGORY_N))
         && !is_ligature (uc);
}

bool
output_can_show (const char *text)
{
  if (locale_charset_name == NULL)
    return true;
  /* Everything but the letters becomes a space, which every charset
     holds; the rest must convert without transliteration.  */
  size_t length = strlen (text);
  uint8_t *letters = malloc (length);
  if (letters == NULL)
    diag_out_of_memory ();
  const uint8_t *s = (const uint8_t *) text;
  size_t n = 0;
  for (size_t i = 0; i < length;)
    {
      ucs4_t uc;
      int k = u8_mbtouc (&uc, s + i, length - i);
      if (is_letter_of_a_script (uc))
        {
          memcpy (letters + n, s + i, k);
          n += k;
        }
      else
        letters[n++] = ' ';
      i += k;
    }
  size_t converted_length;
  char *converted = u8_conv_to_encoding (locale_charset_name, iconveh_error,
                                         letters, n, NULL, NULL,
                                         &converted_length);
  /* A charset iconv does not know at all is written in UTF-8 (see
     output_write): nothing is lost then.  */
  bool shown = converted != NULL || errno != EILSEQ;
  free (converted);
  free (letters);
  return shown;
}

/* Keep CONVERTED, an argument in UTF-8, for the rest of the program.  */
static const char *
keep_argument (char *converted)
{
  static char **kept;
  static size_t count;
  char **grown = realloc (kept, (count + 1) * sizeof *grown);
  if (grown == NULL)
    {
      free (converted);
      diag_out_of_memory ();
    }
  kept = grown;
  kept[count++] = converted;
  return converted;
}

const char *
output_charset_to_utf8 (const char *argument)
{
  if (locale_charset_name == NULL)
    return argument;
  size_t length;
  uint8_t *converted = u8_conv_from_encoding (locale_charset_name,
                                              iconveh_error, argument,
                                              strlen (argument), NULL, NULL,
                                              &length);
  char *terminated = converted != NULL ? realloc (converted, length + 1)
                                       : NULL;
  if (terminated == NULL)
    {
      free (converted);
      return argument;
    }
  terminated[length] = '\0';
  return keep_argument (terminated);
}

void
output_hold (void)
{
  held = open_memstream (&held_text, &held_length);
  if (held == NULL)
    diag_out_of_memory ();
}

void
output_release (char **text, size_t *length)
{
  if (fclose (held) != 0)
    diag_out_of_memory ();
  held = NULL;
  *text = held_text;
  *length = held_length;
}

/* The names libunistring's width functions know a CJK charset by.  In
   libunistring 1.0, uc_width counts the East Asian ambiguous characters
   ("—", "“", "…") 2 columns in EUC-JP, GB2312, GBK, EUC-TW, BIG5,
   EUC-KR, CP949 and JOHAB only.  The charsets below extend one of those,
   and the terminals that use them draw those characters as wide: each
   goes by the name of the one it extends.  */
static const struct
{
  const char *charset;
  const char *width_name;
} cjk_width_names[] =
{
  { "GB18030", "GBK" },
  { "CP936", "GBK" },
  { "BIG5-HKSCS", "BIG5" },
  { "CP950", "BIG5" },
  { "SHIFT_JIS", "EUC-JP" },
  { "SHIFT_JISX0213", "EUC-JP" },
  { "EUC-JISX0213", "EUC-JP" },
  { "CP932", "EUC-JP" }
};

const char *
output_width_encoding (void)
{
  if (target_charset == NULL)
    return "UTF-8";
  for (size_t i = 0; i < ARRAY_SIZE (cjk_width_names); i++)
    if (strcasecmp (locale_charset_name, cjk_width_names[i].charset) == 0)
      return cjk_width_names[i].width_name;
  return locale_charset_name;
}

/* COUNT objects of SIZE bytes, zeroed, or the program ends.  */
static void *
allocate (size_t count, size_t size)
{
  void *p = calloc (count > 0 ? count : 1, size);
  if (p == NULL)
    diag_out_of_memory ();
  return p;
}

/* The LENGTH bytes of UTF-8 at S converted to the output charset, as
   output_write converts them, and back to UTF-8: in *PRINTABLE, malloc'd,
   *PRINTABLE_LENGTH bytes long.  Set MAP[I], for each I below LENGTH, to
   where the character that holds the byte S[I] starts in *PRINTABLE.
   Return false if a conversion fails.  */
static bool
convert_back_and_forth (const char *s, size_t length, uint8_t **printable,
                        size_t *printable_length, size_t *map)
{
  size_t *to = allocate (length, sizeof *to);
  size_t converted_length;
  char *converted = u8_conv_to_encoding (target_charset, iconveh_question_mark,
                                         (const uint8_t *) s, length, to,
                                         NULL, &converted_length);
  size_t *back = NULL;
  *printable = NULL;
  if (converted != NULL)
    {
      back = allocate (converted_length, sizeof *back);
      *printable = u8_conv_from_encoding (locale_charset_name,
                                          iconveh_question_mark, converted,
                                          converted_length, back, NULL,
                                          printable_length);
    }
  for (size_t i = 0, at = 0; *printable != NULL && i < length; i++)
    {
      /* The bytes inside a character have no offset of their own; a
         character converted to nothing maps to what follows it.  */
      if (to[i] != (size_t) -1)
        at = to[i] < converted_length && back[to[i]] != (size_t) -1
             ? back[to[i]] : *printable_length;
      map[i] = at;
    }
  free (back);
  free (converted);
  free (to);
  return *printable != NULL;
}

/* U+00AD SOFT HYPHEN, which is never written: transliterated, it would
   become a '-' shown in the middle of a word.  */
static const char soft_hyphen[] = "\xC2\xAD";

char *
output_printable (const char *text, size_t length, size_t *printable_length,
                  size_t **map)
{
  if (target_charset == NULL)
    return NULL;
  size_t *offsets = allocate (length + 1, sizeof *offsets);
  size_t capacity = length + 3;
  char *result = allocate (capacity, 1);
  size_t size = 0;
  for (size_t start = 0; start <= length;)
    {
      /* The text up to the next soft hyphen, converted.  */
      const char *hyphen = memmem (text + start, length - start,
                                   soft_hyphen, 2);
      size_t end = hyphen != NULL ? (size_t) (hyphen - text) : length;
      uint8_t *piece = NULL;
      size_t piece_length = 0;
      if (end > start
          && !convert_back_and_forth (text + start, end - start, &piece,
                                      &piece_length, offsets + start))
        {
          /* A charset iconv does not know: output_write writes UTF-8.  */
          free (result);
          free (offsets);
          return NULL;
        }
      for (size_t i = start; i < end; i++)
        offsets[i] += size;
      /* Room for the piece, a soft hyphen and the final NUL.  */
      size_t needed = size + piece_length + 3;
      if (needed > capacity)
        {
          capacity = needed > 2 * capacity ? needed : 2 * capacity;
          char *grown = realloc (result, capacity);
          if (grown == NULL)
            diag_out_of_memory ();
          result = grown;
        }
      if (piece_length > 0)
        memcpy (result + size, piece, piece_length);
      size += piece_length;
      free (piece);
      if (hyphen == NULL)
        break;
      offsets[end] = offsets[end + 1] = size;
      memcpy (result + size, soft_hyphen, 2);
      size += 2;
      start = end + 2;
    }
  offsets[length] = size;
  result[size] = '\0';
  *printable_length = size;
  if (map != NULL)
    *map = offsets;
  else
    free (offsets);
  return result;
}

static int
write_bytes (FILE *stream, const char *s, size_t length)
{
  if (stream == stdout && held != NULL)
    stream = held;
  if (length == 0 || fwrite (s, 1, length, stream) == length)
    return 0;
  if (stream == stdout && stdout_errno == 0)
    stdout_errno = errno;
  return EOF;
}

int
output_write_bytes (FILE *stream, const char *s, size_t length)
{
  return write_bytes (stream, s, length);
}

int
output_puts_bytes (FILE *stream, const char *s)
{
  return write_bytes (stream, s, strlen (s));
}

int
output_write (FILE *stream, const char *s, size_t length)
{
  if (target_charset == NULL)
    return write_bytes (stream, s, length);

  size_t converted_length;
  char *converted = u8_conv_to_encoding (target_charset, iconveh_question_mark,
                                         (const uint8_t *) s, length, NULL,
                                         NULL, &converted_length);
  /* A charset iconv does not know: UTF-8 is better than nothing.  */
  if (converted == NULL)
    return write_bytes (stream, s, length);
  int result = write_bytes (stream, converted, converted_length);
  free (converted);
  return result;
}

int
output_puts (FILE *stream, const char *s)
{
  return output_write (stream, s, strlen (s));
}

/* "write error: No space left on device", as GNU programs say it.  */
static void
report_write_error (int error)
{
  const char *what = _("write error");
  char *message;
  if (error == 0 || asprintf (&message, "%s: %s", what, strerror (error)) < 0)
    {
      diag_message (what);
      return;
    }
  diag_message (message);
  free (message);
}

int
output_close_stdout (int status)
{
  bool failed = ferror (stdout) != 0;
  int error = stdout_errno;
  if (fclose (stdout) != 0)
    {
      failed = true;
      if (error == 0)
        error = errno;
    }
  if (!failed)
    return status;
  if (error != EPIPE)
    report_write_error (error);
  return EXIT_FAILURE;
}
