/* Rows of a label and a text, laid out for a width: the help's options,
   the lists of sections and languages.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#ifndef OHCHR_TABLE_H
#define OHCHR_TABLE_H

#include <stddef.h>

#include "render.h"

/* The narrowest column a text is wrapped into beside its label; below
   that, the text goes under the label.  */
enum { TABLE_NARROWEST_TEXT = 20 };

/* Write LABEL, then TEXT (coloured as PAINT says) starting at display
   column COLUMN and wrapped to WIDTH columns, its lines continuing under
   its first.  With WIDTH 0, nothing is wrapped.  When LABEL leaves less
   than two columns before COLUMN, or WIDTH leaves TEXT fewer than
   TABLE_NARROWEST_TEXT, TEXT starts on the next line, indented by
   INDENT_BELOW columns.  */
void table_row (const char *label, size_t column, const char *text,
                size_t width, size_t indent_below, const struct paint *paint);

/* The display width of the widest of the COUNT strings.  */
size_t table_widest (const char *const *strings, size_t count);

#endif
