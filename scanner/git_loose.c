#include "git_loose.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util.h"

#define HEADER_MAX  32		      /* "commit ", 20 digits and a NUL fit */
#define BACKEND_MAX ((size_t)1 << 31) /* an object libgit2 asks for */
#define MAX_DIRS    64		      /* the repository's and its alternates */
#define ALT_DEPTH   5		      /* alternates of alternates, as git */
#define ALT_FILE    (64u << 10)

static enum kh_loose_status bad(char *why, size_t whylen, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static enum kh_loose_status bad(char *why, size_t whylen, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	if (why && whylen)
		vsnprintf(why, whylen, fmt, ap);
	va_end(ap);
	return KH_LOOSE_CORRUPT;
}

void kh_loose_reader_init(struct kh_loose_reader *r)
{
	memset(r, 0, sizeof(*r));
	kh_inflater_init(&r->inf);
}

void kh_loose_reader_release(struct kh_loose_reader *r)
{
	if (!r)
		return;
	kh_inflater_release(&r->inf);
	free(r->in);
	memset(r, 0, sizeof(*r));
}

/*
 * "<type> <size>\0" at the start of p[0..n), in git's canonical form (a
 * loose object's type, the size in decimal without a leading zero).
 * Returns the header's length, or 0 when p does not start with one.
 */
static size_t parse_header(const unsigned char *p, size_t n, git_object_t *type,
			   size_t *size)
{
	static const struct {
		const char *name;
		size_t len;
		git_object_t type;
	} types[] = {
		{ "blob ", 5, GIT_OBJECT_BLOB },
		{ "tree ", 5, GIT_OBJECT_TREE },
		{ "commit ", 7, GIT_OBJECT_COMMIT },
		{ "tag ", 4, GIT_OBJECT_TAG },
	};
	size_t i, k, start, v = 0;

	for (i = 0; i < sizeof(types) / sizeof(types[0]); i++)
		if (n > types[i].len && !memcmp(p, types[i].name, types[i].len))
			break;
	if (i == sizeof(types) / sizeof(types[0]))
		return 0;
	for (k = start = types[i].len; k < n && p[k] >= '0' && p[k] <= '9'; k++) {
		if (v > (SIZE_MAX - 9) / 10)
			return 0;
		v = v * 10 + (size_t)(p[k] - '0');
	}
	if (k == start || k >= n || p[k] != '\0' || (p[start] == '0' && k > start + 1))
		return 0;
	*type = types[i].type;
	*size = v;
	return k + 1;
}

/* The header, inflated from the first bytes of in[0..n) alone (one call:
 * no loop to get stuck in). Returns its length, or 0. */
static size_t peek_header(struct kh_loose_reader *r, const unsigned char *in, size_t n,
			  git_object_t *type, size_t *size)
{
	unsigned char head[HEADER_MAX];

	return parse_header(head, kh_inflate_head(&r->inf, in, n, head, sizeof(head)),
			    type, size);
}

enum kh_loose_status kh_loose_parse(struct kh_loose_reader *r, const unsigned char *in,
				    size_t n, size_t max, struct kh_loose_buf *out,
				    git_object_t *type, const unsigned char **data,
				    size_t *len, char *why, size_t whylen)
{
	size_t cap, made = 0, used = 0, hlen, size = 0;
	enum kh_inflated st;
	int tries;

	if (!n)
		return bad(why, whylen, "an empty file");
	if (max > SIZE_MAX / 8)
		max = SIZE_MAX / 8;
	/* a first guess (text inflates 3 or 4 times); the header tells the rest */
	cap = n < (max + HEADER_MAX) / 4 ? 4 * n + HEADER_MAX : max + HEADER_MAX;
	for (tries = 0;; tries++) {
		if (kh_grow((void **)&out->p, &out->cap, cap + 1, 1) < 0)
			return KH_LOOSE_NOMEM;
		st = kh_inflate(&r->inf, in, n, out->p, cap, &made, &used, why, whylen);
		if (st != KH_INFLATE_FULL || tries)
			break;
		if (!(hlen = peek_header(r, in, n, type, &size)))
			return bad(why, whylen, "no object header");
		if (size > max) {
			*len = size;
			return KH_LOOSE_TOO_LARGE;
		}
		if (hlen + size <= cap)
			break; /* more than its header gives */
		cap = hlen + size;
	}
	if (st == KH_INFLATE_NOMEM)
		return KH_LOOSE_NOMEM;
	if (st == KH_INFLATE_BAD)
		return KH_LOOSE_CORRUPT;
	hlen = parse_header(out->p, made, type, &size);
	if (st == KH_INFLATE_SHORT && hlen)
		return bad(why, whylen,
			   "truncated: the zlib stream stops before its end, %zu of the "
			   "%zu bytes its header gives inflated",
			   made - hlen, size);
	if (st == KH_INFLATE_SHORT)
		return bad(why, whylen,
			   "truncated: the zlib stream stops before its end");
	if (!hlen)
		return bad(why, whylen, "no object header");
	if (st == KH_INFLATE_FULL)
		return bad(why, whylen, "more data than the %zu bytes its header gives",
			   size);
	if (size != made - hlen)
		return bad(why, whylen, "its header gives %zu bytes, its data %zu", size,
			   made - hlen);
	if (size > max) {
		*len = size;
		return KH_LOOSE_TOO_LARGE;
	}
	if (used != n)
		return bad(why, whylen, "%zu bytes of garbage after the zlib stream",
			   n - used);
	out->p[made] = '\0';
	*data = out->p + hlen;
	*len = size;
	return KH_LOOSE_OK;
}

/*
 * The file of object id under `objects` into r->in: its first `limit`
 * bytes at most (*got of them) and its size in *size. Returns KH_LOOSE_OK,
 * KH_LOOSE_MISSING, or KH_LOOSE_CORRUPT (unreadable, not a file).
 */
static enum kh_loose_status load(struct kh_loose_reader *r, const char *objects,
				 const git_oid *id, size_t limit, size_t *size,
				 size_t *got, char *why, size_t whylen)
{
	char hex[GIT_OID_HEXSZ + 1], path[4096];
	struct stat st;
	size_t want;
	ssize_t k = 0;
	int fd, e;

	*got = 0;
	git_oid_tostr(hex, sizeof(hex), id);
	if ((size_t)snprintf(path, sizeof(path), "%s/%.2s/%s", objects, hex, hex + 2) >=
	    sizeof(path))
		return bad(why, whylen, "its path is too long");
	if ((fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)) < 0)
		return errno == ENOENT || errno == ENOTDIR
			       ? KH_LOOSE_MISSING
			       : bad(why, whylen, "cannot open it: %s", strerror(errno));
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
		close(fd);
		return bad(why, whylen, "not a regular file");
	}
	*size = (uint64_t)st.st_size > SIZE_MAX ? SIZE_MAX : (size_t)st.st_size;
	want = *size < limit ? *size : limit;
	if (want > r->incap) {
		unsigned char *p = realloc(r->in, want);

		if (!p) {
			close(fd);
			return KH_LOOSE_NOMEM;
		}
		r->in = p;
		r->incap = want;
	}
	while (*got < want && ((k = read(fd, r->in + *got, want - *got)) > 0 ||
			       (k < 0 && errno == EINTR)))
		*got += k > 0 ? (size_t)k : 0;
	e = errno;
	close(fd);
	if (*got < want)
		return bad(why, whylen, "cannot read it: %s",
			   k < 0 ? strerror(e) : "shorter than its size");
	return KH_LOOSE_OK;
}

enum kh_loose_status kh_loose_read(struct kh_loose_reader *r, const char *objects,
				   const git_oid *id, size_t max,
				   struct kh_loose_buf *out, git_object_t *type,
				   const unsigned char **data, size_t *len, char *why,
				   size_t whylen)
{
	size_t size = 0, got, osize;
	enum kh_loose_status s = load(r, objects, id, kh_inflate_input_bound(max), &size,
				      &got, why, whylen);

	if (s != KH_LOOSE_OK)
		return s;
	if (got == size)
		return kh_loose_parse(r, r->in, got, max, out, type, data, len, why,
				      whylen);
	/* too long for an object of max bytes: its header says what it is */
	if (!peek_header(r, r->in, got, type, &osize))
		return bad(why, whylen, "no object header");
	if (osize > max) {
		*len = osize;
		return KH_LOOSE_TOO_LARGE;
	}
	return bad(why, whylen, "%zu bytes on disk for an object of %zu bytes", size,
		   osize);
}

/* ---- the backend ------------------------------------------------------------ */

struct backend {
	struct kh_odb_backend odb;
	pthread_mutex_t lock; /* a repository's objects may be read from two threads */
	struct kh_loose_reader r;
	struct kh_loose_buf buf;
	char *dirs[MAX_DIRS];
	size_t ndirs;
};

static int be_error(const git_oid *id, enum kh_loose_status s, size_t size,
		    const char *why)
{
	char hex[GIT_OID_HEXSZ + 1], msg[400];

	if (s == KH_LOOSE_NOMEM)
		snprintf(msg, sizeof(msg), "out of memory");
	else if (s == KH_LOOSE_TOO_LARGE)
		snprintf(msg, sizeof(msg), "loose object %s: %zu bytes, over %zu",
			 git_oid_tostr(hex, sizeof(hex), id), size, BACKEND_MAX);
	else
		snprintf(msg, sizeof(msg), "corrupt loose object %s: %s",
			 git_oid_tostr(hex, sizeof(hex), id), why);
	git_error_set_str(GIT_ERROR_ODB, msg);
	return -1;
}

/* Reads id, or only its header (data NULL), from the first directory that
 * has it. */
static int be_get(struct kh_odb_backend *b, const git_oid *id, void **data, size_t *len,
		  git_object_t *type)
{
	struct backend *be = (struct backend *)b;
	enum kh_loose_status s = KH_LOOSE_MISSING;
	const unsigned char *p = NULL;
	char why[300] = "";
	size_t i, size = 0, got, hlen = 0;
	int rc = GIT_ENOTFOUND;

	pthread_mutex_lock(&be->lock);
	for (i = 0; i < be->ndirs && s == KH_LOOSE_MISSING; i++) {
		if (data)
			s = kh_loose_read(&be->r, be->dirs[i], id, BACKEND_MAX, &be->buf,
					  type, &p, &size, why, sizeof(why));
		else if ((s = load(&be->r, be->dirs[i], id, KH_INFLATE_PEEK, &size, &got,
				   why, sizeof(why))) == KH_LOOSE_OK &&
			 !(hlen = peek_header(&be->r, be->r.in, got, type, &size)))
			s = bad(why, sizeof(why), "no object header");
	}
	if (s == KH_LOOSE_OK && data &&
	    !(*data = git_odb_backend_data_alloc(&be->odb.parent, size + 1)))
		s = KH_LOOSE_NOMEM;
	if (s == KH_LOOSE_OK) {
		if (data)
			memcpy(*data, p, size + 1);
		*len = size;
		rc = 0;
	} else if (s != KH_LOOSE_MISSING) {
		rc = be_error(id, s, size, why);
	}
	pthread_mutex_unlock(&be->lock);
	return rc;
}

/* An abbreviated id (a revision such as abc1234..HEAD): libgit2's own
 * loose backend would find and inflate it after us, so a damaged one must
 * be found here first. */
static int be_read_prefix(git_oid *full, void **data, size_t *len, git_object_t *type,
			  git_odb_backend *b, const git_oid *prefix, size_t plen)
{
	struct backend *be = (struct backend *)b;
	char want[GIT_OID_HEXSZ + 1], found[GIT_OID_HEXSZ + 1] = "", dir[4096];
	size_t i, n = 0;

	if (plen >= GIT_OID_HEXSZ) {
		git_oid_cpy(full, prefix);
		return be_get(&be->odb, prefix, data, len, type);
	}
	git_oid_tostr(want, sizeof(want), prefix);
	for (i = 0; i < be->ndirs; i++) {
		struct dirent *de;
		DIR *dh;

		if ((size_t)snprintf(dir, sizeof(dir), "%s/%.2s", be->dirs[i], want) >=
			    sizeof(dir) ||
		    !(dh = opendir(dir)))
			continue;
		while ((de = readdir(dh)))
			if (strlen(de->d_name) == GIT_OID_HEXSZ - 2 &&
			    !strncmp(de->d_name, want + 2, plen - 2) &&
			    strcmp(de->d_name, found + 2)) {
				memcpy(found, want, 2);
				memcpy(found + 2, de->d_name, GIT_OID_HEXSZ - 2 + 1);
				n++;
			}
		closedir(dh);
	}
	if (!n)
		return GIT_ENOTFOUND;
	if (n > 1) {
		git_error_set_str(GIT_ERROR_ODB,
				  "ambiguous id prefix: several loose objects");
		return GIT_EAMBIGUOUS;
	}
	if (git_oid_fromstr(full, found) < 0)
		return GIT_ENOTFOUND;
	return be_get(&be->odb, full, data, len, type);
}

static void be_free(git_odb_backend *b)
{
	struct backend *be = (struct backend *)b;
	size_t i;

	for (i = 0; i < be->ndirs; i++)
		free(be->dirs[i]);
	kh_loose_reader_release(&be->r);
	free(be->buf.p);
	pthread_mutex_destroy(&be->lock);
	free(be);
}

/* Adds objects directory `dir` (taken) and, `depth` levels deep, the
 * alternates it lists. */
static void add_dir(struct backend *be, char *dir, int depth)
{
	unsigned char *alt = NULL;
	char *line, *next, *path;
	size_t i, len, n;

	for (n = strlen(dir); n > 1 && dir[n - 1] == '/';)
		dir[--n] = '\0';
	for (i = 0; i < be->ndirs; i++)
		if (!strcmp(be->dirs[i], dir))
			break;
	if (i < be->ndirs || be->ndirs == MAX_DIRS) {
		free(dir);
		return;
	}
	be->dirs[be->ndirs++] = dir;
	if (depth >= ALT_DEPTH || !(path = malloc(n + sizeof("/info/alternates"))))
		return;
	memcpy(path, dir, n);
	memcpy(path + n, "/info/alternates", sizeof("/info/alternates"));
	if (kh_read_path(path, ALT_FILE, &alt, &len) != KH_READ_OK)
		alt = NULL;
	free(path);
	for (line = (char *)alt; line && *line; line = next) {
		size_t l = strcspn(line, "\n");

		next = line[l] ? line + l + 1 : line + l;
		line[l] = '\0';
		if (l && line[l - 1] == '\r')
			line[--l] = '\0';
		if (!l || line[0] == '#' || line[0] == '"')
			continue; /* a comment, or a quoted path (not read) */
		if (line[0] == '/')
			path = kh_strndup(line, l);
		else if ((path = malloc(n + 1 + l + 1)))
			snprintf(path, n + 1 + l + 1, "%s/%s", dir, line);
		if (path)
			add_dir(be, path, depth + 1);
	}
	free(alt);
}

int kh_loose_backend_add(git_repository *repo, int from_env)
{
	struct backend *be = calloc(1, sizeof(*be));
	const char *common = git_repository_commondir(repo), *env;
	git_odb *odb = NULL;
	char *dir;
	int rc = -1;

	if (!be) {
		git_error_set_str(GIT_ERROR_NOMEMORY, "out of memory");
		return -1;
	}
	kh_odb_backend_init(&be->odb, be_get, be_free);
	be->odb.parent.read_prefix = be_read_prefix;
	pthread_mutex_init(&be->lock, NULL);
	kh_loose_reader_init(&be->r);
	env = from_env ? getenv("GIT_OBJECT_DIRECTORY") : NULL;
	if (env && env[0])
		dir = kh_strndup(env, strlen(env));
	else if ((dir = malloc(strlen(common) + sizeof("/objects"))))
		sprintf(dir, "%s/objects", common);
	if (dir)
		add_dir(be, dir, 0);
	env = from_env ? getenv("GIT_ALTERNATE_OBJECT_DIRECTORIES") : NULL;
	while (env && *env) {
		size_t l = strcspn(env, ":");

		if (l && (dir = kh_strndup(env, l)))
			add_dir(be, dir, 1);
		env += l + (env[l] == ':');
	}
	/* above libgit2's loose objects (priority 1): asked first for them */
	if (!be->ndirs || git_repository_odb(&odb, repo) < 0 ||
	    (rc = git_odb_add_backend(odb, &be->odb.parent, 2)) < 0) {
		if (!be->ndirs)
			git_error_set_str(GIT_ERROR_NOMEMORY, "out of memory");
		be_free(&be->odb.parent);
	}
	git_odb_free(odb);
	return rc < 0 ? -1 : 0;
}
