/* Which sections the user asked for.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#include "system.h"

#include <stdlib.h>
#include <string.h>

#include "diagnostics.h"
#include "match.h"
#include "selection.h"
#include "utf8-repair.h"

/* Each way a word can name a section, from the most to the least exact.
   A word takes the first way that matches anything.  */
enum match_kind
{
  BY_ID,
  BY_TITLE,
  BY_ID_PREFIX,
  BY_TITLE_PREFIX,
  MATCH_KIND_COUNT
};

/* A section's names, folded for matching.  */
struct folded_names
{
  char *id;
  char *title;
};

static bool
matches (enum match_kind kind, const char *word, const struct folded_names *names)
{
  switch (kind)
    {
    case BY_ID:
      return strcmp (word, names->id) == 0;
    case BY_TITLE:
      return strcmp (word, names->title) == 0;
    case BY_ID_PREFIX:
      return match_is_prefix (word, names->id);
    case BY_TITLE_PREFIX:
      return match_is_word_prefix (word, names->title);
    default:
      return false;
    }
}

/* Whether WORD is a plain decimal number, and if so its value (capped).  */
static bool
parse_number (const char *word, size_t *number)
{
  if (*word == '\0')
    return false;
  size_t value = 0;
  for (const char *p = word; *p != '\0'; p++)
    {
      if (*p < '0' || *p > '9')
        return false;
      if (value <= SECTION_COUNT)
        value = 10 * value + (*p - '0');
    }
  *number = value;
  return true;
}

static void
fold_names (struct folded_names names[SECTION_COUNT])
{
  for (size_t i = 0; i < SECTION_COUNT; i++)
    {
      names[i].id = match_fold (statement_sections[i].id);
      names[i].title = match_fold (section_title (&statement_sections[i]));
      if (names[i].id == NULL || names[i].title == NULL)
        diag_out_of_memory ();
    }
}

static void
free_names (struct folded_names names[SECTION_COUNT])
{
  for (size_t i = 0; i < SECTION_COUNT; i++)
    {
      free (names[i].id);
      free (names[i].title);
    }
}

/* Whether WORD is close to the id, the title or a word of the title.  */
static bool
is_near (const char *word, const struct folded_names *names)
{
  if (match_is_near (word, names->id) || match_is_near (word, names->title))
    return true;
  for (const char *p = names->title; *p != '\0'; p++)
    if (p == names->title || p[-1] == ' ')
      {
        size_t n = strcspn (p, " ");
        char *title_word = strndup (p, n);
        bool near = title_word != NULL && match_is_near (word, title_word);
        free (title_word);
        if (near)
          return true;
      }
  return false;
}

static void
match_folded_word (const char *word, const struct folded_names names[SECTION_COUNT],
                   struct selection_match *match)
{
  for (int kind = 0; kind < MATCH_KIND_COUNT; kind++)
    {
      match->candidate_count = 0;
      for (size_t i = 0; i < SECTION_COUNT; i++)
        if (matches (kind, word, &names[i]))
          match->candidates[match->candidate_count++] = i;
      if (match->candidate_count == 1)
        {
          match->status = SELECTION_FOUND;
          match->index = match->candidates[0];
          return;
        }
      if (match->candidate_count > 1)
        {
          match->status = SELECTION_AMBIGUOUS;
          return;
        }
    }
  match->status = SELECTION_UNKNOWN;
  for (size_t i = 0; i < SECTION_COUNT; i++)
    if (is_near (word, &names[i]))
      match->candidates[match->candidate_count++] = i;
}

void
selection_match_word (const char *word, struct selection_match *match)
{
  size_t number;
  match->candidate_count = 0;
  if (parse_number (word, &number))
    {
      bool in_range = number >= 1 && number <= SECTION_COUNT;
      match->status = in_range ? SELECTION_FOUND : SELECTION_OUT_OF_RANGE;
      match->index = in_range ? number - 1 : 0;
      return;
    }
  match->status = SELECTION_UNKNOWN;
  if (*word == '\0' || !utf8_is_valid (word, strlen (word)))
    return;

  char *folded = match_fold (word);
  if (folded == NULL)
    return;
  struct folded_names names[SECTION_COUNT];
  fold_names (names);
  match_folded_word (folded, names, match);
  free_names (names);
  free (folded);
}

/* "'development' (Right to development), 'dialogue' (...)": the sections
   of MATCH, named by id and title, as one malloc'd string.  */
static char *
list_candidates (const struct selection_match *match)
{
  char *names;
  size_t size;
  FILE *list = diag_list_begin (&names, &size);
  for (size_t i = 0; i < match->candidate_count; i++)
    {
      const struct section *s = &statement_sections[match->candidates[i]];
      fprintf (list, "%s'%s' (%s)", i > 0 ? ", " : "", s->id, section_title (s));
    }
  return diag_list_end (list, &names);
}

static _Noreturn void
report_failed_match (const char *word, const struct selection_match *match)
{
  char *candidates = list_candidates (match);
  const char *quoted = diag_quote (word);
  switch (match->status)
    {
    case SELECTION_OUT_OF_RANGE:
      diag_error (N_("there is no section %s: the sections are numbered 1 to %d"),
                  quoted, SECTION_COUNT);
      break;
    case SELECTION_AMBIGUOUS:
      /* TRANSLATORS: the first %s is what the user typed; the second is
         the list of the sections it could stand for.  */
      diag_error (N_("section %s is ambiguous; it could be: %s"),
                  quoted, candidates);
      break;
    default:
      if (match->candidate_count > 0)
        diag_error (N_("unknown section %s; did you mean %s?"), quoted, candidates);
      else
        diag_error (N_("unknown section %s"), quoted);
      break;
    }
  free (candidates);
  /* TRANSLATORS: %s is the command that lists the sections.  */
  diag_note (N_("'%s' lists the sections by number, id and title."),
             PROGRAM_NAME " --list");
  diag_usage_exit ();
}

static void
add_word (struct selection *selection, const char *word)
{
  struct selection_match match;
  selection_match_word (word, &match);
  if (match.status != SELECTION_FOUND)
    report_failed_match (word, &match);
  if (selection->count == selection->allocated)
    {
      size_t allocated = 2 * selection->allocated + SECTION_COUNT;
      size_t *indexes = realloc (selection->indexes, allocated * sizeof *indexes);
      if (indexes == NULL)
        diag_out_of_memory ();
      selection->indexes = indexes;
      selection->allocated = allocated;
    }
  selection->indexes[selection->count++] = match.index;
}

void
selection_free (struct selection *selection)
{
  free (selection->indexes);
  selection->indexes = NULL;
  selection->count = selection->allocated = 0;
}

void
selection_add (struct selection *selection, const char *argument)
{
  char *words = strdup (argument);
  if (words == NULL)
    diag_out_of_memory ();
  /* "1,6" and "1, 6" are two words; an empty word ("1,,6") is an error.  */
  char *word = words;
  for (;;)
    {
      char *comma = strchr (word, ',');
      if (comma != NULL)
        *comma = '\0';
      word += strspn (word, " ");
      for (size_t n = strlen (word); n > 0 && word[n - 1] == ' '; n--)
        word[n - 1] = '\0';
      add_word (selection, word);
      if (comma == NULL)
        break;
      word = comma + 1;
    }
  free (words);
}
