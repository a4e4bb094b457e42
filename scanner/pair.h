/*
 * pair.h - secrets whose format alone says little (an AWS secret access
 * key, a Twilio auth token, an OAuth client secret) judged by their
 * partner: the identifier issued with them (access key id, account SID,
 * client id), a few lines above or below. A rule's "partner" block says
 * what the partner looks like, how far to look, and whether a finding
 * without one is dropped; a finding with one names it.
 */
#ifndef KH_PAIR_H
#define KH_PAIR_H

#include <stddef.h>

#include <cjson/cJSON.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

struct kh_findings;
struct kh_finding;
struct kh_source;

struct kh_partner_spec {
	char *kind;	  /* "account_sid", "client_id", "access_key_id"... */
	pcre2_code *code; /* finds it: group "partner", or the whole match */
	unsigned lines;	  /* how many lines above and below the secret */
	int secret;	  /* the partner is itself secret: masked like one */
	int required;	  /* a finding without its partner is dropped */
};

/*
 * Parses a rule's "partner" object: {"kind": NAME, "regex": R, "lines": N,
 * "secret": bool, "required": bool} (lines 4, secret false, required true
 * by default). Returns 0 with *out set, or -1 with a message in err.
 */
int kh_partner_spec_parse(const cJSON *o, struct kh_partner_spec **out, char *err,
			  size_t errlen);
void kh_partner_spec_free(struct kh_partner_spec *s);

/*
 * Looks for the partner of f (a finding in src, f->rule has a "partner"
 * block or nothing is done): the nearest match within the rule's lines.
 * Attaches it (partner, partner_offset, partner_line). Returns 1 to keep
 * f, 0 to drop it (its rule requires a partner and there is none), -1 when
 * out of memory.
 */
int kh_pair_finding(const struct kh_source *src, struct kh_finding *f);

/* {"kind": ..., "line": N, "value": ...} for a finding with a partner
 * (the value masked when redact and the partner is secret), else NULL. */
cJSON *kh_partner_json(const struct kh_finding *f, int redact);

#endif
