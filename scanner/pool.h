/*
 * pool.h - worker threads fed through a bounded queue.
 *
 * A walker submits tasks (kh_pool_submit blocks while the queue is full, so
 * memory stays bounded however large the input); each worker runs them with
 * its own scratch space and collects findings locally. kh_pool_finish()
 * joins the workers and hands back every finding, sorted. With one worker
 * there is no thread: kh_pool_submit() runs the task before it returns.
 */
#ifndef KH_POOL_H
#define KH_POOL_H

#include <stddef.h>
#include <time.h>

#include "finding.h"

struct kh_engine;
struct kh_scratch;
struct kh_diag;
struct kh_spill;

struct kh_worker {
	const struct kh_engine *engine;
	struct kh_scratch *scratch;
	struct kh_diag *diag;
	struct kh_findings findings;
	void *shared; /* kh_pool_config.shared */
	void *local;  /* from thread_init, per thread */
	time_t now;
	unsigned char *buf; /* reusable read buffer (free()d by the pool) */
	size_t bufcap;
	size_t max_file_size; /* cap on one decompressed archive member */
	int failed;	      /* set by a task that ran out of memory */
};

struct kh_pool_config {
	int threads;
	size_t queue_cap;
	/* Runs one task; owns it (frees it). */
	void (*run)(struct kh_worker *w, void *task);
	/* Optional per-thread state; NULL return = the thread cannot work. */
	void *(*thread_init)(void *shared);
	void (*thread_release)(void *local);
	void *shared;
	size_t max_file_size; /* 0: 10 MiB */
	int interpret;	      /* a small input: regexes not JIT-compiled */
	/* NULL, or each worker's findings spill past its share of this
	 * budget (spill.h), between tasks */
	struct kh_spill *spill;
};

struct kh_pool;

/* Starts the workers. Returns NULL on failure (message in err). */
struct kh_pool *kh_pool_start(const struct kh_pool_config *cfg, const struct kh_engine *e,
			      struct kh_diag *d, time_t now, char *err, size_t errlen);
/* Queues a task, waiting while the queue is full (with one worker: runs it). */
void kh_pool_submit(struct kh_pool *p, void *task);
/* 1 when a worker waits for a task (the queue is empty): a submitter
 * holding work back to batch it may hand it over now. Never with one
 * worker. A hint, read without the lock. */
int kh_pool_starving(struct kh_pool *p);
/*
 * Waits for every task, stops the workers, moves all findings to out
 * (sorted) and frees the pool. Returns 0, or -1 when a worker ran out of
 * memory (findings may then be incomplete).
 */
int kh_pool_finish(struct kh_pool *p, struct kh_findings *out);

/* Online CPUs (at least 1). */
int kh_cpu_count(void);

#endif
