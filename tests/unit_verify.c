/*
 * unit_verify.c - verdicts of the verifiers on canned responses, the
 * safety contract of "verify" blocks and the requests they build, the
 * helpers they share, --verify-endpoint checks and report loading. No
 * network: the judges are called directly.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "diag.h"
#include "rules.h"
#include "verify.h"
#include "verify_spec.h"

#define PAT "pat-na1-07316207-7ca4-4470-aaa0-bbcd52fef517"

/*
 * Runs a judge on one response: C verifier `name`'s, or with name NULL the
 * verify block spec's. Returns the result (r.details: the caller's).
 */
static struct kh_vresult judge_with(const char *name, const struct kh_vspec *spec,
				    const char *secret, long status, const char *head,
				    const char *body, int show_email)
{
	const struct kh_verifier *v = name ? kh_verifier_find(name) : &kh_vspec_verifier;
	struct kh_vreq q = { 0 };
	struct kh_vresp resp = { 0 };
	struct kh_vresult r = { 0 };

	r.details = cJSON_CreateObject();
	q.secret = secret;
	q.base = name ? "https://example.invalid" : NULL;
	q.spec = spec;
	q.show_email = show_email;
	q.now = 1700000000;
	resp.status = status;
	resp.head = head;
	resp.headlen = strlen(head);
	resp.body = body;
	resp.len = strlen(body);
	if (v && (name || spec))
		v->judge(&q, &resp, &r);
	else
		kh_vresult_set(&r, KH_VS_UNKNOWN, "no verifier");
	return r;
}

/* Runs verifier `name`'s judge on one response; returns the result. */
static struct kh_vresult judge(const char *name, const char *secret, long status,
			       const char *head, const char *body, int show_email)
{
	return judge_with(name, NULL, secret, status, head, body, show_email);
}

/* Built-in rule `id` (its "verify" block) with a fresh request for secret
 * (prepared when prepare is set); rs is loaded here, the caller releases it. */
static const struct kh_rule *builtin(struct kh_ruleset *rs, const char *id)
{
	char err[256];
	size_t i;

	if (kh_rules_load_builtin(rs, 0, err, sizeof(err)) < 0)
		return NULL;
	for (i = 0; i < rs->n; i++)
		if (!strcmp(rs->v[i].id, id))
			return &rs->v[i];
	return NULL;
}

/* The verdict of built-in rule `id`'s verify block on one response. */
static struct kh_vresult rule_judge(const char *id, const char *secret, long status,
				    const char *head, const char *body, int show_email)
{
	struct kh_ruleset rs = { 0 };
	const struct kh_rule *rule = builtin(&rs, id);
	struct kh_vresult r = judge_with(NULL, rule ? kh_rule_vspec(rule) : NULL, secret,
					 status, head, body, show_email);

	kh_ruleset_release(&rs);
	return r;
}

static int is(const struct kh_vresult *r, enum kh_vstatus st, const char *reason)
{
	return r->status == st && (!reason || !strcmp(r->reason, reason));
}

static const char *JSON_HEAD =
	"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n";
static const char *HTML_HEAD =
	"HTTP/1.1 403 Forbidden\r\nContent-Type: text/html\r\n\r\n";

static void test_hubspot(void)
{
	struct kh_vresult r;
	char *s;

	r = judge("hubspot_pak", "CiRx", 200, JSON_HEAD,
		  "{\"hubId\":1,\"userId\":2,\"hubName\":\"A\",\"scopeGroups\":[\"a\",{"
		  "\"x\":1}],"
		  "\"oauthAccessToken\":\"SECRET-ACCESS\",\"encodedOAuthRefreshToken\":"
		  "\"CiRx\"}",
		  0);
	CHECK(is(&r, KH_VS_VERIFIED, "valid"));
	s = cJSON_PrintUnformatted(r.details);
	CHECK(s && !strstr(s, "SECRET-ACCESS") && !strstr(s, "CiRx"));
	CHECK(s && strstr(s, "\"scopes\":[\"a\"]")); /* objects never copied */
	free(s);
	cJSON_Delete(r.details);

	r = judge("hubspot_pat", PAT, 403, JSON_HEAD,
		  "{\"status\":\"error\",\"category\":\"MISSING_SCOPES\"}", 0);
	CHECK(is(&r, KH_VS_VERIFIED, "valid, missing scopes"));
	cJSON_Delete(r.details);

	/* the WAF trap: a 403 page that is not HubSpot's JSON proves nothing */
	r = judge("hubspot_pat", PAT, 403, HTML_HEAD,
		  "{\"status\":\"error\",\"category\":\"MISSING_SCOPES\"}", 0);
	CHECK(is(&r, KH_VS_UNKNOWN, NULL));
	cJSON_Delete(r.details);
	r = judge("hubspot_pat", PAT, 403, JSON_HEAD, "<html>denied</html>", 0);
	CHECK(is(&r, KH_VS_UNKNOWN, "non-JSON response (HTTP 403)"));
	cJSON_Delete(r.details);
	r = judge("hubspot_pat", PAT, 403, JSON_HEAD,
		  "{\"status\":\"error\",\"category\":\"FORBIDDEN\"}", 0);
	CHECK(is(&r, KH_VS_UNKNOWN, NULL));
	cJSON_Delete(r.details);

	r = judge("hubspot_pat", PAT, 401, JSON_HEAD,
		  "{\"status\":\"error\",\"category\":\"INVALID_AUTHENTICATION\"}", 0);
	CHECK(is(&r, KH_VS_INVALID, "invalid"));
	cJSON_Delete(r.details);
	r = judge("hubspot_pak", "CiRx", 401, JSON_HEAD,
		  "{\"status\":\"error\",\"category\":\"INVALID_AUTHENTICATION\","
		  "\"subCategory\":\"LocalDevAuthErrorType.PORTAL_NOT_ACTIVE\"}",
		  0);
	CHECK(is(&r, KH_VS_INVALID, "account not active"));
	cJSON_Delete(r.details);
	r = judge("hubspot_pak", "CiRx", 404, JSON_HEAD,
		  "{\"status\":\"error\",\"subCategory\":\"X.INVALID_PORTAL_ID\"}", 0);
	CHECK(is(&r, KH_VS_INVALID, "account not found"));
	cJSON_Delete(r.details);
	r = judge("hubspot_pak", "CiRx", 404, JSON_HEAD,
		  "{\"status\":\"error\",\"category\":\"OBJECT_NOT_FOUND\"}", 0);
	CHECK(is(&r, KH_VS_UNKNOWN, NULL));
	cJSON_Delete(r.details);
	r = judge("hubspot_refresh", "na1-x", 404, JSON_HEAD,
		  "{\"status\":\"error\",\"category\":\"OBJECT_NOT_FOUND\"}", 0);
	CHECK(is(&r, KH_VS_INVALID, "not found"));
	cJSON_Delete(r.details);
	r = judge("hubspot_oauth_access", "CJx", 401, JSON_HEAD,
		  "{\"status\":\"error\",\"category\":\"EXPIRED_AUTHENTICATION\"}", 0);
	CHECK(is(&r, KH_VS_INVALID, "expired"));
	cJSON_Delete(r.details);

	r = judge("hubspot_oauth_access", "CJx", 200, JSON_HEAD,
		  "{\"token\":\"CJx\",\"user\":\"a@b.example\",\"hub_id\":5,\"expires_"
		  "in\":60}",
		  0);
	CHECK(is(&r, KH_VS_VERIFIED, "valid"));
	CHECK(!cJSON_GetObjectItem(r.details, "user_email"));
	CHECK_STR(cJSON_GetStringValue(cJSON_GetObjectItem(r.details, "expires_at")),
		  "2023-11-14T22:14:20Z");
	s = cJSON_PrintUnformatted(r.details);
	CHECK(s && !strstr(s, "CJx"));
	free(s);
	cJSON_Delete(r.details);
	r = judge("hubspot_oauth_access", "CJx", 200, JSON_HEAD,
		  "{\"user\":\"a@b.example\",\"hub_id\":5}", 1);
	CHECK_STR(cJSON_GetStringValue(cJSON_GetObjectItem(r.details, "user_email")),
		  "a@b.example");
	cJSON_Delete(r.details);

	r = judge("hubspot_api_key", "u", 200, JSON_HEAD, "{\"hubId\":1}", 0);
	CHECK(is(&r, KH_VS_UNKNOWN, "unexpected response (HTTP 200)"));
	cJSON_Delete(r.details);
	r = judge("hubspot_api_key", "u", 503, JSON_HEAD, "{}", 0);
	CHECK(is(&r, KH_VS_UNKNOWN, "server error (HTTP 503)") && r.retry);
	cJSON_Delete(r.details);
	r = judge("hubspot_api_key", "u", 429, JSON_HEAD, "{}", 0);
	CHECK(is(&r, KH_VS_UNKNOWN, "rate limited") && r.retry);
	cJSON_Delete(r.details);
	r = judge("hubspot_api_key", "u", 302, JSON_HEAD, "{}", 0);
	CHECK(is(&r, KH_VS_UNKNOWN, "unexpected response (HTTP 302)") && !r.retry);
	cJSON_Delete(r.details);
}

/* GitLab, Stripe and OpenAI are verify blocks now: their nuances. */
static void test_rule_verdicts(void)
{
	static const struct {
		const char *id;
		long status;
		const char *body;
		enum kh_vstatus want;
		const char *reason; /* NULL: any */
	} cases[] = {
		{ "gitlab-pat", 401,
		  "{\"error\":\"invalid_token\",\"error_description\":\"Token was "
		  "revoked.\"}",
		  KH_VS_INVALID, "revoked" },
		{ "gitlab-pat", 200, "{\"scopes\":[\"api\"],\"active\":false}",
		  KH_VS_INVALID, "inactive" },
		{ "gitlab-pat", 403, "{\"error\":\"insufficient_scope\"}", KH_VS_VERIFIED,
		  "valid, missing scopes" },
		{ "stripe-secret-key", 401, "{\"error\":{\"code\":\"api_key_expired\"}}",
		  KH_VS_INVALID, "expired" },
		{ "openai-project-key", 403,
		  "{\"error\":{\"code\":\"unsupported_country_region_territory\","
		  "\"message\":\"Country not supported\"}}",
		  KH_VS_UNKNOWN, NULL },
		{ "openai-project-key", 403,
		  "{\"error\":{\"message\":\"You have insufficient permissions for this "
		  "operation. Missing scopes: model.read\"}}",
		  KH_VS_VERIFIED, "valid, missing scopes" },
		{ "openai-api-key", 429, "{\"error\":{\"code\":\"insufficient_quota\"}}",
		  KH_VS_VERIFIED, "valid, quota exhausted" },
		{ "openai-api-key", 429, "{\"error\":{\"code\":\"rate_limit_exceeded\"}}",
		  KH_VS_UNKNOWN, "rate limited" },
	};
	struct kh_vresult r;
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		r = rule_judge(cases[i].id, "tok_x", cases[i].status, JSON_HEAD,
			       cases[i].body, 0);
		if (!is(&r, cases[i].want, cases[i].reason))
			fprintf(stderr, "  case %zu: %s: got %d %s\n", i, cases[i].id,
				(int)r.status, r.reason);
		CHECK(is(&r, cases[i].want, cases[i].reason));
		cJSON_Delete(r.details);
	}
	r = rule_judge(
		"stripe-secret-key", "sk_live_x", 200, JSON_HEAD,
		"{\"id\":\"acct_1\",\"email\":\"a@x.example\",\"business_profile\":"
		"{\"name\":\"Acme\"}}",
		0);
	CHECK(is(&r, KH_VS_VERIFIED, "valid"));
	CHECK_STR(kh_vjson_str(r.details, "account_name"), "Acme");
	CHECK(!cJSON_GetObjectItem(r.details, "email"));
	cJSON_Delete(r.details);
}

static void test_others(void)
{
	struct kh_vresult r;

	r = judge("github", "ghp_x", 200,
		  "HTTP/2 200\r\nx-oauth-scopes: repo, gist\r\ncontent-type: "
		  "application/json\r\n\r\n",
		  "{\"login\":\"o\",\"id\":3,\"email\":\"o@x.example\"}", 0);
	CHECK(is(&r, KH_VS_VERIFIED, "valid"));
	CHECK(cJSON_GetArraySize(cJSON_GetObjectItem(r.details, "scopes")) == 2);
	CHECK(!cJSON_GetObjectItem(r.details, "email"));
	cJSON_Delete(r.details);
	r = judge("github", "ghp_x", 403, JSON_HEAD,
		  "{\"message\":\"Resource not accessible by integration\"}", 0);
	CHECK(is(&r, KH_VS_VERIFIED, "valid, missing scopes"));
	cJSON_Delete(r.details);
	r = judge("github", "ghp_x", 403,
		  "HTTP/1.1 403\r\nx-ratelimit-remaining: 0\r\n\r\n",
		  "{\"message\":\"API rate limit exceeded\"}", 0);
	CHECK(is(&r, KH_VS_UNKNOWN, "rate limited") && r.retry);
	cJSON_Delete(r.details);
	r = judge("github", "ghp_x", 403, JSON_HEAD, "{\"message\":\"Forbidden\"}", 0);
	CHECK(is(&r, KH_VS_UNKNOWN, NULL));
	cJSON_Delete(r.details);
	r = judge("github", "ghp_x", 401, HTML_HEAD, "<html>", 0);
	CHECK(is(&r, KH_VS_UNKNOWN, NULL));
	cJSON_Delete(r.details);

	r = judge("slack", "xoxb-1", 200, JSON_HEAD,
		  "{\"ok\":false,\"error\":\"invalid_auth\"}", 0);
	CHECK(is(&r, KH_VS_INVALID, "invalid_auth"));
	cJSON_Delete(r.details);
	r = judge("slack", "xoxb-1", 200, JSON_HEAD,
		  "{\"ok\":false,\"error\":\"fatal_error\"}", 0);
	CHECK(is(&r, KH_VS_UNKNOWN, NULL));
	cJSON_Delete(r.details);
	test_rule_verdicts();
}

/* prepare() of one verifier; returns its return code, fills q and r. */
static int prep(const char *name, const char *secret, const cJSON *validation,
		struct kh_vreq *q, struct kh_vresult *r)
{
	memset(q, 0, sizeof(*q));
	memset(r, 0, sizeof(*r));
	r->details = cJSON_CreateObject();
	q->secret = secret;
	q->base = "https://api.example.invalid";
	q->validation = validation;
	q->now = 1700000000;
	return kh_verifier_find(name)->prepare(q, r);
}

static int has_header(const struct kh_vreq *q, const char *h)
{
	size_t i;

	for (i = 0; i < q->nheaders; i++)
		if (!strcmp(q->headers[i], h))
			return 1;
	return 0;
}

static void test_requests(void)
{
	struct kh_vreq q;
	struct kh_vresult r;
	cJSON *val;
	size_t i;

	CHECK(prep("hubspot_pak", "CiR+/x", NULL, &q, &r) == 0);
	CHECK(q.post);
	CHECK_STR(q.url, "https://api.example.invalid/localdevauth/v1/auth/refresh");
	CHECK_STR(q.body, "{\"encodedOAuthRefreshToken\":\"CiR+/x\"}");
	for (i = 0; i < q.nheaders; i++)
		CHECK(strncmp(q.headers[i], "Authorization", 13));
	kh_vreq_release(&q);
	cJSON_Delete(r.details);

	CHECK(prep("hubspot_pat", PAT, NULL, &q, &r) == 0);
	CHECK(has_header(&q, "Authorization: Bearer " PAT));
	CHECK_STR(q.body, "{\"tokenKey\":\"" PAT "\"}");
	kh_vreq_release(&q);
	cJSON_Delete(r.details);

	/* path segments and query values are percent-encoded */
	CHECK(prep("hubspot_refresh", "na1-a/b?c", NULL, &q, &r) == 0);
	CHECK(!q.post && !q.body);
	CHECK_STR(q.url,
		  "https://api.example.invalid/oauth/v1/refresh-tokens/na1-a%2Fb%3Fc");
	kh_vreq_release(&q);
	cJSON_Delete(r.details);
	CHECK(prep("hubspot_api_key", "a&b", NULL, &q, &r) == 0);
	CHECK_STR(q.url, "https://api.example.invalid/integrations/v1/me?hapikey=a%26b");
	kh_vreq_release(&q);
	cJSON_Delete(r.details);

	/* expired by the scan's validation, or by decoding the token now */
	val = cJSON_Parse("{\"expired\":true,\"expires_at\":\"2020-01-01T00:00:00Z\"}");
	CHECK(prep("hubspot_oauth_access", "CJxx", val, &q, &r) == 1);
	CHECK(r.status == KH_VS_INVALID && !strcmp(r.reason, "expired") && !q.url);
	cJSON_Delete(val);
	cJSON_Delete(r.details);
	/* 0x08 + varint(1577836800000 ms = 2020-01-01) + padding */
	CHECK(prep("hubspot_oauth_access", "CIDQm_P1LQAAAAAAAAAAAAAAAA", NULL, &q, &r) ==
	      1);
	CHECK(r.status == KH_VS_INVALID);
	CHECK_STR(cJSON_GetStringValue(cJSON_GetObjectItem(r.details, "expired_at")),
		  "2020-01-01T00:00:00Z");
	cJSON_Delete(r.details);
	CHECK(prep("hubspot_oauth_access", "CJxx", NULL, &q, &r) == 0);
	CHECK_STR(q.url, "https://api.example.invalid/oauth/v1/access-tokens/CJxx");
	kh_vreq_release(&q);
	cJSON_Delete(r.details);

	CHECK(prep("hubspot_developer", "u", NULL, &q, &r) == 1 &&
	      r.status == KH_VS_UNVERIFIABLE);
	cJSON_Delete(r.details);
	CHECK(prep("hubspot_client_secret", "u", NULL, &q, &r) == 1 &&
	      r.status == KH_VS_UNVERIFIABLE);
	cJSON_Delete(r.details);
	CHECK(prep("github", "ghr_x", NULL, &q, &r) == 1 &&
	      r.status == KH_VS_UNVERIFIABLE);
	cJSON_Delete(r.details);
	CHECK(prep("slack", "xoxe-1-x", NULL, &q, &r) == 1 &&
	      r.status == KH_VS_UNVERIFIABLE);
	cJSON_Delete(r.details);
	{
		struct kh_ruleset rs = { 0 };
		const struct kh_rule *rule = builtin(&rs, "gitlab-pat");

		memset(&q, 0, sizeof(q));
		memset(&r, 0, sizeof(r));
		q.secret = "glpat-x";
		q.spec = rule ? kh_rule_vspec(rule) : NULL;
		CHECK(q.spec && kh_vspec_verifier.prepare(&q, &r) == 0);
		CHECK(has_header(&q, "PRIVATE-TOKEN: glpat-x"));
		CHECK(q.url &&
		      !strcmp(q.url,
			      "https://gitlab.com/api/v4/personal_access_tokens/self"));
		kh_vreq_release(&q);
		kh_ruleset_release(&rs);
		q = (struct kh_vreq){ 0 };
	}
	CHECK(!kh_verifier_find("nope") && !kh_verifier_find(NULL));
}

static void test_helpers(void)
{
	struct kh_vresp resp = { 0 };
	char v[16];
	cJSON *o;

	resp.head = "HTTP/1.1 200 OK\r\nX-Long: 0123456789abcdefXYZ\r\nRetry-After:  7 "
		    "\r\n\r\n";
	resp.headlen = strlen(resp.head);
	CHECK(kh_vresp_header(&resp, "retry-after", v, sizeof(v)) && !strcmp(v, "7"));
	CHECK(kh_vresp_header(&resp, "x-long", v, sizeof(v)) && strlen(v) == 15);
	CHECK(!kh_vresp_header(&resp, "x-lon", v, sizeof(v)));
	resp.body = "{\"a\":1}";
	resp.len = 7;
	o = kh_vresp_json(&resp);
	CHECK(cJSON_IsObject(o));
	cJSON_Delete(o);
	resp.body = "[1]";
	resp.len = 3;
	CHECK(!kh_vresp_json(&resp));
	resp.len = 0;
	CHECK(!kh_vresp_json(&resp));
}

static int load_rules(struct kh_ruleset *rs)
{
	static const char rules[] =
		"{\"rules\":[{\"id\":\"t-one\",\"description\":\"d\",\"severity\":"
		"\"low\","
		"\"keywords\":[\"k\"],\"regex\":\"k=(\\\\w+)\",\"verifier\":\"github\","
		"\"remediation\":\"r\"}]}";
	char err[256];

	return kh_rules_load_json(rs, rules, strlen(rules), "unit", err, sizeof(err));
}

static int write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");

	if (!f)
		return -1;
	fputs(text, f);
	return fclose(f);
}

static void test_report_load(void)
{
	struct kh_ruleset rs = { 0 };
	struct kh_findings l = { 0 };
	char path[] = "/tmp/kh-unit-verify-XXXXXX", err[512];
	int fd = mkstemp(path);

	CHECK(fd >= 0 && load_rules(&rs) == 0);
	if (fd < 0)
		return;
	close(fd);
	CHECK(write_file(path,
			 "[{\"rule_id\":\"t-one\",\"secret\":\"abc\",\"file\":\"f\","
			 "\"line\":3,"
			 "\"column\":2,\"end_line\":3,\"end_column\":4,\"fingerprint\":"
			 "\"bad\","
			 "\"validation\":{\"structure\":\"valid\"},\"verification\":{"
			 "\"status\":\"verified\"},"
			 "\"commit\":{\"id\":\"abcdef\",\"author\":\"A\"}},"
			 "{\"rule_id\":\"t-one\",\"secret\":\"def\",\"file\":null}]") ==
	      0);
	CHECK(kh_report_load(path, &rs, &l, err, sizeof(err)) == 0);
	CHECK(l.n == 2);
	if (l.n == 2) {
		CHECK_STR(l.v[0]->secret, "abc");
		CHECK_STR(l.v[0]->file, "f");
		CHECK(l.v[0]->line == 3 && l.v[0]->end_column == 4);
		CHECK(strlen(l.v[0]->fingerprint) == 32);
		CHECK(kh_more(l.v[0])->verification && l.v[0]->validation);
		CHECK(l.v[0]->commit && !strcmp(l.v[0]->commit->id, "abcdef"));
		CHECK(!l.v[1]->file && l.v[1]->order == 1);
	}
	kh_findings_release(&l);

	CHECK(write_file(path, "{\"rule_id\":\"t-one\",\"secret\":\"x\"}\n\n"
			       "{\"rule_id\":\"t-one\",\"secret\":\"y\"}\n") == 0);
	CHECK(kh_report_load(path, &rs, &l, err, sizeof(err)) == 0 && l.n == 2);
	kh_findings_release(&l);

	CHECK(write_file(path, "[{\"rule_id\":\"t-one\",\"match\":\"k=abc*****\"}]") ==
	      0);
	CHECK(kh_report_load(path, &rs, &l, err, sizeof(err)) < 0 &&
	      strstr(err, "--redact"));
	CHECK(write_file(path, "[{\"rule_id\":\"t-two\",\"secret\":\"x\"}]") == 0);
	CHECK(kh_report_load(path, &rs, &l, err, sizeof(err)) < 0 &&
	      strstr(err, "t-two"));
	CHECK(write_file(path,
			 "[{\"rule_id\":\"t-one\",\"secret\":\"x\",\"line\":-1}]") == 0);
	CHECK(kh_report_load(path, &rs, &l, err, sizeof(err)) < 0);
	/* entropy is bits per byte: 1e300 would overflow when written again */
	CHECK(write_file(
		      path,
		      "[{\"rule_id\":\"t-one\",\"secret\":\"x\",\"entropy\":1e300}]") ==
	      0);
	CHECK(kh_report_load(path, &rs, &l, err, sizeof(err)) < 0 &&
	      strstr(err, "entropy"));
	CHECK(write_file(path, "{\"version\": \"2.1.0\",\n\"runs\": []}\n") == 0);
	CHECK(kh_report_load(path, &rs, &l, err, sizeof(err)) < 0);
	CHECK(l.n == 0);
	unlink(path);
	CHECK(kh_report_load(path, &rs, &l, err, sizeof(err)) < 0 && strstr(err, path));
	kh_ruleset_release(&rs);
}

/* Reports are untrusted: mutated ones must load or fail, never crash
 * (ASan watches). Deterministic: a fixed LCG. */
static void test_report_mutations(void)
{
	static const char good[] =
		"[{\"rule_id\":\"t-one\",\"secret\":\"abc\",\"match\":\"k=abc\",\"file\":"
		"\"f\","
		"\"line\":3,\"column\":2,\"end_line\":3,\"end_column\":4,"
		"\"fingerprint\":\"0123456789abcdef0123456789abcdef\",\"entropy\":1.5,"
		"\"validation\":{\"structure\":\"valid\",\"expired\":false},"
		"\"commit\":{\"id\":\"abc\",\"author\":\"A\",\"email\":\"e\",\"date\":"
		"\"d\","
		"\"message\":\"m\"}}]\n{\"rule_id\":\"t-one\",\"secret\":\"x\"}\n";
	static const char bytes[] = "{}[]\",:0-9 \n\\eu\x01\xff";
	struct kh_ruleset rs = { 0 };
	char path[] = "/tmp/kh-unit-mut-XXXXXX", err[512], buf[sizeof(good)];
	unsigned long long seed = 42;
	int fd = mkstemp(path), i, k, loaded = 0, failed = 0;

	if (fd < 0 || load_rules(&rs) < 0) {
		CHECK(0);
		return;
	}
	close(fd);
	for (i = 0; i < 400; i++) {
		struct kh_findings l = { 0 };
		size_t len = sizeof(good) - 1;

		memcpy(buf, good, sizeof(good));
		for (k = 0; k < 1 + i % 4; k++) {
			seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
			buf[(seed >> 33) % len] =
				bytes[(seed >> 17) % (sizeof(bytes) - 1)];
		}
		if (i % 7 == 0)
			buf[(seed >> 40) % len] = '\0'; /* truncated */
		if (write_file(path, buf) < 0)
			break;
		if (kh_report_load(path, &rs, &l, err, sizeof(err)) == 0)
			loaded++;
		else
			failed++;
		kh_findings_release(&l);
	}
	CHECK(loaded + failed == 400 && loaded > 0 && failed > 0);
	unlink(path);
	kh_ruleset_release(&rs);
}

/* --verify-endpoint is checked before anything is sent. */
static int endpoint(const char *spec)
{
	struct kh_options opt = { 0 };
	struct kh_findings l = { 0 };
	struct kh_diag d;
	const char *v[1] = { spec };
	char err[512];
	int rc;

	kh_diag_init(&d, 1);
	opt.verify = 1;
	opt.verify_jobs = 1;
	opt.verify_timeout = 1;
	opt.verify_endpoints.v = v;
	opt.verify_endpoints.n = 1;
	rc = kh_verify_findings(&l, NULL, &opt, &d, err, sizeof(err));
	kh_diag_release(&d);
	return rc;
}

static void test_endpoints(void)
{
	CHECK(endpoint("hubspot=https://api.hubapiqa.com") == 0);
	CHECK(endpoint("hubspot=https://api.hubapiqa.com/") == 0);
	CHECK(endpoint("github=https://ghe.example.com/api/v3") == 0);
	CHECK(endpoint("hubspot=http://127.0.0.1:8080") == 0);
	CHECK(endpoint("hubspot=http://127.255.0.1") == 0);
	CHECK(endpoint("hubspot=http://localhost:1") == 0);
	CHECK(endpoint("hubspot=http://[::1]:1") == 0);
	CHECK(endpoint("hubspot=http://example.com") < 0);
	CHECK(endpoint("hubspot=http://128.0.0.1") < 0);
	CHECK(endpoint("hubspot=http://127.0.0.1.example.com") < 0);
	CHECK(endpoint("hubspot=http://[::2]:1") < 0);
	CHECK(endpoint("hubspot=file:///etc/passwd") < 0);
	CHECK(endpoint("hubspot=https://u:p@example.com") < 0);
	CHECK(endpoint("hubspot=https://example.com/?a=b") < 0);
	CHECK(endpoint("hubspot=https://example.com/#x") < 0);
	CHECK(endpoint("hubspot=https://exa mple.com") < 0);
	CHECK(endpoint("hubspot=") < 0);
	CHECK(endpoint("=https://example.com") < 0);
	CHECK(endpoint("hubspot") < 0);
	CHECK(endpoint("nosuch=https://example.com") < 0);
}

/* A finding of a hand-made rule, for the engine tests. */
static struct kh_finding *finding(const struct kh_rule *rule, const char *secret)
{
	struct kh_finding *f = calloc(1, sizeof(*f));

	if (!f)
		return NULL;
	f->rule = rule;
	f->secret = strdup(secret);
	f->match = strdup(secret);
	return f;
}

static const char *status_of(const struct kh_finding *f)
{
	return cJSON_GetStringValue(
		cJSON_GetObjectItem(kh_more(f)->verification, "status"));
}

/* The engine without network: offline verdicts, dedupe, odd secrets. */
static void test_engine_offline(void)
{
	struct kh_rule dev = { 0 }, nosuch = { 0 }, plain = { 0 }, pat = { 0 };
	struct kh_findings l = { 0 };
	struct kh_options opt = { 0 };
	struct kh_diag d;
	char err[256];
	size_t i;

	dev.id = "t-dev";
	dev.verifier = "hubspot_developer";
	nosuch.id = "t-nosuch";
	nosuch.verifier = "no_such_verifier";
	plain.id = "t-plain";
	pat.id = "t-pat";
	pat.verifier = "hubspot_pat";
	for (i = 0; i < 5; i++)
		kh_findings_push(&l,
				 finding(&dev, "3b0f2a57-8e3c-4d1a-9b7e-5c2d8f1a6e40"));
	kh_findings_push(&l, finding(&nosuch, "abc"));
	kh_findings_push(&l, finding(&plain, "abc"));
	/* a header injection attempt from a crafted report is never sent */
	kh_findings_push(&l, finding(&pat, "pat-na1-x\r\nX-Evil: 1"));
	kh_findings_push(&l, finding(&pat, ""));
	kh_diag_init(&d, 1);
	opt.verify = 1;
	opt.verify_jobs = 2;
	opt.verify_timeout = 1;
	CHECK(l.n == 9);
	CHECK(kh_verify_findings(&l, NULL, &opt, &d, err, sizeof(err)) == 0);
	if (l.n == 9) {
		for (i = 0; i < 5; i++)
			CHECK_STR(status_of(l.v[i]), "unverifiable");
		CHECK(cJSON_IsObject(
			cJSON_GetObjectItem(kh_more(l.v[0])->verification, "details")));
		CHECK(cJSON_IsString(cJSON_GetObjectItem(kh_more(l.v[0])->verification,
							 "checked_at")));
		CHECK_STR(status_of(l.v[5]), "unverifiable");
		CHECK(!kh_more(l.v[6])->verification); /* no verifier: not checked */
		CHECK_STR(status_of(l.v[7]), "unknown");
		CHECK_STR(status_of(l.v[8]), "unknown");
	}
	kh_findings_release(&l);
	kh_diag_release(&d);
}

/* ---- "verify" blocks (verify_spec.c) ---- */

#define RULE_HEAD                                                                       \
	"{\"provider\":\"acme\",\"rules\":[{\"id\":\"acme-key\",\"description\":\"d\"," \
	"\"severity\":\"high\",\"keywords\":[\"acme_\"],\"remediation\":\"r\","         \
	"\"regex\":\"(?<org>[a-z]{1,20})/(?<secret>acme_[a-z0-9]{8})\","
#define RULE_TAIL "}]}"

/* Loads one rule whose verify block is `verify`; returns 0 or -1 (err). */
static int spec_load(const char *verify, struct kh_ruleset *rs, char *err, size_t errlen)
{
	char doc[4096];

	snprintf(doc, sizeof(doc), RULE_HEAD "\"verify\":%s" RULE_TAIL, verify);
	return kh_rules_load_json(rs, doc, strlen(doc), "acme.json", err, errlen);
}

/* 1 when the block is refused with a message naming file, rule and `why`. */
static int spec_refused(const char *verify, const char *why)
{
	struct kh_ruleset rs = { 0 };
	char err[512] = "";
	int rc = spec_load(verify, &rs, err, sizeof(err));

	kh_ruleset_release(&rs);
	if (rc == 0 || !strstr(err, "acme.json: rule acme-key: verify: ") ||
	    !strstr(err, why)) {
		fprintf(stderr, "  block %s: %s\n", verify, rc ? err : "(accepted)");
		return 0;
	}
	return 1;
}

#define OKV "\"valid\":{\"status\":[200]},\"invalid\":{\"status\":[401]}"

static void test_spec_contract(void)
{
	struct kh_ruleset rs = { 0 };
	char err[512];

	CHECK(spec_load("{\"method\":\"GET\",\"url\":\"https://api.acme.example/v1/"
			"me\"," OKV "}",
			&rs, err, sizeof(err)) == 0);
	CHECK(rs.n == 1 && rs.v[0].vspec && rs.v[0].vspec->method == KH_VM_GET);
	kh_ruleset_release(&rs);
	CHECK(spec_refused("{\"method\":\"GET\",\"url\":\"http://api.acme.example/\"," OKV
			   "}",
			   "https://"));
	CHECK(spec_refused(
		"{\"method\":\"DELETE\",\"url\":\"https://api.acme.example/\"," OKV "}",
		"GET, HEAD or POST"));
	CHECK(spec_refused(
		"{\"method\":\"PUT\",\"url\":\"https://api.acme.example/\"," OKV "}",
		"GET, HEAD or POST"));
	CHECK(spec_refused(
		"{\"method\":\"POST\",\"url\":\"https://api.acme.example/\"," OKV "}",
		"introspection"));
	CHECK(spec_refused(
		"{\"method\":\"POST\",\"introspection\":false,\"url\":\"https://"
		"api.acme.example/\"," OKV "}",
		"introspection"));
	/* the host never comes from the scanned text, except one first label */
	CHECK(spec_refused("{\"method\":\"GET\",\"url\":\"https://{secret}/\"," OKV "}",
			   "first host label"));
	CHECK(spec_refused("{\"method\":\"GET\",\"url\":\"https://{org}/\"," OKV "}",
			   "first host label"));
	CHECK(spec_refused(
		"{\"method\":\"GET\",\"url\":\"https://api.{org}.example/\"," OKV "}",
		"fixed name"));
	CHECK(spec_refused(
		"{\"method\":\"GET\",\"url\":\"https://{nope}.acme.example/\"," OKV "}",
		"no named group"));
	CHECK(spec_refused("{\"method\":\"GET\",\"url\":\"https://{org}.example/x\"," OKV
			   "}",
			   "full domain"));
	CHECK(spec_refused(
		"{\"method\":\"GET\",\"url\":\"https://u@api.acme.example/\"," OKV "}",
		"fixed name"));
	CHECK(spec_refused("{\"method\":\"GET\",\"url\":\"https://localhost/\"," OKV "}",
			   "full domain"));
	CHECK(spec_refused(
		"{\"method\":\"GET\",\"url\":\"https://api.acme.example/tokens/"
		"revoke\"," OKV "}",
		"changes a credential"));
	CHECK(spec_refused(
		"{\"method\":\"GET\",\"url\":\"https://api.acme.example/{x}\"," OKV "}",
		"braces"));
	CHECK(spec_refused(
		"{\"method\":\"GET\",\"url\":\"https://api.acme.example/\",\"headers\":"
		"{\"Host\":\"evil.example\"}," OKV "}",
		"set by keyhound"));
	CHECK(spec_refused(
		"{\"method\":\"GET\",\"url\":\"https://api.acme.example/\",\"headers\":"
		"{\"X\":\"{group:nope}\"}," OKV "}",
		"no named group"));
	CHECK(spec_refused(
		"{\"method\":\"GET\",\"url\":\"https://api.acme.example/\",\"body\":"
		"\"x\"," OKV "}",
		"POST only"));
	CHECK(spec_refused("{\"method\":\"GET\",\"url\":\"https://api.acme.example/\","
			   "\"valid\":{\"status\":[302]},\"invalid\":{\"status\":[401]}}",
			   "redirect"));
	CHECK(spec_refused("{\"method\":\"GET\",\"url\":\"https://api.acme.example/\","
			   "\"invalid\":{\"status\":[401]}}",
			   "\"valid\" must be an object"));
	CHECK(spec_refused(
		"{\"method\":\"GET\",\"url\":\"https://api.acme.example/\","
		"\"valid\":{\"status\":[200]},\"invalid\":{\"json_exists\":[\"e\"]}}",
		"needs a \"status\" list"));
	CHECK(spec_refused("{\"method\":\"GET\",\"url\":\"https://api.acme.example/\","
			   "\"follow\":true," OKV "}",
			   "unknown field \"follow\""));
	CHECK(spec_refused("{\"unverifiable\":\"no check\",\"method\":\"GET\"}",
			   "alone"));
	CHECK(spec_refused("[1]", "must be an object"));
	CHECK(spec_refused("{\"method\":\"GET\",\"url\":\"https://api.acme.example/\","
			   "\"nearby\":{\"id\":\"[0-9]+\"}," OKV "}",
			   "needs a group (?<id>"));
	CHECK(spec_refused("{\"method\":\"GET\",\"url\":\"https://api.acme.example/\","
			   "\"nearby\":{\"id\":\"(?<id>[0-9]+\"}," OKV "}",
			   "bad regex"));
	CHECK(spec_refused("{\"method\":\"GET\",\"url\":\"https://api.acme.example/\","
			   "\"aws_sigv4\":\"aws:amz:us-east-1:sts\"," OKV "}",
			   "basic_auth"));
	CHECK(spec_refused(
		"{\"method\":\"GET\",\"url\":\"https://api.acme.example/\","
		"\"aws_sigv4\":\"aws:amz:x\\r\\n\",\"basic_auth\":[\"a\",\"{secret}"
		"\"]," OKV "}",
		"aws_sigv4"));
	/* a rule has a C verifier or a verify block, not both */
	{
		const char *doc =
			RULE_HEAD "\"verifier\":\"github\",\"verify\":{\"unverifiable\":"
				  "\"x\"}" RULE_TAIL;

		CHECK(kh_rules_load_json(&rs, doc, strlen(doc), "acme.json", err,
					 sizeof(err)) < 0 &&
		      strstr(err, "exclude each other"));
		kh_ruleset_release(&rs);
	}
}

/* A request prepared from rule 0 of rs for secret and groups. */
static int spec_prepare(const struct kh_ruleset *rs, const char *secret,
			const char *groups, const char *base, struct kh_vreq *q,
			struct kh_vresult *r)
{
	cJSON *g = groups ? cJSON_Parse(groups) : NULL;
	int rc;

	memset(q, 0, sizeof(*q));
	memset(r, 0, sizeof(*r));
	q->secret = secret;
	q->spec = rs->v[0].vspec;
	q->groups = g;
	q->base = base;
	rc = kh_vspec_verifier.prepare(q, r);
	q->groups = NULL;
	cJSON_Delete(g);
	return rc;
}

static void test_spec_requests(void)
{
	struct kh_ruleset rs = { 0 };
	struct kh_vreq q;
	struct kh_vresult r;
	char err[512];

	CHECK(spec_load(
		      "{\"method\":\"GET\",\"url\":\"https://{org}.acme.example/v1/"
		      "k/"
		      "{secret}?o={group:org}\",\"headers\":{\"Authorization\":\"Bearer "
		      "{secret}\",\"X-Org\":\"{group:org}\"},\"basic_auth\":[\"{group:"
		      "org}"
		      "\","
		      "\"{secret}\"]," OKV "}",
		      &rs, err, sizeof(err)) == 0);
	CHECK(spec_prepare(&rs, "acme_a/b:c", "{\"org\":\"shop-1\"}", NULL, &q, &r) == 0);
	CHECK_STR(q.url, "https://shop-1.acme.example/v1/k/acme_a%2Fb%3Ac?o=shop-1");
	CHECK(has_header(&q, "Authorization: Bearer acme_a/b:c"));
	CHECK(has_header(&q, "X-Org: shop-1"));
	/* base64("shop-1:acme_a/b:c") */
	CHECK(has_header(&q, "Authorization: Basic c2hvcC0xOmFjbWVfYS9iOmM="));
	CHECK(!q.post && !q.head);
	kh_vreq_release(&q);
	/* --verify-endpoint replaces the origin, the path stays */
	CHECK(spec_prepare(&rs, "acme_x", "{\"org\":\"shop\"}", "http://127.0.0.1:9/p",
			   &q, &r) == 0);
	CHECK_STR(q.url, "http://127.0.0.1:9/p/v1/k/acme_x?o=shop");
	kh_vreq_release(&q);
	/* a host label from the text must be one label: no dot, slash, '@' */
	CHECK(spec_prepare(&rs, "acme_x", "{\"org\":\"evil.example/x\"}", NULL, &q, &r) ==
	      1);
	CHECK(r.status == KH_VS_UNKNOWN && strstr(r.reason, "not sent") && !q.url);
	CHECK(spec_prepare(&rs, "acme_x", "{\"org\":\"a@b\"}", NULL, &q, &r) == 1);
	CHECK(r.status == KH_VS_UNKNOWN && !q.url);
	CHECK(spec_prepare(&rs, "acme_x", NULL, NULL, &q, &r) == 1);
	CHECK(r.status == KH_VS_UNKNOWN && strstr(r.reason, "'org'"));
	/* the host label is required with --verify-endpoint too */
	CHECK(spec_prepare(&rs, "acme_x", NULL, "http://127.0.0.1:9", &q, &r) == 1 &&
	      !q.url);
	kh_ruleset_release(&rs);
	/* no line break ever reaches a header */
	CHECK(spec_load("{\"method\":\"GET\",\"url\":\"https://api.acme.example/\","
			"\"headers\":{\"X-Org\":\"{group:org}\"}," OKV "}",
			&rs, err, sizeof(err)) == 0);
	CHECK(spec_prepare(&rs, "acme_x", "{\"org\":\"a\\r\\nX-Evil: 1\"}", NULL, &q,
			   &r) == 1);
	CHECK(r.status == KH_VS_UNKNOWN && strstr(r.reason, "line break"));
	CHECK(q.nheaders == 0 && !q.url && !strstr(r.reason, "acme_x"));
	CHECK(spec_prepare(&rs, "acme_x", "{\"org\":\"a\\tb\"}", NULL, &q, &r) == 1);
	CHECK(spec_prepare(&rs, "acme_x", "{\"org\":\"acme\"}", NULL, &q, &r) == 0);
	CHECK(has_header(&q, "X-Org: acme"));
	kh_vreq_release(&q);
	kh_ruleset_release(&rs);

	/* POST: the body's secret escaped for JSON; HEAD asks for no body */
	CHECK(spec_load("{\"method\":\"POST\",\"introspection\":true,\"url\":\"https://"
			"api.acme."
			"example/graphql\",\"content_type\":\"application/"
			"json\",\"body\":\"{\\\"q\\\":"
			"\\\"{ me }\\\",\\\"t\\\":\\\"{secret}\\\"}\"," OKV "}",
			&rs, err, sizeof(err)) == 0);
	CHECK(spec_prepare(&rs, "acme_\"x\\", NULL, NULL, &q, &r) == 0);
	CHECK(q.post && q.body);
	CHECK_STR(q.body, "{\"q\":\"{ me }\",\"t\":\"acme_\\\"x\\\\\"}");
	CHECK(has_header(&q, "Content-Type: application/json"));
	kh_vreq_release(&q);
	kh_ruleset_release(&rs);
	CHECK(spec_load("{\"method\":\"HEAD\",\"url\":\"https://api.acme.example/\"," OKV
			"}",
			&rs, err, sizeof(err)) == 0);
	CHECK(spec_prepare(&rs, "acme_x", NULL, NULL, &q, &r) == 0 && q.head && !q.post);
	kh_vreq_release(&q);
	kh_ruleset_release(&rs);
	CHECK(spec_load("{\"unverifiable\":\"no read-only check\"}", &rs, err,
			sizeof(err)) == 0);
	CHECK(spec_prepare(&rs, "acme_x", NULL, NULL, &q, &r) == 1);
	CHECK(r.status == KH_VS_UNVERIFIABLE && !strcmp(r.reason, "no read-only check"));
	kh_ruleset_release(&rs);
}

static const char *SPEC_JSON = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
			       "X-Scopes: read\r\n\r\n";
static const char *SPEC_HTML = "HTTP/1.1 401 No\r\nContent-Type: text/html\r\n\r\n";
static const char *SPEC_TEXT = "HTTP/1.1 401 No\r\nContent-Type: text/plain\r\n\r\n";

/* The verdict of rule 0's block on one response (details in *details). */
static enum kh_vstatus spec_judge(const struct kh_ruleset *rs, long status,
				  const char *head, const char *body, int show_email,
				  cJSON **details)
{
	struct kh_vresult r = judge_with(NULL, rs->v[0].vspec, "acme_12345678", status,
					 head, body, show_email);

	if (details)
		*details = r.details;
	else
		cJSON_Delete(r.details);
	return r.status;
}

static void test_spec_judge(void)
{
	struct kh_ruleset rs = { 0 };
	char err[512];
	cJSON *d = NULL;
	char *s;

	CHECK(spec_load(
		      "{\"method\":\"GET\",\"url\":\"https://api.acme.example/"
		      "me\",\"valid\":{"
		      "\"status\":[200],\"json_exists\":[\"user.id\",\"keys.{secret}\"],"
		      "\"json_equals\":{\"ok\":true}},\"invalid\":{\"status\":[401,403]},"
		      "\"details\":{\"user\":\"user.id\",\"first\":\"list.0\",\"email\":"
		      "\"user."
		      "email\",\"echo\":\"echo\",\"nested\":\"user\",\"scopes\":\"header:"
		      "x-"
		      "scopes\"}}",
		      &rs, err, sizeof(err)) == 0);
	CHECK(spec_judge(&rs, 200, SPEC_JSON,
			 "{\"ok\":true,\"user\":{\"id\":7,\"email\":\"a@example.com\"},"
			 "\"keys\":{"
			 "\"acme_12345678\":\"pem\"},\"list\":[\"x\"],\"echo\":\"acme_"
			 "12345678\"}",
			 0, &d) == KH_VS_VERIFIED);
	s = cJSON_PrintUnformatted(d);
	CHECK_STR(s, "{\"user\":7,\"first\":\"x\",\"scopes\":\"read\"}");
	free(s);
	cJSON_Delete(d);
	CHECK(spec_judge(&rs, 200, SPEC_JSON,
			 "{\"ok\":true,\"user\":{\"id\":7,\"email\":\"a@example.com\"},"
			 "\"keys\":{"
			 "\"acme_12345678\":1}}",
			 1, &d) == KH_VS_VERIFIED);
	CHECK(cJSON_GetObjectItem(d, "email") != NULL);
	cJSON_Delete(d);
	/* each condition of "valid" is needed */
	CHECK(spec_judge(&rs, 200, SPEC_JSON,
			 "{\"ok\":false,\"user\":{\"id\":7},\"keys\":{\"acme_"
			 "12345678\":1}}",
			 0, NULL) == KH_VS_UNKNOWN);
	CHECK(spec_judge(&rs, 200, SPEC_JSON,
			 "{\"ok\":true,\"user\":{\"id\":7},\"keys\":{}}", 0,
			 NULL) == KH_VS_UNKNOWN);
	CHECK(spec_judge(&rs, 200, SPEC_JSON,
			 "{\"ok\":true,\"user\":{\"id\":null},\"keys\":{\"acme_"
			 "12345678\":1}}",
			 0, NULL) == KH_VS_UNKNOWN);
	CHECK(spec_judge(&rs, 201, SPEC_JSON,
			 "{\"ok\":true,\"user\":{\"id\":7},\"keys\":{\"acme_"
			 "12345678\":1}}",
			 0, NULL) == KH_VS_UNKNOWN);
	CHECK(spec_judge(&rs, 200, SPEC_JSON, "[1]", 0, NULL) == KH_VS_UNKNOWN);
	CHECK(spec_judge(&rs, 401, SPEC_JSON, "{}", 0, NULL) == KH_VS_INVALID);
	CHECK(spec_judge(&rs, 403, SPEC_TEXT, "Forbidden", 0, NULL) == KH_VS_INVALID);
	/* a WAF or login page is never a verdict */
	CHECK(spec_judge(&rs, 401, SPEC_HTML, "<html>no</html>", 0, NULL) ==
	      KH_VS_UNKNOWN);
	CHECK(spec_judge(&rs, 403, SPEC_TEXT, "  <html>no</html>", 0, NULL) ==
	      KH_VS_UNKNOWN);
	CHECK(spec_judge(&rs, 429, SPEC_JSON, "{}", 0, NULL) == KH_VS_UNKNOWN);
	CHECK(spec_judge(&rs, 500, SPEC_JSON, "{}", 0, NULL) == KH_VS_UNKNOWN);
	kh_ruleset_release(&rs);
}

/* Partners found around the secret: the nearest one, within the span. */
static void test_spec_nearby(void)
{
	struct kh_ruleset rs = { 0 };
	struct kh_vreq q;
	struct kh_vresult r;
	char err[512];
	const char *text = "id=AAA1\nkey x/acme_12345678\nid=AAA2 id=AAA3\n";
	const char *sec;
	size_t ov[6] = { 0 };
	int oom = 0;
	cJSON *g;

	CHECK(spec_load("{\"method\":\"GET\",\"url\":\"https://api.acme.example/"
			"{group:id}\","
			"\"nearby\":{\"id\":\"id=(?<id>[A-Z0-9]+)\"},\"aws_sigv4\":\"aws:"
			"amz:"
			"us-"
			"east-1:sts\",\"basic_auth\":[\"{group:id}\",\"{secret}\"]," OKV
			"}",
			&rs, err, sizeof(err)) == 0);
	sec = strstr(text, "acme_");
	g = kh_vspec_groups(rs.v[0].vspec, rs.v[0].code, ov, 0,
			    (const unsigned char *)text, strlen(text),
			    (size_t)(sec - text), (size_t)(sec - text) + 13, &oom);
	CHECK(!oom && g);
	/* AAA2 is 1 byte after the secret, AAA1 9 bytes before */
	CHECK_STR(kh_vjson_str(g, "id"), "AAA2");
	q = (struct kh_vreq){ 0 };
	memset(&r, 0, sizeof(r));
	q.secret = "acme_12345678";
	q.spec = rs.v[0].vspec;
	q.groups = g;
	CHECK(kh_vspec_verifier.prepare(&q, &r) == 0);
	CHECK_STR(q.url, "https://api.acme.example/AAA2");
	/* signed by libcurl: the pair is handed over, no Basic header sent */
	CHECK_STR(q.userpwd, "AAA2:acme_12345678");
	CHECK_STR(q.sigv4, "aws:amz:us-east-1:sts");
	CHECK(q.nheaders == 0);
	kh_vreq_release(&q);
	CHECK(!q.userpwd && !q.sigv4);
	cJSON_Delete(g);
	/* too far away: not found */
	{
		char far[4096];

		memset(far, ' ', sizeof(far));
		memcpy(far, "id=FAR1", 7);
		memcpy(far + 2000, "acme_12345678", 13);
		far[sizeof(far) - 1] = '\0';
		g = kh_vspec_groups(rs.v[0].vspec, rs.v[0].code, ov, 0,
				    (const unsigned char *)far, strlen(far), 2000, 2013,
				    &oom);
		CHECK(!oom && g && !kh_vjson_str(g, "id"));
		cJSON_Delete(g);
	}
	kh_ruleset_release(&rs);
}

/* Without "invalid" (a provider whose bad-key answer is unclear) no
 * answer is a verdict of invalid; a bare origin is sent as "/". */
static void test_spec_optional(void)
{
	struct kh_ruleset rs = { 0 };
	struct kh_vreq q;
	struct kh_vresult r;
	char err[512];

	CHECK(spec_load("{\"method\":\"GET\",\"url\":\"https://api.acme.example\","
			"\"valid\":{\"status\":[200]}}",
			&rs, err, sizeof(err)) == 0);
	CHECK(spec_prepare(&rs, "acme_x", NULL, NULL, &q, &r) == 0);
	CHECK_STR(q.url, "https://api.acme.example/");
	kh_vreq_release(&q);
	CHECK(spec_judge(&rs, 401, SPEC_TEXT, "no", 0, NULL) == KH_VS_UNKNOWN);
	CHECK(spec_judge(&rs, 200, SPEC_TEXT, "yes", 0, NULL) == KH_VS_VERIFIED);
	kh_ruleset_release(&rs);
	/* a control character from the text never breaks a JSON body */
	CHECK(spec_load("{\"method\":\"POST\",\"introspection\":true,\"url\":\"https://"
			"api.acme.example/q\",\"content_type\":\"application/"
			"json\",\"body\":"
			"\"{\\\"o\\\":\\\"{group:org}\\\"}\"," OKV "}",
			&rs, err, sizeof(err)) == 0);
	CHECK(spec_prepare(&rs, "acme_x", "{\"org\":\"a\\n\\\"b\"}", NULL, &q, &r) == 0);
	CHECK_STR(q.body, "{\"o\":\"a\\u000a\\\"b\"}");
	kh_vreq_release(&q);
	kh_ruleset_release(&rs);
	CHECK(spec_refused("{\"method\":\"GET\",\"url\":\"https://api.acme.example/\","
			   "\"details\":{\"c\":\"header:Set-Cookie\"}," OKV "}",
			   "can carry a credential"));
}

/* Azure Storage SharedKey: a known answer (Python's hmac over the
 * documented string to sign), the query sorted, the key never sent. */
static void test_spec_azure(void)
{
	struct kh_ruleset rs = { 0 };
	struct kh_vreq q;
	struct kh_vresult r;
	char err[512];
	size_t i;

	CHECK(spec_refused("{\"method\":\"GET\",\"url\":\"https://api.acme.example/\","
			   "\"azure_sharedkey\":true," OKV "}",
			   "azure_sharedkey"));
	CHECK(spec_load(
		      "{\"method\":\"GET\",\"url\":\"https://{org}.blob.core.windows.net/"
		      "?restype=service&comp=properties\",\"basic_auth\":[\"{group:org}"
		      "\","
		      "\"{secret}\"],\"azure_sharedkey\":true," OKV "}",
		      &rs, err, sizeof(err)) == 0);
	memset(&q, 0, sizeof(q));
	memset(&r, 0, sizeof(r));
	q.secret = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyM"
		   "zQ1Njc4"
		   "OTo7PD0+Pw==";
	q.spec = rs.v[0].vspec;
	q.now = 1700000000;
	{
		cJSON *g = cJSON_Parse("{\"org\":\"acct\"}");

		q.groups = g;
		CHECK(kh_vspec_verifier.prepare(&q, &r) == 0);
		q.groups = NULL;
		cJSON_Delete(g);
	}
	CHECK_STR(q.url,
		  "https://acct.blob.core.windows.net/?restype=service&comp=properties");
	CHECK(has_header(&q, "Authorization: SharedKey "
			     "acct:o0e4BXH5Wrx7+KZNHhjhQMORwGL2DoUkKz/jPrNkS04="));
	CHECK(has_header(&q, "x-ms-date: Tue, 14 Nov 2023 22:13:20 GMT"));
	CHECK(has_header(&q, "x-ms-version: 2021-08-06"));
	CHECK(!q.userpwd && !q.sigv4);
	for (i = 0; i < q.nheaders; i++)
		CHECK(!strstr(q.headers[i], "AAECAwQF"));
	kh_vreq_release(&q);
	/* a key that is not base64 is not sent */
	memset(&q, 0, sizeof(q));
	q.secret = "not*base64";
	q.spec = rs.v[0].vspec;
	{
		cJSON *g = cJSON_Parse("{\"org\":\"acct\"}");

		q.groups = g;
		CHECK(kh_vspec_verifier.prepare(&q, &r) == 1 &&
		      r.status == KH_VS_UNKNOWN);
		q.groups = NULL;
		cJSON_Delete(g);
	}
	CHECK(!q.url && !q.nheaders);
	/* its XML answers are read; HTML pages still are not */
	CHECK(spec_judge(&rs, 200,
			 "HTTP/1.1 200 OK\r\nContent-Type: application/xml\r\n\r\n",
			 "<?xml version=\"1.0\"?><StorageServiceProperties/>", 0,
			 NULL) == KH_VS_VERIFIED);
	CHECK(spec_judge(&rs, 200, SPEC_HTML, "<html>login</html>", 0, NULL) ==
	      KH_VS_UNKNOWN);
	kh_ruleset_release(&rs);
}

int main(void)
{
	test_hubspot();
	test_others();
	test_requests();
	test_helpers();
	test_report_load();
	test_report_mutations();
	test_endpoints();
	test_engine_offline();
	test_spec_contract();
	test_spec_requests();
	test_spec_judge();
	test_spec_nearby();
	test_spec_optional();
	test_spec_azure();
	return check_done("unit_verify");
}
