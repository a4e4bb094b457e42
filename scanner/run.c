#include "run.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "audit.h"
#include "config.h"
#include "decode.h"
#include "diag.h"
#include "git_common.h"
#include "ignore.h"
#include "matcher.h"
#include "pool.h"
#include "prefilter.h"
#include "report.h"
#include "rules.h"
#include "spill.h"
#include "state.h"
#include "util.h"
#include "verify.h"
#include "walk_fs.h"
#include "walk_git.h"

#define ERRLEN 1024

static void error_line(const char *msg)
{
	fprintf(stderr, "keyhound: error: %s\n", msg);
}

static double now_seconds(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Built-in rules (with their examples for `rules --check`), the config's
 * over them, then the user's files over both; the user's compiled. The
 * config's rule ids are checked against them all. */
static int load_rules(const struct kh_options *opt, struct kh_config *cfg,
		      struct kh_ruleset *rs, int with_examples, char *err)
{
	size_t i;

	if (kh_rules_load_builtin(rs, with_examples, err, ERRLEN) < 0 ||
	    kh_config_load_rules(cfg, rs, err, ERRLEN) < 0)
		return -1;
	for (i = 0; i < opt->rule_files.n; i++)
		if (kh_rules_load_file(rs, opt->rule_files.v[i], err, ERRLEN) < 0)
			return -1;
	if (kh_config_select(cfg, rs, opt, err, ERRLEN) < 0 ||
	    kh_rules_select(rs, opt->enable_rules.v, opt->enable_rules.n,
			    opt->disable_rules.v, opt->disable_rules.n, opt->min_severity,
			    err, ERRLEN) < 0)
		return -1;
	return kh_rules_compile(rs, err, ERRLEN);
}

static int scan_paths(const struct kh_options *opt, const struct kh_engine *e,
		      struct kh_diag *d, time_t now, struct kh_spill *spill,
		      struct kh_findings *out, char *err)
{
	struct kh_fs_env env = { .opt = opt, .diag = d };
	struct kh_pool_config cfg = { 0 };
	struct kh_pool *pool;
	int ret;

	cfg.threads = opt->threads ? opt->threads : kh_cpu_count();
	cfg.queue_cap = (size_t)cfg.threads * 64;
	cfg.run = kh_fs_task_run;
	cfg.thread_init = kh_fs_thread_init;
	cfg.thread_release = kh_fs_thread_release;
	cfg.shared = &env;
	cfg.max_file_size = opt->max_file_size;
	cfg.spill = spill;
	pool = kh_pool_start(&cfg, e, d, now, err, ERRLEN);
	if (!pool)
		return -1;
	ret = kh_walk_paths(&env, pool);
	if (kh_pool_finish(pool, out) < 0 || ret < 0)
		return kh_errf(err, ERRLEN, "out of memory while scanning");
	return 0;
}

static int is_verified(const struct kh_finding *f)
{
	const cJSON *st =
		cJSON_GetObjectItemCaseSensitive(kh_more(f)->verification, "status");

	return cJSON_IsString(st) && !strcmp(st->valuestring, "verified");
}

/* A finding dropped by a setting the config gave counts as its doing. */
static void config_counts(const struct kh_options *opt, unsigned setting)
{
	if (opt->config && (opt->config->applied & setting))
		opt->config->suppressed++;
}

/*
 * Whether the user asked not to see f, before verifying (so accepted
 * secrets cost no request): the ignore file's fingerprints, those of the
 * --baseline report `base`, those of --exclude-context and the config's
 * allow entries. A predicate of one finding, counted once for each: it
 * can run on findings as they are collected.
 */
static int unwanted_before_verify(const struct kh_options *opt, struct kh_ignore *ig,
				  struct kh_baseline *base, const struct kh_finding *f,
				  unsigned long long *by_baseline)
{
	enum kh_ignore_why why = kh_ignore_finding(ig, f);

	ig->by_fingerprint += why == KH_IGNORE_FINGERPRINT;
	ig->by_rule += why == KH_IGNORE_RULE;
	if (why != KH_IGNORE_KEEP)
		return 1;
	if (kh_baseline_has(base, f->fingerprint)) {
		(*by_baseline)++;
		return 1;
	}
	if ((opt->exclude_contexts >> kh_finding_context(f)) & 1) {
		config_counts(opt, KH_SET_EXCLUDE_CONTEXT);
		return 1;
	}
	return kh_config_allows(opt->config, f);
}

/* After verifying: the unverified under --only-verified, and those under
 * --min-confidence (a verified finding is high wherever it is). */
static int unwanted_after_verify(const struct kh_options *opt, const struct kh_finding *f)
{
	if (opt->only_verified && !is_verified(f))
		return 1;
	if ((int)kh_finding_confidence(f) < opt->min_confidence) {
		config_counts(opt, KH_SET_MIN_CONFIDENCE);
		return 1;
	}
	return 0;
}

/* Drops the findings the user asked not to see, before or after verifying. */
static void filter_findings(const struct kh_options *opt, struct kh_ignore *ig,
			    struct kh_baseline *base, struct kh_findings *l,
			    int before_verify, unsigned long long *by_baseline)
{
	size_t i, keep = 0;

	for (i = 0; i < l->n; i++) {
		struct kh_finding *f = l->v[i];

		if (before_verify ? unwanted_before_verify(opt, ig, base, f, by_baseline)
				  : unwanted_after_verify(opt, f))
			kh_finding_free(f);
		else
			l->v[keep++] = f;
	}
	l->n = keep;
}

/* Secrets and places by severity, rule and repository, and what to do
 * next, into *said: made before the report, so that its sort's error (a
 * full disk) is the run's with no report written. -1 with err set then;
 * out of memory it says nothing, as it never did. */
static int secrets_summary(struct kh_strbuf *said, const struct kh_findings *l,
			   const struct kh_options *opt, char *err)
{
	kh_strbuf_init(said, 1u << 20);
	if (opt->quiet)
		return 0;
	err[0] = '\0';
	if (kh_report_summary(said, l, opt, err, ERRLEN) < 0) {
		kh_strbuf_release(said);
		return err[0] ? -1 : 0;
	}
	return 0;
}

static void summary(const struct kh_options *opt, struct kh_diag *d,
		    const struct kh_findings *l, const struct kh_strbuf *said,
		    double secs)
{
	struct kh_stats *s = &d->stats;
	size_t nfindings = kh_findings_count(l);
	unsigned long long skipped_bin = s->skipped_binary, large = s->skipped_large,
			   links = s->skipped_symlinks, special = s->skipped_special,
			   errs = s->read_errors;

	if (opt->quiet)
		return;
	fprintf(stderr, "keyhound: %zu finding%s in %llu sources (%.1f MB) in %.2f s",
		nfindings, nfindings == 1 ? "" : "s",
		(unsigned long long)s->sources_scanned, (double)s->bytes_scanned / 1e6,
		secs);
	if (skipped_bin || large || links || special || errs)
		fprintf(stderr,
			"; skipped %llu binary, %llu too large, %llu symlinks, %llu "
			"special, %llu unreadable",
			skipped_bin, large, links, special, errs);
	fputc('\n', stderr);
	if (said->s)
		fputs(said->s, stderr);
}

/* `merge` read reports, not sources: how many, and the copies left out. */
static void merge_summary(const struct kh_options *opt, const struct kh_findings *l,
			  const struct kh_strbuf *said, size_t merged, double secs)
{
	size_t n = kh_findings_count(l);

	if (opt->quiet)
		return;
	fprintf(stderr,
		"keyhound: %zu finding%s from %zu report%s (%zu duplicate%s left out) in "
		"%.2f s\n",
		n, n == 1 ? "" : "s", opt->paths.n, opt->paths.n == 1 ? "" : "s", merged,
		merged == 1 ? "" : "s", secs);
	if (said->s)
		fputs(said->s, stderr);
}

/* What each ignore source suppressed, so that an ignore file added in the
 * very change under scan cannot switch the gate off without a word. */
static void suppressed_line(const struct kh_options *opt, const struct kh_diag *d,
			    const struct kh_ignore *ig, unsigned long long by_baseline)
{
	unsigned long long inl = d->stats.suppressed_inline, paths = ig->paths_skipped;

	const struct kh_config *cfg = opt->config;
	unsigned long long by_cfg = cfg ? cfg->suppressed : 0,
			   cfg_paths = cfg ? atomic_load(&cfg->paths_skipped) : 0;

	if (opt->quiet || !(inl || ig->by_fingerprint || ig->by_rule || by_baseline ||
			    paths || by_cfg || cfg_paths))
		return;
	fprintf(stderr,
		"keyhound: suppressed %llu by keyhound:allow, %llu by ignore-file "
		"fingerprints, %llu by rule: lines, %llu by --baseline",
		inl, ig->by_fingerprint, ig->by_rule, by_baseline);
	if (cfg)
		fprintf(stderr, ", %llu by %s", by_cfg, cfg->origin);
	fprintf(stderr, "; %llu paths skipped by ignore-file globs", paths);
	if (cfg)
		fprintf(stderr, ", %llu by %s excludes", cfg_paths, cfg->origin);
	fputc('\n', stderr);
}

static enum kh_exit exit_for(const struct kh_options *opt, const struct kh_findings *l)
{
	struct kh_finding_iter it;
	const struct kh_finding *f;

	if (opt->fail_on == KH_FAIL_ANY)
		return kh_findings_count(l) ? KH_EXIT_FINDINGS : KH_EXIT_CLEAN;
	for (kh_findings_iter(&it, l); (f = kh_iter_next(&it));)
		if (is_verified(f))
			return KH_EXIT_FINDINGS;
	return KH_EXIT_CLEAN;
}

/* `rules -f json`: the rules as data, e.g. to feed another tool. */
static enum kh_exit list_rules_json(const struct kh_ruleset *rs)
{
	cJSON *arr = cJSON_CreateArray();
	char *s;
	size_t i, k;

	for (i = 0; i < rs->n; i++) {
		const struct kh_rule *r = &rs->v[i];
		cJSON *o = cJSON_CreateObject(), *kw = cJSON_CreateArray();

		cJSON_AddStringToObject(o, "id", r->id);
		cJSON_AddStringToObject(o, "provider", r->provider);
		cJSON_AddStringToObject(o, "severity", kh_severity_name(r->severity));
		cJSON_AddStringToObject(o, "description", r->description);
		cJSON_AddStringToObject(o, "regex", r->regex);
		for (k = 0; k < r->nkeywords; k++)
			cJSON_AddItemToArray(kw, cJSON_CreateString(r->keywords[k]));
		cJSON_AddItemToObject(o, "keywords", kw);
		if (r->npaths) {
			cJSON *paths = cJSON_CreateArray();

			for (k = 0; k < r->npaths; k++)
				cJSON_AddItemToArray(paths,
						     cJSON_CreateString(r->paths[k]));
			cJSON_AddItemToObject(o, "paths", paths);
		}
		if (r->keywords_match_case)
			cJSON_AddTrueToObject(o, "keywords_match_case");
		if (r->decoded_only)
			cJSON_AddTrueToObject(o, "decoded_only");
		if (r->validator_name)
			cJSON_AddStringToObject(o, "validator", r->validator_name);
		if (r->verifier)
			cJSON_AddStringToObject(o, "verifier", r->verifier);
		cJSON_AddItemToArray(arr, o);
	}
	s = cJSON_Print(arr);
	cJSON_Delete(arr);
	if (!s)
		return KH_EXIT_ERROR;
	puts(s);
	free(s);
	return fflush(stdout) || ferror(stdout) ? KH_EXIT_ERROR : KH_EXIT_CLEAN;
}

static enum kh_exit list_rules(const struct kh_ruleset *rs, const struct kh_options *opt)
{
	size_t i;

	if (opt->format == KH_FMT_JSON)
		return list_rules_json(rs);
	for (i = 0; i < rs->n; i++)
		printf("%-44s %-8s %s\n", rs->v[i].id,
		       kh_severity_name(rs->v[i].severity), rs->v[i].description);
	return fflush(stdout) || ferror(stdout) ? KH_EXIT_ERROR : KH_EXIT_CLEAN;
}

/* Scans one rule example as a file of its own; counts findings of `rule`
 * and whether one of them has the expected secret. */
static int run_example(const struct kh_engine *e, struct kh_scratch *s, struct kh_diag *d,
		       const struct kh_rule *rule, const struct kh_example *ex,
		       int *secret_seen)
{
	struct kh_findings out = { 0 };
	struct kh_source src = { 0 };
	size_t i;
	int n = 0;

	src.path = ex->path ? ex->path : "example.txt";
	src.data = (const unsigned char *)ex->text;
	src.len = strlen(ex->text);
	*secret_seen = !ex->secret;
	if (kh_scan_decoding(e, s, &src, time(NULL), d, &out) < 0)
		return -1;
	for (i = 0; i < out.n; i++) {
		if (out.v[i]->rule != rule)
			continue;
		n++;
		if (ex->secret && !strcmp(ex->secret, out.v[i]->secret))
			*secret_seen = 1;
	}
	kh_findings_release(&out);
	return n;
}

/* Why a rule's shape is wrong for `rules --check`, or NULL. A rule
 * without keywords or paths would run over every file (issue 12); a path
 * rule must show that its path decides: one of its negative examples
 * holds the text of a positive one under a name its globs do not select. */
static const char *rule_shape_problem(const struct kh_rule *r)
{
	size_t i, j;

	if (!r->nkeywords && !r->npaths)
		return "no keywords and no paths: it would run over every file";
	if (!r->npaths)
		return NULL;
	for (i = 0; i < r->nnegatives; i++)
		for (j = 0; j < r->nexamples; j++)
			if (!strcmp(r->negatives[i].text, r->examples[j].text))
				return NULL;
	return "a path rule needs a negative example with an example's text under "
	       "another name";
}

/* `rules --check`: every rule against its own examples. */
static enum kh_exit check_rules(struct kh_ruleset *rs, const struct kh_engine *e,
				struct kh_diag *d)
{
	struct kh_scratch *s = kh_scratch_new(e);
	size_t i, j, passed = 0, failed = 0;
	int seen, n;

	if (!s)
		return KH_EXIT_ERROR;
	for (i = 0; i < rs->n; i++) {
		struct kh_rule *r = &rs->v[i];
		char err[512];

		if (kh_rule_compile(r, err, sizeof(err)) < 0) {
			failed++;
			printf("FAIL %s\n", err);
			continue;
		}
		if (!r->nexamples || !r->nnegatives) {
			failed++;
			printf("FAIL %s: %s: needs examples and negative_examples\n",
			       r->source_file, r->id);
		}
		if (rule_shape_problem(r)) {
			failed++;
			printf("FAIL %s: %s: %s\n", r->source_file, r->id,
			       rule_shape_problem(r));
		}
		for (j = 0; j < r->nexamples; j++) {
			n = run_example(e, s, d, r, &r->examples[j], &seen);
			if (n > 0 && seen) {
				passed++;
				continue;
			}
			failed++;
			printf("FAIL %s: %s: example %zu %s\n", r->source_file, r->id,
			       j + 1,
			       n > 0 ? "gave another secret than expected"
				     : "gave no finding");
		}
		for (j = 0; j < r->nnegatives; j++) {
			n = run_example(e, s, d, r, &r->negatives[j], &seen);
			if (n == 0) {
				passed++;
				continue;
			}
			failed++;
			printf("FAIL %s: %s: negative example %zu gave a finding\n",
			       r->source_file, r->id, j + 1);
		}
	}
	kh_scratch_free(s);
	printf("rules: %zu rules; %zu passed, %zu failed\n", rs->n, passed, failed);
	return failed ? KH_EXIT_ERROR : KH_EXIT_CLEAN;
}

/* `keyhound verify` checks every secret again: earlier results go. */
static void drop_verification(struct kh_findings *l)
{
	size_t i;

	for (i = 0; i < l->n; i++) {
		if (l->v[i]->more) {
			cJSON_Delete(l->v[i]->more->verification);
			l->v[i]->more->verification = NULL;
		}
	}
}

/* The findings of the command's sources; *bad_repos: repositories `git`
 * could not scan; *merged: copies `merge` left out. */
static int collect(const struct kh_cli *c, const struct kh_engine *e, struct kh_diag *d,
		   struct kh_spill *spill, struct kh_findings *out, size_t *bad_repos,
		   size_t *unread_staged, size_t *merged, char *err)
{
	time_t now = time(NULL);

	switch (c->cmd) {
	case KH_CMD_GIT:
		return kh_audit_git(&c->opt, e, d, now, out, bad_repos, err, ERRLEN);
	case KH_CMD_STAGED:
		return kh_scan_staged(&c->opt, e, d, now, out, unread_staged, err,
				      ERRLEN);
	case KH_CMD_VERIFY:
		if (c->opt.paths.n != 1)
			return kh_errf(err, ERRLEN,
				       "verify: expected one JSON report file");
		if (kh_report_load(c->opt.paths.v[0], kh_engine_rules(e), out, err,
				   ERRLEN) < 0)
			return -1;
		drop_verification(out);
		return 0;
	case KH_CMD_MERGE:
		return kh_report_merge(&c->opt.paths, kh_engine_rules(e), out, merged,
				       err, ERRLEN);
	default: return scan_paths(&c->opt, e, d, now, spill, out, err);
	}
}

/*
 * A path named on the command line that does not exist or cannot be read
 * is an error, not a warning: a typo must not pass a CI gate. Each is
 * named on stderr and left out of the walk (the rest is still scanned and
 * reported). kept->v is a new array for the caller to free. Returns how
 * many were dropped, or -1 when out of memory.
 */
static long drop_unreadable_paths(const struct kh_strlist *paths, struct kh_strlist *kept,
				  int stdin_closed)
{
	size_t i;
	long bad = 0;

	kept->n = 0;
	if (!(kept->v = calloc(paths->n + 1, sizeof(*kept->v))))
		return -1;
	for (i = 0; i < paths->n; i++) {
		const char *p = paths->v[i];
		struct stat st;
		int fd = -1;

		if (!strcmp(p, "-") && stdin_closed) {
			error_line("standard input is closed: nothing to scan");
			bad++;
			continue;
		}
		if (strcmp(p, "-") &&
		    ((fd = kh_open_path(p, O_RDONLY | O_CLOEXEC | O_NONBLOCK |
						   O_NOCTTY)) < 0 ||
		     fstat(fd, &st) < 0)) {
			struct kh_strbuf b;
			int saved = errno;

			if (fd >= 0)
				close(fd);
			errno = saved;

			kh_strbuf_init(&b, 1u << 16);
			kh_text_escape(&b, p);
			kh_strbuf_addf(&b, ": %s", strerror(errno));
			error_line(b.failed ? "a named path cannot be read" : b.s);
			kh_strbuf_release(&b);
			bad++;
			continue;
		}
		if (fd >= 0)
			close(fd);
		kept->v[kept->n++] = p;
	}
	return bad;
}

/*
 * A closed descriptor 0, 1 or 2 would be handed to the next file opened
 * (the report's temporary file could become "stdin", or catch warnings):
 * each closed one gets /dev/null, as git does. Returns which were closed:
 * bit 0 stdin, bit 1 stdout, bit 2 stderr.
 */
static int sanitize_stdfds(void)
{
	int fd, closed = 0;

	for (fd = 0; fd <= 2; fd++) {
		if (fcntl(fd, F_GETFD) >= 0 || errno != EBADF)
			continue;
		closed |= 1 << fd;
		if (open("/dev/null", O_RDWR) < 0)
			break;
	}
	return closed;
}

static void list_stale(const char *fp, const char *rule_id, const char *file,
		       void *payload)
{
	struct kh_strbuf b;

	(void)payload;
	kh_strbuf_init(&b, 1u << 16);
	kh_strbuf_addf(&b, "%s %s ", fp, rule_id ? rule_id : "?");
	kh_text_escape(&b, file ? file : "(commit message)");
	if (!b.failed)
		fprintf(stderr, "keyhound: stale baseline entry: %s\n", b.s);
	kh_strbuf_release(&b);
}

/* --baseline entries that matched nothing, so a team can prune them. */
static void report_stale(const struct kh_options *opt, const struct kh_baseline *base)
{
	size_t n = kh_baseline_stale(base, NULL, NULL);

	if (!n || opt->quiet)
		return;
	fprintf(stderr,
		"keyhound: note: %zu baseline entr%s matched nothing in this run%s\n", n,
		n == 1 ? "y" : "ies", opt->verbose ? "" : " (-v lists them)");
	if (opt->verbose)
		kh_baseline_stale(base, list_stale, NULL);
}

/*
 * `keyhound scan . -o report.json` run twice must not report the secrets
 * of its own earlier report: findings in the file the report replaces
 * are dropped, with a note.
 */
static int in_own_report(const struct kh_report_sink *sink, const struct kh_finding *f)
{
	return f->file && !f->commit && kh_report_is_target(sink, f->file);
}

/* dropped: those left out already, as they were spilled */
static void drop_own_report(const struct kh_options *opt,
			    const struct kh_report_sink *sink, struct kh_findings *l,
			    size_t dropped)
{
	size_t i, keep = 0;

	for (i = 0; i < l->n; i++) {
		struct kh_finding *f = l->v[i];

		if (in_own_report(sink, f)) {
			kh_finding_free(f);
			dropped++;
		} else {
			l->v[keep++] = f;
		}
	}
	l->n = keep;
	if (dropped && !opt->quiet)
		fprintf(stderr,
			"keyhound: note: %zu finding%s in %s, the report this run "
			"replaces, "
			"left out\n",
			dropped, dropped == 1 ? "" : "s", sink->path);
}

/* What run.c drops of the findings, asked of each finding as it is
 * spilled (spill.h), in the order kh_run asks it of those in memory. */
struct spill_filter {
	const struct kh_options *opt;
	struct kh_ignore *ig;
	struct kh_baseline *base;
	const struct kh_report_sink *sink; /* scan: its own report's findings */
	unsigned long long *by_baseline;
	size_t own_report;
};

static int spill_drop(void *ctx, const struct kh_finding *f)
{
	struct spill_filter *sf = ctx;

	if (sf->sink && in_own_report(sf->sink, f)) {
		sf->own_report++;
		return 1;
	}
	return unwanted_before_verify(sf->opt, sf->ig, sf->base, f, sf->by_baseline) ||
	       unwanted_after_verify(sf->opt, f);
}

/*
 * A spill for `scan` and `git` (spill.h), whose findings are filtered one
 * at a time before the report: not with --verify (it groups every finding
 * by secret), nor --state (it upserts a repository's findings and adds its
 * earlier ones). `git`
 * finds it on the run's list (audit.c), `scan` through its pool. *spill
 * stays NULL when none is wanted; -1 with err set.
 */
static int spill_setup(const struct kh_cli *c, const struct kh_options *opt,
		       struct spill_filter *sf, struct kh_spill **spill,
		       struct kh_findings *found, char *err)
{
	size_t budget;

	*spill = NULL;
	if (kh_spill_budget(&budget, err, ERRLEN) < 0)
		return -1;
	if ((c->cmd != KH_CMD_SCAN && c->cmd != KH_CMD_GIT) || !budget || opt->verify ||
	    opt->state)
		return 0;
	if (!(*spill = kh_spill_new(budget, spill_drop, sf)) ||
	    (c->cmd == KH_CMD_GIT && kh_spill_attach(found, *spill, budget) < 0))
		return kh_errf(err, ERRLEN, "out of memory");
	return 0;
}

/* Nothing could be read at all (every read failed): not a clean run. */
static int nothing_scanned(const struct kh_cli *c, struct kh_diag *d)
{
	struct kh_stats *s = &d->stats;

	return c->cmd != KH_CMD_VERIFY && c->cmd != KH_CMD_MERGE && s->read_errors &&
	       !s->sources_scanned && !s->skipped_binary && !s->skipped_large;
}

enum kh_exit kh_run(const struct kh_cli *c)
{
	struct kh_ruleset rs = { 0 };
	struct kh_engine *e = NULL;
	struct kh_findings found = { 0 };
	struct kh_strbuf said = { 0 }; /* the summary, made before the report */
	struct kh_diag d;
	struct kh_cli scan = *c;
	struct kh_ignore ignore = { 0 };
	struct kh_report_sink sink = { .fd = -1 };
	struct kh_strlist named = { 0 };
	struct kh_baseline *base = NULL;
	struct kh_spill *spill = NULL;
	unsigned long long by_baseline = 0;
	struct spill_filter sf = { 0 };
	size_t merged = 0;
	const char *dot = ".";
	char err[ERRLEN] = "";
	enum kh_exit code = KH_EXIT_ERROR;
	double t0 = now_seconds();
	long bad_paths = 0;
	size_t bad_repos = 0, unread_staged = 0;
	int closed_fds = sanitize_stdfds(), stdin_closed = closed_fds & 1;
	int in_repo = c->cmd == KH_CMD_GIT || c->cmd == KH_CMD_STAGED;
	int sources = in_repo || c->cmd == KH_CMD_SCAN;
	int uses_git = in_repo || c->cmd == KH_CMD_INSTALL_HOOK || c->opt.ignore_from;
	struct kh_config *cfg = NULL;

	kh_diag_init(&d, c->opt.quiet);
	/* libgit2 once for the run: starting it parses every system CA
	 * certificate (a pre-commit hook's whole budget), and the config, the
	 * ignore file and the walk would each start it again */
	if (uses_git)
		kh_git_begin();
	if (c->cmd == KH_CMD_INSTALL_HOOK) {
		if (kh_install_hook(&c->opt, err, ERRLEN) == 0)
			code = KH_EXIT_CLEAN;
		goto out;
	}
	if (c->cmd == KH_CMD_SCAN && !scan.opt.paths.n) {
		scan.opt.paths.v = &dot;
		scan.opt.paths.n = 1;
	}
	/* named paths first: an unreadable one is named, and so is not
	 * searched for a .keyhoundignore or .keyhound.json */
	if (c->cmd == KH_CMD_SCAN) {
		bad_paths = drop_unreadable_paths(&scan.opt.paths, &named, stdin_closed);
		if (bad_paths < 0) {
			kh_errf(err, ERRLEN, "out of memory");
			goto out;
		}
		scan.opt.paths = named;
	}
	/* the config decides which rules run: read before them */
	if (sources && kh_config_setup(&cfg, &scan.opt, in_repo, err, ERRLEN) < 0)
		goto out;
	kh_config_apply(cfg, &scan.opt);
	if (load_rules(&scan.opt, cfg, &rs, c->cmd == KH_CMD_RULES && c->rules_check,
		       err) < 0)
		goto out;
	kh_config_note(cfg, c->opt.quiet);
	if (!(e = kh_engine_new(&rs, err, ERRLEN)))
		goto out;
	if (c->cmd == KH_CMD_RULES) {
		code = c->rules_check ? check_rules(&rs, e, &d)
				      : list_rules(&rs, &c->opt);
		goto out;
	}
	/* git: each repository's own ignore file (audit.c), unless one is
	 * named for all */
	if (sources && (c->cmd != KH_CMD_GIT || c->opt.ignore_file) &&
	    kh_ignore_setup(&ignore, &scan.opt, in_repo, &rs, &d, err, ERRLEN) < 0)
		goto out;
	scan.opt.ignore = &ignore;
	/* a bad baseline or --output is an error before the scan, not after */
	if (scan.opt.baseline &&
	    !(base = kh_baseline_load(scan.opt.baseline, err, ERRLEN)))
		goto out;
	if (kh_baseline_secrets(base) && !scan.opt.quiet)
		fprintf(stderr,
			"keyhound: note: the --baseline report holds %zu secret%s; write "
			"a "
			"baseline without them with -f baseline\n",
			kh_baseline_secrets(base),
			kh_baseline_secrets(base) == 1 ? "" : "s");
	/* the report would go to /dev/null: findings lost without a word */
	if (!scan.opt.output && (closed_fds & 2)) {
		kh_errf(err, ERRLEN,
			"standard output is closed: the report has nowhere "
			"to go (use -o FILE)");
		goto out;
	}
	if (kh_report_open(&sink, &scan.opt, err, ERRLEN) < 0)
		goto out;
	if (c->opt.state_file &&
	    !(scan.opt.state = kh_state_open(c->opt.state_file, &rs, &scan.opt,
					     time(NULL), err, ERRLEN)))
		goto out;
	if (c->cmd != KH_CMD_VERIFY && c->cmd != KH_CMD_MERGE &&
	    kh_progress_start(&d.progress, (enum kh_progress_mode)c->opt.progress,
			      c->opt.quiet, c->cmd == KH_CMD_SCAN ? "files" : "blobs",
			      &d.stats.bytes_scanned) < 0)
		kh_note(&d, "cannot start the progress line; scanning without it");
	sf = (struct spill_filter){ &scan.opt,	  &ignore,
				    base,	  c->cmd == KH_CMD_SCAN ? &sink : NULL,
				    &by_baseline, 0 };
	if (spill_setup(c, &scan.opt, &sf, &spill, &found, err) < 0)
		goto out;
	if (collect(&scan, e, &d, spill, &found, &bad_repos, &unread_staged, &merged,
		    err) < 0 ||
	    kh_spill_error(spill)) {
		/* a spill's error is what stopped the scan, not memory */
		if (kh_spill_error(spill))
			kh_errf(err, ERRLEN, "%s", kh_spill_error(spill));
		goto out;
	}
	kh_progress_stop(&d.progress);
	if (c->opt.verbose && c->cmd != KH_CMD_VERIFY && c->cmd != KH_CMD_MERGE)
		kh_note(&d, "keyword scan: %s",
			kh_prefilter_engine(kh_engine_prefilter(e)));
	if (c->cmd == KH_CMD_SCAN)
		drop_own_report(&scan.opt, &sink, &found, sf.own_report);
	filter_findings(&scan.opt, &ignore, base, &found, 1, &by_baseline);
	if ((scan.opt.verify || c->cmd == KH_CMD_VERIFY) &&
	    kh_verify_findings(&found, &rs, &scan.opt, &d, err, ERRLEN) < 0)
		goto out;
	filter_findings(&scan.opt, &ignore, base, &found, 0, &by_baseline);
	/* a damaged spill is an error before a byte of the report is out */
	if (kh_findings_spill_check(&found) < 0) {
		kh_errf(err, ERRLEN, "%s", kh_spill_error(spill));
		goto out;
	}
	if (secrets_summary(&said, &found, &scan.opt, err) < 0 ||
	    kh_report_write(&found, &scan.opt, &rs, &sink, err, ERRLEN) < 0)
		goto out;
	if (c->cmd == KH_CMD_MERGE)
		merge_summary(&scan.opt, &found, &said, merged, now_seconds() - t0);
	else
		summary(&scan.opt, &d, &found, &said, now_seconds() - t0);
	suppressed_line(&scan.opt, &d, &ignore, by_baseline);
	report_stale(&scan.opt, base);
	code = exit_for(&scan.opt, &found);
	if (kh_spill_error(spill)) { /* read once whole, then not again */
		kh_errf(err, ERRLEN, "%s", kh_spill_error(spill));
		code = KH_EXIT_ERROR;
	} else if (bad_paths) {
		kh_errf(err, ERRLEN, "%ld named path%s could not be read", bad_paths,
			bad_paths == 1 ? "" : "s");
		code = KH_EXIT_ERROR;
	} else if (bad_repos) {
		kh_errf(err, ERRLEN, "%zu repositor%s could not be scanned", bad_repos,
			bad_repos == 1 ? "y" : "ies");
		code = KH_EXIT_ERROR;
	} else if (nothing_scanned(c, &d)) {
		kh_errf(err, ERRLEN, "nothing could be scanned (every read failed)");
		code = KH_EXIT_ERROR;
	} else if (unread_staged) {
		/* the hook vouches for every staged blob: one never checked
		 * must not let the commit pass */
		kh_errf(err, ERRLEN,
			"%zu staged blob%s could not be read, so not scanned: the "
			"commit is not vouched for",
			unread_staged, unread_staged == 1 ? "" : "s");
		code = KH_EXIT_ERROR;
	}
	/* a SIGINT or SIGTERM cut verification short: the report is whole,
	 * the exit status says how the run ended (130, 143) */
	if (kh_interrupt_pending())
		code = (enum kh_exit)(128 + kh_interrupt_pending());
out:
	kh_progress_stop(&d.progress); /* before any line of ours on stderr */
	if (err[0])
		error_line(err);
	kh_report_close(&sink);
	kh_state_free(scan.opt.state);
	kh_findings_release(&found);
	kh_strbuf_release(&said);
	kh_spill_free(spill);
	kh_ignore_release(&ignore);
	kh_config_free(cfg);
	free(named.v);
	kh_baseline_free(base);
	kh_engine_free(e);
	kh_ruleset_release(&rs);
	kh_diag_release(&d);
	if (uses_git)
		kh_git_end();
	return code;
}
