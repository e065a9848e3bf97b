/* Citing the statement.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#include "system.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "citation.h"
#include "diagnostics.h"

/* FORMAT filled in, malloc'd.  FORMAT comes from the text's catalog, and
   was checked to take exactly the original's arguments when the catalog
   was loaded (catalog.c, diag_same_directives): it cannot be a literal
   here, and the compiler is told so.  */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
static char *
filled (const char *format, ...)
{
  va_list args;
  va_start (args, format);
  char *result;
  int n = vasprintf (&result, format, args);
  va_end (args);
  if (n < 0)
    diag_out_of_memory ();
  return result;
}
#pragma GCC diagnostic pop

/* "5, 6": the numbers of DOCUMENT's sections, malloc'd.  */
static char *
section_numbers (const struct document *document)
{
  char *numbers;
  size_t size;
  FILE *list = diag_list_begin (&numbers, &size);
  for (size_t i = 0; i < document->count; i++)
    fprintf (list, "%s%d", i > 0 ? document->text->number_separator : "",
             document->sections[i].section->number);
  return diag_list_end (list, &numbers);
}

char *
citation_text (const struct document *document)
{
  const struct statement_text *text = document->text;
  char *title = filled (text->quoted_title, text->title);
  char *citation;
  if (document->whole || document->count == 0)
    citation = filled (text->citation_whole, text->author, title,
                       statement_source_address);
  else
    {
      char *numbers = section_numbers (document);
      char *sections = filled (text->sections_cited[document->count - 1],
                               numbers);
      citation = filled (text->citation_sections, text->author, title,
                         sections, statement_source_address);
      free (sections);
      free (numbers);
    }
  free (title);
  return citation;
}

size_t
citation_address_start (const char *citation, size_t *before_end)
{
  const char *address = strstr (citation, statement_source_address);
  if (address == NULL)
    return 0;
  size_t start = (size_t) (address - citation);
  *before_end = start;
  while (*before_end > 0 && citation[*before_end - 1] == ' ')
    --*before_end;
  return start;
}
