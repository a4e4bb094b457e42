#include "validate.h"

#include <ctype.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <zlib.h>

#include "text.h"
#include "util.h"

const char *kh_structure_name(enum kh_structure s)
{
	switch (s) {
	case KH_STRUCT_VALID: return "valid";
	case KH_STRUCT_INVALID: return "invalid";
	default: return "unchecked";
	}
}

double kh_entropy(const unsigned char *s, size_t len)
{
	size_t counts[256] = { 0 }, i;
	double h = 0;

	if (!len)
		return 0;
	for (i = 0; i < len; i++)
		counts[s[i]]++;
	for (i = 0; i < 256; i++) {
		if (counts[i]) {
			double p = (double)counts[i] / (double)len;

			h -= p * log2(p);
		}
	}
	return h;
}

/* Whether `out` (the byte beside a word) ends the word that `in` is part
 * of: punctuation, a digit next to letters, or a change of case. */
static int word_edge(unsigned char out, unsigned char in)
{
	if (!isalnum(out))
		return 1;
	if (isdigit(out) != isdigit(in))
		return 1;
	return (isupper(out) && islower(in)) || (islower(out) && isupper(in));
}

/*
 * Case-insensitive search of needle in s[0..len). With `bounded`, a hit
 * counts only where it starts and ends a word (an edge, a non-alphanumeric
 * byte, or a change of case), so "YOUR_KEY" counts and "...xYOURb..." in a
 * random token does not.
 */
int kh_contains_ci(const unsigned char *s, size_t len, const char *needle, int bounded)
{
	size_t n = strlen(needle), i, j;

	for (i = 0; i + n <= len; i++) {
		for (j = 0; j < n; j++)
			if (tolower(s[i + j]) != needle[j])
				break;
		if (j < n)
			continue;
		if (!bounded)
			return 1;
		if ((i == 0 || word_edge(s[i - 1], s[i])) &&
		    (i + n == len || word_edge(s[i + n], s[i + n - 1])))
			return 1;
	}
	return 0;
}

/*
 * Whether a run of `run` equal characters c in a secret of len is filler
 * ("xxxxxx", "000000", "******"). Base64 of binary tokens holds runs of 'A'
 * (zero bytes) as structure: old HubSpot keys, Azure DevOps PATs (13 A's by
 * design), X bearer tokens. So other characters count only where the run
 * is a quarter of the secret or more.
 */
static int filler_run(unsigned char c, size_t run, size_t len)
{
	return strchr("xX*0.#?-_", c) || run * 4 >= len;
}

/*
 * Whether the run of `run` 'A's ending at s[end] is zero bytes of a
 * binary structure in base64, not a filler: HubSpot's older access keys
 * and tokens are base64 of protobufs whose zeroed fields make long runs
 * of 'A' (its documentation's own example holds ten), and so do Azure
 * DevOps' PATs. The rest of the value must read as random: 48 bytes or
 * more with 24 different ones (a filler behind a prefix, `ghp_AAAA…` or
 * `CAAAA…`, has neither).
 */
static int zero_bytes_run(const unsigned char *s, size_t len, size_t end, size_t run)
{
	unsigned char seen[256] = { 0 };
	size_t i, distinct = 0;

	if (s[end] != 'A' || len - run < 48)
		return 0;
	for (i = 0; i < len; i++)
		if ((i + run <= end || i > end) && !seen[s[i]]++)
			distinct++;
	return distinct >= 24;
}

/*
 * Sequential fillers behind a real prefix ("ghp_abcdefghijkl...",
 * "dop_v1_1234567890abcdef..."): six characters that climb the alphabet or
 * the digits one by one. In random base62 text such a run has odds of
 * about 1 in 10^9 per position.
 */
static int has_climb_run(const unsigned char *s, size_t len)
{
	size_t i, run = 1;

	for (i = 1; i < len; i++) {
		int a = tolower(s[i - 1]), b = tolower(s[i]);

		run = (isalnum(a) && b == a + 1 && !!isalpha(a) == !!isalpha(b)) ? run + 1
										 : 1;
		if (run >= 6)
			return 1;
	}
	return 0;
}

/* A keyboard's filler: six keys of a row (qwerty, asdfgh), or down its
 * columns (qazwsx, 1qaz2wsx), as rare in random text as a climb. */
static int has_keyboard_walk(const unsigned char *s, size_t len)
{
	static const char *rows[] = { "qwertyuiop", "asdfghjkl", "zxcvbnm", NULL };
	size_t i, j;

	for (j = 0; rows[j]; j++) {
		for (i = 0; i + 6 <= strlen(rows[j]); i++) {
			char walk[7];

			memcpy(walk, rows[j] + i, 6);
			walk[6] = '\0';
			if (kh_contains_ci(s, len, walk, 0))
				return 1;
		}
	}
	return kh_contains_ci(s, len, "qazwsx", 0) ||
	       kh_contains_ci(s, len, "1qaz2wsx", 0);
}

/*
 * A keyboard walk with a password policy's capital, digit and mark
 * (Asdfgh!2025, Qazwsx%2022, Qwertyuiop1!): the weak password people set
 * when a policy asks for them, a password under a password's name, where
 * a walk short of a policy (qwertyuiop, asdfgh123, qwerty!2024) stays a
 * tutorial's filler.
 */
int kh_is_policy_walk(const unsigned char *s, size_t len)
{
	size_t i;
	int upper = 0, digit = 0, mark = 0;

	for (i = 0; i < len; i++) {
		upper |= !!isupper(s[i]);
		digit |= !!isdigit(s[i]);
		mark |= !isalnum(s[i]);
	}
	return upper && digit && mark && has_keyboard_walk(s, len);
}

/*
 * Values that providers', tools' and RFCs' own documentation prints, found
 * in countless READMEs and tests: jwt.io's and PyJWT's sample tokens (their
 * HS256 signatures), Stripe's API reference test keys, the OAuth RFCs'
 * example tokens and secrets; and the OAuth client secrets the Google Cloud
 * SDK publishes in its source for every installation (gcloud's, and the
 * application-default credentials'), which tools copy beside the refresh
 * tokens that are the secret.
 */
static int is_doc_sample(const unsigned char *s, size_t len)
{
	static const char *samples[] = {
		"SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
		/* the API key of The Things Stack's authentication guide */
		"NNSXS.U4H3ZFFCMSR42BUAZPW2UWGFBV4WCNI5EXDJXDY."
		"SHIF3PP5PBMJNZESN5XLR5TZJTJUIGKVUTM2I22IVBUVCD6VIQIA",
		"4twFt5NiznN84AWoo1d7KO1T_yoc0Z6XOpOVswacPZg", /* PyJWT's README */
		/* HEC tokens of Splunk's docs and Docker's splunk logging driver
		 * docs, the Events API integration key of PagerDuty's docs */
		"CF179AE4-3C99-45F5-A7CC-3284AA91CF67",
		"B5A79AAD-D822-46CC-80D1-819F80D7BFB0",
		"176FCEBF-4CF5-4EDF-91BC-703796522D20",
		"e93facc04764012d7bfb002500d5d1a6",
		/* the REST API token of PagerDuty's API reference ("Token
		 * token=..."), in its SDKs' and integrations' READMEs */
		"y_NbAkKc66ryYTWUXYEu",
		/* the application token of Pushover's API page and its
		 * clients' examples */
		"azGDORePK8gMaC0QOYAMyEEuzJnyUi",
		/* the API key of Mailgun's user manual and API reference
		 * (samples.mailgun.org), in its SDKs' READMEs */
		"key-3ax6xnjp29jd6fds4gc373sgvjxteol0",
		/* the read-only key of Cisco DevNet's always-on Meraki sandbox,
		 * in the Meraki Dashboard API's documentation and samples */
		"6bec40cf957de430a6f1f2baa056b99a4fac9ea0",
		/* the API key of Statuspage's API documentation (OAuth header) */
		"89a229ce1a8dbcf9ff30430fbe35eb4c0426574bca932061892cefd2138aa4b1",
		"sk_test_4eC39HqLyjWDarjtT1zdp7dc",
		"pk_test_TYooMQauvdEDq54NiTphI7jx",
		/* RFC 6749 (OAuth 2.0) and RFC 5849 (OAuth 1.0) examples */
		"2YotnFZFEjr1zCsicMWpAA",
		"tGzv3JOkF0XG5Qx2TlKWIA",
		"SplxlOBeZQQYbYS6WxSbIA",
		"ad180jjd733klru7",
		"kd94hf93k423kf44",
		"ZmssLNjJy2998hD4CTg2ejr2",
		"d-FL95Q19q7MQmFpd7hHD0Ty",
		"gX1fBat3bV", /* RFC 6749 2.3.1's client password */
		/* the values of AWS's API reference examples, which every
		 * AWS SDK ships (aws-sdk-js apis/SERVICE.examples.json, botocore's
		 * examples-1.json): IAM ChangePassword's old and new passwords,
		 * CreateLoginProfile's and UpdateLoginProfile's, KMS's
		 * external key store proxy secret and DeriveSharedSecret's
		 * output, Cognito CreateUserPoolClient's client secret,
		 * AWS Artifact's term token */
		"3s0K_;xh4~8XXI",
		"]35d/{pB9Fo9wJ",
		"h]6EszR}vJ*m",
		"SomeKindOfPassword123!@#",
		"DXjSUawnel2fr6SKC7G25CNxTyWKE5PF9XX6H/u9pSo=",
		"MEYCIQCKZLWyTk5runarx6XiAkU9gv3lbwPO/pHa+DXFehzdDwIhANwpsIV2g/"
		"9SPWLLsF6p/hiSskuIXMTRwqrMdVKWTMHG",
		"13ka4h7u28d9oo44tqpq9djqsfvhvu8rk4d2ighvpu0k8fj1c2r9",
		"term-token-gPFEGk7CF4wS901w7ppYclt7",
		/* the WireGuard private key of systemd.netdev(5)'s example
		 * (copied into networkd setups' READMEs), and the password of
		 * Python's urllib.request documentation examples */
		"EEGlnEPYJV//kbvvIqxKkQwOiS+UENyPncC4bF46ong=",
		"geheim$parole",
		/* Mattermost's shipped defaults, the same in every
		 * installation's config.json (model/config.go,
		 * ServiceSettingsDefaultGiphySdkKeyTest and the Gfycat API
		 * key's secret) */
		"s0glxvzVg9azvPipKxcPLpXV0q1x1fVP",
		"3wLVZPiswc3DnaiaFoLkDvB4X0IV6CpMkj4tf2inJRsBY6-FnkT08zGmppWFgeof",
		/* the account key of Azurite and the Azure Storage Emulator,
		 * the same in every installation: Microsoft's "Use Azurite" page,
		 * "Well-known storage account and key" */
		"Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/"
		"K1SZFPTOtr/KBHBeksoGMGw==",
		/* the OAuth client secret of Square's "Obtain token" API
		 * reference example, in each of its SDKs and their docs */
		"sq0csp-30a-4C_tVOnTh14Piza2BfTPBXyLafLPWSzY1qAjeBfM",
		/* the TOTP seeds of Google Authenticator's Key Uri Format page
		 * ("Hello!" and 0xDEADBEEF in base32), in every OTP README */
		"JBSWY3DPEHPK3PXP",
		"HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ",
		/* the test API key and organization access token of Mollie's
		 * API documentation, in each of its SDKs' READMEs */
		"test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM",
		"access_Wwvu7egPcJLLJ9Kb7J632x8wJ2zMeJ",
		/* the installed-app OAuth client secret firebase-tools ships,
		 * as gcloud's above, copied beside the refresh tokens */
		"j9iVZfS8kkCEFUPaAeJV0sAi",
		/* the signature of the Azure SAS token AWS DataSync's API
		 * reference shows (AzureBlobSasConfiguration), in every AWS SDK */
		"aBBKDWQvyuVcTPH9EBp",
		/* RFC 5849's (OAuth 1.0) other example credentials: temporary,
		 * token and verifier, in every OAuth 1 library's tests */
		"hh5s93j4hdidpola",
		"hdhd0244k9j7ao03",
		"nnch734d00sl2jdk",
		"pfkkdhi9sl3r4s00",
		"dpf43f3p2l4k3l03",
		"hfdp7dh39dks9884",
		/* RFC 4226's (HOTP) and RFC 6238's (TOTP) test secret, the
		 * ASCII 12345678901234567890, in base32 as OTP READMEs print it */
		"GEZDGNBVGY3TQOJQ",
		/* the client secret of the CreateToken example of AWS's SSO OIDC
		 * API reference, generated into every AWS SDK's docs and types */
		"VERYLONGSECRETeyJraWQiOiJrZXktMTU2NDAyODA5OSIsImFsZyI6IkhTMzg0In0",
		/* the DeepL API Free key of DeepL's "Access and authentication"
		 * page, and the application password WordPress's integration
		 * guide shows */
		"279a2e9d-83b3-c416-7e2d-f721593e42a0",
		"abcd EFGH 1234 ijkl MNOP 6789",
		/* Grafana's shipped secret_key (conf/defaults.ini, sample.ini),
		 * the same in every installation that never set its own */
		"SW2YcwTIb9zpOOhoPsMm",
		/* the gossip key of Consul's keyring API reference, copied into
		 * agent configs and tutorials */
		"pUqJrVyVRj5jsiYEkM/tFQYfWyJIv4s3XkvDwy7Cu5s=",
		/* the secret_key of Rocket's configuration guide and SecretKey
		 * docs ("Don't (!) use this key!"), copied into Rocket.toml files */
		"hPRYyVRiMyxpw5sBB1XeCMN1kFsDCqKvBi2QJxBVHQk=",
		/* the personal token of "The token format looks like" in
		 * Typeform API guides, and the zuliprc key of zulip-js's README */
		"tfp_943af478d3ff3d4d760020c11af102b79c440513",
		"wlueAg7cQXqKpUgIaPP3dmF4vibZXal7",
		/* the secret key of MinIO's public Play server, shipped in the
		 * mc client's default configuration (its `play` alias) and
		 * copied into every MinIO SDK's samples and tests */
		"zuf+tfteSlswRu7BJ86wekitnifILbZam1KYY3TG",
		/* the key of Adafruit IO's HTTP API reference ("Including an
		 * Adafruit IO Key"), and the sandbox secret key GameAnalytics'
		 * collector API docs give every integration */
		"b780002b85d6411ca0ad9f9c60195f72",
		"16813a12f718bc5c620f56944e1abc3ea13ccbac",
		/* the .edgerc of Akamai's "Create authentication credentials"
		 * page and its PowerShell module's examples */
		"C113nt53KR3TN6N90yVuAgICxIRwsObLi0E67/N8eRN=",
		"akab-acc35t0k3nodujqunph3w7hzp7-gtm6ij",
		"akab-c113ntt0k3n4qtari252bfxxbsl-yvsdj",
		/* the production and sandbox tokens of Easyship's API
		 * authentication page share this body */
		"4e2b327e2ef5471885cd0bc50a0c9fe52481793bd309b2c4f",
		/* the Security.salt CakePHP 2's app/Config/core.php ships, kept
		 * by every installation that never ran its salt generator */
		"DYhG93b0qyJfIxfs2guVoUubWwvniR2G0FgaC9mi",
		/* xkcd 936's two passwords ("Password Strength"), the example
		 * of every password-strength page, estimator's tests and
		 * fixture file, in the spellings a value can hold */
		"correcthorsebatterystaple",
		"correct-horse-battery-staple",
		"correct_horse_battery_staple",
		"correct.horse.battery.staple",
		"Tr0ub4dor&3",
		NULL,
	};
	size_t i;

	/* in either case: base32 seeds are written both ways (jbswy3dpehpk3pxp) */
	for (i = 0; samples[i]; i++) {
		size_t n = strlen(samples[i]), k;

		for (k = 0; k + n <= len; k++)
			if (tolower(s[k]) == tolower((unsigned char)samples[i][0]) &&
			    !strncasecmp((const char *)s + k, samples[i], n))
				return 1;
	}
	return 0;
}

/* A value that names itself as the reader's own credential
 * (my_recaptchaV3Token, my-github-token, myStripeSecretKey): "my", a
 * separator or a capital, then a credential's word. */
static int names_itself_mine(const unsigned char *s, size_t len)
{
	static const char *words[] = { "token", "secret", "key", "pass", NULL };
	size_t i;

	if (len < 5 || tolower(s[0]) != 'm' || s[1] != 'y' ||
	    !(s[2] == '_' || s[2] == '-' || isupper(s[2])))
		return 0;
	for (i = 0; words[i]; i++)
		if (kh_contains_ci(s + 2, len - 2, words[i], 0))
			return 1;
	return 0;
}

/* Whether s[0..len) is a Windows environment variable's reference as a
 * whole (%COMPOSER_BEARER%, as cmd.exe and setx expand it, and tools
 * that read such configs): the value stands elsewhere. */
static int windows_env_reference(const unsigned char *s, size_t len)
{
	size_t i;

	if (len < 3 || s[0] != '%' || s[len - 1] != '%' || isdigit(s[1]))
		return 0;
	for (i = 1; i + 1 < len; i++)
		if (!isalnum(s[i]) && s[i] != '_')
			return 0;
	return 1;
}

/* A chosen password's trailing dots (ember1..., mango12...): a word and a
 * digit, then dots alone to the end; an elided value (sk-abc...) holds no
 * digit before them or goes on after. */
static int ends_in_dots(const unsigned char *s, size_t len)
{
	size_t stem = len, i;
	int letter = 0, digit = 0;

	while (stem > 0 && s[stem - 1] == '.')
		stem--;
	if (stem < 4 || len - stem > 4)
		return 0;
	for (i = 0; i < stem; i++) {
		if (!isalnum(s[i]))
			return 0;
		letter |= !!isalpha(s[i]);
		digit |= !!isdigit(s[i]);
	}
	return letter && digit && isdigit(s[stem - 1]);
}

/*
 * A setting's help text standing as its value (`optional; leave empty if
 * not used.`, `leave blank to disable`): three words or more of letters
 * alone, most of them the words such a text is made of, two at least. A
 * passphrase of chosen words (`correct horse battery staple`) holds none.
 */
static int is_help_text(const unsigned char *s, size_t len)
{
	static const char *const words[] = {
		"if",	    "not",     "leave", "empty", "blank",   "optional",
		"required", "unless",  "when",	"none",	 "unused",  "used",
		"needed",   "to",      "the",	"your",	 "this",    "of",
		"is",	    "be",      "for",	"set",	 "disable", "disabled",
		"enable",   "default", "here",	"enter", "or",	    "no",
		"use",	    "a",       "an",	"it",	 "only",    NULL
	};
	size_t i = 0, ws, n = 0, help = 0;

	while (i < len) {
		while (i < len && strchr(" ;,.:()", s[i]))
			i++;
		for (ws = i; i < len && isalpha(s[i]); i++)
			;
		if (i == ws)
			return i == len && n >= 3 && help >= 2 && help * 2 >= n;
		if (i < len && !strchr(" ;,.:()", s[i]))
			return 0;
		n++;
		help += word_among(s, ws, i, words);
	}
	return n >= 3 && help >= 2 && help * 2 >= n;
}

int kh_has_angle_template(const unsigned char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++) {
		if (s[i] == '>' && i > 0 && (s[i - 1] == '-' || s[i - 1] == '='))
			return 1;
		if (s[i] != '<')
			continue;
		if (i + 1 == len || strchr("%?!/{$<", s[i + 1]))
			return 1;
		if (isalpha(s[i + 1]) || s[i + 1] == '_') {
			size_t k = i + 1;

			/* a tag's or a placeholder's words: <your-password>,
			 * <a href="x">; not a random run's marks (<vQ|2]mZ>) */
			while (k < len && (isalnum(s[k]) || strchr("_-. :/=\"'", s[k])))
				k++;
			if (k < len && s[k] == '>')
				return 1;
		}
	}
	return 0;
}

static int is_placeholder_text(const unsigned char *s, size_t len, int chosen)
{
	/* Markers no random token contains: they count anywhere. */
	static const char *markers[] = {
		"${",
		"{{",
		"$(",
		"process.env",
		"os.environ",
		"getenv",
		"env(",
		"secrets.",
		"...",
		"***",
		/* a value that says it is none: `not my real password`, base64
		 * of it in a README's sample config */
		"not my real",
		"not a real",
		"xxxx",
		"your_",
		"your-",
		"_here",
		/* a value that names itself: myAccessToken, my_secret */
		"mytoken",
		"myaccesstoken",
		"mysecret",
		"mypassword",
		"myapikey",
		"my_token",
		"my_secret",
		"my_password",
		"my_api_key",
		NULL,
	};
	/* Words that documentation and templates use. In a long secret a
	 * random run of letters can spell one, so there they must stand as
	 * a word of their own. */
	static const char *words[] = {
		"your",	       "yourkey",    "yourtoken", "yoursecret", "example",
		"placeholder", "changeme",   "change_me", "redacted",	"replace_me",
		"replaceme",   "insert",     "dummy",	  "sample",	"fake",
		"notreal",     "not_a_real", "test_key",  "changethis", NULL,
	};
	int bounded = len >= 32;
	size_t i, run = 1;

	/* Documentation's own spelling (AWS, Stripe...) counts anywhere; a
	 * format's %s in lower case (a generated password's %S is a mark
	 * and a letter: y6IJOZ%SC2x) */
	if ((len >= 7 && memmem(s, len, "EXAMPLE", 7)) || memmem(s, len, "%s", 2))
		return 1;

	for (i = 0; markers[i]; i++)
		if (kh_contains_ci(s, len, markers[i], 0) &&
		    !(chosen && !strcmp(markers[i], "...") && ends_in_dots(s, len)))
			return 1;
	for (i = 0; words[i]; i++)
		if (kh_contains_ci(s, len, words[i], bounded))
			return 1;
	for (i = 1; i < len; i++) {
		run = s[i] == s[i - 1] ? run + 1 : 1;
		if (run < 6 || !filler_run(s[i], run, len))
			continue;
		if (s[i] == 'A' && i + 1 < len && s[i + 1] == 'A')
			continue; /* judged where the run ends */
		if (!zero_bytes_run(s, len, i, run))
			return 1;
	}
	return kh_has_angle_template(s, len) || has_climb_run(s, len) ||
	       (has_keyboard_walk(s, len) && !(chosen && kh_is_policy_walk(s, len))) ||
	       names_itself_mine(s, len) || windows_env_reference(s, len) ||
	       is_doc_sample(s, len) || kh_is_published_wallet_secret(s, len) ||
	       is_help_text(s, len);
}

/*
 * Whether s[0..len) is base64 of short printable text that is itself a
 * placeholder or a name (YOUR_ACCESS_KEY, <access_token>, secret_api_key),
 * as a Kubernetes Secret's data: holds every value: the encoded
 * placeholder is one too. A token's random bytes never decode to text
 * this short and printable. With `chosen`, words with a digit
 * (Meadow-ember13) are a chosen password; a name of code glued with '_'
 * (secret_api_key) is still a placeholder: no validator reads the decoded
 * text after this.
 */
int kh_has_digit(const unsigned char *s, size_t len)
{
	while (len--)
		if (isdigit(*s++))
			return 1;
	return 0;
}

static int encodes_placeholder(const unsigned char *s, size_t len, int chosen)
{
	unsigned char text[48];
	long n;
	long i;

	if (len < 8 || len % 4 || len > sizeof(text) / 3 * 4)
		return 0;
	n = kh_base64_decode(s, len, text, sizeof(text));
	if (n < 4)
		return 0;
	for (i = 0; i < n; i++)
		if (text[i] < 0x20 || text[i] > 0x7e)
			return 0;
	return is_placeholder_text(text, (size_t)n, 0) ||
	       (kh_is_code_words(text, (size_t)n) &&
		!(chosen && kh_has_digit(text, (size_t)n)));
}

int kh_has_non_letter(const unsigned char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (!isalpha(s[i]))
			return 1;
	return 0;
}

int kh_is_placeholder(const unsigned char *s, size_t len, int chosen)
{
	return is_placeholder_text(s, len, chosen) || encodes_placeholder(s, len, chosen);
}

/*
 * Whether the name a match gives its value, buf[ns..vs) read back from the
 * value, ends in a word that says the value is a sample of the credential,
 * not the credential (vt_api_key_sample, agoraAppCertificateSample,
 * STRIPE_KEY_EXAMPLE): documentation's and templates' copies beside the
 * real name. The generic rule's names end in a credential's word already;
 * this holds a provider's rule, whose name may run on past its keyword,
 * to the same.
 */
int kh_names_sample(const unsigned char *buf, size_t ns, size_t vs)
{
	static const char *words[] = { "sample",   "samples",	  "example",
				       "examples", "placeholder", NULL };
	size_t end = vs, w, i;

	while (end > ns && !(isalnum(buf[end - 1]) || buf[end - 1] == '_'))
		if (vs - --end > 8)
			return 0; /* the name stands just before its value */
	w = end;
	while (w > ns && isalpha(buf[w - 1]) && end - w < 12) {
		w--;
		if (isupper(buf[w]) && w > ns && islower(buf[w - 1]))
			break; /* camelCase: the last word starts at its capital */
	}
	/* the word after another of the name's: after `_` or `-`, or a
	 * camelCase hump (not a host's .example, a longer word's end) */
	if (w == end || w == ns ||
	    !(buf[w - 1] == '_' || buf[w - 1] == '-' ||
	      (islower(buf[w - 1]) && isupper(buf[w]))))
		return 0;
	for (i = 0; words[i]; i++)
		if (strlen(words[i]) == end - w &&
		    !strncasecmp((const char *)buf + w, words[i], end - w))
			return 1;
	return 0;
}

int kh_comment_calls_sample(const unsigned char *buf, size_t vs)
{
	static const char *const words[] = { "sample", "samples", "example", "examples",
					     NULL };
	size_t ls = vs, i, m, w, e, k;

	while (ls > 0 && buf[ls - 1] != '\n')
		if (vs - --ls > 240)
			return 0;
	ls = skip_blanks(buf, ls, vs);
	m = kh_comment_mark(buf, ls, vs, KH_MARKS_LEADING);
	if (!m)
		return 0;
	for (i = ls + m; i < vs; i = e) {
		while (i < vs && !isalpha(buf[i]))
			i++;
		for (e = i; e < vs && isalpha(buf[e]); e++)
			;
		w = e - i;
		/* a word of its own: not a name's part (API_KEY_EXAMPLE is
		 * kh_names_sample's), a host's (api.example.com) or a path's
		 * (examples/) */
		if (w < 6 || w > 8 ||
		    (i > 0 &&
		     (buf[i - 1] == '_' || buf[i - 1] == '.' || buf[i - 1] == '-' ||
		      buf[i - 1] == '/' || buf[i - 1] == '@' || isdigit(buf[i - 1]))) ||
		    (e < vs && (buf[e] == '_' || buf[e] == '-' || buf[e] == '/' ||
				buf[e] == '\\' || isdigit(buf[e]) ||
				(buf[e] == '.' && e + 1 < vs && isalnum(buf[e + 1])))))
			continue;
		for (k = 0; words[k]; k++)
			if (strlen(words[k]) == w &&
			    !strncasecmp((const char *)buf + i, words[k], w))
				return 1;
	}
	return 0;
}

static int b64_value(unsigned char c)
{
	if (c >= 'A' && c <= 'Z')
		return c - 'A';
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 26;
	if (c >= '0' && c <= '9')
		return c - '0' + 52;
	if (c == '-' || c == '+')
		return 62;
	if (c == '_' || c == '/')
		return 63;
	return -1;
}

long kh_base64_decode(const unsigned char *in, size_t len, unsigned char *out, size_t cap)
{
	uint32_t acc = 0;
	int bits = 0;
	size_t i, n = 0;

	while (len && in[len - 1] == '=')
		len--;
	for (i = 0; i < len; i++) {
		int v = b64_value(in[i]);

		if (v < 0)
			return -1;
		acc = (acc << 6) | (uint32_t)v;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			if (n == cap)
				return -1;
			out[n++] = (unsigned char)(acc >> bits);
		}
	}
	return (long)n;
}

/* The secret of the candidate, as pointer and length. */
static const unsigned char *secret_of(const struct kh_candidate *c, size_t *len)
{
	*len = c->secret_end - c->secret_start;
	return c->buf + c->secret_start;
}

/*
 * GitHub (ghp_, gho_, ghu_, ghs_, ghr_) and npm tokens end in the CRC32 of
 * their 30 random characters, base62-encoded in 6 characters: a typo or a
 * made-up value fails it.
 */
static enum kh_structure validate_crc32_base62(const struct kh_candidate *c, cJSON *facts)
{
	static const char b62[] =
		"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
	size_t len, i;
	const unsigned char *s = secret_of(c, &len);
	const unsigned char *us = memchr(s, '_', len);
	char want[7];
	uLong crc;

	(void)facts;
	if (!us || (size_t)(s + len - (us + 1)) != 36)
		return KH_STRUCT_UNCHECKED;
	crc = crc32(0L, us + 1, 30);
	for (i = 6; i-- > 0;) {
		want[i] = b62[crc % 62];
		crc /= 62;
	}
	want[6] = '\0';
	return memcmp(want, us + 31, 6) ? KH_STRUCT_INVALID : KH_STRUCT_VALID;
}

/*
 * A key written as a list of byte values (zigbee2mqtt's network_key: [184,
 * 95, ...], an AES key as {0x2b, 0x7e, ...}): each item a byte, and the
 * list no filler: not half of its steps the step before again (all one
 * value, counting by one, zigbee2mqtt's old default 1, 3, 5 .. 0, 2, 4).
 */
static enum kh_structure validate_byte_list(const struct kh_candidate *c, cJSON *facts)
{
	size_t len, i = 0, n = 0, repeats = 0;
	const unsigned char *s = secret_of(c, &len);
	long v, prev = 0, step = 0;
	char *end;
	char num[8];

	(void)facts;
	while (i < len) {
		size_t k = 0;

		while (i < len && (s[i] == ',' || s[i] == ' ' || s[i] == '\t'))
			i++;
		while (i < len && k < sizeof(num) - 1 && s[i] != ',' && s[i] != ' ')
			num[k++] = (char)s[i++];
		if (!k)
			break;
		num[k] = '\0';
		v = strtol(num, &end, 0);
		if (*end || v < 0 || v > 255)
			return KH_STRUCT_REJECT;
		repeats += n > 1 && v - prev == step;
		if (n)
			step = v - prev;
		prev = v;
		n++;
	}
	return n < 16 || repeats * 2 >= n ? KH_STRUCT_REJECT : KH_STRUCT_VALID;
}

/* Decodes one base64url JWT part as a JSON object (NULL if it is not). */
static cJSON *jwt_part(const unsigned char *s, size_t len)
{
	unsigned char buf[4096];
	long n;

	if (len > sizeof(buf) * 4 / 3)
		return NULL;
	n = kh_base64_decode(s, len, buf, sizeof(buf));
	if (n <= 1 || buf[0] != '{')
		return NULL;
	return cJSON_ParseWithLength((const char *)buf, (size_t)n);
}

/* Whether a JWT's claims mark it as documentation's: a top-level string
 * claim holding AWS's EXAMPLE (its API references' tokens carry
 * "sts:identity_context": "EXAMPLEIDENTITYCONTEXT"); no issuer writes
 * that word into a real token. */
static int claims_say_example(const cJSON *payload)
{
	const cJSON *it;

	cJSON_ArrayForEach (it, payload)
		if (cJSON_IsString(it) && strstr(it->valuestring, "EXAMPLE"))
			return 1;
	return 0;
}

/* A JWT is only a secret when its header decodes to JSON with an "alg";
 * adds "alg", "iss" and the expiry as offline facts. */
static enum kh_structure validate_jwt(const struct kh_candidate *c, cJSON *facts)
{
	size_t len;
	const unsigned char *s = secret_of(c, &len);
	const unsigned char *dot1 = memchr(s, '.', len), *dot2;
	cJSON *hdr, *payload, *it;
	enum kh_structure ret = KH_STRUCT_VALID;

	if (!dot1)
		return KH_STRUCT_REJECT;
	dot2 = memchr(dot1 + 1, '.', (size_t)(s + len - dot1 - 1));
	if (!dot2)
		return KH_STRUCT_REJECT;
	hdr = jwt_part(s, (size_t)(dot1 - s));
	it = cJSON_GetObjectItemCaseSensitive(hdr, "alg");
	if (!cJSON_IsString(it)) {
		cJSON_Delete(hdr);
		return KH_STRUCT_REJECT;
	}
	cJSON_AddStringToObject(facts, "alg", it->valuestring);
	if (!strcmp(it->valuestring, "none"))
		ret = KH_STRUCT_INVALID; /* unsigned: nothing secret in it */
	cJSON_Delete(hdr);
	payload = jwt_part(dot1 + 1, (size_t)(dot2 - dot1 - 1));
	if (!payload)
		return KH_STRUCT_INVALID;
	it = cJSON_GetObjectItemCaseSensitive(payload, "iss");
	if (cJSON_IsString(it))
		cJSON_AddStringToObject(facts, "issuer", it->valuestring);
	/* a Supabase project's anon key is public by design (browser code
	 * holds it; row-level security guards the data); its service_role
	 * key is the secret */
	if (cJSON_IsString(it) && !strncmp(it->valuestring, "supabase", 8) &&
	    cJSON_IsString(cJSON_GetObjectItemCaseSensitive(payload, "role")) &&
	    !strcmp(cJSON_GetObjectItemCaseSensitive(payload, "role")->valuestring,
		    "anon"))
		ret = KH_STRUCT_REJECT;
	if (claims_say_example(payload))
		ret = KH_STRUCT_REJECT;
	it = cJSON_GetObjectItemCaseSensitive(payload, "exp");
	if (cJSON_IsNumber(it) && it->valuedouble > 0 && it->valuedouble < 4e12) {
		char when[32];

		kh_iso8601((long long)it->valuedouble, when);
		cJSON_AddStringToObject(facts, "expires_at", when);
		cJSON_AddBoolToObject(facts, "expired", (double)c->now > it->valuedouble);
	}
	cJSON_Delete(payload);
	return ret;
}

/*
 * Whether the registry entry holding the "auth" at [at, end) also spells
 * its password out, "password": "pw" (kubectl create secret
 * docker-registry writes both): that field is the credential, reported
 * there, and the auth only its encoded copy.
 */
static int entry_has_password(const struct kh_candidate *c, size_t at, size_t end,
			      const unsigned char *pw, size_t n)
{
	const unsigned char *open = at ? memrchr(c->buf, '{', at) : NULL;
	const unsigned char *close = memchr(c->buf + end, '}', c->len - end);
	const unsigned char *p, *q;

	if (!open || !close)
		return 0;
	/* q ends past the name and its blanks, at most at close: the next
	 * search starts there (not 10 bytes further, past the entry's end) */
	for (p = open;
	     p < close && (q = memmem(p, (size_t)(close - p), "\"password\"", 10));
	     p = q) {
		q += 10;
		while (q < close && (*q == ' ' || *q == '\t' || *q == ':'))
			q++;
		if (q + n + 2 <= close && *q == '"' && !memcmp(q + 1, pw, n) &&
		    q[n + 1] == '"')
			return 1;
	}
	return 0;
}

/* Docker config.json "auth" values are base64("user:password"). */
static enum kh_structure validate_docker_auth(const struct kh_candidate *c, cJSON *facts)
{
	unsigned char buf[1024];
	size_t len;
	const unsigned char *s = secret_of(c, &len);
	long n = kh_base64_decode(s, len, buf, sizeof(buf) - 1);
	unsigned char *colon;

	if (n <= 0)
		return KH_STRUCT_REJECT;
	colon = memchr(buf, ':', (size_t)n);
	if (!colon || colon == buf || colon + 1 == buf + n)
		return KH_STRUCT_REJECT;
	if (kh_is_placeholder(colon + 1, (size_t)(buf + n - colon - 1), 0) ||
	    entry_has_password(c, c->match_start, c->match_end, colon + 1,
			       (size_t)(buf + n - colon - 1)))
		return KH_STRUCT_REJECT;
	{
		char *user = kh_strndup((const char *)buf, (size_t)(colon - buf));

		if (user)
			cJSON_AddStringToObject(facts, "username", user);
		free(user);
	}
	return KH_STRUCT_VALID;
}

/* Lower-case words joined by '-' alone (kube-state-metrics-exporter): a
 * passphrase only as kh_is_dashed_passphrase() says, else a resource's
 * name, which the place judge would take for words a person joined. */
static int dashed_words_only(const unsigned char *s, size_t n)
{
	size_t i;

	if (n < 3 || s[0] == '-' || s[n - 1] == '-' || !memchr(s, '-', n))
		return 0;
	for (i = 0; i < n; i++)
		if (!islower(s[i]) && s[i] != '-')
			return 0;
	return 1;
}

/* The password of a Docker "auth", read decoded (user:password): judged as
 * a setting's value, and left to the entry's own "password" field where
 * that spells the same one out. The user is a fact, as docker_auth's. */
static enum kh_structure validate_docker_auth_password(const struct kh_candidate *c,
						       cJSON *facts)
{
	size_t len, at;
	const unsigned char *s = secret_of(c, &len);
	enum kh_structure ret;

	if (entry_has_password(c, c->match_start, c->match_end, s, len))
		return KH_STRUCT_REJECT;
	/* (a passphrase of words joined by '-' is a login's password here,
	 * though a generated key's judge takes it for a name); a registry
	 * login's password is a password by its place, as a .pgpass line's
	 * is: the chosen ones (Osprey2000!, words and a number) kept, other
	 * values judged as a setting's (wave 38) */
	ret = kh_is_dashed_passphrase(s, len) ? KH_STRUCT_UNCHECKED
	      : dashed_words_only(s, len)     ? KH_STRUCT_REJECT
					  : kh_validate_place_generic_password(c, facts);
	/* the match is "auth": "user:password": the user after the last
	 * quote before the ':' that ends it */
	for (at = c->secret_start - 1;
	     ret != KH_STRUCT_REJECT && at > c->match_start && c->buf[at - 1] != '"';
	     at--)
		;
	if (ret != KH_STRUCT_REJECT && at > c->match_start && at < c->secret_start - 1) {
		char *user =
			kh_strndup((const char *)c->buf + at, c->secret_start - 1 - at);

		if (user)
			cJSON_AddStringToObject(facts, "username", user);
		free(user);
	}
	return ret;
}

/*
 * A Google app password as Google shows it: four groups of four lower-case
 * letters (`bxqw quvr zsai nrry`). Sixteen random letters hold no English
 * word of the BIP-39 list in a group; a sentence of four-letter words
 * (`this will help some`) does, and a group repeated or climbing
 * (`xxxx`, `abcd`) is a filler.
 */
static enum kh_structure validate_app_password(const struct kh_candidate *c, cJSON *facts)
{
	size_t len, g;
	const unsigned char *s = secret_of(c, &len);

	(void)facts;
	if (len != 19 || !kh_app_password_named(c))
		return KH_STRUCT_REJECT;
	for (g = 0; g < 19; g += 5)
		if (kh_app_password_group_filler(s + g))
			return KH_STRUCT_REJECT;
	return KH_STRUCT_UNCHECKED;
}

/*
 * An AWS access key id outside base32 (a 0, 1, 8 or 9 among its last 16:
 * AWS issues none), which its rule reports only beside a secret access
 * key (its required partner): a person wrote the two as a pair, but AWS
 * never issued this id, so the finding says so and stays low.
 */
static enum kh_structure validate_aws_id_outside_base32(const struct kh_candidate *c,
							cJSON *facts)
{
	(void)c;
	cJSON_AddStringToObject(facts, "alphabet", "outside base32");
	return KH_STRUCT_INVALID;
}

static const struct {
	const char *name;
	kh_validator_fn fn;
} validators[] = {
	{ "answer_password", kh_validate_answer_password },
	{ "app_password", validate_app_password },
	{ "aws_id_outside_base32", validate_aws_id_outside_base32 },
	{ "bip39_mnemonic", kh_validate_bip39 },
	{ "byte_list", validate_byte_list },
	{ "daemon_secret", kh_validate_daemon_secret },
	{ "defuse_key", kh_validate_defuse_key },
	{ "docker_auth", validate_docker_auth },
	{ "docker_auth_password", validate_docker_auth_password },
	{ "generic_password", kh_validate_password },
	{ "generic_value", kh_validate_generic },
	{ "github_checksum", validate_crc32_base62 },
	{ "hubspot_hublet", kh_validate_hubspot_hublet },
	{ "hubspot_oauth", kh_validate_hubspot_oauth },
	{ "hubspot_pak", kh_validate_hubspot_pak },
	{ "jwt", validate_jwt },
	{ "named_password", kh_validate_named_password },
	{ "named_secret", kh_validate_named_secret },
	{ "passphrase", kh_validate_passphrase },
	{ "place_password", kh_validate_place_password },
	{ "place_command", kh_validate_place_command },
	{ "place_generic", kh_validate_place_generic },
	{ "place_generic_password", kh_validate_place_generic_password },
	{ "setting_value", kh_validate_setting },
	{ "url_password", kh_validate_url_password },
};

kh_validator_fn kh_validator_find(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof(validators) / sizeof(validators[0]); i++)
		if (!strcmp(validators[i].name, name))
			return validators[i].fn;
	return NULL;
}
