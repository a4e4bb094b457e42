/*
 * walk_fs.h - files, directories and stdin as sources.
 *
 * The walker only finds files and queues them, each with the directory it
 * opened: a file is opened by its name there. Workers read the first
 * 64 KiB of each and stat only a file that fills them: one too large or
 * special (swapped in after the walk) is skipped there (one that is gzip
 * or tar is streamed), and so is a binary
 * one (by its first 8 KiB); else the rest is read (bounded by
 * --max-file-size) and the bytes go to kh_scan_any(). A symlink named
 * on the command line is followed; symlinks below a named path are not.
 * .git/ is skipped, FIFOs and devices are skipped, no directory is entered
 * twice, and paths longer than PATH_MAX are opened piece by piece. Stdin
 * longer than --max-file-size, and a gzip or tar file longer than it, are
 * read as streams (kh_scan_reader): text in overlapping chunks.
 */
#ifndef KH_WALK_FS_H
#define KH_WALK_FS_H

#include <stdatomic.h>

#include "options.h"
#include "pool.h"

struct kh_pool;
struct kh_diag;

/* What file tasks need; lives as long as the pool (pool "shared"). */
struct kh_fs_env {
	const struct kh_options *opt;
	struct kh_diag *diag;
	atomic_int dirs_open; /* by the walk, and kept open for queued files */
};

/* Pool task runner for the batches of files kh_walk_paths() queues. */
void kh_fs_task_run(struct kh_worker *w, void *task);
/* Pool thread_init/thread_release: a worker's io_uring (ring.h), set up
 * at its first batch, and its buffers. */
void *kh_fs_thread_init(void *shared);
void kh_fs_thread_release(void *local);

/*
 * Queues every file under opt->paths ("-" is stdin, read by a worker like
 * any file). Problems with single files are warnings; returns -1 only when
 * nothing can go on (out of memory).
 */
/* open() for paths of any length, also past PATH_MAX (opened piece by
 * piece). Returns the descriptor, or -1 with errno. */
int kh_open_path(const char *path, int flags);

int kh_walk_paths(struct kh_fs_env *env, struct kh_pool *pool);

#endif
