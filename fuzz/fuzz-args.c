/* libFuzzer target for what the user names: sections (--section and
   operands, lists and ranges) and languages (--lang), in every language.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#include "system.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistr.h>

#include "catalog.h"
#include "language.h"
#include "selection.h"

static void
check_sections (const char *argument, const struct statement_text *text)
{
  const struct statement_text *texts[] = { text };
  struct selection selection = { { false }, 0 };
  struct selection_failure failure;
  bool found = selection_add (&selection, argument, texts, 1, &failure);
  size_t chosen = 0;
  for (size_t i = 0; i < SECTION_COUNT; i++)
    chosen += selection.chosen[i];
  if (chosen != selection.count || (found && chosen == 0))
    abort ();
  if (!found)
    {
      if (failure.candidate_count > SECTION_COUNT || failure.word == NULL)
        abort ();
      for (size_t i = 0; i < failure.candidate_count; i++)
        if (failure.candidates[i] >= SECTION_COUNT)
          abort ();
      free (failure.word);
    }
}

static void
check_language_name (const char *name)
{
  const struct language *language = NULL;
  enum language_name_kind kind = language_by_name (name, &language);
  if (kind == LANGUAGE_NAME_UNKNOWN)
    return;
  if (language < languages || language >= languages + LANGUAGE_COUNT)
    abort ();
  /* A name is never a path.  */
  if (strchr (name, '/') != NULL)
    abort ();
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  /* The first byte chooses the language the titles are matched in (the
     build tree's catalogs are found from fuzz/ as from src/).  */
  if (size == 0)
    return 0;
  struct statement_text text;
  if (catalog_load_statement (&languages[data[0] % LANGUAGE_COUNT], &text)
      != CATALOG_USABLE)
    text = *statement_english ();
  data++;
  size--;
  char *word = malloc (size + 1);
  if (word == NULL)
    return 0;
  memcpy (word, data, size);
  word[size] = '\0';
  if (u8_check ((const uint8_t *) word, size) == NULL && strlen (word) == size)
    {
      check_sections (word, &text);
      check_language_name (word);
    }
  free (word);
  return 0;
}
