/* Line break opportunities of text made of common characters.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).

   The wrapping engine needs break opportunities a few words at a time.
   For the letters, spaces and punctuation of the six languages, the rules
   of UAX #14 that apply are few and look at no more than the characters
   on either side of a run of spaces; they are written out here, so that
   the common case costs neither libunistring's instructions nor the
   memory of the pages of its tables.  Text with any other character goes
   to libunistring.  The unit tests hold this to u8_possible_linebreaks
   for every known character and every short string of the classes.  */

#ifdef HAVE_CONFIG_H
# include <config.h>
#endif

#include "common-breaks.h"

#include <stdint.h>

#include <unilbrk.h>

#include "common-chars.h"
#include "utf8-repair.h"

static bool
is_opening (enum common_break_class c)
{
  return c == COMMON_BREAK_OP || c == COMMON_BREAK_OP_WIDE;
}

/* What the rules say of a position.  */
enum verdict
{
  NO_BREAK,
  BREAK,
  UNSURE      /* the versions of UAX #14 differ: libunistring decides */
};

/* Whether a line may break before a character of class NEXT, the last
   character before it that is no space being of class BEFORE, with
   spaces between them if SPACES.  The rules of UAX #14 are named by
   their numbers.  */
static enum verdict
may_break (enum common_break_class before, bool spaces,
           enum common_break_class next)
{
  switch (next)
    {
    case COMMON_BREAK_SP:                        /* LB7: x SP */
    case COMMON_BREAK_CL: case COMMON_BREAK_CP:  /* LB13: x CL, x CP, */
    case COMMON_BREAK_EX:                        /* x EX */
      return NO_BREAK;
    case COMMON_BREAK_IS:
      /* x IS; but since Unicode 15.1, SP / IS NU (LB15c), which needs
         the character after the IS.  */
      return spaces ? UNSURE : NO_BREAK;
    default:
      break;
    }
  if (is_opening (before))                       /* LB14: OP SP* x */
    return NO_BREAK;
  if (before == COMMON_BREAK_CL && next == COMMON_BREAK_NS)
    return NO_BREAK;                             /* LB16: CL SP* x NS */
  if (before == COMMON_BREAK_B2 && next == COMMON_BREAK_B2)
    return NO_BREAK;                             /* LB17: B2 SP* x B2 */
  if (spaces)
    {
      /* libunistring breaks between CP SP+ and NS, which LB16 forbids;
         LB15 (QU SP* x OP) went in Unicode 15.1.  */
      if ((before == COMMON_BREAK_CP && next == COMMON_BREAK_NS)
          || (before == COMMON_BREAK_QU && is_opening (next)))
        return UNSURE;
      return BREAK;                              /* LB18: SP / */
    }
  /* Nothing but the two characters now.  */
  if (before == COMMON_BREAK_GL || before == COMMON_BREAK_QU
      || next == COMMON_BREAK_QU)
    return NO_BREAK;                             /* LB12: GL x; LB19 */
  switch (next)
    {
    case COMMON_BREAK_GL:                        /* LB12a: [^SP BA] x GL */
      return before == COMMON_BREAK_BA ? BREAK : NO_BREAK;
    case COMMON_BREAK_NS:                        /* LB21: x NS, */
    case COMMON_BREAK_BA:                        /* x BA */
      return NO_BREAK;
    case COMMON_BREAK_AL:
      if (before == COMMON_BREAK_IS)             /* LB29: IS x AL, which */
        return UNSURE;                           /* libunistring breaks */
      /* LB23: NU x AL; LB28: AL x AL; LB30: CP x AL.  */
      return before == COMMON_BREAK_NU || before == COMMON_BREAK_AL
             || before == COMMON_BREAK_CP ? NO_BREAK : BREAK;
    case COMMON_BREAK_NU:
      if (before == COMMON_BREAK_IS)             /* LB25 in its versions */
        return UNSURE;
      /* LB23: AL x NU; LB25: NU x NU; LB30: CP x NU.  */
      return before == COMMON_BREAK_AL || before == COMMON_BREAK_NU
             || before == COMMON_BREAK_CP ? NO_BREAK : BREAK;
    case COMMON_BREAK_OP:                        /* LB30: (AL | NU) x OP */
      return before == COMMON_BREAK_AL || before == COMMON_BREAK_NU
             ? NO_BREAK : BREAK;
    default:
      return BREAK;                              /* LB31 */
    }
}

bool
common_breaks (const char *text, size_t n, char *breaks)
{
  const uint8_t *s = (const uint8_t *) text;
  enum common_break_class before = COMMON_BREAK_UNKNOWN;
  bool spaces = false;
  size_t length;

  for (size_t i = 0; i < n; i += length)
    {
      enum common_break_class next;
      if (s[i] < 0x80)
        {
          length = 1;
          next = common_ascii_break_class (s[i]);
        }
      else
        next = common_char_break_class (utf8_decode_valid (s + i, &length));
      if (next == COMMON_BREAK_UNKNOWN)
        return false;

      for (size_t j = 1; j < length; j++)
        breaks[i + j] = UC_BREAK_PROHIBITED;
      if (next == COMMON_BREAK_CM)
        {
          /* LB9: a mark takes the class of the character it follows.
             After a space or at the start (LB10), it is left to
             libunistring.  */
          if (spaces || before == COMMON_BREAK_UNKNOWN)
            return false;
          breaks[i] = UC_BREAK_PROHIBITED;
          continue;
        }
      if (before == COMMON_BREAK_UNKNOWN)
        {
          /* libunistring has ways of its own at the start of a text
             (after leading spaces, after a leading comma): the text must
             start with a letter, and no break comes before it (LB2).  */
          if (next != COMMON_BREAK_AL && next != COMMON_BREAK_ID)
            return false;
          breaks[i] = UC_BREAK_PROHIBITED;
        }
      else
        switch (may_break (before, spaces, next))
          {
          case NO_BREAK:
            breaks[i] = UC_BREAK_PROHIBITED;
            break;
          case BREAK:
            breaks[i] = UC_BREAK_POSSIBLE;
            break;
          default:
            return false;
          }
      if (next == COMMON_BREAK_SP)
        spaces = true;
      else
        {
          before = next;
          spaces = false;
        }
    }
  return true;
}
