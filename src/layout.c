/* Filling lines: a paragraph laid out first-fit.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).

   The break opportunities and grapheme clusters of the paragraph are
   found once.  Each line takes clusters while they fit, and breaks at the
   last opportunity before the first that does not; a line with none is
   part of a segment longer than the line, cut by the rules of "Cutting".  */

#ifdef HAVE_CONFIG_H
# include <config.h>
#endif

#include "wrap.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>

#include <unictype.h>
#include <unigbrk.h>
#include <unilbrk.h>

#include "breaks.h"
#include "clusters.h"

/* Where a line breaks: it ends at END (a '-' shown after it if HYPHEN),
   and the next line starts at RESUME.  */
struct line_break
{
  size_t end, resume;
  bool hyphen;
};

/* The line being filled.  */
struct line
{
  size_t start;
  size_t end;               /* the end of its last cluster that is no space */
  size_t width;             /* the columns of [START, END) */
  size_t spaces;            /* the columns of the spaces after END */
  bool ends_in_soft_hyphen; /* its last cluster, right before, is one */
  bool can_break;           /* whether BEST holds a break */
  struct line_break best;   /* the last opportunity at which it fits */
};

struct filler
{
  const char *text, *encoding;
  size_t length, width;
  const char *breaks;       /* breaks_find's opportunities */
  const char *boundaries;   /* u8_grapheme_breaks's cluster boundaries */
  struct wrap_line *lines;  /* the lines so far: COUNT of them, in an */
  size_t count, capacity;   /* array of CAPACITY */
};

static bool
is_mandatory_break (char opportunity)
{
  return opportunity == UC_BREAK_MANDATORY
         || opportunity == UC_BREAK_CR_BEFORE_LF;
}

static bool
is_opportunity (char opportunity)
{
  return opportunity == UC_BREAK_POSSIBLE
         || opportunity == UC_BREAK_HYPHENATION;
}

static int
append_line (struct filler *f, size_t start, size_t end, bool hyphen)
{
  if (f->count == f->capacity)
    {
      size_t capacity = f->capacity == 0 ? 16 : 2 * f->capacity;
      struct wrap_line *lines = reallocarray (f->lines, capacity,
                                              sizeof *lines);
      if (lines == NULL)
        return -1;              /* errno is ENOMEM */
      f->lines = lines;
      f->capacity = capacity;
    }
  f->lines[f->count++] = (struct wrap_line) { start, end, hyphen };
  return 0;
}

static void
add_to_line (struct line *line, const struct cluster *c)
{
  line->width += line->spaces + c->width;
  line->spaces = 0;
  line->end = c->end;
  line->ends_in_soft_hyphen = c->is_soft_hyphen;
}

/* The line may break before the cluster at POS: remember it if the line
   fits there.  Soft hyphens are handled here alone: libunistring 1.0
   reports the break after one as UC_BREAK_POSSIBLE, so the character is
   looked at; the '-' then shown after the line needs a column.  */
static void
note_opportunity (const struct filler *f, struct line *line, size_t pos)
{
  bool hyphen = f->breaks[pos] == UC_BREAK_HYPHENATION
                || (line->ends_in_soft_hyphen && line->spaces == 0);
  if (hyphen && line->width + 1 > f->width)
    return;
  line->best = (struct line_break) { line->end, pos, hyphen };
  line->can_break = true;
}

/* Cutting a segment longer than the line.  */

/* Whether UC is punctuation that may not start a line: a comma, a full
   stop, a colon, a closing bracket or quotation mark, 。，、％...: those
   that UAX #14 keeps from an ideograph before them (LB13, LB19, LB21,
   LB23a), opening punctuation (Ps, Pi) left out.  */
static bool
may_not_start_line (ucs4_t uc, const char *encoding)
{
  if (!uc_is_general_category_withtable (uc, UC_CATEGORY_MASK_Pc
                                             | UC_CATEGORY_MASK_Pd
                                             | UC_CATEGORY_MASK_Pe
                                             | UC_CATEGORY_MASK_Pf
                                             | UC_CATEGORY_MASK_Po))
    return false;
  enum { AN_IDEOGRAPH = 0x4E00 };
  return breaks_between (AN_IDEOGRAPH, uc, encoding) == UC_BREAK_PROHIBITED;
}

static bool
is_arabic_letter (ucs4_t uc, const uc_script_t *arabic)
{
  return uc_is_script (uc, arabic)
         && uc_is_general_category (uc, UC_CATEGORY_L);
}

/* Whether the cluster C, after the cluster PREVIOUS, is inside an Arabic
   word, where no line may be cut: cutting one breaks the joining of its
   letters, and the halves read as two other words.  */
static bool
is_inside_arabic_word (const struct cluster *previous,
                       const struct cluster *c, const uc_script_t *arabic)
{
  return is_arabic_letter (previous->base, arabic)
         && is_arabic_letter (c->base, arabic);
}

/* No cut keeps to the rules, and the line ends in an Arabic word, which
   the cluster C, after the cluster PREVIOUS, continues or follows: the
   word stands alone on its line, with the punctuation after it that may
   not start a line.  Set *CUT to the break after them.  */
static void
take_arabic_word (const struct filler *f, struct cluster previous,
                  struct cluster c, const uc_script_t *arabic,
                  struct line_break *cut)
{
  struct cluster_walk walk = { f->text, f->length, f->boundaries,
                               f->encoding, c.end };
  for (;;)
    {
      previous = c;
      if (!cluster_next (&walk, &c)
          || f->breaks[c.start] != UC_BREAK_PROHIBITED || c.is_space
          || (!is_inside_arabic_word (&previous, &c, arabic)
              && !may_not_start_line (c.base, f->encoding)))
        break;
    }
  *cut = (struct line_break) { previous.end, previous.end, false };
}

/* The line LINE holds no break opportunity, and the cluster OVERFLOW
   does not fit on it.  Set *CUT to where it is cut: before OVERFLOW,
   unless the cut would start the next line with punctuation that may
   not start a line, or fall inside an Arabic word.  Then the cut goes
   back to the last cluster that keeps both rules.  If none does, an
   Arabic word at the end of the line is taken whole; anything else is
   cut where it was.  */
static void
cut_segment (const struct filler *f, const struct line *line,
             const struct cluster *overflow, struct line_break *cut)
{
  const uc_script_t *arabic = uc_script_byname ("Arabic");
  struct cluster_walk walk = { f->text, f->length, f->boundaries,
                               f->encoding, line->start };
  struct cluster previous, c;
  bool found = false;

  cluster_next (&walk, &previous);
  size_t last_end = previous.end;   /* of the last cluster that is no space */
  for (;;)
    {
      bool more = walk.pos < overflow->start && cluster_next (&walk, &c);
      if (!more)
        c = *overflow;
      if (!c.is_space
          && !is_inside_arabic_word (&previous, &c, arabic)
          && !may_not_start_line (c.base, f->encoding))
        {
          *cut = (struct line_break) { last_end, c.start, false };
          found = true;
        }
      if (!more)
        break;
      if (!c.is_space)
        last_end = c.end;
      previous = c;
    }
  if (found)
    return;
  if (is_arabic_letter (previous.base, arabic))
    take_arabic_word (f, previous, *overflow, arabic, cut);
  else
    *cut = (struct line_break) { line->end, overflow->start, false };
}

/* Filling.  */

/* Fill the lines of F's layout.  Return 0, or -1 if memory runs out.  */
static int
fill_lines (struct filler *f)
{
  struct cluster_walk walk = { f->text, f->length, f->boundaries,
                               f->encoding, 0 };
  struct cluster c;
  struct line line = { 0 };
  bool in_line = false;
  bool after_cut = false;   /* a line was cut, and no other begun since */

  while (cluster_next (&walk, &c))
    {
      if (is_mandatory_break (f->breaks[c.start]))
        {
          /* The break character (or CR LF) belongs to no line, and ends
             the one cut just before it.  */
          size_t start = in_line ? line.start : c.start;
          if (!after_cut
              && append_line (f, start, in_line ? line.end : start, false) < 0)
            return -1;
          in_line = after_cut = false;
        }
      else if (c.is_space)
        line.spaces += c.width;   /* none at a line's start: LINE is reset */
      else if (!in_line)
        {
          line = (struct line) { .start = c.start };
          add_to_line (&line, &c);
          in_line = true;
          after_cut = false;
        }
      else
        {
          if (is_opportunity (f->breaks[c.start]))
            note_opportunity (f, &line, c.start);
          if (line.width + line.spaces + c.width <= f->width)
            add_to_line (&line, &c);
          else
            {
              struct line_break cut = line.best;
              if (!line.can_break)
                cut_segment (f, &line, &c, &cut);
              if (append_line (f, line.start, cut.end, cut.hyphen) < 0)
                return -1;
              walk.pos = cut.resume;
              in_line = false;
              after_cut = true;
            }
        }
    }
  return in_line ? append_line (f, line.start, line.end, false) : 0;
}

int
wrap_layout_compute (const char *text, size_t length, size_t width,
                     const char *encoding, struct wrap_layout *layout)
{
  *layout = (struct wrap_layout) { 0 };
  if (length == 0)
    return 0;
  char *analysis = length <= SIZE_MAX / 2 ? malloc (2 * length) : NULL;
  if (analysis == NULL)
    {
      errno = ENOMEM;
      return -1;
    }
  breaks_find (text, length, encoding, analysis);
  u8_grapheme_breaks ((const uint8_t *) text, length, analysis + length);

  struct filler f = { .text = text, .length = length, .encoding = encoding,
                      .width = width == 0 ? 1 : width, .breaks = analysis,
                      .boundaries = analysis + length };
  int result = fill_lines (&f);
  free (analysis);
  if (result == 0)
    *layout = (struct wrap_layout) { f.lines, f.count };
  else
    free (f.lines);
  return result;
}

void
wrap_layout_free (struct wrap_layout *layout)
{
  free (layout->lines);
  *layout = (struct wrap_layout) { 0 };
}
