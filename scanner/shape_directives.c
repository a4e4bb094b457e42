/*
 * shape_directives.c - directive configs: `keyword [words...] <secret-word>
 * [qualifiers] <value>` lines with no `=` or `:` between a credential's
 * word and its value.
 */
#include "shape_internal.h"

#include <ctype.h>
#include <pthread.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "text.h"
#include "util.h"
#include "validate.h"

/*
 * Network gear and routing daemons (Cisco IOS/NX-OS/ASA, Arista EOS,
 * Junos, VyOS/EdgeOS, FortiOS, Huawei VRP, ProCurve, Dell OS10, FRR,
 * Quagga, BIRD, keepalived, OpenWrt's UCI, RouterOS exports) write a
 * credential as words: a keyword saying what is set (`username ops`,
 * `neighbor 10.0.0.2`, `set system login user ops authentication`), the
 * credential's word (password, secret, key, community, pre-shared-key,
 * psksecret, auth_pass), qualifiers (a type digit, `ascii`, `simple`,
 * `plaintext`, a key id, an algorithm) and the value. A type digit or word
 * that says hashed or encrypted (Cisco's 5/7/8/9, `encrypted`, FortiOS's
 * ENC, Huawei's cipher) ends the line's reading: what follows is no
 * password as written. RouterOS writes `name=value` words after its
 * command. One reader takes them all and hands each value to the generic
 * rules as `<word>_password = "value"`; the judge decides the value.
 */

#define DIRECTIVE_MAX_WORDS 24

/* Where the last segment of b[s..e) starts: after its last '-' or '_'. */
static size_t last_segment(const unsigned char *b, size_t s, size_t e)
{
	size_t k = e;

	while (k > s && b[k - 1] != '-' && b[k - 1] != '_')
		k--;
	return k;
}

/*
 * Whether the word b[s..e) names a credential a directive sets: its last
 * segment a password's, a secret's, a PSK's, a community's or a key's
 * (authentication-key, pre-shared-key, key-string, key alone), a pass
 * after another word (auth_pass), in lower case; a `-value` tail aside
 * (plain-text-password-value). A word that says hashed or encrypted
 * (encrypted-password, secret-hash) or a key of no secret (public-key,
 * host-key, an api-key: a provider's, its rules', a key-chain's name) is
 * none.
 */
static int directive_secret_word(const unsigned char *b, size_t s, size_t e)
{
	static const char *const lasts[] = { "password",  "passwd",	"secret",
					     "psk",	  "passphrase", "community",
					     "psksecret", NULL };
	static const char *const no_key[] = { "public", "host",	  "primary", "foreign",
					      "sort",	"lookup", "routing", "cache",
					      "hot",	"ssh",	  "rsa",     "dsa",
					      "ecdsa",	"chain",  "id",	     "api",
					      NULL };
	size_t w, k;
	int said;

	/* devices' words are lower-case: an upper-case one is a variable's
	 * name (Tcl's set CONVERTKIT_API_KEY "...", its own readers') */
	if (e - s < 3 || e - s > 40 || !islower(b[s]))
		return 0;
	w = last_segment(b, s, e);
	if (w > s + 1 && e - w == 5 && equal_ci(b + w, "value", 5))
		w = last_segment(b, s, e = w - 1); /* plain-text-password-value */
	if (word_among(b, w, e, lasts))
		said = 1;
	else if (e - w == 6 && equal_ci(b + w, "string", 6))
		said = w > s + 1 && ends_ci(b, s, w - 1, "key"); /* key-string */
	else if (e - w == 4 && equal_ci(b + w, "pass", 4))
		said = w > s; /* auth_pass, not pass alone */
	else if (e - w == 3 && equal_ci(b + w, "key", 3))
		said = w == s || !word_among(b, last_segment(b, s, w - 1), w - 1, no_key);
	else
		return 0;
	for (k = s; said && k < e; k++)
		if (!ident_byte(b[k]) || isupper(b[k]))
			return 0;
	return said && !kh_contains_ci(b + s, e - s, "encrypt", 0) &&
	       !kh_contains_ci(b + s, e - s, "hash", 0) &&
	       !kh_contains_ci(b + s, e - s, "cipher", 0);
}

/* Qualifiers between a credential's word and a plain value: a type 0, a
 * key's id, an algorithm, the words that say the value is as written. */
static int directive_plain_mark(const unsigned char *b, size_t s, size_t e)
{
	static const char *const marks[] = { "ascii",  "ascii-text", "plaintext",
					     "simple", "cleartext",  "unencrypted",
					     NULL };

	return word_among(b, s, e, marks);
}

/* An algorithm, or a community's access (EXOS's add community
 * readwrite x): words between a credential's word and its value. */
static int directive_algorithm(const unsigned char *b, size_t s, size_t e)
{
	static const char *const algs[] = {
		"md5",		"sha",	    "sha1",	 "sha-1",      "sha256",
		"sha-256",	"hmac-md5", "hmac-sha1", "hmac-sha-1", "hmac-sha256",
		"hmac-sha-256", "aes",	    "readonly",	 "readwrite",  "read-only",
		"read-write",	NULL
	};

	return word_among(b, s, e, algs);
}

/* Words that say the value beside them is stored hashed or encrypted, or
 * that the line sets none: Cisco's types 4 to 9, `encrypted`, FortiOS's
 * ENC, Huawei's cipher, `encryption` (password encryption aes). */
static int directive_stored_mark(const unsigned char *b, size_t s, size_t e)
{
	static const char *const marks[] = { "encrypted",
					     "encryption",
					     "enc",
					     "cipher",
					     "irreversible-cipher",
					     "hashed",
					     "hash",
					     "sha512",
					     "scrypt",
					     "pbkdf2",
					     "secret",
					     "password",
					     "md5-hash",
					     "auto-generated",
					     NULL };

	if (e - s == 1 && b[s] >= '4' && b[s] <= '9')
		return 1;
	return word_among(b, s, e, marks);
}

/* The words of b[i..le) (a quoted one whole, its quotes kept), up to a
 * comment: how many, DIRECTIVE_MAX_WORDS + 1 when more. */
static size_t directive_words(const unsigned char *b, size_t i, size_t le,
			      size_t (*words)[2])
{
	size_t n = 0, s, e;

	for (i = skip_blanks(b, i, le); i < le; i = skip_blanks(b, i, le)) {
		if (kh_comment_mark(b, i, le, KH_MARK_HASH | KH_MARK_SLASH))
			break;
		if (n == DIRECTIVE_MAX_WORDS)
			return n + 1;
		words[n][0] = i;
		if ((b[i] == '"' || b[i] == '\'') && (e = quoted(b, i, le, &s, &e)))
			i = e;
		else
			while (i < le && b[i] != ' ' && b[i] != '\t')
				i++;
		words[n++][1] = i;
	}
	return n;
}

/* The value the word b[*vs..*ve) holds: its quotes and a `;` it ends in
 * (Junos, BIRD) dropped. */
static void directive_value(const unsigned char *b, size_t *vs, size_t *ve)
{
	while (*ve > *vs && b[*ve - 1] == ';')
		(*ve)--;
	if (*ve - *vs >= 2 && (b[*vs] == '"' || b[*vs] == '\'') && b[*ve - 1] == b[*vs]) {
		(*vs)++;
		(*ve)--;
	}
}

/* Whether b[s..e) is letters of one case alone: a word (prose's
 * "mention password alternatives"), no password a device holds. */
static int one_case_word(const unsigned char *b, size_t s, size_t e)
{
	int lower = 0, upper = 0;

	for (; s < e; s++) {
		if (!isalpha(b[s]))
			return 0;
		lower |= islower(b[s]) != 0;
		upper |= isupper(b[s]) != 0;
	}
	return !(lower && upper);
}

/* Appends the pair named by the word b[ns..ne) with the value b[vs..ve),
 * as the word's last segment names it (message-digest-key: key_password):
 * the words before say what the key is for, not that it is none. */
static int directive_emit(struct kh_layer *l, const unsigned char *b, size_t ns,
			  size_t ne, size_t vs, size_t ve)
{
	/* a value leads with a letter, a digit or a password's mark: not
	 * prose's "(RFC7217)" nor C's `struct shared_key *null_key;` */
	if (!b[vs] || (!name_alnum(b[vs]) && !strchr("\"'!@#%^+._~-", b[vs])))
		return 0;
	directive_value(b, &vs, &ve);
	if (!plausible_value(b + vs, ve - vs) || one_case_word(b, vs, ve))
		return 0;
	if (ends_ci(b, ns, ne, "-value") || ends_ci(b, ns, ne, "-string"))
		ne = last_segment(b, ns, ne) - 1; /* -password-value, key-string */
	ns = last_segment(b, ns, ne);
	return emit_named(l, b, ns, ne,
			  ends_ci(b, ns, ne, "password") || ends_ci(b, ns, ne, "passwd")
				  ? ""
				  : "_password",
			  vs, ve);
}

/* Whether words[k] of n says the value is stored hashed or encrypted
 * (a digit before an algorithm is a key's id: ntp authentication-key 7
 * md5 x). */
static int stored_at(const unsigned char *b, const size_t (*words)[2], size_t n, size_t k)
{
	return directive_stored_mark(b, words[k][0], words[k][1]) &&
	       !(k + 1 < n && isdigit(b[words[k][0]]) &&
		 directive_algorithm(b, words[k + 1][0], words[k + 1][1]));
}

/*
 * The value of the credential's word words[w] of n: after its qualifiers
 * (a type 0, a key's id, an algorithm, `ascii`/`simple`/`plaintext` and
 * what a ProCurve puts before them), when no word says it is stored
 * hashed or encrypted and no more than three words follow it. Its word's
 * index, or 0.
 */
static size_t directive_value_at(const unsigned char *b, const size_t (*words)[2],
				 size_t n, size_t w)
{
	size_t k = w + 1, v = 0, m;

	/* a plain mark within four words names the value after it */
	for (m = k; m < n && m <= w + 4; m++)
		if (directive_plain_mark(b, words[m][0], words[m][1])) {
			v = m + 1;
			break;
		}
	for (; !v && k < n; k++) {
		size_t s = words[k][0], e = words[k][1];

		if (stored_at(b, words, n, k))
			return 0;
		if ((e - s <= 3 && isdigit(b[s]) && isdigit(b[e - 1])) ||
		    directive_algorithm(b, s, e))
			continue; /* a type 0, a key's id, md5 */
		v = k;
	}
	for (m = w + 1; m < v; m++)
		if (stored_at(b, words, n, m))
			return 0;
	if (!v || v >= n || n - v > 4 ||
	    (v + 1 < n && directive_stored_mark(b, words[v + 1][0], words[v + 1][1])))
		return 0; /* ASA's `password x encrypted` */
	return v;
}

/* RouterOS's `name=value` words after its command (`/user add
 * name=ops password=x`, `set [ find ] wpa2-pre-shared-key=x`). */
static int directive_assignments(struct kh_layer *l, const unsigned char *b,
				 const size_t (*words)[2], size_t n)
{
	size_t k, eq;

	for (k = 1; k < n; k++) {
		const unsigned char *c =
			memchr(b + words[k][0], '=', words[k][1] - words[k][0]);

		if (!c)
			continue;
		eq = (size_t)(c - b);
		if (directive_secret_word(b, words[k][0], eq) &&
		    directive_emit(l, b, words[k][0], eq, eq + 1, words[k][1]) < 0)
			return -1;
	}
	return 0;
}

/*
 * RANCID's .cloginrc: `add <directive> <hostname glob> {<value>} ...`,
 * each value a Tcl word in braces. The password directive holds the vty
 * password and then the enable password, userpassword and passphrase
 * one each; every value after the glob is a credential. A directive of
 * none (user, method, autoenable) is no one's.
 */
static int cloginrc_values(struct kh_layer *l, const unsigned char *b,
			   const size_t (*words)[2], size_t n)
{
	static const char *const directives[] = { "password", "userpassword",
						  "passphrase", NULL };
	size_t k, vs, ve;

	if (n < 4 || n > 5 || !word_at(b, words[0][0], words[0][1], "add") ||
	    !word_among(b, words[1][0], words[1][1], directives))
		return 0;
	for (k = 3; k < n; k++) {
		vs = words[k][0];
		ve = words[k][1];
		if (ve - vs >= 2 && b[vs] == '{' && b[ve - 1] == '}') {
			vs++;
			ve--;
		}
		if (directive_emit(l, b, words[1][0], words[1][1], vs, ve) < 0)
			return -1;
	}
	return 0;
}

/* Whether the words lead a command: a RouterOS menu path, add or set. */
static int leading_command(const unsigned char *b, const size_t (*words)[2])
{
	static const char *const verbs[] = { "add", "set", NULL };

	return b[words[0][0]] == '/' || word_among(b, words[0][0], words[0][1], verbs);
}

int directive_line(const unsigned char *b, size_t ls, size_t le, struct kh_layer *l)
{
	static const char *const determiners[] = { "the", "a",	   "an",   "my",
						   "our", "their", "your", "his",
						   "her", "its",   "this", NULL };
	size_t words[DIRECTIVE_MAX_WORDS][2], n, w, v, e, before = l->n;

	/* a device's line starts lower-case or with a menu's '/'; a call's
	 * parentheses are code's */
	ls = skip_blanks(b, ls, le);
	e = skip_blanks_back(b, le, ls);
	if (ls >= e || (!islower(b[ls]) && b[ls] != '/'))
		return 0;
	/* code's line ends so (a `;` after a quote is Junos's, BIRD's) */
	if (strchr("{,\\", b[e - 1]) ||
	    (b[e - 1] == ';' && e - ls > 1 && b[e - 2] != '"' && b[e - 2] != '\'') ||
	    memchr(b + ls, '(', e - ls))
		return 0;
	n = directive_words(b, ls, le, words);
	if (n < 2 || n > DIRECTIVE_MAX_WORDS)
		return 0;
	if (leading_command(b, words)) {
		if (directive_assignments(l, b, words, n) < 0 ||
		    cloginrc_values(l, b, words, n) < 0)
			return -1;
		if (l->n > before)
			return 0;
	}
	/* `no password`: a setting removed; a netrc entry (machine ...
	 * password x) is the netrc rule's, by its path; wpa_passphrase(8)
	 * is a command, its network's name first (the cli rule's) */
	if (!isalpha(b[words[0][0]]) || word_at(b, words[0][0], words[0][1], "machine") ||
	    word_at(b, words[0][0], words[0][1], "wpa_passphrase") ||
	    (words[0][1] - words[0][0] == 2 && equal_ci(b + words[0][0], "no", 2)))
		return 0;
	for (w = 0; w + 1 < n; w++) {
		if (!directive_secret_word(b, words[w][0], words[w][1]))
			continue;
		/* `... and the password v.`: a sentence, its value prose's
		 * (without its full stop), no device's setting */
		if (b[e - 1] == '.' && w > 0 &&
		    word_among(b, words[w - 1][0], words[w - 1][1], determiners))
			return 0;
		/* `name = value` and `name: value` are config_line's; a
		 * statement before the word (`x = 1; app_secret v`) is code's */
		if (b[words[w + 1][0]] == '=' || b[words[w][1] - 1] == ':' ||
		    memchr(b + ls, '=', words[w][0] - ls) ||
		    memchr(b + ls, ';', words[w][0] - ls))
			return 0;
		/* (BIND's key "name" secret value: the key's ends at secret) */
		if ((v = directive_value_at(b, words, n, w)))
			return directive_emit(l, b, words[w][0], words[w][1], words[v][0],
					      words[v][1]);
	}
	return 0;
}

int directive_named(struct kh_hit *h)
{
	const unsigned char *b = h->b;
	size_t len = h->len, last = h->last;
	size_t s = last, e = last + 1, k, ls;

	while (e < len && ident_byte(b[e]))
		e++;
	/* most hits: no blank or '=' after their word */
	if (e >= len || (b[e] != ' ' && b[e] != '\t' && b[e] != '='))
		return 0;
	k = skip_blanks(b, e, len);
	/* a value's lead after blanks (not `*ptr;`, `= x`, `: x`) */
	if (k > e && (k == len || (!name_alnum(b[k]) && b[k] != '"' && b[k] != '\'')))
		return 0;
	while (s > 0 && ident_byte(b[s - 1]))
		s--;
	if (!directive_secret_word(b, s, e))
		return 0;
	/* the line starts as directive_line() reads one: not a comment's
	 * or a sentence's (` * the secret key is`, `The password ...`) */
	ls = line_start_within(b, s, 4096);
	if (ls > s)
		return 0;
	ls = skip_blanks(b, ls, s);
	if (!islower(b[ls]) && b[ls] != '/')
		return 0;
	/* a RouterOS command's name=value word */
	return k > e || b[ls] == '/' || word_at(b, ls, s, "add") ||
	       word_at(b, ls, s, "set");
}

/* The first words of a network device's or routing daemon's config
 * lines (Cisco, Arista, ProCurve, Dell, Huawei, FRR, Quagga, BIRD,
 * keepalived, EXOS, RouterOS), not a shell's or a program's. */
static const char *const device_heads[] = { "hostname",
					    "sysname",
					    "interface",
					    "router",
					    "username",
					    "enable",
					    "snmp-server",
					    "snmp-agent",
					    "line",
					    "ip",
					    "ipv6",
					    "aaa",
					    "aaa-server",
					    "service",
					    "version",
					    "neighbor",
					    "password",
					    "radius-server",
					    "tacacs-server",
					    "tunnel-group",
					    "crypto",
					    "access-list",
					    "spanning-tree",
					    "vlan",
					    "ntp",
					    "logging",
					    "banner",
					    "local-user",
					    "protocol",
					    "vrrp_instance",
					    "vrrp_script",
					    "virtual_server",
					    "key",
					    "key-string",
					    "address-family",
					    "network",
					    "exit",
					    "end",
					    "log",
					    "Building",
					    "Current",
					    "configure",
					    "create",
					    "disable",
					    NULL };

/* device_heads[]' first bytes, a bit each, and their longest: most
 * first words are turned away by a bit, not by the list (asked of every
 * file's first line) */
static uint64_t head_firsts[4];
static size_t head_max;
static pthread_once_t heads_once = PTHREAD_ONCE_INIT;

static void heads_init(void)
{
	size_t k, n;

	for (k = 0; device_heads[k]; k++) {
		n = strlen(device_heads[k]);
		head_firsts[(unsigned char)device_heads[k][0] / 64] |=
			1ull << ((unsigned char)device_heads[k][0] % 64);
		head_max = n > head_max ? n : head_max;
	}
}

static int device_head(const unsigned char *b, size_t s, size_t e)
{
	size_t k;

	if (b[s] == '/') /* /interface, /ip address; not a comment (// or slash-star) */
		return e - s > 2 && islower(b[s + 1]);
	/* in their case: SQL's CREATE is no device's */
	if (e - s > head_max || !(head_firsts[b[s] / 64] >> (b[s] % 64) & 1))
		return 0;
	for (k = 0; device_heads[k]; k++)
		if (device_heads[k][0] == b[s] && strlen(device_heads[k]) == e - s &&
		    !memcmp(b + s, device_heads[k], e - s))
			return 1;
	return 0;
}

/* Whether the text b[0..len) is a device's config by its first lines:
 * the first and two more of them led by a device's word, more than twice
 * the others (`!` and `#` lines aside). A saved `show running-config`
 * or a RouterOS export is a config whatever its file is named. */
int kh_shape_config_text(const unsigned char *b, size_t len)
{
	size_t at, le, s, e, heads = 0, others = 0, lines;

	pthread_once(&heads_once, heads_init);
	for (at = 0, lines = 0; at < len && lines < 24 && others < 4; at = le + 1) {
		le = line_end(b, len, at);
		s = skip_blanks(b, at, le);
		if (s == le || b[s] == '!' || b[s] == '#')
			continue;
		lines++;
		for (e = s; e < le && b[e] != ' ' && b[e] != '\t' && b[e] != '\r'; e++)
			;
		if (device_head(b, s, e))
			heads++;
		else if (!heads)
			return 0; /* most files: out at their first line */
		else
			others++;
	}
	return heads >= 3 && heads > 2 * others;
}
