/* The command line: options, --help and --version.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).  */

#include "system.h"

#include <getopt.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "diagnostics.h"
#include "format.h"
#include "language.h"
#include "output.h"
#include "terminal.h"
#include "utf8-repair.h"

enum
{
  LANGUAGES_OPTION = 0x100,
  COLOR_OPTION,
  OPERAND = 1          /* getopt_long's code for an operand, with "-" */
};

static const struct option long_options[] =
{
  { "section",   required_argument, NULL, 's' },
  { "titles",    no_argument,       NULL, 't' },
  { "list",      no_argument,       NULL, 'l' },
  { "lang",      required_argument, NULL, 'L' },
  { "languages", no_argument,       NULL, LANGUAGES_OPTION },
  { "width",     required_argument, NULL, 'w' },
  { "no-wrap",   no_argument,       NULL, 'W' },
  { "format",    required_argument, NULL, 'f' },
  { "search",    required_argument, NULL, 'S' },
  { "color",     optional_argument, NULL, COLOR_OPTION },
  { "colour",    optional_argument, NULL, COLOR_OPTION },
  { "random",    no_argument,       NULL, 'r' },
  { "help",      no_argument,       NULL, 'h' },
  { "version",   no_argument,       NULL, 'V' },
  { NULL, 0, NULL, 0 }
};

/* "-" first: operands come back in place, so that sections print in the
   order given whether named by option or operand; ":" next: getopt_long
   says nothing itself and reports a missing argument as ':'.  */
static const char short_options[] = "-:s:tlL:w:Wf:S:rhV";

/* The long options whose name starts with the NAME_LENGTH bytes of NAME.  */
static size_t
count_long_options (const char *name, size_t name_length, const struct option **last)
{
  size_t count = 0;
  for (const struct option *o = long_options; o->name != NULL; o++)
    if (strncmp (o->name, name, name_length) == 0)
      {
        if (strlen (o->name) == name_length)
          {
            *last = o;
            return 1;
          }
        count++;
        *last = o;
      }
  return count;
}

/* Work out why getopt_long refused ARG, a word that starts with "--".  */
static void
classify_bad_long_option (const char *arg, struct options *options)
{
  const char *name = arg + 2;
  size_t name_length = strcspn (name, "=");
  const struct option *option = NULL;
  size_t count = count_long_options (name, name_length, &option);
  options->mistake_arg = arg;
  if (count > 1)
    options->mistake = CLI_AMBIGUOUS_OPTION;
  else if (count == 1 && name[name_length] == '=' && option->has_arg == no_argument)
    {
      options->mistake = CLI_UNEXPECTED_ARGUMENT;
      options->mistake_arg = option->name;
      options->mistake_long = true;
    }
  else
    options->mistake = CLI_UNKNOWN_OPTION;
}

static void
record_mistake (int code, const char *arg, struct options *options)
{
  if (options->mistake != CLI_OK)
    return;
  if (strncmp (arg, "--", 2) == 0 && code == '?')
    classify_bad_long_option (arg, options);
  else if (code == ':')
    {
      options->mistake = CLI_MISSING_ARGUMENT;
      const struct option *option = NULL;
      if (strncmp (arg, "--", 2) == 0)
        count_long_options (arg + 2, strcspn (arg + 2, "="), &option);
      options->mistake_letter[0] = (char) optopt;
      options->mistake_long = option != NULL;
      options->mistake_arg = option != NULL ? option->name : options->mistake_letter;
    }
  else
    {
      options->mistake = CLI_UNKNOWN_SHORT_OPTION;
      options->mistake_letter[0] = (char) optopt;
      options->mistake_arg = options->mistake_letter;
    }
}

static void
add_section_word (struct options *options, const char *word, int argc)
{
  if (options->section_words == NULL)
    {
      options->section_words = calloc (argc, sizeof *options->section_words);
      if (options->section_words == NULL)
        diag_out_of_memory ();
    }
  options->section_words[options->section_word_count++] = word;
}

void
cli_parse (int argc, char **argv, struct options *options)
{
  memset (options, 0, sizeof *options);
  opterr = 0;
  int c;
  int word = optind;   /* the argument getopt_long is reading */
  while ((c = getopt_long (argc, argv, short_options, long_options, NULL)) != -1)
    {
    /* Inside a cluster of short options ("-xt"), getopt_long stays on the
       same argument until its last letter.  */
    const char *current = argv[optind > word ? optind - 1 : word];
    word = optind;
    switch (c)
      {
      case OPERAND:
      case 's': add_section_word (options, optarg, argc); break;
      case 't': options->titles = true; break;
      case 'l': options->list = true; break;
      case 'L': options->lang = optarg; break;
      case LANGUAGES_OPTION: options->languages = true; break;
      case 'w': options->width = optarg; break;
      case 'W': options->no_wrap = true; break;
      case 'f': options->format = optarg; break;
      case 'S': options->search = optarg; break;
      case COLOR_OPTION: options->color = optarg != NULL ? optarg : "always"; break;
      case 'r': options->random = true; break;
      case 'h': options->help = true; break;
      case 'V': options->version = true; break;
      default: record_mistake (c, current, options); break;
      }
    }
  /* After "--", every argument is an operand.  */
  for (int i = optind; i < argc; i++)
    add_section_word (options, argv[i], argc);
}

/* "option '--l' is ambiguous; possibilities: '--list' '--lang' ...".  */
static void
report_ambiguous_option (const char *typed, const char *quoted)
{
  const char *name = typed + 2;
  size_t name_length = strcspn (name, "=");
  char *possibilities;
  size_t size;
  FILE *list = diag_list_begin (&possibilities, &size);
  for (const struct option *o = long_options; o->name != NULL; o++)
    if (strncmp (o->name, name, name_length) == 0)
      fprintf (list, " '--%s'", o->name);
  diag_list_end (list, &possibilities);
  /* TRANSLATORS: the first %s is the option as typed; the second is a
     list of the options it could stand for.  */
  diag_error (N_("option %s is ambiguous; possibilities:%s"), quoted, possibilities);
  free (possibilities);
}

void
cli_arguments_to_utf8 (struct options *options)
{
  const char **words[] = { &options->lang, &options->width, &options->format,
                           &options->search, &options->color };
  for (size_t i = 0; i < ARRAY_SIZE (words); i++)
    if (*words[i] != NULL)
      *words[i] = output_argument_to_utf8 (*words[i]);
  for (size_t i = 0; i < options->section_word_count; i++)
    options->section_words[i] = output_argument_to_utf8 (options->section_words[i]);
}

void
cli_report_mistake (const struct options *options)
{
  if (options->mistake == CLI_OK)
    return;
  const char *typed = options->mistake_arg != NULL ? options->mistake_arg : "";
  const char *arg = typed;
  char *long_name = NULL;
  if (options->mistake_long && asprintf (&long_name, "--%s", arg) >= 0)
    arg = long_name;
  arg = diag_quote (arg);
  free (long_name);
  switch (options->mistake)
    {
    case CLI_OK:
      return;
    case CLI_UNKNOWN_OPTION:
      diag_error (N_("unrecognized option %s"), arg);
      break;
    case CLI_UNKNOWN_SHORT_OPTION:
      diag_error (N_("invalid option -- %s"), arg);
      break;
    case CLI_AMBIGUOUS_OPTION:
      report_ambiguous_option (typed, arg);
      break;
    case CLI_MISSING_ARGUMENT:
      if (options->mistake_long)
        diag_error (N_("option %s requires an argument"), arg);
      else
        diag_error (N_("option requires an argument -- %s"), arg);
      break;
    case CLI_UNEXPECTED_ARGUMENT:
      diag_error (N_("option %s does not take an argument"), arg);
      break;
    }
  diag_usage_exit ();
}

size_t
cli_width (const char *argument)
{
  size_t width = 0;
  const char *p = argument;
  for (; *p >= '0' && *p <= '9' && width <= WIDTH_MAX; p++)
    width = 10 * width + (*p - '0');
  if (p == argument || *p != '\0' || width > WIDTH_MAX)
    {
      diag_error (N_("invalid width %s"), diag_quote (argument));
      /* TRANSLATORS: %d is the largest width accepted.  */
      diag_note (N_("The width is a number of columns from 1 to %d, or 0 for no wrapping."),
                 WIDTH_MAX);
      diag_usage_exit ();
    }
  return width;
}

bool
cli_colour (const char *when)
{
  static const char *const always[] = { "always", "yes", "force" };
  static const char *const never[] = { "never", "no", "none" };
  static const char *const automatic[] = { "auto", "tty", "if-tty" };
  if (when == NULL)
    return terminal_wants_colour ();
  for (size_t i = 0; i < ARRAY_SIZE (always); i++)
    {
      if (strcmp (when, always[i]) == 0)
        return true;
      if (strcmp (when, never[i]) == 0)
        return false;
      if (strcmp (when, automatic[i]) == 0)
        return terminal_wants_colour ();
    }
  diag_error (N_("invalid argument %s for %s"), diag_quote (when), "'--color'");
  /* TRANSLATORS: the words themselves are not translated.  */
  diag_note (N_("Valid arguments are: 'always', 'never', 'auto'."));
  diag_usage_exit ();
}

_Noreturn void
cli_report_unknown_format (const char *argument)
{
  diag_error (N_("unknown format %s"), diag_quote (argument));
  /* TRANSLATORS: %s is the list "text, json, markdown".  */
  diag_note (N_("The formats are: %s."), format_names);
  diag_usage_exit ();
}

void
cli_check_search (const char *argument)
{
  if (utf8_is_valid (argument, strlen (argument)))
    return;
  diag_error (N_("the search words %s are not valid UTF-8"), diag_quote (argument));
  diag_usage_exit ();
}

/* --languages lists the languages: options that choose or shape the text
   of the statement make no sense with it.  */
void
cli_check_combinations (const struct options *options)
{
  if (!options->languages || options->help || options->version)
    return;
  const char *other = options->list ? "'--list'"
                      : options->section_word_count > 0 ? "'--section'"
                      : options->search != NULL ? "'--search'"
                      : options->random ? "'--random'"
                      : options->titles ? "'--titles'"
                      : NULL;
  if (other == NULL)
    return;
  /* TRANSLATORS: both %s are options, such as '--languages'.  */
  diag_error (N_("options %s and %s cannot be used together"), "'--languages'", other);
  diag_usage_exit ();
}

_Noreturn void
cli_report_empty_search (void)
{
  diag_error (N_("option %s needs at least one word"), "'--search'");
  diag_usage_exit ();
}

_Noreturn void
cli_report_unbalanced_quote (const char *argument)
{
  /* TRANSLATORS: %s is what the user searched for, in quotes.  */
  diag_error (N_("the search %s opens a phrase with a double quote and does not close it"),
              diag_quote (argument));
  /* TRANSLATORS: %s is a command line's example, kept as it is.  */
  diag_note (N_("A phrase goes between two double quotes: %s"),
             "--search '\"rights-based approach\"'");
  diag_usage_exit ();
}

_Noreturn void
cli_report_unknown_language (const char *argument)
{
  diag_error (N_("unknown language %s"), diag_quote (argument));
  char *names;
  size_t size;
  FILE *list = diag_list_begin (&names, &size);
  for (size_t i = 0; i < LANGUAGE_COUNT; i++)
    fprintf (list, "%s%s (%s)", i > 0 ? ", " : "", languages[i].code,
             languages[i].native_name);
  /* TRANSLATORS: %s is the list of languages, such as "en (English),
     es (español), ..."; "all" is what --lang takes for all six: keep it
     as it is.  */
  diag_note (N_("The languages are: %s, or all."), diag_list_end (list, &names));
  free (names);
  diag_usage_exit ();
}

static void
print (const char *text)
{
  output_puts (stdout, text);
}

/* Print the translation of the printf format MSGID, filled in.  */
static void print_with (const char *msgid, ...) DIAG_PRINTF (1, 2);
static void
print_with (const char *msgid, ...)
{
  va_list args;
  va_start (args, msgid);
  char *text;
  if (vasprintf (&text, diag_translate_format (msgid), args) >= 0)
    {
      print (text);
      free (text);
    }
  va_end (args);
}

void
cli_print_help (void)
{
  /* TRANSLATORS: %s is the program's name.  */
  print_with (N_("Usage: %s [OPTION]... [SECTION]...\n"), PROGRAM_NAME);
  print (_("Print the Mission Statement of the Office of the United Nations High\n"
           "Commissioner for Human Rights (OHCHR), whole or by section, in any of\n"
           "the six official languages of the United Nations.\n"));
  print ("\n");
  print (_("Choosing the text:\n"
           "  -s, --section=SECTION  print only SECTION: a number from 1 to 10, an id,\n"
           "                           a title, or the start of one; repeat it or\n"
           "                           give a comma-separated list\n"
           "  -S, --search=WORDS     print only the sections whose text or title holds\n"
           "                           every word, in any of its forms, and every\n"
           "                           \"phrase in double quotes\" (case and accents\n"
           "                           do not matter)\n"
           "  -r, --random           print one section chosen at random\n"
           "  -L, --lang=LANG        print in LANG: en, es, fr, ar, zh, ru, or all\n"
           "  -l, --list             list the sections: number, id and title\n"
           "      --languages        list the languages and whether each is installed\n"));
  print ("\n");
  print (_("Presenting it:\n"
           "  -t, --titles           print each section's title above it\n"
           "  -w, --width=N          wrap lines at N columns (0: no wrapping)\n"
           "  -W, --no-wrap          do not wrap lines\n"
           "  -f, --format=FORMAT    text (the default), json or markdown\n"
           "      --color[=WHEN]     colour titles and search matches: always,\n"
           "                           never or auto (the default)\n"));
  print ("\n");
  print (_("  -h, --help             display this help and exit\n"
           "  -V, --version          output version information and exit\n"));
  print ("\n");
  print (_("SECTION operands are taken as --section arguments.  Without --width,\n"
           "text is wrapped to the terminal's width when standard output is a\n"
           "terminal, and not at all otherwise: one paragraph per line.  JSON is\n"
           "never wrapped, Markdown only to a --width.  Without --lang, the\n"
           "language follows LANGUAGE, LC_ALL, LC_MESSAGES and LANG.\n"
           "The exit status is 0 on success, 1 if --search found nothing or\n"
           "something went wrong, 2 if the command line is wrong.\n"));
  print ("\n");
  print (_("Examples:\n"
           "  ohchr-mission --lang es             the whole statement in Spanish\n"
           "  ohchr-mission -s development -t     one section, under its title\n"
           "  ohchr-mission -s 1,6 -w 60          sections 1 and 6, 60 columns wide\n"
           "  ohchr-mission --lang all -s dev     one section in all six languages\n"
           "  ohchr-mission --search equality     the sections that speak of it\n"
           "  ohchr-mission --random -L fr        a section for a login banner\n"
           "  ohchr-mission -f json | jq -r '.sections[5].text'\n"
           "  ohchr-mission | grep -n equality    whole paragraphs, one per line\n"));
  print ("\n");
  /* TRANSLATORS: %s is an e-mail address.  */
  print_with (N_("Report bugs to: %s\n"), PACKAGE_BUGREPORT);
}

void
cli_print_version (void)
{
  print (PROGRAM_NAME " " PACKAGE_VERSION "\n");
  print ("Copyright (C) 2026 The ohchr-mission authors.\n");
  print (_("License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.\n"
           "This is free software: you are free to change and redistribute it.\n"
           "There is NO WARRANTY, to the extent permitted by law.\n"));
  print ("\n");
  print (_("The text is the Mission Statement of the Office of the United Nations\n"
           "High Commissioner for Human Rights (OHCHR), as the Office published it.\n"
           "Its translations are this program's own, not official United Nations\n"
           "texts.\n"));
}
