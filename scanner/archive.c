#include "archive.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <zlib.h>

#include "decode.h"
#include "diag.h"
#include "documents.h"
#include "stream.h"
#include "util.h"

#define MAX_NESTING   3		 /* archive levels: zip in tar.gz in zip, no deeper */
#define MAX_MEMBERS   100000	 /* entries read from one archive */
#define BUDGET_FACTOR 100	 /* bytes inflated per archive: 100 x --max-file-size */
#define BOMB_RATIO    100	 /* ... and 100 x its own size, when that is more */
#define TOTAL_FACTOR  10000	 /* never more than 10,000 x --max-file-size */
#define PROBE	      8192	 /* bytes looked at to tell text from binary */
#define INFLATE_IN    65536	 /* compressed bytes read at a time */
#define INFLATE_STEP  (1u << 20) /* inflated between two budget checks, at most */
#define TAR_META_MAX  (1u << 20) /* a long name or pax header read, at most */

struct archive_ctx {
	struct kh_worker *w;
	const char *top; /* the outermost source's name, for the one warning */
	/* a streamed outermost source: its bytes read so far are what the
	 * bomb ratio compares with */
	const struct kh_reader *top_reader;
	unsigned long long inflated, budget, total;
	int spent; /* a limit reached: every level stops, warned once */
	/* archives nested too deep: the first one's name and how many, noted
	 * once for the whole archive (a zip of 1,000 zips is one line) */
	char *too_deep;
	size_t n_too_deep;
};

static int scan_at(struct archive_ctx *a, const struct kh_source *src, int depth);
static int stream_at(struct archive_ctx *a, const struct kh_source *src,
		     struct kh_reader *r, int depth);
static int is_tar(const unsigned char *p, size_t len);
static int stream_tar(struct archive_ctx *a, const struct kh_source *src,
		      struct kh_reader *r, int depth);

static uint32_t le16(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8;
}

static uint32_t le32(const unsigned char *p)
{
	return le16(p) | le16(p + 2) << 16;
}

static uint64_t le64(const unsigned char *p)
{
	return le32(p) | (uint64_t)le32(p + 4) << 32;
}

/*
 * Charges n inflated bytes to the archive. It stops, with one warning for
 * the whole archive whatever level of nesting found it, past 100 x
 * --max-file-size, or for a streamed source past 100 times its own size
 * (bytes read so far) when that is more: a bomb; and past 10,000 x
 * --max-file-size whatever its size. Returns 0, or -1 once stopped.
 */
static int charge(struct archive_ctx *a, size_t n)
{
	unsigned long long own = a->top_reader ? a->top_reader->total : 0;

	if (a->spent)
		return -1;
	a->inflated += n;
	if (a->inflated > a->total) {
		kh_warn(a->w->diag,
			"%s: archive stopped: it decompresses to more than %llu bytes "
			"(10,000 x --max-file-size); the rest is not scanned",
			a->top, a->total);
	} else if (a->inflated > a->budget && a->inflated / BOMB_RATIO >= own) {
		kh_warn(a->w->diag,
			"%s: archive stopped: it decompresses to more than %llu bytes "
			"(100 x --max-file-size) and 100 times its own size; the rest "
			"is not scanned",
			a->top, a->budget);
	} else {
		return 0;
	}
	a->spent = 1;
	atomic_fetch_add(&a->w->diag->stats.skipped_large, 1);
	return -1;
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

/* The name gzip data at path (a member when nested) gives its content
 * when that is not a tar archive: the file's (or member's) name without
 * .gz or .tgz, path[..*len) from the pointer. */
static const char *gzip_inner(const char *path, int nested, size_t *len)
{
	const char *base = path, *p;

	for (p = base; *p; p++)
		if (*p == '/' || (*p == '!' && nested))
			base = p + 1;
	*len = strlen(base);
	if (*len > 3 && !strcmp(base + *len - 3, ".gz"))
		*len -= 3;
	else if (*len > 4 && !strcmp(base + *len - 4, ".tgz"))
		*len -= 4;
	return base;
}

char *kh_gzip_member(const char *path)
{
	size_t n;
	const char *inner = gzip_inner(path, 0, &n);

	return member_name(path, inner, n);
}

/*
 * Inflates what another reader yields, as a reader: gzip (every member of
 * a multi-member stream; bytes after the last one are not read) or a zip
 * entry's raw deflate. Each step is charged to the archive (charge()): a
 * bomb costs no more than its limits. Corrupt or truncated data ends the
 * stream where it breaks, with one warning: what came before is scanned.
 */
struct inflater {
	struct kh_reader r;
	struct kh_reader *in;
	struct archive_ctx *a;
	const char *name; /* for the warning */
	const char *what; /* "gzip data", "zip entry" */
	z_stream z;
	int gzip, in_end, ended;
	unsigned long long out; /* bytes inflated */
	unsigned char buf[INFLATE_IN];
};

/* Reads more compressed bytes after the avail_in ones left. */
static void inflater_refill(struct inflater *f)
{
	size_t n;

	if (f->in_end)
		return;
	memmove(f->buf, f->z.next_in, f->z.avail_in);
	n = kh_reader_read(f->in, f->buf + f->z.avail_in, sizeof(f->buf) - f->z.avail_in);
	f->in_end = !n;
	f->z.next_in = f->buf;
	f->z.avail_in += (uInt)n;
}

static void inflater_broken(struct inflater *f)
{
	struct kh_diag *d = f->a->w->diag;

	f->ended = 1;
	f->r.broken = 1;
	if (f->in->broken)
		return; /* what it read from said why */
	atomic_fetch_add(&d->stats.read_errors, 1);
	if (!f->out)
		kh_warn(d, "%s: corrupt or truncated %s, skipped", f->name, f->what);
	else
		kh_warn(d,
			"%s: corrupt or truncated %s after %llu bytes; scanned up to "
			"there",
			f->name, f->what, f->out);
}

static size_t inflater_read(struct kh_reader *r, unsigned char *buf, size_t cap)
{
	struct inflater *f = (struct inflater *)r;
	size_t got = 0;

	while (got < cap && !f->ended) {
		size_t room = cap - got < INFLATE_STEP ? cap - got : INFLATE_STEP, n;
		int rc;

		if (!f->z.avail_in)
			inflater_refill(f);
		f->z.next_out = buf + got;
		f->z.avail_out = (uInt)room;
		rc = inflate(&f->z, Z_NO_FLUSH);
		n = room - f->z.avail_out;
		got += n;
		f->out += n;
		if (n && charge(f->a, n) < 0) {
			f->ended = 1;
		} else if (rc == Z_STREAM_END) {
			if (f->z.avail_in < 2)
				inflater_refill(f);
			if (f->gzip && f->z.avail_in >= 2 && f->z.next_in[0] == 0x1f &&
			    f->z.next_in[1] == 0x8b)
				inflateReset(&f->z); /* the next member */
			else
				f->ended = 1;
		} else if (rc != Z_OK) { /* Z_BUF_ERROR: the input ended */
			inflater_broken(f);
		}
	}
	return got;
}

/* Returns 0, or -1 when out of memory (f is then not to be ended). */
static int inflater_init(struct inflater *f, struct archive_ctx *a, struct kh_reader *in,
			 const char *name, int gzip)
{
	memset(f, 0, offsetof(struct inflater, buf));
	f->r.read = inflater_read;
	f->in = in;
	f->a = a;
	f->name = name;
	f->gzip = gzip;
	f->what = gzip ? "gzip data" : "zip entry";
	f->z.next_in = f->buf;
	return inflateInit2(&f->z, gzip ? 16 + MAX_WBITS : -MAX_WBITS) == Z_OK ? 0 : -1;
}

/* gzip data read from r, the content of src: a .tar.gz names its members
 * "x.tgz!member", not "x.tgz!x!member", and is one archive level, not two;
 * other content is "x.gz!x". */
static int stream_gzip(struct archive_ctx *a, const struct kh_source *src,
		       struct kh_reader *r, int depth)
{
	struct inflater *f = malloc(sizeof(*f));
	struct kh_source m = *src;
	const unsigned char *p;
	const char *base;
	char *path = NULL;
	size_t n, nl;
	int ret = -1;

	if (!f)
		return -1;
	if (inflater_init(f, a, r, src->path, 1) < 0) {
		free(f);
		return -1;
	}
	p = kh_reader_peek(&f->r, &n);
	if (is_tar(p, n)) {
		ret = stream_tar(a, src, &f->r, depth);
	} else {
		base = gzip_inner(src->path, depth > 0, &nl);
		if ((path = member_name(src->path, base, nl))) {
			m.path = path;
			ret = stream_at(a, &m, &f->r, depth + 1);
		}
	}
	inflateEnd(&f->z);
	free(path);
	free(f);
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

/*
 * A tar member's name past the header's 100 bytes: GNU's ././@LongLink
 * entry ('L') before it, a pax header's path= ('x'; 'g' for every later
 * member), or the POSIX ustar prefix field. Hostile values (longer than
 * TAR_NAME_MAX, a NUL inside, a long name no member follows) get one line
 * each; the member is then named by its header.
 */
#define TAR_NAME_MAX 4096

struct tar_names {
	struct archive_ctx *a;
	const char *path; /* the archive's, for the warnings */
	size_t entry;	  /* the header's number, from 1 */
	char next[TAR_NAME_MAX + 1], global[TAR_NAME_MAX + 1];
	size_t nnext, nglobal; /* (0: none) */
	int has_next, has_global;
};

/* Takes v[0..n) as a long name into name[] (*has set) unless hostile. */
static void tar_long_name(struct tar_names *t, const char *what, const unsigned char *v,
			  size_t n, char *name, size_t *len, int *has)
{
	const unsigned char *nul = memchr(v, '\0', n);

	if (nul) { /* GNU ends it with NULs: text after one is a NUL inside */
		size_t k = (size_t)(nul - v);

		for (; k < n && !v[k]; k++)
			;
		if (k < n) {
			kh_warn(t->a->w->diag,
				"%s: tar entry %zu: a NUL inside its %s; the member is "
				"named by its header",
				t->path, t->entry, what);
			return;
		}
		n = (size_t)(nul - v);
	}
	if (n > TAR_NAME_MAX) {
		kh_warn(t->a->w->diag,
			"%s: tar entry %zu: %s of %zu bytes (more than %d); the "
			"member is named by its header",
			t->path, t->entry, what, n, TAR_NAME_MAX);
		return;
	}
	if (!n)
		return;
	if (*has)
		kh_warn(t->a->w->diag,
			"%s: tar entry %zu: a long name no member took before this one",
			t->path, t->entry);
	memcpy(name, v, n);
	name[n] = '\0';
	*len = n;
	*has = 1;
}

/* Reads the pax records "LEN key=value\n" of p[0..n) for path=. */
static void tar_pax(struct tar_names *t, const unsigned char *p, size_t n, int global)
{
	size_t off = 0;

	while (off < n) {
		size_t len = 0, k = off, eq;

		for (; k < n && k - off < 20 && p[k] >= '0' && p[k] <= '9'; k++)
			len = len * 10 + (size_t)(p[k] - '0');
		if (k == off || k >= n || p[k] != ' ' || len <= k - off + 1 ||
		    len > n - off || p[off + len - 1] != '\n') {
			kh_warn(t->a->w->diag,
				"%s: tar entry %zu: a malformed pax header; its names "
				"are "
				"not read",
				t->path, t->entry);
			return;
		}
		k++;
		for (eq = k; eq < off + len - 1 && p[eq] != '='; eq++)
			;
		if (eq - k == 4 && !memcmp(p + k, "path", 4) && eq < off + len - 1)
			tar_long_name(t, "pax path", p + eq + 1, off + len - 1 - eq - 1,
				      global ? t->global : t->next,
				      global ? &t->nglobal : &t->nnext,
				      global ? &t->has_global : &t->has_next);
		off += len;
	}
}

/* The member's name whose header is h: [*name, *name + return). */
static size_t tar_member_name(struct tar_names *t, const unsigned char *h, char *buf,
			      const char **name)
{
	size_t n = strnlen((const char *)h, 100), pre;

	if (t->has_next || t->has_global) {
		*name = t->has_next ? t->next : t->global;
		return t->has_next ? t->nnext : t->nglobal;
	}
	*name = (const char *)h;
	/* POSIX ustar ("ustar\0" "00"; GNU's "ustar  " keeps times there) */
	if (memcmp(h + 257,
		   "ustar\0"
		   "00",
		   8) ||
	    !h[345])
		return n;
	pre = strnlen((const char *)h + 345, 155);
	memcpy(buf, h + 345, pre);
	buf[pre] = '/';
	memcpy(buf + pre + 1, h, n);
	*name = buf;
	return pre + 1 + n;
}

/* Whether name[0..n) holds a ".." component: named as it is, but said. */
static int climbs(const char *name, size_t n)
{
	size_t i;

	for (i = 0; i + 1 < n; i++)
		if (name[i] == '.' && name[i + 1] == '.' &&
		    (i == 0 || name[i - 1] == '/') && (i + 2 == n || name[i + 2] == '/'))
			return 1;
	return 0;
}

/* Reads a long name's or pax header's n bytes (type 'L', 'x', 'g') into
 * the names, or past them, with one line, when over TAR_META_MAX. Returns
 * 0, -1 when out of memory, 1 when the archive ends inside them. */
static int tar_meta(struct tar_names *t, struct kh_reader *r, char type, size_t n)
{
	unsigned char *v;
	int ret = 0;

	if (n > TAR_META_MAX) {
		kh_warn(t->a->w->diag,
			"%s: tar entry %zu: a header of %zu bytes (more than %u) is "
			"not read",
			t->path, t->entry, n, TAR_META_MAX);
		return kh_reader_skip(r, n) < n;
	}
	if (!(v = malloc(n ? n : 1)))
		return -1;
	if (kh_reader_read(r, v, n) < n)
		ret = 1;
	else if (type == 'L')
		tar_long_name(t, "GNU long name", v, n, t->next, &t->nnext, &t->has_next);
	else
		tar_pax(t, v, n, type == 'g');
	free(v);
	return ret;
}

/* A tar archive read from r, member by member: each member is a reader of
 * its own, scanned whole when it fits in --max-file-size and in chunks
 * when not, so neither the archive nor a member is ever held whole. */
static int stream_tar(struct archive_ctx *a, const struct kh_source *src,
		      struct kh_reader *r, int depth)
{
	struct tar_names *t = calloc(1, sizeof(*t));
	struct kh_source m = *src;
	unsigned char h[512];
	char buf[155 + 1 + 100];
	size_t n = 0;
	int ret = 0, cut = 0;

	if (!t)
		return -1;
	t->a = a;
	t->path = src->path;
	for (; !a->spent; n++) {
		size_t got = kh_reader_read(r, h, sizeof(h)), size, namelen;
		unsigned long long pad;
		const char *name;
		char type = (char)h[156];

		if (got < sizeof(h)) {
			cut = got > 0;
			break;
		}
		if (!h[0])
			break; /* end-of-archive block */
		if (n == MAX_MEMBERS) {
			kh_note(a->w->diag, "%s: only the first %d tar entries are read",
				src->path, MAX_MEMBERS);
			break;
		}
		t->entry = n + 1;
		size = tar_size(h);
		pad = (size + 511) / 512 * 512 - size;
		if (type == 'L' || type == 'x' || type == 'g') {
			if ((ret = tar_meta(t, r, type, size)) != 0) {
				cut = ret > 0;
				break;
			}
			size = 0; /* (read or skipped whole: its padding is left) */
		} else if (type != 'K') { /* (a link's long target: no member's name) */
			namelen = tar_member_name(t, h, buf, &name);
			if (climbs(name, namelen))
				kh_warn(a->w->diag,
					"%s: tar entry %zu: its name climbs out of the "
					"archive (..); scanned, named as it is",
					src->path, t->entry);
			t->has_next = 0;
			if (type == '0' || type == '\0') {
				struct kh_part_reader part;

				char *path = member_name(src->path, name, namelen);

				if (!path) {
					ret = -1;
					break;
				}
				m.path = path;
				kh_part_reader_init(&part, r, size);
				ret = stream_at(a, &m, &part.r, depth + 1);
				free(path);
				/* what the member's scan left unread */
				size = (size_t)part.left;
				if (ret < 0)
					break;
			}
		}
		if (kh_reader_skip(r, size + pad) < size + pad) {
			cut = 1;
			break;
		}
	}
	if (cut && !a->spent && !r->broken) /* (a broken gzip has said so) */
		kh_warn(a->w->diag, "%s: truncated tar archive", src->path);
	if (ret == 0 && t->has_next)
		kh_warn(a->w->diag, "%s: tar entry %zu: a long name no member follows",
			src->path, t->entry);
	free(t);
	return ret < 0 ? -1 : 0;
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

/* One central-directory entry, with its ZIP64 fields resolved. */
struct zip_entry {
	const char *name;
	uint32_t nlen, method, flags;
	uint64_t csize, usize, lho;
	const unsigned char *data; /* NULL: the local header is corrupt */
	uint64_t start, end;	   /* the local header and data, in the file */
	int overlaps;
};

/* Reads the ZIP64 extended-information extra field of a central-directory
 * entry: each 64-bit value is there only when its 32-bit field is all ones. */
static void zip64_extra(struct zip_entry *e, const unsigned char *x, size_t xlen)
{
	while (xlen >= 4) {
		uint32_t id = le16(x), n = le16(x + 2);
		const unsigned char *v = x + 4;

		if (n > xlen - 4)
			return;
		if (id == 1) {
			size_t left = n;

			if (e->usize == UINT32_MAX && left >= 8)
				e->usize = le64(v), v += 8, left -= 8;
			if (e->csize == UINT32_MAX && left >= 8)
				e->csize = le64(v), v += 8, left -= 8;
			if (e->lho == UINT32_MAX && left >= 8)
				e->lho = le64(v);
			return;
		}
		x += 4 + n;
		xlen -= 4 + n;
	}
}

/* Parses the central-directory entry at cd (46 bytes known to be there,
 * name and extra within end) and finds its data. */
static void zip_parse(struct zip_entry *e, const struct kh_source *src,
		      const unsigned char *cd)
{
	const unsigned char *lh;
	uint64_t off;

	memset(e, 0, sizeof(*e));
	e->flags = le16(cd + 8);
	e->method = le16(cd + 10);
	e->csize = le32(cd + 20);
	e->usize = le32(cd + 24);
	e->nlen = le16(cd + 28);
	e->lho = le32(cd + 42);
	e->name = (const char *)cd + 46;
	zip64_extra(e, cd + 46 + e->nlen, le16(cd + 30));
	if (e->lho > src->len || src->len - e->lho < 30 ||
	    memcmp(src->data + e->lho, "PK\3\4", 4))
		return;
	lh = src->data + e->lho;
	off = e->lho + 30 + le16(lh + 26) + le16(lh + 28);
	if (off > src->len || e->csize > src->len - off)
		return;
	e->data = src->data + off;
	e->start = e->lho;
	e->end = off + e->csize;
}

/* Inflates or copies one entry, then scans it. */
/* Inflates or reads one entry, as a stream, and scans it. */
static int zip_scan_entry(struct archive_ctx *a, const struct kh_source *src,
			  const struct zip_entry *e, int depth)
{
	struct kh_diag *d = a->w->diag;
	struct kh_mem_reader mem;
	struct kh_source m = *src;
	struct inflater *f = NULL;
	char *path;
	int ret = -1;

	if (e->nlen && e->name[e->nlen - 1] == '/')
		return 0; /* a directory */
	if (e->flags & 1) {
		kh_note(d, "%s!%.*s: encrypted zip entry, skipped", src->path,
			(int)e->nlen, e->name);
		return 0;
	}
	if (e->method != 8 && (e->method != 0 || e->csize != e->usize)) {
		kh_note(d, "%s!%.*s: zip compression method %u not supported, skipped",
			src->path, (int)e->nlen, e->name, e->method);
		return 0;
	}
	if (!(path = member_name(src->path, e->name, e->nlen)))
		return -1;
	m.path = path;
	kh_mem_reader_init(&mem, e->data, (size_t)e->csize);
	if (e->method == 0) {
		ret = stream_at(a, &m, &mem.r, depth + 1);
	} else if ((f = malloc(sizeof(*f))) &&
		   inflater_init(f, a, &mem.r, m.path, 0) == 0) {
		ret = stream_at(a, &m, &f->r, depth + 1);
		inflateEnd(&f->z);
	}
	free(f);
	free(path);
	return ret;
}

static int by_start(const void *x, const void *y)
{
	const struct zip_entry *a = *(const struct zip_entry *const *)x;
	const struct zip_entry *b = *(const struct zip_entry *const *)y;

	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	return a < b ? -1 : a > b; /* the earlier entry keeps the range */
}

/*
 * Marks every entry whose local header and data overlap an earlier one's:
 * no real zip does that, and a bomb does it to inflate one member 65,535
 * times. Returns how many were marked, or -1 when out of memory.
 */
static long mark_overlaps(struct zip_entry *e, size_t n)
{
	struct zip_entry **by = malloc((n ? n : 1) * sizeof(*by));
	uint64_t reach = 0;
	size_t i, k = 0;
	long marked = 0;

	if (!by)
		return -1;
	for (i = 0; i < n; i++)
		if (e[i].data)
			by[k++] = &e[i];
	kh_sort(by, k, sizeof(*by), by_start);
	for (i = 0; i < k; i++) {
		if (i && by[i]->start < reach) {
			by[i]->overlaps = 1;
			marked++;
		}
		if (by[i]->end > reach)
			reach = by[i]->end;
	}
	free(by);
	return marked;
}

/* Where the central directory is and how many entries it claims, from the
 * ZIP64 end record when there is one. Returns 0, or -1 when corrupt. */
static int zip_directory(const struct kh_source *src, const unsigned char *eocd,
			 uint64_t *cd_off, uint64_t *cd_size, uint64_t *count)
{
	size_t at = (size_t)(eocd - src->data);

	*count = le16(eocd + 10);
	*cd_size = le32(eocd + 12);
	*cd_off = le32(eocd + 16);
	if (at >= 20 && !memcmp(eocd - 20, "PK\6\7", 4)) {
		uint64_t z = le64(eocd - 20 + 8);

		if (z > at - 20 || at - 20 - z < 56 || memcmp(src->data + z, "PK\6\6", 4))
			return -1;
		*count = le64(src->data + z + 32);
		*cd_size = le64(src->data + z + 40);
		*cd_off = le64(src->data + z + 48);
		at = (size_t)z;
	}
	if (*cd_off > at || *cd_size > at - *cd_off)
		return -1;
	return 0;
}

static int scan_zip(struct archive_ctx *a, const struct kh_source *src, int depth)
{
	struct kh_diag *d = a->w->diag;
	const unsigned char *eocd = zip_eocd(src->data, src->len), *cd, *end;
	struct zip_entry *e = NULL;
	uint64_t cd_off, cd_size, count;
	size_t n = 0, cap = 0, i, corrupt = 0;
	long overlaps;
	int ret = 0;

	if (!eocd || zip_directory(src, eocd, &cd_off, &cd_size, &count) < 0) {
		kh_warn(d,
			"%s: zip archive without a readable central directory, skipped",
			src->path);
		return 0;
	}
	cd = src->data + cd_off;
	end = cd + cd_size;
	/* Entries are read up to the end of the directory, not counted: writers
	 * without ZIP64 store the count modulo 65,536. */
	while (end - cd >= 46 && !memcmp(cd, "PK\1\2", 4) && n < MAX_MEMBERS) {
		size_t len = 46 + (size_t)le16(cd + 28) + le16(cd + 30) + le16(cd + 32);

		if (len > (size_t)(end - cd))
			break;
		if (kh_grow((void **)&e, &cap, n + 1, sizeof(*e)) < 0) {
			free(e);
			return -1;
		}
		zip_parse(&e[n], src, cd);
		corrupt += !e[n].data;
		n++;
		cd += len;
	}
	if (n == MAX_MEMBERS && cd < end)
		kh_note(d, "%s: only the first %d zip entries are read", src->path,
			MAX_MEMBERS);
	else if (n < count || cd < end)
		kh_warn(d, "%s: corrupt zip central directory after %zu entries",
			src->path, n);
	if (corrupt) {
		atomic_fetch_add(&d->stats.read_errors, 1);
		kh_warn(d, "%s: %zu corrupt zip entries skipped", src->path, corrupt);
	}
	overlaps = mark_overlaps(e, n);
	if (overlaps < 0) {
		free(e);
		return -1;
	}
	if (overlaps)
		kh_warn(d,
			"%s: %ld zip entries overlap other entries (a zip bomb?), "
			"skipped",
			src->path, overlaps);
	for (i = 0; i < n && ret == 0 && !a->spent; i++)
		if (e[i].data && !e[i].overlaps)
			ret = zip_scan_entry(a, src, &e[i], depth);
	free(e);
	return ret;
}

/*
 * UTF-16 text: a byte-order mark, or (without one) NULs in nearly every
 * other byte of the probe, as ASCII text in UTF-16 has. Either way the
 * probe must hold a NUL: a secret is ASCII, so UTF-16 that could hold one
 * does, and a file without NULs stays text as it is. Returns 1 for
 * little-endian, 2 for big-endian, 0 for neither.
 */
static int utf16_kind(const unsigned char *p, size_t len)
{
	size_t n = (len < PROBE ? len : PROBE) & ~(size_t)1, pairs = n / 2, i;
	size_t zodd = 0, zeven = 0;

	if (!memchr(p, '\0', n))
		return 0;
	if (p[0] == 0xff && p[1] == 0xfe)
		return len >= 4 && !p[2] && !p[3] ? 0 : 1; /* not UTF-32 LE */
	if (p[0] == 0xfe && p[1] == 0xff)
		return 2;
	if (pairs < 4)
		return 0;
	for (i = 0; i < n; i += 2) {
		zeven += !p[i];
		zodd += !p[i + 1];
	}
	if (zodd * 4 >= pairs * 3 && zeven * 16 <= pairs)
		return 1;
	if (zeven * 4 >= pairs * 3 && zodd * 16 <= pairs)
		return 2;
	return 0;
}

static void put_utf8(unsigned char **o, uint32_t c)
{
	unsigned char *q = *o;

	if (c < 0x80) {
		*q++ = (unsigned char)c;
	} else if (c < 0x800) {
		*q++ = (unsigned char)(0xc0 | c >> 6);
		*q++ = (unsigned char)(0x80 | (c & 0x3f));
	} else if (c < 0x10000) {
		*q++ = (unsigned char)(0xe0 | c >> 12);
		*q++ = (unsigned char)(0x80 | (c >> 6 & 0x3f));
		*q++ = (unsigned char)(0x80 | (c & 0x3f));
	} else {
		*q++ = (unsigned char)(0xf0 | c >> 18);
		*q++ = (unsigned char)(0x80 | (c >> 12 & 0x3f));
		*q++ = (unsigned char)(0x80 | (c >> 6 & 0x3f));
		*q++ = (unsigned char)(0x80 | (c & 0x3f));
	}
	*o = q;
}

/*
 * Transcodes UTF-16 (kind from utf16_kind) to UTF-8, dropping a BOM;
 * unpaired surrogates become U+FFFD. Returns a NUL-terminated buffer of at
 * most 3/2 the input (caller frees), or NULL when out of memory.
 */
static unsigned char *utf16_to_utf8(const unsigned char *p, size_t len, int kind,
				    size_t *outlen)
{
	int hi = kind == 2 ? 0 : 1; /* index of the high byte in a unit */
	unsigned char *out = malloc(len / 2 * 3 + 4), *o = out;
	size_t i = 0;

	if (!out)
		return NULL;
	if (len >= 2 && p[hi] == 0xfe && p[1 - hi] == 0xff)
		i = 2;
	for (; i + 1 < len; i += 2) {
		uint32_t c = (uint32_t)p[i + hi] << 8 | p[i + 1 - hi];

		if (c >= 0xd800 && c < 0xdc00 && i + 3 < len) {
			uint32_t c2 = (uint32_t)p[i + 2 + hi] << 8 | p[i + 3 - hi];

			if (c2 >= 0xdc00 && c2 < 0xe000) {
				c = 0x10000 + ((c - 0xd800) << 10) + (c2 - 0xdc00);
				i += 2;
			}
		}
		if (c >= 0xd800 && c < 0xe000)
			c = 0xfffd;
		put_utf8(&o, c);
	}
	*o = '\0';
	*outlen = (size_t)(o - out);
	return out;
}

static int is_gzip(const unsigned char *p, size_t len)
{
	return len >= 2 && p[0] == 0x1f && p[1] == 0x8b;
}

enum kh_probe kh_probe_kind(const unsigned char *data, size_t len)
{
	if (is_gzip(data, len) || is_zip(data, len) || is_tar(data, len))
		return KH_PROBE_ARCHIVE;
	/* most sources: no NUL in the probe, so neither UTF-16 nor binary
	 * (kh_looks_binary probes as many bytes): one search, not two */
	if (!memchr(data, '\0', len < PROBE ? len : PROBE))
		return KH_PROBE_TEXT;
	if (utf16_kind(data, len))
		return KH_PROBE_UTF16;
	if (len >= 5 && !memcmp(data, "%PDF-", 5))
		return KH_PROBE_DOCUMENT; /* documents.c */
	if (kh_looks_binary(data, len))
		return KH_PROBE_BINARY;
	return KH_PROBE_TEXT;
}

int kh_scan_text(struct kh_worker *w, const struct kh_source *src)
{
	/* every source passes here: counters as cheap as they can be */
	atomic_fetch_add_explicit(&w->diag->stats.sources_scanned, 1,
				  memory_order_relaxed);
	atomic_fetch_add_explicit(&w->diag->stats.bytes_scanned, src->len,
				  memory_order_relaxed);
	return kh_scan_decoding(w->engine, w->scratch, src, w->now, w->diag,
				&w->findings);
}

/* An archive nested deeper than MAX_NESTING: counted, named once at the
 * end. Returns -1 when out of memory. */
static int too_deep(struct archive_ctx *a, const char *path)
{
	if (!a->too_deep && !(a->too_deep = strdup(path)))
		return -1;
	a->n_too_deep++;
	return 0;
}

static int scan_at(struct archive_ctx *a, const struct kh_source *src, int depth)
{
	struct kh_worker *w = a->w;
	enum kh_probe kind = kh_probe_kind(src->data, src->len);

	if (kind == KH_PROBE_ARCHIVE) {
		struct kh_mem_reader mem;

		if (depth >= MAX_NESTING)
			return too_deep(a, src->path);
		if (is_zip(src->data, src->len))
			return scan_zip(a, src, depth);
		kh_mem_reader_init(&mem, src->data, src->len);
		if (is_gzip(src->data, src->len))
			return stream_gzip(a, src, &mem.r, depth);
		return stream_tar(a, src, &mem.r, depth);
	}
	if (kind == KH_PROBE_UTF16) {
		struct kh_source t = *src;
		size_t len;
		unsigned char *u8 = utf16_to_utf8(src->data, src->len,
						  utf16_kind(src->data, src->len), &len);
		int ret = 0;

		if (!u8)
			return -1;
		t.data = u8;
		t.len = len;
		if (kh_looks_binary(u8, len))
			atomic_fetch_add(&w->diag->stats.skipped_binary, 1);
		else
			ret = kh_scan_text(w, &t);
		free(u8);
		return ret;
	}
	if (kind == KH_PROBE_BINARY) {
		atomic_fetch_add(&w->diag->stats.skipped_binary, 1);
		return 0;
	}
	switch (kh_scan_document(w, src)) {
	case 0: return kh_scan_text(w, src);
	case 1: return 0;
	default: return -1;
	}
}

struct whole_arg {
	struct archive_ctx *a;
	int depth;
};

static int scan_whole(void *arg, const struct kh_source *src)
{
	struct whole_arg *x = arg;

	return scan_at(x->a, src, x->depth);
}

/*
 * Scans the stream r as src (its data unused): gzip and tar are read as
 * they come, member by member; anything else whole when it fits in
 * --max-file-size (scan_at: zip, UTF-16, binary detection) and in chunks
 * when it is longer text. Longer zip, UTF-16 or binary data cannot be
 * streamed: one line.
 */
static int stream_at(struct archive_ctx *a, const struct kh_source *src,
		     struct kh_reader *r, int depth)
{
	struct whole_arg x = { a, depth };
	size_t n;
	const unsigned char *p = kh_reader_peek(r, &n);
	int ret;

	if (kh_probe_kind(p, n) == KH_PROBE_ARCHIVE && depth >= MAX_NESTING)
		return too_deep(a, src->path);
	if (is_gzip(p, n))
		return stream_gzip(a, src, r, depth);
	if (is_tar(p, n))
		return stream_tar(a, src, r, depth);
	ret = kh_scan_chunks(a->w, src, r, scan_whole, &x);
	if (ret == 1) {
		atomic_fetch_add(&a->w->diag->stats.skipped_large, 1);
		kh_warn(a->w->diag,
			"%s: skipped: binary, zip or UTF-16 data longer than "
			"--max-file-size (%zu bytes) is not streamed",
			src->path, a->w->max_file_size);
		ret = 0;
	}
	return ret;
}

/* Starts the context of an outermost source. */
static void archive_begin(struct archive_ctx *a, struct kh_worker *w, const char *path)
{
	unsigned long long max = w->max_file_size;

	memset(a, 0, sizeof(*a));
	a->w = w;
	a->top = path;
	a->budget = max * BUDGET_FACTOR;
	a->total = max * TOTAL_FACTOR;
}

/* Notes the archives nested too deep, once, and frees the context. */
static void archive_end(struct archive_ctx *a)
{
	if (a->n_too_deep > 1)
		kh_note(a->w->diag,
			"%s: archive nested more than %d levels deep, skipped, and %zu "
			"more in %s",
			a->too_deep, MAX_NESTING, a->n_too_deep - 1, a->top);
	else if (a->n_too_deep)
		kh_note(a->w->diag,
			"%s: archive nested more than %d levels deep, skipped",
			a->too_deep, MAX_NESTING);
	free(a->too_deep);
}

int kh_scan_any(struct kh_worker *w, const struct kh_source *src)
{
	struct archive_ctx a;
	int ret;

	if (!src->path) { /* a commit or tag message: text, never an archive */
		if (!kh_looks_binary(src->data, src->len))
			return kh_scan_text(w, src);
		atomic_fetch_add(&w->diag->stats.skipped_binary, 1);
		return 0;
	}
	archive_begin(&a, w, src->path);
	ret = scan_at(&a, src, 0);
	archive_end(&a);
	return ret;
}

int kh_scan_reader(struct kh_worker *w, const struct kh_source *src, struct kh_reader *r)
{
	struct archive_ctx a;
	int ret;

	archive_begin(&a, w, src->path);
	a.top_reader = r;
	ret = stream_at(&a, src, r, 0);
	archive_end(&a);
	return ret;
}

int kh_streamable(const unsigned char *data, size_t len)
{
	return is_gzip(data, len) || is_tar(data, len);
}
