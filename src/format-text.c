/* The plain-text format: for reading in a terminal, and for tools that
   take a line at a time (unwrapped, each paragraph is one line).
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#include "system.h"

#include <stdio.h>

#include "format.h"
#include "language.h"
#include "output.h"
#include "render.h"

/* Print HEADING in bold, with the places in MATCHES (if not NULL) in
   the colour of search matches.  */
static void
print_heading (const char *heading, const struct highlights *matches,
               const struct style *style)
{
  struct paint bold = { RENDER_BOLD, NULL, 0 };
  if (matches != NULL)
    {
      bold.highlights = matches->places;
      bold.highlight_count = matches->count;
    }
  render_paragraph (heading, style->width, style->colour ? &bold : NULL);
}

static void
print_section (const struct document_section *ds, const struct style *style)
{
  if (style->titles)
    print_heading (ds->title, &ds->title_matches, style);
  struct paint matches = { NULL, ds->text_matches.places,
                           ds->text_matches.count };
  render_paragraph (ds->text, style->width, style->colour ? &matches : NULL);
}

/* "10  prevention         Removing obstacles and preventing abuses".  */
static void
print_section_list (const struct document *document)
{
  const char *ids[SECTION_COUNT];
  for (size_t i = 0; i < SECTION_COUNT; i++)
    ids[i] = statement_sections[i].id;
  size_t id_width = render_widest (ids, SECTION_COUNT);
  for (size_t i = 0; i < document->count; i++)
    {
      const struct document_section *ds = &document->sections[i];
      char number[16];
      snprintf (number, sizeof number, "%2d  ", ds->section->number);
      output_puts (stdout, number);
      render_padded (ds->section->id, id_width + 2);
      output_puts (stdout, ds->title);
      output_puts (stdout, "\n");
    }
}

void
text_print_document (const struct document *document,
                     const struct style *style, bool with_heading)
{
  if (with_heading)
    {
      print_heading (document->language->native_name, NULL, style);
      output_puts (stdout, "\n");
    }
  if (style->list)
    {
      print_section_list (document);
      return;
    }
  if (document->whole)
    print_heading (document->title, NULL, style);
  for (size_t i = 0; i < document->count; i++)
    {
      if (i > 0 || document->whole)
        output_puts (stdout, "\n");
      print_section (&document->sections[i], style);
    }
}

void
text_print_language_list (void)
{
  const char *native[LANGUAGE_COUNT], *english[LANGUAGE_COUNT];
  for (size_t i = 0; i < LANGUAGE_COUNT; i++)
    {
      native[i] = languages[i].native_name;
      english[i] = languages[i].english_name;
    }
  size_t native_width = render_widest (native, LANGUAGE_COUNT);
  size_t english_width = render_widest (english, LANGUAGE_COUNT);
  for (size_t i = 0; i < LANGUAGE_COUNT; i++)
    {
      render_padded (languages[i].code, 4);
      render_padded (languages[i].native_name, native_width + 2);
      render_padded (languages[i].english_name, english_width + 2);
      output_puts (stdout, language_state_name (&languages[i]));
      output_puts (stdout, "\n");
    }
}
