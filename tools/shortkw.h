/*
 * shortkw.h - a matcher of its own for the keywords of at most
 * KH_SHORTKW_MAX bytes (`ghp_`, `AKIA`, `_pw=`, `SK`), which cost most of
 * Vectorscan's FDR pass (doc/performance.md, wave 32): nibble tables over
 * each keyword's first four bytes, eight buckets, the way Teddy does it;
 * where a bucket passes, its keywords are compared whole. Measured by
 * tools/kwcost (`kwcost LITS --short`), not in the binary: it costs more
 * than the FDR instructions it would save (wave 33).
 */
#ifndef KH_SHORTKW_H
#define KH_SHORTKW_H

#include <stddef.h>

#define KH_SHORTKW_MAX 4

struct kh_shortkw;

/* The matcher of keywords bytes[i] (len[i] bytes, 1..KH_SHORTKW_MAX),
 * compared in the case given when exact[i], else ASCII letters in any case
 * (bytes[i] then in lower case). NULL when out of memory. */
struct kh_shortkw *kh_shortkw_new(const unsigned char *const *bytes, const size_t *len,
				  const int *exact, size_t n);
void kh_shortkw_free(struct kh_shortkw *m);

/* Calls on(keyword index, start, ctx) for every occurrence in buf[0..len),
 * by increasing start (keywords at one start in no set order). */
void kh_shortkw_scan(const struct kh_shortkw *m, const unsigned char *buf, size_t len,
		     void (*on)(size_t kw, size_t start, void *ctx), void *ctx);

#endif
