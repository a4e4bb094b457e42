/*
 * unit_ignore.c - the .keyhoundignore glob language and its index: fixed
 * cases, then thousands of random globs and paths where the indexed answer
 * must equal a plain reference that tries every glob with fnmatch.
 */
#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "diag.h"
#include "ignore.h"

static struct kh_diag diag;

/* An ignore list from text whose globs are relative to base. */
static int load(struct kh_ignore *ig, const char *text, const char *base)
{
	char err[256];
	size_t n = strlen(text);
	char *copy = malloc(n + 1);

	memset(ig, 0, sizeof(*ig));
	if (!copy)
		return -1;
	memcpy(copy, text, n + 1);
	if (kh_ignore_add(ig, copy, n, "test", base, NULL, &diag, err, sizeof(err)) < 0 ||
	    kh_ignore_finish(ig, err, sizeof(err)) < 0) {
		fprintf(stderr, "ignore: %s\n", err);
		return -1;
	}
	return 0;
}

static int skips(const char *text, const char *base, const char *path)
{
	struct kh_ignore ig;
	int hit;

	if (load(&ig, text, base) < 0) {
		kh_ignore_release(&ig);
		return -1;
	}
	hit = kh_ignore_path(&ig, path);
	kh_ignore_release(&ig);
	return hit;
}

static void test_language(void)
{
	static const struct {
		const char *globs, *base, *path;
		int want;
	} cases[] = {
		{ "fixtures", "", "fixtures", 1 },
		{ "fixtures", "", "a/fixtures/b/c.env", 1 },
		{ "fixtures", "", "a/myfixtures/c.env", 0 },
		{ "tests/fixtures", "", "x/tests/fixtures/k.env", 1 },
		{ "test/", "", "test", 0 },
		{ "test/", "", "test/a.env", 1 },
		{ "test/", "", "sub/test", 0 },
		{ "/build", "", "build/x", 1 },
		{ "/build", "", "src/build/x", 0 },
		{ "/build", "", "./build/x", 1 },
		{ "*.min.js", "", "web/app.min.js", 1 },
		{ "*.min.js", "", "web/app.js", 0 },
		{ "docs/**/*.md", "", "docs/a.md", 1 },
		{ "docs/**/*.md", "", "docs/x/y/a.md", 1 },
		{ "docs/**/*.md", "", "other/a.md", 0 },
		{ "**/secret.txt", "", "secret.txt", 1 },
		{ "**/secret.txt", "", "a/b/secret.txt", 1 },
		{ "a/**/b", "", "a/b", 1 },
		{ "a/**/b", "", "a/x/y/b", 1 },
		{ "key[0-9].pem", "", "k/key7.pem", 1 },
		{ "key[0-9].pem", "", "k/keyx.pem", 0 },
		/* relative to the directory that holds the file */
		{ "/build", "proj", "proj/build/x", 1 },
		{ "/build", "proj", "other/proj/build/x", 0 },
		{ "build", "proj", "elsewhere/build/x", 0 },
		/* the same literal twice: directory-only and not; anchored and not */
		{ "cfg/\ncfg", "", "cfg", 1 },
		{ "cfg\ncfg/", "", "cfg", 1 },
		{ "/cfg\ncfg", "", "a/cfg", 1 },
		{ "cfg\n/cfg", "", "a/cfg", 1 },
		/* not globs: never match */
		{ "*", "", "a", 0 },
		{ "src/[ab", "", "src/[ab", 0 },
	};
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		int got = skips(cases[i].globs, cases[i].base, cases[i].path);

		if (got != cases[i].want)
			fprintf(stderr, "case %zu: globs '%s' path '%s': got %d\n", i,
				cases[i].globs, cases[i].path, got);
		CHECK(got == cases[i].want);
	}
}

/* ---- reference: every glob tried on every range, no index ---------------- */

static int ref_fn(const char *pat, char *p, size_t len, int anchored, int dir_only)
{
	size_t end, start;

	for (end = 0; end <= len; end++) {
		char saved;
		int hit = 0;

		if (end < len && p[end] != '/')
			continue;
		if (end == len && dir_only)
			break;
		saved = p[end];
		p[end] = '\0';
		for (start = 0; start < end && !hit; start++) {
			if (start && (anchored || p[start - 1] != '/'))
				continue;
			hit = !fnmatch(pat, p + start, 0);
		}
		p[end] = saved;
		if (hit)
			return 1;
	}
	return 0;
}

/* Tries pat with each "**" + "/" at a directory start kept or dropped. */
static int ref_alts(const char *pat, size_t from, char *p, size_t len, int anchored,
		    int dir_only)
{
	const char *at = pat + from;

	while ((at = strstr(at, "**/")) && at != pat && at[-1] != '/')
		at++;
	if (!at)
		return ref_fn(pat, p, len, anchored, dir_only);
	{
		size_t off = (size_t)(at - pat), n = strlen(pat);
		char *dropped = malloc(n + 1);
		int hit;

		memcpy(dropped, pat, off);
		memcpy(dropped + off, at + 3, n - off - 2);
		hit = ref_alts(pat, off + 3, p, len, anchored, dir_only) ||
		      ref_alts(dropped, off, p, len, anchored, dir_only);
		free(dropped);
		return hit;
	}
}

static int ref_match(const char *glob, const char *path)
{
	char pat[256], p[256];
	size_t n;
	int anchored = 0, dir_only = 0, hit;

	anchored = glob[0] == '/';
	n = strlen(glob + anchored);
	if (n >= sizeof(pat) || strlen(path) >= sizeof(p))
		return 0;
	memcpy(pat, glob + anchored, n + 1);
	if (n && pat[n - 1] == '/') {
		dir_only = 1;
		pat[--n] = '\0';
	}
	memcpy(p, path, strlen(path) + 1);
	hit = ref_alts(pat, 0, p, strlen(p), anchored, dir_only);
	return hit;
}

static unsigned rnd_state = 12345;

static unsigned rnd(unsigned n)
{
	rnd_state = rnd_state * 1103515245u + 12345u;
	return (rnd_state >> 8) % n;
}

static const char *const words[] = { "src",   "lib",	"test",	   "docs",  "a",
				     "build", "vendor", "key.pem", "x.env", "cfg" };
#define NWORDS (sizeof(words) / sizeof(words[0]))

/* A path of 1 to 5 components from a vocabulary of 120 names. */
static void random_path(char *out, size_t cap)
{
	unsigned depth = 1 + rnd(5), i;
	size_t len = 0;

	out[0] = '\0';
	for (i = 0; i < depth; i++)
		len += (size_t)snprintf(out + len, cap - len, "%s%s%u", i ? "/" : "",
					words[rnd(NWORDS)], rnd(12));
}

static void random_glob(char *out, size_t cap)
{
	char a[64], b[64];

	random_path(a, sizeof(a));
	snprintf(b, sizeof(b), "%s%u", words[rnd(NWORDS)], rnd(12));
	switch (rnd(8)) {
	case 0: snprintf(out, cap, "%s", a); break;
	case 1: snprintf(out, cap, "/%s", a); break;
	case 2: snprintf(out, cap, "%s/", a); break;
	case 3:
		snprintf(out, cap, "*%s", b + rnd(3) % (strlen(b) ? strlen(b) : 1));
		break;
	case 4: snprintf(out, cap, "%s%u/**/%s", words[rnd(NWORDS)], rnd(12), b); break;
	case 5: snprintf(out, cap, "**/%s", b); break;
	case 6: snprintf(out, cap, "%s?", a); break;
	default: snprintf(out, cap, "%.2s*/%s", a, b); break;
	}
}

/* Many globs in one indexed list answer as the plain reference does. */
static void test_index_equals_reference(void)
{
	enum { NGLOBS = 400, NPATHS = 3000 };
	static char globs[NGLOBS][80];
	char *text = malloc(NGLOBS * 81), path[256];
	struct kh_ignore ig;
	size_t len = 0, i, k, hits = 0, mismatches = 0;

	if (!text)
		return;
	for (i = 0; i < NGLOBS; i++) {
		random_glob(globs[i], sizeof(globs[i]));
		len += (size_t)sprintf(text + len, "%s\n", globs[i]);
	}
	if (load(&ig, text, "") < 0) {
		CHECK(!"load");
		free(text);
		return;
	}
	for (k = 0; k < NPATHS; k++) {
		int want = 0, got;

		random_path(path, sizeof(path));
		for (i = 0; i < NGLOBS && !want; i++)
			want = ref_match(globs[i], path);
		got = kh_ignore_path(&ig, path);
		hits += (size_t)want;
		if (got != want && mismatches++ < 5)
			fprintf(stderr, "path %s: index %d, reference %d\n", path, got,
				want);
	}
	CHECK(mismatches == 0);
	CHECK(hits > 100 && hits < NPATHS - 100); /* both answers were exercised */
	kh_ignore_release(&ig);
	free(text);
}

int main(void)
{
	kh_diag_init(&diag, 1);
	test_language();
	test_index_equals_reference();
	kh_diag_release(&diag);
	return check_done("unit_ignore");
}
