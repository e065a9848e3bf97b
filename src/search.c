/* Finding words in the text, whatever their case and accents.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#include "system.h"

#include <stdlib.h>
#include <string.h>

#include "diagnostics.h"
#include "match.h"
#include "search.h"

/* ASCII white space and the ideographic space separate words.  */
static size_t
space_length (const char *s)
{
  if (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r'
      || *s == '\f' || *s == '\v')
    return 1;
  if (strncmp (s, "\xE3\x80\x80", 3) == 0)   /* U+3000 */
    return 3;
  return 0;
}

bool
search_words_parse (const char *words, struct search_words *result)
{
  result->count = 0;
  result->words = malloc ((strlen (words) / 2 + 1) * sizeof *result->words);
  if (result->words == NULL)
    diag_out_of_memory ();
  const char *p = words;
  while (*p != '\0')
    {
      size_t n;
      while ((n = space_length (p)) != 0)
        p += n;
      const char *start = p;
      while (*p != '\0' && space_length (p) == 0)
        p++;
      if (p == start)
        break;
      char *word = strndup (start, p - start);
      char *folded = word != NULL ? match_fold (word) : NULL;
      free (word);
      if (folded == NULL)
        diag_out_of_memory ();
      if (*folded == '\0')
        free (folded);        /* a word of combining marks alone */
      else
        result->words[result->count++] = folded;
    }
  return result->count > 0;
}

void
search_words_free (struct search_words *words)
{
  for (size_t i = 0; i < words->count; i++)
    free (words->words[i]);
  free (words->words);
  words->count = 0;
}

static int
compare_highlights (const void *a, const void *b)
{
  const struct highlight *x = a, *y = b;
  return x->start < y->start ? -1 : x->start > y->start;
}

/* Sort the highlights and merge those that overlap or touch.  */
static size_t
merge_highlights (struct highlight *h, size_t count)
{
  if (count == 0)
    return 0;
  qsort (h, count, sizeof *h, compare_highlights);
  size_t kept = 0;
  for (size_t i = 1; i < count; i++)
    if (h[i].start <= h[kept].end)
      h[kept].end = h[i].end > h[kept].end ? h[i].end : h[kept].end;
    else
      h[++kept] = h[i];
  return kept + 1;
}

/* Add the places WORD occurs in FOLDED, mapped back through ORIGINS.
   Returns false if it does not occur.  */
static bool
find_word (const char *folded, const struct fold_origin *origins,
           const char *word, struct highlight **h, size_t *count,
           size_t *allocated)
{
  size_t n = strlen (word);
  bool found = false;
  for (const char *p = folded; (p = strstr (p, word)) != NULL; p += n)
    {
      found = true;
      if (h == NULL)
        break;
      if (*count == *allocated)
        {
          *allocated = 2 * *allocated + 8;
          struct highlight *grown = realloc (*h, *allocated * sizeof **h);
          if (grown == NULL)
            diag_out_of_memory ();
          *h = grown;
        }
      size_t first = p - folded, last = first + n - 1;
      (*h)[(*count)++] = (struct highlight) { origins[first].start,
                                              origins[last].end };
    }
  return found;
}

bool
search_text (const char *text, const struct search_words *words,
             struct highlight **highlights, size_t *count)
{
  struct fold_origin *origins;
  char *folded = match_fold_with_origins (text, &origins);
  if (folded == NULL)
    diag_out_of_memory ();
  struct highlight *h = NULL;
  size_t found = 0, allocated = 0;
  bool all = true;
  for (size_t i = 0; i < words->count && all; i++)
    all = find_word (folded, origins, words->words[i],
                     highlights != NULL ? &h : NULL, &found, &allocated);
  free (folded);
  free (origins);
  if (all && highlights != NULL)
    {
      *highlights = h;
      *count = merge_highlights (h, found);
    }
  else
    free (h);
  return all;
}

struct search_query
{
  struct search_words words;
};

bool
search_query_parse (const char *const *arguments, size_t count,
                    struct search_query **query, enum search_problem *problem)
{
  size_t length = 1;
  for (size_t i = 0; i < count; i++)
    length += strlen (arguments[i]) + 1;
  char *joined = malloc (length);
  *query = malloc (sizeof **query);
  if (joined == NULL || *query == NULL)
    diag_out_of_memory ();
  *joined = '\0';
  for (size_t i = 0; i < count; i++)
    {
      strcat (joined, arguments[i]);
      strcat (joined, " ");
    }
  bool ok = search_words_parse (joined, &(*query)->words);
  free (joined);
  if (!ok)
    {
      search_words_free (&(*query)->words);
      free (*query);
      *query = NULL;
      *problem = SEARCH_NO_WORD;
    }
  return ok;
}

void
search_query_free (struct search_query *query)
{
  if (query == NULL)
    return;
  search_words_free (&query->words);
  free (query);
}

bool
search_section (const struct search_query *query, const char *language_code,
                const char *title, const char *text,
                struct highlights *in_title, struct highlights *in_text)
{
  (void) language_code;
  (void) title;
  if (in_title != NULL)
    *in_title = (struct highlights) { NULL, 0 };
  if (in_text == NULL)
    return search_text (text, &query->words, NULL, NULL);
  *in_text = (struct highlights) { NULL, 0 };
  return search_text (text, &query->words, &in_text->items, &in_text->count);
}
