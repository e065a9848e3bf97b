/* Finding words in the text, whatever their case and accents.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#ifndef OHCHR_SEARCH_H
#define OHCHR_SEARCH_H

#include <stdbool.h>
#include <stddef.h>

/* The bytes [start, end) of a text: a place a word was found.  */
struct highlight
{
  size_t start;
  size_t end;
};

/* The words of a --search argument, folded for matching.  */
struct search_words
{
  char **words;
  size_t count;
};

/* Split the valid UTF-8 string WORDS at white space and fold each word.
   Returns false if there is no word in it.  Exits on memory exhaustion.
   WORDS must be valid UTF-8.  */
bool search_words_parse (const char *words, struct search_words *result);
void search_words_free (struct search_words *words);

/* Whether TEXT contains every one of WORDS.  If it does and HIGHLIGHTS is
   not NULL, store in *HIGHLIGHTS a malloc'd array of the places they
   occur, in order and not overlapping, and their number in *COUNT.  */
bool search_text (const char *text, const struct search_words *words,
                  struct highlight **highlights, size_t *count);

/* A list of places found.  */
struct highlights
{
  struct highlight *items;
  size_t count;
};

/* What is wrong with a query that search_query_parse refuses.  */
enum search_problem
{
  SEARCH_NO_WORD
};

/* The words of every --search argument, together: every one must occur.  */
struct search_query;

/* Parse the COUNT valid UTF-8 ARGUMENTS into *QUERY.  Returns false, with
   *PROBLEM set, if they hold no word.  */
bool search_query_parse (const char *const *arguments, size_t count,
                         struct search_query **query,
                         enum search_problem *problem);
void search_query_free (struct search_query *query);

/* Whether every word of QUERY occurs in TITLE or TEXT, in the language
   LANGUAGE_CODE.  If so, and IN_TITLE and IN_TEXT are not NULL, the places
   found in each.  */
bool search_section (const struct search_query *query,
                     const char *language_code, const char *title,
                     const char *text, struct highlights *in_title,
                     struct highlights *in_text);

#endif
