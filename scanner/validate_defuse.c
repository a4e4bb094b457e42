/*
 * validate_defuse.c - keys of defuse/php-encryption saved with
 * Key::saveToAsciiSafeString(): hex of a 4-byte version header
 * (DE F0 00 00), the 32 key bytes and the SHA-256 of both
 * (Encoding::saveBytesToChecksummedAsciiSafeString).
 */
#include <string.h>

#include "sha256.h"
#include "text.h"
#include "validate.h"

#define DEFUSE_HEADER 4
#define DEFUSE_KEY    32
#define DEFUSE_BYTES  (DEFUSE_HEADER + DEFUSE_KEY + 32)

/*
 * Valid when the value is 68 bytes whose last 32 are the SHA-256 of the
 * others; any other def00000 value is reported as invalid (a key the
 * library would refuse still names what it was meant to protect).
 */
enum kh_structure kh_validate_defuse_key(const struct kh_candidate *c, cJSON *facts)
{
	const unsigned char *s = c->buf + c->secret_start;
	size_t n = c->secret_end - c->secret_start, i;
	unsigned char raw[DEFUSE_BYTES], digest[32];
	struct kh_sha256 h;

	(void)facts;
	if (n != 2 * DEFUSE_BYTES)
		return KH_STRUCT_INVALID;
	for (i = 0; i < DEFUSE_BYTES; i++) {
		int hi = hex_value(s[2 * i]), lo = hex_value(s[2 * i + 1]);

		if (hi < 0 || lo < 0)
			return KH_STRUCT_REJECT;
		raw[i] = (unsigned char)(hi << 4 | lo);
	}
	kh_sha256_init(&h);
	kh_sha256_update(&h, raw, DEFUSE_HEADER + DEFUSE_KEY);
	kh_sha256_final(&h, digest);
	return memcmp(digest, raw + DEFUSE_HEADER + DEFUSE_KEY, 32) ? KH_STRUCT_INVALID
								    : KH_STRUCT_VALID;
}
