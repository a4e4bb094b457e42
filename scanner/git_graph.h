/*
 * git_graph.h - git's commit-graph file (objects/info/commit-graph, as
 * `git commit-graph write` and `git gc` make it): each commit's root tree,
 * parents and committer date without reading the commit. The history walk
 * loads its graph from here where it can (commits missing from the file
 * are read as before), so the commits themselves are read only by the
 * workers, for their messages.
 *
 * Only a single file of SHA-1 ids is read (not a chain of split files).
 * The file is checked whole when opened (its trailing SHA-1, the chunk
 * table, sorted ids, parents that exist): a file that fails is not used at
 * all, so a damaged one costs speed, never a commit.
 */
#ifndef KH_GIT_GRAPH_H
#define KH_GIT_GRAPH_H

#include <stddef.h>
#include <stdint.h>

#include "git_api.h"

#define KH_GRAPH_NONE UINT32_MAX

struct kh_commit_graph;

/*
 * The commit-graph of objects_dir. Returns 0 with *out set (NULL when the
 * repository has none, or one in a form not read here: a chain of split
 * files, another hash), -1 when the file is there but damaged (why set,
 * *out NULL), -2 when out of memory.
 */
int kh_commit_graph_open(const char *objects_dir, struct kh_commit_graph **out, char *why,
			 size_t whylen);
void kh_commit_graph_free(struct kh_commit_graph *g);

/* How many commits the graph holds. */
uint32_t kh_commit_graph_count(const struct kh_commit_graph *g);

/* The commit's position in the graph, or KH_GRAPH_NONE. */
uint32_t kh_commit_graph_find(const struct kh_commit_graph *g, const git_oid *id);

/* The id of the commit at position pos (< the number of commits). */
const git_oid *kh_commit_graph_id(const struct kh_commit_graph *g, uint32_t pos);

/*
 * The commit at pos: its root tree, committer date, and how many parents
 * it has; the first min(that, cap) of their positions go to parents[].
 */
size_t kh_commit_graph_commit(const struct kh_commit_graph *g, uint32_t pos,
			      git_oid *tree, int64_t *time, uint32_t *parents,
			      size_t cap);

/* The SHA-1 of p[0..len): git's checksum at the end of its files. */
void kh_sha1(const unsigned char *p, size_t len, unsigned char out[20]);

#endif
