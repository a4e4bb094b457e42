/*
 * verify_spec.h - verification as data: a rule's "verify" block.
 *
 * A rule file describes its provider's read-only check (method, URL,
 * headers, body, what answer means verified or invalid, which response
 * fields become details); this module checks that description against the
 * safety contract when the rule is loaded and interprets it for the engine
 * in verify.c. See patterns/README.md for the format.
 *
 * The safety contract, enforced at load time: https only; the host is fixed
 * by the rule, except a first label "{NAME}" filled from the named regex
 * group NAME (which must match [A-Za-z0-9-]{1,63} when sent); no redirects
 * (the engine never follows one); GET or HEAD, or POST only to an endpoint
 * the rule marks "introspection": true; no URL that names a revoking,
 * rotating or deleting action.
 */
#ifndef KH_VERIFY_SPEC_H
#define KH_VERIFY_SPEC_H

#include <stddef.h>

#include <cjson/cJSON.h>

#ifndef PCRE2_CODE_UNIT_WIDTH
#define PCRE2_CODE_UNIT_WIDTH 8
#endif
#include <pcre2.h>

struct kh_vreq;
struct kh_vresp;
struct kh_vresult;

enum kh_vmethod { KH_VM_GET, KH_VM_HEAD, KH_VM_POST };

/* What a response must look like to mean "valid" (or "invalid"). */
struct kh_vmatch {
	long *status; /* any of these; none given: any status */
	size_t nstatus;
	char **exists; /* dotted JSON paths that must be present (not null) */
	size_t nexists;
	cJSON *equals;	 /* {path: scalar} that must be equal; owned */
	cJSON *contains; /* {path: text} the string there must contain; owned */
	char *reason;	 /* the verdict's reason, or NULL: "valid" / "invalid" */
};

/* A named group searched for around the secret ("nearby"). */
struct kh_vnear {
	char *name;
	pcre2_code *code;
};

struct kh_vspec {
	enum kh_vmethod method;
	char *url;	  /* the template as written */
	char *host_group; /* NAME of a "{NAME}." first host label, or NULL */
	const char *path; /* inside url: path and query template ("/...", or "") */
	char **hnames, **hvalues; /* header templates */
	size_t nheaders;
	char *basic_user, *basic_pass; /* templates, or NULL */
	char *body, *content_type;     /* POST only */
	int introspection;
	char *aws_sigv4;     /* CURLOPT_AWS_SIGV4 ("aws:amz:REGION:SERVICE"), or NULL */
	int azure_sharedkey; /* sign as Azure Storage SharedKey with basic_auth's pair */
	char *unverifiable;  /* reason: decided without a request */
	struct kh_vnear *near; /* partner values found around the secret */
	size_t nnear;
	struct kh_vmatch *valid, *invalid; /* tried in order; the first wins */
	size_t nvalid, ninvalid;
	char **dnames, **dpaths; /* details: name <- dotted path or header:NAME */
	size_t ndetails;
	char **groups; /* named regex groups the templates use */
	size_t ngroups;
};

/*
 * Checks one "verify" object against the format and the safety contract and
 * builds *out. `regex` is the rule's regex: every {group:NAME} must be a
 * named group of it. Returns 0, or -1 with a one-line message in err (the
 * caller prefixes file and rule); *out is NULL then.
 */
int kh_verify_spec_parse(const cJSON *obj, const char *regex, struct kh_vspec **out,
			 char *err, size_t errlen);
void kh_vspec_free(struct kh_vspec *s);
/* 1 when a request of s carries the secret itself ({secret} in its URL,
 * headers, basic auth or body), 0 when it names only groups (a GCP key
 * file is checked by its key id, not by its PEM). */
int kh_vspec_sends_secret(const struct kh_vspec *s);

/*
 * The named groups the spec uses, read from a match (ovector of rc pairs
 * over data[0..len)), else from a "nearby" regex: the match nearest to the
 * secret data[start..end) within KH_VNEAR_SPAN bytes either side. Returns a
 * JSON object {name: value} (unset groups left out), or NULL when the spec
 * uses none, or when out of memory (*oom set).
 */
#define KH_VNEAR_SPAN 1024
cJSON *kh_vspec_groups(const struct kh_vspec *s, const pcre2_code *code, const size_t *ov,
		       int rc, const unsigned char *data, size_t len, size_t start,
		       size_t end, int *oom);
/* The same by matching code over text again (a report read back). */
cJSON *kh_vspec_groups_rematch(const struct kh_vspec *s, const pcre2_code *code,
			       const char *text);

/* The verifier that interprets q->spec (prepare and judge). */
extern const struct kh_verifier kh_vspec_verifier;

#endif
