/* The wrapping engine: lines of a display width, from UTF-8 text.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).

   Break opportunities are libunistring's (UAX #14) with the tailorings of
   src/breaks.c, widths are measured by grapheme cluster (UAX #29,
   src/clusters.c), and lines are filled first-fit (src/layout.c).  */

#ifndef OHCHR_MISSION_WRAP_H
#define OHCHR_MISSION_WRAP_H

#include <stdbool.h>
#include <stddef.h>

/* One line: the bytes [start, end) of the caller's text (the spaces at a
   break belong to no line).  */
struct wrap_line
{
  size_t start, end;
  bool hyphen;   /* the line ends at a soft hyphen: a '-' is shown after it */
};

struct wrap_layout
{
  struct wrap_line *lines;  /* COUNT lines, in order */
  size_t count;
};

/* Lay out the LENGTH bytes of TEXT, which must be valid UTF-8 (text from
   outside the program is checked with u8_check first), in lines at most
   WIDTH columns wide (0 is taken as 1).  ENCODING is the charset the
   output is written in, "UTF-8" normally; in a CJK legacy charset (GBK,
   BIG5, EUC-JP, EUC-KR...) the East Asian ambiguous characters count 2
   columns, as libunistring's width functions say.  Return 0, or -1 with
   errno ENOMEM (LAYOUT then holds nothing to free).

   A mandatory break (newline, CR LF, U+2028...) ends a line; its bytes
   belong to no line.  Breaking white space at either end of a line is left
   out of it: text made only of spaces gives no line, "a\n\nb" an empty
   line (start == end) between "a" and "b".  A line is wider than WIDTH
   only when it holds a single grapheme cluster, or an Arabic word (which
   is never cut) and the punctuation after it.  */
int wrap_layout_compute (const char *text, size_t length, size_t width,
                         const char *encoding, struct wrap_layout *layout);

/* Release what wrap_layout_compute allocated and empty LAYOUT.  */
void wrap_layout_free (struct wrap_layout *layout);

/* Display width in columns of the valid UTF-8 bytes S[0..N) written in
   ENCODING, by grapheme cluster: a cluster is as wide as its first
   character (uc_width; a control character or a soft hyphen counts 0),
   but an emoji sequence (an emoji with U+200D or U+FE0F, a flag, an emoji
   with a skin tone) counts 2.  SIZE_MAX with errno ENOMEM if memory runs
   out, which only a text longer than a kilobyte can need.  */
size_t wrap_display_width (const char *s, size_t n, const char *encoding);

#endif /* OHCHR_MISSION_WRAP_H */
