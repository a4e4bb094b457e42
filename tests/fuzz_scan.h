/*
 * fuzz_scan.h - the whole scan of one input under a file name, shared by
 * the fuzz targets that feed it text (fuzz_scan.c, fuzz_readers.c): each
 * picks the name, and with it the readers a name or extension turns on.
 */
#ifndef KH_FUZZ_SCAN_H
#define KH_FUZZ_SCAN_H

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "archive.h"
#include "diag.h"
#include "pool.h"
#include "rules.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Scans data as the file `path`, as a worker scans a file. */
static void fuzz_scan_as(const char *path, const uint8_t *data, size_t size)
{
	static struct kh_ruleset rules;
	static struct kh_engine *engine;
	static struct kh_diag diag;
	/* one scratch for every input, as a worker keeps one for every file */
	static struct kh_scratch *scratch;
	struct kh_worker w = { 0 };
	struct kh_source src = { 0 };

	if (!scratch) {
		char err[256];

		kh_diag_init(&diag, 1);
		if (kh_rules_load_builtin(&rules, 0, err, sizeof(err)) < 0 ||
		    kh_rules_compile(&rules, err, sizeof(err)) < 0 ||
		    !(engine = kh_engine_new(&rules, err, sizeof(err))) ||
		    !(scratch = kh_scratch_new(engine)))
			abort();
	}
	w.engine = engine;
	w.scratch = scratch;
	w.diag = &diag;
	w.max_file_size = 1 << 20;
	src.path = path;
	src.data = data;
	src.len = size;
	kh_scan_any(&w, &src);
	kh_findings_release(&w.findings);
}

#endif
