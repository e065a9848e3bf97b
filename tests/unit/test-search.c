/* test-search.c -- unit tests of the search (cmocka): each rule of
   matching in its language, with a case that must match and one that must
   not, word forms, phrases, titles and the places highlighted.

   libunistring serves as an independent oracle for the places: each must
   start and end where u8_grapheme_breaks says a cluster does.  */

#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include <unigbrk.h>
#include <uniwbrk.h>

#include "search-fold.h"
#include "search.h"

/* Whether QUERY, one --search value, finds TEXT in LANGUAGE.  */
static bool
finds (const char *language, const char *query, const char *text)
{
  struct search_query *q;
  enum search_problem problem;
  const char *arguments[] = { query };
  assert_true (search_query_parse (arguments, 1, &q, &problem));
  bool found = search_section (q, language, NULL, text, NULL, NULL);
  search_query_free (q);
  return found;
}

#define assert_finds(language, query, text) \
  assert_true (finds (language, query, text))
#define assert_misses(language, query, text) \
  assert_false (finds (language, query, text))

/* Check that H's places are in TEXT, in order, apart, and on grapheme
   cluster boundaries (and on word boundaries in Arabic).  */
static void
check_places (const char *language, const char *text, const struct highlights *h)
{
  size_t n = strlen (text);
  char *clusters = malloc (n + 1), *words = malloc (n + 1);
  assert_non_null (clusters);
  assert_non_null (words);
  u8_grapheme_breaks ((const uint8_t *) text, n, clusters);
  u8_wordbreaks ((const uint8_t *) text, n, words);
  clusters[0] = words[0] = 1;
  for (size_t i = 0; i < h->count; i++)
    {
      size_t start = h->places[i].start, end = h->places[i].end;
      assert_true (start < end);
      assert_true (end <= n);
      assert_true (i == 0 || h->places[i - 1].end < start);
      assert_true (clusters[start]);
      assert_true (end == n || clusters[end]);
      if (strcmp (language, "ar") == 0)
        assert_true (words[start] && (end == n || words[end]));
    }
  free (clusters);
  free (words);
}

/* TEXT with the places QUERY finds in it in LANGUAGE between [[ and ]]:
   a static buffer.  */
static const char *
marked (const char *language, const char *query, const char *text)
{
  static char result[4096];
  struct search_query *q;
  enum search_problem problem;
  const char *arguments[] = { query };
  assert_true (search_query_parse (arguments, 1, &q, &problem));
  struct highlights in_title, in_text;
  assert_true (search_section (q, language, NULL, text, &in_title, &in_text));
  assert_int_equal (in_title.count, 0);
  check_places (language, text, &in_text);
  size_t at = 0, used = 0;
  for (size_t i = 0; i < in_text.count; i++)
    {
      const struct highlight *p = &in_text.places[i];
      used += (size_t) snprintf (result + used, sizeof result - used,
                                 "%.*s[[%.*s]]", (int) (p->start - at),
                                 text + at, (int) (p->end - p->start),
                                 text + p->start);
      at = p->end;
    }
  snprintf (result + used, sizeof result - used, "%s", text + at);
  highlights_free (&in_title);
  highlights_free (&in_text);
  search_query_free (q);
  return result;
}

/* The folding itself: each rule, in the form words are compared in, and
   in the form the stemmers get.  */

static void
assert_folds (const char *language, enum fold_form form, const char *s,
              const char *expected)
{
  char *folded = fold_string (fold_language_for (language), form, s, strlen (s));
  assert_string_equal (folded, expected);
  free (folded);
}

#define assert_matching_form(language, s, expected) \
  assert_folds (language, FOLD_FOR_MATCHING, s, expected)

static void
test_folding_rules (void **state)
{
  (void) state;
  /* Every language.  */
  assert_matching_form ("en", "RIGHTS", "rights");
  assert_matching_form ("zh", "（人权高专办）１９９３", "(人权高专办)1993");
  assert_matching_form ("ru", "д’Артаньян", "д'артаньян");
  assert_matching_form ("en", "rights\xE2\x80\x90" "based\xE2\x80\x94" "and\xE2\x88\x92",
                        "rights-based-and-");
  assert_matching_form ("en", "devel\xC2\xAD" "opment\xE2\x80\x8B", "development");
  assert_matching_form ("en", "\xD9\xA1\xD9\xA9\xDB\xB9\xE0\xA5\xA9", "1993");
  assert_matching_form ("fr", "ÉGALITÉ", "egalite");
  assert_matching_form ("fr", "e\xCC\x81gal", "egal");
  /* Spanish: ñ stays, composed.  */
  assert_matching_form ("es", "AÑO acción", "año accion");
  assert_matching_form ("es", "an\xCC\x83o", "año");
  assert_matching_form ("en", "año", "ano");
  /* Russian: й stays, ё is е.  */
  assert_matching_form ("ru", "ЙОД Ёлка", "йод елка");
  assert_matching_form ("ru", "и\xCC\x86", "й");
  assert_matching_form ("en", "й", "и");
  /* French: œ and æ.  */
  assert_matching_form ("fr", "ŒUVRE vitæ", "oeuvre vitae");
  /* Arabic.  */
  assert_matching_form ("ar", "الأمــم إعلان القرآن ٱلله", "الامم اعلان القران الله");
  assert_matching_form ("ar", "على المساواة عالمياً", "علي المساواه عالميا");
  assert_matching_form ("ar", "مسؤول تسيئ", "مسوول تسيي");
  assert_matching_form ("en", "علىـ", "علىـ");
  /* The stemmers get the letters of the language, marks and all.  */
  assert_folds ("fr", FOLD_FOR_STEMMER, "ÉGALITÉ œuvre", "égalité œuvre");
  assert_folds ("ar", FOLD_FOR_STEMMER, "الأمم على", "الأمم على");
  assert_folds ("ru", FOLD_FOR_STEMMER, "Ёлка", "ёлка");
}

/* Every language.  */

static void
test_case_does_not_matter (void **state)
{
  (void) state;
  assert_finds ("en", "EQUALITY", "on a basis of equality.");
  assert_finds ("ru", "РАВЕНСТВА", "на основе равенства.");
  assert_finds ("fr", "égalité", "DANS DES CONDITIONS D'ÉGALITÉ");
  /* The letters still count.  */
  assert_misses ("en", "right", "a fight");
}

static void
test_compatibility_forms (void **state)
{
  (void) state;
  /* Full-width digits and brackets (NFKC).  */
  assert_finds ("zh", "１９９３", "1993年《维也纳宣言和行动纲领》");
  assert_finds ("zh", "(人权高专办)", "专员办事处（人权高专办）的使命");
  assert_finds ("en", "１９９３", "the 1993 Vienna Declaration");
  assert_misses ("zh", "１９９３", "1994年");
  assert_finds ("zh", "1993-1994", "1993–1994年");     /* en dash */
  /* The brackets are matched, not dropped.  */
  assert_misses ("zh", "(人权高专办)", "人权高专办的工作");
  /* A ligature is its letters.  */
  assert_finds ("en", "office", "the O\xEF\xAC\x83""ce");      /* U+FB03 ﬃ */
}

static void
test_apostrophes (void **state)
{
  (void) state;
  assert_finds ("fr", "l’homme", "les droits de l'homme");
  assert_finds ("fr", "l'homme", "les droits de l’homme");
  assert_finds ("fr", "homme", "les droits de l’homme");
  assert_finds ("en", "Commissioner’s", "the Commissioner's office");
  /* Russian does not elide: the apostrophe is part of the word.  */
  assert_finds ("ru", "д'Артаньян", "и д’Артаньян");
  assert_misses ("ru", "Артаньян", "и д’Артаньян");
  /* Elision: "l'" is a word of its own, and must be there.  */
  assert_misses ("fr", "l’homme", "un homme");
}

static void
test_quotation_marks (void **state)
{
  (void) state;
  /* In the text they are punctuation, of whatever kind.  */
  assert_finds ("fr", "droits", "les «\xC2\xA0" "droits\xC2\xA0» de");
  assert_finds ("ru", "права", "„права“");
  /* In the query, any of them makes a phrase.  */
  assert_finds ("en", "“rights-based approach”", "a rights-based approach to");
  assert_finds ("fr", "« approche du développement »",
                "une approche du développement fondée");
  assert_misses ("en", "“approach rights-based”", "a rights-based approach to");
}

static void
test_hyphens_and_dashes (void **state)
{
  (void) state;
  assert_finds ("en", "rights\xE2\x80\x90" "based", "a rights-based approach");  /* U+2010 */
  assert_finds ("en", "rights-based", "a rights\xE2\x80\x91" "based approach"); /* U+2011 */
  assert_finds ("en", "rights–based", "a rights-based approach");             /* en dash */
  /* A hyphenated word is its words together.  */
  assert_misses ("en", "rights-based", "rights are based on");
}

static void
test_soft_hyphens (void **state)
{
  (void) state;
  assert_finds ("en", "development", "the devel\xC2\xAD" "opment of");
  assert_finds ("en", "devel\xC2\xAD" "opment", "the development of");
  assert_finds ("ru", "развитие", "раз\xC2\xAD" "ви\xC2\xAD" "тие");
  /* A soft hyphen does not divide a word.  */
  assert_misses ("en", "devel", "the devel\xC2\xAD" "opment of");
}

static void
test_accents_do_not_matter (void **state)
{
  (void) state;
  assert_finds ("fr", "egalite", "des conditions d'égalité");
  assert_finds ("fr", "DEVELOPPEMENT", "le développement");
  assert_finds ("es", "accion", "Programa de Acción de Viena");
  assert_finds ("es", "acción", "Programa de Accion de Viena");
  /* Decomposed: e and U+0301.  */
  assert_finds ("fr", "égalité", "d'e\xCC\x81galite\xCC\x81");
  assert_finds ("ru", "права", "пра\xCC\x81ва");      /* a stress mark */
  /* The letters still count.  */
  assert_misses ("fr", "egalite", "d'égalisé");
}

/* Spanish.  */

static void
test_spanish_enye (void **state)
{
  (void) state;
  assert_finds ("es", "año", "en el año 1993");
  assert_finds ("es", "AÑO", "en el año 1993");
  assert_finds ("es", "an\xCC\x83o", "en el año 1993");     /* n and U+0303 */
  /* ñ is a letter of its own: año is not ano, in either direction.  */
  assert_misses ("es", "año", "el ano");
  assert_misses ("es", "ano", "en el año 1993");
  /* Nor is a word found inside a longer one.  */
  assert_misses ("es", "año", "los derechos humanos");
}

/* Russian.  */

static void
test_russian_short_i (void **state)
{
  (void) state;
  assert_finds ("ru", "зайка", "ЗАЙКА");
  assert_finds ("ru", "какой", "без какой-либо дискриминации");
  /* й is a letter of its own.  */
  assert_misses ("ru", "зайка", "заика");
  assert_misses ("ru", "заика", "зайка");
  assert_misses ("ru", "й", "и");
  assert_misses ("ru", "какои", "без какой-либо дискриминации");
}

static void
test_russian_yo (void **state)
{
  (void) state;
  /* ё is е to a Russian reader.  */
  assert_finds ("ru", "ёлка", "елка");
  assert_finds ("ru", "елка", "ёлка");
  assert_finds ("ru", "Объединённых", "Организации Объединенных Наций");
  assert_finds ("ru", "всё", "во все большей степени");
  /* But е is not any vowel.  */
  assert_misses ("ru", "ёлка", "иглка");
}

/* French.  */

static void
test_french_ligatures (void **state)
{
  (void) state;
  assert_finds ("fr", "oeuvre", "la mise en œuvre des traités");
  assert_finds ("fr", "œuvre", "la mise en oeuvre des traités");
  assert_finds ("fr", "OEUVRE", "MISE EN ŒUVRE");
  assert_finds ("fr", "vitae", "un curriculum vitæ");
  /* œ is o and e, both.  */
  assert_misses ("fr", "œuvre", "il ouvre la séance");
  assert_misses ("fr", "oeuvre", "euvre");
}

/* Arabic.  */

static void
test_arabic_alef_forms (void **state)
{
  (void) state;
  assert_finds ("ar", "الامم", "مفوضية الأمم المتحدة");
  assert_finds ("ar", "الاعلان", "الإعلان العالمي لحقوق الإنسان");
  assert_finds ("ar", "القران", "القرآن");
  assert_finds ("ar", "الله", "ٱلله");
  assert_finds ("ar", "مسوول", "هو المسؤول الرئيسي");      /* ؤ is و */
  /* The hamza goes, the letter stays: أمل (hope) is not عمل (work).  */
  assert_finds ("ar", "امل", "أمل");
  assert_misses ("ar", "امل", "عمل");
}

static void
test_arabic_yeh_and_teh_marbuta (void **state)
{
  (void) state;
  assert_finds ("ar", "علي", "على أساس المساواة");
  assert_finds ("ar", "المساواه", "على أساس المساواة");
  assert_finds ("ar", "المساواة", "على أساس المساواه");
  /* ى is ي, not ا; ة is ه, not ت.  */
  assert_misses ("ar", "علي", "علا");
  assert_misses ("ar", "المساوات", "على أساس المساواة");
}

static void
test_arabic_tatweel_and_marks (void **state)
{
  (void) state;
  assert_finds ("ar", "الأمــم", "مفوضية الأمم المتحدة");
  assert_finds ("ar", "عالميا", "المعترف بها عالمياً.");
  assert_finds ("ar", "مُفَوَّضِيَّة", "مفوضية الأمم المتحدة");
  /* Marks and tatweel go, letters stay.  */
  assert_misses ("ar", "الأمــم", "الأم");
}

static void
test_arabic_digits (void **state)
{
  (void) state;
  assert_finds ("ar", "١٩٩٣", "فيينا لعام 1993.");
  assert_finds ("ar", "1993", "فيينا لعام ١٩٩٣.");
  assert_finds ("ar", "۱۹۹۳", "فيينا لعام 1993.");    /* Persian digits */
  assert_misses ("ar", "١٩٩٤", "فيينا لعام 1993.");
}

static void
test_arabic_highlights_whole_words (void **state)
{
  (void) state;
  /* The tanwin stays with its alef.  */
  assert_string_equal (marked ("ar", "عالميا", "المعترف بها عالمياً."),
                       "المعترف بها [[عالمياً]].");
  /* The article and the conjunctions are part of the word.  */
  assert_string_equal (marked ("ar", "حقوق", "وصكوك حقوق الإنسان وبحقوق"),
                       "وصكوك [[حقوق]] الإنسان [[وبحقوق]]");
}

/* Word forms.  */

static void
test_word_forms (void **state)
{
  (void) state;
  assert_finds ("en", "right", "human rights");
  assert_finds ("en", "rights", "the right to development");
  assert_finds ("en", "equal", "on a basis of equality");
  assert_finds ("ru", "равенство", "на основе равенства");
  assert_finds ("es", "derecho", "los derechos humanos");
  assert_finds ("fr", "droit", "les droits de l'homme");
  assert_finds ("ar", "حقوق", "الحقوق المدنية");
  /* Other words, not other forms.  */
  assert_misses ("en", "right", "righteous");
  assert_misses ("en", "equal", "unequal");
  assert_misses ("ru", "равенство", "равный");
  /* Nor part of a word.  */
  assert_misses ("en", "developm", "the development of");
}

static void
test_chinese_finds_inside_the_text (void **state)
{
  (void) state;
  assert_finds ("zh", "人权", "联合国人权事务高级专员办事处");
  assert_finds ("zh", "发展权", "促进实现发展权，并加强");
  assert_string_equal (marked ("zh", "人权", "人权高专办致力于人权"),
                       "[[人权]]高专办致力于[[人权]]");
  assert_misses ("zh", "人权机构", "人权高专办");
  /* A match inside a cluster that folds to several letters takes the
     whole cluster.  */
  assert_string_equal (marked ("zh", "f", "\xEF\xAC\x81"), "[[\xEF\xAC\x81]]");
}

/* Phrases.  */

static void
test_phrases (void **state)
{
  (void) state;
  assert_finds ("en", "\"rights-based approach\"", "a rights-based approach");
  assert_finds ("en", "\"human rights treaties\"", "of human rights treaties is");
  /* Punctuation between the words does not matter.  */
  assert_finds ("en", "\"universal indivisible\"", "universal, indivisible");
  /* Nor white space in Chinese.  */
  assert_finds ("zh", "\"人权 高专办\"", "人权高专办");
  /* The words must come together and in order.  */
  assert_misses ("en", "\"approach rights-based\"", "a rights-based approach");
  assert_misses ("en", "\"human treaties\"", "of human rights treaties");
  /* Unquoted, each word may be anywhere.  */
  assert_finds ("en", "treaties human", "of human rights treaties");
  assert_string_equal (marked ("en", "\"rights-based approach\"",
                               "a rights-based approach to development"),
                       "a [[rights-based approach]] to development");
}

/* Titles count.  */

static void
test_titles_count (void **state)
{
  (void) state;
  struct search_query *q;
  enum search_problem problem;
  const char *arguments[] = { "empowerment" };
  assert_true (search_query_parse (arguments, 1, &q, &problem));
  struct highlights in_title, in_text;
  assert_true (search_section (q, "en", "Empowerment",
                               "governments are increasingly empowered",
                               &in_title, &in_text));
  assert_int_equal (in_title.count, 1);
  assert_int_equal (in_title.places[0].start, 0);
  assert_int_equal (in_title.places[0].end, strlen ("Empowerment"));
  assert_int_equal (in_text.count, 0);
  highlights_free (&in_title);
  highlights_free (&in_text);
  /* Without the title, the text alone does not match ("empowered" and
     "empowerment" have different stems).  */
  assert_false (search_section (q, "en", NULL,
                                "governments are increasingly empowered",
                                &in_title, &in_text));
  assert_int_equal (in_title.count + in_text.count, 0);
  search_query_free (q);

  /* One term in the title, another in the text.  */
  const char *two[] = { "foundations vienna" };
  assert_true (search_query_parse (two, 1, &q, &problem));
  assert_true (search_section (q, "en", "Foundations", "the 1993 Vienna",
                               NULL, NULL));
  assert_false (search_section (q, "en", "Mission", "the 1993 Vienna",
                                NULL, NULL));
  search_query_free (q);
}

/* Highlights.  */

static void
test_highlights (void **state)
{
  (void) state;
  /* Whole words, every one found, in order.  */
  assert_string_equal (marked ("en", "EQUALITY", "equal emphasis, equality."),
                       "[[equal]] emphasis, [[equality]].");
  /* A mark after the last letter is part of its cluster.  */
  assert_string_equal (marked ("fr", "egalite", "d'e\xCC\x81galite\xCC\x81."),
                       "d'[[e\xCC\x81galite\xCC\x81]].");
  /* Places that touch are one.  */
  assert_string_equal (marked ("zh", "人权", "人权人权"), "[[人权人权]]");
  assert_string_equal (marked ("en", "\"human rights\" rights", "human rights"),
                       "[[human rights]]");
}

/* Reading the query.  */

static enum search_problem
problem_of (const char *argument)
{
  static int sentinel;
  struct search_query *q = (struct search_query *) &sentinel;
  enum search_problem problem = (enum search_problem) -1;
  const char *arguments[] = { argument };
  assert_false (search_query_parse (arguments, 1, &q, &problem));
  assert_null (q);
  return problem;
}

static void
test_query_problems (void **state)
{
  (void) state;
  assert_int_equal (problem_of (""), SEARCH_NO_WORD);
  assert_int_equal (problem_of ("   \t"), SEARCH_NO_WORD);
  assert_int_equal (problem_of ("\xE3\x80\x80"), SEARCH_NO_WORD);  /* U+3000 */
  assert_int_equal (problem_of ("- , ."), SEARCH_NO_WORD);
  assert_int_equal (problem_of ("\"\""), SEARCH_NO_WORD);
  assert_int_equal (problem_of ("\xCC\x81"), SEARCH_NO_WORD);      /* a mark */
  assert_int_equal (problem_of ("\""), SEARCH_UNBALANCED_QUOTE);
  assert_int_equal (problem_of ("\"human rights"), SEARCH_UNBALANCED_QUOTE);
  assert_int_equal (problem_of ("rights « human"), SEARCH_UNBALANCED_QUOTE);
}

static void
test_repeated_arguments (void **state)
{
  (void) state;
  struct search_query *q;
  enum search_problem problem;
  const char *arguments[] = { "rights", "\"right to development\"" };
  assert_true (search_query_parse (arguments, 2, &q, &problem));
  assert_true (search_section (q, "en", NULL,
                               "the realization of the right to development",
                               NULL, NULL));
  assert_false (search_section (q, "en", NULL, "human rights", NULL, NULL));
  search_query_free (q);
  /* A phrase does not run from one argument into the next.  */
  const char *split[] = { "\"right to", "development\"" };
  assert_false (search_query_parse (split, 2, &q, &problem));
  assert_int_equal (problem, SEARCH_UNBALANCED_QUOTE);
}

int
main (void)
{
  const struct CMUnitTest tests[] =
    {
      cmocka_unit_test (test_folding_rules),
      cmocka_unit_test (test_case_does_not_matter),
      cmocka_unit_test (test_compatibility_forms),
      cmocka_unit_test (test_apostrophes),
      cmocka_unit_test (test_quotation_marks),
      cmocka_unit_test (test_hyphens_and_dashes),
      cmocka_unit_test (test_soft_hyphens),
      cmocka_unit_test (test_accents_do_not_matter),
      cmocka_unit_test (test_spanish_enye),
      cmocka_unit_test (test_russian_short_i),
      cmocka_unit_test (test_russian_yo),
      cmocka_unit_test (test_french_ligatures),
      cmocka_unit_test (test_arabic_alef_forms),
      cmocka_unit_test (test_arabic_yeh_and_teh_marbuta),
      cmocka_unit_test (test_arabic_tatweel_and_marks),
      cmocka_unit_test (test_arabic_digits),
      cmocka_unit_test (test_arabic_highlights_whole_words),
      cmocka_unit_test (test_word_forms),
      cmocka_unit_test (test_chinese_finds_inside_the_text),
      cmocka_unit_test (test_phrases),
      cmocka_unit_test (test_titles_count),
      cmocka_unit_test (test_highlights),
      cmocka_unit_test (test_query_problems),
      cmocka_unit_test (test_repeated_arguments),
    };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
