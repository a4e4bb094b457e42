/*
 * fuzz_baseline - libFuzzer target for the --baseline reader
 * (report_baseline.c): a baseline (-f baseline), a JSON report or JSON
 * lines a user hands us. Any bytes must end in a baseline whose lookups
 * and stale list work, or NULL with a one-line error. `make fuzz
 * FUZZ_TARGET=baseline` fuzzes it; `make test` replays
 * tests/fuzz-seeds/baseline through it.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "report.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void count(const char *fp, const char *rule_id, const char *file, void *payload)
{
	(void)rule_id;
	(void)file;
	if (strlen(fp) != 32)
		abort(); /* every entry holds a whole fingerprint */
	(*(size_t *)payload)++;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char err[1024] = "";
	size_t seen = 0;
	struct kh_baseline *b = kh_baseline_parse((const char *)data, size, "fuzz.json",
						  err, sizeof(err));

	if (!b) {
		if (!err[0] || strchr(err, '\n'))
			abort(); /* an error says what, on one line */
		return 0;
	}
	kh_baseline_has(
		b,
		"0123456789abcdef0123456789abcdef"); /* 32 hex digits, as a finding's */
	if (kh_baseline_stale(b, count, &seen) != seen)
		abort();
	kh_baseline_secrets(b);
	kh_baseline_free(b);
	return 0;
}
