/*
 * git_pack.h - a fast path for reading objects from a repository's pack
 * files, for the history scan's hot loop (every tree and blob).
 *
 * libgit2 reads packed objects correctly but, per object, allocates a zlib
 * stream, takes several locks shared by all threads and, for the size
 * check, walks the delta chain twice; on a whole history that is three
 * times what `git cat-file --batch-all-objects` spends. Here each thread
 * owns a reader (a zlib stream reset between objects, a window of the
 * pack read with pread, and a cache of delta bases), and the packs' index
 * files are shared read-only.
 *
 * Anything this reader does not handle (loose objects, objects in packs
 * that appeared after kh_packs_open, alternates, data it finds corrupt)
 * is reported as KH_PACK_MISS so the caller asks libgit2, which also gives
 * the proper error for a corrupt object. But an entry whose sizes cannot
 * be true (more than the rest of the pack can inflate to, or than its
 * delta's instructions make) is KH_PACK_DAMAGED, and is not allocated:
 * libgit2 would allocate whatever the header claims.
 *
 * A pack file that shrinks while mapped (truncated under the scan) makes
 * reads of its lost pages fault with SIGBUS. kh_pack_read catches that
 * fault (a SIGBUS handler installed by kh_packs_open and a jump buffer per
 * thread), marks the pack damaged and answers KH_PACK_DAMAGED for every
 * object in it from then on. A SIGBUS outside kh_pack_read (in libgit2)
 * ends the process with a one-line message and exit code 2.
 */
#ifndef KH_GIT_PACK_H
#define KH_GIT_PACK_H

#include <stddef.h>
#include <stdint.h>

#include "git_api.h"

enum kh_pack_status {
	KH_PACK_OK = 0,
	KH_PACK_MISS = 1,      /* not found here, or unreadable: ask libgit2 */
	KH_PACK_TOO_LARGE = 2, /* larger than the caller's limit; *len says how large */
	KH_PACK_DAMAGED = 3,   /* its pack shrank under the reader, or its entry
				* cannot be true: unreadable, and libgit2 must not
				* try; kh_pack_why says why */
	KH_PACK_NOMEM = -1,
};

struct kh_packs;
struct kh_pack_reader;

/* Indexes of every pack in objects_dir/pack (none is fine). NULL when out
 * of memory. Read-only afterwards: share it between threads. */
struct kh_packs *kh_packs_open(const char *objects_dir);
void kh_packs_free(struct kh_packs *p);

/*
 * Where object id is stored: a number that sorts objects as the packs hold
 * them (pack, then offset), or UINT64_MAX when no pack has it. Reading
 * blobs in this order lets a reader's cache of delta bases serve every
 * delta of a family, as git lays each family out together.
 */
uint64_t kh_packs_position(const struct kh_packs *p, const git_oid *id);

/* 1 when a pack shrank under a reader (see KH_PACK_DAMAGED): libgit2,
 * which maps the same files, must not read from them either. */
int kh_packs_damaged(const struct kh_packs *p);

/* A reader for one thread, caching up to `cache_bytes` of delta bases. */
struct kh_pack_reader *kh_pack_reader_new(const struct kh_packs *p, size_t cache_bytes);
void kh_pack_reader_free(struct kh_pack_reader *r);

/*
 * Reads object id. `where` is its kh_packs_position when the caller has
 * it (an index search saved), else 0: a position that names no object
 * is looked up. On KH_PACK_OK, *data (NUL-terminated; owned by the
 * reader, valid until its next call) holds *len bytes of an object of
 * *type. An object over max_len bytes is not inflated (KH_PACK_TOO_LARGE,
 * *len and *type set).
 */
enum kh_pack_status kh_pack_read(struct kh_pack_reader *r, const git_oid *id,
				 uint64_t where, size_t max_len,
				 const unsigned char **data, size_t *len,
				 git_object_t *type);

/* After KH_PACK_DAMAGED: why, on one line, never the object's data (owned
 * by the reader, valid until its next call). */
const char *kh_pack_why(const struct kh_pack_reader *r);

/*
 * The entries each pack stores before its first whole tree or blob, that
 * are commits or deltas (of commits, perhaps): git writes every commit (and
 * tag) of a pack there, so the history walk can read them all at once and
 * in parallel before it needs them. Other writers order packs otherwise:
 * then the list is short or empty, and the walk reads commits as before.
 * Returns how many, in pack order (*out malloc'd, NULL when none), or -1
 * when out of memory.
 */
struct kh_pack_entry {
	git_oid id;
	uint64_t where; /* as kh_packs_position */
};

long kh_packs_front(struct kh_pack_reader *r, struct kh_pack_entry **out);

/*
 * Puts a backend over repo's object database that reads the objects of
 * packs ps with a reader of its own (cache_bytes of delta bases), ahead of
 * libgit2's pack backend: the refs libgit2 peels and the commits it
 * describes then come through ps's maps, within their allowance
 * (MAP_RESIDENT), and libgit2 never maps a second copy of the indexes or
 * a pack window of its own. Objects ps does not hold are left to libgit2.
 * ps must outlive the object database. Returns 0, or -1 with libgit2's
 * error set.
 */
int kh_pack_backend_add(git_repository *repo, const struct kh_packs *ps,
			size_t cache_bytes);

/* How many objects that backend gave libgit2, and how many it left to
 * libgit2's own backends (not in these packs). */
void kh_packs_odb_counts(const struct kh_packs *ps, unsigned long *served,
			 unsigned long *missed);

#endif
