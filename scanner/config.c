#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <fnmatch.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cJSON.h>

#include "finding.h"
#include "git_common.h"
#include "git_plain.h"
#include "ignore.h"
#include "json_lines.h"
#include "rules.h"
#include "util.h"

#define CONFIG_NAME ".keyhound.json"
#define CONFIG_MAX  (1u << 20) /* settings, not data */
#define MATCH_LIMIT 1000000u   /* a value regex cannot hang the run */
#define MAX_KEYPATH 96

struct cfg_allow {
	const cJSON *rule; /* string: an id or glob; NULL: every rule */
	struct kh_pathglob **paths;
	size_t npaths;
	pcre2_code **values;
	size_t nvalues;
};

/* A rule document to hand the rule loader: a rule file's text, or one
 * inline rule printed as {"rules": [...]}. */
struct cfg_rules {
	char *text, *origin;
	size_t len;
};

struct cfg_data {
	struct kh_json_doc doc;
	const cJSON *enable, *disable; /* arrays of strings, or NULL */
	struct cfg_allow *allow;
	size_t nallow;
	struct cfg_rules *rules;
	size_t nrules;
	struct kh_pathglob **excludes;
	size_t nexcludes;
	int min_severity, min_confidence; /* -1: not set */
	int has_contexts;
	unsigned contexts;
	size_t max_file_size; /* 0: not set */
	pcre2_match_data *md;
	pcre2_match_context *mctx;
};

/* Where the file and the rule files it names are read from. */
struct cfg_place {
	git_repository *repo; /* with rev: a commit's tree */
	const char *rev;
	const char *dir; /* directory of the file, "" or ending in '/' */
};

/* ---- errors ------------------------------------------------------------------ */

/* "FILE:LINE: key "K": what". Keys are printed only when they are names
 * (a pasted secret as a key is not repeated). */
static int key_err(const struct kh_config *cfg, const cJSON *item, const char *key,
		   char *err, size_t errlen, const char *fmt, ...)
	__attribute__((format(printf, 6, 7)));

static int key_err(const struct kh_config *cfg, const cJSON *item, const char *key,
		   char *err, size_t errlen, const char *fmt, ...)
{
	char what[256];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(what, sizeof(what), fmt, ap);
	va_end(ap);
	return kh_errf(err, errlen, "%s:%u: key \"%s\": %s", cfg->origin,
		       kh_json_line(&cfg->data->doc, item), key, what);
}

/* Builds a key's path ("allow[2].values") into out[MAX_KEYPATH]. */
static void keypath(char *out, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static void keypath(char *out, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(out, MAX_KEYPATH, fmt, ap);
	va_end(ap);
}

/* A member name fit to print: the schema's names are short lower-case
 * words. */
static const char *printable_key(const char *k)
{
	return strlen(k) <= 32 && strspn(k, "abcdefghijklmnopqrstuvwxyz_$") == strlen(k)
		       ? k
		       : "?";
}

/* An object member given twice would silently lose one of its values. */
static int check_members(const struct kh_config *cfg, const cJSON *obj,
			 const char *const *known, const char *path, char *err,
			 size_t errlen)
{
	const cJSON *it, *o;
	char key[MAX_KEYPATH];
	size_t k;

	cJSON_ArrayForEach (it, obj) {
		keypath(key, "%s%s%s", path, path[0] ? "." : "",
			printable_key(it->string));
		for (k = 0; known[k] && strcmp(known[k], it->string); k++)
			;
		if (!known[k])
			return key_err(cfg, it, key, err, errlen, "unknown key");
		for (o = obj->child; o != it; o = o->next)
			if (!strcmp(o->string, it->string))
				return key_err(cfg, it, key, err, errlen,
					       "given twice (the first would be "
					       "ignored)");
	}
	return 0;
}

/* it must be an array of non-empty strings. */
static int string_list(const struct kh_config *cfg, const cJSON *it, const char *key,
		       char *err, size_t errlen)
{
	const cJSON *e;
	size_t i = 0;

	if (!cJSON_IsArray(it))
		return key_err(cfg, it, key, err, errlen, "expected a list of strings");
	cJSON_ArrayForEach (e, it) {
		if (!cJSON_IsString(e) || !e->valuestring[0])
			return key_err(cfg, e, key, err, errlen,
				       "item %zu: expected a non-empty string", i);
		i++;
	}
	return 0;
}

/* ---- parsing ------------------------------------------------------------------ */

static int parse_globs(const struct kh_config *cfg, const cJSON *it, const char *key,
		       struct kh_pathglob ***out, size_t *n, char *err, size_t errlen)
{
	const cJSON *e;
	const char *why;
	char ek[MAX_KEYPATH];

	if (string_list(cfg, it, key, err, errlen) < 0)
		return -1;
	if (!(*out = calloc((size_t)cJSON_GetArraySize(it) + 1, sizeof(**out))))
		return kh_errf(err, errlen, "out of memory");
	cJSON_ArrayForEach (e, it) {
		keypath(ek, "%s[%zu]", key, *n);
		if (!((*out)[*n] = kh_pathglob_new(e->valuestring, &why)))
			return why ? key_err(cfg, e, ek, err, errlen, "%s", why)
				   : kh_errf(err, errlen, "out of memory");
		(*n)++;
	}
	return 0;
}

static int parse_values(const struct kh_config *cfg, const cJSON *it, const char *key,
			struct cfg_allow *a, char *err, size_t errlen)
{
	const cJSON *e;
	char ek[MAX_KEYPATH], msg[160];
	int code;
	PCRE2_SIZE off;

	if (string_list(cfg, it, key, err, errlen) < 0)
		return -1;
	if (!(a->values = calloc((size_t)cJSON_GetArraySize(it) + 1, sizeof(*a->values))))
		return kh_errf(err, errlen, "out of memory");
	cJSON_ArrayForEach (e, it) {
		keypath(ek, "%s[%zu]", key, a->nvalues);
		a->values[a->nvalues] =
			pcre2_compile((PCRE2_SPTR)e->valuestring, PCRE2_ZERO_TERMINATED,
				      0, &code, &off, NULL);
		if (!a->values[a->nvalues]) {
			pcre2_get_error_message(code, (PCRE2_UCHAR *)msg, sizeof(msg));
			return key_err(cfg, e, ek, err, errlen,
				       "not a regular expression: %s (at offset %zu)",
				       msg, (size_t)off);
		}
		a->nvalues++;
	}
	return 0;
}

static int parse_allow_entry(struct kh_config *cfg, const cJSON *ent, size_t idx,
			     struct cfg_allow *a, char *err, size_t errlen)
{
	static const char *const known[] = { "rule", "paths", "values", "reason", NULL };
	const cJSON *it;
	char key[MAX_KEYPATH], sub[MAX_KEYPATH];

	keypath(key, "allow[%zu]", idx);
	if (!cJSON_IsObject(ent))
		return key_err(cfg, ent, key, err, errlen,
			       "expected an object with \"reason\" and \"paths\" or "
			       "\"values\"");
	if (check_members(cfg, ent, known, key, err, errlen) < 0)
		return -1;
	it = cJSON_GetObjectItemCaseSensitive(ent, "reason");
	keypath(sub, "%s%s", key, it ? ".reason" : "");
	if (!cJSON_IsString(it) || !it->valuestring[0])
		return key_err(cfg, it ? it : ent, sub, err, errlen,
			       "every allow entry needs a \"reason\" (a non-empty "
			       "string), for whoever reviews it");
	it = cJSON_GetObjectItemCaseSensitive(ent, "rule");
	if (it && (!cJSON_IsString(it) || !it->valuestring[0])) {
		keypath(sub, "%s.rule", key);
		return key_err(cfg, it, sub, err, errlen,
			       "expected a rule id or glob (a string)");
	}
	a->rule = it;
	if ((it = cJSON_GetObjectItemCaseSensitive(ent, "paths"))) {
		keypath(sub, "%s.paths", key);
		if (parse_globs(cfg, it, sub, &a->paths, &a->npaths, err, errlen) < 0)
			return -1;
	}
	if ((it = cJSON_GetObjectItemCaseSensitive(ent, "values"))) {
		keypath(sub, "%s.values", key);
		if (parse_values(cfg, it, sub, a, err, errlen) < 0)
			return -1;
	}
	if (!a->npaths && !a->nvalues)
		return key_err(cfg, ent, key, err, errlen,
			       "needs \"paths\" or \"values\" (to drop a rule "
			       "everywhere, use \"disable_rules\")");
	return 0;
}

static int parse_allow(struct kh_config *cfg, const cJSON *it, char *err, size_t errlen)
{
	struct cfg_data *cd = cfg->data;
	const cJSON *e;

	if (!cJSON_IsArray(it))
		return key_err(cfg, it, "allow", err, errlen,
			       "expected a list of objects");
	if (!(cd->allow = calloc((size_t)cJSON_GetArraySize(it) + 1, sizeof(*cd->allow))))
		return kh_errf(err, errlen, "out of memory");
	cJSON_ArrayForEach (e, it) {
		if (parse_allow_entry(cfg, e, cd->nallow, &cd->allow[cd->nallow], err,
				      errlen) < 0) {
			cd->nallow++; /* freed with the rest */
			return -1;
		}
		cd->nallow++;
	}
	if (!(cd->md = pcre2_match_data_create(32, NULL)) ||
	    !(cd->mctx = pcre2_match_context_create(NULL)))
		return kh_errf(err, errlen, "out of memory");
	pcre2_set_match_limit(cd->mctx, MATCH_LIMIT);
	pcre2_set_depth_limit(cd->mctx, MATCH_LIMIT / 10);
	return 0;
}

/* Reads `name` relative to the file's place. Returns 0, 1 (no such file)
 * or -1 with err set. */
static int place_read(const struct cfg_place *pl, const char *name, size_t max,
		      char **text, size_t *len, char **shown, char *err, size_t errlen)
{
	struct kh_strbuf path, as;
	unsigned char *buf;
	int ret;

	*text = *shown = NULL;
	kh_strbuf_init(&path, 1u << 16);
	kh_strbuf_addf(&path, "%s%s", pl->dir, name);
	kh_strbuf_init(&as, 1u << 16); /* how messages name it */
	kh_strbuf_addf(&as, "%s%s%s", pl->rev ? pl->rev : "", pl->rev ? ":" : "",
		       path.failed ? "" : path.s);
	if (path.failed || as.failed)
		ret = kh_errf(err, errlen, "out of memory");
	else if (pl->rev)
		ret = kh_git_read_file(pl->repo, pl->rev, path.s, max, text, len, err,
				       errlen);
	else
		switch (kh_read_path(path.s, max, &buf, len)) {
		case KH_READ_OK:
			*text = (char *)buf;
			ret = 0;
			break;
		case KH_READ_TOO_LARGE:
			ret = kh_errf(err, errlen, "%s: larger than %zu KiB", path.s,
				      max >> 10);
			break;
		default:
			ret = errno == ENOENT ? 1
					      : kh_errf(err, errlen, "%s: %s", path.s,
							strerror(errno));
		}
	kh_strbuf_release(&path);
	if (ret == 0)
		*shown = as.s; /* the caller frees it */
	else
		kh_strbuf_release(&as);
	return ret;
}

static int push_rules(struct cfg_data *cd, char *text, size_t len, char *origin)
{
	struct cfg_rules *v = realloc(cd->rules, (cd->nrules + 1) * sizeof(*v));

	if (!v) {
		free(text);
		free(origin);
		return -1;
	}
	cd->rules = v;
	v[cd->nrules].text = text;
	v[cd->nrules].len = len;
	v[cd->nrules++].origin = origin;
	return 0;
}

/* "rules": rule files (relative to the config, read now from the same
 * place) and inline rules, kept as texts for the rule loader. */
static int parse_rules(struct kh_config *cfg, const cJSON *it, const struct cfg_place *pl,
		       char *err, size_t errlen)
{
	struct cfg_data *cd = cfg->data;
	const cJSON *e;
	size_t i = 0;
	char key[MAX_KEYPATH];

	if (!cJSON_IsArray(it))
		return key_err(cfg, it, "rules", err, errlen,
			       "expected a list of rule file names and rule objects");
	cJSON_ArrayForEach (e, it) {
		char *text = NULL, *origin = NULL, msg[512];
		size_t len = 0;
		int rc;

		keypath(key, "rules[%zu]", i++);
		if (cJSON_IsString(e)) {
			const char *n = e->valuestring;

			if (!n[0] || n[0] == '/' || !strcmp(n, "..") ||
			    !strncmp(n, "../", 3) || strstr(n, "/../") ||
			    (strlen(n) >= 3 && !strcmp(n + strlen(n) - 3, "/..")))
				return key_err(cfg, e, key, err, errlen,
					       "a rule file is named relative to the "
					       "config, inside its directory (no '/' "
					       "first, no '..')");
			for (const cJSON *o = it->child; o != e; o = o->next)
				if (cJSON_IsString(o) && !strcmp(o->valuestring, n))
					return key_err(cfg, e, key, err, errlen,
						       "names a rule file named before");
			rc = place_read(pl, n, KH_RULE_FILE_MAX, &text, &len, &origin,
					msg, sizeof(msg));
			if (rc)
				return key_err(cfg, e, key, err, errlen,
					       "cannot read the rule file: %s",
					       rc > 0 ? "no such file" : msg);
		} else if (cJSON_IsObject(e)) {
			cJSON *doc = cJSON_CreateObject(), *arr = cJSON_CreateArray(),
			      *copy = cJSON_Duplicate(e, 1);
			struct kh_strbuf o;

			if (doc && arr && copy) {
				cJSON_AddItemToArray(arr, copy);
				copy = NULL;
				cJSON_AddItemToObject(doc, "rules", arr);
				arr = NULL;
				text = cJSON_PrintUnformatted(doc);
			}
			cJSON_Delete(copy);
			cJSON_Delete(arr);
			cJSON_Delete(doc);
			kh_strbuf_init(&o, 1u << 16);
			kh_strbuf_addf(&o, "%s:%u: key \"%s\"", cfg->origin,
				       kh_json_line(&cd->doc, e), key);
			origin = o.failed ? NULL : o.s;
			if (!origin)
				kh_strbuf_release(&o);
			len = text ? strlen(text) : 0;
			if (!text || !origin) {
				free(text);
				free(origin);
				return kh_errf(err, errlen, "out of memory");
			}
		} else {
			return key_err(cfg, e, key, err, errlen,
				       "expected a rule file name or a rule object");
		}
		if (push_rules(cd, text, len, origin) < 0)
			return kh_errf(err, errlen, "out of memory");
	}
	return 0;
}

static int parse_level(const struct kh_config *cfg, const cJSON *it, const char *key,
		       int confidence, int *out, char *err, size_t errlen)
{
	enum kh_severity sev;
	int k;

	if (cJSON_IsString(it)) {
		if (!confidence && kh_severity_parse(it->valuestring, &sev) == 0) {
			*out = (int)sev;
			return 0;
		}
		for (k = KH_CONF_LOW; confidence && k <= KH_CONF_HIGH; k++)
			if (!strcmp(it->valuestring,
				    kh_confidence_name((enum kh_confidence)k))) {
				*out = k;
				return 0;
			}
	}
	return key_err(cfg, it, key, err, errlen, "expected %s",
		       confidence ? "\"low\", \"medium\" or \"high\""
				  : "\"low\", \"medium\", \"high\" or \"critical\"");
}

static int parse_contexts(struct kh_config *cfg, const cJSON *it, char *err,
			  size_t errlen)
{
	const cJSON *e;
	int k;

	if (string_list(cfg, it, "exclude_context", err, errlen) < 0)
		return -1;
	cJSON_ArrayForEach (e, it) {
		for (k = KH_CTX_TEST; k <= KH_CTX_VENDOR; k++)
			if (!strcmp(e->valuestring, kh_context_name((enum kh_context)k)))
				break;
		if (k > KH_CTX_VENDOR)
			return key_err(cfg, e, "exclude_context", err, errlen,
				       "expected \"test\", \"docs\", \"example\" or "
				       "\"vendor\"");
		cfg->data->contexts |= 1u << k;
	}
	cfg->data->has_contexts = 1;
	return 0;
}

static int parse_size_key(struct kh_config *cfg, const cJSON *it, char *err,
			  size_t errlen)
{
	size_t *out = &cfg->data->max_file_size;

	if (cJSON_IsNumber(it) && it->valuedouble >= 1 &&
	    it->valuedouble <= (double)(1ull << 32) &&
	    it->valuedouble == (size_t)it->valuedouble) {
		*out = (size_t)it->valuedouble;
		return 0;
	}
	if (cJSON_IsString(it) && kh_parse_size(it->valuestring, out) == 0)
		return 0;
	return key_err(cfg, it, "max_file_size", err, errlen,
		       "expected a size such as \"512K\", \"10M\" or a number of bytes "
		       "(at most 4G)");
}

static int parse_doc(struct kh_config *cfg, const char *text, size_t len,
		     const struct cfg_place *pl, char *err, size_t errlen)
{
	static const char *const known[] = { "$schema",
					     "disable_rules",
					     "enable_rules",
					     "allow",
					     "rules",
					     "min_severity",
					     "min_confidence",
					     "exclude_context",
					     "exclude",
					     "max_file_size",
					     NULL };
	struct cfg_data *cd = cfg->data;
	const cJSON *it, *root;
	const char *why;
	size_t line;

	if (kh_json_doc_parse(&cd->doc, text, len, &line, &why) < 0)
		return line ? kh_errf(err, errlen, "%s:%zu: %s", cfg->origin, line, why)
			    : kh_errf(err, errlen, "out of memory");
	root = cd->doc.root;
	if (!cJSON_IsObject(root))
		return kh_errf(err, errlen, "%s:1: expected an object of settings",
			       cfg->origin);
	if (check_members(cfg, root, known, "", err, errlen) < 0)
		return -1;
	cJSON_ArrayForEach (it, root) {
		const char *k = it->string;
		int rc = 0;

		if (!strcmp(k, "$schema"))
			rc = cJSON_IsString(it) ? 0
						: key_err(cfg, it, k, err, errlen,
							  "expected a string");
		else if (!strcmp(k, "disable_rules") || !strcmp(k, "enable_rules"))
			rc = string_list(cfg, it, k, err, errlen);
		else if (!strcmp(k, "allow"))
			rc = parse_allow(cfg, it, err, errlen);
		else if (!strcmp(k, "rules"))
			rc = parse_rules(cfg, it, pl, err, errlen);
		else if (!strcmp(k, "min_severity"))
			rc = parse_level(cfg, it, k, 0, &cd->min_severity, err, errlen);
		else if (!strcmp(k, "min_confidence"))
			rc = parse_level(cfg, it, k, 1, &cd->min_confidence, err, errlen);
		else if (!strcmp(k, "exclude_context"))
			rc = parse_contexts(cfg, it, err, errlen);
		else if (!strcmp(k, "exclude"))
			rc = parse_globs(cfg, it, k, &cd->excludes, &cd->nexcludes, err,
					 errlen);
		else if (!strcmp(k, "max_file_size"))
			rc = parse_size_key(cfg, it, err, errlen);
		if (rc < 0)
			return -1;
	}
	cd->enable = cJSON_GetObjectItemCaseSensitive(root, "enable_rules");
	cd->disable = cJSON_GetObjectItemCaseSensitive(root, "disable_rules");
	if (cd->enable && !cd->enable->child)
		return key_err(cfg, cd->enable, "enable_rules", err, errlen,
			       "an empty list would run no rule (leave the key out to "
			       "run them all)");
	return 0;
}

/* ---- finding the file ---------------------------------------------------------- */

static struct kh_config *config_new(const char *origin, const char *base)
{
	struct kh_config *cfg = calloc(1, sizeof(*cfg));

	if (!cfg)
		return NULL;
	cfg->origin = strdup(origin);
	cfg->base = strdup(base);
	cfg->data = calloc(1, sizeof(*cfg->data));
	if (!cfg->origin || !cfg->base || !cfg->data) {
		kh_config_free(cfg);
		return NULL;
	}
	cfg->data->min_severity = cfg->data->min_confidence = -1;
	return cfg;
}

static int parse_at(struct kh_config **out, const char *text, size_t len,
		    const char *origin, const char *base, const struct cfg_place *pl,
		    char *err, size_t errlen)
{
	int rc;

	if (!(*out = config_new(origin, base)))
		return kh_errf(err, errlen, "out of memory");
	rc = parse_doc(*out, text, len, pl, err, errlen);
	if (rc < 0) {
		kh_config_free(*out);
		*out = NULL;
	}
	return rc;
}

int kh_config_parse(struct kh_config **out, const char *text, size_t len,
		    const char *origin, const char *dir, char *err, size_t errlen)
{
	struct cfg_place pl = { 0 };

	pl.dir = dir;
	return parse_at(out, text, len, origin, "", &pl, err, errlen);
}

/* Reads CONFIG_NAME (or `name` when given) at pl and parses it into *out.
 * Returns 0 (*out NULL when there is none and it was not required), or -1. */
static int load_at(struct kh_config **out, const struct cfg_place *pl, const char *name,
		   const char *base, int required, char *err, size_t errlen)
{
	char *text = NULL, *shown = NULL;
	size_t len;
	int rc;

	*out = NULL;
	rc = place_read(pl, name ? name : CONFIG_NAME, CONFIG_MAX, &text, &len, &shown,
			err, errlen);
	if (rc > 0 && !required)
		return 0;
	if (rc > 0)
		return kh_errf(err, errlen, "%s%s: cannot open the config file: %s",
			       pl->dir, name, strerror(ENOENT));
	if (rc < 0)
		return -1;
	rc = parse_at(out, text, len, shown, base, pl, err, errlen);
	free(text);
	free(shown);
	return rc;
}

/* The repository's config: from --ignore-from's commit, else at the top
 * of its work tree, else (bare) in HEAD's tree. */
static int load_repo(struct kh_config **out, const char *path, const char *rev, char *err,
		     size_t errlen)
{
	git_repository *repo = NULL;
	struct cfg_place pl = { 0 };
	struct kh_plain plain = { 0 };
	char msg[512];
	int ret = 0;

	kh_git_begin();
	pl.dir = "";
	if (!rev && kh_plain_open(&plain, path) == 0) {
		pl.dir = plain.workdir; /* found without loading libgit2 */
		ret = load_at(out, &pl, NULL, "", 0, err, errlen);
	} else if (kh_git_open(&repo, path, msg, sizeof(msg)) < 0) {
		ret = rev ? kh_errf(err, errlen, "--ignore-from: %s", msg) : 0;
	} else if (rev || !git_repository_workdir(repo)) {
		pl.repo = repo;
		pl.rev = rev ? rev : "HEAD";
		if (rev || !git_repository_head_unborn(repo))
			ret = load_at(out, &pl, NULL, "", 0, err, errlen);
	} else {
		pl.dir = git_repository_workdir(repo);
		ret = load_at(out, &pl, NULL, "", 0, err, errlen);
	}
	git_repository_free(repo);
	kh_plain_release(&plain);
	kh_git_end();
	return ret;
}

struct scan_find {
	struct kh_config *found;
	char *err;
	size_t errlen;
};

static int load_named_dir(const char *dir, void *payload)
{
	struct scan_find *sf = payload;
	struct cfg_place pl = { 0 };
	struct kh_strbuf d;
	struct kh_config *cfg = NULL;
	int ret;

	kh_strbuf_init(&d, 1u << 16);
	kh_strbuf_addf(&d, "%s/", dir);
	if (d.failed)
		return kh_errf(sf->err, sf->errlen, "out of memory");
	pl.dir = d.s;
	ret = load_at(&cfg, &pl, NULL, dir, 0, sf->err, sf->errlen);
	kh_strbuf_release(&d);
	if (ret < 0 || !cfg)
		return ret;
	if (sf->found) {
		ret = kh_errf(sf->err, sf->errlen,
			      "two config files apply, %s and %s: scan one directory at "
			      "a time, or name one with --config (or --no-config)",
			      sf->found->origin, cfg->origin);
		kh_config_free(cfg);
		return ret;
	}
	sf->found = cfg;
	return 0;
}

int kh_config_setup(struct kh_config **out, const struct kh_options *opt, int in_repo,
		    char *err, size_t errlen)
{
	struct cfg_place pl = { 0 };
	struct scan_find sf = { NULL, err, errlen };
	const char *slash;
	char *dir;
	int ret;

	*out = NULL;
	if (opt->no_config)
		return 0;
	if (opt->config_file) {
		/* rule files it names sit beside it */
		slash = strrchr(opt->config_file, '/');
		dir = kh_strndup(opt->config_file,
				 slash ? (size_t)(slash - opt->config_file) + 1 : 0);
		if (!dir)
			return kh_errf(err, errlen, "out of memory");
		pl.dir = dir;
		ret = load_at(out, &pl, slash ? slash + 1 : opt->config_file, "", 1, err,
			      errlen);
		free(dir);
		return ret;
	}
	/* an audit of many repositories has one rule set: --config only */
	if (in_repo && (opt->paths.n > 1 || opt->repos_from.n || opt->discover.n))
		return 0;
	if (in_repo || opt->ignore_from)
		return load_repo(out, opt->paths.n && in_repo ? opt->paths.v[0] : NULL,
				 opt->ignore_from, err, errlen);
	pl.dir = "";
	ret = load_at(&sf.found, &pl, NULL, "", 0, err, errlen);
	if (ret == 0 && (ret = kh_each_named_dir(opt, load_named_dir, &sf)) == -2)
		ret = kh_errf(err, errlen, "out of memory");
	if (ret < 0) {
		kh_config_free(sf.found);
		return -1;
	}
	*out = sf.found;
	return 0;
}

/* ---- using it ------------------------------------------------------------------ */

void kh_config_apply(struct kh_config *cfg, struct kh_options *opt)
{
	const struct cfg_data *cd;

	if (!cfg)
		return;
	cd = cfg->data;
	opt->config = cfg;
	if (cd->min_severity >= 0 && !(opt->cli_set & KH_SET_MIN_SEVERITY)) {
		opt->min_severity = cd->min_severity;
		cfg->applied |= KH_SET_MIN_SEVERITY;
	}
	if (cd->min_confidence >= 0 && !(opt->cli_set & KH_SET_MIN_CONFIDENCE)) {
		opt->min_confidence = cd->min_confidence;
		cfg->applied |= KH_SET_MIN_CONFIDENCE;
	}
	if (cd->has_contexts && !(opt->cli_set & KH_SET_EXCLUDE_CONTEXT)) {
		opt->exclude_contexts = cd->contexts;
		cfg->applied |= KH_SET_EXCLUDE_CONTEXT;
	}
	if (cd->max_file_size && !(opt->cli_set & KH_SET_MAX_FILE_SIZE)) {
		opt->max_file_size = cd->max_file_size;
		cfg->applied |= KH_SET_MAX_FILE_SIZE;
	}
}

static size_t count_builtin(const struct kh_ruleset *rs)
{
	size_t i, n = 0;

	for (i = 0; i < rs->n; i++)
		n += rs->v[i].builtin;
	return n;
}

int kh_config_load_rules(struct kh_config *cfg, struct kh_ruleset *rs, char *err,
			 size_t errlen)
{
	size_t i;

	for (i = 0; cfg && i < cfg->data->nrules; i++) {
		const struct cfg_rules *r = &cfg->data->rules[i];
		size_t builtin = count_builtin(rs), k;

		if (kh_rules_load_json(rs, r->text, r->len, r->origin, err, errlen) < 0)
			return -1;
		/* a rule of the file with a built-in id replaces it: said in
		 * the note, as a gate's rule can be weakened so */
		for (k = 0; k < rs->n; k++)
			cfg->rules_added += !strcmp(rs->v[k].source_file, r->origin);
		cfg->rules_replaced += builtin - count_builtin(rs);
	}
	return 0;
}

/* Whether the id or glob `pat` names rule id. */
static int names_rule(const char *pat, const char *id)
{
	return !fnmatch(pat, id, 0);
}

/* Whether one of the strings of `list` (a JSON array) names id. */
static int list_names(const cJSON *list, const char *id)
{
	const cJSON *e;

	cJSON_ArrayForEach (e, list)
		if (names_rule(e->valuestring, id))
			return 1;
	return 0;
}

/* Each string of list (or the one string) names a rule of rs. */
static int check_ids(const struct kh_config *cfg, const struct kh_ruleset *rs,
		     const cJSON *list, const char *key, char *err, size_t errlen)
{
	const cJSON *e = cJSON_IsString(list) ? list : list ? list->child : NULL;
	size_t i, k = 0;
	char ek[MAX_KEYPATH];

	for (; e; e = cJSON_IsString(list) ? NULL : e->next, k++) {
		for (i = 0; i < rs->n; i++)
			if (names_rule(e->valuestring, rs->v[i].id))
				break;
		if (i < rs->n)
			continue;
		if (cJSON_IsString(list))
			keypath(ek, "%s", key);
		else
			keypath(ek, "%s[%zu]", key, k);
		return key_err(cfg, e, ek, err, errlen,
			       "names no rule (see keyhound rules; globs such as "
			       "\"provider-*\" work)");
	}
	return 0;
}

int kh_config_select(struct kh_config *cfg, struct kh_ruleset *rs,
		     const struct kh_options *opt, char *err, size_t errlen)
{
	struct cfg_data *cd;
	unsigned char *remove;
	size_t i;
	char key[MAX_KEYPATH];

	if (!cfg)
		return 0;
	cd = cfg->data;
	if (check_ids(cfg, rs, cd->enable, "enable_rules", err, errlen) < 0 ||
	    check_ids(cfg, rs, cd->disable, "disable_rules", err, errlen) < 0)
		return -1;
	for (i = 0; i < cd->nallow; i++) {
		keypath(key, "allow[%zu].rule", i);
		if (check_ids(cfg, rs, cd->allow[i].rule, key, err, errlen) < 0)
			return -1;
	}
	if (!(remove = calloc(rs->n + 1, 1)))
		return kh_errf(err, errlen, "out of memory");
	for (i = 0; i < rs->n; i++) {
		const char *id = rs->v[i].id;

		/* the command line wins; a rule it disables is left for
		 * kh_rules_select, which wants to find it */
		if (kh_rule_listed(opt->enable_rules.v, opt->enable_rules.n, id) ||
		    kh_rule_listed(opt->disable_rules.v, opt->disable_rules.n, id))
			continue;
		remove[i] = (cd->enable && !opt->enable_rules.n &&
			     !list_names(cd->enable, id)) ||
			    list_names(cd->disable, id);
	}
	cfg->rules_removed = kh_rules_remove(rs, remove);
	free(remove);
	if (!rs->n)
		return kh_errf(err, errlen, "%s: no rule left to run", cfg->origin);
	return 0;
}

void kh_config_note(const struct kh_config *cfg, int quiet)
{
	static const char *sev[] = { "low", "medium", "high", "critical" };
	const struct cfg_data *cd;
	struct kh_strbuf b;
	int k;

	if (!cfg || quiet)
		return;
	cd = cfg->data;
	kh_strbuf_init(&b, 4096);
	if (cfg->rules_removed)
		kh_strbuf_addf(&b, ", %zu rule%s disabled", cfg->rules_removed,
			       cfg->rules_removed == 1 ? "" : "s");
	if (cfg->rules_added)
		kh_strbuf_addf(&b, ", %zu rule%s added", cfg->rules_added,
			       cfg->rules_added == 1 ? "" : "s");
	if (cfg->rules_replaced)
		kh_strbuf_addf(&b, " (%zu replacing built-in rule%s)",
			       cfg->rules_replaced, cfg->rules_replaced == 1 ? "" : "s");
	if (cd->nallow)
		kh_strbuf_addf(&b, ", %zu allow entr%s", cd->nallow,
			       cd->nallow == 1 ? "y" : "ies");
	if (cfg->applied & KH_SET_MIN_SEVERITY)
		kh_strbuf_addf(&b, ", min severity %s", sev[cd->min_severity]);
	if (cfg->applied & KH_SET_MIN_CONFIDENCE)
		kh_strbuf_addf(
			&b, ", min confidence %s",
			kh_confidence_name((enum kh_confidence)cd->min_confidence));
	if (cfg->applied & KH_SET_EXCLUDE_CONTEXT) {
		kh_strbuf_addf(&b, ", excluding context");
		for (k = KH_CTX_TEST; k <= KH_CTX_VENDOR; k++)
			if (cd->contexts >> k & 1)
				kh_strbuf_addf(&b, " %s",
					       kh_context_name((enum kh_context)k));
	}
	if (cd->nexcludes)
		kh_strbuf_addf(&b, ", %zu exclude glob%s", cd->nexcludes,
			       cd->nexcludes == 1 ? "" : "s");
	if (cfg->applied & KH_SET_MAX_FILE_SIZE)
		kh_strbuf_addf(&b, ", max file size %zu", cd->max_file_size);
	fprintf(stderr, "keyhound: note: using %s: %s\n", cfg->origin,
		b.failed ? "(out of memory)"
		: b.len	 ? b.s + 2
			 : "no change");
	kh_strbuf_release(&b);
}

static int allow_hits(const struct cfg_allow *a, const struct kh_config *cfg,
		      const struct kh_finding *f)
{
	const struct cfg_data *cd = cfg->data;
	size_t i;
	int hit;

	if (a->rule && !names_rule(a->rule->valuestring, f->rule->id))
		return 0;
	for (i = 0, hit = !a->npaths; i < a->npaths && !hit; i++)
		hit = f->file && kh_pathglob_hits(a->paths[i], cfg->base, f->file);
	if (!hit)
		return 0;
	for (i = 0, hit = !a->nvalues; i < a->nvalues && !hit; i++)
		hit = pcre2_match(a->values[i], (PCRE2_SPTR)f->secret, strlen(f->secret),
				  0, 0, cd->md, cd->mctx) >= 0;
	return hit;
}

int kh_config_allows(struct kh_config *cfg, const struct kh_finding *f)
{
	size_t i;

	for (i = 0; cfg && i < cfg->data->nallow; i++)
		if (allow_hits(&cfg->data->allow[i], cfg, f)) {
			cfg->suppressed++;
			return 1;
		}
	return 0;
}

int kh_config_excludes(struct kh_config *cfg, const char *path)
{
	size_t i;

	for (i = 0; cfg && i < cfg->data->nexcludes; i++)
		if (kh_pathglob_hits(cfg->data->excludes[i], cfg->base, path)) {
			atomic_fetch_add(&cfg->paths_skipped, 1);
			return 1;
		}
	return 0;
}

void kh_config_free(struct kh_config *cfg)
{
	struct cfg_data *cd;
	size_t i, k;

	if (!cfg)
		return;
	cd = cfg->data;
	if (cd) {
		for (i = 0; i < cd->nallow; i++) {
			for (k = 0; k < cd->allow[i].npaths; k++)
				kh_pathglob_free(cd->allow[i].paths[k]);
			for (k = 0; k < cd->allow[i].nvalues; k++)
				pcre2_code_free(cd->allow[i].values[k]);
			free(cd->allow[i].paths);
			free(cd->allow[i].values);
		}
		for (i = 0; i < cd->nrules; i++) {
			free(cd->rules[i].text);
			free(cd->rules[i].origin);
		}
		for (i = 0; i < cd->nexcludes; i++)
			kh_pathglob_free(cd->excludes[i]);
		free(cd->excludes);
		free(cd->allow);
		free(cd->rules);
		pcre2_match_data_free(cd->md);
		pcre2_match_context_free(cd->mctx);
		kh_json_doc_release(&cd->doc);
		free(cd);
	}
	free(cfg->origin);
	free(cfg->base);
	free(cfg);
}
