#include "path_rules.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

#define GLOB_MAX      200 /* bytes of one glob */
#define END_HASHES    1024
#define END_TRIED_MAX 64 /* rules one path is tried on at once */

/* One glob of a path rule, with the literal end every path it matches
 * has (the last component's text after its last wildcard): most paths
 * are turned away by one comparison. Its longest text between wildcards
 * is in every path it matches too: a .txt file outside any "openvpn/"
 * directory is not tried on each directory tail of its path against
 * OpenVPN's glob for .txt files. */
struct path_glob {
	const char *glob;
	const char *tail;
	size_t tail_len;
	const char *run;
	size_t run_len;
};

struct path_rule {
	size_t rule; /* index in the ruleset: its bit in a hit set */
	struct path_glob *globs;
	size_t nglobs;
};

struct kh_path_rules {
	struct path_rule *v;
	size_t n;
	/* a path is tried only on the rules one of whose globs ends in its
	 * last two bytes: by end_hash(), the rules' indices in v are
	 * by_end[start[h] .. start[h + 1]) */
	uint32_t start[END_HASHES + 1];
	uint32_t *by_end;
	uint64_t *mask; /* the path rules' bits */
	size_t words;	/* of mask: to the last path rule's */
};

int kh_path_glob_check(const char *glob, char *why, size_t whylen)
{
	size_t n = strlen(glob), i;

	if (!n)
		return kh_errf(why, whylen, "empty glob");
	if (n > GLOB_MAX)
		return kh_errf(why, whylen, "longer than %d bytes", GLOB_MAX);
	if (glob[0] == '/' || glob[n - 1] == '/')
		return kh_errf(why, whylen,
			       "starts or ends with '/' (a glob names a file by its "
			       "last components)");
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)glob[i];

		if (c < 0x20 || c == 0x7f || c == '[' || c == '\\')
			return kh_errf(why, whylen,
				       "unsupported character (only '*', '?' and '**')");
	}
	if (glob[n - 1] == '*' || glob[n - 1] == '?')
		return kh_errf(why, whylen,
			       "ends in a wildcard (a path rule names the end of a file "
			       "name, \".pgpass\" or \"*.key\", so other files cost "
			       "nothing)");
	return 0;
}

/* A hash of a name's last byte and the one before it (0 when none). */
static unsigned end_hash(unsigned char last, unsigned char before)
{
	return ((unsigned)last << 3 ^ before) & (END_HASHES - 1);
}

/* Marks the end hashes of the paths glob g may match (a tail of one
 * byte: any byte before it). */
static void set_end(uint64_t *ends, unsigned h)
{
	ends[h / 64] |= 1ull << (h % 64);
}

static void mark_end(uint64_t *ends, const struct path_glob *g)
{
	unsigned char last = (unsigned char)g->tail[g->tail_len - 1];
	unsigned b;

	if (g->tail_len > 1) {
		set_end(ends, end_hash(last, (unsigned char)g->tail[g->tail_len - 2]));
		return;
	}
	for (b = 0; b < 256; b++)
		set_end(ends, end_hash(last, (unsigned char)b));
}

/* by_end and start from each rule's globs' end hashes (each rule once per
 * hash). */
static int index_ends(struct kh_path_rules *p)
{
	uint64_t ends[END_HASHES / 64];
	uint32_t fill[END_HASHES];
	size_t i, j, h, w, total = 0;

	for (h = 0; h <= END_HASHES; h++)
		p->start[h] = 0;
	for (int pass = 0; pass < 2; pass++) {
		for (i = 0; i < p->n; i++) {
			memset(ends, 0, sizeof(ends));
			for (j = 0; j < p->v[i].nglobs; j++)
				mark_end(ends, &p->v[i].globs[j]);
			/* the hashes set, in increasing order (a glob sets one
			 * or a few of the 1,024: a test of each was 0.8M
			 * instructions of a pre-commit run's start) */
			for (w = 0; w < END_HASHES / 64; w++) {
				uint64_t bits = ends[w];

				for (; bits; bits &= bits - 1) {
					h = w * 64 + (size_t)__builtin_ctzll(bits);
					if (pass == 0)
						p->start[h + 1]++;
					else
						p->by_end[fill[h]++] = (uint32_t)i;
				}
			}
		}
		if (pass == 0) {
			for (h = 0; h < END_HASHES; h++)
				p->start[h + 1] += p->start[h];
			total = p->start[END_HASHES];
			if (!(p->by_end =
				      malloc((total ? total : 1) * sizeof(*p->by_end))))
				return -1;
			memcpy(fill, p->start, sizeof(fill));
		}
	}
	return 0;
}

static void glob_init(struct path_glob *pg, const char *glob)
{
	const char *t = glob + strlen(glob), *p;

	while (t > glob && !strchr("*?/", t[-1]))
		t--;
	pg->glob = glob;
	pg->tail = t;
	pg->tail_len = strlen(t);
	/* kh_glob_match drops a leading "./" */
	for (p = glob[0] == '.' && glob[1] == '/' ? glob + 2 : glob; *p;) {
		size_t n = strcspn(p, "*?");

		if (n > pg->run_len) {
			pg->run = p;
			pg->run_len = n;
		}
		p += n + (p[n] != 0);
	}
}

int kh_path_rules_new(struct kh_path_rules **out, const struct kh_ruleset *rs)
{
	struct kh_path_rules *p = NULL;
	size_t i, j, n = 0;

	*out = NULL;
	for (i = 0; i < rs->n; i++)
		n += rs->v[i].npaths > 0;
	if (!n)
		return 0;
	if (!(p = calloc(1, sizeof(*p))) || !(p->v = calloc(n, sizeof(*p->v))))
		goto oom;
	for (i = 0; i < rs->n; i++)
		if (rs->v[i].npaths)
			p->words = i / 64 + 1;
	if (!(p->mask = calloc(p->words, sizeof(*p->mask))))
		goto oom;
	for (i = 0; i < rs->n; i++) {
		const struct kh_rule *r = &rs->v[i];
		struct path_rule *pr = &p->v[p->n];

		if (!r->npaths)
			continue;
		p->n++;
		pr->rule = i;
		if (!(pr->globs = calloc(r->npaths, sizeof(*pr->globs))))
			goto oom;
		for (j = 0; j < r->npaths; j++)
			glob_init(&pr->globs[j], r->paths[j]);
		p->mask[i / 64] |= 1ull << (i % 64);
		pr->nglobs = r->npaths;
	}
	if (index_ends(p) < 0)
		goto oom;
	*out = p;
	return 0;
oom:
	kh_path_rules_free(p);
	return -1;
}

void kh_path_rules_free(struct kh_path_rules *p)
{
	size_t i;

	if (!p)
		return;
	for (i = 0; i < p->n; i++)
		free(p->v[i].globs);
	free(p->v);
	free(p->by_end);
	free(p->mask);
	free(p);
}

/* Whether glob matches path, or the member path after an archive's last '!'. */
static int glob_selects(const char *glob, const char *path)
{
	const char *member;

	if (kh_glob_match(glob, path))
		return 1;
	member = strrchr(path, '!');
	return member && kh_glob_match(glob, member + 1);
}

static int selects(const struct path_rule *pr, const char *path, size_t len)
{
	size_t i;

	for (i = 0; i < pr->nglobs; i++) {
		const struct path_glob *g = &pr->globs[i];

		if (g->tail_len <= len &&
		    !memcmp(path + len - g->tail_len, g->tail, g->tail_len) &&
		    kh_memmem(path, len, g->run, g->run_len) &&
		    glob_selects(g->glob, path))
			return 1;
	}
	return 0;
}

void kh_path_rules_apply(const struct kh_path_rules *p, const char *path, uint64_t *hits)
{
	size_t i, j, len, kept[END_TRIED_MAX], n = 0;
	unsigned h;

	if (!p)
		return;
	len = path ? strlen(path) : 0;
	h = len ? end_hash((unsigned char)path[len - 1],
			   len > 1 ? (unsigned char)path[len - 2] : 0)
		: 0;
	if (len && p->start[h + 1] - p->start[h] > END_TRIED_MAX) {
		for (i = 0; i < p->n; i++) {
			size_t r = p->v[i].rule;
			uint64_t bit = 1ull << (r % 64);

			if ((hits[r / 64] & bit) && !selects(&p->v[i], path, len))
				hits[r / 64] &= ~bit;
		}
		return;
	}
	/* only the rules a glob of which ends as the path does can select it */
	if (len)
		for (j = p->start[h]; j < p->start[h + 1]; j++) {
			const struct path_rule *pr = &p->v[p->by_end[j]];

			if ((hits[pr->rule / 64] & (1ull << (pr->rule % 64))) &&
			    selects(pr, path, len))
				kept[n++] = pr->rule;
		}
	for (i = 0; i < p->words; i++)
		hits[i] &= ~p->mask[i];
	for (i = 0; i < n; i++)
		hits[kept[i] / 64] |= 1ull << (kept[i] % 64);
}

/* Whether glob g selects a member of an archive at path named by g's
 * literal end: a glob's wildcards match across an archive's name (the
 * glob openvpn/ then *.txt selects openvpn/x.zip!a.txt). */
static int member_selects(const struct path_glob *g, const char *path, size_t len)
{
	char small[512], *m = len + g->tail_len + 2 <= sizeof(small)
				      ? small
				      : malloc(len + g->tail_len + 2);
	int ret;

	if (!m)
		return 1; /* out of memory: a profile of its own */
	memcpy(m, path, len);
	m[len] = '!';
	memcpy(m + len + 1, g->tail, g->tail_len + 1);
	ret = kh_memmem(m, len + 1 + g->tail_len, g->run, g->run_len) &&
	      glob_selects(g->glob, m);
	if (m != small)
		free(m);
	return ret;
}

size_t kh_path_rules_profile(const struct kh_path_rules *p, const char *path,
			     unsigned char *bits, size_t n, size_t cap)
{
	size_t i, j, len = strlen(path);

	for (i = 0; p && i < p->n; i++) {
		if (n < cap)
			bits[n] = selects(&p->v[i], path, len);
		n++;
		for (j = 0; j < p->v[i].nglobs; j++) {
			const struct path_glob *g = &p->v[i].globs[j];

			if (g->run == g->tail) /* "*.key": the member's name decides */
				continue;
			if (n < cap)
				bits[n] = member_selects(g, path, len);
			n++;
		}
	}
	return n;
}
