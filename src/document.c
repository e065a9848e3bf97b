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

/* A search's result in one section of one text.  */
struct match
{
  bool found;
  struct highlights title, text;   /* its places */
};

static bool
is_selected (const struct document_request *request, size_t i)
{
  return request->selection->count == 0 || request->selection->chosen[i];
}

/* Search the selected sections of the COUNT TEXTS, each once, places and
   all, into MATCHES.  */
static void
search_texts (const struct document_request *request,
              const struct statement_text *texts, size_t count,
              struct match matches[][SECTION_COUNT])
{
  for (size_t t = 0; t < count; t++)
    for (size_t i = 0; i < SECTION_COUNT; i++)
      if (is_selected (request, i))
        matches[t][i].found
          = search_section (request->search, texts[t].language->code,
                            texts[t].section_titles[i],
                            texts[t].section_texts[i],
                            &matches[t][i].title, &matches[t][i].text);
}

/* Whether the search found section I in any of the COUNT texts.  */
static bool
found_anywhere (struct match matches[][SECTION_COUNT], size_t count,
                size_t i)
{
  for (size_t t = 0; t < count; t++)
    if (matches[t][i].found)
      return true;
  return false;
}

/* The sections to show, in the statement's order, into SHOWN; returns
   how many.  */
static size_t
choose_sections (const struct document_request *request,
                 struct match matches[][SECTION_COUNT], size_t count,
                 size_t shown[SECTION_COUNT])
{
  size_t n = 0;
  for (size_t i = 0; i < SECTION_COUNT; i++)
    if (is_selected (request, i)
        && (request->search == NULL || found_anywhere (matches, count, i)))
      shown[n++] = i;
  if (request->random && n > 0)
    {
      shown[0] = shown[random_number () % n];
      n = 1;
    }
  return n;
}

/* Fill DOCUMENT with the N sections SHOWN of TEXT, taking their places
   from MATCHES.  */
static void
fill (struct document *document, const struct statement_text *text,
      const struct document_request *request, const size_t *shown, size_t n,
      struct match matches[SECTION_COUNT])
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
      ds->title_matches = matches[i].title;
      ds->text_matches = matches[i].text;
      matches[i].title = matches[i].text = (struct highlights) { NULL, 0 };
    }
}

size_t
documents_build (const struct document_request *request,
                 const struct statement_text *texts, size_t count,
                 struct document *documents)
{
  struct match matches[LANGUAGE_COUNT][SECTION_COUNT] = { 0 };
  if (request->search != NULL)
    search_texts (request, texts, count, matches);
  size_t shown[SECTION_COUNT];
  size_t n = choose_sections (request, matches, count, shown);
  for (size_t t = 0; t < count; t++)
    {
      fill (&documents[t], &texts[t], request, shown, n, matches[t]);
      for (size_t i = 0; i < SECTION_COUNT; i++)
        {
          highlights_free (&matches[t][i].title);
          highlights_free (&matches[t][i].text);
        }
    }
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
