#include "cli.h"

#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "finding.h"
#include "ignore.h"
#include "progress.h"
#include "util.h"

#define DEFAULT_MAX_FILE_SIZE (10u << 20)

enum {
	OPT_REDACT = 256,
	OPT_SHOW_SECRETS,
	OPT_MAX_FILE_SIZE,
	OPT_EXCLUDE,
	OPT_RULES,
	OPT_NO_COLOR,
	OPT_STDIN_NAME,
	OPT_BASELINE,
	OPT_IGNORE_FILE,
	OPT_IGNORE_FROM,
	OPT_CHECK,
	OPT_BRANCH,
	OPT_SINCE_COMMIT,
	OPT_RANGE,
	OPT_UNREACHABLE,
	OPT_PRE_PUSH,
	OPT_VERIFY,
	OPT_ONLY_VERIFIED,
	OPT_VERIFY_SHOW_EMAIL,
	OPT_VERIFY_JOBS,
	OPT_VERIFY_TIMEOUT,
	OPT_VERIFY_ENDPOINT,
	OPT_FAIL_ON,
	OPT_MIN_CONFIDENCE,
	OPT_MIN_SEVERITY,
	OPT_ENABLE_RULE,
	OPT_DISABLE_RULE,
	OPT_EXCLUDE_CONTEXT,
	OPT_REPOS_FROM,
	OPT_DISCOVER,
	OPT_SHARD,
	OPT_CONFIG,
	OPT_NO_CONFIG,
	OPT_PROGRESS,
	OPT_NO_PROGRESS,
	OPT_STATE,
	OPT_NEW_ONLY,
};

/* Which commands an option is for (one bit per enum kh_command). */
#define C_(cmd)	  (1u << (cmd))
#define C_SCAN	  C_(KH_CMD_SCAN)
#define C_GIT	  C_(KH_CMD_GIT)
#define C_STAGED  C_(KH_CMD_STAGED)
#define C_VERIFY  C_(KH_CMD_VERIFY)
#define C_MERGE	  C_(KH_CMD_MERGE)
#define C_RULES	  C_(KH_CMD_RULES)
#define C_HOOK	  C_(KH_CMD_INSTALL_HOOK)
#define C_SOURCES (C_SCAN | C_GIT | C_STAGED)
#define C_REPORTS (C_SOURCES | C_VERIFY)
#define C_ALL	  0xffffu

/*
 * The one table of options: getopt's tables, the short-option string, every
 * help page and the check that an option fits its command are made from it
 * (tests/e2e_cli.sh checks that README.md and doc/keyhound.1 list the same
 * options). Sorted by long name, as in curl's tool. `arg` is the value's
 * name in help, NULL for a flag. To add an option: a line here, a case in
 * apply_option, a line in README.md and doc/keyhound.1.
 */
static const struct optdef {
	const char *name;
	int id; /* the short letter, or an OPT_ value */
	const char *arg;
	unsigned cmds;
	const char *help;
} optdefs[] = {
	{ "baseline", OPT_BASELINE, "FILE", C_REPORTS,
	  "do not report findings in this baseline (-f baseline) or JSON report; "
	  "counts its entries that matched nothing" },
	{ "branch", OPT_BRANCH, "REF", C_GIT, "walk only this branch (repeatable)" },
	{ "check", OPT_CHECK, NULL, C_RULES, "run every rule's own examples" },
	{ "config", OPT_CONFIG, "FILE", C_SOURCES,
	  "read settings from FILE (default: .keyhound.json, found like "
	  ".keyhoundignore)" },
	{ "disable-rule", OPT_DISABLE_RULE, "ID", C_REPORTS,
	  "do not run these rules (comma list, repeatable)" },
	{ "discover", OPT_DISCOVER, "DIR", C_GIT,
	  "scan every repository below DIR: work trees, bare mirrors, .git files "
	  "(repeatable)" },
	{ "enable-rule", OPT_ENABLE_RULE, "ID", C_REPORTS,
	  "run only these rules (comma list, repeatable)" },
	{ "exclude", OPT_EXCLUDE, "GLOB", C_SOURCES, "skip matching paths (repeatable)" },
	{ "exclude-context", OPT_EXCLUDE_CONTEXT, "LIST", C_REPORTS,
	  "do not report findings in test, docs, example or vendor files (comma "
	  "list, repeatable)" },
	{ "fail-on", OPT_FAIL_ON, "WHAT", C_REPORTS,
	  "'any' finding (default) or only 'verified' ones exit 1" },
	{ "format", 'f', "FMT", C_REPORTS | C_MERGE | C_RULES,
	  "json, jsonl, sarif, text or baseline (fingerprints only); default: text "
	  "on a terminal, json otherwise" },
	{ "help", 'h', NULL, C_ALL, "show this help" },
	{ "ignore-file", OPT_IGNORE_FILE, "FILE", C_SOURCES,
	  "fingerprints, globs and rule: lines not to report (default: "
	  ".keyhoundignore)" },
	{ "ignore-from", OPT_IGNORE_FROM, "REV", C_SOURCES,
	  "read .keyhoundignore and .keyhound.json from commit REV (e.g. the pull "
	  "request's base)" },
	{ "max-file-size", OPT_MAX_FILE_SIZE, "N", C_SOURCES,
	  "skip larger files (default 10M; K, M, G suffixes)" },
	{ "min-confidence", OPT_MIN_CONFIDENCE, "LEVEL", C_REPORTS,
	  "report only findings of at least this confidence: low (default), medium, "
	  "high" },
	{ "min-severity", OPT_MIN_SEVERITY, "LEVEL", C_REPORTS,
	  "run only rules of at least this severity: low (default), medium, high, "
	  "critical" },
	{ "new-only", OPT_NEW_ONLY, NULL, C_GIT,
	  "report only findings the --state file never saw before" },
	{ "no-color", OPT_NO_COLOR, NULL, C_REPORTS | C_MERGE, "plain text output" },
	{ "no-config", OPT_NO_CONFIG, NULL, C_SOURCES,
	  "read no .keyhound.json (the built-in rules and these options only)" },
	{ "no-progress", OPT_NO_PROGRESS, NULL, C_REPORTS,
	  "no progress line on stderr, even on a terminal" },
	{ "only-verified", OPT_ONLY_VERIFIED, NULL, C_REPORTS,
	  "report verified findings only (needs --verify)" },
	{ "output", 'o', "FILE", C_REPORTS | C_MERGE,
	  "write the report to FILE (whole or not at all, mode 0600; secrets kept); "
	  "a FIFO or device is written to, never replaced" },
	{ "pre-push", OPT_PRE_PUSH, NULL, C_GIT | C_HOOK,
	  "git: read git's pre-push lines on stdin; install-hook: write a pre-push "
	  "hook" },
	{ "progress", OPT_PROGRESS, NULL, C_REPORTS,
	  "a progress line on stderr even when it is not a terminal (default: on a "
	  "terminal outside CI, after a second)" },
	{ "quiet", 'q', NULL, C_ALL, "no warnings or summary on stderr" },
	{ "range", OPT_RANGE, "A..B", C_GIT, "only the commits in A..B" },
	{ "redact", OPT_REDACT, NULL, C_REPORTS | C_MERGE,
	  "mask secrets in every report, -o files too" },
	{ "repos-from", OPT_REPOS_FROM, "FILE", C_GIT,
	  "scan the repositories listed in FILE, one a line, # comments (- reads "
	  "stdin; repeatable)" },
	{ "rules", OPT_RULES, "FILE", C_REPORTS | C_MERGE | C_RULES,
	  "add or override rules from a JSON rule file (repeatable)" },
	{ "shard", OPT_SHARD, "K/N", C_GIT,
	  "do share K of N (1 <= K <= N): every N-th repository, or the blobs of "
	  "share K when there are fewer repositories than N" },
	{ "show-secrets", OPT_SHOW_SECRETS, NULL, C_REPORTS | C_MERGE,
	  "whole secrets in text, and in json/jsonl on stdout (masked by default: CI "
	  "logs are often public)" },
	{ "since-commit", OPT_SINCE_COMMIT, "REV", C_GIT,
	  "only what the commits after REV add" },
	{ "state", OPT_STATE, "FILE", C_GIT,
	  "SQLite file of earlier audits (mode 0600, holds secrets): skip blobs and "
	  "history already scanned with the same rules" },
	{ "stdin-name", OPT_STDIN_NAME, "NAME", C_SCAN, "file name to report for stdin" },
	{ "threads", 'j', "N", C_SOURCES, "worker threads (default: online CPUs)" },
	{ "unreachable", OPT_UNREACHABLE, NULL, C_GIT,
	  "also scan blobs no ref reaches (dangling objects)" },
	{ "verbose", 'v', NULL, C_REPORTS,
	  "more detail on stderr (e.g. stale baseline entries)" },
	{ "verify", OPT_VERIFY, NULL, C_SOURCES,
	  "check each distinct secret with its provider (read-only calls)" },
	{ "verify-endpoint", OPT_VERIFY_ENDPOINT, "PROVIDER=URL", C_REPORTS,
	  "another base URL for a provider (tests and HubSpot QA only)" },
	{ "verify-jobs", OPT_VERIFY_JOBS, "N", C_REPORTS,
	  "verification requests in flight (default 8)" },
	{ "verify-show-email", OPT_VERIFY_SHOW_EMAIL, NULL, C_REPORTS,
	  "keep the account e-mail a verifier returns" },
	{ "verify-timeout", OPT_VERIFY_TIMEOUT, "SECONDS", C_REPORTS,
	  "per-request timeout (default 10)" },
	{ "version", 'V', NULL, C_ALL, "print the version" },
};

#define NOPTS (sizeof(optdefs) / sizeof(optdefs[0]))

static const struct cmddef {
	const char *name;
	enum kh_command cmd;
	const char *args;
	const char *help;
} cmddefs[] = {
	{ "scan", KH_CMD_SCAN, "[PATH...]",
	  "scan files and directories (default .); - reads stdin" },
	{ "git", KH_CMD_GIT, "[REPO...]",
	  "scan the whole git history of each repository (every ref, every blob "
	  "once)" },
	{ "staged", KH_CMD_STAGED, "[REPO]",
	  "scan what the index adds (for pre-commit hooks)" },
	{ "verify", KH_CMD_VERIFY, "REPORT.json",
	  "re-verify the findings of an earlier JSON report" },
	{ "merge", KH_CMD_MERGE, "REPORT...",
	  "one report from the JSON/JSONL reports of a sharded run (--shard)" },
	{ "rules", KH_CMD_RULES, "", "list the rules; --check runs their examples" },
	{ "install-hook", KH_CMD_INSTALL_HOOK, "[REPO]",
	  "write a git pre-commit (or --pre-push) hook" },
	{ "help", KH_CMD_HELP, "[COMMAND]", "show a command's options" },
	{ "version", KH_CMD_VERSION, "", "print the version" },
};

#define NCMDS (sizeof(cmddefs) / sizeof(cmddefs[0]))

static const struct optdef *optdef_find(int id)
{
	size_t i;

	for (i = 0; i < NOPTS; i++)
		if (optdefs[i].id == id)
			return &optdefs[i];
	return NULL;
}

static const struct cmddef *cmddef_find(const char *name)
{
	size_t i;

	for (i = 0; i < NCMDS; i++)
		if (!strcmp(name, cmddefs[i].name))
			return &cmddefs[i];
	return NULL;
}

static const struct cmddef *cmddef_of(enum kh_command cmd)
{
	size_t i;

	for (i = 0; i < NCMDS; i++)
		if (cmddefs[i].cmd == cmd)
			return &cmddefs[i];
	return NULL;
}

static void print_option(FILE *f, const struct optdef *d)
{
	char head[64];
	int n;

	if (d->id < 256)
		n = snprintf(head, sizeof(head), "  -%c, --%s%s%s", d->id, d->name,
			     d->arg ? " " : "", d->arg ? d->arg : "");
	else
		n = snprintf(head, sizeof(head), "      --%s%s%s", d->name,
			     d->arg ? " " : "", d->arg ? d->arg : "");
	if (n < 30)
		fprintf(f, "%-30s%s\n", head, d->help);
	else
		fprintf(f, "%s\n%-30s%s\n", head, "", d->help);
}

void kh_cli_usage(FILE *f, enum kh_command cmd)
{
	const struct cmddef *c = cmddef_of(cmd);
	size_t i;

	if (!c || cmd == KH_CMD_HELP || cmd == KH_CMD_VERSION) {
		fputs("usage: keyhound <command> [options] [args]\n\ncommands:\n", f);
		for (i = 0; i < NCMDS; i++) {
			char head[64];

			snprintf(head, sizeof(head), "  %s %s", cmddefs[i].name,
				 cmddefs[i].args);
			fprintf(f, "%-30s%s\n", head, cmddefs[i].help);
		}
		fputs("\noptions ('keyhound help COMMAND' shows a command's own):\n", f);
	} else {
		fprintf(f, "usage: keyhound %s [options]%s%s\n%s\n\noptions:\n", c->name,
			c->args[0] ? " " : "", c->args, c->help);
	}
	for (i = 0; i < NOPTS; i++)
		if (!c || cmd == KH_CMD_HELP || (optdefs[i].cmds & C_(cmd)))
			print_option(f, &optdefs[i]);
	fputs("\nexit status: 0 no findings, 1 findings, 2 error (also: a named path "
	      "that\n"
	      "cannot be read, a repository that cannot be scanned, or nothing could be\n"
	      "scanned: the report is written), 130/143 interrupted while verifying "
	      "(the\n"
	      "report is written, unchecked secrets marked)\n",
	      f);
}

/* Edit distance of a and b (their first 64 bytes). */
static size_t edit_distance(const char *a, const char *b)
{
	size_t la = strnlen(a, 64), lb = strnlen(b, 64), i, j;
	size_t row[65];

	for (j = 0; j <= lb; j++)
		row[j] = j;
	for (i = 1; i <= la; i++) {
		size_t diag = row[0], up;

		row[0] = i;
		for (j = 1; j <= lb; j++) {
			size_t best = diag + (a[i - 1] != b[j - 1]);

			up = row[j];
			if (up + 1 < best)
				best = up + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			diag = up;
			row[j] = best;
		}
	}
	return row[lb];
}

/* The long option nearest to `arg` ("--formta=x": "format"), or NULL when
 * none is close. */
static const char *nearest_option(const char *arg)
{
	char name[65];
	size_t n, i, best = SIZE_MAX, d;
	const char *pick = NULL;

	arg += strspn(arg, "-");
	n = strcspn(arg, "=");
	if (n > 64)
		return NULL;
	memcpy(name, arg, n);
	name[n] = '\0';
	for (i = 0; i < NOPTS; i++) {
		d = edit_distance(name, optdefs[i].name);
		if (d < best) {
			best = d;
			pick = optdefs[i].name;
		}
	}
	return best <= (n < 6 ? 2 : n / 3) ? pick : NULL;
}

static int parse_int(const char *s, int lo, int hi, int *out)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(s, &end, 10);
	if (errno || end == s || *end || v < lo || v > hi)
		return -1;
	*out = (int)v;
	return 0;
}

static int parse_format(const char *s, enum kh_format *out)
{
	static const struct {
		const char *name;
		enum kh_format f;
	} names[] = { { "json", KH_FMT_JSON },
		      { "jsonl", KH_FMT_JSONL },
		      { "baseline", KH_FMT_BASELINE },
		      { "sarif", KH_FMT_SARIF },
		      { "text", KH_FMT_TEXT } };
	size_t i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		if (!strcmp(s, names[i].name)) {
			*out = names[i].f;
			return 0;
		}
	}
	return -1;
}

/* A second value of a one-value option would silently replace the first
 * (-o a.json -o b.json writing b only, two --ignore-file reading one). */
static int set_once(const char **slot, const char *arg, int id, char *err, size_t errlen)
{
	if (*slot)
		return kh_errf(err, errlen,
			       "option '--%s' given twice (it takes one value)",
			       optdef_find(id)->name);
	*slot = arg;
	return 0;
}

/* --exclude-context test,docs: the bits of the contexts named. */
static int parse_contexts(const char *arg, unsigned *bits, char *err, size_t errlen)
{
	static const char *names[] = { "test", "docs", "example", "vendor" };
	const char *p = arg;

	while (*p) {
		size_t n = strcspn(p, ","), k;

		for (k = 0; k < 4; k++)
			if (strlen(names[k]) == n && !strncmp(p, names[k], n))
				break;
		if (k == 4)
			return kh_errf(
				err, errlen,
				"--exclude-context: expected test, docs, example or "
				"vendor (comma-separated), got '%s'",
				arg);
		*bits |= 1u << (k + 1); /* enum kh_context: KH_CTX_TEST is 1 */
		p += n + (p[n] == ',');
	}
	return 0;
}

/* --shard K/N, as Jest and Playwright take it: share K (from 1) of N. */
static int parse_shard(const char *arg, struct kh_options *o, char *err, size_t errlen)
{
	const char *slash = strchr(arg, '/');
	char k[16];
	int kv, nv;

	if (o->shard_n)
		return kh_errf(err, errlen, "option '--shard' given twice");
	if (!slash || (size_t)(slash - arg) >= sizeof(k))
		goto bad;
	memcpy(k, arg, (size_t)(slash - arg));
	k[slash - arg] = '\0';
	if (parse_int(k, 1, 1000000, &kv) < 0 ||
	    parse_int(slash + 1, 1, 1000000, &nv) < 0 || kv > nv ||
	    !isdigit((unsigned char)k[0]) || !isdigit((unsigned char)slash[1]))
		goto bad;
	o->shard_k = (unsigned)kv;
	o->shard_n = (unsigned)nv;
	return 0;
bad:
	return kh_errf(err, errlen,
		       "--shard: expected K/N with 1 <= K <= N <= 1000000 (e.g. 2/4), "
		       "got '%s'",
		       arg);
}

/* Applies one parsed option. Returns 0, or -1 with err set. */
static int apply_option(struct kh_cli *c, int ch, const char *arg, char *err,
			size_t errlen)
{
	struct kh_options *o = &c->opt;
	double t;
	char *end;

	switch (ch) {
	case 'f':
		if (parse_format(arg, &o->format) < 0)
			return kh_errf(err, errlen,
				       "--format: expected json, jsonl, sarif, text or "
				       "baseline, "
				       "got '%s'",
				       arg);
		return 0;
	case 'o': return set_once(&o->output, arg, ch, err, errlen);
	case 'q': o->quiet = 1; return 0;
	case 'h':
		c->help_cmd = c->cmd;
		c->cmd = KH_CMD_HELP;
		return 0;
	case 'j':
		if (parse_int(arg, 1, 256, &o->threads) < 0)
			return kh_errf(
				err, errlen,
				"--threads: expected a number from 1 to 256, got '%s'",
				arg);
		return 0;
	case OPT_REDACT: o->redact = 1; return 0;
	case 'v': o->verbose = 1; return 0;
	case OPT_SHOW_SECRETS: o->show_secrets = 1; return 0;
	case OPT_NO_COLOR: o->color = 0; return 0;
	case OPT_PROGRESS: o->progress = KH_PROGRESS_ON; return 0;
	case OPT_NO_PROGRESS: o->progress = KH_PROGRESS_OFF; return 0;
	case 'V': c->cmd = KH_CMD_VERSION; return 0;
	case OPT_STDIN_NAME: return set_once(&o->stdin_name, arg, ch, err, errlen);
	case OPT_BASELINE: o->baseline = arg; return 0;
	case OPT_IGNORE_FILE: return set_once(&o->ignore_file, arg, ch, err, errlen);
	case OPT_IGNORE_FROM: return set_once(&o->ignore_from, arg, ch, err, errlen);
	case OPT_CONFIG: return set_once(&o->config_file, arg, ch, err, errlen);
	case OPT_NO_CONFIG: o->no_config = 1; return 0;
	case OPT_CHECK: c->rules_check = 1; return 0;
	case OPT_SINCE_COMMIT: return set_once(&o->since_commit, arg, ch, err, errlen);
	case OPT_RANGE: return set_once(&o->range, arg, ch, err, errlen);
	case OPT_UNREACHABLE: o->unreachable = 1; return 0;
	case OPT_PRE_PUSH: o->pre_push = 1; return 0;
	case OPT_STATE: return set_once(&o->state_file, arg, ch, err, errlen);
	case OPT_NEW_ONLY: o->new_only = 1; return 0;
	case OPT_VERIFY: o->verify = 1; return 0;
	case OPT_ONLY_VERIFIED: o->only_verified = 1; return 0;
	case OPT_VERIFY_SHOW_EMAIL: o->verify_show_email = 1; return 0;
	case OPT_MAX_FILE_SIZE:
		if (kh_parse_size(arg, &o->max_file_size) < 0)
			return kh_errf(err, errlen,
				       "--max-file-size: expected a size such as 512K, "
				       "10M or 1G (at most 4G), got '%s'",
				       arg);
		o->cli_set |= KH_SET_MAX_FILE_SIZE;
		return 0;
	case OPT_VERIFY_JOBS:
		if (parse_int(arg, 1, 64, &o->verify_jobs) < 0)
			return kh_errf(
				err, errlen,
				"--verify-jobs: expected a number from 1 to 64, got '%s'",
				arg);
		return 0;
	case OPT_VERIFY_TIMEOUT:
		t = strtod(arg, &end);
		if (end == arg || *end || !(t > 0 && t <= 300))
			return kh_errf(err, errlen,
				       "--verify-timeout: expected seconds from 0.1 to "
				       "300, got '%s'",
				       arg);
		o->verify_timeout = t;
		return 0;
	case OPT_MIN_CONFIDENCE:
		if (!strcmp(arg, "low") || !strcmp(arg, "medium") ||
		    !strcmp(arg, "high")) {
			o->min_confidence = arg[0] == 'l'   ? KH_CONF_LOW
					    : arg[0] == 'm' ? KH_CONF_MEDIUM
							    : KH_CONF_HIGH;
			o->cli_set |= KH_SET_MIN_CONFIDENCE;
			return 0;
		}
		return kh_errf(err, errlen,
			       "--min-confidence: expected low, medium or high, got '%s'",
			       arg);
	case OPT_MIN_SEVERITY: {
		static const char *levels[] = { "low", "medium", "high", "critical" };
		int k;

		for (k = 0; k < 4; k++)
			if (!strcmp(arg, levels[k])) {
				o->min_severity = k;
				o->cli_set |= KH_SET_MIN_SEVERITY;
				return 0;
			}
		return kh_errf(err, errlen,
			       "--min-severity: expected low, medium, high or critical, "
			       "got '%s'",
			       arg);
	}
	case OPT_EXCLUDE_CONTEXT:
		o->cli_set |= KH_SET_EXCLUDE_CONTEXT;
		return parse_contexts(arg, &o->exclude_contexts, err, errlen);
	case OPT_SHARD: return parse_shard(arg, o, err, errlen);
	case OPT_FAIL_ON:
		if (!strcmp(arg, "any"))
			o->fail_on = KH_FAIL_ANY;
		else if (!strcmp(arg, "verified"))
			o->fail_on = KH_FAIL_VERIFIED;
		else
			return kh_errf(
				err, errlen,
				"--fail-on: expected 'any' or 'verified', got '%s'", arg);
		return 0;
	}
	if (ch == OPT_EXCLUDE && kh_glob_matches_all(arg))
		return kh_errf(err, errlen,
			       "--exclude '%s' matches every path: nothing would be "
			       "scanned",
			       arg);
	{
		struct kh_strlist *l = ch == OPT_EXCLUDE	   ? &o->excludes
				       : ch == OPT_RULES	   ? &o->rule_files
				       : ch == OPT_BRANCH	   ? &o->branches
				       : ch == OPT_ENABLE_RULE	   ? &o->enable_rules
				       : ch == OPT_DISABLE_RULE	   ? &o->disable_rules
				       : ch == OPT_VERIFY_ENDPOINT ? &o->verify_endpoints
				       : ch == OPT_REPOS_FROM	   ? &o->repos_from
				       : ch == OPT_DISCOVER	   ? &o->discover
								   : NULL;

		if (!l)
			return kh_errf(err, errlen, "unknown option");
		if (kh_strlist_push(l, arg) < 0)
			return kh_errf(err, errlen, "out of memory");
	}
	return 0;
}

static void set_defaults(struct kh_options *o)
{
	const char *nc = getenv("NO_COLOR");

	memset(o, 0, sizeof(*o));
	o->format = KH_FMT_AUTO;
	o->max_file_size = DEFAULT_MAX_FILE_SIZE;
	o->color = isatty(STDOUT_FILENO) && !(nc && nc[0]);
	o->verify_jobs = 8;
	o->verify_timeout = 10;
	o->fail_on = KH_FAIL_ANY;
}

/* getopt's tables, made from optdefs. */
static void make_getopt_tables(struct option *longopts, char *shortopts)
{
	size_t i, k = 0;

	shortopts[k++] = ':';
	for (i = 0; i < NOPTS; i++) {
		longopts[i].name = optdefs[i].name;
		longopts[i].has_arg = optdefs[i].arg ? required_argument : no_argument;
		longopts[i].flag = NULL;
		longopts[i].val = optdefs[i].id;
		if (optdefs[i].id < 256) {
			shortopts[k++] = (char)optdefs[i].id;
			if (optdefs[i].arg)
				shortopts[k++] = ':';
		}
	}
	memset(&longopts[NOPTS], 0, sizeof(longopts[NOPTS]));
	shortopts[k] = '\0';
}

static int unknown_option(const char *arg, char *err, size_t errlen)
{
	const char *near = arg[0] == '-' && arg[1] == '-' ? nearest_option(arg) : NULL;

	if (near)
		return kh_errf(err, errlen, "unknown option '%s' (did you mean '--%s'?)",
			       arg, near);
	return kh_errf(err, errlen, "unknown option '%s' (try 'keyhound help')", arg);
}

static int unknown_command(const char *arg, char *err, size_t errlen)
{
	size_t i, d, best = SIZE_MAX, n = strnlen(arg, 65);
	const char *pick = NULL;

	for (i = 0; i < NCMDS; i++) {
		d = edit_distance(arg, cmddefs[i].name);
		if (d < best) {
			best = d;
			pick = cmddefs[i].name;
		}
	}
	if (n <= 64 && best <= 2)
		return kh_errf(err, errlen, "unknown command '%s' (did you mean '%s'?)",
			       arg, pick);
	return kh_errf(err, errlen, "unknown command '%s' (try 'keyhound --help')", arg);
}

/* An option given to a command that does not use it would be ignored
 * without a word: `scan --since-commit X` scanning everything. */
static int check_fits(const struct kh_cli *c, const struct optdef *d, char *err,
		      size_t errlen)
{
	struct kh_strbuf list;
	size_t i;
	int ret;

	if (d->cmds & C_(c->cmd))
		return 0;
	kh_strbuf_init(&list, 256);
	for (i = 0; i < NCMDS; i++)
		if (d->cmds & C_(cmddefs[i].cmd))
			kh_strbuf_addf(&list, "%s%s", list.len ? ", " : "",
				       cmddefs[i].name);
	ret = kh_errf(err, errlen, "option '--%s' is not for '%s' (it is for: %s)",
		      d->name, cmddef_of(c->cmd)->name, list.failed ? "?" : list.s);
	kh_strbuf_release(&list);
	return ret;
}

int kh_cli_parse(struct kh_cli *c, int argc, char **argv, char *err, size_t errlen)
{
	struct option longopts[NOPTS + 1];
	char shortopts[2 * NOPTS + 2];
	const struct cmddef *cd;
	int ch, i;

	memset(c, 0, sizeof(*c));
	set_defaults(&c->opt);
	if (argc < 2) {
		c->cmd = KH_CMD_HELP;
		c->usage_error = 1;
		return kh_errf(err, errlen, "no command given (try 'keyhound scan .')");
	}
	if (argv[1][0] == '-') {
		/* only --help / --version may come without a command */
		if (!strcmp(argv[1], "--version") || !strcmp(argv[1], "-V")) {
			c->cmd = KH_CMD_VERSION;
			return 0;
		}
		if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
			c->cmd = c->help_cmd = KH_CMD_HELP;
			return 0;
		}
		return kh_errf(err, errlen,
			       "expected a command before '%s' (try 'keyhound scan .')",
			       argv[1]);
	}
	if (!(cd = cmddef_find(argv[1])))
		return unknown_command(argv[1], err, errlen);
	c->cmd = cd->cmd;
	if (c->cmd == KH_CMD_HELP) { /* keyhound help [COMMAND] */
		c->help_cmd = KH_CMD_HELP;
		if (argc > 3)
			return kh_errf(err, errlen, "help: expected one command name");
		if (argc == 3 && !(cd = cmddef_find(argv[2])))
			return kh_errf(err, errlen,
				       "help: unknown command '%s' (try 'keyhound help')",
				       argv[2]);
		c->help_cmd = cd->cmd;
		return 0;
	}
	make_getopt_tables(longopts, shortopts);
	optind = 2;
	opterr = 0;
	while ((ch = getopt_long(argc, argv, shortopts, longopts, NULL)) != -1) {
		const struct optdef *d = optdef_find(ch);

		if (ch == '?' || !d)
			return unknown_option(argv[optind - 1], err, errlen);
		if (ch == ':')
			return kh_errf(err, errlen, "option '%s' needs a value",
				       argv[optind - 1]);
		if (check_fits(c, d, err, errlen) < 0 ||
		    apply_option(c, ch, optarg, err, errlen) < 0)
			return -1;
	}
	for (i = optind; i < argc; i++)
		if (kh_strlist_push(&c->opt.paths, argv[i]) < 0)
			return kh_errf(err, errlen, "out of memory");
	if (c->opt.show_secrets && c->opt.redact)
		return kh_errf(err, errlen,
			       "--show-secrets and --redact contradict each other");
	if (c->opt.ignore_file && c->opt.ignore_from)
		return kh_errf(err, errlen,
			       "--ignore-file and --ignore-from contradict each other");
	if (c->opt.config_file && c->opt.no_config)
		return kh_errf(err, errlen,
			       "--config and --no-config contradict each other");
	if (c->opt.new_only && !c->opt.state_file)
		return kh_errf(err, errlen, "--new-only needs --state FILE");
	/* without --verify nothing is verified: these would drop every finding
	 * or pass every CI run, silently */
	if (!c->opt.verify && c->cmd != KH_CMD_VERIFY &&
	    (c->opt.only_verified || c->opt.fail_on == KH_FAIL_VERIFIED ||
	     c->opt.verify_endpoints.n))
		return kh_errf(err, errlen,
			       "--only-verified, --fail-on verified and "
			       "--verify-endpoint need --verify");
	if (c->opt.stdin_name) {
		size_t i;

		for (i = 0; i < c->opt.paths.n && strcmp(c->opt.paths.v[i], "-"); i++)
			;
		if (i == c->opt.paths.n)
			return kh_errf(err, errlen,
				       "--stdin-name names standard input, which is "
				       "not scanned: add - to the paths");
	}
	return 0;
}

void kh_cli_release(struct kh_cli *c)
{
	if (!c)
		return;
	free(c->opt.excludes.v);
	free(c->opt.rule_files.v);
	free(c->opt.enable_rules.v);
	free(c->opt.disable_rules.v);
	free(c->opt.paths.v);
	free(c->opt.branches.v);
	free(c->opt.verify_endpoints.v);
	free(c->opt.repos_from.v);
	free(c->opt.discover.v);
	memset(c, 0, sizeof(*c));
}
