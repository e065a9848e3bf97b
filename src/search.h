/* Searching the sections: the query, and whether a section matches it.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#ifndef OHCHR_SEARCH_H
#define OHCHR_SEARCH_H

#include <stdbool.h>
#include <stddef.h>

/* The bytes [start, end) of a text: a place a search found.  */
struct highlight
{
  size_t start;
  size_t end;
};

/* The places found in one text: in order, not overlapping nor touching,
   each made of whole grapheme clusters (whole words, in Arabic).  */
struct highlights
{
  struct highlight *places;   /* malloc'd, or NULL */
  size_t count;
};

void highlights_free (struct highlights *highlights);

/* What a search looks for: terms, each a word ("rights"), words joined
   by hyphens or apostrophes ("rights-based", "l'homme") or a phrase in
   double quotes; the words of a term must come together, in order.  */
struct search_query;

enum search_problem
{
  SEARCH_NO_WORD,             /* no letter or digit in any term */
  SEARCH_UNBALANCED_QUOTE     /* a double quote that no other closes */
};

/* Read the query from ARGUMENTS, the COUNT --search values, each valid
   UTF-8; the terms of all of them make one query.  Terms are separated by
   white space; a phrase goes between two double quotation marks, any of
   " “ ” „ ‟ « » ＂ (a quote opens a phrase, the next one closes it).  A
   term with no letter or digit is left out.  Returns false with *PROBLEM
   set if no term is left, or if an argument has an odd number of double
   quotes.  Exits if memory runs out.  */
bool search_query_parse (const char *const *arguments, size_t count,
                         struct search_query **query,
                         enum search_problem *problem);
void search_query_free (struct search_query *query);

/* Whether a section matches QUERY in the language LANGUAGE_CODE ("en",
   "es", "fr", "ar", "zh", "ru"): every term of QUERY occurs in TITLE or
   in TEXT, both valid UTF-8 (TITLE may be NULL).  In Chinese a term is
   found anywhere in the text; in the other languages it is made of whole
   words, each found in any of its forms.  IN_TITLE and IN_TEXT, when not
   NULL, are set to the places found in each, empty when the section does
   not match.  Exits if memory runs out.  */
bool search_section (const struct search_query *query,
                     const char *language_code,
                     const char *title, const char *text,
                     struct highlights *in_title, struct highlights *in_text);

#endif
