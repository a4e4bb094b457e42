#include "finding.h"

#include <stdlib.h>
#include <string.h>

#include "rules.h"
#include "sha256.h"
#include "util.h"

int kh_findings_push(struct kh_findings *l, struct kh_finding *f)
{
	if (kh_grow((void **)&l->v, &l->cap, l->n + 1, sizeof(*l->v)) < 0)
		return -1;
	l->v[l->n++] = f;
	return 0;
}

int kh_findings_take(struct kh_findings *dst, struct kh_findings *src)
{
	size_t i;

	for (i = 0; i < src->n; i++) {
		if (kh_findings_push(dst, src->v[i]) < 0) {
			/* keep what was not moved in src so nothing leaks */
			memmove(src->v, src->v + i, (src->n - i) * sizeof(*src->v));
			src->n -= i;
			return -1;
		}
	}
	src->n = 0;
	return 0;
}

static int strcmp_null(const char *a, const char *b)
{
	if (!a || !b)
		return a ? 1 : b ? -1 : 0;
	return strcmp(a, b);
}

static int cmp_size(size_t a, size_t b)
{
	return a < b ? -1 : a > b;
}

static int finding_cmp(const void *pa, const void *pb)
{
	const struct kh_finding *a = *(struct kh_finding *const *)pa;
	const struct kh_finding *b = *(struct kh_finding *const *)pb;
	int c;

	if (a->order != b->order)
		return a->order < b->order ? -1 : 1;
	if ((c = strcmp_null(a->file, b->file)))
		return c;
	if ((c = cmp_size(a->line, b->line)) || (c = cmp_size(a->column, b->column)))
		return c;
	if ((c = strcmp(a->rule->id, b->rule->id)))
		return c;
	if ((c = strcmp_null(a->commit ? a->commit->id : NULL,
			     b->commit ? b->commit->id : NULL)))
		return c;
	return strcmp(a->secret, b->secret);
}

void kh_findings_sort(struct kh_findings *l)
{
	if (l->n > 1)
		qsort(l->v, l->n, sizeof(*l->v), finding_cmp);
}

void kh_findings_release(struct kh_findings *l)
{
	size_t i;

	if (!l)
		return;
	for (i = 0; i < l->n; i++)
		kh_finding_free(l->v[i]);
	free(l->v);
	memset(l, 0, sizeof(*l));
}

void kh_finding_free(struct kh_finding *f)
{
	if (!f)
		return;
	free(f->secret);
	free(f->match);
	free(f->file);
	cJSON_Delete(f->validation);
	cJSON_Delete(f->groups);
	cJSON_Delete(f->verification);
	kh_commit_info_free(f->commit);
	free(f);
}

struct kh_commit_info *kh_commit_info_dup(const struct kh_commit_info *c)
{
	struct kh_commit_info *d;

	if (!c)
		return NULL;
	d = calloc(1, sizeof(*d));
	if (!d)
		return NULL;
	memcpy(d->id, c->id, sizeof(d->id));
	d->author = c->author ? strdup(c->author) : NULL;
	d->email = c->email ? strdup(c->email) : NULL;
	d->date = c->date ? strdup(c->date) : NULL;
	d->message = c->message ? strdup(c->message) : NULL;
	d->tag = c->tag ? strdup(c->tag) : NULL;
	if ((c->author && !d->author) || (c->email && !d->email) ||
	    (c->date && !d->date) || (c->message && !d->message) || (c->tag && !d->tag)) {
		kh_commit_info_free(d);
		return NULL;
	}
	return d;
}

void kh_commit_info_free(struct kh_commit_info *c)
{
	if (!c)
		return;
	free(c->author);
	free(c->email);
	free(c->date);
	free(c->message);
	free(c->tag);
	free(c);
}

void kh_fingerprint(const char *rule_id, const char *secret, size_t len, char out[33])
{
	static const char hex[] = "0123456789abcdef";
	struct kh_sha256 c;
	unsigned char md[32];
	int i;

	kh_sha256_init(&c);
	kh_sha256_update(&c, rule_id, strlen(rule_id) + 1);
	kh_sha256_update(&c, secret, len);
	kh_sha256_final(&c, md);
	for (i = 0; i < 16; i++) {
		out[2 * i] = hex[md[i] >> 4];
		out[2 * i + 1] = hex[md[i] & 15];
	}
	out[32] = '\0';
}
