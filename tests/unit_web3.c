/*
 * unit_web3.c - the BIP-39 wordlist shipped as data is the published one,
 * and the mnemonic check reads it: words, counts, checksum, fillers and
 * the mnemonics and keys development tools publish.
 */
#include <string.h>

#include "check.h"
#include "sha256.h"
#include "validate.h"

/* bitcoin/bips bip-0039/english.txt */
static const char english_sha256[] =
	"2f5eed53a4727b4bf8880d8f3f199efc90e58503646d9ff8eff3a2ed3b24dbda";

static void test_wordlist(void)
{
	struct kh_sha256 h;
	unsigned char d[32];
	char hex[65];
	size_t i;
	int sorted = 1;

	kh_sha256_init(&h);
	for (i = 0; i < KH_BIP39_WORDS; i++) {
		kh_sha256_update(&h, kh_bip39_english[i], strlen(kh_bip39_english[i]));
		kh_sha256_update(&h, "\n", 1);
		if (i && strcmp(kh_bip39_english[i - 1], kh_bip39_english[i]) >= 0)
			sorted = 0;
	}
	kh_sha256_final(&h, d);
	for (i = 0; i < 32; i++)
		snprintf(hex + 2 * i, 3, "%02x", d[i]);
	CHECK_STR(hex, english_sha256);
	CHECK(sorted); /* the validator's binary search needs it */
}

/* The mnemonic validator's verdict on s (the whole buffer). */
static enum kh_structure mnemonic(const char *s)
{
	struct kh_candidate c = { 0 };
	kh_validator_fn fn = kh_validator_find("bip39_mnemonic");
	cJSON *facts = cJSON_CreateObject();
	enum kh_structure v;

	c.buf = (const unsigned char *)s;
	c.len = c.secret_end = c.match_end = strlen(s);
	v = fn ? fn(&c, facts) : KH_STRUCT_REJECT;
	cJSON_Delete(facts);
	return v;
}

static void test_mnemonic(void)
{
	/* checksums of their own: 12, 18 and 24 words */
	CHECK(mnemonic("govern odor seminar essay this orbit skin trust tone now public "
		       "ill") == KH_STRUCT_VALID);
	CHECK(mnemonic("diesel thing simple cat camera sibling promote pride opinion job "
		       "supply reflect gas faculty habit creek express scissors") ==
	      KH_STRUCT_VALID);
	CHECK(mnemonic("news mimic blanket robot symptom winter gather brown bag enact "
		       "tomato "
		       "fish catalog lottery motion fabric connect observe blade zero "
		       "apology "
		       "fade mule advice") == KH_STRUCT_VALID);
	/* one word off: still every word from the list, the checksum fails */
	CHECK(mnemonic("govern odor seminar essay this orbit skin trust tone now public "
		       "ice") == KH_STRUCT_INVALID);
	/* a word not in the list, a count BIP-39 has not, a filler */
	CHECK(mnemonic("govern odor seminar essay this orbit skin trust tone now public "
		       "zebras") == KH_STRUCT_REJECT);
	CHECK(mnemonic("govern odor seminar essay this orbit skin trust tone now "
		       "public") == KH_STRUCT_REJECT);
	CHECK(mnemonic("govern odor seminar essay this orbit skin trust tone now public "
		       "ill "
		       "ice") == KH_STRUCT_REJECT);
	CHECK(mnemonic("word word word word word word word word word word word word") ==
	      KH_STRUCT_REJECT);
	CHECK(mnemonic("govern govern govern govern govern odor odor odor odor odor ill "
		       "ill") == KH_STRUCT_REJECT);
}

static int published(const char *s)
{
	return kh_is_placeholder((const unsigned char *)s, strlen(s), 0);
}

static void test_published(void)
{
	/* Hardhat's and Anvil's account 9, Ganache's 0, Truffle's 0, with
	 * and without 0x, in either case; one digit off is no longer theirs */
	CHECK(published(
		"0x2a871d0798f97d79848a013d4936a73bf4cc922c825d33c1cf7073dff6d409c6"));
	CHECK(published(
		"4F3EDF983AC636A65A842CE7C78D9AA706D3B113BCE9C46F30D7D21715B23B1D"));
	CHECK(published(
		"c87509a1c067bbde78beb793e6fa76530b6382a4c0241e5e4a9ec0a0f44dc0d3"));
	CHECK(!published(
		"c87509a1c067bbde78beb793e6fa76530b6382a4c0241e5e4a9ec0a0f44dc0d4"));
	CHECK(published(
		"candy maple cake sugar pudding cream honey rich smooth crumble sweet "
		"treat"));
	CHECK(published(
		"legal winner thank year wave sausage worth useful legal winner thank "
		"yellow"));
	CHECK(!published(
		"govern odor seminar essay this orbit skin trust tone now public ill"));
}

int main(void)
{
	test_wordlist();
	test_mnemonic();
	test_published();
	return check_done("unit_web3");
}
