/*
 * unit_pack_index.c - where kh_packs_position finds an object in a pack's
 * index: every id of a large index (one past the size that gets a finer
 * fanout, git_pack.c's fine_index) and of a small one, ids that are not
 * there, an index whose ids crowd under one prefix (buckets of hundreds),
 * and one whose ids are out of order (the plain search, found or not, but
 * never a wrong place). The packs are written by hand into a temporary
 * directory: a version-2 .idx and a .pack that is only its header and
 * padding (a position is only looked up, never read).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"
#include "git_pack.h"

#define LARGE 40000 /* over git_pack.c's FINE_MIN_OBJECTS (32768) */
#define SMALL 1000

static void put32(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char)(v >> 24);
	p[1] = (unsigned char)(v >> 16);
	p[2] = (unsigned char)(v >> 8);
	p[3] = (unsigned char)v;
}

static uint64_t rng = 0x9e3779b97f4a7c15ull;

static unsigned char rnd(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (unsigned char)(rng >> 24);
}

static int id_cmp(const void *a, const void *b)
{
	return memcmp(a, b, 20);
}

/* n ids: random, or (crowd) all but the last 3 bytes under a few prefixes. */
static unsigned char *make_ids(size_t n, int crowd)
{
	unsigned char *v = malloc(n * 20);
	size_t i, b;

	for (i = 0; v && i < n; i++) {
		for (b = 0; b < 20; b++)
			v[i * 20 + b] = rnd();
		if (crowd) {
			memset(v + i * 20, 0, 16);
			v[i * 20] = (unsigned char)(i % 3 * 0x40 + 0x21);
		}
	}
	if (v)
		qsort(v, n, 20, id_cmp);
	for (i = 1; v && i < n; i++) /* no duplicates */
		if (!memcmp(v + i * 20, v + (i - 1) * 20, 20))
			v[i * 20 + 19] ^= 0x80, v[i * 20 + 18] ^= 0x11;
	if (v)
		qsort(v, n, 20, id_cmp);
	return v;
}

/* Object i's offset in the fake pack. */
static uint32_t off_of(size_t i)
{
	return 12 + (uint32_t)i * 7;
}

/* Writes dir/objects/pack/pack-x.{idx,pack} for ids[0..n); 0 or -1. When
 * swap, entries 10 and n - 10 change places (the index out of order). */
static int write_pack(const char *dir, const unsigned char *ids, size_t n, int swap)
{
	size_t idxlen = 8 + 1024 + n * 28 + 40, i, packlen = 12 + n * 7 + 64;
	unsigned char *idx = calloc(1, idxlen), *pack = calloc(1, packlen);
	unsigned char *p;
	char path[600];
	FILE *f;
	int ok = 1;
	uint32_t count[256] = { 0 }, run = 0;

	if (!idx || !pack) {
		free(idx);
		free(pack);
		return -1;
	}
	memcpy(idx, "\377tOc", 4);
	put32(idx + 4, 2);
	for (i = 0; i < n; i++)
		count[ids[i * 20]]++;
	for (i = 0; i < 256; i++) {
		run += count[i];
		put32(idx + 8 + i * 4, run);
	}
	p = idx + 8 + 1024;
	memcpy(p, ids, n * 20);
	if (swap) {
		unsigned char t[20];

		memcpy(t, p + 10 * 20, 20);
		memcpy(p + 10 * 20, p + (n - 10) * 20, 20);
		memcpy(p + (n - 10) * 20, t, 20);
	}
	p += n * 20 + n * 4; /* the CRCs stay 0 */
	for (i = 0; i < n; i++)
		put32(p + i * 4, off_of(i));
	memcpy(pack, "PACK", 4);
	put32(pack + 4, 2);
	put32(pack + 8, (uint32_t)n);
	snprintf(path, sizeof(path), "%s/pack/pack-x.pack", dir);
	ok &= (f = fopen(path, "wb")) && fwrite(pack, 1, packlen, f) == packlen;
	ok &= f && fclose(f) == 0;
	snprintf(path, sizeof(path), "%s/pack/pack-x.idx", dir);
	ok &= (f = fopen(path, "wb")) && fwrite(idx, 1, idxlen, f) == idxlen;
	ok &= f && fclose(f) == 0;
	free(idx);
	free(pack);
	return ok ? 0 : -1;
}

/* Looks every id up, and n ids that are not there; counts the mistakes.
 * Out of order (swap), an id may be missed, never given a wrong place. */
static size_t check_pack(const char *dir, const unsigned char *ids, size_t n, int swap)
{
	struct kh_packs *ps = kh_packs_open(dir);
	size_t i, bad = 0;
	git_oid id;

	if (!ps)
		return n;
	for (i = 0; i < n; i++) {
		uint64_t at;

		memcpy(id.id, ids + i * 20, 20);
		at = kh_packs_position(ps, &id);
		if (swap)
			bad += at != UINT64_MAX &&
			       at != (uint64_t)off_of(i == 10	    ? n - 10
						      : i == n - 10 ? 10
								    : i);
		else
			bad += at != (uint64_t)off_of(i);
		id.id[19] ^= 0x01; /* a neighbour: absent unless it is a listed id */
		at = kh_packs_position(ps, &id);
		if (!bsearch(id.id, ids, n, 20, id_cmp))
			bad += at != UINT64_MAX;
	}
	kh_packs_free(ps);
	return bad;
}

int main(void)
{
	const char *tmp = getenv("TMPDIR");
	char dir[400], sub[600];
	struct {
		size_t n;
		int crowd, swap;
	} cases[] = {
		{ LARGE, 0, 0 }, { SMALL, 0, 0 }, { LARGE, 1, 0 }, { LARGE, 0, 1 }
	};
	size_t c;

	snprintf(dir, sizeof(dir), "%s/kh-unit-pack-XXXXXX", tmp && *tmp ? tmp : "/tmp");
	if (!mkdtemp(dir)) {
		perror(dir);
		return 1;
	}
	snprintf(sub, sizeof(sub), "%s/pack", dir);
	CHECK(mkdir(sub, 0700) == 0);
	for (c = 0; c < sizeof(cases) / sizeof(cases[0]); c++) {
		unsigned char *ids = make_ids(cases[c].n, cases[c].crowd);

		CHECK(ids != NULL);
		if (!ids)
			continue;
		CHECK(write_pack(dir, ids, cases[c].n, cases[c].swap) == 0);
		CHECK(check_pack(dir, ids, cases[c].n, cases[c].swap) == 0);
		free(ids);
	}
	snprintf(sub, sizeof(sub), "%s/pack/pack-x.idx", dir);
	unlink(sub);
	snprintf(sub, sizeof(sub), "%s/pack/pack-x.pack", dir);
	unlink(sub);
	snprintf(sub, sizeof(sub), "%s/pack", dir);
	rmdir(sub);
	rmdir(dir);
	return check_done("unit_pack_index");
}
