/*
 * shape_words.c - names a syntax hides or whose last word tells, whole
 * syntaxes (LaTeX, reStructuredText, notebooks, decorators), and the glue-free
 * reader of a name and a value on its line.
 */
#include "shape_internal.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "util.h"
#include "validate.h"

/* ---- syntaxes that hide a name, names whose last word tells ------------- */

/* A pre-shared key's glued name: the tunnel or link it keys, then PSK
 * (Zabbix's TLSPSK, wpapsk, IPSECPSK); not a word that ends in psk. */
static int glued_psk(const unsigned char *s, size_t n)
{
	static const char *const heads[] = { "tls", "wpa", "wpa2", "wifi", "ipsec",
					     "ike", "vpn", "wg",   NULL };
	size_t k, h;

	if (n < 5 || !ends_ci(s, 0, n, "psk"))
		return 0;
	for (h = n - 3; h > 0 && isalnum(s[h - 1]); h--)
		;
	/* the head the whole word, or its last camelCase word (staffWifiPsk) */
	for (k = 0; heads[k]; k++) {
		size_t st = n - 3 - strlen(heads[k]);

		if (n - 3 - h >= strlen(heads[k]) && ends_ci(s, st, n - 3, heads[k]) &&
		    (st == h || (isupper(s[st]) && islower(s[st - 1]))))
			return 1;
	}
	return 0;
}

/* A component vendor's license key under a name with a word between
 * (LicenseServerKey, license.activation.key): its product's key, as a
 * secret; not the license's id, file or type (LicenseKeyId ends so). */
static int license_key_name(const unsigned char *s, size_t n)
{
	size_t i;

	if (n < 11 || !ends_ci(s, 0, n, "key"))
		return 0;
	for (i = 0; i + 7 <= n - 3; i++)
		if ((s[i] | 0x20) == 'l' && equal_ci(s + i, "license", 7))
			return 1;
	return 0;
}

/*
 * A name whose last word is a credential's noun that names other things
 * too, so only a value chosen as a secret says it is one: a PIN (GPIO and
 * audio pins, a pinned version), an SNMP community (SNMP_RO, SNMP_RW: a
 * read-only or read-write community; a project's community). 1 when so.
 */
static int weak_credential_name(const unsigned char *s, size_t n)
{
	size_t w = name_word_start(s, 0, n);

	if (n - w == 3 && equal_ci(s + w, "pin", 3))
		return 1;
	/* net-snmp's rocommunity and rwcommunity, as directives and as keys */
	if (n - w >= 9 && equal_ci(s + n - 9, "community", 9) &&
	    (n - w == 9 ||
	     (n - w == 11 && (equal_ci(s + w, "ro", 2) || equal_ci(s + w, "rw", 2)))))
		return 1;
	/* SNMP_RO, and community_ro as INI files write it */
	return n - w == 2 && w >= 5 && !isalnum(s[w - 1]) &&
	       (equal_ci(s + w - 5, "snmp", 4) ||
		(w >= 10 && equal_ci(s + w - 10, "community", 9) &&
		 (w == 10 || !isalnum(s[w - 11])))) &&
	       (equal_ci(s + w, "ro", 2) || equal_ci(s + w, "rw", 2));
}

/* A community under a name that says SNMP (snmp_community, snmpCommunity):
 * there a value of letters and digits mixed (d0n2jsd6i68w) is an agent's
 * secret even in one case; a word with a number after it (public1) and
 * letters alone (monitoring) are not. */
static int snmp_named_community(const unsigned char *name, size_t nn,
				const unsigned char *s, size_t n)
{
	size_t i;
	int digit = 0, letter_after_digit = 0, snmp = 0;

	for (i = 0; i + 4 <= nn && !snmp; i++)
		snmp = equal_ci(name + i, "snmp", 4);
	if (!snmp || !ends_ci(name, 0, nn, "community") || n < 8 || n > 32 ||
	    !plausible_credential(s, n, 1))
		return 0;
	for (i = 0; i < n; i++) {
		if (!isalnum(s[i]))
			return 0;
		letter_after_digit |= digit && isalpha(s[i]);
		digit |= isdigit(s[i]) != 0;
	}
	return letter_after_digit;
}

/* A password's short word PW as the last word after another in camelCase
 * or after a lower-case word (DatabasePw, olcRootPW, kioskAdminPW); not
 * pw alone (a page's width), nor pw after a separator (DB_PW): the
 * generic rule reads those. */
static int camel_pw_name(const unsigned char *s, size_t n)
{
	return n >= 4 && n - name_word_start(s, 0, n) == 2 &&
	       equal_ci(s + n - 2, "pw", 2) && islower(s[n - 3]);
}

/*
 * Whether the value s[0..n) under a weak_credential_name() was chosen as
 * a secret: one word of 8 to 32 bytes with letters and digits and either
 * both cases or a mark a password takes; not a count, a GPIO number, a
 * pin's name (GPIO_NUM_12, gpio35), a default community (public,
 * private), an identifier with words joined by '_' (a constant's name:
 * GPIO_PinSource12; not 9FswrrX8_Ts6, which starts with a digit), nor a
 * path, a link or a certificate's pinned digest (sha256/base64, HPKP's
 * and TrustKit's).
 */
static int chosen_secret(const unsigned char *s, size_t n)
{
	size_t i;
	int lower = 0, upper = 0, digit = 0, mark = 0, joined = 0;

	if (n < 8 || n > 32 || memchr(s, '/', n) || !plausible_credential(s, n, 1))
		return 0;
	for (i = 0; i < n; i++) {
		lower |= islower(s[i]) != 0;
		upper |= isupper(s[i]) != 0;
		digit |= isdigit(s[i]) != 0;
		joined |= s[i] == '_';
		mark |= ispunct(s[i]) && !strchr("_.-/:", s[i]);
	}
	/* (or letters alone of scrambled case, 12 or more: a generator's
	 * HriPLyhJayHTXbywuj) */
	return ((lower || upper) && digit && ((lower && upper) || mark) &&
		!(joined && !mark && isalpha(s[0]))) ||
	       (n >= 12 && kh_is_scrambled_letters(s, n));
}

/* (shape.h) Counted in the guard trees (doc/detection.md): prev and
 * previous name a list's links there (token.prev), test and default a
 * fixture's and a pin's (gpio_key_default). */
const char *const kh_copy_words[] = { "old",	     "new",	"prod",	    "production",
				      "staging",     "stage",	"live",	    "dev",
				      "development", "backup",	"primary",  "secondary",
				      "legacy",	     "current", "readonly", "sandbox",
				      "preprod",     "rotated", NULL };

/* The copy words' first and last letters, a bit each: most words are out
 * at theirs. */
#define LETTER_BIT(c) (1u << ((c) - 'a'))
#define COPY_FIRSTS                                                              \
	(LETTER_BIT('o') | LETTER_BIT('n') | LETTER_BIT('p') | LETTER_BIT('s') | \
	 LETTER_BIT('l') | LETTER_BIT('d') | LETTER_BIT('b') | LETTER_BIT('c') | \
	 LETTER_BIT('r'))
#define COPY_LASTS                                                               \
	(LETTER_BIT('d') | LETTER_BIT('w') | LETTER_BIT('n') | LETTER_BIT('g') | \
	 LETTER_BIT('e') | LETTER_BIT('v') | LETTER_BIT('t') | LETTER_BIT('p') | \
	 LETTER_BIT('y') | LETTER_BIT('x'))

/* Whether the letter c (any byte) has a bit in set. */
static int letter_in(unsigned char c, unsigned set)
{
	unsigned k = (unsigned)ascii_lower(c) - 'a';

	return k < 26 && (set >> k & 1);
}

/* Whether s[w..e) is a copy word. */
static int copy_word(const unsigned char *s, size_t w, size_t e)
{
	return e - w >= 3 && e - w <= 11 && letter_in(s[w], COPY_FIRSTS) &&
	       letter_in(s[e - 1], COPY_LASTS) && word_among(s, w, e, kh_copy_words);
}

/*
 * Whether the name s[0..n) (n >= 2) ends in the last two letters of a copy
 * word or of "only", in any case: copy_name_end() reads its last word as
 * one of them first, so a name ending in no such pair has none (token,
 * ssid, wlan, key: most generic hits are out before the walk back over
 * their last word).
 */
static int copy_tail(const unsigned char *s, size_t n)
{
	unsigned char p = ascii_lower(s[n - 2]);

	switch (ascii_lower(s[n - 1])) {
	case 'd': /* old, prod, preprod, rotated */
		return p == 'l' || p == 'o' || p == 'e';
	case 'w': /* new */
	case 'v': /* dev */ return p == 'e';
	case 'n': /* production */
	case 'x': /* sandbox */ return p == 'o';
	case 'g': /* staging */
	case 't': /* development, current */ return p == 'n';
	case 'e': /* stage, live */ return p == 'g' || p == 'v';
	case 'p': /* backup */ return p == 'u';
	case 'y': /* primary, secondary, legacy, readonly, only */
		return p == 'r' || p == 'c' || p == 'l';
	}
	return 0;
}

/* (shape.h) */
size_t copy_name_end(const unsigned char *s, size_t n)
{
	static const char *const nouns[] = { "key",	 "token",  "secret",
					     "password", "passwd", "passphrase",
					     "pwd",	 "pass",   NULL };
	size_t e = n, w, copies = 0, k;

	/* (a copy word has 3 letters or more; only's y ends two of them) */
	if (n < 3 || !copy_tail(s, n))
		return n;
	w = name_word_start(s, 0, n);
	/* a copy word then only (DevOnly, ProdOnly) */
	if (w > 0 && n - w == 4 && equal_ci(s + w, "only", 4)) {
		e = w - !isalnum(s[w - 1]);
		w = name_word_start(s, 0, e);
	}
	for (; w > 0 && w < e && copies < 2 && copy_word(s, w, e); copies++) {
		e = w - !isalnum(s[w - 1]);
		w = name_word_start(s, 0, e);
	}
	if (!copies)
		return n;
	for (k = 0; nouns[k]; k++)
		if (ends_ci(s, w, e, nouns[k]))
			return e; /* api_key, clientSecret, dbpassword */
	return n;
}

/*
 * The word at the end of the name s[0..n) that calls it a credential in
 * words the generic rule does not read: a database's glued pass (DBPASS), a
 * pre-shared key (WIFI_PSK, TLSPSK), a secret salt (passwordsalt, SALT_KEY), a
 * numbered copy (password2, Password1), an Arduino secret's key
 * (SECRET_DEVICE_KEY), an installation's key, a license's key with a word
 * between (LicenseServerKey), a password's PW after a word (DatabasePw,
 * olcRootPW), a PIN or an SNMP community (weak_credential_name(): its
 * value judged by chosen_secret() too). Sets *cut to the length of
 * the name kept and returns the suffix that says it, or NULL.
 */
static const char *telling_tail(const unsigned char *s, size_t n, size_t *cut)
{
	size_t d = n;
	unsigned char c = n ? ascii_lower(s[n - 1]) : 0;

	*cut = n;
	/* copy words (copy_name_end: apiKeyProd, API_KEY_OLD): the name
	 * without them, told as its own tail tells, or as the generic rules
	 * read a credential kept in a form of its own (apiKey_value): a
	 * provider's name with them is context.c's, which knows whose it is
	 * (TwilioClientTokenLive: a client's token, not the account's);
	 * copy_tail(), its first test, here: most names are out without
	 * the call */
	if (n >= 3 && copy_tail(s, n) && (d = copy_name_end(s, n)) < n) {
		const char *told = telling_tail(s, d, cut);

		return told ? told : "_value";
	}
	/* each tail below ends in a digit or one of these: most names are
	 * out at their last byte */
	if ((unsigned)(c - '0') >= 10u && c != 's' && c != 'k' && c != 'y' && c != 't' &&
	    c != 'n' && c != 'w' && c != 'o')
		return NULL;
	if (weak_credential_name(s, n) || camel_pw_name(s, n))
		return "_password";
	while (d > 0 && isdigit(s[d - 1]))
		d--;
	if (d < n && credential_name(s, d) &&
	    (ends_ci(s, 0, d, "key") || ends_ci(s, 0, d, "word") ||
	     ends_ci(s, 0, d, "token") || ends_ci(s, 0, d, "secret") ||
	     ends_ci(s, 0, d, "passwd"))) {
		*cut = d; /* password2, Password1, TOKEN2 */
		return "";
	}
	/* (each tail asked only of the names that end in its last byte) */
	if (c == 's' &&
	    ends_ci(s, 0, n, "dbpass")) /* not a word's pass: bypass, ThisPass */
		return "word";		/* PAPERLESS_DBPASS: DBPASSword */
	/* (a bare psk too, as NetworkManager and wpa_supplicant write it and
	 * notes do, PSK: ...; strongSwan's : PSK "..." is its secret's type,
	 * its own rule's: emit_told() leaves it) */
	if (c == 'k' && ((n == 3 && equal_ci(s, "psk", 3)) ||
			 (n > 4 && (ends_ci(s, 0, n, "_psk") || glued_psk(s, n)))))
		return "_password";
	if ((c == 'y' &&
	     ((n > 8 && (ends_ci(s, 0, n, "salt_key") || ends_ci(s, 0, n, "saltkey"))) ||
	      license_key_name(s, n) ||
	      (n > 16 && ends_ci(s, 0, n, "installation_key")) ||
	      (n > 11 && !strncasecmp((const char *)s, "secret_", 7) &&
	       ends_ci(s, 0, n, "_key")))) ||
	    (c == 't' &&
	     (ends_ci(s, 0, n, "passwordsalt") || ends_ci(s, 0, n, "password_salt"))))
		return "_secret";
	return NULL;
}

/* (shape_internal.h) Whether the name s[0..n) has a telling tail. */
int told_name(const unsigned char *s, size_t n)
{
	size_t cut;

	return telling_tail(s, n, &cut) != NULL;
}

/* `name<suffix> = "value"` for a name b[ns..ne) with a telling tail, the
 * pair as it is for another credential's name. */
int emit_as_told(struct kh_layer *l, const unsigned char *b, size_t ns, size_t ne,
		 size_t vs, size_t ve)
{
	size_t cut;
	const char *suffix = telling_tail(b + ns, ne - ns, &cut);

	/* courierKey: a product's key; the pair as written too, for the
	 * provider whose own rule reads that name (kaggleKey) */
	if (!suffix && product_key_pair(b, l->src_len, ns, ne, vs, ve))
		return emit_pair(l, b, ns, ne, vs, ve) < 0
			       ? -1
			       : emit_named(l, b, ns, ne, "_secret", vs, ve);
	if (!suffix)
		return emit_pair(l, b, ns, ne, vs, ve);
	if (!plausible_credential(b + vs, ve - vs, 1) ||
	    (weak_credential_name(b + ns, ne - ns) && !chosen_secret(b + vs, ve - vs) &&
	     !snmp_named_community(b + ns, ne - ns, b + vs, ve - vs)))
		return 0;
	return emit_named(l, b, ns, ns + cut, suffix, vs, ve);
}

/* Whether the bare value b[vs..ve) is a description's first word, not a
 * value: lower-case letters, then a blank and a word that goes on a
 * phrase (kernel-doc's `@FWAUTH_PSK: authenticator for WPA2-PSK`). A
 * chosen value that a phrase follows (psk: Xk7mQ2pL for the guests)
 * has more than lower-case letters. */
static int describes_name(const unsigned char *b, size_t vs, size_t ve, size_t le)
{
	static const char *const joins[] = { "for", "of",   "to",   "the",  "and",
					     "or",  "with", "from", "used", "when",
					     "if",  "that", NULL };
	size_t k, w, i;

	for (k = vs; k < ve && islower(b[k]); k++)
		;
	if (k == vs || k < ve || ve >= le || b[ve] != ' ')
		return 0;
	k = ve + 1;
	for (w = k; w < le && islower(b[w]); w++)
		;
	if (w >= le || b[w] != ' ')
		return 0;
	for (i = 0; joins[i]; i++)
		if (w - k == strlen(joins[i]) && !memcmp(b + k, joins[i], w - k))
			return 1;
	return 0;
}

/* A name b[ns..ne) with a telling tail, then a separator (=, :, =>, :=,
 * or blanks before a quote) and its value. */
static int emit_told(struct kh_layer *l, const unsigned char *b, size_t ns, size_t ne,
		     size_t le)
{
	static const unsigned char value_may_follow[256] = {
		['"'] = 1, ['\''] = 1, [' '] = 1, ['\t'] = 1, ['='] = 1, [':'] = 1
	};
	size_t cut, k = ne, vs, ve;

	/* a value needs a quote, a blank, '=' or ':' right after the name:
	 * most names of a minified line are out by that byte before their
	 * tail is read */
	if (ne >= le || !value_may_follow[b[ne]])
		return 0;
	if (!telling_tail(b + ns, ne - ns, &cut) ||
	    (ns >= 2 && b[ns - 1] == ' ' && b[ns - 2] == ':'))
		return 0; /* (strongSwan's ipsec.secrets: ids : PSK "...") */
	k += k < le && (b[k] == '"' || b[k] == '\'');
	k = skip_blanks(b, k, le);
	if (k + 1 < le &&
	    ((b[k] == '=' && b[k + 1] == '>') || (b[k] == ':' && b[k + 1] == '=')))
		k += 2;
	else if (k + 1 < le && b[k] == '=' && b[k + 1] == '=')
		return 0; /* a comparison */
	else if (k < le && (b[k] == '=' || b[k] == ':'))
		k++;
	else if (k == ne || k >= le || (b[k] != '"' && b[k] != '\''))
		return 0;
	vs = skip_blanks(b, k, le);
	if (!quoted(b, vs, le, &vs, &ve)) {
		const unsigned char *amp;

		ve = bare_value(b, vs, le);
		/* a query's pair (?ldapBindPw=v&limit=10): up to the next */
		if (ns > 0 && (b[ns - 1] == '?' || b[ns - 1] == '&') &&
		    (amp = memchr(b + vs, '&', ve - vs)))
			ve = (size_t)(amp - b);
	}
	if (describes_name(b, vs, ve, le))
		return 0;
	return emit_as_told(l, b, ns, ne, vs, ve);
}

/* A literal after a template's `default` filter or function on the line
 * b[ls..le): Jinja's and Twig's `| default('v')`, Liquid's `| default:
 * "v"`, Go's and Helm's `| default "v"` and `default "v" .Values.x`,
 * Handlebars' `{{default x "v"}}`. Its content in [*vs, *ve). */
static int template_default(const unsigned char *b, size_t ls, size_t le, size_t *vs,
			    size_t *ve)
{
	const unsigned char *o = kh_memmem(b + ls, le - ls, "{{", 2), *d;
	size_t k;

	if (!o)
		return 0;
	for (d = o; (d = kh_memmem(d, (size_t)(b + le - d), "default", 7)); d += 7) {
		k = (size_t)(d - b) + 7;
		if (ident_byte(d[-1]) || (k < le && ident_byte(b[k])))
			continue;
		k = skip_blanks(b, k, le);
		if (k < le && (b[k] == '(' || b[k] == ':'))
			k = skip_blanks(b, k + 1, le);
		if (k < le && isalpha(b[k])) { /* Handlebars: default x "v" */
			while (k < le && ident_byte(b[k]))
				k++;
			k = skip_blanks(b, k, le);
		}
		if (quoted(b, k, le, vs, ve))
			return 1;
	}
	return 0;
}

/* The last field a template's `{{ ... }}` on the line b[ls..le) reads
 * (.Values.app.apiToken: apiToken): its start, its end in *ne. */
static size_t template_field(const unsigned char *b, size_t ls, size_t le, size_t *ne)
{
	const unsigned char *o = kh_memmem(b + ls, le - ls, "{{", 2);
	size_t k, ns = le;

	*ne = le;
	for (k = o ? (size_t)(o - b) + 2 : le; k < le && b[k] != '}'; k++) {
		if (b[k] != '.' || k + 1 >= le || !isalpha(b[k + 1]))
			continue;
		for (ns = *ne = k + 1; *ne < le && (isalnum(b[*ne]) || b[*ne] == '_');
		     (*ne)++)
			;
	}
	return ns;
}

/* An SDK's credential factory, its call's '(' at b[k] on the line
 * b[ls..le): Auth.api_key("v") (Weaviate), Credentials.token("v"),
 * auth.bearer_token("v"): a class or module named for auth or
 * credentials, a method named for the credential it takes. */
static int auth_factory(const unsigned char *b, size_t ls, size_t le, size_t k,
			struct kh_layer *l)
{
	size_t ne = k, ns, dot, vs, ve;

	for (ns = ne; ns > ls && (isalnum(b[ns - 1]) || b[ns - 1] == '_'); ns--)
		;
	if (ns < ls + 5 || b[ns - 1] != '.' ||
	    !quoted(b, skip_blanks(b, k + 1, le), le, &vs, &ve))
		return 0;
	for (dot = ns - 1; dot > ls && isalpha(b[dot - 1]); dot--)
		;
	if (!((ns - 1 - dot == 4 && !strncasecmp((const char *)b + dot, "auth", 4)) ||
	      (ns - 1 - dot == 11 &&
	       !strncasecmp((const char *)b + dot, "credentials", 11))))
		return 0;
	return emit_pair(l, b, ns, ne, vs, ve);
}

/* The name a line's value is given to: the first on the line, after a
 * list's `- `, `export ` or a quote (NAME={{ ... }}, name: "{{ ... }}"). */
static size_t line_name(const unsigned char *b, size_t ls, size_t le, size_t *ne)
{
	size_t ns = skip_blanks(b, ls, le);

	if (ns + 1 < le && b[ns] == '-' && b[ns + 1] == ' ')
		ns = skip_blanks(b, ns + 1, le);
	if (word_at(b, ns, le, "export"))
		ns = skip_blanks(b, ns + 6, le);
	ns += ns < le && (b[ns] == '"' || b[ns] == '\'');
	for (*ne = ns; *ne < le && ident_byte(b[*ne]); (*ne)++)
		;
	return ns;
}

/*
 * Where the name of a command that sets one starts on the line from
 * b[i] (a fish history's `- cmd: ` aside), or 0: fish's `set` with its
 * scope and export flags (`set -gx NAME v`, `set --export NAME v`; not
 * Tcl's or a shell's `set` without a flag), `reg add KEY /v NAME ... /d
 * DATA` (reg add /?: the value's name, then its data; *reg set).
 */
static size_t set_command_name(const unsigned char *b, size_t i, size_t le, int *reg)
{
	size_t k, flags = 0;
	const unsigned char *v;

	*reg = 0;
	if (i + 7 < le && !memcmp(b + i, "- cmd: ", 7))
		i = skip_blanks(b, i + 7, le);
	if (i + 8 < le && !strncasecmp((const char *)b + i, "reg add ", 8) &&
	    (v = kh_memmem(b + i, le - i, " /v ", 4)) != NULL) {
		*reg = 1;
		return skip_blanks(b, (size_t)(v - b) + 4, le);
	}
	if (i + 6 >= le || memcmp(b + i, "set -", 5))
		return 0;
	for (k = skip_blanks(b, i + 3, le); k < le && b[k] == '-'; flags++) {
		while (k < le && (b[k] == '-' || isalpha(b[k])))
			k++;
		if (k >= le || b[k] != ' ')
			return 0;
		k = skip_blanks(b, k, le);
	}
	return flags ? k : 0;
}

/* The pair of set_command_name()'s line b[ls..le): the name, then one
 * value (a fish list of more is no secret's), reg's data after /d. */
static int set_command_pair(const unsigned char *b, size_t ls, size_t le,
			    struct kh_layer *l)
{
	int reg;
	size_t ns = set_command_name(b, skip_blanks(b, ls, le), le, &reg), ne, vs, ve, q;
	const unsigned char *d;

	if (!ns)
		return 0;
	for (ne = ns; ne < le && (isalnum(b[ne]) || b[ne] == '_'); ne++)
		;
	if (ne == ns || ne >= le || b[ne] != ' ')
		return 0;
	vs = skip_blanks(b, ne, le);
	if (reg) {
		if (!(d = kh_memmem(b + ne, le - ne, " /d ", 4)))
			return 0;
		vs = skip_blanks(b, (size_t)(d - b) + 4, le);
	}
	if ((q = quoted(b, vs, le, &vs, &ve)) == 0)
		q = ve = bare_value(b, vs, le);
	if (ve == vs || (!reg && skip_blanks(b, q, le) < le))
		return 0;
	return emit_pair(l, b, ns, ne, vs, ve);
}

/*
 * Pairs a line b[ls..le) holds where the name is hidden from the generic
 * rule: CMake's set(ENV{NAME} "v") and set(NAME "v" CACHE ...), nginx's
 * `set $name "v";`, Tasmota's `Backlog Cmd v; Password1 v`, a quoted
 * assignment ("NAME=v": systemd's Environment=, an args list's), a
 * template's default literal, a name with a telling tail.
 */
int hidden_name_line(const unsigned char *b, size_t ls, size_t le, struct kh_layer *l)
{
	size_t i = skip_blanks(b, ls, le), ns, ne, vs, ve, k;
	const unsigned char *p;
	int r = 0;

	if (i + 5 < le && !strncasecmp((const char *)b + i, "set", 3) &&
	    (b[i + 3] == '(' || (b[i + 3] == ' ' && b[i + 4] == '$'))) {
		ns = skip_blanks(b, i + 4, le);
		if (b[i + 3] == ' ' || (ns + 4 < le && !memcmp(b + ns, "ENV{", 4)))
			ns += b[i + 3] == ' ' ? 1 : 4;
		for (ne = ns; ne < le && ident_byte(b[ne]); ne++)
			;
		vs = skip_blanks(b, ne + (ne < le && b[ne] == '}'), le);
		if (!quoted(b, vs, le, &vs, &ve))
			ve = bare_value(b, vs, le);
		if (vs > ne && emit_pair(l, b, ns, ne, vs, ve) < 0)
			return -1;
	}
	if (i + 8 < le && !strncasecmp((const char *)b + i, "backlog", 7)) {
		for (k = i + 7; k < le && r == 0; k = ve + 1) {
			while (k < le && (isdigit(b[k]) || b[k] == ' ' || b[k] == ';'))
				k++;
			for (ns = ne = k; ne < le && isalnum(b[ne]); ne++)
				;
			vs = skip_blanks(b, ne, le);
			for (ve = vs; ve < le && b[ve] != ';'; ve++)
				;
			ve = skip_blanks_back(b, ve, vs);
			if (vs > ne && !memchr(b + vs, ' ', ve - vs))
				r = emit_as_told(l, b, ns, ne, vs, ve);
		}
	}
	if (r == 0 && (r = set_command_pair(b, ls, le, l)) < 0)
		return -1;
	if (r == 0 && template_default(b, ls, le, &vs, &ve)) {
		ns = line_name(b, ls, le, &ne);
		/* value: {{ default "v" .Values.apiToken }}: the field's name */
		if (!credential_name(b + ns, ne - ns))
			ns = template_field(b, ls, le, &ne);
		r = emit_pair(l, b, ns, ne, vs, ve);
	}
	for (k = ls; k < le && r == 0; k++) {
		if (b[k] == '(' && k > ls && isalnum(b[k - 1])) /* Auth.api_key("v") */
			r = auth_factory(b, ls, le, k, l);
		else if (b[k] == '-' && k + 7 < le && !memcmp(b + k, "--auth", 6) &&
			 (b[k + 6] == '=' || b[k + 6] == ' ') &&
			 (k == ls || b[k - 1] == ' ')) {
			vs = skip_blanks(b, k + 7, le); /* espota's, httpie's --auth=v */
			if (!quoted(b, vs, le, &vs, &ve))
				ve = bare_value(b, vs, le);
			if ((p = memchr(b + vs, ':', ve - vs))) /* user:password */
				vs = (size_t)(p - b) + 1;
			r = plausible_credential(b + vs, ve - vs, 1)
				    ? emit_named(l, b, k + 2, k + 6, "_password", vs, ve)
				    : 0;
		}
	}
	for (k = ls; k < le && r == 0; k++) {
		if ((b[k] == '"' || b[k] == '\'') && (k == ls || b[k - 1] != '\\')) {
			size_t qs, qe; /* "NAME=value"; not from an escaped quote,
					* whose string runs to the next unescaped
					* one: each would rescan the line */

			if (!quoted(b, k, le, &qs, &qe))
				continue;
			for (ne = qs; ne < qe && (isalnum(b[ne]) || b[ne] == '_'); ne++)
				;
			/* an environment's assignment; not a query's or a form
			 * body's first pair (oauth_token=...&...): the query
			 * reader's, after '?' and '&' */
			if (ne > qs && ne < qe && b[ne] == '=' &&
			    !memchr(b + ne, ' ', qe - ne) &&
			    !memchr(b + ne, '&', qe - ne)) {
				r = emit_pair(l, b, qs, ne, ne + 1, qe);
				k = qe;
			}
		} else if (isalpha(b[k]) && (k == ls || !ident_byte(b[k - 1]))) {
			for (ne = k; ne < le && (isalnum(b[ne]) || b[ne] == '_'); ne++)
				;
			r = emit_told(l, b, k, ne, le);
			k = ne;
		}
	}
	return r < 0 ? -1 : 0;
}

/* A generic keyword's hit ending at b[last] whose name hidden_name_line
 * reads: after ENV{ or set( or `set $`, first in a quoted assignment,
 * given a template, with a telling tail. */
int hidden_name_named(struct kh_hit *h)
{
	const unsigned char *b = h->b;
	size_t len = h->len, last = h->last;
	size_t k = last + 1, s = last, cut, ls;
	int reg;
	const unsigned char *nl;

	if (k >= len)
		return 0;
	if (!ident_byte(b[last]) && last > 0) {
		/* a keyword that ends in its glue (pin = ", Pw = '): the name
		 * before the glue */
		for (k = last; k > 0 && last - k < 4 && !ident_byte(b[k]); k--)
			;
		for (s = k; s > 0 && k - s < NAME_MAX_LEN && ident_byte(b[s - 1]); s--)
			;
		if (ident_byte(b[k]) && telling_tail(b + s, k + 1 - s, &cut))
			return 1;
		k = last + 1;
		s = last;
	}
	k = hit_name_end(h, HIT_WORD, last + 24);
	s = hit_name_start(h, HIT_WORD, NAME_MAX_LEN);
	if (k >= len || telling_tail(b + s, k - s, &cut))
		return k < len;
	if (b[last] == '"' && last >= 11 &&
	    equal_ci(b + last - 11, "key\" value=\"", 12)) {
		/* .NET's <add key="LicenseServerKey" value="..."/> */
		for (s = k = last - 8;
		     s > 0 && k - s < NAME_MAX_LEN && ident_byte(b[s - 1]); s--)
			;
		return s > 0 && b[s - 1] == '"' && telling_tail(b + s, k - s, &cut);
	}
	if (b[k] == '(' && s >= 5 &&
	    (equal_ci(b + s - 5, "auth.", 5) ||
	     (s >= 12 && equal_ci(b + s - 12, "credentials.", 12))))
		return 1;
	if (s >= 2 && b[s - 1] == '.' && (b[k] == ' ' || b[k] == '}')) {
		size_t e = skip_blanks(b, k, len);

		if (e + 1 < len && ((b[e] == '}' && b[e + 1] == '}') || b[e] == '|'))
			return 1; /* {{ default "v" .Values.apiToken }} */
	}
	if ((s >= 4 &&
	     (!memcmp(b + s - 4, "ENV{", 4) || equal_ci(b + s - 4, "set(", 4))) ||
	    (s >= 5 && !memcmp(b + s - 5, "set $", 5)) ||
	    (b[k] == '=' && s > 0 && (b[s - 1] == '"' || b[s - 1] == '\'')))
		return 1;
	if (b[k] == ' ' && s > 0 && (b[s - 1] == ' ' || b[s - 1] == ';')) {
		/* a command of Tasmota's Backlog, its line's first word; a
		 * fish `set -x`'s name, reg add's /v */
		ls = s > 512 ? s - 512 : 0;
		nl = memrchr(b + ls, '\n', s - ls);
		if (nl || ls == 0) {
			ls = skip_blanks(b, nl ? (size_t)(nl - b) + 1 : 0, s);
			if (!strncasecmp((const char *)b + ls, "backlog", 7) ||
			    set_command_name(b, ls, k, &reg) == s)
				return 1;
		}
	}
	if (b[k] != ':' && b[k] != '=')
		return 0;
	k = skip_blanks(b, k + 1 + (b[k] == ':' && k + 1 < len && b[k + 1] == '='), len);
	k += k < len && (b[k] == '"' || b[k] == '\'');
	return k + 1 < len && b[k] == '{' && b[k + 1] == '{';
}

/* ---- whole syntaxes: LaTeX macros, reStructuredText fields, notebook
 * magics, decorators, Markdown tables' rows ------------------------------ */

/*
 * Appends `name = "value"` with every escape byte of the value dropped
 * before the punctuation it escapes (LaTeX's `sntrys\_...`), each kept
 * byte still pointing at its source. Returns 0, or -1 when out of memory.
 */
static int emit_unescaped(struct kh_layer *l, const unsigned char *b, size_t ns,
			  size_t ne, size_t vs, size_t ve, unsigned char esc)
{
	size_t k, n = 0, mark = l->n;
	int r;

	if (!credential_name(b + ns, ne - ns))
		return 0;
	for (k = vs; k < ve; k++) {
		if (b[k] == esc && k + 1 < ve && ispunct(b[k + 1]))
			k++;
		if (b[k] == ' ' || b[k] == '\t')
			return 0;
		n++;
	}
	if (n < 8 || b[vs] == '$')
		return 0;
	r = put_pair(l, b, ns, ne, "", vs, ve, esc);
	if (r > 0)
		l->n = mark; /* the layer is full: no half line */
	return r < 0 ? -1 : 0;
}

/* Where the definer starting at b[i] (`\newcommand`, `\renewcommand`,
 * `\providecommand`, `\DeclareRobustCommand`, a star allowed, or TeX's
 * `\def`, `\gdef`, `\edef`, `\xdef`) ends, or 0 when none starts there. */
static size_t latex_definer(const unsigned char *b, size_t i, size_t le)
{
	static const char *words[] = {
		"newcommand", "renewcommand", "providecommand", "DeclareRobustCommand",
		"def",	      "gdef",	      "edef",		"xdef",
		NULL
	};
	size_t k, n;

	if (i + 1 >= le || b[i] != '\\')
		return 0;
	for (k = 0; words[k]; k++) {
		n = strlen(words[k]);
		if (i + 1 + n <= le && !memcmp(b + i + 1, words[k], n) &&
		    (i + 1 + n == le || !isalpha(b[i + 1 + n])))
			return i + 1 + n + (i + 1 + n < le && b[i + 1 + n] == '*');
	}
	return 0;
}

/* The brace group opening at b[i] ('{'): its content in [*vs, *ve), nested
 * groups and escaped braces inside; 0 when it does not close on the line. */
static int brace_group(const unsigned char *b, size_t i, size_t le, size_t *vs,
		       size_t *ve)
{
	size_t k, depth = 0;

	if (i >= le || b[i] != '{')
		return 0;
	for (k = i; k < le; k++) {
		if (b[k] == '\\')
			k++;
		else if (b[k] == '{')
			depth++;
		else if (b[k] == '}' && --depth == 0) {
			*vs = i + 1;
			*ve = k;
			return 1;
		}
	}
	return 0;
}

/*
 * A LaTeX macro defined on the line b[ls..le) (\newcommand{\apikey}{...},
 * \def\apitoken{...}): the macro's name and its body, one wrapping
 * command (\texttt{...}, \detokenize{...}) taken off and LaTeX's escapes
 * (\_, \#, \%, \&) dropped from the value; \verb|...| as written.
 */
static int latex_macro(const unsigned char *b, size_t ls, size_t le, struct kh_layer *l)
{
	size_t k = latex_definer(b, skip_blanks(b, ls, le), le), ns, ne, vs, ve, w;
	int brace;

	if (!k)
		return 0;
	k = skip_blanks(b, k, le);
	brace = k < le && b[k] == '{';
	k = skip_blanks(b, k + brace, le);
	if (k >= le || b[k] != '\\')
		return 0;
	for (ns = ne = k + 1; ne < le && (isalpha(b[ne]) || b[ne] == '@'); ne++)
		;
	k = skip_blanks(b, ne, le);
	if (brace && (k >= le || b[k++] != '}'))
		return 0;
	for (k = skip_blanks(b, k, le); k < le && b[k] == '['; k = skip_blanks(b, k, le))
		while (k < le && b[k++] != ']')
			; /* the count of arguments, the first's default */
	if (ne == ns || !brace_group(b, k, le, &vs, &ve))
		return 0;
	vs = skip_blanks(b, vs, ve);
	ve = skip_blanks_back(b, ve, vs);
	if (ve - vs > 6 && !memcmp(b + vs, "\\verb", 5) && b[ve - 1] == b[vs + 5])
		return emit_pair(l, b, ns, ne, vs + 6, ve - 1); /* verbatim: as written */
	if (ve > vs && b[vs] == '\\' && b[ve - 1] == '}') {
		for (w = vs + 1; w < ve && isalpha(b[w]); w++)
			;
		if (w > vs + 1 && brace_group(b, w, ve, &w, &k) && k + 1 == ve) {
			vs = w;
			ve = k;
		}
	}
	return emit_unescaped(l, b, ns, ne, vs, ve, '\\');
}

/*
 * A field of a reStructuredText field list on the line b[ls..le) of
 * b[0..len) (`:api_key: value`, `:Secret Key: value`, indented too, or its
 * body alone on the next line, indented): named by its words, the last
 * one a credential's. Not a role (:ref:`x`), not a docstring's
 * `:param token: text`, whose body is prose.
 */
static int rst_field(const unsigned char *b, size_t len, size_t ls, size_t le,
		     struct kh_layer *l)
{
	size_t ns = skip_blanks(b, ls, le) + 1, ne, vs, ve, w;

	if (ns >= le || b[ns - 1] != ':')
		return 0;
	for (ne = ns;
	     ne < le && ne - ns < NAME_MAX_LEN && (ident_byte(b[ne]) || b[ne] == ' ');
	     ne++)
		;
	if (ne == ns || ne >= le || b[ne] != ':' || b[ne - 1] == ' ' ||
	    (ne + 1 < le && b[ne + 1] != ' '))
		return 0;
	for (w = ne; w > ns && b[w - 1] != ' '; w--)
		;
	if (!credential_name(b + w, ne - w) ||
	    (w > ns && (memchr(b + w, '_', ne - w) || !isupper(b[ns]))))
		return 0; /* Sphinx's :param api_key:, :type token: */
	vs = skip_blanks(b, ne + 1, le);
	if (vs == le) { /* the body below, indented (le may stand at a '\r') */
		ls = line_end(b, len, le) + 1;
		if (ls >= len)
			return 0;
		le = content_end(b, len, ls);
		vs = skip_blanks(b, ls, le);
		if (vs == ls)
			return 0;
	}
	ve = skip_blanks_back(b, le, vs);
	if (vs >= ve || b[vs] == '`' || b[vs] == ':' || !plausible_value(b + vs, ve - vs))
		return 0;
	return emit_named(l, b, ns, ne, "", vs, ve);
}

/*
 * A notebook cell's line, one JSON string ("...\n",) on the line
 * b[ls..le), that sets a name: IPython's `%env NAME=value`, `%env NAME
 * value` or `%set_env NAME value`, a shell escape's `!export NAME=value`,
 * or a `%%writefile .env` cell's `NAME=value`. The value ends at the
 * string's escaped newline or its end.
 */
static int notebook_assignment(const unsigned char *b, size_t ls, size_t le,
			       struct kh_layer *l)
{
	static const char *starts[] = { "%env ", "%set_env ", "!export ", "export ",
					NULL };
	size_t k = skip_blanks(b, ls, le) + 1, ns, ne, vs, ve, w, blank = 0;

	for (w = 0; starts[w]; w++)
		if (k + strlen(starts[w]) < le &&
		    !memcmp(b + k, starts[w], strlen(starts[w]))) {
			blank = starts[w][0] == '%'; /* %env NAME value */
			k += strlen(starts[w]);
			break;
		}
	ns = skip_blanks(b, k, le);
	for (ne = ns; ne < le && (isalnum(b[ne]) || b[ne] == '_'); ne++)
		;
	if (ne == ns || ne >= le || (b[ne] != '=' && !(blank && b[ne] == ' ')))
		return 0;
	vs = skip_blanks(b, ne + 1, le);
	for (ve = vs; ve < le && (isalnum(b[ve]) || strchr("-_.+/=:@~", b[ve])) && b[ve];
	     ve++)
		;
	if (ve < le && b[ve] != '\\' && b[ve] != '"' && b[ve] != ' ')
		return 0; /* code: API_KEY=getpass(), TOKEN=os.environ[...] */
	return emit_pair(l, b, ns, ne, vs, ve);
}

/* The identifier at b[i] (a field, after its decorators and modifiers):
 * its end, or i when there is none. */
static size_t decorated_field(const unsigned char *b, size_t i, size_t le, size_t *ns)
{
	static const char *mods[] = { "private", "public",  "protected", "readonly",
				      "static",	 "declare", "override",	 NULL };
	size_t k, e = i, m;

	for (k = skip_blanks(b, i, le); k < le; k = skip_blanks(b, e, le)) {
		if (b[k] == '@') { /* another decorator: @IsString() */
			for (e = k + 1; e < le && (isalnum(b[e]) || b[e] == '_'); e++)
				;
			if (e < le && b[e] == '(')
				while (e < le && b[e++] != ')')
					;
			continue;
		}
		for (e = k; e < le && (isalnum(b[e]) || b[e] == '_' || b[e] == '$'); e++)
			;
		for (m = 0; mods[m] && !word_at(b, k, e, mods[m]); m++)
			;
		if (e == k || !mods[m])
			break;
	}
	*ns = k;
	return k < le && e > k && e <= le && (e == le || strchr(":!?;= \t", b[e])) ? e
										   : k;
}

/* A value that reads as a name, not a secret: a config key or a
 * constant's name (app.apiKey, STRIPE_SECRET_KEY, database-password). */
static int name_like(const unsigned char *s, size_t n)
{
	size_t i, digits = 0, lower = 0;

	for (i = 0; i < n; i++) {
		digits += !!isdigit(s[i]);
		lower += !!islower(s[i]);
	}
	return !digits || (!lower && memchr(s, '_', n)) ||
	       (memchr(s, '.', n) && !memchr(s, '/', n));
}

/* The string of key `key:` in b[from..to) (`default: '...'`): its content
 * in [*vs, *ve). */
static int keyed_string(const unsigned char *b, size_t from, size_t to, const char *key,
			size_t *vs, size_t *ve)
{
	size_t n = strlen(key);
	const unsigned char *p;

	while (from < to && (p = kh_memmem(b + from, to - from, key, n))) {
		size_t k = (size_t)(p - b) + n;

		from = k;
		if ((p > b && ident_byte(p[-1])) || k >= to || b[k] != ':')
			continue;
		if (quoted(b, skip_blanks(b, k + 1, to), to, vs, ve))
			return 1;
	}
	return 0;
}

/*
 * The decorator at b[at] ('@') on a line ending at le, its value named:
 * TypeScript's `@Env('API_TOKEN', { default: '...' })`, `@Env({ default:
 * '...' }) apiKey`, `@Value('...') apiKey: string` by its string's name or
 * by the field it decorates. A value that reads as a name (a config key,
 * a token's name) is a reference, not a secret.
 */
static int decorator_at(const unsigned char *b, size_t len, size_t at, size_t le,
			struct kh_layer *l)
{
	size_t open, close, ns, ne, vs, ve, fs, fe;
	int depth = 0;

	for (open = at + 1; open < le && (isalnum(b[open]) || b[open] == '_'); open++)
		;
	if (open >= le || b[open] != '(')
		return 0;
	for (close = open; close < le; close++) {
		if (b[close] == '"' || b[close] == '\'') {
			size_t qs, qe, after = quoted(b, close, le, &qs, &qe);

			if (!after)
				return 0;
			close = after - 1;
		} else if (b[close] == '(' || b[close] == '{')
			depth++;
		else if ((b[close] == ')' || b[close] == '}') && --depth == 0)
			break;
	}
	if (close >= le)
		return 0;
	if (quoted(b, skip_blanks(b, open + 1, close), close, &ns, &ne) &&
	    credential_name(b + ns, ne - ns) &&
	    (keyed_string(b, ne, close, "default", &vs, &ve) ||
	     keyed_string(b, ne, close, "defaultValue", &vs, &ve)))
		return emit_pair(l, b, ns, ne, vs, ve); /* @Env('NAME', { default }) */
	fe = decorated_field(b, close + 1, le, &fs);
	if (fe == fs && fs == le &&
	    line_end(b, len, le) + 1 < len) { /* the field below */
		size_t next = line_end(b, len, le) + 1;

		fe = decorated_field(b, next, content_end(b, len, next), &fs);
	}
	if (fe == fs)
		return 0;
	if (keyed_string(b, open, close, "default", &vs, &ve) ||
	    keyed_string(b, open, close, "defaultValue", &vs, &ve) ||
	    (quoted(b, skip_blanks(b, open + 1, close), close, &vs, &ve) &&
	     skip_blanks(b, ve + 1, close) == close && !name_like(b + vs, ve - vs)))
		return emit_pair(l, b, fs, fe, vs, ve);
	return 0;
}

/* An Angular or NestJS provider's `{ provide: 'API_KEY', useValue: '...' }`
 * on the line b[ls..le). */
static int provider_value(const unsigned char *b, size_t ls, size_t le,
			  struct kh_layer *l)
{
	size_t ns, ne, vs, ve;

	if (keyed_string(b, ls, le, "useValue", &vs, &ve) &&
	    keyed_string(b, ls, vs, "provide", &ns, &ne) && !name_like(b + vs, ve - vs))
		return emit_pair(l, b, ns, ne, vs, ve);
	return 0;
}

/* Decorators' values on the line b[ls..le) that starts with one, each of
 * them: `@IsString() @Value('...') key`. */
static int decorator_value(const unsigned char *b, size_t len, size_t ls, size_t le,
			   struct kh_layer *l)
{
	size_t k = skip_blanks(b, ls, le);
	int r = 0;

	for (; k < le && r == 0; k++)
		if (b[k] == '@' && (k == ls || b[k - 1] == ' ' || b[k - 1] == '\t'))
			r = decorator_at(b, len, k, le, l);
	return r;
}

/*
 * A Kustomize generator named on the line b[ls..le) (`- name: gotify` of
 * a secretGenerator or configMapGenerator): each of its `literals:` below
 * (`- client-token=...`) named by it, `gotify.client-token`, so that a
 * provider named once names every literal (a rule reads the first after
 * the name, not the second).
 */
static int kustomize_literals(const unsigned char *b, size_t len, size_t ls, size_t le,
			      struct kh_layer *l)
{
	size_t parts[2][2], k = skip_blanks(b, ls, le), at, n, indent = 0, vs, ve;
	int in_literals = 0, r = 0;

	if (k + 2 < le && b[k] == '-' && b[k + 1] == ' ')
		k = skip_blanks(b, k + 2, le);
	if (k + 5 >= le || memcmp(b + k, "name:", 5))
		return 0;
	parts[0][0] = skip_blanks(b, k + 5, le);
	for (parts[0][1] = parts[0][0]; parts[0][1] < le && ident_byte(b[parts[0][1]]);
	     parts[0][1]++)
		;
	if (parts[0][1] == parts[0][0])
		return 0;
	for (at = le + 1, n = 0; at < len && n < BLOCK_MAX_LINES && r == 0; n++) {
		size_t cle = content_end(b, len, at), first = skip_blanks(b, at, cle), q;

		if (first + 9 <= cle && !memcmp(b + first, "literals:", 9)) {
			in_literals = 1;
			indent = first - at;
		} else if (in_literals && first + 1 < cle && b[first] == '-' &&
			   b[first + 1] == ' ') {
			k = skip_blanks(b, first + 2, cle);
			q = k < cle && (b[k] == '"' || b[k] == '\'');
			for (parts[1][0] = parts[1][1] = k + q;
			     parts[1][1] < cle && ident_byte(b[parts[1][1]]);
			     parts[1][1]++)
				;
			vs = parts[1][1] + 1;
			ve = skip_blanks_back(b, cle, parts[1][1]);
			ve -= q && ve > vs && b[ve - 1] == b[k];
			if (parts[1][1] > parts[1][0] && parts[1][1] < cle &&
			    b[parts[1][1]] == '=' &&
			    path_leaf(b + parts[1][0], parts[1][1] - parts[1][0]))
				r = emit_path(l, b, (const size_t(*)[2])parts, 2, vs, ve);
		} else if (first < cle &&
			   (b[first] == '-' || (in_literals && first - at <= indent)))
			break; /* another generator, or this one's next key */
		at = line_end(b, len, at) + 1;
	}
	return r;
}

/* The cells of the Markdown table row b[ls..le) (`| a | b |`) in cells[],
 * blanks and `code` marks trimmed; how many, 0 when it is no row. */
static size_t md_cells(const unsigned char *b, size_t ls, size_t le, size_t (*cells)[2])
{
	size_t i = skip_blanks(b, ls, le);

	return i < le && b[i] == '|' ? row_cells(b, i + 1, le, '|', cells) : 0;
}

/* Whether a table's header cell b[s..e) names credentials by its last
 * word (Password, API Token, secret_key, Access Key; not Token type, Key
 * ID, Keyboard, nor a dictionary's bare Key). */
static int credential_header(const unsigned char *b, size_t s, size_t e)
{
	static const char *words[] = { "token",	   "tokens", "secret",	   "secrets",
				       "password", "passwd", "passphrase", "pwd",
				       "apikey",   NULL };
	size_t w = e, k;

	while (w > s && isalnum(b[w - 1]))
		w--;
	for (k = 0; words[k]; k++)
		if (e - w == strlen(words[k]) &&
		    !strncasecmp((const char *)b + w, words[k], e - w))
			return 1;
	return w > s && e - w == 3 && !strncasecmp((const char *)b + w, "key", 3);
}

/*
 * A Markdown table's header on the line b[ls..le), its separator
 * (|---|:--|, or Org mode's and the mysql client's |---+---|) below:
 * each row's cell under a column the header names for
 * credentials (| Service | User | Password |, | API Token |) as
 * `Password = "..."`; a column about one (Token type, Key ID) is not one.
 */
static int md_header_table(const unsigned char *b, size_t len, size_t ls, size_t le,
			   struct kh_layer *l)
{
	size_t head[ROW_MAX_COLUMNS][2], cells[ROW_MAX_COLUMNS][2], nh, nc, c, at, n, k;
	unsigned long named = 0; /* bit c: column c holds credentials */
	int r = 0;

	nh = md_cells(b, ls, le, head);
	at = le + 1;
	if (nh < 2 || at >= len)
		return 0;
	for (k = at; k < len && b[k] != '\n'; k++)
		if (!strchr("|+-: \t\r", b[k]))
			return 0; /* no separator below: no header */
	for (c = 0; c < nh; c++)
		if (credential_header(b, head[c][0], head[c][1]))
			named |= 1ul << c;
	if (!named)
		return 0;
	for (at = line_end(b, len, at) + 1, n = 0;
	     at < len && n < BLOCK_MAX_LINES && r == 0; n++) {
		size_t cle = content_end(b, len, at);

		nc = md_cells(b, at, cle, cells);
		if (!nc)
			break;
		for (c = 0; c < nc && c < nh && r == 0; c++)
			if (named >> c & 1)
				r = emit_path_as(l, b, (const size_t(*)[2])head + c, 1,
						 "", cells[c][0], cells[c][1]);
		at = line_end(b, len, at) + 1;
	}
	return r;
}

/* The first byte of the line b[ls..le) past its indent: each syntax here
 * shows there (\newcommand, :field:, @Decorator, a table's |, a
 * notebook's "%env, a generator's name:), so a line or a hit elsewhere
 * costs a look at it. */
static unsigned char syntax_first(const unsigned char *b, size_t ls, size_t le)
{
	size_t k = skip_blanks(b, ls, le), e;

	if (k + 1 >= le)
		return 0;
	switch (b[k]) {
	case '\\':
	case ':':
	case '@':
	case '|': return b[k];
	case '"': /* a notebook's line: "%env, "!export, "export, "NAME= */
		if (b[k + 1] == '%' || b[k + 1] == '!' ||
		    (k + 8 < le && !memcmp(b + k + 1, "export ", 7)))
			return '"';
		for (e = k + 1; e < le && (isupper(b[e]) || isdigit(b[e]) || b[e] == '_');
		     e++)
			;
		return e > k + 1 && e < le && b[e] == '=' ? '"' : 0;
	case '-': /* a Kustomize generator's name */
		if (b[k + 1] != ' ')
			return 0;
		k = skip_blanks(b, k + 2, le);
		/* fall through */
	case 'n': return k + 5 < le && !memcmp(b + k, "name:", 5) ? 'n' : 0;
	default: return 0;
	}
}

/* syntax_first() of the line above the one starting at ls when that line
 * ends in ')' (a decorator's call), looked back on 256 bytes at most; 0
 * when there is none. */
static unsigned char above_first(const unsigned char *b, size_t ls)
{
	size_t from = ls > 257 ? ls - 257 : 0;
	const unsigned char *nl;

	if (ls < 3 || (b[ls - 2] != ')' && (b[ls - 2] != '\r' || b[ls - 3] != ')')))
		return 0;
	nl = memrchr(b + from, '\n', ls - 1 - from);
	if (!nl && from > 0)
		return 0;
	return syntax_first(b, nl ? (size_t)(nl - b) + 1 : 0, ls - 1);
}

int syntax_line(const unsigned char *b, size_t len, size_t ls, size_t le,
		struct kh_layer *l)
{
	int r = 0;

	switch (syntax_first(b, ls, le)) {
	case '\\': r = latex_macro(b, ls, le, l); break;
	case ':': r = rst_field(b, len, ls, le, l); break;
	case '"': r = notebook_assignment(b, ls, le, l); break;
	case '@': r = decorator_value(b, len, ls, le, l); break;
	case 'n': r = kustomize_literals(b, len, ls, le, l); break;
	case '|': r = md_header_table(b, len, ls, le, l); break;
	}
	/* a field under its decorator's line: @Value('...') then apiKey: string; */
	if (r == 0 && above_first(b, ls) == '@') {
		size_t als = ls - 1 > 256 ? ls - 1 - 256 : 0;
		const unsigned char *nl = memrchr(b + als, '\n', ls - 1 - als);

		als = nl ? (size_t)(nl - b) + 1 : als;
		r = decorator_value(b, len, als, content_end(b, len, als), l);
	}
	/* a provider's line, anywhere in code: { provide: ..., useValue: ... } */
	if (r == 0 && memchr(b + ls, 'V', le - ls))
		r = provider_value(b, ls, le, l);
	return r < 0 ? -1 : 0;
}

/*
 * Whether a keyword's hit ending at b[last] stands where syntax_line reads
 * (every rule's: a provider's name there needs the same reading): a LaTeX
 * macro's name (\apikey} or \apikey{), a field list's :name: or :Two
 * Words:, after %env, a decorated field's name, a table's first cell.
 */
int syntax_named(struct kh_hit *h)
{
	const unsigned char *b = h->b;
	size_t len = h->len, last = h->last;
	/* a field after its decorators sits further from its line's start
	 * than a name: 256 bytes looked back */
	size_t ls = last > 256 ? last - 256 : 0, s = last, k = last + 1;
	const unsigned char *nl = memrchr(b + ls, '\n', last - ls);
	unsigned char first;

	if (!nl && ls > 0)
		return 0;
	first = syntax_first(b, nl ? (size_t)(nl - b) + 1 : 0, last);
	if (!first && (!nl || nl - b < 2 || (nl[-1] != ')' && nl[-1] != '\r')))
		return 0; /* no syntax here, no call's line above */
	k = hit_name_end(h, HIT_WORD, last + NAME_MAX_LEN);
	/* a field under its decorator's line: a type's ':' (or '!', '?') */
	if (!first && k < len && (b[k] == ':' || b[k] == '!' || b[k] == '?') &&
	    above_first(b, (size_t)(nl - b) + 1) == '@')
		first = '@';
	if (!first)
		return 0;
	while (s > 0 && last - s < NAME_MAX_LEN &&
	       (isalnum(b[s - 1]) || b[s - 1] == '_' || b[s - 1] == '@'))
		s--;
	if (s == 0 || k >= len)
		return 0;
	switch (first) {
	case '\\': return b[s - 1] == '\\' && strchr("}{[ ", b[k]);
	case ':': /* :api_key:, :Secret Key: */
		return b[k] == ':' ||
		       (b[k] == ' ' && memchr(b + k, ':', len - k < 24 ? len - k : 24));
	case '"': /* %env NAME value, NAME=value */
		return b[k] == '=' || (b[k] == ' ' && b[s - 1] == ' ');
	case 'n': /* a generator's name: its literals below */
		return b[k] == '-' || b[k] == '\n' || b[k] == '\r';
	default: /* a decorated field, a table's cell */
		return strchr(":!?; |`", b[k]) != NULL;
	}
}

/* ---- no glue known: a credential's name and a value on its line --------- */

/*
 * The readers above each know a glue between a name and its value; a new
 * language brings another (NASM's db, COBOL's VALUE, a cast, a wrapping
 * call, a macro's comma). This one knows none: on a line where a
 * credential's name stands and no reader found a pair, each name takes
 * the first value to its right, past any run of binding marks and short
 * words, and the rules' own checks judge the pair. What is no glue stops
 * it: a comparison, an operator, a member, another name.
 */

/* How far past its name a value may start: the glue's length. */
#define LINE_GLUE_SPAN 32

/* The bytes that may follow a name into a glue: blanks, binding marks, a
 * quoted name's closing quote. */
static const unsigned char line_glue_start[256] = {
	[' '] = 1, ['\t'] = 1, ['='] = 1, [':'] = 1, [','] = 1,
	['('] = 1, ['{'] = 1,  ['['] = 1, ['*'] = 1, ['&'] = 1,
	['"'] = 1, ['\''] = 1, ['}'] = 1, ['>'] = 1, [']'] = 1
};

/* Whether the word b[k..e) compares or joins conditions (Perl's eq and
 * ne, SQL's in, Python's not): a name before it is tested, not given a
 * value. Case aside. */
static int comparing_word(const unsigned char *b, size_t k, size_t e)
{
	/* by length: two letters, three, four and six */
	static const char *const two = "eqneltgtlegeinorif", *const three = "cmpnotand";
	size_t n = e - k, w;

	if (n == 2 || n == 3) {
		const char *list = n == 2 ? two : three;

		for (w = 0; list[w]; w += n)
			if (equal_ci(b + k, list + w, n))
				return 1;
		return 0;
	}
	return (n == 4 && (equal_ci(b + k, "like", 4) || equal_ci(b + k, "from", 4))) ||
	       (n == 6 && equal_ci(b + k, "import", 6));
}

/* Whether the name starting at b[ns] (maybe quoted) is the first argument
 * of a call that compares or checks (strcmp, assertEquals, matches,
 * verify): its other arguments are what it is tested against. */
static int tested_argument(const unsigned char *b, size_t ls, size_t ns)
{
	static const char *words[] = { "cmp",	"equal", "compare", "assert", "match",
				       "check", "valid", "verify",  "expect" };
	size_t open = skip_blanks_back(b, ns - (ns > ls && strchr("\"'", b[ns - 1])), ls),
	       s, w;

	if (open == ls || b[open - 1] != '(')
		return 0;
	for (s = --open; s > ls && code_name_byte(b[s - 1]); s--)
		;
	for (w = 0; w < sizeof(words) / sizeof(words[0]); w++)
		if (kh_contains_ci(b + s, open - s, words[w], 0))
			return 1;
	return 0;
}

/* Perl's and Raku's quote words q, qq and Q with a bracket as delimiter
 * (q{...}, qq(...), Q[...]) as the word b[k..w): the literal's content in
 * [*vs, *ve) on its line b[..le), *end past it; 0 when it is none. */
static int perl_quote(const unsigned char *b, size_t k, size_t w, size_t le, size_t *vs,
		      size_t *ve, size_t *end)
{
	const char *o = w < le && b[w] ? strchr("{([<", b[w]) : NULL;
	unsigned char close;

	if (!o || !((w - k == 1 && (b[k] == 'q' || b[k] == 'Q')) ||
		    (w - k == 2 && b[k] == 'q' && b[k + 1] == 'q')))
		return 0;
	close = (unsigned char)"})]>"[o - "{([<"];
	return (*end = delimited(b, w + 1, le, &close, 1, vs, ve)) != 0;
}

/* The bracket that closes a subscript opened by c, or 0. */
static unsigned char subscript_close(unsigned char c)
{
	return c == '{' ? '}' : c == '<' ? '>' : c == '[' ? ']' : 0;
}

/* Whether the name b[ns..ne) joins words ('_', '-', '.' or a camelCase
 * hump): a program's setting, not a word of prose. */
static int joined_name(const unsigned char *b, size_t ns, size_t ne)
{
	size_t k;

	for (k = ns + 1; k < ne; k++)
		if (strchr("_-.", b[k]) || (islower(b[k - 1]) && isupper(b[k])))
			return 1;
	return 0;
}

/* What a byte is to line_glue_value's glue: a blank, a quote, a binding
 * mark (= : ? and the marks of brackets, casts and arguments), a flag's
 * or R's arrow's first byte, a word's (letters, digits, '_'), or a stop. */
enum glue_class {
	GLUE_STOP,
	GLUE_BLANK,
	GLUE_QUOTE,
	GLUE_ASSIGN,
	GLUE_MARK,
	GLUE_DASH,
	GLUE_WORD
};
static const unsigned char glue_class[256] = {
	[' '] = GLUE_BLANK,	  ['\t'] = GLUE_BLANK,	     ['"'] = GLUE_QUOTE,
	['\''] = GLUE_QUOTE,	  ['`'] = GLUE_QUOTE,	     ['='] = GLUE_ASSIGN,
	[':'] = GLUE_ASSIGN,	  ['?'] = GLUE_ASSIGN,	     [','] = GLUE_MARK,
	['('] = GLUE_MARK,	  [')'] = GLUE_MARK,	     ['{'] = GLUE_MARK,
	['['] = GLUE_MARK,	  [']'] = GLUE_MARK,	     ['*'] = GLUE_MARK,
	['&'] = GLUE_MARK,	  ['-'] = GLUE_DASH,	     ['<'] = GLUE_DASH,
	['_'] = GLUE_WORD,	  ['0' ... '9'] = GLUE_WORD, ['A' ... 'Z'] = GLUE_WORD,
	['a' ... 'z'] = GLUE_WORD
};

/* Whether c follows Perl's and Raku's q or Q in a quote word: a
 * bracket, or q's second q. */
static int quote_word_next(unsigned char c)
{
	return c == '{' || c == '(' || c == '[' || c == '<' || c == 'q';
}

/* Whether a literal may stand in b[k..e): a quote, or Perl's and Raku's
 * q, qq and Q before a bracket (q[...]); 16 bytes a step. */
static int literal_in(const unsigned char *b, size_t k, size_t e)
{
#ifdef __SSE2__
	for (; k + 17 <= e; k += 16) { /* b[k + 16] is read: a q's next */
		__m128i x = _mm_loadu_si128((const __m128i *)(b + k));
		unsigned q;

		if (_mm_movemask_epi8(_mm_or_si128(
			    _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('"')),
					 _mm_cmpeq_epi8(x, _mm_set1_epi8('\''))),
			    _mm_cmpeq_epi8(x, _mm_set1_epi8('`')))))
			return 1;
		for (q = (unsigned)_mm_movemask_epi8(
			     _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('q')),
					  _mm_cmpeq_epi8(x, _mm_set1_epi8('Q'))));
		     q; q &= q - 1)
			if (quote_word_next(b[k + (size_t)__builtin_ctz(q) + 1]))
				return 1;
	}
#endif
	for (; k < e; k++)
		if (glue_class[b[k]] == GLUE_QUOTE ||
		    ((b[k] == 'q' || b[k] == 'Q') && k + 1 < e &&
		     quote_word_next(b[k + 1])))
			return 1;
	return 0;
}

/* The bytes that end a bare token: a blank, a quote, a closing bracket, a
 * separator, and those a name or a call goes on with. */
static const unsigned char bare_stop[256] = {
	[' '] = 1, ['\t'] = 1, ['"'] = 1, ['\''] = 1, ['}'] = 1, [')'] = 1, [','] = 1,
	[';'] = 1, [']'] = 1,  [':'] = 1, ['='] = 1,  ['('] = 1, ['['] = 1
};

/* Where the quoted type's name at b[k] (a string's: 'string', "str",
 * 'text') ends, past its closing quote, within b[..e); 0 when b[k]
 * opens no such literal. */
static size_t type_literal(const unsigned char *b, size_t k, size_t e)
{
	static const char *const types[] = { "string", "str", "text", NULL };
	size_t i, n;

	for (i = 0; types[i]; i++) {
		n = strlen(types[i]);
		if (k + n + 2 <= e && b[k + n + 1] == b[k] &&
		    equal_ci(b + k + 1, types[i], n))
			return k + n + 2;
	}
	return 0;
}

/* Whether b[k] starts a map's arrow between a key and its value (Scala's
 * "name" -> "value", Wolfram's <|"name" -> "value"|>): -> then a blank or
 * a quote, not C's or PHP's member (token->data). */
static int map_arrow(const unsigned char *b, size_t k, size_t le)
{
	return k + 2 < le && b[k] == '-' && b[k + 1] == '>' &&
	       (b[k + 2] == ' ' || b[k + 2] == '"' || b[k + 2] == '\'') && k > 0 &&
	       (b[k - 1] == ' ' || b[k - 1] == '"' || b[k - 1] == '\'');
}

/* Whether b[k..e) is a declaration's keyword as SQL, COBOL and ABAP
 * shout them (CONSTANT, VARCHAR2, CHARACTER): capitals and digits, up to
 * 12, a word of glue though longer than a lower-case one. */
static int shouted_keyword(const unsigned char *b, size_t k, size_t e)
{
	size_t i;

	if (e - k > 12 || !isupper(b[k]))
		return 0;
	for (i = k; i < e; i++)
		if (!isupper(b[i]) && !isdigit(b[i]))
			return 0;
	return 1;
}

/*
 * Where a setting's name stands on the line b[ls..le) when something
 * comes before it: a template's variable (Robot Framework's ${NAME}
 * value), or the word after one lower-case directive (csh's setenv NAME
 * value, RPM's %global, NSIS' !define), whose value must then end the
 * line (*directive set). The line's first word when neither does.
 */
static size_t setting_name_start(const unsigned char *b, size_t ls, size_t le,
				 int *directive)
{
	size_t k = skip_blanks(b, ls, le), d, e, n;

	*directive = 0;
	if (k + 1 < le && (b[k] == '$' || b[k] == '@' || b[k] == '%') && b[k + 1] == '{')
		return k + 2;
	/* (not C's #define: its bare values are numbers and expressions) */
	d = k + (k < le && (b[k] == '%' || b[k] == '!' || b[k] == '.'));
	/* (a lower-case word: a capital starts prose, and a Dockerfile's
	 * ENV NAME value is its own reader's, in a Dockerfile only) */
	for (e = d; e < le && e - d <= 12 && islower(b[e]); e++)
		;
	if (e > d && e - d <= 12 && e < le && (b[e] == ' ' || b[e] == '\t') &&
	    (n = skip_blanks(b, e, le)) < le) {
		*directive = 1;
		return n;
	}
	return k;
}

/* Whether the name at b[ns] on the line b[ls..le) is where a setting's
 * name stands, so a bare value after blanks is its own: the line's first
 * word, or the name setting_name_start() finds (*last set after a
 * directive). */
static int setting_name_at(const unsigned char *b, size_t ls, size_t le, size_t ns,
			   int *last)
{
	int directive;

	*last = 0;
	if (skip_blanks(b, ls, le) == ns)
		return 1;
	if (setting_name_start(b, ls, le, &directive) != ns)
		return 0;
	*last = directive;
	return 1;
}

/* Where a cast or an attribute in angle brackets that starts at b[k]
 * (TypeScript's <const>, <string>; Lua's <const>, <close>) ends, past its
 * '>', within b[..e); 0 when b[k] starts none (a comparison, <-). */
static size_t angle_cast(const unsigned char *b, size_t k, size_t e)
{
	size_t i;

	if (b[k] != '<' || k + 2 >= e || !isalpha(b[k + 1]))
		return 0;
	for (i = k + 1; i < e && i - k <= 12 && isalpha(b[i]); i++)
		;
	return i < e && b[i] == '>' ? i + 1 : 0;
}

/* Whether a credential_word_at() word starts in b[k..e). */
static int has_credential_word(const unsigned char *b, size_t k, size_t e)
{
	return next_credential_word(b, k, e) < e;
}

/*
 * The value after the name b[ns..ne) on the line b[ls..le), past any glue
 * within LINE_GLUE_SPAN bytes: a subscript's closing bracket
 * ($h{name}), blanks, binding marks (= : :: , ( ) { [ ] * & <- ?= and a
 * flag's -) and up to three words of under 8 letters or called (db,
 * VALUE, as, to, char, String::from, sensitive(, a one- or two-letter
 * string prefix: N'...'). Then a literal in any quotes (Perl's q[...]
 * too), or, where no ',' or '(' came first (a call's other argument, a
 * variable), a bare token. None for a comparison (==, !=, <, >, eq, in,
 * not), an operator or a statement's end, a member (a word then '.'), an
 * index, another credential's name (the value is that name's), a longer
 * word, a method named like a credential (vault.secret("name")), an
 * argument after the name's own call (fetchToken(ctx, "...")), or the
 * rules' own glue (one =, :, := or => alone). Its content in
 * [*vs, *ve); *end past it.
 */
static int line_glue_value(const unsigned char *b, size_t ls, size_t le, size_t ns,
			   size_t ne, size_t *vs, size_t *ve, size_t *end)
{
	size_t k = ne, span, w, depth = 0;
	int words = 0, marks = 0, assigns = 0, args = 0, ahead = 0, own, joined, last = 0;
	int called = ne < le && b[ne] == '('; /* the name's call: fetchToken(...) */

	if (ns > ls && (b[ns - 1] == '"' || b[ns - 1] == '\'') && k < le &&
	    b[k] == b[ns - 1])
		k++; /* a quoted name: "secret": ... */
	else if (called && ns > ls &&
		 (b[ns - 1] == '.' || b[ns - 1] == '>' || b[ns - 1] == ':'))
		return 0; /* a method's call: vault.secret("name") looks one up */
	if (k < le && ns - (k - ne) > ls &&
	    subscript_close(b[ns - 1 - (k - ne)]) == b[k]) {
		k++; /* a subscript's name: %*ENV<NAME> = ..., $h{name} = ... */
		marks++;
	}
	span = le - k > LINE_GLUE_SPAN ? k + LINE_GLUE_SPAN : le;
	for (; k < span; k++) {
		unsigned char c = b[k], d = k + 1 < le ? b[k + 1] : 0;

		/* past a comma, a bracket or a word only a quoted literal
		 * may come: none ahead, none at all (code's calls end here) */
		if ((args || words) && !ahead && !(ahead = literal_in(b, k, span)))
			return 0;
		switch (glue_class[c]) {
		case GLUE_BLANK: continue;
		case GLUE_QUOTE:
			/* a declaration's type as a string before its value:
			 * Meson's option('x', type : 'string', value : '...') */
			if ((w = type_literal(b, k, span)) == 0)
				break;
			if (++words > 3)
				return 0;
			k = w - 1;
			continue;
		case GLUE_ASSIGN:
			if (d == '=' && c == '=')
				return 0; /* ==, === */
			if (c == ':' && d == ':')
				marks++; /* a type's :: (Haskell, Fortran) */
			else if (c == '?' && d != '=')
				return 0;
			else
				assigns++;
			k += d == ':' || d == '=' || (c == '=' && d == '>');
			continue;
		case GLUE_MARK:
			if (c == ')' && !depth--)
				return 0; /* a call's end, not a cast's: (char *)"..." */
			if (c == '(')
				depth++;
			if (c == ',' && called)
				return 0; /* fetchToken(ctx, "..."): an argument */
			args |= c == ',' || c == '(';
			marks++;
			continue;
		case GLUE_DASH: /* a flag: -Value '...'; R's <-; a map's -> */
			if ((w = angle_cast(b, k, span)) != 0) {
				k = w - 1; /* <const>"...", Lua's <const> = */
				marks++;
				continue;
			}
			if (!((c == '-' && glue_class[d] == GLUE_WORD && d > '9' &&
			       !args && (b[k - 1] == ' ' || b[k - 1] == '\t')) ||
			      (c == '<' && d == '-') || map_arrow(b, k, le)))
				return 0;
			k += c == '<' || d == '>';
			marks++;
			continue;
		case GLUE_WORD: break;
		default:
			/* a YAML tag: !!str "..." (a word follows) */
			if (c == '!' && (d == '!' || isalpha(d)) &&
			    (b[k - 1] == ' ' || b[k - 1] == '\t')) {
				k += d == '!';
				continue;
			}
			return 0;
		}
		if (glue_class[c] == GLUE_QUOTE)
			break;
		if (c <= '9' && k > ne && b[k - 1] == '[') {
			while (k + 1 < span && b[k + 1] >= '0' && b[k + 1] <= '9')
				k++; /* an array's size: key[33] */
			continue;
		}
		for (w = k, joined = 0; w < le && glue_class[b[w]] == GLUE_WORD; w++)
			joined |= b[w] == '_';
		if (w + 1 < le && b[w] == '!' && b[w + 1] == '(')
			w++; /* a macro's call around the literal: concat!("...") */
		else if (w - k == 4 && le - w > 11 &&
			 !memcmp(b + k, "JSON.stringify(", 15))
			w += 10; /* a serializer's: DefinePlugin's JSON.stringify("...")
				  */
		if ((w - k < 8 && !joined) || (w < le && (b[w] == '(' || b[w] == '{')) ||
		    shouted_keyword(b, k, w)) {
			/* a word: a type, a clause, a call around the literal,
			 * a literal's prefix */
			if (w < le && (b[w] == '"' || b[w] == '\'') && w - k <= 2) {
				k = w;
				break;
			}
			if (w - k <= 2 && perl_quote(b, k, w, le, vs, ve, end))
				return !args || !string_follows(b, le, *ve);
			if (++words > 3 || (w < le && (b[w] == '.' || b[w] == '[')) ||
			    (comparing_word(b, k, w) && (w == le || b[w] != '(')) ||
			    has_credential_word(b, k, w))
				return 0;
			k = w - 1;
			continue;
		}
		/* a bare token: not a call's argument, a word's (hash:...),
		 * the rules' own, or after blanks alone but a setting's name
		 * where a statement starts (not a word of prose: Password) */
		if (args || words ||
		    (!marks && (assigns || !joined_name(b, ns, ne) ||
				!setting_name_at(b, ls, le, ns, &last))))
			return 0;
		/* read to VALUE_MAX_LEN + 1 bytes at most: longer is no
		 * credential, and a long line's every name would read on */
		*vs = k;
		span = le - k > VALUE_MAX_LEN ? k + VALUE_MAX_LEN + 1 : le;
		for (*ve = k, w = 0; *ve < span && !bare_stop[b[*ve]]; (*ve)++)
			w |= b[*ve] >= '0' && b[*ve] <= '9';
		*end = *ve;
		if (!w)
			return 0; /* words (prose, a name): a bare secret has a digit */
		/* a number in code's notation (0x53474972756c6573ull: a
		 * register's magic, a hash's seed) */
		if (*ve - k > 2 && b[k] == '0' && (b[k + 1] == 'x' || b[k + 1] == 'X'))
			return 0;
		/* after a directive, the line's last word (not a command's) */
		if (last && skip_blanks(b, *ve, le) < le &&
		    b[skip_blanks(b, *ve, le)] != ';')
			return 0;
		/* not a call, an index, the next pair's name (a:{b:!0}, a
		 * pointer's *sh_key), a subscript's own (key[KEY_SIZE]) */
		if (memchr(b + k, '_', *ve - k) && has_credential_word(b, k, *ve))
			return 0;
		if (*ve < le && b[*ve] == ']' && b[skip_blanks_back(b, k, ls) - 1] == '[')
			return 0;
		return *ve == le || !(b[*ve] == ':' || b[*ve] == '=' || b[*ve] == '(' ||
				      b[*ve] == '[');
	}
	if (k >= span)
		return 0;
	/* a literal; one = or : alone before it is the rules' own */
	if (!marks && !words && assigns == 1)
		return 0;
	if (args && tested_argument(b, ls, ns))
		return 0; /* strcmp(password, "...") */
	if (b[k] == '`') {
		const unsigned char *q = memchr(b + k + 1, '`', le - k - 1);

		if (!q)
			return 0;
		*vs = k + 1;
		*ve = (size_t)(q - b);
		*end = *ve + 1;
		asciidoc_literal(b, vs, ve);
		return 1;
	}
	if (!(*end = own_literal(b, k, le, vs, ve, &own)))
		return 0;
	/* a key, not a value: creds = Map("api_token" -> "..."): the key's */
	w = skip_blanks(b, *end, le);
	if (map_arrow(b, w, le) || (w + 1 < le && b[w] == '=' && b[w + 1] == '>') ||
	    (w + 1 < le && b[w] == ':' &&
	     (b[w + 1] == ' ' || glue_class[b[w + 1]] == GLUE_QUOTE)))
		return 0;
	/* a table of names and their strings: {NAME_PASSWORD, "NAME_PASSWORD"} */
	if (*ve - *vs == ne - ns && equal_ci(b + *vs, (const char *)b + ns, ne - ns))
		return 0;
	/* a list of strings ("a11y_accesskey", "a11y_label", ...) is no pair */
	return !args || !string_follows(b, le, *ve);
}

/* Whether the name b[ns..ne) names a digest (api_key_sha256, token_md5):
 * a hash of the credential, not it. */
static int digest_name(const unsigned char *b, size_t ns, size_t ne)
{
	return kh_contains_ci(b + ns, ne - ns, "sha1", 0) ||
	       kh_contains_ci(b + ns, ne - ns, "sha2", 0) ||
	       kh_contains_ci(b + ns, ne - ns, "sha5", 0) ||
	       kh_contains_ci(b + ns, ne - ns, "md5", 0);
}

/* Whether s[0..n) is a file's path (/run/secrets/x, ./chunk-A1.mjs,
 * ~/.keys/x): where a credential is kept, not one. */
static int file_path(const unsigned char *s, size_t n)
{
	return n > 1 && (s[0] == '/' || (s[0] == '~' && s[1] == '/') ||
			 (s[0] == '.' && (s[1] == '/' || s[1] == '.')));
}

/* The start of the name around the credential word at b[i] on the line
 * b[ls..): its own marks included (Vim's g:, a keyword's :). */
static size_t line_glue_name(const unsigned char *b, size_t ls, size_t i)
{
	size_t s = i;

	/* (a name longer than credential_name() takes is one) */
	while (s > ls && i - s <= NAME_MAX_LEN &&
	       (code_name_byte(b[s - 1]) || b[s - 1] == ':'))
		s--;
	return s;
}

/* The end of the name (and its marks) that starts at b[i]. */
static size_t line_glue_name_end(const unsigned char *b, size_t i, size_t le)
{
	while (i < le && (code_name_byte(b[i]) || b[i] == ':'))
		i++;
	return i;
}

/* The end of the name a bare value on the line b[ls..le) may have (see
 * setting_name_start). */
static size_t setting_name_end(const unsigned char *b, size_t ls, size_t le)
{
	int directive;

	return line_glue_name_end(b, setting_name_start(b, ls, le, &directive), le);
}

/* Whether b[s] starts a name the line's text holds (w: the line's
 * strings): in a string that opens before it, unless the string is the
 * name ("secret": ...). */
static int name_in_text(const unsigned char *b, struct string_walk *w, size_t s,
			size_t ne, size_t le)
{
	if (s > w->ls && (b[s - 1] == '"' || b[s - 1] == '\'') && ne < le &&
	    b[ne] == b[s - 1])
		return string_walk_in(b, w, s - 1);
	return string_walk_in(b, w, s);
}

/* The pairs of the line b[ls..le) that only line_glue_value reads: each
 * credential's name with the value to its right, the next name after it. */
int line_glue_line(const unsigned char *b, size_t ls, size_t le, struct kh_layer *l)
{
	struct string_walk w;
	size_t i, s, ne, vs, ve, end, stop = le;

	string_walk_init(&w, ls);
	/* a line without quotes: a bare value, whose name starts the line
	 * (or follows a directive or a template's ${) */
	if (!literal_in(b, ls, le))
		stop = setting_name_end(b, ls, le);
	for (i = next_credential_word(b, ls, stop); i < stop;
	     i = next_credential_word(b, i + 1, stop)) {
		s = line_glue_name(b, ls, i);
		for (ne = i; ne < le && code_name_byte(b[ne]); ne++)
			;
		i = ne;
		if (ne >= le || !line_glue_start[b[ne]] ||
		    !line_glue_value(b, ls, le, s, ne, &vs, &ve, &end) ||
		    !credential_name(b + s, ne - s) || digest_name(b, s, ne) ||
		    name_in_text(b, &w, s, ne, le) || file_path(b + vs, ve - vs))
			continue;
		if (emit_split(l, b, s, ne, vs, ve) < 0)
			return -1;
		i = end > i ? end - 1 : i;
	}
	return 0;
}

/* A keyword hit of the generic rule that ends b[last]: whether its name
 * has a value line_glue_value reads. */
int line_glue_named(struct kh_hit *h)
{
	const unsigned char *b = h->b;
	size_t len = h->len, last = h->last;
	struct string_walk w;
	size_t k = last + 1, s = last, t, ls, le, vs, ve, end;
	const unsigned char *nl;
	int last_word;

	k = hit_name_end(h, HIT_CODE, last + 24);
	if (k >= len || !line_glue_start[b[k]])
		return 0;
	s = hit_name_start(h, HIT_CODE_COLON, NAME_MAX_LEN);
	/* a literal ahead, or a bare value's name that starts its line: most
	 * hits in code have neither */
	t = skip_blanks_back(b, s, 0);
	ls = near_line_start(b, s);
	if (ls > s)
		ls = s;
	if (t > 0 && b[t - 1] != '\n' &&
	    !literal_in(b, k,
			len - k > LINE_GLUE_SPAN + 1 ? k + LINE_GLUE_SPAN + 1 : len) &&
	    !setting_name_at(b, ls, k, s, &last_word))
		return 0;
	le = len - k > 256 ? k + 256 : len;
	if ((nl = memchr(b + k, '\n', le - k)))
		le = (size_t)(nl - b);
	if (le > ls && b[le - 1] == '\r')
		le--;
	string_walk_init(&w, ls);
	return line_glue_value(b, ls, le, s, k, &vs, &ve, &end) &&
	       credential_name(b + s, k - s) && !digest_name(b, s, k) &&
	       !name_in_text(b, &w, s, k, le);
}

/* ---- a pool of values under a plural name ------------------------------- */

/*
 * A plural credential's name given its values as one quoted string of a
 * list (ES|QL's `| EVAL RELAY_SASL_PASSWORDS = "a,b"`, `API_KEYS: 'k1,
 * k2'`, a rotation's pool), where no other reader takes the line: the name
 * ends where the line's first '=' or ':' starts; key_pool() splits the
 * string, emit_pool() reads each value under the singular name.
 */
int pooled_values_line(const unsigned char *b, size_t ls, size_t le, struct kh_layer *l)
{
	size_t k, ns, ne, q;
	const unsigned char *end;

	for (k = ls; k < le && b[k] != '=' && b[k] != ':'; k++)
		;
	if (k + 1 >= le || b[k + 1] == '=' || b[k + 1] == ':')
		return 0; /* none, a comparison, a scope */
	ne = skip_blanks_back(b, k, ls);
	ne -= ne > ls && (b[ne - 1] == '"' || b[ne - 1] == '\'');
	for (ns = ne; ns > ls && (isalnum(b[ns - 1]) || b[ns - 1] == '_'); ns--)
		;
	if (ne == ns || !plural_secret(b, ns, ne))
		return 0;
	q = skip_blanks(b, k + 1, le);
	if (q + 1 >= le || (b[q] != '"' && b[q] != '\'') ||
	    !(end = memchr(b + q + 1, b[q], le - q - 1)))
		return 0;
	return emit_pool(l, b, ns, ne, "", q + 1, (size_t)(end - b)) < 0 ? -1 : 0;
}
