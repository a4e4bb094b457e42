/*
 * git_common.h - what the git walkers (walk_git.c, walk_staged.c,
 * git_hook.c) share: opening a repository, the blob task the workers run,
 * and two compact tables for long histories (object id -> number, and
 * interned strings).
 *
 * Ownership: every table owns its memory and is freed by its _release();
 * a git_task is owned by the pool once submitted (the worker frees it).
 */
#ifndef KH_GIT_COMMON_H
#define KH_GIT_COMMON_H

#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

#include "git_api.h"

#include "matcher.h"
#include "pool.h"

struct kh_diag;

#define KH_GIT_NONE UINT32_MAX /* "no such entry" in the tables below */

/* Starts libgit2 and sets the process-wide caches and pack-window limits
 * that keep memory bounded on large histories, when the run first calls
 * it (git_api.h): a run our own readers serve never loads it. Pair with
 * kh_git_end(). */
void kh_git_begin(void);
void kh_git_end(void);

/* libgit2's last error message (never NULL). */
const char *kh_git_msg(void);

/* "a blob", "a tree", "a commit", "a tag", or "of an unknown type" (a
 * corrupt object's type), to say what an object is instead. */
const char *kh_git_what(git_object_t type);

/*
 * Opens the repository at `path` (a work tree, a .git directory or a bare
 * repository); `path` NULL means the current directory, searched upward as
 * git does. Returns 0, or -1 with "PATH: not a git repository ..." in err.
 */
int kh_git_open(git_repository **out, const char *path, char *err, size_t errlen);

/*
 * Reads `path` in the tree of commit (or any tree-ish) `rev` into *text,
 * NUL-terminated, for the caller to free: the repository's own settings
 * (.keyhoundignore, .keyhound.json) as a given commit has them. Returns 0;
 * 1 when the tree has no such path; -1 with a one-line message in err (no
 * such commit, not a regular file, larger than max bytes).
 */
int kh_git_read_file(git_repository *repo, const char *rev, const char *path, size_t max,
		     char **text, size_t *len, char *err, size_t errlen);

/* Object id -> 32-bit value (open addressing; KH_GIT_NONE is reserved). */
struct kh_oidmap_slot {
	git_oid id;
	uint32_t val; /* KH_GIT_NONE: empty slot */
};

struct kh_oidmap {
	struct kh_oidmap_slot *slots;
	size_t cap, n;
};

/* The value stored for id, or NULL. */
uint32_t *kh_oidmap_get(const struct kh_oidmap *m, const git_oid *id);
/* Stores id -> val unless id is there; *slot points at the stored value
 * (the old one when *added is 0). Returns 0, or -1 when out of memory. */
int kh_oidmap_put(struct kh_oidmap *m, const git_oid *id, uint32_t val, uint32_t **slot,
		  int *added);
/* Removes id (if there). */
void kh_oidmap_del(struct kh_oidmap *m, const git_oid *id);
void kh_oidmap_release(struct kh_oidmap *m);

/* Interned strings: each distinct string stored once, named by a number. */
struct kh_strtab {
	char *arena;
	size_t len, cap;
	uint32_t *offs; /* id -> offset in arena */
	size_t n, ncap;
	uint32_t *slots; /* hash -> id + 1; 0 is empty */
	size_t scap;
};

/* Returns 0 and the id of s[0..len) in *id, or -1 when out of memory. */
int kh_strtab_intern(struct kh_strtab *t, const char *s, size_t len, uint32_t *id);
const char *kh_strtab_get(const struct kh_strtab *t, uint32_t id);
void kh_strtab_release(struct kh_strtab *t);

/* The commit's description for findings; NULL when out of memory. */
struct kh_commit_info *kh_git_commit_info(const git_commit *c);
/* The same for an annotated tag: its id, tagger, date, message's first
 * line, and its name in ->tag. */
struct kh_commit_info *kh_git_tag_info(const git_tag *t);

/* What a worker does with one git task. */
enum kh_git_task_kind {
	KH_GIT_BLOB,	/* read blob `id`, scan it as `text` (its path) */
	KH_GIT_STAGED,	/* the same, only lines added relative to `old` */
	KH_GIT_MESSAGE, /* scan `text` (a commit message), path NULL */
	KH_GIT_COMMIT,	/* read commit `id`, scan its message as above */
	KH_GIT_AHEAD,	/* run shared.ahead (walk_git.c's commits read ahead) */
	KH_GIT_DIFF,	/* run shared.diff (walk_git.c's trees compared ahead) */
};

/* Blob states, written by the worker once the blob is scanned. */
enum { KH_BLOB_PENDING, KH_BLOB_CLEAN, KH_BLOB_FOUND };

struct kh_git_item {
	enum kh_git_task_kind kind;
	git_oid id, old;
	char *text; /* path or message; owned */
	size_t len; /* of a message */
	unsigned long long order;
	uint64_t where;		      /* kh_packs_position, or 0: not known */
	git_oid state_id;	      /* --state: what a blob is recorded as */
	_Atomic unsigned char *state; /* blob record, or NULL */
};

/* A task is a chain of batches of items: one queue operation per task,
 * not per blob, and a worker takes a stretch of blobs whole. */
#define KH_GIT_BATCH 32

struct kh_git_task {
	size_t n;
	struct kh_git_task *next; /* the task's next batch, or NULL */
	struct kh_git_item item[KH_GIT_BATCH];
};

struct kh_packs;

/* What the git workers share. Each worker opens a repository of its own
 * and, when `packs` is set, a pack reader over them. */
struct kh_pack_reader;

struct kh_git_shared {
	const char *gitdir; /* opened by each worker */
	/* the directory that holds gitdir's objects/, or NULL (libgit2 says):
	 * set, a worker opens gitdir only for an object its loose reader and
	 * packs do not hold */
	const char *commondir;
	const char *name; /* the repository as the user named it, or NULL */
	const struct kh_options *opt;
	const struct kh_packs *packs; /* NULL: read through libgit2 only */
	/* a partial clone's promisor remote, or NULL: blobs missing there are
	 * counted in `promised`, not warned about one by one */
	const char *promisor;
	atomic_ullong lfs_skipped, blob_bytes;
	atomic_ullong blobs_read, promised;
	struct kh_state *state; /* --state: scanned blobs are recorded there */
	atomic_ullong unread;	/* blobs that could not be read */
	/* KH_GIT_AHEAD: called with the worker's pack reader (not NULL) */
	void (*ahead)(struct kh_worker *w, struct kh_pack_reader *pr, void *arg);
	void *ahead_arg;
	/* KH_GIT_DIFF: the same, for commits whose trees a worker compares */
	void (*diff)(struct kh_worker *w, struct kh_pack_reader *pr, void *arg);
	void *diff_arg;
};

void *kh_git_thread_init(void *shared);
void kh_git_thread_release(void *local);
/* Runs (and frees) one struct kh_git_task (a chain of batches). */
void kh_git_task_run(struct kh_worker *w, void *task);

#endif
