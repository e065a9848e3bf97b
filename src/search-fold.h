/* Folding text for search: the differences that a reader of each language
   does not count when looking for a word.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#ifndef OHCHR_SEARCH_FOLD_H
#define OHCHR_SEARCH_FOLD_H

#include <stdbool.h>
#include <stddef.h>
#include <unitypes.h>

/* The rules of one language (see search-fold.c, where each is written
   down with its source).  */
struct fold_language;

/* The rules for LANGUAGE_CODE: "en", "es", "fr", "ar", "zh" or "ru".  Any
   other code gets the rules every language shares.  */
const struct fold_language *fold_language_for (const char *language_code);

/* Whether words of the language are divided at apostrophes, as in the
   elisions of French ("l'homme": "l" and "homme").  */
bool fold_splits_at_apostrophes (const struct fold_language *language);

enum fold_form
{
  /* Lower case, compatibility forms, apostrophes, dashes and digits
     made one, invisible characters dropped; letters keep their marks:
     the form a stemmer expects.  */
  FOLD_FOR_STEMMER,
  /* Also the marks dropped, except in the letters the language counts
     as letters of their own, and the letters it counts as one made one:
     the form two words are compared in.  */
  FOLD_FOR_MATCHING
};

/* A growing folded string.  */
struct fold_buffer
{
  char *bytes;         /* NUL-terminated once anything was appended */
  size_t length;
  size_t allocated;
};

/* Append to OUT the folded form of S[0..N), valid UTF-8 made of whole
   grapheme clusters, in FORM by the rules of LANGUAGE.  A cluster may
   fold to nothing (a soft hyphen, a tatweel) or to several characters
   ("œ" to "oe").  Exits if memory runs out.  */
void fold_append (const struct fold_language *language, enum fold_form form,
                  const char *s, size_t n, struct fold_buffer *out);

/* Where a byte of a folded string comes from: the bytes [start, end) of
   the original, a whole grapheme cluster.  */
struct fold_span
{
  size_t start;
  size_t end;
};

/* A folded string, and for each of its bytes the cluster it comes from.  */
struct folded
{
  char *text;                /* NUL-terminated */
  size_t length;
  struct fold_span *spans;   /* LENGTH of them */
};

/* Fold the valid UTF-8 string S[0..N) a grapheme cluster at a time into
   RESULT.  Exits if memory runs out.  */
void fold_text (const struct fold_language *language, enum fold_form form,
                const char *s, size_t n, struct folded *result);
void folded_free (struct folded *folded);

/* A malloc'd copy of the valid UTF-8 string S[0..N) folded, without the
   spans.  Exits if memory runs out.  */
char *fold_string (const struct fold_language *language, enum fold_form form,
                   const char *s, size_t n);

/* Whether C is an apostrophe or a single quotation mark: ' ’ ‘ ‚ ‛ ʼ ′
   or ＇.  */
bool fold_is_apostrophe (ucs4_t c);

/* Whether the valid UTF-8 string S[0..N) holds a letter or a digit.  */
bool fold_has_letter_or_digit (const char *s, size_t n);

#endif
