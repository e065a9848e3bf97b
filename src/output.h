/* The boundary with the outside world: text is UTF-8 inside and in the
   locale's charset outside, both for the words of the command line and
   for what is written; and every write error noticed.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#ifndef OHCHR_OUTPUT_H
#define OHCHR_OUTPUT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* Choose the output charset from the LC_CTYPE locale, setting it from
   the environment when that is needed to know.  Output stays UTF-8 in the
   C and POSIX locales and in UTF-8 locales; in any other locale it is
   converted, transliterated where it must be.  */
void output_choose_charset (void);

/* The character set the output is converted to ("ISO-8859-1"), or NULL
   when the output is UTF-8.  */
const char *output_charset (void);

/* Whether the output's character set holds every letter, mark and digit
   of the valid UTF-8 TEXT as it is (punctuation may still be
   transliterated: a dash as '-').  */
bool output_can_show (const char *text);

/* ARGUMENT, a word from the command line, in UTF-8: converted from the
   locale's charset, which the output is written in, when that is not UTF-8
   (it is returned as it is when it cannot be converted).  The result lives
   as long as the program.  */
const char *output_charset_to_utf8 (const char *argument);

/* The printable form of the LENGTH bytes of valid UTF-8 at TEXT: the UTF-8
   text of exactly what output_write writes for it, each character
   converted to the output charset (transliterated where it must be: "—"
   becomes "--") and back.  Soft hyphens are kept as they are, for the
   wrapping engine to break at; they are never written.  Returns NULL when
   the output is written in UTF-8, and the text with it as it is; else a
   malloc'd NUL-terminated string, *PRINTABLE_LENGTH bytes long.  If MAP
   is not NULL, *MAP then receives a malloc'd array of LENGTH + 1 offsets:
   where the character that holds each byte of TEXT starts in the printable
   form, and its length last.  Exits if memory runs out.  */
char *output_printable (const char *text, size_t length,
                        size_t *printable_length, size_t **map);

/* The charset name to give libunistring's width and line breaking
   functions for the output: "UTF-8" when the output is written in UTF-8;
   in a CJK charset, a name they know it by, so that the East Asian
   ambiguous characters count 2 columns, as its terminals draw them.  */
const char *output_width_encoding (void);

/* Write the LENGTH bytes of valid UTF-8 at S to STREAM.  Returns 0, or EOF
   on a write error (remembered for output_close_stdout).  */
int output_write (FILE *stream, const char *s, size_t length);
int output_puts (FILE *stream, const char *s);

/* Write the LENGTH bytes at S as they are, with no conversion to the
   locale's charset: JSON and HTML, which are UTF-8 in every locale, and
   text already converted.  Returns 0, or EOF on a write error.  */
int output_write_bytes (FILE *stream, const char *s, size_t length);
int output_puts_bytes (FILE *stream, const char *s);

/* Keep what is written to standard output in memory from now on, until
   output_release.  */
void output_hold (void);

/* Stop keeping standard output in memory, and hand over what was kept:
   *TEXT (malloc'd, LENGTH bytes, in the output's character set).  */
void output_release (char **text, size_t *length);

/* Flush and close standard output.  On a write error, say so (except for
   a reader that went away: a closed pipe ends the program quietly) and
   return EXIT_FAILURE; otherwise return STATUS.  */
int output_close_stdout (int status);

#endif
