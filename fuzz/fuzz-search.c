/* libFuzzer target for the search: reading the query, folding, stemming
   and matching, on arbitrary bytes repaired to UTF-8, in each language.
   Whatever it finds must be in the text, in order, apart, and on grapheme
   cluster boundaries (on word boundaries in Arabic).
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).

   The first byte of the input chooses the language.  The rest is the
   query, then a NUL, the section's title, another NUL and its text; the
   query's lines are so many --search values.  */

#include "system.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unigbrk.h>
#include <uniwbrk.h>

#include "search.h"
#include "utf8-repair.h"

static const char *const language_codes[] = { "en", "es", "fr", "ar", "zh", "ru" };

enum { MOST_ARGUMENTS = 8 };

/* The next piece of [*DATA, END), up to the byte STOP (or END), repaired
   to UTF-8; *DATA moves past it and STOP.  */
static char *
next_piece (const uint8_t **data, const uint8_t *end, uint8_t stop)
{
  const uint8_t *start = *data;
  const uint8_t *p = memchr (start, stop, (size_t) (end - start));
  if (p == NULL)
    p = end;
  *data = p < end ? p + 1 : end;
  char *piece = utf8_repair ((const char *) start, (size_t) (p - start), NULL);
  if (piece == NULL)
    abort ();
  return piece;
}

static void
check_places (const char *language, const char *text,
              const struct highlights *h)
{
  size_t n = strlen (text);
  char *clusters = malloc (n + 1), *words = malloc (n + 1);
  if (clusters == NULL || words == NULL)
    abort ();
  u8_grapheme_breaks ((const uint8_t *) text, n, clusters);
  u8_wordbreaks ((const uint8_t *) text, n, words);
  bool arabic = strcmp (language, "ar") == 0;
  for (size_t i = 0; i < h->count; i++)
    {
      size_t start = h->places[i].start, end = h->places[i].end;
      if (start >= end || end > n)
        abort ();
      if (i > 0 && h->places[i - 1].end >= start)
        abort ();
      if ((start > 0 && !clusters[start]) || (end < n && !clusters[end]))
        abort ();
      if (arabic && ((start > 0 && !words[start]) || (end < n && !words[end])))
        abort ();
    }
  free (clusters);
  free (words);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  if (size == 0)
    return 0;
  const char *language = language_codes[data[0] % ARRAY_SIZE (language_codes)];
  const uint8_t *p = data + 1, *end = data + size;
  char *query_text = next_piece (&p, end, '\0');
  char *title = next_piece (&p, end, '\0');
  char *text = next_piece (&p, end, '\0');

  /* The query's lines, each one --search value.  */
  const char *arguments[MOST_ARGUMENTS];
  size_t count = 0;
  for (char *line = query_text; line != NULL && count < MOST_ARGUMENTS;)
    {
      arguments[count++] = line;
      line = strchr (line, '\n');
      if (line != NULL)
        *line++ = '\0';
    }

  struct search_query *query;
  enum search_problem problem;
  if (search_query_parse (arguments, count, &query, &problem))
    {
      struct highlights in_title, in_text;
      bool found = search_section (query, language, title, text,
                                   &in_title, &in_text);
      /* Asked without the places, the answer is the same.  */
      if (search_section (query, language, title, text, NULL, NULL) != found)
        abort ();
      if (!found && (in_title.count != 0 || in_text.count != 0))
        abort ();
      if (found && in_title.count == 0 && in_text.count == 0)
        abort ();
      check_places (language, title, &in_title);
      check_places (language, text, &in_text);
      highlights_free (&in_title);
      highlights_free (&in_text);
      search_query_free (query);
    }
  else if (query != NULL
           || (problem != SEARCH_NO_WORD && problem != SEARCH_UNBALANCED_QUOTE))
    abort ();
  free (query_text);
  free (title);
  free (text);
  return 0;
}
