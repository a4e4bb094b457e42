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
 * Secrets are found by exact match, one table per secret length: a
 * rolling hash over each string finds every occurrence in O(length x
 * distinct secret lengths), however many secrets share a prefix (100k
 * "ghp_" tokens cost no more than one). The tables keep no copy of a
 * secret, only two digests of it, 12 bytes: its rolling hash, and a
 * check digest of another kind (FNV-1a) asked only where the rolling hash
 * matches, so that two strings a polynomial hash confuses are still told
 * apart. A match is masked from the matched bytes, which are the secret.
 */
#define HASH_BASE 1099511628211ull

/* 4-byte words: 12 bytes, not 16, an entry (sorted by roll, then check) */
struct digest {
	uint32_t roll_hi, roll_lo, check;
};

struct length_group {
	size_t len;
	uint64_t pow;	       /* HASH_BASE^(len-1) */
	struct digest *d;      /* distinct, sorted once built */
	size_t n, cap, sorted; /* d[0, sorted) sorted and distinct */
	/* d[first[b], first[b + 1]): the entries whose roll's top `bits`
	 * bits are b */
	uint32_t *first;
	int bits;
};

struct kh_masker {
	struct length_group *group; /* longest first, once built */
	size_t ngroups, cap;
};

static uint64_t hash_bytes(const unsigned char *s, size_t n)
{
	uint64_t h = 0;

	while (n--)
		h = h * HASH_BASE + *s++;
	return h;
}

static uint32_t check_bytes(const unsigned char *s, size_t n)
{
	uint32_t h = 2166136261u;

	while (n--)
		h = (h ^ *s++) * 16777619u;
	return h;
}

static uint64_t roll_of(const struct digest *d)
{
	return (uint64_t)d->roll_hi << 32 | d->roll_lo;
}

static int digest_cmp(const void *pa, const void *pb)
{
	const struct digest *a = pa, *b = pb;
	uint64_t ra = roll_of(a), rb = roll_of(b);

	if (ra != rb)
		return ra < rb ? -1 : 1;
	return a->check < b->check ? -1 : a->check > b->check;
}

static int longest_first(const void *pa, const void *pb)
{
	const struct length_group *a = pa, *b = pb;

	return a->len < b->len ? 1 : a->len > b->len ? -1 : 0;
}

/* d[i]'s subtree of the heap d[0, n) a heap again. */
static void sift_down(struct digest *d, size_t i, size_t n)
{
	struct digest t;
	size_t c;

	while ((c = 2 * i + 1) < n) {
		if (c + 1 < n && digest_cmp(&d[c], &d[c + 1]) < 0)
			c++;
		if (digest_cmp(&d[i], &d[c]) >= 0)
			return;
		t = d[i], d[i] = d[c], d[c] = t;
		i = c;
	}
}

/* Heapsort: in place, where qsort may copy the array (glibc's merge
 * sort), and the array is the masker's memory. */
static void sort_digests(struct digest *d, size_t n)
{
	struct digest t;
	size_t i;

	for (i = n / 2; i-- > 0;)
		sift_down(d, i, n);
	for (i = n; i-- > 1;) {
		t = d[0], d[0] = d[i], d[i] = t;
		sift_down(d, 0, i);
	}
}

/* g's entries sorted and each once. */
static void compact(struct length_group *g)
{
	size_t i, k = 0;

	sort_digests(g->d, g->n);
	for (i = 0; i < g->n; i++)
		if (!k || digest_cmp(&g->d[k - 1], &g->d[i]))
			g->d[k++] = g->d[i];
	g->n = g->sorted = k;
}

/* The group of secrets of length len, made when new; NULL when out of
 * memory. */
static struct length_group *group_of(struct kh_masker *m, size_t len)
{
	size_t i;

	for (i = 0; i < m->ngroups; i++)
		if (m->group[i].len == len)
			return &m->group[i];
	if (kh_grow((void **)&m->group, &m->cap, m->ngroups + 1, sizeof(*m->group)) < 0)
		return NULL;
	memset(&m->group[m->ngroups], 0, sizeof(*m->group));
	m->group[m->ngroups].len = len;
	return &m->group[m->ngroups++];
}

/* The secret's digests in its group: a file's repeats (the same secret
 * twice in a row) once, and the group compacted whenever it doubles, so
 * that it holds at most twice its distinct secrets. */
static int add_secret(struct kh_masker *m, const char *secret)
{
	size_t len = strlen(secret);
	struct length_group *g = group_of(m, len);
	uint64_t h = hash_bytes((const unsigned char *)secret, len);
	struct digest d = { (uint32_t)(h >> 32), (uint32_t)h,
			    check_bytes((const unsigned char *)secret, len) };

	if (!g)
		return -1;
	if (g->n && !digest_cmp(&g->d[g->n - 1], &d))
		return 0;
	if (g->n == g->cap && g->n >= 2 * g->sorted + 64)
		compact(g);
	if (kh_grow((void **)&g->d, &g->cap, g->n + 1, sizeof(*g->d)) < 0)
		return -1;
	g->d[g->n++] = d;
	return 0;
}

/* g sorted, its spare room given back, and its buckets: about four
 * entries a bucket. */
static int build_group(struct length_group *g)
{
	size_t b, i, nb;
	struct digest *d;

	compact(g);
	if (g->n > UINT32_MAX - 1)
		return -1;
	if (g->n < g->cap && (d = realloc(g->d, g->n * sizeof(*g->d))))
		g->d = d, g->cap = g->n;
	for (g->pow = 1, i = 1; i < g->len; i++)
		g->pow *= HASH_BASE;
	for (g->bits = 0; g->bits < 32 && ((size_t)4 << g->bits) < g->n; g->bits++)
		;
	nb = (size_t)1 << g->bits;
	if (!(g->first = malloc((nb + 1) * sizeof(*g->first))))
		return -1;
	for (b = 0, i = 0; b <= nb; b++) {
		while (i < g->n &&
		       (g->bits ? roll_of(&g->d[i]) >> (64 - g->bits) : 0) < b)
			i++;
		g->first[b] = (uint32_t)i;
	}
	g->first[nb] = (uint32_t)g->n;
	return 0;
}

struct kh_masker *kh_masker_new(const struct kh_findings *l)
{
	struct kh_masker *m = calloc(1, sizeof(*m));
	struct kh_finding_iter it;
	const struct kh_finding *f;
	size_t i;

	if (!m)
		return NULL;
	for (kh_findings_iter(&it, l); (f = kh_iter_next(&it));)
		if (f->secret && f->secret[0] && add_secret(m, f->secret) < 0)
			goto fail;
	kh_sort(m->group, m->ngroups, sizeof(*m->group), longest_first);
	for (i = 0; i < m->ngroups; i++)
		if (build_group(&m->group[i]) < 0)
			goto fail;
	return m;
fail:
	kh_masker_free(m);
	return NULL;
}

void kh_masker_free(struct kh_masker *m)
{
	size_t i;

	if (!m)
		return;
	for (i = 0; i < m->ngroups; i++) {
		free(m->group[i].d);
		free(m->group[i].first);
	}
	free(m->group);
	free(m);
}

/* 1 when s[0, g->len), whose rolling hash is h, is a secret of g. */
static int in_group(const struct length_group *g, uint64_t h, const unsigned char *s)
{
	size_t b = g->bits ? (size_t)(h >> (64 - g->bits)) : 0, i;
	uint32_t check = 0;
	int checked = 0;

	for (i = g->first[b]; i < g->first[b + 1] && roll_of(&g->d[i]) <= h; i++) {
		if (roll_of(&g->d[i]) != h)
			continue;
		if (!checked++)
			check = check_bytes(s, g->len);
		if (g->d[i].check == check)
			return 1;
	}
	return 0;
}

/* Marks in best[] the length of the longest secret starting at each
 * position, the groups asked longest first. */
static void find_group(const struct length_group *g, const unsigned char *s, size_t n,
		       size_t *best)
{
	uint64_t h;
	size_t i;

	if (g->len > n || !g->n)
		return;
	h = hash_bytes(s, g->len);
	for (i = 0;; i++) {
		if (!best[i] && in_group(g, h, s + i))
			best[i] = g->len;
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

	if (m && m->ngroups && n) {
		if (!(best = calloc(n, sizeof(*best))))
			return NULL;
		/* longest first: a longer secret wins where two start */
		for (i = 0; i < m->ngroups; i++)
			find_group(&m->group[i], u, n, best);
	}
	kh_strbuf_init(&b, 0);
	for (i = 0; best && i < n;) {
		if (!best[i]) {
			i++;
			continue;
		}
		kh_strbuf_add(&b, s + run, i - run);
		kh_redact_span(s + i, best[i], mask, sizeof(mask));
		kh_strbuf_add(&b, mask, strlen(mask));
		i += best[i];
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
