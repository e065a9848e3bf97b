/* Writing one paragraph: wrapped to a width, soft hyphens hidden, search
   matches or a whole title in colour, and right-to-left text laid out as
   the terminal needs it (see bidi-mode.h).
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#ifndef OHCHR_RENDER_H
#define OHCHR_RENDER_H

#include <stdbool.h>
#include <stddef.h>

#include "bidi.h"
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
   (NULL: no colour).  Its direction is its first strong letter's.  */
void render_paragraph (const char *text, size_t width,
                       const struct paint *paint);

/* The same, in DIRECTION, with LABEL (NULL: none) at the start of the
   first line and the other lines under the text: "6. " before a section.
   The label is part of the paragraph: on the right of a right-to-left
   one.  */
void render_paragraph_labelled (const char *label, const char *text,
                                enum bidi_direction direction, size_t width,
                                const struct paint *paint);

/* A row of two columns: LABEL, then TEXT (coloured as PAINT says)
   starting at display column COLUMN and wrapped to WIDTH columns (0: not
   wrapped), its lines continuing under its first.  The columns stay in
   their places whatever the direction of what they hold: the text's
   lines are aligned within their column.  */
void render_row (const char *label, size_t column, const char *text,
                 size_t width, const struct paint *paint);

/* TEXT wrapped to WIDTH less INDENT columns: the first line where the
   caller left the cursor (after what it wrote first), the others after
   INDENT spaces.  */
void render_paragraph_indented (const char *text, size_t width, size_t indent,
                                const struct paint *paint);

/* Write COLUMNS spaces.  */
void render_spaces (size_t columns);

/* The display columns S takes once written (transliterated, in a charset
   other than UTF-8).  */
size_t render_width (const char *s);

/* A paragraph laid out in a column of a table, for writing a line at a
   time beside other columns (side by side).  Right-to-left text in it is
   in visual order whatever the layout, since a terminal that does bidi
   would reorder the whole row, and each of its lines is kept from such a
   terminal's reordering: between LRO and PDF.  */
struct render_cell;

/* The cell of TEXT in DIRECTION, with LABEL (or NULL) as in
   render_paragraph_labelled, WIDTH columns wide (WIDTH >= 1).  */
struct render_cell *render_cell_new (const char *label, const char *text,
                                     enum bidi_direction direction,
                                     size_t width, const struct paint *paint);

size_t render_cell_line_count (const struct render_cell *cell);

/* Whether line I of CELL holds right-to-left text in visual order.  */
bool render_cell_line_is_visual (struct render_cell *cell, size_t i);

/* Write line I of CELL (spaces past its last line), WIDTH columns wide;
   the spaces after a line aligned to the left are left out unless
   PAD_RIGHT.  */
void render_cell_write_line (struct render_cell *cell, size_t i,
                             bool pad_right);

void render_cell_free (struct render_cell *cell);

#endif
