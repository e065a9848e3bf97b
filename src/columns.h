/* Languages side by side: one column each, the sections starting on the
   same row in every column.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#ifndef OHCHR_COLUMNS_H
#define OHCHR_COLUMNS_H

#include <stddef.h>

#include "document.h"
#include "format.h"

enum
{
  COLUMNS_NARROWEST = 20,   /* a column narrower cannot be read */
  COLUMNS_GUTTER = 3        /* the spaces between two columns */
};

/* The width COUNT columns of COLUMNS_NARROWEST need, gutters and all.  */
size_t columns_width_needed (size_t count);

/* The width of each of COUNT columns in a line WIDTH columns wide (the
   first ones take what is left over), or 0 if there is no room.  */
size_t columns_each_width (size_t width, size_t count);

/* Print DOCUMENTS[0..COUNT) side by side in STYLE's width, which leaves
   each column at least COLUMNS_NARROWEST (cli.c makes sure of it).  */
void columns_print_documents (const struct document *documents, size_t count,
                              const struct style *style);

#endif
