/* Unit tests: prefilter, matcher filters, validators, fingerprints, JSON. */
#include <fcntl.h>
#include <stdlib.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "check.h"
#include "decode.h"
#include "diag.h"
#include "matcher.h"
#include "prefilter.h"
#include "report.h"
#include "sha256.h"
#include "util.h"

static int hit(const uint64_t *hits, size_t r)
{
	return (hits[r / 64] >> (r % 64)) & 1;
}

static void test_prefilter(void)
{
	char *k0[] = { "ghp_", "gho_" }, *k1[] = { "Token" }, *k2[] = { "oken" };
	char **kw[70];
	size_t nkw[70], i;
	uint64_t hits[2];
	struct kh_prefilter *p;
	char many[70][8];

	kw[0] = k0, nkw[0] = 2;
	kw[1] = k1, nkw[1] = 1;
	kw[2] = k2, nkw[2] = 1;
	kw[3] = NULL, nkw[3] = 0; /* no keyword: always runs */
	p = kh_prefilter_new(kw, nkw, NULL, 4);
	CHECK(p != NULL);
	kh_prefilter_scan(p, NULL, (const unsigned char *)"x GHO_abc", 9, hits, NULL);
	CHECK(hit(hits, 0) && !hit(hits, 1) && !hit(hits, 2) && hit(hits, 3));
	/* overlapping keywords: "oken" is a suffix of "token" */
	kh_prefilter_scan(p, NULL, (const unsigned char *)"my_TOKEN=", 9, hits, NULL);
	CHECK(!hit(hits, 0) && hit(hits, 1) && hit(hits, 2));
	kh_prefilter_scan(p, NULL, (const unsigned char *)"", 0, hits, NULL);
	CHECK(!hit(hits, 0) && !hit(hits, 1) && hit(hits, 3));
	/* a keyword split across a false start: "ghgho_" */
	kh_prefilter_scan(p, NULL, (const unsigned char *)"ghgho_", 6, hits, NULL);
	CHECK(hit(hits, 0));
	kh_prefilter_free(p);

	/* more than 64 rules: the hit set spans words */
	for (i = 0; i < 70; i++) {
		snprintf(many[i], sizeof(many[i]), "k%03zu", i);
		kw[i] = malloc(sizeof(char *));
		kw[i][0] = many[i];
		nkw[i] = 1;
	}
	p = kh_prefilter_new(kw, nkw, NULL, 70);
	kh_prefilter_scan(p, NULL, (const unsigned char *)"..K069..k001", 12, hits, NULL);
	CHECK(hit(hits, 69) && hit(hits, 1) && !hit(hits, 0) && !hit(hits, 68));
	kh_prefilter_free(p);
	for (i = 0; i < 70; i++)
		free(kw[i]);
}

/* Reference: every (rule, end offset) where one of the rule's keywords
 * ends, case-insensitively unless exact[rule], each pair once, in
 * (offset, rule) order. */
static size_t naive_hits(char **const *kw, const size_t *nkw, const unsigned char *exact,
			 size_t nrules, const unsigned char *buf, size_t len,
			 uint32_t *rule, size_t *pos)
{
	size_t e, r, k, n = 0;

	for (e = 0; e < len; e++) {
		for (r = 0; r < nrules; r++) {
			for (k = 0; k < nkw[r]; k++) {
				size_t m = strlen(kw[r][k]);

				if (m <= e + 1 &&
				    !(exact[r] ? strncmp : strncasecmp)(
					    (const char *)buf + e + 1 - m, kw[r][k], m))
					break;
			}
			if (k < nkw[r]) {
				rule[n] = (uint32_t)r;
				pos[n++] = e;
			}
		}
	}
	return n;
}

/* The prefilter agrees with the reference on random text made of keyword
 * pieces: overlapping keywords, shared keywords, one- and two-byte ones,
 * suffixes of each other, keywords at the very end of the buffer. */
static void test_prefilter_exact(void)
{
	static char *k0[] = { "token", "oken", "ToKeN" }, *k1[] = { "sk", "q~" },
		    *k2[] = { "x" }, *k3[] = { "refresh_token", "ghp_", "github_pat_" },
		    *k4[] = { "token" }, *k5[] = { "://", "api-key", "pi-k" },
		    *k6[] = { "SK", "eyJ", "K" }, *k7[] = { "ToKEN", "Api-" };
	static char **kw[] = { k0, k1, k2, k3, k4, k5, k6, k7 };
	static const size_t nkw[] = { 3, 2, 1, 3, 1, 3, 3, 2 };
	/* rules 6 and 7 match their keywords' case (short and long ones) */
	static const unsigned char exact[] = { 0, 0, 0, 0, 0, 0, 1, 1 };
	static const char *bits[] = { "tok",  "en",   "TOKEN",	  "s",	  "K",
				      "q~",   "x",    "refresh_", "ghp_", "github_pat_",
				      "://",  "api-", "key",	  " ",	  "\n",
				      "\xff", "_",    "Q",	  "S",	  "ey",
				      "J",    "To",   "KEN",	  "Api-", "eyj" };
	enum { LEN = 4000, CAP = 8192, NRULES = 8 };
	struct kh_prefilter *p = kh_prefilter_new(kw, nkw, exact, NRULES);
	struct kh_prefilter_scratch *ps = kh_prefilter_scratch_new();
	static unsigned char buf[LEN];
	static uint32_t rule[CAP], ref_rule[CAP];
	static size_t pos[CAP], ref_pos[CAP];
	struct kh_keyword_hits at = { .rule = rule, .pos = pos, .cap = CAP };
	uint64_t hits[1];
	unsigned seed = 12345;
	int round, db;

	CHECK(p != NULL && ps != NULL);
	if (!p || !ps)
		return;
	/* first the own filter, then (when built with it) Vectorscan */
	for (round = 0; round < 400; round++) {
		size_t len = 0, n, i;
		int same = 1;

		if (round == 200 && kh_prefilter_compile_now(p) < 0)
			break;
		db = round >= 200;
		while (len < (size_t)(round * 20 % LEN)) {
			const char *b;

			seed = seed * 1103515245 + 12345;
			b = bits[(seed >> 16) % (sizeof(bits) / sizeof(bits[0]))];
			if (len + strlen(b) > LEN)
				break;
			memcpy(buf + len, b, strlen(b));
			len += strlen(b);
		}
		kh_prefilter_scan(p, db ? ps : NULL, buf, len, hits, &at);
		n = naive_hits(kw, nkw, exact, NRULES, buf, len, ref_rule, ref_pos);
		CHECK(!at.overflow && at.n == n);
		for (i = 0; i < n && i < at.n; i++)
			same &= rule[i] == ref_rule[i] && pos[i] == ref_pos[i];
		CHECK(same);
		for (i = 0; i < NRULES; i++) {
			size_t j;
			int any = 0;

			for (j = 0; j < n; j++)
				any |= ref_rule[j] == i;
			CHECK(hit(hits, i) == any);
		}
	}
	/* more hits than fit: flagged, and the hit set is still whole */
	memset(buf, 'x', 3000);
	memcpy(buf + 3000, "token", 5);
	at.cap = 100;
	for (db = 0; db < 2; db++) {
		kh_prefilter_scan(p, db ? ps : NULL, buf, 3005, hits, &at);
		CHECK(at.overflow && hit(hits, 2) && hit(hits, 0) && hit(hits, 4) &&
		      !hit(hits, 1));
	}
	kh_prefilter_scratch_free(ps);
	kh_prefilter_free(p);
}

/* Random text: pieces of bits[0..nbits) one after another while fewer
 * than `end` bytes are written (the last may pass it); returns the
 * length. */
static size_t fill_pieces(unsigned char *buf, size_t end, const char *const *bits,
			  size_t nbits, unsigned *seed)
{
	size_t len = 0;

	while (len < end) {
		const char *b;

		*seed = *seed * 1103515245 + 12345;
		b = bits[(*seed >> 16) % nbits];
		memcpy(buf + len, b, strlen(b));
		len += strlen(b);
	}
	return len;
}

/* Many short keywords (more than the own filter's 8 buckets, not a
 * multiple of 8, of one to three bytes, some in their case): each bucket
 * holds several, and the own filter still finds every one. */
static void test_prefilter_short_buckets(void)
{
	static char *k0[] = { "pw", "jwt", "a3t", "Q~" }, *k1[] = { "SK", "EAA", "hf_" },
		    *k2[] = { "-us", "wp_", "wp-", "psk" },
		    *k3[] = { "zi", "oum", "kuk" }, *k4[] = { "x", "://", ":AA", "BI" },
		    *k5[] = { "fiu", "tdk", "vs_" };
	static char **kw[] = { k0, k1, k2, k3, k4, k5 };
	static const size_t nkw[] = { 4, 3, 4, 3, 4, 3 };
	static const unsigned char exact[] = { 0, 1, 0, 0, 0, 0 };
	static const char *bits[] = { "p", "w",	 "jw", "t",  "a3", "Q",	 "~",  "S",
				      "K", "EA", "A",  "hf", "_",  "-u", "s",  "wp",
				      "-", "ps", "k",  "zi", "ou", "m",	 "ku", ":/",
				      "/", ":A", "B",  "I",  "fi", "u",	 "td", "v",
				      "x", " ",	 "\n", "e",  "sk", "bi" };
	enum { LEN = 3000, CAP = 8192, NRULES = 6 };
	struct kh_prefilter *p = kh_prefilter_new(kw, nkw, exact, NRULES);
	static unsigned char buf[LEN];
	static uint32_t rule[CAP], ref_rule[CAP];
	static size_t pos[CAP], ref_pos[CAP];
	struct kh_keyword_hits at = { .rule = rule, .pos = pos, .cap = CAP };
	uint64_t hits[1];
	unsigned seed = 777;
	int round;

	CHECK(p != NULL);
	if (!p)
		return;
	for (round = 0; round < 40; round++) {
		size_t len, n, i;
		int same = 1;

		len = fill_pieces(buf, LEN - 2, bits, sizeof(bits) / sizeof(bits[0]),
				  &seed);
		kh_prefilter_scan(p, NULL, buf, len, hits, &at);
		n = naive_hits(kw, nkw, exact, NRULES, buf, len, ref_rule, ref_pos);
		CHECK(!at.overflow && at.n == n);
		for (i = 0; i < n && i < at.n; i++)
			same &= rule[i] == ref_rule[i] && pos[i] == ref_pos[i];
		CHECK(same);
	}
	kh_prefilter_free(p);
}

#ifdef KH_HAVE_HS
extern const unsigned char kh_embedded_hsdb[];
extern const size_t kh_embedded_hsdb_len;

/* Random text of keyword pieces: each scan with ps (the loaded database)
 * gives the hits the own filter gives. */
static int same_as_own_filter(struct kh_prefilter *p, struct kh_prefilter_scratch *ps,
			      size_t nrules)
{
	static const char *bits[] = { "tok",  "en",    "TOKEN",	   "s",	   "K",
				      "q~",   "x",     "refresh_", "ghp_", "github_pat_",
				      "://",  "api-",  "key",	   " ",	   "zqxj",
				      "\xff", "ToKEN", "S" };
	enum { LEN = 3000, CAP = 8192 };
	static unsigned char buf[LEN];
	static uint32_t rule[CAP], ref_rule[CAP];
	static size_t pos[CAP], ref_pos[CAP];
	struct kh_keyword_hits at = { .rule = rule, .pos = pos, .cap = CAP };
	struct kh_keyword_hits ref = { .rule = ref_rule, .pos = ref_pos, .cap = CAP };
	uint64_t hits[1], ref_hits[1];
	unsigned seed = 99;
	int round, same = 1;

	for (round = 0; round < 50; round++) {
		size_t len, i;

		len = fill_pieces(buf, LEN - 12, bits, sizeof(bits) / sizeof(bits[0]),
				  &seed);
		kh_prefilter_scan(p, ps, buf, len, hits, &at);
		kh_prefilter_scan(p, NULL, buf, len, ref_hits, &ref);
		same &= at.n == ref.n && !at.overflow && hits[0] == ref_hits[0] &&
			at.n > 0;
		for (i = 0; i < at.n && i < ref.n; i++)
			same &= rule[i] == ref_rule[i] && pos[i] == ref_pos[i] &&
				rule[i] < nrules;
	}
	return same;
}

/*
 * A prefilter of these keywords takes the saved database `blob` and, with
 * a scratch of its own, gives the own filter's hits; `engine` (when not
 * NULL) is what -v then names.
 */
static int loads_and_agrees(char **const *kw, const size_t *nkw,
			    const unsigned char *exact, size_t nrules,
			    const unsigned char *blob, size_t len, const char *engine)
{
	struct kh_prefilter *p = kh_prefilter_new(kw, nkw, exact, nrules);
	struct kh_prefilter_scratch *ps = kh_prefilter_scratch_new();
	int ok = p && ps && !strcmp(kh_prefilter_engine(p), "own filter") &&
		 kh_prefilter_load(p, blob, len) == 0 &&
		 (!engine || !strcmp(kh_prefilter_engine(p), engine)) &&
		 same_as_own_filter(p, ps, nrules);

	kh_prefilter_free(p);
	kh_prefilter_scratch_free(ps);
	return ok;
}

/* The keyword a saved database compares `word` at (its base), "-" when
 * the database holds `word` itself, "?" when it lacks it. */
static const char *saved_base(const unsigned char *blob, size_t len, const char *word)
{
	static char spelled[64][32];
	uint32_t n, i, base[64] = { 0 };
	size_t off = 8, want = 64;

	if (len < 8 || memcmp(blob, "KHK3", 4))
		return "?";
	memcpy(&n, blob + 4, 4);
	for (i = 0; i < n && i < 64 && off + 8 <= len; i++) {
		uint32_t klen;

		memcpy(&klen, blob + off, 4);
		memcpy(&base[i], blob + off + 4, 4);
		klen &= 0x7fffffffu;
		if (klen >= sizeof(spelled[i]) || off + 8 + klen > len)
			return "?";
		memcpy(spelled[i], blob + off + 8, klen);
		spelled[i][klen] = 0;
		off += 8 + klen;
		if (!strcmp(spelled[i], word))
			want = i;
	}
	if (want == 64)
		return "?";
	if (base[want] == UINT32_MAX)
		return "-";
	return base[want] < i ? spelled[base[want]] : "?";
}

/*
 * A saved database serves a prefilter whose keywords it holds, also one
 * with fewer; one with a keyword it lacks, or a damaged one, is refused
 * and the own filter stays. The build embeds the built-in rules' one.
 */
static void test_prefilter_saved(void)
{
	static char *k0[] = { "token", "oken", "ToKeN" }, *k1[] = { "sk", "q~" },
		    *k2[] = { "x" }, *k3[] = { "refresh_token", "ghp_", "github_pat_" },
		    *k4[] = { "token" }, *k5[] = { "://", "api-key", "pi-k" },
		    *k6[] = { "ToKEN", "SK" }, *extra[] = { "zqxj" },
		    *upper[] = { "TOKEN" };
	static char **kw[] = { k0, k1, k2, k3, k4, k5, k6 }, **fewer[] = { k3, k1, k5 },
		    **more[] = { k0, extra }, **cased[] = { upper };
	static const size_t nkw[] = { 3, 2, 1, 3, 1, 3, 2 }, nfewer[] = { 3, 2, 3 },
			    nmore[] = { 3, 1 }, ncased[] = { 1 };
	/* rule 6 matches case; "TOKEN" in its case is not in the database */
	static const unsigned char exact[] = { 0, 0, 0, 0, 0, 0, 1 },
				   cased_exact[] = { 1 };
	static char many_kw[80][8], *many_ptr[80];
	static char **many_rules[] = { many_ptr };
	static const size_t nmany[] = { 80 };
	struct kh_prefilter *full = kh_prefilter_new(kw, nkw, exact, 7), *p;
	struct kh_ruleset rs = { 0 };
	struct kh_engine *e;
	unsigned char *blob = NULL, *bad;
	size_t len = 0, db = 8, i;
	char err[256];

	CHECK(full && kh_prefilter_save(full, &blob, &len) == 0 && len > 64);
	if (!blob)
		goto out;
	/* keywords that end with another are carried by it, not in the
	 * database: "refresh_token" and "ToKEN" (in its case) by "oken",
	 * "token" too; "sk" by none ("SK" is in its case) */
	CHECK(!strcmp(saved_base(blob, len, "refresh_token"), "oken"));
	CHECK(!strcmp(saved_base(blob, len, "ToKEN"), "oken"));
	CHECK(!strcmp(saved_base(blob, len, "token"), "oken"));
	CHECK(!strcmp(saved_base(blob, len, "sk"), "-"));
	CHECK(!strcmp(saved_base(blob, len, "oken"), "-"));
	CHECK(loads_and_agrees(kw, nkw, exact, 7, blob, len,
			       "vectorscan, built-in database"));
	CHECK(loads_and_agrees(fewer, nfewer, NULL, 3, blob, len, NULL));
	/* a keyword it lacks gets a database of its own beside it */
	CHECK(loads_and_agrees(more, nmore, NULL, 2, blob, len,
			       "vectorscan, built-in database and the keywords it lacks "
			       "compiled"));
	/* so does a keyword it holds in another case only */
	CHECK(loads_and_agrees(cased, ncased, cased_exact, 1, blob, len, NULL));
	/* more than a few missing: refused (a database is compiled later) */
	for (i = 0; i < 80; i++) {
		snprintf(many_kw[i], sizeof(many_kw[i]), "zq%02zuxj", i);
		many_ptr[i] = many_kw[i];
	}
	p = kh_prefilter_new(many_rules, nmany, NULL, 1);
	CHECK(kh_prefilter_load(p, blob, len) == -1);
	CHECK(!strcmp(kh_prefilter_engine(p), "own filter"));
	kh_prefilter_free(p);

	/* damaged: the magic, cut short, a keyword's length, the database's
	 * platform and its version */
	while (db < len && memcmp(blob + db, "\xdb\xdb\xdb\xdb", 4))
		db += 8; /* Vectorscan's own magic number */
	CHECK(db < len);
	bad = malloc(len);
	for (i = 0; bad && i < 6; i++) {
		size_t n = i == 1 ? len / 2 : len;

		memcpy(bad, blob, len);
		if (i == 0)
			bad[0] ^= 1;
		else if (i == 2)
			bad[8] ^= 0x40;
		else if (i == 3)
			bad[db + 12] ^= 0xff;
		else if (i == 4)
			bad[db + 4] ^= 1;
		else if (i == 5)
			n = 8;
		p = kh_prefilter_new(kw, nkw, exact, 7);
		CHECK(kh_prefilter_load(p, bad, n) == -1);
		CHECK(!strcmp(kh_prefilter_engine(p), "own filter"));
		kh_prefilter_free(p);
	}
	free(bad);

	/* the built-in rules' database, embedded by the build, fits them */
	CHECK(kh_embedded_hsdb_len > 0);
	CHECK(kh_rules_load_builtin(&rs, 0, err, sizeof(err)) == 0);
	e = kh_engine_new(&rs, err, sizeof(err));
	CHECK(e && kh_prefilter_load(kh_engine_prefilter(e), kh_embedded_hsdb,
				     kh_embedded_hsdb_len) == 0);
	kh_engine_free(e);
	kh_ruleset_release(&rs);
out:
	free(blob);
	kh_prefilter_free(full);
}
#endif

static void test_validators(void)
{
	unsigned char out[64];
	const char *ph[] = { "YOUR_API_KEY_HERE",
			     "xxxxxxxxxxxxxxxx",
			     "${API_TOKEN}",
			     "process.env.TOKEN",
			     "<your-token>",
			     "changeme12345678",
			     "00000000-0000-0000-0000-000000000000",
			     "AKIAIOSFODNN7EXAMPLE" };
	size_t i;

	CHECK(kh_entropy((const unsigned char *)"aaaa", 4) == 0);
	CHECK(kh_entropy((const unsigned char *)"abcd", 4) == 2);
	for (i = 0; i < sizeof(ph) / sizeof(ph[0]); i++)
		CHECK(kh_is_placeholder((const unsigned char *)ph[i], strlen(ph[i]), 0));
	CHECK(!kh_is_placeholder((const unsigned char *)"q8Zr2LmV0pXt7sKd", 16, 0));
	/* a long random token that happens to spell a word inside a run of
	 * letters is not a placeholder; the same word standing alone is */
	CHECK(!kh_is_placeholder(
		(const unsigned char *)"CiRuYTEtqyourbX8ZmJkMy1mYTRlLTRjMzItMTgwYS0x", 44,
		0));
	CHECK(kh_is_placeholder(
		(const unsigned char *)"REPLACE-with-YOUR-own-token-0123456789", 38, 0));
	CHECK(kh_is_placeholder(
		(const unsigned char *)"sk_live_EXAMPLEa8f7d6s5a4s3d2f1g0h9j8k7l", 40,
		0));
	CHECK(kh_is_placeholder(
		(const unsigned char *)"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", 40,
		0));
	/* base64 of "Meadow-ember13": words, so a name, unless the rule's
	 * values are chosen passwords */
	CHECK(kh_is_placeholder((const unsigned char *)"TWVhZG93LWVtYmVyMTM=", 20, 0));
	CHECK(!kh_is_placeholder((const unsigned char *)"TWVhZG93LWVtYmVyMTM=", 20, 1));
	CHECK(kh_base64_decode((const unsigned char *)"aGk", 3, out, sizeof(out)) == 2);
	CHECK(!memcmp(out, "hi", 2));
	CHECK(kh_base64_decode((const unsigned char *)"aGk=", 4, out, sizeof(out)) == 2);
	CHECK(kh_base64_decode((const unsigned char *)"a!k", 3, out, sizeof(out)) == -1);
	CHECK(kh_base64_decode((const unsigned char *)"aGVsbG8", 7, out, 2) == -1);
	CHECK(kh_validator_find("jwt") != NULL);
	CHECK(kh_validator_find("no-such-validator") == NULL);
}

/* Runs the jwt validator on a bare token. */
static enum kh_structure jwt_check(const char *tok, cJSON *facts)
{
	struct kh_candidate c = { 0 };

	c.buf = (const unsigned char *)tok;
	c.len = strlen(tok);
	c.secret_end = c.len;
	c.now = 1700000000;
	return kh_validator_find("jwt")(&c, facts);
}

static void test_jwt(void)
{
	cJSON *facts = cJSON_CreateObject();

	/* {"alg":"HS256","typ":"JWT"} . {"sub":"1","exp":1600000000} */
	CHECK(jwt_check("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
			"eyJzdWIiOiIxIiwiZXhwIjoxNjAwMDAwMDAwfQ.c2lnbmF0dXJlX2J5dGVz",
			facts) == KH_STRUCT_VALID);
	CHECK_STR(cJSON_GetObjectItem(facts, "alg")->valuestring, "HS256");
	CHECK(cJSON_IsTrue(cJSON_GetObjectItem(facts, "expired")));
	CHECK_STR(cJSON_GetObjectItem(facts, "expires_at")->valuestring,
		  "2020-09-13T12:26:40Z");
	cJSON_Delete(facts);
	facts = cJSON_CreateObject();
	/* header that is not JSON: not a JWT at all */
	CHECK(jwt_check("eyJub3QganNvbg.eyJ4IjoxfQ.sig", facts) == KH_STRUCT_REJECT);
	CHECK(jwt_check("eyJhbGciOiJIUzI1NiJ9", facts) == KH_STRUCT_REJECT);
	cJSON_Delete(facts);
}

static void test_sha256_and_fingerprint(void)
{
	struct kh_sha256 c;
	unsigned char md[32];
	char fp1[33], fp2[33], fp3[33];

	kh_sha256_init(&c);
	kh_sha256_update(&c, "abc", 3);
	kh_sha256_final(&c, md);
	CHECK(md[0] == 0xba && md[1] == 0x78 && md[31] == 0xad);
	/* 56 bytes: padding spills into a second block */
	kh_sha256_init(&c);
	kh_sha256_update(&c, "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
			 56);
	kh_sha256_final(&c, md);
	CHECK(md[0] == 0x24 && md[1] == 0x8d && md[31] == 0xc1);
	kh_fingerprint("rule-a", "secret", 6, fp1);
	kh_fingerprint("rule-a", "secret", 6, fp2);
	kh_fingerprint("rule-b", "secret", 6, fp3);
	CHECK(strlen(fp1) == 32 && !strcmp(fp1, fp2) && strcmp(fp1, fp3));
}

static const char *test_rules =
	"{\"provider\":\"acme\",\"rules\":["
	"{\"id\":\"acme-token\",\"description\":\"Acme token\",\"severity\":\"high\","
	"\"keywords\":[\"acme_\"],\"regex\":\"(?<![A-Za-z0-9_])(acme_[A-Za-z0-9]{20})(?!["
	"A-Za-z0-9])\","
	"\"remediation\":\"Rotate it.\"},"
	"{\"id\":\"acme-any-secret\",\"description\":\"Generic\",\"severity\":\"medium\","
	"\"keywords\":[\"secret\"],\"regex\":\"secret[ \\\\t]*=[ "
	"\\\\t]*(?<secret>[A-Za-z0-9_]{16,})\","
	"\"min_entropy\":3.0,\"remediation\":\"Rotate it.\"}]}";

static const char *generic_rules =
	"{\"provider\":\"generic\",\"rules\":["
	"{\"id\":\"generic-secret\",\"description\":\"Generic\",\"severity\":\"medium\","
	"\"keywords\":[\"secret\"],\"regex\":\"secret[ \\\\t]*=[ "
	"\\\\t]*(?<secret>[A-Za-z0-9_]{16,})\","
	"\"min_entropy\":3.0,\"remediation\":\"Rotate it.\"}]}";

struct scan_fixture {
	struct kh_ruleset rs;
	struct kh_engine *e;
	struct kh_scratch *s;
	struct kh_diag d;
	struct kh_findings out;
};

static int fixture_init(struct scan_fixture *f, const char *json, const char *json2)
{
	char err[256];

	memset(f, 0, sizeof(*f));
	kh_diag_init(&f->d, 1);
	if (kh_rules_load_json(&f->rs, json, strlen(json), "test", err, sizeof(err)) <
		    0 ||
	    (json2 && kh_rules_load_json(&f->rs, json2, strlen(json2), "test2", err,
					 sizeof(err)) < 0) ||
	    kh_rules_compile(&f->rs, err, sizeof(err)) < 0) {
		fprintf(stderr, "rules: %s\n", err);
		return -1;
	}
	f->e = kh_engine_new(&f->rs, err, sizeof(err));
	f->s = f->e ? kh_scratch_new(f->e) : NULL;
	return f->s ? 0 : -1;
}

static size_t scan_text(struct scan_fixture *f, const char *text,
			const struct kh_line_range *lines, size_t nlines)
{
	struct kh_source src = { 0 };

	kh_findings_release(&f->out);
	src.path = "t.txt";
	src.data = (const unsigned char *)text;
	src.len = strlen(text);
	src.lines = lines;
	src.nlines = nlines;
	if (kh_scan_source(f->e, f->s, &src, time(NULL), &f->d, &f->out) < 0)
		return (size_t)-1;
	kh_findings_sort(&f->out);
	return f->out.n;
}

static void fixture_release(struct scan_fixture *f)
{
	kh_findings_release(&f->out);
	kh_scratch_free(f->s);
	kh_engine_free(f->e);
	kh_ruleset_release(&f->rs);
	kh_diag_release(&f->d);
}

static void test_matcher(void)
{
	struct scan_fixture f;
	struct kh_line_range only2 = { 2, 2 };

	if (fixture_init(&f, test_rules, generic_rules) < 0) {
		CHECK(!"fixture");
		return;
	}
	/* position of the secret, 1-based, bytes; CRLF and a BOM do not shift it */
	CHECK(scan_text(&f, "\xef\xbb\xbfx\r\n  acme_Rq7vTz2KbW9mXc4LpYdN\r\n", NULL,
			0) == 1);
	CHECK(f.out.v[0]->line == 2 && f.out.v[0]->column == 3);
	CHECK(f.out.v[0]->end_line == 2 && f.out.v[0]->end_column == 27);
	CHECK_STR(cJSON_GetObjectItem(f.out.v[0]->validation, "structure")->valuestring,
		  "unchecked");
	/* generic finding on the same secret yields to the provider rule */
	CHECK(scan_text(&f, "secret = acme_Rq7vTz2KbW9mXc4LpYdN\n", NULL, 0) == 1);
	CHECK_STR(f.out.v[0]->rule->id, "acme-token");
	/* inline allow, either spelling */
	CHECK(scan_text(&f, "acme_Rq7vTz2KbW9mXc4LpYdN # keyhound:allow\n", NULL, 0) ==
	      0);
	CHECK(scan_text(&f, "acme_Rq7vTz2KbW9mXc4LpYdN // gitleaks:allow\n", NULL, 0) ==
	      0);
	/* placeholder and low entropy are dropped */
	CHECK(scan_text(&f, "secret = YOUR_SECRET_GOES_HERE\n", NULL, 0) == 0);
	CHECK(scan_text(&f, "secret = abababababababababab\n", NULL, 0) == 0);
	/* line selection (staged mode) */
	CHECK(scan_text(&f, "acme_Rq7vTz2KbW9mXc4LpYdN\nacme_ZyXwVuTsRqPoNmLkJiHg\n",
			&only2, 1) == 1);
	CHECK(f.out.v[0]->line == 2);
	/* no keyword, no regex run: nothing found, nothing crashes */
	CHECK(scan_text(&f, "nothing to see", NULL, 0) == 0);
	/* a line of several megabytes */
	{
		size_t n = 3u << 20;
		char *big = malloc(n + 64);

		memset(big, 'a', n);
		strcpy(big + n, " acme_Rq7vTz2KbW9mXc4LpYdN\n");
		CHECK(scan_text(&f, big, NULL, 0) == 1);
		CHECK(f.out.v[0]->line == 1 && f.out.v[0]->column == n + 2);
		free(big);
	}
	fixture_release(&f);
}

/* A scratch that interprets (a small staged change) finds what one that
 * JIT-compiles does, before and after the engine made the JIT code. */
static void test_interpret(void)
{
	static const char text[] = "x\nsecret = acme_Rq7vTz2KbW9mXc4LpYdN\n"
				   "password = \"Zq8vLx2Kp9WmRt4Y\"\n";
	struct scan_fixture f;
	struct kh_scratch *jit;
	size_t n, i;

	if (fixture_init(&f, test_rules, generic_rules) < 0) {
		CHECK(!"fixture");
		return;
	}
	kh_scratch_interpret(f.s, 1);
	n = scan_text(&f, text, NULL, 0);
	CHECK(n >= 1 && n != (size_t)-1);
	jit = kh_scratch_new(f.e);
	for (i = 0; jit && i < 3; i++) {
		struct kh_scratch *interp = f.s;

		if (i == 1)
			f.s = jit; /* JIT-compiles the rules */
		CHECK(scan_text(&f, text, NULL, 0) == n);
		CHECK(f.out.n && f.out.v[0]->line == 2 && f.out.v[0]->column == 10);
		f.s = interp;
	}
	CHECK(jit != NULL);
	kh_scratch_free(jit);
	fixture_release(&f);
	/* a window past the interpreter's budget (2 KiB) is JIT-compiled
	 * first, in a fresh engine: the same findings */
	{
		char *big = malloc(8192);
		size_t k, want;

		if (!big || fixture_init(&f, test_rules, generic_rules) < 0) {
			CHECK(!"fixture");
			free(big);
			return;
		}
		for (k = 0, big[0] = 0; k < 120; k++)
			strcat(big, "secret = acme_Rq7vTz2KbW9mXc4Lp\n"); /* 32 bytes */
		strcat(big, "secret = acme_Rq7vTz2KbW9mXc4LpYdN\n");
		want = scan_text(&f, big, NULL, 0);
		fixture_release(&f);
		CHECK(fixture_init(&f, test_rules, generic_rules) == 0);
		kh_scratch_interpret(f.s, 1);
		CHECK(want >= 1 && scan_text(&f, big, NULL, 0) == want);
		fixture_release(&f);
		free(big);
	}
}

/* Line numbers: "\n", "\r\n" and a lone "\r" each end one line. */
static void test_line_endings(void)
{
	struct scan_fixture f;
	struct kh_line_range first = { 1, 1 };

	if (fixture_init(&f, test_rules, NULL) < 0) {
		CHECK(!"fixture");
		return;
	}
	/* old Mac file: CR only */
	CHECK(scan_text(&f, "a\rb\r  acme_Rq7vTz2KbW9mXc4LpYdN\r", NULL, 0) == 1);
	CHECK(f.out.v[0]->line == 3 && f.out.v[0]->column == 3);
	CHECK(f.out.v[0]->end_line == 3 && f.out.v[0]->end_column == 27);
	/* mixed: CRLF is one end, a lone CR another, LF another */
	CHECK(scan_text(&f, "a\r\n\rb\nacme_Rq7vTz2KbW9mXc4LpYdN", NULL, 0) == 1);
	CHECK(f.out.v[0]->line == 4 && f.out.v[0]->column == 1);
	/* a CR as the last byte before the secret's end, LF after it */
	CHECK(scan_text(&f, "x\r\nacme_Rq7vTz2KbW9mXc4LpYdN\r\n\r\n", NULL, 0) == 1);
	CHECK(f.out.v[0]->line == 2 && f.out.v[0]->end_line == 2);
	/* staged selections count lines as git's diff does ("\n" only) */
	CHECK(scan_text(&f, "a\rb\racme_Rq7vTz2KbW9mXc4LpYdN\r", &first, 1) == 1);
	/* 200,000 CR-only lines before the secret: counted in one pass */
	{
		size_t n = 200000, i;
		char *big = malloc(2 * n + 64);

		for (i = 0; i < n; i++)
			memcpy(big + 2 * i, "x\r", 2);
		strcpy(big + 2 * n, "acme_Rq7vTz2KbW9mXc4LpYdN\r");
		CHECK(scan_text(&f, big, NULL, 0) == 1);
		CHECK(f.out.n == 1 && f.out.v[0]->line == n + 1 &&
		      f.out.v[0]->column == 1);
		free(big);
	}
	/* an allow marker on another CR-only line does not hide the secret */
	CHECK(scan_text(&f, "x = 1 # keyhound:allow\racme_Rq7vTz2KbW9mXc4LpYdN\r", NULL,
			0) == 1);
	fixture_release(&f);
}

/* Long lines: many keywords and candidates on one line, and the allow
 * marker of a match over several lines kept to those lines. */
static void test_long_lines(void)
{
	static const char *rules =
		"{\"provider\":\"acme\",\"rules\":["
		"{\"id\":\"acme-multi\",\"description\":\"d\",\"severity\":\"high\","
		"\"keywords\":[\"zzk\"],"
		"\"regex\":\"zzk[\\\\s=]*(Z[0-9]{12})(?![0-9])\",\"remediation\":\"r\"}]"
		"}";
	struct scan_fixture f;
	struct kh_strbuf b;
	size_t i, n = 20000;

	if (fixture_init(&f, rules, NULL) < 0) {
		CHECK(!"fixture");
		return;
	}
	/* the first match runs from line 1 (marker) into line 2; the second
	 * is on line 2 alone and is reported */
	CHECK(scan_text(&f, "# keyhound:allow zzk\nZ123456789012 zzk=Z998877665544\n",
			NULL, 0) == 1);
	CHECK(f.out.n == 1 && !strcmp(f.out.v[0]->secret, "Z998877665544") &&
	      f.out.v[0]->line == 2);
	/* 20,000 keyword hits and findings on one line of 400 KB */
	kh_strbuf_init(&b, 1u << 24);
	for (i = 0; i < n; i++)
		kh_strbuf_addf(&b, "zzk=Z%012zu ", 314159265358 + i * 15485863);
	kh_strbuf_add(&b, "\n", 1);
	CHECK(!b.failed && scan_text(&f, b.s, NULL, 0) == n);
	CHECK(f.out.n == n && f.out.v[n - 1]->line == 1 &&
	      f.out.v[n - 1]->column == 1 + (n - 1) * 18 + 4);
	/* ... and with a marker at its end, none */
	b.len--;
	kh_strbuf_add(&b, "# keyhound:allow\n", 17);
	CHECK(scan_text(&f, b.s, NULL, 0) == 0);
	kh_strbuf_release(&b);
	fixture_release(&f);
}

/* The overlap rule of the original quadratic code, as the reference. */
static int ref_shadowed(const struct kh_span *a, const struct kh_span *b, size_t ia,
			size_t ib)
{
	int overlap = a->start < b->end && b->start < a->end;
	int contains = b->start <= a->start && a->end <= b->end;

	if (!overlap)
		return 0;
	if (a->rank > b->rank)
		return 1;
	if (a->rank != b->rank || !contains)
		return 0;
	if (b->end - b->start != a->end - a->start)
		return 1;
	return ib < ia;
}

static void test_overlaps(void)
{
	enum { N = 40, BIG = 240000 };
	struct kh_span v[N], *big = malloc(BIG * sizeof(*big));
	unsigned char drop[N], *bigdrop = malloc(BIG);
	unsigned seed = 99;
	size_t round, i, j, work, kept = 0;

	CHECK(big && bigdrop);
	if (!big || !bigdrop)
		goto out;
	for (round = 0; round < 300; round++) {
		size_t n = round % N + 1;
		int same = 1;

		for (i = 0; i < n; i++) {
			seed = seed * 1103515245 + 12345;
			v[i].start = (seed >> 16) % 30;
			v[i].end = v[i].start + 1 + (seed >> 8) % 8;
			v[i].rank = (int)((seed >> 4) % 5) % KH_RULE_RANKS;
		}
		CHECK(kh_spans_shadowed(v, n, drop) != (size_t)-1);
		for (i = 0; i < n; i++) {
			int ref = 0;

			for (j = 0; j < n && !ref; j++)
				ref = j != i && ref_shadowed(&v[i], &v[j], i, j);
			same &= ref == drop[i];
		}
		CHECK(same);
	}
	/* 240k tokens (a 10 MiB file of them took 53 s): n log n work */
	for (i = 0; i < BIG; i++) {
		big[i].start = i * 40 + (i % 3 == 2 ? 30 : 0);
		big[i].end = big[i].start + (i % 3 == 1 ? 50 : 35);
		big[i].rank = (int)(i % KH_RULE_RANKS);
	}
	work = kh_spans_shadowed(big, BIG, bigdrop);
	CHECK(work != (size_t)-1 && work < 40 * (size_t)BIG);
	for (i = 0; i < BIG; i++)
		kept += !bigdrop[i];
	CHECK(kept > 0 && kept < BIG);
out:
	free(big);
	free(bigdrop);
}

/* Rules run only near their keywords: within max_span bytes, whole lines. */
static void test_keyword_windows(void)
{
	static const char *rules =
		"{\"provider\":\"acme\",\"rules\":["
		"{\"id\":\"acme-near\",\"description\":\"d\",\"severity\":\"high\","
		"\"keywords\":[\"acmekey\"],\"max_span\":0,"
		"\"regex\":\"acmekey[ =]+(Z[0-9]{12})(?![0-9])\",\"remediation\":"
		"\"r\"},"
		"{\"id\":\"acme-far\",\"description\":\"d\",\"severity\":\"high\","
		"\"keywords\":[\"acmefar\"],\"max_span\":4096,"
		"\"regex\":\"(?<![A-Za-z0-9])(Y[0-9]{12})(?![0-9])\",\"remediation\":"
		"\"r\"}]}";
	struct scan_fixture f;
	char *text = malloc(20000);

	if (!text || fixture_init(&f, rules, NULL) < 0) {
		CHECK(!"fixture");
		free(text);
		return;
	}
	/* max_span 0: the keyword's own line; the match holds the keyword */
	CHECK(scan_text(&f, "x\nacmekey Z830571926413\nacmekey=Z918273645501\n", NULL,
			0) == 2);
	CHECK(f.out.n == 2 && f.out.v[0]->line == 2 && f.out.v[1]->line == 3);
	/* max_span 4096: a token 3 KB after the keyword is found, 6 KB is not */
	memset(text, 0, 20000);
	strcpy(text, "acmefar\n");
	memset(text + 8, 'q', 3000);
	strcpy(text + 3008, "\nY830571926413\n");
	CHECK(scan_text(&f, text, NULL, 0) == 1);
	memset(text + 8, 'q', 6000);
	strcpy(text + 6008, "\nY830571926413\n");
	CHECK(scan_text(&f, text, NULL, 0) == 0);
	/* several keywords on one line: each match once */
	CHECK(scan_text(&f, "acmekey acmekey Z830571926413 acmekey Z564738291023\n", NULL,
			0) == 2);
	free(text);
	fixture_release(&f);
}

/* Like scan_text, with decoding. */
static size_t scan_decoded(struct scan_fixture *f, const char *text)
{
	struct kh_source src = { 0 };

	kh_findings_release(&f->out);
	src.path = "t.txt";
	src.data = (const unsigned char *)text;
	src.len = strlen(text);
	if (kh_scan_decoding(f->e, f->s, &src, time(NULL), &f->d, &f->out) < 0)
		return (size_t)-1;
	kh_findings_sort(&f->out);
	return f->out.n;
}

/*
 * The decoder finds encoded text 64 bytes at a time: a base64 run (40
 * bytes, and 24, the shortest it decodes, which may hold two whole 8-byte
 * groups only across a block's end) and a percent-encoded token at every
 * offset of the first blocks, after spaces or after base64 runs one to
 * eight bytes too short to decode (16-23 bytes: two whole groups, the
 * test that picks the blocks to look at), and the token on the line after
 * another trigger.
 */
static void test_decode_offsets(void)
{
	static const char *zulu =
		"{\"provider\":\"zulu\",\"rules\":["
		"{\"id\":\"zulu-code\",\"description\":\"d\",\"severity\":\"low\","
		"\"keywords\":[\"zz\"],\"regex\":\"zz([0-9]{6})\",\"remediation\":\"r\"}]"
		"}";
	static const char *runs[] = {
		"a2V5OiBhY21lX1JxN3ZUejJLYlc5bVhjNExwWWRO", /* key:
							       acme_Rq7vTz2KbW9mXc4LpYdN
							     */
		"SVEgeno4MjAwMDYgYlFMQ1pa",		    /* IQ zz820006 bQLCZZ */
	};
	struct scan_fixture f;
	char text[512];
	size_t at, short_run, r;
	int bad = 0;

	if (fixture_init(&f, test_rules, zulu) < 0) {
		CHECK(!"fixture");
		return;
	}
	for (short_run = 0; short_run <= 23; short_run += short_run ? 1 : 16) {
		for (at = 0; at < 200; at++) {
			size_t k;

			for (k = 0; k < at; k++) /* runs of short_run, space-separated */
				text[k] = short_run && (k + 1) % (short_run + 1) ? 'Q'
										 : ' ';
			if (at)
				text[at - 1] = ' ';
			for (r = 0; r < 2; r++) {
				/* a line after it: the run's blocks are whole ones */
				snprintf(text + at, sizeof(text) - at, "%s\n%80s\n",
					 runs[r], "");
				if (scan_decoded(&f, text) != 1 ||
				    f.out.v[0]->column != at + 1 ||
				    f.out.v[0]->decoded != KH_DEC_BASE64)
					bad++;
			}
			/* the line before holds a trigger too: each line gets its own */
			if (at >= 4) {
				memcpy(text, "%3D", 3);
				text[at - 1] = '\n';
			}
			snprintf(text + at, sizeof(text) - at,
				 "%%3Dacme_Rq7vTz2KbW9mXc4LpYdZ\n");
			if (scan_decoded(&f, text) != 1 ||
			    f.out.v[0]->column != (at >= 4 ? 4 : at + 4) ||
			    f.out.v[0]->decoded != KH_DEC_PERCENT)
				bad++;
		}
	}
	CHECK(bad == 0);
	/* each kind of trigger decodes its line (here a %-encoded 'z' that is
	 * no trigger itself) wherever it stands in a block, also with its
	 * next byte in the block after */
	{
		static const char *triggers[] = { "%3D",     "%7e",   "\\\"",  "\\/",
						  "\\u0041", "\\x41", "&#65;", "&#x41;",
						  "&quot;",  "&amp;", "&lt;",  "&gt;",
						  "&apos;" };
		size_t t;

		for (t = 0; t < sizeof(triggers) / sizeof(triggers[0]); t++) {
			for (at = 0; at < 140; at++) {
				memset(text, ' ', at);
				snprintf(text + at, sizeof(text) - at, "%s %%7Az820006\n",
					 triggers[t]);
				if (scan_decoded(&f, text) != 1)
					bad++;
			}
		}
		/* no trigger: the line stays as it is */
		snprintf(text, sizeof(text), "%s %%7Az820006\n", "%41 \\n &b");
		if (scan_decoded(&f, text) != 0)
			bad++;
	}
	CHECK(bad == 0);
	/* 23 bytes of base64 are too short to decode, on both sides of a block's end */
	for (at = 30; at < 70; at++) {
		memset(text, ' ', at);
		memcpy(text + at, "SVEgeno4MjAwMDYgYlFMQ1p", 23);
		strcpy(text + at + 23, " \n");
		CHECK(scan_decoded(&f, text) == 0);
	}
	fixture_release(&f);
}

static void test_bad_rules(void)
{
	struct kh_ruleset rs = { 0 };
	char err[256];

	CHECK(kh_rules_load_json(&rs, "{", 1, "x.json", err, sizeof(err)) < 0);
	CHECK(strstr(err, "x.json") != NULL);
	CHECK(kh_rules_load_json(&rs, "{\"rules\":[{\"id\":\"t-r1\"}]}", 25, "y.json",
				 err, sizeof(err)) < 0);
	CHECK(strstr(err, "y.json") && strstr(err, "r1"));
	CHECK(kh_rules_load_json(
		      &rs,
		      "{\"rules\":[{\"id\":\"t-r2\",\"description\":\"d\",\"severity\":"
		      "\"high\","
		      "\"keywords\":[\"a\"],\"regex\":\"(\",\"remediation\":\"r\"}]}",
		      strlen("{\"rules\":[{\"id\":\"t-r2\",\"description\":\"d\","
			     "\"severity\":\"high\","
			     "\"keywords\":[\"a\"],\"regex\":\"(\",\"remediation\":\"r\"}"
			     "]}"),
		      "z.json", err, sizeof(err)) == 0);
	CHECK(kh_rules_compile(&rs, err, sizeof(err)) < 0);
	CHECK(strstr(err, "z.json") && strstr(err, "r2") && strstr(err, "regex"));
	kh_ruleset_release(&rs);
}

/* Rules are found by id through the ruleset's index, as they load, after
 * an override and after rules are removed. */
static void test_rule_index(void)
{
	struct kh_ruleset rs = { 0 };
	static const char over[] =
		"{\"provider\":\"hubspot\",\"rules\":[{\"id\":\"hubspot-api-key\","
		"\"description\":\"d\",\"severity\":\"low\",\"keywords\":[\"hapikey\"],"
		"\"regex\":\"hapikey=(?<secret>[a-f0-9-]{36})\",\"remediation\":\"r\"}]}";
	unsigned char *remove;
	char err[256];
	size_t i, n, bad = 0;

	CHECK(kh_rules_load_builtin(&rs, 0, err, sizeof(err)) == 0);
	CHECK(rs.n > 100 && rs.index != NULL);
	for (i = 0; i < rs.n; i++)
		bad += kh_rule_find(&rs, rs.v[i].id) != &rs.v[i];
	CHECK(bad == 0);
	CHECK(kh_rule_find(&rs, "hubspot-no-such-rule") == NULL);
	n = rs.n;
	CHECK(kh_rules_load_json(&rs, over, strlen(over), "over.json", err,
				 sizeof(err)) == 0);
	CHECK(rs.n == n);
	CHECK(kh_rule_find(&rs, "hubspot-api-key") &&
	      kh_rule_find(&rs, "hubspot-api-key")->severity == KH_SEV_LOW);
	remove = calloc(rs.n, 1);
	for (i = 0; remove && i < rs.n; i += 2)
		remove[i] = 1;
	CHECK(remove && kh_rules_remove(&rs, remove) == (n + 1) / 2);
	for (i = 0, bad = 0; i < rs.n; i++)
		bad += kh_rule_find(&rs, rs.v[i].id) != &rs.v[i];
	CHECK(bad == 0 && rs.n == n / 2);
	free(remove);
	kh_ruleset_release(&rs);
	CHECK(rs.index == NULL && rs.n == 0);
}

static void test_json_writer(void)
{
	struct scan_fixture f;
	cJSON *o;

	if (fixture_init(&f, test_rules, NULL) < 0) {
		CHECK(!"fixture");
		return;
	}
	CHECK(scan_text(&f, "key: \"acme_Rq7vTz2KbW9mXc4LpYdN\"\n", NULL, 0) == 1);
	o = kh_finding_to_json(f.out.v[0], 0);
	CHECK_STR(cJSON_GetObjectItem(o, "secret")->valuestring,
		  "acme_Rq7vTz2KbW9mXc4LpYdN");
	CHECK_STR(cJSON_GetObjectItem(o, "severity")->valuestring, "high");
	CHECK_STR(cJSON_GetObjectItem(o, "file")->valuestring, "t.txt");
	CHECK(cJSON_GetObjectItem(o, "line")->valuedouble == 1);
	cJSON_Delete(o);
	o = kh_finding_to_json(f.out.v[0], 1);
	CHECK(cJSON_GetObjectItem(o, "secret") == NULL);
	CHECK(strstr(cJSON_GetObjectItem(o, "match")->valuestring, "AbCdEf") == NULL);
	CHECK_STR(cJSON_GetObjectItem(o, "match")->valuestring, "acme*****");
	cJSON_Delete(o);
	fixture_release(&f);
}

static void test_read_fd(void)
{
	char path[] = "/tmp/kh-unit-XXXXXX";
	int fd = mkstemp(path);
	unsigned char *buf = NULL;
	size_t cap = 0, len = 0;

	CHECK(fd >= 0);
	CHECK(write(fd, "0123456789", 10) == 10);
	lseek(fd, 0, SEEK_SET);
	CHECK(kh_read_fd(fd, 10, 100, &buf, &cap, &len) == KH_READ_OK && len == 10);
	lseek(fd, 0, SEEK_SET);
	/* the size hint lies (file grew): the cap still holds */
	CHECK(kh_read_fd(fd, 2, 5, &buf, &cap, &len) == KH_READ_TOO_LARGE);
	CHECK(kh_read_fd(fd, 11, 5, &buf, &cap, &len) == KH_READ_TOO_LARGE);
	close(fd);
	unlink(path);
	free(buf);
	CHECK(kh_glob_match("*.min.js", "a/b/c.min.js"));
	CHECK(kh_glob_match("vendor", "x/vendor"));
	CHECK(kh_glob_match("vendor/*", "vendor/a/b.c"));
	CHECK(!kh_glob_match("*.py", "a/b.c"));
	/* a pattern with '/' matches from any directory boundary */
	CHECK(kh_glob_match("tests/fixtures", "/srv/repo/tests/fixtures"));
	CHECK(kh_glob_match("tests/fixtures", "tests/fixtures"));
	CHECK(kh_glob_match("./tests/fixtures", "./tests/fixtures"));
	CHECK(!kh_glob_match("tests/fixtures", "/srv/repo/mytests/fixtures"));
	CHECK(!kh_glob_match("tests/fixtures", "tests/fixtures2"));
}

/* Appends n copies of piece to b. */
static void repeat(struct kh_strbuf *b, const char *piece, size_t n)
{
	while (n--)
		kh_strbuf_add(b, piece, strlen(piece));
}

/*
 * No built-in rule may backtrack into PCRE2's match limit on text shaped
 * like its own input: each keyword followed by long runs, deep YAML
 * indentation under the block headers rules look for, and repeated
 * near-misses. A rule that hits the limit gives up on the rest of the
 * file (a missed secret) after burning 5M steps (a slow scan); the
 * refresh-token rule once did on every `tokenInfo:` block.
 */
static void test_no_catastrophic_backtracking(void)
{
	static const char *runs[] = {
		"a",  " ", "\t", "-",  "ab-", "0",  "=", ":", "/",  "@",    "%",    ".",
		"\\", "'", "\"", "x ", "a=",  "a:", "+", "_", "Ci", "pat-", "key-", "\n ",
	};
	static const char *blocks[] = {
		"tokenInfo:",	"auth:",    "portals:", "- name: x",
		"credentials:", "headers:", "hubspot",	"[default]"
	};
	struct kh_ruleset rs = { 0 };
	struct kh_engine *e;
	struct kh_scratch *sc;
	struct kh_diag d;
	struct kh_findings out = { 0 };
	char err[256];
	size_t r, k, i, j, inputs = 0;

	kh_diag_init(&d, 1);
	CHECK(kh_rules_load_builtin(&rs, 0, err, sizeof(err)) == 0);
	CHECK(kh_rules_compile(&rs, err, sizeof(err)) == 0);
	e = kh_engine_new(&rs, err, sizeof(err));
	sc = e ? kh_scratch_new(e) : NULL;
	CHECK(sc != NULL);
	if (!sc)
		return;
	for (r = 0; r < rs.n; r++) {
		for (k = 0; k < rs.v[r].nkeywords; k++) {
			const char *kw = rs.v[r].keywords[k];
			struct kh_strbuf b;
			struct kh_source src = { 0 };

			for (i = 0; i < sizeof(runs) / sizeof(runs[0]) + 1; i++) {
				kh_strbuf_init(&b, 1u << 20);
				if (i < sizeof(runs) / sizeof(runs[0])) {
					/* keyword, then a 4 KB run, twice */
					for (j = 0; j < 2; j++) {
						kh_strbuf_addf(&b, "%s = ", kw);
						repeat(&b, runs[i],
						       4096 / strlen(runs[i]));
						kh_strbuf_add(&b, "\n", 1);
					}
				} else {
					/* deep YAML under every block header */
					for (j = 0;
					     j < sizeof(blocks) / sizeof(blocks[0]);
					     j++) {
						kh_strbuf_addf(&b, "%s:\n    %s\n", kw,
							       blocks[j]);
						repeat(&b,
						       "                                "
						       "        key: value value value\n",
						       12);
						kh_strbuf_addf(&b, "    %s: >-\n", kw);
						repeat(&b, "          \n", 12);
					}
				}
				src.path = "hubspot.config.yml";
				src.data = (const unsigned char *)b.s;
				src.len = b.len;
				CHECK(!b.failed && kh_scan_source(e, sc, &src, time(NULL),
								  &d, &out) == 0);
				if (atomic_load(&d.stats.regex_limit_hits)) {
					fprintf(stderr,
						"rule %s hits the match limit after "
						"keyword "
						"'%s' (input %zu)\n",
						rs.v[r].id, kw, i);
					atomic_store(&d.stats.regex_limit_hits, 0);
					CHECK(0);
				}
				kh_findings_release(&out);
				kh_strbuf_release(&b);
				inputs++;
			}
		}
	}
	CHECK(inputs > 1000);
	kh_scratch_free(sc);
	kh_engine_free(e);
	kh_ruleset_release(&rs);
	kh_diag_release(&d);
}

/* kh_memmem finds what memmem(3) finds: at the ends, in partial repeats,
 * with needles as long as the haystack or longer. */
static void test_memmem(void)
{
	static const char *hay[] = { "",	 "a",
				     "aab",	 "password passwor",
				     "xx login", "loginlogin",
				     "ab://cd",	 "aaaaab" };
	static const char *needle[] = { "a",   "ab",	     "aab",	"login",
					"://", " password ", "passwor", "aaab",
					"b",   "aaaaab",     "aaaaaab" };
	size_t h, k, off;

	for (h = 0; h < sizeof(hay) / sizeof(hay[0]); h++)
		for (k = 0; k < sizeof(needle) / sizeof(needle[0]); k++)
			for (off = 0; off <= strlen(hay[h]); off++) {
				const char *x = hay[h] + off;
				size_t n = strlen(x), m = strlen(needle[k]);

				CHECK(kh_memmem(x, n, needle[k], m) ==
				      memmem(x, n, needle[k], m));
			}
	CHECK(kh_memmem("abc", 3, "", 0) == memmem("abc", 3, "", 0));
}

/* kh_find_pair finds the first place a byte loop finds, across its
 * 128-, 32- and 16-byte steps, the last 32 places looked at again, and
 * the bytes after them; pairs rare and dense, near and far apart. */
static void test_find_pair(void)
{
	unsigned char b[700];
	unsigned seed = 28;
	size_t round, n, from, dist, i, want;

	for (round = 0; round < 20000; round++) {
		const char *alpha = round % 2 ? "vdxxxxxxxxxxxxxx"
					      : "vdxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
						"xxxxxxxxxxxxxxxxxxxxxxxx";
		size_t na = strlen(alpha);

		n = ((seed = seed * 1103515245u + 12345u) >> 16) %
		    (round % 3 ? 300 : 700);
		dist = 1 + ((seed = seed * 1103515245u + 12345u) >> 16) %
				   (round % 4 ? 3 : 40);
		for (i = 0; i < n; i++) /* one pair in about 200 or 4,000 places */
			b[i] = alpha[((seed = seed * 1103515245u + 12345u) >> 16) % na];
		from = n ? ((seed = seed * 1103515245u + 12345u) >> 16) % (n + 1) : 0;
		for (want = from;
		     want + dist < n && !(b[want] == 'v' && b[want + dist] == 'd');
		     want++)
			;
		if (want + dist >= n)
			want = n;
		CHECK(kh_find_pair(b, from, n, 'v', 'd', dist) == want);
	}
	CHECK(kh_find_pair((const unsigned char *)"v d", 0, 3, 'v', 'd', 2) == 0);
	CHECK(kh_find_pair((const unsigned char *)"v d", 1, 3, 'v', 'd', 2) == 3);
	CHECK(kh_find_pair((const unsigned char *)"vd", 0, 2, 'v', 'd', 2) == 2);
}

/* Whether paths a and b have one profile (kh_engine_path_profile). */
static int same_profile(const struct kh_engine *e, const char *a, const char *b)
{
	char pa[256], pb[256];

	return kh_engine_path_profile(e, a, pa, sizeof(pa)) < sizeof(pa) &&
	       kh_engine_path_profile(e, b, pb, sizeof(pb)) < sizeof(pb) &&
	       !strcmp(pa, pb);
}

/* What a scan takes from a path, with the built-in rules: paths that give
 * nothing share the plain profile "", the others differ where a rule, the
 * config reader or an archive's members would. */
static void test_path_profile(void)
{
	struct kh_ruleset rs = { 0 };
	struct kh_engine *e;
	char err[256], out[256], tiny[2];

	CHECK(kh_rules_load_builtin(&rs, 0, err, sizeof(err)) == 0);
	if (!(e = kh_engine_new(&rs, err, sizeof(err)))) {
		CHECK(0);
		kh_ruleset_release(&rs);
		return;
	}
	CHECK(kh_engine_path_profile(e, "src/main.c", out, sizeof(out)) == 0 && !out[0]);
	CHECK(same_profile(e, "src/main.c", "lib/util.h"));
	/* notes are read for logins with no credential's word (wave 27) */
	CHECK(!same_profile(e, "src/main.c", "docs/notes.txt"));
	CHECK(same_profile(e, "docs/notes.txt", "notes/handover.md"));
	CHECK(!same_profile(e, "docs/notes.txt", "wifi.txt"));	/* a list of logins */
	CHECK(same_profile(e, "notes.txt", "tests/notes.txt")); /* context: reported */
	CHECK(!same_profile(e, "notes.txt", ".pgpass"));	/* a path rule */
	CHECK(!same_profile(e, "notes.txt", ".netrc"));
	CHECK(!same_profile(e, ".pgpass", ".netrc"));
	CHECK(same_profile(e, ".pgpass", "home/me/.pgpass"));
	CHECK(!same_profile(e, "smtp", "config/smtp")); /* the config reader */
	CHECK(!same_profile(e, "smtp", "smtp.ini"));
	CHECK(same_profile(e, "a.ini", "b/c.yml"));
	CHECK(!same_profile(e, "x.zip", "config/x.zip"));  /* its members' directory */
	CHECK(!same_profile(e, "x.zip", "config.zip"));	   /* "config.zip!README" */
	CHECK(!same_profile(e, "x.zip", "openvpn/x.zip")); /* openvpn/ then *.txt */
	CHECK(!same_profile(e, "a.gz", "pgpass.conf.gz")); /* its content's name */
	CHECK(same_profile(e, "a.gz", "b.gz"));
	CHECK(!same_profile(e, "a.yml", "hubspot.config.yml")); /* the HubSpot CLI's */
	/* as snprintf: the length it needs, cut to fit */
	CHECK(kh_engine_path_profile(e, ".pgpass", out, sizeof(out)) > 0);
	CHECK(kh_engine_path_profile(e, ".pgpass", tiny, sizeof(tiny)) == strlen(out));
	CHECK(tiny[0] == out[0] && tiny[1] == '\0');
	kh_engine_free(e);
	kh_ruleset_release(&rs);
}

int main(void)
{
	test_memmem();
	test_find_pair();
	test_prefilter();
	test_prefilter_exact();
	test_prefilter_short_buckets();
#ifdef KH_HAVE_HS
	test_prefilter_saved();
#endif
	test_validators();
	test_jwt();
	test_sha256_and_fingerprint();
	test_matcher();
	test_interpret();
	test_keyword_windows();
	test_line_endings();
	test_long_lines();
	test_overlaps();
	test_decode_offsets();
	test_bad_rules();
	test_rule_index();
	test_json_writer();
	test_read_fd();
	test_no_catastrophic_backtracking();
	test_path_profile();
	return check_done("unit_engine");
}
