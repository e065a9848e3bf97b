/* Where a right-to-left paragraph needs directional marks.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#include "system.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <fribidi.h>
#include <unistr.h>

#include "bidi-marks.h"
#include "diagnostics.h"

/* The character at P, before END, and its length in *N.  */
static ucs4_t
decode (const uint8_t *p, const uint8_t *end, size_t *n)
{
  ucs4_t uc;
  *n = (size_t) u8_mbtouc_unsafe (&uc, p, (size_t) (end - p));
  return uc;
}

/* What a character is to a left-to-right run.  */
enum run_part
{
  RUN_STRONG,     /* a Latin letter or a European digit: the run's core */
  RUN_JOINER,     /* ASCII punctuation, a space, a combining mark: in the
                     run when more of its core follows */
  RUN_END         /* anything else: a right-to-left letter, an Arabic
                     comma, a line separator */
};

static enum run_part
run_part_of (ucs4_t c)
{
  FriBidiCharType type = fribidi_get_bidi_type (c);
  if (type == FRIBIDI_TYPE_LTR || type == FRIBIDI_TYPE_EN)
    return RUN_STRONG;
  if (type == FRIBIDI_TYPE_NSM || type == FRIBIDI_TYPE_BN)
    return RUN_JOINER;
  /* Brackets are left out: a pair stays whole outside the run, and rule
     N0 gives it the direction of what it holds.  */
  if (c < 0x80 && strchr ("()[]{}<>", (int) c) == NULL
      && (FRIBIDI_IS_NUMBER_SEPARATOR_OR_TERMINATOR (type)
          || type == FRIBIDI_TYPE_ON || type == FRIBIDI_TYPE_WS))
    return RUN_JOINER;
  return RUN_END;
}

/* Whether the ASCII byte C is a sign or separator that belongs to the
   number or word right after it: "-3", "--width", "+1", "./x".  */
static bool
is_leading_sign (unsigned char c)
{
  FriBidiCharType type = fribidi_get_bidi_type (c);
  return c < 0x80 && (type == FRIBIDI_TYPE_ES || type == FRIBIDI_TYPE_ET
                      || type == FRIBIDI_TYPE_CS);
}

size_t
bidi_marks_left_to_right_runs (const char *text, size_t length,
                               struct bidi_range **runs)
{
  const uint8_t *s = (const uint8_t *) text;
  size_t count = 0, capacity = 0;
  *runs = NULL;
  size_t at = 0, previous_end = 0;
  while (at < length)
    {
      size_t n;
      ucs4_t c = decode (s + at, s + length, &n);
      if (run_part_of (c) != RUN_STRONG)
        {
          at += n;
          continue;
        }
      size_t start = at;
      while (start > previous_end && is_leading_sign (s[start - 1]))
        start--;
      /* Forward while the characters can belong; the run ends after its
         last strong one.  */
      size_t end = at + n;
      for (at = end; at < length; at += n)
        {
          enum run_part part = run_part_of (decode (s + at, s + length, &n));
          if (part == RUN_END)
            break;
          if (part == RUN_STRONG)
            end = at + n;
        }
      if (count == capacity)
        {
          capacity = capacity != 0 ? 2 * capacity : 8;
          struct bidi_range *grown = realloc (*runs, capacity * sizeof **runs);
          if (grown == NULL)
            diag_out_of_memory ();
          *runs = grown;
        }
      (*runs)[count++] = (struct bidi_range) { start, end };
      at = previous_end = end;
    }
  return count;
}
