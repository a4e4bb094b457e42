/*
 * fuzz_report - libFuzzer target for reading a JSON/JSONL report back
 * (`keyhound verify REPORT.json`, report_load.c): a report is a file a
 * user hands us, so any bytes must end in findings or a one-line error.
 * And what it reads, written again and read back, must be written the same
 * (`keyhound merge` rebuilds a report from reports). `make fuzz
 * FUZZ_TARGET=report` fuzzes it; `make test` replays
 * tests/fuzz-seeds/report through it.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "finding.h"
#include "report.h"
#include "rules.h"
#include "verify.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The findings sorted and written as JSON (secrets kept) into b. */
static void write_sorted(struct kh_strbuf *b, struct kh_findings *l)
{
	struct kh_options opt = { .format = KH_FMT_JSON, .show_secrets = 1 };

	kh_strbuf_init(b, 0);
	kh_findings_sort(l);
	if (kh_format_json(b, l, &opt, 0) < 0 || !b->s)
		abort();
}

/* Written, read back, written again: the same bytes. */
static void check_round_trip(const struct kh_ruleset *rules, struct kh_findings *l)
{
	struct kh_findings back = { 0 };
	struct kh_strbuf a, b;
	char err[512];

	write_sorted(&a, l);
	if (kh_report_parse("again.json", a.s, a.len, rules, &back, err, sizeof(err)) < 0)
		abort();
	write_sorted(&b, &back);
	if (a.len != b.len || memcmp(a.s, b.s, a.len))
		abort();
	kh_findings_release(&back);
	kh_strbuf_release(&a);
	kh_strbuf_release(&b);
}

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
	if (kh_report_parse("fuzz.json", buf, size, &rules, &out, err, sizeof(err)) < 0) {
		if (!err[0] || strchr(err, '\n'))
			abort(); /* a failure always says why, on one line */
	} else if (out.n) {
		check_round_trip(&rules, &out);
	}
	kh_findings_release(&out);
	free(buf);
	return 0;
}
