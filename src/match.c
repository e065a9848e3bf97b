/* Loose matching of what the user typed against names.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#include "system.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistr.h>

#include "diagnostics.h"
#include "match.h"
#include "search-fold.h"

char *
match_fold (const char *s, const char *language_code)
{
  const struct fold_language *rules
    = fold_language_for (language_code != NULL ? language_code : "");
  char *folded = fold_string (rules, FOLD_FOR_MATCHING, s, strlen (s));
  if (folded == NULL && (folded = strdup ("")) == NULL)
    diag_out_of_memory ();
  return folded;
}

bool
match_is_prefix (const char *prefix, const char *s)
{
  return strncmp (prefix, s, strlen (prefix)) == 0;
}

static bool
starts_word (const char *s, const char *p)
{
  return p == s || p[-1] == ' ' || p[-1] == '-' || p[-1] == '\'';
}

bool
match_is_word_prefix (const char *prefix, const char *s)
{
  if (*prefix == '\0')
    return false;
  for (const char *p = s; (p = strstr (p, prefix)) != NULL; p++)
    if (starts_word (s, p))
      return true;
  return false;
}

/* Decode the valid UTF-8 string S into a malloc'd array of characters.  */
static ucs4_t *
decode (const char *s, size_t *length)
{
  return u8_to_u32 ((const uint8_t *) s, strlen (s), NULL, length);
}

static size_t
min3 (size_t a, size_t b, size_t c)
{
  size_t m = a < b ? a : b;
  return m < c ? m : c;
}

/* The classic two-row dynamic programme.  */
static size_t
levenshtein (const ucs4_t *a, size_t na, const ucs4_t *b, size_t nb,
             size_t *row)
{
  for (size_t j = 0; j <= nb; j++)
    row[j] = j;
  for (size_t i = 1; i <= na; i++)
    {
      size_t diagonal = row[0];
      row[0] = i;
      for (size_t j = 1; j <= nb; j++)
        {
          size_t above = row[j];
          row[j] = min3 (row[j] + 1, row[j - 1] + 1,
                         diagonal + (a[i - 1] != b[j - 1]));
          diagonal = above;
        }
    }
  return row[nb];
}

size_t
match_distance (const char *a, const char *b, size_t limit)
{
  size_t na, nb;
  ucs4_t *ua = decode (a, &na);
  ucs4_t *ub = decode (b, &nb);
  size_t *row = malloc ((nb + 1) * sizeof *row);
  size_t distance = limit + 1;
  /* Strings whose lengths differ by more than LIMIT are never closer.  */
  if (ua != NULL && ub != NULL && row != NULL
      && (na > nb ? na - nb : nb - na) <= limit)
    distance = levenshtein (ua, na, ub, nb, row);
  free (ua);
  free (ub);
  free (row);
  return distance <= limit ? distance : limit + 1;
}

bool
match_is_near (const char *a, const char *b)
{
  /* One mistake in a short word, about one in three in a longer one.  */
  size_t length = u8_mbsnlen ((const uint8_t *) a, strlen (a));
  size_t limit = length <= 4 ? 1 : length / 3;
  return match_distance (a, b, limit) <= limit;
}

enum match_choice
match_choose (const char *word, const char *const *names, const int *values,
              size_t count, int *value)
{
  size_t length = strlen (word);
  bool found = false;
  bool ambiguous = false;
  for (size_t i = 0; i < count; i++)
    {
      if (strcasecmp (word, names[i]) == 0)
        {
          *value = values[i];
          return MATCH_CHOSEN;
        }
      if (length == 0 || strncasecmp (word, names[i], length) != 0)
        continue;
      if (found && *value != values[i])
        ambiguous = true;
      *value = values[i];
      found = true;
    }
  if (ambiguous)
    return MATCH_AMBIGUOUS;
  return found ? MATCH_CHOSEN : MATCH_NONE;
}
