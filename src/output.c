/* Writing text: UTF-8 inside, the locale's charset outside, and every
   write error noticed.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#include "system.h"

#include <errno.h>
#include <langinfo.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <uniconv.h>

#include "diagnostics.h"
#include "output.h"

/* The iconv name to convert to, or NULL to write UTF-8 as it is.  */
static char *target_charset;

/* The errno of the first failed write to standard output, or 0.  */
static int stdout_errno;

static bool
is_c_locale (const char *name)
{
  return strcmp (name, "C") == 0 || strcmp (name, "POSIX") == 0;
}

void
output_choose_charset (const char *ctype_locale)
{
  /* In the C locale, which is what a container whose locale was never set
     runs in, the charset is ASCII in name only: terminals there are UTF-8
     nearly always, and ASCII would turn every dash and accent into '?'.  */
  if (ctype_locale == NULL || is_c_locale (ctype_locale))
    return;
  const char *codeset = nl_langinfo (CODESET);
  if (strcmp (codeset, "UTF-8") == 0 || strcmp (codeset, "utf8") == 0)
    return;
  if (asprintf (&target_charset, "%s//TRANSLIT", codeset) < 0)
    target_charset = NULL;
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
  return EXIT_TROUBLE;
}
