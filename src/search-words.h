/* The words a search compares: a text divided into words, each with the
   stems it is compared by.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#ifndef OHCHR_SEARCH_WORDS_H
#define OHCHR_SEARCH_WORDS_H

#include <stdbool.h>
#include <stddef.h>

/* One word of a text.  */
struct search_word
{
  size_t start;       /* its bytes [start, end) in the text, whole */
  size_t end;         /* grapheme clusters */
  /* Its stems, folded for matching: the stem of the word as written
     (accents and all, as the stemmer expects), and the stem of the word
     folded, NULL when it is the same.  */
  char *stems[2];
};

struct word_list
{
  struct search_word *words;
  size_t count;
  size_t allocated;
};

/* Divide the valid UTF-8 TEXT[0..N) into the words of the language
   LANGUAGE_CODE: the words of Unicode's word boundaries (UAX #29) that
   hold a letter or a digit, divided at apostrophes where the language
   elides ("l'homme": "l", "homme").  Exits if memory runs out.  */
void word_list_divide (const char *language_code, const char *text, size_t n,
                       struct word_list *list);
void word_list_free (struct word_list *list);

/* Whether A and B are forms of the same word: one stem of one is a stem
   of the other.  */
bool search_word_matches (const struct search_word *a,
                          const struct search_word *b);

#endif
