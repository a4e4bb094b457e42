/*
 * diag.h - warnings and run statistics shared by all threads.
 *
 * Warnings go to stderr as one line each ("keyhound: warning: PATH: what"),
 * serialised with the progress line (progress.h), which they erase first;
 * they never contain secret material.
 */
#ifndef KH_DIAG_H
#define KH_DIAG_H

#include <stdatomic.h>

#include "progress.h"

struct kh_stats {
	atomic_ullong sources_scanned, bytes_scanned;
	atomic_ullong skipped_binary, skipped_large, skipped_special, skipped_excluded;
	atomic_ullong skipped_symlinks, read_errors, regex_limit_hits;
	atomic_ullong suppressed_inline; /* candidates with keyhound:allow */
};

struct kh_diag {
	int quiet;
	atomic_ullong warnings;
	struct kh_stats stats;
	struct kh_progress progress; /* its lock orders every stderr line */
};

void kh_diag_init(struct kh_diag *d, int quiet);
void kh_diag_release(struct kh_diag *d);
/* Prints "keyhound: warning: <formatted>" unless quiet; counts it anyway. */
void kh_warn(struct kh_diag *d, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Prints "keyhound: note: ..." unless quiet (not counted as a warning). */
void kh_note(struct kh_diag *d, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

#endif
