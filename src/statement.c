/* The Mission Statement of the Office of the United Nations High
   Commissioner for Human Rights: its title, its ten paragraphs, and the
   sections the program divides it into.
   Copyright (C) 2026 The ohchr-mission authors.
   License: GPL-3.0-or-later (see COPYING).

   The English text is the program's own copy of the source, exactly as
   published (see README).  Every string is marked for translation; the
   catalogs in po/ hold the project's translations.  A language's strings
   are looked up together (see catalog.c), so that the text's language can
   differ from the interface's.  */

#include "system.h"

#include "statement.h"

/* TRANSLATORS: the title of the OHCHR Mission Statement.  */
static const char statement_title_msgid[] = N_("Mission Statement");

const struct section statement_sections[SECTION_COUNT] =
{
  {
    1, "mission",
    /* TRANSLATORS: the program's short heading for paragraph 1 of the
       statement (not part of the published text).  */
    N_("Mission"),
    /* TRANSLATORS: paragraph 1 of the statement, as published.  */
    N_("The mission of the Office of the United Nations High "
       "Commissioner for Human Rights (OHCHR) is to protect and promote "
       "all human rights for all.")
  },
  {
    2, "foundations",
    /* TRANSLATORS: the program's short heading for paragraph 2 of the
       statement (not part of the published text).  */
    N_("Foundations"),
    /* TRANSLATORS: paragraph 2 of the statement, as published.  */
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
    /* TRANSLATORS: paragraph 3 of the statement, as published.  */
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
    /* TRANSLATORS: paragraph 4 of the statement, as published.  */
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
    /* TRANSLATORS: paragraph 5 of the statement, as published.  */
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
    /* TRANSLATORS: paragraph 6 of the statement, as published.  */
    N_("OHCHR is committed to promoting the realization of the right to "
       "development and to strengthening a rights-based approach to "
       "development.")
  },
  {
    7, "dialogue",
    /* TRANSLATORS: the program's short heading for paragraph 7 of the
       statement (not part of the published text).  */
    N_("Dialogue with governments"),
    /* TRANSLATORS: paragraph 7 of the statement, as published.  */
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
    /* TRANSLATORS: paragraph 8 of the statement, as published.  */
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
    /* TRANSLATORS: paragraph 9 of the statement, as published.  */
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
    /* TRANSLATORS: paragraph 10 of the statement, as published.  */
    N_("OHCHR seeks to play an active role in removing obstacles and "
       "meeting challenges to the full realization of all human rights "
       "and in preventing the occurrence or continuation of human rights"
       " abuses throughout the world. To achieve this OHCHR will work "
       "closely with governments, United Nations bodies, regional "
       "organizations, international and non-governmental organizations "
       "and civil society.")
  }
};

const char statement_source_address[] =
  "http://www.ohchr.org/english/about/mission.htm";

/* TRANSLATORS: said of the statement in this language, for instance at
   the end of a citation.  */
static const char notice_msgid[] =
  N_("This translation is this program's own and is not an official "
     "United Nations text.");

/* TRANSLATORS: the author of the statement, as a citation names it.  */
static const char author_msgid[] =
  N_("Office of the United Nations High Commissioner for Human Rights");

/* TRANSLATORS: a citation of the whole statement: the first %s is the
   author (the Office), the second the title in quotation marks, the third
   a web address.  Keep them in this order.  */
static const char citation_whole_msgid[] = N_("%s, %s. Source: %s");

/* TRANSLATORS: a citation of some sections: the first %s is the author
   (the Office), the second the title in quotation marks, the third the
   sections ("sections 5, 6"), the fourth a web address.  Keep them in
   this order.  */
static const char citation_sections_msgid[] = N_("%s, %s, %s. Source: %s");

/* TRANSLATORS: %s is the statement's title; put it in the quotation marks
   your language gives the title of a document.  */
static const char quoted_title_msgid[] = N_("“%s”");

/* TRANSLATORS: in a citation; %s is a list of section numbers, such as
   "5, 6", and the plural's number is how many they are.  */
static const char *const sections_cited_msgids[2] =
  { N_PLURAL ("section %s", "sections %s") };

/* TRANSLATORS: what separates two section numbers in a citation, as in
   "5, 6".  */
static const char number_separator_msgid[] = N_(", ");

/* Put in *SLOT the translation of MSGID (of PLURAL for N).  */
static bool
translate_into (const char **slot, statement_translator *translate,
                void *context, const char *msgid, const char *plural,
                unsigned long n, bool is_format)
{
  *slot = translate (msgid, plural, n, is_format, context);
  return *slot != NULL;
}

bool
statement_text_fill (struct statement_text *text,
                     const struct language *language,
                     statement_translator *translate, void *context)
{
  bool whole = true;
  text->language = language;
  whole &= translate_into (&text->title, translate, context,
                           statement_title_msgid, NULL, 0, false);
  for (size_t i = 0; i < SECTION_COUNT; i++)
    {
      const struct section *section = &statement_sections[i];
      whole &= translate_into (&text->section_titles[i], translate, context,
                               section->title, NULL, 0, false);
      whole &= translate_into (&text->section_texts[i], translate, context,
                               section->text, NULL, 0, false);
      whole &= translate_into (&text->sections_cited[i], translate, context,
                               sections_cited_msgids[0],
                               sections_cited_msgids[1], i + 1, true);
    }
  whole &= translate_into (&text->notice, translate, context, notice_msgid,
                           NULL, 0, false);
  whole &= translate_into (&text->author, translate, context, author_msgid,
                           NULL, 0, false);
  whole &= translate_into (&text->citation_whole, translate, context,
                           citation_whole_msgid, NULL, 0, true);
  whole &= translate_into (&text->citation_sections, translate, context,
                           citation_sections_msgid, NULL, 0, true);
  whole &= translate_into (&text->quoted_title, translate, context,
                           quoted_title_msgid, NULL, 0, true);
  whole &= translate_into (&text->number_separator, translate, context,
                           number_separator_msgid, NULL, 0, false);
  return whole;
}

/* The English msgid itself, with English plurals.  */
static const char *
original (const char *msgid, const char *plural, unsigned long n,
          bool is_format, void *context)
{
  (void) is_format;
  (void) context;
  return plural != NULL && n != 1 ? plural : msgid;
}

const struct statement_text *
statement_english (void)
{
  static struct statement_text english;
  if (english.language == NULL)
    {
      statement_text_fill (&english, SOURCE_LANGUAGE, original, NULL);
      english.notice = NULL;
    }
  return &english;
}
