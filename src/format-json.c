/* The JSON format (RFC 8259), for scripts: never wrapped, always UTF-8.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#include "system.h"

#include <stdio.h>
#include <string.h>

#include "catalog.h"
#include "format.h"
#include "language.h"
#include "output.h"

/* Write S as a JSON string: quotes, backslashes and control characters
   escaped, everything else (valid UTF-8) as it is.  */
static void
put_string (const char *s)
{
  output_puts_bytes (stdout, "\"");
  const char *run = s;
  for (const char *p = s; *p != '\0'; p++)
    {
      unsigned char c = *p;
      if (c >= 0x20 && c != '"' && c != '\\')
        continue;
      output_write_bytes (stdout, run, p - run);
      char escape[8];
      if (c == '"' || c == '\\')
        snprintf (escape, sizeof escape, "\\%c", c);
      else if (c == '\n')
        strcpy (escape, "\\n");
      else if (c == '\t')
        strcpy (escape, "\\t");
      else
        snprintf (escape, sizeof escape, "\\u%04x", c);
      output_puts_bytes (stdout, escape);
      run = p + 1;
    }
  output_puts_bytes (stdout, run);
  output_puts_bytes (stdout, "\"");
}

static void
put_member (const char *indent, const char *name, const char *value, bool last)
{
  output_puts_bytes (stdout, indent);
  put_string (name);
  output_puts_bytes (stdout, ": ");
  put_string (value);
  output_puts_bytes (stdout, last ? "\n" : ",\n");
}

static void
put_section (const struct document_section *ds, bool with_text, bool last)
{
  char number[32];
  snprintf (number, sizeof number, "      \"number\": %d,\n",
            ds->section->number);
  output_puts_bytes (stdout, "    {\n");
  output_puts_bytes (stdout, number);
  put_member ("      ", "id", ds->section->id, false);
  put_member ("      ", "title", ds->title, !with_text);
  if (with_text)
    put_member ("      ", "text", ds->text, true);
  output_puts_bytes (stdout, last ? "    }\n" : "    },\n");
}

/* Where the English original was published: the same in every
   language.  */
static void
put_source (void)
{
  const struct statement_text *english = statement_english ();
  output_puts_bytes (stdout, "  \"source\": {\n");
  put_member ("    ", "author", english->author, false);
  put_member ("    ", "title", english->title, false);
  put_member ("    ", "url", statement_source_address, true);
  output_puts_bytes (stdout, "  },\n");
}

static void
put_document (const struct document *document, bool list)
{
  const struct statement_text *text = document->text;
  const struct language *language = text->language;
  output_puts_bytes (stdout, "{\n");
  put_member ("  ", "language", language->code, false);
  put_member ("  ", "tag", language->tag, false);
  put_member ("  ", "direction", language->right_to_left ? "rtl" : "ltr",
              false);
  put_member ("  ", "language_name", language->native_name, false);
  /* Whether this is the English original or the project's translation,
     which says so in its own words.  */
  if (text->notice == NULL)
    output_puts_bytes (stdout, "  \"original\": true,\n  \"notice\": null,\n");
  else
    {
      output_puts_bytes (stdout, "  \"original\": false,\n");
      put_member ("  ", "notice", text->notice, false);
    }
  put_member ("  ", "title", text->title, false);
  put_source ();
  output_puts_bytes (stdout, "  \"sections\": [");
  output_puts_bytes (stdout, document->count > 0 ? "\n" : "");
  for (size_t i = 0; i < document->count; i++)
    put_section (&document->sections[i], !list, i + 1 == document->count);
  output_puts_bytes (stdout, document->count > 0 ? "  ]\n}" : "]\n}");
}

void
json_print_documents (const struct document *documents, size_t count,
                      bool list)
{
  /* One language is one object; several are an array of them.  */
  if (count > 1)
    output_puts_bytes (stdout, "[\n");
  for (size_t i = 0; i < count; i++)
    {
      put_document (&documents[i], list);
      output_puts_bytes (stdout, i + 1 < count ? ",\n" : "\n");
    }
  if (count > 1)
    output_puts_bytes (stdout, "]\n");
}

/* A catalog's state as a fixed word, for scripts.  */
static const char *
state_keyword (enum catalog_state state)
{
  switch (state)
    {
    case CATALOG_USABLE: return "installed";
    case CATALOG_MISSING: return "missing";
    case CATALOG_NOT_REGULAR:
    case CATALOG_UNREADABLE: return "unreadable";
    case CATALOG_FOREIGN: return "foreign";
    case CATALOG_INCOMPLETE: return "incomplete";
    case CATALOG_DAMAGED:
    case CATALOG_BAD_FORMAT: return "damaged";
    }
  return "unreadable";
}

void
json_print_language_list (const enum catalog_state *states)
{
  output_puts_bytes (stdout, "[\n");
  for (size_t i = 0; i < LANGUAGE_COUNT; i++)
    {
      const struct language *language = &languages[i];
      enum catalog_state state = states[i];
      output_puts_bytes (stdout, "  {\n");
      put_member ("    ", "code", language->code, false);
      put_member ("    ", "tag", language->tag, false);
      put_member ("    ", "name", language->native_name, false);
      put_member ("    ", "english_name", language->english_name, false);
      put_member ("    ", "state", language == SOURCE_LANGUAGE
                                   ? "source" : state_keyword (state), false);
      output_puts_bytes (stdout, state == CATALOG_USABLE
           ? "    \"available\": true\n" : "    \"available\": false\n");
      output_puts_bytes (stdout, i + 1 < LANGUAGE_COUNT ? "  },\n" : "  }\n");
    }
  output_puts_bytes (stdout, "]\n");
}
