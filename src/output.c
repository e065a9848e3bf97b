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

static bool
is_c_locale (const char *name)
{
  return strcmp (name, "C") == 0 || strcmp (name, "POSIX") == 0;
}

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
      return is_c_locale (value) || (dot != NULL && is_utf8_codeset (dot + 1));
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
  if (ctype_locale == NULL || is_c_locale (ctype_locale))
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
output_argument_to_utf8 (const char *argument)
{
  if (locale_charset_name == NULL)
    return argument;
  size_t length;
  uint8_t *converted = u8_conv_from_encoding (locale_charset_name, iconveh_error,
                                              argument, strlen (argument),
                                              NULL, NULL, &length);
  char *terminated = converted != NULL ? realloc (converted, length + 1) : NULL;
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
output_write_utf8 (FILE *stream, const char *s, size_t length)
{
  return write_bytes (stream, s, length);
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
