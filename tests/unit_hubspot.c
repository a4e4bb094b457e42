/*
 * unit_hubspot.c - the HubSpot validators and the CLI config annotator.
 *
 * Every credential here is a random fake built by the test itself (or the
 * design doc's fake example); none is real.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "validate.h"

#define NOW_2024 1717243200 /* 2024-06-01T12:00:00Z */

/* The design doc's (fake) example PAK. */
static const char doc_pak[] =
	"CiRuYTEtZmJkMy1mYTRlLTRjMzItMTgwYS0xMjU2OTMxNWQxY2MQoauWExjeuKQiKhkA"
	"BfzpE-T-c0frc49M9kOpL7dFarlULRvESgNuYTE";

/* ---- helpers ---- */

/* Candidate whose match and secret are the first `needle` in buf. */
static struct kh_candidate cand_in(const char *path, const char *buf, const char *needle)
{
	struct kh_candidate c = { 0 };
	const char *at = strstr(buf, needle);

	c.path = path;
	c.buf = (const unsigned char *)buf;
	c.len = strlen(buf);
	if (at) {
		c.match_start = c.secret_start = (size_t)(at - buf);
		c.match_end = c.secret_end = c.match_start + strlen(needle);
	}
	c.now = NOW_2024;
	return c;
}

/* Candidate whose whole buffer is the secret. */
static struct kh_candidate cand_of(const char *secret)
{
	return cand_in("example.txt", secret, secret);
}

static size_t b64url(const unsigned char *in, size_t n, char *out, size_t cap)
{
	static const char a[] =
		"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
	size_t i, o = 0;
	uint32_t v;

	for (i = 0; i < n && o + 5 < cap; i += 3) {
		v = (uint32_t)in[i] << 16;
		if (i + 1 < n)
			v |= (uint32_t)in[i + 1] << 8;
		if (i + 2 < n)
			v |= in[i + 2];
		out[o++] = a[v >> 18 & 63];
		out[o++] = a[v >> 12 & 63];
		if (i + 1 < n)
			out[o++] = a[v >> 6 & 63];
		if (i + 2 < n)
			out[o++] = a[v & 63];
	}
	out[o] = '\0';
	return o;
}

static size_t put_varint(unsigned char *p, unsigned long long v)
{
	size_t n = 0;

	do {
		p[n++] = (unsigned char)((v & 0x7f) | (v > 0x7f ? 0x80 : 0));
		v >>= 7;
	} while (v);
	return n;
}

/* Builds a PAK protobuf as the design doc describes it. */
static size_t pak_bytes(unsigned char *p, const char *id, unsigned long long acct,
			unsigned long long user, const char *hub9)
{
	static const unsigned char sig[25] = { 0x00, 0x05, 0x11, 0x22, 0x33, 0x44, 0x55,
					       0x66, 0x77, 0x88, 0x99, 0xaa, 0xbb, 0xcc,
					       0xdd, 0xee, 0xf0, 0x01, 0x02, 0x03, 0x04,
					       0x05, 0x06, 0x07, 0x08 };
	size_t n = 0;

	p[n++] = 0x0a;
	p[n++] = (unsigned char)strlen(id);
	memcpy(p + n, id, strlen(id));
	n += strlen(id);
	p[n++] = 0x10;
	n += put_varint(p + n, acct);
	p[n++] = 0x18;
	n += put_varint(p + n, user);
	p[n++] = 0x2a;
	p[n++] = sizeof(sig);
	memcpy(p + n, sig, sizeof(sig));
	n += sizeof(sig);
	if (hub9) {
		p[n++] = 0x4a;
		p[n++] = (unsigned char)strlen(hub9);
		memcpy(p + n, hub9, strlen(hub9));
		n += strlen(hub9);
	}
	return n;
}

static enum kh_structure run(kh_validator_fn fn, const char *secret, cJSON **facts)
{
	struct kh_candidate c = cand_of(secret);

	*facts = cJSON_CreateObject();
	return fn(&c, *facts);
}

static const char *str_fact(const cJSON *o, const char *key)
{
	const cJSON *it = cJSON_GetObjectItemCaseSensitive(o, key);

	return cJSON_IsString(it) ? it->valuestring : NULL;
}

static double num_fact(const cJSON *o, const char *key)
{
	const cJSON *it = cJSON_GetObjectItemCaseSensitive(o, key);

	return cJSON_IsNumber(it) ? it->valuedouble : -1;
}

/* ---- personal access keys ---- */

static void test_pak_doc_example(void)
{
	cJSON *f;

	CHECK(run(kh_validate_hubspot_pak, doc_pak, &f) == KH_STRUCT_VALID);
	CHECK_STR(str_fact(f, "hublet"), "na1");
	CHECK(num_fact(f, "account_id") == 40211873);
	CHECK(num_fact(f, "user_id") == 71900254);
	cJSON_Delete(f);
}

static void test_pak_built(void)
{
	unsigned char raw[256];
	char text[400];
	size_t n;
	cJSON *f;

	n = pak_bytes(raw, "eu1-1ecc-cc3f-c162-6e53-a13043b026c4", 41287253, 43857462,
		      "eu1");
	b64url(raw, n, text, sizeof(text));
	CHECK(!strncmp(text, "CiRldTEt", 8));
	CHECK(run(kh_validate_hubspot_pak, text, &f) == KH_STRUCT_VALID);
	CHECK_STR(str_fact(f, "hublet"), "eu1");
	CHECK(num_fact(f, "account_id") == 41287253);
	CHECK(num_fact(f, "user_id") == 43857462);
	cJSON_Delete(f);

	/* a two-digit hublet makes field 1 37 bytes long: "CiV..." */
	n = pak_bytes(raw, "na10-86e4-d3ce-a27d-2693-4b484e73cf57", 25417901, 67917877,
		      "na10");
	b64url(raw, n, text, sizeof(text));
	CHECK(!strncmp(text, "CiVuYTEwL", 9));
	CHECK(run(kh_validate_hubspot_pak, text, &f) == KH_STRUCT_VALID);
	CHECK_STR(str_fact(f, "hublet"), "na10");
	cJSON_Delete(f);

	/* ids beyond 2^53 are reported as strings, not rounded numbers */
	n = pak_bytes(raw, "na1-fbd3-fa4e-4c32-180a-12569315d1cc",
		      18446744073709551615ULL, 1, "na1");
	b64url(raw, n, text, sizeof(text));
	CHECK(run(kh_validate_hubspot_pak, text, &f) == KH_STRUCT_VALID);
	CHECK_STR(str_fact(f, "account_id"), "18446744073709551615");
	CHECK(num_fact(f, "user_id") == 1);
	cJSON_Delete(f);
}

/* Encodes raw and expects the PAK validator to call it invalid. */
static void expect_pak_invalid(const unsigned char *raw, size_t n)
{
	char text[600];
	cJSON *f;

	b64url(raw, n, text, sizeof(text));
	CHECK(run(kh_validate_hubspot_pak, text, &f) == KH_STRUCT_INVALID);
	CHECK(!cJSON_GetObjectItemCaseSensitive(f, "hublet"));
	cJSON_Delete(f);
}

static void test_pak_malformed(void)
{
	static const char *bad_ids[] = {
		"na1-fbd3-fa4e-4c32-180a-12569315d1c",	/* short last group */
		"na1-fbd3-fa4e-4c32-180a-12569315d1cz", /* not hex */
		"na1_fbd3-fa4e-4c32-180a-12569315d1cc", /* no dash */
		"NA1-fbd3-fa4e-4c32-180a-12569315d1cc", /* upper-case hublet */
		"na1-fbd3fa4e-4c32-180a-12569315d1cc-", /* wrong grouping */
		"1na-fbd3-fa4e-4c32-180a-12569315d1cc",
	};
	unsigned char raw[600];
	char text[800];
	size_t n, i;
	cJSON *f;

	for (i = 0; i < sizeof(bad_ids) / sizeof(bad_ids[0]); i++) {
		n = pak_bytes(raw, bad_ids[i], 1, 2, "na1");
		expect_pak_invalid(raw, n);
	}
	/* field 9 disagrees with field 1, or is missing */
	n = pak_bytes(raw, "na1-fbd3-fa4e-4c32-180a-12569315d1cc", 1, 2, "eu1");
	expect_pak_invalid(raw, n);
	n = pak_bytes(raw, "na1-fbd3-fa4e-4c32-180a-12569315d1cc", 1, 2, "na");
	expect_pak_invalid(raw, n);
	n = pak_bytes(raw, "na1-fbd3-fa4e-4c32-180a-12569315d1cc", 1, 2, NULL);
	expect_pak_invalid(raw, n);

	/* truncated anywhere after "Ci": every prefix fails, none crashes */
	n = pak_bytes(raw, "na1-fbd3-fa4e-4c32-180a-12569315d1cc", 40211873, 71900254,
		      "na1");
	for (i = 2; i < n; i++)
		expect_pak_invalid(raw, i);

	/* wrong wire types after field 1: field 2 as bytes, a group tag */
	n = pak_bytes(raw, "na1-fbd3-fa4e-4c32-180a-12569315d1cc", 1, 2, "na1");
	raw[38] = 0x12; /* field 2, wire type 2 */
	expect_pak_invalid(raw, n);
	raw[38] = 0x13; /* field 2, wire type 3 (start group) */
	expect_pak_invalid(raw, n);
	n = pak_bytes(raw, "na1-fbd3-fa4e-4c32-180a-12569315d1cc", 1, 2, "na1");
	raw[n - 5] = 0x4b; /* field 9, wire type 3 */
	expect_pak_invalid(raw, n);
	raw[n - 5] = 0x48; /* field 9 as varint */
	expect_pak_invalid(raw, n);
	raw[n - 5] = 0x02; /* field 0 does not exist */
	expect_pak_invalid(raw, n);

	/*
	 * A wrong first tag no longer reads "Ci...": that is not the current
	 * format at all (older keys look like that), so it stays unchecked.
	 */
	n = pak_bytes(raw, "na1-fbd3-fa4e-4c32-180a-12569315d1cc", 1, 2, "na1");
	raw[0] = 0x0b;
	b64url(raw, n, text, sizeof(text));
	CHECK(run(kh_validate_hubspot_pak, text, &f) == KH_STRUCT_UNCHECKED);
	cJSON_Delete(f);

	/* a varint longer than 64 bits */
	n = pak_bytes(raw, "na1-fbd3-fa4e-4c32-180a-12569315d1cc", 1, 2, "na1");
	memset(raw + n, 0xff, 11);
	raw[n] = 0x18;
	raw[n + 11] = 0x01;
	expect_pak_invalid(raw, n + 12);

	/* a length that runs past the end */
	n = pak_bytes(raw, "na1-fbd3-fa4e-4c32-180a-12569315d1cc", 1, 2, "na1");
	raw[n] = 0x52;
	raw[n + 1] = 0x7f;
	expect_pak_invalid(raw, n + 2);

	/* an unknown extra field is tolerated: the format is inferred */
	n = pak_bytes(raw, "na1-fbd3-fa4e-4c32-180a-12569315d1cc", 1, 2, "na1");
	raw[n] = 0x50; /* field 10 varint */
	raw[n + 1] = 0x07;
	b64url(raw, n + 2, text, sizeof(text));
	CHECK(run(kh_validate_hubspot_pak, text, &f) == KH_STRUCT_VALID);
	cJSON_Delete(f);

	/* truncated text and bad characters */
	snprintf(text, sizeof(text), "%.60s", doc_pak);
	CHECK(run(kh_validate_hubspot_pak, text, &f) == KH_STRUCT_INVALID);
	cJSON_Delete(f);
	snprintf(text, sizeof(text), "%.*s", (int)strlen(doc_pak) - 1, doc_pak);
	CHECK(run(kh_validate_hubspot_pak, text, &f) == KH_STRUCT_INVALID);
	cJSON_Delete(f);
	snprintf(text, sizeof(text), "%s", doc_pak);
	text[50] = '!';
	CHECK(run(kh_validate_hubspot_pak, text, &f) == KH_STRUCT_INVALID);
	cJSON_Delete(f);
	CHECK(run(kh_validate_hubspot_pak, "Ci", &f) == KH_STRUCT_INVALID);
	cJSON_Delete(f);
	memset(text, 'A', 700);
	text[0] = 'C';
	text[1] = 'i';
	text[700] = '\0';
	CHECK(run(kh_validate_hubspot_pak, text, &f) == KH_STRUCT_INVALID);
	cJSON_Delete(f);
}

static void test_pak_other_shapes(void)
{
	struct kh_candidate c = { 0 };
	cJSON *f;

	/* older keys look like access tokens: nothing to check */
	CHECK(run(kh_validate_hubspot_pak,
		  "CJSP5qf1KhICAQEYs-gDIIGOBii1hQIyGQAf3xBKmlwHjX7OIpuIFEavB2-qYAGQsF4",
		  &f) == KH_STRUCT_UNCHECKED);
	CHECK(!cJSON_GetObjectItemCaseSensitive(f, "hublet"));
	cJSON_Delete(f);
	CHECK(run(kh_validate_hubspot_pak, "", &f) == KH_STRUCT_UNCHECKED);
	cJSON_Delete(f);

	/* inconsistent candidates are refused, not read */
	f = cJSON_CreateObject();
	CHECK(kh_validate_hubspot_pak(&c, f) == KH_STRUCT_INVALID);
	c.buf = (const unsigned char *)doc_pak;
	c.len = 10;
	c.secret_end = strlen(doc_pak);
	CHECK(kh_validate_hubspot_pak(&c, f) == KH_STRUCT_INVALID);
	c.secret_start = 20;
	c.secret_end = 5;
	CHECK(kh_validate_hubspot_pak(&c, f) == KH_STRUCT_INVALID);
	CHECK(kh_validate_hubspot_oauth(&c, f) == KH_STRUCT_INVALID);
	CHECK(kh_validate_hubspot_hublet(&c, f) == KH_STRUCT_INVALID);
	CHECK(cJSON_GetArraySize(f) == 0);
	cJSON_Delete(f);
}

/* ---- hublet-shaped secrets ---- */

static void test_hublet(void)
{
	static const struct {
		const char *secret, *hublet;
		enum kh_structure want;
	} cases[] = {
		{ "pat-na1-07316207-7ca4-4470-aaa0-bbcd52fef517", "na1",
		  KH_STRUCT_VALID },
		{ "pat-eu1-4131cca4-83b4-4acd-b7de-edbfbe0b6bf1", "eu1",
		  KH_STRUCT_VALID },
		{ "pat-na10-4131cca4-83b4-4acd-b7de-edbfbe0b6bf1", "na10",
		  KH_STRUCT_VALID },
		{ "na1-0464-ce70-d240-d064-abe8e54191f9", "na1", KH_STRUCT_VALID },
		{ "ap1-cee7-3744-3e21-0471-948d33296c87", "ap1", KH_STRUCT_VALID },
		{ "02ad9d2b-004b-4fd0-99df-209bca5d5e7d", NULL, KH_STRUCT_UNCHECKED },
		{ "02AD9D2B-004B-4FD0-99DF-209BCA5D5E7D", NULL, KH_STRUCT_UNCHECKED },
		{ "00000000-0000-0000-0000-000000000000", NULL, KH_STRUCT_REJECT },
		{ "00000000-0000-0000-0000-000000000001", NULL, KH_STRUCT_REJECT },
		{ "11111111-1111-1111-1111-111111111111", NULL, KH_STRUCT_REJECT },
		{ "12345678-1234-1234-1234-123456789012", NULL, KH_STRUCT_REJECT },
		{ "12345678-90ab-cdef-1234-567890abcdef", NULL, KH_STRUCT_REJECT },
		{ "pat-na1-00000000-0000-0000-0000-000000000000", NULL,
		  KH_STRUCT_REJECT },
		{ "na1-0000-0000-0000-0000-000000000000", NULL, KH_STRUCT_REJECT },
		{ "pat-na1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx", NULL,
		  KH_STRUCT_INVALID },
		{ "pat-na1-0464-ce70-d240-d064-abe8e54191f9", NULL, KH_STRUCT_INVALID },
		{ "pat-02ad9d2b-004b-4fd0-99df-209bca5d5e7d", NULL, KH_STRUCT_INVALID },
		{ "na1-02ad9d2b-004b-4fd0-99df-209bca5d5e7d", NULL, KH_STRUCT_INVALID },
		{ "02ad9d2b-004b-4fd0-99df-209bca5d5e7", NULL, KH_STRUCT_INVALID },
		{ "02ad9d2b-004b-4fd0-99df-209bca5d5e7d0", NULL, KH_STRUCT_INVALID },
		{ "pat-", NULL, KH_STRUCT_INVALID },
		{ "", NULL, KH_STRUCT_INVALID },
	};
	size_t i;
	cJSON *f;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		enum kh_structure got =
			run(kh_validate_hubspot_hublet, cases[i].secret, &f);

		if (got != cases[i].want)
			fprintf(stderr, "hublet case %zu: got %d\n", i, got);
		CHECK(got == cases[i].want);
		if (cases[i].hublet)
			CHECK_STR(str_fact(f, "hublet"), cases[i].hublet);
		else
			CHECK(!cJSON_GetObjectItemCaseSensitive(f, "hublet"));
		cJSON_Delete(f);
	}
}

/* ---- OAuth access tokens ---- */

/* A fake access token: 0x08, expiry varint, then protobuf-ish filler. */
static void oauth_token(unsigned long long ms, char *text, size_t cap)
{
	unsigned char raw[96];
	size_t n = 0, i;

	raw[n++] = 0x08;
	n += put_varint(raw + n, ms);
	raw[n++] = 0x12;
	raw[n++] = 0x02;
	raw[n++] = 0x01;
	raw[n++] = 0x01;
	raw[n++] = 0x32;
	raw[n++] = 40;
	for (i = 0; i < 40; i++)
		raw[n++] = (unsigned char)(i * 37 + 11);
	b64url(raw, n, text, cap);
}

static void test_oauth(void)
{
	char text[200];
	cJSON *f;
	const cJSON *it;

	oauth_token(4083998400123ULL, text, sizeof(text)); /* 2099-06-01 */
	CHECK(text[0] == 'C' && text[1] >= 'I' && text[1] <= 'P');
	CHECK(run(kh_validate_hubspot_oauth, text, &f) == KH_STRUCT_VALID);
	CHECK_STR(str_fact(f, "expires_at"), "2099-06-01T12:00:00Z");
	it = cJSON_GetObjectItemCaseSensitive(f, "expired");
	CHECK(cJSON_IsFalse(it));
	cJSON_Delete(f);

	oauth_token(1685620800524ULL, text, sizeof(text)); /* 2023-06-01 */
	CHECK(run(kh_validate_hubspot_oauth, text, &f) == KH_STRUCT_VALID);
	CHECK_STR(str_fact(f, "expires_at"), "2023-06-01T12:00:00Z");
	CHECK(cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(f, "expired")));
	cJSON_Delete(f);

	/* a leap day, to exercise the calendar arithmetic */
	oauth_token(1709210096000ULL, text, sizeof(text));
	CHECK(run(kh_validate_hubspot_oauth, text, &f) == KH_STRUCT_VALID);
	CHECK_STR(str_fact(f, "expires_at"), "2024-02-29T12:34:56Z");
	cJSON_Delete(f);

	/* implausible expiry: before 2015, after 2100 */
	oauth_token(1262304000000ULL, text, sizeof(text)); /* 2010 */
	CHECK(run(kh_validate_hubspot_oauth, text, &f) == KH_STRUCT_INVALID);
	CHECK(!cJSON_GetObjectItemCaseSensitive(f, "expires_at"));
	cJSON_Delete(f);
	oauth_token(4133980800000ULL, text, sizeof(text)); /* 2101 */
	CHECK(run(kh_validate_hubspot_oauth, text, &f) == KH_STRUCT_INVALID);
	cJSON_Delete(f);
	oauth_token(5, text, sizeof(text));
	CHECK(run(kh_validate_hubspot_oauth, text, &f) == KH_STRUCT_INVALID);
	cJSON_Delete(f);
}

static void test_oauth_malformed(void)
{
	unsigned char raw[32];
	char text[64];
	cJSON *f;

	/* wrong first tag */
	raw[0] = 0x10;
	put_varint(raw + 1, 4083998400123ULL);
	b64url(raw, 12, text, sizeof(text));
	CHECK(run(kh_validate_hubspot_oauth, text, &f) == KH_STRUCT_INVALID);
	cJSON_Delete(f);

	/* varint that never ends within the decoded prefix / past 64 bits */
	raw[0] = 0x08;
	memset(raw + 1, 0xff, 20);
	b64url(raw, 21, text, sizeof(text));
	CHECK(run(kh_validate_hubspot_oauth, text, &f) == KH_STRUCT_INVALID);
	cJSON_Delete(f);
	raw[10] = 0x7f; /* ends at byte 10, but wider than 64 bits */
	b64url(raw, 21, text, sizeof(text));
	CHECK(run(kh_validate_hubspot_oauth, text, &f) == KH_STRUCT_INVALID);
	cJSON_Delete(f);

	/* too short, bad characters, empty */
	CHECK(run(kh_validate_hubspot_oauth, "CI", &f) == KH_STRUCT_INVALID);
	cJSON_Delete(f);
	CHECK(run(kh_validate_hubspot_oauth, "CJSP5q!1KhICAQEYs-gD", &f) ==
	      KH_STRUCT_INVALID);
	cJSON_Delete(f);
	CHECK(run(kh_validate_hubspot_oauth, "", &f) == KH_STRUCT_INVALID);
	CHECK(cJSON_GetArraySize(f) == 0);
	cJSON_Delete(f);
}

/* ---- CLI config annotation ---- */

static const char old_config[] =
	"defaultPortal: dev\n"
	"httpTimeout: 30000\n"
	"portals:\n"
	"  - name: dev\n"
	"    portalId: 24840397\n"
	"    env: prod\n"
	"    authType: personalaccesskey\n"
	"    personalAccessKey: >-\n"
	"      CiRuYTEtZmJkMy1mYTRlLTRjMzItMTgwYS0xMjU2OTMxNWQxY2MQoauWExjeuKQiKhk\n"
	"    auth:\n"
	"      tokenInfo:\n"
	"        accessToken: >-\n"
	"          CJSP5qf1KhICAQEYs-gDIIGOBii1hQIyGQAf3xBKmlwHjX7OIpuIFEavB2\n"
	"        expiresAt: '2099-06-01T12:00:00.000Z'\n"
	"  # the agency's client portal\n"
	"\n"
	"  - name: 'Client \"Acme\" Portal'  # quoted\n"
	"    portalId: \"6048213\"\n"
	"    authType: oauth2\n"
	"    auth:\n"
	"      clientId: 75efd233-ff12-4eb4-8d30-7fe489980c50\n"
	"      clientSecret: a502e8a8-50fc-4626-b57d-170947529194\n"
	"      scopes:\n"
	"        - content\n"
	"        - forms\n"
	"      tokenInfo:\n"
	"        refreshToken: na1-e8c6-6224-8b48-3b7f-fc050fec94db\n"
	"    env: qa\n";

/* Annotates the match at `needle` and returns the "account" object. */
static cJSON *annotate(const char *path, const char *buf, const char *needle,
		       cJSON **facts)
{
	struct kh_candidate c = cand_in(path, buf, needle);

	*facts = cJSON_CreateObject();
	kh_hubspot_config_annotate(&c, *facts);
	return cJSON_GetObjectItemCaseSensitive(*facts, "account");
}

static void test_annotate_old_schema(void)
{
	const char *p = "home/dev/hubspot.config.yml";
	cJSON *f, *a;

	/* folded key: the match starts on the key line, or on the value */
	a = annotate(p, old_config, "personalAccessKey: >-", &f);
	CHECK_STR(str_fact(a, "name"), "dev");
	CHECK(num_fact(a, "id") == 24840397);
	CHECK_STR(str_fact(a, "auth_type"), "personalaccesskey");
	cJSON_Delete(f);
	a = annotate(p, old_config, "CiRuYTEt", &f);
	CHECK_STR(str_fact(a, "name"), "dev");
	cJSON_Delete(f);

	/* nested auth: block in the first entry */
	a = annotate(p, old_config, "CJSP5qf1", &f);
	CHECK_STR(str_fact(a, "name"), "dev");
	CHECK(num_fact(a, "id") == 24840397);
	cJSON_Delete(f);

	/* the second entry: quoted scalars, comments, blank line before it */
	a = annotate(p, old_config, "a502e8a8", &f);
	CHECK_STR(str_fact(a, "name"), "Client \"Acme\" Portal");
	CHECK(num_fact(a, "id") == 6048213);
	CHECK_STR(str_fact(a, "auth_type"), "oauth2");
	cJSON_Delete(f);
	/* below a nested scopes: list */
	a = annotate(p, old_config, "na1-e8c6", &f);
	CHECK_STR(str_fact(a, "name"), "Client \"Acme\" Portal");
	cJSON_Delete(f);
	/* on the entry's first line */
	a = annotate(p, old_config, "name: 'Client", &f);
	CHECK_STR(str_fact(a, "auth_type"), "oauth2");
	cJSON_Delete(f);

	/* outside any entry */
	CHECK(!annotate(p, old_config, "httpTimeout", &f));
	cJSON_Delete(f);
	CHECK(!annotate(p, old_config, "defaultPortal", &f));
	cJSON_Delete(f);
}

static void test_annotate_new_schema(void)
{
	static const char cfg[] =
		"defaultAccount: 25064065\r\n"
		"accounts:\r\n"
		"- name: marketing\r\n"
		"  accountId: 25064065\r\n"
		"  authType: personalaccesskey\r\n"
		"  personalAccessKey: CiRuYTItY2IwZS1iNTNmLTE2OTQtN2NjZi0yNWVj\r\n"
		"-\r\n"
		"  name: sandbox-β\r\n"
		"  accountId: 'abc-123'\r\n"
		"  auth:\r\n"
		"    tokenInfo:\r\n"
		"      refreshToken: 02ad9d2b-004b-4fd0-99df-209bca5d5e7d\r\n";
	cJSON *f, *a;

	a = annotate("/home/u/.hscli/config.yml", cfg, "CiRuYTIt", &f);
	CHECK_STR(str_fact(a, "name"), "marketing");
	CHECK(num_fact(a, "id") == 25064065);
	CHECK_STR(str_fact(a, "auth_type"), "personalaccesskey");
	cJSON_Delete(f);

	/* "-" alone on its line, a UTF-8 name, a non-numeric id */
	a = annotate(".hscli/config.yaml", cfg, "02ad9d2b", &f);
	CHECK_STR(str_fact(a, "name"), "sandbox-β");
	CHECK_STR(str_fact(a, "id"), "abc-123");
	CHECK(!cJSON_GetObjectItemCaseSensitive(a, "auth_type"));
	cJSON_Delete(f);

	/* Windows paths and the archived file name */
	a = annotate("C:\\Users\\u\\.hscli\\config.yml", cfg, "CiRuYTIt", &f);
	CHECK_STR(str_fact(a, "name"), "marketing");
	cJSON_Delete(f);
	a = annotate("archived.hubspot.config.yml", cfg, "CiRuYTIt", &f);
	CHECK_STR(str_fact(a, "name"), "marketing");
	cJSON_Delete(f);
}

static void test_annotate_not_config(void)
{
	static const char plain[] = "HUBSPOT_API_KEY=02ad9d2b\n";
	static const char no_portals[] =
		"defaultPortal: dev\n"
		"settings:\n"
		"  - name: x\n"
		"    apiKey: 02ad9d2b-004b-4fd0-99df-209bca5d5e7d\n";
	static const char bad_bytes[] = "portals:\n"
					"  - name: \"caf\xe9 \x01 \xff\"\n"
					"    portalId: 12345678901234567890\n"
					"    apiKey: 02ad9d2b\n";
	struct kh_candidate c;
	cJSON *f, *a;

	/* other file names, and no path at all */
	CHECK(!annotate("config.yml", old_config, "CiRuYTEt", &f));
	cJSON_Delete(f);
	CHECK(!annotate("myhubspot.config.yml", old_config, "CiRuYTEt", &f));
	cJSON_Delete(f);
	CHECK(!annotate("hubspot.config.yml.bak", old_config, "CiRuYTEt", &f));
	cJSON_Delete(f);
	CHECK(!annotate(NULL, old_config, "CiRuYTEt", &f));
	cJSON_Delete(f);
	CHECK(!annotate("hubspot.config.yml", plain, "02ad9d2b", &f));
	cJSON_Delete(f);
	CHECK(!annotate("hubspot.config.yml", no_portals, "02ad9d2b", &f));
	cJSON_Delete(f);

	/* bytes that are not UTF-8 never reach the report; huge ids stay text */
	a = annotate("hubspot.config.yml", bad_bytes, "02ad9d2b", &f);
	CHECK_STR(str_fact(a, "name"), "caf? ? ?");
	CHECK_STR(str_fact(a, "id"), "12345678901234567890");
	cJSON_Delete(f);

	/* an existing "account" is left alone */
	c = cand_in("hubspot.config.yml", old_config, "CiRuYTEt");
	f = cJSON_CreateObject();
	cJSON_AddStringToObject(f, "account", "kept");
	kh_hubspot_config_annotate(&c, f);
	CHECK_STR(str_fact(f, "account"), "kept");
	CHECK(cJSON_GetArraySize(f) == 1);
	cJSON_Delete(f);

	/* empty buffer, offsets past the end, NULL arguments */
	c = cand_in("hubspot.config.yml", "", "");
	f = cJSON_CreateObject();
	kh_hubspot_config_annotate(&c, f);
	c = cand_in("hubspot.config.yml", old_config, "CiRuYTEt");
	c.match_start = c.len + 100;
	kh_hubspot_config_annotate(&c, f);
	kh_hubspot_config_annotate(NULL, f);
	kh_hubspot_config_annotate(&c, NULL);
	CHECK(cJSON_GetArraySize(f) == 0);
	cJSON_Delete(f);
}

/* Validators fill in "account" for matches inside a CLI config. */
static void test_validators_annotate(void)
{
	struct kh_candidate c = cand_in("hubspot.config.yml", old_config,
					"na1-e8c6-6224-8b48-3b7f-fc050fec94db");
	cJSON *f = cJSON_CreateObject(), *a;

	CHECK(kh_validate_hubspot_hublet(&c, f) == KH_STRUCT_VALID);
	a = cJSON_GetObjectItemCaseSensitive(f, "account");
	CHECK_STR(str_fact(a, "auth_type"), "oauth2");
	CHECK_STR(str_fact(f, "hublet"), "na1");
	cJSON_Delete(f);
}

/* Random edits of a config must never read out of bounds (ASan run). */
static void test_annotate_garbage(void)
{
	static const char alphabet[] = "- :\n\r\t#'\"ab>|portals:accounts:";
	char buf[512];
	unsigned seed = 12345;
	struct kh_candidate c;
	size_t i, j, n;
	cJSON *f;

	for (i = 0; i < 4000; i++) {
		n = i % sizeof(buf);
		for (j = 0; j < n; j++) {
			seed = seed * 1103515245u + 12345u;
			buf[j] = alphabet[(seed >> 16) % (sizeof(alphabet) - 1)];
		}
		c = cand_in(i & 1 ? "hubspot.config.yml" : ".hscli/config.yml", "", "");
		c.buf = (const unsigned char *)buf;
		c.len = n;
		c.match_start = n ? (seed >> 8) % n : 0;
		c.secret_start = c.match_start;
		c.secret_end = c.match_start + (n - c.match_start) / 2;
		f = cJSON_CreateObject();
		kh_hubspot_config_annotate(&c, f);
		(void)kh_validate_hubspot_pak(&c, f);
		(void)kh_validate_hubspot_hublet(&c, f);
		(void)kh_validate_hubspot_oauth(&c, f);
		cJSON_Delete(f);
	}
	CHECK(1);
}

int main(void)
{
	test_pak_doc_example();
	test_pak_built();
	test_pak_malformed();
	test_pak_other_shapes();
	test_hublet();
	test_oauth();
	test_oauth_malformed();
	test_annotate_old_schema();
	test_annotate_new_schema();
	test_annotate_not_config();
	test_validators_annotate();
	test_annotate_garbage();
	return check_done("unit_hubspot");
}
