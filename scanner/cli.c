#include "cli.h"

#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "util.h"

#define DEFAULT_MAX_FILE_SIZE (10u << 20)

enum {
	OPT_REDACT = 256,
	OPT_SHOW_SECRETS,
	OPT_MAX_FILE_SIZE,
	OPT_EXCLUDE,
	OPT_RULES,
	OPT_NO_COLOR,
	OPT_VERSION,
	OPT_STDIN_NAME,
	OPT_BASELINE,
	OPT_IGNORE_FILE,
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
};

/* Sorted by name, as in curl's tool. */
static const struct option long_options[] = {
	{ "baseline", required_argument, NULL, OPT_BASELINE },
	{ "branch", required_argument, NULL, OPT_BRANCH },
	{ "check", no_argument, NULL, OPT_CHECK },
	{ "exclude", required_argument, NULL, OPT_EXCLUDE },
	{ "fail-on", required_argument, NULL, OPT_FAIL_ON },
	{ "format", required_argument, NULL, 'f' },
	{ "help", no_argument, NULL, 'h' },
	{ "ignore-file", required_argument, NULL, OPT_IGNORE_FILE },
	{ "max-file-size", required_argument, NULL, OPT_MAX_FILE_SIZE },
	{ "no-color", no_argument, NULL, OPT_NO_COLOR },
	{ "only-verified", no_argument, NULL, OPT_ONLY_VERIFIED },
	{ "output", required_argument, NULL, 'o' },
	{ "pre-push", no_argument, NULL, OPT_PRE_PUSH },
	{ "quiet", no_argument, NULL, 'q' },
	{ "range", required_argument, NULL, OPT_RANGE },
	{ "redact", no_argument, NULL, OPT_REDACT },
	{ "rules", required_argument, NULL, OPT_RULES },
	{ "show-secrets", no_argument, NULL, OPT_SHOW_SECRETS },
	{ "since-commit", required_argument, NULL, OPT_SINCE_COMMIT },
	{ "stdin-name", required_argument, NULL, OPT_STDIN_NAME },
	{ "threads", required_argument, NULL, 'j' },
	{ "unreachable", no_argument, NULL, OPT_UNREACHABLE },
	{ "verbose", no_argument, NULL, 'v' },
	{ "verify", no_argument, NULL, OPT_VERIFY },
	{ "verify-endpoint", required_argument, NULL, OPT_VERIFY_ENDPOINT },
	{ "verify-jobs", required_argument, NULL, OPT_VERIFY_JOBS },
	{ "verify-show-email", no_argument, NULL, OPT_VERIFY_SHOW_EMAIL },
	{ "verify-timeout", required_argument, NULL, OPT_VERIFY_TIMEOUT },
	{ "version", no_argument, NULL, OPT_VERSION },
	{ NULL, 0, NULL, 0 },
};

void kh_cli_usage(FILE *f)
{
	fputs("usage: keyhound <command> [options] [args]\n"
	      "\n"
	      "commands:\n"
	      "  scan [PATH...]        scan files and directories (default .); - reads "
	      "stdin\n"
	      "  git [REPO]            scan the whole git history (every ref, every blob "
	      "once)\n"
	      "  staged [REPO]         scan what the index adds (for pre-commit hooks)\n"
	      "  verify REPORT.json    re-verify the findings of an earlier JSON report\n"
	      "  rules [--check]       list the rules; --check runs their examples\n"
	      "  install-hook [REPO]   write a git pre-commit (or --pre-push) hook\n"
	      "\n"
	      "options:\n"
	      "  -f, --format FMT      json, jsonl, sarif, text or baseline (default: "
	      "text on a\n"
	      "                        terminal, json otherwise); baseline: "
	      "fingerprints only\n"
	      "  -o, --output FILE     write the report to FILE, mode 0600 (whole or not "
	      "at all);\n"
	      "                        a FIFO or device is written to, never replaced\n"
	      "      --redact          mask secrets in every report, -o files too\n"
	      "      --show-secrets    whole secrets in text, and in json/jsonl on "
	      "stdout "
	      "(which\n"
	      "                        is masked by default: CI logs are often public; "
	      "-o keeps them)\n"
	      "  -j, --threads N       worker threads (default: online CPUs)\n"
	      "      --max-file-size N skip larger files (default 10M; K, M, G "
	      "suffixes)\n"
	      "      --exclude GLOB    skip matching paths (repeatable)\n"
	      "      --rules FILE      add or override rules from a JSON rule file "
	      "(repeatable)\n"
	      "      --baseline FILE   ignore findings in this baseline (-f baseline) or "
	      "JSON report;\n"
	      "                        says how many of its entries matched nothing\n"
	      "      --ignore-file F   fingerprints and path globs not to report "
	      "(default:\n"
	      "                        .keyhoundignore in the repository, or here for "
	      "scan)\n"
	      "      --stdin-name NAME file name to report for stdin\n"
	      "      --no-color        plain text output\n"
	      "  -q, --quiet           no warnings or summary on stderr\n"
	      "  -v, --verbose         more detail on stderr (e.g. stale baseline "
	      "entries)\n"
	      "git:  --branch REF (repeatable), --since-commit REV, --range A..B,\n"
	      "      --unreachable, --pre-push (reads git's pre-push lines on stdin)\n"
	      "verification (opt-in, read-only calls only):\n"
	      "      --verify, --only-verified, --fail-on verified|any, --verify-jobs "
	      "N,\n"
	      "      --verify-timeout SECONDS, --verify-show-email,\n"
	      "      --verify-endpoint PROVIDER=URL (tests and HubSpot QA only)\n"
	      "\n"
	      "exit status: 0 no findings, 1 findings, 2 error (also: a named path "
	      "that cannot\n"
	      "             be read, or nothing could be scanned)\n",
	      f);
}

static int parse_size(const char *s, size_t *out)
{
	char *end;
	unsigned long long v;

	errno = 0;
	v = strtoull(s, &end, 10);
	if (errno || end == s || *s == '-')
		return -1;
	switch (*end) {
	case 'k':
	case 'K':
		v <<= 10;
		end++;
		break;
	case 'm':
	case 'M':
		v <<= 20;
		end++;
		break;
	case 'g':
	case 'G':
		v <<= 30;
		end++;
		break;
	}
	if (*end == 'B' || *end == 'b')
		end++;
	if (*end || !v || v > (1ull << 32))
		return -1;
	*out = (size_t)v;
	return 0;
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

static int parse_command(struct kh_cli *c, const char *s)
{
	static const struct {
		const char *name;
		enum kh_command cmd;
	} cmds[] = {
		{ "git", KH_CMD_GIT },
		{ "help", KH_CMD_HELP },
		{ "install-hook", KH_CMD_INSTALL_HOOK },
		{ "rules", KH_CMD_RULES },
		{ "scan", KH_CMD_SCAN },
		{ "staged", KH_CMD_STAGED },
		{ "verify", KH_CMD_VERIFY },
		{ "version", KH_CMD_VERSION },
	};
	size_t i;

	for (i = 0; i < sizeof(cmds) / sizeof(cmds[0]); i++) {
		if (!strcmp(s, cmds[i].name)) {
			c->cmd = cmds[i].cmd;
			return 0;
		}
	}
	return -1;
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
	case 'o': o->output = arg; return 0;
	case 'q': o->quiet = 1; return 0;
	case 'v': o->verbose = 1; return 0;
	case 'h': c->cmd = KH_CMD_HELP; return 0;
	case 'j':
		if (parse_int(arg, 1, 256, &o->threads) < 0)
			return kh_errf(
				err, errlen,
				"--threads: expected a number from 1 to 256, got '%s'",
				arg);
		return 0;
	case OPT_REDACT: o->redact = 1; return 0;
	case OPT_SHOW_SECRETS: o->show_secrets = 1; return 0;
	case OPT_NO_COLOR: o->color = 0; return 0;
	case OPT_VERSION: c->cmd = KH_CMD_VERSION; return 0;
	case OPT_STDIN_NAME: o->stdin_name = arg; return 0;
	case OPT_BASELINE: o->baseline = arg; return 0;
	case OPT_IGNORE_FILE: o->ignore_file = arg; return 0;
	case OPT_CHECK: c->rules_check = 1; return 0;
	case OPT_SINCE_COMMIT: o->since_commit = arg; return 0;
	case OPT_RANGE: o->range = arg; return 0;
	case OPT_UNREACHABLE: o->unreachable = 1; return 0;
	case OPT_PRE_PUSH: o->pre_push = 1; return 0;
	case OPT_VERIFY: o->verify = 1; return 0;
	case OPT_ONLY_VERIFIED: o->only_verified = 1; return 0;
	case OPT_VERIFY_SHOW_EMAIL: o->verify_show_email = 1; return 0;
	case OPT_MAX_FILE_SIZE:
		if (parse_size(arg, &o->max_file_size) < 0)
			return kh_errf(err, errlen,
				       "--max-file-size: expected a size such as 512K, "
				       "10M or 1G (at most 4G), got '%s'",
				       arg);
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
	{
		struct kh_strlist *l = ch == OPT_EXCLUDE	   ? &o->excludes
				       : ch == OPT_RULES	   ? &o->rule_files
				       : ch == OPT_BRANCH	   ? &o->branches
				       : ch == OPT_VERIFY_ENDPOINT ? &o->verify_endpoints
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

int kh_cli_parse(struct kh_cli *c, int argc, char **argv, char *err, size_t errlen)
{
	int ch, i;

	memset(c, 0, sizeof(*c));
	set_defaults(&c->opt);
	if (argc < 2) {
		c->cmd = KH_CMD_HELP;
		return kh_errf(err, errlen, "no command given (try 'keyhound scan .')");
	}
	if (argv[1][0] == '-') {
		/* only --help / --version may come without a command */
		if (!strcmp(argv[1], "--version")) {
			c->cmd = KH_CMD_VERSION;
			return 0;
		}
		if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
			c->cmd = KH_CMD_HELP;
			return 0;
		}
		return kh_errf(err, errlen,
			       "expected a command before '%s' (try 'keyhound scan .')",
			       argv[1]);
	}
	if (parse_command(c, argv[1]) < 0)
		return kh_errf(err, errlen,
			       "unknown command '%s' (try 'keyhound --help')", argv[1]);
	optind = 2;
	opterr = 0;
	while ((ch = getopt_long(argc, argv, ":f:o:qvhj:", long_options, NULL)) != -1) {
		if (ch == '?')
			return kh_errf(err, errlen, "unknown option '%s'",
				       argv[optind - 1]);
		if (ch == ':')
			return kh_errf(err, errlen, "option '%s' needs a value",
				       argv[optind - 1]);
		if (apply_option(c, ch, optarg, err, errlen) < 0)
			return -1;
	}
	for (i = optind; i < argc; i++)
		if (kh_strlist_push(&c->opt.paths, argv[i]) < 0)
			return kh_errf(err, errlen, "out of memory");
	if (c->opt.show_secrets && c->opt.redact)
		return kh_errf(err, errlen,
			       "--show-secrets and --redact contradict each other");
	/* without --verify nothing is verified: these would drop every finding
	 * or pass every CI run, silently */
	if (!c->opt.verify && c->cmd != KH_CMD_VERIFY &&
	    (c->opt.only_verified || c->opt.fail_on == KH_FAIL_VERIFIED ||
	     c->opt.verify_endpoints.n))
		return kh_errf(err, errlen,
			       "--only-verified, --fail-on verified and "
			       "--verify-endpoint need --verify");
	return 0;
}

void kh_cli_release(struct kh_cli *c)
{
	if (!c)
		return;
	free(c->opt.excludes.v);
	free(c->opt.rule_files.v);
	free(c->opt.paths.v);
	free(c->opt.branches.v);
	free(c->opt.verify_endpoints.v);
	memset(c, 0, sizeof(*c));
}
