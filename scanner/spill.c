#include "spill.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "util.h"

#define DEFAULT_BUDGET ((size_t)64 << 20)
/* bytes of records gathered before each write, and the most a run's
 * reader buffers */
#define WRITE_CHUNK ((size_t)256 << 10)
#define READ_BUF    ((size_t)16 << 10)
/* the most runs one pass reads at once (compact) */
#define FANIN	32
#define DAMAGED "spill file damaged"

/* a record: u32 length, u32 CRC-32 of the body, the body */
#define HEADER 8

enum {
	F_MATCH_SAME = 1,
	F_FILE = 2,
	F_COMMIT = 4,
	F_MORE = 8,
	F_VALIDATION = 16,
	F_PLAIN = 32, /* validation: the shared plain one, by its name */
};

#define NO_STRING UINT32_MAX

struct kh_spill {
	pthread_mutex_t lock;
	size_t budget;
	int (*drop)(void *ctx, const struct kh_finding *f);
	void *ctx;
	int fd;	      /* -1 until the first run */
	uint64_t end; /* where the next run goes */
	/* rules by index: a record names its rule by place here */
	const struct kh_rule **rules;
	size_t nrules, rules_cap, last_rule;
	char err[512];
	int damage_done;
};

struct run {
	uint64_t off, len;
	size_t count;
};

/* A run being read: its bytes at [next, end) of the file not yet read,
 * buf[pos, len) read and not yet decoded (the record at pos, `skip`
 * bytes, is the one read last: passed over at the next read), head its
 * next finding. */
struct reader {
	uint64_t next, end;
	unsigned char *buf;
	size_t cap, pos, len, skip;
	struct kh_finding *head;
};

struct kh_spilled {
	struct kh_spill *s; /* NULL: holds runs taken, never spills itself */
	size_t share, bytes;
	/* what the list's owner does to each finding before the spill's
	 * filter (kh_spill_prepare) */
	int (*prepare)(void *ctx, struct kh_finding *f);
	void *prepare_ctx;
	struct run *runs;
	size_t nruns, runs_cap, count;
	/* the pass under way (kh_spilled_iter): a reader a run, the next in
	 * memory, a heap of sources (run i, or nruns: memory) by their head */
	struct reader *rd;
	size_t *heap, nheap, mem_next;
	struct kh_finding *given; /* a run's finding given last: freed next */
};

/* ---- the budget, the file ------------------------------------------------ */

int kh_spill_budget(size_t *budget, char *err, size_t errlen)
{
	const char *v = getenv("KEYHOUND_SPILL_BYTES");
	unsigned long long n;
	char *end;

	*budget = DEFAULT_BUDGET;
	if (!v || !*v)
		return 0;
	errno = 0;
	n = strtoull(v, &end, 10);
	if (end == v || errno || *v == '-')
		return kh_errf(err, errlen,
			       "KEYHOUND_SPILL_BYTES: expected a number of bytes");
	if (*end && strchr("kK", *end))
		n = n > ULLONG_MAX >> 10 ? ULLONG_MAX : n << 10, end++;
	else if (*end && strchr("mM", *end))
		n = n > ULLONG_MAX >> 20 ? ULLONG_MAX : n << 20, end++;
	else if (*end && strchr("gG", *end))
		n = n > ULLONG_MAX >> 30 ? ULLONG_MAX : n << 30, end++;
	if (*end)
		return kh_errf(err, errlen,
			       "KEYHOUND_SPILL_BYTES: expected a number of bytes");
	*budget = n > SIZE_MAX ? SIZE_MAX : (size_t)n;
	return 0;
}

struct kh_spill *
kh_spill_new(size_t budget, int (*drop)(void *ctx, const struct kh_finding *f), void *ctx)
{
	struct kh_spill *s = calloc(1, sizeof(*s));

	if (!s)
		return NULL;
	pthread_mutex_init(&s->lock, NULL);
	s->budget = budget;
	s->drop = drop;
	s->ctx = ctx;
	s->fd = -1;
	return s;
}

void kh_spill_free(struct kh_spill *s)
{
	if (!s)
		return;
	if (s->fd >= 0)
		close(s->fd);
	pthread_mutex_destroy(&s->lock);
	free(s->rules);
	free(s);
}

size_t kh_spill_total(const struct kh_spill *s)
{
	return s->budget;
}

const char *kh_spill_error(const struct kh_spill *s)
{
	return s && s->err[0] ? s->err : NULL;
}

static const char *tmp_dir(void)
{
	const char *d = getenv("TMPDIR");

	return d && *d ? d : "/tmp";
}

static void fail_io(struct kh_spill *s, const char *what, int e)
{
	if (!s->err[0])
		snprintf(s->err, sizeof(s->err), "spill file in %s: %s: %s", tmp_dir(),
			 what, strerror(e));
}

/* The spill file, unlinked from its creation on; -1 with s->err set. */
static int open_file(struct kh_spill *s)
{
	const char *dir = tmp_dir();
	char *path = NULL, *name = NULL;
	int fd = -1, e;

#ifdef O_TMPFILE
	fd = open(dir, O_TMPFILE | O_RDWR | O_EXCL | O_CLOEXEC, 0600);
	if (fd >= 0)
		return s->fd = fd;
#endif
	/* no O_TMPFILE here: a private directory, the file, both removed */
	if (asprintf(&path, "%s/keyhound.XXXXXX", dir) < 0) {
		fail_io(s, "cannot create", ENOMEM);
		return -1;
	}
	if (mkdtemp(path) && asprintf(&name, "%s/spill", path) >= 0) {
		fd = open(name, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
		e = errno;
		unlink(name);
		free(name);
		rmdir(path);
		errno = e;
	}
	if (fd < 0)
		fail_io(s, "cannot create", errno);
	free(path);
	return s->fd = fd;
}

/* ---- records ---------------------------------------------------------------- */

struct buf {
	unsigned char *p;
	size_t len, cap;
	int failed;
};

static void put(struct buf *b, const void *v, size_t n)
{
	if (b->failed || !n)
		return;
	if (kh_grow((void **)&b->p, &b->cap, b->len + n, 1) < 0) {
		b->failed = 1;
		return;
	}
	memcpy(b->p + b->len, v, n);
	b->len += n;
}

static void put_u32(struct buf *b, uint32_t v)
{
	put(b, &v, sizeof(v));
}

/* A string, or NULL: its length (NO_STRING for NULL), its bytes. */
static void put_str(struct buf *b, const char *s)
{
	size_t n = s ? strlen(s) : 0;

	if (n >= NO_STRING) {
		b->failed = 1;
		return;
	}
	put_u32(b, s ? (uint32_t)n : NO_STRING);
	put(b, s, n);
}

static void put_json(struct buf *b, const cJSON *j)
{
	char *t = j ? cJSON_PrintUnformatted(j) : NULL;

	if (j && !t)
		b->failed = 1;
	put_str(b, t);
	if (t) {
		explicit_bzero(t, strlen(t)); /* a verification may quote it */
		free(t);
	}
}

/* The index of rule r in s's table, added when new (under s->lock). */
static int rule_index(struct kh_spill *s, const struct kh_rule *r, uint32_t *ix)
{
	size_t i;

	if (s->last_rule < s->nrules && s->rules[s->last_rule] == r) {
		*ix = (uint32_t)s->last_rule;
		return 0;
	}
	for (i = 0; i < s->nrules && s->rules[i] != r; i++)
		;
	if (i == s->nrules) {
		if (i >= NO_STRING || kh_grow((void **)&s->rules, &s->rules_cap, i + 1,
					      sizeof(*s->rules)) < 0)
			return -1;
		s->rules[s->nrules++] = r;
	}
	s->last_rule = i;
	*ix = (uint32_t)i;
	return 0;
}

static void put_commit(struct buf *b, const struct kh_commit_info *c)
{
	put(b, c->id, sizeof(c->id));
	put_str(b, c->author);
	put_str(b, c->email);
	put_str(b, c->date);
	put_str(b, c->message);
	put_str(b, c->tag);
}

static void put_more(struct buf *b, const struct kh_finding_more *m)
{
	put_json(b, m->verification);
	put_json(b, m->groups);
	put_str(b, m->repository);
	put_str(b, m->repository_url);
	put_str(b, m->partner);
	{
		const uint64_t at[] = {
			m->partner_offset, m->partner_line, (uint64_t)(int64_t)m->at_head,
			m->head_line,	   m->head_column,  m->head_end_line,
			m->head_end_column
		};

		put(b, at, sizeof(at));
	}
}

/* A record begins at the end of b: room for its header, filled in by
 * frame_end once its body is there. */
static size_t frame_begin(struct buf *b)
{
	size_t start = b->len;
	const uint32_t header[2] = { 0, 0 };

	put(b, header, sizeof(header));
	return start;
}

/* The record begun at start: its length and CRC; -1 when too long. */
static int frame_end(struct buf *b, size_t start)
{
	uint32_t len, crc;

	if (b->failed || b->len - start - HEADER >= NO_STRING)
		return -1;
	len = (uint32_t)(b->len - start - HEADER);
	crc = (uint32_t)crc32(0L, b->p + start + HEADER, len);
	memcpy(b->p + start, &len, 4);
	memcpy(b->p + start + 4, &crc, 4);
	return 0;
}

/* f as a record's body (or its end) at the end of b. -1 when out of
 * memory. */
static int encode_body(struct kh_spill *s, struct buf *b, const struct kh_finding *f)
{
	uint32_t rule, flags = 0;
	const char *plain = NULL;
	uint64_t bits;

	if (rule_index(s, f->rule, &rule) < 0)
		return -1;
	if (f->match == f->secret || (f->match && !strcmp(f->match, f->secret)))
		flags |= F_MATCH_SAME;
	flags |= (f->file ? F_FILE : 0) | (f->commit ? F_COMMIT : 0) |
		 (f->more ? F_MORE : 0);
	if (f->validation) {
		const cJSON *st = f->validation->child;

		flags |= F_VALIDATION;
		if (st && cJSON_IsString(st) &&
		    kh_validation_plain(st->valuestring) == f->validation) {
			flags |= F_PLAIN;
			plain = st->valuestring;
		}
	}
	memcpy(&bits, &f->entropy, sizeof(bits));
	{
		const uint32_t head[] = { rule, flags, f->decoded, f->context };
		const uint64_t at[] = { f->line,       f->column, f->end_line,
					f->end_column, f->offset, f->end_offset,
					f->order,      bits };

		put(b, head, sizeof(head));
		put(b, at, sizeof(at));
	}
	put(b, f->fingerprint, 32);
	put_str(b, f->secret);
	if (!(flags & F_MATCH_SAME))
		put_str(b, f->match);
	if (f->file)
		put_str(b, f->file);
	if (plain)
		put_str(b, plain);
	else if (f->validation)
		put_json(b, f->validation);
	if (f->commit)
		put_commit(b, f->commit);
	if (f->more)
		put_more(b, f->more);
	return b->failed ? -1 : 0;
}

/* f as one record at the end of b. -1 when out of memory. */
static int encode(struct kh_spill *s, struct buf *b, const struct kh_finding *f)
{
	size_t start = frame_begin(b);

	return encode_body(s, b, f) < 0 ? -1 : frame_end(b, start);
}

/* A body being decoded; every read checked against its end. */
struct cur {
	const unsigned char *p, *end;
	int bad;
};

static void get(struct cur *c, void *v, size_t n)
{
	if (c->bad || (size_t)(c->end - c->p) < n) {
		c->bad = 1;
		memset(v, 0, n);
		return;
	}
	memcpy(v, c->p, n);
	c->p += n;
}

static uint32_t get_u32(struct cur *c)
{
	uint32_t v;

	get(c, &v, sizeof(v));
	return v;
}

static uint64_t get_u64(struct cur *c)
{
	uint64_t v;

	get(c, &v, sizeof(v));
	return v;
}

static size_t get_size(struct cur *c)
{
	uint64_t v = get_u64(c);

	if (v > SIZE_MAX)
		c->bad = 1;
	return (size_t)v;
}

/* A string's bytes in place: *n its length; NULL (bad unset) for a NULL
 * string. */
static const char *get_span(struct cur *c, size_t *n)
{
	uint32_t len = get_u32(c);
	const char *s;

	*n = 0;
	if (c->bad || len == NO_STRING)
		return NULL;
	if ((size_t)(c->end - c->p) < len || memchr(c->p, '\0', len)) {
		c->bad = 1;
		return NULL;
	}
	s = (const char *)c->p;
	c->p += len;
	*n = len;
	return s;
}

/* A copy of the next string (counted, kh_shared_new, when `shared`; else
 * malloc'd), or NULL: for NULL, or bad, or out of memory (*oom). */
static char *get_copy(struct cur *c, int shared, int *oom)
{
	size_t n;
	const char *s = get_span(c, &n);
	char *d;

	if (!s)
		return NULL;
	d = shared ? kh_shared_new(s, n) : malloc(n + 1);
	if (!d)
		*oom = 1;
	else if (!shared)
		memcpy(d, s, n), d[n] = '\0';
	return d;
}

static char *get_str(struct cur *c, int *oom)
{
	return get_copy(c, 0, oom);
}

static char *get_shared(struct cur *c, int *oom)
{
	return get_copy(c, 1, oom);
}

/* The next printed JSON, parsed (cJSON printed it: anything else is bad). */
static cJSON *get_json(struct cur *c)
{
	size_t n;
	const char *s = get_span(c, &n);
	cJSON *j;

	if (!s)
		return NULL;
	if (!(j = cJSON_ParseWithLength(s, n)))
		c->bad = 1;
	return j;
}

static struct kh_commit_info *get_commit(struct cur *c, int *oom)
{
	struct kh_commit_info *ci = calloc(1, sizeof(*ci));

	if (!ci) {
		*oom = 1;
		return NULL;
	}
	atomic_init(&ci->more_refs, 0);
	get(c, ci->id, sizeof(ci->id));
	if (ci->id[sizeof(ci->id) - 1])
		c->bad = 1;
	ci->author = get_str(c, oom);
	ci->email = get_str(c, oom);
	ci->date = get_str(c, oom);
	ci->message = get_str(c, oom);
	ci->tag = get_str(c, oom);
	return ci;
}

static void get_more(struct cur *c, struct kh_finding_more *m, int *oom)
{
	m->verification = get_json(c);
	m->groups = get_json(c);
	m->repository = get_shared(c, oom);
	m->repository_url = get_shared(c, oom);
	m->partner = get_str(c, oom);
	m->partner_offset = get_size(c);
	m->partner_line = get_size(c);
	m->at_head = (int)(int64_t)get_u64(c);
	m->head_line = get_size(c);
	m->head_column = get_size(c);
	m->head_end_line = get_size(c);
	m->head_end_column = get_size(c);
}

/* The finding of body p[0..n); NULL when it is damaged (*oom: or out of
 * memory). The rule table is read without the lock: runs are read only
 * once the scan is over. */
static struct kh_finding *decode(const struct kh_spill *s, const unsigned char *p,
				 size_t n, int *oom)
{
	struct cur c = { p, p + n, 0 };
	uint32_t rule = get_u32(&c), flags = get_u32(&c), decoded = get_u32(&c),
		 context = get_u32(&c);
	size_t line = get_size(&c), column = get_size(&c), end_line = get_size(&c),
	       end_column = get_size(&c), offset = get_size(&c),
	       end_offset = get_size(&c);
	uint64_t order = get_u64(&c), bits;
	char fp[32];
	const char *secret, *match;
	size_t slen, mlen;
	struct kh_finding *f;

	bits = get_u64(&c);
	get(&c, fp, sizeof(fp));
	secret = get_span(&c, &slen);
	if (flags & F_MATCH_SAME) {
		match = secret;
		mlen = slen;
	} else {
		match = get_span(&c, &mlen);
	}
	if (c.bad || rule >= s->nrules || !secret || !match || context > UCHAR_MAX)
		return NULL;
	if (!(f = kh_finding_new(secret, slen, match, mlen))) {
		*oom = 1;
		return NULL;
	}
	f->rule = s->rules[rule];
	f->line = line, f->column = column, f->end_line = end_line;
	f->end_column = end_column, f->offset = offset, f->end_offset = end_offset;
	f->order = order;
	f->decoded = decoded;
	f->context = (unsigned char)context;
	memcpy(&f->entropy, &bits, sizeof(bits));
	memcpy(f->fingerprint, fp, sizeof(fp));
	f->fingerprint[32] = '\0';
	if (flags & F_FILE && !(f->file = get_shared(&c, oom)))
		c.bad = 1;
	if (flags & F_PLAIN) {
		size_t k;
		const char *name = get_span(&c, &k);
		char tmp[16];

		if (name && k < sizeof(tmp)) {
			memcpy(tmp, name, k);
			tmp[k] = '\0';
			f->validation = kh_validation_plain(tmp);
		}
		if (!f->validation)
			c.bad = 1;
	} else if (flags & F_VALIDATION && !(f->validation = get_json(&c))) {
		c.bad = 1;
	}
	if (flags & F_COMMIT)
		f->commit = get_commit(&c, oom);
	if (flags & F_MORE) {
		if (!kh_finding_more(f))
			*oom = 1;
		else
			get_more(&c, f->more, oom);
	}
	if (c.bad || *oom || c.p != c.end) {
		kh_finding_free(f);
		return NULL;
	}
	return f;
}

/* ---- writing runs -------------------------------------------------------- */

static int write_at(struct kh_spill *s, const struct buf *b, uint64_t off)
{
	size_t done = 0;

	while (done < b->len) {
		ssize_t w =
			pwrite(s->fd, b->p + done, b->len - done, (off_t)(off + done));

		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0) {
			fail_io(s, "cannot write", w < 0 ? errno : ENOSPC);
			return -1;
		}
		done += (size_t)w;
	}
	return 0;
}

/* A run being written: records gathered in b, written each WRITE_CHUNK. */
struct writer {
	struct buf b;
	struct run r;
};

static int writer_flush(struct kh_spill *s, struct writer *w)
{
	int ret = write_at(s, &w->b, w->r.off + w->r.len);

	w->r.len += w->b.len;
	if (w->b.len)
		explicit_bzero(w->b.p, w->b.len);
	w->b.len = 0;
	return ret;
}

/* The record just added to w (ret: -1 when it could not be made). */
static int writer_added(struct kh_spill *s, struct writer *w, int ret)
{
	if (ret < 0) {
		fail_io(s, "cannot write", ENOMEM);
		return -1;
	}
	w->r.count++;
	return w->b.len >= WRITE_CHUNK ? writer_flush(s, w) : 0;
}

static int writer_add(struct kh_spill *s, struct writer *w, const struct kh_finding *f)
{
	return writer_added(s, w, encode(s, &w->b, f));
}

/* A record of body[0, n) added to w. */
static int writer_put(struct kh_spill *s, struct writer *w, const void *body, size_t n)
{
	size_t start = frame_begin(&w->b);

	put(&w->b, body, n);
	return writer_added(s, w, frame_end(&w->b, start));
}

/* The run w wrote, once flushed, added to sp's; its buffer freed. */
static int writer_end(struct kh_spill *s, struct writer *w, int ret)
{
	if (ret == 0)
		ret = writer_flush(s, w);
	if (w->b.p)
		explicit_bzero(w->b.p, w->b.cap);
	free(w->b.p);
	if (ret == 0)
		s->end += w->r.len;
	return ret;
}

static int add_run(struct kh_spill *s, struct kh_spilled *sp, const struct run *r)
{
	if (kh_grow((void **)&sp->runs, &sp->runs_cap, sp->nruns + 1, sizeof(*sp->runs)) <
	    0) {
		fail_io(s, "cannot write", ENOMEM);
		return -1;
	}
	sp->runs[sp->nruns++] = *r;
	sp->count += r->count;
	return 0;
}

/* l's findings (sorted) as one run, under s->lock; each freed. */
static int write_run(struct kh_spill *s, struct kh_spilled *sp, struct kh_findings *l)
{
	struct writer w = { { 0 }, { s->end, 0, 0 } };
	size_t i;
	int ret = 0;

	if (s->err[0] || (s->fd < 0 && open_file(s) < 0))
		ret = -1;
	for (i = 0; i < l->n; i++) {
		struct kh_finding *f = l->v[i];

		int gone = 0;

		if (ret == 0 && sp->prepare &&
		    (gone = sp->prepare(sp->prepare_ctx, f)) < 0) {
			fail_io(s, "cannot write", ENOMEM);
			ret = -1;
		}
		if (ret == 0 && !gone && !(s->drop && s->drop(s->ctx, f)))
			ret = writer_add(s, &w, f);
		kh_finding_free(f);
	}
	l->n = 0;
	ret = writer_end(s, &w, ret);
	if (ret < 0 || !w.r.count)
		return ret;
	return add_run(s, sp, &w.r);
}

int kh_spill_attach(struct kh_findings *l, struct kh_spill *s, size_t share)
{
	if (!l->sp && !(l->sp = calloc(1, sizeof(*l->sp))))
		return -1;
	l->sp->s = s;
	l->sp->share = share ? share : 1;
	return 0;
}

int kh_spill_like(struct kh_findings *l, const struct kh_findings *model)
{
	const struct kh_spilled *m = model->sp;

	if (!m || !m->s)
		return 0;
	if (kh_spill_attach(l, m->s, m->share) < 0)
		return -1;
	l->sp->prepare = m->prepare;
	l->sp->prepare_ctx = m->prepare_ctx;
	return 0;
}

void kh_spill_prepare(struct kh_findings *l,
		      int (*prepare)(void *ctx, struct kh_finding *f), void *ctx)
{
	if (l->sp) {
		l->sp->prepare = prepare;
		l->sp->prepare_ctx = ctx;
	}
}

struct kh_spill *kh_findings_spill(const struct kh_findings *l)
{
	return l->sp ? l->sp->s : NULL;
}

size_t kh_findings_spill_share(const struct kh_findings *l)
{
	return l->sp ? l->sp->share : 0;
}

void kh_spilled_count(struct kh_spilled *sp, const struct kh_finding *f)
{
	/* the finding, its text, its place in v; its rare fields */
	sp->bytes += sizeof(*f) + f->text_room + sizeof(f) +
		     (f->more ? sizeof(*f->more) : 0) +
		     (f->commit && f->commit->message ? strlen(f->commit->message) : 0);
}

int kh_findings_spill_point(struct kh_findings *l)
{
	struct kh_spilled *sp = l->sp;
	int ret;

	if (!sp || !sp->s || sp->bytes <= sp->share || !l->n)
		return 0;
	kh_findings_sort(l);
	pthread_mutex_lock(&sp->s->lock);
	ret = write_run(sp->s, sp, l);
	pthread_mutex_unlock(&sp->s->lock);
	sp->bytes = 0;
	return ret;
}

/* ---- runs moved and read -------------------------------------------------- */

int kh_spilled_take(struct kh_findings *dst, struct kh_findings *src)
{
	struct kh_spilled *from = src->sp, *to;

	if (!from->nruns)
		return 0;
	if (!dst->sp && !(dst->sp = calloc(1, sizeof(*dst->sp))))
		return -1;
	to = dst->sp;
	if (!to->s)
		to->s = from->s; /* to read them by, not to spill */
	if (kh_grow((void **)&to->runs, &to->runs_cap, to->nruns + from->nruns,
		    sizeof(*to->runs)) < 0)
		return -1;
	memcpy(to->runs + to->nruns, from->runs, from->nruns * sizeof(*from->runs));
	to->nruns += from->nruns;
	to->count += from->count;
	from->nruns = from->count = 0;
	return 0;
}

size_t kh_spilled_findings(const struct kh_spilled *sp)
{
	return sp->count;
}

/* rd reads run r; -1 when out of memory */
static int reader_open(struct kh_spill *s, struct reader *rd, const struct run *r)
{
	rd->next = r->off;
	rd->end = r->off + r->len;
	rd->cap = r->len < READ_BUF ? (size_t)r->len : READ_BUF;
	if (!(rd->buf = malloc(rd->cap ? rd->cap : 1))) {
		fail_io(s, "cannot read", ENOMEM);
		return -1;
	}
	return 0;
}

static void reader_close(struct reader *rd)
{
	kh_finding_free(rd->head);
	rd->head = NULL;
	if (rd->buf)
		explicit_bzero(rd->buf, rd->cap);
	free(rd->buf);
	rd->buf = NULL;
}

static void end_pass(struct kh_spilled *sp)
{
	size_t i;

	kh_finding_free(sp->given);
	sp->given = NULL;
	for (i = 0; sp->rd && i < sp->nruns; i++)
		reader_close(&sp->rd[i]);
	free(sp->rd);
	free(sp->heap);
	sp->rd = NULL;
	sp->heap = NULL;
	sp->nheap = 0;
}

void kh_spilled_free(struct kh_spilled *sp)
{
	if (!sp)
		return;
	end_pass(sp);
	free(sp->runs);
	free(sp);
}

static void damaged(struct kh_spill *s)
{
	if (!s->err[0])
		snprintf(s->err, sizeof(s->err), "%s", DAMAGED);
}

/* Makes rd->buf hold `need` bytes from rd->pos; -1 when the run ends
 * before (damaged) or a read fails. */
static int fill(struct kh_spill *s, struct reader *rd, size_t need)
{
	while (rd->len - rd->pos < need) {
		size_t have = rd->len - rd->pos, want;
		ssize_t got;

		if (need - have > rd->end - rd->next) {
			damaged(s);
			return -1;
		}
		memmove(rd->buf, rd->buf + rd->pos, have);
		rd->pos = 0;
		rd->len = have;
		if (rd->cap < need) {
			unsigned char *p = realloc(rd->buf, need);

			if (!p) {
				fail_io(s, "cannot read", ENOMEM);
				return -1;
			}
			rd->buf = p;
			rd->cap = need;
		}
		want = rd->cap - rd->len;
		if (want > rd->end - rd->next)
			want = (size_t)(rd->end - rd->next);
		got = pread(s->fd, rd->buf + rd->len, want, (off_t)rd->next);
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0) {
			fail_io(s, "cannot read", errno);
			return -1;
		}
		if (got == 0) {
			damaged(s); /* shorter than written */
			return -1;
		}
		rd->len += (size_t)got;
		rd->next += (uint64_t)got;
	}
	return 0;
}

/* The run's next record, its CRC checked: its body at *body (NULL at the
 * run's end), *len bytes, in rd->buf until the next read. -1 when it
 * cannot be read. */
static int next_record(struct kh_spill *s, struct reader *rd, const unsigned char **body,
		       uint32_t *len)
{
	uint32_t crc;

	*body = NULL;
	*len = 0;
	rd->pos += rd->skip;
	rd->skip = 0;
	if (rd->pos == rd->len && rd->next == rd->end)
		return 0;
	if (fill(s, rd, HEADER) < 0)
		return -1;
	memcpy(len, rd->buf + rd->pos, 4);
	memcpy(&crc, rd->buf + rd->pos + 4, 4);
	if (fill(s, rd, HEADER + (size_t)*len) < 0)
		return -1;
	if ((uint32_t)crc32(0L, rd->buf + rd->pos + HEADER, *len) != crc) {
		damaged(s);
		return -1;
	}
	*body = rd->buf + rd->pos + HEADER;
	rd->skip = HEADER + *len;
	return 0;
}

/* The run's next finding into rd->head (NULL at its end). -1 when it
 * cannot be read. */
static int advance(struct kh_spill *s, struct reader *rd)
{
	const unsigned char *body;
	uint32_t len;
	int oom = 0;

	rd->head = NULL;
	if (next_record(s, rd, &body, &len) < 0)
		return -1;
	if (body && !(rd->head = decode(s, body, len, &oom))) {
		if (oom)
			fail_io(s, "cannot read", ENOMEM);
		else
			damaged(s);
		return -1;
	}
	return 0;
}

/* The head of source i: run i, or (i == nruns) memory's next. */
static const struct kh_finding *head_of(const struct kh_findings *l, size_t i)
{
	const struct kh_spilled *sp = l->sp;

	return i < sp->nruns ? sp->rd[i].head : l->v[sp->mem_next];
}

/* Source a before b (of the list ctx): by the head's order, then the
 * source's (an earlier run was written first; memory holds the latest). */
static int before(const void *ctx, size_t a, size_t b)
{
	const struct kh_findings *l = ctx;
	int c = kh_finding_order_cmp(head_of(l, a), head_of(l, b));

	return c ? c < 0 : a < b;
}

/* heap[i] moved down to its place in the heap of n sources, ordered by
 * before(ctx, a, b) */
static void sift_down(size_t *heap, size_t n, size_t i,
		      int (*before)(const void *ctx, size_t a, size_t b), const void *ctx)
{
	for (;;) {
		size_t k = i, a = 2 * i + 1, b = a + 1, t;

		if (a < n && before(ctx, heap[a], heap[k]))
			k = a;
		if (b < n && before(ctx, heap[b], heap[k]))
			k = b;
		if (k == i)
			return;
		t = heap[i], heap[i] = heap[k], heap[k] = t;
		i = k;
	}
}

static void start_pass(const struct kh_findings *l);

/* The run a merge wrote to w, ended, at *out; -1 when the merge (ret,
 * or a read: s's error) or the write failed. */
static int merged(struct kh_spill *s, struct writer *w, int ret, struct run *out)
{
	if (kh_spill_error(s))
		ret = -1;
	ret = writer_end(s, w, ret);
	*out = w->r;
	return ret;
}

/* runs(i, k) of sp merged into one new run at *out; -1 on error */
static int merge_runs(void *ctx, size_t i, size_t k, struct run *out)
{
	struct kh_spilled *sp = ctx, part = { 0 };
	struct kh_findings in = { 0 };
	struct writer w = { { 0 }, { sp->s->end, 0, 0 } };
	const struct kh_finding *f;
	int ret = 0;

	part.s = sp->s;
	part.runs = sp->runs + i;
	part.nruns = k;
	in.sp = &part;
	start_pass(&in);
	while (ret == 0 && (f = kh_spilled_next(&in)))
		ret = writer_add(sp->s, &w, f);
	end_pass(&part);
	return merged(sp->s, &w, ret, out);
}

/* Merges runs FANIN at a time into longer ones (merge(ctx, i, k, out):
 * runs[i, i + k) into *out) until a pass reads at most FANIN of them: a
 * pass holds a buffer a run, so memory follows FANIN, not how many runs
 * the budget made. Order is kept: a group becomes one run in its place. */
static int compact(struct run *runs, size_t *nruns,
		   int (*merge)(void *ctx, size_t i, size_t k, struct run *out),
		   void *ctx)
{
	while (*nruns > FANIN) {
		size_t i, n = 0;

		for (i = 0; i < *nruns; i += FANIN) {
			size_t k = *nruns - i < FANIN ? *nruns - i : FANIN;
			struct run r;

			if (k == 1)
				r = runs[i];
			else if (merge(ctx, i, k, &r) < 0)
				return -1;
			runs[n++] = r;
		}
		*nruns = n;
	}
	return 0;
}

void kh_spilled_iter(const struct kh_findings *l)
{
	end_pass(l->sp);
	l->sp->mem_next = 0;
	if (l->sp->nruns && compact(l->sp->runs, &l->sp->nruns, merge_runs, l->sp) < 0)
		return;
	start_pass(l);
}

static void start_pass(const struct kh_findings *l)
{
	struct kh_spilled *sp = l->sp;
	size_t i;

	if (!sp->nruns)
		return;
	sp->rd = calloc(sp->nruns, sizeof(*sp->rd));
	sp->heap = calloc(sp->nruns + 1, sizeof(*sp->heap));
	if (!sp->rd || !sp->heap) {
		fail_io(sp->s, "cannot read", ENOMEM);
		end_pass(sp);
		return;
	}
	for (i = 0; i < sp->nruns; i++) {
		struct reader *rd = &sp->rd[i];

		if (reader_open(sp->s, rd, &sp->runs[i]) < 0 || advance(sp->s, rd) < 0) {
			end_pass(sp);
			return;
		}
		if (rd->head)
			sp->heap[sp->nheap++] = i;
	}
	if (l->n)
		sp->heap[sp->nheap++] = sp->nruns;
	for (i = sp->nheap / 2; i-- > 0;)
		sift_down(sp->heap, sp->nheap, i, before, l);
}

const struct kh_finding *kh_spilled_next(const struct kh_findings *l)
{
	struct kh_spilled *sp = l->sp;
	const struct kh_finding *f;
	size_t top;

	if (!sp->nruns) /* nothing spilled: memory alone */
		return sp->mem_next < l->n ? l->v[sp->mem_next++] : NULL;
	kh_finding_free(sp->given);
	sp->given = NULL;
	if (!sp->heap || !sp->nheap)
		return NULL;
	top = sp->heap[0];
	if (top == sp->nruns) {
		f = l->v[sp->mem_next++];
		if (sp->mem_next == l->n)
			sp->heap[0] = sp->heap[--sp->nheap];
	} else {
		struct reader *rd = &sp->rd[top];

		f = sp->given = rd->head;
		if (advance(sp->s, rd) < 0) {
			sp->nheap = 0; /* the pass ends: kh_spill_error says why */
			return NULL;
		}
		if (!rd->head)
			sp->heap[0] = sp->heap[--sp->nheap];
	}
	sift_down(sp->heap, sp->nheap, 0, before, l);
	return f;
}

/* KEYHOUND_SPILL_DAMAGE (tests): "flip" flips a byte in the middle of
 * the file, "short" cuts its last bytes off, as a disk might. */
static void test_damage(struct kh_spill *s)
{
	const char *how = getenv("KEYHOUND_SPILL_DAMAGE");
	unsigned char c;
	off_t mid = (off_t)(s->end / 2);

	if (!how || s->damage_done || s->fd < 0 || !s->end)
		return;
	s->damage_done = 1;
	if (!strcmp(how, "flip") && pread(s->fd, &c, 1, mid) == 1) {
		c ^= 0x20;
		if (pwrite(s->fd, &c, 1, mid) != 1)
			return;
	} else if (!strcmp(how, "short") && ftruncate(s->fd, (off_t)s->end - 3) < 0) {
		return;
	}
}

int kh_findings_spill_check(const struct kh_findings *l)
{
	struct kh_finding_iter it;

	if (!l->sp || !l->sp->nruns)
		return 0;
	/* runs merged down first (a pass's start), then the damage: the
	 * file as the report's passes will read it */
	kh_findings_iter(&it, l);
	test_damage(l->sp->s);
	for (kh_findings_iter(&it, l); kh_iter_next(&it);)
		;
	end_pass(l->sp);
	return kh_spill_error(l->sp->s) ? -1 : 0;
}

/* ---- records sorted by their bytes (kh_sorter) ---------------------------- */

/* A merge of sorted sources read once: runs (a reader each) and the
 * records in memory (framed, in order); heap holds the sources left, by
 * their heads (source nrd: memory). The record given last stays where it
 * is until the next is asked for. */
struct merge {
	struct kh_spill *s;
	struct reader *rd;
	const unsigned char **body;
	uint32_t *len;
	size_t nrd;
	unsigned char *const *mem;
	size_t nmem, mem_next;
	size_t *heap, nheap;
	int given;
};

struct kh_sorter {
	struct kh_spill *s; /* its file, its table of rules, its error */
	size_t budget;
	struct buf mem;		 /* records in memory, framed, in the order added */
	size_t *at, nat, at_cap; /* where each begins in mem */
	unsigned char **sorted;	 /* mem's records in order, once done */
	struct run *runs;
	size_t nruns, runs_cap;
	struct merge m;
};

/* The head of source i: its body and length. */
static const unsigned char *merge_head(const struct merge *m, size_t i, uint32_t *len)
{
	if (i < m->nrd) {
		*len = m->len[i];
		return m->body[i];
	}
	memcpy(len, m->mem[m->mem_next], 4);
	return m->mem[m->mem_next] + HEADER;
}

/* Record a before b: by their bytes (a prefix first), then as added. */
static int record_cmp(const unsigned char *a, uint32_t an, const unsigned char *b,
		      uint32_t bn)
{
	int c = memcmp(a, b, an < bn ? an : bn);

	return c ? c : (an > bn) - (an < bn);
}

static int merge_before(const void *ctx, size_t a, size_t b)
{
	const struct merge *m = ctx;
	uint32_t an, bn;
	const unsigned char *pa = merge_head(m, a, &an), *pb = merge_head(m, b, &bn);
	int c = record_cmp(pa, an, pb, bn);

	return c ? c < 0 : a < b;
}

static void merge_end(struct merge *m)
{
	size_t i;

	for (i = 0; m->rd && i < m->nrd; i++)
		reader_close(&m->rd[i]);
	free(m->rd);
	free(m->body);
	free(m->len);
	free(m->heap);
	memset(m, 0, sizeof(*m));
}

/* Source i's next record as its head; -1 when it cannot be read. */
static int merge_advance(struct merge *m, size_t i)
{
	if (i == m->nrd)
		return ++m->mem_next < m->nmem ? 1 : 0;
	if (next_record(m->s, &m->rd[i], &m->body[i], &m->len[i]) < 0)
		return -1;
	return m->body[i] != NULL;
}

/* m merges runs[0, n) and mem[0, nmem); -1 (s's error) when it cannot. */
static int merge_start(struct merge *m, struct kh_spill *s, const struct run *runs,
		       size_t n, unsigned char *const *mem, size_t nmem)
{
	size_t i;

	memset(m, 0, sizeof(*m));
	m->s = s;
	m->nrd = n;
	m->mem = mem;
	m->nmem = nmem;
	m->rd = calloc(n ? n : 1, sizeof(*m->rd));
	m->body = calloc(n ? n : 1, sizeof(*m->body));
	m->len = calloc(n ? n : 1, sizeof(*m->len));
	m->heap = calloc(n + 1, sizeof(*m->heap));
	if (!m->rd || !m->body || !m->len || !m->heap) {
		fail_io(s, "cannot read", ENOMEM);
		return -1;
	}
	for (i = 0; i < n; i++) {
		int has;

		if (reader_open(s, &m->rd[i], &runs[i]) < 0 ||
		    (has = merge_advance(m, i)) < 0)
			return -1;
		if (has)
			m->heap[m->nheap++] = i;
	}
	if (nmem)
		m->heap[m->nheap++] = n;
	for (i = m->nheap / 2; i-- > 0;)
		sift_down(m->heap, m->nheap, i, merge_before, m);
	return 0;
}

/* The next record in order (its body, *len bytes, valid until the next
 * call), or NULL at the end or on an error (s's error says which). */
static const unsigned char *merge_next(struct merge *m, uint32_t *len)
{
	if (m->given) {
		int has = merge_advance(m, m->heap[0]);

		m->given = 0;
		if (has < 0) {
			m->nheap = 0;
			return NULL;
		}
		if (!has)
			m->heap[0] = m->heap[--m->nheap];
		sift_down(m->heap, m->nheap, 0, merge_before, m);
	}
	if (!m->nheap)
		return NULL;
	m->given = 1;
	return merge_head(m, m->heap[0], len);
}

/* runs(i, k) of a sorter merged into one new run at *out */
static int merge_sorted_runs(void *ctx, size_t i, size_t k, struct run *out)
{
	struct kh_sorter *so = ctx;
	struct merge m;
	struct writer w = { { 0 }, { so->s->end, 0, 0 } };
	const unsigned char *p;
	uint32_t n;
	int ret = merge_start(&m, so->s, so->runs + i, k, NULL, 0);

	while (ret == 0 && (p = merge_next(&m, &n)))
		ret = writer_put(so->s, &w, p, n);
	merge_end(&m);
	return merged(so->s, &w, ret, out);
}

struct kh_sorter *kh_sorter_new(size_t budget)
{
	struct kh_sorter *so = calloc(1, sizeof(*so));

	if (!so || !(so->s = kh_spill_new(budget, NULL, NULL))) {
		free(so);
		return NULL;
	}
	so->budget = budget ? budget : SIZE_MAX; /* 0: never spill */
	return so;
}

static int record_ptr_cmp(const void *pa, const void *pb)
{
	const unsigned char *a = *(unsigned char *const *)pa,
			    *b = *(unsigned char *const *)pb;
	uint32_t an, bn;
	int c;

	memcpy(&an, a, 4);
	memcpy(&bn, b, 4);
	c = record_cmp(a + HEADER, an, b + HEADER, bn);
	return c ? c : (a > b) - (a < b); /* as added */
}

static void free_memory(struct kh_sorter *so)
{
	if (so->mem.p)
		explicit_bzero(so->mem.p, so->mem.len);
	free(so->mem.p);
	free(so->at);
	free(so->sorted);
	memset(&so->mem, 0, sizeof(so->mem));
	so->at = NULL;
	so->sorted = NULL;
	so->nat = so->at_cap = 0;
}

/* The records in memory in order, in so->sorted; -1 when out of memory. */
static int sort_memory(struct kh_sorter *so)
{
	size_t i;

	free(so->sorted);
	if (!(so->sorted = malloc((so->nat ? so->nat : 1) * sizeof(*so->sorted)))) {
		fail_io(so->s, "cannot write", ENOMEM);
		return -1;
	}
	for (i = 0; i < so->nat; i++)
		so->sorted[i] = so->mem.p + so->at[i];
	kh_sort(so->sorted, so->nat, sizeof(*so->sorted), record_ptr_cmp);
	return 0;
}

/* The records in memory written as one sorted run, then forgotten. */
static int spill_memory(struct kh_sorter *so)
{
	struct kh_spill *s = so->s;
	struct writer w = { { 0 }, { s->end, 0, 0 } };
	size_t i;
	int ret = sort_memory(so);

	if (ret == 0 && s->fd < 0 && open_file(s) < 0)
		ret = -1;
	for (i = 0; ret == 0 && i < so->nat; i++) {
		uint32_t n;

		memcpy(&n, so->sorted[i], 4);
		ret = writer_put(s, &w, so->sorted[i] + HEADER, n);
	}
	ret = writer_end(s, &w, ret);
	if (ret == 0 && w.r.count) {
		if (kh_grow((void **)&so->runs, &so->runs_cap, so->nruns + 1,
			    sizeof(*so->runs)) < 0) {
			fail_io(s, "cannot write", ENOMEM);
			ret = -1;
		} else {
			so->runs[so->nruns++] = w.r;
		}
	}
	if (so->mem.p)
		explicit_bzero(so->mem.p, so->mem.len);
	so->mem.len = so->nat = 0;
	free(so->sorted);
	so->sorted = NULL;
	return ret;
}

/* The record begun at start in so->mem, ended; past the budget, the
 * records in memory go to a run. */
static int sorter_added(struct kh_sorter *so, size_t start, int ret)
{
	if (ret < 0 || frame_end(&so->mem, start) < 0 ||
	    kh_grow((void **)&so->at, &so->at_cap, so->nat + 1, sizeof(*so->at)) < 0) {
		fail_io(so->s, "cannot write", ENOMEM);
		return -1;
	}
	so->at[so->nat++] = start;
	if (so->mem.len + so->nat * sizeof(*so->at) > so->budget)
		return spill_memory(so);
	return 0;
}

int kh_sorter_add(struct kh_sorter *so, const void *rec, size_t n)
{
	size_t start;

	if (kh_spill_error(so->s))
		return -1;
	start = frame_begin(&so->mem);
	put(&so->mem, rec, n);
	return sorter_added(so, start, 0);
}

int kh_sorter_add_finding(struct kh_sorter *so, const void *key, size_t keylen,
			  const struct kh_finding *f)
{
	size_t start;

	if (kh_spill_error(so->s))
		return -1;
	start = frame_begin(&so->mem);
	put(&so->mem, key, keylen);
	return sorter_added(so, start, encode_body(so->s, &so->mem, f));
}

/* Reads every record of so's runs once: a damaged one is an error now,
 * before anything is made of them. */
static int check_runs(struct kh_sorter *so)
{
	struct merge m;
	const unsigned char *p;
	uint32_t n;
	size_t i;
	int ret = 0;

	for (i = 0; ret == 0 && i < so->nruns; i++) {
		ret = merge_start(&m, so->s, so->runs + i, 1, NULL, 0);
		while (ret == 0 && (p = merge_next(&m, &n)))
			;
		merge_end(&m);
		if (kh_spill_error(so->s))
			ret = -1;
	}
	return ret;
}

int kh_sorter_done(struct kh_sorter *so)
{
	if (kh_spill_error(so->s))
		return -1;
	if (!so->nruns)
		return sort_memory(so) < 0
			       ? -1
			       : merge_start(&so->m, so->s, NULL, 0, so->sorted, so->nat);
	/* what is left in memory is a run too, and the memory freed for
	 * what reads the merge */
	if (so->nat && spill_memory(so) < 0)
		return -1;
	free_memory(so);
	if (compact(so->runs, &so->nruns, merge_sorted_runs, so) < 0)
		return -1;
	test_damage(so->s);
	if (check_runs(so) < 0)
		return -1;
	return merge_start(&so->m, so->s, so->runs, so->nruns, NULL, 0);
}

const unsigned char *kh_sorter_next(struct kh_sorter *so, size_t *n)
{
	uint32_t len = 0;
	const unsigned char *p = merge_next(&so->m, &len);

	*n = len;
	return p;
}

struct kh_finding *kh_sorter_finding(struct kh_sorter *so, const unsigned char *p,
				     size_t n)
{
	int oom = 0;
	struct kh_finding *f = decode(so->s, p, n, &oom);

	if (!f && oom)
		fail_io(so->s, "cannot read", ENOMEM);
	else if (!f)
		damaged(so->s);
	return f;
}

const char *kh_sorter_error(const struct kh_sorter *so)
{
	return kh_spill_error(so->s);
}

void kh_sorter_free(struct kh_sorter *so)
{
	if (!so)
		return;
	merge_end(&so->m);
	free_memory(so);
	free(so->runs);
	kh_spill_free(so->s);
	free(so);
}
