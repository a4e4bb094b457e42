/*
 * git_plain.h - a plain repository found and its HEAD read without
 * libgit2: a work tree's own .git directory, objects and refs where git
 * puts them. That is what a pre-commit hook mostly meets, and loading and
 * starting libgit2 is ~240 page faults (~4 ms here) of the hook's run.
 * Anything less plain (a .git file or symlink, worktrees, alternates,
 * config extensions or includes, GIT_DIR and its kin, a repository someone
 * else owns) is left to libgit2, which knows each case and its errors.
 */
#ifndef KH_GIT_PLAIN_H
#define KH_GIT_PLAIN_H

#include "git_api.h"

struct kh_plain {
	char *workdir; /* real path, ending in '/' */
	char *gitdir;  /* workdir + ".git/", as git_repository_path() gives it */
};

/*
 * The plain repository whose work tree is `path` (NULL: the nearest from
 * the current directory upward, as git finds it in a hook). Returns 0, 1
 * when it is not plain or not found (libgit2 must open it and say why),
 * or -1 when out of memory. Release r in every case.
 */
int kh_plain_open(struct kh_plain *r, const char *path);
void kh_plain_release(struct kh_plain *r);

/*
 * The commit HEAD names: 0 with *id set, 2 when HEAD's branch has no
 * commit yet, 1 when libgit2 must read it (a ref it alone resolves, or
 * damage it must name).
 */
int kh_plain_head(const struct kh_plain *r, git_oid *id);

/* Parses the 40 hex digits at s (lower case, as git writes them): 0, or
 * -1 when they are not. */
int kh_plain_oid(git_oid *id, const char *s);

#endif
