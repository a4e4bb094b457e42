#include "shortkw.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define HAVE_AVX2_SCAN 1
#define AVX2	       __attribute__((target("avx2")))
#endif

/* Offsets the tables look at (the compare takes the rest): a build with
 * -DSHORTKW_WIDTH=2 or 3 measures fewer. */
#ifdef SHORTKW_WIDTH
#define WIDTH SHORTKW_WIDTH
#else
#define WIDTH KH_SHORTKW_MAX
#endif

/* A keyword as compared: the 4 bytes at its start, ORed with fold (0x20
 * on its letters when caseless) and masked to its length, equal val. */
struct entry {
	uint32_t val, fold, mask, len;
	size_t kw;
};

struct kh_shortkw {
	/* lo[j][x] (hi[j][x]): the buckets with a keyword that may have a
	 * byte of low (high) nibble x at offset j */
	unsigned char lo[WIDTH][16], hi[WIDTH][16];
	struct entry *e;
	uint32_t first[9]; /* bucket b's entries: e[first[b]..first[b + 1]) */
};

static uint32_t load32(const unsigned char *b)
{
	uint32_t v;

	memcpy(&v, b, 4);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	v = __builtin_bswap32(v);
#endif
	return v;
}

static void admit(struct kh_shortkw *m, int j, unsigned c, unsigned bucket)
{
	m->lo[j][c & 15] |= (unsigned char)(1u << bucket);
	m->hi[j][c >> 4] |= (unsigned char)(1u << bucket);
}

struct order {
	const unsigned char *bytes;
	size_t len, kw;
	int exact;
};

/* By length (the 2- and 3-byte ones admit any byte past their end: they
 * share buckets), then folded bytes: neighbours share a bucket and its
 * tables admit few bytes. */
static int cmp_order(const void *a, const void *b)
{
	const struct order *x = a, *y = b;
	size_t i;

	if (x->len != y->len)
		return (x->len > y->len) - (x->len < y->len);
	for (i = 0; i < x->len; i++) {
		unsigned cx = x->bytes[i] |
			      (x->bytes[i] >= 'A' && x->bytes[i] <= 'Z') * 32u,
			 cy = y->bytes[i] |
			      (y->bytes[i] >= 'A' && y->bytes[i] <= 'Z') * 32u;

		if (cx != cy)
			return cx < cy ? -1 : 1;
	}
	return 0;
}

struct kh_shortkw *kh_shortkw_new(const unsigned char *const *bytes, const size_t *len,
				  const int *exact, size_t n)
{
	struct kh_shortkw *m = calloc(1, sizeof(*m));
	struct order *v = malloc((n + 1) * sizeof(*v));
	size_t i, b, at = 0;

	if (!m || !v || !(m->e = malloc((n + 1) * sizeof(*m->e)))) {
		free(v);
		kh_shortkw_free(m);
		return NULL;
	}
	for (i = 0; i < n; i++)
		v[i] = (struct order){ bytes[i], len[i], i, exact[i] };
	qsort(v, n, sizeof(*v), cmp_order);
	for (b = 0; b < 8; b++) {
		size_t take = n / 8 + (b < n % 8);

		m->first[b] = (uint32_t)at;
		for (; take--; at++) {
			struct entry *e = &m->e[at];
			unsigned c;
			int j;

			*e = (struct entry){ 0, 0, 0, (uint32_t)v[at].len, v[at].kw };
			for (j = 0; j < WIDTH; j++) {
				if ((size_t)j >= v[at].len) { /* past its end: any byte */
					for (c = 0; c < 16; c++)
						admit(m, j, c * 17, (unsigned)b);
					continue;
				}
				c = v[at].bytes[j];
				e->val |= (uint32_t)c << 8 * j;
				e->mask |= 0xffu << 8 * j;
				admit(m, j, c, (unsigned)b);
				if (!v[at].exact && c >= 'a' && c <= 'z') {
					admit(m, j, c - 32, (unsigned)b);
					e->fold |= 0x20u << 8 * j;
				}
			}
		}
	}
	m->first[8] = (uint32_t)at;
	free(v);
	return m;
}

void kh_shortkw_free(struct kh_shortkw *m)
{
	if (!m)
		return;
	free(m->e);
	free(m);
}

/* Compares the keywords of `buckets` at buf + i. */
static void confirm(const struct kh_shortkw *m, const unsigned char *buf, size_t len,
		    size_t i, unsigned buckets,
		    void (*on)(size_t kw, size_t start, void *ctx), void *ctx)
{
	unsigned char pad[4] = { 0 };
	uint32_t x;

	if (i + 4 <= len) {
		x = load32(buf + i);
	} else {
		memcpy(pad, buf + i, len - i);
		x = load32(pad);
	}
	for (; buckets; buckets &= buckets - 1) {
		unsigned b = (unsigned)__builtin_ctz(buckets);
		const struct entry *e = m->e + m->first[b], *end = m->e + m->first[b + 1];

		for (; e < end; e++)
			if (((x | e->fold) & e->mask) == e->val && i + e->len <= len)
				on(e->kw, i, ctx);
	}
}

/* The buckets whose keywords may start at buf[i] (past the end: any). */
static unsigned buckets_at(const struct kh_shortkw *m, const unsigned char *buf,
			   size_t len, size_t i)
{
	unsigned r = 0xff;
	int j;

	for (j = 0; j < WIDTH && i + (size_t)j < len; j++) {
		unsigned c = buf[i + (size_t)j];

		r &= m->lo[j][c & 15] & m->hi[j][c >> 4];
	}
	return r;
}

#ifdef HAVE_AVX2_SCAN
static AVX2 __m256i lanes(__m256i v, __m256i lo, __m256i hi)
{
	const __m256i nib = _mm256_set1_epi8(15);

	return _mm256_and_si256(
		_mm256_shuffle_epi8(lo, _mm256_and_si256(v, nib)),
		_mm256_shuffle_epi8(hi, _mm256_and_si256(_mm256_srli_epi16(v, 4), nib)));
}

/* 32 positions at a time, two table look-ups (vpshufb) an offset, the
 * tables in registers (a callback could change *m: the compiler would
 * load them again after every candidate). Returns where it stopped (the
 * rest would read past the end). */
static AVX2 size_t scan_avx2(const struct kh_shortkw *m, const unsigned char *buf,
			     size_t len, void (*on)(size_t kw, size_t start, void *ctx),
			     void *ctx)
{
	const __m256i zero = _mm256_setzero_si256();
	__m256i lo[WIDTH], hi[WIDTH];
	size_t i;
	int j;

	for (j = 0; j < WIDTH; j++) {
		lo[j] = _mm256_broadcastsi128_si256(
			_mm_loadu_si128((const __m128i *)m->lo[j]));
		hi[j] = _mm256_broadcastsi128_si256(
			_mm_loadu_si128((const __m128i *)m->hi[j]));
	}
	for (i = 0; i + 32 + WIDTH - 1 <= len; i += 32) {
		__m256i r = lanes(_mm256_loadu_si256((const __m256i *)(buf + i)), lo[0],
				  hi[0]);
		unsigned bits;

#pragma GCC unroll 4 /* the tables stay in registers */
		for (j = 1; j < WIDTH; j++)
			r = _mm256_and_si256(
				r,
				lanes(_mm256_loadu_si256((const __m256i *)(buf + i + j)),
				      lo[j], hi[j]));
		bits = ~(unsigned)_mm256_movemask_epi8(_mm256_cmpeq_epi8(r, zero));
		if (bits) {
			unsigned char b[32];

			_mm256_storeu_si256((__m256i *)b, r);
			for (; bits; bits &= bits - 1) {
				unsigned k = (unsigned)__builtin_ctz(bits);

				confirm(m, buf, len, i + k, b[k], on, ctx);
			}
		}
	}
	return i;
}
#endif

void kh_shortkw_scan(const struct kh_shortkw *m, const unsigned char *buf, size_t len,
		     void (*on)(size_t kw, size_t start, void *ctx), void *ctx)
{
	size_t i = 0;

	if (m->first[8] == 0)
		return;
#ifdef HAVE_AVX2_SCAN
	if (__builtin_cpu_supports("avx2"))
		i = scan_avx2(m, buf, len, on, ctx);
#endif
	for (; i < len; i++) {
		unsigned b = buckets_at(m, buf, len, i);

		if (b)
			confirm(m, buf, len, i, b, on, ctx);
	}
}
