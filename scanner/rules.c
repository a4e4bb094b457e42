#include "rules.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cjson/cJSON.h>

#include "pair.h"
#include "path_rules.h"
#include "util.h"
#include "verify.h"
#include "verify_spec.h"

#define DEFAULT_MAX_SPAN 1024 /* bytes between a keyword and its match */

const char *kh_severity_name(enum kh_severity s)
{
	static const char *names[] = { "low", "medium", "high", "critical" };

	return (unsigned)s < 4 ? names[s] : "unknown";
}

int kh_severity_parse(const char *s, enum kh_severity *out)
{
	static const char *names[] = { "low", "medium", "high", "critical" };
	int i;

	for (i = 0; i < 4; i++) {
		if (!strcmp(s, names[i])) {
			*out = (enum kh_severity)i;
			return 0;
		}
	}
	return -1;
}

static void rule_release(struct kh_rule *r)
{
	size_t i;

	kh_vspec_free(r->vspec);
	kh_partner_spec_free(r->partner);
	pcre2_code_free(r->code);
	if (r->image) {
		memset(r, 0, sizeof(*r)); /* the rest is the image's */
		return;
	}
	free(r->id);
	free(r->description);
	free(r->remediation);
	free(r->provider);
	free(r->source_file);
	free(r->regex);
	for (i = 0; i < r->nkeywords; i++)
		free(r->keywords[i]);
	free(r->keywords);
	for (i = 0; i < r->npaths; i++)
		free(r->paths[i]);
	free(r->paths);
	free(r->validator_name);
	free(r->verifier);
	free(r->match_holds);
	free(r->match_contains);
	free(r->match_starts);
	for (i = 0; i < r->nexamples; i++) {
		free(r->examples[i].text);
		free(r->examples[i].path);
		free(r->examples[i].secret);
	}
	free(r->examples);
	for (i = 0; i < r->nnegatives; i++) {
		free(r->negatives[i].text);
		free(r->negatives[i].path);
		free(r->negatives[i].secret);
	}
	free(r->negatives);
	memset(r, 0, sizeof(*r));
}

void kh_ruleset_release(struct kh_ruleset *rs)
{
	size_t i;

	if (!rs)
		return;
	for (i = 0; i < rs->n; i++)
		rule_release(&rs->v[i]);
	free(rs->v);
	free(rs->index);
	free(rs->image_lists);
	rs->image_lists = NULL;
	rs->v = NULL;
	rs->n = 0;
	rs->index = NULL;
	rs->index_cap = 0;
}

/* Copies the string member `key` of obj; NULL when absent or not a string. */
static char *get_string(const cJSON *obj, const char *key)
{
	const cJSON *it = cJSON_GetObjectItemCaseSensitive(obj, key);

	return cJSON_IsString(it) && it->valuestring ? strdup(it->valuestring) : NULL;
}

static int load_examples(const cJSON *arr, struct kh_example **out, size_t *n,
			 const char *what, const char *origin, const char *id, char *err,
			 size_t errlen)
{
	const cJSON *it;
	size_t i = 0, count;

	*out = NULL;
	*n = 0;
	if (!arr)
		return 0;
	if (!cJSON_IsArray(arr))
		return kh_errf(err, errlen, "%s: rule %s: \"%s\" must be a list", origin,
			       id, what);
	count = (size_t)cJSON_GetArraySize(arr);
	if (!count)
		return 0;
	*out = calloc(count, sizeof(**out));
	if (!*out)
		return kh_errf(err, errlen, "%s: out of memory", origin);
	cJSON_ArrayForEach (it, arr) {
		struct kh_example *ex = &(*out)[i++];

		*n = i;
		if (cJSON_IsString(it)) {
			ex->text = strdup(it->valuestring);
		} else if (cJSON_IsObject(it)) {
			ex->text = get_string(it, "text");
			ex->path = get_string(it, "path");
			ex->secret = get_string(it, "secret");
		}
		if (!ex->text)
			return kh_errf(
				err, errlen,
				"%s: rule %s: %s entry %zu needs a \"text\" string",
				origin, id, what, i);
	}
	return 0;
}

/* r->trigger_kind (rules.h) from its provider and keywords. */
static void set_trigger_kind(struct kh_rule *r)
{
	size_t i;

	if (!r->provider)
		return; /* (load_rule: set once the provider is) */
	r->trigger_kind = kh_rule_is_generic(r) ? 2 : r->nkeywords > 0;
	for (i = 0; i < r->nkeywords && r->trigger_kind == 1; i++) {
		const char *k = r->keywords[i];

		if (!k[0] || !k[1] || !k[2] || !k[3])
			r->trigger_kind = 0;
	}
}

/* Appends keyword k to r unless r has it already (case aside unless the
 * rule matches case, as the prefilter compares). Returns 0, or -1 when out
 * of memory. */
static int push_keyword(struct kh_rule *r, const char *k)
{
	size_t i;

	for (i = 0; i < r->nkeywords; i++)
		if (r->keywords_match_case ? !strcmp(r->keywords[i], k)
					   : !strcasecmp(r->keywords[i], k))
			return 0;
	if (!(r->keywords[r->nkeywords] = strdup(k)))
		return -1;
	r->nkeywords++;
	set_trigger_kind(r);
	return 0;
}

/*
 * Adds keyword k and the other spellings of a name it joins with '_' or
 * '-' inside: "resend_api" also wakes the rule on "resend-api" and on
 * "resendApi"/"RESENDAPI" (the prefilter ignores case), so rule files list
 * a name once. Separators at the ends ("amplitude_") say a name goes on,
 * and stay. Returns 0, or -1 when out of memory.
 */
static int add_keyword(struct kh_rule *r, const char *k)
{
	static const char spellings[] = { '_', '-', 0 };
	size_t n = strlen(k), i, j, s;
	char *v;
	int rc = 0;

	if (push_keyword(r, k) < 0)
		return -1;
	if (!(v = malloc(n + 1)))
		return -1;
	for (s = 0; s < sizeof(spellings) && rc == 0; s++) {
		for (i = j = 0; i < n; i++) {
			int inner = (k[i] == '_' || k[i] == '-') && i > 0 && i + 1 < n &&
				    isalnum((unsigned char)k[i - 1]) &&
				    isalnum((unsigned char)k[i + 1]);

			if (!inner)
				v[j++] = k[i];
			else if (spellings[s])
				v[j++] = spellings[s];
		}
		v[j] = 0;
		if (j != n || strcmp(v, k))
			rc = push_keyword(r, v);
	}
	free(v);
	return rc;
}

static int load_keywords(const cJSON *arr, struct kh_rule *r, const char *origin,
			 char *err, size_t errlen)
{
	const cJSON *it;
	size_t count;

	if (!cJSON_IsArray(arr))
		return kh_errf(err, errlen,
			       "%s: rule %s: \"keywords\" must be a list of strings",
			       origin, r->id);
	count = (size_t)cJSON_GetArraySize(arr);
	/* room for each keyword and its spellings (add_keyword) */
	r->keywords = calloc(count ? 4 * count : 1, sizeof(char *));
	if (!r->keywords)
		return kh_errf(err, errlen, "%s: out of memory", origin);
	cJSON_ArrayForEach (it, arr) {
		if (!cJSON_IsString(it) || !it->valuestring[0])
			return kh_errf(err, errlen,
				       "%s: rule %s: keywords must be non-empty strings",
				       origin, r->id);
		if (add_keyword(r, it->valuestring) < 0)
			return kh_errf(err, errlen, "%s: out of memory", origin);
	}
	return 0;
}

/* A rule's "paths": globs of the files it runs on (path_rules.h). */
static int load_paths(const cJSON *arr, struct kh_rule *r, const char *origin, char *err,
		      size_t errlen)
{
	const cJSON *it;
	size_t count;

	if (!arr)
		return 0;
	if (!cJSON_IsArray(arr) || !(count = (size_t)cJSON_GetArraySize(arr)))
		return kh_errf(err, errlen,
			       "%s: rule %s: \"paths\" must be a non-empty list of globs",
			       origin, r->id);
	if (!(r->paths = calloc(count, sizeof(char *))))
		return kh_errf(err, errlen, "%s: out of memory", origin);
	cJSON_ArrayForEach (it, arr) {
		char why[160];

		if (!cJSON_IsString(it))
			return kh_errf(err, errlen,
				       "%s: rule %s: \"paths\" entry %zu is not a string",
				       origin, r->id, r->npaths + 1);
		if (kh_path_glob_check(it->valuestring, why, sizeof(why)) < 0)
			return kh_errf(err, errlen,
				       "%s: rule %s: \"paths\" entry %zu: %s", origin,
				       r->id, r->npaths + 1, why);
		if (!(r->paths[r->npaths] = strdup(it->valuestring)))
			return kh_errf(err, errlen, "%s: out of memory", origin);
		r->npaths++;
	}
	return 0;
}

/* 1 when s is one or more runs of [a-z0-9] joined by single '-'
 * (min_parts runs at least). */
static int is_slug(const char *s, int min_parts)
{
	int parts = 0;

	while (*s) {
		size_t n = strspn(s, "abcdefghijklmnopqrstuvwxyz0123456789");

		if (!n)
			return 0;
		parts++;
		s += n;
		if (*s == '-' && s[1])
			s++;
		else if (*s)
			return 0;
	}
	return parts >= min_parts;
}

/* A typo in a field name would otherwise drop the field without a word
 * (a misspelt "min_entropy" is a noisier rule, a misspelt "validator" a
 * weaker one). "verify" is checked by the verifier, not here. */
static int check_fields(const cJSON *obj, const char *origin, const char *id, char *err,
			size_t errlen)
{
	static const char *known[] = {
		"id",
		"description",
		"severity",
		"keywords",
		"regex",
		"min_entropy",
		"max_span",
		"validator",
		"verifier",
		"verify",
		"partner",
		"placeholder_check",
		"remediation",
		"examples",
		"negative_examples",
		"keywords_match_case",
		"owns_prefix",
		"paths",
		"match_holds",
		"match_contains",
		"match_starts",
		"secret_encoding",
		"decoded_only",
	};
	const cJSON *it;
	size_t i;

	cJSON_ArrayForEach (it, obj) {
		for (i = 0; i < sizeof(known) / sizeof(known[0]); i++)
			if (!strcmp(it->string, known[i]))
				break;
		if (i == sizeof(known) / sizeof(known[0]))
			return kh_errf(err, errlen, "%s: rule %s: unknown field \"%s\"",
				       origin, id, it->string);
	}
	return 0;
}

/* r's "verify" block `it` (none: NULL) into r->vspec. */
static int parse_verify(struct kh_rule *r, const cJSON *it, const char *origin, char *err,
			size_t errlen)
{
	char why[200];

	if (it && kh_verify_spec_parse(it, r->regex, &r->vspec, why, sizeof(why)) < 0)
		return kh_errf(err, errlen, "%s: rule %s: verify: %s", origin, r->id,
			       why);
	return 0;
}

/* r's "partner" block `it` (none: NULL) into r->partner. */
static int parse_partner(struct kh_rule *r, const cJSON *it, const char *origin,
			 char *err, size_t errlen)
{
	char why[200];

	if (it && kh_partner_spec_parse(it, &r->partner, why, sizeof(why)) < 0)
		return kh_errf(err, errlen, "%s: rule %s: %s", origin, r->id, why);
	return 0;
}

/* "match_holds" and "match_contains" (field `name`, into *out): 1 to max
 * printable ASCII bytes (a NUL or a character of several bytes would make
 * the matcher's byte search miss). */
static int load_match_bytes(const cJSON *obj, const char *name, size_t max, char **out,
			    const struct kh_rule *r, const char *origin, char *err,
			    size_t errlen)
{
	const cJSON *it = cJSON_GetObjectItemCaseSensitive(obj, name);
	const char *p;

	if (!it)
		return 0;
	for (p = cJSON_IsString(it) ? it->valuestring : ""; *p; p++)
		if (*p < ' ' || *p > '~')
			break;
	if (!cJSON_IsString(it) || !*it->valuestring || *p ||
	    strlen(it->valuestring) > max)
		return kh_errf(err, errlen,
			       "%s: rule %s: \"%s\" must be 1 to %zu printable ASCII "
			       "characters",
			       origin, r->id, name, max);
	if (!(*out = strdup(it->valuestring)))
		return kh_errf(err, errlen, "%s: out of memory", origin);
	return 0;
}

/*
 * Reads "match_starts" ("N word word ...": N from 0 to 1024, up to
 * KH_START_WORDS words of lowercase letters and digits, one space apart,
 * the whole under 256 bytes) into r's starts_*. -1 when malformed.
 */
static int parse_match_starts(const char *text, struct kh_rule *r)
{
	const char *p = text;
	unsigned long n = 0;

	memset(r->starts_first, 0, sizeof(r->starts_first));
	r->starts_nwords = 0;
	if (!isdigit((unsigned char)*p) || strlen(text) > 255)
		return -1;
	while (isdigit((unsigned char)*p) && n <= 1024)
		n = n * 10 + (unsigned long)(*p++ - '0');
	while (n <= 1024 && r->starts_nwords < KH_START_WORDS && *p == ' ' &&
	       (islower((unsigned char)p[1]) || isdigit((unsigned char)p[1]))) {
		unsigned c = (unsigned char)*++p;

		r->starts_first[c / 64] |= 1ull << (c % 64);
		c = (unsigned char)toupper((int)c);
		r->starts_first[c / 64] |= 1ull << (c % 64);
		r->starts_at[r->starts_nwords] = (unsigned char)(p - text);
		while (islower((unsigned char)*p) || isdigit((unsigned char)*p))
			p++;
		r->starts_len[r->starts_nwords] =
			(unsigned char)(p - text - r->starts_at[r->starts_nwords]);
		r->starts_nwords++;
	}
	r->starts_within = n;
	return n <= 1024 && r->starts_nwords && !*p ? 0 : -1;
}

/* "match_starts" into r->match_starts, checked. */
static int load_match_starts(const cJSON *obj, struct kh_rule *r, const char *origin,
			     char *err, size_t errlen)
{
	const cJSON *it = cJSON_GetObjectItemCaseSensitive(obj, "match_starts");

	if (!it)
		return 0;
	if (!cJSON_IsString(it) || parse_match_starts(it->valuestring, r) < 0)
		return kh_errf(
			err, errlen,
			"%s: rule %s: \"match_starts\" must be a number of bytes "
			"from 0 to 1024 and 1 to %d words of lowercase letters and "
			"digits, one space apart",
			origin, r->id, KH_START_WORDS);
	if (!(r->match_starts = strdup(it->valuestring)))
		return kh_errf(err, errlen, "%s: out of memory", origin);
	return 0;
}

/* Fills r from one rule object; on error r may be partly filled. */
static int load_rule(const cJSON *obj, const char *provider, int have_provider,
		     const char *origin, struct kh_rule *r, char *err, size_t errlen)
{
	const cJSON *it;
	char *sev;
	size_t plen = strlen(provider);

	if (!cJSON_IsObject(obj))
		return kh_errf(err, errlen, "%s: every rule must be an object", origin);
	r->id = get_string(obj, "id");
	if (!r->id || !r->id[0])
		return kh_errf(err, errlen, "%s: a rule has no \"id\"", origin);
	/* ids name findings, fingerprints and rule: lines of .keyhoundignore:
	 * one spelling, <provider>-<kind>, lowercase */
	if (!is_slug(r->id, 2) ||
	    (have_provider && (strncmp(r->id, provider, plen) || r->id[plen] != '-')))
		return kh_errf(err, errlen,
			       "%s: rule %s: id must be lowercase '%s-<kind>' (letters, "
			       "digits and '-')",
			       origin, r->id, have_provider ? provider : "<provider>");
	if (check_fields(obj, origin, r->id, err, errlen) < 0)
		return -1;
	r->description = get_string(obj, "description");
	r->remediation = get_string(obj, "remediation");
	r->regex = get_string(obj, "regex");
	if (!r->description || !r->remediation || !r->regex)
		return kh_errf(err, errlen,
			       "%s: rule %s: \"description\", \"regex\" and "
			       "\"remediation\" are required strings",
			       origin, r->id);
	sev = get_string(obj, "severity");
	if (!sev || kh_severity_parse(sev, &r->severity) < 0) {
		free(sev);
		return kh_errf(
			err, errlen,
			"%s: rule %s: \"severity\" must be critical, high, medium or low",
			origin, r->id);
	}
	free(sev);
	/* a token's fixed prefix ("SK", "eyJ") in its case: in any case, short
	 * ones occur everywhere ("task", "disk") and wake the rule for nothing */
	it = cJSON_GetObjectItemCaseSensitive(obj, "keywords_match_case");
	if (it && !cJSON_IsBool(it))
		return kh_errf(
			err, errlen,
			"%s: rule %s: \"keywords_match_case\" must be true or false",
			origin, r->id);
	r->keywords_match_case = cJSON_IsTrue(it);
	it = cJSON_GetObjectItemCaseSensitive(obj, "decoded_only");
	if (it && !cJSON_IsBool(it))
		return kh_errf(err, errlen,
			       "%s: rule %s: \"decoded_only\" must be true or false",
			       origin, r->id);
	r->decoded_only = cJSON_IsTrue(it);
	if (load_keywords(cJSON_GetObjectItemCaseSensitive(obj, "keywords"), r, origin,
			  err, errlen) < 0 ||
	    load_paths(cJSON_GetObjectItemCaseSensitive(obj, "paths"), r, origin, err,
		       errlen) < 0)
		return -1;
	/* the fixed start of its tokens marks only them: the generic rule
	 * leaves a value so starting to it (kh_token_prefixes) */
	it = cJSON_GetObjectItemCaseSensitive(obj, "owns_prefix");
	if (it && !cJSON_IsBool(it))
		return kh_errf(err, errlen,
			       "%s: rule %s: \"owns_prefix\" must be true or false",
			       origin, r->id);
	if (cJSON_IsTrue(it)) {
		char tmp[16][KH_TOKEN_PREFIX_MAX + 1];

		if (!kh_rule_token_prefixes(r, tmp, 16))
			return kh_errf(
				err, errlen,
				"%s: rule %s: \"owns_prefix\": the regex starts its "
				"secret with no fixed text that holds a keyword",
				origin, r->id);
	}
	it = cJSON_GetObjectItemCaseSensitive(obj, "min_entropy");
	if (it && (!cJSON_IsNumber(it) || it->valuedouble < 0 || it->valuedouble > 8))
		return kh_errf(
			err, errlen,
			"%s: rule %s: \"min_entropy\" must be a number from 0 to 8",
			origin, r->id);
	r->min_entropy = it ? it->valuedouble : 0;
	it = cJSON_GetObjectItemCaseSensitive(obj, "max_span");
	if (it &&
	    (!cJSON_IsNumber(it) || it->valuedouble < 0 || it->valuedouble > 1 << 20))
		return kh_errf(err, errlen,
			       "%s: rule %s: \"max_span\" must be a number of bytes from "
			       "0 to 1048576",
			       origin, r->id);
	r->max_span = it ? (size_t)it->valuedouble : DEFAULT_MAX_SPAN;
	if (load_match_bytes(obj, "match_holds", 8, &r->match_holds, r, origin, err,
			     errlen) < 0 ||
	    load_match_bytes(obj, "match_contains", 32, &r->match_contains, r, origin,
			     err, errlen) < 0 ||
	    load_match_starts(obj, r, origin, err, errlen) < 0)
		return -1;
	it = cJSON_GetObjectItemCaseSensitive(obj, "placeholder_check");
	if (cJSON_IsString(it) && !strcmp(it->valuestring, "passwords"))
		r->placeholder_check = KH_PLACEHOLDERS_PASSWORDS;
	else if (it && !cJSON_IsBool(it))
		return kh_errf(
			err, errlen,
			"%s: rule %s: \"placeholder_check\" must be true, false or "
			"\"passwords\"",
			origin, r->id);
	else
		r->placeholder_check = it && cJSON_IsFalse(it) ? KH_PLACEHOLDERS_OFF
							       : KH_PLACEHOLDERS_ON;
	it = cJSON_GetObjectItemCaseSensitive(obj, "secret_encoding");
	if (it && !(cJSON_IsString(it) && !strcmp(it->valuestring, "percent")))
		return kh_errf(err, errlen,
			       "%s: rule %s: \"secret_encoding\" must be \"percent\"",
			       origin, r->id);
	r->secret_percent = it != NULL;
	r->validator_name = get_string(obj, "validator");
	if (r->validator_name) {
		r->validator = kh_validator_find(r->validator_name);
		if (!r->validator)
			return kh_errf(err, errlen,
				       "%s: rule %s: unknown validator \"%s\"", origin,
				       r->id, r->validator_name);
	}
	r->verifier = get_string(obj, "verifier");
	if (r->verifier && !kh_verifier_find(r->verifier))
		return kh_errf(err, errlen, "%s: rule %s: unknown verifier \"%s\"",
			       origin, r->id, r->verifier);
	it = cJSON_GetObjectItemCaseSensitive(obj, "verify");
	if (it && r->verifier)
		return kh_errf(err, errlen,
			       "%s: rule %s: \"verify\" and \"verifier\" exclude "
			       "each other",
			       origin, r->id);
	if (parse_verify(r, it, origin, err, errlen) < 0 ||
	    parse_partner(r, cJSON_GetObjectItemCaseSensitive(obj, "partner"), origin,
			  err, errlen) < 0)
		return -1;
	r->provider = strdup(provider);
	r->source_file = strdup(origin);
	if (!r->provider || !r->source_file)
		return kh_errf(err, errlen, "%s: out of memory", origin);
	set_trigger_kind(r);
	if (load_examples(cJSON_GetObjectItemCaseSensitive(obj, "examples"), &r->examples,
			  &r->nexamples, "examples", origin, r->id, err, errlen) < 0)
		return -1;
	return load_examples(cJSON_GetObjectItemCaseSensitive(obj, "negative_examples"),
			     &r->negatives, &r->nnegatives, "negative_examples", origin,
			     r->id, err, errlen);
}

static size_t id_hash(const char *id)
{
	size_t h = 14695981039346656037ULL;

	while (*id)
		h = (h ^ (unsigned char)*id++) * 1099511628211ULL;
	return h;
}

/* Makes rs->index anew for rs->v[0..n); without memory, no index (lookups
 * then compare every id: slower, as correct). */
static void index_rebuild(struct kh_ruleset *rs)
{
	size_t cap = 64, i;

	free(rs->index);
	rs->index = NULL;
	rs->index_cap = 0;
	while (cap < 2 * rs->n + 2)
		cap *= 2;
	if (!rs->n || !(rs->index = calloc(cap, sizeof(*rs->index))))
		return;
	rs->index_cap = cap;
	for (i = 0; i < rs->n; i++) {
		size_t h = id_hash(rs->v[i].id) & (cap - 1);

		while (rs->index[h])
			h = (h + 1) & (cap - 1);
		rs->index[h] = i + 1;
	}
}

int kh_rule_is_generic(const struct kh_rule *r)
{
	return !strcmp(r->provider, "generic");
}

int kh_rule_kind_only(const struct kh_rule *r)
{
	return kh_rule_is_generic(r) || r->npaths;
}

int kh_rule_needs_words(const struct kh_rule *r)
{
	return r->named_value || kh_rule_is_generic(r);
}

int kh_rule_rank(const struct kh_rule *r)
{
	return kh_rule_is_generic(r) ? 2 : r->npaths ? 1 : 0;
}

/* The literal alternatives of one unit of a regex at *p (a character, an
 * escaped mark, a small class, a group of literal alternatives) into alt
 * (up to 8, each at most KH_TOKEN_PREFIX_MAX bytes); advances *p. Returns
 * how many, or 0 when the unit is anything else. */
static size_t literal_unit(const char **p, char (*alt)[KH_TOKEN_PREFIX_MAX + 1])
{
	const char *s = *p;
	size_t n = 0, len = 0;

	if (*s == '\\' && s[1] && !isalnum((unsigned char)s[1]) && s[1] != '\\') {
		alt[0][0] = s[1], alt[0][1] = '\0';
		*p = s + 2;
		return 1;
	}
	if (*s == '[') {
		for (s++; *s && *s != ']' && n < 8; s++) {
			if (*s == '\\' || *s == '^' || *s == '-' || *s == '[')
				return 0;
			alt[n][0] = *s, alt[n++][1] = '\0';
		}
		if (*s != ']' || !n)
			return 0;
		*p = s + 1;
		return n;
	}
	if (!strncmp(s, "(?:", 3)) {
		for (s += 3; n < 8; s++) {
			if (*s == '|' || *s == ')') {
				if (!len)
					return 0;
				alt[n++][len] = '\0';
				len = 0;
				if (*s == ')') {
					*p = s + 1;
					return n;
				}
				continue;
			}
			if (*s == '\\' && s[1] && !isalnum((unsigned char)s[1]))
				s++;
			else if (!*s || strchr("^$.?*+()[]{}\\", *s))
				return 0;
			if (len == KH_TOKEN_PREFIX_MAX)
				return 0;
			alt[n][len++] = *s;
		}
		return 0;
	}
	if (!*s || strchr("^$.|?*+()[]{}\\", *s))
		return 0;
	alt[0][0] = *s, alt[0][1] = '\0';
	*p = s + 1;
	return 1;
}

/* The end of the group that starts at p (past its ')'), or NULL when p
 * starts no group or it does not close. */
static const char *skip_group(const char *p)
{
	int depth = 0, in_class = 0;

	if (*p != '(')
		return NULL;
	for (; *p; p++) {
		if (*p == '\\' && p[1])
			p++;
		else if (in_class)
			in_class = *p != ']';
		else if (*p == '[')
			in_class = 1;
		else if (*p == '(')
			depth++;
		else if (*p == ')' && --depth == 0)
			return p + 1;
	}
	return NULL;
}

/* Whether one of r's keywords occurs in s (in its case when the rule
 * says so). */
static int holds_keyword(const struct kh_rule *r, const char *s)
{
	size_t k, i, n = strlen(s);

	for (k = 0; k < r->nkeywords; k++) {
		size_t m = strlen(r->keywords[k]);

		for (i = 0; m && i + m <= n; i++)
			if (r->keywords_match_case
				    ? !strncmp(s + i, r->keywords[k], m)
				    : !strncasecmp(s + i, r->keywords[k], m))
				return 1;
	}
	return 0;
}

size_t kh_rule_token_prefixes(const struct kh_rule *r,
			      char (*out)[KH_TOKEN_PREFIX_MAX + 1], size_t max)
{
	char have[16][KH_TOKEN_PREFIX_MAX + 1], alt[8][KH_TOKEN_PREFIX_MAX + 1];
	const char *p = r->regex;
	size_t nhave = 1, i, j, n = 0;

	if (!p || (r->provider && kh_rule_is_generic(r)))
		return 0;
	/* only a rule that takes its token anywhere, with no name or text
	 * before it, refuses a value by its format alone */
	while (!strncmp(p, "(?<!", 4) || !strncmp(p, "(?!", 3) || !strncmp(p, "(?=", 3))
		if (!(p = skip_group(p)))
			return 0;
	if (strncmp(p, "(?<secret>", 10))
		return 0;
	p += 10;
	have[0][0] = '\0';
	for (;;) {
		const char *at = p, *after = skip_group(p);
		size_t nalt, grown = 0;

		/* an optional group (GitLab's custom prefix): the text after it
		 * starts the values without it */
		if (after && *after == '?') {
			p = after + 1;
			continue;
		}
		nalt = literal_unit(&p, alt);
		char next[16][KH_TOKEN_PREFIX_MAX + 1];

		/* a unit that may be absent or repeated ends the fixed text */
		if (!nalt || *p == '?' || *p == '*' || *p == '{' || nhave * nalt > 16) {
			p = at;
			break;
		}
		for (i = 0; i < nhave; i++)
			for (j = 0; j < nalt; j++) {
				size_t a = strlen(have[i]), b = strlen(alt[j]);

				if (a + b > KH_TOKEN_PREFIX_MAX)
					goto done;
				memcpy(next[grown], have[i], a);
				memcpy(next[grown++] + a, alt[j], b + 1);
			}
		memcpy(have, next, grown * sizeof(have[0]));
		nhave = grown;
		if (*p == '+')
			break;
	}
done:
	for (i = 0; i < nhave && n < max; i++) {
		size_t len = strlen(have[i]);

		if ((len >= 4 || (len == 3 && !isalnum((unsigned char)have[i][2]))) &&
		    holds_keyword(r, have[i]))
			memcpy(out[n++], have[i], len + 1);
	}
	return n;
}

const struct kh_rule *kh_rule_find(const struct kh_ruleset *rs, const char *id)
{
	size_t i;

	if (rs->index) {
		for (i = id_hash(id) & (rs->index_cap - 1); rs->index[i];
		     i = (i + 1) & (rs->index_cap - 1))
			if (!strcmp(rs->v[rs->index[i] - 1].id, id))
				return &rs->v[rs->index[i] - 1];
		return NULL;
	}
	for (i = 0; i < rs->n; i++)
		if (!strcmp(rs->v[i].id, id))
			return &rs->v[i];
	return NULL;
}

/* Enters the last rule of rs->v into the index, rebuilding it when half
 * full. */
static void index_add_last(struct kh_ruleset *rs)
{
	size_t h;

	if (!rs->index || 2 * rs->n + 2 > rs->index_cap) {
		index_rebuild(rs);
		return;
	}
	h = id_hash(rs->v[rs->n - 1].id) & (rs->index_cap - 1);
	while (rs->index[h])
		h = (h + 1) & (rs->index_cap - 1);
	rs->index[h] = rs->n;
}

static struct kh_rule *find_rule(struct kh_ruleset *rs, const char *id)
{
	return (struct kh_rule *)kh_rule_find(rs, id);
}

/* 1 when a rule before `upto` in the list has this id (a file overrides
 * built-in rules by id, never its own). */
static int id_seen_before(const cJSON *rules, const cJSON *upto, const char *id)
{
	const cJSON *it;

	for (it = rules->child; it && it != upto; it = it->next) {
		const cJSON *o = cJSON_GetObjectItemCaseSensitive(it, "id");

		if (cJSON_IsString(o) && !strcmp(o->valuestring, id))
			return 1;
	}
	return 0;
}

/* The line of json that `at` (cJSON's error position) is on. */
static size_t error_line(const char *json, size_t len, const char *at)
{
	size_t line = 1;

	for (const char *p = json; at && p < at && p < json + len; p++)
		line += *p == '\n';
	return line;
}

/*
 * A rule file's list of entries ("public_formats", "secret_calls"): what
 * the loader of each checks alike. `what` names an entry in messages
 * ("public format"), `plural` many; fields[] the fields it may have,
 * field_ok() whether the i-th one has the right type; read() fills *entry
 * from entry k (from 1), checked for its fields, or says what is wrong.
 */
struct entry_list {
	const char *key, *what, *plural;
	const char *const *fields;
	int (*field_ok)(size_t i, const cJSON *v);
	int (*read)(const cJSON *it, size_t k, void *entry, const char *origin, char *err,
		    size_t errlen);
	size_t size; /* of one entry */
};

/*
 * Checks list (NULL: none) as l says, and fills out[0..*n) (at most max
 * entries; out NULL: checked only) with its entries. 0, or -1 with a
 * message naming origin, the list or the entry in err.
 */
static int load_entries(const struct entry_list *l, const cJSON *list, const char *origin,
			void *out, size_t max, size_t *n, char *err, size_t errlen)
{
	union {
		struct kh_public_format f;
		struct kh_secret_call c;
	} entry;
	const cJSON *it;
	size_t k = 0;

	if (n)
		*n = 0;
	if (!list)
		return 0;
	if (!cJSON_IsArray(list))
		return kh_errf(err, errlen, "%s: \"%s\" must be a list", origin, l->key);
	cJSON_ArrayForEach (it, list) {
		const cJSON *v;
		size_t i;

		k++;
		if (!cJSON_IsObject(it))
			return kh_errf(err, errlen, "%s: %s %zu: not an object", origin,
				       l->what, k);
		cJSON_ArrayForEach (v, it) {
			for (i = 0; l->fields[i] && strcmp(l->fields[i], v->string); i++)
				;
			if (!l->fields[i] || !l->field_ok(i, v))
				return kh_errf(err, errlen,
					       "%s: %s %zu: field \"%s\" is "
					       "unknown or of the wrong type",
					       origin, l->what, k, v->string);
		}
		memset(&entry, 0, sizeof(entry));
		if (l->read(it, k, &entry, origin, err, errlen) < 0)
			return -1;
		if (out && *n == max)
			return kh_errf(err, errlen, "%s: more than %zu %s", origin, max,
				       l->plural);
		if (out)
			memcpy((char *)out + (*n)++ * l->size, &entry, l->size);
	}
	return 0;
}

static const char *const public_bodies[] = { "any",	    "hex",  "alnum",
					     "upper_digit", "host", NULL };
static const char *const public_fields[] = { "provider", "what", "prefix", "suffix",
					     "length",	 "body", NULL };

/* "length" a number from 1 to 1024, the rest strings. */
static int public_field_ok(size_t i, const cJSON *v)
{
	return i == 4 ? cJSON_IsNumber(v) && v->valuedouble >= 1 && v->valuedouble <= 1024
		      : cJSON_IsString(v);
}

static int read_public_format(const cJSON *it, size_t k, void *entry, const char *origin,
			      char *err, size_t errlen)
{
	struct kh_public_format *f = entry;
	const cJSON *v;
	size_t i, fixed;

	v = cJSON_GetObjectItemCaseSensitive(it, "provider");
	if (!v || !cJSON_GetObjectItemCaseSensitive(it, "what"))
		return kh_errf(err, errlen,
			       "%s: public format %zu: \"provider\" and "
			       "\"what\" say whose format it is",
			       origin, k);
	v = cJSON_GetObjectItemCaseSensitive(it, "prefix");
	f->prefix = v ? v->valuestring : "";
	v = cJSON_GetObjectItemCaseSensitive(it, "suffix");
	f->suffix = v ? v->valuestring : "";
	v = cJSON_GetObjectItemCaseSensitive(it, "length");
	f->length = v ? (unsigned)v->valuedouble : 0;
	v = cJSON_GetObjectItemCaseSensitive(it, "body");
	for (i = 0; v && public_bodies[i] && strcmp(public_bodies[i], v->valuestring);
	     i++)
		;
	if (v && !public_bodies[i])
		return kh_errf(err, errlen,
			       "%s: public format %zu: \"body\" must be any, "
			       "hex, alnum, upper_digit or host",
			       origin, k);
	f->body = v ? (enum kh_public_body)i : KH_BODY_ANY;
	/* a format so loose that it would refuse secrets: fixed text of 4
	 * bytes, or 2 with a length and a body to check */
	fixed = strlen(f->prefix) + strlen(f->suffix);
	if (fixed < 2 || (fixed < 4 && (!f->length || f->body == KH_BODY_ANY)) ||
	    (f->length && f->length <= fixed))
		return kh_errf(err, errlen,
			       "%s: public format %zu: too little fixed text "
			       "(4 bytes, or 2 with a length and a body)",
			       origin, k);
	return 0;
}

/* Whether s is a callee's end a secret call may name: identifier bytes
 * joined by '.', "::", "->" or '\', an identifier's byte last. */
static int callee_text(const char *s)
{
	size_t n = strlen(s), i;

	if (n < 3 || n > 48 || !(isalnum((unsigned char)s[n - 1]) || s[n - 1] == '_'))
		return 0;
	for (i = 0; i < n; i++)
		if (!isalnum((unsigned char)s[i]) && !strchr("_.:>-\\$", s[i]))
			return 0;
	return 1;
}

/* A place among a call's arguments: 0..KH_CALL_ARG_MAX, KH_CALL_NONE when
 * absent; -1 when of the wrong type. */
static int call_place(const cJSON *v)
{
	if (!v)
		return KH_CALL_NONE;
	if (!cJSON_IsNumber(v) || v->valuedouble < 0 ||
	    v->valuedouble > KH_CALL_ARG_MAX || v->valuedouble != (int)v->valuedouble)
		return -1;
	return (int)v->valuedouble;
}

/* lib: whose call it is, for the reader (SOURCES-sdkcalls.md) */
static const char *const call_fields[] = { "call",    "arg",  "user", "most",
					   "keyword", "name", "lib",  NULL };

/* "arg", "user" and "most" numbers, the rest strings. */
static int call_field_ok(size_t i, const cJSON *v)
{
	return (i >= 1 && i <= 3) ? cJSON_IsNumber(v) : cJSON_IsString(v);
}

static int read_secret_call(const cJSON *it, size_t k, void *entry, const char *origin,
			    char *err, size_t errlen)
{
	struct kh_secret_call *c = entry;
	const cJSON *v;
	int arg, user, most;

	v = cJSON_GetObjectItemCaseSensitive(it, "call");
	if (!v || !callee_text(v->valuestring))
		return kh_errf(err, errlen,
			       "%s: secret call %zu: \"call\" must be a callee's "
			       "end (3 to 48 bytes of names joined by . :: -> or \\)",
			       origin, k);
	c->call = v->valuestring;
	c->n = (unsigned char)strlen(c->call);
	v = cJSON_GetObjectItemCaseSensitive(it, "name");
	if (!v || !v->valuestring[0] ||
	    strspn(v->valuestring, "abcdefghijklmnopqrstuvwxyz0123456789_") !=
		    strlen(v->valuestring) ||
	    strlen(v->valuestring) > 40)
		return kh_errf(err, errlen,
			       "%s: secret call %zu: \"name\" must be a lowercase "
			       "name joined by _ (login_password)",
			       origin, k);
	c->name = v->valuestring;
	v = cJSON_GetObjectItemCaseSensitive(it, "keyword");
	if (v && !callee_text(v->valuestring))
		return kh_errf(err, errlen,
			       "%s: secret call %zu: \"keyword\" must be an "
			       "argument's name",
			       origin, k);
	c->keyword = v ? v->valuestring : NULL;
	arg = call_place(cJSON_GetObjectItemCaseSensitive(it, "arg"));
	user = call_place(cJSON_GetObjectItemCaseSensitive(it, "user"));
	most = call_place(cJSON_GetObjectItemCaseSensitive(it, "most"));
	if (arg < 0 || user < 0 || most < 0 || (arg == KH_CALL_NONE && !c->keyword) ||
	    (user != KH_CALL_NONE && user == arg) ||
	    (most != KH_CALL_NONE && ((arg != KH_CALL_NONE && most <= arg) ||
				      (user != KH_CALL_NONE && most <= user))))
		return kh_errf(err, errlen,
			       "%s: secret call %zu: \"arg\" (or \"keyword\") "
			       "says where the secret is, \"user\" another place, "
			       "\"most\" a count past both (0 to %d)",
			       origin, k, KH_CALL_ARG_MAX);
	c->arg = (unsigned char)arg;
	c->user = (unsigned char)user;
	c->most = (unsigned char)most;
	return 0;
}

/* The lists, as load_entries() reads them. */
static const struct entry_list entry_lists[] = {
	{ "public_formats", "public format", "public formats", public_fields,
	  public_field_ok, read_public_format, sizeof(struct kh_public_format) },
	{ "secret_calls", "secret call", "secret calls", call_fields, call_field_ok,
	  read_secret_call, sizeof(struct kh_secret_call) },
};

int kh_public_formats_load(const cJSON *list, const char *origin,
			   struct kh_public_format *out, size_t max, size_t *n, char *err,
			   size_t errlen)
{
	return load_entries(&entry_lists[0], list, origin, out, max, n, err, errlen);
}

int kh_secret_calls_load(const cJSON *list, const char *origin,
			 struct kh_secret_call *out, size_t max, size_t *n, char *err,
			 size_t errlen)
{
	return load_entries(&entry_lists[1], list, origin, out, max, n, err, errlen);
}

/*
 * The keywords that wake the generic rule on a file's secret calls: each
 * call, lowercased, and its '(' (gis(, cx_oracle.connect(), unless one of
 * the rule's keywords is in it already. No generic rule loaded: none.
 */
static int secret_call_keywords(struct kh_ruleset *rs, const cJSON *list,
				const char *origin, char *err, size_t errlen)
{
	struct kh_rule *r = find_rule(rs, "generic-secret");
	const cJSON *it;
	char kw[64];
	size_t i, n;
	char **v;

	if (!r || !list)
		return 0;
	cJSON_ArrayForEach (it, list) {
		const char *call =
			cJSON_GetObjectItemCaseSensitive(it, "call")->valuestring;

		if (call[0] == '-' && call[1] == '>')
			call += 2; /* ->login: login */
		for (n = 0; call[n] && n + 2 < sizeof(kw); n++)
			kw[n] = (char)tolower((unsigned char)call[n]);
		kw[n++] = '(';
		kw[n] = 0;
		for (i = 0; i < r->nkeywords && !strcasestr(kw, r->keywords[i]); i++)
			;
		if (i < r->nkeywords)
			continue;
		v = realloc(r->keywords, (r->nkeywords + 2) * sizeof(*v));
		if (!v)
			return kh_errf(err, errlen, "%s: out of memory", origin);
		r->keywords = v;
		if (push_keyword(r, kw) < 0)
			return kh_errf(err, errlen, "%s: out of memory", origin);
		r->keywords[r->nkeywords] = NULL;
	}
	return 0;
}

/* Adds the rules of a parsed document (see kh_rules_load_json). */
static int load_doc(struct kh_ruleset *rs, const cJSON *doc, const char *origin,
		    char *err, size_t errlen)
{
	const cJSON *rules, *it;
	static const char dflt[] = "custom";
	const char *provider = dflt;

	rules = cJSON_GetObjectItemCaseSensitive(doc, "rules");
	if (!cJSON_IsObject(doc) || !cJSON_IsArray(rules))
		return kh_errf(err, errlen,
			       "%s: expected an object with a \"rules\" list", origin);
	cJSON_ArrayForEach (it, doc) {
		if (strcmp(it->string, "provider") && strcmp(it->string, "rules") &&
		    strcmp(it->string, "public_formats") &&
		    strcmp(it->string, "secret_calls"))
			return kh_errf(err, errlen,
				       "%s: unknown field \"%s\" (a rule file has "
				       "\"provider\", \"rules\", \"public_formats\" "
				       "and \"secret_calls\")",
				       origin, it->string);
	}
	if (kh_public_formats_load(
		    cJSON_GetObjectItemCaseSensitive(doc, "public_formats"), origin, NULL,
		    0, NULL, err, errlen) < 0 ||
	    kh_secret_calls_load(cJSON_GetObjectItemCaseSensitive(doc, "secret_calls"),
				 origin, NULL, 0, NULL, err, errlen) < 0)
		return -1;
	it = cJSON_GetObjectItemCaseSensitive(doc, "provider");
	if (it && (!cJSON_IsString(it) || !is_slug(it->valuestring, 1)))
		return kh_errf(err, errlen,
			       "%s: \"provider\" must be a lowercase name (letters and "
			       "digits)",
			       origin);
	if (it)
		provider = it->valuestring;
	cJSON_ArrayForEach (it, rules) {
		struct kh_rule r = { 0 }, *old, *v;

		if (load_rule(it, provider, provider != dflt, origin, &r, err, errlen) <
		    0) {
			rule_release(&r);
			return -1;
		}
		if (id_seen_before(rules, it, r.id)) {
			kh_errf(err, errlen, "%s: rule %s: duplicate id in this file",
				origin, r.id);
			rule_release(&r);
			return -1;
		}
		old = find_rule(rs, r.id);
		if (old) {
			rule_release(old);
			*old = r;
			continue;
		}
		v = realloc(rs->v, (rs->n + 1) * sizeof(*v));
		if (!v) {
			rule_release(&r);
			return kh_errf(err, errlen, "%s: out of memory", origin);
		}
		rs->v = v;
		rs->v[rs->n++] = r;
		index_add_last(rs);
	}
	return secret_call_keywords(rs,
				    cJSON_GetObjectItemCaseSensitive(doc, "secret_calls"),
				    origin, err, errlen);
}

int kh_rules_load_json(struct kh_ruleset *rs, const char *json, size_t len,
		       const char *origin, char *err, size_t errlen)
{
	cJSON *doc = cJSON_ParseWithLength(json, len);
	int ret;

	if (!doc)
		return kh_errf(err, errlen, "%s:%zu: invalid JSON", origin,
			       error_line(json, len, cJSON_GetErrorPtr()));
	ret = load_doc(rs, doc, origin, err, errlen);
	cJSON_Delete(doc);
	return ret;
}

/* The built-in rule files, parsed as a user's are (`rules --check`). */
static int load_embedded_json(struct kh_ruleset *rs, char *err, size_t errlen)
{
	size_t i;
	int ret = 0;

	for (i = 0; i < kh_embedded_rules_count && !ret; i++)
		ret = kh_rules_load_json(
			rs, kh_embedded_bytes + kh_embedded_rules[i].data,
			kh_embedded_rules[i].len,
			kh_embedded_bytes + kh_embedded_rules[i].name, err, errlen);
	return ret;
}

/* An image string: NULL or a pointer into kh_image_strings (never
 * written: the image's strings are freed or changed by no one). */
static char *image_str(uint32_t off)
{
	return off == KH_IMAGE_NONE ? NULL : (char *)kh_image_strings + off;
}

/* An image rule's keywords (paths: 0) or paths (1) in rs->image_lists, or
 * NULL when it has none. */
static char **image_list(const struct kh_ruleset *rs, const struct kh_image_rule *e,
			 int paths)
{
	if (!(paths ? e->npaths : e->nkeywords))
		return NULL;
	return rs->image_lists + e->lists + (paths ? e->nkeywords : 0);
}

/* The rule image as rules that point into it (its lists made pointers
 * once, in rs->image_lists). */
static int load_image(struct kh_ruleset *rs, char *err, size_t errlen)
{
	size_t i, n = kh_image_rules_count;

	rs->v = calloc(n ? n : 1, sizeof(*rs->v));
	rs->image_lists = malloc((kh_image_lists_count + 1) * sizeof(*rs->image_lists));
	if (!rs->v || !rs->image_lists)
		return kh_errf(err, errlen, "out of memory");
	for (i = 0; i < kh_image_lists_count; i++)
		rs->image_lists[i] = image_str(kh_image_lists[i]);
	rs->n = n;
	for (i = 0; i < n; i++) {
		const struct kh_image_rule *e = &kh_image_rules[i];
		struct kh_rule *r = &rs->v[i];

		r->id = image_str(e->id);
		r->description = image_str(e->description);
		r->remediation = image_str(e->remediation);
		r->provider = image_str(e->provider);
		r->source_file = image_str(e->source_file);
		r->severity = (enum kh_severity)e->severity;
		r->regex = image_str(e->regex);
		r->keywords = image_list(rs, e, 0);
		r->nkeywords = e->nkeywords;
		r->keywords_match_case = e->keywords_match_case;
		r->decoded_only = e->decoded_only;
		r->paths = image_list(rs, e, 1);
		r->npaths = e->npaths;
		r->min_entropy = e->min_entropy;
		r->max_span = e->max_span;
		r->value_least = e->value_least;
		r->match_holds = image_str(e->match_holds);
		r->match_contains = image_str(e->match_contains);
		r->match_starts = image_str(e->match_starts);
		r->placeholder_check = e->placeholder_check;
		r->secret_percent = e->secret_percent;
		r->validator_name = image_str(e->validator_name);
		r->verifier = image_str(e->verifier);
		r->verify_json = image_str(e->verify_json);
		r->partner_json = image_str(e->partner_json);
		r->code_at = e->code;
		r->ncode = e->ncode;
		r->image = 1;
		set_trigger_kind(r);
		if (r->validator_name &&
		    !(r->validator = kh_validator_find(r->validator_name)))
			return kh_errf(err, errlen,
				       "%s: rule %s: unknown validator \"%s\"",
				       r->source_file, r->id, r->validator_name);
	}
	index_rebuild(rs);
	return 0;
}

int kh_rules_are_image(const struct kh_ruleset *rs)
{
	size_t i;

	if (rs->n != kh_image_rules_count)
		return 0;
	for (i = 0; i < rs->n; i++) {
		const struct kh_rule *r = &rs->v[i];
		const struct kh_image_rule *e = &kh_image_rules[i];

		/* the image's own keyword lists (a rule replaced by a user's
		 * of the same id has its own) */
		if (!r->image || r->keywords != image_list(rs, e, 0) ||
		    r->nkeywords != e->nkeywords ||
		    r->keywords_match_case != e->keywords_match_case)
			return 0;
	}
	return 1;
}

int kh_rules_load_builtin(struct kh_ruleset *rs, int with_examples, char *err,
			  size_t errlen)
{
	size_t i;

	if (rs->n)
		return kh_errf(err, errlen,
			       "built-in rules: loaded into a rule set "
			       "that is not empty");
	if ((with_examples ? load_embedded_json(rs, err, errlen)
			   : load_image(rs, err, errlen)) < 0)
		return -1;
	for (i = 0; i < rs->n; i++)
		rs->v[i].builtin = 1;
	return 0;
}

int kh_rules_load_file(struct kh_ruleset *rs, const char *path, char *err, size_t errlen)
{
	unsigned char *buf = NULL;
	size_t cap = 0, len;
	struct stat st;
	int fd, ret;
	enum kh_read_status rs_;

	fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	if (fd < 0)
		return kh_errf(err, errlen, "%s: cannot open rule file: %s", path,
			       strerror(errno));
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
		close(fd);
		return kh_errf(err, errlen, "%s: not a regular file", path);
	}
	rs_ = kh_read_fd(fd, (size_t)st.st_size, KH_RULE_FILE_MAX, &buf, &cap, &len);
	close(fd);
	if (rs_ != KH_READ_OK) {
		free(buf);
		return kh_errf(err, errlen, "%s: %s", path,
			       rs_ == KH_READ_TOO_LARGE ? "rule file larger than 4 MiB"
							: strerror(errno));
	}
	ret = kh_rules_load_json(rs, (const char *)buf, len, path, err, errlen);
	free(buf);
	return ret;
}

/* Parses the JSON text of an image rule's verify and partner blocks
 * (checked when the image was made: a failure here is a broken build). */
static int parse_blocks(struct kh_rule *r, char *err, size_t errlen)
{
	const char *text[2] = { r->verify_json, r->partner_json };
	int i, ret = 0;

	r->verify_json = r->partner_json = NULL;
	for (i = 0; i < 2 && ret == 0; i++) {
		cJSON *it = text[i] ? cJSON_Parse(text[i]) : NULL;

		if (text[i] && !it)
			ret = kh_errf(err, errlen,
				      "%s: rule %s: invalid JSON in the "
				      "rule image",
				      r->source_file, r->id);
		else if (it)
			ret = i ? parse_partner(r, it, r->source_file, err, errlen)
				: parse_verify(r, it, r->source_file, err, errlen);
		cJSON_Delete(it);
	}
	return ret;
}

const struct kh_vspec *kh_rule_vspec(const struct kh_rule *r)
{
	char err[256];

	if (r->verify_json)
		(void)parse_blocks((struct kh_rule *)r, err, sizeof(err));
	return r->vspec;
}

const struct kh_partner_spec *kh_rule_partner(const struct kh_rule *r)
{
	char err[256];

	if (r->partner_json)
		(void)parse_blocks((struct kh_rule *)r, err, sizeof(err));
	return r->partner;
}

/* The code an image rule's code image holds, or NULL (out of memory, or
 * the image was made by another build of PCRE2: the caller compiles). */
static pcre2_code *decode_image(const struct kh_rule *r)
{
	unsigned char *bytes = malloc(kh_image_code_head + r->ncode);
	pcre2_code *code = NULL;

	if (!bytes)
		return NULL;
	memcpy(bytes, kh_image_code, kh_image_code_head);
	memcpy(bytes + kh_image_code_head, kh_image_code + r->code_at, r->ncode);
	if (pcre2_serialize_get_number_of_codes(bytes) != 1 ||
	    pcre2_serialize_decode(&code, 1, bytes, NULL) != 1)
		code = NULL;
	free(bytes);
	return code;
}

/*
 * The byte run every match holds (kh_rule.run_set, run_len), read from
 * the regex's `secret` group: its atoms that are classes ([0-9a-f], \w, a
 * literal byte), counted by their quantifiers' least, make runs that
 * other atoms (a group of alternatives, `.`) break. Only what this reads
 * for sure: anything it does not know (a back reference, \x, \p, \Q, a
 * POSIX class, an extended or commented regex, a verb) reads as nothing.
 */
struct byte_run {
	uint64_t set[4];
	size_t len;
};

static void run_add(struct byte_run *r, unsigned c)
{
	r->set[c / 64] |= 1ull << (c % 64);
}

/* The bytes of the escape at p (past its backslash) into r; 0 when it is
 * not one this knows. */
static int escape_bytes(const char *p, struct byte_run *r)
{
	struct byte_run own = { { 0 }, 0 };
	unsigned c;
	int k;

	switch (*p) {
	case 'd':
	case 'D':
		for (c = '0'; c <= '9'; c++)
			run_add(&own, c);
		break;
	case 'w':
	case 'W':
		for (c = 0; c < 128; c++)
			if (isalnum((int)c) || c == '_')
				run_add(&own, c);
		break;
	case 's':
	case 'S':
		for (c = '\t'; c <= '\r'; c++)
			run_add(&own, c);
		run_add(&own, ' ');
		break;
	case 't': run_add(&own, '\t'); break;
	case 'n': run_add(&own, '\n'); break;
	case 'r': run_add(&own, '\r'); break;
	case 'f': run_add(&own, '\f'); break;
	default:
		if (!*p || isalnum((unsigned char)*p))
			return 0;
		run_add(&own, (unsigned char)*p);
	}
	for (k = 0; k < 4; k++)
		r->set[k] |= isupper((unsigned char)*p) ? ~own.set[k] : own.set[k];
	return 1;
}

/* Past the class at p ('['), its bytes into r (when not NULL); NULL when
 * it is not one this reads. */
static const char *class_bytes(const char *p, struct byte_run *r)
{
	struct byte_run own = { { 0 }, 0 };
	int neg = *++p == '^', first = 1, k;
	unsigned c;

	for (p += neg; *p && (*p != ']' || first); p++, first = 0) {
		if (*p == '[' && p[1] == ':')
			return NULL;
		if (*p == '\\') {
			/* an escape that starts a range ([\--z]) */
			if (!escape_bytes(++p, &own) || (p[1] == '-' && p[2] != ']'))
				return NULL;
			continue;
		}
		if (p[1] == '-' && p[2] && p[2] != ']') {
			if (p[2] == '\\' || p[2] == '[')
				return NULL;
			for (c = (unsigned char)*p; c <= (unsigned char)p[2]; c++)
				run_add(&own, c);
			p += 2;
			continue;
		}
		run_add(&own, (unsigned char)*p);
	}
	if (*p != ']')
		return NULL;
	for (k = 0; r && k < 4; k++)
		r->set[k] |= neg ? ~own.set[k] : own.set[k];
	return p + 1;
}

static const char *skip_class(const char *p);

/* Past the atom at p (an escape, a class, a group, a byte), or NULL;
 * `any`: its classes read only for their ends (class_bytes() reads no
 * \x80), not for their bytes. */
static const char *skip_atom_of(const char *p, int any)
{
	if (*p == '\\')
		return p[1] ? p + 2 : NULL;
	if (*p == '[')
		return any ? skip_class(p) : class_bytes(p, NULL);
	if (*p != '(')
		return *p ? p + 1 : NULL;
	for (p++; p && *p != ')'; p = skip_atom_of(p, any))
		if (!*p)
			return NULL;
	return p ? p + 1 : NULL;
}

static const char *skip_atom(const char *p)
{
	return skip_atom_of(p, 0);
}

/* The least count the quantifier at *q allows (1: none), *q moved past
 * it; -1 for a `{` this does not read. */
static long quant_min(const char **q)
{
	const char *p = *q;
	char *end;
	long n = 1;

	if (*p == '?' || *p == '*') {
		n = 0, p++;
	} else if (*p == '+') {
		p++;
	} else if (*p == '{') {
		if (!isdigit((unsigned char)p[1]))
			return -1;
		n = strtol(p + 1, &end, 10);
		if (*end == ',')
			while (isdigit((unsigned char)*++end))
				;
		if (*end != '}')
			return -1;
		p = end + 1;
	}
	if (p != *q && (*p == '?' || *p == '+'))
		p++; /* lazy or possessive */
	*q = p;
	return n;
}

/* Whether the group at p matches no bytes (a lookaround). */
static int zero_width(const char *p)
{
	return !strncmp(p, "(?=", 3) || !strncmp(p, "(?!", 3) || !strncmp(p, "(?<=", 4) ||
	       !strncmp(p, "(?<!", 4);
}

/* Where the content of the group at p starts, or NULL. */
static const char *content_start(const char *p)
{
	const char *q;

	if (p[1] != '?')
		return p + 1;
	if (strchr("=!>|", p[2]))
		return p + 3;
	if (p[2] == '<' && (p[3] == '=' || p[3] == '!'))
		return p + 4;
	if (p[2] == '<' || p[2] == 'P')
		return (q = strchr(p, '>')) ? q + 1 : NULL;
	for (q = p + 2; isalpha((unsigned char)*q) || *q == '-' || *q == '^'; q++)
		;
	return *q == ':' ? q + 1 : NULL;
}

/*
 * Reads the sequence at p to its ')' (or the end): its longest run into
 * *best; into *whole the sequence as one run when it is all classes
 * (whole->len = (size_t)-1 when not); *alt when it has alternatives.
 * Returns its end, or NULL when it cannot be read.
 */
static const char *read_runs(const char *p, struct byte_run *best, struct byte_run *whole,
			     int *alt)
{
	struct byte_run cur = { { 0 }, 0 };
	int pure = 1, k;

	memset(best, 0, sizeof(*best));
	*alt = 0;
	while (p && *p && *p != ')') {
		struct byte_run atom = { { 0 }, 0 }, in_best, in_whole;
		const char *next = NULL;
		int known = 1, zero = 0, group = 0, in_alt = 0;
		long n;

		if (*p == '|') {
			*alt = 1;
			pure = known = 0;
			next = p + 1;
		} else if (*p == '(' && zero_width(p)) {
			zero = 1;
			next = skip_atom(p);
		} else if (*p == '(') {
			group = 1;
			next = read_runs(content_start(p), &in_best, &in_whole, &in_alt);
			next = next && *next == ')' ? next + 1 : NULL;
			known = in_whole.len != (size_t)-1;
			atom = in_whole;
		} else if (*p == '\\') {
			zero = p[1] && strchr("bBAzZGK", p[1]);
			if (!zero && !escape_bytes(p + 1, &atom))
				return NULL;
			next = p + 2;
			atom.len = 1;
		} else if (*p == '[') {
			next = class_bytes(p, &atom);
			atom.len = 1;
		} else if (*p == '^' || *p == '$') {
			zero = 1;
			next = p + 1;
		} else {
			known = *p != '.';
			run_add(&atom, (unsigned char)*p);
			atom.len = 1;
			next = p + 1;
		}
		if (!next || (n = quant_min(&next)) < 0)
			return NULL;
		p = next;
		if (zero)
			continue;
		/* a group that must match: its own longest run */
		if (group && n > 0 && !in_alt && !known && in_best.len > best->len)
			*best = in_best;
		if (!known) {
			pure = 0;
			if (cur.len > best->len)
				*best = cur;
			memset(&cur, 0, sizeof(cur));
			continue;
		}
		for (k = 0; k < 4; k++)
			cur.set[k] |= atom.set[k];
		cur.len += (size_t)n * atom.len;
	}
	if (cur.len > best->len)
		*best = cur;
	*whole = cur;
	if (!pure)
		whole->len = (size_t)-1;
	return p;
}

/* Whether every match of the sequence at p passes through the group at
 * `at` (no alternative, optional group or lookbehind around it). */
static int mandatory(const char *p, const char *at)
{
	int found = 0;

	while (p && *p && *p != ')') {
		const char *next = skip_atom(p), *q = next;

		if (!next || *p == '|')
			return 0;
		if (p <= at && at < next) {
			if (quant_min(&q) < 1)
				return 0;
			if (p != at &&
			    ((zero_width(p) && p[2] != '=') || !strncmp(p, "(?(", 3) ||
			     !mandatory(content_start(p), at)))
				return 0;
			found = 1;
		}
		p = next;
	}
	return found;
}

/* Past the class at p ('['), read only for its end: an escape is two
 * bytes, a POSIX class is not read (NULL). */
static const char *skip_class(const char *p)
{
	int first = 1;

	for (p += 1 + (p[1] == '^'); *p && (*p != ']' || first); p++, first = 0)
		if ((*p == '[' && p[1] == ':') || (*p == '\\' && !*++p))
			return NULL;
	return *p == ']' ? p + 1 : NULL;
}

/* Whether the group at `at` is one of the atoms of the regex re's own
 * sequence, which has no alternatives, and not optional: every match
 * holds it. */
static int top_level(const char *re, const char *at)
{
	const char *p = re, *q;

	while (p && *p && *p != '|' && *p != ')' && p != at)
		p = skip_atom_of(p, 1);
	if (p != at || !(q = skip_atom_of(at, 1)) || quant_min(&q) < 1)
		return 0;
	for (p = q; p && *p && *p != '|' && *p != ')';)
		p = skip_atom_of(p, 1);
	return p && !*p;
}

/*
 * The least number of bytes the sequence at *pp matches, read to its ')'
 * (or the end), *pp moved there; *alt set when it has alternatives (the
 * least of them counts). -1 when it holds what this does not read for
 * sure: a back reference, \x, \p and the escapes not below, a condition
 * that is not a group's name or number, a verb.
 */
static long seq_least(const char **pp, int *alt)
{
	const char *p = *pp, *next;
	long least = -1, cur = 0, atom, n;
	int inner;

	*alt = 0;
	for (; *p && *p != ')'; p = next) {
		atom = 1;
		if (*p == '|') {
			least = least < 0 || cur < least ? cur : least;
			cur = 0;
			*alt = 1;
			next = p + 1;
			continue;
		}
		if (*p == '(' && zero_width(p)) {
			atom = 0;
			next = content_start(p);
			if (seq_least(&next, &inner) < 0 || *next++ != ')')
				return -1;
		} else if (!strncmp(p, "(?(", 3)) {
			/* (?(q)yes|no): the least branch, no `no` matching nothing */
			next = p + 3;
			while (isalnum((unsigned char)*next) || *next == '_' ||
			       *next == '<' || *next == '>' || *next == '\'')
				next++;
			if (*next++ != ')' || (atom = seq_least(&next, &inner)) < 0 ||
			    *next++ != ')')
				return -1;
			atom = inner ? atom : 0;
		} else if (*p == '(' && p[1] == '?' && !content_start(p)) {
			/* an option setting, (?i) */
			for (next = p + 2; isalpha((unsigned char)*next) || *next == '-';
			     next++)
				;
			if (*next++ != ')')
				return -1;
			atom = 0;
		} else if (*p == '(') {
			next = p[1] == '*' ? NULL : content_start(p);
			if (!next || (atom = seq_least(&next, &inner)) < 0 ||
			    *next++ != ')')
				return -1;
		} else if (*p == '\\') {
			if (!p[1] || (isalnum((unsigned char)p[1]) &&
				      !strchr("bBAzZGKdDwWsShHvVnrtfe", p[1])))
				return -1;
			atom = strchr("bBAzZGK", p[1]) ? 0 : 1;
			next = p + 2;
		} else if (*p == '[') {
			if (!(next = skip_class(p)))
				return -1;
		} else {
			atom = *p != '^' && *p != '$';
			next = p + 1;
		}
		if (atom && (n = quant_min(&next)) < 0)
			return -1;
		if (!atom && strchr("?*+{", *next) && quant_min(&next) < 0)
			return -1;
		cur += atom ? atom * n : 0;
	}
	*pp = p;
	return least < 0 || cur < least ? cur : least;
}

/* Sets r->value_least (kh_rule_compile): a generic rule's with
 * match_holds, the least bytes of its regex's `secret` group. */
static void find_value_least(struct kh_rule *r)
{
	const char *re = r->regex, *at = re ? strstr(re, "(?<secret>") : NULL, *p, *q;
	long n;
	int alt;

	r->value_least = 0;
	if (!r->match_holds || !kh_rule_is_generic(r) || !at ||
	    strstr(at + 1, "(?<secret>") || strstr(re, "\\Q") || strstr(re, "(?#") ||
	    strstr(re, "(*"))
		return;
	for (p = re; (p = strstr(p, "(?")); p++) /* an extended regex */
		for (q = p + 2; isalpha((unsigned char)*q) || *q == '-' || *q == '^'; q++)
			if (*q == 'x')
				return;
	p = at + 10;
	if (top_level(re, at) && (n = seq_least(&p, &alt)) > 0 && *p == ')')
		r->value_least = n < UINT32_MAX ? (uint32_t)n : 0;
}

/* Sets r->run_set and r->run_len (kh_rule_compile). */
static void find_run(struct kh_rule *r)
{
	const char *re = r->regex, *at = re ? strstr(re, "(?<secret>") : NULL, *p, *q;
	struct byte_run best, whole;
	int alt, k;
	unsigned c;

	r->run_len = 0;
	if (!at || strstr(at + 1, "(?<secret>") || strstr(re, "\\Q") ||
	    strstr(re, "(?#") || strstr(re, "(*"))
		return;
	for (p = re; (p = strstr(p, "(?")); p++) /* an extended regex */
		for (q = p + 2; isalpha((unsigned char)*q) || *q == '-' || *q == '^'; q++)
			if (*q == 'x')
				return;
	if (!mandatory(re, at) || !read_runs(at + 10, &best, &whole, &alt) || alt)
		return;
	for (c = 'a'; c <= 'z'; c++) /* a (?i) may hold: both cases */
		if (best.set[c / 64] >> (c % 64) & 1 ||
		    best.set[(c - 32) / 64] >> ((c - 32) % 64) & 1) {
			run_add(&best, c);
			run_add(&best, c - 32);
		}
	for (k = 0; k < 4; k++)
		r->run_set[k] = best.set[k];
	r->run_len = best.len;
}

/* Sets r->starts_within and r->starts_first (kh_rule_compile): read from
 * match_starts when its regex's `^` follows a line feed alone (PCRE2's
 * newline LF), the one line start the matcher looks for. */
static void find_starts(struct kh_rule *r)
{
	uint32_t nl = 0;

	memset(r->starts_first, 0, sizeof(r->starts_first));
	if (r->match_starts &&
	    (pcre2_pattern_info(r->code, PCRE2_INFO_NEWLINE, &nl) != 0 ||
	     nl != PCRE2_NEWLINE_LF || parse_match_starts(r->match_starts, r) < 0))
		memset(r->starts_first, 0, sizeof(r->starts_first));
}

int kh_rule_compile(struct kh_rule *r, char *err, size_t errlen)
{
	int errcode, rc;
	PCRE2_SIZE erroff;
	uint32_t ncap = 0;
	char msg[256];

	if ((r->verify_json || r->partner_json) && parse_blocks(r, err, errlen) < 0)
		return -1;
	if (r->code)
		return 0;
	{
		const char *p = r->regex;

		while (p && (!strncmp(p, "(?<!", 4) || !strncmp(p, "(?<=", 4) ||
			     !strncmp(p, "(?!", 3) || !strncmp(p, "(?=", 3)))
			p = skip_group(p);
		r->named_value = p && strncmp(p, "(?<secret>", 10) && r->provider &&
				 !kh_rule_is_generic(r);
	}
	/* compiled at build time: pcre2_compile took 7 ms of the kernel
	 * text's scan for the 143 rules it wakes */
	if (r->ncode)
		r->code = decode_image(r);
	/* max_span 0: the keyword is on the secret's line and inside the
	 * match, so no match starts after the last keyword (offset limit). */
	if (!r->code)
		r->code = pcre2_compile(
			(PCRE2_SPTR)r->regex, PCRE2_ZERO_TERMINATED,
			PCRE2_MULTILINE | (r->max_span == 0 ? PCRE2_USE_OFFSET_LIMIT : 0),
			&errcode, &erroff, NULL);
	if (!r->code) {
		pcre2_get_error_message(errcode, (PCRE2_UCHAR *)msg, sizeof(msg));
		return kh_errf(err, errlen, "%s: rule %s: regex error at offset %zu: %s",
			       r->source_file, r->id, (size_t)erroff, msg);
	}
	rc = pcre2_substring_number_from_name(r->code, (PCRE2_SPTR) "secret");
	pcre2_pattern_info(r->code, PCRE2_INFO_CAPTURECOUNT, &ncap);
	r->secret_group = rc > 0 ? (unsigned)rc : ncap ? 1 : 0;
	find_run(r);
	if (!r->image) /* an image rule's was read at build time */
		find_value_least(r);
	find_starts(r);
	return 0;
}

int kh_rules_compile(struct kh_ruleset *rs, char *err, size_t errlen)
{
	size_t i;

	for (i = 0; i < rs->n; i++)
		if (!rs->v[i].builtin && kh_rule_compile(&rs->v[i], err, errlen) < 0)
			return -1;
	return 0;
}

unsigned kh_rule_max_captures(const struct kh_rule *r)
{
	uint32_t n = 0;
	const char *p;

	if (r->code) {
		pcre2_pattern_info(r->code, PCRE2_INFO_CAPTURECOUNT, &n);
		return n;
	}
	for (p = r->regex; (p = strchr(p, '(')); p++)
		n++; /* every group may capture: a bound, not a count */
	return n;
}

/* Whether id is one of the comma-separated ids of list[0..n). */
int kh_rule_listed(const char *const *list, size_t n, const char *id)
{
	size_t i, idlen = strlen(id);

	for (i = 0; i < n; i++) {
		const char *p = list[i];

		while (*p) {
			size_t len = strcspn(p, ",");

			if (len == idlen && !strncmp(id, p, len))
				return 1;
			p += len + (p[len] == ',');
		}
	}
	return 0;
}

/* Every id of list[0..n) names a rule of rs; else an error naming it. */
static int known_ids(const struct kh_ruleset *rs, const char *const *list, size_t n,
		     const char *opt, char *err, size_t errlen)
{
	size_t i, k;

	for (i = 0; i < n; i++) {
		const char *p = list[i];

		while (*p) {
			size_t len = strcspn(p, ",");
			int known = 0;

			for (k = 0; k < rs->n && !known; k++)
				known = strlen(rs->v[k].id) == len &&
					!strncmp(rs->v[k].id, p, len);
			if (!known)
				return kh_errf(err, errlen,
					       "%s: no rule '%.*s' (see keyhound rules)",
					       opt, (int)(len > 128 ? 128 : len), p);
			p += len + (p[len] == ',');
		}
	}
	return 0;
}

size_t kh_rules_remove(struct kh_ruleset *rs, const unsigned char *remove)
{
	size_t i, keep = 0;

	for (i = 0; i < rs->n; i++) {
		if (remove[i])
			rule_release(&rs->v[i]);
		else
			rs->v[keep++] = rs->v[i];
	}
	i = rs->n - keep;
	rs->n = keep;
	index_rebuild(rs);
	return i;
}

int kh_rules_select(struct kh_ruleset *rs, const char *const *enable, size_t nenable,
		    const char *const *disable, size_t ndisable, int min_severity,
		    char *err, size_t errlen)
{
	size_t i, keep = 0;

	if (!nenable && !ndisable && min_severity <= KH_SEV_LOW)
		return 0;
	if (known_ids(rs, enable, nenable, "--enable-rule", err, errlen) < 0 ||
	    known_ids(rs, disable, ndisable, "--disable-rule", err, errlen) < 0)
		return -1;
	for (i = 0; i < rs->n; i++) {
		struct kh_rule *r = &rs->v[i];

		if ((!nenable || kh_rule_listed(enable, nenable, r->id)) &&
		    !kh_rule_listed(disable, ndisable, r->id) &&
		    (int)r->severity >= min_severity)
			rs->v[keep++] = *r;
		else
			rule_release(r);
	}
	rs->n = keep;
	index_rebuild(rs);
	if (!keep)
		return kh_errf(err, errlen, "no rule left to run");
	return 0;
}
