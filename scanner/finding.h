/*
 * finding.h - one reported secret, and growable lists of them.
 *
 * A finding owns every string and cJSON object it points to (its path
 * shared with the other findings of its source, counted);
 * kh_finding_free() releases them all. The rule is borrowed from the engine,
 * which outlives every finding.
 */
#ifndef KH_FINDING_H
#define KH_FINDING_H

#include <stdatomic.h>
#include <stddef.h>

#include <cjson/cJSON.h>

struct kh_rule;

struct kh_commit_info {
	char id[41];
	char *author, *email;
	char *date;    /* ISO 8601 */
	char *message; /* first line */
	char *tag;     /* set: this is an annotated tag of that name (id is the
			* tag object's, author its tagger), not a commit */
	/* holders beyond the first (kh_commit_info_ref): every finding of a
	 * commit shares its one description; pool threads free findings */
	atomic_uint more_refs;
};

/*
 * What few findings carry, in one block allocated when first set
 * (kh_finding_more): a finding, in a large scan, is 100 bytes smaller
 * without them. Read through kh_more(), which gives an
 * empty record when there is none.
 */
struct kh_finding_more {
	cJSON *verification; /* NULL until verified */
	cJSON *groups;	     /* named regex groups a "verify" block uses, or NULL */
	/* `keyhound git`: the repository as the user named it, and its
	 * origin remote's URL without credentials (NULL when none); both
	 * kh_shared_new's */
	char *repository, *repository_url;
	char *partner; /* the rule's partner found nearby (pair.h), or NULL */
	size_t partner_offset, partner_line;
	/* git history, SARIF only (walk_git.c): the secret at the scanned
	 * head's version of `file`. at_head 0: not looked up or unknown; 1:
	 * there, at head_line..head_end_column; -1: no longer there */
	int at_head;
	size_t head_line, head_column, head_end_line, head_end_column;
};

/*
 * A finding owns its strings and cJSON objects. `file` is shared by the
 * findings of one source (kh_shared_new / kh_shared_ref: counted); `secret`
 * and `match` are mostly stored in the finding's own block
 * (kh_finding_new), or else malloc'd.
 */
struct kh_finding {
	const struct kh_rule *rule;
	char *secret; /* the secret itself, NUL-terminated */
	char *match;  /* the whole matched text */
	char *file;   /* reported path (kh_shared_new); NULL for a commit message */
	size_t line, column, end_line, end_column; /* 1-based, bytes */
	size_t offset, end_offset;		   /* the secret's bytes in the source */
	char fingerprint[33];			   /* hex */
	unsigned char
		context;    /* enum kh_context: the text around it, else the validator */
	unsigned decoded;   /* KH_DEC_* bits (decode.h): found in decoded text */
	unsigned text_room; /* bytes after the struct holding secret/match */
	double entropy;
	cJSON *validation; /* {"structure": ..., facts...} */
	/* the source's own tag (walk_git.c: blob record or commit position;
	 * report_load.c: place among the reports read); it breaks no tie
	 * between findings that differ, so output order is the report's own */
	unsigned long long order;
	/* NULL outside git history; shared by a commit's findings (a history
	 * of a million findings has them all) */
	struct kh_commit_info *commit;
	struct kh_finding_more *more; /* NULL: none of its fields set */
};

struct kh_spilled; /* spill.h */

struct kh_findings {
	struct kh_finding **v;
	size_t n, cap;
	/* NULL: every finding is in v. Else the runs written to the spill
	 * file (spill.h): v is what is left in memory */
	struct kh_spilled *sp;
};

/*
 * Where a finding sits, judged from its path: a test, documentation, an
 * example or vendored code. Such findings are still reported, marked, with
 * a lower confidence, so a team can filter them (--exclude-context,
 * --min-confidence). The path says so, or the text around the finding.
 */
enum kh_context { KH_CTX_NONE, KH_CTX_TEST, KH_CTX_DOCS, KH_CTX_EXAMPLE, KH_CTX_VENDOR };
enum kh_confidence { KH_CONF_LOW, KH_CONF_MEDIUM, KH_CONF_HIGH };

/*
 * The context the text around b[off] gives: a comment on its line or in
 * the few lines above it that calls it an example, a sample, a dummy or
 * fake value, or a test one. KH_CTX_NONE when nothing says so.
 */
enum kh_context kh_text_context(const unsigned char *b, size_t len, size_t off);
/*
 * The context the name of the value at b[off] gives: `test`, `sandbox` or
 * `fixture` among its words (STRIPE_TEST_KEY, gocardlessSandboxToken,
 * fixture_api_key); none for a key whose own prefix says live (sk_live_).
 */
enum kh_context kh_name_context(const unsigned char *b, size_t len, size_t off);
/* Where f sits: its path's context, else its surroundings', else test for
 * a key of its provider's test mode or sandbox (sk_test_, EZTK...). */
enum kh_context kh_finding_context(const struct kh_finding *f);
/* high: a checked structure (checksum, protobuf...), a live verification or
 * a token with its provider's own prefix; medium: a value found by its
 * name, or a generic one beside its partner (an OAuth client id); low: the
 * generic rule alone, a failed structure check or a key of a test mode or
 * sandbox. One level less in a test, docs, example or vendored file. */
enum kh_confidence kh_finding_confidence(const struct kh_finding *f);
const char *kh_context_name(enum kh_context c);	      /* NULL for KH_CTX_NONE */
const char *kh_confidence_name(enum kh_confidence c); /* "low", "medium", "high" */

/* Appends f (taking ownership). Returns 0, or -1 when out of memory. */
int kh_findings_push(struct kh_findings *l, struct kh_finding *f);
/* Moves every finding of src to the end of dst; src is left empty. */
int kh_findings_take(struct kh_findings *dst, struct kh_findings *src);
/*
 * Sorts in the order of every report, made only of what a report shows, so
 * that `keyhound merge` can rebuild it from the reports of a sharded run:
 * repository path, commit date and id (oldest first; findings without a
 * commit last), file, line, column, rule id, secret, then end, match and
 * decoding; then by `order`: deterministic.
 */
void kh_findings_sort(struct kh_findings *l);
/* kh_findings_sort's order of a and b: <0, 0 (the same place and order)
 * or >0. */
int kh_finding_order_cmp(const struct kh_finding *a, const struct kh_finding *b);
/* Frees each finding equal to the one before it in the sorted list (the
 * same occurrence of the same secret); returns how many. */
size_t kh_findings_dedupe(struct kh_findings *l);
/* Frees every finding, the array and the runs; l is left empty.
 * NULL-safe. */
void kh_findings_release(struct kh_findings *l);

/*
 * A run's findings read in report order, one at a time: the readers of a
 * whole run (every formatter, the masker, the summary, the exit code) go
 * through this one iterator, so that findings spilled to sorted runs on
 * disk (doc/performance.md, wave 27) change the iterator, not each
 * reader. A finding it gives is good until the next call: a reader that
 * needs something of it later copies it. Each kh_findings_iter() starts
 * a new pass (one at a time for a list that spilled: a new pass ends the
 * last); the list must not change during one. A spilled run that cannot
 * be read ends the pass early (kh_spill_error says why).
 */
struct kh_finding_iter {
	const struct kh_findings *l;
	size_t next;
};
void kh_findings_iter(struct kh_finding_iter *it, const struct kh_findings *l);
/* The next finding, or NULL after the last. */
const struct kh_finding *kh_iter_next(struct kh_finding_iter *it);
/* How many findings a pass gives, spilled ones included. */
size_t kh_findings_count(const struct kh_findings *l);

/*
 * A zeroed finding whose secret and match (each n bytes, NUL added) are
 * stored in its own block: one allocation, not three; a match the same as
 * the secret is the secret's text (f->match == f->secret: a change to one
 * in place needs its own copy first). NULL when out of memory. Either may
 * be NULL: set later with malloc'd text.
 */
struct kh_finding *kh_finding_new(const char *secret, size_t secret_len,
				  const char *match, size_t match_len);
void kh_finding_free(struct kh_finding *f);
/* f's rare fields for reading: an empty record when none was set. */
const struct kh_finding_more *kh_more(const struct kh_finding *f);
/* f's rare fields for writing, allocated when first asked for; NULL when
 * out of memory. */
struct kh_finding_more *kh_finding_more(struct kh_finding *f);

/*
 * A string findings share (a source's path, a repository's name and URL):
 * a counted copy of s[0..n), NUL added. kh_shared_ref adds a holder,
 * kh_shared_release drops one (NULL-safe) and frees it with the last.
 * NULL when out of memory.
 */
char *kh_shared_new(const char *s, size_t n);
/* The same of head[0..n) followed by the string tail. */
char *kh_shared_join(const char *head, size_t n, const char *tail);
char *kh_shared_ref(char *s);
void kh_shared_release(char *s);
/* The path head[0..n) + tail for a finding about to join l: the last
 * finding's when it is the same (a source's findings share one), else a
 * new copy (kh_shared_join). */
char *kh_path_share(const struct kh_findings *l, const char *head, size_t n,
		    const char *tail);

/*
 * {"structure": NAME} alone, most findings' whole validation: one shared,
 * immutable object for each of "unchecked", "valid" and "invalid" (its
 * structure's name as kh_structure_name() gives it), not one built for
 * each of a million findings. kh_validation_free() leaves a shared one
 * alone; kh_validation_copy() shares it (NULL when out of memory).
 */
cJSON *kh_validation_plain(const char *structure);
void kh_validation_free(cJSON *v);
cJSON *kh_validation_copy(const cJSON *v);
/* Deep copy of a commit description, or NULL on failure/NULL input. */
struct kh_commit_info *kh_commit_info_dup(const struct kh_commit_info *c);
/* c with one more holder (c itself; NULL-safe): each holder frees it. */
struct kh_commit_info *kh_commit_info_ref(struct kh_commit_info *c);
/* Drops a holder; frees c with the last. NULL-safe. */
void kh_commit_info_free(struct kh_commit_info *c);

/* hex of the first 16 bytes of SHA-256(rule_id NUL secret) into out[33]. */
void kh_fingerprint(const char *rule_id, const char *secret, size_t len, char out[33]);

#endif
