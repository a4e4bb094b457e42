/*
 * unit_pool.c - the worker pool: every task runs once, one worker runs
 * them in the submitting thread (no hand-off), more workers in threads of
 * their own; kh_pool_starving says when a worker waits for a task.
 */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "diag.h"
#include "matcher.h"
#include "pool.h"
#include "rules.h"

#define NTASKS 1000

struct tally {
	pthread_t submitter;
	atomic_int ran, in_submitter;
};

static void run_task(struct kh_worker *w, void *task)
{
	struct tally *t = w->shared;

	atomic_fetch_add(&t->ran, 1);
	if (pthread_equal(pthread_self(), t->submitter))
		atomic_fetch_add(&t->in_submitter, 1);
	free(task);
}

/* Runs NTASKS tasks on `threads` workers; -1 when the pool did not start. */
static int run_pool(const struct kh_engine *e, struct kh_diag *d, int threads,
		    struct tally *t)
{
	struct kh_pool_config cfg = { 0 };
	struct kh_findings out = { 0 };
	struct kh_pool *p;
	char err[256];
	int i;

	memset(t, 0, sizeof(*t));
	t->submitter = pthread_self();
	cfg.threads = threads;
	cfg.queue_cap = 4;
	cfg.run = run_task;
	cfg.shared = t;
	if (!(p = kh_pool_start(&cfg, e, d, 0, err, sizeof(err))))
		return -1;
	for (i = 0; i < NTASKS; i++)
		kh_pool_submit(p, malloc(16));
	i = kh_pool_finish(p, &out);
	kh_findings_release(&out);
	return i;
}

/* A task that holds its worker until `go` is set. */
struct hold {
	atomic_int running, go;
};

static void run_hold(struct kh_worker *w, void *task)
{
	struct hold *h = w->shared;

	atomic_fetch_add(&h->running, 1);
	while (!atomic_load(&h->go))
		usleep(1000);
	free(task);
}

/* 1 when kh_pool_starving(p) is `want` within about five seconds. */
static int soon(struct kh_pool *p, int want)
{
	int i;

	for (i = 0; i < 5000; i++, usleep(1000))
		if (kh_pool_starving(p) == want)
			return 1;
	return 0;
}

/* Two workers: idle, they starve; both held by a task, they do not. One
 * worker (no thread) never does. */
static void starving(const struct kh_engine *e, struct kh_diag *d)
{
	struct kh_pool_config cfg = { 0 };
	struct kh_findings out = { 0 };
	struct hold h;
	struct kh_pool *p;
	char err[256];
	int i;

	memset(&h, 0, sizeof(h));
	cfg.threads = 2;
	cfg.queue_cap = 4;
	cfg.run = run_hold;
	cfg.shared = &h;
	CHECK((p = kh_pool_start(&cfg, e, d, 0, err, sizeof(err))) != NULL);
	if (!p)
		return;
	CHECK(soon(p, 1));
	kh_pool_submit(p, malloc(16));
	kh_pool_submit(p, malloc(16));
	for (i = 0; i < 5000 && atomic_load(&h.running) < 2; i++)
		usleep(1000);
	CHECK(atomic_load(&h.running) == 2);
	CHECK(kh_pool_starving(p) == 0);
	atomic_store(&h.go, 1);
	CHECK(soon(p, 1));
	CHECK(kh_pool_finish(p, &out) == 0);
	kh_findings_release(&out);

	cfg.threads = 1;
	CHECK((p = kh_pool_start(&cfg, e, d, 0, err, sizeof(err))) != NULL);
	if (!p)
		return;
	CHECK(kh_pool_starving(p) == 0);
	CHECK(kh_pool_finish(p, &out) == 0);
	kh_findings_release(&out);
}

int main(void)
{
	static const char *rules =
		"{\"provider\":\"acme\",\"rules\":[{\"id\":\"acme-token\","
		"\"description\":\"Acme token\",\"severity\":\"high\",\"keywords\":"
		"[\"acme_\"],\"regex\":\"(acme_[A-Za-z0-9]{20})\",\"remediation\":"
		"\"Rotate it.\"}]}";
	struct kh_ruleset rs = { 0 };
	struct kh_engine *e = NULL;
	struct kh_diag d;
	struct tally t;
	char err[256];

	kh_diag_init(&d, 1);
	CHECK(kh_rules_load_json(&rs, rules, strlen(rules), "test", err, sizeof(err)) ==
		      0 &&
	      kh_rules_compile(&rs, err, sizeof(err)) == 0);
	CHECK((e = kh_engine_new(&rs, err, sizeof(err))) != NULL);
	if (!e)
		return check_done("unit_pool");

	/* -j1: the walker's own thread scans, so no task waits for a wake-up */
	CHECK(run_pool(e, &d, 1, &t) == 0);
	CHECK(atomic_load(&t.ran) == NTASKS);
	CHECK(atomic_load(&t.in_submitter) == NTASKS);

	/* more workers: none of the tasks in the submitter, and a queue of 4
	 * holds the submitter back without losing any */
	CHECK(run_pool(e, &d, 3, &t) == 0);
	CHECK(atomic_load(&t.ran) == NTASKS);
	CHECK(atomic_load(&t.in_submitter) == 0);

	starving(e, &d);

	kh_engine_free(e);
	kh_ruleset_release(&rs);
	kh_diag_release(&d);
	return check_done("unit_pool");
}
