/* The output formats behind one interface.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#include "system.h"

#include <strings.h>

#include "format.h"
#include "output.h"

static const struct
{
  const char *name;
  enum format format;
} formats[] =
{
  { "text", FORMAT_TEXT },
  { "json", FORMAT_JSON },
  { "markdown", FORMAT_MARKDOWN }
};

const char format_names[] = "text, json, markdown";

bool
format_by_name (const char *name, enum format *format)
{
  for (size_t i = 0; i < ARRAY_SIZE (formats); i++)
    if (strcasecmp (name, formats[i].name) == 0)
      {
        *format = formats[i].format;
        return true;
      }
  return false;
}

void
format_documents (const struct document *documents, size_t count,
                  const struct style *style)
{
  if (style->format == FORMAT_JSON)
    {
      json_print_documents (documents, count, style);
      return;
    }
  bool first = true;
  for (size_t i = 0; i < count; i++)
    {
      /* With --lang all, a search may find nothing in a language: its
         heading alone would say nothing.  */
      if (documents[i].count == 0 && !documents[i].whole)
        continue;
      if (!first)
        output_puts (stdout, "\n");
      first = false;
      if (style->format == FORMAT_MARKDOWN)
        markdown_print_document (&documents[i], style, count > 1);
      else
        text_print_document (&documents[i], style, count > 1);
    }
}

void
format_language_list (const struct style *style)
{
  switch (style->format)
    {
    case FORMAT_JSON:
      json_print_language_list ();
      break;
    case FORMAT_MARKDOWN:
      markdown_print_language_list ();
      break;
    default:
      text_print_language_list ();
      break;
    }
}
