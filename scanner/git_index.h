/*
 * git_index.h - a lean reader of git's index file ("DIRC", versions 2 to
 * 4) for `keyhound staged`: the entries' paths, ids and modes, and the
 * cache-tree extension that tells which directories are unchanged since
 * the last tree was written. libgit2 also reads the index, but re-hashes
 * the whole file and allocates per entry: tens of milliseconds on a large
 * repository, which a pre-commit hook feels.
 *
 * An index this reader does not fully understand (a split or sparse
 * index, an unknown version) is reported as unsupported, and the caller
 * uses libgit2 instead. The file is untrusted input: every length is
 * checked.
 */
#ifndef KH_GIT_INDEX_H
#define KH_GIT_INDEX_H

#include <stddef.h>
#include <stdint.h>

#include "git_api.h"

struct kh_index_entry {
	const char *path; /* NUL-terminated */
	size_t len;
	git_oid id;
	uint32_t mode;	/* as in the file: 0100644, 0120000, 0160000, ... */
	uint32_t size;	/* the file's size when staged (low 32 bits): a hint */
	unsigned stage; /* 0, or 1-3 while a merge is unresolved */
};

/* A directory the cache-tree knows: its tree id and how many index
 * entries it covers (they are contiguous). */
struct kh_index_dir {
	const char *path; /* "" for the top, else "a/b" */
	size_t len;
	git_oid id;
	uint32_t count;
};

struct kh_index {
	struct kh_index_entry *e;
	size_t n;
	struct kh_index_dir *dirs; /* valid cache-tree nodes, sorted by path */
	size_t ndirs;
	unsigned char *buf; /* the file */
	char *names;	    /* paths rebuilt from a version-4 index */
};

enum { KH_INDEX_OK = 0, KH_INDEX_UNSUPPORTED = 1, KH_INDEX_NOMEM = -1 };

/* Reads the index at path into ix (released with kh_index_release, also
 * on failure). A missing file is an empty index. */
int kh_index_read(const char *path, struct kh_index *ix);
/* The same for the file's bytes in buf[0..len), a malloc'd buffer that ix
 * then owns (freed by kh_index_release, also on failure). */
int kh_index_parse(unsigned char *buf, size_t len, struct kh_index *ix);
void kh_index_release(struct kh_index *ix);
/* The valid cache-tree node for directory path[0..len), or NULL. */
const struct kh_index_dir *kh_index_dir(const struct kh_index *ix, const char *path,
					size_t len);

#endif
