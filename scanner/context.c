/*
 * context.c - a weak name's value in a provider's context.
 *
 * `key`, `token`, `value` or a map's entry say nothing of their own:
 * `Credentials{Provider: "zoom", Key: "..."}`, `"mailgun": { "key": "..." }`,
 * `Map("hiera" -> "...")`, `[sendgrid]` then `key = ...`. The code around
 * them names the provider. Once a file, the providers it names are found
 * in the rules' data: the provider of a rule whose keyword the prefilter
 * saw (a name of at least four letters: `zoom"`, `jellyfin`), and the
 * provider the file's name is (zoom.go, secrets/paypal.nix). At each place
 * the text spells that name, a weak name's value on its line, or in the
 * block the line opens, or the value the name itself is given, goes in
 * the layer as `<provider>_api_key = "value"` (when it looks like a key
 * alone, or in any token's look when the name is a `provider` field's
 * value or opens the object on its line: `provider = "datadog", key =
 * "..."`, `config :mailgun, key: "..."`): the provider's own rules
 * and the generic ones judge it there as if it had been written so, their
 * formats and placeholder checks and all. A name in a path alone, or a
 * weak name with no provider spelled by it, is no context.
 *
 * One step further (wave 14), for the provider's own rules only (the
 * line is marked KH_CONTEXT; decode.c drops every other rule's finding
 * there, the generic judge's too): a weak name or `token`, `secret`,
 * `sk` on a sibling line of the provider's name (the comment above, a
 * key of the same block), anywhere in a file named for the provider (or
 * a document: a Kubernetes Secret's `name: zoom-credentials`), the
 * value of a Kubernetes env entry or settings item the provider's name
 * is the `name` of, a value under the provider's name that does not look
 * like a key alone (a UUID, hex, a prefixed token: the provider's format
 * decides), and base64 under a name that says only that (conn_b64) in a
 * file of one provider, decoded.
 *
 * Wave 17 reads the structures of more languages the same way: a tuple's
 * first element or an atom that opens a list or a map ({kraken, [{key,
 * "..."}]}, config :app, :kraken, key: "..."), a Lua module's setup call,
 * the provider and a weak name as one name (TENABLE_SK, giteaKey,
 * kAivenToken), a C-family declaration beside `#define KEY`; and a weak
 * `key` goes to the provider's own rules under its bare name as well,
 * unless a secret is named beside it (then it is its pair's id).
 *
 * Wave 18: a chain of indices that goes on from the provider's index
 * (Chef's `default['app']['newrelic']['license'] = …`), `license` as a
 * weak name, a key named in a sentence (`the browserstack key is …`), and
 * a record whose `provider` field names a provider no keyword of its rules
 * spells (Gleam's `Creds(provider: "resend", key: …)`).
 *
 * Wave 19: the provider's name heading a pair in languages with no
 * separator (a tuple's first element `("hexpm", "…")`, Erlang's `{hexpm,
 * "…"}`, a Lisp's dotted pair, Racket's and Clojure's symbols, Tcl's
 * `set keys(hexpm) "…"`), a record bound to its name (Ada's `Vault_Cfg :
 * … := (…, Key => +"…")`, Rust's `let vault_cfg = Config { key: … }`),
 * such pairs anywhere in a file whose keywords name the provider (an
 * Objective-C dictionary below `kGithubClientId`), and the value of a
 * name that says nothing of which credential it is under its token's
 * and its secret's names too, for its own rules only.
 *
 * Wave 24: the provider's own structure (a map or hash its name keys, a
 * block or section it heads, a node, row or item whose field names it)
 * holds its credentials under names weaker still: `cred`, and there
 * only `value` and `seed` (Perl's `shodan => { cred => '…' }`,
 * `{:toggl {:value "…"}}`, `clients[3].name=shodan` then
 * `clients[3].value=…`), a property list's dict keyed by it, parallel
 * lists of keys and values (MATLAB's `containers.Map({'shodan'},
 * {'…'})`), and such a parent far from the rules' keywords.
 */
#include "context.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "decode.h"
#include "rules.h"
#include "shape.h"
#include "text.h"
#include "util.h"
#include "validate.h"

#define CONTEXT_WORDS	   4  /* providers a file is searched for */
#define CONTEXT_SPOTS	   32 /* places a provider's name is read at, a file */
#define CONTEXT_BLOCK	   6  /* lines below an opening line read */
#define CONTEXT_WORD_MIN   4
#define CONTEXT_WORD_MAX   24
#define CONTEXT_LINE_MAX   512
#define CONTEXT_FILE_MAX   (64 << 10) /* larger: its name is no context */
#define CONTEXT_SIBLINGS   3	      /* lines of one block read above and below */
#define CONTEXT_B64_MAX	   1024	      /* a value in base64 decoded, at most */
#define CONTEXT_VALUE_MAX  1024 /* a value in a provider's format, at most (a JWT) */
#define CONTEXT_PAIR_SPAN  160	/* bytes around a `key` its secret is named in */
#define CONTEXT_INDICES	   6	/* indices of a chain read after a provider's */
#define CONTEXT_PROSE	   64	/* bytes of a sentence read for its value */
#define CONTEXT_BOUND_TYPE 48	/* bytes of a type a record is declared of */

static int letter_or_digit(unsigned char c)
{
	return (unsigned)((c | 0x20) - 'a') < 26 || (unsigned)(c - '0') < 10;
}

/* ---- the providers' names, sorted once a process ------------------------ */

/* A rule's keywords that hold its provider's name (zoom's `zoom"`,
 * `api.zoom.us`; not twilio's `auth_token`): a hit of one is a place the
 * text names the provider. */
struct name_keyword {
	const char *k;
	size_t n;
};

/* What an engine's rules say of providers' names (kh_provider_names_new). */
struct kh_provider_names {
	const struct kh_ruleset *rs;
	const char **providers; /* sorted, each once */
	size_t nproviders;
	/* those a keyword of their rules names, sorted, each once: what a
	 * file of too many hits to keep is searched for */
	const char **spoken;
	size_t nspoken;
	struct name_keyword *name_keywords;
	/* by a rule's index: its own start in name_keywords[] and how many */
	size_t (*rule_keywords)[2];
	/* the first two letters of the providers' names, a bit each: a
	 * file's name whose first two are none is looked up no further */
	unsigned char first_two[26 * 26 / 8 + 1];
};

static size_t two_letters(unsigned char a, unsigned char b)
{
	return (size_t)(a - 'a') * 26 + (size_t)(b - 'a');
}

static int cmp_name(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* A provider's name a file may spell: letters and digits, 4 to 24 of
 * them ("generic" is no provider's). */
static int word_name(const char *p)
{
	size_t n = 0;

	for (; p[n]; n++)
		if (!letter_or_digit((unsigned char)p[n]) || (p[n] >= 'A' && p[n] <= 'Z'))
			return 0;
	return n >= CONTEXT_WORD_MIN && n <= CONTEXT_WORD_MAX && strcmp(p, "generic");
}

/* Whether the keyword k holds the word p, case aside, or is p's start
 * (travis of travisci, influx of influxdb): the text may spell p whole
 * where k is. */
static int keyword_names(const char *k, const char *p)
{
	size_t n = strlen(p), m = strlen(k);

	if (m >= CONTEXT_WORD_MIN && m < n && !strncasecmp(k, p, m))
		return 1;
	while (*k && (ascii_lower((unsigned char)*k) != (unsigned char)*p ||
		      strncasecmp(k, p, n)))
		k++;
	return *k != 0;
}

void kh_provider_names_free(struct kh_provider_names *c)
{
	if (!c)
		return;
	free(c->providers);
	free(c->spoken);
	free(c->name_keywords);
	free(c->rule_keywords);
	free(c);
}

struct kh_provider_names *kh_provider_names_new(const struct kh_ruleset *rs)
{
	struct kh_provider_names *c = calloc(1, sizeof(*c));
	size_t i, j, n = 0, nk = 0, all = 0;

	if (!c)
		return NULL;
	c->rs = rs;
	for (i = 0; i < rs->n; i++)
		all += rs->v[i].nkeywords;
	c->providers = malloc((rs->n + 1) * sizeof(*c->providers));
	c->spoken = malloc((rs->n + 1) * sizeof(*c->spoken));
	c->name_keywords = malloc((all + 1) * sizeof(*c->name_keywords));
	c->rule_keywords = calloc(rs->n + 1, sizeof(*c->rule_keywords));
	if (!c->providers || !c->spoken || !c->name_keywords || !c->rule_keywords) {
		kh_provider_names_free(c);
		return NULL;
	}
	for (i = 0; i < rs->n; i++) {
		const struct kh_rule *r = &rs->v[i];

		if (!word_name(r->provider))
			continue;
		if (!n || strcmp(c->providers[n - 1], r->provider))
			c->providers[n++] = r->provider; /* rules come by provider */
		if (r->provider[0] >= 'a' && r->provider[1] >= 'a') {
			size_t k = two_letters((unsigned char)r->provider[0],
					       (unsigned char)r->provider[1]);

			c->first_two[k / 8] |= (unsigned char)(1u << (k % 8));
		}
		c->rule_keywords[i][0] = nk;
		for (j = 0; j < r->nkeywords; j++)
			if (keyword_names(r->keywords[j], r->provider)) {
				c->name_keywords[nk].k = r->keywords[j];
				c->name_keywords[nk++].n = strlen(r->keywords[j]);
			}
		c->rule_keywords[i][1] = nk - c->rule_keywords[i][0];
		if (c->rule_keywords[i][1] &&
		    (!c->nspoken || strcmp(c->spoken[c->nspoken - 1], r->provider)))
			c->spoken[c->nspoken++] = r->provider;
	}
	kh_sort(c->spoken, c->nspoken, sizeof(*c->spoken), cmp_name);
	for (i = 0, j = 0; i < c->nspoken; i++)
		if (!j || strcmp(c->spoken[j - 1], c->spoken[i]))
			c->spoken[j++] = c->spoken[i];
	c->nspoken = j;
	for (i = 1; i < n && strcmp(c->providers[i - 1], c->providers[i]) < 0; i++)
		;
	if (i < n) /* the built-in rules' are in order already */
		kh_sort(c->providers, n, sizeof(*c->providers), cmp_name);
	for (i = 0; i < n; i++)
		if (!c->nproviders ||
		    strcmp(c->providers[c->nproviders - 1], c->providers[i]))
			c->providers[c->nproviders++] = c->providers[i];
	return c;
}

/* Whether a keyword of rule ri that names its provider ends at b[at]. */
static int names_at(const struct kh_provider_names *c, size_t ri, const unsigned char *b,
		    size_t at)
{
	const struct name_keyword *k = c->name_keywords + c->rule_keywords[ri][0];
	size_t left = c->rule_keywords[ri][1];

	for (; left; left--, k++)
		if (k->n <= at + 1 &&
		    ascii_lower(b[at + 1 - k->n]) ==
			    ascii_lower((unsigned char)k->k[0]) &&
		    !strncasecmp((const char *)b + at + 1 - k->n, k->k, k->n))
			return 1;
	return 0;
}

/* The provider whose name the file's name is before its first dot
 * (zoom.go, paypal.nix, googlechat.json), or NULL. */
static const char *stem_provider(const struct kh_provider_names *c, const char *base)
{
	char stem[CONTEXT_WORD_MAX + 1], *key = stem;
	const char *p, **hit;
	size_t n = 0;

	/* (base: the name after the path's last '/'; an archive's member
	 * after '!': no stem) */
	if (!base)
		return NULL;
	if ((unsigned)(ascii_lower((unsigned char)base[0]) - 'a') >= 26 ||
	    (unsigned)(ascii_lower((unsigned char)base[1]) - 'a') >= 26)
		return NULL;
	n = two_letters(ascii_lower((unsigned char)base[0]),
			ascii_lower((unsigned char)base[1]));
	if (!(c->first_two[n / 8] & (1u << (n % 8))))
		return NULL;
	n = 0;
	for (p = base; *p && *p != '.'; p++) {
		if (n == CONTEXT_WORD_MAX || !letter_or_digit((unsigned char)*p))
			return NULL;
		stem[n++] = (char)ascii_lower((unsigned char)*p);
	}
	if (n < CONTEXT_WORD_MIN)
		return NULL;
	stem[n] = 0;
	hit = kh_search(&key, c->providers, c->nproviders, sizeof(*c->providers),
			cmp_name);
	return hit ? *hit : NULL;
}

/* ---- reading around a provider's name ----------------------------------- */

struct spot_reader {
	struct kh_layer *l;
	const unsigned char *b;
	size_t len;
	const char *provider; /* the name read around */
	const char *resource; /* a document's name: `name: zoom-credentials` */
	int far;    /* 1: a sibling line, the file's name (its own rules only) */
	int field;  /* 1: the name is a `provider` field's value or a parent on
		     * its line: the weak names there hold its credentials
		     * whatever their look */
	int holder; /* 1: the pairs read are the provider's own structure's
		     * (field, or the block it heads): `value` and `seed`
		     * there are its */
	int head;   /* 1: the name itself is given the value (a pair's head) */
	int pairs;  /* 1: a place far from the rules' keywords: its pairs only */
	int bare;   /* 1: the name says nothing of which credential (`value`) */
	size_t done[CONTEXT_SPOTS]; /* values put already: start * 2 + own */
	size_t ndone;
	size_t nspots; /* places read */
};

/* The separator at b[i] (`:`, `=`, `:=`, `?=`, `=>`, `->`, `<-`, ` to `): where the value
 * may start after it, or 0. */
static size_t separator(const unsigned char *b, size_t i, size_t e)
{
	if (i + 1 < e &&
	    ((b[i] == '-' && b[i + 1] == '>') || (b[i] == '=' && b[i + 1] == '>') ||
	     (b[i] == ':' && b[i + 1] == '=') || (b[i] == '?' && b[i + 1] == '=') ||
	     (b[i] == '<' && b[i + 1] == '-')))
		return skip_blanks(b, i + 2, e);
	if (i < e && (b[i] == ':' || b[i] == '=') && !(i + 1 < e && b[i + 1] == b[i]))
		return skip_blanks(b, i + 1, e);
	if (i + 3 < e && b[i] == 't' && b[i + 1] == 'o' &&
	    b[i + 2] == ' ') /* Kotlin's pair */
		return skip_blanks(b, i + 3, e);
	return 0;
}

/* The value at b[i]: a quoted string on the line, or (bare) a run of
 * value bytes that ends the line or a flow item. 0 when none. */
static int value_at(const unsigned char *b, size_t i, size_t e, size_t *vs, size_t *ve)
{
	size_t k;

	if (i >= e)
		return 0;
	if ((b[i] == '@' || b[i] == '+') && i + 1 < e && b[i + 1] == '"')
		i++; /* Objective-C's @"...", Ada's +"..." (an Unbounded_String) */
	else if (b[i] == 'N' && i + 1 < e && b[i + 1] == '\'')
		i++; /* T-SQL's N'...' */
	if (i + 3 < e && b[i] == '"' && b[i + 1] == '\\' && b[i + 2] == '"') {
		/* a quoted C string in a string: Gradle's "\"...\"" */
		for (k = i + 3; k + 2 < e && b[k] != '\\' && b[k] != '"'; k++)
			;
		if (k + 2 >= e || b[k] != '\\' || b[k + 1] != '"' || b[k + 2] != '"')
			return 0;
		*vs = i + 3;
		*ve = k;
		return 1;
	}
	if (b[i] == '"' || b[i] == '\'' || b[i] == '`') {
		for (k = i + 1; k < e && b[k] != b[i]; k++)
			if (b[k] == '\\')
				return 0; /* escapes: a string of code, not a key */
		if (k >= e)
			return 0;
		*vs = i + 1;
		*ve = k;
		return 1;
	}
	for (k = i; k < e && !strchr(" \t,;}])#\"'", b[k]); k++)
		;
	if (k == i ||
	    (skip_blanks(b, k, e) < e && !strchr(",;}]#", b[skip_blanks(b, k, e)])))
		return 0;
	*vs = i;
	*ve = k;
	return 1;
}

/* Whether b[s..e) is a weak name: 1 for one that holds a credential in a
 * provider's context and says nothing alone, 2 for one read for the
 * provider's own rules only, 3 for one that holds a credential only in
 * the provider's own structure (weak_pairs: `{:toggl {:value "…"}}`,
 * `'totp' => ['seed' => …]`; beside a provider's name, `value` and
 * `seed` are anything's). A name that says credential (apiKey) is the
 * other readers', with their checks (the id of a pair: an exchange's
 * apiKey beside its secret); on an XML element's line `value` holds a
 * name's value (<add key="FolderId" value=...>) and is not read. */
static int weak_name(const unsigned char *b, size_t s, size_t e, const char **suffix)
{
	/* 2: names that say credential alone, or a map's entry that holds
	 * one, read for the provider's own rules only: sk: "...", token =
	 * "..." (apiKey stays the other readers': a search-only key beside
	 * its app id, an SDK's public key); each put under the provider's
	 * name with what it says (suffix) */
	static const struct {
		const char *w, *suffix;
		unsigned char n, strength;
	} names[] = {
		{ "key", "_api_key", 3, 1 },	     { "keys", "_api_key", 4, 1 },
		{ "auth", "_auth_token", 4, 1 },     { "token", "_token", 5, 2 },
		{ "secret", "_secret", 6, 2 },	     { "sk", "_secret_key", 2, 2 },
		{ "api", "_api_key", 3, 2 },	     { "integration", "_api_key", 11, 2 },
		{ "license", "_license_key", 7, 2 }, { "tok", "_token", 3, 2 },
		{ "cred", "_api_key", 4, 1 },	     { "creds", "_api_key", 5, 1 },
		{ "credential", "_api_key", 10, 1 }, { "value", "_api_key", 5, 3 },
		{ "seed", "_secret", 4, 3 },
	};
	size_t i, n = e - s;
	unsigned char c;

	/* most names are none: not 2-7, 10 or 11 bytes, or no k, a, t, s,
	 * i, l, c, v first (read once the length says there is a byte: an
	 * empty name stands at the buffer's end) */
	if (n > 11 || !((1u << n) & 0xcfcu))
		return 0;
	c = ascii_lower(b[s]);
	if (c != 'k' && c != 'a' && c != 't' && c != 's' && c != 'i' && c != 'l' &&
	    c != 'c' && c != 'v')
		return 0;
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (names[i].n == n && (unsigned char)names[i].w[0] == c &&
		    !strncasecmp((const char *)b + s, names[i].w, n)) {
			*suffix = names[i].suffix;
			return names[i].strength;
		}
	return 0;
}

/*
 * Whether b[vs..ve) is a key by its look alone: 20 to 100 letters and
 * digits, a digit and a letter past 'f' among them. A provider's context
 * is weaker than a credential's name: a hex digest, a UUID, a public id
 * with its prefix (pk_live_, pubkey-), a version, a host or a path under
 * `key` beside a provider's name are refused here; a token in a
 * provider's own format is its rule's wherever it stands.
 */
static int key_look(const unsigned char *b, size_t vs, size_t ve)
{
	size_t i;
	int digit = 0, past_hex = 0;

	if (ve - vs < 20 || ve - vs > 100)
		return 0;
	if (b[vs] == '0' && (b[vs + 1] | 0x20) == 'x')
		vs += 2; /* 0x and hex: a number, an address */
	for (i = vs; i < ve; i++) {
		if (!letter_or_digit(b[i]))
			return 0;
		digit |= b[i] >= '0' && b[i] <= '9';
		past_hex |= (b[i] | 0x20) > 'f';
	}
	return digit && past_hex;
}

/*
 * Whether b[vs..ve) may be a key in some provider's format: 15 to 1024
 * bytes (Gotify's tokens are 15) of letters, digits and a token's marks, a digit among
 * them, no 0x and hex (an address), no mask or template. Only the provider's own rules
 * read such a value (KH_CONTEXT): its format decides.
 */
static int format_look(const unsigned char *b, size_t vs, size_t ve)
{
	size_t i;
	int digit = 0;

	if (ve - vs < 15 || ve - vs > CONTEXT_VALUE_MAX ||
	    (b[vs] == '0' && (b[vs + 1] | 0x20) == 'x'))
		return 0;
	for (i = vs; i < ve; i++) {
		if (!letter_or_digit(b[i]) && !strchr("-_.:+/=!~", b[i]) &&
		    !(b[i] == '$' && i > vs)) /* Gcore's ID$secret; not $VAR */
			return 0;
		digit |= b[i] >= '0' && b[i] <= '9';
	}
	return digit;
}

/* Whether b[vs..ve) is hex in dashed groups: a UUID, an id's look. */
static int dashed_hex(const unsigned char *b, size_t vs, size_t ve)
{
	int dash = 0;

	for (; vs < ve; vs++) {
		if (!isxdigit(b[vs]) && b[vs] != '-')
			return 0;
		dash |= b[vs] == '-';
	}
	return dash;
}

/* Where the value of the name b[ns..ne) starts when the name is a call's
 * argument and its value the next one (Gradle's `buildConfigField("String",
 * "KEY", "\"...\"")`, Erlang's `-define(KEY, "...")`, PHP's
 * `define('KEY', '...')`, autoconf's `AC_DEFINE([KEY], ["..."])`), on the
 * line b[s..e); 0 when it is none. */
static size_t argument_value(const unsigned char *b, size_t s, size_t ns, size_t ne,
			     size_t e)
{
	size_t k = ne, p = ns;
	unsigned char close = 0;

	if (p > s && (b[p - 1] == '"' || b[p - 1] == '\'' || b[p - 1] == '[')) {
		close = b[--p] == '[' ? ']' : b[p];
		if (k >= e || b[k++] != close)
			return 0;
	}
	p = skip_blanks_back(b, p, s);
	if (p == s || (b[p - 1] != '(' && b[p - 1] != ','))
		return 0;
	k = skip_blanks(b, k, e);
	if (k >= e || b[k] != ',')
		return 0;
	k = skip_blanks(b, k + 1, e);
	k += k < e && b[k] == '[' && close == ']'; /* m4's quotes around the value */
	return k < e ? k : 0;
}

/* Where the value starts after a declaration's type between the name and
 * its `=` or `:=` at b[k]: Ada's `: constant String :=`, Rust's `: &str =`,
 * IEC 61131's `: STRING(255) :=`, Visual Basic's ` As String =`, C's `[]
 * =`; 0 when there is none (a map's `key: "..."`, YAML's `key: a b`). */
static size_t typed_separator(const unsigned char *b, size_t k, size_t e)
{
	size_t i = k, end = e - k > 40 ? k + 40 : e;

	if (i + 2 < end && b[i] == ' ' && b[i + 1] == ':' && b[i + 2] == ' ')
		i += 2; /* (Ada's KEY : constant) */
	else if (i + 1 < end && b[i] == '[' && b[i + 1] == ']')
		i += 2;
	else if (i + 1 < end && b[i] == ':' && b[i + 1] == ' ')
		i++;
	else if (i + 4 < end && b[i] == ' ' && (b[i + 1] | 0x20) == 'a' &&
		 (b[i + 2] | 0x20) == 's' && b[i + 3] == ' ')
		i += 4;
	else
		return 0;
	for (; i < end && b[i] != '='; i++)
		if (!letter_or_digit(b[i]) && !strchr(" \t&'()[]<>_*.:", b[i]))
			return 0;
	if (i >= end || i + 1 >= e || b[i + 1] == '=' || b[i + 1] == '>' ||
	    (i > k && (b[i - 1] == '!' || b[i - 1] == '<' || b[i - 1] == '>')))
		return 0;
	return skip_blanks(b, i + 1, e);
}

/* Whether a definition's word stands before the name at b[ns] on the line
 * from b[s], its value after a blank: Lisp's `(def KEY "...")`, `(setq`,
 * Tcl's `set KEY "..."`, Stata's `local`, Elixir's `@KEY "..."`. */
static int definition_before(const unsigned char *b, size_t s, size_t ns)
{
	static const char *const words[] = { "def",	 "defvar",	"defparameter",
					     "defconst", "defconstant", "define",
					     "setq",	 "setf",	"setv",
					     "set",	 "local",	"global",
					     NULL };
	size_t k = ns, w;

	if (k > s && b[k - 1] == '@')
		return skip_blanks(b, s, k) == k - 1;
	if (k > s + 3 && b[k - 1] == '(') /* CMake's set(KEY "...") */
		return (k - 4 == s || !letter_or_digit(b[k - 5])) &&
		       !strncasecmp((const char *)b + k - 4, "set", 3);
	if (k == s || (b[k - 1] != ' ' && b[k - 1] != '\t'))
		return 0;
	k = skip_blanks_back(b, k, s);
	for (w = k; w > s && (islower(b[w - 1])); w--)
		;
	if (w == k || (w > s && b[w - 1] != '(' && b[w - 1] != ' ' && b[w - 1] != '\t'))
		return 0;
	return word_among(b, w, k, words);
}

/* Whether the name at b[s] (an atom's `:` aside) is a tuple's first
 * element: `{` before it. */
static int tuple_first(const unsigned char *b, size_t ls, size_t s)
{
	if (s > ls && b[s - 1] == ':')
		s--;
	s = skip_blanks_back(b, s, ls);
	return s > ls && b[s - 1] == '{';
}

/* The index after b[k] when one opens there: `['name']`, `["name"]`,
 * Ruby's `[:name]`, Perl's `{name}` and `{'name'}` after a hash's name;
 * its name in [*ns, *ne). k when none. */
static size_t index_at(const unsigned char *b, size_t k, size_t le, size_t *ns,
		       size_t *ne)
{
	size_t i = k + 1;
	unsigned char q, close = b[k] == '{' ? '}' : ']';

	if (i >= le || (b[k] != '[' && (b[k] != '{' || k == 0 ||
					(!code_name_byte(b[k - 1]) && b[k - 1] != '}'))))
		return k;
	q = b[i] == '"' || b[i] == '\'' || b[i] == ':' ? b[i++] : 0;
	if (!q && close != '}')
		return k;
	for (*ns = i; i < le && code_name_byte(b[i]); i++)
		;
	*ne = i;
	if (i == *ns || (q && q != ':' && (i >= le || b[i++] != q)) || i >= le ||
	    b[i] != close)
		return k;
	return i + 1;
}

/* A chain of indices after a provider's index that ends in an assignment
 * (Chef's `default['app']['newrelic']['license'] = '…'`, Ruby's
 * `config[:mailgun][:key] = …`, PHP's `$c['mailgun']['key'] = …`): its
 * last index's name in [*ns, *ne) and the value's place in [*vs, *ve); 0
 * when the index at b[k] opens no such chain. */
static int index_chain(const unsigned char *b, size_t k, size_t le, size_t *ns,
		       size_t *ne, size_t *vs, size_t *ve)
{
	size_t next, n = 0;

	while ((next = index_at(b, k, le, ns, ne)) != k && n++ < CONTEXT_INDICES)
		k = next;
	if (!n)
		return 0;
	k = skip_blanks(b, k, le);
	if (k + 1 >= le || b[k] != '=' || b[k + 1] == '=' || b[k + 1] == '>')
		return 0;
	return value_at(b, skip_blanks(b, k + 1, le), le, vs, ve);
}

/* Puts `<provider><suffix> = "<text>"` for the provider's own rules
 * (KH_CONTEXT), the text the source's b[vs..ve) (how: 0), or decoded
 * from it (KH_DEC_BASE64). */
static int put_own(struct spot_reader *r, const char *suffix, const unsigned char *text,
		   size_t n, size_t vs, size_t ve, unsigned char how)
{
	static const char eq[] = " = \"";
	const char *p;
	size_t k;
	int ret = 0;

	how |= KH_SHAPE | KH_CONTEXT;
	for (p = r->provider; *p && ret == 0; p++)
		ret = kh_layer_put(r->l, (unsigned char)*p, vs, vs,
				   KH_SHAPE | KH_CONTEXT);
	for (p = suffix; *p && ret == 0; p++)
		ret = kh_layer_put(r->l, (unsigned char)*p, vs, vs,
				   KH_SHAPE | KH_CONTEXT);
	for (p = eq; *p && ret == 0; p++)
		ret = kh_layer_put(r->l, (unsigned char)*p, vs, vs,
				   KH_SHAPE | KH_CONTEXT);
	for (k = 0; k < n && ret == 0; k++)
		ret = how & KH_DEC_BASE64
			      ? kh_layer_put(r->l, text[k], vs, ve, how)
			      : kh_layer_put(r->l, text[k], vs + k, vs + k + 1, how);
	if (ret == 0)
		ret = kh_layer_put(r->l, '"', ve, ve, KH_SHAPE | KH_CONTEXT);
	if (ret == 0)
		ret = kh_layer_put(r->l, '\n', ve, ve, KH_SHAPE | KH_CONTEXT);
	return ret < 0 ? -1 : 0;
}

/* Whether a secret is named within CONTEXT_PAIR_SPAN bytes of the value
 * at b[vs..ve): a `key` there is its pair's id (MAILJET_KEY beside
 * MAILJET_SECRET). */
static int secret_beside(const struct spot_reader *r, size_t vs, size_t ve)
{
	size_t from = vs > CONTEXT_PAIR_SPAN ? vs - CONTEXT_PAIR_SPAN : 0,
	       to = r->len - ve > CONTEXT_PAIR_SPAN ? ve + CONTEXT_PAIR_SPAN : r->len;

	return kh_contains_ci(r->b + from, vs - from, "secret", 1) ||
	       kh_contains_ci(r->b + ve, to - ve, "secret", 1);
}

/* Whether the name said only `key` (suffix _api_key), no secret named
 * beside it (then it is its pair's id), or the provider's name itself
 * is given the value (r->head): which of its credentials it is, its
 * rules' formats decide (Kraken's private key, Gitea's token, Tenable's
 * secret key, `{"steam", "…"}`). */
static int says_nothing(const struct spot_reader *r, const char *suffix, size_t vs,
			size_t ve)
{
	return r->head || r->bare ||
	       (!strcmp(suffix, "_api_key") && !secret_beside(r, vs, ve));
}

/* Puts `<provider> = "<text>"` for the provider's own rules when the
 * name says nothing (says_nothing). */
static int put_bare(struct spot_reader *r, const char *suffix, const unsigned char *text,
		    size_t n, size_t vs, size_t ve, unsigned char how)
{
	return says_nothing(r, suffix, vs, ve) ? put_own(r, "", text, n, vs, ve, how) : 0;
}

/* Puts the text as put_own() does, and when the name says nothing under
 * the bare name, as its token and as its secret too. Only where no line
 * for every rule holds the value: the generic judge takes an `_api_key`
 * beside a `_secret` for its pair's id. */
static int put_own_key(struct spot_reader *r, const char *suffix,
		       const unsigned char *text, size_t n, size_t vs, size_t ve,
		       unsigned char how)
{
	if (put_own(r, suffix, text, n, vs, ve, how) < 0)
		return -1;
	if (!says_nothing(r, suffix, vs, ve))
		return 0;
	if (put_own(r, "", text, n, vs, ve, how) < 0 ||
	    put_own(r, "_token", text, n, vs, ve, how) < 0)
		return -1;
	return put_own(r, "_secret", text, n, vs, ve, how);
}

/* Whether the value at vs was put already (for every rule, or with own
 * for its provider's only: a value a sibling put for its provider's
 * rules may be put again for all when its own line names the provider);
 * notes it when not. */
static int put_once(struct spot_reader *r, size_t vs, int own)
{
	size_t i;

	for (i = 0; i < r->ndone; i++)
		if (r->done[i] / 2 == vs && (own || !(r->done[i] & 1)))
			return 0;
	if (r->ndone == CONTEXT_SPOTS)
		return 0;
	r->done[r->ndone++] = vs * 2 + (own != 0);
	return 1;
}

/* Puts the value b[vs..ve) as `<provider>_api_key`: for every rule, its
 * name the provider's spelling at b[ws..we), when the context is close
 * (own 0) and the value looks like a key alone; for the provider's own
 * rules (as `<provider><suffix>`), when it may be in some provider's
 * format. Once a value. */
static int put_value(struct spot_reader *r, size_t ws, size_t we, size_t vs, size_t ve,
		     int own, const char *suffix)
{
	if (!own && !r->far &&
	    (key_look(r->b, vs, ve) ||
	     (r->field && format_look(r->b, vs, ve) && !dashed_hex(r->b, vs, ve)))) {
		int ret;

		if (!put_once(r, vs, 0))
			return 0;
		ret = kh_shape_emit_as(r->l, r->b, ws, we, "_api_key", vs, ve);
		/* a weak `key` in the provider's object: its own rules read
		 * it under its bare name as well */
		if (ret < 0 || !r->field)
			return ret;
		return put_bare(r, suffix, r->b + vs, ve - vs, vs, ve, 0);
	}
	if ((own || r->far || r->field) && format_look(r->b, vs, ve) &&
	    put_once(r, vs, 1))
		return put_own_key(r, suffix, r->b + vs, ve - vs, vs, ve, 0);
	return 0;
}

/* Whether the provider's weak name b[ns..ne) is a key it publishes
 * (Pusher's `key`, its `secret` signs): folded, as emit_path() asks. */
static int public_pair(const char *provider, const unsigned char *b, size_t ns, size_t ne)
{
	char folded[CONTEXT_WORD_MAX + 12];
	size_t n = strlen(provider);

	memcpy(folded, provider, n);
	for (; ns < ne && n < sizeof(folded); ns++)
		if (letter_or_digit(b[ns]))
			folded[n++] = (char)ascii_lower(b[ns]);
	return kh_names_public_key(folded, n);
}

/* Whether the name at b[ns] is a Lisp's keyword or symbol, its value
 * after blanks: `:key "…"`, `#:key "…"`, `'key "…"` (not `a:key`,
 * `::key`). */
static int lisp_keyword(const unsigned char *b, size_t s, size_t ns)
{
	return ns > s && (b[ns - 1] == ':' || b[ns - 1] == '\'') &&
	       (ns - 1 == s ||
		(!code_name_byte(b[ns - 2]) && b[ns - 2] != ':' && b[ns - 2] != '\''));
}

/* Whether the value at b[vs] is a named argument's whose name is a key
 * the provider publishes (`Pusher(appId = "…", key = "…")`: Pusher's
 * key, its secret signs), its quote and separator before it. */
static int public_argument(const struct spot_reader *r, size_t ls, size_t vs)
{
	const unsigned char *b = r->b;
	size_t k = vs, ne;

	if (k > ls && (b[k - 1] == '"' || b[k - 1] == '\''))
		k--;
	k = skip_blanks_back(b, k, ls);
	if (k > ls && b[k - 1] == '>')
		k--;
	if (k == ls || (b[k - 1] != ':' && b[k - 1] != '='))
		return 0;
	ne = k = skip_blanks_back(b, k - 1, ls);
	while (k > ls && code_name_byte(b[k - 1]))
		k--;
	return k < ne && public_pair(r->provider, b, k, ne);
}

/* Whether a weak name's value b[vs..ve) is for the provider's own rules
 * only: a name that says credential alone (weak 2); `value` in the
 * provider's object unless a key alone (any other look, an id with its
 * type's prefix, Stripe's price_…, is its rules' to judge); a `seed`,
 * in its provider's format (TOTP's base32). */
static int weak_own(const unsigned char *b, int weak, const char *suffix, size_t vs,
		    size_t ve)
{
	return weak == 2 ||
	       (weak == 3 && (!key_look(b, vs, ve) || strcmp(suffix, "_api_key")));
}

/* Every weak name's value on b[s..e): `key: "..."`, `"key": "..."`,
 * `Key = "..."`, `.key = "..."`; none on an XML element's line. */
static int weak_pairs(struct spot_reader *r, size_t ws, size_t we, size_t s, size_t e)
{
	const unsigned char *b = r->b;
	size_t i = s, ns, ne, vs, ve, k, a;
	const char *suffix;

	if (skip_blanks(b, s, e) < e && b[skip_blanks(b, s, e)] == '<')
		return 0; /* XML: an attribute `key` holds a name (<add key=...>) */
	while (i < e) {
		int weak;

		if (!letter_or_digit(b[i]) || (i > s && code_name_byte(b[i - 1]))) {
			i++;
			continue;
		}
		for (ns = i, ne = i; ne < e && code_name_byte(b[ne]); ne++)
			;
		i = ne;
		k = ne < e && (b[ne] == '"' || b[ne] == '\'') && ns > 0 &&
				    b[ns - 1] == b[ne]
			    ? ne + 1
			    : ne;
		if (!(weak = weak_name(b, ns, ne, &suffix)) ||
		    (weak == 3 && !r->holder) ||
		    (ns > 0 && b[ns - 1] == '$' && skip_blanks(b, s, e) != ns - 1 &&
		     !(ns >= s + 4 && !memcmp(b + ns - 4, "my ", 3))))
			continue; /* ($KEY, but `$KEY = ...` first on its line) */
		if (k < e && b[k] == ',' && tuple_first(b, s, ns))
			k = skip_blanks(b, k + 1, e); /* {key, "..."} */
		else if ((a = argument_value(b, s, ns, ne, e)))
			k = a; /* f("String", "KEY", "..."), -define(KEY, "...") */
		else if (k == ne && skip_blanks(b, k, e) > k &&
			 skip_blanks(b, k, e) < e &&
			 (b[skip_blanks(b, k, e)] == '"' ||
			  b[skip_blanks(b, k, e)] == '\'') &&
			 definition_before(b, s, ns))
			k = skip_blanks(b, k, e); /* (def KEY "..."), set KEY "..." */
		else if (k < e && b[k] == ' ' && ns >= s + 8 &&
			 !memcmp(b + ns - 8, "#define ", 8))
			k = skip_blanks(b, k, e); /* #define KEY "..." */
		else if (k == ne && skip_blanks(b, k, e) > k &&
			 skip_blanks(b, k, e) < e && b[skip_blanks(b, k, e)] == '"' &&
			 lisp_keyword(b, s, ns))
			k = skip_blanks(b, k, e); /* :key "...", 'secret "..." */
		else if (r->holder && k == ne && skip_blanks(b, k, e) > k &&
			 skip_blanks(b, k, e) < e && b[skip_blanks(b, k, e)] == '"' &&
			 skip_blanks(b, s, e) == ns)
			k = skip_blanks(b, k, e); /* a KDL node's argument: value "..." */
		else if (k == ne && (a = typed_separator(b, k, e)))
			k = a; /* KEY : constant String := "...", KEY As String = */
		else if (k == ne + 1 && k < e && b[k] == ']' && ns > s + 1 &&
			 b[ns - 2] == '[')
			k = separator(b, skip_blanks(b, k + 1, e),
				      e); /* extra["KEY"] = */
		else
			k = separator(b, skip_blanks(b, k, e), e);
		if (!k || !value_at(b, k, e, &vs, &ve))
			continue;
		/* a key its provider publishes (Pusher's key): no credential */
		if (public_pair(r->provider, b, ns, ne))
			continue;
		/* a record's `value` says no kind, and no pair's id: the
		 * provider's formats decide which of its credentials it is
		 * (`clients[0].value=` beside a `…-secret-example`) */
		r->bare = weak == 3 && !strcmp(suffix, "_api_key");
		k = put_value(r, ws, we, vs, ve, weak_own(b, weak, suffix, vs, ve),
			      suffix) < 0;
		r->bare = 0;
		if (k)
			return -1;
	}
	return 0;
}

/* The indent of the line at ls. */
static size_t indent_of(const unsigned char *b, size_t ls, size_t le)
{
	return skip_blanks(b, ls, le) - ls;
}

/* Whether the line b[s..e) is a comment: a leading mark after its
 * indent, not C's #define. */
static int comment_line(const unsigned char *b, size_t s, size_t e)
{
	s = skip_blanks(b, s, e);
	if (e - s >= 4 &&
	    ((b[s] == '(' && b[s + 1] == '*') || /* OCaml, Pascal */
	     (b[s] == '{' && b[s + 1] == '#') || /* Jinja */
	     (!memcmp(b + s, "dnl", 3) && (b[s + 3] == ' ' || b[s + 3] == '\t'))))
		return 1; /* (m4's dnl) */
	/* Fortran's !, Visual Basic's ', batch's :: with a blank after */
	if (kh_comment_mark(b, s, e,
			    KH_MARK_BANG | KH_MARK_QUOTE | KH_MARK_COLONS |
				    KH_MARK_BLANK_AFTER))
		return 1;
	if (e - s > 5 && b[s] == '%' &&
	    (!memcmp(b + s, "%let ", 5) || (e - s > 8 && !memcmp(b + s, "%global ", 8)) ||
	     (e - s > 8 && !memcmp(b + s, "%define ", 8))))
		return 0; /* SAS's and RPM's statements */
	return kh_comment_mark(b, s, e, KH_MARKS_LEADING) != 0 &&
	       !(e - s > 8 && !memcmp(b + s, "#define ", 8));
}

/* Whether the name at b[ws] stands where a map's key does: first on its
 * line, or after `{`, `,`, `(`, `[` or a YAML list's `-` (a quote
 * aside); not in prose (`a sample for zoom: ...`). */
static int key_position(const unsigned char *b, size_t ls, size_t ws)
{
	static const char *const decl[] = { "export", "env", "arg", "const",
					    "val",    "var", "let" };
	size_t i, w;

	if (ws > ls && (b[ws - 1] == '"' || b[ws - 1] == '\''))
		ws -= 1 + (ws - 1 > ls && b[ws - 2] == '@'); /* @"duo": */
	ws = skip_blanks_back(b, ws, ls);
	if (ws == ls || strchr("{,([-", b[ws - 1]))
		return 1;
	/* first after a declaration's word: export ZOOM_..., ENV ZOOM_... */
	for (w = ws; w > ls && letter_or_digit(b[w - 1]); w--)
		;
	if (skip_blanks(b, ls, w) != w)
		return 0;
	for (i = 0; i < sizeof(decl) / sizeof(decl[0]); i++)
		if (strlen(decl[i]) == ws - w &&
		    !strncasecmp((const char *)b + w, decl[i], ws - w))
			return 1;
	return 0;
}

/* Whether b[i] is a capital after a name's lone `k`: Google's C++
 * constants (kAivenToken). */
static int google_k(const unsigned char *b, size_t i)
{
	return i > 0 && b[i - 1] == 'k' && b[i] >= 'A' && b[i] <= 'Z' &&
	       (i == 1 || !code_name_byte(b[i - 2]));
}

/* Whether the name at b[ws] is the one a C-family declaration gives a
 * value: its identifier then `=`, only a type and qualifiers before it
 * (inline constexpr std::string_view AIVEN_PROJECT = ...). */
static int declared_name(const unsigned char *b, size_t ls, size_t ws, size_t le)
{
	size_t k;

	for (k = ls; k < ws; k++)
		if (!letter_or_digit(b[k]) && !strchr(" \t_:<>*&$", b[k]))
			return 0;
	for (k = ws; k < le && code_name_byte(b[k]); k++)
		;
	if (k + 1 < le && b[k] == '[' && b[k + 1] == ']')
		k += 2; /* char name[] = */
	k = skip_blanks(b, k, le);
	return k + 1 < le && b[k] == '=' && b[k + 1] != '=';
}

/* Whether the text before b[ws] on its line is a `name` key and its
 * separator (`- name: `, `"name": "`, `name=`). */
static int name_key_before(const unsigned char *b, size_t ls, size_t ws)
{
	size_t k = ws;

	if (k > ls && (b[k - 1] == '"' || b[k - 1] == '\''))
		k--;
	k = skip_blanks_back(b, k, ls);
	if (k == ls || (b[k - 1] != ':' && b[k - 1] != '='))
		return 0;
	k--;
	if (k > ls && (b[k - 1] == '"' || b[k - 1] == '\''))
		k--;
	return k >= ls + 4 && !strncasecmp((const char *)b + k - 4, "name", 4) &&
	       !(k > ls + 4 && code_name_byte(b[k - 5]));
}

/* The names of a record's fields that say whose credentials it holds. */
static const char *const provider_fields[] = {
	"provider", "service", "vendor",  "platform", "svc",	     "name",	 "type",
	"kind",	    "driver",  "backend", "client",   "integration", "connector"
};

/* Whether b[s..e) is the name of such a field. */
static int provider_field_name(const unsigned char *b, size_t s, size_t e)
{
	size_t i;

	for (i = 0; i < sizeof(provider_fields) / sizeof(provider_fields[0]); i++)
		if (strlen(provider_fields[i]) == e - s &&
		    !strncasecmp((const char *)b + s, provider_fields[i], e - s))
			return 1;
	return 0;
}

/* Whether the quoted name at b[ws] is the value of a field that says
 * whose credentials its object holds (`provider: "datadog"`,
 * `service = "zoom"`, `:vendor => 'x'`, `name: "zoom"`, Laravel's
 * `'driver' => 'mailgun'`, a notifier's `type: "pushover"`, a Lisp's
 * `:service "zoom"`, KDL's `service "zoom"` first on its line; a record of
 * a client, an integration or a connector: `client "pagerduty" value=…`),
 * a quote's width
 * before it. */
static int provider_field(const unsigned char *b, size_t ls, size_t ws, size_t we,
			  size_t le)
{
	size_t k, i, n, q = ws > ls && (b[ws - 1] == '"' || b[ws - 1] == '\'');
	int lisp = 0;

	/* quoted, or bare and ending its line (YAML's `provider: resend`) */
	if (q ? ws < ls + 2 || we >= le || b[we] != b[ws - 1]
	      : skip_blanks(b, we, le) < le)
		return 0;
	k = skip_blanks_back(b, ws - q, ls);
	if (q && k == ws - 1 && k > ls + 1 && b[k - 1] == 'N' &&
	    (b[k - 2] == ' ' || b[k - 2] == '='))
		k = skip_blanks_back(b, k - 1, ls); /* T-SQL's @name = N'zoom' */
	if (k > ls + 1 && b[k - 1] == '>' && b[k - 2] == '=')
		k--;
	if (k > ls && (b[k - 1] == ':' || b[k - 1] == '=')) {
		k = skip_blanks_back(b, k - 1, ls);
		if (k > ls && (b[k - 1] == '"' || b[k - 1] == '\''))
			k--;
	} else if (k == ws - q || !q) {
		return 0;
	} else {
		/* a Lisp's keyword argument `:service "zoom"`, or a node's or a
		 * directive's first argument (KDL's `service "zoom" key=…`) */
		lisp = 1;
	}
	for (i = 0; i < sizeof(provider_fields) / sizeof(provider_fields[0]); i++) {
		n = strlen(provider_fields[i]);
		if (k >= ls + n &&
		    !strncasecmp((const char *)b + k - n, provider_fields[i], n) &&
		    (lisp ? lisp_keyword(b, ls, k - n) || skip_blanks(b, ls, k) == k - n
			  : k == ls + n || !code_name_byte(b[k - n - 1])))
			return 1;
	}
	return 0;
}

/* Whether b[k] opens an object or a list: `{`, `(`, `[`, Elixir's `%{`,
 * Erlang's `#{`. */
static int opens_at(const unsigned char *b, size_t k, size_t le)
{
	if (k + 1 < le && (b[k] == '%' || b[k] == '#'))
		k++;
	return k < le && (b[k] == '{' || b[k] == '(' || b[k] == '[');
}

/* Whether the name at b[ws..we) is in a Makefile target's name that a
 * target-specific variable follows (`deploy-bugsnag: AUTH = …`,
 * `bugsnag: export KEY := …`): the target is the variable's record. */
static int make_target(const unsigned char *b, size_t ls, size_t ws, size_t we, size_t le)
{
	static const char *const words[] = { "export ", "override ", "private " };
	size_t k, i, n;

	for (k = ls; k < ws; k++)
		if (!letter_or_digit(b[k]) && !strchr("-_.%/", b[k]))
			return 0;
	for (k = we; k < le && (letter_or_digit(b[k]) || strchr("-_.%/", b[k])); k++)
		;
	if (k + 1 >= le || b[k] != ':' || b[k + 1] == '=' || b[k + 1] == ':')
		return 0;
	k = skip_blanks(b, k + 1, le);
	for (i = 0; i < sizeof(words) / sizeof(words[0]); i++) {
		n = strlen(words[i]);
		if (k + n < le && !memcmp(b + k, words[i], n))
			k = skip_blanks(b, k + n, le);
	}
	for (n = k; k < le && code_name_byte(b[k]); k++)
		;
	if (k == n)
		return 0;
	k = skip_blanks(b, k, le);
	if (k < le && (b[k] == '?' || b[k] == '+' || b[k] == ':'))
		k++;
	return k < le && b[k] == '=';
}

/* Whether the name at b[ws..we) opens an object on its line, its parent:
 * `mailgun = { key = "…" }`, `"mailgun": {`, `mailgun => {`, Julia's
 * `(mailgun = (key = "…",),)`, Elixir's `config :mailgun, key: "…"` (or
 * `config :app, :mailgun, key: "…"`) and `mailgun: [key: "…"]`, an
 * Erlang or Elixir tuple's first element `{mailgun, [{key, "…"}]}`, a Lua
 * module's options `require("mailgun").setup({ key = "…" })`. */
static int parent_on_line(const unsigned char *b, size_t ls, size_t ws, size_t we,
			  size_t le)
{
	size_t k = we, s = ws;

	if (ws > ls && (b[ws - 1] == '"' || b[ws - 1] == '\'') && k < le &&
	    b[k] == b[ws - 1])
		k++, s--;
	if (k < le && b[k] == ',' && s > ls && b[s - 1] == ':' &&
	    skip_blanks(b, ls, ws) + 8 <= ws &&
	    !memcmp(b + skip_blanks(b, ls, ws), "config :", 8))
		return 1;
	if (k < le && b[k] == ',' && s > ls && tuple_first(b, ls, s))
		return opens_at(b, skip_blanks(b, k + 1, le), le);
	if (k + 1 < le && b[k] == ')' && b[k + 1] == '.' && s >= ls + 8 &&
	    !strncmp((const char *)b + s - 8, "require(", 8)) {
		for (k += 2; k < le && code_name_byte(b[k]); k++)
			;
		return opens_at(b, skip_blanks(b, k, le), le);
	}
	if (k < le && (b[k] == ' ' || b[k] == '\t') && lisp_keyword(b, ls, s))
		return opens_at(b, skip_blanks(b, k, le), le); /* :zoom {:key … */
	if (make_target(b, ls, ws, we, le))
		return 1;
	k = separator(b, skip_blanks(b, k, le), le);
	return k && opens_at(b, k, le);
}

/* A value the name at b[ws] is the `name` of, its `value` after it on
 * the line or first on the next: Kubernetes' env (`- name: ZOOM` then
 * `value: "..."`), ECS and Azure settings (`{"name": "ZOOM", "value":
 * "..."}`). Its place in [*vs, *ve); 0 when none. */
static int named_value(const struct spot_reader *r, size_t ls, size_t ws, size_t we,
		       size_t le, size_t *vs, size_t *ve)
{
	const unsigned char *b = r->b;
	size_t k, i;

	/* the name whole: `name: ZOOM`, `"name": "ZOOM"`, not zoom.client.id */
	if ((we < le && b[we] != '"' && b[we] != '\'' && b[we] != ' ' && b[we] != '\t' &&
	     b[we] != ',') ||
	    !name_key_before(b, ls, ws))
		return 0;
	/* the value after it on the line, or the next line's first */
	for (i = we; i + 5 <= le; i++)
		if ((b[i] | 0x20) == 'v' &&
		    !strncasecmp((const char *)b + i, "value", 5) &&
		    !code_name_byte(b[i - 1]))
			break;
	if (i + 5 > le) {
		if (le >= r->len || (i = skip_blanks(b, le + 1, r->len)) + 5 > r->len ||
		    strncasecmp((const char *)b + i, "value", 5))
			return 0;
		le = content_end(b, r->len, i);
	}
	k = i + 5;
	if (k < le && (b[k] == '"' || b[k] == '\''))
		k++;
	k = separator(b, skip_blanks(b, k, le), le);
	return k && value_at(b, k, le, vs, ve);
}

/*
 * Whether the provider's name at b[ws] begins the variable a record or
 * an object is bound to: first on its line (after a declaration's word),
 * perhaps a type after it, then `=` or `:=` and the record, its type's
 * name (capitalized) before its opener (Ada's `Github_Cfg : constant
 * Client_Config := (`, Rust's `let stripe_cfg = Config {`, `const
 * zoomOpts = {`, Go's `&stripe.Config{`); not a call's result.
 */
static int bound_record(const unsigned char *b, size_t ls, size_t ws, size_t le)
{
	size_t k, n, seg;

	if (!key_position(b, ls, ws))
		return 0;
	for (k = ws; k < le && code_name_byte(b[k]); k++)
		;
	for (n = 0; k < le && b[k] != '='; k++)
		if (++n > CONTEXT_BOUND_TYPE ||
		    (!letter_or_digit(b[k]) && !strchr(" \t_:.<>*&", b[k])))
			return 0;
	if (k + 1 >= le || b[k + 1] == '=' || b[k + 1] == '>')
		return 0;
	k = skip_blanks(b, k + 1, le);
	k += k < le && b[k] == '&';
	if (k + 4 < le && !memcmp(b + k, "new ", 4))
		k += 4;
	for (seg = k, n = 0;
	     k < le && (code_name_byte(b[k]) || b[k] == '.' || b[k] == ':'); k++)
		if (++n > CONTEXT_BOUND_TYPE)
			return 0;
		else if (b[k] == '.' || b[k] == ':')
			seg = k + 1;
	if (seg < k && !(b[seg] >= 'A' && b[seg] <= 'Z'))
		return 0; /* a function's name: a call */
	return opens_at(b, skip_blanks(b, k, le), le);
}

/* Whether the text of an INSERT before its VALUES, b[s..e) (its table
 * and columns), says its rows are credentials of providers:
 * `integrations`, `(provider, region, cfg)`, `api_keys`. */
static int credential_table(const unsigned char *b, size_t s, size_t e)
{
	static const char *const kinds[] = { "provider",    "vendor",	 "service",
					     "integration", "connector", "credential",
					     "secret",	    "token",	 "apikey",
					     "api_key",	    "auth_" };
	size_t i;

	for (i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
		if (kh_contains_ci(b + s, e - s, kinds[i], 0))
			return 1;
	return 0;
}

/*
 * The provider's quoted name at b[ws..we) as an element of an SQL row
 * (`VALUES (1,'postmark','…')`, `VALUES ('gcore', 'eu', '…')`) whose
 * table or columns say credential (credential_table): the row is the
 * provider's record, and each quoted element after its name goes to
 * the provider's own rules under its bare name (their formats decide:
 * a region or an id stays unreported). Rows of user data name no
 * provider's table. On its line only.
 */
static int sql_row(struct spot_reader *r, size_t ls, size_t le, size_t ws, size_t we)
{
	const unsigned char *b = r->b;
	size_t k, v, i, vs, ve;
	int ret = 0;

	if (ws < ls + 2 || we >= le || b[ws - 1] != '\'' || b[we] != '\'')
		return 0;
	/* the tuple the name is an element of: `(` before it, no `)` */
	for (k = ws - 1; k > ls && b[k - 1] != '(' && b[k - 1] != ')'; k--)
		;
	if (k == ls || b[k - 1] != '(')
		return 0;
	/* `INSERT … VALUES` before the tuple on the line */
	for (v = k - 1; v >= ls + 6 && strncasecmp((const char *)b + v - 6, "values", 6);
	     v--)
		;
	if (v < ls + 6)
		return 0;
	for (i = ls; i + 6 < v && strncasecmp((const char *)b + i, "insert", 6); i++)
		;
	if (i + 6 >= v || !credential_table(b, i + 6, v - 6))
		return 0;
	r->head = 1;
	for (k = we + 1; ret == 0 && k < le;) {
		k = skip_blanks(b, k, le);
		if (k >= le || b[k] != ',')
			break;
		k = skip_blanks(b, k + 1, le);
		if (k + 1 < le && (b[k] == 'N' || b[k] == 'E') && b[k + 1] == '\'')
			k++; /* T-SQL's N'…', PostgreSQL's E'…' */
		if (k < le && b[k] == '\'') {
			for (vs = ve = k + 1; ve < le && b[ve] != '\''; ve++)
				;
			if (ve >= le)
				break;
			ret = put_value(r, ws, we, vs, ve, 1, "_api_key");
			k = ve + 1;
		} else { /* a number, NULL */
			while (k < le && b[k] != ',' && b[k] != ')')
				k++;
		}
	}
	r->head = 0;
	return ret;
}

/* Steps from a line's end (at, on its '\r' or '\n') to the next line
 * b[*s..*e) and leaves at on its end; 0 past the buffer's end. */
static int next_line(const unsigned char *b, size_t len, size_t *at, size_t *s, size_t *e)
{
	*s = *at + (b[*at] == '\r') + 1;
	if (*s >= len)
		return 0;
	*e = *at = content_end(b, len, *s);
	return 1;
}

/* The quoted value of the attribute a (`name="`, n bytes with its `="`)
 * on the XML line b[s..e), in [*vs, *ve). */
static int xml_attribute(const unsigned char *b, size_t s, size_t e, const char *a,
			 size_t n, size_t *vs, size_t *ve)
{
	const unsigned char *p;

	for (; (p = kh_memmem(b + s, e - s, a, n)); s = (size_t)(p - b) + n)
		if (p > b && (p[-1] == ' ' || p[-1] == '\t')) {
			*vs = *ve = (size_t)(p - b) + n;
			while (*ve < e && b[*ve] != '"')
				++*ve;
			return *ve < e;
		}
	return 0;
}

/* The name and the value of the XML element on the line b[s..e) that holds
 * a setting (Spring's `<property name="key" value="…"/>`, .NET's `<add
 * key="…" value="…"/>`, `<entry key=… value=…/>`). */
static int xml_setting(const unsigned char *b, size_t s, size_t e, size_t *ns, size_t *ne,
		       size_t *vs, size_t *ve)
{
	size_t first = skip_blanks(b, s, e);

	return first + 1 < e && b[first] == '<' && b[first + 1] != '/' &&
	       (xml_attribute(b, first, e, "name=\"", 6, ns, ne) ||
		xml_attribute(b, first, e, "key=\"", 5, ns, ne)) &&
	       xml_attribute(b, first, e, "value=\"", 7, vs, ve);
}

/* The value b[vs..ve) of an XML setting named b[ns..ne) in the provider's
 * record, read when its name is weak (not a key the provider publishes). */
static int xml_weak_setting(struct spot_reader *r, size_t ws, size_t we, size_t ns,
			    size_t ne, size_t vs, size_t ve)
{
	const char *suffix;
	int weak = weak_name(r->b, ns, ne, &suffix);

	if (!weak || public_pair(r->provider, r->b, ns, ne))
		return 0;
	r->bare = weak == 3 && !strcmp(suffix, "_api_key");
	return put_value(r, ws, we, vs, ve, weak_own(r->b, weak, suffix, vs, ve), suffix);
}

/*
 * An XML element the provider's name at b[ws..we) makes its record, its
 * settings read for the provider: a setting whose name is a provider
 * field and whose value is the name (`<property name="service"
 * value="vercel"/>`: its siblings, up to three lines either side at its
 * indent), or an element whose id the name begins and that opens a block
 * (`<bean id="vercelClient" …>`: its children). Each sibling setting under
 * a weak name (`<property name="key" value="…"/>`) is read as a weak
 * name's value in the provider's object.
 */
static int xml_record(struct spot_reader *r, size_t ls, size_t le, size_t ws, size_t we)
{
	const unsigned char *b = r->b;
	size_t first = skip_blanks(b, ls, le), ns, ne, vs, ve, in, at, s, e, n, f;
	int ret = 0, block, far = r->far;

	if (first + 1 >= le || b[first] != '<' || b[first + 1] == '/' || ws == 0 ||
	    b[ws - 1] != '"')
		return 0;
	block = ws >= ls + 4 && !memcmp(b + ws - 4, "id=\"", 4) && b[le - 1] == '>' &&
		b[le - 2] != '/' && !kh_memmem(b + we, le - we, "</", 2);
	if (!block && !(xml_setting(b, ls, le, &ns, &ne, &vs, &ve) && vs == ws &&
			ve == we && provider_field_name(b, ns, ne)))
		return 0;
	in = indent_of(b, ls, le);
	r->field = r->holder = 1;
	/* the siblings above (a setting only) */
	for (at = ls, n = 0; !block && at > 0 && n < CONTEXT_SIBLINGS && ret == 0; n++) {
		const unsigned char *nl;

		e = at - 1;
		f = e > CONTEXT_LINE_MAX + 1 ? e - CONTEXT_LINE_MAX - 1 : 0;
		if (!(nl = memrchr(b + f, '\n', e - f)) && f > 0)
			break;
		at = s = nl ? (size_t)(nl - b) + 1 : 0;
		if (e > s && b[e - 1] == '\r')
			e--;
		if (indent_of(b, s, e) != in || !xml_setting(b, s, e, &ns, &ne, &vs, &ve))
			break;
		ret = xml_weak_setting(r, ws, we, ns, ne, vs, ve);
	}
	/* the siblings below, or the block's children */
	for (at = le, n = 0; at < r->len && n < CONTEXT_BLOCK && ret == 0; n++) {
		if (!next_line(b, r->len, &at, &s, &e) || e - s > CONTEXT_LINE_MAX ||
		    (block ? indent_of(b, s, e) <= in : indent_of(b, s, e) != in) ||
		    !xml_setting(b, s, e, &ns, &ne, &vs, &ve))
			break;
		ret = xml_weak_setting(r, ws, we, ns, ne, vs, ve);
	}
	r->field = r->holder = r->bare = 0;
	r->far = far;
	return ret;
}

/* Whether the line from b[first] to e opens a YAML block under a name
 * that says credential (`credentials:`, `auth:`, `keys:`), not one of
 * something else of the provider's (`build:`, `checksums:`). */
static int opens_credentials(const unsigned char *b, size_t first, size_t e)
{
	size_t k = first;

	e = skip_blanks_back(b, e, first);
	if (e == first || b[e - 1] != ':')
		return 0;
	while (k < e - 1 && code_name_byte(b[k]))
		k++;
	return k == e - 1 && credential_name(b + first, k - first);
}

/* A line below a sibling that opens a credentials block that holds a value
 * alone: a list's item or a block scalar's line (`- re_…`, `ntn_…`
 * below `token: >-`): for the provider's own rules under each of its
 * names, their formats decide. */
static int bare_line(struct spot_reader *r, size_t s, size_t e)
{
	const unsigned char *b = r->b;
	size_t vs = skip_blanks(b, s, e), ve = skip_blanks_back(b, e, s);
	int ret;

	if (vs + 1 < ve && b[vs] == '-' && b[vs + 1] == ' ')
		vs = skip_blanks(b, vs + 1, e);
	if (ve - vs >= 2 && (b[vs] == '"' || b[vs] == '\'') && b[ve - 1] == b[vs])
		vs++, ve--;
	if (!format_look(b, vs, ve) || !put_once(r, vs, 1))
		return 0;
	r->head = 1;
	ret = put_own_key(r, "_api_key", b + vs, ve - vs, vs, ve, 0);
	r->head = 0;
	return ret;
}

/* The weak names' values on a sibling line b[s..e) of a line whose
 * `provider` field names the provider (field): the object's own
 * (`value` is its), when the sibling is of the same item, its first
 * bytes the field's path before its name (b[ps..ps + pn): `clients[3].`
 * of `clients[3].name=shodan`, `clients[3].value=…` below it). */
static int sibling_pairs(struct spot_reader *r, size_t ws, size_t we, size_t s, size_t e,
			 int field, size_t ps, size_t pn)
{
	size_t first = skip_blanks(r->b, s, e);
	int ret;

	r->holder = field && e - first >= pn && !memcmp(r->b + first, r->b + ps, pn);
	ret = weak_pairs(r, ws, we, s, e);
	r->holder = 0;
	return ret;
}

/* The start of a `provider` field's path on the line from b[first] whose
 * value is at ws: after the last '.' before the field's name
 * (`clients[3].name=…`); first when the name has no path. */
static size_t field_path_end(const unsigned char *b, size_t first, size_t ws)
{
	size_t k, end = first;

	for (k = first; k < ws && b[k] != ' ' && b[k] != '=' && b[k] != ':'; k++)
		if (b[k] == '.')
			end = k + 1;
	return end;
}

/* Reads the lines around b[ls..le) that belong to its block, up to
 * CONTEXT_SIBLINGS above and below at its indent (not across a blank
 * line, a parent, a section's header or a closer; comments skipped), and
 * below a sibling that opens a YAML block the CONTEXT_BLOCK lines deeper
 * (`credentials:` then `token: …` or `- …`), for the provider's own
 * rules. A YAML list's item is read at the indent of its keys (`-
 * provider: resend`). */
static int read_siblings(struct spot_reader *r, size_t ls, size_t le, size_t ws,
			 size_t we)
{
	const unsigned char *b = r->b;
	size_t in = indent_of(b, ls, le), at, s, e, first, n, up = CONTEXT_SIBLINGS,
	       down = CONTEXT_SIBLINGS, deep = 0, lines, path;
	int ret = 0, far = r->far, field = provider_field(b, ls, ws, we, le);

	/* a comment names the provider for the line below it; a line where
	 * the name is not a key's (code: x = zoom_level(...)) nor a
	 * `provider` field's value, for none */
	if (comment_line(b, ls, le))
		up = 0, down = 1;
	else if (!key_position(b, ls, ws) && !declared_name(b, ls, ws, le) && !field)
		return 0;
	first = ls + in;
	if (first + 1 < le && b[first] == '-' && b[first + 1] == ' ')
		in = skip_blanks(b, first + 1, le) - ls;
	first = ls + in;
	path = field_path_end(b, first, ws) - first;
	r->far = 1;
	for (at = ls, n = 0; at > 0 && n < up && ret == 0; n++) {
		const unsigned char *nl;
		size_t from;

		e = at - 1;
		from = e > CONTEXT_LINE_MAX + 1 ? e - CONTEXT_LINE_MAX - 1 : 0;
		nl = memrchr(b + from, '\n', e - from);
		if (!nl && from > 0)
			break; /* a line too long to read */
		s = nl ? (size_t)(nl - b) + 1 : 0;
		at = s;
		if (e > s && b[e - 1] == '\r')
			e--;
		first = skip_blanks(b, s, e);
		if (e - s > CONTEXT_LINE_MAX || first == e || indent_of(b, s, e) < in ||
		    b[first] == '[' || b[e - 1] == '{' || b[e - 1] == '(')
			break;
		if (indent_of(b, s, e) == in && !comment_line(b, s, e) &&
		    !bound_record(b, s, first, e))
			ret = sibling_pairs(r, ws, we, s, e, field, ls + in, path);
	}
	for (at = le, n = lines = 0;
	     at < r->len && n < down && lines++ < down + CONTEXT_BLOCK && ret == 0;) {
		if (!next_line(b, r->len, &at, &s, &e))
			break;
		first = skip_blanks(b, s, e);
		if (e - s > CONTEXT_LINE_MAX || first == e || indent_of(b, s, e) < in ||
		    strchr("[]})", b[first]))
			break;
		if (indent_of(b, s, e) > in) { /* a credentials sibling's block */
			if (deep && deep++ <= CONTEXT_BLOCK && !comment_line(b, s, e) &&
			    (ret = weak_pairs(r, ws, we, s, e)) == 0)
				ret = bare_line(r, s, e);
			continue;
		}
		n++;
		deep = opens_credentials(b, first, e);
		if (!comment_line(b, s, e) && !bound_record(b, s, first, e))
			ret = sibling_pairs(r, ws, we, s, e, field, ls + in, path);
	}
	r->far = far;
	return ret;
}

/* Words that may follow a credential's in its name and still name that
 * credential, beside the copy words (kh_copy_words: elevenlabsApiKeyOld,
 * TWILIO_AUTH_TOKEN_PRIMARY): which of a provider's several it is
 * (gitea_token_v2, apiKeyTest); not one that names something else of it
 * (_sid, Id, _masked, Example). */
static const char *const qualifier_words[] = { "test", "main", "default", "value",
					       "str",  "v1",   "v2",	  "v3",
					       "1",    "2",    "3",	  NULL };

/* Words that may stand between a provider's name and a credential's word
 * and keep its meaning (hasura_graphql_admin_secret, elevenlabsApiKey);
 * not one that names a public or a narrower credential
 * (ROLLBAR_CLIENT_ACCESS_TOKEN, hubspotFormKey). */
static const char *const middle_words[] = { "api",     "auth",	     "admin",
					    "server",  "secret",     "private",
					    "master",  "service",    "account",
					    "signing", "management", "transaction",
					    "rest",    "graphql",    NULL };

/*
 * The weak name among the words of the name b[s..e) after a provider's
 * (GRAPHQL_ADMIN_SECRET, ApiKeyOld, CertificateProd, _CRED): the last
 * word that is one, a certificate's (Agora's app certificate) or a
 * credential's (cred, creds), middle words (middle_words) or qualifiers
 * (qualifier_words) before it and qualifiers after, at most COMPOUND_WORDS. Its strength
 * as weak_name()'s, the end of the words up to it in *upto; 0 when none.
 */
#define COMPOUND_WORDS 5
static int weak_words(const unsigned char *b, size_t s, size_t e, const char **suffix,
		      size_t *upto)
{
	size_t we, n = 0;
	int weak = 0, got, dangling = 0;

	for (; s < e && n < COMPOUND_WORDS;
	     s = we + (we < e && (b[we] == '_' || b[we] == '-')), n++) {
		we = name_word_end(b, s, e);
		if ((got = weak_name(b, s, we, suffix)) && !(got == 3 && weak)) {
			weak = got;
		} else if ((we - s == 4 || we - s == 11) &&
			   (!strncasecmp((const char *)b + s, "cert", 4) ||
			    !strncasecmp((const char *)b + s, "certificate", 11))) {
			*suffix = "_certificate";
			weak = 2;
		} else if (word_among(b, s, we, qualifier_words) ||
			   word_among(b, s, we, kh_copy_words)) {
			continue;
		} else if (word_among(b, s, we, middle_words)) {
			dangling = weak != 0; /* a weak word must follow it */
			continue;
		} else {
			return 0;
		}
		dangling = 0;
		*upto = we;
	}
	/* more words than the weak one say which credential it is: not one
	 * that says nothing (says_nothing: algolia_apiKey, a search key) */
	if (n > 1 && weak && !strcmp(*suffix, "_api_key"))
		*suffix = "_apikey";
	return s >= e && !dangling ? weak : 0;
}

/* Where the value starts after a name's type and `=` at b[k] (Bicep's
 * `param x string = '…'`, Kotlin's `x: String = "…"`, Rust's `X: &str =
 * "…"`, Visual Basic's `Const X As String = "…"`), or 0. */
static size_t typed_value(const unsigned char *b, size_t k, size_t le)
{
	size_t t;

	k = skip_blanks(b, k, le);
	if (k < le && b[k] == ':' && (k + 1 >= le || b[k + 1] != ':'))
		k = skip_blanks(b, k + 1, le);
	else if (k + 3 < le && (b[k] == 'A' || b[k] == 'a') && b[k + 1] == 's' &&
		 (b[k + 2] == ' ' || b[k + 2] == '\t'))
		k = skip_blanks(b, k + 3, le); /* Visual Basic's `As String =` */
	for (t = k; k < le && k - t < CONTEXT_BOUND_TYPE &&
		    (letter_or_digit(b[k]) || strchr("_.<>[]?&*", b[k]));
	     k++)
		;
	if (k == t)
		return 0;
	k = skip_blanks(b, k, le);
	return k + 1 < le && b[k] == '=' && b[k + 1] != '=' && b[k + 1] != '>'
		       ? skip_blanks(b, k + 1, le)
		       : 0;
}

/* Whether the name at b[ws] is declared: after words alone (a type, a
 * keyword: `param`, `static const`), after `::` (Fortran, Haskell) or a
 * variable's `$` (PowerShell), no quote before it on its line. */
static int declared_after_words(const unsigned char *b, size_t ls, size_t ws)
{
	size_t k;

	for (k = ls; k < ws; k++)
		if (b[k] == '"' || b[k] == '\'' || b[k] == '`')
			return 0;
	ws -= ws > ls && b[ws - 1] == '$';
	k = skip_blanks_back(b, ws, ls);
	return k == ls || (k > ls + 1 && b[k - 1] == ':' && b[k - 2] == ':') ||
	       (k < ws && letter_or_digit(b[k - 1]));
}

/* The provider's name at b[ws..we) and a weak name after `_`, `-` or a
 * capital, the two a whole name given a value (TENABLE_SK ?= …,
 * kraken-key: …, giteaKey = …, C++'s kAivenToken[] = …), or the weak
 * name among more words (weak_words: elevenlabsApiKeyOld string = …):
 * the value, as the weak name's under the provider's name; for its own
 * rules when it does not look like a key alone. */
static int weak_compound(struct spot_reader *r, size_t ls, size_t le, size_t ws,
			 size_t we)
{
	const unsigned char *b = r->b;
	size_t w, k, v, vs, ve, upto;
	const char *suffix;
	int weak;

	if (we + 1 >= le)
		return 0;
	w = we + (b[we] == '_' || b[we] == '-');
	if (w == we && !(b[we] >= 'A' && b[we] <= 'Z'))
		return 0;
	for (k = w; k < le && code_name_byte(b[k]); k++)
		;
	upto = k;
	if (!(weak = weak_name(b, w, k, &suffix)) &&
	    !(weak = weak_words(b, w, k, &suffix, &upto)))
		return 0;
	if (public_pair(r->provider, b, w, upto))
		return 0;
	if (k < le && b[k] == '[' && k + 1 < le && b[k + 1] == ']')
		k += 2; /* C's char name[] = */
	if (k < le && (b[k] == '"' || b[k] == '\'') && ws > ls && b[ws - 1] == b[k])
		k++;
	v = separator(b, skip_blanks(b, k, le), le);
	if ((!v || !value_at(b, v, le, &vs, &ve)) &&
	    (!(v = typed_value(b, k, le)) || !value_at(b, v, le, &vs, &ve)))
		return 0;
	return put_value(r, ws, we, vs, ve,
			 (key_position(b, ls, ws) || declared_name(b, ls, ws, le) ||
			  declared_after_words(b, ls, ws)) &&
				 (weak == 2 || !key_look(b, vs, ve)),
			 suffix);
}

/* The provider's name at b[ws..we) as an index (`['newrelic']`,
 * `[:newrelic]`, Perl's `{newrelic}`) that a chain of them given a value goes on from:
 * the value, as its last index's weak name's under the provider's name. */
static int weak_index(struct spot_reader *r, size_t ls, size_t le, size_t ws, size_t we)
{
	const unsigned char *b = r->b;
	size_t k, ns = 0, ne = 0, vs, ve, open;
	const char *suffix;
	int weak;

	if (ws < ls + 2)
		return 0;
	/* the index's opener: before the name, or its quote or Ruby's `:` */
	open = b[ws - 1] == '"' || b[ws - 1] == '\'' || b[ws - 1] == ':' ? ws - 2
									 : ws - 1;
	if (open < ls || (k = index_at(b, open, le, &ns, &ne)) == open || ns != ws ||
	    ne != we || !index_chain(b, k, le, &ns, &ne, &vs, &ve) ||
	    !(weak = weak_name(b, ns, ne, &suffix)) ||
	    public_pair(r->provider, b, ns, ne))
		return 0;
	return put_value(r, ws, we, vs, ve, weak == 2 || !key_look(b, vs, ve), suffix);
}

/* The provider's name at b[ws..we) then a weak name (a word between or
 * not) in a sentence that gives it (`the browserstack key we got from
 * support is …`, `Zoom access token: …`): the value after ` is ` or `: `
 * within the clause, for the provider's own rules (their format decides;
 * prose holds masks and placeholders the format look refuses). */
static int weak_prose(struct spot_reader *r, size_t le, size_t ws, size_t we)
{
	const unsigned char *b = r->b;
	size_t k = we, ns, vs, ve,
	       end = we + CONTEXT_PROSE < le ? we + CONTEXT_PROSE : le;
	const char *suffix;
	int weak;

	if (k >= le || b[k] != ' ' || (ws > 0 && !strchr(" \t`*(", b[ws - 1])))
		return 0;
	for (ns = ++k; k < le && letter_or_digit(b[k]); k++)
		;
	if (!weak_name(b, ns, k, &suffix) && k < le && b[k] == ' ') {
		for (ns = ++k; k < le && letter_or_digit(b[k]); k++)
			; /* a word between: `the browserstack access key is` */
	}
	weak = weak_name(b, ns, k, &suffix);
	if (!weak || weak == 3 || public_pair(r->provider, b, ns, k))
		return 0; /* `value`, `seed`: a sentence's words */
	for (; k + 1 < end; k++) {
		if (strchr(".;!?", b[k]) && b[k + 1] == ' ')
			return 0; /* the clause ends */
		if ((b[k] == ':' && b[k + 1] == ' ') ||
		    (b[k] == ' ' && k + 4 < end && !memcmp(b + k, " is ", 4)))
			break;
	}
	if (k + 1 >= end)
		return 0;
	vs = skip_blanks(b, k + (b[k] == ':' ? 1 : 4), le);
	vs += vs < le && b[vs] == '`';
	for (ve = vs; ve < le && !strchr(" \t,;`)\"'", b[ve]); ve++)
		;
	if (ve > vs && b[ve - 1] == '.')
		ve--;
	return ve > vs ? put_value(r, ws, we, vs, ve, 1, suffix) : 0;
}

/* Where a string starts at b[v], bare or in a wrapper (Gleam's and
 * Rust's Some("…"), Elm's Just "…", Ada's +"…", Objective-C's @"…"):
 * the wrapper's or the quote's place, as value_at() reads it; 0 when
 * none (v > 0: after a name). */
static size_t string_start(const unsigned char *b, size_t v, size_t le)
{
	size_t k = v;

	if (k < le && b[k] >= 'A' && b[k] <= 'Z') {
		while (k < le && k - v < CONTEXT_WORD_MAX && letter_or_digit(b[k]))
			k++;
		if (k >= le || (b[k] != '(' && b[k] != ' '))
			return 0;
		v = ++k;
	}
	if (k + 1 < le && (b[k] == '+' || b[k] == '@') && b[k + 1] == '"')
		return v;
	return k < le && (b[k] == '"' || b[k] == '\'') ? v : 0;
}

/* Whether a list opens just before b[s] (blanks before it skipped): `(`,
 * `[`, `{`, or a call's or a Lisp form's head (`credential(`,
 * `(credential `, `(list `, `#(`). */
static int list_opened(const unsigned char *b, size_t ls, size_t s)
{
	size_t t = skip_blanks_back(b, s, ls), k;

	if (t > ls && (b[t - 1] == '(' || b[t - 1] == '[' || b[t - 1] == '{'))
		return 1;
	if (t == s)
		return 0;
	for (k = t;
	     k > ls && (code_name_byte(b[k - 1]) || b[k - 1] == '/' || b[k - 1] == '.');
	     k--)
		;
	return k > ls && k < t && b[k - 1] == '(';
}

/*
 * Where the value starts after the provider's name at b[ws..we) (k after
 * its closing quote) heading a pair in a syntax with no separator: a
 * tuple's or a call's first element, a string after it (`("zoom", "…")`,
 * `#("zoom", Some("…"))`, `(+"zoom", +"…")`, Erlang's `{zoom, "…"}` and
 * Elixir's `{:zoom, "…"}`, a
 * Lisp's dotted pair `("zoom" . "…")`), or after blanks in a list or a
 * form whose items blanks part (EDN's `["zoom" "…"]`, Racket's
 * `(credential "zoom" "…")`); a symbol a string follows (Racket's `(hash
 * 'zoom "…")`, Clojure's `{:zoom "…"}`); Tcl's array element `set
 * keys(zoom) "…"`. 0 when none.
 */
static size_t pair_head(const unsigned char *b, size_t ls, size_t ws, size_t k, size_t le)
{
	size_t s = ws, v = skip_blanks(b, k, le);
	int quoted = k > ws && (b[k - 1] == '"' || b[k - 1] == '\'');

	if (v < le && (b[v] == ',' ||
		       (quoted && v > k &&
			(b[v] == '.' || b[v] == '"' || b[v] == '\'' || b[v] == '+')))) {
		if (quoted)
			s -= 1 + (s - 1 > ls && (b[s - 2] == '@' || b[s - 2] == '+'));
		else if (b[v] == ',' && s >= ls + 2 && b[s - 1] == ':' &&
			 !code_name_byte(b[s - 2]) && b[s - 2] != ':')
			s--; /* a symbol heads the tuple: Elixir's {:zoom, "…"} */
		if (b[v] == ',' || b[v] == '.')
			v = skip_blanks(b, v + 1, le);
		return list_opened(b, ls, s) ? string_start(b, v, le) : 0;
	}
	if (quoted || k >= le || (b[k] != ' ' && b[k] != '\t' && b[k] != ')'))
		return 0;
	if (b[k] == ')') { /* set keys(zoom) "…" */
		s = skip_blanks(b, ls, le);
		if (ws == ls || b[ws - 1] != '(' || le - s < 4 ||
		    memcmp(b + s, "set ", 4))
			return 0;
		k++;
	} else if (ws < ls + 2 || (b[ws - 1] != '\'' && b[ws - 1] != ':') ||
		   code_name_byte(b[ws - 2]) || b[ws - 2] == ':' || b[ws - 2] == '\'') {
		return 0; /* not a symbol ('zoom, :zoom) */
	}
	v = skip_blanks(b, k, le);
	return v > k && v < le && (b[v] == '"' || b[v] == '\'') ? v : 0;
}

/* The end of the quoted string that opens at b[i] on the line (its
 * closing quote's place + 1), or 0. */
static size_t quoted_end(const unsigned char *b, size_t i, size_t le)
{
	const unsigned char *q;

	if (i >= le || (b[i] != '"' && b[i] != '\''))
		return 0;
	q = memchr(b + i + 1, b[i], le - i - 1);
	return q ? (size_t)(q - b) + 1 : 0;
}

/*
 * Where the value starts when the provider's quoted name, b[ws..k) its
 * closing quote included, is an item of a list of keys whose values are
 * the next list's, item for item: MATLAB's `containers.Map({'shodan',
 * 'region'}, {'…', 'eu'})`, Python's `dict(zip(["shodan"], ["…"]))`.
 * Both lists of quoted strings alone, on the line; 0 when none.
 */
static size_t parallel_item(const unsigned char *b, size_t ls, size_t ws, size_t k,
			    size_t le)
{
	size_t i = ws - 1, nth = 0, end;

	k -= b[k - 1] == ']'; /* read_spot() stepped over a lone item's list */
	if (ws <= ls + 1 || (b[i] != '"' && b[i] != '\'') || b[k - 1] != b[i])
		return 0;
	/* back to the list's opener, counting the items before the name */
	for (i = skip_blanks_back(b, i, ls); i > ls && b[i - 1] == ','; nth++) {
		i = skip_blanks_back(b, i - 1, ls);
		if (i <= ls || (b[i - 1] != '"' && b[i - 1] != '\''))
			return 0;
		end = i - 1;
		while (end > ls && b[end - 1] != b[i - 1])
			end--;
		if (end == ls)
			return 0;
		i = skip_blanks_back(b, end - 1, ls);
	}
	if (i == ls || (b[i - 1] != '{' && b[i - 1] != '['))
		return 0;
	/* on to its closer, then `,` and the values' list */
	for (i = skip_blanks(b, k, le); i < le && b[i] == ',';)
		if (!(i = quoted_end(b, skip_blanks(b, i + 1, le), le)))
			return 0;
		else
			i = skip_blanks(b, i, le);
	if (i >= le || (b[i] != '}' && b[i] != ']') ||
	    (i = skip_blanks(b, i + 1, le)) >= le || b[i] != ',')
		return 0;
	i = skip_blanks(b, i + 1, le);
	if (i >= le || (b[i] != '{' && b[i] != '['))
		return 0;
	for (i = skip_blanks(b, i + 1, le); nth; nth--)
		if (!(end = quoted_end(b, i, le)) ||
		    (i = skip_blanks(b, end, le)) >= le || b[i] != ',')
			return 0;
		else
			i = skip_blanks(b, i + 1, le);
	return quoted_end(b, i, le) ? i : 0;
}

/* The weak names' values of a record bound to the provider's name at
 * b[ws..we) (bound_record), on its line and in the block it opens, for
 * the provider's own rules: `Key => +"…"` whatever its look. */
static int read_bound(struct spot_reader *r, size_t ls, size_t le, size_t ws, size_t we)
{
	const unsigned char *b = r->b;
	size_t at, s, e, lines, first;
	int far = r->far, ret;

	if (!bound_record(b, ls, ws, le))
		return 0;
	r->far = 1;
	ret = weak_pairs(r, ws, we, we, le);
	/* a record over lines: its opener ends the line */
	e = skip_blanks_back(b, le, ls);
	lines = e > ls && strchr("({[", b[e - 1]) ? 0 : CONTEXT_BLOCK;
	for (at = le; ret == 0 && at < r->len && lines < CONTEXT_BLOCK; lines++) {
		if (!next_line(b, r->len, &at, &s, &e))
			break;
		first = skip_blanks(b, s, e);
		if (e - s > CONTEXT_LINE_MAX || first == e || strchr(")]}", b[first]))
			break;
		ret = weak_pairs(r, ws, we, s, e);
	}
	r->far = far;
	return ret;
}

/* Whether b[i..) starts with the tag t (n bytes), within e. */
static int tag_at(const unsigned char *b, size_t i, size_t e, const char *t, size_t n)
{
	return e - i >= n && !memcmp(b + i, t, n);
}

/*
 * The weak names' strings of a property list's dict the provider's name
 * keys (`<key>shodan</key>`, then `<dict>` on the next line, then
 * `<key>Value</key>` and `<string>…</string>`), up to its `</dict>` or
 * a nested one, as a parent's (r->holder).
 */
static int read_plist_dict(struct spot_reader *r, size_t le, size_t ws, size_t we)
{
	const unsigned char *b = r->b;
	size_t at = le, s, e, first, ns = 0, ne = 0, vs, lines;
	const char *suffix;
	int weak = 0, ret = 0;

	if (ws < 5 || memcmp(b + ws - 5, "<key>", 5) || !tag_at(b, we, le, "</key>", 6) ||
	    le >= r->len || !next_line(b, r->len, &at, &s, &e) ||
	    !tag_at(b, skip_blanks(b, s, e), e, "<dict>", 6))
		return 0;
	r->holder = r->field = 1;
	for (lines = 0; ret == 0 && lines < 2 * CONTEXT_BLOCK && at < r->len &&
			next_line(b, r->len, &at, &s, &e);
	     lines++) {
		first = skip_blanks(b, s, e);
		if (e - s > CONTEXT_LINE_MAX || tag_at(b, first, e, "</dict>", 7) ||
		    tag_at(b, first, e, "<dict>", 6))
			break;
		if (tag_at(b, first, e, "<key>", 5)) {
			ns = first + 5;
			for (ne = ns; ne < e && b[ne] != '<'; ne++)
				;
			weak = weak_name(b, ns, ne, &suffix);
			first = skip_blanks(
				b, ne + (tag_at(b, ne, e, "</key>", 6) ? 6 : 0), e);
		}
		if (!weak || !tag_at(b, first, e, "<string>", 8))
			continue;
		vs = first + 8;
		for (s = vs; s < e && b[s] != '<'; s++)
			;
		if (tag_at(b, s, e, "</string>", 9) &&
		    !public_pair(r->provider, b, ns, ne))
			ret = put_value(r, ws, we, vs, s,
					weak_own(b, weak, suffix, vs, s), suffix);
		weak = 0;
	}
	r->holder = r->field = 0;
	return ret;
}

/* The weak names' values after the provider's name at b[ws..we) where it
 * is a parent on its line (parent_on_line: `{:toggl {:value "…"}}`, `shodan
 * => { cred => '…' }`) at a place far from the rules' keywords, for the
 * provider's own rules: their format decides. */
static int read_parent(struct spot_reader *r, size_t ls, size_t le, size_t ws, size_t we)
{
	int far = r->far, ret;

	if (!parent_on_line(r->b, ls, ws, we, le))
		return 0;
	r->far = r->field = r->holder = 1;
	ret = weak_pairs(r, ws, we, we, le);
	r->far = far;
	r->field = r->holder = 0;
	return ret;
}

/* Whether the line b[ls..last) ends in Ruby's or Crystal's block: `do`
 * or `do |c|`. */
static int do_block(const unsigned char *b, size_t ls, size_t last)
{
	size_t k = last;

	if (k > ls && b[k - 1] == '|') {
		for (k--; k > ls && b[k - 1] != '|'; k--)
			if (!code_name_byte(b[k - 1]) && b[k - 1] != ' ' &&
			    b[k - 1] != ',')
				return 0;
		if (k == ls)
			return 0;
		k = skip_blanks_back(b, k - 1, ls);
	}
	return k >= ls + 3 && b[k - 1] == 'o' && b[k - 2] == 'd' && b[k - 3] == ' ';
}

/* Whether the provider's name at b[ws..we) heads the block its line opens
 * at b[last - 1]: declared there (key_position, after words alone) and
 * only names, separators and a call's dots between the two
 * (`authorizenet {`, `"mailgun": {`, `object Twilio {`, `Postmark.configure
 * do |c|`); not a condition's or a call's argument (`if (zoomLevel > 3) {`). */
static int heads_block(const unsigned char *b, size_t ls, size_t ws, size_t we,
		       size_t last)
{
	size_t k;

	if (!key_position(b, ls, ws) && !declared_after_words(b, ls, ws))
		return 0;
	for (k = we; k + 1 < last; k++)
		if (!code_name_byte(b[k]) && !strchr(" \t.:=|\"'", b[k]))
			return 0;
	return 1;
}

/* The last of the two or three strings of a tuple or a list opened at
 * b[i] and closed on the line (`("<id>", "<secret>")`, `['id', 'secret']`):
 * who or which first, the secret by its place last. 1 with it in
 * [*vs, *ve). */
static int tuple_last_string(const unsigned char *b, size_t i, size_t le, size_t *vs,
			     size_t *ve)
{
	unsigned char close = i < le && b[i] == '(' ? ')' : ']';
	size_t k = i + 1, n = 0;
	const unsigned char *q;

	if (i >= le || (b[i] != '(' && b[i] != '['))
		return 0;
	for (;;) {
		k = skip_blanks(b, k, le);
		if (k >= le || (b[k] != '"' && b[k] != '\'') ||
		    !(q = memchr(b + k + 1, b[k], le - k - 1)))
			return 0;
		*vs = k + 1;
		*ve = (size_t)(q - b);
		n++;
		k = skip_blanks(b, *ve + 1, le);
		if (k < le && b[k] == close)
			return n >= 2 && n <= 3;
		if (k >= le || b[k] != ',' || n == 3)
			return 0;
		k++;
	}
}

/*
 * The provider's name spelled at b[ws..we) on the line b[ls..le): the
 * value it is given (`"hiera" -> "..."`, `mailgun: '...'`), the weak
 * names' values on its line, and those of the block the line opens
 * (`"googlechat": {`, `zoom:`, `[sendgrid]`, `stripe.Config{`).
 */
static int read_spot(struct spot_reader *r, size_t ls, size_t le, size_t ws, size_t we)
{
	const unsigned char *b = r->b;
	size_t k = we, vs, ve, at, in, last, lines;
	int opens, indented, heads, named = 0, parent, spot, ret;

	if (le - ls > CONTEXT_LINE_MAX)
		return 0;
	/* the name itself, whole and given a value */
	if (ws == ls || !code_name_byte(b[ws - 1]) || google_k(b, ws)) {
		if (k < le && (b[k] == '"' || b[k] == '\'') && ws > ls &&
		    b[ws - 1] == b[k]) {
			k++;
			if (k < le && b[k] == ']' && ws >= ls + 2 && b[ws - 2] == '[')
				k++; /* extra["zoom"] = ... */
		}
		if (k == we || k >= le || !code_name_byte(b[k])) {
			size_t v = separator(b, skip_blanks(b, k, le), le);
			int own = key_position(b, ls, ws);

			if (!v && ((v = parallel_item(b, ls, ws, k, le)) ||
				   (v = pair_head(b, ls, ws, k, le))))
				own = 1;
			r->head = own;
			ret = v && (own || !r->pairs) && value_at(b, v, le, &vs, &ve) &&
			      put_value(r, ws, we, vs, ve, own && !key_look(b, vs, ve),
					"_api_key") < 0;
			/* given a tuple of strings (confluent = ("<id>",
			 * "<secret>")): its last, for its own rules */
			r->head = 1;
			ret = ret || (v && (own || !r->pairs) &&
				      tuple_last_string(b, v, le, &vs, &ve) &&
				      put_value(r, ws, we, vs, ve, 1, "_api_key") < 0);
			r->head = 0;
			if (ret)
				return -1;
			if (read_plist_dict(r, le, ws, we) < 0)
				return -1;
			if (r->pairs)
				return read_parent(r, ls, le, ws, we) < 0
					       ? -1
					       : read_bound(r, ls, le, ws, we);
			named = !v && named_value(r, ls, ws, we, le, &vs, &ve);
			if (named && put_value(r, ws, we, vs, ve, 1, "_api_key") < 0)
				return -1;
			if (!v && !named &&
			    (weak_compound(r, ls, le, ws, we) < 0 ||
			     weak_index(r, ls, le, ws, we) < 0 ||
			     weak_prose(r, le, ws, we) < 0))
				return -1;
		}
		/* a document named for the provider (a Kubernetes Secret's
		 * `name: zoom-credentials`): its weak names, as a file's */
		if (!named && !r->resource && name_key_before(b, ls, ws))
			r->resource = r->provider;
	}
	/* a call's argument, a tuple's element, a flag's value (shape.c);
	 * one that does not look like a key alone but holds more than hex
	 * (SplunkClient("<uuid>")) for the provider's own rules, as its
	 * token: their format decides. Bare hex is a digest's or a public
	 * id's look too (Rollbar.init's browser token). The last of a run
	 * of string arguments is a secret by its place (Twilio(sid,
	 * token)): its own rules read it whatever its look, under each name */
	if ((spot = kh_shape_spot_value(b, r->len, ls, le, ws, we, &vs, &ve))) {
		size_t h = vs;
		int own;

		while (h < ve && isxdigit(b[h]))
			h++;
		own = spot == 2 || (!key_look(b, vs, ve) && h < ve);
		if (public_argument(r, ls, vs))
			spot = own = 0;
		r->head = spot == 2;
		ret = spot && put_value(r, ws, we, vs, ve, own,
					own && spot != 2 ? "_token" : "_api_key") < 0;
		r->head = 0;
		if (ret)
			return -1;
	}
	if (sql_row(r, ls, le, ws, we) < 0 || xml_record(r, ls, le, ws, we) < 0)
		return -1;
	/* a parent on the line lends its name to the pairs after it only */
	parent = parent_on_line(b, ls, ws, we, le);
	r->field = r->holder = parent || provider_field(b, ls, ws, we, le);
	ret = weak_pairs(r, ws, we, parent ? we : ls, le);
	r->field = r->holder = 0;
	if (ret < 0 || read_bound(r, ls, le, ws, we) < 0 ||
	    read_siblings(r, ls, le, ws, we) < 0)
		return -1;
	/* the block the line opens: its last byte `{`, `(` or `:`, an INI
	 * section's header, or Ruby's `do |c|` */
	for (last = le; last > ls && (b[last - 1] == ' ' || b[last - 1] == '\t'); last--)
		;
	if (last == ls)
		return 0;
	at = skip_blanks(b, ls, le);
	indented = b[last - 1] == ':' || do_block(b, ls, last);
	opens = indented || b[last - 1] == '{' || b[last - 1] == '(' ||
		(b[at] == '[' && b[last - 1] == ']');
	if (!opens)
		return 0;
	/* the provider's own object (`authorizenet {`, `Postmark.configure
	 * do |c|`): its weak names' values whatever their look, for its own
	 * rules (their format decides) */
	heads = heads_block(b, ls, ws, we, last);
	in = indent_of(b, ls, le);
	for (at = le, lines = 0; at < r->len && lines < CONTEXT_BLOCK; lines++) {
		size_t s, e, first;
		int far = r->far;

		while (at < r->len && (b[at] == '\n' || b[at] == '\r'))
			at++;
		if (at >= r->len)
			break;
		s = at;
		e = content_end(b, r->len, s);
		at = e;
		if (e - s > CONTEXT_LINE_MAX)
			break;
		/* the block ends: a closer, a new section, a line no deeper (YAML) */
		first = skip_blanks(b, s, e);
		if (first < e && (b[first] == '}' || b[first] == ')' || b[first] == '['))
			break;
		if (indented && indent_of(b, s, e) <= in)
			break;
		r->holder = heads;
		ret = weak_pairs(r, ws, we, s, e) < 0;
		r->far = 1;
		ret = ret || (heads && weak_pairs(r, ws, we, s, e) < 0);
		r->far = far;
		r->holder = 0;
		if (ret)
			return -1;
	}
	return 0;
}

/* Whether the provider's name w (lower case) is spelled at b[i]: a word of
 * its own or a compound's first (zoom.Config, ZoomOptions, "zoom"), case
 * aside; not the start of a longer word (zoomed). */
static int spelled_at(const unsigned char *b, size_t len, size_t i, const char *w,
		      size_t n)
{
	size_t j;

	if (i + n > len || (i > 0 && letter_or_digit(b[i - 1]) && !google_k(b, i)))
		return 0;
	for (j = 0; j < n; j++)
		if (ascii_lower(b[i + j]) != (unsigned char)w[j])
			return 0;
	return i + n == len || !((b[i + n] >= 'a' && b[i + n] <= 'z') ||
				 (b[i + n] >= '0' && b[i + n] <= '9'));
}

/* Reads the place at b[i] when w (n bytes) is spelled there. */
static int read_at(struct spot_reader *r, const char *w, size_t n, size_t i)
{
	const unsigned char *b = r->b, *nl;
	size_t ls;

	if (!spelled_at(b, r->len, i, w, n) || r->nspots++ == CONTEXT_SPOTS * 2)
		return 0;
	ls = i > CONTEXT_LINE_MAX ? i - CONTEXT_LINE_MAX : 0;
	nl = memrchr(b + ls, '\n', i - ls);
	if (!nl && ls > 0)
		return 0; /* a line too long to read */
	ls = nl ? (size_t)(nl - b) + 1 : ls;
	return read_spot(r, ls, content_end(b, r->len, i), i, i + n);
}

/* Reads each place in b[from..to) where w is spelled. */
static int read_word(struct spot_reader *r, const char *w, size_t from, size_t to)
{
	const unsigned char *b = r->b;
	size_t n = strlen(w), i;

	r->provider = w;
	for (i = from; i + n <= to && r->ndone < CONTEXT_SPOTS; i++)
		if (ascii_lower(b[i]) == (unsigned char)w[0] && read_at(r, w, n, i) < 0)
			return -1;
	return 0;
}

/* Reads each place in the file where w is spelled in lower case, first
 * capital or all capitals (a search of each: the file's name may be
 * spelled nowhere). */
static int read_file_word(struct spot_reader *r, const char *w)
{
	char v[CONTEXT_WORD_MAX + 1];
	size_t n = strlen(w), k, j;
	const unsigned char *p;

	r->provider = w;
	for (k = 0; k < 3; k++) {
		for (j = 0; j < n; j++)
			v[j] = (char)(k == 2 || (k == 1 && j == 0)
					      ? w[j] - ('a' - 'A') * (w[j] >= 'a')
					      : w[j]);
		for (p = r->b; r->ndone < CONTEXT_SPOTS &&
			       (p = kh_memmem(p, (size_t)(r->b + r->len - p), v, n));
		     p += n)
			if (read_at(r, w, n, (size_t)(p - r->b)) < 0)
				return -1;
	}
	return 0;
}

/* The provider a keyword of whose rules names it that b[i] spells (a
 * name's start, the provider's name whole), or NULL. */
static const char *spoken_at(const struct kh_provider_names *c, const unsigned char *b,
			     size_t len, size_t i)
{
	char name[CONTEXT_WORD_MAX + 1], *key = name;
	const char **hit;
	size_t n;

	if (i > 0 && letter_or_digit(b[i - 1]) && !google_k(b, i))
		return NULL;
	for (n = 0; i + n < len && n < CONTEXT_WORD_MAX && letter_or_digit(b[i + n]);) {
		name[n] = (char)ascii_lower(b[i + n]);
		n++;
		if (n < CONTEXT_WORD_MIN ||
		    (i + n < len && ((b[i + n] >= 'a' && b[i + n] <= 'z') ||
				     (b[i + n] >= '0' && b[i + n] <= '9'))))
			continue;
		name[n] = 0;
		hit = kh_search(&key, c->spoken, c->nspoken, sizeof(*c->spoken),
				cmp_name);
		if (hit)
			return *hit;
	}
	return NULL;
}

/* Each place in the file (not too large) where the provider w, named by
 * a keyword of its rules somewhere in it, heads a pair or a record is
 * bound to it: `@"duo": @"…"` lines below `api.duosecurity.com`,
 * `Github_Cfg … := (…, Key => +"…")` beside `GithubClientId`. Its name
 * in lower case or first capital; the pairs only (r->pairs). Found by
 * its rarest letter (English's order): a search for its first would
 * stop at every `g` of a file. */
static int read_far_pairs(struct spot_reader *r, const char *w)
{
	static const char rare[] = "zqxjkvbpygfwmucldrhsnioate";
	size_t n = strlen(w), a = 0, k, i;
	const unsigned char *p, *end = r->b + r->len;
	const char *at;
	int ret = 0, pass;

	for (k = 1; k < n; k++)
		if (!(at = strchr(rare, w[k])) ||
		    (strchr(rare, w[a]) && at < strchr(rare, w[a])))
			a = k; /* a digit: rarer still */
	r->provider = w;
	r->pairs = 1;
	for (pass = 0; pass < 1 + (a == 0) && ret == 0; pass++) {
		int c = pass ? w[0] - ('a' - 'A') * (w[0] >= 'a') : w[a];

		for (p = r->b + a; ret == 0 && r->ndone < CONTEXT_SPOTS && p < end &&
				   (p = memchr(p, c, (size_t)(end - p)));
		     p++) {
			i = (size_t)(p - r->b) - a;
			if (i + n <= r->len && !memcmp(r->b + i + 1, w + 1, n - 1) &&
			    (r->b[i] == w[0] ||
			     (unsigned char)r->b[i] ==
				     (unsigned char)(w[0] - ('a' - 'A') * (w[0] >= 'a'))))
				ret = read_at(r, w, n, i);
		}
	}
	r->pairs = 0;
	return ret;
}

/* Whether path names prose (docs: README.md, coda.rst), whose samples
 * are no file's own key. */
static int prose_path(const char *path)
{
	static const char *const ext[] = {
		".md", ".rst", ".txt", ".adoc", ".html", ".htm"
	};
	const char *dot = strrchr(path, '.');
	size_t i;

	for (i = 0; dot && !strchr(dot, '/') && i < sizeof(ext) / sizeof(ext[0]); i++)
		if (!strcasecmp(dot, ext[i]))
			return 1;
	return 0;
}

/* Every line of a file named for provider w (opsgenie.toml): its weak
 * names' values, for w's own rules. */
static int read_named_file(struct spot_reader *r, const char *w)
{
	size_t s, e;
	int ret = 0;

	r->provider = w;
	r->far = 1;
	for (s = 0; s < r->len && ret == 0 && r->ndone < CONTEXT_SPOTS; s = e + 1) {
		e = content_end(r->b, r->len, s);
		if (e - s <= CONTEXT_LINE_MAX && !comment_line(r->b, s, e))
			ret = weak_pairs(r, 0, 0, s, e);
		e += e < r->len && r->b[e] == '\r';
	}
	r->far = 0;
	return ret;
}

/* Where `b64` or `base64` starts when the name that ends at b[i] (after
 * its `64`) ends so after a word of its own (conn_b64, connB64,
 * CLIENT_B64, key_base64), or 0. */
static size_t base64_name(const unsigned char *b, size_t len, size_t i)
{
	if (i < 4 || (i < len && code_name_byte(b[i])) || b[i - 1] != '4' ||
	    b[i - 2] != '6')
		return 0;
	if ((b[i - 3] | 0x20) == 'b')
		return code_name_byte(b[i - 4]) ? i - 3 : 0;
	return i >= 7 && !strncasecmp((const char *)b + i - 6, "base", 4) &&
			       code_name_byte(b[i - 7])
		       ? i - 6
		       : 0;
}

/* What the word before `_b64` at b[at] says (sk_b64: a secret key), as
 * a weak name's suffix; NULL when it says nothing (conn_b64). */
static const char *base64_suffix(const unsigned char *b, size_t at)
{
	const char *suffix = NULL;
	size_t ws, we = at;

	while (we > 0 && (b[we - 1] == '_' || b[we - 1] == '-'))
		we--;
	for (ws = we; ws > 0 && letter_or_digit(b[ws - 1]); ws--)
		;
	return ws < we && weak_name(b, ws, we, &suffix) ? suffix : NULL;
}

/* Values in base64 under names that say only that (conn_b64: "..."),
 * in a file that names one provider w: a bare value decoded from one is
 * read by w's own rules as if under w's name. */
static int read_base64_names(struct spot_reader *r, const char *w)
{
	const unsigned char *b = r->b, *p = b;
	unsigned char out[CONTEXT_B64_MAX];
	size_t i, e, k, vs, ve, n, at;
	const char *suffix;
	long got;

	r->provider = w;
	while ((p = memchr(p, '6', (size_t)(b + r->len - p))) &&
	       r->ndone < CONTEXT_SPOTS) {
		i = (size_t)(++p - b);
		if (i >= r->len || b[i] != '4' || !(at = base64_name(b, r->len, i + 1)))
			continue;
		e = content_end(b, r->len, i);
		k = i + 1 + (i + 1 < e && (b[i + 1] == '"' || b[i + 1] == '\''));
		k = skip_blanks(b, k, e);
		if (k >= e || (b[k] != ':' && b[k] != '='))
			continue;
		/* its string on the line: after a type (: &str =) or an @ */
		for (k++; k < e && k < i + 40 && b[k] != '"' && b[k] != '\''; k++)
			;
		if (!value_at(b, k, e, &vs, &ve))
			continue;
		for (n = ve; n > vs && b[n - 1] == '='; n--)
			;
		got = n - vs <= CONTEXT_B64_MAX * 4 / 3
			      ? kh_base64_decode(b + vs, n - vs, out, sizeof(out))
			      : -1;
		if (got < 16 || !format_look(out, 0, (size_t)got) || !put_once(r, vs, 1))
			continue;
		/* a name that says nothing: the provider's key or its secret */
		suffix = base64_suffix(b, at);
		if (put_own(r, suffix ? suffix : "_api_key", out, (size_t)got, vs, ve,
			    KH_DEC_BASE64) < 0 ||
		    (!suffix && put_own(r, "_secret_key", out, (size_t)got, vs, ve,
					KH_DEC_BASE64) < 0))
			return -1;
	}
	return 0;
}

/* The provider a `provider` field's value at b[i] (after the field's
 * name) names, its place in [*ws, *we): `provider: "resend"`, `provider: resend`,
 * `provider = "zoom"`, `:provider => 'x'`, `"provider": "x"`; NULL when
 * none is a provider of the rules. */
static const char *field_provider(const struct kh_provider_names *c,
				  const unsigned char *b, size_t len, size_t i,
				  size_t *ws, size_t *we)
{
	char name[CONTEXT_WORD_MAX + 1], *key = name;
	const char **hit;
	size_t k = i + (i < len && (b[i] == '"' || b[i] == '\'')), n;
	unsigned char q;

	k = skip_blanks(b, k, len);
	if (k + 1 < len && b[k] == '=' && b[k + 1] == '>')
		k += 2;
	else if (k < len && (b[k] == ':' || b[k] == '='))
		k++;
	else
		return NULL;
	k = skip_blanks(b, k, len);
	if (k >= len)
		return NULL;
	q = b[k] == '"' || b[k] == '\'' ? b[k++] : 0;
	for (n = 0; k + n < len && n < CONTEXT_WORD_MAX && letter_or_digit(b[k + n]); n++)
		name[n] = (char)ascii_lower(b[k + n]);
	/* quoted, or bare and ending its line (YAML) */
	if (n < CONTEXT_WORD_MIN ||
	    (q ? k + n >= len || b[k + n] != q
	       : skip_blanks(b, k + n, len) < len &&
			     b[skip_blanks(b, k + n, len)] != '\n' &&
			     b[skip_blanks(b, k + n, len)] != '\r'))
		return NULL;
	name[n] = 0;
	hit = kh_search(&key, c->providers, c->nproviders, sizeof(*c->providers),
			cmp_name);
	*ws = k;
	*we = k + n;
	return hit ? *hit : NULL;
}

/* Whether path is a C or C++ source: its `provider` fields are a
 * driver's initializers (`.provider = "…"`), and its many `void`s would
 * make the search below stop at every line. */
static int c_source(const char *base)
{
	static const char *const ext[] = { ".c",   ".h",   ".cc", ".cpp",
					   ".cxx", ".hpp", ".hh" };
	const char *dot = base ? strrchr(base, '.') : NULL;
	size_t i;

	/* (base: the name after the path's last '/', so a '.' in it has no
	 * '/' after it; every extension starts ".c" or ".h": most files are
	 * out at that byte, not after seven calls) */
	if (!dot || (dot[1] != 'c' && dot[1] != 'h'))
		return 0;
	for (i = 0; i < sizeof(ext) / sizeof(ext[0]); i++)
		if (!strcmp(dot, ext[i]))
			return 1;
	return 0;
}

/* Each `provider` field whose value names a provider no keyword of its
 * rules spells (Gleam's `Creds(provider: "resend", key: "…")`, a
 * Julia named tuple, a Crystal one): its record read as read_spot()
 * reads one (provider_field). */
static int read_provider_fields(struct spot_reader *r, const struct kh_provider_names *c)
{
	const unsigned char *b = r->b;
	size_t i, at = 0, ws, we, n = 0;
	const char *w;

	/* by its "v?d" (kh_find_pair): a memchr() of its 'v' stopped every
	 * 60 bytes of text (a memmem() of its 'p' at every 'p') */
	while (n < CONTEXT_WORDS && r->ndone < CONTEXT_SPOTS &&
	       (i = kh_find_pair(b, at, r->len, 'v', 'd', 2)) < r->len) {
		at = i + 1;
		if (i < 3 || i + 5 > r->len || b[i + 1] != 'i' ||
		    memcmp(b + i - 2, "rovider", 7) || (b[i - 3] | 0x20) != 'p' ||
		    (i > 3 && code_name_byte(b[i - 4])) ||
		    !(w = field_provider(c, b, r->len, i + 5, &ws, &we)))
			continue;
		n++;
		r->provider = w;
		if (read_at(r, w, we - ws, ws) < 0)
			return -1;
	}
	return 0;
}

/* Reads b[from..to) for the provider p's name, one of the file's
 * CONTEXT_WORDS providers, counting the place in *lines. */
static int read_provider(struct spot_reader *r, const char **words, size_t *nwords,
			 const char *p, size_t from, size_t to, size_t *lines)
{
	size_t j;

	for (j = 0; j < *nwords && strcmp(words[j], p); j++)
		;
	if (j == *nwords && *nwords == CONTEXT_WORDS)
		return 0;
	if (j == *nwords)
		words[(*nwords)++] = p;
	++*lines;
	return read_word(r, p, from, to);
}

int kh_shape_context(const struct kh_provider_names *c, const unsigned char *b,
		     size_t len, const struct kh_keyword_hits *hits, const char *path,
		     int encoded, struct kh_layer *l)
{
	struct spot_reader r;
	const char *words[CONTEXT_WORDS], *stem, *base;
	struct kh_hit_walk w;
	size_t nwords = 0, j, at, lines = 0, done = 0;
	uint32_t ri;
	int in_c;

	r.l = l;
	r.b = b;
	r.len = len;
	r.ndone = r.nspots = 0;
	r.provider = r.resource = NULL;
	r.far = r.field = r.holder = r.head = r.pairs = r.bare = 0;
	/* (the file's name once, for its stem and its extension) */
	base = path ? strrchr(path, '/') : NULL;
	base = base ? base + 1 : path;
	stem = len <= CONTEXT_FILE_MAX ? stem_provider(c, base) : NULL;

	if (stem) { /* the file's name: everywhere the text spells it */
		words[nwords++] = stem;
		if (read_file_word(&r, stem) < 0)
			return -1;
	}
	for (kh_hits_begin(&w, hits, b, len);
	     lines < CONTEXT_SPOTS && kh_hits_next(&w, &ri, &at);) {
		const char *p;
		size_t n, e;

		if (at < done)
			continue;
		if (ri == KH_EVERY_RULE) { /* the names the line spells, as far as read */
			e = at + CONTEXT_LINE_MAX < len ? at + CONTEXT_LINE_MAX : len;
			for (j = at; j < e && b[j] != '\n' && lines < CONTEXT_SPOTS; j++)
				if ((p = spoken_at(c, b, len, j)) &&
				    read_provider(&r, words, &nwords, p, j, j + strlen(p),
						  &lines) < 0)
					return -1;
			continue;
		}
		if (!c->rule_keywords[ri][1] || !names_at(c, ri, b, at))
			continue;
		/* the provider's name in the keyword that ends at b[at] */
		p = c->rs->v[ri].provider;
		n = strlen(p);
		if (read_provider(&r, words, &nwords, p, at > n + 16 ? at - n - 16 : 0,
				  at + n + 1 < len ? at + n + 1 : len, &lines) < 0)
			return -1;
		done = at + n + 1; /* the other hits there: read */
	}
	/* (asked once: a path's extension against seven, a file's cost) */
	in_c = c_source(base);
	if (!in_c && read_provider_fields(&r, c) < 0)
		return -1;
	/* (not in C: a kernel's or a driver's sources name providers in
	 * every other struct, and its maps of keys stand on their keyword's
	 * line: {"steam", "…"}) */
	for (j = 0; len <= CONTEXT_FILE_MAX && !in_c && j < nwords; j++)
		if (words[j] != stem && read_far_pairs(&r, words[j]) < 0)
			return -1;
	if (stem && !prose_path(path) && read_named_file(&r, stem) < 0)
		return -1;
	if (!stem && r.resource && len <= CONTEXT_FILE_MAX &&
	    !(path && prose_path(path)) && read_named_file(&r, r.resource) < 0)
		return -1;
	/* base64 under a name that says nothing, in a file of one provider */
	if (encoded && (stem || nwords == 1) &&
	    read_base64_names(&r, stem ? stem : words[0]) < 0)
		return -1;
	return 0;
}
