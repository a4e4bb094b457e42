/*
 * matcher.h - the engine: prefilter, regex, validate, filter.
 *
 * One code path for every input: walkers turn files, blobs, stdin and
 * archive members into a kh_source and call kh_scan_source(). The engine is
 * read-only after kh_engine_new(); each thread owns one kh_scratch.
 */
#ifndef KH_MATCHER_H
#define KH_MATCHER_H

#include <stddef.h>
#include <time.h>

#include "finding.h"
#include "rules.h"

struct kh_diag;

/* Inclusive 1-based line ranges; a source with ranges only reports
 * findings that start on one of these lines (staged mode). */
struct kh_line_range {
	size_t first, last;
};

struct kh_source {
	const char *path; /* reported name; NULL for a commit message */
	const unsigned char *data;
	size_t len;
	const struct kh_commit_info *commit; /* borrowed; copied into findings */
	const struct kh_line_range *lines;   /* NULL: every line */
	size_t nlines;
	unsigned long long order; /* sort key for deterministic output */
	size_t first_line;	  /* line number of data[0]; 0 means 1 */
	int decoded;		  /* decoded text (decode.c): rules "decoded_only" run */
};

struct kh_engine;
struct kh_scratch;

/* Builds the engine over a compiled ruleset (borrowed; must outlive it). */
struct kh_engine *kh_engine_new(const struct kh_ruleset *rs, char *err, size_t errlen);
void kh_engine_free(struct kh_engine *e);
const struct kh_ruleset *kh_engine_rules(const struct kh_engine *e);
/* Whether a rule of r's provider is "decoded_only" (rules.h): the
 * provider's form r reads encoded is read decoded too (Docker's "auth"). */
int kh_engine_provider_decodes(const struct kh_engine *e, const struct kh_rule *r);

/*
 * A source's path profile: a key of everything a scan takes from its path
 * other than the name it reports (the path rules it selects, the config
 * file reader, the HubSpot CLI's files, and what an archive's members and
 * a gzip file's content take from it). The same bytes scanned under two
 * paths of one profile give the same findings, but for the file names.
 * Written as snprintf does to out[0..cap): printable, NUL-free, "" for
 * the plain profile of most paths. Returns its length.
 */
size_t kh_engine_path_profile(const struct kh_engine *e, const char *path, char *out,
			      size_t cap);
/* Its keyword prefilter (prefilter.h): the build saves the built-in
 * rules' one, -v names its scan. */
struct kh_prefilter *kh_engine_prefilter(const struct kh_engine *e);
/* What its rules say of providers' names (context.h). */
const struct kh_provider_names *kh_engine_provider_names(const struct kh_engine *e);

struct kh_scratch *kh_scratch_new(const struct kh_engine *e);
void kh_scratch_free(struct kh_scratch *s);
/*
 * Scans with s (while `on`) run the rules' regexes in PCRE2's interpreter
 * instead of JIT-compiling them (the same answers): for a run whose whole
 * input is under KH_INTERPRET_BELOW bytes, where JIT-compiling a rule
 * costs more than it saves (a built-in rule's JIT compilation is about
 * 0.66M instructions, the interpreter's extra work on a pre-commit hook's
 * three files 0.2M a rule; the windows around keywords in 128 KB cost the
 * interpreter less than JIT-compiling the rules they wake).
 */
#define KH_INTERPRET_BELOW (128u << 10)
void kh_scratch_interpret(struct kh_scratch *s, int on);

/*
 * Scans one source and appends its findings to out. `now` is the time used
 * for offline expiry checks. Returns 0, or -1 when out of memory.
 */
int kh_scan_source(const struct kh_engine *e, struct kh_scratch *s,
		   const struct kh_source *src, time_t now, struct kh_diag *d,
		   struct kh_findings *out);

/* Where the last kh_scan_source() with s saw which rules' keywords
 * (prefilter.h); valid until the next scan with s. */
struct kh_keyword_hits;
const struct kh_keyword_hits *kh_scratch_keyword_hits(const struct kh_scratch *s);

/* Secret byte range of a finding, for dropping overlaps. */
struct kh_span {
	size_t start, end; /* end > start */
	int rank;	   /* how much its rule says: kh_rule_rank(), 0 the most */
};

/*
 * Sets drop[i] for each of the n spans another one shadows: a span
 * overlapping one of a lower rank (a more specific rule: a provider's
 * over a path rule's over a generic one) yields to it; of two spans of
 * the same rank where one contains the other, the longer stays (of
 * identical ones, the first). O(n log n): returns the number of
 * comparisons made, or (size_t)-1 when out of memory.
 */
size_t kh_spans_shadowed(const struct kh_span *v, size_t n, unsigned char *drop);

/*
 * Incremental offset -> (line, column) for increasing offsets (a smaller
 * offset starts over), counted only when a finding needs them. A line ends at "\n",
 * "\r\n" (one end) or a "\r" alone (old Mac files). nl_line counts "\n" alone, as git's
 * diff does: staged line selections are in those numbers.
 */
struct kh_line_cursor {
	const unsigned char *buf;
	size_t len;
	size_t off, line, nl_line, line_start;
	size_t first_line; /* number of the buffer's first line */
	/* the last line checked for an allow marker: [allow_ls, allow_le) */
	size_t allow_ls, allow_le;
	int allow_known, allowed;
};

void kh_line_cursor_init(struct kh_line_cursor *c, const struct kh_source *src);
/* Line and column (1-based, bytes) of byte off; c->nl_line is then its line
 * in "\n"-only numbers. */
void kh_line_cursor_seek(struct kh_line_cursor *c, size_t off, size_t *line, size_t *col);
/* Whether src's line selection (staged changes; none: every line)
 * includes the line numbered nl_line in "\n"-only numbers. */
int kh_source_line_selected(const struct kh_source *src, size_t nl_line);

/* 1 when the first `probe` bytes of data contain a NUL (binary). */
int kh_looks_binary(const unsigned char *data, size_t len);

#endif
