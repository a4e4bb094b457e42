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

/* Generated at build time from patterns/ *.json (tools/embed.c). */
struct kh_embedded_file {
	const char *name;
	const char *data; /* the file */
	size_t len;
	const char *lean; /* without white space, examples and negative examples */
	size_t lean_len;
};
extern const struct kh_embedded_file kh_embedded_rules[];
extern const size_t kh_embedded_rules_count;

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
	kh_vspec_free(r->vspec);
	kh_partner_spec_free(r->partner);
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
	pcre2_code_free(r->code);
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
		"id",	       "description", "severity",	   "keywords",
		"regex",       "min_entropy", "max_span",	   "validator",
		"verifier",    "verify",      "partner",	   "placeholder_check",
		"remediation", "examples",    "negative_examples", "keywords_match_case",
		"paths",
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
	if (load_keywords(cJSON_GetObjectItemCaseSensitive(obj, "keywords"), r, origin,
			  err, errlen) < 0 ||
	    load_paths(cJSON_GetObjectItemCaseSensitive(obj, "paths"), r, origin, err,
		       errlen) < 0)
		return -1;
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
	it = cJSON_GetObjectItemCaseSensitive(obj, "placeholder_check");
	r->placeholder_check = it ? cJSON_IsTrue(it) : 1;
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
	if (it) {
		char why[200];

		if (r->verifier)
			return kh_errf(err, errlen,
				       "%s: rule %s: \"verify\" and \"verifier\" exclude "
				       "each other",
				       origin, r->id);
		if (kh_verify_spec_parse(it, r->regex, &r->vspec, why, sizeof(why)) < 0)
			return kh_errf(err, errlen, "%s: rule %s: verify: %s", origin,
				       r->id, why);
	}
	it = cJSON_GetObjectItemCaseSensitive(obj, "partner");
	if (it) {
		char why[200];

		if (kh_partner_spec_parse(it, &r->partner, why, sizeof(why)) < 0)
			return kh_errf(err, errlen, "%s: rule %s: %s", origin, r->id,
				       why);
	}
	r->provider = strdup(provider);
	r->source_file = strdup(origin);
	if (!r->provider || !r->source_file)
		return kh_errf(err, errlen, "%s: out of memory", origin);
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
		if (strcmp(it->string, "provider") && strcmp(it->string, "rules"))
			return kh_errf(err, errlen,
				       "%s: unknown field \"%s\" (a rule file has "
				       "\"provider\" and \"rules\")",
				       origin, it->string);
	}
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
	return 0;
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

/*
 * Every start parses the built-in rules: their cJSON trees (about 60,000
 * nodes and strings) are carved from one arena that is dropped whole,
 * instead of as many mallocs and frees, which cost as much as the parse.
 * cJSON's allocator is global: the arena is in place only while a parse
 * runs (start-up, one thread); what a rule keeps is copied with malloc.
 */
struct arena_block {
	struct arena_block *next;
	size_t used, size;
	_Alignas(16) char data[];
};

static struct {
	struct arena_block *first, *cur;
} arena;

#define ARENA_BLOCK (256 * 1024)

static void *arena_alloc(size_t n)
{
	struct arena_block *b = arena.cur;

	n = (n + 15) & ~(size_t)15;
	while (b && b->used + n > b->size) {
		b = b->next; /* a block of an earlier parse, free again */
		if (b)
			b->used = 0;
	}
	if (!b) {
		size_t size = n > ARENA_BLOCK ? n : ARENA_BLOCK;

		if (!(b = malloc(sizeof(*b) + size)))
			return NULL; /* cJSON fails the parse */
		*b = (struct arena_block){ .size = size };
		if (arena.cur) {
			b->next = arena.cur->next;
			arena.cur->next = b;
		} else {
			arena.first = b;
		}
	}
	arena.cur = b;
	b->used += n;
	return b->data + b->used - n;
}

static void arena_free(void *p)
{
	(void)p; /* dropped with the arena */
}

static void arena_release(void)
{
	while (arena.first) {
		struct arena_block *next = arena.first->next;

		free(arena.first);
		arena.first = next;
	}
	arena.cur = NULL;
}

/* cJSON's tree of json in the arena, whose earlier trees it overwrites
 * (NULL: not valid JSON, or out of memory). */
static cJSON *parse_in_arena(const char *json, size_t len)
{
	cJSON_Hooks hooks = { arena_alloc, arena_free };
	cJSON *doc;

	arena.cur = arena.first;
	if (arena.cur)
		arena.cur->used = 0;
	cJSON_InitHooks(&hooks);
	doc = cJSON_ParseWithLength(json, len);
	cJSON_InitHooks(NULL);
	return doc;
}

int kh_rules_load_builtin(struct kh_ruleset *rs, int with_examples, char *err,
			  size_t errlen)
{
	size_t i;
	int ret = 0;

	for (i = 0; i < kh_embedded_rules_count && !ret; i++) {
		const struct kh_embedded_file *f = &kh_embedded_rules[i];
		const char *json = with_examples ? f->data : f->lean;
		size_t len = with_examples ? f->len : f->lean_len;
		cJSON *doc = parse_in_arena(json, len);

		ret = doc ? load_doc(rs, doc, f->name, err, errlen)
			  : kh_errf(err, errlen, "%s:%zu: invalid JSON", f->name,
				    error_line(json, len, cJSON_GetErrorPtr()));
	}
	arena_release();
	if (ret < 0)
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

	fd = open(path, O_RDONLY | O_CLOEXEC);
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

int kh_rule_compile(struct kh_rule *r, char *err, size_t errlen)
{
	int errcode, rc;
	PCRE2_SIZE erroff;
	uint32_t ncap = 0;
	char msg[256];

	if (r->code)
		return 0;
	/* max_span 0: the keyword is on the secret's line and inside the
	 * match, so no match starts after the last keyword (offset limit). */
	r->code = pcre2_compile((PCRE2_SPTR)r->regex, PCRE2_ZERO_TERMINATED,
				PCRE2_MULTILINE |
					(r->max_span == 0 ? PCRE2_USE_OFFSET_LIMIT : 0),
				&errcode, &erroff, NULL);
	if (!r->code) {
		pcre2_get_error_message(errcode, (PCRE2_UCHAR *)msg, sizeof(msg));
		return kh_errf(err, errlen, "%s: rule %s: regex error at offset %zu: %s",
			       r->source_file, r->id, (size_t)erroff, msg);
	}
	rc = pcre2_substring_number_from_name(r->code, (PCRE2_SPTR) "secret");
	pcre2_pattern_info(r->code, PCRE2_INFO_CAPTURECOUNT, &ncap);
	r->secret_group = rc > 0 ? (unsigned)rc : ncap ? 1 : 0;
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
