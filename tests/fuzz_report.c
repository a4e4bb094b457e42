/*
 * fuzz_report - libFuzzer target for reading a JSON/JSONL report back
 * (`keyhound verify REPORT.json`, report_load.c): a report is a file a
 * user hands us, so any bytes must end in findings or a one-line error.
 * `make fuzz FUZZ_TARGET=report` fuzzes it; `make test` replays
 * tests/fuzz-seeds/report through it.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "finding.h"
#include "rules.h"
#include "verify.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct kh_ruleset rules;
	static int ready;
	struct kh_findings out = { 0 };
	char err[512];
	char *buf;

	if (!ready) {
		if (kh_rules_load_builtin(&rules, 0, err, sizeof(err)) < 0)
			abort();
		ready = 1;
	}
	if (!(buf = malloc(size + 1)))
		return 0;
	memcpy(buf, data, size);
	buf[size] = '\0';
	if (kh_report_parse("fuzz.json", buf, size, &rules, &out, err, sizeof(err)) < 0 &&
	    (!err[0] || strchr(err, '\n')))
		abort(); /* a failure always says why, on one line */
	kh_findings_release(&out);
	free(buf);
	return 0;
}
