/* Which sections the user asked for: numbers, ids, prefixes of ids, and
   titles in the chosen language.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#ifndef OHCHR_SELECTION_H
#define OHCHR_SELECTION_H

#include <stdbool.h>
#include <stddef.h>

#include "statement.h"

enum selection_status
{
  SELECTION_FOUND,       /* INDEX is the section */
  SELECTION_UNKNOWN,     /* nothing matches; CANDIDATES are near misses */
  SELECTION_AMBIGUOUS,   /* CANDIDATES all match */
  SELECTION_OUT_OF_RANGE /* a number, but not from 1 to SECTION_COUNT */
};

struct selection_match
{
  enum selection_status status;
  size_t index;                          /* into statement_sections */
  size_t candidates[SECTION_COUNT];      /* indexes, in statement order */
  size_t candidate_count;
};

/* Match one WORD against the sections, in the current language.  In order
   of precedence, WORD is a section's number, its id, its title, a prefix
   of its id, or a prefix of its title or of a word of its title; case and
   diacritics do not matter.  */
void selection_match_word (const char *word, struct selection_match *match);

/* The sections a user wants, in the order asked for.  */
struct selection
{
  size_t *indexes;                       /* into statement_sections */
  size_t count;                          /* 0: the whole statement */
  size_t allocated;
};

/* Add the comma-separated SECTION words of ARGUMENT to SELECTION.  On the
   first word that matches no single section, report it and exit with
   status 2.  */
void selection_add (struct selection *selection, const char *argument);
void selection_free (struct selection *selection);

#endif
