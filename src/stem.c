/* Word forms, by the Snowball stemmers (libstemmer).
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).

   Snowball's stemmers remove the endings that make the forms of a word:
   "rights" and "right" have the stem "right", "равенство" and "равенства"
   the stem "равенств".  English is the Porter2 algorithm; Arabic is the
   light stemmer of Chelli and Aries, which also removes the prefixed
   article and conjunctions ("الحقوق" and "حقوق" have the stem "حقوق").
   See <https://snowballstem.org/algorithms/>.  */

#include "system.h"

#include <libstemmer.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "diagnostics.h"
#include "stem.h"

/* No word of the six languages is this long; a longer one is compared
   whole rather than fed to a stemmer.  */
enum { LONGEST_WORD = 256 };

/* Each language's stemmer, made the first time a word of the language is
   stemmed and kept for the rest of the program.  */
struct stemmer
{
  const char *language_code;
  const char *algorithm;        /* Snowball's name for it */
  struct sb_stemmer *stemmer;   /* NULL until made */
  bool unavailable;             /* making it failed */
};

static struct stemmer stemmers[] =
{
  { "en", "english", NULL, false },
  { "es", "spanish", NULL, false },
  { "fr", "french", NULL, false },
  { "ar", "arabic", NULL, false },
  { "ru", "russian", NULL, false },
};

static struct stemmer *
stemmer_entry (const char *language_code)
{
  for (size_t i = 0; i < ARRAY_SIZE (stemmers); i++)
    if (strcmp (stemmers[i].language_code, language_code) == 0)
      return &stemmers[i];
  return NULL;
}

static char *
copy (const char *bytes, size_t length)
{
  char *result = malloc (length + 1);
  if (result == NULL)
    diag_out_of_memory ();
  memcpy (result, bytes, length);
  result[length] = '\0';
  return result;
}

char *
stem_word (const char *language_code, const char *word, size_t length)
{
  struct stemmer *entry = stemmer_entry (language_code);
  if (entry == NULL || entry->unavailable || length > LONGEST_WORD)
    return copy (word, length);
  if (entry->stemmer == NULL)
    {
      /* NULL for an algorithm this libstemmer lacks, or for want of
         memory; either way the words are compared whole.  */
      entry->stemmer = sb_stemmer_new (entry->algorithm, "UTF_8");
      entry->unavailable = entry->stemmer == NULL;
      if (entry->unavailable)
        return copy (word, length);
    }
  const sb_symbol *stem = sb_stemmer_stem (entry->stemmer,
                                           (const sb_symbol *) word,
                                           (int) length);
  if (stem == NULL)
    diag_out_of_memory ();
  int stem_length = sb_stemmer_length (entry->stemmer);
  /* A word the stemmer takes whole away keeps its own letters.  */
  if (stem_length <= 0)
    return copy (word, length);
  return copy ((const char *) stem, (size_t) stem_length);
}
