/* libFuzzer target for the wrapping engine: arbitrary bytes, arbitrary
   widths.  Every line must fit unless it is a single grapheme cluster, and
   no character but the white space at breaks may be lost or added.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).

   The first byte of the input chooses the width (1 to 64); the rest is
   the text.  */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unigbrk.h>
#include <unistr.h>

#include "utf8-repair.h"
#include "wrap.h"

/* What the engine may drop: breaking white space, and line ends.  */
static int
is_droppable (ucs4_t uc)
{
  switch (uc)
    {
    case 0x09: case 0x0A: case 0x0B: case 0x0C: case 0x0D: case 0x20:
    case 0x85: case 0x1680: case 0x200B: case 0x205F: case 0x2028:
    case 0x2029: case 0x3000:
      return 1;
    default:
      return 0x2000 <= uc && uc <= 0x200A && uc != 0x2007;
    }
}

/* Append the characters of S[0..N) that the engine must keep to OUT.  */
static size_t
kept_characters (const uint8_t *s, size_t n, ucs4_t *out)
{
  size_t count = 0;
  for (size_t i = 0; i < n;)
    {
      ucs4_t uc;
      int length = u8_mbtouc (&uc, s + i, n - i);
      if (!is_droppable (uc))
        out[count++] = uc;
      i += length;
    }
  return count;
}

static size_t
cluster_count (const uint8_t *s, size_t n)
{
  if (n == 0)
    return 0;
  char *breaks = malloc (n);
  if (breaks == NULL)
    abort ();
  u8_grapheme_breaks (s, n, breaks);
  size_t count = 0;
  for (size_t i = 0; i < n; i++)
    count += breaks[i] != 0 || i == 0;
  free (breaks);
  return count;
}

/* Whether the grapheme cluster [S, END) is a single droppable character:
   a lone space, which no line may start or end with.  */
static int
is_lone_space (const uint8_t *s, const uint8_t *end)
{
  ucs4_t uc;
  int length = u8_mbtouc (&uc, s, end - s);
  return is_droppable (uc) && s + length == end;
}

static void
check_layout (const struct wrap_layout *layout, size_t width)
{
  const uint8_t *text = (const uint8_t *) layout->text;
  ucs4_t *expected = malloc ((layout->length + 1) * sizeof *expected);
  ucs4_t *found = malloc ((layout->length + 1) * sizeof *found);
  if (expected == NULL || found == NULL)
    abort ();
  size_t expected_count = kept_characters (text, layout->length, expected);
  size_t found_count = 0;
  for (size_t i = 0; i < layout->count; i++)
    {
      const struct wrap_line *line = &layout->lines[i];
      if (line->start > line->end || line->end > layout->length
          || (i > 0 && line->start < layout->lines[i - 1].end))
        abort ();
      const uint8_t *s = text + line->start;
      size_t n = line->end - line->start;
      if (n > 0
          && (is_lone_space (s, u8_grapheme_next (s, s + n))
              || is_lone_space (u8_grapheme_prev (s + n, s), s + n)))
        abort ();
      size_t columns = wrap_display_width ((const char *) s, n) + line->hyphen;
      if (columns > width && cluster_count (s, n) > 1)
        abort ();
      found_count += kept_characters (s, n, found + found_count);
    }
  if (found_count != expected_count
      || memcmp (found, expected, found_count * sizeof *found) != 0)
    abort ();
  free (expected);
  free (found);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  if (size == 0)
    return 0;
  size_t width = data[0] % 64 + 1;
  struct wrap_layout layout;
  if (wrap_layout_compute ((const char *) data + 1, size - 1, width, &layout) != 0)
    return 0;
  if (u8_check ((const uint8_t *) layout.text, layout.length) != NULL)
    abort ();
  check_layout (&layout, width);

  /* Breaks computed near each line's end give the layout that breaks
     computed over the whole text give.  */
  struct wrap_layout reference;
  if (wrap_layout_compute_reference ((const char *) data + 1, size - 1, width,
                                     &reference) != 0)
    abort ();
  if (reference.count != layout.count)
    abort ();
  for (size_t i = 0; i < layout.count; i++)
    if (reference.lines[i].start != layout.lines[i].start
        || reference.lines[i].end != layout.lines[i].end
        || reference.lines[i].hyphen != layout.lines[i].hyphen)
      abort ();
  wrap_layout_free (&reference);
  wrap_layout_free (&layout);
  return 0;
}
