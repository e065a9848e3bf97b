/* The output formats behind one interface.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#include "system.h"

#include "columns.h"
#include "format.h"
#include "output.h"

void
format_walk (const struct document *document, const struct style *style,
             bool with_heading, const struct document_printer *printer)
{
  int level = 1;
  if (with_heading)
    {
      printer->heading (document, document->text->language->native_name,
                        level++, style);
      output_puts (stdout, "\n");
    }
  if (document->whole)
    printer->heading (document, document->text->title, level++, style);
  for (size_t i = 0; i < document->count; i++)
    {
      if (i > 0 || document->whole)
        output_puts (stdout, "\n");
      printer->section (document, &document->sections[i], level, style);
    }
  if (style->cite)
    printer->citation (document, style);
}

void
format_documents (const struct document *documents, size_t count,
                  const struct style *style)
{
  if (style->format == FORMAT_JSON)
    {
      json_print_documents (documents, count, false);
      return;
    }
  if (style->format == FORMAT_HTML)
    {
      html_print_documents (documents, count, style);
      return;
    }
  if (style->side_by_side && count > 1)
    {
      columns_print_documents (documents, count, style);
      return;
    }
  for (size_t i = 0; i < count; i++)
    {
      if (i > 0)
        output_puts (stdout, "\n");
      if (style->format == FORMAT_MARKDOWN)
        markdown_print_document (&documents[i], style, count > 1);
      else
        text_print_document (&documents[i], style, count > 1);
    }
}

void
format_section_lists (const struct document *documents, size_t count,
                      const struct style *style)
{
  if (style->format == FORMAT_JSON)
    {
      json_print_documents (documents, count, true);
      return;
    }
  if (style->format == FORMAT_HTML)
    {
      html_print_section_lists (documents, count, style);
      return;
    }
  for (size_t i = 0; i < count; i++)
    {
      if (i > 0)
        output_puts (stdout, "\n");
      if (style->format == FORMAT_MARKDOWN)
        markdown_print_section_list (&documents[i], count > 1);
      else
        text_print_section_list (&documents[i], style, count > 1);
    }
}

void
format_section_list_headings (const char *headings[SECTION_LIST_COLUMNS])
{
  /* TRANSLATORS: the column headings of the list of sections in HTML and
     Markdown: the section's number, its stable id, its title.  */
  headings[0] = _("No.");
  /* TRANSLATORS: see "No.".  */
  headings[1] = _("Id");
  /* TRANSLATORS: see "No.".  */
  headings[2] = _("Title");
}

void
format_language_list_headings (const char *headings[LANGUAGE_LIST_COLUMNS])
{
  /* TRANSLATORS: the column headings of the list of languages in HTML and
     Markdown: the code --lang takes, the language's own name, its name in
     English, and whether its catalog is installed.  */
  headings[0] = _("Code");
  /* TRANSLATORS: see "Code".  */
  headings[1] = _("Name");
  /* TRANSLATORS: see "Code".  */
  headings[2] = _("English name");
  /* TRANSLATORS: see "Code".  */
  headings[3] = _("State");
}

void
format_language_list (const struct style *style,
                      const enum catalog_state *states)
{
  switch (style->format)
    {
    case FORMAT_JSON:
      json_print_language_list (states);
      break;
    case FORMAT_MARKDOWN:
      markdown_print_language_list (states);
      break;
    case FORMAT_HTML:
      html_print_language_list (style, states);
      break;
    case FORMAT_TEXT:
      text_print_language_list (style, states);
      break;
    }
}
