/*
 * unit_filters.c - the placeholder judge: what is filler, what is structure;
 * and the generic rule's value check: what is random enough for its alphabet.
 */
#include <string.h>

#include "check.h"
#include "validate.h"

static int placeholder(const char *s)
{
	return kh_is_placeholder((const unsigned char *)s, strlen(s), 0);
}

/* Runs of one character are filler only where they cannot be structure. */
static void test_runs(void)
{
	/* HubSpot's documentation: an older PAK, base64 of a protobuf whose
	 * zero bytes give a run of ten A's */
	CHECK(!placeholder(
		"CJDVnLanLRICEQIYyLu8LyDh9E4opf1GMhkAxGuU5XN_O2O2QhX0khw7cwIkPkBRHye-"
		"OfIADgLBAAADAIADAAAAAAAAAAJCGQC8a5TlhtSU8T-2mVLxOBpxS18aM42oGKk"));
	/* an Azure DevOps-shaped PAT: 13 A's by design */
	CHECK(!placeholder(
		"7Kq2mWbZ9rTn4Yh0pLc3VxE8sJd5Fg1aQwUe6RtIo2PzMnB4vC8xLkAAAAAAAAAAAAA"
		"ZDO3mTf9"));
	CHECK(placeholder("sk_live_xxxxxxxxxxxxxxxxxxxxxxxx"));
	CHECK(placeholder("ghp_000000000000000000000000000000000000"));
	CHECK(placeholder("token-********-abcd"));
	CHECK(placeholder("1234myAccessToken"));
	CHECK(placeholder("my_secret_2024_value"));
	CHECK(placeholder("my_recaptchaV3Token"));
	CHECK(placeholder("myStripeSecretKey42"));
	CHECK(!placeholder("myX9q2LmV0pXt7sKdw"));
	CHECK(!placeholder("mykQ7tokenZr8Kq2Wv5T"));
	/* a run that is a quarter of the value is filler whatever the letter */
	CHECK(placeholder("AKIAQQQQQQQQQQQQQQ7R"));
	CHECK(!placeholder("q8Zr2LmV0pXt7sKd"));
}

static void test_sequences(void)
{
	CHECK(placeholder("ghp_abcdefghijklmnopqrstuvwxyz0123456789"));
	CHECK(placeholder(
		"dop_v1_1234567890abcdef1234567890abcdef1234567890abcdef1234567890ab"));
	CHECK(placeholder("AIzaSyabcdefghijklmnopqrstuvwxyz0123456"));
	CHECK(placeholder("glpat-qwertyuiopasdfghjk"));
	CHECK(placeholder("xoxb-asdfghjkl-zxcvbnm"));
	/* climbing across the digit/letter boundary is not a sequence; five
	 * steps are not enough */
	CHECK(!placeholder("sk_live_9Tq2v789abRw5LmZx0Yp3Ks1"));
	CHECK(!placeholder("glpat-Rk3vabcdeZ9q2Wm7Lx1N"));
}

static void test_doc_samples(void)
{
	char azurite[] = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/"
			 "K1SZFPTOtr/KBHBeksoGMGw==";

	CHECK(placeholder("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
			  "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6"
			  "IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ."
			  "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_"
			  "adQssw5c"));
	/* Splunk's and Docker's HEC token, PagerDuty's integration key */
	CHECK(placeholder("B5A79AAD-D822-46CC-80D1-819F80D7BFB0"));
	CHECK(placeholder("176FCEBF-4CF5-4EDF-91BC-703796522D20"));
	CHECK(placeholder("e93facc04764012d7bfb002500d5d1a6"));
	CHECK(!placeholder("e93facc04764012d7bfb002500d5d1a7"));
	CHECK(placeholder("sk_test_4eC39HqLyjWDarjtT1zdp7dc"));
	CHECK(placeholder("2YotnFZFEjr1zCsicMWpAA")); /* RFC 6749's access token */
	CHECK(placeholder("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzb21lIjoicGF5bG9hZCJ9."
			  "4twFt5NiznN84AWoo1d7KO1T_yoc0Z6XOpOVswacPZg"));
	CHECK(placeholder("AKIAIOSFODNN7EXAMPLE"));
	/* the Google Cloud SDK's published installed-app client secrets */
	CHECK(placeholder("d-FL95Q19q7MQmFpd7hHD0Ty"));
	CHECK(placeholder("ZmssLNjJy2998hD4CTg2ejr2"));
	CHECK(!placeholder("d-FL95Q19q7MQmFpd7hHD0Tz"));
	/* Azurite's account key (and one letter off it), Square's
	 * ObtainToken sample, Google Authenticator's TOTP seed */
	CHECK(placeholder(azurite));
	azurite[strlen(azurite) - 3] = 'x';
	CHECK(!placeholder(azurite));
	CHECK(placeholder("sq0csp-30a-4C_tVOnTh14Piza2BfTPBXyLafLPWSzY1qAjeBfM"));
	CHECK(placeholder("JBSWY3DPEHPK3PXP"));
	CHECK(!placeholder("JBSWY3DPEHPK3PXQ"));
	CHECK(placeholder("test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM")); /* Mollie's docs */
	CHECK(placeholder("j9iVZfS8kkCEFUPaAeJV0sAi"));		   /* firebase-tools' */
	CHECK(placeholder("sv=2021-06-08&sr=c&sig=aBBKDWQvyuVcTPH9EBp%2FXTI9E%2F%2Fmq171%"
			  "2BZU178wcwqU%3D"));
	/* in either case, as base32 seeds are written */
	CHECK(placeholder("jbswy3dpehpk3pxp"));
	/* RFC 5849's token secret, RFC 4226's test secret (part of it, in
	 * lower case too), AWS SSO OIDC's CreateToken example */
	CHECK(placeholder("pfkkdhi9sl3r4s00"));
	CHECK(placeholder("GEZDGNBVGY3TQOJQGEZDGNBVGY"));
	CHECK(placeholder("gezdgnbvgy3tqojqgezdgnbvgy3tqojq"));
	CHECK(!placeholder("GEZDGNBVGY3TQOJRGEZDGNBVGY"));
	CHECK(placeholder(
		"VERYLONGSECRETeyJraWQiOiJrZXktMTU2NDAyODA5OSIsImFsZyI6IkhTMzg0In0"));
}

static int code_words(const char *s)
{
	return kh_is_code_words((const unsigned char *)s, strlen(s));
}

/* Names from code are no secrets; random values are seldom taken for one. */
static void test_code_words(void)
{
	static const char b62[] =
		"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
	unsigned long seed = 12345, n, hits = 0;
	char v[25];
	size_t i;

	CHECK(code_words("shrinkPaddedLEB128"));
	CHECK(code_words("GetAuthTokenResponseBody"));
	CHECK(code_words("AWS::EC2::VPNGateway"));
	CHECK(code_words("base64ToArray(vapidKey"));
	CHECK(code_words("HTTPServerConfig2024"));
	CHECK(!code_words("Kq8Zr2Wv5Tn7Lx3MpQ4sHd"));
	CHECK(!code_words("6IpQjwmpzaqgXMRA"));			/* 'Qjwmpz': no word */
	CHECK(!code_words("SomeKindOfPassword123!@#"));		/* a password's marks */
	CHECK(!code_words("ABCDEFGH12345678ABCD"));		/* no spoken word */
	CHECK(!code_words("Mai9ohgh6ahxee0jutheew0pungoozil")); /* pwgen's */
	for (n = 0; n < 20000; n++) {
		size_t len = 16 + (n % 3) * 4;

		for (i = 0; i < len; i++) {
			seed = seed * 6364136223846793005UL + 1442695040888963407UL;
			v[i] = b62[(seed >> 33) % 62];
		}
		v[len] = '\0';
		hits += (unsigned long)code_words(v);
	}
	/* about 1 in 1000 by chance: fail well above it */
	CHECK(hits < 60);
}

/* Whether the generic rule's value check keeps s (the whole buffer). */
static int generic_keeps(const char *s)
{
	struct kh_candidate c = { 0 };
	kh_validator_fn fn = kh_validator_find("generic_value");

	c.buf = (const unsigned char *)s;
	c.len = c.secret_end = c.match_end = strlen(s);
	return fn && fn(&c, NULL) != KH_STRUCT_REJECT;
}

static void test_generic_value(void)
{
	/* random for their alphabet: hex of 16, base64, a password */
	CHECK(generic_keeps("d85c524e44006655"));
	CHECK(generic_keeps("Zr8Kq2Wv5Tn7Lx3MpQ4sHd9Yc6Fb+/x9=="));
	CHECK(generic_keeps("q7:Wz#4&Lp=9vR!x2Tm"));
	CHECK(generic_keeps("Ab3dE9.fG7hJ2:kL5mN8pQ1rS4tU7vW0xY3zA6bC9dE2"));
	/* a prefix and hex, base64 of text: below the alphabet's entropy,
	 * above the 3.3 bits the value check never asks more than */
	CHECK(generic_keeps("sk-e57e04a6ef3dfa8aea210f8291803e48"));
	/* too few symbols for 16 characters of hex */
	CHECK(!generic_keeps("aa11aa11bb22bb22"));
	/* a letter and a digit, both */
	CHECK(!generic_keeps("9086081884765920"));
	CHECK(!generic_keeps("ZrKqWvTnLxMpQsHdYcFb"));
	/* names, fillers, digests, URLs, encoded text, padding inside base64 */
	CHECK(!generic_keeps("DJANGO_SECRET_KEY_2024"));
	CHECK(!generic_keeps("args.salesforce_oauth2_client_secret"));
	CHECK(!generic_keeps("OAUTH2-CLIENT-SECRET-V2"));
	CHECK(generic_keeps("kar5_G.pQkyU6:q!x9Tz"));
	CHECK(!generic_keeps("projects/my-project-2024/secrets/api-key/versions/3"));
	CHECK(!generic_keeps("Zr8Kq2abcdeWv5Tn7Lx3"));
	CHECK(!generic_keeps("sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b"));
	CHECK(!generic_keeps("https://vault.example.com/v1/app2"));
	CHECK(!generic_keeps("Zr8Kq2Wv5T&#45;n7Lx3MpQ4s"));
	CHECK(!generic_keeps("Zr8Kq2Wv5T%2Fn7Lx3MpQ4sHd9"));
	CHECK(!generic_keeps("Zr8Kq2Wv5Tn7Lx3M=pQ4sHd9Yc6"));
	/* '&' that starts no entity, '%' no escape: a password's marks */
	CHECK(generic_keeps("Zr8K&w9;q2Wv%I5Tn7Lx3"));
	/* a provider's prefix whose own rule refused the value (truncated) */
	CHECK(!generic_keeps("dop_v1_3f9a2c7b1e"));
	CHECK(!generic_keeps("ghp_8fK2mQ9xLp3R7vT1"));
	CHECK(!generic_keeps("sk_live_3465b258991b1dff"));
	CHECK(!generic_keeps("xkeysib-05e20c102e3e87314b9aa37cdeaeb437"));
	/* the prefix alone marks nothing: the same letters elsewhere */
	CHECK(generic_keeps("x9dop_v1_3f9a2c7b1e"));
}

/* Whether the generic rule's value check keeps the value after `name`
 * (the value runs to the end of text). */
static int generic_keeps_named(const char *text, const char *name)
{
	struct kh_candidate c = { 0 };
	kh_validator_fn fn = kh_validator_find("generic_value");
	const char *at = strstr(text, name);

	if (!at)
		return -1;
	c.buf = (const unsigned char *)text;
	c.len = c.secret_end = c.match_end = strlen(text);
	c.secret_start = (size_t)(at - text) + strlen(name);
	return fn && fn(&c, NULL) != KH_STRUCT_REJECT;
}

/* Placeholders in base64, and values their providers publish. */
static void test_b5formats(void)
{
	/* a Secret's data: base64 of YOUR_ACCESS_KEY, <access_token>,
	 * secret_api_key */
	CHECK(placeholder("WU9VUl9BQ0NFU1NfS0VZ"));
	CHECK(placeholder("PGFjY2Vzc190b2tlbj4="));
	CHECK(placeholder("c2VjcmV0X2FwaV9rZXk="));
	/* base64 of a real token's text (Intercom's tok:<uuid>:1:0), of
	 * random bytes, and hex: no placeholder */
	CHECK(!placeholder(
		"dG9rOjZmMmM5YTFlLTRiN2QtNGUzYS05YzhmLTFkMmUzZjRhNWI2YzoxOjA="));
	CHECK(!placeholder("q8Zr2LmV0pXt7sKdW4nYc9Hb"));
	CHECK(!placeholder("3e02ea68ef786e4d3cea27d26934b484"));
	/* Scaleway access key ids and RevenueCat's SDK keys are public */
	CHECK(!generic_keeps("SCWP8IX4EA4Q9OM4894Z"));
	CHECK(generic_keeps("SCWp8iX4eA4q9Om4894z"));
	CHECK(!generic_keeps("appl_qaDZeV7G5IfQHeVVEqZe2qpUWno"));
	CHECK(!generic_keeps("goog_Zr8Kq2Wv5Tn7Lx3MpQ4sHd9Yc6F"));
	/* PostHog's project key is public, its personal keys are not */
	CHECK(!generic_keeps("phc_Wq8Zr2Lm9Kx4Tn7Vb3Hd6Yc1Jf5Gs0Pa8Re2Mu4"));
	CHECK(generic_keeps("phx_Wq8Zr2Lm9Kx4Tn7Vb3Hd6Yc1Jf5Gs0Pa8Re2Mu4"));
	/* the public key by its name: dotted, Kraken's, Algolia's search key */
	CHECK(!generic_keeps_named("ghost.content.api.key=724caf4941d4072014b3ce107f",
				   "="));
	CHECK(generic_keeps_named("ghost.admin.token=724caf4941d4072014b3ce107f", "="));
	CHECK(!generic_keeps_named(
		"kraken_api_key: "
		"tDtXbiufMdI8X2Y4rUmer/BH3M1XS0DRdJuPnBIKpi99lSi0tcL21pff",
		": "));
	CHECK(generic_keeps_named(
		"binance_api_key: "
		"tDtXbiufMdI8X2Y4rUmer/BH3M1XS0DRdJuPnBIKpi99lSi0tcL21pff",
		": "));
	CHECK(!generic_keeps_named("algolia: {\n  appId: 'K8Q2ZL4M7T',\n  apiKey: "
				   "'3e02ea68ef786e4d3cea27d26934b484",
				   "apiKey: '"));
	CHECK(generic_keeps_named("stripe: {\n  account: 'acct_1',\n  apiKey: "
				  "'3e02ea68ef786e4d3cea27d26934b484",
				  "apiKey: '"));
	CHECK(!generic_keeps_named(
		"NEXT_PUBLIC_ALGOLIA_SEARCH_API_KEY=3e02ea68ef786e4d3cea27d26934b484",
		"="));
}

int main(void)
{
	test_runs();
	test_sequences();
	test_doc_samples();
	test_code_words();
	test_generic_value();
	test_b5formats();
	return check_done("unit_filters");
}
