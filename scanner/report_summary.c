/*
 * report_summary.c - the closing lines on stderr: how many secrets in how
 * many places, by severity, rule and repository, and what to do next.
 *
 * A secret is a fingerprint (rule + secret); each finding is one place
 * it occurs. Names are escaped for the terminal; no secret is printed.
 */
#include <stdlib.h>
#include <string.h>

#include "report.h"
#include "util.h"

#define TOP_N 5 /* rules or repositories named; the rest are counted */

/* One key's counts; `key` is a rule's id or a copy (struct keys). */
struct tally {
	const char *key;
	size_t secrets, places;
};

/* A place of a secret under a key. The fingerprint is copied: a finding
 * the iterator gives is good only until the next one. */
struct keyed {
	const char *key;
	char fp[33];
};

/* Copies of the keys that are not a rule's own (repositories): one for
 * each run of findings with the same, as they are sorted by repository
 * first. */
struct keys {
	char **v;
	size_t n, cap;
};

static int keyed_cmp(const void *pa, const void *pb)
{
	const struct keyed *a = pa, *b = pb;
	int c = strcmp(a->key, b->key);

	return c ? c : strcmp(a->fp, b->fp);
}

static int tally_cmp(const void *pa, const void *pb)
{
	const struct tally *a = pa, *b = pb;

	if (a->places != b->places)
		return a->places < b->places ? 1 : -1;
	return strcmp(a->key, b->key);
}

/* The rule's id lives as long as the engine: no copy. */
static const char *rule_of(const struct kh_finding *f)
{
	return f->rule->id;
}

/* The repository a finding came from (its path as given); NULL outside
 * `keyhound git`. */
static const char *repo_of(const struct kh_finding *f)
{
	return kh_more(f)->repository;
}

/* k as a key that outlives f: a copy unless it is the last copy's text,
 * or NULL when out of memory. */
static const char *keep_key(struct keys *ks, const char *k)
{
	if (ks->n && !strcmp(ks->v[ks->n - 1], k))
		return ks->v[ks->n - 1];
	if (kh_grow((void **)&ks->v, &ks->cap, ks->n + 1, sizeof(*ks->v)) < 0 ||
	    !(ks->v[ks->n] = strdup(k)))
		return NULL;
	return ks->v[ks->n++];
}

static void keys_free(struct keys *ks)
{
	size_t i;

	for (i = 0; i < ks->n; i++)
		free(ks->v[i]);
	free(ks->v);
}

/* Counts per key (findings whose key is NULL are left out), most places
 * first; keys not a rule's are copied into *ks. Returns how many keys, or
 * -1 when out of memory; *out is the caller's to free. */
static long tally_by(const struct kh_findings *l,
		     const char *(*key_of)(const struct kh_finding *), struct keys *ks,
		     struct tally **out)
{
	size_t count = kh_findings_count(l), i, n = 0, nt = 0;
	struct keyed *v = calloc(count + 1, sizeof(*v));
	struct tally *t = NULL;
	struct kh_finding_iter it;
	const struct kh_finding *f;

	if (!v)
		goto fail;
	for (kh_findings_iter(&it, l); (f = kh_iter_next(&it));) {
		const char *k = key_of(f);

		if (!k)
			continue;
		if (key_of != rule_of && !(k = keep_key(ks, k)))
			goto fail;
		v[n].key = k;
		memcpy(v[n++].fp, f->fingerprint, sizeof(v->fp));
	}
	kh_sort(v, n, sizeof(*v), keyed_cmp);
	/* a tally for each key, not each place */
	for (i = 0; i < n; i++)
		nt += !i || strcmp(v[i].key, v[i - 1].key);
	if (!(t = calloc(nt + 1, sizeof(*t))))
		goto fail;
	for (nt = 0, i = 0; i < n; i++) {
		int new_key = !i || strcmp(v[i].key, v[i - 1].key);

		if (new_key)
			t[nt++].key = v[i].key;
		if (new_key || strcmp(v[i].fp, v[i - 1].fp))
			t[nt - 1].secrets++;
		t[nt - 1].places++;
	}
	free(v);
	kh_sort(t, nt, sizeof(*t), tally_cmp);
	*out = t;
	return (long)nt;
fail:
	free(v);
	free(t);
	return -1;
}

static const char *plural(size_t n, const char *one, const char *many)
{
	return n == 1 ? one : many;
}

/* "by rule: a 3 in 7 places, b 1 in 1 place, and 4 more rules" */
static int add_breakdown(struct kh_strbuf *b, const struct kh_findings *l,
			 const char *(*key_of)(const struct kh_finding *),
			 const char *what, const char *whats)
{
	struct keys ks = { 0 };
	struct tally *t;
	long n = tally_by(l, key_of, &ks, &t), i;

	if (n < 0) {
		keys_free(&ks);
		return -1;
	}
	if (n > 0) {
		kh_strbuf_addf(b, "keyhound: by %s: ", what);
		for (i = 0; i < n && i < TOP_N; i++) {
			kh_strbuf_addf(b, "%s", i ? ", " : "");
			kh_text_escape(b, t[i].key);
			kh_strbuf_addf(b, " %zu in %zu %s", t[i].secrets, t[i].places,
				       plural(t[i].places, "place", "places"));
		}
		if (n > TOP_N)
			kh_strbuf_addf(b, ", and %ld more %s", n - TOP_N, whats);
		kh_strbuf_add(b, "\n", 1);
	}
	free(t);
	keys_free(&ks);
	return 0;
}

/* A place of a secret of some severity (copied, as struct keyed's). */
struct rated {
	char fp[33];
	unsigned char severity;
};

static int rated_cmp(const void *pa, const void *pb)
{
	const struct rated *a = pa, *b = pb;

	return strcmp(a->fp, b->fp);
}

/* "5 secrets in 12 places: critical 1 in 3, high 4 in 9" */
static int add_severities(struct kh_strbuf *b, const struct kh_findings *l)
{
	size_t secrets[KH_SEV_CRITICAL + 1] = { 0 }, places[KH_SEV_CRITICAL + 1] = { 0 };
	size_t i, n = 0, total = 0, count = kh_findings_count(l);
	struct rated *v = calloc(count + 1, sizeof(*v));
	struct kh_finding_iter it;
	const struct kh_finding *f;
	int s, first = 1;

	if (!v)
		return -1;
	for (kh_findings_iter(&it, l); (f = kh_iter_next(&it)); n++) {
		memcpy(v[n].fp, f->fingerprint, sizeof(v->fp));
		v[n].severity = (unsigned char)f->rule->severity;
	}
	kh_sort(v, n, sizeof(*v), rated_cmp);
	for (i = 0; i < n; i++) {
		/* one fingerprint is one rule, so one severity */
		s = v[i].severity;
		if (!i || strcmp(v[i].fp, v[i - 1].fp)) {
			secrets[s]++;
			total++;
		}
		places[s]++;
	}
	free(v);
	kh_strbuf_addf(b, "keyhound: %zu %s in %zu %s:", total,
		       plural(total, "secret", "secrets"), n,
		       plural(n, "place", "places"));
	for (s = KH_SEV_CRITICAL; s >= KH_SEV_LOW; s--) {
		if (!places[s])
			continue;
		kh_strbuf_addf(b, "%s %s %zu in %zu", first ? "" : ",",
			       kh_severity_name((enum kh_severity)s), secrets[s],
			       places[s]);
		first = 0;
	}
	kh_strbuf_add(b, "\n", 1);
	return 0;
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
		      const struct kh_options *opt)
{
	if (!kh_findings_count(l))
		return 0;
	if (add_severities(b, l) < 0 ||
	    add_breakdown(b, l, rule_of, "rule", "rules") < 0 ||
	    add_breakdown(b, l, repo_of, "repository", "repositories") < 0)
		return -1;
	add_hints(b, l, opt);
	return b->failed ? -1 : 0;
}
