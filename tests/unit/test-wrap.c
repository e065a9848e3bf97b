/* test-wrap.c -- unit tests of the line-wrapping engine (cmocka).

   libunistring serves as an independent oracle here: u8_grapheme_breaks
   tells the grapheme clusters and u8_possible_linebreaks the places UAX #14
   allows a line to break at.  */

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

#include "common-breaks.h"
#include "common-chars.h"
#include "wrap.h"

/* Sample texts, all about the mission of the OHCHR.  */

static const char english[] =
  "The mission of the Office of the United Nations High Commissioner for "
  "Human Rights is to work for the protection of all human rights for all "
  "people; to help empower people to realize their rights; and to assist "
  "those responsible for upholding such rights in ensuring that they are "
  "implemented.";

/* U+00A0 before ':' and inside the guillemets, U+202F before '!'.  */
static const char french[] =
  "Article premier\u00A0: Tous les êtres humains naissent libres et égaux "
  "en dignité et en droits. «\u00A0Déclaration universelle des droits de "
  "l’homme\u00A0», adoptée en 1948\u202F!";

static const char chinese[] =
  "联合国人权事务高级专员办事处的使命是保护和促进所有人的一切人权。"
  "《世界人权宣言》（1948年）、公约，条约。";

static const char arabic[] =
  "تتمثل مهمة مفوضية الأمم المتحدة السامية لحقوق الإنسان في تعزيز "
  "وحماية تمتع الجميع بجميع حقوق الإنسان.";

static const char russian[] =
  "Миссия Управления Верховного комиссара Организации Объединённых Наций "
  "по правам человека состоит в том, чтобы поощрять и защищать права "
  "человека для всех.";

static const char *const sample_texts[] =
  { english, french, chinese, arabic, russian };

#define SAMPLE_COUNT (sizeof sample_texts / sizeof sample_texts[0])

/* A ZWJ family (woman, woman, girl) and two flags (France, Japan).  */
#define FAMILY "\U0001F469\u200D\U0001F469\u200D\U0001F467"
#define FLAG_FR "\U0001F1EB\U0001F1F7"
#define FLAG_JP "\U0001F1EF\U0001F1F5"

/* Helpers.  */

static void
compute (const char *text, size_t width, struct wrap_layout *layout)
{
  assert_int_equal (wrap_layout_compute (text, strlen (text), width, layout),
                    0);
}

static void
assert_wraps_to (const char *text, size_t width, const char *expected)
{
  char *wrapped = wrap_to_string (text, strlen (text), width);

  assert_non_null (wrapped);
  assert_string_equal (wrapped, expected);
  free (wrapped);
}

static const char *
line_text (const struct wrap_layout *layout, size_t i)
{
  return layout->text + layout->lines[i].start;
}

static size_t
line_length (const struct wrap_layout *layout, size_t i)
{
  return layout->lines[i].end - layout->lines[i].start;
}

/* Columns the line takes on screen, its '-' included.  */
static size_t
line_width (const struct wrap_layout *layout, size_t i)
{
  return wrap_display_width (line_text (layout, i), line_length (layout, i))
         + layout->lines[i].hyphen;
}

/* Offsets of the grapheme cluster boundaries in S[0..N), per libunistring
   (N + 1 marks the end): a malloc'd array of *COUNT + 1 offsets.  */
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

static size_t
first_cluster_width (const char *s, size_t n)
{
  size_t count;
  size_t *bounds = cluster_bounds (s, n, &count);
  size_t width = count > 0 ? wrap_display_width (s, bounds[1]) : 0;

  free (bounds);
  return width;
}

static bool
is_breaking_space (ucs4_t uc)
{
  return uc == ' ' || uc == '\t' || uc == 0x1680 || uc == 0x200B
         || uc == 0x205F || uc == 0x3000
         || (0x2000 <= uc && uc <= 0x200A && uc != 0x2007);
}

static bool
is_newline (ucs4_t uc)
{
  return uc == '\n' || uc == '\r' || uc == '\v' || uc == '\f'
         || uc == 0x85 || uc == 0x2028 || uc == 0x2029;
}

/* Whether S[FROM..TO) holds a newline; assert it holds only breaking
   spaces and newlines.  */
static bool
gap_has_newline (const char *s, size_t from, size_t to)
{
  bool newline = false;

  while (from < to)
    {
      ucs4_t uc;
      from += u8_mbtouc (&uc, (const uint8_t *) s + from, to - from);
      assert_true (is_breaking_space (uc) || is_newline (uc));
      newline = newline || is_newline (uc);
    }
  return newline;
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
  const uint8_t *last = u8_prev (&uc, (const uint8_t *) s + n,
                                 (const uint8_t *) s);

  assert_non_null (last);
  return uc;
}

/* Whether the first grapheme cluster of S[0..N) is a lone breaking space
   (a space with a mark or a joiner after it is no longer one).  */
static bool
starts_with_lone_space (const char *s, size_t n)
{
  const uint8_t *u = (const uint8_t *) s;
  ucs4_t uc;
  int length = u8_mbtouc (&uc, u, n);

  return is_breaking_space (uc) && u8_grapheme_next (u, u + n) == u + length;
}

/* Whether the last grapheme cluster of S[0..N) is a lone breaking space.  */
static bool
ends_with_lone_space (const char *s, size_t n)
{
  const uint8_t *u = (const uint8_t *) s;
  ucs4_t uc;
  const uint8_t *last = u8_prev (&uc, u + n, u);

  assert_non_null (last);
  return is_breaking_space (uc) && u8_grapheme_prev (u + n, u) == last;
}

/* The lines come in order, do not overlap, neither start nor end with a
   lone breaking space, and only breaking spaces and newlines lie between
   them.  */
static void
assert_lines_well_formed (const struct wrap_layout *layout)
{
  size_t previous_end = 0;

  for (size_t i = 0; i < layout->count; i++)
    {
      const struct wrap_line *line = &layout->lines[i];

      assert_true (previous_end <= line->start);
      assert_true (line->start <= line->end);
      assert_true (line->end <= layout->length);
      gap_has_newline (layout->text, previous_end, line->start);
      if (line->start < line->end)
        {
          assert_false (starts_with_lone_space (line_text (layout, i),
                                                line_length (layout, i)));
          assert_false (ends_with_lone_space (line_text (layout, i),
                                              line_length (layout, i)));
        }
      previous_end = line->end;
    }
  gap_has_newline (layout->text, previous_end, layout->length);
}

/* Property (a): every line fits in WIDTH, or holds a single cluster.  */
static void
assert_lines_fit (const struct wrap_layout *layout, size_t width)
{
  for (size_t i = 0; i < layout->count; i++)
    if (line_width (layout, i) > width)
      assert_int_equal (cluster_count (line_text (layout, i),
                                       line_length (layout, i)), 1);
}

/* S[0..N) without its whitespace, as a malloc'd string.  */
static char *
without_whitespace (const char *s, size_t n)
{
  char *result = malloc (n + 1);
  size_t length = 0;

  assert_non_null (result);
  for (size_t i = 0; i < n; )
    {
      ucs4_t uc;
      int char_length = u8_mbtouc (&uc, (const uint8_t *) s + i, n - i);

      if (!uc_is_property_white_space (uc) && uc != 0x200B)
        {
          memcpy (result + length, s + i, char_length);
          length += char_length;
        }
      i += char_length;
    }
  result[length] = '\0';
  return result;
}

/* Property (b): the lines hold all the non-space characters of TEXT,
   and nothing else.  */
static void
assert_nothing_lost (const char *text, const struct wrap_layout *layout)
{
  char *joined = malloc (layout->length + 1);
  size_t length = 0;

  assert_non_null (joined);
  for (size_t i = 0; i < layout->count; i++)
    {
      memcpy (joined + length, line_text (layout, i), line_length (layout, i));
      length += line_length (layout, i);
    }
  char *expected = without_whitespace (text, strlen (text));
  char *got = without_whitespace (joined, length);
  assert_string_equal (got, expected);
  free (expected);
  free (got);
  free (joined);
}

static bool
is_break_opportunity (char opportunity)
{
  return opportunity == UC_BREAK_POSSIBLE
         || opportunity == UC_BREAK_HYPHENATION;
}

/* Each line ends at a newline, at a UAX #14 break opportunity, or was
   cut because the next cluster did not fit on it.  */
static void
assert_breaks_legal (const struct wrap_layout *layout, size_t width)
{
  char *breaks = malloc (layout->length + 1);

  assert_non_null (breaks);
  u8_possible_linebreaks ((const uint8_t *) layout->text, layout->length,
                          "UTF-8", breaks);
  for (size_t i = 0; i + 1 < layout->count; i++)
    {
      const struct wrap_line *line = &layout->lines[i];
      const struct wrap_line *next = &layout->lines[i + 1];

      if (line->hyphen)
        {
          assert_int_equal (line->end, next->start);
          assert_memory_equal (layout->text + line->end - 2, "\u00AD", 2);
        }
      if (gap_has_newline (layout->text, line->end, next->start)
          || is_break_opportunity (breaks[next->start]))
        continue;
      assert_true (line_width (layout, i)
                   + first_cluster_width (line_text (layout, i + 1),
                                          line_length (layout, i + 1))
                   > width);
    }
  free (breaks);
}

/* The width of the widest part of TEXT between two break opportunities,
   spaces at the break left out: from that width on, no line needs to be
   cut at a place UAX #14 forbids.  */
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
    if (i == n || is_break_opportunity (breaks[i]))
      {
        size_t end = i;
        while (end > start && (text[end - 1] == ' '))
          end--;
        size_t width = wrap_display_width (text + start, end - start);
        if (width > widest)
          widest = width;
        start = i;
      }
  free (breaks);
  return widest;
}

static bool
starts_with_any (const char *s, size_t n, const char *const *prefixes,
                 size_t count)
{
  for (size_t k = 0; k < count; k++)
    {
      size_t length = strlen (prefixes[k]);
      if (n >= length && memcmp (s, prefixes[k], length) == 0)
        return true;
    }
  return false;
}

static bool
ends_with_any (const char *s, size_t n, const char *const *suffixes,
               size_t count)
{
  for (size_t k = 0; k < count; k++)
    {
      size_t length = strlen (suffixes[k]);
      if (n >= length && memcmp (s + n - length, suffixes[k], length) == 0)
        return true;
    }
  return false;
}

static size_t
count_occurrences (const char *haystack, const char *needle)
{
  size_t count = 0;

  for (const char *p = strstr (haystack, needle); p != NULL;
       p = strstr (p + 1, needle))
    count++;
  return count;
}

/* Breaking whitespace.  */

static void
test_trailing_space_at_limit (void **state)
{
  (void) state;
  struct wrap_layout layout;

  assert_wraps_to ("abc def", 3, "abc\ndef");
  assert_wraps_to ("abc def", 4, "abc\ndef");
  assert_wraps_to ("abc def", 7, "abc def");

  /* The space at the break belongs to neither line.  */
  compute ("abc def", 4, &layout);
  assert_int_equal (layout.count, 2);
  assert_int_equal (layout.lines[0].start, 0);
  assert_int_equal (layout.lines[0].end, 3);
  assert_int_equal (layout.lines[1].start, 4);
  assert_int_equal (layout.lines[1].end, 7);
  wrap_layout_free (&layout);
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
  struct wrap_layout layout;

  compute ("     ", 3, &layout);
  assert_int_equal (layout.count, 0);
  wrap_layout_free (&layout);

  compute (" \t \u3000 ", 1, &layout);
  assert_int_equal (layout.count, 0);
  wrap_layout_free (&layout);

  assert_wraps_to ("     ", 3, "");
}

static void
test_empty_input (void **state)
{
  (void) state;
  struct wrap_layout layout;

  assert_int_equal (wrap_layout_compute ("", 0, 10, &layout), 0);
  assert_int_equal (layout.count, 0);
  assert_int_equal (layout.length, 0);
  wrap_layout_free (&layout);

  assert_wraps_to ("", 10, "");
}

/* Long runs and grapheme clusters.  */

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
test_combining_marks_nfd (void **state)
{
  (void) state;
  static const char text[] = "e\u0301e\u0301e\u0301e\u0301e\u0301";

  assert_int_equal (wrap_display_width (text, strlen (text)), 5);
  assert_wraps_to (text, 2, "e\u0301e\u0301\ne\u0301e\u0301\ne\u0301");
  /* Even on a line already too full, the mark stays with its base.  */
  assert_wraps_to ("中\u0301文\u0301", 1, "中\u0301\n文\u0301");

  for (size_t width = 1; width <= 6; width++)
    {
      struct wrap_layout layout;

      compute (text, width, &layout);
      assert_int_equal (layout.count, (5 + width - 1) / width);
      for (size_t i = 0; i < layout.count; i++)
        {
          /* Each line is whole "e" + U+0301 pairs (3 bytes each).  */
          assert_int_equal (line_text (&layout, i)[0], 'e');
          assert_int_equal (line_length (&layout, i) % 3, 0);
          assert_true (line_width (&layout, i) <= width);
        }
      wrap_layout_free (&layout);
    }
}

static void
test_emoji_zwj_sequence (void **state)
{
  (void) state;
  static const char text[] = "ab" FAMILY "cd";
  const size_t family_start = 2;
  const size_t family_end = family_start + strlen (FAMILY);

  assert_int_equal (wrap_display_width (FAMILY, strlen (FAMILY)), 2);
  assert_wraps_to (FAMILY, 1, FAMILY);
  assert_wraps_to (text, 2, "ab\n" FAMILY "\ncd");

  for (size_t width = 1; width <= 7; width++)
    {
      struct wrap_layout layout;

      compute (text, width, &layout);
      for (size_t i = 0; i < layout.count; i++)
        {
          const struct wrap_line *line = &layout.lines[i];
          bool disjoint = line->end <= family_start
                          || line->start >= family_end;
          bool whole = line->start <= family_start
                       && line->end >= family_end;
          assert_true (disjoint || whole);
        }
      assert_lines_fit (&layout, width);
      wrap_layout_free (&layout);
    }
}

static void
test_flags (void **state)
{
  (void) state;
  static const char text[] = FLAG_FR FLAG_JP;

  assert_int_equal (wrap_display_width (text, strlen (text)), 4);
  assert_wraps_to (text, 1, FLAG_FR "\n" FLAG_JP);
  assert_wraps_to (text, 2, FLAG_FR "\n" FLAG_JP);
  assert_wraps_to (text, 3, FLAG_FR "\n" FLAG_JP);
  assert_wraps_to (text, 4, FLAG_FR FLAG_JP);
  assert_wraps_to ("a " FLAG_FR " b", 3, "a\n" FLAG_FR "\nb");
}

static void
test_narrow_widths_mixed (void **state)
{
  (void) state;
  static const char text[] = "ab 中文 e\u0301f";

  assert_wraps_to (text, 1, "a\nb\n中\n文\ne\u0301\nf");
  assert_wraps_to (text, 2, "ab\n中\n文\ne\u0301f");

  /* A cluster wider than the line stands alone on its line.  */
  assert_wraps_to ("中文", 1, "中\n文");
  assert_wraps_to ("a中b", 1, "a\n中\nb");
}

/* Scripts.  */

static void
test_cjk_sentence (void **state)
{
  (void) state;
  static const char *const no_line_start[] =
    { "，", "。", "、", "；", "：", "？", "！", "）", "》", "”" };
  static const char *const no_line_end[] = { "（", "《", "“" };
  /* Below this width some unbreakable run ("年）、") cannot fit on a
     line, and a forced cut has to start a line with a closing mark.  */
  size_t widest = widest_unbreakable_run (chinese);

  assert_true (widest <= 6);
  for (size_t width = 2; width <= 20; width++)
    {
      struct wrap_layout layout;

      compute (chinese, width, &layout);
      assert_lines_well_formed (&layout);
      assert_breaks_legal (&layout, width);
      for (size_t i = 0; i < layout.count; i++)
        {
          const char *s = line_text (&layout, i);
          size_t n = line_length (&layout, i);

          assert_true (line_width (&layout, i) <= width);
          if (width >= widest)
            {
              assert_false (starts_with_any (s, n, no_line_start, 10));
              assert_false (ends_with_any (s, n, no_line_end, 3));
            }
        }
      wrap_layout_free (&layout);

      /* No space inserted: the lines put end to end give the input.  */
      char *wrapped = wrap_to_string (chinese, strlen (chinese), width);
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

static void
test_arabic_sentence (void **state)
{
  (void) state;
  size_t widest = widest_unbreakable_run (arabic);

  for (size_t width = 1; width <= 60; width++)
    {
      struct wrap_layout layout;

      compute (arabic, width, &layout);
      assert_lines_well_formed (&layout);
      assert_lines_fit (&layout, width);
      assert_nothing_lost (arabic, &layout);
      wrap_layout_free (&layout);

      /* Logical order is kept: where no word has to be cut, every break
         is at one of the single spaces of the input.  */
      if (width >= widest)
        {
          char *wrapped = wrap_to_string (arabic, strlen (arabic), width);
          assert_non_null (wrapped);
          for (char *p = wrapped; *p != '\0'; p++)
            if (*p == '\n')
              *p = ' ';
          assert_string_equal (wrapped, arabic);
          free (wrapped);
        }
    }
}

static bool
is_no_break_space (ucs4_t uc)
{
  return uc == 0x00A0 || uc == 0x202F;
}

static void
test_french_no_break_spaces (void **state)
{
  (void) state;
  size_t widest = widest_unbreakable_run (french);

  for (size_t width = 1; width <= 40; width++)
    {
      struct wrap_layout layout;

      compute (french, width, &layout);
      assert_lines_well_formed (&layout);
      assert_breaks_legal (&layout, width);
      for (size_t i = 0; i + 1 < layout.count; i++)
        {
          const char *s = line_text (&layout, i);
          size_t n = line_length (&layout, i);
          const char *t = line_text (&layout, i + 1);
          size_t m = line_length (&layout, i + 1);
          bool at_no_break_space = is_no_break_space (last_char (s, n))
                                   || is_no_break_space (first_char (t, m));

          /* A line ends next to a no-break space only when a run too
             wide for the line had to be cut.  */
          if (at_no_break_space)
            assert_true (width < widest
                         && line_width (&layout, i)
                            + first_cluster_width (t, m) > width);
        }
      wrap_layout_free (&layout);

      /* No no-break space is ever dropped as a break space.  */
      char *wrapped = wrap_to_string (french, strlen (french), width);
      assert_non_null (wrapped);
      assert_int_equal (count_occurrences (wrapped, "\u00A0"), 3);
      assert_int_equal (count_occurrences (wrapped, "\u202F"), 1);
      free (wrapped);
    }
  assert_wraps_to (french, 16,
                   "Article\npremier\u00A0: Tous\nles êtres\n"
                   "humains naissent\nlibres et égaux\nen dignité et en\n"
                   "droits.\n«\u00A0Déclaration\nuniverselle des\n"
                   "droits de\nl’homme\u00A0»,\nadoptée en\n1948\u202F!");
}

/* Soft hyphens.  */

static void
test_soft_hyphen_breaks (void **state)
{
  (void) state;
  static const char text[] = "inter\u00ADnational\u00ADisation";
  struct wrap_layout layout;

  assert_wraps_to (text, 10, "inter-\nnational-\nisation");
  assert_wraps_to (text, 40, "internationalisation");

  compute (text, 10, &layout);
  assert_int_equal (layout.count, 3);
  assert_true (layout.lines[0].hyphen);
  assert_true (layout.lines[1].hyphen);
  assert_false (layout.lines[2].hyphen);
  wrap_layout_free (&layout);

  compute (text, 40, &layout);
  assert_int_equal (layout.count, 1);
  assert_false (layout.lines[0].hyphen);
  wrap_layout_free (&layout);
}

static void
test_soft_hyphen_needs_a_column (void **state)
{
  (void) state;
  struct wrap_layout layout;

  /* "abcd-" needs 5 columns: at 4 the word is cut, without a '-'.  */
  assert_wraps_to ("abcd\u00ADef", 5, "abcd-\nef");
  assert_wraps_to ("abcd\u00ADef", 4, "abcd\nef");
  compute ("abcd\u00ADef", 4, &layout);
  assert_int_equal (layout.count, 2);
  assert_false (layout.lines[0].hyphen);
  wrap_layout_free (&layout);

  /* Removed where the line does not break.  */
  assert_wraps_to ("co\u00ADop\u00ADer\u00ADate now", 9,
                   "cooperate\nnow");
}

/* Newlines.  */

/* The engine's shortcuts (ASCII, the plain blocks of the six languages)
   agree with libunistring for every character of the BMP: alone, a
   character is as wide as uc_width says, and after a letter it starts a
   new cluster exactly when u8_grapheme_breaks says so.  */
static void
test_shortcuts_agree_with_libunistring (void **state)
{
  (void) state;
  for (ucs4_t uc = 0x20; uc < 0x10000; uc++)
    {
      if ((uc >= 0xD800 && uc <= 0xDFFF) || uc == 0x7F)
        continue;
      uint8_t pair[8] = "a";
      int length = u8_uctomb (pair + 1, uc, 6);
      assert_true (length > 0);
      int width = uc == 0xAD ? 0 : uc_width (uc, "UTF-8");
      size_t alone = width < 0 ? 0 : (size_t) width;
      assert_int_equal (wrap_display_width ((const char *) pair + 1, length), alone);

      char breaks[8];
      u8_grapheme_breaks (pair, 1 + length, breaks);
      size_t expected = breaks[1] ? 1 + alone : 1;
      if (wrap_display_width ((const char *) pair, 1 + length) != expected)
        fail_msg ("U+%04X after 'a': width %zu, expected %zu", (unsigned) uc,
                  wrap_display_width ((const char *) pair, 1 + length), expected);
    }
}

/* A dash written against a word stays with it; spaced dashes break.  */
static void
test_unspaced_dashes (void **state)
{
  (void) state;
  /* Spanish raya: "—civiles" and "sociales—" are never split.  */
  assert_wraps_to ("derechos \u2014civiles y sociales\u2014 deben", 9,
                   "derechos\n\u2014civiles\ny\nsociales\u2014\ndeben");
  assert_wraps_to ("ab\u2014cd", 3, "ab\u2014\ncd");
  assert_wraps_to ("ab\u2013cd", 3, "ab\u2013\ncd");
  /* A spaced en dash may start or end a line.  */
  assert_wraps_to ("rights \u2013 civil", 8, "rights \u2013\ncivil");
  assert_wraps_to ("rights \u2013 civil", 6, "rights\n\u2013\ncivil");
}

static void
test_mandatory_newline (void **state)
{
  (void) state;
  struct wrap_layout layout;

  assert_wraps_to ("first line\nsecond", 80, "first line\nsecond");
  assert_wraps_to ("abc def\nghi", 3, "abc\ndef\nghi");
  assert_wraps_to ("ab  \n  cd", 80, "ab\ncd");
  assert_wraps_to ("a\r\nb", 80, "a\nb");

  compute ("a\n\nb", 80, &layout);
  assert_int_equal (layout.count, 3);
  assert_int_equal (layout.lines[1].start, layout.lines[1].end);
  for (size_t i = 0; i < layout.count; i++)
    assert_null (memchr (line_text (&layout, i), '\n',
                         line_length (&layout, i)));
  wrap_layout_free (&layout);
  assert_wraps_to ("a\n\nb", 80, "a\n\nb");
}

/* Invalid UTF-8.  */

static void
test_invalid_utf8 (void **state)
{
  (void) state;
  static const char text[] = "ab\xff" "cd \xe2\x82";
  struct wrap_layout layout;

  assert_int_equal (wrap_layout_compute (text, strlen (text), 40, &layout),
                    0);
  assert_true (layout.text_owned);
  assert_null (u8_check ((const uint8_t *) layout.text, layout.length));
  assert_int_equal (layout.length, strlen ("ab\uFFFDcd \uFFFD"));
  assert_memory_equal (layout.text, "ab\uFFFDcd \uFFFD", layout.length);
  wrap_layout_free (&layout);

  assert_wraps_to (text, 40, "ab\uFFFDcd \uFFFD");
  /* One U+FFFD per maximal subpart of an ill-formed sequence.  */
  assert_wraps_to ("\xe2\x82" "x", 40, "\uFFFDx");
  assert_wraps_to ("\xf0\x80\x80", 40, "\uFFFD\uFFFD\uFFFD");
  assert_wraps_to ("\xed\xa0\x80", 40, "\uFFFD\uFFFD\uFFFD");

  for (size_t width = 1; width <= 10; width++)
    {
      char *wrapped = wrap_to_string (text, strlen (text), width);
      assert_non_null (wrapped);
      assert_null (u8_check ((const uint8_t *) wrapped, strlen (wrapped)));
      free (wrapped);
    }
}

static void
test_valid_text_not_copied (void **state)
{
  (void) state;
  struct wrap_layout layout;

  compute (english, 30, &layout);
  assert_false (layout.text_owned);
  assert_ptr_equal (layout.text, english);
  assert_int_equal (layout.length, strlen (english));
  wrap_layout_free (&layout);
}

/* Properties over the sample texts.  */

static void
test_property_lines_fit (void **state)
{
  (void) state;

  for (size_t t = 0; t < SAMPLE_COUNT; t++)
    for (size_t width = 1; width <= 100; width++)
      {
        struct wrap_layout layout;

        compute (sample_texts[t], width, &layout);
        assert_lines_fit (&layout, width);
        assert_breaks_legal (&layout, width);
        wrap_layout_free (&layout);
      }
}

static void
test_property_nothing_lost (void **state)
{
  (void) state;

  for (size_t t = 0; t < SAMPLE_COUNT; t++)
    for (size_t width = 1; width <= 100; width++)
      {
        struct wrap_layout layout;

        compute (sample_texts[t], width, &layout);
        assert_lines_well_formed (&layout);
        assert_nothing_lost (sample_texts[t], &layout);
        wrap_layout_free (&layout);
      }
}

static void
test_long_paragraph (void **state)
{
  (void) state;
  static const char piece[] = "Les droits de l’homme, 人权 e\u0301 "
                              "co\u00ADop\u00ADé\u00ADra\u00ADtion ";
  const size_t copies = (1 << 20) / (sizeof piece - 1) + 1;
  size_t length = copies * (sizeof piece - 1);
  char *text = malloc (length);
  struct wrap_layout layout;

  assert_non_null (text);
  for (size_t i = 0; i < copies; i++)
    memcpy (text + i * (sizeof piece - 1), piece, sizeof piece - 1);

  assert_int_equal (wrap_layout_compute (text, length, 72, &layout), 0);
  assert_lines_well_formed (&layout);
  assert_true (layout.count >= wrap_display_width (text, length) / 72);
  for (size_t i = 0; i < layout.count; i++)
    assert_true (line_width (&layout, i) <= 72);
  wrap_layout_free (&layout);
  free (text);
}

/* Windows of break opportunities.  */

/* Pieces of text that exercise the rules of UAX #14 and UAX #29: letters
   of several scripts, marks, spaces of every kind, punctuation, quotation
   marks, dashes, digits, ideographs, emoji, controls.  */
static const char *const tricky_pieces[] =
{
  "a", "Z", "word", "\u00E9", "e\u0301", " ", "  ", "\t", ",", ".", ";",
  ":", "!", "?", "(", ")", "[", "]", "{", "}", "\u00AB", "\u00BB",
  "\u00A0", "\u202F", "\u2019", "\"", "'", "-", "\u2013", "\u2014", "/",
  "1", "42", "%", "$", "\u4E2D", "\u6587", "\u3002", "\uFF0C", "\u3001",
  "\uFF08", "\uFF09", "\u300A", "\u300B", "\u201C", "\u201D", "\uFF1A",
  "\u0416", "\u0438", "\u0628", "\u064A", "\u064E", "\u060C", "\u061F",
  "\u00AD", "\n", "\r\n", "\u200B", "\u2060", "\u0600", "\u0E01",
  "\u0E02", "\uD55C", "\U0001F44D", "\U0001F1EB\U0001F1F7", "\u200D",
  "\u03A9", "\u05E9", "\u0301", "\u3000", "\xC2\x85", "\u2028"
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
assert_same_layout (const char *text, size_t width)
{
  struct wrap_layout windowed, reference;

  assert_int_equal (wrap_layout_compute (text, strlen (text), width, &windowed), 0);
  assert_int_equal (wrap_layout_compute_reference (text, strlen (text), width,
                                                   &reference), 0);
  if (windowed.count != reference.count)
    fail_msg ("\"%s\" at width %zu: %zu lines, not %zu", text, width,
              windowed.count, reference.count);
  for (size_t i = 0; i < windowed.count; i++)
    if (windowed.lines[i].start != reference.lines[i].start
        || windowed.lines[i].end != reference.lines[i].end
        || windowed.lines[i].hyphen != reference.lines[i].hyphen)
      fail_msg ("\"%s\" at width %zu: line %zu differs", text, width, i);
  /* Both come from the same filling code: hold it to the properties too.  */
  assert_lines_well_formed (&windowed);
  assert_lines_fit (&windowed, width);
  assert_nothing_lost (text, &windowed);
  wrap_layout_free (&windowed);
  wrap_layout_free (&reference);
}

/* A line cut where there is no break opportunity leaves out the spaces
   before the cut, whatever follows them.  */
static void
test_cut_leaves_spaces_out (void **state)
{
  (void) state;
  assert_wraps_to ("ab !\u03A9", 3, "ab\n!\u03A9");
  assert_wraps_to ("( c\u0301", 2, "(\nc\u0301");
  assert_wraps_to ("Vraiment !\U0001F600", 9, "Vraiment\n!\U0001F600");
}

/* Breaks computed in windows give the layout that breaks computed over
   the whole text give.  */
static void
test_windows_match_whole_text (void **state)
{
  (void) state;
  const size_t piece_count = sizeof tricky_pieces / sizeof tricky_pieces[0];
  unsigned long seed = 1;
  char text[1024];

  for (size_t t = 0; t < sizeof sample_texts / sizeof sample_texts[0]; t++)
    for (size_t width = 1; width <= 80; width++)
      assert_same_layout (sample_texts[t], width);

  for (int round = 0; round < 4000; round++)
    {
      size_t length = 0;
      size_t pieces = 1 + next_random (&seed) % 60;
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
      for (size_t width = 1; width <= 24; width++)
        assert_same_layout (text, width);
    }
}

/* What common-chars.h knows without libunistring, checked against
   libunistring for every code point.  */

static bool
is_scalar_value (ucs4_t uc)
{
  return uc < 0xD800 || (0xDFFF < uc && uc <= 0x10FFFF);
}

static void
test_common_widths_agree (void **state)
{
  (void) state;
  for (ucs4_t uc = 0x80; uc <= 0x10FFFF; uc++)
    {
      int width = is_scalar_value (uc) ? common_char_width (uc) : -1;
      if (width < 0)
        continue;
      if (uc_width (uc, "UTF-8") != width
          || uc_graphemeclusterbreak_property (uc) != GBP_OTHER)
        fail_msg ("U+%04X is no plain character of width %d", (unsigned) uc,
                  width);
    }
}

static void
test_common_marks_agree (void **state)
{
  (void) state;
  for (ucs4_t uc = 0; uc <= 0x10FFFF; uc++)
    if (is_scalar_value (uc) && common_char_is_arabic_mark (uc)
        && (uc_width (uc, "UTF-8") != 0
            || uc_graphemeclusterbreak_property (uc) != GBP_EXTEND))
      fail_msg ("U+%04X is no zero-width mark", (unsigned) uc);
}

static void
test_common_letters_agree (void **state)
{
  (void) state;
  static const char *const scripts[] = { "Latin", "Cyrillic", "Arabic", "Han" };
  for (ucs4_t uc = 0x80; uc <= 0x10FFFF; uc++)
    {
      if (!is_scalar_value (uc) || !common_char_is_letter (uc))
        continue;
      const uc_script_t *script = uc_script (uc);
      bool known = false;
      for (size_t i = 0; i < sizeof scripts / sizeof scripts[0]; i++)
        known = known || (script != NULL && strcmp (script->name, scripts[i]) == 0);
      if (!known || !uc_is_general_category (uc, UC_CATEGORY_L))
        fail_msg ("U+%04X is no letter of the common scripts", (unsigned) uc);
    }
}

static void
test_mandatory_breaks_agree (void **state)
{
  (void) state;
  for (ucs4_t uc = 0; uc <= 0x10FFFF; uc++)
    {
      if (!is_scalar_value (uc))
        continue;
      uint8_t text[8] = "a";
      int length = u8_uctomb (text + 1, uc, 6);
      text[1 + length] = 'b';
      char breaks[8];
      u8_possible_linebreaks (text, 2 + length, "UTF-8", breaks);
      bool mandatory = breaks[1] == UC_BREAK_MANDATORY
                       || breaks[1] == UC_BREAK_CR_BEFORE_LF;
      if (mandatory != common_char_is_mandatory_break (uc))
        fail_msg ("U+%04X: a mandatory break is %s", (unsigned) uc,
                  mandatory ? "missed" : "invented");
    }
}

/* The break opportunities of common characters, against libunistring's.  */

/* One or more characters of each class common_breaks knows.  */
static const char *const break_samples[] =
{
  "a", "Z", "\u00E9", "\u0416", "\u0628", "\u4E2D", " ", "\u0301",
  "\u064E", "\u00A0", "\u202F", ",", ".", ":", ";", "\u060C", "!", "?",
  "\u061F", "\uFF01", "\u3002", "\uFF0C", "}", "\uFF09", ")", "]", "(",
  "[", "{", "\uFF08", "\u300A", "\uFF1A", "1", "'", "\"", "\u2013",
  "\u2014"
};

#define BREAK_SAMPLE_COUNT (sizeof break_samples / sizeof break_samples[0])

/* Whether common_breaks, when it takes TEXT, finds libunistring's
   opportunities.  */
static bool
common_breaks_agree (const char *text)
{
  size_t n = strlen (text);
  char ours[64], theirs[64];

  assert_true (n < sizeof ours);
  if (!common_breaks (text, n, ours))
    return true;
  u8_possible_linebreaks ((const uint8_t *) text, n, "UTF-8", theirs);
  return memcmp (ours, theirs, n) == 0;
}

static void
assert_common_breaks_agree (const char *text)
{
  if (!common_breaks_agree (text))
    {
      char ours[64], theirs[64], shown[3 * 64] = "";
      size_t n = strlen (text);
      common_breaks (text, n, ours);
      u8_possible_linebreaks ((const uint8_t *) text, n, "UTF-8", theirs);
      for (size_t i = 0; i < n; i++)
        snprintf (shown + strlen (shown), sizeof shown - strlen (shown),
                  "%02X%c%c ", (unsigned char) text[i], '0' + ours[i],
                  '0' + theirs[i]);
      fail_msg ("common_breaks differs from libunistring on \"%s\": %s",
                text, shown);
    }
}

/* Every string of one to four samples.  */
static void
test_common_breaks_short_strings (void **state)
{
  (void) state;
  size_t pick[4];
  for (size_t length = 1; length <= 4; length++)
    {
      size_t total = 1;
      for (size_t i = 0; i < length; i++)
        total *= BREAK_SAMPLE_COUNT;
      for (size_t number = 0; number < total; number++)
        {
          char text[64] = "";
          size_t rest = number;
          for (size_t i = 0; i < length; i++)
            {
              pick[i] = rest % BREAK_SAMPLE_COUNT;
              rest /= BREAK_SAMPLE_COUNT;
              strcat (text, break_samples[pick[i]]);
            }
          assert_common_breaks_agree (text);
        }
    }
}

/* Every character common_breaks knows, beside every sample.  */
static void
test_common_breaks_every_character (void **state)
{
  (void) state;
  size_t known = 0;
  for (ucs4_t uc = 0x20; uc <= 0x10FFFF; uc++)
    {
      if (!is_scalar_value (uc)
          || common_char_break_class (uc) == COMMON_BREAK_UNKNOWN)
        continue;
      known++;
      char c[8] = "";
      c[u8_uctomb ((uint8_t *) c, uc, 6)] = '\0';
      for (size_t i = 0; i < BREAK_SAMPLE_COUNT; i++)
        {
          const char *r = break_samples[i];
          /* The two side by side, or a space between them, at the
             start or after a letter.  */
          static const char *const before[] = { "", "a" };
          static const char *const between[] = { "", " " };
          for (size_t b = 0; b < 2; b++)
            for (size_t m = 0; m < 2; m++)
              {
                char text[64];
                snprintf (text, sizeof text, "%s%s%s%s", before[b], c,
                          between[m], r);
                assert_common_breaks_agree (text);
                snprintf (text, sizeof text, "%s%s%s%s", before[b], r,
                          between[m], c);
                assert_common_breaks_agree (text);
              }
        }
    }
  /* The letters of the six languages and their punctuation.  */
  assert_true (known > 20000);
}

/* Other characters are left to libunistring.  */
static void
test_common_breaks_refuse_others (void **state)
{
  (void) state;
  static const char *const others[] =
    { "a-b", "a/b", "a%", "a\u2019b", "a\u00ABb", "a#b", "a\u00ADb",
      "\u0301a", "a \u0301", "a\tb", "a\nb", "a\u200Bb", "a\u0E01" };
  char breaks[16];
  for (size_t i = 0; i < sizeof others / sizeof others[0]; i++)
    if (common_breaks (others[i], strlen (others[i]), breaks))
      fail_msg ("common_breaks took \"%s\"", others[i]);
  assert_true (common_breaks ("a b", 3, breaks));
  assert_int_equal (breaks[2], UC_BREAK_POSSIBLE);
}

/* Display width.  */

static void
test_display_width_ascii (void **state)
{
  (void) state;
  assert_int_equal (wrap_display_width ("abc", 3), 3);
}

static void
test_display_width_cjk (void **state)
{
  (void) state;
  assert_int_equal (wrap_display_width ("中文", strlen ("中文")), 4);
}

static void
test_display_width_combining (void **state)
{
  (void) state;
  assert_int_equal (wrap_display_width ("e\u0301", 3), 1);
}

static void
test_display_width_skin_tone (void **state)
{
  (void) state;
  static const char thumbs_up[] = "\U0001F44D\U0001F3FD";

  assert_int_equal (wrap_display_width (thumbs_up, strlen (thumbs_up)), 2);
}

static void
test_display_width_flag (void **state)
{
  (void) state;
  assert_int_equal (wrap_display_width (FLAG_FR, strlen (FLAG_FR)), 2);
}

static void
test_display_width_soft_hyphen (void **state)
{
  (void) state;
  assert_int_equal (wrap_display_width ("a\u00ADb", 4), 2);
}

static void
test_display_width_emoji_presentation (void **state)
{
  (void) state;
  /* U+2764 HEAVY BLACK HEART is 1 column alone, 2 as an emoji.  */
  assert_int_equal (wrap_display_width ("\u2764", 3), 1);
  assert_int_equal (wrap_display_width ("\u2764\uFE0F", 6), 2);
  assert_int_equal (wrap_display_width (FAMILY, strlen (FAMILY)), 2);
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
      cmocka_unit_test (test_word_longer_than_line),
      cmocka_unit_test (test_combining_marks_nfd),
      cmocka_unit_test (test_emoji_zwj_sequence),
      cmocka_unit_test (test_flags),
      cmocka_unit_test (test_narrow_widths_mixed),
      cmocka_unit_test (test_cjk_sentence),
      cmocka_unit_test (test_arabic_sentence),
      cmocka_unit_test (test_french_no_break_spaces),
      cmocka_unit_test (test_soft_hyphen_breaks),
      cmocka_unit_test (test_soft_hyphen_needs_a_column),
      cmocka_unit_test (test_mandatory_newline),
      cmocka_unit_test (test_unspaced_dashes),
      cmocka_unit_test (test_shortcuts_agree_with_libunistring),
      cmocka_unit_test (test_invalid_utf8),
      cmocka_unit_test (test_valid_text_not_copied),
      cmocka_unit_test (test_property_lines_fit),
      cmocka_unit_test (test_property_nothing_lost),
      cmocka_unit_test (test_long_paragraph),
      cmocka_unit_test (test_cut_leaves_spaces_out),
      cmocka_unit_test (test_windows_match_whole_text),
      cmocka_unit_test (test_common_widths_agree),
      cmocka_unit_test (test_common_marks_agree),
      cmocka_unit_test (test_common_letters_agree),
      cmocka_unit_test (test_mandatory_breaks_agree),
      cmocka_unit_test (test_common_breaks_short_strings),
      cmocka_unit_test (test_common_breaks_every_character),
      cmocka_unit_test (test_common_breaks_refuse_others),
      cmocka_unit_test (test_display_width_ascii),
      cmocka_unit_test (test_display_width_cjk),
      cmocka_unit_test (test_display_width_combining),
      cmocka_unit_test (test_display_width_skin_tone),
      cmocka_unit_test (test_display_width_flag),
      cmocka_unit_test (test_display_width_soft_hyphen),
      cmocka_unit_test (test_display_width_emoji_presentation),
    };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
