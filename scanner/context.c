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
 * the layer as `<provider>_api_key = "value"`: the provider's own rules
 * and the generic ones judge it there as if it had been written so, their
 * formats and placeholder checks and all. A name in a path alone, or a
 * weak name with no provider spelled by it, is no context.
 */
#include "context.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "rules.h"
#include "shape.h"
#include "util.h"

#define CONTEXT_WORDS	 4  /* providers a file is searched for */
#define CONTEXT_SPOTS	 32 /* places a provider's name is read at, a file */
#define CONTEXT_BLOCK	 6  /* lines below an opening line read */
#define CONTEXT_WORD_MIN 4
#define CONTEXT_WORD_MAX 24
#define CONTEXT_LINE_MAX 512
#define CONTEXT_FILE_MAX (64 << 10) /* larger: its name is no context */

static unsigned char lower(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

static int letter_or_digit(unsigned char c)
{
	return (unsigned)((c | 0x20) - 'a') < 26 || (unsigned)(c - '0') < 10;
}

static int name_byte(unsigned char c)
{
	return letter_or_digit(c) || c == '_' || c == '-';
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

/* Whether the keyword k holds the word p, case aside. */
static int keyword_names(const char *k, const char *p)
{
	size_t n = strlen(p);

	while (*k && strncasecmp(k, p, n))
		k++;
	return *k != 0;
}

void kh_provider_names_free(struct kh_provider_names *c)
{
	if (!c)
		return;
	free(c->providers);
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
	c->name_keywords = malloc((all + 1) * sizeof(*c->name_keywords));
	c->rule_keywords = calloc(rs->n + 1, sizeof(*c->rule_keywords));
	if (!c->providers || !c->name_keywords || !c->rule_keywords) {
		kh_provider_names_free(c);
		return NULL;
	}
	for (i = 0; i < rs->n; i++) {
		const struct kh_rule *r = &rs->v[i];

		if (!word_name(r->provider))
			continue;
		c->providers[n++] = r->provider;
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
	}
	qsort(c->providers, n, sizeof(*c->providers), cmp_name);
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
		    lower(b[at + 1 - k->n]) == lower((unsigned char)k->k[0]) &&
		    !strncasecmp((const char *)b + at + 1 - k->n, k->k, k->n))
			return 1;
	return 0;
}

/* The provider whose name the file's name is before its first dot
 * (zoom.go, paypal.nix, googlechat.json), or NULL. */
static const char *stem_provider(const struct kh_provider_names *c, const char *path)
{
	char stem[CONTEXT_WORD_MAX + 1], *key = stem;
	const char *base = path, *p, **hit;
	size_t n = 0;

	if (!path)
		return NULL;
	if ((p = strrchr(base, '/')))
		base = p + 1; /* (an archive's member after '!': no stem) */
	if ((unsigned)(lower((unsigned char)base[0]) - 'a') >= 26 ||
	    (unsigned)(lower((unsigned char)base[1]) - 'a') >= 26)
		return NULL;
	n = two_letters(lower((unsigned char)base[0]), lower((unsigned char)base[1]));
	if (!(c->first_two[n / 8] & (1u << (n % 8))))
		return NULL;
	n = 0;
	for (p = base; *p && *p != '.'; p++) {
		if (n == CONTEXT_WORD_MAX || !letter_or_digit((unsigned char)*p))
			return NULL;
		stem[n++] = (char)lower((unsigned char)*p);
	}
	if (n < CONTEXT_WORD_MIN)
		return NULL;
	stem[n] = 0;
	hit = bsearch(&key, c->providers, c->nproviders, sizeof(*c->providers), cmp_name);
	return hit ? *hit : NULL;
}

/* ---- reading around a provider's name ----------------------------------- */

struct spot_reader {
	struct kh_layer *l;
	const unsigned char *b;
	size_t len;
	size_t done[CONTEXT_SPOTS]; /* values put already (their starts) */
	size_t ndone;
	size_t nspots; /* places read */
};

static size_t end_of_line(const unsigned char *b, size_t len, size_t i)
{
	const unsigned char *nl = memchr(b + i, '\n', len - i);
	size_t e = nl ? (size_t)(nl - b) : len;

	return e > i && b[e - 1] == '\r' ? e - 1 : e;
}

static size_t blanks(const unsigned char *b, size_t i, size_t e)
{
	while (i < e && (b[i] == ' ' || b[i] == '\t'))
		i++;
	return i;
}

/* The separator at b[i] (`:`, `=`, `:=`, `=>`, `->`, ` to `): where the value may
 * start after it, or 0. */
static size_t separator(const unsigned char *b, size_t i, size_t e)
{
	if (i + 1 < e &&
	    ((b[i] == '-' && b[i + 1] == '>') || (b[i] == '=' && b[i + 1] == '>') ||
	     (b[i] == ':' && b[i + 1] == '=')))
		return blanks(b, i + 2, e);
	if (i < e && (b[i] == ':' || b[i] == '=') && !(i + 1 < e && b[i + 1] == b[i]))
		return blanks(b, i + 1, e);
	if (i + 3 < e && b[i] == 't' && b[i + 1] == 'o' &&
	    b[i + 2] == ' ') /* Kotlin's pair */
		return blanks(b, i + 3, e);
	return 0;
}

/* The value at b[i]: a quoted string on the line, or (bare) a run of
 * value bytes that ends the line or a flow item. 0 when none. */
static int value_at(const unsigned char *b, size_t i, size_t e, size_t *vs, size_t *ve)
{
	size_t k;

	if (i >= e)
		return 0;
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
	if (k == i || (blanks(b, k, e) < e && !strchr(",;}]#", b[blanks(b, k, e)])))
		return 0;
	*vs = i;
	*ve = k;
	return 1;
}

/* Whether b[s..e) is a weak name: one that holds a credential in a
 * provider's context and says nothing alone. A name that says credential
 * (apiKey, token, secret) is the other readers', with their checks (the
 * id of a pair: an exchange's apiKey beside its secret); `value` is
 * refused: its name stands elsewhere (<add key="FolderId" value=...>). */
static int weak_name(const unsigned char *b, size_t s, size_t e)
{
	static const char *const weak[] = { "key", "keys", "auth" };
	size_t i, n = e - s;

	for (i = 0; i < sizeof(weak) / sizeof(weak[0]); i++)
		if (strlen(weak[i]) == n && !strncasecmp((const char *)b + s, weak[i], n))
			return 1;
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

/* Puts the value b[vs..ve) as `<provider>_api_key`, its name the
 * provider's spelling at b[ws..we); once a value. */
static int put_value(struct spot_reader *r, size_t ws, size_t we, size_t vs, size_t ve)
{
	size_t i;

	if (!key_look(r->b, vs, ve))
		return 0;
	for (i = 0; i < r->ndone; i++)
		if (r->done[i] == vs)
			return 0;
	if (r->ndone == CONTEXT_SPOTS)
		return 0;
	r->done[r->ndone++] = vs;
	return kh_shape_emit_as(r->l, r->b, ws, we, "_api_key", vs, ve);
}

/* Every weak name's value on b[s..e): `key: "..."`, `"key": "..."`,
 * `Key = "..."`, `.key = "..."`; none on an XML element's line. */
static int weak_pairs(struct spot_reader *r, size_t ws, size_t we, size_t s, size_t e)
{
	const unsigned char *b = r->b;
	size_t i = s, ns, ne, vs, ve, k;

	if (blanks(b, s, e) < e && b[blanks(b, s, e)] == '<')
		return 0; /* XML: an attribute `key` holds a name (<add key=...>) */
	while (i < e) {
		if (!letter_or_digit(b[i]) || (i > s && name_byte(b[i - 1]))) {
			i++;
			continue;
		}
		for (ns = i, ne = i; ne < e && name_byte(b[ne]); ne++)
			;
		i = ne;
		k = ne < e && (b[ne] == '"' || b[ne] == '\'') && ns > 0 &&
				    b[ns - 1] == b[ne]
			    ? ne + 1
			    : ne;
		if (!weak_name(b, ns, ne) || (ns > 0 && b[ns - 1] == '$'))
			continue;
		k = separator(b, blanks(b, k, e), e);
		if (k && value_at(b, k, e, &vs, &ve) && put_value(r, ws, we, vs, ve) < 0)
			return -1;
	}
	return 0;
}

/* The indent of the line at ls. */
static size_t indent_of(const unsigned char *b, size_t ls, size_t le)
{
	return blanks(b, ls, le) - ls;
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
	int opens;

	if (le - ls > CONTEXT_LINE_MAX)
		return 0;
	/* the name itself, whole and given a value */
	if (ws == ls || !name_byte(b[ws - 1])) {
		if (k < le && (b[k] == '"' || b[k] == '\'') && ws > ls &&
		    b[ws - 1] == b[k])
			k++;
		if (k == we || k >= le || !name_byte(b[k])) {
			size_t v = separator(b, blanks(b, k, le), le);

			if (v && value_at(b, v, le, &vs, &ve) &&
			    put_value(r, ws, we, vs, ve) < 0)
				return -1;
		}
	}
	/* a call's argument, a tuple's element, a flag's value (shape.c) */
	if (kh_shape_spot_value(b, ls, le, ws, we, &vs, &ve) &&
	    put_value(r, ws, we, vs, ve) < 0)
		return -1;
	if (weak_pairs(r, ws, we, ls, le) < 0)
		return -1;
	/* the block the line opens: its last byte `{`, `(` or `:`, or an INI
	 * section's header */
	for (last = le; last > ls && (b[last - 1] == ' ' || b[last - 1] == '\t'); last--)
		;
	if (last == ls)
		return 0;
	at = blanks(b, ls, le);
	opens = b[last - 1] == '{' || b[last - 1] == '(' || b[last - 1] == ':' ||
		(b[at] == '[' && b[last - 1] == ']');
	if (!opens)
		return 0;
	in = indent_of(b, ls, le);
	for (at = le, lines = 0; at < r->len && lines < CONTEXT_BLOCK; lines++) {
		size_t s, e, first;

		while (at < r->len && (b[at] == '\n' || b[at] == '\r'))
			at++;
		if (at >= r->len)
			break;
		s = at;
		e = end_of_line(b, r->len, s);
		at = e;
		if (e - s > CONTEXT_LINE_MAX)
			break;
		/* the block ends: a closer, a new section, a line no deeper (YAML) */
		first = blanks(b, s, e);
		if (first < e && (b[first] == '}' || b[first] == ')' || b[first] == '['))
			break;
		if (b[last - 1] == ':' && indent_of(b, s, e) <= in)
			break;
		if (weak_pairs(r, ws, we, s, e) < 0)
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

	if (i + n > len || (i > 0 && letter_or_digit(b[i - 1])))
		return 0;
	for (j = 0; j < n; j++)
		if (lower(b[i + j]) != (unsigned char)w[j])
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
	return read_spot(r, ls, end_of_line(b, r->len, i), i, i + n);
}

/* Reads each place in b[from..to) where w is spelled. */
static int read_word(struct spot_reader *r, const char *w, size_t from, size_t to)
{
	const unsigned char *b = r->b;
	size_t n = strlen(w), i;

	for (i = from; i + n <= to && r->ndone < CONTEXT_SPOTS; i++)
		if (lower(b[i]) == (unsigned char)w[0] && read_at(r, w, n, i) < 0)
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

int kh_shape_context(const struct kh_provider_names *c, const unsigned char *b,
		     size_t len, const struct kh_keyword_hits *hits, const char *path,
		     struct kh_layer *l)
{
	struct spot_reader r;
	const char *words[CONTEXT_WORDS], *stem;
	size_t nwords = 0, i, j, lines = 0, done = 0;

	r.l = l;
	r.b = b;
	r.len = len;
	r.ndone = r.nspots = 0;
	stem = len <= CONTEXT_FILE_MAX ? stem_provider(c, path) : NULL;

	if (stem) { /* the file's name: everywhere the text spells it */
		words[nwords++] = stem;
		if (read_file_word(&r, stem) < 0)
			return -1;
	}
	for (i = 0; !hits->overflow && i < hits->n && lines < CONTEXT_SPOTS; i++) {
		const struct kh_rule *rule;
		size_t at = hits->pos[i], n;

		if (!c->rule_keywords[hits->rule[i]][1] || at < done || at >= len ||
		    !names_at(c, hits->rule[i], b, at))
			continue;
		rule = &c->rs->v[hits->rule[i]];
		for (j = 0; j < nwords && strcmp(words[j], rule->provider); j++)
			;
		if (j == nwords && nwords == CONTEXT_WORDS)
			continue;
		if (j == nwords)
			words[nwords++] = rule->provider;
		/* the provider's name in the keyword that ends at b[at] */
		n = strlen(rule->provider);
		if (read_word(&r, rule->provider, at > n + 16 ? at - n - 16 : 0,
			      at + n + 1 < len ? at + n + 1 : len) < 0)
			return -1;
		lines++;
		done = at + n + 1; /* the other hits there: read */
	}
	return 0;
}
