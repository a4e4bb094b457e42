#include "shape.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "decode.h"
#include "rules.h"
#include "util.h"
#include "validate.h"

#define NAME_MAX_LEN 64

/* c in lower case, ASCII only (the C locale's tolower, without a call). */
static unsigned char ascii_lower(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

/* Whether a[0..n) is w[0..n), ASCII case aside: strncasecmp's answer in
 * the C locale, without a call (the readers compare short words at
 * every name, and most differ at the first byte). */
static int equal_ci(const unsigned char *a, const char *w, size_t n)
{
	size_t j;

	for (j = 0; j < n; j++)
		if (ascii_lower(a[j]) != ascii_lower((unsigned char)w[j]))
			return 0;
	return 1;
}

static int ident_byte(unsigned char c)
{
	/* isalnum() of the C locale by arithmetic: no call a byte */
	return (unsigned)((c | 0x20) - 'a') < 26 || (unsigned)(c - '0') < 10 ||
	       c == '_' || c == '-' || c == '.';
}

/*
 * Whether a rule's keywords are names a value stands apart from
 * ("hubspot", "hapikey", "AccountKey"), not the fixed prefix of a token
 * ("sk", "hf_", "://"), which a rule finds wherever it stands. The
 * generic rule's words are everywhere in code: it gets no copies.
 */
static int names_its_secret(const struct kh_rule *r)
{
	size_t i;

	if (!r->nkeywords)
		return 0;
	for (i = 0; i < r->nkeywords; i++) { /* 4 bytes at least; no strlen a hit */
		const char *k = r->keywords[i];

		if (!k[0] || !k[1] || !k[2] || !k[3])
			return 0;
	}
	return 1;
}

/* The start of the line that holds b[s], looked back on `max` bytes at
 * most (the buffer's start is one), or s + 1 when it starts further back. */
static size_t line_start_within(const unsigned char *b, size_t s, size_t max)
{
	size_t from = s > max ? s - max : 0;
	const unsigned char *nl = memrchr(b + from, '\n', s - from);

	return nl ? (size_t)(nl - b) + 1 : from ? s + 1 : 0;
}

/* The line holding b[i] starts with SQL's INSERT (any case); a line is
 * looked back on NAME_MAX_LEN * 16 bytes at most (a minified file's line
 * is long, and every keyword on it may ask). */
static int in_insert_line(const unsigned char *b, size_t len, size_t i)
{
	size_t ls = line_start_within(b, i, NAME_MAX_LEN * 16);

	if (ls > i)
		return 0;
	while (ls < len && (b[ls] == ' ' || b[ls] == '\t'))
		ls++;
	return ls + 6 <= len && equal_ci(b + ls, "insert", 6);
}

/* Whether the name starting at b[s] is a flag's NAME=VALUE (-e NAME=...,
 * --build-arg NAME=..., --from-literal=NAME=..., --set a.NAME=...). */
static int after_flag(const unsigned char *b, size_t s)
{
	size_t t = s;

	if (t > 0 && b[t - 1] == '=')
		t--;
	else if (t > 0 && b[t - 1] == ' ')
		t = s - 1;
	else
		return 0;
	while (t > 0 && s - t < NAME_MAX_LEN && ident_byte(b[t - 1]))
		t--;
	return t < s - 1 && b[t] == '-';
}

#define SECURE_STRING "ConvertTo-SecureString"

/* Whether PowerShell's ConvertTo-SecureString follows b[k] on its line
 * ($password = ConvertTo-SecureString "..." -AsPlainText -Force). */
static int plain_text_secure_string(const unsigned char *b, size_t len, size_t k)
{
	size_t n = strlen(SECURE_STRING), end = k + NAME_MAX_LEN;
	const unsigned char *nl;

	if (end > len)
		end = len;
	nl = memchr(b + k, '\n', end - k);
	if (nl)
		end = (size_t)(nl - b);
	for (; k + n <= end; k++)
		if ((b[k] == 'C' || b[k] == 'c') &&
		    !strncasecmp((const char *)b + k, SECURE_STRING, n))
			return 1;
	return 0;
}

/*
 * Whether a generic keyword ending at b[last] ends an XML element's or a
 * quoted name (<apiKey>, key="ApiKey" value=, {"key": "api_token",
 * "value": ...}, ('api_key', '...') in SQL, getenv("API_KEY", "...")) or
 * an env fallback's (process.env.API_KEY || "..."), the rest of the name
 * maybe after the keyword (<amplitudeSecretKey>, "secret_key"), a CSV
 * row's or header's name (api_token,... ; id,api_token,...), an INSERT's
 * column, a URL query's (?api_token=...), a connection string's
 * (;Password=...), a flag's (--password=..., --api-key ..., -e API_TOKEN=...),
 * a PowerShell variable's ($password = ConvertTo-SecureString "...") or a `set`
 * command's (aws configure set aws_secret_access_key ...): the generic
 * rule reads `name = value` only, so such lines get a copy in that form.
 */
static int credential_name(const unsigned char *s, size_t n);
static size_t quoted(const unsigned char *b, size_t i, size_t le, size_t *s, size_t *e);
static size_t skip_blanks(const unsigned char *b, size_t i, size_t le);
static size_t skip_blanks_back(const unsigned char *b, size_t i, size_t ls);

/* Where the last part of the callee b[cs..ce) starts: after its last
 * '.', '::' or '\' (ds.setPassword, Hubspot\Factory::create). */
static size_t last_part(const unsigned char *b, size_t cs, size_t ce)
{
	while (ce > cs && ident_byte(b[ce - 1]) && b[ce - 1] != '.')
		ce--;
	return ce;
}

/*
 * Whether the callee b[cs..ce) sets a credential: its last part is set or
 * with and a credential's name (ds.setPassword, .withApiKey,
 * set_token, $client->setAccessToken).
 */
static int credential_setter(const unsigned char *b, size_t cs, size_t ce)
{
	size_t last = last_part(b, cs, ce), n = ce - last;

	if (n > 4 && !strncasecmp((const char *)b + last, "set", 3) &&
	    (isupper(b[last + 3]) || b[last + 3] == '_'))
		last += 3;
	else if (n > 5 && !strncasecmp((const char *)b + last, "with", 4) &&
		 (isupper(b[last + 4]) || b[last + 4] == '_'))
		last += 4;
	else
		return 0;
	return credential_name(b + last, ce - last);
}

/*
 * Whether the callee b[cs..ce) is a builder's method named for its
 * credential field (Cloudinary.builder().apiSecret("..."), a chain's
 * `.clientSecret("...")` line): a call on a call's result or on the line
 * above, named for a credential with a noun first (apiSecret, token,
 * clientSecret; not getToken, validateApiKey, client.secret).
 */
static int builder_field(const unsigned char *b, size_t cs, size_t ce)
{
	static const char *firsts[] = {
		"api",	    "client",	  "access", "secret",	"auth",	     "app",
		"private",  "account",	  "master", "signing",	"consumer",  "session",
		"service",  "bot",	  "admin",  "license",	"user",	     "password",
		"passwd",   "passphrase", "token",  "key",	"db",	     "smtp",
		"personal", "server",	  "shared", "merchant", "developer", "oauth",
		"refresh",  "rest",	  "live",   "prod",	"webhook",   NULL
	};
	size_t last = last_part(b, cs, ce), w, k;

	if (last != cs + 1 || b[cs] != '.' || !credential_name(b + last, ce - last))
		return 0;
	for (w = last; w < ce && islower(b[w]); w++)
		; /* the first word: apiSecret's api, api_key's api */
	for (k = 0; firsts[k]; k++)
		if (w - last == strlen(firsts[k]) &&
		    !strncmp((const char *)b + last, firsts[k], w - last))
			return 1;
	return 0;
}

/* Whether the method b[cs..ce) is named for two values, the credential
 * last (Plaid's clientIdAndSecret, a keyAndSecret, userAndPassword). */
static int pair_method(const unsigned char *b, size_t cs, size_t ce)
{
	const unsigned char *a = kh_memmem(b + cs, ce - cs, "And", 3);

	return a && a > b + cs && a + 3 < b + ce && isupper(a[3]);
}

/* The string argument after the one ending at *ve, on the line ending at
 * le: its content in [*vs, *ve), or 0 when none follows. */
static int next_string(const unsigned char *b, size_t le, size_t *vs, size_t *ve)
{
	size_t at = skip_blanks(b, *ve + 1, le);

	return at < le && b[at] == ',' &&
	       quoted(b, skip_blanks(b, at + 1, le), le, vs, ve);
}

/*
 * A DSL's line of a name and its value apart, as Gradle's signing
 * configs write them: the name b[ns..ne) first on its line, blanks, one
 * quoted string, nothing after it but blanks or `;`. Its quotes' content
 * goes in [*vs, *ve).
 */
static int dsl_value(const unsigned char *b, size_t len, size_t ns, size_t ne, size_t *vs,
		     size_t *ve)
{
	size_t k = skip_blanks_back(b, ns, 0), end;

	if ((k > 0 && b[k - 1] != '\n') || ne >= len || (b[ne] != ' ' && b[ne] != '\t'))
		return 0;
	if (!(end = quoted(b, skip_blanks(b, ne, len), len, vs, ve)))
		return 0;
	while (end < len &&
	       (b[end] == ' ' || b[end] == '\t' || b[end] == ';' || b[end] == '\r'))
		end++;
	return end == len || b[end] == '\n';
}

static int typed_value(const unsigned char *b, size_t le, size_t k, size_t *vs,
		       size_t *ve);
static int apart_named(const unsigned char *b, size_t len, size_t last);
static int emit_split(struct kh_layer *l, const unsigned char *b, size_t ns, size_t ne,
		      size_t vs, size_t ve);
static int line_ends_at(const unsigned char *b, size_t len, size_t k);
static size_t concat_next(const unsigned char *b, size_t k, size_t le);
static int block_scalar_at(const unsigned char *b, size_t len, size_t k);
static int neutral_name(const unsigned char *s, size_t n);
static int list_below(const unsigned char *b, size_t len, size_t k);

/* The start of the line that holds b[s], looked back on NAME_MAX_LEN
 * bytes at most (a name sits near its line's start), or s + 1 when it
 * starts further back. */
static size_t near_line_start(const unsigned char *b, size_t s)
{
	/* the bytes before s, and the one before those NAME_MAX_LEN */
	size_t from = s > NAME_MAX_LEN ? s - NAME_MAX_LEN - 1 : 0;
	const unsigned char *nl = memrchr(b + from, '\n', s - from);

	return nl ? (size_t)(nl - b) + 1 : s <= NAME_MAX_LEN ? 0 : s + 1;
}

/* Whether b[c] (a ',') follows a host's port, as a StackExchange.Redis
 * string starts (cache.internal:6380,password=...). */
static int after_port(const unsigned char *b, size_t c)
{
	size_t k = c;

	while (k > 0 && c - k < 5 && isdigit(b[k - 1]))
		k--;
	return c - k >= 2 && k > 0 && b[k - 1] == ':';
}

/* Whether b[k] ends a JSON object's name: `": {`. */
static int json_parent_at(const unsigned char *b, size_t len, size_t k)
{
	if (k >= len || (b[k] != '"' && b[k] != '\''))
		return 0;
	for (k++; k < len && (b[k] == ' ' || b[k] == '\t'); k++)
		;
	if (k >= len || b[k] != ':')
		return 0;
	for (k++; k < len && (b[k] == ' ' || b[k] == '\t'); k++)
		;
	return k < len && b[k] == '{';
}

/* Whether a `Default:` key follows b[k] within a few lines (a
 * CloudFormation parameter's), or a `value:` (a GitLab CI variable's). */
static int default_below(const unsigned char *b, size_t len, size_t k)
{
	size_t n = len - k < 400 ? len - k : 400;

	return kh_memmem(b + k, n, "Default:", 8) || kh_memmem(b + k, n, "default:", 8) ||
	       kh_memmem(b + k, n, " value:", 7);
}

/* Whether b[k] (after a name) is followed on its line by a word of
 * debconf's types and a value: `mysql-server/root_password password ...`. */
static int debconf_type_after(const unsigned char *b, size_t len, size_t k)
{
	return k + 10 < len && b[k] == ' ' && !memcmp(b + k + 1, "password ", 9) &&
	       b[k + 10] != ' ' && b[k + 10] != '\n';
}

static size_t string_prefix(const unsigned char *b, size_t i, size_t ls, size_t le);

/* Whether `= ` or `: ` and a string literal with a prefix (C#'s @"...",
 * Rust's r#"..."#) follow a name ending before b[k]: the rules read the
 * plain copy plain_strings() makes. */
static int prefixed_string_after(const unsigned char *b, size_t len, size_t k)
{
	k = skip_blanks(b, k, len);
	if (k + 1 >= len || (b[k] != '=' && b[k] != ':') || b[k + 1] == '=')
		return 0;
	k = skip_blanks(b, k + 1, len);
	return k < len && (b[k] == '@' || b[k] == 'r' || b[k] == '$') &&
	       string_prefix(b, k, k, len);
}

/* The byte that closes an Elixir sigil opened by c (~s(...), ~S[...]),
 * or 0. */
static unsigned char sigil_close(unsigned char c)
{
	static const char opens[] = "([{<\"'|/", closes[] = ")]}>\"'|/";
	const char *o = c ? strchr(opens, c) : NULL;

	return o ? (unsigned char)closes[o - opens] : 0;
}

/* Whether an Elixir string sigil (~s(, ~S[) follows b[k], a name's end
 * and its ':' or blank. */
static int sigil_after(const unsigned char *b, size_t len, size_t k)
{
	k = skip_blanks(b, k + (b[k] == ':'), len);
	return k + 2 < len && b[k] == '~' && (b[k + 1] == 's' || b[k + 1] == 'S') &&
	       sigil_close(b[k + 2]);
}

/* Whether the name b[s..] holding the keyword ending at b[last] is a shell
 * parameter's with a default: ${NAME:-...}, ${NAME:=...}, ${NAME-...},
 * ${NAME=...}. */
static int shell_default_named(const unsigned char *b, size_t len, size_t s, size_t last)
{
	size_t j = last + 1;

	if (s < 2 || b[s - 1] != '{' || b[s - 2] != '$')
		return 0;
	while (j < len && (isalnum(b[j]) || b[j] == '_'))
		j++;
	if (j < len && b[j] == ':')
		j++;
	return j < len && (b[j] == '-' || b[j] == '=');
}

/* Prose's aside between a credential's word and its value, "(expires in
 * 60 min)", that starts at b[k]: where it ends, or k where none does
 * within PROSE_ASIDE_MAX bytes on the line. */
#define PROSE_ASIDE_MAX 48
static size_t prose_aside_end(const unsigned char *b, size_t len, size_t k)
{
	size_t j;

	if (k >= len || b[k] != '(')
		return k;
	for (j = k + 1; j < len && j - k < PROSE_ASIDE_MAX; j++) {
		if (b[j] == ')')
			return j + 1;
		if (b[j] == '\n' || b[j] == '`' || b[j] == '(')
			break;
	}
	return k;
}

/* Whether an inline code span follows the word that ends at b[k] in prose:
 * "secret `...`", "token: `...`", "API key ``...``", "token (expires in
 * 60 min): `...`". */
static int prose_span_named(const unsigned char *b, size_t len, size_t k)
{
	if (k + 1 < len && b[k] == ' ' && b[k + 1] == '(') {
		size_t a = prose_aside_end(b, len, k + 1);

		if (a == k + 1)
			return 0;
		k = a;
	}
	if (k < len && b[k] == ':')
		k++;
	if (k >= len || b[k] != ' ')
		return 0;
	while (k < len && b[k] == ' ')
		k++;
	return k < len && b[k] == '`';
}

static int template_named(const unsigned char *b, size_t len, size_t s, size_t k);
static int heading_fence_named(const unsigned char *b, size_t len, size_t k);

static int generic_name_apart(const unsigned char *b, size_t len, size_t last)
{
	size_t k = last + 1, name_end, s = last, vs, ve;

	if (k >= len)
		return 0;
	while (k < len && k < last + 16 && (isalnum(b[k]) || b[k] == '_' || b[k] == '-'))
		k++;
	if (k >= len)
		return 0;
	if (last >= 2 && equal_ci(b + last - 2, "jwt", 3))
		return json_parent_at(b, len, k); /* "Jwt": { "Key": ... } */
	if (b[k] == '>' || b[k] == '"' || b[k] == '\'')
		return 1;
	while (s > 0 && last - s < NAME_MAX_LEN && ident_byte(b[s - 1]))
		s--;
	if (b[s] == '-' && (b[k] == '=' || b[k] == ' '))
		return 1; /* a flag: --password=..., --api-key ... */
	if (b[k] == ' ' && ((s >= 4 && equal_ci(b + s - 4, "set ", 4)) ||
			    (s >= 5 && equal_ci(b + s - 5, "setx ", 5))))
		return 1;
	if ((b[k] == ',' || b[k] == '\r' || b[k] == '\n' || !b[k]) && s > 0 &&
	    b[s - 1] == ',')
		return 1; /* a CSV header's column: id,api_token,... */
	if (b[k] == ',' && (s == 0 || b[s - 1] == '\n'))
		return 1; /* a CSV row: the name starts the line */
	if ((b[k] == ',' || b[k] == ')' || b[k] == ' ' || b[k] == '(' || b[k] == '`' ||
	     b[k] == ']') &&
	    in_insert_line(b, len, s))
		return 1; /* an INSERT's table or column */
	if (b[k] == '=' && after_flag(b, s))
		return 1;
	if (b[k] == '=' && s > 0 && b[s - 1] == ':' && k - s == 9 && b[s] == '_')
		return 1; /* .npmrc's //registry/:_password=<base64> */
	if (b[k] == ' ' && k + 6 < len && !memcmp(b + k, " { get", 6))
		return 1; /* a C# property: Secret { get; set; } = "..." */
	if (b[k] == '(' && (credential_setter(b, s, k) || builder_field(b, s, k)))
		return 1; /* ds.setPassword("..."), .apiSecret("...") */
	if (b[k] == ' ' && dsl_value(b, len, s, k, &vs, &ve))
		return 1; /* Gradle's storePassword "..." */
	if (b[k] == ' ' && s >= 7 && equal_ci(b + s - 7, "header ", 7))
		return 1; /* nginx's proxy_set_header X-Api-Key "..." */
	if (b[k] == ' ' && s >= 7 && equal_ci(b + s - 7, "setenv ", 7))
		return 1; /* Apache's SetEnv DB_PASSWORD ... */
	if (b[k] == ' ' && s >= 9 && !memcmp(b + s - 9, "variable ", 9))
		return 1; /* HCL's variable deploy_token { default = ... } */
	if (debconf_type_after(b, len, k))
		return 1;
	if ((b[k] == ':' || b[k] == ' ') && sigil_after(b, len, k))
		return 1; /* Elixir's api_token: ~s(...), @api_key ~s(...) */
	if ((b[k] == ':' || b[k] == ' ') &&
	    typed_value(b, len - k > 256 ? k + 256 : len, k, NULL, NULL))
		return 1; /* const NAME: &str = "...", var NAME string = "..." */
	if (b[k] == ':' && line_ends_at(b, len, k + 1) && default_below(b, len, k))
		return 1; /* a YAML parent: DbPassword:, its Default: below */
	if (b[k] == ':' && line_ends_at(b, len, k + 1) && list_below(b, len, k))
		return 1; /* api_keys: then `- value` below */
	if (b[k] == ':' && block_scalar_at(b, len, skip_blanks(b, k + 1, len)))
		return 1; /* password: >- then the value below */
	if (s > 0 && b[s - 1] == '$' && (b[k] == ' ' || b[k] == '=') &&
	    plain_text_secure_string(b, len, k))
		return 1;
	if (prefixed_string_after(b, len, k))
		return 1; /* Secret = @"...", KEY: &str = r#"..."# */
	if (shell_default_named(b, len, s, last))
		return 1; /* ${NAME:-...}, ${NAME=...} */
	if (prose_span_named(b, len, k))
		return 1; /* prose: the API token: `...` */
	if (template_named(b, len, s, k))
		return 1; /* NAME={{ . }}, name: {{ … | default "…" }} */
	if (heading_fence_named(b, len, k))
		return 1; /* ## API token, then a fenced block */
	if (b[k] == '=')
		/* a URL's query (?api_token=...&, &password=...), a
		 * connection string's pair (;Password=...; or ; Password=...;,
		 * StackExchange.Redis's host:6380,password=...) */
		return s > 0 && (b[s - 1] == '?' || b[s - 1] == '&' || b[s - 1] == ';' ||
				 (b[s - 1] == ',' && after_port(b, s - 1)) ||
				 (s > 1 && b[s - 1] == ' ' && b[s - 2] == ';'));
	/* process.env.API_KEY || "...", env["TOKEN"] ?? "...",
	 * System.getenv("TOKEN") ?: "...", os.environ.get("KEY") or "..." */
	name_end = k;
	while (k < len && k < name_end + 3 && strchr("\"']}) ", b[k]) && b[k])
		k++;
	return k + 1 < len &&
	       (((b[k] == '|' || b[k] == '?') && b[k + 1] == b[k]) ||
		/* Crystal's ENV["NAME"]? || "...", Ruby's ENV.fetch("NAME") { "..." } */
		(b[k] == '?' && k + 3 < len && b[k + 1] == ' ' && b[k + 2] == '|' &&
		 b[k + 3] == '|') ||
		(b[k] == '{' && s >= 7 && !memcmp(b + s - 7, "fetch(", 6)) ||
		/* Perl's defined-or after its hash: $ENV{NAME} // "..." */
		(b[k] == '/' && b[k + 1] == '/' &&
		 memchr(b + name_end, '}', k - name_end)) ||
		/* Kotlin's elvis after a call (not TypeScript's optional
		 * `token?: string`); or after a call, before a string (not
		 * prose) */
		(b[k] == '?' && b[k + 1] == ':' &&
		 memchr(b + name_end, ')', k - name_end)) ||
		(k + 3 < len && b[k] == 'o' && b[k + 1] == 'r' && b[k + 2] == ' ' &&
		 b[k - 1] == ' ' && (b[k + 3] == '"' || b[k + 3] == '\'') &&
		 memchr(b + name_end, ')', k - name_end)));
}

/* A byte of a bearer token (RFC 6750's b64token, its '=' padding aside). */
static int b64token_byte(unsigned char c)
{
	return isalnum(c) || (c && strchr("-._~+/", c));
}

/*
 * Whether a literal credential follows b[k], the end of Bearer (or of
 * nginx's and Apache's `Authorization `, bearer 0): " <token>" or, after
 * Bearer, a C# argument list ("Bearer", "...") or a call
 * (bearer_auth("...")); not the word in prose or before a variable.
 */
static int literal_follows(const unsigned char *b, size_t len, size_t k, int bearer)
{
	size_t n;

	if (k >= len)
		return 0;
	if (!bearer) { /* Authorization "Basic ...": a scheme, then its value */
		if (b[k] != '"' && b[k] != '\'')
			return 0;
		for (n = k + 1; n < len && n - k < 24 && isalpha(b[n]); n++)
			;
		return n > k + 1 && n + 1 < len && b[n] == ' ' && b64token_byte(b[n + 1]);
	}
	if (b[k] == ' ' && k + 1 < len && (b[k + 1] == '"' || b[k + 1] == '\''))
		return concat_next(b, k + 2, len) != 0; /* "Bearer " + "..." */
	if (b[k] == ' ') {
		for (n = k + 1; n < len && n - k <= 16 && b64token_byte(b[n]); n++)
			;
		return n - k > 16;
	}
	if (b[k] == '"' || b[k] == '\'') {
		n = k + 1;
		while (n < len && (b[n] == ' ' || b[n] == '\t'))
			n++;
		return n < len && b[n] == ',';
	}
	for (n = k; n < len && n - k < 8 && (isalnum(b[n]) || b[n] == '_'); n++)
		;
	return n < len && b[n] == '(';
}

/*
 * Whether b[last] ends a command or call that hands over a credential
 * whatever the provider (curl, a login, NetworkCredential, an
 * Authorization header): the generic rule's keywords include these words,
 * so the prefilter's one pass finds them.
 */
static inline int hands_over_credentials(const unsigned char *b, size_t len, size_t last)
{
	static const struct {
		const char *word;
		size_t n;
		int literal; /* 1 for Bearer, 2 for nginx's: literal_follows */
	} words[] = { { "curl", 4, 0 },
		      { "login", 5, 0 },
		      { "->auth(", 7, 0 },
		      { "credential(", 11, 0 },
		      { "basicauth(", 10, 0 },
		      { "auth=(", 6, 0 },
		      { "auth = (", 8, 0 },
		      { "authorization:", 14, 0 },
		      { "authorization\"", 14, 0 }, /* a JSON or Python log of headers */
		      { "authorization'", 14, 0 },
		      { "authorization ", 14, 2 }, /* nginx's, Apache's headers */
		      { "bearer", 6, 1 } };
	/* the words' last bytes, case aside: every keyword hit comes here,
	 * and its last byte rules out most at once */
	static const unsigned char ends[256] = {
		['l'] = 1, ['L'] = 1,  ['n'] = 1, ['N'] = 1, ['('] = 1, [':'] = 1,
		['"'] = 1, ['\''] = 1, [' '] = 1, ['r'] = 1, ['R'] = 1
	};
	size_t w, j;

	if (last >= len || !ends[b[last]])
		return 0;
	for (w = 0; w < sizeof(words) / sizeof(words[0]); w++) {
		const char *word = words[w].word;
		size_t n = words[w].n, at = last + 1 - n;

		if (last + 1 < n)
			continue;
		for (j = n;
		     j > 0 && ascii_lower(b[at + j - 1]) == (unsigned char)word[j - 1];
		     j--)
			; /* from the last byte back: most differ at once */
		if (!j)
			return !words[w].literal ||
			       literal_follows(b, len, last + 1, words[w].literal == 1);
	}
	return 0;
}

static int less_common_named(const unsigned char *b, size_t len, size_t last);
static int hidden_name_named(const unsigned char *b, size_t len, size_t last);
static int hidden_name_line(const unsigned char *b, size_t ls, size_t le,
			    struct kh_layer *l);
static int code_shape_named(const unsigned char *b, size_t len, size_t last);
static int code_shape_line(const unsigned char *b, size_t len, size_t ls, size_t le,
			   struct kh_layer *l);
static int code_glue_named(const unsigned char *b, size_t len, size_t last);
static int code_glue_line(const unsigned char *b, size_t ls, size_t le,
			  struct kh_layer *l);
static int any_glue_named(const unsigned char *b, size_t len, size_t last);
static int any_glue_line(const unsigned char *b, size_t len, size_t ls, size_t le,
			 struct kh_layer *l);
static int syntax_named(const unsigned char *b, size_t len, size_t last);
static int syntax_line(const unsigned char *b, size_t len, size_t ls, size_t le,
		       struct kh_layer *l);
static int line_glue_named(const unsigned char *b, size_t len, size_t last);
static int line_glue_line(const unsigned char *b, size_t ls, size_t le,
			  struct kh_layer *l);

/*
 * Whether the keyword ending at b[last] is a word and a mark (pass =,
 * creds:) the generic rules read only in a compound: "pass" as a
 * camelCase name's Pass (siteAdminPass =; a "pass" of its own or a
 * lower-case word's end, pass = 0 or bypass:, names nothing, and `_pass`
 * has keywords of its own), creds and credentials after a qualifier
 * (db_creds =; C's `*creds = ...` is none).
 */
static int mark_keyword_alone(const unsigned char *b, size_t last)
{
	size_t k = last;

	while (k > 0 &&
	       (b[k] == ' ' || b[k] == '=' || b[k] == ':' || b[k] == '"' || b[k] == '\''))
		k--;
	if (k == last || k < 5 || (b[k] | 0x20) != 's')
		return 0;
	if (equal_ci(b + k - 3, "pass", 4))
		return b[k - 3] != 'P' || !(islower(b[k - 4]) || isdigit(b[k - 4]));
	if (k >= 10 && equal_ci(b + k - 10, "credentials", 11))
		k -= 6; /* k - 4: where the word starts, as for creds */
	else if (!equal_ci(b + k - 4, "creds", 5))
		return 0;
	return k == 4 || !ident_byte(b[k - 5]);
}

static int tuple_named(const unsigned char *b, size_t len, size_t last);
static int credential_tuple(const unsigned char *b, size_t ls, size_t le, size_t i,
			    struct kh_layer *l);

int kh_shape_trigger(const struct kh_rule *r, const unsigned char *b, size_t len,
		     size_t last)
{
	/* a keyword ending in '-' before '>' is C's key->field, no name */
	int arrow = b[last] == '-' && last + 1 < len && b[last + 1] == '>';

	if (mark_keyword_alone(b, last) && !tuple_named(b, len, last))
		return 0;
	/* decided once: a provider's keyword names its secret or hands one
	 * over, or a syntax reader sees its name; only the generic rule's words
	 * wake the readers of names apart (the *_named() below: generic hits
	 * only) */
	if (r->provider[0] != 'g' || !kh_rule_is_generic(r))
		return (names_its_secret(r) && !arrow) ||
		       hands_over_credentials(b, len, last) || syntax_named(b, len, last);
	return hands_over_credentials(b, len, last) || generic_name_apart(b, len, last) ||
	       less_common_named(b, len, last) || hidden_name_named(b, len, last) ||
	       code_shape_named(b, len, last) || code_glue_named(b, len, last) ||
	       any_glue_named(b, len, last) || syntax_named(b, len, last) ||
	       apart_named(b, len, last) || line_glue_named(b, len, last) ||
	       tuple_named(b, len, last);
}

/* ---- names and values apart --------------------------------------------- */

/* A name ending in the word "id": the id of a credential
 * (requestApiTokenId, tokenID, ACCESS_KEY_ID, secret-id), not the
 * credential. */
static int id_name(const unsigned char *s, size_t n)
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
 * storage_password, api-token, and one that ends in "pat", a
 * personal access token: AZURE_DEVOPS_PAT, githubPat...). */
static int credential_name(const unsigned char *s, size_t n)
{
	static const char *words[] = { "key", "token", "secret", "pass",
				       "pwd", "auth",  "cred" };
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
static int plausible_value(const unsigned char *s, size_t n)
{
	size_t i;

	if (n < 8 || n > 4096 || s[0] == '$' || s[0] == '-')
		return 0;
	for (i = 0; i < n; i++)
		if (s[i] == ' ' || s[i] == '\t' || s[i] == '<' || s[i] == '>')
			return 0;
	return 1;
}

/* Whether b[s..e) ends with w, case aside (an XML tag's param-name, a
 * name's last word). */
static int ends_ci(const unsigned char *b, size_t s, size_t e, const char *w)
{
	size_t n = strlen(w);

	return e - s >= n && equal_ci(b + e - n, w, n);
}

static inline size_t skip_blanks(const unsigned char *b, size_t i, size_t le)
{
	while (i < le && (b[i] == ' ' || b[i] == '\t'))
		i++;
	return i;
}

static size_t skip_blanks_back(const unsigned char *b, size_t i, size_t ls)
{
	while (i > ls && (b[i - 1] == ' ' || b[i - 1] == '\t'))
		i--;
	return i;
}

/* The quoted string starting at b[i] ('"' or '\''): its content in
 * [*s, *e); returns the index after the closing quote, or 0. */
static size_t quoted(const unsigned char *b, size_t i, size_t le, size_t *s, size_t *e)
{
	unsigned char q;
	size_t k;

	if (i >= le || (b[i] != '"' && b[i] != '\''))
		return 0;
	q = b[i];
	for (k = i + 1; k < le; k++) {
		if (b[k] == '\\') {
			k++;
			continue;
		}
		if (b[k] == q) {
			*s = i + 1;
			*e = k;
			return k + 1;
		}
	}
	return 0;
}

/* The quoted string ending just before b[i] (i is after its closing
 * quote): its content in [*s, *e); 1 when there is one. */
static int quoted_before(const unsigned char *b, size_t ls, size_t i, size_t *s,
			 size_t *e)
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

/* An unquoted value from b[i]: up to a blank, quote or closing bracket. */
static size_t bare_value(const unsigned char *b, size_t i, size_t le)
{
	while (i < le && !strchr(" \t\"'}),;]", b[i]) && b[i])
		i++;
	return i;
}

/* A string that holds a quoted literal, as Gradle's buildConfigField
 * takes its value ('"v"', "\"v\""): [*vs, *ve) narrowed to the literal. */
static void unquote_literal(const unsigned char *b, size_t *vs, size_t *ve)
{
	size_t q = *ve - *vs >= 4 && b[*vs] == '\\' && b[*vs + 1] == '"' ? 2 : 1;

	if (*ve - *vs >= 2 * q + 1 && b[*vs + q - 1] == '"' && b[*ve - 1] == '"' &&
	    (q == 1 || b[*ve - 2] == '\\')) {
		*vs += q;
		*ve -= q;
	}
}

/* Puts `name<suffix> = "value"` and its newline in the layer, each byte
 * pointing at its source; with `esc`, an escape byte before the
 * punctuation it escapes is dropped from the value (LaTeX's `\_`).
 * kh_layer_put's result: 0, above 0 when the layer is full, -1. */
static int put_pair(struct kh_layer *l, const unsigned char *b, size_t ns, size_t ne,
		    const char *suffix, size_t vs, size_t ve, unsigned char esc)
{
	static const char eq[] = " = \"";
	size_t k;
	int r = 0;

	for (k = ns; k < ne && r == 0; k++)
		r = kh_layer_put(l, ident_byte(b[k]) ? b[k] : '_', k, k + 1, KH_SHAPE);
	for (k = 0; suffix[k] && r == 0; k++)
		r = kh_layer_put(l, (unsigned char)suffix[k], ne, ne, KH_SHAPE);
	for (k = 0; eq[k] && r == 0; k++)
		r = kh_layer_put(l, (unsigned char)eq[k], vs, vs, KH_SHAPE);
	for (k = vs; k < ve && r == 0; k++) {
		if (esc && b[k] == esc && k + 1 < ve && ispunct(b[k + 1]))
			k++;
		r = kh_layer_put(l, b[k], k, k + 1, KH_SHAPE);
	}
	if (r == 0)
		r = kh_layer_put(l, '"', ve, ve, KH_SHAPE);
	if (r == 0)
		r = kh_layer_put(l, '\n', ve, ve, KH_SHAPE);
	return r;
}

/* Appends `name<suffix> = "value"` (suffix: made up, for SDK calls whose
 * name is the class's, not the credential's). */
static int emit_named(struct kh_layer *l, const unsigned char *b, size_t ns, size_t ne,
		      const char *suffix, size_t vs, size_t ve)
{
	while (ne > ns + 1 && b[ne - 1] == '_')
		ne--; /* PrestaShop's _DB_PASSWD_: its words end before */
	if (vs > ns && kh_is_id_of_pair(b, l->src_len, ns, vs, ve)) {
		/* the id of a pair, its secret nearby: not copied, nor the
		 * part of its name a caller wrote (a path's parents) */
		const unsigned char *nl = l->n ? memrchr(l->text, '\n', l->n) : NULL;

		l->n = nl ? (size_t)(nl - l->text) + 1 : 0;
		return 0;
	}
	return put_pair(l, b, ns, ne, suffix, vs, ve, 0) < 0 ? -1 : 0;
}

static int emit_pair(struct kh_layer *l, const unsigned char *b, size_t ns, size_t ne,
		     size_t vs, size_t ve)
{
	if (!credential_name(b + ns, ne - ns) || !plausible_value(b + vs, ve - vs))
		return 0;
	return emit_named(l, b, ns, ne, "", vs, ve);
}

int kh_shape_emit_as(struct kh_layer *l, const unsigned char *b, size_t ns, size_t ne,
		     const char *suffix, size_t vs, size_t ve)
{
	if (!plausible_value(b + vs, ve - vs))
		return 0;
	return emit_named(l, b, ns, ne, suffix, vs, ve);
}

#define QUERY_STOPS "&# \t\"'<>"

/* Whether the query at b[i] ('?' or '&') belongs to a Firebase Storage
 * download link (…firebasestorage…/o/logo.png?alt=media&token=<uuid>):
 * Firebase hands these out to be embedded in pages and shared, one file
 * each; a link, not an account's credential. */
static int download_link_query(const unsigned char *b, size_t ls, size_t i, size_t le)
{
	size_t from = i - ls > 512 ? i - 512 : ls, to = i + 10 <= le ? i + 10 : le;
	const unsigned char *host = kh_memmem(b + from, i - from, "firebasestorage.", 16);

	return host && kh_memmem(host, (size_t)(b + to - host), "?alt=media", 10);
}

/* b[i] starts a name=value pair that runs to one of `stops`: a URL
 * query's after '?' or '&' (?api_token=...&), a connection string's after
 * ';' (Server=db;User Id=app;Password=...; in ADO.NET, ODBC and JDBC,
 * where a value may be braced: Pwd={...}). */
static int pair_after(struct kh_layer *l, const unsigned char *b, size_t i, size_t le,
		      const char *stops)
{
	size_t ns = i + 1, ne, vs, ve;

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
	for (ve = vs; ve < le && !strchr(stops, b[ve]) && b[ve]; ve++)
		;
	if (ve - vs >= 2 && b[vs] == '{' && b[ve - 1] == '}') {
		vs++;
		ve--;
	}
	return emit_pair(l, b, ns, ne, vs, ve);
}

/* The pair after b[i] == ',' in a StackExchange.Redis configuration
 * string (host:6380,password=...,ssl=True): its value runs to a ',', a
 * quote or the line's end; one that code goes on after (a=f(x),b=g.h(y))
 * is no such pair. */
static int redis_pair(struct kh_layer *l, const unsigned char *b, size_t i, size_t le)
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
static int user_password_call(const unsigned char *b, size_t ls, size_t k, size_t i,
			      size_t *ns, size_t *ne)
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

/* Whether the callee b[cs..ce) hands over a bearer token, its last part
 * saying so: reqwest's .bearer_auth("..."), bearerAuth("..."). */
static int bearer_call(const unsigned char *b, size_t cs, size_t ce)
{
	size_t last = ce;

	while (last > cs && ident_byte(b[last - 1]) && b[last - 1] != '.')
		last--;
	return ce - last >= 6 && !strncasecmp((const char *)b + last, "bearer", 6);
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
static int emit_sdk_call(struct kh_layer *l, const unsigned char *b, size_t ls, size_t cs,
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
static int attribute(const unsigned char *b, size_t from, size_t le, const char *attr,
		     size_t *s, size_t *e)
{
	size_t n = strlen(attr);
	const unsigned char *p = b + from, *end = b + le;

	while (p < end && (p = kh_memmem(p, (size_t)(end - p), attr, n))) {
		size_t i = (size_t)(p - b), k = i + n;

		p++;
		if ((i > from && ident_byte(b[i - 1])) || (k < le && ident_byte(b[k])))
			continue;
		if (k < le && (b[k] == '"' || b[k] == '\''))
			k++;
		k = skip_blanks(b, k, le);
		if (k >= le || (b[k] != '=' && b[k] != ':'))
			continue;
		k = skip_blanks(b, k + 1, le);
		if (quoted(b, k, le, s, e))
			return 1;
	}
	return 0;
}

static size_t line_end(const unsigned char *b, size_t len, size_t i)
{
	const unsigned char *nl = memchr(b + i, '\n', len - i);

	return nl ? (size_t)(nl - b) : len;
}

/* ---- names from the structure around a line ---------------------------- */

/* How far a shape looks for a command's other lines, a YAML key's parents
 * or children, an INI section: bounded, like every loop over input. */
#define CMD_MAX_LINES	8
#define BLOCK_MAX_LINES 40
#define PATH_MAX_DEPTH	6

/*
 * What a plain last name in a path means, said in words the rules read:
 * `[datadog] api = ...` is datadog.api_key, `ansible_ssh_pass` a password,
 * a section's or a table's `key` its secret.
 */
static const char *plain_name_suffix(const unsigned char *s, size_t n)
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
static int emit_path_as(struct kh_layer *l, const unsigned char *b,
			const size_t (*parts)[2], size_t nparts, const char *suffix,
			size_t vs, size_t ve)
{
	size_t i, k, len = 0;
	int r = 0;

	for (i = 0; i < nparts; i++)
		len += parts[i][1] - parts[i][0] + 1;
	if (len > NAME_MAX_LEN + 1 || !plausible_value(b + vs, ve - vs))
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

/* A path's last name that may hold a credential. */
static int path_leaf(const unsigned char *s, size_t n)
{
	return credential_name(s, n) || *plain_name_suffix(s, n);
}

/* The path's copy as it is named when its last name says credential
 * (azure.storage.key), and with the meaning of a plain last name said
 * (azure.storage.key_secret, datadog.api_key, ansible_ssh_password). */
static int emit_path(struct kh_layer *l, const unsigned char *b, const size_t (*parts)[2],
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

static size_t line_start_of(const unsigned char *b, size_t i)
{
	const unsigned char *nl = i ? memrchr(b, '\n', i) : NULL;

	return nl ? (size_t)(nl - b) + 1 : 0;
}

/* The content end of the line starting at ls (without "\r\n"). */
static size_t content_end(const unsigned char *b, size_t len, size_t ls)
{
	size_t le = line_end(b, len, ls);

	return le > ls && b[le - 1] == '\r' ? le - 1 : le;
}

/* Whether a YAML block scalar's header (`>`, `|`, `>-`, `|+`, `|2-`)
 * starts at b[k] and ends its line (a comment aside): the value is on the
 * lines below. */
static int block_scalar_at(const unsigned char *b, size_t len, size_t k)
{
	size_t i = k + 1;

	if (k >= len || (b[k] != '>' && b[k] != '|'))
		return 0;
	while (i < len && i < k + 3 && (b[i] == '-' || b[i] == '+' || isdigit(b[i])))
		i++;
	return line_ends_at(b, len, i);
}

/*
 * The value of the block scalar whose header ends the line at le, its key
 * indented by `indent`: the one line below it, more indented, when the
 * block holds that line only (a token; more lines are text). Its content
 * in [*vs, *ve); 0 when there is no such line.
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
	       skip_blanks(b, next, cle) - next <= indent;
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
	*vs = skip_blanks(b, k + 1, le);
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

/* A parameter's default or value under a parent named for a credential
 * (CloudFormation's `DbPassword:` ... `Default: ...`, GitLab CI's
 * `API_TOKEN:` ... `value: ...`): the parent names it. */
static int default_of_credential(const unsigned char *b, const size_t (*parts)[2],
				 size_t depth, size_t cs, size_t ce)
{
	return depth > 0 && neutral_name(b + cs, ce - cs) &&
	       credential_name(b + parts[depth - 1][0],
			       parts[depth - 1][1] - parts[depth - 1][0]);
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
static int list_item(const unsigned char *b, size_t i, size_t cle, size_t *vs, size_t *ve)
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

/* Whether the line after b[k] (a name's ':' that ends its line) is a list
 * item: api_keys: then `- value`. */
static int list_below(const unsigned char *b, size_t len, size_t k)
{
	size_t at = line_end(b, len, k) + 1, vs, ve;

	return at < len &&
	       list_item(b, skip_blanks(b, at, len), content_end(b, len, at), &vs, &ve);
}

static int yaml_parents(const unsigned char *b, size_t len, size_t ls, size_t le,
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
		size_t pi, pns, pne, pvs, pve, pls = line_start_of(b, at - 1);

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
	if ((depth > 1 || block) && vs < ve && path_leaf(b + ns, ne - ns) &&
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
static int brace_parents(const unsigned char *b, size_t len, size_t ls, size_t le,
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
static int ini_sections(const unsigned char *b, size_t len, size_t ls, size_t le,
			struct kh_layer *l)
{
	size_t parts[2][2], at, n, vs, ve;

	if (ini_key(b, ls, le, &parts[1][0], &parts[1][1], &vs, &ve)) {
		if (!path_leaf(b + parts[1][0], parts[1][1] - parts[1][0]))
			return 0;
		for (at = ls, n = 0; at > 0 && n < BLOCK_MAX_LINES; n++) {
			at = line_start_of(b, at - 1);
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
		*cs = line_start_of(b, *cs - 1);
	}
	*ce = le;
	for (n = 0; n<CMD_MAX_LINES && * ce> * cs && b[*ce - 1] == '\\' && *ce < len; n++)
		*ce = content_end(b, len, line_end(b, len, *ce) + 1);
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

/* b[i..e) starts with word w (case-insensitively), not inside a longer one. */
static int word_at(const unsigned char *b, size_t i, size_t e, const char *w)
{
	size_t n;

	if (i >= e || ascii_lower(b[i]) != ascii_lower((unsigned char)w[0]))
		return 0; /* most: at the first byte */
	n = strlen(w);
	return i + n <= e && equal_ci(b + i, w, n) && (i == 0 || !ident_byte(b[i - 1])) &&
	       (i + n == e || !ident_byte(b[i + n]));
}

/* Whether s[0..n) keeps to the characters tokens are written in (base64,
 * base64url, hex, JWTs, key:secret pairs): a call, a JSDoc type union or
 * an HTML entity (toBase64Url(auth, PrivateKey|String, &#39;) is code. */
static int token_chars(const unsigned char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!isalnum(s[i]) && (!s[i] || !strchr("-._~+/=:%", s[i])))
			return 0;
	return 1;
}

/* A password is shorter than a token may be; both are one word, and a
 * token one of token characters. */
static int plausible_credential(const unsigned char *s, size_t n, int password)
{
	return n >= (password ? 6u : 8u) && (n >= 8 || s[0] != '$') &&
	       (password || token_chars(s, n)) &&
	       (n < 8 ? !memchr(s, ' ', n) && !memchr(s, '<', n) : plausible_value(s, n));
}

/*
 * A credential handed to a command or a call: a token in an HTTP header,
 * `user:pass` (curl -u, an Authorization: Basic header once decoded), the
 * password of a login. Named after the command's host b[hs..he), which
 * says whose a token of a generic format is (`api.fastly.com_api_key_or_token`);
 * without a host only a password is named, after the command b[cs..ce).
 */
static int emit_credential(struct kh_layer *l, const unsigned char *b, size_t hs,
			   size_t he, size_t cs, size_t ce, int password, size_t vs,
			   size_t ve)
{
	if (!plausible_credential(b + vs, ve - vs, password))
		return 0;
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

/* `user:pass` in b[vs..ve): the password, and the user where a host names
 * the provider and no password follows (API keys often go as the user,
 * with none or a filler: `-u sk_...:`, `-u KEY:X`, `-u KEY:api_token`).
 * Beside a password (or a variable holding one) the user is who signs in:
 * a key's id (Mailjet's API key beside its secret key), an account, not
 * the secret. */
static int emit_user_pass(struct kh_layer *l, const unsigned char *b, size_t hs,
			  size_t he, size_t cs, size_t ce, size_t vs, size_t ve)
{
	const unsigned char *c = memchr(b + vs, ':', ve - vs);
	size_t ps;

	if (!c)
		return 0;
	ps = (size_t)(c - b) + 1;
	if ((ve - ps < 6 || filler_password(b + ps, ve - ps)) &&
	    (ps == ve || b[ps] != '$') &&
	    emit_credential(l, b, hs, he, cs, ce, 0, vs, ps - 1) < 0)
		return -1;
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

/*
 * Credentials in a command or a request: HTTP headers (`Authorization:
 * Bearer|Token|Basic ...`, `X-Api-Key: ...`), curl's `-u user:pass` and
 * `--user`, its proxy's `-U user:pass` and `--proxy-user`, its
 * `--oauth2-bearer TOKEN`, a login's `-p`/`--password`, on the line
 * b[ls..le) and the lines it continues with a backslash.
 */
static int command_shapes(const unsigned char *b, size_t len, size_t ls, size_t le,
			  struct kh_layer *l)
{
	static const unsigned char marks[256] = {
		['c'] = 1, ['='] = 1, [':'] = 1, ['-'] = 1
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
				if (ns > cs && !strchr(" \t\"'", b[ns - 1]))
					break;
				ne = i;
				vs = skip_blanks(b, i + 1, ce);
				if (b[i] == '=' && vs < ce && strchr("[\"'", b[vs]) &&
				    b[vs])
					vs++;
				vend = ce;
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
		case '-': /* -u user:pass, --user=user:pass, -p pass, --password pass */
			if (i > cs && b[i - 1] != ' ' && b[i - 1] != '\t')
				break;
			if (flag_at(b, i, ce, "-u") || flag_at(b, i, ce, "--user")) {
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
			}
			break;
		}
	}
	return r < 0 ? -1 : 0;
}

/* ---- rows: SQL inserts, CSV tables ------------------------------------ */

#define ROW_MAX_COLUMNS 32

/* A column named for a credential, not for something about one
 * (password_hash, token_type, api_key_id, secret_name). */
static int credential_column(const unsigned char *s, size_t n)
{
	static const char *about[] = { "id",	"hash",	  "salt",   "type",    "name",
				       "hint",	"url",	  "_at",    "expires", "expiry",
				       "scope", "scopes", "length", "file",    "path" };
	size_t i, k;

	if (!path_leaf(s, n))
		return 0;
	for (i = 0; i < sizeof(about) / sizeof(about[0]); i++) {
		k = strlen(about[i]);
		if (n > k && !strncasecmp((const char *)s + n - k, about[i], k))
			return 0;
	}
	return 1;
}

/* A name in a row's header from b[i]: `name`, "name", `name`, [name];
 * its range in [*s, *e); returns the index after it, or 0. */
static size_t row_name(const unsigned char *b, size_t i, size_t le, size_t *s, size_t *e)
{
	int q = i < le && strchr("\"`[", b[i]) && b[i];

	*s = i + q;
	for (*e = *s; *e < le && ident_byte(b[*e]); (*e)++)
		;
	if (*e == *s || (q && (*e >= le || !strchr("\"`]", b[*e]) || !b[*e])))
		return 0;
	return *e + q;
}

static int row_named_value(struct kh_layer *l, const unsigned char *b,
			   const size_t (*cols)[2], size_t col, size_t vs, size_t ve,
			   size_t *named);

/*
 * An SQL row, INSERT INTO table (column, ...) VALUES (value, ...)[, (...)]
 * on the line b[ls..le) and the lines below up to its ';': each quoted
 * value under a column named for a credential as `table.column`, and every
 * quoted value of a `value` column when the table is named for
 * credentials (api_keys, tokens).
 */
static int sql_insert(const unsigned char *b, size_t len, size_t ls, size_t le,
		      struct kh_layer *l)
{
	size_t parts[2][2], cols[ROW_MAX_COLUMNS][2], ncols = 0, i, col = 0, vs, ve;
	size_t lines = 0, depth = 0, n, named[3] = { 0, 0, 0 };
	int table_named, r = 0;

	i = skip_blanks(b, ls, le);
	if (!word_at(b, i, le, "insert"))
		return 0;
	i = skip_blanks(b, i + 6, le);
	if (word_at(b, i, le, "into"))
		i = skip_blanks(b, i + 4, le);
	if (!(i = row_name(b, i, le, &parts[0][0], &parts[0][1])))
		return 0;
	i = skip_blanks(b, i, le);
	if (i >= le || b[i] != '(')
		return 0;
	for (i++; ncols < ROW_MAX_COLUMNS;) {
		i = row_name(b, skip_blanks(b, i, le), le, &cols[ncols][0],
			     &cols[ncols][1]);
		if (!i)
			return 0;
		ncols++;
		i = skip_blanks(b, i, le);
		if (i < le && b[i] == ')')
			break;
		if (i >= le || b[i] != ',')
			return 0;
		i++;
	}
	i = skip_blanks(b, i + 1, le);
	if (!word_at(b, i, le, "values"))
		return 0;
	table_named = credential_name(b + parts[0][0], parts[0][1] - parts[0][0]);
	for (i += 6; i < len && lines < BLOCK_MAX_LINES; i++) {
		switch (b[i]) {
		case '\n': lines++; break;
		case '(': col = depth++ ? col : 0; break;
		case ')': depth -= depth > 0; break;
		case ',': col += depth == 1; break;
		case ';':
			if (!depth)
				return 0;
			break;
		case '\'':
		case '"':
			if (!quoted(b, i, len, &vs, &ve) || memchr(b + i, '\n', ve - i))
				return 0;
			i = ve;
			if (depth != 1 || col >= ncols)
				break;
			parts[1][0] = cols[col][0];
			parts[1][1] = cols[col][1];
			n = cols[col][1] - cols[col][0];
			if (credential_column(b + cols[col][0], n))
				r = emit_path(l, b, (const size_t(*)[2])parts, 2, vs, ve);
			else if (table_named && n == 5 &&
				 !strncasecmp((const char *)b + cols[col][0], "value", 5))
				r = emit_path_as(l, b, (const size_t(*)[2])parts, 2,
						 "_secret", vs, ve);
			else
				r = row_named_value(l, b, cols, col, vs, ve, named);
			if (r < 0)
				return -1;
			break;
		}
	}
	return 0;
}

/*
 * A CSV header, name,name,... on the line b[ls..le) with a column named for
 * a credential: each value in that column of the rows below (up to a blank
 * line) as `column = "value"`.
 */
static int csv_header(const unsigned char *b, size_t len, size_t ls, size_t le,
		      struct kh_layer *l)
{
	size_t cols[ROW_MAX_COLUMNS][2], ncols = 0, i = ls, at, n, col, vs, ve;
	unsigned long named = 0; /* bit c: column c holds credentials */

	while (ncols < ROW_MAX_COLUMNS) {
		i = row_name(b, skip_blanks(b, i, le), le, &cols[ncols][0],
			     &cols[ncols][1]);
		if (!i)
			return 0;
		ncols++;
		if (i == le)
			break;
		if (b[i++] != ',')
			return 0;
	}
	for (col = 0; col < ncols && ncols > 1; col++)
		if (credential_column(b + cols[col][0], cols[col][1] - cols[col][0]))
			named |= 1ul << col;
	if (!named)
		return 0;
	for (at = le + 1, n = 0; at < len && n < BLOCK_MAX_LINES; n++) {
		size_t cle = content_end(b, len, at);

		if (cle == at)
			break;
		for (i = at, col = 0; i <= cle && col < ncols; col++) {
			if (!quoted(b, i, cle, &vs, &ve)) {
				vs = i;
				for (ve = i; ve < cle && b[ve] != ','; ve++)
					;
			}
			if ((named >> col & 1) &&
			    emit_path(l, b, (const size_t(*)[2])cols + col, 1, vs, ve) <
				    0)
				return -1;
			i = ve + (ve < cle && b[ve] != ',') +
			    1; /* past a closing quote */
		}
		at = line_end(b, len, at) + 1;
	}
	return 0;
}

/* ---- .netrc ------------------------------------------------------------- */

/* The token of a .netrc entry at b[*i] (after blanks and newlines, up to
 * e): its range in [*s, *i). 0 when there is none. */
static int netrc_token(const unsigned char *b, size_t *i, size_t e, size_t *s)
{
	while (*i < e && isspace(b[*i]))
		(*i)++;
	*s = *i;
	while (*i < e && !isspace(b[*i]))
		(*i)++;
	return *i > *s;
}

/*
 * A .netrc entry, machine HOST [login USER] password VALUE, on one line or
 * over the lines below b[ls..le) (up to the next machine): the password as
 * `HOST_password = "VALUE"`, so a rule that knows the host reads it (a
 * Heroku API key is api.heroku.com's password).
 */
static int netrc_entry(const unsigned char *b, size_t len, size_t ls, size_t le,
		       struct kh_layer *l)
{
	size_t i = skip_blanks(b, ls, le), e, hs, he, ts, vs, n;

	if (!word_at(b, i, le, "machine"))
		return 0;
	for (e = le, n = 0; e < len && n < CMD_MAX_LINES; n++) {
		size_t next = skip_blanks(b, e + 1, len);

		if (word_at(b, next, len, "machine") || word_at(b, next, len, "default"))
			break;
		e = line_end(b, len, e + 1);
	}
	i += 7;
	if (!netrc_token(b, &i, e, &hs))
		return 0;
	he = i;
	while (netrc_token(b, &i, e, &ts)) {
		if (i - ts != 8 || memcmp(b + ts, "password", 8))
			continue;
		if (netrc_token(b, &i, e, &vs))
			return emit_credential(l, b, hs, he, 0, 0, 1, vs, i);
		break;
	}
	return 0;
}

/* ---- table rows: Markdown, CSV --------------------------------------- */

/* A cell's content in [*s, *e): blanks, `code` backticks and CSV's
 * quotes trimmed. */
static void cell_content(const unsigned char *b, size_t *s, size_t *e)
{
	*s = skip_blanks(b, *s, *e);
	*e = skip_blanks_back(b, *e, *s);
	if (*e - *s >= 2 && (b[*s] == '`' || b[*s] == '"') && b[*e - 1] == b[*s]) {
		(*s)++;
		(*e)--;
	}
}

/* The cells of a row from b[i] to le, split at `sep` ('|' after a
 * Markdown row's first bar, where the text after the last bar is no cell;
 * ',' for CSV), each trimmed by cell_content: how many. */
static size_t row_cells(const unsigned char *b, size_t i, size_t le, unsigned char sep,
			size_t (*cells)[2])
{
	size_t n = 0;

	for (; i <= le && n < ROW_MAX_COLUMNS; i++) {
		const unsigned char *p = i < le ? memchr(b + i, sep, le - i) : NULL;
		size_t e = p ? (size_t)(p - b) : le;

		if (e >= le && sep == '|')
			break;
		cells[n][0] = i;
		cells[n][1] = e;
		cell_content(b, &cells[n][0], &cells[n][1]);
		n++;
		i = e;
	}
	return n;
}

/*
 * A table row on the line b[ls..le): Markdown's | Vercel | legacy token |
 * value |, or a CSV row of three or more cells whose value follows a cell
 * naming a credential (hubspot,hapikey,value,owner). Each one-word cell
 * with a digit in it, named by the cells before it (as many as fit a
 * name), becomes `Vercel_legacy_token = "value"`: which cells name a
 * credential of theirs is the rules' to say.
 */
static int table_row(const unsigned char *b, size_t ls, size_t le, struct kh_layer *l)
{
	size_t cells[ROW_MAX_COLUMNS][2], n = 0, i = skip_blanks(b, ls, le), c, first,
					  len, k;
	unsigned char sep = i < le && b[i] == '|' ? '|' : ',';
	int r = 0;

	n = row_cells(b, i + (sep == '|'), le, sep, cells);
	if (sep == ',' && n < 3)
		return 0; /* name,value: kh_shape_line's own */
	/* code's list or call (codes=["a", "b", ...], f("token", encoder=x,
	 * decoder=g(y)), a call's last line: t, "password", arg2)), no CSV row */
	for (c = 0; sep == ',' && c < n; c++)
		if (memchr(b + cells[c][0], '(', cells[c][1] - cells[c][0]) ||
		    memchr(b + cells[c][0], ')', cells[c][1] - cells[c][0]) ||
		    memchr(b + cells[c][0], '[', cells[c][1] - cells[c][0]) ||
		    (c == 0 && memchr(b + cells[c][0], '=', cells[c][1] - cells[c][0])))
			return 0;
	for (c = 1; c < n && r == 0; c++) {
		const unsigned char *v = b + cells[c][0];
		size_t vn = cells[c][1] - cells[c][0];

		if (!plausible_value(v, vn) ||
		    (sep == ',' && !credential_name(b + cells[c - 1][0],
						    cells[c - 1][1] - cells[c - 1][0])))
			continue;
		for (k = 0; k < vn && !isdigit(v[k]); k++)
			;
		if (k == vn)
			continue;
		for (first = c, len = 0; first > 0; first--) {
			size_t w = cells[first - 1][1] - cells[first - 1][0];

			if (len + w + 1 > NAME_MAX_LEN)
				break;
			len += w + 1;
		}
		if (first == c)
			continue;
		for (k = first; k < c && r == 0; k++) {
			size_t j;

			if (k > first)
				r = kh_layer_put(l, '_', cells[k][0], cells[k][0],
						 KH_SHAPE);
			for (j = cells[k][0]; j < cells[k][1] && r == 0; j++)
				r = kh_layer_put(l, ident_byte(b[j]) ? b[j] : '_', j,
						 j + 1, KH_SHAPE);
		}
		if (r == 0)
			r = emit_named(l, b, 0, 0, "", cells[c][0], cells[c][1]);
	}
	return r < 0 ? -1 : 0;
}

/*
 * Whether another string follows the value ending at b[ve] (its closing
 * quote): the pair then stands in a list of names
 * (["a11y_accesskey","a11y_aria_activedescendant_has_tabindex",...]). A
 * call's last argument may be the value (buildConfigField 'String',
 * 'api_key', '"..."'); a list runs on.
 */
static int string_follows(const unsigned char *b, size_t le, size_t ve)
{
	size_t k = skip_blanks(b, ve + 1, le);

	if (k >= le || b[k] != ',')
		return 0;
	k = skip_blanks(b, k + 1, le);
	return k < le && (b[k] == '"' || b[k] == '\'');
}

/* ---- declarations, lists and objects around a name --------------------- */

/* Whether b[k..) is blanks (or a comment) to the end of its line. */
static int line_ends_at(const unsigned char *b, size_t len, size_t k)
{
	while (k < len && (b[k] == ' ' || b[k] == '\t' || b[k] == '\r'))
		k++;
	return k == len || b[k] == '\n' || b[k] == '#';
}

/*
 * A declaration's type between its name and its value, from b[k] just
 * after the name: `: &'static str = "..."` (Rust, TypeScript, Kotlin,
 * Swift) or ` string = "..."` (Go: one word, no colon). The value's
 * quotes' content in [*vs, *ve) (both may be NULL).
 */
static int typed_value(const unsigned char *b, size_t le, size_t k, size_t *vs,
		       size_t *ve)
{
	size_t ts, te, s, e;
	int colon;

	ts = skip_blanks(b, k, le); /* F#'s, OCaml's `let name : string = ...` */
	if (ts > k && ts + 1 < le && b[ts] == ':' && b[ts + 1] == ' ')
		k = ts;
	colon = k < le && b[k] == ':';
	k += colon;
	if (k >= le || (b[k] != ' ' && b[k] != '\t'))
		return 0;
	ts = skip_blanks(b, k, le);
	if (ts >= le || !(isalpha(b[ts]) || b[ts] == '&' || b[ts] == '['))
		return 0;
	for (te = ts; te < le && te - ts <= 40 && b[te] != '='; te++)
		if (!isalnum(b[te]) && (!b[te] || !strchr("_&'<>[].*?| \t", b[te])))
			return 0;
	if (te >= le || b[te] != '=' ||
	    (te + 1 < le && (b[te + 1] == '=' || b[te + 1] == '>')))
		return 0;
	k = skip_blanks_back(b, te, ts);
	if (k == ts || !(isalpha(b[ts]) || b[ts] == '&' || b[ts] == '[') ||
	    (!colon && (memchr(b + ts, ' ', k - ts) || memchr(b + ts, '\t', k - ts))))
		return 0;
	if (!quoted(b, skip_blanks(b, te + 1, le), le, &s, &e))
		return 0;
	if (vs) {
		*vs = s;
		*ve = e;
	}
	return 1;
}

/*
 * A declaration whose type stands between name and value on the line
 * b[ls..le): Rust's `const NAME: &str = "..."`, TypeScript's `export const
 * NAME: string = "..."`, Kotlin's `val name: String = "..."`, Swift's `let
 * name: String = "..."`, Go's `var NAME string = "..."` (after a keyword
 * only, as Go writes no colon).
 */
static int typed_declaration(const unsigned char *b, size_t ls, size_t le,
			     struct kh_layer *l)
{
	static const char *mods[] = { "const",	   "let",      "val",	   "var",
				      "export",	   "pub",      "public",   "private",
				      "protected", "internal", "static",   "final",
				      "readonly",  "lateinit", "override", NULL };
	size_t i = skip_blanks(b, ls, le), ns, ne, vs, ve, m, n;
	int decl = 0;

	for (n = 0; n < 6 && i < le && islower(b[i]); n++) {
		for (m = 0;
		     mods[m] && (mods[m][0] != b[i] || !word_at(b, i, le, mods[m])); m++)
			;
		if (!mods[m])
			break;
		decl |= m < 4; /* const, let, val, var */
		i += strlen(mods[m]);
		if (i < le && b[i] == '(') /* pub(crate) */
			while (i < le && b[i - 1] != ')')
				i++;
		i = skip_blanks(b, i, le);
	}
	for (ns = ne = i; ne < le && (isalnum(b[ne]) || b[ne] == '_'); ne++)
		;
	if (ne == ns || ne >= le || (b[ne] != ':' && !decl) ||
	    !typed_value(b, le, ne, &vs, &ve))
		return 0;
	return emit_pair(l, b, ns, ne, vs, ve);
}

/* ---- names on other lines: a value under a neutral name borrows one ----- */

/*
 * `value:`, `Default:`, `default =`, `<value>`, `"text":`: a name that says
 * what role a value plays, not what it is. Such a value takes its meaning
 * from a name on a line above it: a sibling that names it (`- key:
 * POSTMARK_TOKEN` then `value: ...`, `<name>fs.s3a.secret.key</name>` then
 * `<value>...</value>`, Postman's `"key": "apiToken"` then `"value": ...`,
 * Terraform's `secret_name` then `plaintext_value`) or the line before that
 * holds the name alone (`API_TOKEN:` then the value alone below it, `NAME=\`
 * continued, a heredoc's one line). The name is copied beside the value as
 * `NAME = "value"` and the rules judge the pair as they judge any. (Parents
 * that name a value, CloudFormation's `DbPassword:` then `Default:`, are
 * yaml_parents' and json_members', through default_of_credential(), which
 * takes the same neutral names.)
 */
#define APART_MAX_LINES 4

/* Whether s[0..n) is one of the words of a setting's parts (secret,
 * option, parameter...) then `tail` (name, value), `_`, `-` or nothing
 * between: Terraform's secret_name and plaintext_value, OptionName. */
static int setting_part(const unsigned char *s, size_t n, const char *tail)
{
	static const char *parts[] = { "secret",   "option",  "parameter",
				       "variable", "setting", "plaintext" };
	size_t t = strlen(tail), w, k;

	if (n <= t || !equal_ci(s + n - t, tail, t))
		return 0;
	n -= t;
	if (s[n - 1] == '_' || s[n - 1] == '-')
		n--;
	for (w = 0; w < sizeof(parts) / sizeof(parts[0]); w++)
		if (n == (k = strlen(parts[w])) && equal_ci(s, parts[w], k))
			return 1;
	return 0;
}

/* Whether s[0..n) is a neutral name: a value's role, not its meaning. */
static int neutral_name(const unsigned char *s, size_t n)
{
	static const struct {
		const char *s;
		size_t n;
	} words[] = { { "value", 5 },	  { "default", 7 }, { "defaultvalue", 12 },
		      { "data", 4 },	  { "text", 4 },    { "string", 6 },
		      { "val", 3 },	  { "content", 7 }, { "literal", 7 },
		      { "plaintext", 9 }, { "example", 7 } };
	size_t w;

	for (w = 0; w < sizeof(words) / sizeof(words[0]); w++)
		if (n == words[w].n && equal_ci(s, words[w].s, n))
			return 1;
	return setting_part(s, n, "value"); /* plaintext_value, ParameterValue */
}

/* One member of a block on its own line, in any syntax: `key: v`, `- key:
 * v`, `key = v`, `"key": "v",`, `<key>v</key>`. */
struct apart_member {
	size_t col;    /* the key's column (a list item's `- ` counts) */
	size_t ks, ke; /* the key */
	size_t vs, ve; /* the value: one token or a quoted string; empty when none */
	int bare;      /* nothing after the separator: a parent, or a value below */
	int continued; /* `NAME=\`: the value on the next line */
	size_t ts, te; /* a heredoc's or triple quotes' end mark (`EOF`, `"""`) */
};

/* Whether a heredoc (`<<EOF`, `<<-'EOT'`, `<<~TOKEN`, in `$(cat <<EOF`) or
 * triple quotes open at b[k] and end the line b[..le): its end mark in
 * [m->ts, m->te). */
static int apart_heredoc(const unsigned char *b, size_t k, size_t le,
			 struct apart_member *m)
{
	const unsigned char *p;
	size_t i;

	if (k + 3 <= le && (b[k] == '"' || b[k] == '\'') && b[k + 1] == b[k] &&
	    b[k + 2] == b[k] && skip_blanks(b, k + 3, le) == le) {
		m->ts = k;
		m->te = k + 3;
		return 1;
	}
	if (!(p = kh_memmem(b + k, le - k < 24 ? le - k : 24, "<<", 2)))
		return 0; /* (near the separator: `$(cat <<'EOF'`) */
	i = (size_t)(p - b) + 2;
	if (i < le && (b[i] == '-' || b[i] == '~'))
		i++;
	if (i < le && (b[i] == '\'' || b[i] == '"'))
		i++;
	for (m->ts = m->te = i; m->te < le && (isalnum(b[m->te]) || b[m->te] == '_');
	     m->te++)
		;
	for (i = m->te; i < le && (b[i] == '\'' || b[i] == '"' || b[i] == ' '); i++)
		;
	return m->te > m->ts && i == le;
}

/* Reads the line b[ls..le) as a member; 0 when it is none (code, prose). */
static int apart_member(const unsigned char *b, size_t ls, size_t le,
			struct apart_member *m)
{
	size_t i = skip_blanks(b, ls, le), k, rest;
	unsigned char open = 0;

	memset(m, 0, sizeof(*m));
	if (i + 1 < le && b[i] == '-' && (b[i + 1] == ' ' || b[i + 1] == '\t'))
		i = skip_blanks(b, i + 1, le);
	else if (word_at(b, i, le, "export") && i + 6 < le && b[i + 6] == ' ')
		i = skip_blanks(b, i + 6, le); /* a shell's export NAME=\ */
	if (i < le && (b[i] == '"' || b[i] == '\'' || b[i] == '<'))
		open = b[i++];
	for (k = i; k < le && k - i <= NAME_MAX_LEN && ident_byte(b[k]); k++)
		;
	if (k == i || k >= le || k - i > NAME_MAX_LEN)
		return 0;
	m->col = i - ls;
	m->ks = i;
	m->ke = k;
	if (open == '<') { /* <key>v</key>, the tag closed on the line */
		if (b[k] != '>')
			return 0;
		m->vs = k + 1;
		for (m->ve = m->vs; m->ve < le && b[m->ve] != '<'; m->ve++)
			;
		return m->ve + 2 + (k - i) <= le && b[m->ve + 1] == '/' &&
		       !memcmp(b + m->ve + 2, b + i, k - i);
	}
	if (open && b[k++] != open)
		return 0;
	k = skip_blanks(b, k, le);
	if (k >= le || (b[k] != ':' && b[k] != '=') ||
	    (k + 1 < le && (b[k + 1] == b[k] || b[k + 1] == '>')))
		return 0; /* no separator, or C++'s ::, ==, => */
	k = skip_blanks(b, k + 1, le);
	if (k == le || b[k] == '#' || (b[k] == '{' && skip_blanks(b, k + 1, le) == le)) {
		m->vs = m->ve = k;
		m->bare = 1; /* `NAME:`, `NAME =`, `"NAME": {` */
		return 1;
	}
	if ((b[k] == '\\' && skip_blanks(b, k + 1, le) == le) ||
	    apart_heredoc(b, k, le, m)) {
		m->vs = m->ve = k;
		m->continued = 1;
		return 1;
	}
	if (!(rest = quoted(b, k, le, &m->vs, &m->ve))) {
		m->vs = k;
		rest = m->ve = bare_value(b, k, le);
	}
	/* then a list's or a statement's end: `,`, `;`, `)`, `}` */
	while ((rest = skip_blanks(b, rest, le)) < le && b[rest] &&
	       strchr(",;)]}", b[rest]))
		rest++;
	if (rest < le && b[rest] != '#')
		m->vs = m->ve; /* more than one value: prose, code */
	return 1;
}

/* Whether the line b[ls..le) ends a block: blank, or a closing bracket or
 * tag first. */
static int apart_boundary(const unsigned char *b, size_t ls, size_t le)
{
	size_t i = skip_blanks(b, ls, le);

	return i == le || b[i] == '}' || b[i] == ']' || b[i] == ')' ||
	       (b[i] == '<' && i + 1 < le && b[i + 1] == '/');
}

/* A value alone on the line b[ls..le): one token, quoted or not, no name
 * (no `: ` or `=` in it) and no mark that starts YAML's other nodes. */
static int lone_value(const unsigned char *b, size_t ls, size_t le, size_t *vs,
		      size_t *ve)
{
	size_t i = skip_blanks(b, ls, le), k;

	if (i == le || strchr("-#{[<&*!|>%@`/", b[i]))
		return 0;
	if (!quoted(b, i, le, vs, ve) ||
	    skip_blanks(b, *ve + 1, le) != le) { /* a bare token */
		*vs = i;
		*ve = skip_blanks_back(b, le, i);
		for (k = i; k < *ve; k++)
			if (b[k] == ' ' || b[k] == '\t' || b[k] == '"' || b[k] == '\'' ||
			    b[k] == '=' || b[k] == '(' || b[k] == ';' || b[k] == ',' ||
			    (b[k] == ':' && k + 1 < *ve && b[k + 1] == ' '))
				return 0;
	}
	return *ve > *vs;
}

/* Whether a member's key is one that holds the name of its sibling's
 * value: key, name, a setting's name (Elastic Beanstalk's option_name,
 * Terraform's secret_name, ParameterName). */
static int naming_key(const unsigned char *b, const struct apart_member *m)
{
	size_t n = m->ke - m->ks;

	return (n == 3 && equal_ci(b + m->ks, "key", 3)) ||
	       (n == 4 && equal_ci(b + m->ks, "name", 4)) ||
	       setting_part(b + m->ks, n, "name");
}

/*
 * The value of the first neutral member within APART_MAX_LINES lines below
 * the line ending at le, in [*vs, *ve): at column col (a sibling's), or,
 * for a parent at column col, at its first child's column. A blank line, a
 * closing bracket or tag, a member further left or a sibling that names
 * (key, name) ends the search.
 */
static int neutral_below(const unsigned char *b, size_t len, size_t le, size_t col,
			 int parent, size_t *vs, size_t *ve)
{
	struct apart_member m;
	size_t at, n, cle;

	for (n = 0, at = line_end(b, len, le) + 1; n < APART_MAX_LINES && at < len;
	     n++, at = line_end(b, len, at) + 1) {
		cle = content_end(b, len, at);
		if (apart_boundary(b, at, cle))
			return 0;
		if (!apart_member(b, at, cle, &m))
			continue; /* text: a description's other lines */
		if (parent) {	  /* the first child sets the column */
			if (m.col <= col)
				return 0;
			col = m.col;
			parent = 0;
		}
		if (m.col > col)
			continue; /* a member's nested lines */
		if (m.col < col)
			return 0;
		if (neutral_name(b + m.ks, m.ke - m.ks) && m.vs < m.ve) {
			*vs = m.vs;
			*ve = m.ve;
			return 1;
		}
		if (naming_key(b, &m))
			return 0; /* the next sibling's name */
	}
	return 0;
}

/*
 * The value the name on the line b[ls..le) lends a neutral name below, in
 * [*vs, *ve), the name in [*ns, *ne); 0 when there is none. A sibling
 * (`- key: NAME`, `"name": "NAME"`, `<name>NAME</name>`) lends it to a
 * neutral member at its own column, a parent (`NAME:`, `"NAME": {`) to one
 * among its children (neutral_below(); 2 then); a name alone (`NAME:`, `NAME =`,
 * `NAME=\`) to a lone value on the next line, further right (any column
 * after `\`), the last of its block.
 */
static int apart_value(const unsigned char *b, size_t len, size_t ls, size_t le,
		       size_t *ns, size_t *ne, size_t *vs, size_t *ve)
{
	struct apart_member m;
	size_t at, cle, first;

	if (!apart_member(b, ls, le, &m))
		return 0;
	if (m.bare || m.continued) { /* a name alone: its value below */
		*ns = m.ks;
		*ne = m.ke;
		if (!credential_name(b + m.ks, m.ke - m.ks) ||
		    (at = line_end(b, len, le) + 1) >= len)
			return 0;
		cle = content_end(b, len, at);
		first = skip_blanks(b, at, cle);
		if ((m.continued || first - at > m.col) &&
		    (m.vs == le || b[m.vs] != '{') && lone_value(b, at, cle, vs, ve)) {
			if (m.continued && m.te == m.ts)
				return 1; /* `NAME=\` */
			if ((at = line_end(b, len, at) + 1) >= len)
				return m.te == m.ts;
			cle = content_end(b, len, at);
			first = skip_blanks(b, at, cle);
			if (m.te > m.ts) /* the heredoc ends after the one line */
				return cle - first >= m.te - m.ts &&
				       !memcmp(b + first, b + m.ts, m.te - m.ts);
			return first == cle || first - at <= m.col; /* not text */
		}
		/* a parent's: yaml_parents' and json_members' to copy, named by
		 * its path (default_of_credential()) */
		return !m.continued && neutral_below(b, len, le, m.col, 1, vs, ve) ? 2
										   : 0;
	}
	if (!naming_key(b, &m) || (m.ks > ls && b[m.ks - 1] == '<' && m.ke - m.ks == 3))
		return 0; /* (a plist's <key> is less_common_line's) */
	/* a path's last part names it (SSM's /prod/billing/api_token) */
	for (*ns = *ne = m.ve; *ns > m.vs && b[*ns - 1] != '/'; --*ns)
		;
	if (*ns == *ne || !credential_name(b + *ns, *ne - *ns))
		return 0;
	return neutral_below(b, len, le, m.col, 0, vs, ve);
}

/* Whether the generic keyword ending at b[last] stands on a line that lends
 * its name to a value below (apart_value()). */
static int apart_named(const unsigned char *b, size_t len, size_t last)
{
	size_t k = last + 1, ls, le, ns, ne, vs, ve;

	/* the name ends its line but for a few marks (`:`, ` = \`, `": {`,
	 * `",`, `</name>`, `=$(cat <<EOF`) or none, the first a quote, `<`, `:`, `=` or
	 * `\`: most hits, in code (`;`, `)`, `,`) and prose, end here */
	while (k < len && k - last <= NAME_MAX_LEN && ident_byte(b[k]))
		k++;
	k = skip_blanks(b, k, len);
	if (k < len && (!b[k] || !strchr("\"'<:=\\\r\n", b[k])))
		return 0;
	for (le = k; le < len && b[le] != '\n' && le - k <= 16; le++)
		;
	if (le < len && b[le] != '\n')
		return 0;
	if ((ls = near_line_start(b, last)) > last)
		return 0;
	if (le > ls && b[le - 1] == '\r')
		le--;
	return apart_value(b, len, ls, le, &ns, &ne, &vs, &ve);
}

/* The pair a name on the line b[ls..le) makes with a neutral value below. */
static int apart_line(const unsigned char *b, size_t len, size_t ls, size_t le,
		      struct kh_layer *l)
{
	size_t ns, ne, vs, ve;

	if (apart_value(b, len, ls, le, &ns, &ne, &vs, &ve) != 1)
		return 0;
	return emit_split(l, b, ns, ne, vs, ve);
}

#define JSON_MAX_NEST 32

/*
 * The members of the JSON object whose '{' is b[open], below the name
 * b[ns..ne): each string value under a plain name with its path of names,
 * as yaml_parents does (`{"ably": {"key": "..."}}` is `ably.key`, `"Jwt":
 * {"Key": ...}` `Jwt.Key`), and a credential's default, on one line or
 * pretty-printed; values in arrays are left out. A name that says
 * credential itself is the rules' to read where it stands, beside its
 * siblings; a plain name below one is a schema's field
 * ("md5_authentication_key": {"key": "md5AuthenticationKey"}).
 */
static int json_members(const unsigned char *b, size_t len, size_t ns, size_t ne,
			size_t open, size_t *budget, struct kh_layer *l)
{
	size_t parts[PATH_MAX_DEPTH + 1][2], depth = 1, nest = 0, unnamed = 0, i,
					     lines = 0;
	size_t name[2] = { 0, 0 };
	unsigned char named[JSON_MAX_NEST];
	int have_name = 0;

	parts[0][0] = ns;
	parts[0][1] = ne;
	for (i = open + 1;
	     i < len && lines < BLOCK_MAX_LINES && i - open < 8192 && *budget;
	     i++, (*budget)--) {
		size_t s, e, k;

		switch (b[i]) {
		case '\n': lines++; break;
		case ',': have_name = 0; break;
		case '"':
			if (!(k = quoted(b, i, len, &s, &e)) ||
			    memchr(b + i, '\n', k - i))
				return 0;
			i = skip_blanks(b, k, len);
			if (i < len && b[i] == ':') {
				name[0] = s;
				name[1] = e;
				have_name = 1;
				break;
			}
			i--;
			if (!have_name || unnamed)
				break;
			have_name = 0;
			parts[depth][0] = name[0];
			parts[depth][1] = name[1];
			if (*plain_name_suffix(b + name[0], name[1] - name[0]) &&
			    !credential_name(b + parts[depth - 1][0],
					     parts[depth - 1][1] - parts[depth - 1][0]) &&
			    emit_path(l, b, (const size_t(*)[2])parts, depth + 1, s, e) <
				    0)
				return -1;
			if (default_of_credential(b, (const size_t(*)[2])parts, depth,
						  name[0], name[1]) &&
			    emit_path_as(l, b, (const size_t(*)[2])parts, depth, "", s,
					 e) < 0)
				return -1;
			break;
		case '{':
		case '[':
			if (nest == JSON_MAX_NEST)
				return 0;
			named[nest] = b[i] == '{' && have_name && !unnamed &&
				      depth < PATH_MAX_DEPTH;
			if (named[nest]) {
				parts[depth][0] = name[0];
				parts[depth][1] = name[1];
				depth++;
			} else {
				unnamed++;
			}
			nest++;
			have_name = 0;
			break;
		case '}':
		case ']':
			if (!nest)
				return 0; /* the object's end */
			nest--;
			if (named[nest])
				depth--;
			else
				unnamed--;
			have_name = 0;
			break;
		}
	}
	return 0;
}

/* Every `"name": {` on the line b[ls..le): its object's members, within
 * a budget of bytes walked. Not on a minified line, whose thousands of
 * objects are code's (and cost a walk each): a config's JSON, pretty or
 * on one line, is shorter. */
#define JSON_MAX_LINE 1024
static int json_objects(const unsigned char *b, size_t len, size_t ls, size_t le,
			struct kh_layer *l)
{
	size_t i, ns, ne, k, budget = 1 << 16;

	if (le - ls > JSON_MAX_LINE)
		return 0;
	for (i = ls; i < le && budget; i++) {
		const unsigned char *q = memchr(b + i, '"', le - i);

		if (!q)
			break; /* no string left: most lines, at once */
		i = (size_t)(q - b);
		if (!(k = quoted(b, i, le, &ns, &ne)))
			continue;
		i = k - 1;
		k = skip_blanks(b, k, le);
		if (k >= le || b[k] != ':')
			continue;
		k = skip_blanks(b, k + 1, le);
		if (k < le && b[k] == '{' &&
		    json_members(b, len, ns, ne, k, &budget, l) < 0)
			return -1;
	}
	return 0;
}

/*
 * An Authorization header's value written whole in the string whose
 * quote is b[i] on the line b[ls..le), "Scheme credentials": OkHttp's
 * addHeader("Authorization", "Bearer ..."), Swift's setValue("SSWS ...",
 * forHTTPHeaderField: "Authorization"), a template literal `Bearer ...`,
 * Apache's RequestHeader set Authorization "Bearer ...". Any scheme where
 * the header is named beside the string, Bearer anywhere: the credentials
 * as `Scheme_token = "..."`, Basic's as its user and password (once
 * decoded: emit_user_pass).
 */
static int header_scheme_string(const unsigned char *b, size_t ls, size_t le, size_t i,
				struct kh_layer *l)
{
	unsigned char q = b[i];
	size_t ss = i + 1, se, vs, ve, from, to;
	int token = 1, named;

	if (ss >= le || !isalpha(b[ss]))
		return 0;
	for (se = ss; se < le && se - ss <= 24 && (isalnum(b[se]) || b[se] == '-'); se++)
		;
	if (se >= le || b[se] != ' ')
		return 0;
	for (vs = ve = se + 1; ve < le && b[ve] != q && b[ve] != ' ' && b[ve] != '\\';
	     ve++)
		/* and Rancher's token-<id>:<secret>, sent as it is */
		token &= b64token_byte(b[ve]) ||
			 ((b[ve] == '=' || b[ve] == ':') && ve > vs);
	if (ve >= le || b[ve] != q)
		return 0;
	if (se - ss == 5 && !strncasecmp((const char *)b + ss, "basic", 5))
		return emit_user_pass(l, b, 0, 0, ss, se, vs, ve);
	if (!token || !plausible_credential(b + vs, ve - vs, 0))
		return 0;
	/* the header named beside the string, not anywhere on a long
	 * (minified) line */
	from = i - ls > 64 ? i - 64 : ls;
	to = le - ve > 64 ? ve + 64 : le;
	named = (se - ss == 6 && !strncasecmp((const char *)b + ss, "bearer", 6)) ||
		kh_contains_ci(b + from, to - from, "authorization", 0);
	return named ? emit_named(l, b, ss, se, "_token", vs, ve) : 0;
}

/* Whether the string starting at b[ns] (after its quote) is the first
 * argument of .NET's AuthenticationHeaderValue(scheme, parameter): the
 * parameter is the credential whatever the scheme (Aiven's aivenv1). */
static int auth_header_value(const unsigned char *b, size_t ls, size_t ns)
{
	static const char call[] = "AuthenticationHeaderValue";
	size_t n = sizeof(call) - 1, k = skip_blanks_back(b, ns - 1, ls);

	return k > ls + n && b[k - 1] == '(' && !memcmp(b + k - 1 - n, call, n);
}

/* debconf's `owner question/name password VALUE` (preseeding a package's
 * password in a provisioning script): `name = "VALUE"`. */
static int debconf_password(const unsigned char *b, size_t ls, size_t le,
			    struct kh_layer *l)
{
	const unsigned char *p = b + ls;
	size_t at, ns, vs, ve;

	if (le - ls > 512) /* an echo's line, a preseed file's */
		return 0;
	while ((p = kh_memmem(p, (size_t)(b + le - p), " password ", 10))) {
		at = (size_t)(p - b);
		p++;
		for (ns = at; ns > ls && ident_byte(b[ns - 1]); ns--)
			;
		if (ns == at || (ns > ls && b[ns - 1] != '/'))
			continue;
		vs = skip_blanks(b, at + 10, le);
		ve = bare_value(b, vs, le);
		if (emit_pair(l, b, ns, at, vs, ve) < 0)
			return -1;
	}
	return 0;
}

/* Whether the line b[ls..le) reads as prose: it starts, after blanks (fewer
 * than four: more is Markdown's code block), with a word or a list's marker
 * (-, *, +, 1.). */
static int prose_line(const unsigned char *b, size_t ls, size_t le)
{
	size_t k = skip_blanks(b, ls, le);

	if (k - ls >= 4 || k >= le)
		return 0;
	if (strchr("-*+", b[k]) && k + 1 < le && b[k + 1] == ' ')
		return 1;
	while (k < le && isdigit(b[k]))
		k++;
	if (k > ls && isdigit(b[k - 1]))
		return k + 1 < le && (b[k] == '.' || b[k] == ')') && b[k + 1] == ' ';
	return isalpha(b[k]);
}

/*
 * A credential's word, then an inline code span at b[i] on a line of prose
 * (Markdown's `...` and ``...``, reStructuredText's ``...``, AsciiDoc's
 * `...`): "Use the secret `value`", "- API token: `value`". The name is
 * the word; a span holding blanks (a command) is no value, and the judge
 * drops names of code and placeholders.
 */
static int prose_code_span(const unsigned char *b, size_t ls, size_t le, size_t i,
			   struct kh_layer *l)
{
	size_t ticks = 1, vs, ve, ns, ne = skip_blanks_back(b, i, ls);

	if (i == ls || (b[i - 1] != ' ' && b[i - 1] != '\t') || !prose_line(b, ls, le))
		return 0;
	if (i + 1 < le && b[i + 1] == '`')
		ticks = 2;
	vs = i + ticks;
	for (ve = vs; ve < le && b[ve] != '`' && b[ve] != ' ' && b[ve] != '\t'; ve++)
		;
	if (ve + ticks > le || b[ve] != '`' || (ticks == 2 && b[ve + 1] != '`') ||
	    (ve + ticks < le && b[ve + ticks] == '`'))
		return 0;
	while (ne > ls && (b[ne - 1] == '*' || b[ne - 1] == '_'))
		ne--; /* **API secret:** `value` */
	if (ne > ls && b[ne - 1] == ':')
		ne--;
	if (ne > ls && b[ne - 1] == ')') { /* token (expires in 1 h): `value` */
		for (ns = ne - 1;
		     ns > ls && ne - ns < PROSE_ASIDE_MAX && b[ns - 1] != '(' &&
		     b[ns - 1] != ')' && b[ns - 1] != '`';
		     ns--)
			;
		if (ns == ls || b[ns - 1] != '(' || ns - 1 == ls || b[ns - 2] != ' ')
			return 0;
		ne = ns - 2;
	}
	for (ns = ne; ns > ls && (isalnum(b[ns - 1]) || b[ns - 1] == '-'); ns--)
		;
	if (ns == ne || (ns > ls && b[ns - 1] != ' ' && b[ns - 1] != '\t' &&
			 b[ns - 1] != '*' && b[ns - 1] != '('))
		return 0; /* a word of prose, not a `NAME` or a path */
	return emit_pair(l, b, ns, ne, vs, ve);
}

/*
 * A shell parameter expansion's default, the operator at b[i]: ${NAME:-value},
 * ${NAME:=value}, ${NAME-value}, ${NAME=value} (POSIX's "Parameter
 * Expansion"), also inside `: "${NAME:=value}"`.
 */
static int shell_default(const unsigned char *b, size_t ls, size_t le, size_t i,
			 struct kh_layer *l)
{
	size_t k, at = i + 1;

	if (b[i] == ':') {
		if (at >= le || (b[at] != '-' && b[at] != '='))
			return 0;
		at++;
	}
	for (k = i; k > ls && (isalnum(b[k - 1]) || b[k - 1] == '_'); k--)
		;
	if (k == i || k < ls + 2 || b[k - 1] != '{' || b[k - 2] != '$')
		return 0;
	return emit_pair(l, b, k, i, at, bare_value(b, at, le));
}

/*
 * An environment variable's fallback after its lookup on the line
 * b[ls..le), the operator op_len bytes long at b[i] (process.env.NAME ||
 * "value", env["NAME"] ?? "value", System.getenv("NAME") ?: "value",
 * os.environ.get("NAME") or "value"), or first on the next line when the
 * operator ends this one (Elixir's System.get_env("NAME") ||): `NAME =
 * "value"`.
 */
static int fallback_pair(const unsigned char *b, size_t len, size_t ls, size_t le,
			 size_t i, size_t op_len, struct kh_layer *l)
{
	size_t k = skip_blanks_back(b, i, ls), ns, ne, vs, ve, at = i + op_len, end = le;

	while (k > ls && strchr("])}'\"?", b[k - 1]) &&
	       b[k - 1]) /* Crystal's ENV["NAME"]? */
		k--;
	ne = k;
	while (k > ls && (isalnum(b[k - 1]) || b[k - 1] == '_'))
		k--;
	ns = k;
	if (skip_blanks(b, at, le) == le && le < len) {
		at = line_end(b, len, le) + 1;
		end = at < len ? content_end(b, len, at) : at;
	}
	if (!quoted(b, skip_blanks(b, at, end), end, &vs, &ve))
		return 0;
	return emit_pair(l, b, ns, ne, vs, ve);
}

/*
 * The prefix of a string literal that is not a quote: C#'s verbatim @"..."
 * and interpolated $"...", Rust's raw r"..." and r#"..."# (with its
 * closing #s). Returns how many bytes the prefix at b[i] takes (the
 * closing #s are as many as its own), or 0.
 */
static size_t string_prefix(const unsigned char *b, size_t i, size_t ls, size_t le)
{
	size_t k = i;

	if (i > ls && (ident_byte(b[i - 1]) || b[i - 1] == '$' || b[i - 1] == '@'))
		return 0;
	if (b[i] == '@' || b[i] == '$')
		return i + 1 < le && b[i + 1] == '"' ? 1 : 0;
	if (b[i] != 'r')
		return 0;
	for (k = i + 1; k < le && b[k] == '#'; k++)
		;
	return k < le && b[k] == '"' ? k - i : 0;
}

/*
 * Where the string literal joined to the one that closed just before b[k]
 * opens: after blanks and a concatenation ("a" + "b", PHP's 'a' . 'b',
 * Lua's .., VB's &, SQL's ||, Elixir's <>) or blanks alone after a
 * prefix (MATLAB's ['Bearer ' 'b'], C's and Python's "key=" "b"). The
 * index of its quote, or 0.
 */
/* The length of a concatenation operator at b[i] (+, ., .., &, ||, <>),
 * or 0. */
static size_t concat_operator(const unsigned char *b, size_t i, size_t le)
{
	if (i + 1 < le &&
	    ((b[i] == '.' && b[i + 1] == '.') || (b[i] == '|' && b[i + 1] == '|') ||
	     (b[i] == '<' && b[i + 1] == '>')))
		return 2;
	return i < le && (b[i] == '+' || b[i] == '.' || b[i] == '&');
}

static size_t concat_next(const unsigned char *b, size_t k, size_t le)
{
	size_t i = skip_blanks(b, k, le), op = concat_operator(b, i, le);

	if (!op && i == k)
		return 0; /* "a""b": C#'s and SQL's escaped quote */
	/* blanks alone join only a literal that reads as a prefix ('Bearer ',
	 * 'key=', 'user:'): a shell's "-H" "Authorization: ..." "https://..."
	 * are separate words */
	if (!op &&
	    (k < 2 || (b[k - 1] != '"' && b[k - 1] != '\'') || !strchr(" :=", b[k - 2])))
		return 0;
	i = skip_blanks(b, i + op, le);
	return i < le && (b[i] == '"' || b[i] == '\'') ? i : 0;
}

/* Whether `hashes` '#'s follow at b[i]: a quote in a raw string
 * r#"..."# closes it only with them ({"name": "..."} inside is text). */
static int hashes_follow(const unsigned char *b, size_t i, size_t le, size_t hashes)
{
	size_t k;

	for (k = 0; k < hashes; k++)
		if (i + k >= le || b[i + k] != '#')
			return 0;
	return 1;
}

/*
 * Walks the line b[ls..le)'s string literals, writing it to l with each
 * literal written plainly: its prefix dropped, joined to the literals
 * concatenated to it. l NULL: a dry walk, 1 at the first literal that
 * would be written otherwise. Returns 1 when something was written
 * plainly, 0 when nothing was, -1 when out of memory (as kh_layer_put:
 * 2 when the layer is full).
 */
static int plain_walk(const unsigned char *b, size_t ls, size_t le, struct kh_layer *l)
{
	size_t i, p, next, hashes = 0;
	int r = 0, changed = 0, joined = 0, raw = 0; /* raw: a backslash is itself */
	unsigned char in = 0;			     /* the open string's quote */

	for (i = ls; i < le && r == 0; i++) {
		if (!in && (b[i] == '@' || b[i] == '$' || b[i] == 'r') &&
		    (p = string_prefix(b, i, ls, le))) {
			/* the prefix goes, its quote opens the string */
			hashes = b[i] == 'r' ? p - 1 : 0;
			raw = b[i] != '$';
			i += p;
			in = '"';
			changed = 1;
		} else if (!in && (b[i] == '"' || b[i] == '\'')) {
			in = b[i];
			hashes = 0;
			raw = 0;
		} else if (in && b[i] == '\\' && !raw && i + 1 < le) {
			r = l ? kh_layer_put(l, b[i], i, i + 1, KH_SHAPE) : 0;
			i++; /* an escaped byte */
		} else if (in && b[i] == in && hashes_follow(b, i + 1, le, hashes)) {
			if ((next = concat_next(b, i + 1 + hashes, le))) {
				in = b[next]; /* one string on: the next one's content */
				i = next;
				hashes = 0;
				raw = 0;
				changed = joined = 1;
				continue;
			}
			/* joined literals that a variable goes on ("Bearer " +
			 * "abc" + suffix) are a part of the value: none of the
			 * line is written plainly */
			if (joined &&
			    concat_operator(b, skip_blanks(b, i + 1 + hashes, le), le))
				return 0;
			in = 0;
			joined = 0;
			r = l ? kh_layer_put(l, b[i], i, i + 1, KH_SHAPE) : 0;
			i += hashes; /* a raw string's closing #s go */
			continue;
		}
		if (!l && changed)
			return 1;
		if (r == 0 && l)
			r = kh_layer_put(l, b[i], i, i + 1, KH_SHAPE);
	}
	return r < 0 ? -1 : r > 0 ? 2 : changed;
}

/*
 * A copy of the line b[ls..le) with its string literals written plainly:
 * prefixes dropped (API_KEY = @"...", const KEY: &str = r#"..."#;) and
 * literals joined where code concatenates them ("Bearer " + "...",
 * ['Bearer ' '...']), so that every rule reads them as one plain quoted
 * string. Nothing when the line has neither.
 */
static int plain_strings(const unsigned char *b, size_t ls, size_t le, struct kh_layer *l)
{
	size_t mark = l->n;
	int r;

	if (!memchr(b + ls, '"', le - ls) && !memchr(b + ls, '\'', le - ls))
		return 0; /* no string at all: the common line */
	if (plain_walk(b, ls, le, NULL) != 1)
		return 0;
	r = plain_walk(b, ls, le, l);
	if (r == 1 && (r = kh_layer_put(l, '\n', le, le, KH_SHAPE)) == 0)
		return 0;
	if (r < 0)
		return -1;
	l->n = mark; /* the layer is full: no half line */
	return 0;
}

/* Whether the name s[0..n) ends in a word that names who signs in, the
 * user half of user:password (ACCOUNT_SID, apiKey, clientId, username). */
static int user_name(const unsigned char *s, size_t n)
{
	static const char *tails[] = { "sid",	  "id",	   "user", "username", "login",
				       "account", "email", "key",  NULL };
	size_t k, t;

	for (k = 0; tails[k]; k++) {
		t = strlen(tails[k]);
		if (n >= t && !strncasecmp((const char *)s + n - t, tails[k], t) &&
		    (n == t || !isalpha(s[n - t - 1]) ||
		     (islower(s[n - t - 1]) && isupper(s[n - t]))))
			return 1;
	}
	return 0;
}

/*
 * A user held in a variable joined to a literal password, as Basic
 * authentication's user:password is built (ACCOUNT_SID + ':' + '...',
 * $user . ':...'); b[i] opens the literal after the join:
 * `ACCOUNT_SID_password = "..."`.
 */
static int user_joined_password(const unsigned char *b, size_t ls, size_t le, size_t i,
				struct kh_layer *l)
{
	size_t k = skip_blanks_back(b, i, ls), ns, ne, vs, ve, end, next;

	if (k == ls || !strchr("+.&", b[k - 1]) || !b[k - 1])
		return 0;
	ne = skip_blanks_back(b, k - 1, ls);
	for (ns = ne; ns > ls && (isalnum(b[ns - 1]) || b[ns - 1] == '_'); ns--)
		;
	if (ns == ne || !user_name(b + ns, ne - ns) ||
	    !(end = quoted(b, i, le, &vs, &ve)) || ve == vs || b[vs] != ':')
		return 0;
	if (ve == vs + 1) { /* ':' then the password's own literal */
		if (!(next = concat_next(b, end, le)) || !quoted(b, next, le, &vs, &ve))
			return 0;
	} else {
		vs++;
	}
	if (!plausible_credential(b + vs, ve - vs, 1))
		return 0;
	return emit_named(l, b, ns, ne, "_password", vs, ve);
}

#define B64_PASSWORD_MAX 96

/*
 * npm's `_password=` (per registry, //host/:_password=): the password
 * written in base64, so that no rule reads it as it is. b[i] is the '=':
 * `_password = "decoded"`, each decoded byte from the whole value.
 */
static int npm_base64_password(const unsigned char *b, size_t ls, size_t le, size_t i,
			       struct kh_layer *l)
{
	static const char name[] = "_password = \"";
	unsigned char out[B64_PASSWORD_MAX];
	size_t vs, ve, k;
	long n;
	int r = 0;

	if (i < ls + 9 || memcmp(b + i - 9, "_password", 9) ||
	    (i > ls + 9 && b[i - 10] != ':'))
		return 0;
	vs = skip_blanks(b, i + 1, le);
	if (!quoted(b, vs, le, &vs, &ve))
		ve = bare_value(b, vs, le);
	if (ve - vs < 8 || ve - vs > B64_PASSWORD_MAX || (ve - vs) % 4)
		return 0;
	n = kh_base64_decode(b + vs, ve - vs, out, sizeof(out));
	if (n < 6)
		return 0;
	for (k = 0; k < (size_t)n; k++)
		if (out[k] <= ' ' || out[k] >= 0x7f || out[k] == '"')
			return 0; /* not a password's text: a base64 token itself */
	for (k = 0; name[k] && r == 0; k++)
		r = kh_layer_put(l, (unsigned char)name[k], i - 9, i, KH_SHAPE);
	for (k = 0; k < (size_t)n && r == 0; k++)
		r = kh_layer_put(l, out[k], vs, ve, KH_SHAPE | KH_DEC_BASE64);
	if (r == 0)
		r = kh_layer_put(l, '"', ve, ve, KH_SHAPE);
	if (r == 0)
		r = kh_layer_put(l, '\n', ve, ve, KH_SHAPE);
	return r < 0 ? -1 : 0;
}

/*
 * ["NAME"] = "value": C#'s dictionary initializers, Julia's and Ruby's
 * ENV["NAME"] = "value". b[i] is the ']'.
 */
static int index_assignment(const unsigned char *b, size_t ls, size_t le, size_t i,
			    struct kh_layer *l)
{
	size_t ns, ne, vs, ve, k;

	if (!quoted_before(b, ls, i, &ns, &ne) || ns < ls + 2 || b[ns - 2] != '[')
		return 0;
	k = skip_blanks(b, i + 1, le);
	if (k + 1 >= le || b[k] != '=' || b[k + 1] == '=')
		return 0;
	k = skip_blanks(b, k + 1, le);
	if (k < le)
		k += string_prefix(b, k, ls, le);
	if (!quoted(b, k, le, &vs, &ve))
		return 0;
	return emit_pair(l, b, ns, ne, vs, ve);
}

/* ---- names and values in less common syntaxes --------------------------- */

/* A name's credential word glued to a lower-case head (dbpassword,
 * mail_smtppassword, apitoken): where the word starts, or ne. The rules
 * read a credential word only where a name's part starts. */
static size_t glued_word(const unsigned char *b, size_t ns, size_t ne)
{
	static const char *words[] = { "password", "passwd", "secret", "token" };
	size_t w, n;

	for (w = 0; w < sizeof(words) / sizeof(words[0]); w++) {
		n = strlen(words[w]);
		if (ne - ns > n && !strncasecmp((const char *)b + ne - n, words[w], n) &&
		    islower(b[ne - n - 1]) && islower(b[ne - n]))
			return ne - n;
	}
	return ne;
}

/* emit_pair, with a glued credential word split off: `db_password`. */
static int emit_split(struct kh_layer *l, const unsigned char *b, size_t ns, size_t ne,
		      size_t vs, size_t ve)
{
	size_t g, k;

	if (!credential_name(b + ns, ne - ns) || !plausible_value(b + vs, ve - vs))
		return 0;
	g = glued_word(b, ns, ne);
	if (g == ne)
		return emit_named(l, b, ns, ne, "", vs, ve);
	for (k = ns; k < g; k++)
		if (kh_layer_put(l, ident_byte(b[k]) ? b[k] : '_', k, k + 1, KH_SHAPE) <
		    0)
			return -1;
	if (g > ns && b[g - 1] != '_' && kh_layer_put(l, '_', g, g, KH_SHAPE) < 0)
		return -1;
	return emit_named(l, b, g, ne, "", vs, ve);
}

/* The name (letters, digits, '_', '-') ending at b[e], blanks before e
 * skipped back: its start, or e when there is none. */
static size_t name_before(const unsigned char *b, size_t ls, size_t *e)
{
	size_t k;

	*e = skip_blanks_back(b, *e, ls);
	for (k = *e; k > ls && (isalnum(b[k - 1]) || b[k - 1] == '_' || b[k - 1] == '-');
	     k--)
		;
	return k;
}

/* A suffix that keeps a credential's name for another of its values
 * (HUBSPOT_API_KEY_OLD, GITHUB_TOKEN_V2, STRIPE_SECRET_KEY_PROD): its
 * length, or 0. */
static size_t variant_suffix(const unsigned char *b, size_t ns, size_t ne)
{
	static const char *words[] = { "old",	  "new",  "prev",    "previous",
				       "backup",  "next", "current", "prod",
				       "staging", "dev",  "test",    "live" };
	size_t w, n, k;

	for (k = ne; k > ns && b[k - 1] != '_'; k--)
		;
	if (k <= ns + 1)
		return 0;
	n = ne - k;
	if ((n == 2 && tolower(b[k]) == 'v' && isdigit(b[k + 1])) ||
	    (n == 1 && isdigit(b[k])))
		return n + 1;
	for (w = 0; w < sizeof(words) / sizeof(words[0]); w++)
		if (n == strlen(words[w]) &&
		    !strncasecmp((const char *)b + k, words[w], n))
			return n + 1;
	return 0;
}

/*
 * A literal token after `Bearer` at b[k] that the code joins to it:
 * C#'s interpolation hole ($"Bearer {"..."}"), a concatenation
 * ("Bearer " + "...", PHP's ., Lua's .., VB's &, Elixir's <>). The
 * literal's content in [*vs, *ve).
 */
static int bearer_joined(const unsigned char *b, size_t le, size_t k, size_t *vs,
			 size_t *ve)
{
	size_t i;

	if (k >= le || b[k] != ' ')
		return 0;
	if (k + 1 < le && b[k + 1] == '{') {
		i = quoted(b, k + 2, le, vs, ve);
		return i && i < le && b[i] == '}';
	}
	if (k + 1 >= le || (b[k + 1] != '"' && b[k + 1] != '\'') ||
	    !(i = concat_next(b, k + 2, le)))
		return 0;
	/* the whole token, not the first part of a longer join */
	i = quoted(b, i, le, vs, ve);
	return i && !concat_operator(b, skip_blanks(b, i, le), le);
}

/* A Bearer token in a logged repr of bytes, a literal \r or \n right after
 * it (b'...Authorization: Bearer <token>\r\n'): its end, or 0. */
static size_t bearer_escaped(const unsigned char *b, size_t le, size_t k)
{
	size_t e;

	if (k >= le || b[k] != ' ')
		return 0;
	for (e = k + 1; e < le && b64token_byte(b[e]); e++)
		;
	return e + 1 < le && b[e] == '\\' && (b[e + 1] == 'r' || b[e + 1] == 'n') ? e : 0;
}

/* A Lisp's definition before the name at b[s]: (def, (defvar,
 * (defparameter, (defconst, (define, (setq, (setf. */
static int lisp_definition(const unsigned char *b, size_t ls, size_t s)
{
	size_t k = s;

	if (k > ls && b[k - 1] == '*')
		k--; /* *earmuffs* */
	if (k <= ls || (b[k - 1] != ' ' && b[k - 1] != '\t'))
		return 0;
	k = skip_blanks_back(b, k, ls);
	while (k > ls && (islower(b[k - 1]) || b[k - 1] == '-'))
		k--;
	return k > ls && b[k - 1] == '(' &&
	       (!strncmp((const char *)b + k, "def", 3) ||
		!strncmp((const char *)b + k, "set", 3));
}

static size_t cron_schedule_end(const unsigned char *b, size_t i, size_t le);

/* Where a command's line starts after blanks, a crontab's schedule, a
 * shell history's number (` 512  NAME=...`), a prompt ("$ ") and env or
 * sudo. */
static size_t command_line_start(const unsigned char *b, size_t ls, size_t le)
{
	size_t i = cron_schedule_end(b, skip_blanks(b, ls, le), le), k;

	for (k = i; k < le && isdigit(b[k]); k++)
		;
	if (k > i && k < le && (b[k] == ' ' || b[k] == '\t'))
		i = skip_blanks(b, k, le);
	if (i + 1 < le && b[i] == '$' && b[i + 1] == ' ')
		i = skip_blanks(b, i + 1, le);
	if ((b[i] == 's' && word_at(b, i, le, "sudo")) ||
	    (b[i] == 'e' && word_at(b, i, le, "env")))
		i = skip_blanks(b, i + (b[i] == 's' ? 4 : 3), le);
	return i;
}

/* `NAME=value command` from b[ns], its '=' at b[eq] on the line ending at
 * le: the value (quoted or bare) in [*vs, *ve) when a command follows it. */
static int command_prefix(const unsigned char *b, size_t le, size_t eq, size_t *vs,
			  size_t *ve)
{
	size_t j, k;

	if (!(j = quoted(b, eq + 1, le, vs, ve)))
		j = *ve = bare_value(b, (*vs = eq + 1), le);
	k = skip_blanks(b, j, le);
	return k > j && k < le && (b[k] == '.' || b[k] == '/' || isalpha(b[k]));
}

/*
 * What follows a name b[s..k) that these syntaxes put apart from a
 * value: R's `<-`, VB's `As Type =`, a Lisp's (def name "..."), EDN's
 * :name "...", an Erlang or Elixir tuple {name, "..."}, C's #define, a
 * plist's <key>, a name with a variant's suffix, `NAME=value command`.
 */
static int less_common_apart(const unsigned char *b, size_t len, size_t s, size_t k)
{
	size_t ls, j, e, vs, ve;
	unsigned char c;

	/* most hits (code's names) are followed by none of these: out at once */
	if (k >= len || !(c = b[k]) || !strchr(" *,=<", c))
		return 0;
	j = skip_blanks(b, k, len);
	if (j + 1 < len && b[j] == '<' && (b[j + 1] == '-' || b[j + 1] == '<'))
		return 1;
	if (c == '<')
		return s >= 5 && !memcmp(b + s - 5, "<key>", 5);
	if (c == ' ' && k + 4 < len && !memcmp(b + k, " As ", 4))
		return 1;
	if ((c == ' ' || c == '*' || c == ',') &&
	    (s == 0 || !strchr(c == ',' ? "{: \t" : ": \t*", b[s - 1])))
		return 0;
	if ((ls = near_line_start(b, s)) > s)
		return 0;
	e = skip_blanks_back(b, s, ls);
	if ((c == ' ' || c == '*') &&
	    ((s > ls && b[s - 1] == ':') || lisp_definition(b, ls, s) ||
	     (e >= ls + 7 && !memcmp(b + e - 7, "#define", 7))))
		return 1;
	if (c == ',' && s > ls) {
		e = skip_blanks_back(b, s - (b[s - 1] == ':'), ls);
		return e > ls && b[e - 1] == '{';
	}
	if (c != '=')
		return 0;
	e = line_end(b, len, k);
	return command_line_start(b, ls, e) == s &&
	       (variant_suffix(b, s, k) || command_prefix(b, e, k, &vs, &ve));
}

/* A keyword hit of the generic rule that ends b[last]: whether its line
 * holds one of the shapes below. */
static int less_common_named(const unsigned char *b, size_t len, size_t last)
{
	size_t k = last + 1, s = last, vs, ve;

	if (k >= len)
		return 0;
	if (last >= 10 && !memcmp(b + last - 10, "publish -p ", 11))
		return 1; /* vsce's, ovsx's: -p <token> */
	if (last >= 5 && equal_ci(b + last - 5, "bearer", 6))
		return bearer_joined(b, len - k > 256 ? k + 256 : len, k, &vs, &ve);
	while (k < len && k < last + 16 && (isalnum(b[k]) || b[k] == '_' || b[k] == '-'))
		k++;
	while (s > 0 && last - s < NAME_MAX_LEN && ident_byte(b[s - 1]))
		s--;
	return less_common_apart(b, len, s, k);
}

/*
 * Credentials a line hands over by position, first on the line b[ls..le):
 * Caddy's `dns <provider> <token>`, steamcmd's `+login <user> <password>`,
 * a Lua table's lone `key` under its provider (M.aiven = { key = "..." }).
 */
static int positional_credentials(const unsigned char *b, size_t ls, size_t le,
				  struct kh_layer *l)
{
	size_t i = skip_blanks(b, ls, le), ns, ne, vs, ve;
	const unsigned char *p;

	for (ne = i; ne < le && (isalnum(b[ne]) || b[ne] == '_' || b[ne] == '.'); ne++)
		;
	if (ne - i == 3 && !memcmp(b + i, "dns", 3) && ne < le && b[ne] == ' ') {
		ns = skip_blanks(b, ne, le);
		for (ne = ns; ne < le && isalnum(b[ne]); ne++)
			;
		vs = skip_blanks(b, ne, le);
		ve = bare_value(b, vs, le);
		return ne > ns && vs > ne && skip_blanks(b, ve, le) == le &&
				       plausible_credential(b + vs, ve - vs, 0)
			       ? emit_named(l, b, ns, ne, "_api_token", vs, ve)
			       : 0;
	}
	if (ne > i && b[ne - 1] != '.' && skip_blanks(b, ne, le) < le &&
	    b[skip_blanks(b, ne, le)] == '=' &&
	    (p = kh_memmem(b + ne, le - ne, "{ key = ", 8))) {
		size_t parts[2][2];

		for (ns = ne; ns > i && b[ns - 1] != '.'; ns--)
			;
		parts[0][0] = ns;
		parts[0][1] = ne;
		parts[1][0] = (size_t)(p - b) + 2;
		parts[1][1] = parts[1][0] + 3;
		return quoted(b, parts[1][1] + 3, le, &vs, &ve)
			       ? emit_path(l, b, (const size_t(*)[2])parts, 2, vs, ve)
			       : 0;
	}
	if ((word_at(b, i, le, "vsce") || word_at(b, i, le, "ovsx") ||
	     word_at(b, i, le, "npx")) &&
	    (p = kh_memmem(b + i, le - i, "publish -p ", 11))) {
		vs = skip_blanks(b, (size_t)(p - b) + 11, le);
		ve = bare_value(b, vs, le);
		if (plausible_credential(b + vs, ve - vs, 0))
			return emit_named(l, b, (size_t)(p - b), (size_t)(p - b) + 7,
					  "_token", vs, ve);
	}
	if (memchr(b + i, '+', le - i) && (p = kh_memmem(b + i, le - i, "+login ", 7))) {
		vs = skip_blanks(b, (size_t)(p - b) + 7, le);
		vs = skip_blanks(b, bare_value(b, vs, le), le);
		ve = bare_value(b, vs, le);
		if (ve > vs && b[vs] != '+' && plausible_credential(b + vs, ve - vs, 1))
			return emit_named(l, b, (size_t)(p - b) + 1, (size_t)(p - b) + 6,
					  "_password", vs, ve);
	}
	return 0;
}

/* The shapes less_common_apart lets through, on the line b[ls..le), and
 * the values a line holds joined or beside a name in other ways. */
/* Whether b[0..len) is an app bundle's Info.plist (its CFBundle keys):
 * looked for once a source, not on each of its <key> lines. */
static int app_bundle(const unsigned char *b, size_t len, struct kh_layer *l)
{
	if (!l->bundle)
		l->bundle = kh_memmem(b, len, "<key>CFBundle", 13) ? 2 : 1;
	return l->bundle == 2;
}

static int less_common_line(const unsigned char *b, size_t len, size_t ls, size_t le,
			    struct kh_layer *l)
{
	static const unsigned char marks[256] = {
		['B'] = 1,  ['b'] = 1, ['<'] = 1, ['='] = 1, ['A'] = 1, ['"'] = 1,
		['\''] = 1, [':'] = 1, ['{'] = 1, ['('] = 1, ['~'] = 1
	};
	size_t i, ns, ne, vs, ve, k;
	int r = 0, fallback;

	/* a call's default after a quoted name (fromEnvironment('NAME',
	 * defaultValue: '...')): looked for once a string asks */
	fallback = -1;
	if (positional_credentials(b, ls, le, l) < 0)
		return -1;
	/* NAME=value ./command, NAME_OLD=value */
	i = command_line_start(b, ls, le);
	for (ne = i; ne < le && (isalnum(b[ne]) || b[ne] == '_'); ne++)
		;
	if (ne > i && ne < le && b[ne] == '=') {
		size_t cut = variant_suffix(b, i, ne);

		if (cut && !quoted(b, ne + 1, le, &vs, &ve))
			ve = bare_value(b, (vs = ne + 1), le);
		if (cut ? emit_split(l, b, i, ne - cut, vs, ve) < 0
			: command_prefix(b, le, ne, &vs, &ve) &&
				    emit_split(l, b, i, ne, vs, ve) < 0)
			return -1;
	}
	/* #define NAME "value" */
	if (i + 8 < le && !memcmp(b + i, "#define", 7) &&
	    (b[i + 7] == ' ' || b[i + 7] == '\t')) {
		ns = skip_blanks(b, i + 7, le);
		for (ne = ns; ne < le && (isalnum(b[ne]) || b[ne] == '_'); ne++)
			;
		if (quoted(b, skip_blanks(b, ne, le), le, &vs, &ve) &&
		    emit_split(l, b, ns, ne, vs, ve) < 0)
			return -1;
	}
	/* <key>Name</key> then <string>value</string>, here or on the next
	 * line; not in an app bundle's Info.plist (its CFBundle keys), which
	 * ships to every user: its keys are the client's, public */
	if ((ns = i) + 5 < le && !memcmp(b + i, "<key>", 5) && !app_bundle(b, len, l)) {
		const unsigned char *c = kh_memmem(b + i + 5, le - i - 5, "</key>", 6);

		ns = i + 5;
		if (c) {
			ne = (size_t)(c - b);
			k = skip_blanks(b, ne + 6, le);
			if (k == le && le < len) {
				k = le + 1;
				k = skip_blanks(b, k, content_end(b, len, k));
			}
			if (k + 8 < len && !memcmp(b + k, "<string>", 8)) {
				vs = k + 8;
				for (ve = vs; ve < len && b[ve] != '<' && b[ve] != '\n';
				     ve++)
					;
				if (ve < len && b[ve] == '<' &&
				    emit_split(l, b, ns, ne, vs, ve) < 0)
					return -1;
			}
		}
	}
	for (i = ls; i < le && r == 0; i++) {
		if (!marks[b[i]])
			continue; /* most bytes: out with one load */
		switch (b[i]) {
		case 'B':
		case 'b': /* $"Bearer {"..."}", "Bearer " + "...", Bearer ...\r\n */
			if (i + 6 > le || (b[i + 1] != 'e' && b[i + 1] != 'E') ||
			    strncasecmp((const char *)b + i, "bearer", 6) ||
			    (i > ls && isalnum(b[i - 1])))
				break;
			if (bearer_joined(b, le, i + 6, &vs, &ve))
				r = plausible_credential(b + vs, ve - vs, 0)
					    ? emit_named(l, b, i, i + 6, "_token", vs, ve)
					    : 0;
			else if ((ve = bearer_escaped(b, le, i + 6)) &&
				 plausible_credential(b + i + 7, ve - i - 7, 0))
				r = emit_named(l, b, i, i + 6, "_token", i + 7, ve);
			break;
		case '<': /* name <- "value", name <<- "value" */
			if (i + 1 >= le || (b[i + 1] != '-' && b[i + 1] != '<'))
				break;
			k = i + 2 + (b[i + 1] == '<');
			if (k > le || b[k - 1] != '-')
				break;
			ne = i;
			ns = name_before(b, ls, &ne);
			if (ns < ne && quoted(b, skip_blanks(b, k, le), le, &vs, &ve))
				r = emit_split(l, b, ns, ne, vs, ve);
			break;
		case '=': /* 'name' => 'value' (PHP's arrays: a glued name),
			   * Dim name As String = "value" */
			if (i + 1 < le && b[i + 1] == '>' &&
			    quoted_before(b, ls, skip_blanks_back(b, i, ls), &ns, &ne) &&
			    glued_word(b, ns, ne) < ne &&
			    quoted(b, skip_blanks(b, i + 2, le), le, &vs, &ve))
				r = emit_split(l, b, ns, ne, vs, ve);
			break;
		case 'A': /* Dim name As String = "value" */
			if (i == ls || b[i - 1] != ' ' || i + 3 > le || b[i + 1] != 's' ||
			    b[i + 2] != ' ')
				break;
			ne = i - 1;
			ns = name_before(b, ls, &ne);
			for (k = skip_blanks(b, i + 2, le);
			     k < le && (isalnum(b[k]) || b[k] == '.'); k++)
				;
			k = skip_blanks(b, k, le);
			if (ns < ne && k < le && b[k] == '=' &&
			    quoted(b, skip_blanks(b, k + 1, le), le, &vs, &ve))
				r = emit_split(l, b, ns, ne, vs, ve);
			break;
		case '"':
		case '\'': /* "--token", "value" in an args array;
			    * fromEnvironment('NAME', defaultValue: 'value') */
			if (i + 2 < le && (b[i + 1] != '-' || b[i + 2] != '-') &&
			    fallback < 0)
				fallback =
					kh_memmem(b + ls, le - ls, "efault", 6) != NULL;
			/* not from an escaped quote: its string runs to the
			 * next unescaped one, and each would rescan the line */
			if (i + 2 >= le || (i > ls && b[i - 1] == '\\') ||
			    (!fallback && (b[i + 1] != '-' || b[i + 2] != '-')) ||
			    !(k = quoted(b, i, le, &ns, &ne)))
				break;
			k = skip_blanks(b, k, le);
			if (k >= le || b[k] != ',')
				break;
			k = skip_blanks(b, k + 1, le);
			if (ne - ns > 3 && b[ns] == '-' && b[ns + 1] == '-' &&
			    quoted(b, k, le, &vs, &ve))
				r = emit_split(l, b, ns + 2, ne, vs, ve);
			else if (k + 7 < le &&
				 !strncasecmp((const char *)b + k, "default", 7)) {
				for (k += 7; k < le && isalpha(b[k]); k++)
					;
				k = skip_blanks(b, k, le);
				if (k < le && (b[k] == ':' || b[k] == '=') &&
				    quoted(b, skip_blanks(b, k + 1, le), le, &vs, &ve))
					r = emit_split(l, b, ns, ne, vs, ve);
			}
			i = ne; /* past the string */
			break;
		case ':': /* EDN's {:password "value"} */
			if (i + 1 >= le || !isalpha(b[i + 1]) ||
			    (i > ls && ident_byte(b[i - 1])))
				break;
			for (ne = i + 1;
			     ne < le && (isalnum(b[ne]) || b[ne] == '_' || b[ne] == '-');
			     ne++)
				;
			if (ne < le && b[ne] == ' ' &&
			    quoted(b, skip_blanks(b, ne, le), le, &vs, &ve))
				r = emit_split(l, b, i + 1, ne, vs, ve);
			break;
		case '{': /* {api_key, "value"}, {:api_key, "value"} */
			if (i + 1 >= le ||
			    (b[i + 1] != ' ' && b[i + 1] != ':' && !islower(b[i + 1])))
				break;
			ns = skip_blanks(b, i + 1, le);
			ns += ns < le && b[ns] == ':';
			for (ne = ns; ne < le && (isalnum(b[ne]) || b[ne] == '_'); ne++)
				;
			k = skip_blanks(b, ne, le);
			if (ne > ns && k < le && b[k] == ',' &&
			    quoted(b, skip_blanks(b, k + 1, le), le, &vs, &ve))
				r = emit_split(l, b, ns, ne, vs, ve);
			break;
		case '~': /* Elixir's sigils: api_token: ~s(value), @api_key ~S[value] */
			if (i + 3 >= le || (b[i + 1] != 's' && b[i + 1] != 'S') ||
			    !(k = sigil_close(b[i + 2])))
				break;
			ne = skip_blanks_back(b, i, ls);
			ne -= ne > ls && b[ne - 1] == ':';
			ns = name_before(b, ls, &ne);
			vs = i + 3;
			for (ve = vs; ve < le && b[ve] != k; ve++)
				;
			if (ns < ne && ve < le)
				r = emit_split(l, b, ns, ne, vs, ve);
			break;
		case '(': /* (def api-key "value"), (setq service-api-key "value") */
			if (i + 1 >= le || (b[i + 1] != 'd' && b[i + 1] != 's'))
				break;
			for (k = i + 1;
			     k < le && (islower(b[k]) || b[k] == '-' || b[k] == '!'); k++)
				;
			if (k - i < 4 || k >= le || b[k] != ' ' ||
			    (strncmp((const char *)b + i + 1, "def", 3) &&
			     strncmp((const char *)b + i + 1, "set", 3)))
				break;
			ns = skip_blanks(b, k, le);
			ns += ns < le && b[ns] == '*';
			for (ne = ns;
			     ne < le && (isalnum(b[ne]) || b[ne] == '_' || b[ne] == '-');
			     ne++)
				;
			k = skip_blanks(b, ne + (ne < le && b[ne] == '*'), le);
			if (ne > ns && quoted(b, k, le, &vs, &ve))
				r = emit_split(l, b, ns, ne, vs, ve);
			break;
		}
	}
	return r < 0 ? -1 : 0;
}

/* Where the CDATA section starting at b[i] ends (its "]]>"), or 0. */
static size_t cdata_end(const unsigned char *b, size_t le, size_t i)
{
	const unsigned char *e;

	if (i + 9 > le || memcmp(b + i, "<![CDATA[", 9))
		return 0;
	e = kh_memmem(b + i + 9, le - i - 9, "]]>", 3);
	return e ? (size_t)(e - b) : 0;
}

/*
 * A name held in its own element, the value in the next sibling:
 * <param-name>NAME</param-name> <param-value>...</param-value> (Java EE),
 * <name>NAME</name> <value>...</value> (Hadoop's property). The sibling
 * may start on the next line; at is past the name element's end tag.
 */
static int sibling_value(struct kh_layer *l, const unsigned char *b, size_t len,
			 size_t ns, size_t ne, size_t at)
{
	size_t ts, te, vs, ve, end = line_end(b, len, at);

	at = skip_blanks(b, at, end);
	if (at == end && end < len) {
		at = end + 1;
		end = line_end(b, len, at);
		at = skip_blanks(b, at, end);
	}
	if (at >= end || b[at] != '<')
		return 0;
	for (te = ts = at + 1; te < end && ident_byte(b[te]); te++)
		;
	if (te >= end || b[te] != '>' || !ends_ci(b, ts, te, "value"))
		return 0;
	vs = te + 1;
	if ((ve = cdata_end(b, end, vs)))
		vs += 9;
	else
		for (ve = vs; ve < end && b[ve] != '<'; ve++)
			;
	return ve < end ? emit_pair(l, b, ns, ne, vs, ve) : 0;
}

/* Whether a credential_words() word starts at b[i] (i + 3 <= le). */
static int credential_word_at(const unsigned char *b, size_t i, size_t le)
{
	/* `| 0x20` folds a letter's case, and makes no letter of a mark */
	unsigned char c1 = b[i + 1] | 0x20, c2 = b[i + 2] | 0x20;

	switch (b[i] | 0x20) {
	case 'k': return c1 == 'e' && c2 == 'y';
	case 't':
		return c1 == 'o' && c2 == 'k' && i + 5 <= le &&
		       equal_ci(b + i + 3, "en", 2);
	case 's':
		return c1 == 'e' && c2 == 'c' && i + 6 <= le &&
		       equal_ci(b + i + 3, "ret", 3);
	case 'p': /* pat, pass, pw (pwd, DB_PW), psk */
		return (c1 == 'a' && c2 == 't') ||
		       (c1 == 'a' && c2 == 's' && i + 4 <= le &&
			(b[i + 3] | 0x20) == 's') ||
		       c1 == 'w' || (c1 == 's' && c2 == 'k');
	case 'a':
		return c1 == 'u' && c2 == 't' && i + 4 <= le && (b[i + 3] | 0x20) == 'h';
	case 'c':
		return c1 == 'r' && c2 == 'e' && i + 4 <= le && (b[i + 3] | 0x20) == 'd';
	}
	return 0;
}

#ifdef __SSE2__
/* The bytes of x (case folded) equal to a, where y's (the next bytes) equal c. */
static __m128i pair_at(__m128i x, __m128i y, char a, char c)
{
	return _mm_and_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(a)),
			     _mm_cmpeq_epi8(y, _mm_set1_epi8(c)));
}

/* Of the 16 places p[0..16) (p[16] is read), those where a word of
 * credential_word_at() may start: its first two letters, case aside. */
static unsigned word_starts16(const unsigned char *p)
{
	const __m128i fold = _mm_set1_epi8(0x20);
	__m128i x = _mm_or_si128(_mm_loadu_si128((const __m128i *)p), fold);
	__m128i y = _mm_or_si128(_mm_loadu_si128((const __m128i *)(p + 1)), fold);

	return (unsigned)_mm_movemask_epi8(_mm_or_si128(
		_mm_or_si128(
			_mm_or_si128(pair_at(x, y, 'k', 'e'), pair_at(x, y, 't', 'o')),
			_mm_or_si128(pair_at(x, y, 's', 'e'), pair_at(x, y, 'a', 'u'))),
		_mm_or_si128(
			_mm_or_si128(pair_at(x, y, 'c', 'r'), pair_at(x, y, 'p', 'a')),
			_mm_or_si128(pair_at(x, y, 'p', 'w'), pair_at(x, y, 'p', 's')))));
}
#endif

/* Where the first credential_word_at() word at or after b[i] starts on the
 * line b[..le), le when none does: 16 places a step, two letters a place. */
static size_t next_credential_word(const unsigned char *b, size_t i, size_t le)
{
#ifdef __SSE2__
	unsigned char pad[32] = { 0 }; /* the last bytes, NULs after: no letter */
	unsigned bits;
	size_t at;

	for (; i + 17 <= le; i += 16)
		for (bits = word_starts16(b + i); bits; bits &= bits - 1) {
			at = i + (size_t)__builtin_ctz(bits);
			if (at + 3 <= le && credential_word_at(b, at, le))
				return at;
		}
	if (i >= le)
		return le;
	memcpy(pad, b + i, le - i); /* under 17 */
	for (bits = word_starts16(pad); bits; bits &= bits - 1) {
		at = (size_t)__builtin_ctz(bits);
		if (at + 3 <= le - i && credential_word_at(pad, at, le - i))
			return i + at;
	}
#else
	for (; i + 3 <= le; i++)
		if (credential_word_at(b, i, le))
			return i;
#endif
	return le;
}

/* ---- Markdown: a fenced block under a heading that names it ---------- */

/* The line after the one ending at le (its '\n'), or len. */
static size_t next_line_start(size_t len, size_t le)
{
	return le < len ? le + 1 : len;
}

/* Whether b[ls..le) opens or closes a Markdown fence (``` or ~~~, an info
 * string after an opening one). */
static int fence_line(const unsigned char *b, size_t ls, size_t le)
{
	size_t i = skip_blanks(b, ls, le);

	return i + 3 <= le && i - ls < 4 && (b[i] == '`' || b[i] == '~') &&
	       b[i + 1] == b[i] && b[i + 2] == b[i];
}

/* Whether b[ls..le) is a Markdown ATX heading ("## API token"): where its
 * text starts, or 0. */
static size_t heading_text(const unsigned char *b, size_t ls, size_t le)
{
	size_t i = ls;

	while (i < le && i - ls < 6 && b[i] == '#')
		i++;
	if (i == ls || i >= le || (b[i] != ' ' && b[i] != '\t'))
		return 0;
	return skip_blanks(b, i, le);
}

/*
 * A heading that names a credential, and below it (a blank line between at
 * most) a fenced block of one line that holds one token: "## API token",
 * then ```, the value, ```. The heading's words are the name (`API_token`);
 * the rules judge the value as any.
 */
static int heading_fence(const unsigned char *b, size_t len, size_t ls, size_t le,
			 struct kh_layer *l)
{
	size_t hs = heading_text(b, ls, le), he, ws, fs, fe, vs, ve, cs, ce, n;

	if (!hs)
		return 0;
	he = skip_blanks_back(b, le, hs);
	while (he > hs && (b[he - 1] == '#' || b[he - 1] == ':'))
		he = skip_blanks_back(b, he - 1, hs); /* "## Token ##", "## Token:" */
	for (ws = he; ws > hs && ident_byte(b[ws - 1]); ws--)
		;
	if (ws == he || !credential_name(b + ws, he - ws) || he - hs > NAME_MAX_LEN)
		return 0;
	fs = next_line_start(len, line_end(b, len, ls));
	for (n = 0; n < 2 && fs < len; n++) {
		fe = content_end(b, len, fs);
		if (fence_line(b, fs, fe))
			break;
		if (skip_blanks(b, fs, fe) != fe)
			return 0; /* prose between: not the heading's block */
		fs = next_line_start(len, line_end(b, len, fs));
	}
	if (fs >= len || !fence_line(b, fs, content_end(b, len, fs)))
		return 0;
	cs = next_line_start(len, line_end(b, len, fs));
	if (cs >= len)
		return 0;
	ce = content_end(b, len, cs);
	fs = next_line_start(len, line_end(b, len, cs));
	if (fs >= len || !fence_line(b, fs, content_end(b, len, fs)) ||
	    !lone_value(b, cs, ce, &vs, &ve) || !plausible_value(b + vs, ve - vs))
		return 0;
	return emit_named(l, b, hs, he, "", vs, ve);
}

/* A keyword hit of the generic rule, the name ending at b[k): whether it
 * ends a Markdown heading with a fenced block below. */
static int heading_fence_named(const unsigned char *b, size_t len, size_t k)
{
	size_t name_end = k, ls, le;

	while (k < len && (b[k] == ' ' || b[k] == ':' || b[k] == '#' || b[k] == '\r'))
		k++;
	if (k < len && b[k] != '\n')
		return 0;
	le = k;
	ls = line_start_within(b, name_end, 256);
	if (ls > name_end || b[ls] != '#')
		return 0;
	k = next_line_start(len, le);
	if (k < len && (b[k] == '\n' || b[k] == '\r'))
		k = next_line_start(len, line_end(b, len, k));
	return k < len && fence_line(b, k, content_end(b, len, k));
}

/* ---- templates: Go text/template, Helm, Jinja ------------------------- */

/* The next template action in b[i..le): [*s, *e), "{{" to after "}}";
 * 0 when the line holds no more. */
static int next_action(const unsigned char *b, size_t i, size_t le, size_t *s, size_t *e)
{
	const unsigned char *p = i + 2 < le ? kh_memmem(b + i, le - i, "{{", 2) : NULL,
			    *c;

	if (!p)
		return 0;
	*s = (size_t)(p - b);
	c = *s + 4 <= le ? kh_memmem(b + *s + 2, le - *s - 2, "}}", 2) : NULL;
	if (!c)
		return 0;
	*e = (size_t)(c - b) + 2;
	return 1;
}

/* Where the words of the action that starts at b[s] begin: after "{{",
 * a '-' trim and blanks, before e. */
static size_t action_body(const unsigned char *b, size_t s, size_t e)
{
	return skip_blanks(b, s + 2 + (b[s + 2] == '-'), e);
}

/* The first word of the action b[s..e) after "{{", a '-' trim and blanks:
 * whether it is w. */
static int action_word(const unsigned char *b, size_t s, size_t e, const char *w)
{
	return word_at(b, action_body(b, s, e), e, w);
}

/* The name that ends at b[k] before a template action (`NAME={{`, `name:
 * {{`, `"name": "{{`): [*ns, *ne). */
static int name_before_action(const unsigned char *b, size_t ls, size_t k, size_t *ns,
			      size_t *ne)
{
	k = skip_blanks_back(b, k, ls);
	if (k > ls && (b[k - 1] == '"' || b[k - 1] == '\''))
		k = skip_blanks_back(b, k - 1, ls);
	if (k == ls || (b[k - 1] != '=' && b[k - 1] != ':'))
		return 0;
	k = skip_blanks_back(b, k - 1, ls);
	if (k > ls && (b[k - 1] == '"' || b[k - 1] == '\''))
		k--;
	*ne = k;
	while (k > ls && ident_byte(b[k - 1]))
		k--;
	*ns = k;
	return *ne > *ns;
}

/*
 * A literal a template gives a credential's name on the line b[ls..le):
 * Go's `{{ with "value" }}NAME={{ . }}{{ end }}` (the dot is the literal),
 * a pipeline's default (`name: {{ .Values.x | default "value" | quote }}`,
 * Jinja's `{{ x | default("value") }}`) and a variable
 * (`{{- $dbPassword := "value" -}}`). The rules judge `NAME = "value"`.
 */
static int template_line(const unsigned char *b, size_t ls, size_t le, struct kh_layer *l)
{
	size_t i, e, k, ns, ne, vs, ve, dot, de;

	for (i = ls; next_action(b, i, le, &i, &e); i = e) {
		k = action_body(b, i, e);
		if (action_word(b, i, e, "with")) {
			if (!quoted(b, skip_blanks(b, k + 4, e), e, &vs, &ve))
				continue;
			/* the first {{ . }} after it, and the name before it */
			for (dot = e; next_action(b, dot, le, &dot, &de) &&
				      !action_word(b, dot, de, "end");
			     dot = de) {
				k = action_body(b, dot, de);
				if (k < de && b[k] == '.' &&
				    (k + 1 == de || !ident_byte(b[k + 1]))) {
					if (name_before_action(b, e, dot, &ns, &ne) &&
					    emit_pair(l, b, ns, ne, vs, ve) < 0)
						return -1;
					break;
				}
			}
			continue;
		}
		if (k < e && b[k] == '$') { /* {{ $name := "value" }} */
			for (ns = ++k; k < e && ident_byte(b[k]); k++)
				;
			ne = k;
			k = skip_blanks(b, k, e);
			if (k + 1 < e && b[k] == ':' && b[k + 1] == '=' &&
			    quoted(b, skip_blanks(b, k + 2, e), e, &vs, &ve) &&
			    emit_pair(l, b, ns, ne, vs, ve) < 0)
				return -1;
			continue;
		}
		/* a pipeline's default: | default "value", default("value") */
		for (k = i + 2; k + 8 < e; k++) {
			if (b[k] != 'd' || !word_at(b, k, e, "default"))
				continue;
			k = skip_blanks(b, k + 7, e);
			if (k < e && b[k] == '(')
				k = skip_blanks(b, k + 1, e);
			if (quoted(b, k, e, &vs, &ve) &&
			    name_before_action(b, ls, i, &ns, &ne) &&
			    emit_pair(l, b, ns, ne, vs, ve) < 0)
				return -1;
			break;
		}
	}
	return 0;
}

/* A keyword hit of the generic rule, the name ending at b[k): whether a
 * template action gives it its value: `NAME={{ . }}` after a `with`,
 * `name: {{ … | default "…" }}`, `{{ $name := "…" }}`. */
static int template_named(const unsigned char *b, size_t len, size_t s, size_t k)
{
	size_t j = k;

	if (s > 0 && b[s - 1] == '$') {
		j = skip_blanks(b, k, len);
		return j + 1 < len && b[j] == ':' && b[j + 1] == '=';
	}
	if (j < len && (b[j] == '"' || b[j] == '\''))
		j++;
	if (j >= len || (b[j] != '=' && b[j] != ':'))
		return 0;
	j = skip_blanks(b, j + 1, len);
	if (j < len && (b[j] == '"' || b[j] == '\''))
		j++;
	return j + 1 < len && b[j] == '{' && b[j + 1] == '{';
}

/*
 * Whether the line b[ls..le) holds, case aside, a word a credential's name
 * needs: one of credential_name()'s (key, token, secret, pass, pw, auth,
 * cred, a "pat" tail) or telling_tail()'s own (WIFI_PSK). A reader whose
 * every pair is named from its line, through credential_name() or
 * telling_tail(), finds none on a line without one: most lines a
 * provider's keyword sends (signature, slack, apple) hold none. Such
 * readers (typed_declaration, apart_line, hidden_name_line,
 * code_shape_line, code_glue_line, any_glue_line and kh_shape_line's name
 * cases) must keep to that: a pair named any other way goes in another
 * reader.
 */
static int credential_words(const unsigned char *b, size_t ls, size_t le)
{
	return next_credential_word(b, ls, le) < le;
}

int kh_shape_line(const unsigned char *b, size_t len, size_t ls, size_t le,
		  struct kh_layer *l)
{
	/* the bytes of the cases below that name a pair their own way:
	 * "Bearer" or a scheme, ConvertTo-SecureString, an SDK's call */
	static const unsigned char unnamed_marks[256] = {
		[','] = 1, ['"'] = 1, ['\''] = 1, ['`'] = 1,
		['C'] = 1, ['c'] = 1, ['('] = 1
	};
	size_t i, ns, ne, vs, ve, before = l->n;
	int r = 0, named = credential_words(b, ls, le);

	if (plain_strings(b, ls, le, l) < 0 || yaml_parents(b, len, ls, le, l) < 0 ||
	    brace_parents(b, len, ls, le, l) < 0 || ini_sections(b, len, ls, le, l) < 0 ||
	    command_shapes(b, len, ls, le, l) < 0 || sql_insert(b, len, ls, le, l) < 0 ||
	    csv_header(b, len, ls, le, l) < 0 || table_row(b, ls, le, l) < 0 ||
	    netrc_entry(b, len, ls, le, l) < 0 ||
	    /* (named: readers whose pairs are all named from the line) */
	    (named && typed_declaration(b, ls, le, l) < 0) ||
	    (named && apart_line(b, len, ls, le, l) < 0) ||
	    json_objects(b, len, ls, le, l) < 0 || debconf_password(b, ls, le, l) < 0 ||
	    less_common_line(b, len, ls, le, l) < 0 ||
	    (named && hidden_name_line(b, ls, le, l) < 0) ||
	    (named && code_shape_line(b, len, ls, le, l) < 0) ||
	    (named && code_glue_line(b, ls, le, l) < 0) ||
	    (named && any_glue_line(b, len, ls, le, l) < 0) ||
	    (named && template_line(b, ls, le, l) < 0) ||
	    (named && b[ls] == '#' && heading_fence(b, len, ls, le, l) < 0) ||
	    /* (names from other lines too: a table's header, a generator) */
	    syntax_line(b, len, ls, le, l) < 0)
		return -1;
	/* a CSV row name,value[,...]; a DSL's name "value" */
	ns = skip_blanks(b, ls, le);
	for (ne = ns; ne < le && ident_byte(b[ne]); ne++)
		;
	if (ne > ns && dsl_value(b, len, ns, ne, &vs, &ve) &&
	    emit_pair(l, b, ns, ne, vs, ve) < 0)
		return -1;
	for (ne = ls; ne < le && ident_byte(b[ne]); ne++)
		;
	if (ne > ls && ne < le && b[ne] == ',') {
		for (ve = ne + 1; ve < le && b[ve] != ',' && b[ve] != '"'; ve++)
			;
		if (emit_pair(l, b, ls, ne, ne + 1, ve) < 0)
			return -1;
	}
	/* <add key="Name" value="..."/>, {"key": "name", "value": "..."},
	 * the value up to two lines below in pretty-printed JSON */
	if (named && (attribute(b, ls, le, "key", &ns, &ne) ||
		      attribute(b, ls, le, "name", &ns, &ne))) {
		size_t from = ne, to = le;
		int up;

		for (up = 0; up < 3; up++) {
			if (attribute(b, from, to, "value", &vs, &ve) ||
			    attribute(b, from, to, "default", &vs, &ve)) {
				if ((r = emit_pair(l, b, ns, ne, vs, ve)) < 0)
					return -1;
				break;
			}
			/* a statement that ends at the name (SQL's WHERE name =
			 * '...';) holds no value below */
			if (to >= len || (up == 0 && skip_blanks(b, ne + 1, le) < le &&
					  b[skip_blanks(b, ne + 1, le)] == ';'))
				break;
			from = to + 1;
			to = line_end(b, len, from);
		}
	}
	for (i = ls; i < le && r == 0; i++) {
		size_t k;

		/* a line without a credential's word: only the pairs named by
		 * a scheme, a call or a command (the cases below that say so) */
		if (!(unnamed_marks[b[i]] | named))
			continue;
		switch (b[i]) {
		case ',': /* ("Name", "value"): dictionaries, Add(), getenv() */
			if (quoted_before(b, ls, skip_blanks_back(b, i, ls), &ns, &ne) &&
			    quoted(b, skip_blanks(b, i + 1, le), le, &vs, &ve) &&
			    !string_follows(b, le, ve)) {
				unquote_literal(b, &vs, &ve);
				/* AuthenticationHeaderValue("Bearer", "..."), or
				 * any scheme ("aivenv1", "Token") there */
				if ((ne - ns == 6 &&
				     !strncasecmp((const char *)b + ns, "bearer", 6)) ||
				    auth_header_value(b, ls, ns))
					r = plausible_credential(b + vs, ve - vs, 0)
						    ? emit_named(l, b, ns, ne, "_token",
								 vs, ve)
						    : 0;
				else
					r = emit_pair(l, b, ns, ne, vs, ve);
			} else if (i + 1 < le && isalpha(b[i + 1])) {
				/* StackExchange.Redis: host:6380,password=...,ssl=True */
				r = redis_pair(l, b, i, le);
			}
			break;
		case '/': /* $ENV{NAME} // "value" */
			k = skip_blanks_back(b, i, ls);
			if (i + 1 < le && b[i + 1] == '/' && k > ls && b[k - 1] == '}')
				r = fallback_pair(b, len, ls, le, i, 2, l);
			break;
		case ']': /* ["NAME"] = "value" */
			r = index_assignment(b, ls, le, i, l);
			break;
		case '&': /* ?name=value&name=value */
			if (!download_link_query(b, ls, i, le))
				r = pair_after(l, b, i, le, QUERY_STOPS);
			break;
		case ';': /* Server=...;Password=value; */
			r = pair_after(l, b, i, le, ";\"'");
			break;
		case '=': /* //registry/:_password=<base64>, ${NAME=value} */
			r = npm_base64_password(b, ls, le, i, l);
			if (r == 0)
				r = shell_default(b, ls, le, i, l);
			break;
		case '|':
		case '?': /* process.env.NAME || "value", env["NAME"] ?? "value",
			   * System.getenv("NAME") ?: "value" */
			if (b[i] == '?' && !download_link_query(b, ls, i, le))
				r = pair_after(l, b, i, le, QUERY_STOPS);
			if (r == 0 && i + 1 < le &&
			    (b[i + 1] == b[i] || (b[i] == '?' && b[i + 1] == ':')))
				r = fallback_pair(b, len, ls, le, i, 2, l);
			break;
		case '"':
		case '\'':
		case '`': /* "Bearer value", setValue("SSWS value", ... "Authorization")
			   */
			r = header_scheme_string(b, ls, le, i, l);
			if (r == 0 && b[i] != '`')
				r = user_joined_password(b, ls, le, i, l);
			if (r == 0 && b[i] == '`')
				r = prose_code_span(b, ls, le, i, l);
			break;
		case 'u': /* env::var("NAME").unwrap_or("value"),
			   * .unwrap_or_else(|_| "value".into()) */
			if (i == ls || b[i - 1] != '.' || i + 9 >= le ||
			    memcmp(b + i, "unwrap_or", 9))
				break;
			k = i + 9;
			if (k + 5 < le && !memcmp(b + k, "_else", 5))
				k += 5;
			if (k >= le || b[k] != '(')
				break;
			k = skip_blanks(b, k + 1, le);
			if (k + 3 <= le && !memcmp(b + k, "|_|", 3))
				k = skip_blanks(b, k + 3, le);
			r = fallback_pair(b, len, ls, le, i - 1, k - (i - 1), l);
			break;
		case 'o': /* os.environ.get("NAME") or "value" */
			if (i > ls && b[i - 1] == ' ' && i + 2 < le && b[i + 1] == 'r' &&
			    b[i + 2] == ' ')
				r = fallback_pair(b, len, ls, le, i, 2, l);
			break;
		case ':': /* ${NAME:-value}, ${NAME:=value} */
			r = shell_default(b, ls, le, i, l);
			break;
		case '<': /* <SecretKey>value</SecretKey> */
			if (i + 1 >= le || !isalpha(b[i + 1]))
				break;
			for (k = i + 1; k < le && ident_byte(b[k]); k++)
				;
			if (k >= le || b[k] != '>')
				break;
			ns = i + 1;
			ne = k;
			vs = k + 1;
			ve = cdata_end(b, le, vs);
			if (ve > vs) /* <secret><![CDATA[value]]></secret> */
				vs += 9;
			else
				for (ve = vs; ve < le && b[ve] != '<'; ve++)
					;
			if (ve < le && ve + 2 + (ne - ns) + 3 * (b[ve] == ']') < le) {
				k = ve + 3 * (b[ve] == ']');
				if (b[k + 1] == '/' &&
				    !memcmp(b + k + 2, b + ns, ne - ns))
					r = ends_ci(b, ns, ne, "name")
						    ? sibling_value(l, b, len, vs, ve,
								    k + 3 + (ne - ns))
						    : emit_pair(l, b, ns, ne, vs, ve);
			}
			break;
		case '-': /* --password VALUE, -storagekey=VALUE */
			if (i > ls && b[i - 1] != ' ' && b[i - 1] != '\t') {
				r = shell_default(b, ls, le, i, l); /* ${NAME-value} */
				break;
			}
			ns = i + (i + 1 < le && b[i + 1] == '-') + 1;
			for (ne = ns; ne < le && ident_byte(b[ne]); ne++)
				;
			if (ne >= le || (b[ne] != '=' && b[ne] != ' '))
				break;
			vs = skip_blanks(b, ne + 1, le);
			if (quoted(b, vs, le, &vs, &ve) == 0)
				ve = bare_value(b, vs, le);
			unquote_literal(b, &vs, &ve); /* -DNAME='"value"' */
			r = emit_pair(l, b, ns, ne, vs, ve);
			/* -e NAME=VALUE, --build-arg NAME=VALUE, --set a.b=VALUE */
			for (k = vs; r == 0 && k < ve && ident_byte(b[k]); k++)
				;
			if (r == 0 && k > vs && k < ve && b[k] == '=')
				r = emit_pair(l, b, vs, k, k + 1, ve);
			break;
		case 's': /* aws configure set NAME VALUE, setx NAME VALUE */
			if (i + 3 >= le || b[i + 1] != 'e' || b[i + 2] != 't' ||
			    (!word_at(b, i, le, "set") && !word_at(b, i, le, "setx")))
				break;
			ns = skip_blanks(b, i + 3 + (b[i + 3] == 'x'), le);
			for (ne = ns; ne < le && ident_byte(b[ne]); ne++)
				;
			if (ne == ns || ne >= le || (b[ne] != ' ' && b[ne] != '\t'))
				break;
			vs = skip_blanks(b, ne, le);
			if (quoted(b, vs, le, &vs, &ve) == 0)
				ve = bare_value(b, vs, le);
			r = emit_pair(l, b, ns, ne, vs, ve);
			break;
		case 'C':
		case 'c': /* ConvertTo-SecureString "value" -AsPlainText */
			k = strlen(SECURE_STRING);
			if (i + k >= le || b[i + 9] != '-' ||
			    strncasecmp((const char *)b + i, SECURE_STRING, k) ||
			    (i > ls && ident_byte(b[i - 1])))
				break;
			vs = skip_blanks(b, i + k, le);
			if (word_at(b, vs, le, "-String"))
				vs = skip_blanks(b, vs + 7, le);
			if (quoted(b, vs, le, &vs, &ve) &&
			    kh_memmem(b + ve, le - ve, "-AsPlainText", 12) &&
			    plausible_credential(b + vs, ve - vs, 1))
				r = emit_named(l, b, i, i + k, "_password", vs, ve);
			break;
		case '(': /* new Client("key"), Factory::create('key') */
			for (k = i; k > ls && (ident_byte(b[k - 1]) || b[k - 1] == ':' ||
					       b[k - 1] == '\\');
			     k--)
				;
			if (k < i && quoted(b, skip_blanks(b, i + 1, le), le, &vs, &ve) &&
			    credential_setter(b, k, i))
				r = emit_pair(l, b, k, i, vs, ve);
			else if (k < i &&
				 quoted(b, skip_blanks(b, i + 1, le), le, &vs, &ve) &&
				 bearer_call(b, k, i))
				r = plausible_credential(b + vs, ve - vs, 0)
					    ? emit_named(l, b, k, i, "_token", vs, ve)
					    : 0;
			else if (k < i &&
				 quoted(b, skip_blanks(b, i + 1, le), le, &vs, &ve) &&
				 builder_field(b, k, i)) {
				/* clientIdAndSecret("id", "secret"): the second */
				if (!pair_method(b, k, i) || next_string(b, le, &vs, &ve))
					r = emit_pair(l, b, k + 1, i, vs, ve);
			} else if (k < i)
				r = emit_sdk_call(l, b, ls, k, i, le);
			/* new NetworkCredential("user", "pass"): the second */
			if (r == 0 && user_password_call(b, ls, k, i, &ns, &ne) &&
			    quoted(b, skip_blanks(b, i + 1, le), le, &vs, &ve)) {
				size_t at = skip_blanks(b, ve + 1, le);

				if (at < le && b[at] == ',' &&
				    quoted(b, skip_blanks(b, at + 1, le), le, &vs, &ve) &&
				    plausible_credential(b + vs, ve - vs, 1))
					r = emit_named(l, b, ns, ne, "_password", vs, ve);
			}
			/* creds = Pair("id", "..."): the last */
			if (r == 0 && named)
				r = credential_tuple(b, ls, le, i, l);
			break;
		case '[': /* credentials = ["user", "..."] */
			r = credential_tuple(b, ls, le, i, l);
			break;
		case '{': /* C#: string ClientSecret { get; set; } = "value"; */
			k = skip_blanks_back(b, i, ls);
			if (k > ls + 6 && b[k - 1] == ')' &&
			    kh_memmem(b + ls, k - ls, ".fetch(", 7)) {
				/* Ruby's ENV.fetch("NAME") { "value" } */
				r = fallback_pair(b, len, ls, le, i, 1, l);
				break;
			}
			for (ne = k; k > ls && ident_byte(b[k - 1]); k--)
				;
			ns = k;
			k = skip_blanks(b, i + 1, le);
			if (ns == ne || k + 4 > le || memcmp(b + k, "get", 3))
				break;
			while (k < le && b[k] != '}')
				k++;
			k = skip_blanks(b, k + 1, le);
			if (k < le && b[k] == '=' &&
			    quoted(b, skip_blanks(b, k + 1, le), le, &vs, &ve))
				r = emit_pair(l, b, ns, ne, vs, ve);
			break;
		case 'v': /* variable "name" { ... default = "value" ... } */
			if (i + 8 > le || b[i + 1] != 'a' ||
			    memcmp(b + i, "variable", 8) ||
			    (i > ls && ident_byte(b[i - 1])))
				break;
			k = skip_blanks(b, i + 8, le);
			if (!quoted(b, k, le, &ns, &ne)) {
				/* HCL's label as an identifier: variable name { */
				for (ns = ne = k; ne < le && ident_byte(b[ne]); ne++)
					;
				k = skip_blanks(b, ne, le);
				if (ne == ns || k >= le || b[k] != '{')
					break;
			}
			/* the block's lines, or its one line: { default = "..." } */
			for (k = ne + 1; k < len && k < le + 1024; k++) {
				if (b[k] == '}' && (b[k - 1] == '\n'))
					break;
				if (b[k] == 'd' && word_at(b, k, len, "default")) {
					size_t q = skip_blanks(b, k + 7, len);

					if (q >= len || b[q] != '=')
						continue; /* a description's word */
					if (quoted(b, skip_blanks(b, q + 1, len), len,
						   &vs, &ve))
						r = emit_pair(l, b, ns, ne, vs, ve);
					break;
				}
			}
			break;
		}
	}
	/* no reader's glue: each name and the value to its right */
	if (r == 0 && named && l->n == before && line_glue_line(b, ls, le, l) < 0)
		return -1;
	return r < 0 ? -1 : 0;
}

/* ---- config files: every `name <sep> value` line ------------------------ */

/*
 * A config file's syntax (INI, properties, TOML, YAML, dotenv, HCL, a
 * daemon's `Directive value`, a Dockerfile's ENV) matters less than its
 * lines: a name, a separator (`=`, `:`, `:=`, `=>`, `<-` or blanks) and a
 * value. One reader takes them all and hands each pair whose last word
 * says credential to the generic rules as `name = "value"`, in words they
 * read; the rules' own checks judge the value.
 */

#define CONFIG_MAX_LINE	 1024 /* longer lines are data or minified code */
#define CONFIG_MAX_ITEMS 16

/* Whether path names a config file: its extension, a config file's own
 * name (.env*, a dotfile ending in rc, Dockerfile, Caddyfile, .htaccess),
 * a code file named for settings (config.py, celeryconfig.py,
 * settings.php) or any file under etc/, config/, conf/, conf.d/ or a web
 * server's sites-available/ and sites-enabled/. */
struct config_word {
	const char *s;
	size_t n;
};
#define CONFIG_WORD(w)           \
	{                        \
		w, sizeof(w) - 1 \
	}

/* Whether s[0..n) is one of words[] (case aside when fold). */
static int config_word_in(const char *s, size_t n, const struct config_word *words,
			  int fold)
{
	for (; words->s; words++)
		if (words->n == n &&
		    (fold ? equal_ci((const unsigned char *)s, words->s, n)
			  : !memcmp(s, words->s, n)))
			return 1;
	return 0;
}

int kh_shape_config_path(const char *path)
{
	static const struct config_word exts[] = { CONFIG_WORD("properties"),
						   CONFIG_WORD("conf"),
						   CONFIG_WORD("cfg"),
						   CONFIG_WORD("cnf"),
						   CONFIG_WORD("ini"),
						   CONFIG_WORD("toml"),
						   CONFIG_WORD("yaml"),
						   CONFIG_WORD("yml"),
						   CONFIG_WORD("env"),
						   CONFIG_WORD("hcl"),
						   CONFIG_WORD("tfvars"),
						   CONFIG_WORD("config"),
						   CONFIG_WORD("cf"),
						   CONFIG_WORD("json"),
						   CONFIG_WORD("plist"),
						   CONFIG_WORD("xml"),
						   CONFIG_WORD("dockerfile"),
						   CONFIG_WORD("htaccess"),
						   { NULL, 0 } };
	static const struct config_word names[] = {
		CONFIG_WORD("dockerfile"), CONFIG_WORD("containerfile"),
		CONFIG_WORD("caddyfile"),  CONFIG_WORD("earthfile"),
		CONFIG_WORD(".htaccess"),  { NULL, 0 }
	};
	static const struct config_word dirs[] = { CONFIG_WORD("etc"),
						   CONFIG_WORD("config"),
						   CONFIG_WORD("conf"),
						   CONFIG_WORD("conf.d"),
						   CONFIG_WORD("sites-available"),
						   CONFIG_WORD("sites-enabled"),
						   { NULL, 0 } };
	const char *base, *dot, *part, *slash;
	size_t k, n;
	uint64_t dir_firsts = 0; /* the dirs' first bytes, modulo 64 */

	if (!path)
		return 0;
	base = strrchr(path, '/');
	base = base ? base + 1 : path;
	n = strlen(base);
	dot = memrchr(base, '.', n);
	if (dot > base && config_word_in(dot + 1, n - (size_t)(dot + 1 - base), exts, 1))
		return 1;
	if (base[0] == '.' &&
	    ((!strncmp(base, ".env", 4) && (base[4] == '\0' || base[4] == '.')) ||
	     (n > 3 && !strcmp(base + n - 2, "rc"))))
		return 1;
	for (k = 0; names[k].s; k++)
		if ((base[0] | 0x20) == names[k].s[0] && n >= names[k].n &&
		    !strncasecmp(base, names[k].s, names[k].n))
			return 1;
	/* settings written as code: the stem says so (Kconfig, a defconfig
	 * have no extension: the kernel's build, not settings) */
	if (dot > base && dot - base >= 6 &&
	    (!strncasecmp(dot - 6, "config", 6) ||
	     (dot - base >= 8 && !strncasecmp(dot - 8, "settings", 8))))
		return 1;
	/* a deep path's every directory is looked at: most are out at
	 * their first byte */
	for (k = 0; dirs[k].s; k++)
		dir_firsts |= (uint64_t)1 << (dirs[k].s[0] & 63);
	for (part = path; part < base; part = slash + 1) {
		slash = strchr(part, '/');
		if ((dir_firsts >> ((unsigned char)*part & 63) & 1) &&
		    config_word_in(part, (size_t)(slash - part), dirs, 0))
			return 1;
	}
	return 0;
}

/* What a name's last word makes of its value, and how the pair is named
 * for the rules. */
enum config_name {
	CONFIG_NONE,
	CONFIG_PLAIN,	  /* password, api_key, token: the rules read it */
	CONFIG_SECRET,	  /* cookieValidationKey, security.salt: `_secret` */
	CONFIG_USER_PASS, /* cloud.auth, basic_auth, creds: user:pass, [u, p] */
};

/* Where the last word of the name b[ns..ne) starts: after its last '.',
 * '_', '-', ':', '/' or at its last lower-to-upper case change. */
static size_t last_word(const unsigned char *b, size_t ns, size_t ne)
{
	size_t k = ne;

	while (k > ns && isalnum(b[k - 1])) {
		k--;
		if (isupper(b[k]) && k > ns && islower(b[k - 1]))
			return k; /* cookieValidationKey: Key */
	}
	return k;
}

/* Whether b[s..e) is one of words[] (NULL-ended), case aside. */
static int word_among(const unsigned char *b, size_t s, size_t e,
		      const char *const *words)
{
	for (; *words; words++)
		if (e - s == strlen(*words) &&
		    !strncasecmp((const char *)b + s, *words, e - s))
			return 1;
	return 0;
}

/* The qualifiers the generic rules read before `key` (api_key). */
static const char *const key_qualifiers[] = { "api",	 "secret",     "app",
					      "master",	 "encryption", "signing",
					      "license", "private",    "access",
					      "account", "auth",       NULL };

/* The qualifiers that make a key a secret the rules' own words do not
 * name (encrypt.key, cookieValidationKey, jwt_key, session_key): a key of
 * any other kind may be public (a publishable, site, write or client
 * key) or a key's id beside its secret. */
static const char *const secret_qualifiers[] = {
	"encrypt", "crypt",   "crypto", "cipher",     "aes",	"hmac",
	"jwt",	   "session", "cookie", "validation", "shared", "admin",
	"server",  "root",    "token",	"storage",    "sas",	NULL
};

#define LOW3(p)                                                       \
	((uint32_t)((p)[0] | 0x20) | (uint32_t)((p)[1] | 0x20) << 8 | \
	 (uint32_t)((p)[2] | 0x20) << 16)
#define T3(a, b, c)    ((uint32_t)(a) | (uint32_t)(b) << 8 | (uint32_t)(c) << 16)
#define T4(a, b, c, d) ((uint32_t)(a) | T3(b, c, d) << 8)

/* Whether b[ns..end) ends in the last bytes of a word config_name_kind()
 * knows (lower-cased by | 0x20, which makes no letter of another byte). */
static int tail_word(const unsigned char *b, size_t ns, size_t end)
{
	uint32_t t3;

	if (end - ns < 3)
		return 0;
	t3 = LOW3(b + end - 3);
	if (t3 == T3('p', 'w', 'd') || t3 == T3('k', 'e', 'y'))
		return 1;
	if (end - ns < 4)
		return 0;
	switch ((uint32_t)(b[end - 4] | 0x20) | t3 << 8) {
	case T4('w', 'o', 'r', 'd'): /* password */
	case T4('s', 's', 'w', 'd'): /* passwd */
	case T4('r', 'a', 's', 'e'): /* passphrase */
	case T4('c', 'r', 'e', 't'): /* secret */
	case T4('o', 'k', 'e', 'n'): /* token */
	case T4('p', 'a', 's', 's'):
	case T4('s', 'a', 'l', 't'):
	case T4('a', 'u', 't', 'h'):
	case T4('c', 'r', 'e', 'd'):
	case T4('t', 'i', 'a', 'l'): /* credential */
	case T4('i', 'n', 'f', 'o'): /* user.info */ return 1;
	}
	return 0;
}

/* Whether the name b[ns..ne) (a plural's 's' aside) ends in such a word:
 * a few loads let most of a config file's names (compatible:,
 * description:) pass at once. */
static int credential_tail(const unsigned char *b, size_t ns, size_t ne)
{
	return tail_word(b, ns, ne) ||
	       (ne > ns && (b[ne - 1] | 0x20) == 's' && tail_word(b, ns, ne - 1));
}

/* Whether the word b[w..e) ends in "pass" and names no password: a
 * compass (encompass), surpass, trespass, overpass (not a bypass: Vercel's
 * protection bypass is a secret). */
static int pass_look_alike(const unsigned char *b, size_t w, size_t e)
{
	static const char *const words[] = { "compass",	 "surpass",   "trespass",
					     "overpass", "underpass", NULL };
	size_t k;

	for (k = 0; words[k]; k++)
		if (ends_ci(b, w, e, words[k]))
			return 1;
	return 0;
}

/*
 * What the name b[ns..ne) says of its value, by its last word (a plural
 * dropped to its singular in *ne): password, token, api_key as the rules
 * read them; a key a secret's word qualifies (encrypt.key,
 * cookieValidationKey) or a salt as a secret; auth and creds as a user
 * and a password. The id of a credential (key_id), a public key, a key
 * alone: none.
 */
static enum config_name config_name_kind(const unsigned char *b, size_t ns, size_t *ne)
{
	static const char *plain[] = { "password", "passwd", "pwd", "passphrase",
				       "secret",   "token",  NULL };
	size_t w, e = *ne, q, qe, k;

	if (e - ns < 3 || e - ns > NAME_MAX_LEN || !credential_tail(b, ns, e) ||
	    id_name(b + ns, e - ns))
		return CONFIG_NONE;
	if (tolower(b[e - 1]) == 's' && e - ns > 4 &&
	    (ends_ci(b, ns, e - 1, "key") || ends_ci(b, ns, e - 1, "token") ||
	     ends_ci(b, ns, e - 1, "secret") || ends_ci(b, ns, e - 1, "password") ||
	     ends_ci(b, ns, e - 1, "cred")))
		*ne = --e; /* api_keys, tokens, secrets, passwords */
	w = last_word(b, ns, e);
	for (k = 0; plain[k]; k++)
		if (ends_ci(b, w, e, plain[k]))
			return CONFIG_PLAIN; /* glued too: dbpassword */
	if (ends_ci(b, w, e, "pass") && !pass_look_alike(b, w, e))
		return CONFIG_PLAIN; /* requirepass, auth_pass */
	if (e - w == 4 && !strncasecmp((const char *)b + w, "salt", 4))
		return CONFIG_SECRET; /* a word of its own: not Pulumi's encryptionsalt */
	if (ends_ci(b, w, e, "key")) {
		q = e - 3;
		if (q > w) /* glued: apikey, accesskey; monkey, hotkey */
			return word_among(b, w, q, key_qualifiers) ? CONFIG_PLAIN
								   : CONFIG_NONE;
		/* key a word of its own: the word before qualifies it */
		qe = q > ns && !isalnum(b[q - 1]) ? q - 1 : q;
		k = last_word(b, ns, qe);
		if (k == qe)
			return CONFIG_NONE; /* a key alone: a section's, said there */
		if (word_among(b, k, qe, key_qualifiers))
			return CONFIG_PLAIN;
		return word_among(b, k, qe, secret_qualifiers) ? CONFIG_SECRET
							       : CONFIG_NONE;
	}
	if (ends_ci(b, w, e, "auth") || ends_ci(b, w, e, "cred") ||
	    ends_ci(b, w, e, "credential") || ends_ci(b, w, e, "userpass"))
		return CONFIG_USER_PASS;
	/* a URL's userinfo as a setting of its own (Schema Registry's
	 * basic.auth.user.info=KEY:SECRET, userInfo, user_info) */
	if (ends_ci(b, w, e, "userinfo") ||
	    (e - w == 4 && ends_ci(b, w, e, "info") && w - ns > 4 &&
	     ends_ci(b, ns, isalnum(b[w - 1]) ? w : w - 1, "user")))
		return CONFIG_USER_PASS;
	return CONFIG_NONE;
}

/* Where a credential word glued to a lower-case head ends the name
 * b[ns..ne) (requirepass, dbpassword): its start, or ne. */
static size_t glued_split(const unsigned char *b, size_t ns, size_t ne)
{
	static const char *glued[] = { "password", "passwd", "secret",
				       "token",	   "pass",   NULL };
	size_t k, n;

	for (k = 0; glued[k]; k++) {
		n = strlen(glued[k]);
		if (ne - ns > n && !strncasecmp((const char *)b + ne - n, glued[k], n) &&
		    islower(b[ne - n - 1]))
			return ne - n;
	}
	return ne;
}

/*
 * Appends the pair as the rules read it: the name b[ns..ne) with a glued
 * credential word split off (requirepass: require_pass), then the suffix
 * its kind asks for, then the value.
 */
static int emit_config(struct kh_layer *l, const unsigned char *b, size_t ns, size_t ne,
		       enum config_name kind, size_t vs, size_t ve)
{
	size_t g = glued_split(b, ns, ne), k;

	if (kind == CONFIG_USER_PASS) {
		const unsigned char *c = memchr(b + vs, ':', ve - vs);

		if (!c || c == b + vs ||
		    !plausible_credential(c + 1, (size_t)(b + ve - c - 1), 1))
			return 0;
		return emit_named(l, b, ns, ne, "_password", (size_t)(c - b) + 1, ve);
	}
	if (ve - vs > 8 && !memcmp(b + vs, "hex2bin:", 8))
		vs += 8; /* CodeIgniter's encoding says how to read the key */
	if (!plausible_value(b + vs, ve - vs) ||
	    (memchr(b + vs, ':', ve - vs) && kh_memmem(b + vs, ve - vs, "://", 3)))
		return 0; /* a URL's credentials are url-credentials' */
	/* dots and dashes as underscores: the rules' keywords (encryption_key)
	 * find the name then */
	for (k = ns; k < g; k++)
		if (kh_layer_put(l, isalnum(b[k]) ? b[k] : '_', k, k + 1, KH_SHAPE) < 0)
			return -1;
	if (g < ne && kh_layer_put(l, '_', g, g, KH_SHAPE) < 0)
		return -1;
	return emit_named(l, b, g, ne, kind == CONFIG_SECRET ? "_secret" : "", vs, ve);
}

/* A config line's comment starts at b[i]: #, ;, //, !, <!--, %. */
static int comment_at(const unsigned char *b, size_t i, size_t le)
{
	return i < le &&
	       (b[i] == '#' || b[i] == ';' || b[i] == '!' || b[i] == '%' ||
		(i + 1 < le && b[i] == '/' && (b[i + 1] == '/' || b[i + 1] == '*')) ||
		(i + 3 < le && !memcmp(b + i, "<!--", 4)));
}

/* A bare value from b[i]: up to the line's end or a comment after a
 * blank (a `;` it ends in is its own: dotenv's value, or code's). Its
 * end. */
static size_t config_bare(const unsigned char *b, size_t i, size_t le)
{
	size_t k;

	for (k = i; k < le; k++)
		if ((b[k] == ' ' || b[k] == '\t') &&
		    (comment_at(b, skip_blanks(b, k, le), le) ||
		     skip_blanks(b, k, le) == le))
			break;
	return k;
}

/* An env lookup's default from b[i], the callee's name holding "env"
 * (env('NAME', 'value'), getenv("NAME", "value"), ENV.fetch("NAME",
 * "value")): the last of two or more quoted arguments, in [*vs, *ve). */
static int env_default(const unsigned char *b, size_t i, size_t le, size_t *vs,
		       size_t *ve)
{
	size_t k, s, e, nargs = 0;

	for (k = i; k < le && (ident_byte(b[k]) || b[k] == ':' || b[k] == '\\'); k++)
		;
	if (k == i || k >= le || b[k] != '(' || !kh_contains_ci(b + i, k - i, "env", 0))
		return 0;
	for (k++; k < le && b[k] != ')'; k++) {
		if (b[k] != '"' && b[k] != '\'')
			continue;
		if (!(k = quoted(b, k, le, &s, &e)))
			return 0;
		nargs++;
		*vs = s;
		*ve = e;
		k--;
	}
	return k < le && nargs >= 2;
}

/*
 * The items of a list of strings that opens at b[i] ('[') and may run
 * over the lines below (TOML, JSON, Python): each quoted string. Returns
 * how many (CONFIG_MAX_ITEMS at most), 0 when the list holds anything
 * else (objects, lists, names) or does not close within BLOCK_MAX_LINES
 * lines.
 */
static size_t list_items(const unsigned char *b, size_t len, size_t i, size_t (*items)[2])
{
	size_t n = 0, lines = 0, s, e, k;

	for (k = i + 1; k < len && lines < BLOCK_MAX_LINES && k - i < 8192; k++) {
		switch (b[k]) {
		case ']': return n;
		case '\n': lines++; break;
		case ' ':
		case '\t':
		case '\r':
		case ',': break;
		case '#': k = line_end(b, len, k) - 1; break;
		case '"':
		case '\'':
			if (!(k = quoted(b, k, len, &s, &e)) ||
			    memchr(b + s, '\n', e - s))
				return 0;
			if (n < CONFIG_MAX_ITEMS) {
				items[n][0] = s;
				items[n][1] = e;
				n++;
			}
			k--;
			break;
		default: return 0; /* objects, lists, code: no list of values */
		}
	}
	return 0;
}

/* The YAML items `- value` below the line ending at le, their key
 * indented by `indent`, each to emit as the name b[ns..ne). */
static int yaml_items(struct kh_layer *l, const unsigned char *b, size_t len, size_t le,
		      size_t indent, size_t ns, size_t ne, enum config_name kind)
{
	size_t at = le, n, vs, ve;

	for (n = 0; n < BLOCK_MAX_LINES && at < len; n++) {
		size_t cle, first;

		at = line_end(b, len, at) + 1;
		if (at >= len)
			break;
		cle = content_end(b, len, at);
		first = skip_blanks(b, at, cle);
		if (first == cle)
			continue;
		if (first - at < indent || !list_item(b, first, cle, &vs, &ve))
			break;
		if (emit_config(l, b, ns, ne, kind, vs, ve) < 0)
			return -1;
		at = cle;
	}
	return 0;
}

/*
 * The value of the pair whose separator ends before b[i] on the line
 * b[ls..le), named b[ns..ne): quoted ("""...""" too), an env lookup's
 * default, a list's items (each a value; a list of two under an auth or
 * creds name a user and a password), or bare. `as_written` says the line
 * is one the rules read as it is: nothing to add then.
 */
static int config_value(struct kh_layer *l, const unsigned char *b, size_t len, size_t ls,
			size_t le, size_t i, size_t ns, size_t ne, enum config_name kind,
			int as_written)
{
	size_t items[CONFIG_MAX_ITEMS][2], n, k, vs, ve, end;

	if (i >= le) /* a YAML parent: its list below */
		return yaml_items(l, b, len, le, skip_blanks(b, ls, le) - ls, ns, ne,
				  kind);
	if (b[i] == '[') {
		n = list_items(b, len, i, items);
		if (n == 2 && kind == CONFIG_USER_PASS)
			return plausible_credential(b + items[1][0],
						    items[1][1] - items[1][0], 1)
				       ? emit_named(l, b, ns, ne, "_password",
						    items[1][0], items[1][1])
				       : 0;
		for (k = 0; k < n; k++)
			if (emit_config(l, b, ns, ne, kind, items[k][0], items[k][1]) < 0)
				return -1;
		return 0;
	}
	if (i + 6 <= le && !memcmp(b + i, "\"\"\"", 3)) {
		const unsigned char *c = kh_memmem(b + i + 3, le - i - 3, "\"\"\"", 3);

		return c ? emit_config(l, b, ns, ne, kind, i + 3, (size_t)(c - b)) : 0;
	}
	if ((end = quoted(b, i, le, &vs, &ve))) {
		end = skip_blanks(b, end, le);
		if (as_written && (end == le || strchr(",;#", b[end])))
			return 0;
		return emit_config(l, b, ns, ne, kind, vs, ve);
	}
	if (isalpha(b[i]) && env_default(b, i, le, &vs, &ve))
		return emit_config(l, b, ns, ne, kind, vs, ve);
	ve = config_bare(b, i, le);
	for (k = i; k < ve; k++)
		if (strchr("()[]{}<>$`\"'", b[k]))
			return 0; /* code, a template or an encrypted value: ENC(...) */
	if (as_written && ve == le)
		for (k = i; k < ve && (isalnum(b[k]) || strchr("_+/.~-", b[k])); k++)
			if (k + 1 == ve)
				return 0; /* token characters: the rules read it */
	return emit_config(l, b, ns, ne, kind, i, ve);
}

/* The separator at b[i]: =, :, :=, =>, ?=, <-; its length, or 0. */
static size_t config_separator(const unsigned char *b, size_t i, size_t le)
{
	if (i + 1 < le &&
	    ((b[i] == ':' && b[i + 1] == '=') || (b[i] == '=' && b[i + 1] == '>') ||
	     (b[i] == '?' && b[i + 1] == '=') || (b[i] == '<' && b[i + 1] == '-')))
		return 2;
	if (i < le && b[i] == '=' && (i + 1 == le || b[i + 1] != '='))
		return 1;
	if (i < le && b[i] == ':' && (i + 1 == le || b[i + 1] == ' ' || b[i + 1] == '\t'))
		return 1;
	return 0;
}

/* Whether b[s..e) is a directive that sets an environment variable by
 * name (Apache's SetEnv, a Dockerfile's ENV): the name is a variable's,
 * whatever it says, so every rule reads the pair (SECRET_KEY_BASE). */
static int env_directive(const unsigned char *b, size_t s, size_t e)
{
	return (e - s == 6 && !strncasecmp((const char *)b + s, "setenv", 6)) ||
	       (e - s == 3 && !memcmp(b + s, "ENV", 3));
}

/*
 * A line that is blank-separated words, `Directive value` (requirepass x,
 * HTTP_Passwd x, ENV NAME x, SetEnv NAME x, stats auth user:pass, user
 * NAME insecure-password x): the last word is the value of the one before
 * it, when that one's last word says credential and no more than three
 * words lead.
 */
static int config_words(struct kh_layer *l, const unsigned char *b, size_t i, size_t le)
{
	size_t words[5][2], n = 0, ns, ne, vs, ve;
	enum config_name kind;
	int env;

	while (i < le) {
		if (comment_at(b, i, le) && b[i] != '!' && b[i] != '%')
			break; /* the rest a comment */
		if (n == 5)
			return 0; /* prose, a command: more words than a directive's */
		words[n][0] = i;
		while (i < le && b[i] != ' ' && b[i] != '\t')
			i++;
		words[n++][1] = i;
		i = skip_blanks(b, i, le);
	}
	if (n < 2)
		return 0;
	ns = words[n - 2][0];
	ne = words[n - 2][1];
	env = n == 3 && env_directive(b, words[0][0], words[0][1]);
	if (!env && !credential_tail(b, ns, ne))
		return 0;
	for (i = ns; i < ne && ident_byte(b[i]); i++)
		;
	if (i < ne)
		return 0;
	kind = config_name_kind(b, ns, &ne);
	if (kind == CONFIG_NONE && env)
		kind = CONFIG_PLAIN; /* a variable's name: the provider rules read it */
	if (kind == CONFIG_NONE)
		return 0;
	vs = words[n - 1][0];
	ve = words[n - 1][1];
	while (ve > vs && b[ve - 1] == ';')
		ve--; /* nginx's, Apache's directive ends so */
	if (ve - vs >= 2 && (b[vs] == '"' || b[vs] == '\'') && b[ve - 1] == b[vs]) {
		vs++;
		ve--;
	}
	return emit_config(l, b, ns, ne, kind, vs, ve);
}

/* One line b[ls..le) of a config file. */
static int config_line(struct kh_layer *l, const unsigned char *b, size_t len, size_t ls,
		       size_t le)
{
	size_t i = skip_blanks(b, ls, le), ns, ne, name_end, k, sep, at;
	enum config_name kind;
	int quoted_name = 0;

	if (i >= le || comment_at(b, i, le))
		return 0;
	if (b[i] == '{' || (b[i] == '-' && i + 1 < le && b[i + 1] == ' '))
		i = skip_blanks(b, i + 1, le); /* a YAML list's mapping, JSON's first */
	if (i + 7 < le && !memcmp(b + i, "export ", 7))
		i = skip_blanks(b, i + 7, le);
	if (b[i] == '"' || b[i] == '\'') {
		if (!(k = quoted(b, i, le, &ns, &ne)))
			return 0;
		quoted_name = 1;
		name_end = k;
	} else {
		for (ns = ne = i; ne < le && ident_byte(b[ne]); ne++)
			;
		name_end = ne;
	}
	if (ne == ns)
		return 0;
	at = skip_blanks(b, name_end, le);
	sep = config_separator(b, at, le);
	if (!sep)
		return !quoted_name && at > name_end ? config_words(l, b, i, le) : 0;
	if (!credential_tail(b, ns, ne))
		return 0; /* most lines: out here */
	for (k = ns; quoted_name && k < ne && (ident_byte(b[k]) || b[k] == ' '); k++)
		;
	if (quoted_name && k < ne)
		return 0;
	name_end = ne;
	if ((kind = config_name_kind(b, ns, &ne)) == CONFIG_NONE)
		return 0;
	k = skip_blanks(b, at + sep, le);
	if (k < le && comment_at(b, k, le) && b[k] != '!' && b[k] != '%')
		k = le; /* a YAML parent with a comment */
	/* the rules read `name = value` and `name: value` as written, when
	 * their keywords find the name */
	return config_value(
		l, b, len, ls, le, k, ns, ne, kind,
		kind == CONFIG_PLAIN && ne == name_end && glued_split(b, ns, ne) == ne &&
			!memchr(b + ns, '.', ne - ns) && !memchr(b + ns, '-', ne - ns) &&
			(b[at] == '=' || b[at] == ':'));
}

/* A byte of a name: letters, digits, '_', '-', '.' (ident_byte()
 * without the C library's per-byte call). */
static int config_name_byte(unsigned char c)
{
	return (unsigned)((c | 0x20) - 'a') < 26 || (unsigned)(c - '0') < 10 ||
	       c == '_' || c == '-' || c == '.';
}

/* skip_blanks() over an indentation of spaces eight at a time: a
 * pretty-printed JSON's or a YAML's lines start deep. */
static size_t skip_indent(const unsigned char *b, size_t i, size_t le)
{
	uint64_t w;

	for (; i + 8 <= le; i += 8) {
		memcpy(&w, b + i, 8);
		if (w != 0x2020202020202020ull)
			break;
	}
	return skip_blanks(b, i, le);
}

/*
 * Whether the line b[ls..le) may hold a pair config_line() takes: its
 * first name (after `- `, `{`, `export ` or a quote) or the word before
 * its last ends in a credential's word. A few loads for most lines.
 */
static int config_line_may_pair(const unsigned char *b, size_t ls, size_t le)
{
	size_t i = skip_indent(b, ls, le), ns, e, j;

	if (i < le && (b[i] == '{' || (b[i] == '-' && i + 1 < le && b[i + 1] == ' ')))
		i = skip_blanks(b, i + 1, le);
	if (i + 7 < le && b[i] == 'e' && !memcmp(b + i, "export ", 7))
		i = skip_blanks(b, i + 7, le);
	i += i < le && (b[i] == '"' || b[i] == '\'');
	for (ns = i; i < le && config_name_byte(b[i]); i++)
		;
	if (credential_tail(b, ns, i) || env_directive(b, ns, i))
		return 1;
	j = skip_blanks(b, i, le);
	if (i == ns || j == i || j == le || b[j] == ':' || b[j] == '=')
		return 0; /* no `Directive value` line: a pair of another name */
	/* `Directive value`: the word before the last, after the first */
	e = skip_blanks_back(b, le, i);
	while (e > i && b[e - 1] != ' ' && b[e - 1] != '\t')
		e--;
	e = skip_blanks_back(b, e, i);
	return e > i && credential_tail(b, e - i > 5 ? e - 5 : i, e);
}

/*
 * A YAML flow mapping on the line b[ls..le) of a config file (`env: {
 * DEPLOY_TOKEN: value, REGION: eu }`, a workflow step's env): each pair
 * with a bare value, as `name = "value"` (a quoted one the rules read as
 * written); a reference (${{ secrets.X }}, {{ .Values.x }}) is none.
 */
static int flow_pairs(struct kh_layer *l, const unsigned char *b, size_t ls, size_t le)
{
	const unsigned char *open = memchr(b + ls, '{', le - ls);
	size_t i, ns, ne, vs, ve, e;
	int r = 0;

	for (i = open ? (size_t)(open - b) + 1 : le; i < le && r == 0; i = ve + 1) {
		ns = skip_blanks(b, i, le);
		for (ne = ns; ne < le && ident_byte(b[ne]); ne++)
			;
		if (ne == ns || ne + 1 >= le || b[ne] != ':' || b[ne + 1] != ' ')
			return 0;
		vs = skip_blanks(b, ne + 1, le);
		for (ve = vs; ve < le && b[ve] != ',' && b[ve] != '}'; ve++)
			;
		if (ve >= le)
			return 0; /* not closed on its line */
		e = skip_blanks_back(b, ve, vs);
		if (e > vs && !strchr("\"'{[", b[vs]))
			r = emit_pair(l, b, ns, ne, vs, e);
	}
	return r;
}

int kh_shape_config(const unsigned char *b, size_t len, struct kh_layer *l)
{
	size_t at, le, ce;

	/* a JSON Schema (a devicetree binding, a settings' schema) says what
	 * settings may hold, and holds none */
	if (kh_memmem(b, len < 1024 ? len : 1024, "$schema", 7))
		return 0;
	for (at = 0; at < len && !l->full; at = le + 1) {
		le = line_end(b, len, at);
		ce = le > at && b[le - 1] == '\r' ? le - 1 : le;
		if (ce - at > CONFIG_MAX_LINE)
			continue; /* data or minified code */
		if (config_line_may_pair(b, at, ce) && config_line(l, b, len, at, ce) < 0)
			return -1;
		if (memchr(b + at, '{', ce - at) && flow_pairs(l, b, at, ce) < 0)
			return -1;
	}
	return 0;
}

/*
 * A row's value whose name is the row's own, in the column before
 * (wp_options' option_name, option_value; a settings table's key, value):
 * called with each quoted value [vs, ve) of column col; named[] keeps the
 * last name seen (its column, start, end).
 */
static int row_named_value(struct kh_layer *l, const unsigned char *b,
			   const size_t (*cols)[2], size_t col, size_t vs, size_t ve,
			   size_t *named)
{
	if (ends_ci(b, cols[col][0], cols[col][1], "name") ||
	    ends_ci(b, cols[col][0], cols[col][1], "key")) {
		named[0] = col + 1;
		named[1] = vs;
		named[2] = ve;
		return 0;
	}
	if (named[0] != col || !ends_ci(b, cols[col][0], cols[col][1], "value"))
		return 0;
	named[0] = 0;
	return credential_column(b + named[1], named[2] - named[1])
		       ? emit_pair(l, b, named[1], named[2], vs, ve)
		       : 0;
}

/* Where a crontab line's schedule ends from b[i]: five fields of digits,
 * '*', '/', ',' and '-' (or @daily, @reboot), then blanks; i when there
 * is none. */
static size_t cron_schedule_end(const unsigned char *b, size_t i, size_t le)
{
	size_t k = i, n;

	if (k < le && b[k] == '@') {
		while (k < le && isalpha(b[++k]))
			;
		return k > i + 4 && k < le && b[k] == ' ' ? skip_blanks(b, k, le) : i;
	}
	for (n = 0; n < 5; n++) {
		size_t f = k;

		while (k < le && (isdigit(b[k]) || (b[k] && strchr("*/,-", b[k]))))
			k++;
		if (k == f || k >= le || (b[k] != ' ' && b[k] != '\t'))
			return i;
		k = skip_blanks(b, k, le);
	}
	return k;
}

/* ---- code shapes: a name and a value a language's own syntax parts ------ */

/* Whether a Perl quote operator starts at b[i]: q or qq, then its
 * delimiter (q{...}, qq(...)). */
static int perl_quote_at(const unsigned char *b, size_t i, size_t len)
{
	i += i + 1 < len && b[i] == 'q' && b[i + 1] == 'q';
	return i + 1 < len && b[i] == 'q' && b[i + 1] && strchr("{([<|/!#", b[i + 1]);
}

/*
 * A string literal from b[i] in the forms the plain quotes of quoted()
 * leave out: a template literal (`v`, without ${...}), a Perl quote
 * operator (q{v}, qq(v), q[v]), a JSX expression ({"v"}, {'v'}, {`v`}),
 * Vue's bound string ("'v'"), and with `bare_braces` Tcl's {v}. Its
 * content in [*vs, *ve); returns the index after it, or 0 (also for a
 * plain "v" or 'v', which the rules read as written).
 */
static size_t code_literal(const unsigned char *b, size_t i, size_t le, int bare_braces,
			   size_t *vs, size_t *ve)
{
	static const char opens[] = "{([<|/!#", closes[] = "})]>|/!#";
	const char *o;
	size_t k, end;

	if (i + 2 >= le)
		return 0;
	if (b[i] == '`') {
		for (k = i + 1; k < le && b[k] != '`' && b[k] != '$' && b[k] != '\\'; k++)
			;
		*vs = i + 1;
		*ve = k;
		return k < le && b[k] == '`' ? k + 1 : 0;
	}
	if (b[i] == 'q' && (i == 0 || !ident_byte(b[i - 1]))) { /* q{v}, qq(v) */
		k = i + 1 + (b[i + 1] == 'q');
		if (k >= le || !b[k] || !(o = strchr(opens, b[k])))
			return 0;
		*vs = k + 1;
		for (*ve = *vs; *ve < le && b[*ve] != (unsigned char)closes[o - opens];
		     (*ve)++)
			;
		return *ve < le ? *ve + 1 : 0;
	}
	if (b[i] == '{') {
		k = skip_blanks(b, i + 1, le);
		if (k < le && b[k] == '`')
			end = code_literal(b, k, le, 0, vs, ve);
		else if (!(end = quoted(b, k, le, vs, ve)) && bare_braces) {
			*vs = k;
			for (end = k; end < le && b[end] != '}' && b[end] != ' '; end++)
				;
			*ve = end;
		}
		end = end ? skip_blanks(b, end, le) : le;
		return end < le && b[end] == '}' ? end + 1 : 0;
	}
	if (b[i] == '"' && b[i + 1] == '\'') { /* :api-key="'v'" */
		end = quoted(b, i + 1, le, vs, ve);
		return end && end < le && b[end] == '"' ? end + 1 : 0;
	}
	return 0;
}

/* The key inside the brackets that close just before b[i] ('}', ')' or
 * ']'): a bare name or a quoted one ($ENV{API_TOKEN}, $cfg{'api_key'},
 * Application("smtp_password"), env(SNYK_TOKEN)): its range in
 * [*ns, *ne); 0 when none. */
static int bracket_key(const unsigned char *b, size_t ls, size_t i, size_t *ns,
		       size_t *ne)
{
	unsigned char open = b[i - 1] == '}' ? '{' : b[i - 1] == ')' ? '(' : '[';
	size_t k = i - 1;

	if (quoted_before(b, ls, k, ns, ne))
		k = *ns - 1;
	else {
		for (*ne = k; k > ls && (isalnum(b[k - 1]) || b[k - 1] == '_'); k--)
			;
		*ns = k;
	}
	return *ne > *ns && k > ls && b[k - 1] == open;
}

#define LIST_MAX_ITEMS 8

/*
 * A list assigned to a list of names, each name its value's (Perl's
 * my ($user, $api_token) = ('bob', '...')): b[i] is the '=' between the
 * lists, b[e - 1] the names' ')'.
 */
static int list_assignment(const unsigned char *b, size_t ls, size_t le, size_t e,
			   size_t i, struct kh_layer *l)
{
	size_t names[LIST_MAX_ITEMS][2], n = 0, k, vs, ve, end;

	for (k = e - 1; k > ls && b[k - 1] != '(' && e - k < 256; k--)
		;
	if (k == ls || b[k - 1] != '(')
		return 0;
	while (k < e - 1 && n < LIST_MAX_ITEMS) {
		k = skip_blanks(b, k, e);
		k += k < e && (b[k] == '$' || b[k] == '@' || b[k] == '%');
		for (names[n][0] = k; k < e && (isalnum(b[k]) || b[k] == '_'); k++)
			;
		names[n][1] = k;
		k = skip_blanks(b, k, e);
		if (names[n][1] == names[n][0] || (b[k] != ',' && b[k] != ')'))
			return 0;
		n++;
		k++;
	}
	k = skip_blanks(b, i + 1, le);
	if (n < 2 || k >= le || b[k] != '(')
		return 0;
	for (k++, e = 0; e < n; e++) {
		if (!(end = quoted(b, skip_blanks(b, k, le), le, &vs, &ve)))
			return 0;
		if (emit_pair(l, b, names[e][0], names[e][1], vs, ve) < 0)
			return -1;
		k = skip_blanks(b, end, le);
		if (k >= le || b[k] != (e + 1 < n ? ',' : ')'))
			return 0;
		k++;
	}
	return 0;
}

/*
 * An assignment whose '=' is b[i] on the line b[ls..le) in a form the rules
 * do not read as written: a name in brackets ($ENV{API_TOKEN} = '...',
 * $h->{api_key} = '...', ASP's Application("smtp_password") = "...",
 * Crystal's ENV["NAME"] ||= "...", PHP's $cfg['api_key'] ??= '...', Perl's
 * $cfg{api_key} //= '...'), or a value in one of code_literal()'s
 * forms (JSX's apiKey={"..."}, Vue's :api-key="'...'", Perl's q{...}).
 */
static int code_assignment(const unsigned char *b, size_t ls, size_t le, size_t i,
			   struct kh_layer *l)
{
	size_t e = i, ns, ne, vs, ve, k = skip_blanks(b, i + 1, le);
	int keyed;

	if (k >= le || b[i + 1] == '=' || b[i + 1] == '>' || b[i + 1] == '~' ||
	    (i > ls && strchr("=!<>", b[i - 1])))
		return 0; /* a comparison, an arrow, a match */
	/* a default when unset: ||=, ??= (PHP, JavaScript), //= (Perl) */
	if (e >= ls + 2 && b[e - 1] == b[e - 2] &&
	    (b[e - 1] == '|' || b[e - 1] == '?' || b[e - 1] == '/'))
		e -= 2;
	e = skip_blanks_back(b, e, ls);
	if (e == ls || (!strchr("})]", b[e - 1]) && !strchr("{q`\"", b[k])))
		return 0; /* most assignments: a plain name, a plain value */
	keyed = strchr("})]", b[e - 1]) && bracket_key(b, ls, e, &ns, &ne);
	if (!keyed && e > ls && b[e - 1] == ')')
		return list_assignment(b, ls, le, e, i, l);
	if (!keyed) {
		ne = e;
		ns = name_before(b, ls, &ne);
	}
	if (code_literal(b, k, le, 0, &vs, &ve))
		return emit_pair(l, b, ns, ne, vs, ve);
	if (keyed && quoted(b, k, le, &vs, &ve))
		return emit_pair(l, b, ns, ne, vs, ve);
	return 0;
}

/* Tcl's `set env(NAME) "v"`, `set ::env(NAME) {v}`, `set name {v}` on the
 * line b[ls..le): the value quoted, braced or bare. */
static int tcl_set(const unsigned char *b, size_t ls, size_t le, struct kh_layer *l)
{
	size_t i = skip_blanks(b, ls, le), ns, ne, k, vs, ve;

	if (!word_at(b, i, le, "set"))
		return 0;
	i = skip_blanks(b, i + 3, le);
	if (i + 2 < le && b[i] == ':' && b[i + 1] == ':')
		i += 2;
	for (ns = ne = i; ne < le && (isalnum(b[ne]) || b[ne] == '_'); ne++)
		;
	if (ne + 1 < le && b[ne] == '(') { /* env(NAME) */
		for (ns = k = ne + 1; k < le && (isalnum(b[k]) || b[k] == '_'); k++)
			;
		if (k >= le || b[k] != ')' || ne - i != 3 || memcmp(b + i, "env", 3))
			return 0;
		ne = k++;
	} else if ((k = ne) == ns) {
		return 0;
	}
	if (k >= le || (b[k] != ' ' && b[k] != '\t'))
		return 0;
	k = skip_blanks(b, k, le);
	if (!code_literal(b, k, le, 1, &vs, &ve) && !quoted(b, k, le, &vs, &ve))
		ve = bare_value(b, (vs = k), le);
	return skip_blanks(b, ve + (ve < le && strchr("\"'}", b[ve]) && b[ve]), le) == le
		       ? emit_pair(l, b, ns, ne, vs, ve)
		       : 0;
}

/* Whether the word ending at b[e] names a call that sets a variable of
 * the environment (putenv, Unix.putenv, setEnv, set_env). */
static int env_setter(const unsigned char *b, size_t ls, size_t e)
{
	return e >= ls + 6 &&
	       (!strncasecmp((const char *)b + e - 6, "putenv", 6) ||
		!strncasecmp((const char *)b + e - 6, "setenv", 6) ||
		(e >= ls + 7 && !strncasecmp((const char *)b + e - 7, "set_env", 7)));
}

/* `putenv "NAME" "v"` (OCaml's Unix.putenv, Haskell's setEnv): the name
 * and the value as two strings after the call, blanks between; b[i] opens
 * the name. */
static int env_setter_strings(const unsigned char *b, size_t ls, size_t le, size_t i,
			      struct kh_layer *l)
{
	size_t k = skip_blanks_back(b, i, ls), ns, ne, vs, ve, end;

	if (k == i || k == ls || (b[k - 1] | 0x20) != 'v' || !env_setter(b, ls, k) ||
	    !(end = quoted(b, i, le, &ns, &ne)) || end >= le ||
	    (b[end] != ' ' && b[end] != '\t'))
		return 0;
	return quoted(b, skip_blanks(b, end, le), le, &vs, &ve)
		       ? emit_pair(l, b, ns, ne, vs, ve)
		       : 0;
}

/* A directive of a web server that hands a name and a value on (nginx's
 * fastcgi_param, uwsgi_param, scgi_param, proxy_set_header, add_header):
 * the line's first word ends so, its second names, its third is the value
 * (`;` ends it). */
static int param_directive(const unsigned char *b, size_t ls, size_t le,
			   struct kh_layer *l)
{
	size_t i = skip_blanks(b, ls, le), w, ns, ne, vs, ve;

	for (w = i; w < le && (isalnum(b[w]) || b[w] == '_'); w++)
		;
	if (!ends_ci(b, i, w, "_param") && !ends_ci(b, i, w, "_header"))
		return 0;
	ns = skip_blanks(b, w, le);
	for (ne = ns; ne < le && ident_byte(b[ne]); ne++)
		;
	if (ns == w || ne == ns || ne >= le || (b[ne] != ' ' && b[ne] != '\t'))
		return 0;
	vs = skip_blanks(b, ne, le);
	if (!quoted(b, vs, le, &vs, &ve))
		for (ve = vs; ve < le && b[ve] != ';' && b[ve] != ' '; ve++)
			;
	return emit_pair(l, b, ns, ne, vs, ve);
}

/*
 * PHP's serialized strings, as WordPress keeps options in its SQL dumps:
 * s:13:"client_secret";s:32:"...";, the quotes escaped (\") inside an
 * SQL literal. b[i] is the 's' of the name's.
 */
static int php_serialized(const unsigned char *b, size_t le, size_t i, struct kh_layer *l)
{
	size_t at[2][2], n, k = i;

	for (n = 0; n < 2; n++) {
		if (k + 4 >= le || b[k] != 's' || b[k + 1] != ':' || !isdigit(b[k + 2]))
			return 0;
		for (k += 2; k < le && isdigit(b[k]); k++)
			;
		if (k + 2 >= le || b[k] != ':')
			return 0;
		k += 1 + (b[k + 1] == '\\');
		if (b[k] != '"')
			return 0;
		at[n][0] = ++k;
		while (k < le && b[k] != '"')
			k++;
		if (k >= le)
			return 0;
		at[n][1] = k - (b[k - 1] == '\\');
		if (++k >= le || b[k] != ';')
			return 0;
		k++;
	}
	return emit_pair(l, b, at[0][0], at[0][1], at[1][0], at[1][1]);
}

/*
 * A password an SQL statement sets: ALTER USER x WITH PASSWORD '...',
 * CREATE ROLE x ... PASSWORD '...'. b[i] starts the word PASSWORD.
 */
static int sql_password(const unsigned char *b, size_t ls, size_t le, size_t i,
			struct kh_layer *l)
{
	size_t k = skip_blanks(b, ls, le), vs, ve;

	if (!word_at(b, i, le, "password") ||
	    (!word_at(b, k, le, "alter") && !word_at(b, k, le, "create")) ||
	    i + 9 >= le || b[i + 8] != ' ' || b[i + 9] != '\'' ||
	    !quoted(b, i + 9, le, &vs, &ve))
		return 0;
	return emit_pair(l, b, i, i + 8, vs, ve);
}

/* The quoted value after `name = ` at b[k] in an SQL clause: [*vs, *ve);
 * the index after it, or 0. */
static size_t sql_equals(const unsigned char *b, size_t k, size_t le, size_t *vs,
			 size_t *ve)
{
	k = skip_blanks(b, k, le);
	if (k >= le || b[k] != '=')
		return 0;
	return quoted(b, skip_blanks(b, k + 1, le), le, vs, ve);
}

/*
 * An UPDATE that sets a value column for a row its WHERE names
 * (UPDATE settings SET value = '...' WHERE name = 'api_token'): the
 * row's name for the value.
 */
static int sql_update_row(const unsigned char *b, size_t ls, size_t le,
			  struct kh_layer *l)
{
	size_t i = skip_blanks(b, ls, le), k, ns = 0, ne = 0, vs = 0, ve = 0, s, e, cs;

	if (!word_at(b, i, le, "update"))
		return 0;
	for (k = i + 6; k < le; k++) {
		if (!isalpha(b[k]) || ident_byte(b[k - 1]))
			continue;
		for (cs = k; k < le && (ident_byte(b[k]) || b[k] == '`'); k++)
			;
		if (ends_ci(b, cs, k - (b[k - 1] == '`'), "value") && !vs &&
		    sql_equals(b, k, le, &s, &e)) {
			vs = s;
			ve = e;
		} else if ((ends_ci(b, cs, k - (b[k - 1] == '`'), "name") ||
			    ends_ci(b, cs, k - (b[k - 1] == '`'), "key")) &&
			   sql_equals(b, k, le, &s, &e)) {
			ns = s;
			ne = e;
		}
	}
	return vs < ve && ns < ne && credential_column(b + ns, ne - ns)
		       ? emit_pair(l, b, ns, ne, vs, ve)
		       : 0;
}

/*
 * XML whose name and value sit in different places: an attribute names
 * the element whose text is the value (XAML's <x:String
 * x:Key="RefreshToken">...</x:String>), or the <Value> element below it
 * (Settings.settings' <Setting Name="ApiSecret" ...> then <Value
 * Profile="(Default)">...</Value>); a name element (<name>apiSecret</name>)
 * whose value is a later sibling whose tag ends in value (<defaultValue>,
 * Shopware's plugin config). b[i] is a tag's '<' on the line b[ls..le).
 */
#define XML_VALUE_LINES 6
static int xml_name_apart(const unsigned char *b, size_t len, size_t le, size_t i,
			  struct kh_layer *l)
{
	static const char *attrs[] = { "Key", "key", "Name", "name", NULL };
	size_t te, gt, ns, ne, vs, ve, at, n, ts, k;
	int name_element, a;

	for (te = i + 1; te < le && (ident_byte(b[te]) || b[te] == ':'); te++)
		;
	for (gt = te; gt < le && b[gt] != '>'; gt++)
		;
	if (te == i + 1 || gt >= le || b[gt - 1] == '/')
		return 0;
	name_element = gt == te && (ends_ci(b, i + 1, te, "name") ||
				    (te - i - 1 == 3 && !memcmp(b + i + 1, "key", 3)));
	if (name_element) {
		ns = gt + 1;
		for (ne = ns; ne < le && b[ne] != '<'; ne++)
			;
		if (ne >= le || !credential_name(b + ns, ne - ns))
			return 0;
	} else {
		for (a = 0; attrs[a] && !attribute(b, te, gt, attrs[a], &ns, &ne); a++)
			;
		if (!attrs[a] || !credential_name(b + ns, ne - ns))
			return 0;
		vs = gt + 1;
		for (ve = vs; ve < le && b[ve] != '<'; ve++)
			;
		if (ve > vs) /* the element's own text */
			return ve + 1 < le && b[ve + 1] == '/'
				       ? emit_pair(l, b, ns, ne, vs, ve)
				       : 0;
	}
	for (at = line_end(b, len, i), n = 0; at < len && n < XML_VALUE_LINES; n++) {
		size_t cle = content_end(b, len, ++at);

		k = skip_blanks(b, at, cle);
		at = line_end(b, len, at);
		if (k + 1 >= cle || b[k] != '<' || b[k + 1] == '/')
			return 0; /* text, or the parent's end: no value below */
		for (ts = te = k + 1; te < cle && ident_byte(b[te]); te++)
			;
		if (!ends_ci(b, ts, te, "value"))
			continue;
		for (gt = te; gt < cle && b[gt] != '>'; gt++)
			;
		for (ve = vs = gt + 1; ve < cle && b[ve] != '<'; ve++)
			;
		return ve < cle ? emit_pair(l, b, ns, ne, vs, ve) : 0;
	}
	return 0;
}

/*
 * A C# settings class's property (Settings.Designer.cs): its default
 * stands above it in [DefaultSettingValueAttribute("...")], the name
 * after it on the line b[ls..le) (public string ApiSecret {).
 */
static int default_setting_value(const unsigned char *b, size_t ls, size_t le,
				 struct kh_layer *l)
{
	static const char attr[] = "DefaultSettingValue";
	size_t e = skip_blanks_back(b, le, ls), ns, from, vs, ve;
	const unsigned char *p = NULL, *q;

	if (e > ls && b[e - 1] == '{')
		e = skip_blanks_back(b, e - 1, ls);
	if (e == ls || !isalnum(b[e - 1]))
		return 0; /* most lines: no property's name last */
	ns = name_before(b, ls, &e);
	if (ns == e || ls < 2)
		return 0;
	from = ls > 512 ? ls - 512 : 0;
	while ((q = kh_memmem(b + from, ls - from, attr, sizeof(attr) - 1))) {
		p = q; /* the last: the attribute of this property */
		from = (size_t)(q - b) + 1;
	}
	if (!p)
		return 0;
	p = memchr(p, '(', (size_t)(b + ls - p));
	if (!p || !quoted(b, (size_t)(p - b) + 1, ls, &vs, &ve) ||
	    memchr(b + ve, '{', ls - ve))
		return 0; /* none, or another property's */
	return emit_pair(l, b, ns, e, vs, ve);
}

/* The shapes above on the line b[ls..le) a keyword marked. */
static int code_shape_line(const unsigned char *b, size_t len, size_t ls, size_t le,
			   struct kh_layer *l)
{
	static const unsigned char marks[256] = {
		['='] = 1, ['"'] = 1, ['s'] = 1, ['P'] = 1, ['p'] = 1, ['<'] = 1
	};
	size_t i = skip_blanks(b, ls, le);
	unsigned char first = i < le ? b[i] | 0x20 : 0; /* the statements' words */
	int r, sql = (first == 'a' && word_at(b, i, le, "alter")) ||
		     (first == 'c' && word_at(b, i, le, "create"));

	if ((first == 's' && tcl_set(b, ls, le, l) < 0) ||
	    param_directive(b, ls, le, l) < 0 ||
	    (first == 'u' && sql_update_row(b, ls, le, l) < 0) ||
	    default_setting_value(b, ls, le, l) < 0)
		return -1;
	for (i = ls, r = 0; i < le && r == 0; i++) {
		if (!marks[b[i]])
			continue;
		switch (b[i]) {
		case '=': r = code_assignment(b, ls, le, i, l); break;
		case '"': r = env_setter_strings(b, ls, le, i, l); break;
		case 's':
			if (i + 1 < le && b[i + 1] == ':')
				r = php_serialized(b, le, i, l);
			break;
		case 'P':
		case 'p':
			if (sql && i > ls && b[i - 1] == ' ')
				r = sql_password(b, ls, le, i, l);
			break;
		case '<': r = xml_name_apart(b, len, le, i, l); break;
		}
	}
	return r < 0 ? -1 : 0;
}

/*
 * A generic keyword's hit ending at b[last] that code_shape_line reads: a
 * name in brackets ($ENV{NAME}, env(NAME)), before a JSX expression, a
 * Vue binding or a Perl quote operator, after a `_param` directive, in a
 * name element (<name>apiSecret</name>), escaped in a serialized string,
 * SQL's PASSWORD '...', a C# settings property.
 */
static int code_shape_named(const unsigned char *b, size_t len, size_t last)
{
	size_t k = last + 1, s = last, v;

	if (k + 2 >= len)
		return 0;
	while (k < len && k < last + 24 && (isalnum(b[k]) || b[k] == '_' || b[k] == '-'))
		k++;
	if (k + 2 >= len)
		return 0;
	switch (b[k]) { /* most hits: a name before none of these, out at once */
	case ',':	/* my ($api_token, $user) = (...): a sigil's name next */
		v = skip_blanks(b, k + 1, len);
		if (v >= len || b[v] != '$')
			return 0;
		break;
	case ')': /* Tcl's env(NAME); my ($user, $api_token) = (...) */
		v = skip_blanks(b, k + 1, len);
		if (v >= len || (b[v] != '=' && b[v] != '"' && b[v] != '{'))
			return 0;
		break;
	case '}':
	case '\\':
	case '<':
	case '=':
	case ' ':
	case '\t':
	case '\r':
	case '\n': break;
	default: return 0;
	}
	while (s > 0 && last - s < NAME_MAX_LEN && (isalnum(b[s - 1]) || b[s - 1] == '_'))
		s--;
	if (s == 0)
		return 0;
	switch (b[k]) {
	case '}': /* $ENV{NAME} = (not a shell's ${NAME}) */
		v = skip_blanks(b, k + 1, len);
		return b[s - 1] == '{' && (s < 2 || b[s - 2] != '$') && v + 1 < len &&
		       b[v] == '=' && b[v + 1] != '=';
	case ')': /* Tcl's env(NAME); my ($user, $api_token) = (...) */
		if (s >= 4 && !memcmp(b + s - 4, "env(", 4))
			return 1;
		/* fall through */
	case ',':
		if (b[s - 1] != '$')
			return 0;
		for (v = k; v < len && v < k + 128 && b[v] != ')' && b[v] != '\n'; v++)
			;
		v = v < len && b[v] == ')' ? skip_blanks(b, v + 1, len) : len;
		if (v + 2 >= len || b[v] != '=')
			return 0;
		v = skip_blanks(b, v + 1, len);
		return v < len && b[v] == '(';
	case '\\': /* s:13:\"client_secret\"; (not JSON's every escaped name) */
		return b[k + 1] == '"' && s >= 3 && b[s - 1] == '"' && b[s - 2] == '\\' &&
		       b[s - 3] == ':';
	case '<': return b[s - 1] == '>' && b[k + 1] == '/';
	case '=':
		v = skip_blanks(b, k + 1, len);
		return code_literal(b, v, len - v > 256 ? v + 256 : len, 0, &s, &k) != 0;
	}
	/* a blank after the name */
	if (s >= 7 && !memcmp(b + s - 7, "_param ", 7))
		return 1;
	v = skip_blanks(b, k, len);
	if (b[v] == '=' && perl_quote_at(b, skip_blanks(b, v + 1, len), len))
		return 1;		/* $api_key = q{...} */
	if (b[v] == '\'' && k - s == 8) /* PASSWORD '...' */
		return 1;
	return s >= 7 && !memcmp(b + s - 7, "string ", 7) &&
	       kh_memmem(b + (s > 512 ? s - 512 : 0), s > 512 ? 512 : s,
			 "DefaultSettingValue", 19);
}

/* ---- code syntaxes that glue a value to a name their own way ------------ */

/*
 * Languages keep a credential's name and its value apart in ways the
 * rules' `name = "value"` does not read: a type between them
 * (ActionScript's and Haxe's NAME:String = "...", Odin's NAME : string :
 * "..." and NAME :: "...", Bicep's param NAME string = '...'), a Scheme
 * pair ("name" . "..."), Pascal's ['Name'] := '...', a reader tag (Aero's
 * :name #profile {:prod "..."}), a literal of their own (Erlang's
 * <<"...">>, Lua's [[...]] and [==[...]==]) and a name's own mark
 * (Elixir's @name "...", fish's set -gx NAME ...). One reader takes a
 * name, the glue after it and a value; the rules judge `name = "value"`.
 */

/* How long a literal's own delimiter may be: a Lua level, an OCaml id,
 * Swift's #s. */
#define LITERAL_ID_MAX 16

/* A byte of a name these languages write (api-token, API_KEY), without
 * the C library's per-byte call. */
static int code_name_byte(unsigned char c)
{
	return (unsigned)((c | 0x20) - 'a') < 26 || (unsigned)(c - '0') < 10 ||
	       c == '_' || c == '-';
}

/* Whether c may follow a name in one of these syntaxes: a blank, a
 * separator, a quoted name's closing quote, Nim's export mark. */
static int code_glue_byte(unsigned char c)
{
	static const unsigned char glue[256] = {
		[' '] = 1,  ['\t'] = 1, [':'] = 1, ['"'] = 1,
		['\''] = 1, [','] = 1,	['='] = 1, ['*'] = 1
	};

	return glue[c];
}

/* The content of a literal from b[from] up to its closing close[0..n) on
 * the line ending at le: in [*vs, *ve); the index past it, or 0 when it
 * does not close there or holds nothing. */
static size_t delimited(const unsigned char *b, size_t from, size_t le,
			const unsigned char *close, size_t n, size_t *vs, size_t *ve)
{
	const unsigned char *c =
		from < le ? kh_memmem(b + from, le - from, close, n) : NULL;

	if (!c || c == b + from)
		return 0;
	*vs = from;
	*ve = (size_t)(c - b);
	return *ve + n;
}

/*
 * The default of a placeholder whose name b[..k) ends at b[k] == ':' and
 * starts after `${` (Spring's ${db.password:value}, @Value("${x:value}"),
 * a shell's ${NAME:-value}), its name's start at or before ns: the value
 * up to '}' in [*vs, *ve) (none holds another placeholder); the index
 * past the '}', or 0.
 */
static size_t placeholder_default(const unsigned char *b, size_t ls, size_t ns, size_t k,
				  size_t le, size_t *vs, size_t *ve)
{
	size_t s = ns, e;

	while (s > ls && (code_name_byte(b[s - 1]) || b[s - 1] == '.'))
		s--;
	if (s < ls + 2 || b[s - 1] != '{' || b[s - 2] != '$')
		return 0;
	*vs = k + 1 + (k + 1 < le && b[k + 1] == '-');
	for (e = *vs; e < le && b[e] != '}' && b[e] != '$' && b[e] != '{'; e++)
		;
	*ve = e;
	return e < le && b[e] == '}' && e > *vs ? e + 1 : 0;
}

/*
 * A literal from b[i]: quoted, or one of a language's own the rules do
 * not read as a value (*own set then): Erlang's binary <<"...">>, Lua's
 * long bracket [[...]] or [==[...]==], a triple-quoted """...""" or
 * '''...''' (Python, Kotlin, Scala, TOML), Nix's ''...'', Swift's
 * #"..."#, OCaml's {|...|} and {id|...|id}, Ruby's %q(...), %Q[...] and
 * %(...), a placeholder's default (${NAME:value}). Closed on its line;
 * its content in [*vs, *ve); the index past it, or 0.
 */
static size_t own_literal(const unsigned char *b, size_t i, size_t le, size_t *vs,
			  size_t *ve, int *own)
{
	unsigned char close[LITERAL_ID_MAX + 2];
	size_t k, n = 0;
	const char *o;

	*own = 1;
	if (i + 2 >= le)
		return 0;
	switch (b[i]) {
	case '<':
		return b[i + 1] == '<' && b[i + 2] == '"'
			       ? delimited(b, i + 3, le, (const unsigned char *)"\">>", 3,
					   vs, ve)
			       : 0;
	case '[': /* the level's '='s between the brackets, closed the same */
		for (k = i + 1; k < le && b[k] == '=' && k - i <= LITERAL_ID_MAX; k++)
			;
		if (k + 1 >= le || b[k] != '[' || strchr("\"'[", b[k + 1]))
			return 0; /* a nested list: [["a", "b"]] */
		close[n++] = ']';
		while (n < k - i)
			close[n++] = '=';
		close[n++] = ']';
		return delimited(b, k + 1, le, close, n, vs, ve);
	case '"':
	case '\'':
		if (b[i + 1] == b[i] && b[i + 2] == b[i])
			return delimited(b, i + 3, le, b + i, 3, vs, ve);
		if (b[i] == '\'' && b[i + 1] == '\'')
			return delimited(b, i + 2, le, b + i, 2, vs, ve);
		*own = 0;
		return quoted(b, i, le, vs, ve);
	case '#':
		for (k = i; k < le && b[k] == '#' && k - i < LITERAL_ID_MAX; k++)
			;
		if (k >= le || b[k] != '"')
			return 0;
		close[n++] = '"';
		while (n <= k - i)
			close[n++] = '#';
		return delimited(b, k + 1, le, close, n, vs, ve);
	case '{':
		close[n++] = '|';
		for (k = i + 1;
		     k < le && n <= LITERAL_ID_MAX && (islower(b[k]) || b[k] == '_'); k++)
			close[n++] = b[k];
		if (k >= le || b[k] != '|')
			return 0;
		close[n++] = '}';
		return delimited(b, k + 1, le, close, n, vs, ve);
	case '$': /* ${NAME:value}: a placeholder's default */
		for (k = i + 2; k < le && (code_name_byte(b[k]) || b[k] == '.'); k++)
			;
		return b[i + 1] == '{' && k > i + 2 && k < le && b[k] == ':' &&
		       placeholder_default(b, i, i + 2, k, le, vs, ve);
	case '%':
		k = i + 1 + (b[i + 1] == 'q' || b[i + 1] == 'Q');
		if (k >= le || !b[k] || !(o = strchr("([{<", b[k])))
			return 0;
		close[n++] = (unsigned char)")]}>"[o - "([{<"];
		return delimited(b, k + 1, le, close, n, vs, ve);
	}
	*own = 0;
	return 0;
}

/* The end of the bracket that opens at b[open] on its line (strings in
 * it skipped), or le when it closes below. */
static size_t bracket_end(const unsigned char *b, size_t open, size_t le)
{
	size_t k, depth = 0, s, e, q;

	for (k = open; k < le; k++) {
		if (b[k] == '"' && (q = quoted(b, k, le, &s, &e)))
			k = q - 1;
		else if (b[k] == '{' || b[k] == '[')
			depth++;
		else if ((b[k] == '}' || b[k] == ']') && --depth == 0)
			return k;
	}
	return le;
}

/* The first quoted string in b[from..to): its content in [*vs, *ve). */
static int string_in(const unsigned char *b, size_t from, size_t to, size_t *vs,
		     size_t *ve)
{
	const unsigned char *q = from < to ? memchr(b + from, '"', to - from) : NULL;

	return q && quoted(b, (size_t)(q - b), to, vs, ve);
}

/* The end of a declaration's type from b[t]: up to three words (String,
 * constant String, Map<String>), or t when none starts there. */
static size_t type_words(const unsigned char *b, size_t t, size_t le)
{
	size_t e = t, n;

	for (n = 0; n < 3 && e < le && isalpha(b[e]); n++) {
		while (e < le && (isalnum(b[e]) || (b[e] && strchr("_.<>", b[e]))))
			e++;
		t = e;
		e = skip_blanks(b, e, le);
	}
	return t;
}

/*
 * The value after the name b[ns..ne) on the line b[ls..le), past a glue
 * the rules do not read, or past a plain separator (=, :=, =>, :, ,)
 * before a literal they do not read. Its content in [*vs, *ve); *tag set
 * to the end of a reader tag's bracket, whose other strings are values
 * of the name too (#profile {:dev "..." :prod "..."}), else 0.
 */
static int glued_value(const unsigned char *b, size_t ls, size_t le, size_t ns, size_t ne,
		       size_t *vs, size_t *ve, size_t *tag)
{
	size_t k = ne, j, t, e;
	int own, quoted_name = 0, exported = 0;

	*tag = 0;
	if (k + 1 < le && b[k] == '*' && (b[k + 1] == ' ' || b[k + 1] == ':'))
		k += exported = 1; /* Nim's exported name: apiToken* = "..." */
	if (k < le && b[k] == ':' && placeholder_default(b, ls, ns, k, le, vs, ve))
		return 1;
	if (k < le && (b[k] == '"' || b[k] == '\'')) {
		if (ns == ls || b[ns - 1] != b[k])
			return 0;
		quoted_name = 1;
		if (++k < le && b[k] == ']') { /* Pascal: Headers['Name'] := '...' */
			j = skip_blanks(b, k + 1, le);
			return j + 1 < le && b[j] == ':' && b[j + 1] == '=' &&
			       own_literal(b, skip_blanks(b, j + 2, le), le, vs, ve,
					   &own);
		}
	}
	j = skip_blanks(b, k, le);
	if (j + 1 >= le)
		return 0;
	if (b[j] == ':' && (b[j + 1] == ':' || b[j + 1] != '=')) {
		t = skip_blanks(b, j + 1 + (b[j + 1] == ':'), le);
		if (b[j + 1] == ':' && own_literal(b, t, le, vs, ve, &own))
			return 1; /* Odin: NAME :: "..." */
		if ((e = type_words(b, t, le)) == t)
			return 0;
		/* NAME:String = "...", NAME : string : "...", Julia's
		 * NAME::String = "...", Ada's Name : constant String := "..." */
		e = skip_blanks(b, e, le);
		if (e + 1 < le && b[e] == ':' && b[e + 1] == '=')
			e++;
		else if (e + 1 >= le || !((b[e] == '=' && !strchr("=>", b[e + 1])) ||
					  (b[e] == ':' && b[e + 1] != ':')))
			return 0;
		return own_literal(b, skip_blanks(b, e + 1, le), le, vs, ve, &own) != 0;
	}
	if (b[j] == '.' && j > k && (b[j + 1] == ' ' || b[j + 1] == '\t')) {
		/* a Scheme pair: ("name" . "...") or (name . "...") */
		t = ns - quoted_name;
		return t > ls && b[t - 1] == '(' &&
		       own_literal(b, skip_blanks(b, j + 1, le), le, vs, ve, &own) != 0;
	}
	if (b[j] == '#' && isalpha(b[j + 1]) && ns > ls && b[ns - 1] == ':') {
		/* EDN's reader tag after a keyword: :name #profile {...} */
		for (t = j + 1; t < le && (code_name_byte(b[t]) || b[t] == '/'); t++)
			;
		t = skip_blanks(b, t, le);
		if (t >= le || (b[t] != '{' && b[t] != '['))
			return 0;
		*tag = bracket_end(b, t, le);
		return string_in(b, t, *tag, vs, ve);
	}
	if (b[j] != '=' && b[j] != ':' && b[j] != ',')
		return 0;
	t = j + 1 + (b[j + 1] == '=' || b[j + 1] == '>');
	return own_literal(b, skip_blanks(b, t, le), le, vs, ve, &own) &&
	       (own || exported);
}

/*
 * A name's own mark at the start of the line b[ls..le): Elixir's module
 * attribute (@name "..."), fish's set with its flags (set -gx NAME value,
 * set -Ux NAME value), Bicep's param NAME type = '...'. The name in
 * [*ns, *ne), the value in [*vs, *ve).
 */
static int marked_name(const unsigned char *b, size_t ls, size_t le, size_t *ns,
		       size_t *ne, size_t *vs, size_t *ve)
{
	size_t i = skip_blanks(b, ls, le), k;
	int own, flags = 0;

	if (i + 6 >= le || (b[i] != '@' && b[i] != 'p' && b[i] != 's'))
		return 0;
	if (b[i] == '@' && islower(b[i + 1])) {
		for (*ne = *ns = i + 1; *ne < le && (isalnum(b[*ne]) || b[*ne] == '_');
		     (*ne)++)
			;
		k = skip_blanks(b, *ne, le);
		return k > *ne && own_literal(b, k, le, vs, ve, &own);
	}
	if (word_at(b, i, le, "param")) {
		*ns = skip_blanks(b, i + 5, le);
		for (*ne = *ns; *ne < le && (isalnum(b[*ne]) || b[*ne] == '_'); (*ne)++)
			;
		return *ne > *ns && typed_value(b, le, *ne, vs, ve);
	}
	if (!word_at(b, i, le, "set"))
		return 0;
	for (k = skip_blanks(b, i + 3, le);
	     k + 1 < le && b[k] == '-' && isalpha(b[k + 1]);
	     k = skip_blanks(b, k, le), flags++)
		while (k < le && b[k] != ' ' && b[k] != '\t')
			k++;
	if (!flags)
		return 0;
	for (*ne = *ns = k; *ne < le && (isalnum(b[*ne]) || b[*ne] == '_'); (*ne)++)
		;
	k = skip_blanks(b, *ne, le);
	if (*ne == *ns || k == *ne || k >= le)
		return 0;
	if (!quoted(b, k, le, vs, ve)) {
		*vs = k;
		*ve = bare_value(b, k, le);
	}
	return *ve > *vs;
}

/* The keyword of the EDN map that holds the keyword b[ns..) on its line
 * ({:gotify {:client-token ...}}): its name in parts[0], 1 when there is
 * one. */
static int edn_parent(const unsigned char *b, size_t ls, size_t ns, size_t (*parts)[2])
{
	size_t k;

	if (ns < ls + 2 || b[ns - 1] != ':')
		return 0;
	k = skip_blanks_back(b, ns - 1, ls);
	if (k == ls || b[k - 1] != '{')
		return 0;
	parts[0][1] = skip_blanks_back(b, k - 1, ls);
	for (k = parts[0][1]; k > ls && code_name_byte(b[k - 1]); k--)
		;
	parts[0][0] = k;
	return k < parts[0][1] && k > ls && b[k - 1] == ':';
}

/* The pairs of these syntaxes on the line b[ls..le), and each with its
 * EDN parent's name where the line says it. */
static int code_glue_line(const unsigned char *b, size_t ls, size_t le,
			  struct kh_layer *l)
{
	size_t i, ns, ne, vs, ve, tag, parts[2][2];
	int parent;

	if (marked_name(b, ls, le, &ns, &ne, &vs, &ve) &&
	    emit_split(l, b, ns, ne, vs, ve) < 0)
		return -1;
	for (i = ls; i < le; i = ne + (ne == i)) {
		for (ne = i; ne < le && code_name_byte(b[ne]); ne++)
			;
		if (ne == i)
			continue;
		/* most names are followed by none of the glues' bytes */
		if (ne >= le || !code_glue_byte(b[ne]) ||
		    !glued_value(b, ls, le, i, ne, &vs, &ve, &tag))
			continue;
		parent = edn_parent(b, ls, i, parts);
		parts[1][0] = i;
		parts[1][1] = ne;
		do {
			if (emit_split(l, b, i, ne, vs, ve) < 0 ||
			    (parent && credential_name(b + i, ne - i) &&
			     emit_path_as(l, b, (const size_t(*)[2])parts, 2, "", vs,
					  ve) < 0))
				return -1;
		} while (tag && string_in(b, ve + 1, tag, &vs, &ve));
	}
	return 0;
}

/* A keyword hit of the generic rule that ends b[last]: whether its name
 * is one of these syntaxes'. */
static int code_glue_named(const unsigned char *b, size_t len, size_t last)
{
	size_t k = last + 1, s = last, ls, le, ns, ne, vs, ve, tag;
	const unsigned char *nl;

	if (k >= len)
		return 0;
	while (k < len && k < last + 24 && code_name_byte(b[k]))
		k++;
	if (k >= len || !code_glue_byte(b[k]))
		return 0;
	while (s > 0 && last - s < NAME_MAX_LEN && code_name_byte(b[s - 1]))
		s--;
	le = len - k > 256 ? k + 256 : len;
	if ((nl = memchr(b + k, '\n', le - k)))
		le = (size_t)(nl - b);
	ls = near_line_start(b, s);
	if (ls > s) /* far from its line's start: a glue after it only */
		ls = s > 2 ? s - 2 : 0;
	if (glued_value(b, ls, le, s, k, &vs, &ve, &tag))
		return 1;
	return s > ls && (b[s - 1] == '@' || b[s - 1] == ' ') &&
	       marked_name(b, ls, le, &ns, &ne, &vs, &ve) && ns == s;
}

/* ---- any glue: a credential's name, a little glue, a literal ------------ */

/* The span between a name and its literal that any_glue_value reads. */
#define ANY_GLUE_SPAN 24

/* The bytes that may follow a name in any_glue_value's glue. */
static const unsigned char any_glue_start[256] = {
	[' '] = 1, ['\t'] = 1, ['='] = 1, [':'] = 1, ['('] = 1, ['<'] = 1
};

/* Whether the word b[k..e) is a glue word: a declaration's data or
 * picture clause (NASM's db/dq/equ, COBOL's PIC X(20) VALUE), a binding
 * word (is, as, to), case aside. Not "in", "not", "or": they compare. */
static int any_glue_word(const unsigned char *b, size_t k, size_t e)
{
	static const struct {
		const char *word;
		size_t n;
	} words[] = { { "db", 2 },  { "dw", 2 }, { "dd", 2 },	{ "dq", 2 },
		      { "is", 2 },  { "as", 2 }, { "to", 2 },	{ "equ", 3 },
		      { "pic", 3 }, { "x", 1 },	 { "value", 5 } };
	size_t w, n = e - k;

	if (n > 5)
		return 0;
	for (w = 0; w < sizeof(words) / sizeof(words[0]); w++)
		if (words[w].n == n && equal_ci(b + k, words[w].word, n))
			return 1;
	return 0;
}

/* Whether s[0..n) is a name in words joined by '_' in one case
 * (K8S_VOLUME_TYPE_SECRET, db_password): a bare value that is a
 * reference, not a literal. */
static int snake_name(const unsigned char *s, size_t n)
{
	int upper = 0, lower = 0, joined = 0;
	size_t i;

	for (i = 0; i < n; i++) {
		upper |= isupper(s[i]) != 0;
		lower |= islower(s[i]) != 0;
		joined |= s[i] == '_';
	}
	return joined && !(upper && lower);
}

/* The quoted literal alone on the line after the one that ends at b[le]
 * (then nothing but a ';' or a ','): its content in [*vs, *ve). */
static int literal_below(const unsigned char *b, size_t len, size_t le, size_t *vs,
			 size_t *ve)
{
	size_t k, e, q;

	if (le >= len)
		return 0;
	k = e = le + 1 + (b[le] == '\r' && le + 1 < len); /* past \r\n */
	while (e < len && b[e] != '\n' && b[e] != '\r' && e - k < 4096)
		e++;
	if (!(q = quoted(b, skip_blanks(b, k, e), e, vs, ve)))
		return 0;
	q = skip_blanks(b, q, e);
	return q == e || ((b[q] == ';' || b[q] == ',') && skip_blanks(b, q + 1, e) == e);
}

/*
 * The literal after the name b[ns..ne) on the line b[ls..le), past a glue
 * no other reader knows, within ANY_GLUE_SPAN bytes: blanks, =, :, :=,
 * =>, R's <-, glue words (any_glue_word, x(20) with its width), and a
 * bracket after a name that starts its statement (a Prolog fact). Then a
 * quoted literal, or after an = a bare token that a ';' ends, the name
 * after a statement's word (SAS's %let name=value;). A comparison (==,
 * !=, <, >=), a call on a name inside a statement, a comma (the next
 * argument) is no glue; a lone = or : before a quote is the rules' own
 * (name = "..."). An = that ends the line: the literal alone below it
 * (Elm's name =\n    "..."). Its content in [*vs, *ve).
 */
static int any_glue_value(const unsigned char *b, size_t len, size_t ls, size_t le,
			  size_t ns, size_t ne, size_t *vs, size_t *ve)
{
	size_t k = ne, w, end = le - ne > ANY_GLUE_SPAN ? ne + ANY_GLUE_SPAN : le;
	int words = 0, assigns = 0, other = 0;

	for (; k < end && b[k] != '"' && b[k] != '\''; k++) {
		if (b[k] == ' ' || b[k] == '\t')
			continue;
		if (isalpha(b[k])) {
			for (w = k; w < end && isalpha(b[w]); w++)
				;
			if (assigns && !words && !other && !any_glue_word(b, k, w))
				break; /* a bare value after = */
			if (++words > 3 || !any_glue_word(b, k, w))
				return 0;
			if (w < end && b[w] == '(') { /* a picture's width: X(20) */
				while (++w < end && isdigit(b[w]))
					;
				if (w >= end || b[w] != ')')
					return 0;
				w++;
			}
			if (w < end && b[w] != ' ' && b[w] != '\t')
				return 0;
			k = w;
			continue;
		}
		if (b[k] == '=' && k + 1 < end && b[k + 1] == '=')
			return 0;
		if (b[k] == '=' || b[k] == ':')
			assigns++;
		else if (b[k] == '<' && k + 1 < end && b[k + 1] == '-')
			other = 1, k++; /* R's <- */
		else if (b[k] == '>' && k > ne && b[k - 1] == '=')
			;
		else if (b[k] == '(' && skip_blanks(b, ls, le) == ns)
			other = 1;
		else if (assigns && !words && !other)
			break; /* a bare value after = */
		else
			return 0;
	}
	if (k < end && (b[k] == '"' || b[k] == '\'')) /* = or : alone: the rules' own */
		return (words || other || k == skip_blanks(b, ne, le)) &&
		       quoted(b, k, le, vs, ve);
	/* an = that ends the line: the literal alone on the next (Elm) */
	k = skip_blanks(b, ne, le);
	if (k < le && b[k] == '=' && skip_blanks(b, k + 1, le) == le && !words && !other)
		return literal_below(b, len, le, vs, ve);
	/* a bare token after = that a ';' ends, the name after a statement's
	 * word (%let, export): name=value; alone starts .env's lines */
	if (k >= le || b[k] != '=' || words || other || skip_blanks(b, ls, le) == ns ||
	    (b[ns - 1] != ' ' && b[ns - 1] != '\t'))
		return 0;
	*vs = skip_blanks(b, k + 1, le);
	for (*ve = *vs; *ve < le && (isalnum(b[*ve]) || strchr("+/_-=", b[*ve])); (*ve)++)
		;
	k = skip_blanks(b, *ve, le);
	return *ve >= *vs + 8 && k < le && b[k] == ';' && /* a line's end: .env's own */
	       !snake_name(b + *vs, *ve - *vs);
}

/* Whether b[s] stands in a string that opens on b[ls..s): a name in a
 * message or a format is words. */
static int in_string(const unsigned char *b, size_t ls, size_t s)
{
	size_t k, q, vs, ve;

	for (k = ls; k < s; k++)
		if (b[k] == '"' || b[k] == '\'') {
			if (!(q = quoted(b, k, s, &vs, &ve)))
				return 1;
			k = q - 1;
		}
	return 0;
}

/* The pairs on the line b[ls..le) whose glue only any_glue_value reads: a
 * name around a credential word (the line's few), outside its strings,
 * that credential_name() accepts. */
static int any_glue_line(const unsigned char *b, size_t len, size_t ls, size_t le,
			 struct kh_layer *l)
{
	/* the first letters of credential_word_at()'s words */
	static const unsigned char word_first[256] = {
		['K'] = 1, ['T'] = 1, ['S'] = 1, ['P'] = 1, ['A'] = 1, ['C'] = 1,
		['k'] = 1, ['t'] = 1, ['s'] = 1, ['p'] = 1, ['a'] = 1, ['c'] = 1
	};
	size_t i, s, ne, vs, ve;

	for (i = ls; i + 3 <= le; i++) {
		if (!word_first[b[i]] || !credential_word_at(b, i, le))
			continue;
		for (s = i; s > ls && (code_name_byte(b[s - 1]) || b[s - 1] == ':'); s--)
			;
		for (ne = i; ne < le && code_name_byte(b[ne]); ne++)
			;
		i = ne;
		if (ne >= le || !any_glue_start[b[ne]] ||
		    !any_glue_value(b, len, ls, le, s, ne, &vs, &ve) ||
		    !credential_name(b + s, ne - s) || in_string(b, ls, s))
			continue;
		if (emit_split(l, b, s, ne, vs, ve) < 0)
			return -1;
	}
	return 0;
}

/* A keyword hit of the generic rule that ends b[last]: whether its name
 * is followed by a glue any_glue_value reads. */
static int any_glue_named(const unsigned char *b, size_t len, size_t last)
{
	size_t k = last + 1, s = last, ls, le, vs, ve;
	const unsigned char *nl;

	while (k < len && k < last + 24 && code_name_byte(b[k]))
		k++;
	if (k >= len || !any_glue_start[b[k]])
		return 0;
	while (s > 0 && last - s < NAME_MAX_LEN &&
	       (code_name_byte(b[s - 1]) || b[s - 1] == ':'))
		s--;
	le = len - k > 256 ? k + 256 : len;
	if ((nl = memchr(b + k, '\n', le - k)))
		le = (size_t)(nl - b);
	ls = near_line_start(b, s);
	if (ls > s)
		ls = s;
	return any_glue_value(b, len, ls, le, s, k, &vs, &ve) && !in_string(b, ls, s);
}

/* ---- syntaxes that hide a name, names whose last word tells ------------- */

/*
 * The word at the end of the name s[0..n) that calls it a credential in
 * words the generic rule does not read: a database's glued pass (DBPASS), a
 * pre-shared key (WIFI_PSK), a secret salt (passwordsalt, SALT_KEY), a
 * numbered copy (password2, Password1), an Arduino secret's key
 * (SECRET_DEVICE_KEY), an installation's key. Sets *cut to the length of
 * the name kept and returns the suffix that says it, or NULL.
 */
static const char *telling_tail(const unsigned char *s, size_t n, size_t *cut)
{
	size_t d = n;
	unsigned char c = n ? ascii_lower(s[n - 1]) : 0;

	*cut = n;
	/* each tail below ends in a digit or one of these: most names are
	 * out at their last byte */
	if (!isdigit(c) && c != 's' && c != 'k' && c != 'y' && c != 't')
		return NULL;
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
	if (c == 'k' && n > 4 && ends_ci(s, 0, n, "_psk"))
		return "_password";
	if ((c == 'y' &&
	     ((n > 8 && (ends_ci(s, 0, n, "salt_key") || ends_ci(s, 0, n, "saltkey"))) ||
	      (n > 16 && ends_ci(s, 0, n, "installation_key")) ||
	      (n > 11 && !strncasecmp((const char *)s, "secret_", 7) &&
	       ends_ci(s, 0, n, "_key")))) ||
	    (c == 't' &&
	     (ends_ci(s, 0, n, "passwordsalt") || ends_ci(s, 0, n, "password_salt"))))
		return "_secret";
	return NULL;
}

/* `name<suffix> = "value"` for a name b[ns..ne) with a telling tail, the
 * pair as it is for another credential's name. */
static int emit_as_told(struct kh_layer *l, const unsigned char *b, size_t ns, size_t ne,
			size_t vs, size_t ve)
{
	size_t cut;
	const char *suffix = telling_tail(b + ns, ne - ns, &cut);

	if (!suffix)
		return emit_pair(l, b, ns, ne, vs, ve);
	if (!plausible_credential(b + vs, ve - vs, 1))
		return 0;
	return emit_named(l, b, ns, ns + cut, suffix, vs, ve);
}

/* A name b[ns..ne) with a telling tail, then a separator (=, :, =>, :=,
 * or blanks before a quote) and its value. */
static int emit_told(struct kh_layer *l, const unsigned char *b, size_t ns, size_t ne,
		     size_t le)
{
	size_t cut, k = ne, vs, ve;

	if (!telling_tail(b + ns, ne - ns, &cut))
		return 0;
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
	if (!quoted(b, vs, le, &vs, &ve))
		ve = bare_value(b, vs, le);
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
 * Pairs a line b[ls..le) holds where the name is hidden from the generic
 * rule: CMake's set(ENV{NAME} "v") and set(NAME "v" CACHE ...), nginx's
 * `set $name "v";`, Tasmota's `Backlog Cmd v; Password1 v`, a quoted
 * assignment ("NAME=v": systemd's Environment=, an args list's), a
 * template's default literal, a name with a telling tail.
 */
static int hidden_name_line(const unsigned char *b, size_t ls, size_t le,
			    struct kh_layer *l)
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
static int hidden_name_named(const unsigned char *b, size_t len, size_t last)
{
	size_t k = last + 1, s = last, cut, ls;
	const unsigned char *nl;

	if (k >= len)
		return 0;
	while (k < len && k < last + 24 && (isalnum(b[k]) || b[k] == '_'))
		k++;
	while (s > 0 && last - s < NAME_MAX_LEN && (isalnum(b[s - 1]) || b[s - 1] == '_'))
		s--;
	if (k >= len || telling_tail(b + s, k - s, &cut))
		return k < len;
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
		/* a command of Tasmota's Backlog, its line's first word */
		ls = s > 512 ? s - 512 : 0;
		nl = memrchr(b + ls, '\n', s - ls);
		if (nl || ls == 0) {
			ls = nl ? (size_t)(nl - b) + 1 : 0;
			if (!strncasecmp((const char *)b + skip_blanks(b, ls, s),
					 "backlog", 7))
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
 * (|---|:--|) below: each row's cell under a column the header names for
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
		if (!strchr("|-: \t\r", b[k]))
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

static int syntax_line(const unsigned char *b, size_t len, size_t ls, size_t le,
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
static int syntax_named(const unsigned char *b, size_t len, size_t last)
{
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
	while (k < len && k - last < NAME_MAX_LEN && (isalnum(b[k]) || b[k] == '_'))
		k++;
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
	int words = 0, marks = 0, assigns = 0, args = 0, ahead = 0, own, joined;
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
		case GLUE_QUOTE: break;
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
		case GLUE_DASH: /* a flag: -Value '...'; R's <- */
			if (!((c == '-' && glue_class[d] == GLUE_WORD && d > '9' &&
			       !args && (b[k - 1] == ' ' || b[k - 1] == '\t')) ||
			      (c == '<' && d == '-')))
				return 0;
			k += c == '<';
			marks++;
			continue;
		case GLUE_WORD: break;
		default: return 0;
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
		if ((w - k < 8 && !joined) || (w < le && b[w] == '(')) {
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
				skip_blanks(b, ls, le) != ns)))
			return 0;
		*vs = k;
		for (*ve = k, w = 0; *ve < le && !bare_stop[b[*ve]]; (*ve)++)
			w |= b[*ve] >= '0' && b[*ve] <= '9';
		*end = *ve;
		if (!w)
			return 0; /* words (prose, a name): a bare secret has a digit */
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
		return 1;
	}
	if (!(*end = own_literal(b, k, le, vs, ve, &own)))
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
	while (i > ls && (code_name_byte(b[i - 1]) || b[i - 1] == ':'))
		i--;
	return i;
}

/* The end of the name (and its marks) that starts at b[i]. */
static size_t line_glue_name_end(const unsigned char *b, size_t i, size_t le)
{
	while (i < le && (code_name_byte(b[i]) || b[i] == ':'))
		i++;
	return i;
}

/* Whether b[s] starts a name the line's text holds: in a string that
 * opens before it, unless the string is the name ("secret": ...). */
static int name_in_text(const unsigned char *b, size_t ls, size_t s, size_t ne, size_t le)
{
	if (s > ls && (b[s - 1] == '"' || b[s - 1] == '\'') && ne < le &&
	    b[ne] == b[s - 1])
		return in_string(b, ls, s - 1);
	return in_string(b, ls, s);
}

/* The pairs of the line b[ls..le) that only line_glue_value reads: each
 * credential's name with the value to its right, the next name after it. */
static int line_glue_line(const unsigned char *b, size_t ls, size_t le,
			  struct kh_layer *l)
{
	size_t i, s, ne, vs, ve, end, stop = le;

	/* a line without quotes: a bare value, whose name starts the line */
	if (!literal_in(b, ls, le))
		stop = line_glue_name_end(b, skip_blanks(b, ls, le), le);
	for (i = next_credential_word(b, ls, stop); i < stop;
	     i = next_credential_word(b, i + 1, stop)) {
		s = line_glue_name(b, ls, i);
		for (ne = i; ne < le && code_name_byte(b[ne]); ne++)
			;
		i = ne;
		if (ne >= le || !line_glue_start[b[ne]] ||
		    !line_glue_value(b, ls, le, s, ne, &vs, &ve, &end) ||
		    !credential_name(b + s, ne - s) || digest_name(b, s, ne) ||
		    name_in_text(b, ls, s, ne, le) || file_path(b + vs, ve - vs))
			continue;
		if (emit_split(l, b, s, ne, vs, ve) < 0)
			return -1;
		i = end > i ? end - 1 : i;
	}
	return 0;
}

/* A keyword hit of the generic rule that ends b[last]: whether its name
 * has a value line_glue_value reads. */
static int line_glue_named(const unsigned char *b, size_t len, size_t last)
{
	size_t k = last + 1, s = last, t, ls, le, vs, ve, end;
	const unsigned char *nl;

	while (k < len && k < last + 24 && code_name_byte(b[k]))
		k++;
	if (k >= len || !line_glue_start[b[k]])
		return 0;
	while (s > 0 && last - s < NAME_MAX_LEN &&
	       (code_name_byte(b[s - 1]) || b[s - 1] == ':'))
		s--;
	/* a literal ahead, or a bare value's name that starts its line: most
	 * hits in code have neither */
	t = skip_blanks_back(b, s, 0);
	if (t > 0 && b[t - 1] != '\n' &&
	    !literal_in(b, k,
			len - k > LINE_GLUE_SPAN + 1 ? k + LINE_GLUE_SPAN + 1 : len))
		return 0;
	ls = near_line_start(b, s);
	if (ls > s)
		ls = s;
	le = len - k > 256 ? k + 256 : len;
	if ((nl = memchr(b + k, '\n', le - k)))
		le = (size_t)(nl - b);
	if (le > ls && b[le - 1] == '\r')
		le--;
	return line_glue_value(b, ls, le, s, k, &vs, &ve, &end) &&
	       credential_name(b + s, k - s) && !digest_name(b, s, k) &&
	       !name_in_text(b, ls, s, k, le);
}

/* ---- a provider's name in a call, a tuple or a flag --------------------- */

#define SPOT_ITEMS 8 /* elements of a tuple read after the provider's */

/* A string literal at b[i]: "…", '…', `…`, ObjC's @"…" or one in an
 * escaped string (\"…\", a notebook's source line). Its content in
 * [*vs, *ve); the index after it, or 0. */
static size_t spot_string(const unsigned char *b, size_t i, size_t le, size_t *vs,
			  size_t *ve)
{
	size_t k;

	if (i + 1 < le && b[i] == '@' && b[i + 1] == '"')
		i++;
	if (i + 1 < le && b[i] == '\\' && b[i + 1] == '"') {
		for (k = i + 2; k + 1 < le && !(b[k] == '\\' && b[k + 1] == '"'); k++)
			;
		if (k + 1 >= le)
			return 0;
		*vs = i + 2;
		*ve = k;
		return k + 2;
	}
	if (i < le && b[i] == '`') {
		const unsigned char *q = memchr(b + i + 1, '`', le - i - 1);

		if (!q)
			return 0;
		*vs = i + 1;
		*ve = (size_t)(q - b);
		return *ve + 1;
	}
	return quoted(b, i, le, vs, ve);
}

/* An element of a list at b[i]: a string, or a bare word of a YAML flow
 * or a shell's list (ops, deploy). Its content in [*vs, *ve); the index
 * after it, or 0. */
static size_t spot_item(const unsigned char *b, size_t i, size_t le, size_t *vs,
			size_t *ve)
{
	size_t k = spot_string(b, i, le, vs, ve);

	if (k)
		return k;
	for (k = i; k < le && !strchr(" \t,;:)]}\"'", b[k]); k++)
		;
	*vs = i;
	*ve = k;
	return k > i ? k : 0;
}

/* Whether b[s..e) names a call's argument that holds a credential or a
 * provider's weak name for one (token, apiKey, auth, key, secret). */
static int spot_credential_word(const unsigned char *b, size_t s, size_t e)
{
	return e > s && credential_name(b + s, e - s);
}

/*
 * The value a call's arguments from b[i] (after its '(') hand over: its
 * first argument when that is a string, or the string of a named argument
 * that says credential (token: "…", apiToken = "…", auth => '…',
 * { auth: '…' }, ['token' => '…']), among its first few. 0 when none.
 */
static int spot_call_args(const unsigned char *b, size_t i, size_t le, size_t *vs,
			  size_t *ve)
{
	size_t n, k, s, e;

	for (n = 0; n < SPOT_ITEMS && i < le; n++) {
		i = skip_blanks(b, i, le);
		while (i < le && (b[i] == '{' || b[i] == '[')) /* an options object */
			i = skip_blanks(b, i + 1, le);
		if (i >= le || b[i] == ')')
			return 0;
		k = spot_string(b, i, le, &s, &e);
		if (!k) { /* a name: token:, apiToken =, :auth => */
			s = i + (b[i] == ':');
			for (k = s; k < le && ident_byte(b[k]) && b[k] != '.'; k++)
				;
			e = k;
		}
		if (k == i)
			return 0;
		k = skip_blanks(b, k, le);
		if (k < le && (b[k] == ':' || b[k] == '=') &&
		    (k + 1 >= le || b[k + 1] != b[k])) {
			k = skip_blanks(b, k + 1 + (k + 1 < le && b[k + 1] == '>'), le);
			if (spot_credential_word(b, s, e) &&
			    spot_string(b, k, le, vs, ve))
				return 1;
		} else if (n == 0 && (b[i] == '"' || b[i] == '\'' || b[i] == '@' ||
				      b[i] == '`' || b[i] == '\\')) {
			*vs = s;
			*ve = e;
			return 1; /* the first argument, a string */
		}
		/* the next argument: past this one's value */
		while (k < le && b[k] != ',' && b[k] != ')') {
			if (b[k] == '"' || b[k] == '\'') {
				size_t a, z, q = quoted(b, k, le, &a, &z);

				if (!q)
					return 0;
				k = q;
			} else {
				k++;
			}
		}
		if (k >= le || b[k] == ')')
			return 0;
		i = k + 1;
	}
	return 0;
}

/*
 * A command's flag from b[i] on that says credential (--auth "…",
 * -Token '…', --with-token …, --key=…), within a few words: its value in
 * [*vs, *ve). 0 when none.
 */
static int spot_flag_value(const unsigned char *b, size_t i, size_t le, size_t *vs,
			   size_t *ve)
{
	size_t words, s, e, k;

	for (words = 0; words < SPOT_ITEMS && i < le; words++) {
		i = skip_blanks(b, i, le);
		if (i >= le)
			return 0;
		if (b[i] != '-') { /* a subcommand, an argument: a word */
			for (k = i; k < le && b[k] != ' ' && b[k] != '\t'; k++)
				;
			if (k == i || (b[i] == '"' || b[i] == '\'' || b[i] == ';' ||
				       b[i] == '|' || b[i] == '&'))
				return 0; /* a string or the command's end */
			i = k;
			continue;
		}
		s = i + 1 + (i + 1 < le && b[i + 1] == '-');
		for (e = s; e < le && ident_byte(b[e]) && b[e] != '.'; e++)
			;
		if (e == s || e >= le || (b[e] != '=' && b[e] != ' ' && b[e] != '\t')) {
			i = e;
			continue;
		}
		k = skip_blanks(b, e + 1, le);
		if (spot_credential_word(b, s, e)) {
			if (!spot_string(b, k, le, vs, ve)) {
				*vs = k;
				*ve = bare_value(b, k, le);
			}
			return *ve > *vs;
		}
		i = e;
	}
	return 0;
}

/*
 * The last string of the list whose element ends at b[i] (a quote or the
 * bare word before a ',', after the provider's name): with one or two
 * elements after the name, the last; with more, the one after the name (a
 * map's pairs: Map.of("zoom", "…", "box", "…")). 0 when the list does not
 * close on its line or holds no string after the name.
 */
static int spot_tuple_rest(const unsigned char *b, size_t i, size_t le,
			   unsigned char closer, size_t *vs, size_t *ve)
{
	size_t items[SPOT_ITEMS][2], n = 0, k, s, e;

	for (;;) {
		i = skip_blanks(b, i, le);
		if (i < le && b[i] == closer)
			break;
		if (i >= le || b[i] != ',' || n == SPOT_ITEMS)
			return 0;
		i = skip_blanks(b, i + 1, le);
		if (!(k = spot_item(b, i, le, &s, &e)))
			return 0;
		items[n][0] = s;
		items[n++][1] = e;
		i = k;
	}
	if (!n)
		return 0;
	k = n <= 2 ? n - 1 : 0;
	*vs = items[k][0];
	*ve = items[k][1];
	return 1;
}

/* The bracket that closes one opened by c, or 0. */
static unsigned char spot_close(unsigned char c)
{
	return c == '(' ? ')' : c == '[' ? ']' : c == '{' ? '}' : 0;
}

/*
 * Whether the callee's rest after a provider's name, b[s..e), makes a
 * client of it: words (split at '.', '::', '->', '_' and a capital) each
 * a client's or a constructor's (Client, new, NewClient, Api, SDK,
 * connect), or none (Zoom("…")). Another word names something of the
 * provider's own (zoom_client_env_key('…'), zoom.getUser("…")).
 */
static int client_callee(const unsigned char *b, size_t s, size_t e)
{
	static const char *const words[] = { "client",	  "new",     "api",	"sdk",
					     "connect",	  "create",  "init",	"rest",
					     "http",	  "service", "session", "with",
					     "configure", NULL };
	size_t ws, k;

	while (s < e) {
		if (!isalnum(b[s])) {
			s++;
			continue;
		}
		ws = s++;
		while (s < e && (islower(b[s]) || isdigit(b[s]) ||
				 (isupper(b[s]) && isupper(b[s - 1]) &&
				  !(s + 1 < e && islower(b[s + 1])))))
			s++;
		for (k = 0; words[k]; k++)
			if (strlen(words[k]) == s - ws &&
			    equal_ci(b + ws, words[k], s - ws))
				break;
		if (!words[k])
			return 0;
	}
	return 1;
}

int kh_shape_spot_value(const unsigned char *b, size_t ls, size_t le, size_t ws,
			size_t we, size_t *vs, size_t *ve)
{
	size_t k = we, s = ws, q;
	unsigned char closer;

	if (ws <= ls || we >= le)
		goto call; /* (a call needs its '(' after the name) */
	/* a tuple's first element: ("zoom", …), [@"zoom", …], [zoom, ops, …] */
	q = b[ws - 1] == '"' || b[ws - 1] == '\'' ? 1 : 0;
	if (q && b[we] == b[ws - 1])
		k = we + 1;
	else if (q)
		k = 0;
	if (k) {
		s = skip_blanks_back(b, ws - q - (q && ws - 1 > ls && b[ws - 2] == '@'),
				     ls);
		closer = s > ls ? spot_close(b[s - 1]) : 0;
		if (closer && skip_blanks(b, k, le) < le &&
		    b[skip_blanks(b, k, le)] == ',')
			return spot_tuple_rest(b, k, le, closer, vs, ve);
	}
	/* a flag named for it: --zoom-auth "…", ["--zoom", "…"], --zoom=… */
	if (ws >= ls + 3 && b[ws - 1] == '-' && b[ws - 2] == '-') {
		for (k = we; k < le && (ident_byte(b[k]) && b[k] != '.'); k++)
			;
		/* its rest says credential, or nothing: not --zoom-region */
		if (k > we && !spot_credential_word(b, we, k))
			return 0;
		if (k < le && (b[k] == '"' || b[k] == '\'') && b[k] == b[ws - 3])
			k = skip_blanks(b, k + 1, le) < le &&
					    b[skip_blanks(b, k + 1, le)] == ','
				    ? skip_blanks(b, skip_blanks(b, k + 1, le) + 1, le)
				    : le;
		else if (k < le && (b[k] == '=' || b[k] == ' '))
			k = skip_blanks(b, k + 1, le);
		else
			return 0;
		if (k >= le)
			return 0;
		if (!spot_string(b, k, le, vs, ve)) {
			*vs = k;
			*ve = bare_value(b, k, le);
		}
		return *ve > *vs;
	}
call:
	/* a call whose callee the name begins: ZoomClient(…),
	 * Zoom::Client.new(…), zoom.NewClient(…), Zoom::Client->new(…),
	 * zoom_client(…); or a command named for it: zoom-cli --auth … */
	for (k = we; k < le && k - we < NAME_MAX_LEN; k++) {
		if (b[k] == '-' && k + 1 < le && b[k + 1] == '>')
			k++;
		else if (ident_byte(b[k]) ||
			 (b[k] == ':' && k + 1 < le && b[k + 1] == ':'))
			k += b[k] == ':';
		else
			break;
	}
	if (k < le && b[k] == '(')
		return client_callee(b, we, k) && spot_call_args(b, k + 1, le, vs, ve);
	if (k < le && (b[k] == ' ' || b[k] == '\t'))
		return spot_flag_value(b, k, le, vs, ve);
	return 0;
}

/* ---- a tuple named for credentials -------------------------------------- */

#define TUPLE_CTOR_MAX 24 /* Pair, listOf, Tuple.Create, arrayOf, @ */

/* Whether the name b[s..e) ends in a word for a login's pair: auth,
 * creds, credential(s) (basic_auth, dbCreds, API_CREDENTIALS); its word
 * starts the name or follows a mark or a lower-case letter. */
static int pair_name(const unsigned char *b, size_t s, size_t e)
{
	static const char *const words[] = { "auth", "creds", "credential", "credentials",
					     NULL };
	size_t k, n, w;

	for (k = 0; words[k]; k++) {
		n = strlen(words[k]);
		if (e - s < n || !equal_ci(b + e - n, words[k], n))
			continue;
		w = e - n;
		if (w == s || !isalnum(b[w - 1]) ||
		    (isupper(b[w]) && islower(b[w - 1])) ||
		    (k == 0 && (b[w - 1] | 0x20) == 'o')) /* oauth */
			return 1;
	}
	return 0;
}

/* Where a tuple's constructor before b[i] (its opener) starts: Pair,
 * listOf, Tuple.Create, @, or none (i itself). */
static size_t tuple_ctor(const unsigned char *b, size_t ls, size_t i)
{
	size_t k = i;

	while (k > ls && i - k < TUPLE_CTOR_MAX &&
	       (isalnum(b[k - 1]) || b[k - 1] == '.' || b[k - 1] == '@' ||
		b[k - 1] == '_'))
		k--;
	return k;
}

/*
 * A tuple or list of two or three strings, opened at b[i] ('(' or '['),
 * given to a name for a login's pair (creds = ("id", "..."), val auth =
 * Pair("user", "..."), credentials: ['app', '...']): its last string, the
 * secret after who it is, as `<name>_password`. Returns as emit_named.
 */
static int credential_tuple(const unsigned char *b, size_t ls, size_t le, size_t i,
			    struct kh_layer *l)
{
	size_t k = tuple_ctor(b, ls, i), ne, ns, n = 0, vs = 0, ve = 0, s, e;
	unsigned char closer = b[i] == '(' ? ')' : ']';

	k = skip_blanks_back(b, k, ls);
	if (k > ls && b[k - 1] == '=' && k > ls + 1 && strchr("=!<>", b[k - 2]))
		return 0; /* a comparison */
	if (k > ls + 1 && b[k - 1] == '=' && b[k - 2] == ':')
		k--;
	if (k == ls || (b[k - 1] != '=' && b[k - 1] != ':'))
		return 0;
	ne = skip_blanks_back(b, k - 1, ls);
	if (ne > ls && (b[ne - 1] == '"' || b[ne - 1] == '\''))
		ne--;
	for (ns = ne; ns > ls && ident_byte(b[ns - 1]) && b[ns - 1] != '.'; ns--)
		;
	if (ns == ne || !pair_name(b, ns, ne))
		return 0;
	for (k = skip_blanks(b, i + 1, le); k < le && b[k] != closer; n++) {
		if (n == 3 || !(k = spot_string(b, k, le, &s, &e)))
			return 0;
		vs = s;
		ve = e;
		k = skip_blanks(b, k, le);
		if (k < le && b[k] == ',')
			k = skip_blanks(b, k + 1, le);
	}
	if (k >= le || n < 2 || !plausible_credential(b + vs, ve - vs, 1))
		return 0;
	return emit_named(l, b, ns, ne, "_password", vs, ve);
}

/* A keyword hit of the generic rule that ends b[last] (creds, credentials):
 * whether its name is given a tuple of strings, `= (`, `: [`, `= Pair(`,
 * then a quote. */
static int tuple_named(const unsigned char *b, size_t len, size_t last)
{
	size_t k = last + 1, end = len - k > 64 ? k + 64 : len, c;

	while (k < end && (ident_byte(b[k]) || b[k] == '"' || b[k] == '\''))
		k++;
	k = skip_blanks(b, k, end);
	if (k < end && b[k] == ':')
		k++;
	if (k < end && b[k] == '=')
		k++;
	if (k == last + 1 || (k < end && b[k] == '='))
		return 0;
	k = skip_blanks(b, k, end);
	for (c = k; c < end && c - k < TUPLE_CTOR_MAX &&
		    (isalnum(b[c]) || b[c] == '.' || b[c] == '@' || b[c] == '_');
	     c++)
		;
	if (c >= end || (b[c] != '(' && b[c] != '['))
		return 0;
	c = skip_blanks(b, c + 1, end);
	return c < end && (b[c] == '"' || b[c] == '\'' || b[c] == '@');
}
