/*
 * prefilter_image.h - the own keyword filter's tables as plain data, so
 * that the build can write the built-in rules' tables as C (tools/
 * rules_image.c) and a scan start without building them: building took
 * 5.9M of a pre-commit run's 28.7M instructions. Only prefilter.c, the
 * tool and the file it writes include this.
 */
#ifndef KH_PREFILTER_IMAGE_H
#define KH_PREFILTER_IMAGE_H

#include <stddef.h>
#include <stdint.h>

#include "prefilter.h"

#define KH_PF_FILTER_BITS 18
#define KH_PF_BUCKET_BITS 12
#define KH_PF_SHORT_MAX	  2 /* the AVX2 scan looks at two offsets */

/* Offsets, not pointers: a table of pointers in a PIE is written by the
 * relocations at every start (the built-in one's 4,900 wrote 96 KB). */
struct kh_pf_keyword {
	uint32_t bytes; /* into the filter's text: ASCII lower case, unless exact */
	uint32_t len;
	uint32_t rules; /* into its rule lists: rules that list it (sorted, distinct) */
	uint32_t nrules;
	int exact; /* matched in the case given (a token's fixed prefix) */
};

/*
 * Keywords of one to KH_PF_SHORT_MAX bytes ("SK", "Q~"), which the own
 * filter's anchors (3 bytes or more) cannot stand for: a pass of their own over
 * nibble tables, the way Teddy does it. Each keyword has a bucket (one
 * bit); lo[j][x] (hi[j][x]) holds the buckets whose keyword may have a
 * byte of low (high) nibble x at offset j. Where all offsets agree, the
 * bucket's keywords are compared. (Vectorscan takes them in its one
 * database: a pass of their own beside it measured 5 % slower, though it
 * ran fewer instructions.)
 */
struct kh_pf_short {
	unsigned char lo[KH_PF_SHORT_MAX][16], hi[KH_PF_SHORT_MAX][16];
	size_t *kw; /* keyword indices; keyword kw[i] is in bucket i % 8 */
	size_t n;
};

struct kh_pf_anchor {
	uint32_t key;	 /* of its window: window_key() in prefilter.c */
	uint32_t kw;	 /* index into keywords */
	uint32_t offset; /* of the anchor inside the keyword */
};

/* What kh_prefilter_new builds for nrules rules (see prefilter.c). */
struct kh_prefilter_image {
	size_t nrules;
	const uint64_t *filter; /* [(1 << KH_PF_FILTER_BITS) / 64] */
	const uint32_t *bucket; /* [(1 << KH_PF_BUCKET_BITS) + 1] */
	const struct kh_pf_anchor *anchors;
	size_t nanchors;
	const struct kh_pf_keyword *kw;
	size_t nkw;
	const unsigned char *text;  /* the keywords' bytes, each with a NUL */
	const uint32_t *rule_lists; /* the keywords' rules */
	const uint32_t *index_slot; /* keywords by spelling: [index_mask + 1] */
	size_t index_mask;
	const size_t *longkw;
	size_t nlong;
	struct kh_pf_short shorts;
	const uint64_t *always; /* [words] */
	size_t words;
};

/* The built-in rules' tables (build/rules_image.c; nrules 0 in the
 * tool's own link). */
extern const struct kh_prefilter_image kh_prefilter_builtin;

/* A filter that uses img's tables in place (they outlive it). NULL when
 * out of memory. */
struct kh_prefilter *kh_prefilter_from_image(const struct kh_prefilter_image *img);

/* p's tables as an image (pointing into p). */
void kh_prefilter_image_of(const struct kh_prefilter *p, struct kh_prefilter_image *img);

#endif
