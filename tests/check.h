/*
 * check.h - the tiny assertion kit of the unit tests.
 *
 * Each tests/unit_*.c is one program: CHECK(...) as often as needed, then
 * `return check_done("name");`, which prints "name: N passed, N failed" and
 * returns the exit code.
 */
#ifndef KH_CHECK_H
#define KH_CHECK_H

#include <stdio.h>
#include <string.h>

static int check_passed, check_failed;

#define CHECK(cond)                                                                      \
	do {                                                                             \
		if (cond) {                                                              \
			check_passed++;                                                  \
		} else {                                                                 \
			check_failed++;                                                  \
			fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, \
				#cond);                                                  \
		}                                                                        \
	} while (0)

#define CHECK_STR(got, want)                                                          \
	do {                                                                          \
		const char *g_ = (got), *w_ = (want);                                 \
		if (g_ && w_ && !strcmp(g_, w_)) {                                    \
			check_passed++;                                               \
		} else {                                                              \
			check_failed++;                                               \
			fprintf(stderr, "%s:%d: got \"%s\", want \"%s\"\n", __FILE__, \
				__LINE__, g_ ? g_ : "(null)", w_ ? w_ : "(null)");    \
		}                                                                     \
	} while (0)

static inline int check_done(const char *name)
{
	printf("%s: %d passed, %d failed\n", name, check_passed, check_failed);
	return check_failed ? 1 : 0;
}

#endif
