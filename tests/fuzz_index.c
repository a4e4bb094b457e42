/*
 * fuzz_index - libFuzzer target for the git index reader (git_index.c):
 * `keyhound staged` parses .git/index itself, so a damaged or hostile
 * index must never read out of bounds. Checks what the reader promises:
 * each path is NUL-terminated at its length and each cache-tree directory
 * can be looked up. `make fuzz FUZZ_TARGET=index` fuzzes it; `make test`
 * replays tests/fuzz-seeds/index through it.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "git_index.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct kh_index ix;
	unsigned char *buf = malloc(size ? size : 1);
	size_t i;

	if (!buf)
		return 0;
	memcpy(buf, data, size);
	if (kh_index_parse(buf, size, &ix) == KH_INDEX_OK) {
		for (i = 0; i < ix.n; i++)
			if (strlen(ix.e[i].path) != ix.e[i].len)
				abort();
		for (i = 0; i < ix.ndirs; i++)
			if (kh_index_dir(&ix, ix.dirs[i].path, ix.dirs[i].len) == NULL)
				abort();
	}
	kh_index_release(&ix);
	return 0;
}
