/*
 * git_trees.h - git trees as the history walker reads them: parsed once
 * into an entry array, kept in a cache bounded in bytes (least recently
 * used first out). A commit's trees are compared with its parents' trees,
 * which the walk has usually just read for the previous commit, so most
 * trees are read from the object database once.
 *
 * Ownership: the cache owns every tree; kh_tree_get() pins one until
 * kh_tree_release(). Not thread-safe: one cache per walker.
 */
#ifndef KH_GIT_TREES_H
#define KH_GIT_TREES_H

#include <stddef.h>
#include <stdint.h>

#include "git_api.h"

/* Offsets into the tree's raw object rather than pointers: the parsed
 * entries are half the size and move into the cache with one memcpy. */
struct kh_tree_entry {
	uint32_t name;	     /* where the name starts in raw; NUL-terminated */
	uint32_t len;	     /* of name; the raw id follows its NUL */
	git_filemode_t mode; /* normalised: TREE, BLOB, BLOB_EXECUTABLE, LINK, COMMIT */
};

struct kh_tree {
	git_oid id;
	struct kh_tree_entry *e; /* in git's order */
	size_t n;
	/* cache bookkeeping; one allocation holds the struct, e and raw */
	unsigned char *raw;
	size_t rawlen;
	size_t cost;
	unsigned pins;
	struct kh_tree *prev, *next;
};

static inline const char *kh_entry_name(const struct kh_tree *t,
					const struct kh_tree_entry *e)
{
	return (const char *)t->raw + e->name;
}

static inline const git_oid *kh_entry_id(const struct kh_tree *t,
					 const struct kh_tree_entry *e)
{
	return (const git_oid *)(t->raw + e->name + e->len + 1);
}

struct kh_tree_cache;

struct kh_pack_reader;

/* A cache of at most about `budget` bytes of trees read with pr (may be
 * NULL), else from odb (both borrowed; odb NULL: a tree the packs do not
 * hold cannot be read). NULL when out of memory. */
struct kh_tree_cache *kh_tree_cache_new(git_odb *odb, struct kh_pack_reader *pr,
					size_t budget);
void kh_tree_cache_free(struct kh_tree_cache *c);
/* Reads loose objects from the directory `objects` too (borrowed), after
 * the packs and before odb. */
void kh_tree_cache_loose(struct kh_tree_cache *c, const char *objects);

/*
 * Object `id` as the cache reads trees (for the commit a walk starts
 * from): 0 with *data (valid until the next read) and *len; -1 when it
 * cannot be read (why in err), -2 when out of memory.
 */
int kh_tree_cache_read(struct kh_tree_cache *c, const git_oid *id, git_object_t *type,
		       const unsigned char **data, size_t *len, char *err, size_t errlen);

/*
 * The tree `id`, pinned. Returns 0; -1 when it cannot be read or is not a
 * tree (libgit2's error, or "not a tree", in err); -2 when out of memory.
 */
int kh_tree_get(struct kh_tree_cache *c, const git_oid *id, struct kh_tree **out,
		char *err, size_t errlen);
/* Unpins t (NULL-safe); it stays cached until evicted. */
void kh_tree_release(struct kh_tree_cache *c, struct kh_tree *t);

#endif
