/*
 * layer.h - a copy of some of a source's lines in which every byte
 * remembers where it came from: decode.c fills one with decoded lines,
 * shape.c adds `name = "value"` lines to it for names held apart from
 * their values. The engine scans it like a source and maps findings back.
 */
#ifndef KH_LAYER_H
#define KH_LAYER_H

#include <stddef.h>

/* `how` of a byte in a `name = "value"` line (shape.c): reported without
 * "decoded", nothing was encoded. */
#define KH_SHAPE 0x10
/* A value put under its provider's name from context further away (a
 * sibling line, the file's name, base64 under a name that says nothing;
 * context.c): the line begins with the provider's name, and only that
 * provider's own rules read it (decode.c drops the others' findings). */
#define KH_CONTEXT 0x20
/* A byte decoded from hex (decode.c): KH_DEC_HEX in the finding. */
#define KH_DEC_HEX_BYTE 0x40

/* Where one byte of a layer came from: bytes [from, to) of the level
 * below, decoded by `how` (0: copied as it was; KH_DEC_* bits, decode.h). */
struct kh_origin {
	size_t from, to;
	unsigned char how;
};

/* One level of lines, each ending in '\n'. */
struct kh_layer {
	unsigned char *text;
	struct kh_origin *at;
	size_t n, cap_text, cap_at;
	int full;	/* KH_DECODE_MAX reached: later lines were not added */
	size_t src_len; /* the text copied from, b[0..src_len): shape.c looks around pairs
			 */
	int bundle; /* shape.c: 0 not looked yet, 1 b holds no <key>CFBundle, 2 it does */
	int of_layer; /* b is a layer's text: its lines are apart, never joined
			 (shape_split.c) */
};

/* Appends byte c that came from [from, to). Returns 0, 1 when the layer is
 * full (KH_DECODE_MAX; l->full set), -1 when out of memory. */
int kh_layer_put(struct kh_layer *l, unsigned char c, size_t from, size_t to,
		 unsigned how);

#endif
