/*
 * prefilter.h - one case-insensitive pass over a buffer that finds which
 * rules' keywords occur in it, and where (a hashed 3-byte filter, or a
 * Vectorscan literal database: built in, or compiled once enough bytes
 * were scanned).
 */
#ifndef KH_PREFILTER_H
#define KH_PREFILTER_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <stdio.h>

struct kh_prefilter;

/*
 * Builds the automaton: keywords[i] (nkeywords[i] strings) belong to rule i
 * of nrules, matched in any case unless match_case[i] (match_case may be
 * NULL). A rule with no keyword is always reported as hit.
 * Returns NULL when out of memory.
 */
struct kh_prefilter *kh_prefilter_new(char **const *keywords, const size_t *nkeywords,
				      const unsigned char *match_case, size_t nrules);
void kh_prefilter_free(struct kh_prefilter *p);

/* Per-thread state of a scan (Vectorscan's scratch). NULL when out of
 * memory; free accepts NULL. */
struct kh_prefilter_scratch;
struct kh_prefilter_scratch *kh_prefilter_scratch_new(void);
void kh_prefilter_scratch_free(struct kh_prefilter_scratch *ps);

/*
 * Compiles the Vectorscan database now instead of after the first few
 * megabytes (tests, benchmarks). Returns 0 when scans will use it, -1 when
 * the build has no Vectorscan or compilation failed (the own filter then
 * gives the same answers).
 */
int kh_prefilter_compile_now(struct kh_prefilter *p);

/*
 * Compiles p's keywords into a Vectorscan database for any CPU of this
 * architecture and saves it with them to *out (malloc'd, *len bytes): the
 * build embeds the built-in rules' one (tools/hsdb.c). Returns -1 without
 * Vectorscan or when compiling fails.
 */
int kh_prefilter_save(const struct kh_prefilter *p, unsigned char **out, size_t *len);

/*
 * Scans with a saved database from now on: returns 0 when it holds all
 * but a few keywords of p (others are ignored; the few it lacks are
 * compiled into a small database beside it) and this Vectorscan takes it
 * (its version, the CPU's features), -1 otherwise (nothing changes, and
 * the built-in database is no longer tried). Scans load the built-in one
 * on their own once a run has scanned 256 KiB.
 */
int kh_prefilter_load(struct kh_prefilter *p, const unsigned char *blob, size_t len);

/* Which keyword scan is in use, for -v: "own filter", "vectorscan,
 * built-in database" or "vectorscan, compiled". */
const char *kh_prefilter_engine(const struct kh_prefilter *p);

/*
 * With KEYHOUND_KEYWORD_STATS set in the environment when p was built,
 * scans count each keyword's hits (a debug aid: which keywords fire in
 * ordinary text). kh_prefilter_counts_hits says whether they do;
 * kh_prefilter_print_hits writes one line per keyword seen, most hits
 * first, with the ids of its rules (rule_ids[rule index]). Returns -1
 * when out of memory.
 */
int kh_prefilter_counts_hits(const struct kh_prefilter *p);
int kh_prefilter_print_hits(const struct kh_prefilter *p, const char *const *rule_ids,
			    FILE *out);

/* Number of 64-bit words in a hit set. */
size_t kh_prefilter_words(const struct kh_prefilter *p);

/* Where keywords were seen: (rule, offset of the keyword's last byte), an
 * entry for each rule of a keyword hit. */
struct kh_keyword_hits {
	uint32_t *rule;
	size_t *pos;
	size_t n, cap; /* entries; cap fixed by the owner; n <= cap */
	int overflow;  /* more than cap entries or keyword_cap keyword hits:
			* positions are incomplete */
	/* keyword hits kept, and at most (0: no bound but cap). The bound
	 * counts keyword hits, not entries: a keyword many rules share (the
	 * copies of a rule set grown threefold) must not make a file's
	 * positions overflow sooner, or every rule it wakes runs over the
	 * whole file */
	size_t keywords, keyword_cap;
};

/*
 * The places a reader of b[0..len) looks at for the hits h: each recorded
 * (rule, offset) in order or, when h overflowed, each line's start with
 * rule KH_EVERY_RULE: with no positions kept, any line may hold any
 * rule's keyword (the one place that decides it for every reader).
 * kh_hits_next() returns 0 when there are no more.
 */
#define KH_EVERY_RULE UINT32_MAX

struct kh_hit_walk {
	const struct kh_keyword_hits *h;
	const unsigned char *b;
	size_t len, i;
};

static inline void kh_hits_begin(struct kh_hit_walk *w, const struct kh_keyword_hits *h,
				 const unsigned char *b, size_t len)
{
	w->h = h;
	w->b = b;
	w->len = len;
	w->i = 0;
}

static inline int kh_hits_next(struct kh_hit_walk *w, uint32_t *rule, size_t *pos)
{
	const unsigned char *nl;

	if (w->h->overflow) {
		if (w->i >= w->len)
			return 0;
		*rule = KH_EVERY_RULE;
		*pos = w->i;
		nl = memchr(w->b + w->i, '\n', w->len - w->i);
		w->i = nl ? (size_t)(nl - w->b) + 1 : w->len;
		return 1;
	}
	for (; w->i < w->h->n; w->i++)
		if (w->h->pos[w->i] < w->len) {
			*rule = w->h->rule[w->i];
			*pos = w->h->pos[w->i++];
			return 1;
		}
	return 0;
}

/*
 * Sets hits[] (kh_prefilter_words() words) to the rules that may match and,
 * when `at` is not NULL, records where each rule's keywords occur (in
 * increasing offset order, rules in increasing order at one offset; each
 * pair once). ps may be NULL (then the own filter is used). Thread-safe
 * for distinct ps.
 */
void kh_prefilter_scan(const struct kh_prefilter *p, struct kh_prefilter_scratch *ps,
		       const unsigned char *buf, size_t len, uint64_t *hits,
		       struct kh_keyword_hits *at);

#endif
