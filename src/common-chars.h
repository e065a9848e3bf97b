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
#include <stddef.h>

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
  if (uc < 0x3001)      /* dashes, quotation marks, narrow no-break space */
    return uc <= 0x2027 || uc == 0x202F ? 1 : -1;
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

/* The line breaking classes of UAX #14 that common_breaks handles, with
   the characters of each that the six languages use.  */
enum common_break_class
{
  COMMON_BREAK_UNKNOWN,  /* none of these: libunistring decides */
  COMMON_BREAK_AL,       /* letters of alphabets */
  COMMON_BREAK_ID,       /* ideographs */
  COMMON_BREAK_SP,       /* the space U+0020 */
  COMMON_BREAK_CM,       /* combining marks */
  COMMON_BREAK_GL,       /* no-break spaces */
  COMMON_BREAK_IS,       /* infix separators: , . : ; */
  COMMON_BREAK_EX,       /* ! ? */
  COMMON_BREAK_CL,       /* closing punctuation */
  COMMON_BREAK_CP,       /* closing parentheses */
  COMMON_BREAK_OP,       /* narrow opening punctuation */
  COMMON_BREAK_OP_WIDE,  /* wide opening punctuation (after a letter, a
                            break is allowed before it) */
  COMMON_BREAK_NS,       /* nonstarters */
  COMMON_BREAK_NU,       /* digits */
  COMMON_BREAK_QU,       /* ambiguous quotation marks: ' " */
  COMMON_BREAK_BA,       /* the en dash */
  COMMON_BREAK_B2        /* the em dash */
};

/* The line breaking class of the printable ASCII character C.  */
static inline enum common_break_class
common_ascii_break_class (unsigned char c)
{
  if (('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z'))
    return COMMON_BREAK_AL;
  if ('0' <= c && c <= '9')
    return COMMON_BREAK_NU;
  switch (c)
    {
    case '\'': case '"':
      return COMMON_BREAK_QU;
    case ' ':
      return COMMON_BREAK_SP;
    case ',': case '.': case ':': case ';':
      return COMMON_BREAK_IS;
    case '!': case '?':
      return COMMON_BREAK_EX;
    case '(': case '[': case '{':
      return COMMON_BREAK_OP;
    case ')': case ']':
      return COMMON_BREAK_CP;
    case '}':
      return COMMON_BREAK_CL;
    default:
      return COMMON_BREAK_UNKNOWN;
    }
}

/* The line breaking class of UC, if it is one of the characters known
   here.  */
static inline enum common_break_class
common_char_break_class (ucs4_t uc)
{
  if (uc < 0x80)
    return common_ascii_break_class ((unsigned char) uc);
  if (common_char_is_letter (uc))
    return uc >= 0x4E00 ? COMMON_BREAK_ID : COMMON_BREAK_AL;
  if (common_char_is_arabic_mark (uc)
      || (0x0300 <= uc && uc <= 0x034E)   /* combining diacritical marks, */
      || (0x0350 <= uc && uc <= 0x035B)   /* but the grapheme joiner and */
      || (0x0363 <= uc && uc <= 0x036F))  /* the double diacritics */
    return COMMON_BREAK_CM;
  switch (uc)
    {
    case 0x00A0: case 0x202F:
      return COMMON_BREAK_GL;
    case 0x060C:
      return COMMON_BREAK_IS;
    case 0x061B: case 0x061F: case 0xFF01: case 0xFF1F:
      return COMMON_BREAK_EX;
    case 0x3001: case 0x3002: case 0x300B: case 0x300D: case 0x300F:
    case 0xFF09: case 0xFF0C: case 0xFF0E:
      return COMMON_BREAK_CL;
    case 0x300A: case 0x300C: case 0x300E: case 0xFF08:
      return COMMON_BREAK_OP_WIDE;
    case 0xFF1A: case 0xFF1B:
      return COMMON_BREAK_NS;
    case 0x2013:
      return COMMON_BREAK_BA;
    case 0x2014:
      return COMMON_BREAK_B2;
    default:
      return COMMON_BREAK_UNKNOWN;
    }
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
