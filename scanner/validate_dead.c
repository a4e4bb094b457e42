/*
 * validate_dead.c - values their own text says are no live secret.
 *
 * For every rule (doc/detection.md, "Digests and dead values"):
 *  - the digest of a key kept beside it: a value of a digest's length in
 *    hex or base64 whose name ends in a digest's word (token_sha256,
 *    keyHash, API_KEY_DIGEST) or that its note calls one (`# sha256 of
 *    the token`, `(sha256_of_key)`, `hashed`);
 *  - a key its note or sentence calls dead: revoked, deactivated,
 *    retired, no longer working, not in use (`; previous one, revoked
 *    2025-11`), or old and changed (`password was X - changed at
 *    install`, `the old password (X) was rotated in March`), or whose
 *    sentence after it calls it encrypted (`X (encrypted, safe)`) or
 *    that its program's marker seals (Jasypt's ENC(...), Cirrus CI's
 *    ENCRYPTED[...]);
 *  - a value its author's note calls public (`public by design`,
 *    `public identifiers`, `web config is public`: Firebase's web keys;
 *    `restricted by referrer`, `referrer-locked`, `browser key`: a key
 *    only its own sites' pages may use, shipped in them), read also from
 *    the comment over the line opening its object, or whose name calls
 *    it a browser's key (GOOGLE_MAPS_BROWSER_KEY).
 * The words read are the value's own name, the words before it on its
 * line (its sentence's), the note on the line above (a comment line, a
 * JSON `"_comment"`), its block's name and its sentence after it.
 * A word that says the value is the new one (new, current, replacement,
 * still, now) keeps it: `# old key revoked, new one:` stands above the
 * replacement, and `rotated` alone is the date of the current value
 * (`# rotated monthly`, `(rotated in May)`, `was rotated to X`).
 */
#include <ctype.h>
#include <string.h>

#include "text.h"
#include "validate.h"

enum sign {
	S_NONE,
	S_DEAD,	  /* revoked, deactivated, retired */
	S_CHANGE, /* rotated, changed, replaced: dead after an old value */
	S_OLD,	  /* old, previous, former, factory */
	S_NEW,	  /* new, current, replacement, still */
	S_AUX,	  /* was, were, been, got: `X was rotated` */
	S_NOUN,	  /* hash, digest, checksum, fingerprint */
	S_ALGO,	  /* sha256, md5: a digest's when `of` or a noun follows */
	S_OF,
	S_NOT,	/* not, no: `not in use`, `no longer` */
	S_LIVE, /* used, valid, working, longer: dead after `not`, `no` */
	S_IN,	/* in, of use: `not in use` */
	S_USE,
	S_BLOCK,  /* hmac, salt, signing: a digest's word naming a key's use */
	S_ART,	  /* the, a, this: `replaced the revoked key` */
	S_MANY,	  /* keys, tokens: `revoked keys are listed in the wiki` */
	S_SEALED, /* encrypted, ciphertext: after the value, `(encrypted, safe)` */
	S_STILL,  /* still: `revoked, still valid until rotated!` */
	S_PUBLIC, /* public: `public by design`, `public identifiers` */
	S_BY,
	S_DESIGN,
	S_IDENT,    /* identifiers, ids: `public identifiers` */
	S_IS,	    /* is, are: `config is public` */
	S_WHOLE,    /* config, key, keys, value, values: what `is public` */
	S_REFERRER, /* referrer: `restricted by referrer`, `referrer-locked` */
	S_RESTRICT, /* restricted, locked, limited */
	S_BROWSER,  /* browser: `browser key` */
};

/* The words of each sign (a word stands in one list). */
static const char *const dead_words[] = { "revoked",	    "deactivated", "invalidated",
					  "decommissioned", "retired",	   "superseded",
					  "obsolete",	    "defunct",	   "dead",
					  "unused",	    "inactive",	   "burned",
					  "deleted",	    NULL };
static const char *const change_words[] = { "rotated",	   "changed",  "replaced",
					    "reset",	   "rolled",   "cycled",
					    "regenerated", "reissued", "rekeyed",
					    "expired",	   "disabled", NULL };
static const char *const old_words[] = {
	"old",	    "older",   "previous", "previously", "former", "formerly",	 "prior",
	"original", "factory", "initial",  "earlier",	 "prev",   "deprecated", NULL
};
static const char *const new_words[] = { "new",	      "newer",	   "replacement",
					 "replaces",  "replacing", "current",
					 "currently", "active",	   "live",
					 "now",	      "instead",   NULL };
static const char *const aux_words[] = { "was", "were", "been", "got", NULL };
static const char *const noun_words[] = { "hash",      "hashed",   "hashes",
					  "digest",    "checksum", "fingerprint",
					  "sha256sum", "sha1sum",  "md5sum",
					  NULL };
static const char *const algo_words[] = { "sha",    "sha1", "sha224", "sha256",	 "sha384",
					  "sha512", "md5",  "sha3",   "blake2b", NULL };
static const char *const of_words[] = { "of", NULL };
static const char *const not_words[] = { "not", "no", "never", NULL };
static const char *const use_words[] = { "use", NULL };
static const char *const in_words[] = { "in", NULL };
static const char *const live_words[] = { "used",   "valid",	"working", "works",
					  "longer", "accepted", NULL };
static const char *const block_words[] = { "hmac",    "salt", "pepper",
					   "signing", "for",  NULL };

static const char *const art_words[] = { "the",	 "a",	"an",  "this",
					 "that", "our", "its", NULL };
static const char *const many_words[] = { "keys",    "tokens",	    "passwords",
					  "secrets", "credentials", "certificates",
					  "certs",   NULL };

static const char *const still_words[] = { "still", NULL };
static const char *const sealed_words[] = { "encrypted", "ciphertext", NULL };
static const char *const public_words[] = { "public", NULL };
static const char *const by_words[] = { "by", NULL };
static const char *const design_words[] = { "design", NULL };
static const char *const ident_words[] = { "identifier", "identifiers", "id", "ids",
					   NULL };
static const char *const is_words[] = { "is", "are", NULL };
static const char *const whole_words[] = {
	"config", "configuration", "key", "keys", "value", "values", "credentials", NULL
};

/* A key restricted to the pages of its own sites (an HTTP referrer
 * restriction: Google's "browser key") is shipped in those pages. */
static const char *const referrer_words[] = { "referrer", "referrers", "referer", NULL };
static const char *const restrict_words[] = { "restricted", "restriction", "restrictions",
					      "locked",	    "limited",	   NULL };
static const char *const browser_words[] = { "browser", NULL };

static const struct {
	const char *const *words;
	unsigned char sign;
} lexicon[] = {
	{ dead_words, S_DEAD },
	{ change_words, S_CHANGE },
	{ old_words, S_OLD },
	{ new_words, S_NEW },
	{ aux_words, S_AUX },
	{ noun_words, S_NOUN },
	{ algo_words, S_ALGO },
	{ of_words, S_OF },
	{ not_words, S_NOT },
	{ use_words, S_USE },
	{ in_words, S_IN },
	{ live_words, S_LIVE },
	{ block_words, S_BLOCK },
	{ art_words, S_ART },
	{ many_words, S_MANY },
	{ sealed_words, S_SEALED },
	{ still_words, S_STILL },
	{ public_words, S_PUBLIC },
	{ by_words, S_BY },
	{ design_words, S_DESIGN },
	{ ident_words, S_IDENT },
	{ is_words, S_IS },
	{ whole_words, S_WHOLE },
	{ referrer_words, S_REFERRER },
	{ restrict_words, S_RESTRICT },
	{ browser_words, S_BROWSER },
};

#define MAX_WORDS 40  /* words read in one part: a sentence's worth */
#define BACK	  160 /* bytes of the value's line read before it */

struct words {
	unsigned char sign[MAX_WORDS];
	size_t n;
	int digest_name; /* an identifier `sha256_of_key`, `hashOfToken` */
	int comment;	 /* after_says: the words are a trailing comment's */
};

static unsigned char sign_of(const unsigned char *b, size_t s, size_t e)
{
	size_t k;

	if (e - s < 2 || e - s > 14)
		return S_NONE;
	for (k = 0; k < sizeof(lexicon) / sizeof(lexicon[0]); k++)
		if (word_among(b, s, e, lexicon[k].words))
			return lexicon[k].sign;
	return S_NONE;
}

static void add(struct words *w, unsigned char sign)
{
	if (w->n < MAX_WORDS)
		w->sign[w->n++] = sign;
}

/* An identifier b[s..e) naming a digest of something: `sha256_of_key`,
 * `hash-of-token`, `digestOfKey`. */
static int names_digest_of(const unsigned char *b, size_t s, size_t e)
{
	size_t k, ws, we, prev = 0;

	for (k = s; k < e; k = we) {
		while (k < e && !name_alnum(b[k]))
			k++;
		if (k >= e)
			break;
		ws = k;
		we = name_word_end(b, ws, e);
		if (prev && sign_of(b, ws, we) == S_OF && we < e)
			return 1;
		prev = sign_of(b, ws, we);
		prev = prev == S_ALGO || prev == S_NOUN;
	}
	return 0;
}

/*
 * Reads the prose words of b[s..e) into w. A word joined to others by
 * `_`, `-`, `.` or `/` is part of a name, a host or a path
 * (dead_letter_queue, --ssl-mode=DISABLED): no sign, save a digest's
 * (`sha256_of_key`). `sha-256` is one word.
 */
/* Whether the word b[ws..we) is a verb's `n't` (wasn't, hasn’t, don't):
 * n, then an apostrophe (ASCII or U+2019), then t ending the word. */
static int contracted_not(const unsigned char *b, size_t ws, size_t we, size_t e)
{
	size_t t;

	if (we - ws < 2 || (b[we - 1] | 0x20) != 'n')
		return 0;
	if (we + 1 < e && b[we] == '\'')
		t = we + 1;
	else if (we + 3 < e && !memcmp(b + we, "\xe2\x80\x99", 3))
		t = we + 3;
	else
		return 0;
	return (b[t] | 0x20) == 't' && (t + 1 == e || !name_alnum(b[t + 1]));
}

static void read_words(const unsigned char *b, size_t s, size_t e, struct words *w)
{
	size_t i = s, ws, we;

	while (i < e) {
		while (i < e && !name_alnum(b[i]))
			i++;
		if (i >= e)
			break;
		ws = i;
		while (i < e &&
		       (name_alnum(b[i]) ||
			((b[i] == '_' || b[i] == '-' || b[i] == '.' || b[i] == '/' ||
			  b[i] == ':') &&
			 i + 1 < e && (name_alnum(b[i + 1]) || b[i + 1] == '/'))))
			i++;
		we = i;
		for (i = ws; i < we && name_alnum(b[i]); i++)
			;
		if (i == we && contracted_not(b, ws, we, e)) {
			add(w, S_NOT); /* `wasn't`, `hasn’t`: the 't is its not */
			we += b[we] == '\'' ? 2 : 4;
		} else if (i == we) {
			unsigned char sign = sign_of(b, ws, we);

			/* `revoked?`: a question, not a state */
			add(w, sign == S_DEAD && we < e && b[we] == '?' ? S_NONE : sign);
		} else if (i - ws == 3 && equal_ci(b + ws, "sha", 3) && b[i] == '-') {
			add(w, S_ALGO);
		} else if (b[i] == '-' && word_among(b, ws, i, referrer_words) &&
			   word_among(b, i + 1, we, restrict_words)) {
			add(w, S_REFERRER); /* `referrer-locked` */
			add(w, S_RESTRICT);
		} else if (names_digest_of(b, ws, we)) {
			w->digest_name = 1;
			add(w, S_NONE);
		} else {
			add(w, S_NONE);
		}
		i = we;
	}
}

static int has(const struct words *w, unsigned char sign)
{
	return memchr(w->sign, sign, w->n) != NULL;
}

/* `never rotated`, `not revoked`, `hasn't been changed`: a dead or change
 * word denied, said of a value still live. */
static int negated_death(const struct words *w, size_t k)
{
	if (w->sign[k] != S_DEAD && w->sign[k] != S_CHANGE)
		return 0;
	return (k > 0 && w->sign[k - 1] == S_NOT) ||
	       (k > 1 && w->sign[k - 1] == S_AUX && w->sign[k - 2] == S_NOT);
}

/* `no longer`, `not in use`, `not valid`, `never used`: the value no
 * longer works (not `do not use`, `must not be used`: an order). */
static int negated_use(const struct words *w, size_t k)
{
	if (w->sign[k] != S_NOT || k + 1 >= w->n)
		return 0;
	return w->sign[k + 1] == S_LIVE || w->sign[k + 1] == S_NEW ||
	       (w->sign[k + 1] == S_IN && k + 2 < w->n && w->sign[k + 2] == S_USE);
}

/*
 * What a note or the words before a value say of it: 1 dead (revoked,
 * not in use), -1 the new one (new, current; a change done to another
 * value: `replaced the revoked key`), 0 nothing. A dead word before
 * many keys speaks of others (`revoked keys are listed in the wiki`).
 */
static int says_dead(const struct words *w)
{
	size_t k;
	int dead = 0;

	for (k = 0; k < w->n; k++) {
		if (w->sign[k] == S_NEW || negated_death(w, k) ||
		    (w->sign[k] == S_CHANGE && k + 1 < w->n && w->sign[k + 1] == S_ART))
			return -1;
		if ((w->sign[k] == S_DEAD &&
		     !(k + 1 < w->n && w->sign[k + 1] == S_MANY)) ||
		    negated_use(w, k))
			dead = 1;
	}
	return dead;
}

/* A note's words that call the value public by its author's word:
 * `public by design`, `public identifiers`, `(web) config is public`,
 * `these keys are public`; not `this repo is public` (of another thing)
 * nor `public key` alone (a key pair's half is named so, beside its
 * private one). */
static int says_public(const struct words *w)
{
	size_t k;

	for (k = 0; k < w->n; k++) {
		if (w->sign[k] != S_PUBLIC)
			continue;
		if (k + 1 < w->n && w->sign[k + 1] == S_IDENT)
			return 1;
		if (k + 2 < w->n && w->sign[k + 1] == S_BY && w->sign[k + 2] == S_DESIGN)
			return 1;
		if (k > 1 && w->sign[k - 1] == S_IS && w->sign[k - 2] == S_WHOLE)
			return 1;
	}
	/* `restricted by referrer`, `referrer-locked`; `browser key` */
	if (has(w, S_REFERRER) && has(w, S_RESTRICT))
		return 1;
	for (k = 0; k + 1 < w->n; k++)
		if (w->sign[k] == S_BROWSER && w->sign[k + 1] == S_WHOLE)
			return 1;
	return 0;
}

/* A name that calls its value a browser's key: `browser` then `key`
 * among its words (GOOGLE_MAPS_BROWSER_KEY, browserApiKey). */
static int names_browser_key(const unsigned char *b, size_t s, size_t e)
{
	size_t k, we;
	int browser = 0;

	for (k = s; (k = name_next_word(b, k, e, &we)) < e; k = we) {
		if (word_among(b, k, we, browser_words))
			browser = 1;
		else if (browser && we - k == 3 && equal_ci(b + k, "key", 3))
			return 1;
	}
	return 0;
}

/* A digest's words: `hash`, `checksum`, `sha256 of`, `md5 hash`, not
 * after `hmac`, `for` or `salt` within three words (`the HMAC-SHA256
 * signing key`, `salt for the hash`). */
static int says_digest(const struct words *w)
{
	size_t k, j;

	if (w->digest_name)
		return 1;
	for (k = 0; k < w->n; k++) {
		int blocked = 0;

		if (w->sign[k] != S_NOUN &&
		    !(w->sign[k] == S_ALGO && k + 1 < w->n &&
		      (w->sign[k + 1] == S_OF || w->sign[k + 1] == S_NOUN)))
			continue;
		for (j = k > 3 ? k - 3 : 0; j < k; j++)
			blocked |= w->sign[j] == S_BLOCK;
		if (!blocked)
			return 1;
	}
	return 0;
}

/* Whether s[0..n) has a digest's length: hex of MD5, SHA-1, SHA-224,
 * SHA-256, SHA-384 or SHA-512, or their padded base64. */
static int digest_shape(const unsigned char *s, size_t n)
{
	static const size_t hex[] = { 32, 40, 56, 64, 96, 128 };
	size_t i, k;

	for (k = 0; k < sizeof(hex) / sizeof(hex[0]); k++)
		if (n == hex[k])
			break;
	if (k < sizeof(hex) / sizeof(hex[0])) {
		for (i = 0; i < n && hex_value(s[i]) >= 0; i++)
			;
		if (i == n)
			return 1;
	}
	if (n == 24 || n == 28 || n == 44 || n == 64 || n == 88)
		return s[n - 1] == '=';
	return 0;
}

/* Bytes of a line read around a value: a longer line (minified code, a
 * log of escaped text with thousands of values) is read this far only,
 * so that each of its values costs the same. */
#define LINE_MAX_READ 512

/* The start of the line holding b[i], or (size_t)-1 when it starts more
 * than LINE_MAX_READ bytes before i. */
static size_t near_line_start(const unsigned char *b, size_t i)
{
	size_t from = i > LINE_MAX_READ ? i - LINE_MAX_READ : 0;
	const unsigned char *nl = memrchr(b + from, '\n', i - from);

	if (nl)
		return (size_t)(nl - b) + 1;
	return from == 0 ? 0 : (size_t)-1;
}

/* The end of the line holding b[i] ('\n' or len), at most LINE_MAX_READ
 * bytes on. */
static size_t near_line_end(const unsigned char *b, size_t len, size_t i)
{
	size_t to = len - i > LINE_MAX_READ ? i + LINE_MAX_READ : len;
	const unsigned char *nl = memchr(b + i, '\n', to - i);

	return nl ? (size_t)(nl - b) : to;
}

/* The signs of the name b[s..e)'s words (kioskPasswordOld, pass_old). */
static void name_words(const unsigned char *b, size_t s, size_t e, struct words *w,
		       unsigned char *last)
{
	/* what a digest in a name is of: `token_hash`, `apiKeyHash`, not
	 * `cookie_hash` (gorilla's securecookie hash key: a secret) */
	static const char *const hashed[] = {
		"key", "token",	 "secret",     "password", "passwd",	 "pass", "pwd",
		"pw",  "apikey", "credential", "pin",	   "passphrase", NULL
	};
	size_t k, we, ps = 0, pe = 0;

	*last = S_NONE;
	for (k = s; (k = name_next_word(b, k, e, &we)) < e; k = we) {
		*last = sign_of(b, k, we);
		if (*last == S_NOUN && !(pe > ps && word_among(b, ps, pe, hashed)))
			*last = S_NONE;
		ps = k;
		pe = we;
		/* not `dead`: DEAD_LETTER_QUEUE_PASSWORD */
		if (*last == S_OLD || *last == S_NEW || *last == S_AUX ||
		    (*last == S_DEAD && !(we - k == 4 && equal_ci(b + k, "dead", 4))))
			add(w, *last);
	}
	if (names_digest_of(b, s, e))
		*last = S_NOUN;
}

/* Where the text before b[vs] on its line (from ls) that belongs to its
 * sentence starts: after the last sentence end, other assignment or an
 * aside's opening '(' before a word. */
static size_t sentence_start(const unsigned char *b, size_t ls, size_t vs)
{
	size_t i, s = vs - ls > BACK ? vs - BACK : ls;

	for (i = vs; i > s; i--)
		if (((b[i - 1] == '.' || b[i - 1] == '!' || b[i - 1] == '?') && i < vs &&
		     (b[i] == ' ' || b[i] == '\t')) ||
		    b[i - 1] == '=' || b[i - 1] == '|' ||
		    /* an aside's words are its own: `key-based now (old pw X
		     * no longer accepted)` */
		    (b[i - 1] == '(' && i < vs && isalpha(b[i])) ||
		    (b[i - 1] == '&' && i > s + 1 &&
		     b[i - 2] != ' ')) /* not Rust's &str */
			return i;
	return s;
}

#define LIST_LINES 40 /* lines read up a `* ` run for a block comment's opener */

/* Whether the line from ps opens a block comment (slash-star): the `* `
 * lines below it are the comment's, not a list's. */
static int opens_block_comment(const unsigned char *b, size_t ps, size_t pe)
{
	size_t i = skip_blanks(b, ps, pe);

	return i + 1 < pe && b[i] == '/' && b[i + 1] == '*';
}

/* Whether the line above (from ps, its text from i) and the value's line
 * (from ls, its value at vs) are items of one `* ` list at one indent: an
 * item is its own sentence, not the note of the next (`* the old login X
 * is EXPIRED` above `* feed token: Y`). A block comment's `* ` lines are
 * one comment: its note stands. */
static int sibling_item(const unsigned char *b, size_t ps, size_t i, size_t ls, size_t vs)
{
	size_t at = ls + (i - ps), up = ps, n;

	if (b[i] != '*' || b[i + 1] != ' ' || at + 1 >= vs)
		return 0;
	if (skip_blanks(b, ls, at) != at || b[at] != '*' || b[at + 1] != ' ')
		return 0;
	for (n = 0; n < LIST_LINES && up >= 2; n++) {
		size_t pe = up - 1, s = near_line_start(b, up - 1), k;

		if (s == (size_t)-1)
			return 0;
		k = skip_blanks(b, s, pe);
		if (k < pe && b[k] == '*' && (k + 1 == pe || b[k + 1] != '/')) {
			up = s;
			continue;
		}
		return !opens_block_comment(b, s, pe);
	}
	return n < LIST_LINES;
}

/* A byte's class for note_holds_value: upper, lower, digit or symbol. */
static int char_class(unsigned char c)
{
	return isupper(c) ? 1 : islower(c) ? 2 : isdigit(c) ? 3 : 4;
}

/* Whether the note from i to e carries a value of its own: a word of 12
 * or more characters whose case, digits and symbols change 6 times or
 * more, as a random key's do (`; old password vYA-d!Rx9=3p!m13 (rotated
 * 2025-06)`),
 * not a name's (PostgreSQL-Backup, GitHubActions). Its old and dead words
 * are that value's, not the next line's. */
static int note_holds_value(const unsigned char *b, size_t i, size_t e)
{
	while (i < e) {
		size_t s = i, changes = 0;

		while (i < e && isgraph(b[i]) && !strchr("()[]{},;\"'`", b[i])) {
			if (i > s && char_class(b[i]) != char_class(b[i - 1]))
				changes++;
			i++;
		}
		if (i - s >= 12 && changes >= 6)
			return 1;
		if (i == s)
			i++;
	}
	return 0;
}

/* The note on the line above the one starting at ls: its words from
 * after a comment's mark or a `"_comment":` key. (A sentence ending in
 * ':' above a value is narrative, not its annotation: `the staging stack
 * used this key until it was rotated (revoked, kept for the audit):`
 * introduces a key a reader must still see.) */
static int note_above(const unsigned char *b, size_t ls, size_t vs, struct words *w)
{
	size_t ps, pe, i, m;

	if (ls < 2)
		return 0;
	pe = ls - 1;
	if (pe > 0 && b[pe - 1] == '\r')
		pe--;
	ps = near_line_start(b, ls - 1);
	if (ps == (size_t)-1)
		return 0;
	if (pe - ps > 400)
		return 0;
	i = skip_blanks(b, ps, pe);
	if (i == pe || sibling_item(b, ps, i, ls, vs))
		return 0;
	if ((m = kh_comment_mark(b, i, pe, KH_MARKS_LEADING | KH_MARK_BANG))) {
		if (note_holds_value(b, i + m, pe))
			return 1; /* a note of its own value: none of ours */
		read_words(b, i + m, pe, w);
		return 1;
	}
	if (b[i] == '"' && pe - i > 12) {
		size_t k = i + 1;

		while (k < pe && (b[k] == '@' || b[k] == '_'))
			k++;
		if ((pe - k > 9 && equal_ci(b + k, "comment\"", 8)) ||
		    (pe - k > 6 && equal_ci(b + k, "note\"", 5)) ||
		    (pe - k > 5 && b[k] == '/' && b[k + 1] == '/')) {
			read_words(b, k, pe, w);
			return 1;
		}
	}
	return 0;
}

/* The note of the value's object: the comment above the line above,
 * when that line opens an object or a call's arguments (`const config =
 * {`, `initializeApp({`): a note on an object speaks of its members.
 * Read for the public sign only: a dead word there may be one member's. */
static void object_note(const unsigned char *b, size_t ls, struct words *w)
{
	size_t pe, ps, e;

	if (ls < 2)
		return;
	pe = ls - 1;
	ps = near_line_start(b, pe);
	if (ps == (size_t)-1 || ps < 2)
		return;
	for (e = pe; e > ps && (b[e - 1] == ' ' || b[e - 1] == '\t' || b[e - 1] == '\r');
	     e--)
		;
	if (e == ps || (b[e - 1] != '{' && b[e - 1] != '('))
		return;
	note_above(b, ps, ps, w);
}

/*
 * Whether the value's block is named dead: the nearest line above (at
 * most PARENT_LINES up) indented less than the value's line (a YAML
 * parent `revoked:`) or, at the same indent, an INI section header
 * (`[deprecated_keys]`), has a name with a dead word or `deprecated`.
 */
#define PARENT_LINES 24

static int parent_says_dead(const unsigned char *b, size_t ls)
{
	size_t indent = skip_blanks(b, ls, ls + 64) - ls, ps = ls, pe, i, k, we, n;

	for (n = 0; n < PARENT_LINES && ps > 0; n++) {
		pe = ps - 1;
		ps = near_line_start(b, pe);
		if (ps == (size_t)-1)
			return 0;
		i = skip_blanks(b, ps, pe);
		if (i == pe || kh_comment_mark(b, i, pe, KH_MARKS_LEADING))
			continue;
		if (b[i] != '[' && i - ps >= indent)
			continue;
		if (b[i] == '-' && i + 1 < pe && b[i + 1] == ' ') {
			indent = i - ps; /* a list's item: the list's name is above */
			continue;
		}
		for (k = i + (b[i] == '[');
		     k < pe && (code_name_byte(b[k]) || b[k] == '.'); k++)
			;
		if (k == pe || !(b[k] == ':' || b[k] == ']') ||
		    skip_blanks(b, k + 1, pe) < pe - (pe > k + 1 && b[pe - 1] == '\r'))
			return 0; /* a value's line, or no name: no block */
		for (k = i; k < pe; k = we) {
			while (k < pe && !name_alnum(b[k]))
				k++;
			if (k >= pe)
				break;
			we = name_word_end(b, k, pe);
			if (sign_of(b, k, we) == S_DEAD ||
			    (we - k == 10 && equal_ci(b + k, "deprecated", 10)))
				return 1;
		}
		return 0;
	}
	return 0;
}

/* Whether the line from b[ls] goes on with the sentence before it: it
 * starts with a word in lower case followed by a blank (`was rotated in
 * March`), not a name (`buffer=1`, `user: x`). */
static int continues(const unsigned char *b, size_t len, size_t ls)
{
	size_t i = skip_blanks(b, ls, len), k;

	if (i >= len || b[i] < 'a' || b[i] > 'z')
		return 0;
	for (k = i; k < len && (b[k] >= 'a' && b[k] <= 'z'); k++)
		;
	return k < len && (b[k] == ' ' || b[k] == ',');
}

/*
 * Where an aside after the value (from b[from], before b[to]) names
 * another value in marks: `X (the vendor default `admin` no longer
 * works)`; `aside`: one opened before b[from]. Its words from there on speak of that
 * value, not of this one (a dead word before it still does: `X (revoked, use `Y`)`). to
 * when none.
 */
static size_t other_value_at(const unsigned char *b, size_t from, size_t to, int aside)
{
	size_t k, c;

	for (k = from; k < to; k++) {
		if (b[k] == '(')
			aside = 1;
		if (!aside || (b[k] != '`' && b[k] != '"') ||
		    !(b[k - 1] == ' ' || b[k - 1] == '\t'))
			continue;
		for (c = k + 1; c < to && b[c] != b[k] && b[c] != ' '; c++)
			;
		if (c < to && b[c] == b[k] && c > k + 1)
			return k;
	}
	return to;
}

/*
 * The sentence after the value b[ve..): what it says first decides.
 * Returns 1 dead, -1 live (a new value's word), 0 nothing. `old`: the
 * words before call the value old, so a change after it is its end.
 */
static int after_says(const unsigned char *b, size_t len, size_t ve, int old,
		      struct words *w)
{
	size_t e = near_line_end(b, len, ve), i, k, m, n;
	int marked;

	/* `v ; revoked 2023-12`: a trailing comment, read from its mark */
	i = skip_blanks(b, ve, e);
	while (i < e && strchr("\"'`)]>,", b[i]))
		i = skip_blanks(b, i + 1, e);
	marked = i > ve;
	if ((m = kh_comment_mark(b, i, e, KH_MARKS_INLINE))) {
		ve = i + m;
		w->comment = 1;
	}
	for (i = ve; i < e; i++)
		if ((b[i] == '.' || b[i] == '!' || b[i] == ';') &&
		    (i + 1 == e || b[i + 1] == ' ' || b[i + 1] == '\r'))
			break;
	i = other_value_at(b, ve, i, 0);
	n = w->n;
	read_words(b, ve, i, w);
	/* (a sentence begun after the value, or a value in its marks (`the
	 * password (v)` then `was rotated`): a bare value last on its line,
	 * a config's, does not run on into the next line's words) */
	if (i == e && e < len && (w->n > n || marked) && continues(b, len, e + 1)) {
		size_t e2 = near_line_end(b, len, e + 1), j;

		for (j = e + 1; j < e2 && !(b[j] == '.' || b[j] == ';'); j++)
			;
		/* (the aside opened on the line above) */
		j = other_value_at(b, e + 1, j, memchr(b + ve, '(', e - ve) != NULL);
		read_words(b, e + 1, j, w);
	}
	/* `revoked 2026-10-01, still valid until rotated!` */
	if (has(w, S_STILL))
		return -1;
	for (k = 0; k < w->n; k++) {
		if (negated_death(w, k))
			return -1;
		if (w->sign[k] == S_DEAD || negated_use(w, k))
			return 1;
		/* a new value's word, or another value's (`was rotated to X
		 * (old one revoked)`): the sentence speaks of this one as live */
		if (w->sign[k] == S_NEW || w->sign[k] == S_OLD)
			return -1;
		/* `X (encrypted, safe)`, not `# for the encrypted volume` */
		if (w->sign[k] == S_SEALED && !(k > 0 && w->sign[k - 1] == S_BLOCK) &&
		    !(k > 1 && w->sign[k - 2] == S_BLOCK))
			return 1;
		if (w->sign[k] == S_CHANGE &&
		    (old || (k > 0 && w->sign[k - 1] == S_AUX) ||
		     (k > 1 && w->sign[k - 2] == S_AUX)))
			return 1;
	}
	return 0;
}

/* A ciphertext by its program's marker, closed at or just after the
 * value's end (a rule may leave the close out): Jasypt's ENC(...), Cirrus
 * CI's ENCRYPTED[...]. */
static int sealed_by_marker(const unsigned char *b, size_t len, size_t vs, size_t ve)
{
	static const struct {
		const char *open;
		unsigned char close;
	} marks[] = { { "ENC(", ')' }, { "ENCRYPTED[", ']' } };
	size_t k, n;

	for (k = 0; k < sizeof(marks) / sizeof(marks[0]); k++) {
		n = strlen(marks[k].open);
		if (ve - vs > n && !memcmp(b + vs, marks[k].open, n) &&
		    (b[ve - 1] == marks[k].close ||
		     (ve < len && b[ve] == marks[k].close)))
			return 1;
	}
	return 0;
}

/*
 * Whether the name b[ns..ne) ends in `salt` and a `hash` setting holding a
 * digest's hex stands within two lines of it (ZNC's <Pass> block: Method,
 * Hash, Salt): a stored password's record keeps its salt in the clear
 * beside the digest; the password is the secret, and it is not there. An
 * application's own salt (Drupal's hash_salt, Nextcloud's passwordsalt,
 * WordPress's AUTH_SALT) has no digest beside it.
 */
static int salt_beside_digest(const unsigned char *b, size_t len, size_t ls, size_t ns,
			      size_t ne)
{
	size_t from = ls, to = ne, lines, i, v, e;

	if (ne - ns < 4 || strncasecmp((const char *)b + ne - 4, "salt", 4))
		return 0;
	for (lines = 0; lines < 2 && from > 0; lines++) {
		size_t s = near_line_start(b, from - 1);

		if (s == (size_t)-1)
			break;
		from = s;
	}
	for (lines = 0; lines < 3 && to < len; lines++)
		to = near_line_end(b, len, to + (lines > 0));
	for (i = from; i + 4 < to; i++) {
		if (strncasecmp((const char *)b + i, "hash", 4) ||
		    (i > 0 && (isalnum(b[i - 1]) || b[i - 1] == '_')))
			continue;
		for (v = i + 4; v < to && strchr(" \t=:\"'", b[v]); v++)
			;
		if (v == i + 4)
			continue; /* a longer word (hashes, hash_salt) */
		for (e = v; e < to && hex_value(b[e]) >= 0; e++)
			;
		if (e - v >= 32 && digest_shape(b + v, e - v))
			return 1;
	}
	return 0;
}

int kh_text_calls_dead(const unsigned char *b, size_t len, size_t vs, size_t ve)
{
	struct words before, note, after, object;
	size_t ls, ns, ne, ss;
	unsigned char last;
	int old, note_old, verdict, long_line;

	if (vs >= ve || ve > len)
		return 0;
	memset(&before, 0, sizeof(before));
	memset(&note, 0, sizeof(note));
	memset(&after, 0, sizeof(after));
	memset(&object, 0, sizeof(object));
	if (sealed_by_marker(b, len, vs, ve))
		return 1;
	ls = near_line_start(b, vs);
	long_line = ls == (size_t)-1;
	if (long_line) /* its own words only: no note, no block */
		ls = vs - BACK;
	ne = value_own_name(b, ls, vs, &ns);
	if (!long_line && salt_beside_digest(b, len, ls, ns, ne))
		return 1;
	ss = sentence_start(b, ls, ns);
	read_words(b, ss, ns, &before);
	name_words(b, ns, ne, &before, &last);
	/* `password was X`: a past value */
	old = has(&before, S_OLD) || (before.n && before.sign[before.n - 1] == S_AUX);
	/* a markup element's line (`<Data name="k"><value>v`): its
	 * attributes' `=` start no other assignment, the note above is its */
	if (!long_line && (ss == ls || b[skip_blanks(b, ls, vs)] == '<') &&
	    !note_above(b, ls, vs, &note))
		object_note(b, ls, &object);
	/* a note's old word leads it (`# previous one, rotated`, not `# PSK
	 * written by the old role`, which is about a role) */
	note_old = (note.n && note.sign[0] == S_OLD) ||
		   (note.n > 1 && note.sign[1] == S_OLD);
	verdict = after_says(b, len, ve, old || note_old, &after);
	if (says_public(&note) || says_public(&object) ||
	    (after.comment && says_public(&after)) || names_browser_key(b, ns, ne))
		return 1;
	if (digest_shape(b + vs, ve - vs) &&
	    (last == S_NOUN || last == S_ALGO ||
	     (says_digest(&before) && !memchr(b + ls, '(', vs - ls)) ||
	     says_digest(&note) ||
	     (after.comment && says_digest(&after)))) /* not a URL's files/{hash} */
		return 1;
	if (verdict < 0 || says_dead(&before) < 0 || says_dead(&note) < 0)
		return 0;
	if (verdict > 0 || says_dead(&before) > 0 || says_dead(&note) > 0 ||
	    (!long_line && parent_says_dead(b, ls)))
		return 1;
	/* an old value and a change: `# previous one, rotated` (keeping is no
	 * change: `# old value kept for reference` stays reported) */
	return (old || note_old) && has(&note, S_CHANGE);
}
