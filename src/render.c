/* Writing one paragraph.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).

   A paragraph is wrapped in logical order, then each line is written as
   the layout of bidi-mode.h says: as it is; with the marks of UAX #9 that
   a terminal that does bidi needs (a mark of the paragraph's direction at
   both ends of each line, since such a terminal takes each line for a
   paragraph; the left-to-right runs of a right-to-left paragraph between
   LRI and PDI); or in visual order (bidi.c), right-to-left lines aligned
   to the right, between LRO and PDF after an LRM so that a terminal that
   reorders anyway leaves them as they are.  */

#include "system.h"

#include <stdlib.h>
#include <string.h>
#include <unistr.h>

#include "bidi-marks.h"
#include "bidi-mode.h"
#include "diagnostics.h"
#include "output.h"
#include "render.h"
#include "wrap.h"

/* The first U+00AD SOFT HYPHEN (a break opportunity, never shown itself)
   in [P, STOP), or NULL.  memchr finds its first byte fast.  */
static const char *
find_soft_hyphen (const char *p, const char *stop)
{
  while (p < stop && (p = memchr (p, 0xC2, stop - p)) != NULL)
    {
      if (stop - p >= 2 && p[1] == '\xAD')
        return p;
      p++;
    }
  return NULL;
}

/* Write TEXT[START..END) without its soft hyphens.  */
static void
write_visible (const char *text, size_t start, size_t end)
{
  const char *p = text + start, *stop = text + end;
  while (p < stop)
    {
      const char *hyphen = find_soft_hyphen (p, stop);
      const char *until = hyphen != NULL ? hyphen : stop;
      output_write (stdout, p, until - p);
      p = hyphen != NULL ? hyphen + 2 : stop;
    }
}

/* Write TEXT[START..END) with the parts PAINT highlights in colour.  */
static void
write_highlighted (const char *text, size_t start, size_t end,
                   const struct paint *paint)
{
  size_t at = start;
  for (size_t i = 0; i < paint->highlight_count && at < end; i++)
    {
      const struct highlight *h = &paint->highlights[i];
      if (h->end <= at || h->start >= end)
        continue;
      size_t from = h->start > at ? h->start : at;
      size_t to = h->end < end ? h->end : end;
      write_visible (text, at, from);
      output_puts (stdout, RENDER_MATCH);
      write_visible (text, from, to);
      output_puts (stdout, RENDER_RESET);
      if (paint->line_style != NULL)
        output_puts (stdout, paint->line_style);
      at = to;
    }
  write_visible (text, at, end);
}

static void
write_segment (const char *text, size_t start, size_t end,
               const struct paint *paint)
{
  if (paint == NULL)
    write_visible (text, start, end);
  else
    write_highlighted (text, start, end, paint);
}

void
render_spaces (size_t columns)
{
  static const char spaces[] = "                                ";
  for (; columns > sizeof spaces - 1; columns -= sizeof spaces - 1)
    output_write (stdout, spaces, sizeof spaces - 1);
  output_write (stdout, spaces, columns);
}

size_t
render_width (const char *s)
{
  size_t length = strlen (s);
  size_t printable_length;
  char *printable = output_printable (s, length, &printable_length, NULL);
  size_t width = wrap_display_width (printable != NULL ? printable : s,
                                     printable != NULL ? printable_length
                                                       : length,
                                     output_width_encoding ());
  free (printable);
  if (width == SIZE_MAX)
    diag_out_of_memory ();
  return width;
}

/* Write MARK if the output can hold it.  */
static void
write_mark (const char *mark)
{
  if (bidi_mode_marks ())
    output_puts (stdout, mark);
}


/* A paragraph laid out.  */

struct block
{
  const char *text;             /* the caller's, valid UTF-8, or its
                                   printable form (see block_init) */
  char *printable;              /* that form, when it is one */
  struct highlight *moved;      /* the highlights, moved into it */
  struct paint moved_paint;
  size_t length;
  const char *label;            /* or NULL */
  size_t label_length;
  size_t indent;                /* the columns before every line */
  bool in_row;                  /* they are a column to the left of the
                                   paragraph: the label, padded, on the
                                   first line; else the label starts the
                                   paragraph */
  bool label_written;           /* in a row: the caller wrote the first
                                   line's column */
  size_t width;                 /* 0: not wrapped */
  const struct paint *paint;
  enum bidi_direction direction;   /* resolved */
  bool reorders;                /* right to left, or holding something
                                   that changes the order of what is
                                   shown; once looked at */
  bool reorders_known;
  struct wrap_layout layout;
  struct wrap_line whole;       /* the one line when not wrapped */
  const struct wrap_line *lines;
  size_t count;
  struct bidi_range *runs;      /* left-to-right runs of a right-to-left
                                   paragraph, in TEXT, once looked for */
  size_t run_count;
  bool runs_found;
  struct bidi_paragraph *bidi;  /* the label and the text, when needed */
  char *joined;                 /* the label and the text */
};

/* PAINT with its highlights moved to the printable form of its text by
   MAP (see output_printable), in B.  */
static void
move_highlights (struct block *b, const struct paint *paint, const size_t *map)
{
  b->moved = calloc (paint->highlight_count + 1, sizeof *b->moved);
  if (b->moved == NULL)
    diag_out_of_memory ();
  for (size_t i = 0; i < paint->highlight_count; i++)
    b->moved[i] = (struct highlight) { map[paint->highlights[i].start],
                                       map[paint->highlights[i].end] };
  b->moved_paint = *paint;
  b->moved_paint.highlights = b->moved;
  b->paint = &b->moved_paint;
}

/* Lay out what will be written: in a charset other than UTF-8, the
   transliterated text ("--" for "—"), measured as that charset's
   terminals draw it.  */
static void
use_printable_form (struct block *b)
{
  bool highlights = b->paint != NULL && b->paint->highlight_count > 0;
  size_t *map = NULL;
  size_t length;
  b->printable = output_printable (b->text, b->length, &length,
                                   highlights ? &map : NULL);
  if (b->printable == NULL)
    return;
  if (map != NULL)
    {
      move_highlights (b, b->paint, map);
      free (map);
    }
  b->text = b->printable;
  b->length = length;
}

static void
block_init (struct block *b, const char *label, const char *text,
            enum bidi_direction direction, size_t width, size_t indent,
            bool in_row, const struct paint *paint)
{
  *b = (struct block) { .text = text, .length = strlen (text),
                        .label = label, .indent = indent, .in_row = in_row,
                        .width = width, .paint = paint };
  use_printable_form (b);
  b->label_length = label != NULL ? strlen (label) : 0;
  b->direction = bidi_text_direction (b->text, b->length, direction);
  if (width == 0)
    {
      b->whole = (struct wrap_line) { 0, b->length, false };
      b->lines = &b->whole;
      b->count = 1;
    }
  else
    {
      size_t room = width > indent ? width - indent : 1;
      if (wrap_layout_compute (b->text, b->length, room,
                               output_width_encoding (), &b->layout) != 0)
        diag_out_of_memory ();
      b->lines = b->layout.lines;
      b->count = b->layout.count;
    }
}

/* Whether B needs more than its text to be shown right: the plain
   layout, which writes every text as it is, never asks.  */
static bool
block_reorders (struct block *b)
{
  if (!b->reorders_known)
    {
      b->reorders_known = true;
      b->reorders = b->direction == BIDI_RIGHT_TO_LEFT
                    || bidi_text_has_right_to_left (b->text, b->length)
                    || (b->label != NULL
                        && bidi_text_has_right_to_left (b->label,
                                                        b->label_length));
    }
  return b->reorders;
}

/* The left-to-right runs of B, if it is right to left: the marks and
   visual order need them, plain text does not.  */
static void
block_find_runs (struct block *b)
{
  if (b->runs_found)
    return;
  b->runs_found = true;
  if (b->direction == BIDI_RIGHT_TO_LEFT)
    b->run_count = bidi_marks_left_to_right_runs (b->text, b->length,
                                                  &b->runs);
}

static void
block_free (struct block *b)
{
  if (b->width != 0)
    wrap_layout_free (&b->layout);
  free (b->runs);
  bidi_paragraph_free (b->bidi);
  free (b->joined);
  free (b->moved);
  free (b->printable);
}

/* The bytes of the label that start the paragraph itself.  */
static size_t
label_in_paragraph (const struct block *b)
{
  return b->in_row ? 0 : b->label_length;
}

/* The paragraph for visual order: the label and the text.  */
static void
block_prepare_visual (struct block *b)
{
  if (b->bidi != NULL)
    return;
  block_find_runs (b);
  size_t offset = label_in_paragraph (b);
  if (offset == 0)
    {
      b->bidi = bidi_paragraph_new (b->text, b->length, b->direction,
                                    b->runs, b->run_count,
                                    bidi_mode_marks ());
      return;
    }
  /* The label first, the runs after it.  */
  b->joined = malloc (offset + b->length + 1);
  struct bidi_range *runs = malloc ((b->run_count + 1) * sizeof *runs);
  if (b->joined == NULL || runs == NULL)
    diag_out_of_memory ();
  memcpy (b->joined, b->label, offset);
  memcpy (b->joined + offset, b->text, b->length + 1);
  for (size_t i = 0; i < b->run_count; i++)
    runs[i] = (struct bidi_range) { b->runs[i].start + offset,
                                    b->runs[i].end + offset };
  b->bidi = bidi_paragraph_new (b->joined, offset + b->length, b->direction,
                                runs, b->run_count, bidi_mode_marks ());
  free (runs);
}

/* Line I of B in visual order.  */
static void
block_visual_line (struct block *b, size_t i, struct bidi_line *line)
{
  block_prepare_visual (b);
  size_t offset = label_in_paragraph (b);
  const struct wrap_line *l = &b->lines[i];
  /* The first line of a labelled paragraph starts with its label.  */
  size_t start = i == 0 && offset > 0 ? 0 : offset + l->start;
  bidi_paragraph_line (b->bidi, start, offset + l->end, l->hyphen, line);
}

/* Whether the byte OFFSET of the caller's text is in a highlight.  */
static bool
is_highlighted (const struct paint *paint, size_t offset)
{
  for (size_t i = 0; i < paint->highlight_count; i++)
    if (paint->highlights[i].start <= offset
        && offset < paint->highlights[i].end)
      return true;
  return false;
}

/* Write the visual LINE of B, coloured as B's paint says.  */
static void
write_visual_text (const struct block *b, const struct bidi_line *line)
{
  const struct paint *paint = b->paint;
  if (paint == NULL)
    {
      output_write (stdout, line->text, line->length);
      return;
    }
  if (paint->line_style != NULL)
    output_puts (stdout, paint->line_style);
  size_t offset = label_in_paragraph (b);
  bool lit = false;
  size_t at = 0;
  for (size_t k = 0; at < line->length; k++)
    {
      const uint8_t *character = (const uint8_t *) line->text + at;
      ucs4_t uc;
      size_t n = (size_t) u8_mbtouc_unsafe (&uc, character, line->length - at);
      size_t source = line->sources[k];
      bool in = source != BIDI_NO_SOURCE && source >= offset
                && is_highlighted (paint, source - offset);
      if (in != lit)
        {
          if (in)
            output_puts (stdout, RENDER_MATCH);
          else
            {
              output_puts (stdout, RENDER_RESET);
              if (paint->line_style != NULL)
                output_puts (stdout, paint->line_style);
            }
          lit = in;
        }
      output_write (stdout, line->text + at, n);
      at += n;
    }
  if (lit || paint->line_style != NULL)
    output_puts (stdout, RENDER_RESET);
}

/* Write LINE between LRO and PDF: as it is, whatever a terminal that
   does bidi would make of it.  */
static void
write_visual_overridden (const struct block *b, const struct bidi_line *line)
{
  write_mark (BIDI_LRO);
  write_visual_text (b, line);
  write_mark (BIDI_PDF);
}

/* Write the bytes [START, END) of B's text, its left-to-right runs
   between LRI and PDI if ISOLATE_RUNS.  */
static void
write_logical_text (const struct block *b, size_t start, size_t end,
                    bool isolate_runs)
{
  const struct paint *paint = b->paint;
  if (paint != NULL && paint->line_style != NULL)
    output_puts (stdout, paint->line_style);
  size_t at = start;
  for (size_t i = 0; isolate_runs && i < b->run_count; i++)
    {
      const struct bidi_range *r = &b->runs[i];
      if (r->end <= start || r->start >= end)
        continue;
      size_t from = r->start > start ? r->start : start;
      size_t to = r->end < end ? r->end : end;
      write_segment (b->text, at, from, paint);
      write_mark (BIDI_LRI);
      write_segment (b->text, from, to, paint);
      write_mark (BIDI_PDI);
      at = to;
    }
  write_segment (b->text, at, end, paint);
  if (paint != NULL && paint->line_style != NULL)
    output_puts (stdout, RENDER_RESET);
}

static void
write_hyphen (const struct block *b, size_t i)
{
  if (b->lines[i].hyphen)
    output_puts (stdout, "-");
}

/* In a row, the first column of line I: the label, padded to the second
   column, on the first line; spaces on the others.  VISUAL says that the
   row's right-to-left text is in visual order, MARKED that it is in
   logical order with marks.  */
static void
write_row_column (const struct block *b, size_t i, bool visual, bool marked)
{
  if (i > 0 || b->label == NULL)
    {
      if (i > 0 || !b->label_written)
        render_spaces (b->indent);
      return;
    }
  size_t width = render_width (b->label);
  bool label_reorders = bidi_text_has_right_to_left (b->label,
                                                     b->label_length);
  if (visual && label_reorders)
    {
      struct block label;
      block_init (&label, NULL, b->label, BIDI_FROM_TEXT, 0, 0, false, NULL);
      struct bidi_line line;
      block_visual_line (&label, 0, &line);
      write_visual_overridden (&label, &line);
      width = render_width (line.text);
      bidi_line_free (&line);
      block_free (&label);
    }
  else if (marked && label_reorders)
    {
      write_mark (BIDI_LRI);
      output_puts (stdout, b->label);
      write_mark (BIDI_PDI);
    }
  else
    output_puts (stdout, b->label);
  if (width < b->indent)
    render_spaces (b->indent - width);
}

/* Line I of B as it is: the plain layout, and every layout for text that
   needs no reordering.  */
static void
write_line_plain (const struct block *b, size_t i)
{
  if (b->in_row)
    write_row_column (b, i, false, false);
  else if (i == 0 && b->label != NULL)
    output_puts (stdout, b->label);
  else if (i > 0)
    render_spaces (b->indent);
  write_logical_text (b, b->lines[i].start, b->lines[i].end, false);
  write_hyphen (b, i);
  output_puts (stdout, "\n");
}

/* Line I of B in logical order, with marks.  */
static void
write_line_marked (struct block *b, size_t i)
{
  block_find_runs (b);
  bool rtl = b->direction == BIDI_RIGHT_TO_LEFT;
  const char *mark = rtl ? BIDI_RLM : BIDI_LRM;
  if (b->in_row)
    {
      /* The row reads left to right, its second column isolated.  */
      if (i > 0 || !b->label_written)
        write_mark (BIDI_LRM);
      write_row_column (b, i, false, true);
      write_mark (rtl ? BIDI_RLI : BIDI_LRI);
      write_logical_text (b, b->lines[i].start, b->lines[i].end, rtl);
      write_hyphen (b, i);
      write_mark (BIDI_PDI);
      output_puts (stdout, "\n");
      return;
    }
  if (i == 0 && rtl)
    bidi_mode_begin_right_to_left ();
  write_mark (mark);
  if (i == 0 && b->label != NULL)
    output_puts (stdout, b->label);
  else if (i > 0)
    render_spaces (b->indent);
  write_logical_text (b, b->lines[i].start, b->lines[i].end, rtl);
  write_hyphen (b, i);
  write_mark (mark);
  output_puts (stdout, "\n");
  if (i + 1 == b->count && rtl)
    bidi_mode_end_right_to_left ();
}

/* Line I of B in visual order.  */
static void
write_line_visual (struct block *b, size_t i)
{
  struct bidi_line line;
  block_visual_line (b, i, &line);
  size_t width = render_width (line.text);
  bool rtl = bidi_paragraph_is_right_to_left (b->bidi);
  if (i > 0 || !b->in_row || !b->label_written)
    {
      bidi_mode_before_visual_line ();
      write_mark (BIDI_LRM);
    }
  if (b->in_row)
    {
      write_row_column (b, i, true, false);
      if (b->width > b->indent)
        render_spaces (bidi_line_indent (b->bidi, width,
                                         b->width - b->indent));
      write_visual_overridden (b, &line);
    }
  else
    {
      /* The indent of the lines after a label is on the paragraph's
         side: the right of a right-to-left one.  */
      size_t indent = i > 0 ? b->indent : 0;
      if (!rtl)
        render_spaces (indent);
      else if (b->width > indent)
        render_spaces (bidi_line_indent (b->bidi, width, b->width - indent));
      write_visual_overridden (b, &line);
      if (rtl)
        render_spaces (indent);
    }
  output_puts (stdout, "\n");
  bidi_line_free (&line);
}

static void
write_block (struct block *b)
{
  enum bidi_layout layout = bidi_mode_layout ();
  if (layout != BIDI_LAYOUT_PLAIN && !block_reorders (b))
    layout = BIDI_LAYOUT_PLAIN;
  for (size_t i = 0; i < b->count; i++)
    switch (layout)
      {
      case BIDI_LAYOUT_PLAIN:
        write_line_plain (b, i);
        break;
      case BIDI_LAYOUT_MARKED:
        write_line_marked (b, i);
        break;
      case BIDI_LAYOUT_VISUAL:
        write_line_visual (b, i);
        break;
      }
  if (b->count == 0)
    output_puts (stdout, "\n");
}

void
render_paragraph_labelled (const char *label, const char *text,
                           enum bidi_direction direction, size_t width,
                           const struct paint *paint)
{
  struct block b;
  size_t indent = label != NULL ? render_width (label) : 0;
  block_init (&b, label, text, direction, width, indent, false, paint);
  write_block (&b);
  block_free (&b);
}

void
render_paragraph (const char *text, size_t width, const struct paint *paint)
{
  render_paragraph_labelled (NULL, text, BIDI_FROM_TEXT, width, paint);
}

void
render_row (const char *label, size_t column, const char *text, size_t width,
            const struct paint *paint)
{
  struct block b;
  block_init (&b, label, text, BIDI_FROM_TEXT, width, column, true, paint);
  write_block (&b);
  block_free (&b);
}

void
render_paragraph_indented (const char *text, size_t width, size_t indent,
                           const struct paint *paint)
{
  struct block b;
  block_init (&b, NULL, text, BIDI_FROM_TEXT, width, indent, true, paint);
  b.label_written = true;
  write_block (&b);
  block_free (&b);
}


/* Cells, side by side.  */

struct render_cell
{
  struct block block;
  size_t width;
};

struct render_cell *
render_cell_new (const char *label, const char *text,
                 enum bidi_direction direction, size_t width,
                 const struct paint *paint)
{
  struct render_cell *cell = malloc (sizeof *cell);
  if (cell == NULL)
    diag_out_of_memory ();
  size_t indent = label != NULL ? render_width (label) : 0;
  block_init (&cell->block, label, text, direction, width, indent, false,
              paint);
  cell->width = width;
  return cell;
}

size_t
render_cell_line_count (const struct render_cell *cell)
{
  return cell->block.count;
}

bool
render_cell_line_is_visual (struct render_cell *cell, size_t i)
{
  return block_reorders (&cell->block) && i < cell->block.count;
}

void
render_cell_write_line (struct render_cell *cell, size_t i, bool pad_right)
{
  struct block *b = &cell->block;
  if (i >= b->count)
    {
      if (pad_right)
        render_spaces (cell->width);
      return;
    }
  size_t used;
  if (!block_reorders (b))
    {
      /* write_line_plain's, without the newline.  */
      if (i == 0 && b->label != NULL)
        output_puts (stdout, b->label);
      else if (i > 0)
        render_spaces (b->indent);
      write_logical_text (b, b->lines[i].start, b->lines[i].end, false);
      write_hyphen (b, i);
      size_t text_width = wrap_display_width (b->text + b->lines[i].start,
                                              b->lines[i].end
                                              - b->lines[i].start,
                                              output_width_encoding ());
      if (text_width == SIZE_MAX)
        diag_out_of_memory ();
      used = (i > 0 || b->label != NULL ? b->indent : 0) + text_width
             + (b->lines[i].hyphen ? 1 : 0);
    }
  else
    {
      struct bidi_line line;
      block_visual_line (b, i, &line);
      size_t width = render_width (line.text);
      size_t indent = i > 0 ? b->indent : 0;
      bool rtl = bidi_paragraph_is_right_to_left (b->bidi);
      size_t before = rtl ? bidi_line_indent (b->bidi, width + indent,
                                              cell->width)
                          : indent;
      render_spaces (before);
      write_visual_overridden (b, &line);
      if (rtl)
        render_spaces (indent);
      used = before + width + (rtl ? indent : 0);
      bidi_line_free (&line);
    }
  if (pad_right && used < cell->width)
    render_spaces (cell->width - used);
}

void
render_cell_free (struct render_cell *cell)
{
  if (cell == NULL)
    return;
  block_free (&cell->block);
  free (cell);
}
