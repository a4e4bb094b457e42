/*
 * git_inflate.h - the one bounded inflate of git's zlib streams, for the
 * loose object reader (git_loose.c) and the pack reader (git_pack.c).
 *
 * Whole streams are inflated by libdeflate when the build has it (twice
 * as fast on a buffer seen whole), else by zlib; zlib then says what is
 * wrong. Nothing is ever written past the output's capacity nor read past
 * the input's end, whatever sizes the stream or its headers claim.
 *
 * Ownership: an inflater owns its decompressors; one per thread.
 */
#ifndef KH_GIT_INFLATE_H
#define KH_GIT_INFLATE_H

#include <stddef.h>
#include <stdint.h>

/* Input read to find a stream's first bytes (a header) in one call. */
#define KH_INFLATE_PEEK 1024

struct kh_inflater {
	void *ld; /* libdeflate's decompressor, or NULL: zlib does it all */
	void *z;  /* zlib's stream, made on first use */
};

enum kh_inflated {
	KH_INFLATE_DONE,  /* the stream ended in the output */
	KH_INFLATE_FULL,  /* the output filled up before the stream ended */
	KH_INFLATE_SHORT, /* the input ended before the stream did */
	KH_INFLATE_BAD,	  /* damaged data; why says how */
	KH_INFLATE_NOMEM,
};

void kh_inflater_init(struct kh_inflater *f);
void kh_inflater_release(struct kh_inflater *f);

/*
 * Inflates the zlib stream in[0..n) into out[0..cap): *made bytes made
 * from *used bytes of input. On KH_INFLATE_BAD, why (when not NULL) says
 * what zlib found, never the data.
 */
enum kh_inflated kh_inflate(struct kh_inflater *f, const unsigned char *in, size_t n,
			    unsigned char *out, size_t cap, size_t *made, size_t *used,
			    char *why, size_t whylen);

/* The first cap bytes at most of the stream in[0..n) (a header), from its
 * first KH_INFLATE_PEEK bytes in one zlib call. Returns how many. */
size_t kh_inflate_head(struct kh_inflater *f, const unsigned char *in, size_t n,
		       unsigned char *out, size_t cap);

/* The most input a stream of `size` bytes of output takes: deflate's
 * stored blocks add 5 bytes in 64 KiB, zlib 6 in all. */
size_t kh_inflate_input_bound(size_t size);

/* The most output n bytes of stream can make: deflate's best ratio is
 * 1032:1 (a 258-byte match in two bits). */
uint64_t kh_inflate_output_bound(uint64_t n);

#endif
