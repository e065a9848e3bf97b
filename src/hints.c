/* What a user who named no section may have meant.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#include "system.h"

#include <stdlib.h>

#include "diagnostics.h"
#include "hints.h"
#include "search.h"

char *
hints_list_sections (const size_t *candidates, size_t count,
                     const struct text_languages *texts)
{
  const struct statement_text *text = &texts->texts[0];
  char *names;
  size_t size;
  FILE *list = diag_list_begin (&names, &size);
  for (size_t i = 0; i < count; i++)
    diag_list_add_named (list, i,
                         diag_quote (statement_sections[candidates[i]].id),
                         text->section_titles[candidates[i]]);
  return diag_list_end (list, &names);
}

/* "--OPTION=VALUE", quoted for a message.  */
static const char *
quoted_option (const char *option, const char *value)
{
  char *written;
  if (asprintf (&written, "%s=%s", option, value) < 0)
    diag_out_of_memory ();
  const char *quoted = diag_quote (written);
  free (written);
  return quoted;
}

/* Whether WORD is found in the statement in one of TEXTS's languages.  */
static bool
is_in_statement (const char *word, const struct text_languages *texts)
{
  struct search_query *query;
  enum search_problem problem;
  if (!search_query_parse (&word, 1, &query, &problem))
    return false;
  bool found = false;
  for (size_t t = 0; t < texts->count && !found; t++)
    {
      const struct statement_text *text = &texts->texts[t];
      for (size_t i = 0; i < SECTION_COUNT && !found; i++)
        found = search_section (query, text->language->code,
                                text->section_titles[i],
                                text->section_texts[i], NULL, NULL);
    }
  search_query_free (query);
  return found;
}

void
hints_for_unknown_section (const char *word, bool operand, bool colour_value,
                           const struct text_languages *texts)
{
  const struct language *language;
  if (colour_value)
    /* TRANSLATORS: the first %s is '--color', the second how to write it
       with its value, such as '--color=never'.  */
    diag_note (N_("%s takes its value after an equals sign: %s."),
               diag_quote ("--color"), quoted_option ("--color", word));
  else if (operand
           && language_by_name (word, &language) == LANGUAGE_NAME_KNOWN)
    /* TRANSLATORS: the first %s is a language's own name, the second how
       to ask for it, such as '--lang=es'.  */
    diag_note (N_("To print the text in %s, use %s."), language->native_name,
               quoted_option ("--lang", language->code));
  else if (is_in_statement (word, texts))
    /* TRANSLATORS: %s is how to search for the word, such as
       '--search=equality'.  */
    diag_note (N_("To print the sections that hold this word, use %s."),
               quoted_option ("--search", word));
}
