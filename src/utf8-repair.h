/* Making text from outside the program valid UTF-8, and reading it.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#ifndef OHCHR_UTF8_REPAIR_H
#define OHCHR_UTF8_REPAIR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <unitypes.h>

/* Return a malloc'd, NUL-terminated copy of the LENGTH bytes of TEXT in
   which each maximal ill-formed sequence is replaced by U+FFFD, and store
   its length in *RESULT_LENGTH if that is not NULL.  NULL if out of
   memory.  */
char *utf8_repair (const char *text, size_t length, size_t *result_length);

/* Whether the LENGTH bytes of TEXT are well-formed UTF-8 (what u8_check
   says, several times faster on text that is mostly ASCII).  */
bool utf8_is_valid (const char *text, size_t length);

/* The character at S, which must be valid UTF-8, and its length in
   *LENGTH: faster than u8_mbtouc, which checks again.  */
static inline ucs4_t
utf8_decode_valid (const uint8_t *s, size_t *length)
{
  if (s[0] < 0x80)
    {
      *length = 1;
      return s[0];
    }
  if (s[0] < 0xE0)
    {
      *length = 2;
      return ((ucs4_t) (s[0] & 0x1F) << 6) | (s[1] & 0x3F);
    }
  if (s[0] < 0xF0)
    {
      *length = 3;
      return ((ucs4_t) (s[0] & 0x0F) << 12) | ((ucs4_t) (s[1] & 0x3F) << 6)
             | (s[2] & 0x3F);
    }
  *length = 4;
  return ((ucs4_t) (s[0] & 0x07) << 18) | ((ucs4_t) (s[1] & 0x3F) << 12)
         | ((ucs4_t) (s[2] & 0x3F) << 6) | (s[3] & 0x3F);
}

#endif
