/* Messages to the user on standard error.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#include "system.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unictype.h>
#include <unistr.h>

#include "diagnostics.h"
#include "output.h"
#include "utf8-repair.h"

/* Append to SIGNATURE (of SIZE bytes) what the conversion directive at
   FORMAT consumes ("*" for each star, then its length modifier and
   conversion), and return the end of the directive.  A "%%" consumes
   nothing.  Returns NULL for a directive this program never uses (a
   positional one, say), so that a catalog cannot smuggle one in.  */
static const char *
add_directive (const char *format, char *signature, size_t size)
{
  const char *p = format + 1;
  if (*p == '%')
    return p + 1;
  p += strspn (p, "-+ #0'");
  char stars[3] = "";
  if (*p == '*')
    strcat (stars, "*"), p++;
  else
    p += strspn (p, "0123456789");
  if (*p == '$')
    return NULL;
  if (*p == '.')
    {
      p++;
      if (*p == '*')
        strcat (stars, "*"), p++;
      else
        p += strspn (p, "0123456789");
    }
  size_t length = strspn (p, "hlLqjzt");
  if (length > 2 || p[length] == '\0' || strchr ("diouxXeEfFgGaAcsp", p[length]) == NULL)
    return NULL;
  if (strlen (signature) + strlen (stars) + length + 2 >= size)
    return NULL;
  strcat (signature, stars);
  strncat (signature, p, length + 1);
  strcat (signature, ",");
  return p + length + 1;
}

/* What the directives of FORMAT consume, as a string; false if FORMAT has
   a directive the program does not use.  */
static bool
format_signature (const char *format, char *signature, size_t size)
{
  *signature = '\0';
  for (const char *p = strchr (format, '%'); p != NULL; p = strchr (p, '%'))
    if ((p = add_directive (p, signature, size)) == NULL)
      return false;
  return true;
}

const char *
diag_translate_format (const char *msgid)
{
  const char *translation = gettext (msgid);
  if (translation == msgid)
    return msgid;
  /* A catalog is data from outside the program: its format is used only
     if it takes exactly the arguments the original does.  */
  char expected[64], found[64];
  if (format_signature (msgid, expected, sizeof expected)
      && format_signature (translation, found, sizeof found)
      && strcmp (expected, found) == 0)
    return translation;
  return msgid;
}

/* Write TEXT, then a newline, to standard error, after anything still
   waiting on standard output.  TEXT is made valid UTF-8 first (it may hold
   a broken translation) and goes through the output's charset
   conversion.  */
static void
write_line (const char *prefix, const char *text)
{
  char *repaired = utf8_repair (text, strlen (text), NULL);
  fflush (stdout);
  if (prefix != NULL)
    output_puts (stderr, prefix);
  output_puts (stderr, repaired != NULL ? repaired : text);
  output_puts (stderr, "\n");
  free (repaired);
}

static void
vprint_line (const char *prefix, const char *msgid, va_list args)
{
  char *message;
  if (vasprintf (&message, diag_translate_format (msgid), args) < 0)
    {
      fputs (PROGRAM_NAME ": out of memory\n", stderr);
      return;
    }
  write_line (prefix, message);
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

void
diag_message (const char *text)
{
  write_line (PROGRAM_NAME ": ", text);
}

_Noreturn void
diag_out_of_memory (void)
{
  diag_error (N_("memory exhausted"));
  exit (EXIT_TROUBLE);
}

_Noreturn void
diag_usage_exit (void)
{
  /* TRANSLATORS: %s is the command to run, 'ohchr-mission --help'.  */
  diag_note (N_("Try '%s' for more information."), PROGRAM_NAME " --help");
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
