/*
 * validate_generic.c - whether a value under a credential's name (the
 * generic rule) is random enough to be one: no provider's format vouches
 * for it, so its characters must.
 */
#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "rules.h"
#include "text.h"
#include "util.h"
#include "validate.h"

/*
 * How many symbols the value's characters come from: hex (one case), the
 * letters and digits it mixes, base64's and base64url's marks, or all of
 * printable ASCII once other punctuation shows (a password).
 */
static double alphabet_size(const unsigned char *s, size_t n)
{
	int lower = 0, upper = 0, digit = 0, b64mark = 0, punct = 0, nonhex = 0;
	size_t i;

	for (i = 0; i < n; i++) {
		unsigned char c = s[i];

		if (islower(c)) {
			lower = 1;
			nonhex |= c > 'f';
		} else if (isupper(c)) {
			upper = 1;
			nonhex |= c > 'F';
		} else if (isdigit(c)) {
			digit = 1;
		} else if (c && strchr("+/-_=", c)) {
			b64mark = 1;
		} else {
			punct = 1;
		}
	}
	if (!nonhex && !(lower && upper) && !b64mark && !punct)
		return 16;
	if (punct)
		return 94;
	return 26.0 * lower + 26.0 * upper + 10.0 * digit + 2.0 * b64mark;
}

/*
 * The entropy a value of n characters from k symbols needs: that of a
 * uniformly random one, about the log of the distinct symbols it is
 * expected to use, k(1 - (1 - 1/k)^n), less a margin that keeps 98% of
 * random values of 16 characters (94% of hex ones, 98% from 32), and never
 * more than 3.3 bits, as a value can be a prefix and hex, or base64 of
 * text.
 */
static double entropy_floor(size_t n, double k)
{
	double distinct = k * (1 - pow(1 - 1 / k, (double)n)),
	       floor = log2(distinct) - 0.5;

	return floor < 3.3 ? floor : 3.3;
}

/*
 * The entropy floor of a value as the generic judge reads it: a key's hex of
 * a digest's length (32, 40 or 64 digits of one case, what OpenWeatherMap,
 * Sonarr, Trello and SonarQube issue) falls under entropy_floor's 3.3 bits
 * one time in 60 at 32 digits (a random digit's repeats), so 3.0 there:
 * 1 in 5,000 random ones; a digest named so is refused by its name, not
 * by this (names_no_credential, is_digest).
 */
static int is_digest_hex(const unsigned char *s, size_t n);

static double hex_key_floor(const unsigned char *s, size_t n)
{
	double k = alphabet_size(s, n);

	if (k == 16 && (n == 32 || n == 40 || n == 64) && is_digest_hex(s, n))
		return 3.0;
	return entropy_floor(n, k);
}

/* How many of s[0..n)'s characters runs that climb the alphabet or the
 * digits one by one (abc, 12345) fill, counting runs of min or more; the
 * longest run in *longest. */
static size_t climbing_runs(const unsigned char *s, size_t n, size_t min, size_t *longest)
{
	size_t i, run = 1, filled = 0;

	*longest = 0;
	for (i = 1; i <= n; i++) {
		int a = tolower(s[i - 1]), b = i < n ? tolower(s[i]) : 0;

		if (i < n && isalnum(a) && b == a + 1 && !!isalpha(a) == !!isalpha(b)) {
			run++;
			continue;
		}
		*longest = run > *longest ? run : *longest;
		filled += run >= min ? run : 0;
		run = 1;
	}
	return filled;
}

/* Characters that climb the alphabet or the digits one by one (abcde,
 * 12345) filling a value: runs of 5 or more that make a quarter of it, or
 * one of 8. Five in a row are odds of about 1 in 10^7 per position in
 * random text, but a long random value may hold them (a 64-hex key with
 * `12345` in it is still random). */
static int has_climb(const unsigned char *s, size_t n)
{
	size_t longest, filled = climbing_runs(s, n, 5, &longest);

	return longest >= 8 || (filled && filled * 4 >= n);
}

/* The class of an alphanumeric character: lower, upper, digit. */
static int char_class(unsigned char c)
{
	return islower(c) ? 0 : isupper(c) ? 1 : 2;
}

/*
 * A name, not a secret: words and numbers between separators
 * (DJANGO_SECRET_KEY_2024, args.oauth2_client_secret,
 * projects/my-app-2/secrets/api-key/versions/3, user:1234:profile), each
 * part one class of characters, or a word of one case and its number
 * (oauth2, v2, 2024b). Random text mixes classes over and over inside its
 * parts.
 */
static int is_identifier(const unsigned char *s, size_t n)
{
	size_t i, parts = 0, start = 0, changes = 0;
	int letters = -1; /* the letter case a part uses, -2 for both */

	for (i = 0; i <= n; i++) {
		if (i < n && isalnum(s[i])) {
			int c = char_class(s[i]);

			if (i > start && c != char_class(s[i - 1]))
				changes++;
			if (c != 2)
				letters = letters == -1 || letters == c ? c : -2;
			continue;
		}
		if (i > start) {
			if (changes > 1 || letters == -2)
				return 0;
			parts++;
		}
		start = i + 1;
		changes = 0;
		letters = -1;
	}
	return parts >= 2;
}

/* Letters a spoken word could have: a vowel, and no more than 4
 * consonants in a row (shrink, Recaptcha); random runs of letters seldom
 * have both in each of their case-words. */
static int spoken_letters(const unsigned char *s, size_t n)
{
	size_t i, vowels = 0, run = 0;

	for (i = 0; i < n; i++) {
		int vowel = s[i] && strchr("aeiouyAEIOUY", s[i]);

		vowels += vowel;
		run = vowel ? 0 : run + 1;
		if (run > 4)
			return 0;
	}
	return vowels > 0;
}

/* The tally of a value's case-words (see kh_is_code_words). */
struct word_tally {
	size_t words, chars, shorts, spoken, acronyms, vocabulary;
};

/* Whether the case-word s[0..n) is one that names things in programs and
 * settings (authKeyTokenV3, AlderClient42, stageAuthKey128), where a
 * password a person chose is made of other words (OrbitFalconLantern3). */
static int code_vocabulary(const unsigned char *s, size_t n)
{
	static const char *const words[] = {
		"auth",	  "key",     "keys",	 "token",   "tokens",	"client",
		"server", "service", "account",	 "user",    "users",	"admin",
		"config", "request", "response", "stage",   "staging",	"prod",
		"dev",	  "test",    "field",	 "input",   "value",	"name",
		"data",	  "type",    "handler",	 "manager", "provider", "default",
		"secret", "pass",    "password", "word",    "api",	"app",
		"db",	  "session", "cache",	 "store",   "reset",	"login",
		"form",	  "label",   "message",	 "error",   "hash",	"salt",
		"env",	  "param",   "id",	 NULL
	};

	return kh_listed_word(words, s, n);
}

/* Counts the case-word s[0..n): 0, or -1 when no name has it. */
static int tally_word(struct word_tally *t, const unsigned char *s, size_t n)
{
	int acronym = isupper(s[n - 1]);

	if (acronym ? n > 5 : !spoken_letters(s, n))
		return -1;
	t->words++;
	t->chars += n;
	t->shorts += n <= 2;
	t->spoken += !acronym && n >= 3;
	t->acronyms += acronym && n >= 3;
	t->vocabulary += code_vocabulary(s, n);
	return 0;
}

/*
 * Code, not a secret: camelCase and PascalCase names of functions, types
 * and enum members (shrinkPaddedLEB128, AWS::EC2::VPNGateway,
 * base64ToArray(vapidKey, PhoneAuthProvider$1), as minified JavaScript and
 * source maps put them beside credential-like names. Its case-words are
 * spoken words (see spoken_letters) and acronyms of at most 5 letters,
 * most of them 3 letters or more, between numbers of at most 4 digits
 * that a lower-case letter never follows.
 * Random base62 of 16 to 32 characters passes by chance 1 time in 2000;
 * upper-case-only values never. A password's marks (!@#%...)
 * keep a value a password.
 */
static int tally_code_words(const unsigned char *s, size_t n, struct word_tally *t)
{
	size_t i = 0, start;

	for (i = 0; i < n; i++)
		if (!isalnum(s[i]) && (!s[i] || !strchr("_.-:/$?(),", s[i])))
			return -1;
	for (i = 0; i < n;) {
		start = i;
		if (!isalnum(s[i])) {
			i++;
		} else if (isdigit(s[i])) {
			while (i < n && isdigit(s[i]))
				i++;
			/* code writes Uint8Array, base64ToArray; pwgen's
			 * pronounceable passwords run on: ohgh6ahxee */
			if (i - start > 4 || (i < n && islower(s[i])))
				return -1;
		} else {
			while (i < n && isupper(s[i]))
				i++;
			if (i < n && islower(s[i])) {
				/* HTTPServer: the acronym HTTP, then Server */
				if (i - start > 1 &&
				    tally_word(t, s + start, i - 1 - start) < 0)
					return -1;
				if (i - start > 1)
					start = i - 1;
				while (i < n && islower(s[i]))
					i++;
			}
			if (tally_word(t, s + start, i - start) < 0)
				return -1;
		}
	}
	return 0;
}

int kh_is_code_words(const unsigned char *s, size_t n)
{
	struct word_tally t = { 0 };

	return tally_code_words(s, n, &t) == 0 && t.spoken >= 1 &&
	       t.spoken + t.acronyms >= 2 && t.shorts * 3 <= t.words &&
	       t.chars * 2 >= t.words * 7;
}

/* A name in namespaces, as C++, Rust, PHP and CloudFormation scope them
 * (AWS::EC2::FlowLog, Acme::Billing::Client): names between "::". */
static int is_scoped_name(const unsigned char *s, size_t n)
{
	size_t i, parts = 0;

	for (i = 0; i < n; i++) {
		if (!isalpha(s[i]))
			return 0;
		while (i < n && (isalnum(s[i]) || s[i] == '_'))
			i++;
		parts++;
		if (i < n && (i + 2 >= n || s[i] != ':' || s[i + 1] != ':'))
			return 0;
		i++;
	}
	return parts >= 2;
}

/* A date and time (2025-01-26T21:56:12.345Z, 2024-05-01 10:00:00): when
 * something happened, not a key. */
static int is_timestamp(const unsigned char *s, size_t n)
{
	static const char shape[] = "dddd-dd-dd?dd:dd";
	size_t i;

	if (n < sizeof(shape) - 1)
		return 0;
	for (i = 0; i < sizeof(shape) - 1; i++)
		if (shape[i] == 'd'   ? !isdigit(s[i])
		    : shape[i] == '?' ? s[i] != 'T' && s[i] != ' '
				      : s[i] != (unsigned char)shape[i])
			return 0;
	return 1;
}

/* An upper-case hex digit: WinSCP's obfuscation's. */
static int is_upper_hex(int c)
{
	return isdigit(c) || (c >= 'A' && c <= 'F');
}

/*
 * Text still encoded (&#45;, &amp;, %2F): the decoded copy of the line is
 * scanned too, and its value is the secret. (The few tokens issued with a
 * %3D in them are their providers' rules' to find.) A %XX is one where the
 * decoder makes that copy (kh_percent_escape): a password's own "%73" or
 * "%65" (KotuQBU%73n?) is no encoding, nor a "%0A" no copy decodes.
 */
static int is_encoded(const unsigned char *s, size_t n)
{
	size_t i, k;

	/* a '%' no escape follows is the password's own: an encoder would
	 * have written it %25 (MuPX#%5ckG%*Lr: typed, not encoded) */
	for (i = 0; i < n; i++)
		if (s[i] == '%' &&
		    (i + 2 >= n || !isxdigit(s[i + 1]) || !isxdigit(s[i + 2])))
			return 0;
	for (i = 0; i + 2 < n; i++) {
		if (s[i] == '%' && kh_percent_escape(s, n, i))
			return 1;
		if (s[i] != '&')
			continue;
		/* &#45; &#x2d; &amp; */
		k = i + 1 < n && s[i + 1] == '#' ? i + 2 : i + 1;
		while (k < n && k < i + 9 &&
		       (s[i + 1] == '#' ? isxdigit(s[k]) || s[k] == 'x' : isalpha(s[k])))
			k++;
		if (k < n && k > i + 2 && s[k] == ';')
			return 1;
	}
	return 0;
}

/* A crypt(3) password hash, maybe after its user as htpasswd writes it
 * (test:$2y$05$..., $6$salt$..., $argon2id$v=19$...): its scheme's id
 * between '$' signs, then its own '$'. */
static int is_crypt_hash(const unsigned char *s, size_t n)
{
	const unsigned char *c = memchr(s, ':', n), *end;
	size_t k;

	if (c && c[1] == '$') {
		n -= (size_t)(c + 1 - s);
		s = c + 1;
	}
	if (n < 8 || s[0] != '$')
		return 0;
	for (k = 1; k < n && k < 12 && (isalnum(s[k]) || s[k] == '-'); k++)
		;
	end = memchr(s + k + 1, '$', n - k - 1);
	return k > 1 && k < n && s[k] == '$' && end != NULL;
}

/* A password as Tomcat's MessageDigestCredentialHandler stores it in
 * tomcat-users.xml: hex salt, '$', iterations, '$', hex digest. */
static int is_tomcat_digest(const unsigned char *s, size_t n)
{
	size_t i = 0, salt, iter, digest;

	while (i < n && isxdigit(s[i]))
		i++;
	salt = i;
	if (i == n || s[i++] != '$')
		return 0;
	while (i < n && isdigit(s[i]))
		i++;
	iter = i - salt - 1;
	if (i == n || s[i++] != '$' || !iter || iter > 7)
		return 0;
	for (digest = 0; i < n && isxdigit(s[i]); i++)
		digest++;
	return i == n && salt >= 8 && digest >= 32;
}

static int all_of(const unsigned char *s, size_t n, int (*is)(int))
{
	size_t i;

	for (i = 0; i < n && is(s[i]); i++)
		;
	return i == n;
}

/* Whether s[0..n) begins with the (case-sensitive) marker. */
static int starts(const unsigned char *s, size_t n, const char *marker)
{
	size_t k = strlen(marker);

	return n > k && !memcmp(s, marker, k);
}

/* A value led by its storage scheme in braces, as LDAP, Dovecot and Spring
 * write one ({SSHA}..., {PBKDF2-SHA512}..., {bcrypt}..., {cipher}...): a
 * hash or a ciphertext, unless the scheme says the text after it is the
 * password itself ({PLAIN}, {CLEARTEXT}, Spring's {noop}). */
static int is_scheme_form(const unsigned char *s, size_t n)
{
	static const char *const plain[] = { "plain", "cleartext", "clear", "noop",
					     NULL };
	size_t e, k;

	if (n < 4 || s[0] != '{')
		return 0;
	for (e = 1; e < n && e <= 24 && (isalnum(s[e]) || strchr("-_.", s[e])); e++)
		;
	if (e < 3 || e + 1 >= n || s[e] != '}')
		return 0;
	for (k = 0; plain[k]; k++)
		if (e - 1 == strlen(plain[k]) &&
		    !strncasecmp((const char *)s + 1, plain[k], e - 1))
			return 0;
	return 1;
}

/*
 * A password kept in a form that is not the password: MySQL's native hash
 * (`*` and 40 hex digits, as mysql.user and ProxySQL's mysql_users hold
 * it), Jetty's obfuscated or hashed realm passwords (OBF:, CRYPT:).
 */
static int is_stored_form(const unsigned char *s, size_t n)
{
	/* YOURLS hashes its users' passwords in place: phpass:!2y!10!…
	 * (bcrypt, '$' written '!'), md5:salt:hex; PgBouncer's and
	 * PostgreSQL's stored md5 form, md5 then hex (ALTER ROLE … PASSWORD
	 * 'md5…' in a psql history) */
	return (n == 41 && s[0] == '*' && all_of(s + 1, 40, isxdigit)) ||
	       (n >= 19 && starts(s, n, "md5") && all_of(s + 3, n - 3, isxdigit)) ||
	       starts(s, n, "OBF:") || starts(s, n, "CRYPT:") ||
	       starts(s, n, "phpass:!") ||
	       (starts(s, n, "md5:") && memchr(s + 4, ':', n - 4)) ||
	       is_scheme_form(s, n);
}

/* A digest named by its algorithm (sha256:9f86..., sha512-...): a
 * checksum of something public, not a key. Or a password's hash as
 * Django and passlib store it, its algorithm then '$' and its parameters
 * (pbkdf2_sha256$30000$salt$hash, argon2$argon2i$v=19$...): what a login
 * checks a password against, which opens nothing. */
static int is_digest(const unsigned char *s, size_t n)
{
	static const char *algos[] = { "md5",	 "sha1",   "sha224", "sha256",
				       "sha384", "sha512", "pbkdf2", "argon2",
				       "bcrypt", "scrypt", "crypt",  NULL };
	size_t i, k;

	/* wpa_supplicant's and hostapd's NT hash of a password (hash:<32 hex>) */
	for (k = 5; n == 37 && !memcmp(s, "hash:", 5) && k < n && isxdigit(s[k]); k++)
		if (k + 1 == n)
			return 1;
	for (i = 0; algos[i]; i++) {
		k = strlen(algos[i]);
		if (n <= k || strncasecmp((const char *)s, algos[i], k))
			continue;
		if (s[k] && strchr(":-=", s[k]) && i < 6)
			return 1;
		/* pbkdf2_sha256$, bcrypt_sha256$, sha1$ */
		while (k < n && k < 16 && (isalnum(s[k]) || s[k] == '_'))
			k++;
		if (k < n && s[k] == '$' && memchr(s + k + 1, '$', n - k - 1))
			return 1;
	}
	/* PostgreSQL's and SASL's stored SCRAM verifier
	 * (SCRAM-SHA-256$4096:salt$StoredKey:ServerKey) */
	if (n > 11 && !strncasecmp((const char *)s, "scram-sha-", 10) &&
	    memchr(s, '$', n))
		return 1;
	return is_crypt_hash(s, n) || is_tomcat_digest(s, n) || is_stored_form(s, n);
}

/*
 * Base64 with '=' inside: padding ends base64, so this is a decoded copy's
 * (an X token's %3D) or two values run together, not one secret. Padding
 * closes a block of 4, and the value run on after it is blocks of 4 too;
 * in a short value a '=' elsewhere is a password's mark (Fe2O3+Lantern=18,
 * NaCl+Summit=12), as it may be among other marks anywhere.
 */
static int has_inner_padding(const unsigned char *s, size_t n)
{
	size_t i;
	const unsigned char *eq = memchr(s, '=', n), *end;

	if (!eq)
		return 0;
	for (i = 0; i < n; i++)
		if (!isalnum(s[i]) && (!s[i] || !strchr("+/-_=", s[i])))
			return 0;
	for (end = eq; end < s + n && *end == '='; end++)
		;
	/* past 24 characters it is a token's (X's bearer token decoded) */
	return end < s + n &&
	       (n > 24 || ((size_t)(end - s) % 4 == 0 && (size_t)(s + n - end) >= 4));
}

/*
 * Whether the name before the value says it is no credential though it
 * holds a credential's word: a checksum or digest of one (Helm's
 * `checksum/secret:` annotations, `password_hash`), a key's fingerprint,
 * a form's anti-forgery token (`authenticity_token`, `csrf_token`), a
 * nonce.
 */
/* Whether the name s[0..n) (what follows it too: ` = "`) ends in the word
 * of an application's own secret (csrf_secret, WTF_CSRF_SECRET_KEY,
 * hash_salt, hashPepper, a signed cookie's cookie_hash): the
 * secret that signs a form's tokens or cookies or seasons a digest,
 * neither the token nor the digest. */
static int names_own_secret(const unsigned char *s, size_t n)
{
	static const char *tails[] = { "secret", "secretkey",  "salt",
				       "pepper", "cookiehash", NULL };
	char tail[10];
	size_t k = 0, i, t;

	for (i = n; i > 0 && k < sizeof(tail); i--)
		if (isalnum(s[i - 1]))
			tail[sizeof(tail) - ++k] = (char)tolower(s[i - 1]);
		else if (k && !strchr("_.-", s[i - 1]))
			break;
	for (i = 0; tails[i]; i++) {
		t = strlen(tails[i]);
		if (k >= t && !memcmp(tail + sizeof(tail) - t, tails[i], t))
			return 1;
	}
	return 0;
}

/* Whether every "encrypted" in the name s[0..n) is "unencrypted": SOPS
 * leaves a key ending in `_unencrypted` plain on purpose. */
static int says_unencrypted(const unsigned char *s, size_t n)
{
	size_t i;

	for (i = 0; i + 9 <= n; i++)
		if (!strncasecmp((const char *)s + i, "encrypted", 9) &&
		    (i < 2 || strncasecmp((const char *)s + i - 2, "un", 2)))
			return 0;
	return 1;
}

/* Hex of a digest's length, MD5 to SHA-512. */
static int is_digest_hex(const unsigned char *s, size_t n)
{
	size_t i;

	if (n != 32 && n != 40 && n != 56 && n != 64 && n != 96 && n != 128)
		return 0;
	for (i = 0; i < n && isxdigit(s[i]); i++)
		;
	return i == n;
}

/*
 * Whether the value stands in an attribute (password='…', value="…") of a
 * markup element whose `name` attribute names it an id or a public key
 * (Tableau's <connection name='vultrInstanceId' password='…'/>,
 * name="sentryDsnPublicKey"): the element's name is the value's, and an
 * id names no credential. A secret's or a session's id is one
 * (vaultSecretId: Vault's AppRole secret_id).
 */
static int element_names_no_credential(const struct kh_candidate *c)
{
	static const char *const keeps[] = { "secret", "session", "private", NULL };
	static const char *const ids[] = { "id", "ids", "identifier", NULL };
	const unsigned char *b = c->buf;
	size_t ls = line_start(b, c->secret_start), lt = c->secret_start, i, ns, ne, k,
	       we;
	size_t w1s = 0, w1e = 0, w2s = 0, w2e = 0;

	while (lt > ls && b[lt - 1] != '<' && b[lt - 1] != '>')
		lt--;
	if (lt == ls || b[lt - 1] != '<')
		return 0; /* not inside an element's tag */
	for (i = lt; i + 7 < c->secret_start; i++)
		if ((b[i] == ' ' || b[i] == '\t') && equal_ci(b + i + 1, "name=", 5) &&
		    (b[i + 6] == '\'' || b[i + 6] == '"'))
			break;
	if (i + 7 >= c->secret_start)
		return 0;
	ns = i + 7;
	for (ne = ns; ne < c->secret_start && b[ne] != b[i + 6]; ne++)
		;
	if (ne >= c->secret_start)
		return 0;
	/* its last two words */
	for (k = ns; (k = name_next_word(b, k, ne, &we)) < ne; k = we) {
		w2s = w1s, w2e = w1e;
		w1s = k, w1e = we;
	}
	if (w1e == w1s)
		return 0;
	if (word_among(b, w1s, w1e, ids))
		return !(w2e > w2s && word_among(b, w2s, w2e, keeps));
	return w1e - w1s == 3 && equal_ci(b + w1s, "key", 3) && w2e - w2s == 6 &&
	       equal_ci(b + w2s, "public", 6);
}

static int names_no_credential(const struct kh_candidate *c)
{
	/* the first two name a form's token unless the name ends in a secret's word */
	static const char *words[] = { "csrf",	       "xsrf",	      "checksum",
				       "digest",       "fingerprint", "nonce",
				       "authenticity", "encrypted",   NULL };
	size_t from = c->match_start, n, i;
	const unsigned char *name;

	/* the whole name: the match may begin after a '/' or '.' in it */
	while (from > 0 && c->match_start - from < 64 &&
	       (isalnum(c->buf[from - 1]) || strchr("_./-", c->buf[from - 1])) &&
	       c->buf[from - 1])
		from--;
	name = c->buf + from;
	n = c->secret_start - from;
	if (element_names_no_credential(c))
		return 1;

	for (i = 0; words[i]; i++)
		if (kh_contains_ci(name, n, words[i], 0) &&
		    (i >= 2 || !names_own_secret(name, n)) &&
		    (strcmp(words[i], "encrypted") || !says_unencrypted(name, n)))
			return 1;
	/* "hash" as a word of the name (password_hash, hashedToken), not
	 * inside one (HASHICORP_TOKEN); what a hashing call is handed
	 * (password_hash("..."), generate_password_hash("...")) is the
	 * password it hashes; a cookie_hash holding hex of a digest's length
	 * is the cookie's digest, not the key that signs it */
	if (memchr(name, '(', n) || (!kh_contains_ci(name, n, "hash", 1) &&
				     !kh_contains_ci(name, n, "hashed", 1)))
		return 0;
	while (n > 0 && !isalnum(name[n - 1]))
		n--;
	return !names_own_secret(name, n) ||
	       (n >= 4 && !strncasecmp((const char *)name + n - 4, "hash", 4) &&
		is_digest_hex(c->buf + c->secret_start, c->secret_end - c->secret_start));
}

/* ---- the public half of a credential pair ---- */

#define NAME_MAX_LEN 64

/* s[0..n) lower-cased, letters and digits only, into out (NAME_MAX_LEN + 1);
 * its length, or 0 when too long. */
static size_t fold_name(const unsigned char *s, size_t n, char *out)
{
	size_t i, k = 0;

	for (i = 0; i < n; i++) {
		if (!isalnum(s[i]))
			continue;
		if (k == NAME_MAX_LEN)
			return 0;
		out[k++] = (char)tolower(s[i]);
	}
	out[k] = 0;
	return k;
}

static int ends_with(const char *s, size_t n, const char *tail)
{
	size_t t = strlen(tail);

	return n >= t && !memcmp(s + n - t, tail, t);
}

/*
 * A folded name's length without what the rule lets follow its credential
 * word and says nothing of its kind: a counter or version (API_KEY_2,
 * apiKeyV3, SECRET_01) and a doubled key (X_API_KEY_KEY), so that
 * PUSHER_APP_KEY_2 is judged as PUSHER_APP_KEY is.
 */
static size_t without_counter(char *name, size_t n)
{
	static const char *words[] = { "key",	      "token",	   "secret",	 "pass",
				       "passwd",      "password",  "pwd",	 "creds",
				       "credentials", "signature", "passphrase", NULL };
	size_t k = n, i;

	/* SOPS leaves a key with its `_unencrypted` suffix plain on purpose */
	if (ends_with(name, n, "unencrypted"))
		k = n - 11;
	while (k > 0 && n - k < 2 && isdigit((unsigned char)name[k - 1]))
		k--;
	if (k < n && k > 0 && name[k - 1] == 'v')
		k--;
	if (k == n && ends_with(name, n, "keykey"))
		k = n - 3;
	if (k == n)
		return n;
	for (i = 0; words[i]; i++)
		if (ends_with(name, k, words[i])) {
			name[k] = 0;
			return k;
		}
	return n;
}

/*
 * The name the value is assigned to, folded (SCW_ACCESS_KEY: scwaccesskey):
 * the last dotted part of the name before the separator, a counter after
 * its credential word dropped. Its start in *at; 0 when there is none.
 */
static size_t value_name(const struct kh_candidate *c, char *out, size_t *at)
{
	size_t end = c->secret_start, from;

	while (end > 0 && end > c->match_start && !code_name_byte(c->buf[end - 1]))
		end--;
	from = end;
	while (from > 0 && end - from < NAME_MAX_LEN && code_name_byte(c->buf[from - 1]))
		from--;
	*at = from;
	return without_counter(out, fold_name(c->buf + from, end - from, out));
}

/*
 * Whether a name of the id kind (PROVIDER_ACCESS_KEY, PROVIDER_API_KEY,
 * apiKey, accessKey, PROVIDER_KEY, a bare token: rsconnect's token beside
 * its secret) leaves a prefix in `prefix`: the
 * provider part a secret sibling would share. A name whose prefix says
 * secret (SECRET_ACCESS_KEY, PRIVATE_API_KEY) is no id.
 */
static int id_prefix(const char *name, size_t n, char *prefix)
{
	static const char *ids[] = {
		"accesskey", "apikey", "appkey", "key", "token", NULL
	};
	static const char *secret_words[] = { "secret",	 "private",    "master",
					      "signing", "encryption", "license",
					      "auth",	 "account",    "session",
					      "access",	 "api",	       "app",
					      NULL };
	size_t i, k;

	for (i = 0; ids[i]; i++)
		if (ends_with(name, n, ids[i]))
			break;
	if (!ids[i])
		return 0;
	k = n - strlen(ids[i]);
	if (k && !strcmp(ids[i], "token"))
		return 0; /* GITHUB_TOKEN beside GITHUB_SECRET: two secrets */
	memcpy(prefix, name, k);
	prefix[k] = 0;
	if (!k) /* a bare KEY says nothing */
		return strcmp(ids[i], "key") != 0;
	for (i = 0; secret_words[i]; i++)
		if (ends_with(prefix, k, secret_words[i]))
			return 0;
	return 1;
}

/* Whether an object closes between b[from] and b[to] and another then
 * opens (`vonage: { apiKey: …, apiSecret: … },` then `daily: { apiKey:
 * … }`): the two names are two sibling objects' keys, not one pair's (a
 * secret in an object nested beside its id, `env: { X_SECRET: … }`,
 * stays its pair). */
static int other_object(const unsigned char *b, size_t from, size_t to)
{
	int depth = 0;

	for (; from < to; from++) {
		if (b[from] == '}')
			depth--;
		else if (b[from] == '{' && depth++ < 0)
			return 1;
	}
	return 0;
}

/*
 * Whether a name assigned a value on lines [from, to) of the buffer
 * (other than the one at `self`) is the secret sibling of `prefix`:
 * SCW_SECRET_KEY beside SCW_ACCESS_KEY, "secret" beside "apiKey".
 */
static int has_secret_sibling(const struct kh_candidate *c, size_t from, size_t to,
			      size_t self, const char *prefix, int bare_token,
			      size_t *value)
{
	static const char *secrets[] = { "secret",	    "secretkey",
					 "apisecret",	    "apisecretkey",
					 "appsecret",	    "accesssecret",
					 "privatekey",	    "accesskeysecret",
					 "secretaccesskey", NULL };
	size_t i = from, plen = strlen(prefix);

	while (i < to) {
		size_t start = i, j, k;
		char name[NAME_MAX_LEN + 1];

		if (!code_name_byte(c->buf[i])) {
			i++;
			continue;
		}
		while (i < to && code_name_byte(c->buf[i]))
			i++;
		if (start == self)
			continue;
		/* then a quote or bracket, blanks, and = : => := (not == ::) */
		j = i;
		while (j < to &&
		       (c->buf[j] == '"' || c->buf[j] == '\'' || c->buf[j] == '`' ||
			c->buf[j] == ']' || c->buf[j] == ' ' || c->buf[j] == '\t'))
			j++;
		if (j >= to || (c->buf[j] != '=' && c->buf[j] != ':') ||
		    (j + 1 < to && c->buf[j + 1] == c->buf[j]))
			continue;
		k = fold_name(c->buf + start, i - start, name);
		if (k <= plen || memcmp(name, prefix, plen))
			continue;
		for (k = 0; secrets[k]; k++)
			if (!strcmp(name + plen, secrets[k]))
				break;
		/* the object walk last: it reads the bytes between the two
		 * names, for each name of a minified line */
		if (!secrets[k] || (bare_token && strcmp(secrets[k], "secret")) ||
		    other_object(c->buf, start < self ? start : self,
				 start < self ? self : start))
			continue;
		*value = j + 1;
		return 1;
	}
	return 0;
}

/* How far lines_back and lines_forward look: on a minified line each
 * value read to the line's start and end, thousands of times. */
#define LINES_BACK_MAX (16 * 1024)

/* The start of the line `lines` lines before off (0: off's own line),
 * LINES_BACK_MAX bytes before off at most. */
static size_t lines_back(const unsigned char *buf, size_t off, unsigned lines)
{
	size_t stop = off > LINES_BACK_MAX ? off - LINES_BACK_MAX : 0;

	for (;;) {
		while (off > stop && buf[off - 1] != '\n')
			off--;
		if (off == stop || !lines--)
			return off;
		off--;
	}
}

/* The end of the line `lines` lines after off (past its newline),
 * LINES_BACK_MAX bytes after off at most. */
static size_t lines_forward(const unsigned char *buf, size_t len, size_t off,
			    unsigned lines)
{
	size_t stop = len - off > LINES_BACK_MAX ? off + LINES_BACK_MAX : len;

	for (;;) {
		while (off < stop && buf[off] != '\n')
			off++;
		if (off < stop)
			off++;
		if (!lines-- || off >= stop)
			return off;
	}
}

/* (validate.h) Whether s[0..n) looks generated in both cases: 20 to 64
 * letters and digits with lower case, capitals and two digits at least. */
int kh_is_mixed_case_key(const unsigned char *s, size_t n)
{
	size_t i;
	int lower = 0, upper = 0;

	if (n < 20 || n > 64 || !kh_is_generated_token(s, n))
		return 0;
	for (i = 0; i < n; i++) {
		if (!isalnum(s[i]))
			return 0;
		lower |= islower(s[i]) != 0;
		upper |= isupper(s[i]) != 0;
	}
	return lower && upper;
}

/* Whether a pair's prefix (folded) names a provider whose docs call its
 * key the public half of a key and a secret, whatever the key looks like:
 * exchanges' API keys (Binance, Kraken, Coinbase, ccxt's exchanges), a
 * consumer's key (Bitbucket, Twitter), S3-compatible stores' access keys. */
static int public_key_provider(const char *prefix)
{
	static const char *const names[] = {
		"binance", "kraken",   "coinbase", "bitfinex", "bybit",	 "okx",
		"kucoin",  "gemini",   "bitstamp", "huobi",    "gateio", "mexc",
		"bitget",  "consumer", "minio",	   "s3",       "mc",	 NULL
	};
	size_t i, n = strlen(prefix);

	for (i = 0; names[i]; i++)
		if (ends_with(prefix, n, names[i]))
			return 1;
	return 0;
}

/*
 * Whether the value is the public half of a key pair: an id-kind name
 * whose secret sibling, with the same prefix, is assigned nearby (Scaleway
 * SCW_ACCESS_KEY and SCW_SECRET_KEY, Tenable accessKey and secretKey,
 * an exchange's apiKey and secret, PUSHER_APP_KEY and PUSHER_APP_SECRET).
 * The sibling is the credential, and is reported there. Names without a
 * prefix pair only on the same or the next line, as a dict writes them;
 * a lone API_KEY stays reported (most API keys are secrets).
 */
static int is_id_of_pair(const struct kh_candidate *c, const char *name, size_t n,
			 size_t at)
{
	char prefix[NAME_MAX_LEN + 1];
	unsigned lines;
	size_t sv = 0, vn;

	if (!n || !id_prefix(name, n, prefix))
		return 0;
	/* an access key is the id of its pair whatever its prefix (.s3cfg's
	 * access_key, Tenable's accessKey): its secret a few lines off */
	lines = prefix[0] || !strcmp(name, "accesskey") ? 4 : 1;
	/* a bare token is the id only beside a bare secret (rsconnect's
	 * pair): beside a secret_key it is a second credential (a notes
	 * file's "token for the feed is ..." above "the secret key is ...") */
	if (!has_secret_sibling(c, lines_back(c->buf, at, lines),
				lines_forward(c->buf, c->len, c->secret_end, lines), at,
				prefix, !prefix[0] && !strcmp(name, "token"), &sv))
		return 0;
	/* a key of a provider no rule knows (OS_API_KEY beside OS_API_SECRET)
	 * whose value looks generated in both cases is a credential too: the
	 * id halves that are public are hex or capitals and digits
	 * (PUSHER_APP_KEY, SCW_ACCESS_KEY, Mailjet's, Tenable's), or their
	 * provider's docs say so; not the same value under both names (a
	 * provider's context names one value both ways), nor a key whose
	 * secret sibling holds an object or a list ({…}, […]) */
	vn = c->secret_end - c->secret_start;
	while (sv < c->len && strchr(" \t\"'`", c->buf[sv]))
		sv++;
	return !(prefix[0] && !public_key_provider(prefix) &&
		 kh_is_mixed_case_key(c->buf + c->secret_start, vn) && sv < c->len &&
		 c->buf[sv] != '{' && c->buf[sv] != '[' &&
		 (c->len - sv < vn || memcmp(c->buf + sv, c->buf + c->secret_start, vn)));
}

int kh_is_id_of_pair(const unsigned char *buf, size_t len, size_t ns, size_t vs,
		     size_t ve)
{
	struct kh_candidate c = { 0 };
	char name[NAME_MAX_LEN + 1];
	size_t at, n;

	c.buf = buf;
	c.len = len;
	c.match_start = ns;
	c.secret_start = vs;
	c.secret_end = ve;
	n = value_name(&c, name, &at);
	/* an access key only: an API key beside a secret may be a provider's
	 * token its own rule reads (Resend's re_ under api_key) */
	return ends_with(name, n, "accesskey") && is_id_of_pair(&c, name, n, at);
}

/* Folded name endings of keys their providers' docs call public:
 * Amplitude's and Pusher's keys, Mixpanel's token (below); Shopify's API
 * key is the app's client id, Trello's identifies the app (its token is
 * the secret), Ghost's Content API key and Algolia's search-only key are
 * meant for browsers, as Shopify's Storefront API (public) access tokens
 * are (its private ones are named so); an OAuth 1 consumer key (Twitter/X
 * calls it the API key) names the app, its consumer secret signs; .NET's
 * PublicKeyToken names a signed assembly's public key (and a public
 * API key its name calls so: Mailjet's MjPublicApiKey); Kit's (ConvertKit's)
 * v3 API key goes in its forms' calls, its API secret is the one Kit's
 * docs keep out of client-side code. */
static const char *const public_key_names[] = { "storefrontaccesstoken",
						"storefronttoken",
						"storefrontapitoken",
						"amplitudeapikey",
						"amplitudekey",
						"pusherappkey",
						"pusherkey",
						"mixpaneltoken",
						"shopifyapikey",
						"trelloapikey",
						"trellokey",
						"contentapikey",
						"searchonlyapikey",
						"algoliasearchkey",
						"krakenapikey",
						"pinataapikey",
						"public",
						"publictoken",
						"publickeytoken",
						"publickey",
						"publicapikey",
						"publishablekey",
						"consumerkey",
						"twitterapikey",
						"convertkitapikey",
						NULL };

/* Whether the folded name ends in a key its provider publishes
 * (pusherkey: the `key` of a `pusher` block). */
int kh_names_public_key(const char *name, size_t n)
{
	size_t i;

	for (i = 0; n && public_key_names[i]; i++)
		if (ends_with(name, n, public_key_names[i]))
			return 1;
	return 0;
}

/*
 * Keys their providers document as public, written into browser and
 * mobile code: Amplitude's project API key (its secret key is the
 * secret), Pusher's app key (its app secret signs), Mixpanel's project
 * token ("not a secret value", Mixpanel's reference says; its project
 * secret is), Kraken's API key (the public half of its pair, Kraken's
 * support says; the private key signs), Pinata's API key (20 hex, sent
 * as pinata_api_key beside the pinata_secret_api_key that vouches for
 * it: the public half, as Pinata's own rule reads it), Rollbar's
 * client token in its
 * browser snippet, and a key its name calls public
 * (amplitudeApiKeyPublic).
 * Folded name endings.
 */
static int is_public_key_name(const struct kh_candidate *c, const char *name, size_t n,
			      size_t at)
{
	size_t from = lines_back(c->buf, at, 4);

	if (kh_names_public_key(name, n))
		return 1;
	/* Algolia's search key by name (NEXT_PUBLIC_ALGOLIA_SEARCH_API_KEY),
	 * or an API key under Algolia's name, or a bare one in its block,
	 * that Algolia's own rule left (Hugo's algolia_apiKey beside
	 * algolia_adminKey, DocSearch's algolia: { apiKey }) */
	if (kh_contains_ci((const unsigned char *)name, n, "algolia", 0) &&
	    kh_contains_ci((const unsigned char *)name, n, "search", 0))
		return 1;
	if ((ends_with(name, n, "algoliaapikey") || !strcmp(name, "apikey")) &&
	    kh_contains_ci(c->buf + from, c->secret_start - from, "algolia", 0))
		return 1;
	/* or a bare apiKey beside an appId and an indexName, as Algolia's
	 * search clients (DocSearch) are configured in the browser: the
	 * search-only key */
	if (!strcmp(name, "apikey")) {
		size_t to = lines_forward(c->buf, c->len, c->secret_end, 1);

		if (kh_contains_ci(c->buf + from, to - from, "indexname", 0) &&
		    kh_contains_ci(c->buf + from, to - from, "appid", 0))
			return 1;
	}
	/* Braze's SDK takes the app's identifier as its API key, public */
	if ((!strcmp(name, "apikey") || ends_with(name, n, "sdkapikey")) &&
	    kh_contains_ci(c->buf + from, c->secret_start - from, "braze", 0) &&
	    kh_contains_ci(c->buf + from, c->secret_start - from, "sdk", 0))
		return 1;
	/* Rollbar's browser snippet (_rollbarConfig, Rollbar.init({...})) takes
	 * a post_client_item token, public by Rollbar's docs */
	if (ends_with(name, n, "accesstoken") &&
	    (kh_contains_ci(c->buf + from, c->secret_start - from, "_rollbarconfig", 0) ||
	     kh_contains_ci(c->buf + from, c->secret_start - from, "rollbar.init({", 0)))
		return 1;
	/* a project token (or a bare token: Mixpanel has no other) under
	 * Mixpanel's name, or beside it */
	return (ends_with(name, n, "projecttoken") || !strcmp(name, "token")) &&
	       kh_contains_ci(c->buf + from, c->secret_start - from, "mixpanel", 0);
}

/* The value's name with its dotted parts (ghost.content.api.key:
 * ghostcontentapikey), as .properties write a provider's key, folded; its
 * length, or 0. */
static size_t dotted_name(const struct kh_candidate *c, size_t at, char *out)
{
	size_t from = at, end = at;

	while (end < c->secret_start && code_name_byte(c->buf[end]))
		end++;
	while (from > 0 && end - from < NAME_MAX_LEN &&
	       (code_name_byte(c->buf[from - 1]) || c->buf[from - 1] == '.'))
		from--;
	return without_counter(out, fold_name(c->buf + from, end - from, out));
}

/* The name b[from..to) ends just before `end` (blanks, quotes and one
 * separator between), folded into out; its length, or 0. */
static size_t name_before(const unsigned char *b, size_t from, size_t end, char *out)
{
	size_t k = end;

	k = skip_blanks_back(b, k, from);
	if (k > from && (b[k - 1] == ':' || b[k - 1] == '='))
		k--;
	while (k > from && (b[k - 1] == ' ' || b[k - 1] == '\t' || b[k - 1] == '"' ||
			    b[k - 1] == '\''))
		k--;
	end = k;
	while (k > from && end - k < NAME_MAX_LEN && code_name_byte(b[k - 1]))
		k--;
	return fold_name(b + k, end - k, out);
}

/*
 * The name of the block the value's name stands in, folded into out; its
 * length, or 0: the key of the object its line opens it in (`"pusher": {
 * "key": ...}`), or of the line above it with less indent (YAML's
 * `amplitude:` over `  api_key:`), or an INI or TOML section (`[pusher]`).
 * A nested key's provider is its block's.
 */
static size_t block_name(const struct kh_candidate *c, size_t at, char *out)
{
	const unsigned char *b = c->buf;
	size_t ls = lines_back(b, at, 0), k, indent, lines, e;
	int depth = 0;

	for (k = at; k > ls; k--) {
		if (b[k - 1] == '}' || b[k - 1] == ')')
			depth++;
		else if ((b[k - 1] == '{' || b[k - 1] == '(') && !depth--)
			return b[k - 1] == '{' ? name_before(b, ls, k - 1, out) : 0;
	}
	for (indent = 0;
	     ls + indent < at && (b[ls + indent] == ' ' || b[ls + indent] == '\t');
	     indent++)
		;
	for (lines = 0, e = ls; e > 0 && lines < 8; lines++) {
		size_t s = lines_back(b, e - 1, 0), i = s, end = e - 1;

		e = s;
		while (end > s && (b[end - 1] == ' ' || b[end - 1] == '\r'))
			end--;
		i = skip_blanks(b, i, end);
		if (i == end || b[i] == '#')
			continue; /* blank or a comment */
		if (b[i] == '[' && b[end - 1] == ']' && i - s <= indent)
			return fold_name(b + i + 1, end - i - 2, out);
		if (i - s < indent)
			return b[end - 1] == ':' ? name_before(b, i, end, out) : 0;
	}
	return 0;
}

/* Whether the value's name says it is the public half of a credential:
 * an id beside its secret, or a key its provider publishes (under its
 * whole dotted name, or its block's name before it: Pusher's key in a
 * `pusher` object). */
static int names_public_half(const struct kh_candidate *c)
{
	char name[NAME_MAX_LEN + 1], dotted[NAME_MAX_LEN + 1],
		block[2 * NAME_MAX_LEN + 2];
	size_t at, n = value_name(c, name, &at), k;

	if (is_id_of_pair(c, name, n, at))
		return 1;
	if (!n)
		return 0;
	if (is_public_key_name(c, dotted, dotted_name(c, at, dotted), at))
		return 1;
	if (!(k = block_name(c, at, block)))
		return 0;
	memcpy(block + k, name, n + 1);
	return is_public_key_name(c, block, k + n, at);
}

static int is_upper_digit(int c)
{
	return isupper(c) || isdigit(c);
}

static int is_host_char(int c)
{
	return islower(c) || isdigit(c) || c == '-' || c == '.';
}

/*
 * Values whose format says they are public, made to be shipped in pages
 * and apps or printed in consoles: publishable keys (Stripe's pk_live_,
 * Flutterwave's FLWPUBK-, Mapbox's pk.eyJ), ids of apps and keys
 * (Razorpay's rzp_live_, Twilio's SIDs, GitHub Apps' client ids), a shop's
 * domain. The table is data: patterns/public.json, each format's source
 * in patterns/SOURCES-public.md.
 */
int kh_is_public_format(const unsigned char *s, size_t n)
{
	const struct kh_public_format *f;

	for (f = kh_public_formats; f->prefix; f++) {
		size_t p = strlen(f->prefix), q = strlen(f->suffix), i;
		int (*body)(int) = NULL;

		if (n <= p + q || (f->length && n != f->length) ||
		    (p &&
		     (s[0] != (unsigned char)f->prefix[0] || memcmp(s, f->prefix, p))) ||
		    (q && memcmp(s + n - q, f->suffix, q)))
			continue;
		switch (f->body) {
		case KH_BODY_HEX: body = isxdigit; break;
		case KH_BODY_ALNUM: body = isalnum; break;
		case KH_BODY_UPPER_DIGIT: body = is_upper_digit; break;
		case KH_BODY_HOST: body = is_host_char; break;
		default: break;
		}
		for (i = p; body && i < n - q && body(s[i]); i++)
			;
		if (!body || i == n - q)
			return 1;
	}
	return 0;
}

/* A Debian package's version with its epoch (1:4.13+dfsg1-1+deb12u1): a
 * package list's line names the `passwd` package, and its version is no
 * password. The epoch, a number and ':', then an upstream version's
 * digits and dots; only the lower case, digits and marks (. + ~ - :)
 * that Debian policy allows in a version follow. */
static int is_package_version(const unsigned char *s, size_t n)
{
	size_t i = 0;

	while (i < n && i < 2 && isdigit(s[i]))
		i++;
	if (i == 0 || i + 3 > n || s[i] != ':' || !isdigit(s[i + 1]))
		return 0;
	for (i++; i < n && isdigit(s[i]); i++)
		;
	if (i + 1 >= n || s[i] != '.' || !isdigit(s[i + 1]))
		return 0;
	for (; i < n; i++)
		if (!islower(s[i]) && !isdigit(s[i]) && (!s[i] || !strchr(".+~-:", s[i])))
			return 0;
	return 1;
}

/* An IBAN (ISO 13616: country, two check digits, up to 30 letters and
 * digits; its letters as 10..35, the whole is 1 mod 97), Ethereum's
 * XE... included: an account's number, written in code to be shown. */
static int is_iban(const unsigned char *s, size_t n)
{
	unsigned rem = 0;
	size_t i;

	if (n < 15 || n > 34 || !isupper(s[0]) || !isupper(s[1]) || !isdigit(s[2]) ||
	    !isdigit(s[3]))
		return 0;
	for (i = 0; i < n; i++) {
		unsigned char c = s[(i + 4) % n]; /* the first four go last */

		if (isdigit(c))
			rem = (rem * 10 + (unsigned)(c - '0')) % 97;
		else if (isupper(c))
			rem = (rem * 100 + (unsigned)(c - 'A') + 10) % 97;
		else
			return 0;
	}
	return rem == 1;
}

/* npm's //registry/:_password= holds the password in base64: the copy
 * shape.c makes reports it decoded, not this encoding of it. */
static int npm_encoded_password(const struct kh_candidate *c)
{
	unsigned char out[96];
	size_t k = c->secret_start, n = c->secret_end - k, i;
	long d;

	if (k < 10 || memcmp(c->buf + k - 10, "_password=", 10) ||
	    (k > 10 && c->buf[k - 11] != ':') || n % 4 || n > 4 * sizeof(out) / 3)
		return 0;
	d = kh_base64_decode(c->buf + k, n, out, sizeof(out));
	for (i = 0; d >= 6 && i < (size_t)d; i++)
		if (out[i] <= ' ' || out[i] >= 0x7f)
			return 0;
	return d >= 6;
}

/*
 * Whether the value starts with a provider's token prefix. Such a value
 * is that provider's token or no token at all: when it reaches the
 * generic rule, the provider's own rule has refused it (a truncated
 * dop_v1_, a wrong length or alphabet), and a guess must not report what
 * the format's own rule did not. The prefixes are the built-in rules'
 * own (kh_rule_token_prefixes: the fixed start of the secret, holding a
 * keyword of the rule, so that the rule has always seen the value; a rule
 * woken by its provider's name, as Replicate's r8_ is, leaves the generic
 * rule the value under any other name).
 */
static int has_provider_prefix(const unsigned char *s, size_t n)
{
	const char *const *p;

	for (p = kh_token_prefixes; *p; p++) {
		size_t k = strlen(*p);

		if (n > k && (unsigned char)**p == s[0] && !memcmp(s, *p, k))
			return 1;
	}
	return 0;
}

/* Whether the value sits under a SealedSecret's `encryptedData:` (its
 * ciphertext, which only the cluster's controller can open). */
static int under_encrypted_data(const struct kh_candidate *c)
{
	size_t from = lines_back(c->buf, c->secret_start, 12);

	return kh_contains_ci(c->buf + from, c->secret_start - from, "encrypteddata:", 0);
}

/* ---- the value judge: code, names and stored ciphertexts --------------- */

static int is_scrambled_case(const unsigned char *s, size_t n);

/*
 * A reference in code, not a value: names joined by dots
 * (config.db.password, this.config.s3Secret, ~acme.vault.v2023_10_01.Key),
 * maybe called (). Its parts are words: their letters and digits change
 * class (lower, upper, digit) seldom, a camelCase hump or a version's
 * number; random text changes class at about every other character
 * (w1Gbw0dnJMV0A3.UOw), dots or not.
 */
static int is_code_reference(const unsigned char *s, size_t n)
{
	size_t i = 0, parts = 0, alnum = 0, changes = 0;

	if (n > 2 && s[n - 2] == '(' && s[n - 1] == ')')
		n -= 2;
	if (i < n && s[i] == '~')
		i++;
	while (i < n) {
		if (!isalpha(s[i]) && s[i] != '_' && s[i] != '$')
			return 0;
		for (; i < n && s[i] != '.'; i++) {
			if (!isalnum(s[i]) && s[i] != '_' && s[i] != '$')
				return 0;
			if (!isalnum(s[i]))
				continue;
			alnum++;
			changes += i > 0 && isalnum(s[i - 1]) &&
				   char_class(s[i]) != char_class(s[i - 1]) &&
				   !(isupper(s[i - 1]) && islower(s[i])); /* Hump */
		}
		parts++;
		if (i < n && ++i == n)
			return 0; /* a trailing dot */
	}
	/* (a hump alone is no change, so random cases may change seldom
	 * enough: mXpkQomsMFu.Fwya is no name's words) */
	return parts >= 2 && changes * 4 <= alnum && !is_scrambled_case(s, n);
}

/* A word of a name: lower case, Capitalized or an acronym of up to 5,
 * with letters a spoken word has; 1 when it is one, 2 for a word of 3
 * letters or more. */
static int name_word(const unsigned char *s, size_t n)
{
	size_t i, upper = 0;

	for (i = 0; i < n; i++) {
		if (!isalpha(s[i]))
			return 0;
		upper += !!isupper(s[i]);
	}
	if (upper == n)
		return n <= 5 ? 1 : 0;
	if (upper > 1 || (upper && !isupper(s[0])) || !spoken_letters(s, n))
		return 0;
	return n >= 3 ? 2 : 1;
}

/* A number of a name: a size or count (8x7B, 70B, 4o), a version (v0, v2),
 * a date (20241022). */
static int name_number(const unsigned char *s, size_t n)
{
	size_t i, digits = 0;

	for (i = 0; i < n; i++)
		digits += !!isdigit(s[i]);
	if (digits == n)
		return n <= 8;
	if (tolower(s[0]) == 'v' && digits == n - 1)
		return n <= 5;
	return isdigit(s[0]) && n <= 5;
}

/*
 * A resource's name in owner/name form (mistralai/Mixtral-8x7B-Instruct-v0.1,
 * meta-llama/Llama-3.1-70B): a model's or an image's, named in configs
 * beside its API key. Between its separators, words and numbers only,
 * two of them words of 3 letters or more. Random text with '/' (base64)
 * breaks into mixed runs (Ab3kQ); a passphrase of words seldom holds '/'.
 */
static int is_owner_slash_name(const unsigned char *s, size_t n)
{
	size_t i, start = 0, words = 0;

	if (!memchr(s, '/', n))
		return 0;
	for (i = 0; i <= n; i++) {
		int w;

		if (i < n && isalnum(s[i]))
			continue;
		if (i < n && !strchr("-._/", s[i]))
			return 0;
		if (i == start)
			return 0;
		w = name_word(s + start, i - start);
		if (!w && !name_number(s + start, i - start))
			return 0;
		words += w == 2;
		start = i + 1;
	}
	return words >= 2;
}

/* A JWT (eyJ..., dots between its parts): the jwt rule's to judge, which
 * reads its header; a JWT it refused is none. */
static int is_jwt_shape(const unsigned char *s, size_t n)
{
	return n > 4 && !memcmp(s, "eyJ", 3) && memchr(s, '.', n);
}

static int is_base64_char(int c)
{
	return isalnum(c) || c == '+' || c == '/' || c == '=';
}

/* A NSS (Firefox, Thunderbird logins.json) encrypted value: base64 of a
 * DER SEQUENCE whose key id is NSS's fixed F8 00..00 01 (MEIEEPgAAA...). */
static int is_nss_ciphertext(const unsigned char *s, size_t n)
{
	/* OCTET STRING of 16: F8, fourteen zeros, 01 */
	static const unsigned char key_id[] = { 0x04, 0x10, 0xf8, 0, 0, 0, 0, 0, 0,
						0,    0,    0,	  0, 0, 0, 0, 0, 1 };
	unsigned char der[160];
	long d;

	if (n < 32 || s[0] != 'M' || n > sizeof(der) / 3 * 4)
		return 0;
	d = kh_base64_decode(s, n, der, sizeof(der));
	return d >= 22 && der[0] == 0x30 && !memcmp(der + 2, key_id, sizeof(key_id));
}

/* Whether the file is an mRemoteNG connections file (confCons.xml): its
 * Password attributes hold AES ciphertext in base64. */
static int in_mremoteng_file(const struct kh_candidate *c)
{
	size_t head = c->secret_start < 4096 ? c->secret_start : 4096;

	return memmem(c->buf, head, "<mrng:Connections", 17) != NULL;
}

/* Whether s[0..n) is a Remmina connection file's stored password: the
 * file (*.remmina) keeps each password as base64 of its 3DES-CBC
 * ciphertext under the key in remmina.pref (remmina_crypt.c), so whole
 * 8-byte blocks. */
static int is_remmina_ciphertext(const struct kh_candidate *c, const unsigned char *s,
				 size_t n)
{
	unsigned char bytes[96];
	size_t k = c->path ? strlen(c->path) : 0;
	long d;

	if (k < 8 || strcmp(c->path + k - 8, ".remmina") || n < 12 || n % 4 ||
	    n > sizeof(bytes) / 3 * 4)
		return 0;
	d = kh_base64_decode(s, n, bytes, sizeof(bytes));
	return d >= 8 && d % 8 == 0;
}

/*
 * A GnuPG key's id or fingerprint where git reads it (user.signingkey in
 * .gitconfig: 3AA5C34371567BD2, 0x..., 40 hex, maybe a final '!'): which
 * key signs, not the key. Only git's own spelling of the name: a
 * SIGNING_KEY elsewhere is a webhook's secret.
 */
static int is_gpg_signing_key_id(const struct kh_candidate *c, const unsigned char *s,
				 size_t n)
{
	size_t at = c->secret_start, i;

	while (at > c->match_start && !isalnum(c->buf[at - 1]))
		at--;
	if (at < 10 + c->match_start ||
	    strncasecmp((const char *)c->buf + at - 10, "signingkey", 10) ||
	    (at > 10 && (isalnum(c->buf[at - 11]) || c->buf[at - 11] == '_')))
		return 0;
	if (n > 2 && s[0] == '0' && s[1] == 'x')
		s += 2, n -= 2;
	if (n && s[n - 1] == '!')
		n--;
	for (i = 0; i < n && isxdigit(s[i]); i++)
		;
	return i == n && (n == 8 || n == 16 || n == 40);
}

/*
 * A stored password that is not the password: obfuscated or encrypted by
 * the program that wrote it, which says so by a marker of its own (Jetty's
 * OBF: and CRYPT: and MySQL's native hash are is_stored_form's, a digest's):
 * Jasypt's ENC(...), WinSCP's obfuscated passwords
 * (hex from its flag byte: A35C, A35E), NSS's ciphertexts, mRemoteNG's
 * AES ones, Remmina's 3DES ones, and git's GnuPG signing key id. Whoever holds them holds
 * the program's own key or a digest, not a plaintext secret. TeamCity's
 * versioned settings write a secure value as credentialsJSON:<uuid>, a
 * token the server keeps the value under. Yesod's "_env:NAME:default"
 * is a lookup; its default is read on its own (shape_config.c).
 */
/* Pi-hole's WEBPASSWORD (setupVars.conf, its v5 environment): the
 * password's SHA-256 hashed twice, 64 hex, never the password itself. */
static int is_webpassword_hash(const struct kh_candidate *c, const unsigned char *s,
			       size_t n)
{
	char name[NAME_MAX_LEN + 1];
	size_t at, k = value_name(c, name, &at);

	return n == 64 && all_of(s, n, isxdigit) && ends_with(name, k, "webpassword");
}

static int is_stored_not_plain(const struct kh_candidate *c, const unsigned char *s,
			       size_t n)
{
	if ((starts(s, n, "ENC(") && s[n - 1] == ')') ||
	    starts(s, n, "credentialsJSON:") || starts(s, n, "_env:"))
		return 1;
	if (n >= 20 && n % 2 == 0 && (starts(s, n, "A35C") || starts(s, n, "A35E")) &&
	    all_of(s, n, is_upper_hex))
		return 1;
	if (is_nss_ciphertext(s, n) || is_gpg_signing_key_id(c, s, n) ||
	    is_webpassword_hash(c, s, n) || is_remmina_ciphertext(c, s, n))
		return 1;
	return n >= 40 && all_of(s, n, is_base64_char) && in_mremoteng_file(c);
}

/*
 * Letters without a digit that are still random: generated passwords
 * (pwgen -s without -n, letters-and-symbols recipes) mix the cases inside
 * the value over and over. A lower letter turns upper at least once in 6
 * letters and two capitals meet at least once in 8 (each about one pair
 * in 4 at random), where names' camelCase humps come once a word and
 * stand alone (smtpApiTokenRequestEgg: 4 rises in 22 letters, no capitals
 * that meet).
 */
static int is_random_letters(const unsigned char *s, size_t n)
{
	size_t i, letters = 0, rises = 0, capitals = 0;

	if (n < 12)
		return 0;
	for (i = 0; i < n; i++) {
		if (isdigit(s[i]))
			return 0;
		if (!isalpha(s[i]))
			continue;
		letters++;
		rises += i > 0 && islower(s[i - 1]) && isupper(s[i]);
		capitals += i > 0 && isupper(s[i - 1]) && isupper(s[i]);
	}
	return letters >= 12 && rises * 6 >= letters && capitals * 8 >= letters;
}

/*
 * Letters and a password's marks without a digit: recipes that draw from
 * letters and symbols only (aimOZPIqJQ!hlXJAJ). The mark (one of
 * !#$%&*+=?@^~, not the '_', '-', '.' or '/' names and paths are glued
 * with) says it is no name; the cases still change inside the words at
 * random: two rises at least, and a rise or two capitals meeting once in
 * 4 letters (%APPDATA% has no rise, FooBar&BazQux one in 5).
 */
static int is_marked_letters(const unsigned char *s, size_t n)
{
	size_t i, letters = 0, rises = 0, capitals = 0, marks = 0;

	for (i = 0; i < n; i++) {
		if (isdigit(s[i]))
			return 0;
		if (!isalpha(s[i])) {
			marks += !!strchr("!#$%&*+=?@^~", s[i]);
			continue;
		}
		letters++;
		rises += i > 0 && islower(s[i - 1]) && isupper(s[i]);
		capitals += i > 0 && isupper(s[i - 1]) && isupper(s[i]);
	}
	return marks && letters >= 10 && rises >= 2 && (rises + capitals) * 4 >= letters;
}

/* A command line's option and its value (-mlfence-after-load=yes,
 * --level=3): a flag a test log or a script names, not a secret. The
 * option is named by a word of two letters or more, and its value holds
 * no other '=' (-X=sX4=mTvj1uphp is a generated password). */
static int is_option(const unsigned char *s, size_t n)
{
	size_t i = s[0] == '-' ? 1 + (n > 1 && s[1] == '-') : 0, name = i;

	if (!i || i >= n || !isalpha(s[i]))
		return 0;
	while (i < n && (isalnum(s[i]) || s[i] == '-' || s[i] == '_'))
		i++;
	return i < n && s[i] == '=' && i - name >= 2 &&
	       !memchr(s + i + 1, '=', n - i - 1);
}

/* A subscript in a value (Shards[-1].ShardId, items[0]): a path into
 * data, where a password's brackets hold a word (monsoon[Cinder]-7). */
static int has_subscript(const unsigned char *s, size_t n)
{
	const unsigned char *open = memchr(s, '[', n), *e;

	if (!open)
		return 0;
	for (e = open + 1; e < s + n && (isdigit(*e) || (*e == '-' && e == open + 1));
	     e++)
		;
	return e < s + n && *e == ']' && e > open + 1 && isdigit(e[-1]);
}

/*
 * An app password as its issuer shows it (wave 39): sixteen random
 * lower-case letters in four groups of four, joined by one blank
 * (Google's `ycog xgrs nwdv dnpz`) or one dash (Apple's app-specific
 * `xmtk-yzjs-chdo-hqmb`). Random letters hold few vowels (3 in 16 on
 * average; words hold 6 and more: `this will help some`,
 * `main-page-left-menu`); no group is an English word of the BIP-39
 * list, a word of code, a run or a repeat (`abcd-efgh`, `xxxx`), and not
 * every letter is hex's (`dead-beef-cafe-face`, a UUID's piece). A
 * password's names read them already (google-app-password,
 * apple-app-specific-password); this lets a secret's, a token's or an API
 * key's name hold them too, which generic_value refused for want of a
 * digit and as a kebab-case name.
 */
static int is_app_password(const unsigned char *s, size_t n)
{
	size_t g, k, vowels = 0, hex = 0;

	if (n != 19 || !strchr(" -", s[4]))
		return 0;
	for (g = 0; g < n; g += 5) {
		if (g + 4 < n && s[g + 4] != s[4])
			return 0;
		for (k = 0; k < 4; k++) {
			if (!islower(s[g + k]))
				return 0;
			vowels += !!strchr("aeiou", s[g + k]);
			hex += s[g + k] <= 'f';
		}
		if (kh_app_password_group_filler(s + g) || code_vocabulary(s + g, 4))
			return 0;
	}
	return hex < 16 && vowels <= 6;
}

/* (validate.h) Whether the group of four letters at g is no random
 * group of an app password: a run (`abcd`), a repeat (`xxxx`) or an
 * English word of the BIP-39 list (`this`, `help`). */
int kh_app_password_group_filler(const unsigned char *g)
{
	int climbing = 1, same = 1;
	size_t k;

	for (k = 1; k < 4; k++) {
		climbing &= g[k] == g[k - 1] + 1;
		same &= g[k] == g[0];
	}
	return climbing || same || kh_bip39_word(g, 4);
}

/* (validate.h) Whether google-app-password's value may stand under the
 * name its match starts with: any value of its shape under a password's
 * name (pass, pwd, app_pass: what the rule read before wave 39), an app
 * password's random letters (is_app_password) under a key's, a token's
 * or a secret's, where a sentence of four-letter words is a setting's
 * text. */
int kh_app_password_named(const struct kh_candidate *c)
{
	const char *m = (const char *)c->buf + c->match_start;
	size_t left = c->secret_start - c->match_start;

	if ((left >= 4 && !strncasecmp(m, "pass", 4)) ||
	    (left >= 3 && !strncasecmp(m, "pwd", 3)))
		return 1;
	if (left >= 7 && !strncasecmp(m, "app", 3) &&
	    !strncasecmp(m + 3 + !!strchr("_.-", m[3]), "pass", 4))
		return 1;
	return is_app_password(c->buf + c->secret_start, c->secret_end - c->secret_start);
}

static enum kh_structure generic_value(const struct kh_candidate *c, cJSON *facts,
				       int key_hex)
{
	const unsigned char *s = c->buf + c->secret_start;
	size_t n = c->secret_end - c->secret_start, i;
	int letter = 0, digit = 0, app = is_app_password(s, n);

	(void)facts;
	for (i = 0; i < n; i++) {
		letter |= !!isalpha(s[i]);
		digit |= !!isdigit(s[i]);
	}
	/* (letters alone are is_random_letters' to judge: a generic value
	 * needs more than a case pattern, ZrKqWvTnLxMpQsHdYcFb) */
	if (!letter ||
	    (!digit && !app && !is_random_letters(s, n) && !is_marked_letters(s, n) &&
	     (all_of(s, n, isalpha) || !is_scrambled_case(s, n))) ||
	    names_no_credential(c) || has_climb(s, n) || (!app && is_identifier(s, n)) ||
	    is_scoped_name(s, n) || is_timestamp(s, n) || is_encoded(s, n) ||
	    is_digest(s, n) || has_inner_padding(s, n) || memmem(s, n, "://", 3) ||
	    has_subscript(s, n) || names_public_half(c) || kh_is_public_format(s, n) ||
	    is_iban(s, n) || is_package_version(s, n) || npm_encoded_password(c) ||
	    has_provider_prefix(s, n) || under_encrypted_data(c) ||
	    is_code_reference(s, n) || is_owner_slash_name(s, n) || is_jwt_shape(s, n) ||
	    is_stored_not_plain(c, s, n) || is_stored_form(s, n) ||
	    (!app &&
	     kh_entropy(s, n) < (key_hex ? hex_key_floor(s, n)
					 : entropy_floor(n, alphabet_size(s, n)))))
		return KH_STRUCT_REJECT;
	return KH_STRUCT_UNCHECKED;
}

enum kh_structure kh_validate_generic(const struct kh_candidate *c, cJSON *facts)
{
	return generic_value(c, facts, 0);
}

/* generic_value for a value under a key's strong name (strong_key_name):
 * a key's hex at hex_key_floor. */
static enum kh_structure judge_key_value(const struct kh_candidate *c, cJSON *facts)
{
	return generic_value(c, facts, 1);
}

/* The letter a substitution stands for (P@ss, Harb0r, Qu4rtz, Tul!p,
 * Ke$trel), 0 for none. */
static char substituted_letter(unsigned char c)
{
	static const char leet[] = "@a4a0o1i3e$s5s7t!i";
	const char *l = c ? memchr(leet, c, sizeof(leet) - 1) : NULL;

	return l && (l - leet) % 2 == 0 ? l[1] : 0;
}

/* s[0..n) in lower case with its substitutions read as letters (P@ssw0rd:
 * password), into low[cap]; `after_letter`: only a substitution that
 * follows a letter (postgres1's last digit stays a digit). 0 when s does
 * not fit. */
static int fold_substituted(const unsigned char *s, size_t n, char *low, size_t cap,
			    int after_letter)
{
	size_t i;

	if (n >= cap)
		return 0;
	for (i = 0; i < n; i++) {
		char l = substituted_letter(s[i]);

		low[i] = l && (!after_letter || (i > 0 && isalpha(s[i - 1])))
				 ? l
				 : (char)tolower(s[i]);
	}
	low[n] = '\0';
	return 1;
}

/*
 * Whether the folded value low (of s[0..n)) holds word where it stands as
 * a word: anywhere in a value of one case-word (mypassword1, ADMIN2024),
 * but in Capitalized words joined (MyPassword1, HarbourMaster5) only where
 * a case-word starts: Compass holds "pass" and CompassWeaverWharf7
 * "passw", Bypass "pass", but no sample or default is spelt so.
 */
static int holds_word(const unsigned char *s, size_t n, const char *low, const char *word)
{
	size_t i, p;
	const char *at;
	int camel = 0;

	for (i = 1; i < n; i++)
		camel |= islower(s[i - 1]) && isupper(s[i]);
	for (at = strstr(low, word); at; at = strstr(at + 1, word)) {
		p = (size_t)(at - low);
		if (!camel || p == 0 || isupper(s[p]) || !isalnum(s[p - 1]))
			return 1;
	}
	return 0;
}

/*
 * Words the passwords of examples, tests and defaults are made of, read
 * through the usual substitutions (P@ssw0rd, Ch4ngeMe!): a real password
 * under a password's name seldom holds one.
 */
static size_t sample_word_len(const unsigned char *s, size_t n);

static int has_sample_word(const unsigned char *s, size_t n)
{
	return sample_word_len(s, n) > 0;
}

static size_t longest_sample_word(const unsigned char *s, size_t n);

int kh_has_sample_word(const unsigned char *s, size_t n)
{
	return has_sample_word(s, n);
}

/* The length of the longest sample word s[0..n) holds (has_sample_word's
 * words and substitutions), 0 for none or a value of 16 or more: a long
 * password may hold a word. */
static size_t sample_word_len(const unsigned char *s, size_t n)
{
	return n < 16 ? longest_sample_word(s, n) : 0;
}

/* sample_word_len's, for a value of up to 40 characters, whatever its
 * length. */
static size_t longest_sample_word(const unsigned char *s, size_t n)
{
	static const char *const words[] = {
		"passw",    "changeme",	   "secret",   "admin",	 "letmein",  "qwert",
		"welcome",  "example",	   "sample",   "dummy",	 "default",  "hunter",
		"test",	    "demo",	   "foobar",   "abc123", "123456",   "asdf",
		"root",	    "user",	   "summer",   "winter", "spring",   "autumn",
		"guest",    "login",	   "monkey",   "dragon", "sunshine", "iloveyou",
		"princess", "football",	   "change",   "please", "replace",  "fixme",
		"todo",	    "placeholder", "redacted", "notset", "insecure", "mypass"
	};
	char low[41];
	size_t k, best;

	if (!fold_substituted(s, n, low, sizeof(low), 0))
		return 0;
	for (k = 0, best = 0; k < sizeof(words) / sizeof(words[0]); k++)
		if (strlen(words[k]) > best && holds_word(s, n, low, words[k]))
			best = strlen(words[k]);
	return best;
}

/* The end of the case-word that starts at s[i] (i < n): capitals run on
 * up to the one a lower-case letter follows (XMLHttp: XML, Http), then
 * lower case. */
static size_t case_word_end(const unsigned char *s, size_t i, size_t n)
{
	i++;
	while (i < n && isupper(s[i - 1]) && isupper(s[i]) &&
	       !(i + 1 < n && islower(s[i + 1])))
		i++;
	while (i < n && islower(s[i]))
		i++;
	return i;
}

/*
 * How many of a value's case-words past its first no name would hold: of
 * one or two letters, or unspoken (qIAkMr@dptppyz: Mr, dptppyz); -1 when
 * it holds a digit or lacks either case. Names glue words of three letters
 * or more that are spoken (FooBar&BazQux, %APPDATA%, getUserName).
 */
static int odd_case_words(const unsigned char *s, size_t n, size_t *marks)
{
	size_t i, w, words = 0;
	int lower = 0, upper = 0, odd = 0;

	*marks = 0;
	for (i = 0; i < n;) {
		if (isdigit(s[i]))
			return -1;
		if (!isalpha(s[i])) {
			*marks += !!strchr("!#$%&*+=?@^~", s[i++]);
			continue;
		}
		w = i;
		i = case_word_end(s, i, n);
		lower |= !!islower(s[i - 1]);
		upper |= !!isupper(s[w]);
		odd += words++ > 0 && (i - w <= 2 || !spoken_letters(s + w, i - w));
	}
	return lower && upper ? odd : -1;
}

/* Letters of both cases and a password's mark, without a digit, as
 * generators make them (qIAkMr@dptppyz, eLybhP?zwvaNui). */
static int is_generated_letters(const unsigned char *s, size_t n)
{
	size_t marks;

	return n >= 10 && odd_case_words(s, n, &marks) > 0 && marks;
}

/* Letters alone with their cases scrambled (zcpBlNpU, as keepalived's and
 * VNC's 8-character passwords are generated): two odd case-words at least,
 * where a name of code has none. */
static int is_scrambled_letters(const unsigned char *s, size_t n)
{
	size_t marks;

	return n >= 8 && all_of(s, n, isalpha) && odd_case_words(s, n, &marks) >= 2;
}

/* Letters with their cases scrambled, joined by '-', '_' or '.' only
 * (jOFPhoT-RQ-H, as URL-safe recipes make them): three odd case-words at
 * least, where a dotted or dashed name of code has one or none
 * (MyApp.UI.Views, X-Request-ID). */
static int is_joined_scramble(const unsigned char *s, size_t n)
{
	size_t i, marks;

	for (i = 0; i < n; i++)
		if (!isalpha(s[i]) && !strchr("-_.", s[i]))
			return 0;
	return n >= 10 && odd_case_words(s, n, &marks) >= 3;
}

int kh_is_scrambled_letters(const unsigned char *s, size_t n)
{
	return is_scrambled_letters(s, n);
}

/* How many of the case-words in the letters s[0..n) (one run of letters,
 * both cases in it) no naming convention makes, and how many words it
 * holds: a Capitalized or later word whose letters no spoken word has
 * (Ct, Xhr, Pv), a first lower-case word of 3 or more so (wvt, but not
 * ms, db, io: code's prefixes), a lone capital between two words (wv|T|Wxa:
 * acronyms run on, XMLHttp). All-capital words are acronyms (ID, UI,
 * DB). */
static size_t odd_words_in_run(const unsigned char *s, size_t n, size_t *words)
{
	size_t i = 0, w, odd = 0, k;

	for (k = 0; i < n; k++) {
		int lower;

		w = i;
		i = case_word_end(s, i, n);
		/* (capitals, then lower case: it has some if it ends so) */
		lower = !!islower(s[i - 1]);
		if (k == 0 && islower(s[w]))
			odd += i - w >= 3 && !spoken_letters(s + w, i - w);
		else if (lower)
			odd += !spoken_letters(s + w, i - w);
		else
			odd += i - w == 1 && k > 0 && i < n;
	}
	*words += k;
	return odd;
}

/*
 * Cases drawn at random inside runs of letters, whatever joins the runs
 * (digits, marks, '-', '_', '.'): wvTWxaLY_Uo, N.OaeCtL31$Ugq,
 * b.PsETJveI, as generators make them. Two case-words no naming
 * convention makes (see odd_words_in_run), or one among short words (2.5
 * letters or fewer on average: random cases cut runs short, where code's
 * words are whole: getStreamById, config.DbPass, userIDToDB). Runs of
 * one case are a constant's or a slug's words and count for nothing
 * (DB_HOST_PW, my-db-pass).
 */
static int is_scrambled_case(const unsigned char *s, size_t n)
{
	size_t i = 0, w, letters = 0, odd = 0, words = 0, mixed_letters = 0;

	if (n < 10)
		return 0;
	while (i < n) {
		int lower = 0, upper = 0;

		if (!isalpha(s[i])) {
			i++;
			continue;
		}
		for (w = i; i < n && isalpha(s[i]); i++) {
			lower |= !!islower(s[i]);
			upper |= !!isupper(s[i]);
		}
		letters += i - w;
		if (lower && upper) {
			odd += odd_words_in_run(s + w, i - w, &words);
			mixed_letters += i - w;
		}
	}
	return letters >= 8 &&
	       (odd >= 2 || (odd == 1 && words >= 3 && mixed_letters * 2 <= words * 5));
}

/* Whether the letters s[0..n) take turns, a consonant then a vowel or a
 * vowel then a consonant (buvu, okodu), a Capital only first: syllables
 * a generator strings together. */
static int takes_turns(const unsigned char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (!isalpha(s[i]) || (i > 0 && !islower(s[i])))
			return 0;
		if (i > 0 &&
		    !strchr("aeiou", s[i] | 0x20) == !strchr("aeiou", s[i - 1] | 0x20))
			return 0;
	}
	return n > 0;
}

/*
 * A pronounceable generated password: syllables of a consonant and a vowel
 * taking turns, as pwgen's and Apple's "memorable" passwords make them
 * (bicu3utuza, rokodu7uma, Kiwo5Rape: a digit inside the letters, between
 * runs of 3 letters or more; xoja-buvu-pike: three groups or more of 4
 * letters or more joined by '-'). A word alone takes turns too (relocate,
 * lemonade), but no word holds a digit inside; a word and its number
 * (tokyo1, node3, db01) end in one, and a host's or code's joined words
 * (nova-kube-node) hold a word programs name things with or fewer groups.
 */
static int is_syllables(const unsigned char *s, size_t n)
{
	size_t i = 0, w, letters = 0, groups = 0, digits = 0, inner = 0, dashes = 0;
	size_t shortest = n;

	if (n < 8 || n > 32 || longest_sample_word(s, n))
		return 0;
	while (i < n) {
		if (isdigit(s[i])) {
			digits++;
			inner += i >= 3 && i + 3 < n && isalpha(s[i - 1]) &&
				 isalpha(s[i + 1]);
			i++;
			continue;
		}
		if (s[i] == '-') {
			if (!i || i + 1 == n || !isalpha(s[i - 1]))
				return 0;
			dashes++;
			i++;
			continue;
		}
		for (w = i; i < n && isalpha(s[i]); i++)
			;
		if (i == w || !takes_turns(s + w, i - w) || code_vocabulary(s + w, i - w))
			return 0;
		shortest = i - w < shortest ? i - w : shortest;
		letters += i - w;
		groups++;
	}
	if (letters < 8 || digits > 2)
		return 0;
	if (dashes)
		return !digits && dashes + 1 == groups && groups >= 3 && shortest >= 4;
	return digits == 1 && inner == 1;
}

/*
 * pwgen's pronounceable passwords in lower case (iemaereig7d,
 * ohrohqiez5c): its phonemes join two vowels (ae, ah, ai, ee, ei, ie, oh,
 * oo) twice or more among lower-case letters and one or two digits past
 * the first letter. A word spelt with a digit for a letter (rapunz3l,
 * toothbr1sh) holds one such pair at most.
 */
static int pwgen_phonemes(const unsigned char *s, size_t n)
{
	static const char *const pairs[] = { "ae", "ah", "ai", "ee",
					     "ei", "ie", "oh", "oo" };
	size_t i, k, found = 0, digits = 0;

	if (n < 8 || n > 16 || !islower(s[0]) || longest_sample_word(s, n))
		return 0;
	for (i = 0; i < n; i++) {
		if (isdigit(s[i])) {
			digits++;
			continue;
		}
		if (!islower(s[i]))
			return 0;
		for (k = 0; i + 1 < n && k < sizeof(pairs) / sizeof(pairs[0]); k++)
			if (s[i] == pairs[k][0] && s[i + 1] == pairs[k][1]) {
				found++;
				i++;
				break;
			}
	}
	return digits >= 1 && digits <= 2 && found >= 2;
}

/* A pronounceable generated password of either kind. */
static int is_pronounceable(const unsigned char *s, size_t n)
{
	return is_syllables(s, n) || pwgen_phonemes(s, n);
}

/*
 * A password of 8 to 15 characters under a password's name: three of
 * lower case, upper case, digits and other marks (what generators and
 * password policies produce; words and defaults mix fewer), no sample
 * word, and random enough for a generic value.
 */
/* A keyword argument or a setting written whole (strict=False,
 * retries=3, verify=None): what a sentence or a call passes, not a
 * password. */
static int is_setting_literal(const unsigned char *s, size_t n)
{
	static const char *const literals[] = { "True", "False", "None", "true", "false",
						"null", "nil",	 "yes",	 "no",	 NULL };
	const unsigned char *eq = memchr(s, '=', n);
	size_t i, k, v;

	if (!eq || eq == s || !(isalpha(s[0]) || s[0] == '_'))
		return 0;
	for (k = 0; s + k < eq; k++)
		if (!isalnum(s[k]) && s[k] != '_')
			return 0;
	k++;
	v = n - k;
	for (i = 0; literals[i]; i++)
		if (v == strlen(literals[i]) && !memcmp(s + k, literals[i], v))
			return 1;
	for (i = k; i < n && isdigit(s[i]); i++)
		;
	return v > 0 && v < 6 && i == n;
}

static int literal_value(const struct kh_candidate *c);
static int program_word(const unsigned char *s, size_t n);

enum kh_structure kh_validate_password(const struct kh_candidate *c, cJSON *facts)
{
	const unsigned char *s = c->buf + c->secret_start;
	size_t n = c->secret_end - c->secret_start, i;
	int lower = 0, upper = 0, digit = 0, other = 0;

	for (i = 0; i < n; i++) {
		lower |= !!islower(s[i]);
		upper |= !!isupper(s[i]);
		digit |= !!isdigit(s[i]);
		other |= !isalnum(s[i]);
	}
	if (has_sample_word(s, n))
		return KH_STRUCT_REJECT;
	/* letters alone, their cases scrambled (fmQctAdP: VNC's and
	 * keepalived's 8 characters), in a literal: no name of code has two
	 * odd case-words, nor a word its cases so */
	if (lower + upper + digit + other < 3) {
		size_t w;

		if (!upper || !lower || digit || other || !is_scrambled_letters(s, n) ||
		    !literal_value(c) || names_no_credential(c) || has_climb(s, n) ||
		    kh_entropy(s, n) < entropy_floor(n, alphabet_size(s, n)))
			return KH_STRUCT_REJECT;
		/* a case-word of code's (XmlHttpRq, iOSAppID) */
		for (i = 0; i < n; i = w) {
			for (w = i + 1; w < n && islower(s[w]); w++)
				;
			if (w - i >= 2 && program_word(s + i, w - i))
				return KH_STRUCT_REJECT;
		}
		return KH_STRUCT_UNCHECKED;
	}
	if (is_generated_letters(s, n) || is_scrambled_case(s, n))
		return KH_STRUCT_UNCHECKED;
	/* a short name of code (authKeyV3, userPass2): three spoken words */
	{
		struct word_tally t = { 0 };

		if (tally_code_words(s, n, &t) == 0 && t.spoken >= 3)
			return KH_STRUCT_REJECT;
	}
	return kh_validate_generic(c, facts);
}

/* ---- passwords people choose ------------------------------------------- */

/* Whether the name the value is assigned to ends in a password's word
 * (password, DB_PASS, dbpass, smtp_pwd, passphrase, and the name
 * shape_names.c gives a login's password after a host): not a setting
 * about one (password_file, passwordPolicy, PASSWORD_MIN_LENGTH). */
static int names_password(const struct kh_candidate *c)
{
	static const char *const tails[] = {
		"password", "passwd",		"pwd", "pass", "pw", "passphrase",
		"passcode", "passwordorapikey", NULL
	};
	char name[NAME_MAX_LEN + 1];
	size_t at, n = value_name(c, name, &at), i;

	for (i = 0; tails[i]; i++)
		if (ends_with(name, n, tails[i]))
			return 1;
	return 0;
}

/* Whether path names a program's source by its extension, where a bare
 * value is a name of code (password = Settings.token42), not text. */
static int code_path(const char *path)
{
	static const char *const exts[] = {
		"c",   "h",	"cc",	  "cpp",    "hpp", "cs",  "java",   "kt",
		"kts", "scala", "groovy", "gradle", "go",  "rs",  "py",	    "rb",
		"php", "pl",	"pm",	  "js",	    "mjs", "cjs", "ts",	    "tsx",
		"jsx", "swift", "m",	  "dart",   "lua", "ex",  "exs",    "jl",
		"r",   "vb",	"fs",	  "clj",    "erl", "hs",  "ps1",    "cxx",
		"hh",  "hxx",	"def",	  "inc",    "mm",  "vue", "svelte", NULL
	};
	const char *base, *dot;
	size_t k;

	if (!path)
		return 0;
	base = strrchr(path, '/');
	dot = strrchr(base ? base : path, '.');
	if (!dot)
		return 0;
	for (k = 0; exts[k]; k++)
		if (!strcasecmp(dot + 1, exts[k]))
			return 1;
	return 0;
}

/* Whether the value is quoted (in a file, or as shape.c hands a pair
 * over). */
static int quoted_value(const struct kh_candidate *c)
{
	unsigned char q = c->secret_start ? c->buf[c->secret_start - 1] : 0;

	return (q == '"' || q == '\'' || q == '`') && c->secret_end < c->len &&
	       c->buf[c->secret_end] == q;
}

/* Whether the value is a literal: quoted, or bare in a file that is no
 * program's source (a config file, a script's assignment, notes;
 * settings.py is code). */
static int literal_value(const struct kh_candidate *c)
{
	return quoted_value(c) || !code_path(c->path);
}

/* The letters in a row from s[i] going by step (-1, 1), within [0, n). */
static size_t letters_from(const unsigned char *s, size_t n, size_t i, int step)
{
	size_t k = 0;

	for (; i < n && isalpha(s[i]); i += (size_t)step)
		k++;
	return k;
}

/* The shape of a chosen password's parts (see is_joined_words). */
struct chosen_tally {
	size_t words, capitals, shouted, glued, strong, dashes, runs, digits, last_digits,
		substituted;
	int words_after_digits;
};

/*
 * Reads s[0..n) into t as words, numbers and marks: a substitution
 * between letters is its letter (a digit always, a mark that glues a word
 * of one or two letters: S@ge, Tul!p, Me@d0w, but Otter!copper joins two
 * words). Each word is lower case or Capitalized (glued as PascalCase),
 * 3 letters or more, spoken and no sample word; a number has 6 digits at
 * most. Returns 0 when s holds anything else (/, :, blanks, camelCase,
 * ACRONYMS, quotes).
 */
static int tally_chosen(const unsigned char *s, size_t n, struct chosen_tally *t)
{
	static const char marks[] = "_.-!*@#%&+?~^=$";
	unsigned char low[41];
	size_t i, w, marks_run = 0;

	for (i = 0; i < n; i++) {
		/* between letters, or a digit opening a word (0tt3r) */
		char l = (i > 0 && i + 1 < n && isalpha(s[i - 1]) && isalpha(s[i + 1])) ||
					 (i == 0 && isdigit(s[0]) &&
					  letters_from(s, n, 1, 1) >= 2)
				 ? substituted_letter(s[i])
				 : 0;

		if (l && !isdigit(s[i]) && letters_from(s, n, i - 1, -1) >= 3 &&
		    letters_from(s, n, i + 1, 1) >= 3)
			l = 0; /* a mark that joins two words */
		t->substituted += !!l;
		low[i] = l ? (unsigned char)l : s[i];
	}
	for (i = 0; i < n;) {
		if (isalpha(low[i])) {
			int shout = i + 1 < n && isupper(low[i]) && isupper(low[i + 1]);

			w = i++;
			while (i < n && (shout ? isupper(low[i]) : islower(low[i])))
				i++;
			if (i - w < 3 || !spoken_letters(low + w, i - w) ||
			    sample_word_len(low + w, i - w))
				return 0;
			if (i < n && isupper(low[i]) && !isupper(low[w]))
				return 0; /* camelCase: a name of code */
			t->shouted += shout;
			t->glued += i < n && isupper(low[i]);
			t->capitals += !!isupper(low[w]);
			t->words_after_digits |= t->digits > 0;
			t->words++;
			t->last_digits = 0;
			marks_run = 0;
		} else if (isdigit(low[i])) {
			for (w = i; i < n && isdigit(low[i]); i++)
				;
			if (i - w > 6)
				return 0;
			t->runs++;
			t->digits += i - w;
			t->last_digits = i - w;
			marks_run = 0;
		} else if (memchr(marks, low[i], sizeof(marks) - 1) && ++marks_run <= 2) {
			t->strong += !strchr("_.-", low[i]);
			t->dashes += low[i] == '-';
			i++;
		} else {
			return 0;
		}
	}
	return 1;
}

/*
 * Words a person or a password policy joined into a password
 * (Velvet_saffron8234, L@ntern_basalt2025, Qu4rtz-Harb0r!, Otter!copper2023,
 * 42Orchid-walnut!, HarborOrchid70?, otter-walnut-quartz-345, Tulip#2024):
 * spoken words of 3 letters or more (read through the usual
 * substitutions), numbers and marks, and what policies ask beside the
 * words: a Capitalized word or a mark that is no name's glue (!#?@...),
 * and a number or such a mark. All lower case and glued by '_', '.', '-'
 * only, three words and a last number of three digits at least, or four
 * words joined by '-' (generated passphrases: harbor-orchid-granite-tundra;
 * returned as 2, a password only outside code); three words or more
 * led by one Capitalized word, a number joined last
 * (Harbor.lantern.saffron.4); a SHOUTED word beside a number and a
 * strong mark (FALCON_508harbor*). One word alone is Capitalized, 4 letters or more,
 * with a number and such a mark; or written with substitutions and a
 * number (0tt3r2009, s@ffr0n2024). Names of code and hosts are one
 * case with short words or few of them (db_primary01, MY_VAR_2, my_app_v2),
 * acronyms or camelCase (AppConfig.dbPass2), or PascalCase without a mark
 * (HttpClient42); a word and a number alone is what defaults are made of
 * (Summer2024, Welcome1), words of samples make samples (FooBar!42,
 * pass$word_2024), and five words or more make a sentence or a name.
 */
static int is_joined_words(const unsigned char *s, size_t n)
{
	struct chosen_tally t = { 0 };

	if (n < 8 || n > 40 || !tally_chosen(s, n, &t) || t.runs > 2 || has_climb(s, n) ||
	    longest_sample_word(s, n))
		return 0;
	if (t.shouted && (!t.strong || !t.digits))
		return 0; /* MY_VAR_2, APP_NAME_V2, *SENSITIVE*DATA*DELETED* */
	if (t.words == 1)
		return (t.capitals && n - t.digits - t.strong >= 4 && t.strong &&
			t.digits >= 2) ||
		       (t.substituted && n - t.digits >= 4 && t.digits >= 2);
	if (t.words > 4 || (t.glued && !t.strong))
		return 0;
	if (!t.capitals && !t.strong) {
		if (t.words >= 3 && t.runs == 1 && t.last_digits >= 3 &&
		    !t.words_after_digits)
			return 1;
		return t.words == 4 && !t.runs && t.dashes == 3 ? 2 : 0;
	}
	return t.digits >= 2 || t.strong ||
	       (t.words >= 3 && t.capitals == 1 && t.last_digits &&
		strchr("_.-", s[n - t.last_digits - 1]));
}

/*
 * How often the letters and digits of s[0..n) change between lower case,
 * upper case and digits, a word's capital and marks aside (Cobalt: none;
 * Windows11: one; NodeJS18LTS: three; hopu7eQ4Zr: five): a generator's
 * mix changes often, a person's words and a product's name seldom.
 */
size_t kh_class_changes(const unsigned char *s, size_t n)
{
	size_t i, changes = 0;
	int last = -1, cls;

	for (i = 0; i < n; i++) {
		if (!isalnum(s[i]))
			continue;
		cls = islower(s[i]) ? 0 : isupper(s[i]) ? 1 : 2;
		changes += last >= 0 && cls != last && !(last == 1 && cls == 0);
		last = cls;
	}
	return changes;
}

/*
 * A password no name vouches for (a login written `user / password` in
 * notes, with no credential's word on its line): a stronger bar than a
 * value under a password's name. Words a person joined with a number and
 * a mark (Cobalt1982$, Spring-Marrowgate1528!, is_joined_words), or a
 * generator's mix of both cases and digits changing four times at least
 * (NqXzTcdkEeFX8rq, hopu7eQ4Zr); never a word or two (CableBeacon1), a
 * number, a version (Clang-15.0.7, ISO-8859-1), a product's name
 * (NodeJS18LTS), a key chord (Cmd+Shift+P), a sample's word, a digest, a
 * run, a name of code (Uint16Array.BYTES_PER_ELEMENT) or code's and a
 * path's punctuation (rate / 1024).toFixed(2)}KB/s).
 */
int kh_is_unnamed_password(const unsigned char *s, size_t n)
{
	size_t i;
	int lower = 0, upper = 0, digit = 0, joined = 0;

	if (n < 8 || n > 64 || has_sample_word(s, n) || is_digest(s, n) ||
	    has_climb(s, n))
		return 0;
	for (i = 0; i < n; i++) {
		if (i > 0 && i + 1 < n && s[i] == '.' && isdigit(s[i - 1]) &&
		    isdigit(s[i + 1]))
			return 0; /* a version */
		if (strchr("()[]{}<>/\\`,;", s[i]))
			return 0; /* code's or a path's: 1024).toFixed(2)}KB/s */
		/* code's member or constant: Uint16Array.BYTES_PER_ELEMENT */
		joined |= i > 0 && i + 1 < n && (s[i] == '.' || s[i] == '_') &&
			  isalpha(s[i - 1]) && isalpha(s[i + 1]);
		lower |= !!islower(s[i]);
		upper |= !!isupper(s[i]);
		digit |= !!isdigit(s[i]);
	}
	if (is_joined_words(s, n) == 1)
		return 1;
	return lower && upper && digit && !joined && kh_class_changes(s, n) >= 4 &&
	       !kh_is_code_words(s, n);
}

/* Whether s[0..n) looks generated, as a token a sentence gives bare must:
 * 16 or more of a token's characters (no '.', ':' or '_': versions,
 * addresses, names of code), two letters and two digits at least, not a
 * number in hex (0x...) nor words of code. */
int kh_is_generated_token(const unsigned char *s, size_t n)
{
	size_t i, alpha = 0, digit = 0;

	if (n < 16 || (s[0] == '0' && (s[1] | 0x20) == 'x'))
		return 0;
	for (i = 0; i < n; i++) {
		if (isalpha(s[i]))
			alpha++;
		else if (isdigit(s[i]))
			digit++;
		else if (!strchr("-+/=", s[i]))
			return 0;
	}
	return alpha >= 2 && digit >= 2 && !kh_is_code_words(s, n) &&
	       kh_entropy(s, n) >= 3.0;
}

/* ---- a strong place: judged by what a value is not ---------------------- */

/* Whether the name the value is assigned to is a password's own (password,
 * passwd, pwd, passphrase, passcode, and db_pass, SMTP-PASS, dbPass: a
 * `pass` after a mark or a hump), not a word that may end in one (bypass,
 * hw_pw). */
static int names_password_strongly(const struct kh_candidate *c)
{
	/* passwordorapikey: shape_names.c's name for the password of a
	 * login to a host (curl -u user:pass https://host/) */
	static const char *const tails[] = { "password",   "passwd",   "pwd",
					     "passphrase", "passcode", "passwordorapikey",
					     NULL };
	char name[NAME_MAX_LEN + 1];
	size_t at, n = value_name(c, name, &at), i, e;

	for (i = 0; tails[i]; i++)
		if (ends_with(name, n, tails[i]))
			return 1;
	/* in code a pass is also a compiler's (DUMMY_FUNCTION_PASS) */
	if (!ends_with(name, n, "pass") || n < 6 || code_path(c->path))
		return 0;
	/* the raw name's end: its `pass` follows a mark or a hump */
	for (e = at; e < c->secret_start && code_name_byte(c->buf[e]); e++)
		;
	return e >= at + 5 && !strncasecmp((const char *)c->buf + e - 4, "pass", 4) &&
	       (strchr("_.-", c->buf[e - 5]) ||
		(c->buf[e - 4] == 'P' && islower(c->buf[e - 5])));
}

/* Whether the value is assigned to its name (`=`, `:`, `=>` between them),
 * not an argument the name's call takes (hash_password("..."), a compiler
 * pass's MACHINE_PASS("name", ...)) or a word of prose after a flag. */
static int assigned_value(const struct kh_candidate *c)
{
	size_t i = c->secret_start, mark = 0;

	while (i > c->match_start && !code_name_byte(c->buf[i - 1]) &&
	       c->secret_start - i < 16) {
		i--;
		if (c->buf[i] == '(' || c->buf[i] == ',')
			return 0;
		mark += c->buf[i] == '=' || c->buf[i] == ':';
	}
	return mark > 0;
}

/* Whether s[0..n) holds a word of the defaults that services ship or
 * tutorials give a service's account (postgres1, Mysql2024!, rabbitmq42),
 * read through the usual substitutions. */
static int has_default_word(const unsigned char *s, size_t n)
{
	static const char *const words[] = { "postgres", "mysql", "mariadb", "oracle",
					     "mongo", "redis", "rabbit", "elastic",
					     "kibana", "grafana", "jenkins", "tomcat",
					     "trustno", "master", "pass", "1234", "0000",
					     "1111",
					     /* NZBGet's shipped ControlPassword */
					     "tegbzn6789", NULL };
	char low[65];
	size_t k;

	if (!fold_substituted(s, n, low, sizeof(low), 1))
		return 0;
	for (k = 0; words[k]; k++)
		if (holds_word(s, n, low, words[k]))
			return 1;
	/* a walk with a policy's digit and mark is a password (Qazwsx%2022) */
	return (strstr(low, "qazwsx") || strstr(low, "zxcv")) && !kh_is_policy_walk(s, n);
}

/* A single word's ending, not words glued (authentication, unencrypted,
 * configurable): what a setting's value or a label is. */
static int ends_as_one_word(const unsigned char *s, size_t n)
{
	static const char *const ends[] = { "tion", "tions", "sion", "ment", "ness",
					    "able", "ible",  "ated", "ized", "ised",
					    "ence", "ance",  "ing",  "ity",  "ed",
					    "ly",   "ous",   NULL };
	size_t k;

	for (k = 0; ends[k]; k++)
		if (ends_with((const char *)s, n, ends[k]))
			return 1;
	return 0;
}

/*
 * Words glued where one word's last consonants meet the next one's first
 * (violet|quartz|granite: `rtzgr`, five in a row, which spoken_letters
 * counts as no word's): runs of five consonants at most, and a third of
 * the letters vowels or more, as words hold (random letters hold a fifth:
 * xodeofrhbppuljle). Wave 39.
 */
static int glued_at_consonants(const unsigned char *s, size_t n)
{
	size_t i, vowels = 0, run = 0;

	for (i = 0; i < n; i++) {
		int vowel = !!strchr("aeiouy", s[i]);

		vowels += vowel;
		run = vowel ? 0 : run + 1;
		if (run > 5)
			return 0;
	}
	return vowels * 3 >= n;
}

/*
 * Lower-case words glued without a mark (maplelanternwillow): 12 letters
 * or more, spoken, not one word's ending. A setting's one word (required,
 * disabled, interactive) is shorter or ends as a word does.
 */
static int is_glued_words(const unsigned char *s, size_t n)
{
	return n >= 12 && n <= 40 && all_of(s, n, islower) &&
	       (spoken_letters(s, n) || glued_at_consonants(s, n)) &&
	       !ends_as_one_word(s, n);
}

/*
 * The password most sprayed at logins: a season or a month, then its year
 * (Summer2024, Wint3r24!, October2023!ops, Summer20138), and marks and a
 * tail after it that hold no sample word. Its season is a sample word
 * elsewhere; a year beside it makes it a password a person set.
 */
static int is_season_year(const unsigned char *s, size_t n);

int kh_is_season_year(const unsigned char *s, size_t n)
{
	return n <= 40 && is_season_year(s, n);
}

static int is_season_year(const unsigned char *s, size_t n)
{
	static const char *const words[] = {
		"spring",   "summer",	 "autumn",  "winter",	"fall",	    "january",
		"february", "march",	 "april",   "may",	"june",	    "july",
		"august",   "september", "october", "november", "december", "jan",
		"feb",	    "mar",	 "apr",	    "jun",	"jul",	    "aug",
		"sep",	    "sept",	 "oct",	    "nov",	"dec",	    NULL
	};
	char low[41];
	size_t k, w, d, y;

	/* a name before it (Fabrikam-Winter2026, Contoso.Spring24) */
	for (w = 0; w < n && islower(s[w]) == !!w; w++)
		;
	if (w >= 3 && w <= 12 && w + 1 < n && strchr("-_.@!#", s[w]) &&
	    !longest_sample_word(s, w) && is_season_year(s + w + 1, n - w - 1))
		return 1;
	/* a name before it (Fabrikam-Winter2026, Contoso.Spring24) */
	for (w = 1; w < n && islower(s[w]); w++)
		;
	if (isupper(s[0]) && w >= 3 && w <= 12 && w + 1 < n && strchr("-_.@!#", s[w]) &&
	    !longest_sample_word(s, w) && is_season_year(s + w + 1, n - w - 1))
		return 1;
	if (!fold_substituted(s, n, low, sizeof(low), 1))
		return 0;
	for (k = 0; words[k]; k++)
		if (!strncmp(low, words[k], strlen(words[k])) &&
		    (strlen(words[k]) == n || !islower(s[strlen(words[k])])))
			break;
	if (!words[k])
		return 0;
	w = strlen(words[k]);
	/* a name between (SummerKofi80!!) */
	if (w < n && isupper(s[w])) {
		for (d = w + 1; d < n && islower(s[d]); d++)
			;
		if (d - w < 3 || d - w > 10 || longest_sample_word(s + w, d - w))
			return 0;
		w = d;
	}
	for (d = w; d < n && isdigit(s[d]); d++)
		;
	/* a day, a mark and a year (Jul4@2019, Oct13#2023); no year after
	 * the mark: the number is the year (SummerKofi80!!) */
	if (d - w >= 1 && d - w <= 2 && d + 1 < n && strchr("@#!-/.", s[d])) {
		for (y = d + 1; y < n && isdigit(s[y]); y++)
			;
		if (y - d - 1 == 2 || y - d - 1 == 4)
			return !longest_sample_word(s + y, n - y);
		if (y - d - 1)
			return 0;
	}
	/* 24, 2024, and a count after a year (Summer20138) */
	if (d - w != 2 && !(d - w >= 4 && d - w <= 6 && (s[w] == '1' || s[w] == '2')))
		return 0;
	return !longest_sample_word(s + d, n - d);
}

/*
 * Words of a password joined by dots and a number: one SHOUTED and one lower
 * case (ROCKET.lantern.41), or three spoken words or more and the number
 * last (maple.juniper.walnut.5). Names of code, hosts and versions joined
 * so keep one case without a number (spring.datasource.password,
 * db.internal), mix letters and digits in a part (v1.2.3) or capitalize
 * (com.example.App, HTTP.Status.404). The number may be glued to the last
 * of three lower-case words (lupine.kelp.basalt6) unless a word is code's
 * (config.value.key2: a setting's path).
 */
static int is_dotted_words(const unsigned char *s, size_t n)
{
	size_t i = 0, w, shouted = 0, lower = 0, numbers = 0, vocabulary = 0, d;
	int number_last = 0, glued = 0;

	while (i < n) {
		for (w = i; i < n && s[i] != '.'; i++)
			;
		/* the number glued to the last word (maple.juniper.walnut5) */
		for (d = i; i == n && d > w && isdigit(s[d - 1]); d--)
			;
		number_last = i - w >= 1 && i - w <= 4 && all_of(s + w, i - w, isdigit);
		if (number_last && (i - w >= 2 || i == n)) {
			numbers++;
		} else if (d < i && i - d <= 4 && d - w >= 3 &&
			   spoken_letters(s + w, d - w) &&
			   all_of(s + w, d - w, islower)) {
			number_last = glued = 1;
			numbers++, lower++;
			vocabulary += code_vocabulary(s + w, d - w);
		} else if (i - w >= 3 && spoken_letters(s + w, i - w) &&
			   (all_of(s + w, i - w, isupper) ||
			    all_of(s + w, i - w, islower))) {
			shouted += !!isupper(s[w]), lower += !!islower(s[w]);
			vocabulary += code_vocabulary(s + w, i - w);
		} else {
			return 0;
		}
		i += i < n;
	}
	/* (a setting's path names things: config.value.key2) */
	return s[n - 1] != '.' && numbers == 1 &&
	       ((shouted && lower) ||
		(!shouted && lower >= 3 && number_last && !(glued && vocabulary)));
}

/*
 * Random letters in groups of one length joined by dashes, as password
 * generators print them (lwig-mtux-vqwg-kmuy, bxfm-0360-DGQX): three groups
 * or more of 4 to 6 characters, each of lower-case letters, capitals or
 * digits, two of letters at least, with few vowels (a fifth of random
 * letters, two fifths of words), so a name of code in kebab case
 * (user-auth-role-sync) is not one, nor the alphabet's run (abcd-efgh-ijkl).
 */
static int is_letter_groups(const unsigned char *s, size_t n)
{
	size_t i, w, k, len = 0, groups = 0, letter_groups = 0, vowels = 0, letters = 0;

	if (!n || s[n - 1] == '-')
		return 0;
	for (i = 0; i < n; i++) {
		int (*is)(int) = isdigit(s[i])	 ? isdigit
				 : isupper(s[i]) ? isupper
						 : islower;

		for (w = i; i < n && is(s[i]); i++)
			vowels += !!strchr("aeiouAEIOU", s[i]);
		for (k = w + 1; k < i && s[k] == s[k - 1] + 1; k++)
			;
		if ((i < n && s[i] != '-') || i - w < 4 || i - w > 6 ||
		    (len && i - w != len) || k == i)
			return 0;
		len = i - w, groups++;
		if (is != isdigit)
			letter_groups++, letters += i - w;
	}
	return groups >= 3 && letter_groups >= 2 && vowels * 4 <= letters;
}

/* Whether a mark stands for a letter between letters (tundr@M@rbl32006,
 * Ke$trel), which no name of code holds; an address's `@` is followed by
 * its host's dots. */
static int has_substitution(const unsigned char *s, size_t n)
{
	size_t i;

	for (i = 1; i + 1 < n; i++)
		if (isalpha(s[i - 1]) && isalpha(s[i + 1]) && !isdigit(s[i]) &&
		    substituted_letter(s[i]) && !memchr(s + i, '.', n - i))
			return 1;
	return 0;
}

/* How many digits end s[1..n) (a mark or letter leads it: s[0] is never
 * counted). */
static size_t trailing_digits(const unsigned char *s, size_t n)
{
	size_t d = 0;

	while (d < n - 1 && isdigit(s[n - 1 - d]))
		d++;
	return d;
}

/*
 * A value led by `:`, `@`, `%` or `~` that is a reference, not a password
 * that starts with a mark (@Maple3566, %Sage-willow6): a name after it
 * (:param, @db_password, %APPDATA%, ~/path, %(name)s), the mark again,
 * or no number of 2 digits or more to end it (:password1).
 */
static int led_by_mark_name(const unsigned char *s, size_t n)
{
	if (!strchr(":@%~", s[0]))
		return 0;
	if (n < 2 || !isalnum(s[1]) || memchr(s + 1, s[0], n - 1))
		return 1;
	return trailing_digits(s, n) < 2 || is_identifier(s + 1, n - 1);
}

/* A PIN of 8 digits or more (47987829): neither a climb nor a fall of 4
 * (12345678, 98765432); distinct digits and runs of one digit are
 * is_not_password's. */
static int is_pin(const unsigned char *s, size_t n)
{
	size_t i, up = 1, down = 1;

	if (n < 8 || !all_of(s, n, isdigit))
		return 0;
	for (i = 1; i < n; i++) {
		up = s[i] == s[i - 1] + 1 ? up + 1 : 1;
		down = s[i] + 1 == s[i - 1] ? down + 1 : 1;
		if (up >= 4 || down >= 4)
			return 0;
	}
	return 1;
}

/* A password's mark inside a value with a digit (FBK1510!71, Cedar#4):
 * names of code and settings are glued by `_`, `-`, `.` alone. */
static int has_inner_mark(const unsigned char *s, size_t n)
{
	size_t i;
	int mark = 0, digit = 0;

	for (i = 0; i < n; i++) {
		mark |= i > 0 && strchr("!#*+?^~", s[i]) && s[i];
		digit |= !!isdigit(s[i]);
	}
	return mark && digit;
}

/* SHOUTED words and a number (GRANITE_CORAL_44, SLATE-TOPAZ-71), or words
 * of both cases around one (ORBIT_1898_farid, Finch.42.HARBOR,
 * HEMLOCK_3308_ivo): words that are spoken and name nothing in code, of 4
 * letters or more (3 in lower case), each of one case, and one number of 2
 * to 4 digits; or three such words or more without a SHOUTED one and a
 * number of 1 to 4 digits anywhere, joined by '_' or '-'
 * (tundra_5_nectar_bramble, as passphrase generators join them). A
 * constant's name has a word of code (APP_SECRET_2, DB_HOST_01), one case,
 * or no number. */
static int is_shouted_words(const unsigned char *s, size_t n)
{
	size_t i = 0, w, words = 0, shouted = 0, numbers = 0;
	int number_last = 0, one_digit = 0, dotted = 0;

	while (i < n) {
		for (w = i; i < n && isalnum(s[i]); i++)
			;
		if (i < n && (i + 1 == n || !strchr("_.-", s[i])))
			return 0;
		number_last = isdigit(s[w]);
		if (number_last) {
			numbers++;
			one_digit |= i - w == 1;
			if (i - w > 4 || !all_of(s + w, i - w, isdigit))
				return 0;
		} else {
			int upper = all_of(s + w, i - w, isupper);

			if (i - w < 4 - !upper || !spoken_letters(s + w, i - w) ||
			    code_vocabulary(s + w, i - w) ||
			    (!upper && !all_of(s + w + 1, i - w - 1, islower)))
				return 0;
			words++;
			shouted += upper;
		}
		dotted |= i < n && s[i] == '.';
		i += i < n;
	}
	if (numbers != 1)
		return 0;
	if (!shouted) /* not a host's name (anvil-larch-07.internal) */
		return words >= 3 && !dotted;
	return words >= 2 && !one_digit && (shouted < words || number_last);
}

/*
 * Reads spoken words from s[0]: lower-case words of 3 to 10 letters (see
 * spoken_letters), none a word programs name things with, joined by one
 * separator of seps kept throughout. Returns where reading stopped (past
 * a word, or past a separator when no letter follows it) and the count
 * of words in *words; SIZE_MAX when a word is none of these.
 */
static size_t spoken_words(const unsigned char *s, size_t n, const char *seps,
			   size_t *words)
{
	size_t i = 0, w;
	unsigned char sep = 0;

	*words = 0;
	while (i < n && isalpha(s[i])) {
		for (w = i; i < n && islower(s[i]); i++)
			;
		if (i - w < 3 || i - w > 10 || !spoken_letters(s + w, i - w) ||
		    code_vocabulary(s + w, i - w))
			return SIZE_MAX;
		++*words;
		if (i == n || !strchr(seps, s[i]) || (sep && s[i] != sep))
			return i;
		sep = s[i++];
	}
	return i;
}

static int is_prose_word(const unsigned char *s, size_t n);

/* Whether s[0..n) is a word of a host's, a package's or a service's
 * name (mail.example.org, org.apache.commons, kafka.broker.node) or of
 * what a setting says (use-system-keyring, read-only-access; with the
 * words of prose): names of things, where a passphrase's words are any. */
static int names_a_thing(const unsigned char *s, size_t n)
{
	static const char *const words[] = {
		"com",	    "org",	 "net",	     "edu",	    "gov",
		"local",    "lan",	 "internal", "corp",	    "home",
		"intranet", "example",	 "node",     "nodes",	    "broker",
		"cluster",  "host",	 "primary",  "replica",	    "master",
		"worker",   "queue",	 "topic",    "bucket",	    "schema",
		"table",    "database",	 "proxy",    "gateway",	    "backend",
		"frontend", "kafka",	 "mysql",    "redis",	    "postgres",
		"mongo",    "ldap",	 "smtp",     "imap",	    "mail",
		"http",	    "https",	 "docker",   "helm",	    "chart",
		"release",  "deploy",	 "build",    "main",	    "remote",
		"origin",   "system",	 "keyring",  "read",	    "write",
		"access",   "none",	 "ask",	     "prompt",	    "random",
		"generate", "generated", "empty",    "blank",	    "optional",
		"disabled", "enabled",	 "file",     "environment", "variable",
		"below",    "above",	 NULL
	};

	return kh_listed_word(words, s, n) || is_prose_word(s, n);
}

/*
 * A diceware-style passphrase: four or more spoken words (see
 * spoken_letters: 3 to 10 letters, none a word programs name things
 * with) joined by one of '-', '_', '.' (`cobalt-fjord-summit-juniper-
 * prairie`, `balcony.quartet.encore.copper`): what password managers and
 * EFF's word lists generate, under a password's own name.
 * Wave 26: three such words joined by '-' or '.' too
 * (`velvet-thistle-harbour`, `kestrel.saffron.cobalt`), and the options
 * Bitwarden's generator offers: every word Capitalized (joined by '-':
 * dotted Capitals are code's `Settings.Section.Name`), and one digit
 * after one word (`velvet-thistle7-harbour`). Bitwarden makes
 * passphrases from 3 words up, and in 5 GB of real trees (kernel, /usr,
 * node_modules, /etc) no value of three spoken words outside a program's
 * source stands under a password's name, while the 28 inside one are
 * code's references and identifiers (this.config.password,
 * get_user_password), which code's vocabulary, the source's bare values
 * and '_' (code's joint) keep out. A host's, a service's or a setting's
 * words (mail.example.org, kafka.broker.node, use-system-keyring) name
 * things.
 */
static int is_passphrase(const unsigned char *s, size_t n)
{
	size_t i = 0, w, words = 0, things = 0, digits = 0, capitals = 0;
	unsigned char sep = 0;

	while (i < n) {
		w = i;
		capitals += !!isupper(s[i]);
		i += !!isupper(s[i]);
		while (i < n && islower(s[i]))
			i++;
		if (i - w < 3 || i - w > 10 || !spoken_letters(s + w, i - w) ||
		    code_vocabulary(s + w, i - w))
			return 0;
		things += names_a_thing(s + w, i - w);
		words++;
		/* a digit after a word, then its separator or the end */
		if (i < n && isdigit(s[i]) && (i + 1 == n || !isdigit(s[i + 1])))
			digits++, i++;
		if (i == n)
			break;
		if (!strchr("-_.", s[i]) || (sep && s[i] != sep) || i + 1 == n)
			return 0;
		sep = s[i++];
	}
	if (digits > 1 || (capitals && (capitals != words || sep != '-')))
		return 0;
	if (words >= 4)
		return n >= 20;
	return words == 3 && n >= 16 && sep != '_' && !things;
}

/*
 * Two or three spoken words (see spoken_words) joined by one '_' or '-',
 * then that mark and a number of one or two digits or a year
 * (ember_velvet_26, nectar-copper-1, cedar_kite_2019), or, joined by '_',
 * of three or four (heron_sluice_1525, wave 30): how people and
 * passphrase generators join words into a password. A name of code spelt
 * so (retry_count_3, tls_cert_2) has code's vocabulary; an app's or a
 * host's generated name is joined by '-' and has a longer number
 * (sleepy-meadow-81798, otter-walnut-345), a dotted one is a host's or a
 * property's (harbor.glacier.60).
 */
static int is_words_number(const unsigned char *s, size_t n)
{
	size_t words, i = spoken_words(s, n, "-_", &words), w;

	/* read to a separator, then the number */
	if (i == SIZE_MAX || i == 0 || islower(s[i - 1]))
		return 0;
	if (words < 2 || words > 3 || i >= n || !all_of(s + i, n - i, isdigit))
		return 0;
	if (n - i <= 2 ||
	    (n - i == 4 && (starts(s + i, 4, "19") || starts(s + i, 4, "20"))))
		return 1;
	/* a number of 3 or 4 digits after words joined by '_' (heron_sluice_1525:
	 * passphrase generators' and people's; joined by '-' they are a
	 * generated app's or host's name, otter-walnut-345), where no word
	 * names a thing a port or a count follows (kafka_broker_9092,
	 * redis_master_6379) and no zero pads a count (replica_kelp_007) */
	if (n - i > 4 || s[i] == '0' || s[i - 1] != '_')
		return 0;
	for (w = 0; w < i;) {
		size_t e = w;

		while (e < i && islower(s[e]))
			e++;
		if (names_a_thing(s + w, e - w))
			return 0;
		w = e + 1;
	}
	return 1;
}

/*
 * A spoken word (see spoken_letters; Capitalized or not), a number of one
 * to three digits, then one of `_-.` and a year, maybe a mark last
 * (bulls14_2022, Lakers7-2025!): a team's or a pet's name, a number and
 * the year it was set, as people choose them. A name of code dated so
 * has code's vocabulary (test1_2020) or no number between (data_2019).
 */
static int is_word_number_year(const unsigned char *s, size_t n)
{
	unsigned char low[11];
	size_t w, d, y, i;

	for (w = 0; w < n && w <= 10 && (isupper(s[w]) ? w == 0 : islower(s[w])); w++)
		low[w] = (unsigned char)tolower(s[w]);
	for (d = w; d < n && isdigit(s[d]); d++)
		;
	if (w < 3 || w > 10 || d - w < 1 || d - w > 3 || d + 5 > n ||
	    !strchr("_-.", s[d]) || !spoken_letters(low, w) || code_vocabulary(low, w))
		return 0;
	for (y = d + 1; y < n && isdigit(s[y]); y++)
		;
	if (y - d - 1 != 4 ||
	    (!starts(s + d + 1, 4, "19") && !starts(s + d + 1, 4, "20")))
		return 0;
	for (i = y; i < n; i++)
		if (!strchr("!#$%&*?@^~", s[i]))
			return 0;
	return 1;
}

/* A call in a value (getenv(X), secrets.get('db').value): a name, its
 * parentheses, and nothing after them but an attribute's dot. A password
 * may hold parentheses among its marks (tundra(Willow)_4, Fe(CN)6+Raven). */
static int is_call(const unsigned char *s, size_t n)
{
	const unsigned char *open = memchr(s, '(', n), *close;

	if (open == s)
		return 1; /* a label in parentheses: (none), (hidden) */
	if (!open || !(isalnum(open[-1]) || open[-1] == '_'))
		return 0;
	close = memrchr(open, ')', (size_t)(s + n - open));
	return close && (close + 1 == s + n || close[1] == '.');
}

/* Whether s[0..n) ends in a number of two digits or more and its closing
 * '_' after a Capitalized word (Scoop2022_; not Config2_): a password people close with a
 * mark as with `!`, where code's names close their '_' after letters (password_,
 * m_pass_). */
static int number_then_mark(const unsigned char *s, size_t n)
{
	size_t d = n - 1;

	while (d > 0 && isdigit(s[d - 1]))
		d--;
	return d > 1 && d + 2 < n && isupper(s[0]) && islower(s[d - 1]);
}

static int is_case_runs(const unsigned char *s, size_t n);
static int is_marked_words(const unsigned char *s, size_t n);

/* Whether a part of s[0..n) starts with a format's or a level's name that
 * settings put beside a password (utf8mb4_unicode_ci, Latin1_General_CI_AS,
 * sha256sum, DEBUG_level_20), words and separators alone: a value of them
 * is a setting, not a password a person chose (wave 35). */
static int has_setting_token(const unsigned char *s, size_t n)
{
	static const char *const tokens[] = { "utf8", "utf16", "latin1", "sha1",  "sha2",
					      "sha3", "sha5",  "md5",	 "x509",  "ipv4",
					      "ipv6", "int32", "int64",	 "debug", NULL };
	size_t i, k, t;

	/* words a setting joins, not a generated value's run (Magento's
	 * base64… key, a random token led by md5) */
	for (i = 0; i < n; i++)
		if (!isalnum(s[i]) && !strchr("_-.", s[i]))
			return 0;
	for (i = 0; i < n; i++) {
		if (i > 0 && isalnum(s[i - 1]))
			continue;
		for (k = 0; tokens[k]; k++) {
			t = strlen(tokens[k]);
			/* a word's token ends the word (debug_, not debugger) */
			if (i + t <= n &&
			    !strncasecmp((const char *)s + i, tokens[k], t) &&
			    (isdigit((unsigned char)tokens[k][t - 1]) || i + t == n ||
			     !isalpha(s[i + t])))
				return 1;
		}
	}
	return 0;
}

/*
 * What a value under a password's own name is when it is no password: a
 * reference (env:X, :param, @param, %VAR%, a call), a path, a URL, an
 * address, a name of code or a setting's words, a default or a sample, a
 * mask or a run, a digest or a stored form, a number. Placeholders and
 * templates (${X}, {{ }}, <password>, changeme, xxxx) the matcher drops
 * before.
 */
static int is_not_password(const struct kh_candidate *c, const unsigned char *s, size_t n)
{
	size_t i, letters = 0, colon = 0, distinct = 0;
	unsigned char seen[256] = { 0 };

	if (n < 8 || n > 64)
		return 1;
	for (i = 0; i < n; i++) {
		letters += !!isalpha(s[i]);
		distinct += !seen[s[i]]++;
	}
	while (colon < n && islower(s[colon]))
		colon++;
	if ((!letters && !is_pin(s, n)) || distinct < 5 ||
	    (colon >= 2 && colon < n && s[colon] == ':') || strchr("/\\_", s[0]) ||
	    led_by_mark_name(s, n) || (s[n - 1] == '_' && !number_then_mark(s, n)) ||
	    memchr(s, '\\', n) || memmem(s, n, "://", 3) || is_call(s, n) ||
	    has_subscript(s, n))
		return 1;
	/* a digest's hex where a file keeps a password's hash */
	if ((n == 32 || n == 40 || n == 64) && all_of(s, n, isxdigit))
		return 1;
	if (n <= 40 && ((longest_sample_word(s, n) && !is_season_year(s, n) &&
			 !kh_is_policy_walk(s, n)) ||
			has_default_word(s, n)))
		return 1;
	if (!is_dotted_words(s, n) && !is_letter_groups(s, n) &&
	    !has_substitution(s, n) && !has_inner_mark(s, n) && !is_shouted_words(s, n) &&
	    !is_passphrase(s, n) && !is_words_number(s, n) &&
	    !is_word_number_year(s, n) && !is_pronounceable(s, n) &&
	    !is_case_runs(s, n) && !is_marked_words(s, n) && is_identifier(s, n))
		return 1;
	/* (dotted spoken words are a passphrase, not an attribute's path; a
	 * lone '=' inside is a generated password's mark,
	 * sqHg4ZC=OlLEhYvHQhS9: no value under a password's name in the real
	 * trees holds base64 run together, which pads both halves,
	 * QWxhZGRpbg==b3Blbg==, and a token's decoded copy is longer) */
	return has_climb(s, n) || (is_code_reference(s, n) && !is_passphrase(s, n)) ||
	       has_setting_token(s, n) || is_scoped_name(s, n) || is_timestamp(s, n) ||
	       is_encoded(s, n) || is_digest(s, n) || is_crypt_hash(s, n) ||
	       is_stored_form(s, n) || is_stored_not_plain(c, s, n) ||
	       (has_inner_padding(s, n) &&
		(n > 40 || memmem(s, n, "==", 2) || s[n - 1] == '=')) ||
	       names_no_credential(c) || names_public_half(c) ||
	       kh_is_public_format(s, n) || is_iban(s, n) || npm_encoded_password(c) ||
	       has_provider_prefix(s, n) || under_encrypted_data(c) ||
	       is_owner_slash_name(s, n) || is_jwt_shape(s, n);
}

/* Two words of letters and one digit joining the first, lower-case, to a
 * Capital (foke3Gapa, kuli3Jipi): pwgen's pronounceable passwords. */
static int digit_joins_words(const unsigned char *s, size_t n)
{
	size_t i, digit = 0;

	for (i = 0; i < n; i++)
		if (isdigit(s[i])) {
			if (digit || i < 3 || i + 4 > n || !islower(s[i - 1]) ||
			    !isupper(s[i + 1]))
				return 0;
			digit = i;
		} else if (!isalpha(s[i])) {
			return 0;
		}
	return digit != 0;
}

/* Whether code holds the quoted value as text, not as a name of code: led
 * by a Capital, or words a person joins with a number (password =
 * "harbor_glacier_60"; "foke3Gapa", as the shape reader hands over a
 * connection string's Password=foke3Gapa; from a C# string). A quoted
 * lower-case camelCase value stays a name of code (a field's or a key's:
 * "dbPassword", "userPass2"). */
static int literal_in_code(const struct kh_candidate *c, const unsigned char *s, size_t n)
{
	/* (a zero-padded count numbers code's names: replica_kelp_07) */
	return quoted_value(c) &&
	       (!islower(s[0]) ||
		(is_words_number(s, n) && s[n - trailing_digits(s, n)] != '0') ||
		digit_joins_words(s, n) || is_case_runs(s, n));
}

/* Capitalized words and a number that a type or a product is named by
 * (HttpClient2, SqlServer2019, OrderHandler7): a word programs name things
 * with among them, whatever the others are (Http, Sql: no spoken word). */
static int type_name(const unsigned char *s, size_t n)
{
	size_t i = 0, w, words = 0, short_words = 0;
	int vocabulary = 0;

	while (i < n && isupper(s[i])) {
		for (w = i++; i < n && islower(s[i]); i++)
			;
		vocabulary |= code_vocabulary(s + w, i - w);
		words++;
		short_words += i - w <= 2;
	}
	while (i < n && isdigit(s[i]))
		i++;
	/* (mostly words of one or two letters are random letters, BavmJoULjDbFehPR,
	 * whatever word of code one of them spells) */
	return i == n && words >= 2 && vocabulary && short_words * 2 <= words;
}

/* ---- wave 35: passwords people choose, in the styles code never writes -- */

/* The marks a password's rules ask for, which names and numbers of code
 * never hold (a NUL is none of them: strchr would find the terminator). */
static int is_password_mark(unsigned char c)
{
	return c && strchr("!#$%&*+?@^~", c);
}

/*
 * Runs of both cases and a number, each of one class, joined or glued
 * (obit-5648BROADSHEET, cfpa-8370-CUDN, EMBER_1307_noor, saff65MARB23): a
 * number of 2 to 6 digits between a lower-case run and a SHOUTED one of 3
 * letters or more, at most 5 runs, `-` or `_` between some, a password's
 * mark last. Code's names keep one case per name (snake_case, SHOUTED
 * constants), change it at a hump, and put their number last, a version
 * or a count (HTTP.status.404, DEBUG_level_20, API_key_v10 stay refused).
 */
static int is_case_runs(const unsigned char *s, size_t n)
{
	/* the words of a constant's limit or count (MAX_1024_size) */
	static const char *const quantities[] = { "max",    "min",     "size",	"len",
						  "length", "count",   "limit", "num",
						  "total",  "timeout", "level", "buffer",
						  "bytes",  "retries", NULL };
	size_t i = 0, w, runs = 0;
	int before = -1, letters = -1, between = 0;

	if (n && is_password_mark(s[n - 1]))
		n--;
	while (i < n) {
		int c = char_class(s[i]);

		if (!isalnum(s[i]))
			return 0;
		for (w = i; i < n && isalnum(s[i]) && char_class(s[i]) == c; i++)
			;
		if (++runs > 5)
			return 0;
		if (c == 2) {
			if (i - w < 2 || i - w > 6)
				return 0;
			before = letters;
		} else if (i - w < 3 || code_vocabulary(s + w, i - w) ||
			   kh_listed_word(quantities, s + w, i - w)) {
			return 0;
		} else {
			/* the other case after a number than before it */
			between |= before >= 0 && before != c;
			letters = c;
		}
		/* one separator between runs, none at either end */
		if (i < n && !isalnum(s[i]) && (!strchr("-_", s[i]) || i + 1 == n))
			return 0;
		i += i < n && !isalnum(s[i]);
	}
	return between;
}

/*
 * Two or three words of one case each, 4 letters or more, joined by a
 * password's mark, one SHOUTED and one lower-case (PARSNIP&cinder,
 * TUNDRA$tundra, FALCON$saffron): no convention of code writes a name so,
 * and its marks are no joint of names (FooBar&BazQux, $HOME+suffix,
 * %APPDATA% and XMLHttpRequest#sendAsync stay refused).
 */
static int is_marked_words(const unsigned char *s, size_t n)
{
	size_t i = 0, w, words = 0;
	int lower = 0, upper = 0;

	while (i < n) {
		for (w = i; i < n && isalpha(s[i]); i++)
			;
		if (i - w < 4 || !spoken_letters(s + w, i - w) ||
		    code_vocabulary(s + w, i - w))
			return 0;
		if (all_of(s + w, i - w, isupper))
			upper = 1;
		else if (all_of(s + w, i - w, islower))
			lower = 1;
		else
			return 0;
		words++;
		if (i < n && (!is_password_mark(s[i]) || i + 1 == n || words == 3))
			return 0;
		i += i < n;
	}
	return words >= 2 && lower && upper;
}

/* A password's short word (pass, pw) after the service or account it
 * logs in to, the folded name (smtppass, dolibarr_main_db_pass, bindpw,
 * DatabasePw): such a head says the word is a password's in code too,
 * where a pass is also a compiler's (DUMMY_FUNCTION_PASS), a bypass or a
 * render pass. The heads are kh_ends_in_login_service()'s, and a
 * database, a user, ssh, sftp and vpn. */
static int service_pass_name(const char *name, size_t n)
{
	static const char *const heads[] = { "database", "user", "ssh",
					     "sftp",	 "vpn",	 NULL };
	size_t w, k;

	if (ends_with(name, n, "pass"))
		w = n - 4;
	else if (ends_with(name, n, "pw"))
		w = n - 2;
	else
		return 0;
	if (kh_ends_in_login_service((const unsigned char *)name, w))
		return 1;
	for (k = 0; heads[k]; k++)
		if (ends_with(name, w, heads[k]))
			return 1;
	return 0;
}

/*
 * A name a person's password stands under (wave 35): a password's own
 * name (names_password_strongly), its short word after its service
 * (service_pass_name), and a bare `pass` given a quoted value (a login's
 * `<pass>` element or `$db['pass']` key, which the readers hand over
 * quoted; a test log's `PASS: section-flags-120` is bare) or, in a config
 * file, in a service's block (Misskey's `redis:` over `  pass: …`, an
 * INI's `[smtp]`).
 */
static int names_chosen_password(const struct kh_candidate *c)
{
	char name[NAME_MAX_LEN + 1], block[NAME_MAX_LEN + 1];
	size_t at, n, b;

	if (names_password_strongly(c))
		return 1;
	n = value_name(c, name, &at);
	if (service_pass_name(name, n))
		return 1;
	if (n != 4 || strcmp(name, "pass"))
		return 0;
	if (quoted_value(c))
		return 1;
	b = code_path(c->path) ? 0 : block_name(c, at, block);
	return b && kh_ends_in_login_service((const unsigned char *)block, b);
}

/*
 * A password by a strong place: its own name (see names_password_strongly)
 * and a literal value. Such a place holds a password unless the value is
 * recognisably none (is_not_password), whatever its style; a value of
 * letters alone must be glued words or random letters (a label, a
 * setting's word and a name of code are letters), and one that is a name
 * of code's words without a password's mark stays refused.
 */
static int plain_password(const struct kh_candidate *c, const unsigned char *s, size_t n)
{
	struct word_tally t = { 0 };
	size_t i, digits = 0;
	int number = 0, mark = 0;

	for (i = 0; i < n; i++) {
		/* a digit that stands for no letter (rapunz3l: one word spelt
		 * with a digit); two digits are a number wherever they stand
		 * (nectar5lantern4X), and a sample word spelt so (s3cr3t) is
		 * refused by is_not_password */
		number |=
			isdigit(s[i]) && !(i > 0 && i + 1 < n && isalpha(s[i - 1]) &&
					   isalpha(s[i + 1]) && substituted_letter(s[i]));
		/* but a digit between a word and a Capital joins two words
		 * (furi5Jaha, Tiger7Lantern): no letter is spelt so */
		number |= i > 0 && i + 1 < n && isdigit(s[i]) && islower(s[i - 1]) &&
			  isupper(s[i + 1]);
		digits += !!isdigit(s[i]);
		mark |= s[i] && !!strchr("!#$%&*+=?@^~", s[i]);
		/* brackets a word inside (tundra(Willow)_4, monsoon[Cinder]-7),
		 * where code's subscript or call ends its value */
		mark |= i > 0 && s[i] && strchr(")]}", s[i]) && i + 1 < n;
	}
	if (!number && digits < 2 && !is_glued_words(s, n) && !is_letter_groups(s, n) &&
	    !is_passphrase(s, n) && !is_scrambled_letters(s, n) &&
	    !is_pronounceable(s, n) && !is_marked_words(s, n))
		return 0;
	/* a name of code: words programs name things with (authKeyTokenV3,
	 * ServiceAccount2024) anywhere, any bare or camelCase case-words in a
	 * program's source; a quoted literal of other Capitalized words
	 * assigned to a password's own name is a password in code too
	 * (password="OrbitFalconLantern3"), as in a config file or a note */
	if (!mark && (type_name(s, n) || tally_code_words(s, n, &t) == 0) &&
	    (t.vocabulary || type_name(s, n) ||
	     (code_path(c->path) && !literal_in_code(c, s, n) &&
	      (kh_is_code_words(s, n) || t.spoken >= 3))))
		return 0;
	return !is_not_password(c, s, n);
}

/* Whether path's file expands `$name` in the values it assigns: shell
 * and its histories, dotenv and compose files, Makefiles, Dockerfiles, and
 * the languages whose double-quoted strings do (Kotlin, Groovy, PHP, Perl,
 * PowerShell). YAML, INI, TOML, JSON, XML, properties and prose keep a `$`
 * as it is. */
static int expands_dollar(const char *path)
{
	static const char *const exts[] = { "sh", "bash", "zsh",    "ksh",    "env", "mk",
					    "kt", "kts",  "groovy", "gradle", "php", "pl",
					    "pm", "ps1",  "psm1",   NULL };
	static const char *const names[] = { "makefile",    "gnumakefile",
					     "dockerfile",  "containerfile",
					     "jenkinsfile", "bash_history",
					     "zsh_history", NULL };
	const char *base = path ? strrchr(path, '/') : NULL, *dot;
	size_t k;

	if (!path)
		return 0;
	base = base ? base + 1 : path;
	base += *base == '.';
	for (k = 0; names[k]; k++)
		if (!strncasecmp(base, names[k], strlen(names[k])))
			return 1;
	if ((!strncasecmp(base, "env", 3) && (!base[3] || base[3] == '.')) ||
	    strstr(base, "compose"))
		return 1;
	dot = strrchr(base, '.');
	for (k = 0; dot && exts[k]; k++)
		if (!strcasecmp(dot + 1, exts[k]))
			return 1;
	return 0;
}

/*
 * A password spelt in substitutions that starts with its `$` ($h337h4mp3r$,
 * $K1ngf1sh3r!): after the `$` a letter, then letters with a digit that
 * stands for a letter between two of them, then a mark again (a `$`, `!`,
 * `#`...). No variable is so named: `$VAR`, `${VAR}`, `$(cmd)`, `$1`,
 * `$env:X`, `$this`, `$db_pass2` have no digit between letters or no mark
 * after them.
 */
int kh_is_dollar_leet(const unsigned char *s, size_t n)
{
	size_t i = 1, inner = 0;

	/* (or a digit that stands for a letter before the run's letters:
	 * $50r7m1nd$, where `$7` would be a positional argument followed
	 * by text no script writes) */
	if (n < 8 || s[0] != '$' ||
	    !(isalpha(s[1]) || (substituted_letter(s[1]) && isalnum(s[2]))))
		return 0;
	for (; i < n && isalnum(s[i]); i++)
		inner += isdigit(s[i]) && isalpha(s[i - 1]) && i + 1 < n &&
			 isalpha(s[i + 1]) && substituted_letter(s[i]);
	return inner && i >= 6 && i < n && strchr("$!@#%^&*+", s[i]);
}

/*
 * (validate.h) A password shaped as a variable: `$`, two or three spoken
 * lower-case words joined by '_' (see spoken_words: none a word of code),
 * and a number of 3 or 4 digits glued last ($juniper_thistle737,
 * $biscuit_marble381), which people type and few variables are named.
 * The readers hand such a value to the judge, which refuses it where the
 * file expands `$name` (led_by_reference). Wave 39.
 */
int kh_is_dollar_words_number(const unsigned char *s, size_t n)
{
	size_t words, i, d;

	if (n < 9 || s[0] != '$')
		return 0;
	for (d = 0; d < n - 1 && isdigit(s[n - 1 - d]); d++)
		;
	if (d < 3 || d > 4)
		return 0;
	i = spoken_words(s + 1, n - 1 - d, "_", &words);
	return i == n - 1 - d && words >= 2 && words <= 3;
}

/*
 * Whether a value led by `$` or `!` (which the rules let through only
 * before a lower-case word and `_`) is a reference, not a password that
 * starts with a mark: a `$name` of words programs name things with
 * ($session_store_42: a template's variable wherever it stands); any other
 * `$name` where the file expands one (unquoted or double-quoted), unless
 * it is words and a number of 3 digits or more ($juniper_thistle737: a
 * password's shape, rare as a variable's name); a YAML `!tag` (!word_12).
 */
static int led_by_reference(const struct kh_candidate *c, const unsigned char *s,
			    size_t n)
{
	const char *dot = c->path ? strrchr(c->path, '.') : NULL;
	struct word_tally t = { 0 };
	size_t d, i;
	int words;

	if (n < 2 || (s[0] != '$' && s[0] != '!') || kh_is_dollar_leet(s, n))
		return 0;
	/* a tag's name is a word (the YAML reader hands its value over
	 * quoted, so a quoted "!word_word123" reads as one too) */
	if (s[0] == '!') {
		for (i = 1; i < n; i++)
			if (!isalnum(s[i]) && s[i] != '_')
				return 0;
		/* a Capitalized word and a number of 3 digits or more is a
		 * password (!Crimson7007): tags are names (!quartz_thistle699,
		 * !GetAtt, !vault) */
		return (trailing_digits(s, n) < 3 || !isupper(s[1])) && dot &&
		       (!strcasecmp(dot, ".yml") || !strcasecmp(dot, ".yaml"));
	}
	words = tally_code_words(s + 1, n - 1, &t) == 0;
	if (words && t.vocabulary)
		return 1;
	if (!expands_dollar(c->path) ||
	    (quoted_value(c) && c->buf[c->secret_start - 1] == '\''))
		return 0;
	d = trailing_digits(s, n);
	for (i = 1; i < n - d; i++)
		if (!islower(s[i]) && s[i] != '_')
			return 1;
	return d < 3 || !words || t.spoken < 2;
}

/* An e-mail address (ops.team@mail.lan): a lower-case name, one `@`, a
 * host with a dot and a domain of letters; a login's name, not its
 * password. */
static int is_address(const unsigned char *s, size_t n)
{
	const unsigned char *at = memchr(s, '@', n), *dot;
	size_t i;

	if (!at || at == s || memchr(at + 1, '@', (size_t)(s + n - at - 1)))
		return 0;
	for (i = 0; i < n; i++)
		if (!islower(s[i]) && !isdigit(s[i]) && !strchr("._-@", s[i]))
			return 0;
	dot = memrchr(at, '.', (size_t)(s + n - at));
	return dot && dot > at + 1 && s + n - dot > 2 &&
	       all_of(dot + 1, (size_t)(s + n - dot - 1), islower);
}

/* Whether the case-word s[0..n) is one code's names are made of beside
 * code_vocabulary()'s (GetValue, MainWindow, OnClick, ListView): verbs and
 * the parts of programs. */
static int program_word(const unsigned char *s, size_t n)
{
	static const char *const words[] = {
		"get",	   "set",     "has",	"is",	   "on",      "main",	"window",
		"view",	   "list",    "item",	"model",   "button",  "event",	"node",
		"file",	   "path",    "string", "object",  "base",    "util",	"helper",
		"factory", "builder", "impl",	"table",   "query",   "result", "state",
		"context", "http",    "sql",	"web",	   "page",    "panel",	"dialog",
		"control", "widget",  "module", "option",  "setting", "status", "index",
		"array",   "map",     "queue",	"thread",  "task",    "job",	"worker",
		"class",   "struct",  "enum",	"element", "entry",   "record", "source",
		"target",  "output",  "buffer", "stream",  "socket",  "host",	"port",
		"url",	   "uri",     "mode",	NULL
	};

	return code_vocabulary(s, n) || kh_listed_word(words, s, n);
}

/*
 * A passphrase of Capitalized words run together and a number
 * (SlateHamperBadger1, FerryClover7, GondolaZephyrWillow60): 2 to 4 spoken
 * words of 3 letters or more, each Capitalized and glued to the next, then
 * 1 to 4 digits, or a mark past them (TundraFalconMoss4!). Plain nouns are
 * a person's; a word programs name things with makes a type's, a
 * member's or a call's name (HttpClient2, PasswordField1, MainWindow2,
 * GetValue3), and so does a word of one or two letters or an acronym; a
 * sample's or a default's word where a case-word starts makes a sample
 * (HarbourMaster5, PassportLantern3).
 */
static int is_capital_words(const unsigned char *s, size_t n)
{
	struct chosen_tally t = { 0 };
	size_t i = 0, w;

	if (n < 8 || n > 32 || longest_sample_word(s, n) || has_default_word(s, n) ||
	    !tally_chosen(s, n, &t) || t.substituted || t.shouted || t.words < 2 ||
	    t.words > 4 || t.capitals != t.words || t.glued != t.words - 1 ||
	    t.runs != 1 || t.last_digits == 0 || t.last_digits > 4 ||
	    t.words_after_digits)
		return 0;
	while (i < n && isupper(s[i])) {
		for (w = i++; i < n && islower(s[i]); i++)
			;
		if (program_word(s + w, i - w))
			return 0;
	}
	return 1;
}

/* A password a person chose, under a password's name in a literal. */
static int chosen_password(const struct kh_candidate *c)
{
	const unsigned char *s = c->buf + c->secret_start;
	size_t n = c->secret_end - c->secret_start;

	int joined = is_joined_words(s, n);
	struct word_tally t = { 0 };

	char name[NAME_MAX_LEN + 1];
	size_t at;

	if (!joined)
		joined = is_dotted_words(s, n) || is_capital_words(s, n);
	/* words and a number under a password's word, not a bare `pass` (a
	 * test log's PASS: section-flags-1) nor a zero-padded count, which
	 * numbers code's names (replica_kelp_07) */
	if (!joined && is_words_number(s, n) && s[n - trailing_digits(s, n)] != '0' &&
	    !(value_name(c, name, &at) == 4 && !strcmp(name, "pass")))
		joined = 1;

	/* words joined by '-' alone name things in code (a compiler's
	 * "pre-isel-intrinsic-lowering" pass), but not a quoted literal of
	 * other words that code assigns to a password's own name
	 * (password="thistle-copper-pixel-pickle") */
	if (joined == 2 && code_path(c->path) &&
	    !(names_password_strongly(c) && quoted_value(c) &&
	      tally_code_words(s, n, &t) == 0 && !t.vocabulary))
		joined = 0;
	if (joined && names_password(c) && literal_value(c))
		return 1;
	return names_chosen_password(c) && assigned_value(c) && literal_value(c) &&
	       plain_password(c, s, n);
}

/*
 * The rules that read values the placeholder check lets through when they
 * hold a digit or a mark ("placeholder_check": "passwords"), so that a
 * password a person chose reaches them: `chosen` keeps it, a name of code
 * is still none, and other values are judged as the rule judged them
 * before (by `judge`, or by nothing more when NULL).
 */
static enum kh_structure judge_chosen(const struct kh_candidate *c, cJSON *facts,
				      int chosen, kh_validator_fn judge)
{
	if (chosen)
		return KH_STRUCT_UNCHECKED;
	if (kh_is_code_words(c->buf + c->secret_start, c->secret_end - c->secret_start) ||
	    type_name(c->buf + c->secret_start, c->secret_end - c->secret_start))
		return KH_STRUCT_REJECT;
	return judge ? judge(c, facts) : KH_STRUCT_UNCHECKED;
}

/* Whether the file is a daemon's users file, where passwords are stored
 * hashed (Dozzle's users.yml, Guacamole's user-mapping.xml, PgBouncer's
 * userlist.txt). */
static int in_users_file(const struct kh_candidate *c)
{
	const char *base = c->path ? strrchr(c->path, '/') : NULL;

	base = base ? base + 1 : c->path;
	return base && !strncasecmp(base, "user", 4);
}

/*
 * A password's digest where a file stores one: hex of a digest's length
 * (MD5 to SHA-512) under a password's own name, when the line says how
 * it was hashed (Guacamole's encoding="md5", a hash or digest attribute),
 * the file is a daemon's users file (Dozzle's users.yml, Guacamole's
 * user-mapping.xml), or it is longer than a random password is written
 * (SHA-384 and SHA-512 hex: Jackett's AdminPassword). Under a key's,
 * token's or secret's name hex stays a key.
 */
static int is_stored_hex(const struct kh_candidate *c)
{
	static const char *const marks[] = { "encoding", "hash", "digest",
					     "md5",	 "sha",	 NULL };
	const unsigned char *s = c->buf + c->secret_start;
	size_t n = c->secret_end - c->secret_start, from, to, i, k;

	if (!is_digest_hex(s, n) || !names_password(c))
		return 0;
	if (n >= 96 || in_users_file(c))
		return 1;
	from = lines_back(c->buf, c->secret_start, 0);
	to = lines_forward(c->buf, c->len, c->secret_end, 0);
	for (i = from; i < to; i++) {
		if (i == c->secret_start)
			i = c->secret_end;
		for (k = 0; marks[k]; k++)
			if (i + strlen(marks[k]) <= to &&
			    !strncasecmp((const char *)c->buf + i, marks[k],
					 strlen(marks[k])))
				return 1;
	}
	return 0;
}

/*
 * A value under a password's name: a reference led by `$` or `!`, an
 * address and a command line's option are none, and so is a digest a file
 * stores (is_stored_hex); under a bare `pass` (pass: in a login's config,
 * but also a test's pass count or a pass-through flag) only a password a
 * person chose is one;
 * other values as judge_chosen judges them.
 */
static enum kh_structure judge_named(const struct kh_candidate *c, cJSON *facts,
				     kh_validator_fn judge)
{
	int chosen = chosen_password(c);
	char name[NAME_MAX_LEN + 1];
	size_t at;

	if (led_by_reference(c, c->buf + c->secret_start,
			     c->secret_end - c->secret_start) ||
	    is_address(c->buf + c->secret_start, c->secret_end - c->secret_start) ||
	    is_option(c->buf + c->secret_start, c->secret_end - c->secret_start) ||
	    is_setting_literal(c->buf + c->secret_start,
			       c->secret_end - c->secret_start) ||
	    is_package_version(c->buf + c->secret_start, c->secret_end - c->secret_start))
		return KH_STRUCT_REJECT;
	if (is_stored_hex(c) ||
	    (!chosen && has_setting_token(c->buf + c->secret_start,
					  c->secret_end - c->secret_start)))
		return KH_STRUCT_REJECT;
	if (!chosen && value_name(c, name, &at) == 4 && !strcmp(name, "pass"))
		return KH_STRUCT_REJECT;
	return judge_chosen(c, facts, chosen, judge);
}

/* ---- letters beyond ASCII ------------------------------------------------ */

/* The ASCII letter a Latin letter of U+00C0..U+017F stands for (ä: a,
 * Ö: O, ß: s, Ł: L), by its UTF-8 lead (C3..C5) and continuation byte;
 * NUL for the two signs among them (× and ÷). */
static const char latin_letters[] =
	"AAAAAAACEEEEIIIIDNOOOOO\0OUUUUYTsaaaaaaaceeeeiiiidnooooo\0ouuuuyty"
	"AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiIiJjKkkLlLlLlL"
	"lLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";

/* The ASCII letter for the UTF-8 letter at s[0..2), or 0 when s holds
 * none (another script, a sign, a broken sequence). */
static char latin_letter(const unsigned char *s, size_t n)
{
	if (n < 2 || s[0] < 0xc3 || s[0] > 0xc5 || (s[1] & 0xc0) != 0x80)
		return 0;
	return latin_letters[(s[0] - 0xc3) * 64 + (s[1] - 0x80)];
}

/* Whether s[0..n) holds a byte past ASCII. */
static int has_high_byte(const unsigned char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] >= 0x80)
			return 1;
	return 0;
}

/* How far around the value judge_latin copies: the lines the judges read
 * (a sibling, a section) lie within it. */
#define LATIN_WINDOW 2048

/*
 * A value with letters beyond ASCII (Jäger-Brötchen-Ölfass13, a German or
 * Polish password people choose) judged as its ASCII reading: each Latin
 * letter read as the letter it stands for, in a copy of the lines around
 * it, so every judge below sees letters where a person typed them. A
 * value with any other byte past ASCII (a sign, another script, a broken
 * sequence) is refused: the judges' rules for words do not hold there.
 * A value all ASCII goes to judge as it is.
 */
static enum kh_structure judge_latin(const struct kh_candidate *c, cJSON *facts,
				     kh_validator_fn judge)
{
	struct kh_candidate a = *c;
	size_t from = c->secret_start > LATIN_WINDOW ? c->secret_start - LATIN_WINDOW : 0,
	       to = c->len - c->secret_end > LATIN_WINDOW ? c->secret_end + LATIN_WINDOW
							  : c->len,
	       i, n = 0;
	unsigned char *copy;
	enum kh_structure r;

	if (!has_high_byte(c->buf + c->secret_start, c->secret_end - c->secret_start))
		return judge(c, facts);
	if (c->match_start < from)
		from = c->match_start;
	if (c->match_end > to)
		to = c->match_end;
	if (!(copy = malloc(to - from)))
		return KH_STRUCT_REJECT;
	memcpy(copy, c->buf + from, c->secret_start - from);
	n = c->secret_start - from;
	for (i = c->secret_start; i < c->secret_end; i++) {
		if (c->buf[i] < 0x80) {
			copy[n++] = c->buf[i];
			continue;
		}
		if (!(copy[n++] = (unsigned char)latin_letter(c->buf + i,
							      c->secret_end - i))) {
			free(copy);
			return KH_STRUCT_REJECT;
		}
		i++;
	}
	a.buf = copy;
	a.secret_start = c->secret_start - from;
	a.secret_end = n;
	a.match_start = c->match_start - from;
	a.match_end = c->match_end - (c->secret_end - c->secret_start) +
		      (n - a.secret_start) - from;
	memcpy(copy + n, c->buf + c->secret_end, to - c->secret_end);
	a.len = n + (to - c->secret_end);
	r = judge(&a, facts);
	free(copy);
	return r;
}

static enum kh_structure judge_named_password(const struct kh_candidate *c, cJSON *facts)
{
	return judge_named(c, facts, kh_validate_password);
}

static int is_pronounceable(const unsigned char *s, size_t n);

/* Whether s[0..n) has six letters or more taking turns between a
 * consonant and a vowel (fedaguto73Fa): a password to say, pwgen's or a
 * person's, generic_password's to judge, not a generator's key. */
static int alternating_letters(const unsigned char *s, size_t n)
{
	size_t i, run = 0;
	int last = -1, vowel;

	for (i = 0; i < n; i++) {
		if (!isalpha(s[i])) {
			run = 0, last = -1;
			continue;
		}
		vowel = strchr("aeiouAEIOU", s[i]) != NULL;
		run = vowel != last ? run + 1 : 1;
		last = vowel;
		if (run >= 6)
			return 1;
	}
	return 0;
}

/* Whether s[0..n) is words a person joined around one number
 * (version2beta, hotel4river): two runs of 3 letters or more, each one
 * that could be spoken, and a single group of digits; a generator's
 * letters have an unspoken run (crrfadk92354rgz: rgz) or scatter their
 * digits (dig5jrab69yeko8). */
static int spoken_runs(const unsigned char *s, size_t n)
{
	size_t i = 0, w, runs = 0, numbers = 0;

	while (i < n) {
		for (w = i; i < n && isalpha(s[i]); i++)
			;
		if (i - w >= 3) {
			if (!spoken_letters(s + w, i - w))
				return 0;
			runs++;
		}
		if (i < n && isdigit(s[i]) && (i == 0 || !isdigit(s[i - 1])))
			numbers++;
		i += i == w;
	}
	return runs >= 2 && numbers <= 1;
}

/* Whether the value's name is a key's, token's or secret's strong name
 * (an API key, a secret, a token, a license key), a password's aside. */
static int strong_key_name(const struct kh_candidate *c)
{
	static const char *const tails[] = { "apikey",	   "secret",	  "secretkey",
					     "token",	   "accesstoken", "authtoken",
					     "licensekey", "licencekey",  NULL };
	char name[NAME_MAX_LEN + 1];
	size_t at, m = value_name(c, name, &at), i;

	for (i = 0; tails[i] && !ends_with(name, m, tails[i]); i++)
		;
	return tails[i] && !names_password(c);
}

int kh_names_secret_sibling(const unsigned char *b, size_t from, size_t to, size_t self,
			    size_t ws, size_t we)
{
	size_t i = from, s;

	while (i < to) {
		if (!isalnum(b[i]) ||
		    (i > from && (isalnum(b[i - 1]) || b[i - 1] == '_'))) {
			i++;
			continue;
		}
		for (s = i; i < to &&
			    (isalnum(b[i]) || b[i] == '_' || b[i] == '-' || b[i] == '.');
		     i++)
			;
		if (s != self && i - s > we - ws &&
		    !strncasecmp((const char *)b + s, (const char *)b + ws, we - ws) &&
		    (kh_contains_ci(b + s, i - s, "secret", 0) ||
		     kh_contains_ci(b + s, i - s, "token", 0)))
			return 1;
	}
	return 0;
}

/* Whether the short key's name (a key's, not a secret's or a token's) has
 * a secret or a token of its product within six lines: then it is the id
 * half of their pair (livekit-api-key beside livekit-api-secret, Dropbox's
 * app key beside its app secret). */
static int short_key_id(const struct kh_candidate *c, const char *name, size_t m,
			size_t at)
{
	size_t we = at + 1;

	if (!ends_with(name, m, "key") || ends_with(name, m, "secretkey"))
		return 0;
	while (we < c->secret_start && isalnum(c->buf[we]) &&
	       !(isupper(c->buf[we]) && islower(c->buf[we - 1])))
		we++;
	return kh_names_secret_sibling(c->buf, lines_back(c->buf, at, 6),
				       lines_forward(c->buf, c->len, c->secret_end, 6),
				       at, at, we);
}

/* Whether runs of three or more climbing characters (abc, 123) make half
 * of a short value: a filler typed by hand (abc123def456ghi), which
 * has_climb's runs of five do not see at this length. */
static int climbs_fill(const unsigned char *s, size_t n)
{
	size_t longest;

	return climbing_runs(s, n, 3, &longest) * 2 >= n;
}

/*
 * A key shorter than the generic rules' 16 (12 to 15 characters, what
 * Dropbox's app secrets, MaxMind's license keys and many services' API
 * keys are): only under a strong name, an API key's, a secret's, a
 * token's or a license key's (a bare `key` is a map's, a table's or a
 * cipher's); a password's names are generic_password's. The value mixes
 * letters and digits (a mark at most inside), is not hex alone (a short
 * SHA, an id) and holds no word, a sample's, code's or one joined to a
 * number (`production2024`): what a generator prints, not a label.
 */
static int short_key(const struct kh_candidate *c)
{
	const unsigned char *s = c->buf + c->secret_start;
	size_t n = c->secret_end - c->secret_start, i, letters = 0, digits = 0, hex = 0;
	int lower = 0, upper = 0;

	char name[NAME_MAX_LEN + 1];
	size_t at, m = value_name(c, name, &at);

	/* a key's or a token's word before `secret` is a copy the readers
	 * named (dropbox.app.key read as app_key_secret), or a token's
	 * secret, which is long (Twitter's) */
	if (!strong_key_name(c) || ends_with(name, m, "keysecret") ||
	    ends_with(name, m, "tokensecret") || short_key_id(c, name, m, at))
		return 0;
	for (i = 0; i < n; i++) {
		letters += !!isalpha(s[i]);
		digits += !!isdigit(s[i]);
		hex += !!isxdigit(s[i]);
		lower |= !!islower(s[i]);
		upper |= !!isupper(s[i]);
		if (!isalnum(s[i]) && (i == 0 || i + 1 == n || !strchr("-_!.", s[i])))
			return 0;
	}
	/* one case asks 14 (Dropbox's app secret has 15): twelve lower-case
	 * letters and digits are an id's (a Contentful space's) */
	if (!(lower && upper) && n < 14)
		return 0;
	return letters >= 6 && digits >= 1 && hex < n && kh_class_changes(s, n) >= 2 &&
	       !spoken_runs(s, n) && !is_pronounceable(s, n) &&
	       !alternating_letters(s, n) && !is_case_runs(s, n) &&
	       !has_sample_word(s, n) && !has_default_word(s, n) &&
	       !kh_is_code_words(s, n) && !is_joined_words(s, n) &&
	       !is_words_number(s, n) && !is_word_number_year(s, n) &&
	       !program_word(s, n) && !climbs_fill(s, n);
}

static enum kh_structure judge_named_secret(const struct kh_candidate *c, cJSON *facts)
{
	if (c->secret_end - c->secret_start < 16 && !short_key(c))
		return KH_STRUCT_REJECT;
	return judge_named(c, facts,
			   strong_key_name(c) ? judge_key_value : kh_validate_generic);
}

enum kh_structure kh_validate_named_password(const struct kh_candidate *c, cJSON *facts)
{
	return judge_latin(c, facts, judge_named_password);
}

enum kh_structure kh_validate_named_secret(const struct kh_candidate *c, cJSON *facts)
{
	return judge_latin(c, facts, judge_named_secret);
}

/*
 * A password an answer file hid (unattend.xml's PlainText false: base64 of
 * the UTF-16LE password and its element's name, decoded). The hidden form
 * is what Windows SIM writes for a real account, so a sample word inside a
 * long password does not make it a sample: `Adm!n` and eight or more
 * characters beside it are a password with a word in it, and three kinds
 * of character without a digit (`Qzm!nXryPvmseY`) are a generated one.
 * Short ones and those a word fills (`P@ssw0rd`, `passwordPassword`) are
 * judged as generic_password judges them.
 */
enum kh_structure kh_validate_answer_password(const struct kh_candidate *c, cJSON *facts)
{
	const unsigned char *s = c->buf + c->secret_start;
	size_t n = c->secret_end - c->secret_start, i, word;
	int lower = 0, upper = 0, digit = 0, other = 0;

	if (kh_validate_password(c, facts) != KH_STRUCT_REJECT)
		return KH_STRUCT_UNCHECKED;
	for (i = 0; i < n; i++) {
		lower |= !!islower(s[i]);
		upper |= !!isupper(s[i]);
		digit |= !!isdigit(s[i]);
		other |= !isalnum(s[i]);
	}
	word = sample_word_len(s, n);
	if (n < 12 || lower + upper + digit + other < 3 || n - word < 8 ||
	    has_climb(s, n) || kh_entropy(s, n) < entropy_floor(n, alphabet_size(s, n)))
		return KH_STRUCT_REJECT;
	return KH_STRUCT_UNCHECKED;
}

/*
 * A value under a setting's name that a file keeps apart from it (a
 * CloudFormation or ARM parameter, a Hiera key): judged as the generic
 * rules judge one, a password's checks below 16 characters.
 */
enum kh_structure kh_validate_setting(const struct kh_candidate *c, cJSON *facts)
{
	return c->secret_end - c->secret_start < 16 ? kh_validate_password(c, facts)
						    : kh_validate_generic(c, facts);
}

/* ---- passphrases: words with blanks ------------------------------------ */

/*
 * (validate.h) A passphrase of 4 to 8 ordinary words of 3 to 10 lower-case
 * letters joined by '-', no digit (polar-ambient-lighthouse-walrus), as a
 * password's place holds one; not a name of code or a resource's, whose
 * words say what it is (vault-db-admin-password, kube-state-metrics,
 * ingress-nginx-controller-config: a credential's, a code's or a
 * resource's word among them).
 */
int kh_is_dashed_passphrase(const unsigned char *s, size_t n)
{
	static const char *const named[] = {
		"password",   "passwd",	 "secret",  "token",   "admin",	  "config",
		"key",	      "tls",	 "cert",    "vault",   "kube",	  "metrics",
		"state",      "server",	 "service", "proxy",   "nginx",	  "ingress",
		"controller", "default", "test",    "example", "sample",  "dummy",
		"changeme",   "prod",	 "staging", "deploy",  "release", "backend",
		"frontend",   "worker",	 "cluster", NULL
	};
	size_t i = 0, w, words = 0;

	while (i < n) {
		for (w = i; i < n && islower(s[i]); i++)
			;
		if (i - w < 3 || i - w > 10 || (i < n && s[i] != '-') || i + 1 == n ||
		    kh_listed_word(named, s + w, i - w))
			return 0;
		words++;
		i += i < n;
	}
	return words >= 4 && words <= 8;
}

/* Words of prose, forms and messages ("Your password is too short",
 * "Enter new password again"), that a passphrase's words are not. */
static int is_prose_word(const unsigned char *s, size_t n)
{
	static const char *const words[] = {
		"the",	    "and",	 "for",	       "you",	    "your",    "are",
		"not",	    "was",	 "with",       "this",	    "that",    "must",
		"have",	    "has",	 "will",       "can",	    "cannot",  "enter",
		"new",	    "old",	 "current",    "confirm",   "repeat",  "forgot",
		"reset",    "invalid",	 "wrong",      "incorrect", "too",     "short",
		"long",	    "least",	 "match",      "does",	    "field",   "sign",
		"account",  "email",	 "show",       "hide",	    "type",    "here",
		"from",	    "into",	 "should",     "contain",   "use",     "using",
		"set",	    "get",	 "make",       "letters",   "numbers", "digits",
		"symbols",  "one",	 "two",	       "three",	    "lorem",   "ipsum",
		"dolor",    "amet",	 "text",       "value",	    "string",  "word",
		"words",    "phrase",	 "secure",     "strong",    "weak",    "length",
		"minimum",  "maximum",	 "allowed",    "only",	    "all",     "any",
		"our",	    "their",	 "its",	       "how",	    "what",    "when",
		"where",    "who",	 "why",	       "which",	    "been",    "were",
		"had",	    "did",	 "may",	       "let",	    "see",     "more",
		"than",	    "then",	 "they",       "there",	    "these",   "each",
		"other",    "some",	 "same",       "very",	    "just",    "like",
		"again",    "now",	 "yes",	       "off",	    "again",   "please",
		"required", "character", "characters", "correct",   NULL
	};

	return kh_listed_word(words, s, n);
}

/*
 * A passphrase of words with blanks (Otter willow maple 7, heron cedar
 * moss fern): 3 to 5 words of 3 letters or more, each spoken, lower case
 * past a first Capitalized one, no sample word and no word prose and
 * forms are made of; then a number of up to 4 digits, which three words
 * need (four words or more stand alone). Labels, messages and sentences
 * have short words, capitals inside or prose's words.
 */
/* Whether the word w[0..n) climbs the alphabet (abcd, efgh, mnop): the
 * documentation's filler of a four-group app password, not a word. */
static int climbing_letters(const unsigned char *w, size_t n)
{
	size_t i;

	for (i = 1; i < n && (w[i] | 0x20) == (w[i - 1] | 0x20) + 1; i++)
		;
	return n >= 3 && i == n;
}

enum kh_structure kh_validate_passphrase(const struct kh_candidate *c, cJSON *facts)
{
	const unsigned char *s = c->buf + c->secret_start;
	size_t n = c->secret_end - c->secret_start, i = 0, w, words = 0, digits = 0;

	(void)facts;
	if (n > 64 || longest_sample_word(s, n) || has_default_word(s, n))
		return KH_STRUCT_REJECT;
	while (i < n) {
		if (words && s[i++] != ' ')
			return KH_STRUCT_REJECT;
		if (isdigit(s[i])) {
			for (w = i; i < n && isdigit(s[i]); i++)
				;
			digits = i - w;
			if (i < n || digits > 4)
				return KH_STRUCT_REJECT;
			break;
		}
		w = i;
		if (i < n && isupper(s[i]) && !words)
			i++;
		while (i < n && islower(s[i]))
			i++;
		if (i - w < 3 || (i < n && s[i] != ' ') ||
		    !spoken_letters(s + w, i - w) || is_prose_word(s + w, i - w) ||
		    climbing_letters(s + w, i - w))
			return KH_STRUCT_REJECT;
		words++;
	}
	if (words < 3 || words > 5 || (!digits && words < 4))
		return KH_STRUCT_REJECT;
	return KH_STRUCT_UNCHECKED;
}

/* ---- daemons' own secret files ------------------------------------------ */

/*
 * A secret a daemon's own file holds by its place (ipsec.secrets, snmpd.conf,
 * chap-secrets, wpa_supplicant.conf): no format vouches for it, so it must
 * not be what samples and defaults hold (secret, password, changeme), a
 * crypt(3) hash or a digest (a file that stores the hash holds no secret),
 * or a run the keyboard or the alphabet makes.
 */
enum kh_structure kh_validate_daemon_secret(const struct kh_candidate *c, cJSON *facts)
{
	const unsigned char *s = c->buf + c->secret_start;
	size_t n = c->secret_end - c->secret_start;

	(void)facts;
	if (has_sample_word(s, n) || is_digest(s, n) || has_climb(s, n))
		return KH_STRUCT_REJECT;
	return KH_STRUCT_UNCHECKED;
}

/*
 * A password by its place, not its name (a .pgpass line's last field,
 * mysql's -p, sshpass -p, HAProxy's stats auth, a driver's positional
 * password): a password a person chose is kept whatever the name; other
 * values as the rule judged them before (a .pgpass field by nothing more,
 * a command's flag as a generic value, a directive's as a password).
 */
static int chosen_by_place(const struct kh_candidate *c)
{
	const unsigned char *s = c->buf + c->secret_start;
	size_t n = c->secret_end - c->secret_start;

	return is_joined_words(s, n) || is_generated_letters(s, n) ||
	       is_joined_scramble(s, n) || plain_password(c, s, n);
}

enum kh_structure kh_validate_place_password(const struct kh_candidate *c, cJSON *facts)
{
	return judge_chosen(c, facts, chosen_by_place(c), NULL);
}

enum kh_structure kh_validate_place_generic(const struct kh_candidate *c, cJSON *facts)
{
	return judge_chosen(c, facts, chosen_by_place(c), kh_validate_generic);
}

/*
 * A password on a tool's command line (patterns/clitools.json): manuals
 * and READMEs show the tools with their samples (`/p P@ssw0rd`, `-p:
 * Password123`, `db.auth("u", "abc123")`), refused as a sample is under a
 * password's own name; other values as place_generic judges them (words
 * a person joined, `$k1ngf1sh3r$`, a generator's).
 */
enum kh_structure kh_validate_place_command(const struct kh_candidate *c, cJSON *facts)
{
	if (has_sample_word(c->buf + c->secret_start, c->secret_end - c->secret_start))
		return KH_STRUCT_REJECT;
	return kh_validate_place_generic(c, facts);
}

/*
 * A place's password judged as a setting's value is (generic_password's
 * checks below 16 characters): from 16 on (SQL's IDENTIFIED BY, a
 * daemon's requirepass) two kinds of character are what generators print
 * (`openssl rand -hex 16`), and the generic check refuses names, runs and
 * digests in their stored forms; a sample word refuses it at any length.
 */
static enum kh_structure judge_place_value(const struct kh_candidate *c, cJSON *facts)
{
	const unsigned char *s = c->buf + c->secret_start;
	size_t n = c->secret_end - c->secret_start;

	/* hex of a digest's length where a users file stores digests
	 * (PgBouncer's userlist.txt), as is_stored_hex refuses it */
	if (has_sample_word(s, n) || (is_digest_hex(s, n) && in_users_file(c)))
		return KH_STRUCT_REJECT;
	return kh_validate_setting(c, facts);
}

enum kh_structure kh_validate_place_generic_password(const struct kh_candidate *c,
						     cJSON *facts)
{
	return judge_chosen(c, facts, chosen_by_place(c), judge_place_value);
}

enum kh_structure kh_validate_place_strong_password(const struct kh_candidate *c,
						    cJSON *facts)
{
	return judge_chosen(c, facts, chosen_by_place(c), kh_validate_password);
}

/*
 * A type after a typed name, as Pascal, Ada, Swift, Kotlin and TypeScript
 * declare them (`const UN, PW: UTF8String;`, `property Password :
 * UTF8String read FPassword`, `password: ConstCStringPtr ): CBool;`): a
 * bare name of code or of a type (its last word string, ptr, ref...) after
 * the name's ':' and before a declaration's end (a ';', a property's
 * index, read or write, a Pascal comment's '{', a signature's ')' and its
 * ':' or ';').
 */
int kh_is_declared_type(const unsigned char *b, size_t len, size_t vs, size_t ve)
{
	static const char *const types[] = { "string", "str",	  "ptr",    "ref",
					     "char",   "int",	  "array",  "list",
					     "type",   "bytes",	  "buffer", "handle",
					     "record", "pointer", NULL };
	size_t k;

	if (vs == 0 || ve >= len || ve - vs < 3 || !isalpha(b[vs]))
		return 0;
	for (k = vs; k < ve; k++)
		if (!isalnum(b[k]) && b[k] != '_')
			return 0;
	k = skip_blanks_back(b, vs, vs > 8 ? vs - 8 : 0);
	if (k == 0 || b[k - 1] != ':' || (k > 1 && b[k - 2] == ':'))
		return 0;
	if (!kh_is_code_words(b + vs, ve - vs) && !type_name(b + vs, ve - vs) &&
	    !word_among(b, name_word_start(b, vs, ve), ve, types))
		return 0;
	k = skip_blanks(b, ve, len);
	if (k >= len)
		return 0;
	if (b[k] == ';' || b[k] == '{')
		return 1;
	if (b[k] == ')') {
		k = skip_blanks(b, k + 1, len);
		return k < len && (b[k] == ':' || b[k] == ';');
	}
	/* a property's index, read or write specifier */
	return len - k > 6 && (!strncmp((const char *)b + k, "read ", 5) ||
			       !strncmp((const char *)b + k, "write ", 6) ||
			       !strncmp((const char *)b + k, "Index ", 6) ||
			       !strncmp((const char *)b + k, "index ", 6));
}
