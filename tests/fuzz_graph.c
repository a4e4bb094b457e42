/*
 * fuzz_graph - libFuzzer target for the commit-graph reader (git_graph.c):
 * `keyhound git` reads the commit-graph files of repositories from anyone,
 * so a damaged or hostile one must be refused or read within its bounds,
 * never crash or loop.
 *
 * The input is a commit-graph file without its trailing checksum: the
 * harness appends the SHA-1 of the input, so that the fuzzer's mutations
 * get past the checksum to the chunk table, the ids and the parents. A
 * file the reader takes is then read whole: every commit is found again
 * by its id at its position, and every parent is a position in the file.
 * `make fuzz FUZZ_TARGET=graph` fuzzes it; `make test` replays
 * tests/fuzz-seeds/graph (files written by git, without their checksum).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "git_graph.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char dir[] = "/tmp/kh-fuzz-graph.XXXXXX";

static void remove_dir(void)
{
	char p[sizeof(dir) + 32];

	snprintf(p, sizeof(p), "%s/info/commit-graph", dir);
	unlink(p);
	snprintf(p, sizeof(p), "%s/info", dir);
	rmdir(p);
	rmdir(dir);
}

static void read_all(const struct kh_commit_graph *g)
{
	uint32_t n = kh_commit_graph_count(g), k, parents[4];
	size_t np, i;
	int64_t time;
	git_oid tree;

	for (k = 0; k < n; k++) {
		if (kh_commit_graph_find(g, kh_commit_graph_id(g, k)) != k)
			abort();
		np = kh_commit_graph_commit(g, k, &tree, &time, parents, 4);
		if (time < 0 || kh_commit_graph_commit(g, k, &tree, &time, NULL, 0) != np)
			abort();
		for (i = 0; i < np && i < 4; i++)
			if (parents[i] >= n)
				abort();
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static int made;
	char path[sizeof(dir) + 32], why[256];
	unsigned char sum[20];
	struct kh_commit_graph *g = NULL;
	FILE *f;

	if (!made) {
		if (!mkdtemp(dir))
			abort();
		made = 1;
		atexit(remove_dir);
		snprintf(path, sizeof(path), "%s/info", dir);
		mkdir(path, 0700);
	}
	snprintf(path, sizeof(path), "%s/info/commit-graph", dir);
	kh_sha1(data, size, sum);
	if (!(f = fopen(path, "wb")))
		abort();
	if (fwrite(data, 1, size, f) != size || fwrite(sum, 1, 20, f) != 20)
		abort();
	fclose(f);
	if (kh_commit_graph_open(dir, &g, why, sizeof(why)) == 0 && g)
		read_all(g);
	kh_commit_graph_free(g);
	return 0;
}
