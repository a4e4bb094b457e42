/*
 * unit_verify_spec.c - "verify" blocks: the safety contract the loader
 * enforces, the requests built from the templates, and the verdicts of the
 * matchers on canned responses. No network.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "rules.h"
#include "verify.h"
#include "verify_spec.h"

#define RULE_HEAD                                                                       \
	"{\"provider\":\"acme\",\"rules\":[{\"id\":\"acme-key\",\"description\":\"d\"," \
	"\"severity\":\"high\",\"keywords\":[\"acme_\"],\"remediation\":\"r\","         \
	"\"regex\":\"(?<org>[a-z]{1,20})/(?<secret>acme_[a-z0-9]{8})\","
#define RULE_TAIL "}]}"

/* Loads one rule whose verify block is `verify`; returns 0 or -1 (err). */
static int load(const char *verify, struct kh_ruleset *rs, char *err, size_t errlen)
{
	char doc[4096];

	snprintf(doc, sizeof(doc), RULE_HEAD "\"verify\":%s" RULE_TAIL, verify);
	return kh_rules_load_json(rs, doc, strlen(doc), "acme.json", err, errlen);
}

/* 1 when the block is refused with a message naming file, rule and `why`. */
static int refused(const char *verify, const char *why)
{
	struct kh_ruleset rs = { 0 };
	char err[512] = "";
	int rc = load(verify, &rs, err, sizeof(err));

	kh_ruleset_release(&rs);
	if (rc == 0 || !strstr(err, "acme.json: rule acme-key: verify: ") ||
	    !strstr(err, why)) {
		fprintf(stderr, "  block %s: %s\n", verify, rc ? err : "(accepted)");
		return 0;
	}
	return 1;
}

#define OKV "\"valid\":{\"status\":[200]},\"invalid\":{\"status\":[401]}"

static void test_contract(void)
{
	struct kh_ruleset rs = { 0 };
	char err[512];

	CHECK(load("{\"method\":\"GET\",\"url\":\"https://api.acme.example/v1/me\"," OKV
		   "}",
		   &rs, err, sizeof(err)) == 0);
	CHECK(rs.n == 1 && rs.v[0].vspec && rs.v[0].vspec->method == KH_VM_GET);
	kh_ruleset_release(&rs);
	CHECK(refused("{\"method\":\"GET\",\"url\":\"http://api.acme.example/\"," OKV "}",
		      "https://"));
	CHECK(refused("{\"method\":\"DELETE\",\"url\":\"https://api.acme.example/\"," OKV
		      "}",
		      "GET, HEAD or POST"));
	CHECK(refused("{\"method\":\"PUT\",\"url\":\"https://api.acme.example/\"," OKV
		      "}",
		      "GET, HEAD or POST"));
	CHECK(refused("{\"method\":\"POST\",\"url\":\"https://api.acme.example/\"," OKV
		      "}",
		      "introspection"));
	CHECK(refused("{\"method\":\"POST\",\"introspection\":false,\"url\":\"https://"
		      "api.acme.example/\"," OKV "}",
		      "introspection"));
	/* the host never comes from the scanned text, except one first label */
	CHECK(refused("{\"method\":\"GET\",\"url\":\"https://{secret}/\"," OKV "}",
		      "first host label"));
	CHECK(refused("{\"method\":\"GET\",\"url\":\"https://{org}/\"," OKV "}",
		      "first host label"));
	CHECK(refused("{\"method\":\"GET\",\"url\":\"https://api.{org}.example/\"," OKV
		      "}",
		      "fixed name"));
	CHECK(refused("{\"method\":\"GET\",\"url\":\"https://{nope}.acme.example/\"," OKV
		      "}",
		      "no named group"));
	CHECK(refused("{\"method\":\"GET\",\"url\":\"https://{org}.example/x\"," OKV "}",
		      "full domain"));
	CHECK(refused("{\"method\":\"GET\",\"url\":\"https://u@api.acme.example/\"," OKV
		      "}",
		      "fixed name"));
	CHECK(refused("{\"method\":\"GET\",\"url\":\"https://localhost/\"," OKV "}",
		      "full domain"));
	CHECK(refused("{\"method\":\"GET\",\"url\":\"https://api.acme.example/tokens/"
		      "revoke\"," OKV "}",
		      "changes a credential"));
	CHECK(refused("{\"method\":\"GET\",\"url\":\"https://api.acme.example/{x}\"," OKV
		      "}",
		      "braces"));
	CHECK(refused(
		"{\"method\":\"GET\",\"url\":\"https://api.acme.example/\",\"headers\":"
		"{\"Host\":\"evil.example\"}," OKV "}",
		"set by keyhound"));
	CHECK(refused(
		"{\"method\":\"GET\",\"url\":\"https://api.acme.example/\",\"headers\":"
		"{\"X\":\"{group:nope}\"}," OKV "}",
		"no named group"));
	CHECK(refused(
		"{\"method\":\"GET\",\"url\":\"https://api.acme.example/\",\"body\":"
		"\"x\"," OKV "}",
		"POST only"));
	CHECK(refused("{\"method\":\"GET\",\"url\":\"https://api.acme.example/\","
		      "\"valid\":{\"status\":[302]},\"invalid\":{\"status\":[401]}}",
		      "redirect"));
	CHECK(refused("{\"method\":\"GET\",\"url\":\"https://api.acme.example/\","
		      "\"valid\":{\"status\":[200]}}",
		      "\"invalid\" must be an object"));
	CHECK(refused("{\"method\":\"GET\",\"url\":\"https://api.acme.example/\","
		      "\"follow\":true," OKV "}",
		      "unknown field \"follow\""));
	CHECK(refused("{\"unverifiable\":\"no check\",\"method\":\"GET\"}", "alone"));
	CHECK(refused("[1]", "must be an object"));
	CHECK(refused("{\"method\":\"GET\",\"url\":\"https://api.acme.example/\","
		      "\"nearby\":{\"id\":\"[0-9]+\"}," OKV "}",
		      "needs a group (?<id>"));
	CHECK(refused("{\"method\":\"GET\",\"url\":\"https://api.acme.example/\","
		      "\"nearby\":{\"id\":\"(?<id>[0-9]+\"}," OKV "}",
		      "bad regex"));
	CHECK(refused("{\"method\":\"GET\",\"url\":\"https://api.acme.example/\","
		      "\"aws_sigv4\":\"aws:amz:us-east-1:sts\"," OKV "}",
		      "basic_auth"));
	CHECK(refused("{\"method\":\"GET\",\"url\":\"https://api.acme.example/\","
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
static int prepare(const struct kh_ruleset *rs, const char *secret, const char *groups,
		   const char *base, struct kh_vreq *q, struct kh_vresult *r)
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
	struct kh_ruleset rs = { 0 };
	struct kh_vreq q;
	struct kh_vresult r;
	char err[512];

	CHECK(load("{\"method\":\"GET\",\"url\":\"https://{org}.acme.example/v1/"
		   "k/{secret}?o={group:org}\",\"headers\":{\"Authorization\":\"Bearer "
		   "{secret}\",\"X-Org\":\"{group:org}\"},\"basic_auth\":[\"{group:org}"
		   "\","
		   "\"{secret}\"]," OKV "}",
		   &rs, err, sizeof(err)) == 0);
	CHECK(prepare(&rs, "acme_a/b:c", "{\"org\":\"shop-1\"}", NULL, &q, &r) == 0);
	CHECK_STR(q.url, "https://shop-1.acme.example/v1/k/acme_a%2Fb%3Ac?o=shop-1");
	CHECK(has_header(&q, "Authorization: Bearer acme_a/b:c"));
	CHECK(has_header(&q, "X-Org: shop-1"));
	/* base64("shop-1:acme_a/b:c") */
	CHECK(has_header(&q, "Authorization: Basic c2hvcC0xOmFjbWVfYS9iOmM="));
	CHECK(!q.post && !q.head);
	kh_vreq_release(&q);
	/* --verify-endpoint replaces the origin, the path stays */
	CHECK(prepare(&rs, "acme_x", "{\"org\":\"shop\"}", "http://127.0.0.1:9/p", &q,
		      &r) == 0);
	CHECK_STR(q.url, "http://127.0.0.1:9/p/v1/k/acme_x?o=shop");
	kh_vreq_release(&q);
	/* a host label from the text must be one label: no dot, slash, '@' */
	CHECK(prepare(&rs, "acme_x", "{\"org\":\"evil.example/x\"}", NULL, &q, &r) == 1);
	CHECK(r.status == KH_VS_UNKNOWN && strstr(r.reason, "not sent") && !q.url);
	CHECK(prepare(&rs, "acme_x", "{\"org\":\"a@b\"}", NULL, &q, &r) == 1);
	CHECK(r.status == KH_VS_UNKNOWN && !q.url);
	CHECK(prepare(&rs, "acme_x", NULL, NULL, &q, &r) == 1);
	CHECK(r.status == KH_VS_UNKNOWN && strstr(r.reason, "'org'"));
	/* the host label is required with --verify-endpoint too */
	CHECK(prepare(&rs, "acme_x", NULL, "http://127.0.0.1:9", &q, &r) == 1 && !q.url);
	kh_ruleset_release(&rs);
	/* no line break ever reaches a header */
	CHECK(load("{\"method\":\"GET\",\"url\":\"https://api.acme.example/\","
		   "\"headers\":{\"X-Org\":\"{group:org}\"}," OKV "}",
		   &rs, err, sizeof(err)) == 0);
	CHECK(prepare(&rs, "acme_x", "{\"org\":\"a\\r\\nX-Evil: 1\"}", NULL, &q, &r) ==
	      1);
	CHECK(r.status == KH_VS_UNKNOWN && strstr(r.reason, "line break"));
	CHECK(q.nheaders == 0 && !q.url && !strstr(r.reason, "acme_x"));
	CHECK(prepare(&rs, "acme_x", "{\"org\":\"a\\tb\"}", NULL, &q, &r) == 1);
	CHECK(prepare(&rs, "acme_x", "{\"org\":\"acme\"}", NULL, &q, &r) == 0);
	CHECK(has_header(&q, "X-Org: acme"));
	kh_vreq_release(&q);
	kh_ruleset_release(&rs);

	/* POST: the body's secret escaped for JSON; HEAD asks for no body */
	CHECK(load("{\"method\":\"POST\",\"introspection\":true,\"url\":\"https://"
		   "api.acme."
		   "example/graphql\",\"content_type\":\"application/"
		   "json\",\"body\":\"{\\\"q\\\":"
		   "\\\"{ me }\\\",\\\"t\\\":\\\"{secret}\\\"}\"," OKV "}",
		   &rs, err, sizeof(err)) == 0);
	CHECK(prepare(&rs, "acme_\"x\\", NULL, NULL, &q, &r) == 0);
	CHECK(q.post && q.body);
	CHECK_STR(q.body, "{\"q\":\"{ me }\",\"t\":\"acme_\\\"x\\\\\"}");
	CHECK(has_header(&q, "Content-Type: application/json"));
	kh_vreq_release(&q);
	kh_ruleset_release(&rs);
	CHECK(load("{\"method\":\"HEAD\",\"url\":\"https://api.acme.example/\"," OKV "}",
		   &rs, err, sizeof(err)) == 0);
	CHECK(prepare(&rs, "acme_x", NULL, NULL, &q, &r) == 0 && q.head && !q.post);
	kh_vreq_release(&q);
	kh_ruleset_release(&rs);
	CHECK(load("{\"unverifiable\":\"no read-only check\"}", &rs, err, sizeof(err)) ==
	      0);
	CHECK(prepare(&rs, "acme_x", NULL, NULL, &q, &r) == 1);
	CHECK(r.status == KH_VS_UNVERIFIABLE && !strcmp(r.reason, "no read-only check"));
	kh_ruleset_release(&rs);
}

static const char *JSON_HEAD = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
			       "X-Scopes: read\r\n\r\n";
static const char *HTML_HEAD = "HTTP/1.1 401 No\r\nContent-Type: text/html\r\n\r\n";
static const char *TEXT_HEAD = "HTTP/1.1 401 No\r\nContent-Type: text/plain\r\n\r\n";

/* The verdict of rule 0's block on one response (details in *details). */
static enum kh_vstatus judge(const struct kh_ruleset *rs, long status, const char *head,
			     const char *body, int show_email, cJSON **details)
{
	struct kh_vreq q = { 0 };
	struct kh_vresp resp = { 0 };
	struct kh_vresult r = { 0 };

	q.secret = "acme_12345678";
	q.spec = rs->v[0].vspec;
	q.show_email = show_email;
	resp.status = status;
	resp.head = head;
	resp.headlen = strlen(head);
	resp.body = body;
	resp.len = strlen(body);
	r.details = cJSON_CreateObject();
	kh_vspec_verifier.judge(&q, &resp, &r);
	if (details)
		*details = r.details;
	else
		cJSON_Delete(r.details);
	return r.status;
}

static void test_judge(void)
{
	struct kh_ruleset rs = { 0 };
	char err[512];
	cJSON *d = NULL;
	char *s;

	CHECK(load("{\"method\":\"GET\",\"url\":\"https://api.acme.example/"
		   "me\",\"valid\":{"
		   "\"status\":[200],\"json_exists\":[\"user.id\",\"keys.{secret}\"],"
		   "\"json_equals\":{\"ok\":true}},\"invalid\":{\"status\":[401,403]},"
		   "\"details\":{\"user\":\"user.id\",\"first\":\"list.0\",\"email\":"
		   "\"user."
		   "email\",\"echo\":\"echo\",\"nested\":\"user\",\"scopes\":\"header:x-"
		   "scopes\"}}",
		   &rs, err, sizeof(err)) == 0);
	CHECK(judge(&rs, 200, JSON_HEAD,
		    "{\"ok\":true,\"user\":{\"id\":7,\"email\":\"a@example.com\"},"
		    "\"keys\":{"
		    "\"acme_12345678\":\"pem\"},\"list\":[\"x\"],\"echo\":\"acme_"
		    "12345678\"}",
		    0, &d) == KH_VS_VERIFIED);
	s = cJSON_PrintUnformatted(d);
	CHECK_STR(s, "{\"user\":7,\"first\":\"x\",\"scopes\":\"read\"}");
	free(s);
	cJSON_Delete(d);
	CHECK(judge(&rs, 200, JSON_HEAD,
		    "{\"ok\":true,\"user\":{\"id\":7,\"email\":\"a@example.com\"},"
		    "\"keys\":{"
		    "\"acme_12345678\":1}}",
		    1, &d) == KH_VS_VERIFIED);
	CHECK(cJSON_GetObjectItem(d, "email") != NULL);
	cJSON_Delete(d);
	/* each condition of "valid" is needed */
	CHECK(judge(&rs, 200, JSON_HEAD,
		    "{\"ok\":false,\"user\":{\"id\":7},\"keys\":{\"acme_"
		    "12345678\":1}}",
		    0, NULL) == KH_VS_UNKNOWN);
	CHECK(judge(&rs, 200, JSON_HEAD, "{\"ok\":true,\"user\":{\"id\":7},\"keys\":{}}",
		    0, NULL) == KH_VS_UNKNOWN);
	CHECK(judge(&rs, 200, JSON_HEAD,
		    "{\"ok\":true,\"user\":{\"id\":null},\"keys\":{\"acme_"
		    "12345678\":1}}",
		    0, NULL) == KH_VS_UNKNOWN);
	CHECK(judge(&rs, 201, JSON_HEAD,
		    "{\"ok\":true,\"user\":{\"id\":7},\"keys\":{\"acme_"
		    "12345678\":1}}",
		    0, NULL) == KH_VS_UNKNOWN);
	CHECK(judge(&rs, 200, JSON_HEAD, "[1]", 0, NULL) == KH_VS_UNKNOWN);
	CHECK(judge(&rs, 401, JSON_HEAD, "{}", 0, NULL) == KH_VS_INVALID);
	CHECK(judge(&rs, 403, TEXT_HEAD, "Forbidden", 0, NULL) == KH_VS_INVALID);
	/* a WAF or login page is never a verdict */
	CHECK(judge(&rs, 401, HTML_HEAD, "<html>no</html>", 0, NULL) == KH_VS_UNKNOWN);
	CHECK(judge(&rs, 403, TEXT_HEAD, "  <html>no</html>", 0, NULL) == KH_VS_UNKNOWN);
	CHECK(judge(&rs, 429, JSON_HEAD, "{}", 0, NULL) == KH_VS_UNKNOWN);
	CHECK(judge(&rs, 500, JSON_HEAD, "{}", 0, NULL) == KH_VS_UNKNOWN);
	kh_ruleset_release(&rs);
}

/* Partners found around the secret: the nearest one, within the span. */
static void test_nearby(void)
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

	CHECK(load("{\"method\":\"GET\",\"url\":\"https://api.acme.example/{group:id}\","
		   "\"nearby\":{\"id\":\"id=(?<id>[A-Z0-9]+)\"},\"aws_sigv4\":\"aws:amz:"
		   "us-"
		   "east-1:sts\",\"basic_auth\":[\"{group:id}\",\"{secret}\"]," OKV "}",
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

int main(void)
{
	test_nearby();
	test_contract();
	test_requests();
	test_judge();
	return check_done("unit_verify_spec");
}
