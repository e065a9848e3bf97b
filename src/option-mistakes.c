/* The mistakes getopt_long finds in the options, reported.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).

   getopt_long is kept silent (opterr = 0): its own messages would write
   the user's bytes raw, and would be translated only where the C
   library's catalogs are installed.  What it returns and the argument it
   was reading say which mistake it found; the messages here say it in
   the words of GNU getopt, as every GNU program does, with the user's
   words quoted by diag_quote and the whole in this program's catalog.  */

#include "system.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistr.h>

#include "diagnostics.h"
#include "option-mistakes.h"

/* Whether getopt_long takes A and B for one option when a word starts
   both their names (--col: --color or --colour), as glibc does.  */
static bool
same_option (const struct option *a, const struct option *b)
{
  return a->has_arg == b->has_arg && a->flag == b->flag && a->val == b->val;
}

/* Whether the LENGTH bytes at NAME start OPTION's name.  */
static bool
starts_name (const struct option *option, const char *name, size_t length)
{
  return strncmp (option->name, name, length) == 0;
}

/* The long option that the LENGTH bytes at NAME stand for, as getopt_long
   reads them: the option of that name, else the first whose name they
   start.  *AMBIGUOUS tells whether, with no name in full, they start the
   names of options that are not one.  NULL if they start no name.  */
static const struct option *
long_option_named (const char *name, size_t length,
                   const struct option *options, bool *ambiguous)
{
  *ambiguous = false;
  for (const struct option *o = options; o->name != NULL; o++)
    if (starts_name (o, name, length) && o->name[length] == '\0')
      return o;
  const struct option *first = NULL;
  for (const struct option *o = options; o->name != NULL; o++)
    if (starts_name (o, name, length))
      {
        if (first == NULL)
          first = o;
        else if (!same_option (first, o))
          *ambiguous = true;
      }
  return first;
}

/* "--NAME", quoted for a message.  */
static const char *
quoted_long_option (const char *name)
{
  char *written;
  if (asprintf (&written, "--%s", name) < 0)
    diag_out_of_memory ();
  const char *quoted = diag_quote (written);
  free (written);
  return quoted;
}

/* Report that WORD is ambiguous: the LENGTH bytes at NAME, its name, start
   the names of several options.  They are listed in the order of OPTIONS,
   as getopt_long lists them: the first, then each other one that is not
   the same option as that first; or, when EVERY, all of them.  */
static void
report_ambiguous (const char *word, const char *name, size_t length,
                  const struct option *options, bool every)
{
  char *list;
  size_t size;
  FILE *stream = diag_list_begin (&list, &size);
  const struct option *first = NULL;
  for (const struct option *o = options; o->name != NULL; o++)
    if (starts_name (o, name, length)
        && (first == NULL || every || !same_option (first, o)))
      {
        if (first == NULL)
          first = o;
        else
          fputc (' ', stream);
        fputs (quoted_long_option (o->name), stream);
      }
  /* TRANSLATORS: the first %s is the option as it was given, quoted,
     such as '--l'; the second is the options it could stand for, each
     quoted, with a space between them: '--lang' '--list'.  */
  diag_error (N_("option %s is ambiguous; possibilities: %s"),
              diag_quote (word), diag_list_end (stream, &list));
  free (list);
}

/* A mistake in WORD, "--NAME" or "--NAME=VALUE".  getopt_long gives '?'
   for a name it cannot take for one option, and for an option it knows
   only when given a value it takes none of; ':' when the value is
   missing.  It names the option in full, however shortened.  */
static void
report_long_option (int result, const char *word,
                    const struct option *options)
{
  const char *name = word + 2;
  size_t length = strcspn (name, "=");
  bool ambiguous;
  const struct option *option = long_option_named (name, length, options,
                                                   &ambiguous);
  if (ambiguous)
    report_ambiguous (word, name, length, options, false);
  else if (option == NULL)
    /* TRANSLATORS: %s is the option as it was given, quoted, with its
       value if it had one: '--bogus', '--bogus=1'.  */
    diag_error (N_("unrecognized option %s"), diag_quote (word));
  else if (result == ':')
    /* TRANSLATORS: %s is a long option, quoted, such as '--width'.  */
    diag_error (N_("option %s requires an argument"),
                quoted_long_option (option->name));
  else if (name[length] == '=' && option->has_arg == no_argument)
    /* TRANSLATORS: %s is a long option, quoted, such as '--list'.  */
    diag_error (N_("option %s doesn't allow an argument"),
                quoted_long_option (option->name));
  else
    /* A getopt_long stricter than glibc's (musl's), for which a start of
       two names of one option (--col) is ambiguous.  */
    report_ambiguous (word, name, length, options, true);
}

/* The option character that getopt_long stopped at in WORD, a cluster of
   short options such as "-tx", quoted; LETTER is its first byte.  The
   options before it in WORD are all known, so it is LETTER's first
   occurrence after the '-'.  getopt_long reads bytes, but a user types
   characters: "-é" is 'é', not its first byte; a byte that starts no
   character in UTF-8 stands alone.  */
static const char *
quoted_short_option (const char *word, int letter)
{
  char character[5] = { (char) letter, '\0' };
  const char *at = strchr (word + 1, letter);
  if (at != NULL)
    {
      int length = u8_mblen ((const uint8_t *) at, strlen (at));
      if (length > 1)
        {
          memcpy (character, at, (size_t) length);
          character[length] = '\0';
        }
    }
  return diag_quote (character);
}

_Noreturn void
option_mistake_report (int result, const char *word, int letter,
                       const struct option *long_options)
{
  if (strncmp (word, "--", 2) == 0)
    report_long_option (result, word, long_options);
  else if (result == ':')
    /* TRANSLATORS: %s is the letter of an option, quoted, such as 'w'.
       The "--" only sets the letter apart, as in every GNU program's
       message: a dash of your language will do.  */
    diag_error (N_("option requires an argument -- %s"),
                quoted_short_option (word, letter));
  else
    /* TRANSLATORS: %s is the character given as an option's letter,
       quoted, such as 'x'.  The "--" only sets it apart, as in every GNU
       program's message: a dash of your language will do.  */
    diag_error (N_("invalid option -- %s"),
                quoted_short_option (word, letter));
  diag_usage_exit ();
}
