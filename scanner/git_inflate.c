#include "git_inflate.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#ifdef KH_HAVE_LIBDEFLATE
#include <libdeflate.h>
#endif

void kh_inflater_init(struct kh_inflater *f)
{
	memset(f, 0, sizeof(*f));
#ifdef KH_HAVE_LIBDEFLATE
	f->ld = libdeflate_alloc_decompressor(); /* NULL: zlib does it all */
#endif
}

void kh_inflater_release(struct kh_inflater *f)
{
	if (!f)
		return;
#ifdef KH_HAVE_LIBDEFLATE
	libdeflate_free_decompressor(f->ld);
#endif
	if (f->z)
		inflateEnd(f->z);
	free(f->z);
	memset(f, 0, sizeof(*f));
}

/* The inflater's zlib stream, reset for a new input; NULL when out of
 * memory. */
static z_stream *zstream(struct kh_inflater *f)
{
	z_stream *z = f->z;

	if (z)
		return inflateReset(z) == Z_OK ? z : NULL;
	if (!(z = calloc(1, sizeof(*z))))
		return NULL;
	if (inflateInit(z) != Z_OK) {
		free(z);
		return NULL;
	}
	f->z = z;
	return z;
}

static enum kh_inflated zlib_inflate(struct kh_inflater *f, const unsigned char *in,
				     size_t n, unsigned char *out, size_t cap,
				     size_t *made, size_t *used, char *why, size_t whylen)
{
	z_stream *z = zstream(f);
	size_t inleft = n, outleft = cap;
	int rc = Z_OK;

	if (!z)
		return KH_INFLATE_NOMEM;
	z->next_in = (Bytef *)in;
	z->next_out = out;
	/* each round consumes input or makes output, or ends the loop */
	while (rc == Z_OK) {
		uInt ain = inleft > UINT_MAX ? UINT_MAX : (uInt)inleft;
		uInt aout = outleft > UINT_MAX ? UINT_MAX : (uInt)outleft;

		z->avail_in = ain;
		z->avail_out = aout;
		rc = inflate(z, Z_NO_FLUSH);
		inleft -= ain - z->avail_in;
		outleft -= aout - z->avail_out;
		if (rc == Z_OK && z->avail_in == ain && z->avail_out == aout)
			rc = Z_BUF_ERROR;
	}
	*made = cap - outleft;
	*used = n - inleft;
	switch (rc) {
	case Z_STREAM_END: return KH_INFLATE_DONE;
	case Z_MEM_ERROR: return KH_INFLATE_NOMEM;
	case Z_BUF_ERROR: return outleft ? KH_INFLATE_SHORT : KH_INFLATE_FULL;
	default:
		if (why && whylen)
			snprintf(why, whylen, "damaged zlib data (%s)",
				 z->msg ? z->msg : "bad data");
		return KH_INFLATE_BAD;
	}
}

enum kh_inflated kh_inflate(struct kh_inflater *f, const unsigned char *in, size_t n,
			    unsigned char *out, size_t cap, size_t *made, size_t *used,
			    char *why, size_t whylen)
{
	*made = *used = 0;
#ifdef KH_HAVE_LIBDEFLATE
	if (f->ld) {
		enum libdeflate_result rc =
			libdeflate_zlib_decompress_ex(f->ld, in, n, out, cap, used, made);

		if (rc == LIBDEFLATE_SUCCESS)
			return KH_INFLATE_DONE;
		if (rc == LIBDEFLATE_INSUFFICIENT_SPACE)
			return KH_INFLATE_FULL;
	}
#endif
	return zlib_inflate(f, in, n, out, cap, made, used, why, whylen);
}

size_t kh_inflate_head(struct kh_inflater *f, const unsigned char *in, size_t n,
		       unsigned char *out, size_t cap)
{
	z_stream *z = zstream(f);
	int rc;

	if (!z || cap > UINT_MAX)
		return 0;
	z->next_in = (Bytef *)in;
	z->avail_in = (uInt)(n < KH_INFLATE_PEEK ? n : KH_INFLATE_PEEK);
	z->next_out = out;
	z->avail_out = (uInt)cap;
	rc = inflate(z, Z_SYNC_FLUSH);
	if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR)
		return 0;
	return cap - z->avail_out;
}

size_t kh_inflate_input_bound(size_t size)
{
	return size > SIZE_MAX / 2 ? SIZE_MAX : size + size / 64 + 1024;
}

uint64_t kh_inflate_output_bound(uint64_t n)
{
	return n > UINT64_MAX / 1032 ? UINT64_MAX : n * 1032;
}
