/*
 * validate_url.c - the password in a URL's user info (url-credentials),
 * judged by its strength and the host it is sent to.
 */
#include "validate.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "finding.h"
#include "util.h"

/* How far past the '@' a host's name is read. */
#define HOST_MAX 253

/*
 * Whether the host name h[0..n) is under a name RFC 2606 and RFC 6761
 * keep for documentation: a label `example` last (`db.example`) or before
 * a top-level label alone (`example.com`, `api.example.org`).
 */
static int documentation_host(const unsigned char *h, size_t n)
{
	size_t end = n, dot, i, labels = 0;

	while (end > 0 && labels < 2) {
		for (dot = end; dot > 0 && h[dot - 1] != '.'; dot--)
			;
		if (end - dot == 7 && !strncasecmp((const char *)h + dot, "example", 7))
			return 1;
		for (i = dot; i < end; i++)
			if (!isalpha(h[i]))
				return 0; /* a top-level label is letters */
		labels++;
		end = dot ? dot - 1 : 0;
	}
	return 0;
}

/*
 * Words a person joined with marks and a number (tundra.heron.kestrel9,
 * maple-Otter-7): two runs of three letters or more, a mark between
 * them, a digit. A generic judge reads such dotted words as code's
 * reference (config.db.password), which a URL's user info cannot be.
 */
static int marked_words_number(const unsigned char *s, size_t n)
{
	size_t i = 0, run, words = 0;
	int digit = 0, mark = 0;

	while (i < n) {
		for (run = 0; i < n && isalpha(s[i]); i++)
			run++;
		words += run >= 3;
		if (i < n) {
			digit |= !!isdigit(s[i]);
			mark |= !!strchr(".-_+~", s[i]);
			i++;
		}
	}
	return words >= 2 && digit && mark;
}

/*
 * A word and the number samples count with (johndoe123, Tiger12,
 * key_1234, bobby111): letters of one case past the first, a mark or
 * none, then digits that climb from 0 or 1 or repeat one digit thrice.
 */
static int word_counted(const unsigned char *s, size_t n)
{
	size_t d = n, w, i;
	int climbs = 1, same = 1;

	while (d > 0 && isdigit(s[d - 1]))
		d--;
	if (d == 0 || n - d < 2)
		return 0;
	w = d - (d > 1 && strchr("_-.", s[d - 1]) ? 1 : 0);
	for (i = 0; i < w; i++)
		if (!isalpha(s[i]) || (i > 1 && !!isupper(s[i]) != !!isupper(s[1])))
			return 0;
	for (i = d + 1; i < n; i++) {
		climbs &= s[i] == s[i - 1] + 1;
		same &= s[i] == s[d];
	}
	return (climbs && s[d] <= '1') || (same && n - d >= 3);
}

/*
 * An empty user before a password holding a ':' (cvs://:pserver:anoncvs@
 * host): no password but a CVSROOT's method and user, as Redis' empty
 * user (rediss://:pw@host) is never followed by one.
 */
static int method_login(const struct kh_candidate *c)
{
	size_t ss = c->secret_start;

	return ss >= 3 && !memcmp(c->buf + ss - 3, "//:", 3) &&
	       memchr(c->buf + ss, ':', c->secret_end - ss);
}

/*
 * Whether s[0..n)'s words are all placeholder names that programmers'
 * examples and tests use (foo:foo%40bar@host, bar.baz.42): the parser's
 * test of a URL, not a login.
 */
static int metasyntactic_words(const unsigned char *s, size_t n)
{
	static const char *const words[] = { "foo",   "bar",   "baz",	 "qux",
					     "quux",  "corge", "grault", "garply",
					     "waldo", "xyzzy", "plugh",	 NULL };
	size_t i = 0, w, found = 0;

	while (i < n) {
		if (!isalpha(s[i])) {
			i++;
			continue;
		}
		for (w = i; w < n && isalpha(s[w]); w++)
			;
		if (!kh_listed_word(words, s + i, w - i))
			return 0;
		found++;
		i = w;
	}
	return found > 0;
}

/*
 * A URL's password (url-credentials, the secret just before the '@' and
 * the host): on any host, a short one made of a sample's words (s3cret,
 * secret123, P@ssw0rd), of placeholder names alone (foo@bar) or a word
 * and its count (key_1234) is a sample's
 * or a default's, and other values
 * the placeholder check let through are reported as the rule found them. At a host kept
 * for documentation (postgres://app:Tz4k…@db.example/shop) the URL may be a sample or a
 * real one whose host was renamed before the file was shared: only a
 * password a person chose or a generator made is reported there
 * (kh_validate_place_strong_password: no sample word, three kinds of
 * character or chosen words; or marked_words_number), marked so its
 * context says example.
 */
enum kh_structure kh_validate_url_password(const struct kh_candidate *c, cJSON *facts)
{
	const unsigned char *s = c->buf + c->secret_start,
			    *h = c->buf + c->secret_end + 1;
	size_t n = c->secret_end - c->secret_start, hn = 0, room;
	unsigned char plain[128];

	if (c->secret_end >= c->len || c->buf[c->secret_end] != '@')
		return KH_STRUCT_UNCHECKED;
	/* percent-encoded, judged as written out (p%40ss: p@ss, four
	 * characters: an encoder's sample, not a password) */
	if (memchr(s, '%', n)) {
		n = kh_percent_decode(s, n, plain, sizeof(plain));
		s = plain;
		if (n < 6)
			return KH_STRUCT_REJECT;
	}
	if ((kh_has_sample_word(s, n) && !kh_is_season_year(s, n)) ||
	    word_counted(s, n) || method_login(c) || metasyntactic_words(s, n))
		return KH_STRUCT_REJECT;
	room = c->len - c->secret_end - 1;
	while (hn < room && hn < HOST_MAX &&
	       (isalnum(h[hn]) || h[hn] == '.' || h[hn] == '-'))
		hn++;
	if (!documentation_host(h, hn))
		return KH_STRUCT_UNCHECKED;
	if (kh_validate_place_strong_password(c, facts) == KH_STRUCT_REJECT &&
	    !(marked_words_number(s, n) &&
	      kh_validate_daemon_secret(c, facts) != KH_STRUCT_REJECT))
		return KH_STRUCT_REJECT;
	kh_candidate_set_context(c, KH_CTX_EXAMPLE);
	cJSON_AddItemToObjectCS(facts, "host",
				cJSON_CreateStringReference("documentation"));
	return KH_STRUCT_UNCHECKED;
}
