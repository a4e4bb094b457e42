/*
 * shape_names.c - names and values apart on a line, and names taken from the
 * structure around it (a command's other lines, YAML parents, INI sections).
 */
#include "shape_internal.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "decode.h"
#include "util.h"
#include "validate.h"

/* ---- names and values apart --------------------------------------------- */

/* A name ending in the word "id": the id of a credential
 * (requestApiTokenId, tokenID, ACCESS_KEY_ID, secret-id), not the
 * credential. */
int id_name(const unsigned char *s, size_t n)
{
	unsigned char before, i, d;

	if (n < 4)
		return 0;
	before = s[n - 3];
	i = s[n - 2];
	d = s[n - 1];
	if (tolower(i) != 'i' || tolower(d) != 'd')
		return 0;
	if (before == '_' || before == '-' || before == '.')
		return 1;
	return i == 'I' && (d == 'd' || islower(before));
}

/* A name that says it holds a credential (AccountKey, hapikey,
 * storage_password, api-token, one that ends in "pat", a personal
 * access token: AZURE_DEVOPS_PAT, githubPat..., and an application's
 * own secret: a salt, a pepper, an Erlang node's cookie). */
int credential_name(const unsigned char *s, size_t n)
{
	static const char *words[] = { "key",  "token", "secret", "pass",   "pwd",
				       "auth", "cred",	"salt",	  "pepper", "cookie" };
	size_t i, w;

	if (n < 2 || n > NAME_MAX_LEN)
		return 0;
	for (i = 0; i < n; i++)
		if (!ident_byte(s[i]) && s[i] != ':')
			return 0;
	if (id_name(s, n))
		return 0;
	if (n >= 3 && !strncasecmp((const char *)s + n - 3, "pat", 3))
		return 1;
	/* a password's short name: DB_PW, ldap_bind_pw */
	if (n >= 3 && strchr("_-.", s[n - 3]) &&
	    !strncasecmp((const char *)s + n - 2, "pw", 2))
		return 1;
	if (glued_password(s, n) < n)
		return 1; /* ldapbindpw, rootpw */
	for (w = 0; w < sizeof(words) / sizeof(words[0]); w++) {
		size_t k = strlen(words[w]), j;

		for (i = 0; i + k <= n; i++) {
			for (j = 0; j < k && tolower(s[i + j]) == words[w][j]; j++)
				;
			if (j == k)
				return 1;
		}
	}
	return 0;
}

/* A value worth a rule's look: long enough, one token. */
int plausible_value(const unsigned char *s, size_t n)
{
	size_t i;

	if (n < 8 || n > VALUE_MAX_LEN ||
	    (s[0] == '$' && !kh_is_dollar_leet(s, n) &&
	     !kh_is_dollar_words_number(s, n)) ||
	    s[0] == '-')
		return 0;
	for (i = 0; i < n; i++)
		if (s[i] == ' ' || s[i] == '\t' || s[i] == '<' || s[i] == '>')
			return 0;
	return 1;
}

/* The quoted string starting at b[i] ('"' or '\''): its content in
 * [*s, *e); returns the index after the closing quote, or 0. A backslash
 * escapes the byte after it. Read by memchr(): the next quote, then any
 * backslash before it (a quote with none is the closing one), where a
 * byte at a time took a thousand instructions a call on minified lines,
 * whose apostrophes open strings that close far away or not at all. */
size_t quoted(const unsigned char *b, size_t i, size_t le, size_t *s, size_t *e)
{
	const unsigned char *close = NULL, *esc;
	size_t k, end;

	if (i >= le || (b[i] != '"' && b[i] != '\''))
		return 0;
	for (k = i + 1; k < le; k = (size_t)(esc - b) + 2) {
		/* (the first quote past k stays the first past a later k, and
		 * b + le stands for none: looked for again only once an escape
		 * has passed it) */
		if (!close || close < b + k)
			close = memchr(b + k, b[i], le - k);
		if (!close)
			close = b + le;
		end = (size_t)(close - b);
		if (!(esc = memchr(b + k, '\\', end - k))) {
			if (end == le)
				return 0;
			*s = i + 1;
			*e = end;
			return end + 1;
		}
	}
	return 0;
}

/* The quoted string ending just before b[i] (i is after its closing
 * quote): its content in [*s, *e); 1 when there is one. */
int quoted_before(const unsigned char *b, size_t ls, size_t i, size_t *s, size_t *e)
{
	unsigned char q;
	size_t k;

	if (i <= ls || (b[i - 1] != '"' && b[i - 1] != '\''))
		return 0;
	q = b[i - 1];
	for (k = i - 1; k > ls; k--) {
		if (b[k - 1] == q) {
			*s = k;
			*e = i - 1;
			return 1;
		}
	}
	return 0;
}

/* A string that holds a quoted literal, as Gradle's buildConfigField
 * takes its value ('"v"', "\"v\""): [*vs, *ve) narrowed to the literal. */
void unquote_literal(const unsigned char *b, size_t *vs, size_t *ve)
{
	size_t q = *ve - *vs >= 4 && b[*vs] == '\\' && b[*vs + 1] == '"' ? 2 : 1;

	if (*ve - *vs >= 2 * q + 1 && b[*vs + q - 1] == '"' && b[*ve - 1] == '"' &&
	    (q == 1 || b[*ve - 2] == '\\')) {
		*vs += q;
		*ve -= q;
	}
}

/*
 * Whether s[0..n) ends in the word of a service or an account a password
 * logs in to (smtp, db, ldap, bind, root, ...): before a password's short
 * word (pass, pw) it says the word is a password's, not a bypass, a
 * compass, a render pass (shadowpass) or a multipass. shape_names.c's
 * glued names and the password judge's names (validate_generic.c) ask.
 */
int kh_ends_in_login_service(const unsigned char *s, size_t n)
{
	static const char *const heads[] = {
		"smtp",	 "mail",     "imap",	   "pop",    "pop3", "ftp",    "db",
		"sql",	 "ldap",     "bind",	   "proxy",  "root", "admin",  "redis",
		"amqp",	 "mq",	     "vnc",	   "rdp",    "sasl", "wifi",   "wlan",
		"store", "keystore", "truststore", "jmx",    "snmp", "radius", "xmpp",
		"sip",	 "nntp",     "login",	   "master", "sys",  "mysql",  "auth",
		"mongo", "rabbit",   "smb",	   "cifs",   "dav",  NULL
	};
	size_t k;

	for (k = 0; heads[k]; k++)
		if (ends_ci(s, 0, n, heads[k]))
			return 1;
	return 0;
}

/*
 * Where a password's short word (pass, pw) glued to the service or account
 * it logs in to ends the name s[0..n): mail_smtppass, ldapbindpw,
 * keystorepass, rootpw. The rules read those words only where a name's
 * part starts; a head kh_ends_in_login_service() knows says the word is a
 * password's. Returns where the word starts, or n.
 */
size_t glued_password(const unsigned char *s, size_t n)
{
	size_t w, h;

	if (n > 5 && (s[n - 1] | 0x20) == 's' && ends_ci(s, 0, n, "pass"))
		w = n - 4;
	else if (n > 3 && (s[n - 1] | 0x20) == 'w' && ends_ci(s, 0, n, "pw"))
		w = n - 2;
	else
		return n;
	if (!isalpha(s[w - 1]) || !!islower(s[w - 1]) != !!islower(s[w]))
		return n; /* a word of its own already: smtp_pass, smtpPass */
	for (h = w; h > 0 && isalnum(s[h - 1]); h--)
		;
	return kh_ends_in_login_service(s + h, w - h) ? w : n;
}

/* Puts `name<suffix> = "value"` and its newline in the layer, each byte
 * pointing at its source; with `esc`, an escape byte before the
 * punctuation it escapes is dropped from the value (LaTeX's `\_`).
 * kh_layer_put's result: 0, above 0 when the layer is full, -1. */
int put_pair(struct kh_layer *l, const unsigned char *b, size_t ns, size_t ne,
	     const char *suffix, size_t vs, size_t ve, unsigned char esc)
{
	static const char eq[] = " = \"";
	size_t k, g = *suffix ? ne : ns + glued_password(b + ns, ne - ns);
	int r = 0;

	for (k = ns; k < ne && r == 0; k++) {
		if (k == g)
			r = kh_layer_put(l, '_', k, k, KH_SHAPE);
		if (r == 0)
			r = kh_layer_put(l, ident_byte(b[k]) ? b[k] : '_', k, k + 1,
					 KH_SHAPE);
	}
	for (k = 0; suffix[k] && r == 0; k++)
		r = kh_layer_put(l, (unsigned char)suffix[k], ne, ne, KH_SHAPE);
	for (k = 0; eq[k] && r == 0; k++)
		r = kh_layer_put(l, (unsigned char)eq[k], vs, vs, KH_SHAPE);
	for (k = vs; k < ve && r == 0; k++) {
		int hi = esc == '%' && b[k] == '%' && k + 2 < ve ? hex_value(b[k + 1])
								 : -1,
		    lo = hi >= 0 ? hex_value(b[k + 2]) : -1;

		if (lo >= 0) { /* a query's %XX: the byte it stands for */
			r = kh_layer_put(l, (unsigned char)(hi << 4 | lo), k, k + 3,
					 KH_SHAPE | KH_DEC_PERCENT);
			k += 2;
			continue;
		}
		if (esc && esc != '%' && b[k] == esc && k + 1 < ve && ispunct(b[k + 1]))
			k++;
		/* a token wrapped over lines (wrapped_token): one value */
		while (k < ve && (b[k] == '\r' || b[k] == '\n'))
			k = skip_blanks(b, k + 1, ve);
		if (k < ve)
			r = kh_layer_put(l, b[k], k, k + 1, KH_SHAPE);
	}
	if (r == 0)
		r = kh_layer_put(l, '"', ve, ve, KH_SHAPE);
	if (r == 0)
		r = kh_layer_put(l, '\n', ve, ve, KH_SHAPE);
	return r;
}

/* ---- a pool of values in one string -------------------------------------- */

#define POOL_ITEM_MIN 8	 /* a password's least */
#define POOL_SAME_MIN 16 /* a key's least, where only its length tells */

/* Where the singular of a plural name for secrets b[s..e) ends: secrets,
 * tokens, passwords, passwds, salts, apiKeys, signing_keys (a key
 * qualified: not keys alone), Django's SECRET_KEY_FALLBACKS; 0 when it is
 * none. The one test of every pool's and list's name. */
size_t plural_secret(const unsigned char *b, size_t s, size_t e)
{
	static const char *const words[] = { "secret",	   "token", "password", "passwd",
					     "passphrase", "salt",  NULL };
	size_t k;

	if (e - s > 10 && ends_ci(b, s, e, "fallbacks") && !isalnum(b[e - 10]))
		e -= 10; /* then its key's own name */
	else if (e - s > 4 && (b[e - 1] | 0x20) == 's')
		e--;
	else
		return 0;
	for (k = 0; words[k]; k++)
		if (ends_ci(b, s, e, words[k]))
			return e;
	return e - s > 4 && ends_ci(b, s, e, "key") && credential_name(b + s, e - s) ? e
										     : 0;
}

/*
 * A pool of values in one string, split on ',' (a client takes them in
 * turn or tries the next: KEYS="k1,k2", API_KEYS=k1,k2, RELAY_SASL_PASSWORDS
 * = "a,b", `API_KEYS: 'k1, k2'`): its items into items[], how many, or 0
 * when b[vs..ve) is none. Two at least, each a plausible value after the
 * blanks that follow its comma (a blank elsewhere: a sentence, words
 * spaced), and the name b[ns..ne) of b[0..len) plural (its singular's end
 * in *se) or, under a singular name, all of one length (a key's format):
 * a password with a comma in it stays whole.
 */
size_t key_pool(const unsigned char *b, size_t len, size_t ns, size_t ne, size_t vs,
		size_t ve, size_t items[][2], size_t *se)
{
	size_t n = 0, k = vs, e, same = 1;

	if (!memchr(b + vs, ',', ve - vs))
		return 0; /* most values */
	while (k <= ve) {
		const unsigned char *c = memchr(b + k, ',', ve - k);

		e = c ? (size_t)(c - b) : ve;
		if (n)
			k = skip_blanks(b, k, e);
		if (n == POOL_ITEMS || e - k < POOL_ITEM_MIN ||
		    !plausible_value(b + k, e - k))
			return 0;
		items[n][0] = k;
		items[n][1] = e;
		same &= e - k == items[0][1] - items[0][0];
		n++;
		k = e + 1;
	}
	*se = plural_secret(b, ns, ne);
	if (!*se && ne < len && (b[ne] | 0x20) == 's' &&
	    (ne + 1 == len || !isalnum(b[ne + 1])))
		*se = ne; /* a caller's name already singular: its plural's 's' after */
	return n >= 2 && (*se || (same && items[0][1] - items[0][0] >= POOL_SAME_MIN))
		       ? n
		       : 0;
}

/* The pool's values in b[vs..ve) under the name b[ns..ne) (key_pool), each
 * as `singular<suffix> = "value"`: how many (0: no pool), or -1. */
int emit_pool(struct kh_layer *l, const unsigned char *b, size_t ns, size_t ne,
	      const char *suffix, size_t vs, size_t ve)
{
	size_t items[POOL_ITEMS][2], n, k, se = 0;

	n = key_pool(b, l->src_len, ns, ne, vs, ve, items, &se);
	for (k = 0; k < n; k++)
		if (put_pair(l, b, ns, se ? se : ne, suffix, items[k][0], items[k][1],
			     0) < 0)
			return -1;
	return (int)n;
}

/*
 * Whether b[s..e) is a custom HTTP header's name that carries a
 * credential: `X-` and words, the last a key's, a token's or an auth's
 * (X-Ingest-Key, x-auth, X-Courier-Token), none a word that says the
 * header holds something else (X-Cache-Key, X-Idempotency-Key,
 * X-Request-Id's kin, a signature or a digest). A header is sent to a
 * service: its key is that service's credential, where a bare `key` in
 * code is anything's. Standard headers (Sec-WebSocket-Key: a nonce,
 * Public-Key-Pins) have no `X-`.
 */
static int header_credential_name(const unsigned char *b, size_t s, size_t e)
{
	static const char *const lasts[] = { "key", "token", "auth", "apikey", NULL };
	static const char *const others[] = {
		"cache",       "idempotency", "dedupe",	    "dedup",	 "request",
		"correlation", "trace",	      "span",	    "websocket", "public",
		"pins",	       "signature",   "sig",	    "content",	 "etag",
		"sha",	       "md5",	      "hash",	    "commit",	 "git",
		"csrf",	       "xsrf",	      "nonce",	    "routing",	 "partition",
		"shard",       "lock",	      "event",	    "sort",	 "cursor",
		"page",	       "forwarded",   "encryption", "customer",	 "checksum",
		"digest",      "device",      "idempotent", "sequence",	 "retry",
		"message",     "test",	      "storefront", NULL
	};
	size_t last, w, k;

	if (e - s < 6 || (b[s] | 0x20) != 'x' || b[s + 1] != '-')
		return 0;
	for (k = s + 2; k < e; k++)
		if (!isalnum(b[k]) && b[k] != '-')
			return 0;
	for (last = e; last > s + 2 && b[last - 1] != '-'; last--)
		;
	if (!word_among(b, last, e, lasts))
		return 0;
	for (k = s + 2; k < last; k = w + 1) { /* every word before the last */
		for (w = k; w < e && b[w] != '-'; w++)
			;
		if (word_among(b, k, w, others))
			return 0;
	}
	return 1;
}

/* Appends `name<suffix> = "value"` (suffix: made up, for SDK calls whose
 * name is the class's, not the credential's); a pool's values one a line,
 * under the singular name. */
int emit_named(struct kh_layer *l, const unsigned char *b, size_t ns, size_t ne,
	       const char *suffix, size_t vs, size_t ve)
{
	int n, header = !*suffix && header_credential_name(b, ns, ne);

	if (header)
		suffix = "_api_key"; /* X-Ingest-Key: a service's key */

	while (ne > ns + 1 && b[ne - 1] == '_')
		ne--; /* PrestaShop's _DB_PASSWD_: its words end before */
	if (vs > ns && kh_is_id_of_pair(b, l->src_len, ns, vs, ve)) {
		/* the id of a pair, its secret nearby: not copied, nor the
		 * part of its name a caller wrote (a path's parents) */
		const unsigned char *nl = l->n ? memrchr(l->text, '\n', l->n) : NULL;

		l->n = nl ? (size_t)(nl - l->text) + 1 : 0;
		return 0;
	}
	/* a header's name as written too, for the provider whose own rule
	 * reads it (Jellyfin's X-MediaBrowser-Token) */
	if (header && put_pair(l, b, ns, ne, "", vs, ve, 0) < 0)
		return -1;
	if ((n = emit_pool(l, b, ns, ne, suffix, vs, ve)))
		return n < 0 ? -1 : 0;
	return put_pair(l, b, ns, ne, suffix, vs, ve, 0) >= 0 ? 0 : -1;
}

/* Whether s[0..n) is a setting's name in upper case whose first word may
 * be a provider's: AGORA_APP_CERTIFICATE, PAYPAL_API_SIGNATURE (three
 * letters or more, then `_` and more words). */
static int provider_setting_name(const unsigned char *s, size_t n)
{
	size_t i, first = 0;

	if (n > NAME_MAX_LEN)
		return 0;
	for (i = 0; i < n; i++) {
		if (s[i] == '_' && !first)
			first = i;
		else if (!isupper(s[i]) && !isdigit(s[i]) && s[i] != '_')
			return 0;
	}
	return first >= 3 && first + 1 < n;
}

/* (shape_internal.h) */
int emit_setting_pair(struct kh_layer *l, const unsigned char *b, size_t ns, size_t ne,
		      size_t vs, size_t ve)
{
	static const char eq[] = " = \"";
	size_t k;
	int r = 0;

	if (credential_name(b + ns, ne - ns))
		return emit_pair(l, b, ns, ne, vs, ve);
	if (!provider_setting_name(b + ns, ne - ns) || !plausible_value(b + vs, ve - vs))
		return 0;
	for (k = ns; k < ne && r == 0; k++)
		r = kh_layer_put(l, b[k], k, k + 1, KH_SHAPE | KH_CONTEXT);
	for (k = 0; eq[k] && r == 0; k++)
		r = kh_layer_put(l, (unsigned char)eq[k], vs, vs, KH_SHAPE | KH_CONTEXT);
	for (k = vs; k < ve && r == 0; k++)
		r = kh_layer_put(l, b[k], k, k + 1, KH_SHAPE | KH_CONTEXT);
	if (r == 0)
		r = kh_layer_put(l, '"', ve, ve, KH_SHAPE | KH_CONTEXT);
	if (r == 0)
		r = kh_layer_put(l, '\n', ve, ve, KH_SHAPE | KH_CONTEXT);
	return r < 0 ? -1 : 0;
}

int kh_shape_emit_as(struct kh_layer *l, const unsigned char *b, size_t ns, size_t ne,
		     const char *suffix, size_t vs, size_t ve)
{
	if (!plausible_value(b + vs, ve - vs))
		return 0;
	return emit_named(l, b, ns, ne, suffix, vs, ve);
}

/* Where Apache Camel's RAW(...) or RAW{...} around a query's value at
 * b[vs] closes (Camel takes the bytes between as they are, '&' and '+'
 * too, so a password needs no escaping): its ')' or '}', or vs when the
 * value is not so wrapped. */
static size_t camel_raw(const unsigned char *b, size_t vs, size_t le)
{
	size_t k;
	unsigned char close;

	if (vs + 5 > le || memcmp(b + vs, "RAW", 3) ||
	    (b[vs + 3] != '(' && b[vs + 3] != '{'))
		return vs;
	close = b[vs + 3] == '(' ? ')' : '}';
	for (k = vs + 4; k < le && b[k] != close; k++)
		;
	/* the wrapper ends its value: at a query's next pair, a quote or the
	 * line's end (RAW(a)b) is no such wrapper) */
	return k < le && (k + 1 == le || strchr("&\"' \t<", b[k + 1])) ? k : vs;
}

/* b[i] starts a name=value pair that runs to one of `stops`: a URL
 * query's after '?' or '&' (?api_token=...&), a connection string's after
 * ';' (Server=db;User Id=app;Password=...; in ADO.NET, ODBC and JDBC,
 * where a value may be braced: Pwd={...}). */
int pair_after(struct kh_layer *l, const unsigned char *b, size_t i, size_t le,
	       const char *stops)
{
	size_t ns = i + 1, ne, vs, ve, cap;
	const char *suffix;
	int query;

	if (b[i] == ';' && ns < le && b[ns] == ' ')
		ns++; /* Server=db; Password=... */
	for (ne = ns; ne < le && ident_byte(b[ne]); ne++)
		;
	if (ne == ns || ne >= le || b[ne] != '=')
		return 0;
	/* code's statements after ';' and '?': a member's assignment
	 * (;i.pass=...), a comparison (;i.pass===...) */
	if (memchr(b + ns, '.', ne - ns) || (ne + 1 < le && b[ne + 1] == '='))
		return 0;
	vs = ne + 1;
	if ((ve = camel_raw(b, vs, le)) > vs)
		return emit_pair(l, b, ns, ne, vs + 4, ve);
	/* past VALUE_MAX_LEN + 2 bytes it is too long even unbraced */
	cap = le - vs > VALUE_MAX_LEN + 3 ? vs + VALUE_MAX_LEN + 3 : le;
	for (ve = vs; ve < cap && !strchr(stops, b[ve]) && b[ve]; ve++)
		;
	if (ve - vs >= 2 && b[vs] == '{' && b[ve - 1] == '}') {
		vs++;
		ve--;
	}
	if (!credential_name(b + ns, ne - ns) || !plausible_value(b + vs, ve - vs))
		return 0;
	query = strchr(stops, '&') != NULL;
	/* a URL query's `pass` is a login form's password */
	suffix = query && ne - ns == 4 && equal_ci(b + ns, "pass", 4) ? "word" : "";
	/* ... and its value is sent percent-encoded: judged decoded */
	if (query && memchr(b + vs, '%', ve - vs))
		return kh_is_id_of_pair(b, l->src_len, ns, vs, ve) ||
				       put_pair(l, b, ns, ne, suffix, vs, ve, '%') >= 0
			       ? 0
			       : -1;
	return emit_named(l, b, ns, ne, suffix, vs, ve);
}

/* The pair after b[i] == ',' in a StackExchange.Redis configuration
 * string (host:6380,password=...,ssl=True): its value runs to a ',', a
 * quote or the line's end; one that code goes on after (a=f(x),b=g.h(y))
 * is no such pair. */
int redis_pair(struct kh_layer *l, const unsigned char *b, size_t i, size_t le)
{
	size_t k = i + 1;

	while (k < le && ident_byte(b[k]))
		k++;
	if (k >= le || b[k] != '=')
		return 0;
	while (k < le && !strchr(",\"'; \t(){}[]", b[k]))
		k++;
	if (k < le && !strchr(",\"'", b[k]))
		return 0;
	return pair_after(l, b, i, le, ",;\"' \t");
}

/* Whether the word b[ws..we) is a pair of a libpq connection string's
 * other keywords (host=db, dbname=app, user=app, port=5432, sslmode=...). */
static int conninfo_word(const unsigned char *b, size_t ws, size_t we)
{
	static const char *const keys[] = {
		"host",	   "hostaddr",	      "port",	 "dbname", "user", "sslmode",
		"options", "connect_timeout", "service", NULL
	};
	const unsigned char *eq = ws < we ? memchr(b + ws, '=', we - ws) : NULL;

	return eq && eq + 1 < b + we && word_among(b, ws, (size_t)(eq - b), keys);
}

/*
 * Whether the pair whose name starts at b[s] after a blank, its '=' at
 * b[k], is one of a libpq connection string's (host=db user=app
 * password=... in Go's sql.Open, psycopg's connect, a DSN setting): the
 * word before it or the one after its value is such a pair.
 */
int conninfo_pair(const unsigned char *b, size_t len, size_t s, size_t k)
{
	size_t ws, we, end = len - k > 256 ? k + 256 : len;

	if (s < 2 || b[s - 1] != ' ')
		return 0;
	for (ws = s - 1; ws > 0 && s - ws < 128 && !strchr(" \t\"'`\n", b[ws - 1]); ws--)
		;
	if (conninfo_word(b, ws, s - 1))
		return 1;
	for (we = k; we < end && !strchr(" \t\"'`\n", b[we]); we++)
		;
	if (we + 1 >= end || b[we] != ' ')
		return 0;
	for (ws = ++we; we < end && !strchr(" \t\"'`\n", b[we]); we++)
		;
	return conninfo_word(b, ws, we);
}

/* Whether the class s[0..n) holds a credential (OAuthCredentials,
 * NetworkCredential). */
static int credentials_object(const unsigned char *s, size_t n)
{
	if (n > 0 && tolower(s[n - 1]) == 's')
		n--;
	return n >= 10 && !strncasecmp((const char *)s + n - 10, "credential", 10);
}

/*
 * Whether the call whose '(' is b[i], its callee b[k..i), takes a user and
 * then a password: new NetworkCredential("user", "pass"),
 * HTTPBasicAuth('user', 'pass'), smtp.login('user', 'pass'), requests'
 * auth=('user', 'pass'), Perl's $smtp->auth('user', 'pass'). The
 * password's name goes in b[*ns..*ne): the callee, or `auth`.
 */
int user_password_call(const unsigned char *b, size_t ls, size_t k, size_t i, size_t *ns,
		       size_t *ne)
{
	size_t a = skip_blanks_back(b, i, ls);

	if (k < i) {
		*ns = k;
		*ne = i;
		return credentials_object(b + k, i - k) ||
		       (i - k >= 9 &&
			!strncasecmp((const char *)b + i - 9, "basicauth", 9)) ||
		       (i - k >= 6 && b[i - 6] == '.' &&
			!strncasecmp((const char *)b + i - 5, "login", 5)) ||
		       /* Perl's Net::SMTP, Net::FTP, Net::POP3 methods:
			* $smtp->auth('user', 'pass'), $ftp->login(...) */
		       (k >= ls + 2 && b[k - 1] == '>' && b[k - 2] == '-' &&
			((i - k == 5 && !strncasecmp((const char *)b + k, "login", 5)) ||
			 (i - k == 4 && !strncasecmp((const char *)b + k, "auth", 4))));
	}
	if (a == ls || b[a - 1] != '=')
		return 0;
	a = skip_blanks_back(b, a - 1, ls);
	if (a < ls + 4 || strncasecmp((const char *)b + a - 4, "auth", 4) ||
	    (a > ls + 4 && ident_byte(b[a - 5])))
		return 0;
	*ns = a - 4;
	*ne = a;
	return 1;
}

/* Whether the callee's last part b[s..e) (a package's b[ps..s - 1)) is
 * that package's constructor: New, NewClient..., new, new_client...,
 * new_with... as Go, Rust and Ruby name them, Client, or the class the
 * package is named for (smartsheet.Smartsheet). */
static int package_constructor(const unsigned char *b, size_t ps, size_t s, size_t e)
{
	static const char *names[] = { "newclient", "new_client", "newwith", "new_with",
				       NULL };
	size_t k;

	if (e - s == 3 || e - s == 6)
		return !strncasecmp((const char *)b + s, e - s == 3 ? "new" : "client",
				    e - s);
	if (s - 1 - ps == e - s &&
	    !strncasecmp((const char *)b + ps, (const char *)b + s, e - s))
		return 1;
	for (k = 0; names[k]; k++)
		if (e - s >= strlen(names[k]) &&
		    !strncasecmp((const char *)b + s, names[k], strlen(names[k])))
			return 1;
	return 0;
}

/*
 * Whether the `new` at b[k] makes a class's static member of upper-case
 * name (static MISTRAL_LARGE=new FoundationModelIdentifier("..."),
 * public static final Region US_EAST = new Region("...")): an enum's
 * member, whose argument is its value, no key.
 */
static int enum_member(const unsigned char *b, size_t ls, size_t k)
{
	size_t e = skip_blanks_back(b, k, ls), s, from, i;
	int letters = 0;

	if (e == ls || b[e - 1] != '=')
		return 0;
	e = skip_blanks_back(b, e - 1, ls);
	for (s = e; s > ls && (isupper(b[s - 1]) || isdigit(b[s - 1]) || b[s - 1] == '_');
	     s--)
		letters += !!isupper(b[s - 1]);
	if (letters < 2 || (s > ls && ident_byte(b[s - 1])))
		return 0;
	/* a class's static member (static, static readonly, static final
	 * Region): an upper-case const may hold a client made with its key */
	from = s > ls + 48 ? s - 48 : ls;
	for (i = from; i + 7 <= s; i++)
		if (!memcmp(b + i, "static ", 7) && (i == ls || !ident_byte(b[i - 1])))
			return 1;
	return 0;
}

/* Whether the name s[0..n) ends in a word that says id (job_id, JOB-ID,
 * buildUuid, requestGuid). */
static int names_an_id(const unsigned char *s, size_t n)
{
	static const char *ids[] = { "id", "uuid", "guid", NULL };
	size_t i, k;

	for (i = 0; ids[i]; i++) {
		k = strlen(ids[i]);
		if (n > k + 1 && ends_ci(s, 0, n, ids[i]) &&
		    (s[n - k - 1] == '_' || s[n - k - 1] == '-' ||
		     (isupper(s[n - k]) && islower(s[n - k - 1]))))
			return 1;
	}
	return 0;
}

/*
 * An SDK that takes its key as the first argument of a constructor or
 * factory, the call's '(' at b[ce]: new HubSpotAPI("..."),
 * Hubspot\Factory::create('...'), Factory::createWithApiKey('...'), and a
 * package's constructor, whose package is the provider
 * (binance.NewClient("key", "secret"), browserstack::Client::new("...")),
 * its second argument the secret. The callee b[cs..ce) must be one (after
 * `new`, a factory's name, a package's constructor), so that ordinary calls
 * on a provider's line (hubspot.getContact("<uuid>")) hand the rules
 * nothing. A credentials object's constructor (new OAuthCredentials(clientId,
 * clientSecret, ...), NetworkCredential(user, password)) takes who comes
 * first: its first argument is no key.
 */
int emit_sdk_call(struct kh_layer *l, const unsigned char *b, size_t ls, size_t cs,
		  size_t ce, size_t le)
{
	static const char *factories[] = { "create", "createwithapikey",
					   "createwithaccesstoken",
					   "createwithdeveloperapikey", NULL };
	size_t last, k, vs, ve, at = skip_blanks(b, ce + 1, le), next;
	int is_new, factory = 0, package, named, id_named;

	last = last_part(b, cs, ce);
	k = skip_blanks_back(b, cs, ls);
	is_new = k >= ls + 3 && !memcmp(b + k - 3, "new", 3) &&
		 (k == ls + 3 || !ident_byte(b[k - 4]));
	/* a minifier's name (new Wa("..."), new tl("...")) names no SDK */
	if (is_new && ce - last < 3)
		return 0;
	if (is_new && enum_member(b, ls, k - 3))
		return 0;
	for (k = 0; factories[k] && !factory; k++)
		factory = strlen(factories[k]) == ce - last &&
			  !strncasecmp((const char *)b + last, factories[k], ce - last);
	for (k = last > cs ? last - 1 : cs;
	     k > cs && ident_byte(b[k - 1]) && b[k - 1] != '.'; k--)
		;
	package = last > cs && package_constructor(b, k, last, ce);
	if ((!is_new && !factory && !package) || credentials_object(b + last, ce - last))
		return 0;
	next = quoted(b, at, le, &vs, &ve);
	/* a name first, its value second (Creds.new("firecrawl_job_id",
	 * "<uuid>")): a pair; a name that says id (job_id, buildUuid) names
	 * no secret */
	named = next && kh_is_code_words(b + vs, ve - vs);
	id_named = named && names_an_id(b + vs, ve - vs);
	if (next && !named && plausible_value(b + vs, ve - vs) &&
	    emit_named(l, b, cs, ce, "_api_key", vs, ve) < 0)
		return -1;
	if (!package)
		return 0;
	if (!next) /* a variable first: binance.NewClient(apiKey, "...") */
		for (next = at; next < le && (ident_byte(b[next]) || b[next] == ':');
		     next++)
			;
	next = skip_blanks(b, next, le);
	if (next < le && b[next] == ',' &&
	    quoted(b, skip_blanks(b, next + 1, le), le, &vs, &ve) &&
	    plausible_value(b + vs, ve - vs))
		return id_named ? 0 : emit_named(l, b, cs, ce, "_secret", vs, ve);
	return 0;
}

/* The value of attribute or JSON member `attr` in b[from..le): `attr="v"`,
 * `"attr": "v"` (as written: XML and JSON names are lower-case); 1 with its
 * content in [*s, *e). */
int attribute(const unsigned char *b, size_t from, size_t le, const char *attr, size_t *s,
	      size_t *e)
{
	size_t n = strlen(attr), i;

	/* each place attr stands, by its first and last bytes (a memchr()
	 * of `k`, `n` or `v` stopped at every one of a minified line's) */
	for (i = from; (i = kh_find_text(b, i, le, attr, n, 0, n - 1)) < le; i++) {
		size_t k = i + n;

		if ((i > from && ident_byte(b[i - 1])) || (k < le && ident_byte(b[k])))
			continue;
		if (k < le && (b[k] == '"' || b[k] == '\''))
			k++;
		k = skip_blanks(b, k, le);
		if (k >= le || (b[k] != '=' && b[k] != ':'))
			continue;
		k += k + 1 < le && b[k] == '=' && b[k + 1] == '>'; /* a map's => */
		k = skip_blanks(b, k + 1, le);
		if (quoted(b, k, le, s, e))
			return 1;
	}
	return 0;
}

/* ---- names from the structure around a line ---------------------------- */

/*
 * What a plain last name in a path means, said in words the rules read:
 * `[datadog] api = ...` is datadog.api_key, `ansible_ssh_pass` a password,
 * a section's or a table's `key` its secret.
 */
const char *plain_name_suffix(const unsigned char *s, size_t n)
{
	static const struct {
		const char *tail, *suffix;
		int whole; /* the whole name, not the tail of a longer one */
	} plain[] = { { "api", "_key", 1 },
		      { "key", "_secret", 1 },
		      { "pass", "word", 0 } };
	size_t i, k;

	for (i = 0; i < sizeof(plain) / sizeof(plain[0]); i++) {
		k = strlen(plain[i].tail);
		if (n >= k && !strncasecmp((const char *)s + n - k, plain[i].tail, k) &&
		    (n == k || (!plain[i].whole && !isalnum(s[n - k - 1]))))
			return plain[i].suffix;
	}
	return "";
}

/* Appends `part1.part2.part3<suffix> = "value"`, each part a range of b
 * (names of YAML keys, INI sections, SQL tables and columns). */
int emit_path_as(struct kh_layer *l, const unsigned char *b, const size_t (*parts)[2],
		 size_t nparts, const char *suffix, size_t vs, size_t ve)
{
	const unsigned char *nl = memchr(b + vs, '\n', ve - vs);
	size_t i, k, len = 0;
	int r = 0;

	for (i = 0; i < nparts; i++)
		len += parts[i][1] - parts[i][0] + 1;
	/* (a token wrapped over lines, wrapped_token's: its first line) */
	if (len > NAME_MAX_LEN + 1 ||
	    !plausible_value(b + vs, nl ? (size_t)(nl - b) - vs : ve - vs))
		return 0;
	for (i = 0; i < nparts && r == 0; i++) {
		if (i)
			r = kh_layer_put(l, '.', parts[i][0], parts[i][0], KH_SHAPE);
		for (k = parts[i][0]; k < parts[i][1] && r == 0; k++)
			r = kh_layer_put(l, ident_byte(b[k]) ? b[k] : '_', k, k + 1,
					 KH_SHAPE);
	}
	if (r == 0)
		r = emit_named(l, b, 0, 0, suffix, vs, ve);
	return r < 0 ? -1 : 0;
}

/* The path's copy as it is named when its last name says credential
 * (azure.storage.key), and with the meaning of a plain last name said
 * (azure.storage.key_secret, datadog.api_key, ansible_ssh_password). */
int emit_path(struct kh_layer *l, const unsigned char *b, const size_t (*parts)[2],
	      size_t nparts, size_t vs, size_t ve)
{
	const size_t *last = parts[nparts - 1];
	const char *plain = plain_name_suffix(b + last[0], last[1] - last[0]);
	char folded[2 * NAME_MAX_LEN + 2];
	size_t k = 0, i, p;

	/* a plain key in a provider's block that publishes it (Pusher's
	 * `key` beside its `secret`): not a secret */
	for (p = nparts >= 2 && *plain ? nparts - 2 : nparts; p < nparts; p++)
		for (i = parts[p][0]; i < parts[p][1]; i++)
			if (isalnum(b[i]) && k < sizeof(folded) - 1)
				folded[k++] = (char)tolower(b[i]);
	if (k && kh_names_public_key(folded, k))
		plain = "";
	if (credential_name(b + last[0], last[1] - last[0]) &&
	    emit_path_as(l, b, parts, nparts, "", vs, ve) < 0)
		return -1;
	return *plain ? emit_path_as(l, b, parts, nparts, plain, vs, ve) : 0;
}

/* Whether a YAML block scalar's header (`>`, `|`, `>-`, `|+`, `|2-`)
 * starts at b[k] and ends its line (a comment aside): the value is on the
 * lines below. */
int block_scalar_at(const unsigned char *b, size_t len, size_t k)
{
	size_t i = k + 1;

	if (k >= len || (b[k] != '>' && b[k] != '|'))
		return 0;
	while (i < len && i < k + 3 && (b[i] == '-' || b[i] == '+' || isdigit(b[i])))
		i++;
	return line_ends_at(b, len, i);
}

/* The end of the run of token bytes (base64, base64url, a JWT's dots)
 * from b[i]. */
static size_t token_run(const unsigned char *b, size_t i, size_t e)
{
	while (i < e && (isalnum(b[i]) || strchr("+/=_.-", b[i])) && b[i])
		i++;
	return i;
}

/* Whether the block whose first line is b[vs..*ve), that line indented
 * by `in`, its key by `indent`, is one token wrapped at a fixed width:
 * lines of token bytes alone at one indentation, all as long as the
 * first (40 or more) but the last, no longer, then the block's end. An
 * editor's or a hand's fold of a long key (`personalAccessKey: >-` then
 * the key over two lines) is one value; text, a list or a certificate's
 * PEM armour are not. *ve moves to the last line's end (put_pair drops
 * the breaks). */
static int wrapped_token(const unsigned char *b, size_t len, size_t vs, size_t *ve,
			 size_t in, size_t indent)
{
	size_t width = *ve - vs, at = *ve, end = *ve, last = vs, n;

	if (width < 40 || token_run(b, vs, *ve) != *ve)
		return 0;
	for (n = 0; n < BLOCK_MAX_LINES; n++) {
		size_t cle, s, e;

		at = line_end(b, len, at) + 1;
		if (at >= len)
			break;
		cle = content_end(b, len, at);
		s = skip_blanks(b, at, cle);
		e = skip_blanks_back(b, cle, s);
		if (s == e || s - at <= indent)
			break; /* the block ends */
		if (s - at != in || e - s > width || end - last != width ||
		    token_run(b, s, e) != e)
			return 0; /* a line of another width, or text */
		last = s;
		end = e;
		at = e;
	}
	if (end == *ve)
		return 0;
	*ve = end;
	return 1;
}

/*
 * The value of the block scalar whose header ends the line at le, its key
 * indented by `indent`: the one line below it, more indented, when the
 * block holds that line only (a token; more lines are text), or a token
 * wrapped over its lines (wrapped_token). Its content in [*vs, *ve); 0
 * when there is no such line.
 */
static int block_scalar_value(const unsigned char *b, size_t len, size_t le,
			      size_t indent, size_t *vs, size_t *ve)
{
	size_t at = line_end(b, len, le) + 1, cle, next;

	if (at >= len)
		return 0;
	cle = content_end(b, len, at);
	*vs = skip_blanks(b, at, cle);
	*ve = skip_blanks_back(b, cle, *vs);
	if (*vs == *ve || *vs - at <= indent)
		return 0;
	if (cle >= len)
		return 1;
	next = line_end(b, len, cle) + 1;
	cle = content_end(b, len, next);
	return next >= len || skip_blanks(b, next, cle) == cle ||
	       skip_blanks(b, next, cle) - next <= indent ||
	       wrapped_token(b, len, *vs, ve, *vs - at, indent);
}

/*
 * Past a YAML node's properties before its value at b[i]: an anchor
 * (&name) and a core string tag (!!str, !!binary), so `password: &db_pw
 * V` holds V. A local tag (!secret name, !Ref Name, !vault |) says the
 * value is elsewhere or sealed: it stays, and the value with it.
 */
static size_t yaml_properties_end(const unsigned char *b, size_t i, size_t le)
{
	size_t k, n;

	for (n = 0; n < 2 && i < le; n++) {
		if (b[i] == '&')
			for (k = i + 1; k < le && b[k] != ' ' && b[k] != '\t'; k++)
				;
		else if (le - i > 5 && !memcmp(b + i, "!!str", 5))
			k = i + 5;
		else if (le - i > 8 && !memcmp(b + i, "!!binary", 8))
			k = i + 8;
		else
			break;
		if (k >= le || (b[k] != ' ' && b[k] != '\t'))
			break;
		i = skip_blanks(b, k, le);
	}
	return i;
}

/*
 * A YAML mapping line `  name: value` or `  name:` in b[ls..le): its
 * indentation, the name in [*ns, *ne) (hiera's profile::db::password
 * too) and the value (empty for a parent) in [*vs, *ve): a block scalar's
 * one line below (`password: >-` then the value) with *block set. 0 when
 * the line is no such thing (a comment, a list item, text).
 */
static int yaml_key(const unsigned char *b, size_t len, size_t ls, size_t le,
		    size_t *indent, size_t *ns, size_t *ne, size_t *vs, size_t *ve,
		    int *block)
{
	size_t i = skip_blanks(b, ls, le), k;

	*indent = i - ls;
	*block = 0;
	if (i >= le || !(isalpha(b[i]) || b[i] == '_'))
		return 0;
	for (k = i;
	     k < le && (ident_byte(b[k]) || (b[k] == ':' && k + 2 < le &&
					     b[k + 1] == ':' && ident_byte(b[k + 2])));
	     k += b[k] == ':' ? 2 : 1)
		;
	if (k >= le || b[k] != ':' || (k + 1 < le && b[k + 1] != ' ' && b[k + 1] != '\t'))
		return 0;
	*ns = i;
	*ne = k;
	*vs = yaml_properties_end(b, skip_blanks(b, k + 1, le), le);
	if (block_scalar_at(b, le, *vs) &&
	    block_scalar_value(b, len, le, *indent, vs, ve)) {
		*block = 1;
		return 1;
	}
	if (*vs < le && (b[*vs] == '#' || b[*vs] == '>' || b[*vs] == '|'))
		*vs = le; /* a comment or a block of text below: a parent here */
	if (quoted(b, *vs, le, vs, ve) == 0)
		*ve = *vs < le ? bare_value(b, *vs, le) : *vs;
	return 1;
}

/*
 * YAML parents: a value whose name is its path of keys (`azure:` then
 * `  storage:` then `    key: ...` is `azure.storage.key`), so a provider
 * named in a parent names the credential below it. From the line b[ls..le)
 * (a keyword stands there): its own value with its parents' names, and
 * every value below it when it is a parent.
 */
/* A YAML list item `- value` (one scalar, quoted or not) starting at
 * b[i]: its value in [*vs, *ve). */
int list_item(const unsigned char *b, size_t i, size_t cle, size_t *vs, size_t *ve)
{
	size_t k;

	if (i + 2 >= cle || b[i] != '-' || b[i + 1] != ' ')
		return 0;
	*vs = skip_blanks(b, i + 2, cle);
	*ve = skip_blanks_back(b, cle, *vs);
	if (*ve - *vs > 2 && (b[*vs] == '"' || b[*vs] == '\'') && b[*ve - 1] == b[*vs]) {
		++*vs;
		--*ve;
	}
	for (k = *vs; k < *ve; k++)
		if (b[k] == ' ' || b[k] == ':' || b[k] == '"' || b[k] == '\'')
			return 0; /* a mapping, a pair or prose: no one value */
	return *ve > *vs;
}

int yaml_parents(const unsigned char *b, size_t len, size_t ls, size_t le,
		 struct kh_layer *l)
{
	size_t parts[PATH_MAX_DEPTH + 1][2], indents[PATH_MAX_DEPTH + 1];
	size_t depth = 0, indent, ns, ne, vs, ve, at, n, top, base;
	int block, pblock;

	if (!yaml_key(b, len, ls, le, &indent, &ns, &ne, &vs, &ve, &block) ||
	    (vs < ve && !path_leaf(b + ns, ne - ns)))
		return 0; /* no mapping, or a value no name here calls a credential */
	/* the parents, nearest first, then reversed */
	parts[0][0] = ns;
	parts[0][1] = ne;
	indents[0] = indent;
	depth = 1;
	for (at = ls, n = 0;
	     at > 0 && indent > 0 && depth <= PATH_MAX_DEPTH && n < BLOCK_MAX_LINES;
	     n++) {
		size_t pi, pns, pne, pvs, pve, pls = line_start(b, at - 1);

		at = pls;
		if (!yaml_key(b, len, pls, content_end(b, len, pls), &pi, &pns, &pne,
			      &pvs, &pve, &pblock) ||
		    pi >= indent || pvs != pve)
			continue;
		memmove(parts + 1, parts, depth * sizeof(parts[0]));
		memmove(indents + 1, indents, depth * sizeof(indents[0]));
		parts[0][0] = pns;
		parts[0][1] = pne;
		indents[0] = pi;
		depth++;
		indent = pi;
	}
	/* a block scalar's value, at the top too: no rule reads it below
	 * its name */
	/* (and at the top a value after an anchor or a tag: no rule reads
	 * past those) */
	at = skip_blanks(b, ne + 1, le);
	if ((depth > 1 || block || (vs > at && (b[at] == '&' || b[at] == '!'))) &&
	    vs < ve && path_leaf(b + ns, ne - ns) &&
	    emit_path(l, b, (const size_t(*)[2])parts, depth, vs, ve) < 0)
		return -1;
	if (vs != ve || depth > PATH_MAX_DEPTH)
		return 0;
	/* a parent: the values below it, each with its path */
	top = indents[depth - 1];
	base = depth;
	for (at = le + 1, n = 0; at < len && n < BLOCK_MAX_LINES; n++) {
		size_t cle = content_end(b, len, at), ci, first = skip_blanks(b, at, cle);

		if (!yaml_key(b, len, at, cle, &ci, &ns, &ne, &vs, &ve, &block)) {
			if (first < cle && first - at <= top)
				break; /* text at the parent's level ends its block */
			/* api_keys: then `- value` items: each the name's */
			if (depth == base && list_item(b, first, cle, &vs, &ve) &&
			    path_leaf(b + parts[depth - 1][0],
				      parts[depth - 1][1] - parts[depth - 1][0]) &&
			    emit_path(l, b, (const size_t(*)[2])parts, depth, vs, ve) < 0)
				return -1;
			at = line_end(b, len, at) + 1;
			continue;
		}
		if (ci <= top)
			break;
		while (depth > base && indents[depth - 1] >= ci)
			depth--;
		at = line_end(b, len, at) + 1;
		if (depth > PATH_MAX_DEPTH)
			continue;
		parts[depth][0] = ns;
		parts[depth][1] = ne;
		indents[depth] = ci;
		if (vs == ve)
			depth++;
		else if (path_leaf(b + ns, ne - ns) &&
			 emit_path(l, b, (const size_t(*)[2])parts, depth + 1, vs, ve) <
				 0)
			return -1;
		else if (default_of_credential(b, (const size_t(*)[2])parts, depth, ns,
					       ne) &&
			 emit_path_as(l, b, (const size_t(*)[2])parts, depth, "", vs,
				      ve) < 0)
			return -1;
	}
	return 0;
}

/*
 * A Nix attribute set or an HCL object opened at the end of the line
 * b[ls..le) (`services.hubspot-sync = {`): each credential-named string
 * at its first level below (`developerKey = "...";`) named by its path,
 * services.hubspot-sync.developerKey, as yaml_parents names YAML's, so a
 * provider named in the parent names the credentials in it.
 */
int brace_parents(const unsigned char *b, size_t len, size_t ls, size_t le,
		  struct kh_layer *l)
{
	size_t parts[2][2], k = skip_blanks_back(b, le, ls), at, n;
	int depth = 1;

	if (k < ls + 3 || b[k - 1] != '{')
		return 0;
	k = skip_blanks_back(b, k - 1, ls);
	if (k <= ls || b[k - 1] != '=')
		return 0;
	parts[0][1] = skip_blanks_back(b, k - 1, ls);
	for (parts[0][0] = parts[0][1];
	     parts[0][0] > ls && ident_byte(b[parts[0][0] - 1]); parts[0][0]--)
		;
	if (parts[0][0] == parts[0][1])
		return 0;
	for (at = le + 1, n = 0; at < len && n < BLOCK_MAX_LINES && depth > 0; n++) {
		size_t cle = content_end(b, len, at), ns = skip_blanks(b, at, cle), ne,
		       vs, ve;

		for (ne = ns; ne < cle && ident_byte(b[ne]); ne++)
			;
		k = skip_blanks(b, ne, cle);
		if (depth == 1 && ne > ns && k + 1 < cle && b[k] == '=' &&
		    b[k + 1] != '=' && path_leaf(b + ns, ne - ns) &&
		    quoted(b, skip_blanks(b, k + 1, cle), cle, &vs, &ve)) {
			parts[1][0] = ns;
			parts[1][1] = ne;
			if (emit_path(l, b, (const size_t(*)[2])parts, 2, vs, ve) < 0)
				return -1;
		}
		for (k = at; k < cle; k++) /* the nested sets' braces */
			depth += b[k] == '{' ? 1 : b[k] == '}' ? -1 : 0;
		at = line_end(b, len, at) + 1;
	}
	return 0;
}

/* `[section]` on the line b[ls..le): the name in [*ns, *ne). */
static int ini_header(const unsigned char *b, size_t ls, size_t le, size_t *ns,
		      size_t *ne)
{
	size_t i = skip_blanks(b, ls, le), k;

	if (i >= le || b[i] != '[')
		return 0;
	for (k = i + 1; k < le && (ident_byte(b[k]) || b[k] == ' '); k++)
		;
	if (k >= le || b[k] != ']' || k == i + 1 || skip_blanks(b, k + 1, le) != le)
		return 0;
	*ns = i + 1;
	*ne = k;
	return 1;
}

/* `name = value` on the line b[ls..le). */
static int ini_key(const unsigned char *b, size_t ls, size_t le, size_t *ns, size_t *ne,
		   size_t *vs, size_t *ve)
{
	size_t i = skip_blanks(b, ls, le), k;

	for (k = i; k < le && ident_byte(b[k]); k++)
		;
	*ns = i;
	*ne = k;
	k = skip_blanks(b, k, le);
	if (*ne == i || k >= le || b[k] != '=')
		return 0;
	*vs = skip_blanks(b, k + 1, le);
	if (quoted(b, *vs, le, vs, ve) == 0)
		*ve = bare_value(b, *vs, le);
	return 1;
}

/*
 * INI sections: `key = value` below `[section]` is `section.key`, so a
 * provider named in the section names the credentials in it. From the
 * line b[ls..le): a key's section, or a section's keys.
 */
int ini_sections(const unsigned char *b, size_t len, size_t ls, size_t le,
		 struct kh_layer *l)
{
	size_t parts[2][2], at, n, vs, ve;

	if (ini_key(b, ls, le, &parts[1][0], &parts[1][1], &vs, &ve)) {
		if (!path_leaf(b + parts[1][0], parts[1][1] - parts[1][0]))
			return 0;
		for (at = ls, n = 0; at > 0 && n < BLOCK_MAX_LINES; n++) {
			at = line_start(b, at - 1);
			if (ini_header(b, at, content_end(b, len, at), &parts[0][0],
				       &parts[0][1]))
				return emit_path(l, b, (const size_t(*)[2])parts, 2, vs,
						 ve);
		}
		return 0;
	}
	if (!ini_header(b, ls, le, &parts[0][0], &parts[0][1]))
		return 0;
	for (at = le + 1, n = 0; at < len && n < BLOCK_MAX_LINES; n++) {
		size_t cle = content_end(b, len, at);

		if (ini_header(b, at, cle, &vs, &ve))
			break;
		if (ini_key(b, at, cle, &parts[1][0], &parts[1][1], &vs, &ve) &&
		    path_leaf(b + parts[1][0], parts[1][1] - parts[1][0]) &&
		    emit_path(l, b, (const size_t(*)[2])parts, 2, vs, ve) < 0)
			return -1;
		at = line_end(b, len, at) + 1;
	}
	return 0;
}

/*
 * A name that is a path itself, its parts joined by '.' or '/' (a
 * .properties' `integrations.vonage.key=...`, an annotation's
 * `twilio.io/key: ...`), its last part plain (key, api, pass): named as
 * yaml_parents names `integrations:` `vonage:` `key:`, so a provider
 * named in a part names the credential.
 */
int dotted_names(const unsigned char *b, size_t ls, size_t le, struct kh_layer *l)
{
	size_t parts[PATH_MAX_DEPTH][2], n = 0, i = skip_blanks(b, ls, le), k, vs, ve;

	if (i < le && (b[i] == '"' || b[i] == '\''))
		i++;
	for (k = i; k < le && (ident_byte(b[k]) || b[k] == '/'); k++) {
		if (b[k] != '.' && b[k] != '/')
			continue;
		if (k == i || n + 1 == PATH_MAX_DEPTH)
			return 0;
		parts[n][0] = i;
		parts[n++][1] = k;
		i = k + 1;
	}
	if (!n || k == i || !*plain_name_suffix(b + i, k - i))
		return 0;
	parts[n][0] = i;
	parts[n++][1] = k;
	if (k < le && (b[k] == '"' || b[k] == '\''))
		k++;
	k = skip_blanks(b, k, le);
	if (k >= le || (b[k] != '=' && b[k] != ':') || (k + 1 < le && b[k + 1] == b[k]))
		return 0;
	vs = skip_blanks(b, k + 1, le);
	if (quoted(b, vs, le, &vs, &ve) == 0)
		ve = bare_value(b, vs, le);
	return ve > vs ? emit_path(l, b, (const size_t(*)[2])parts, n, vs, ve) : 0;
}

/* The lines of the shell command that holds b[ls..le) (joined by a
 * trailing backslash): [*cs, *ce). */
static void command_span(const unsigned char *b, size_t len, size_t ls, size_t le,
			 size_t *cs, size_t *ce)
{
	size_t n;

	*cs = ls;
	for (n = 0; n < CMD_MAX_LINES && *cs >= 2; n++) {
		size_t prev_end = *cs - 1; /* its '\n' */

		if (prev_end > 0 && b[prev_end - 1] == '\r')
			prev_end--;
		if (prev_end == 0 || b[prev_end - 1] != '\\')
			break;
		*cs = line_start(b, *cs - 1);
	}
	*ce = le;
	for (n = 0; n<CMD_MAX_LINES && * ce> * cs && b[*ce - 1] == '\\' && *ce < len;
	     n++) {
		size_t next = line_end(b, len, *ce);

		if (next >= len) /* the backslash ends the text: no line follows */
			break;
		*ce = content_end(b, len, next + 1);
	}
}

/* The host of the first URL in b[s..e): [*hs, *he). */
static int url_host(const unsigned char *b, size_t s, size_t e, size_t *hs, size_t *he)
{
	const unsigned char *p = s < e ? kh_memmem(b + s, e - s, "://", 3) : NULL;
	size_t k;

	if (!p)
		return 0;
	*hs = (size_t)(p - b) + 3;
	for (k = *hs; k < e && (isalnum(b[k]) || b[k] == '.' || b[k] == '-'); k++)
		;
	*he = k;
	return memchr(b + *hs, '.', k - *hs) != NULL;
}

/*
 * A credential handed to a command or a call: a token in an HTTP header,
 * `user:pass` (curl -u, an Authorization: Basic header once decoded), the
 * password of a login. Named after the command's host b[hs..he), which
 * says whose a token of a generic format is (`api.fastly.com_api_key_or_token`);
 * without a host only a password is named, after the command b[cs..ce).
 */
int emit_credential(struct kh_layer *l, const unsigned char *b, size_t hs, size_t he,
		    size_t cs, size_t ce, int password, size_t vs, size_t ve)
{
	if (!plausible_credential(b + vs, ve - vs, password))
		return 0;
	/* a password shorter than any generic key is a password: named so,
	 * the password rules judge it (`curl -u admin:Xk7#pQ2!mZ9v`) */
	if (hs < he && password && ve - vs < 16)
		return emit_named(l, b, hs, he, "_password", vs, ve);
	if (hs < he)
		return emit_named(l, b, hs, he,
				  password ? "_password_or_api_key" : "_api_key_or_token",
				  vs, ve);
	return password && cs < ce ? emit_named(l, b, cs, ce, "_password", vs, ve) : 0;
}

/* Whether s[0..n) is a filler word a provider asks for as the password
 * beside a token sent as the user (Toggl's `api_token`, GitHub's
 * `x-oauth-basic`, `api`, `X`): letters, '_' and '-', no digit. */
static int filler_password(const unsigned char *s, size_t n)
{
	size_t i;

	if (n > 16)
		return 0;
	for (i = 0; i < n; i++)
		if (!isalpha(s[i]) && s[i] != '_' && s[i] != '-')
			return 0;
	return 1;
}

/* Whether s[0..n), a login's user, looks generated rather than chosen:
 * 16 bytes or more of token characters, letters and digits both. */
static int generated_user(const unsigned char *s, size_t n)
{
	size_t i, letters = 0, digits = 0;

	if (n < 16 || !token_chars(s, n))
		return 0;
	for (i = 0; i < n; i++) {
		letters += isalpha(s[i]) != 0;
		digits += isdigit(s[i]) != 0;
	}
	return letters && digits;
}

/* `user:pass` in b[vs..ve): the password, and the user where a host names
 * the provider and no password follows (API keys often go as the user,
 * with none or a filler: `-u sk_...:`, `-u KEY:X`, `-u KEY:api_token`).
 * Beside a password (or a variable holding one) the user is who signs in:
 * a key's id (Mailjet's API key beside its secret key), an account, not
 * the secret. */
int emit_user_pass(struct kh_layer *l, const unsigned char *b, size_t hs, size_t he,
		   size_t cs, size_t ce, size_t vs, size_t ve)
{
	const unsigned char *c = memchr(b + vs, ':', ve - vs);
	size_t ps;

	if (!c)
		return 0;
	ps = (size_t)(c - b) + 1;
	if ((ve - ps < 6 || filler_password(b + ps, ve - ps)) &&
	    (ps == ve || b[ps] != '$')) {
		/* no host to name it: a user that looks generated, with no
		 * password or a filler, is a key sent as the user (Segment's
		 * write key, `"Basic " + base64(key + ":")`) */
		int r = hs == he && generated_user(b + vs, ps - 1 - vs)
				? emit_named(l, b, cs, ce, "_api_key", vs, ps - 1)
				: emit_credential(l, b, hs, he, cs, ce, 0, vs, ps - 1);

		if (r < 0)
			return -1;
	}
	return emit_credential(l, b, hs, he, cs, ce, 1, ps, ve);
}

/* b[i..e) starts with the flag f (followed by a blank or '='). */
static int flag_at(const unsigned char *b, size_t i, size_t e, const char *f)
{
	size_t n = strlen(f);

	return i + n < e && !memcmp(b + i, f, n) && strchr(" \t=", b[i + n]) && b[i + n];
}

/* The value of a flag from b[i] (after `--user ` or `-p`): [*vs, *ve). */
static void flag_value(const unsigned char *b, size_t i, size_t e, size_t *vs, size_t *ve)
{
	i = i < e && b[i] == '=' ? i + 1 : skip_blanks(b, i, e);
	if (quoted(b, i, e, vs, ve) == 0) {
		*vs = i;
		*ve = bare_value(b, i, e);
	}
}

/* Whether c ends a simple command: a list operator's or a pipe's byte, or
 * a NUL (as the strchr() of ";|&" this replaced took its terminator for
 * one; a byte at a time over a minified line, the call cost most). */
static int command_end_byte(unsigned char c)
{
	return c == ';' || c == '|' || c == '&' || c == 0;
}

/* Whether the command b[cs..ce) holds the flag f (after a blank). */
static int has_flag(const unsigned char *b, size_t cs, size_t ce, const char *f)
{
	size_t n = strlen(f), k = cs;
	const unsigned char *p;

	while (k < ce && (p = kh_memmem(b + k, ce - k, f, n))) {
		k = (size_t)(p - b);
		if ((k == cs || b[k - 1] == ' ' || b[k - 1] == '\t') &&
		    flag_at(b, k, ce, f))
			return 1;
		k++;
	}
	return 0;
}

/*
 * Narrows the command b[*cs..*ce) to the simple command holding b[i]:
 * from the list operator or pipe before it (&&, ||, ;, |) to the one
 * after. The flags a password flag is read beside are that program's:
 * `sysctl -w a=b && prog -p` gives sysctl no -p.
 */
static void simple_command(const unsigned char *b, size_t i, size_t *cs, size_t *ce)
{
	size_t k;

	for (k = i; k > *cs && !command_end_byte(b[k - 1]); k--)
		;
	*cs = k;
	for (k = i; k < *ce && !command_end_byte(b[k]); k++)
		;
	*ce = k;
}

/*
 * The length of the password flag at b[i] in the command b[cs..ce), or
 * 0: a flag named for it (-pw, -pwd, -pass, -passwd: kadmin's addprinc,
 * plink), or a letter programs give a password to beside a user's flag:
 * -p or -P beside -u, -U, --user, --username or -l (ipmitool,
 * mosquitto_pub, sqlcmd, ncftpput, az login), -w beside a bind DN's -D
 * or a principal's -p (ldapsearch, kadmin). Not mysql's -p, whose
 * password is glued to it: a word after it is the database.
 */
static size_t password_flag(const unsigned char *b, size_t i, size_t cs, size_t ce)
{
	static const char *const named[] = { "-pw",   "--pw",	 "-pwd",    "--pwd",
					     "-pass", "-passwd", "--passwd" };
	static const char *const users[] = { "-u", "-U", "--user", "--username", "-l" };
	size_t w;

	if (i + 2 >= ce || b[i] != '-')
		return 0;
	simple_command(b, i, &cs, &ce);
	for (w = 0; w < sizeof(named) / sizeof(named[0]); w++)
		if (flag_at(b, i, ce, named[w]))
			return strlen(named[w]);
	if (flag_at(b, i, ce, "-w"))
		return has_flag(b, cs, ce, "-D") || has_flag(b, cs, ce, "-p") ? 2 : 0;
	if (!flag_at(b, i, ce, "-P") &&
	    (!flag_at(b, i, ce, "-p") || kh_contains_ci(b + cs, ce - cs, "mysql", 0) ||
	     kh_contains_ci(b + cs, ce - cs, "mariadb", 0)))
		return 0;
	for (w = 0; w < sizeof(users) / sizeof(users[0]); w++)
		if (has_flag(b, cs, ce, users[w]))
			return 2;
	return 0;
}

/*
 * A password handed to a command as b[vs..ve), named after its flag or
 * its command b[ns..ne): openssl's pass:VALUE read as VALUE (password_value
 * moves *vs past it); not a port (8080:80), a number, a path, a variable,
 * a placeholder or another source (env:NAME, file:PATH, fd:3, '-' for
 * stdin).
 */
static int password_value(const unsigned char *b, size_t *vs, size_t ve)
{
	size_t k;
	int letter = 0;

	if (ve - *vs > 5 && !memcmp(b + *vs, "pass:", 5))
		*vs += 5;
	if (*vs >= ve || strchr("-$<%{/~*.@", b[*vs]))
		return 0;
	for (k = *vs; k < ve; k++)
		letter |= isalpha(b[k]) != 0;
	for (k = *vs; k < ve && isalpha(b[k]); k++)
		;
	return letter && (k == ve || b[k] != ':' || k - *vs > 4);
}

static int command_password(struct kh_layer *l, const unsigned char *b, size_t ns,
			    size_t ne, size_t vs, size_t ve)
{
	if (!password_value(b, &vs, ve))
		return 0;
	while (ns < ne && b[ns] == '-')
		ns++;
	return emit_credential(l, b, 0, 0, ns, ne, 1, vs, ve);
}

/* Samba's login `user%password` as the value of -U, -u or --user
 * (smbclient, net ads join, rpcclient) from b[i]: its password in
 * [*vs, *ve) and the flag's length returned, or 0; not a Windows %NAME%. */
static size_t samba_login(const unsigned char *b, size_t i, size_t ce, size_t *vs,
			  size_t *ve)
{
	const unsigned char *pc;
	size_t n = flag_at(b, i, ce, "-U") || flag_at(b, i, ce, "-u") ? 2
		   : flag_at(b, i, ce, "--user")		      ? 6
								      : 0;

	if (!n)
		return 0;
	flag_value(b, i + n, ce, vs, ve);
	pc = *ve > *vs ? memchr(b + *vs, '%', *ve - *vs) : NULL;
	if (!pc || memchr(b + *vs, ':', (size_t)(pc - b) - *vs) || b[*ve - 1] == '%')
		return 0;
	*vs = (size_t)(pc - b) + 1;
	return n;
}

/* The flags that give a setting's name and then its value as two
 * arguments: -k NAME -v VALUE (urbackupclientctl set-settings), --name
 * NAME --value VALUE (az keyvault secret set, aws ssm put-parameter),
 * gh secret set NAME --body VALUE. */
static const char *const name_flags[] = { "-k",	       "--key",	  "-n",		"--name",
					  "--setting", "--param", "--parameter" };
static const char *const value_flags[] = { "-v", "--value", "--body", "--secret-string" };

/* The length of the flag of names_flags or value_flags (`which`) at
 * b[i], or 0. */
static size_t flag_among(const unsigned char *b, size_t i, size_t e, int which)
{
	const char *const *f = which ? value_flags : name_flags;
	size_t w, n = which ? sizeof(value_flags) / sizeof(value_flags[0])
			    : sizeof(name_flags) / sizeof(name_flags[0]);

	for (w = 0; w < n; w++)
		if (flag_at(b, i, e, f[w]))
			return strlen(f[w]);
	return 0;
}

/* A setting named by the flag at b[i] (its length n) and valued by the
 * next flag: emitted as `NAME = "VALUE"`, NAME a path's last part
 * (/prod/db/password). */
static int name_value_flags(struct kh_layer *l, const unsigned char *b, size_t i,
			    size_t n, size_t ce)
{
	size_t ns, ne, vs, ve, k;

	flag_value(b, i + n, ce, &ns, &ne);
	k = ne < ce && (b[ne] == '"' || b[ne] == '\'') ? ne + 1 : ne;
	for (i = ne; i > ns && b[i - 1] != '/' && b[i - 1] != ':'; i--)
		;
	ns = i;
	if (ns == ne || !credential_name(b + ns, ne - ns))
		return 0;
	/* the value flag next, past a line's continuation */
	while (k < ce && strchr(" \t\\\r\n", b[k]))
		k++;
	if (!(n = flag_among(b, k, ce, 1)))
		return 0;
	flag_value(b, k + n, ce, &vs, &ve);
	return emit_pair(l, b, ns, ne, vs, ve);
}

/* Whether the command word b[ws..we) reads a password on its input, the
 * rest of its command to ce: passwd, chpasswd, smbpasswd, kpasswd,
 * kinit, sudo -S, or a flag that says so (docker login
 * --password-stdin, passwd --stdin, openssl -passin stdin). */
static int reads_password(const unsigned char *b, size_t ws, size_t we, size_t ce)
{
	size_t n;

	for (n = we; n > ws && b[n - 1] != '/'; n--)
		;
	if ((we - n >= 6 && equal_ci(b + we - 6, "passwd", 6)) ||
	    (we - n == 5 && !memcmp(b + n, "kinit", 5)))
		return 1;
	if (we - n == 4 && !memcmp(b + n, "sudo", 4))
		return has_flag(b, we, ce, "-S");
	return kh_memmem(b + we, ce - we, "stdin", 5) &&
	       kh_contains_ci(b + we, ce - we, "pass", 0);
}

/* The command word from b[k] (past sudo without -S, which reads no
 * password of its own here): [*ws, *we) and its command's end *ce. */
static void command_at(const unsigned char *b, size_t k, size_t e, size_t *ws, size_t *we,
		       size_t *ce)
{
	size_t n;

	for (n = 0; n < 2; n++) {
		*ws = skip_blanks(b, k, e);
		for (*we = *ws; *we < e && !command_end_byte(b[*we]) && b[*we] != ' ' &&
				b[*we] != '\t' && b[*we] != ')';
		     (*we)++)
			;
		for (*ce = *we; *ce < e && !command_end_byte(b[*ce]); (*ce)++)
			;
		if (*we - *ws != 4 || memcmp(b + *ws, "sudo", 4) ||
		    has_flag(b, *we, *ce, "-S"))
			return;
		k = *we;
	}
}

/*
 * The value echo or printf writes in b[cs..i) (before a pipe): echo
 * [-e] VALUE, printf 'VALUE\n', printf '%s\n' VALUE; `(echo pw; echo
 * pw)` the last echo's; up to an escaped newline (echo -e "pw\npw").
 */
static int piped_value(const unsigned char *b, size_t cs, size_t i, size_t *vs,
		       size_t *ve)
{
	static const char *const opts[] = { "-e", "-n", "-ne", "-en" };
	size_t k, w, from = i - cs > 512 ? i - 512 : cs;
	const unsigned char *nl;
	int printf_ = 0;

	for (k = i; k > from; k--)
		if ((b[k - 1] == 'e' && word_at(b, k - 1, i, "echo")) ||
		    (b[k - 1] == 'p' && (printf_ = word_at(b, k - 1, i, "printf"))))
			break;
	if (k == from)
		return 0;
	k = skip_blanks(b, k - 1 + (printf_ ? 6 : 4), i);
	for (w = 0; w < sizeof(opts) / sizeof(opts[0]); w++)
		if (!printf_ && flag_at(b, k, i, opts[w])) {
			k = skip_blanks(b, k + strlen(opts[w]), i);
			w = 0;
		}
	if (!(w = quoted(b, k, i, vs, ve)))
		w = *ve = bare_value(b, (*vs = k), i);
	if (printf_ && kh_memmem(b + *vs, *ve - *vs, "%s", 2)) {
		k = skip_blanks(b, w, i);
		if (!quoted(b, k, i, vs, ve))
			*ve = bare_value(b, (*vs = k), i);
	}
	nl = *ve > *vs ? kh_memmem(b + *vs, *ve - *vs, "\\n", 2) : NULL;
	if (nl)
		*ve = (size_t)(nl - b);
	if (*ve - *vs > 2 && b[*ve - 2] == '\\' && b[*ve - 1] == 'r')
		*ve -= 2; /* expect's send "pw\r" */
	return *ve > *vs;
}

/*
 * Whether the command whose arguments are b[we..ce) stores a secret under
 * a name one of them gives (gh secret set NAME, docker secret create NAME
 * -, wrangler secret put NAME, vercel env add NAME): a credential's name
 * after the word secret, secrets or env, in [*ns, *ne).
 */
static int secret_store_name(const unsigned char *b, size_t we, size_t ce, size_t *ns,
			     size_t *ne)
{
	size_t k = we, s;
	int store = 0;

	for (;;) {
		s = k = skip_blanks(b, k, ce);
		while (k < ce && b[k] != ' ' && b[k] != '\t')
			k++;
		if (k == s)
			return 0;
		if (word_at(b, s, k, "secret") || word_at(b, s, k, "secrets") ||
		    word_at(b, s, k, "env"))
			store = 1;
		else if (store && b[s] != '-' && credential_name(b + s, k - s)) {
			*ns = s;
			*ne = k;
			return 1;
		}
	}
}

/* Whether b[c] may stand in a file's path a command writes to. */
static int path_byte(unsigned char c)
{
	return c > ' ' && !strchr("\"'<>|;&()", c);
}

/*
 * The file the redirect at b[i] (`>` or `>>`, not 2> or &>, nor code's ->
 * or =>) writes, when its name names a credential (/run/secrets/api_token,
 * ~/.config/acme/token, secrets/db_password.txt): that name without its
 * extension in [*ns, *ne).
 */
static int redirect_target(const unsigned char *b, size_t ls, size_t i, size_t le,
			   size_t *ns, size_t *ne)
{
	size_t k = i + 1, e, dot;

	if (i > ls && strchr("0123456789&-=>", b[i - 1]))
		return 0;
	k += k < le && b[k] == '>';
	k = skip_blanks(b, k, le);
	k += k < le && (b[k] == '"' || b[k] == '\'');
	for (e = k; e < le && path_byte(b[e]); e++)
		if (b[e] == '/')
			k = e + 1;
	for (dot = e; dot > k && b[dot - 1] != '.'; dot--)
		;
	if (dot > k + 1 && e - dot <= 4)
		e = dot - 1; /* an extension: .txt, .key */
	*ns = k;
	*ne = e;
	return e > k && credential_name(b + k, e - k);
}

/* The value echo or printf writes to a file that names it (the '>' at
 * b[i] of the command b[cs..ce): redirect_target). 0, or -1. */
static int redirected_value(struct kh_layer *l, const unsigned char *b, size_t cs,
			    size_t ce, size_t i)
{
	size_t ns, ne, vs, ve;

	if (!redirect_target(b, cs, i, ce, &ns, &ne) || !piped_value(b, cs, i, &vs, &ve))
		return 0;
	return emit_pair(l, b, ns, ne, vs, ve);
}

/*
 * Whether the generic keyword ending at b[last] of the line b[ls..le) is
 * in the name a value gets after it on a command line: a file echo writes
 * (redirect_target) or a secret store's name (secret_store_name).
 */
static int named_after_value(const unsigned char *b, size_t ls, size_t le, size_t last)
{
	size_t k = last, ns, ne, ws, we, ce;
	const unsigned char *bar;

	while (k > ls && path_byte(b[k - 1]))
		k--;
	ns = k;
	k -= k > ls && (b[k - 1] == '"' || b[k - 1] == '\'');
	k = skip_blanks_back(b, k, ls);
	if (k > ls && b[k - 1] == '>') {
		k -= 1 + (k - 1 > ls && b[k - 2] == '>');
		return redirect_target(b, ls, k, le, &ns, &ne) && ns <= last && last < ne;
	}
	if (!(bar = memrchr(b + ls, '|', ns - ls)))
		return 0;
	command_at(b, (size_t)(bar - b) + 1, le, &ws, &we, &ce);
	return secret_store_name(b, we, ce, &ns, &ne) && ns <= last && last < ne;
}

/*
 * A password written to a command that reads it on its input: piped
 * from echo or printf (the pipe at b[i]), or a here-string after it
 * (`chpasswd <<< 'user:pw'`, the '<<<' at b[i]), in the command
 * b[cs..ce). chpasswd's `user:pw` gives the part after ':'.
 */
static int stdin_password(struct kh_layer *l, const unsigned char *b, size_t cs,
			  size_t ce, size_t i)
{
	size_t ws, we, end, vs, ve, k;
	const unsigned char *c;

	if (b[i] == '|') {
		if ((i + 1 < ce && b[i + 1] == '|') || (i > cs && b[i - 1] == '|'))
			return 0;
		command_at(b, i + 1, ce, &ws, &we, &end);
		if (!reads_password(b, ws, we, end)) /* gh secret set NAME */
			return secret_store_name(b, we, end, &ws, &we) &&
					       piped_value(b, cs, i, &vs, &ve)
				       ? emit_pair(l, b, ws, we, vs, ve)
				       : 0;
		if (!piped_value(b, cs, i, &vs, &ve))
			return 0;
	} else {
		for (k = i; k > cs && !strchr(";|&(", b[k - 1]); k--)
			;
		command_at(b, k, i, &ws, &we, &end);
		k = skip_blanks(b, i + 3, ce);
		if (!reads_password(b, ws, we, i))
			return 0;
		if (!quoted(b, k, ce, &vs, &ve)) {
			vs = k;
			ve = bare_value(b, k, ce);
		}
	}
	if (we - ws >= 8 && equal_ci(b + we - 8, "chpasswd", 8) &&
	    (c = memchr(b + vs, ':', ve - vs)))
		vs = (size_t)(c - b) + 1;
	return command_password(l, b, ws, we, vs, ve);
}

/*
 * Whether the generic keyword ending at b[last] is on a command line
 * command_shapes reads: a password's letter flag (` -p `, ` -w `, ` -u `:
 * password_flag; ` -u `, `--user`: samba_login), a setting's name after a name flag (-k
 * internet_authkey -v ...), or a command that reads a password on its
 * input with a pipe or a here-string on its line.
 */
int command_named(struct kh_hit *h)
{
	const unsigned char *b = h->b;
	size_t len = h->len, last = h->last;
	size_t ls = hit_line_start(h, 1024), le, ws, we, vs, ve, k, cs, ce;
	const unsigned char *pipe;

	if (ls > last)
		return 0;
	le = hit_line_end(h);
	if (b[last] == ' ' && last >= ls + 2 && b[last - 2] == '-') {
		/* most: mkdir -p /path, sort -u file, -p 8080:80; then the
		 * user's flag, maybe on a line the command continues */
		flag_value(b, last, le, &vs, &ve);
		if (!password_value(b, &vs, ve))
			return 0;
		command_span(b, len, ls, le, &cs, &ce);
		return password_flag(b, last - 2, cs, ce) ||
		       samba_login(b, last - 2, ce, &vs, &ve);
	}
	if (last >= ls + 5 && !memcmp(b + last - 5, "--user", 6))
		return samba_login(b, last - 5, le, &vs, &ve);
	for (ws = last; ws > ls && (ident_byte(b[ws - 1]) || b[ws - 1] == '/'); ws--)
		;
	k = ws > ls && (b[ws - 1] == '"' || b[ws - 1] == '\'') ? ws - 1 : ws;
	k = k > ls && b[k - 1] == '=' ? k - 1 : skip_blanks_back(b, k, ls);
	while (k > ls && ident_byte(b[k - 1]))
		k--;
	/* (every flag starts with '-'; a name after a value needs a '>' or a
	 * '|' before it on its line: most hits have neither, and the walks
	 * are not taken) */
	if (k < ws && b[k] == '-' && flag_among(b, k, le, 0))
		return 1;
	pipe = memchr(b + ls, '|', le - ls); /* (le >= last: once for both) */
	if ((memchr(b + ls, '>', last - ls) || (pipe && pipe < b + last)) &&
	    named_after_value(b, ls, le, last))
		return 1;
	if (!pipe && !kh_memmem(b + ls, le - ls, "<<<", 3))
		return 0;
	/* (the name's end only for the few lines with a pipe or a here-string) */
	for (we = last + 1; we < le && ident_byte(b[we]); we++)
		;
	return (we - ws >= 6 && equal_ci(b + we - 6, "passwd", 6)) ||
	       kh_memmem(b + ws, we - ws, "stdin", 5) || word_at(b, ws, we, "kinit") ||
	       word_at(b, ws, we, "sudo");
}

/*
 * Credentials in a command or a request: HTTP headers (`Authorization:
 * Bearer|Token|Basic ...`, `X-Api-Key: ...`), curl's `-u user:pass` and
 * `--user`, its proxy's `-U user:pass` and `--proxy-user`, its
 * `--oauth2-bearer TOKEN`, a login's `-p`/`--password`, on the line
 * b[ls..le) and the lines it continues with a backslash.
 */
int command_shapes(const unsigned char *b, size_t len, size_t ls, size_t le,
		   struct kh_layer *l)
{
	static const unsigned char marks[256] = {
		['c'] = 1, ['='] = 1, [':'] = 1, ['-'] = 1,
		['|'] = 1, ['<'] = 1, ['>'] = 1
	};
	size_t cs, ce, hs = 0, he = 0, i, k, ns, ne, vs, ve, vend, ws = 0, we = 0;
	const unsigned char *login;
	int r = 0, basic, bearer, scheme;

	command_span(b, len, ls, le, &cs, &ce);
	if (!url_host(b, cs, ce, &hs, &he))
		hs = he = 0;
	login = kh_memmem(b + cs, ce - cs, "login", 5);
	if (login) {
		ws = (size_t)(login - b);
		we = ws + 5;
	}
	for (i = cs; i < ce && r == 0; i++) {
		if (!marks[b[i]])
			continue; /* most bytes: out with one load */
		if (b[i] == 'c' && !ws && word_at(b, i, ce, "curl")) {
			ws = i;
			we = i + 4;
		}
		switch (b[i]) {
		case '=': /* a log's Authorization=[Bearer value] */
		case ':': /* Name: [Scheme ]value, "Name": "[Scheme ]value" */
			if (b[i] == ':' && i > cs &&
			    (b[i - 1] == '"' || b[i - 1] == '\'')) {
				if (!quoted_before(b, cs, i, &ns, &ne) ||
				    !quoted(b, skip_blanks(b, i + 1, ce), ce, &vs, &vend))
					break;
			} else {
				for (ns = i;
				     ns > cs && (isalnum(b[ns - 1]) || b[ns - 1] == '-');
				     ns--)
					;
				if (ns > cs && !strchr(" \t\"'>`", b[ns - 1]))
					break;
				ne = i;
				vs = skip_blanks(b, i + 1, ce);
				if (b[i] == '=' && vs < ce && strchr("[\"'", b[vs]) &&
				    b[vs])
					vs++;
				vend = ce;
				/* an element's text (a plist's <string>Name:
				 * value</string>) ends at the next tag */
				if (ns > cs && b[ns - 1] == '>')
					for (vend = vs; vend < ce && b[vend] != '<';
					     vend++)
						;
			}
			if (ns == ne || !credential_name(b + ns, ne - ns))
				break;
			for (k = vs; k < vend && isalpha(b[k]); k++)
				;
			basic = k - vs == 5 &&
				!strncasecmp((const char *)b + vs, "basic", 5);
			/* a bearer token says what it is without a host */
			bearer = (k - vs == 6 &&
				  !strncasecmp((const char *)b + vs, "bearer", 6)) ||
				 (k - vs == 5 &&
				  !strncasecmp((const char *)b + vs, "token", 5));
			scheme = k > vs && k - vs <= 8 && k < vend && b[k] == ' ';
			if (b[i] == '=' && !scheme)
				break; /* name=value: the rules read it as it is */
			if (scheme)
				vs = skip_blanks(b, k,
						 vend); /* Bearer, Token, Basic... */
			ve = bare_value(b, vs, vend);
			/* Basic says what its value is: without a command
			 * the header's name names the password */
			if (basic && ws == we)
				r = emit_user_pass(l, b, hs, he, ns, ne, vs, ve);
			else if (basic)
				r = emit_user_pass(l, b, hs, he, ws, we, vs, ve);
			else if (scheme && bearer && hs == he)
				r = plausible_credential(b + vs, ve - vs, 0)
					    ? emit_named(l, b, ns, ne, "_token", vs, ve)
					    : 0;
			else
				r = emit_credential(l, b, hs, he, ws, we, 0, vs, ve);
			break;
		case '|': /* echo pw | passwd --stdin user */
			r = stdin_password(l, b, cs, ce, i);
			break;
		case '>': /* echo 'value' > /run/secrets/api_token */
			r = redirected_value(l, b, cs, ce, i);
			break;
		case '<': /* chpasswd <<< 'user:pw' */
			if (i + 3 < ce && b[i + 1] == '<' && b[i + 2] == '<')
				r = stdin_password(l, b, cs, ce, i);
			break;
		case '-': /* -u user:pass, --user=user:pass, -p pass, --password pass */
			if (i > cs && b[i - 1] != ' ' && b[i - 1] != '\t')
				break;
			if ((k = samba_login(b, i, ce, &vs, &ve))) {
				r = command_password(l, b, i, i + k, vs, ve);
			} else if (flag_at(b, i, ce, "-u") ||
				   flag_at(b, i, ce, "--user")) {
				flag_value(b, i + (b[i + 1] == '-' ? 6 : 2), ce, &vs,
					   &ve);
				r = emit_user_pass(l, b, hs, he, ws, we, vs, ve);
			} else if (we - ws == 4 && (flag_at(b, i, ce, "-U") ||
						    flag_at(b, i, ce, "--proxy-user"))) {
				/* curl's proxy login: no host of the URL's */
				flag_value(b, i + (b[i + 1] == '-' ? 12 : 2), ce, &vs,
					   &ve);
				k = vs;
				while (k < ve && b[k] != ':')
					k++;
				r = k < ve ? emit_credential(l, b, 0, 0, ws, we, 1, k + 1,
							     ve)
					   : 0;
			} else if (we - ws == 4 && flag_at(b, i, ce, "--oauth2-bearer")) {
				flag_value(b, i + 15, ce, &vs, &ve);
				r = plausible_credential(b + vs, ve - vs, 0)
					    ? emit_named(l, b, ws, we, "_bearer_token",
							 vs, ve)
					    : 0;
			} else if (login && (flag_at(b, i, ce, "-p") ||
					     flag_at(b, i, ce, "--password"))) {
				flag_value(b, i + (b[i + 1] == '-' ? 10 : 2), ce, &vs,
					   &ve);
				r = emit_credential(l, b, hs, he, ws, we, 1, vs, ve);
			} else if ((k = password_flag(b, i, cs, ce))) {
				flag_value(b, i + k, ce, &vs, &ve);
				r = command_password(l, b, i, i + k, vs, ve);
			} else if ((k = flag_among(b, i, ce, 0))) {
				r = name_value_flags(l, b, i, k, ce);
			}
			break;
		}
	}
	return r < 0 ? -1 : 0;
}

/* ---- weak names: abbreviated, qualified, split, non-English ------------- */

/* A password's word in other languages, folded (weak_fold()): German,
 * Spanish, Dutch, Finnish, Polish, Czech, Slovene, Croatian, Italian and
 * Romanian, Estonian, Turkish, Portuguese, Spanish's key, French,
 * Swedish, Danish, Norwegian, Hungarian, Indonesian. */
static const char *const weak_foreign[] = {
	"passwort", "kennwort",	 "contrasena", "wachtwoord", "salasana",    "haslo",
	"heslo",    "geslo",	 "lozinka",    "parola",     "parool",	    "sifre",
	"senha",    "clave",	 "motdepasse", "losenord",   "adgangskode", "passord",
	"jelszo",   "katasandi", NULL
};

/* What a weak name says its value is, if the value passes its bar: a
 * generated key, a chosen password, a credential of either look (a cred,
 * creds), a LoRaWAN root or session key (128-bit hex), a service's key
 * (generated or hex). */
enum weak_kind { WEAK_NONE, WEAK_KEY, WEAK_PASSWORD, WEAK_CRED, WEAK_LORA, WEAK_SERVICE };

#define WEAK_FOLD_MAX 64

/* Whether c may stand in a weak name: a letter, a digit, a joint, or a
 * byte of a letter past ASCII (hasło, contraseña, şifre). */
static int weak_name_byte(unsigned char c)
{
	return ident_byte(c) | (c >= 0x80); /* (ident_byte() holds '-' and '.') */
}

/*
 * The name s[0..n) folded for the word lists: ASCII letters lower-cased,
 * joints dropped, the few Latin letters the lists' words hold read as the
 * letter they stand for (ł l, ş s, ñ n, ö o, ó o: two UTF-8 bytes each),
 * a trailing number dropped. brk[i] is 1 where a word starts at out[i]
 * (after a joint, at a hump). The folded length, or 0 when another byte
 * past ASCII stands in it or the name is too long.
 */
static size_t weak_fold(const unsigned char *s, size_t n, char *out, unsigned char *brk)
{
	size_t i, k = 0;
	int joint = 1;

	while (n > 0 && isdigit(s[n - 1]))
		n--;
	for (i = 0; i < n; i++) {
		unsigned char c = s[i];

		if (k >= WEAK_FOLD_MAX)
			return 0;
		if (c >= 0x80) {
			if (i + 1 >= n)
				return 0;
			if (c == 0xc5 && (s[i + 1] == 0x81 || s[i + 1] == 0x82))
				c = 'l';
			else if (c == 0xc5 && (s[i + 1] == 0x9e || s[i + 1] == 0x9f))
				c = 's';
			else if (c == 0xc3 && (s[i + 1] == 0x91 || s[i + 1] == 0xb1))
				c = 'n';
			else if (c == 0xc3 && (s[i + 1] == 0x96 || s[i + 1] == 0xb6 ||
					       s[i + 1] == 0x93 || s[i + 1] == 0xb3))
				c = 'o';
			else
				return 0;
			i++;
		} else if (!isalnum(c)) {
			joint = 1;
			continue;
		}
		brk[k] = (unsigned char)(joint ||
					 (i > 0 && isupper(c) && islower(s[i - 1])));
		joint = 0;
		out[k++] = (char)ascii_lower(c);
	}
	out[k] = 0;
	return k;
}

/* Whether the folded name f[0..n) ends in w as a word of its own (a word
 * starts there) or, for a long word, glued (dbpasswort). */
static int weak_ends(const char *f, const unsigned char *brk, size_t n, const char *w,
		     size_t glued)
{
	size_t k = strlen(w);

	return n >= k && !memcmp(f + n - k, w, k) && (n == k || brk[n - k] || k >= glued);
}

/* The last three bytes of a name, ASCII letters lower-cased by | 0x20
 * (which makes no letter of another byte), packed for a switch. */
#define WEAK_T3(a, b, c) ((uint32_t)(a) | (uint32_t)(b) << 8 | (uint32_t)(c) << 16)

static uint32_t weak_tail3(const unsigned char *s, size_t e)
{
	return WEAK_T3(s[e - 3] | 0x20, s[e - 2] | 0x20, s[e - 1] | 0x20);
}

/* Whether the name s[0..e) (its number dropped, e >= 3, t3 its last three
 * bytes) ends as a word of weak_foreign[], a split password or a short pw
 * does, or with a letter past ASCII before its last (hasło, contraseña). */
static int weak_word_tail(const unsigned char *s, size_t e, uint32_t t3)
{
	if ((t3 >> 8) == WEAK_T3('p', 'w', 0))
		return 1;
	if (s[e - 2] >= 0x80)
		return (s[e - 1] | 0x20) == 'a' || (s[e - 1] | 0x20) == 'o';
	switch (t3) {
	case WEAK_T3('o', 'r', 't'): /* passwort, kennwort */
	case WEAK_T3('e', 'n', 'a'): /* contrasena */
	case WEAK_T3('o', 'r', 'd'): /* wachtwoord, losenord, passord, Pass_Word */
	case WEAK_T3('a', 'n', 'a'): /* salasana */
	case WEAK_T3('s', 'l', 'o'): /* haslo, heslo, geslo */
	case WEAK_T3('n', 'k', 'a'): /* lozinka */
	case WEAK_T3('o', 'l', 'a'): /* parola */
	case WEAK_T3('o', 'o', 'l'): /* parool */
	case WEAK_T3('f', 'r', 'e'): /* sifre */
	case WEAK_T3('n', 'h', 'a'): /* senha */
	case WEAK_T3('a', 'v', 'e'): /* clave */
	case WEAK_T3('s', 's', 'e'): /* mot_de_passe */
	case WEAK_T3('o', 'd', 'e'): /* adgangskode */
	case WEAK_T3('s', 'z', 'o'): /* jelszo */
	case WEAK_T3('n', 'd', 'i'): /* katasandi */ return 1;
	}
	return 0;
}

/* The key's or token's part of weak_secret_name() for the name s[0..e)
 * (its number dropped): an abbreviated token (sas_tok, authTkn), a SAS
 * alone (blobSas), a key a product's word qualifies (sasKey, blobkey,
 * storage_acct_key), an API key's header copy (ApiKeyHdr). */
static enum weak_kind weak_key_name(const unsigned char *s, size_t e, uint32_t t3,
				    const char *const *heads)
{
	size_t w = name_word_start(s, 0, e), k;

	/* (each ends in key, tok, tkn, sas, hdr or header: most names are
	 * out at their last three bytes) */
	switch (t3) {
	case WEAK_T3('k', 'e', 'y'):
	case WEAK_T3('t', 'o', 'k'):
	case WEAK_T3('t', 'k', 'n'):
	case WEAK_T3('s', 'a', 's'):
	case WEAK_T3('h', 'd', 'r'):
	case WEAK_T3('d', 'e', 'r'): break;
	default: return WEAK_NONE;
	}
	if (w > 0 && (e - w == 3 || e - w == 6) &&
	    (equal_ci(s + w, "hdr", 3) || equal_ci(s + w, "header", 6))) {
		e = w - !isalnum(s[w - 1]);
		w = name_word_start(s, 0, e);
		if (e - w != 3 || !equal_ci(s + w, "key", 3) || w == 0)
			return WEAK_NONE;
		k = name_word_start(s, 0, w - !isalnum(s[w - 1]));
		return equal_ci(s + k, "api", 3) ? WEAK_KEY : WEAK_NONE;
	}
	if (e - w == 3 && (equal_ci(s + w, "tok", 3) || equal_ci(s + w, "tkn", 3) ||
			   equal_ci(s + w, "sas", 3)))
		return WEAK_KEY;
	if (e - w < 3 || !ends_ci(s, w, e, "key"))
		return WEAK_NONE;
	if (e - w > 3) /* glued: blobkey, saskey */
		return word_among(s, w, e - 3, heads) ? WEAK_KEY : WEAK_NONE;
	if (w == 0)
		return WEAK_NONE;
	e = w - !isalnum(s[w - 1]);
	w = name_word_start(s, 0, e);
	return w < e && word_among(s, w, e, heads) ? WEAK_KEY : WEAK_NONE;
}

/*
 * A key a service issues, named by what it opens (the name s[0..e), its
 * number dropped, t3 its last three bytes): a dashboard widget's
 * (widget_key), a lock encoder's
 * (EncoderKey), a webhook's, an API gateway's subscription key, an
 * alerting integration's key; apart, camelCase or glued, and the name's
 * last word (generic-secret's keywords wake the line for each). Not a key
 * a store or a program orders by (cache_key, sort_key, partition_key,
 * idempotency_key, i18n_key, hotkey), nor an analytics write key
 * (Segment's writeKey ships in browsers' pages): no such word is here,
 * and a word after the key (widget_key_prefix, widget_key_id) is another
 * thing. A stream's key is generic-app-secret's (stream_key, --streamkey):
 * read here too, it was reported twice.
 */
static int service_key_name(const unsigned char *s, size_t e, uint32_t t3)
{
	static const char *const heads[] = { "widget",	     "encoder",	    "webhook",
					     "subscription", "integration", NULL };
	size_t w;

	if (t3 != WEAK_T3('k', 'e', 'y'))
		return 0;
	w = name_word_start(s, 0, e);
	if (e - w < 3 || !ends_ci(s, w, e, "key"))
		return 0;
	if (e - w > 3) /* glued: streamkey, webhookkey */
		return word_among(s, w, e - 3, heads);
	if (w == 0)
		return 0;
	e = w - !isalnum(s[w - 1]);
	w = name_word_start(s, 0, e);
	return w < e && word_among(s, w, e, heads);
}

/* Whether the name s[0..e) may be a LoRaWAN key's (lora_key_name()):
 * it holds an nw (nwk) or a p then an s, apart or glued (appskey,
 * app_s_key); a cheap look before the name is folded. */
static int lora_words(const unsigned char *s, size_t e)
{
	size_t i;

	for (i = 1; i < e; i++) {
		unsigned char c = s[i] | 0x20, p = s[i - 1] | 0x20;

		if ((c == 'w' && p == 'n') ||
		    (c == 's' && (p == 'p' || (i > 1 && !isalnum(s[i - 1]) &&
					       (s[i - 2] | 0x20) == 'p'))))
			return 1;
	}
	return 0;
}

/* Whether the name s[0..e) has a camelCase hump (a lower-case letter
 * then a capital). */
static int camel_hump(const unsigned char *s, size_t e)
{
	size_t i;

	for (i = 1; i < e; i++)
		if (islower(s[i - 1]) && isupper(s[i]))
			return 1;
	return 0;
}

/*
 * A LoRaWAN device's root or session key by its name in the
 * specification's words (NwkKey, AppSKey, NwkSKey, FNwkSIntKey,
 * SNwkSIntKey, NwkSEncKey), as gateways' and network servers' configs
 * write them (ChirpStack's and TTN's nwk_key, app_s_key, NWKSKEY; the
 * camelCase of API documents' JSON, AWS IoT Wireless' "NwkKey" samples,
 * is left to the rules): the folded name f[0..m) ends in one, as a word
 * of its own. Each is an AES-128 key, written as 32 hex digits.
 */
static int lora_key_name(const char *f, const unsigned char *brk, size_t m)
{
	static const char *const keys[] = { "nwkkey",	   "appskey",	  "nwkskey",
					    "fnwksintkey", "snwksintkey", "nwksenckey",
					    NULL };
	size_t k;

	for (k = 0; keys[k]; k++)
		if (weak_ends(f, brk, m, keys[k], 99))
			return 1;
	return 0;
}

/*
 * A name whose last word abbreviates a credential's (the name s[0..e), its
 * number dropped, t3 its last three bytes): a cred or creds (INT_CRED,
 * svc_creds) or a copy of one (creds_main: main, prod, primary, default,
 * live after it) holds a key or a password; a qualified auth
 * (UPSTREAM_AUTH, proxy_auth: not `_auth` alone, npm's, nor `auth`) and a
 * secret spelt short (s3cr, s3kr, s3cret) a generated key.
 */
static enum weak_kind weak_abbrev_name(const unsigned char *s, size_t e, uint32_t t3)
{
	static const char *const copies[] = { "main",	 "prod", "primary",
					      "default", "live", NULL };
	size_t w, p;

	switch (t3) {		     /* most names are out at their last three bytes */
	case WEAK_T3('a', 'i', 'n'): /* a copy's word: main, prod, ... */
	case WEAK_T3('r', 'o', 'd'):
	case WEAK_T3('a', 'r', 'y'):
	case WEAK_T3('u', 'l', 't'):
	case WEAK_T3('i', 'v', 'e'):
		w = name_word_start(s, 0, e);
		if (w == 0 || !word_among(s, w, e, copies))
			return WEAK_NONE;
		e = w - !isalnum(s[w - 1]);
		if (e < 4)
			return WEAK_NONE;
		t3 = weak_tail3(s, e);
		break;
	case WEAK_T3('r', 'e', 'd'):
	case WEAK_T3('e', 'd', 's'):
	case WEAK_T3('u', 't', 'h'):
	case WEAK_T3('3', 'c', 'r'):
	case WEAK_T3('3', 'k', 'r'):
	case WEAK_T3('r', 'e', 't'): break;
	default: return WEAK_NONE;
	}
	w = name_word_start(s, 0, e);
	switch (t3) {
	case WEAK_T3('r', 'e', 'd'):
	case WEAK_T3('e', 'd', 's'):
		return (e - w == 4 && equal_ci(s + w, "cred", 4)) ||
				       (e - w == 5 && equal_ci(s + w, "creds", 5))
			       ? WEAK_CRED
			       : WEAK_NONE;
	case WEAK_T3('u', 't', 'h'):
		if (e - w != 4 || !equal_ci(s + w, "auth", 4) || w == 0)
			return WEAK_NONE;
		p = name_word_start(s, 0, w - !isalnum(s[w - 1]));
		return isalpha(s[p]) ? WEAK_KEY : WEAK_NONE;
	case WEAK_T3('3', 'c', 'r'):
	case WEAK_T3('3', 'k', 'r'):
	case WEAK_T3('r', 'e', 't'):
		/* (the splitter parts s3 from cr: the word's start by hand) */
		w = t3 == WEAK_T3('r', 'e', 't') ? 6 : 4;
		return e >= w &&
				       equal_ci(s + e - w,
						w == 6			       ? "s3cret"
						: t3 == WEAK_T3('3', 'c', 'r') ? "s3cr"
									       : "s3kr",
						w) &&
				       (e == w || !isalnum(s[e - w - 1]))
			       ? WEAK_KEY
			       : WEAK_NONE;
	}
	return WEAK_NONE;
}

/* Words before `key` that make it a weak name (sasKey, blob_key,
 * SVC_KEY, REMOTE_KEY): a generated value only, never hex (a blob's
 * digest, a cache key). product_hex_key() leaves them to weak_key_name. */
const char *const weak_key_heads[] = { "sas",	  "blob",      "acct",	  "storage",
				       "maps",	  "svc",       "service", "subscription",
				       "primary", "secondary", "remote",  "upstream",
				       NULL };

/*
 * What the name s[0..n) calls its value where the generic rules' words
 * miss it: a password in another language (passwort, contraseña,
 * mot_de_passe, hasło), a password's word split (Pass_Word) or numbered
 * after its short form (pw2); a key or token whose word is abbreviated
 * (sas_tok, authTkn) or qualified by a product's word the rules do not
 * read (sasKey, blob_key, storage_acct_key, mapsKey, ApiKeyHdr), a SAS
 * alone (blobSas). Not an id, a hash, a file, a name or a public key:
 * their last word is none of these.
 */
static enum weak_kind weak_secret_name(const unsigned char *s, size_t n)
{
	char f[WEAK_FOLD_MAX + 1];
	unsigned char brk[WEAK_FOLD_MAX + 1];
	size_t k, m, e = n;
	enum weak_kind key;
	uint32_t t3;

	if (n < 2 || n > NAME_MAX_LEN)
		return WEAK_NONE;
	/* (a digit is 0-9 in every locale: no ctype call a byte) */
	while (e > 0 && (unsigned)(s[e - 1] - '0') < 10u)
		e--;
	if (e == 0)
		return WEAK_NONE;
	if (e < 3) /* a short pw numbered alone (pw2) */
		return e == 2 && e < n && equal_ci(s, "pw", 2) ? WEAK_PASSWORD
							       : WEAK_NONE;
	t3 = weak_tail3(s, e);
	/* a custom header's key (x-auth, X-Ingest-Key): a service's, hex too */
	if (service_key_name(s, e, t3) || header_credential_name(s, 0, n))
		return WEAK_SERVICE;
	if ((key = weak_key_name(s, e, t3, weak_key_heads)) != WEAK_NONE ||
	    (key = weak_abbrev_name(s, e, t3)) != WEAK_NONE)
		return key;
	if (t3 == WEAK_T3('k', 'e', 'y') && lora_words(s, e) && !camel_hump(s, e) &&
	    (m = weak_fold(s, n, f, brk)) && lora_key_name(f, brk, m))
		return WEAK_LORA;
	/* the other words' last bytes: most names are out at theirs */
	if (!weak_word_tail(s, e, t3) || !(m = weak_fold(s, n, f, brk)))
		return WEAK_NONE;
	for (k = 0; weak_foreign[k]; k++)
		if (weak_ends(f, brk, m, weak_foreign[k], 7))
			return WEAK_PASSWORD;
	/* a password's word split by a joint or a hump (Pass_Word), or its
	 * short word numbered (pw2), where the rules read neither */
	if ((weak_ends(f, brk, m, "password", 8) && brk[m - 4]) ||
	    (weak_ends(f, brk, m, "pw", 99) && e < n))
		return WEAK_PASSWORD;
	return WEAK_NONE;
}

/* Whether s[0..n) is base64 of printable text (a Kubernetes secret's data,
 * a hex key encoded): the decoder's copy holds the value, not this. */
static int printable_base64(const unsigned char *s, size_t n)
{
	unsigned char out[160];
	long k, i;

	while (n > 0 && s[n - 1] == '=')
		n--;
	if (n < 16 || n > 200 || (k = kh_base64_decode(s, n, out, sizeof(out))) < 8)
		return 0;
	for (i = 0; i < k; i++)
		if (out[i] < 0x20 || out[i] > 0x7e)
			return 0;
	return 1;
}

/* Whether the value s[0..n) under a weak key's name looks generated: a
 * token's characters, letters and digits, both cases or a base64 key's
 * length and marks (an Azure account key); not hex (a blob's digest, a
 * cache's key), a UUID, a word of code. */
static int weak_key_value(const unsigned char *s, size_t n)
{
	size_t i;
	int lower = 0, upper = 0, mark = 0;

	if (n < 16 || !kh_is_generated_token(s, n) || !plausible_credential(s, n, 0) ||
	    printable_base64(s, n))
		return 0;
	for (i = 0; i < n; i++) {
		lower |= islower(s[i]) != 0;
		upper |= isupper(s[i]) != 0;
		mark |= s[i] == '+' || s[i] == '/';
	}
	return (lower && upper) || (n >= 40 && mark);
}

/* Whether the value s[0..n) under a weak password's name was chosen as
 * one: 8 to 64 bytes, no blank or path, letters and digits, and both
 * cases or a password's mark; not a reference ($VAR, %VAR%, {{x}}). */
static int weak_password_value(const unsigned char *s, size_t n)
{
	size_t i;
	int lower = 0, upper = 0, digit = 0, mark = 0;

	if (n < 8 || n > 64 || strchr("$%{<", s[0]) || memchr(s, '/', n) ||
	    !plausible_credential(s, n, 1))
		return 0;
	for (i = 0; i < n; i++) {
		if (s[i] == ' ' || s[i] == '\t')
			return 0;
		lower |= islower(s[i]) != 0;
		upper |= isupper(s[i]) != 0;
		digit |= isdigit(s[i]) != 0;
		mark |= s[i] != '_' && s[i] != '.' && s[i] != '-' && ispunct(s[i]);
	}
	if (!(lower || upper) || !digit || !((lower && upper) || mark))
		return 0;
	/* a sample spelt in the name's own language (Kennwort1, Senha123!) */
	for (i = 0; weak_foreign[i]; i++)
		if (kh_contains_ci(s, n, weak_foreign[i], 0))
			return 0;
	return 1;
}

/* Whether s[0..n) is hex digits, both digits and letters among them. */
static int mixed_hex(const unsigned char *s, size_t n)
{
	size_t i;
	int digit = 0, letter = 0;

	for (i = 0; i < n; i++) {
		if (!isxdigit(s[i]))
			return 0;
		digit |= isdigit(s[i]) != 0;
		letter |= isalpha(s[i]) != 0;
	}
	return digit && letter;
}

/* Whether s[0..n) is a LoRaWAN key as its tools write one: 32 hex digits
 * (an AES-128 key), both digits and letters (not a run of zeros or of one
 * digit, a sample). */
static int lora_key_value(const unsigned char *s, size_t n)
{
	return n == 32 && mixed_hex(s, n) && plausible_credential(s, n, 0);
}

/* The suffix the layer's copy of a value under a weak name of kind k
 * takes (`_secret`, `_password`) when s[0..n) passes the name's bar, or
 * NULL. */
static const char *weak_value_suffix(enum weak_kind k, const unsigned char *s, size_t n)
{
	switch (k) {
	case WEAK_KEY: return weak_key_value(s, n) ? "_secret" : NULL;
	case WEAK_PASSWORD: return weak_password_value(s, n) ? "_password" : NULL;
	case WEAK_CRED:
		return weak_key_value(s, n)	   ? "_secret"
		       : weak_password_value(s, n) ? "_password"
						   : NULL;
	case WEAK_LORA: return lora_key_value(s, n) ? "_secret" : NULL;
	case WEAK_SERVICE:
		/* a service's key is often hex (an Azure subscription key, a
		 * lock encoder's AES key, an *arr API key): 32 to 128 digits
		 * of both kinds; its name says no digest or cache key */
		return weak_key_value(s, n) || (n >= 32 && n <= 128 && mixed_hex(s, n) &&
						plausible_credential(s, n, 0))
			       ? "_secret"
			       : NULL;
	default: return NULL;
	}
}

/* The value after the weak name ending at b[ne] on the line b[..le):
 * its closing quote or bracket, blanks, then = : => := (not == or ::),
 * or an XML element's '>'; the value quoted, bare or up to the element's
 * '<'. 1 with [*vs, *ve) set, 0 when no value follows. */
static int weak_value_after(const unsigned char *b, size_t ns, size_t ne, size_t le,
			    size_t *vs, size_t *ve)
{
	size_t k = ne;

	if (ns > 0 && b[ns - 1] == '<' && k < le && b[k] == '>') {
		const unsigned char *lt = memchr(b + k + 1, '<', le - k - 1);

		*vs = k + 1;
		*ve = lt ? (size_t)(lt - b) : le;
		return lt && lt + 1 < b + le && lt[1] == '/';
	}
	while (k < le && k - ne < 2 && strchr("\"'`]", b[k]))
		k++;
	k = skip_blanks(b, k, le);
	if (k + 1 < le && (b[k] == '=' || b[k] == ':') &&
	    (b[k + 1] == '>' || b[k + 1] == '='))
		k += b[k] == ':' || b[k + 1] == '>' ? 2 : 0;
	else if (k < le && (b[k] == '=' || b[k] == ':') &&
		 !(k + 1 < le && b[k + 1] == b[k]))
		k++;
	else
		return 0;
	if (k == ne || (b[k - 1] == '=' && k >= 2 && b[k - 2] == '='))
		return 0;
	*vs = skip_blanks(b, k, le);
	if (!quoted(b, *vs, le, vs, ve))
		*ve = bare_value(b, *vs, le);
	while (*ve > *vs && strchr(";,", b[*ve - 1]))
		(*ve)--;
	return *ve > *vs;
}

/* The kind of credential two words of a comment or a heading name
 * (`SAS key`, `storage account key`, `Passwort`, `API token`): the words
 * b[s1..e1) and b[s2..e2) joined by '_' (s2 == e2: the first alone), as
 * weak_secret_name() reads a name, or a strong name's last words. */
static enum weak_kind phrase_kind(const unsigned char *b, size_t s1, size_t e1, size_t s2,
				  size_t e2)
{
	static const char *const strong_heads[] = { "api",	  "access",  "account",
						    "secret",	  "app",     "master",
						    "encryption", "signing", "auth",
						    NULL };
	unsigned char name[NAME_MAX_LEN + 1];
	size_t n = e1 - s1, m = e2 - s2;

	if (n + m + 1 > NAME_MAX_LEN)
		return WEAK_NONE;
	if (m == 0 && (word_among(b, s1, e1,
				  (const char *const[]){ "password", "passwd",
							 "passphrase", NULL })))
		return WEAK_PASSWORD;
	if (m == 0)
		return weak_secret_name(b + s1, n);
	if (word_among(b, s2, e2, (const char *const[]){ "token", "secret", NULL }) ||
	    (equal_ci(b + s2, "key", 3) && m == 3 && word_among(b, s1, e1, strong_heads)))
		return WEAK_KEY;
	if (word_among(b, s2, e2,
		       (const char *const[]){ "password", "passphrase", NULL }))
		return WEAK_PASSWORD;
	memcpy(name, b + s1, n);
	name[n] = '_';
	memcpy(name + n + 1, b + s2, m);
	return weak_secret_name(name, n + 1 + m);
}

/* The value on the line after the one ending at b[le] (a heading's: after
 * one blank line at most) under a neutral name (`value: "…"`, `- default
 * = …`) or alone: [*vs, *ve); 0 when none. */
static int value_below(const unsigned char *b, size_t len, size_t le, int heading,
		       size_t *vs, size_t *ve)
{
	size_t at = le + 1, cle, ns, ne;

	if (le >= len || at >= len)
		return 0;
	cle = content_end(b, len, at);
	if (heading && skip_blanks(b, at, cle) == cle && cle < len) {
		at = line_end(b, len, at) + 1;
		if (at >= len)
			return 0;
		cle = content_end(b, len, at);
	}
	ns = skip_blanks(b, at, cle);
	if (ns + 1 < cle && b[ns] == '-' && b[ns + 1] == ' ')
		ns = skip_blanks(b, ns + 2, cle);
	for (ne = ns; ne < cle && ident_byte(b[ne]); ne++)
		;
	if (ne > ns && neutral_name(b + ns, ne - ns))
		return weak_value_after(b, ns, ne, cle, vs, ve);
	/* alone under a heading; under a comment it is the file's own (a
	 * password file's first line a note, the password below it) */
	return heading && lone_value(b, at, cle, vs, ve);
}

/* Where the comment's or heading's text starts on the line b[ls..le)
 * (`#`, `;`, `//`, `--` then a blank), *heading set for `##`; 0 when the
 * line is none. */
static size_t comment_words(const unsigned char *b, size_t ls, size_t le, int *heading)
{
	size_t i = skip_blanks(b, ls, le);

	if (i + 2 > le ||
	    !(b[i] == '#' || b[i] == ';' || (b[i] == '/' && b[i + 1] == '/') ||
	      (b[i] == '-' && b[i + 1] == '-')))
		return 0;
	*heading = b[i] == '#' && b[i + 1] == '#';
	while (i < le && strchr("#;/-", b[i]))
		i++;
	return i < le && (b[i] == ' ' || b[i] == '\t') ? i : 0;
}

/* Whether the credential's words of a comment end at b[e] on the line
 * b[..le): the line ends, or a mark or a word that goes on a phrase
 * follows (`SAS key for the blob`, `Passwort (Produktion):`); not a word
 * that says which property of it the line is about (`Password policy`,
 * `SAS key length`). */
static int phrase_ends(const unsigned char *b, size_t e, size_t le)
{
	static const char *const joins[] = { "for",  "of",   "to",  "on",   "in",  "at",
					     "used", "is",   "was", "from", "fur", "para",
					     "pour", "voor", "dla", NULL };
	size_t k = skip_blanks(b, e, le), w;

	if (k == le || strchr(":=(-,.", b[k]))
		return 1;
	for (w = k; w < le && isalpha(b[w]); w++)
		;
	return w > k && word_among(b, k, w, joins);
}

/* The kind of credential the comment or heading on the line b[ls..le)
 * names in words (`# SAS key for the telemetry blob`, `## Storage account
 * key`), its first words that name one and end its phrase; their span in
 * [*name_s, *name_e), *heading set for a heading. WEAK_NONE when none. */
static enum weak_kind comment_phrase(const unsigned char *b, size_t ls, size_t le,
				     size_t *name_s, size_t *name_e, int *heading)
{
	size_t i, k, ws[2] = { 0, 0 }, we[2] = { 0, 0 }, ns = 0, words = 0;
	enum weak_kind kind = WEAK_NONE;

	if (!(i = comment_words(b, ls, le, heading)))
		return WEAK_NONE;
	/* the first words that name one and end its phrase: a pair of
	 * words (SAS key), else a word alone (Passwort) */
	for (k = i; k < le && kind == WEAK_NONE && words < 16; words++) {
		while (k < le && !weak_name_byte(b[k]))
			k++;
		ws[1] = k;
		while (k < le && (isalnum(b[k]) || b[k] >= 0x80))
			k++;
		we[1] = k;
		if (we[1] == ws[1])
			break;
		if (!phrase_ends(b, we[1], le))
			kind = WEAK_NONE;
		else if (words &&
			 (kind = phrase_kind(b, ws[0], we[0], ws[1], we[1])) != WEAK_NONE)
			ns = ws[0];
		else if ((kind = phrase_kind(b, ws[1], we[1], we[1], we[1])) != WEAK_NONE)
			ns = ws[1];
		ws[0] = ws[1];
		we[0] = we[1];
	}
	*name_s = ns;
	*name_e = we[0];
	return kind;
}

/*
 * A comment or a heading that names a credential in words (`# SAS key for
 * the telemetry blob`, `## Storage account key`), then, on the next line
 * (a heading's: after one blank line at most), its value under a neutral
 * name (`value: "…"`, `default = …`) or alone: the value named by the
 * words, judged by the weak name's bar. On the line b[ls..le) of b[0..len).
 */
static int comment_phrase_value(const unsigned char *b, size_t len, size_t ls, size_t le,
				struct kh_layer *l)
{
	size_t ns, ne, vs, ve;
	const char *suffix;
	int heading = 0;
	enum weak_kind kind = comment_phrase(b, ls, le, &ns, &ne, &heading);

	if (kind == WEAK_NONE || !value_below(b, len, le, heading, &vs, &ve) ||
	    !(suffix = weak_value_suffix(kind, b + vs, ve - vs)))
		return 0;
	return emit_named(l, b, ns, ne, suffix, vs, ve);
}

/* Whether s[0..n) is a key in a service's plain formats that a weak name
 * alone does not vouch for: 32 to 64 hex digits (digits and letters both),
 * or a UUID. */
static int hex_or_uuid_key(const unsigned char *s, size_t n)
{
	size_t i;

	if (n == 36) { /* 8-4-4-4-12 */
		for (i = 0; i < n; i++)
			if (i == 8 || i == 13 || i == 18 || i == 23 ? s[i] != '-'
								    : !isxdigit(s[i]))
				return 0;
		return 1;
	}
	return n >= 32 && n <= 64 && mixed_hex(s, n);
}

/* Whether the line above b[ls] is a comment whose words name a key, a
 * token or a secret (`# kaggle api key (rotate …)`, `-- gitea access
 * token`): a weak name's value below it is that credential. */
static int comment_above_names_key(const unsigned char *b, size_t ls)
{
	static const char *const digests[] = { "sha",	   "hash",	  "digest", "md5",
					       "checksum", "fingerprint", NULL };
	size_t ps, pe, ns, ne, k;
	int heading = 0;

	if (ls < 2 || b[ls - 1] != '\n')
		return 0;
	pe = ls - 1 - (b[ls - 2] == '\r');
	ps = line_start_within(b, pe, 256);
	if (ps > pe || comment_phrase(b, ps, pe, &ns, &ne, &heading) != WEAK_KEY)
		return 0;
	/* not a digest of it (`# SHA-256 of the api key`, `# md5 of the token`) */
	for (k = 0; digests[k]; k++)
		if (kh_contains_ci(b + ps, pe - ps, digests[k], 0))
			return 0;
	return 1;
}

/* Whether the name b[s..e) is a function's parameter named key or token
 * whose default follows: Python's `def metar(station, key="…"):`,
 * JavaScript's `function f(token = "…")`; the definition starts the line
 * b[ls..). */
static int keyed_parameter(const unsigned char *b, size_t ls, size_t s, size_t e)
{
	size_t k, i;

	if (!((e - s == 3 && !memcmp(b + s, "key", 3)) ||
	      (e - s == 5 && !memcmp(b + s, "token", 5))))
		return 0; /* most names: out at once */
	k = skip_blanks_back(b, s, ls);
	i = skip_blanks(b, ls, s);
	if (k == ls || (b[k - 1] != '(' && b[k - 1] != ','))
		return 0;
	if (word_at(b, i, s, "async"))
		i = skip_blanks(b, i + 5, s);
	return word_at(b, i, s, "def") || word_at(b, i, s, "function");
}

/* (shape_internal.h) */
int weak_name_line(const unsigned char *b, size_t len, size_t ls, size_t le,
		   struct kh_layer *l)
{
	static const unsigned char value_may_follow[256] = {
		[0] = 1,   ['"'] = 1,  ['\''] = 1, ['`'] = 1, [']'] = 1,
		[' '] = 1, ['\t'] = 1, ['='] = 1,  [':'] = 1, ['>'] = 1
	};
	size_t k, ne, vs, ve;
	enum weak_kind kind;
	const char *suffix;
	int r = comment_phrase_value(b, len, ls, le, l);

	for (k = ls; k < le && r == 0; k = ne) {
		if (!weak_name_byte(b[k]) || (k > ls && weak_name_byte(b[k - 1])) ||
		    b[k] == '-' || b[k] == '.') {
			ne = k + 1;
			continue;
		}
		for (ne = k; ne < le && ne - k <= NAME_MAX_LEN && weak_name_byte(b[ne]);
		     ne++)
			;
		while (ne > k && (b[ne - 1] == '.' || b[ne - 1] == '-'))
			ne--;
		if (ne == k) {
			ne = k + 1;
			continue;
		}
		/* weak_value_after() needs a quote, a blank, '=', ':' or an
		 * element's '>' right after the name (or a NUL, which its
		 * strchr() takes for a quote): most names of a minified line
		 * are out by that byte before their words are read */
		if (ne >= le || !value_may_follow[b[ne]])
			continue;
		if (!(kind = weak_secret_name(b + k, ne - k)) &&
		    keyed_parameter(b, ls, k, ne))
			kind = WEAK_KEY;
		if (!kind || !weak_value_after(b, k, ne, le, &vs, &ve))
			continue;
		/* a cred in code is a struct's (the kernel's wr_cred =
		 * T3C_DATA(…)): a literal's, or a setting's that starts its
		 * line */
		if (kind == WEAK_CRED && b[vs - 1] != '"' && b[vs - 1] != '\'' &&
		    skip_blanks(b, ls, le) != k)
			continue;
		if ((suffix = weak_value_suffix(kind, b + vs, ve - vs)) ||
		    /* a plain format a comment above vouches for */
		    ((kind == WEAK_KEY || kind == WEAK_CRED) &&
		     hex_or_uuid_key(b + vs, ve - vs) && comment_above_names_key(b, ls) &&
		     (suffix = "_secret")))
			r = emit_named(l, b, k, ne, suffix, vs, ve);
	}
	return r;
}

/* (shape_internal.h) */
int weak_name_named(struct kh_hit *h)
{
	const unsigned char *b = h->b;
	size_t len = h->len, last = h->last;
	size_t s = last, e = last + 1;

	/* a keyword that ends in its glue (tok =): the name before it */
	while (s > 0 && last - s < 3 && !weak_name_byte(b[s]))
		s--;
	if (!weak_name_byte(b[s]))
		return 0;
	if (s < last) { /* (the name before its glue) */
		e = s + 1;
		while (s > 0 && last - s < NAME_MAX_LEN && weak_name_byte(b[s - 1]))
			s--;
		while (e < len && e - s < NAME_MAX_LEN && weak_name_byte(b[e]))
			e++;
	} else {
		s = hit_name_start(h, HIT_WEAK, NAME_MAX_LEN);
		e = hit_name_end(h, HIT_WEAK, s + NAME_MAX_LEN);
	}
	if (weak_secret_name(b + s, e - s) != WEAK_NONE ||
	    keyed_parameter(b, line_start_within(b, s, 256), s, e))
		return 1;
	/* a comment's or a heading's words naming the value below it */
	{
		size_t ls = hit_line_start(h, 256), le, vs, ve;
		int heading;

		if (ls > last)
			return 0;
		le = content_end(b, len, ls);
		return comment_words(b, ls, le, &heading) &&
		       value_below(b, len, le, heading, &vs, &ve);
	}
}
