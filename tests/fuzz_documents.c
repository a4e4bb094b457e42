/*
 * fuzz_documents.c - documents read as their text (documents.c): an Office
 * Open XML or OpenDocument part, an e-mail, RTF and PDF. The first byte
 * picks the name the input is read under (the readers that a name selects:
 * XML parts, mail); the rest is the document. Every finding is named after
 * the input and has a line.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "archive.h"
#include "documents.h"
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
	static const char *const only[] = { "generic-password", "stripe-secret-key" };
	char err[256];

	kh_diag_init(&diag, 1);
	if (kh_rules_load_builtin(&rules, 0, err, sizeof(err)) < 0 ||
	    kh_rules_select(&rules, only, 2, NULL, 0, 0, err, sizeof(err)) < 0 ||
	    rules.n != 2 || kh_rules_compile(&rules, err, sizeof(err)) < 0 ||
	    !(engine = kh_engine_new(&rules, err, sizeof(err))) ||
	    !(scratch = kh_scratch_new(engine)))
		abort();
	return 0;
}

static const char *const names[] = {
	"a.docx!word/document.xml", "a.eml", "a.mbox", "a.rtf", "a.pdf", "a.fodt",
	"b/ppt/slides/slide1.xml"
};

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
	if (!size)
		return 0;
	src.path = names[data[0] % (sizeof(names) / sizeof(names[0]))];
	src.data = data + 1;
	src.len = size - 1;
	if (kh_scan_any(&w, &src) < 0)
		abort(); /* 64 KiB inputs cannot run us out of memory */
	for (i = 0; i < w.findings.n; i++) {
		const struct kh_finding *f = w.findings.v[i];

		if (strcmp(f->file, src.path) || !f->line)
			abort();
	}
	kh_findings_release(&w.findings);
	free(w.buf);
	return 0;
}
