/* Languages side by side.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).

   Each language's text is cut into the same blocks: its name, the
   statement's title, each section's title and text, the citation.  Each
   block is wrapped in its column to the column's width, and the block
   takes as many rows as its longest column, so that every block, and so
   every section, starts on the same row in every column.

   A terminal that does bidi would take a row for one paragraph, and move
   a right-to-left column across the others.  So right-to-left text is in
   visual order in every layout (render_cell), each row that holds
   right-to-left text starts with a LEFT-TO-RIGHT MARK (its paragraph
   direction, for a terminal that guesses it), each right-to-left line stands between LEFT-TO-RIGHT
   OVERRIDE and POP DIRECTIONAL FORMATTING (for one that reorders whatever
   it is told), and on a terminal, explicit mode is asked for (for one
   that follows the BiDi in Terminal Emulators recommendation).  */

#include "system.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bidi-marks.h"
#include "bidi-mode.h"
#include "citation.h"
#include "columns.h"
#include "diagnostics.h"
#include "output.h"
#include "render.h"

size_t
columns_width_needed (size_t count)
{
  return count * COLUMNS_NARROWEST + (count - 1) * COLUMNS_GUTTER;
}

size_t
columns_each_width (size_t width, size_t count)
{
  size_t gutters = (count - 1) * COLUMNS_GUTTER;
  return width > gutters ? (width - gutters) / count : 0;
}

/* What a block of the text is.  */
enum block_kind
{
  BLOCK_LANGUAGE,         /* the language's own name */
  BLOCK_TITLE,            /* the statement's title, when it is whole */
  BLOCK_SECTION_TITLE,
  BLOCK_SECTION_TEXT,
  BLOCK_CITATION,         /* up to the source's address */
  BLOCK_ADDRESS,          /* the address, on a line of its own */
  BLOCK_NOTICE            /* that a translation is the program's own */
};

/* A block in every column.  */
struct row_block
{
  enum block_kind kind;
  size_t section;         /* for the sections' blocks */
  bool space_before;      /* a blank row above it */
};

/* The blocks of DOCUMENT (each language's are the same) into BLOCKS,
   which has room; returns their number.  */
static size_t
list_blocks (const struct document *document, const struct style *style,
             struct row_block *blocks)
{
  size_t n = 0;
  blocks[n++] = (struct row_block) { BLOCK_LANGUAGE, 0, false };
  if (document->whole)
    blocks[n++] = (struct row_block) { BLOCK_TITLE, 0, true };
  for (size_t i = 0; i < document->count; i++)
    {
      if (style->titles)
        blocks[n++] = (struct row_block) { BLOCK_SECTION_TITLE, i, true };
      /* Without bold, a blank row tells a title from its text.  */
      bool after_bold_title = style->titles && style->colour;
      blocks[n++] = (struct row_block) { BLOCK_SECTION_TEXT, i,
                                         !after_bold_title };
    }
  if (style->cite)
    {
      blocks[n++] = (struct row_block) { BLOCK_CITATION, 0, true };
      blocks[n++] = (struct row_block) { BLOCK_ADDRESS, 0, false };
      blocks[n++] = (struct row_block) { BLOCK_NOTICE, 0, false };
    }
  return n;
}

/* What a cell shows: its text, label and paint, and the strings they
   point into.  */
struct cell_text
{
  const char *label;
  const char *text;
  struct paint paint;
  char number[16];
  char *owned;
};

/* The citation in CELL, its address and what follows on a line of their
   own, as the text format prints it: the part before, or with ADDRESS,
   that line.  */
static void
cut_at_address (struct cell_text *cell, bool address)
{
  size_t before_end;
  size_t at = citation_address_start (cell->owned, &before_end);
  if (address)
    cell->text = at != 0 ? cell->owned + at : "";
  else if (at != 0)
    cell->owned[before_end] = '\0';
}

static void
cell_text_of (const struct document *document, const struct row_block *block,
              const struct style *style, struct cell_text *cell)
{
  *cell = (struct cell_text) { NULL, "", { NULL, NULL, 0 }, "", NULL };
  const struct document_section *ds = &document->sections[block->section];
  bool numbered = false;
  switch (block->kind)
    {
    case BLOCK_LANGUAGE:
      cell->text = document->text->language->native_name;
      cell->paint.line_style = RENDER_BOLD;
      break;
    case BLOCK_TITLE:
      cell->text = document->text->title;
      cell->paint.line_style = RENDER_BOLD;
      break;
    case BLOCK_SECTION_TITLE:
      cell->text = ds->title;
      cell->paint = (struct paint) { RENDER_BOLD, ds->title_matches.places,
                                     ds->title_matches.count };
      numbered = style->number;
      break;
    case BLOCK_SECTION_TEXT:
      cell->text = ds->text;
      cell->paint = (struct paint) { NULL, ds->text_matches.places,
                                     ds->text_matches.count };
      numbered = style->number && !style->titles;
      break;
    case BLOCK_CITATION:
    case BLOCK_ADDRESS:
      cell->text = cell->owned = citation_text (document);
      cut_at_address (cell, block->kind == BLOCK_ADDRESS);
      break;
    case BLOCK_NOTICE:
      if (document->text->notice != NULL)
        cell->text = document->text->notice;
      break;
    }
  if (numbered)
    {
      snprintf (cell->number, sizeof cell->number, "%d. ",
                ds->section->number);
      cell->label = cell->number;
    }
}

/* Write one row of CELLS[0..COUNT), line I of each.  */
static void
write_row (struct render_cell **cells, size_t count, size_t i)
{
  bool visual = false;
  for (size_t c = 0; c < count; c++)
    visual = visual || render_cell_line_is_visual (cells[c], i);
  if (visual)
    {
      bidi_mode_before_visual_line ();
      if (bidi_mode_marks ())
        output_puts (stdout, BIDI_LRM);
    }
  /* Nothing after the last column that has a line here: no spaces at
     the end of the row.  */
  size_t last = 0;
  for (size_t c = 0; c < count; c++)
    if (i < render_cell_line_count (cells[c]))
      last = c;
  for (size_t c = 0; c <= last; c++)
    {
      if (c > 0)
        render_spaces (COLUMNS_GUTTER);
      render_cell_write_line (cells[c], i, c < last);
    }
  output_puts (stdout, "\n");
}

/* Write BLOCK in the COUNT columns of WIDTHS.  */
static void
write_block (const struct document *documents, size_t count,
             const size_t *widths, const struct row_block *block,
             const struct style *style)
{
  struct render_cell *cells[LANGUAGE_COUNT];
  struct cell_text texts[LANGUAGE_COUNT];
  size_t rows = 0;
  for (size_t c = 0; c < count; c++)
    {
      cell_text_of (&documents[c], block, style, &texts[c]);
      enum bidi_direction direction =
        documents[c].text->language->right_to_left ? BIDI_RIGHT_TO_LEFT
                                                   : BIDI_LEFT_TO_RIGHT;
      cells[c] = render_cell_new (texts[c].label, texts[c].text, direction,
                                  widths[c],
                                  style->colour ? &texts[c].paint : NULL);
      size_t lines = render_cell_line_count (cells[c]);
      if (lines > rows)
        rows = lines;
    }
  if (block->space_before)
    output_puts (stdout, "\n");
  for (size_t i = 0; i < rows; i++)
    write_row (cells, count, i);
  for (size_t c = 0; c < count; c++)
    {
      render_cell_free (cells[c]);
      free (texts[c].owned);
    }
}

void
columns_print_documents (const struct document *documents, size_t count,
                         const struct style *style)
{
  size_t widths[LANGUAGE_COUNT];
  size_t each = columns_each_width (style->width, count);
  size_t left_over = style->width - (count - 1) * COLUMNS_GUTTER
                     - count * each;
  for (size_t c = 0; c < count; c++)
    widths[c] = each + (c < left_over ? 1 : 0);

  /* A heading, a title, a title and a text for each section, and the
     citation's three parts.  */
  size_t capacity = 5 + 2 * documents[0].count;
  struct row_block *blocks = malloc (capacity * sizeof *blocks);
  if (blocks == NULL)
    diag_out_of_memory ();
  size_t n = list_blocks (&documents[0], style, blocks);
  for (size_t b = 0; b < n; b++)
    write_block (documents, count, widths, &blocks[b], style);
  free (blocks);
}
