/* The command line: from argv to a complete, validated request.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).

   Options are read in order, as GNU programs read them: --help and
   --version act when met, a value is checked when its option is met, and
   of two options that contradict each other the last wins.  The sections
   and the search are checked once the text's languages are known, since
   sections are also named by their titles in those languages.  Nothing
   after cli_parse reports a mistake in the command line.  */

#include "system.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistr.h>

#include "cli.h"
#include "columns.h"
#include "diagnostics.h"
#include "help.h"
#include "hints.h"
#include "match.h"
#include "option-mistakes.h"
#include "output.h"
#include "terminal.h"

enum
{
  LANGUAGES_OPTION = 0x100,
  COLOR_OPTION,
  CITE_OPTION,
  NO_PAGER_OPTION,
  BIDI_OPTION,
  STANDALONE_OPTION,
  OPERAND = 1          /* getopt_long's code for an operand, with "-" */
};

static const struct option long_options[] =
{
  { "section",   required_argument, NULL, 's' },
  { "search",    required_argument, NULL, 'S' },
  { "random",    no_argument,       NULL, 'r' },
  { "lang",      required_argument, NULL, 'L' },
  { "list",      no_argument,       NULL, 'l' },
  { "languages", no_argument,       NULL, LANGUAGES_OPTION },
  { "titles",    no_argument,       NULL, 't' },
  { "number",    no_argument,       NULL, 'n' },
  { "cite",      no_argument,       NULL, CITE_OPTION },
  { "width",     required_argument, NULL, 'w' },
  { "no-wrap",   no_argument,       NULL, 'W' },
  { "format",    required_argument, NULL, 'f' },
  { "color",     optional_argument, NULL, COLOR_OPTION },
  { "colour",    optional_argument, NULL, COLOR_OPTION },
  { "no-pager",  no_argument,       NULL, NO_PAGER_OPTION },
  { "bidi",      required_argument, NULL, BIDI_OPTION },
  { "side-by-side", no_argument,    NULL, 'y' },
  { "standalone", no_argument,      NULL, STANDALONE_OPTION },
  { "help",      no_argument,       NULL, 'h' },
  { "version",   no_argument,       NULL, 'V' },
  { NULL, 0, NULL, 0 }
};

/* "-" first: operands come back in place, so that a word's position is
   known (a value after a bare --color, an operand).  ":" next: a missing
   argument comes back as ':', told apart from an unknown option.  */
static const char short_options[] = "-:s:S:rL:ltnw:Wf:yhV";

/* What the loop over the options gathers before the sections and the
   search can be checked.  */
struct gathered
{
  const char **section_words;      /* --section values and operands */
  bool *section_is_operand;
  bool *after_bare_colour;         /* the word follows a bare --color */
  size_t section_count;
  const char **search_words;       /* --search values */
  size_t search_count;
  const struct language *languages[LANGUAGE_COUNT];
  size_t language_count;
  bool list_languages;             /* --languages */
  const char *conflict;            /* an option --languages excludes */
  const char *no_width;            /* --no-wrap or --width=0, the last
                                      option that turned wrapping off */
};


/* Values of options, checked when met.  */

static size_t
parse_width (const char *argument)
{
  size_t width;
  if (!terminal_parse_size (argument, &width))
    {
      diag_error (N_("invalid width %s"), diag_quote (argument));
      /* TRANSLATORS: %d is the largest width accepted.  */
      diag_note (N_("The width is a number of columns from 1 to %d, or 0 "
                    "for no wrapping."), WIDTH_MAX);
      diag_usage_exit ();
    }
  return width;
}

/* The value ARGUMENT chose for OPTION among NAMES, as coreutils' argmatch
   reads it: in any case, or an unambiguous start.  */
static int
choose_value (const char *argument, const char *option,
              const char *const *names, const int *values, size_t count,
              const char *const *shown, size_t shown_count)
{
  int value;
  switch (match_choose (argument, names, values, count, &value))
    {
    case MATCH_CHOSEN:
      return value;
    case MATCH_AMBIGUOUS:
      diag_error (N_("ambiguous argument %s for %s"), diag_quote (argument),
                  diag_quote (option));
      break;
    case MATCH_NONE:
      diag_error (N_("invalid argument %s for %s"), diag_quote (argument),
                  diag_quote (option));
      break;
    }
  char *valid = diag_quoted_list (shown, shown_count);
  /* TRANSLATORS: %s is the list of the values, in quotation marks; they
     are not translated.  */
  diag_note (N_("Valid arguments are: %s."), valid);
  free (valid);
  diag_usage_exit ();
}

/* --color's values, with the synonyms GNU programs accept.  */
static const char *const colour_names[] =
  { "always", "yes", "force", "never", "no", "none", "auto", "tty", "if-tty" };
static const int colour_values[] =
  { COLOUR_ALWAYS, COLOUR_ALWAYS, COLOUR_ALWAYS, COLOUR_NEVER, COLOUR_NEVER,
    COLOUR_NEVER, COLOUR_AUTO, COLOUR_AUTO, COLOUR_AUTO };

static enum colour_policy
parse_colour (const char *when)
{
  if (when == NULL)
    return COLOUR_ALWAYS;
  static const char *const shown[] = { "always", "never", "auto" };
  return choose_value (when, "--color", colour_names, colour_values,
                       ARRAY_SIZE (colour_names), shown, ARRAY_SIZE (shown));
}

/* Whether WORD would be a value of --color.  */
static bool
is_colour_value (const char *word)
{
  int value;
  return match_choose (word, colour_names, colour_values,
                       ARRAY_SIZE (colour_names), &value) == MATCH_CHOSEN;
}

static enum format
parse_format (const char *name)
{
  static const char *const names[] = { "text", "json", "markdown", "html" };
  static const int values[] = { FORMAT_TEXT, FORMAT_JSON, FORMAT_MARKDOWN,
                                FORMAT_HTML };
  return choose_value (name, "--format", names, values, ARRAY_SIZE (names),
                       names, ARRAY_SIZE (names));
}

static enum bidi_choice
parse_bidi (const char *name)
{
  static const char *const names[] = { "auto", "logical", "visual" };
  static const int values[] = { BIDI_CHOICE_AUTO, BIDI_CHOICE_LOGICAL,
                                BIDI_CHOICE_VISUAL };
  return choose_value (name, "--bidi", names, values, ARRAY_SIZE (names),
                       names, ARRAY_SIZE (names));
}

/* Report that ARGUMENT, given to --lang, names no language.  */
static _Noreturn void
report_unknown_language (const char *argument, enum language_name_kind kind)
{
  if (kind == LANGUAGE_NAME_TRADITIONAL)
    {
      diag_error (N_("there is no Chinese catalog in Traditional characters "
                     "(%s): the Chinese text is in Simplified characters"),
                  diag_quote (argument));
      /* TRANSLATORS: both %s are ways to write the option, quoted.  */
      diag_note (N_("To print it, use %s (or %s)."), diag_quote ("--lang=zh"),
                 diag_quote ("--lang=zh-Hans"));
      diag_usage_exit ();
    }
  diag_error (N_("unknown language %s"), diag_quote (argument));
  char *names;
  size_t size;
  FILE *list = diag_list_begin (&names, &size);
  for (size_t i = 0; i < LANGUAGE_COUNT; i++)
    diag_list_add_named (list, i, languages[i].code,
                         languages[i].native_name);
  /* TRANSLATORS: %s is the list of languages, such as "en (English),
     es (español), ..."; "all" is what --lang takes for all six: keep it
     as it is.  */
  diag_note (N_("The languages are: %s, or all; give several with commas "
                "(--lang=en,fr)."), diag_list_end (list, &names));
  free (names);
  diag_usage_exit ();
}

static void
add_language (struct gathered *g, const struct language *language)
{
  for (size_t i = 0; i < g->language_count; i++)
    if (g->languages[i] == language)
      return;
  g->languages[g->language_count++] = language;
}

/* --lang's ARGUMENT: a language, "all", or a comma-separated list of
   them, in the order given, each once.  A later --lang replaces it.  */
static void
parse_languages (const char *argument, struct gathered *g)
{
  if (u8_check ((const uint8_t *) argument, strlen (argument)) != NULL)
    report_unknown_language (argument, LANGUAGE_NAME_UNKNOWN);
  char *items = strdup (argument);
  if (items == NULL)
    diag_out_of_memory ();
  g->language_count = 0;
  for (char *item = items, *next; item != NULL; item = next)
    {
      next = strchr (item, ',');
      if (next != NULL)
        *next++ = '\0';
      item += strspn (item, " ");
      for (size_t n = strlen (item); n > 0 && item[n - 1] == ' '; n--)
        item[n - 1] = '\0';
      if (*item == '\0')
        continue;                /* "en,,fr," (none at all is said below) */
      const struct language *language;
      enum language_name_kind kind = LANGUAGE_NAME_KNOWN;
      if (strcasecmp (item, "all") == 0)
        for (size_t i = 0; i < LANGUAGE_COUNT; i++)
          add_language (g, &languages[i]);
      else if ((kind = language_by_name (item, &language))
               == LANGUAGE_NAME_KNOWN)
        add_language (g, language);
      else
        report_unknown_language (item, kind);
    }
  free (items);
  if (g->language_count == 0)
    report_unknown_language (argument, LANGUAGE_NAME_UNKNOWN);
}

static void
add_section_word (struct gathered *g, const char *word, bool operand,
                  bool after_bare_colour, int argc)
{
  if (g->section_words == NULL)
    {
      g->section_words = calloc (argc, sizeof *g->section_words);
      g->section_is_operand = calloc (argc, sizeof *g->section_is_operand);
      g->after_bare_colour = calloc (argc, sizeof *g->after_bare_colour);
      if (g->section_words == NULL || g->section_is_operand == NULL
          || g->after_bare_colour == NULL)
        diag_out_of_memory ();
    }
  g->section_is_operand[g->section_count] = operand;
  g->after_bare_colour[g->section_count] = after_bare_colour;
  g->section_words[g->section_count++] = word;
}

static void
add_search_words (struct gathered *g, const char *words, int argc)
{
  if (g->search_words == NULL)
    {
      g->search_words = calloc (argc, sizeof *g->search_words);
      if (g->search_words == NULL)
        diag_out_of_memory ();
    }
  g->search_words[g->search_count++] = words;
}


/* The loop over the options.  */

static void
read_options (int argc, char **argv, struct request *request,
              struct gathered *g)
{
  opterr = 0;                 /* silent: see option-mistakes.c */
  bool bare_colour = false;   /* the last option was --color, no value */
  int c;
  /* READING is the argument getopt_long reads next: with "-", it takes
     them in order, and a cluster such as "-tx" stays at optind until its
     last letter.  */
  for (int reading = optind;
       (c = getopt_long (argc, argv, short_options, long_options, NULL))
       != -1;
       reading = optind)
    {
      bool after_bare_colour = bare_colour;
      bare_colour = false;
      switch (c)
        {
        case OPERAND:
          add_section_word (g, optarg, true, after_bare_colour, argc);
          g->conflict = "--section";
          break;
        case 's':
          add_section_word (g, optarg, false, false, argc);
          g->conflict = "--section";
          break;
        case 'S':
          add_search_words (g, optarg, argc);
          g->conflict = "--search";
          break;
        case 'r': request->random = true; g->conflict = "--random"; break;
        case 'L': parse_languages (optarg, g); break;
        case 'l': request->action = SHOW_LIST; g->conflict = "--list"; break;
        case LANGUAGES_OPTION: g->list_languages = true; break;
        case 't': request->titles = true; g->conflict = "--titles"; break;
        case 'n': request->number = true; g->conflict = "--number"; break;
        case CITE_OPTION:
          request->cite = true;
          g->conflict = "--cite";
          break;
        case 'w':
          request->width = parse_width (optarg);
          request->width_policy = request->width > 0 ? WIDTH_GIVEN
                                                     : WIDTH_NONE;
          g->no_width = "--width=0";
          break;
        case 'W':
          request->width_policy = WIDTH_NONE;
          g->no_width = "--no-wrap";
          break;
        case 'f': request->format = parse_format (optarg); break;
        case COLOR_OPTION:
          request->colour = parse_colour (optarg);
          bare_colour = optarg == NULL;
          break;
        case NO_PAGER_OPTION: request->pager = false; break;
        case BIDI_OPTION: request->bidi = parse_bidi (optarg); break;
        case 'y':
          request->side_by_side = true;
          g->conflict = "--side-by-side";
          break;
        case STANDALONE_OPTION: request->standalone = true; break;
        case 'h':
        case 'V':
          /* Text, written as --bidi says so far.  */
          bidi_mode_settle (request->bidi, false, false);
          if (c == 'h')
            help_print ();
          version_print ();
        default:              /* '?' or ':' */
          option_mistake_report (c, argv[reading], optopt, long_options);
        }
    }
  /* After "--", every argument is an operand.  */
  for (int i = optind; i < argc; i++)
    {
      add_section_word (g, argv[i], true, false, argc);
      g->conflict = "--section";
    }
  if (g->list_languages)
    request->action = SHOW_LANGUAGES;
}


/* What is checked once the text's languages are known.  */

static _Noreturn void
report_selection_failure (const struct selection_failure *failure,
                          const struct gathered *g, size_t word,
                          const struct text_languages *texts)
{
  const char *quoted = diag_quote (failure->word);
  char *candidates = hints_list_sections (failure->candidates,
                                          failure->candidate_count, texts);
  switch (failure->status)
    {
    case SELECTION_FOUND:
      break;
    case SELECTION_EMPTY:
      /* TRANSLATORS: %s is what was given to --section: nothing, or
         commas.  */
      diag_error (N_("no section named in %s"), quoted);
      break;
    case SELECTION_OUT_OF_RANGE:
      /* TRANSLATORS: %s is a number given to --section; %d is 10.  */
      diag_error (N_("there is no section %s: the sections are numbered 1 "
                     "to %d"), quoted, SECTION_COUNT);
      break;
    case SELECTION_BACKWARDS:
      /* TRANSLATORS: %s is a range of sections such as '4-2'.  */
      diag_error (N_("the range %s goes backwards: write the smaller number "
                     "first"), quoted);
      break;
    case SELECTION_AMBIGUOUS:
      /* TRANSLATORS: the first %s is what the user typed; the second is
         the list of the sections it could stand for.  */
      diag_error (N_("section %s is ambiguous; it could be: %s"), quoted,
                  candidates);
      break;
    case SELECTION_UNKNOWN:
      if (failure->candidate_count > 0)
        /* TRANSLATORS: the first %s is what the user typed; the second
           a list of sections, each an id and its title.  */
        diag_error (N_("unknown section %s; did you mean %s?"), quoted,
                    candidates);
      else
        diag_error (N_("unknown section %s"), quoted);
      /* The hints read the word as text: not bytes that are no UTF-8.  */
      if (u8_check ((const uint8_t *) failure->word,
                    strlen (failure->word)) == NULL)
        hints_for_unknown_section (failure->word, g->section_is_operand[word],
                                   g->after_bare_colour[word]
                                   && is_colour_value (failure->word),
                                   texts);
      break;
    }
  free (candidates);
  /* TRANSLATORS: %s is the command that lists the sections.  */
  diag_note (N_("%s lists the sections by number, id and title."),
             diag_quote (PROGRAM_NAME " --list"));
  diag_usage_exit ();
}

static void
check_sections (const struct gathered *g, struct request *request)
{
  const struct statement_text *texts[LANGUAGE_COUNT];
  for (size_t i = 0; i < request->texts.count; i++)
    texts[i] = &request->texts.texts[i];
  for (size_t i = 0; i < g->section_count; i++)
    {
      const char *word = g->section_words[i];
      struct selection_failure failure;
      if (u8_check ((const uint8_t *) word, strlen (word)) != NULL)
        {
          failure = (struct selection_failure) { .status = SELECTION_UNKNOWN,
                                                 .word = strdup (word) };
          if (failure.word == NULL)
            diag_out_of_memory ();
          report_selection_failure (&failure, g, i, &request->texts);
        }
      if (!selection_add (&request->selection, word, texts,
                          request->texts.count, &failure))
        report_selection_failure (&failure, g, i, &request->texts);
    }
}

/* Show how a phrase is searched for, with a phrase of the statement in
   the language of the messages, which without --lang is the text's.  */
static void
note_phrase_example (void)
{
  /* TRANSLATORS: a phrase of two or more words, word for word as it stands
     in the statement in your language, which an example searches for.  */
  const char *phrase = _("rights-based approach");
  /* The example is written for a shell, between apostrophes: one in the
     phrase ("droits de l'homme") is written '\''.  */
  char *example;
  size_t size;
  FILE *stream = diag_list_begin (&example, &size);
  fputs ("--search '\"", stream);
  for (const char *p = phrase; *p != '\0'; p++)
    if (*p == '\'')
      fputs ("'\\''", stream);
    else
      putc (*p, stream);
  fputs ("\"'", stream);
  diag_list_end (stream, &example);
  /* TRANSLATORS: %s is a command line's example, kept as it is.  */
  diag_note (N_("A phrase goes between two double quotes: %s"), example);
  free (example);
}

/* The first --search value with an odd number of double quotes.  */
static const char *
unbalanced_argument (const struct gathered *g)
{
  for (size_t i = 0; i < g->search_count; i++)
    {
      struct search_query *query = NULL;
      enum search_problem problem;
      if (search_query_parse (&g->search_words[i], 1, &query, &problem))
        search_query_free (query);
      else if (problem == SEARCH_UNBALANCED_QUOTE)
        return g->search_words[i];
    }
  return g->search_words[0];
}

static void
check_search (const struct gathered *g, struct request *request)
{
  if (g->search_count == 0)
    return;
  for (size_t i = 0; i < g->search_count; i++)
    {
      const char *words = g->search_words[i];
      if (u8_check ((const uint8_t *) words, strlen (words)) != NULL)
        {
          diag_error (N_("the search words %s are not valid UTF-8"),
                      diag_quote (words));
          diag_usage_exit ();
        }
    }
  enum search_problem problem;
  if (!search_query_parse (g->search_words, g->search_count, &request->search,
                           &problem))
    {
      switch (problem)
        {
        case SEARCH_NO_WORD:
          diag_error (N_("option %s needs at least one word"),
                      diag_quote ("--search"));
          break;
        case SEARCH_UNBALANCED_QUOTE:
          /* TRANSLATORS: %s is what the user searched for, in quotes.  */
          diag_error (N_("the search %s opens a phrase with a double quote "
                         "and does not close it"),
                      diag_quote (unbalanced_argument (g)));
          note_phrase_example ();
          break;
        }
      diag_usage_exit ();
    }
}

/* --languages lists the languages: options that choose or shape the text
   of the statement make no sense with it.  */
static void
check_combinations (const struct gathered *g)
{
  if (!g->list_languages || g->conflict == NULL)
    return;
  /* TRANSLATORS: both %s are options, such as '--languages'.  */
  diag_error (N_("options %s and %s cannot be used together"),
              diag_quote ("--languages"), diag_quote (g->conflict));
  diag_usage_exit ();
}

/* --standalone makes a whole HTML page, and nothing else.  */
static void
check_standalone (const struct request *request)
{
  if (!request->standalone || request->format == FORMAT_HTML)
    return;
  /* TRANSLATORS: the first %s is an option, the second the option and
     value it goes with, such as '--format=html'.  */
  diag_error (N_("option %s applies only to %s"), diag_quote ("--standalone"),
              diag_quote ("--format=html"));
  diag_usage_exit ();
}

/* --side-by-side lays out the statement's text, in the text format.  */
static void
check_side_by_side (const struct request *request)
{
  if (!request->side_by_side)
    return;
  static const char *const formats[] =
    {
      [FORMAT_TEXT] = "--format=text", [FORMAT_JSON] = "--format=json",
      [FORMAT_MARKDOWN] = "--format=markdown",
      [FORMAT_HTML] = "--format=html"
    };
  const char *other = request->action == SHOW_LIST ? "--list"
                      : request->format != FORMAT_TEXT
                      ? formats[request->format] : NULL;
  if (other == NULL)
    return;
  diag_error (N_("options %s and %s cannot be used together"),
              diag_quote ("--side-by-side"), diag_quote (other));
  diag_usage_exit ();
}

/* How to get columns wide enough for COUNT languages.  */
static void
note_columns_width (size_t count)
{
  /* TRANSLATORS: %zu is a number of columns of the terminal.  */
  diag_note (N_("Side by side, these languages need a width of at least "
                "%zu: give one with --width, or fewer languages with "
                "--lang."), columns_width_needed (count));
}

/* Once the languages are known: columns need a width, and enough of it
   to read.  */
static void
check_columns (const struct gathered *g, const struct request *request)
{
  size_t count = request->texts.count;
  if (!request->side_by_side || count < 2)
    return;
  size_t width = request->width;
  switch (request->width_policy)
    {
    case WIDTH_GIVEN:
      break;
    case WIDTH_NONE:
      diag_error (N_("options %s and %s cannot be used together"),
                  diag_quote ("--side-by-side"), diag_quote (g->no_width));
      note_columns_width (count);
      diag_usage_exit ();
    case WIDTH_OF_TERMINAL:
      if (terminal_is_stdout ())
        {
          width = terminal_width ();
          break;
        }
      /* TRANSLATORS: %s is the option '--side-by-side'.  */
      diag_error (N_("%s needs a width, and standard output is not a "
                     "terminal"), diag_quote ("--side-by-side"));
      note_columns_width (count);
      diag_usage_exit ();
    }
  size_t each = columns_each_width (width, count);
  if (each >= COLUMNS_NARROWEST)
    return;
  /* TRANSLATORS: the first %zu is the width of the whole line, the
     second that of each column, the last the narrowest column that is
     shown; all are numbers of columns of the terminal.  */
  diag_error (N_("side by side in a width of %zu, each column would be %zu "
                 "wide: too narrow to read (the narrowest is %d)"),
              width, each, COLUMNS_NARROWEST);
  note_columns_width (count);
  diag_usage_exit ();
}

/* Make each argument UTF-8, whatever the locale's charset: the program
   reads and quotes them as text.  */
static void
arguments_to_utf8 (int argc, char **argv)
{
  for (int i = 1; i < argc; i++)
    argv[i] = (char *) output_charset_to_utf8 (argv[i]);
}

void
cli_parse (int argc, char **argv, struct request *request)
{
  *request = (struct request) { .action = SHOW_STATEMENT, .pager = true,
                                .format = FORMAT_TEXT };
  struct gathered g = { 0 };
  arguments_to_utf8 (argc, argv);
  read_options (argc, argv, request, &g);
  check_combinations (&g);
  check_standalone (request);
  if (request->action != SHOW_LANGUAGES)
    {
      check_side_by_side (request);
      check_search (&g, request);
      /* JSON and HTML are UTF-8 whatever the locale.  */
      bool in_charset = request->format != FORMAT_JSON
                        && request->format != FORMAT_HTML;
      text_languages_choose (g.languages, g.language_count, in_charset,
                             &request->texts);
      check_sections (&g, request);
      check_columns (&g, request);
    }
  free (g.section_words);
  free (g.section_is_operand);
  free (g.after_bare_colour);
  free (g.search_words);
}

void
cli_request_free (struct request *request)
{
  search_query_free (request->search);
  request->search = NULL;
}
