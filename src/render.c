/* Writing one paragraph.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#include "system.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

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
write_line (const char *text, size_t start, size_t end, bool hyphen,
            const struct paint *paint)
{
  if (paint == NULL)
    write_visible (text, start, end);
  else
    {
      if (paint->line_style != NULL)
        output_puts (stdout, paint->line_style);
      write_highlighted (text, start, end, paint);
      if (paint->line_style != NULL)
        output_puts (stdout, RENDER_RESET);
    }
  output_puts (stdout, hyphen ? "-\n" : "\n");
}

/* PAINT with its highlights moved to the printable form of its text by
   MAP (see output_printable), in *MOVED; the moved highlights are
   malloc'd.  */
static struct highlight *
move_highlights (const struct paint *paint, const size_t *map,
                 struct paint *moved)
{
  struct highlight *highlights = calloc (paint->highlight_count,
                                         sizeof *highlights);
  if (highlights == NULL)
    diag_out_of_memory ();
  for (size_t i = 0; i < paint->highlight_count; i++)
    highlights[i] = (struct highlight) { map[paint->highlights[i].start],
                                         map[paint->highlights[i].end] };
  *moved = *paint;
  moved->highlights = highlights;
  return highlights;
}

void
render_spaces (size_t columns)
{
  static const char spaces[] = "                                ";
  for (; columns > sizeof spaces - 1; columns -= sizeof spaces - 1)
    output_write (stdout, spaces, sizeof spaces - 1);
  output_write (stdout, spaces, columns);
}

void
render_paragraph_indented (const char *text, size_t width, size_t indent,
                           const struct paint *paint)
{
  size_t length = strlen (text);
  if (width == 0)
    {
      write_line (text, 0, length, false, paint);
      return;
    }

  /* Lay out what will be written: in a charset other than UTF-8, the
     transliterated text ("--" for "—"), measured as that charset's
     terminals draw it.  */
  bool highlights = paint != NULL && paint->highlight_count > 0;
  size_t *map = NULL;
  size_t printable_length;
  char *printable = output_printable (text, length, &printable_length,
                                      highlights ? &map : NULL);
  struct paint moved;
  struct highlight *moved_highlights = NULL;
  if (printable != NULL)
    {
      text = printable;
      length = printable_length;
      if (map != NULL)
        {
          moved_highlights = move_highlights (paint, map, &moved);
          paint = &moved;
          free (map);
        }
    }

  struct wrap_layout layout;
  size_t room = width > indent ? width - indent : 1;
  if (wrap_layout_compute (text, length, room, output_width_encoding (),
                           &layout) != 0)
    diag_out_of_memory ();
  for (size_t i = 0; i < layout.count; i++)
    {
      if (i > 0)
        render_spaces (indent);
      write_line (text, layout.lines[i].start, layout.lines[i].end,
                  layout.lines[i].hyphen, paint);
    }
  if (layout.count == 0)
    output_puts (stdout, "\n");
  wrap_layout_free (&layout);
  free (moved_highlights);
  free (printable);
}

size_t
render_width (const char *s)
{
  size_t length = strlen (s);
  size_t printable_length;
  char *printable = output_printable (s, length, &printable_length, NULL);
  size_t width = wrap_display_width (printable != NULL ? printable : s,
                                     printable != NULL ? printable_length : length,
                                     output_width_encoding ());
  free (printable);
  if (width == SIZE_MAX)
    diag_out_of_memory ();
  return width;
}

void
render_paragraph (const char *text, size_t width, const struct paint *paint)
{
  render_paragraph_indented (text, width, 0, paint);
}

void
render_padded (const char *s, size_t columns)
{
  output_puts (stdout, s);
  size_t w = render_width (s);
  if (w < columns)
    render_spaces (columns - w);
}
