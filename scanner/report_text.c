#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "decode.h"
#include "pair.h"
#include "report.h"
#include "spill.h"
#include "util.h"

struct palette {
	const char *bold, *dim, *red, *yellow, *reset;
};

/* Appends s masked (every secret of the report, unless shown) and
 * escaped for the terminal. */
static void add_safe(struct kh_strbuf *out, const struct kh_masker *m, const char *s)
{
	char *masked = m ? kh_masker_apply(m, s) : NULL;

	if (m && !masked) {
		out->failed = 1;
		return;
	}
	kh_text_escape(out, masked ? masked : s);
	free(masked);
}

static const char *severity_color(const struct palette *c, enum kh_severity s)
{
	return s >= KH_SEV_HIGH ? c->red : c->yellow;
}

/* Prints the offline facts that matter to a reader, on one line. */
static void add_facts(struct kh_strbuf *out, const struct kh_finding *f,
		      const struct kh_masker *m)
{
	const cJSON *v = f->validation, *it, *acct;

	it = cJSON_GetObjectItemCaseSensitive(v, "structure");
	if (cJSON_IsString(it) && strcmp(it->valuestring, "unchecked"))
		kh_strbuf_addf(out, "  structure: %s", it->valuestring);
	it = cJSON_GetObjectItemCaseSensitive(v, "hublet");
	if (cJSON_IsString(it)) {
		kh_strbuf_addf(out, "  hublet: ");
		add_safe(out, m, it->valuestring);
	}
	it = cJSON_GetObjectItemCaseSensitive(v, "expires_at");
	if (cJSON_IsString(it))
		kh_strbuf_addf(
			out, "  %s %s",
			cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(v, "expired"))
				? "expired"
				: "expires",
			it->valuestring);
	acct = cJSON_GetObjectItemCaseSensitive(v, "account");
	if (acct) {
		const cJSON *name = cJSON_GetObjectItemCaseSensitive(acct, "name");
		const cJSON *id = cJSON_GetObjectItemCaseSensitive(acct, "id");

		kh_strbuf_addf(out, "  account: ");
		add_safe(out, m, cJSON_IsString(name) ? name->valuestring : "?");
		if (cJSON_IsNumber(id))
			kh_strbuf_addf(out, " (%.0f)", id->valuedouble);
		else if (cJSON_IsString(id)) {
			kh_strbuf_addf(out, " (");
			add_safe(out, m, id->valuestring);
			kh_strbuf_addf(out, ")");
		}
	}
	kh_strbuf_add(out, "\n", 1);
}

/* The line of the match where the secret begins (at most 100 bytes), the
 * secret masked unless --show-secrets: enough to spot it in the file. */
static void add_context(struct kh_strbuf *out, const struct kh_finding *f, int show,
			const struct kh_masker *mk)
{
	const char *at = strstr(f->match, f->secret), *ls, *le;
	char *line, *m;
	size_t n;
	int cut;

	if (!at)
		at = f->match;
	for (ls = at; ls > f->match && ls[-1] != '\n'; ls--)
		;
	le = at + strcspn(at, "\r\n");
	if (show && strchr(f->secret, '\n'))
		le = ls + strcspn(ls, "\r\n"); /* a PEM block: its first line */
	line = strndup(ls, (size_t)(le - ls));
	if (!line)
		return;
	m = show ? strdup(line) : kh_mask_match(line, f->secret);
	if (m && !show && !strcmp(m, line)) {
		/* a multi-line secret is not inside one line: mask it whole */
		free(m);
		m = strdup("*****");
	}
	free(line);
	if (!m)
		return;
	if (!strcmp(m, show ? f->secret : "*****") ||
	    (!show && !strncmp(m, f->secret, 4) && !strcmp(m + 4, "*****"))) {
		free(m); /* the match is the secret alone: nothing to add */
		return;
	}
	n = strlen(m);
	cut = n > 100;
	if (cut) {
		/* cut at a character boundary, not inside one */
		n = 100;
		while (n && ((unsigned char)m[n] & 0xc0) == 0x80)
			n--;
		m[n] = '\0';
	}
	kh_strbuf_addf(out, "    match:     ");
	add_safe(out, mk, m);
	kh_strbuf_addf(out, "%s\n", cut ? " ..." : "");
	free(m);
}

static void add_verification(struct kh_strbuf *out, const struct kh_finding *f,
			     const struct kh_masker *m)
{
	const cJSON *st =
		cJSON_GetObjectItemCaseSensitive(kh_more(f)->verification, "status");
	const cJSON *why =
		cJSON_GetObjectItemCaseSensitive(kh_more(f)->verification, "reason");

	if (!cJSON_IsString(st))
		return;
	kh_strbuf_addf(out, "  verified:  ");
	add_safe(out, m, st->valuestring);
	if (cJSON_IsString(why) && why->valuestring[0]) {
		kh_strbuf_addf(out, " (");
		add_safe(out, m, why->valuestring);
		kh_strbuf_addf(out, ")");
	}
	kh_strbuf_add(out, "\n", 1);
}

static void add_commit(struct kh_strbuf *out, const struct kh_commit_info *ci,
		       const struct kh_masker *m)
{
	kh_strbuf_addf(out, "    %s    %.12s ", ci->tag ? "tagger:" : "commit:", ci->id);
	add_safe(out, m, ci->author ? ci->author : "");
	kh_strbuf_addf(out, " <");
	add_safe(out, m, ci->email ? ci->email : "");
	kh_strbuf_addf(out, "> ");
	add_safe(out, m, ci->date ? ci->date : "");
	kh_strbuf_addf(out, "  ");
	add_safe(out, m, ci->message ? ci->message : "");
	kh_strbuf_add(out, "\n", 1);
}

/* One occurrence of a secret: where it is, and what is around it. */
static void add_occurrence(struct kh_strbuf *out, const struct kh_finding *f,
			   const struct kh_options *opt, const struct kh_masker *m)
{
	kh_strbuf_addf(out, "  - ");
	if (f->file) {
		add_safe(out, m, f->file);
		kh_strbuf_addf(out, ":%zu:%zu\n", f->line, f->column);
	} else {
		kh_strbuf_addf(out, "(%s message)\n",
			       f->commit && f->commit->tag ? "tag" : "commit");
	}
	add_context(out, f, opt->show_secrets, m);
	if (f->decoded) {
		char how[64];

		kh_decoded_text(f->decoded, how, sizeof(how));
		kh_strbuf_addf(out, "    decoded:   %s\n", how);
	}
	if (kh_more(f)->partner) {
		cJSON *p = kh_partner_json(f, !opt->show_secrets);
		const cJSON *kind = cJSON_GetObjectItemCaseSensitive(p, "kind");
		const cJSON *value = cJSON_GetObjectItemCaseSensitive(p, "value");

		if (!cJSON_IsString(kind) || !cJSON_IsString(value)) {
			out->failed = 1;
		} else {
			kh_strbuf_addf(out, "    partner:   %s ", kind->valuestring);
			add_safe(out, m, value->valuestring);
			kh_strbuf_addf(out, " (line %zu)\n", kh_more(f)->partner_line);
		}
		cJSON_Delete(p);
	}
	if (kh_finding_context(f) != KH_CTX_NONE)
		kh_strbuf_addf(out, "    context:   %s file, confidence %s\n",
			       kh_context_name(kh_finding_context(f)),
			       kh_confidence_name(kh_finding_confidence(f)));
	if (f->commit && f->commit->tag) {
		kh_strbuf_addf(out, "    tag:       ");
		add_safe(out, m, f->commit->tag);
		kh_strbuf_add(out, "\n", 1);
	}
	if (f->commit)
		add_commit(out, f->commit, m);
	if (kh_more(f)->repository) {
		kh_strbuf_addf(out, "    repository: ");
		add_safe(out, m, kh_more(f)->repository);
		if (kh_more(f)->repository_url) {
			kh_strbuf_addf(out, " (");
			add_safe(out, m, kh_more(f)->repository_url);
			kh_strbuf_addf(out, ")");
		}
		kh_strbuf_add(out, "\n", 1);
	}
}

/* The secret, once: what it is, how it looks masked, and what was found
 * out about it (the same wherever it occurs). */
static void add_secret(struct kh_strbuf *out, const struct kh_finding *f, size_t n,
		       const struct kh_options *opt, const struct palette *c,
		       const struct kh_masker *m)
{
	char shown[40];

	kh_redact(f->secret, shown, sizeof(shown));
	kh_strbuf_addf(out, "%s%s%-8s%s %s", c->bold,
		       severity_color(c, f->rule->severity),
		       kh_severity_name(f->rule->severity), c->reset, c->bold);
	add_safe(out, m, f->rule->id);
	kh_strbuf_addf(out, "%s  ", c->reset);
	add_safe(out, m, f->rule->description);
	kh_strbuf_addf(out, "\n  secret:    ");
	if (opt->show_secrets) {
		kh_text_escape(out, f->secret);
	} else {
		kh_text_escape(out, shown);
		kh_strbuf_addf(out, " (%zu chars)", strlen(f->secret));
	}
	kh_strbuf_addf(out, ", in %zu place%s\n", n, n == 1 ? "" : "s");
	if (kh_more(f)->verification)
		add_verification(out, f, m);
	else if (f->rule->verifier || kh_rule_vspec(f->rule))
		kh_strbuf_addf(out, "  verified:  not checked (--verify checks it)\n");
	kh_strbuf_addf(out, "  %sfingerprint: %s%s", c->dim, f->fingerprint, c->reset);
	add_facts(out, f, m);
}

/*
 * The text report's order: a block per secret (its fingerprint: rule +
 * secret), blocks by the secret's first place in report order, its
 * places in report order under it. Made without holding the report (a
 * run's findings may be spilled, spill.h), by three sorts of records,
 * each keyed big-endian at its front, a place being a finding's index in
 * report order:
 *   1. (fingerprint, place) of each finding: a secret's places together,
 *      its first first. Read in order, each place's group (its secret's
 *      first place) goes to 2, each secret's count of places to 3 as its
 *      block's header (first, 0, count);
 *   2. (place, first), read in report order beside a second pass of the
 *      findings: each finding goes to 3 as (first, place + 1, finding);
 *   3. read in order: each block's header, then its places.
 * Memory: sorts 1 and 2 an eighth of the spill budget each, 3 a quarter
 * (two are filled or read at once: at most 3/8 of the budget beside the
 * run's findings, which may hold all of it); past it, their spill files.
 * When nothing of the run was spilled its findings are all in memory
 * already, report-ordered: sort 3 then holds a place's key alone, not a
 * copy of its finding (the report of 100,000 findings would double).
 */
#define FP_LEN	   32 /* a fingerprint, padded with NULs */
#define KEY_LEN	   16 /* (first, place + 1) of sort 3 */
#define HEADER_LEN 24 /* (first, 0, count) */

static void put_be64(unsigned char *p, uint64_t v)
{
	int k;

	for (k = 7; k >= 0; k--, v >>= 8)
		p[k] = (unsigned char)v;
}

static uint64_t get_be64(const unsigned char *p)
{
	uint64_t v = 0;
	int k;

	for (k = 0; k < 8; k++)
		v = v << 8 | p[k];
	return v;
}

/* Sort 1's records, one a finding. */
static int add_places(struct kh_sorter *by_fp, const struct kh_findings *l)
{
	struct kh_finding_iter it;
	const struct kh_finding *f;
	unsigned char rec[FP_LEN + 8];
	uint64_t place = 0;

	for (kh_findings_iter(&it, l); (f = kh_iter_next(&it)); place++) {
		memset(rec, 0, FP_LEN);
		memcpy(rec, f->fingerprint, strnlen(f->fingerprint, FP_LEN));
		put_be64(rec + FP_LEN, place);
		if (kh_sorter_add(by_fp, rec, sizeof(rec)) < 0)
			return -1;
	}
	return kh_sorter_done(by_fp);
}

static int add_header(struct kh_sorter *blocks, uint64_t first, uint64_t count)
{
	unsigned char rec[HEADER_LEN];

	put_be64(rec, first);
	put_be64(rec + 8, 0);
	put_be64(rec + 16, count);
	return kh_sorter_add(blocks, rec, sizeof(rec));
}

/* Sort 1 read: sort 2's records, and sort 3's headers. */
static int add_groups(struct kh_sorter *by_fp, struct kh_sorter *by_place,
		      struct kh_sorter *blocks)
{
	const unsigned char *p;
	unsigned char fp[FP_LEN], rec[16];
	uint64_t first = 0, count = 0;
	size_t n;

	while ((p = kh_sorter_next(by_fp, &n))) {
		if (n != FP_LEN + 8)
			return -1;
		if (!count || memcmp(p, fp, FP_LEN)) {
			if (count && add_header(blocks, first, count) < 0)
				return -1;
			memcpy(fp, p, FP_LEN);
			first = get_be64(p + FP_LEN);
			count = 0;
		}
		count++;
		memcpy(rec, p + FP_LEN, 8);
		put_be64(rec + 8, first);
		if (kh_sorter_add(by_place, rec, sizeof(rec)) < 0)
			return -1;
	}
	if (kh_sorter_error(by_fp) || (count && add_header(blocks, first, count) < 0))
		return -1;
	return kh_sorter_done(by_place);
}

/* Findings spilled, so read back from sort 3 (a copy of each in it). */
static int copied(const struct kh_findings *l)
{
	return kh_findings_count(l) != l->n;
}

/* Sort 2 read beside the findings: sort 3's places. */
static int add_findings(struct kh_sorter *by_place, const struct kh_findings *l,
			struct kh_sorter *blocks)
{
	struct kh_finding_iter it;
	const struct kh_finding *f;
	const unsigned char *p;
	unsigned char key[KEY_LEN];
	uint64_t place = 0;
	size_t n;

	for (kh_findings_iter(&it, l); (f = kh_iter_next(&it)); place++) {
		if (!(p = kh_sorter_next(by_place, &n)) || n != 16 ||
		    get_be64(p) != place)
			return -1;
		memcpy(key, p + 8, 8);
		put_be64(key + 8, place + 1);
		if ((copied(l) ? kh_sorter_add_finding(blocks, key, sizeof(key), f)
			       : kh_sorter_add(blocks, key, sizeof(key))) < 0)
			return -1;
	}
	return kh_sorter_done(blocks);
}

/* The end of a block: how to fix it (the rule of its last place). */
static void add_fix(struct kh_strbuf *out, const struct kh_rule *r,
		    const struct palette *c, const struct kh_masker *m)
{
	kh_strbuf_addf(out, "  %sfix: ", c->dim);
	add_safe(out, m, r->remediation);
	kh_strbuf_addf(out, "%s\n\n", c->reset);
}

/* The finding of sort 3's record p[0, n): read back from it (*owned, the
 * caller's to free) or in memory. NULL when it cannot be read. */
static const struct kh_finding *place_of(struct kh_sorter *blocks,
					 const struct kh_findings *l,
					 const unsigned char *p, size_t n,
					 struct kh_finding **owned)
{
	uint64_t place = get_be64(p + 8) - 1;

	*owned = NULL;
	if (copied(l))
		return *owned = kh_sorter_finding(blocks, p + KEY_LEN, n - KEY_LEN);
	return n == KEY_LEN && place < l->n ? l->v[place] : NULL;
}

/* Sort 3 read: the report. */
static int add_blocks(struct kh_strbuf *out, struct kh_sorter *blocks,
		      const struct kh_findings *l, const struct kh_options *opt,
		      const struct palette *c, const struct kh_masker *m)
{
	const struct kh_rule *last = NULL; /* of the block's last place */
	const unsigned char *p;
	uint64_t count = 0;
	size_t n;

	while ((p = kh_sorter_next(blocks, &n))) {
		const struct kh_finding *f;
		struct kh_finding *owned;

		if (n >= KEY_LEN && !get_be64(p + 8)) {
			if (n != HEADER_LEN)
				return -1;
			if (last)
				add_fix(out, last, c, m);
			last = NULL;
			count = get_be64(p + 16);
			continue;
		}
		if (n < KEY_LEN || !(f = place_of(blocks, l, p, n, &owned)))
			return -1;
		if (!last)
			add_secret(out, f, (size_t)count, opt, c, m);
		add_occurrence(out, f, opt, m);
		last = f->rule;
		kh_finding_free(owned);
	}
	if (kh_sorter_error(blocks))
		return -1;
	if (last)
		add_fix(out, last, c, m);
	return 0;
}

/* k eighths of the budget (0: no limit), at least a byte. */
static size_t eighths(size_t budget, size_t k)
{
	return budget ? (budget / 8 ? budget / 8 * k : 1) : 0;
}

/* so's error, if any, into err (unless one is there), then so freed. */
static void sorter_end(struct kh_sorter *so, char *err, size_t errlen)
{
	if (so && kh_sorter_error(so) && !err[0])
		kh_errf(err, errlen, "%s", kh_sorter_error(so));
	kh_sorter_free(so);
}

/* Sort 3 filled and done, sorts 1 and 2 freed once read (their memory
 * is the next one's); NULL with err set, or out of memory. */
static struct kh_sorter *block_order(const struct kh_findings *l, size_t budget,
				     char *err, size_t errlen)
{
	struct kh_sorter *by_fp = kh_sorter_new(eighths(budget, 1)),
			 *by_place = kh_sorter_new(eighths(budget, 1)),
			 *blocks = kh_sorter_new(eighths(budget, 2));
	int ok = by_fp && by_place && blocks && add_places(by_fp, l) == 0 &&
		 add_groups(by_fp, by_place, blocks) == 0;

	sorter_end(by_fp, err, errlen);
	ok = ok && add_findings(by_place, l, blocks) == 0;
	sorter_end(by_place, err, errlen);
	if (ok)
		return blocks;
	sorter_end(blocks, err, errlen);
	return NULL;
}

int kh_format_text(struct kh_strbuf *out, const struct kh_findings *l,
		   const struct kh_options *opt, char *err, size_t errlen)
{
	static const struct palette plain = { "", "", "", "", "" };
	static const struct palette ansi = { "\033[1m", "\033[2m", "\033[31m", "\033[33m",
					     "\033[0m" };
	/* colour is for a terminal: never in a file written with -o */
	const struct palette *c = opt->color && !opt->output ? &ansi : &plain;
	struct kh_masker *m = NULL;
	struct kh_sorter *blocks = NULL;
	size_t budget;
	char why[128];
	int ret = -1;

	if (!kh_findings_count(l))
		return 0;
	/* run.c read it first: a bad value was an error before the scan */
	if (kh_spill_budget(&budget, why, sizeof(why)) < 0)
		return kh_errf(err, errlen, "%s", why);
	/* text shows no whole secret anywhere unless --show-secrets; every
	 * sort is written and read back once before the first byte of the
	 * report: a full disk is an error, not half a report */
	if ((opt->show_secrets || (m = kh_masker_new(l))) &&
	    (blocks = block_order(l, budget, err, errlen)) &&
	    add_blocks(out, blocks, l, opt, c, m) == 0)
		ret = out->failed ? -1 : 0;
	sorter_end(blocks, err, errlen);
	kh_masker_free(m);
	return ret;
}
