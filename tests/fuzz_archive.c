/*
 * fuzz_archive - libFuzzer target for the archive readers alone (gzip,
 * tar, zip and ZIP64 in archive.c, UTF-16 transcoding, binary detection):
 * fuzz_scan reaches them too, but spends most of each input in 1,000
 * rules' regexes; here one rule runs, so the fuzzer's time goes into
 * headers, member names, nesting and the inflate budget. A small
 * --max-file-size (64 KiB) makes the size and budget limits reachable.
 * Checks what the reader promises: every finding names its source with
 * the outer name first, and a member's line is never 0.
 * `make fuzz FUZZ_TARGET=archive` fuzzes it; `make test` replays
 * tests/fuzz-seeds/archive and the scan target's archives.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "archive.h"
#include "diag.h"
#include "pool.h"
#include "rules.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct kh_ruleset rules;
static struct kh_engine *engine;
static struct kh_scratch *scratch;
static struct kh_diag diag;

static int setup(void)
{
	static const char *const only[] = { "hubspot-private-app-token" };
	char err[256];

	kh_diag_init(&diag, 1);
	if (kh_rules_load_builtin(&rules, 0, err, sizeof(err)) < 0 ||
	    kh_rules_select(&rules, only, 1, NULL, 0, 0, err, sizeof(err)) < 0 ||
	    rules.n != 1 || kh_rules_compile(&rules, err, sizeof(err)) < 0 ||
	    !(engine = kh_engine_new(&rules, err, sizeof(err))) ||
	    !(scratch = kh_scratch_new(engine)))
		abort();
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static int ready;
	struct kh_worker w = { 0 };
	struct kh_source src = { 0 };
	size_t i;

	if (!ready)
		ready = !setup();
	w.engine = engine;
	w.scratch = scratch;
	w.diag = &diag;
	w.max_file_size = 64 << 10;
	src.path = "a.tar.gz";
	src.data = data;
	src.len = size;
	if (kh_scan_any(&w, &src) < 0)
		abort(); /* 64 KiB members cannot run us out of memory */
	for (i = 0; i < w.findings.n; i++) {
		const struct kh_finding *f = w.findings.v[i];

		if (strncmp(f->file, "a.tar.gz", 8) || !f->line)
			abort();
	}
	kh_findings_release(&w.findings);
	free(w.buf);
	return 0;
}
