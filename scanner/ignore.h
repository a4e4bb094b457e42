/*
 * ignore.h - the repository's .keyhoundignore: what a team has decided not
 * to be told about again, kept next to the code so that hooks, CI and
 * audits all honour it without options. One entry a line:
 *
 *   # comment                      (also after an entry: "x  # why")
 *   6f0c1e...32 hex digits         a finding's fingerprint (rule + secret)
 *   rule:generic-password          a rule, everywhere
 *   rule:generic-password:docs/    a rule, under the paths a glob matches
 *   fixtures                       any other line: a path glob
 *
 * Globs follow .gitignore where it matters: a trailing '/' matches
 * directories only, a leading '/' anchors the glob at the directory that
 * holds the ignore file, "**" matches across directories; without a
 * leading '/' a glob matches the path or any tail of it that starts at a
 * directory, and everything under a directory it matches. '*' also
 * crosses '/', as in --exclude. Globs are indexed (a hash set of literal
 * globs, the others bucketed by three bytes they must contain), so tens
 * of thousands cost about what a few do.
 *
 * A line that is none of these (a rule id without "rule:", a fingerprint
 * in capitals or of the wrong length, a broken glob, a glob matching every
 * path) is a warning naming the file and line, never silently dropped;
 * warnings never repeat the line, which may hold a pasted secret.
 */
#ifndef KH_IGNORE_H
#define KH_IGNORE_H

#include <stdatomic.h>
#include <stddef.h>

#include "options.h"

struct kh_diag;
struct kh_finding;
struct kh_ruleset;
struct ig_set;

struct kh_ignore {
	struct ig_set **sets; /* one per ignore file read */
	size_t nsets;
	struct kh_strlist fps; /* fingerprints, sorted, pointing into the sets */
	/* what each source suppressed, for the summary line */
	atomic_ullong paths_skipped; /* paths skipped by globs */
	unsigned long long by_fingerprint, by_rule;
};

/* Which part of the ignore list drops a finding. */
enum kh_ignore_why { KH_IGNORE_KEEP, KH_IGNORE_FINGERPRINT, KH_IGNORE_RULE };

/*
 * Finds and loads the ignore files `opt` asks for into ig (zeroed first;
 * release with kh_ignore_release, also on failure):
 *   --ignore-file F        F (must exist);
 *   --ignore-from REV      .keyhoundignore in commit REV of the repository
 *                          (REPO for git/staged, else the current one);
 *   otherwise, in_repo     .keyhoundignore at the top of REPO's work tree,
 *                          or in HEAD's tree of a bare repository;
 *   otherwise (scan)       ./.keyhoundignore, and the one at the top of
 *                          each directory named on the command line.
 * Bad lines are warnings through d. Returns 0, or -1 with a one-line
 * message naming the file in err.
 */
int kh_ignore_setup(struct kh_ignore *ig, const struct kh_options *opt, int in_repo,
		    const struct kh_ruleset *rs, struct kh_diag *d, char *err,
		    size_t errlen);

/*
 * Calls fn(DIR, payload) for each directory named on the command line
 * (without trailing '/'), other than the current one and repeats: where
 * `scan DIR` looks for the repository's settings. Stops at the first
 * non-zero return of fn and returns it; -2 when out of memory.
 */
int kh_each_named_dir(const struct kh_options *opt,
		      int (*fn)(const char *dir, void *payload), void *payload);

/*
 * Adds one ignore file's text (taking ownership of `text`, which must hold
 * len bytes plus room for a NUL). `origin` names it in warnings; its globs
 * are relative to `base` ("" for the scan's top, else a path prefix as the
 * walkers report it). rs (may be NULL) tells rule ids from globs. Call
 * kh_ignore_finish after the last one. Returns 0, or -1 (out of memory).
 */
int kh_ignore_add(struct kh_ignore *ig, char *text, size_t len, const char *origin,
		  const char *base, const struct kh_ruleset *rs, struct kh_diag *d,
		  char *err, size_t errlen);
/* Builds the indexes. Returns 0, or -1 (out of memory). */
int kh_ignore_finish(struct kh_ignore *ig, char *err, size_t errlen);

/* 1 when a glob of ig matches path (counted in paths_skipped). NULL-safe.
 * Thread-safe once finished. */
int kh_ignore_path(struct kh_ignore *ig, const char *path);
/* 1 when --exclude, the ignore file's or the config's globs skip path: what every walker
 * asks before reading a file or entering a directory. */
int kh_excluded(const struct kh_options *opt, const char *path);
/* Whether the fingerprints or rule: lines drop f (not counted). */
enum kh_ignore_why kh_ignore_finding(const struct kh_ignore *ig,
				     const struct kh_finding *f);
void kh_ignore_release(struct kh_ignore *ig);
/*
 * One path glob of the .keyhoundignore language on its own (the path globs
 * of .keyhound.json). kh_pathglob_new returns NULL with *why saying what is
 * wrong with pat, or with *why NULL when out of memory. kh_pathglob_hits:
 * 1 when g matches path relative to `base` ("" for the scan's top, else a
 * path prefix as the walkers report it). Free with kh_pathglob_free
 * (NULL-safe).
 */
struct kh_pathglob;
struct kh_pathglob *kh_pathglob_new(const char *pat, const char **why);
int kh_pathglob_hits(const struct kh_pathglob *g, const char *base, const char *path);
void kh_pathglob_free(struct kh_pathglob *g);

/* 1 when a glob has only stars and slashes (a lone star, two stars and a
 * slash): it matches every path, and as an exclude or ignore line would
 * switch the scan off. */
int kh_glob_matches_all(const char *pat);

#endif
