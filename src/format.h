/* The output formats, text, JSON, Markdown and HTML, behind one
   interface.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#ifndef OHCHR_FORMAT_H
#define OHCHR_FORMAT_H

#include <stdbool.h>
#include <stddef.h>

#include "catalog.h"
#include "document.h"

enum format
{
  FORMAT_TEXT,
  FORMAT_JSON,
  FORMAT_MARKDOWN,
  FORMAT_HTML
};

struct style
{
  enum format format;
  size_t width;      /* columns a line may take; 0: no wrapping */
  bool titles;       /* each section's title above its paragraph */
  bool number;       /* each section's number before it */
  bool cite;         /* a citation after each language's text */
  bool colour;       /* titles in bold, search matches highlighted */
  bool side_by_side; /* several languages in columns, WIDTH wide in all */
  bool standalone;   /* HTML: a whole page */
};

/* How a format prints the parts of a document, at a heading LEVEL (1 for
   the outermost): format_walk calls them in order, with the blank lines
   between the parts.  */
struct document_printer
{
  void (*heading) (const struct document *document, const char *heading,
                   int level, const struct style *style);
  void (*section) (const struct document *document,
                   const struct document_section *section, int level,
                   const struct style *style);
  void (*citation) (const struct document *document,
                    const struct style *style);
};

/* Print DOCUMENT with PRINTER: the language's name as a heading when
   WITH_HEADING, the statement's title when it is whole, the sections (a
   level below what is above them), the citation if asked for.  */
void format_walk (const struct document *document, const struct style *style,
                  bool with_heading, const struct document_printer *printer);

/* Print DOCUMENTS[0..COUNT): one language, or several in turn.  */
void format_documents (const struct document *documents, size_t count,
                       const struct style *style);

/* Print the list of sections of DOCUMENTS[0..COUNT).  */
void format_section_lists (const struct document *documents, size_t count,
                           const struct style *style);

/* Print the list of languages, with the state of each one's catalog
   (STATES[i] for languages[i]).  */
void format_language_list (const struct style *style,
                           const enum catalog_state *states);

/* The column headings of the list of sections in a table, translated:
   the section's number, its id, its title.  */
enum { SECTION_LIST_COLUMNS = 3 };
void format_section_list_headings
  (const char *headings[SECTION_LIST_COLUMNS]);

/* The column headings of the list of languages in a table, translated:
   the code --lang takes, the language's own name, its name in English,
   and the state of its catalog.  */
enum { LANGUAGE_LIST_COLUMNS = 4 };
void format_language_list_headings
  (const char *headings[LANGUAGE_LIST_COLUMNS]);

/* Each format's own printers.  */
void text_print_document (const struct document *document,
                          const struct style *style, bool with_heading);
void text_print_section_list (const struct document *document,
                              const struct style *style, bool with_heading);
void text_print_language_list (const struct style *style,
                               const enum catalog_state *states);
void json_print_documents (const struct document *documents, size_t count,
                           bool list);
void json_print_language_list (const enum catalog_state *states);
void markdown_print_document (const struct document *document,
                              const struct style *style, bool with_heading);
void markdown_print_section_list (const struct document *document,
                                  bool with_heading);
void markdown_print_language_list (const enum catalog_state *states);
void html_print_documents (const struct document *documents, size_t count,
                           const struct style *style);
void html_print_section_lists (const struct document *documents, size_t count,
                               const struct style *style);
void html_print_language_list (const struct style *style,
                               const enum catalog_state *states);

#endif
