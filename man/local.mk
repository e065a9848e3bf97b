## The manual: the English page, and its translations, which po4a makes
## from the English one and man/po/LL.po (see man/po4a.cfg).  Like the
## program's .gmo files, the translated pages are made in the source tree
## and distributed, so that building from a tarball needs no po4a.

dist_man_MANS = man/ohchr-mission.1

## Each translated page goes to $(mandir)/LL/man1, where man-db looks for
## it in the locales of language LL, and 'man -L LL' finds it.  Chinese goes
## to zh_CN: man-db tries zh_CN.UTF-8, then zh_CN, then zh.
manesdir = $(mandir)/es/man1
manfrdir = $(mandir)/fr/man1
manardir = $(mandir)/ar/man1
manzhCNdir = $(mandir)/zh_CN/man1
manrudir = $(mandir)/ru/man1
dist_manes_DATA = $(srcdir)/man/es/ohchr-mission.1
dist_manfr_DATA = $(srcdir)/man/fr/ohchr-mission.1
dist_manar_DATA = $(srcdir)/man/ar/ohchr-mission.1
dist_manzhCN_DATA = $(srcdir)/man/zh_CN/ohchr-mission.1
dist_manru_DATA = $(srcdir)/man/ru/ohchr-mission.1
man_translated_pages = $(dist_manes_DATA) $(dist_manfr_DATA) \
	$(dist_manar_DATA) $(dist_manzhCN_DATA) $(dist_manru_DATA)

man_catalogs = $(srcdir)/man/po/es.po $(srcdir)/man/po/fr.po \
	$(srcdir)/man/po/ar.po $(srcdir)/man/po/zh_CN.po $(srcdir)/man/po/ru.po
man_template = $(srcdir)/man/po/ohchr-mission-man.pot
## What po4a adds to each page for its language (man/po/LL.add).
man_addenda = $(srcdir)/man/po/es.add $(srcdir)/man/po/fr.add \
	$(srcdir)/man/po/ar.add $(srcdir)/man/po/zh_CN.add $(srcdir)/man/po/ru.add
man_po4a_inputs = $(srcdir)/man/ohchr-mission.1 $(srcdir)/man/po4a.cfg \
	$(man_addenda) $(man_catalogs)
man_stamp = $(srcdir)/man/po4a.stamp
EXTRA_DIST += man/po4a.cfg $(man_addenda) $(man_catalogs) $(man_template) \
	$(man_stamp)
MAINTAINERCLEANFILES = $(man_translated_pages) $(man_template) $(man_stamp)

## One run of po4a updates the template and the catalogs and writes every
## page.  The stamp is written after it, so that it is newer than the
## catalogs that po4a updated: building from the distribution then runs
## nothing, whether or not po4a is installed.
PO4A_FLAGS = --quiet --package-version '$(VERSION)'
$(man_stamp): $(man_po4a_inputs)
	$(AM_V_GEN)if test -n '$(PO4A)'; then \
	  (cd $(srcdir)/man && $(PO4A) $(PO4A_FLAGS) po4a.cfg) && \
	  echo timestamp >$@; \
	else \
	  echo "warning: po4a is missing: the translated manual pages in" \
	    "$(srcdir)/man do not follow the changes to their sources" \
	    "(Debian, Ubuntu: apt-get install po4a)" >&2; \
	fi

## A page or the template lost while the stamp stayed: make them again,
## once, however many jobs ask (Automake's manual, "Multiple Outputs").
$(man_translated_pages) $(man_template): $(man_stamp)
	@if test -f $@; then :; else \
	  trap 'rm -rf $(man_stamp).lock' 1 2 13 15; \
	  if mkdir $(man_stamp).lock 2>/dev/null; then \
	    rm -f $(man_stamp); \
	    $(MAKE) $(AM_MAKEFLAGS) $(man_stamp); \
	    result=$$?; rm -rf $(man_stamp).lock; exit $$result; \
	  else \
	    while test -d $(man_stamp).lock; do sleep 1; done; \
	    test -f $(man_stamp); \
	  fi; \
	fi

## The distribution must not need po4a: no source of the pages is newer
## than the stamp.
distcheck-hook: distcheck-man-stamp
distcheck-man-stamp:
	@cd $(distdir)/man && \
	newer=`find ohchr-mission.1 po4a.cfg po/*.po po/*.add \
	  -newer po4a.stamp -print`; \
	if test -n "$$newer"; then \
	  echo "The translated manual pages are older than their sources:" \
	    $$newer >&2; \
	  exit 1; \
	fi
.PHONY: distcheck-man-stamp
