/* The command line: options, --help and --version.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#ifndef OHCHR_CLI_H
#define OHCHR_CLI_H

#include <stdbool.h>
#include <stddef.h>

/* A mistake found while reading the command line, reported only once the
   language is known, so that the message is in the reader's language.  */
enum cli_mistake
{
  CLI_OK,
  CLI_UNKNOWN_OPTION,        /* ARG is the option as typed */
  CLI_UNKNOWN_SHORT_OPTION,  /* ARG is the option letter */
  CLI_AMBIGUOUS_OPTION,      /* ARG is the option as typed */
  CLI_MISSING_ARGUMENT,      /* ARG is the option's name or letter */
  CLI_UNEXPECTED_ARGUMENT    /* ARG is the long option's name */
};

struct options
{
  const char *lang;            /* --lang, or NULL */
  const char *width;           /* --width, or NULL */
  const char *format;          /* --format, or NULL */
  const char *search;          /* --search, or NULL */
  const char *color;           /* --color's WHEN, or NULL */
  const char **section_words;  /* --section arguments and operands, in order */
  size_t section_word_count;
  bool no_wrap;
  bool random;
  bool titles;
  bool list;
  bool languages;
  bool help;
  bool version;
  enum cli_mistake mistake;    /* the first one */
  const char *mistake_arg;     /* what the mistake is about */
  bool mistake_long;           /* MISTAKE_ARG names a long option */
  char mistake_letter[2];      /* a short option, as a string */
};

/* Read the command line into OPTIONS.  Never prints anything.  */
void cli_parse (int argc, char **argv, struct options *options);

/* Make the words OPTIONS hold UTF-8, whatever the locale's charset.  */
void cli_arguments_to_utf8 (struct options *options);

/* If OPTIONS records a mistake, report it and exit with status 2.  */
void cli_report_mistake (const struct options *options);

/* The --width argument as a number of columns; on a bad one, report it and
   exit with status 2.  */
size_t cli_width (const char *argument);

/* Whether to colour the output, from --color's WHEN (NULL: "auto"); on
   a bad WHEN, report it and exit with status 2.  */
bool cli_colour (const char *when);

/* Report a --format argument that names no format, and exit with
   status 2.  */
_Noreturn void cli_report_unknown_format (const char *argument);

/* If the --search argument is not valid UTF-8, report it and exit with
   status 2.  */
void cli_check_search (const char *argument);

/* If OPTIONS asks for --languages with something it cannot be combined
   with, report it and exit with status 2.  */
void cli_check_combinations (const struct options *options);

/* Report a --search argument that holds no word, and exit with status 2.  */
_Noreturn void cli_report_empty_search (void);

/* Report a --search argument with a phrase that is not closed, and exit
   with status 2.  */
_Noreturn void cli_report_unbalanced_quote (const char *argument);

/* Report a --lang argument that names no language, and exit with
   status 2.  */
_Noreturn void cli_report_unknown_language (const char *argument);

void cli_print_help (void);
void cli_print_version (void);

#endif
