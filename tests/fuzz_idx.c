/*
 * fuzz_idx - libFuzzer target for the pack index reader (git_pack.c):
 * fuzz_pack writes a consistent .idx for each mutated pack, so the index
 * itself (fanout, sorted ids, 32- and 64-bit offsets, its length) was
 * never mutated. Here the input is the .idx, whole; the pack beside it is
 * fixed: as many entries as the index's fanout claims, the first
 * ENTRIES of them real blobs ENTRY bytes apart (stored deflate blocks, so
 * every offset is known), the rest beyond the file's end. Every id the
 * index lists is looked up, read at its position and by lookup, and the
 * commit front is listed: a lying index must give a miss or a damaged
 * entry, never a read out of bounds, a loop or a crash.
 * `make fuzz FUZZ_TARGET=idx` fuzzes it; `make test` replays
 * tests/fuzz-seeds/idx (indexes of the fixed pack, written by
 * tests/fuzz_idx_seeds.py).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "git_pack.h"

#define ENTRIES	 8
#define ENTRY	 19   /* header byte, zlib header, stored block, adler32 */
#define MAX_IDS	 4096 /* ids of the index looked up, at most */
#define IDX_HEAD (8 + 1024)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void put32(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char)(v >> 24);
	p[1] = (unsigned char)(v >> 16);
	p[2] = (unsigned char)(v >> 8);
	p[3] = (unsigned char)v;
}

static uint32_t get32(const unsigned char *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

/* Entry k: a blob "blob k\n" (7 bytes) in one stored deflate block. */
static void put_entry(unsigned char *p, unsigned k)
{
	unsigned char d[7] = { 'b', 'l', 'o', 'b', ' ', (unsigned char)('0' + k), '\n' };
	uint32_t a = 1, b = 0;
	size_t i;

	for (i = 0; i < sizeof(d); i++) {
		a = (a + d[i]) % 65521;
		b = (b + a) % 65521;
	}
	p[0] = 3 << 4 | 7; /* a blob of 7 bytes */
	p[1] = 0x78;
	p[2] = 0x01;
	p[3] = 0x01; /* the last block, stored */
	p[4] = 7;
	p[5] = 0;
	p[6] = (unsigned char)~7;
	p[7] = 0xff;
	memcpy(p + 8, d, sizeof(d));
	put32(p + 15, b << 16 | a);
}

static int write_file(const char *path, const unsigned char *a, size_t n)
{
	FILE *f = fopen(path, "wb");
	int ok;

	if (!f)
		return -1;
	ok = fwrite(a, 1, n, f) == n;
	return fclose(f) == 0 && ok ? 0 : -1;
}

static void read_all(const struct kh_packs *ps, const uint8_t *idx, size_t n)
{
	struct kh_pack_reader *r = kh_pack_reader_new(ps, 1u << 16);
	struct kh_pack_entry *front = NULL;
	size_t i, len;

	if (!r)
		return;
	if (kh_packs_front(r, &front) < 0)
		abort();
	free(front);
	for (i = 0; i < n; i++) {
		const unsigned char *d = NULL;
		git_object_t t = GIT_OBJECT_INVALID;
		enum kh_pack_status st;
		uint64_t where;
		git_oid id;

		memcpy(id.id, idx + IDX_HEAD + i * 20, 20);
		where = kh_packs_position(ps, &id);
		st = kh_pack_read(r, &id, where == UINT64_MAX ? 0 : where, SIZE_MAX, &d,
				  &len, &t);
		if (st == KH_PACK_OK &&
		    (d[len] != '\0' || t != GIT_OBJECT_BLOB || len != 7))
			abort();
		st = kh_pack_read(r, &id, 0, 4, &d, &len, &t);
		if (st == KH_PACK_OK && len > 4)
			abort();
	}
	kh_pack_reader_free(r);
}

static char dir[] = "/tmp/kh-fuzz-idx.XXXXXX";

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
	static unsigned char pack[12 + ENTRIES * ENTRY + 20];
	char packpath[sizeof(dir) + 32], idxpath[sizeof(dir) + 32];
	struct kh_packs *ps;
	uint32_t claimed;
	size_t n;
	unsigned k;

	if (size < IDX_HEAD)
		return 0;
	if (!made) {
		char sub[sizeof(dir) + 8];

		if (!mkdtemp(dir))
			abort();
		snprintf(sub, sizeof(sub), "%s/pack", dir);
		mkdir(sub, 0700);
		memcpy(pack, "PACK", 4);
		put32(pack + 4, 2);
		for (k = 0; k < ENTRIES; k++)
			put_entry(pack + 12 + k * ENTRY, k);
		made = 1;
		atexit(remove_dir);
	}
	/* the pack's count must match the index's, or the reader leaves both
	 * to libgit2 */
	claimed = get32(data + 8 + 255 * 4);
	put32(pack + 8, claimed);
	snprintf(packpath, sizeof(packpath), "%s/pack/pack-f.pack", dir);
	snprintf(idxpath, sizeof(idxpath), "%s/pack/pack-f.idx", dir);
	if (write_file(packpath, pack, sizeof(pack)) == 0 &&
	    write_file(idxpath, data, size) == 0) {
		n = (size - IDX_HEAD) / 20;
		if (n > claimed)
			n = claimed;
		if (n > MAX_IDS)
			n = MAX_IDS;
		ps = kh_packs_open(dir);
		if (ps)
			read_all(ps, data, n);
		kh_packs_free(ps);
	}
	unlink(packpath);
	unlink(idxpath);
	return 0;
}
