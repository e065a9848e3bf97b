/* The wrapping engine's layout as one string, for the tests.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#ifdef HAVE_CONFIG_H
# include <config.h>
#endif

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>

#include "wrap.h"

/* Copy the line LINE of TEXT to OUT without its soft hyphens; return the
   end of the copy.  */
static char *
copy_line_text (const char *text, const struct wrap_line *line, char *out)
{
  /* In valid UTF-8, 0xC2 0xAD can only be U+00AD.  */
  for (size_t i = line->start; i < line->end; i++)
    {
      if (text[i] == '\xC2' && i + 1 < line->end && text[i + 1] == '\xAD')
        i++;
      else
        *out++ = text[i];
    }
  return out;
}

char *
wrap_to_string (const char *text, size_t length, size_t width)
{
  struct wrap_layout layout;

  if (wrap_layout_compute (text, length, width, &layout) < 0)
    return NULL;

  /* Every line takes at most its bytes, a '-' and a '\n'.  The lines are
     disjoint parts of the text, and each holds a byte or ends at a
     newline byte, so this cannot overflow unless the text is huge.  */
  char *result = NULL;
  if (layout.count <= (SIZE_MAX - 1 - layout.length) / 2)
    result = malloc (layout.length + 2 * layout.count + 1);
  if (result == NULL)
    {
      wrap_layout_free (&layout);
      errno = ENOMEM;
      return NULL;
    }

  char *out = result;
  for (size_t i = 0; i < layout.count; i++)
    {
      if (i > 0)
        *out++ = '\n';
      out = copy_line_text (layout.text, &layout.lines[i], out);
      if (layout.lines[i].hyphen)
        *out++ = '-';
    }
  *out = '\0';
  wrap_layout_free (&layout);
  return result;
}
