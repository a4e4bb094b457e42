/*
 * state.h - `--state FILE`: what earlier audits already did, in SQLite.
 *
 * The file remembers, per ruleset version (a hash of the rules loaded and
 * of the options that change detection), which blobs were scanned and what
 * each held; per repository, the tips of the last whole-history audit and
 * every finding reported there, with when (and in which run) it was first
 * and last seen. A later audit with the same rules skips the blobs already
 * scanned and hides the history already walked, and rebuilds the findings
 * of both from the file; --new-only keeps only findings never seen before.
 *
 * The file holds secrets: it is created mode 0600. Several runs may share
 * it (WAL, a busy timeout, short transactions); a blob is marked scanned in
 * the same transaction as its findings, a few thousand blobs at a time,
 * so a killed run loses nothing it had committed.
 *
 * Threads: one connection behind a mutex; workers record blobs while the
 * walker looks others up.
 */
#ifndef KH_STATE_H
#define KH_STATE_H

#include <stddef.h>
#include <time.h>

#include "git_api.h"

#include "finding.h"

struct kh_ruleset;
struct kh_options;

struct kh_state;

/*
 * Opens or creates the state file `path` for rules rs and options opt (the
 * ruleset version is computed here) and starts a run. Returns the state, or
 * NULL with "PATH: ..." in err: not SQLite, SQLite without keyhound's
 * schema, a newer schema, or unreadable.
 */
struct kh_state *kh_state_open(const char *path, const struct kh_ruleset *rs,
			       const struct kh_options *opt, time_t now, char *err,
			       size_t errlen);
/* Closes the file. NULL-safe. */
void kh_state_free(struct kh_state *s);

/*
 * 1 when blob `id` was scanned with this ruleset: its findings are appended
 * to out, named path[0..plen) (+ an archive member's tail), with `order`.
 * 0 when not (or on a read error, which is remembered: kh_state_repo_done
 * reports it). -1 when out of memory.
 */
int kh_state_blob_lookup(struct kh_state *s, const git_oid *id, const char *path,
			 size_t plen, unsigned long long order, struct kh_findings *out);

/*
 * Records a blob a worker scanned, with its findings f[0..n) (found under
 * `path`). Blobs are written in batches, each blob in the same transaction
 * as its findings; kh_state_repo_done writes what is left. Errors are
 * remembered, and kh_state_repo_done reports the first.
 */
void kh_state_blob_add(struct kh_state *s, const git_oid *id, const char *path,
		       struct kh_finding *const *f, size_t n);

/* The tips of the last whole-history audit of `repo` with this ruleset
 * (caller frees *tips). Returns 0, or -1 with err set. */
int kh_state_tips(struct kh_state *s, const char *repo, git_oid **tips, size_t *n,
		  char *err, size_t errlen);

enum kh_state_walk {
	KH_WALK_PARTIAL,     /* --range, --branch...: findings only, no tips */
	KH_WALK_FULL,	     /* the whole history: replaces what was known */
	KH_WALK_INCREMENTAL, /* only what the last audit's tips do not reach */
};

/*
 * Records the findings of one repository's walk (out, taking positions
 * from 0) and, for a whole or incremental walk, its tips (none: the next
 * audit walks the whole history). An incremental walk then gets
 * the findings of the history it did not walk back from the file. With
 * new_only, out keeps only findings this file never saw. Returns 0, or -1
 * with err set.
 */
int kh_state_repo_done(struct kh_state *s, const char *repo, enum kh_state_walk walk,
		       const git_oid *tips, size_t ntips, int new_only,
		       struct kh_findings *out, char *err, size_t errlen);

/* The file's name, for notes. */
const char *kh_state_path(const struct kh_state *s);

#endif
