/* What is printed in each language: the statement's title when it is
   printed whole, and the chosen sections with the places a search found.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#ifndef OHCHR_DOCUMENT_H
#define OHCHR_DOCUMENT_H

#include <stdbool.h>
#include <stddef.h>

#include "search.h"
#include "selection.h"
#include "statement.h"

struct document_section
{
  const struct section *section;
  const char *title;                 /* in the document's language */
  const char *text;
  struct highlights title_matches;   /* a search's places in TITLE */
  struct highlights text_matches;    /* and in TEXT */
};

struct document
{
  const struct statement_text *text; /* the language and its strings */
  bool whole;                        /* the whole statement, title and all */
  struct document_section *sections;
  size_t count;
};

/* What the user asked to see.  */
struct document_request
{
  const struct selection *selection; /* none chosen: every section */
  const struct search_query *search; /* NULL: no search */
  bool random;                       /* just one of them, at random */
};

/* Fill DOCUMENTS[i] for REQUEST in the language of TEXTS[i], for each of
   the COUNT languages, with the same sections in each: a section a search
   finds in one language is shown in all, and --random picks one section
   for all.  Returns the number of sections in each document.  */
size_t documents_build (const struct document_request *request,
                        const struct statement_text *texts, size_t count,
                        struct document *documents);
void documents_free (struct document *documents, size_t count);

#endif
