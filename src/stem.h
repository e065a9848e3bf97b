/* Word forms: the stem of a word, by the Snowball stemmer of its
   language.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#ifndef OHCHR_STEM_H
#define OHCHR_STEM_H

#include <stddef.h>

/* A malloc'd copy of the stem of WORD[0..LENGTH), lower case valid UTF-8
   with the letters of the language, in the language LANGUAGE_CODE: for
   "rights", "right"; for "равенства", "равенств".  The word itself in a
   language without a stemmer, or when the word is too long to be one.
   Exits if memory runs out.  */
char *stem_word (const char *language_code, const char *word, size_t length);

#endif
