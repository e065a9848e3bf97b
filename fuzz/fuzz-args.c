/* libFuzzer target for what the user names: sections (--section and
   operands) and languages (--lang), in every language.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#include "system.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "language.h"
#include "match.h"
#include "selection.h"

static void
check_section_word (const char *word)
{
  struct selection_match match;
  selection_match_word (word, &match);
  if (match.candidate_count > SECTION_COUNT)
    abort ();
  if (match.status == SELECTION_FOUND && match.index >= SECTION_COUNT)
    abort ();
  for (size_t i = 0; i < match.candidate_count; i++)
    if (match.candidates[i] >= SECTION_COUNT)
      abort ();
}

static void
check_language_name (const char *name)
{
  const struct language *language = language_by_name (name);
  if (language != NULL
      && (language < languages || language >= languages + LANGUAGE_COUNT))
    abort ();
  /* A name is never a path.  */
  if (language != NULL && strchr (name, '/') != NULL)
    abort ();
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  /* The first byte chooses the language the titles are matched in (the
     build tree's catalogs are found from fuzz/ as from src/).  */
  if (size == 0)
    return 0;
  language_activate (&languages[data[0] % LANGUAGE_COUNT]);
  data++;
  size--;
  char *word = malloc (size + 1);
  if (word == NULL)
    return 0;
  memcpy (word, data, size);
  word[size] = '\0';
  check_section_word (word);
  check_language_name (word);
  free (word);
  return 0;
}
