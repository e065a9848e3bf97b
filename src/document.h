/* What is printed in one language: the statement's title when it is
   printed whole, and the chosen sections with the places a search found.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#ifndef OHCHR_DOCUMENT_H
#define OHCHR_DOCUMENT_H

#include <stdbool.h>
#include <stddef.h>

#include "language.h"
#include "search.h"
#include "selection.h"
#include "statement.h"

struct document_section
{
  const struct section *section;
  const char *title;                 /* in the document's language, or
                                        NULL when the request needs none */
  const char *text;
  struct highlights title_matches;   /* where a search found its terms */
  struct highlights text_matches;
};

struct document
{
  const struct language *language;
  const char *title;                 /* the statement's title */
  bool whole;                        /* the whole statement, title and all */
  struct document_section *sections;
  size_t count;
};

/* What the user asked to see.  */
struct document_request
{
  const struct selection *selection; /* empty: every section */
  const struct search_query *search; /* NULL: no search */
  bool random;                       /* just one of them, at random */
  unsigned long random_number;       /* the chance that picks it */
  bool titles;                       /* the sections' titles are shown */
};

/* Fill DOCUMENT for REQUEST, in LANGUAGE, which must be active.  */
void document_build (struct document *document, const struct language *language,
                     const struct document_request *request);
void document_free (struct document *document);

/* A number to choose a section at random with.  */
unsigned long document_random_number (void);

#endif
