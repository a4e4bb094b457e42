/*
 * walk_staged.c - `keyhound staged`: what the index adds relative to HEAD,
 * for a pre-commit hook. New files are scanned whole; a modified file is
 * scanned with only its added lines selected (the engine reports a finding
 * when it starts on one of them), with line numbers of the staged version.
 *
 * The changes come from a fast path (our own index reader, skipping every
 * directory the index's cache-tree says is unchanged, so a hook costs the
 * same in a repository of a million files) or, for what that path leaves
 * to it (unresolved merges, split or sparse indexes, files that may have
 * been moved and edited), from libgit2's diff with rename detection.
 */
#include "walk_git.h"

#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "ignore.h"
#include "git_common.h"
#include "git_index.h"
#include "git_pack.h"
#include "git_plain.h"
#include "git_trees.h"
#include "pool.h"
#include "util.h"

#define TREES_BYTES (4u << 20)
#define PACK_CACHE  (1u << 20) /* delta bases of HEAD's packed trees */
#define MAX_DEPTH   512

/* A file to scan: its staged blob, and the committed one whose lines are
 * not new (zero: the whole file is new). */
struct change {
	char *path;
	git_oid id, old;
	size_t size; /* as the index or the diff knows it */
};

struct changes {
	struct change *v;
	size_t n, cap;
	int noted_submodule;
};

static int change_add(struct changes *c, const char *path, size_t len, size_t size,
		      const git_oid *id, const git_oid *old)
{
	struct change *ch;

	if (kh_grow((void **)&c->v, &c->cap, c->n + 1, sizeof(*c->v)) < 0)
		return -1;
	ch = &c->v[c->n];
	if (!(ch->path = kh_strndup(path, len)))
		return -1;
	git_oid_cpy(&ch->id, id);
	ch->size = size;
	memset(&ch->old, 0, sizeof(ch->old));
	if (old)
		git_oid_cpy(&ch->old, old);
	c->n++;
	return 0;
}

static void changes_release(struct changes *c)
{
	size_t i;

	for (i = 0; i < c->n; i++)
		free(c->v[i].path);
	free(c->v);
	memset(c, 0, sizeof(*c));
}

static void note_submodule(struct kh_diag *d, struct changes *c, const char *path,
			   size_t len)
{
	if (!c->noted_submodule++)
		kh_note(d, "%.*s: submodule, not followed: run keyhound staged in it",
			(int)len, path);
}

static int is_file_mode(uint32_t m)
{
	return (m & 0170000) == 0100000;
}

/* ---- the fast path -------------------------------------------------------------- */

struct fast {
	const struct kh_index *ix;
	size_t cur; /* next index entry to match */
	struct kh_tree_cache *tc;
	struct kh_diag *d;
	struct changes *out;
	size_t *added; /* index entries HEAD does not have at their path */
	size_t nadded, addcap;
	struct kh_oidmap gone; /* blobs HEAD has at paths the index lacks */
	char *path;
	size_t plen, pathcap;
	int fallback, oom;
};

/* memcmp order of index path p against the path being walked. */
static int cmp_path(const struct kh_index_entry *e, const char *p, size_t n)
{
	size_t m = e->len < n ? e->len : n;
	int c = memcmp(e->path, p, m);

	return c ? c : (e->len > n) - (e->len < n);
}

static int has_prefix(const struct kh_index_entry *e, const char *p, size_t n)
{
	return e->len >= n && !memcmp(e->path, p, n);
}

/* Index entry f->cur is not in HEAD at its path. */
static void take_added(struct fast *f)
{
	const struct kh_index_entry *e = &f->ix->e[f->cur];

	if (e->stage) {
		f->fallback = 1; /* an unresolved merge */
	} else if (kh_grow((void **)&f->added, &f->addcap, f->nadded + 1,
			   sizeof(*f->added)) < 0) {
		f->oom = 1;
	}
	if (!f->fallback && !f->oom)
		f->added[f->nadded++] = f->cur;
	f->cur++;
}

static void mark_gone(struct fast *f, const struct kh_tree_entry *te, const git_oid *id)
{
	uint32_t *slot;
	int added;

	if (te->mode != GIT_FILEMODE_TREE && te->mode != GIT_FILEMODE_COMMIT &&
	    kh_oidmap_put(&f->gone, id, 0, &slot, &added) < 0)
		f->oom = 1;
}

static int path_set(struct fast *f, size_t base, const char *name, size_t n, int dir)
{
	size_t need = base + n + 2;

	if (kh_grow((void **)&f->path, &f->pathcap, need, 1) < 0) {
		f->oom = 1;
		return -1;
	}
	memcpy(f->path + base, name, n);
	f->plen = base + n;
	if (dir)
		f->path[f->plen++] = '/';
	return 0;
}

/* Matches tree `id` (the directory f->path[0..base), "" or ending in '/')
 * against the index entries under it. */
static void fast_dir(struct fast *f, const git_oid *id, size_t base, int depth)
{
	const struct kh_index *ix = f->ix;
	struct kh_tree *t = NULL;
	char why[256];
	size_t i;

	if (depth > MAX_DEPTH || kh_tree_get(f->tc, id, &t, why, sizeof(why)) < 0) {
		f->fallback = 1;
		return;
	}
	for (i = 0; i < t->n && !f->fallback && !f->oom; i++) {
		const struct kh_tree_entry *te = &t->e[i];
		const git_oid *tid = kh_entry_id(t, te);
		int dir = te->mode == GIT_FILEMODE_TREE;
		const struct kh_index_dir *cd;

		if (path_set(f, base, kh_entry_name(t, te), te->len, dir) < 0)
			break;
		while (f->cur < ix->n && cmp_path(&ix->e[f->cur], f->path, f->plen) < 0)
			take_added(f);
		if (dir) {
			size_t end;

			/* the cache-tree vouches for this directory: skip it whole */
			cd = kh_index_dir(ix, f->path, f->plen - 1);
			end = cd ? f->cur + cd->count : 0;
			if (cd && git_oid_equal(&cd->id, tid) && end <= ix->n &&
			    (!cd->count ||
			     (has_prefix(&ix->e[f->cur], f->path, f->plen) &&
			      has_prefix(&ix->e[end - 1], f->path, f->plen))) &&
			    (end == ix->n ||
			     !has_prefix(&ix->e[end], f->path, f->plen))) {
				f->cur = end;
				continue;
			}
			fast_dir(f, tid, f->plen, depth + 1);
			continue;
		}
		if (f->cur < ix->n && !cmp_path(&ix->e[f->cur], f->path, f->plen)) {
			const struct kh_index_entry *e = &ix->e[f->cur++];

			if (e->stage) {
				f->fallback = 1;
			} else if (git_oid_equal(&e->id, tid)) {
				/* unchanged, or only its mode changed */
			} else if ((e->mode & 0170000) == 0160000) {
				note_submodule(f->d, f->out, e->path, e->len);
			} else if (
				change_add(
					f->out, e->path, e->len, e->size, &e->id,
					te->mode == GIT_FILEMODE_BLOB ||
							te->mode ==
								GIT_FILEMODE_BLOB_EXECUTABLE
						? tid
						: NULL) < 0) {
				f->oom = 1;
			}
		} else {
			mark_gone(f, te, tid);
		}
	}
	/* what the index has under this directory past HEAD's last entry */
	while (!f->fallback && f->cur < ix->n &&
	       has_prefix(&ix->e[f->cur], f->path, base))
		take_added(f);
	kh_tree_release(f->tc, t);
}

/*
 * The changes from our index reader, reading HEAD's trees with tc. Returns
 * 0, 1 when libgit2 must do it instead, or -1 when out of memory.
 */
static int fast_changes(struct kh_tree_cache *tc, const char *index_path,
			const git_oid *head, struct kh_diag *d, struct changes *out)
{
	struct kh_index ix;
	struct fast f;
	size_t i;
	int rc = kh_index_read(index_path, &ix);

	memset(&f, 0, sizeof(f));
	if (rc != KH_INDEX_OK) {
		kh_index_release(&ix);
		return rc == KH_INDEX_NOMEM ? -1 : 1;
	}
	f.ix = &ix;
	f.d = d;
	f.out = out;
	f.tc = tc;
	if (head) {
		const struct kh_index_dir *top = kh_index_dir(&ix, "", 0);

		if (top && git_oid_equal(&top->id, head) && top->count == ix.n) {
			rc = 0; /* the index is HEAD's tree: nothing staged */
			goto out;
		}
		fast_dir(&f, head, 0, 0);
	}
	while (!f.fallback && f.cur < ix.n && !f.oom)
		take_added(&f);
	/* a file moved unchanged adds nothing; one moved and edited needs
	 * libgit2's rename detection to find what it was */
	for (i = 0; i < f.nadded && !f.fallback && !f.oom; i++) {
		const struct kh_index_entry *e = &ix.e[f.added[i]];

		if (kh_oidmap_get(&f.gone, &e->id))
			continue;
		else if ((e->mode & 0170000) == 0160000)
			note_submodule(d, out, e->path, e->len);
		else if (f.gone.n && is_file_mode(e->mode))
			f.fallback = 1;
		else if (change_add(out, e->path, e->len, e->size, &e->id, NULL) < 0)
			f.oom = 1;
	}
	rc = f.oom ? -1 : f.fallback ? 1 : 0;
out:
	if (rc != 0)
		changes_release(out);
	kh_oidmap_release(&f.gone);
	free(f.added);
	free(f.path);
	kh_index_release(&ix);
	return rc;
}

/* ---- libgit2's diff ---------------------------------------------------------------- */

/* The change a diff delta makes, if it adds content to scan. */
static int delta_change(struct kh_diag *d, const git_diff_delta *dd, struct changes *out)
{
	const git_oid *old = NULL;

	switch (dd->status) {
	case GIT_DELTA_ADDED:
	case GIT_DELTA_COPIED:
	case GIT_DELTA_MODIFIED:
	case GIT_DELTA_RENAMED:
	case GIT_DELTA_TYPECHANGE: break;
	default: return 0; /* deleted, or unmerged (git refuses that commit) */
	}
	if (dd->new_file.mode == GIT_FILEMODE_COMMIT) {
		note_submodule(d, out, dd->new_file.path, strlen(dd->new_file.path));
		return 0;
	}
	if (dd->new_file.mode == GIT_FILEMODE_TREE)
		return 0;
	if (dd->status == GIT_DELTA_MODIFIED || dd->status == GIT_DELTA_RENAMED) {
		if (git_oid_equal(&dd->old_file.id, &dd->new_file.id))
			return 0; /* a pure rename or mode change adds nothing */
		/* a file that was a symlink or a submodule has no old lines */
		if (dd->old_file.mode == GIT_FILEMODE_BLOB ||
		    dd->old_file.mode == GIT_FILEMODE_BLOB_EXECUTABLE)
			old = &dd->old_file.id;
	}
	return change_add(out, dd->new_file.path, strlen(dd->new_file.path),
			  (size_t)dd->new_file.size, &dd->new_file.id, old);
}

static int diff_changes(git_repository *repo, const git_oid *head, struct kh_diag *d,
			struct changes *out, const char *name, char *err, size_t errlen)
{
	git_diff_options dopts;
	git_diff_find_options fopts;
	git_index *idx = NULL;
	git_tree *tree = NULL;
	git_diff *diff = NULL;
	size_t i, n;
	int ret = -1;

	git_diff_options_init(&dopts, GIT_DIFF_OPTIONS_VERSION);
	git_diff_find_options_init(&fopts, GIT_DIFF_FIND_OPTIONS_VERSION);
	dopts.flags = GIT_DIFF_SKIP_BINARY_CHECK;
	/* a moved file is not new: compare it with where it came from */
	fopts.flags = GIT_DIFF_FIND_RENAMES;
	if (git_repository_index(&idx, repo) < 0) {
		kh_errf(err, errlen, "%s: cannot read the index: %s", name, kh_git_msg());
		goto out;
	}
	if (head && git_tree_lookup(&tree, repo, head) < 0) {
		kh_errf(err, errlen, "%s: cannot read HEAD's tree: %s", name,
			kh_git_msg());
		goto out;
	}
	if (git_diff_tree_to_index(&diff, repo, tree, idx, &dopts) < 0 ||
	    git_diff_find_similar(diff, &fopts) < 0) {
		kh_errf(err, errlen, "%s: cannot compare the index with HEAD: %s", name,
			kh_git_msg());
		goto out;
	}
	n = git_diff_num_deltas(diff);
	for (i = 0; i < n; i++) {
		if (delta_change(d, git_diff_get_delta(diff, i), out) < 0) {
			kh_errf(err, errlen, "out of memory");
			goto out;
		}
	}
	ret = 0;
out:
	git_diff_free(diff);
	git_tree_free(tree);
	git_index_free(idx);
	return ret;
}

/* ---- the command ----------------------------------------------------------------- */

#define SMALL_CHANGE (1u << 20) /* bytes staged that one thread scans */

/* The repository and HEAD's tree: read by our own readers (plain), or
 * by libgit2 (repo), or by both once the fast path hands over. */
struct where {
	struct kh_plain plain;
	git_repository *repo;
	git_odb *odb;
	const char *gitdir, *commondir; /* plain's or repo's */
	char *objects;
	struct kh_packs *packs;
	struct kh_pack_reader *pr;
	struct kh_tree_cache *tc;
	git_oid tree;
	const git_oid *head; /* &tree, or NULL: no commit yet */
};

static int scan_changes(const struct kh_options *opt, const struct kh_engine *e,
			struct kh_diag *d, time_t now, const struct where *at,
			const struct changes *c, struct kh_findings *out, size_t *unread,
			char *err, size_t errlen)
{
	/* every read error of the pool's is a staged blob's (git_common.c) */
	unsigned long long errors = atomic_load(&d->stats.read_errors);
	struct kh_git_shared sh = { 0 };
	struct kh_pool_config cfg = { 0 };
	struct kh_pool *pool;
	size_t i, bytes;
	int ret = 0;

	if (!c->n)
		return 0;
	sh.gitdir = at->gitdir;
	sh.commondir = at->commondir;
	sh.packs = at->packs; /* plain: old versions are often packed */
	sh.opt = opt;
	cfg.threads = opt->threads ? opt->threads : kh_cpu_count();
	if ((size_t)cfg.threads > c->n)
		cfg.threads = (int)c->n;
	/* a hook's usual change: a second thread (and its own repository)
	 * costs more than it saves on less than a MiB */
	for (i = 0, bytes = 0; i < c->n; i++)
		bytes += c->v[i].size;
	if (!opt->threads && bytes < SMALL_CHANGE)
		cfg.threads = 1;
	cfg.interpret = bytes < KH_INTERPRET_BELOW; /* kh_scratch_interpret */
	cfg.queue_cap = (size_t)cfg.threads * 4;
	cfg.run = kh_git_task_run;
	cfg.thread_init = kh_git_thread_init;
	cfg.thread_release = kh_git_thread_release;
	cfg.shared = &sh;
	cfg.max_file_size = opt->max_file_size;
	if (!(pool = kh_pool_start(&cfg, e, d, now, err, errlen)))
		return -1;
	for (i = 0; i < c->n && ret == 0; i++) {
		struct kh_git_task *batch;
		struct kh_git_item *t;

		if (kh_excluded(opt, c->v[i].path))
			continue;
		batch = calloc(1, sizeof(*batch));
		t = batch ? &batch->item[0] : NULL;
		if (!batch || !(t->text = strdup(c->v[i].path))) {
			free(batch);
			ret = kh_errf(err, errlen, "out of memory");
			break;
		}
		batch->n = 1;
		t->kind = KH_GIT_STAGED;
		git_oid_cpy(&t->id, &c->v[i].id);
		git_oid_cpy(&t->old, &c->v[i].old);
		t->order = i;
		kh_progress_queued(&d->progress);
		kh_pool_submit(pool, batch);
	}
	kh_progress_walked(&d->progress);
	if (kh_pool_finish(pool, out) < 0 && ret == 0)
		ret = kh_errf(err, errlen, "out of memory while scanning the index");
	*unread = (size_t)(atomic_load(&d->stats.read_errors) - errors);
	if (sh.lfs_skipped)
		kh_note(d, "skipped %llu Git LFS pointer file%s",
			(unsigned long long)sh.lfs_skipped,
			sh.lfs_skipped == 1 ? "" : "s");
	return ret;
}

/* The index git uses: $GIT_INDEX_FILE in a hook (`git commit -a` stages
 * into a temporary one), else the repository's. */
static char *index_path(const struct kh_options *opt, const char *gitdir)
{
	const char *env = getenv("GIT_INDEX_FILE");
	struct kh_strbuf b;

	kh_strbuf_init(&b, 1u << 16);
	if (!opt->paths.n && env && env[0])
		kh_strbuf_addf(&b, "%s", env);
	else
		kh_strbuf_addf(&b, "%sindex", gitdir);
	if (b.failed) {
		kh_strbuf_release(&b);
		return NULL;
	}
	return b.s;
}

/* The tree of commit `id` as tc reads it: 0, or 1 when it cannot say. */
static int commit_tree(struct kh_tree_cache *tc, const git_oid *id, git_oid *tree)
{
	const unsigned char *data = NULL;
	git_object_t type;
	size_t len = 0;
	char why[256];

	return kh_tree_cache_read(tc, id, &type, &data, &len, why, sizeof(why)) < 0 ||
			       type != GIT_OBJECT_COMMIT || len < 46 ||
			       memcmp(data, "tree ", 5) || data[45] != '\n' ||
			       kh_plain_oid(tree, (const char *)data + 5)
		       ? 1
		       : 0;
}

/*
 * A plain repository's HEAD tree, read without libgit2 into `at` (its
 * tree cache over our loose and pack readers). Returns 0, 1 when libgit2
 * must open the repository, or -1 when out of memory.
 */
static int open_plain(struct where *at, const char *path)
{
	git_oid commit;
	int rc = kh_plain_open(&at->plain, path);

	if (rc != 0)
		return rc;
	rc = kh_plain_head(&at->plain, &commit);
	if (rc == 1)
		return 1;
	at->gitdir = at->commondir = at->plain.gitdir;
	if (!(at->objects = malloc(strlen(at->gitdir) + sizeof("objects"))))
		return -1;
	strcpy(at->objects, at->gitdir);
	strcat(at->objects, "objects");
	if (!(at->packs = kh_packs_open(at->objects)) ||
	    !(at->pr = kh_pack_reader_new(at->packs, PACK_CACHE)) ||
	    !(at->tc = kh_tree_cache_new(NULL, at->pr, TREES_BYTES)))
		return -1;
	kh_tree_cache_loose(at->tc, at->objects);
	if (rc == 2)
		return 0; /* no commit yet */
	if (commit_tree(at->tc, &commit, &at->tree))
		return 1;
	at->head = &at->tree;
	return 0;
}

static void where_release(struct where *at)
{
	kh_tree_cache_free(at->tc);
	kh_pack_reader_free(at->pr);
	kh_packs_free(at->packs);
	free(at->objects);
	git_odb_free(at->odb);
	git_repository_free(at->repo);
	kh_plain_release(&at->plain);
	memset(at, 0, sizeof(*at));
}

/* The repository and HEAD's tree through libgit2: what open_plain left,
 * or the diff the fast path hands over (HEAD read again, so that damage
 * is told in libgit2's words whichever way the run went). */
static int open_libgit2(struct where *at, const char *path, const char *name, char *err,
			size_t errlen)
{
	git_object *tree = NULL;
	int rc;

	where_release(at);

	if (kh_git_open(&at->repo, path, err, errlen) < 0)
		return -1;
	if (git_repository_is_bare(at->repo))
		return kh_errf(err, errlen, "%s: a bare repository has no index to scan",
			       name);
	/* no commit yet: everything in the index is new (but a HEAD whose
	 * commit is missing is damage, not an unborn branch) */
	rc = git_revparse_single(&tree, at->repo, "HEAD^{tree}");
	if (rc < 0 && rc != GIT_EUNBORNBRANCH &&
	    (rc != GIT_ENOTFOUND || git_repository_head_unborn(at->repo) != 1))
		return kh_errf(err, errlen, "%s: cannot read HEAD: %s", name,
			       kh_git_msg());
	if (tree) {
		git_oid_cpy(&at->tree, git_object_id(tree));
		at->head = &at->tree;
	}
	git_object_free(tree);
	at->gitdir = git_repository_path(at->repo);
	at->commondir = git_repository_commondir(at->repo);
	if (git_repository_odb(&at->odb, at->repo) < 0 ||
	    !(at->tc = kh_tree_cache_new(at->odb, NULL, TREES_BYTES)))
		return kh_errf(err, errlen, "out of memory");
	return 0;
}

int kh_scan_staged(const struct kh_options *opt, const struct kh_engine *e,
		   struct kh_diag *d, time_t now, struct kh_findings *out, size_t *unread,
		   char *err, size_t errlen)
{
	const char *name = opt->paths.n ? opt->paths.v[0] : ".";
	const char *path = opt->paths.n ? name : NULL;
	struct changes c = { 0 };
	struct where at = { 0 };
	char *ipath = NULL;
	int ret = -1, rc;

	if (opt->paths.n > 1)
		return kh_errf(err, errlen,
			       "staged: expected one repository, got %zu paths",
			       opt->paths.n);
	kh_git_begin();
	rc = open_plain(&at, path);
	if (rc < 0) {
		kh_errf(err, errlen, "out of memory");
		goto out;
	}
	if (rc == 1 && open_libgit2(&at, path, name, err, errlen) < 0)
		goto out;
	if (!(ipath = index_path(opt, at.gitdir))) {
		kh_errf(err, errlen, "out of memory");
		goto out;
	}
	rc = fast_changes(at.tc, ipath, at.head, d, &c);
	if (rc < 0) {
		kh_errf(err, errlen, "out of memory");
		goto out;
	}
	if (rc == 1 && ((!at.repo && open_libgit2(&at, path, name, err, errlen) < 0) ||
			diff_changes(at.repo, at.head, d, &c, name, err, errlen) < 0))
		goto out;
	ret = scan_changes(opt, e, d, now, &at, &c, out, unread, err, errlen);
out:
	changes_release(&c);
	free(ipath);
	where_release(&at);
	kh_git_end();
	return ret;
}
