/* Writing one paragraph: wrapped to a width, soft hyphens hidden, and
   search matches or a whole title in colour.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#ifndef OHCHR_RENDER_H
#define OHCHR_RENDER_H

#include <stddef.h>

#include "search.h"

/* The terminal's SGR sequences the program uses.  */
#define RENDER_BOLD "\033[1m"
#define RENDER_MATCH "\033[1;31m"
#define RENDER_RESET "\033[0m"

/* How to colour a paragraph.  Escape sequences take no columns: they are
   added after the lines are laid out.  */
struct paint
{
  const char *line_style;            /* for every line, or NULL */
  const struct highlight *highlights; /* places to show in RENDER_MATCH */
  size_t highlight_count;
};

/* Write the valid UTF-8 TEXT to standard output as lines of at most WIDTH
   columns (0: one line), each ending in a newline, coloured as PAINT says
   (NULL: no colour).  */
void render_paragraph (const char *text, size_t width, const struct paint *paint);

/* The same, the lines INDENT columns narrower: the first written as it
   is (after a label the caller wrote, INDENT columns wide), the others
   after INDENT spaces.  */
void render_paragraph_indented (const char *text, size_t width, size_t indent,
                                const struct paint *paint);

/* Write COLUMNS spaces.  */
void render_spaces (size_t columns);

/* The display columns S takes once written (transliterated, in a charset
   other than UTF-8).  */
size_t render_width (const char *s);

/* Write S, then spaces up to COLUMNS display columns.  */
void render_padded (const char *s, size_t columns);

#endif
