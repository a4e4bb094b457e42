/*
 * verify_hubspot.c - HubSpot credentials, one read-only call each.
 *
 * Requests and verdicts follow shared/design/hubspot-credentials.md,
 * "Live verification". HubSpot errors are JSON with category/subCategory;
 * anything else (a WAF's HTML 403 above all) proves nothing and is
 * "unknown". Never a DELETE, never the refresh-token grant, never a PAK as a
 * Bearer token; the access token the PAK exchange returns is not read.
 */
#include <stdio.h>
#include <string.h>

#include "util.h"
#include "validate.h"
#include "verify.h"

#define HUBSPOT_API "https://api.hubapi.com"

/* The HubSpot JSON error body of a response, or NULL when it has none. */
static cJSON *error_body(const struct kh_vresp *resp)
{
	cJSON *o = kh_vresp_json(resp);

	if (o && (kh_vjson_str(o, "category") || kh_vjson_str(o, "status")))
		return o;
	cJSON_Delete(o);
	return NULL;
}

static int field_has(const cJSON *o, const char *key, const char *what)
{
	const char *s = kh_vjson_str(o, key);

	return s && strstr(s, what);
}

/* Records what HubSpot said, as enums only: messages may echo input. */
static void add_category(cJSON *details, const cJSON *err)
{
	kh_vdetail(details, "category", err, "category");
	kh_vdetail(details, "sub_category", err, "subCategory");
}

/*
 * The verdict shared by every HubSpot endpoint for anything but a 200:
 * 401 with HubSpot's JSON = invalid (expired, inactive portal), 403 with
 * MISSING_SCOPES = live but narrow, 404 INVALID_PORTAL_ID = account gone;
 * with not_found_invalid a JSON 404 (token lookup endpoints) = invalid.
 */
static void judge_error(const struct kh_vresp *resp, struct kh_vresult *r,
			int not_found_invalid)
{
	cJSON *err = error_body(resp);

	if (!err) {
		kh_vjudge_other(resp, r);
		return;
	}
	add_category(r->details, err);
	if (resp->status == 401) {
		if (field_has(err, "category", "EXPIRED_AUTHENTICATION"))
			kh_vresult_set(r, KH_VS_INVALID, "expired");
		else if (field_has(err, "subCategory", "PORTAL_NOT_ACTIVE"))
			kh_vresult_set(r, KH_VS_INVALID, "account not active");
		else
			kh_vresult_set(r, KH_VS_INVALID, "invalid");
	} else if (resp->status == 403 &&
		   (field_has(err, "category", "MISSING_SCOPES") ||
		    field_has(err, "subCategory", "MISSING_SCOPES"))) {
		kh_vresult_set(r, KH_VS_VERIFIED, "valid, missing scopes");
	} else if (resp->status == 404 &&
		   field_has(err, "subCategory", "INVALID_PORTAL_ID")) {
		kh_vresult_set(r, KH_VS_INVALID, "account not found");
	} else if (resp->status == 404 && not_found_invalid) {
		kh_vresult_set(r, KH_VS_INVALID, "not found");
	} else {
		kh_vjudge_other(resp, r);
	}
	cJSON_Delete(err);
}

/* The 200 body as JSON, or an "unknown" verdict when it is not. */
static cJSON *ok_body(const struct kh_vresp *resp, struct kh_vresult *r,
		      const char *must_have)
{
	cJSON *o = kh_vresp_json(resp);

	if (o && cJSON_GetObjectItemCaseSensitive(o, must_have))
		return o;
	cJSON_Delete(o);
	kh_vresult_set(r, KH_VS_UNKNOWN,
		       o ? "unexpected response (HTTP 200)"
			 : "non-JSON response (HTTP 200)");
	return NULL;
}

static void add_email(const struct kh_vreq *q, cJSON *details, const cJSON *o,
		      const char *key)
{
	if (q->show_email)
		kh_vdetail(details, "user_email", o, key);
}

/* What a 200 answer of one endpoint holds and what of it is reported. */
struct answer {
	const char *required;  /* a key every genuine answer has */
	const char *map[7][2]; /* {details key, response key}; tokens never */
	const char *email;     /* the response key holding an e-mail, or NULL */
	int not_found_invalid; /* a JSON 404 means "no such token" */
	int expires_in;	       /* the answer carries expires_in (seconds) */
};

/* expires_at = now + expires_in, when the response has it. */
static void add_expiry(const struct kh_vreq *q, cJSON *details, const cJSON *o)
{
	const cJSON *in = cJSON_GetObjectItemCaseSensitive(o, "expires_in");
	char when[32];

	if (!cJSON_IsNumber(in) || in->valuedouble < 0 || in->valuedouble > 1e10)
		return;
	kh_iso8601((long long)q->now + (long long)in->valuedouble, when);
	cJSON_AddStringToObject(details, "expires_at", when);
}

/* The verdict on one response of an endpoint described by `a`. */
static void judge_answer(const struct kh_vreq *q, const struct kh_vresp *resp,
			 struct kh_vresult *r, const struct answer *a)
{
	cJSON *o;
	size_t i;

	if (resp->status != 200) {
		judge_error(resp, r, a->not_found_invalid);
		return;
	}
	if (!(o = ok_body(resp, r, a->required)))
		return;
	for (i = 0; i < 7 && a->map[i][0]; i++)
		kh_vdetail(r->details, a->map[i][0], o, a->map[i][1]);
	if (a->email)
		add_email(q, r->details, o, a->email);
	if (a->expires_in)
		add_expiry(q, r->details, o);
	kh_vresult_set(r, KH_VS_VERIFIED, "valid");
	cJSON_Delete(o);
}

/* ---- personal access key ---- */

static int pak_prepare(struct kh_vreq *q, struct kh_vresult *r)
{
	(void)r;
	/* the PAK goes in the body only: no Authorization header at all */
	if (kh_vreq_url(q, "/localdevauth/v1/auth/refresh", 0, NULL) < 0 ||
	    kh_vreq_header(q, "Accept", "application/json", 0) < 0 ||
	    kh_vreq_json_secret(q, "encodedOAuthRefreshToken") < 0)
		return -1;
	return 0;
}

/* oauthAccessToken and encodedOAuthRefreshToken are never read */
static const struct answer pak_answer = {
	.required = "hubId",
	.map = { { "hub_id", "hubId" },
		 { "hub_name", "hubName" },
		 { "account_type", "accountType" },
		 { "user_id", "userId" },
		 { "scopes", "scopeGroups" } },
};

static void pak_judge(const struct kh_vreq *q, const struct kh_vresp *resp,
		      struct kh_vresult *r)
{
	judge_answer(q, resp, r, &pak_answer);
}

/* ---- private app token ---- */

static int pat_prepare(struct kh_vreq *q, struct kh_vresult *r)
{
	(void)r;
	if (kh_vreq_url(q, "/oauth/v2/private-apps/get/access-token-info", 0, NULL) < 0 ||
	    kh_vreq_header(q, "Accept", "application/json", 0) < 0 ||
	    kh_vreq_header(q, "Authorization", "Bearer ", 1) < 0 ||
	    kh_vreq_json_secret(q, "tokenKey") < 0)
		return -1;
	return 0;
}

static const struct answer pat_answer = {
	.required = "hubId",
	.map = { { "hub_id", "hubId" },
		 { "user_id", "userId" },
		 { "app_id", "appId" },
		 { "scopes", "scopes" } },
};

static void pat_judge(const struct kh_vreq *q, const struct kh_vresp *resp,
		      struct kh_vresult *r)
{
	judge_answer(q, resp, r, &pat_answer);
}

/* ---- OAuth access token ---- */

/*
 * 1 when the token's own expiry has passed: the scan's validation says so,
 * or (for a report read back later) decoding the token now says so.
 */
static int access_expired(const struct kh_vreq *q, char *when, size_t whenlen)
{
	const cJSON *exp = cJSON_GetObjectItemCaseSensitive(q->validation, "expired");
	const char *at = kh_vjson_str(q->validation, "expires_at");
	struct kh_candidate c = { 0 };
	cJSON *facts;
	int expired = cJSON_IsTrue(exp);

	snprintf(when, whenlen, "%s", at ? at : "");
	if (expired)
		return 1;
	if (!(facts = cJSON_CreateObject()))
		return 0;
	c.buf = (const unsigned char *)q->secret;
	c.len = strlen(q->secret);
	c.match_end = c.secret_end = c.len;
	c.now = q->now;
	if (kh_validate_hubspot_oauth(&c, facts) == KH_STRUCT_VALID &&
	    cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(facts, "expired"))) {
		at = kh_vjson_str(facts, "expires_at");
		snprintf(when, whenlen, "%s", at ? at : "");
		expired = 1;
	}
	cJSON_Delete(facts);
	return expired;
}

static int access_prepare(struct kh_vreq *q, struct kh_vresult *r)
{
	char when[32];

	if (access_expired(q, when, sizeof(when))) {
		/* decided offline: an expired token is worth no request */
		kh_vresult_set(r, KH_VS_INVALID, "expired");
		if (when[0])
			cJSON_AddStringToObject(r->details, "expired_at", when);
		return 1;
	}
	if (kh_vreq_url(q, "/oauth/v1/access-tokens/", 1, NULL) < 0 ||
	    kh_vreq_header(q, "Accept", "application/json", 0) < 0)
		return -1;
	return 0;
}

/* "token" (the token itself) is never copied; "user" is an e-mail */
static const struct answer access_answer = {
	.required = "hub_id",
	.map = { { "hub_id", "hub_id" },
		 { "hub_domain", "hub_domain" },
		 { "user_id", "user_id" },
		 { "app_id", "app_id" },
		 { "scopes", "scopes" } },
	.email = "user",
	.not_found_invalid = 1,
	.expires_in = 1,
};

static void access_judge(const struct kh_vreq *q, const struct kh_vresp *resp,
			 struct kh_vresult *r)
{
	judge_answer(q, resp, r, &access_answer);
}

/* ---- OAuth refresh token ---- */

static int refresh_prepare(struct kh_vreq *q, struct kh_vresult *r)
{
	(void)r;
	/* GET only: DELETE on this URL revokes the token, and the
	 * grant_type=refresh_token exchange mints new ones */
	if (kh_vreq_url(q, "/oauth/v1/refresh-tokens/", 1, NULL) < 0 ||
	    kh_vreq_header(q, "Accept", "application/json", 0) < 0)
		return -1;
	return 0;
}

static const struct answer refresh_answer = {
	.required = "hub_id",
	.map = { { "hub_id", "hub_id" },
		 { "hub_domain", "hub_domain" },
		 { "user_id", "user_id" },
		 { "client_id", "client_id" },
		 { "scopes", "scopes" } },
	.email = "user",
	.not_found_invalid = 1,
};

static void refresh_judge(const struct kh_vreq *q, const struct kh_vresp *resp,
			  struct kh_vresult *r)
{
	judge_answer(q, resp, r, &refresh_answer);
}

/* ---- legacy account API key ---- */

static int apikey_prepare(struct kh_vreq *q, struct kh_vresult *r)
{
	(void)r;
	/* the only way HubSpot accepts it; the URL is never printed */
	if (kh_vreq_url(q, "/integrations/v1/me?hapikey=", 1, NULL) < 0 ||
	    kh_vreq_header(q, "Accept", "application/json", 0) < 0)
		return -1;
	return 0;
}

static const struct answer apikey_answer = {
	.required = "portalId",
	.map = { { "hub_id", "portalId" }, { "time_zone", "timeZone" } },
};

static void apikey_judge(const struct kh_vreq *q, const struct kh_vresp *resp,
			 struct kh_vresult *r)
{
	judge_answer(q, resp, r, &apikey_answer);
}

/* ---- no read-only check ---- */

static int developer_prepare(struct kh_vreq *q, struct kh_vresult *r)
{
	(void)q;
	kh_vresult_set(r, KH_VS_UNVERIFIABLE,
		       "developer API keys have no read-only check without an app id");
	return 1;
}

static int client_secret_prepare(struct kh_vreq *q, struct kh_vresult *r)
{
	(void)q;
	kh_vresult_set(r, KH_VS_UNVERIFIABLE, "client secrets have no read-only check");
	return 1;
}

static void never_judge(const struct kh_vreq *q, const struct kh_vresp *resp,
			struct kh_vresult *r)
{
	(void)q;
	kh_vjudge_other(resp, r);
}

const struct kh_verifier kh_verifiers_hubspot[] = {
	{ "hubspot_pak", "hubspot", HUBSPOT_API, pak_prepare, pak_judge },
	{ "hubspot_pat", "hubspot", HUBSPOT_API, pat_prepare, pat_judge },
	{ "hubspot_oauth_access", "hubspot", HUBSPOT_API, access_prepare, access_judge },
	{ "hubspot_refresh", "hubspot", HUBSPOT_API, refresh_prepare, refresh_judge },
	{ "hubspot_api_key", "hubspot", HUBSPOT_API, apikey_prepare, apikey_judge },
	{ "hubspot_developer", "hubspot", HUBSPOT_API, developer_prepare, never_judge },
	{ "hubspot_client_secret", "hubspot", HUBSPOT_API, client_secret_prepare,
	  never_judge },
	{ NULL, NULL, NULL, NULL, NULL },
};
