/* Runs the fuzz target over files named on the command line (no fuzzer):
 * a regression test for inputs that once crashed, under ASan + UBSan. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
const char *__asan_default_options(void);

/* No input here (1 MiB at most) may make a reader allocate what a header
 * claims: past this, ASan stops the replay, as libFuzzer's
 * -malloc_limit_mb does under `make fuzz`. */
const char *__asan_default_options(void)
{
	return "max_allocation_size_mb=512";
}

int main(int argc, char **argv)
{
	const char *name;
	int i, n = 0;

	for (i = 1; i < argc; i++) {
		FILE *f = fopen(argv[i], "rb");
		static uint8_t buf[1 << 20];
		uint8_t *copy;
		size_t len;

		if (!f) {
			perror(argv[i]);
			return 1;
		}
		len = fread(buf, 1, sizeof(buf), f);
		fclose(f);
		/* in a buffer of its exact size, as libFuzzer passes it: a read
		 * past the input's end is ASan's to catch, not a NUL's to stop */
		if (!(copy = malloc(len ? len : 1)))
			return 1;
		memcpy(copy, buf, len);
		LLVMFuzzerTestOneInput(copy, len);
		free(copy);
		n++;
	}
	name = strrchr(argv[0], '/');
	printf("%s: %d passed, 0 failed\n", name ? name + 1 : argv[0], n);
	return 0;
}
