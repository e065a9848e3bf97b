/* The Markdown format (CommonMark): headings for the title and, with
   --titles, each section; wrapped only when a width is given.
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
#include "language.h"
#include "output.h"
#include "render.h"

/* Whether the character at P, inside S, would be read as Markdown rather
   than text: an inline mark anywhere, or a list marker after a space.  */
static bool
needs_escape (const char *s, const char *p)
{
  if (strchr ("\\`*_[]<>#|", *p) != NULL)
    return true;
  return (*p == '-' || *p == '+') && p[1] == ' ' && (p == s || p[-1] == ' ');
}

/* S with a backslash before each character Markdown would misread, as a
   malloc'd string.  */
static char *
escape (const char *s)
{
  char *result = malloc (2 * strlen (s) + 1);
  if (result == NULL)
    diag_out_of_memory ();
  char *q = result;
  for (const char *p = s; *p != '\0'; p++)
    {
      if (needs_escape (s, p))
        *q++ = '\\';
      *q++ = *p;
    }
  *q = '\0';
  return result;
}

static void
print_escaped (const char *s, size_t width)
{
  char *escaped = escape (s);
  render_paragraph (escaped, width, NULL);
  free (escaped);
}

/* A heading: LEVEL '#' marks, then the text, on one line.  */
static void
print_heading (int level, const char *number, const char *text)
{
  for (int i = 0; i < level; i++)
    output_puts (stdout, "#");
  output_puts (stdout, " ");
  if (number != NULL)
    output_puts (stdout, number);
  char *escaped = escape (text);
  output_puts (stdout, escaped);
  free (escaped);
  output_puts (stdout, "\n");
}

static void
print_plain_heading (const struct document *document, const char *heading,
                     int level, const struct style *style)
{
  (void) document;
  (void) style;
  print_heading (level, NULL, heading);
}

/* A section: its title as a heading, or its number as an ordered list
   item that starts at it; then its paragraph.  */
static void
print_section (const struct document *document,
               const struct document_section *ds, int level,
               const struct style *style)
{
  (void) document;
  char number[32];
  snprintf (number, sizeof number, "%d. ", ds->section->number);
  if (style->titles)
    {
      print_heading (level, style->number ? number : NULL, ds->title);
      output_puts (stdout, "\n");
    }
  else if (style->number)
    output_puts (stdout, number);
  print_escaped (ds->text, style->width);
}

/* The citation as a paragraph, its address an autolink, and for a
   translation the notice that it is the program's own.  */
static void
print_citation (const struct document *document, const struct style *style)
{
  size_t width = style->width;
  char *plain = citation_text (document);
  char *citation = escape (plain);
  free (plain);
  char *address = strstr (citation, statement_source_address);
  char *linked = NULL;
  if (address != NULL
      && asprintf (&linked, "%.*s<%s>%s", (int) (address - citation), citation,
                   statement_source_address,
                   address + strlen (statement_source_address)) < 0)
    diag_out_of_memory ();
  output_puts (stdout, "\n");
  render_paragraph (linked != NULL ? linked : citation, width, NULL);
  free (linked);
  free (citation);
  if (document->text->notice != NULL)
    {
      output_puts (stdout, "\n");
      print_escaped (document->text->notice, width);
    }
}

/* Around a right-to-left language's text: an HTML block that gives its
   direction and language (CommonMark keeps HTML blocks as they are, and
   the blank lines inside let the Markdown between them be read as
   Markdown).  */
static void
open_direction (const struct document *document)
{
  const struct language *language = document->text->language;
  if (!language->right_to_left)
    return;
  output_puts (stdout, "<div dir=\"rtl\" lang=\"");
  output_puts (stdout, language->tag);
  output_puts (stdout, "\">\n\n");
}

static void
close_direction (const struct document *document)
{
  if (document->text->language->right_to_left)
    output_puts (stdout, "\n</div>\n");
}

void
markdown_print_document (const struct document *document,
                         const struct style *style, bool with_heading)
{
  static const struct document_printer markdown_printer =
    { print_plain_heading, print_section, print_citation };
  open_direction (document);
  format_walk (document, style, with_heading, &markdown_printer);
  close_direction (document);
}

/* A table's heading row: the COUNT HEADINGS, escaped, then RULE.  */
static void
print_table_heading (const char *const *headings, size_t count,
                     const char *rule)
{
  for (size_t i = 0; i < count; i++)
    {
      char *escaped = escape (headings[i]);
      output_puts (stdout, "| ");
      output_puts (stdout, escaped);
      output_puts (stdout, " ");
      free (escaped);
    }
  output_puts (stdout, "|\n");
  output_puts (stdout, rule);
}

void
markdown_print_section_list (const struct document *document,
                             bool with_heading)
{
  open_direction (document);
  if (with_heading)
    {
      print_heading (1, NULL, document->text->language->native_name);
      output_puts (stdout, "\n");
    }
  const char *headings[SECTION_LIST_COLUMNS];
  format_section_list_headings (headings);
  print_table_heading (headings, SECTION_LIST_COLUMNS, "|---:|---|---|\n");
  for (size_t i = 0; i < document->count; i++)
    {
      const struct document_section *ds = &document->sections[i];
      char number[32];
      snprintf (number, sizeof number, "| %d | ", ds->section->number);
      output_puts (stdout, number);
      output_puts (stdout, ds->section->id);
      output_puts (stdout, " | ");
      char *escaped = escape (ds->title);
      output_puts (stdout, escaped);
      free (escaped);
      output_puts (stdout, " |\n");
    }
  close_direction (document);
}

void
markdown_print_language_list (const enum catalog_state *states)
{
  const char *headings[LANGUAGE_LIST_COLUMNS];
  format_language_list_headings (headings);
  print_table_heading (headings, LANGUAGE_LIST_COLUMNS,
                       "|---|---|---|---|\n");
  for (size_t i = 0; i < LANGUAGE_COUNT; i++)
    {
      const struct language *language = &languages[i];
      output_puts (stdout, "| ");
      output_puts (stdout, language->code);
      output_puts (stdout, " | ");
      output_puts (stdout, language->native_name);
      output_puts (stdout, " | ");
      output_puts (stdout, language->english_name);
      output_puts (stdout, " | ");
      output_puts (stdout, catalog_state_name (language, states[i]));
      output_puts (stdout, " |\n");
    }
}
