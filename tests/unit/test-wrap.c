/* test-wrap.c -- unit tests of the wrapping engine (cmocka).

   libunistring is the oracle: u8_grapheme_breaks tells the grapheme
   clusters, u8_possible_linebreaks the places UAX #14 lets a line break
   at, u8_width and uc_width the columns.  The engine's own rules on top
   of them (the dash tailorings, the cuts of a segment longer than the
   line) each have tests of their own.  */

#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include <unictype.h>
#include <unigbrk.h>
#include <unilbrk.h>
#include <unistr.h>
#include <uniwidth.h>

#include "utf8-repair.h"
#include "wrap.h"
#include "wrap-to-string.h"

/* Sample texts, all about the mission of the OHCHR.  */

static const char english[] =
  "The mission of the Office of the United Nations High Commissioner for "
  "Human Rights is to work for the protection of all human rights for all "
  "people; to help empower people to realize their rights; and to assist "
  "those responsible for upholding such rights in ensuring that they are "
  "implemented.";

/* U+00A0 before ':' and inside the guillemets, U+202F before '!', an en
   dash with a no-break space after it.  */
static const char french[] =
  "Article premier\u00A0: Tous les êtres humains naissent libres et égaux "
  "en dignité et en droits. «\u00A0Déclaration universelle des droits de "
  "l’homme\u00A0», adoptée en 1948\u202F! Tous les droits \u2013\u00A0civils, "
  "culturels, économiques, politiques et sociaux\u00A0\u2013 sont égaux.";

/* The raya against its words.  */
static const char spanish[] =
  "Todos los derechos \u2014civiles, culturales, económicos, políticos y "
  "sociales\u2014 deben ser considerados universales e indivisibles.";

static const char chinese[] =
  "联合国人权事务高级专员办事处的使命是保护和促进所有人的一切人权。"
  "《世界人权宣言》（1948年）、公约，条约。一切权利——公民、文化、"
  "经济、政治和社会权利——都应得到同等重视。";

static const char arabic[] =
  "تتمثل مهمة مفوضية الأمم المتحدة السامية لحقوق الإنسان في تعزيز "
  "وحماية تمتع الجميع بجميع حقوق الإنسان، والاقتصادية والاجتماعية.";

static const char russian[] =
  "Миссия Управления Верховного комиссара Организации Объединенных Наций "
  "по правам человека состоит в том, чтобы поощрять и защищать права "
  "человека для всех.";

static const char *const sample_texts[] =
  { english, french, spanish, chinese, arabic, russian };

#define SAMPLE_COUNT (sizeof sample_texts / sizeof sample_texts[0])

/* A ZWJ family (woman, woman, girl) and two flags (France, Japan).  */
#define FAMILY "\U0001F469\u200D\U0001F469\u200D\U0001F467"
#define FLAG_FR "\U0001F1EB\U0001F1F7"
#define FLAG_JP "\U0001F1EF\U0001F1F5"

/* Text in a layout.  */

struct laid_out
{
  const char *text;
  size_t length;
  struct wrap_layout layout;
};

static void
lay_out (const char *text, size_t width, const char *encoding,
         struct laid_out *result)
{
  result->text = text;
  result->length = strlen (text);
  assert_int_equal (wrap_layout_compute (text, result->length, width,
                                         encoding, &result->layout), 0);
}

static void
compute (const char *text, size_t width, struct laid_out *result)
{
  lay_out (text, width, "UTF-8", result);
}

static const char *
line_text (const struct laid_out *l, size_t i)
{
  return l->text + l->layout.lines[i].start;
}

static size_t
line_length (const struct laid_out *l, size_t i)
{
  return l->layout.lines[i].end - l->layout.lines[i].start;
}

static void
assert_wraps_to (const char *text, size_t width, const char *expected)
{
  char *wrapped = wrap_to_string (text, strlen (text), width, "UTF-8");
  assert_non_null (wrapped);
  assert_string_equal (wrapped, expected);
  free (wrapped);
}

/* What libunistring says.  */

/* The grapheme cluster boundaries of S[0..N): a malloc'd array of
   *COUNT + 1 offsets, N last.  */
static size_t *
cluster_bounds (const char *s, size_t n, size_t *count)
{
  char *breaks = malloc (n + 1);
  size_t *bounds = malloc ((n + 1) * sizeof *bounds);
  assert_non_null (breaks);
  assert_non_null (bounds);
  u8_grapheme_breaks ((const uint8_t *) s, n, breaks);
  *count = 0;
  for (size_t i = 0; i < n; i++)
    if (i == 0 || breaks[i])
      bounds[(*count)++] = i;
  bounds[*count] = n;
  free (breaks);
  return bounds;
}

static size_t
cluster_count (const char *s, size_t n)
{
  size_t count;
  free (cluster_bounds (s, n, &count));
  return count;
}

/* The end of the grapheme cluster that starts at S[0], S being N > 0
   bytes long.  */
static size_t
first_cluster_end (const char *s, size_t n)
{
  size_t count;
  size_t *bounds = cluster_bounds (s, n, &count);
  size_t end = bounds[1];
  free (bounds);
  return end;
}

static ucs4_t
first_char (const char *s, size_t n)
{
  ucs4_t uc;
  u8_mbtouc (&uc, (const uint8_t *) s, n);
  return uc;
}

static ucs4_t
last_char (const char *s, size_t n)
{
  ucs4_t uc;
  assert_non_null (u8_prev (&uc, (const uint8_t *) s + n, (const uint8_t *) s));
  return uc;
}

/* Columns of S[0..N) as printed, a soft hyphen taking none: u8_width,
   for text without emoji sequences.  */
static size_t
columns (const char *s, size_t n, const char *encoding)
{
  size_t width = 0;
  for (size_t i = 0; i < n;)
    {
      ucs4_t uc;
      int length = u8_mbtouc (&uc, (const uint8_t *) s + i, n - i);
      if (uc != 0x00AD)
        width += u8_width ((const uint8_t *) s + i, length, encoding);
      i += length;
    }
  return width;
}

/* Columns a line takes on screen, its '-' included.  */
static size_t
line_columns (const struct laid_out *l, size_t i, const char *encoding)
{
  return columns (line_text (l, i), line_length (l, i), encoding)
         + l->layout.lines[i].hyphen;
}

/* White space that may vanish at a break: White_Space, but the no-break
   spaces.  */
static bool
is_breaking_space (ucs4_t uc)
{
  return uc_is_property_white_space (uc) && uc != 0x00A0 && uc != 0x2007
         && uc != 0x202F;
}

/* A letter of an Arabic word.  */
static bool
is_arabic (ucs4_t uc)
{
  return uc_is_script (uc, uc_script_byname ("Arabic"))
         && uc_is_general_category (uc, UC_CATEGORY_L);
}

/* Punctuation that may not start a line: not opening, and kept from an
   ideograph before it by UAX #14.  */
static bool
may_not_start_line (ucs4_t uc)
{
  if (!uc_is_general_category (uc, UC_CATEGORY_P)
      || uc_is_general_category (uc, UC_CATEGORY_Ps)
      || uc_is_general_category (uc, UC_CATEGORY_Pi))
    return false;
  uint8_t pair[8] = "\u4E00";
  int length = u8_uctomb (pair + 3, uc, 4);
  char breaks[8];
  u8_possible_linebreaks (pair, 3 + length, "UTF-8", breaks);
  return breaks[3] == UC_BREAK_PROHIBITED;
}

/* Whether S[0..N) holds only breaking spaces and line ends, and at least
   one line end if NEWLINE.  */
static bool
is_gap (const char *s, size_t n, bool *newline)
{
  *newline = false;
  for (size_t i = 0; i < n;)
    {
      ucs4_t uc;
      i += u8_mbtouc (&uc, (const uint8_t *) s + i, n - i);
      if (!is_breaking_space (uc))
        return false;
      *newline = *newline || uc == '\n' || uc == '\r' || uc == '\f'
                 || uc == '\v' || uc == 0x85 || uc == 0x2028 || uc == 0x2029;
    }
  return true;
}

/* Properties of a layout.  */

/* The lines come in order and do not overlap; they start and end on
   cluster boundaries, neither starts nor ends with a breaking space
   alone, and only breaking spaces and line ends lie between them.  */
static void
assert_lines_well_formed (const struct laid_out *l)
{
  size_t count;
  size_t *bounds = cluster_bounds (l->text, l->length, &count);
  char *is_bound = calloc (l->length + 1, 1);
  assert_non_null (is_bound);
  for (size_t i = 0; i <= count; i++)
    is_bound[bounds[i]] = 1;

  size_t previous_end = 0;
  bool newline;
  for (size_t i = 0; i < l->layout.count; i++)
    {
      const struct wrap_line *line = &l->layout.lines[i];
      assert_true (previous_end <= line->start);
      assert_true (line->start <= line->end && line->end <= l->length);
      assert_true (is_bound[line->start] && is_bound[line->end]);
      assert_true (is_gap (l->text + previous_end, line->start - previous_end,
                           &newline));
      if (line->start < line->end)
        {
          const char *s = line_text (l, i);
          size_t n = line_length (l, i);
          size_t first = first_cluster_end (s, n);
          size_t last_start = n - 1;
          while (!is_bound[line->start + last_start])
            last_start--;
          assert_false (is_breaking_space (first_char (s, n))
                        && first == (size_t) u8_mblen ((const uint8_t *) s, n));
          assert_false (is_breaking_space (last_char (s, n))
                        && n - last_start
                           == (size_t) u8_mblen ((const uint8_t *) s + last_start,
                                                 n - last_start));
        }
      previous_end = line->end;
    }
  assert_true (is_gap (l->text + previous_end, l->length - previous_end,
                       &newline));
  free (is_bound);
  free (bounds);
}

/* Whether S[0..N) is an Arabic word and the punctuation after it that
   may not start a line.  */
static bool
is_arabic_word (const char *s, size_t n)
{
  size_t count;
  size_t *bounds = cluster_bounds (s, n, &count);
  size_t i = 0;
  while (i < count && is_arabic (first_char (s + bounds[i], n - bounds[i])))
    i++;
  bool word = i > 0;
  while (i < count && may_not_start_line (first_char (s + bounds[i],
                                                      n - bounds[i])))
    i++;
  free (bounds);
  return word && i == count;
}

/* Every line fits in WIDTH columns, or holds a single cluster, or an
   Arabic word (which is never cut) and the punctuation after it.  */
static void
assert_lines_fit (const struct laid_out *l, size_t width,
                  const char *encoding)
{
  for (size_t i = 0; i < l->layout.count; i++)
    if (line_columns (l, i, encoding) > width
        && cluster_count (line_text (l, i), line_length (l, i)) > 1
        && !is_arabic_word (line_text (l, i), line_length (l, i)))
      fail_msg ("line %zu is %zu columns wide, not %zu: \"%.*s\"", i,
                line_columns (l, i, encoding), width,
                (int) line_length (l, i), line_text (l, i));
}

/* S[0..N) without its breaking spaces and line ends, as a malloc'd
   string.  */
static char *
without_breaking_spaces (const char *s, size_t n)
{
  char *result = malloc (n + 1);
  size_t length = 0;
  assert_non_null (result);
  for (size_t i = 0; i < n;)
    {
      ucs4_t uc;
      int char_length = u8_mbtouc (&uc, (const uint8_t *) s + i, n - i);
      if (!is_breaking_space (uc))
        {
          memcpy (result + length, s + i, char_length);
          length += char_length;
        }
      i += char_length;
    }
  result[length] = '\0';
  return result;
}

/* The lines hold every character of the text but the breaking spaces,
   in order, and nothing else.  */
static void
assert_nothing_lost (const struct laid_out *l)
{
  char *joined = malloc (l->length + 1);
  size_t length = 0;
  assert_non_null (joined);
  for (size_t i = 0; i < l->layout.count; i++)
    {
      memcpy (joined + length, line_text (l, i), line_length (l, i));
      length += line_length (l, i);
    }
  char *expected = without_breaking_spaces (l->text, l->length);
  char *got = without_breaking_spaces (joined, length);
  assert_string_equal (got, expected);
  free (expected);
  free (got);
  free (joined);
}

static bool
is_opportunity (char opportunity)
{
  return opportunity == UC_BREAK_POSSIBLE
         || opportunity == UC_BREAK_HYPHENATION;
}

/* Whether the line from START is full at the cut before POS: the text
   from START through the cluster at POS and the clusters glued to it
   (punctuation that may not start a line, the rest of an Arabic word)
   is wider than WIDTH.  */
static bool
is_full_at_cut (const char *text, size_t length, size_t start, size_t pos,
                size_t width)
{
  size_t count;
  size_t *bounds = cluster_bounds (text + pos, length - pos, &count);
  size_t i = 1;
  ucs4_t previous = first_char (text + pos, length - pos);
  while (i < count)
    {
      ucs4_t uc = first_char (text + pos + bounds[i], length - pos - bounds[i]);
      if (!may_not_start_line (uc) && !(is_arabic (previous) && is_arabic (uc)))
        break;
      previous = uc;
      i++;
    }
  size_t end = pos + bounds[i];
  free (bounds);
  return columns (text + start, end - start, "UTF-8") > width;
}

/* Whether a line could be cut before the cluster C, after the cluster
   PREVIOUS, keeping to the rules: C is no punctuation that may not start
   a line, and the two are not letters of one Arabic word.  */
static bool
is_good_cut (ucs4_t previous, bool adjacent, ucs4_t c)
{
  return !is_breaking_space (c) && !may_not_start_line (c)
         && !(adjacent && is_arabic (previous) && is_arabic (c));
}

/* Whether S[0..N), a line, holds a place where it could have been cut
   keeping to the rules.  */
static bool
has_good_cut (const char *s, size_t n)
{
  size_t count;
  size_t *bounds = cluster_bounds (s, n, &count);
  bool found = false;
  for (size_t i = 1; i < count && !found; i++)
    {
      ucs4_t previous = first_char (s + bounds[i - 1], n - bounds[i - 1]);
      found = is_good_cut (previous, true,
                           first_char (s + bounds[i], n - bounds[i]));
    }
  free (bounds);
  return found;
}

/* Each line ends at a line end, at an opportunity that libunistring
   gives (the tailorings only take some away), or is cut in a segment
   that did not fit on it.  A cut never starts a line with punctuation
   that may not start one, unless there was no other place to cut.  A
   soft hyphen is shown only where the line ends with one.  */
static void
assert_breaks_legal (const struct laid_out *l, size_t width)
{
  char *breaks = malloc (l->length + 1);
  assert_non_null (breaks);
  u8_possible_linebreaks ((const uint8_t *) l->text, l->length, "UTF-8",
                          breaks);
  for (size_t i = 0; i + 1 < l->layout.count; i++)
    {
      const struct wrap_line *line = &l->layout.lines[i];
      const struct wrap_line *next = &l->layout.lines[i + 1];
      bool newline;
      assert_true (is_gap (l->text + line->end, next->start - line->end,
                           &newline));
      if (line->hyphen)
        {
          assert_int_equal (line->end, next->start);
          assert_memory_equal (l->text + line->end - 2, "\u00AD", 2);
        }
      if (newline || is_opportunity (breaks[next->start]))
        continue;
      if (!is_full_at_cut (l->text, l->length, line->start, next->start,
                           width))
        fail_msg ("line %zu cut at %zu, where it is not full", i, next->start);
      ucs4_t before = last_char (line_text (l, i), line_length (l, i));
      ucs4_t after = first_char (line_text (l, i + 1), line_length (l, i + 1));
      if (!is_good_cut (before, line->end == next->start, after)
          && has_good_cut (line_text (l, i), line_length (l, i)))
        fail_msg ("line %zu: a bad cut where a good one was possible", i);
    }
  free (breaks);
}

/* The width of the widest part of TEXT between two opportunities, the
   spaces at a break left out: from that width on, no line is cut.  */
static size_t
widest_unbreakable_run (const char *text)
{
  size_t n = strlen (text);
  char *breaks = malloc (n + 1);
  size_t widest = 0;
  size_t start = 0;
  assert_non_null (breaks);
  u8_possible_linebreaks ((const uint8_t *) text, n, "UTF-8", breaks);
  for (size_t i = 1; i <= n; i++)
    if (i == n || is_opportunity (breaks[i]))
      {
        size_t end = i;
        while (end > start && text[end - 1] == ' ')
          end--;
        size_t width = columns (text + start, end - start, "UTF-8");
        if (width > widest)
          widest = width;
        start = i;
      }
  free (breaks);
  return widest;
}

static void
assert_properties (const char *text, size_t width)
{
  struct laid_out l;
  compute (text, width, &l);
  assert_lines_well_formed (&l);
  assert_lines_fit (&l, width, "UTF-8");
  assert_nothing_lost (&l);
  assert_breaks_legal (&l, width);
  wrap_layout_free (&l.layout);
}

/* Breaking white space.  */

static void
test_trailing_space_at_limit (void **state)
{
  (void) state;
  assert_wraps_to ("abc def", 3, "abc\ndef");
  assert_wraps_to ("abc def", 4, "abc\ndef");
  assert_wraps_to ("abc def", 7, "abc def");

  /* The space at the break belongs to neither line.  */
  struct laid_out l;
  compute ("abc def", 4, &l);
  assert_int_equal (l.layout.count, 2);
  assert_int_equal (l.layout.lines[0].start, 0);
  assert_int_equal (l.layout.lines[0].end, 3);
  assert_int_equal (l.layout.lines[1].start, 4);
  assert_int_equal (l.layout.lines[1].end, 7);
  wrap_layout_free (&l.layout);
}

static void
test_several_spaces (void **state)
{
  (void) state;
  /* Spaces inside a line stay as they are; at a break they vanish.  */
  assert_wraps_to ("aa   bb  cc", 6, "aa\nbb  cc");
  assert_wraps_to ("aa   bb  cc", 7, "aa   bb\ncc");
  assert_wraps_to ("aa   bb  cc", 11, "aa   bb  cc");
  assert_wraps_to ("  aa \t bb   ", 2, "aa\nbb");
  assert_wraps_to ("aa\u3000bb", 2, "aa\nbb");
}

static void
test_only_spaces (void **state)
{
  (void) state;
  struct laid_out l;
  compute ("     ", 3, &l);
  assert_int_equal (l.layout.count, 0);
  wrap_layout_free (&l.layout);
  compute (" \t \u3000 \u2003", 1, &l);
  assert_int_equal (l.layout.count, 0);
  wrap_layout_free (&l.layout);
}

static void
test_empty_input (void **state)
{
  (void) state;
  struct wrap_layout layout;
  assert_int_equal (wrap_layout_compute ("", 0, 10, "UTF-8", &layout), 0);
  assert_int_equal (layout.count, 0);
  wrap_layout_free (&layout);
  assert_wraps_to ("", 10, "");
}

static void
test_no_break_spaces_kept (void **state)
{
  (void) state;
  /* No-break spaces are never dropped, even where a line is cut.  */
  for (size_t width = 1; width <= 12; width++)
    {
      struct laid_out l;
      compute ("a\u00A0b\u202Fc\u2007d e", width, &l);
      assert_nothing_lost (&l);
      wrap_layout_free (&l.layout);
    }
  assert_wraps_to ("Article premier\u00A0: tous", 15,
                   "Article\npremier\u00A0: tous");
}

/* Line ends.  */

static void
test_mandatory_breaks (void **state)
{
  (void) state;
  assert_wraps_to ("first line\nsecond", 80, "first line\nsecond");
  assert_wraps_to ("abc def\nghi", 3, "abc\ndef\nghi");
  assert_wraps_to ("ab  \n  cd", 80, "ab\ncd");
  assert_wraps_to ("a\r\nb", 80, "a\nb");
  assert_wraps_to ("a\u2028b\fc", 80, "a\nb\nc");

  struct laid_out l;
  compute ("a\n\nb", 80, &l);
  assert_int_equal (l.layout.count, 3);
  assert_int_equal (l.layout.lines[1].start, l.layout.lines[1].end);
  wrap_layout_free (&l.layout);
  assert_wraps_to ("a\n\nb", 80, "a\n\nb");
}

/* Clusters and widths.  */

static void
test_word_longer_than_line (void **state)
{
  (void) state;
  assert_wraps_to ("abcdefghij", 4, "abcd\nefgh\nij");
  assert_wraps_to ("ab verylongword cd", 5, "ab\nveryl\nongwo\nrd cd");
  /* Cut by clusters: an accented letter is not split.  */
  assert_wraps_to ("cafe\u0301ine\u0301e", 4, "cafe\u0301\nine\u0301e");
}

static void
test_combining_marks (void **state)
{
  (void) state;
  static const char text[] = "e\u0301e\u0301e\u0301e\u0301e\u0301";
  assert_int_equal (wrap_display_width (text, strlen (text), "UTF-8"), 5);
  assert_wraps_to (text, 2, "e\u0301e\u0301\ne\u0301e\u0301\ne\u0301");
  /* Even on a line already too full, the mark stays with its base.  */
  assert_wraps_to ("中\u0301文\u0301", 1, "中\u0301\n文\u0301");
  for (size_t width = 1; width <= 6; width++)
    assert_properties (text, width);
}

static void
test_emoji_sequences (void **state)
{
  (void) state;
  assert_int_equal (wrap_display_width (FAMILY, strlen (FAMILY), "UTF-8"), 2);
  assert_wraps_to (FAMILY, 1, FAMILY);
  assert_wraps_to ("ab" FAMILY "cd", 2, "ab\n" FAMILY "\ncd");

  static const char flags[] = FLAG_FR FLAG_JP;
  assert_int_equal (wrap_display_width (flags, strlen (flags), "UTF-8"), 4);
  assert_wraps_to (flags, 1, FLAG_FR "\n" FLAG_JP);
  assert_wraps_to (flags, 3, FLAG_FR "\n" FLAG_JP);
  assert_wraps_to (flags, 4, FLAG_FR FLAG_JP);
  assert_wraps_to ("a " FLAG_FR " b", 3, "a\n" FLAG_FR "\nb");

  /* U+2764 HEAVY BLACK HEART is 1 column alone, 2 as an emoji; a skin
     tone makes a thumb no wider.  */
  assert_int_equal (wrap_display_width ("\u2764", 3, "UTF-8"), 1);
  assert_int_equal (wrap_display_width ("\u2764\uFE0F", 6, "UTF-8"), 2);
  assert_int_equal (wrap_display_width ("\U0001F44D\U0001F3FD", 8, "UTF-8"),
                    2);
}

static void
test_narrow_widths_mixed (void **state)
{
  (void) state;
  assert_wraps_to ("ab 中文 e\u0301f", 1, "a\nb\n中\n文\ne\u0301\nf");
  assert_wraps_to ("ab 中文 e\u0301f", 2, "ab\n中\n文\ne\u0301f");
  /* A cluster wider than the line stands alone on its line.  */
  assert_wraps_to ("a中b", 1, "a\n中\nb");
}

/* Each character's width is uc_width's (a soft hyphen's none), and a
   character after a letter starts a cluster where u8_grapheme_breaks
   says so: checked for every character of the BMP.  */
static void
test_widths_are_libunistrings (void **state)
{
  (void) state;
  for (ucs4_t uc = 0x20; uc < 0x10000; uc++)
    {
      if ((uc >= 0xD800 && uc <= 0xDFFF) || uc == 0x7F)
        continue;
      uint8_t pair[8] = "a";
      int length = u8_uctomb (pair + 1, uc, 6);
      int width = uc == 0xAD ? 0 : uc_width (uc, "UTF-8");
      size_t alone = width < 0 ? 0 : (size_t) width;
      assert_int_equal (wrap_display_width ((const char *) pair + 1, length,
                                            "UTF-8"), alone);
      char breaks[8];
      u8_grapheme_breaks (pair, 1 + length, breaks);
      size_t expected = breaks[1] ? 1 + alone : 1;
      if (wrap_display_width ((const char *) pair, 1 + length, "UTF-8")
          != expected)
        fail_msg ("U+%04X after 'a': %zu columns, not %zu", (unsigned) uc,
                  wrap_display_width ((const char *) pair, 1 + length,
                                      "UTF-8"), expected);
    }
}

/* In a CJK legacy charset the East Asian ambiguous characters count 2
   columns, as u8_width says for that charset.  */
static void
test_widths_in_cjk_charsets (void **state)
{
  (void) state;
  static const char dashes[] = "——“…”";
  assert_int_equal (wrap_display_width (dashes, strlen (dashes), "UTF-8"), 5);
  assert_int_equal (wrap_display_width (dashes, strlen (dashes), "GBK"), 10);
  for (size_t t = 0; t < SAMPLE_COUNT; t++)
    for (size_t i = 0; i < 3; i++)
      {
        static const char *const encodings[] = { "UTF-8", "GBK", "BIG5" };
        const char *s = sample_texts[t];
        assert_int_equal (wrap_display_width (s, strlen (s), encodings[i]),
                          columns (s, strlen (s), encodings[i]));
      }

  /* Lines fit by that measure.  */
  for (size_t width = 2; width <= 40; width++)
    {
      struct laid_out l;
      lay_out (chinese, width, "GBK", &l);
      assert_lines_fit (&l, width, "GBK");
      assert_nothing_lost (&l);
      wrap_layout_free (&l.layout);
    }
}

static void
test_display_width (void **state)
{
  (void) state;
  assert_int_equal (wrap_display_width ("abc", 3, "UTF-8"), 3);
  assert_int_equal (wrap_display_width ("中文", 6, "UTF-8"), 4);
  assert_int_equal (wrap_display_width ("a\u00ADb", 4, "UTF-8"), 2);
  assert_int_equal (wrap_display_width ("a\tb", 3, "UTF-8"), 2);

  /* Longer than the engine measures on the stack.  */
  char *text = malloc (3 * 1000 + 1);
  assert_non_null (text);
  for (size_t i = 0; i < 1000; i++)
    memcpy (text + 3 * i, "中", 3);
  assert_int_equal (wrap_display_width (text, 3000, "UTF-8"), 2000);
  free (text);
}

/* Scripts.  */

static void
test_chinese (void **state)
{
  (void) state;
  static const char *const no_line_start[] =
    { "，", "。", "、", "；", "：", "？", "！", "）", "》", "”" };
  static const char *const no_line_end[] = { "（", "《", "“" };
  /* Below this width some segment ("年）、") cannot fit on a line, and a
     cut has to start a line with a closing mark.  */
  size_t widest = widest_unbreakable_run (chinese);
  assert_true (widest <= 6);
  for (size_t width = 2; width <= 40; width++)
    {
      struct laid_out l;
      compute (chinese, width, &l);
      assert_lines_well_formed (&l);
      assert_breaks_legal (&l, width);
      assert_lines_fit (&l, width, "UTF-8");
      for (size_t i = 0; i < l.layout.count; i++)
        {
          const char *s = line_text (&l, i);
          size_t n = line_length (&l, i);
          for (size_t k = 0; k < 10 && i > 0 && width >= widest; k++)
            assert_false (n >= strlen (no_line_start[k])
                          && memcmp (s, no_line_start[k],
                                     strlen (no_line_start[k])) == 0);
          for (size_t k = 0; k < 3 && width >= widest; k++)
            assert_false (n >= strlen (no_line_end[k])
                          && memcmp (s + n - strlen (no_line_end[k]),
                                     no_line_end[k],
                                     strlen (no_line_end[k])) == 0);
          /* The two-em dash is never split.  */
          assert_false (n >= 3 && memcmp (s, "—", 3) == 0
                        && i > 0 && line_length (&l, i - 1) >= 3
                        && memcmp (line_text (&l, i - 1)
                                   + line_length (&l, i - 1) - 3, "—", 3) == 0);
        }
      wrap_layout_free (&l.layout);

      /* No space inserted: the lines put end to end give the input.  */
      char *wrapped = wrap_to_string (chinese, strlen (chinese), width,
                                      "UTF-8");
      assert_non_null (wrapped);
      size_t length = 0;
      for (const char *p = wrapped; *p != '\0'; p++)
        if (*p != '\n')
          wrapped[length++] = *p;
      wrapped[length] = '\0';
      assert_string_equal (wrapped, chinese);
      free (wrapped);
    }
}

/* An Arabic word is never cut: wider than the line, it stands alone on
   its line, with the punctuation after it.  */
static void
test_arabic_words_whole (void **state)
{
  (void) state;
  static const char word[] = "والاقتصادية";   /* 11 columns */
  assert_wraps_to (word, 4, word);
  assert_wraps_to ("في " "والاقتصادية" " في", 4,
                   "في\n" "والاقتصادية" "\nفي");
  assert_wraps_to ("والاقتصادية" "،", 5, "والاقتصادية" "،");
  assert_wraps_to ("(" "والاقتصادية" ")", 5, "(\n" "والاقتصادية" ")");
  for (size_t width = 1; width <= 60; width++)
    {
      assert_properties (arabic, width);

      /* No word of the text is cut: the lines' words are the text's.  */
      char *wrapped = wrap_to_string (arabic, strlen (arabic), width,
                                      "UTF-8");
      assert_non_null (wrapped);
      for (char *p = wrapped; *p != '\0'; p++)
        if (*p == '\n')
          *p = ' ';
      assert_string_equal (wrapped, arabic);
      free (wrapped);
    }
  /* A line end right after a word taken whole ends its line: no empty
     line comes between.  */
  assert_wraps_to ("والاقتصادية\nفي", 4, "والاقتصادية\nفي");
  assert_wraps_to ("والاقتصادية \nفي", 4, "والاقتصادية\nفي");
  assert_wraps_to ("والاقتصادية\n\nفي", 4, "والاقتصادية\n\nفي");
}

/* The dash tailorings.  */

static void
test_dash_against_word (void **state)
{
  (void) state;
  /* The Spanish raya: "—civiles" and "sociales—" are never split.  */
  assert_wraps_to ("derechos \u2014civiles y sociales\u2014 deben", 9,
                   "derechos\n\u2014civiles\ny\nsociales\u2014\ndeben");
  assert_wraps_to ("ab\u2014cd", 3, "ab\u2014\ncd");
  /* libunistring alone would break on both sides of the raya.  */
  char breaks[32];
  static const char raya[] = "a \u2014b c\u2014 d";
  u8_possible_linebreaks ((const uint8_t *) raya, strlen (raya), "UTF-8",
                          breaks);
  assert_int_equal (breaks[5], UC_BREAK_POSSIBLE);
  assert_int_equal (breaks[8], UC_BREAK_POSSIBLE);
  assert_wraps_to (raya, 3, "a\n\u2014b\nc\u2014\nd");

  /* Spaced dashes keep their breaks.  */
  assert_wraps_to ("rights \u2013 civil", 8, "rights \u2013\ncivil");
  assert_wraps_to ("rights \u2013 civil", 6, "rights\n\u2013\ncivil");
}

/* In a script written without spaces, a dash is left to UAX #14: "——"
   may start a line, and is never split.  */
static void
test_dash_in_chinese (void **state)
{
  (void) state;
  static const char text[] = "一切权利——公民";
  assert_wraps_to (text, 8, "一切权利\n——公民");
  assert_wraps_to (text, 9, "一切权利\n——公民");
  assert_wraps_to (text, 10, "一切权利——\n公民");
  assert_wraps_to (text, 2, "一\n切\n权\n利\n——\n公\n民");
}

/* A dash followed by a no-break space stays with it, and so with the
   word after it.  */
static void
test_dash_before_no_break_space (void **state)
{
  (void) state;
  static const char text[] = "droits \u2013\u00A0civils, culturels";
  /* libunistring alone would break between the dash and the space.  */
  char breaks[sizeof text];
  u8_possible_linebreaks ((const uint8_t *) text, strlen (text), "UTF-8",
                          breaks);
  assert_int_equal (breaks[10], UC_BREAK_POSSIBLE);
  for (size_t width = 7; width <= 16; width++)
    {
      char *wrapped = wrap_to_string (text, strlen (text), width, "UTF-8");
      assert_non_null (wrapped);
      assert_null (strstr (wrapped, "\u2013\n"));
      free (wrapped);
    }
  assert_wraps_to (text, 12, "droits\n\u2013\u00A0civils,\nculturels");
}

/* An option name keeps its leading hyphens: "--" never ends a line, but
   a hyphen inside a word still breaks.  */
static void
test_leading_hyphens_kept (void **state)
{
  (void) state;
  static const char text[] = "use --width or -w, a well-known option";
  /* libunistring alone would break after "--" and after "-".  */
  char breaks[sizeof text];
  u8_possible_linebreaks ((const uint8_t *) text, strlen (text), "UTF-8",
                          breaks);
  assert_int_equal (breaks[6], UC_BREAK_POSSIBLE);
  for (size_t width = 3; width <= 12; width++)
    {
      char *wrapped = wrap_to_string (text, strlen (text), width, "UTF-8");
      assert_non_null (wrapped);
      assert_null (strstr (wrapped, "-\nw"));
      free (wrapped);
    }
  assert_wraps_to (text, 9, "use\n--width\nor -w, a\nwell-\nknown\noption");
}

/* Cutting a segment longer than the line.  */

/* The cut never starts a line with punctuation that may not start one:
   the letter before it goes along.  */
static void
test_cut_keeps_punctuation_with_a_letter (void **state)
{
  (void) state;
  assert_wraps_to ("discrimination.", 14, "discriminatio\nn.");
  assert_wraps_to ("derechos, y", 8, "derecho\ns, y");
  assert_wraps_to ("(OHCHR) is", 6, "(OHCH\nR) is");
  assert_wraps_to ("ab !\u03A9", 3, "a\nb !\n\u03A9");
  assert_wraps_to ("人权。", 4, "人\n权。");
  /* No room for a letter before it: where it was.  */
  assert_wraps_to ("a,", 1, "a\n,");
  assert_wraps_to ("人权。，", 4, "人\n权。\n，");
  assert_wraps_to ("......", 2, "..\n..\n..");

  for (size_t t = 0; t < SAMPLE_COUNT; t++)
    for (size_t width = 2; width <= 16; width++)
      {
        struct laid_out l;
        compute (sample_texts[t], width, &l);
        assert_breaks_legal (&l, width);
        wrap_layout_free (&l.layout);
      }
}

/* A line cut where there is no opportunity leaves out the spaces before
   the cut.  */
static void
test_cut_leaves_spaces_out (void **state)
{
  (void) state;
  assert_wraps_to ("( c\u0301", 2, "(\nc\u0301");
  assert_wraps_to ("Vraiment !\U0001F600", 9, "Vraimen\nt !\U0001F600");
}

/* Soft hyphens.  */

static void
test_soft_hyphen_breaks (void **state)
{
  (void) state;
  static const char text[] = "inter\u00ADnational\u00ADisation";
  assert_wraps_to (text, 10, "inter-\nnational-\nisation");
  assert_wraps_to (text, 40, "internationalisation");

  struct laid_out l;
  compute (text, 10, &l);
  assert_int_equal (l.layout.count, 3);
  assert_true (l.layout.lines[0].hyphen);
  assert_true (l.layout.lines[1].hyphen);
  assert_false (l.layout.lines[2].hyphen);
  wrap_layout_free (&l.layout);
}

static void
test_soft_hyphen_needs_a_column (void **state)
{
  (void) state;
  /* "abcd-" needs 5 columns: at 4 the word is cut, without a '-'.  */
  assert_wraps_to ("abcd\u00ADef", 5, "abcd-\nef");
  assert_wraps_to ("abcd\u00ADef", 4, "abcd\nef");
  struct laid_out l;
  compute ("abcd\u00ADef", 4, &l);
  assert_int_equal (l.layout.count, 2);
  assert_false (l.layout.lines[0].hyphen);
  wrap_layout_free (&l.layout);
  /* Removed where the line does not break.  */
  assert_wraps_to ("co\u00ADop\u00ADer\u00ADate now", 9, "cooperate\nnow");
}

/* Properties over the sample texts and random strings.  */

static void
test_properties_of_samples (void **state)
{
  (void) state;
  for (size_t t = 0; t < SAMPLE_COUNT; t++)
    for (size_t width = 1; width <= 100; width++)
      assert_properties (sample_texts[t], width);
}

/* Pieces of text that exercise the rules of UAX #14 and UAX #29: letters
   of several scripts, marks, spaces of every kind, punctuation, quotation
   marks, dashes, digits, ideographs, emoji, controls.  */
static const char *const tricky_pieces[] =
{
  "a", "Z", "word", "\u00E9", "e\u0301", " ", "  ", "\t", ",", ".", ";",
  ":", "!", "?", "(", ")", "[", "]", "\u00AB", "\u00BB", "\u00A0",
  "\u202F", "\u2019", "\"", "'", "-", "\u2013", "\u2014", "/", "1", "42",
  "%", "\u4E2D", "\u6587", "\u3002", "\uFF0C", "\u3001", "\uFF08",
  "\uFF09", "\u300A", "\u300B", "\u201C", "\u201D", "\u0416", "\u0438",
  "\u0628", "\u064A", "\u064E", "\u060C", "\u061F", "\u00AD", "\n",
  "\r\n", "\u200B", "\u2060", "\u0600", "\u0E01", "\uD55C", "\U0001F44D",
  "\U0001F1EB\U0001F1F7", "\u200D", "\u05E9", "\u0301", "\u3000",
  "\xC2\x85", "\u2028", "\u0645\u0641\u0648\u0636\u064A\u0629"
};

/* A deterministic pseudo-random number (a linear congruential generator:
   the same strings on every run).  */
static unsigned
next_random (unsigned long *seed)
{
  *seed = *seed * 6364136223846793005u + 1442695040888963407u;
  return (unsigned) (*seed >> 33);
}

static void
test_properties_of_random_strings (void **state)
{
  (void) state;
  const size_t piece_count = sizeof tricky_pieces / sizeof tricky_pieces[0];
  unsigned long seed = 1;
  char text[512];
  for (int round = 0; round < 1500; round++)
    {
      size_t length = 0;
      size_t pieces = 1 + next_random (&seed) % 40;
      for (size_t i = 0; i < pieces; i++)
        {
          const char *piece = tricky_pieces[next_random (&seed) % piece_count];
          size_t size = strlen (piece);
          if (length + size >= sizeof text)
            break;
          memcpy (text + length, piece, size);
          length += size;
        }
      text[length] = '\0';
      for (size_t width = 1; width <= 12; width++)
        {
          struct laid_out l;
          compute (text, width, &l);
          assert_lines_well_formed (&l);
          assert_nothing_lost (&l);
          wrap_layout_free (&l.layout);
        }
    }
}

/* A megabyte in one paragraph: every line fits.  */
static void
test_long_paragraph (void **state)
{
  (void) state;
  static const char piece[] = "Les droits de l’homme, 人权 e\u0301 "
                              "co\u00ADop\u00ADé\u00ADra\u00ADtion ";
  const size_t copies = (1 << 20) / (sizeof piece - 1) + 1;
  size_t length = copies * (sizeof piece - 1);
  char *text = malloc (length + 1);
  assert_non_null (text);
  for (size_t i = 0; i < copies; i++)
    memcpy (text + i * (sizeof piece - 1), piece, sizeof piece - 1);
  text[length] = '\0';

  struct laid_out l;
  compute (text, 72, &l);
  assert_true (l.layout.count >= columns (text, length, "UTF-8") / 72);
  for (size_t i = 0; i < l.layout.count; i++)
    assert_true (line_columns (&l, i, "UTF-8") <= 72);
  wrap_layout_free (&l.layout);
  free (text);
}

/* Repairing text from outside the program.  */

static void
assert_repairs_to (const char *text, const char *expected)
{
  size_t length;
  char *repaired = utf8_repair (text, strlen (text), &length);
  assert_non_null (repaired);
  assert_int_equal (length, strlen (expected));
  assert_string_equal (repaired, expected);
  assert_null (u8_check ((const uint8_t *) repaired, length));
  free (repaired);
}

static void
test_repair (void **state)
{
  (void) state;
  assert_repairs_to ("ab\xff" "cd \xe2\x82", "ab\uFFFDcd \uFFFD");
  /* One U+FFFD per maximal subpart of an ill-formed sequence (Unicode,
     table 3-8).  */
  assert_repairs_to ("\xe2\x82" "x", "\uFFFDx");
  assert_repairs_to ("\xf0\x80\x80", "\uFFFD\uFFFD\uFFFD");
  assert_repairs_to ("\xed\xa0\x80", "\uFFFD\uFFFD\uFFFD");
  assert_repairs_to ("\xf4\x90\x80\x80", "\uFFFD\uFFFD\uFFFD\uFFFD");
  assert_repairs_to ("\xf5\x80", "\uFFFD\uFFFD");
  assert_repairs_to ("\xc0\xaf", "\uFFFD\uFFFD");
  assert_repairs_to ("\xf0\x9f\x98" "x", "\uFFFDx");
  assert_repairs_to ("a\xe1\x80\xe1\x80\x80", "a\uFFFD\u1000");
  assert_repairs_to ("d\u00e9j\u00e0 \u4E2D", "d\u00e9j\u00e0 \u4E2D");
  assert_null (u8_check ((const uint8_t *) "d\u00e9j\u00e0", 6));
  assert_non_null (u8_check ((const uint8_t *) "\xed\xa0\x80", 3));
}

int
main (void)
{
  const struct CMUnitTest tests[] =
    {
      cmocka_unit_test (test_trailing_space_at_limit),
      cmocka_unit_test (test_several_spaces),
      cmocka_unit_test (test_only_spaces),
      cmocka_unit_test (test_empty_input),
      cmocka_unit_test (test_no_break_spaces_kept),
      cmocka_unit_test (test_mandatory_breaks),
      cmocka_unit_test (test_word_longer_than_line),
      cmocka_unit_test (test_combining_marks),
      cmocka_unit_test (test_emoji_sequences),
      cmocka_unit_test (test_narrow_widths_mixed),
      cmocka_unit_test (test_widths_are_libunistrings),
      cmocka_unit_test (test_widths_in_cjk_charsets),
      cmocka_unit_test (test_display_width),
      cmocka_unit_test (test_chinese),
      cmocka_unit_test (test_arabic_words_whole),
      cmocka_unit_test (test_dash_against_word),
      cmocka_unit_test (test_dash_in_chinese),
      cmocka_unit_test (test_dash_before_no_break_space),
      cmocka_unit_test (test_leading_hyphens_kept),
      cmocka_unit_test (test_cut_keeps_punctuation_with_a_letter),
      cmocka_unit_test (test_cut_leaves_spaces_out),
      cmocka_unit_test (test_soft_hyphen_breaks),
      cmocka_unit_test (test_soft_hyphen_needs_a_column),
      cmocka_unit_test (test_properties_of_samples),
      cmocka_unit_test (test_properties_of_random_strings),
      cmocka_unit_test (test_long_paragraph),
      cmocka_unit_test (test_repair),
    };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
