/* Which sections the user asked for.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#include "system.h"

#include <stdlib.h>
#include <string.h>

#include "diagnostics.h"
#include "match.h"
#include "selection.h"

/* The titles of the texts, folded for matching by the rules of each
   text's language, when a word needs them; and the word being matched,
   folded by the same rules.  */
struct titles
{
  const struct statement_text *const *texts;
  size_t count;
  char **folded;              /* COUNT * SECTION_COUNT, or NULL until made */
  char **words;               /* COUNT: the word as each language folds it */
};

static char *
fold_for_text (const struct titles *titles, size_t t, const char *s)
{
  return match_fold (s, titles->texts[t]->language->code);
}

static void
fold_titles (struct titles *titles)
{
  if (titles->folded != NULL)
    return;
  size_t n = titles->count * SECTION_COUNT;
  titles->folded = calloc (n, sizeof *titles->folded);
  if (titles->folded == NULL)
    diag_out_of_memory ();
  for (size_t i = 0; i < n; i++)
    titles->folded[i] = fold_for_text (titles, i / SECTION_COUNT,
      titles->texts[i / SECTION_COUNT]->section_titles[i % SECTION_COUNT]);
}

/* Fold WORD for each text, to be matched against its titles.  */
static void
fold_word (struct titles *titles, const char *word)
{
  for (size_t t = 0; t < titles->count; t++)
    {
      free (titles->words[t]);
      titles->words[t] = fold_for_text (titles, t, word);
    }
}

static void
free_titles (struct titles *titles)
{
  if (titles->folded != NULL)
    for (size_t i = 0; i < titles->count * SECTION_COUNT; i++)
      free (titles->folded[i]);
  free (titles->folded);
  for (size_t t = 0; t < titles->count; t++)
    free (titles->words[t]);
  free (titles->words);
}

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

/* Whether the word, WORD as folded for the ids, names section I in the
   way KIND.  */
static bool
names_section (enum match_kind kind, const char *word, size_t i,
               struct titles *titles)
{
  const char *id = statement_sections[i].id;
  if (kind == BY_ID)
    return strcmp (word, id) == 0;
  if (kind == BY_ID_PREFIX)
    return match_is_prefix (word, id);
  fold_titles (titles);
  for (size_t t = 0; t < titles->count; t++)
    {
      const char *title = titles->folded[t * SECTION_COUNT + i];
      const char *folded = titles->words[t];
      if (kind == BY_TITLE ? strcmp (folded, title) == 0
                           : match_is_word_prefix (folded, title))
        return true;
    }
  return false;
}

/* Whether the word, WORD as folded for the ids, is close to section I's
   id, one of its titles or a word of one.  */
static bool
is_near (const char *word, size_t i, struct titles *titles)
{
  if (match_is_near (word, statement_sections[i].id))
    return true;
  fold_titles (titles);
  for (size_t t = 0; t < titles->count; t++)
    {
      const char *title = titles->folded[t * SECTION_COUNT + i];
      const char *folded = titles->words[t];
      if (match_is_near (folded, title))
        return true;
      for (const char *p = title; *p != '\0'; p++)
        if (p == title || p[-1] == ' ')
          {
            char *title_word = strndup (p, strcspn (p, " "));
            if (title_word == NULL)
              diag_out_of_memory ();
            bool near = match_is_near (folded, title_word);
            free (title_word);
            if (near)
              return true;
          }
    }
  return false;
}

/* Match the word, WORD as folded for the ids, against the sections'
   names.  */
static void
match_name (const char *word, struct titles *titles,
            struct selection_failure *result)
{
  for (int kind = 0; kind < MATCH_KIND_COUNT; kind++)
    {
      result->candidate_count = 0;
      for (size_t i = 0; i < SECTION_COUNT; i++)
        if (names_section (kind, word, i, titles))
          result->candidates[result->candidate_count++] = i;
      if (result->candidate_count > 0)
        {
          result->status = result->candidate_count == 1 ? SELECTION_FOUND
                                                         : SELECTION_AMBIGUOUS;
          return;
        }
    }
  result->status = SELECTION_UNKNOWN;
  for (size_t i = 0; i < SECTION_COUNT; i++)
    if (is_near (word, i, titles))
      result->candidates[result->candidate_count++] = i;
}

/* The decimal number at *P, skipping the digits read; SECTION_COUNT + 1
   for anything larger than SECTION_COUNT.  False if no digit is there.  */
static bool
read_number (const char **p, size_t *number)
{
  size_t value = 0;
  const char *start = *p;
  for (; **p >= '0' && **p <= '9'; ++*p)
    if (value <= SECTION_COUNT)
      value = 10 * value + (size_t) (**p - '0');
  *number = value > SECTION_COUNT ? SECTION_COUNT + 1 : value;
  return *p > start;
}

static const char *
skip_spaces (const char *p)
{
  return p + strspn (p, " ");
}

/* Whether ITEM is a number or a range of numbers ("6", "2-4", "8-",
   "-3"), and if so the sections from *FIRST to *LAST (1-based; either
   may be out of range).  */
static bool
parse_numbers (const char *item, size_t *first, size_t *last)
{
  const char *p = item;
  bool has_first = read_number (&p, first);
  p = skip_spaces (p);
  if (*p != '-')
    {
      *last = *first;
      return has_first && *p == '\0';
    }
  p = skip_spaces (p + 1);
  bool has_last = read_number (&p, last);
  if (!has_first)
    *first = 1;
  if (!has_last)
    *last = SECTION_COUNT;
  return (has_first || has_last) && *p == '\0';
}

static void
choose (struct selection *selection, size_t index)
{
  if (!selection->chosen[index])
    {
      selection->chosen[index] = true;
      selection->count++;
    }
}

/* Add the sections the trimmed ITEM names.  */
static bool
add_item (struct selection *selection, const char *item,
          struct titles *titles, struct selection_failure *failure)
{
  size_t first, last;
  if (parse_numbers (item, &first, &last))
    {
      if (first < 1 || first > SECTION_COUNT
          || last < 1 || last > SECTION_COUNT)
        failure->status = SELECTION_OUT_OF_RANGE;
      else if (first > last)
        failure->status = SELECTION_BACKWARDS;
      else
        {
          for (size_t i = first; i <= last; i++)
            choose (selection, i - 1);
          return true;
        }
      return false;
    }
  char *folded = match_fold (item, NULL);
  fold_word (titles, item);
  match_name (folded, titles, failure);
  free (folded);
  if (failure->status != SELECTION_FOUND)
    return false;
  choose (selection, failure->candidates[0]);
  return true;
}

/* Keep ITEM in FAILURE, to be named in a message.  */
static void
keep_word (struct selection_failure *failure, const char *item)
{
  failure->word = strdup (item);
  if (failure->word == NULL)
    diag_out_of_memory ();
}

bool
selection_add (struct selection *selection, const char *argument,
               const struct statement_text *const *texts, size_t count,
               struct selection_failure *failure)
{
  char *items = strdup (argument);
  if (items == NULL)
    diag_out_of_memory ();
  struct titles titles = { texts, count, NULL,
                           calloc (count, sizeof *titles.words) };
  if (titles.words == NULL)
    diag_out_of_memory ();
  bool named = false;
  bool ok = true;
  failure->candidate_count = 0;
  failure->word = NULL;
  for (char *item = items, *next; ok && item != NULL; item = next)
    {
      next = strchr (item, ',');
      if (next != NULL)
        *next++ = '\0';
      item = (char *) skip_spaces (item);
      for (size_t n = strlen (item); n > 0 && item[n - 1] == ' '; n--)
        item[n - 1] = '\0';
      if (*item == '\0')
        continue;               /* "1,", ",1" and "1,,6" name 1 and 6 */
      named = true;
      ok = add_item (selection, item, &titles, failure);
      if (!ok)
        keep_word (failure, item);
    }
  if (ok && !named)
    {
      failure->status = SELECTION_EMPTY;
      keep_word (failure, argument);
      ok = false;
    }
  free_titles (&titles);
  free (items);
  return ok;
}
