/* Right-to-left text in visual order, with GNU FriBidi.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#include "system.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <fribidi.h>
#include <unistr.h>

#include "bidi.h"
#include "diagnostics.h"

struct bidi_paragraph
{
  size_t count;               /* characters, with the isolates' marks */
  FriBidiChar *characters;    /* as in the text */
  FriBidiChar *shaped;        /* joined and mirrored */
  FriBidiCharType *types;
  FriBidiLevel *levels;
  size_t *sources;            /* each character's byte offset in the text;
                                 an isolate's mark has its range's */
  FriBidiParType direction;   /* resolved: FRIBIDI_PAR_LTR or _RTL */
};

static void *
allocate (size_t count, size_t size)
{
  void *p = calloc (count != 0 ? count : 1, size);
  if (p == NULL)
    diag_out_of_memory ();
  return p;
}


/* What the text holds.  */

/* Whether a character of bidi type TYPE can change the order of the text
   around it: a right-to-left letter (R, AL), an Arabic digit (AN), or an
   explicit embedding, override or isolate.  */
static bool
type_reorders (FriBidiCharType type)
{
  return FRIBIDI_IS_RTL (type) || type == FRIBIDI_TYPE_AN
         || FRIBIDI_IS_EXPLICIT (type) || FRIBIDI_IS_ISOLATE (type);
}

/* The character at P, before END, and its length in *N.  */
static ucs4_t
utf8_character_at (const uint8_t *p, const uint8_t *end, size_t *n)
{
  ucs4_t uc;
  *n = (size_t) u8_mbtouc_unsafe (&uc, p, (size_t) (end - p));
  return uc;
}

bool
bidi_text_has_right_to_left (const char *text, size_t length)
{
  const uint8_t *p = (const uint8_t *) text, *end = p + length;
  while (p < end)
    {
      size_t n;
      ucs4_t uc = utf8_character_at (p, end, &n);
      if (uc >= 0x80 && type_reorders (fribidi_get_bidi_type (uc)))
        return true;
      p += n;
    }
  return false;
}

enum bidi_direction
bidi_text_direction (const char *text, size_t length,
                     enum bidi_direction direction)
{
  if (direction != BIDI_FROM_TEXT)
    return direction;
  /* P2: the first strong letter, passing over what isolates hold.  */
  const uint8_t *p = (const uint8_t *) text, *end = p + length;
  size_t isolated = 0;
  while (p < end)
    {
      size_t n;
      FriBidiCharType type
        = fribidi_get_bidi_type (utf8_character_at (p, end, &n));
      p += n;
      if (FRIBIDI_IS_ISOLATE (type))
        {
          if (type != FRIBIDI_TYPE_PDI)
            isolated++;
          else if (isolated > 0)
            isolated--;
        }
      else if (isolated == 0 && FRIBIDI_IS_LETTER (type))
        return FRIBIDI_IS_RTL (type) ? BIDI_RIGHT_TO_LEFT : BIDI_LEFT_TO_RIGHT;
    }
  /* P3: none, and the default is left to right.  */
  return BIDI_LEFT_TO_RIGHT;
}


/* A paragraph.  */

/* The paragraph's characters, and where each comes from, with an LRI
   before each range of ISOLATES and a PDI at its end.  */
static void
decode (struct bidi_paragraph *paragraph, const char *text, size_t length,
        const struct bidi_range *isolates, size_t count)
{
  size_t capacity = u8_mbsnlen ((const uint8_t *) text, length) + 2 * count;
  paragraph->characters = allocate (capacity, sizeof (FriBidiChar));
  paragraph->sources = allocate (capacity, sizeof (size_t));
  size_t n = 0, next_isolate = 0;
  bool in_isolate = false;
  for (size_t at = 0; ; )
    {
      /* The marks that stand before the character at AT.  */
      if (in_isolate && isolates[next_isolate].end == at)
        {
          paragraph->sources[n] = at;
          paragraph->characters[n++] = FRIBIDI_CHAR_PDI;
          in_isolate = false;
          next_isolate++;
        }
      if (!in_isolate && next_isolate < count
          && isolates[next_isolate].start == at
          && isolates[next_isolate].end > at)
        {
          paragraph->sources[n] = at;
          paragraph->characters[n++] = FRIBIDI_CHAR_LRI;
          in_isolate = true;
        }
      if (at >= length)
        break;
      size_t bytes;
      paragraph->sources[n] = at;
      paragraph->characters[n++]
        = utf8_character_at ((const uint8_t *) text + at,
                             (const uint8_t *) text + length, &bytes);
      at += bytes;
    }
  paragraph->count = n;
}

struct bidi_paragraph *
bidi_paragraph_new (const char *text, size_t length,
                    enum bidi_direction direction,
                    const struct bidi_range *isolates, size_t count,
                    bool shape)
{
  struct bidi_paragraph *paragraph = allocate (1, sizeof *paragraph);
  decode (paragraph, text, length, isolates, count);
  /* FriBidi counts in ints: a longer paragraph cannot be laid out.  */
  if (paragraph->count > INT_MAX)
    diag_out_of_memory ();
  FriBidiStrIndex n = (FriBidiStrIndex) paragraph->count;
  paragraph->types = allocate (n, sizeof (FriBidiCharType));
  paragraph->levels = allocate (n, sizeof (FriBidiLevel));
  paragraph->shaped = allocate (n, sizeof (FriBidiChar));
  FriBidiBracketType *brackets = allocate (n, sizeof (FriBidiBracketType));
  FriBidiArabicProp *joining = allocate (n, sizeof (FriBidiArabicProp));

  /* Rules P2 to I2, over the whole paragraph.  */
  fribidi_get_bidi_types (paragraph->characters, n, paragraph->types);
  fribidi_get_bracket_types (paragraph->characters, n, paragraph->types,
                             brackets);
  FriBidiParType base = direction == BIDI_RIGHT_TO_LEFT ? FRIBIDI_PAR_RTL
                        : direction == BIDI_LEFT_TO_RIGHT ? FRIBIDI_PAR_LTR
                        : FRIBIDI_PAR_ON;
  if (n > 0 && fribidi_get_par_embedding_levels_ex (paragraph->types,
                                                    brackets, n, &base,
                                                    paragraph->levels) == 0)
    diag_out_of_memory ();
  paragraph->direction = FRIBIDI_IS_RTL (base) ? FRIBIDI_PAR_RTL
                                               : FRIBIDI_PAR_LTR;

  /* Arabic joining (the joining types of Unicode's ArabicShaping.txt)
     and mirroring (rule L4) depend on the levels, not on the lines.  */
  memcpy (paragraph->shaped, paragraph->characters,
          paragraph->count * sizeof (FriBidiChar));
  FriBidiFlags flags = FRIBIDI_FLAG_SHAPE_MIRRORING;
  if (shape)
    {
      fribidi_get_joining_types (paragraph->characters, n, joining);
      fribidi_join_arabic (paragraph->types, n, paragraph->levels, joining);
      flags |= FRIBIDI_FLAGS_ARABIC;
    }
  fribidi_shape (flags, paragraph->levels, n, shape ? joining : NULL,
                 paragraph->shaped);
  free (brackets);
  free (joining);
  return paragraph;
}

bool
bidi_paragraph_is_right_to_left (const struct bidi_paragraph *paragraph)
{
  return paragraph->direction == FRIBIDI_PAR_RTL;
}

void
bidi_paragraph_free (struct bidi_paragraph *paragraph)
{
  if (paragraph == NULL)
    return;
  free (paragraph->characters);
  free (paragraph->shaped);
  free (paragraph->types);
  free (paragraph->levels);
  free (paragraph->sources);
  free (paragraph);
}


/* A line.  */

/* The index of the first character whose source is at or after the byte
   OFFSET: an isolate's opening mark belongs to the line its range starts
   in.  */
static size_t
character_at (const struct bidi_paragraph *paragraph, size_t offset)
{
  size_t low = 0, high = paragraph->count;
  while (low < high)
    {
      size_t middle = low + (high - low) / 2;
      if (paragraph->sources[middle] < offset)
        low = middle + 1;
      else
        high = middle;
    }
  return low;
}

/* Whether the character C of bidi type TYPE is left out of the visual
   line: the directional formatting characters, which have done their
   work (rule X9 removes them, and LRM and RLM show nothing), the
   boundary neutrals (soft hyphens, joiners), and the fillers FriBidi
   leaves where two letters became one ligature.  */
static bool
is_hidden (FriBidiChar c, FriBidiCharType type, FriBidiChar shaped)
{
  return FRIBIDI_IS_EXPLICIT_OR_BN (type) || FRIBIDI_IS_ISOLATE (type)
         || c == FRIBIDI_CHAR_LRM || c == FRIBIDI_CHAR_RLM || c == 0x061C
         || shaped == FRIBIDI_CHAR_FILL;
}

/* Append the character C, from the byte SOURCE of the paragraph, to
   LINE, which has room for it: four bytes, and the final NUL.  */
static void
append (struct bidi_line *line, size_t *characters, FriBidiChar c,
        size_t source)
{
  int n = u8_uctomb ((uint8_t *) line->text + line->length, c, 4);
  if (n > 0)
    {
      line->length += (size_t) n;
      line->sources[(*characters)++] = source;
    }
}

enum { SOFT_HYPHEN = 0x00AD };

void
bidi_paragraph_line (struct bidi_paragraph *paragraph, size_t start,
                     size_t end, bool hyphen, struct bidi_line *line)
{
  size_t first = character_at (paragraph, start);
  size_t count = character_at (paragraph, end) - first;
  /* Rules L1 to L3 (L4 is done): on copies, so that each line is laid out
     from the paragraph's levels alone.  */
  FriBidiLevel *levels = allocate (count, sizeof (FriBidiLevel));
  FriBidiChar *visual = allocate (count, sizeof (FriBidiChar));
  FriBidiStrIndex *map = allocate (count, sizeof (FriBidiStrIndex));
  memcpy (levels, paragraph->levels + first, count * sizeof (FriBidiLevel));
  memcpy (visual, paragraph->shaped + first, count * sizeof (FriBidiChar));
  for (size_t i = 0; i < count; i++)
    map[i] = (FriBidiStrIndex) i;
  if (count > 0
      && fribidi_reorder_line (FRIBIDI_FLAG_REORDER_NSM,
                               paragraph->types + first,
                               (FriBidiStrIndex) count, 0,
                               paragraph->direction, levels, visual,
                               map) == 0)
    diag_out_of_memory ();

  /* A '-' where the line breaks at a soft hyphen: in its place when the
     soft hyphen ends the line, as the engine breaks after it.  */
  size_t last = count > 0 ? first + count - 1 : first;
  bool hyphen_in_place = hyphen && count > 0
                         && paragraph->characters[last] == SOFT_HYPHEN;
  bool hyphen_before = hyphen && !hyphen_in_place
                       && paragraph->direction == FRIBIDI_PAR_RTL;
  bool hyphen_after = hyphen && !hyphen_in_place && !hyphen_before;

  *line = (struct bidi_line) { allocate (4 * (count + 1) + 1, 1), 0,
                               allocate (count + 1, sizeof (size_t)) };
  size_t characters = 0;
  if (hyphen_before)
    append (line, &characters, '-', BIDI_NO_SOURCE);
  for (size_t v = 0; v < count; v++)
    {
      size_t i = first + (size_t) map[v];
      if (hyphen_in_place && i == last)
        append (line, &characters, '-', BIDI_NO_SOURCE);
      else if (!is_hidden (paragraph->characters[i], paragraph->types[i],
                           visual[v]))
        append (line, &characters, visual[v], paragraph->sources[i]);
    }
  if (hyphen_after)
    append (line, &characters, '-', BIDI_NO_SOURCE);
  line->text[line->length] = '\0';
  free (levels);
  free (visual);
  free (map);
}

void
bidi_line_free (struct bidi_line *line)
{
  free (line->text);
  free (line->sources);
  *line = (struct bidi_line) { NULL, 0, NULL };
}

size_t
bidi_line_indent (const struct bidi_paragraph *paragraph, size_t line_width,
                  size_t field_width)
{
  if (paragraph->direction != FRIBIDI_PAR_RTL || line_width >= field_width)
    return 0;
  return field_width - line_width;
}
