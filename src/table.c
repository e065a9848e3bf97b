/* Rows of a label and a text, laid out for a width.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#include "system.h"

#include <string.h>

#include "output.h"
#include "table.h"
#include "wrap.h"

/* The columns S takes once written.  */
static size_t
display_width (const char *s)
{
  return render_width (s);
}

void
table_row (const char *label, size_t column, const char *text, size_t width,
           size_t indent_below, const struct paint *paint)
{
  size_t label_width = display_width (label);
  output_puts (stdout, label);
  bool beside = label_width + 2 <= column
                && (width == 0 || width >= column + TABLE_NARROWEST_TEXT);
  if (beside)
    {
      render_spaces (column - label_width);
      render_paragraph_indented (text, width, column, paint);
      return;
    }
  output_puts (stdout, "\n");
  render_spaces (indent_below);
  render_paragraph_indented (text, width, indent_below, paint);
}

size_t
table_widest (const char *const *strings, size_t count)
{
  size_t widest = 0;
  for (size_t i = 0; i < count; i++)
    {
      size_t w = display_width (strings[i]);
      if (w > widest)
        widest = w;
    }
  return widest;
}
