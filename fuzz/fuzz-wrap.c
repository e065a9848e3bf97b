/* libFuzzer target for the wrapping engine: arbitrary bytes, repaired to
   valid UTF-8 (the engine takes nothing else), wrapped at arbitrary
   widths.  Every line must fit unless it is one unbreakable unit (a
   grapheme cluster, or an Arabic word with the punctuation after it), and
   no character but the white space at breaks may be lost or added.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).

   The first byte of the input chooses the width (1 to 64, its low six
   bits) and the output charset (UTF-8, or GBK if the next bit is set);
   the rest is the text.  */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unictype.h>
#include <unigbrk.h>
#include <unistr.h>

#include "clusters.h"
#include "utf8-repair.h"
#include "wrap.h"

/* Append the characters of S[0..N) that the engine must keep to OUT.  */
static size_t
kept_characters (const uint8_t *s, size_t n, ucs4_t *out)
{
  size_t count = 0;
  for (size_t i = 0; i < n;)
    {
      ucs4_t uc;
      i += u8_mbtouc (&uc, s + i, n - i);
      if (!char_is_breaking_space (uc))
        out[count++] = uc;
    }
  return count;
}

/* Whether the line S[0..N) is one unbreakable unit: one grapheme cluster,
   or an Arabic word (clusters of letters of Arabic script) and the
   punctuation after it.  */
static int
is_unbreakable (const uint8_t *s, size_t n)
{
  char *breaks = malloc (n);
  if (breaks == NULL)
    abort ();
  u8_grapheme_breaks (s, n, breaks);
  const uc_script_t *arabic = uc_script_byname ("Arabic");
  size_t clusters = 0;
  int arabic_word = 1, after_word = 0;
  for (size_t i = 0; i < n; i++)
    if (i == 0 || breaks[i])
      {
        ucs4_t uc;
        u8_mbtouc (&uc, s + i, n - i);
        clusters++;
        if (!after_word && uc_is_script (uc, arabic)
            && uc_is_general_category (uc, UC_CATEGORY_L))
          continue;
        after_word = clusters > 1 && uc_is_general_category (uc, UC_CATEGORY_P);
        arabic_word = arabic_word && after_word;
      }
  free (breaks);
  return clusters == 1 || arabic_word;
}

/* Whether S[0..N) starts or ends with a breaking space alone.  */
static int
has_space_at_an_end (const uint8_t *s, size_t n)
{
  const uint8_t *first_end = u8_grapheme_next (s, s + n);
  const uint8_t *last = u8_grapheme_prev (s + n, s);
  ucs4_t uc;
  return (u8_mbtouc (&uc, s, n) == first_end - s
          && char_is_breaking_space (uc))
         || (u8_mbtouc (&uc, last, s + n - last) == s + n - last
             && char_is_breaking_space (uc));
}

static void
check_layout (const uint8_t *text, size_t length,
              const struct wrap_layout *layout, size_t width,
              const char *encoding)
{
  ucs4_t *expected = malloc ((length + 1) * sizeof *expected);
  ucs4_t *found = malloc ((length + 1) * sizeof *found);
  if (expected == NULL || found == NULL)
    abort ();
  size_t expected_count = kept_characters (text, length, expected);
  size_t found_count = 0;
  for (size_t i = 0; i < layout->count; i++)
    {
      const struct wrap_line *line = &layout->lines[i];
      if (line->start > line->end || line->end > length
          || (i > 0 && line->start < layout->lines[i - 1].end))
        abort ();
      const uint8_t *s = text + line->start;
      size_t n = line->end - line->start;
      if (n > 0 && has_space_at_an_end (s, n))
        abort ();
      size_t columns = wrap_display_width ((const char *) s, n, encoding)
                       + line->hyphen;
      if (columns > width && !is_unbreakable (s, n))
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
  const char *encoding = data[0] & 64 ? "GBK" : "UTF-8";
  size_t length;
  char *text = utf8_repair ((const char *) data + 1, size - 1, &length);
  if (text == NULL)
    return 0;
  if (u8_check ((const uint8_t *) text, length) != NULL)
    abort ();
  struct wrap_layout layout;
  if (wrap_layout_compute (text, length, width, encoding, &layout) == 0)
    {
      check_layout ((const uint8_t *) text, length, &layout, width, encoding);
      wrap_layout_free (&layout);
    }
  free (text);
  return 0;
}
