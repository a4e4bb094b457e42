/*
 * verify_gitlab.c - GitLab personal access tokens:
 * GET /api/v4/personal_access_tokens/self with PRIVATE-TOKEN.
 *
 * The endpoint describes the token itself (name, scopes, expiry, owner id)
 * and needs no particular scope; a 403 "insufficient_scope" still proves a
 * live token. Self-managed instances: --verify-endpoint gitlab=https://HOST.
 */
#include <string.h>

#include "verify.h"

static int gitlab_prepare(struct kh_vreq *q, struct kh_vresult *r)
{
	(void)r;
	if (kh_vreq_url(q, "/api/v4/personal_access_tokens/self", 0, NULL) < 0 ||
	    kh_vreq_header(q, "Accept", "application/json", 0) < 0 ||
	    kh_vreq_header(q, "PRIVATE-TOKEN", "", 1) < 0)
		return -1;
	return 0;
}

static void gitlab_judge(const struct kh_vreq *q, const struct kh_vresp *resp,
			 struct kh_vresult *r)
{
	cJSON *o = kh_vresp_json(resp);
	const char *e = kh_vjson_str(o, "error");
	const char *desc = kh_vjson_str(o, "error_description");
	const cJSON *active = cJSON_GetObjectItemCaseSensitive(o, "active");

	(void)q;
	if (resp->status == 200 && o && cJSON_GetObjectItemCaseSensitive(o, "scopes")) {
		kh_vdetail(r->details, "token_name", o, "name");
		kh_vdetail(r->details, "token_id", o, "id");
		kh_vdetail(r->details, "user_id", o, "user_id");
		kh_vdetail(r->details, "scopes", o, "scopes");
		kh_vdetail(r->details, "expires_at", o, "expires_at");
		if (cJSON_IsFalse(active))
			kh_vresult_set(r, KH_VS_INVALID, "inactive");
		else
			kh_vresult_set(r, KH_VS_VERIFIED, "valid");
	} else if (resp->status == 401 && o) {
		kh_vresult_set(r, KH_VS_INVALID, "%s",
			       desc && strstr(desc, "revoked")	 ? "revoked"
			       : desc && strstr(desc, "expired") ? "expired"
								 : "invalid");
	} else if (resp->status == 403 && e && !strcmp(e, "insufficient_scope")) {
		kh_vresult_set(r, KH_VS_VERIFIED, "valid, missing scopes");
	} else {
		kh_vjudge_other(resp, r);
	}
	cJSON_Delete(o);
}

const struct kh_verifier kh_verifiers_gitlab[] = {
	{ "gitlab", "gitlab", "https://gitlab.com", gitlab_prepare, gitlab_judge },
	{ NULL, NULL, NULL, NULL, NULL },
};
