/*
 * fuzz_scan - libFuzzer target for everything that parses untrusted bytes:
 * archive detection and unpacking (gzip, tar, zip), the prefilter, every
 * rule's regex and every validator (HubSpot protobuf, JWT, docker auth,
 * checksums, CLI config attribution). Built by `make fuzz`; `make test`
 * replays tests/fuzz-seeds through it without fuzzing.
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
static struct kh_diag diag;

static int setup(void)
{
	char err[256];

	kh_diag_init(&diag, 1);
	if (kh_rules_load_builtin(&rules, 0, err, sizeof(err)) < 0 ||
	    kh_rules_compile(&rules, err, sizeof(err)) < 0 ||
	    !(engine = kh_engine_new(&rules, err, sizeof(err))))
		abort();
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static int ready;
	struct kh_worker w = { 0 };
	struct kh_source src = { 0 };
	/* the first byte picks the file name, so config-file logic and the
	 * readers a name or extension turns on run too */
	static const char *names[] = {
		"a.txt",    "hubspot.config.yml", "home/.hscli/config.yml",
		".env",	    "src/config.clj",	  "etc/router.cfg",
		"notes.md", "keepalived.conf"
	};

	static struct kh_scratch *scratch;

	/* one scratch for every input, as a worker keeps one for every file */
	if (!ready)
		ready = !setup() && (scratch = kh_scratch_new(engine)) != NULL;
	w.engine = engine;
	w.scratch = scratch;
	w.diag = &diag;
	w.max_file_size = 1 << 20;
	src.path = names[size ? data[0] % 8 : 0];
	src.data = data;
	src.len = size;
	kh_scan_any(&w, &src);
	kh_findings_release(&w.findings);
	return 0;
}
