#include "git_index.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

#define INDEX_MAX      ((size_t)1 << 30)
#define MAX_TREE_DEPTH 1024

/* Paths are gathered as offsets in a growing arena, then made pointers. */
struct arena {
	char *s;
	size_t len, cap;
};

struct parse {
	struct kh_index *ix;
	struct arena names;
	size_t *offs;	  /* per entry: offset of its path in names (v4) */
	size_t *dir_offs; /* per dir: offset of its path in names */
	size_t dircap;
	const unsigned char *p, *end;
};

static unsigned be16(const unsigned char *p)
{
	return (unsigned)p[0] << 8 | p[1];
}

/* Room for n more bytes. Returns 0, or -1 on OOM. */
static int arena_reserve(struct arena *a, size_t n)
{
	size_t cap = a->cap ? a->cap : 4096;
	char *q;

	if (a->len + n <= a->cap)
		return 0;
	while (cap < a->len + n)
		cap *= 2;
	if (cap > INDEX_MAX * 2 || !(q = realloc(a->s, cap)))
		return -1;
	a->s = q;
	a->cap = cap;
	return 0;
}

/* Appends s[0..n) (not inside the arena) and a NUL; returns its offset,
 * or SIZE_MAX on OOM. */
static size_t arena_add(struct arena *a, const char *s, size_t n)
{
	size_t off = a->len;

	if (arena_reserve(a, n + 1) < 0)
		return SIZE_MAX;
	memcpy(a->s + a->len, s, n);
	a->s[a->len + n] = '\0';
	a->len += n + 1;
	return off;
}

/* git's offset varint (version-4 path compression). */
static int varint(const unsigned char **p, const unsigned char *end, size_t *v)
{
	unsigned char c;

	if (*p >= end)
		return -1;
	c = *(*p)++;
	*v = c & 127;
	while (c & 128) {
		if (*p >= end || *v > (SIZE_MAX >> 8))
			return -1;
		c = *(*p)++;
		*v = ((*v + 1) << 7) | (c & 127);
	}
	return 0;
}

/* One cache-tree node and its subtrees. Returns 0, 1 (malformed), -1. */
static int tree_node(struct parse *ps, const char *prefix, size_t plen, int depth)
{
	struct kh_index *ix = ps->ix;
	const unsigned char *name = ps->p, *nul;
	char *full = NULL, *endp;
	long count;
	unsigned long sub, k;
	size_t nlen, flen;
	int ret = 1;

	if (depth > MAX_TREE_DEPTH ||
	    !(nul = memchr(ps->p, '\0', (size_t)(ps->end - ps->p))))
		return 1;
	nlen = (size_t)(nul - name);
	ps->p = nul + 1;
	/* "<entries> <subtrees>\n"; entries is -1 for an invalidated node */
	count = strtol((const char *)ps->p, &endp, 10);
	if ((const unsigned char *)endp >= ps->end || *endp != ' ')
		return 1;
	sub = strtoul(endp + 1, &endp, 10);
	if ((const unsigned char *)endp >= ps->end || *endp != '\n')
		return 1;
	ps->p = (const unsigned char *)endp + 1;
	flen = plen + (plen && nlen ? 1 : 0) + nlen;
	if (!(full = malloc(flen + 1)))
		return -1;
	memcpy(full, prefix, plen);
	if (plen && nlen)
		full[plen] = '/';
	memcpy(full + flen - nlen, name, nlen);
	full[flen] = '\0';
	if (count >= 0) {
		struct kh_index_dir *d;

		if (ps->end - ps->p < 20)
			goto out;
		if (ix->ndirs == ps->dircap) {
			size_t cap = ps->dircap ? ps->dircap * 2 : 64;
			struct kh_index_dir *v = realloc(ix->dirs, cap * sizeof(*v));
			size_t *o = realloc(ps->dir_offs, cap * sizeof(*o));

			if (v)
				ix->dirs = v;
			if (o)
				ps->dir_offs = o;
			if (!v || !o) {
				ret = -1;
				goto out;
			}
			ps->dircap = cap;
		}
		d = &ix->dirs[ix->ndirs];
		if ((ps->dir_offs[ix->ndirs] = arena_add(&ps->names, full, flen)) ==
		    SIZE_MAX) {
			ret = -1;
			goto out;
		}
		d->len = flen;
		d->count = (uint32_t)count;
		git_oid_fromraw(&d->id, ps->p);
		ps->p += 20;
		ix->ndirs++;
	}
	for (k = 0; k < sub; k++)
		if ((ret = tree_node(ps, full, flen, depth + 1)) != 0)
			goto out;
	ret = 0;
out:
	free(full);
	return ret;
}

static int dir_cmp(const void *a, const void *b)
{
	const struct kh_index_dir *x = a, *y = b;
	size_t n = x->len < y->len ? x->len : y->len;
	int c = memcmp(x->path, y->path, n);

	return c ? c : (x->len > y->len) - (x->len < y->len);
}

/* The extensions after the entries. */
static int extensions(struct parse *ps)
{
	while (ps->end - ps->p >= 8) {
		const unsigned char *sig = ps->p;
		uint32_t size = kh_be32(ps->p + 4);
		const unsigned char *data = ps->p + 8, *end = ps->end;
		int rc;

		if ((size_t)(ps->end - data) < size)
			return 1;
		if (!memcmp(sig, "TREE", 4)) {
			ps->p = data;
			ps->end = data + size;
			while (ps->p < ps->end)
				if ((rc = tree_node(ps, "", 0, 0)) != 0)
					return rc;
			ps->end = end;
		} else if (sig[0] < 'A' || sig[0] > 'Z') {
			return 1; /* a required extension (split, sparse index) */
		}
		ps->p = data + size;
	}
	return 0;
}

static int entries(struct parse *ps, unsigned version)
{
	struct kh_index *ix = ps->ix;
	size_t i, prevlen = 0, prevoff = 0;

	for (i = 0; i < ix->n; i++) {
		struct kh_index_entry *e = &ix->e[i];
		const unsigned char *p = ps->p, *q = p + 62, *nul;
		unsigned flags;

		if (ps->end - p < 62)
			return 1;
		e->mode = kh_be32(p + 24);
		e->size = kh_be32(p + 36);
		git_oid_fromraw(&e->id, p + 40);
		flags = be16(p + 60);
		e->stage = (flags >> 12) & 3;
		if (flags & 0x4000) { /* extended flags */
			if (version < 3 || ps->end - q < 2)
				return 1;
			q += 2;
		}
		if ((e->mode & 0170000) == 0040000)
			return 1; /* a sparse index's directory entry */
		if (version < 4) {
			if (!(nul = memchr(q, '\0', (size_t)(ps->end - q))))
				return 1;
			e->path = (const char *)q;
			e->len = (size_t)(nul - q);
			/* entries are padded with NULs to a multiple of 8 bytes */
			ps->p = p + (((size_t)(q - p) + e->len + 8) & ~(size_t)7);
			if (ps->p > ps->end)
				return 1;
		} else {
			size_t strip, off;

			if (varint(&q, ps->end, &strip) < 0 || strip > prevlen ||
			    !(nul = memchr(q, '\0', (size_t)(ps->end - q))))
				return 1;
			e->len = prevlen - strip + (size_t)(nul - q);
			/* the kept prefix of the previous path, then the suffix */
			if (arena_reserve(&ps->names, e->len + 1) < 0)
				return -1;
			off = ps->names.len;
			memmove(ps->names.s + off, ps->names.s + prevoff,
				prevlen - strip);
			memcpy(ps->names.s + off + prevlen - strip, q, (size_t)(nul - q));
			ps->names.s[off + e->len] = '\0';
			ps->names.len += e->len + 1;
			ps->offs[i] = prevoff = off;
			prevlen = e->len;
			ps->p = nul + 1;
		}
	}
	return 0;
}

int kh_index_parse(unsigned char *buf, size_t len, struct kh_index *ix)
{
	struct parse ps = { 0 };
	size_t i;
	unsigned version;
	int ret = KH_INDEX_UNSUPPORTED;

	memset(ix, 0, sizeof(*ix));
	ix->buf = buf;
	if (len < 12 + 20 || memcmp(buf, "DIRC", 4))
		return KH_INDEX_UNSUPPORTED;
	version = kh_be32(buf + 4);
	ix->n = kh_be32(buf + 8);
	if (version < 2 || version > 4 || ix->n > (len - 32) / 40)
		return KH_INDEX_UNSUPPORTED;
	ps.ix = ix;
	ps.p = buf + 12;
	ps.end = buf + len - 20; /* the checksum */
	if (!(ix->e = calloc(ix->n + 1, sizeof(*ix->e))) ||
	    (version == 4 && !(ps.offs = calloc(ix->n + 1, sizeof(*ps.offs))))) {
		ret = KH_INDEX_NOMEM;
		goto out;
	}
	if ((ret = entries(&ps, version)) != 0 || (ret = extensions(&ps)) != 0)
		goto out;
	/* offsets into the arena become pointers now that it stopped moving */
	for (i = 0; version == 4 && i < ix->n; i++)
		ix->e[i].path = ps.names.s + ps.offs[i];
	for (i = 0; i < ix->ndirs; i++)
		ix->dirs[i].path = ps.names.s + ps.dir_offs[i];
	if (ix->ndirs > 1)
		kh_sort(ix->dirs, ix->ndirs, sizeof(*ix->dirs), dir_cmp);
	ix->names = ps.names.s;
	ps.names.s = NULL;
	ret = KH_INDEX_OK;
out:
	free(ps.names.s);
	free(ps.offs);
	free(ps.dir_offs);
	return ret == -1 ? KH_INDEX_NOMEM : ret;
}

int kh_index_read(const char *path, struct kh_index *ix)
{
	unsigned char *buf;
	size_t len;

	memset(ix, 0, sizeof(*ix));
	if (kh_read_path(path, INDEX_MAX, &buf, &len) != KH_READ_OK)
		return errno == ENOENT ? KH_INDEX_OK : KH_INDEX_UNSUPPORTED;
	return kh_index_parse(buf, len, ix);
}

const struct kh_index_dir *kh_index_dir(const struct kh_index *ix, const char *path,
					size_t len)
{
	struct kh_index_dir key;

	if (!ix->ndirs)
		return NULL;
	key.path = path;
	key.len = len;
	return kh_search(&key, ix->dirs, ix->ndirs, sizeof(*ix->dirs), dir_cmp);
}

void kh_index_release(struct kh_index *ix)
{
	free(ix->e);
	free(ix->dirs);
	free(ix->buf);
	free(ix->names);
	memset(ix, 0, sizeof(*ix));
}
