/*
 * validate_web3.c - wallet secrets of Ethereum-style chains: BIP-39
 * mnemonics (the words of bip39_english.c and their checksum), and the
 * wallet secrets development tools publish for every installation.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "sha256.h"
#include "validate.h"
#include "util.h"

#define BIP39_MAX_WORDS 24
#define BIP39_WORD_MAX	(KH_BIP39_WORD_SIZE - 1) /* the longest word of the list */

/*
 * Mnemonics and private keys that tools and specifications print, the same
 * in every installation, found in countless configs and tests:
 * - Hardhat's and Foundry Anvil's default mnemonic ("test test ... junk",
 *   anvil's DEFAULT_MNEMONIC) and its accounts 0 to 9, which both print on
 *   start (m/44'/60'/0'/0/i; getfoundry.sh/anvil lists them);
 * - Ganache's --deterministic mnemonic and Truffle develop's, and their
 *   accounts 0 to 9 (derived the same way; Hyperledger Besu's "test
 *   accounts" page prints two of Truffle's and its own dev account key);
 * - the 12-word test vectors of BIP-39 (Trezor's vectors.json).
 * Keys without their 0x: a substring match finds both spellings.
 */
static const char *const published[] = {
	"test test test test test test test test test test test junk",
	"myth like bonus scare over problem client lizard pioneer submit female collect",
	"candy maple cake sugar pudding cream honey rich smooth crumble sweet treat",
	"abandon abandon abandon abandon abandon abandon abandon abandon abandon "
	"abandon abandon about",
	"legal winner thank year wave sausage worth useful legal winner thank yellow",
	"letter advice cage absurd amount doctor acoustic avoid letter advice cage above",
	"zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo wrong",
	/* test ... junk: Hardhat and Anvil */
	"ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
	"59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
	"5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a",
	"7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6",
	"47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a",
	"8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba",
	"92db14e403b83dfe3df233f83dfa3a0d7096f21ca9b0d6d6b8d88b2b4ec1564e",
	"4bbbf85ce3377467afe5d46f804f221813b2bb87f24d81f60f1fcdbf7cbf4356",
	"dbda1821b80551c9d65939329250298aa3472ba22feea921c0cf5d620ea67b97",
	"2a871d0798f97d79848a013d4936a73bf4cc922c825d33c1cf7073dff6d409c6",
	/* myth like ... collect: ganache --deterministic */
	"4f3edf983ac636a65a842ce7c78d9aa706d3b113bce9c46f30d7d21715b23b1d",
	"6cbed15c793ce57650b9877cf6fa156fbef513c4e6134f022a85b1ffdd59b2a1",
	"6370fd033278c143179d81c5526140625662b8daa446c22ee2d73db3707e620c",
	"646f1ce2fdad0e6deeeb5c7e8e5543bdde65e86029e2fd9fc169899c440a7913",
	"add53f9a7e588d003326d1cbf9e4a43c061aadd9bc938c843a79e7b4fd2ad743",
	"395df67f0c2d2d9fe1ad08d1bc8b6627011959b79c53d7dd6a3536a33ab8a4fd",
	"e485d098507f54e7733a205420dfddbe58db035fa577fc294ebd14db90767a52",
	"a453611d9419d0e56f499079478fd72c37b251a94bfde4d19872c44cf65386e3",
	"829e924fdf021ba3dbbc4225edfece9aca04b929d6e75613329ca6f1d31c0bb4",
	"b0057716d5917badaf911b193b12b910811c1497b5bada8d7711f758981c3773",
	/* candy maple ... treat: truffle develop */
	"c87509a1c067bbde78beb793e6fa76530b6382a4c0241e5e4a9ec0a0f44dc0d3",
	"ae6ae8e5ccbfb04590405997ee2d52d2b330726137b875053c36d94e974d162f",
	"0dbbe8e4ae425a6d2687f1a7e3ba17bc98c673636790f1b8ad91193c05875ef1",
	"c88b703fb08cbea894b6aeff5a544fb92e78a18e19814cd85da83b71f772aa6c",
	"388c684f0ba1ef5017716adb5d21a053ea8e90277d0868337519f97bede61418",
	"659cbb0e2411a44db63778987b1e22153c086a95eb6b18bdf89de078917abc63",
	"82d052c865f5763aad42add438569276c00d3d88a2d062d36b2bae914d58b8c8",
	"aa3680d5d48a8283413f7a108367c7299ca73f553735860a87b08f39395618b7",
	"0f62d96d6675f32685bbdb8ac13cda7c23436f63efbb9d07700d8669ff12b7c4",
	"8d5366123cb560bb606379f90a0bfd4769eecc0557f1b362dcae9012b548b1e5",
	/* Hyperledger Besu's dev network account */
	"8f2a55949038a9610f50fb23b5883af3b4ecb3c3bb792cbcefbd1542c692be63",
	NULL,
};

int kh_is_published_wallet_secret(const unsigned char *s, size_t len)
{
	size_t i;

	if (len < 48) /* the shortest entry */
		return 0;
	for (i = 0; published[i]; i++) {
		size_t n = strlen(published[i]), k;

		for (k = 0; k + n <= len; k++)
			if (!strncasecmp((const char *)s + k, published[i], n))
				return 1;
	}
	return 0;
}

static int by_word(const void *key, const void *member)
{
	return strcmp(key, member);
}

/* The word's index in the BIP-39 English list, or -1. */
static int bip39_index(const unsigned char *w, size_t n)
{
	char word[BIP39_WORD_MAX + 1];
	const char(*hit)[KH_BIP39_WORD_SIZE];

	if (n < 3 || n > BIP39_WORD_MAX)
		return -1;
	memcpy(word, w, n);
	word[n] = 0;
	hit = kh_search(word, kh_bip39_english, KH_BIP39_WORDS,
			sizeof(kh_bip39_english[0]), by_word);
	return hit ? (int)(hit - kh_bip39_english) : -1;
}

/* Whether w[0..n) is a word of the BIP-39 English list: 2,048 common
 * English words, the judge of "written in words" elsewhere too. */
int kh_bip39_word(const unsigned char *w, size_t n)
{
	return bip39_index(w, n) >= 0;
}

/* Whether the mnemonic's last bits are the SHA-256 checksum of the others
 * (BIP-39: 11 bits a word; 1 checksum bit for each 32 of entropy). */
static int bip39_checksum_ok(const int *index, size_t words)
{
	unsigned char entropy[32] = { 0 }, digest[32];
	size_t total = words * 11, cs = total / 33, bits = total - cs, b;
	struct kh_sha256 h;

	for (b = 0; b < bits; b++)
		if ((index[b / 11] >> (10 - b % 11)) & 1)
			entropy[b / 8] |= (unsigned char)(0x80 >> (b % 8));
	kh_sha256_init(&h);
	kh_sha256_update(&h, entropy, bits / 8);
	kh_sha256_final(&h, digest);
	for (b = 0; b < cs; b++) {
		size_t at = bits + b;
		int want = (digest[b / 8] >> (7 - b % 8)) & 1;

		if (((index[at / 11] >> (10 - at % 11)) & 1) != want)
			return 0;
	}
	return 1;
}

/*
 * A mnemonic: 12, 15, 18, 21 or 24 words, every one from the list, not
 * one word repeated (a filler); its checksum decides valid or invalid (a
 * mistyped phrase still names its wallet to whoever tries the near ones).
 */
enum kh_structure kh_validate_bip39(const struct kh_candidate *c, cJSON *facts)
{
	const unsigned char *s = c->buf + c->secret_start;
	size_t n = c->secret_end - c->secret_start, i = 0, words = 0, k, distinct = 0;
	int index[BIP39_MAX_WORDS];

	while (i < n) {
		size_t from;

		while (i < n && (s[i] == ' ' || s[i] == '\t'))
			i++;
		if (i == n)
			break;
		from = i;
		while (i < n && s[i] != ' ' && s[i] != '\t')
			i++;
		if (words == BIP39_MAX_WORDS)
			return KH_STRUCT_REJECT;
		index[words] = bip39_index(s + from, i - from);
		if (index[words++] < 0)
			return KH_STRUCT_REJECT;
	}
	if (words < 12 || words % 3)
		return KH_STRUCT_REJECT;
	for (i = 0; i < words; i++) {
		for (k = 0; k < i && index[k] != index[i]; k++)
			;
		distinct += k == i;
	}
	if (distinct * 4 < words * 3)
		return KH_STRUCT_REJECT;
	cJSON_AddNumberToObject(facts, "words", (double)words);
	return bip39_checksum_ok(index, words) ? KH_STRUCT_VALID : KH_STRUCT_INVALID;
}
