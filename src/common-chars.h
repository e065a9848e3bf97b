/* What the wrapping engine knows of the common characters of the six
   languages without looking them up in libunistring's tables.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).

   Looking a character up in libunistring's tables costs instructions,
   and memory for each page of the tables the lookup touches.  The letters
   and punctuation of the six languages are few and sit in a few blocks:
   these functions answer for them from the code point alone, and say
   "not known" (-1, false) for the rest, which the engine then asks
   libunistring about.  The unit tests hold every answer here to
   libunistring's, code point by code point.  */

#ifndef OHCHR_MISSION_COMMON_CHARS_H
#define OHCHR_MISSION_COMMON_CHARS_H

#include <stdbool.h>

#include <unitypes.h>

/* The columns of UC if it is a "plain" character, or -1.  A plain
   character has the grapheme cluster break property Other, and its width
   is that of its block: the letters, digits and punctuation of the six
   languages.  ASCII is left to the caller.  */
static inline int
common_char_width (ucs4_t uc)
{
  if (uc < 0x0600)
    {
      /* Latin-1 and Latin Extended, but the soft hyphen U+00AD.  */
      if (uc < 0x0300)
        return uc >= 0x00A0 && uc != 0x00AD ? 1 : -1;
      if (uc < 0x0400)                         /* combining marks, Greek */
        return -1;
      /* Cyrillic, but its combining marks.  */
      return uc <= 0x0482 || (0x048A <= uc && uc <= 0x052F) ? 1 : -1;
    }
  if (uc < 0x2010)       /* Arabic punctuation, letters and digits */
    return (0x0620 <= uc && uc <= 0x064A) || (0x0660 <= uc && uc <= 0x066F)
           || (0x0671 <= uc && uc <= 0x06D3)
           || uc == 0x060C || uc == 0x061B || uc == 0x061F ? 1 : -1;
  if (uc < 0x3001)
    return uc <= 0x2027 ? 1 : -1;              /* dashes, quotation marks */
  if (uc < 0x4E00)
    return uc <= 0x3029 ? 2 : -1;              /* CJK punctuation */
  if (uc <= 0x9FFF)                            /* CJK ideographs */
    return 2;
  return 0xFF01 <= uc && uc <= 0xFF60 ? 2 : -1; /* full-width forms */
}

/* Whether UC is one of the Arabic vowel and other marks U+064B..U+065F:
   combining marks (grapheme cluster break property Extend) that take no
   column.  */
static inline bool
common_char_is_arabic_mark (ucs4_t uc)
{
  return 0x064B <= uc && uc <= 0x065F;
}

/* Whether UC is known to be a letter (general category L) of the Latin,
   Cyrillic or Arabic script, or a CJK ideograph.  ASCII is left to the
   caller.  */
static inline bool
common_char_is_letter (ucs4_t uc)
{
  static const struct
  {
    ucs4_t first, last;
  } letters[] =
  {
    { 0x00C0, 0x00D6 },   /* Latin-1 letters, but the multiplication sign */
    { 0x00D8, 0x00F6 },   /* and the division sign */
    { 0x00F8, 0x024F },   /* Latin Extended-A and -B */
    { 0x0400, 0x0481 },   /* Cyrillic letters, before the combining marks */
    { 0x048A, 0x052F },   /* and after them */
    { 0x0620, 0x063F },   /* Arabic letters, before the tatweel */
    { 0x0641, 0x064A },   /* and after it */
    { 0x0671, 0x06D3 },
    { 0x4E00, 0x9FFF },   /* CJK ideographs */
  };

  for (size_t i = 0; i < sizeof letters / sizeof letters[0]; i++)
    if (letters[i].first <= uc && uc <= letters[i].last)
      return true;
  return false;
}

/* Whether UAX #14 requires a line break after UC (line breaking classes
   BK, CR, LF and NL).  */
static inline bool
common_char_is_mandatory_break (ucs4_t uc)
{
  return (0x000A <= uc && uc <= 0x000D) || uc == 0x0085
         || uc == 0x2028 || uc == 0x2029;
}

#endif /* OHCHR_MISSION_COMMON_CHARS_H */
