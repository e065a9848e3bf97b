/* The wrapping engine's layout as one string, for the tests.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#ifdef HAVE_CONFIG_H
# include <config.h>
#endif

#include "wrap-to-string.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "wrap.h"

/* Copy the bytes [START, END) of TEXT to OUT without their soft hyphens;
   return the end of the copy.  */
static char *
copy_without_soft_hyphens (const char *text, size_t start, size_t end,
                           char *out)
{
  static const char soft_hyphen[] = "\u00AD";
  while (start < end)
    {
      const char *found = memmem (text + start, end - start, soft_hyphen, 2);
      size_t stop = found != NULL ? (size_t) (found - text) : end;
      memcpy (out, text + start, stop - start);
      out += stop - start;
      start = found != NULL ? stop + 2 : end;
    }
  return out;
}

char *
wrap_to_string (const char *text, size_t length, size_t width,
                const char *encoding)
{
  struct wrap_layout layout;
  if (wrap_layout_compute (text, length, width, encoding, &layout) < 0)
    return NULL;

  /* Every line takes at most its bytes, a '-' and a '\n'.  */
  char *result = NULL;
  if (layout.count <= (SIZE_MAX - 1 - length) / 2)
    result = malloc (length + 2 * layout.count + 1);
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
      out = copy_without_soft_hyphens (text, layout.lines[i].start,
                                       layout.lines[i].end, out);
      if (layout.lines[i].hyphen)
        *out++ = '-';
    }
  *out = '\0';
  wrap_layout_free (&layout);
  return result;
}
