/*
 * verify_slack.c - Slack tokens: POST /api/auth.test.
 *
 * Slack answers 200 either way: {"ok": true, team, user, ...} for a live
 * token, {"ok": false, "error": "invalid_auth"} and friends for a dead one.
 * Refresh tokens (xoxe-, xoxr-) only work in an exchange that mints new
 * tokens, so they are not checked.
 */
#include <string.h>

#include "verify.h"

static int slack_prepare(struct kh_vreq *q, struct kh_vresult *r)
{
	if (!strncmp(q->secret, "xoxe-", 5) || !strncmp(q->secret, "xoxr-", 5)) {
		kh_vresult_set(r, KH_VS_UNVERIFIABLE,
			       "refresh tokens have no read-only check");
		return 1;
	}
	if (kh_vreq_url(q, "/auth.test", 0, NULL) < 0 ||
	    kh_vreq_header(q, "Accept", "application/json", 0) < 0 ||
	    kh_vreq_header(q, "Authorization", "Bearer ", 1) < 0)
		return -1;
	q->post = 1; /* empty form body */
	return 0;
}

/* Errors that say the token itself is dead. */
static int dead_token(const char *e)
{
	static const char *const dead[] = {
		"invalid_auth",	 "not_authed",	  "account_inactive",
		"token_revoked", "token_expired", "no_such_token",
	};
	size_t i;

	for (i = 0; i < sizeof(dead) / sizeof(dead[0]); i++)
		if (!strcmp(e, dead[i]))
			return 1;
	return 0;
}

static void slack_judge(const struct kh_vreq *q, const struct kh_vresp *resp,
			struct kh_vresult *r)
{
	cJSON *o = resp->status == 200 ? kh_vresp_json(resp) : NULL;
	const cJSON *ok = cJSON_GetObjectItemCaseSensitive(o, "ok");
	const char *e = kh_vjson_str(o, "error");
	char hv[1024];

	(void)q;
	if (cJSON_IsTrue(ok)) {
		kh_vdetail(r->details, "team", o, "team");
		kh_vdetail(r->details, "team_id", o, "team_id");
		kh_vdetail(r->details, "url", o, "url");
		kh_vdetail(r->details, "user", o, "user");
		kh_vdetail(r->details, "user_id", o, "user_id");
		kh_vdetail(r->details, "bot_id", o, "bot_id");
		kh_vdetail(r->details, "enterprise_id", o, "enterprise_id");
		if (kh_vresp_header(resp, "x-oauth-scopes", hv, sizeof(hv)))
			kh_vdetail_list(r->details, "scopes", hv);
		kh_vresult_set(r, KH_VS_VERIFIED, "valid");
	} else if (cJSON_IsFalse(ok) && e && dead_token(e)) {
		kh_vresult_set(r, KH_VS_INVALID, "%.60s", e);
	} else if (cJSON_IsFalse(ok) && e && !strcmp(e, "missing_scope")) {
		kh_vresult_set(r, KH_VS_VERIFIED, "valid, missing scopes");
	} else if (cJSON_IsFalse(ok) && e && !strcmp(e, "ratelimited")) {
		kh_vresult_set(r, KH_VS_UNKNOWN, "rate limited");
		r->retry = 1;
	} else if (cJSON_IsFalse(ok) && e) {
		kh_vresult_set(r, KH_VS_UNKNOWN, "unexpected error %.60s", e);
	} else {
		kh_vjudge_other(resp, r);
	}
	cJSON_Delete(o);
}

const struct kh_verifier kh_verifiers_slack[] = {
	{ "slack", "slack", "https://slack.com/api", slack_prepare, slack_judge },
	{ NULL, NULL, NULL, NULL, NULL },
};
