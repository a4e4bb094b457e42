/*
 * unit_text.c - the line readers' small helpers (scanner/text.h): where a
 * line starts and ends, blanks, and which comment mark starts at a byte
 * among the set a caller names.
 */
#include <string.h>

#include "check.h"
#include "text.h"

static size_t mark(const char *s, unsigned marks)
{
	return kh_comment_mark((const unsigned char *)s, 0, strlen(s), marks);
}

static void test_comment_mark(void)
{
	CHECK(mark("# note", KH_MARKS_INLINE) == 1);
	CHECK(mark("// note", KH_MARKS_INLINE) == 2);
	CHECK(mark("/* note", KH_MARKS_INLINE) == 2);
	CHECK(mark("* note", KH_MARKS_INLINE) == 1);
	CHECK(mark("-- note", KH_MARKS_INLINE) == 2);
	CHECK(mark("; note", KH_MARKS_INLINE) == 1);
	CHECK(mark("<!-- note", KH_MARKS_INLINE) == 4);
	CHECK(mark("% note", KH_MARKS_INLINE) == 0); /* a format's, mid-line */
	CHECK(mark("% note", KH_MARKS_LEADING) == 1);
	CHECK(mark("REM note", KH_MARKS_LEADING) == 4);
	CHECK(mark("rem note", KH_MARKS_LEADING) == 4);
	CHECK(mark("remote", KH_MARKS_LEADING) == 0);
	CHECK(mark("REM", KH_MARKS_LEADING) == 0);
	CHECK(mark("! note", KH_MARKS_LEADING) == 0);
	CHECK(mark("! note", KH_MARK_BANG) == 1);
	CHECK(mark("-x", KH_MARKS_LEADING) == 0);
	CHECK(mark("/", KH_MARKS_LEADING) == 0); /* the line ends: no second byte */
	CHECK(mark("<!-", KH_MARKS_LEADING) == 0);
	CHECK(mark("<a", KH_MARKS_LEADING) == 0);
	CHECK(mark("# note", KH_MARK_SEMI) == 0); /* not in the set */
	CHECK(mark("", KH_MARKS_LEADING) == 0);
	/* only b[i..e) is read: a mark cut by e is none */
	CHECK(kh_comment_mark((const unsigned char *)"x//", 1, 2, KH_MARK_SLASH) == 0);
	CHECK(kh_comment_mark((const unsigned char *)"x//", 1, 3, KH_MARK_SLASH) == 2);
}

static void test_lines(void)
{
	const unsigned char *b = (const unsigned char *)"one\r\n  two\t \nthree";
	size_t len = strlen((const char *)b);

	CHECK(line_start(b, 0) == 0);
	CHECK(line_start(b, 4) == 0); /* the '\n' belongs to its line */
	CHECK(line_start(b, 5) == 5);
	CHECK(line_start(b, 12) == 5);
	CHECK(line_start(b, len) == 13);
	CHECK(line_end(b, len, 0) == 4);
	CHECK(line_end(b, len, 5) == 12);
	CHECK(line_end(b, len, 13) == len);
	CHECK(content_end(b, len, 0) == 3); /* without "\r\n" */
	CHECK(content_end(b, len, 5) == 12);
	CHECK(skip_blanks(b, 5, 12) == 7);
	CHECK(skip_blanks(b, 10, 12) == 12);
	CHECK(skip_blanks_back(b, 12, 5) == 10);
	CHECK(skip_blanks_back(b, 7, 5) == 5);
	CHECK(equal_ci(b + 13, "THREE", 5));
	CHECK(!equal_ci(b + 13, "thrEx", 5));
	CHECK(ascii_lower('Q') == 'q' && ascii_lower('[') == '[');
	CHECK(code_name_byte('-') && code_name_byte('_') && !code_name_byte('.'));
}

int main(void)
{
	test_lines();
	test_comment_mark();
	return check_done("text");
}
