/*
 * spill.h - findings past a memory budget, in sorted runs on disk.
 *
 * A list with a spill attached (kh_spill_attach) counts the bytes of what
 * is pushed onto it; at a spill point (kh_findings_spill_point: where no
 * one holds an index into the list, between sources and between chunks of
 * one) past its share of the budget it sorts itself, drops what the run
 * would drop anyway (the spill's filter) and writes the rest as one run of
 * compact records to the spill file, then frees them. kh_findings_take
 * moves runs with the findings; kh_findings_iter merges the runs and what
 * is in memory in report order, so every report reads the same.
 *
 * The file: in $TMPDIR (else /tmp), 0600, opened O_TMPFILE or created
 * O_EXCL in a private directory and unlinked at once: the secrets it holds
 * live only behind the descriptor, and no exit (a signal, an error, a
 * crash) leaves them on disk. It is created on the first run written.
 */
#ifndef KH_SPILL_H
#define KH_SPILL_H

#include <stddef.h>

#include "finding.h"

struct kh_spill;

/* The budget KEYHOUND_SPILL_BYTES gives (a number of bytes, or with a K,
 * M or G suffix; 0: never spill), else 64 MiB. -1 with err set when it
 * is not a number. */
int kh_spill_budget(size_t *budget, char *err, size_t errlen);
/*
 * A spill shared by the lists of a run. drop(ctx, f) says whether a
 * finding is left out of the report: asked once of each finding before it
 * is written to a run (under the spill's lock: one call at a time), never
 * of it again. NULL when out of memory.
 */
struct kh_spill *kh_spill_new(size_t budget,
			      int (*drop)(void *ctx, const struct kh_finding *f),
			      void *ctx);
/* Frees s (the file with it). Every list attached must be released or
 * have taken its runs elsewhere first. NULL-safe. */
void kh_spill_free(struct kh_spill *s);
/* The budget, for dividing among a run's threads. */
size_t kh_spill_total(const struct kh_spill *s);
/* Lets l spill past `share` bytes. -1 when out of memory. */
int kh_spill_attach(struct kh_findings *l, struct kh_spill *s, size_t share);
/* The spill l may write to (NULL: none), and its share. */
struct kh_spill *kh_findings_spill(const struct kh_findings *l);
size_t kh_findings_spill_share(const struct kh_findings *l);
/* l spills as `model` does (its spill, share and prepare), when it does;
 * -1 when out of memory. */
int kh_spill_like(struct kh_findings *l, const struct kh_findings *model);
/* prepare(ctx, f), asked of each finding of l before it is spilled (and
 * before the spill's filter): 1 drops it, 0 keeps it, -1 is out of
 * memory. What the owner of l would have done to it in memory later. */
void kh_spill_prepare(struct kh_findings *l,
		      int (*prepare)(void *ctx, struct kh_finding *f), void *ctx);
/* At a point where no index into l is held: writes l as a run when it
 * holds more than its share. -1 when it cannot (kh_spill_error). */
int kh_findings_spill_point(struct kh_findings *l);
/* The error that stopped s ("spill file damaged", a full disk naming the
 * directory), or NULL. */
const char *kh_spill_error(const struct kh_spill *s);
/* Reads every spilled record of l once, so that a damaged spill is an
 * error before any report is written. 0, or -1 (kh_spill_error). */
int kh_findings_spill_check(const struct kh_findings *l);

/*
 * Records sorted by their bytes (memcmp, a prefix first; equal ones as
 * added): a key written big-endian at the front sorts them by it. Held in
 * memory up to `budget` bytes (0: no limit), past it written as sorted
 * runs to a spill file of their own (as above: $TMPDIR, 0600, unlinked),
 * then read back merged, once. The text report's order (report_text.c).
 */
struct kh_sorter;

struct kh_sorter *kh_sorter_new(size_t budget);
/* Adds rec[0, n), or key[0, keylen) then f (read back by
 * kh_sorter_finding). -1 when it cannot (kh_sorter_error). */
int kh_sorter_add(struct kh_sorter *so, const void *rec, size_t n);
int kh_sorter_add_finding(struct kh_sorter *so, const void *key, size_t keylen,
			  const struct kh_finding *f);
/* No more records: the runs are merged down, and each read once so that
 * a damaged or unreadable one is an error now, before anything is made
 * of them. -1 when it cannot. */
int kh_sorter_done(struct kh_sorter *so);
/* The next record in order (*n bytes, valid until the next call), or
 * NULL at the end or when it cannot be read (kh_sorter_error). */
const unsigned char *kh_sorter_next(struct kh_sorter *so, size_t *n);
/* The finding of a record added by kh_sorter_add_finding, read from p[0,
 * n) past its key: the caller's to free; NULL (kh_sorter_error) when it
 * is damaged or out of memory. */
struct kh_finding *kh_sorter_finding(struct kh_sorter *so, const unsigned char *p,
				     size_t n);
/* What stopped so (a full disk naming the directory, "spill file
 * damaged"), or NULL. */
const char *kh_sorter_error(const struct kh_sorter *so);
void kh_sorter_free(struct kh_sorter *so);

/* finding.c's side: what the list's functions call when l->sp is set */
void kh_spilled_count(struct kh_spilled *sp, const struct kh_finding *f);
int kh_spilled_take(struct kh_findings *dst, struct kh_findings *src);
size_t kh_spilled_findings(const struct kh_spilled *sp);
void kh_spilled_iter(const struct kh_findings *l);
const struct kh_finding *kh_spilled_next(const struct kh_findings *l);
void kh_spilled_free(struct kh_spilled *sp);

#endif
