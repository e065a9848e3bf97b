/* Messages to the user on standard error.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#ifndef OHCHR_DIAGNOSTICS_H
#define OHCHR_DIAGNOSTICS_H

#include <stdbool.h>
#include <stdio.h>

#if defined __GNUC__ || defined __clang__
# define DIAG_PRINTF(f, a) __attribute__ ((__format__ (__printf__, f, a)))
#else
# define DIAG_PRINTF(f, a)
#endif

/* Print "ohchr-mission: MESSAGE" and a newline on standard error.  FORMAT
   is an English msgid, translated here: its translation is used only if
   it takes the same arguments (see diag_translate_format).  */
void diag_error (const char *format, ...) DIAG_PRINTF (1, 2);

/* Print a line on standard error without the program's name: the second
   line of a message, such as the valid choices.  FORMAT as above.  */
void diag_note (const char *format, ...) DIAG_PRINTF (1, 2);

/* Print "ohchr-mission: TEXT" as it is, already translated.  */
void diag_message (const char *text);

/* Say that memory ran out, and exit with status 1.  */
_Noreturn void diag_out_of_memory (void);

/* A stream that writes into a growing string, for building lists in
   messages; diag_list_end closes it and returns the string (malloc'd).
   Both exit if memory runs out.  */
FILE *diag_list_begin (char **list, size_t *size);
char *diag_list_end (FILE *stream, char **list);

/* Whether the printf format TRANSLATION takes the same arguments as
   FORMAT, with no directive this program never uses (a positional one,
   say), so that a catalog cannot smuggle one in.  */
bool diag_same_directives (const char *format, const char *translation);

/* The translation of the printf format MSGID, if its conversion
   directives are those of MSGID; otherwise MSGID itself.  */
const char *diag_translate_format (const char *msgid)
  __attribute__ ((__format_arg__ (1)));

/* Print the line that points to --help, and exit with status 2.  */
_Noreturn void diag_usage_exit (void);

/* ARG quoted for a message: in the language's quotation marks (the
   English ones are apostrophes), with every byte that is not part of
   valid printable UTF-8 (control characters, invalid sequences), every
   backslash, and the quotation marks themselves when they are ASCII
   ones, written as a C-style escape, so the user's bytes never reach the
   terminal raw.  The result stays valid until the program ends.  */
const char *diag_quote (const char *arg);

/* The quotations of the COUNT ITEMS, one after the other as the language
   lists them ("'always', 'never', 'auto'"), as a malloc'd string.  */
char *diag_quoted_list (const char *const *items, size_t count);

/* What separates the items of a list in a message (", ").  */
const char *diag_list_separator (void);

/* Write to STREAM, a list begun by diag_list_begin, its item number
   INDEX (from 0): NAME and what it stands for, MEANING, as the language
   writes them ("'development' (Right to development)", "es (español)"),
   after the separator unless it is the first.  */
void diag_list_add_named (FILE *stream, size_t index, const char *name,
                          const char *meaning);

#endif
