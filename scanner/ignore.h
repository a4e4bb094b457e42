/*
 * ignore.h - the repository's .keyhoundignore: what a team has decided not
 * to be told about again, kept next to the code so that hooks, CI and
 * audits all honour it without options. One entry a line:
 *
 *   # comment                      (also after an entry: "x  # why")
 *   6f0c1e...32 hex digits         a finding's fingerprint (rule + secret)
 *   fixtures                       any other line: a path glob, as --exclude
 */
#ifndef KH_IGNORE_H
#define KH_IGNORE_H

#include "options.h"

struct kh_ignore {
	char *text; /* the file, each entry NUL-terminated in place */
	struct kh_strlist globs, fingerprints;
};

/* Loads `path` into ig (released with kh_ignore_release, also on failure).
 * A missing file is an empty list unless `required`. Returns 0, or -1 with
 * a one-line message naming the file in err. */
int kh_ignore_load(struct kh_ignore *ig, const char *path, int required, char *err,
		   size_t errlen);
/* 1 when the fingerprint is listed. */
int kh_ignore_fingerprint(const struct kh_ignore *ig, const char *fingerprint);
void kh_ignore_release(struct kh_ignore *ig);

#endif
