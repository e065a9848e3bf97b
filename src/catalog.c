/* The message catalogs: the interface's, and the statement's in each
   language.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).

   One domain holds both the interface's messages and the statement, so
   the text's language and the interface's are told apart by switching
   gettext between catalogs: the statement of a language is looked up
   whole, once, with its catalog active, and gettext is then left on the
   interface's.  gettext is steered through LANGUAGE, which it obeys
   whenever LC_MESSAGES is not the C locale; the reader's locale may not
   be installed at all, and C.UTF-8 always is.

   A catalog is data from outside the program.  It is used only when it is
   a regular file (a FIFO would hang the program, a directory is no
   catalog), holds this program's messages, translates every message of
   the statement, and its bytes are valid in its character set.  */

#include "system.h"

#include <errno.h>
#include <limits.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <unistr.h>

#include "catalog.h"
#include "diagnostics.h"
#include "output.h"

/* Counter that makes gettext forget the translations it has looked up, as
   the gettext manual says to do after changing LANGUAGE.  Its name is
   gettext's, reserved identifier or not; glibc and GNU libintl have it,
   and configure makes sure it is there.  */
extern int _nl_msg_cat_cntr;  // NOLINT(bugprone-reserved-identifier)

/* A malloc'd copy of A followed by B and C; exits if memory runs out.  */
static char *
concat3 (const char *a, const char *b, const char *c)
{
  char *result;
  if (asprintf (&result, "%s%s%s", a, b, c) < 0)
    diag_out_of_memory ();
  return result;
}

/* The build tree's catalogs, when the program runs from its build tree:
   po/locale beside the directory that holds the executable, marked as
   this package's own by a file that 'make' puts there, so that an
   installed program never takes a stranger's directory for it.  */
static char *
build_tree_catalogs (void)
{
  char executable[PATH_MAX];
  ssize_t n = readlink ("/proc/self/exe", executable, sizeof executable);
  if (n <= 0 || (size_t) n == sizeof executable)
    return NULL;                /* none, or cut short */
  executable[n] = '\0';
  char *slash = strrchr (executable, '/');
  if (slash == NULL)
    return NULL;
  *slash = '\0';
  char *directory = concat3 (executable, "/../po/locale", "");
  char *marker = concat3 (directory, "/" PACKAGE "-build-tree", "");
  bool ours = access (marker, F_OK) == 0;
  free (marker);
  if (!ours)
    {
      free (directory);
      return NULL;
    }
  return directory;
}

/* The directory the catalogs are read from: OHCHR_MISSION_LOCALEDIR, the
   build tree's when the program runs from it, or the installed one.  */
static const char *
catalog_directory (void)
{
  static const char *directory;
  if (directory == NULL)
    {
      const char *chosen = getenv ("OHCHR_MISSION_LOCALEDIR");
      if (chosen != NULL && *chosen != '\0')
        directory = chosen;
      else if ((directory = build_tree_catalogs ()) == NULL)
        directory = LOCALEDIR;
    }
  return directory;
}

/* Point gettext at the catalogs, once.  */
static void
bind_catalogs (void)
{
  static bool bound;
  if (bound)
    return;
  bindtextdomain (PACKAGE, catalog_directory ());
  bind_textdomain_codeset (PACKAGE, "UTF-8");
  /* The C library's own messages (strerror's, in a write error) are text
     inside too.  */
  bind_textdomain_codeset ("libc", "UTF-8");
  textdomain (PACKAGE);
  /* gettext ignores LANGUAGE while LC_MESSAGES is the C locale, and the
     reader's locale may not be installed at all: C.UTF-8 is.  */
  if (language_is_c_locale (setlocale (LC_MESSAGES, "")))
    setlocale (LC_MESSAGES, "C.UTF-8");
  bound = true;
}

/* LANGUAGE as the program found it, once it has been changed.  */
static bool language_changed;
static char *original_language;

void
catalog_restore_environment (void)
{
  if (!language_changed)
    return;
  if (original_language != NULL)
    setenv ("LANGUAGE", original_language, 1);
  else
    unsetenv ("LANGUAGE");
}

/* Make gettext translate into the catalog CATALOG ("en": none).  */
static void
switch_to (const char *catalog)
{
  bind_catalogs ();
  if (!language_changed)
    {
      const char *value = getenv ("LANGUAGE");
      if (value != NULL && (original_language = strdup (value)) == NULL)
        diag_out_of_memory ();
      language_changed = true;
    }
  if (setenv ("LANGUAGE", catalog, 1) != 0)
    diag_out_of_memory ();
  ++_nl_msg_cat_cntr;
}

/* The catalog the interface speaks in ("en": none), once chosen.  */
static const char *interface_catalog = "en";
static const struct language *interface_language = SOURCE_LANGUAGE;

const struct language *
catalog_interface_language (void)
{
  return interface_language;
}

/* The file that holds LANGUAGE's catalog, malloc'd.  */
static char *
catalog_path (const struct language *language)
{
  char *directory = concat3 (catalog_directory (), "/", language->catalog);
  char *path = concat3 (directory, "/LC_MESSAGES/", PACKAGE ".mo");
  free (directory);
  return path;
}

/* The state of the file at PATH, before anything opens it.  */
static enum catalog_state
file_state (const char *path)
{
  struct stat st;
  if (stat (path, &st) != 0)
    return errno == ENOENT || errno == ENOTDIR ? CATALOG_MISSING
                                               : CATALOG_UNREADABLE;
  if (!S_ISREG (st.st_mode))
    return CATALOG_NOT_REGULAR;
  return access (path, R_OK) == 0 ? CATALOG_USABLE : CATALOG_UNREADABLE;
}

/* Whether the catalog's header (the translation of "") says it is this
   program's.  */
static bool
is_ours (const char *header)
{
  static const char field[] = "Project-Id-Version: " PACKAGE " ";
  for (const char *line = header; line != NULL && *line != '\0';)
    {
      if (strncmp (line, field, sizeof field - 1) == 0)
        return true;
      line = strchr (line, '\n');
      if (line != NULL)
        line++;
    }
  return false;
}

/* Translate MSGID (PLURAL for N) for catalog_load_statement, and note in
   CONTEXT, an enum catalog_state, what is wrong with the translation, if
   anything.  */
static const char *
translate_checked (const char *msgid, const char *plural, unsigned long n,
                   bool is_format, void *context)
{
  enum catalog_state *state = context;
  const char *translation = plural != NULL ? ngettext (msgid, plural, n)
                                           : gettext (msgid);
  if (translation == msgid || translation == plural || *translation == '\0')
    {
      if (*state == CATALOG_USABLE)
        *state = CATALOG_INCOMPLETE;
      return NULL;
    }
  if (u8_check ((const uint8_t *) translation, strlen (translation)) != NULL)
    {
      *state = CATALOG_DAMAGED;
      return NULL;
    }
  if (is_format && !diag_same_directives (msgid, translation))
    {
      *state = CATALOG_BAD_FORMAT;
      return NULL;
    }
  return translation;
}

/* Load LANGUAGE's statement from its catalog, which is a regular file.  */
static enum catalog_state
read_statement (const struct language *language, struct statement_text *text)
{
  switch_to (language->catalog);
  static const char header_msgid[] = "";
  const char *header = gettext (header_msgid);
  enum catalog_state state = CATALOG_USABLE;
  if (header == header_msgid)
    state = CATALOG_UNREADABLE;
  else if (!is_ours (header))
    state = CATALOG_FOREIGN;
  else
    statement_text_fill (text, language, translate_checked, &state);
  switch_to (interface_catalog);
  return state;
}

/* Each language's statement, loaded at most once.  */
static struct
{
  bool known;
  enum catalog_state state;
  struct statement_text text;
} loaded[LANGUAGE_COUNT];

enum catalog_state
catalog_load_statement (const struct language *language,
                        struct statement_text *text)
{
  if (language == SOURCE_LANGUAGE)
    {
      *text = *statement_english ();
      return CATALOG_USABLE;
    }
  size_t i = language_index (language);
  if (!loaded[i].known)
    {
      char *path = catalog_path (language);
      loaded[i].state = file_state (path);
      free (path);
      if (loaded[i].state == CATALOG_USABLE)
        loaded[i].state = read_statement (language, &loaded[i].text);
      loaded[i].known = true;
    }
  if (loaded[i].state == CATALOG_USABLE)
    *text = loaded[i].text;
  return loaded[i].state;
}

enum catalog_state
catalog_state (const struct language *language)
{
  struct statement_text text;
  return catalog_load_statement (language, &text);
}

void
catalog_choose_interface (void)
{
  const struct language *wanted[LANGUAGE_COUNT];
  bool traditional[LANGUAGE_COUNT];
  size_t count = language_environment_list (wanted, traditional);
  for (size_t i = 0; i < count && wanted[i] != SOURCE_LANGUAGE; i++)
    {
      struct statement_text text;
      /* A language the locale's charset cannot show would speak in
         question marks: the next one, or English, is better.  */
      if (catalog_load_statement (wanted[i], &text) == CATALOG_USABLE
          && output_can_show (text.title))
        {
          interface_language = wanted[i];
          interface_catalog = wanted[i]->catalog;
          switch_to (interface_catalog);
          return;
        }
    }
}

void
catalog_report (const struct language *language, enum catalog_state state)
{
  char *path = catalog_path (language);
  const char *quoted = diag_quote (path);
  switch (state)
    {
    case CATALOG_USABLE:
      break;
    case CATALOG_MISSING:
      /* TRANSLATORS: the first %s is a language's own name, the second
         its code, the third a file name.  */
      diag_error (N_("the %s (%s) catalog is not installed: no %s"),
                  language->native_name, language->code, quoted);
      break;
    case CATALOG_NOT_REGULAR:
      /* TRANSLATORS: as above: a language's own name, its code, and the
         catalog's file name, quoted.  */
      diag_error (N_("the %s (%s) catalog %s is not a regular file"),
                  language->native_name, language->code, quoted);
      break;
    case CATALOG_UNREADABLE:
      /* TRANSLATORS: as above: a language's own name, its code, and the
         catalog's file name, quoted.  */
      diag_error (N_("the %s (%s) catalog %s cannot be read"),
                  language->native_name, language->code, quoted);
      break;
    case CATALOG_FOREIGN:
      /* TRANSLATORS: as above: a language's own name, its code, and the
         catalog's file name, quoted.  */
      diag_error (N_("the %s (%s) catalog %s is not this program's"),
                  language->native_name, language->code, quoted);
      break;
    case CATALOG_INCOMPLETE:
      /* TRANSLATORS: as above: a language's own name, its code, and the
         catalog's file name, quoted.  */
      diag_error (N_("the %s (%s) catalog %s does not translate the whole "
                     "statement"),
                  language->native_name, language->code, quoted);
      break;
    case CATALOG_DAMAGED:
      /* TRANSLATORS: as above: a language's own name, its code, and the
         catalog's file name, quoted.  */
      diag_error (N_("the %s (%s) catalog %s holds bytes that are not "
                     "valid UTF-8"),
                  language->native_name, language->code, quoted);
      break;
    case CATALOG_BAD_FORMAT:
      /* TRANSLATORS: as above: a language's own name, its code, and the
         catalog's file name, quoted.  */
      diag_error (N_("the %s (%s) catalog %s translates a format with "
                     "other directives than the original's"),
                  language->native_name, language->code, quoted);
      break;
    }
  free (path);
}

const char *
catalog_state_name (const struct language *language, enum catalog_state state)
{
  if (language == SOURCE_LANGUAGE)
    /* TRANSLATORS: in --languages, said of English.  */
    return _("source text");
  switch (state)
    {
    case CATALOG_USABLE:
      /* TRANSLATORS: in --languages, a language whose catalog is there.  */
      return _("installed");
    case CATALOG_MISSING:
      /* TRANSLATORS: in --languages, a language whose catalog is missing.  */
      return _("not installed");
    case CATALOG_NOT_REGULAR:
    case CATALOG_UNREADABLE:
      /* TRANSLATORS: in --languages, a catalog that cannot be read.  */
      return _("unreadable");
    case CATALOG_FOREIGN:
      /* TRANSLATORS: in --languages, a catalog of another program,
         installed under this program's name.  */
      return _("not this program's");
    case CATALOG_INCOMPLETE:
      /* TRANSLATORS: in --languages, a catalog that lacks part of the
         statement.  */
      return _("incomplete");
    case CATALOG_DAMAGED:
    case CATALOG_BAD_FORMAT:
      /* TRANSLATORS: in --languages, a catalog with broken bytes or
         formats.  */
      return _("damaged");
    }
  return "";
}
