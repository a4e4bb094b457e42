#include "util.h"

#include <errno.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include "options.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* Over this, a buffer is made of whole huge pages (KH_BUF_HUGE). */
#define KH_BUF_HUGE_FROM (128u << 10)
#define KH_BUF_HUGE	 (2u << 20)

int kh_buf_reserve(unsigned char **buf, size_t *bufcap, size_t need, size_t keep)
{
	size_t size = need, align = KH_BUF_ALIGN;
	void *p;

	if (*bufcap >= need)
		return 0;
	/* A read buffer that grew to each larger file's size was a new block
	 * every time, and the kernel's copy into it faulted each of its pages
	 * in again: 640 faults in a scan of the kernel text. Past 128 KiB it
	 * is now whole 2 MiB huge pages, grown seldom and faulted once. */
	if (need > KH_BUF_HUGE_FROM) {
		size = (need + KH_BUF_HUGE - 1) / KH_BUF_HUGE * KH_BUF_HUGE;
		align = KH_BUF_HUGE;
	}
	if (posix_memalign(&p, align, size) != 0) {
		errno = ENOMEM;
		return -1;
	}
#ifdef MADV_HUGEPAGE
	if (align == KH_BUF_HUGE)
		(void)madvise(p, size, MADV_HUGEPAGE);
#endif
	if (keep)
		memcpy(p, *buf, keep < *bufcap ? keep : *bufcap);
	free(*buf);
	*buf = p;
	*bufcap = size;
	return 0;
}

enum kh_read_status kh_read_fd(int fd, size_t size_hint, size_t cap, unsigned char **buf,
			       size_t *bufcap, size_t *len)
{
	return kh_read_fd_rest(fd, 0, size_hint, cap, buf, bufcap, len);
}

enum kh_read_status kh_read_fd_rest(int fd, size_t have, size_t size_hint, size_t cap,
				    unsigned char **buf, size_t *bufcap, size_t *len)
{
	size_t want;

	*len = 0;
	if (size_hint > cap || have > cap)
		return KH_READ_TOO_LARGE;
	want = size_hint + 1;
	if (want < 4096)
		want = 4096;
	if (kh_buf_reserve(buf, bufcap, want + 1, have) < 0)
		return KH_READ_ERROR;
	for (;;) {
		ssize_t n;

		if (have == *bufcap - 1) {
			size_t grow = *bufcap * 2;

			if (have >= cap + 1)
				return KH_READ_TOO_LARGE;
			if (grow > cap + 2)
				grow = cap + 2;
			if (kh_buf_reserve(buf, bufcap, grow, have) < 0)
				return KH_READ_ERROR;
		}
		n = read(fd, *buf + have, *bufcap - 1 - have);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			return KH_READ_ERROR;
		}
		if (n == 0)
			break;
		have += (size_t)n;
		if (have > cap)
			return KH_READ_TOO_LARGE;
	}
	(*buf)[have] = '\0';
	*len = have;
	return KH_READ_OK;
}

int kh_errf(char *err, size_t errlen, const char *fmt, ...)
{
	va_list ap;

	if (err && errlen) {
		va_start(ap, fmt);
		vsnprintf(err, errlen, fmt, ap);
		va_end(ap);
		kh_one_line(err);
	}
	return -1;
}

enum kh_read_status kh_read_path(const char *path, size_t cap, unsigned char **buf,
				 size_t *len)
{
	size_t bufcap = 0;
	enum kh_read_status rs;
	/* O_NONBLOCK: opening a FIFO no one writes to must not block us (a
	 * config, a baseline, or a hostile repository's HEAD); the reads then
	 * block as usual, so a pipe (--baseline <(git show ...)) is read
	 * whole and a writerless FIFO reads as empty */
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK), saved;

	*buf = NULL;
	*len = 0;
	if (fd < 0)
		return KH_READ_ERROR;
	(void)fcntl(fd, F_SETFL, 0);
	rs = kh_read_fd(fd, 0, cap, buf, &bufcap, len);
	saved = errno;
	close(fd);
	if (rs != KH_READ_OK) {
		free(*buf);
		*buf = NULL;
		errno = saved;
	}
	return rs;
}

size_t kh_utf8_len(const unsigned char *s)
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

int kh_term_safe(const unsigned char *u, size_t *n)
{
	*n = kh_utf8_len(u);
	if (!*n) {
		*n = 1;
		return 0;
	}
	if (*n == 1)
		return *u >= 0x20 && *u != 0x7f;
	if (*n == 2)
		return !(u[0] == 0xc2 && u[1] < 0xa0);
	/* U+200E..U+200F, U+202A..U+202E, U+2066..U+2069 */
	return !(*n == 3 && u[0] == 0xe2 &&
		 ((u[1] == 0x80 &&
		   ((u[2] >= 0x8e && u[2] <= 0x8f) || (u[2] >= 0xaa && u[2] <= 0xae))) ||
		  (u[1] == 0x81 && u[2] >= 0xa6 && u[2] <= 0xa9)));
}

void kh_one_line(char *s)
{
	unsigned char *u = (unsigned char *)s;
	size_t n;

	while (*u) {
		if (!kh_term_safe(u, &n))
			memset(u, '?', n);
		u += n;
	}
}

char *kh_strndup(const char *s, size_t n)
{
	char *p = malloc(n + 1);

	if (!p)
		return NULL;
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

const void *kh_memmem(const void *hay, size_t n, const void *needle, size_t m)
{
	const unsigned char *p = hay, *end = p + n, *w = needle;

	if (!m)
		return p;
	while ((size_t)(end - p) >= m &&
	       (p = memchr(p, w[0], (size_t)(end - p) - m + 1))) {
		if (!memcmp(p + 1, w + 1, m - 1))
			return p;
		p++;
	}
	return NULL;
}

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define PAIR_AVX2 __attribute__((target("avx2")))

/* Bytes of 0xff at the places p of b[p..p + 32) where b[p] == c and
 * b[p + dist] == d. */
static PAIR_AVX2 inline __attribute__((always_inline)) __m256i
pair_mask32(const unsigned char *p, __m256i vc, __m256i vd, size_t dist)
{
	return _mm256_and_si256(
		_mm256_cmpeq_epi8(_mm256_loadu_si256((const __m256i *)p), vc),
		_mm256_cmpeq_epi8(_mm256_loadu_si256((const __m256i *)(p + dist)), vd));
}

static PAIR_AVX2 inline __attribute__((always_inline)) uint32_t
pair_bits32(const unsigned char *p, __m256i vc, __m256i vd, size_t dist)
{
	return (uint32_t)_mm256_movemask_epi8(pair_mask32(p, vc, vd, dist));
}

/*
 * kh_find_pair() where end = len - dist >= i + 32 (every place p < end
 * may hold the pair): 128 places a step, then 32, then the last 32 places
 * once more, those before i masked off, so no byte loop finishes it (the
 * notes readers call it half a million times on the kernel's
 * Documentation/, and a 16-byte and a byte loop over each call's last 64
 * bytes were a fifth of its instructions).
 */
static PAIR_AVX2 size_t find_pair_avx2(const unsigned char *b, size_t i, size_t end,
				       unsigned char c, unsigned char d, size_t dist)
{
	const __m256i vc = _mm256_set1_epi8((char)c), vd = _mm256_set1_epi8((char)d);
	uint32_t bits;

	for (; end - i >= 128; i += 128) {
		const unsigned char *p = b + i;
		__m256i m0 = pair_mask32(p, vc, vd, dist),
			m1 = pair_mask32(p + 32, vc, vd, dist),
			m2 = pair_mask32(p + 64, vc, vd, dist),
			m3 = pair_mask32(p + 96, vc, vd, dist);
		__m256i any =
			_mm256_or_si256(_mm256_or_si256(m0, m1), _mm256_or_si256(m2, m3));

		if (!_mm256_testz_si256(any, any)) {
			uint64_t lo = (uint32_t)_mm256_movemask_epi8(m0) |
				      (uint64_t)(uint32_t)_mm256_movemask_epi8(m1) << 32;
			uint64_t hi = (uint32_t)_mm256_movemask_epi8(m2) |
				      (uint64_t)(uint32_t)_mm256_movemask_epi8(m3) << 32;

			return lo ? i + (size_t)__builtin_ctzll(lo)
				  : i + 64 + (size_t)__builtin_ctzll(hi);
		}
	}
	for (; end - i >= 32; i += 32)
		if ((bits = pair_bits32(b + i, vc, vd, dist)))
			return i + (size_t)__builtin_ctz(bits);
	if (i < end &&
	    (bits = pair_bits32(b + end - 32, vc, vd, dist) >> (32 - (end - i))))
		return i + (size_t)__builtin_ctz(bits);
	return end + dist;
}
#endif

size_t kh_find_pair(const unsigned char *b, size_t from, size_t len, unsigned char c,
		    unsigned char d, size_t dist)
{
	size_t i = from;

	if (i >= len || len - i <= dist)
		return len;
#if defined(__x86_64__) && defined(__GNUC__)
	if (len - dist - i >= 32 && __builtin_cpu_supports("avx2"))
		return find_pair_avx2(b, i, len - dist, c, d, dist);
#endif
#ifdef __SSE2__
	{
		const __m128i vc = _mm_set1_epi8((char)c), vd = _mm_set1_epi8((char)d);

		for (; len - i >= 16 + dist; i += 16) {
			unsigned bits = (unsigned)_mm_movemask_epi8(_mm_and_si128(
				_mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(b + i)),
					       vc),
				_mm_cmpeq_epi8(
					_mm_loadu_si128((const __m128i *)(b + i + dist)),
					vd)));

			if (bits)
				return i + (size_t)__builtin_ctz(bits);
		}
	}
#endif
	for (; i + dist < len; i++)
		if (b[i] == c && b[i + dist] == d)
			return i;
	return len;
}

int kh_listed_word(const char *const *words, const unsigned char *s, size_t n)
{
	for (; *words; words++)
		if (strlen(*words) == n && !strncasecmp((const char *)s, *words, n))
			return 1;
	return 0;
}

size_t kh_find_text(const unsigned char *b, size_t from, size_t len, const char *text,
		    size_t n, size_t o1, size_t o2)
{
	size_t i;

	for (i = from + o1; (i = kh_find_pair(b, i, len, (unsigned char)text[o1],
					      (unsigned char)text[o2], o2 - o1)) < len;
	     i++)
		if (i - o1 + n <= len && !memcmp(b + i - o1, text, n))
			return i - o1;
	return len;
}

void kh_strbuf_init(struct kh_strbuf *b, size_t limit)
{
	memset(b, 0, sizeof(*b));
	b->limit = limit;
}

void kh_strbuf_add(struct kh_strbuf *b, const void *data, size_t n)
{
	if (b->failed)
		return;
	if (b->limit && b->drained + b->len + n > b->limit) {
		b->failed = 1;
		return;
	}
	if (b->len + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 256;
		char *p;

		while (cap < b->len + n + 1)
			cap *= 2;
		if (b->limit && cap > b->limit + 1)
			cap = b->limit + 1;
		if (b->len + n + 1 > cap) {
			b->failed = 1;
			return;
		}
		p = realloc(b->s, cap);
		if (!p) {
			b->failed = 1;
			return;
		}
		b->s = p;
		b->cap = cap;
	}
	memcpy(b->s + b->len, data, n);
	b->len += n;
	b->s[b->len] = '\0';
	if (b->drain && b->len >= KH_STRBUF_DRAIN_AT)
		kh_strbuf_flush(b);
}

void kh_strbuf_drain_to(struct kh_strbuf *b, int (*drain)(void *, const char *, size_t),
			void *arg)
{
	b->drain = drain;
	b->drain_arg = arg;
}

int kh_strbuf_flush(struct kh_strbuf *b)
{
	if (b->failed)
		return -1;
	if (!b->drain || !b->len)
		return 0;
	if (b->drain(b->drain_arg, b->s, b->len) < 0) {
		b->drain_errno = errno ? errno : EIO;
		b->failed = 1;
	}
	explicit_bzero(b->s, b->len);
	b->drained += b->len;
	b->len = 0;
	b->s[0] = '\0';
	return b->failed ? -1 : 0;
}

void kh_strbuf_addf(struct kh_strbuf *b, const char *fmt, ...)
{
	char small[512];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(small, sizeof(small), fmt, ap);
	va_end(ap);
	if (n < 0) {
		b->failed = 1;
		return;
	}
	if ((size_t)n < sizeof(small)) {
		kh_strbuf_add(b, small, (size_t)n);
		return;
	}
	{
		char *big = malloc((size_t)n + 1);

		if (!big) {
			b->failed = 1;
			return;
		}
		va_start(ap, fmt);
		vsnprintf(big, (size_t)n + 1, fmt, ap);
		va_end(ap);
		kh_strbuf_add(b, big, (size_t)n);
		free(big);
	}
}

void kh_strbuf_release(struct kh_strbuf *b)
{
	free(b->s);
	kh_strbuf_init(b, b->limit);
}

void kh_iso8601(long long t, char out[32])
{
	struct tm tm;
	time_t tt = (time_t)t;

	if (!gmtime_r(&tt, &tm)) {
		snprintf(out, 32, "%lld", t);
		return;
	}
	strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

int kh_glob_match(const char *pat, const char *name)
{
	const char *slash;

	/* FNM_PATHNAME off lets '*' cross '/', as users expect from
	 * gitignore-like excludes. A pattern matches the whole path or any
	 * tail of it that starts at a directory boundary, so `node_modules`
	 * and `tests/fixtures` work whatever directory the scan starts in. */
	if (pat[0] == '.' && pat[1] == '/')
		pat += 2;
	if (!fnmatch(pat, name, 0))
		return 1;
	for (slash = strchr(name, '/'); slash; slash = strchr(slash + 1, '/'))
		if (!fnmatch(pat, slash + 1, 0))
			return 1;
	return 0;
}

int kh_strlist_push(struct kh_strlist *l, const char *s)
{
	const char **v = realloc(l->v, (l->n + 1) * sizeof(*v));

	if (!v)
		return -1;
	v[l->n++] = s;
	l->v = v;
	return 0;
}

int kh_path_excluded(const struct kh_strlist *excludes, const char *path)
{
	size_t i;

	for (i = 0; i < excludes->n; i++)
		if (kh_glob_match(excludes->v[i], path))
			return 1;
	return 0;
}

int kh_grow(void **v, size_t *cap, size_t need, size_t size)
{
	size_t n = *cap ? *cap : 16;
	void *p;

	if (need <= *cap)
		return 0;
	while (n < need) {
		if (n > SIZE_MAX / 2)
			return -1;
		n *= 2;
	}
	if (n > SIZE_MAX / size || !(p = realloc(*v, n * size)))
		return -1;
	*v = p;
	*cap = n;
	return 0;
}

int kh_parse_size(const char *s, size_t *out)
{
	char *end;
	unsigned long long v;

	errno = 0;
	v = strtoull(s, &end, 10);
	if (errno || end == s || *s == '-')
		return -1;
	switch (*end) {
	case 'k':
	case 'K':
		v <<= 10;
		end++;
		break;
	case 'm':
	case 'M':
		v <<= 20;
		end++;
		break;
	case 'g':
	case 'G':
		v <<= 30;
		end++;
		break;
	}
	if (*end == 'B' || *end == 'b')
		end++;
	if (*end || !v || v > (1ull << 32))
		return -1;
	*out = (size_t)v;
	return 0;
}
