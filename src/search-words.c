/* The words a search compares.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).

   A search word finds a text word when they have the same stem once
   folded.  Each word has two stems: that of the word as written, which
   is what the stemmers are made for ("égalité" gives "égal"), and that of
   the word folded, so that a word typed without its accents still finds
   the word that has them ("egalite" and "égalité" both fold to
   "egalite", whose stem is "egalit").  */

#include "system.h"

#include <stdlib.h>
#include <string.h>
#include <unigbrk.h>
#include <unistr.h>
#include <uniwbrk.h>

#include "diagnostics.h"
#include "search-fold.h"
#include "search-words.h"
#include "stem.h"

/* What dividing a text needs to know of its language.  */
struct language_rules
{
  const char *code;
  const struct fold_language *folding;
};

static char *
folded_stem (const struct language_rules *language,
             const struct fold_buffer *word)
{
  char *stem = stem_word (language->code, word->bytes, word->length);
  char *folded = fold_string (language->folding, FOLD_FOR_MATCHING, stem,
                              strlen (stem));
  free (stem);
  return folded;
}

static void
add_word (struct word_list *list, const struct search_word *word)
{
  if (list->count == list->allocated)
    {
      size_t allocated = 2 * list->allocated + 16;
      struct search_word *words = realloc (list->words,
                                           allocated * sizeof *words);
      if (words == NULL)
        diag_out_of_memory ();
      list->words = words;
      list->allocated = allocated;
    }
  list->words[list->count++] = *word;
}

/* Add TEXT[START..END), whole clusters, to LIST if it is a word.  */
static void
add_if_word (const struct language_rules *language, const char *text,
             size_t start, size_t end, struct word_list *list)
{
  if (start == end || !fold_has_letter_or_digit (text + start, end - start))
    return;
  struct fold_buffer as_written = { NULL, 0, 0 }, folded = { NULL, 0, 0 };
  fold_append (language->folding, FOLD_FOR_STEMMER, text + start,
               end - start, &as_written);
  fold_append (language->folding, FOLD_FOR_MATCHING, text + start,
               end - start, &folded);
  /* A tatweel alone, say, has a letter that folds to nothing.  */
  if (fold_has_letter_or_digit (folded.bytes, folded.length))
    {
      struct search_word word = { start, end, { NULL, NULL } };
      word.stems[0] = folded_stem (language, &as_written);
      /* Most words fold to what they are: one stem serves.  */
      bool same = as_written.length == folded.length
                  && memcmp (as_written.bytes, folded.bytes,
                             folded.length) == 0;
      word.stems[1] = same ? NULL : folded_stem (language, &folded);
      if (word.stems[1] != NULL && strcmp (word.stems[0], word.stems[1]) == 0)
        {
          free (word.stems[1]);
          word.stems[1] = NULL;
        }
      add_word (list, &word);
    }
  free (as_written.bytes);
  free (folded.bytes);
}

/* Whether the cluster at S is an apostrophe (with any marks on it).  */
static bool
is_apostrophe_cluster (const uint8_t *s, const uint8_t *end)
{
  ucs4_t c;
  u8_mbtouc (&c, s, (size_t) (end - s));
  return fold_is_apostrophe (c);
}

void
word_list_divide (const char *language_code, const char *text, size_t n,
                  struct word_list *list)
{
  list->words = NULL;
  list->count = list->allocated = 0;
  struct language_rules language =
    { language_code, fold_language_for (language_code) };
  bool at_apostrophes = fold_splits_at_apostrophes (language.folding);
  char *breaks = malloc (n + 1);
  if (breaks == NULL)
    diag_out_of_memory ();
  u8_wordbreaks ((const uint8_t *) text, n, breaks);
  const uint8_t *u = (const uint8_t *) text, *end = u + n;
  size_t start = 0;               /* of the word being read */
  for (const uint8_t *cluster = u, *next; cluster < end; cluster = next)
    {
      next = u8_grapheme_next (cluster, end);
      size_t at = (size_t) (cluster - u);
      /* A word boundary inside a cluster is no boundary: a word is made
         of whole clusters.  */
      if (at > 0 && breaks[at])
        {
          add_if_word (&language, text, start, at, list);
          start = at;
        }
      if (at_apostrophes && is_apostrophe_cluster (cluster, end))
        {
          add_if_word (&language, text, start, at, list);
          start = (size_t) (next - u);
        }
    }
  add_if_word (&language, text, start, n, list);
  free (breaks);
}

void
word_list_free (struct word_list *list)
{
  for (size_t i = 0; i < list->count; i++)
    {
      free (list->words[i].stems[0]);
      free (list->words[i].stems[1]);
    }
  free (list->words);
  list->words = NULL;
  list->count = list->allocated = 0;
}

bool
search_word_matches (const struct search_word *a, const struct search_word *b)
{
  for (size_t i = 0; i < 2; i++)
    for (size_t j = 0; j < 2; j++)
      if (a->stems[i] != NULL && b->stems[j] != NULL
          && strcmp (a->stems[i], b->stems[j]) == 0)
        return true;
  return false;
}
