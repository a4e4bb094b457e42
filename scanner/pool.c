#include "pool.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "matcher.h"
#include "spill.h"
#include "util.h"

struct slot {
	struct kh_worker w;
	struct kh_pool *pool;
	pthread_t thread;
	int started;
};

struct kh_pool {
	struct kh_pool_config cfg;
	pthread_mutex_t lock;
	pthread_cond_t not_empty, not_full;
	void **queue;
	size_t head, count;
	size_t submitters_waiting; /* in kh_pool_submit, the queue full */
	atomic_int takers_waiting; /* workers in take(), the queue empty */
	int closing;
	struct slot *slots;
	int nthreads;
	int inline_run; /* one worker: the submitter runs each task itself */
};

int kh_cpu_count(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);

	return n < 1 ? 1 : n > 256 ? 256 : (int)n;
}

/* Next task, or NULL once the pool is closing and the queue is empty. */
static void *take(struct kh_pool *p)
{
	void *task = NULL;

	pthread_mutex_lock(&p->lock);
	while (!p->count && !p->closing) {
		atomic_fetch_add(&p->takers_waiting, 1);
		pthread_cond_wait(&p->not_empty, &p->lock);
		atomic_fetch_sub(&p->takers_waiting, 1);
	}
	if (p->count) {
		task = p->queue[p->head];
		p->head = (p->head + 1) % p->cfg.queue_cap;
		p->count--;
		/* A waiting walker is woken once the queue is half empty,
		 * not after every task: with one wake-up per file the two
		 * threads spent a fifth of a scan's time switching. */
		if (p->submitters_waiting && p->count <= p->cfg.queue_cap / 2)
			pthread_cond_signal(&p->not_full);
	}
	pthread_mutex_unlock(&p->lock);
	return task;
}

/* A task, then its findings spilled when they pass the worker's share. */
static void run_task(struct kh_worker *w, void (*run)(struct kh_worker *, void *),
		     void *task)
{
	run(w, task);
	if (w->findings.sp && kh_findings_spill_point(&w->findings) < 0)
		w->failed = 1;
}

static void *worker_main(void *arg)
{
	struct slot *s = arg;
	void *task;

	while ((task = take(s->pool)))
		run_task(&s->w, s->pool->cfg.run, task);
	return NULL;
}

static void slot_release(struct kh_pool *p, struct slot *s)
{
	if (p->cfg.thread_release && s->w.local)
		p->cfg.thread_release(s->w.local);
	kh_scratch_free(s->w.scratch);
	kh_findings_release(&s->w.findings);
	free(s->w.buf);
}

static void pool_free(struct kh_pool *p)
{
	int i;

	for (i = 0; i < p->nthreads; i++)
		slot_release(p, &p->slots[i]);
	pthread_mutex_destroy(&p->lock);
	pthread_cond_destroy(&p->not_empty);
	pthread_cond_destroy(&p->not_full);
	free(p->slots);
	free(p->queue);
	free(p);
}

/* Stops the threads already started; they see `closing` and return. */
static void stop_threads(struct kh_pool *p)
{
	int i;

	pthread_mutex_lock(&p->lock);
	p->closing = 1;
	pthread_cond_broadcast(&p->not_empty);
	pthread_mutex_unlock(&p->lock);
	for (i = 0; i < p->nthreads; i++)
		if (p->slots[i].started)
			pthread_join(p->slots[i].thread, NULL);
}

static int slot_init(struct kh_pool *p, struct slot *s, const struct kh_engine *e,
		     struct kh_diag *d, time_t now)
{
	s->pool = p;
	s->w.engine = e;
	s->w.diag = d;
	s->w.now = now;
	s->w.shared = p->cfg.shared;
	s->w.max_file_size = p->cfg.max_file_size ? p->cfg.max_file_size : 10u << 20;
	s->w.scratch = kh_scratch_new(e);
	if (!s->w.scratch)
		return -1;
	if (p->cfg.interpret)
		kh_scratch_interpret(s->w.scratch, 1);
	if (p->cfg.spill &&
	    kh_spill_attach(&s->w.findings, p->cfg.spill,
			    kh_spill_total(p->cfg.spill) / (size_t)p->cfg.threads) < 0)
		return -1;
	if (p->cfg.thread_init) {
		s->w.local = p->cfg.thread_init(p->cfg.shared);
		if (!s->w.local)
			return -1;
	}
	return 0;
}

struct kh_pool *kh_pool_start(const struct kh_pool_config *cfg, const struct kh_engine *e,
			      struct kh_diag *d, time_t now, char *err, size_t errlen)
{
	struct kh_pool *p = calloc(1, sizeof(*p));
	int i;

	if (!p) {
		kh_errf(err, errlen, "out of memory starting workers");
		return NULL;
	}
	p->cfg = *cfg;
	atomic_init(&p->takers_waiting, 0);
	if (p->cfg.threads < 1)
		p->cfg.threads = 1;
	if (p->cfg.queue_cap < 1)
		p->cfg.queue_cap = 1;
	pthread_mutex_init(&p->lock, NULL);
	pthread_cond_init(&p->not_empty, NULL);
	pthread_cond_init(&p->not_full, NULL);
	p->queue = calloc(p->cfg.queue_cap, sizeof(void *));
	p->slots = calloc((size_t)p->cfg.threads, sizeof(*p->slots));
	if (!p->queue || !p->slots) {
		pool_free(p);
		kh_errf(err, errlen, "out of memory starting workers");
		return NULL;
	}
	/* One worker runs in the submitting thread: a hand-off per task
	 * through the queue cost a futex wake-up and a task switch (a tenth
	 * of a -j1 scan's time), and two threads for one core's work. */
	p->inline_run = p->cfg.threads == 1;
	for (i = 0; i < p->cfg.threads; i++) {
		struct slot *s = &p->slots[i];

		p->nthreads = i + 1;
		if (slot_init(p, s, e, d, now) < 0 ||
		    (!p->inline_run &&
		     pthread_create(&s->thread, NULL, worker_main, s))) {
			stop_threads(p);
			pool_free(p);
			kh_errf(err, errlen, "cannot start worker thread %d", i + 1);
			return NULL;
		}
		s->started = !p->inline_run;
	}
	return p;
}

void kh_pool_submit(struct kh_pool *p, void *task)
{
	if (p->inline_run) {
		run_task(&p->slots[0].w, p->cfg.run, task);
		return;
	}
	pthread_mutex_lock(&p->lock);
	while (p->count == p->cfg.queue_cap) {
		p->submitters_waiting++;
		pthread_cond_wait(&p->not_full, &p->lock);
		p->submitters_waiting--;
	}
	p->queue[(p->head + p->count) % p->cfg.queue_cap] = task;
	p->count++;
	pthread_cond_signal(&p->not_empty);
	pthread_mutex_unlock(&p->lock);
}

int kh_pool_starving(struct kh_pool *p)
{
	return atomic_load_explicit(&p->takers_waiting, memory_order_relaxed) > 0;
}

int kh_pool_finish(struct kh_pool *p, struct kh_findings *out)
{
	int i, ret = 0;

	stop_threads(p);
	for (i = 0; i < p->nthreads; i++) {
		struct kh_worker *w = &p->slots[i].w;

		if (w->failed || kh_findings_take(out, &w->findings) < 0)
			ret = -1;
	}
	pool_free(p);
	kh_findings_sort(out);
	return ret;
}
