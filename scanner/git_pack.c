#include "git_pack.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "git_inflate.h"
#include "util.h"

#define MAX_PACKS 4096
#define MAX_CHAIN 10000	       /* git's deepest default chain is 250 */
#define WINDOW	  (256u << 10) /* most bytes of pack read at a time */
#define MIN_READ  4096	       /* least bytes of pack read at a time */
/* Packs are mapped, so that the delta bases a history walk goes back to
 * again and again cost nothing to reach. Mapped pages count as resident
 * memory, so once the process's file-backed pages have grown by this much
 * since the packs were opened, the maps' pages are dropped (the data stays
 * in the page cache). Growth is read from /proc/self/statm after every
 * TOUCH_CHECK bytes read through the maps: counting bytes read instead
 * over-counts pages read again and again, and the needless drops and
 * re-faults cost 10% of a history scan. Blobs are read in pack order
 * (walk_git.c), mostly once each, so a small allowance costs little. */
#define MAP_RESIDENT	(32u << 20)
#define TOUCH_CHECK	(4u << 20)
#define MAX_OBJECT	((size_t)1 << 31) /* nothing larger is inflated here */
#define CACHE_MAX_ENTRY (8u << 20)	  /* larger delta bases are not cached */
#define CACHE_BUCKETS	65536
#define HDR_MAX		32 /* type+size varint, then an offset varint or a raw id */
/* A position (kh_packs_position) is the pack's number (MAX_PACKS < 2^16)
 * above its offset in the pack (packs under 2^48 bytes). */
#define POSITION_OFFSET (((uint64_t)1 << 48) - 1)
#define SHRANK		"its pack file shrank while being read (truncated under the scan?)"

enum {
	OBJ_COMMIT = 1,
	OBJ_TREE = 2,
	OBJ_BLOB = 3,
	OBJ_TAG = 4,
	OBJ_OFS_DELTA = 6,
	OBJ_REF_DELTA = 7
};

struct pack {
	int fd;
	atomic_int damaged;	  /* a read through the maps faulted: the file shrank */
	char *path;		  /* of the .pack, for the test hook */
	uint64_t size;		  /* of the .pack file */
	const unsigned char *map; /* the whole .pack, or NULL: pread windows */
	unsigned char *idx;
	size_t idxlen;
	uint32_t n;
	const unsigned char *fanout, *ids, *off32, *off64;
	size_t n64;
	/* a finer fanout for a large index, or NULL: fine[b] is the first
	 * entry whose id's first fine_bits bits are b or more (1 << fine_bits
	 * + 1 entries) */
	uint32_t *fine;
	unsigned fine_bits;
};

struct kh_packs {
	struct pack *v;
	size_t n;
	/* KH_TEST_TRUNCATE_PACK_AFTER=N: the tests' way to make a pack shrink
	 * under the reader (truncated after N objects read); 0: off */
	unsigned long truncate_after;
	atomic_ulong reads;
	/* objects libgit2 asked kh_pack_backend_add's backend for: found, or
	 * left to libgit2's own backends */
	atomic_ulong odb_served, odb_missed;
	/* bytes read through the maps since residency was last checked */
	atomic_size_t touched;
	pthread_mutex_t drop;
	int statm; /* /proc/self/statm, or -1: count bytes read instead */
	/* MAP_RESIDENT, or the tests' KH_TEST_MAP_RESIDENT=N (bytes): a small
	 * one drops the maps' pages at every check */
	size_t resident;
	size_t file_base; /* file-backed resident bytes when opened */
};

/* One entry of a delta chain, from the object asked for down to its base. */
struct link {
	uint64_t off, data, size; /* entry, its zlib data, inflated size */
	int type;
};

/* Buffers by power-of-two size, kept for reuse: a history scan inflates
 * and drops objects of similar sizes over and over, and fresh memory costs
 * page faults. */
#define POOL_CLASSES   24 /* up to 8 MiB (CACHE_MAX_ENTRY) */
#define POOL_MIN_CLASS 9  /* 512 bytes: a tree kept as a base costs what it takes */
#define POOL_SLOTS     16
#define POOL_BYTES     (4u << 20) /* most memory kept idle in the pool */

struct centry {
	size_t pack;
	uint64_t off;
	unsigned char *data;
	size_t len;
	int type;
	struct centry *hnext, *prev, *next;
};

struct kh_pack_reader {
	const struct kh_packs *ps;
	struct kh_inflater inf;
	unsigned char *win; /* pack bytes [winoff, winoff + winlen) of pack winpack */
	size_t winpack, winlen;
	uint64_t winoff;
	unsigned char *zin; /* a stream longer than a window, of an unmapped pack */
	size_t zincap;
	char why[200]; /* what kh_pack_read found wrong, for KH_PACK_DAMAGED */
	unsigned char *out, *tmp;
	size_t outcap, tmpcap;
	unsigned char *top; /* the delta of the object asked for, inflated */
	size_t topcap, toplen;
	unsigned char *cur; /* the chain's current base, a buffer from buf_get */
	size_t curlen;
	unsigned char *res; /* the object being made, when from buf_get */
	size_t reslen;
	size_t pi; /* the pack being read */
	struct link *chain;
	size_t chaincap;
	struct centry **buckets; /* CACHE_BUCKETS chains; NULL until a base is kept */
	struct centry lru;	 /* lru.next is the most recent */
	size_t budget, used;
	unsigned char *pool[POOL_CLASSES][POOL_SLOTS];
	unsigned npool[POOL_CLASSES];
	size_t pooled;
	struct centry *spare; /* unused cache entries, linked by hnext */
	/* libgit2's (kh_pack_backend_add): its reads are not the scan's
	 * objects that the tests' truncation hook counts */
	int for_libgit2;
	size_t touched; /* through the maps, not yet added to ps->touched */
};

static unsigned size_class(size_t n)
{
	unsigned c = POOL_MIN_CLASS;

	while (c < POOL_CLASSES && ((size_t)1 << c) < n)
		c++;
	return c;
}

/* A buffer of at least n bytes (from the pool when it fits a class). */
static unsigned char *buf_get(struct kh_pack_reader *r, size_t n)
{
	unsigned c = size_class(n);

	if (c == POOL_CLASSES)
		return malloc(n);
	if (r->npool[c]) {
		r->pooled -= (size_t)1 << c;
		return r->pool[c][--r->npool[c]];
	}
	return malloc((size_t)1 << c);
}

/* What a buffer from buf_get(r, n) really takes. */
static size_t buf_cost(size_t n)
{
	unsigned c = size_class(n);

	return c == POOL_CLASSES ? n : (size_t)1 << c;
}

/* Gives back a buffer from buf_get(r, n). */
static void buf_put(struct kh_pack_reader *r, unsigned char *b, size_t n)
{
	unsigned c = size_class(n);

	if (c < POOL_CLASSES && r->npool[c] < POOL_SLOTS &&
	    r->pooled + ((size_t)1 << c) <= POOL_BYTES) {
		r->pool[c][r->npool[c]++] = b;
		r->pooled += (size_t)1 << c;
	} else {
		free(b);
	}
}

/* ---- surviving a pack that shrinks -------------------------------------------
 *
 * The packs are mapped. A pack truncated while mapped (a careless repack, a
 * file system going away) turns every read of its lost pages into SIGBUS.
 * kh_pack_read runs with a jump buffer set for its thread: the handler
 * jumps back, the pack is marked damaged and the read says
 * KH_PACK_DAMAGED. A SIGBUS anywhere else (libgit2 maps the same packs)
 * cannot be resumed: the handler says so on one line and exits 2.
 */
static _Thread_local sigjmp_buf *volatile fault_jump;
static pthread_once_t fault_once = PTHREAD_ONCE_INIT;
static char fault_where[1024]; /* the objects directory, for the message */

static void say(const char *s)
{
	ssize_t n = write(STDERR_FILENO, s, strlen(s));

	(void)n;
}

static void on_fault(int sig, siginfo_t *si, void *ctx)
{
	sigjmp_buf *jb = fault_jump;

	(void)sig;
	(void)si;
	(void)ctx;
	if (jb) {
		fault_jump = NULL;
		siglongjmp(*jb, 1);
	}
	say("keyhound: error: ");
	say(fault_where);
	say(": a file shrank while being read (SIGBUS: repacked or truncated "
	    "under the scan?); stopping\n");
	_exit(2);
}

static void fault_install(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = on_fault;
	sa.sa_flags = SA_SIGINFO | SA_NODEFER;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGBUS, &sa, NULL);
}

/* ---- opening ---------------------------------------------------------------- */

static void pack_close(struct pack *p)
{
	if (p->map)
		munmap((void *)p->map, (size_t)p->size);
	if (p->idx)
		munmap(p->idx, p->idxlen);
	free(p->fine);
	if (p->fd >= 0)
		close(p->fd);
	free(p->path);
}

/* Packs of at least this many objects get a finer fanout (fine_index). */
#define FINE_MIN_OBJECTS (1u << 15)
#define FINE_MAX_BITS	 20

/*
 * A large index's lookups each cost a cache miss per probe of its 20-byte
 * ids (interpolation lands two or three probes apart before it converges),
 * and a history walk makes one per new tree and blob. A table of where
 * each id prefix of about log2(n) - 1 bits starts (one pass over the ids
 * once, 4 bytes a bucket, about two ids a bucket) turns that into one miss
 * in the table and one in the ids. Left out (p->fine NULL) for a small
 * pack, or an index whose ids are not in order.
 */
static void fine_index(struct pack *p)
{
	unsigned bits = 8;
	size_t nb, b = 0, i;
	uint32_t *t;

	if (p->n < FINE_MIN_OBJECTS)
		return;
	while (bits < FINE_MAX_BITS && ((size_t)1 << (bits + 1)) < p->n)
		bits++;
	nb = (size_t)1 << bits;
	if (!(t = malloc((nb + 1) * sizeof(*t))))
		return;
	for (i = 0; i < p->n; i++) {
		size_t k = kh_be32(p->ids + i * 20) >> (32 - bits);

		if (k + 1 < b) { /* out of order: keep to the plain search */
			free(t);
			return;
		}
		while (b <= k)
			t[b++] = (uint32_t)i;
	}
	while (b <= nb)
		t[b++] = p->n;
	p->fine = t;
	p->fine_bits = bits;
}

/* Maps a version-2 .idx and opens its .pack. Returns 0, or -1 to leave
 * this pack to libgit2. */
static int pack_open(struct pack *p, const char *idxpath)
{
	size_t plen = strlen(idxpath), fixed;
	unsigned char head[12];
	struct stat st;
	char *packpath;
	int fd;

	memset(p, 0, sizeof(*p));
	p->fd = -1;
	fd = open(idxpath, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	if (fd < 0)
		return -1;
	if (fstat(fd, &st) < 0 || st.st_size < 8 + 1024 + 40 ||
	    (uint64_t)st.st_size > SIZE_MAX / 2) {
		close(fd);
		return -1;
	}
	p->idxlen = (size_t)st.st_size;
	p->idx = mmap(NULL, p->idxlen, PROT_READ, MAP_PRIVATE, fd, 0);
	close(fd);
	if (p->idx == MAP_FAILED) {
		p->idx = NULL;
		return -1;
	}
	if (memcmp(p->idx, "\377tOc", 4) || kh_be32(p->idx + 4) != 2)
		goto fail; /* version 1 indexes are left to libgit2 */
	p->fanout = p->idx + 8;
	p->n = kh_be32(p->fanout + 255 * 4);
	fixed = 8 + 1024 + (size_t)p->n * 28 + 40;
	if (fixed > p->idxlen || (p->idxlen - fixed) % 8)
		goto fail;
	p->n64 = (p->idxlen - fixed) / 8;
	p->ids = p->fanout + 1024;
	p->off32 = p->ids + (size_t)p->n * 20 + (size_t)p->n * 4;
	p->off64 = p->off32 + (size_t)p->n * 4;
	fine_index(p);
	if (!(packpath = malloc(plen + 2)))
		goto fail;
	memcpy(packpath, idxpath, plen - 4);
	memcpy(packpath + plen - 4, ".pack", 6);
	p->fd = open(packpath, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	p->path = packpath;
	if (p->fd < 0 || fstat(p->fd, &st) < 0 || st.st_size < 12 + 20 ||
	    pread(p->fd, head, sizeof(head), 0) != (ssize_t)sizeof(head) ||
	    memcmp(head, "PACK", 4) ||
	    (kh_be32(head + 4) != 2 && kh_be32(head + 4) != 3) ||
	    kh_be32(head + 8) != p->n)
		goto fail;
	p->size = (uint64_t)st.st_size;
	if ((uint64_t)st.st_size <= SIZE_MAX / 2) {
		void *m = mmap(NULL, (size_t)p->size, PROT_READ, MAP_PRIVATE, p->fd, 0);

		p->map = m == MAP_FAILED ? NULL : m;
	}
	return 0;
fail:
	pack_close(p);
	return -1;
}

/* The process's file-backed resident bytes (statm's "shared" field), or 0
 * when they cannot be read. */
static size_t file_resident(const struct kh_packs *ps)
{
	char buf[128];
	unsigned long size, resident, shared;
	ssize_t n;

	if (ps->statm < 0 || (n = pread(ps->statm, buf, sizeof(buf) - 1, 0)) <= 0)
		return 0;
	buf[n] = '\0';
	if (sscanf(buf, "%lu %lu %lu", &size, &resident, &shared) != 3)
		return 0;
	return (size_t)shared * (size_t)sysconf(_SC_PAGESIZE);
}

struct kh_packs *kh_packs_open(const char *objects_dir)
{
	struct kh_packs *ps = calloc(1, sizeof(*ps));
	struct kh_strbuf dir, path;
	struct dirent *de;
	DIR *d;

	if (!ps)
		return NULL;
	atomic_init(&ps->touched, 0);
	atomic_init(&ps->reads, 0);
	atomic_init(&ps->odb_served, 0);
	atomic_init(&ps->odb_missed, 0);
	if (!fault_where[0])
		snprintf(fault_where, sizeof(fault_where), "%s", objects_dir);
	pthread_once(&fault_once, fault_install);
	{
		const char *t = getenv("KH_TEST_TRUNCATE_PACK_AFTER");

		ps->truncate_after = t ? strtoul(t, NULL, 10) : 0;
		t = getenv("KH_TEST_MAP_RESIDENT");
		ps->resident = t ? strtoul(t, NULL, 10) : MAP_RESIDENT;
	}
	pthread_mutex_init(&ps->drop, NULL);
	ps->statm = open("/proc/self/statm", O_RDONLY | O_CLOEXEC);
	ps->file_base = file_resident(ps);
	kh_strbuf_init(&dir, 1u << 16);
	kh_strbuf_addf(&dir, "%s/pack", objects_dir);
	d = dir.failed ? NULL : opendir(dir.s);
	while (d && (de = readdir(d)) && ps->n < MAX_PACKS) {
		size_t nl = strlen(de->d_name);
		struct pack *v;

		if (nl < 5 || strcmp(de->d_name + nl - 4, ".idx"))
			continue;
		if (!(v = realloc(ps->v, (ps->n + 1) * sizeof(*v))))
			break;
		ps->v = v;
		kh_strbuf_init(&path, 1u << 16);
		kh_strbuf_addf(&path, "%s/%s", dir.s, de->d_name);
		if (!path.failed && pack_open(&ps->v[ps->n], path.s) == 0)
			ps->n++;
		kh_strbuf_release(&path);
	}
	if (d)
		closedir(d);
	kh_strbuf_release(&dir);
	return ps;
}

void kh_packs_free(struct kh_packs *ps)
{
	size_t i;

	if (!ps)
		return;
	for (i = 0; i < ps->n; i++)
		pack_close(&ps->v[i]);
	pthread_mutex_destroy(&ps->drop);
	if (ps->statm >= 0)
		close(ps->statm);
	free(ps->v);
	free(ps);
}

static uint64_t be64(const unsigned char *p)
{
	return (uint64_t)kh_be32(p) << 32 | kh_be32(p + 4);
}

/* How many index probes guess where the id lies before plain halving. */
#define GUESSES 4

/*
 * Where id is in pack p: its offset in *off. Returns 0, -1 when not
 * here, or -2 when the index gives an offset the pack file does not hold
 * (a pack cut short). Object ids are uniform, so the search guesses the id's place from
 * its first 8 bytes between the keys known to bound it (interpolation):
 * two guesses land within a few entries, where a binary search spends 11
 * probes spread over the index, each a cache miss on a large pack. After
 * GUESSES guesses it halves, so a skewed index costs little more.
 */
static int find_in(const struct pack *p, const unsigned char *id, uint64_t *off)
{
	uint32_t lo = id[0] ? kh_be32(p->fanout + (id[0] - 1) * 4) : 0;
	uint32_t hi = kh_be32(p->fanout + id[0] * 4), mid, o;
	/* every id in [lo, hi) has its first 8 bytes in [klo, khi] */
	uint64_t key = be64(id), klo = (uint64_t)id[0] << 56, khi = klo | (~0ull >> 8), k;
	unsigned guesses = 0;
	int c;

	if (p->fine) {
		uint32_t b = (uint32_t)(key >> (64 - p->fine_bits));

		lo = p->fine[b];
		hi = p->fine[b + 1];
		klo = (uint64_t)b << (64 - p->fine_bits);
		khi = klo | (~0ull >> p->fine_bits);
	}
	if (hi > p->n || lo > hi)
		return -1;
	while (lo < hi) {
		if (guesses++ < GUESSES && hi - lo > 16) {
			double f = (double)(key - klo) / ((double)(khi - klo) + 1.0);

			mid = lo + (uint32_t)(f * (hi - lo));
			if (mid >= hi)
				mid = hi - 1;
		} else {
			mid = lo + (hi - lo) / 2;
		}
		k = be64(p->ids + (size_t)mid * 20);
		c = k != key ? (k < key ? -1 : 1)
			     : memcmp(p->ids + (size_t)mid * 20, id, 20);
		if (c < 0) {
			lo = mid + 1;
			klo = k;
		} else if (c > 0) {
			hi = mid;
			khi = k;
		} else {
			break;
		}
	}
	if (lo >= hi)
		return -1;
	o = kh_be32(p->off32 + (size_t)mid * 4);
	if (o & 0x80000000u) {
		size_t x = o & 0x7fffffffu;

		if (x >= p->n64)
			return -1;
		*off = (uint64_t)kh_be32(p->off64 + x * 8) << 32 |
		       kh_be32(p->off64 + x * 8 + 4);
	} else {
		*off = o;
	}
	return *off >= 12 && *off + 20 < p->size ? 0 : -2;
}

uint64_t kh_packs_position(const struct kh_packs *ps, const git_oid *id)
{
	uint64_t off;
	size_t pi;

	for (pi = 0; pi < ps->n; pi++)
		if (find_in(&ps->v[pi], id->id, &off) == 0)
			return (uint64_t)pi << 48 | off; /* see POSITION_OFFSET */
	return UINT64_MAX;
}

int kh_packs_damaged(const struct kh_packs *ps)
{
	size_t pi;

	for (pi = 0; ps && pi < ps->n; pi++)
		if (atomic_load(&ps->v[pi].damaged))
			return 1;
	return 0;
}

/* ---- reading ------------------------------------------------------------------ */

struct kh_pack_reader *kh_pack_reader_new(const struct kh_packs *ps, size_t cache_bytes)
{
	struct kh_pack_reader *r = calloc(1, sizeof(*r));

	if (!r)
		return NULL;
	r->ps = ps;
	r->budget = cache_bytes;
	r->lru.next = r->lru.prev = &r->lru;
	if (!(r->win = malloc(WINDOW))) {
		free(r);
		return NULL;
	}
	kh_inflater_init(&r->inf);
	r->winpack = SIZE_MAX;
	return r;
}

static void cache_drop(struct kh_pack_reader *r, struct centry *e)
{
	struct centry **pp = &r->buckets[(e->off ^ e->pack) % CACHE_BUCKETS];

	while (*pp != e)
		pp = &(*pp)->hnext;
	*pp = e->hnext;
	e->prev->next = e->next;
	e->next->prev = e->prev;
	r->used -= buf_cost(e->len + 1);
	buf_put(r, e->data, e->len + 1);
	e->hnext = r->spare;
	r->spare = e;
}

void kh_pack_reader_free(struct kh_pack_reader *r)
{
	unsigned c, k;

	if (!r)
		return;
	while (r->lru.next != &r->lru)
		cache_drop(r, r->lru.next);
	while (r->spare) {
		struct centry *e = r->spare;

		r->spare = e->hnext;
		free(e);
	}
	for (c = 0; c < POOL_CLASSES; c++)
		for (k = 0; k < r->npool[c]; k++)
			free(r->pool[c][k]);
	kh_inflater_release(&r->inf);
	free(r->buckets);
	free(r->win);
	free(r->zin);
	free(r->out);
	free(r->tmp);
	free(r->top);
	free(r->chain);
	free(r);
}

static struct centry *cache_get(struct kh_pack_reader *r, size_t pack, uint64_t off)
{
	struct centry *e = r->buckets ? r->buckets[(off ^ pack) % CACHE_BUCKETS] : NULL;

	for (; e; e = e->hnext) {
		if (e->off == off && e->pack == pack) {
			e->prev->next = e->next;
			e->next->prev = e->prev;
			e->next = r->lru.next;
			e->prev = &r->lru;
			r->lru.next->prev = e;
			r->lru.next = e;
			return e;
		}
	}
	return NULL;
}

/* 1 when an object of len bytes may go into the cache of bases. */
static int keepable(const struct kh_pack_reader *r, size_t len)
{
	return len <= CACHE_MAX_ENTRY && len <= r->budget;
}

/* Keeps data (a buffer from buf_get(r, len + 1), taken; NUL-terminated
 * here) as the object at pack/off, evicting the least recently used
 * others. Returns 0, or -1 when it was not worth keeping (or no memory was
 * left to keep it) and was given back. */
static int cache_put(struct kh_pack_reader *r, size_t pack, uint64_t off,
		     unsigned char *data, size_t len, int type)
{
	struct centry *e = r->spare;

	if (e)
		r->spare = e->hnext;
	else
		e = malloc(sizeof(*e));
	/* the chains' heads (512 KiB, zeroed) on the first base kept: a
	 * hook's reader of a few loose objects never keeps one */
	if (!keepable(r, len) || cache_get(r, pack, off) || !e ||
	    (!r->buckets && !(r->buckets = calloc(CACHE_BUCKETS, sizeof(*r->buckets))))) {
		buf_put(r, data, len + 1);
		if (e) {
			e->hnext = r->spare;
			r->spare = e;
		}
		return -1;
	}
	data[len] = '\0';
	e->pack = pack;
	e->off = off;
	e->data = data;
	e->len = len;
	e->type = type;
	e->hnext = r->buckets[(off ^ pack) % CACHE_BUCKETS];
	r->buckets[(off ^ pack) % CACHE_BUCKETS] = e;
	e->next = r->lru.next;
	e->prev = &r->lru;
	r->lru.next->prev = e;
	r->lru.next = e;
	r->used += buf_cost(len + 1);
	while (r->used > r->budget && r->lru.prev != e)
		cache_drop(r, r->lru.prev);
	return 0;
}

/* Pack bytes from off on: a pointer and how many are available (at least
 * one), reading a new window when [off, off + want) is not all in the
 * current one. Reads what is wanted, not a whole window: chains jump
 * around the pack, and every byte read is a byte copied. */
static const unsigned char *at(struct kh_pack_reader *r, size_t pi, uint64_t off,
			       size_t want, size_t *avail)
{
	const struct pack *p = &r->ps->v[pi];
	size_t len, got = 0;

	if (off >= p->size)
		return NULL;
	if (p->map) {
		*avail = (size_t)(p->size - off);
		/* each access faults in at least a page */
		r->touched += want < 4096 ? 4096 : want;
		return p->map + off;
	}
	if (pi != r->winpack || off < r->winoff || off + want > r->winoff + r->winlen) {
		len = want < MIN_READ ? MIN_READ : want > WINDOW ? WINDOW : want;
		if (len > p->size - off)
			len = (size_t)(p->size - off);
		r->winpack = SIZE_MAX;
		while (got < len) {
			ssize_t n =
				pread(p->fd, r->win + got, len - got, (off_t)(off + got));

			if (n < 0 && errno == EINTR)
				continue;
			if (n <= 0)
				break;
			got += (size_t)n;
		}
		if (!got)
			return NULL;
		r->winpack = pi;
		r->winoff = off;
		r->winlen = got;
	}
	*avail = (size_t)(r->winoff + r->winlen - off);
	return r->win + (off - r->winoff);
}

/* Says in r->why what is wrong with the entry at off of pack pi (never
 * its data); returns -1. */
static int corrupt(struct kh_pack_reader *r, size_t pi, uint64_t off, const char *fmt,
		   ...) __attribute__((format(printf, 4, 5)));

static int corrupt(struct kh_pack_reader *r, size_t pi, uint64_t off, const char *fmt,
		   ...)
{
	const char *path = r->ps->v[pi].path, *base = strrchr(path, '/');
	size_t n;
	va_list ap;

	n = (size_t)snprintf(r->why, sizeof(r->why),
			     "corrupt entry at offset %llu of %s: ",
			     (unsigned long long)off, base ? base + 1 : path);
	va_start(ap, fmt);
	if (n < sizeof(r->why))
		vsnprintf(r->why + n, sizeof(r->why) - n, fmt, ap);
	va_end(ap);
	return -1;
}

/* Parses the entry header at off into l; *base is the entry of its delta
 * base (0 for a whole object). Returns 0, or -1 when corrupt (r->why set
 * when its size cannot be true: libgit2 must not allocate it either) or a
 * REF_DELTA base is not in this pack. */
static int parse_entry(struct kh_pack_reader *r, size_t pi, uint64_t off, struct link *l,
		       uint64_t *base)
{
	const struct pack *p = &r->ps->v[pi];
	size_t avail, i = 0;
	const unsigned char *h = at(r, pi, off, HDR_MAX, &avail);
	unsigned shift = 4;
	unsigned char c;
	uint64_t size, b;

	if (!h)
		return -1;
	c = h[i++];
	l->type = (c >> 4) & 7;
	size = c & 15;
	while (c & 0x80) {
		if (i >= avail || shift > 57)
			return -1;
		c = h[i++];
		size |= (uint64_t)(c & 0x7f) << shift;
		shift += 7;
	}
	*base = 0;
	if (l->type == OBJ_OFS_DELTA) {
		if (i >= avail)
			return -1;
		c = h[i++];
		b = c & 127;
		while (c & 128) {
			if (i >= avail || b >= (UINT64_MAX >> 8))
				return -1;
			c = h[i++];
			b = ((b + 1) << 7) | (c & 127);
		}
		if (!b || b >= off)
			return -1;
		*base = off - b;
	} else if (l->type == OBJ_REF_DELTA) {
		if (avail - i < 20 || find_in(p, h + i, base) < 0)
			return -1;
		i += 20;
	} else if (l->type < OBJ_COMMIT || l->type > OBJ_TAG) {
		return -1;
	}
	if (size > MAX_OBJECT)
		return -1;
	if (size > kh_inflate_output_bound(p->size - (off + i)))
		return corrupt(r, pi, off,
			       "its header gives %llu bytes, more than the %llu bytes "
			       "of pack after it can inflate to",
			       (unsigned long long)size,
			       (unsigned long long)(p->size - (off + i)));
	l->off = off;
	l->size = size;
	l->data = off + i;
	return 0;
}

/* The zlib stream at pack offset data: a pointer and how many bytes are
 * available, at least `want` when the pack has them. A mapped pack gives
 * all it holds; an unmapped one a window, or reads into r->zin a stream
 * longer than a window. */
static const unsigned char *stream_at(struct kh_pack_reader *r, size_t pi, uint64_t data,
				      size_t want, size_t *avail)
{
	const struct pack *p = &r->ps->v[pi];
	size_t got = 0;

	if (p->map || want <= WINDOW)
		return at(r, pi, data, want, avail);
	if (data >= p->size)
		return NULL;
	if (want > p->size - data)
		want = (size_t)(p->size - data);
	if (kh_grow((void **)&r->zin, &r->zincap, want, 1) < 0)
		return NULL;
	while (got < want) {
		ssize_t n = pread(p->fd, r->zin + got, want - got, (off_t)(data + got));

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		got += (size_t)n;
	}
	*avail = got;
	return got ? r->zin : NULL;
}

/* Inflates the zlib stream at pack offset `data` into dst, which has room
 * for size + 1 bytes; exactly `size` must come out (only `size` when
 * partial: the first bytes of a stream, for a delta's header). */
static int inflate_to(struct kh_pack_reader *r, size_t pi, uint64_t data,
		      unsigned char *dst, size_t size, int partial)
{
	size_t avail, made, used;
	enum kh_inflated st;
	const unsigned char *in = stream_at(
		r, pi, data, partial ? KH_INFLATE_PEEK : kh_inflate_input_bound(size),
		&avail);

	if (!in)
		return -1;
	if (partial)
		return kh_inflate_head(&r->inf, in, avail, dst, size) == size ? 0 : -1;
	st = kh_inflate(&r->inf, in, avail, dst, size + 1, &made, &used, NULL, 0);
	/* its stream runs past the file: libgit2 would call it not found */
	if (st == KH_INFLATE_SHORT && data + avail >= r->ps->v[pi].size)
		return corrupt(
			r, pi, data,
			"its data runs past the pack's end (%llu bytes: cut short?)",
			(unsigned long long)r->ps->v[pi].size);
	return st == KH_INFLATE_DONE && made == size ? 0 : -1;
}

static int varint(const unsigned char **p, const unsigned char *end, uint64_t *v)
{
	unsigned shift = 0;
	unsigned char c;

	*v = 0;
	do {
		if (*p >= end || shift > 63)
			return -1;
		c = *(*p)++;
		*v |= (uint64_t)(c & 0x7f) << shift;
		shift += 7;
	} while (c & 0x80);
	return 0;
}

/* git's delta format: base and result sizes, then copy and insert ops.
 * With out NULL, only checks that the ops make the olen bytes the header
 * gives, writing nothing: a size is checked before it is allocated. */
static int apply_delta(const unsigned char *base, size_t blen, const unsigned char *d,
		       size_t dlen, unsigned char *out, size_t olen)
{
	const unsigned char *end = d + dlen;
	uint64_t bs, rs, made = 0;

	if (varint(&d, end, &bs) < 0 || varint(&d, end, &rs) < 0 || bs != blen ||
	    rs != olen)
		return -1;
	while (d < end) {
		unsigned char op = *d++;

		if (op & 0x80) {
			uint64_t off = 0, n = 0;
			int k;

			for (k = 0; k < 4; k++)
				if (op & (1u << k)) {
					if (d >= end)
						return -1;
					off |= (uint64_t)*d++ << (8 * k);
				}
			for (k = 0; k < 3; k++)
				if (op & (0x10u << k)) {
					if (d >= end)
						return -1;
					n |= (uint64_t)*d++ << (8 * k);
				}
			if (!n)
				n = 0x10000;
			if (off > blen || n > blen - off || n > olen - made)
				return -1;
			if (out)
				memcpy(out + made, base + off, n);
			made += n;
		} else if (op) {
			if (op > end - d || op > olen - made)
				return -1;
			if (out)
				memcpy(out + made, d, op);
			made += op;
			d += op;
		} else {
			return -1;
		}
	}
	return made == olen ? 0 : -1;
}

/*
 * The size of the object the delta entry l produces, from the delta's
 * header. A delta of at most max_len bytes is inflated whole into r->top
 * (r->toplen set), as making the object needs it next: a second stream
 * for the header alone cost a zlib reset and header per object. A larger
 * one is inflated only as far as its header. Returns 0, -1 when corrupt,
 * -2 when out of memory.
 */
static int delta_result_size(struct kh_pack_reader *r, size_t pi, const struct link *l,
			     size_t max_len, uint64_t *size)
{
	unsigned char h[HDR_MAX + 1];
	const unsigned char *p = h, *end;
	size_t n = l->size < HDR_MAX ? (size_t)l->size : HDR_MAX;
	uint64_t bs;

	r->toplen = 0;
	if (l->size <= max_len) {
		if (kh_grow((void **)&r->top, &r->topcap, (size_t)l->size + 1, 1) < 0)
			return -2;
		if (inflate_to(r, pi, l->data, r->top, (size_t)l->size, 0) < 0)
			return -1;
		p = r->top;
		n = r->toplen = (size_t)l->size;
	} else if (inflate_to(r, pi, l->data, h, n, 1) < 0) {
		return -1;
	}
	end = p + n;
	return varint(&p, end, &bs) < 0 || varint(&p, end, size) < 0 ? -1 : 0;
}

static git_object_t git_type(int t)
{
	return t == OBJ_COMMIT ? GIT_OBJECT_COMMIT
	       : t == OBJ_TREE ? GIT_OBJECT_TREE
	       : t == OBJ_BLOB ? GIT_OBJECT_BLOB
			       : GIT_OBJECT_TAG;
}

/* Walks from the entry at off down its delta chain to a whole object or a
 * cached base. Returns the number of links, or -1. */
static long walk_chain(struct kh_pack_reader *r, size_t pi, uint64_t off,
		       struct centry **cached)
{
	long n = 0;
	uint64_t base;

	*cached = NULL;
	for (;;) {
		if (n == MAX_CHAIN)
			return -1;
		if ((*cached = cache_get(r, pi, off)))
			return n;
		if (kh_grow((void **)&r->chain, &r->chaincap, (size_t)n + 1,
			    sizeof(*r->chain)) < 0)
			return -2;
		if (parse_entry(r, pi, off, &r->chain[n], &base) < 0)
			return -1;
		n++;
		if (!base)
			return n;
		off = base;
	}
}

/* Adds what this reader read through the maps to the shared count and,
 * every TOUCH_CHECK bytes, drops the maps' pages when they hold more than
 * MAP_RESIDENT (without /proc: when that many bytes went through them). */
static void account(struct kh_pack_reader *r)
{
	struct kh_packs *ps = (struct kh_packs *)r->ps;
	size_t i, grown, now;

	if (r->touched < TOUCH_CHECK / 4)
		return;
	if (atomic_fetch_add(&ps->touched, r->touched) + r->touched >= TOUCH_CHECK &&
	    pthread_mutex_trylock(&ps->drop) == 0) {
		if (ps->statm >= 0) {
			now = file_resident(ps);
			atomic_store(&ps->touched, 0);
			grown = now > ps->file_base ? now - ps->file_base : 0;
		} else {
			grown = atomic_load(&ps->touched);
			if (grown >= ps->resident)
				atomic_store(&ps->touched, 0);
		}
		if (grown >= ps->resident) {
			for (i = 0; i < ps->n; i++)
				if (ps->v[i].map)
					madvise((void *)ps->v[i].map,
						(size_t)ps->v[i].size, MADV_DONTNEED);
			if (ps->statm >= 0) {
				now = file_resident(ps);
				grown = now > ps->file_base ? now - ps->file_base : 0;
			}
			/* the indexes too, when they alone hold half the
			 * allowance: a lookup per tree and blob touches every
			 * page of them in time (28 bytes an object, 30 MB at
			 * rails' size), but each page dropped is faulted in
			 * again, where the packs' pages are mostly read once,
			 * in pack order */
			if (grown >= ps->resident / 2)
				for (i = 0; i < ps->n; i++)
					madvise(ps->v[i].idx, ps->v[i].idxlen,
						MADV_DONTNEED);
		}
		pthread_mutex_unlock(&ps->drop);
	}
	r->touched = 0;
}

/* Gives back the chain's current base and the object being made, if any. */
static void drop_cur(struct kh_pack_reader *r)
{
	if (r->cur)
		buf_put(r, r->cur, r->curlen + 1);
	r->cur = NULL;
	if (r->res)
		buf_put(r, r->res, r->reslen + 1);
	r->res = NULL;
}

/* The tests' hook: once ps->truncate_after objects have been asked for,
 * every pack file is cut to half its size (down to a page boundary, so
 * that the lost pages fault), as if something truncated it under the scan. */
static void test_truncate(const struct kh_packs *ps)
{
	struct kh_packs *w = (struct kh_packs *)ps;
	size_t i;

	if (!ps->truncate_after ||
	    atomic_fetch_add(&w->reads, 1) + 1 != ps->truncate_after)
		return;
	for (i = 0; i < ps->n; i++)
		if (ps->v[i].path &&
		    truncate(ps->v[i].path,
			     (off_t)(ps->v[i].size / 2 & ~(uint64_t)4095)) < 0)
			perror(ps->v[i].path);
}

/* The buffer an object of type t and size bytes is made in. A blob or tree
 * is kept too, as a base: read in the order the pack stores them, the
 * objects that follow are mostly its deltas (git seldom deltifies
 * commits). Too large to keep, it goes to r->out. NULL when out of memory. */
static unsigned char *result_buf(struct kh_pack_reader *r, int t, size_t size)
{
	r->reslen = size;
	if ((t != OBJ_BLOB && t != OBJ_TREE) || !keepable(r, size))
		return kh_grow((void **)&r->out, &r->outcap, size + 1, 1) < 0 ? NULL
									      : r->out;
	return r->res = buf_get(r, size + 1);
}

static enum kh_pack_status pack_read(struct kh_pack_reader *r, const git_oid *id,
				     uint64_t where, size_t max_len,
				     const unsigned char **data, size_t *len,
				     git_object_t *type)
{
	struct centry *cached;
	unsigned char *res = NULL;
	size_t pi;
	uint64_t off = 0, size;
	long n, i;
	int t;

	account(r);
	if (!r->for_libgit2)
		test_truncate(r->ps);
	pi = (size_t)(where >> 48);
	off = where & POSITION_OFFSET;
	if (pi >= r->ps->n || off < 12 || off + 20 >= r->ps->v[pi].size) {
		int found = -1;

		for (pi = 0; pi < r->ps->n; pi++) {
			r->pi = pi; /* for a fault while reading its index */
			if ((found = find_in(&r->ps->v[pi], id->id, &off)) != -1)
				break;
		}
		if (pi == r->ps->n)
			return KH_PACK_MISS;
		/* found, but not readable: libgit2 would call it not found */
		if (found == -2) {
			corrupt(r, pi, off,
				"the index places it past the pack's end (%llu bytes: "
				"cut short?)",
				(unsigned long long)r->ps->v[pi].size);
			return KH_PACK_DAMAGED;
		}
	}
	r->pi = pi;
	if (atomic_load(&r->ps->v[pi].damaged))
		return KH_PACK_DAMAGED;
	n = walk_chain(r, pi, off, &cached);
	if (n < 0)
		return n == -2	   ? KH_PACK_NOMEM
		       : r->why[0] ? KH_PACK_DAMAGED
				   : KH_PACK_MISS;
	t = cached ? cached->type : r->chain[n - 1].type;
	if (n == 0)
		size = cached->len;
	else if (r->chain[0].type == OBJ_OFS_DELTA || r->chain[0].type == OBJ_REF_DELTA) {
		int rc = delta_result_size(r, pi, &r->chain[0], max_len, &size);

		if (rc < 0)
			return rc == -2 ? KH_PACK_NOMEM : KH_PACK_MISS;
	} else {
		size = r->chain[0].size;
	}
	*type = git_type(t);
	*len = (size_t)size;
	if (size > max_len || size > MAX_OBJECT)
		return KH_PACK_TOO_LARGE;
	if (n == 0) { /* the cache holds it whole: lent until the next call */
		*data = cached->data;
		return KH_PACK_OK;
	}
	/* the base: cached, or inflated (straight into the result when the
	 * object is not a delta) */
	if (cached) {
		r->curlen = cached->len;
	} else {
		struct link *b = &r->chain[n - 1];

		r->curlen = (size_t)b->size;
		if (n == 1) {
			if (!(res = result_buf(r, t, (size_t)size)))
				return KH_PACK_NOMEM;
			if (inflate_to(r, pi, b->data, res, r->curlen, 0) < 0)
				goto corrupt;
			goto done;
		}
		if (!(r->cur = buf_get(r, r->curlen + 1)))
			goto nomem;
		if (inflate_to(r, pi, b->data, r->cur, r->curlen, 0) < 0)
			goto corrupt;
		n--;
	}
	/* then each delta, oldest first; every result is a base some other
	 * object may need again */
	for (i = n - 1; i >= 0; i--) {
		const struct link *l = &r->chain[i];
		const unsigned char *base = r->cur ? r->cur : cached->data;
		unsigned char *next, *delta;
		uint64_t rs;

		if (i == 0 && r->toplen) {
			delta = r->top; /* inflated by delta_result_size */
		} else {
			if (kh_grow((void **)&r->tmp, &r->tmpcap, (size_t)l->size + 1,
				    1) < 0)
				goto nomem;
			delta = r->tmp;
			if (inflate_to(r, pi, l->data, delta, (size_t)l->size, 0) < 0)
				goto corrupt;
		}
		{
			const unsigned char *p = delta, *e = delta + l->size;
			uint64_t bs;

			if (varint(&p, e, &bs) < 0 || varint(&p, e, &rs) < 0 ||
			    rs > MAX_OBJECT || (i == 0 && rs != size))
				goto corrupt;
		}
		/* more than its base and delta hold only by copying from the
		 * base again and again: its ops must make it before it is
		 * allocated (nor will libgit2 allocate it) */
		if (rs > r->curlen + l->size &&
		    apply_delta(base, r->curlen, delta, (size_t)l->size, NULL,
				(size_t)rs) < 0) {
			corrupt(r, pi, l->off,
				"its delta gives %llu bytes, not what its instructions "
				"make of a base of %zu",
				(unsigned long long)rs, r->curlen);
			goto corrupt;
		}
		next = i == 0 ? (res = result_buf(r, t, (size_t)rs))
			      : buf_get(r, (size_t)rs + 1);
		if (!next)
			goto nomem;
		if (apply_delta(base, r->curlen, delta, (size_t)l->size, next,
				(size_t)rs) < 0) {
			if (i != 0)
				buf_put(r, next, (size_t)rs + 1);
			goto corrupt;
		}
		if (r->cur)
			cache_put(r, pi, r->chain[i + 1].off, r->cur, r->curlen, t);
		cached = NULL;
		r->cur = i == 0 ? NULL : next;
		r->curlen = (size_t)rs;
	}
done:
	res[size] = '\0';
	*data = res;
	r->res = NULL;
	if (res != r->out && cache_put(r, pi, off, res, (size_t)size, t) < 0)
		return KH_PACK_NOMEM; /* no room for an entry: res is given back */
	return KH_PACK_OK;
nomem:
	drop_cur(r);
	return KH_PACK_NOMEM;
corrupt:
	drop_cur(r);
	return r->why[0] ? KH_PACK_DAMAGED : KH_PACK_MISS;
}

enum kh_pack_status kh_pack_read(struct kh_pack_reader *r, const git_oid *id,
				 uint64_t where, size_t max_len,
				 const unsigned char **data, size_t *len,
				 git_object_t *type)
{
	sigjmp_buf jb;
	enum kh_pack_status st;

	/* no signal mask to save: the handler runs with SA_NODEFER */
	if (sigsetjmp(jb, 0)) {
		/* a read through a map faulted: the file shrank under us */
		fault_jump = NULL;
		drop_cur(r);
		r->winpack = SIZE_MAX;
		atomic_store(&((struct kh_packs *)r->ps)->v[r->pi].damaged, 1);
		snprintf(r->why, sizeof(r->why), "%s", SHRANK);
		return KH_PACK_DAMAGED;
	}
	fault_jump = &jb;
	r->why[0] = '\0';
	st = pack_read(r, id, where, max_len, data, len, type);
	fault_jump = NULL;
	if (st == KH_PACK_DAMAGED && !r->why[0])
		snprintf(r->why, sizeof(r->why), "%s", SHRANK);
	return st;
}

const char *kh_pack_why(const struct kh_pack_reader *r)
{
	return r->why;
}

/* ---- the packs' first entries, where git writes the commits ------------------ */

struct entry_at {
	uint64_t off;
	uint32_t pos; /* in the index */
};

/* Sorts v by offset: radix, 11 bits a pass, as many passes as the largest
 * offset (below max) needs. */
static int sort_by_offset(struct entry_at *v, size_t n, uint64_t max)
{
	struct entry_at *tmp = malloc((n ? n : 1) * sizeof(*tmp)), *a = v, *b = tmp, *t;
	size_t count[2048], i, sum;
	unsigned shift;

	if (!tmp)
		return -1;
	for (shift = 0; shift < 64 && (max >> shift); shift += 11) {
		memset(count, 0, sizeof(count));
		for (i = 0; i < n; i++)
			count[(a[i].off >> shift) & 2047]++;
		for (i = 0, sum = 0; i < 2048; i++) {
			size_t c = count[i];

			count[i] = sum;
			sum += c;
		}
		for (i = 0; i < n; i++)
			b[count[(a[i].off >> shift) & 2047]++] = a[i];
		t = a;
		a = b;
		b = t;
	}
	if (a != v)
		memcpy(v, a, n * sizeof(*v));
	free(tmp);
	return 0;
}

/* What kh_packs_front found so far; in memory, so that a fault's jump
 * back leaves it as it was. */
struct front {
	struct kh_pack_entry *v;
	size_t n, cap, whole;	 /* whole: entries of the packs read to the end */
	struct entry_at *sorted; /* the pack being read, by offset */
};

/* Adds pack pi's front entries to f->v (see kh_packs_front). */
static int front_of(struct kh_pack_reader *r, size_t pi, struct front *f)
{
	const struct pack *p = &r->ps->v[pi];
	struct entry_at *v = f->sorted = malloc((p->n ? p->n : 1) * sizeof(*v));
	uint64_t limit, base;
	size_t i, m, n0 = f->n;
	struct link l;
	int ret = -1;

	if (!v)
		return -1;
	/* only the entries below `limit` are sorted, 4 times more of the pack
	 * each time they all turn out commits: the commits of a history are a
	 * tenth of its pack or less */
	for (limit = p->size / 64 + 1;; limit *= 4) {
		for (i = 0, m = 0; i < p->n; i++) {
			uint32_t o = kh_be32(p->off32 + i * 4), x = o & 0x7fffffffu;
			uint64_t off =
				!(o & 0x80000000u) ? o
				: x < p->n64
					? (uint64_t)kh_be32(p->off64 + x * 8) << 32 |
						  kh_be32(p->off64 + x * 8 + 4)
					: 0; /* damaged: sorts first, stops the list */

			if (off < limit) {
				v[m].off = off;
				v[m++].pos = (uint32_t)i;
			}
		}
		if (sort_by_offset(v, m, limit) < 0)
			goto out;
		f->n = n0;
		for (i = 0; i < m; i++) {
			if (v[i].off < 12 || v[i].off + 20 >= p->size ||
			    parse_entry(r, pi, v[i].off, &l, &base) < 0 ||
			    l.type == OBJ_TREE || l.type == OBJ_BLOB)
				break;
			if (l.type == OBJ_TAG)
				continue;
			if (kh_grow((void **)&f->v, &f->cap, f->n + 1, sizeof(*f->v)) < 0)
				goto out;
			memcpy(f->v[f->n].id.id, p->ids + (size_t)v[i].pos * 20, 20);
			f->v[f->n++].where = (uint64_t)pi << 48 | v[i].off;
		}
		if (i < m || limit >= p->size)
			break;
	}
	ret = 0;
out:
	free(v);
	f->sorted = NULL;
	return ret;
}

long kh_packs_front(struct kh_pack_reader *r, struct kh_pack_entry **out)
{
	struct front f = { 0 };
	sigjmp_buf jb;
	size_t pi;

	if (sigsetjmp(jb, 0)) { /* a pack shrank: the packs before it still count */
		fault_jump = NULL;
		atomic_store(&((struct kh_packs *)r->ps)->v[r->pi].damaged, 1);
		free(f.sorted);
		*out = f.v;
		return (long)f.whole;
	}
	fault_jump = &jb;
	for (pi = 0; pi < r->ps->n; pi++) {
		r->pi = pi;
		if (atomic_load(&r->ps->v[pi].damaged))
			continue;
		if (front_of(r, pi, &f) < 0) {
			fault_jump = NULL;
			free(f.v);
			*out = NULL;
			return -1;
		}
		f.whole = f.n;
	}
	fault_jump = NULL;
	*out = f.v;
	return (long)f.n;
}

/* ---- the backend ------------------------------------------------------------ */

struct backend {
	struct kh_odb_backend odb;
	pthread_mutex_t lock; /* libgit2 may read from several threads */
	struct kh_pack_reader *r;
};

/* Reads id, or its header only (data NULL): GIT_ENOTFOUND leaves it to
 * libgit2's own backends. */
static int be_get(struct kh_odb_backend *b, const git_oid *id, void **data, size_t *len,
		  git_object_t *type)
{
	struct backend *be = (struct backend *)b;
	struct kh_packs *ps = (struct kh_packs *)be->r->ps;
	const unsigned char *p = NULL;
	enum kh_pack_status s;
	char msg[300];
	size_t size = 0;
	int rc = 0;

	pthread_mutex_lock(&be->lock);
	/* a header needs no inflating: KH_PACK_TOO_LARGE gives size and type */
	s = kh_pack_read(be->r, id, 0, data ? SIZE_MAX : 0, &p, &size, type);
	if (s == KH_PACK_OK && data &&
	    !(*data = git_odb_backend_data_alloc(&be->odb.parent, size + 1)))
		s = KH_PACK_NOMEM;
	if (s == KH_PACK_OK || (s == KH_PACK_TOO_LARGE && !data)) {
		if (data)
			memcpy(*data, p, size + 1);
		*len = size;
		atomic_fetch_add(&ps->odb_served, 1);
	} else if (s == KH_PACK_MISS || s == KH_PACK_TOO_LARGE) {
		atomic_fetch_add(&ps->odb_missed, 1);
		rc = GIT_ENOTFOUND;
	} else {
		/* damaged: libgit2, which would map the same pack, must not try */
		snprintf(msg, sizeof(msg), "%s",
			 s == KH_PACK_NOMEM ? "out of memory" : kh_pack_why(be->r));
		git_error_set_str(GIT_ERROR_ODB, msg);
		rc = -1;
	}
	pthread_mutex_unlock(&be->lock);
	return rc;
}

/* without it libgit2 asks its own pack backend, which maps the index */
static int be_exists(git_odb_backend *b, const git_oid *id)
{
	return kh_packs_position(((struct backend *)b)->r->ps, id) != UINT64_MAX;
}

static void be_free(git_odb_backend *b)
{
	struct backend *be = (struct backend *)b;

	kh_pack_reader_free(be->r);
	pthread_mutex_destroy(&be->lock);
	free(be);
}

int kh_pack_backend_add(git_repository *repo, const struct kh_packs *ps,
			size_t cache_bytes)
{
	struct backend *be = calloc(1, sizeof(*be));
	git_odb *odb = NULL;
	int rc = -1;

	if (!be || !(be->r = kh_pack_reader_new(ps, cache_bytes))) {
		free(be);
		git_error_set_str(GIT_ERROR_NOMEMORY, "out of memory");
		return -1;
	}
	be->r->for_libgit2 = 1;
	kh_odb_backend_init(&be->odb, be_get, be_free);
	be->odb.parent.exists = be_exists;
	pthread_mutex_init(&be->lock, NULL);
	/* above libgit2's packs (priority 2) and the loose backends: asked
	 * first, and libgit2 only for what these packs do not hold */
	if (git_repository_odb(&odb, repo) < 0 ||
	    (rc = git_odb_add_backend(odb, &be->odb.parent, 3)) < 0)
		be_free(&be->odb.parent);
	git_odb_free(odb);
	return rc < 0 ? -1 : 0;
}

void kh_packs_odb_counts(const struct kh_packs *ps, unsigned long *served,
			 unsigned long *missed)
{
	*served = atomic_load(&((struct kh_packs *)ps)->odb_served);
	*missed = atomic_load(&((struct kh_packs *)ps)->odb_missed);
}
