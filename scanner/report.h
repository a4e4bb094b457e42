/*
 * report.h - turning findings into JSON, JSONL, SARIF or text, and writing
 * the report (to --output whole or not at all).
 *
 * Every formatter appends to a kh_strbuf; kh_report_write() writes it on
 * each MiB to stdout (checking for write errors) or to a temporary file
 * next to --output that is renamed into place only once complete.
 */
#ifndef KH_REPORT_H
#define KH_REPORT_H

#include <sys/types.h>

#include <cjson/cJSON.h>

#include "finding.h"
#include "options.h"
#include "rules.h"
#include "util.h"

/* The finding as a JSON object (secret left out and match masked when
 * `redact`); NULL when out of memory. */
cJSON *kh_finding_to_json(const struct kh_finding *f, int redact);

/*
 * Masks every secret of a report wherever it occurs: file names, commit
 * messages, matches, verification details. kh_masker_new() keeps two
 * digests of each distinct secret of l (12 bytes), read through the
 * iterator (NULL when out of memory); kh_masker_apply()
 * returns a masked copy of s (caller frees; NULL when out of memory).
 */
struct kh_masker;
struct kh_masker *kh_masker_new(const struct kh_findings *l);
char *kh_masker_apply(const struct kh_masker *m, const char *s);
void kh_masker_free(struct kh_masker *m);
/* Masks every string in the JSON tree o. Returns 0, or -1 (out of memory). */
int kh_json_mask(cJSON *o, const struct kh_masker *m);

/*
 * JSON output must be valid UTF-8: every string and member name of o
 * that is not is replaced by its readable form (each invalid byte as U+FFFD) and, with
 * keep_bytes, for an object member "name", the exact bytes are kept
 * beside it as "name_bytes" in base64. Returns 0, or -1 (out of memory).
 */
int kh_json_fix_utf8(cJSON *o, int keep_bytes);
int kh_utf8_valid(const char *s);
/* The bytes of a "name_bytes" field (base64; caller frees), or NULL when
 * it is not base64 of a NUL-free string. */
char *kh_bytes_field_decode(const char *s);
/* A copy of s with each invalid UTF-8 byte as U+FFFD (caller frees). */
char *kh_utf8_lossy(const char *s);
/* Appends s for a terminal: what kh_term_safe() refuses (C0, DEL, C1 and
 * bidirectional controls, bytes that are not UTF-8) is written as \xHH. */
void kh_text_escape(struct kh_strbuf *out, const char *s);
/* Appends JSON text s (from cJSON, valid UTF-8) with the characters
 * cJSON leaves raw in strings that kh_term_safe() refuses (DEL, C1 and
 * bidirectional controls) written as \uXXXX: the same JSON, and `cat
 * report.json` cannot drive a terminal either. */
void kh_json_add_safe(struct kh_strbuf *out, const char *s);
/* Appends o as cJSON_Print() prints it `depth` levels into a document
 * (at most 8), masked by m and made valid UTF-8 (keep_bytes as
 * kh_json_fix_utf8's) as the document is, and frees o: a report's entries
 * go into its text one at a time, never a tree of them all. 0, or -1. */
int kh_json_add_nested(struct kh_strbuf *out, cJSON *o, const struct kh_masker *m,
		       int depth, int keep_bytes);
/*
 * Appends doc, cJSON_Print()'s text of a document whose last member is an
 * empty list (`at`, its key as printed: "\"results\":\t[]"), with each
 * finding of l in that list: entry(f, arg) added as kh_json_add_nested()
 * adds it, `depth` levels in. The SARIF and baseline reports: a report of
 * many findings is never a tree in memory whole. doc is changed and
 * restored. 0, or -1 (at not in doc, an entry NULL, out of memory).
 */
struct kh_json_list {
	const char *at;
	int depth, keep_bytes;
	cJSON *(*entry)(const struct kh_finding *f, void *arg);
	void *arg;
};
int kh_json_add_list(struct kh_strbuf *out, char *doc, const struct kh_json_list *list,
		     const struct kh_findings *l, const struct kh_masker *m);

/* Adds what keyhound judged of f to o: "decoded" (when it was), "context"
 * (when its path says test, docs, example or vendor) and "confidence". */
void kh_add_judgement(cJSON *o, const struct kh_finding *f);

/* {"path": ..., "url": ...} of the repository f came from (no "url"
 * without an origin remote), or NULL outside `keyhound git`. */
cJSON *kh_repository_json(const struct kh_finding *f);

/* A copy of match (caller frees) with every occurrence of the secret
 * masked by kh_redact(); NULL when out of memory. */
char *kh_mask_match(const char *match, const char *secret);

/* The secret as shown when redacted: a short prefix and a mask; _span:
 * of the secret secret[0, len). */
void kh_redact(const char *secret, char *out, size_t outlen);
void kh_redact_span(const char *secret, size_t len, char *out, size_t outlen);

int kh_format_json(struct kh_strbuf *out, const struct kh_findings *l,
		   const struct kh_options *opt, int lines);
int kh_format_sarif(struct kh_strbuf *out, const struct kh_findings *l,
		    const struct kh_options *opt, const struct kh_ruleset *rs);
/* -f baseline: {"version", "tool", "findings": [{fingerprint, rule_id,
 * file, line, commit}]}; never a secret or a match. */
int kh_format_baseline(struct kh_strbuf *out, const struct kh_findings *l);
/* -f text: a block per secret, its places under it; err set when its
 * sorts cannot be written or read (spill.h), else -1 is out of memory. */
int kh_format_text(struct kh_strbuf *out, const struct kh_findings *l,
		   const struct kh_options *opt, char *err, size_t errlen);

/*
 * --baseline: the accepted fingerprints of a baseline file (-f baseline) or
 * of an earlier JSON/JSONL report. Lookups are a binary search; each entry
 * remembers whether it matched, so stale ones can be listed.
 */
struct kh_baseline;
/* Returns the loaded baseline, or NULL with err set. */
struct kh_baseline *kh_baseline_load(const char *path, char *err, size_t errlen);
/* The same from text[0..len) read from path (named in errors); the text
 * stays the caller's. */
struct kh_baseline *kh_baseline_parse(const char *text, size_t len, const char *path,
				      char *err, size_t errlen);
/* 1 when fp is in the baseline (and marks its entries used). */
int kh_baseline_has(struct kh_baseline *b, const char *fp);
/* How many entries hold a secret (an old JSON report used as baseline). */
size_t kh_baseline_secrets(const struct kh_baseline *b);
/* Entries that matched nothing; each is passed to `each` when not NULL. */
size_t kh_baseline_stale(const struct kh_baseline *b,
			 void (*each)(const char *fp, const char *rule_id,
				      const char *file, void *payload),
			 void *payload);
void kh_baseline_free(struct kh_baseline *b);

/*
 * The closing summary (for stderr) appended to b: secrets and the places
 * they occur, by severity, by rule and by repository (the top few), then
 * what to do next (.keyhoundignore, --baseline, --exclude-context), each
 * line only where it applies. Nothing for no findings. Its counts are
 * sorted within the spill budget (report_summary.c). Returns 0, or -1
 * with err set when its sort failed (a full disk), else out of memory.
 */
int kh_report_summary(struct kh_strbuf *b, const struct kh_findings *l,
		      const struct kh_options *opt, char *err, size_t errlen);

/* Resolves KH_FMT_AUTO: text on a terminal, JSON otherwise. */
enum kh_format kh_report_format(const struct kh_options *opt);

/*
 * Where the report goes. kh_report_open() checks --output before the scan
 * (a directory, a missing parent or an unwritable place is an error at
 * once) and, for a regular file or a missing path, creates the temporary
 * file beside it that is renamed into place when the report is complete;
 * SIGINT, SIGTERM and SIGHUP remove that file. Anything else (a FIFO, a
 * device, a symlink to one) is opened and written to, never replaced.
 */
struct kh_report_sink {
	const char *path; /* NULL: stdout */
	char *target;	  /* the file to rename over (symlinks resolved) */
	char *tmp;	  /* temporary file; NULL when writing in place */
	int fd;
	int exists; /* the target was there before the run: */
	dev_t dev;  /* its device and inode, so a scan can tell its */
	ino_t ino;  /* own earlier report from the files it scans */
};

/* 1 when path is the file this run's report replaces. */
int kh_report_is_target(const struct kh_report_sink *s, const char *path);

int kh_report_open(struct kh_report_sink *s, const struct kh_options *opt, char *err,
		   size_t errlen);
/* Removes the temporary file if still there. NULL-safe. */
void kh_report_close(struct kh_report_sink *s);

/*
 * While deferring (on = 1; verification), the first SIGINT or SIGTERM is
 * only recorded for kh_interrupt_pending() to return; a second one removes
 * the temporary report and dies. on = 0 restores the handlers from before.
 */
void kh_interrupt_defer(int on);
/* The signal recorded while deferring, or 0. Async-signal-safe. */
int kh_interrupt_pending(void);

/* Formats and writes; returns 0, or -1 with a message in err. */
int kh_report_write(const struct kh_findings *l, const struct kh_options *opt,
		    const struct kh_ruleset *rs, struct kh_report_sink *sink, char *err,
		    size_t errlen);

#endif
