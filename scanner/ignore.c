#include "ignore.h"

#include <errno.h>
#include <fnmatch.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "config.h"
#include "diag.h"
#include "finding.h"
#include "git_common.h"
#include "git_plain.h"
#include "rules.h"
#include "util.h"

#define IGNORE_MAX   (8u << 20) /* a list longer than this is a mistake */
#define MAX_STARSTAR 3		/* "**" + "/" per glob: 2^3 spellings tried */
#define NBUCKETS     4096u	/* trigram buckets (power of two) */

/* One path glob as written, made ready for fnmatch. */
struct ig_glob {
	const char *pat; /* without the leading and trailing '/' */
	char **pats;	 /* fnmatch patterns: see make_pats */
	size_t npats;
	unsigned anchored : 1; /* leading '/': only at the set's top */
	unsigned dir_only : 1; /* trailing '/': only directories */
	unsigned literal : 1;  /* no wildcard: hashed, never fnmatch'ed */
	unsigned ncomp;	       /* literal: how many path components */
};

struct ig_rule {
	const char *id;
	struct ig_glob *glob; /* NULL: everywhere */
};

/* One ignore file: its entries and the index of its globs. */
struct ig_set {
	char *text, *origin, *base;
	size_t baselen;
	struct ig_glob *globs;
	size_t nglobs, cap;
	struct ig_rule *rules;
	size_t nrules, rcap;
	/* literal globs: open addressing, slot = glob index + 1 (0: empty);
	 * [0] unanchored, [1] anchored */
	uint32_t *lit[2];
	size_t litcap;
	unsigned lit_maxcomp;
	/* the other globs: CSR buckets by a trigram each must contain, and
	 * those without one */
	uint32_t *bstart, *bitems, *always;
	size_t nalways;
};

static uint32_t hash_bytes(const char *s, size_t n)
{
	uint32_t h = 2166136261u;

	while (n--)
		h = (h ^ (unsigned char)*s++) * 16777619u;
	return h;
}

static uint32_t trigram(const char *s)
{
	return hash_bytes(s, 3) & (NBUCKETS - 1);
}

/* ---- parsing ------------------------------------------------------------- */

static int is_hex(const char *s, size_t *n, int *upper)
{
	*n = 0;
	*upper = 0;
	for (; s[*n]; (*n)++) {
		char c = s[*n];

		if (c >= 'A' && c <= 'F')
			*upper = 1;
		else if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
			return 0;
	}
	return 1;
}

int kh_glob_matches_all(const char *pat)
{
	if (pat[0] == '.' && pat[1] == '/')
		pat += 2;
	return strspn(pat, "*/") == strlen(pat);
}

/* NULL when pat is a usable glob, else why not. */
static const char *glob_problem(const char *pat)
{
	const char *p;

	if (!*pat)
		return "an empty path glob";
	if (kh_glob_matches_all(pat))
		return "a glob that matches every path (it would switch the scan off)";
	for (p = pat; *p; p++) {
		if (*p == '\\') {
			if (!*++p)
				return "a glob ending in a lone '\\'";
		} else if (*p == '[') {
			const char *q = p + 1;

			if (*q == '!' || *q == '^')
				q++;
			if (*q == ']')
				q++;
			q = strchr(q, ']');
			if (!q)
				return "a glob with an unclosed '['";
			p = q;
		}
	}
	return NULL;
}

/* The longest run of bytes every match of pat must contain, for the
 * trigram index: brackets, escapes, wildcards and the '/' of a "**" + "/"
 * (which may match nothing) end a run. */
static void longest_run(const char *pat, const char **at, size_t *len)
{
	const char *p = pat, *run = pat;

	*at = pat;
	*len = 0;
	for (;; p++) {
		int meta = !*p || strchr("*?[\\", *p) ||
			   (*p == '/' && p - pat >= 2 && p[-1] == '*' && p[-2] == '*');

		if (!meta)
			continue;
		if ((size_t)(p - run) > *len) {
			*at = run;
			*len = (size_t)(p - run);
		}
		if (!*p)
			return;
		if (*p == '[' && (p = strchr(p + 1, ']')) == NULL)
			return;
		if (*p == '\\' && p[1])
			p++;
		run = p + 1;
	}
}

static int push_pat(struct ig_glob *g, const char *pre, const char *body, size_t n,
		    const char *post)
{
	size_t len = strlen(pre) + n + strlen(post) + 1;
	char *t = malloc(len);

	if (!t)
		return -1;
	snprintf(t, len, "%s%.*s%s", pre, (int)n, body, post);
	g->pats[g->npats++] = t;
	return 0;
}

/*
 * The fnmatch patterns that together say where g matches a whole path:
 * for each spelling (each "**" + "/" at a directory start dropped, matching
 * no directory, or kept, matching one or more as '*' crosses '/') S: the
 * path itself (S; not for a directory-only glob), a directory above it
 * (S, '/', '*'), and unless anchored the same from any directory on ('*',
 * '/' before each). '*' crossing '/' makes these four fnmatch calls a
 * spelling say it, whatever the path's depth.
 * Returns 0, 1 (too many "**"), or -1 (out of memory).
 */
static int make_pats(struct ig_glob *g)
{
	const char *at[MAX_STARSTAR], *p;
	size_t n = 0, k, len = strlen(g->pat), mask;
	char *s;
	int ret = 0;

	for (p = g->pat; (p = strstr(p, "**/")); p += 3) {
		if (p != g->pat && p[-1] != '/')
			continue;
		if (n == MAX_STARSTAR)
			return 1;
		at[n++] = p;
	}
	g->pats = calloc((size_t)4 << n, sizeof(char *));
	s = malloc(len + 1);
	if (!g->pats || !s) {
		free(s);
		return -1;
	}
	for (mask = 0; mask < (size_t)1 << n && ret == 0; mask++) {
		char *o = s;

		for (p = g->pat; *p;) {
			for (k = 0; k < n && at[k] != p; k++)
				;
			if (k < n && (mask >> k & 1))
				p += 3;
			else
				*o++ = *p++;
		}
		ret = push_pat(g, "", s, (size_t)(o - s), "/*");
		if (!ret && !g->dir_only)
			ret = push_pat(g, "", s, (size_t)(o - s), "");
		if (!ret && !g->anchored)
			ret = push_pat(g, "*/", s, (size_t)(o - s), "/*");
		if (!ret && !g->anchored && !g->dir_only)
			ret = push_pat(g, "*/", s, (size_t)(o - s), "");
	}
	free(s);
	return ret;
}

static void glob_release(struct ig_glob *g)
{
	size_t i;

	for (i = 0; i < g->npats; i++)
		free(g->pats[i]);
	free(g->pats);
}

/*
 * Turns pat (NUL-terminated, modified in place) into g; the fnmatch
 * patterns are made for a glob with wildcards, or when `always`. Returns
 * 0, 1 with *why set when the glob is not usable, or -1 when out of memory.
 */
static int parse_glob(char *pat, struct ig_glob *g, int always, const char **why)
{
	size_t n;
	int rc;

	memset(g, 0, sizeof(*g));
	if (pat[0] == '.' && pat[1] == '/')
		pat += 2;
	if (*pat == '/') {
		g->anchored = 1;
		pat++;
	}
	n = strlen(pat);
	if (n && pat[n - 1] == '/') {
		g->dir_only = 1;
		pat[--n] = '\0';
	}
	if ((*why = glob_problem(pat)))
		return 1;
	g->pat = pat;
	g->literal = !strpbrk(pat, "*?[\\");
	if (g->literal) {
		const char *p;

		g->ncomp = 1;
		for (p = pat; (p = strchr(p, '/')); p++)
			g->ncomp++;
		if (!always)
			return 0; /* hashed: never fnmatch'ed */
	}
	rc = make_pats(g);
	if (rc == 1)
		*why = "a glob with more than three \"**/\"";
	if (rc)
		glob_release(g);
	return rc;
}

static int set_push_glob(struct ig_set *s, const struct ig_glob *g)
{
	if (kh_grow((void **)&s->globs, &s->cap, s->nglobs + 1, sizeof(*s->globs)) < 0)
		return -1;
	s->globs[s->nglobs++] = *g;
	return 0;
}

static int set_push_rule(struct ig_set *s, const char *id, struct ig_glob *g)
{
	if (kh_grow((void **)&s->rules, &s->rcap, s->nrules + 1, sizeof(*s->rules)) < 0)
		return -1;
	s->rules[s->nrules].id = id;
	s->rules[s->nrules].glob = g;
	s->nrules++;
	return 0;
}

/* "rule:ID" or "rule:ID:GLOB". Returns 0, 1 (warned) or -1 (no memory). */
static int parse_rule_line(struct ig_set *s, char *line, const struct kh_ruleset *rs,
			   struct kh_diag *d, size_t lineno)
{
	char *id = line + 5, *colon = strchr(id, ':');
	struct ig_glob *g = NULL;
	const char *why;
	int rc;

	if (colon)
		*colon = '\0';
	if (rs && !kh_rule_find(rs, id)) {
		kh_warn(d, "%s:%zu: no rule has this id; line not used", s->origin,
			lineno);
		return 1;
	}
	if (colon) {
		g = malloc(sizeof(*g));
		if (!g)
			return -1;
		rc = parse_glob(colon + 1, g, 1, &why);
		if (rc) {
			free(g);
			if (rc < 0)
				return -1;
			kh_warn(d, "%s:%zu: rule:%s:GLOB has %s; line not used",
				s->origin, lineno, id, why);
			return 1;
		}
	}
	if (set_push_rule(s, id, g) < 0) {
		if (g)
			glob_release(g);
		free(g);
		return -1;
	}
	return 0;
}

/* Sorts one line into a fingerprint, a rule: line or a glob; warns about
 * a line that is none. Returns 0, or -1 when out of memory. */
static int parse_line(struct kh_ignore *ig, struct ig_set *s, char *line,
		      const struct kh_ruleset *rs, struct kh_diag *d, size_t lineno)
{
	struct ig_glob g;
	const char *why;
	size_t n;
	int upper, rc;

	if (is_hex(line, &n, &upper) && n == 32 && !upper)
		return kh_strlist_push(&ig->fps, line);
	if (is_hex(line, &n, &upper) && n >= 16 && n <= 64) {
		if (n == 32)
			kh_warn(d,
				"%s:%zu: a fingerprint in capitals; fingerprints are "
				"lower-case hex, line not used",
				s->origin, lineno);
		else
			kh_warn(d,
				"%s:%zu: %zu hex digits look like a fingerprint, but a "
				"fingerprint has 32; line not used",
				s->origin, lineno, n);
		return 0;
	}
	if (!strncmp(line, "rule:", 5))
		return parse_rule_line(s, line, rs, d, lineno) < 0 ? -1 : 0;
	if (rs && kh_rule_find(rs, line)) {
		kh_warn(d,
			"%s:%zu: '%s' is a rule id, not a path; write 'rule:%s' to "
			"suppress the rule, line not used",
			s->origin, lineno, line, line);
		return 0;
	}
	rc = parse_glob(line, &g, 0, &why);
	if (rc < 0)
		return -1;
	if (rc) {
		kh_warn(d, "%s:%zu: %s; line not used", s->origin, lineno, why);
		return 0;
	}
	if (set_push_glob(s, &g) < 0) {
		glob_release(&g);
		return -1;
	}
	return 0;
}

static void set_free(struct ig_set *s)
{
	size_t i;

	if (!s)
		return;
	for (i = 0; i < s->nglobs; i++)
		glob_release(&s->globs[i]);
	for (i = 0; i < s->nrules; i++) {
		if (s->rules[i].glob)
			glob_release(s->rules[i].glob);
		free(s->rules[i].glob);
	}
	free(s->globs);
	free(s->rules);
	free(s->lit[0]);
	free(s->lit[1]);
	free(s->bstart);
	free(s->bitems);
	free(s->always);
	free(s->text);
	free(s->origin);
	free(s->base);
	free(s);
}

int kh_ignore_add(struct kh_ignore *ig, char *text, size_t len, const char *origin,
		  const char *base, const struct kh_ruleset *rs, struct kh_diag *d,
		  char *err, size_t errlen)
{
	struct ig_set *s = calloc(1, sizeof(*s)), **v;
	char *line, *next;
	size_t lineno = 0;

	if (!s || !(v = realloc(ig->sets, (ig->nsets + 1) * sizeof(*v)))) {
		free(s);
		free(text);
		return kh_errf(err, errlen, "%s: out of memory", origin);
	}
	ig->sets = v;
	ig->sets[ig->nsets++] = s;
	s->text = text;
	s->text[len] = '\0';
	s->origin = strdup(origin);
	s->base = strdup(base);
	if (!s->origin || !s->base)
		return kh_errf(err, errlen, "%s: out of memory", origin);
	s->baselen = strlen(base);
	for (line = s->text; line; line = next) {
		char *hash, *end;

		lineno++;
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		/* a comment runs from '#' at the start or after white space */
		for (hash = line; (hash = strchr(hash, '#')); hash++)
			if (hash == line || hash[-1] == ' ' || hash[-1] == '\t') {
				*hash = '\0';
				break;
			}
		line += strspn(line, " \t");
		end = line + strlen(line);
		while (end > line && strchr(" \t\r", end[-1]))
			*--end = '\0';
		if (*line && parse_line(ig, s, line, rs, d, lineno) < 0)
			return kh_errf(err, errlen, "%s: out of memory", origin);
	}
	return 0;
}

/* ---- index ----------------------------------------------------------------- */

static int lit_insert(struct ig_set *s, uint32_t idx)
{
	const struct ig_glob *g = &s->globs[idx];
	uint32_t *t = s->lit[g->anchored];
	size_t len = strlen(g->pat), i;

	for (i = hash_bytes(g->pat, len) & (s->litcap - 1);;
	     i = (i + 1) & (s->litcap - 1)) {
		const struct ig_glob *o;

		if (!t[i]) {
			t[i] = idx + 1;
			return 0;
		}
		o = &s->globs[t[i] - 1];
		if (!strcmp(o->pat, g->pat)) {
			if (o->dir_only && !g->dir_only)
				t[i] = idx + 1; /* the wider of two */
			return 0;
		}
	}
}

static int set_index(struct ig_set *s)
{
	size_t i, nlit = 0, *fill = NULL;
	uint32_t *key = NULL;

	for (i = 0; i < s->nglobs; i++)
		nlit += s->globs[i].literal;
	for (s->litcap = 16; s->litcap < 2 * nlit + 2; s->litcap *= 2)
		;
	s->lit[0] = calloc(s->litcap, sizeof(uint32_t));
	s->lit[1] = calloc(s->litcap, sizeof(uint32_t));
	s->bstart = calloc(NBUCKETS + 1, sizeof(uint32_t));
	s->bitems = calloc(s->nglobs + 1, sizeof(uint32_t));
	s->always = calloc(s->nglobs + 1, sizeof(uint32_t));
	key = calloc(s->nglobs + 1, sizeof(uint32_t));
	fill = calloc(NBUCKETS, sizeof(size_t));
	if (!s->lit[0] || !s->lit[1] || !s->bstart || !s->bitems || !s->always || !key ||
	    !fill) {
		free(key);
		free(fill);
		return -1;
	}
	for (i = 0; i < s->nglobs; i++) {
		const struct ig_glob *g = &s->globs[i];
		const char *at;
		size_t len;

		key[i] = UINT32_MAX;
		if (g->literal) {
			lit_insert(s, (uint32_t)i);
			if (g->ncomp > s->lit_maxcomp)
				s->lit_maxcomp = g->ncomp;
			continue;
		}
		longest_run(g->pat, &at, &len);
		if (len < 3) {
			s->always[s->nalways++] = (uint32_t)i;
			continue;
		}
		key[i] = trigram(at);
		s->bstart[key[i] + 1]++;
	}
	for (i = 0; i < NBUCKETS; i++)
		s->bstart[i + 1] += s->bstart[i];
	for (i = 0; i < s->nglobs; i++)
		if (key[i] != UINT32_MAX)
			s->bitems[s->bstart[key[i]] + fill[key[i]]++] = (uint32_t)i;
	free(key);
	free(fill);
	return 0;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

int kh_ignore_finish(struct kh_ignore *ig, char *err, size_t errlen)
{
	size_t i;

	for (i = 0; i < ig->nsets; i++)
		if (set_index(ig->sets[i]) < 0)
			return kh_errf(err, errlen, "out of memory");
	if (ig->fps.n)
		kh_sort(ig->fps.v, ig->fps.n, sizeof(*ig->fps.v), cmp_str);
	return 0;
}

/* ---- matching ---------------------------------------------------------------- */

/*
 * 1 when g matches path p relative to its set: the path itself or a
 * directory above it (not the path itself for a directory-only glob),
 * whole or from a directory boundary on (only whole when anchored).
 */
static int glob_hits(const struct ig_glob *g, const char *p)
{
	size_t k;

	for (k = 0; k < g->npats; k++)
		if (!fnmatch(g->pats[k], p, 0))
			return 1;
	return 0;
}

static int lit_lookup(const struct ig_set *s, int anchored, const char *p, size_t n,
		      int at_end)
{
	const uint32_t *t = s->lit[anchored];
	size_t i;

	for (i = hash_bytes(p, n) & (s->litcap - 1); t[i];
	     i = (i + 1) & (s->litcap - 1)) {
		const struct ig_glob *g = &s->globs[t[i] - 1];

		if (!strncmp(g->pat, p, n) && !g->pat[n])
			return !(at_end && g->dir_only);
	}
	return 0;
}

/* Literal globs: every run of up to lit_maxcomp whole components. */
static int lit_hits(const struct ig_set *s, const char *p, size_t len)
{
	size_t start, end;
	unsigned comps;

	if (!s->lit_maxcomp)
		return 0;
	for (start = 0; start < len; start++) {
		if (start && p[start - 1] != '/')
			continue;
		for (end = start, comps = 0; end <= len; end++) {
			if (end < len && p[end] != '/')
				continue;
			if (++comps > s->lit_maxcomp)
				break;
			if ((!start && lit_lookup(s, 1, p, end, end == len)) ||
			    lit_lookup(s, 0, p + start, end - start, end == len))
				return 1;
		}
	}
	return 0;
}

/* 1 when a glob of s matches p (relative to s): the literal ones by hash,
 * the others only when p holds the trigram they are filed under. */
static int set_hits(const struct ig_set *s, const char *p)
{
	unsigned char seen[NBUCKETS / 8];
	size_t i, k, len = strlen(p);

	if (lit_hits(s, p, len))
		return 1;
	for (i = 0; i < s->nalways; i++)
		if (glob_hits(&s->globs[s->always[i]], p))
			return 1;
	if (s->bstart[NBUCKETS] == 0)
		return 0;
	memset(seen, 0, sizeof(seen));
	for (i = 0; i + 3 <= len; i++) {
		uint32_t b = trigram(p + i);

		if (seen[b / 8] & (1u << (b % 8)))
			continue;
		seen[b / 8] |= (unsigned char)(1u << (b % 8));
		for (k = s->bstart[b]; k < s->bstart[b + 1]; k++)
			if (glob_hits(&s->globs[s->bitems[k]], p))
				return 1;
	}
	return 0;
}

/* The part of path the set's globs see, or NULL when path is not under
 * the set's base. */
static const char *rel_to(const char *base, size_t baselen, const char *path)
{
	if (baselen) {
		if (strncmp(path, base, baselen) || path[baselen] != '/')
			return NULL;
		path += baselen + 1;
	}
	while (path[0] == '.' && path[1] == '/')
		path += 2;
	return path;
}

static const char *rel_path(const struct ig_set *s, const char *path)
{
	return rel_to(s->base, s->baselen, path);
}

int kh_ignore_path(struct kh_ignore *ig, const char *path)
{
	size_t i;

	if (!ig)
		return 0;
	for (i = 0; i < ig->nsets; i++) {
		const char *rel = rel_path(ig->sets[i], path);

		if (rel && set_hits(ig->sets[i], rel)) {
			atomic_fetch_add(&ig->paths_skipped, 1);
			return 1;
		}
	}
	return 0;
}

int kh_excluded(const struct kh_options *opt, const char *path)
{
	return kh_path_excluded(&opt->excludes, path) ||
	       kh_ignore_path(opt->ignore, path) || kh_config_excludes(opt->config, path);
}

/* ---- one glob on its own (.keyhound.json) ------------------------------------ */

struct kh_pathglob {
	struct ig_glob g;
	char *text;
};

struct kh_pathglob *kh_pathglob_new(const char *pat, const char **why)
{
	struct kh_pathglob *k = calloc(1, sizeof(*k));

	*why = NULL;
	if (!k || !(k->text = strdup(pat))) {
		free(k);
		return NULL;
	}
	if (parse_glob(k->text, &k->g, 1, why)) {
		free(k->text);
		free(k);
		return NULL;
	}
	return k;
}

int kh_pathglob_hits(const struct kh_pathglob *g, const char *base, const char *path)
{
	const char *rel = rel_to(base, strlen(base), path);

	return rel && glob_hits(&g->g, rel);
}

void kh_pathglob_free(struct kh_pathglob *g)
{
	if (!g)
		return;
	glob_release(&g->g);
	free(g->text);
	free(g);
}

enum kh_ignore_why kh_ignore_finding(const struct kh_ignore *ig,
				     const struct kh_finding *f)
{
	const char *fp = f->fingerprint;
	size_t i, k;

	if (ig->fps.n &&
	    kh_search(&fp, ig->fps.v, ig->fps.n, sizeof(*ig->fps.v), cmp_str))
		return KH_IGNORE_FINGERPRINT;
	for (i = 0; i < ig->nsets; i++) {
		const struct ig_set *s = ig->sets[i];
		const char *rel = f->file ? rel_path(s, f->file) : NULL;

		for (k = 0; k < s->nrules; k++) {
			if (strcmp(s->rules[k].id, f->rule->id))
				continue;
			if (!s->rules[k].glob ||
			    (rel && glob_hits(s->rules[k].glob, rel)))
				return KH_IGNORE_RULE;
		}
	}
	return KH_IGNORE_KEEP;
}

void kh_ignore_release(struct kh_ignore *ig)
{
	size_t i;

	if (!ig)
		return;
	for (i = 0; i < ig->nsets; i++)
		set_free(ig->sets[i]);
	free(ig->sets);
	free(ig->fps.v);
	memset(ig, 0, sizeof(*ig));
}

/* ---- finding the files ------------------------------------------------------- */

static int load_file(struct kh_ignore *ig, const char *path, const char *base,
		     int required, const struct kh_ruleset *rs, struct kh_diag *d,
		     char *err, size_t errlen)
{
	unsigned char *buf;
	size_t len;

	switch (kh_read_path(path, IGNORE_MAX, &buf, &len)) {
	case KH_READ_OK: break;
	case KH_READ_TOO_LARGE:
		return kh_errf(err, errlen, "%s: ignore file larger than 8 MiB", path);
	default:
		if (errno == ENOENT && !required)
			return 0;
		return kh_errf(err, errlen, "%s: cannot open ignore file: %s", path,
			       strerror(errno));
	}
	return kh_ignore_add(ig, (char *)buf, len, path, base, rs, d, err, errlen);
}

/* .keyhoundignore in the tree of commit `rev`; none there is no error. */
static int load_from_rev(struct kh_ignore *ig, git_repository *repo, const char *name,
			 const char *rev, const struct kh_ruleset *rs, struct kh_diag *d,
			 char *err, size_t errlen)
{
	struct kh_strbuf origin;
	char *text, msg[512];
	size_t len;
	int ret;

	ret = kh_git_read_file(repo, rev, ".keyhoundignore", IGNORE_MAX, &text, &len, msg,
			       sizeof(msg));
	if (ret)
		return ret < 0 ? kh_errf(err, errlen, "%s: %s", name, msg) : 0;
	kh_strbuf_init(&origin, 1u << 16);
	kh_strbuf_addf(&origin, "%s:.keyhoundignore", rev);
	if (origin.failed) {
		free(text);
		ret = kh_errf(err, errlen, "out of memory");
	} else {
		ret = kh_ignore_add(ig, text, len, origin.s, "", rs, d, err, errlen);
	}
	kh_strbuf_release(&origin);
	return ret;
}

/* The ignore file at the top of work tree `dir` (ending in '/'). */
static int load_top(struct kh_ignore *ig, const char *dir, const struct kh_ruleset *rs,
		    struct kh_diag *d, char *err, size_t errlen)
{
	struct kh_strbuf f;
	int ret;

	kh_strbuf_init(&f, 1u << 16);
	kh_strbuf_addf(&f, "%s.keyhoundignore", dir);
	ret = f.failed ? kh_errf(err, errlen, "out of memory")
		       : load_file(ig, f.s, "", 0, rs, d, err, errlen);
	kh_strbuf_release(&f);
	return ret;
}

/* The repository's ignore file: from --ignore-from's commit, else at the
 * top of its work tree, else (bare) in HEAD's tree. A path that is not a
 * repository is left to the scan to report. */
static int load_repo(struct kh_ignore *ig, const char *path, const char *rev,
		     const struct kh_ruleset *rs, struct kh_diag *d, char *err,
		     size_t errlen)
{
	git_repository *repo = NULL;
	struct kh_plain plain = { 0 };
	char msg[256];
	int ret = 0;

	kh_git_begin();
	/* a plain work tree is found without loading libgit2 */
	if (!rev && kh_plain_open(&plain, path) == 0) {
		ret = load_top(ig, plain.workdir, rs, d, err, errlen);
	} else if (kh_git_open(&repo, path, msg, sizeof(msg)) < 0) {
		ret = rev ? kh_errf(err, errlen, "--ignore-from: %s", msg) : 0;
	} else if (rev) {
		ret = load_from_rev(ig, repo, path ? path : ".", rev, rs, d, err, errlen);
	} else if (git_repository_workdir(repo)) {
		ret = load_top(ig, git_repository_workdir(repo), rs, d, err, errlen);
	} else if (!git_repository_head_unborn(repo)) {
		ret = load_from_rev(ig, repo, path ? path : ".", "HEAD", rs, d, err,
				    errlen);
	}
	git_repository_free(repo);
	kh_plain_release(&plain);
	kh_git_end();
	return ret;
}

int kh_each_named_dir(const struct kh_options *opt,
		      int (*fn)(const char *dir, void *payload), void *payload)
{
	struct stat here, st;
	int have_here = stat(".", &here) == 0;
	size_t i;

	for (i = 0; i < opt->paths.n; i++) {
		const char *dir = opt->paths.v[i];
		struct kh_strbuf base;
		size_t k;
		int ret = 0, dup = 0;

		if (stat(dir, &st) < 0 || !S_ISDIR(st.st_mode) ||
		    (have_here && st.st_dev == here.st_dev && st.st_ino == here.st_ino))
			continue;
		for (k = 0; k < i; k++) /* the same directory twice */
			dup |= !strcmp(opt->paths.v[k], dir);
		if (dup)
			continue;
		kh_strbuf_init(&base, 1u << 16);
		kh_strbuf_addf(&base, "%s", dir);
		while (base.len > 1 && base.s[base.len - 1] == '/')
			base.s[--base.len] = '\0';
		ret = base.failed ? -2 : fn(base.s, payload);
		kh_strbuf_release(&base);
		if (ret)
			return ret;
	}
	return 0;
}

struct named_load {
	struct kh_ignore *ig;
	const struct kh_ruleset *rs;
	struct kh_diag *d;
	char *err;
	size_t errlen;
};

static int load_named(const char *dir, void *payload)
{
	struct named_load *nl = payload;
	struct kh_strbuf f;
	int ret;

	kh_strbuf_init(&f, 1u << 16);
	kh_strbuf_addf(&f, "%s/.keyhoundignore", dir);
	ret = f.failed ? kh_errf(nl->err, nl->errlen, "out of memory")
		       : load_file(nl->ig, f.s, dir, 0, nl->rs, nl->d, nl->err,
				   nl->errlen);
	kh_strbuf_release(&f);
	return ret;
}

int kh_ignore_setup(struct kh_ignore *ig, const struct kh_options *opt, int in_repo,
		    const struct kh_ruleset *rs, struct kh_diag *d, char *err,
		    size_t errlen)
{
	int rc;

	memset(ig, 0, sizeof(*ig));
	if (opt->ignore_file) {
		if (load_file(ig, opt->ignore_file, "", 1, rs, d, err, errlen) < 0)
			return -1;
	} else if (in_repo || opt->ignore_from) {
		if (load_repo(ig, opt->paths.n && in_repo ? opt->paths.v[0] : NULL,
			      opt->ignore_from, rs, d, err, errlen) < 0)
			return -1;
	} else {
		/* scan: here, and the top of each directory named */
		struct named_load nl = { ig, rs, d, err, errlen };

		if (load_file(ig, ".keyhoundignore", "", 0, rs, d, err, errlen) < 0)
			return -1;
		rc = kh_each_named_dir(opt, load_named, &nl);
		if (rc < 0)
			return rc == -2 ? kh_errf(err, errlen, "out of memory") : -1;
	}
	return kh_ignore_finish(ig, err, errlen);
}
