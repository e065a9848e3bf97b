/* The HTML format: a fragment to put in a page (a <section> for each
   language, with its language and direction), or with --standalone a
   whole page.  Always UTF-8, never wrapped: the browser lays the text out,
   right-to-left paragraphs included, from the dir attribute.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#include "system.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "citation.h"
#include "format.h"
#include "language.h"
#include "output.h"

/* Write S[0..LENGTH) as HTML text or an attribute's value: the five
   characters HTML gives a meaning escaped, everything else (valid UTF-8)
   as it is.  */
static void
put_escaped_n (const char *s, size_t length)
{
  const char *run = s, *end = s + length;
  for (const char *p = s; p < end; p++)
    {
      const char *entity;
      switch (*p)
        {
        case '&': entity = "&amp;"; break;
        case '<': entity = "&lt;"; break;
        case '>': entity = "&gt;"; break;
        case '"': entity = "&quot;"; break;
        case '\'': entity = "&#39;"; break;
        default: continue;
        }
      output_write_bytes (stdout, run, p - run);
      output_puts_bytes (stdout, entity);
      run = p + 1;
    }
  output_write_bytes (stdout, run, end - run);
}

static void
put_escaped (const char *s)
{
  put_escaped_n (s, strlen (s));
}

/* TEXT, escaped, with the places a search found in <mark>.  */
static void
put_marked (const char *text, const struct highlights *matches)
{
  size_t at = 0, length = strlen (text);
  for (size_t i = 0; i < matches->count; i++)
    {
      const struct highlight *h = &matches->places[i];
      if (h->start < at || h->end > length)
        continue;
      put_escaped_n (text + at, h->start - at);
      output_puts_bytes (stdout, "<mark>");
      put_escaped_n (text + h->start, h->end - h->start);
      output_puts_bytes (stdout, "</mark>");
      at = h->end;
    }
  put_escaped_n (text + at, length - at);
}

/* "<h2>", "</h2>": a heading tag of LEVEL (1 to 6).  */
static void
put_heading_tag (int level, bool closing)
{
  char tag[8];
  snprintf (tag, sizeof tag, closing ? "</h%d>" : "<h%d>",
            level < 6 ? level : 6);
  output_puts_bytes (stdout, tag);
}

/* The attributes of LANGUAGE: lang="ar" dir="rtl".  */
static void
put_language_attributes (const struct language *language)
{
  output_puts_bytes (stdout, " lang=\"");
  put_escaped (language->tag);
  output_puts_bytes (stdout, language->right_to_left ? "\" dir=\"rtl\""
                                                     : "\" dir=\"ltr\"");
}

/* Open the headings of a table, which speak the interface's language,
   not always the text's.  */
static void
open_interface_headings (void)
{
  output_puts_bytes (stdout, "<thead");
  put_language_attributes (catalog_interface_language ());
  output_puts_bytes (stdout, "><tr>");
}

static void
section_open (const struct document *document, bool several)
{
  output_puts_bytes (stdout, "<section");
  put_language_attributes (document->text->language);
  output_puts_bytes (stdout, ">\n");
  if (several)
    {
      output_puts_bytes (stdout, "<h1>");
      put_escaped (document->text->language->native_name);
      output_puts_bytes (stdout, "</h1>\n");
    }
}

/* The citation, its address a link, and a translation's notice.  */
static void
put_citation (const struct document *document)
{
  char *citation = citation_text (document);
  char *address = strstr (citation, statement_source_address);
  output_puts_bytes (stdout, "<p class=\"citation\">");
  if (address == NULL)
    put_escaped (citation);
  else
    {
      size_t length = strlen (statement_source_address);
      put_escaped_n (citation, address - citation);
      output_puts_bytes (stdout, "<a href=\"");
      put_escaped (statement_source_address);
      output_puts_bytes (stdout, "\">");
      put_escaped (statement_source_address);
      output_puts_bytes (stdout, "</a>");
      put_escaped (address + length);
    }
  output_puts_bytes (stdout, "</p>\n");
  free (citation);
  if (document->text->notice != NULL)
    {
      output_puts_bytes (stdout, "<p class=\"notice\">");
      put_escaped (document->text->notice);
      output_puts_bytes (stdout, "</p>\n");
    }
}

/* The id of a section's paragraph: the section's own, and with several
   languages in one page, the language's code after it.  */
static void
put_id (const struct document *document, const struct document_section *ds,
        bool several)
{
  output_puts_bytes (stdout, " id=\"");
  put_escaped (ds->section->id);
  if (several)
    {
      output_puts_bytes (stdout, "-");
      put_escaped (document->text->language->code);
    }
  output_puts_bytes (stdout, "\"");
}

static void
put_document (const struct document *document, const struct style *style,
              bool several)
{
  section_open (document, several);
  int level = several ? 2 : 1;
  if (document->whole)
    {
      put_heading_tag (level, false);
      put_escaped (document->text->title);
      put_heading_tag (level, true);
      output_puts_bytes (stdout, "\n");
      level++;
    }
  for (size_t i = 0; i < document->count; i++)
    {
      const struct document_section *ds = &document->sections[i];
      char number[32];
      snprintf (number, sizeof number, "%d. ", ds->section->number);
      if (style->titles)
        {
          put_heading_tag (level, false);
          if (style->number)
            output_puts_bytes (stdout, number);
          put_marked (ds->title, &ds->title_matches);
          put_heading_tag (level, true);
          output_puts_bytes (stdout, "\n");
        }
      output_puts_bytes (stdout, "<p");
      put_id (document, ds, several);
      output_puts_bytes (stdout, ">");
      if (style->number && !style->titles)
        output_puts_bytes (stdout, number);
      put_marked (ds->text, &ds->text_matches);
      output_puts_bytes (stdout, "</p>\n");
    }
  if (style->cite)
    put_citation (document);
  output_puts_bytes (stdout, "</section>\n");
}

/* A whole page: the document type, the character set, the language of
   the page when it has one, and its title.  */
static void
page_open (const struct language *language, const char *title)
{
  output_puts_bytes (stdout, "<!DOCTYPE html>\n<html");
  if (language != NULL)
    put_language_attributes (language);
  output_puts_bytes (stdout, ">\n<head>\n<meta charset=\"utf-8\">\n<title>");
  put_escaped (title);
  output_puts_bytes (stdout, "</title>\n</head>\n<body>\n");
}

static void
page_close (void)
{
  output_puts_bytes (stdout, "</body>\n</html>\n");
}

static void
open_documents (const struct document *documents, size_t count,
                const struct style *style)
{
  if (style->standalone)
    page_open (count == 1 ? documents[0].text->language : NULL,
               documents[0].text->title);
}

void
html_print_documents (const struct document *documents, size_t count,
                      const struct style *style)
{
  open_documents (documents, count, style);
  for (size_t i = 0; i < count; i++)
    put_document (&documents[i], style, count > 1);
  if (style->standalone)
    page_close ();
}

void
html_print_section_lists (const struct document *documents, size_t count,
                          const struct style *style)
{
  open_documents (documents, count, style);
  for (size_t d = 0; d < count; d++)
    {
      const struct document *document = &documents[d];
      section_open (document, count > 1);
      output_puts_bytes (stdout, "<table>\n");
      open_interface_headings ();
      const char *headings[SECTION_LIST_COLUMNS];
      format_section_list_headings (headings);
      for (size_t i = 0; i < SECTION_LIST_COLUMNS; i++)
        {
          output_puts_bytes (stdout, i == 0 ? "<th>" : "</th><th>");
          put_escaped (headings[i]);
        }
      output_puts_bytes (stdout, "</th></tr></thead>\n<tbody>\n");
      for (size_t i = 0; i < document->count; i++)
        {
          const struct document_section *ds = &document->sections[i];
          char number[32];
          snprintf (number, sizeof number, "<tr><td>%d</td><td>",
                    ds->section->number);
          output_puts_bytes (stdout, number);
          put_escaped (ds->section->id);
          output_puts_bytes (stdout, "</td><td>");
          put_marked (ds->title, &ds->title_matches);
          output_puts_bytes (stdout, "</td></tr>\n");
        }
      output_puts_bytes (stdout, "</tbody>\n</table>\n</section>\n");
    }
  if (style->standalone)
    page_close ();
}

void
html_print_language_list (const struct style *style,
                          const enum catalog_state *states)
{
  if (style->standalone)
    page_open (NULL, PROGRAM_NAME);
  const char *headings[LANGUAGE_LIST_COLUMNS];
  format_language_list_headings (headings);
  output_puts_bytes (stdout, "<table>\n");
  open_interface_headings ();
  for (size_t i = 0; i < ARRAY_SIZE (headings); i++)
    {
      output_puts_bytes (stdout, "<th>");
      put_escaped (headings[i]);
      output_puts_bytes (stdout, "</th>");
    }
  output_puts_bytes (stdout, "</tr></thead>\n<tbody>\n");
  for (size_t i = 0; i < LANGUAGE_COUNT; i++)
    {
      const struct language *language = &languages[i];
      output_puts_bytes (stdout, "<tr><td>");
      put_escaped (language->code);
      output_puts_bytes (stdout, "</td><td");
      put_language_attributes (language);
      output_puts_bytes (stdout, ">");
      put_escaped (language->native_name);
      output_puts_bytes (stdout, "</td><td>");
      put_escaped (language->english_name);
      output_puts_bytes (stdout, "</td><td>");
      put_escaped (catalog_state_name (language, states[i]));
      output_puts_bytes (stdout, "</td></tr>\n");
    }
  output_puts_bytes (stdout, "</tbody>\n</table>\n");
  if (style->standalone)
    page_close ();
}
