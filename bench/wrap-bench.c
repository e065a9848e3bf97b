/* The wrapping engine alone, on COPIES copies of a text, for bench/run:
   its cost should grow linearly with the length of the text.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).

   Usage: wrap-bench FILE COPIES WIDTH
   Lays out the contents of FILE repeated COPIES times (joined by spaces,
   as one paragraph) at WIDTH columns, and prints the number of bytes and
   of lines.  Run it under callgrind with --toggle-collect=wrap_layout_compute
   to count the engine's instructions alone.  */

#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unistr.h>

#include "wrap.h"

static char *
read_file (const char *name, size_t *length)
{
  FILE *file = fopen (name, "rb");
  if (file == NULL)
    return NULL;
  char *text = NULL;
  size_t size = 0;
  FILE *copy = open_memstream (&text, &size);
  int c;
  while (copy != NULL && (c = getc (file)) != EOF)
    putc (c == '\n' ? ' ' : c, copy);
  fclose (file);
  if (copy == NULL || fclose (copy) != 0)
    return NULL;
  *length = size;
  return text;
}

int
main (int argc, char **argv)
{
  if (argc != 4)
    {
      fputs ("usage: wrap-bench FILE COPIES WIDTH\n", stderr);
      return 2;
    }
  size_t length;
  char *text = read_file (argv[1], &length);
  size_t copies = strtoul (argv[2], NULL, 10);
  size_t width = strtoul (argv[3], NULL, 10);
  if (text == NULL)
    {
      perror (argv[1]);
      return 1;
    }
  if (u8_check ((const uint8_t *) text, length) != NULL)
    {
      fprintf (stderr, "wrap-bench: %s: not valid UTF-8\n", argv[1]);
      return 1;
    }
  if (copies == 0 || width == 0)
    {
      fputs ("wrap-bench: COPIES and WIDTH must be positive numbers\n", stderr);
      return 1;
    }
  char *all = malloc (copies * length + 1);
  if (all == NULL)
    return 1;
  for (size_t i = 0; i < copies; i++)
    memcpy (all + i * length, text, length);
  all[copies * length] = '\0';

  struct wrap_layout layout;
  if (wrap_layout_compute (all, copies * length, width, "UTF-8", &layout) != 0)
    return 1;
  printf ("%zu bytes, %zu lines\n", copies * length, layout.count);
  wrap_layout_free (&layout);
  free (all);
  free (text);
  return 0;
}
