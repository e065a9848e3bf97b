/* Right-to-left text in visual order, with GNU FriBidi: a wrapped
   paragraph's lines reordered by the Unicode Bidirectional Algorithm,
   Arabic letters joined, right-to-left lines aligned to the right.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).

   UAX #9 resolves the embedding levels of a whole paragraph (rules P2 to
   I2), and only then, once the paragraph is broken into lines, reorders
   each line (rules L1 to L4).  The paragraph is wrapped in logical order
   by the wrapping engine; this module does the rest, line by line.  */

#ifndef OHCHR_BIDI_H
#define OHCHR_BIDI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The direction of a paragraph (UAX #9 rules P2 and P3, or the
   higher-level protocol HL1 when the text's language says it).  */
enum bidi_direction
{
  BIDI_FROM_TEXT,           /* its first strong letter's; left to right
                               when it has none */
  BIDI_LEFT_TO_RIGHT,
  BIDI_RIGHT_TO_LEFT
};

/* Whether the valid UTF-8 TEXT[0..LENGTH) holds a character that can
   change the order of what is shown: a right-to-left letter, an Arabic
   digit, or an explicit directional formatting character.  Text without
   one, in a left-to-right paragraph, reads the same in every mode.  */
bool bidi_text_has_right_to_left (const char *text, size_t length);

/* The direction DIRECTION gives the valid UTF-8 TEXT[0..LENGTH): itself,
   or for BIDI_FROM_TEXT that of its first strong letter (P2, P3).  */
enum bidi_direction bidi_text_direction (const char *text, size_t length,
                                         enum bidi_direction direction);

/* The bytes [start, end) of a text.  */
struct bidi_range
{
  size_t start;
  size_t end;
};

/* A paragraph whose embedding levels are resolved, its Arabic letters
   joined and shaped, and its mirrored characters mirrored.  */
struct bidi_paragraph;

/* The paragraph TEXT[0..LENGTH) (valid UTF-8) in direction DIRECTION.
   Each of the COUNT ranges ISOLATES[i], in order and apart, is laid out
   left to right as a unit, as if it stood between U+2066 LEFT-TO-RIGHT
   ISOLATE and U+2069 POP DIRECTIONAL ISOLATE (rules X5a and X6a).  SHAPE
   says whether Arabic letters are replaced by their joined presentation
   forms (the output's character set must hold them).  Exits if memory
   runs out.  */
struct bidi_paragraph *bidi_paragraph_new (const char *text, size_t length,
                                           enum bidi_direction direction,
                                           const struct bidi_range *isolates,
                                           size_t count, bool shape);

/* Whether the paragraph's direction is right to left.  */
bool bidi_paragraph_is_right_to_left (const struct bidi_paragraph *paragraph);

void bidi_paragraph_free (struct bidi_paragraph *paragraph);

/* A line of a paragraph in visual order, from left to right.  */
struct bidi_line
{
  char *text;          /* UTF-8, NUL-terminated, without the directional
                          formatting characters and soft hyphens */
  size_t length;       /* its bytes */
  size_t *sources;     /* for the Nth character of TEXT, the byte offset in
                          the paragraph of the character it shows, or
                          BIDI_NO_SOURCE for the '-' of a soft hyphen */
};

#define BIDI_NO_SOURCE SIZE_MAX

/* The line made of the bytes [START, END) of the paragraph, in visual
   order, into *LINE; HYPHEN says that it ends at a soft hyphen, shown as
   '-'.  START and END are on character boundaries.  Exits if memory runs
   out.  */
void bidi_paragraph_line (struct bidi_paragraph *paragraph, size_t start,
                          size_t end, bool hyphen, struct bidi_line *line);

void bidi_line_free (struct bidi_line *line);

/* The columns of space before a line LINE_WIDTH columns wide in a field
   FIELD_WIDTH columns wide: a right-to-left paragraph's lines are aligned
   to the right, a left-to-right one's to the left.  */
size_t bidi_line_indent (const struct bidi_paragraph *paragraph,
                         size_t line_width, size_t field_width);

#endif
