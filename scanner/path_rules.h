/*
 * path_rules.h - rules that a file's path selects (a rule's "paths" globs):
 * Rails' config/master.key, .pgpass, .netrc hold a credential that only
 * their name identifies. The engine asks once per source which of them
 * the source's path selects; a source whose file name's extension no
 * glob ends in costs one hash lookup.
 */
#ifndef KH_PATH_RULES_H
#define KH_PATH_RULES_H

#include <stddef.h>
#include <stdint.h>

#include "rules.h"

/*
 * Checks one glob of a rule's "paths" (matched as --exclude globs are,
 * kh_glob_match in util.h): '*', '?' and "**" wildcards, ending in the
 * literal end of a file name (".pgpass", "*.key"), which a path is
 * compared with first. Returns 0, or -1 with the reason in why.
 */
int kh_path_glob_check(const char *glob, char *why, size_t whylen);

struct kh_path_rules;

/*
 * Collects the rules of rs that have "paths" into *out (NULL when none
 * has: the engine then skips the check). Returns 0, or -1 when out of
 * memory. rs is borrowed and must outlive *out.
 */
int kh_path_rules_new(struct kh_path_rules **out, const struct kh_ruleset *rs);
void kh_path_rules_free(struct kh_path_rules *p);

/*
 * Clears in hits (one bit per rule, as the prefilter sets them) the rules
 * with "paths" that path does not select. A glob matches the path or its
 * end after a '/' (config/master.key matches app/config/master.key), or
 * the member path after an archive's last '!'. A source without a path
 * (a commit message) selects none. kept is scratch of as many words as
 * hits, all 0 (and left so). p may be NULL.
 */
void kh_path_rules_apply(const struct kh_path_rules *p, const char *path, uint64_t *hits,
			 uint64_t *kept);

/*
 * kh_path_rules_apply() in two halves, for a caller that walks hits after
 * (the matcher, once a file): kh_path_rules_keep() sets in kept (all 0)
 * the rules with "paths" hits holds that path selects, and returns 1 when
 * it set one; the caller then clears kh_path_rules_mask()'s bits in hits
 * (its first *words words), puts kept's back and sets kept to 0 again.
 */
int kh_path_rules_keep(const struct kh_path_rules *p, const char *path,
		       const uint64_t *hits, uint64_t *kept);
const uint64_t *kh_path_rules_mask(const struct kh_path_rules *p, size_t *words);

/*
 * Writes to bits[n..] (one byte a bit, 0 or 1; none past bits[cap - 1])
 * what the path rules take from path, for the engine's path profile
 * (kh_engine_path_profile): for each path rule, whether path selects it,
 * and for each of its globs that names more than a file name's end,
 * whether it selects a member of an archive at path. Always as many bits
 * for one p. Returns n plus that number. p may be NULL (no bits).
 */
size_t kh_path_rules_profile(const struct kh_path_rules *p, const char *path,
			     unsigned char *bits, size_t n, size_t cap);

#endif
