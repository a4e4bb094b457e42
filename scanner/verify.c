/*
 * verify.c - the live verification engine: dedupe, schedule, transfer.
 *
 * Shaped like curl's tool (tool_operate.c): a queue of transfers fed into
 * one multi handle, curl_multi_perform / curl_multi_poll in a loop, finished
 * transfers read with curl_multi_info_read. On top of that: at most
 * --verify-jobs transfers in flight, a token bucket per host, and bounded
 * retries for 429 and 5xx that honour Retry-After.
 *
 * What a request looks like and what a response means belongs to the
 * provider files (verify_*.c); this file never looks inside a body.
 * Secrets go into requests only: never into a message, a reason or a log
 * line, and curl's error strings (which can hold the URL, and so a
 * ?hapikey=) are never asked for.
 *
 * Long runs: a progress line on a terminal, and an interrupt that keeps
 * what was checked. The first SIGINT/SIGTERM is only recorded (report.c,
 * kh_interrupt_defer) and seen here within POLL_MAX_MS; the jobs not done
 * become unknown "interrupted" and the caller writes the report as usual.
 */
#include "verify.h"

#include <arpa/inet.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include <curl/curl.h>

#include "curl_api.h"

#include "diag.h"
#include "progress.h"
#include "report.h"
#include "rules.h"
#include "util.h"
#include "verify_spec.h"

#define BODY_MAX	((size_t)64 << 10) /* response body cap */
#define HEAD_MAX	((size_t)16 << 10) /* response header block cap */
#define MAX_RETRIES	2		   /* after the first attempt */
#define RETRY_WAIT_MAX	30.0		   /* seconds of backoff per secret */
#define BACKOFF_FIRST	1.0		   /* seconds; doubles per retry */
#define HOST_RATE	20.0		   /* requests per second per host */
#define HOST_BURST	20.0
#define POLL_MAX_MS	250  /* also how soon an interrupt is seen */
#define PROGRESS_EVERY	0.25 /* seconds between redraws of the progress line */
#define DETAIL_STR_MAX	256
#define DETAIL_LIST_MAX 256
#define ENDPOINTS_MAX	512  /* one per provider, for tests */
#define SECRET_MAX	4096 /* longer is no token we verify */

/* One row per provider family: adding a provider adds a row. */
static const struct kh_verifier *const families[] = {
	kh_verifiers_hubspot, /* verify_hubspot.c */
	kh_verifiers_github,  /* verify_github.c */
	kh_verifiers_slack,   /* verify_slack.c */
};

#define NFAMILIES (sizeof(families) / sizeof(families[0]))

const struct kh_verifier *kh_verifier_find(const char *name)
{
	size_t i;
	const struct kh_verifier *v;

	if (!name)
		return NULL;
	for (i = 0; i < NFAMILIES; i++)
		for (v = families[i]; v->name; v++)
			if (!strcmp(v->name, name))
				return v;
	return NULL;
}

/* The official base URL of a provider (of a C verifier, or of a rule's
 * "verify" block), or NULL when there is none. */
static const char *provider_base(const struct kh_ruleset *rs, const char *provider)
{
	size_t i;
	const struct kh_verifier *v;

	for (i = 0; i < NFAMILIES; i++)
		for (v = families[i]; v->name; v++)
			if (!strcmp(v->provider, provider))
				return v->base_url;
	for (i = 0; rs && i < rs->n; i++) {
		const struct kh_vspec *spec;

		if (!strcmp(rs->v[i].provider, provider) &&
		    (spec = kh_rule_vspec(&rs->v[i])) && spec->url)
			return spec->url;
	}
	return NULL;
}

/* "hubspot, github, ..." into out: the PROVIDER names of --verify-endpoint
 * (a family's first row names it). */
static void provider_names(char *out, size_t outlen)
{
	size_t i, used = 0;
	int n;

	out[0] = '\0';
	for (i = 0; i < NFAMILIES && used < outlen; i++) {
		n = snprintf(out + used, outlen - used, "%s%s", i ? ", " : "",
			     families[i][0].provider);
		if (n < 0)
			break;
		used += (size_t)n;
	}
	if (used < outlen)
		snprintf(out + used, outlen - used,
			 ", and the provider of each rule with a \"verify\" block");
}

/* ---- helpers for the provider files ---- */

void kh_vresult_set(struct kh_vresult *r, enum kh_vstatus st, const char *fmt, ...)
{
	va_list ap;

	r->status = st;
	va_start(ap, fmt);
	vsnprintf(r->reason, sizeof(r->reason), fmt, ap);
	va_end(ap);
}

/* Percent-encodes everything but RFC 3986 unreserved characters. */
void kh_vurl_escape(struct kh_strbuf *b, const char *s)
{
	static const char hex[] = "0123456789ABCDEF";
	const unsigned char *p;

	for (p = (const unsigned char *)s; *p; p++) {
		if ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') ||
		    (*p >= '0' && *p <= '9') || *p == '-' || *p == '.' || *p == '_' ||
		    *p == '~') {
			kh_strbuf_add(b, p, 1);
		} else {
			char e[3] = { '%', hex[*p >> 4], hex[*p & 15] };

			kh_strbuf_add(b, e, 3);
		}
	}
}

int kh_vreq_url(struct kh_vreq *q, const char *path, int with_secret, const char *tail)
{
	struct kh_strbuf b;

	kh_strbuf_init(&b, 0);
	kh_strbuf_add(&b, q->base, strlen(q->base));
	kh_strbuf_add(&b, path, strlen(path));
	if (with_secret)
		kh_vurl_escape(&b, q->secret);
	if (tail)
		kh_strbuf_add(&b, tail, strlen(tail));
	if (b.failed) {
		kh_strbuf_release(&b);
		return -1;
	}
	free(q->url);
	q->url = b.s;
	return 0;
}

int kh_vreq_header(struct kh_vreq *q, const char *name, const char *value,
		   int value_secret)
{
	struct kh_strbuf b;

	if (q->nheaders == KH_VREQ_HEADERS)
		return -1;
	kh_strbuf_init(&b, 0);
	kh_strbuf_addf(&b, "%s: %s", name, value);
	if (value_secret)
		kh_strbuf_add(&b, q->secret, strlen(q->secret));
	if (b.failed) {
		kh_strbuf_release(&b);
		return -1;
	}
	q->headers[q->nheaders++] = b.s;
	return 0;
}

int kh_vreq_json_secret(struct kh_vreq *q, const char *key)
{
	cJSON *o = cJSON_CreateObject();

	if (!o || !cJSON_AddStringToObject(o, key, q->secret)) {
		cJSON_Delete(o);
		return -1;
	}
	free(q->body);
	q->body = cJSON_PrintUnformatted(o);
	cJSON_Delete(o);
	if (!q->body)
		return -1;
	q->post = 1;
	return kh_vreq_header(q, "Content-Type", "application/json", 0);
}

/* Overwrites a string that held a secret before freeing it. */
static void free_wiped(char *s)
{
	if (s) {
		explicit_bzero(s, strlen(s));
		free(s);
	}
}

void kh_vreq_release(struct kh_vreq *q)
{
	size_t i;

	free_wiped(q->url);
	free_wiped(q->body);
	free_wiped(q->userpwd);
	q->userpwd = NULL;
	q->sigv4 = NULL;
	for (i = 0; i < q->nheaders; i++)
		free_wiped(q->headers[i]);
	q->url = q->body = NULL;
	q->nheaders = 0;
	q->post = q->head = 0;
}

int kh_vresp_header(const struct kh_vresp *resp, const char *name, char *out,
		    size_t outlen)
{
	size_t nlen = strlen(name);
	const char *p = resp->head, *end = resp->head + resp->headlen;

	while (p && p < end) {
		const char *eol = memchr(p, '\n', (size_t)(end - p));
		const char *le = eol ? eol : end, *v;
		size_t n;

		if ((size_t)(le - p) > nlen && p[nlen] == ':' &&
		    !strncasecmp(p, name, nlen)) {
			v = p + nlen + 1;
			while (v < le && (*v == ' ' || *v == '\t'))
				v++;
			while (le > v &&
			       (le[-1] == '\r' || le[-1] == ' ' || le[-1] == '\t'))
				le--;
			n = (size_t)(le - v);
			if (!outlen)
				return 1;
			if (n >= outlen)
				n = outlen - 1;
			memcpy(out, v, n);
			out[n] = '\0';
			return 1;
		}
		p = eol ? eol + 1 : NULL;
	}
	return 0;
}

cJSON *kh_vresp_json(const struct kh_vresp *resp)
{
	char ctype[128];
	cJSON *o;

	/* WAFs and proxies answer with HTML pages; never read those as data */
	if (kh_vresp_header(resp, "content-type", ctype, sizeof(ctype)) &&
	    (strcasestr(ctype, "html") || strcasestr(ctype, "xml")))
		return NULL;
	if (!resp->len)
		return NULL;
	o = cJSON_ParseWithLength(resp->body, resp->len);
	if (!cJSON_IsObject(o)) {
		cJSON_Delete(o);
		return NULL;
	}
	return o;
}

const char *kh_vjson_str(const cJSON *obj, const char *key)
{
	const cJSON *it = cJSON_GetObjectItemCaseSensitive(obj, key);

	return cJSON_IsString(it) ? it->valuestring : NULL;
}

/* A copy of a scalar JSON value (strings capped), or NULL. */
static cJSON *scalar_copy(const cJSON *it)
{
	if (cJSON_IsString(it)) {
		char s[DETAIL_STR_MAX + 1];

		snprintf(s, sizeof(s), "%s", it->valuestring);
		return cJSON_CreateString(s);
	}
	if (cJSON_IsNumber(it))
		return cJSON_CreateNumber(it->valuedouble);
	if (cJSON_IsBool(it))
		return cJSON_CreateBool(cJSON_IsTrue(it));
	return NULL;
}

void kh_vdetail(cJSON *details, const char *as, const cJSON *obj, const char *key)
{
	kh_vdetail_item(details, as, cJSON_GetObjectItemCaseSensitive(obj, key));
}

void kh_vdetail_item(cJSON *details, const char *as, const cJSON *it)
{
	const cJSON *e;
	cJSON *v;
	size_t n = 0;

	if (!it || !details || cJSON_GetObjectItemCaseSensitive(details, as))
		return;
	if (!cJSON_IsArray(it)) {
		if ((v = scalar_copy(it)))
			cJSON_AddItemToObject(details, as, v);
		return;
	}
	if (!(v = cJSON_CreateArray()))
		return;
	cJSON_ArrayForEach (e, it) {
		cJSON *c = scalar_copy(e);

		if (!c)
			continue;
		if (n++ == DETAIL_LIST_MAX) {
			cJSON_Delete(c);
			break;
		}
		cJSON_AddItemToArray(v, c);
	}
	cJSON_AddItemToObject(details, as, v);
}

void kh_vdetail_list(cJSON *details, const char *as, const char *list)
{
	cJSON *a = cJSON_CreateArray();
	const char *p = list;
	size_t n = 0;

	if (!a)
		return;
	while (*p && n < DETAIL_LIST_MAX) {
		size_t len;

		while (*p == ',' || *p == ' ' || *p == '\t')
			p++;
		len = strcspn(p, ", \t");
		if (!len)
			break;
		if (len > DETAIL_STR_MAX)
			len = DETAIL_STR_MAX;
		{
			char *s = kh_strndup(p, len);

			if (s)
				cJSON_AddItemToArray(a, cJSON_CreateString(s));
			free(s);
		}
		p += strcspn(p, ", \t");
		n++;
	}
	cJSON_AddItemToObject(details, as, a);
}

void kh_vjudge_other(const struct kh_vresp *resp, struct kh_vresult *r)
{
	cJSON *o;

	if (resp->status == 429) {
		kh_vresult_set(r, KH_VS_UNKNOWN, "rate limited");
		r->retry = 1;
		return;
	}
	if (resp->status >= 500) {
		kh_vresult_set(r, KH_VS_UNKNOWN, "server error (HTTP %ld)", resp->status);
		r->retry = resp->status != 501;
		return;
	}
	o = kh_vresp_json(resp);
	if (!o)
		kh_vresult_set(r, KH_VS_UNKNOWN, "non-JSON response (HTTP %ld)",
			       resp->status);
	else
		kh_vresult_set(r, KH_VS_UNKNOWN, "unexpected response (HTTP %ld)",
			       resp->status);
	cJSON_Delete(o);
}

/* ---- --verify-endpoint ---- */

struct endpoint {
	char provider[32];
	char *base;   /* without trailing '/' */
	int loopback; /* never through a proxy */
};

/* 1 for localhost, 127.0.0.0/8 and ::1 (curl's host part, [::1] included). */
static int host_is_loopback(const char *host)
{
	unsigned char a4[4], a6[16];
	char h[64];
	size_t n = strlen(host);

	if (!strcasecmp(host, "localhost"))
		return 1;
	if (inet_pton(AF_INET, host, a4) == 1)
		return a4[0] == 127;
	if (n >= 2 && n < sizeof(h) && host[0] == '[' && host[n - 1] == ']') {
		memcpy(h, host + 1, n - 2);
		h[n - 2] = '\0';
		if (inet_pton(AF_INET6, h, a6) == 1) {
			static const unsigned char one[16] = { [15] = 1 };

			return !memcmp(a6, one, 16);
		}
	}
	return 0;
}

/* The host[:port] of a URL, for messages and the per-host rate limit. */
static void url_origin(const char *url, char *out, size_t outlen)
{
	const char *p = strstr(url, "://");
	size_t n;

	p = p ? p + 3 : url;
	n = strcspn(p, "/?#");
	snprintf(out, outlen, "%.*s", (int)n, p);
}

/*
 * Parses one PROVIDER=URL. Only https, or http to a loopback host; no user
 * name, query or fragment (a base URL, not a place to hide a credential).
 */
static int endpoint_parse(const struct kh_ruleset *rs, const char *spec,
			  struct endpoint *ep, char *err, size_t errlen)
{
	const char *eq = strchr(spec, '=');
	CURLU *u = NULL;
	char *scheme = NULL, *host = NULL, *user = NULL, *query = NULL, *frag = NULL;
	const unsigned char *c;
	size_t plen, len;
	int ret = -1;

	if (!eq || eq == spec || (size_t)(eq - spec) >= sizeof(ep->provider))
		return kh_errf(err, errlen,
			       "--verify-endpoint: expected PROVIDER=URL, got '%s'",
			       spec);
	plen = (size_t)(eq - spec);
	memcpy(ep->provider, spec, plen);
	ep->provider[plen] = '\0';
	if (!provider_base(rs, ep->provider)) {
		char known[320];

		provider_names(known, sizeof(known));
		return kh_errf(err, errlen,
			       "--verify-endpoint: unknown provider '%s' (known: %s)",
			       ep->provider, known);
	}
	for (c = (const unsigned char *)eq + 1; *c; c++)
		if (*c <= 0x20 || *c >= 0x7f)
			return kh_errf(err, errlen,
				       "--verify-endpoint %s: the URL has spaces or "
				       "control characters",
				       ep->provider);
	if (!(u = curl_url()))
		return kh_errf(err, errlen, "out of memory");
	if (curl_url_set(u, CURLUPART_URL, eq + 1, 0) != CURLUE_OK ||
	    curl_url_get(u, CURLUPART_SCHEME, &scheme, 0) != CURLUE_OK ||
	    curl_url_get(u, CURLUPART_HOST, &host, 0) != CURLUE_OK) {
		kh_errf(err, errlen, "--verify-endpoint %s: not a valid URL",
			ep->provider);
		goto out;
	}
	if (curl_url_get(u, CURLUPART_USER, &user, 0) == CURLUE_OK ||
	    curl_url_get(u, CURLUPART_QUERY, &query, 0) == CURLUE_OK ||
	    curl_url_get(u, CURLUPART_FRAGMENT, &frag, 0) == CURLUE_OK) {
		kh_errf(err, errlen,
			"--verify-endpoint %s: a base URL takes no user name, query or "
			"fragment",
			ep->provider);
		goto out;
	}
	ep->loopback = host_is_loopback(host);
	if (strcmp(scheme, "https") && !(!strcmp(scheme, "http") && ep->loopback)) {
		kh_errf(err, errlen,
			"--verify-endpoint %s: only https URLs (plain http only to "
			"localhost, 127.0.0.0/8 or ::1)",
			ep->provider);
		goto out;
	}
	/* the URL as given (curl may normalise it), minus trailing slashes */
	len = strlen(eq + 1);
	while (len && eq[len] == '/')
		len--;
	if (!(ep->base = kh_strndup(eq + 1, len))) {
		kh_errf(err, errlen, "out of memory");
		goto out;
	}
	ret = 0;
out:
	curl_free(scheme);
	curl_free(host);
	curl_free(user);
	curl_free(query);
	curl_free(frag);
	curl_url_cleanup(u);
	return ret;
}

/* ---- jobs: one per distinct (verifier, secret) ---- */

enum job_state { JOB_QUEUED, JOB_RUNNING, JOB_DONE };

struct host {
	char origin[256];
	double tokens, last;
};

struct job {
	const struct kh_verifier *v; /* NULL: a verifier this build lacks */
	cJSON *groups;		     /* found again in a report's match, owned */
	const char *vname;
	struct kh_finding **group; /* findings with this secret (sorted array) */
	size_t ngroup;
	struct kh_vreq q;
	struct kh_vresult r;
	size_t host;
	int direct; /* loopback endpoint: no proxy */
	enum job_state state;
	int attempts;
	double not_before, waited;
	long http_status;
	cJSON *verification;
	/* the transfer in flight */
	CURL *easy;
	struct curl_slist *hdrs;
	char *body, *head;
	size_t blen, hlen;
	int too_large;
};

struct verify_run {
	const struct kh_ruleset *rs;
	const struct kh_options *opt;
	struct kh_diag *d;
	CURLM *multi;
	struct job *jobs;
	size_t njobs, ndone, running, scan_from;
	struct host *hosts;
	size_t nhosts;
	struct endpoint ep[ENDPOINTS_MAX];
	size_t nep;
	unsigned long requests;
	size_t counts[4];
	/* the progress line (a terminal on stderr, not -q) */
	int progress;
	double t0, drawn;
	size_t done0; /* jobs decided before any request */
};

static double now_mono(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* The verifier of a finding: a C verifier's name, or the id of a rule
 * with a "verify" block; NULL for none. */
static const char *verifier_name(const struct kh_finding *f)
{
	if (!f->rule)
		return NULL;
	return f->rule->verifier	? f->rule->verifier
	       : kh_rule_vspec(f->rule) ? f->rule->id
					: NULL;
}

/* Orders the named groups of two findings of one rule ({name: value} in
 * the rule's group order). */
static int groups_cmp(const cJSON *a, const cJSON *b)
{
	const cJSON *x = a ? a->child : NULL, *y = b ? b->child : NULL;

	for (; x && y; x = x->next, y = y->next) {
		int c = strcmp(x->string, y->string);

		if (!c)
			c = strcmp(x->valuestring, y->valuestring);
		if (c)
			return c;
	}
	return x ? 1 : y ? -1 : 0;
}

static int group_cmp(const void *pa, const void *pb)
{
	const struct kh_finding *a = *(struct kh_finding *const *)pa;
	const struct kh_finding *b = *(struct kh_finding *const *)pb;
	const char *va = verifier_name(a), *vb = verifier_name(b);
	int c = strcmp(va ? va : "", vb ? vb : "");

	if (!c)
		c = strcmp(a->secret, b->secret);
	return c ? c : groups_cmp(kh_more(a)->groups, kh_more(b)->groups);
}

/* The --verify-endpoint of a provider, or NULL for the official one. */
static const struct endpoint *endpoint_for(const struct verify_run *vr,
					   const char *provider)
{
	size_t i;

	for (i = 0; i < vr->nep; i++)
		if (!strcmp(vr->ep[i].provider, provider))
			return &vr->ep[i];
	return NULL;
}

static int host_index(struct verify_run *vr, const char *base, size_t *out)
{
	char origin[256];
	size_t i;
	struct host *h;

	url_origin(base, origin, sizeof(origin));
	for (i = 0; i < vr->nhosts; i++) {
		if (!strcmp(vr->hosts[i].origin, origin)) {
			*out = i;
			return 0;
		}
	}
	h = realloc(vr->hosts, (vr->nhosts + 1) * sizeof(*h));
	if (!h)
		return -1;
	vr->hosts = h;
	h += vr->nhosts;
	memcpy(h->origin, origin, sizeof(origin));
	h->tokens = HOST_BURST;
	h->last = now_mono();
	*out = vr->nhosts++;
	return 0;
}

/* Groups the findings that have a verifier by (verifier, secret). */
static int make_jobs(struct verify_run *vr, struct kh_findings *l,
		     struct kh_finding ***sorted_out)
{
	struct kh_finding **s;
	size_t i, n = 0, j;

	*sorted_out = NULL;
	if (!l->n)
		return 0;
	if (!(s = malloc(l->n * sizeof(*s))))
		return -1;
	*sorted_out = s;
	for (i = 0; i < l->n; i++)
		if (verifier_name(l->v[i]) && l->v[i]->secret)
			s[n++] = l->v[i];
	if (!n)
		return 0;
	kh_sort(s, n, sizeof(*s), group_cmp);
	if (!(vr->jobs = calloc(n, sizeof(*vr->jobs))))
		return -1;
	for (i = 0; i < n; i = j) {
		struct job *jb = &vr->jobs[vr->njobs++];

		for (j = i + 1; j < n && !group_cmp(&s[i], &s[j]); j++)
			;
		jb->group = s + i;
		jb->ngroup = j - i;
		jb->vname = verifier_name(s[i]);
		jb->q.secret = s[i]->secret;
		jb->q.validation = s[i]->validation;
		jb->q.show_email = vr->opt->verify_show_email;
		jb->q.now = time(NULL);
		if (kh_rule_vspec(s[i]->rule)) {
			const struct kh_rule *r = s[i]->rule;
			const struct endpoint *ep = endpoint_for(vr, r->provider);

			jb->v = &kh_vspec_verifier;
			jb->q.spec = r->vspec;
			jb->q.groups = kh_more(s[i])->groups;
			/* a report read back has the match, not the groups */
			if (!jb->q.groups && r->vspec->ngroups &&
			    kh_rule_compile((struct kh_rule *)r, NULL, 0) == 0)
				jb->q.groups = jb->groups = kh_vspec_groups_rematch(
					r->vspec, r->code, s[i]->match);
			jb->q.base = ep ? ep->base : NULL;
			jb->direct = ep && ep->loopback;
			if (host_index(vr,
				       ep	       ? ep->base
				       : r->vspec->url ? r->vspec->url
						       : "",
				       &jb->host) < 0)
				return -1;
		} else if ((jb->v = kh_verifier_find(jb->vname))) {
			const struct endpoint *ep = endpoint_for(vr, jb->v->provider);

			jb->q.base = ep ? ep->base : jb->v->base_url;
			jb->direct = ep && ep->loopback;
			if (host_index(vr, jb->q.base, &jb->host) < 0)
				return -1;
		}
	}
	return 0;
}

static const char *status_name(enum kh_vstatus st)
{
	switch (st) {
	case KH_VS_VERIFIED: return "verified";
	case KH_VS_INVALID: return "invalid";
	case KH_VS_UNVERIFIABLE: return "unverifiable";
	default: return "unknown";
	}
}

/* Turns the job's result into its verification object; the job is done. */
static int job_finish(struct verify_run *vr, struct job *j)
{
	char when[32];
	cJSON *o = cJSON_CreateObject();

	kh_vreq_release(&j->q);
	j->state = JOB_DONE;
	vr->ndone++;
	vr->counts[j->r.status]++;
	if (!o)
		return -1;
	kh_iso8601((long long)time(NULL), when);
	cJSON_AddStringToObject(o, "status", status_name(j->r.status));
	cJSON_AddStringToObject(o, "reason", j->r.reason);
	cJSON_AddStringToObject(o, "checked_at", when);
	if (j->http_status && j->r.details &&
	    !cJSON_GetObjectItemCaseSensitive(j->r.details, "http_status"))
		cJSON_AddNumberToObject(j->r.details, "http_status",
					(double)j->http_status);
	cJSON_AddItemToObject(o, "details",
			      j->r.details ? j->r.details : cJSON_CreateObject());
	j->r.details = NULL;
	j->verification = o;
	return 0;
}

/* Fresh details and reason for an attempt. */
static int result_reset(struct kh_vresult *r)
{
	cJSON_Delete(r->details);
	memset(r, 0, sizeof(*r));
	r->details = cJSON_CreateObject();
	return r->details ? 0 : -1;
}

/* 1 when the secret can go into a header, a path or JSON as it is: no
 * token has spaces or control characters (a report read back might). */
static int secret_sendable(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;

	for (; *p; p++)
		if (*p <= 0x20 || *p == 0x7f ||
		    p - (const unsigned char *)s >= SECRET_MAX)
			return 0;
	return p != (const unsigned char *)s;
}

/* Whether j's request carries the secret itself (a C verifier's always
 * may). */
static int sends_secret(const struct job *j)
{
	const struct kh_vspec *spec = j->ngroup ? j->group[0]->rule->vspec : NULL;

	return !spec || kh_vspec_sends_secret(spec);
}

/* Prepares every job; decides those that need no request. */
static int jobs_prepare(struct verify_run *vr)
{
	size_t i;

	for (i = 0; i < vr->njobs; i++) {
		struct job *j = &vr->jobs[i];
		int rc;

		if (result_reset(&j->r) < 0)
			return -1;
		if (!j->v) {
			/* jobs are sorted by verifier name: warn once per name */
			if (!i || strcmp(vr->jobs[i - 1].vname, j->vname))
				kh_warn(vr->d, "verify: no verifier '%s' in this build",
					j->vname);
			kh_vresult_set(&j->r, KH_VS_UNVERIFIABLE,
				       "no verifier '%.40s' in this build", j->vname);
			if (job_finish(vr, j) < 0)
				return -1;
			continue;
		}
		if (sends_secret(j) && !secret_sendable(j->q.secret)) {
			kh_vresult_set(&j->r, KH_VS_UNKNOWN,
				       "not sent: too long, or has spaces or control "
				       "characters");
			if (job_finish(vr, j) < 0)
				return -1;
			continue;
		}
		rc = j->v->prepare(&j->q, &j->r);
		if (rc < 0)
			return -1;
		if (rc == 1 || !j->q.url) {
			if (rc != 1)
				kh_vresult_set(&j->r, KH_VS_UNKNOWN, "no request");
			if (job_finish(vr, j) < 0)
				return -1;
		}
	}
	return 0;
}

/* ---- transfers ---- */

static size_t on_body(char *data, size_t size, size_t nmemb, void *userp)
{
	struct job *j = userp;
	size_t n = size * nmemb;

	if (n > BODY_MAX - j->blen) {
		j->too_large = 1;
		return 0; /* aborts the transfer: CURLE_WRITE_ERROR */
	}
	memcpy(j->body + j->blen, data, n);
	j->blen += n;
	return n;
}

static size_t on_header(char *data, size_t size, size_t nmemb, void *userp)
{
	struct job *j = userp;
	size_t n = size * nmemb;

	/* a new status line (after a 1xx or a proxy CONNECT) starts over */
	if (n >= 5 && !memcmp(data, "HTTP/", 5))
		j->hlen = 0;
	if (n > HEAD_MAX - j->hlen) {
		j->too_large = 1;
		return 0;
	}
	memcpy(j->head + j->hlen, data, n);
	j->hlen += n;
	return n;
}

static void transfer_release(struct verify_run *vr, struct job *j)
{
	if (j->easy) {
		curl_multi_remove_handle(vr->multi, j->easy);
		curl_easy_cleanup(j->easy);
		j->easy = NULL;
	}
	curl_slist_free_all(j->hdrs); /* the strings are copies */
	j->hdrs = NULL;
	/* bodies can carry tokens (the PAK exchange returns one) */
	if (j->body) {
		explicit_bzero(j->body, j->blen);
		free(j->body);
	}
	free(j->head);
	j->body = j->head = NULL;
	j->blen = j->hlen = 0;
	j->too_large = 0;
}

/* Adds the job's request to the multi handle. */
static int transfer_start(struct verify_run *vr, struct job *j)
{
	const char *proto = strncmp(j->q.url, "https:", 6) ? "http" : "https";
	long ms = (long)(vr->opt->verify_timeout * 1000);
	CURL *e;
	size_t i;

	j->body = malloc(BODY_MAX + 1);
	j->head = malloc(HEAD_MAX + 1);
	if (!j->body || !j->head || !(e = curl_easy_init()))
		return -1;
	j->easy = e;
	for (i = 0; i < j->q.nheaders; i++) {
		struct curl_slist *s = curl_slist_append(j->hdrs, j->q.headers[i]);

		if (!s)
			return -1;
		j->hdrs = s;
	}
	if (ms < 1)
		ms = 1;
	/* Base URLs are https unless --verify-endpoint named a loopback
	 * host; redirects are never followed, so a secret goes nowhere
	 * else. TLS checks are libcurl's defaults, set again to be plain. */
	if (curl_easy_setopt(e, CURLOPT_URL, j->q.url) != CURLE_OK ||
	    curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, proto) != CURLE_OK ||
	    curl_easy_setopt(e, CURLOPT_REDIR_PROTOCOLS_STR, "https") != CURLE_OK ||
	    curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 0L) != CURLE_OK ||
	    curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, 1L) != CURLE_OK ||
	    curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, 2L) != CURLE_OK ||
	    curl_easy_setopt(e, CURLOPT_USERAGENT, "keyhound/" KH_VERSION) != CURLE_OK ||
	    curl_easy_setopt(e, CURLOPT_HTTPHEADER, j->hdrs) != CURLE_OK ||
	    curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, ms) != CURLE_OK ||
	    curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, ms) != CURLE_OK ||
	    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L) != CURLE_OK ||
	    curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)BODY_MAX) !=
		    CURLE_OK ||
	    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, on_body) != CURLE_OK ||
	    curl_easy_setopt(e, CURLOPT_WRITEDATA, j) != CURLE_OK ||
	    curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, on_header) != CURLE_OK ||
	    curl_easy_setopt(e, CURLOPT_HEADERDATA, j) != CURLE_OK ||
	    curl_easy_setopt(e, CURLOPT_PRIVATE, j) != CURLE_OK)
		return -1;
	if (j->q.post &&
	    (curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE,
			      (long)(j->q.body ? strlen(j->q.body) : 0)) != CURLE_OK ||
	     curl_easy_setopt(e, CURLOPT_COPYPOSTFIELDS, j->q.body ? j->q.body : "") !=
		     CURLE_OK))
		return -1;
	if (j->q.head && curl_easy_setopt(e, CURLOPT_NOBODY, 1L) != CURLE_OK)
		return -1;
	/* AWS SigV4: the secret signs the request and is never sent */
	if (j->q.sigv4 &&
	    (curl_easy_setopt(e, CURLOPT_AWS_SIGV4, j->q.sigv4) != CURLE_OK ||
	     curl_easy_setopt(e, CURLOPT_USERPWD, j->q.userpwd) != CURLE_OK))
		return -1;
	if (j->direct && curl_easy_setopt(e, CURLOPT_NOPROXY, "*") != CURLE_OK)
		return -1;
	if (curl_multi_add_handle(vr->multi, e) != CURLM_OK)
		return -1;
	j->state = JOB_RUNNING;
	j->attempts++;
	vr->running++;
	vr->requests++;
	return 0;
}

/* Why a transfer failed, in words that hold no URL. */
static const char *transfer_reason(CURLcode rc, int too_large)
{
	if (too_large || rc == CURLE_FILESIZE_EXCEEDED)
		return "response too large";
	switch (rc) {
	case CURLE_OPERATION_TIMEDOUT: return "timeout";
	case CURLE_COULDNT_CONNECT: return "connection failed";
	case CURLE_COULDNT_RESOLVE_HOST:
	case CURLE_COULDNT_RESOLVE_PROXY: return "host not found";
	case CURLE_PEER_FAILED_VERIFICATION:
	case CURLE_SSL_CONNECT_ERROR:
	case CURLE_SSL_CERTPROBLEM:
	case CURLE_SSL_CIPHER:
	case CURLE_SSL_CACERT_BADFILE: return "TLS error";
	case CURLE_GOT_NOTHING:
	case CURLE_RECV_ERROR:
	case CURLE_SEND_ERROR:
	case CURLE_PARTIAL_FILE: return "connection closed";
	default: return "transfer failed";
	}
}

/* Seconds to wait before the next attempt (Retry-After, else 1 s doubling
 * per attempt), or -1 when that would pass the per-secret wait budget. */
static double retry_delay(const struct job *j, curl_off_t retry_after)
{
	double d = retry_after > 0 ? (double)retry_after
				   : BACKOFF_FIRST * (double)(1 << (j->attempts - 1));

	if (j->waited + d > RETRY_WAIT_MAX)
		return -1;
	return d;
}

/* A transfer ended: judge it, then retry or finish the job. */
static int transfer_done(struct verify_run *vr, struct job *j, CURLcode rc)
{
	struct kh_vresp resp = { 0 };
	curl_off_t retry_after = 0;
	long status = 0;
	double delay;

	vr->running--;
	curl_easy_getinfo(j->easy, CURLINFO_RESPONSE_CODE, &status);
	curl_easy_getinfo(j->easy, CURLINFO_RETRY_AFTER, &retry_after);
	if (result_reset(&j->r) < 0)
		return -1;
	j->http_status = 0;
	if (rc != CURLE_OK) {
		kh_vresult_set(&j->r, KH_VS_UNKNOWN, "%s",
			       transfer_reason(rc, j->too_large));
	} else {
		j->body[j->blen] = '\0';
		j->head[j->hlen] = '\0';
		resp.status = status;
		resp.body = j->body;
		resp.len = j->blen;
		resp.head = j->head;
		resp.headlen = j->hlen;
		j->http_status = status;
		j->v->judge(&j->q, &resp, &j->r);
	}
	transfer_release(vr, j);
	if (j->r.status == KH_VS_UNKNOWN && j->r.retry && j->attempts <= MAX_RETRIES &&
	    (delay = retry_delay(j, retry_after)) >= 0) {
		j->waited += delay;
		j->not_before = now_mono() + delay;
		j->state = JOB_QUEUED;
		if ((size_t)(j - vr->jobs) < vr->scan_from)
			vr->scan_from = (size_t)(j - vr->jobs);
		return 0;
	}
	if (j->r.status == KH_VS_UNKNOWN && j->r.retry && retry_after > 0 &&
	    j->waited + (double)retry_after > RETRY_WAIT_MAX) {
		char why[sizeof(j->r.reason)];

		memcpy(why, j->r.reason, sizeof(why));
		kh_vresult_set(&j->r, KH_VS_UNKNOWN, "%.60s (Retry-After %lld s)", why,
			       (long long)retry_after);
	}
	return job_finish(vr, j);
}

/* Takes a token from the host's bucket, if it has one. */
static int host_take(struct host *h, double now)
{
	h->tokens += (now - h->last) * HOST_RATE;
	if (h->tokens > HOST_BURST)
		h->tokens = HOST_BURST;
	h->last = now;
	if (h->tokens < 1)
		return 0;
	h->tokens -= 1;
	return 1;
}

/*
 * Starts queued jobs while there is room, their time has come and their
 * host has a token; *wait_ms says how long nothing more can start.
 */
static int start_ready(struct verify_run *vr, long *wait_ms)
{
	double now = now_mono(), wait = POLL_MAX_MS / 1000.0;
	size_t cap = (size_t)(vr->opt->verify_jobs > 0 ? vr->opt->verify_jobs : 8);
	size_t i;
	int lowest_set = 0;

	for (i = vr->scan_from; i < vr->njobs; i++) {
		struct job *j = &vr->jobs[i];

		if (j->state != JOB_QUEUED)
			continue;
		if (!lowest_set) {
			vr->scan_from = i;
			lowest_set = 1;
		}
		if (vr->running >= cap)
			break;
		if (j->not_before > now) {
			if (j->not_before - now < wait)
				wait = j->not_before - now;
			continue;
		}
		if (!host_take(&vr->hosts[j->host], now)) {
			if (1.0 / HOST_RATE < wait)
				wait = 1.0 / HOST_RATE;
			continue;
		}
		if (transfer_start(vr, j) < 0)
			return -1;
	}
	if (!lowest_set)
		vr->scan_from = vr->njobs;
	*wait_ms = (long)(wait * 1000) + 1;
	return 0;
}

/* Reads finished transfers. Returns how many, or -1. */
static int drain(struct verify_run *vr)
{
	CURLMsg *m;
	int left, n = 0;

	while ((m = curl_multi_info_read(vr->multi, &left))) {
		char *priv = NULL;

		if (m->msg != CURLMSG_DONE)
			continue;
		curl_easy_getinfo(m->easy_handle, CURLINFO_PRIVATE, &priv);
		if (!priv ||
		    transfer_done(vr, (struct job *)(void *)priv, m->data.result) < 0)
			return -1;
		n++;
	}
	return n;
}

/* Redraws the progress line in place (at most every PROGRESS_EVERY s,
 * unless last); the last one ends the line, and says "interrupted" when
 * jobs are left. */
static void progress_draw(struct verify_run *vr, int last)
{
	double now = now_mono(), el = now - vr->t0;
	size_t fresh = vr->ndone - vr->done0, left = vr->njobs - vr->ndone;
	char elapsed[32], eta[40] = "ETA --", line[256];

	if (!vr->progress || (!last && now - vr->drawn < PROGRESS_EVERY))
		return;
	vr->drawn = now;
	kh_duration_text(elapsed, sizeof(elapsed), el);
	if (last && left) {
		snprintf(eta, sizeof(eta),
			 kh_interrupt_pending() ? "interrupted" : "stopped");
	} else if (fresh && left) {
		memcpy(eta, "ETA ", 4);
		kh_duration_text(eta + 4, sizeof(eta) - 4,
				 el / (double)fresh * (double)left);
	} else if (!left) {
		snprintf(eta, sizeof(eta), "done");
	}
	snprintf(line, sizeof(line),
		 "verify: %zu/%zu secrets checked, %zu verified, %s, %s", vr->ndone,
		 vr->njobs, vr->counts[KH_VS_VERIFIED], elapsed, eta);
	/* drawn as the progress line, so a warning erases it first */
	kh_progress_show(&vr->d->progress, line, last);
}

/* Ends the run early (a SIGINT or SIGTERM): transfers in flight are
 * abandoned and every job not done is marked unknown, "interrupted". */
static int abandon_rest(struct verify_run *vr)
{
	size_t i;

	for (i = 0; i < vr->njobs; i++) {
		struct job *j = &vr->jobs[i];

		if (j->state == JOB_DONE)
			continue;
		if (j->state == JOB_RUNNING) {
			transfer_release(vr, j);
			vr->running--;
		}
		if (result_reset(&j->r) < 0)
			return -1;
		j->http_status = 0;
		kh_vresult_set(&j->r, KH_VS_UNKNOWN, "interrupted");
		if (job_finish(vr, j) < 0)
			return -1;
	}
	return 0;
}

/* The multi loop; ends when every job is done, or on an interrupt. */
static int run_transfers(struct verify_run *vr)
{
	while (vr->ndone < vr->njobs) {
		long wait_ms;
		int still, n;

		progress_draw(vr, 0);
		if (kh_interrupt_pending())
			break;
		if (start_ready(vr, &wait_ms) < 0)
			return -1;
		if (curl_multi_perform(vr->multi, &still) != CURLM_OK)
			return -1;
		if ((n = drain(vr)) < 0)
			return -1;
		if (n)
			continue; /* room for more before waiting */
		if (curl_multi_poll(vr->multi, NULL, 0, (int)wait_ms, NULL) != CURLM_OK)
			return -1;
	}
	return 0;
}

/* Gives every finding of each job a copy of the job's verification. */
static int apply_results(struct verify_run *vr)
{
	size_t i, k;

	for (i = 0; i < vr->njobs; i++) {
		struct job *j = &vr->jobs[i];

		for (k = 0; k < j->ngroup; k++) {
			struct kh_finding_more *m = kh_finding_more(j->group[k]);
			cJSON *c = m ? cJSON_Duplicate(j->verification, 1) : NULL;

			if (!c)
				return -1;
			cJSON_Delete(m->verification);
			m->verification = c;
		}
	}
	return 0;
}

static void run_release(struct verify_run *vr)
{
	size_t i;

	for (i = 0; i < vr->njobs; i++) {
		struct job *j = &vr->jobs[i];

		transfer_release(vr, j);
		kh_vreq_release(&j->q);
		cJSON_Delete(j->r.details);
		cJSON_Delete(j->verification);
		cJSON_Delete(j->groups);
	}
	free(vr->jobs);
	free(vr->hosts);
	for (i = 0; i < vr->nep; i++)
		free(vr->ep[i].base);
	if (vr->multi)
		curl_multi_cleanup(vr->multi);
}

/* Reads the --verify-endpoint list and warns about each override. */
static int endpoints_load(struct verify_run *vr, char *err, size_t errlen)
{
	const struct kh_strlist *l = &vr->opt->verify_endpoints;
	size_t i, k;

	if (l->n > ENDPOINTS_MAX)
		return kh_errf(err, errlen, "--verify-endpoint: at most %d",
			       ENDPOINTS_MAX);
	for (i = 0; i < l->n; i++) {
		struct endpoint *ep = &vr->ep[vr->nep];
		char to[256], from[256];
		const char *base;

		if (endpoint_parse(vr->rs, l->v[i], ep, err, errlen) < 0)
			return -1;
		vr->nep++;
		for (k = 0; k + 1 < vr->nep; k++)
			if (!strcmp(vr->ep[k].provider, ep->provider))
				return kh_errf(err, errlen,
					       "--verify-endpoint: %s given twice",
					       ep->provider);
		url_origin(ep->base, to, sizeof(to));
		base = provider_base(vr->rs, ep->provider);
		url_origin(base ? base : "", from, sizeof(from));
		kh_warn(vr->d,
			"--verify-endpoint: %s credentials will be sent to %s instead of "
			"%s",
			ep->provider, to, from);
	}
	return 0;
}

int kh_verify_findings(struct kh_findings *l, const struct kh_ruleset *rs,
		       const struct kh_options *opt, struct kh_diag *d, char *err,
		       size_t errlen)
{
	struct verify_run vr;
	struct kh_finding **sorted = NULL;
	int ret = -1, global = 0, rc;
	size_t checked = (size_t)-1; /* set when interrupted */
	char why[256];

	memset(&vr, 0, sizeof(vr));
	vr.rs = rs;
	vr.opt = opt;
	vr.d = d;
	if (!kh_curl_load(why, sizeof(why)))
		return kh_errf(err, errlen, "--verify: %s", why);
	if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
		return kh_errf(err, errlen, "verify: cannot initialise libcurl");
	global = 1;
	if (endpoints_load(&vr, err, errlen) < 0)
		goto out;
	if (make_jobs(&vr, l, &sorted) < 0 || jobs_prepare(&vr) < 0) {
		kh_errf(err, errlen, "verify: out of memory");
		goto out;
	}
	if (vr.ndone < vr.njobs) {
		if (!(vr.multi = curl_multi_init())) {
			kh_errf(err, errlen, "verify: cannot initialise libcurl");
			goto out;
		}
		curl_multi_setopt(vr.multi, CURLMOPT_MAX_TOTAL_CONNECTIONS,
				  (long)opt->verify_jobs);
		vr.progress = kh_progress_wanted((enum kh_progress_mode)opt->progress,
						 opt->quiet);
		vr.t0 = now_mono();
		vr.done0 = vr.ndone;
		kh_interrupt_defer(1);
		rc = run_transfers(&vr);
		kh_interrupt_defer(0);
		progress_draw(&vr, 1);
		if (rc == 0 && vr.ndone < vr.njobs) {
			checked = vr.ndone;
			rc = abandon_rest(&vr);
		}
		if (rc < 0) {
			kh_errf(err, errlen, "verify: out of memory or libcurl failure");
			goto out;
		}
	}
	if (apply_results(&vr) < 0) {
		kh_errf(err, errlen, "verify: out of memory");
		goto out;
	}
	if (vr.njobs)
		kh_note(d,
			"verify: %zu distinct secrets, %lu requests: %zu verified, %zu "
			"invalid, %zu unknown, %zu unverifiable",
			vr.njobs, vr.requests, vr.counts[KH_VS_VERIFIED],
			vr.counts[KH_VS_INVALID], vr.counts[KH_VS_UNKNOWN],
			vr.counts[KH_VS_UNVERIFIABLE]);
	/* said even with -q: the exit status alone does not say what is kept */
	if (checked != (size_t)-1)
		fprintf(stderr,
			"keyhound: verify interrupted: %zu of %zu distinct secrets "
			"checked; "
			"the other %zu are marked unknown (\"interrupted\")\n",
			checked, vr.njobs, vr.njobs - checked);
	ret = 0;
out:
	run_release(&vr);
	free(sorted);
	if (global)
		curl_global_cleanup();
	return ret;
}
