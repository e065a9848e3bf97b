/* Grapheme clusters (UAX #29): the walk through a text, cluster by
   cluster, and the columns each takes.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#ifndef OHCHR_MISSION_CLUSTERS_H
#define OHCHR_MISSION_CLUSTERS_H

#include <stdbool.h>
#include <stddef.h>

#include <unitypes.h>

/* One grapheme cluster of a text.  */
struct cluster
{
  size_t start, end;   /* its bytes: [start, end) */
  ucs4_t base;         /* its first character */
  size_t width;        /* columns */
  bool is_space;       /* it is a breaking space alone (see below) */
  bool is_soft_hyphen; /* it is U+00AD SOFT HYPHEN alone */
};

/* A walk through the clusters of the LENGTH bytes of valid UTF-8 TEXT,
   measured for ENCODING; BOUNDARIES[I] is nonzero where one starts, as
   u8_grapheme_breaks says.  POS, where the next cluster starts, may be set
   to any cluster's start.  */
struct cluster_walk
{
  const char *text;
  size_t length;
  const char *boundaries, *encoding;
  size_t pos;
};

/* Set *C to the cluster at WALK->pos and step WALK past it.  False at the
   end of the text.  */
bool cluster_next (struct cluster_walk *walk, struct cluster *c);

/* Whether UC is a space that glues its neighbours together: U+00A0,
   U+2007, U+202F (the white space of the Non_Break property).  */
bool char_is_no_break_space (ucs4_t uc);

/* Whether UC is white space that vanishes where a line breaks: White_Space
   but the no-break spaces (line ends too, which the engine meets first as
   mandatory breaks).  */
bool char_is_breaking_space (ucs4_t uc);

#endif /* OHCHR_MISSION_CLUSTERS_H */
