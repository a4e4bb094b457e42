/*
 * audit.h - `keyhound git` over many repositories: which ones (the
 * arguments, --repos-from lists, --discover directories), each once,
 * this worker's share of them under --shard, and one kh_scan_git per
 * repository, whose findings then say which repository they came from.
 *
 * Memory is that of the largest repository, not of their number: each
 * scan frees its history, caches and workers before the next begins;
 * only the findings stay.
 */
#ifndef KH_AUDIT_H
#define KH_AUDIT_H

#include <stddef.h>
#include <time.h>

#include "finding.h"
#include "options.h"

struct kh_engine;
struct kh_diag;

/*
 * Scans the history of every repository opt names (the current one when
 * it names none) into out, sorted. A repository that cannot be scanned
 * (missing, not a repository, corrupt, a bad revision there) is one
 * "keyhound: error:" line on stderr and counted in *failed; the others go
 * on. Each repository's own .keyhoundignore (or --ignore-from REV there)
 * applies to it, unless --ignore-file names one for all; what it drops
 * is counted in opt->ignore. Returns 0, or -1 with a one-line message in
 * err when the run cannot go on (an unreadable --repos-from file or
 * --discover directory, no repository at all, out of memory).
 */
int kh_audit_git(const struct kh_options *opt, const struct kh_engine *e,
		 struct kh_diag *d, time_t now, struct kh_findings *out, size_t *failed,
		 char *err, size_t errlen);

/*
 * A remote URL fit to print: without user name and password
 * ("https://user:token@host/x" gives "https://host/x"), query or
 * fragment; scp-like "git@host:x" stays (ssh takes no password there),
 * unless it has one ("u:pw@host:x" gives "host:x"). Returns a new string, or NULL when
 * out of memory.
 */
char *kh_url_without_credentials(const char *url);

#endif
