## Tests, run by 'make check' with Automake's parallel harness.

TEST_EXTENSIONS = .sh
SH_LOG_COMPILER = $(SHELL)
AM_TESTS_ENVIRONMENT = \
	abs_top_builddir='$(abs_top_builddir)'; export abs_top_builddir; \
	abs_top_srcdir='$(abs_top_srcdir)'; export abs_top_srcdir; \
	PACKAGE='$(PACKAGE)'; export PACKAGE;

TESTS =
check_PROGRAMS =
