#include "audit.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "diag.h"
#include "progress.h"
#include "git_common.h"
#include "ignore.h"
#include "matcher.h"
#include "spill.h"
#include "util.h"
#include "walk_git.h"

#define MAX_REPOS	   1000000
#define MAX_LIST_LINE	   PATH_MAX
#define MAX_DISCOVER_DEPTH 64
#define MAX_DISCOVER_DIRS  1000000 /* directories looked at under --discover */

struct repo {
	char *name; /* as the user named it (or --discover found it) */
	int here;   /* named nothing: the current repository, found as git does */
	char *key;  /* real path of its object store: one scan per store; NULL
		     * when it cannot be opened (its scan will say why) */
	char *url;  /* origin, without credentials, or NULL */
	int dup;    /* another name of a repository already in the list */
};

struct repolist {
	struct repo *v;
	size_t n, cap;
};

static int repolist_add(struct repolist *l, const char *name, size_t len, char *err,
			size_t errlen)
{
	struct repo *r;

	if (l->n >= MAX_REPOS)
		return kh_errf(err, errlen, "more than %d repositories in one run",
			       MAX_REPOS);
	if (kh_grow((void **)&l->v, &l->cap, l->n + 1, sizeof(*l->v)) < 0)
		return kh_errf(err, errlen, "out of memory");
	r = &l->v[l->n];
	memset(r, 0, sizeof(*r));
	if (!(r->name = kh_strndup(name, len)))
		return kh_errf(err, errlen, "out of memory");
	l->n++;
	return 0;
}

static void repolist_release(struct repolist *l)
{
	size_t i;

	for (i = 0; i < l->n; i++) {
		free(l->v[i].name);
		free(l->v[i].key);
		free(l->v[i].url);
	}
	free(l->v);
}

/* ---- --repos-from ------------------------------------------------------------ */

/* One path a line; blank lines and lines starting with '#' are skipped,
 * spaces and a CR at either end of a line dropped. "-" reads stdin. */
static int read_list(struct repolist *l, const char *file, char *err, size_t errlen)
{
	FILE *f = strcmp(file, "-") ? fopen(file, "r") : stdin;
	const char *name = f == stdin ? "standard input" : file;
	char line[MAX_LIST_LINE + 2];
	size_t lineno = 0;
	int ret = 0;

	if (!f)
		return kh_errf(err, errlen, "--repos-from %s: %s", file, strerror(errno));
	while (ret == 0 && fgets(line, sizeof(line), f)) {
		size_t n = strlen(line);
		char *p = line;

		lineno++;
		if (n == sizeof(line) - 1 && line[n - 1] != '\n' && !feof(f)) {
			ret = kh_errf(err, errlen,
				      "--repos-from %s: line %zu is longer than %d bytes",
				      name, lineno, MAX_LIST_LINE);
			break;
		}
		while (n && strchr(" \t\r\n", line[n - 1]))
			line[--n] = '\0';
		p += strspn(p, " \t");
		if (!*p || *p == '#')
			continue;
		ret = repolist_add(l, p, strlen(p), err, errlen);
	}
	if (ret == 0 && ferror(f)) /* a directory, say */
		ret = kh_errf(err, errlen, "--repos-from %s: %s", name, strerror(errno));
	if (f != stdin)
		fclose(f);
	return ret;
}

/* ---- --discover ---------------------------------------------------------------- */

struct discovery {
	struct repolist *l;
	struct kh_diag *d;
	size_t dirs;
	int capped;
	char *err;
	size_t errlen;
};

static int is_type(const char *dir, const char *name, mode_t type)
{
	struct kh_strbuf b;
	struct stat st;
	int ret;

	kh_strbuf_init(&b, 0);
	kh_strbuf_addf(&b, "%s/%s", dir, name);
	ret = !b.failed && lstat(b.s, &st) == 0 && (st.st_mode & S_IFMT) == type;
	kh_strbuf_release(&b);
	return ret;
}

/* A bare repository (a mirror): HEAD, objects/ and refs/, as git checks. */
static int is_bare(const char *dir)
{
	return is_type(dir, "HEAD", S_IFREG) && is_type(dir, "objects", S_IFDIR) &&
	       is_type(dir, "refs", S_IFDIR);
}

/*
 * Adds every repository at or below dir. Symbolic links are never
 * followed (so no loop can be entered), nor is a repository's .git or a
 * bare repository entered; a work tree is, for the submodules and
 * nested repositories in it. Bounded in depth and directories.
 */
static int discover(struct discovery *ds, const char *dir, int depth)
{
	struct dirent *de;
	DIR *dh;
	int ret = 0;

	if (depth > MAX_DISCOVER_DEPTH || ds->dirs >= MAX_DISCOVER_DIRS) {
		if (!ds->capped++)
			kh_warn(ds->d,
				"--discover: stopped at %s (over %d levels or %d "
				"directories); repositories below are not scanned",
				dir, MAX_DISCOVER_DEPTH, MAX_DISCOVER_DIRS);
		return 0;
	}
	ds->dirs++;
	if (is_type(dir, ".git", S_IFDIR) || is_type(dir, ".git", S_IFREG)) {
		if (repolist_add(ds->l, dir, strlen(dir), ds->err, ds->errlen) < 0)
			return -1;
	} else if (is_bare(dir)) {
		return repolist_add(ds->l, dir, strlen(dir), ds->err, ds->errlen);
	}
	if (!(dh = opendir(dir))) {
		kh_warn(ds->d, "--discover: %s: %s", dir, strerror(errno));
		return 0;
	}
	while (ret == 0 && (de = readdir(dh))) {
		struct kh_strbuf sub;
		struct stat st;

		if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, "..") ||
		    !strcmp(de->d_name, ".git"))
			continue;
		if (de->d_type != DT_DIR && de->d_type != DT_UNKNOWN)
			continue; /* files, and symbolic links: never followed */
		kh_strbuf_init(&sub, 0);
		kh_strbuf_addf(&sub, "%s%s%s", dir,
			       dir[strlen(dir) - 1] == '/' ? "" : "/", de->d_name);
		if (sub.failed)
			ret = kh_errf(ds->err, ds->errlen, "out of memory");
		else if (lstat(sub.s, &st) == 0 && S_ISDIR(st.st_mode))
			ret = discover(ds, sub.s, depth + 1);
		kh_strbuf_release(&sub);
	}
	closedir(dh);
	return ret;
}

static int discover_root(struct repolist *l, const char *dir, struct kh_diag *d,
			 char *err, size_t errlen)
{
	struct discovery ds = { l, d, 0, 0, err, errlen };
	struct stat st;

	if (stat(dir, &st) < 0)
		return kh_errf(err, errlen, "--discover %s: %s", dir, strerror(errno));
	if (!S_ISDIR(st.st_mode))
		return kh_errf(err, errlen, "--discover %s: not a directory", dir);
	return discover(&ds, dir, 0);
}

/* ---- one repository, once --------------------------------------------------- */

char *kh_url_without_credentials(const char *url)
{
	const char *scheme = strstr(url, "://");
	const char *host = scheme ? scheme + 3 : url;
	size_t auth = strcspn(host, "/"), end = strlen(url), k;
	struct kh_strbuf b;

	/* "user:password@" (or a token as the user) ends at the last '@' of
	 * the authority. Scp-like "git@host:path" keeps its user: ssh takes
	 * no password there */
	for (k = auth; k > 0; k--)
		if (host[k - 1] == '@')
			break;
	if (!scheme && !memchr(host, ':', k))
		k = 0;
	if (scheme)
		end = (size_t)(host - url) + auth + strcspn(host + auth, "?#");
	kh_strbuf_init(&b, 0);
	kh_strbuf_add(&b, url, (size_t)(host - url));
	kh_strbuf_add(&b, host + k, end - (size_t)(host - url) - k);
	if (b.failed) {
		kh_strbuf_release(&b);
		return NULL;
	}
	return b.s ? b.s : strdup("");
}

/* The real path of r's object store (linked work trees share their main
 * repository's) and its origin URL. A repository that does not open
 * keeps key NULL: its scan reports why. Returns -1 only when out of
 * memory. */
static int identify(struct repo *r)
{
	git_repository *repo = NULL;
	git_config *cfg = NULL;
	const char *url = NULL;
	char msg[256], real[PATH_MAX];
	int ret = 0;

	if (kh_git_open(&repo, r->here ? NULL : r->name, msg, sizeof(msg)) < 0)
		return 0;
	if (realpath(git_repository_commondir(repo), real) && !(r->key = strdup(real)))
		ret = -1;
	if (ret == 0 && git_repository_config_snapshot(&cfg, repo) == 0 &&
	    git_config_get_string(&url, cfg, "remote.origin.url") == 0 && url[0] &&
	    !(r->url = kh_url_without_credentials(url)))
		ret = -1;
	git_config_free(cfg);
	git_repository_free(repo);
	return ret;
}

static int by_name(const void *pa, const void *pb)
{
	const struct repo *a = pa, *b = pb;

	return strcmp(a->name, b->name);
}

static int by_key(const void *pa, const void *pb)
{
	const struct repo *a = *(struct repo *const *)pa, *b = *(struct repo *const *)pb;
	int c = strcmp(a->key, b->key);

	return c ? c : strcmp(a->name, b->name);
}

/*
 * Sorts the list by name (the order of the report and of --shard, the
 * same for every worker given the same list) and keeps each repository
 * once: the same name twice, or two names of one object store (a path
 * and a symbolic link to it, a work tree and its linked work trees).
 */
static int dedup(struct repolist *l, struct kh_diag *d)
{
	struct repo **byk;
	size_t i, k, n = 0, keep = 0;
	int ret = 0;

	kh_sort(l->v, l->n, sizeof(*l->v), by_name);
	for (i = 0; i < l->n; i++) {
		if (i && !strcmp(l->v[i].name, l->v[keep - 1].name)) {
			free(l->v[i].name);
			continue;
		}
		l->v[keep++] = l->v[i];
	}
	l->n = keep;
	for (i = 0; i < l->n && ret == 0; i++)
		ret = identify(&l->v[i]);
	if (ret < 0 || !(byk = malloc((l->n + 1) * sizeof(*byk))))
		return -1;
	for (i = 0; i < l->n; i++)
		if (l->v[i].key)
			byk[n++] = &l->v[i];
	kh_sort(byk, n, sizeof(*byk), by_key);
	for (i = 1; i < n; i++) {
		if (strcmp(byk[i]->key, byk[i - 1]->key))
			continue;
		kh_note(d, "%s is the same repository as %s: scanned once", byk[i]->name,
			byk[i - 1]->name);
		byk[i]->dup = 1;
	}
	free(byk);
	for (i = k = 0; i < l->n; i++) {
		if (l->v[i].dup) {
			free(l->v[i].name);
			free(l->v[i].key);
			free(l->v[i].url);
			continue;
		}
		l->v[k++] = l->v[i];
	}
	l->n = k;
	return 0;
}

/* ---- the scans ----------------------------------------------------------------- */

/* What each finding of a repository gets: dropped when r's ignore file
 * says so (counted in the run's), else marked with r. */
struct adoption {
	const struct kh_options *opt;
	const struct kh_ignore *ig;
	char *name, *url; /* one copy of each, shared by every finding of r */
};

static int adoption_start(struct adoption *a, const struct kh_options *opt,
			  const struct repo *r, const struct kh_ignore *ig)
{
	a->opt = opt;
	a->ig = ig;
	a->name = kh_shared_new(r->name, strlen(r->name));
	a->url = r->url ? kh_shared_new(r->url, strlen(r->url)) : NULL;
	return !a->name || (r->url && !a->url) ? -1 : 0;
}

static void adoption_end(struct adoption *a)
{
	kh_shared_release(a->name);
	kh_shared_release(a->url);
}

/* 1: f is dropped; 0: marked; -1: out of memory. Also what the spill asks
 * of each finding of the repository it writes (spill.h). */
static int adopt_one(void *ctx, struct kh_finding *f)
{
	const struct adoption *a = ctx;
	struct kh_finding_more *m;
	enum kh_ignore_why why = a->ig ? kh_ignore_finding(a->ig, f) : KH_IGNORE_KEEP;

	if (why != KH_IGNORE_KEEP) {
		a->opt->ignore->by_fingerprint += why == KH_IGNORE_FINGERPRINT;
		a->opt->ignore->by_rule += why == KH_IGNORE_RULE;
		return 1;
	}
	if (!a->name || !(m = kh_finding_more(f)))
		return -1;
	m->repository = kh_shared_ref(a->name);
	m->repository_url = kh_shared_ref(a->url);
	return 0;
}

/* The findings of r (those spilled were adopted as they were written),
 * moved to out. */
static int adopt(struct adoption *a, struct kh_findings *found, struct kh_findings *out)
{
	size_t i, keep = 0;
	int oom = 0;

	for (i = 0; i < found->n; i++) {
		struct kh_finding *f = found->v[i];
		int r = 0;

		if (!oom && (r = adopt_one(a, f)) > 0) {
			kh_finding_free(f);
			continue;
		}
		oom |= r < 0;
		found->v[keep++] = f;
	}
	found->n = keep;
	return oom ? -1 : kh_findings_take(out, found);
}

/* One repository's history into out. Returns 0, 1 when it could not be
 * scanned (said on stderr), or -1 when out of memory. */
static int scan_one(const struct kh_options *opt, const struct repo *r, int split_blobs,
		    const struct kh_engine *e, struct kh_diag *d, time_t now,
		    struct kh_findings *out)
{
	struct kh_options one = *opt;
	struct kh_ignore ig = { 0 };
	struct kh_findings found = { 0 };
	struct adoption a = { 0 };
	const char *name = r->name;
	char err[1024] = "";
	int ret = 1, own_ignore = !opt->ignore_file;

	one.paths.v = &name;
	one.paths.n = r->here ? 0 : 1;
	if (!split_blobs)
		one.shard_k = one.shard_n = 0;
	if (own_ignore) {
		if (kh_ignore_setup(&ig, &one, 1, kh_engine_rules(e), d, err,
				    sizeof(err)) < 0)
			goto out;
		one.ignore = &ig;
	}
	if (adoption_start(&a, opt, r, own_ignore ? &ig : NULL) < 0 ||
	    kh_spill_like(&found, out) < 0) {
		ret = -1;
		goto out;
	}
	/* the history's findings are adopted as they are spilled */
	kh_spill_prepare(&found, adopt_one, &a);
	if (kh_scan_git(&one, e, d, now, &found, err, sizeof(err)) < 0)
		goto out;
	ret = adopt(&a, &found, out) < 0 ? -1 : 0;
out:
	if (ret > 0) {
		kh_progress_hold(&d->progress);
		fprintf(stderr, "keyhound: error: %s\n", err);
		kh_progress_resume(&d->progress);
	}
	if (own_ignore)
		opt->ignore->paths_skipped += ig.paths_skipped;
	kh_findings_release(&found);
	adoption_end(&a);
	kh_ignore_release(&ig);
	return ret;
}

int kh_audit_git(const struct kh_options *opt, const struct kh_engine *e,
		 struct kh_diag *d, time_t now, struct kh_findings *out, size_t *failed,
		 char *err, size_t errlen)
{
	struct repolist l = { 0 };
	size_t i, mine = 0, done = 0;
	int ret = -1, split_blobs;

	*failed = 0;
	/* once for the run: starting libgit2 reads every system CA
	 * certificate (tens of milliseconds), and the nested begin/end of
	 * each scan then costs nothing. Repositories are freed one by one
	 * all the same: libgit2 keeps no global object cache */
	kh_git_begin();
	for (i = 0; i < opt->paths.n; i++)
		if (repolist_add(&l, opt->paths.v[i], strlen(opt->paths.v[i]), err,
				 errlen) < 0)
			goto out;
	for (i = 0; i < opt->repos_from.n; i++)
		if (read_list(&l, opt->repos_from.v[i], err, errlen) < 0)
			goto out;
	for (i = 0; i < opt->discover.n; i++)
		if (discover_root(&l, opt->discover.v[i], d, err, errlen) < 0)
			goto out;
	if (!l.n && (opt->repos_from.n || opt->discover.n)) {
		kh_errf(err, errlen, "no repository found in %s",
			opt->discover.n ? "the --discover directories"
					: "the --repos-from lists");
		goto out;
	}
	if (!l.n) { /* nothing named: the current repository, as git finds it */
		if (repolist_add(&l, ".", 1, err, errlen) < 0)
			goto out;
		l.v[0].here = 1;
	}
	if (l.n > 1 && opt->pre_push) {
		kh_errf(err, errlen, "--pre-push reads one repository's push: name one");
		goto out;
	}
	if (dedup(&l, d) < 0) {
		kh_errf(err, errlen, "out of memory");
		goto out;
	}
	/* as many repositories as shares or more: each worker takes every
	 * N-th; fewer: every worker walks each one and scans its share of
	 * the blobs */
	split_blobs = opt->shard_n && l.n < opt->shard_n;
	for (i = 0; i < l.n; i++)
		mine += !opt->shard_n || split_blobs ||
			i % opt->shard_n == opt->shard_k - 1;
	for (i = 0; i < l.n; i++) {
		int rc;

		if (opt->shard_n && !split_blobs && i % opt->shard_n != opt->shard_k - 1)
			continue;
		if (mine > 1)
			kh_progress_repo(&d->progress, done++, mine, l.v[i].name);
		rc = scan_one(opt, &l.v[i], split_blobs, e, d, now, out);
		if (rc < 0) {
			kh_errf(err, errlen, "out of memory while scanning %s",
				l.v[i].name);
			goto out;
		}
		*failed += (size_t)rc;
	}
	kh_findings_sort(out);
	ret = 0;
out:
	repolist_release(&l);
	kh_git_end();
	return ret;
}
