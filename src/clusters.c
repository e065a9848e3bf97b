/* Grapheme clusters (UAX #29): the walk through a text, cluster by
   cluster, and the columns each takes.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).

   The boundaries are u8_grapheme_breaks's, over the whole text: in
   libunistring 1.0, u8_grapheme_next decides from a pair of characters
   alone, and so cuts a flag between its two regional indicators (rules
   GB12, GB13) and an emoji ZWJ sequence after each joiner (GB11).  */

#ifdef HAVE_CONFIG_H
# include <config.h>
#endif

#include "clusters.h"
#include "wrap.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>

#include <unictype.h>
#include <unigbrk.h>
#include <unistr.h>
#include <uniwidth.h>

enum { SOFT_HYPHEN = 0x00AD, ZERO_WIDTH_JOINER = 0x200D,
       VARIATION_SELECTOR_16 = 0xFE0F };

/* Columns of a character standing first in its cluster.  */
static size_t
base_width (ucs4_t uc, const char *encoding)
{
  /* The soft hyphen is not shown: a '-' is added at a break instead.
     Control characters have a negative uc_width.  */
  if (uc == SOFT_HYPHEN)
    return 0;
  int width = uc_width (uc, encoding);
  return width < 0 ? 0 : (size_t) width;
}

/* Whether UC, after BASE in the same cluster, makes an emoji sequence,
   which terminals show 2 columns wide whatever the width of BASE alone
   (a regional indicator alone is 1 column, a heart 1 before its U+FE0F).  */
static bool
makes_emoji_sequence (ucs4_t base, ucs4_t uc)
{
  if (uc == ZERO_WIDTH_JOINER || uc == VARIATION_SELECTOR_16)
    return uc_is_property_emoji (base)
           || uc_is_property_extended_pictographic (base);
  if (uc_is_property_regional_indicator (base)
      && uc_is_property_regional_indicator (uc))
    return true;
  return uc_is_property_emoji_modifier (uc);
}

bool
cluster_next (struct cluster_walk *walk, struct cluster *c)
{
  const uint8_t *s = (const uint8_t *) walk->text;
  size_t start = walk->pos;
  if (start >= walk->length)
    return false;

  size_t end = start + 1;
  while (end < walk->length && !walk->boundaries[end])
    end++;
  ucs4_t base;
  size_t base_end = start + u8_mbtouc_unsafe (&base, s + start, end - start);
  size_t width = base_width (base, walk->encoding);
  for (size_t i = base_end; i < end && width < 2;)
    {
      ucs4_t uc;
      i += u8_mbtouc_unsafe (&uc, s + i, end - i);
      if (makes_emoji_sequence (base, uc))
        width = 2;
    }
  bool single = base_end == end;
  *c = (struct cluster)
    {
      .start = start, .end = end, .base = base, .width = width,
      .is_space = single && char_is_breaking_space (base),
      .is_soft_hyphen = single && base == SOFT_HYPHEN
    };
  walk->pos = end;
  return true;
}

bool
char_is_no_break_space (ucs4_t uc)
{
  return uc_is_property_white_space (uc) && uc_is_property_non_break (uc);
}

bool
char_is_breaking_space (ucs4_t uc)
{
  return uc_is_property_white_space (uc) && !char_is_no_break_space (uc);
}

/* Boundaries of texts up to this long are found on the stack.  */
enum { SHORT_TEXT = 1024 };

size_t
wrap_display_width (const char *s, size_t n, const char *encoding)
{
  char short_boundaries[SHORT_TEXT];
  char *boundaries = short_boundaries;
  if (n > SHORT_TEXT && (boundaries = malloc (n)) == NULL)
    {
      errno = ENOMEM;
      return SIZE_MAX;
    }
  u8_grapheme_breaks ((const uint8_t *) s, n, boundaries);

  struct cluster_walk walk = { s, n, boundaries, encoding, 0 };
  struct cluster c;
  size_t width = 0;
  while (cluster_next (&walk, &c))
    width += c.width;
  if (boundaries != short_boundaries)
    free (boundaries);
  return width;
}
