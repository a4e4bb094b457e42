/*
 * context.h - a weak name's value (key, token, value, a map's entry) in a
 * provider's context: the provider named by the code around it (a rule's
 * keyword the prefilter saw, the file's name), handed to the rules as
 * `<provider>_api_key = "value"` (context.c).
 */
#ifndef KH_CONTEXT_H
#define KH_CONTEXT_H

#include <stddef.h>

#include "layer.h"
#include "prefilter.h"

struct kh_ruleset;

/*
 * Learns the providers' names of rs, and which keywords of its rules
 * spell them: once, before scans with rs (kh_engine_new). Returns 0, or
 * -1 when out of memory (then kh_shape_context reads nothing).
 */
int kh_shape_context_prepare(const struct kh_ruleset *rs);

/*
 * Appends to l a `<provider>_api_key = "value"` line for each weak name's
 * value read where b[0..len) spells a provider it names: a provider of a
 * rule in hits (on the keyword's line), and the provider the file's name
 * at path (NULL: none) is. Returns 0, or -1 when out of memory.
 */
int kh_shape_context(const unsigned char *b, size_t len, const struct kh_ruleset *rs,
		     const struct kh_keyword_hits *hits, const char *path,
		     struct kh_layer *l);

#endif
