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

struct kh_provider_names;

/*
 * What the rules rs say of providers' names: the names, and which
 * keywords of its rules spell them. One an engine (kh_engine_new), read
 * by its threads; rs must outlive it. NULL when out of memory.
 */
struct kh_provider_names *kh_provider_names_new(const struct kh_ruleset *rs);
void kh_provider_names_free(struct kh_provider_names *c);

/*
 * Appends to l a `<provider>_api_key = "value"` line for each weak name's
 * value read where b[0..len) spells a provider it names: a provider of a
 * rule of c in hits (on the keyword's line), and the provider the file's
 * name at path (NULL: none) is; lines for that provider's own rules only
 * (KH_CONTEXT) for context further away (sibling lines, the file's name,
 * base64 under a name that says nothing, looked for when encoded says b
 * holds a base64 run). Returns 0, or -1 when out of memory.
 */
int kh_shape_context(const struct kh_provider_names *c, const unsigned char *b,
		     size_t len, const struct kh_keyword_hits *hits, const char *path,
		     int encoded, struct kh_layer *l);

#endif
