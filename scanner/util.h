/*
 * util.h - small helpers: bounded file reading, string building, errors.
 */
#ifndef KH_UTIL_H
#define KH_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

/* Result of kh_read_fd() and kh_read_path(). */
enum kh_read_status {
	KH_READ_OK,
	KH_READ_TOO_LARGE, /* larger than the cap: nothing read */
	KH_READ_ERROR	   /* errno-style failure; see the message */
};

/* Read buffers start on a cache line: the kernel copies a file into a
 * destination 16 bytes past one at a third of the speed (measured on the
 * kernel text: 0.13-0.15 s of system time against 0.08-0.10 s). */
#define KH_BUF_ALIGN 64

/* Makes *buf (from here, or NULL) hold at least `need` bytes, aligned to
 * KH_BUF_ALIGN, keeping its first `keep`; *bufcap says how many it holds
 * (past 128 KiB, whole 2 MiB huge pages). Returns 0, or -1 with ENOMEM. */
int kh_buf_reserve(unsigned char **buf, size_t *bufcap, size_t need, size_t keep);

/*
 * Reads the whole of the open descriptor fd (a regular file whose size was
 * `size_hint`) into *buf, growing it up to `cap` bytes (+1 for a NUL that is
 * always written after the data). *buf and *bufcap are reused across calls.
 * Never reads more than cap bytes: a file that grew past it is TOO_LARGE.
 */
enum kh_read_status kh_read_fd(int fd, size_t size_hint, size_t cap, unsigned char **buf,
			       size_t *bufcap, size_t *len);
/* The same, for a file whose first `have` bytes are already in *buf (and
 * the descriptor's offset past them). */
enum kh_read_status kh_read_fd_rest(int fd, size_t have, size_t size_hint, size_t cap,
				    unsigned char **buf, size_t *bufcap, size_t *len);

/* kh_read_fd on the file at `path`, opened and closed here. On failure
 * *buf is freed and NULL, and errno says why (ENOENT: no such file). */
enum kh_read_status kh_read_path(const char *path, size_t cap, unsigned char **buf,
				 size_t *len);

/* Length of the valid UTF-8 sequence at s (1..4), or 0 when invalid. */
size_t kh_utf8_len(const unsigned char *s);
/* 1 when the character at u may reach a terminal as it is; 0 when it must
 * be escaped: C0 and C1 controls, DEL, bytes that are not UTF-8, and the
 * bidirectional controls that reorder what is shown (Trojan Source). *n is
 * its length in bytes (1 for a byte that is not UTF-8). */
int kh_term_safe(const unsigned char *u, size_t *n);
/* What kh_term_safe() refuses in s becomes '?', byte for byte: every
 * message is one line, and names taken from files or reports cannot drive
 * the terminal. */
void kh_one_line(char *s);

/* snprintf into err[errlen] (err may be NULL), made one line. Returns -1
 * for `return`. */
int kh_errf(char *err, size_t errlen, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Makes room for `need` elements of `size` bytes in the array *v of *cap
 * (doubling, from 16). Returns 0, or -1 when out of memory (v untouched). */
int kh_grow(void **v, size_t *cap, size_t need, size_t size);

/* The big-endian 32-bit number at p (git's index, pack and graph files,
 * the summary's sort records). */
static inline uint32_t kh_be32(const unsigned char *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

/* qsort() and bsearch() for arrays that may be empty: an empty array is
 * often NULL, and passing NULL is undefined even with no elements. */
static inline void kh_sort(void *v, size_t n, size_t size,
			   int (*cmp)(const void *, const void *))
{
	if (n > 1)
		qsort(v, n, size, cmp);
}

static inline void *kh_search(const void *key, const void *v, size_t n, size_t size,
			      int (*cmp)(const void *, const void *))
{
	return n ? bsearch(key, v, n, size, cmp) : NULL;
}

/* strdup / strndup that return NULL on failure (never abort). */
char *kh_strndup(const char *s, size_t n);

/*
 * memmem(3) for short haystacks (a line): the first needle[0..m) in
 * hay[0..n), or NULL. glibc's builds a shift table on each call, some 300
 * instructions before it reads a byte; this one is memchr and memcmp.
 */
const void *kh_memmem(const void *hay, size_t n, const void *needle, size_t m);

/*
 * For long haystacks (a file) and a pair of bytes rarer together than
 * either: the first i >= from with b[i] == c and b[i + dist] == d (i +
 * dist < len), or len when none. 64 places a step where the CPU has
 * AVX2, 16 with SSE2: a memchr() of c alone stops at each c, and a stop
 * costs what 300 bytes of its search do.
 */
size_t kh_find_pair(const unsigned char *b, size_t from, size_t len, unsigned char c,
		    unsigned char d, size_t dist);

/* Whether s[0..n) is one of the NULL-ended words, in any case. */
int kh_listed_word(const char *const *words, const unsigned char *s, size_t n);

/* The first i >= from where b[i..i + n) is text[0..n), or len: found by
 * its bytes at o1 < o2 (kh_find_pair; choose the pair rarest together:
 * libc's memmem() took 30 % of a scan of the kernel's Documentation/ for
 * the notes readers' phrases of English text). */
size_t kh_find_text(const unsigned char *b, size_t from, size_t len, const char *text,
		    size_t n, size_t o1, size_t o2);

/* Growable string with a hard cap. With a drain (kh_strbuf_drain_to),
 * what it holds is handed on whenever it passes KH_STRBUF_DRAIN_AT bytes,
 * so a long output (a report) never sits in memory whole. */
struct kh_strbuf {
	char *s;
	size_t len, cap, limit;
	int failed; /* set once an append failed (out of memory or over limit) */
	/* drain(arg, s, n) writes s[0..n) on: 0, or -1 with errno set */
	int (*drain)(void *arg, const char *s, size_t n);
	void *drain_arg;
	size_t drained;	 /* bytes handed to drain so far (counted in limit) */
	int drain_errno; /* why drain failed, 0 when it did not */
};

#define KH_STRBUF_DRAIN_AT ((size_t)1 << 20)

void kh_strbuf_init(struct kh_strbuf *b, size_t limit);
void kh_strbuf_add(struct kh_strbuf *b, const void *data, size_t n);
void kh_strbuf_addf(struct kh_strbuf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void kh_strbuf_release(struct kh_strbuf *b);
/* From now on, hand b's text to drain once it holds KH_STRBUF_DRAIN_AT
 * bytes; kh_strbuf_flush() hands on the rest. The text handed on is wiped
 * from memory (a report holds secrets). */
void kh_strbuf_drain_to(struct kh_strbuf *b, int (*drain)(void *, const char *, size_t),
			void *arg);
/* Hands what b holds to its drain. Returns 0, or -1 (b->failed set). */
int kh_strbuf_flush(struct kh_strbuf *b);

/* ISO 8601 UTC ("2024-05-01T12:00:00Z") of t into out[21]. */
void kh_iso8601(long long t, char out[32]);

/* 1 when `name` matches the glob `pat` (fnmatch with ** across '/'). */
int kh_glob_match(const char *pat, const char *name);

struct kh_strlist;
/* Appends s (not copied) to l. Returns 0, or -1 when out of memory. */
int kh_strlist_push(struct kh_strlist *l, const char *s);
/* 1 when `path` matches one of the --exclude globs. */
int kh_path_excluded(const struct kh_strlist *excludes, const char *path);

/* A size such as 512K, 10M or 1G (also 10MB; at most 4G, not 0) into
 * *out. Returns 0, or -1. */
int kh_parse_size(const char *s, size_t *out);

#endif
