#include "progress.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>

#include "report.h"
#include "util.h"

#define TICK_NS	   250000000L /* four redraws a second at most */
#define QUIET_SECS 1.0	      /* a scan shorter than this shows no line */
#define LINE_BYTES 512
#define NAME_SHOWN 40 /* bytes of an escaped repository name, its end kept */

static double now_seconds(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void kh_progress_init(struct kh_progress *p)
{
	pthread_condattr_t ca;

	memset(p, 0, sizeof(*p));
	pthread_mutex_init(&p->lock, NULL);
	/* ticks on the monotonic clock: a clock change cannot stall them */
	pthread_condattr_init(&ca);
	pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
	pthread_cond_init(&p->wake, &ca);
	pthread_condattr_destroy(&ca);
}

void kh_progress_release(struct kh_progress *p)
{
	if (!p)
		return;
	kh_progress_stop(p);
	pthread_cond_destroy(&p->wake);
	pthread_mutex_destroy(&p->lock);
}

int kh_progress_wanted(enum kh_progress_mode mode, int quiet)
{
	const char *ci = getenv("CI"), *term = getenv("TERM");

	if (mode != KH_PROGRESS_AUTO)
		return mode == KH_PROGRESS_ON;
	/* a CI log is a file even when the runner gives it a pseudo-terminal */
	if (ci && ci[0] && strcmp(ci, "false") && strcmp(ci, "0"))
		return 0;
	/* a dumb terminal cannot erase a line */
	if (term && !strcmp(term, "dumb"))
		return 0;
	return !quiet && isatty(STDERR_FILENO);
}

void kh_duration_text(char *out, size_t outlen, double secs)
{
	long s = secs > 0 ? (long)(secs + 0.5) : 0;

	if (s >= 3600)
		snprintf(out, outlen, "%ldh%02ldm", s / 3600, s / 60 % 60);
	else if (s >= 60)
		snprintf(out, outlen, "%ldm%02lds", s / 60, s % 60);
	else
		snprintf(out, outlen, "%lds", s);
}

/* How much of the whole run is done, from 0 to 1; -1 when unknown. Within
 * a repository: its blobs once all are queued, else its commits. */
static double fraction_done(struct kh_progress *p)
{
	unsigned long long rd = atomic_load_explicit(&p->repos_done,
						     memory_order_relaxed),
			   rt = atomic_load_explicit(&p->repos_total,
						     memory_order_relaxed),
			   cd = atomic_load_explicit(&p->commits_done,
						     memory_order_relaxed),
			   ct = atomic_load_explicit(&p->commits_total,
						     memory_order_relaxed),
			   q = atomic_load_explicit(&p->queued, memory_order_relaxed),
			   s = atomic_load_explicit(&p->scanned, memory_order_relaxed);
	double f = -1;

	if (atomic_load_explicit(&p->walked, memory_order_relaxed) && q)
		f = (double)(s < q ? s : q) / (double)q;
	else if (ct)
		f = (double)(cd < ct ? cd : ct) / (double)ct;
	if (rt > 1)
		f = ((double)rd + (f < 0 ? 0 : f)) / (double)rt;
	return f;
}

/* The terminal's width, or 0 when stderr is not one (a forced line). */
static size_t columns(void)
{
	struct winsize ws;

	if (ioctl(STDERR_FILENO, TIOCGWINSZ, &ws) < 0 || !ws.ws_col)
		return 0;
	return ws.ws_col;
}

/* Cuts s to at most `cols` characters (UTF-8 aware; the line is mostly
 * ASCII, the escaped name aside). */
static void fit(struct kh_strbuf *b, size_t cols)
{
	size_t i, chars = 0;

	if (!cols || !b->s)
		return;
	for (i = 0; i < b->len; i++) {
		if (((unsigned char)b->s[i] & 0xc0) == 0x80)
			continue;
		if (chars++ == cols) {
			b->s[i] = '\0';
			b->len = i;
			return;
		}
	}
}

/* The line, with p->lock held. */
static void compose(struct kh_progress *p, struct kh_strbuf *b, double now)
{
	unsigned long long
		rd = atomic_load_explicit(&p->repos_done, memory_order_relaxed),
		rt = atomic_load_explicit(&p->repos_total, memory_order_relaxed),
		cd = atomic_load_explicit(&p->commits_done, memory_order_relaxed),
		ct = atomic_load_explicit(&p->commits_total, memory_order_relaxed),
		q = atomic_load_explicit(&p->queued, memory_order_relaxed),
		s = atomic_load_explicit(&p->scanned, memory_order_relaxed),
		bytes = p->bytes ? atomic_load_explicit(p->bytes, memory_order_relaxed)
				 : 0;
	double el = now - p->t0, f = fraction_done(p);
	char eta[32];

	kh_strbuf_addf(b, "keyhound: ");
	if (rt || p->repo[0]) {
		struct kh_strbuf name;

		kh_strbuf_init(&name, 4 * KH_PROGRESS_NAME + 1);
		kh_text_escape(&name, p->repo);
		if (rt)
			kh_strbuf_addf(b, "%llu/%llu repos, ", rd, rt);
		if (!name.failed && name.len) {
			size_t from = name.len > NAME_SHOWN ? name.len - NAME_SHOWN : 0;

			while (from && ((unsigned char)name.s[from] & 0xc0) == 0x80)
				from++;
			kh_strbuf_addf(b, "%s%s: ", from ? "..." : "", name.s + from);
		}
		kh_strbuf_release(&name);
	}
	if (ct)
		kh_strbuf_addf(b, "%llu/%llu commits, ", cd, ct);
	if (atomic_load_explicit(&p->walked, memory_order_relaxed))
		kh_strbuf_addf(b, "%llu/%llu %s", s, q, p->unit);
	else
		kh_strbuf_addf(b, "%llu %s", s, p->unit);
	kh_strbuf_addf(b, ", %.1f MB/s", el > 0 ? (double)bytes / 1e6 / el : 0.0);
	if (f > 0 && f < 1 && el >= QUIET_SECS) {
		kh_duration_text(eta, sizeof(eta), el * (1 - f) / f);
		kh_strbuf_addf(b, ", ETA %s", eta);
	}
}

/* Writes b as the line, with p->lock held: '\r', the text cut to the
 * terminal, erase to end of line; `keep` ends it with a newline. */
static void put(struct kh_progress *p, struct kh_strbuf *b, int keep)
{
	size_t cols = columns();

	/* one column spare: a full last column would wrap on some terminals */
	fit(b, cols ? cols - 1 : 0);
	if (!b->s)
		return;
	fprintf(stderr, "\r%s\033[K%s", b->s, keep ? "\n" : "");
	fflush(stderr);
	p->drawn = !keep;
}

static void draw(struct kh_progress *p)
{
	struct kh_strbuf b;

	kh_strbuf_init(&b, LINE_BYTES);
	compose(p, &b, now_seconds());
	put(p, &b, 0);
	kh_strbuf_release(&b);
	p->shown = 1;
}

static void erase(struct kh_progress *p)
{
	if (!p->drawn)
		return;
	fputs("\r\033[K", stderr);
	fflush(stderr);
	p->drawn = 0;
}

static void *run(void *arg)
{
	struct kh_progress *p = arg;
	struct timespec next;

	clock_gettime(CLOCK_MONOTONIC, &next);
	if (!p->forced)
		next.tv_sec += (time_t)QUIET_SECS;
	pthread_mutex_lock(&p->lock);
	while (!p->stop) {
		int rc = 0;

		while (!p->stop && rc != ETIMEDOUT)
			rc = pthread_cond_timedwait(&p->wake, &p->lock, &next);
		if (p->stop)
			break;
		draw(p);
		next.tv_nsec += TICK_NS;
		if (next.tv_nsec >= 1000000000L) {
			next.tv_nsec -= 1000000000L;
			next.tv_sec++;
		}
	}
	pthread_mutex_unlock(&p->lock);
	return NULL;
}

int kh_progress_start(struct kh_progress *p, enum kh_progress_mode mode, int quiet,
		      const char *unit, const atomic_ullong *bytes)
{
	int rc;

	if (p->running || !kh_progress_wanted(mode, quiet))
		return 0;
	p->unit = unit;
	p->bytes = bytes;
	p->forced = mode == KH_PROGRESS_ON;
	p->stop = 0;
	p->shown = 0;
	p->t0 = now_seconds();
	rc = pthread_create(&p->thread, NULL, run, p);
	if (rc)
		return -1;
	p->running = 1;
	return 0;
}

void kh_progress_stop(struct kh_progress *p)
{
	if (!p || !p->running)
		return;
	pthread_mutex_lock(&p->lock);
	p->stop = 1;
	pthread_cond_signal(&p->wake);
	pthread_mutex_unlock(&p->lock);
	pthread_join(p->thread, NULL);
	p->running = 0;
	pthread_mutex_lock(&p->lock);
	if (p->forced && !p->shown) /* over before the thread's first draw */
		draw(p);
	erase(p);
	pthread_mutex_unlock(&p->lock);
}

void kh_progress_show(struct kh_progress *p, const char *text, int keep)
{
	struct kh_strbuf b;

	kh_strbuf_init(&b, LINE_BYTES);
	kh_strbuf_add(&b, text, strlen(text));
	pthread_mutex_lock(&p->lock);
	put(p, &b, keep);
	pthread_mutex_unlock(&p->lock);
	kh_strbuf_release(&b);
}

void kh_progress_hold(struct kh_progress *p)
{
	pthread_mutex_lock(&p->lock);
	erase(p);
}

void kh_progress_resume(struct kh_progress *p)
{
	pthread_mutex_unlock(&p->lock);
}

void kh_progress_repo(struct kh_progress *p, size_t done, size_t total, const char *name)
{
	size_t n = name ? strlen(name) : 0;

	/* the end of a long path says which repository it is */
	if (n >= sizeof(p->repo))
		name += n - (sizeof(p->repo) - 1);
	pthread_mutex_lock(&p->lock);
	snprintf(p->repo, sizeof(p->repo), "%s", name ? name : "");
	atomic_store_explicit(&p->repos_done, done, memory_order_relaxed);
	atomic_store_explicit(&p->repos_total, total, memory_order_relaxed);
	atomic_store_explicit(&p->commits_done, 0, memory_order_relaxed);
	atomic_store_explicit(&p->commits_total, 0, memory_order_relaxed);
	atomic_store_explicit(&p->queued, 0, memory_order_relaxed);
	atomic_store_explicit(&p->scanned, 0, memory_order_relaxed);
	atomic_store_explicit(&p->walked, 0, memory_order_relaxed);
	pthread_mutex_unlock(&p->lock);
}
