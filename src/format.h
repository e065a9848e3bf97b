/* The output formats, text, JSON and Markdown, behind one interface.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#ifndef OHCHR_FORMAT_H
#define OHCHR_FORMAT_H

#include <stdbool.h>
#include <stddef.h>

#include "document.h"

enum format
{
  FORMAT_TEXT,
  FORMAT_JSON,
  FORMAT_MARKDOWN
};

struct style
{
  enum format format;
  size_t width;      /* columns a line may take; 0: no wrapping */
  bool titles;       /* each section's title above its paragraph */
  bool colour;       /* titles in bold, search matches highlighted */
  bool list;         /* the list of sections, not their text */
};

/* The format called NAME ("text", "json", "markdown", in any case).  */
bool format_by_name (const char *name, enum format *format);

/* The names of the formats, for messages: "text, json, markdown".  */
extern const char format_names[];

/* Print DOCUMENTS[0..COUNT): one language, or several in turn.  */
void format_documents (const struct document *documents, size_t count,
                       const struct style *style);

/* Print the list of languages.  */
void format_language_list (const struct style *style);

/* Each format's own printers.  */
void text_print_document (const struct document *document,
                          const struct style *style, bool with_heading);
void text_print_language_list (void);
void json_print_documents (const struct document *documents, size_t count,
                           const struct style *style);
void json_print_language_list (void);
void markdown_print_document (const struct document *document,
                              const struct style *style, bool with_heading);
void markdown_print_language_list (void);

#endif
