/*
 * wrapped.h - a credential's line held inside other text that is not part
 * of it: behind a prefix (a diff's `+` or `-`, a quote's `>`, a table's
 * `|`, a list's bullet or number, a comment's mark, a listing's line
 * number, a log's timestamp and level, a shell's prompt), or in a string
 * whose escapes join lines ("cd /srv\nDB_PASSWORD=...\n": a shell history
 * kept as JSON, an issue's description, a traced read()).
 *
 * The line is copied, unwrapped, into a layer (layer.h), where every
 * reader of a plain line sees it at a line's start; its bytes point back
 * at the source, so findings stand where the secret does.
 */
#ifndef KH_WRAPPED_H
#define KH_WRAPPED_H

#include <stddef.h>

#include "layer.h"

/* What kh_unwrap_at() remembers over one buffer's keywords. */
struct kh_unwrap {
	size_t done;	  /* b[0..done) handled: later hits before it need no look */
	size_t last;	  /* the keyword looked at last (rules share keywords) */
	size_t budget;	  /* string bytes left to look at: the looks stay linear */
	size_t line_to;	  /* the end of the line asked last, */
	int line_escapes; /* and whether a backslash stands near */
	size_t diff_line; /* the last diff line asked for its file, */
	int diff_asked, diff_config; /* and whether that is a config file */
};

/* Starts the looks at a buffer of len bytes. */
void kh_unwrap_init(struct kh_unwrap *u, size_t len);

/*
 * Appends to l the line that holds the keyword ending at b[pos] (b holds
 * len bytes, keywords come in increasing order) unwrapped, when it is
 * wrapped and the keyword stands in the name of the assignment it
 * begins; or the lines of the escaped string whose line the keyword's
 * name begins. Returns 0, or -1 when out of memory.
 */
int kh_unwrap_hit(struct kh_unwrap *u, const unsigned char *b, size_t len, size_t pos,
		  struct kh_layer *l);

/* (most keywords share their place with others', or stand on a line
 * already copied: no call for them) */
static inline int kh_unwrap_at(struct kh_unwrap *u, const unsigned char *b, size_t len,
			       size_t pos, struct kh_layer *l)
{
	if (pos < u->done || pos == u->last)
		return 0;
	return kh_unwrap_hit(u, b, len, pos, l);
}

#endif
