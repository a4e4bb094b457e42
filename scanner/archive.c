#include "archive.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <zlib.h>

#include "decode.h"
#include "diag.h"
#include "util.h"

#define MAX_NESTING   3		   /* zip in tar.gz in zip, no deeper */
#define MAX_MEMBERS   100000	   /* entries read from one archive */
#define TOTAL_INFLATE (1ull << 30) /* bytes inflated from one archive */

struct archive_ctx {
	struct kh_worker *w;
	size_t max_member; /* --max-file-size */
	unsigned long long inflated;
};

static int scan_at(struct archive_ctx *a, const struct kh_source *src, int depth);
static int is_tar(const unsigned char *p, size_t len);
static int scan_tar(struct archive_ctx *a, const struct kh_source *src, int depth);

static uint32_t le16(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8;
}

static uint32_t le32(const unsigned char *p)
{
	return le16(p) | le16(p + 2) << 16;
}

/* "outer!inner": how a member is named in reports. */
static char *member_name(const char *outer, const char *inner, size_t n)
{
	size_t ol = strlen(outer);
	char *p = malloc(ol + n + 2);

	if (!p)
		return NULL;
	memcpy(p, outer, ol);
	p[ol] = '!';
	memcpy(p + ol + 1, inner, n);
	p[ol + 1 + n] = '\0';
	return p;
}

/* Scans data[0..len) as a member of src. Returns -1 when out of memory. */
static int scan_member(struct archive_ctx *a, const struct kh_source *src,
		       const char *name, size_t namelen, const unsigned char *data,
		       size_t len, int depth)
{
	struct kh_source m = *src;
	char *path = member_name(src->path ? src->path : "-", name, namelen);
	int ret;

	if (!path)
		return -1;
	m.path = path;
	m.data = data;
	m.len = len;
	m.lines = NULL; /* line selections describe the outer file only */
	m.nlines = 0;
	ret = scan_at(a, &m, depth + 1);
	free(path);
	return ret;
}

/*
 * Inflates in[0..inlen) (zlib window bits `wbits`: 16+15 gzip, -15 raw) into
 * a new buffer of at most max bytes. Returns the buffer (caller frees) or
 * NULL; *too_large tells a bomb or oversize member from corrupt data.
 */
static unsigned char *inflate_all(struct archive_ctx *a, const unsigned char *in,
				  size_t inlen, int wbits, size_t *outlen, int *too_large)
{
	z_stream z;
	size_t cap = inlen * 4 + 4096, max = a->max_member;
	unsigned char *out = NULL;
	int rc = Z_OK;

	*too_large = 0;
	*outlen = 0;
	memset(&z, 0, sizeof(z));
	if (inflateInit2(&z, wbits) != Z_OK)
		return NULL;
	z.next_in = (unsigned char *)in;
	z.avail_in = inlen > UINT32_MAX ? UINT32_MAX : (uInt)inlen;
	while (rc != Z_STREAM_END) {
		if (*outlen == cap || !out) {
			unsigned char *p;

			if (out)
				cap *= 2;
			if (cap > max + 1)
				cap = max + 1;
			if (out && *outlen >= cap) {
				*too_large = 1;
				break;
			}
			p = realloc(out, cap + 1);
			if (!p)
				break;
			out = p;
		}
		z.next_out = out + *outlen;
		z.avail_out = (uInt)(cap - *outlen);
		rc = inflate(&z, Z_NO_FLUSH);
		*outlen = cap - z.avail_out;
		if (rc != Z_OK && rc != Z_STREAM_END)
			break;
		if (rc == Z_OK && !z.avail_in && z.avail_out)
			break; /* truncated input */
	}
	inflateEnd(&z);
	a->inflated += *outlen;
	if (rc != Z_STREAM_END || *outlen > max || a->inflated > TOTAL_INFLATE) {
		*too_large = *too_large || *outlen > max || a->inflated > TOTAL_INFLATE;
		free(out);
		return NULL;
	}
	out[*outlen] = '\0';
	return out;
}

static int scan_gzip(struct archive_ctx *a, const struct kh_source *src, int depth)
{
	struct kh_diag *d = a->w->diag;
	const char *base = src->path ? strrchr(src->path, '/') : NULL;
	size_t len, nl;
	int too_large, ret;
	unsigned char *out =
		inflate_all(a, src->data, src->len, 16 + MAX_WBITS, &len, &too_large);

	if (!out) {
		if (too_large) {
			atomic_fetch_add(&d->stats.skipped_large, 1);
			kh_warn(d,
				"%s: skipped: decompresses to more than --max-file-size",
				src->path);
		} else {
			atomic_fetch_add(&d->stats.read_errors, 1);
			kh_warn(d, "%s: corrupt or truncated gzip data, skipped",
				src->path);
		}
		return 0;
	}
	/* name the member after the file without its .gz */
	base = base ? base + 1 : src->path ? src->path : "-";
	nl = strlen(base);
	if (nl > 3 && !strcmp(base + nl - 3, ".gz"))
		nl -= 3;
	else if (nl > 4 && !strcmp(base + nl - 4, ".tgz"))
		nl -= 4;
	if (is_tar(out, len)) {
		/* a .tar.gz names its members "x.tgz!member", not "x.tgz!x!member" */
		struct kh_source inner = *src;

		inner.data = out;
		inner.len = len;
		ret = scan_tar(a, &inner, depth + 1);
	} else {
		ret = scan_member(a, src, base, nl, out, len, depth);
	}
	free(out);
	return ret;
}

static int is_tar(const unsigned char *p, size_t len)
{
	return len >= 512 && !memcmp(p + 257, "ustar", 5);
}

/* Octal size field of a tar header. */
static size_t tar_size(const unsigned char *h)
{
	size_t v = 0;
	int i;

	for (i = 124; i < 136 && h[i] >= '0' && h[i] <= '7'; i++)
		v = v * 8 + (size_t)(h[i] - '0');
	return v;
}

static int scan_tar(struct archive_ctx *a, const struct kh_source *src, int depth)
{
	size_t off = 0, n = 0;

	while (off + 512 <= src->len && n++ < MAX_MEMBERS) {
		const unsigned char *h = src->data + off;
		size_t size = tar_size(h), namelen = strnlen((const char *)h, 100);
		char type = (char)h[156];

		if (!h[0])
			break; /* end-of-archive block */
		off += 512;
		if (size > src->len - off) {
			kh_warn(a->w->diag, "%s: truncated tar archive", src->path);
			break;
		}
		if ((type == '0' || type == '\0') &&
		    scan_member(a, src, (const char *)h, namelen, src->data + off, size,
				depth) < 0)
			return -1;
		off += (size + 511) / 512 * 512;
	}
	return 0;
}

static int is_zip(const unsigned char *p, size_t len)
{
	return len >= 22 && !memcmp(p, "PK\3\4", 4);
}

/* Finds the end-of-central-directory record (it ends the file, followed by
 * a comment of up to 64 KiB). */
static const unsigned char *zip_eocd(const unsigned char *p, size_t len)
{
	size_t i = len - 22, stop = len > 22 + 65535 ? len - 22 - 65535 : 0;

	for (;; i--) {
		if (!memcmp(p + i, "PK\5\6", 4))
			return p + i;
		if (i == stop)
			return NULL;
	}
}

/* One central-directory entry: inflate or copy, then scan. */
static int zip_entry(struct archive_ctx *a, const struct kh_source *src,
		     const unsigned char *cd, int depth)
{
	struct kh_diag *d = a->w->diag;
	uint32_t method = le16(cd + 10), csize = le32(cd + 20), usize = le32(cd + 24);
	uint32_t nlen = le16(cd + 28), lho = le32(cd + 42);
	const char *name = (const char *)cd + 46;
	const unsigned char *lh, *data;
	unsigned char *out = NULL;
	size_t outlen = usize;
	int too_large = 0, ret;

	if (nlen && name[nlen - 1] == '/')
		return 0; /* a directory */
	if (le16(cd + 8) & 1) {
		kh_note(d, "%s!%.*s: encrypted zip entry, skipped", src->path, (int)nlen,
			name);
		return 0;
	}
	if ((size_t)lho + 30 > src->len || memcmp(src->data + lho, "PK\3\4", 4))
		goto corrupt;
	lh = src->data + lho;
	data = lh + 30 + le16(lh + 26) + le16(lh + 28);
	if (data > src->data + src->len || csize > (size_t)(src->data + src->len - data))
		goto corrupt;
	if (usize > a->max_member) {
		atomic_fetch_add(&d->stats.skipped_large, 1);
		kh_note(d, "%s!%.*s: skipped: over --max-file-size", src->path, (int)nlen,
			name);
		return 0;
	}
	if (method == 8) {
		out = inflate_all(a, data, csize, -MAX_WBITS, &outlen, &too_large);
		if (!out)
			goto corrupt;
		data = out;
	} else if (method != 0 || csize != usize) {
		kh_note(d, "%s!%.*s: zip compression method %u not supported, skipped",
			src->path, (int)nlen, name, method);
		return 0;
	}
	ret = scan_member(a, src, name, nlen, data, outlen, depth);
	free(out);
	return ret;
corrupt:
	atomic_fetch_add(&d->stats.read_errors, 1);
	kh_warn(d, "%s!%.*s: corrupt zip entry, skipped", src->path, (int)nlen, name);
	return 0;
}

static int scan_zip(struct archive_ctx *a, const struct kh_source *src, int depth)
{
	const unsigned char *eocd = zip_eocd(src->data, src->len), *cd, *end;
	uint32_t count, i;

	if (!eocd) {
		kh_warn(a->w->diag,
			"%s: zip archive without a central directory, skipped",
			src->path);
		return 0;
	}
	count = le16(eocd + 10);
	cd = src->data + le32(eocd + 16);
	end = eocd;
	for (i = 0; i < count && i < MAX_MEMBERS; i++) {
		if (cd < src->data || cd + 46 > end || memcmp(cd, "PK\1\2", 4)) {
			kh_warn(a->w->diag, "%s: corrupt zip central directory",
				src->path);
			break;
		}
		if (cd + 46 + le16(cd + 28) > end)
			break;
		if (zip_entry(a, src, cd, depth) < 0)
			return -1;
		cd += 46 + le16(cd + 28) + le16(cd + 30) + le16(cd + 32);
	}
	return 0;
}

static int scan_at(struct archive_ctx *a, const struct kh_source *src, int depth)
{
	struct kh_worker *w = a->w;
	int archive = src->len >= 2 && src->data[0] == 0x1f && src->data[1] == 0x8b;

	archive = archive || is_zip(src->data, src->len) || is_tar(src->data, src->len);
	if (archive && depth >= MAX_NESTING) {
		kh_note(w->diag, "%s: archive nested too deep, skipped", src->path);
		return 0;
	}
	if (src->len >= 2 && src->data[0] == 0x1f && src->data[1] == 0x8b)
		return scan_gzip(a, src, depth);
	if (is_zip(src->data, src->len))
		return scan_zip(a, src, depth);
	if (is_tar(src->data, src->len))
		return scan_tar(a, src, depth);
	if (kh_looks_binary(src->data, src->len)) {
		atomic_fetch_add(&w->diag->stats.skipped_binary, 1);
		return 0;
	}
	atomic_fetch_add(&w->diag->stats.sources_scanned, 1);
	atomic_fetch_add(&w->diag->stats.bytes_scanned, src->len);
	return kh_scan_decoding(w->engine, w->scratch, src, w->now, w->diag,
				&w->findings);
}

int kh_scan_any(struct kh_worker *w, const struct kh_source *src)
{
	struct archive_ctx a = { w, w->max_file_size, 0 };

	return scan_at(&a, src, 0);
}
