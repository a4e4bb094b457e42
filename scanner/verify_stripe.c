/*
 * verify_stripe.c - Stripe secret and restricted keys: GET /v1/account.
 *
 * Reads the key's own account and changes nothing. A restricted key without
 * the permission gets a 403 with Stripe's JSON error: live, but narrow.
 */
#include <string.h>

#include "verify.h"

static int stripe_prepare(struct kh_vreq *q, struct kh_vresult *r)
{
	(void)r;
	if (kh_vreq_url(q, "/v1/account", 0, NULL) < 0 ||
	    kh_vreq_header(q, "Accept", "application/json", 0) < 0 ||
	    kh_vreq_header(q, "Authorization", "Bearer ", 1) < 0)
		return -1;
	return 0;
}

static void stripe_judge(const struct kh_vreq *q, const struct kh_vresp *resp,
			 struct kh_vresult *r)
{
	cJSON *o = kh_vresp_json(resp);
	const cJSON *err = cJSON_GetObjectItemCaseSensitive(o, "error");
	const cJSON *bp = cJSON_GetObjectItemCaseSensitive(o, "business_profile");
	const char *code = kh_vjson_str(err, "code");

	if (resp->status == 200 && o && kh_vjson_str(o, "id")) {
		kh_vdetail(r->details, "account_id", o, "id");
		kh_vdetail(r->details, "account_name", bp, "name");
		kh_vdetail(r->details, "country", o, "country");
		kh_vdetail(r->details, "type", o, "type");
		if (q->show_email)
			kh_vdetail(r->details, "email", o, "email");
		kh_vresult_set(r, KH_VS_VERIFIED, "valid");
	} else if (resp->status == 401 && cJSON_IsObject(err)) {
		kh_vresult_set(r, KH_VS_INVALID, "%s",
			       code && !strcmp(code, "api_key_expired") ? "expired"
									: "invalid");
	} else if (resp->status == 403 && cJSON_IsObject(err)) {
		kh_vresult_set(r, KH_VS_VERIFIED, "valid, missing scopes");
	} else {
		kh_vjudge_other(resp, r);
	}
	cJSON_Delete(o);
}

const struct kh_verifier kh_verifiers_stripe[] = {
	{ "stripe", "stripe", "https://api.stripe.com", stripe_prepare, stripe_judge },
	{ NULL, NULL, NULL, NULL, NULL },
};
