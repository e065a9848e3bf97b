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
  const struct search_query *search = request->search;
  struct document_section *ds = &document->sections[document->count];
  ds->section = section;
  /* Each translation looked up costs a catalog search: no title unless
     it is shown or searched.  */
  ds->title = request->titles || search != NULL ? section_title (section) : NULL;
  ds->text = section_text (section);
  ds->title_matches = ds->text_matches = (struct highlights) { NULL, 0 };
  if (search != NULL
      && !search_section (search, document->language->code, ds->title,
                          ds->text, &ds->title_matches, &ds->text_matches))
    return;
  document->count++;
}

static void
forget_matches (struct document_section *ds)
{
  highlights_free (&ds->title_matches);
  highlights_free (&ds->text_matches);
}

/* Keep only the section chosen by the random NUMBER.  */
static void
keep_random_section (struct document *document, unsigned long number)
{
  if (document->count == 0)
    return;
  size_t chosen = number % document->count;
  for (size_t i = 0; i < document->count; i++)
    if (i != chosen)
      forget_matches (&document->sections[i]);
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
    keep_random_section (document, request->random_number);
}

void
document_free (struct document *document)
{
  for (size_t i = 0; i < document->count; i++)
    forget_matches (&document->sections[i]);
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
