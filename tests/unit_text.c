/*
 * unit_text.c - the line readers' small helpers (scanner/text.h): where a
 * line starts and ends, blanks, which comment mark starts at a byte
 * among the set a caller names, and a name's words.
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
	CHECK(mark("REM\tnote", KH_MARKS_LEADING) == 4);
}

/* The two ways of reading marks a caller may ask for: a blank after the
 * marks that start words too, and a run of marks read as one. */
static void test_comment_mark_ways(void)
{
	const unsigned all =
		KH_MARKS_LEADING | KH_MARK_BANG | KH_MARK_QUOTE | KH_MARK_COLONS;
	const unsigned blank = all | KH_MARK_BLANK_AFTER, runs = all | KH_MARK_RUNS;

	CHECK(mark("' note", all) == 1);
	CHECK(mark(":: note", all) == 2);
	CHECK(mark("::x", all) == 2);
	CHECK(mark("::x", blank) == 0);
	CHECK(mark("'abc'", all) == 1);
	CHECK(mark("'abc'", blank) == 0);
	CHECK(mark("' abc", blank) == 1);
	CHECK(mark("--password=x", blank) == 0);
	CHECK(mark("-- note", blank) == 2);
	CHECK(mark("--", blank) == 0); /* the line ends: no blank */
	CHECK(mark("*p", blank) == 0);
	CHECK(mark("* note", blank) == 1);
	CHECK(mark("!x", blank) == 0);
	CHECK(mark("#x", blank) == 1); /* a blank is asked only of word-like marks */
	CHECK(mark("### note", all) == 1);
	CHECK(mark("### note", runs) == 3);
	CHECK(mark("#;% note", runs) == 3);
	CHECK(mark("/** note", runs) == 3);
	CHECK(mark("//// note", runs) == 4);
	CHECK(mark("//#", runs) == 2); /* a slash's run is of slashes and stars */
	CHECK(mark("#//", runs) == 1);
	CHECK(mark("<!---", runs) == 4);
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

/* The last word of the name s, as name_word_start() splits it. */
static const char *last_word(const char *s)
{
	return s + name_word_start((const unsigned char *)s, 0, strlen(s));
}

/* The words of the name s joined by '|', as name_word_end() walks them. */
static const char *words(const char *s, char *out)
{
	const unsigned char *b = (const unsigned char *)s;
	size_t n = strlen(s), i = 0, e, k = 0;

	while (i < n) {
		if (!name_alnum(b[i])) {
			i++;
			continue;
		}
		e = name_word_end(b, i, n);
		if (k)
			out[k++] = '|';
		memcpy(out + k, s + i, e - i);
		k += e - i;
		i = e;
	}
	out[k] = '\0';
	return out;
}

static void test_name_words(void)
{
	char w[64];

	CHECK(!strcmp(last_word("kioskAdminPin"), "Pin"));
	CHECK(!strcmp(last_word("olcRootPW"), "PW"));
	CHECK(!strcmp(last_word("ADMIN_PIN"), "PIN"));
	CHECK(!strcmp(last_word("DBPassword"), "Password")); /* a capitals' run */
	CHECK(!strcmp(last_word("GPIO35Pin"), "Pin"));	     /* a letter after a digit */
	CHECK(!strcmp(last_word("s3Key"), "Key"));
	CHECK(!strcmp(last_word("PASSWORD2"), "PASSWORD2")); /* a digit stays */
	CHECK(!strcmp(last_word("mail.password.new"), "new"));
	CHECK(!strcmp(last_word("token-"), ""));
	CHECK(!strcmp(words("AWSSecretKey", w), "AWS|Secret|Key"));
	CHECK(!strcmp(words("OAuth2ClientSecret", w), "O|Auth2|Client|Secret"));
	CHECK(!strcmp(words("elevenlabsApiKeyV2", w), "elevenlabs|Api|Key|V2"));
	CHECK(!strcmp(words("api_key__old", w), "api|key|old"));
	CHECK(!strcmp(words("encryptionKeySha256", w), "encryption|Key|Sha256"));
}

int main(void)
{
	test_lines();
	test_name_words();
	test_comment_mark();
	test_comment_mark_ways();
	return check_done("text");
}
