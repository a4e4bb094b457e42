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

#define MASK_BUCKETS 4096
#define MASK_KEY     3 /* secrets are indexed by their first 3 bytes */

struct kh_masker {
	char **secret; /* distinct, longest first */
	size_t n;
	size_t *next;		   /* chain of secrets with the same key */
	size_t head[MASK_BUCKETS]; /* index + 1 of the first secret; 0: none */
	size_t nshort;		   /* secrets shorter than MASK_KEY, at the end */
};

static size_t key_hash(const char *s)
{
	const unsigned char *u = (const unsigned char *)s;

	return ((size_t)u[0] * 31u * 31u + (size_t)u[1] * 31u + u[2]) % MASK_BUCKETS;
}

static int longest_first(const void *pa, const void *pb)
{
	const char *a = *(char *const *)pa, *b = *(char *const *)pb;
	size_t la = strlen(a), lb = strlen(b);

	if (la != lb)
		return la > lb ? -1 : 1;
	return strcmp(a, b);
}

struct kh_masker *kh_masker_new(const struct kh_findings *l)
{
	struct kh_masker *m = calloc(1, sizeof(*m));
	size_t i, k = 0;

	if (!m || !(m->secret = calloc(l->n + 1, sizeof(*m->secret))) ||
	    !(m->next = calloc(l->n + 1, sizeof(*m->next)))) {
		kh_masker_free(m);
		return NULL;
	}
	for (i = 0; i < l->n; i++)
		if (l->v[i]->secret && l->v[i]->secret[0])
			m->secret[k++] = l->v[i]->secret; /* borrowed for sorting */
	qsort(m->secret, k, sizeof(*m->secret), longest_first);
	for (i = 0; i < k; i++) {
		if (m->n && !strcmp(m->secret[m->n - 1], m->secret[i]))
			continue;
		if (!(m->secret[m->n] = strdup(m->secret[i]))) {
			for (; i < k; i++)
				m->secret[i] = NULL; /* borrowed: not ours to free */
			kh_masker_free(m);
			return NULL;
		}
		m->n++;
	}
	for (i = m->n; i < k; i++)
		m->secret[i] = NULL;
	/* chains in descending index order keep longest-first within a key */
	for (i = m->n; i-- > 0;) {
		if (strlen(m->secret[i]) < MASK_KEY) {
			m->nshort++;
			continue;
		}
		m->next[i] = m->head[key_hash(m->secret[i])];
		m->head[key_hash(m->secret[i])] = i + 1;
	}
	return m;
}

void kh_masker_free(struct kh_masker *m)
{
	size_t i;

	if (!m)
		return;
	for (i = 0; m->secret && i < m->n; i++)
		free(m->secret[i]);
	free(m->secret);
	free(m->next);
	free(m);
}

/* The secret starting at s, or NULL. */
static const char *secret_at(const struct kh_masker *m, const char *s)
{
	size_t i;

	if (s[0] && s[1] && s[2]) {
		for (i = m->head[key_hash(s)]; i; i = m->next[i - 1]) {
			const char *sec = m->secret[i - 1];

			if (!strncmp(s, sec, strlen(sec)))
				return sec;
		}
	}
	for (i = m->n - m->nshort; i < m->n; i++)
		if (!strncmp(s, m->secret[i], strlen(m->secret[i])))
			return m->secret[i];
	return NULL;
}

char *kh_masker_apply(const struct kh_masker *m, const char *s)
{
	struct kh_strbuf b;
	const char *p = s, *run = s, *sec;
	char mask[32];

	kh_strbuf_init(&b, 0);
	while (m && m->n && *p) {
		if (!(sec = secret_at(m, p))) {
			p++;
			continue;
		}
		kh_strbuf_add(&b, run, (size_t)(p - run));
		kh_redact(sec, mask, sizeof(mask));
		kh_strbuf_add(&b, mask, strlen(mask));
		p += strlen(sec);
		run = p;
	}
	kh_strbuf_add(&b, run, strlen(run));
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

/* Length of the valid UTF-8 sequence at s (1..4), or 0 when invalid. */
static size_t utf8_len(const unsigned char *s)
{
	if (s[0] < 0x80)
		return 1;
	if (s[0] >= 0xc2 && s[0] <= 0xdf)
		return (s[1] & 0xc0) == 0x80 ? 2 : 0;
	if (s[0] >= 0xe0 && s[0] <= 0xef) {
		if ((s[1] & 0xc0) != 0x80 || (s[2] & 0xc0) != 0x80)
			return 0;
		if ((s[0] == 0xe0 && s[1] < 0xa0) || (s[0] == 0xed && s[1] > 0x9f))
			return 0; /* overlong, or a UTF-16 surrogate */
		return 3;
	}
	if (s[0] >= 0xf0 && s[0] <= 0xf4) {
		if ((s[1] & 0xc0) != 0x80 || (s[2] & 0xc0) != 0x80 ||
		    (s[3] & 0xc0) != 0x80)
			return 0;
		if ((s[0] == 0xf0 && s[1] < 0x90) || (s[0] == 0xf4 && s[1] > 0x8f))
			return 0;
		return 4;
	}
	return 0;
}

int kh_utf8_valid(const char *s)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t n;

	while (*u) {
		if (!(n = utf8_len(u)))
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
		n = utf8_len(u);
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

void kh_text_escape(struct kh_strbuf *out, const char *s)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t n;

	while (*u) {
		n = utf8_len(u);
		/* C0 controls, DEL, C1 controls (U+0080..U+009F) and bytes that
		 * are not UTF-8 are shown as \xHH: none reaches the terminal */
		if (n == 1 && *u >= 0x20 && *u != 0x7f) {
			kh_strbuf_add(out, u, 1);
		} else if (n > 1 && !(n == 2 && u[0] == 0xc2 && u[1] < 0xa0)) {
			kh_strbuf_add(out, u, n);
		} else {
			size_t k, cnt = n ? n : 1;

			for (k = 0; k < cnt; k++)
				kh_strbuf_addf(out, "\\x%02x", u[k]);
		}
		u += n ? n : 1;
	}
}
