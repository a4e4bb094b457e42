/*
 * verify.h - opt-in live verification of findings (--verify).
 *
 * Each distinct secret whose rule names a verifier is checked once with a
 * read-only request to its provider; every finding with that secret gets a
 * "verification" object. Never sends a secret anywhere but the provider's
 * own endpoint (or one set with --verify-endpoint).
 */
#ifndef KH_VERIFY_H
#define KH_VERIFY_H

#include <stddef.h>

#include "finding.h"
#include "options.h"

struct kh_diag;

/* Returns 0, or -1 with a one-line message in err (bad option). */
int kh_verify_findings(struct kh_findings *l, const struct kh_options *opt,
		       struct kh_diag *d, char *err, size_t errlen);

struct kh_ruleset;

/*
 * Reads a keyhound JSON report back into findings (`keyhound verify
 * REPORT.json`); rules are found by id in rs. Returns 0, or -1 with a
 * one-line message naming the file in err.
 */
int kh_report_load(const char *path, const struct kh_ruleset *rs,
		   struct kh_findings *out, char *err, size_t errlen);

#endif
