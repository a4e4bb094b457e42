/*
 * report.h - turning findings into JSON, JSONL, SARIF or text, and writing
 * the report whole or not at all.
 *
 * Every formatter appends to a kh_strbuf; kh_report_write() then writes the
 * buffer to stdout (checking for write errors) or to a temporary file next
 * to --output that is renamed into place only once complete.
 */
#ifndef KH_REPORT_H
#define KH_REPORT_H

#include <cjson/cJSON.h>

#include "finding.h"
#include "options.h"
#include "rules.h"
#include "util.h"

/* The finding as a JSON object (secret left out and match masked when
 * `redact`); NULL when out of memory. */
cJSON *kh_finding_to_json(const struct kh_finding *f, int redact);

/* A copy of match (caller frees) with every occurrence of the secret
 * masked by kh_redact(); NULL when out of memory. */
char *kh_mask_match(const char *match, const char *secret);

/* The secret as shown when redacted: a short prefix and a mask. */
void kh_redact(const char *secret, char *out, size_t outlen);

int kh_format_json(struct kh_strbuf *out, const struct kh_findings *l,
		   const struct kh_options *opt, int lines);
int kh_format_sarif(struct kh_strbuf *out, const struct kh_findings *l,
		    const struct kh_options *opt, const struct kh_ruleset *rs);
int kh_format_text(struct kh_strbuf *out, const struct kh_findings *l,
		   const struct kh_options *opt);

/* Resolves KH_FMT_AUTO: text on a terminal, JSON otherwise. */
enum kh_format kh_report_format(const struct kh_options *opt);

/* Formats and writes; returns 0, or -1 with a message in err. */
int kh_report_write(const struct kh_findings *l, const struct kh_options *opt,
		    const struct kh_ruleset *rs, char *err, size_t errlen);

#endif
