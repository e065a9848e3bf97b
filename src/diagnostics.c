/* Messages to the user on standard error.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#include "system.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unictype.h>
#include <unistr.h>

#include "diagnostics.h"
#include "output.h"
#include "utf8-repair.h"

/* Format the message, make sure it is valid UTF-8 (a translation could be
   broken), and write it with a newline through the output's charset
   conversion.  */
static void
vprint_line (const char *prefix, const char *format, va_list args)
{
  char *message;
  if (vasprintf (&message, format, args) < 0)
    {
      fputs (PROGRAM_NAME ": out of memory\n", stderr);
      return;
    }
  char *repaired = utf8_repair (message, strlen (message), NULL);
  fflush (stdout);
  if (prefix != NULL)
    output_puts (stderr, prefix);
  output_puts (stderr, repaired != NULL ? repaired : message);
  output_puts (stderr, "\n");
  free (repaired);
  free (message);
}

void
diag_error (const char *format, ...)
{
  va_list args;
  va_start (args, format);
  vprint_line (PROGRAM_NAME ": ", format, args);
  va_end (args);
}

void
diag_note (const char *format, ...)
{
  va_list args;
  va_start (args, format);
  vprint_line (NULL, format, args);
  va_end (args);
}

_Noreturn void
diag_usage_exit (void)
{
  /* TRANSLATORS: %s is the command to run, 'ohchr-mission --help'.  */
  diag_note (_("Try '%s' for more information."), PROGRAM_NAME " --help");
  exit (EXIT_USAGE);
}

/* Append the escape for the byte B to BUFFER at *USED.  */
static void
append_escape (char *buffer, size_t *used, unsigned char b)
{
  static const char hex[] = "0123456789abcdef";
  const char *named = NULL;
  switch (b)
    {
    case '\n': named = "\\n"; break;
    case '\t': named = "\\t"; break;
    case '\r': named = "\\r"; break;
    case '\\': named = "\\\\"; break;
    case '\'': named = "\\'"; break;
    }
  if (named != NULL)
    {
      memcpy (buffer + *used, named, 2);
      *used += 2;
      return;
    }
  buffer[(*used)++] = '\\';
  buffer[(*used)++] = 'x';
  buffer[(*used)++] = hex[b >> 4];
  buffer[(*used)++] = hex[b & 0xf];
}

/* Whether the character UC can be shown as itself inside a quotation.  */
static bool
is_shown_as_is (ucs4_t uc)
{
  return uc != '\\' && uc != '\''
         && !uc_is_general_category (uc, UC_CATEGORY_Cc)
         && !uc_is_general_category (uc, UC_CATEGORY_Cf)
         && !uc_is_general_category (uc, UC_CATEGORY_Zl)
         && !uc_is_general_category (uc, UC_CATEGORY_Zp);
}

/* Keep RESULT until a few more quotations have been made, then free it:
   a message needs at most a few at once.  */
static const char *
remember (char *quotation)
{
  static char *recent[8];
  static size_t next;
  free (recent[next]);
  recent[next] = quotation;
  next = (next + 1) % ARRAY_SIZE (recent);
  return quotation;
}

const char *
diag_quote (const char *arg)
{
  size_t length = strlen (arg);
  /* Each byte becomes at most the four bytes of "\xHH".  */
  char *result = malloc (4 * length + 3);
  if (result == NULL)
    return "'...'";
  size_t used = 0;
  result[used++] = '\'';
  const uint8_t *s = (const uint8_t *) arg;
  const uint8_t *end = s + length;
  while (s < end)
    {
      ucs4_t uc;
      int n = u8_mbtoucr (&uc, s, end - s);
      if (n > 0 && is_shown_as_is (uc))
        {
          memcpy (result + used, s, n);
          used += n;
          s += n;
        }
      else
        append_escape (result, &used, *s++);
    }
  result[used++] = '\'';
  result[used] = '\0';
  return remember (result);
}
