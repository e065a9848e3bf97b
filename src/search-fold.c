/* Folding text for search, by the rules of each language.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).

   Two strings match when a reader of the language would call them the
   same word at the first strength of the Unicode Collation Algorithm
   (UTS #10): the letters count, case and accents do not.  The rules
   follow the root collation of the Unicode CLDR, its "search" collation
   (und-u-co-search), and the tailorings of each language.

   In every language:
   - case: Unicode full case folding (u8_casefold);
   - compatibility forms: NFKC (UAX #15), so that full-width digits and
     brackets, ligatures such as "ﬁ" and Arabic presentation forms are
     their plain selves;
   - marks: the nonspacing marks (general category Mn) after canonical
     decomposition, which the root collation weighs only at the second
     strength;
   - invisible characters: the default ignorable code points, such as
     the soft hyphen, the joiners and the bidi marks, which the root
     collation ignores altogether;
   - apostrophes: ’ ‘ ‚ ‛ ʼ ′ and ＇ are "'" (double quotation marks are
     never part of a word, and the query takes any of them for the
     quotes of a phrase);
   - dashes: every dash (general category Pd) and the minus sign are "-";
   - digits: a decimal digit of any script is its ASCII digit, as the
     root collation gives digits of the same value the same weight.

   Each language adds its own rules: the tables below.  */

#include "system.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unicase.h>
#include <unictype.h>
#include <unigbrk.h>
#include <uninorm.h>
#include <unistr.h>

#include "diagnostics.h"
#include "search-fold.h"

/* A letter that a language's readers count as another: FROM is compared
   as the string TO.  */
struct equivalence
{
  ucs4_t from;
  const char *to;
};

struct fold_language
{
  const char *code;
  /* Letters written with a mark that are letters of their own, not the
     bare letter with an accent: the mark stays.  Lower case, composed,
     0 at the end.  */
  const ucs4_t *own_letters;
  /* Letters compared as others; {0, NULL} at the end.  */
  const struct equivalence *equivalences;
  /* Words are divided at apostrophes (elision).  */
  bool splits_at_apostrophes;
};

static const ucs4_t no_own_letters[] = { 0 };
static const struct equivalence no_equivalences[] = { { 0, NULL } };

/* English, Spanish and French: æ and œ are "ae" and "oe", as the root
   collation expands them, and as French readers, who write "œuvre" and
   type "oeuvre", expect (CLDR's French collation does not tailor them).  */
static const struct equivalence latin_ligatures[] =
{
  { 0x00E6, "ae" },                 /* æ */
  { 0x0153, "oe" },                 /* œ */
  { 0, NULL }
};

/* Spanish: ñ is a letter of its own, after n (CLDR, the Spanish
   tailoring: "&N<ñ<<<Ñ"); "año" is not "ano".  */
static const ucs4_t spanish_own_letters[] = { 0x00F1, 0 };

/* Russian: й is a letter of its own (the root collation gives it a
   primary weight apart from и, and CLDR's Russian collation keeps it),
   while ё is е with a diaeresis, weighed only at the second strength, so
   that "ёлка" and "елка" match, as Russian readers expect.  */
static const ucs4_t russian_own_letters[] = { 0x0439, 0 };

/* Arabic, as searchers write it.  The alef forms أ إ آ, and ؤ and ئ,
   decompose to the bare letter and a hamza or madda, which go with the
   marks (CLDR's search collation: "&ا<<آ<<أ<<إ", "&و<<ؤ", "&ي<<ئ<<ى");
   the short vowels, tanwin and shadda are marks too.  The rest is the
   normalisation of Arabic information retrieval (Larkey, Ballesteros and
   Connell, "Improving Stemming for Arabic Information Retrieval",
   SIGIR 2002), which the Snowball Arabic stemmer also applies.  */
static const struct equivalence arabic_letters[] =
{
  { 0x0671, "\u0627" },             /* alef wasla ٱ is alef ا */
  { 0x0649, "\u064A" },             /* alef maksura ى is yeh ي */
  { 0x0629, "\u0647" },             /* teh marbuta ة is heh ه */
  { 0x0640, "" },                   /* tatweel ـ only stretches a word */
  { 0, NULL }
};

static const struct fold_language fold_languages[] =
{
  { "en", no_own_letters, latin_ligatures, true },
  { "es", spanish_own_letters, latin_ligatures, true },
  { "fr", no_own_letters, latin_ligatures, true },
  { "ar", no_own_letters, arabic_letters, false },
  /* Chinese: the rules of every language; NFKC makes full-width forms
     half-width.  */
  { "zh", no_own_letters, no_equivalences, false },
  { "ru", russian_own_letters, no_equivalences, false },
};

static const struct fold_language shared_rules =
  { NULL, no_own_letters, no_equivalences, false };

const struct fold_language *
fold_language_for (const char *language_code)
{
  for (size_t i = 0; i < ARRAY_SIZE (fold_languages); i++)
    if (strcmp (fold_languages[i].code, language_code) == 0)
      return &fold_languages[i];
  return &shared_rules;
}

bool
fold_splits_at_apostrophes (const struct fold_language *language)
{
  return language->splits_at_apostrophes;
}

/* The rules of every language, for punctuation.  */

bool
fold_is_apostrophe (ucs4_t c)
{
  switch (c)
    {
    case 0x0027: case 0x2018: case 0x2019: case 0x201A: case 0x201B:
    case 0x02BC: case 0x2032: case 0xFF07:
      return true;
    default:
      return false;
    }
}

static bool
is_dash (ucs4_t c)
{
  return c == 0x2212 || uc_is_general_category (c, UC_CATEGORY_Pd);
}

/* Appending to a fold_buffer.  */

static void
reserve (struct fold_buffer *out, size_t more)
{
  if (out->bytes != NULL && more < out->allocated - out->length)
    return;
  size_t allocated = 2 * (out->length + more + 1);
  char *bytes = realloc (out->bytes, allocated);
  if (bytes == NULL)
    diag_out_of_memory ();
  out->bytes = bytes;
  out->allocated = allocated;
}

static void
append_bytes (struct fold_buffer *out, const char *bytes, size_t n)
{
  reserve (out, n);
  memcpy (out->bytes + out->length, bytes, n);
  out->length += n;
  out->bytes[out->length] = '\0';
}

static void
append_char (struct fold_buffer *out, ucs4_t c)
{
  uint8_t bytes[6];
  int n = u8_uctomb (bytes, c, sizeof bytes);
  if (n > 0)
    append_bytes (out, (const char *) bytes, (size_t) n);
}

static bool
is_own_letter (const struct fold_language *language, ucs4_t letter)
{
  for (const ucs4_t *own = language->own_letters; *own != 0; own++)
    if (*own == letter)
      return true;
  return false;
}

static const char *
equivalent_of (const struct fold_language *language, ucs4_t c)
{
  for (const struct equivalence *e = language->equivalences; e->to != NULL;
       e++)
    if (e->from == c)
      return e->to;
  return NULL;
}

/* Append the mark MARK that follows the letter BASE, if FORM keeps it.  */
static void
append_mark (const struct fold_language *language, enum fold_form form,
             ucs4_t base, ucs4_t mark, struct fold_buffer *out)
{
  if (form == FOLD_FOR_STEMMER
      || (base != 0 && is_own_letter (language, uc_composition (base, mark))))
    append_char (out, mark);
}

/* Append the character C, not a mark, case folded and decomposed.  */
static void
append_letter (const struct fold_language *language, enum fold_form form,
               ucs4_t c, struct fold_buffer *out)
{
  if (c < 0x80)
    append_char (out, c);      /* case folded already, "'" and "-" too */
  else if (fold_is_apostrophe (c))
    append_bytes (out, "'", 1);
  else if (is_dash (c))
    append_bytes (out, "-", 1);
  else if (uc_is_general_category (c, UC_CATEGORY_Nd)
           && uc_decimal_value (c) >= 0)
    append_char (out, '0' + (ucs4_t) uc_decimal_value (c));
  else
    {
      const char *to = form == FOLD_FOR_MATCHING ? equivalent_of (language, c)
                                                 : NULL;
      if (to != NULL)
        append_bytes (out, to, strlen (to));
      else
        append_char (out, c);
    }
}

/* Recompose OUT's bytes from START on (NFC), so that a letter kept with
   its mark is one character again, as the stemmers expect.  */
static void
recompose (struct fold_buffer *out, size_t start)
{
  bool ascii = true;
  for (size_t i = start; i < out->length && ascii; i++)
    ascii = (unsigned char) out->bytes[i] < 0x80;
  if (ascii)
    return;
  uint8_t buffer[256];
  size_t length = sizeof buffer;
  uint8_t *composed = u8_normalize (UNINORM_NFC,
                                    (const uint8_t *) out->bytes + start,
                                    out->length - start, buffer, &length);
  if (composed == NULL)
    diag_out_of_memory ();
  out->length = start;
  append_bytes (out, (const char *) composed, length);
  if (composed != buffer)
    free (composed);
}

/* Whether S[0..N) is all ASCII.  */
static bool
is_ascii (const char *s, size_t n)
{
  for (size_t i = 0; i < n; i++)
    if ((unsigned char) s[i] >= 0x80)
      return false;
  return true;
}

void
fold_append (const struct fold_language *language, enum fold_form form,
             const char *s, size_t n, struct fold_buffer *out)
{
  size_t start = out->length;
  reserve (out, n);
  out->bytes[out->length] = '\0';
  /* ASCII folds to its lower case, whatever the language and the form
     (case folding is then tolower, NFKC leaves it as it is, it has no
     marks and no invisible characters).  Most words of English, Spanish
     and French are ASCII: this spares libunistring's case folding, which
     costs some thousand instructions a call, for most of them.  */
  if (is_ascii (s, n))
    {
      for (size_t i = 0; i < n; i++)
        out->bytes[out->length++] = (char) (s[i] >= 'A' && s[i] <= 'Z'
                                            ? s[i] - 'A' + 'a' : s[i]);
      out->bytes[out->length] = '\0';
      return;
    }
  uint8_t buffer[256];
  size_t length = sizeof buffer;
  uint8_t *decomposed = u8_casefold ((const uint8_t *) s, n,
                                     language->code, UNINORM_NFKD,
                                     buffer, &length);
  if (decomposed == NULL)
    diag_out_of_memory ();
  ucs4_t base = 0;
  for (size_t i = 0; i < length;)
    {
      ucs4_t c;
      i += u8_mbtouc (&c, decomposed + i, length - i);
      if (uc_is_property_default_ignorable_code_point (c))
        continue;
      if (uc_is_general_category (c, UC_CATEGORY_Mn))
        append_mark (language, form, base, c, out);
      else
        {
          base = c;
          append_letter (language, form, c, out);
        }
    }
  if (decomposed != buffer)
    free (decomposed);
  recompose (out, start);
}

void
fold_text (const struct fold_language *language, enum fold_form form,
           const char *s, size_t n, struct folded *result)
{
  struct fold_buffer out = { NULL, 0, 0 };
  reserve (&out, n);
  out.bytes[0] = '\0';
  struct fold_span *spans = NULL;
  size_t spans_allocated = 0;
  const uint8_t *u = (const uint8_t *) s, *end = u + n;
  for (const uint8_t *cluster = u; cluster < end;)
    {
      const uint8_t *next = u8_grapheme_next (cluster, end);
      size_t before = out.length;
      fold_append (language, form, (const char *) cluster,
                   (size_t) (next - cluster), &out);
      if (out.length > spans_allocated)
        {
          spans_allocated = out.allocated;
          spans = realloc (spans, spans_allocated * sizeof *spans);
          if (spans == NULL)
            diag_out_of_memory ();
        }
      for (size_t i = before; i < out.length; i++)
        spans[i] = (struct fold_span) { (size_t) (cluster - u),
                                        (size_t) (next - u) };
      cluster = next;
    }
  result->text = out.bytes;
  result->length = out.length;
  result->spans = spans;
}

void
folded_free (struct folded *folded)
{
  free (folded->text);
  free (folded->spans);
  folded->text = NULL;
  folded->spans = NULL;
  folded->length = 0;
}

char *
fold_string (const struct fold_language *language, enum fold_form form,
             const char *s, size_t n)
{
  struct fold_buffer out = { NULL, 0, 0 };
  fold_append (language, form, s, n, &out);
  return out.bytes;
}

bool
fold_has_letter_or_digit (const char *s, size_t n)
{
  const uint8_t *u = (const uint8_t *) s;
  for (size_t i = 0; i < n;)
    {
      ucs4_t c;
      i += u8_mbtouc (&c, u + i, n - i);
      if (uc_is_general_category (c, UC_CATEGORY_L)
          || uc_is_general_category (c, UC_CATEGORY_N))
        return true;
    }
  return false;
}
