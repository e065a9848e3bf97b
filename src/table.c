/* Rows of a label and a text, laid out for a width.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#include "system.h"

#include "table.h"

void
table_row (const char *label, size_t column, const char *text, size_t width,
           size_t indent_below, const struct paint *paint)
{
  size_t label_width = render_width (label);
  bool beside = label_width + 2 <= column
                && (width == 0 || width >= column + TABLE_NARROWEST_TEXT);
  if (beside)
    {
      render_row (label, column, text, width, paint);
      return;
    }
  render_paragraph (label, 0, NULL);
  render_row ("", indent_below, text, width, paint);
}

size_t
table_widest (const char *const *strings, size_t count)
{
  size_t widest = 0;
  for (size_t i = 0; i < count; i++)
    {
      size_t w = render_width (strings[i]);
      if (w > widest)
        widest = w;
    }
  return widest;
}
