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

#include "diagnostics.h"
#include "output.h"

/* The iconv name to convert to, or NULL to write UTF-8 as it is; and the
   locale's own charset, which the arguments are written in.  */
static char *target_charset;
static char *locale_charset_name;

/* The errno of the first failed write to standard output, or 0.  */
static int stdout_errno;

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

static int
write_bytes (FILE *stream, const char *s, size_t length)
{
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
  return EXIT_ERROR;
}
