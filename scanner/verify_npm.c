/*
 * verify_npm.c - npm access tokens: GET /-/whoami on the registry.
 */
#include "verify.h"

static int npm_prepare(struct kh_vreq *q, struct kh_vresult *r)
{
	(void)r;
	if (kh_vreq_url(q, "/-/whoami", 0, NULL) < 0 ||
	    kh_vreq_header(q, "Accept", "application/json", 0) < 0 ||
	    kh_vreq_header(q, "Authorization", "Bearer ", 1) < 0)
		return -1;
	return 0;
}

static void npm_judge(const struct kh_vreq *q, const struct kh_vresp *resp,
		      struct kh_vresult *r)
{
	cJSON *o = kh_vresp_json(resp);

	(void)q;
	if (resp->status == 200 && kh_vjson_str(o, "username")) {
		kh_vdetail(r->details, "login", o, "username");
		kh_vresult_set(r, KH_VS_VERIFIED, "valid");
	} else if (resp->status == 401 && o) {
		kh_vresult_set(r, KH_VS_INVALID, "invalid");
	} else {
		kh_vjudge_other(resp, r);
	}
	cJSON_Delete(o);
}

const struct kh_verifier kh_verifiers_npm[] = {
	{ "npm", "npm", "https://registry.npmjs.org", npm_prepare, npm_judge },
	{ NULL, NULL, NULL, NULL, NULL },
};
