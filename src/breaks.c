/* Line break opportunities: libunistring's (UAX #14), tailored.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).

   u8_possible_linebreaks gives the opportunities of UAX #14 over the
   whole paragraph.  The places where this program departs from UAX #14
   are the functions below, each named for its rule, with its reason and
   the rule of UAX #14 it departs from.  They concern dashes and hyphens.  */

#ifdef HAVE_CONFIG_H
# include <config.h>
#endif

#include "breaks.h"

#include <stdbool.h>
#include <stdint.h>

#include <unictype.h>
#include <unilbrk.h>
#include <unistr.h>

#include "clusters.h"

/* Dash punctuation, hyphens apart: the en and em dashes, the horizontal
   bar, the two-em dash...  A hyphen joins the parts of a word, and UAX #14
   has rules of its own for it.  */
static bool
is_dash (ucs4_t uc)
{
  return uc_is_general_category (uc, UC_CATEGORY_Pd)
         && !uc_is_property_hyphen (uc);
}

/* Whether UC is a letter of a script written without spaces between its
   words (Han, Hiragana, Katakana, Hangul...): one between two of whose
   letters UAX #14 lets a line break.  */
static bool
is_letter_of_unspaced_script (ucs4_t uc, const char *encoding)
{
  return uc_is_general_category (uc, UC_CATEGORY_L)
         && breaks_between (uc, uc, encoding) == UC_BREAK_POSSIBLE;
}

/* Whether the character that ends at the offset END of the text S
   starts a word: it starts the text, or follows a breaking space.  */
static bool
starts_word (const uint8_t *s, size_t end)
{
  ucs4_t before;
  const uint8_t *start = u8_prev (&before, s + end, s);
  return start == NULL || start == s
         || (u8_prev (&before, start, s) != NULL
             && char_is_breaking_space (before));
}

/* A dash written against the word before it belongs to that word, as
   the Spanish raya does ("sociales—"): no line starts with it.  UAX #14
   lets a line break between a letter and an em dash (LB31).  Not in a
   script written without spaces, where a dash stands between words as
   any ideograph does: "权利——" may break before the dashes.  The
   opportunity is before the dash AFTER, BEFORE coming before it.  */
static bool
keeps_closing_dash_with_word (ucs4_t before, ucs4_t after,
                              const char *encoding)
{
  return is_dash (after) && !char_is_breaking_space (before)
         && !is_letter_of_unspaced_script (before, encoding);
}

/* A dash that opens an insertion belongs to its first word ("—civiles"):
   no line ends with it.  UAX #14 lets a line break between an en or em
   dash and a letter (LB31).  Not in a script written without spaces, as
   above.  The opportunity is after the dash BEFORE, which ends at the
   offset P of the text S, and AFTER follows it.  */
static bool
keeps_opening_dash_with_word (const uint8_t *s, size_t p, ucs4_t before,
                              ucs4_t after, const char *encoding)
{
  return is_dash (before) && !char_is_no_break_space (after)
         && !is_letter_of_unspaced_script (after, encoding)
         && starts_word (s, p);
}

/* A dash followed by a no-break space stays with it, and so with the word
   the no-break space holds on to: French writes "droits – civils" so
   that no line starts with "civils" after a dash.  UAX #14 lets a line
   break between an en dash (BA) and a no-break space (GL): LB12a forbids
   it after every class but SP, BA and HY.  BEFORE comes before AFTER.  */
static bool
keeps_dash_with_no_break_space (ucs4_t before, ucs4_t after)
{
  return is_dash (before) && char_is_no_break_space (after);
}

/* An option name keeps its leading hyphens ("--width"): no line ends with
   them.  UAX #14 lets a line break after "--" (LB20a, since Unicode 15.1,
   keeps a single one).  The opportunity is at P in S, before AFTER.  */
static bool
keeps_leading_hyphens_with_word (const uint8_t *s, size_t p, ucs4_t after)
{
  size_t start = p;
  while (start > 0 && s[start - 1] == '-')
    start--;
  return start < p && !char_is_breaking_space (after)
         && starts_word (s, start + 1);
}

char
breaks_between (ucs4_t before, ucs4_t after, const char *encoding)
{
  uint8_t pair[12];
  int first = u8_uctomb (pair, before, 6);
  int second = first > 0 ? u8_uctomb (pair + first, after, 6) : -1;
  if (second <= 0)
    return UC_BREAK_PROHIBITED;
  char breaks[sizeof pair];
  u8_possible_linebreaks (pair, first + second, encoding, breaks);
  return breaks[first];
}

void
breaks_find (const char *text, size_t length, const char *encoding,
             char *breaks)
{
  const uint8_t *s = (const uint8_t *) text;
  u8_possible_linebreaks (s, length, encoding, breaks);

  /* The tailorings only take opportunities away: look at each.  */
  for (size_t p = 1; p < length; p++)
    if (breaks[p] == UC_BREAK_POSSIBLE || breaks[p] == UC_BREAK_HYPHENATION)
      {
        ucs4_t before, after;
        u8_prev (&before, s + p, s);
        u8_mbtouc_unsafe (&after, s + p, length - p);
        if (keeps_closing_dash_with_word (before, after, encoding)
            || keeps_opening_dash_with_word (s, p, before, after, encoding)
            || keeps_dash_with_no_break_space (before, after)
            || keeps_leading_hyphens_with_word (s, p, after))
          breaks[p] = UC_BREAK_PROHIBITED;
      }
}
