/*
 * verify_openai.c - OpenAI API keys: GET /v1/models.
 *
 * Listing models costs nothing and changes nothing. A restricted key
 * without model access gets a 403 naming the missing scope; a key whose
 * account has no credit gets 429 "insufficient_quota" (live, but spent).
 * Admin keys only work on the administration API, which lists the
 * organisation's users and keys: not checked.
 */
#include <string.h>
#include <strings.h>

#include "verify.h"

static int openai_prepare(struct kh_vreq *q, struct kh_vresult *r)
{
	if (!strncmp(q->secret, "sk-admin-", 9)) {
		kh_vresult_set(r, KH_VS_UNVERIFIABLE,
			       "admin keys have no harmless read-only check");
		return 1;
	}
	if (kh_vreq_url(q, "/v1/models", 0, NULL) < 0 ||
	    kh_vreq_header(q, "Accept", "application/json", 0) < 0 ||
	    kh_vreq_header(q, "Authorization", "Bearer ", 1) < 0)
		return -1;
	return 0;
}

static void openai_judge(const struct kh_vreq *q, const struct kh_vresp *resp,
			 struct kh_vresult *r)
{
	cJSON *o = kh_vresp_json(resp);
	const cJSON *err = cJSON_GetObjectItemCaseSensitive(o, "error");
	const char *code = kh_vjson_str(err, "code");
	const char *msg = kh_vjson_str(err, "message");
	char hv[256];

	(void)q;
	if (resp->status == 200 &&
	    cJSON_IsArray(cJSON_GetObjectItemCaseSensitive(o, "data"))) {
		if (kh_vresp_header(resp, "openai-organization", hv, sizeof(hv)))
			cJSON_AddStringToObject(r->details, "organization", hv);
		if (kh_vresp_header(resp, "openai-project", hv, sizeof(hv)))
			cJSON_AddStringToObject(r->details, "project", hv);
		kh_vresult_set(r, KH_VS_VERIFIED, "valid");
	} else if (resp->status == 401 && cJSON_IsObject(err)) {
		kh_vresult_set(r, KH_VS_INVALID, "invalid");
	} else if (resp->status == 403 && msg &&
		   (strcasestr(msg, "missing scopes") ||
		    strcasestr(msg, "insufficient permissions"))) {
		kh_vresult_set(r, KH_VS_VERIFIED, "valid, missing scopes");
	} else if (resp->status == 429 && code && !strcmp(code, "insufficient_quota")) {
		kh_vresult_set(r, KH_VS_VERIFIED, "valid, quota exhausted");
	} else {
		kh_vjudge_other(resp, r);
	}
	cJSON_Delete(o);
}

const struct kh_verifier kh_verifiers_openai[] = {
	{ "openai", "openai", "https://api.openai.com", openai_prepare, openai_judge },
	{ NULL, NULL, NULL, NULL, NULL },
};
