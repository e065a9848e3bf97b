/* The wrapping engine: lines of a display width, from UTF-8 text.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).

   The text is walked once, filling each line first-fit: runs of ASCII
   and of the common letters are measured in bulk, anything else grapheme
   cluster by grapheme cluster.  Where a cluster does not fit, the break
   opportunities of UAX #14 are computed in a short window before it: by
   common_breaks for the common characters, by libunistring for the
   rest.  */

#ifdef HAVE_CONFIG_H
# include <config.h>
#endif

#include "wrap.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unictype.h>
#include <unigbrk.h>
#include <unilbrk.h>
#include <unistr.h>
#include <uniwidth.h>

#include "common-breaks.h"
#include "common-chars.h"
#include "utf8-repair.h"

/* The engine works on UTF-8 whatever the locale says.  libunistring uses
   the encoding name to decide how wide the East Asian "ambiguous"
   characters are: with "UTF-8" they are 1 column wide.  */
#define WRAP_ENCODING "UTF-8"

enum
{
  SOFT_HYPHEN = 0x00AD,
  ZERO_WIDTH_JOINER = 0x200D,
  VARIATION_SELECTOR_16 = 0xFE0F
};


/* Characters.  */

static bool
is_regional_indicator (ucs4_t uc)
{
  return 0x1F1E6 <= uc && uc <= 0x1F1FF;
}

static bool
is_skin_tone_modifier (ucs4_t uc)
{
  return 0x1F3FB <= uc && uc <= 0x1F3FF;
}

/* Whether UC can start an emoji sequence.  The Emoji property also covers
   the keycap bases (digits, '#', '*').  */
static bool
is_emoji_base (ucs4_t uc)
{
  return uc_is_property_emoji (uc) || uc_is_property_extended_pictographic (uc);
}

/* Whitespace that UAX #14 lets a line break after, and that disappears
   when the line breaks there.  The no-break spaces U+00A0, U+2007 and
   U+202F are deliberately absent: they glue their neighbours together.  */
static bool
is_breaking_space (ucs4_t uc)
{
  switch (uc)
    {
    case 0x0009: /* CHARACTER TABULATION */
    case 0x0020: /* SPACE */
    case 0x1680: /* OGHAM SPACE MARK */
    case 0x200B: /* ZERO WIDTH SPACE */
    case 0x205F: /* MEDIUM MATHEMATICAL SPACE */
    case 0x3000: /* IDEOGRAPHIC SPACE */
      return true;
    default:
      return 0x2000 <= uc && uc <= 0x200A && uc != 0x2007;
    }
}

/* Columns of a character standing first in its grapheme cluster.  */
static size_t
base_width (ucs4_t uc)
{
  /* The soft hyphen is not printed (a '-' is added at a break instead);
     control characters have a negative uc_width.  */
  if (uc == SOFT_HYPHEN)
    return 0;
  int width = common_char_width (uc);
  if (width < 0)
    width = uc_width (uc, WRAP_ENCODING);
  return width < 0 ? 0 : (size_t) width;
}

/* Whether UC, coming after BASE in the same cluster, makes an emoji
   sequence, which terminals show 2 columns wide whatever the width of
   BASE alone (a regional indicator alone is 1 column, a heart is 1
   column before its U+FE0F).  */
static bool
makes_emoji_sequence (ucs4_t base, ucs4_t uc)
{
  if ((uc == ZERO_WIDTH_JOINER || uc == VARIATION_SELECTOR_16)
      && is_emoji_base (base))
    return true;
  if (is_regional_indicator (base) && is_regional_indicator (uc))
    return true;
  return is_skin_tone_modifier (uc);
}


/* Grapheme clusters.

   uc_is_grapheme_break decides from a pair of characters only.  In
   libunistring 1.0, u8_grapheme_next relies on it alone, and so cuts a
   flag into its two regional indicators (rules GB12, GB13 of UAX #29)
   and a ZWJ emoji sequence after each U+200D (rule GB11).  Those two
   rules need the context kept here; for every other pair the library's
   answer stands.  u8_grapheme_breaks gets them right too, but needs an
   array as long as the text; walking clusters this way lets
   wrap_display_width work without allocating, and the layout measure
   clusters exactly as wrap_display_width does.  */

struct grapheme_context
{
  ucs4_t last;               /* last character of the cluster so far */
  size_t regional_count;     /* regional indicators in it */
  bool in_pictographic;      /* it ends with \p{ExtPict} Extend* */
  bool after_pictographic_zwj; /* it ends with \p{ExtPict} Extend* ZWJ */
};

static void
grapheme_context_add (struct grapheme_context *context, ucs4_t uc)
{
  bool was_pictographic = context->in_pictographic;

  context->after_pictographic_zwj = was_pictographic
                                    && uc == ZERO_WIDTH_JOINER;
  if (uc_is_property_extended_pictographic (uc))
    context->in_pictographic = true;
  else if (uc_graphemeclusterbreak_property (uc) != GBP_EXTEND)
    context->in_pictographic = false;
  if (is_regional_indicator (uc))
    context->regional_count++;
  context->last = uc;
}

static bool
continues_cluster (const struct grapheme_context *context, ucs4_t uc)
{
  if (is_regional_indicator (context->last) && is_regional_indicator (uc))
    return context->regional_count % 2 == 1;
  if (context->after_pictographic_zwj
      && uc_is_property_extended_pictographic (uc))
    return true;
  return !uc_is_grapheme_break (context->last, uc);
}

/* One grapheme cluster of a text.  */
struct cluster
{
  size_t end;           /* offset just past it */
  size_t width;         /* columns */
  bool is_space;        /* a lone breaking space */
  bool is_soft_hyphen;  /* a lone U+00AD */
  bool is_mandatory_break; /* a line must end here: newline, CR LF... */
};

/* Whether a cluster that starts with BASE surely ends before NEXT, by
   the rules that look at the pair alone: NEXT is an ordinary character or
   a control (GB5, GB999), and BASE does not hold on to what follows it
   (GB9b: a prepended concatenation mark does).  Most of the text in every
   language passes this test, and it is far cheaper than the full walk.  */
static bool
ends_before (ucs4_t base, ucs4_t next)
{
  if (next >= 0x80 && common_char_width (next) < 0)
    switch (uc_graphemeclusterbreak_property (next))
      {
      case GBP_OTHER: case GBP_CONTROL: case GBP_CR: case GBP_LF:
        break;
      default:
        return false;
      }
  if (base < 0x80)
    return base != '\r';
  return common_char_width (base) >= 0
         || uc_graphemeclusterbreak_property (base) != GBP_PREPEND;
}

/* Columns of an ASCII character: control characters take none.  */
static size_t
ascii_width (ucs4_t uc)
{
  return uc >= 0x20 && uc < 0x7F;
}

/* Describe in *C the cluster made of the single character BASE, which
   ends at END.  */
static void
single_cluster (ucs4_t base, size_t end, struct cluster *c)
{
  c->end = end;
  c->width = base < 0x80 ? ascii_width (base) : base_width (base);
  c->is_space = is_breaking_space (base);
  c->is_soft_hyphen = base == SOFT_HYPHEN;
  c->is_mandatory_break = common_char_is_mandatory_break (base);
}

/* Describe in *C the grapheme cluster that starts at S[POS], S being N
   bytes long.  */
static void
scan_cluster (const uint8_t *s, size_t pos, size_t n, struct cluster *c)
{
  /* ASCII before ASCII, the commonest case by far: a cluster of its own
     (but CR LF).  */
  if (s[pos] < 0x80 && s[pos] != '\r' && (pos + 1 == n || s[pos + 1] < 0x80))
    {
      c->end = pos + 1;
      c->width = ascii_width (s[pos]);
      c->is_space = s[pos] == ' ' || s[pos] == '\t';
      c->is_soft_hyphen = false;
      c->is_mandatory_break = common_char_is_mandatory_break (s[pos]);
      return;
    }

  struct grapheme_context context = { 0 };
  size_t length;
  ucs4_t base = utf8_decode_valid (s + pos, &length);
  size_t end = pos + length;
  bool emoji_sequence = false;
  bool alone = true;

  if (end == n)
    {
      single_cluster (base, end, c);
      return;
    }
  ucs4_t next = utf8_decode_valid (s + end, &length);
  int width = common_char_width (base);
  if (width >= 0)
    {
      /* The commonest case outside ASCII: a plain character, maybe with
         Arabic vowel marks, before ASCII or another plain character.  */
      size_t marks_end = end;
      size_t after_length = length;
      ucs4_t after = next;
      while (common_char_is_arabic_mark (after) && marks_end + after_length < n)
        {
          marks_end += after_length;
          after = utf8_decode_valid (s + marks_end, &after_length);
        }
      if (after < 0x80 || common_char_width (after) >= 0)
        {
          *c = (struct cluster) { .end = marks_end, .width = (size_t) width };
          return;
        }
    }
  if (ends_before (base, next))
    {
      single_cluster (base, end, c);
      return;
    }

  grapheme_context_add (&context, base);
  while (end < n)
    {
      ucs4_t uc = utf8_decode_valid (s + end, &length);

      if (!continues_cluster (&context, uc))
        break;
      grapheme_context_add (&context, uc);
      emoji_sequence = emoji_sequence || makes_emoji_sequence (base, uc);
      alone = false;
      end += length;
    }

  c->end = end;
  c->width = emoji_sequence ? 2 : base_width (base);
  c->is_space = alone && is_breaking_space (base);
  c->is_soft_hyphen = alone && base == SOFT_HYPHEN;
  c->is_mandatory_break = common_char_is_mandatory_break (base);
}

size_t
wrap_display_width (const char *s, size_t n)
{
  const uint8_t *u = (const uint8_t *) s;
  size_t width = 0;
  size_t pos = 0;

  while (pos < n)
    {
      struct cluster c;

      scan_cluster (u, pos, n, &c);
      width += c.width;
      pos = c.end;
    }
  return width;
}


/* Point LAYOUT at TEXT, or at a repaired copy when TEXT is not valid
   UTF-8.  Return 0, or -1 with errno ENOMEM.  */
static int
take_text (const char *text, size_t length, struct wrap_layout *layout)
{
  if (utf8_is_valid (text, length))
    {
      layout->text = (char *) text;
      layout->text_owned = false;
      layout->length = length;
      return 0;
    }
  layout->text = utf8_repair (text, length, &layout->length);
  if (layout->text == NULL)
    {
      errno = ENOMEM;
      return -1;
    }
  layout->text_owned = true;
  return 0;
}


/* Tailoring UAX #14.  */

/* The length of the en or em dash at S, or 0.  */
static size_t
dash_length (const char *s, size_t n)
{
  return n >= 3 && memcmp (s, "\xE2\x80", 2) == 0
         && (s[2] == '\x93' || s[2] == '\x94') ? 3 : 0;
}

static bool
is_space_byte (char c)
{
  return c == ' ' || c == '\t' || c == '\n';
}

/* UAX #14 lets a line break on either side of a dash.  A dash written
   against a word belongs to it, as the Spanish raya does ("sociales—",
   "—civiles"): a line must neither start with a closing dash nor end with
   an opening one.  So no break between a word and a dash that follows it,
   nor between a dash that opens an insertion and its first word.  Spaced
   dashes (" – ", " — ") keep their breaks.

   BREAKS holds the opportunities of S[FROM, TO), S being N bytes long.  */
static void
keep_unspaced_dashes (const char *s, size_t n, size_t from, size_t to,
                      char *breaks)
{
  for (size_t i = from; i < to; i++)
    {
      if (s[i] != '\xE2')
        continue;
      size_t dash = dash_length (s + i, n - i);
      if (dash == 0)
        continue;
      bool after_space = i == 0 || is_space_byte (s[i - 1]);
      if (!after_space)
        breaks[i - from] = UC_BREAK_PROHIBITED;
      else if (i + dash < n && !is_space_byte (s[i + dash]))
        {
          if (i + dash < to)
            breaks[i + dash - from] = UC_BREAK_PROHIBITED;
        }
      i += dash - 1;
    }
}


/* Break opportunities, where they are needed.

   A line needs them only near its end, before the first cluster that does
   not fit, so the engine computes them in a short window there rather
   than over the whole text: UAX #14 looks only a few characters around
   the position it decides.  A window starts at an "anchor", a letter
   after which the algorithm's decisions no longer depend on anything
   before it (it is no space, mark, digit, quotation mark, dash or
   regional indicator, the characters whose rules reach across others),
   and no grapheme cluster straddles it.  When no anchor is near, the
   whole text's opportunities are computed once and used from then on, so
   the cost stays linear.  The unit tests and the fuzzer hold the result
   to the whole-text computation.  */

struct break_source
{
  const char *text;
  size_t length;
  char *breaks;             /* the opportunities of a window of text, */
  size_t start;             /* from this offset on */
  size_t capacity;          /* bytes allocated in BREAKS */
  bool whole;               /* BREAKS covers the whole text, for good */
};

/* Scripts whose letters make anchors: those of the six languages and
   their neighbours.  Others are left out on purpose: Thai and its kin
   break by dictionary over whole runs, Hebrew and Hangul letters have
   rules of their own.  */
static bool
is_anchor_script (ucs4_t uc)
{
  static const uc_script_t *scripts[5];
  static bool known;

  if (!known)
    {
      static const char *const names[5] =
        { "Latin", "Greek", "Cyrillic", "Arabic", "Han" };
      for (size_t i = 0; i < 5; i++)
        scripts[i] = uc_script_byname (names[i]);
      known = true;
    }
  const uc_script_t *script = uc_script (uc);
  for (size_t i = 0; i < 5; i++)
    if (script != NULL && script == scripts[i])
      return true;
  return false;
}

static bool
is_anchor_letter (ucs4_t uc)
{
  if (uc < 0x80)
    return ('a' <= uc && uc <= 'z') || ('A' <= uc && uc <= 'Z');
  if (common_char_is_letter (uc))
    return true;
  return uc_is_general_category (uc, UC_CATEGORY_L) && is_anchor_script (uc);
}

/* The offset of the character before the one at POS (> 0).  */
static size_t
previous_char (const uint8_t *s, size_t pos)
{
  do
    pos--;
  while (pos > 0 && (s[pos] & 0xC0) == 0x80);
  return pos;
}

/* Whether a window may start at POS: an anchor letter that no grapheme
   cluster straddles (only a prepended concatenation mark holds on to a
   letter after it).  */
static bool
is_anchor (const uint8_t *s, size_t pos)
{
  size_t length;
  if (!is_anchor_letter (utf8_decode_valid (s + pos, &length)))
    return false;
  if (pos == 0 || s[pos - 1] < 0x80)
    return true;
  ucs4_t before = utf8_decode_valid (s + previous_char (s, pos), &length);
  return common_char_width (before) >= 0
         || uc_graphemeclusterbreak_property (before) != GBP_PREPEND;
}

/* How far back from a position an anchor is looked for, in characters.  */
enum { ANCHOR_SEARCH_LIMIT = 32 };

/* The last anchor at or before POS (which may fall inside a character),
   in *ANCHOR.  The start of the text is always one.  False if none is
   near.  */
static bool
find_anchor (const uint8_t *s, size_t pos, size_t *anchor)
{
  while (pos > 0 && (s[pos] & 0xC0) == 0x80)
    pos--;
  for (size_t tries = 0; tries < ANCHOR_SEARCH_LIMIT; tries++)
    {
      if (pos == 0 || is_anchor (s, pos))
        {
          *anchor = pos;
          return true;
        }
      pos = previous_char (s, pos);
    }
  return false;
}

/* The offset COUNT characters after POS, or the end of the text.  */
static size_t
chars_after (const uint8_t *s, size_t n, size_t pos, size_t count)
{
  for (; count > 0 && pos < n; count--)
    {
      size_t length;
      utf8_decode_valid (s + pos, &length);
      pos += length;
    }
  return pos;
}

/* Make room in the source's buffer for SIZE opportunities.  Return 0,
   or -1 with errno ENOMEM.  */
static int
reserve_breaks (struct break_source *source, size_t size)
{
  if (size <= source->capacity)
    return 0;
  size_t capacity = size < 64 ? 64 : size;
  char *breaks = realloc (source->breaks, capacity);
  if (breaks == NULL)
    {
      errno = ENOMEM;
      return -1;
    }
  source->breaks = breaks;
  source->capacity = capacity;
  return 0;
}

/* Compute the opportunities of the source's text[START, END) into its
   buffer.  Return 0, or -1 with errno ENOMEM.  */
static int
compute_breaks (struct break_source *source, size_t start, size_t end)
{
  size_t size = end - start;
  if (reserve_breaks (source, size) < 0)
    return -1;
  u8_possible_linebreaks ((const uint8_t *) source->text + start, size,
                          WRAP_ENCODING, source->breaks);
  keep_unspaced_dashes (source->text, source->length, start, end,
                        source->breaks);
  source->start = start;
  return 0;
}

/* Make the source hold the whole text's opportunities from now on.  */
static int
use_whole_text (struct break_source *source)
{
  if (source->whole)
    return 0;
  if (compute_breaks (source, 0, source->length) < 0)
    return -1;
  source->whole = true;
  return 0;
}

/* The opportunity at POS, which the source's window covers.  */
static char
break_at (const struct break_source *source, size_t pos)
{
  return source->breaks[pos - source->start];
}

/* How many characters of look-ahead a window gets past the position it
   decides.  libunistring 1.0 looks at none; later versions, which follow
   the rules of Unicode 15.1 (LB15c, LB19a, LB25), look two ahead.  Four
   leave a margin.  */
enum { LOOKAHEAD_CHARS = 4 };

/* Make the source cover the opportunities at the positions after ANCHOR
   up to and including POS.  Return 0, or -1 with errno ENOMEM.  */
static int
cover (struct break_source *source, size_t anchor, size_t pos)
{
  if (source->whole)
    return 0;
  const uint8_t *s = (const uint8_t *) source->text;

  /* common_breaks needs no look-ahead (it leaves to libunistring the
     cases that do), and no library call.  */
  size_t end = chars_after (s, source->length, pos, 1);
  if (reserve_breaks (source, end - anchor) < 0)
    return -1;
  if (common_breaks (source->text + anchor, end - anchor, source->breaks))
    {
      keep_unspaced_dashes (source->text, source->length, anchor, end,
                            source->breaks);
      source->start = anchor;
      return 0;
    }

  end = chars_after (s, source->length, pos, 1 + LOOKAHEAD_CHARS);
  return compute_breaks (source, anchor, end);
}


/* Filling lines.  */

struct filler
{
  struct wrap_layout *layout;
  size_t capacity;          /* lines allocated in layout->lines */
  size_t width;
  struct break_source breaks;
};

static bool
is_break_opportunity (char opportunity)
{
  return opportunity == UC_BREAK_POSSIBLE
         || opportunity == UC_BREAK_HYPHENATION;
}

static int
append_line (struct filler *f, size_t start, size_t end, bool hyphen)
{
  struct wrap_layout *layout = f->layout;

  if (layout->count == f->capacity)
    {
      size_t capacity = f->capacity == 0 ? 16 : 2 * f->capacity;
      struct wrap_line *lines;

      if (capacity > SIZE_MAX / sizeof *lines)
        {
          errno = ENOMEM;
          return -1;
        }
      lines = realloc (layout->lines, capacity * sizeof *lines);
      if (lines == NULL)
        {
          errno = ENOMEM;
          return -1;
        }
      layout->lines = lines;
      f->capacity = capacity;
    }
  layout->lines[layout->count++] = (struct wrap_line) { start, end, hyphen };
  return 0;
}

/* Where a line breaks: it ends at END (a '-' shown after it if HYPHEN),
   and the next line starts at RESUME.  */
struct line_break
{
  size_t end;
  size_t resume;
  bool hyphen;
};

/* Find in *CHOSEN the last break opportunity before a non-space cluster
   in (FROM, LAST] at which the line starting at LINE_START fits, the
   source covering those positions.  FROM is the line's start or an
   anchor after it; LAST is the start of the cluster that overflowed the
   line.  Everything before LAST fitted, so only a '-' shown at a soft
   hyphen can fail to fit.  */
static bool
last_break_that_fits (const struct filler *f, size_t line_start,
                      size_t from, size_t last, struct line_break *chosen)
{
  const uint8_t *s = (const uint8_t *) f->layout->text;
  size_t n = f->layout->length;
  size_t last_end = from;           /* end of the last non-space cluster */
  bool last_is_soft_hyphen = false;
  bool found = false;
  /* The columns of [FROM, LAST_END), and of the spaces after it; those
     of [LINE_START, FROM) are measured only if a soft hyphen asks.  */
  size_t width = 0;
  size_t spaces = 0;
  size_t width_before_from = 0;
  bool width_before_from_known = line_start == from;

  for (size_t pos = from; pos <= last;)
    {
      struct cluster c;
      scan_cluster (s, pos, n, &c);
      char opportunity = 0;      /* none is known at FROM itself */
      if (pos > from)
        opportunity = break_at (&f->breaks, pos);
      if (c.is_space)
        spaces += c.width;
      else
        {
          if (is_break_opportunity (opportunity))
            {
              /* libunistring 1.0 reports the break after a soft hyphen
                 as UC_BREAK_POSSIBLE, not UC_BREAK_HYPHENATION: look at
                 the character itself.  */
              bool hyphen = opportunity == UC_BREAK_HYPHENATION
                            || (last_is_soft_hyphen && last_end == pos);
              if (hyphen && !width_before_from_known)
                {
                  width_before_from
                    = wrap_display_width ((const char *) s + line_start,
                                          from - line_start);
                  width_before_from_known = true;
                }
              if (!hyphen || width_before_from + width < f->width)
                {
                  *chosen = (struct line_break) { last_end, pos, hyphen };
                  found = true;
                }
            }
          width += spaces + c.width;
          spaces = 0;
          last_end = c.end;
          last_is_soft_hyphen = c.is_soft_hyphen;
        }
      pos = c.end;
    }
  return found;
}

/* How far back from the cluster that overflowed a line a space is looked
   for, in bytes: about a long word of the six languages.  */
enum { SPACE_SEARCH_BYTES = 24 };

/* Where to look for the first anchor of a search that ends at LAST: the
   character before the last space within SPACE_SEARCH_BYTES before it
   (the start of the word that overflowed is the likeliest break), or
   else the character before LAST (between two ideographs).  */
static size_t
first_anchor_target (const uint8_t *s, size_t line_start, size_t last)
{
  size_t limit = last - line_start < SPACE_SEARCH_BYTES
                 ? line_start : last - SPACE_SEARCH_BYTES;
  for (size_t pos = last - 1; pos > limit; pos--)
    if (s[pos] == ' ')
      return previous_char (s, pos);
  return previous_char (s, last);
}

/* Find in *CHOSEN where the line starting at LINE_START breaks, LAST
   being the start of the first cluster that did not fit on it.  Return
   1 if there is an opportunity, 0 if not, -1 with errno ENOMEM.  */
static int
find_break (struct filler *f, size_t line_start, size_t last,
            struct line_break *chosen)
{
  const uint8_t *s = (const uint8_t *) f->layout->text;
  size_t target = first_anchor_target (s, line_start, last);

  for (;;)
    {
      size_t anchor;
      if (f->breaks.whole || !find_anchor (s, target, &anchor))
        {
          if (use_whole_text (&f->breaks) < 0)
            return -1;
          anchor = 0;
        }
      if (cover (&f->breaks, anchor, last) < 0)
        return -1;

      size_t from = anchor > line_start ? anchor : line_start;
      if (last_break_that_fits (f, line_start, from, last, chosen))
        return 1;
      if (from == line_start)
        return 0;
      /* Look twice as far back.  */
      size_t distance = last - anchor;
      target = anchor - line_start > distance ? anchor - distance : line_start;
    }
}

/* The line being filled: its clusters end at END, the last of them not a
   space, WIDTH columns in all, and SPACES columns of spaces follow.  */
struct line
{
  size_t end;
  size_t width;
  size_t spaces;
};

/* Put a cluster that ends at C_END, C_WIDTH columns wide, on LINE if it
   fits in MAX_WIDTH columns (spaces always fit).  Return false if it does
   not fit.  */
static bool
place (struct line *line, size_t max_width, bool is_space, size_t c_end,
       size_t c_width)
{
  if (is_space)
    line->spaces += c_width;
  else if (line->width + line->spaces + c_width <= max_width)
    {
      line->width += line->spaces + c_width;
      line->spaces = 0;
      line->end = c_end;
    }
  else
    return false;
  return true;
}

static bool
is_printable_ascii (uint8_t b)
{
  return 0x20 <= b && b < 0x7F;
}

/* Whether the character at S is plain.  */
static bool
starts_plain (const uint8_t *s)
{
  size_t length;
  return common_char_width (utf8_decode_valid (s, &length)) >= 0;
}

/* Place on LINE the printable ASCII characters from *POS on, a word or a
   run of spaces at a time, as long as each is a cluster of its own: the
   one before a non-ASCII character that is not plain is left for the
   full walk, which sees whether a combining mark follows it.  Set *POS
   to where placing stopped.  Return false if the character at *POS does
   not fit.  */
static bool
place_ascii (struct line *line, size_t max_width, const uint8_t *s,
             size_t n, size_t *pos)
{
  size_t p = *pos;

  while (p < n && is_printable_ascii (s[p]))
    {
      bool spaces = s[p] == ' ';
      size_t used = line->width + line->spaces;
      size_t q = p + 1;
      if (spaces)
        while (q < n && s[q] == ' ')
          q++;
      else
        {
          /* Look no further than one character past the room left: a
             word longer than the line is met once, not once a line.  */
          size_t room = used < max_width ? max_width - used : 0;
          size_t limit = n - p > room + 1 ? p + room + 1 : n;
          while (q < limit && (uint8_t) (s[q] - 0x21) < 0x7F - 0x21)
            q++;
        }
      bool held_back = q < n && s[q] >= 0x80 && !starts_plain (s + q);
      if (held_back)
        q--;
      if (q == p)
        break;                /* nothing of the run is placed */
      size_t count = q - p;

      if (spaces)
        line->spaces += count;
      else if (used + count <= max_width)
        {
          line->width = used + count;
          line->spaces = 0;
          line->end = q;
        }
      else
        {
          /* The word overflows: place what fits of it.  */
          if (used < max_width)
            {
              p += max_width - used;
              line->width = max_width;
              line->spaces = 0;
              line->end = p;
            }
          *pos = p;
          return false;
        }
      p = q;
      if (held_back)
        break;
    }
  *pos = p;
  return true;
}

/* Place on LINE the plain characters from *POS on (where a non-ASCII
   character starts), as long as each is a cluster of its own: followed
   by ASCII, by another plain character, or by nothing.  Set *POS to where
   placing stopped.  Return false if the character at *POS does not
   fit.  */
static bool
place_plain (struct line *line, size_t max_width, const uint8_t *s,
             size_t n, size_t *pos)
{
  size_t p = *pos;
  size_t length;
  int width = common_char_width (utf8_decode_valid (s + p, &length));

  while (width >= 0)
    {
      size_t after = p + length;
      bool ascii_follows = after == n || s[after] < 0x80;
      size_t next_length = 0;
      int next_width = 0;
      if (!ascii_follows)
        next_width = common_char_width (utf8_decode_valid (s + after,
                                                           &next_length));
      if (next_width < 0)
        break;               /* a mark may follow: the full walk decides */
      if (line->width + line->spaces + (size_t) width > max_width)
        {
          *pos = p;
          return false;
        }
      line->width += line->spaces + (size_t) width;
      line->spaces = 0;
      line->end = after;
      p = after;
      if (ascii_follows)
        break;
      width = next_width;
      length = next_length;
    }
  *pos = p;
  return true;
}

/* Fill one line from the non-space cluster FIRST at START, and set *NEXT
   to where the text goes on after it.  Return 0, or -1 with errno ENOMEM.

   The clusters are measured going forward until one does not fit; only
   then are the break opportunities before it looked for.  */
static int
fill_line (struct filler *f, size_t start, const struct cluster *first,
           size_t *next)
{
  const uint8_t *s = (const uint8_t *) f->layout->text;
  size_t n = f->layout->length;
  struct line line = { first->end, first->width, 0 };
  size_t pos = first->end;

  while (pos < n)
    {
      /* Runs of ASCII or of plain characters, the commonest cases by
         far, without the full grapheme cluster walk.  */
      size_t before = pos;
      bool fits = is_printable_ascii (s[pos])
                  ? place_ascii (&line, f->width, s, n, &pos)
                  : s[pos] < 0x80 || place_plain (&line, f->width, s, n, &pos);
      if (!fits)
        break;
      if (pos != before)
        continue;

      struct cluster c;
      scan_cluster (s, pos, n, &c);
      if (c.is_mandatory_break)
        {
          /* The break character (or CR LF) belongs to no line.  */
          *next = c.end;
          return append_line (f, start, line.end, false);
        }
      if (!place (&line, f->width, c.is_space, c.end, c.width))
        break;
      pos = c.end;
    }

  if (pos == n)
    {
      *next = n;
      return append_line (f, start, line.end, false);
    }

  /* The cluster at POS does not fit.  */
  struct line_break chosen;
  int found = find_break (f, start, pos, &chosen);
  if (found < 0)
    return -1;
  if (found)
    {
      *next = chosen.resume;
      return append_line (f, start, chosen.end, chosen.hyphen);
    }
  /* No break opportunity: cut before the cluster.  */
  *next = pos;
  return append_line (f, start, line.end, false);
}

/* Fill the lines of LAYOUT.  Return 0, or -1 with errno ENOMEM.  */
static int
fill_lines (struct filler *f)
{
  const uint8_t *s = (const uint8_t *) f->layout->text;
  size_t n = f->layout->length;
  size_t pos = 0;

  while (pos < n)
    {
      struct cluster c;
      scan_cluster (s, pos, n, &c);
      if (c.is_mandatory_break)
        {
          /* A break with nothing before it on its line: an empty line.  */
          if (append_line (f, pos, pos, false) < 0)
            return -1;
          pos = c.end;
        }
      else if (c.is_space)
        /* Spaces at the start of a line are dropped.  */
        pos = c.end;
      else if (fill_line (f, pos, &c, &pos) < 0)
        return -1;
    }
  return 0;
}

static int
compute_layout (const char *text, size_t length, size_t width,
                bool known_valid, bool whole_text, struct wrap_layout *layout)
{
  *layout = (struct wrap_layout) { 0 };
  if (known_valid)
    *layout = (struct wrap_layout) { .text = (char *) text, .length = length };
  else if (take_text (text, length, layout) < 0)
    return -1;

  /* A width of 0 is a caller's error; treat it as 1 rather than put each
     cluster on a line of its own.  */
  struct filler f =
    {
      .layout = layout,
      .width = width == 0 ? 1 : width,
      .breaks = { .text = layout->text, .length = layout->length }
    };
  int result = 0;
  if (whole_text && layout->length > 0)
    result = use_whole_text (&f.breaks);
  if (result == 0)
    result = fill_lines (&f);
  free (f.breaks.breaks);
  if (result < 0)
    {
      wrap_layout_free (layout);
      errno = ENOMEM;
    }
  return result;
}

int
wrap_layout_compute (const char *text, size_t length, size_t width,
                     struct wrap_layout *layout)
{
  return compute_layout (text, length, width, false, false, layout);
}

int
wrap_layout_compute_valid (const char *text, size_t length, size_t width,
                           struct wrap_layout *layout)
{
  return compute_layout (text, length, width, true, false, layout);
}

int
wrap_layout_compute_reference (const char *text, size_t length, size_t width,
                               struct wrap_layout *layout)
{
  return compute_layout (text, length, width, false, true, layout);
}

void
wrap_layout_free (struct wrap_layout *layout)
{
  if (layout->text_owned)
    free (layout->text);
  free (layout->lines);
  *layout = (struct wrap_layout) { 0 };
}
