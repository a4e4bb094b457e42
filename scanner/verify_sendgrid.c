/*
 * verify_sendgrid.c - SendGrid API keys: GET /v3/scopes.
 *
 * The key's own scope list; readable by every key, so a 403 proves nothing
 * and stays "unknown".
 */
#include "verify.h"

static int sendgrid_prepare(struct kh_vreq *q, struct kh_vresult *r)
{
	(void)r;
	if (kh_vreq_url(q, "/v3/scopes", 0, NULL) < 0 ||
	    kh_vreq_header(q, "Accept", "application/json", 0) < 0 ||
	    kh_vreq_header(q, "Authorization", "Bearer ", 1) < 0)
		return -1;
	return 0;
}

static void sendgrid_judge(const struct kh_vreq *q, const struct kh_vresp *resp,
			   struct kh_vresult *r)
{
	cJSON *o = kh_vresp_json(resp);

	(void)q;
	if (resp->status == 200 &&
	    cJSON_IsArray(cJSON_GetObjectItemCaseSensitive(o, "scopes"))) {
		kh_vdetail(r->details, "scopes", o, "scopes");
		kh_vresult_set(r, KH_VS_VERIFIED, "valid");
	} else if (resp->status == 401 && cJSON_GetObjectItemCaseSensitive(o, "errors")) {
		kh_vresult_set(r, KH_VS_INVALID, "invalid");
	} else {
		kh_vjudge_other(resp, r);
	}
	cJSON_Delete(o);
}

const struct kh_verifier kh_verifiers_sendgrid[] = {
	{ "sendgrid", "sendgrid", "https://api.sendgrid.com", sendgrid_prepare,
	  sendgrid_judge },
	{ NULL, NULL, NULL, NULL, NULL },
};
