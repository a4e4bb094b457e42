#include "prefilter.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

#define HAS_OUTPUT 0x80000000u

struct kh_prefilter {
	uint8_t cls[256]; /* byte -> class; 0 = in no keyword */
	size_t nclasses;
	uint32_t *delta; /* [state * nclasses + class] -> row | HAS_OUTPUT */
	size_t nstates;
	uint64_t *out;	  /* [state * words]: rules whose keyword ends here */
	uint64_t *always; /* rules without keywords */
	size_t words;
};

size_t kh_prefilter_words(const struct kh_prefilter *p)
{
	return p->words;
}

void kh_prefilter_free(struct kh_prefilter *p)
{
	if (!p)
		return;
	free(p->delta);
	free(p->out);
	free(p->always);
	free(p);
}

/* Trie under construction: next[] uses -1 for "no edge". */
struct trie {
	int32_t *next;
	size_t n, cap, ncls;
};

static int32_t trie_add_state(struct trie *t)
{
	if (kh_grow((void **)&t->next, &t->cap, t->n + 1, t->ncls * sizeof(*t->next)) < 0)
		return -1;
	memset(t->next + t->n * t->ncls, 0xff, t->ncls * sizeof(int32_t));
	return (int32_t)t->n++;
}

static int assign_classes(struct kh_prefilter *p, char **const *keywords,
			  const size_t *nkeywords, size_t nrules)
{
	size_t r, k;

	p->nclasses = 1;
	for (r = 0; r < nrules; r++) {
		for (k = 0; k < nkeywords[r]; k++) {
			const unsigned char *s = (const unsigned char *)keywords[r][k];

			for (; *s; s++) {
				unsigned char lo = (unsigned char)tolower(*s);

				if (p->cls[lo])
					continue;
				if (p->nclasses == 255)
					return -1;
				p->cls[lo] = (uint8_t)p->nclasses;
				p->cls[toupper(lo)] = (uint8_t)p->nclasses;
				p->nclasses++;
			}
		}
	}
	return 0;
}

/* Follows or creates the trie path of one keyword; returns its end state. */
static int32_t trie_insert(struct kh_prefilter *p, struct trie *t, const unsigned char *s)
{
	int32_t st = 0;

	for (; *s; s++) {
		size_t at = (size_t)st * t->ncls + p->cls[*s];

		if (t->next[at] < 0) {
			int32_t ns = trie_add_state(t);

			if (ns < 0)
				return -1;
			t->next[at] = ns; /* t->next may have moved: index again */
		}
		st = t->next[at];
	}
	return st;
}

/* Inserts every keyword, then marks each rule in the output set of the
 * states where its keywords end. */
static int build_trie(struct kh_prefilter *p, struct trie *t, uint64_t **outp,
		      char **const *keywords, const size_t *nkeywords, size_t nrules)
{
	size_t r, k, nends = 0, total = 0, i;
	int32_t *ends;

	for (r = 0; r < nrules; r++)
		total += nkeywords[r];
	ends = malloc((total + 1) * sizeof(*ends));
	if (!ends)
		return -1;
	for (r = 0; r < nrules; r++) {
		for (k = 0; k < nkeywords[r]; k++) {
			ends[nends] =
				trie_insert(p, t, (const unsigned char *)keywords[r][k]);
			if (ends[nends++] < 0) {
				free(ends);
				return -1;
			}
		}
	}
	*outp = calloc(t->n * p->words, sizeof(uint64_t));
	if (!*outp) {
		free(ends);
		return -1;
	}
	for (r = 0, i = 0; r < nrules; r++) {
		if (!nkeywords[r])
			p->always[r / 64] |= 1ull << (r % 64);
		for (k = 0; k < nkeywords[r]; k++, i++)
			(*outp)[(size_t)ends[i] * p->words + r / 64] |= 1ull << (r % 64);
	}
	free(ends);
	return 0;
}

/* Turns the trie into a complete DFA with merged outputs (BFS order). */
static int complete_dfa(struct kh_prefilter *p, struct trie *t, uint64_t *out)
{
	int32_t *fail = calloc(t->n, sizeof(*fail));
	int32_t *queue = malloc(t->n * sizeof(*queue));
	size_t head = 0, tail = 0, c, w;

	if (!fail || !queue) {
		free(fail);
		free(queue);
		return -1;
	}
	for (c = 0; c < t->ncls; c++) {
		int32_t s = t->next[c];

		if (s < 0) {
			t->next[c] = 0;
		} else {
			fail[s] = 0;
			queue[tail++] = s;
		}
	}
	t->next[0] = 0; /* class 0 never starts a keyword */
	while (head < tail) {
		int32_t s = queue[head++];

		for (w = 0; w < p->words; w++)
			out[s * p->words + w] |= out[fail[s] * p->words + w];
		for (c = 0; c < t->ncls; c++) {
			int32_t *edge = &t->next[s * t->ncls + c];

			if (c == 0) {
				*edge = 0;
			} else if (*edge < 0) {
				*edge = t->next[fail[s] * t->ncls + c];
			} else {
				fail[*edge] = t->next[fail[s] * t->ncls + c];
				queue[tail++] = *edge;
			}
		}
	}
	free(fail);
	free(queue);
	return 0;
}

static int has_output(const uint64_t *out, size_t words, size_t s)
{
	size_t w;

	for (w = 0; w < words; w++)
		if (out[s * words + w])
			return 1;
	return 0;
}

struct kh_prefilter *kh_prefilter_new(char **const *keywords, const size_t *nkeywords,
				      size_t nrules)
{
	struct kh_prefilter *p = calloc(1, sizeof(*p));
	struct trie t = { 0 };
	uint64_t *out = NULL;
	size_t i;

	if (!p)
		return NULL;
	p->words = nrules / 64 + 1;
	p->always = calloc(p->words, sizeof(uint64_t));
	if (!p->always || assign_classes(p, keywords, nkeywords, nrules) < 0)
		goto fail;
	t.ncls = p->nclasses;
	if (trie_add_state(&t) < 0)
		goto fail;
	if (build_trie(p, &t, &out, keywords, nkeywords, nrules) < 0)
		goto fail;
	if (complete_dfa(p, &t, out) < 0)
		goto fail;
	p->nstates = t.n;
	p->delta = malloc(t.n * t.ncls * sizeof(uint32_t));
	if (!p->delta)
		goto fail;
	for (i = 0; i < t.n * t.ncls; i++) {
		uint32_t s = (uint32_t)t.next[i];

		p->delta[i] = (uint32_t)(s * t.ncls) |
			      (has_output(out, p->words, s) ? HAS_OUTPUT : 0);
	}
	p->out = out;
	free(t.next);
	return p;
fail:
	free(t.next);
	free(out);
	kh_prefilter_free(p);
	return NULL;
}

/* Records every rule of one output row at offset i. */
static void record(const uint64_t *o, size_t words, size_t i, struct kh_keyword_hits *at)
{
	size_t w;

	for (w = 0; w < words; w++) {
		uint64_t bits = o[w];

		while (bits) {
			if (at->n == at->cap) {
				at->overflow = 1;
				return;
			}
			at->rule[at->n] =
				(uint32_t)(w * 64 + (size_t)__builtin_ctzll(bits));
			at->pos[at->n++] = i;
			bits &= bits - 1;
		}
	}
}

void kh_prefilter_scan(const struct kh_prefilter *p, const unsigned char *buf, size_t len,
		       uint64_t *hits, struct kh_keyword_hits *at)
{
	const uint32_t *delta = p->delta;
	const uint8_t *cls = p->cls;
	size_t ncls = p->nclasses, words = p->words, i, w;
	uint32_t row = 0;

	memcpy(hits, p->always, words * sizeof(uint64_t));
	if (at) {
		at->n = 0;
		at->overflow = 0;
	}
	for (i = 0; i < len; i++) {
		uint32_t v = delta[row + cls[buf[i]]];

		row = v & ~HAS_OUTPUT;
		if (v & HAS_OUTPUT) {
			const uint64_t *o = p->out + (row / ncls) * words;

			for (w = 0; w < words; w++)
				hits[w] |= o[w];
			if (at && !at->overflow)
				record(o, words, i, at);
		}
	}
}
