/*
 * fuzz_loose - libFuzzer target for the loose-object reader (git_loose.c):
 * every object of a repository's objects/ directory is a file keyhound
 * inflates itself, so a damaged or hostile one must never read or write
 * out of bounds, loop, or make more than its bound. Checks what the reader
 * promises: the content is NUL-terminated at its length, within the bound.
 * `make fuzz FUZZ_TARGET=loose` fuzzes it; `make test` replays
 * tests/fuzz-seeds/loose through it.
 */
#include <stdint.h>
#include <stdlib.h>

#include "git_loose.h"

#define MAX (64u << 10)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct kh_loose_reader r;
	struct kh_loose_buf out = { 0 };
	const unsigned char *p;
	git_object_t type;
	size_t len;
	char why[200];

	kh_loose_reader_init(&r);
	if (kh_loose_parse(&r, data, size, MAX, &out, &type, &p, &len, why,
			   sizeof(why)) == KH_LOOSE_OK &&
	    (len > MAX || p[len] != '\0' || p < out.p || p + len >= out.p + out.cap))
		abort();
	kh_loose_reader_release(&r);
	free(out.p);
	return 0;
}
