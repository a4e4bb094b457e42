/*
 * fuzz_pack - libFuzzer target for the pack reader (git_pack.c): `keyhound
 * git` reads the packs of repositories from anyone, so a damaged or hostile
 * pack must never read out of bounds, loop or crash.
 *
 * The input is one flag byte and the entries of a pack (what follows git's
 * 12-byte "PACK" header). The harness finds the entries itself (each one's
 * header, then its zlib stream, inflated here to find where it ends), and
 * writes a pack and a matching version-2 .idx, so the reader gets a
 * consistent pair and the fuzzer's mutations reach the objects, not just
 * the index checks. The ids in the .idx are made up (entry k gets
 * fake_id(k)), as the reader never hashes what it reads; a REF_DELTA entry
 * names its base by such an id. Flag bit 0 puts every offset in the
 * 64-bit table. Every entry is then read twice (the second time through
 * the reader's cache of delta bases) with no size limit, once with a small
 * one, and an id that is not there is asked for.
 *
 * Checks what the reader promises: KH_PACK_OK data is NUL-terminated at
 * its length and of a real object type; KH_PACK_TOO_LARGE only over the
 * limit; a header read (a limit of 0, as libgit2 reads through
 * kh_pack_backend_add) gives a whole read's size and type.
 * `make fuzz FUZZ_TARGET=pack` fuzzes it; `make test` replays
 * tests/fuzz-seeds/pack (packs written by git) through it.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <zlib.h>

#include "git_pack.h"

#define MAX_ENTRIES 512
#define MAX_INFLATE (1u << 20) /* per entry, while looking for its end */
#define SMALL_LIMIT 64

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

struct ent {
	unsigned char id[20];
	uint64_t off;
};

static void put32(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char)(v >> 24);
	p[1] = (unsigned char)(v >> 16);
	p[2] = (unsigned char)(v >> 8);
	p[3] = (unsigned char)v;
}

static void fake_id(unsigned char id[20], uint32_t k)
{
	memset(id, 0, 20);
	put32(id, k * 2654435761u);
	put32(id + 4, k);
}

static int ent_cmp(const void *a, const void *b)
{
	return memcmp(((const struct ent *)a)->id, ((const struct ent *)b)->id, 20);
}

/* The end of the zlib stream at p[0..len), or 0 when it does not end. */
static size_t stream_end(const uint8_t *p, size_t len)
{
	static unsigned char sink[4096];
	z_stream z;
	size_t out = 0, used = 0;
	int rc = Z_OK;

	memset(&z, 0, sizeof(z));
	if (inflateInit(&z) != Z_OK)
		return 0;
	z.next_in = (unsigned char *)p;
	z.avail_in = (uInt)(len > 1u << 30 ? 1u << 30 : len);
	while (rc == Z_OK && out < MAX_INFLATE) {
		z.next_out = sink;
		z.avail_out = sizeof(sink);
		rc = inflate(&z, Z_NO_FLUSH);
		out += sizeof(sink) - z.avail_out;
		if (rc == Z_OK && z.avail_out == sizeof(sink) && !z.avail_in)
			break; /* input ran out */
	}
	if (rc == Z_STREAM_END)
		used = len - z.avail_in;
	inflateEnd(&z);
	return used;
}

/* Finds the entries in body[0..len) (file offsets start at 12). */
static size_t find_entries(const uint8_t *body, size_t len, struct ent *e)
{
	size_t pos = 0, n = 0;

	while (pos < len && n < MAX_ENTRIES) {
		size_t i = pos, end;
		unsigned type = (body[i] >> 4) & 7;

		while (i < len && (body[i] & 0x80))
			i++;
		if (i++ >= len)
			break;
		if (type == 6) {
			while (i < len && (body[i] & 0x80))
				i++;
			if (i++ >= len)
				break;
		} else if (type == 7) {
			if (len - i < 20)
				break;
			i += 20;
		}
		if (!(end = stream_end(body + i, len - i)))
			break;
		fake_id(e[n].id, (uint32_t)n);
		e[n++].off = 12 + pos;
		pos = i + end;
	}
	return n;
}

static int write_file(const char *path, const unsigned char *a, size_t alen,
		      const unsigned char *b, size_t blen, size_t zeros)
{
	static const unsigned char z[40];
	FILE *f = fopen(path, "wb");
	int ok;

	if (!f)
		return -1;
	ok = fwrite(a, 1, alen, f) == alen && (!blen || fwrite(b, 1, blen, f) == blen) &&
	     fwrite(z, 1, zeros, f) == zeros;
	return fclose(f) == 0 && ok ? 0 : -1;
}

/* The .idx for entries e[0..n) (sorted here), offsets all in the 64-bit
 * table when wide. */
static unsigned char *make_idx(struct ent *e, size_t n, int wide, size_t *len)
{
	size_t i, sz = 8 + 1024 + n * 28 + (wide ? n * 8 : 0);
	unsigned char *x = calloc(1, sz), *ids, *off32, *off64;
	uint32_t count[256] = { 0 }, acc = 0;

	if (!x)
		return NULL;
	qsort(e, n, sizeof(*e), ent_cmp);
	x[0] = 0xff;
	memcpy(x + 1, "tOc", 3);
	put32(x + 4, 2);
	for (i = 0; i < n; i++)
		count[e[i].id[0]]++;
	for (i = 0; i < 256; i++) {
		acc += count[i];
		put32(x + 8 + i * 4, acc);
	}
	ids = x + 8 + 1024;
	off32 = ids + n * 24; /* after the ids and the CRCs (left 0) */
	off64 = off32 + n * 4;
	for (i = 0; i < n; i++) {
		memcpy(ids + i * 20, e[i].id, 20);
		if (wide) {
			put32(off32 + i * 4, 0x80000000u | (uint32_t)i);
			put32(off64 + i * 8, (uint32_t)(e[i].off >> 32));
			put32(off64 + i * 8 + 4, (uint32_t)e[i].off);
		} else {
			put32(off32 + i * 4, (uint32_t)e[i].off);
		}
	}
	*len = sz;
	return x;
}

/* A read at the object's position (pass 1) must give what a read that
 * looks it up gives, and so must positions that name no object. */
static void same_by_lookup(struct kh_pack_reader *r, const struct kh_packs *ps,
			   const git_oid *id, size_t limit)
{
	const uint64_t where[] = { kh_packs_position(ps, id), 5, UINT64_MAX };
	const unsigned char *d;
	unsigned char *copy;
	size_t len0 = 0;
	git_object_t t0 = GIT_OBJECT_INVALID;
	enum kh_pack_status st = kh_pack_read(r, id, 0, limit, &d, &len0, &t0);
	size_t k, len;
	git_object_t t;

	if (st != KH_PACK_OK)
		copy = NULL;
	else if ((copy = malloc(len0 + 1)))
		memcpy(copy, d, len0);
	else
		return;
	for (k = 0; k < sizeof(where) / sizeof(*where); k++)
		if (kh_pack_read(r, id, where[k], limit, &d, &len, &t) != st ||
		    (st == KH_PACK_OK &&
		     (len != len0 || t != t0 || memcmp(d, copy, len))))
			abort();
	free(copy);
}

static void read_all(const struct kh_packs *ps, const struct ent *e, size_t n)
{
	struct kh_pack_reader *r = kh_pack_reader_new(ps, 1u << 16);
	size_t i, len;
	int pass;

	if (!r)
		return;
	for (pass = 0; pass < 3; pass++) {
		for (i = 0; i < n; i++) {
			const unsigned char *d = NULL;
			size_t limit = pass == 2 ? SMALL_LIMIT : SIZE_MAX;
			git_object_t t = GIT_OBJECT_INVALID;
			git_oid id;
			enum kh_pack_status st;

			memcpy(id.id, e[i].id, 20);
			st = kh_pack_read(r, &id, 0, limit, &d, &len, &t);
			if (st == KH_PACK_OK &&
			    (d[len] != '\0' || len > limit ||
			     (t != GIT_OBJECT_COMMIT && t != GIT_OBJECT_TREE &&
			      t != GIT_OBJECT_BLOB && t != GIT_OBJECT_TAG)))
				abort();
			if (st == KH_PACK_TOO_LARGE && len <= limit)
				abort();
			if (pass == 1)
				same_by_lookup(r, ps, &id, limit);
		}
	}
	/* the header alone, as libgit2 asks keyhound's odb backend for it
	 * (kh_pack_backend_add, a limit of 0): the size and type a whole
	 * read gives */
	for (i = 0; i < n; i++) {
		const unsigned char *d;
		size_t hlen = 0;
		git_object_t t = GIT_OBJECT_INVALID, ht = GIT_OBJECT_INVALID;
		git_oid id;
		enum kh_pack_status hst;

		memcpy(id.id, e[i].id, 20);
		hst = kh_pack_read(r, &id, 0, 0, &d, &hlen, &ht);
		if (kh_pack_read(r, &id, 0, SIZE_MAX, &d, &len, &t) == KH_PACK_OK &&
		    (hlen != len || ht != t ||
		     hst != (len ? KH_PACK_TOO_LARGE : KH_PACK_OK)))
			abort();
	}
	{
		const unsigned char *d;
		git_object_t t;
		git_oid id;

		fake_id(id.id, MAX_ENTRIES + 1);
		if (kh_pack_read(r, &id, 0, SIZE_MAX, &d, &len, &t) != KH_PACK_MISS)
			abort();
	}
	kh_pack_reader_free(r);
}

static char dir[] = "/tmp/kh-fuzz-pack.XXXXXX";

static void remove_dir(void)
{
	char sub[sizeof(dir) + 8];

	snprintf(sub, sizeof(sub), "%s/pack", dir);
	rmdir(sub);
	rmdir(dir);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static int made;
	static struct ent e[MAX_ENTRIES];
	char packpath[sizeof(dir) + 32], idxpath[sizeof(dir) + 32];
	unsigned char head[12], *idx;
	struct kh_packs *ps;
	size_t n, idxlen;

	if (size < 1)
		return 0;
	if (!made) {
		if (!mkdtemp(dir))
			abort();
		made = 1;
		atexit(remove_dir);
	}
	snprintf(packpath, sizeof(packpath), "%s/pack/pack-f.pack", dir);
	snprintf(idxpath, sizeof(idxpath), "%s/pack/pack-f.idx", dir);
	{
		char sub[sizeof(dir) + 8];

		snprintf(sub, sizeof(sub), "%s/pack", dir);
		mkdir(sub, 0700);
	}
	n = find_entries(data + 1, size - 1, e);
	memcpy(head, "PACK", 4);
	put32(head + 4, 2);
	put32(head + 8, (uint32_t)n);
	if (!(idx = make_idx(e, n, data[0] & 1, &idxlen)))
		return 0;
	if (write_file(packpath, head, 12, data + 1, size - 1, 20) == 0 &&
	    write_file(idxpath, idx, idxlen, NULL, 0, 40) == 0) {
		ps = kh_packs_open(dir);
		if (ps)
			read_all(ps, e, n);
		kh_packs_free(ps);
	}
	free(idx);
	unlink(packpath);
	unlink(idxpath);
	return 0;
}
