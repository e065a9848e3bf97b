/* The wrapping engine: lines of a display width, from UTF-8 text.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).

   The engine lays out a paragraph of Unicode text in lines of a given
   number of terminal columns.  It works on UTF-8 whatever the locale:
   break opportunities follow UAX #14 (as libunistring computes them, or
   common_breaks for the common characters of the six languages), widths
   are measured per grapheme cluster (UAX #29), and lines are filled
   first-fit.  */

#ifndef OHCHR_MISSION_WRAP_H
#define OHCHR_MISSION_WRAP_H

#include <stdbool.h>
#include <stddef.h>

/* One line of a wrapped paragraph: the bytes [start, end) of the text the
   layout was computed on (spaces at the break are outside the range).  */
struct wrap_line
{
  size_t start;
  size_t end;
  bool hyphen;   /* the line ends at a soft hyphen: a '-' is shown after it */
};

struct wrap_layout
{
  char *text;               /* valid UTF-8 the lines index into: the caller's
                               text itself when it was valid UTF-8 (not owned,
                               then), or an owned copy with each invalid byte
                               sequence replaced by U+FFFD */
  bool text_owned;
  size_t length;            /* bytes in TEXT */
  struct wrap_line *lines;  /* COUNT lines, in order */
  size_t count;
};

/* Lay out the LENGTH bytes of TEXT in lines at most WIDTH columns wide
   (WIDTH >= 1).  Returns 0, or -1 with errno ENOMEM.

   A mandatory break (newline, CR LF, form feed, U+2028...) ends a line;
   its bytes belong to no line.  Breaking whitespace (space, tab, U+3000...)
   at the start or the end of a line is left out of it, so empty input and
   input made only of spaces give no line at all, while "a\n\nb" gives an
   empty line (start == end) between "a" and "b".  A line is wider than
   WIDTH only when it holds a single grapheme cluster wider than WIDTH.

   On success, release LAYOUT with wrap_layout_free.  On failure, LAYOUT
   holds nothing that needs freeing (wrap_layout_free is harmless).  */
int wrap_layout_compute (const char *text, size_t length, size_t width,
                         struct wrap_layout *layout);

/* The same, for TEXT that the caller knows to be valid UTF-8 (the
   statement's texts are checked when they are looked up): it is not
   checked again, and LAYOUT's text is TEXT itself.  */
int wrap_layout_compute_valid (const char *text, size_t length, size_t width,
                               struct wrap_layout *layout);

/* The same layout as wrap_layout_compute's, with the break opportunities
   of the whole text computed at once rather than near each line's end:
   the reference the tests and the fuzzer hold wrap_layout_compute to.  */
int wrap_layout_compute_reference (const char *text, size_t length,
                                   size_t width, struct wrap_layout *layout);

/* Release what wrap_layout_compute allocated in LAYOUT and reset it to an
   empty layout.  The caller's text is never freed.  */
void wrap_layout_free (struct wrap_layout *layout);

/* Display width in columns of the valid UTF-8 bytes S[0..N), by grapheme
   cluster: a cluster is as wide as its first character (uc_width, control
   characters count 0, a soft hyphen counts 0), except that an emoji
   sequence (an emoji with U+200D or U+FE0F, a flag made of two regional
   indicators, an emoji with a skin-tone modifier) counts 2.  */
size_t wrap_display_width (const char *s, size_t n);

/* Convenience: the wrapped text as one malloc'd NUL-terminated string,
   lines joined by '\n' (no final newline), soft hyphens (U+00AD) removed,
   '-' after each line whose hyphen flag is set.  NULL with errno ENOMEM on
   failure.  For the tests (src/wrap-to-string.c, not linked into the
   program, which renders from the layout itself).  */
char *wrap_to_string (const char *text, size_t length, size_t width);

#endif /* OHCHR_MISSION_WRAP_H */
