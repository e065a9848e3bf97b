/* Loose matching of what the user typed against names: case and
   diacritics do not matter, and near misses can be found.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#ifndef OHCHR_MATCH_H
#define OHCHR_MATCH_H

#include <stdbool.h>
#include <stddef.h>

/* A malloc'd copy of the valid UTF-8 string S in the form used for
   matching, the search's (search-fold.h) by the rules of the language
   LANGUAGE_CODE, or by those every language shares if it is NULL: case
   and accents do not matter, so that "Développement", "DEVELOPPEMENT"
   and "développement" all fold to "developpement", and in French "œuvre"
   is "oeuvre".  Exits if memory runs out.  */
char *match_fold (const char *s, const char *language_code);

/* True if the folded string PREFIX is a prefix of the folded string S.  */
bool match_is_prefix (const char *prefix, const char *s);

/* True if the folded string PREFIX is a prefix of S or of a part of S that
   starts a word (after a space, a hyphen or an apostrophe).  */
bool match_is_word_prefix (const char *prefix, const char *s);

/* The Levenshtein distance between the folded strings A and B, counted in
   characters; anything above LIMIT is reported as LIMIT + 1.  */
size_t match_distance (const char *a, const char *b, size_t limit);

/* True if the folded strings A and B are close enough that one is probably
   a typing mistake for the other.  */
bool match_is_near (const char *a, const char *b);

/* What WORD, an argument such as --format's, chose among the COUNT NAMES,
   where VALUES[i] is what NAMES[i] stands for (synonyms share a value):
   a name in any case, or an unambiguous start of one.  */
enum match_choice
{
  MATCH_CHOSEN,      /* *VALUE is the choice */
  MATCH_AMBIGUOUS,   /* the start of names that stand for different values */
  MATCH_NONE
};
enum match_choice match_choose (const char *word, const char *const *names,
                                const int *values, size_t count, int *value);

#endif
