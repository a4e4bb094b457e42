/*
 * verify_github.c - GitHub tokens: GET /user.
 *
 * 200 names the account and, for classic tokens, lists the scopes in
 * X-OAuth-Scopes. A 403 whose JSON says "Resource not accessible by ..."
 * comes from a live token without access to /user (app installation tokens,
 * fine-grained tokens); a 403 about rate limits is a rate limit.
 */
#include <string.h>
#include <strings.h>

#include "verify.h"

static int github_prepare(struct kh_vreq *q, struct kh_vresult *r)
{
	/* refresh tokens only work in an exchange that mints new tokens */
	if (!strncmp(q->secret, "ghr_", 4)) {
		kh_vresult_set(r, KH_VS_UNVERIFIABLE,
			       "refresh tokens have no read-only check");
		return 1;
	}
	if (kh_vreq_url(q, "/user", 0, NULL) < 0 ||
	    kh_vreq_header(q, "Accept", "application/vnd.github+json", 0) < 0 ||
	    kh_vreq_header(q, "X-GitHub-Api-Version", "2022-11-28", 0) < 0 ||
	    kh_vreq_header(q, "Authorization", "Bearer ", 1) < 0)
		return -1;
	return 0;
}

static void github_ok(const struct kh_vreq *q, const struct kh_vresp *resp,
		      struct kh_vresult *r, const cJSON *o)
{
	char hv[1024];

	kh_vdetail(r->details, "login", o, "login");
	kh_vdetail(r->details, "user_id", o, "id");
	kh_vdetail(r->details, "name", o, "name");
	kh_vdetail(r->details, "type", o, "type");
	if (q->show_email)
		kh_vdetail(r->details, "email", o, "email");
	if (kh_vresp_header(resp, "x-oauth-scopes", hv, sizeof(hv)))
		kh_vdetail_list(r->details, "scopes", hv);
	if (kh_vresp_header(resp, "github-authentication-token-expiration", hv,
			    sizeof(hv)) &&
	    hv[0])
		cJSON_AddStringToObject(r->details, "expires_at", hv);
	kh_vresult_set(r, KH_VS_VERIFIED, "valid");
}

static void github_judge(const struct kh_vreq *q, const struct kh_vresp *resp,
			 struct kh_vresult *r)
{
	cJSON *o = kh_vresp_json(resp);
	const char *msg = kh_vjson_str(o, "message");
	char left[32];

	if (resp->status == 200 && o && kh_vjson_str(o, "login")) {
		github_ok(q, resp, r, o);
	} else if (resp->status == 401 && msg) {
		kh_vresult_set(r, KH_VS_INVALID, "invalid");
	} else if (resp->status == 403 && msg &&
		   ((kh_vresp_header(resp, "x-ratelimit-remaining", left, sizeof(left)) &&
		     !strcmp(left, "0")) ||
		    strcasestr(msg, "rate limit"))) {
		kh_vresult_set(r, KH_VS_UNKNOWN, "rate limited");
		r->retry = 1;
	} else if (resp->status == 403 && msg &&
		   !strncmp(msg, "Resource not accessible by", 26)) {
		kh_vresult_set(r, KH_VS_VERIFIED, "valid, missing scopes");
	} else {
		kh_vjudge_other(resp, r);
	}
	cJSON_Delete(o);
}

const struct kh_verifier kh_verifiers_github[] = {
	{ "github", "github", "https://api.github.com", github_prepare, github_judge },
	{ NULL, NULL, NULL, NULL, NULL },
};
