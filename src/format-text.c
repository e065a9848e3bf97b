/* The plain-text format: for reading in a terminal, and for tools that
   take a line at a time (unwrapped, each paragraph is one line).
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#include "system.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "citation.h"
#include "diagnostics.h"
#include "format.h"
#include "output.h"
#include "render.h"
#include "table.h"

/* The direction of DOCUMENT's language.  */
static enum bidi_direction
direction_of (const struct document *document)
{
  return document->text->language->right_to_left ? BIDI_RIGHT_TO_LEFT
                                                 : BIDI_LEFT_TO_RIGHT;
}

/* A heading of DOCUMENT: bold when in colour.  */
static void
print_heading (const char *heading, const struct document *document,
               const struct style *style)
{
  struct paint bold = { RENDER_BOLD, NULL, 0 };
  render_paragraph_labelled (NULL, heading, direction_of (document),
                             style->width, style->colour ? &bold : NULL);
}

/* "6. ", the label --number puts before a section.  */
static void
number_label (const struct document_section *ds, char label[16])
{
  snprintf (label, 16, "%d. ", ds->section->number);
}

/* TEXT of DOCUMENT after the section's number, if numbers are shown,
   its lines continuing under its first.  */
static void
print_numbered (const struct document *document,
                const struct document_section *ds, const char *text,
                bool numbered, const struct style *style,
                const struct paint *paint)
{
  char label[16];
  if (numbered)
    number_label (ds, label);
  render_paragraph_labelled (numbered ? label : NULL, text,
                             direction_of (document), style->width,
                             style->colour ? paint : NULL);
}

static void
print_section (const struct document *document,
               const struct document_section *ds, int level,
               const struct style *style)
{
  (void) level;
  if (style->titles)
    {
      struct paint title = { RENDER_BOLD, ds->title_matches.places,
                             ds->title_matches.count };
      print_numbered (document, ds, ds->title, style->number, style, &title);
      /* Without bold, a blank line tells a title from its paragraph
         (and one that wraps from the paragraph's first lines).  */
      if (!style->colour)
        output_puts (stdout, "\n");
    }
  struct paint matches = { NULL, ds->text_matches.places,
                           ds->text_matches.count };
  print_numbered (document, ds, ds->text, style->number && !style->titles,
                  style, &matches);
}

static void
print_language_heading (const struct document *document,
                        const struct style *style)
{
  print_heading (document->text->language->native_name, document, style);
  output_puts (stdout, "\n");
}

/* The citation, and for a translation the notice that it is the
   program's own.  Wrapped, the source's address ends the citation on a
   line of its own, wrapped only if it fits: an address cut in two cannot
   be copied.  */
static void
print_citation (const struct document *document, const struct style *style)
{
  char *citation = citation_text (document);
  size_t before_end;
  size_t address = style->width > 0
                   ? citation_address_start (citation, &before_end) : 0;
  output_puts (stdout, "\n");
  if (address == 0)
    render_paragraph (citation, style->width, NULL);
  else
    {
      char *before = strndup (citation, before_end);
      if (before == NULL)
        diag_out_of_memory ();
      render_paragraph (before, style->width, NULL);
      free (before);
      size_t width = render_width (citation + address);
      render_paragraph_labelled (NULL, citation + address,
                                 direction_of (document),
                                 width <= style->width ? style->width : 0,
                                 NULL);
    }
  free (citation);
  if (document->text->notice != NULL)
    render_paragraph (document->text->notice, style->width, NULL);
}

/* A heading at any level: the text's headings differ by place alone.  */
static void
print_heading_at (const struct document *document, const char *heading,
                  int level, const struct style *style)
{
  (void) level;
  print_heading (heading, document, style);
}

void
text_print_document (const struct document *document,
                     const struct style *style, bool with_heading)
{
  static const struct document_printer text_printer =
    { print_heading_at, print_section, print_citation };
  format_walk (document, style, with_heading, &text_printer);
}

/* " 6  development        Right to development": the number and the id
   in columns of their own, the title wrapped in the last.  */
void
text_print_section_list (const struct document *document,
                         const struct style *style, bool with_heading)
{
  if (with_heading)
    print_language_heading (document, style);
  const char *ids[SECTION_COUNT];
  for (size_t i = 0; i < SECTION_COUNT; i++)
    ids[i] = statement_sections[i].id;
  size_t column = 4 + table_widest (ids, SECTION_COUNT) + 2;
  for (size_t i = 0; i < document->count; i++)
    {
      const struct document_section *ds = &document->sections[i];
      char label[64];
      snprintf (label, sizeof label, "%2d  %s", ds->section->number,
                ds->section->id);
      table_row (label, column, ds->title, style->width, 8, NULL);
    }
}

/* S followed by spaces up to COLUMNS display columns, malloc'd.  */
static char *
padded (const char *s, size_t columns)
{
  size_t width = render_width (s);
  size_t spaces = width < columns ? columns - width : 0;
  size_t length = strlen (s);
  char *result = malloc (length + spaces + 1);
  if (result == NULL)
    diag_out_of_memory ();
  memcpy (result, s, length);
  memset (result + length, ' ', spaces);
  result[length + spaces] = '\0';
  return result;
}

/* "es  español   Spanish   installed": the state in the last column.  */
void
text_print_language_list (const struct style *style,
                          const enum catalog_state *states)
{
  const char *native[LANGUAGE_COUNT], *english[LANGUAGE_COUNT];
  for (size_t i = 0; i < LANGUAGE_COUNT; i++)
    {
      native[i] = languages[i].native_name;
      english[i] = languages[i].english_name;
    }
  size_t native_width = table_widest (native, LANGUAGE_COUNT) + 2;
  size_t english_width = table_widest (english, LANGUAGE_COUNT) + 2;
  for (size_t i = 0; i < LANGUAGE_COUNT; i++)
    {
      const struct language *language = &languages[i];
      char *code = padded (language->code, 4);
      char *name = padded (language->native_name, native_width);
      char *label;
      if (asprintf (&label, "%s%s%s", code, name, language->english_name) < 0)
        diag_out_of_memory ();
      table_row (label, 4 + native_width + english_width,
                 catalog_state_name (language, states[i]),
                 style->width, 8, NULL);
      free (label);
      free (name);
      free (code);
    }
}
