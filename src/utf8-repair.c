/* Making text from outside the program valid UTF-8.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#ifdef HAVE_CONFIG_H
# include <config.h>
#endif

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistr.h>

#include "utf8-repair.h"

/* U+FFFD REPLACEMENT CHARACTER, in UTF-8.  */
static const uint8_t replacement_character[] = { 0xEF, 0xBF, 0xBD };

/* The length of the maximal subpart of the ill-formed sequence that
   starts at S[0], S being N > 0 bytes long: the longest start of it that
   could still begin a well-formed sequence, which u8_mbtoucr calls
   incomplete, or else its first byte (Unicode, section 3.9, "U+FFFD
   Substitution of Maximal Subparts").  */
static size_t
maximal_subpart_length (const uint8_t *s, size_t n)
{
  size_t length = 1;
  ucs4_t uc;
  while (length < n && u8_mbtoucr (&uc, s, length + 1) == -2)
    length++;
  return length;
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
