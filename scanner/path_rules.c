#include "path_rules.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

#define GLOB_MAX  200 /* bytes of one glob */
#define KEY_SIGNS 1024

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
	size_t anchor; /* run[anchor]: the byte of the run paths hold least
			* often, searched for first (openvpn/ then *.txt is
			* searched for by its 'v', not at every 'o' of every
			* .txt's path) */
};

struct path_rule {
	size_t rule; /* index in the ruleset: its bit in a hit set */
	struct path_glob *globs;
	size_t nglobs;
};

/* The globs of one key (glob_key): globs[lo .. hi). */
struct key_slot {
	const char *key; /* NULL: an empty slot */
	size_t key_len;
	uint32_t lo, hi;
};

/*
 * All rules' globs as one matcher: each distinct glob once (rules that
 * share a glob confirm it once), filed under the key every path it
 * matches has (glob_key), so a path is tried only on the globs of its
 * own key, found by one hash lookup, and on the few globs no key
 * describes. Tried on every path, the globs' cost grew with the rules.
 */
struct kh_path_rules {
	struct path_rule *v; /* by rule: for the path profile */
	size_t n;
	struct path_glob *globs; /* distinct, by key */
	size_t nglobs;
	uint32_t *first; /* [glob]: its rules are rules[first[g] .. first[g + 1]) */
	uint32_t *rules; /* ruleset indices */
	struct key_slot *slots;
	size_t nslots; /* a power of two */
	/* by key_sign(): whether a key may be in slots, asked before the
	 * hash (a kernel's ".c" and ".h" files stop here) */
	uint64_t signs[KEY_SIGNS / 64];
	uint32_t keyless; /* globs[keyless .. nglobs) have no key */
	/* those globs by their tail's last byte, which a path they match
	 * ends in: a path is tried only on the globs of its last byte,
	 * by_end[end_first[c] .. end_first[c + 1]) (a kernel's ".c" and ".h"
	 * on none, a ".rst" or ".txt" on the 4 of 22 that end in 't', not
	 * on all: a rule without keywords is hit in every file, so its globs
	 * were all tried). any_end: one has an empty tail (which
	 * kh_path_glob_check refuses), all are tried. */
	uint32_t *by_end;
	uint32_t end_first[257];
	int any_end;
	uint64_t *mask; /* the path rules' bits */
	size_t words;	/* of mask: to the last path rule's */
	uint32_t *live; /* the words of mask not 0 (most are: a path rule's
			 * bits are cleared where they are, not in all words) */
	size_t nlive;
};

/* How often each byte is in a path, roughly: its place in this list, most
 * often first; a byte not in it (a digit, a capital) is rarer than all.
 * (A table filled once per rule set: a strchr() a run's byte cost the
 * engine's start 0.25M.) */
static void path_byte_ranks(unsigned char rank[256])
{
	static const char common[] = "/.eainrstodlcumhp_-gfbvkyw";
	size_t i;

	memset(rank, sizeof(common), 256);
	for (i = 0; common[i]; i++)
		rank[(unsigned char)common[i]] = (unsigned char)i;
}

/* Whether g's run is in path[0..len): kh_memmem() by the run's rarest
 * byte, not its first. */
static int run_in(const struct path_glob *g, const char *path, size_t len)
{
	const char *p, *end;

	if (g->run_len > len)
		return 0;
	if (!g->run_len)
		return 1;
	/* the anchor's places: a start in path[0 .. len - run_len] */
	p = path + g->anchor;
	end = path + len - g->run_len + g->anchor + 1;
	while (p < end && (p = memchr(p, g->run[g->anchor], (size_t)(end - p)))) {
		const char *q = p - g->anchor;

		/* (its first and last bytes before the call) */
		if (q[0] == g->run[0] && q[g->run_len - 1] == g->run[g->run_len - 1] &&
		    !memcmp(q, g->run, g->run_len))
			return 1;
		p++;
	}
	return 0;
}

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

static void glob_init(struct path_glob *pg, const char *glob,
		      const unsigned char rank[256])
{
	const char *t = glob + strlen(glob), *p;
	size_t i;

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
	for (i = 1; i < pg->run_len; i++)
		if (rank[(unsigned char)pg->run[i]] >
		    rank[(unsigned char)pg->run[pg->anchor]])
			pg->anchor = i;
}

/* A file name's key: its text after its last '.', or all of it. */
static const char *name_key(const char *name, size_t len, size_t *key_len)
{
	const char *dot = memrchr(name, '.', len);

	*key_len = dot ? len - (size_t)(dot + 1 - name) : len;
	return dot ? dot + 1 : name;
}

/*
 * The key of the paths glob g matches, or NULL when they have none in
 * common. A path's file name is its text after its last '/' or '!' (an
 * archive's member); a matched path ends in g's tail, which holds neither,
 * so the name ends in the tail: the name's key is the tail's when the tail
 * holds a '.' ("*.key", "*-realm.properties"), and the tail itself when
 * the tail is the glob's whole last component ("keyfile",
 * "borg/passphrase"). A tail after a wildcard without a '.' ("*rc") has
 * none.
 */
static const char *glob_key(const struct path_glob *g, size_t *key_len)
{
	if (memchr(g->tail, '!', g->tail_len))
		return NULL;
	if (memchr(g->tail, '.', g->tail_len) || g->tail == g->glob || g->tail[-1] == '/')
		return name_key(g->tail, g->tail_len, key_len);
	return NULL;
}

static size_t key_hash(const char *key, size_t len)
{
	size_t h = 2166136261u, i;

	for (i = 0; i < len; i++)
		h = (h ^ (unsigned char)key[i]) * 16777619u;
	return h;
}

/* A key's sign: its length, first and last bytes, in KEY_SIGNS. */
static unsigned key_sign(const char *key, size_t len)
{
	return len ? ((unsigned)len * 67 + (unsigned char)key[0] * 31 +
		      (unsigned char)key[len - 1]) %
			       KEY_SIGNS
		   : 0;
}

/* The slot of key: its own, or the empty one where it would go. */
static struct key_slot *find_slot(const struct kh_path_rules *p, const char *key,
				  size_t len)
{
	size_t i = key_hash(key, len) & (p->nslots - 1);

	while (p->slots[i].key &&
	       (p->slots[i].key_len != len || memcmp(p->slots[i].key, key, len)))
		i = (i + 1) & (p->nslots - 1);
	return &p->slots[i];
}

/* A glob of a rule, while the distinct globs are gathered. */
struct glob_of {
	struct path_glob g;
	const char *key; /* glob_key */
	size_t key_len;
	size_t rule;
};

/* Keyed globs first, by key; then by glob, then rule. */
static int cmp_glob_of(const void *a, const void *b)
{
	const struct glob_of *x = a, *y = b;
	int c = (x->key == NULL) - (y->key == NULL);

	if (!c && x->key) {
		size_t n = x->key_len < y->key_len ? x->key_len : y->key_len;

		c = memcmp(x->key, y->key, n);
		if (!c)
			c = (x->key_len > y->key_len) - (x->key_len < y->key_len);
	}
	if (!c)
		c = strcmp(x->g.glob, y->g.glob);
	return c ? c : (x->rule > y->rule) - (x->rule < y->rule);
}

/* The distinct globs of all (glob, rule) pairs v[0..n), their rules and
 * the key slots. */
static int index_globs(struct kh_path_rules *p, struct glob_of *v, size_t n)
{
	size_t i, k = 0;
	uint32_t fill[256];

	kh_sort(v, n, sizeof(*v), cmp_glob_of);
	for (p->nslots = 2; p->nslots < 2 * n; p->nslots *= 2)
		;
	if (!(p->globs = calloc(n, sizeof(*p->globs))) ||
	    !(p->first = calloc(n + 1, sizeof(*p->first))) ||
	    !(p->rules = calloc(n, sizeof(*p->rules))) ||
	    !(p->slots = calloc(p->nslots, sizeof(*p->slots))))
		return -1;
	p->keyless = (uint32_t)n;
	for (i = 0; i < n; i++) {
		if (!i || strcmp(v[i].g.glob, v[i - 1].g.glob)) {
			p->first[p->nglobs] = (uint32_t)k;
			p->globs[p->nglobs++] = v[i].g;
			if (!v[i].key && p->keyless == n)
				p->keyless = (uint32_t)p->nglobs - 1;
		}
		p->rules[k++] = (uint32_t)v[i].rule;
		if (v[i].key) {
			struct key_slot *s = find_slot(p, v[i].key, v[i].key_len);

			if (!s->key) {
				unsigned sign = key_sign(v[i].key, v[i].key_len);

				p->signs[sign / 64] |= 1ull << (sign % 64);
				s->key = v[i].key;
				s->key_len = v[i].key_len;
				s->lo = (uint32_t)p->nglobs - 1;
			}
			s->hi = (uint32_t)p->nglobs;
		}
	}
	p->first[p->nglobs] = (uint32_t)k;
	if (p->keyless == n)
		p->keyless = (uint32_t)p->nglobs;
	/* (a counting sort of the keyless globs by their tails' last bytes) */
	if (!(p->by_end = calloc(p->nglobs - p->keyless + 1, sizeof(*p->by_end))))
		return -1;
	for (i = p->keyless; i < p->nglobs; i++) {
		const struct path_glob *g = &p->globs[i];

		if (!g->tail_len)
			p->any_end = 1;
		else
			p->end_first[(unsigned char)g->tail[g->tail_len - 1] + 1]++;
	}
	for (i = 0; i < 256; i++)
		p->end_first[i + 1] += p->end_first[i];
	memcpy(fill, p->end_first, sizeof(fill));
	for (i = p->keyless; i < p->nglobs; i++) {
		const struct path_glob *g = &p->globs[i];

		if (g->tail_len)
			p->by_end[fill[(unsigned char)g->tail[g->tail_len - 1]]++] =
				(uint32_t)i;
	}
	return 0;
}

int kh_path_rules_new(struct kh_path_rules **out, const struct kh_ruleset *rs)
{
	struct kh_path_rules *p = NULL;
	struct glob_of *all = NULL;
	size_t i, j, n = 0, nall = 0;
	unsigned char rank[256];

	*out = NULL;
	for (i = 0; i < rs->n; i++) {
		n += rs->v[i].npaths > 0;
		nall += rs->v[i].npaths;
	}
	if (!n)
		return 0;
	path_byte_ranks(rank);
	if (!(p = calloc(1, sizeof(*p))) || !(p->v = calloc(n, sizeof(*p->v))) ||
	    !(all = calloc(nall, sizeof(*all))))
		goto oom;
	for (i = 0; i < rs->n; i++)
		if (rs->v[i].npaths)
			p->words = i / 64 + 1;
	if (!(p->mask = calloc(p->words, sizeof(*p->mask))))
		goto oom;
	if (!(p->live = calloc(p->words, sizeof(*p->live))))
		goto oom;
	for (nall = 0, i = 0; i < rs->n; i++) {
		const struct kh_rule *r = &rs->v[i];
		struct path_rule *pr = &p->v[p->n];

		if (!r->npaths)
			continue;
		p->n++;
		pr->rule = i;
		if (!(pr->globs = calloc(r->npaths, sizeof(*pr->globs))))
			goto oom;
		for (j = 0; j < r->npaths; j++, nall++) {
			glob_init(&pr->globs[j], r->paths[j], rank);
			all[nall].g = pr->globs[j];
			all[nall].key = glob_key(&pr->globs[j], &all[nall].key_len);
			all[nall].rule = i;
		}
		p->mask[i / 64] |= 1ull << (i % 64);
		pr->nglobs = r->npaths;
	}
	for (i = 0; i < p->words; i++)
		if (p->mask[i])
			p->live[p->nlive++] = (uint32_t)i;
	if (index_globs(p, all, nall) < 0)
		goto oom;
	free(all);
	*out = p;
	return 0;
oom:
	free(all);
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
	free(p->globs);
	free(p->first);
	free(p->rules);
	free(p->slots);
	free(p->by_end);
	free(p->mask);
	free(p->live);
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

static int glob_hits(const struct path_glob *g, const char *path, size_t len)
{
	/* (the tail's first byte before the call: a key's globs share their
	 * last bytes, most differ in their first) */
	return g->tail_len <= len &&
	       (!g->tail_len || path[len - g->tail_len] == g->tail[0]) &&
	       !memcmp(path + len - g->tail_len, g->tail, g->tail_len) &&
	       run_in(g, path, len) && glob_selects(g->glob, path);
}

static int selects(const struct path_rule *pr, const char *path, size_t len)
{
	size_t i;

	for (i = 0; i < pr->nglobs; i++)
		if (glob_hits(&pr->globs[i], path, len))
			return 1;
	return 0;
}

static int bit(const uint64_t *set, size_t r)
{
	return (int)(set[r / 64] >> (r % 64) & 1);
}

/* glob_hits()'s first test, asked inline before the rules' bits: a
 * path's name ends in the glob's tail (a key's globs share their last
 * bytes, most differ in their first). */
static inline int tail_refuses(const struct kh_path_rules *p, size_t g, const char *path,
			       size_t len)
{
	const struct path_glob *pg = &p->globs[g];

	return pg->tail_len > len ||
	       (pg->tail_len && path[len - pg->tail_len] != pg->tail[0]);
}

/* Sets in kept the rules hit that glob g, its tail not refused, selects
 * path by; 1 when it set one. */
static int keep_glob(const struct kh_path_rules *p, size_t g, const char *path,
		     size_t len, const uint64_t *hits, uint64_t *kept)
{
	const struct path_glob *pg = &p->globs[g];
	size_t i;
	int wanted = 0;

	/* a glob is confirmed only for a rule hit and not kept yet (what
	 * is kept is the same in any order: the rules hit of every glob
	 * that selects path) */
	for (i = p->first[g]; i < p->first[g + 1] && !wanted; i++)
		wanted = bit(hits, p->rules[i]) && !bit(kept, p->rules[i]);
	if (!wanted || !glob_hits(pg, path, len))
		return 0;
	for (i = p->first[g]; i < p->first[g + 1]; i++)
		if (bit(hits, p->rules[i]))
			kept[p->rules[i] / 64] |= 1ull << (p->rules[i] % 64);
	return 1;
}

int kh_path_rules_keep(const struct kh_path_rules *p, const char *path,
		       const uint64_t *hits, uint64_t *kept)
{
	size_t i, len, key_len;
	unsigned c;
	int any = 0; /* a bit kept */

	if (!p)
		return 0;
	len = path ? strlen(path) : 0;
	if (len) {
		const struct key_slot *s;
		const char *name = memrchr(path, '/', len), *key, *bang;
		unsigned sign;

		name = name ? name + 1 : path;
		if ((bang = memrchr(name, '!', len - (size_t)(name - path))))
			name = bang + 1;
		key = name_key(name, len - (size_t)(name - path), &key_len);
		sign = key_sign(key, key_len);
		if ((p->signs[sign / 64] >> (sign % 64) & 1) &&
		    (s = find_slot(p, key, key_len))->key) {
			for (i = s->lo; i < s->hi; i++)
				if (!tail_refuses(p, i, path, len))
					any |= keep_glob(p, i, path, len, hits, kept);
		}
		if (p->any_end) {
			for (i = p->keyless; i < p->nglobs; i++)
				if (!tail_refuses(p, i, path, len))
					any |= keep_glob(p, i, path, len, hits, kept);
		} else {
			for (c = (unsigned char)path[len - 1], i = p->end_first[c];
			     i < p->end_first[c + 1]; i++)
				if (!tail_refuses(p, p->by_end[i], path, len))
					any |= keep_glob(p, p->by_end[i], path, len, hits,
							 kept);
		}
	}
	return any;
}

const uint64_t *kh_path_rules_mask(const struct kh_path_rules *p, size_t *words)
{
	*words = p ? p->words : 0;
	return p ? p->mask : NULL;
}

void kh_path_rules_apply(const struct kh_path_rules *p, const char *path, uint64_t *hits,
			 uint64_t *kept)
{
	size_t i;
	int any = kh_path_rules_keep(p, path, hits, kept);

	if (!p)
		return;
	/* kept is all 0 again after (its bits are the path rules': in the
	 * live words only, and there only when one was kept) */
	if (!any) {
		for (i = 0; i < p->nlive; i++)
			hits[p->live[i]] &= ~p->mask[p->live[i]];
		return;
	}
	for (i = 0; i < p->nlive; i++) {
		size_t w = p->live[i];

		hits[w] = (hits[w] & ~p->mask[w]) | kept[w];
		kept[w] = 0;
	}
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
