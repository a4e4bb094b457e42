/*
 * prefilter.h - one case-insensitive pass over a buffer that finds which
 * rules' keywords occur in it (Aho-Corasick, as a DFA over byte classes).
 */
#ifndef KH_PREFILTER_H
#define KH_PREFILTER_H

#include <stddef.h>
#include <stdint.h>

struct kh_prefilter;

/*
 * Builds the automaton: keywords[i] (nkeywords[i] strings) belong to rule i
 * of nrules. A rule with no keyword is always reported as hit.
 * Returns NULL when out of memory.
 */
struct kh_prefilter *kh_prefilter_new(char **const *keywords,
				      const size_t *nkeywords, size_t nrules);
void kh_prefilter_free(struct kh_prefilter *p);

/* Number of 64-bit words in a hit set. */
size_t kh_prefilter_words(const struct kh_prefilter *p);

/* Sets hits[] (kh_prefilter_words() words) to the rules that may match. */
void kh_prefilter_scan(const struct kh_prefilter *p, const unsigned char *buf,
		       size_t len, uint64_t *hits);

#endif
