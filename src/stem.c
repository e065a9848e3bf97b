/* Word forms, by the Snowball stemmers (libstemmer).
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).

   Snowball's stemmers remove the endings that make the forms of a word:
   "rights" and "right" have the stem "right", "равенство" and "равенства"
   the stem "равенств".  English is the Porter2 algorithm; Arabic is the
   light stemmer of Chelli and Aries, which also removes the prefixed
   article and conjunctions ("الحقوق" and "حقوق" have the stem "حقوق").
   See <https://snowballstem.org/algorithms/>.

   The library is loaded when a search first needs a stemmer, not when the
   program starts: it holds some ten thousand relocations, which cost
   every run that loads it about 0.1 ms and 700 KB of memory, whether it
   searches or not.  */

#include "system.h"

#include <dlfcn.h>
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

/* The functions of libstemmer the program calls, once loaded.  */
static struct
{
  bool tried;
  bool loaded;
  struct sb_stemmer *(*create) (const char *algorithm, const char *charenc);
  const sb_symbol *(*stem) (struct sb_stemmer *stemmer,
                            const sb_symbol *word, int size);
  int (*length) (struct sb_stemmer *stemmer);
} snowball;

/* Load libstemmer, once.  Without it (the package removed, say), words
   are compared whole, and the user is told so.  */
static bool
load_snowball (void)
{
  if (snowball.tried)
    return snowball.loaded;
  snowball.tried = true;
  void *library = dlopen (STEMMER_SONAME, RTLD_NOW | RTLD_LOCAL);
  if (library != NULL)
    {
      /* POSIX's way to take a function from dlsym's object pointer.  */
      *(void **) &snowball.create = dlsym (library, "sb_stemmer_new");
      *(void **) &snowball.stem = dlsym (library, "sb_stemmer_stem");
      *(void **) &snowball.length = dlsym (library, "sb_stemmer_length");
      snowball.loaded = snowball.create != NULL && snowball.stem != NULL
                        && snowball.length != NULL;
    }
  if (!snowball.loaded)
    /* TRANSLATORS: %s is a library's file name.  */
    diag_error (N_("Snowball's stemmers (%s) cannot be loaded: a search "
                   "finds the words as they are written, not their other "
                   "forms"), STEMMER_SONAME);
  return snowball.loaded;
}

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
      if (load_snowball ())
        entry->stemmer = snowball.create (entry->algorithm, "UTF_8");
      entry->unavailable = entry->stemmer == NULL;
      if (entry->unavailable)
        return copy (word, length);
    }
  const sb_symbol *stem = snowball.stem (entry->stemmer,
                                         (const sb_symbol *) word,
                                         (int) length);
  if (stem == NULL)
    diag_out_of_memory ();
  int stem_length = snowball.length (entry->stemmer);
  /* A word the stemmer takes whole away keeps its own letters.  */
  if (stem_length <= 0)
    return copy (word, length);
  return copy ((const char *) stem, (size_t) stem_length);
}
