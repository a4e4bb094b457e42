/*
 * walk_git.c - `keyhound git`: every blob of the selected history, once.
 *
 * Three passes over the history, none of which holds trees or blobs:
 *
 *  1. graph: commits are read newest first from the tips (as git rev-list
 *     does, so `A..B` stops early); each keeps only its id, tree id, date
 *     and parents. Commits reachable from a hidden revision are marked
 *     and dropped. Where git's commit-graph file lists a commit, all four
 *     come from there (git_graph.h) and a worker reads the commit, for its
 *     message; the walker reads only the commits made since.
 *  2. order: the remaining commits are sorted topologically, oldest first.
 *  3. diff: each commit's tree is compared with its parents' trees,
 *     skipping every subtree whose id a parent has. A blob at a path that
 *     no parent has at that path is "introduced" by the commit. The first
 *     introduction of a blob at a path profile (what a scan takes from the
 *     path: kh_engine_path_profile) queues it for the workers (which read
 *     it with their own pack reader, git_pack.h, and scan it); later
 *     introductions at that profile (renames, copies, re-adds) are
 *     recorded, unless the blob already scanned clean there. A blob moved
 *     to .pgpass or into config/ is scanned again there. Trees come from a
 *     small cache (git_trees.h): most are read once, as a commit's parent
 *     tree is the previous commit's tree. While the first runs of blobs
 *     are gathered, workers with nothing to scan compare commits ahead of
 *     the walker, which replays what they found (see diff_ahead).
 *
 * Findings come back tagged with their blob record; each is then reported
 * at the commit and path of every introduction of that blob at that
 * profile, except where the parent's version of that file already had the
 * same secret (a file edited around an old secret does not report it
 * again). The parent's version is known for each introduction ("prev"), at
 * the same profile; when it lies outside the selected history (A..B,
 * --since-commit) it is scanned as context, never reported.
 *
 * Under --shard K/N (audit.h decides it splits blobs) every commit is
 * still walked, so attribution is the same, but only the blobs, commit
 * messages and tags whose id falls in share K are scanned. A parent's
 * version of a file with findings, and with SARIF the head's version, are
 * then scanned in a second round when another share holds them: to
 * compare with, never reported here.
 *
 * The whole history starts from every ref, HEAD, the HEADs of linked
 * worktrees and the stash's reflog. Annotated tags met on the way from a
 * ref to its commit are scanned after the commits, each at a position of
 * its own past the last commit: its message, and the blobs under a tree
 * it names directly; their findings are attributed to the tag.
 */
#include "walk_git.h"

#include <dirent.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>

#include "archive.h"
#include "diag.h"
#include "ignore.h"
#include "git_common.h"
#include "git_graph.h"
#include "git_pack.h"
#include "git_trees.h"
#include "matcher.h"
#include "pool.h"
#include "report.h"
#include "sha256.h"
#include "state.h"
#include "spill.h"
#include "util.h"

#define NONE		   KH_GIT_NONE
#define SLOP		   5   /* as git: a few more commits past the boundary */
#define MAX_TREE_DEPTH	   512 /* deeper trees are not entered */
#define MAX_PATH_LEN	   (64u << 10)
#define MAX_COMMITS	   (1u << 30)
#define MAX_PRE_PUSH_LINES 100000
#define MAX_REF_DEPTH	   32	      /* refs/a/b/... deeper is not looked at */
#define MAX_LOOSE_REFS	   100000     /* loose ref files checked for damage */
#define MAX_TAGS	   (1u << 20) /* annotated tags whose messages are scanned */
#define MAX_TAG_CHAIN	   16	      /* a tag of a tag of ... */
#define MAX_WORKTREES	   10000
#define CHUNK_BITS	   14 /* blob records per chunk: 16384 */
#define CHUNK_SIZE	   (1u << CHUNK_BITS)
#define TREE_CACHE_BYTES   (8u << 20)
/* The delta bases of what libgit2 reads through our packs (refs peeled,
 * the commits findings name, SARIF's head tree): few objects. */
#define ODB_BASE_CACHE (1u << 20)
/* The walker's delta bases (trees and theirs). 16 MB rather than 32: on
 * the 50,000-commit proxy the walker then builds 260 MB of delta results
 * instead of 225 MB (a few hundredths of a second) for 16 MB less peak
 * RSS, which a rails-sized history needs (doc/performance.md, "Wave 20"). */
#define WALKER_BASE_CACHE (16u << 20)
/* Blobs are handed to the workers in runs, each in the order the packs
 * store them (see release_blobs): the first run is short, so the workers
 * start early, and each next one BLOB_RUN_GROWTH times as long up to the
 * last size. Every run builds again the delta chains of the files it
 * holds, and small runs are as costly as large ones: on the 50,000-commit
 * proxy, growing 8-fold (runs of 1k, 8k, then 32k) builds 175k chain
 * links for 101k blobs where doubling built 229k, and the walker still
 * keeps ahead of the workers. Runs of 48k rather than 32k (now that idle
 * workers compare trees ahead, see diff_ahead) build 3.6-3.75 GB of delta
 * results there instead of 3.95-4.1 (the floor, one run, is 2.36) and
 * inflate 14 % less, for 1-2 MB more peak RSS; runs of 64k saved little
 * more and held 7 MB more. */
#define BLOB_RUN_FIRST	1024
#define BLOB_RUN_GROWTH 8
#define BLOB_RUN_LAST	49152
#define RUN_PIECES	16 /* a run's tasks per worker (see release_blobs) */
/* An early run (shorter than BLOB_RUN_LAST) is handed over before it is
 * full, once it holds a quarter of its length, when a worker has nothing
 * to do: on the proxy both waited a fifth of a second for the second run,
 * a tenth of the whole scan. Not later runs: a walker slowed by other load
 * then made twice as many runs, and each builds again the delta chains of
 * its files (+33 % chain links for the blobs). Checked every
 * STARVED_CHECK blobs. */
#define STARVED_CHECK 256
/* Commits whose trees an idle worker compares at a time (see diff_ahead),
 * and how far past the walker's block workers go. */
#define DIFF_BLOCK	  64
#define DIFF_SPAN	  16 /* blocks a worker takes one after the other */
#define DIFF_BLOCKS_AHEAD (4 * DIFF_SPAN)
#define DIFF_GAP	  2	     /* blocks past the walker's a worker leaves to it */
#define DIFF_TREE_BYTES	  (2u << 20) /* a worker's tree cache */
#define DIFF_BASE_BYTES	  (8u << 20) /* and its trees' delta bases */
/* Commits read ahead (see read_ahead): entries a thread claims at a time. */
#define AHEAD_BLOCK 64
/* A message read ahead carries this + its entry as its order (see
 * message_pos): above every commit's node and tag's number. */
#define AHEAD_ORDER (1ull << 40)

enum {
	C_PARSED = 1, /* id, tree, date and parents known */
	C_POPPED = 2, /* its parents have been queued */
	C_HIDDEN = 4, /* reachable from a hidden revision */
	C_BAD = 8,    /* missing or unreadable */
	C_QUEUED = 16,
};

struct cnode {
	git_oid id, tree;
	int64_t time;
	uint32_t parents, nparents; /* in hist.pidx */
	uint32_t pos;		    /* topological position, or NONE */
	uint8_t flags;
};

/* One distinct blob at one path profile (kh_engine_path_profile: what a
 * scan takes from the path, so a blob renamed to .pgpass or into config/
 * is scanned again there). Workers write `state` through a pointer, so
 * records live in chunks that never move. */
struct blob_rec {
	uint32_t commit;  /* position of its first introduction; NONE: no commit */
	uint32_t p0len;	  /* length of the first path (a prefix of f->file) */
	uint32_t extra;	  /* later introductions: first one in hist.occ */
	uint32_t prev[2]; /* the blobs the parents had at the first path */
	uint32_t path0;	  /* SHARE_OTHER: its first path, in hist.paths */
	uint32_t profile; /* in hist.profiles; 0: the plain one */
	uint32_t alt;	  /* the same blob at another profile, or NONE */
	_Atomic unsigned char state;
	unsigned char context; /* scanned only to compare with (see prev) */
	unsigned char share;   /* enum share */
};

/* Whose blob it is under --shard. */
enum share {
	SHARE_MINE,   /* scanned and reported here (always without --shard) */
	SHARE_OTHER,  /* another share's: not scanned here */
	SHARE_WANTED, /* another share's, scanned here to compare with */
};

/* An annotated tag: its message is scanned and, when it names a tree
 * directly, the blobs under it. Findings are attributed to the tag at
 * position norder + its index (commits have positions below norder). */
struct tagrec {
	git_oid id, tree;
	int has_tree;
};

/* A later introduction of a blob: another commit, path, or both. */
struct occ {
	uint32_t commit, path, next, prev[2];
};

struct oidlist {
	git_oid *v;
	size_t n, cap;
};

/* A commit read ahead: what parse_node needs. */
struct ahead_commit {
	git_oid tree;
	int64_t time;
	uint32_t parents, np; /* its parents' ids: the part's parents[parents..] */
	uint32_t msglen;      /* its message's, scanned already */
	uint32_t part;	      /* the thread that read it; AHEAD_NONE: not a commit */
};

#define AHEAD_NONE UINT32_MAX

/* One thread's share of the reading: the parents of the commits it read. */
struct ahead_part {
	git_oid *parents;
	size_t np, pcap;
	int oom;
};

/* The commits the packs store first (kh_packs_front), read before the walk
 * by the walker and the workers together (see read_ahead). */
struct ahead {
	struct hist *h;
	struct kh_pack_entry *v;
	struct ahead_commit *c; /* one per entry of v */
	size_t n;
	atomic_size_t next;	 /* the first entry no thread has claimed */
	atomic_uint nparts;	 /* parts taken, one per read_part */
	struct ahead_part *part; /* nreaders: a task per worker and the walker */
	/* read_parts finished, under lock: the walker frees all this only
	 * once every worker's task has run */
	unsigned finished, nreaders;
	pthread_mutex_t lock;
	pthread_cond_t all_done;
	struct kh_oidmap map; /* id -> entry, for the commits read */
};

struct diffs;
struct diff_block;

struct hist {
	const struct kh_options *opt;
	const struct kh_engine *engine; /* for path profiles */
	struct kh_diag *d;
	git_repository *repo;
	git_odb *odb;
	const char *name; /* the repository as the user named it */
	struct kh_pool *pool;
	struct kh_git_task *task;   /* being filled: a chain of batches */
	struct kh_git_task *batch;  /* its last batch */
	size_t ntask, piece;	    /* items in it; how many make a task */
	int threads;		    /* workers */
	struct kh_git_item *held;   /* blobs waiting for release_blobs */
	size_t nheld, heldcap, run; /* run: how many make the next run */
	int steady;		    /* a run of BLOB_RUN_LAST has gone */
	/* the commit graph */
	struct cnode *c;
	size_t nc, ccap;
	struct kh_oidmap cmap;
	uint32_t *pidx;
	size_t np, pcap;
	struct kh_oidmap shallow;
	uint32_t *heap, *stack;
	size_t nheap, hcap, nstack, scap, queued_live;
	int hides;
	uint32_t *order; /* position -> commit */
	size_t norder;
	/* blobs */
	struct kh_oidmap bmap;	   /* id -> its first record's number */
	struct kh_strtab profiles; /* path profiles; 0: "" */
	char *profile;		   /* the last path's, in profiles */
	size_t profcap;
	/* paths whose profile is known, and it (a file is edited again and
	 * again at one path: its profile is worked out once) */
	struct kh_strtab profiled;
	uint32_t *profile_at;
	size_t nprofiled, profiledcap;
	struct blob_rec **chunks;
	size_t nchunks;
	uint32_t nblobs;
	struct occ *occ;
	size_t nocc, occap;
	struct kh_strtab paths;
	struct kh_oidmap trees, bad; /* trees: only for --unreachable */
	struct kh_tree_cache *trees_cache;
	char *promisor;		       /* a partial clone's promisor remote, or NULL */
	size_t promised_trees;	       /* trees left there (--filter=tree:0) */
	struct kh_packs *packs;	       /* the fast path for reading objects */
	struct kh_pack_reader *pr;     /* the walker's (workers have their own) */
	struct kh_commit_graph *graph; /* NULL: every commit is read */
	struct ahead *ahead;	       /* NULL: none read ahead */
	struct diffs *diffs;	       /* NULL: the walker compares every commit */
	/* set in a worker's view of the history (diff_ahead): what diff_tree
	 * finds is written here for the walker, and anything it would warn
	 * about sets oom instead, so the walker compares those commits itself */
	struct diff_block *rec;
	struct kh_pack_entry *ahead_v; /* kh_packs_front's, until read_ahead takes it */
	uint32_t *ahead_node;	       /* entry read ahead -> its node, or NONE */
	size_t nahead;
	/* the commit being compared and the path being walked */
	uint32_t cur;
	char *path;
	size_t plen, pathcap;
	int noted_submodule, noted_depth, noted_tags, oom;
	/* refs that name a blob directly (a tag of a file) */
	struct oidlist tag_blobs;
	char **tag_names;
	/* annotated tags */
	struct tagrec *tags;
	size_t ntags, tagcap;
	struct kh_oidmap tagmap;
	/* the scanned head (--range's tip; HEAD otherwise), for SARIF */
	git_oid head;
	int head_set;
	git_tree *head_tree;	    /* NULL: findings are not located there */
	struct kh_strtab headpaths; /* distinct paths looked up there */
	uint32_t *headblob;	    /* path id -> blob record, HEAD_* */
	size_t nheadblob;
	/* --state: findings of blobs scanned by earlier runs, and how many */
	struct kh_findings earlier;
	uint32_t skipped;
	enum kh_state_walk walk;
};

static int oidlist_push(struct oidlist *l, const git_oid *id)
{
	if (kh_grow((void **)&l->v, &l->cap, l->n + 1, sizeof(*l->v)) < 0)
		return -1;
	git_oid_cpy(&l->v[l->n++], id);
	return 0;
}

static const char *hex_of(const git_oid *id, char buf[GIT_OID_HEXSZ + 1])
{
	return git_oid_tostr(buf, GIT_OID_HEXSZ + 1, id);
}

/* Warns about a broken object once, however often the history uses it. */
static int first_complaint(struct hist *h, const git_oid *id)
{
	uint32_t *slot;
	int added = 0;

	if (kh_oidmap_put(&h->bad, id, 0, &slot, &added) < 0)
		h->oom = 1;
	if (added)
		atomic_fetch_add(&h->d->stats.read_errors, 1);
	return added;
}

/* ---- 1. the commit graph ---------------------------------------------------- */

static int in_share(const struct hist *h, const git_oid *id);
static void task_submit(struct hist *h);
static void submit(struct hist *h, enum kh_git_task_kind kind, const git_oid *id,
		   const char *text, size_t len, unsigned long long order,
		   struct blob_rec *rec);

/* The node of commit `id`, created unparsed when new; NONE when out of
 * memory. */
static uint32_t node_get(struct hist *h, const git_oid *id)
{
	uint32_t *slot;
	int added;

	if (h->nc >= MAX_COMMITS ||
	    kh_grow((void **)&h->c, &h->ccap, h->nc + 1, sizeof(*h->c)) < 0 ||
	    kh_oidmap_put(&h->cmap, id, (uint32_t)h->nc, &slot, &added) < 0) {
		h->oom = 1;
		return NONE;
	}
	if (added) {
		struct cnode *n = &h->c[h->nc++];

		memset(n, 0, sizeof(*n));
		git_oid_cpy(&n->id, id);
		n->pos = NONE;
	}
	return *slot;
}

static int heap_before(const struct hist *h, uint32_t a, uint32_t b)
{
	if (h->c[a].time != h->c[b].time)
		return h->c[a].time > h->c[b].time; /* newest first */
	return a < b;
}

static void heap_push(struct hist *h, uint32_t i)
{
	size_t k;

	if (kh_grow((void **)&h->heap, &h->hcap, h->nheap + 1, sizeof(*h->heap)) < 0) {
		h->oom = 1;
		return;
	}
	h->c[i].flags |= C_QUEUED;
	if (!(h->c[i].flags & C_HIDDEN))
		h->queued_live++;
	for (k = h->nheap++; k && heap_before(h, i, h->heap[(k - 1) / 2]);
	     k = (k - 1) / 2)
		h->heap[k] = h->heap[(k - 1) / 2];
	h->heap[k] = i;
}

static uint32_t heap_pop(struct hist *h)
{
	uint32_t top = h->heap[0], last = h->heap[--h->nheap];
	size_t k = 0, c;

	while ((c = 2 * k + 1) < h->nheap) {
		if (c + 1 < h->nheap && heap_before(h, h->heap[c + 1], h->heap[c]))
			c++;
		if (!heap_before(h, h->heap[c], last))
			break;
		h->heap[k] = h->heap[c];
		k = c;
	}
	h->heap[k] = last;
	h->c[top].flags &= ~C_QUEUED;
	if (!(h->c[top].flags & C_HIDDEN))
		h->queued_live--;
	return top;
}

/* A commit as the walker needs it, parsed from the raw object. */
struct raw_commit {
	git_oid tree;
	const char *parents; /* np lines "parent <hex>\n" */
	unsigned np;
	int64_t time; /* the committer's */
	const char *msg;
	size_t msglen;
	git_odb_object *hold; /* the object, when libgit2 read it */
};

static int is_hex(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
			return 0;
	return 1;
}

/* Parses the headers we use. Returns 0, or -1 when malformed. */
static int parse_commit(const char *p, size_t len, struct raw_commit *rc)
{
	const char *end = p + len, *nl;

	if (len < 46 || memcmp(p, "tree ", 5) || !is_hex(p + 5, 40) || p[45] != '\n' ||
	    git_oid_fromstrn(&rc->tree, p + 5, GIT_OID_HEXSZ) < 0)
		return -1;
	p += 46;
	rc->parents = p;
	rc->np = 0;
	while (end - p >= 48 && !memcmp(p, "parent ", 7) && is_hex(p + 7, 40) &&
	       p[47] == '\n') {
		rc->np++;
		p += 48;
	}
	rc->time = 0;
	rc->msg = end;
	rc->msglen = 0;
	while (p < end) {
		if (*p == '\n') { /* the blank line before the message */
			rc->msg = p + 1;
			rc->msglen = (size_t)(end - p - 1);
			break;
		}
		nl = memchr(p, '\n', (size_t)(end - p));
		nl = nl ? nl : end;
		if (nl - p > 10 && !memcmp(p, "committer ", 10)) {
			const char *gt = p, *q;
			long long t = 0;

			for (q = p; q < nl; q++)
				if (*q == '>')
					gt = q;
			for (gt++; gt < nl && *gt == ' '; gt++)
				;
			for (; gt < nl && *gt >= '0' && *gt <= '9' && t < (1LL << 50);
			     gt++)
				t = t * 10 + (*gt - '0');
			rc->time = t;
		}
		p = nl + 1;
	}
	return 0;
}

/* Reads commit id, through the pack reader when it can. Returns 0, or -1
 * (unreadable or malformed; libgit2's message in why) or -2 (OOM). The
 * result is valid until the next read. */
static int read_commit(struct hist *h, const git_oid *id, struct raw_commit *rc,
		       char *why, size_t whylen)
{
	enum kh_pack_status ps = KH_PACK_MISS;
	const unsigned char *data = NULL;
	git_object_t type = GIT_OBJECT_INVALID;
	size_t len = 0;

	rc->hold = NULL;
	if (h->pr)
		ps = kh_pack_read(h->pr, id, 0, SIZE_MAX, &data, &len, &type);
	if (ps == KH_PACK_NOMEM)
		return -2;
	if (ps == KH_PACK_DAMAGED)
		return kh_errf(why, whylen, "%s", kh_pack_why(h->pr));
	if (ps != KH_PACK_OK) {
		if (git_odb_read(&rc->hold, h->odb, id) < 0) {
			kh_errf(why, whylen, "%s", kh_git_msg());
			return -1;
		}
		data = git_odb_object_data(rc->hold);
		len = git_odb_object_size(rc->hold);
		type = git_odb_object_type(rc->hold);
	}
	if (type != GIT_OBJECT_COMMIT || parse_commit((const char *)data, len, rc) < 0) {
		if (type != GIT_OBJECT_COMMIT)
			kh_errf(why, whylen, "%s, not a commit", kh_git_what(type));
		else
			kh_errf(why, whylen, "malformed commit");
		git_odb_object_free(rc->hold);
		rc->hold = NULL;
		return -1;
	}
	return 0;
}

/*
 * Reads the entries of a->v the thread claims, block by block, until none
 * is left. A worker (w) scans each commit's message at once; the walker (w
 * NULL) hands it to the workers. Either marks its message's findings with
 * AHEAD_ORDER + the entry (message_pos finds the commit). An entry that is
 * no commit, or that cannot be read or parsed here, stays AHEAD_NONE: the
 * walk reads it as before (and warns).
 */
static void read_part(struct ahead *a, struct kh_pack_reader *pr, struct kh_worker *w)
{
	unsigned me = atomic_fetch_add(&a->nparts, 1);
	struct ahead_part *pt = &a->part[me];
	size_t i, first, end;

	while ((first = atomic_fetch_add(&a->next, AHEAD_BLOCK)) < a->n) {
		end = first + AHEAD_BLOCK < a->n ? first + AHEAD_BLOCK : a->n;
		for (i = first; i < end; i++) {
			struct ahead_commit *c = &a->c[i];
			const unsigned char *data;
			git_object_t type;
			struct raw_commit rc;
			size_t len;
			unsigned k;
			enum kh_pack_status ps =
				kh_pack_read(pr, &a->v[i].id, a->v[i].where, SIZE_MAX,
					     &data, &len, &type);

			c->part = AHEAD_NONE;
			if (ps == KH_PACK_NOMEM)
				pt->oom = 1;
			if (pt->oom || ps != KH_PACK_OK || type != GIT_OBJECT_COMMIT ||
			    parse_commit((const char *)data, len, &rc) < 0 ||
			    rc.msglen > UINT32_MAX)
				continue;
			if (kh_grow((void **)&pt->parents, &pt->pcap, pt->np + rc.np,
				    sizeof(*pt->parents)) < 0) {
				pt->oom = 1;
				continue;
			}
			c->parents = (uint32_t)pt->np;
			c->np = rc.np;
			for (k = 0; k < rc.np; k++)
				git_oid_fromstrn(&pt->parents[pt->np++],
						 rc.parents + 48 * k + 7, GIT_OID_HEXSZ);
			git_oid_cpy(&c->tree, &rc.tree);
			c->time = rc.time;
			c->msglen = (uint32_t)rc.msglen;
			c->part = me;
			if (w) {
				struct kh_source src = { 0 };

				src.data = (const unsigned char *)rc.msg;
				src.len = rc.msglen;
				src.order = AHEAD_ORDER + i;
				if (kh_scan_any(w, &src) < 0)
					w->failed = 1;
			} else {
				submit(a->h, KH_GIT_MESSAGE, NULL, rc.msg, rc.msglen,
				       AHEAD_ORDER + i, NULL);
			}
		}
	}
	pthread_mutex_lock(&a->lock);
	if (++a->finished == a->nreaders)
		pthread_cond_signal(&a->all_done);
	pthread_mutex_unlock(&a->lock);
}

static void read_part_worker(struct kh_worker *w, struct kh_pack_reader *pr, void *arg)
{
	read_part(arg, pr, w);
}

static void ahead_free(struct ahead *a)
{
	size_t k;

	if (!a)
		return;
	free(a->v);
	free(a->c);
	for (k = 0; a->part && k < a->nreaders; k++)
		free(a->part[k].parents);
	free(a->part);
	kh_oidmap_release(&a->map);
	pthread_mutex_destroy(&a->lock);
	pthread_cond_destroy(&a->all_done);
	free(a);
}

/*
 * Without a commit-graph file the walk would read every commit itself, one
 * after the other, while the workers wait for the first blobs. Instead the
 * walker and the workers read the commits the packs store first (where git
 * puts them all), the workers scanning the messages as they go, and the
 * walk takes the commits from here. Returns -1 only when out of memory.
 */
static int read_ahead(struct hist *h, struct kh_git_shared *sh,
		      const struct oidlist *hides)
{
	struct kh_git_item item = { 0 };
	struct ahead *a;
	long n;
	int k;

	/* with revisions to leave out (a range, a pre-push, an audit since
	 * the last) the walk reads only a few of the commits; a share scans
	 * only its own messages */
	if (h->graph || !h->packs || h->threads < 2 || hides->n || h->opt->shard_n)
		return 0;
	if ((n = kh_packs_front(h->pr, &h->ahead_v)) < 0)
		return -1;
	if (!n)
		return 0;
	if (!(a = calloc(1, sizeof(*a))))
		return -1;
	a->part = calloc((size_t)h->threads + 1, sizeof(*a->part));
	a->c = malloc((size_t)n * sizeof(*a->c));
	h->ahead_node = malloc((size_t)n * sizeof(*h->ahead_node));
	if (!a->part || !a->c || !h->ahead_node) {
		free(a->part);
		free(a->c);
		free(a);
		return -1;
	}
	a->h = h;
	a->v = h->ahead_v;
	h->ahead_v = NULL;
	a->n = h->nahead = (size_t)n;
	a->nreaders = (unsigned)h->threads + 1;
	pthread_mutex_init(&a->lock, NULL);
	pthread_cond_init(&a->all_done, NULL);
	h->ahead = a;
	/* the workers' messages in a few large tasks (as with a commit-graph
	 * file), so that the walker need not wait for room in the queue */
	h->piece = a->n / ((size_t)h->threads * 4) + 1;
	memset(h->ahead_node, 0xff, a->n * sizeof(*h->ahead_node)); /* NONE */
	sh->ahead = read_part_worker;
	sh->ahead_arg = a;
	item.kind = KH_GIT_AHEAD;
	task_submit(h); /* anything pending goes first, alone */
	for (k = 0; k < h->threads; k++) {
		struct kh_git_task *t = calloc(1, sizeof(*t));

		if (t) {
			t->item[t->n++] = item;
			kh_pool_submit(h->pool, t);
			continue;
		}
		pthread_mutex_lock(&a->lock); /* out of memory: one reader less */
		a->nreaders--;
		pthread_mutex_unlock(&a->lock);
	}
	read_part(a, h->pr, NULL);
	task_submit(h); /* the walker's messages */
	pthread_mutex_lock(&a->lock);
	while (a->finished < a->nreaders)
		pthread_cond_wait(&a->all_done, &a->lock);
	pthread_mutex_unlock(&a->lock);
	for (k = 0; k < (int)a->nreaders; k++)
		if (a->part[k].oom)
			return -1;
	for (size_t i = 0; i < a->n; i++) {
		uint32_t *slot;
		int added;

		if (a->c[i].part != AHEAD_NONE &&
		    kh_oidmap_put(&a->map, &a->v[i].id, (uint32_t)i, &slot, &added) < 0)
			return -1;
	}
	return 0;
}

/* Sets commit i's parents (their nodes), tree and date from what
 * read_ahead read at entry e, and queues it (its message is scanned). */
static void ahead_node(struct hist *h, uint32_t i, uint32_t e)
{
	const struct ahead_commit *c = &h->ahead->c[e];
	const git_oid *pids = h->ahead->part[c->part].parents + c->parents;
	size_t k, np = c->np;
	uint32_t j;

	h->ahead_node[e] = i;
	/* a shallow clone's boundary commits have parents that are not here */
	if (kh_oidmap_get(&h->shallow, &h->c[i].id))
		np = 0;
	if (h->np + np > UINT32_MAX ||
	    kh_grow((void **)&h->pidx, &h->pcap, h->np + np, sizeof(*h->pidx)) < 0) {
		h->oom = 1;
		return;
	}
	h->c[i].parents = (uint32_t)h->np;
	for (k = 0; k < np; k++) {
		if ((j = node_get(h, &pids[k])) == NONE)
			break;
		h->pidx[h->np++] = j;
	}
	h->c[i].nparents = (uint32_t)h->np - h->c[i].parents;
	git_oid_cpy(&h->c[i].tree, &c->tree);
	h->c[i].time = c->time;
	h->c[i].flags |= C_PARSED;
	heap_push(h, i);
}

/* The messages read ahead of commits the walk did not reach (unreachable
 * ones left in a pack) were scanned for nothing: their findings are
 * dropped (message_pos) and they are not counted as scanned. */
static void ahead_done(struct hist *h)
{
	struct ahead *a = h->ahead;
	size_t e;

	for (e = 0; e < a->n; e++)
		if (a->c[e].part != AHEAD_NONE && h->ahead_node[e] == NONE) {
			atomic_fetch_sub(&h->d->stats.sources_scanned, 1);
			atomic_fetch_sub(&h->d->stats.bytes_scanned, a->c[e].msglen);
		}
	ahead_free(a);
	h->ahead = NULL;
}

/* Sets commit i's parents (their nodes), tree and date from the
 * commit-graph file, where it is at position gp, and queues it; the
 * workers read the commit for its message. */
static void graph_node(struct hist *h, uint32_t i, uint32_t gp)
{
	uint32_t ploc[8], *pp = ploc, j;
	size_t k, np = kh_commit_graph_commit(h->graph, gp, &h->c[i].tree, &h->c[i].time,
					      ploc, 8);

	if (np > 8 && (!(pp = malloc(np * sizeof(*pp))) ||
		       kh_commit_graph_commit(h->graph, gp, &h->c[i].tree, &h->c[i].time,
					      pp, np) != np)) {
		h->oom = 1;
		free(pp);
		return;
	}
	/* a shallow clone's boundary commits have parents that are not here */
	if (kh_oidmap_get(&h->shallow, &h->c[i].id))
		np = 0;
	if (h->np + np > UINT32_MAX ||
	    kh_grow((void **)&h->pidx, &h->pcap, h->np + np, sizeof(*h->pidx)) < 0) {
		h->oom = 1;
		np = 0;
	}
	h->c[i].parents = (uint32_t)h->np;
	for (k = 0; k < np; k++) {
		if ((j = node_get(h, kh_commit_graph_id(h->graph, pp[k]))) == NONE)
			break;
		h->pidx[h->np++] = j;
	}
	if (pp != ploc)
		free(pp);
	h->c[i].nparents = (uint32_t)h->np - h->c[i].parents;
	h->c[i].flags |= C_PARSED;
	if (in_share(h, &h->c[i].id))
		submit(h, KH_GIT_COMMIT, &h->c[i].id, NULL, 0, i, NULL);
	heap_push(h, i);
}

/* Reads commit i (its tree, date and parents) and queues it. `child` is
 * the commit that named it, for the warning. Returns -1 when unreadable. */
static int parse_node(struct hist *h, uint32_t i, uint32_t child)
{
	char a[GIT_OID_HEXSZ + 1], b[GIT_OID_HEXSZ + 1], why[256];
	struct raw_commit rc;
	unsigned k, np;
	uint32_t j, *slot;
	int r;

	if (h->graph &&
	    (j = kh_commit_graph_find(h->graph, &h->c[i].id)) != KH_GRAPH_NONE) {
		graph_node(h, i, j);
		return 0;
	}
	if (h->ahead && (slot = kh_oidmap_get(&h->ahead->map, &h->c[i].id))) {
		ahead_node(h, i, *slot);
		return 0;
	}
	r = read_commit(h, &h->c[i].id, &rc, why, sizeof(why));
	if (r < 0) {
		h->c[i].flags |= C_BAD;
		if (r == -2)
			h->oom = 1;
		else if (first_complaint(h, &h->c[i].id)) {
			if (child == NONE)
				kh_warn(h->d, "%s: cannot read commit %s: %s", h->name,
					hex_of(&h->c[i].id, a), why);
			else
				kh_warn(h->d,
					"%s: commit %s (parent of %s) is missing or "
					"corrupt, history behind it is not scanned: %s",
					h->name, hex_of(&h->c[i].id, a),
					hex_of(&h->c[child].id, b), why);
		}
		return -1;
	}
	/* a shallow clone's boundary commits have parents that are not here */
	np = kh_oidmap_get(&h->shallow, &h->c[i].id) ? 0 : rc.np;
	if (h->np + np > UINT32_MAX ||
	    kh_grow((void **)&h->pidx, &h->pcap, h->np + np, sizeof(*h->pidx)) < 0) {
		h->oom = 1;
		git_odb_object_free(rc.hold);
		return -1;
	}
	h->c[i].parents = (uint32_t)h->np;
	for (k = 0; k < np; k++) {
		git_oid pid;

		git_oid_fromstrn(&pid, rc.parents + 48 * k + 7, GIT_OID_HEXSZ);
		if ((j = node_get(h, &pid)) == NONE)
			break;
		h->pidx[h->np++] = j;
	}
	h->c[i].nparents = (uint32_t)h->np - h->c[i].parents;
	git_oid_cpy(&h->c[i].tree, &rc.tree);
	h->c[i].time = rc.time;
	h->c[i].flags |= C_PARSED;
	/* its message now, while the commit is at hand: the workers scan it
	 * as the graph loads (attribute() drops it if the commit turns out
	 * hidden) */
	if (in_share(h, &h->c[i].id))
		submit(h, KH_GIT_MESSAGE, NULL, rc.msg, rc.msglen, i, NULL);
	git_odb_object_free(rc.hold);
	heap_push(h, i);
	return 0;
}

/* Marks i and every known ancestor as reachable from a hidden revision. */
static void mark_hidden(struct hist *h, uint32_t i)
{
	h->nstack = 0;
	for (;;) {
		struct cnode *n = &h->c[i];
		uint32_t k;

		if (!(n->flags & C_HIDDEN)) {
			n->flags |= C_HIDDEN;
			if (n->flags & C_QUEUED)
				h->queued_live--;
			if (kh_grow((void **)&h->stack, &h->scap, h->nstack + n->nparents,
				    sizeof(*h->stack)) < 0) {
				h->oom = 1;
				return;
			}
			for (k = 0; k < n->nparents; k++)
				h->stack[h->nstack++] = h->pidx[n->parents + k];
		}
		if (!h->nstack)
			return;
		i = h->stack[--h->nstack];
	}
}

/*
 * Reads the commits reachable from `tips` and not from `hides`, newest
 * first. Without hides it reads everything; with them it stops once every
 * queued commit is hidden (plus SLOP more, for clock skew), as git does.
 */
static int load_graph(struct hist *h, const struct oidlist *tips,
		      const struct oidlist *hides)
{
	size_t k;
	int slop = SLOP;
	uint32_t i;

	for (k = 0; k < tips->n; k++) {
		if ((i = node_get(h, &tips->v[k])) == NONE)
			return -1;
		if (!(h->c[i].flags & (C_PARSED | C_BAD)))
			parse_node(h, i, NONE);
	}
	h->hides = hides->n > 0;
	for (k = 0; k < hides->n; k++) {
		if ((i = node_get(h, &hides->v[k])) == NONE)
			return -1;
		mark_hidden(h, i);
		if (!(h->c[i].flags & (C_PARSED | C_BAD)))
			parse_node(h, i, NONE);
	}
	while (h->nheap && !h->oom) {
		struct cnode *n;

		i = heap_pop(h);
		n = &h->c[i];
		n->flags |= C_POPPED;
		for (k = 0; k < h->c[i].nparents; k++) {
			uint32_t j = h->pidx[h->c[i].parents + k];

			if (h->c[i].flags & C_HIDDEN)
				mark_hidden(h, j);
			if (!(h->c[j].flags & (C_PARSED | C_BAD)))
				parse_node(h, j, i);
		}
		if (h->hides) {
			if (h->queued_live)
				slop = SLOP;
			else if (--slop == 0)
				break;
		}
	}
	return h->oom ? -1 : 0;
}

/* ---- 2. topological order, oldest first ------------------------------------- */

static int live(const struct cnode *n)
{
	return (n->flags & (C_POPPED | C_HIDDEN | C_BAD)) == C_POPPED;
}

/* Oldest first; the id breaks ties so the order never depends on how the
 * refs were listed. */
static int ready_before(const struct hist *h, uint32_t a, uint32_t b)
{
	if (h->c[a].time != h->c[b].time)
		return h->c[a].time < h->c[b].time;
	return git_oid_cmp(&h->c[a].id, &h->c[b].id) < 0;
}

static void ready_push(struct hist *h, uint32_t *heap, size_t *n, uint32_t i)
{
	size_t k;

	for (k = (*n)++; k && ready_before(h, i, heap[(k - 1) / 2]); k = (k - 1) / 2)
		heap[k] = heap[(k - 1) / 2];
	heap[k] = i;
}

static uint32_t ready_pop(struct hist *h, uint32_t *heap, size_t *n)
{
	uint32_t top = heap[0], last = heap[--*n];
	size_t k = 0, c;

	while ((c = 2 * k + 1) < *n) {
		if (c + 1 < *n && ready_before(h, heap[c + 1], heap[c]))
			c++;
		if (!ready_before(h, heap[c], last))
			break;
		heap[k] = heap[c];
		k = c;
	}
	heap[k] = last;
	return top;
}

/* Kahn's algorithm over the live commits: a commit comes after all its
 * parents. */
static int topo_sort(struct hist *h)
{
	uint32_t *indeg = calloc(h->nc + 1, sizeof(*indeg));
	uint32_t *first = calloc(h->nc + 1, sizeof(*first));
	uint32_t *kids = NULL, *ready = NULL;
	size_t i, k, nedges = 0, nready = 0;
	int ret = -1;

	if (!indeg || !first)
		goto out;
	for (i = 0; i < h->nc; i++) {
		if (!live(&h->c[i]))
			continue;
		for (k = 0; k < h->c[i].nparents; k++) {
			uint32_t p = h->pidx[h->c[i].parents + k];

			if (live(&h->c[p])) {
				indeg[i]++;
				first[p + 1]++;
				nedges++;
			}
		}
	}
	for (i = 0; i < h->nc; i++)
		first[i + 1] += first[i];
	kids = malloc((nedges + 1) * sizeof(*kids));
	ready = malloc((h->nc + 1) * sizeof(*ready));
	h->order = malloc((h->nc + 1) * sizeof(*h->order));
	if (!kids || !ready || !h->order)
		goto out;
	/* fill children lists; `first` is shifted back afterwards */
	for (i = 0; i < h->nc; i++) {
		if (!live(&h->c[i]))
			continue;
		for (k = 0; k < h->c[i].nparents; k++) {
			uint32_t p = h->pidx[h->c[i].parents + k];

			if (live(&h->c[p]))
				kids[first[p]++] = (uint32_t)i;
		}
	}
	for (i = h->nc; i > 0; i--)
		first[i] = first[i - 1];
	first[0] = 0;
	for (i = 0; i < h->nc; i++)
		if (live(&h->c[i]) && !indeg[i])
			ready_push(h, ready, &nready, (uint32_t)i);
	while (nready) {
		uint32_t c = ready_pop(h, ready, &nready);

		h->c[c].pos = (uint32_t)h->norder;
		h->order[h->norder++] = c;
		for (k = first[c]; k < first[c + 1]; k++)
			if (--indeg[kids[k]] == 0)
				ready_push(h, ready, &nready, kids[k]);
	}
	ret = 0;
out:
	free(indeg);
	free(first);
	free(kids);
	free(ready);
	return ret;
}

/* ---- 3. tree comparison ------------------------------------------------------ */

static struct blob_rec *blob_get(const struct hist *h, uint32_t seq)
{
	return &h->chunks[seq >> CHUNK_BITS][seq & (CHUNK_SIZE - 1)];
}

/* A new blob record numbered h->nblobs; NULL when out of memory. */
static struct blob_rec *blob_new(struct hist *h)
{
	struct blob_rec *r;

	if (h->nblobs == NONE - 1) /* the last number would read as NONE */
		return NULL;
	if ((h->nblobs >> CHUNK_BITS) == h->nchunks) {
		struct blob_rec **v = realloc(h->chunks, (h->nchunks + 1) * sizeof(*v));

		if (!v)
			return NULL;
		h->chunks = v;
		if (!(v[h->nchunks] = calloc(CHUNK_SIZE, sizeof(**v))))
			return NULL;
		h->nchunks++;
	}
	r = blob_get(h, h->nblobs++);
	r->commit = r->extra = r->prev[0] = r->prev[1] = r->alt = NONE;
	atomic_init(&r->state, KH_BLOB_PENDING);
	return r;
}

/* Hands the task being filled (a chain of batches) to the workers. */
static void task_submit(struct hist *h)
{
	if (h->task)
		kh_pool_submit(h->pool, h->task);
	h->task = h->batch = NULL;
	h->ntask = 0;
}

/* Adds item (whose text it takes) to the task being filled, handing the
 * task to the workers once it holds h->piece items. */
static void batch_add(struct hist *h, const struct kh_git_item *item)
{
	if (!h->batch || h->batch->n == KH_GIT_BATCH) {
		struct kh_git_task *b = calloc(1, sizeof(*b));

		if (!b) {
			free(item->text);
			h->oom = 1;
			return;
		}
		if (h->batch)
			h->batch->next = b;
		else
			h->task = b;
		h->batch = b;
	}
	h->batch->item[h->batch->n++] = *item;
	if (++h->ntask >= h->piece)
		task_submit(h);
}

static int held_cmp(const void *pa, const void *pb)
{
	const struct kh_git_item *a = pa, *b = pb;

	if (a->where != b->where)
		return a->where < b->where ? -1 : 1;
	return (a->order > b->order) - (a->order < b->order);
}

/*
 * Hands the held blobs to the workers in the order the packs store them.
 * Found in history order, blob after blob needs the newest version of its
 * file (a delta chain's base, as git packs) and every delta between: more
 * than a worker's cache of bases keeps, so bases were inflated again and
 * again. In pack order a delta family lies together, and every base is
 * inflated about once, as git cat-file does. Each run starts again from
 * the newest version of every file it holds: long runs pay that less
 * often. The queue holds a whole run (start_workers), so the walker goes
 * on to the next while the workers scan this one. A run goes in
 * RUN_PIECES pieces per worker, each a stretch of the pack: a family cut
 * between two workers is built by both, and small batches cut them often.
 */
static void release_blobs(struct hist *h)
{
	size_t i;

	if (!h->nheld)
		return;
	kh_sort(h->held, h->nheld, sizeof(*h->held), held_cmp);
	task_submit(h);
	h->piece = h->nheld / ((size_t)h->threads * RUN_PIECES) + 1;
	if (h->piece < KH_GIT_BATCH)
		h->piece = KH_GIT_BATCH;
	for (i = 0; i < h->nheld; i++)
		batch_add(h, &h->held[i]);
	task_submit(h);
	h->piece = KH_GIT_BATCH;
	h->nheld = 0;
	if (h->run == BLOB_RUN_LAST)
		h->steady = 1;
	h->run = h->run >= BLOB_RUN_LAST / BLOB_RUN_GROWTH ? BLOB_RUN_LAST
							   : BLOB_RUN_GROWTH * h->run;
}

/* Hands every held blob and the task being filled to the workers. */
static void flush(struct hist *h)
{
	release_blobs(h);
	task_submit(h);
}

/* 1 when object id is in this run's share: its first four bytes, a
 * big-endian number, modulo N are K - 1 (object ids are uniform). */
static int in_share(const struct hist *h, const git_oid *id)
{
	uint32_t v = (uint32_t)id->id[0] << 24 | (uint32_t)id->id[1] << 16 |
		     (uint32_t)id->id[2] << 8 | id->id[3];

	return !h->opt->shard_n || v % h->opt->shard_n == h->opt->shard_k - 1;
}

/* The id --state records blob `id` (record r) under: its own at the
 * plain path profile, else one made of both, as a scan at another
 * profile is another scan. */
static void state_key(const struct hist *h, const git_oid *id, const struct blob_rec *r,
		      git_oid *out)
{
	static const char what[] = "keyhound path profile";
	unsigned char d[32];
	struct kh_sha256 c;
	const char *p;

	if (!r->profile) {
		git_oid_cpy(out, id);
		return;
	}
	p = kh_strtab_get(&h->profiles, r->profile - 1);
	kh_sha256_init(&c);
	kh_sha256_update(&c, what, sizeof(what)); /* with its NUL */
	kh_sha256_update(&c, id->id, GIT_OID_RAWSZ);
	kh_sha256_update(&c, p, strlen(p));
	kh_sha256_final(&c, d);
	git_oid_fromraw(out, d);
}

static void submit(struct hist *h, enum kh_git_task_kind kind, const git_oid *id,
		   const char *text, size_t len, unsigned long long order,
		   struct blob_rec *rec)
{
	struct kh_git_item t = { 0 };

	if (rec && rec->share == SHARE_MINE && !in_share(h, id)) {
		/* kept back; its name is kept for a second round */
		rec->share = SHARE_OTHER;
		if (kh_strtab_intern(&h->paths, text, len, &rec->path0) < 0)
			h->oom = 1;
		return;
	}
	if (kind != KH_GIT_COMMIT && !(t.text = kh_strndup(text, len))) {
		h->oom = 1;
		return;
	}
	t.kind = kind;
	if (id)
		git_oid_cpy(&t.id, id);
	if (h->opt->state && rec)
		state_key(h, id, rec, &t.state_id);
	t.len = len;
	t.order = order;
	t.state = rec ? &rec->state : NULL;
	if (kind == KH_GIT_MESSAGE || kind == KH_GIT_COMMIT) {
		batch_add(h, &t);
		return;
	}
	kh_progress_queued(&h->d->progress);
	if (!h->packs) {
		batch_add(h, &t);
		return;
	}
	if (kh_grow((void **)&h->held, &h->heldcap, h->nheld + 1, sizeof(*h->held)) < 0) {
		free(t.text);
		h->oom = 1;
		return;
	}
	t.where = kh_packs_position(h->packs,
				    &t.id); /* the worker's read needs no search */
	h->held[h->nheld++] = t;
	if (h->nheld >= h->run ||
	    (h->run < BLOB_RUN_LAST && h->nheld % STARVED_CHECK == 0 &&
	     h->nheld >= h->run / 4 && kh_pool_starving(h->pool)))
		release_blobs(h);
}

/* Queues blob `id` (record r, number seq) for the workers under `name`,
 * unless the state file says this ruleset scanned it already: then its
 * findings come from there. */
static void queue_blob(struct hist *h, const git_oid *id, const char *name, size_t len,
		       uint32_t seq, struct blob_rec *r)
{
	size_t before = h->earlier.n;
	git_oid key;
	int rc = 0;

	if (h->opt->state) {
		state_key(h, id, r, &key);
		rc = kh_state_blob_lookup(h->opt->state, &key, name, len, seq,
					  &h->earlier);
	}
	if (rc < 0) {
		h->oom = 1;
	} else if (rc > 0) {
		atomic_store(&r->state,
			     h->earlier.n > before ? KH_BLOB_FOUND : KH_BLOB_CLEAN);
		h->skipped++;
	} else {
		submit(h, KH_GIT_BLOB, id, name, len, seq, r);
	}
}

/* The number of path's profile in h->profiles plus one; 0: the plain
 * profile (or out of memory, h->oom set). */
static uint32_t profile_of(struct hist *h, const char *path)
{
	uint32_t id, known;
	size_t n;

	if (kh_strtab_intern(&h->profiled, path, strlen(path), &known) < 0 ||
	    kh_grow((void **)&h->profile_at, &h->profiledcap, (size_t)known + 1,
		    sizeof(*h->profile_at)) < 0) {
		h->oom = 1;
		return 0;
	}
	if (known < h->nprofiled)
		return h->profile_at[known];
	h->nprofiled = (size_t)known + 1;
	n = kh_engine_path_profile(h->engine, path, h->profile, h->profcap);
	h->profile_at[known] = 0;
	if (!n)
		return 0;
	if (n >= h->profcap) {
		if (kh_grow((void **)&h->profile, &h->profcap, n + 1, 1) < 0) {
			h->oom = 1;
			return 0;
		}
		kh_engine_path_profile(h->engine, path, h->profile, h->profcap);
	}
	if (kh_strtab_intern(&h->profiles, h->profile, n, &id) < 0) {
		h->oom = 1;
		return 0;
	}
	return h->profile_at[known] = id + 1;
}

/* The record number of blob `id` at profile `profile`, or NONE. */
static uint32_t blob_at(const struct hist *h, const git_oid *id, uint32_t profile)
{
	const uint32_t *slot = kh_oidmap_get(&h->bmap, id);
	uint32_t seq;

	for (seq = slot ? *slot : NONE; seq != NONE; seq = blob_get(h, seq)->alt)
		if (blob_get(h, seq)->profile == profile)
			break;
	return seq;
}

/* The record of blob `id` at path profile `profile`, queued for scanning
 * when new (*added set) with the current path as its name. NULL when out
 * of memory. */
static struct blob_rec *blob_find_or_queue(struct hist *h, const git_oid *id,
					   uint32_t profile, uint32_t *seq, int *added)
{
	struct blob_rec *r, *last = NULL;
	uint32_t *slot;

	if (kh_oidmap_put(&h->bmap, id, h->nblobs, &slot, added) < 0) {
		h->oom = 1;
		return NULL;
	}
	for (*seq = *added ? NONE : *slot; *seq != NONE; *seq = last->alt)
		if ((last = blob_get(h, *seq))->profile == profile)
			return last;
	*added = 1;
	*seq = h->nblobs;
	if (!(r = blob_new(h))) {
		h->oom = 1;
		return NULL;
	}
	if (last) /* the same blob at a new profile: scanned again */
		last->alt = *seq;
	r->profile = profile;
	r->p0len = (uint32_t)h->plen;
	queue_blob(h, id, h->path, h->plen, *seq, r);
	return r;
}

/* The record number of a parent's version of the current file (path
 * profile `profile`); a blob outside the selected history is queued as
 * context. */
static uint32_t prev_seq(struct hist *h, const git_oid *id, uint32_t profile)
{
	struct blob_rec *r;
	uint32_t seq;
	int added;

	if (!id)
		return NONE;
	if (!(r = blob_find_or_queue(h, id, profile, &seq, &added)))
		return NONE;
	if (added)
		r->context = 1;
	return seq;
}

/* ---- commits compared ahead by idle workers ------------------------------------
 *
 * The walker compares trees alone, and at the start it is the bound: the
 * first full run of blobs (BLOB_RUN_LAST) is gathered while the workers,
 * done with the short early runs, wait (half a second on the
 * 50,000-commit proxy). Comparing a commit's trees with its parents' needs
 * nothing the walk builds (only the graph and the order, fixed by then),
 * so an idle worker compares a block of DIFF_BLOCK commits ahead of the
 * walker with a tree cache of its own and writes down what diff_tree
 * finds; the walker replays that through introduce(), in the same order,
 * so blob records, attribution and findings are what it would have made.
 * Anything diff_tree would warn about fails the block: the walker compares
 * it again itself and says so.
 */
enum { BLOCK_FREE, BLOCK_TAKEN, BLOCK_DONE, BLOCK_FAILED, BLOCK_WALKER };

struct diff_block {
	atomic_int state;
	/* what the block's commits introduce, one entry after another: the
	 * commit's position and the path's length (two uint32_t), the path,
	 * the blob's raw id, the number of previous versions (a byte) and
	 * their raw ids */
	unsigned char *rec;
	size_t len, cap;
};

struct diffs {
	struct hist *h; /* its graph and order only, read-only by now */
	struct diff_block *b;
	size_t nb;
	atomic_size_t next;   /* the first block a worker may claim */
	atomic_size_t walker; /* the block the walker is at */
	atomic_int queued;    /* KH_GIT_DIFF tasks not yet run */
	int most;	      /* of them at once: one a core the walker leaves */
	atomic_int stop;      /* a full run has gone: back to scanning */
	size_t replayed;      /* commits the walker took from the workers */
	int test;	      /* KH_TEST_DIFF_AHEAD: offered even when no one waits */
	/* each worker's trees, kept from block to block (a block's trees are
	 * mostly the next one's), found by the worker's pack reader: a cache
	 * of them and a reader of their own, whose delta bases are the trees'
	 * (in the worker's, blobs would push them out) */
	struct diff_trees {
		const struct kh_pack_reader *worker;
		struct kh_pack_reader *pr;
		struct kh_tree_cache *c;
		size_t after; /* the block after the worker's last one; 0: none */
	} * trees;
	pthread_mutex_t lock;
	pthread_cond_t done;
};

/* In a worker's view (h->rec): writes down an introduction for the walker. */
static void diff_record(struct hist *h, const git_oid *id, const git_oid *prev[2])
{
	struct diff_block *b = h->rec;
	unsigned char np = (unsigned char)((prev[0] != NULL) + (prev[1] != NULL)), *p;
	uint32_t head[2] = { h->cur, (uint32_t)h->plen };
	size_t need = sizeof(head) + h->plen + GIT_OID_RAWSZ * (1u + np) + 1, k;

	if (kh_grow((void **)&b->rec, &b->cap, b->len + need, 1) < 0) {
		h->oom = 1;
		return;
	}
	p = b->rec + b->len;
	memcpy(p, head, sizeof(head));
	p += sizeof(head);
	memcpy(p, h->path, h->plen);
	p += h->plen;
	memcpy(p, id->id, GIT_OID_RAWSZ);
	p += GIT_OID_RAWSZ;
	*p++ = np;
	for (k = 0; k < np; k++, p += GIT_OID_RAWSZ)
		memcpy(p, prev[k]->id, GIT_OID_RAWSZ);
	b->len += need;
}

/*
 * Blob `id` at h->path is in the current commit and in none of its
 * parents at that path; `prev` are what (up to) two parents had there.
 * The first time a blob is seen it is queued for scanning; later times
 * are remembered for attribution, unless the blob is known to hold
 * nothing.
 */
static void introduce(struct hist *h, const git_oid *id, uint32_t commit,
		      const git_oid *prev[2])
{
	struct blob_rec *r;
	uint32_t seq, pid, profile, p0, p1;
	int added;

	if (h->rec) {
		diff_record(h, id, prev);
		return;
	}
	profile = profile_of(h, h->path);
	p0 = prev_seq(h, prev[0], profile);
	p1 = prev_seq(h, prev[1], profile);
	if (!(r = blob_find_or_queue(h, id, profile, &seq, &added)))
		return;
	if (added) {
		r->commit = commit;
		r->prev[0] = p0;
		r->prev[1] = p1;
		return;
	}
	/* seen before (perhaps only as context): another introduction */
	if (atomic_load(&r->state) == KH_BLOB_CLEAN)
		return;
	if (h->nocc >= NONE - 1 ||
	    kh_grow((void **)&h->occ, &h->occap, h->nocc + 1, sizeof(*h->occ)) < 0 ||
	    kh_strtab_intern(&h->paths, h->path, h->plen, &pid) < 0) {
		h->oom = 1;
		return;
	}
	h->occ[h->nocc].commit = commit;
	h->occ[h->nocc].path = pid;
	h->occ[h->nocc].prev[0] = p0;
	h->occ[h->nocc].prev[1] = p1;
	h->occ[h->nocc].next = r->extra;
	r->extra = (uint32_t)h->nocc++;
}

static int load_tree(struct hist *h, const git_oid *id, struct kh_tree **out)
{
	char a[GIT_OID_HEXSZ + 1], b[GIT_OID_HEXSZ + 1], why[256];
	int rc = kh_tree_get(h->trees_cache, id, out, why, sizeof(why));

	if (rc == 0)
		return 0;
	if (rc == -2 || h->rec)
		h->oom = 1;
	else if (h->promisor && !git_odb_exists(h->odb, id)) {
		if (first_complaint(h, id))
			h->promised_trees++; /* left on the promisor remote */
	} else if (first_complaint(h, id))
		kh_warn(h->d,
			"%s: cannot read tree %s (%.*s%s in %s %s), its files are "
			"not scanned there: %s",
			h->name, hex_of(id, a), (int)h->plen, h->path,
			h->plen ? "" : "top level", h->cur < h->norder ? "commit" : "tag",
			hex_of(h->cur < h->norder ? &h->c[h->order[h->cur]].id
						  : &h->tags[h->cur - h->norder].id,
			       b),
			why);
	return -1;
}

/* git's tree order: a directory sorts as if its name ended in '/'. */
static int entry_cmp(const struct kh_tree *ta, const struct kh_tree_entry *a,
		     const struct kh_tree *tb, const struct kh_tree_entry *b)
{
	size_t n = a->len < b->len ? a->len : b->len;
	const char *an = kh_entry_name(ta, a), *bn = kh_entry_name(tb, b);
	int c = memcmp(an, bn, n);
	unsigned char ca, cb;

	if (c)
		return c;
	ca = a->len > n ? (unsigned char)an[n] : a->mode == GIT_FILEMODE_TREE ? '/' : 0;
	cb = b->len > n ? (unsigned char)bn[n] : b->mode == GIT_FILEMODE_TREE ? '/' : 0;
	return (ca > cb) - (ca < cb);
}

static int path_push(struct hist *h, const char *name)
{
	size_t n = strlen(name), need = h->plen + n + 2;

	if (need > MAX_PATH_LEN) {
		if (h->rec)
			h->oom = 1; /* the walker warns */
		return -1;
	}
	if (kh_grow((void **)&h->path, &h->pathcap, need, 1) < 0) {
		h->oom = 1;
		return -1;
	}
	if (h->plen)
		h->path[h->plen++] = '/';
	memcpy(h->path + h->plen, name, n + 1);
	h->plen += n;
	return 0;
}

static void note_submodule(struct hist *h, const git_oid *id)
{
	char a[GIT_OID_HEXSZ + 1];

	if (h->rec)
		h->oom = 1; /* the walker notes it */
	if (h->rec || h->noted_submodule++)
		return;
	kh_note(h->d,
		"%s: %.*s is a submodule (commit %s), not followed: scan its repository "
		"on its own",
		h->name, (int)h->plen, h->path, hex_of(id, a));
}

/*
 * Introduces every blob under tree `id` (at h->path) that none of the
 * parent trees `pids` (the same directory in each parent that has it as a
 * directory) holds at the same path. Subtrees equal to a parent's are
 * skipped without being read.
 */
static void diff_tree(struct hist *h, const git_oid *id, const git_oid *pids, size_t np,
		      int depth)
{
	struct kh_tree *t = NULL, *ploc[4] = { 0 }, **pt = ploc;
	size_t curloc[4] = { 0 }, *cur = curloc;
	git_oid subloc[4], *sub = subloc;
	size_t i, j, n, base = h->plen;
	uint32_t *slot;
	int added;

	if (depth > MAX_TREE_DEPTH) {
		if (h->rec)
			h->oom = 1; /* the walker warns */
		else if (!h->noted_depth++)
			kh_warn(h->d,
				"%s: %.*s: trees nested deeper than %d levels are not "
				"scanned",
				h->name, (int)h->plen, h->path, MAX_TREE_DEPTH);
		return;
	}
	if (np > 4) {
		pt = calloc(np, sizeof(*pt));
		cur = calloc(np, sizeof(*cur));
		sub = calloc(np, sizeof(*sub));
		if (!pt || !cur || !sub) {
			h->oom = 1;
			goto out;
		}
	}
	if (load_tree(h, id, &t) < 0)
		goto out;
	/* --unreachable: what the history reaches is not dangling */
	if (h->opt->unreachable && kh_oidmap_put(&h->trees, id, 0, &slot, &added) < 0)
		h->oom = 1;
	for (j = 0; j < np; j++)
		load_tree(h, &pids[j], &pt[j]); /* unreadable: as if absent */
	n = t->n;
	for (i = 0; i < n && !h->oom; i++) {
		const struct kh_tree_entry *e = &t->e[i];
		const git_oid *eid = kh_entry_id(t, e), *prev[2] = { NULL, NULL };
		size_t nsub = 0, nprev = 0;
		int same = 0;

		for (j = 0; j < np && !same; j++) {
			size_t pn = pt[j] ? pt[j]->n : 0;
			const struct kh_tree_entry *pe = NULL;
			int c = 1;

			while (cur[j] < pn) {
				pe = &pt[j]->e[cur[j]];
				if ((c = entry_cmp(pt[j], pe, t, e)) >= 0)
					break;
				cur[j]++;
			}
			if (cur[j] >= pn || c != 0)
				continue;
			/* inline: libgit2's git_oid_equal is a call into the
			 * library for every entry of every tree compared */
			if (!memcmp(kh_entry_id(pt[j], pe)->id, eid->id, GIT_OID_RAWSZ))
				same = 1;
			else if (e->mode == GIT_FILEMODE_TREE)
				git_oid_cpy(&sub[nsub++], kh_entry_id(pt[j], pe));
			else if (nprev < 2 && pe->mode != GIT_FILEMODE_COMMIT)
				prev[nprev++] =
					kh_entry_id(pt[j], pe); /* this file before */
		}
		if (same)
			continue;
		if (path_push(h, kh_entry_name(t, e)) < 0) {
			if (!h->oom)
				kh_warn(h->d,
					"%s: a path longer than %u bytes is not scanned",
					h->name, MAX_PATH_LEN);
			h->plen = base;
			continue;
		}
		if (kh_excluded(h->opt, h->path))
			; /* --exclude: neither scanned nor attributed here */
		else if (e->mode == GIT_FILEMODE_TREE)
			diff_tree(h, eid, sub, nsub, depth + 1);
		else if (e->mode == GIT_FILEMODE_COMMIT)
			note_submodule(h, eid);
		else
			introduce(h, eid, h->cur, prev);
		h->plen = base;
		if (h->path)
			h->path[base] = '\0';
	}
out:
	kh_tree_release(h->trees_cache, t);
	for (j = 0; j < np; j++)
		if (pt)
			kh_tree_release(h->trees_cache, pt[j]);
	if (pt != ploc)
		free(pt);
	if (cur != curloc)
		free(cur);
	if (sub != subloc)
		free(sub);
}

/* Introduces what commit `pos`'s tree adds (parse_node queued its
 * message). */
static void diff_commit(struct hist *h, uint32_t pos)
{
	const struct cnode *n = &h->c[h->order[pos]];
	git_oid ploc[4], *pids = ploc;
	size_t k, np = 0;

	h->cur = pos;
	if (n->nparents > 4 && !(pids = malloc(n->nparents * sizeof(*pids)))) {
		h->oom = 1;
		return;
	}
	for (k = 0; k < n->nparents; k++) {
		const struct cnode *p = &h->c[h->pidx[n->parents + k]];

		if (!(p->flags & C_PARSED))
			continue; /* missing: as if the commit had no such parent */
		if (git_oid_equal(&p->tree, &n->tree))
			goto out; /* same snapshot: nothing introduced */
		git_oid_cpy(&pids[np++], &p->tree);
	}
	h->plen = 0;
	diff_tree(h, &n->tree, pids, np, 0);
out:
	if (pids != ploc)
		free(pids);
}

/* The worker's side (KH_GIT_DIFF): claims the next free block ahead of the
 * walker, if any, and compares its commits in a view of the history of
 * its own. */
static void diff_ahead(struct kh_worker *w, struct kh_pack_reader *pr, void *arg)
{
	struct diffs *ds = arg;
	const struct hist *h = ds->h;
	struct diff_trees *t;
	struct hist v = { 0 };
	size_t k, limit;
	uint32_t pos, end;
	int want;

	(void)w;
	pthread_mutex_lock(&ds->lock);
	for (t = ds->trees; t->worker && t->worker != pr; t++)
		;
	if (!t->worker) {
		t->worker = pr;
		if ((t->pr = kh_pack_reader_new(h->packs, DIFF_BASE_BYTES)))
			t->c = kh_tree_cache_new(NULL, t->pr, DIFF_TREE_BYTES);
	}
	pthread_mutex_unlock(&ds->lock);
	/* block after block, until a full run of blobs is there to scan */
next:
	if (atomic_load(&ds->stop))
		goto out;
	limit = atomic_load(&ds->walker) + DIFF_BLOCKS_AHEAD;
	want = BLOCK_FREE;
	/* the block after its last one, whose trees its caches hold the
	 * newer versions of; else the first free one from a span no one has
	 * begun (from the walker's, once every span is begun; the tests'
	 * hook: always, so that the walker's own block goes first) */
	k = ds->test ? 0 : t->after;
	/* Not the block the walker is about to reach (DIFF_GAP): it would
	 * wait for it, and then for every block after it, at the worker's
	 * pace, slower than its own (its caches are warmer), while the other
	 * core idled. Those it compares itself; this worker begins a span
	 * further ahead. */
	if (!ds->test && k < atomic_load(&ds->walker) + DIFF_GAP)
		k = 0;
	if (!k || k >= ds->nb || k > limit ||
	    !atomic_compare_exchange_strong(&ds->b[k].state, &want, BLOCK_TAKEN)) {
		k = atomic_load(&ds->next);
		if (ds->test || k >= ds->nb || k < atomic_load(&ds->walker))
			k = atomic_load(&ds->walker);
		if (!ds->test && k < atomic_load(&ds->walker) + DIFF_GAP)
			k = atomic_load(&ds->walker) + DIFF_GAP;
		for (;; k++) {
			want = BLOCK_FREE;
			if (k >= ds->nb || k > limit)
				goto out;
			if (atomic_compare_exchange_strong(&ds->b[k].state, &want,
							   BLOCK_TAKEN))
				break;
		}
		atomic_store(&ds->next, k + DIFF_SPAN); /* racy: a hint */
	}
	t->after = k + 1;
	memset(&v, 0, sizeof(v));
	v.opt = h->opt;
	v.c = h->c;
	v.pidx = h->pidx;
	v.order = h->order;
	v.norder = h->norder;
	v.rec = &ds->b[k];
	v.trees_cache = t->c;
	v.oom = !v.trees_cache;
	end = (uint32_t)((k + 1) * DIFF_BLOCK < h->norder ? (k + 1) * DIFF_BLOCK
							  : h->norder);
	for (pos = (uint32_t)(k * DIFF_BLOCK); pos < end && !v.oom; pos++)
		diff_commit(&v, pos);
	free(v.path);
	pthread_mutex_lock(&ds->lock);
	atomic_store(&ds->b[k].state, v.oom ? BLOCK_FAILED : BLOCK_DONE);
	pthread_cond_broadcast(&ds->done);
	pthread_mutex_unlock(&ds->lock);
	goto next;
out:
	atomic_fetch_sub(&ds->queued, 1);
}

/* Introduces what a worker found in block b, as diff_commit would have. */
static void diff_replay(struct hist *h, const struct diff_block *b)
{
	const unsigned char *p = b->rec, *end = b->rec + b->len;

	while (p < end && !h->oom) {
		const git_oid *prev[2] = { NULL, NULL };
		git_oid id, was[2];
		uint32_t head[2];
		unsigned k, np;

		memcpy(head, p, sizeof(head));
		p += sizeof(head);
		if (kh_grow((void **)&h->path, &h->pathcap, (size_t)head[1] + 1, 1) < 0) {
			h->oom = 1;
			return;
		}
		memcpy(h->path, p, head[1]);
		h->path[head[1]] = '\0';
		h->plen = head[1];
		p += head[1];
		git_oid_fromraw(&id, p);
		p += GIT_OID_RAWSZ;
		np = *p++;
		for (k = 0; k < np && k < 2; k++, p += GIT_OID_RAWSZ) {
			git_oid_fromraw(&was[k], p);
			prev[k] = &was[k];
		}
		h->cur = head[0];
		introduce(h, &id, head[0], prev);
	}
	h->plen = 0;
}

/* When a worker waits, has it compare blocks ahead (as many workers as
 * the walker leaves cores): at the start only, while the runs grow (later
 * the walker and the workers keep the same pace, and the workers' caches
 * would make the peak of memory). */
static void diff_offer(struct hist *h, struct diffs *ds)
{
	if (!ds->test && (h->steady || !kh_pool_starving(h->pool)))
		return;
	while (atomic_load(&ds->queued) < ds->most) {
		struct kh_git_task *t = calloc(1, sizeof(*t));

		if (!t)
			return; /* the walker compares them itself */
		t->item[t->n++].kind = KH_GIT_DIFF;
		atomic_fetch_add(&ds->queued, 1);
		kh_pool_submit(h->pool, t);
	}
}

/* Frees the workers' caches once no worker compares (none will again). */
static void diffs_rest(struct diffs *ds)
{
	struct diff_trees *t;

	for (t = ds->trees; t->worker; t++) {
		kh_tree_cache_free(t->c);
		kh_pack_reader_free(t->pr);
		t->c = NULL;
		t->pr = NULL;
	}
}

/* Compares commit `pos` or takes what a worker found for it: at the start
 * of each block the walker replays it when a worker compared it (waiting
 * for one still at it), else compares it itself, commit by commit. */
static void diff_next(struct hist *h, uint32_t pos)
{
	struct diffs *ds = h->diffs;
	size_t k = pos / DIFF_BLOCK, n;
	struct diff_block *b;
	int want = BLOCK_FREE;

	if (!ds) {
		diff_commit(h, pos);
		return;
	}
	b = &ds->b[k];
	if (pos % DIFF_BLOCK) {
		if (atomic_load(&b->state) == BLOCK_WALKER)
			diff_commit(h, pos);
		return; /* replayed at the block's start */
	}
	atomic_store(&ds->walker, k);
	if (h->steady && !ds->test)
		atomic_store(&ds->stop, 1);
	diff_offer(h, ds);
	if (h->steady && !ds->test && !atomic_load(&ds->queued))
		diffs_rest(ds);
	if (ds->test || !atomic_compare_exchange_strong(&b->state, &want, BLOCK_WALKER)) {
		pthread_mutex_lock(&ds->lock);
		while (atomic_load(&b->state) == BLOCK_TAKEN ||
		       (ds->test && atomic_load(&b->state) == BLOCK_FREE)) {
			struct timespec until;

			if (atomic_load(&b->state) == BLOCK_TAKEN) {
				pthread_cond_wait(&ds->done, &ds->lock);
				continue;
			}
			/* the tests' hook: until a worker takes it */
			pthread_mutex_unlock(&ds->lock);
			diff_offer(h, ds);
			clock_gettime(CLOCK_REALTIME, &until);
			until.tv_nsec += 1000000;
			if (until.tv_nsec >= 1000000000) {
				until.tv_sec++;
				until.tv_nsec -= 1000000000;
			}
			pthread_mutex_lock(&ds->lock);
			pthread_cond_timedwait(&ds->done, &ds->lock, &until);
		}
		pthread_mutex_unlock(&ds->lock);
		if (atomic_load(&b->state) == BLOCK_DONE) {
			diff_replay(h, b);
			n = h->norder - pos;
			ds->replayed += n < DIFF_BLOCK ? n : DIFF_BLOCK;
		} else {
			atomic_store(&b->state, BLOCK_WALKER);
		}
		free(b->rec);
		b->rec = NULL;
		b->len = b->cap = 0;
	}
	if (atomic_load(&b->state) == BLOCK_WALKER)
		diff_commit(h, pos);
}

/* Lets idle workers compare commits ahead (none: the walker compares them
 * all). Needs the packs (the workers read trees there alone) and leaves
 * --unreachable, which records every tree the walk reads, to the walker. */
static void diffs_start(struct hist *h, struct kh_git_shared *sh)
{
	struct diffs *ds;

	if (h->threads < 2 || !h->packs || h->opt->unreachable ||
	    h->norder <= DIFF_BLOCK || !(ds = calloc(1, sizeof(*ds))))
		return;
	ds->nb = (h->norder + DIFF_BLOCK - 1) / DIFF_BLOCK;
	ds->b = calloc(ds->nb, sizeof(*ds->b));
	ds->trees = calloc((size_t)h->threads + 1, sizeof(*ds->trees));
	if (!ds->b || !ds->trees) {
		free(ds->b);
		free(ds->trees);
		free(ds);
		return;
	}
	ds->h = h;
	ds->test = getenv("KH_TEST_DIFF_AHEAD") != NULL;
	/* more threads than cores would only take turns */
	ds->most = kh_cpu_count() - 1 < h->threads ? kh_cpu_count() - 1 : h->threads;
	if (ds->most < 1)
		ds->most = 1;
	pthread_mutex_init(&ds->lock, NULL);
	pthread_cond_init(&ds->done, NULL);
	sh->diff = diff_ahead;
	sh->diff_arg = ds;
	h->diffs = ds;
}

/* After the workers have stopped. */
static void diffs_free(struct diffs *ds)
{
	size_t k;

	if (!ds)
		return;
	for (k = 0; k < ds->nb; k++)
		free(ds->b[k].rec);
	free(ds->b);
	diffs_rest(ds);
	free(ds->trees);
	pthread_mutex_destroy(&ds->lock);
	pthread_cond_destroy(&ds->done);
	free(ds);
}

/* 1 when tree `id` is the snapshot of a commit of the history. */
static int is_commit_tree(const struct hist *h, const git_oid *id)
{
	size_t k;

	for (k = 0; k < h->norder; k++)
		if (git_oid_equal(&h->c[h->order[k]].tree, id))
			return 1;
	return 0;
}

/* Queues annotated tag k's message and, when it names a tree that no
 * commit has as its snapshot, the blobs under it at their paths: both
 * attributed to the tag. */
static void diff_tag(struct hist *h, size_t k)
{
	const struct tagrec *t = &h->tags[k];
	char a[GIT_OID_HEXSZ + 1];
	git_tag *tag = NULL;
	const char *msg;

	h->cur = (uint32_t)(h->norder + k);
	if (git_tag_lookup(&tag, h->repo, &t->id) < 0) {
		if (first_complaint(h, &t->id))
			kh_warn(h->d, "%s: cannot read tag %s: %s", h->name,
				hex_of(&t->id, a), kh_git_msg());
		return;
	}
	msg = git_tag_message(tag);
	if (msg && *msg && in_share(h, &t->id))
		submit(h, KH_GIT_MESSAGE, NULL, msg, strlen(msg), h->nc + k, NULL);
	git_tag_free(tag);
	if (t->has_tree && !is_commit_tree(h, &t->tree)) {
		h->plen = 0;
		diff_tree(h, &t->tree, NULL, 0, 0);
	}
}

/* ---- which history ----------------------------------------------------------- */

/* The commit a revision names. Returns 0, or -1 with err set. */
static int resolve_commit(struct hist *h, const char *what, const char *rev, git_oid *out,
			  char *err, size_t errlen)
{
	git_object *o = NULL, *c = NULL;

	if (git_revparse_single(&o, h->repo, rev) < 0)
		return kh_errf(err, errlen, "%s %s: no such revision in %s", what, rev,
			       h->name);
	if (git_object_peel(&c, o, GIT_OBJECT_COMMIT) < 0) {
		git_object_free(o);
		return kh_errf(err, errlen, "%s %s: not a commit", what, rev);
	}
	git_oid_cpy(out, git_object_id(c));
	git_object_free(c);
	git_object_free(o);
	return 0;
}

/* Warns about a ref that names no history ("REPO: ref NAME: what"). */
static void bad_ref(struct hist *h, const char *name, const char *what)
{
	atomic_fetch_add(&h->d->stats.read_errors, 1);
	kh_warn(h->d, "%s: ref %s: %s, not scanned", h->name, name, what);
}

/*
 * The object ref `name` names, peeled through tags to a commit, tree or
 * blob, or NULL with a warning for a broken ref (unreadable, a loop of
 * symbolic refs, or naming a missing object). A symbolic ref to a ref that
 * does not exist (an unborn HEAD, origin/HEAD) is left out silently.
 */
static git_object *peel_ref(struct hist *h, const char *name, git_oid *direct)
{
	git_reference *ref = NULL, *res = NULL;
	git_object *o = NULL;
	char hex[GIT_OID_HEXSZ + 1], why[300];
	int rc;

	if (git_reference_lookup(&ref, h->repo, name) < 0) {
		kh_errf(why, sizeof(why), "cannot read it (%s)", kh_git_msg());
		bad_ref(h, name, why);
		return NULL;
	}
	rc = git_reference_resolve(&res, ref);
	if (rc == GIT_ENOTFOUND && git_reference_type(ref) == GIT_REFERENCE_SYMBOLIC) {
		/* a dangling symbolic ref (e.g. origin/HEAD), or gone meanwhile */
	} else if (rc < 0) {
		kh_errf(why, sizeof(why), "cannot resolve it (%s)", kh_git_msg());
		bad_ref(h, name, why);
	} else if (!git_odb_exists(h->odb, git_reference_target(res))) {
		kh_errf(why, sizeof(why), "names %s, which is missing",
			hex_of(git_reference_target(res), hex));
		bad_ref(h, name, why);
	} else if (git_reference_peel(&o, res, GIT_OBJECT_ANY) < 0) {
		kh_errf(why, sizeof(why), "cannot follow it (%s)", kh_git_msg());
		bad_ref(h, name, why);
		o = NULL;
	} else {
		git_oid_cpy(direct, git_reference_target(res));
	}
	git_reference_free(res);
	git_reference_free(ref);
	return o;
}

/* Records the annotated tag `id` and the tags it names in turn (each
 * once), and the tree the last one names directly, if any. */
static void add_tags(struct hist *h, const git_oid *id)
{
	git_oid cur = *id;
	int n;

	if (h->ntags >= MAX_TAGS) {
		if (!h->noted_tags++)
			kh_warn(h->d,
				"%s: more than %u annotated tags: the messages of the "
				"rest are not scanned",
				h->name, MAX_TAGS);
		return;
	}
	for (n = 0; n < MAX_TAG_CHAIN && h->ntags < MAX_TAGS && !h->oom; n++) {
		git_tag *tag = NULL;
		struct tagrec *t;
		uint32_t *slot;
		int added;

		if (git_tag_lookup(&tag, h->repo, &cur) < 0)
			return; /* not a tag (the end of the chain), or unreadable */
		if (kh_oidmap_put(&h->tagmap, &cur, (uint32_t)h->ntags, &slot, &added) <
			    0 ||
		    kh_grow((void **)&h->tags, &h->tagcap, h->ntags + 1,
			    sizeof(*h->tags)) < 0) {
			h->oom = 1;
			added = 0;
		}
		if (added) {
			t = &h->tags[h->ntags++];
			memset(t, 0, sizeof(*t));
			git_oid_cpy(&t->id, &cur);
			if (git_tag_target_type(tag) == GIT_OBJECT_TREE) {
				git_oid_cpy(&t->tree, git_tag_target_id(tag));
				t->has_tree = 1;
			}
		}
		git_oid_cpy(&cur, git_tag_target_id(tag));
		git_tag_free(tag);
		if (!added)
			return; /* seen through another ref */
	}
}

/* Adds what ref `name` points at: a commit as a tip, a blob (a tag of a
 * file) to the blobs scanned on their own, annotated tags on the way to
 * the tags. Other objects are left out. */
static int add_ref(struct hist *h, const char *name, struct oidlist *tips)
{
	git_oid direct;
	git_object *o = peel_ref(h, name, &direct);
	int ret = 0;

	if (!o)
		return 0;
	if (!git_oid_equal(&direct, git_object_id(o)))
		add_tags(h, &direct); /* an annotated tag (or a chain of them) */
	if (git_object_type(o) == GIT_OBJECT_COMMIT) {
		ret = oidlist_push(tips, git_object_id(o));
	} else if (git_object_type(o) == GIT_OBJECT_BLOB) {
		char **v = realloc(h->tag_names, (h->tag_blobs.n + 1) * sizeof(*v));

		if (!v)
			ret = -1;
		else if (!(h->tag_names = v, v[h->tag_blobs.n] = strdup(name)) ||
			 oidlist_push(&h->tag_blobs, git_object_id(o)) < 0)
			ret = -1;
	}
	git_object_free(o);
	return ret;
}

/*
 * libgit2's ref iterator skips a loose ref file it cannot parse without a
 * word: this walks the loose ref files under dir (ref names starting with
 * prefix) and warns about each that cannot be read. *budget bounds the
 * files looked at.
 */
static void check_loose_refs(struct hist *h, const char *dir, const char *prefix,
			     int depth, size_t *budget)
{
	struct dirent *de;
	DIR *d;

	if (depth > MAX_REF_DEPTH || !(d = opendir(dir)))
		return;
	while ((de = readdir(d)) && *budget) {
		struct kh_strbuf path, name;
		struct stat st;
		size_t nl = strlen(de->d_name);
		git_reference *ref = NULL;

		if (de->d_name[0] == '.' ||
		    (nl > 5 && !strcmp(de->d_name + nl - 5, ".lock")))
			continue;
		kh_strbuf_init(&path, 1u << 16);
		kh_strbuf_init(&name, 1u << 16);
		kh_strbuf_addf(&path, "%s/%s", dir, de->d_name);
		kh_strbuf_addf(&name, "%s/%s", prefix, de->d_name);
		if (!path.failed && !name.failed && lstat(path.s, &st) == 0) {
			if (S_ISDIR(st.st_mode)) {
				check_loose_refs(h, path.s, name.s, depth + 1, budget);
			} else if (S_ISREG(st.st_mode)) {
				int rc = git_reference_lookup(&ref, h->repo, name.s);

				(*budget)--;
				if (rc < 0 && rc != GIT_ENOTFOUND) {
					char why[300];

					kh_errf(why, sizeof(why), "cannot read it (%s)",
						kh_git_msg());
					bad_ref(h, name.s, why);
				}
				git_reference_free(ref);
			}
		}
		kh_strbuf_release(&path);
		kh_strbuf_release(&name);
	}
	closedir(d);
}

/* Adds the commit a HEAD file names when it is detached (on a branch, the
 * branch is a ref already); `what` names it in warnings. */
static int add_head_file(struct hist *h, const char *path, const char *what,
			 struct oidlist *tips)
{
	char buf[128], a[GIT_OID_HEXSZ + 1];
	size_t len = 0;
	git_oid id;
	FILE *f = fopen(path, "rb");

	if (!f)
		return 0; /* gone meanwhile */
	len = fread(buf, 1, sizeof(buf) - 1, f);
	fclose(f);
	buf[len] = '\0';
	if (!strncmp(buf, "ref:", 4))
		return 0;
	if (len < GIT_OID_HEXSZ || git_oid_fromstrn(&id, buf, GIT_OID_HEXSZ) < 0) {
		bad_ref(h, what, "cannot read it");
	} else if (!git_odb_exists(h->odb, &id)) {
		snprintf(buf, sizeof(buf), "names %s, which is missing", hex_of(&id, a));
		bad_ref(h, what, buf);
	} else {
		return oidlist_push(tips, &id);
	}
	return 0;
}

/*
 * The HEADs of linked worktrees (`git worktree add`), from
 * COMMONDIR/worktrees/NAME/HEAD, and the main worktree's HEAD when the
 * repository was opened from a linked one: a detached HEAD names a commit
 * that no ref may reach.
 */
static int add_worktree_heads(struct hist *h, struct oidlist *tips)
{
	struct kh_strbuf dir;
	struct dirent *de;
	size_t n = 0;
	DIR *d;
	int ret = 0;

	kh_strbuf_init(&dir, 1u << 16);
	kh_strbuf_addf(&dir, "%s", git_repository_commondir(h->repo));
	if (dir.failed) {
		kh_strbuf_release(&dir);
		return 0;
	}
	if (git_repository_is_worktree(h->repo)) {
		struct kh_strbuf path;

		kh_strbuf_init(&path, 1u << 16);
		kh_strbuf_addf(&path, "%s/HEAD", dir.s);
		if (!path.failed)
			ret = add_head_file(h, path.s, "HEAD (main worktree)", tips);
		kh_strbuf_release(&path);
	}
	kh_strbuf_addf(&dir, "/worktrees");
	d = dir.failed ? NULL : opendir(dir.s);
	while (d && ret == 0 && (de = readdir(d)) && n++ < MAX_WORKTREES) {
		struct kh_strbuf path, what;

		if (de->d_name[0] == '.')
			continue;
		kh_strbuf_init(&path, 1u << 16);
		kh_strbuf_init(&what, 1u << 16);
		kh_strbuf_addf(&path, "%s/%s/HEAD", dir.s, de->d_name);
		kh_strbuf_addf(&what, "HEAD of worktree %s", de->d_name);
		if (!path.failed && !what.failed)
			ret = add_head_file(h, path.s, what.s, tips);
		kh_strbuf_release(&path);
		kh_strbuf_release(&what);
	}
	if (d)
		closedir(d);
	kh_strbuf_release(&dir);
	return ret;
}

/* Every ref (branches, tags, remote branches, notes, stash), HEAD, and
 * older stash entries (kept only in the stash's reflog). */
static int add_all_refs(struct hist *h, struct oidlist *tips, const char *only)
{
	git_reference_iterator *it = NULL;
	const char *name;
	git_reflog *log = NULL;
	size_t k;
	int ret = 0, rc = GIT_ITEROVER;

	if (git_reference_iterator_glob_new(&it, h->repo, only ? only : "refs/*") < 0)
		return -1;
	while (ret == 0 && (rc = git_reference_next_name(&name, it)) == 0)
		ret = add_ref(h, name, tips);
	if (ret == 0 && rc != GIT_ITEROVER)
		kh_warn(h->d,
			"%s: cannot list every ref (%s): the history of the rest is "
			"not scanned",
			h->name, kh_git_msg());
	git_reference_iterator_free(it);
	if (ret < 0 || only)
		return ret;
	{
		struct kh_strbuf dir;
		size_t budget = MAX_LOOSE_REFS;

		kh_strbuf_init(&dir, 1u << 16);
		kh_strbuf_addf(&dir, "%s/refs", git_repository_commondir(h->repo));
		if (!dir.failed)
			check_loose_refs(h, dir.s, "refs", 0, &budget);
		kh_strbuf_release(&dir);
	}
	if (add_ref(h, "HEAD", tips) < 0 || add_worktree_heads(h, tips) < 0)
		return -1;
	if (git_reflog_read(&log, h->repo, "refs/stash") == 0) {
		for (k = 0; k < git_reflog_entrycount(log) && ret == 0; k++) {
			const git_oid *id =
				git_reflog_entry_id_new(git_reflog_entry_byindex(log, k));

			if (git_odb_exists(h->odb, id))
				ret = oidlist_push(tips, id);
		}
		git_reflog_free(log);
	}
	return ret;
}

/* git's pre-push lines on stdin: "<local ref> <local sha> <remote ref>
 * <remote sha>". What is pushed: the local commits, minus what the remote
 * has (its old sha; for a new branch, whatever any remote-tracking branch
 * already has). */
static int read_pre_push(struct hist *h, struct oidlist *tips, struct oidlist *hides,
			 char *err, size_t errlen)
{
	char line[8192];
	size_t n = 0;
	int unknown_base = 0;

	while (fgets(line, sizeof(line), stdin)) {
		char *f[4], *save = NULL, *p = line;
		git_oid local, remote;
		int k;

		if (++n > MAX_PRE_PUSH_LINES)
			return kh_errf(err, errlen,
				       "--pre-push: more than %d lines on stdin",
				       MAX_PRE_PUSH_LINES);
		for (k = 0; k < 4 && (f[k] = strtok_r(p, " \t\r\n", &save)); k++)
			p = NULL;
		if (k == 0)
			continue;
		if (k < 4 || strlen(f[1]) != GIT_OID_HEXSZ ||
		    strlen(f[3]) != GIT_OID_HEXSZ || git_oid_fromstr(&local, f[1]) < 0 ||
		    git_oid_fromstr(&remote, f[3]) < 0)
			return kh_errf(err, errlen,
				       "--pre-push: line %zu of stdin is not '<local "
				       "ref> <local sha> <remote ref> <remote sha>' (as "
				       "git gives a pre-push hook)",
				       n);
		if (git_oid_is_zero(&local))
			continue; /* a deletion pushes nothing */
		if (!git_odb_exists(h->odb, &local))
			return kh_errf(err, errlen, "--pre-push: commit %s is not in %s",
				       f[1], h->name);
		if (oidlist_push(tips, &local) < 0)
			return kh_errf(err, errlen, "out of memory");
		if (!git_oid_is_zero(&remote) && git_odb_exists(h->odb, &remote)) {
			if (oidlist_push(hides, &remote) < 0)
				return kh_errf(err, errlen, "out of memory");
		} else {
			unknown_base = 1;
		}
	}
	if (ferror(stdin))
		return kh_errf(err, errlen, "--pre-push: cannot read stdin");
	if (unknown_base && add_all_refs(h, hides, "refs/remotes/*") < 0)
		return kh_errf(err, errlen, "out of memory");
	return 0;
}

static int add_range(struct hist *h, struct oidlist *tips, struct oidlist *hides,
		     char *err, size_t errlen)
{
	const char *range = h->opt->range;
	git_object *from = NULL, *to = NULL;
	git_revspec spec = { 0 };
	git_oid base;
	int ret = -1;

	if (git_revparse(&spec, h->repo, range) < 0)
		return kh_errf(err, errlen, "--range %s: %s", range, kh_git_msg());
	if (!(spec.flags & GIT_REVSPEC_RANGE)) {
		kh_errf(err, errlen, "--range %s: expected A..B (or A...B)", range);
		goto out;
	}
	if (git_object_peel(&from, spec.from, GIT_OBJECT_COMMIT) < 0 ||
	    git_object_peel(&to, spec.to, GIT_OBJECT_COMMIT) < 0) {
		kh_errf(err, errlen, "--range %s: both ends must be commits", range);
		goto out;
	}
	if (oidlist_push(tips, git_object_id(to)) < 0)
		goto oom;
	git_oid_cpy(&h->head, git_object_id(to));
	h->head_set = 1;
	if (spec.flags & GIT_REVSPEC_MERGE_BASE) {
		/* A...B: what either side has that the other does not */
		if (oidlist_push(tips, git_object_id(from)) < 0)
			goto oom;
		if (git_merge_base(&base, h->repo, git_object_id(from),
				   git_object_id(to)) == 0 &&
		    oidlist_push(hides, &base) < 0)
			goto oom;
	} else if (oidlist_push(hides, git_object_id(from)) < 0) {
		goto oom;
	}
	ret = 0;
	goto out;
oom:
	kh_errf(err, errlen, "out of memory");
out:
	git_object_free(from);
	git_object_free(to);
	git_object_free(spec.from);
	git_object_free(spec.to);
	return ret;
}

/* Chooses the tips to walk from and the revisions whose history to leave
 * out, from the options. Returns 0, or -1 with err set. */
static int select_history(struct hist *h, struct oidlist *tips, struct oidlist *hides,
			  char *err, size_t errlen)
{
	const struct kh_options *o = h->opt;
	git_oid id;
	size_t k;

	if ((o->pre_push && (o->range || o->since_commit || o->branches.n)) ||
	    (o->range && (o->since_commit || o->branches.n)))
		return kh_errf(err, errlen,
			       "--pre-push, --range and --branch/--since-commit each "
			       "choose the history to scan: use one of them");
	if (o->unreachable &&
	    (o->pre_push || o->range || o->since_commit || o->branches.n))
		return kh_errf(err, errlen,
			       "--unreachable needs the whole history to know what no "
			       "ref reaches: it cannot be combined with --branch, "
			       "--since-commit, --range or --pre-push");
	if (o->pre_push)
		return read_pre_push(h, tips, hides, err, errlen);
	if (o->range)
		return add_range(h, tips, hides, err, errlen);
	for (k = 0; k < o->branches.n; k++) {
		if (resolve_commit(h, "--branch", o->branches.v[k], &id, err, errlen) < 0)
			return -1;
		if (oidlist_push(tips, &id) < 0)
			return kh_errf(err, errlen, "out of memory");
	}
	if (o->since_commit) {
		/* what the checked-out branch (or --branch) adds since REV */
		if (resolve_commit(h, "--since-commit", o->since_commit, &id, err,
				   errlen) < 0 ||
		    oidlist_push(hides, &id) < 0)
			return -1;
		if (!o->branches.n && (resolve_commit(h, "--since-commit: HEAD", "HEAD",
						      &id, err, errlen) < 0 ||
				       oidlist_push(tips, &id) < 0))
			return -1;
		return 0;
	}
	if (!o->branches.n && add_all_refs(h, tips, NULL) < 0)
		return kh_errf(err, errlen, "%s: cannot list the refs: %s", h->name,
			       kh_git_msg());
	return 0;
}

/*
 * --state: a whole-history audit hides the history the last one walked
 * (as --range A..B hides A's), when each of its tips is still in the
 * history: refs only moved on. After a rewrite, or on a first audit, the
 * whole history is walked. Blobs already scanned are skipped either way.
 */
static int state_walk(struct hist *h, const char *repo, const struct oidlist *tips,
		      struct oidlist *hides, char *err, size_t errlen)
{
	const struct kh_options *o = h->opt;
	git_oid *old = NULL;
	size_t nold = 0, k, j;
	int ret = 0;

	h->walk = KH_WALK_PARTIAL;
	/* a share of the blobs (--shard) is not the whole history either */
	if (o->pre_push || o->range || o->since_commit || o->branches.n ||
	    o->unreachable || o->shard_n)
		return 0;
	h->walk = KH_WALK_FULL;
	if (kh_state_tips(o->state, repo, &old, &nold, err, errlen) < 0)
		return -1;
	for (k = 0; k < nold; k++) {
		for (j = 0; j < tips->n && !git_oid_equal(&old[k], &tips->v[j]); j++)
			;
		if (j == tips->n && (!git_odb_exists(h->odb, &old[k]) ||
				     git_graph_reachable_from_any(h->repo, &old[k],
								  tips->v, tips->n) != 1))
			break;
	}
	if (nold && k == nold) {
		for (k = 0; k < nold && ret == 0; k++)
			ret = oidlist_push(hides, &old[k]);
		h->walk = KH_WALK_INCREMENTAL;
	}
	free(old);
	return ret < 0 ? kh_errf(err, errlen, "out of memory") : 0;
}

/* Boundary commits of a shallow clone: their parents are not here. */
static int load_shallow(struct hist *h)
{
	struct kh_strbuf path;
	char line[128];
	size_t n = 0;
	FILE *f;

	if (git_repository_is_shallow(h->repo) != 1)
		return 0;
	kh_strbuf_init(&path, 1u << 16);
	kh_strbuf_addf(&path, "%sshallow", git_repository_commondir(h->repo));
	f = path.failed ? NULL : fopen(path.s, "r");
	kh_strbuf_release(&path);
	while (f && fgets(line, sizeof(line), f)) {
		git_oid id;
		uint32_t *slot;
		int added;

		if (strlen(line) < GIT_OID_HEXSZ ||
		    git_oid_fromstrn(&id, line, GIT_OID_HEXSZ) < 0)
			continue;
		if (kh_oidmap_put(&h->shallow, &id, 0, &slot, &added) < 0) {
			fclose(f);
			return -1;
		}
		n += added;
	}
	if (f)
		fclose(f);
	kh_note(h->d,
		"%s: shallow clone: history behind its %zu boundary commit%s is not in "
		"the repository and is not scanned; files already there at the boundary "
		"are attributed to the boundary commit%s",
		h->name, n, n == 1 ? "" : "s", n == 1 ? "" : "s");
	return 0;
}

/* ---- dangling blobs and tagged blobs ---------------------------------------- */

/* Queues a blob that no commit introduces, named `name`. */
static void add_loose_blob(struct hist *h, const git_oid *id, const char *name)
{
	struct blob_rec *r;
	uint32_t *slot;
	int added;

	if (kh_oidmap_put(&h->bmap, id, h->nblobs, &slot, &added) < 0) {
		h->oom = 1;
		return;
	}
	if (!added)
		return; /* already scanned as part of the history */
	if (!(r = blob_new(h))) {
		h->oom = 1;
		return;
	}
	r->commit = NONE;
	r->p0len = (uint32_t)strlen(name);
	queue_blob(h, id, name, strlen(name), *slot, r);
}

static int unreachable_cb(const git_oid *id, void *payload)
{
	struct hist *h = payload;
	char a[GIT_OID_HEXSZ + 1], name[8 + GIT_OID_HEXSZ];
	git_object_t type;
	size_t size;

	if (h->oom)
		return -1;
	if (kh_oidmap_get(&h->bmap, id) || kh_oidmap_get(&h->trees, id) ||
	    kh_oidmap_get(&h->cmap, id))
		return 0;
	if (git_odb_read_header(&size, &type, h->odb, id) < 0) {
		if (first_complaint(h, id))
			kh_warn(h->d, "%s: cannot read object %s: %s", h->name,
				hex_of(id, a), kh_git_msg());
		return 0;
	}
	if (type == GIT_OBJECT_BLOB) {
		snprintf(name, sizeof(name), "blob:%s", hex_of(id, a));
		add_loose_blob(h, id, name);
	}
	return h->oom ? -1 : 0;
}

/* ---- attribution ----------------------------------------------------------- */

/* A description that gives the id alone (a tag's as its name too), for
 * an object that cannot be read. */
static struct kh_commit_info *id_only(const git_oid *id, int tag)
{
	struct kh_commit_info *ci = calloc(1, sizeof(*ci));

	if (!ci)
		return NULL;
	git_oid_tostr(ci->id, sizeof(ci->id), id);
	if (tag && !(ci->tag = strdup(ci->id))) {
		kh_commit_info_free(ci);
		return NULL;
	}
	return ci;
}

/* The description of commit or tag `pos` (see struct tagrec). */
static struct kh_commit_info *info_at(struct hist *h, struct kh_commit_info **cache,
				      uint32_t pos)
{
	const git_oid *id =
		pos < h->norder ? &h->c[h->order[pos]].id : &h->tags[pos - h->norder].id;
	git_commit *c;
	git_tag *t;

	if (cache[pos])
		return cache[pos];
	if (kh_packs_damaged(h->packs)) {
		/* libgit2 maps the same packs: reading one that shrank would
		 * fault where nothing catches it */
	} else if (pos >= h->norder && git_tag_lookup(&t, h->repo, id) == 0) {
		cache[pos] = kh_git_tag_info(t);
		git_tag_free(t);
		return cache[pos];
	} else if (pos < h->norder && git_commit_lookup(&c, h->repo, id) == 0) {
		cache[pos] = kh_git_commit_info(c);
		git_commit_free(c);
		return cache[pos];
	}
	return cache[pos] = id_only(id, pos >= h->norder);
}

/* The rare fields of f for its copy g: the same, each g's own. */
static int more_copy(struct kh_finding *g, const struct kh_finding_more *fm)
{
	struct kh_finding_more *m = kh_finding_more(g);

	if (!m)
		return -1;
	*m = *fm;
	m->verification = fm->verification ? cJSON_Duplicate(fm->verification, 1) : NULL;
	m->groups = fm->groups ? cJSON_Duplicate(fm->groups, 1) : NULL;
	m->partner = fm->partner ? strdup(fm->partner) : NULL;
	kh_shared_ref(m->repository);
	kh_shared_ref(m->repository_url);
	if ((fm->verification && !m->verification) || (fm->groups && !m->groups) ||
	    (fm->partner && !m->partner))
		return -1;
	return 0;
}

/* A copy of f reported at file path[0..plen) + tail, about to join out
 * (whose last finding's path it shares when the same). */
static struct kh_finding *finding_copy(const struct kh_finding *f, const char *path,
				       size_t plen, const char *tail,
				       const struct kh_findings *out)
{
	struct kh_finding *g =
		kh_finding_new(f->secret, strlen(f->secret), f->match, strlen(f->match));
	char *secret, *match;
	unsigned room;

	if (!g)
		return NULL;
	secret = g->secret;
	match = g->match;
	room = g->text_room;
	*g = *f; /* its places and scores; what it points to is its own below */
	g->secret = secret;
	g->match = match;
	g->text_room = room;
	g->more = NULL;
	g->commit = NULL;
	g->file = kh_path_share(out, path, plen, tail);
	g->validation = f->validation ? kh_validation_copy(f->validation) : NULL;
	if (!g->file || (f->validation && !g->validation) ||
	    (f->more && more_copy(g, f->more) < 0)) {
		kh_finding_free(g);
		return NULL;
	}
	return g;
}

static int set_commit(struct hist *h, struct kh_commit_info **cache, struct kh_finding *f,
		      uint32_t pos)
{
	struct kh_commit_info *ci;

	if (pos == NONE) {
		/* dangling or tagged blobs: after the history and the tags */
		f->order = h->norder + h->ntags;
		return 0;
	}
	ci = info_at(h, cache, pos);
	f->order = pos;
	/* the cache holds one, each finding one */
	return (f->commit = kh_commit_info_ref(ci)) ? 0 : -1;
}

/* Findings of blobs, grouped by blob record number. */
struct blob_finding {
	uint32_t seq;
	size_t idx; /* in the workers' list, to keep the sort stable */
	struct kh_finding *f;
};

struct attribution {
	struct hist *h;
	struct kh_commit_info **cache;
	struct blob_finding *bf;
	size_t nbf;
	struct kh_findings *out;
};

static int bf_cmp(const void *pa, const void *pb)
{
	const struct blob_finding *a = pa, *b = pb;

	if (a->seq != b->seq)
		return a->seq < b->seq ? -1 : 1;
	return a->idx < b->idx ? -1 : a->idx > b->idx;
}

/* The first finding of blob seq in at->bf (its group runs to the first
 * entry of another blob), or at->nbf. */
static size_t group_of(const struct attribution *at, uint32_t seq)
{
	size_t lo = 0, hi = at->nbf;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (at->bf[mid].seq < seq)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* 1 when the blob `seq` (a parent's version of the file) has a finding
 * with the same fingerprint as f: the secret was already there. */
static int had_it(const struct attribution *at, uint32_t seq, const struct kh_finding *f)
{
	size_t i;

	if (seq == NONE)
		return 0;
	for (i = group_of(at, seq); i < at->nbf && at->bf[i].seq == seq; i++)
		if (!strcmp(at->bf[i].f->fingerprint, f->fingerprint))
			return 1;
	return 0;
}

/* ---- where a finding stands at the head (SARIF) ------------------------------ */

#define HEAD_UNKNOWN NONE	/* not looked at there, or not scanned */
#define HEAD_GONE    (NONE - 1) /* no file at that path there */

/* The blob record of the file path[0..plen) in the head's tree,
 * HEAD_GONE or HEAD_UNKNOWN: one tree lookup per distinct path. Blobs
 * are never read here: the head's version of a file that a finding's
 * path had in the history was scanned too, so its findings say where
 * each secret stands (also inside archives and decoded text). */
static uint32_t head_blob(struct hist *h, const char *path, size_t plen)
{
	git_tree_entry *te = NULL;
	git_object_t type;
	uint32_t id, seq, ret = HEAD_UNKNOWN, *v;
	size_t size;
	int rc;

	if (kh_strtab_intern(&h->headpaths, path, plen, &id) < 0)
		return HEAD_UNKNOWN;
	if (id < h->nheadblob)
		return h->headblob[id];
	if (!(v = realloc(h->headblob, ((size_t)id + 1) * sizeof(*v))))
		return HEAD_UNKNOWN;
	h->headblob = v;
	rc = git_tree_entry_bypath(&te, h->head_tree, kh_strtab_get(&h->headpaths, id));
	/* a partial clone without some trees cannot tell a missing path */
	if ((rc == GIT_ENOTFOUND && !h->promised_trees) ||
	    (rc == 0 && git_tree_entry_type(te) != GIT_OBJECT_BLOB))
		ret = HEAD_GONE;
	else if (rc == 0 &&
		 (seq = blob_at(h, git_tree_entry_id(te),
				profile_of(h, kh_strtab_get(&h->headpaths, id)))) !=
			 NONE &&
		 atomic_load(&blob_get(h, seq)->state) != KH_BLOB_PENDING &&
		 git_odb_read_header(&size, &type, h->odb, git_tree_entry_id(te)) == 0 &&
		 size <= h->opt->max_file_size)
		ret = seq; /* scanned whole: its findings are all there is */
	git_tree_entry_free(te);
	h->nheadblob = (size_t)id + 1;
	return h->headblob[id] = ret;
}

/* Sets where copy, of f reported at path[0..plen) + tail, stands in
 * the head's version of that file: the first place the same secret of the
 * same rule is found there, or not there. -1 when out of memory. */
static int locate_at_head(const struct attribution *at, struct kh_finding *copy,
			  const struct kh_finding *f, const char *path, size_t plen,
			  const char *tail)
{
	struct hist *h = at->h;
	uint32_t seq = head_blob(h, path, plen), p0len;
	const struct kh_finding *best = NULL;
	struct kh_finding_more *g;
	size_t i;

	if (seq == HEAD_UNKNOWN)
		return 0;
	if (!(g = kh_finding_more(copy)))
		return -1;
	for (i = seq == HEAD_GONE ? at->nbf : group_of(at, seq);
	     i < at->nbf && at->bf[i].seq == seq; i++) {
		const struct kh_finding *c = at->bf[i].f;

		p0len = blob_get(h, seq)->p0len;
		if (strcmp(c->fingerprint, f->fingerprint) ||
		    strcmp(strlen(c->file) >= p0len ? c->file + p0len : "", tail))
			continue;
		if (!best || c->line < best->line ||
		    (c->line == best->line && c->column < best->column))
			best = c;
	}
	g->at_head = best ? 1 : -1;
	if (best) {
		g->head_line = best->line;
		g->head_column = best->column;
		g->head_end_line = best->end_line;
		g->head_end_column = best->end_column;
	}
	return 0;
}

/* The head's tree, when the report is SARIF: --range's tip, or HEAD (an
 * unborn or broken HEAD leaves findings where they were introduced). */
static void load_head_tree(struct hist *h)
{
	git_commit *c = NULL;

	if ((h->head_set || git_reference_name_to_id(&h->head, h->repo, "HEAD") == 0) &&
	    git_commit_lookup(&c, h->repo, &h->head) == 0)
		git_commit_tree(&h->head_tree, c);
	git_commit_free(c);
}

/* Reports the findings bf[first..end) of one blob at one of its
 * introductions: commit `pos`, file path[0..plen) (+ archive member). */
static int report_at(struct attribution *at, size_t first, size_t end, uint32_t pos,
		     const char *path, size_t plen, const uint32_t prev[2],
		     uint32_t p0len)
{
	size_t i;

	for (i = first; i < end; i++) {
		const struct kh_finding *f = at->bf[i].f;
		const char *tail = strlen(f->file) >= p0len ? f->file + p0len : "";
		struct kh_finding *g;

		if (had_it(at, prev[0], f) || had_it(at, prev[1], f))
			continue;
		g = finding_copy(f, path, plen, tail, at->out);
		if (!g || set_commit(at->h, at->cache, g, pos) < 0 ||
		    kh_findings_push(at->out, g) < 0) {
			kh_finding_free(g);
			return -1;
		}
		if (at->h->head_tree && pos < at->h->norder &&
		    locate_at_head(at, g, f, path, plen, tail) < 0)
			return -1;
	}
	return 0;
}

/* Every introduction of the blob whose findings are bf[first..end). */
static int report_blob(struct attribution *at, size_t first, size_t end)
{
	const struct hist *h = at->h;
	const struct blob_rec *r = blob_get(h, at->bf[first].seq);
	const char *file = at->bf[first].f->file;
	uint32_t k;

	if (r->share != SHARE_MINE) /* another share reports it */
		return 0;
	if (!r->context &&
	    report_at(at, first, end, r->commit, file, r->p0len, r->prev, r->p0len) < 0)
		return -1;
	for (k = r->extra; k != NONE; k = h->occ[k].next) {
		const char *p = kh_strtab_get(&h->paths, h->occ[k].path);

		if (report_at(at, first, end, h->occ[k].commit, p, strlen(p),
			      h->occ[k].prev, r->p0len) < 0)
			return -1;
	}
	return 0;
}

/* The position of the commit or tag whose message has a finding: its
 * `order` is the commit's node (parse_node) or h->nc + the tag's index
 * (diff_tag). NONE: a commit read but not in the history (hidden). */
static uint32_t message_pos(const struct hist *h, unsigned long long order)
{
	if (order >= AHEAD_ORDER)
		return order - AHEAD_ORDER < h->nahead &&
				       h->ahead_node[order - AHEAD_ORDER] != NONE
			       ? h->c[h->ahead_node[order - AHEAD_ORDER]].pos
			       : NONE;
	return order < h->nc ? h->c[order].pos : (uint32_t)(h->norder + order - h->nc);
}

/*
 * Turns the workers' findings into reported ones. A message finding
 * carries its commit's node in `order` (see message_pos); a blob finding
 * carries its blob's record number, and is reported once per introduction
 * of that blob where the parent's version of the file did not already
 * have it.
 */
static int attribute(struct hist *h, struct kh_findings *in, struct kh_findings *out)
{
	struct attribution at = { h, NULL, NULL, 0, out };
	size_t i, j;
	int ret = -1;

	at.cache = calloc(h->norder + h->ntags + 1, sizeof(*at.cache));
	at.bf = malloc((in->n + 1) * sizeof(*at.bf));
	if (!at.cache || !at.bf)
		goto out;
	for (i = 0; i < in->n; i++) {
		struct kh_finding *f = in->v[i];

		if (f->file) {
			at.bf[at.nbf].seq = (uint32_t)f->order;
			at.bf[at.nbf].idx = i;
			at.bf[at.nbf++].f = f;
		} else if (message_pos(h, f->order) == NONE) {
			continue; /* a hidden commit's: freed with in */
		} else if (set_commit(h, at.cache, f, message_pos(h, f->order)) < 0 ||
			   kh_findings_push(out, f) < 0) {
			goto out;
		} else {
			in->v[i] = NULL; /* now in out */
			if (out->sp && kh_findings_spill_point(out) < 0)
				goto out;
		}
	}
	kh_sort(at.bf, at.nbf, sizeof(*at.bf), bf_cmp);
	for (i = 0; i < at.nbf; i = j) {
		for (j = i + 1; j < at.nbf && at.bf[j].seq == at.bf[i].seq; j++)
			;
		if (report_blob(&at, i, j) < 0 ||
		    (out->sp && kh_findings_spill_point(out) < 0))
			goto out;
	}
	ret = 0;
out:
	kh_findings_release(in); /* the blob findings were copied */
	for (i = 0; at.cache && i < h->norder + h->ntags; i++)
		kh_commit_info_free(at.cache[i]);
	free(at.cache);
	free(at.bf);
	kh_findings_sort(out);
	return ret;
}

/* ---- --shard: the second round ------------------------------------------------ */

/* Another share's blob `seq` is to be scanned here too. */
static size_t want(struct hist *h, uint32_t seq)
{
	struct blob_rec *r;

	if (seq == NONE || (r = blob_get(h, seq))->share != SHARE_OTHER)
		return 0;
	r->share = SHARE_WANTED;
	return 1;
}

/* The head's version of file path[0..plen), for SARIF's locate_at_head. */
static size_t want_head(struct hist *h, const char *path, size_t plen)
{
	git_tree_entry *te = NULL;
	size_t n = 0;
	char *p;

	if (!h->head_tree || !(p = kh_strndup(path, plen)))
		return 0;
	if (git_tree_entry_bypath(&te, h->head_tree, p) == 0)
		n = want(h, blob_at(h, git_tree_entry_id(te), profile_of(h, p)));
	git_tree_entry_free(te);
	free(p);
	return n;
}

/* Marks what the blobs with findings are compared with: the parents'
 * versions of the file at each introduction, and the head's. Returns how
 * many of those another share holds. */
static size_t want_context(struct hist *h, const struct kh_findings *found)
{
	uint32_t last = NONE, k;
	size_t i, n = 0;

	for (i = 0; i < found->n; i++) {
		const struct kh_finding *f = found->v[i];
		const struct blob_rec *r;

		if (!f->file || (uint32_t)f->order == last)
			continue;
		last = (uint32_t)f->order;
		r = blob_get(h, last);
		n += want(h, r->prev[0]) + want(h, r->prev[1]);
		if (!r->context)
			n += want_head(h, f->file, r->p0len);
		for (k = r->extra; k != NONE; k = h->occ[k].next) {
			const char *p = kh_strtab_get(&h->paths, h->occ[k].path);

			n += want(h, h->occ[k].prev[0]) + want(h, h->occ[k].prev[1]);
			n += want_head(h, p, strlen(p));
		}
	}
	return n;
}

static struct kh_pool *start_workers(struct hist *h, struct kh_git_shared *sh,
				     const struct kh_engine *e, time_t now, char *err,
				     size_t errlen);

/* Scans the blobs want_context marked, adding their findings to found.
 * Returns 0, or -1 with err set. */
static int second_round(struct hist *h, struct kh_git_shared *sh,
			const struct kh_engine *e, time_t now, struct kh_findings *found,
			char *err, size_t errlen)
{
	struct kh_findings more = { 0 };
	size_t i;
	int ret;

	if (!want_context(h, found))
		return 0;
	if (!(h->pool = start_workers(h, sh, e, now, err, errlen)))
		return -1;
	for (i = 0; i < h->bmap.cap && !h->oom; i++) {
		const struct kh_oidmap_slot *sl = &h->bmap.slots[i];
		uint32_t seq;

		for (seq = sl->val; seq != NONE; seq = blob_get(h, seq)->alt) {
			struct blob_rec *r = blob_get(h, seq);
			const char *p;

			if (r->share != SHARE_WANTED)
				continue;
			p = kh_strtab_get(&h->paths, r->path0);
			submit(h, KH_GIT_BLOB, &sl->id, p, strlen(p), seq, r);
		}
	}
	flush(h);
	ret = kh_pool_finish(h->pool, &more);
	h->pool = NULL;
	if (ret == 0 && !h->oom)
		ret = kh_findings_take(found, &more);
	kh_findings_release(&more);
	if (ret < 0 || h->oom)
		return kh_errf(err, errlen,
			       "out of memory while scanning the history of %s", h->name);
	return 0;
}

/* ---- the command ------------------------------------------------------------- */

static void hist_free(struct hist *h)
{
	size_t k;

	if (!h)
		return;
	for (k = 0; k < h->nheld; k++) /* an error left them unsent */
		free(h->held[k].text);
	free(h->held);
	diffs_free(h->diffs);
	free(h->c);
	free(h->promisor);
	free(h->pidx);
	free(h->heap);
	free(h->stack);
	free(h->order);
	kh_oidmap_release(&h->cmap);
	kh_oidmap_release(&h->shallow);
	kh_oidmap_release(&h->bmap);
	kh_strtab_release(&h->profiles);
	free(h->profile);
	kh_strtab_release(&h->profiled);
	free(h->profile_at);
	kh_oidmap_release(&h->trees);
	kh_oidmap_release(&h->bad);
	for (k = 0; k < h->nchunks; k++)
		free(h->chunks[k]);
	free(h->chunks);
	free(h->occ);
	kh_strtab_release(&h->paths);
	free(h->path);
	free(h->tags);
	kh_oidmap_release(&h->tagmap);
	for (k = 0; k < h->tag_blobs.n; k++)
		free(h->tag_names[k]);
	free(h->tag_names);
	free(h->tag_blobs.v);
	git_tree_free(h->head_tree);
	kh_strtab_release(&h->headpaths);
	free(h->headblob);
	kh_findings_release(&h->earlier);
	kh_tree_cache_free(h->trees_cache);
	kh_pack_reader_free(h->pr);
	/* before the packs: its object database reads them (open_packs) */
	git_odb_free(h->odb);
	git_repository_free(h->repo);
	kh_packs_free(h->packs);
	kh_commit_graph_free(h->graph);
	ahead_free(h->ahead);
	free(h->ahead_v);
	free(h->ahead_node);
	free(h);
}

/* The packs of the repository, for the fast read path, and its
 * commit-graph file if it has one (a damaged one is left out, with a
 * warning). Returns -1 only when out of memory. */
static int open_packs(struct hist *h)
{
	git_buf dir = { 0 };
	char why[256];
	size_t n;
	int rc;

	if (git_repository_item_path(&dir, h->repo, GIT_REPOSITORY_ITEM_OBJECTS) < 0)
		return 0; /* libgit2 alone then */
	h->packs = kh_packs_open(dir.ptr);
	rc = kh_commit_graph_open(dir.ptr, &h->graph, why, sizeof(why));
	n = strlen(dir.ptr);
	if (rc == -1)
		kh_warn(h->d,
			"%s: %s%sinfo/commit-graph is damaged (%s): not used, the "
			"commits are read instead",
			h->name, dir.ptr, n && dir.ptr[n - 1] == '/' ? "" : "/", why);
	git_buf_dispose(&dir);
	if (rc == -2 || !h->packs ||
	    !(h->pr = kh_pack_reader_new(h->packs, WALKER_BASE_CACHE)) ||
	    kh_pack_backend_add(h->repo, h->packs, ODB_BASE_CACHE) < 0)
		return -1;
	return 0;
}

/* The promisor remote of a partial clone (git clone --filter): the remote
 * with remote.NAME.promisor true, or extensions.partialclone; or NULL. */
static char *partial_clone(git_repository *repo)
{
	git_config *cfg = NULL;
	git_config_iterator *it = NULL;
	git_config_entry *e;
	const char *name = NULL;
	char *ret = NULL;
	int on;

	if (git_repository_config_snapshot(&cfg, repo) < 0)
		return NULL;
	if (git_config_get_string(&name, cfg, "extensions.partialclone") == 0)
		ret = strdup(name);
	/* no glob: libgit2 1.5 leaks in every regular expression match */
	if (!ret && git_config_iterator_new(&it, cfg) == 0) {
		while (!ret && git_config_next(&e, it) == 0) {
			size_t n = strlen(e->name);

			if (n > 16 && !strncasecmp(e->name, "remote.", 7) &&
			    !strcasecmp(e->name + n - 9, ".promisor") &&
			    git_config_parse_bool(&on, e->value) == 0 && on)
				ret = kh_strndup(e->name + 7, n - 16);
		}
		git_config_iterator_free(it);
	}
	git_config_free(cfg);
	return ret;
}

static struct kh_pool *start_workers(struct hist *h, struct kh_git_shared *sh,
				     const struct kh_engine *e, time_t now, char *err,
				     size_t errlen)
{
	struct kh_pool_config cfg = { 0 };

	sh->gitdir = git_repository_path(h->repo);
	sh->name = h->name;
	sh->opt = h->opt;
	sh->packs = h->packs;
	sh->promisor = h->promisor;
	sh->state = h->opt->state;
	cfg.threads = h->threads = h->opt->threads ? h->opt->threads : kh_cpu_count();
	/* the queue holds a whole run of blobs (RUN_PIECES tasks per worker,
	 * see release_blobs) and a few tasks more, of messages or of the
	 * next run: the walker waits there, so memory stays bounded */
	cfg.queue_cap = (size_t)cfg.threads * (RUN_PIECES + 4);
	cfg.run = kh_git_task_run;
	cfg.thread_init = kh_git_thread_init;
	cfg.thread_release = kh_git_thread_release;
	cfg.shared = sh;
	cfg.max_file_size = h->opt->max_file_size;
	return kh_pool_start(&cfg, e, h->d, now, err, errlen);
}

int kh_scan_git(const struct kh_options *opt, const struct kh_engine *e,
		struct kh_diag *d, time_t now, struct kh_findings *out, char *err,
		size_t errlen)
{
	struct oidlist tips = { 0 }, hides = { 0 };
	struct kh_git_shared sh = { 0 };
	struct kh_findings found = { 0 }, mine = { 0 };
	struct hist *h;
	char *repo_key = NULL, again[64] = "";
	uint32_t pos;
	size_t k;
	int ret = -1;

	kh_git_begin();
	if (!(h = calloc(1, sizeof(*h)))) {
		kh_errf(err, errlen, "out of memory");
		goto out;
	}
	h->opt = opt;
	h->engine = e;
	h->d = d;
	h->run = BLOB_RUN_FIRST;
	h->piece = KH_GIT_BATCH;
	h->name = opt->paths.n ? opt->paths.v[0] : ".";
	if (kh_git_open(&h->repo, opt->paths.n ? opt->paths.v[0] : NULL, err, errlen) < 0)
		goto out;
	if (git_repository_odb(&h->odb, h->repo) < 0) {
		kh_errf(err, errlen, "%s: cannot open the object database: %s", h->name,
			kh_git_msg());
		goto out;
	}
	h->promisor = partial_clone(h->repo);
	if (open_packs(h) < 0 ||
	    !(h->trees_cache = kh_tree_cache_new(h->odb, h->pr, TREE_CACHE_BYTES)) ||
	    load_shallow(h) < 0)
		goto oom;
	if (select_history(h, &tips, &hides, err, errlen) < 0)
		goto out;
	/* the state knows a repository by its git directory's real path */
	if (opt->state &&
	    (!(repo_key = realpath(git_repository_commondir(h->repo), NULL)) ||
	     state_walk(h, repo_key, &tips, &hides, err, errlen) < 0)) {
		if (!repo_key)
			kh_errf(err, errlen, "%s: cannot resolve its path", h->name);
		goto out;
	}
	/* started first: they scan the commit messages as the graph loads */
	if (!(h->pool = start_workers(h, &sh, e, now, err, errlen)))
		goto out;
	/* with a commit-graph file the walker reads no commit: the workers
	 * read them all for their messages, in a few large tasks, so that the
	 * walker goes on to the trees rather than wait for a queue full of
	 * them (RUN_PIECES + 4 tasks per worker) */
	if (read_ahead(h, &sh, &hides) < 0)
		goto oom;
	if (h->graph)
		h->piece = kh_commit_graph_count(h->graph) / ((size_t)h->threads * 4) + 1;
	if (h->piece < KH_GIT_BATCH)
		h->piece = KH_GIT_BATCH;
	if (load_graph(h, &tips, &hides) < 0 || topo_sort(h) < 0)
		goto oom;
	if (h->ahead)
		ahead_done(h);
	free(h->heap);
	free(h->stack);
	h->heap = h->stack = NULL;
	/* ids -> nodes serves only the graph's loading from here on (and
	 * --unreachable's check of every object): 6 MB at 120,000 commits */
	if (!opt->unreachable)
		kh_oidmap_release(&h->cmap);
	diffs_start(h, &sh);
	for (pos = 0; pos < h->norder && !h->oom; pos++) {
		kh_progress_commits(&d->progress, pos, h->norder);
		diff_next(h, pos);
	}
	kh_progress_commits(&d->progress, h->norder, h->norder);
	for (k = 0; k < h->ntags && !h->oom; k++)
		diff_tag(h, k);
	for (k = 0; k < h->tag_blobs.n && !h->oom; k++)
		add_loose_blob(h, &h->tag_blobs.v[k], h->tag_names[k]);
	if (opt->unreachable && !h->oom &&
	    git_odb_foreach(h->odb, unreachable_cb, h) < 0 && !h->oom)
		kh_warn(d,
			"%s: cannot list every object, some unreachable blobs may be "
			"missed: %s",
			h->name, kh_git_msg());
	flush(h);
	kh_progress_walked(&d->progress);
	ret = kh_pool_finish(h->pool, &found);
	h->pool = NULL;
	if (ret < 0 || h->oom || kh_findings_take(&found, &h->earlier) < 0)
		goto oom;
	if (kh_report_format(opt) == KH_FMT_SARIF)
		load_head_tree(h);
	if (opt->shard_n && second_round(h, &sh, e, now, &found, err, errlen) < 0)
		goto out;
	if (sh.promised || h->promised_trees) {
		char what[128];
		unsigned long long nb = sh.promised;
		size_t nt = h->promised_trees;

		if (!nt)
			snprintf(what, sizeof(what), "%llu blob%s", nb,
				 nb == 1 ? " is" : "s are");
		else if (!nb)
			snprintf(what, sizeof(what),
				 "%zu tree%s (and what is under them) %s", nt,
				 nt == 1 ? "" : "s", nt == 1 ? "is" : "are");
		else
			snprintf(what, sizeof(what), "%llu blob%s and %zu tree%s are", nb,
				 nb == 1 ? "" : "s", nt, nt == 1 ? "" : "s");
		kh_warn(d,
			"%s: %s not in this partial clone (promisor remote '%s'), not "
			"scanned: fetch them first (e.g. a clone without --filter)",
			h->name, what, h->promisor);
		if (!sh.blobs_read) {
			ret = kh_errf(err, errlen,
				      "%s: nothing could be scanned: every blob is "
				      "missing from this partial clone",
				      h->name);
			goto out;
		}
	}
	if (h->nblobs > h->bmap.n)
		snprintf(again, sizeof(again), ", %zu again at another path profile",
			 h->nblobs - h->bmap.n);
	if (sh.lfs_skipped)
		kh_note(d,
			"%s: skipped %llu Git LFS pointer file%s (the content is stored "
			"outside the repository)",
			h->name, (unsigned long long)sh.lfs_skipped,
			sh.lfs_skipped == 1 ? "" : "s");
	kh_note(d, "%s: %zu commit%s, %zu distinct blob%s (%.1f MB)%s", h->name,
		h->norder, h->norder == 1 ? "" : "s", h->bmap.n,
		h->bmap.n == 1 ? "" : "s", (double)sh.blob_bytes / 1e6, again);
	if (opt->verbose && h->diffs)
		kh_note(d, "%s: the trees of %zu commit%s compared by waiting workers",
			h->name, h->diffs->replayed, h->diffs->replayed == 1 ? "" : "s");
	/* the attributed findings spill as the run's do (audit.c) */
	if (kh_spill_like(&mine, out) < 0 || attribute(h, &found, &mine) < 0)
		goto oom;
	if (opt->verbose && h->packs) {
		unsigned long served, missed;

		kh_packs_odb_counts(h->packs, &served, &missed);
		kh_note(d,
			"%s: libgit2 read %lu object%s through our pack reader, %lu "
			"elsewhere",
			h->name, served, served == 1 ? "" : "s", missed);
	}
	if (opt->state) {
		kh_note(d,
			"%s: state %s: %llu blob%s scanned, %u skipped (scanned "
			"before)%s",
			h->name, kh_state_path(opt->state),
			(unsigned long long)sh.blobs_read, sh.blobs_read == 1 ? "" : "s",
			h->skipped,
			h->walk == KH_WALK_INCREMENTAL
				? ", history of the last audit not walked again"
				: "");
		/* a walk that could not read everything records no tips: the
		 * next audit walks the whole history again (blobs still skipped) */
		int whole = !h->bad.n && !sh.unread;

		if (kh_state_repo_done(opt->state, repo_key, h->walk, tips.v,
				       whole ? tips.n : 0, opt->new_only, &mine, err,
				       errlen) < 0) {
			ret = -1;
			goto out;
		}
	}
	if (kh_findings_take(out, &mine) < 0)
		goto oom;
	ret = 0;
	goto out;
oom:
	ret = kh_errf(err, errlen, "out of memory while scanning the history of %s",
		      h->name);
out:
	if (h && h->pool) { /* workers hold pointers into h: stop them first */
		flush(h);
		kh_pool_finish(h->pool, &found);
	}
	kh_findings_release(&found);
	kh_findings_release(&mine);
	free(repo_key);
	hist_free(h);
	free(tips.v);
	free(hides.v);
	kh_git_end();
	return ret;
}
