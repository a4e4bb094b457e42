/*
 * shape_continue.h - one literal whose text goes on over the next lines:
 * a shell's, C's, Python's, TOML's or a .properties file's line-ending
 * backslash, make's `$\`, a YAML scalar folded over more indented lines.
 * The pieces are joined into one line of a layer (layer.h) whose bytes
 * point back at the source, so every rule reads the value whole.
 */
#ifndef KH_SHAPE_CONTINUE_H
#define KH_SHAPE_CONTINUE_H

#include <stddef.h>

#include "layer.h"

/* What the looks remember over one buffer's keywords. */
struct kh_continue {
	size_t done;	  /* b[0..done) looked at: later keywords there need none */
	const char *path; /* the source's, or NULL */
	int make;	  /* 1 a Makefile: `\` joins with a space, only `$\` does not;
			   * 2 a systemd unit: `\` joins with a space; -1 not looked */
	int yaml;	  /* a YAML file: a plain or quoted scalar folds */
};

/* Starts the looks at the source named path (NULL: none). */
void kh_continue_init(struct kh_continue *c, const char *path);

/*
 * Appends to l the line holding the keyword at b[pos] (b holds len
 * bytes; keywords come in increasing order) with the literal it ends in
 * joined to its continuation lines, when it ends in one that goes on.
 * Returns 0, or -1 when out of memory.
 */
int kh_continue_hit(struct kh_continue *c, const unsigned char *b, size_t len, size_t pos,
		    struct kh_layer *l);

/* (most keywords stand on a line already looked at: no call for them) */
static inline int kh_continue_at(struct kh_continue *c, const unsigned char *b,
				 size_t len, size_t pos, struct kh_layer *l)
{
	if (pos < c->done)
		return 0;
	return kh_continue_hit(c, b, len, pos, l);
}

/*
 * Whether a value ending at b[end] (b holds len bytes) is the first piece
 * of one continued over lines that a value ending at b[whole_end] holds
 * whole (whole_end within b): only a continuation mark and blanks follow
 * it on its line, and the whole goes past that line.
 */
int kh_continue_piece(const unsigned char *b, size_t end, size_t whole_end);

#endif
