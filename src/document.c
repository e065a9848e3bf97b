/* What is printed in each language.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#include "system.h"

#include <stdlib.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include "diagnostics.h"
#include "document.h"

/* A number to choose a section at random with.  */
static unsigned long
random_number (void)
{
  unsigned long number;
  if (getrandom (&number, sizeof number, 0) == sizeof number)
    return number;
  /* No entropy to be had: the time and the process will do for choosing
     a paragraph.  */
  return (unsigned long) time (NULL) ^ ((unsigned long) getpid () << 16);
}

/* Whether the search finds section I in any of the COUNT TEXTS.  */
static bool
found_anywhere (const struct search_query *search, size_t i,
                const struct statement_text *texts, size_t count)
{
  for (size_t t = 0; t < count; t++)
    if (search_section (search, texts[t].language->code,
                        texts[t].section_titles[i], texts[t].section_texts[i],
                        NULL, NULL))
      return true;
  return false;
}

/* The sections to show, in the statement's order, into SHOWN; returns
   how many.  */
static size_t
choose_sections (const struct document_request *request,
                 const struct statement_text *texts, size_t count,
                 size_t shown[SECTION_COUNT])
{
  const struct selection *selection = request->selection;
  size_t n = 0;
  for (size_t i = 0; i < SECTION_COUNT; i++)
    if ((selection->count == 0 || selection->chosen[i])
        && (request->search == NULL
            || found_anywhere (request->search, i, texts, count)))
      shown[n++] = i;
  if (request->random && n > 0)
    {
      shown[0] = shown[random_number () % n];
      n = 1;
    }
  return n;
}

static void
fill (struct document *document, const struct statement_text *text,
      const struct document_request *request, const size_t *shown, size_t n)
{
  document->text = text;
  document->whole = request->selection->count == 0 && request->search == NULL
                    && !request->random;
  document->count = n;
  struct document_section *sections = calloc (n > 0 ? n : 1, sizeof *sections);
  if (sections == NULL)
    diag_out_of_memory ();
  document->sections = sections;
  for (size_t k = 0; k < n; k++)
    {
      struct document_section *ds = &sections[k];
      size_t i = shown[k];
      ds->section = &statement_sections[i];
      ds->title = text->section_titles[i];
      ds->text = text->section_texts[i];
      if (request->search != NULL)
        search_section (request->search, text->language->code, ds->title,
                        ds->text, &ds->title_matches, &ds->text_matches);
    }
}

size_t
documents_build (const struct document_request *request,
                 const struct statement_text *texts, size_t count,
                 struct document *documents)
{
  size_t shown[SECTION_COUNT];
  size_t n = choose_sections (request, texts, count, shown);
  for (size_t t = 0; t < count; t++)
    fill (&documents[t], &texts[t], request, shown, n);
  return n;
}

void
documents_free (struct document *documents, size_t count)
{
  for (size_t t = 0; t < count; t++)
    {
      for (size_t k = 0; k < documents[t].count; k++)
        {
          highlights_free (&documents[t].sections[k].title_matches);
          highlights_free (&documents[t].sections[k].text_matches);
        }
      free (documents[t].sections);
    }
}
