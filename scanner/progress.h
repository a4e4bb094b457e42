/*
 * progress.h - the progress line on stderr while a scan runs.
 *
 * Walkers and workers only bump counters (relaxed atomics: a few cycles,
 * no lock); a thread of its own redraws the line from them at most four
 * times a second, with '\r' and erase-to-end-of-line, cut to the
 * terminal's width. Any other stderr line goes through kh_progress_hold()
 * / kh_progress_resume() (kh_warn and kh_note do), which erase the line
 * first, so warnings are never garbled. The line holds counts, a rate and
 * an escaped repository name: never a file's content or a secret.
 *
 * The struct lives in struct kh_diag (diag.h), so every walker and worker
 * reaches it as &d->progress. Counters may be bumped whether or not the
 * line is shown.
 */
#ifndef KH_PROGRESS_H
#define KH_PROGRESS_H

#include <pthread.h>
#include <stdatomic.h>
#include <stddef.h>

#define KH_PROGRESS_NAME 256 /* bytes of the repository name kept */

struct kh_progress {
	/* counters, written by any thread (relaxed) */
	atomic_ullong repos_done, repos_total;
	atomic_ullong commits_done, commits_total;
	atomic_ullong queued, scanned; /* blobs or files of this repository */
	atomic_int walked;	       /* 1: `queued` is the whole of it */

	/* the line; `lock` orders it with other stderr lines */
	pthread_mutex_t lock;
	pthread_cond_t wake;
	pthread_t thread;
	int running, stop, drawn, forced;
	int shown;	  /* a line was drawn once */
	const char *unit; /* "files" or "blobs" */
	char repo[KH_PROGRESS_NAME];
	double t0;
	const atomic_ullong *bytes; /* kh_stats.bytes_scanned */
};

/* --progress, --no-progress, or neither (options.h: kh_options.progress) */
enum kh_progress_mode { KH_PROGRESS_AUTO, KH_PROGRESS_ON, KH_PROGRESS_OFF };

void kh_progress_init(struct kh_progress *p);
void kh_progress_release(struct kh_progress *p);

/*
 * 1 when a line should be shown: --progress; else stderr is a terminal
 * (not TERM=dumb), not a CI job (CI set to anything but "false" or "0")
 * and not -q. The verifier's own progress line asks the same.
 */
int kh_progress_wanted(enum kh_progress_mode mode, int quiet);

/*
 * Starts the drawing thread when wanted. `unit` names what is counted
 * ("files", "blobs"); `bytes` is the scanned-bytes counter for the rate.
 * The line first shows after a second (a short scan never sees one), at
 * once when forced (and, forced, once at the stop when the run ended before
 * the thread drew). Returns 0, or -1 when the thread cannot start (the
 * scan then runs without a line).
 */
int kh_progress_start(struct kh_progress *p, enum kh_progress_mode mode, int quiet,
		      const char *unit, const atomic_ullong *bytes);
/* Stops the thread and erases the line. NULL-safe; a no-op when not started. */
void kh_progress_stop(struct kh_progress *p);

/* Draws `text` as the line now, for a caller with a line of its own (the
 * verifier); `keep` ends it with a newline, and it stays. */
void kh_progress_show(struct kh_progress *p, const char *text, int keep);

/* Around any other write to stderr while the line may be up: the line is
 * erased, and drawn again at the next tick. */
void kh_progress_hold(struct kh_progress *p);
void kh_progress_resume(struct kh_progress *p);

/*
 * A multi-repository loop says which repository it starts: `done` of
 * `total` finished (total 0: unknown) and its `name` (copied; its last
 * KH_PROGRESS_NAME - 1 bytes when longer). The commit and blob counters
 * start again from zero for it; bytes and MB/s count the whole run.
 * Call it between repositories, not while workers still scan one.
 */
void kh_progress_repo(struct kh_progress *p, size_t done, size_t total, const char *name);

/* "1h02m", "3m05s" or "12s": an elapsed time or an ETA. */
void kh_duration_text(char *out, size_t outlen, double secs);

/* The git walker: commits handled so far of the total to walk. */
static inline void kh_progress_commits(struct kh_progress *p, size_t done, size_t total)
{
	atomic_store_explicit(&p->commits_done, done, memory_order_relaxed);
	atomic_store_explicit(&p->commits_total, total, memory_order_relaxed);
}

/* A walker queued one more blob or file. */
static inline void kh_progress_queued(struct kh_progress *p)
{
	atomic_fetch_add_explicit(&p->queued, 1, memory_order_relaxed);
}

/* The walker queued everything: `queued` is now the total. */
static inline void kh_progress_walked(struct kh_progress *p)
{
	atomic_store_explicit(&p->walked, 1, memory_order_relaxed);
}

/* A worker is done with one blob or file (scanned, skipped or unreadable). */
static inline void kh_progress_scanned(struct kh_progress *p)
{
	atomic_fetch_add_explicit(&p->scanned, 1, memory_order_relaxed);
}

#endif
