/*
 * walk_git.h - git history, commit ranges, pre-push and the staged index
 * as sources, on libgit2. Same engine, same findings, plus "commit".
 */
#ifndef KH_WALK_GIT_H
#define KH_WALK_GIT_H

#include <stddef.h>
#include <time.h>

#include "finding.h"
#include "options.h"

struct kh_engine;
struct kh_diag;

/*
 * `keyhound git [REPO]`: every blob reachable from the selected history,
 * once, attributed to the first commit that introduced it at its path, plus
 * commit messages. Returns 0, or -1 with a one-line message in err (not a
 * repository, bad revision, out of memory).
 */
int kh_scan_git(const struct kh_options *opt, const struct kh_engine *e,
		struct kh_diag *d, time_t now, struct kh_findings *out, char *err,
		size_t errlen);

/*
 * `keyhound staged [REPO]`: what the index adds relative to HEAD. A staged
 * blob that cannot be read (damaged, missing) is named on its own line and
 * counted in *unread; the others are scanned. Returns 0, or -1 with a
 * one-line message in err.
 */
int kh_scan_staged(const struct kh_options *opt, const struct kh_engine *e,
		   struct kh_diag *d, time_t now, struct kh_findings *out, size_t *unread,
		   char *err, size_t errlen);

/* `keyhound install-hook [--pre-push] [REPO]`. */
int kh_install_hook(const struct kh_options *opt, char *err, size_t errlen);

#endif
