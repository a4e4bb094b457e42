/*
 * report_summary.c - the closing lines on stderr: how many secrets in how
 * many places, by severity, rule and repository, and what to do next.
 *
 * A secret is a fingerprint (rule + secret); each finding is one place
 * it occurs. Names are escaped for the terminal; no secret is printed.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "report.h"
#include "spill.h"
#include "util.h"

#define TOP_N 5 /* rules or repositories named; the rest are counted */

/*
 * The counts come from one sort (spill.h's kh_sorter: a quarter of the
 * spill budget in memory, past it its spill file) of a record a place:
 * its fingerprint (16 bytes when it is lowercase hex, as keyhound makes
 * them), its rule and its repository by their index in tables of the
 * distinct ones. Read in order, a secret's places come together: what is
 * kept is a tally a rule and a repository, not a place each.
 */
#define FP_HEX	32
#define REC_MAX (1 + FP_HEX + 8)

/* One key's counts. */
struct tally {
	const char *key;
	size_t secrets, places;
};

/* Distinct keys (rules, or copies of repositories) and their tallies. */
struct keys {
	const void **v; /* a rule, or a repository's copy */
	struct tally *t;
	size_t n, cap, last;
};

struct counts {
	size_t secrets[KH_SEV_CRITICAL + 1], places[KH_SEV_CRITICAL + 1];
	size_t total, n;
	struct keys rules, repos;
};

/* The index of rule r (by pointer) or repository name r (by text) in ks,
 * added when new; -1 when out of memory. */
static long key_index(struct keys *ks, const void *r, int copy)
{
	size_t i;

	if (ks->n && (copy ? !strcmp(ks->v[ks->last], r) : ks->v[ks->last] == r))
		return (long)ks->last;
	for (i = 0; i < ks->n; i++)
		if (copy ? !strcmp(ks->v[i], r) : ks->v[i] == r)
			return (long)(ks->last = i);
	if (kh_grow((void **)&ks->v, &ks->cap, ks->n + 1, sizeof(*ks->v)) < 0 ||
	    !(ks->v[ks->n] = copy ? strdup(r) : r))
		return -1;
	return (long)(ks->last = ks->n++);
}

static void keys_free(struct keys *ks, int copies)
{
	size_t i;

	for (i = 0; copies && i < ks->n; i++)
		free((void *)ks->v[i]);
	free(ks->v);
	free(ks->t);
}

static void put_be32(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char)(v >> 24), p[1] = (unsigned char)(v >> 16);
	p[2] = (unsigned char)(v >> 8), p[3] = (unsigned char)v;
}

static int hex_digit(char c)
{
	return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* The fingerprint into rec: 0 and its 16 bytes, else 1 and its text
 * padded to 32; the length written. */
static size_t put_fp(unsigned char *rec, const char *fp)
{
	size_t i;

	for (i = 0; i < FP_HEX && hex_digit(fp[i]) >= 0; i++)
		;
	if (i == FP_HEX && !fp[i]) {
		for (rec[0] = 0, i = 0; i < FP_HEX / 2; i++)
			rec[1 + i] = (unsigned char)(hex_digit(fp[2 * i]) << 4 |
						     hex_digit(fp[2 * i + 1]));
		return 1 + FP_HEX / 2;
	}
	rec[0] = 1;
	memset(rec + 1, 0, FP_HEX);
	memcpy(rec + 1, fp, strnlen(fp, FP_HEX));
	return 1 + FP_HEX;
}

/* A place's record: fingerprint, rule + 1, repository + 1 (0: none). */
static int add_place(struct kh_sorter *so, struct counts *c, const struct kh_finding *f)
{
	unsigned char rec[REC_MAX];
	size_t n = put_fp(rec, f->fingerprint);
	long rule = key_index(&c->rules, f->rule, 0), repo = 0;

	if (kh_more(f)->repository)
		repo = key_index(&c->repos, kh_more(f)->repository, 1) + 1;
	if (rule < 0 || repo < 0 || rule >= UINT32_MAX || repo > UINT32_MAX)
		return -1;
	put_be32(rec + n, (uint32_t)rule);
	put_be32(rec + n + 4, (uint32_t)repo);
	return kh_sorter_add(so, rec, n + 8);
}

/* A record read in order, p[0, n), counted; prev[0, *prevlen) the one
 * before it. -1 when it is not one of add_place's. */
static int count_record(struct counts *c, const unsigned char *p, size_t n,
			unsigned char *prev, size_t *prevlen)
{
	size_t fplen = n ? (p[0] ? 1 + FP_HEX : 1 + FP_HEX / 2) : 0;
	uint32_t rule, repo;
	int new_fp, s;

	if (!n || n != fplen + 8)
		return -1;
	rule = kh_be32(p + fplen);
	repo = kh_be32(p + fplen + 4);
	if (rule >= c->rules.n || repo > c->repos.n)
		return -1;
	new_fp = *prevlen != n || memcmp(prev, p, fplen);
	/* one fingerprint is one rule, so one severity */
	s = ((const struct kh_rule *)c->rules.v[rule])->severity;
	if (new_fp) {
		c->secrets[s]++;
		c->total++;
	}
	c->places[s]++;
	c->n++;
	if (new_fp || memcmp(prev + fplen, p + fplen, 4))
		c->rules.t[rule].secrets++;
	c->rules.t[rule].places++;
	if (repo && (new_fp || memcmp(prev + fplen, p + fplen, 8)))
		c->repos.t[repo - 1].secrets++;
	if (repo)
		c->repos.t[repo - 1].places++;
	memcpy(prev, p, *prevlen = n);
	return 0;
}

/* Every place counted; -1 with err set when the sort failed, or out of
 * memory. */
static int count_places(struct counts *c, const struct kh_findings *l, char *err,
			size_t errlen)
{
	struct kh_finding_iter it;
	const struct kh_finding *f;
	struct kh_sorter *so;
	const unsigned char *p;
	unsigned char prev[REC_MAX];
	size_t budget, n, prevlen = 0;
	char why[128];
	int ret = -1;

	/* run.c read it first: a bad value was an error before the scan */
	if (kh_spill_budget(&budget, why, sizeof(why)) < 0)
		return kh_errf(err, errlen, "%s", why);
	if (!(so = kh_sorter_new(budget ? (budget / 4 ? budget / 4 : 1) : 0)))
		return -1;
	for (kh_findings_iter(&it, l); (f = kh_iter_next(&it));)
		if (add_place(so, c, f) < 0)
			goto out;
	if (kh_sorter_done(so) < 0 ||
	    !(c->rules.t = calloc(c->rules.n + 1, sizeof(*c->rules.t))) ||
	    !(c->repos.t = calloc(c->repos.n + 1, sizeof(*c->repos.t))))
		goto out;
	while ((p = kh_sorter_next(so, &n)))
		if (n > REC_MAX || count_record(c, p, n, prev, &prevlen) < 0)
			goto out;
	ret = kh_sorter_error(so) ? -1 : 0;
out:
	if (kh_sorter_error(so))
		kh_errf(err, errlen, "%s", kh_sorter_error(so));
	kh_sorter_free(so);
	return ret;
}

static int tally_cmp(const void *pa, const void *pb)
{
	const struct tally *a = pa, *b = pb;

	if (a->places != b->places)
		return a->places < b->places ? 1 : -1;
	return strcmp(a->key, b->key);
}

static const char *plural(size_t n, const char *one, const char *many)
{
	return n == 1 ? one : many;
}

/* "by rule: a 3 in 7 places, b 1 in 1 place, and 4 more rules": the
 * keys most places first; name(ks->v[i]) is key i's name. */
static void add_breakdown(struct kh_strbuf *b, struct keys *ks,
			  const char *(*name)(const void *), const char *what,
			  const char *whats)
{
	size_t i;

	if (!ks->n)
		return;
	for (i = 0; i < ks->n; i++)
		ks->t[i].key = name(ks->v[i]);
	kh_sort(ks->t, ks->n, sizeof(*ks->t), tally_cmp);
	kh_strbuf_addf(b, "keyhound: by %s: ", what);
	for (i = 0; i < ks->n && i < TOP_N; i++) {
		kh_strbuf_addf(b, "%s", i ? ", " : "");
		kh_text_escape(b, ks->t[i].key);
		kh_strbuf_addf(b, " %zu in %zu %s", ks->t[i].secrets, ks->t[i].places,
			       plural(ks->t[i].places, "place", "places"));
	}
	if (ks->n > TOP_N)
		kh_strbuf_addf(b, ", and %zu more %s", ks->n - TOP_N, whats);
	kh_strbuf_add(b, "\n", 1);
}

static const char *rule_name(const void *r)
{
	return ((const struct kh_rule *)r)->id;
}

static const char *repo_name(const void *r)
{
	return r;
}

/* "5 secrets in 12 places: critical 1 in 3, high 4 in 9" */
static void add_severities(struct kh_strbuf *b, const struct counts *c)
{
	int s, first = 1;

	kh_strbuf_addf(b, "keyhound: %zu %s in %zu %s:", c->total,
		       plural(c->total, "secret", "secrets"), c->n,
		       plural(c->n, "place", "places"));
	for (s = KH_SEV_CRITICAL; s >= KH_SEV_LOW; s--) {
		if (!c->places[s])
			continue;
		kh_strbuf_addf(b, "%s %s %zu in %zu", first ? "" : ",",
			       kh_severity_name((enum kh_severity)s), c->secrets[s],
			       c->places[s]);
		first = 0;
	}
	kh_strbuf_add(b, "\n", 1);
}

/* What to do next, each only where it applies. */
static void add_hints(struct kh_strbuf *b, const struct kh_findings *l,
		      const struct kh_options *opt)
{
	static const char *names[] = { NULL, "test", "docs", "example", "vendor" };
	struct kh_finding_iter it;
	const struct kh_finding *f;
	size_t in_context = 0, kinds = 0, said = 0;
	unsigned seen = 0;
	int k, first = 1;

	kh_strbuf_addf(b, "keyhound: next: a finding you accept (a test key, a "
			  "revoked one): put its fingerprint in .keyhoundignore\n");
	if (opt->state_file && !opt->new_only)
		kh_strbuf_addf(b,
			       "keyhound: next: to hear only of new secrets next time, "
			       "add --new-only (the state file remembers this run)\n");
	else if (!opt->baseline && !opt->state_file)
		kh_strbuf_addf(b,
			       "keyhound: next: to hear only of new secrets next time, "
			       "save this run with -f baseline -o FILE and pass "
			       "--baseline FILE (audits: --state FILE --new-only)\n");
	for (kh_findings_iter(&it, l); (f = kh_iter_next(&it));) {
		enum kh_context c = kh_finding_context(f);

		if (c != KH_CTX_NONE) {
			in_context++;
			kinds += !(seen & (1u << c));
			seen |= 1u << c;
		}
	}
	if (!in_context)
		return;
	kh_strbuf_addf(b, "keyhound: next: %zu %s in ", in_context,
		       plural(in_context, "place is", "places are"));
	for (k = KH_CTX_TEST; k <= KH_CTX_VENDOR; k++)
		if (seen & (1u << k)) {
			said++;
			kh_strbuf_addf(b, "%s%s",
				       said == 1       ? ""
				       : said == kinds ? " and "
						       : ", ",
				       names[k]);
		}
	kh_strbuf_addf(b, " files: --exclude-context ");
	first = 1;
	for (k = KH_CTX_TEST; k <= KH_CTX_VENDOR; k++)
		if (seen & (1u << k)) {
			kh_strbuf_addf(b, "%s%s", first ? "" : ",", names[k]);
			first = 0;
		}
	kh_strbuf_addf(b, " leaves them out\n");
}

int kh_report_summary(struct kh_strbuf *b, const struct kh_findings *l,
		      const struct kh_options *opt, char *err, size_t errlen)
{
	struct counts c;
	int ret = -1;

	if (!kh_findings_count(l))
		return 0;
	memset(&c, 0, sizeof(c));
	if (count_places(&c, l, err, errlen) == 0) {
		add_severities(b, &c);
		add_breakdown(b, &c.rules, rule_name, "rule", "rules");
		add_breakdown(b, &c.repos, repo_name, "repository", "repositories");
		add_hints(b, l, opt);
		ret = b->failed ? -1 : 0;
	}
	keys_free(&c.rules, 0);
	keys_free(&c.repos, 1);
	return ret;
}
