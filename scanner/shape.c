/*
 * shape.c - names held apart from their values (shape.h): the keyword trigger
 * kh_shape_trigger, the line reader kh_shape_line that calls every family's
 * readers, and the name tests they share. The families' files: shape_names.c,
 * shape_rows.c, shape_docs.c, shape_config.c, shape_code.c, shape_words.c;
 * their entry points: kh_shape_emit_as() (shape_names.c),
 * kh_shape_config_path() (shape_config.c), kh_shape_config() (shape_config.c),
 * kh_shape_spot_value() (shape_code.c).
 */
#include "shape.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "rules.h"
#include "shape_internal.h"
#include "util.h"
#include "validate.h"

/* The line holding b[i] starts with SQL's INSERT (any case); a line is
 * looked back on NAME_MAX_LEN * 16 bytes at most (a minified file's line
 * is long, and every keyword on it may ask). */
static int in_insert_line(const unsigned char *b, size_t len, size_t i)
{
	size_t ls = line_start_within(b, i, NAME_MAX_LEN * 16);

	if (ls > i)
		return 0;
	ls = skip_blanks(b, ls, len);
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
	while (j < len && (name_alnum(b[j]) || b[j] == '_'))
		j++;
	if (j < len && b[j] == ':')
		j++;
	return j < len && (b[j] == '-' || b[j] == '=');
}
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
	int colon = k < len && b[k] == ':';

	k += colon;
	if (k >= len || b[k] != ' ')
		return 0;
	while (k < len && b[k] == ' ')
		k++;
	if (k < len && b[k] == '`')
		return 1; /* a code span */
	/* Org's verbatim, AsciiDoc's passthrough after a colon: pass: =value=,
	 * not an assignment (NAME = value) */
	return colon && k + 1 < len && (b[k] == '=' || b[k] == '~' || b[k] == '+') &&
	       !strchr(" \t\r\n=", b[k + 1]);
}

static int generic_name_apart(struct kh_hit *h)
{
	const unsigned char *b = h->b;
	size_t len = h->len, last = h->last;
	size_t k = last + 1, name_end, s, vs, ve;

	if (k >= len)
		return 0;
	/* (the hit's walks: code_name_byte() on, ident_byte() back) */
	if (b[last] == '>' || b[last] == '"' || b[last] == '\'' || b[last] == '=')
		k = last; /* the keyword holds the name's end: <pass>, 'pass', pass= */
	else
		k = hit_name_end(h, HIT_CODE, last + 16);
	if (k >= len)
		return 0;
	if (last >= 2 && equal_ci(b + last - 2, "jwt", 3))
		return json_parent_at(b, len, k); /* "Jwt": { "Key": ... } */
	if (b[k] == '>' || b[k] == '"' || b[k] == '\'')
		return 1;
	s = hit_name_start(h, HIT_IDENT, NAME_MAX_LEN);
	if (b[s] == '-' && (b[k] == '=' || b[k] == ' '))
		return 1; /* a flag: --password=..., --api-key ... */
	if (b[k] == ' ' && ((s >= 4 && equal_ci(b + s - 4, "set ", 4)) ||
			    (s >= 5 && equal_ci(b + s - 5, "setx ", 5))))
		return 1;
	if (s > 1 && (b[s - 1] == ',' || b[s - 1] == ';' || b[s - 1] == '\t') &&
	    !isspace(b[s - 2]) &&
	    (b[k] == b[s - 1] || b[k] == '\r' || b[k] == '\n' || !b[k]))
		return 1; /* a CSV, TSV header's column: id,api_token,... */
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
	if (b[k] == ':' && k + 3 < len && b[k + 1] == ' ' &&
	    (b[k + 2] == '&' || (b[k + 2] == '!' && b[k + 3] == '!')))
		return 1; /* password: &anchor value, token: !!str value */
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
		 * StackExchange.Redis's host:6380,password=..., libpq's host=db
		 * password=...) */
		return s > 0 && (b[s - 1] == '?' || b[s - 1] == '&' || b[s - 1] == ';' ||
				 (b[s - 1] == ',' && after_port(b, s - 1)) ||
				 (s > 1 && b[s - 1] == ' ' && b[s - 2] == ';') ||
				 conninfo_pair(b, len, s, k));
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
		while (k < len && b[k] == ' ')
			k++; /* (after AUTHORIZATION, ) */
		if (k >= len || (b[k] != '"' && b[k] != '\''))
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
		n = skip_blanks(b, k + 1, len);
		return n < len && b[n] == ',';
	}
	for (n = k; n < len && n - k < 8 && (name_alnum(b[n]) || b[n] == '_'); n++)
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
		      /* header(AUTHORIZATION, "Token ..."), a constant's name */
		      { "authorization,", 14, 2 },
		      { "bearer", 6, 1 } };
	/* the words' last bytes, case aside: every keyword hit comes here,
	 * and its last byte rules out most at once; a bit for each word
	 * that ends in it (words[] by index: the first that matches wins) */
	static const unsigned short ends[256] = {
		['l'] = 1 << 0,	   ['L'] = 1 << 0,  ['n'] = 1 << 1,  ['N'] = 1 << 1,
		['('] = 0x1f << 2, [':'] = 1 << 7,  ['"'] = 1 << 8,  ['\''] = 1 << 9,
		[' '] = 1 << 10,   [','] = 1 << 11, ['r'] = 1 << 12, ['R'] = 1 << 12
	};
	size_t w, j;
	unsigned m;

	if (last >= len || !ends[b[last]])
		return 0;
	for (m = ends[b[last]]; m; m &= m - 1) {
		const char *word = words[w = (size_t)__builtin_ctz(m)].word;
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
		/* a quoted key is a name: $db['pass'], "pass":; and a URL
		 * query's: ?user=ops&pass=... */
		return !((b[last] == '"' || b[last] == '\'') && b[k - 4] == b[last]) &&
		       !(b[last] == '=' && (b[k - 4] == '?' || b[k - 4] == '&')) &&
		       (b[k - 3] != 'P' || !(islower(b[k - 4]) || isdigit(b[k - 4])));
	if (k >= 10 && equal_ci(b + k - 10, "credentials", 11))
		k -= 6; /* k - 4: where the word starts, as for creds */
	else if (!equal_ci(b + k - 4, "creds", 5))
		return 0;
	return k == 4 || !ident_byte(b[k - 5]);
}

/* The bytes that end a query's value at b[i] ('?' or '&'): a URL's, whose
 * '#' starts the fragment a client never sends; a JDBC URL's, which its
 * driver splits at '&' alone (PgJDBC, Connector/J and mssql-jdbc read no
 * fragment: a '#' there is the value's). */
static const char *query_stops(const unsigned char *b, size_t ls, size_t i)
{
	size_t s = i - ls > 512 ? i - 512 : ls, k = i;

	while (k > s && !strchr(" \t\"'<>(", b[k - 1]))
		k--;
	return kh_contains_ci(b + k, i - k, "jdbc:", 0) ? "& \t\"'<>" : QUERY_STOPS;
}

/*
 * The value an XML element named by its attribute holds in a <value>
 * element on the same line, the name's tag at b[from]: GoCD's <variable
 * name="X"><value>…</value></variable>. (A <value> on the lines below,
 * Spring's, and an element's own text, <entry key="x">…</entry>, other
 * readers take.) Sets [*vs, *ve); 0 when none.
 */
static int value_element(const unsigned char *b, size_t ls, size_t from, size_t le,
			 size_t *vs, size_t *ve)
{
	const unsigned char *lt = memrchr(b + ls, '<', from - ls),
			    *gt = memchr(b + from, '>', le - from);
	size_t k;

	/* the name's tag: opened before it, not closed between */
	if (!lt || !gt || memchr(lt, '>', (size_t)(b + from - lt)) || gt[-1] == '/')
		return 0;
	k = skip_blanks(b, (size_t)(gt - b) + 1, le);
	if (k + 7 > le || memcmp(b + k, "<value>", 7))
		return 0;
	for (*ve = *vs = k + 7; *ve < le && b[*ve] != '<'; (*ve)++)
		;
	return *ve > *vs && *ve + 1 < le && b[*ve + 1] == '/';
}

/* a C name this long or longer may be a token (kh_shape_name_inside) */
#define PREFIX39_NAME_MAX 20

const unsigned char kh_ident_bytes[256] = { ['0' ... '9'] = 1, ['A' ... 'Z'] = 1,
					    ['a' ... 'z'] = 1, ['_'] = 1,
					    ['-'] = 1,	       ['.'] = 1 };

/* (shape_internal.h) */
#define W_                                                                       \
	(1 << HIT_WORD | 1 << HIT_CODE | 1 << HIT_IDENT | 1 << HIT_IDENT_COLON | \
	 1 << HIT_IDENT_QUOTE | 1 << HIT_CODE_COLON | 1 << HIT_WEAK)
const unsigned char kh_hit_classes[256] = {
	['0' ... '9'] = W_,
	['A' ... 'Z'] = W_,
	['a' ... 'z'] = W_,
	['_'] = W_,
	['-'] = W_ & ~(1 << HIT_WORD),
	['.'] = 1 << HIT_IDENT | 1 << HIT_IDENT_COLON | 1 << HIT_IDENT_QUOTE |
		1 << HIT_WEAK,
	[':'] = 1 << HIT_IDENT_COLON | 1 << HIT_CODE_COLON,
	['"'] = 1 << HIT_IDENT_QUOTE,
	['\''] = 1 << HIT_IDENT_QUOTE,
	[0x80 ... 0xff] = 1 << HIT_WEAK,
};
#undef W_

/* (shape_internal.h) Every class's run on at once: a byte's load, and a
 * class's end noted where the live classes lose one. */
void kh_hit_walk_on(struct kh_hit *h)
{
	size_t k = h->last + 1, end = h->len - k > HIT_RUN_MAX ? k + HIT_RUN_MAX : h->len;
	unsigned live = (1u << HIT_CLASSES) - 1, out;
	int c;

	for (; k < end && live; k++) {
		out = live & ~(unsigned)kh_hit_classes[h->b[k]];
		live &= ~out;
		for (c = 0; out; c++, out >>= 1)
			if (out & 1)
				h->runs[c] = k;
	}
	for (c = 0; live; c++, live >>= 1)
		if (live & 1)
			h->runs[c] = k;
	h->walked |= 1;
}

/* (shape_internal.h) */
void kh_hit_walk_back(struct kh_hit *h)
{
	size_t s = h->last, end = h->last > HIT_RUN_MAX ? h->last - HIT_RUN_MAX : 0;
	unsigned live = (1u << HIT_CLASSES) - 1, out;
	int c;

	for (; s > end && live; s--) {
		out = live & ~(unsigned)kh_hit_classes[h->b[s - 1]];
		live &= ~out;
		for (c = 0; out; c++, out >>= 1)
			if (out & 1)
				h->runs[HIT_CLASSES + c] = s;
	}
	for (c = 0; live; c++, live >>= 1)
		if (live & 1)
			h->runs[HIT_CLASSES + c] = s;
	h->walked |= 2;
}

/* (shape_internal.h) In windows that double, as line_start(): ASan checks
 * the whole range memrchr() is given. */
void kh_hit_look_back(struct kh_hit *h, size_t max)
{
	size_t to = h->last - h->back, window = 256, from;
	const unsigned char *nl;

	if (max > h->last)
		max = h->last;
	while (h->ls == SIZE_MAX && h->back < max) {
		from = h->last - (max - h->back < window ? max : h->back + window);
		if ((nl = memrchr(h->b + from, '\n', to - from)))
			h->ls = (size_t)(nl - h->b) + 1;
		else if (!from)
			h->ls = 0;
		h->back = h->last - from;
		to = from;
		window *= 2;
	}
}

/* (shape_internal.h) */
void kh_hit_look_ahead(struct kh_hit *h, size_t max)
{
	size_t n = h->len - h->last < max ? h->len - h->last : max;
	const unsigned char *nl;

	if (h->ahead >= n)
		return;
	if ((nl = memchr(h->b + h->last + h->ahead, '\n', n - h->ahead)))
		h->le = (size_t)(nl - h->b);
	else if (n == h->len - h->last)
		h->le = h->len;
	h->ahead = n;
}

/* A byte of a C name: [A-Za-z0-9_] (kh_ident_bytes holds '-' and '.'). */
static int c_name_byte(unsigned char c)
{
	return (unsigned)((c | 0x20) - 'a') < 26u || (unsigned)(c - '0') < 10u ||
	       c == '_';
}

int kh_shape_name_inside(const unsigned char *b, size_t len, size_t ks, size_t ke)
{
	size_t s = ks, e = ke, ls, le, i;

	/* (a keyword of a name's bytes only: `auth:` is a name's end) */
	for (; s < ke; s++)
		if (!c_name_byte(b[s]))
			return 0;
	s = ks;
	while (s > 0 && c_name_byte(b[s - 1]))
		s--;
	while (e < len && c_name_byte(b[e]))
		e++;
	/* the keyword alone, or a name as long as a token may be */
	if ((s == ks && e == ke) || (s == ks && e - s >= PREFIX39_NAME_MAX))
		return 0;
	for (i = e; i < len && (b[i] == ' ' || b[i] == '\t'); i++)
		;
	/* C's operators and punctuation after the name, not a separator a
	 * value follows (:, a blank, a quote, '-' but "->", '.'), nor a
	 * call's '(' (a wallet built from a name: its value is read) */
	if (!(i + 1 < len && b[i] == '-' && b[i + 1] == '>') &&
	    (i >= len || !memchr(";,)[]{}*&|!<>+?=", b[i], 16)))
		return 0;
	/* a statement of C on its line: no literal (no quote on it, so none
	 * goes on below), its end C's */
	ls = line_start(b, s);
	le = line_end(b, len, e);
	/* (memchr() a quote, then the last byte back from the end: a loop
	 * over the line's bytes cost 5 instructions a byte) */
	if (memchr(b + ls, '"', le - ls) || memchr(b + ls, '\'', le - ls) ||
	    memchr(b + ls, '`', le - ls))
		return 0;
	for (i = le; i > ls && (b[i - 1] == ' ' || b[i - 1] == '\t' || b[i - 1] == '\r');
	     i--)
		;
	return i > ls && memchr(";{),(", b[i - 1], 5);
}

int kh_shape_trigger(int kind, const unsigned char *b, size_t len, size_t last)
{
	/* a keyword ending in '-' before '>' is C's key->field, no name */
	int arrow = b[last] == '-' && last + 1 < len && b[last + 1] == '>';
	struct kh_hit h; /* its line found once for all the readers below */

	kh_hit_init(&h, b, len, last);
	/* (but Org's pass: =value=, its span says value; notes' creds: user
	 * / password, and pass: under a note's user:) */
	if (mark_keyword_alone(b, last) && !tuple_named(&h) &&
	    !prose_span_named(b, len, last + (b[last] != ':')))
		return prose_login_named(&h) || prose_pass_under_user_named(&h);
	/* decided once: a provider's keyword names its secret or hands one
	 * over, or a syntax reader sees its name; only the generic rule's words
	 * wake the readers of names apart (the *_named() below: generic hits
	 * only) */
	if (kind != 2)
		return (kind && !arrow) || hands_over_credentials(b, len, last) ||
		       syntax_named(&h);
	return hands_over_credentials(b, len, last) || generic_name_apart(&h) ||
	       less_common_named(&h) || hidden_name_named(&h) || weak_name_named(&h) ||
	       code_shape_named(&h) || alias_named(&h) || code_glue_named(&h) ||
	       any_glue_named(&h) || m4_macro_named(&h) || syntax_named(&h) ||
	       apart_named(&h) || line_glue_named(&h) || tuple_named(&h) ||
	       secret_argument_named(&h) || header_string_named(&h) ||
	       basic_login_named(&h) || encoded_login_named(&h) ||
	       product_key_named(&h) || directive_named(&h) || prose_login_named(&h) ||
	       prose_password_named(&h) || prose_wifi_named(&h) || prose_noun_named(&h) ||
	       command_named(&h) || compared_named(&h) || login_list_named(&h) ||
	       struct_tag_named(&h) || csv_pass_named(&h) || sibling_named(&h) ||
	       record_list_named(&h);
}

/*
 * The arguments of the call whose '(' is b[i] on the line b[ls..le) (b
 * holds len bytes): a setter's or a builder's value, an SDK's key, a
 * login's password after its user, a signature's secret argument, a
 * tuple named for credentials. `named`: the line says credential. A call
 * folded onto one line (shape_fold.c) comes here as one on its own line.
 */
static int call_arguments(const unsigned char *b, size_t len, size_t ls, size_t le,
			  size_t i, int named, struct kh_layer *l)
{
	size_t k, ns, ne, vs, ve;
	int r = 0;

	for (k = i;
	     k > ls && (ident_byte(b[k - 1]) || b[k - 1] == ':' || b[k - 1] == '\\'); k--)
		;
	if (k < i && quoted(b, skip_blanks(b, i + 1, le), le, &vs, &ve) &&
	    credential_setter(b, k, i))
		r = emit_pair(l, b, k, i, vs, ve);
	else if (k < i && quoted(b, skip_blanks(b, i + 1, le), le, &vs, &ve) &&
		 bearer_call(b, k, i))
		r = plausible_credential(b + vs, ve - vs, 0)
			    ? emit_named(l, b, k, i, "_token", vs, ve)
			    : 0;
	else if (k < i && quoted(b, skip_blanks(b, i + 1, le), le, &vs, &ve) &&
		 builder_field(b, k, i)) {
		/* clientIdAndSecret("id", "secret"): the second */
		if (!pair_method(b, k, i) || next_string(b, le, &vs, &ve))
			r = emit_pair(l, b, k + 1, i, vs, ve);
	} else if (k < i)
		r = emit_sdk_call(l, b, ls, k, i, le);
	/* new NetworkCredential("user", "pass"): the second (a call of
	 * patterns/sdkcalls.json: where its signature says, below) */
	if (r == 0 && !secret_call_known(b, ls, i) &&
	    user_password_call(b, ls, k, i, &ns, &ne) &&
	    quoted(b, skip_blanks(b, i + 1, le), le, &vs, &ve)) {
		size_t at = skip_blanks(b, ve + 1, le);

		if (at < le && b[at] == ',' &&
		    quoted(b, skip_blanks(b, at + 1, le), le, &vs, &ve) &&
		    plausible_credential(b + vs, ve - vs, 1))
			r = emit_named(l, b, ns, ne, "_password", vs, ve);
	}
	/* hmac.new(b"…", …), jwt.sign(p, "…"), smtp.login(u, "…") */
	if (r == 0)
		r = secret_argument_call(b, ls, le, i, l);
	/* btoa("user:pass"): a Basic header's login, encoded in code */
	if (r == 0)
		r = encoded_login_call(b, le, i, l);
	/* creds = Pair("id", "..."): the last */
	if (r == 0 && named)
		r = credential_tuple(b, len, ls, le, i, l);
	return r;
}

/*
 * The call whose '(' is b[i] left open at its line's end, its arguments
 * on the lines below: folded onto one line and read as call_arguments()
 * reads one on its line, the layer's origins then put back in b. 1 when it
 * does not fold (too long, left open, a string open at a line's end).
 */
static int folded_call_arguments(const unsigned char *b, size_t len, size_t ls, size_t i,
				 struct kh_layer *l)
{
	struct call_fold *f = malloc(sizeof(*f));
	size_t before = l->n, src_len = l->src_len, k;
	int r, bundle = l->bundle;

	if (!f)
		return -1;
	if (!fold_call(b, len, ls, i, f)) {
		free(f);
		return 1;
	}
	l->src_len = f->n; /* (readers that look around a pair look in f) */
	r = call_arguments(f->text, f->n, 0, f->n, i - ls,
			   credential_words(f->text, 0, f->n), l);
	l->src_len = src_len;
	l->bundle = bundle;
	for (k = before; k < l->n; k++) {
		struct kh_origin *o = &l->at[k];
		size_t from = o->from < f->n ? f->at[o->from] : f->at[f->n - 1] + 1;

		o->to = o->to > o->from ? f->at[o->to - 1] + 1 : from;
		o->from = from;
	}
	free(f);
	return r;
}

/*
 * Whether b[ls..k) holds ".fetch(" (Ruby's ENV.fetch("NAME") { "value" }),
 * k <= le: the line's first one is looked for once (*end: SIZE_MAX until
 * then, then where it ends, or le + 1 when there is none), not from the
 * line's start at each `){`, which a minified line holds thousands of (a
 * third of the CPU of a scan of npm packages went to searching again).
 */
static int fetch_call_before(const unsigned char *b, size_t ls, size_t le, size_t k,
			     size_t *end)
{
	const unsigned char *p;

	if (*end == SIZE_MAX) {
		p = kh_memmem(b + ls, le - ls, ".fetch(", 7);
		*end = p ? (size_t)(p - b) + 7 : le + 1;
	}
	return *end <= k;
}

/* An unquoted flag's value from b[i] (-Dnexus.password=1G+u7#Tcj)tF!mk):
 * up to a blank, a quote or a shell's `;`, `|` or `&`; a closing bracket
 * or a comma ends it only where the token ends (`$(cmd -p=value)`),
 * inside it is a generated password's mark (bare_value() stops there). */
static size_t flag_value_end(const unsigned char *b, size_t i, size_t le)
{
	size_t e = i;

	while (e < le && b[e] && !strchr(" \t\"'`;|&", b[e]))
		e++;
	while (e > i && strchr("}),]", b[e - 1]))
		e--;
	return e;
}
/* Whether the string that closes at b[ve] is followed by .NET's
 * EnvironmentVariableTarget as the call's last argument:
 * [Environment]::SetEnvironmentVariable("NAME", "...", "User"). */
static int env_target_follows(const unsigned char *b, size_t le, size_t ve)
{
	static const char *const targets[] = { "\"User\"", "\"Machine\"", "\"Process\"",
					       "'User'",   "'Machine'",	  "'Process'" };
	size_t k = skip_blanks(b, skip_blanks(b, ve + 1, le) + 1, le), t, n;

	for (t = 0; t < sizeof(targets) / sizeof(targets[0]); t++)
		if (le - k > (n = strlen(targets[t])) && !memcmp(b + k, targets[t], n) &&
		    b[skip_blanks(b, k + n, le)] == ')')
			return 1;
	return 0;
}

/* What a line holds that says which readers may find something on it:
 * asked of the line only when a reader's gate needs it, then kept. */
enum line_mark {
	LINE_NAMED = 1u << 0,	   /* a credential's word (credential_words()) */
	LINE_HASH_FIRST = 1u << 1, /* '#' its first byte */
	LINE_BACKTICK = 1u << 2,   /* a '`' */
	LINE_QUOTE = 1u << 3,	   /* a '"' or a '\'' */
};

struct shape_line {
	const unsigned char *b;
	size_t len, ls, le;
	size_t first_word;     /* the first credential's word, le when none */
	unsigned known, marks; /* enum line_mark: asked, and held */
	struct kh_layer *l;
};

/* Finds out the marks of `ask` line s was not asked before. */
static void ask_marks(struct shape_line *s, unsigned ask)
{
	if (ask & LINE_BACKTICK && memchr(s->b + s->ls, '`', s->le - s->ls))
		s->marks |= LINE_BACKTICK;
	if (ask & LINE_QUOTE && (memchr(s->b + s->ls, '"', s->le - s->ls) ||
				 memchr(s->b + s->ls, '\'', s->le - s->ls)))
		s->marks |= LINE_QUOTE;
	s->known |= ask;
}

static int read_prose_noun_line(const struct shape_line *s)
{
	return prose_noun_line(s->b, s->len, s->ls, s->first_word, s->le, s->l);
}

/*
 * The readers of a line, in the order they add to the layer. Each runs
 * only on a line that holds every mark of its `all`, one of its `any`
 * (none asked: 0) and none of its `none`: a gate is what its reader
 * would refuse the line for anyway, so the layer is the same, only
 * cheaper to make. One of line5, line4, own is set.
 */
/* A reader's gate, its parts and their union. */
#define GATE(all, any, none) (all), (any), (none), (all) | (any) | (none)

static const struct line_reader {
	const char *name;
	unsigned all, any, none;
	unsigned gate; /* all | any | none: 0 for most, asked nothing */
	int (*line5)(const unsigned char *b, size_t len, size_t ls, size_t le,
		     struct kh_layer *l);
	int (*line4)(const unsigned char *b, size_t ls, size_t le, struct kh_layer *l);
	int (*own)(const struct shape_line *s);
} line_readers[] = {
	{ "plain_strings", GATE(0, 0, 0), .line4 = plain_strings },
	{ "split_literals", GATE(0, 0, 0), .line5 = split_literals },
	{ "yaml_parents", GATE(0, 0, 0), .line5 = yaml_parents },
	{ "brace_parents", GATE(0, 0, 0), .line5 = brace_parents },
	{ "ini_sections", GATE(0, 0, 0), .line5 = ini_sections },
	{ "dotted_names", GATE(0, 0, 0), .line4 = dotted_names },
	{ "command_shapes", GATE(0, 0, 0), .line5 = command_shapes },
	{ "sql_insert", GATE(0, 0, 0), .line5 = sql_insert },
	{ "csv_header", GATE(0, 0, 0), .line5 = csv_header },
	{ "table_row", GATE(0, 0, 0), .line4 = table_row },
	{ "netrc_entry", GATE(0, 0, 0), .line5 = netrc_entry },
	{ "typed_declaration", GATE(0, 0, 0), .line4 = typed_declaration },
	{ "handed_key_line", GATE(0, 0, 0), .line4 = handed_key_line },
	{ "login_list_line", GATE(0, 0, 0), .line5 = login_list_line },
	{ "pooled_values_line", GATE(0, 0, 0), .line4 = pooled_values_line },
	/* (LINE_NAMED: readers whose pairs are all named from the line) */
	{ "apart_line", GATE(LINE_NAMED, 0, 0), .line5 = apart_line },
	{ "record_list_line", GATE(LINE_NAMED, 0, 0), .line5 = record_list_line },
	{ "record_path_line", GATE(LINE_NAMED | LINE_QUOTE, 0, 0),
	  .line5 = record_path_line },
	{ "json_objects", GATE(0, 0, 0), .line5 = json_objects },
	{ "debconf_password", GATE(0, 0, 0), .line4 = debconf_password },
	{ "less_common_line", GATE(0, 0, 0), .line5 = less_common_line },
	{ "hidden_name_line", GATE(LINE_NAMED, 0, 0), .line4 = hidden_name_line },
	{ "weak_name_line", GATE(0, 0, 0), .line5 = weak_name_line },
	{ "code_shape_line", GATE(LINE_NAMED, 0, 0), .line5 = code_shape_line },
	{ "code_glue_line", GATE(LINE_NAMED, 0, 0), .line4 = code_glue_line },
	{ "any_glue_line", GATE(LINE_NAMED, 0, 0), .line5 = any_glue_line },
	{ "m4_macro_line", GATE(LINE_NAMED, 0, 0), .line4 = m4_macro_line },
	{ "template_line", GATE(LINE_NAMED, 0, 0), .line4 = template_line },
	{ "heading_fence", GATE(LINE_NAMED | LINE_HASH_FIRST, 0, 0),
	  .line5 = heading_fence },
	{ "comment_name_below", GATE(LINE_NAMED, 0, 0), .line5 = comment_name_below },
	{ "prose_password_line", GATE(LINE_NAMED, 0, 0), .line5 = prose_password_line },
	{ "prose_noun_line", GATE(LINE_NAMED, 0, 0), .own = read_prose_noun_line },
	/* (a network's word names its key in marks: "wifi (SSID X): `V`") */
	{ "prose_wifi_line", GATE(0, LINE_NAMED | LINE_BACKTICK, 0),
	  .line4 = prose_wifi_line },
	{ "prose_wifi_is_line", GATE(0, 0, LINE_NAMED | LINE_BACKTICK),
	  .line4 = prose_wifi_is_line },
	/* (names from other lines too: a table's header, a generator) */
	{ "syntax_line", GATE(0, 0, 0), .line5 = syntax_line },
	{ "directive_line", GATE(LINE_NAMED, 0, 0), .line4 = directive_line },
	/* (its keys are quoted) */
	{ "product_key_line", GATE(LINE_QUOTE, 0, 0), .line4 = product_key_line },
};

#undef GATE

/* Runs every reader whose gate line s passes, in the table's order.
 * -1 when one fails (out of memory). */
static int read_line(struct shape_line *s)
{
	size_t i;

	for (i = 0; i < sizeof(line_readers) / sizeof(line_readers[0]); i++) {
		const struct line_reader *r = &line_readers[i];
		int ret;

		if (r->gate) {
			if (r->gate & ~s->known)
				ask_marks(s, r->gate & ~s->known);
			if ((s->marks & r->all) != r->all ||
			    (r->any && !(s->marks & r->any)) || (s->marks & r->none))
				continue;
		}
		ret = r->own	 ? r->own(s)
		      : r->line5 ? r->line5(s->b, s->len, s->ls, s->le, s->l)
				 : r->line4(s->b, s->ls, s->le, s->l);
		if (ret < 0)
			return -1;
	}
	return 0;
}

int kh_shape_line(const unsigned char *b, size_t len, size_t ls, size_t le,
		  struct kh_layer *l)
{
	/* the bytes of the cases below that name a pair their own way:
	 * "Bearer" or a scheme, ConvertTo-SecureString, an SDK's call, a
	 * login's user / password */
	static const unsigned char unnamed_marks[256] = {
		[','] = 1, ['"'] = 1, ['\''] = 1, ['`'] = 1,
		['C'] = 1, ['c'] = 1, ['('] = 1,  ['/'] = 1
	};
	size_t i, ns, ne, vs, ve, before = l->n, open[FOLD_OPEN_MAX], opened = 0;
	size_t fetch = SIZE_MAX; /* fetch_call_before() */
	size_t n_open = fold_may_open(b, ls, le)
				? fold_open_calls(b, ls, le, open, FOLD_OPEN_MAX)
				: 0;
	size_t first_word = next_credential_word(b, ls, le); /* credential_words() */
	int r = 0, named = first_word < le;
	struct shape_line line = { b,
				   len,
				   ls,
				   le,
				   first_word,
				   LINE_NAMED | LINE_HASH_FIRST,
				   (named ? LINE_NAMED : 0u) |
					   (ls < le && b[ls] == '#' ? LINE_HASH_FIRST
								    : 0u),
				   l };

	if (read_line(&line) < 0)
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
	if (named && (r = sibling_fields(b, ls, le, l)) < 0)
		return -1;
	/* <add key="Name" value="..."/>, {"key": "name", "value": "..."},
	 * the value up to two lines below in pretty-printed JSON; Google
	 * Play EMM's managed properties ({"key": ..., "valueString": ...}),
	 * Intune's app configuration ({"appConfigKey": ...,
	 * "appConfigKeyValue": ...}) */
	if (named && r == 0 &&
	    (attribute(b, ls, le, "key", &ns, &ne) ||
	     attribute(b, ls, le, "name", &ns, &ne) ||
	     attribute(b, ls, le, "appConfigKey", &ns, &ne))) {
		size_t from = ne, to = le;
		int up;

		for (up = 0; up < 3; up++) {
			if (attribute(b, from, to, "value", &vs, &ve) ||
			    attribute(b, from, to, "default", &vs, &ve) ||
			    attribute(b, from, to, "valueString", &vs, &ve) ||
			    attribute(b, from, to, "appConfigKeyValue", &vs, &ve) ||
			    (!up && value_element(b, ls, ne, to, &vs, &ve))) {
				if ((r = emit_as_told(l, b, ns, ne, vs, ve)) < 0)
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
			    (!string_follows(b, le, ve) ||
			     env_target_follows(b, le, ve))) {
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
					r = emit_setting_pair(l, b, ns, ne, vs, ve);
			} else if (i + 1 < le && isalpha(b[i + 1])) {
				/* StackExchange.Redis: host:6380,password=...,ssl=True */
				r = redis_pair(l, b, i, le);
			}
			break;
		case '/': /* $ENV{NAME} // "value" */
			k = skip_blanks_back(b, i, ls);
			if (i + 1 < le && b[i + 1] == '/' && k > ls && b[k - 1] == '}')
				r = fallback_pair(b, len, ls, le, i, 2, l);
			else /* notes' login: user / password */
				r = prose_login_pair(b, ls, le, i, l);
			break;
		case ']': /* ["NAME"] = "value" */
			r = index_assignment(b, ls, le, i, l);
			break;
		case '&': /* ?name=value&name=value */
			if (!download_link_query(b, ls, i, le))
				r = pair_after(l, b, i, le, query_stops(b, ls, i));
			break;
		case ';': /* Server=...;Password=value; */
			r = pair_after(l, b, i, le, ";\"'");
			break;
		case ' ': /* libpq's host=db user=app password=value */
			for (k = i + 1; k < le && ident_byte(b[k]); k++)
				;
			if (k > i + 1 && k < le && b[k] == '=' &&
			    conninfo_pair(b, le, i + 1, k))
				r = pair_after(l, b, i, le, " \t\"'`");
			else if (k == i + 3) /* Perl's $token ne "value" */
				r = compared_literal(b, ls, le, i + 1, l);
			break;
		case '=': /* //registry/:_password=<base64>, ${NAME=value} */
			r = npm_base64_password(b, ls, le, i, l);
			if (r == 0)
				r = shell_default(b, ls, le, i, l);
			if (r == 0) /* Org's pass: =value= */
				r = prose_code_span(b, ls, le, i, l);
			if (r == 0) /* header("X-Api-Key") == "value" */
				r = compared_literal(b, ls, le, i, l);
			break;
		case '!': /* token != "value" */
			r = compared_literal(b, ls, le, i, l);
			break;
		case '~':
		case '+': /* Org's ~value~, AsciiDoc's +value+, Lua's token ~= "value" */
			r = b[i] == '~' ? compared_literal(b, ls, le, i, l) : 0;
			if (r == 0)
				r = prose_code_span(b, ls, le, i, l);
			break;
		case '|':
		case '?': /* process.env.NAME || "value", env["NAME"] ?? "value",
			   * System.getenv("NAME") ?: "value" */
			if (b[i] == '?' && !download_link_query(b, ls, i, le))
				r = pair_after(l, b, i, le, query_stops(b, ls, i));
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
			/* "X-Api-Key: …", forHTTPHeaderField: "X-Api-Key" */
			if (r == 0 && b[i] != '`')
				r = header_line_string(b, ls, le, i, l);
			if (r == 0 && b[i] != '`')
				r = header_field_value(b, ls, le, i, l);
			if (r == 0 && b[i] == '`') /* Go's `env:"X" default:"value"` */
				r = struct_tag_default(b, ls, le, i, l);
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
				ve = flag_value_end(b, vs, le);
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
			if (opened < n_open && open[opened] == i) {
				/* Client(\n "…",\n "…"): the call folded */
				opened++;
				if ((r = folded_call_arguments(b, len, ls, i, l)) != 1)
					break;
			}
			r = call_arguments(b, len, ls, le, i, named, l);
			break;
		case '[': /* credentials = ["user", "..."] */
			r = credential_tuple(b, len, ls, le, i, l);
			break;
		case '{': /* C#: string ClientSecret { get; set; } = "value"; */
			if ((r = credential_tuple(b, len, ls, le, i, l)) != 0)
				break; /* (or tokens = { "…" }) */
			k = skip_blanks_back(b, i, ls);
			if (k > ls + 6 && b[k - 1] == ')' &&
			    fetch_call_before(b, ls, le, k, &fetch)) {
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
					/* (told as a name's tail tells: vpn_psk) */
					if (quoted(b, skip_blanks(b, q + 1, len), len,
						   &vs, &ve))
						r = emit_as_told(l, b, ns, ne, vs, ve);
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
