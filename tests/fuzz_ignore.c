/*
 * fuzz_ignore - libFuzzer target for .keyhoundignore (ignore.c): the file
 * comes with the code under scan (a pull request can write it), so any
 * bytes must load into globs, fingerprints and rule lines, or warnings,
 * and matching must neither crash nor hang. The input's first line is a
 * path to match; the rest is the ignore file. `make fuzz
 * FUZZ_TARGET=ignore` fuzzes it; `make test` replays tests/fuzz-seeds/ignore.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "finding.h"
#include "ignore.h"
#include "rules.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct kh_ruleset rules;
	static struct kh_diag diag;
	static int ready;
	const uint8_t *nl = memchr(data, '\n', size);
	size_t plen = nl ? (size_t)(nl - data) : size;
	struct kh_ignore ig = { 0 };
	struct kh_finding f = { 0 };
	char err[512], *path, *text;
	size_t tlen = nl ? size - plen - 1 : 0;

	if (!ready) {
		if (kh_rules_load_builtin(&rules, 0, err, sizeof(err)) < 0 || !rules.n)
			abort();
		kh_diag_init(&diag, 1);
		ready = 1;
	}
	path = malloc(plen + 1);
	text = malloc(tlen + 1);
	if (!path || !text) {
		free(path);
		free(text);
		return 0;
	}
	memcpy(path, data, plen);
	path[plen] = '\0';
	memcpy(text, nl ? nl + 1 : data, tlen);
	if (kh_ignore_add(&ig, text, tlen, "fuzz", "", &rules, &diag, err, sizeof(err)) ==
		    0 &&
	    kh_ignore_finish(&ig, err, sizeof(err)) == 0) {
		kh_ignore_path(&ig, path);
		f.rule = &rules.v[0];
		f.file = path;
		memcpy(f.fingerprint, "0123456789abcdef0123456789abcdef", 33);
		kh_ignore_finding(&ig, &f);
	}
	kh_ignore_release(&ig);
	free(path);
	return 0;
}
