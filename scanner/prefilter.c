#include "prefilter.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <pthread.h>
#include <stdatomic.h>
#ifdef KH_HAVE_HS
#include <dlfcn.h>
#include <hs.h>
#endif

#include "prefilter_image.h"
#include "util.h"

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
/* vpshufb (AVX2) for the short keywords' tables; chosen at run time, the
 * build stays portable (other CPUs take the same tables a byte at a time). */
#define HAVE_AVX2_SCAN 1
#define AVX2	       __attribute__((target("avx2")))
#endif

#ifdef KH_HAVE_HS
/* The built-in rules' saved database (build/hsdb_embedded.c; empty when
 * the build could not make one). */
extern const unsigned char kh_embedded_hsdb[];
extern const size_t kh_embedded_hsdb_len;
#endif

/*
 * How it works (the own filter): keywords of SHORT_MAX bytes or fewer
 * have a pass of their own (scan_short). Every longer keyword is
 * represented by one of its windows (its "anchor"): itself at 3 bytes,
 * the least common 4-byte window at 4 or 5, the least common 6-byte one
 * from 6 on (pick_anchor: by a table of byte pairs in source text, and
 * apart from other keywords' anchors). The scan folds the windows of the
 * buffer (b | 0x20: ASCII letters to lower case; other bytes collide
 * harmlessly), takes each position's 3-, 4- and 6-byte keys (window_key),
 * hashes them to 18 bits and tests a bit of a 32 KiB table that stays in
 * L1 cache, 8 positions at a time with AVX2 gathers. Only where a bit is
 * set does it look the key up in a bucket of anchors and compare whole
 * keywords (case-insensitively unless the rule matches its keywords'
 * case). Found keywords are reported in increasing end offset, rules in
 * increasing order at one offset, as an Aho-Corasick automaton would.
 * Over the kernel's fs/ (42 MB) this costs 401M instructions with the
 * built-in keywords and 544M with the bench's fair tripled set; the
 * 3-byte anchors it replaced cost 1,401M and 2,217M (doc/performance.md,
 * wave 22).
 *
 * Built with Vectorscan (KH_HAVE_HS), every keyword also goes into one
 * literal database (in its case, for rules that match case; a keyword
 * that ends with a shorter one is compared where that one ends instead,
 * find_bases), which scans
 * 3 times faster (CPU time; its FDR runs fewer instructions only with
 * the built-in keywords, 351M over fs/). The build compiles the
 * built-in rules' database (tools/hsdb.c, kh_prefilter_save) into the
 * binary; a scan loads it (kh_prefilter_load) once HS_EMBEDDED_AFTER bytes
 * were scanned, when it holds all but EXTRA_MAX keywords of the rule set
 * in use (the built-in rules, or fewer: hits of keywords not in use are
 * dropped; the few a team's own rules add get a small database compiled
 * beside it) and the library takes it (same version and CPU features).
 * Otherwise the keywords it lacks (or all, when it holds none in use) are
 * compiled once the engine has scanned HS_BYTES_PER_KW bytes
 * per keyword with the own filter, HS_BYTES_MAX at most: compiling costs
 * about as long as the own filter takes for that many bytes (11 ms for
 * 207 keywords, 38 ms for 621, 55-70 ms for 754, and no more for 1,543:
 * 35-41 ms, hence the cap), which a pre-commit hook or a one-file scan
 * should not pay. The library is loaded then too (dlopen, as libcurl is):
 * linking it would cost every start-up its relocations, and a machine
 * without it still scans. All paths give the same hits
 * (tests/unit_engine.c checks).
 */

#define HS_BYTES_PER_KW	  (24u << 10)
#define HS_BYTES_MAX	  (16u << 20)
#define HS_EMBEDDED_AFTER (256u << 10)
#define HS_NO_KEYWORD	  UINT32_MAX
#define EXTRA_MAX	  64

#define FILTER_BITS KH_PF_FILTER_BITS
#define BUCKET_BITS KH_PF_BUCKET_BITS
#define SHORT_MAX   KH_PF_SHORT_MAX
#define MIX6	    0x85EBCA6Bu /* window_key */
#define SHARED_COST 6		/* pick_anchor: a keyword sharing the anchor as a pair */
#define TAKEN_SHIFT 2		/* pick_anchor: anchors taken, counted by hash >> it */
/* The folded bytes b[0..n), n <= 4, little-endian (3: the top byte 0). */
static uint32_t fold_key(const unsigned char *b, size_t n)
{
	uint32_t k = 0;

	while (n--)
		k = k << 8 | (uint32_t)(b[n] | 0x20);
	return k;
}

/* The key of the window b[0..n), n 3, 4 or 6: the folded bytes, for 6 the
 * first four mixed with the last two (scan_windows_avx2 computes the same). */
static uint32_t window_key(const unsigned char *b, size_t n)
{
	return n < 6 ? fold_key(b, n) : fold_key(b, 4) ^ fold_key(b + 4, 2) * MIX6;
}

/* The anchor's length for a keyword of len bytes (3 or more). */
static size_t anchor_len(size_t len)
{
	return len >= 6 ? 6 : len >= 4 ? 4 : 3;
}

/* Keywords, anchors and short keywords: prefilter_image.h. */

/* Open-addressing table of keyword indices + 1 (0: empty); mask + 1
 * slots, at least twice as many as keywords. */
struct kw_table {
	uint32_t *slot;
	size_t mask;
};

struct kh_prefilter {
	uint64_t *filter; /* [(1 << FILTER_BITS) / 64] */
	uint32_t *bucket; /* [1 << BUCKET_BITS + 1]: first anchor of each bucket */
	struct kh_pf_anchor *anchors;
	size_t nanchors;
	struct kh_pf_keyword *kw;
	size_t nkw;
	unsigned char *text;   /* the keywords' bytes (kh_pf_keyword.bytes) */
	uint32_t *rule_lists;  /* their rules (kh_pf_keyword.rules) */
	struct kw_table index; /* keywords by spelling (and case) */
	size_t *longkw;	       /* keywords of SHORT_MAX + 1 bytes or more (anchors) */
	size_t nlong;
	struct kh_pf_short shorts;
	uint64_t *always; /* rules without keywords */
	/* [(1 << 16) / 64]: the first two folded bytes of some anchor, the
	 * portable scan's first test (build_pairs; never in an image) */
	uint64_t *pairs;
	size_t words;
	/* KEYHOUND_KEYWORD_STATS is set: each keyword's hits, else NULL */
	atomic_ulong *seen;
	int borrowed; /* the tables are an image's (kh_prefilter_from_image) */
#ifdef KH_HAVE_HS
	pthread_mutex_t lock;	     /* held while compiling */
	_Atomic(hs_database_t *) db; /* NULL until compiled or loaded */
	uint32_t *db_kw;	     /* database id -> keyword (NULL: the same) */
	size_t db_nkw;		     /* literals in the database */
	hs_database_t *db_extra;     /* beside a saved one: keywords it lacks */
	size_t *extra_kw;	     /* db_extra id -> keyword */
	size_t n_extra;
	/* keywords the database leaves out (find_bases), by the database id
	 * of their base: carry[carry_first[id]..carry_first[id + 1]), ids */
	uint32_t *carry_first, *carry;
	size_t carry_n;	       /* database ids with a carry_first */
	atomic_int embedded;   /* 1 loaded, -1 not usable, 0 not tried */
	atomic_size_t scanned; /* bytes the own filter scanned */
	atomic_int hs_off;     /* compilation failed or disabled */
#endif
};

struct kh_prefilter_scratch {
#ifdef KH_HAVE_HS
	hs_scratch_t *hs;
#endif
	int unused;
};

#ifdef KH_HAVE_HS
/* The few Vectorscan entry points used; written once under pthread_once. */
static struct {
	__typeof__(&hs_compile_lit_multi) compile_lit_multi;
	__typeof__(&hs_free_compile_error) free_compile_error;
	__typeof__(&hs_free_database) free_database;
	__typeof__(&hs_alloc_scratch) alloc_scratch;
	__typeof__(&hs_free_scratch) free_scratch;
	__typeof__(&hs_scan) scan;
	__typeof__(&hs_serialize_database) serialize_database;
	__typeof__(&hs_deserialize_database) deserialize_database;
} hs;
static int hs_ready;
static pthread_once_t hs_once = PTHREAD_ONCE_INIT;

static int bind_hs(void *lib, const char *name, void *slot)
{
	void *sym = dlsym(lib, name);

	memcpy(slot, &sym, sizeof(sym)); /* object to function pointer */
	return sym ? 0 : -1;
}

/* RTLD_LAZY: of the thousand functions libhs.so binds in libstdc++ and
 * libc, a scan calls a few; binding each at load looked it up through
 * the 22 libraries keyhound links (0.7 ms of a scan's start) */
static void load_hs(void)
{
	void *lib = dlopen("libhs.so.5", RTLD_LAZY | RTLD_LOCAL);

	if (!lib)
		lib = dlopen("libhs.so", RTLD_LAZY | RTLD_LOCAL);
	if (!lib)
		return;
	if (bind_hs(lib, "hs_compile_lit_multi", &hs.compile_lit_multi) ||
	    bind_hs(lib, "hs_free_compile_error", &hs.free_compile_error) ||
	    bind_hs(lib, "hs_free_database", &hs.free_database) ||
	    bind_hs(lib, "hs_alloc_scratch", &hs.alloc_scratch) ||
	    bind_hs(lib, "hs_free_scratch", &hs.free_scratch) ||
	    bind_hs(lib, "hs_scan", &hs.scan) ||
	    bind_hs(lib, "hs_serialize_database", &hs.serialize_database) ||
	    bind_hs(lib, "hs_deserialize_database", &hs.deserialize_database)) {
		dlclose(lib);
		return;
	}
	hs_ready = 1; /* the library stays loaded until exit */
}
#endif

static unsigned char lower_table[256]; /* written once under lower_once */
static pthread_once_t lower_once = PTHREAD_ONCE_INIT;

static void init_lower(void)
{
	int c;

	for (c = 0; c < 256; c++)
		lower_table[c] = (unsigned char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
}

static uint32_t hash_key(uint32_t key)
{
	return (key * 0x9E3779B1u) >> (32 - FILTER_BITS);
}

size_t kh_prefilter_words(const struct kh_prefilter *p)
{
	return p->words;
}

void kh_prefilter_free(struct kh_prefilter *p)
{
	if (!p)
		return;
	if (!p->borrowed) {
		free(p->kw);
		free(p->text);
		free(p->rule_lists);
		free(p->index.slot);
		free(p->anchors);
		free(p->bucket);
		free(p->longkw);
		free(p->shorts.kw);
		free(p->always);
		free(p->filter);
	}
	free(p->pairs);
	free(p->seen);
#ifdef KH_HAVE_HS
	if (atomic_load(&p->db))
		hs.free_database(atomic_load(&p->db));
	free(p->db_kw);
	free(p->carry_first);
	free(p->carry);
	if (p->db_extra)
		hs.free_database(p->db_extra);
	free(p->extra_kw);
	pthread_mutex_destroy(&p->lock);
#endif
	free(p);
}

/* Whether s (n bytes) ends with suffix (m bytes), case aside unless
 * exact; compared from the end, where two keywords differ soonest. */
static int ends_with(const char *s, size_t n, const char *suffix, size_t m, int exact)
{
	size_t i;

	if (m > n)
		return 0;
	for (i = m; i-- > 0;)
		if (exact ? s[n - m + i] != suffix[i]
			  : lower_table[(unsigned char)s[n - m + i]] !=
				    lower_table[(unsigned char)suffix[i]])
			return 0;
	return 1;
}

/*
 * 1 when keyword k of a rule adds nothing: another keyword of the rule is
 * a suffix of it (it ends wherever k ends) or an earlier copy of it. Then
 * no two keywords of one rule end at one offset, and the scan never
 * records a (rule, offset) pair twice.
 */
static int redundant(char *const *kws, const size_t *len, size_t n, size_t k, int exact)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (i == k || !ends_with(kws[k], len[k], kws[i], len[i], exact))
			continue;
		if (len[i] < len[k] || i < k)
			return 1;
	}
	return 0;
}

static uint32_t hash_bytes(const unsigned char *b, size_t n)
{
	uint32_t h = 2166136261u;
	size_t i;

	for (i = 0; i < n; i++)
		h = (h ^ b[i]) * 16777619u;
	return h;
}

/* The slot of the keyword (bytes, n, exact): where it is, or the empty
 * slot where it goes. */
static uint32_t *kw_slot(const struct kh_prefilter *p, const unsigned char *b, size_t n,
			 int exact)
{
	const struct kw_table *t = &p->index;
	size_t h = (hash_bytes(b, n) ^ (uint32_t)exact) & t->mask;

	for (; t->slot[h]; h = (h + 1) & t->mask) {
		const struct kh_pf_keyword *k = &p->kw[t->slot[h] - 1];

		if (k->len == n && k->exact == exact && !memcmp(p->text + k->bytes, b, n))
			break;
	}
	return &t->slot[h];
}

/* Where the keywords are while the filter is built: their text's and
 * their table's allocated sizes. */
struct build {
	size_t kw_cap, text_cap;
};

/* Index of the keyword spelled `s` (any case unless exact), adding it
 * when new; -1 when out of memory. */
static long intern(struct kh_prefilter *p, struct build *b, const char *s, int exact)
{
	size_t len = strlen(s), at = 0, i;
	unsigned char *folded = malloc(len + 1);
	uint32_t *slot;
	struct kh_pf_keyword *k;
	long ret = -1;

	if (!folded)
		return -1;
	for (i = 0; i <= len; i++)
		folded[i] =
			exact ? (unsigned char)s[i] : lower_table[(unsigned char)s[i]];
	slot = kw_slot(p, folded, len, exact);
	if (*slot) {
		ret = (long)*slot - 1;
	} else if (p->nkw) {
		at = p->kw[p->nkw - 1].bytes + p->kw[p->nkw - 1].len + 1;
	}
	if (*slot || at + len + 1 > UINT32_MAX ||
	    kh_grow((void **)&p->text, &b->text_cap, at + len + 1, 1) < 0 ||
	    kh_grow((void **)&p->kw, &b->kw_cap, p->nkw + 1, sizeof(*p->kw)) < 0)
		goto out;
	memcpy(p->text + at, folded, len + 1);
	k = &p->kw[p->nkw];
	memset(k, 0, sizeof(*k));
	k->bytes = (uint32_t)at;
	k->len = (uint32_t)len;
	k->exact = exact;
	*slot = (uint32_t)++p->nkw;
	ret = (long)p->nkw - 1;
out:
	free(folded);
	return ret;
}

/* A byte's class for pair_score: letters a-z (any case) 0-25, digits
 * 26, white space 27, '_' 28, anything else 29. */
static int pair_class(unsigned char c)
{
	if (c >= 'a' && c <= 'z')
		return c - 'a';
	if (c >= 'A' && c <= 'Z')
		return c - 'A';
	if (c >= '0' && c <= '9')
		return 26;
	if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
		return 27;
	return c == '_' ? 28 : 29;
}

/*
 * How often a pair of bytes occurs in source text: 1.5 log2 of its
 * count per million pairs, as a letter ('a' 0 .. 'z' 25), by class
 * (pair_class), counted over Python 3.11's library (11 MB of code,
 * comments and docstrings). Anchors of rare pairs pass the filter
 * seldom: with 4-byte anchors of the built-in keywords, those a guess
 * from common letter pairs chose equalled 3.9M of the kernel fs/'s
 * windows, those by this table 1.7M.
 */
static const char pair_freq[30][31] = {
	"hpqqklogqfmtrsdqesrtonmmnfmqko", "oiljphfenodpigokdnlipcbcogmmjo",
	"rhmjrjgqocpqliskhomroihemdmpmp", "pkkntkhgrgfnijpienologghkemsor",
	"rmrrprnjlfltqtmpnustkonrngmuqt", "phkloogerbcnhjqjeolnochdjalsks",
	"lghgqflnoccmjnkhanpknhfbdhhqmp", "qdfhsfcfpahiihpeamjnlccbiceqlp",
	"ooqoorpdjdkrqurogpssgndnbngmim", "hadcnbaafbdbbalgadhbjaaadafkfl",
	"ldfhpfhfmcdkdkhhdhmgielaecfomo", "rkjptshgrdgrikqlbjqppiicoggrnp",
	"rngksjdeobhlnhpqajnkmeibhegpln", "riqssnrhpemmjnsmhiqsonhdleitns",
	"moqrkpmfmdnpqtoqbtqrqnomfhkqlo", "rfjkrjhkpahphhqoeqlqniicnakomp",
	"dccdcbaabbafbhdedfgcobbaaaeihj", "rkontlphrdmmorrlbqqqomkepbgsos",
	"ogojukmorelmokppjkrspikgodhtot", "sjnmtmftsdgmljrnerqqrilipjjtqs",
	"mnmlqmlcnafqpqlpbrpqhdbhbdolgk", "qehbqfddnabdgfjebefegdecbbjkil",
	"ofgkngcoqbbjcmnednlfedheacfmlm", "mloknlcfmabikefmaghpeddjierokn",
	"fhiglhgfkabjklkoclnofgjcfefqmp", "ibccneafkaafgekeacddbabadcgigj",
	"nnnnnmddedceeggfadffdccrdctqks", "trssrspptlnsrssrmsttpprmmlszqw",
	"onpooommohjooonoiopolmmhghkmqo", "poqpppnnplmooroqkpsppnnokjqxrw",
};

static int pair_score(unsigned char a, unsigned char b)
{
	return pair_freq[pair_class(a)][pair_class(b)] - 'a';
}

/*
 * Offset of the least common window (anchor_len) of the keyword
 * b[0..len): by its pairs, and by how many keywords took it already
 * (`taken`, by hash): every keyword that shares an anchor is compared
 * wherever it occurs, and keywords of one provider share words ("_key"
 * stood for 30 of them).
 */
static size_t pick_anchor(const unsigned char *b, size_t len, const unsigned char *taken)
{
	size_t j, best = 0, n = anchor_len(len);
	int best_score = 1 << 30;

	for (j = 0; j + n <= len; j++) {
		int s = SHARED_COST *
			taken[hash_key(window_key(b + j, n)) >> TAKEN_SHIFT];
		size_t i;

		for (i = j; i + 1 < j + n; i++)
			s += pair_score(b[i], b[i + 1]);

		if (s < best_score) {
			best_score = s;
			best = j;
		}
	}
	return best;
}

static int push_anchor(struct kh_prefilter *p, size_t *cap, uint32_t key, size_t kw,
		       size_t offset)
{
	if (kh_grow((void **)&p->anchors, cap, p->nanchors + 1, sizeof(*p->anchors)) < 0)
		return -1;
	p->anchors[p->nanchors].key = key;
	p->anchors[p->nanchors].kw = (uint32_t)kw;
	p->anchors[p->nanchors++].offset = (uint32_t)offset;
	return 0;
}

/* Orders the anchors by bucket (p->bucket holds where each bucket starts),
 * keeping keyword order within one: a counting sort, as the anchors were
 * pushed in keyword order. */
static int sort_by_bucket(struct kh_prefilter *p)
{
	struct kh_pf_anchor *sorted;
	uint32_t *next;
	size_t i;

	if (!p->nanchors)
		return 0;
	sorted = malloc(p->nanchors * sizeof(*sorted));
	next = malloc((1u << BUCKET_BITS) * sizeof(*next));
	if (!sorted || !next) {
		free(sorted);
		free(next);
		return -1;
	}
	memcpy(next, p->bucket, (1u << BUCKET_BITS) * sizeof(*next));
	for (i = 0; i < p->nanchors; i++)
		sorted[next[hash_key(p->anchors[i].key) >>
			    (FILTER_BITS - BUCKET_BITS)]++] = p->anchors[i];
	free(p->anchors);
	p->anchors = sorted;
	free(next);
	return 0;
}

/* Lets byte value c stand at offset j of `bucket`'s keywords. */
static void short_byte(struct kh_pf_short *t, int j, unsigned c, unsigned bucket)
{
	t->lo[j][c & 15] |= (unsigned char)(1u << bucket);
	t->hi[j][c >> 4] |= (unsigned char)(1u << bucket);
}

/* A short keyword as split_keywords() orders them. */
struct short_kw {
	const unsigned char *bytes;
	size_t len, kw;
};

/* By length, then bytes: neighbours share a bucket. */
static int cmp_short(const void *a, const void *b)
{
	const struct short_kw *x = a, *y = b;
	int c = memcmp(x->bytes, y->bytes, x->len < y->len ? x->len : y->len);

	return x->len != y->len ? (x->len > y->len) - (x->len < y->len) : c;
}

/*
 * Splits the keywords into long ones (the own filter's anchors) and
 * short ones (their nibble tables). A bucket holds short keywords of one
 * length and like bytes, in order: its tables then pass few bytes. Dealt
 * in turn, each bucket held any eight apart, and with the bench's 39
 * short keywords of 3x the rules most positions passed some bucket (17.8M
 * instructions for 256 KiB against 0.4M for the built-in 18).
 */
static int split_keywords(struct kh_prefilter *p)
{
	struct kh_pf_short *t = &p->shorts;
	struct short_kw *v = malloc((p->nkw + 1) * sizeof(*v));
	size_t i, n = 0, lcap = 0, b, m, at;

	if (!v)
		return -1;
	for (i = 0; i < p->nkw; i++) {
		const struct kh_pf_keyword *k = &p->kw[i];

		if (k->len <= SHORT_MAX) {
			v[n].bytes = p->text + k->bytes;
			v[n].len = k->len;
			v[n++].kw = i;
		} else if (kh_grow((void **)&p->longkw, &lcap, p->nlong + 1,
				   sizeof(*p->longkw)) < 0) {
			free(v);
			return -1;
		} else {
			p->longkw[p->nlong++] = i;
		}
	}
	if (n && !(t->kw = malloc(n * sizeof(*t->kw)))) {
		free(v);
		return -1;
	}
	qsort(v, n, sizeof(*v), cmp_short);
	t->n = n;
	/* keyword t->kw[j] is in bucket j % 8: bucket b takes the next
	 * n / 8 (one more for the first n % 8) of the ordered ones */
	for (b = 0, at = 0; b < 8; b++)
		for (m = 0; b + 8 * m < n; m++, at++) {
			const struct kh_pf_keyword *k = &p->kw[v[at].kw];
			unsigned c;
			int j;

			t->kw[b + 8 * m] = v[at].kw;
			for (j = 0; j < SHORT_MAX; j++) {
				if (j >= (int)k->len) { /* past its end: any byte */
					for (c = 0; c < 16; c++)
						short_byte(t, j, c * 17, (unsigned)b);
					continue;
				}
				c = p->text[k->bytes + j];
				short_byte(t, j, c, (unsigned)b);
				if (!k->exact && c >= 'a' && c <= 'z')
					short_byte(t, j, c - 32, (unsigned)b);
			}
		}
	free(v);
	return 0;
}

/* Anchors of every long keyword, the filter bits and the bucket index. */
static int build_anchors(struct kh_prefilter *p)
{
	size_t i, cap = 0;
	unsigned char *taken = calloc(1u << (FILTER_BITS - TAKEN_SHIFT), 1);

	if (!taken)
		return -1;
	for (i = 0; i < p->nlong; i++) {
		const struct kh_pf_keyword *k = &p->kw[p->longkw[i]];
		const unsigned char *b = p->text + k->bytes;
		size_t j = pick_anchor(b, k->len, taken);
		uint32_t key = window_key(b + j, anchor_len(k->len));
		unsigned char *t = &taken[hash_key(key) >> TAKEN_SHIFT];

		*t += *t < 255;
		if (push_anchor(p, &cap, key, p->longkw[i], j) < 0) {
			free(taken);
			return -1;
		}
	}
	free(taken);
	p->bucket = calloc((1u << BUCKET_BITS) + 1, sizeof(*p->bucket));
	if (!p->bucket)
		return -1;
	for (i = 0; i < p->nanchors; i++) {
		uint32_t h = hash_key(p->anchors[i].key);

		p->filter[h / 64] |= 1ull << (h % 64);
		p->bucket[(h >> (FILTER_BITS - BUCKET_BITS)) + 1]++;
	}
	for (i = 1; i <= 1u << BUCKET_BITS; i++)
		p->bucket[i] += p->bucket[i - 1];
	return sort_by_bucket(p);
}

/* p->pairs from the anchors; -1 when out of memory. */
static int build_pairs(struct kh_prefilter *p)
{
	size_t i;

	if (!(p->pairs = calloc((1u << 16) / 64, sizeof(uint64_t))))
		return -1;
	for (i = 0; i < p->nanchors; i++) {
		const struct kh_pf_anchor *an = &p->anchors[i];
		uint32_t pair = fold_key(p->text + p->kw[an->kw].bytes + an->offset, 2);

		p->pairs[pair / 64] |= 1ull << (pair % 64);
	}
	return 0;
}

/* Under KEYHOUND_KEYWORD_STATS, p's hit counters; -1 when out of memory. */
static int count_hits(struct kh_prefilter *p)
{
	if (!getenv("KEYHOUND_KEYWORD_STATS"))
		return 0;
	p->seen = calloc(p->nkw + 1, sizeof(*p->seen));
	return p->seen ? 0 : -1;
}

struct kh_prefilter *kh_prefilter_from_image(const struct kh_prefilter_image *img)
{
	struct kh_prefilter *p = calloc(1, sizeof(*p));

	if (!p)
		return NULL;
	pthread_once(&lower_once, init_lower);
#ifdef KH_HAVE_HS
	pthread_mutex_init(&p->lock, NULL);
#endif
	/* the image's tables, read only: never written, nor freed (borrowed) */
	p->borrowed = 1;
	p->filter = (uint64_t *)img->filter;
	p->bucket = (uint32_t *)img->bucket;
	p->anchors = (struct kh_pf_anchor *)img->anchors;
	p->nanchors = img->nanchors;
	p->kw = (struct kh_pf_keyword *)img->kw;
	p->nkw = img->nkw;
	p->text = (unsigned char *)img->text;
	p->rule_lists = (uint32_t *)img->rule_lists;
	p->index.slot = (uint32_t *)img->index_slot;
	p->index.mask = img->index_mask;
	p->longkw = (size_t *)img->longkw;
	p->nlong = img->nlong;
	p->shorts = img->shorts;
	p->always = (uint64_t *)img->always;
	p->words = img->words;
	if (build_pairs(p) < 0 || count_hits(p) < 0) {
		kh_prefilter_free(p);
		return NULL;
	}
	return p;
}

void kh_prefilter_image_of(const struct kh_prefilter *p, struct kh_prefilter_image *img)
{
	memset(img, 0, sizeof(*img));
	img->filter = p->filter;
	img->bucket = p->bucket;
	img->anchors = p->anchors;
	img->nanchors = p->nanchors;
	img->kw = p->kw;
	img->nkw = p->nkw;
	img->text = p->text;
	img->rule_lists = p->rule_lists;
	img->index_slot = p->index.slot;
	img->index_mask = p->index.mask;
	img->longkw = p->longkw;
	img->nlong = p->nlong;
	img->shorts = p->shorts;
	img->always = p->always;
	img->words = p->words;
}

struct kh_prefilter *kh_prefilter_new(char **const *keywords, const size_t *nkeywords,
				      const unsigned char *match_case, size_t nrules)
{
	struct kh_prefilter *p = calloc(1, sizeof(*p));
	struct build b = { 0, 0 };
	size_t r, j, i, t, total = 0;
	long *which = NULL; /* each rule's keywords' indices, in order (-1: none) */
	/* their lengths, measured once: redundant() compares each keyword of
	 * a rule with each other (generic-secret's hundreds, tripled by the
	 * bench's rules: 1.1M calls, which took 17M instructions more with a
	 * strlen of both each time) */
	size_t *lens = NULL;

	if (!p)
		return NULL;
	for (r = 0; r < nrules; r++)
		total += nkeywords[r];
	p->index.mask = 15;
	while (p->index.mask + 1 < 2 * total)
		p->index.mask = p->index.mask * 2 + 1;
	if (total >= UINT32_MAX / 4 ||
	    !(p->index.slot = calloc(p->index.mask + 1, sizeof(*p->index.slot)))) {
		free(p);
		return NULL;
	}
	pthread_once(&lower_once, init_lower);
	p->words = nrules / 64 + 1;
#ifdef KH_HAVE_HS
	pthread_mutex_init(&p->lock, NULL);
#endif
	p->always = calloc(p->words, sizeof(uint64_t));
	p->filter = calloc((1u << FILTER_BITS) / 64, sizeof(uint64_t));
	which = malloc((total + 1) * sizeof(*which));
	lens = malloc((total + 1) * sizeof(*lens));
	if (!p->always || !p->filter || !which || !lens)
		goto fail;
	/* the keywords interned and each one's rules counted (k->rules: the
	 * last rule counted + 1), then the lists placed one after another */
	for (r = 0, t = 0; r < nrules; r++) {
		int exact = match_case && match_case[r];

		if (!nkeywords[r])
			p->always[r / 64] |= 1ull << (r % 64);
		for (j = 0; j < nkeywords[r]; j++)
			lens[t + j] = strlen(keywords[r][j]);
		for (j = 0; j < nkeywords[r]; j++, t++) {
			struct kh_pf_keyword *k;

			which[t] = -1;
			if (!keywords[r][j][0] ||
			    redundant(keywords[r], lens + t - j, nkeywords[r], j, exact))
				continue;
			if ((which[t] = intern(p, &b, keywords[r][j], exact)) < 0)
				goto fail;
			k = &p->kw[which[t]];
			if (k->rules != r + 1) {
				k->rules = (uint32_t)r + 1;
				k->nrules++;
			}
		}
	}
	for (i = 0, t = 0; i < p->nkw; i++) {
		p->kw[i].rules = (uint32_t)t;
		t += p->kw[i].nrules;
		p->kw[i].nrules = 0;
	}
	if (!(p->rule_lists = malloc((t + 1) * sizeof(*p->rule_lists))))
		goto fail;
	for (r = 0, t = 0; r < nrules; r++)
		for (j = 0; j < nkeywords[r]; j++, t++) {
			struct kh_pf_keyword *k = which[t] < 0 ? NULL : &p->kw[which[t]];

			if (k &&
			    (!k->nrules || p->rule_lists[k->rules + k->nrules - 1] != r))
				p->rule_lists[k->rules + k->nrules++] = (uint32_t)r;
		}
	free(which);
	free(lens);
	which = NULL;
	lens = NULL;
	if (split_keywords(p) < 0 || build_anchors(p) < 0 || build_pairs(p) < 0 ||
	    count_hits(p) < 0)
		goto fail;
	return p;
fail:
	free(which);
	free(lens);
	kh_prefilter_free(p);
	return NULL;
}

struct scan_state {
	const struct kh_prefilter *p;
	const unsigned char *buf;
	size_t len;
	uint64_t *hits;
	struct kh_keyword_hits *at;
	int extra; /* Vectorscan: scanning with db_extra */
};

/* Keyword kw found at [start, start + len): marks and records its rules. */
static void found(struct scan_state *s, const struct kh_pf_keyword *k, size_t start)
{
	size_t i, end = start + k->len - 1;
	struct kh_keyword_hits *at = s->at;

	if (s->p->seen)
		atomic_fetch_add_explicit(&s->p->seen[k - s->p->kw], 1,
					  memory_order_relaxed);
	/* a keyword hit is kept with all its rules, or the positions
	 * overflow */
	if (at && !at->overflow &&
	    (at->cap - at->n < k->nrules ||
	     (at->keyword_cap && at->keywords == at->keyword_cap)))
		at->overflow = 1;
	if (at && !at->overflow)
		at->keywords++;
	else
		at = NULL;
	for (i = 0; i < k->nrules; i++) {
		uint32_t r = s->p->rule_lists[k->rules + i];

		s->hits[r / 64] |= 1ull << (r % 64);
		if (at) {
			at->rule[at->n] = r;
			at->pos[at->n++] = end;
		}
	}
}

/* Whether the keyword k of the filter f is at p. */
static int matches_at(const struct kh_prefilter *f, const struct kh_pf_keyword *k,
		      const unsigned char *p)
{
	const unsigned char *b = f->text + k->bytes;
	size_t i;

	if (k->exact)
		return !memcmp(p, b, k->len);
	for (i = 0; i < k->len; i++)
		if (lower_table[p[i]] != b[i])
			return 0;
	return 1;
}

/* The window at buf + i (its key `key`) passed the filter: compare. */
static void candidate(struct scan_state *s, size_t i, uint32_t key)
{
	const struct kh_prefilter *p = s->p;
	uint32_t b = hash_key(key) >> (FILTER_BITS - BUCKET_BITS), a;

	for (a = p->bucket[b]; a < p->bucket[b + 1]; a++) {
		const struct kh_pf_anchor *an = &p->anchors[a];
		const struct kh_pf_keyword *k;

		if (an->key != key || an->offset > i)
			continue;
		k = &p->kw[an->kw];
		if (i - an->offset + k->len <= s->len &&
		    matches_at(p, k, s->buf + i - an->offset))
			found(s, k, i - an->offset);
	}
}

static int filter_hit(const uint64_t *filter, uint32_t key)
{
	uint32_t h = hash_key(key);

	return (filter[h / 64] >> (h % 64)) & 1;
}

#ifdef HAVE_AVX2_SCAN
/* Of 8 keys x: each one's filter bit (0 where clear), a gather each. */
static AVX2 __m256i probe8(const int *filter, __m256i x)
{
	__m256i h = _mm256_srli_epi32(
		_mm256_mullo_epi32(x, _mm256_set1_epi32((int)0x9E3779B1u)),
		32 - FILTER_BITS);
	__m256i bit = _mm256_sllv_epi32(_mm256_set1_epi32(1),
					_mm256_and_si256(h, _mm256_set1_epi32(31)));

	return _mm256_and_si256(
		_mm256_i32gather_epi32(filter, _mm256_srli_epi32(h, 5), 4), bit);
}

/* A bit for each of the 8 lanes of t that is not 0. */
static AVX2 unsigned lanes_set(__m256i t)
{
	return ~(unsigned)_mm256_movemask_ps(_mm256_castsi256_ps(
		       _mm256_cmpeq_epi32(t, _mm256_setzero_si256()))) &
	       0xff;
}

/* The windows of 8 positions at a time: one 16-byte load, folded, spread
 * into their 4-byte keys, with their 3-byte keys masked from them and
 * their 6-byte keys mixed from them and the next two bytes, and a gather
 * of filter bits each (the filter is little-endian 64-bit words, so
 * 32-bit word h / 32 holds bit h). Returns where it stopped. */
static AVX2 size_t scan_windows_avx2(struct scan_state *s)
{
	const __m256i spread4 = _mm256_setr_epi8(0, 1, 2, 3, 1, 2, 3, 4, 2, 3, 4, 5, 3, 4,
						 5, 6, 4, 5, 6, 7, 5, 6, 7, 8, 6, 7, 8, 9,
						 7, 8, 9, 10),
		      spread2 = _mm256_setr_epi8(4, 5, -1, -1, 5, 6, -1, -1, 6, 7, -1, -1,
						 7, 8, -1, -1, 8, 9, -1, -1, 9, 10, -1,
						 -1, 10, 11, -1, -1, 11, 12, -1, -1),
		      fold = _mm256_set1_epi8(0x20), low3 = _mm256_set1_epi32(0xffffff),
		      mix = _mm256_set1_epi32((int)MIX6);
	const int *filter = (const int *)s->p->filter;
	size_t i;

	for (i = 0; i + 16 <= s->len; i += 8) {
		__m256i v = _mm256_or_si256(_mm256_broadcastsi128_si256(_mm_loadu_si128(
						    (const __m128i *)(s->buf + i))),
					    fold);
		__m256i w = _mm256_shuffle_epi8(v, spread4),
			w6 = _mm256_xor_si256(
				w,
				_mm256_mullo_epi32(_mm256_shuffle_epi8(v, spread2), mix));
		__m256i t4 = probe8(filter, w),
			t3 = probe8(filter, _mm256_and_si256(w, low3)),
			t6 = probe8(filter, w6);
		__m256i any = _mm256_or_si256(_mm256_or_si256(t4, t3), t6);
		uint32_t keys[8], keys6[8];
		unsigned m4, m3, m6, k;

		if (_mm256_testz_si256(any, any))
			continue;
		_mm256_storeu_si256((__m256i *)keys, w);
		_mm256_storeu_si256((__m256i *)keys6, w6);
		m4 = lanes_set(t4);
		m3 = lanes_set(t3);
		m6 = lanes_set(t6);
		for (; m4; m4 &= m4 - 1) {
			k = (unsigned)__builtin_ctz(m4);
			candidate(s, i + k, keys[k]);
		}
		for (; m3; m3 &= m3 - 1) {
			k = (unsigned)__builtin_ctz(m3);
			candidate(s, i + k, keys[k] & 0xffffff);
		}
		for (; m6; m6 &= m6 - 1) {
			k = (unsigned)__builtin_ctz(m6);
			candidate(s, i + k, keys6[k]);
		}
	}
	return i;
}
#endif

/* Every window's keys (3, 4 and 6 bytes) against the filter. */
static void scan_windows(struct scan_state *s)
{
	const unsigned char *buf = s->buf;
	const uint64_t *filter = s->p->filter, *pairs = s->p->pairs;
	size_t len = s->len, i = 0, n;

	if (!s->p->nanchors)
		return;
#ifdef HAVE_AVX2_SCAN
	if (__builtin_cpu_supports("avx2"))
		i = scan_windows_avx2(s);
#endif
	for (; i + 8 <= len; i++) {
		uint64_t w;
		uint32_t k4, k3, k6;

		memcpy(&w, buf + i, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
		w = __builtin_bswap64(w);
#endif
		w |= 0x2020202020202020ull;
		k4 = (uint32_t)w;
		if (!((pairs[(k4 & 0xffff) / 64] >> (k4 % 64)) & 1))
			continue; /* no anchor starts so */
		k3 = k4 & 0xffffff;
		k6 = k4 ^ ((uint32_t)(w >> 32) & 0xffff) * MIX6;
		if (!(filter_hit(filter, k4) | filter_hit(filter, k3) |
		      filter_hit(filter, k6)))
			continue;
		if (filter_hit(filter, k4))
			candidate(s, i, k4);
		if (filter_hit(filter, k3))
			candidate(s, i, k3);
		if (filter_hit(filter, k6))
			candidate(s, i, k6);
	}
	for (; i + 3 <= len; i++) /* the last windows */
		for (n = 3; n <= 6 && i + n <= len; n += n == 3 ? 1 : 2) {
			uint32_t key = window_key(buf + i, n);

			if (filter_hit(filter, key))
				candidate(s, i, key);
		}
}

/* Compares the short keywords of `buckets` at buf + i. */
static void short_candidate(struct scan_state *s, size_t i, unsigned buckets)
{
	const struct kh_pf_short *t = &s->p->shorts;

	for (; buckets; buckets &= buckets - 1) {
		size_t j = (size_t)__builtin_ctz(buckets);

		for (; j < t->n; j += 8) {
			const struct kh_pf_keyword *k = &s->p->kw[t->kw[j]];

			if (i + k->len <= s->len && matches_at(s->p, k, s->buf + i))
				found(s, k, i);
		}
	}
}

/* The buckets whose keywords may start at b[i] (bytes past the end: 0). */
static unsigned short_buckets(const struct kh_pf_short *t, const unsigned char *b,
			      size_t len, size_t i)
{
	unsigned m = 0xff;
	int j;

	for (j = 0; j < SHORT_MAX; j++) {
		unsigned c = i + (size_t)j < len ? b[i + (size_t)j] : 0;

		m &= t->lo[j][c & 15] & t->hi[j][c >> 4];
	}
	return m;
}

#ifdef HAVE_AVX2_SCAN
/* The buckets of 32 positions' bytes v at one offset (tables lo, hi). */
static AVX2 __m256i short_lanes(__m256i v, __m256i lo, __m256i hi)
{
	const __m256i nib = _mm256_set1_epi8(15);

	return _mm256_and_si256(
		_mm256_shuffle_epi8(lo, _mm256_and_si256(v, nib)),
		_mm256_shuffle_epi8(hi, _mm256_and_si256(_mm256_srli_epi16(v, 4), nib)));
}

static AVX2 __m256i short_table(const unsigned char *t)
{
	return _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)t));
}

/* 32 positions at a time, four table look-ups (vpshufb). Returns where it
 * stopped (the rest would read past the end). */
static AVX2 size_t scan_short_avx2(struct scan_state *s)
{
	const struct kh_pf_short *t = &s->p->shorts;
	const __m256i lo0 = short_table(t->lo[0]), hi0 = short_table(t->hi[0]),
		      lo1 = short_table(t->lo[1]), hi1 = short_table(t->hi[1]),
		      zero = _mm256_setzero_si256();
	const unsigned char *b = s->buf;
	size_t i;

	for (i = 0; i + 33 <= s->len; i += 32) {
		__m256i m = _mm256_and_si256(
			short_lanes(_mm256_loadu_si256((const __m256i *)(b + i)), lo0,
				    hi0),
			short_lanes(_mm256_loadu_si256((const __m256i *)(b + i + 1)), lo1,
				    hi1));
		unsigned bits =
			~(unsigned)_mm256_movemask_epi8(_mm256_cmpeq_epi8(m, zero));

		if (bits) {
			unsigned char lanes[32];

			_mm256_storeu_si256((__m256i *)lanes, m);
			for (; bits; bits &= bits - 1) {
				unsigned k = (unsigned)__builtin_ctz(bits);

				short_candidate(s, i + k, lanes[k]);
			}
		}
	}
	return i;
}
#endif

/* Keywords of SHORT_MAX bytes or fewer, wherever they start. */
static void scan_short(struct scan_state *s)
{
	const struct kh_pf_short *t = &s->p->shorts;
	size_t i = 0;

	if (!t->n)
		return;
#ifdef HAVE_AVX2_SCAN
	if (__builtin_cpu_supports("avx2"))
		i = scan_short_avx2(s);
#endif
	for (; i < s->len; i++) {
		unsigned b = short_buckets(t, s->buf, s->len, i);

		if (b)
			short_candidate(s, i, b);
	}
}

static int hit_less(const struct kh_keyword_hits *at, size_t a, size_t b)
{
	return at->pos[a] < at->pos[b] ||
	       (at->pos[a] == at->pos[b] && at->rule[a] < at->rule[b]);
}

static void hit_swap(struct kh_keyword_hits *at, size_t a, size_t b)
{
	size_t pos = at->pos[a];
	uint32_t rule = at->rule[a];

	at->pos[a] = at->pos[b];
	at->rule[a] = at->rule[b];
	at->pos[b] = pos;
	at->rule[b] = rule;
}

static void sift_down(struct kh_keyword_hits *at, size_t root, size_t n)
{
	size_t child;

	while ((child = 2 * root + 1) < n) {
		if (child + 1 < n && hit_less(at, child, child + 1))
			child++;
		if (!hit_less(at, root, child))
			return;
		hit_swap(at, root, child);
		root = child;
	}
}

/*
 * Puts the recorded hits in (offset, rule) order. They come nearly sorted
 * (an anchor stands less than a keyword's length before the keyword's
 * end): insertion sort, unless that would take long (many rules sharing a
 * keyword, one-byte keywords), then heapsort.
 */
static void sort_hits(struct kh_keyword_hits *at)
{
	size_t i, j, budget = 32 * at->n + 1024;

	for (i = 1; i < at->n; i++) {
		for (j = i; j > 0 && hit_less(at, j, j - 1); j--) {
			hit_swap(at, j, j - 1);
			if (!--budget)
				goto heap;
		}
	}
	return;
heap:
	for (i = at->n / 2; i-- > 0;)
		sift_down(at, i, at->n);
	for (i = at->n; i-- > 1;) {
		hit_swap(at, 0, i);
		sift_down(at, 0, i);
	}
}

struct kh_prefilter_scratch *kh_prefilter_scratch_new(void)
{
	return calloc(1, sizeof(struct kh_prefilter_scratch));
}

void kh_prefilter_scratch_free(struct kh_prefilter_scratch *ps)
{
	if (!ps)
		return;
#ifdef KH_HAVE_HS
	if (ps->hs)
		hs.free_scratch(ps->hs);
#endif
	free(ps);
}

#ifdef KH_HAVE_HS
/*
 * For each keyword, the shortest other keyword it ends with that each of
 * its matches holds too (a caseless one, or one in its case when both
 * are), HS_NO_KEYWORD when none: the database leaves such a keyword out
 * and compares it where that base ends (on_match), the same hits at the
 * same offsets. A base never has a base (its own would be a shorter one
 * of the keyword's). FDR's pass costs with the number of literals, each
 * compare at a base's hit costs too: only a base of at most CARRY_MAX
 * keywords carries them (`token` ends 166 of the built-in rules' and
 * stands 20 times a MB in the kernel's source; doc/performance.md, wave
 * 31).
 */
#define CARRY_MAX 32
static uint32_t *find_bases(const struct kh_prefilter *p)
{
	uint32_t *base = malloc((p->nkw + 1) * sizeof(*base));
	uint32_t *carried = calloc(p->nkw + 1, sizeof(*carried));
	unsigned char *folded = NULL;
	size_t i, l, longest = 0;

	for (i = 0; i < p->nkw; i++)
		longest = p->kw[i].len > longest ? p->kw[i].len : longest;
	if (!base || !carried || !(folded = malloc(longest + 1))) {
		free(base);
		free(carried);
		return NULL;
	}
	for (i = 0; i < p->nkw; i++) {
		const struct kh_pf_keyword *k = &p->kw[i];
		const unsigned char *b = p->text + k->bytes;
		uint32_t slot = 0;

		for (l = 0; l < k->len; l++)
			folded[l] = lower_table[b[l]];
		for (l = 1; l < k->len && !slot; l++) {
			slot = *kw_slot(p, folded + k->len - l, l, 0);
			if (!slot && k->exact)
				slot = *kw_slot(p, b + k->len - l, l, 1);
		}
		base[i] = slot ? slot - 1 : HS_NO_KEYWORD;
		if (slot)
			carried[slot - 1]++;
	}
	for (i = 0; i < p->nkw; i++)
		if (base[i] != HS_NO_KEYWORD && carried[base[i]] > CARRY_MAX)
			base[i] = HS_NO_KEYWORD;
	free(carried);
	free(folded);
	return base;
}

/* The carried keywords' lists by their base's database id (ids and bases
 * under n); -1 when out of memory. Before the database is published. */
static int carry_by_base(struct kh_prefilter *p, const uint32_t *base, size_t n)
{
	size_t i;

	if (!(p->carry_first = calloc(n + 2, sizeof(*p->carry_first))) ||
	    !(p->carry = malloc((n + 1) * sizeof(*p->carry))))
		return -1;
	for (i = 0; i < n; i++)
		if (base[i] != HS_NO_KEYWORD)
			p->carry_first[base[i] + 2]++;
	for (i = 0; i < n; i++)
		p->carry_first[i + 2] += p->carry_first[i + 1];
	for (i = 0; i < n; i++)
		if (base[i] != HS_NO_KEYWORD)
			p->carry[p->carry_first[base[i] + 1]++] = (uint32_t)i;
	p->carry_n = p->carry_first[n] ? n : 0;
	return 0;
}

/* Undoes carry_by_base (the database it was for was not published). */
static void drop_carry(struct kh_prefilter *p)
{
	free(p->carry_first);
	free(p->carry);
	p->carry_first = p->carry = NULL;
	p->carry_n = 0;
}

/* The literal database of keywords which[0..n) (id: index into which;
 * which NULL: keywords 0..n) but those with a base (base not NULL), for
 * a platform (NULL: this CPU); NULL on failure. */
static hs_database_t *compile_keywords(const struct kh_prefilter *p, const size_t *which,
				       size_t n, const uint32_t *base,
				       const hs_platform_info_t *platform)
{
	const char **lits = malloc((n + 1) * sizeof(*lits));
	unsigned *flags = malloc((n + 1) * sizeof(*flags));
	unsigned *ids = malloc((n + 1) * sizeof(*ids));
	size_t *lens = malloc((n + 1) * sizeof(*lens)), i, m = 0;
	hs_database_t *db = NULL;
	hs_compile_error_t *err = NULL;

	pthread_once(&hs_once, load_hs);
	if (hs_ready && lits && flags && ids && lens && n) {
		for (i = 0; i < n; i++) {
			const struct kh_pf_keyword *k = &p->kw[which ? which[i] : i];

			if (base && base[i] != HS_NO_KEYWORD)
				continue;
			lits[m] = (const char *)p->text + k->bytes;
			flags[m] = k->exact ? 0 : HS_FLAG_CASELESS;
			ids[m] = (unsigned)i;
			lens[m++] = k->len;
		}
		if (hs.compile_lit_multi(lits, flags, ids, lens, (unsigned)m,
					 HS_MODE_BLOCK, platform, &db,
					 &err) != HS_SUCCESS) {
			hs.free_compile_error(err);
			db = NULL;
		}
	}
	free(lits);
	free(flags);
	free(ids);
	free(lens);
	return db;
}

/* The keyword of database id `id`; NULL for a keyword of a rule not in
 * use. */
static const struct kh_pf_keyword *db_keyword(const struct kh_prefilter *p, size_t id)
{
	if (!p->db_kw)
		return id < p->nkw ? &p->kw[id] : NULL;
	return id < p->db_nkw && p->db_kw[id] != HS_NO_KEYWORD ? &p->kw[p->db_kw[id]]
							       : NULL;
}

static int on_match(unsigned int id, unsigned long long from, unsigned long long to,
		    unsigned int flags, void *ctx)
{
	struct scan_state *s = ctx;
	const struct kh_prefilter *p = s->p;
	const struct kh_pf_keyword *k;
	size_t c;

	(void)from;
	(void)flags;
	if (s->extra) {
		k = &p->kw[p->extra_kw[id]];
		found(s, k, (size_t)to - k->len);
		return 0;
	}
	if ((k = db_keyword(p, id)))
		found(s, k, (size_t)to - k->len);
	/* the keywords that end with this one (find_bases), their first
	 * byte compared first */
	for (c = id < p->carry_n ? p->carry_first[id] : 0;
	     id < p->carry_n && c < p->carry_first[id + 1]; c++) {
		const unsigned char *at;

		if (!(k = db_keyword(p, p->carry[c])) || k->len > to)
			continue;
		at = s->buf + to - k->len;
		if ((k->exact ? at[0] : lower_table[at[0]]) == p->text[k->bytes] &&
		    matches_at(p, k, at))
			found(s, k, (size_t)to - k->len);
	}
	return 0;
}

/*
 * A saved database: "KHK3", the number of keywords, each keyword (its
 * length, with SAVE_EXACT set when it is matched in its case, the index
 * of its base (find_bases) or HS_NO_KEYWORD, then its bytes, ASCII lower
 * case unless exact), the database's literal id its index, zeros up to a
 * multiple of 8 bytes, then what hs_serialize_database wrote. Integers
 * are 32-bit, native byte order.
 */
#define SAVE_MAGIC "KHK3"
#define SAVE_EXACT 0x80000000u

/*
 * Maps the saved keywords to p's (db_kw) and deserializes the database;
 * the keywords of p it lacks (a team's own rules) get a database of their
 * own, compiled now: milliseconds for EXTRA_MAX. -1 when more are missing
 * (with `more`: when it holds none) or anything is malformed. Called with
 * the lock held.
 */
static int load_db(struct kh_prefilter *p, const unsigned char *blob, size_t len,
		   int more)
{
	size_t off = 8, i, covered = 0, n_extra = 0;
	uint32_t n = 0, *map = NULL, *base = NULL;
	unsigned char *seen = NULL;
	size_t *extra = NULL;
	hs_database_t *db = NULL, *db_extra = NULL;

	pthread_once(&hs_once, load_hs);
	if (!hs_ready || !p->nkw || len < off || memcmp(blob, SAVE_MAGIC, 4))
		return -1;
	memcpy(&n, blob + 4, 4);
	if (!n || n > len / 4)
		return -1;
	map = malloc(n * sizeof(*map));
	base = malloc(n * sizeof(*base));
	seen = calloc(p->nkw, 1);
	if (!map || !base || !seen)
		goto fail;
	for (i = 0; i < n; i++) {
		uint32_t klen, k;
		int exact;

		if (len - off < 8)
			goto fail;
		memcpy(&klen, blob + off, 4);
		memcpy(&base[i], blob + off + 4, 4);
		off += 8;
		exact = !!(klen & SAVE_EXACT);
		klen &= ~SAVE_EXACT;
		if (len - off < klen)
			goto fail;
		k = *kw_slot(p, blob + off, klen, exact);
		k = k ? k - 1 : HS_NO_KEYWORD;
		off += klen;
		if (k != HS_NO_KEYWORD && seen[k]++)
			goto fail; /* twice in the list */
		covered += k != HS_NO_KEYWORD;
		map[i] = k;
	}
	for (i = 0; i < n; i++) /* a base is in the database */
		if (base[i] != HS_NO_KEYWORD &&
		    (base[i] >= n || base[i] == i || base[base[i]] != HS_NO_KEYWORD))
			goto fail;
	off = (off + 7) & ~(size_t)7;
	if ((more ? !covered : p->nkw - covered > EXTRA_MAX) || off >= len)
		goto fail;
	if (covered < p->nkw) {
		if (!(extra = malloc((p->nkw - covered) * sizeof(*extra))))
			goto fail;
		for (i = 0; i < p->nkw; i++)
			if (!seen[i])
				extra[n_extra++] = i;
		if (!(db_extra = compile_keywords(p, extra, n_extra, NULL, NULL)))
			goto fail;
	}
	if (hs.deserialize_database((const char *)blob + off, len - off, &db) !=
	    HS_SUCCESS)
		goto fail;
	if (carry_by_base(p, base, n) < 0)
		goto fail;
	p->db_kw = map;
	p->db_nkw = n;
	p->db_extra = db_extra;
	p->extra_kw = extra;
	p->n_extra = n_extra;
	atomic_store_explicit(&p->db, db, memory_order_release);
	free(base);
	free(seen);
	return 0;
fail:
	if (db)
		hs.free_database(db);
	if (db_extra)
		hs.free_database(db_extra);
	drop_carry(p);
	free(extra);
	free(map);
	free(base);
	free(seen);
	return -1;
}

/* The database of p's keywords but those with a base, which it
 * compares at their bases' hits; NULL on failure. */
static hs_database_t *compile_own(struct kh_prefilter *p)
{
	uint32_t *base = find_bases(p);
	hs_database_t *db = NULL;

	if (base && carry_by_base(p, base, p->nkw) == 0)
		db = compile_keywords(p, NULL, p->nkw, base, NULL);
	if (!db)
		drop_carry(p);
	free(base);
	return db;
}

/*
 * Compiles the database once (first caller; the others go on with the own
 * filter meanwhile). With `saved_first`, the built-in database is taken
 * instead, with the keywords it lacks compiled beside it: the bench's
 * rules tripled by a team's file (1,940 new keywords) compile in 520M
 * instructions instead of 725M for all, and the two scans cost what one
 * of all keywords does (callgrind: 912M against 916M over the kernel text
 * after its first 16 MB). Scanning with the built-in database costs the
 * same however few of its keywords are in use, as after HS_EMBEDDED_AFTER.
 * On failure the own filter stays in use.
 */
static void compile_db(struct kh_prefilter *p, int saved_first)
{
	hs_database_t *db;

	if (pthread_mutex_trylock(&p->lock))
		return;
	if (!atomic_load(&p->db) && !atomic_load(&p->hs_off)) {
		if (saved_first &&
		    load_db(p, kh_embedded_hsdb, kh_embedded_hsdb_len, 1) == 0)
			atomic_store(&p->embedded, 1);
		else if ((db = compile_own(p)))
			atomic_store(&p->db, db);
		else
			atomic_store(&p->hs_off, 1);
	}
	pthread_mutex_unlock(&p->lock);
}

/* Scans with the database when there is one; 0 when it did. */
static int scan_hs(struct scan_state *s, struct kh_prefilter_scratch *ps)
{
	struct kh_prefilter *p = (struct kh_prefilter *)s->p; /* lock, counters */
	hs_database_t *db;
	hs_error_t ret;

	if (!ps || atomic_load_explicit(&p->hs_off, memory_order_relaxed) ||
	    s->len > (1u << 30))
		return -1;
	db = atomic_load_explicit(&p->db, memory_order_acquire);
	if (!db) {
		size_t wait = (p->nkw > 40 ? p->nkw : 40) * HS_BYTES_PER_KW;
		size_t before = atomic_fetch_add_explicit(&p->scanned, s->len,
							  memory_order_relaxed);

		/* the built-in database, as soon as a scan is more than a few
		 * small files; compiling one only after many megabytes */
		if (!atomic_load_explicit(&p->embedded, memory_order_relaxed)) {
			if (before + s->len < HS_EMBEDDED_AFTER)
				return -1;
			kh_prefilter_load(p, kh_embedded_hsdb, kh_embedded_hsdb_len);
		} else if (before < (wait < HS_BYTES_MAX ? wait : HS_BYTES_MAX)) {
			return -1;
		} else {
			compile_db(p, 1);
		}
		db = atomic_load_explicit(&p->db, memory_order_acquire);
		if (!db)
			return -1;
	}
	/* one scratch serves both databases (db_extra is set before db) */
	if (!ps->hs &&
	    (hs.alloc_scratch(db, &ps->hs) != HS_SUCCESS ||
	     (p->db_extra && hs.alloc_scratch(p->db_extra, &ps->hs) != HS_SUCCESS)))
		return -1;
	if (hs.scan(db, (const char *)s->buf, (unsigned)s->len, 0, ps->hs, on_match, s) !=
	    HS_SUCCESS)
		return -1;
	if (!p->db_extra)
		return 0;
	s->extra = 1;
	ret = hs.scan(p->db_extra, (const char *)s->buf, (unsigned)s->len, 0, ps->hs,
		      on_match, s);
	s->extra = 0;
	return ret == HS_SUCCESS ? 0 : -1;
}
#endif

int kh_prefilter_load(struct kh_prefilter *p, const unsigned char *blob, size_t len)
{
#ifdef KH_HAVE_HS
	int ret;

	pthread_mutex_lock(&p->lock);
	if (atomic_load(&p->db)) {
		ret = atomic_load(&p->embedded) == 1 ? 0 : -1;
	} else {
		ret = load_db(p, blob, len, 0);
		atomic_store(&p->embedded, ret ? -1 : 1);
	}
	pthread_mutex_unlock(&p->lock);
	return ret;
#else
	(void)p;
	(void)blob;
	(void)len;
	return -1;
#endif
}

int kh_prefilter_save(const struct kh_prefilter *p, unsigned char **out, size_t *len)
{
#ifdef KH_HAVE_HS
	char *bytes = NULL;
	size_t n = 0, total = 8, off = 8, i;
	unsigned char *buf;
	uint32_t v;

	/* for any CPU of the architecture: as fast for literals as one for
	 * this CPU (Teddy needs SSSE3 only), and a binary built elsewhere
	 * can still load it */
	hs_platform_info_t any = { HS_TUNE_FAMILY_GENERIC, 0, 0, 0 };
	hs_database_t *db = NULL;
	uint32_t *base;
	int ok;

	*out = NULL;
	*len = 0;
	if (p->nkw > UINT32_MAX / 2 || !(base = find_bases(p)))
		return -1;
	if (!(db = compile_keywords(p, NULL, p->nkw, base, &any))) {
		free(base);
		return -1;
	}
	ok = hs.serialize_database(db, &bytes, &n) == HS_SUCCESS;
	hs.free_database(db);
	for (i = 0; i < p->nkw; i++)
		total += 8 + p->kw[i].len;
	total = ((total + 7) & ~(size_t)7) + n;
	buf = ok ? calloc(1, total) : NULL;
	if (!buf) {
		free(base);
		free(bytes);
		return -1;
	}
	memcpy(buf, SAVE_MAGIC, 4);
	v = (uint32_t)p->nkw;
	memcpy(buf + 4, &v, 4);
	for (i = 0; i < p->nkw; i++) {
		const struct kh_pf_keyword *k = &p->kw[i];

		v = (uint32_t)k->len | (k->exact ? SAVE_EXACT : 0);
		memcpy(buf + off, &v, 4);
		memcpy(buf + off + 4, &base[i], 4);
		memcpy(buf + off + 8, p->text + k->bytes, k->len);
		off += 8 + k->len;
	}
	free(base);
	memcpy(buf + ((off + 7) & ~(size_t)7), bytes, n);
	free(bytes); /* Vectorscan's default allocator is malloc */
	*out = buf;
	*len = total;
	return 0;
#else
	(void)p;
	*out = NULL;
	*len = 0;
	return -1;
#endif
}

const char *kh_prefilter_engine(const struct kh_prefilter *p)
{
#ifdef KH_HAVE_HS
	if (atomic_load(&((struct kh_prefilter *)p)->db))
		return !p->db_kw    ? "vectorscan, compiled"
		       : p->n_extra ? "vectorscan, built-in database and the keywords "
				      "it lacks compiled"
				    : "vectorscan, built-in database";
#else
	(void)p;
#endif
	return "own filter";
}

int kh_prefilter_counts_hits(const struct kh_prefilter *p)
{
	return p->seen != NULL;
}

/* A keyword's hits, read once for sorting. */
struct seen_kw {
	unsigned long n;
	const struct kh_pf_keyword *k;
	const unsigned char *bytes; /* its spelling */
};

/* Most hits first, then by spelling. */
static int cmp_seen(const void *a, const void *b)
{
	const struct seen_kw *x = a, *y = b;
	size_t lx = x->k->len, ly = y->k->len;
	int c;

	if (x->n != y->n)
		return x->n < y->n ? 1 : -1;
	c = memcmp(x->bytes, y->bytes, lx < ly ? lx : ly);
	return c ? c : (lx > ly) - (lx < ly);
}

int kh_prefilter_print_hits(const struct kh_prefilter *p, const char *const *rule_ids,
			    FILE *out)
{
	struct seen_kw *v = malloc((p->nkw + 1) * sizeof(*v));
	size_t i, n = 0, r;

	if (!v)
		return -1;
	for (i = 0; p->seen && i < p->nkw; i++)
		if ((v[n].n = atomic_load(&p->seen[i]))) {
			v[n].bytes = p->text + p->kw[i].bytes;
			v[n++].k = &p->kw[i];
		}
	qsort(v, n, sizeof(*v), cmp_seen);
	for (i = 0; i < n; i++) {
		const struct kh_pf_keyword *k = v[i].k;

		fprintf(out, "keyhound: keyword %lu hits \"%.*s\"%s:", v[i].n,
			(int)k->len, (const char *)v[i].bytes, k->exact ? " (case)" : "");
		for (r = 0; r < k->nrules; r++)
			fprintf(out, " %s", rule_ids[p->rule_lists[k->rules + r]]);
		fputc('\n', out);
	}
	free(v);
	return 0;
}

int kh_prefilter_compile_now(struct kh_prefilter *p)
{
#ifdef KH_HAVE_HS
	compile_db(p, 0);
	return atomic_load(&p->db) ? 0 : -1;
#else
	(void)p;
	return -1;
#endif
}

void kh_prefilter_scan(const struct kh_prefilter *p, struct kh_prefilter_scratch *ps,
		       const unsigned char *buf, size_t len, uint64_t *hits,
		       struct kh_keyword_hits *at)
{
	struct scan_state s = { p, buf, len, hits, at, 0 };

	memcpy(hits, p->always, p->words * sizeof(uint64_t));
	if (at) {
		at->n = at->keywords = 0;
		at->overflow = 0;
	}
#ifdef KH_HAVE_HS
	if (scan_hs(&s, ps) < 0)
#else
	(void)ps;
#endif
	{
		if (at) {
			/* a failed database scan may have begun */
			at->n = at->keywords = 0;
			at->overflow = 0;
		}
		memcpy(hits, p->always, p->words * sizeof(uint64_t));
		scan_windows(&s);
		scan_short(&s);
	}
	if (at && !at->overflow)
		sort_hits(at);
}
