/*
 * report_safe.c - what makes a report safe to print: every secret of the
 * report masked in every string, invalid UTF-8 made valid (reversibly),
 * and control characters kept away from the terminal.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "report.h"
#include "validate.h"
#include "util.h"

/*
 * Secrets are found by exact match, one hash table per secret length:
 * a rolling hash over each string finds every occurrence in
 * O(length x distinct secret lengths), however many secrets share a
 * prefix (100k "ghp_" tokens cost no more than one).
 */
#define HASH_BASE 1099511628211ull

struct length_group {
	size_t len;
	uint64_t pow; /* HASH_BASE^(len-1) */
	size_t *slot; /* open addressing: index + 1 into secret[]; 0: empty */
	size_t mask;  /* table size - 1 */
};

struct kh_masker {
	char **secret; /* distinct copies */
	size_t n;
	struct length_group *group; /* longest first */
	size_t ngroups;
};

static uint64_t hash_bytes(const unsigned char *s, size_t n)
{
	uint64_t h = 0;

	while (n--)
		h = h * HASH_BASE + *s++;
	return h;
}

static int longest_first(const void *pa, const void *pb)
{
	const char *a = *(char *const *)pa, *b = *(char *const *)pb;
	size_t la = strlen(a), lb = strlen(b);

	if (la != lb)
		return la > lb ? -1 : 1;
	return strcmp(a, b);
}

/* Builds one table per length over m->secret (sorted longest first). */
static int build_groups(struct kh_masker *m)
{
	size_t i = 0, j, k;

	if (!(m->group = calloc(m->n + 1, sizeof(*m->group))))
		return -1;
	while (i < m->n) {
		struct length_group *g = &m->group[m->ngroups++];
		size_t len = strlen(m->secret[i]), cnt = 0, size = 4;

		for (j = i; j < m->n && strlen(m->secret[j]) == len; j++)
			cnt++;
		while (size < 2 * cnt)
			size *= 2;
		g->len = len;
		g->mask = size - 1;
		for (g->pow = 1, k = 1; k < len; k++)
			g->pow *= HASH_BASE;
		if (!(g->slot = calloc(size, sizeof(*g->slot))))
			return -1;
		for (; i < j; i++) {
			size_t h = (size_t)hash_bytes((const unsigned char *)m->secret[i],
						      len);

			while (g->slot[h & g->mask])
				h++;
			g->slot[h & g->mask] = i + 1;
		}
	}
	return 0;
}

/* Frees secret[0..n) and the array. */
static void free_secrets(char **secret, size_t n)
{
	size_t i;

	for (i = 0; secret && i < n; i++)
		free(secret[i]);
	free(secret);
}

struct kh_masker *kh_masker_new(const struct kh_findings *l)
{
	struct kh_masker *m = calloc(1, sizeof(*m));
	char **all = calloc(kh_findings_count(l) + 1, sizeof(*all));
	struct kh_finding_iter it;
	const struct kh_finding *f;
	size_t i, k = 0;

	if (!m || !all)
		goto fail;
	/* copies, since a finding the iterator gives is good only until the
	 * next; the same secret twice in a row (a file's repeats) once */
	for (kh_findings_iter(&it, l); (f = kh_iter_next(&it));) {
		if (!f->secret || !f->secret[0] || (k && !strcmp(all[k - 1], f->secret)))
			continue;
		if (!(all[k] = strdup(f->secret)))
			goto fail;
		k++;
	}
	kh_sort(all, k, sizeof(*all), longest_first);
	/* the distinct ones, in place */
	m->secret = all;
	for (i = 0; i < k; i++) {
		if (!m->n || strcmp(m->secret[m->n - 1], all[i]))
			m->secret[m->n++] = all[i];
		else
			free(all[i]);
	}
	all = NULL;
	if (build_groups(m) < 0)
		goto fail;
	return m;
fail:
	free_secrets(all, k);
	kh_masker_free(m);
	return NULL;
}

void kh_masker_free(struct kh_masker *m)
{
	size_t i;

	if (!m)
		return;
	for (i = 0; m->group && i < m->ngroups; i++)
		free(m->group[i].slot);
	free(m->group);
	free_secrets(m->secret, m->n);
	free(m);
}

/* Marks in best[] the longest secret of group g starting at each position. */
static void find_group(const struct kh_masker *m, const struct length_group *g,
		       const unsigned char *s, size_t n, size_t *best)
{
	uint64_t h;
	size_t i;

	if (g->len > n)
		return;
	h = hash_bytes(s, g->len);
	for (i = 0;; i++) {
		size_t at;

		for (at = (size_t)h; !best[i] && g->slot[at & g->mask]; at++) {
			const char *sec = m->secret[g->slot[at & g->mask] - 1];

			if (!memcmp(sec, s + i, g->len))
				best[i] = g->slot[at & g->mask];
		}
		if (i + g->len >= n)
			break;
		h = (h - s[i] * g->pow) * HASH_BASE + s[i + g->len];
	}
}

char *kh_masker_apply(const struct kh_masker *m, const char *s)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t n = strlen(s), i, run = 0, *best = NULL;
	struct kh_strbuf b;
	char mask[32];

	if (m && m->n && n) {
		if (!(best = calloc(n, sizeof(*best))))
			return NULL;
		/* longest first: a longer secret wins where two start */
		for (i = 0; i < m->ngroups; i++)
			find_group(m, &m->group[i], u, n, best);
	}
	kh_strbuf_init(&b, 0);
	for (i = 0; best && i < n;) {
		if (!best[i]) {
			i++;
			continue;
		}
		kh_strbuf_add(&b, s + run, i - run);
		kh_redact(m->secret[best[i] - 1], mask, sizeof(mask));
		kh_strbuf_add(&b, mask, strlen(mask));
		i += strlen(m->secret[best[i] - 1]);
		run = i;
	}
	kh_strbuf_add(&b, s + run, n - run);
	free(best);
	if (b.failed) {
		kh_strbuf_release(&b);
		return NULL;
	}
	return b.s ? b.s : strdup("");
}

int kh_json_mask(cJSON *o, const struct kh_masker *m)
{
	cJSON *it;

	if (cJSON_IsString(o) && o->valuestring) {
		char *s = kh_masker_apply(m, o->valuestring);

		if (!s)
			return -1;
		free(o->valuestring);
		o->valuestring = s;
		return 0;
	}
	cJSON_ArrayForEach (it, o)
		if (kh_json_mask(it, m) < 0)
			return -1;
	return 0;
}

int kh_utf8_valid(const char *s)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t n;

	while (*u) {
		if (!(n = kh_utf8_len(u)))
			return 0;
		u += n;
	}
	return 1;
}

static char *base64(const unsigned char *s, size_t n)
{
	static const char tab[] =
		"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	char *out = malloc((n + 2) / 3 * 4 + 1), *o = out;
	size_t i;

	if (!out)
		return NULL;
	for (i = 0; i + 2 < n; i += 3) {
		uint32_t v = (uint32_t)s[i] << 16 | (uint32_t)s[i + 1] << 8 | s[i + 2];

		*o++ = tab[v >> 18];
		*o++ = tab[(v >> 12) & 63];
		*o++ = tab[(v >> 6) & 63];
		*o++ = tab[v & 63];
	}
	if (i < n) {
		uint32_t v =
			(uint32_t)s[i] << 16 | (i + 1 < n ? (uint32_t)s[i + 1] << 8 : 0);

		*o++ = tab[v >> 18];
		*o++ = tab[(v >> 12) & 63];
		*o++ = i + 1 < n ? tab[(v >> 6) & 63] : '=';
		*o++ = '=';
	}
	*o = '\0';
	return out;
}

char *kh_bytes_field_decode(const char *s)
{
	size_t n = strlen(s);
	char *out = malloc(n / 4 * 3 + 3);
	long got = out ? kh_base64_decode((const unsigned char *)s, n,
					  (unsigned char *)out, n / 4 * 3 + 2)
		       : -1;

	/* a name has no NUL: one in the bytes is a damaged report */
	if (got < 0 || memchr(out, '\0', (size_t)got)) {
		free(out);
		return NULL;
	}
	out[got] = '\0';
	return out;
}

char *kh_utf8_lossy(const char *s)
{
	const unsigned char *u = (const unsigned char *)s;
	struct kh_strbuf b;
	size_t n;

	kh_strbuf_init(&b, 0);
	while (*u) {
		n = kh_utf8_len(u);
		if (n)
			kh_strbuf_add(&b, u, n);
		else
			kh_strbuf_add(&b, "\xef\xbf\xbd", 3); /* U+FFFD */
		u += n ? n : 1;
	}
	if (b.failed) {
		kh_strbuf_release(&b);
		return NULL;
	}
	return b.s ? b.s : strdup("");
}

/* Replaces the string value of `it` with its lossy form; *raw gets the
 * original bytes (caller frees). */
static int make_valid(cJSON *it, char **raw)
{
	char *v = kh_utf8_lossy(it->valuestring);

	if (!v)
		return -1;
	*raw = it->valuestring;
	it->valuestring = v;
	return 0;
}

int kh_json_fix_utf8(cJSON *o, int keep_bytes)
{
	cJSON *it;

	cJSON_ArrayForEach (it, o) {
		char *raw, *b64, *key;
		size_t kl;

		/* a name too: a report read back (verify, merge) may hold
		 * any bytes in the keys of its "validation" */
		if (it->string && !(it->type & cJSON_StringIsConst) &&
		    !kh_utf8_valid(it->string)) {
			if (!(key = kh_utf8_lossy(it->string)))
				return -1;
			cJSON_free(it->string);
			it->string = key;
		}
		if (!cJSON_IsString(it)) {
			if (kh_json_fix_utf8(it, keep_bytes) < 0)
				return -1;
			continue;
		}
		if (!it->valuestring || kh_utf8_valid(it->valuestring))
			continue;
		if (make_valid(it, &raw) < 0)
			return -1;
		if (!keep_bytes || !cJSON_IsObject(o) || !it->string) {
			free(raw);
			continue;
		}
		/* the exact bytes beside the readable form: "file" and
		 * "file_bytes" (base64) */
		b64 = base64((const unsigned char *)raw, strlen(raw));
		free(raw);
		kl = strlen(it->string);
		key = malloc(kl + sizeof("_bytes"));
		if (!b64 || !key) {
			free(b64);
			free(key);
			return -1;
		}
		memcpy(key, it->string, kl);
		memcpy(key + kl, "_bytes", sizeof("_bytes"));
		/* appended at the end: the loop reaches it, valid, and skips it */
		cJSON_AddStringToObject(o, key, b64);
		free(key);
		free(b64);
	}
	return 0;
}

int kh_json_add_nested(struct kh_strbuf *out, cJSON *o, const struct kh_masker *m,
		       int depth, int keep_bytes)
{
	static const char tabs[] = "\n\t\t\t\t\t\t\t\t";
	char *s = NULL, *line, *nl;

	if (depth < 0 || depth > (int)sizeof(tabs) - 2)
		depth = 0;
	if (o && kh_json_mask(o, m) == 0 && kh_json_fix_utf8(o, keep_bytes) == 0)
		s = cJSON_Print(o);
	cJSON_Delete(o);
	if (!s)
		return -1;
	/* a string's newline is escaped: each one here is the layout's */
	for (line = s; (nl = strchr(line, '\n')); line = nl + 1) {
		*nl = '\0';
		kh_json_add_safe(out, line);
		kh_strbuf_add(out, tabs, 1 + (size_t)depth);
	}
	kh_json_add_safe(out, line);
	free(s);
	return 0;
}

int kh_json_add_list(struct kh_strbuf *out, char *doc, const struct kh_json_list *list,
		     const struct kh_findings *l, const struct kh_masker *m)
{
	struct kh_finding_iter it;
	const struct kh_finding *f;
	char *tail = strstr(doc, list->at);
	int any = 0;

	if (!tail)
		return -1;
	/* the document's text up to the empty list's '[', its entries, the
	 * rest from its ']' */
	tail += strlen(list->at) - 1;
	*tail = '\0';
	kh_json_add_safe(out, doc);
	*tail = ']';
	for (kh_findings_iter(&it, l); (f = kh_iter_next(&it)); any = 1) {
		if (any)
			kh_strbuf_add(out, ", ", 2);
		if (kh_json_add_nested(out, list->entry(f, list->arg), m, list->depth,
				       list->keep_bytes) < 0)
			return -1;
	}
	kh_json_add_safe(out, tail);
	return 0;
}

void kh_json_add_safe(struct kh_strbuf *out, const char *s)
{
	const unsigned char *u = (const unsigned char *)s, *from = u;
	size_t n;

	while (*u) {
		/* C0 in a string is escaped by cJSON, outside one it is layout */
		if (*u < 0x7f || kh_term_safe(u, &n)) {
			u += *u < 0x7f ? 1 : n;
			continue;
		}
		kh_strbuf_add(out, from, (size_t)(u - from));
		if (n == 1) /* DEL; no invalid byte gets here */
			kh_strbuf_addf(out, "\\u%04x", *u);
		else if (n == 2)
			kh_strbuf_addf(out, "\\u%04x",
				       (u[0] & 0x1f) << 6 | (u[1] & 0x3f));
		else
			kh_strbuf_addf(out, "\\u%04x",
				       (u[0] & 0x0f) << 12 | (u[1] & 0x3f) << 6 |
					       (u[2] & 0x3f));
		u += n;
		from = u;
	}
	kh_strbuf_add(out, from, (size_t)(u - from));
}

void kh_text_escape(struct kh_strbuf *out, const char *s)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t n;

	while (*u) {
		if (kh_term_safe(u, &n)) {
			kh_strbuf_add(out, u, n);
		} else {
			size_t k;

			for (k = 0; k < n; k++)
				kh_strbuf_addf(out, "\\x%02x", u[k]);
		}
		u += n;
	}
}
