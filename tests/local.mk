## Tests, run by 'make check' with Automake's parallel harness.

TEST_EXTENSIONS = .sh
SH_LOG_COMPILER = $(SHELL)
AM_TESTS_ENVIRONMENT = \
	MAKE='$(MAKE)'; export MAKE; \
	abs_top_builddir='$(abs_top_builddir)'; export abs_top_builddir; \
	abs_top_srcdir='$(abs_top_srcdir)'; export abs_top_srcdir; \
	localedir='$(localedir)'; export localedir;

## Command-line tests.
SH_TESTS = \
	tests/statement.sh \
	tests/sections.sh \
	tests/list.sh \
	tests/width.sh \
	tests/properties.sh \
	tests/errors.sh \
	tests/output-errors.sh \
	tests/locale.sh \
	tests/printed-width.sh \
	tests/languages.sh \
	tests/help-version.sh \
	tests/catalogs.sh \
	tests/build-tree.sh \
	tests/man.sh \
	tests/man-translations.sh \
	tests/man-quotes.sh \
	tests/man-options.sh \
	tests/man-width.sh \
	tests/configure-po4a.sh \
	tests/formats.sh \
	tests/search.sh \
	tests/color.sh \
	tests/random.sh \
	tests/completion.sh \
	tests/bad-input.sh \
	tests/engine-cost.sh \
	tests/pager.sh \
	tests/quoting.sh \
	tests/options.sh \
	tests/bidi.sh \
	tests/columns.sh \
	tests/html.sh

TESTS = $(SH_TESTS)
check_PROGRAMS = tests/pty-run bench/wrap-bench

## The wrapping engine's unit tests (cmocka).
if HAVE_CMOCKA
TESTS += tests/unit/test-wrap
check_PROGRAMS += tests/unit/test-wrap
tests_unit_test_wrap_SOURCES = tests/unit/test-wrap.c tests/unit/wrap-to-string.c \
	tests/unit/wrap-to-string.h $(engine_c_sources) $(engine_headers) \
	src/utf8-repair.c src/utf8-repair.h
tests_unit_test_wrap_CPPFLAGS = -I$(srcdir)/src
tests_unit_test_wrap_CFLAGS = $(AM_CFLAGS) $(CMOCKA_CFLAGS)
tests_unit_test_wrap_LDADD = $(CMOCKA_LIBS)

## The search's unit tests: each rule in its language.
TESTS += tests/unit/test-search
check_PROGRAMS += tests/unit/test-search
tests_unit_test_search_SOURCES = tests/unit/test-search.c src/search.c \
	src/search-words.c src/search-fold.c src/stem.c src/diagnostics.c \
	src/output.c src/utf8-repair.c src/language.c src/match.c
tests_unit_test_search_CPPFLAGS = -I$(srcdir)/src
tests_unit_test_search_CFLAGS = $(AM_CFLAGS) $(CMOCKA_CFLAGS)
tests_unit_test_search_LDADD = $(CMOCKA_LIBS) $(LIBINTL)
endif

## 'make installcheck', which 'make distcheck' runs: what 'make install'
## puts in place (staged with DESTDIR), and the installed program's
## catalogs.  Not in 'make check', which installs nothing.
installcheck-local:
	$(AM_V_at)MAKE='$(MAKE)' abs_top_builddir='$(abs_top_builddir)' \
	  abs_top_srcdir='$(abs_top_srcdir)' $(SHELL) $(srcdir)/tests/install.sh

EXTRA_DIST += tests/init.sh $(SH_TESTS) tests/install.sh \
	tests/golden/statement.en.txt \
	tests/golden/en.w20.txt tests/golden/en.w40.txt tests/golden/en.w80.txt \
	tests/golden/en.sections.w40.txt tests/golden/en.list.txt tests/golden/en.md \
	tests/golden/languages.txt tests/golden/all.development.txt \
	tests/golden/es.w80.txt tests/golden/es.w31.txt \
	tests/golden/fr.w80.txt tests/golden/fr.w31.txt \
	tests/golden/ar.w80.txt tests/golden/ar.w31.txt \
	tests/golden/zh.w80.txt tests/golden/zh.w31.txt \
	tests/golden/ru.w80.txt tests/golden/ru.w31.txt
