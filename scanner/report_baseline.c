/*
 * report_baseline.c - baselines: the findings a team has accepted, kept as
 * fingerprints (never secrets), written by -f baseline and read back by
 * --baseline together with earlier JSON and JSONL reports.
 */
#include <stdlib.h>
#include <string.h>

#include "report.h"
#include "verify.h"
#include "util.h"

#define BASELINE_FORMAT 1

struct entry {
	char fp[33];
	char *rule_id, *file; /* may be NULL */
	int used;
};

struct kh_baseline {
	struct entry *v;
	size_t n, cap;
	size_t with_secret; /* entries of an old report that hold a secret */
};

/* A finding's baseline entry; NULL when out of memory. */
static cJSON *baseline_entry(const struct kh_finding *f, void *arg)
{
	cJSON *o = cJSON_CreateObject();

	(void)arg;
	if (!o)
		return NULL;
	cJSON_AddStringToObject(o, "fingerprint", f->fingerprint);
	cJSON_AddStringToObject(o, "rule_id", f->rule->id);
	if (f->file)
		cJSON_AddStringToObject(o, "file", f->file);
	else
		cJSON_AddNullToObject(o, "file");
	cJSON_AddNumberToObject(o, "line", (double)f->line);
	if (f->commit)
		cJSON_AddStringToObject(o, "commit", f->commit->id);
	return o;
}

/*
 * The document is printed with its findings empty, then each entry into
 * its place one at a time (as SARIF's results): cJSON_Print()'s text of
 * the whole, never a tree of a million entries. A file name can hold a
 * secret too: a baseline holds none.
 */
int kh_format_baseline(struct kh_strbuf *out, const struct kh_findings *l)
{
	/* findings[i]: two levels in */
	static const struct kh_json_list findings = { "\"findings\":\t[]", 2, 1,
						      baseline_entry, NULL };
	struct kh_masker *m = kh_masker_new(l);
	cJSON *doc = cJSON_CreateObject();
	char *s = NULL;
	int ret = -1;

	if (!m || !doc)
		goto out;
	cJSON_AddNumberToObject(doc, "version", BASELINE_FORMAT);
	cJSON_AddStringToObject(doc, "tool", "keyhound " KH_VERSION);
	/* the entries are the document's last member: its text goes on
	 * after the empty array's '[' */
	if (cJSON_AddArrayToObject(doc, "findings") && kh_json_mask(doc, m) == 0 &&
	    kh_json_fix_utf8(doc, 1) == 0)
		s = cJSON_Print(doc);
	if (!s || kh_json_add_list(out, s, &findings, l, m) < 0)
		goto out;
	kh_strbuf_add(out, "\n", 1);
	ret = out->failed ? -1 : 0;
out:
	kh_masker_free(m);
	cJSON_Delete(doc);
	free(s);
	return ret;
}

static int is_fp(const char *s)
{
	size_t i;

	for (i = 0; i < 32; i++)
		if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
			return 0;
	return s[32] == '\0';
}

/* Adds the entry described by o (a baseline entry or a report finding). */
static int add_entry(struct kh_baseline *b, const cJSON *o, const char *path, size_t pos,
		     char *err, size_t errlen)
{
	const char *fp = kh_vjson_str(o, "fingerprint");
	const char *rid = kh_vjson_str(o, "rule_id");
	const char *secret = kh_vjson_str(o, "secret");
	const char *file = kh_vjson_str(o, "file");
	struct entry *e;

	if (kh_grow((void **)&b->v, &b->cap, b->n + 1, sizeof(*b->v)) < 0)
		return kh_errf(err, errlen, "%s: out of memory", path);
	e = &b->v[b->n];
	memset(e, 0, sizeof(*e));
	if (fp && is_fp(fp))
		memcpy(e->fp, fp, 33);
	else if (rid && secret && secret[0] && !fp)
		kh_fingerprint(rid, secret, strlen(secret), e->fp);
	else
		return kh_errf(err, errlen,
			       "%s: entry %zu: no fingerprint (32 lower-case hex digits)",
			       path, pos);
	b->with_secret += secret && secret[0];
	e->rule_id = rid ? strdup(rid) : NULL;
	e->file = file ? strdup(file) : NULL;
	b->n++;
	if ((rid && !e->rule_id) || (file && !e->file))
		return kh_errf(err, errlen, "%s: out of memory", path);
	return 0;
}

static int add_all(struct kh_baseline *b, const cJSON *arr, const char *path, char *err,
		   size_t errlen)
{
	const cJSON *it;
	size_t pos = 0;

	cJSON_ArrayForEach (it, arr)
		if (add_entry(b, it, path, ++pos, err, errlen) < 0)
			return -1;
	return 0;
}

struct lines_ctx {
	struct kh_baseline *b;
	const char *path;
	char *err;
	size_t errlen;
};

#define NOT_BASELINE "not a keyhound baseline or JSON report"

static int add_line(const cJSON *o, size_t lineno, void *ctx)
{
	struct lines_ctx *c = ctx;

	if (!cJSON_IsObject(o))
		return kh_errf(c->err, c->errlen, "%s:%zu: " NOT_BASELINE, c->path,
			       lineno);
	return add_entry(c->b, o, c->path, lineno, c->err, c->errlen);
}

/* JSON lines, one finding each (a -f jsonl report). */
static int add_lines(struct kh_baseline *b, const char *s, size_t len, const char *path,
		     char *err, size_t errlen)
{
	struct lines_ctx c = { b, path, err, errlen };

	return kh_report_each_line(path, s, len, NOT_BASELINE, add_line, &c, err, errlen);
}

static int entry_cmp(const void *a, const void *b)
{
	return strcmp(((const struct entry *)a)->fp, ((const struct entry *)b)->fp);
}

struct kh_baseline *kh_baseline_parse(const char *text, size_t len, const char *path,
				      char *err, size_t errlen)
{
	struct kh_baseline *b = calloc(1, sizeof(*b));
	const cJSON *findings;
	cJSON *doc;
	int rc = -1;

	if (!b) {
		kh_errf(err, errlen, "%s: out of memory", path);
		return NULL;
	}
	doc = cJSON_ParseWithLength(text, len);
	findings = cJSON_GetObjectItemCaseSensitive(doc, "findings");
	if (cJSON_IsArray(doc))
		rc = add_all(b, doc, path, err, errlen);
	else if (cJSON_IsObject(doc) && cJSON_IsArray(findings))
		rc = add_all(b, findings, path, err, errlen);
	else if ((!doc || cJSON_IsObject(doc)) && len)
		rc = add_lines(b, text, len, path, err, errlen); /* JSON lines */
	else
		kh_errf(err, errlen,
			"%s: not a keyhound baseline (-f baseline) or JSON report", path);
	if (rc == 0 && b->n) /* none: b->v is NULL, which qsort may not take */
		kh_sort(b->v, b->n, sizeof(*b->v), entry_cmp);
	cJSON_Delete(doc);
	if (rc < 0) {
		kh_baseline_free(b);
		return NULL;
	}
	return b;
}

struct kh_baseline *kh_baseline_load(const char *path, char *err, size_t errlen)
{
	struct kh_baseline *b;
	char *text = NULL;
	size_t len = 0;

	if (kh_report_read(path, &text, &len, err, errlen) < 0)
		return NULL;
	b = kh_baseline_parse(text, len, path, err, errlen);
	explicit_bzero(text, len); /* an old report holds secrets */
	free(text);
	return b;
}

int kh_baseline_has(struct kh_baseline *b, const char *fp)
{
	struct entry key, *e;
	size_t i, k;

	if (!b || !b->n)
		return 0;
	memcpy(key.fp, fp, sizeof(key.fp));
	key.fp[32] = '\0';
	e = kh_search(&key, b->v, b->n, sizeof(*b->v), entry_cmp);
	if (!e)
		return 0;
	/* every entry with this fingerprint is in use */
	i = (size_t)(e - b->v);
	for (k = i; k > 0 && !strcmp(b->v[k - 1].fp, key.fp); k--)
		;
	for (; k < b->n && !strcmp(b->v[k].fp, key.fp); k++)
		b->v[k].used = 1;
	return 1;
}

size_t kh_baseline_secrets(const struct kh_baseline *b)
{
	return b ? b->with_secret : 0;
}

size_t kh_baseline_stale(const struct kh_baseline *b,
			 void (*each)(const char *fp, const char *rule_id,
				      const char *file, void *payload),
			 void *payload)
{
	size_t i, n = 0;

	for (i = 0; b && i < b->n; i++) {
		if (b->v[i].used)
			continue;
		n++;
		if (each)
			each(b->v[i].fp, b->v[i].rule_id, b->v[i].file, payload);
	}
	return n;
}

void kh_baseline_free(struct kh_baseline *b)
{
	size_t i;

	if (!b)
		return;
	for (i = 0; i < b->n; i++) {
		free(b->v[i].rule_id);
		free(b->v[i].file);
	}
	free(b->v);
	free(b);
}
