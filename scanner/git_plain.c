#include "git_plain.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util.h"

#define SMALL_FILE  (64u << 10)	 /* HEAD, a loose ref, the config */
#define PACKED_REFS (256u << 20) /* a repository of a million refs */
#define GIT_SUFFIX  ".git/"

/* Each changes where git looks, or what it is allowed to open. */
static const char *const env_overrides[] = {
	"GIT_DIR",
	"GIT_WORK_TREE",
	"GIT_COMMON_DIR",
	"GIT_OBJECT_DIRECTORY",
	"GIT_ALTERNATE_OBJECT_DIRECTORIES",
	"GIT_CEILING_DIRECTORIES",
	"GIT_DISCOVERY_ACROSS_FILESYSTEM",
	"GIT_NAMESPACE",
};

static int is_kind(const char *dir, const char *name, mode_t kind)
{
	struct kh_strbuf p;
	struct stat st;
	int ok;

	kh_strbuf_init(&p, PATH_MAX);
	kh_strbuf_addf(&p, "%s%s", dir, name);
	ok = !p.failed && lstat(p.s, &st) == 0 && (st.st_mode & S_IFMT) == kind;
	kh_strbuf_release(&p);
	return ok;
}

static int exists(const char *dir, const char *name)
{
	struct kh_strbuf p;
	struct stat st;
	int ok;

	kh_strbuf_init(&p, PATH_MAX);
	kh_strbuf_addf(&p, "%s%s", dir, name);
	ok = p.failed || lstat(p.s, &st) == 0 || errno != ENOENT;
	kh_strbuf_release(&p);
	return ok;
}

/* dir (ending in '/') looks like a git directory itself: bare, or the
 * .git directory the command runs in. */
static int is_gitdir(const char *dir)
{
	return exists(dir, "HEAD") && exists(dir, "objects");
}

static int ours(const char *dir)
{
	struct stat st;

	return stat(dir, &st) == 0 && st.st_uid == geteuid();
}

static int is_false(const char *v, size_t n)
{
	return (n == 5 && !strncasecmp(v, "false", 5)) ||
	       (n == 2 && !strncasecmp(v, "no", 2)) ||
	       (n == 3 && !strncasecmp(v, "off", 3)) || (n == 1 && v[0] == '0');
}

/* A config git (and libgit2) read as a plain repository's: no
 * extensions, includes, bare or worktree settings, format 0 or 1. Any
 * key of those names in any section counts: a false alarm only costs
 * libgit2's load. */
static int plain_config(const char *gitdir)
{
	struct kh_strbuf p;
	unsigned char *text = NULL;
	size_t len = 0;
	const char *s, *end;
	int plain = 0;

	kh_strbuf_init(&p, PATH_MAX);
	kh_strbuf_addf(&p, "%sconfig", gitdir);
	if (p.failed || kh_read_path(p.s, SMALL_FILE, &text, &len) != KH_READ_OK)
		goto out;
	plain = 1;
	for (s = (const char *)text, end = s + len; s < end && plain;) {
		const char *eol = memchr(s, '\n', (size_t)(end - s));
		const char *k, *v, *ve;
		size_t kn;

		eol = eol ? eol : end;
		while (s < eol && (*s == ' ' || *s == '\t'))
			s++;
		if (s < eol && *s == '[') {
			if ((size_t)(eol - s) >= 8 && !strncasecmp(s, "[include", 8))
				plain = 0;
			if ((size_t)(eol - s) >= 11 && !strncasecmp(s, "[extensions", 11))
				plain = 0;
		} else if (s < eol && *s != '#' && *s != ';') {
			for (k = s; s < eol && *s != '=' && *s != ' ' && *s != '\t'; s++)
				;
			kn = (size_t)(s - k);
			v = memchr(s, '=', (size_t)(eol - s));
			v = v ? v + 1 : eol;
			while (v < eol && (*v == ' ' || *v == '\t'))
				v++;
			for (ve = eol; ve > v && (ve[-1] == ' ' || ve[-1] == '\t' ||
						  ve[-1] == '\r');
			     ve--)
				;
			if (kn == 8 && !strncasecmp(k, "worktree", 8))
				plain = 0;
			if (kn == 4 && !strncasecmp(k, "bare", 4) &&
			    !is_false(v, (size_t)(ve - v)))
				plain = 0;
			if (kn == 23 && !strncasecmp(k, "repositoryformatversion", 23) &&
			    !(ve - v == 1 && (v[0] == '0' || v[0] == '1')))
				plain = 0;
		}
		s = eol + 1;
	}
out:
	free(text);
	kh_strbuf_release(&p);
	return plain;
}

/* The work tree `dir` (a real path ending in '/') with a plain .git:
 * 0 with r set, 1 when not plain, -1 when out of memory. */
static int take(struct kh_plain *r, const char *dir)
{
	size_t n = strlen(dir);

	if (!(r->workdir = kh_strndup(dir, n)) ||
	    !(r->gitdir = malloc(n + sizeof(GIT_SUFFIX))))
		return -1;
	memcpy(r->gitdir, dir, n);
	memcpy(r->gitdir + n, GIT_SUFFIX, sizeof(GIT_SUFFIX));
	if (is_kind(r->gitdir, "HEAD", S_IFREG) &&
	    is_kind(r->gitdir, "objects", S_IFDIR) &&
	    is_kind(r->gitdir, "refs", S_IFDIR) && !exists(r->gitdir, "commondir") &&
	    !exists(r->gitdir, "objects/info/alternates") && ours(r->workdir) &&
	    ours(r->gitdir) && plain_config(r->gitdir))
		return 0;
	return 1;
}

int kh_plain_open(struct kh_plain *r, const char *path)
{
	char real[PATH_MAX + 1];
	struct stat st;
	dev_t dev;
	size_t i, n;

	memset(r, 0, sizeof(*r));
	for (i = 0; i < sizeof(env_overrides) / sizeof(env_overrides[0]); i++)
		if (getenv(env_overrides[i]))
			return 1;
	if (!realpath(path ? path : ".", real) || stat(real, &st) < 0)
		return 1;
	dev = st.st_dev;
	n = strlen(real);
	if (n >= PATH_MAX - 1)
		return 1;
	if (real[n - 1] != '/')
		real[n++] = '/';
	real[n] = 0;
	/* as libgit2: a git directory itself first, then its .git; a path
	 * named is not searched upward, nor is another file system */
	for (;;) {
		if (is_gitdir(real))
			return 1;
		if (is_kind(real, ".git", S_IFDIR))
			return take(r, real);
		if (exists(real, ".git") || path || n == 1)
			return 1;
		for (n--; n > 0 && real[n - 1] != '/'; n--)
			;
		real[n] = 0;
		if (stat(real, &st) < 0 || st.st_dev != dev)
			return 1;
	}
}

void kh_plain_release(struct kh_plain *r)
{
	free(r->workdir);
	free(r->gitdir);
	memset(r, 0, sizeof(*r));
}

int kh_plain_oid(git_oid *id, const char *s)
{
	size_t i;

	for (i = 0; i < GIT_OID_HEXSZ; i++) {
		int c = (unsigned char)s[i];
		int v = c >= '0' && c <= '9'   ? c - '0'
			: c >= 'a' && c <= 'f' ? c - 'a' + 10
					       : -1;

		if (v < 0)
			return -1;
		if (i % 2)
			id->id[i / 2] |= (unsigned char)v;
		else
			id->id[i / 2] = (unsigned char)(v << 4);
	}
	return 0;
}

/* A branch name git itself would write under refs/. */
static int plain_refname(const char *s, size_t n)
{
	size_t i;

	if (n < 6 || n > 1024 || memcmp(s, "refs/", 5) || s[n - 1] == '/' ||
	    s[n - 1] == '.' || (n >= 5 && !memcmp(s + n - 5, ".lock", 5)))
		return 0;
	for (i = 0; i < n; i++) {
		char c = s[i];

		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		      (c >= '0' && c <= '9') || c == '/' || c == '-' || c == '_' ||
		      c == '.'))
			return 0;
		if (c == '/' && (s[i + 1] == '/' || s[i + 1] == '.'))
			return 0;
		if (c == '.' && s[i + 1] == '.')
			return 0;
	}
	return 1;
}

/* "<40 hex>\n" (the newline optional at the end of a file). */
static int hex_line(git_oid *id, const unsigned char *s, size_t n)
{
	return (n == GIT_OID_HEXSZ ||
		(n == GIT_OID_HEXSZ + 1 && s[GIT_OID_HEXSZ] == '\n')) &&
	       !kh_plain_oid(id, (const char *)s);
}

/* The ref's id from packed-refs: 0, 2 when it is not there, 1 when the
 * file cannot be read. */
static int packed_ref(const char *gitdir, const char *name, size_t n, git_oid *id)
{
	struct kh_strbuf p;
	unsigned char *text = NULL;
	size_t len = 0;
	const unsigned char *s, *end;
	int ret = 2;

	kh_strbuf_init(&p, PATH_MAX);
	kh_strbuf_addf(&p, "%spacked-refs", gitdir);
	if (p.failed) {
		ret = 1;
	} else if (kh_read_path(p.s, PACKED_REFS, &text, &len) != KH_READ_OK) {
		ret = errno == ENOENT ? 2 : 1;
	} else {
		for (s = text, end = text + len; s < end && ret == 2;) {
			const unsigned char *eol = memchr(s, '\n', (size_t)(end - s));

			eol = eol ? eol : end;
			if ((size_t)(eol - s) == GIT_OID_HEXSZ + 1 + n &&
			    s[GIT_OID_HEXSZ] == ' ' &&
			    !memcmp(s + GIT_OID_HEXSZ + 1, name, n))
				ret = kh_plain_oid(id, (const char *)s) ? 1 : 0;
			s = eol + 1;
		}
	}
	free(text);
	kh_strbuf_release(&p);
	return ret;
}

int kh_plain_head(const struct kh_plain *r, git_oid *id)
{
	struct kh_strbuf p;
	unsigned char *head = NULL, *ref = NULL;
	size_t hlen = 0, rlen = 0, n;
	const char *name;
	int ret = 1;

	kh_strbuf_init(&p, PATH_MAX);
	kh_strbuf_addf(&p, "%sHEAD", r->gitdir);
	if (p.failed || kh_read_path(p.s, SMALL_FILE, &head, &hlen) != KH_READ_OK)
		goto out;
	if (hex_line(id, head, hlen)) {
		ret = 0; /* detached */
		goto out;
	}
	if (hlen < 6 || memcmp(head, "ref: ", 5) || head[hlen - 1] != '\n')
		goto out;
	name = (const char *)head + 5;
	n = hlen - 6;
	if (!plain_refname(name, n))
		goto out;
	kh_strbuf_release(&p);
	kh_strbuf_init(&p, PATH_MAX);
	kh_strbuf_addf(&p, "%s%.*s", r->gitdir, (int)n, name);
	if (p.failed)
		goto out;
	if (kh_read_path(p.s, SMALL_FILE, &ref, &rlen) == KH_READ_OK)
		ret = hex_line(id, ref, rlen) ? 0 : 1;
	else if (errno == ENOENT)
		ret = packed_ref(r->gitdir, name, n, id);
out:
	free(head);
	free(ref);
	kh_strbuf_release(&p);
	return ret;
}
