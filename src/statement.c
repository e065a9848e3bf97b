/* The Mission Statement of the Office of the United Nations High
   Commissioner for Human Rights: its title, its ten paragraphs, and the
   sections the program divides it into.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).

   The English text is the program's own copy of the source, exactly as
   published (see README).  Every string is marked for translation; the
   catalogs in po/ hold the project's translations.  */

#include "system.h"

#include <stdlib.h>
#include <string.h>

#include "statement.h"
#include "utf8-repair.h"

/* TRANSLATORS: the title of the OHCHR Mission Statement.  */
static const char statement_title_msgid[] = N_("Mission Statement");

const struct section statement_sections[SECTION_COUNT] =
{
  {
    1, "mission",
    /* TRANSLATORS: the program's short heading for paragraph 1 of the
       statement (not part of the published text).  */
    N_("Mission"),
    N_("The mission of the Office of the United Nations High "
       "Commissioner for Human Rights (OHCHR) is to protect and promote "
       "all human rights for all.")
  },
  {
    2, "foundations",
    /* TRANSLATORS: the program's short heading for paragraph 2 of the
       statement (not part of the published text).  */
    N_("Foundations"),
    N_("OHCHR is guided in its work by the Charter of the United "
       "Nations, the Universal Declaration of Human Rights and "
       "subsequent human rights instruments, and the 1993 Vienna "
       "Declaration and Programme of Action. The promotion of universal "
       "ratification and implementation of human rights treaties is at "
       "the forefront of OHCHR activities.")
  },
  {
    3, "implementation",
    /* TRANSLATORS: the program's short heading for paragraph 3 of the
       statement (not part of the published text).  */
    N_("Implementation"),
    N_("OHCHR aims to ensure the practical implementation of universally"
       " recognized human rights norms. It is committed to strengthening"
       " the United Nations human rights programme and providing the "
       "United Nations treaty monitoring bodies and special mechanisms "
       "established by the Commission on Human Rights with the highest "
       "quality support.")
  },
  {
    4, "high-commissioner",
    /* TRANSLATORS: the program's short heading for paragraph 4 of the
       statement (not part of the published text).  */
    N_("The High Commissioner"),
    N_("The High Commissioner for Human Rights is the official with "
       "principal responsibility for United Nations human rights "
       "activities. OHCHR is committed to working with other parts of "
       "the United Nations to integrate human rights standards "
       "throughout the work of the Organization.")
  },
  {
    5, "universality",
    /* TRANSLATORS: the program's short heading for paragraph 5 of the
       statement (not part of the published text).  */
    N_("Universality and indivisibility"),
    N_("OHCHR bases itself on the principle that human rights are "
       "universal, indivisible, interdependent and interrelated. All "
       "rights – civil, cultural, economic, political and social – "
       "should be given equal emphasis, and promoted and protected "
       "without any discrimination. The realization and enjoyment of all"
       " rights for women and men must be ensured on a basis of "
       "equality.")
  },
  {
    6, "development",
    /* TRANSLATORS: the program's short heading for paragraph 6 of the
       statement (not part of the published text).  */
    N_("Right to development"),
    N_("OHCHR is committed to promoting the realization of the right to "
       "development and to strengthening a rights-based approach to "
       "development.")
  },
  {
    7, "dialogue",
    /* TRANSLATORS: the program's short heading for paragraph 7 of the
       statement (not part of the published text).  */
    N_("Dialogue with governments"),
    N_("OHCHR engages in dialogue with governments on human rights "
       "issues with a view to enhancing national capacities in the field"
       " of human rights and towards improved respect for human rights; "
       "it provides advisory services and technical assistance when "
       "requested, and encourages governments to pursue the development "
       "of effective national institutions and procedures for the "
       "protection for human rights.")
  },
  {
    8, "field-presences",
    /* TRANSLATORS: the program's short heading for paragraph 8 of the
       statement (not part of the published text).  */
    N_("Field presences"),
    N_("A number of OHCHR field presences have been established with a "
       "view to ensuring that international human rights standards are "
       "progressively implemented and realized at country level, both in"
       " law and practice. This is to be accomplished through the "
       "setting up or strengthening of national human rights capacities "
       "and national human rights institutions; the follow up to the "
       "recommendations of human rights treaty bodies and the mechanisms"
       " of the Commission on Human Rights and the creation of a culture"
       " of human rights.")
  },
  {
    9, "empowerment",
    /* TRANSLATORS: the program's short heading for paragraph 9 of the
       statement (not part of the published text).  */
    N_("Empowerment"),
    N_("An essential condition for the success of field presences is "
       "that governments, national institutions, non-governmental "
       "organizations, as well as the United Nations country teams, are "
       "increasingly empowered to take on human rights related "
       "activities on their own, within the context of regional or "
       "sub-regional strategies.")
  },
  {
    10, "prevention",
    /* TRANSLATORS: the program's short heading for paragraph 10 of the
       statement (not part of the published text).  */
    N_("Removing obstacles and preventing abuses"),
    N_("OHCHR seeks to play an active role in removing obstacles and "
       "meeting challenges to the full realization of all human rights "
       "and in preventing the occurrence or continuation of human rights"
       " abuses throughout the world. To achieve this OHCHR will work "
       "closely with governments, United Nations bodies, regional "
       "organizations, international and non-governmental organizations "
       "and civil society.")
  }
};

/* The translations that were not valid UTF-8, each with its repaired
   copy, kept for the rest of the program as gettext keeps its own.  */
struct repair
{
  const char *translation;
  char *repaired;
};

/* The repaired copy of TRANSLATION, made once however often it is asked
   for; NULL if memory runs out.  */
static const char *
repaired_copy (const char *translation)
{
  static struct repair *repairs;
  static size_t count, allocated;
  for (size_t i = 0; i < count; i++)
    if (repairs[i].translation == translation)
      return repairs[i].repaired;
  if (count == allocated)
    {
      size_t more = 2 * allocated + 8;
      struct repair *grown = realloc (repairs, more * sizeof *grown);
      if (grown == NULL)
        return NULL;
      repairs = grown;
      allocated = more;
    }
  char *repaired = utf8_repair (translation, strlen (translation), NULL);
  if (repaired == NULL)
    return NULL;
  repairs[count++] = (struct repair) { translation, repaired };
  return repaired;
}

/* Return the translation of MSGID in the current language.  A catalog is
   data from outside the program: a translation that is not valid UTF-8 is
   repaired (each bad sequence becomes U+FFFD) before anyone sees it.  */
static const char *
localized (const char *msgid)
{
  const char *translation = gettext (msgid);
  if (translation == msgid || utf8_is_valid (translation, strlen (translation)))
    return translation;
  const char *repaired = repaired_copy (translation);
  return repaired != NULL ? repaired : msgid;
}

const char *
statement_title (void)
{
  return localized (statement_title_msgid);
}

const char *
section_title (const struct section *section)
{
  return localized (section->title);
}

const char *
section_text (const struct section *section)
{
  return localized (section->text);
}
