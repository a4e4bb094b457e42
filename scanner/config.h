/*
 * config.h - the repository's .keyhound.json: how a team tunes keyhound for
 * its code, kept next to the code (like .keyhoundignore, found in the same
 * places and read from the same commit under --ignore-from), so that hooks,
 * CI and audits all run the same scan without options:
 *
 *   {
 *     "disable_rules": ["generic-password", "twilio-*"],
 *     "enable_rules": ["hubspot-*"],          run only these
 *     "allow": [{"rule": "stripe-*", "paths": ["docs/"],
 *                "values": ["^sk_test_"], "reason": "test-mode keys"}],
 *     "rules": ["keyhound/rules.json", {inline rule as in patterns/}],
 *     "min_severity": "high", "min_confidence": "medium",
 *     "exclude_context": ["test"], "exclude": ["fixtures/"],
 *     "max_file_size": "2M"
 *   }
 *
 * doc/keyhound-config.schema.json is the schema. Rule ids in enable_rules,
 * disable_rules and allow[].rule may be globs ("provider-*"); each must
 * name a rule. Path globs are those of .keyhoundignore, relative to the
 * directory that holds the file; value regexes (PCRE2) are searched in the
 * secret. The command line wins: --min-severity, --min-confidence,
 * --exclude-context, --max-file-size and --enable-rule replace the file's
 * setting, --enable-rule ID runs a rule the file disables.
 *
 * Every problem is an error "FILE:LINE: key "K": what", never a warning:
 * a gate's settings must be what they say. Errors never repeat a value,
 * which may be a pasted secret.
 */
#ifndef KH_CONFIG_H
#define KH_CONFIG_H

#include <stdatomic.h>
#include <stddef.h>

#include "options.h"

struct kh_finding;
struct kh_ruleset;
struct cfg_data;

struct kh_config {
	char *origin; /* how messages name it: ".keyhound.json", "main:.keyhound.json" */
	char *base;   /* its path globs are relative to this ("": the scan's top) */
	unsigned applied; /* KH_SET_* settings it gave and the command line did not */
	size_t rules_removed, rules_added, rules_replaced;
	/* what it suppressed, for the summary line */
	atomic_ullong paths_skipped;   /* by "exclude" */
	unsigned long long suppressed; /* findings, by "allow" and its filters */
	struct cfg_data *data;
};

/*
 * Finds and reads the config `opt` asks for into *out (NULL: none):
 *   --no-config            none;
 *   --config FILE          FILE (must exist);
 *   --ignore-from REV      .keyhound.json in commit REV of the repository;
 *   otherwise, in_repo     at the top of REPO's work tree, or in HEAD's
 *                          tree of a bare repository;
 *   otherwise (scan)       ./.keyhound.json or the one at the top of a
 *                          directory named on the command line (two that
 *                          apply are an error: settings do not merge).
 * Rule files it names are read from the same place (the same commit).
 * Returns 0, or -1 with a one-line message in err.
 */
int kh_config_setup(struct kh_config **out, const struct kh_options *opt, int in_repo,
		    char *err, size_t errlen);

/* Parses the text of a config into *out (NULL on error); rule files it
 * names are read from directory `dir` ("" or ending in '/'). `origin`
 * names it in errors. Returns 0, or -1 with err set. */
int kh_config_parse(struct kh_config **out, const char *text, size_t len,
		    const char *origin, const char *dir, char *err, size_t errlen);

/* Copies the file's settings into opt where the command line gave none,
 * and points opt->config at cfg. NULL-safe. */
void kh_config_apply(struct kh_config *cfg, struct kh_options *opt);

/* Adds the file's "rules" to rs through the rule loader (kh_rules_load_json).
 * Returns 0, or -1 with err set. NULL-safe. */
int kh_config_load_rules(struct kh_config *cfg, struct kh_ruleset *rs, char *err,
			 size_t errlen);

/*
 * Checks every rule id and glob of the file against rs, then removes the
 * rules enable_rules leaves out (unless opt has --enable-rule) and those
 * disable_rules names (unless --enable-rule names them). Returns 0, or -1
 * with "FILE:LINE: key ..." in err. NULL-safe.
 */
int kh_config_select(struct kh_config *cfg, struct kh_ruleset *rs,
		     const struct kh_options *opt, char *err, size_t errlen);

/* One note on stderr saying what the file changed (unless quiet). */
void kh_config_note(const struct kh_config *cfg, int quiet);

/* 1 when an "allow" entry drops f (counted). Not thread-safe: one match
 * data. NULL-safe. */
int kh_config_allows(struct kh_config *cfg, const struct kh_finding *f);

/* 1 when an "exclude" glob skips path (counted). Thread-safe. NULL-safe. */
int kh_config_excludes(struct kh_config *cfg, const char *path);

void kh_config_free(struct kh_config *cfg);

#endif
