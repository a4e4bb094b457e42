/*
 * report_load.c - reads keyhound JSON reports back into findings, for
 * `keyhound verify REPORT.json` and `keyhound merge REPORT...`.
 *
 * Accepts what kh_format_json writes: a JSON array of findings, or JSON
 * lines (one finding object per line). Every field the report shows is
 * read back, so that writing the findings again gives the same report.
 * The report is untrusted input: every field is type-checked, sizes are
 * capped, and anything missing that a finding needs is an error naming
 * the finding's position.
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "decode.h"
#include "report.h"
#include "rules.h"
#include "util.h"
#include "verify.h"

#define REPORT_MAX   ((size_t)512 << 20)
#define POSITION_MAX 1e15 /* exact in a double */

/* The rule called id, or NULL. */
static const struct kh_rule *rule_by_id(const struct kh_ruleset *rs, const char *id)
{
	size_t i;

	for (i = 0; i < rs->n; i++)
		if (!strcmp(rs->v[i].id, id))
			return &rs->v[i];
	return NULL;
}

int kh_report_read(const char *path, char **text, size_t *len, char *err, size_t errlen)
{
	switch (kh_read_path(path, REPORT_MAX, (unsigned char **)text, len)) {
	case KH_READ_OK: return 0;
	case KH_READ_TOO_LARGE:
		return kh_errf(err, errlen, "%s: report larger than 512 MiB", path);
	default:
		return kh_errf(err, errlen, "%s: cannot read report: %s", path,
			       strerror(errno));
	}
}

/* A string field; its exact bytes from "key_bytes" when the writer had
 * to make it valid UTF-8 (see kh_json_fix_utf8). */
static char *dup_str(const cJSON *o, const char *key)
{
	const cJSON *it = cJSON_GetObjectItemCaseSensitive(o, key);
	char bkey[64];
	const char *b64;
	char *raw;

	if (!cJSON_IsString(it))
		return NULL;
	snprintf(bkey, sizeof(bkey), "%s_bytes", key);
	b64 = kh_vjson_str(o, bkey);
	if (b64 && (raw = kh_bytes_field_decode(b64)))
		return raw;
	return strdup(it->valuestring);
}

/* dup_str's as a string findings share (kh_shared_new). */
static char *shared_str(const cJSON *o, const char *key)
{
	char *s = dup_str(o, key), *shared = s ? kh_shared_new(s, strlen(s)) : NULL;

	free(s);
	return shared;
}

/* A non-negative integer field; 0 when absent; -1 when malformed. */
static int get_pos(const cJSON *o, const char *key, size_t *out)
{
	const cJSON *it = cJSON_GetObjectItemCaseSensitive(o, key);

	*out = 0;
	if (!it)
		return 0;
	if (!cJSON_IsNumber(it) || !(it->valuedouble >= 0) ||
	    it->valuedouble > POSITION_MAX || it->valuedouble != floor(it->valuedouble))
		return -1;
	*out = (size_t)it->valuedouble;
	return 0;
}

/* s is exactly n lower-case hex digits. */
static int is_hex(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
			return 0;
	return s[n] == '\0';
}

/*
 * "decoded": ["base64", "percent"] back to KH_DEC_* bits. kh_decoded_json
 * lists the first level's encodings, then the second's, each in bit
 * order, so a name that does not come after the one before starts the
 * second level. Returns 0, or -1 when malformed.
 */
static int get_decoded(const cJSON *o, unsigned *out)
{
	const cJSON *a = cJSON_GetObjectItemCaseSensitive(o, "decoded"), *it;
	unsigned next = 0, k;

	*out = 0;
	if (!a)
		return 0;
	if (!cJSON_IsArray(a))
		return -1;
	cJSON_ArrayForEach (it, a) {
		unsigned doc =
			cJSON_IsString(it) ? kh_decoded_document(it->valuestring) : 0;

		if (doc) { /* the document, named first */
			*out |= doc;
			continue;
		}
		k = cJSON_IsString(it) ? kh_decoded_encoding(it->valuestring)
				       : KH_DEC_ENCODINGS;
		if (k == KH_DEC_ENCODINGS)
			return -1;
		/* k counts encodings of both levels: KH_DEC_ENCODINGS a level */
		k += next / KH_DEC_ENCODINGS * KH_DEC_ENCODINGS;
		if (k < next)
			k += KH_DEC_ENCODINGS;
		if (k >= 2 * KH_DEC_ENCODINGS)
			return -1;
		*out |= kh_decoded_bit(k / KH_DEC_ENCODINGS, k % KH_DEC_ENCODINGS);
		next = k + 1;
	}
	return 0;
}

/* "context": "test" back to enum kh_context. Returns 0, or -1 when unknown. */
static int get_context(const cJSON *o, unsigned char *out)
{
	const char *name = kh_vjson_str(o, "context");
	int c;

	*out = KH_CTX_NONE;
	if (!name)
		return 0;
	for (c = KH_CTX_TEST; c <= KH_CTX_VENDOR; c++)
		if (!strcmp(name, kh_context_name((enum kh_context)c))) {
			*out = (unsigned char)c;
			return 0;
		}
	return -1;
}

/* "partner": {"kind", "line", "value"}: the identifier found beside the
 * secret (pair.h). A partner its rule does not have is left out. Returns
 * 0, or -1 when out of memory. */
static int load_partner(const cJSON *p, struct kh_finding *f)
{
	const cJSON *line = cJSON_GetObjectItemCaseSensitive(p, "line");

	struct kh_finding_more *m;

	if (!kh_rule_partner(f->rule) || !kh_vjson_str(p, "value"))
		return 0;
	if (!(m = kh_finding_more(f)) || !(m->partner = dup_str(p, "value")))
		return -1;
	m->partner_line =
		cJSON_IsNumber(line) && line->valuedouble >= 0 && line->valuedouble < 1e15
			? (size_t)line->valuedouble
			: 0;
	return 0;
}

/* The commit description of a finding from history, or NULL. */
static struct kh_commit_info *load_commit(const cJSON *c, int *bad)
{
	struct kh_commit_info *ci;
	const char *id = kh_vjson_str(c, "id");

	*bad = 0;
	if (!c || cJSON_IsNull(c))
		return NULL;
	/* an object id (perhaps abbreviated): anything else cannot name a
	 * commit, and would not be written back the same */
	if (!cJSON_IsObject(c) || !id || strlen(id) < 4 || strlen(id) >= sizeof(ci->id) ||
	    !is_hex(id, strlen(id))) {
		*bad = 1;
		return NULL;
	}
	if (!(ci = calloc(1, sizeof(*ci)))) {
		*bad = 1;
		return NULL;
	}
	memcpy(ci->id, id, strlen(id) + 1);
	ci->author = dup_str(c, "author");
	ci->email = dup_str(c, "email");
	ci->date = dup_str(c, "date");
	ci->message = dup_str(c, "message");
	return ci;
}

/*
 * One finding object of the report. Returns the finding, or NULL with err
 * set (what = "finding N").
 */
/* The finding o, the next after those read into before (whose last's path
 * it shares when the same). */
static struct kh_finding *load_finding(const cJSON *o, const struct kh_ruleset *rs,
				       const struct kh_findings *before, const char *path,
				       char *err, size_t errlen)
{
	unsigned long long order = before->n;
	const char *rid = kh_vjson_str(o, "rule_id");
	const char *secret = kh_vjson_str(o, "secret");
	const cJSON *file = cJSON_GetObjectItemCaseSensitive(o, "file");
	const cJSON *ent = cJSON_GetObjectItemCaseSensitive(o, "entropy");
	const cJSON *val = cJSON_GetObjectItemCaseSensitive(o, "validation");
	const cJSON *ver = cJSON_GetObjectItemCaseSensitive(o, "verification");
	const char *fp = kh_vjson_str(o, "fingerprint");
	const cJSON *repo = cJSON_GetObjectItemCaseSensitive(o, "repository");
	const struct kh_rule *rule;
	struct kh_finding *f;
	struct kh_commit_info *commit;
	char *s;
	int bad;

	if (!cJSON_IsObject(o) || !rid) {
		kh_errf(err, errlen,
			"%s: finding %llu: not a keyhound finding (no rule_id)", path,
			order + 1);
		return NULL;
	}
	if (!(rule = rule_by_id(rs, rid))) {
		kh_errf(err, errlen,
			"%s: finding %llu: unknown rule '%.80s' (add its rule file with "
			"--rules)",
			path, order + 1, rid);
		return NULL;
	}
	if (!secret || !secret[0]) {
		kh_errf(err, errlen,
			"%s: finding %llu has no secret (a masked report: write it "
			"with -o or --show-secrets, without --redact)",
			path, order + 1);
		return NULL;
	}
	if (!(f = calloc(1, sizeof(*f))))
		goto oom;
	f->rule = rule;
	f->order = order;
	f->secret = dup_str(o, "secret"); /* exact bytes, see dup_str */
	f->match = cJSON_IsString(cJSON_GetObjectItemCaseSensitive(o, "match"))
			   ? dup_str(o, "match")
			   : strdup(secret);
	if (cJSON_IsString(file)) {
		if (!(s = dup_str(o, "file")))
			goto oom;
		f->file = kh_path_share(before, s, strlen(s), "");
		free(s);
		if (!f->file)
			goto oom;
	}
	if (!f->secret || !f->match)
		goto oom;
	if (get_pos(o, "line", &f->line) || get_pos(o, "column", &f->column) ||
	    get_pos(o, "end_line", &f->end_line) ||
	    get_pos(o, "end_column", &f->end_column) || get_decoded(o, &f->decoded)) {
		kh_errf(err, errlen, "%s: finding %llu: bad line, column or decoded",
			path, order + 1);
		kh_finding_free(f);
		return NULL;
	}
	f->entropy = cJSON_IsNumber(ent) ? ent->valuedouble : 0;
	if (!(f->entropy >= 0 && f->entropy <= 64)) { /* bits per byte: 8 at most */
		kh_errf(err, errlen, "%s: finding %llu: bad entropy", path, order + 1);
		kh_finding_free(f);
		return NULL;
	}
	/* keep the report's fingerprint so baselines built on it still apply */
	if (fp && is_hex(fp, 32))
		memcpy(f->fingerprint, fp, 33);
	else
		kh_fingerprint(rule->id, f->secret, strlen(f->secret), f->fingerprint);
	if (cJSON_IsObject(val) && !(f->validation = cJSON_Duplicate(val, 1)))
		goto oom;
	if (cJSON_IsObject(ver) &&
	    (!kh_finding_more(f) || !(f->more->verification = cJSON_Duplicate(ver, 1))))
		goto oom;
	commit = load_commit(cJSON_GetObjectItemCaseSensitive(o, "commit"), &bad);
	if (!commit && !bad) {
		const cJSON *tag = cJSON_GetObjectItemCaseSensitive(o, "tag");

		commit = load_commit(tag, &bad);
		if (commit && !(commit->tag = dup_str(tag, "name")))
			bad = 1;
	}
	f->commit = commit;
	if (bad) {
		kh_errf(err, errlen, "%s: finding %llu: bad commit", path, order + 1);
		kh_finding_free(f);
		return NULL;
	}
	/* what the text around it said (a path's context is found again) */
	if (get_context(o, &f->context) < 0) {
		kh_errf(err, errlen, "%s: finding %llu: bad context", path, order + 1);
		kh_finding_free(f);
		return NULL;
	}
	if (load_partner(cJSON_GetObjectItemCaseSensitive(o, "partner"), f) < 0)
		goto oom;
	/* `keyhound git`: which repository */
	if (kh_vjson_str(repo, "path") &&
	    (!kh_finding_more(f) || !(f->more->repository = shared_str(repo, "path")) ||
	     (kh_vjson_str(repo, "url") &&
	      !(f->more->repository_url = shared_str(repo, "url")))))
		goto oom;
	return f;
oom:
	kh_finding_free(f);
	kh_errf(err, errlen, "%s: out of memory", path);
	return NULL;
}

static int add_finding(const cJSON *o, const struct kh_ruleset *rs,
		       struct kh_findings *tmp, const char *path, char *err,
		       size_t errlen)
{
	struct kh_finding *f = load_finding(o, rs, tmp, path, err, errlen);

	if (!f)
		return -1;
	if (kh_findings_push(tmp, f) < 0) {
		kh_finding_free(f);
		return kh_errf(err, errlen, "%s: out of memory", path);
	}
	return 0;
}

int kh_report_each_line(const char *path, const char *s, size_t len, const char *bad,
			int (*each)(const cJSON *o, size_t lineno, void *ctx), void *ctx,
			char *err, size_t errlen)
{
	const char *p = s, *end = s + len;
	size_t lineno = 0;

	for (; p < end; p++) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
		size_t blank = 0;
		cJSON *o;
		int rc;

		lineno++;
		/* bounded by the line: s need not end in a NUL */
		while (blank < n &&
		       (p[blank] == ' ' || p[blank] == '\t' || p[blank] == '\r'))
			blank++;
		if (blank < n) {
			if (!(o = cJSON_ParseWithLength(p, n)))
				return kh_errf(err, errlen, "%s:%zu: %s", path, lineno,
					       bad);
			rc = each(o, lineno, ctx);
			cJSON_Delete(o);
			if (rc < 0)
				return -1;
		}
		if (!nl)
			break;
		p = nl;
	}
	return 0;
}

struct load_ctx {
	const struct kh_ruleset *rs;
	struct kh_findings *tmp;
	const char *path;
	char *err;
	size_t errlen;
};

static int load_line(const cJSON *o, size_t lineno, void *ctx)
{
	struct load_ctx *c = ctx;

	(void)lineno;
	return add_finding(o, c->rs, c->tmp, c->path, c->err, c->errlen);
}

/* JSON lines: one finding per non-empty line. */
static int load_lines(const char *s, size_t len, const struct kh_ruleset *rs,
		      struct kh_findings *tmp, const char *path, char *err, size_t errlen)
{
	struct load_ctx c = { rs, tmp, path, err, errlen };

	return kh_report_each_line(path, s, len,
				   "not a keyhound finding (only json and jsonl reports "
				   "can be read back)",
				   load_line, &c, err, errlen);
}

int kh_report_parse(const char *path, char *s, size_t len, const struct kh_ruleset *rs,
		    struct kh_findings *out, char *err, size_t errlen)
{
	struct kh_findings tmp = { 0 };
	const char *p = s;
	const char *end = s + len;
	cJSON *doc = NULL, *it;
	int ret = -1;

	while (p < end && strchr(" \t\r\n", *p) && *p)
		p++;
	if (p < end && *p == '[') {
		doc = cJSON_ParseWithLength(s, len);
		if (!cJSON_IsArray(doc)) {
			kh_errf(err, errlen,
				"%s: not a keyhound JSON report (a JSON array of "
				"findings)",
				path);
			goto out;
		}
		cJSON_ArrayForEach (it, doc) {
			if (add_finding(it, rs, &tmp, path, err, errlen) < 0)
				goto out;
		}
	} else if (p < end && *p == '{') {
		if (load_lines(s, len, rs, &tmp, path, err, errlen) < 0)
			goto out;
	} else if (p < end) {
		kh_errf(err, errlen,
			"%s: not a keyhound JSON report (SARIF and text reports cannot "
			"be read back)",
			path);
		goto out;
	}
	if (kh_findings_take(out, &tmp) < 0) {
		kh_errf(err, errlen, "%s: out of memory", path);
		goto out;
	}
	ret = 0;
out:
	cJSON_Delete(doc);
	kh_findings_release(&tmp);
	return ret;
}

int kh_report_load(const char *path, const struct kh_ruleset *rs, struct kh_findings *out,
		   char *err, size_t errlen)
{
	char *text;
	size_t len;
	int ret;

	if (kh_report_read(path, &text, &len, err, errlen) < 0)
		return -1;
	ret = kh_report_parse(path, text, len, rs, out, err, errlen);
	explicit_bzero(text, len); /* the report holds secrets */
	free(text);
	return ret;
}

int kh_report_merge(const struct kh_strlist *paths, const struct kh_ruleset *rs,
		    struct kh_findings *out, size_t *dropped, char *err, size_t errlen)
{
	struct kh_findings all = { 0 };
	size_t i;
	int ret;

	*dropped = 0;
	if (!paths->n)
		return kh_errf(err, errlen, "merge: expected one or more reports");
	for (i = 0; i < paths->n; i++) {
		if (kh_report_load(paths->v[i], rs, &all, err, errlen) < 0) {
			kh_findings_release(&all);
			return -1;
		}
	}
	/* of two copies of one finding, the earlier report's is kept */
	for (i = 0; i < all.n; i++)
		all.v[i]->order = i;
	kh_findings_sort(&all);
	*dropped = kh_findings_dedupe(&all);
	ret = kh_findings_take(out, &all);
	kh_findings_release(&all); /* what take could not move, and the array */
	return ret < 0 ? kh_errf(err, errlen, "out of memory merging reports") : 0;
}
