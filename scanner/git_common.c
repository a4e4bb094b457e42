#include "git_common.h"

#include <dirent.h>
#include <fcntl.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "archive.h"
#include "diag.h"
#include "finding.h"
#include "git_loose.h"
#include "git_pack.h"
#include "options.h"
#include "state.h"
#include "util.h"

#define MAP_MAX_ENTRIES (1u << 30) /* hard caps of the tables */
#define ARENA_MAX	(1u << 31)

/*
 * Debian's libgit2 starts mbedTLS with the whole system CA bundle: parsing
 * it is most of a pre-commit hook's time (160M instructions of 200M).
 * keyhound never opens a connection through libgit2 (it reads local
 * repositories; --verify goes through libcurl and OpenSSL), so the bundle
 * is not read: this definition, exported from the executable, is the one
 * libgit2 binds to. It loads no certificate and reports success.
 */
int mbedtls_x509_crt_parse_file(void *chain, const char *path);
int mbedtls_x509_crt_parse_file(void *chain, const char *path)
{
	(void)chain;
	(void)path;
	return 0;
}

/*
 * For the same reason libssh2 is not started: its start is OpenSSL's
 * (engines, error strings: a tenth of a pre-commit hook's instructions),
 * and libgit2 starts it only for ssh:// remotes, which keyhound never
 * contacts. libgit2 binds to this definition, as to the one above; its
 * libssh2_exit() at shutdown returns at once for a library never started.
 */
int libssh2_init(int flags);
int libssh2_init(int flags)
{
	(void)flags;
	return 0;
}

const char *kh_git_msg(void)
{
	const git_error *e = git_error_last();

	return e && e->message ? e->message : "unknown error";
}

/* Says why path (NULL: the hook's own, as git finds it) is no repository:
 * GIT_DIR set to something else, or a .git file naming a directory that
 * is none (a moved worktree, a file naming itself); returns -1. */
static int not_a_repository(const char *path, char *err, size_t errlen)
{
	const char *env = path ? NULL : getenv("GIT_DIR");
	unsigned char *dotgit = NULL;
	char file[4096];
	size_t len = 0;
	int ret;

	if (env && env[0])
		return kh_errf(err, errlen, "GIT_DIR=%s: not a git repository", env);
	snprintf(file, sizeof(file), "%s/.git", path ? path : ".");
	if (kh_read_path(file, sizeof(file), &dotgit, &len) == KH_READ_OK && len > 8 &&
	    !memcmp(dotgit, "gitdir: ", 8))
		ret = kh_errf(err, errlen,
			      "%s: its .git file names %.*s, which is not a git "
			      "repository",
			      path ? path : ".", (int)strcspn((char *)dotgit + 8, "\r\n"),
			      (char *)dotgit + 8);
	else
		ret = kh_errf(err, errlen,
			      "%s: not a git repository (expected a work tree, a .git "
			      "directory or a bare repository)",
			      path ? path : ".");
	free(dotgit);
	return ret;
}

#define SPECIALS_MAX 4096 /* entries of refs/ and objects/pack/ looked at */

/* What a FIFO, socket or device is called, or NULL for anything else. */
static const char *special_kind(mode_t m)
{
	if (S_ISFIFO(m))
		return "a FIFO";
	if (S_ISSOCK(m))
		return "a socket";
	if (S_ISCHR(m) || S_ISBLK(m))
		return "a device";
	return NULL;
}

/*
 * libgit2 opens the files of a repository with a plain open(), which
 * never returns for a FIFO no one writes to: a repository holding one
 * where git keeps a file (copied with its FIFOs, or made hostile) hung
 * the run. Looks at `dir``name` and, when `depth` > 0, at what lies below
 * it, up to SPECIALS_MAX entries (*left counts them down). Returns -1 with
 * the first such file named in err.
 */
static int no_special(const char *dir, const char *name, int depth, size_t *left,
		      char *err, size_t errlen)
{
	char p[4096];
	struct stat st;
	struct dirent *de;
	const char *kind;
	DIR *d;
	int ret = 0;

	if (snprintf(p, sizeof(p), "%s%s", dir, name) >= (int)sizeof(p) ||
	    stat(p, &st) < 0)
		return 0;
	if ((kind = special_kind(st.st_mode)))
		return kh_errf(err, errlen,
			       "%s: %s, not a file git writes: the repository is not "
			       "read",
			       p, kind);
	if (depth <= 0 || !S_ISDIR(st.st_mode) || !(d = opendir(p)))
		return 0;
	while (ret == 0 && *left && (de = readdir(d))) {
		char sub[4096];

		if (de->d_name[0] == '.' && (!de->d_name[1] || !strcmp(de->d_name, "..")))
			continue;
		--*left;
		if (snprintf(sub, sizeof(sub), "%s/%s", name, de->d_name) <
		    (int)sizeof(sub))
			ret = no_special(dir, sub, depth - 1, left, err, errlen);
	}
	closedir(d);
	return ret;
}

/* no_special over every file of the repository libgit2 opens but loose
 * objects (read by our own backend, which checks). */
static int no_specials(git_repository *r, char *err, size_t errlen)
{
	static const char *const own[] = { "HEAD", "index", "config", "commondir" };
	static const char *const common[] = { "config", "packed-refs", "shallow",
					      "objects/info/alternates",
					      "objects/info/commit-graph" };
	const char *gd = git_repository_path(r), *cd = git_repository_commondir(r);
	size_t i, left = SPECIALS_MAX;

	for (i = 0; i < sizeof(own) / sizeof(*own); i++)
		if (no_special(gd, own[i], 0, &left, err, errlen) < 0)
			return -1;
	for (i = 0; i < sizeof(common) / sizeof(*common); i++)
		if (no_special(cd, common[i], 0, &left, err, errlen) < 0)
			return -1;
	if (no_special(cd, "objects/pack", 1, &left, err, errlen) < 0)
		return -1;
	return no_special(cd, "refs", 16, &left, err, errlen);
}

int kh_git_open(git_repository **out, const char *path, char *err, size_t errlen)
{
	size_t left = SPECIALS_MAX;
	int rc;

	*out = NULL;
	/* the config is read as the repository opens: looked at first */
	if (path && (no_special(path, "/.git/config", 0, &left, err, errlen) < 0 ||
		     no_special(path, "/config", 0, &left, err, errlen) < 0))
		return -1;
	/* No path: behave as git does in a hook (GIT_DIR, GIT_INDEX_FILE,
	 * search upward from the current directory). A path given on the
	 * command line must itself be the repository. */
	if (path)
		rc = git_repository_open_ext(out, path, GIT_REPOSITORY_OPEN_NO_SEARCH,
					     NULL);
	else
		rc = git_repository_open_ext(out, NULL, GIT_REPOSITORY_OPEN_FROM_ENV,
					     NULL);
	if (rc == 0 && no_specials(*out, err, errlen) < 0) {
		git_repository_free(*out);
		*out = NULL;
		return -1;
	}
	/* libgit2 never inflates a loose object: ours are read with a bound */
	if (rc == 0 && (rc = kh_loose_backend_add(*out, !path)) == 0)
		return 0;
	git_repository_free(*out);
	*out = NULL;
	if (rc == GIT_ENOTFOUND)
		return not_a_repository(path, err, errlen);
	return kh_errf(err, errlen, "%s: cannot open the git repository: %s",
		       path ? path : ".", kh_git_msg());
}

int kh_git_read_file(git_repository *repo, const char *rev, const char *path, size_t max,
		     char **text, size_t *len, char *err, size_t errlen)
{
	git_object *obj = NULL;
	git_tree *tree = NULL;
	git_tree_entry *te = NULL;
	git_blob *blob = NULL;
	int ret = -1;

	*text = NULL;
	*len = 0;
	if (git_revparse_single(&obj, repo, rev) < 0 ||
	    git_object_peel((git_object **)&tree, obj, GIT_OBJECT_TREE) < 0) {
		kh_errf(err, errlen, "no commit '%s' to read %s from", rev, path);
		goto out;
	}
	if (git_tree_entry_bypath(&te, tree, path) < 0) {
		ret = 1;
		goto out;
	}
	if (git_tree_entry_type(te) != GIT_OBJECT_BLOB ||
	    git_tree_entry_filemode(te) == GIT_FILEMODE_LINK ||
	    git_blob_lookup(&blob, repo, git_tree_entry_id(te)) < 0) {
		kh_errf(err, errlen, "%s:%s is not a regular file", rev, path);
		goto out;
	}
	*len = (size_t)git_blob_rawsize(blob);
	if (*len > max) {
		kh_errf(err, errlen, "%s:%s: larger than %zu KiB", rev, path, max >> 10);
		goto out;
	}
	if (!(*text = malloc(*len + 1))) {
		kh_errf(err, errlen, "out of memory");
		goto out;
	}
	memcpy(*text, git_blob_rawcontent(blob), *len);
	(*text)[*len] = '\0';
	ret = 0;
out:
	git_blob_free(blob);
	git_tree_entry_free(te);
	git_tree_free(tree);
	git_object_free(obj);
	return ret;
}

/* ---- object id -> value -------------------------------------------------- */

static size_t oid_hash(const git_oid *id)
{
	uint64_t h;

	memcpy(&h, id->id, sizeof(h)); /* object ids are already uniform */
	return (size_t)h;
}

uint32_t *kh_oidmap_get(const struct kh_oidmap *m, const git_oid *id)
{
	size_t i;

	if (!m->cap)
		return NULL;
	for (i = oid_hash(id) & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
		struct kh_oidmap_slot *s = &m->slots[i];

		if (s->val == KH_GIT_NONE)
			return NULL;
		if (!memcmp(s->id.id, id->id, GIT_OID_RAWSZ))
			return &s->val;
	}
}

static int oidmap_grow(struct kh_oidmap *m)
{
	size_t cap = m->cap ? m->cap * 2 : 1024, i, j;
	struct kh_oidmap_slot *slots;

	if (m->n >= MAP_MAX_ENTRIES)
		return -1;
	slots = malloc(cap * sizeof(*slots));
	if (!slots)
		return -1;
	for (i = 0; i < cap; i++)
		slots[i].val = KH_GIT_NONE;
	for (i = 0; i < m->cap; i++) {
		if (m->slots[i].val == KH_GIT_NONE)
			continue;
		for (j = oid_hash(&m->slots[i].id) & (cap - 1);
		     slots[j].val != KH_GIT_NONE; j = (j + 1) & (cap - 1))
			;
		slots[j] = m->slots[i];
	}
	free(m->slots);
	m->slots = slots;
	m->cap = cap;
	return 0;
}

int kh_oidmap_put(struct kh_oidmap *m, const git_oid *id, uint32_t val, uint32_t **slot,
		  int *added)
{
	size_t i;

	*added = 0;
	if ((m->n + 1) * 4 > m->cap * 3 && oidmap_grow(m) < 0)
		return -1;
	for (i = oid_hash(id) & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
		struct kh_oidmap_slot *s = &m->slots[i];

		if (s->val == KH_GIT_NONE) {
			git_oid_cpy(&s->id, id);
			s->val = val;
			m->n++;
			*added = 1;
			*slot = &s->val;
			return 0;
		}
		if (!memcmp(s->id.id, id->id, GIT_OID_RAWSZ)) {
			*slot = &s->val;
			return 0;
		}
	}
}

void kh_oidmap_del(struct kh_oidmap *m, const git_oid *id)
{
	uint32_t *v = kh_oidmap_get(m, id);
	size_t i, j, home;

	if (!v)
		return;
	/* backward-shift deletion keeps every probe sequence unbroken */
	i = (size_t)((struct kh_oidmap_slot *)((char *)v -
					       offsetof(struct kh_oidmap_slot, val)) -
		     m->slots);
	for (j = (i + 1) & (m->cap - 1); m->slots[j].val != KH_GIT_NONE;
	     j = (j + 1) & (m->cap - 1)) {
		home = oid_hash(&m->slots[j].id) & (m->cap - 1);
		/* move j into the hole at i unless its home lies in (i, j] */
		if ((j > i && (home <= i || home > j)) ||
		    (j < i && home <= i && home > j)) {
			m->slots[i] = m->slots[j];
			i = j;
		}
	}
	m->slots[i].val = KH_GIT_NONE;
	m->n--;
}

void kh_oidmap_release(struct kh_oidmap *m)
{
	free(m->slots);
	memset(m, 0, sizeof(*m));
}

/* ---- interned strings ------------------------------------------------------ */

static uint32_t str_hash(const char *s, size_t len)
{
	uint32_t h = 2166136261u; /* FNV-1a */
	size_t i;

	for (i = 0; i < len; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

static int strtab_rehash(struct kh_strtab *t)
{
	size_t cap = t->scap ? t->scap * 2 : 1024, i, j;
	uint32_t *slots = calloc(cap, sizeof(*slots));

	if (!slots)
		return -1;
	for (i = 0; i < t->n; i++) {
		const char *s = t->arena + t->offs[i];

		for (j = str_hash(s, strlen(s)) & (cap - 1); slots[j];
		     j = (j + 1) & (cap - 1))
			;
		slots[j] = (uint32_t)i + 1;
	}
	free(t->slots);
	t->slots = slots;
	t->scap = cap;
	return 0;
}

int kh_strtab_intern(struct kh_strtab *t, const char *s, size_t len, uint32_t *id)
{
	size_t i;

	if ((t->n + 1) * 2 > t->scap && strtab_rehash(t) < 0)
		return -1;
	for (i = str_hash(s, len) & (t->scap - 1); t->slots[i];
	     i = (i + 1) & (t->scap - 1)) {
		const char *o = t->arena + t->offs[t->slots[i] - 1];

		if (!strncmp(o, s, len) && o[len] == '\0') {
			*id = t->slots[i] - 1;
			return 0;
		}
	}
	if (t->len + len + 1 > t->cap) {
		size_t cap = t->cap ? t->cap : 65536;
		char *a;

		while (cap < t->len + len + 1)
			cap *= 2;
		if (cap > ARENA_MAX || !(a = realloc(t->arena, cap)))
			return -1;
		t->arena = a;
		t->cap = cap;
	}
	if (t->n == t->ncap) {
		size_t ncap = t->ncap ? t->ncap * 2 : 1024;
		uint32_t *o = ncap > MAP_MAX_ENTRIES
				      ? NULL
				      : realloc(t->offs, ncap * sizeof(*o));

		if (!o)
			return -1;
		t->offs = o;
		t->ncap = ncap;
	}
	memcpy(t->arena + t->len, s, len);
	t->arena[t->len + len] = '\0';
	t->offs[t->n] = (uint32_t)t->len;
	t->len += len + 1;
	t->slots[i] = (uint32_t)t->n + 1;
	*id = (uint32_t)t->n++;
	return 0;
}

const char *kh_strtab_get(const struct kh_strtab *t, uint32_t id)
{
	return t->arena + t->offs[id];
}

void kh_strtab_release(struct kh_strtab *t)
{
	free(t->arena);
	free(t->offs);
	free(t->slots);
	memset(t, 0, sizeof(*t));
}

/* ---- commits ---------------------------------------------------------------- */

/* A description from an object's id, signature and message. */
static struct kh_commit_info *describe(const git_oid *id, const git_signature *a,
				       const char *msg)
{
	struct kh_commit_info *ci = calloc(1, sizeof(*ci));
	char date[32];
	size_t n;

	if (!ci)
		return NULL;
	git_oid_tostr(ci->id, sizeof(ci->id), id);
	msg = msg ? msg : "";
	n = strcspn(msg, "\n");
	while (n && msg[n - 1] == '\r')
		n--;
	kh_iso8601(a ? (long long)a->when.time : 0, date);
	ci->author = strdup(a && a->name ? a->name : "");
	ci->email = strdup(a && a->email ? a->email : "");
	ci->date = strdup(date);
	ci->message = kh_strndup(msg, n);
	if (!ci->author || !ci->email || !ci->date || !ci->message) {
		kh_commit_info_free(ci);
		return NULL;
	}
	return ci;
}

struct kh_commit_info *kh_git_commit_info(const git_commit *c)
{
	return describe(git_commit_id(c), git_commit_author(c), git_commit_message(c));
}

struct kh_commit_info *kh_git_tag_info(const git_tag *t)
{
	struct kh_commit_info *ci =
		describe(git_tag_id(t), git_tag_tagger(t), git_tag_message(t));

	if (ci && !(ci->tag = strdup(git_tag_name(t) ? git_tag_name(t) : ""))) {
		kh_commit_info_free(ci);
		return NULL;
	}
	return ci;
}

/* ---- workers ---------------------------------------------------------------- */

/* delta bases kept per worker: read in pack order, a delta's base is mostly
 * the object read just before it (12 MB read no fewer objects) */
#define WORKER_BASE_CACHE (4u << 20)

struct git_local {
	const char *gitdir;
	git_repository *repo; /* and odb: NULL until local_odb() */
	git_odb *odb;
	struct kh_pack_reader *pr; /* NULL: libgit2 only */
	char *objects;		   /* the repository's objects directory */
	struct kh_loose_reader loose;
	struct kh_loose_buf blob[2]; /* a staged blob and its committed version */
};

/* The worker's own repository's object database, opened on first use;
 * NULL (libgit2's error set) when it cannot be. */
static git_odb *local_odb(struct git_local *l)
{
	if (!l->odb &&
	    (git_repository_open_ext(&l->repo, l->gitdir, GIT_REPOSITORY_OPEN_NO_SEARCH,
				     NULL) < 0 ||
	     kh_loose_backend_add(l->repo, 0) < 0 ||
	     git_repository_odb(&l->odb, l->repo) < 0)) {
		git_odb_free(l->odb);
		git_repository_free(l->repo);
		l->odb = NULL;
		l->repo = NULL;
	}
	return l->odb;
}

void *kh_git_thread_init(void *shared)
{
	struct kh_git_shared *sh = shared;
	struct git_local *l = calloc(1, sizeof(*l));
	const char *common = sh->commondir;
	size_t n;

	if (!l)
		return NULL;
	/* a repository per thread: libgit2 objects are not shared across
	 * threads, and each worker reads blobs on its own */
	kh_loose_reader_init(&l->loose);
	l->gitdir = sh->gitdir;
	if ((!common && !local_odb(l)) ||
	    (sh->packs && !(l->pr = kh_pack_reader_new(sh->packs, WORKER_BASE_CACHE)))) {
		kh_git_thread_release(l);
		return NULL;
	}
	if (!common)
		common = git_repository_commondir(l->repo);
	n = strlen(common);
	if (!(l->objects = malloc(n + sizeof("/objects")))) {
		kh_git_thread_release(l);
		return NULL;
	}
	memcpy(l->objects, common, n);
	if (!n || common[n - 1] != '/')
		l->objects[n++] = '/';
	memcpy(l->objects + n, "objects", sizeof("objects"));
	return l;
}

void kh_git_thread_release(void *local)
{
	struct git_local *l = local;

	if (!l)
		return;
	kh_pack_reader_free(l->pr);
	kh_loose_reader_release(&l->loose);
	free(l->objects);
	free(l->blob[0].p);
	free(l->blob[1].p);
	git_odb_free(l->odb);
	git_repository_free(l->repo);
	free(l);
}

const char *kh_git_what(git_object_t type)
{
	switch (type) {
	case GIT_OBJECT_BLOB: return "a blob";
	case GIT_OBJECT_TREE: return "a tree";
	case GIT_OBJECT_COMMIT: return "a commit";
	case GIT_OBJECT_TAG: return "a tag";
	default: return "of an unknown type";
	}
}

/* 1 when data is a Git LFS pointer file (the content lives elsewhere). */
static int is_lfs_pointer(const unsigned char *data, size_t len)
{
	static const char magic[] = "version https://git-lfs.github.com/spec/";

	/* pointer files are small; the spec caps them at 1024 bytes */
	return len < 1024 && len >= sizeof(magic) - 1 &&
	       !memcmp(data, magic, sizeof(magic) - 1);
}

#define DIFF_MAX_FILESIZE 0x20000000 /* libgit2 diffs no larger file as text */

static size_t count_lines(const unsigned char *p, size_t n)
{
	size_t lines = 0;
	const unsigned char *nl;

	while (n && (nl = memchr(p, '\n', n))) {
		lines++;
		n -= (size_t)(nl + 1 - p);
		p = nl + 1;
	}
	return lines + (n > 0); /* a last line without its newline */
}

/*
 * The lines `now` inserts into `was` when that is all it does (one block
 * of whole lines, nothing changed or removed: a hook's usual change),
 * found without a diff. libgit2 would hash both blobs (SHA-1, most of a
 * small hook's diff) and run xdiff, which trims the same longest common
 * prefix and suffix of lines and, nothing being left of `was`, reports
 * the block where it stands: after that prefix, the lowest place it could
 * slide to, as xdiff places a movable block. Returns 1 with *r set (r->first >
 * r->last when nothing is inserted), 0 for any other change (the caller
 * asks libgit2).
 */
static int inserted_lines(const unsigned char *was, size_t wlen, const unsigned char *now,
			  size_t nlen, struct kh_line_range *r)
{
	size_t p = 0, tail, k;

	if (wlen > nlen || nlen > DIFF_MAX_FILESIZE)
		return 0;
	while (p < wlen && was[p] == now[p])
		p++;
	while (p > 0 && was[p - 1] != '\n')
		p--; /* the prefix is of whole lines */
	tail = wlen - p;
	k = nlen - tail; /* where the rest of `was` would start in `now` */
	if (memcmp(was + p, now + k, tail) || (tail && k > p && now[k - 1] != '\n'))
		return 0;
	r->first = count_lines(was, p) + 1;
	r->last = r->first + count_lines(now + p, k - p) - 1;
	return 1;
}

/*
 * Lines of `data` (the staged blob) that are not in the blob `old`, as
 * ranges for kh_source.lines. Returns 0 (*n may be 0: nothing added), or
 * -1 when the old blob cannot be compared (the caller scans everything).
 */
static int added_lines(struct git_local *l, const git_oid *old, const char *path,
		       const unsigned char *data, size_t len, struct kh_line_range **out,
		       size_t *n, char *why, size_t whylen)
{
	git_diff_options opts;
	git_odb_object *o = NULL;
	git_patch *patch = NULL;
	struct kh_line_range one;
	const unsigned char *was = NULL;
	git_object_t type = GIT_OBJECT_INVALID;
	size_t i, nh, waslen = 0;
	char hex[GIT_OID_HEXSZ + 1], lw[300];
	enum kh_loose_status ls;
	int ret = -1;

	*out = NULL;
	*n = 0;
	ls = kh_loose_read(&l->loose, l->objects, old, SIZE_MAX / 16, &l->blob[1], &type,
			   &was, &waslen, lw, sizeof(lw));
	if (ls == KH_LOOSE_CORRUPT || ls == KH_LOOSE_NOMEM) {
		if (ls == KH_LOOSE_NOMEM)
			kh_errf(why, whylen, "out of memory");
		else
			kh_errf(why, whylen, "corrupt loose object %s: %s",
				git_oid_tostr(hex, sizeof(hex), old), lw);
		goto out;
	}
	if (ls != KH_LOOSE_OK) {
		if (!local_odb(l) || git_odb_read(&o, l->odb, old) < 0) {
			kh_errf(why, whylen, "%s", kh_git_msg());
			goto out;
		}
		was = git_odb_object_data(o);
		waslen = git_odb_object_size(o);
	}
	if (inserted_lines(was, waslen, data, len, &one)) {
		if (one.first <= one.last && !(*out = malloc(sizeof(**out))))
			goto out;
		if (one.first <= one.last)
			(*out)[(*n)++] = one;
		ret = 0;
		goto out;
	}
	git_diff_options_init(&opts, GIT_DIFF_OPTIONS_VERSION);
	opts.context_lines = 0; /* every hunk line is then an added one */
	opts.interhunk_lines = 0;
	opts.flags = GIT_DIFF_FORCE_TEXT;
	if (git_patch_from_buffers(&patch, was, waslen, path, (const char *)data, len,
				   path, &opts) < 0)
		goto out;
	nh = git_patch_num_hunks(patch);
	if (nh && !(*out = calloc(nh, sizeof(**out))))
		goto out;
	for (i = 0; i < nh; i++) {
		const git_diff_hunk *h;

		if (git_patch_get_hunk(&h, NULL, patch, i) < 0)
			goto out;
		if (h->new_lines <= 0)
			continue; /* only deletions */
		(*out)[*n].first = (size_t)h->new_start;
		(*out)[(*n)++].last = (size_t)h->new_start + (size_t)h->new_lines - 1;
	}
	ret = 0;
out:
	if (ret < 0) {
		free(*out);
		*out = NULL;
		*n = 0;
	}
	git_patch_free(patch);
	git_odb_object_free(o);
	return ret;
}

/*
 * The blob's bytes: from the pack reader when it can, else as a loose
 * object (git_loose.h), else from libgit2 (alternates, packs the reader
 * does not take, and the error message for a missing object). Returns 0
 * with src->data/len set, or -1 when the blob is not to be scanned (the
 * reason already counted and told).
 */
static int read_blob(struct kh_worker *w, struct git_local *l,
		     const struct kh_git_item *t, git_odb_object **obj,
		     struct kh_source *src)
{
	struct kh_git_shared *sh = w->shared;
	struct kh_diag *d = w->diag;
	enum kh_pack_status ps = KH_PACK_MISS;
	git_object_t type = GIT_OBJECT_BLOB;
	size_t size = 0;
	char hex[GIT_OID_HEXSZ + 1], why[300];

	git_oid_tostr(hex, sizeof(hex), &t->id);
	if (l->pr)
		ps = kh_pack_read(l->pr, &t->id, t->where, sh->opt->max_file_size,
				  &src->data, &size, &type);
	if (ps == KH_PACK_NOMEM) {
		w->failed = 1;
		return -1;
	}
	if (ps == KH_PACK_DAMAGED) {
		atomic_fetch_add(&d->stats.read_errors, 1);
		kh_warn(d, "%s: cannot read blob %s: %s", t->text, hex,
			kh_pack_why(l->pr));
		return -1;
	}
	if (ps == KH_PACK_MISS) {
		/* a loose blob: never left to libgit2 when it is damaged */
		enum kh_loose_status ls = kh_loose_read(
			&l->loose, l->objects, &t->id, sh->opt->max_file_size,
			&l->blob[0], &type, &src->data, &size, why, sizeof(why));

		if (ls == KH_LOOSE_NOMEM) {
			w->failed = 1;
			return -1;
		}
		if (ls == KH_LOOSE_CORRUPT) {
			atomic_fetch_add(&d->stats.read_errors, 1);
			kh_warn(d, "%s: cannot read blob %s: corrupt loose object: %s",
				t->text, hex, why);
			return -1;
		}
		if (ls == KH_LOOSE_OK)
			ps = KH_PACK_OK;
		else if (ls == KH_LOOSE_TOO_LARGE)
			ps = KH_PACK_TOO_LARGE;
	}
	if (ps == KH_PACK_MISS) {
		int rc = local_odb(l) ? git_odb_read_header(&size, &type, l->odb, &t->id)
				      : -1;

		if (rc == GIT_ENOTFOUND && sh->promisor) {
			/* left on the promisor remote: told once, in a count */
			atomic_fetch_add(&d->stats.read_errors, 1);
			atomic_fetch_add(&sh->promised, 1);
			return -1;
		}
		if (rc < 0) {
			atomic_fetch_add(&d->stats.read_errors, 1);
			kh_warn(d, "%s: cannot read blob %s: %s", t->text, hex,
				kh_git_msg());
			return -1;
		}
		if (size > sh->opt->max_file_size)
			ps = KH_PACK_TOO_LARGE;
	}
	if (type != GIT_OBJECT_BLOB) {
		atomic_fetch_add(&d->stats.read_errors, 1);
		kh_warn(d, "%s: object %s is %s, not a blob", t->text, hex,
			kh_git_what(type));
		return -1;
	}
	if (ps == KH_PACK_TOO_LARGE) {
		atomic_fetch_add(&d->stats.skipped_large, 1);
		kh_note(d, "%s: skipped blob %s: %zu bytes is over --max-file-size",
			t->text, hex, size);
		return -1;
	}
	if (ps == KH_PACK_MISS) {
		if (git_odb_read(obj, l->odb, &t->id) < 0) {
			atomic_fetch_add(&d->stats.read_errors, 1);
			kh_warn(d, "%s: cannot read blob %s: %s", t->text, hex,
				kh_git_msg());
			return -1;
		}
		src->data = git_odb_object_data(*obj);
		size = git_odb_object_size(*obj);
	}
	src->len = size;
	return 0;
}

/* Scans one blob; returns 1 when it was read (so its findings are all it
 * holds), 0 when it could not be. */
static int run_blob(struct kh_worker *w, struct git_local *l, struct kh_git_item *t)
{
	struct kh_git_shared *sh = w->shared;
	struct kh_diag *d = w->diag;
	struct kh_source src = { 0 };
	struct kh_line_range *lines = NULL;
	git_odb_object *obj = NULL;
	size_t nlines = 0, before = w->findings.n;
	char why[400] = "";
	int read = 0;

	if (read_blob(w, l, t, &obj, &src) < 0)
		goto done;
	read = 1;
	atomic_fetch_add(&sh->blobs_read, 1);
	atomic_fetch_add(&sh->blob_bytes, src.len);
	if (is_lfs_pointer(src.data, src.len)) {
		atomic_fetch_add(&sh->lfs_skipped, 1);
		goto done;
	}
	if (t->kind == KH_GIT_STAGED && !git_oid_is_zero(&t->old)) {
		if (added_lines(l, &t->old, t->text, src.data, src.len, &lines, &nlines,
				why, sizeof(why)) == 0) {
			if (!nlines)
				goto done; /* the change only removes lines */
			src.lines = lines;
			src.nlines = nlines;
		} else {
			kh_warn(d,
				"%s: cannot compare with the committed version (%s); "
				"scanning the whole file",
				t->text, why);
		}
	}
	src.path = t->text;
	src.order = t->order;
	if (kh_scan_any(w, &src) < 0)
		w->failed = 1;
done:
	if (t->state)
		atomic_store(t->state,
			     w->findings.n > before ? KH_BLOB_FOUND : KH_BLOB_CLEAN);
	kh_progress_scanned(&d->progress);
	free(lines);
	git_odb_object_free(obj);
	return read;
}

/* Reads commit t->id (the walker took its parents from the commit-graph
 * file) and scans its message, as the walker would have handed it over. */
static void run_commit(struct kh_worker *w, struct git_local *l,
		       const struct kh_git_item *t)
{
	struct kh_git_shared *sh = w->shared;
	struct kh_source src = { 0 };
	enum kh_pack_status ps = KH_PACK_MISS;
	git_object_t type = GIT_OBJECT_INVALID;
	const unsigned char *data = NULL, *msg;
	git_odb_object *obj = NULL;
	char hex[GIT_OID_HEXSZ + 1];
	size_t len = 0;

	if (l->pr)
		ps = kh_pack_read(l->pr, &t->id, 0, SIZE_MAX, &data, &len, &type);
	if (ps == KH_PACK_NOMEM) {
		w->failed = 1;
		return;
	}
	if (ps != KH_PACK_OK && ps != KH_PACK_DAMAGED && local_odb(l) &&
	    git_odb_read(&obj, l->odb, &t->id) == 0) {
		data = git_odb_object_data(obj);
		len = git_odb_object_size(obj);
		type = git_odb_object_type(obj);
		ps = KH_PACK_OK;
	}
	if (ps != KH_PACK_OK || type != GIT_OBJECT_COMMIT) {
		atomic_fetch_add(&w->diag->stats.read_errors, 1);
		atomic_fetch_add(&sh->unread, 1); /* --state: not a whole walk */
		kh_warn(w->diag, "%s: cannot read the message of commit %s: %s",
			sh->name ? sh->name : ".",
			git_oid_tostr(hex, sizeof(hex), &t->id),
			ps == KH_PACK_DAMAGED ? kh_pack_why(l->pr)
			: ps != KH_PACK_OK    ? kh_git_msg()
					      : "not a commit");
		git_odb_object_free(obj);
		return;
	}
	/* the message follows the first empty line, as the walker finds it
	 * (none: an empty one, scanned all the same, as the walker did) */
	msg = len >= 2 ? kh_memmem(data, len, "\n\n", 2) : NULL;
	src.data = msg ? msg + 2 : data + len;
	src.len = (size_t)(data + len - src.data);
	src.order = t->order;
	if (kh_scan_any(w, &src) < 0)
		w->failed = 1;
	git_odb_object_free(obj);
}

/* Runs the items of one batch and frees it. */
static void run_batch(struct kh_worker *w, struct kh_git_task *batch)
{
	struct kh_git_shared *sh = w->shared;
	struct kh_state *state = sh->state;
	size_t i;

	for (i = 0; i < batch->n; i++) {
		struct kh_git_item *t = &batch->item[i];
		size_t before = w->findings.n;

		if (t->kind == KH_GIT_MESSAGE) {
			struct kh_source src = { 0 };

			src.data = (const unsigned char *)t->text;
			src.len = t->len;
			src.order = t->order;
			if (kh_scan_any(w, &src) < 0)
				w->failed = 1;
		} else if (t->kind == KH_GIT_COMMIT) {
			run_commit(w, w->local, t);
		} else if (t->kind == KH_GIT_AHEAD || t->kind == KH_GIT_DIFF) {
			struct git_local *l = w->local;

			if (l->pr && t->kind == KH_GIT_AHEAD)
				sh->ahead(w, l->pr, sh->ahead_arg);
			else if (l->pr)
				sh->diff(w, l->pr, sh->diff_arg);
		} else if (!run_blob(w, w->local, t)) {
			atomic_fetch_add(&sh->unread, 1);
		} else if (state && !w->failed && t->kind == KH_GIT_BLOB) {
			kh_state_blob_add(state, &t->state_id, t->text,
					  w->findings.v + before, w->findings.n - before);
		}
		free(t->text);
	}
	free(batch);
}

void kh_git_task_run(struct kh_worker *w, void *task)
{
	struct kh_git_task *batch = task, *next;

	for (; batch; batch = next) {
		next = batch->next;
		run_batch(w, batch);
	}
}
