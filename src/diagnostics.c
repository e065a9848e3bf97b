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

/* The arguments a printf format consumes, written down as a short string:
   "*" for a star, then each directive's length modifier and conversion,
   then ",".  */
struct signature
{
  char text[64];
  size_t used;
};

static bool
add_to_signature (struct signature *signature, const char *bytes, size_t n)
{
  if (signature->used + n >= sizeof signature->text)
    return false;
  memcpy (signature->text + signature->used, bytes, n);
  signature->used += n;
  signature->text[signature->used] = '\0';
  return true;
}

/* Skip a field width or precision at P, signing a star.  */
static const char *
skip_number (const char *p, struct signature *signature, bool *ok)
{
  if (*p == '*')
    {
      *ok = *ok && add_to_signature (signature, "*", 1);
      return p + 1;
    }
  return p + strspn (p, "0123456789");
}

/* Sign the directive at FORMAT (a '%') and return its end, or NULL for a
   directive this program never uses (a positional one, say), so that a
   catalog cannot smuggle one in.  */
static const char *
sign_directive (const char *format, struct signature *signature)
{
  const char *p = format + 1;
  if (*p == '%')
    return p + 1;
  bool ok = true;
  p = skip_number (p + strspn (p, "-+ #0'"), signature, &ok);
  if (*p == '$')
    return NULL;
  if (*p == '.')
    p = skip_number (p + 1, signature, &ok);
  size_t length = strspn (p, "hlLqjzt");
  if (!ok || length > 2 || p[length] == '\0'
      || strchr ("diouxXeEfFgGaAcsp", p[length]) == NULL
      || !add_to_signature (signature, p, length + 1)
      || !add_to_signature (signature, ",", 1))
    return NULL;
  return p + length + 1;
}

/* The signature of FORMAT; false if FORMAT has a directive the program
   does not use.  */
static bool
format_signature (const char *format, struct signature *signature)
{
  signature->used = 0;
  signature->text[0] = '\0';
  for (const char *p = strchr (format, '%'); p != NULL; p = strchr (p, '%'))
    if ((p = sign_directive (p, signature)) == NULL)
      return false;
  return true;
}

bool
diag_same_directives (const char *format, const char *translation)
{
  struct signature expected, found;
  return format_signature (format, &expected)
         && format_signature (translation, &found)
         && strcmp (expected.text, found.text) == 0;
}

const char *
diag_translate_format (const char *msgid)
{
  const char *translation = gettext (msgid);
  /* A catalog is data from outside the program: its format is used only
     if it takes exactly the arguments the original does.  */
  if (translation != msgid && diag_same_directives (msgid, translation))
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

static void vprint_line (const char *prefix, const char *msgid, va_list args)
  DIAG_PRINTF (2, 0);
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
  exit (EXIT_FAILURE);
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

/* Whether the character UC can be shown as itself in a message: it is
   neither a control character nor a format or separator character that
   could move the cursor or hide what follows.  */
static bool
is_shown_as_is (ucs4_t uc)
{
  return !uc_is_general_category (uc, UC_CATEGORY_Cc)
         && !uc_is_general_category (uc, UC_CATEGORY_Cf)
         && !uc_is_general_category (uc, UC_CATEGORY_Zl)
         && !uc_is_general_category (uc, UC_CATEGORY_Zp);
}

/* A malloc'd copy of S with every byte that is not part of a character
   shown as is, every backslash, and every ASCII quotation mark that the
   format QUOTES puts around it, written as a C-style escape; NULL if
   memory runs out.  */
static char *
escape (const char *s, const char *quotes)
{
  size_t length = strlen (s);
  /* Each byte becomes at most the four bytes of "\xHH".  */
  char *result = malloc (4 * length + 1);
  if (result == NULL)
    return NULL;
  size_t used = 0;
  const uint8_t *p = (const uint8_t *) s;
  const uint8_t *end = p + length;
  while (p < end)
    {
      ucs4_t uc = 0;
      int n = u8_mbtoucr (&uc, p, end - p);
      bool special = uc == '\\'
                     || ((uc == '\'' || uc == '"')
                         && strchr (quotes, (int) uc) != NULL);
      if (n > 0 && is_shown_as_is (uc) && !special)
        {
          memcpy (result + used, p, n);
          used += n;
          p += n;
        }
      else
        append_escape (result, &used, *p++);
    }
  result[used] = '\0';
  return result;
}

FILE *
diag_list_begin (char **list, size_t *size)
{
  FILE *stream = open_memstream (list, size);
  if (stream == NULL)
    diag_out_of_memory ();
  return stream;
}

char *
diag_list_end (FILE *stream, char **list)
{
  if (fclose (stream) != 0)
    diag_out_of_memory ();
  return *list;
}

/* The quotations made so far: a run makes a few, for its messages, and
   each must outlive the messages that use it.  */
static char **quotations;
static size_t quotation_count;

static void
forget_quotations (void)
{
  for (size_t i = 0; i < quotation_count; i++)
    free (quotations[i]);
  free (quotations);
}

/* Keep QUOTATION until the program ends.  */
static const char *
keep_quotation (char *quotation)
{
  char **grown = reallocarray (quotations, quotation_count + 1,
                               sizeof *quotations);
  if (grown == NULL)
    {
      free (quotation);
      diag_out_of_memory ();
    }
  if (quotations == NULL)
    atexit (forget_quotations);
  quotations = grown;
  quotations[quotation_count++] = quotation;
  return quotation;
}

const char *
diag_quote (const char *arg)
{
  /* TRANSLATORS: how a message quotes a value or an option: %s between
     your language's quotation marks, such as « %s » or “%s”.  */
  char *escaped = escape (arg, diag_translate_format (N_("'%s'")));
  char *quotation = NULL;
  if (escaped == NULL
      || asprintf (&quotation, diag_translate_format (N_("'%s'")),
                   escaped) < 0)
    quotation = NULL;
  free (escaped);
  if (quotation == NULL)
    return "'...'";
  return keep_quotation (quotation);
}

const char *
diag_list_separator (void)
{
  /* TRANSLATORS: what separates the items of a list in a message, as in
     "'always', 'never', 'auto'".  */
  return _(", ");
}

void
diag_list_add_named (FILE *stream, size_t index, const char *name,
                     const char *meaning)
{
  if (index > 0)
    fputs (diag_list_separator (), stream);
  /* TRANSLATORS: a name and what it stands for, in a list of a
     message: "'development' (Right to development)", "es (español)".  */
  fprintf (stream, diag_translate_format (N_("%s (%s)")), name, meaning);
}

char *
diag_quoted_list (const char *const *items, size_t count)
{
  char *list;
  size_t size;
  FILE *stream = diag_list_begin (&list, &size);
  for (size_t i = 0; i < count; i++)
    {
      if (i > 0)
        fputs (diag_list_separator (), stream);
      fputs (diag_quote (items[i]), stream);
    }
  return diag_list_end (stream, &list);
}
