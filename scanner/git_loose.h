/*
 * git_loose.h - loose objects (objects/ab/cdef...) inflated with a bound,
 * and a libgit2 object-database backend that serves them, so libgit2
 * never inflates one itself: its reader (1.5) loops forever on a zlib
 * stream cut short, and allocates whatever size a header claims.
 *
 * Ownership: a reader owns its inflater (git_inflate.h) and its input buffer; a
 * kh_loose_buf is the caller's (freed with free()). The backend belongs to
 * the repository's object database once added.
 */
#ifndef KH_GIT_LOOSE_H
#define KH_GIT_LOOSE_H

#include <stddef.h>

#include "git_api.h"
#include "git_inflate.h"

enum kh_loose_status {
	KH_LOOSE_OK,
	KH_LOOSE_MISSING,   /* no such file: the object is elsewhere, or nowhere */
	KH_LOOSE_TOO_LARGE, /* its header gives more than max bytes (in *len) */
	KH_LOOSE_CORRUPT,   /* unreadable or damaged; why says how */
	KH_LOOSE_NOMEM,
};

struct kh_loose_reader {
	struct kh_inflater inf;
	unsigned char *in;
	size_t incap;
};

/* A growable output buffer, reused from object to object. */
struct kh_loose_buf {
	unsigned char *p;
	size_t cap;
};

void kh_loose_reader_init(struct kh_loose_reader *r);
void kh_loose_reader_release(struct kh_loose_reader *r);

/*
 * Inflates the loose object in[0..n) (a file's bytes) into out: on
 * KH_LOOSE_OK, *type, and *data and *len the object's content (NUL-terminated,
 * valid until out is next used). The output never grows past max bytes
 * and what the header gives, whatever the input claims. KH_LOOSE_CORRUPT
 * says what is wrong in why (never the object's content).
 */
enum kh_loose_status kh_loose_parse(struct kh_loose_reader *r, const unsigned char *in,
				    size_t n, size_t max, struct kh_loose_buf *out,
				    git_object_t *type, const unsigned char **data,
				    size_t *len, char *why, size_t whylen);

/*
 * The same for object id under the objects directory `objects`: a file
 * longer than an object of max bytes can be is not read past its header.
 * KH_LOOSE_MISSING when there is no such file.
 */
enum kh_loose_status kh_loose_read(struct kh_loose_reader *r, const char *objects,
				   const git_oid *id, size_t max,
				   struct kh_loose_buf *out, git_object_t *type,
				   const unsigned char **data, size_t *len, char *why,
				   size_t whylen);

/*
 * Puts a backend over repo's object database that reads its loose objects
 * (and its alternates') with kh_loose_read, ahead of libgit2's own: a
 * damaged one is then an error naming the problem, never a hang. from_env:
 * the repository was opened as git does in a hook (GIT_OBJECT_DIRECTORY,
 * GIT_ALTERNATE_OBJECT_DIRECTORIES honoured). Returns 0, or -1 with
 * libgit2's error set.
 */
int kh_loose_backend_add(git_repository *repo, int from_env);

#endif
