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

static void
put (const char *s)
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
      put (entity);
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
      put ("<mark>");
      put_escaped_n (text + h->start, h->end - h->start);
      put ("</mark>");
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
  put (tag);
}

/* The attributes of LANGUAGE: lang="ar" dir="rtl".  */
static void
put_language_attributes (const struct language *language)
{
  put (" lang=\"");
  put_escaped (language->tag);
  put (language->right_to_left ? "\" dir=\"rtl\"" : "\" dir=\"ltr\"");
}

static void
section_open (const struct document *document, bool several)
{
  put ("<section");
  put_language_attributes (document->text->language);
  put (">\n");
  if (several)
    {
      put ("<h1>");
      put_escaped (document->text->language->native_name);
      put ("</h1>\n");
    }
}

/* The citation, its address a link, and a translation's notice.  */
static void
put_citation (const struct document *document)
{
  char *citation = citation_text (document);
  char *address = strstr (citation, statement_source_address);
  put ("<p class=\"citation\">");
  if (address == NULL)
    put_escaped (citation);
  else
    {
      size_t length = strlen (statement_source_address);
      put_escaped_n (citation, address - citation);
      put ("<a href=\"");
      put_escaped (statement_source_address);
      put ("\">");
      put_escaped (statement_source_address);
      put ("</a>");
      put_escaped (address + length);
    }
  put ("</p>\n");
  free (citation);
  if (document->text->notice != NULL)
    {
      put ("<p class=\"notice\">");
      put_escaped (document->text->notice);
      put ("</p>\n");
    }
}

/* The id of a section's paragraph: the section's own, and with several
   languages in one page, the language's code after it.  */
static void
put_id (const struct document *document, const struct document_section *ds,
        bool several)
{
  put (" id=\"");
  put_escaped (ds->section->id);
  if (several)
    {
      put ("-");
      put_escaped (document->text->language->code);
    }
  put ("\"");
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
      put ("\n");
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
            put (number);
          put_marked (ds->title, &ds->title_matches);
          put_heading_tag (level, true);
          put ("\n");
        }
      put ("<p");
      put_id (document, ds, several);
      put (">");
      if (style->number && !style->titles)
        put (number);
      put_marked (ds->text, &ds->text_matches);
      put ("</p>\n");
    }
  if (style->cite)
    put_citation (document);
  put ("</section>\n");
}

/* A whole page: the document type, the character set, the language of
   the page when it has one, and its title.  */
static void
page_open (const struct language *language, const char *title)
{
  put ("<!DOCTYPE html>\n<html");
  if (language != NULL)
    put_language_attributes (language);
  put (">\n<head>\n<meta charset=\"utf-8\">\n<title>");
  put_escaped (title);
  put ("</title>\n</head>\n<body>\n");
}

static void
page_close (void)
{
  put ("</body>\n</html>\n");
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
      put ("<table>\n<thead><tr><th>");
      put_escaped (_("No."));
      put ("</th><th>");
      put_escaped (_("Id"));
      put ("</th><th>");
      put_escaped (_("Title"));
      put ("</th></tr></thead>\n<tbody>\n");
      for (size_t i = 0; i < document->count; i++)
        {
          const struct document_section *ds = &document->sections[i];
          char number[32];
          snprintf (number, sizeof number, "<tr><td>%d</td><td>",
                    ds->section->number);
          put (number);
          put_escaped (ds->section->id);
          put ("</td><td>");
          put_marked (ds->title, &ds->title_matches);
          put ("</td></tr>\n");
        }
      put ("</tbody>\n</table>\n</section>\n");
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
  /* TRANSLATORS: the column headings of the list of languages in HTML:
     the code --lang takes, the language's own name, its name in
     English, and whether its catalog is installed.  */
  const char *headings[] = { _("Code"), _("Name"), _("English name"),
                             _("State") };
  put ("<table>\n<thead><tr>");
  for (size_t i = 0; i < ARRAY_SIZE (headings); i++)
    {
      put ("<th>");
      put_escaped (headings[i]);
      put ("</th>");
    }
  put ("</tr></thead>\n<tbody>\n");
  for (size_t i = 0; i < LANGUAGE_COUNT; i++)
    {
      const struct language *language = &languages[i];
      put ("<tr><td>");
      put_escaped (language->code);
      put ("</td><td");
      put_language_attributes (language);
      put (">");
      put_escaped (language->native_name);
      put ("</td><td>");
      put_escaped (language->english_name);
      put ("</td><td>");
      put_escaped (catalog_state_name (language, states[i]));
      put ("</td></tr>\n");
    }
  put ("</tbody>\n</table>\n");
  if (style->standalone)
    page_close ();
}
