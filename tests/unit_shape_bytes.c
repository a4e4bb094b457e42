/*
 * unit_shape_bytes.c - the per-byte helpers every shape reader calls:
 * quoted() read by memchr() finds what a walk a byte at a time finds
 * (escapes, a quote escaped, a backslash last, no closing quote), and
 * ident_byte()'s table is isalnum() of the C locale, '_', '-' and '.'
 * (text.h's name_alnum(): its letters and digits; code_name_byte(): and '_', '-').
 */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "shape_internal.h"

/* quoted() as it read before: one byte at a time. */
static size_t quoted_walk(const unsigned char *b, size_t i, size_t le, size_t *s,
			  size_t *e)
{
	size_t k;

	if (i >= le || (b[i] != '"' && b[i] != '\''))
		return 0;
	for (k = i + 1; k < le; k++) {
		if (b[k] == '\\') {
			k++;
			continue;
		}
		if (b[k] == b[i]) {
			*s = i + 1;
			*e = k;
			return k + 1;
		}
	}
	return 0;
}

/* quoted() and the walk agree at every start of b[0..n), bounded at
 * every end. */
static int agrees(const char *text, size_t n)
{
	const unsigned char *b = (const unsigned char *)text;
	size_t i, le, s1 = 0, e1 = 0, s2 = 0, e2 = 0, r1, r2;

	for (le = 0; le <= n; le++)
		for (i = 0; i <= le; i++) {
			r1 = quoted(b, i, le, &s1, &e1);
			r2 = quoted_walk(b, i, le, &s2, &e2);
			if (r1 != r2 || (r1 && (s1 != s2 || e1 != e2)))
				return 0;
		}
	return 1;
}

static void test_quoted(void)
{
	static const char *const cases[] = {
		"\"abc\"",	 "'it''s'",	     "\"a\\\"b\" x",
		"\"a\\\\\" b\"", "\"no close",	     "\"ends in \\",
		"'\\'",		 "\"\\\\\\\"\\\"\"", "x = 'don\\'t' + \"q\"",
		"\"\"",		 "'a\"b' \"c'd\"",   "\"\\",
	};
	unsigned char buf[64];
	size_t c, k, s = 0, e = 0;

	for (c = 0; c < sizeof(cases) / sizeof(cases[0]); c++)
		CHECK(agrees(cases[c], strlen(cases[c])));
	/* an escaped closing quote is content; the next one closes */
	CHECK(quoted((const unsigned char *)"\"a\\\"b\"", 0, 6, &s, &e) == 6 && s == 1 &&
	      e == 5);
	/* random strings of quotes, backslashes and letters */
	srand(33);
	for (c = 0; c < 3000; c++) {
		size_t n = 1 + (size_t)rand() % 40;

		for (k = 0; k < n; k++)
			buf[k] = (unsigned char)"\"'\\\\ab\n"[rand() % 7];
		CHECK(agrees((const char *)buf, n));
	}
}

static void test_ident_byte(void)
{
	int c;

	for (c = 0; c < 256; c++)
		CHECK(ident_byte((unsigned char)c) ==
		      ((c < 128 && isalnum(c)) || c == '_' || c == '-' || c == '.'));
	for (c = 0; c < 256; c++) {
		CHECK(name_alnum((unsigned char)c) == (c < 128 && isalnum(c)));
		CHECK(code_name_byte((unsigned char)c) ==
		      ((c < 128 && isalnum(c)) || c == '_' || c == '-'));
	}
}

int main(void)
{
	test_quoted();
	test_ident_byte();
	return check_done("unit_shape_bytes");
}
