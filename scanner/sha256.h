/* sha256.h - SHA-256 (FIPS 180-4), for fingerprints. */
#ifndef KH_SHA256_H
#define KH_SHA256_H

#include <stddef.h>
#include <stdint.h>

struct kh_sha256 {
	uint32_t h[8];
	uint64_t total;
	unsigned char block[64];
	size_t used;
};

void kh_sha256_init(struct kh_sha256 *c);
void kh_sha256_update(struct kh_sha256 *c, const void *data, size_t len);
void kh_sha256_final(struct kh_sha256 *c, unsigned char out[32]);

#endif
