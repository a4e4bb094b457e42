/*
 * options.h - everything the command line decides, in one struct that is
 * passed down (no global state). Strings point into argv or are owned by
 * the cli module.
 */
#ifndef KH_OPTIONS_H
#define KH_OPTIONS_H

#include <stddef.h>

enum kh_format {
	KH_FMT_AUTO,
	KH_FMT_JSON,
	KH_FMT_JSONL,
	KH_FMT_TEXT,
	KH_FMT_SARIF,
	KH_FMT_BASELINE /* fingerprints only, for --baseline */
};

enum kh_fail_on { KH_FAIL_ANY, KH_FAIL_VERIFIED };

struct kh_ignore;
struct kh_config;

/* Settings a .keyhound.json may also give: the command line's win, so
 * kh_options.cli_set says which of them the command line gave. */
enum {
	KH_SET_MIN_SEVERITY = 1u << 0,
	KH_SET_MIN_CONFIDENCE = 1u << 1,
	KH_SET_EXCLUDE_CONTEXT = 1u << 2,
	KH_SET_MAX_FILE_SIZE = 1u << 3,
};
struct kh_state;

struct kh_strlist {
	const char **v;
	size_t n;
};

struct kh_options {
	enum kh_format format;
	const char *output; /* NULL: stdout */
	int redact, show_secrets, color, quiet, verbose;
	int progress; /* enum kh_progress_mode (progress.h): --progress, --no-progress */
	int threads;
	size_t max_file_size;
	struct kh_strlist excludes, rule_files, paths;
	struct kh_strlist enable_rules, disable_rules; /* rule ids (comma lists too) */
	int min_severity; /* enum kh_severity: rules below it are not run */
	const char *stdin_name;
	const char *baseline;	  /* report of accepted findings, or NULL */
	const char *ignore_file;  /* NULL: the default .keyhoundignore, if any */
	const char *ignore_from;  /* read .keyhoundignore from this commit */
	struct kh_ignore *ignore; /* its globs, for kh_excluded (ignore.h) */
	const char *config_file;  /* --config; NULL: the default .keyhound.json */
	int no_config;		  /* --no-config */
	struct kh_config *config; /* the one in use, or NULL (config.h) */
	unsigned cli_set;	  /* KH_SET_* bits */

	/* git history (walk_git.c) */
	struct kh_strlist branches;
	const char *since_commit, *range;
	int unreachable, pre_push;
	/* many repositories (audit.c): --repos-from files, --discover dirs */
	struct kh_strlist repos_from, discover;
	/* --shard K/N (0/0: none). walk_git.c sees it only when audit.c splits
	 * blobs, not repositories: it scans blobs whose id % N is K - 1 */
	unsigned shard_k, shard_n;
	const char *state_file; /* --state: earlier audits (state.h) */
	int new_only;		/* report only findings the state never saw */
	struct kh_state *state; /* opened by run.c, or NULL */

	/* live verification (verify.c) */
	int verify, only_verified, verify_show_email, verify_jobs;
	double verify_timeout;
	enum kh_fail_on fail_on;
	int min_confidence; /* enum kh_confidence: report only findings this sure */
	unsigned exclude_contexts;	    /* bit (1 << enum kh_context): not reported */
	struct kh_strlist verify_endpoints; /* PROVIDER=URL */
};

#endif
