/* The command line: from argv to a complete, validated request.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#ifndef OHCHR_CLI_H
#define OHCHR_CLI_H

#include <stdbool.h>
#include <stddef.h>

#include "bidi-mode.h"
#include "format.h"
#include "search.h"
#include "selection.h"
#include "text-languages.h"

enum action
{
  SHOW_STATEMENT,     /* the text, whole or in part */
  SHOW_LIST,          /* --list: the sections' numbers, ids and titles */
  SHOW_LANGUAGES      /* --languages */
};

enum width_policy
{
  WIDTH_OF_TERMINAL,  /* the terminal's width on a terminal, else none */
  WIDTH_GIVEN,        /* --width=N, N > 0 */
  WIDTH_NONE          /* --no-wrap or --width=0 */
};

enum colour_policy
{
  COLOUR_AUTO,
  COLOUR_ALWAYS,
  COLOUR_NEVER
};

/* Everything the command line asks for, checked.  */
struct request
{
  enum action action;
  struct text_languages texts;   /* the text's languages, loaded */
  struct selection selection;    /* none chosen: the whole statement */
  struct search_query *search;   /* NULL: no search */
  bool random;                   /* one section, the same in every language */
  enum format format;
  enum width_policy width_policy;
  size_t width;                  /* for WIDTH_GIVEN */
  enum colour_policy colour;
  bool titles;                   /* each section's title above it */
  bool number;                   /* each section's number before it */
  bool cite;                     /* a citation at the end */
  bool pager;                    /* a pager may be used (no --no-pager) */
  enum bidi_choice bidi;         /* how right-to-left text is written */
  bool side_by_side;             /* the languages in columns */
  bool standalone;               /* HTML: a whole page, not a fragment */
};

/* Read the command line into REQUEST.  --help and --version are printed
   when met, and end the program; a mistake is reported and ends it with
   status 2; a language that cannot be printed, with status 1.  */
void cli_parse (int argc, char **argv, struct request *request);

void cli_request_free (struct request *request);

#endif
