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

/* Write S, markup or text that needs no escaping, as it is.  */
static void
write_markup (const char *s)
{
  output_write_utf8 (stdout, s, strlen (s));
}

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
      output_write_utf8 (stdout, run, p - run);
      write_markup (entity);
      run = p + 1;
    }
  output_write_utf8 (stdout, run, end - run);
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
      write_markup ("<mark>");
      put_escaped_n (text + h->start, h->end - h->start);
      write_markup ("</mark>");
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
  write_markup (tag);
}

/* The attributes of LANGUAGE: lang="ar" dir="rtl".  */
static void
put_language_attributes (const struct language *language)
{
  write_markup (" lang=\"");
  put_escaped (language->tag);
  write_markup (language->right_to_left ? "\" dir=\"rtl\"" : "\" dir=\"ltr\"");
}

/* Open the headings of a table, which speak the interface's language,
   not always the text's.  */
static void
open_interface_headings (void)
{
  write_markup ("<thead");
  put_language_attributes (catalog_interface_language ());
  write_markup ("><tr>");
}

static void
section_open (const struct document *document, bool several)
{
  write_markup ("<section");
  put_language_attributes (document->text->language);
  write_markup (">\n");
  if (several)
    {
      write_markup ("<h1>");
      put_escaped (document->text->language->native_name);
      write_markup ("</h1>\n");
    }
}

/* The citation, its address a link, and a translation's notice.  */
static void
put_citation (const struct document *document)
{
  char *citation = citation_text (document);
  char *address = strstr (citation, statement_source_address);
  write_markup ("<p class=\"citation\">");
  if (address == NULL)
    put_escaped (citation);
  else
    {
      size_t length = strlen (statement_source_address);
      put_escaped_n (citation, address - citation);
      write_markup ("<a href=\"");
      put_escaped (statement_source_address);
      write_markup ("\">");
      put_escaped (statement_source_address);
      write_markup ("</a>");
      put_escaped (address + length);
    }
  write_markup ("</p>\n");
  free (citation);
  if (document->text->notice != NULL)
    {
      write_markup ("<p class=\"notice\">");
      put_escaped (document->text->notice);
      write_markup ("</p>\n");
    }
}

/* The id of a section's paragraph: the section's own, and with several
   languages in one page, the language's code after it.  */
static void
put_id (const struct document *document, const struct document_section *ds,
        bool several)
{
  write_markup (" id=\"");
  put_escaped (ds->section->id);
  if (several)
    {
      write_markup ("-");
      put_escaped (document->text->language->code);
    }
  write_markup ("\"");
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
      write_markup ("\n");
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
            write_markup (number);
          put_marked (ds->title, &ds->title_matches);
          put_heading_tag (level, true);
          write_markup ("\n");
        }
      write_markup ("<p");
      put_id (document, ds, several);
      write_markup (">");
      if (style->number && !style->titles)
        write_markup (number);
      put_marked (ds->text, &ds->text_matches);
      write_markup ("</p>\n");
    }
  if (style->cite)
    put_citation (document);
  write_markup ("</section>\n");
}

/* A whole page: the document type, the character set, the language of
   the page when it has one, and its title.  */
static void
page_open (const struct language *language, const char *title)
{
  write_markup ("<!DOCTYPE html>\n<html");
  if (language != NULL)
    put_language_attributes (language);
  write_markup (">\n<head>\n<meta charset=\"utf-8\">\n<title>");
  put_escaped (title);
  write_markup ("</title>\n</head>\n<body>\n");
}

static void
page_close (void)
{
  write_markup ("</body>\n</html>\n");
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
      write_markup ("<table>\n");
      open_interface_headings ();
      write_markup ("<th>");
      put_escaped (_("No."));
      write_markup ("</th><th>");
      put_escaped (_("Id"));
      write_markup ("</th><th>");
      put_escaped (_("Title"));
      write_markup ("</th></tr></thead>\n<tbody>\n");
      for (size_t i = 0; i < document->count; i++)
        {
          const struct document_section *ds = &document->sections[i];
          char number[32];
          snprintf (number, sizeof number, "<tr><td>%d</td><td>",
                    ds->section->number);
          write_markup (number);
          put_escaped (ds->section->id);
          write_markup ("</td><td>");
          put_marked (ds->title, &ds->title_matches);
          write_markup ("</td></tr>\n");
        }
      write_markup ("</tbody>\n</table>\n</section>\n");
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
  write_markup ("<table>\n");
  open_interface_headings ();
  for (size_t i = 0; i < ARRAY_SIZE (headings); i++)
    {
      write_markup ("<th>");
      put_escaped (headings[i]);
      write_markup ("</th>");
    }
  write_markup ("</tr></thead>\n<tbody>\n");
  for (size_t i = 0; i < LANGUAGE_COUNT; i++)
    {
      const struct language *language = &languages[i];
      write_markup ("<tr><td>");
      put_escaped (language->code);
      write_markup ("</td><td");
      put_language_attributes (language);
      write_markup (">");
      put_escaped (language->native_name);
      write_markup ("</td><td>");
      put_escaped (language->english_name);
      write_markup ("</td><td>");
      put_escaped (catalog_state_name (language, states[i]));
      write_markup ("</td></tr>\n");
    }
  write_markup ("</tbody>\n</table>\n");
  if (style->standalone)
    page_close ();
}
