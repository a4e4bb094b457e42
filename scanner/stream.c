#include "stream.h"

#include <errno.h>
#include <stdatomic.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>

#include "archive.h"
#include "diag.h"
#include "finding.h"
#include "spill.h"
#include "util.h"

#define OVERLAP	   (64 * 1024) /* carried from one chunk into the next */
#define FIRST_FILL (64 * 1024) /* a chunk buffer's first size: most streams are short */

/* Starts r (its head buffer is left as it is: 8 KiB not to clear). */
static void reader_init(struct kh_reader *r,
			size_t (*read)(struct kh_reader *, unsigned char *, size_t))
{
	r->read = read;
	r->total = 0;
	r->nhead = r->at = 0;
	r->peeked = r->broken = 0;
}

const unsigned char *kh_reader_peek(struct kh_reader *r, size_t *len)
{
	while (!r->peeked && r->nhead < KH_READER_HEAD) {
		size_t n = r->read(r, r->head + r->nhead, KH_READER_HEAD - r->nhead);

		if (!n)
			break;
		r->nhead += n;
	}
	r->peeked = 1;
	*len = r->nhead - r->at;
	return r->head + r->at;
}

size_t kh_reader_read(struct kh_reader *r, unsigned char *buf, size_t cap)
{
	size_t got = 0;

	if (r->at < r->nhead) {
		got = r->nhead - r->at < cap ? r->nhead - r->at : cap;
		memcpy(buf, r->head + r->at, got);
		r->at += got;
	}
	while (got < cap) {
		size_t n = r->read(r, buf + got, cap - got);

		if (!n)
			break;
		got += n;
	}
	r->total += got;
	return got;
}

unsigned long long kh_reader_skip(struct kh_reader *r, unsigned long long n)
{
	unsigned char sink[16384];
	unsigned long long done = 0;

	while (done < n) {
		size_t want = n - done < sizeof(sink) ? (size_t)(n - done) : sizeof(sink);
		size_t got = kh_reader_read(r, sink, want);

		done += got;
		if (got < want)
			break;
	}
	return done;
}

static size_t fd_read(struct kh_reader *r, unsigned char *buf, size_t cap)
{
	struct kh_fd_reader *f = (struct kh_fd_reader *)r;

	if (f->npre) {
		size_t n = f->npre < cap ? f->npre : cap;

		memcpy(buf, f->pre, n);
		f->pre += n;
		f->npre -= n;
		return n;
	}
	while (f->fd >= 0) {
		ssize_t n = read(f->fd, buf, cap);

		if (n < 0 && errno == EINTR)
			continue;
		if (n > 0)
			return (size_t)n;
		if (n < 0) {
			atomic_fetch_add(&f->diag->stats.read_errors, 1);
			kh_warn(f->diag, "%s: read error: %s; scanned up to there",
				f->name, strerror(errno));
			r->broken = 1;
		}
		f->fd = -1; /* the end: never read again */
	}
	return 0;
}

void kh_fd_reader_init(struct kh_fd_reader *f, int fd, const char *name,
		       struct kh_diag *diag, const unsigned char *pre, size_t npre)
{
	reader_init(&f->r, fd_read);
	f->fd = fd;
	f->name = name;
	f->diag = diag;
	f->pre = pre;
	f->npre = npre;
}

static size_t mem_read(struct kh_reader *r, unsigned char *buf, size_t cap)
{
	struct kh_mem_reader *m = (struct kh_mem_reader *)r;
	size_t n = m->len < cap ? m->len : cap;

	if (n) {
		memcpy(buf, m->data, n);
		m->data += n;
		m->len -= n;
	}
	return n;
}

void kh_mem_reader_init(struct kh_mem_reader *m, const unsigned char *data, size_t len)
{
	reader_init(&m->r, mem_read);
	m->data = data;
	m->len = len;
}

static size_t part_read(struct kh_reader *r, unsigned char *buf, size_t cap)
{
	struct kh_part_reader *p = (struct kh_part_reader *)r;
	size_t n = p->left < cap ? (size_t)p->left : cap;

	n = n ? kh_reader_read(p->in, buf, n) : 0;
	p->left -= n;
	r->broken = p->in->broken;
	return n;
}

void kh_part_reader_init(struct kh_part_reader *p, struct kh_reader *in,
			 unsigned long long len)
{
	reader_init(&p->r, part_read);
	p->in = in;
	p->left = len;
}

/*
 * Keeps, of the findings from `from` on, those whose secret starts in
 * [lo, hi) of the chunk, and fixes their columns when the chunk began
 * `col0` bytes into its first line (`line`). Consecutive chunks overlap,
 * and the middle of each overlap is the border: every secret is reported
 * by exactly one chunk, which sees at least half the overlap on either
 * side of its start, so one cut short by the end of a chunk is not.
 */
static void chunk_findings(struct kh_findings *l, size_t from, size_t lo, size_t hi,
			   size_t line, size_t col0)
{
	size_t i, n = from;

	for (i = from; i < l->n; i++) {
		struct kh_finding *f = l->v[i];

		if (f->offset < lo || f->offset >= hi) {
			kh_finding_free(f);
			continue;
		}
		if (f->line == line)
			f->column += col0;
		if (f->end_line == line)
			f->end_column += col0;
		l->v[n++] = f;
	}
	l->n = n;
}

/* Fills buf[*have..cap) from r, growing buf as it fills (a short stream
 * takes no more than it holds). Returns 1 at the end of r, 0 when full,
 * -1 when out of memory. */
static int fill(struct kh_reader *r, unsigned char **buf, size_t *bufcap, size_t cap,
		size_t *have)
{
	while (*have < cap) {
		size_t want = *have * 2 > FIRST_FILL ? *have * 2 : FIRST_FILL, n;

		want = want < cap ? want : cap;
		if (kh_buf_reserve(buf, bufcap, want + 1, *have) < 0)
			return -1;
		n = kh_reader_read(r, *buf + *have, want - *have);
		*have += n;
		if (*have < want)
			return 1;
	}
	return cap == 0;
}

int kh_scan_chunks(struct kh_worker *w, const struct kh_source *tmpl, struct kh_reader *r,
		   int (*whole)(void *arg, const struct kh_source *src), void *arg)
{
	size_t cap = w->max_file_size, have = 0, keep = 0, line = 1, col0 = 0, bufcap = 0;
	size_t overlap = cap / 2 < OVERLAP ? cap / 2 : OVERLAP;
	unsigned char *buf = NULL;
	struct kh_source src = *tmpl;
	int eof, first = 1, ret = 0;

	src.lines = NULL;
	src.nlines = 0;
	/* a buffer even for an empty stream: no source points at NULL */
	if (kh_buf_reserve(&buf, &bufcap, 1, 0) < 0)
		return -1;
	for (;;) {
		size_t cut, start, before = w->findings.n;
		const unsigned char *nl;

		if ((eof = fill(r, &buf, &bufcap, cap, &have)) < 0) {
			ret = -1;
			break;
		}
		src.data = buf;
		if (first && eof) {
			buf[have] = '\0';
			src.len = have;
			src.first_line = 1;
			ret = whole(arg, &src);
			break;
		}
		if (first && kh_probe_kind(buf, have) != KH_PROBE_TEXT) {
			ret = 1;
			break;
		}
		first = 0;
		cut = start = have;
		if (!eof && (nl = memrchr(buf + cap / 2, '\n', have - cap / 2)))
			cut = start = (size_t)(nl - buf) + 1;
		if (!eof) {
			/* the next chunk starts `overlap` bytes before the cut, at
			 * the start of a line when there is one */
			start = cut - overlap;
			nl = memchr(buf + start, '\n', cut - start);
			if (nl && (size_t)(nl - buf) + 1 < cut)
				start = (size_t)(nl - buf) + 1;
		}
		src.len = cut;
		src.first_line = line;
		if (cut && kh_scan_text(w, &src) < 0) {
			ret = -1;
			break;
		}
		chunk_findings(&w->findings, before, keep / 2,
			       eof ? SIZE_MAX : start + (cut - start) / 2, line, col0);
		if (eof)
			break;
		/* a long stream's findings (no index into them is held here) */
		if (w->findings.sp && kh_findings_spill_point(&w->findings) < 0) {
			ret = -1;
			break;
		}
		for (size_t i = 0; i < start; i++) {
			col0 = buf[i] == '\n' ? 0 : col0 + 1;
			line += buf[i] == '\n';
		}
		memmove(buf, buf + start, have - start);
		have -= start;
		keep = cut - start;
	}
	free(buf);
	return ret;
}
