/* Making text from outside the program valid UTF-8.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#ifdef HAVE_CONFIG_H
# include <config.h>
#endif

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistr.h>

#include "utf8-repair.h"

static const uint8_t replacement_character[] = { 0xEF, 0xBF, 0xBD };  /* U+FFFD */

/* Length of the maximal subpart of the ill-formed sequence that starts at
   S[0], S being N > 0 bytes long: its first byte and the following bytes
   that could still begin a well-formed sequence (Unicode, section 3.9,
   "U+FFFD Substitution of Maximal Subparts", and table 3-7).  */
static size_t
maximal_subpart_length (const uint8_t *s, size_t n)
{
  uint8_t lead = s[0];
  size_t continuations;
  uint8_t low = 0x80;  /* range of the byte after LEAD */
  uint8_t high = 0xBF;

  if (0xC2 <= lead && lead <= 0xDF)
    continuations = 1;
  else if (0xE0 <= lead && lead <= 0xEF)
    {
      continuations = 2;
      if (lead == 0xE0)
        low = 0xA0;   /* no overlong form */
      else if (lead == 0xED)
        high = 0x9F;  /* no surrogate */
    }
  else if (0xF0 <= lead && lead <= 0xF4)
    {
      continuations = 3;
      if (lead == 0xF0)
        low = 0x90;   /* no overlong form */
      else if (lead == 0xF4)
        high = 0x8F;  /* nothing above U+10FFFF */
    }
  else
    return 1;

  size_t length = 1;
  while (length <= continuations && length < n
         && low <= s[length] && s[length] <= high)
    {
      length++;
      low = 0x80;
      high = 0xBF;
    }
  return length;
}

/* The length of a well-formed sequence that starts with LEAD, or 0 if no
   well-formed sequence does.  */
static size_t
sequence_length (uint8_t lead)
{
  if (lead < 0x80)
    return 1;
  if (0xC2 <= lead && lead <= 0xDF)
    return 2;
  if (0xE0 <= lead && lead <= 0xEF)
    return 3;
  if (0xF0 <= lead && lead <= 0xF4)
    return 4;
  return 0;
}

/* Whether B is a continuation byte, 10xxxxxx.  */
static bool
is_continuation (uint8_t b)
{
  return (b & 0xC0) == 0x80;
}

/* Whether S starts with a well-formed two-byte sequence.  */
static bool
is_two_byte_char (const uint8_t *s, const uint8_t *end)
{
  return end - s >= 2 && (uint8_t) (s[0] - 0xC2) <= 0xDF - 0xC2
         && is_continuation (s[1]);
}

/* Whether S starts with a well-formed three-byte sequence whose lead
   byte allows any continuation bytes (not E0 nor ED).  */
static bool
is_common_three_byte_char (const uint8_t *s, const uint8_t *end)
{
  return end - s >= 3 && (uint8_t) (s[0] - 0xE1) <= 0xEF - 0xE1
         && s[0] != 0xED && is_continuation (s[1]) && is_continuation (s[2]);
}

bool
utf8_is_valid (const char *text, size_t length)
{
  const uint8_t *s = (const uint8_t *) text;
  const uint8_t *end = s + length;

  while (s < end)
    {
      uint8_t lead = *s;
      if (lead < 0x80)
        {
          /* Most text is mostly ASCII: eight bytes at a time.  */
          uint64_t word;
          while (end - s >= 8
                 && (memcpy (&word, s, 8), (word & 0x8080808080808080u) == 0))
            s += 8;
          while (s < end && *s < 0x80)
            s++;
          continue;
        }
      /* Runs of the two-byte letters of Latin, Cyrillic and Arabic
         script, and of the three-byte ones of Chinese.  */
      if (is_two_byte_char (s, end))
        {
          do
            s += 2;
          while (is_two_byte_char (s, end));
          continue;
        }
      if (is_common_three_byte_char (s, end))
        {
          do
            s += 3;
          while (is_common_three_byte_char (s, end));
          continue;
        }
      size_t expected = sequence_length (lead);
      if (expected == 0 || (size_t) (end - s) < expected
          || maximal_subpart_length (s, end - s) != expected)
        return false;
      s += expected;
    }
  return true;
}

/* Copy S[0..N) to OUT with U+FFFD in place of each maximal subpart of an
   ill-formed sequence, and return the length of the copy.  With OUT null,
   only return the length.  */
static size_t
replace_invalid_sequences (const uint8_t *s, size_t n, uint8_t *out)
{
  size_t size = 0;
  size_t i = 0;

  while (i < n)
    {
      ucs4_t uc;
      int length = u8_mbtoucr (&uc, s + i, n - i);
      const uint8_t *piece = s + i;
      size_t piece_length;

      if (length < 0)
        {
          piece = replacement_character;
          piece_length = sizeof replacement_character;
          i += maximal_subpart_length (s + i, n - i);
        }
      else
        {
          piece_length = length;
          i += piece_length;
        }
      if (out != NULL)
        memcpy (out + size, piece, piece_length);
      size += piece_length;
    }
  return size;
}

char *
utf8_repair (const char *text, size_t length, size_t *result_length)
{
  const uint8_t *s = (const uint8_t *) text;
  /* Each byte grows to at most the 3 bytes of U+FFFD.  */
  if (length > (SIZE_MAX - 1) / sizeof replacement_character)
    return NULL;
  size_t size = replace_invalid_sequences (s, length, NULL);
  uint8_t *copy = malloc (size + 1);
  if (copy == NULL)
    return NULL;
  replace_invalid_sequences (s, length, copy);
  copy[size] = '\0';
  if (result_length != NULL)
    *result_length = size;
  return (char *) copy;
}
