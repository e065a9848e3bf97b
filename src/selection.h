/* Which sections the user asked for: numbers, ranges, ids, titles and
   the starts of them, in comma-separated lists.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#ifndef OHCHR_SELECTION_H
#define OHCHR_SELECTION_H

#include <stdbool.h>
#include <stddef.h>

#include "statement.h"

/* The sections chosen.  They are printed in the statement's order, each
   once, however they were named.  */
struct selection
{
  bool chosen[SECTION_COUNT];
  size_t count;                  /* 0: none named, the whole statement */
};

enum selection_status
{
  SELECTION_FOUND,
  SELECTION_EMPTY,         /* the argument names nothing: "" or "," */
  SELECTION_UNKNOWN,       /* WORD matches nothing; CANDIDATES are near */
  SELECTION_AMBIGUOUS,     /* WORD starts several names: CANDIDATES */
  SELECTION_OUT_OF_RANGE,  /* a number (or range end) outside 1..10 */
  SELECTION_BACKWARDS      /* a range whose first number is the larger */
};

/* Why an argument failed to name sections.  */
struct selection_failure
{
  enum selection_status status;
  char *word;                            /* the item at fault, malloc'd */
  size_t candidates[SECTION_COUNT];      /* indexes, in statement order */
  size_t candidate_count;
};

/* Add the sections ARGUMENT names to SELECTION: comma-separated items,
   empty ones ignored, each a number ("6"), a range of numbers ("2-4",
   "8-", "-3"), an id, a title in one of the COUNT TEXTS, or the start of
   an id, a title or a word of a title; case and accents do not matter.
   Returns false, with *FAILURE saying why, on the first item that names
   no single section (SELECTION is then partly filled; free FAILURE->WORD
   when done).  ARGUMENT must be valid UTF-8.  */
bool selection_add (struct selection *selection, const char *argument,
                    const struct statement_text *const *texts, size_t count,
                    struct selection_failure *failure);

#endif
