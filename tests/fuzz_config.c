/*
 * fuzz_config - libFuzzer target for .keyhound.json (config.c and
 * json_lines.c): the file comes with the code under scan (a pull request
 * can write it), so any bytes must parse into settings or one error, and
 * using them (rule ids and globs against the built-in rules, allow entries
 * and excludes) must neither crash nor hang. Rule files it names are looked
 * for in a directory that does not exist. `make fuzz FUZZ_TARGET=config`
 * fuzzes it; `make test` replays tests/fuzz-seeds/config.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "finding.h"
#include "rules.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct kh_ruleset builtin;
	static int ready;
	struct kh_ruleset rs = { 0 };
	struct kh_options opt = { 0 };
	struct kh_config *cfg = NULL;
	struct kh_finding f = { 0 };
	char err[1024], secret[] = "pat-na1-3f9c2b7e-1a4d-4e8b-9c6f-2d7a8b9c0e1f";
	char file[] = "docs/a.env";

	if (!ready) {
		if (kh_rules_load_builtin(&builtin, 0, err, sizeof(err)) < 0 ||
		    !builtin.n)
			abort();
		ready = 1;
	}
	if (kh_config_parse(&cfg, (const char *)data, size, ".keyhound.json",
			    "/nonexistent-keyhound-fuzz/", err, sizeof(err)) < 0) {
		if (cfg || !err[0])
			abort(); /* an error says what, and leaves nothing */
		return 0;
	}
	/* a fresh copy of the rules for each input: selection removes some */
	if (kh_rules_load_builtin(&rs, 0, err, sizeof(err)) < 0 ||
	    kh_config_load_rules(cfg, &rs, err, sizeof(err)) < 0 ||
	    kh_config_select(cfg, &rs, &opt, err, sizeof(err)) < 0)
		goto out;
	kh_config_apply(cfg, &opt);
	f.rule = &rs.v[0];
	f.secret = secret;
	f.file = file;
	kh_config_allows(cfg, &f);
	kh_config_excludes(cfg, "vendor/lib/x.js");
out:
	kh_ruleset_release(&rs);
	kh_config_free(cfg);
	return 0;
}
