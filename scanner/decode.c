#include "decode.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "context.h"
#include "diag.h"
#include "finding.h"
#include "layer.h"
#include "prefilter.h"
#include "rules.h"
#include "shape.h"
#include "shape_continue.h"
#include "text.h"
#include "util.h"
#include "validate.h"
#include "wrapped.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
/* AVX2 halves the instructions of the block scans (a tenth of a scan's
 * time on source code), AVX-512 halves them again; chosen at run time,
 * the build stays portable. */
#define HAVE_AVX2_SCAN 1
#define AVX2	       __attribute__((target("avx2")))
#define AVX512	       __attribute__((target("avx2,avx512f,avx512bw")))
#endif

#define BASE64_ANY_LEVEL (KH_DEC_BASE64 | KH_DEC_BASE64 << KH_DEC_LEVEL_SHIFT)

/* A base64 run shorter than this cannot hold a name and a secret. */
#define B64_MIN_RUN 24
/* The finder sees every run of this many bytes before its padding (two
 * whole groups of 8 on any grid); a shorter one, padded to B64_MIN_RUN,
 * only where the grid happens to fall on it. */
#define B64_FOUND_RUN 23
/* ... but where a login stands (after `Basic `, a password's query value)
 * a run this long holds one: base64 of `ops:Xq7vLm2zP` is 20. */
#define B64_LOGIN_RUN 12
/* How far before a decoded finding a plain one may start and still cover
 * it (the longest secret a finding copies). */
#define MAX_SECRET (64u << 10)

static void layer_release(struct kh_layer *l)
{
	free(l->text);
	free(l->at);
	memset(l, 0, sizeof(*l));
}

/* Makes room for n more bytes: 0, 1 when the layer would pass
 * KH_DECODE_MAX (l->full set), -1 when out of memory. */
static int layer_room(struct kh_layer *l, size_t n)
{
	if (l->n + n > KH_DECODE_MAX) {
		l->full = 1;
		return 1;
	}
	if ((l->n + n > l->cap_text &&
	     kh_grow((void **)&l->text, &l->cap_text, l->n + n, 1) < 0) ||
	    (l->n + n > l->cap_at &&
	     kh_grow((void **)&l->at, &l->cap_at, l->n + n, sizeof(*l->at)) < 0))
		return -1;
	return 0;
}

int kh_layer_put(struct kh_layer *l, unsigned char c, size_t from, size_t to,
		 unsigned how)
{
	int r = layer_room(l, 1);

	if (r)
		return r;
	l->text[l->n] = c;
	l->at[l->n].from = from;
	l->at[l->n].to = to;
	l->at[l->n].how = (unsigned char)how;
	l->n++;
	return 0;
}

/* Appends b[from..to) as it is. Returns as kh_layer_put. */
static int layer_put_copy(struct kh_layer *l, const unsigned char *b, size_t from,
			  size_t to)
{
	size_t n = to - from, k;
	int r = layer_room(l, n);

	if (r)
		return r;
	memcpy(l->text + l->n, b + from, n);
	for (k = 0; k < n; k++) {
		l->at[l->n + k].from = from + k;
		l->at[l->n + k].to = from + k + 1;
		l->at[l->n + k].how = 0;
	}
	l->n += n;
	return 0;
}

static int hex_at(const unsigned char *b, size_t len, size_t i, size_t ndigits,
		  unsigned *out)
{
	size_t k;

	*out = 0;
	if (i + ndigits > len)
		return 0;
	for (k = 0; k < ndigits; k++) {
		int v = hex_value(b[i + k]);

		if (v < 0)
			return 0;
		*out = *out * 16 + (unsigned)v;
	}
	return 1;
}

/* The standard base64 alphabet (URL-safe base64 in source code is
 * mostly identifiers and JWTs, which rules of their own handle). */
static const unsigned char b64_alphabet[256] = {
	['A' ... 'Z'] = 1, ['a' ... 'z'] = 1, ['0' ... '9'] = 1, ['+'] = 1, ['/'] = 1,
};

static int is_b64(unsigned char c)
{
	return b64_alphabet[c];
}

/* ---- where to look: 64 bytes at a time ---------------------------------- */

/* The bytes that may start an escape, entity or percent-encoding. */
static int is_mark(unsigned char c)
{
	return c == '%' || c == '\\' || c == '&';
}

/*
 * Classifies the 64 bytes at b: bit k of *groups says whether the 8 bytes
 * b[8k..8k+8) are all base64, bit k of *marks whether b[k] is a mark.
 * Branch-free, 16 bytes an instruction with SSE2, and one load of each
 * byte for both: the passes over every byte that look for base64 runs and
 * marks were a sixth of a scan's time as byte loops (mispredicted branches
 * on source code).
 */
#define INLINE inline __attribute__((always_inline))
#ifdef __SSE2__
static INLINE void classify(const unsigned char *b, unsigned *groups, uint64_t *marks)
{
	const __m128i fold = _mm_set1_epi8(0x20), bias = _mm_set1_epi8(-128);
	unsigned g = 0;
	uint64_t m = 0;
	int k;

	for (k = 0; k < 64; k += 16) {
		__m128i x = _mm_loadu_si128((const __m128i *)(b + k));
		/* unsigned x - lo < n, as a signed compare of biased bytes */
		__m128i letter =
			_mm_cmplt_epi8(_mm_add_epi8(_mm_sub_epi8(_mm_or_si128(x, fold),
								 _mm_set1_epi8('a')),
						    bias),
				       _mm_set1_epi8(-128 + 26));
		__m128i digit_slash = _mm_cmplt_epi8(
			_mm_add_epi8(_mm_sub_epi8(x, _mm_set1_epi8('/')), bias),
			_mm_set1_epi8(-128 + 11)); /* '/' and '0'..'9' */
		__m128i plus = _mm_cmpeq_epi8(x, _mm_set1_epi8('+'));
		__m128i hit =
			_mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('%')),
						  _mm_cmpeq_epi8(x, _mm_set1_epi8('\\'))),
				     _mm_cmpeq_epi8(x, _mm_set1_epi8('&')));
		unsigned in = (unsigned)_mm_movemask_epi8(
			_mm_or_si128(_mm_or_si128(letter, digit_slash), plus));

		g |= ((unsigned)((in & 0xff) == 0xff) | (unsigned)(in >> 8 == 0xff) << 1)
		     << (k / 8);
		m |= (uint64_t)(uint16_t)_mm_movemask_epi8(hit) << k;
	}
	*groups = g;
	*marks = m;
}
#else
static INLINE void classify(const unsigned char *b, unsigned *groups, uint64_t *marks)
{
	unsigned g = 0;
	uint64_t m = 0;
	int k, j;

	for (k = 0; k < 8; k++) {
		for (j = 0; j < 8 && is_b64(b[8 * k + j]); j++)
			;
		g |= (unsigned)(j == 8) << k;
	}
	for (k = 0; k < 64; k++)
		m |= (uint64_t)is_mark(b[k]) << k;
	*groups = g;
	*marks = m;
}
#endif

#ifdef HAVE_AVX2_SCAN
/*
 * Marks that may start a trigger (trigger_at) by the byte after them:
 * '%' before '2'..'7', '\\' before '"', '/', 'u', 'x' and (bit 0x40, an
 * octal escape) '0'..'3', '&' before '#', 'q', 'a', 'l', 'g'. Each kind
 * of mark has bits in nibble tables of the mark (mark_*) and of the next
 * byte (next_*); a mark stays where the two share a bit. C code holds a
 * '&' or '\\' in most blocks, and almost none is a trigger: each one
 * cost a call and a mispredicted branch.
 */
static const unsigned char
	mark_lo[16] = { [5] = 0x01, [6] = 0x38, [12] = 0x46 },
	mark_hi[16] = { [2] = 0x39, [5] = 0x46 },
	next_lo[16] = { 0x40, 0x58, 0x43, 0x61, 0x01, 0x05, 0x01, 0x09,
			0x04, 0,    0,	  0,	0x08, 0,    0,	  0x02 },
	next_hi[16] = { [2] = 0x22, [3] = 0x41, [6] = 0x08, [7] = 0x14 };

/*
 * Bytes that are not base64, as nibble tables: a byte is base64 where
 * not_b64_lo[its low nibble] & not_b64_hi[its high nibble] is 0. Bits:
 * 0x01 high nibble 0, 1 or 8 and up; 0x02 0x20..0x2f but "+" and "/";
 * 0x04 ":".."?"; 0x08 "@" and "`"; 0x10 "[".."_" and "{"..0x7f. Two
 * shuffles where compares of three ranges and '+' took ten operations
 * in a chain, most of the block loop's time.
 */
static const unsigned char not_b64_lo[16] = { 0x0b, 0x03, 0x03, 0x03, 0x03, 0x03,
					      0x03, 0x03, 0x03, 0x03, 0x07, 0x15,
					      0x17, 0x17, 0x17, 0x15 },
			   not_b64_hi[16] = { 0x01, 0x01, 0x02, 0x04, 0x08, 0x10,
					      0x08, 0x10, 0x01, 0x01, 0x01, 0x01,
					      0x01, 0x01, 0x01, 0x01 };

/*
 * not_b64_* with two bits more, so that one pair of shuffles says both
 * whether a byte is base64 and whether it is a mark: 0x20 '%' and '&'
 * (low nibble 5 or 6, high 2), 0x40 '\\' (low 12, high 5). Marks are not
 * base64, so the groups read the same; the exact mark bits (mark_*) are
 * looked up only in a block that holds one. Four shuffles in eight a
 * block were the marks' (a seventh of the finder's instructions).
 */
static const unsigned char
	both_lo[16] = { 0x0b, 0x03, 0x03, 0x03, 0x03, 0x23, 0x23, 0x03,
			0x03, 0x03, 0x07, 0x15, 0x57, 0x17, 0x17, 0x15 },
	both_hi[16] = { 0x01, 0x01, 0x22, 0x04, 0x08, 0x50, 0x08, 0x10,
			0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01 };
#define BOTH_MARKS 0x60

/* nibble_class() on 32 bytes */
static AVX2 INLINE __m256i nibble_class32(__m256i x, const unsigned char *lo,
					  const unsigned char *hi)
{
	const __m256i nib = _mm256_set1_epi8(15);

	return _mm256_and_si256(
		_mm256_shuffle_epi8(
			_mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)lo)),
			_mm256_and_si256(x, nib)),
		_mm256_shuffle_epi8(
			_mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)hi)),
			_mm256_and_si256(_mm256_srli_epi16(x, 4), nib)));
}

/* classify_avx512() on 32 bytes: 4 bits of groups, and each byte's bits in
 * both_* (BOTH_MARKS set on a mark) */
static AVX2 INLINE __m256i classify32_avx2(const unsigned char *b, unsigned *groups)
{
	__m256i c =
		nibble_class32(_mm256_loadu_si256((const __m256i *)b), both_lo, both_hi);
	/* all zeros in an 8-byte lane: a group of base64 */
	__m256i full = _mm256_cmpeq_epi64(c, _mm256_setzero_si256());

	*groups = (unsigned)_mm256_movemask_pd(_mm256_castsi256_pd(full));
	return c;
}

/* The marks of the 32 bytes at b that the byte after each may make a
 * trigger (b[32] is read). */
static AVX2 INLINE uint64_t marks32_avx2(const unsigned char *b)
{
	__m256i none = _mm256_cmpeq_epi8(
		_mm256_and_si256(
			nibble_class32(_mm256_loadu_si256((const __m256i *)b), mark_lo,
				       mark_hi),
			nibble_class32(_mm256_loadu_si256((const __m256i *)(b + 1)),
				       next_lo, next_hi)),
		_mm256_setzero_si256());

	return (uint32_t)~_mm256_movemask_epi8(none);
}

/* classify_avx512() in two halves (b[64] is read). Seven blocks in eight
 * of source text hold no mark at all: the bytes around them are looked
 * at only when one does. */
static AVX2 INLINE void classify_avx2(const unsigned char *b, unsigned *groups,
				      uint64_t *marks)
{
	unsigned lo, hi;
	__m256i c0 = classify32_avx2(b, &lo), c1 = classify32_avx2(b + 32, &hi);

	*groups = lo | hi << 4;
	*marks = _mm256_testz_si256(_mm256_or_si256(c0, c1), _mm256_set1_epi8(BOTH_MARKS))
			 ? 0
			 : marks32_avx2(b) | marks32_avx2(b + 32) << 32;
}

/* The bits of each byte of x in the nibble tables lo, hi: lo[its low
 * nibble] & hi[its high nibble]. */
static AVX512 INLINE __m512i nibble_class(__m512i x, const unsigned char *lo,
					  const unsigned char *hi)
{
	const __m512i nib = _mm512_set1_epi8(15);

	return _mm512_and_si512(
		_mm512_shuffle_epi8(
			_mm512_broadcast_i32x4(_mm_loadu_si128((const __m128i *)lo)),
			_mm512_and_si512(x, nib)),
		_mm512_shuffle_epi8(
			_mm512_broadcast_i32x4(_mm_loadu_si128((const __m128i *)hi)),
			_mm512_and_si512(_mm512_srli_epi16(x, 4), nib)));
}

/* classify() on 64 bytes in one register, the compares giving bit masks;
 * marks are only those that may be triggers (b[64] is read). */
static AVX512 INLINE void classify_avx512(const unsigned char *b, unsigned *groups,
					  uint64_t *marks)
{
	__m512i x = _mm512_loadu_si512((const void *)b);
	__m512i not_in = nibble_class(x, not_b64_lo, not_b64_hi);

	/* a group: an 8-byte lane of base64 bytes only */
	*groups = _mm512_testn_epi64_mask(not_in, not_in);
	*marks = _mm512_test_epi8_mask(
		nibble_class(x, mark_lo, mark_hi),
		nibble_class(_mm512_loadu_si512((const void *)(b + 1)), next_lo,
			     next_hi));
}
#endif

/* ---- what one encoded piece decodes to --------------------------------- */

struct piece {
	unsigned char bytes[4];
	size_t nbytes, used; /* decoded bytes; source bytes consumed */
	unsigned how;
};

/* %XX of a printable character. */
static int percent_piece(const unsigned char *b, size_t len, size_t i, struct piece *p)
{
	unsigned v;

	if (b[i] != '%' || !hex_at(b, len, i + 1, 2, &v) || v < 0x20 || v > 0x7e)
		return 0;
	p->bytes[0] = (unsigned char)v;
	p->nbytes = 1;
	p->used = 3;
	p->how = KH_DEC_PERCENT;
	return 1;
}

int kh_percent_escape(const unsigned char *b, size_t len, size_t i)
{
	struct piece p;

	return percent_piece(b, len, i, &p) && !isalnum(p.bytes[0]);
}

size_t kh_percent_decode(const unsigned char *s, size_t n, unsigned char *out, size_t cap)
{
	struct piece p;
	size_t i = 0, k = 0;

	while (i < n && k < cap) {
		if (percent_piece(s, n, i, &p)) {
			out[k++] = p.bytes[0];
			i += p.used;
		} else {
			out[k++] = s[i++];
		}
	}
	return k;
}

/* The value of the three octal digits at b[i] (C's \040, as readline's
 * and the MySQL client's history files write a blank), 0 when none. */
static unsigned octal_at(const unsigned char *b, size_t len, size_t i)
{
	if (i + 3 > len || b[i] < '0' || b[i] > '3' || b[i + 1] < '0' || b[i + 1] > '7' ||
	    b[i + 2] < '0' || b[i + 2] > '7')
		return 0;
	return (unsigned)(b[i] - '0') << 6 | (unsigned)(b[i + 1] - '0') << 3 |
	       (unsigned)(b[i + 2] - '0');
}

/* JSON and JS string escapes: \" \' \/ \\ \n \t \r \uXXXX \xXX, and C's
 * printable octal ones (\040). */
static int escape_piece(const unsigned char *b, size_t len, size_t i, struct piece *p)
{
	static const char simple[] = "\"'/\\ntr";
	static const char value[] = "\"'/\\\n\t\r";
	const char *k;
	unsigned v;

	if (b[i] != '\\' || i + 1 >= len)
		return 0;
	p->how = KH_DEC_ESCAPE;
	if (b[i + 1] && (k = strchr(simple, b[i + 1]))) {
		p->bytes[0] = (unsigned char)value[k - simple];
		p->nbytes = 1;
		p->used = 2;
		return 1;
	}
	if (b[i + 1] == 'x' && hex_at(b, len, i + 2, 2, &v)) {
		p->used = 4;
	} else if (b[i + 1] == 'u' && hex_at(b, len, i + 2, 4, &v) &&
		   (v < 0xd800 || v > 0xdfff)) {
		p->used = 6;
	} else if ((v = octal_at(b, len, i + 1)) >= 0x20 && v <= 0x7e) {
		p->used = 4; /* not \033, an ANSI colour's: no text */
	} else {
		return 0;
	}
	if (v < 0x80) {
		p->bytes[0] = (unsigned char)v;
		p->nbytes = 1;
	} else if (v < 0x800) {
		p->bytes[0] = (unsigned char)(0xc0 | v >> 6);
		p->bytes[1] = (unsigned char)(0x80 | (v & 0x3f));
		p->nbytes = 2;
	} else {
		p->bytes[0] = (unsigned char)(0xe0 | v >> 12);
		p->bytes[1] = (unsigned char)(0x80 | ((v >> 6) & 0x3f));
		p->bytes[2] = (unsigned char)(0x80 | (v & 0x3f));
		p->nbytes = 3;
	}
	return 1;
}

/* &#NN; &#xHH; and the five named entities of XML. */
static int html_piece(const unsigned char *b, size_t len, size_t i, struct piece *p)
{
	static const struct {
		const char *name;
		char c;
	} named[] = { { "&quot;", '"' },
		      { "&amp;", '&' },
		      { "&lt;", '<' },
		      { "&gt;", '>' },
		      { "&apos;", '\'' } };
	size_t k;
	unsigned v = 0;

	if (b[i] != '&' || i + 3 >= len)
		return 0;
	switch (b[i + 1]) { /* called at every '&' of C code: no strchr */
	case '#':
	case 'q':
	case 'a':
	case 'l':
	case 'g': break;
	default: return 0;
	}
	p->how = KH_DEC_HTML;
	p->nbytes = 1;
	if (b[i + 1] == '#') {
		int hex = b[i + 2] == 'x' || b[i + 2] == 'X';

		k = i + 2 + (size_t)hex;
		while (k < len && k < i + 10 &&
		       (hex ? hex_value(b[k]) >= 0 : isdigit(b[k])))
			v = v * (hex ? 16 : 10) + (unsigned)hex_value(b[k++]);
		if (k == i + 2 + (size_t)hex || k >= len || b[k] != ';' || v < 0x20 ||
		    v > 0x7e)
			return 0;
		p->bytes[0] = (unsigned char)v;
		p->used = k + 1 - i;
		return 1;
	}
	for (k = 0; k < sizeof(named) / sizeof(named[0]); k++) {
		size_t n;

		/* "&a" is everywhere in C (&addr): compare only what may
		 * match, its first bytes here without a call */
		if (named[k].name[1] != b[i + 1] || named[k].name[2] != b[i + 2])
			continue;
		n = strlen(named[k].name);
		if (i + n <= len && !memcmp(b + i, named[k].name, n)) {
			p->bytes[0] = (unsigned char)named[k].c;
			p->used = n;
			return 1;
		}
	}
	return 0;
}

/* Whether b[i] starts an escape, entity or percent-encoding worth a
 * decoded copy of its line: plain "\n" escapes and printf's "%02x" are
 * everywhere in source code and hide nothing. */
static int trigger_at(const unsigned char *b, size_t len, size_t i)
{
	struct piece p;

	switch (b[i]) {
	case '%': return kh_percent_escape(b, len, i);
	case '\\':
		return i + 1 < len &&
		       (b[i + 1] == '"' || b[i + 1] == '/' || b[i + 1] == 'u' ||
			b[i + 1] == 'x' || (b[i + 1] >= '0' && b[i + 1] <= '3')) &&
		       escape_piece(b, len, i, &p);
	case '&': return html_piece(b, len, i, &p);
	}
	return 0;
}

/* The end of the base64 run at b[i] (with its '=' padding). */
static size_t b64_end(const unsigned char *b, size_t len, size_t i)
{
	size_t pad = 0;

	while (i < len && is_b64(b[i]))
		i++;
	while (i < len && b[i] == '=' && pad < 2) {
		i++;
		pad++;
	}
	return i;
}

/* Text in UTF-16LE of ASCII (every second byte 0: what Windows encodes,
 * as answer files' hidden passwords) made ASCII in place: its length, the
 * same n when out[0..n) is not such text. */
static size_t utf16le_to_ascii(unsigned char *out, size_t n)
{
	size_t i;

	if (n % 2 || n < 4)
		return n;
	for (i = 0; i < n; i += 2)
		if (out[i + 1] || !out[i] || out[i] >= 0x80)
			return n;
	for (i = 0; i < n / 2; i++)
		out[i] = out[2 * i];
	return n / 2;
}

/* Whether b[start..end) may be base64 of text: long enough, mixed like
 * encoded text is (a digit among the cases, but where a login stands:
 * base64 of a password of letters and marks, `kelp%Herring&`, often has
 * none). 0 when not, 1 when it has a digit, 2 when it has none (text
 * only where a login stands: asked of the few runs that get this far). */
static int b64_mixed(const unsigned char *b, size_t start, size_t end, size_t min_run)
{
	int upper = 0, lower = 0, digit = 0;
	size_t i;

	if (end - start < min_run || (end - start) % 4 == 1)
		return 0;
	/* text is 7-bit: the first character of every group of four then
	 * holds a value under 32 (A-Z, a-f). Identifiers fail this at once. */
	for (i = start; i + 4 <= end; i += 4)
		if (!isupper(b[i]) && (b[i] < 'a' || b[i] > 'f'))
			return 0;
	for (i = start; i < end; i++) {
		upper |= isupper(b[i]) != 0;
		lower |= islower(b[i]) != 0;
		digit |= isdigit(b[i]) != 0;
	}
	if (!upper || !lower)
		return 0;
	return digit ? 1 : 2;
}

/* Decodes the base64 b[start..end) into out (cap bytes) when it decodes
 * to printable characters. Returns the decoded length, or 0. */
static size_t b64_decoded_text(const unsigned char *b, size_t start, size_t end,
			       unsigned char *out, size_t cap)
{
	size_t i, printable = 0;
	long n = kh_base64_decode(b + start, end - start, out, cap);

	if (n < 8)
		return 0;
	n = (long)utf16le_to_ascii(out, (size_t)n);
	for (i = 0; i < (size_t)n; i++)
		printable += (out[i] >= 0x20 && out[i] < 0x7f) || out[i] == '\n' ||
			     out[i] == '\r' || out[i] == '\t';
	return printable * 20 >= (size_t)n * 19 ? (size_t)n : 0;
}

/* Decodes b[start..end) into out (cap bytes) when it is base64 of text
 * (b64_mixed(), a run without a digit only `at_login`, and decoding to
 * printable characters). Returns the decoded length, or 0. */
static size_t b64_text(const unsigned char *b, size_t start, size_t end,
		       unsigned char *out, size_t cap, size_t min_run, int at_login)
{
	int mixed = b64_mixed(b, start, end, min_run);

	if (!mixed || (mixed == 2 && !at_login))
		return 0;
	return b64_decoded_text(b, start, end, out, cap);
}

/* A hex run shorter than this is an id, a colour, a short number. */
#define HEX_MIN_RUN 24

/* Whether b[start..end) is hex of text (a key kept as the hex of its
 * bytes, turned back by bytes.fromhex or hex2bin): even, HEX_MIN_RUN
 * digits or more of one case with a letter, every byte printable.
 * Digests and ids are random bytes: most fail on their first few.
 * Returns the decoded length, or 0. */
static size_t hex_of_text(const unsigned char *b, size_t start, size_t end)
{
	int upper = 0, lower = 0;
	size_t i, n = (end - start) / 2;

	if (end - start < HEX_MIN_RUN || (end - start) % 2)
		return 0;
	for (i = 0; i < n; i++) {
		int hi = hex_value(b[start + 2 * i]),
		    lo = hex_value(b[start + 2 * i + 1]);

		if (hi < 2 || hi > 7 || lo < 0 || (hi == 7 && lo == 15))
			return 0;
	}
	for (i = start; i < end; i++) {
		upper |= b[i] >= 'A' && b[i] <= 'F';
		lower |= b[i] >= 'a' && b[i] <= 'f';
	}
	return upper != lower ? n : 0;
}

/* hex_of_text(), decoded into out (cap bytes). */
static size_t hex_text(const unsigned char *b, size_t start, size_t end,
		       unsigned char *out, size_t cap)
{
	size_t i, n = hex_of_text(b, start, end);

	if (n > cap)
		return 0;
	for (i = 0; i < n; i++)
		out[i] = (unsigned char)(hex_value(b[start + 2 * i]) << 4 |
					 hex_value(b[start + 2 * i + 1]));
	return n;
}

/* The byte b[i] stands for once decoded (%2E, &#46; and \u002e are '.');
 * *used: how many bytes of b it takes. */
static unsigned char decoded_at(const unsigned char *b, size_t le, size_t i, size_t *used)
{
	struct piece p;

	if (percent_piece(b, le, i, &p) || escape_piece(b, le, i, &p) ||
	    html_piece(b, le, i, &p)) {
		*used = p.used;
		return p.bytes[0];
	}
	*used = 1;
	return b[i];
}

/*
 * Whether the base64 run b[start..end) of a line is one part of a longer
 * token, to be left whole: a JWT's segments (eyJ...\.eyJ...), a prefix
 * before it (glc_eyJ..., p.eyJ...). Decoding it would break the token its
 * own rule reads. The bytes before it are the line decoded so far,
 * l->text[mark..l->n).
 */
static int token_part(const unsigned char *b, size_t le, size_t end,
		      const struct kh_layer *l, size_t mark)
{
	size_t used;

	if (l->n >= mark + 2 && strchr("._-", l->text[l->n - 1]) && l->text[l->n - 1] &&
	    isalnum(l->text[l->n - 2]))
		return 1;
	return end < le && decoded_at(b, le, end, &used) == '.' && end + used < le &&
	       is_b64(b[end + used]);
}

/*
 * Whether the base64 run at b[i] of the line from ls stands where a login
 * does: after `Basic ` (a header's user:password), or as the value of a
 * password's, secret's or token's name (a query's &password=<base64>, a
 * Kubernetes Secret's `DB_PASSWORD: <base64>`, LDIF's `userPassword::
 * <base64>`, "token": "<base64>", a Docker config's "auth": "<base64>").
 */
static int login_place(const unsigned char *b, size_t ls, size_t i)
{
	static const char *const words[] = { "pass", "pwd", "secret", "token" };
	size_t k = i, e, w;

	if (i < ls + 6)
		return 0;
	if (b[i - 1] == ' ' && !strncasecmp((const char *)b + i - 6, "basic ", 6))
		return 1;
	/* back over `"`, blanks, the `=`, `:` or `::`, a quote and blanks */
	k -= b[k - 1] == '"' || b[k - 1] == '\'';
	while (k > ls && b[k - 1] == ' ')
		k--;
	if (k <= ls + 1 || (b[k - 1] != '=' && b[k - 1] != ':'))
		return 0;
	k -= 1 + (b[k - 2] == ':');
	while (k > ls && b[k - 1] == ' ')
		k--;
	k -= k > ls && (b[k - 1] == '"' || b[k - 1] == '\'');
	for (e = k; k > ls && e - k < 48 &&
		    (isalnum(b[k - 1]) || (b[k - 1] && strchr("_.-", b[k - 1])));
	     k--)
		;
	for (w = 0; w < sizeof(words) / sizeof(words[0]); w++)
		if (kh_contains_ci(b + k, e - k, words[w], 0))
			return 1;
	return e - k == 4 && !strncasecmp((const char *)b + k, "auth", 4);
}

/* Where login_place() may look back from the run at b[i]: its line, or
 * the 64 bytes before it (a name of 48 and its glue) on a longer line: a
 * minified line's thousands of runs must not each walk back to its start. */
static size_t login_window(const unsigned char *b, size_t i)
{
	size_t from = i > 64 ? i - 64 : 0;
	const unsigned char *nl = memrchr(b + from, '\n', i - from);

	return nl ? (size_t)(nl - b) + 1 : from;
}

/* Whether the run ending at b[end] is its line's last value: a quote, a
 * comma and blanks at most after it (a Secret's `NAME: <base64>`, a
 * config.json's "auth": "<base64>",). A line of many such pairs is a
 * minified file's, whose thousands of names are no login's. */
static int run_ends_line(const unsigned char *b, size_t len, size_t end)
{
	end += end < len && (b[end] == '"' || b[end] == '\'');
	end += end < len && b[end] == ',';
	while (end < len && (b[end] == ' ' || b[end] == '\t'))
		end++;
	return end == len || b[end] == '\n' || b[end] == '\r';
}

/* The length of the base64 run b[i..end) without its '=' padding. */
static size_t unpadded(const unsigned char *b, size_t i, size_t end)
{
	while (end > i && b[end - 1] == '=')
		end--;
	return end - i;
}

/* Whether the line b[ls..le) holds a base64 run shorter than the finder's
 * where a login stands (login_place): decode_line() decodes it. */
static int short_login_run(const unsigned char *b, size_t ls, size_t le)
{
	size_t i, end;

	for (i = ls; i < le; i++) {
		if (!is_b64(b[i]) || (i > ls && is_b64(b[i - 1])))
			continue;
		end = b64_end(b, le, i);
		if (end - i >= B64_LOGIN_RUN && unpadded(b, i, end) < B64_FOUND_RUN &&
		    login_place(b, ls, i))
			return 1;
		i = end - 1; /* (the run's bytes start none) */
	}
	return 0;
}

/* Whether the value of the name that holds the keyword ending at b[last]
 * is a base64 run shorter than the finder's, where a login stands. */
static int short_value_after(const unsigned char *b, size_t len, size_t last)
{
	size_t i = last + 1, n, end;

	for (n = 0; i < len && n < 32 && code_name_byte(b[i]); i++, n++)
		;
	for (n = 0;
	     i < len && n < 4 &&
	     (b[i] == '"' || b[i] == '\'' || b[i] == ' ' || b[i] == ':' || b[i] == '=');
	     i++, n++)
		;
	if (i >= len || !is_b64(b[i]))
		return 0;
	end = b64_end(b, len, i);
	/* (the length first: login_place looks back to the line's start) */
	return end - i >= B64_LOGIN_RUN && unpadded(b, i, end) < B64_FOUND_RUN &&
	       login_place(b, line_start(b, i), i);
}

/*
 * Appends b[ls..le) (one line, without its '\n') to l with every encoded
 * part decoded, and a '\n'. Returns 1 when something was decoded, 0 when
 * the line holds nothing to decode (l is left as it was), -1 when out of
 * memory.
 */
/* Whether b[i..end) is a whole string of JSON held escaped in another
 * string (DOCKER_AUTH_CONFIG: "{\"auths\":{..{\"auth\":\"<base64>\"}}}"): it
 * stays as it is here, so the JSON's rules read it once the escapes are
 * undone, and the next layer decodes it. */
static int escaped_string(const unsigned char *b, size_t ls, size_t le, size_t i,
			  size_t end)
{
	return i >= ls + 2 && b[i - 1] == '"' && b[i - 2] == '\\' && end + 1 < le &&
	       b[end] == '\\' && b[end + 1] == '"';
}

/* The base64 run b[i..end) of the line b[ls..le) decoded into tmp: its
 * length, or 0 when it stays as it is. A run shorter than any b64_text()
 * takes is not looked at further (most runs are a source's words), and
 * only a run that b64_text() takes at B64_LOGIN_RUN but not at B64_MIN_RUN
 * asks login_place(). */
static size_t line_run_text(const unsigned char *b, size_t ls, size_t le, size_t i,
			    size_t end, const struct kh_layer *l, size_t mark,
			    unsigned char *tmp, size_t tmpcap, unsigned *how)
{
	size_t n = end - i;
	int login, digitless;

	if (n < B64_LOGIN_RUN || n > tmpcap * 4 / 3 || token_part(b, le, end, l, mark) ||
	    escaped_string(b, ls, le, i, end))
		return 0;
	*how = KH_DEC_HEX_BYTE;
	if ((n = hex_text(b, i, end, tmp, tmpcap)))
		return n;
	*how = KH_DEC_BASE64;
	/* (a digit is waived only for a line's last value, run_ends_line) */
	n = end - i; /* (hex_text's 0 above) */
	digitless = !kh_has_digit(b + i, n) && run_ends_line(b, le, end);
	login = (n < B64_MIN_RUN || digitless) && login_place(b, ls, i);
	return b64_text(b, i, end, tmp, tmpcap,
			n >= B64_MIN_RUN || login ? B64_LOGIN_RUN : B64_MIN_RUN,
			login && digitless);
}

static int decode_line(const unsigned char *b, size_t ls, size_t le, struct kh_layer *l,
		       unsigned char *tmp, size_t tmpcap)
{
	/* b[copy..i): bytes as they are, not appended yet (one copy for a
	 * stretch of words and the bytes between, not one for each) */
	size_t mark = l->n, i = ls, k, copy = ls;
	int changed = 0, r = 0;

	while (i < le && r == 0) {
		struct piece p;

		if (is_b64(b[i]) && (i == ls || !is_b64(b[i - 1]))) {
			size_t end = b64_end(b, le, i), n;
			unsigned how = 0;

			/* (the run's own checks read the layer so far) */
			if (end - i >= B64_LOGIN_RUN && copy < i) {
				r = layer_put_copy(l, b, copy, i);
				copy = i;
				if (r)
					break;
			}
			n = line_run_text(b, ls, le, i, end, l, mark, tmp, tmpcap, &how);
			if (n) {
				for (k = 0; k < n && r == 0; k++)
					r = kh_layer_put(l, tmp[k], i, end, how);
				changed = 1;
				copy = end;
			}
			i = end;
			continue;
		}
		if (is_mark(b[i]) &&
		    (percent_piece(b, le, i, &p) || escape_piece(b, le, i, &p) ||
		     html_piece(b, le, i, &p))) {
			if (copy < i && (r = layer_put_copy(l, b, copy, i)))
				break;
			for (k = 0; k < p.nbytes && r == 0; k++)
				r = kh_layer_put(l, p.bytes[k], i, i + p.used, p.how);
			i += p.used;
			copy = i;
			changed = 1;
			continue;
		}
		/* bytes as they are, up to the next that may start a piece */
		for (k = i + 1; k < le && !is_mark(b[k]) && !is_b64(b[k]); k++)
			;
		i = k;
	}
	if (r == 0 && copy < i)
		r = layer_put_copy(l, b, copy, i);
	if (r == 0)
		r = kh_layer_put(l, '\n', le, le, 0);
	if (r < 0)
		return -1;
	if (!changed || r > 0) {
		l->n = mark; /* nothing decoded, or cut short: drop the copy */
		return 0;
	}
	return 1;
}

static int cmp_size(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;

	return x < y ? -1 : x > y;
}

/* Where build_layer() decodes: offset * 2 of a trigger or a base64 run,
 * offset * 2 + 1 of a keyword whose line may hold a name apart from its
 * value. */
struct starts {
	size_t *v, n, cap;
};

static int starts_push(struct starts *st, size_t v)
{
	if (kh_grow((void **)&st->v, &st->cap, st->n + 1, sizeof(*st->v)) < 0)
		return -1;
	st->v[st->n++] = v;
	return 0;
}

/* The one pass over a buffer that finds where to decode. */
struct finder {
	const unsigned char *b;
	size_t len;
	struct starts st;
	unsigned char *tmp; /* room to decode a run (tmpcap bytes), made on first use */
	size_t tmpcap;
	size_t b64_done;  /* base64 before this offset was looked at */
	size_t mark_done; /* marks before it too (one a line is enough) */
	int b64_named;	  /* a run stands in quotes after a name in b64 (context.c) */
};

/* Whether the run at b[from] is quoted after a name that ends in b64 or
 * base64 (conn_b64: "...", connB64 = @"...", KEY_BASE64: &str = "..."):
 * its bytes may be a bare key (hex, of no mixed case) that b64_text()
 * refuses; context.c reads it in a provider's file. */
static int after_base64_name(const unsigned char *b, size_t from)
{
	size_t i, stop = from > 48 ? from - 48 : 0;

	if (from < 6 || (b[from - 1] != '"' && b[from - 1] != '\''))
		return 0;
	for (i = from - 1; i > stop + 2 && b[i] != '\n'; i--)
		if (b[i - 1] == '4' && b[i - 2] == '6' && !isalnum(b[i]) &&
		    ((b[i - 3] | 0x20) == 'b' || (b[i - 3] | 0x20) == 'e'))
			return 1;
	return 0;
}

/*
 * b[at..at + 16) is all base64: the run that holds it (maximal, as the
 * '=' padding ends it) is decoded when it is long enough and decodes to
 * text. Returns -1 when out of memory.
 */
static int b64_candidate(struct finder *f, size_t at)
{
	size_t from = at, to = at + 16, end, n;
	int mixed, take = 0;

	if (at < f->b64_done)
		return 0; /* a run already looked at */
	while (from > 0 && is_b64(f->b[from - 1]))
		from--;
	while (to < f->len && is_b64(f->b[to]))
		to++;
	/* the padding counts: a Secret's 17-character password is 23
	 * characters and one '=' */
	end = b64_end(f->b, f->len, to);
	f->b64_done = end;
	if (end - from < B64_MIN_RUN || end - from > KH_DECODE_MAX / 3 * 4)
		return 0;
	f->b64_named |= after_base64_name(f->b, from);
	/* (a digit is waived only for a login's value that ends its line:
	 * asked only of a run mixed like text but for its digit, as most
	 * runs of prose and code are refused on their first bytes) */
	mixed = b64_mixed(f->b, from, end, B64_MIN_RUN);
	if (mixed == 2 && !(run_ends_line(f->b, f->len, end) &&
			    login_place(f->b, login_window(f->b, from), from)))
		mixed = 0;
	if (mixed) { /* (a buffer only for the few runs that get this far) */
		if (!f->tmp && !(f->tmp = malloc(f->tmpcap)))
			return -1;
		take = b64_decoded_text(f->b, from, end, f->tmp, f->tmpcap) != 0;
	}
	if (!take) {
		n = hex_of_text(f->b, from, end);
		take = n && n <= f->tmpcap;
	}
	if (take && starts_push(&f->st, from * 2) < 0)
		return -1;
	return 0;
}

/*
 * What a block of 64 bytes at `at` holds: pairs of whole base64 groups
 * (bit k: groups k - 1 and k; group -1 ends the block before) and marks.
 * Out of the block loop, so that keeps its registers. Returns -1 when
 * out of memory.
 */
static __attribute__((noinline)) int found_in_block(struct finder *f, size_t at,
						    unsigned pairs, uint64_t marks)
{
	while (pairs) {
		size_t k = (size_t)__builtin_ctz(pairs);

		pairs &= pairs - 1;
		if (b64_candidate(f, at + 8 * k - 8) < 0)
			return -1;
	}
	if (f->mark_done > at)
		marks = f->mark_done - at >= 64 ? 0
						: marks & ~0ull << (f->mark_done - at);
	while (marks) {
		size_t i = at + (size_t)__builtin_ctzll(marks);
		const unsigned char *nl;

		marks &= marks - 1;
		if (!trigger_at(f->b, f->len, i))
			continue;
		if (starts_push(&f->st, i * 2) < 0)
			return -1;
		nl = memchr(f->b + i, '\n', f->len - i);
		f->mark_done = nl ? (size_t)(nl - f->b) + 1 : f->len;
		if (f->mark_done - at >= 64)
			break;
		marks &= ~0ull << (f->mark_done - at);
	}
	return 0;
}

/* classify() or one of its kind; marks may leave out some that cannot
 * be triggers, and b[64] may be read. */
typedef void classify_fn(const unsigned char *b, unsigned *groups, uint64_t *marks);

/*
 * Finds every base64 run of B64_MIN_RUN bytes or more and the first
 * trigger of each line, in one pass of 64-byte blocks (`classify` inlined
 * into each caller below). A run that long (23 or more) holds two whole
 * groups of 8 bytes of any grid, so most blocks pass on one test, and the
 * bytes around two groups that meet say how long their run is. Returns
 * -1 when out of memory.
 */
static INLINE int find_starts_with(struct finder *f, classify_fn *classify)
{
	const unsigned char *b = f->b;
	unsigned char pad[128]; /* 64 bytes, and one past them read */
	unsigned last = 0;	/* the block before ended in a whole group */
	size_t len = f->len, at;

	for (at = 0; at < len; at += 64) {
		unsigned groups, pairs;
		uint64_t marks;

		/* most blocks hold nothing: a loop without calls passes them,
		 * two at a step (the step's own work was a fifth of a block's);
		 * a pair that holds something is looked at again one by one */
		for (; len - at > 128; at += 128) {
			unsigned groups1;
			uint64_t marks1;

			classify(b + at, &groups, &marks);
			classify(b + at + 64, &groups1, &marks1);
			if ((groups & (groups << 1 | last)) |
			    (groups1 & (groups1 << 1 | groups >> 7)) | marks | marks1)
				break;
			last = groups1 >> 7;
		}
		for (; len - at > 64; at += 64) {
			classify(b + at, &groups, &marks);
			pairs = groups & (groups << 1 | last);
			last = groups >> 7;
			if (pairs || marks)
				break;
		}
		if (len - at <= 64) { /* the last bytes, padded with NULs: neither kind */
			if (at >= len)
				break;
			memset(pad, 0, sizeof(pad));
			memcpy(pad, b + at, len - at);
			classify(pad, &groups, &marks);
			pairs = groups & (groups << 1 | last);
		}
		if ((pairs || marks) && found_in_block(f, at, pairs, marks) < 0)
			return -1;
	}
	return 0;
}

#ifdef HAVE_AVX2_SCAN
static AVX2 int find_starts_avx2(struct finder *f)
{
	return find_starts_with(f, classify_avx2);
}

static AVX512 int find_starts_avx512(struct finder *f)
{
	return find_starts_with(f, classify_avx512);
}
#endif

static int find_starts(struct finder *f)
{
#ifdef HAVE_AVX2_SCAN
	if (__builtin_cpu_supports("avx512bw"))
		return find_starts_avx512(f);
	if (__builtin_cpu_supports("avx2"))
		return find_starts_avx2(f);
#endif
	return find_starts_with(f, classify);
}

/* find_starts() over b[0..len) into f (made empty first); -1 when out of
 * memory (f freed). */
static int find_layer_starts(const unsigned char *b, size_t len, struct finder *f)
{
	memset(f, 0, sizeof(*f));
	f->b = b;
	f->len = len;
	/* room for any run of b decoded: most sources are small, and each
	 * free of a KH_DECODE_MAX buffer made malloc consolidate its free
	 * lists (0.7% of a scan's instructions) */
	f->tmpcap = len < KH_DECODE_MAX ? len + 16 : KH_DECODE_MAX;
	if (find_starts(f) < 0) {
		free(f->tmp);
		free(f->st.v);
		return -1;
	}
	return 0;
}

/* Whether the keyword of provider rule r (trigger kind 1) ending at
 * b[last] stands inside a longer C name with no value after it
 * (kh_shape_name_inside). */
static int keyword_inside(const struct kh_rule *r, const unsigned char *b, size_t len,
			  size_t last)
{
	size_t k, m, t;

	for (k = 0; k < r->nkeywords; k++) {
		const char *kw = r->keywords[k];

		m = strlen(kw);
		/* (equal_ci: strncasecmp's answer without a call; most of a
		 * rule's keywords differ at their first byte) */
		if (m > last + 1 ||
		    (r->keywords_match_case ? memcmp(b + last + 1 - m, kw, m) != 0
					    : !equal_ci(b + last + 1 - m, kw, m)))
			continue;
		/* (a keyword's trailing blanks, `_auth `, end no name) */
		for (t = last + 1;
		     t > last + 1 - m && (b[t - 1] == ' ' || b[t - 1] == '\t'); t--)
			;
		return kh_shape_name_inside(b, len, last + 1 - m, t);
	}
	return 0;
}

/*
 * Builds the layer of b[0..len): the lines that hold a trigger or a base64
 * run long enough, decoded. `found`: find_layer_starts() of b already
 * (taken over), or NULL when b is the first layer's text. Returns 0, or -1
 * when out of memory.
 */
static int build_layer(const unsigned char *b, size_t len, const struct kh_ruleset *rs,
		       const struct kh_keyword_hits *hits, int config,
		       const struct kh_provider_names *context, const char *path,
		       struct finder *found, struct kh_layer *l)
{
	struct finder f;
	struct kh_hit_walk w;
	struct kh_unwrap unwrap;
	struct kh_continue cont;
	size_t i, encoded, marked, pos, asked_at = SIZE_MAX, split_asked = 0;
	uint32_t rule;
	int ret = 0, asked_kind = -1, said = 0, inside = 0;

	memset(l, 0, sizeof(*l));
	l->src_len = len;
	l->of_layer = !found; /* (the second level's call passes no starts) */
	if (found)
		f = *found;
	else if (find_layer_starts(b, len, &f) < 0)
		return -1;
	encoded = f.st.n || f.b64_named; /* runs to decode, or one under a b64 name */
	/* a config file: every line a name and a value may be */
	if (config && kh_shape_config(b, len, l) < 0)
		goto oom;
	/* notes and files named for logins: `user / password` with no
	 * keyword on its line (the source's level only) */
	if (path && kh_shape_logins(b, len, kh_shape_login_file(path), l) < 0)
		goto oom;
	/* lines where a rule's keyword stands may hold a name apart from its
	 * value; a line is read once however many hits woke it, so the hits
	 * after the first that did (in scan order) are not asked: with many
	 * rules, most share their keywords and positions with others; past
	 * the hits kept, every line (or a name far down is lost: a plist of
	 * 20,000 <key>password</key> lines, then the real key) */
	kh_continue_init(&cont, path);
	for (kh_hits_begin(&w, hits, b, len), kh_unwrap_init(&unwrap, len), marked = 0;
	     kh_hits_next(&w, &rule, &pos);) {
		/* a keyword's line inside other text, unwrapped; its literal
		 * joined to the lines it goes on over (the source's level) */
		if (rule != KH_EVERY_RULE &&
		    (kh_unwrap_at(&unwrap, b, len, pos, l) < 0 ||
		     (path && kh_continue_at(&cont, b, len, pos, l) < 0)))
			goto oom;
		if (pos < marked)
			continue;
		/* rules of one kind at one position (variants of a format,
		 * rules sharing a keyword) take the first one's answer */
		if (rule != KH_EVERY_RULE) {
			int kind = rs->v[rule].trigger_kind;

			/* a provider's keyword inside a longer C name with no
			 * value after it: no reader's (the trigger said yes to
			 * it: no short value is decoded); its keyword's own,
			 * not its kind's */
			inside = kind == 1 && keyword_inside(&rs->v[rule], b, len, pos);
			if (inside)
				said = 0;
			else if (pos != asked_at ||
				 (kind != asked_kind && (kind != 0 || asked_kind != 2)))
				said = kh_shape_trigger(kind, b, len, pos);
			/* (else the answer at this place stands, also for a
			 * kind-0 rule after kind 2: its readers are some of
			 * kind 2's, which said no, or the line was marked) */
			/* a value joined over lines (shape_split.c): once a line */
			if (!said && pos >= split_asked) {
				split_asked = line_end(b, len, pos) + 1;
				said = kh_split_named(b, len, line_start(b, pos));
			}
			asked_at = pos;
			asked_kind = inside ? -1 : kind;
			if (!said) {
				/* a short base64 value under the keyword's name
				 * (a Secret's DB_PASSWORD: <base64>): its line
				 * decoded, not shaped */
				if (!inside && short_value_after(b, len, pos) &&
				    starts_push(&f.st, pos * 2) < 0)
					goto oom;
				continue;
			}
		}
		if (starts_push(&f.st, pos * 2 + 1) < 0)
			goto oom;
		marked = line_end(b, len, pos);
	}
	/* weak names where the text names a provider (context: the source's
	 * level, not a layer's) */
	if (context && kh_shape_context(context, b, len, hits, path, encoded != 0, l) < 0)
		goto oom;
	if (!f.st.n)
		goto done;
	if (!f.tmp && !(f.tmp = malloc(f.tmpcap)))
		goto oom;
	kh_sort(f.st.v, f.st.n, sizeof(*f.st.v), cmp_size);
	for (i = 0; i < f.st.n && !l->full && ret == 0; i++) {
		size_t at = f.st.v[i] / 2, ls, le;
		int decode = !(f.st.v[i] & 1), shape = f.st.v[i] & 1;

		ls = line_start(b, at);
		le = line_end(b, len, at);
		while (i + 1 < f.st.n && f.st.v[i + 1] / 2 < le) {
			i++; /* the same line */
			decode |= !(f.st.v[i] & 1);
			shape |= f.st.v[i] & 1;
		}
		if (le > ls && b[le - 1] == '\r')
			le--;
		/* (a keyword's line: a short login in base64 too) */
		if ((decode || (shape && short_login_run(b, ls, le))) &&
		    decode_line(b, ls, le, l, f.tmp, f.tmpcap) < 0)
			ret = -1;
		if (shape && ret == 0 && kh_shape_line(b, len, ls, le, l) < 0)
			ret = -1;
	}
done:
	free(f.tmp);
	free(f.st.v);
	return ret;
oom:
	free(f.tmp);
	free(f.st.v);
	layer_release(l);
	return -1;
}

/* ---- findings in decoded text ------------------------------------------ */

struct mapped {
	struct kh_finding *f;
	size_t start, end; /* in the source */
};

/* The last line line_how() read whole, [ls, le) of its layer: the
 * findings of one line (a long line of thousands) ask it once, not once
 * each. ls is the line start of the bytes last asked about, whether or
 * not they were on one line. */
struct line_seen {
	size_t ls, le;
	unsigned how;
	int valid;
};

/* How the line holding a layer's bytes [a, b) was decoded (the lines, if
 * [a, b) spans more than one). */
static unsigned line_how(const struct kh_layer *l, size_t a, size_t b,
			 struct line_seen *seen)
{
	unsigned how = 0;
	int one_line = 1;

	if (seen->valid && a >= seen->ls && b <= seen->le)
		return seen->how;
	while (a > 0 && l->text[a - 1] != '\n')
		a--;
	while (b < l->n && l->text[b] != '\n')
		b++;
	seen->ls = a;
	seen->le = b;
	for (; a < b; a++) {
		how |= l->at[a].how;
		one_line &= l->text[a] != '\n';
	}
	seen->how = how;
	seen->valid = one_line;
	return how;
}

/* Whether f, on a line context.c put under a provider's name
 * (KH_CONTEXT) that starts at l->text[a], is that provider's own rule's:
 * the line begins with the provider's name and `_`, or its bare name
 * given the value. */
static int own_provider(const struct kh_layer *l, const struct kh_finding *f, size_t a)
{
	size_t n = strlen(f->rule->provider);

	return !kh_rule_kind_only(f->rule) && a + n < l->n &&
	       !strncasecmp((const char *)l->text + a, f->rule->provider, n) &&
	       (l->text[a + n] == '_' || l->text[a + n] == ' ');
}

static int cmp_offset(const void *a, const void *b)
{
	const struct kh_finding *x = *(struct kh_finding *const *)a;
	const struct kh_finding *y = *(struct kh_finding *const *)b;

	return x->offset < y->offset ? -1 : x->offset > y->offset;
}

/* enc (its '=' padding dropped) decoded into out[0..cap), or -1 when it is
 * not base64 or longer than out holds. */
static long base64_value(const char *enc, unsigned char *out, size_t cap)
{
	size_t k = strlen(enc);

	while (k && enc[k - 1] == '=')
		k--;
	if (k > 4 * cap / 3)
		return -1;
	return kh_base64_decode((const unsigned char *)enc, k, out, cap);
}

/* Whether enc is the base64 of dec, whole. */
static int is_base64_of(const char *enc, const char *dec)
{
	unsigned char out[768];
	size_t n = strlen(dec);
	long got;

	if (n > sizeof(out))
		return 0;
	got = base64_value(enc, out, sizeof(out));
	return got >= 0 && (size_t)got == n && !memcmp(out, dec, n);
}

/* Whether enc is the base64 of a login, user:password, whose password is
 * pw (a Docker config's "auth"). */
static int is_base64_login_of(const char *enc, const char *pw)
{
	unsigned char out[768];
	size_t n = strlen(pw);
	const unsigned char *colon;
	long got;

	if (!n || n >= sizeof(out))
		return 0;
	got = base64_value(enc, out, sizeof(out));
	if (got <= 0 || (size_t)got <= n)
		return 0;
	colon = memchr(out, ':', (size_t)got);
	return colon && colon > out && (size_t)(out + got - colon - 1) == n &&
	       !memcmp(colon + 1, pw, n);
}

/* Whether p is the first piece alone of the value f holds whole: f starts
 * where p does, says more, and the text goes on past p's end, continued
 * over lines (shape_continue.c) or joined to the next literal
 * (shape_split.c). src holds len bytes. */
static int first_piece(const unsigned char *src, size_t len, const struct kh_finding *p,
		       const struct kh_finding *f)
{
	size_t n = strlen(p->secret);

	return p->offset == f->offset && p->end_offset < f->end_offset &&
	       n < strlen(f->secret) && !strncmp(p->secret, f->secret, n) &&
	       (kh_continue_piece(src, p->end_offset, f->end_offset) ||
		kh_split_continues(src, len, p->end_offset));
}

/*
 * Whether decoded finding f (at [start, end) of the source) is already
 * reported by the plain scan's findings plain[0..n) (sorted by offset):
 * the same secret there, or a provider's finding there when f is the
 * generic rule's, or the same rule's when f was not in base64 (a
 * percent-encoded signature is the credential a URL sends), or a
 * provider's finding that holds f's place whole when f was not in base64. A plain
 * finding that f explains better is marked gone: the same rule's on base64
 * text (an AWS session token matched in its own base64), a generic one, or
 * the base64 of a login whose password f is.
 */
static int already_found(const struct kh_engine *e, const unsigned char *src, size_t len,
			 struct kh_finding **plain, unsigned char *gone, size_t n,
			 const struct kh_finding *f, size_t start, size_t end)
{
	size_t lo = 0, hi = n, i;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (plain[mid]->offset + MAX_SECRET < start)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (i = lo; i < n; i++) {
		struct kh_finding *p = plain[i];

		if (p->offset >= end)
			break;
		if (p->end_offset <= start || gone[i])
			continue;
		if (first_piece(src, len, p, f)) {
			gone[i] = 1; /* f holds the value whole */
			continue;
		}
		/* a login reported in base64 by a provider that reads that form
		 * decoded too (Docker's "auth"), decoded to its password: the
		 * password is what its owner changes (an Elastic API key's
		 * base64 of id:key is the form it is sent in, and stays) */
		if ((f->decoded & BASE64_ANY_LEVEL) &&
		    kh_engine_provider_decodes(e, p->rule) &&
		    is_base64_login_of(p->secret, f->secret)) {
			gone[i] = 1;
			continue;
		}
		if (kh_rule_kind_only(p->rule) && !kh_rule_kind_only(f->rule)) {
			gone[i] = 1; /* the provider's finding says more */
			continue;
		}
		if (!strcmp(p->secret, f->secret) ||
		    (kh_rule_kind_only(f->rule) && !kh_rule_kind_only(p->rule)))
			return 1;
		/* cut short where the text was encoded (a dash as &#45;):
		 * the decoded secret holds it whole, and says more */
		if (!kh_rule_kind_only(p->rule) && p->offset >= start &&
		    p->end_offset <= end && strlen(p->secret) < strlen(f->secret) &&
		    !strncmp(p->secret, f->secret, strlen(p->secret))) {
			gone[i] = 1;
			continue;
		}
		/* a part of a provider's secret, split out of it unchanged (the
		 * fixed key= of a Google Chat webhook URL) */
		if (!kh_rule_kind_only(p->rule) && !(f->decoded & BASE64_ANY_LEVEL) &&
		    p->offset <= start && end <= p->end_offset)
			return 1;
		/* the whole encoded value is a token the provider's own rule
		 * reads in that form (a JFrog reference token is base64 of
		 * reftkn:01:...), the form it is issued and used in; a part
		 * of it (a Docker PAT in a config's user:token) is not */
		if (!kh_rule_kind_only(p->rule) && p->rule != f->rule &&
		    !strcmp(p->rule->provider, f->rule->provider) &&
		    is_base64_of(p->secret, f->secret))
			return 1;
		/* a name's value read as written and decoded (a Secret's
		 * DB_PASSWORD: <base64>): the password says what it holds */
		if (kh_rule_kind_only(p->rule) && kh_rule_kind_only(f->rule) &&
		    (f->decoded & BASE64_ANY_LEVEL) &&
		    is_base64_of(p->secret, f->secret)) {
			gone[i] = 1;
			continue;
		}
		if (p->rule == f->rule && !(f->decoded & BASE64_ANY_LEVEL))
			return 1; /* a %-encoded signature is the one a URL sends */
		if (p->rule == f->rule)
			gone[i] = 1;
	}
	return 0;
}

/* Scans one layer's text and maps its findings back through `below`
 * (NULL: the layer is over the source itself). */
static int scan_layer(const struct kh_engine *e, struct kh_scratch *s,
		      const struct kh_source *src, const struct kh_layer *l,
		      const struct kh_layer *below, unsigned shift, time_t now,
		      struct kh_diag *d, struct kh_findings *found)
{
	struct kh_source ls = { 0 };
	struct kh_findings tmp = { 0 };
	struct line_seen seen = { 0 }, seen_below = { 0 };
	size_t i;
	int ret;

	ls.path = src->path;
	ls.commit = src->commit;
	ls.order = src->order;
	ls.data = l->text;
	ls.len = l->n;
	ls.decoded = 1;
	ret = kh_scan_source(e, s, &ls, now, d, &tmp);
	for (i = 0; i < tmp.n && ret == 0; i++) {
		struct kh_finding *f = tmp.v[i];
		size_t a = l->at[f->offset].from, b = l->at[f->end_offset - 1].to;
		unsigned how = line_how(l, f->offset, f->end_offset, &seen), low = 0;

		if (b <= a)
			b = a + 1;
		if (below)
			low = line_how(below, a, b, &seen_below);
		/* a line for one provider's rules (context.c), or decoded from one */
		if (((how | low) & KH_CONTEXT) && !own_provider(l, f, seen.ls)) {
			kh_finding_free(f);
			tmp.v[i] = NULL;
			continue;
		}
		how = (how & 0x0f) << shift |
		      (how & KH_DEC_HEX_BYTE ? (shift ? KH_DEC_HEX_2 : KH_DEC_HEX) : 0);
		if (below) {
			how |= (low & 0x0f) | (low & KH_DEC_HEX_BYTE ? KH_DEC_HEX : 0);
			a = below->at[a].from;
			b = below->at[b - 1].to;
			if (b <= a)
				b = a + 1;
		}
		/* a copy of a value its source line's comment calls a sample
		 * (`# example: set $x_api_key "…"`): the copy lost the comment */
		if (kh_rule_needs_words(f->rule) &&
		    kh_comment_calls_sample(src->data, a)) {
			kh_finding_free(f);
			tmp.v[i] = NULL;
			continue;
		}
		if (kh_more(f)->partner) {
			size_t p = l->at[f->more->partner_offset].from;

			f->more->partner_offset = below ? below->at[p].from : p;
		}
		f->offset = a;
		f->end_offset = b;
		f->decoded = how;
		tmp.v[i] = NULL;
		if (kh_findings_push(found, f) < 0) {
			kh_finding_free(f);
			ret = -1;
		}
	}
	kh_findings_release(&tmp);
	return ret;
}

/*
 * Whether the value at b[at] follows an Authorization scheme that sends
 * a token as it is (`Bearer `, `ApiKey `, `Token `: not Basic, whose
 * base64 is a user and a password): what its base64 holds (Elastic's
 * id:key) is not what a client hands over.
 */
static int after_token_scheme(const unsigned char *b, size_t at)
{
	static const char *const schemes[] = { "bearer", "apikey", "api-key",  "token",
					       "key",	 "ssws",   "geniekey", "splunk",
					       "bot",	 "jwt",	   NULL };
	size_t s, k;

	if (!b || at < 4 || b[at - 1] != ' ')
		return 0;
	for (s = at - 1; s > 0 && at - s <= 10 && (isalpha(b[s - 1]) || b[s - 1] == '-');
	     s--)
		;
	if (s == at - 1 || (s > 0 && isalnum(b[s - 1])))
		return 0;
	for (k = 0; schemes[k]; k++)
		if (strlen(schemes[k]) == at - 1 - s &&
		    !strncasecmp((const char *)b + s, schemes[k], at - 1 - s))
			return 1;
	return 0;
}

/* Which of two findings of one rule at one place of src to keep: the
 * one found in decoded text (a name-value copy of a line still holds the
 * encoded value) but a token a scheme sends as it is (after_token_scheme)
 * over its base64's content, then the longer secret (a level that
 * decoded more of it: `%253D` is `=` only at the second). */
static int better_repeat(const unsigned char *src, const struct kh_finding *a,
			 const struct kh_finding *b)
{
	if (!(a->decoded & BASE64_ANY_LEVEL) != !(b->decoded & BASE64_ANY_LEVEL) &&
	    after_token_scheme(src,
			       (a->decoded & BASE64_ANY_LEVEL) ? b->offset : a->offset))
		return !(a->decoded & BASE64_ANY_LEVEL);
	if (!a->decoded != !b->decoded)
		return a->decoded != 0;
	return strlen(a->secret) > strlen(b->secret);
}

/* Whether generic finding g is a part of provider finding p's secret
 * decoded: p's token is itself base64 (Intercom's tok:<uuid>:1:0). */
static int decodes_into(const struct kh_finding *p, const struct kh_finding *g)
{
	unsigned char text[1024];
	long n = kh_base64_decode((const unsigned char *)p->secret, strlen(p->secret),
				  text, sizeof(text));

	return n > 0 && memmem(text, (size_t)n, g->secret, strlen(g->secret)) != NULL;
}

/*
 * One finding per rule and place among the decoded ones (sorted by
 * offset): a line can reach a layer more than once (decoded, at the
 * second level, and as a name-value pair); better_repeat() picks. And
 * no generic finding where a provider's is: a token that is itself
 * base64 (Intercom's tok:...) decodes once more to a fragment of it.
 */
static void drop_repeats(const struct kh_engine *e, const unsigned char *src, size_t len,
			 struct kh_findings *l)
{
	size_t i, j, keep = 0, piece;

	for (i = 0; i < l->n; i++) {
		for (j = i + 1; l->v[i] && j < l->n; j++) {
			int generic_i, generic_j;

			if (!l->v[j])
				continue;
			if (l->v[j]->offset >= l->v[i]->end_offset)
				break;
			/* a first piece alone beside the value whole: the
			 * piece goes (each way asked once) */
			piece = first_piece(src, len, l->v[j], l->v[i])	  ? j
				: first_piece(src, len, l->v[i], l->v[j]) ? i
									  : l->n;
			if (piece < l->n) {
				kh_finding_free(l->v[piece]);
				l->v[piece] = NULL;
				continue;
			}
			generic_i = kh_rule_kind_only(l->v[i]->rule);
			generic_j = kh_rule_kind_only(l->v[j]->rule);
			if (generic_i != generic_j) {
				size_t g = generic_i ? i : j, p = generic_i ? j : i;

				/* the provider's, and a copy of the same place the
				 * generic rule judged too (a command's header read
				 * after its host and as a header in a string) */
				if (decodes_into(l->v[p], l->v[g]) ||
				    (l->v[p]->offset == l->v[g]->offset &&
				     !strcmp(l->v[p]->secret, l->v[g]->secret))) {
					kh_finding_free(l->v[g]);
					l->v[g] = NULL;
				}
				continue;
			}
			if (l->v[j]->rule != l->v[i]->rule &&
			    l->v[j]->offset == l->v[i]->offset &&
			    l->v[j]->end_offset == l->v[i]->end_offset &&
			    !strcmp(l->v[j]->secret, l->v[i]->secret)) {
				/* two generic rules' readings of one value (a
				 * sentence's `pre-shared key` read as a psk and
				 * as a password): one finding */
				kh_finding_free(l->v[j]);
				l->v[j] = NULL;
				continue;
			}
			/* a login in base64 and its password, both found in
			 * a decoded copy (a CI variable's escaped JSON
			 * holding Docker's "auth"): the password, as
			 * already_found() keeps it over the plain scan's */
			if (kh_engine_provider_decodes(e, l->v[i]->rule) &&
			    is_base64_login_of(l->v[i]->secret, l->v[j]->secret)) {
				kh_finding_free(l->v[i]);
				l->v[i] = NULL;
				continue;
			}
			if (kh_engine_provider_decodes(e, l->v[j]->rule) &&
			    is_base64_login_of(l->v[j]->secret, l->v[i]->secret)) {
				kh_finding_free(l->v[j]);
				l->v[j] = NULL;
				continue;
			}
			if (l->v[j]->rule != l->v[i]->rule) {
				/* the generic rules' finding of a base64 value and
				 * of the password it decodes to (a query's
				 * password=<base64>, read as written and decoded):
				 * the password says what it holds */
				if (is_base64_of(l->v[i]->secret, l->v[j]->secret)) {
					kh_finding_free(l->v[i]);
					l->v[i] = NULL;
				} else if (is_base64_of(l->v[j]->secret,
							l->v[i]->secret)) {
					kh_finding_free(l->v[j]);
					l->v[j] = NULL;
				}
				continue;
			}
			if (better_repeat(src, l->v[j], l->v[i])) {
				kh_finding_free(l->v[i]);
				l->v[i] = NULL;
			} else {
				kh_finding_free(l->v[j]);
				l->v[j] = NULL;
			}
		}
	}
	for (i = 0; i < l->n; i++)
		if (l->v[i])
			l->v[keep++] = l->v[i];
	l->n = keep;
}

static int scan_decoded(const struct kh_engine *e, struct kh_scratch *s,
			const struct kh_source *src, time_t now, struct kh_diag *d,
			struct kh_findings *out)
{
	struct kh_layer one, two = { 0 };
	struct finder starts;
	struct kh_findings found = { 0 }, decoded = { 0 };
	struct kh_line_cursor cur;
	size_t first = out->n, i, nplain;
	const struct kh_ruleset *rs = kh_engine_rules(e);
	struct kh_finding **plain;
	unsigned char *gone;
	int ret;

	/* The decoder's look at every byte first, while the read has left
	 * them in the cache: after the keyword scan and the rules it waited
	 * on memory. */
	if (find_layer_starts(src->data, src->len, &starts) < 0)
		return -1;
	if (kh_scan_source(e, s, src, now, d, out) < 0) {
		free(starts.tmp);
		free(starts.st.v);
		return -1;
	}
	if (build_layer(src->data, src->len, rs, kh_scratch_keyword_hits(s),
			kh_shape_config_path(src->path) ||
				kh_shape_config_text(src->data, src->len),
			kh_engine_provider_names(e), src->path, &starts, &one) < 0)
		return -1;
	if (!one.n) { /* lines tried and dropped may have left buffers */
		layer_release(&one);
		return 0;
	}
	ret = scan_layer(e, s, src, &one, NULL, 0, now, d, &found);
	if (ret == 0)
		ret = build_layer(one.text, one.n, rs, kh_scratch_keyword_hits(s), 0,
				  NULL, NULL, NULL, &two);
	if (ret == 0 && two.n)
		ret = scan_layer(e, s, src, &two, &one, KH_DEC_LEVEL_SHIFT, now, d,
				 &found);
	if (ret == 0 && (one.full || two.full))
		kh_note(d,
			"%s: more than %u KiB of decoded text; the rest was not decoded",
			src->path ? src->path : "(commit message)", KH_DECODE_MAX >> 10);

	/* keep what the plain scan did not report, at the source's lines */
	nplain = out->n - first;
	plain = nplain ? out->v + first : NULL; /* out->v may be NULL */
	gone = calloc(nplain + 1, 1);
	if (!gone)
		ret = -1;
	if (nplain)
		kh_sort(plain, nplain, sizeof(*plain), cmp_offset);
	if (found.n)
		kh_sort(found.v, found.n, sizeof(*found.v), cmp_offset);
	drop_repeats(e, src->data, src->len, &found);
	kh_line_cursor_init(&cur, src);
	for (i = 0; i < found.n && ret == 0; i++) {
		struct kh_finding *f = found.v[i];
		size_t end_line, end_col;
		int selected;

		found.v[i] = NULL;
		kh_line_cursor_seek(&cur, f->offset, &f->line, &f->column);
		selected = kh_source_line_selected(src, cur.nl_line);
		kh_line_cursor_seek(&cur, f->end_offset - 1, &end_line, &end_col);
		f->end_line = end_line;
		f->end_column = end_col;
		if (kh_more(f)->partner)
			kh_line_cursor_seek(&cur, f->more->partner_offset,
					    &f->more->partner_line, &end_col);
		/* into a list of their own: plain points into out->v, which
		 * a push into out could move */
		if (!selected || already_found(e, src->data, src->len, plain, gone,
					       nplain, f, f->offset, f->end_offset)) {
			kh_finding_free(f);
		} else if (kh_findings_push(&decoded, f) < 0) {
			kh_finding_free(f);
			ret = -1;
		}
	}
	/* drop the plain findings a decoded one explained, add the decoded */
	{
		size_t keep = first;

		for (i = first; i < out->n; i++) {
			if (i - first < nplain && gone && gone[i - first])
				kh_finding_free(out->v[i]);
			else
				out->v[keep++] = out->v[i];
		}
		out->n = keep;
	}
	if (ret == 0 && kh_findings_take(out, &decoded) < 0)
		ret = -1;
	kh_findings_release(&decoded);
	free(gone);
	kh_findings_release(&found);
	layer_release(&one);
	layer_release(&two);
	return ret;
}

int kh_scan_decoding(const struct kh_engine *e, struct kh_scratch *s,
		     const struct kh_source *src, time_t now, struct kh_diag *d,
		     struct kh_findings *out)
{
	size_t first = out->n, i, prev = 0, keep;
	unsigned char ctx = KH_CTX_NONE;

	if (scan_decoded(e, s, src, now, d, out) < 0)
		return -1;
	/* what the text around each finding says of it (an example...): its
	 * line's say, read once for the findings on one line (a long line
	 * of thousands was read once each) */
	for (i = first; i < out->n; i++) {
		size_t off = out->v[i]->offset, lo = off < prev ? off : prev,
		       hi = off < prev ? prev : off;

		if (i == first || hi > src->len || memchr(src->data + lo, '\n', hi - lo))
			ctx = (unsigned char)kh_text_context(src->data, src->len, off);
		if (ctx != KH_CTX_NONE) /* else the validator's say stands */
			out->v[i]->context = ctx;
		prev = off;
	}
	/* a digest of a key, a key its text calls revoked, a generic value
	 * that is a declaration's type: on the source's own lines, whichever
	 * layer found it */
	for (i = keep = first; i < out->n; i++) {
		struct kh_finding *f = out->v[i];

		if (f->end_offset <= src->len &&
		    (kh_text_calls_dead(src->data, src->len, f->offset, f->end_offset) ||
		     (kh_rule_is_generic(f->rule) &&
		      kh_is_declared_type(src->data, src->len, f->offset,
					  f->end_offset))))
			kh_finding_free(f);
		else
			out->v[keep++] = f;
	}
	out->n = keep;
	return 0;
}

static const char *const encoding_names[KH_DEC_ENCODINGS] = { "base64", "percent",
							      "escape", "html", "hex" };
static const char *const document_names[] = {
	"mime", "docx", "pptx", "odf", "rtf", "pdf"
};

unsigned kh_decoded_bit(unsigned level, unsigned k)
{
	if (k == KH_DEC_ENCODINGS - 1)
		return level ? KH_DEC_HEX_2 : KH_DEC_HEX;
	return 1u << (k + level * KH_DEC_LEVEL_SHIFT);
}

unsigned kh_decoded_encoding(const char *name)
{
	unsigned k;

	for (k = 0; k < KH_DEC_ENCODINGS && strcmp(name, encoding_names[k]); k++)
		;
	return k;
}

/* The names of `decoded`'s bits, outermost first: the document, then the
 * first level's encodings and the second's. */
static size_t decoded_names(unsigned decoded, const char **names)
{
	unsigned bit, level, k;
	size_t n = 0;

	for (bit = KH_DEC_DOC_FIRST; bit <= KH_DEC_DOC_LAST; bit++)
		if (decoded & (1u << bit))
			names[n++] = document_names[bit - KH_DEC_DOC_FIRST];
	for (level = 0; level < 2; level++)
		for (k = 0; k < KH_DEC_ENCODINGS; k++)
			if (decoded & kh_decoded_bit(level, k))
				names[n++] = encoding_names[k];
	return n;
}

unsigned kh_decoded_document(const char *name)
{
	unsigned bit;

	for (bit = KH_DEC_DOC_FIRST; bit <= KH_DEC_DOC_LAST; bit++)
		if (!strcmp(name, document_names[bit - KH_DEC_DOC_FIRST]))
			return 1u << bit;
	return 0;
}

cJSON *kh_decoded_json(unsigned decoded)
{
	cJSON *a = cJSON_CreateArray();
	const char *names[16];
	size_t n = decoded_names(decoded, names), i;

	for (i = 0; a && i < n; i++)
		cJSON_AddItemToArray(a, cJSON_CreateString(names[i]));
	return a;
}

void kh_decoded_text(unsigned decoded, char *out, size_t outlen)
{
	const char *names[16];
	size_t n = decoded_names(decoded, names), i, k = 0;

	if (outlen)
		out[0] = '\0';
	for (i = 0; i < n && k < outlen; i++)
		k += (size_t)snprintf(out + k, outlen - k, "%s%s", k ? ", " : "",
				      names[i]);
}
