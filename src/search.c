/* Searching the sections.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).

   Chinese is written without spaces between words, and has no stemmer: a
   term is found anywhere in the text, both folded and without white
   space.  The other languages are compared word by word: a term is found
   where its words are, one after the other, each in any of its forms
   (search-words.c).  A word is not found inside a longer one: "año" does
   not find "humanos", nor "equal" "unequal".  */

#include "system.h"

#include <stdlib.h>
#include <string.h>
#include <unictype.h>
#include <unistr.h>

#include "diagnostics.h"
#include "search-fold.h"
#include "search-words.h"
#include "search.h"

struct search_query
{
  char **terms;          /* valid UTF-8, each with a letter or a digit */
  size_t count;
  size_t allocated;
};

void
highlights_free (struct highlights *highlights)
{
  free (highlights->places);
  highlights->places = NULL;
  highlights->count = 0;
}

/* Reading the query.  */

/* Whether C is a double quotation mark, which opens or closes a phrase:
   " “ ” „ ‟ « » or ＂, whatever the language's habit of pairing them.  */
static bool
is_phrase_quote (ucs4_t c)
{
  switch (c)
    {
    case 0x0022: case 0x201C: case 0x201D: case 0x201E: case 0x201F:
    case 0x00AB: case 0x00BB: case 0xFF02:
      return true;
    default:
      return false;
    }
}

static void
add_term (struct search_query *query, const char *start, size_t length)
{
  if (length == 0 || !fold_has_letter_or_digit (start, length))
    return;
  if (query->count == query->allocated)
    {
      size_t allocated = 2 * query->allocated + 4;
      char **terms = realloc (query->terms, allocated * sizeof *terms);
      if (terms == NULL)
        diag_out_of_memory ();
      query->terms = terms;
      query->allocated = allocated;
    }
  char *term = malloc (length + 1);
  if (term == NULL)
    diag_out_of_memory ();
  memcpy (term, start, length);
  term[length] = '\0';
  query->terms[query->count++] = term;
}

/* Add the terms of ARGUMENT to QUERY.  Returns false if a phrase is not
   closed.  */
static bool
add_terms (struct search_query *query, const char *argument)
{
  const uint8_t *u = (const uint8_t *) argument;
  size_t length = strlen (argument);
  size_t start = 0;              /* of the term being read */
  bool in_phrase = false;
  for (size_t i = 0; i < length;)
    {
      ucs4_t c;
      int n = u8_mbtouc (&c, u + i, length - i);
      if (is_phrase_quote (c))
        {
          add_term (query, argument + start, i - start);
          in_phrase = !in_phrase;
          start = i + n;
        }
      else if (!in_phrase && uc_is_property_white_space (c))
        {
          add_term (query, argument + start, i - start);
          start = i + n;
        }
      i += n;
    }
  add_term (query, argument + start, length - start);
  return !in_phrase;
}

bool
search_query_parse (const char *const *arguments, size_t count,
                    struct search_query **query, enum search_problem *problem)
{
  struct search_query *q = malloc (sizeof *q);
  if (q == NULL)
    diag_out_of_memory ();
  *q = (struct search_query) { NULL, 0, 0 };
  bool balanced = true;
  for (size_t i = 0; i < count && balanced; i++)
    balanced = add_terms (q, arguments[i]);
  if (!balanced || q->count == 0)
    {
      *problem = !balanced ? SEARCH_UNBALANCED_QUOTE : SEARCH_NO_WORD;
      search_query_free (q);
      *query = NULL;
      return false;
    }
  *query = q;
  return true;
}

void
search_query_free (struct search_query *query)
{
  if (query == NULL)
    return;
  for (size_t i = 0; i < query->count; i++)
    free (query->terms[i]);
  free (query->terms);
  free (query);
}

/* The places found so far in one text.  */

struct places
{
  struct highlight *places;
  size_t count;
  size_t allocated;
};

static void
add_place (struct places *found, size_t start, size_t end)
{
  if (found->count == found->allocated)
    {
      size_t allocated = 2 * found->allocated + 8;
      struct highlight *places = realloc (found->places,
                                          allocated * sizeof *places);
      if (places == NULL)
        diag_out_of_memory ();
      found->places = places;
      found->allocated = allocated;
    }
  found->places[found->count++] = (struct highlight) { start, end };
}

static int
compare_places (const void *a, const void *b)
{
  const struct highlight *x = a, *y = b;
  return x->start < y->start ? -1 : x->start > y->start;
}

/* FOUND as highlights: sorted, those that overlap or touch merged.  */
static struct highlights
merged (struct places *found)
{
  struct highlight *h = found->places;
  if (h == NULL || found->count == 0)
    {
      free (h);
      return (struct highlights) { NULL, 0 };
    }
  qsort (h, found->count, sizeof *h, compare_places);
  size_t kept = 0;
  for (size_t i = 1; i < found->count; i++)
    if (h[i].start <= h[kept].end)
      h[kept].end = h[i].end > h[kept].end ? h[i].end : h[kept].end;
    else
      h[++kept] = h[i];
  return (struct highlights) { h, kept + 1 };
}

/* A text, and a term, in the form a language compares them in.  */

struct searchable
{
  struct word_list words;     /* a language with words */
  struct folded squeezed;     /* Chinese: folded, without white space */
};

/* Remove from FOLDED the white space, and its spans with it.  */
static void
squeeze_white_space (struct folded *folded)
{
  const uint8_t *u = (const uint8_t *) folded->text;
  size_t kept = 0;
  for (size_t i = 0; i < folded->length;)
    {
      ucs4_t c;
      size_t n = (size_t) u8_mbtouc (&c, u + i, folded->length - i);
      if (!uc_is_property_white_space (c))
        for (size_t k = i; k < i + n; k++, kept++)
          {
            folded->text[kept] = folded->text[k];
            folded->spans[kept] = folded->spans[k];
          }
      i += n;
    }
  folded->length = kept;
  folded->text[kept] = '\0';
}

/* Whether the language puts spaces between its words: all but Chinese.  */
static bool
has_spaced_words (const char *language_code)
{
  return strcmp (language_code, "zh") != 0;
}

static void
searchable_make (const char *language_code, const char *text,
                 struct searchable *s)
{
  size_t n = strlen (text);
  s->words = (struct word_list) { NULL, 0, 0 };
  s->squeezed = (struct folded) { NULL, 0, NULL };
  if (has_spaced_words (language_code))
    word_list_divide (language_code, text, n, &s->words);
  else
    {
      fold_text (fold_language_for (language_code), FOLD_FOR_MATCHING,
                 text, n, &s->squeezed);
      squeeze_white_space (&s->squeezed);
    }
}

static void
searchable_free (struct searchable *s)
{
  word_list_free (&s->words);
  folded_free (&s->squeezed);
}

/* Find the words of TERM one after the other in WORDS; add the places to
   FOUND, or stop at the first if FOUND is NULL.  */
static bool
find_words (const struct word_list *term, const struct word_list *words,
            struct places *found)
{
  size_t k = term->count;
  bool any = false;
  for (size_t i = 0; k > 0 && i + k <= words->count; i++)
    {
      size_t j = 0;
      while (j < k
             && search_word_matches (&term->words[j], &words->words[i + j]))
        j++;
      if (j < k)
        continue;
      any = true;
      if (found == NULL)
        break;
      add_place (found, words->words[i].start, words->words[i + k - 1].end);
    }
  return any;
}

/* Find the folded NEEDLE in the squeezed TEXT, as find_words does.  */
static bool
find_folded (const char *needle, const struct folded *text,
             struct places *found)
{
  size_t n = strlen (needle);
  bool any = false;
  for (const char *p = text->text; n > 0 && (p = strstr (p, needle)) != NULL;
       p += n)
    {
      any = true;
      if (found == NULL)
        break;
      size_t first = (size_t) (p - text->text), last = first + n - 1;
      add_place (found, text->spans[first].start, text->spans[last].end);
    }
  return any;
}

static bool
find_term (const struct searchable *term, const struct searchable *text,
           struct places *found)
{
  if (text->squeezed.text != NULL)
    return find_folded (term->squeezed.text, &text->squeezed, found);
  return find_words (&term->words, &text->words, found);
}

bool
search_section (const struct search_query *query, const char *language_code,
                const char *title, const char *text,
                struct highlights *in_title, struct highlights *in_text)
{
  struct searchable fields[2];   /* the title and the text */
  searchable_make (language_code, title != NULL ? title : "", &fields[0]);
  searchable_make (language_code, text, &fields[1]);
  struct places found[2] = { { NULL, 0, 0 }, { NULL, 0, 0 } };
  bool wanted[2] = { in_title != NULL, in_text != NULL };
  bool all = true;
  for (size_t t = 0; t < query->count && all; t++)
    {
      struct searchable term;
      searchable_make (language_code, query->terms[t], &term);
      bool anywhere = false;
      for (size_t i = 0; i < 2; i++)
        if (!anywhere || wanted[i])
          anywhere |= find_term (&term, &fields[i],
                                 wanted[i] ? &found[i] : NULL);
      all = anywhere;
      searchable_free (&term);
    }
  searchable_free (&fields[0]);
  searchable_free (&fields[1]);
  if (!all)
    found[0].count = found[1].count = 0;
  struct highlights *out[2] = { in_title, in_text };
  for (size_t i = 0; i < 2; i++)
    if (out[i] != NULL)
      *out[i] = merged (&found[i]);
    else
      free (found[i].places);
  return all;
}
