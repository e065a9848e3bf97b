/* The wrapping engine: lines of a display width, from UTF-8 text.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).

   One pass of libunistring's UAX #14 line breaking gives the break
   opportunities of the whole text; the text is then walked once, grapheme
   cluster by grapheme cluster, filling each line first-fit.  */

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

/* The character at S, which is valid UTF-8 (the engine works on text it
   has checked), and its length in *LENGTH.  Faster than u8_mbtouc, which
   checks again.  */
static ucs4_t
decode (const uint8_t *s, size_t *length)
{
  if (s[0] < 0x80)
    {
      *length = 1;
      return s[0];
    }
  if (s[0] < 0xE0)
    {
      *length = 2;
      return ((ucs4_t) (s[0] & 0x1F) << 6) | (s[1] & 0x3F);
    }
  if (s[0] < 0xF0)
    {
      *length = 3;
      return ((ucs4_t) (s[0] & 0x0F) << 12) | ((ucs4_t) (s[1] & 0x3F) << 6)
             | (s[2] & 0x3F);
    }
  *length = 4;
  return ((ucs4_t) (s[0] & 0x07) << 18) | ((ucs4_t) (s[1] & 0x3F) << 12)
         | ((ucs4_t) (s[2] & 0x3F) << 6) | (s[3] & 0x3F);
}

/* Blocks of characters that are all of grapheme cluster break property
   Other and all as wide as each other: the letters and punctuation of the
   six languages, looked up without libunistring's tables.  */
static const struct
{
  ucs4_t first, last;
  unsigned char width;
} plain_blocks[] =
{
  { 0x00AE, 0x02FF, 1 },  /* Latin-1 letters, Latin Extended (after U+00AD) */
  { 0x0400, 0x0482, 1 },  /* Cyrillic */
  { 0x048A, 0x052F, 1 },
  { 0x0620, 0x064A, 1 },  /* Arabic letters */
  { 0x0660, 0x066F, 1 },  /* Arabic digits and punctuation */
  { 0x0671, 0x06D3, 1 },
  { 0x2010, 0x2027, 1 },  /* dashes, quotation marks, ellipsis */
  { 0x3001, 0x3029, 2 },  /* CJK punctuation */
  { 0x4E00, 0x9FFF, 2 },  /* CJK ideographs */
  { 0xFF01, 0xFF60, 2 },  /* full-width forms */
};

/* The width of UC if it is in one of the plain blocks, or -1.  */
static int
plain_width (ucs4_t uc)
{
  if (uc < 0x00A0 || (uc >= 0x0300 && uc < 0x0400))
    return -1;
  if (uc <= 0x00AC)
    return 1;
  for (size_t i = 0; i < sizeof plain_blocks / sizeof plain_blocks[0]; i++)
    if (plain_blocks[i].first <= uc && uc <= plain_blocks[i].last)
      return plain_blocks[i].width;
  return -1;
}

/* Columns of a character standing first in its grapheme cluster.  */
static size_t
base_width (ucs4_t uc)
{
  /* The soft hyphen is not printed (a '-' is added at a break instead);
     control characters have a negative uc_width.  */
  if (uc == SOFT_HYPHEN)
    return 0;
  int width = plain_width (uc);
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
};

/* Whether a cluster that starts with BASE surely ends before NEXT, by
   the rules that look at the pair alone: NEXT is an ordinary character or
   a control (GB5, GB999), and BASE does not hold on to what follows it
   (GB9b: a prepended concatenation mark does).  Most of the text in every
   language passes this test, and it is far cheaper than the full walk.  */
static bool
ends_before (ucs4_t base, ucs4_t next)
{
  if (next >= 0x80 && plain_width (next) < 0)
    switch (uc_graphemeclusterbreak_property (next))
      {
      case GBP_OTHER: case GBP_CONTROL: case GBP_CR: case GBP_LF:
        break;
      default:
        return false;
      }
  if (base < 0x80)
    return base != '\r';
  return plain_width (base) >= 0
         || uc_graphemeclusterbreak_property (base) != GBP_PREPEND;
}

/* Columns of an ASCII character: control characters take none.  */
static size_t
ascii_width (ucs4_t uc)
{
  return uc >= 0x20 && uc < 0x7F;
}

/* Describe in *C the cluster of the single character BASE at S[POS..END).  */
static void
single_cluster (ucs4_t base, size_t end, struct cluster *c)
{
  c->end = end;
  c->width = base < 0x80 ? ascii_width (base) : base_width (base);
  c->is_space = is_breaking_space (base);
  c->is_soft_hyphen = base == SOFT_HYPHEN;
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
      return;
    }

  struct grapheme_context context = { 0 };
  size_t length;
  ucs4_t base = decode (s + pos, &length);
  size_t end = pos + length;
  bool emoji_sequence = false;
  bool alone = true;

  if (end == n)
    {
      single_cluster (base, end, c);
      return;
    }
  ucs4_t next = decode (s + end, &length);
  if (ends_before (base, next))
    {
      single_cluster (base, end, c);
      return;
    }

  grapheme_context_add (&context, base);
  while (end < n)
    {
      ucs4_t uc = decode (s + end, &length);

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
   dashes (" – ", " — ") keep their breaks.  */
static void
keep_unspaced_dashes (const char *s, size_t n, char *breaks)
{
  for (size_t i = 0; i < n; i++)
    {
      size_t dash = dash_length (s + i, n - i);
      if (dash == 0)
        continue;
      bool after_space = i == 0 || is_space_byte (s[i - 1]);
      if (!after_space)
        breaks[i] = UC_BREAK_PROHIBITED;
      else if (i + dash < n && !is_space_byte (s[i + dash]))
        breaks[i + dash] = UC_BREAK_PROHIBITED;
      i += dash - 1;
    }
}


/* Filling lines.  */

/* The line being filled.  */
struct line_state
{
  bool open;                /* it holds a non-space cluster */
  size_t start;             /* offset of its first cluster */
  size_t end;               /* end of its last non-space cluster */
  size_t width;             /* columns of [start, end) */
  size_t space_width;       /* columns of the spaces after END */
  bool ends_in_soft_hyphen; /* its last non-space cluster is U+00AD */

  /* The last break opportunity at which the line fits, if any.  */
  bool can_break;
  size_t break_end;         /* the line's end when broken there */
  size_t break_resume;      /* where the next line starts then */
  bool break_hyphen;        /* whether a '-' is shown there */
};

struct filler
{
  struct wrap_layout *layout;
  size_t capacity;          /* lines allocated in layout->lines */
  size_t width;
  struct line_state line;
};

static bool
is_mandatory_break (char opportunity)
{
  return opportunity == UC_BREAK_MANDATORY
         || opportunity == UC_BREAK_CR_BEFORE_LF;
}

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

static void
open_line (struct line_state *line, size_t pos, const struct cluster *c)
{
  *line = (struct line_state) { 0 };
  line->open = true;
  line->start = pos;
  line->end = c->end;
  line->width = c->width;
  line->ends_in_soft_hyphen = c->is_soft_hyphen;
}

static void
extend_line (struct line_state *line, const struct cluster *c)
{
  line->width += line->space_width + c->width;
  line->space_width = 0;
  line->end = c->end;
  line->ends_in_soft_hyphen = c->is_soft_hyphen;
}

/* Remember the break opportunity OPPORTUNITY before the cluster at POS if
   the line, broken there, fits in the width.  */
static void
note_break_opportunity (struct filler *f, size_t pos, char opportunity)
{
  struct line_state *line = &f->line;

  if (!is_break_opportunity (opportunity))
    return;

  /* libunistring 1.0 reports the break after a soft hyphen as
     UC_BREAK_POSSIBLE, not UC_BREAK_HYPHENATION: look at the character
     itself.  */
  bool hyphen = opportunity == UC_BREAK_HYPHENATION
                || (line->ends_in_soft_hyphen && line->end == pos);
  if (line->width + hyphen > f->width)
    return;

  line->can_break = true;
  line->break_end = line->end;
  line->break_resume = pos;
  line->break_hyphen = hyphen;
}

/* End the line at a mandatory break at POS; with nothing in it, it is
   an empty line.  */
static int
end_line_at_mandatory_break (struct filler *f, size_t pos)
{
  struct line_state *line = &f->line;
  int result = line->open ? append_line (f, line->start, line->end, false)
                          : append_line (f, pos, pos, false);

  line->open = false;
  return result;
}

/* Place the non-space cluster C, at POS, on the open line, and set
   *RESUME to the offset where filling goes on.  Return 0, or -1 with
   errno ENOMEM.  */
static int
place_cluster (struct filler *f, size_t pos, const struct cluster *c,
               char opportunity, size_t *resume)
{
  struct line_state *line = &f->line;

  note_break_opportunity (f, pos, opportunity);
  if (line->width + line->space_width + c->width <= f->width)
    {
      extend_line (line, c);
      *resume = c->end;
      return 0;
    }

  if (line->can_break)
    {
      /* Go back to the break: the clusters between it and C are measured
         again for the next line.  They fit there, since they fitted on
         this longer line, so no cluster is measured more than twice.  */
      line->open = false;
      *resume = line->break_resume;
      return append_line (f, line->start, line->break_end,
                          line->break_hyphen);
    }

  /* No break opportunity: cut before C.  */
  if (append_line (f, line->start, line->end, false) < 0)
    return -1;
  open_line (line, pos, c);
  *resume = c->end;
  return 0;
}

/* Fill the lines of LAYOUT, whose text has the break opportunities
   BREAKS.  Return 0, or -1 with errno ENOMEM.  */
static int
fill_lines (struct wrap_layout *layout, const char *breaks, size_t width)
{
  const uint8_t *s = (const uint8_t *) layout->text;
  size_t n = layout->length;
  struct filler f = { .layout = layout, .capacity = 0, .width = width };
  size_t pos = 0;

  while (pos < n)
    {
      struct cluster c;

      scan_cluster (s, pos, n, &c);
      if (is_mandatory_break (breaks[pos]))
        {
          /* The break character (or CR LF) belongs to no line.  */
          if (end_line_at_mandatory_break (&f, pos) < 0)
            return -1;
          pos = c.end;
        }
      else if (c.is_space)
        {
          /* Spaces count only once something follows them on the line;
             at the start of a line they are dropped.  */
          if (f.line.open)
            f.line.space_width += c.width;
          pos = c.end;
        }
      else if (!f.line.open)
        {
          open_line (&f.line, pos, &c);
          pos = c.end;
        }
      else
        {
          if (place_cluster (&f, pos, &c, breaks[pos], &pos) < 0)
            return -1;
        }
    }

  if (f.line.open)
    return append_line (&f, f.line.start, f.line.end, false);
  return 0;
}

int
wrap_layout_compute (const char *text, size_t length, size_t width,
                     struct wrap_layout *layout)
{
  *layout = (struct wrap_layout) { 0 };
  if (take_text (text, length, layout) < 0)
    return -1;
  if (layout->length == 0)
    return 0;

  char *breaks = malloc (layout->length);
  if (breaks == NULL)
    {
      wrap_layout_free (layout);
      errno = ENOMEM;
      return -1;
    }
  u8_possible_linebreaks ((const uint8_t *) layout->text, layout->length,
                          WRAP_ENCODING, breaks);
  keep_unspaced_dashes (layout->text, layout->length, breaks);

  /* A width of 0 is a caller's error; treat it as 1 rather than put each
     cluster on a line of its own.  */
  int result = fill_lines (layout, breaks, width == 0 ? 1 : width);
  free (breaks);
  if (result < 0)
    {
      wrap_layout_free (layout);
      errno = ENOMEM;
    }
  return result;
}

void
wrap_layout_free (struct wrap_layout *layout)
{
  if (layout->text_owned)
    free (layout->text);
  free (layout->lines);
  *layout = (struct wrap_layout) { 0 };
}
