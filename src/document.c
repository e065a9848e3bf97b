/* What is printed in one language.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#include "system.h"

#include <stdlib.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include "diagnostics.h"
#include "document.h"

static void
add_section (struct document *document, const struct section *section,
             const struct document_request *request)
{
  const struct search_words *search = request->search;
  struct document_section *ds = &document->sections[document->count];
  ds->section = section;
  /* Each translation looked up costs a catalog search: no title unless
     it is shown.  */
  ds->title = request->titles ? section_title (section) : NULL;
  ds->text = section_text (section);
  ds->highlights = NULL;
  ds->highlight_count = 0;
  if (search != NULL
      && !search_text (ds->text, search, &ds->highlights, &ds->highlight_count))
    return;
  document->count++;
}

/* Keep only the section chosen by the random NUMBER.  */
static void
keep_one (struct document *document, unsigned long number)
{
  if (document->count == 0)
    return;
  size_t chosen = number % document->count;
  for (size_t i = 0; i < document->count; i++)
    if (i != chosen)
      free (document->sections[i].highlights);
  document->sections[0] = document->sections[chosen];
  document->count = 1;
}

void
document_build (struct document *document, const struct language *language,
                const struct document_request *request)
{
  const struct selection *selection = request->selection;
  document->language = language;
  document->title = statement_title ();
  document->whole = selection->count == 0 && request->search == NULL
                    && !request->random;
  document->count = 0;
  size_t most = selection->count != 0 ? selection->count : SECTION_COUNT;
  document->sections = malloc (most * sizeof *document->sections);
  if (document->sections == NULL)
    diag_out_of_memory ();
  if (selection->count == 0)
    for (size_t i = 0; i < SECTION_COUNT; i++)
      add_section (document, &statement_sections[i], request);
  else
    for (size_t i = 0; i < selection->count; i++)
      add_section (document, &statement_sections[selection->indexes[i]],
                   request);
  if (request->random)
    keep_one (document, request->random_number);
}

void
document_free (struct document *document)
{
  for (size_t i = 0; i < document->count; i++)
    free (document->sections[i].highlights);
  free (document->sections);
  document->sections = NULL;
  document->count = 0;
}

unsigned long
document_random_number (void)
{
  unsigned long number;
  if (getrandom (&number, sizeof number, 0) == sizeof number)
    return number;
  /* No entropy to be had: the time and the process will do for choosing
     a paragraph.  */
  return (unsigned long) time (NULL) ^ ((unsigned long) getpid () << 16);
}
