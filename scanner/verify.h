/*
 * verify.h - opt-in live verification of findings (--verify).
 *
 * Each distinct (verifier, secret) pair whose rule names a verifier is
 * checked once with a read-only request to its provider; every finding with
 * that secret gets a "verification" object:
 *
 *   {"status": "verified"|"invalid"|"unknown"|"unverifiable",
 *    "reason": "...", "checked_at": "2024-05-01T12:00:00Z", "details": {...}}
 *
 * Findings whose rule names no verifier get no verification object at all
 * (they were not checked); a verifier name this build does not know gives
 * "unverifiable". Never sends a secret anywhere but the provider's own
 * endpoint (or one set with --verify-endpoint), never follows redirects,
 * never prints a secret or a URL that holds one.
 */
#ifndef KH_VERIFY_H
#define KH_VERIFY_H

#include <stddef.h>
#include <time.h>

#include <cjson/cJSON.h>

#include "finding.h"
#include "options.h"

struct kh_diag;

/*
 * Verifies the findings of l in place (sets f->verification) with at most
 * opt->verify_jobs requests in flight. rs (may be NULL) names the providers
 * of "verify" blocks that --verify-endpoint may redirect. Network failures are not
 * errors: they make the status "unknown". Returns 0, or -1 with a one-line message in err
 * for a bad --verify-endpoint, or when libcurl cannot start or memory runs
 * out. A first SIGINT or SIGTERM while requests run ends the run early
 * (kh_interrupt_pending() then says which): secrets not yet checked get
 * {"status": "unknown", "reason": "interrupted"} and it returns 0.
 */
struct kh_ruleset;
int kh_verify_findings(struct kh_findings *l, const struct kh_ruleset *rs,
		       const struct kh_options *opt, struct kh_diag *d, char *err,
		       size_t errlen);

/*
 * Reads a keyhound JSON report (a JSON array, or JSON lines) back into
 * findings, appended to out, every field it shows (verification too);
 * rules are found by id in rs. A report without secrets (--redact, or
 * json on stdout) is refused. Returns 0, or -1 with a one-line message
 * naming the file in err; on failure out is left as it was.
 */
int kh_report_load(const char *path, const struct kh_ruleset *rs, struct kh_findings *out,
		   char *err, size_t errlen);
/*
 * `keyhound merge`: the findings of every report in paths, in report order
 * (kh_findings_sort), each occurrence once (*dropped: the copies left
 * out). The reports of a sharded run so give the unsharded run's report.
 * Returns 0, or -1 with a message naming the file in err (out unchanged).
 */
int kh_report_merge(const struct kh_strlist *paths, const struct kh_ruleset *rs,
		    struct kh_findings *out, size_t *dropped, char *err, size_t errlen);
/* Reads a report file whole (bounded) into *text (NUL-terminated, the
 * caller frees it). Returns 0, or -1 with a one-line message in err. Also
 * reads --baseline reports. */
int kh_report_read(const char *path, char **text, size_t *len, char *err, size_t errlen);
/*
 * JSON lines (a -f jsonl report, or a baseline of them): calls each() with
 * every non-blank line of s[0..len) parsed, and its 1-based number. A line
 * that is not JSON is "PATH:LINE: <bad>" in err. Returns 0, or -1 (that
 * line, or each()'s failure with its own message).
 */
int kh_report_each_line(const char *path, const char *s, size_t len, const char *bad,
			int (*each)(const cJSON *o, size_t lineno, void *ctx), void *ctx,
			char *err, size_t errlen);
/* The same for a report's bytes s[0..len) (with a NUL at s[len]),
 * named `path` in messages. */
int kh_report_parse(const char *path, char *s, size_t len, const struct kh_ruleset *rs,
		    struct kh_findings *out, char *err, size_t errlen);

/* ---- for the provider files (verify_*.c) -------------------------------
 *
 * A provider family is one file that defines a table of verifiers ending in
 * an entry whose name is NULL, and one row in verify.c's `families`.
 */

enum kh_vstatus {
	KH_VS_UNKNOWN,	   /* could not tell: network, 429, 5xx, odd body */
	KH_VS_VERIFIED,	   /* the provider says the credential works */
	KH_VS_INVALID,	   /* the provider (or its expiry) says it does not */
	KH_VS_UNVERIFIABLE /* no read-only check exists */
};

#define KH_VREQ_HEADERS 10

/* One read-only request. Inputs are set by the engine; prepare() sets the
 * rest. Every char * is owned by the request (freed by the engine). */
struct kh_vreq {
	/* inputs (borrowed) */
	const char *secret;
	const char *base;	 /* provider base URL, no trailing '/' */
	const cJSON *validation; /* offline facts of one finding, or NULL */
	int show_email;		 /* --verify-show-email */
	time_t now;
	const struct kh_vspec *spec; /* a rule's "verify" block, or NULL */
	const cJSON *groups;	     /* its named groups {name: value}, or NULL */
	/* set by prepare() */
	int post;	   /* 0: GET, 1: POST with `body` ("" if NULL) */
	int head;	   /* HEAD: no body is asked for */
	const char *sigv4; /* CURLOPT_AWS_SIGV4 with userpwd, or NULL */
	char *userpwd;	   /* "user:password" for the signature */
	char *url;
	char *headers[KH_VREQ_HEADERS]; /* "Name: value" */
	size_t nheaders;
	char *body;
};

/* A complete HTTP response (the body is at most 64 KiB). */
struct kh_vresp {
	long status;
	const char *body; /* NUL-terminated, len bytes */
	size_t len;
	const char *head; /* raw header block of the final response */
	size_t headlen;
};

/* What a verifier decided. The engine creates `details` (an object) before
 * calling a verifier and turns the result into the verification object. */
struct kh_vresult {
	enum kh_vstatus status;
	char reason[96];
	cJSON *details;
	int retry; /* set with KH_VS_UNKNOWN: transient, worth a retry */
};

struct kh_verifier {
	const char *name;     /* the "verifier" of rule files */
	const char *provider; /* the PROVIDER of --verify-endpoint */
	const char *base_url; /* the official base URL, https */
	/*
	 * Fills q (url, method, headers, body) and returns 0 to send it, or
	 * decides offline (sets r) and returns 1 (no request is made), or
	 * returns -1 when out of memory.
	 */
	int (*prepare)(struct kh_vreq *q, struct kh_vresult *r);
	/* Judges a complete HTTP response; must set r->status and reason. */
	void (*judge)(const struct kh_vreq *q, const struct kh_vresp *resp,
		      struct kh_vresult *r);
};

/* The families (one per verify_*.c file). */
extern const struct kh_verifier kh_verifiers_hubspot[];
extern const struct kh_verifier kh_verifiers_github[];
extern const struct kh_verifier kh_verifiers_slack[];

/* The verifier called name, or NULL. */
const struct kh_verifier *kh_verifier_find(const char *name);

/* Sets status and a formatted reason (never put a secret in it). */
void kh_vresult_set(struct kh_vresult *r, enum kh_vstatus st, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* q->url = base + path, then `secret` percent-encoded when with_secret,
 * then tail (may be NULL). Returns 0, or -1 when out of memory. */
int kh_vreq_url(struct kh_vreq *q, const char *path, int with_secret, const char *tail);
/* Adds "name: value"; value_secret appends the secret after value.
 * Returns 0, or -1 when out of memory or the table is full. */
int kh_vreq_header(struct kh_vreq *q, const char *name, const char *value,
		   int value_secret);
/* Makes q a POST of the JSON object {key: secret}. Returns 0 or -1. */
int kh_vreq_json_secret(struct kh_vreq *q, const char *key);
/* Frees what prepare() set; the request can be prepared again. */
void kh_vreq_release(struct kh_vreq *q);

/* The body as a JSON object, or NULL when it is not one (HTML, text,
 * garbage, an array). The caller frees it with cJSON_Delete. */
cJSON *kh_vresp_json(const struct kh_vresp *resp);
/* Copies the value of response header `name` (case-insensitive), trimmed,
 * into out. Returns 1 when present, 0 otherwise. */
int kh_vresp_header(const struct kh_vresp *resp, const char *name, char *out,
		    size_t outlen);

/* Percent-encodes s (all but RFC 3986 unreserved characters) onto b. */
struct kh_strbuf;
void kh_vurl_escape(struct kh_strbuf *b, const char *s);

/* The string value of obj[key], or NULL. */
const char *kh_vjson_str(const cJSON *obj, const char *key);
/*
 * Copies obj[key] into details[as] when it is a string (capped), number,
 * boolean, or an array of those (capped); objects are never copied, so a
 * token nested in a response cannot slip through.
 */
void kh_vdetail(cJSON *details, const char *as, const cJSON *obj, const char *key);
/* The same for the item itself (it may be NULL). */
void kh_vdetail_item(cJSON *details, const char *as, const cJSON *it);
/* Adds a comma/space separated list (a scopes header) as an array. */
void kh_vdetail_list(cJSON *details, const char *as, const char *list);

/* The verdict for a response nobody recognised: unknown, with the reason
 * saying why (rate limited, server error, non-JSON, unexpected). */
void kh_vjudge_other(const struct kh_vresp *resp, struct kh_vresult *r);

#endif
