#include "walk_fs.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "archive.h"
#include "diag.h"
#include "ignore.h"
#include "matcher.h"
#include "pool.h"
#include "util.h"

#define MAX_DEPTH      256
#define SYMLINKS_NAMED 20 /* skipped symlinks named one by one; the rest are counted */

struct fs_task {
	char *path; /* reported path; "-" for stdin */
	int is_stdin;
};

/* A directory on the current descent, to refuse loops (bind mounts). */
struct dir_id {
	dev_t dev;
	ino_t ino;
};

struct walk {
	const struct kh_fs_env *env;
	struct kh_pool *pool;
	struct dir_id stack[MAX_DEPTH];
	int depth;
};

static int queue_file(struct walk *wk, const char *path, int is_stdin)
{
	struct fs_task *t = calloc(1, sizeof(*t));

	if (!t || !(t->path = strdup(path))) {
		free(t);
		return -1;
	}
	t->is_stdin = is_stdin;
	kh_pool_submit(wk->pool, t);
	return 0;
}

static char *join(const char *dir, const char *name)
{
	size_t dl = strlen(dir), nl = strlen(name);
	char *p;

	if (!strcmp(dir, "."))
		return strdup(name); /* report "a/b", not "./a/b" */
	p = malloc(dl + nl + 2);
	if (!p)
		return NULL;
	memcpy(p, dir, dl);
	if (dl && dir[dl - 1] != '/')
		p[dl++] = '/';
	memcpy(p + dl, name, nl + 1);
	return p;
}

static int walk_dir(struct walk *wk, int dfd, const char *path);

/* Handles one directory entry; follows nothing. */
static int walk_entry(struct walk *wk, int dfd, const char *dir, const struct dirent *de)
{
	struct kh_diag *d = wk->env->diag;
	struct stat st;
	char *path;
	int ret = 0;

	if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
		return 0;
	path = join(dir, de->d_name);
	if (!path)
		return -1;
	if (fstatat(dfd, de->d_name, &st, AT_SYMLINK_NOFOLLOW) < 0) {
		atomic_fetch_add(&d->stats.read_errors, 1);
		kh_warn(d, "%s: cannot stat: %s", path, strerror(errno));
	} else if (kh_excluded(wk->env->opt, path)) {
		atomic_fetch_add(&d->stats.skipped_excluded, 1);
	} else if (S_ISLNK(st.st_mode)) {
		/* each one named once, up to a limit: a node_modules tree has
		 * thousands, and the summary counts them all */
		if (atomic_fetch_add(&d->stats.skipped_symlinks, 1) < SYMLINKS_NAMED)
			kh_note(d, "%s: symbolic link, not followed", path);
	} else if (S_ISDIR(st.st_mode)) {
		if (strcmp(de->d_name, ".git")) {
			int sub = openat(dfd, de->d_name,
					 O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);

			if (sub < 0) {
				atomic_fetch_add(&d->stats.read_errors, 1);
				kh_warn(d, "%s: cannot open directory: %s", path,
					strerror(errno));
			} else {
				ret = walk_dir(wk, sub, path);
			}
		}
	} else if (S_ISREG(st.st_mode)) {
		if ((size_t)st.st_size > wk->env->opt->max_file_size) {
			atomic_fetch_add(&d->stats.skipped_large, 1);
			kh_note(d, "%s: skipped: %lld bytes is over --max-file-size",
				path, (long long)st.st_size);
		} else {
			ret = queue_file(wk, path, 0);
		}
	} else {
		atomic_fetch_add(&d->stats.skipped_special, 1);
	}
	free(path);
	return ret;
}

/* Walks an open directory (takes ownership of dfd). */
static int walk_dir(struct walk *wk, int dfd, const char *path)
{
	struct kh_diag *d = wk->env->diag;
	struct stat st;
	struct dirent *de;
	DIR *dir;
	int i, ret = 0;

	if (fstat(dfd, &st) < 0) {
		close(dfd);
		return 0;
	}
	for (i = 0; i < wk->depth; i++) {
		if (wk->stack[i].dev == st.st_dev && wk->stack[i].ino == st.st_ino) {
			kh_warn(d, "%s: directory loop, not entered again", path);
			close(dfd);
			return 0;
		}
	}
	if (wk->depth == MAX_DEPTH) {
		kh_warn(d, "%s: deeper than %d directories, not entered", path,
			MAX_DEPTH);
		close(dfd);
		return 0;
	}
	dir = fdopendir(dfd);
	if (!dir) {
		kh_warn(d, "%s: cannot read directory: %s", path, strerror(errno));
		close(dfd);
		return 0;
	}
	wk->stack[wk->depth].dev = st.st_dev;
	wk->stack[wk->depth++].ino = st.st_ino;
	errno = 0;
	while (ret == 0 && (de = readdir(dir))) {
		ret = walk_entry(wk, dirfd(dir), path, de);
		errno = 0;
	}
	if (ret == 0 && errno) {
		atomic_fetch_add(&d->stats.read_errors, 1);
		kh_warn(d, "%s: error reading directory: %s", path, strerror(errno));
	}
	wk->depth--;
	closedir(dir);
	return ret;
}

/* A path named on the command line: followed even when it is a symlink. */
static int walk_root(struct walk *wk, const char *path)
{
	struct kh_diag *d = wk->env->diag;
	struct stat st;
	int fd;

	if (!strcmp(path, "-"))
		return queue_file(
			wk, wk->env->opt->stdin_name ? wk->env->opt->stdin_name : "-", 1);
	if (stat(path, &st) < 0) {
		atomic_fetch_add(&d->stats.read_errors, 1);
		kh_warn(d, "%s: %s", path, strerror(errno));
		return 0;
	}
	if (S_ISREG(st.st_mode)) {
		if ((size_t)st.st_size > wk->env->opt->max_file_size) {
			atomic_fetch_add(&d->stats.skipped_large, 1);
			kh_note(d, "%s: skipped: %lld bytes is over --max-file-size",
				path, (long long)st.st_size);
			return 0;
		}
		return queue_file(wk, path, 0);
	}
	if (!S_ISDIR(st.st_mode)) {
		atomic_fetch_add(&d->stats.skipped_special, 1);
		kh_warn(d, "%s: not a regular file or directory, skipped", path);
		return 0;
	}
	fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0) {
		atomic_fetch_add(&d->stats.read_errors, 1);
		kh_warn(d, "%s: cannot open directory: %s", path, strerror(errno));
		return 0;
	}
	return walk_dir(wk, fd, path);
}

int kh_walk_paths(const struct kh_fs_env *env, struct kh_pool *pool)
{
	struct walk *wk = calloc(1, sizeof(*wk));
	size_t i;
	int ret = 0;

	if (!wk)
		return -1;
	wk->env = env;
	wk->pool = pool;
	for (i = 0; i < env->opt->paths.n && ret == 0; i++)
		ret = walk_root(wk, env->opt->paths.v[i]);
	free(wk);
	return ret;
}

/* Reads one file (or stdin) into the worker's buffer. Returns 0 when there
 * are bytes to scan. */
static int read_task(struct kh_worker *w, const struct kh_fs_env *env,
		     const struct fs_task *t, size_t *len)
{
	struct kh_diag *d = w->diag;
	enum kh_read_status rs;
	struct stat st;
	int fd;

	/* O_NONBLOCK: a file swapped for a FIFO after the walk must not block
	 * us; O_NOFOLLOW: nor may a symlink swapped in. */
	fd = open(t->path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0) {
		atomic_fetch_add(&d->stats.read_errors, 1);
		kh_warn(d, "%s: cannot open: %s", t->path, strerror(errno));
		return -1;
	}
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
		atomic_fetch_add(&d->stats.skipped_special, 1);
		close(fd);
		return -1;
	}
	rs = kh_read_fd(fd, (size_t)st.st_size, env->opt->max_file_size, &w->buf,
			&w->bufcap, len);
	close(fd);
	if (rs == KH_READ_TOO_LARGE) {
		atomic_fetch_add(&d->stats.skipped_large, 1);
		kh_warn(d, "%s: skipped: larger than --max-file-size (%zu bytes)",
			t->path, env->opt->max_file_size);
		return -1;
	}
	if (rs == KH_READ_ERROR) {
		atomic_fetch_add(&d->stats.read_errors, 1);
		kh_warn(d, "%s: read error: %s", t->path, strerror(errno));
		return -1;
	}
	return 0;
}

/* Scans buf[0..len) as lines first_line... of stdin. */
static int scan_chunk(struct kh_worker *w, const char *name, size_t len,
		      size_t first_line)
{
	struct kh_source src = { 0 };

	src.path = name;
	src.data = w->buf;
	src.len = len;
	src.first_line = first_line;
	return kh_scan_any(w, &src);
}

/*
 * Stdin can be neither sized nor read twice: a stream longer than
 * --max-file-size is scanned in chunks of at most that size, each ending
 * at a line end, with line numbers counted across chunks. Memory stays
 * bounded by one chunk.
 */
static void scan_stdin(struct kh_worker *w, const struct kh_fs_env *env, const char *name)
{
	size_t cap = env->opt->max_file_size, have = 0, line = 1, cut;
	ssize_t n = 1;

	if (w->bufcap < cap + 1) {
		unsigned char *p = realloc(w->buf, cap + 1);

		if (!p) {
			w->failed = 1;
			return;
		}
		w->buf = p;
		w->bufcap = cap + 1;
	}
	while (n > 0) {
		n = read(STDIN_FILENO, w->buf + have, cap - have);
		if (n < 0 && errno == EINTR) {
			n = 1;
			continue;
		}
		if (n < 0) {
			atomic_fetch_add(&w->diag->stats.read_errors, 1);
			kh_warn(w->diag, "%s: read error: %s", name, strerror(errno));
		}
		have += n > 0 ? (size_t)n : 0;
		if (n > 0 && have < cap)
			continue; /* fill the chunk first */
		cut = have;
		if (n > 0) {
			const unsigned char *nl = memrchr(w->buf, '\n', have);

			cut = nl ? (size_t)(nl - w->buf) + 1 : have;
		}
		if (cut && scan_chunk(w, name, cut, line) < 0) {
			w->failed = 1;
			return;
		}
		for (size_t i = 0; i < cut; i++)
			line += w->buf[i] == '\n';
		memmove(w->buf, w->buf + cut, have - cut);
		have -= cut;
	}
}

void kh_fs_task_run(struct kh_worker *w, void *task)
{
	const struct kh_fs_env *env = w->shared;
	struct fs_task *t = task;
	size_t len;

	if (t->is_stdin)
		scan_stdin(w, env, t->path);
	else if (read_task(w, env, t, &len) == 0 && scan_chunk(w, t->path, len, 1) < 0)
		w->failed = 1;
	free(t->path);
	free(t);
}
