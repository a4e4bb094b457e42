#include "git_graph.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util.h"

#define HEADER	    8
#define CHUNK_ENTRY 12
#define HASH_LEN    20
#define CDAT_ENTRY  (HASH_LEN + 16)
#define PARENT_NONE 0x70000000u /* as git writes "no parent here" */
#define OCTOPUS	    0x80000000u /* second parent: an index into EDGE */
#define MAX_COMMITS (1u << 30)

struct kh_commit_graph {
	unsigned char *map;
	size_t len;
	uint32_t n;
	const unsigned char *fanout, *ids, *data, *edges;
	uint32_t nedges;
};

/* ---- SHA-1, for the file's trailing checksum --------------------------------- */

static uint32_t rol(uint32_t x, unsigned n)
{
	return (x << n) | (x >> (32 - n));
}

static void sha1_block(uint32_t h[5], const unsigned char *p)
{
	uint32_t w[80], a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f, k, t;
	int i;

	for (i = 0; i < 16; i++)
		w[i] = kh_be32(p + 4 * i);
	for (; i < 80; i++)
		w[i] = rol(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
	for (i = 0; i < 80; i++) {
		if (i < 20) {
			f = (b & c) | (~b & d);
			k = 0x5a827999;
		} else if (i < 40) {
			f = b ^ c ^ d;
			k = 0x6ed9eba1;
		} else if (i < 60) {
			f = (b & c) | (b & d) | (c & d);
			k = 0x8f1bbcdc;
		} else {
			f = b ^ c ^ d;
			k = 0xca62c1d6;
		}
		t = rol(a, 5) + f + e + k + w[i];
		e = d;
		d = c;
		c = rol(b, 30);
		b = a;
		a = t;
	}
	h[0] += a;
	h[1] += b;
	h[2] += c;
	h[3] += d;
	h[4] += e;
}

void kh_sha1(const unsigned char *p, size_t len, unsigned char out[20])
{
	uint32_t h[5] = { 0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0 };
	unsigned char last[128] = { 0 };
	size_t full = len & ~(size_t)63, rest = len - full, tail, i;
	uint64_t bits = (uint64_t)len * 8;

	for (i = 0; i < full; i += 64)
		sha1_block(h, p + i);
	memcpy(last, p + full, rest);
	last[rest] = 0x80;
	tail = rest < 56 ? 64 : 128;
	for (i = 0; i < 8; i++)
		last[tail - 1 - i] = (unsigned char)(bits >> (8 * i));
	for (i = 0; i < tail; i += 64)
		sha1_block(h, last + i);
	for (i = 0; i < 5; i++) {
		out[4 * i] = (unsigned char)(h[i] >> 24);
		out[4 * i + 1] = (unsigned char)(h[i] >> 16);
		out[4 * i + 2] = (unsigned char)(h[i] >> 8);
		out[4 * i + 3] = (unsigned char)h[i];
	}
}

/* ---- opening ------------------------------------------------------------------ */

/* Finds the chunks and checks that every part of the file is in bounds and
 * consistent. Returns 0, or -1 with why set. */
static int check(struct kh_commit_graph *g, char *why, size_t whylen)
{
	const unsigned char *m = g->map, *cdat = NULL, *p;
	uint64_t oidl_len = 0, cdat_len = 0, edge_len = 0, start, end;
	unsigned char sum[HASH_LEN];
	unsigned nchunks = m[6], i;
	uint32_t k, prev = 0;

	if (g->len < HEADER + (nchunks + 1u) * CHUNK_ENTRY + HASH_LEN)
		return kh_errf(why, whylen, "truncated");
	kh_sha1(m, g->len - HASH_LEN, sum);
	if (memcmp(sum, m + g->len - HASH_LEN, HASH_LEN))
		return kh_errf(why, whylen, "its checksum does not match its contents");
	for (i = 0; i < nchunks; i++) {
		const unsigned char *c = m + HEADER + (size_t)i * CHUNK_ENTRY;

		start = (uint64_t)kh_be32(c + 4) << 32 | kh_be32(c + 8);
		end = (uint64_t)kh_be32(c + 16) << 32 | kh_be32(c + 20);
		if (start > end || end > g->len - HASH_LEN)
			return kh_errf(why, whylen, "a chunk lies outside the file");
		if (!memcmp(c, "OIDF", 4) && end - start == 256 * 4)
			g->fanout = m + start;
		else if (!memcmp(c, "OIDL", 4))
			g->ids = m + start, oidl_len = end - start;
		else if (!memcmp(c, "CDAT", 4))
			cdat = m + start, cdat_len = end - start;
		else if (!memcmp(c, "EDGE", 4))
			g->edges = m + start, edge_len = end - start;
	}
	if (!g->fanout || !g->ids || !cdat)
		return kh_errf(why, whylen, "a required chunk is missing");
	g->n = kh_be32(g->fanout + 255 * 4);
	if (g->n > MAX_COMMITS || oidl_len != (uint64_t)g->n * HASH_LEN ||
	    cdat_len != (uint64_t)g->n * CDAT_ENTRY || edge_len % 4)
		return kh_errf(why, whylen,
			       "its chunks disagree on the number of commits");
	g->data = cdat;
	g->nedges = (uint32_t)(edge_len / 4);
	for (i = 0; i < 256; i++) {
		k = kh_be32(g->fanout + 4 * i);
		if (k < prev || k > g->n)
			return kh_errf(why, whylen, "its fan-out table is not sorted");
		prev = k;
	}
	for (k = 0; k < g->n; k++) {
		const unsigned char *id = g->ids + (size_t)k * HASH_LEN;
		uint32_t p1, p2;

		if ((k && memcmp(id - HASH_LEN, id, HASH_LEN) >= 0) ||
		    k < (id[0] ? kh_be32(g->fanout + (id[0] - 1u) * 4) : 0) ||
		    k >= kh_be32(g->fanout + id[0] * 4u))
			return kh_errf(why, whylen, "its commit ids are not sorted");
		p = g->data + (size_t)k * CDAT_ENTRY + HASH_LEN;
		p1 = kh_be32(p);
		p2 = kh_be32(p + 4);
		if ((p1 != PARENT_NONE && p1 >= g->n) ||
		    (p1 == PARENT_NONE && p2 != PARENT_NONE))
			return kh_errf(why, whylen,
				       "a commit has a parent it does not list");
		if (p2 & OCTOPUS) {
			uint32_t e = p2 & ~OCTOPUS;

			do {
				if (e >= g->nedges || (kh_be32(g->edges + 4 * (size_t)e) &
						       ~OCTOPUS) >= g->n)
					return kh_errf(
						why, whylen,
						"a merge's parents lie outside it");
			} while (!(kh_be32(g->edges + 4 * (size_t)e++) & OCTOPUS));
		} else if (p2 != PARENT_NONE && p2 >= g->n) {
			return kh_errf(why, whylen,
				       "a commit has a parent it does not list");
		}
	}
	return 0;
}

int kh_commit_graph_open(const char *objects_dir, struct kh_commit_graph **out, char *why,
			 size_t whylen)
{
	struct kh_commit_graph *g;
	struct stat st;
	char path[4096];
	int fd;

	*out = NULL;
	if (snprintf(path, sizeof(path), "%s/info/commit-graph", objects_dir) >=
	    (int)sizeof(path))
		return 0;
	if ((fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)) < 0)
		return errno == ENOENT ? 0 : kh_errf(why, whylen, "%s", strerror(errno));
	if (!(g = calloc(1, sizeof(*g)))) {
		close(fd);
		return -2;
	}
	if (fstat(fd, &st) < 0 || st.st_size < HEADER + HASH_LEN ||
	    (uint64_t)st.st_size > SIZE_MAX / 2) {
		close(fd);
		free(g);
		return kh_errf(why, whylen, "truncated");
	}
	g->len = (size_t)st.st_size;
	g->map = mmap(NULL, g->len, PROT_READ, MAP_PRIVATE, fd, 0);
	close(fd);
	if (g->map == MAP_FAILED) {
		free(g);
		return kh_errf(why, whylen, "cannot map it");
	}
	/* version 1, SHA-1 ids, one file: anything else is left alone */
	if (memcmp(g->map, "CGPH", 4) || g->map[4] != 1 || g->map[5] != 1 || g->map[7]) {
		kh_commit_graph_free(g);
		return 0;
	}
	if (check(g, why, whylen) < 0) {
		kh_commit_graph_free(g);
		return -1;
	}
	*out = g;
	return 0;
}

void kh_commit_graph_free(struct kh_commit_graph *g)
{
	if (!g)
		return;
	munmap(g->map, g->len);
	free(g);
}

/* ---- reading ------------------------------------------------------------------ */

uint32_t kh_commit_graph_count(const struct kh_commit_graph *g)
{
	return g->n;
}

uint32_t kh_commit_graph_find(const struct kh_commit_graph *g, const git_oid *id)
{
	uint32_t lo = id->id[0] ? kh_be32(g->fanout + (id->id[0] - 1u) * 4) : 0;
	uint32_t hi = kh_be32(g->fanout + id->id[0] * 4u);

	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;
		int c = memcmp(g->ids + (size_t)mid * HASH_LEN, id->id, HASH_LEN);

		if (!c)
			return mid;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return KH_GRAPH_NONE;
}

const git_oid *kh_commit_graph_id(const struct kh_commit_graph *g, uint32_t pos)
{
	return (const git_oid *)(g->ids + (size_t)pos * HASH_LEN);
}

size_t kh_commit_graph_commit(const struct kh_commit_graph *g, uint32_t pos,
			      git_oid *tree, int64_t *time, uint32_t *parents, size_t cap)
{
	const unsigned char *p = g->data + (size_t)pos * CDAT_ENTRY;
	uint32_t p1 = kh_be32(p + HASH_LEN), p2 = kh_be32(p + HASH_LEN + 4), e;
	size_t n = 0;

	memcpy(tree->id, p, HASH_LEN);
	/* the date's low 32 bits, and its two high bits below the level */
	*time = (int64_t)((uint64_t)(kh_be32(p + HASH_LEN + 8) & 3) << 32 |
			  kh_be32(p + HASH_LEN + 12));
	if (p1 == PARENT_NONE)
		return 0;
	if (cap)
		parents[n] = p1;
	n++;
	if (p2 == PARENT_NONE)
		return n;
	if (!(p2 & OCTOPUS)) {
		if (n < cap)
			parents[n] = p2;
		return n + 1;
	}
	for (e = p2 & ~OCTOPUS;; e++) { /* checked when opened */
		uint32_t v = kh_be32(g->edges + 4 * (size_t)e);

		if (n < cap)
			parents[n] = v & ~OCTOPUS;
		n++;
		if (v & OCTOPUS)
			return n;
	}
}
