#include "walk_fs.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <unistd.h>

#include "archive.h"
#include "diag.h"
#include "ignore.h"
#include "matcher.h"
#include "pool.h"
#include "ring.h"
#include "spill.h"
#include "util.h"

#define MAX_DEPTH      256
#define SYMLINKS_NAMED 20   /* skipped symlinks named one by one; the rest are counted */
#define PROBE	       8192 /* a file longer than this is binary by its first PROBE bytes */
#define FIRST_READ     (64 * 1024) /* read before any stat: 98 % of source files */
#define DIRS_OPEN      256	   /* directories kept open for queued files, at most */
#define FDS_SPARE      64	   /* descriptors left for files, reports, libraries */
#define DRAIN_MAX      ((size_t)256 << 20) /* of a skipped stdin stream read */
#define DENTS	       (32 * 1024)	   /* getdents64's buffer, as glibc's readdir() */
#define BATCH	       32 /* files of one directory a task: opened, read, closed together */

/*
 * A directory the walk opened. Its files are opened relative to it, so
 * the kernel looks up one name per file, not every directory of the path
 * again. Shared by the walker and the files queued from it; the last one
 * done closes it.
 */
struct dir_ref {
	int fd;
	atomic_int refs;
	atomic_int *open; /* kh_fs_env.dirs_open, this one included */
	int short_ends;	  /* on a file system whose short read is a file's end */
};

struct fs_task {
	struct dir_ref *dir; /* NULL: opened by the whole path */
	size_t leaf;	     /* the name in dir: path + leaf */
	int is_stdin;
	int follow;  /* named on the command line: a symlink is followed */
	char path[]; /* reported path; "-" for stdin */
};

/* A pool task: up to BATCH files queued in walk order (of one directory,
 * or one named file or stdin), run in that order. */
struct fs_batch {
	int n;
	struct fs_task *t[BATCH];
};

/* A directory on the current descent, to refuse loops (bind mounts). */
struct dir_id {
	dev_t dev;
	ino_t ino;
};

struct walk {
	struct kh_fs_env *env;
	struct kh_pool *pool;
	struct dir_id stack[MAX_DEPTH];
	int depth;
	/* the entry at hand; a directory's entries are added to it (at most
	 * MAX_DEPTH names deep, so bounded) */
	char *path;
	size_t cap;
	int dirs_max; /* directories open before files are opened by their path */
	int dot;      /* named ".": its entries are reported as "a/b", not "./a/b" */
	char *dents[MAX_DEPTH]; /* a getdents64 buffer a level, made when first used */
	dev_t fs_dev;		/* the file system short_read_ends() last asked */
	int fs_short;		/* its answer; fs_known: asked */
	int fs_known;
	struct fs_batch *batch; /* files queued, not yet handed to the pool */
	int batch_max;		/* files a batch (descriptors: see batch_budget()) */
	int threads;
};

static void dir_ref_put(struct dir_ref *r)
{
	if (r && atomic_fetch_sub(&r->refs, 1) == 1) {
		close(r->fd);
		atomic_fetch_sub(r->open, 1);
		free(r);
	}
}

/* Hands the batch at hand to the pool (with -j1: runs it). */
static void flush_batch(struct walk *wk)
{
	if (wk->batch) {
		kh_pool_submit(wk->pool, wk->batch);
		wk->batch = NULL;
	}
}

/* One malloc a file: the task and its path. dir is shared when given.
 * Files go to the pool in batches of one directory's files; a named file
 * or stdin alone. */
static int queue_file(struct walk *wk, const char *path, struct dir_ref *dir, size_t leaf,
		      int is_stdin, int follow)
{
	size_t len = strlen(path);
	struct fs_task *t;

	if (!wk->batch) {
		if (!(wk->batch = malloc(sizeof(*wk->batch))))
			return -1;
		wk->batch->n = 0;
	}
	if (!(t = malloc(sizeof(*t) + len + 1)))
		return -1;
	memcpy(t->path, path, len + 1);
	t->dir = dir;
	t->leaf = leaf;
	t->is_stdin = is_stdin;
	t->follow = follow;
	if (dir)
		atomic_fetch_add(&dir->refs, 1);
	kh_progress_queued(&wk->env->diag->progress);
	wk->batch->t[wk->batch->n++] = t;
	/* with -jN an idle worker gets what there is (a hint read without a
	 * lock: the first files of a run go one by one) */
	if (wk->batch->n >= wk->batch_max || !dir ||
	    (wk->threads > 1 && kh_pool_starving(wk->pool)))
		flush_batch(wk);
	return 0;
}

/* Makes wk->path hold n bytes. */
static int path_reserve(struct walk *wk, size_t n)
{
	char *p;

	if (wk->cap >= n)
		return 0;
	n = n < 256 ? 256 : n * 2;
	if (!(p = realloc(wk->path, n)))
		return -1;
	wk->path = p;
	wk->cap = n;
	return 0;
}

/* The path to report for the entry in wk->path. */
static const char *shown(const struct walk *wk)
{
	return wk->dot && wk->path[1] ? wk->path + 2 : wk->path;
}

/*
 * Paths of any length: returns a descriptor of a directory to open `*leaf`
 * from, so that no single system call sees more than PATH_MAX bytes.
 * AT_FDCWD (and *leaf = path) when the path is short enough to use whole;
 * otherwise the caller closes the descriptor. Directories on the way are
 * opened as open() would resolve them. Returns -1 with errno on failure.
 */
static int path_parent(const char *path, const char **leaf)
{
	int dfd = AT_FDCWD;

	*leaf = path;
	while (strlen(*leaf) >= PATH_MAX) {
		const char *p = *leaf, *cut = p + PATH_MAX - 1;
		char *dir;
		int sub;

		while (cut > p && *cut != '/')
			cut--;
		if (cut == p || !(dir = kh_strndup(p, (size_t)(cut - p)))) {
			if (dfd != AT_FDCWD)
				close(dfd);
			errno = cut == p ? ENAMETOOLONG : ENOMEM;
			return -1;
		}
		sub = openat(dfd, dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
		free(dir);
		if (dfd != AT_FDCWD)
			close(dfd);
		if (sub < 0)
			return -1;
		dfd = sub;
		while (*cut == '/')
			cut++;
		*leaf = cut;
	}
	return dfd;
}

int kh_open_path(const char *path, int flags)
{
	const char *leaf;
	int dfd = path_parent(path, &leaf), fd, saved;

	if (dfd == -1)
		return -1;
	fd = openat(dfd, leaf, flags);
	saved = errno;
	if (dfd != AT_FDCWD)
		close(dfd);
	errno = saved;
	return fd;
}

static int walk_dir(struct walk *wk, int dfd, size_t len);

/* The type of a directory entry, from the entry when the file system
 * says (no stat of every file: the worker checks sizes), else from a
 * stat; 0 with *err set when that failed. */
static mode_t entry_type(int dfd, unsigned char d_type, const char *name, int *err)
{
	struct stat st;

	*err = 0;
	switch (d_type) {
	case DT_REG: return S_IFREG;
	case DT_DIR: return S_IFDIR;
	case DT_LNK: return S_IFLNK;
	}
	if (fstatat(dfd, name, &st, AT_SYMLINK_NOFOLLOW) < 0) {
		*err = errno;
		return 0;
	}
	return st.st_mode & S_IFMT;
}

/*
 * Whether a read of a regular file on the file system of fd that returns
 * fewer bytes than asked is at the file's end, so the read after it (0
 * bytes) can be left out: true of the disk and memory file systems below,
 * whose reads stop only at the file's size. Not of /proc (a read returns
 * a page of a longer file), FUSE or network file systems: their files are
 * read to a read of 0, as before. One fstatfs() a directory saves a read
 * a file (1.2 us on this VM; the kernel text's 12,834 files).
 */
static int short_read_ends(int fd)
{
	static const unsigned long ends[] = {
		0xEF53,	    /* ext2, ext3, ext4 */
		0x58465342, /* xfs */
		0x9123683E, /* btrfs */
		0x01021994, /* tmpfs */
		0x794C7630, /* overlayfs (its reads are the lower file's) */
		0xF2F52010, /* f2fs */
	};
	struct statfs sf;
	size_t i;

	if (fstatfs(fd, &sf) < 0)
		return 0;
	for (i = 0; i < sizeof(ends) / sizeof(ends[0]); i++)
		if ((unsigned long)sf.f_type == ends[i])
			return 1;
	return 0;
}

/*
 * Handles one directory entry, its path in wk->path[0..len); follows
 * nothing. A file is queued with *ref, the directory's shared handle,
 * made on the first file and left NULL (files opened by their path) while
 * wk->dirs_max directories are open.
 */
static int walk_entry(struct walk *wk, int dfd, struct dir_ref **ref,
		      unsigned char d_type, size_t leaf, size_t len)
{
	struct kh_diag *d = wk->env->diag;
	const char *name = wk->path + leaf, *path = shown(wk);
	int err, sub;
	mode_t type = entry_type(dfd, d_type, name, &err);

	/* the files queued before run first: every warning and note comes
	 * in the order it did when each file ran as it was found (-j1) */
	if (err || !S_ISREG(type))
		flush_batch(wk);
	if (err) {
		atomic_fetch_add(&d->stats.read_errors, 1);
		kh_warn(d, "%s: cannot stat: %s", path, strerror(err));
	} else if (kh_excluded(wk->env->opt, path)) {
		atomic_fetch_add(&d->stats.skipped_excluded, 1);
	} else if (S_ISLNK(type)) {
		/* each one named once, up to a limit: a node_modules tree has
		 * thousands, and the summary counts them all */
		if (atomic_fetch_add(&d->stats.skipped_symlinks, 1) < SYMLINKS_NAMED)
			kh_note(d, "%s: symbolic link, not followed", path);
	} else if (S_ISDIR(type)) {
		if (!strcmp(name, ".git"))
			return 0;
		sub = openat(dfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
		if (sub >= 0)
			return walk_dir(wk, sub, len);
		atomic_fetch_add(&d->stats.read_errors, 1);
		kh_warn(d, "%s: cannot open directory: %s", path, strerror(errno));
	} else if (S_ISREG(type)) {
		if (!*ref && atomic_load(&wk->env->dirs_open) <= wk->dirs_max &&
		    (*ref = malloc(sizeof(**ref)))) {
			dev_t dev = wk->stack[wk->depth - 1].dev;

			(*ref)->fd = dfd;
			atomic_init(&(*ref)->refs, 1); /* the walker's */
			(*ref)->open = &wk->env->dirs_open;
			/* one fstatfs() a file system, not a directory */
			if (!wk->fs_known || wk->fs_dev != dev) {
				wk->fs_short = short_read_ends(dfd);
				wk->fs_dev = dev;
				wk->fs_known = 1;
			}
			(*ref)->short_ends = wk->fs_short;
		}
		return queue_file(wk, path, *ref, (size_t)(name - path), 0, 0);
	} else {
		atomic_fetch_add(&d->stats.skipped_special, 1);
	}
	return 0;
}

/*
 * Walks an open directory (takes ownership of dfd) whose path is
 * wk->path[0..len).
 */
static int walk_dir(struct walk *wk, int dfd, size_t len)
{
	struct kh_diag *d = wk->env->diag;
	struct dir_ref *ref = NULL;
	struct stat st;
	char *buf;
	size_t leaf;
	ssize_t n = 0, off;
	int i, err = 0, ret = 0;

	if (fstat(dfd, &st) < 0) {
		close(dfd);
		return 0;
	}
	for (i = 0; i < wk->depth; i++) {
		if (wk->stack[i].dev == st.st_dev && wk->stack[i].ino == st.st_ino) {
			kh_warn(d, "%s: directory loop, not entered again", shown(wk));
			close(dfd);
			return 0;
		}
	}
	if (wk->depth == MAX_DEPTH) {
		kh_warn(d, "%s: deeper than %d directories, not entered", shown(wk),
			MAX_DEPTH);
		close(dfd);
		return 0;
	}
	/* getdents64 on the descriptor at hand: fdopendir() would fcntl()
	 * it and malloc a buffer for each directory */
	if (!(buf = wk->dents[wk->depth]) &&
	    !(buf = wk->dents[wk->depth] = malloc(DENTS))) {
		kh_warn(d, "%s: cannot read directory: %s", shown(wk), strerror(ENOMEM));
		close(dfd);
		return 0;
	}
	atomic_fetch_add(&wk->env->dirs_open, 1);
	wk->stack[wk->depth].dev = st.st_dev;
	wk->stack[wk->depth++].ino = st.st_ino;
	leaf = len;
	if (len && wk->path[len - 1] != '/')
		wk->path[leaf++] = '/'; /* room for it: path_reserve(len + 2) */
	while (ret == 0 && (n = getdents64(dfd, buf, DENTS)) > 0) {
		for (off = 0; ret == 0 && off < n;) {
			struct dirent64 *de = (struct dirent64 *)(buf + off);
			size_t nl = strlen(de->d_name);

			off += de->d_reclen;
			if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
				continue;
			if (path_reserve(wk, leaf + nl + 2) < 0) {
				ret = -1;
				break;
			}
			memcpy(wk->path + leaf, de->d_name, nl + 1);
			ret = walk_entry(wk, dfd, &ref, de->d_type, leaf, leaf + nl);
		}
	}
	/* as readdir(): ENOENT (a directory removed while read) is its end */
	if (n < 0 && errno != ENOENT)
		err = errno;
	wk->path[len] = '\0';
	flush_batch(wk);
	if (ret == 0 && err) {
		atomic_fetch_add(&d->stats.read_errors, 1);
		kh_warn(d, "%s: error reading directory: %s", shown(wk), strerror(err));
	}
	wk->depth--;
	if (ref) {
		dir_ref_put(ref); /* closes dir when no queued file holds it */
	} else {
		close(dfd);
		atomic_fetch_sub(&wk->env->dirs_open, 1);
	}
	return ret;
}

/* A path named on the command line: followed even when it is a symlink. */
static int walk_root(struct walk *wk, const char *path)
{
	struct kh_diag *d = wk->env->diag;
	struct stat st;
	const char *leaf;
	size_t len = strlen(path);
	int fd, dfd;

	if (!strcmp(path, "-"))
		return queue_file(
			wk, wk->env->opt->stdin_name ? wk->env->opt->stdin_name : "-",
			NULL, 0, 1, 0);
	dfd = path_parent(path, &leaf);
	if (dfd == -1 || fstatat(dfd, leaf, &st, 0) < 0) {
		int saved = errno;

		if (dfd != -1 && dfd != AT_FDCWD)
			close(dfd);
		atomic_fetch_add(&d->stats.read_errors, 1);
		kh_warn(d, "%s: %s", path, strerror(saved));
		return 0;
	}
	fd = S_ISDIR(st.st_mode) ? openat(dfd, leaf, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
				 : 0;
	if (dfd != AT_FDCWD)
		close(dfd);
	if (S_ISREG(st.st_mode)) /* one over --max-file-size: see read_task() */
		return queue_file(wk, path, NULL, 0, 0, 1);
	if (!S_ISDIR(st.st_mode)) {
		atomic_fetch_add(&d->stats.skipped_special, 1);
		kh_warn(d, "%s: not a regular file or directory, skipped", path);
		return 0;
	}
	if (fd < 0) {
		atomic_fetch_add(&d->stats.read_errors, 1);
		kh_warn(d, "%s: cannot open directory: %s", path, strerror(errno));
		return 0;
	}
	if (path_reserve(wk, len + 2) < 0) {
		close(fd);
		return -1;
	}
	memcpy(wk->path, path, len + 1);
	wk->dot = !strcmp(path, ".");
	return walk_dir(wk, fd, len);
}

/* How many directories may stay open for queued files: half of the
 * descriptors FDS_SPARE leaves, at most DIRS_OPEN, so that a low limit
 * (ulimit -n) is never spent on directories while files cannot open. */
static int dirs_budget(void)
{
	struct rlimit rl;
	rlim_t spare;

	if (getrlimit(RLIMIT_NOFILE, &rl) < 0 || rl.rlim_cur <= FDS_SPARE)
		return 0;
	spare = (rl.rlim_cur - FDS_SPARE) / 2;
	return spare < DIRS_OPEN ? (int)spare : DIRS_OPEN;
}

/* Files a batch: a worker holds up to two batches' descriptors (one
 * batch's closes ride on the next one's opens), so every worker's two
 * fit in what the directories leave of the limit (at least 1). */
static int batch_budget(int dirs_max, int threads)
{
	struct rlimit rl;
	rlim_t files;

	if (getrlimit(RLIMIT_NOFILE, &rl) < 0 || rl.rlim_cur <= FDS_SPARE)
		return 1;
	files = (rl.rlim_cur - FDS_SPARE - (rlim_t)dirs_max) / (2 * (rlim_t)threads);
	return files < 1 ? 1 : files < BATCH ? (int)files : BATCH;
}

int kh_walk_paths(struct kh_fs_env *env, struct kh_pool *pool)
{
	struct walk *wk = calloc(1, sizeof(*wk));
	size_t i;
	int ret = 0;

	if (!wk)
		return -1;
	wk->env = env;
	wk->pool = pool;
	wk->dirs_max = dirs_budget();
	wk->threads = env->opt->threads ? env->opt->threads : kh_cpu_count();
	wk->batch_max = batch_budget(wk->dirs_max, wk->threads);
	for (i = 0; i < env->opt->paths.n && ret == 0; i++)
		ret = walk_root(wk, env->opt->paths.v[i]);
	flush_batch(wk);
	kh_progress_walked(&env->diag->progress);
	for (i = 0; i < MAX_DEPTH; i++)
		free(wk->dents[i]);
	free(wk->path);
	free(wk);
	return ret;
}

/* Reads fd into w->buf[*have..want), or up to its end when that comes
 * first: a read of 0 bytes, or with short_ends (short_read_ends()) any
 * read of fewer bytes than asked. Returns 0, or -1 with errno on a read
 * error. */
static int read_upto(struct kh_worker *w, int fd, size_t want, size_t *have,
		     int short_ends)
{
	while (*have < want) {
		ssize_t n = read(fd, w->buf + *have, want - *have);

		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return -1;
		if (n == 0)
			break;
		*have += (size_t)n;
		if (short_ends && *have < want)
			break;
	}
	return 0;
}

/*
 * O_NOATIME while it is allowed (files of our own user, or root): a scan
 * does not touch what a file's access time says, and the kernel skips
 * its check of that time on every read (0.7 % of the kernel text's
 * samples). Cleared at the first file of another owner.
 */
static atomic_int noatime = 1;

/* Opens a queued file: by its name in the directory the walk opened, or
 * by its whole path. */
static int open_task(const struct fs_task *t)
{
	/* O_NONBLOCK: a file swapped for a FIFO after the walk must not block
	 * us; O_NOFOLLOW: nor may a symlink swapped in below a named path. */
	int flags = O_RDONLY | O_NONBLOCK | O_CLOEXEC | (t->follow ? 0 : O_NOFOLLOW);
	int fd, na = atomic_load_explicit(&noatime, memory_order_relaxed);

	for (;;) {
		if (t->dir)
			fd = openat(t->dir->fd, t->path + t->leaf,
				    flags | (na ? O_NOATIME : 0));
		else
			fd = kh_open_path(t->path, flags | (na ? O_NOATIME : 0));
		if (fd >= 0 || !na || errno != EPERM)
			return fd;
		atomic_store_explicit(&noatime, 0, memory_order_relaxed);
		na = 0;
	}
}

/* A file that ended within its first read is binary by its first PROBE
 * bytes when it is longer than them. */
static int small_binary(const unsigned char *b, size_t len)
{
	return len > PROBE && kh_probe_kind(b, PROBE) == KH_PROBE_BINARY;
}

/*
 * Reads one file into the worker's buffer. Most files end within the
 * first read, and the read says all a stat would: open, read, close (a read more where
 * short_read_ends() does not know the file system).
 * A file that fills it is stated: a special one (swapped in after the
 * walk) or one over --max-file-size is skipped there, unread. A file
 * longer than PROBE bytes is binary, and skipped, by its first PROBE.
 * Returns 0 when there are bytes to scan; 1 for gzip or tar over
 * --max-file-size, to be read as a stream from *fd (the caller closes it)
 * after the *len bytes in w->buf. fd < 0: the file is opened here; else
 * it is open (by the ring) and its first `have` bytes are in w->buf.
 */
static int read_task(struct kh_worker *w, const struct kh_fs_env *env,
		     const struct fs_task *t, int fd, size_t have, size_t *len,
		     int *stream_fd)
{
	struct kh_diag *d = w->diag;
	size_t max = env->opt->max_file_size;
	size_t first = max < FIRST_READ ? max + 1 : FIRST_READ;
	enum kh_read_status rs = KH_READ_OK;
	struct stat st;
	int bin = 0, saved;

	*len = 0;
	if (fd < 0 && (fd = open_task(t)) < 0) {
		atomic_fetch_add(&d->stats.read_errors, 1);
		kh_warn(d, "%s: cannot open: %s", t->path, strerror(errno));
		return -1;
	}
	if (kh_buf_reserve(&w->buf, &w->bufcap, first + 1, have) < 0 ||
	    read_upto(w, fd, first, &have, t->dir && t->dir->short_ends) < 0) {
		rs = KH_READ_ERROR;
	} else if (have < first) {
		w->buf[have] = '\0';
		*len = have; /* the whole file */
	} else if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
		atomic_fetch_add(&d->stats.skipped_special, 1);
		close(fd);
		return -1;
	} else if ((size_t)st.st_size > max && kh_streamable(w->buf, have)) {
		*len = have;
		*stream_fd = fd;
		return 1;
	} else if ((size_t)st.st_size > max) {
		/* the walk queues files by their directory entry, unstated */
		atomic_fetch_add(&d->stats.skipped_large, 1);
		kh_note(d, "%s: skipped: %lld bytes is over --max-file-size", t->path,
			(long long)st.st_size);
		close(fd);
		return -1;
	} else if (!(bin = have > PROBE &&
			   kh_probe_kind(w->buf, PROBE) == KH_PROBE_BINARY)) {
		rs = kh_read_fd_rest(fd, have, (size_t)st.st_size, max, &w->buf,
				     &w->bufcap, len);
	}
	saved = errno;
	close(fd);
	errno = saved;
	if (bin || (have < first && small_binary(w->buf, *len))) {
		atomic_fetch_add(&d->stats.skipped_binary, 1);
		return -1;
	}
	if (rs == KH_READ_TOO_LARGE) {
		atomic_fetch_add(&d->stats.skipped_large, 1);
		kh_warn(d, "%s: skipped: larger than --max-file-size (%zu bytes)",
			t->path, max);
		return -1;
	}
	if (rs == KH_READ_ERROR) {
		atomic_fetch_add(&d->stats.read_errors, 1);
		kh_warn(d, "%s: read error: %s", t->path, strerror(errno));
		return -1;
	}
	return 0;
}

/* Scans w->buf[0..len), a whole file or stream, named name. */
static int scan_chunk(struct kh_worker *w, const char *name, size_t len)
{
	struct kh_source src = { 0 };

	src.path = name;
	src.data = w->buf;
	src.len = len;
	return kh_scan_any(w, &src);
}

/* Fills buf[*have..cap) from stdin. Returns 1 at end of input (or after a
 * read error, which is warned), 0 when the buffer is full. */
static int fill(struct kh_worker *w, const char *name, size_t cap, size_t *have)
{
	while (*have < cap) {
		ssize_t n = read(STDIN_FILENO, w->buf + *have, cap - *have);

		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			atomic_fetch_add(&w->diag->stats.read_errors, 1);
			kh_warn(w->diag, "%s: read error: %s", name, strerror(errno));
		}
		if (n <= 0)
			return 1;
		*have += (size_t)n;
	}
	return cap == 0;
}

/* Reads stdin to its end without keeping it, so the writer of a pipe whose
 * stream is skipped is not killed by SIGPIPE; but no more than DRAIN_MAX
 * bytes: an endless stream (/dev/zero) is left there, not read forever. */
static void drain(struct kh_worker *w, size_t cap)
{
	size_t have, total = 0;

	do {
		have = 0;
		total += cap;
	} while (!fill(w, "-", cap, &have) && total < DRAIN_MAX);
}

/*
 * Stdin can be neither sized nor read twice. A stream that fits in
 * --max-file-size is one source, like a file. A longer one is read as a
 * stream (kh_scan_reader: text in overlapping chunks, gzip and tar as they
 * come), starting with what was read; memory stays bounded by a chunk.
 */
static void scan_stdin(struct kh_worker *w, const struct kh_fs_env *env, const char *name)
{
	size_t cap = env->opt->max_file_size, have = 0;
	struct kh_fd_reader rd;
	struct kh_source src = { 0 };

	if (kh_buf_reserve(&w->buf, &w->bufcap, cap + 1, 0) < 0) {
		w->failed = 1;
		return;
	}
	if (fill(w, name, cap, &have)) {
		/* a short stream (`git diff | keyhound scan -`): the rules'
		 * regexes are interpreted */
		kh_scratch_interpret(w->scratch, have < KH_INTERPRET_BELOW);
		if (have && scan_chunk(w, name, have) < 0)
			w->failed = 1;
		kh_scratch_interpret(w->scratch, 0);
		return;
	}
	kh_fd_reader_init(&rd, STDIN_FILENO, name, w->diag, w->buf, have);
	src.path = name;
	if (kh_scan_reader(w, &src, &rd.r) < 0)
		w->failed = 1;
	if (rd.fd >= 0) /* stopped before its end */
		drain(w, cap);
}

/* A file longer than --max-file-size that is gzip or tar, read as a
 * stream from fd (its first `have` bytes in w->buf already). */
static void scan_file_stream(struct kh_worker *w, const char *path, int fd, size_t have)
{
	struct kh_fd_reader rd;
	struct kh_source src = { 0 };

	kh_fd_reader_init(&rd, fd, path, w->diag, w->buf, have);
	src.path = path;
	if (kh_scan_reader(w, &src, &rd.r) < 0)
		w->failed = 1;
}

/*
 * A worker's ring and the buffers of a batch's first reads. Each batch
 * takes two io_uring_enter calls: its opens (with the last batch's closes)
 * and its reads. A file that ended within its read is scanned from its
 * buffer and closed with the next batch; one that filled it goes on as
 * read_task() does with its descriptor; a failed open or read is done
 * again by read_task(), whose warning then says what failed, as before.
 */
struct fs_local {
	int state; /* 0 not tried yet, 1 the ring works, -1 read() */
	struct kh_ring ring;
	unsigned char *bufs; /* BATCH first reads, FIRST_READ bytes apart */
	size_t bufcap;
	int closing[BATCH]; /* descriptors of the last batch's small files */
	int nclosing;
};

enum { OP_OPEN = 1, OP_READ, OP_CLOSE, OP_CANCEL };
#define RING_ENTRIES (2 * BATCH)
#define READ_WAIT_MS 250       /* then reads still waiting are cancelled */
#define UNREAD	     INT32_MIN /* res[k]: no read's completion yet */

static atomic_int ring_said; /* -v: the fallback noted once a run */

/* Sets up the worker's ring (once); KEYHOUND_NO_IO_URING=1
 * (tests) or a refusal leaves it reading files with read(). */
static int ring_ready(struct fs_local *l, const struct kh_fs_env *env, struct kh_diag *d)
{
	const char *off = getenv("KEYHOUND_NO_IO_URING");

	if (l->state)
		return l->state > 0;
	l->state = -1;
	if (off && *off && strcmp(off, "0"))
		return 0;
	if (kh_ring_init(&l->ring, RING_ENTRIES) < 0) {
		if (env->opt->verbose && !atomic_exchange(&ring_said, 1))
			kh_note(d, "io_uring not available (%s): files read with read()",
				strerror(errno));
		return 0;
	}
	if (kh_buf_reserve(&l->bufs, &l->bufcap, (size_t)BATCH * FIRST_READ, 0) < 0) {
		kh_ring_free(&l->ring);
		return 0;
	}
	/* touched whole now (one huge page where the kernel gives one): the
	 * memory a worker holds is its batch's, whatever the files' count;
	 * the kernel faults it in (5.14+), else we write it */
#ifdef MADV_POPULATE_WRITE
	if (madvise(l->bufs, l->bufcap, MADV_POPULATE_WRITE) < 0)
#endif
		memset(l->bufs, 0, l->bufcap);
	l->state = 1;
	return 1;
}

void *kh_fs_thread_init(void *shared)
{
	struct kh_fs_env *env = shared;
	struct fs_local *l = calloc(1, sizeof(*l));
	int threads = env->opt->threads ? env->opt->threads : kh_cpu_count();

	if (!l)
		return NULL;
	l->ring.fd = -1;
	/* with -jN every worker's ring and slots now: which workers get a
	 * batch of a small tree is a race, and memory should not be (one
	 * worker sets up at its first batch: a scan of stdin needs none) */
	if (threads > 1)
		ring_ready(l, env, env->diag);
	return l;
}

void kh_fs_thread_release(void *local)
{
	struct fs_local *l = local;
	int i;

	for (i = 0; i < l->nclosing; i++)
		close(l->closing[i]);
	if (l->state > 0)
		kh_ring_free(&l->ring);
	free(l->bufs);
	free(l);
}

/* The ring failed (not expected once set up): no more batches; what it
 * did not finish is done with read() (fd[k] -1, res[k] unknown). */
static void ring_broken(struct fs_local *l)
{
	l->state = -1;
	l->bufs = NULL; /* a read still in flight may write there: kept */
	l->bufcap = 0;
}

/* Takes the completions ready: opens' descriptors, reads' results. */
static void ring_take(struct fs_local *l, int *fd, int *res)
{
	uint64_t data;
	int32_t r;

	while (kh_ring_cqe(&l->ring, &data, &r)) {
		if (data >> 32 == OP_OPEN)
			fd[(uint32_t)data] = r >= 0 ? r : -1;
		else if (data >> 32 == OP_READ)
			res[(uint32_t)data] = r;
	}
}

/*
 * Reads that did not end in READ_WAIT_MS are cancelled: a read of a file
 * swapped for a FIFO that has a writer would wait for its data (io_uring
 * waits on a pipe opened O_NONBLOCK, read() does not). A cancelled read
 * took nothing: read_task() reads it again, and says what read() says.
 * Returns 0, or -1 when the ring failed.
 */
static int ring_cancel(struct fs_local *l, int n, int *fd, int *res)
{
	struct io_uring_sqe *q;
	unsigned want = 0;
	int k;

	ring_take(l, fd, res);
	for (k = 0; k < n; k++) {
		if (fd[k] < 0 || res[k] != UNREAD)
			continue;
		q = kh_ring_sqe(&l->ring);
		q->opcode = IORING_OP_ASYNC_CANCEL;
		q->addr = ((uint64_t)OP_READ << 32) | (unsigned)k;
		q->user_data = (uint64_t)OP_CANCEL << 32;
		want += 2; /* the cancel's completion and the read's */
	}
	return kh_ring_wait(&l->ring, want, 0);
}

/*
 * Opens and reads the first `first` bytes of the batch's files that have
 * a directory: fd[k] (or -1: open again by read_task()) and res[k] (the
 * read's bytes, or < 0: read again). Closes the last batch's small files.
 */
static void ring_batch(struct fs_local *l, const struct fs_batch *b, size_t first,
		       int *fd, int *res)
{
	struct io_uring_sqe *q;
	unsigned want = 0;
	int k, na = atomic_load_explicit(&noatime, memory_order_relaxed);

	for (k = 0; k < l->nclosing; k++, want++) {
		q = kh_ring_sqe(&l->ring);
		q->opcode = IORING_OP_CLOSE;
		q->fd = l->closing[k];
		q->user_data = (uint64_t)OP_CLOSE << 32;
	}
	l->nclosing = 0;
	for (k = 0; k < b->n; k++) {
		const struct fs_task *t = b->t[k];

		fd[k] = -1;
		res[k] = -1;
		if (!t->dir || t->is_stdin)
			continue;
		q = kh_ring_sqe(&l->ring);
		q->opcode = IORING_OP_OPENAT;
		q->fd = t->dir->fd;
		q->addr = (uintptr_t)(t->path + t->leaf);
		/* open_task()'s flags; its EPERM retry without O_NOATIME is
		 * read_task()'s, for a file whose open failed here */
		q->open_flags = O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOFOLLOW |
				(na ? O_NOATIME : 0);
		q->user_data = ((uint64_t)OP_OPEN << 32) | (unsigned)k;
		want++;
	}
	if (kh_ring_wait(&l->ring, want, 0) < 0) {
		ring_broken(l);
		return;
	}
	ring_take(l, fd, res);
	want = 0;
	for (k = 0; k < b->n; k++) {
		if (fd[k] < 0)
			continue;
		q = kh_ring_sqe(&l->ring);
		q->opcode = IORING_OP_READ;
		q->fd = fd[k];
		q->addr = (uintptr_t)(l->bufs + (size_t)k * FIRST_READ);
		q->len = (unsigned)first;
		q->off = (uint64_t)-1; /* at the file's position, which it moves */
		q->user_data = ((uint64_t)OP_READ << 32) | (unsigned)k;
		res[k] = UNREAD;
		want++;
	}
	if (!want)
		return;
	if (kh_ring_wait(&l->ring, want, READ_WAIT_MS) < 0 &&
	    (errno != ETIME || ring_cancel(l, b->n, fd, res) < 0)) {
		ring_broken(l);
		for (k = 0; k < b->n; k++)
			if (fd[k] >= 0) {
				close(fd[k]); /* its read may still run: not used */
				fd[k] = -1;
			}
		return;
	}
	ring_take(l, fd, res);
}

/* One file of a batch, its ring results fd and res (see ring_batch()). */
static void run_file(struct kh_worker *w, struct fs_local *l, const struct fs_task *t,
		     const unsigned char *pre, int fd, int res)
{
	const struct kh_fs_env *env = w->shared;
	size_t max = env->opt->max_file_size, len;
	size_t first = max < FIRST_READ ? max + 1 : FIRST_READ, have = 0;
	int sfd = -1, rd;

	if (fd >= 0 && res >= 0 && (size_t)res < first &&
	    (res == 0 || t->dir->short_ends)) {
		/* the whole file, as read_task() would have it; closed with
		 * the next batch's opens */
		l->closing[l->nclosing++] = fd;
		((unsigned char *)pre)[res] = '\0';
		if (small_binary(pre, (size_t)res)) {
			atomic_fetch_add(&w->diag->stats.skipped_binary, 1);
		} else {
			struct kh_source src = { 0 };

			src.path = t->path;
			src.data = pre;
			src.len = (size_t)res;
			if (kh_scan_any(w, &src) < 0)
				w->failed = 1;
		}
		return;
	}
	if (fd >= 0 && res > 0) {
		/* longer (or a short read on a file system that does not say
		 * the end): read_task() goes on from these bytes */
		if (kh_buf_reserve(&w->buf, &w->bufcap, first + 1, 0) < 0) {
			close(fd);
			w->failed = 1;
			return;
		}
		memcpy(w->buf, pre, (size_t)res);
		have = (size_t)res;
	}
	if ((rd = read_task(w, env, t, fd, have, &len, &sfd)) == 0) {
		if (scan_chunk(w, t->path, len) < 0)
			w->failed = 1;
	} else if (rd == 1) {
		scan_file_stream(w, t->path, sfd, len);
		close(sfd);
	}
}

void kh_fs_task_run(struct kh_worker *w, void *task)
{
	const struct kh_fs_env *env = w->shared;
	struct fs_local *l = w->local;
	struct fs_batch *b = task;
	size_t max = env->opt->max_file_size;
	size_t first = max < FIRST_READ ? max + 1 : FIRST_READ;
	int fd[BATCH], res[BATCH], k, ring = 0;

	for (k = 0; k < b->n && !ring; k++)
		ring = b->t[k]->dir && !b->t[k]->is_stdin;
	if (ring && ring_ready(l, env, w->diag))
		ring_batch(l, b, first, fd, res);
	else
		for (k = 0; k < b->n; k++)
			fd[k] = res[k] = -1;
	for (k = 0; k < b->n; k++) {
		struct fs_task *t = b->t[k];

		if (t->is_stdin)
			scan_stdin(w, env, t->path);
		else
			run_file(w, l, t,
				 fd[k] >= 0 ? l->bufs + (size_t)k * FIRST_READ : NULL,
				 fd[k], res[k]);
		kh_progress_scanned(&w->diag->progress);
		dir_ref_put(t->dir);
		free(t);
		/* findings spill file by file, as when a task was a file (the
		 * pool checks between tasks) */
		if (w->findings.sp && kh_findings_spill_point(&w->findings) < 0)
			w->failed = 1;
	}
	free(b);
}
