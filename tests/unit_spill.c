/*
 * unit_spill.c - findings written to the spill and read back: every field
 * a report shows round-trips (the rare ones: verification, groups,
 * repository, partner, the head's place, a tag, a validation with facts,
 * a commit message's finding without a file), the merged order is the
 * in-memory sort's across many runs (longer runs merged first), the
 * spill's filter is asked once of each finding, KEYHOUND_SPILL_BYTES is
 * read, and a damaged file is an error, not a crash. The sorter of the
 * text report (kh_sorter): records come back in their bytes' order at
 * any budget (in memory, a run each, runs merged down), findings with
 * them; a damaged or uncreatable file is an error.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "finding.h"
#include "rules.h"
#include "spill.h"

static struct kh_rule rules[2] = { { .id = "alpha-token" }, { .id = "beta-key" } };

static int asked;

/* the spill's filter: drops the secrets that start with "drop" */
static int drop_some(void *ctx, const struct kh_finding *f)
{
	(void)ctx;
	asked++;
	return !strncmp(f->secret, "drop", 4);
}

static struct kh_finding *make(unsigned i)
{
	char secret[64], match[96], file[64];
	struct kh_finding *f;
	struct kh_finding_more *m;

	snprintf(secret, sizeof(secret), "%s%07u", i % 9 == 0 ? "drop" : "tok",
		 i * 7919 % 1000);
	snprintf(match, sizeof(match), "key = \"%s\"", secret);
	snprintf(file, sizeof(file), "dir%u/file%u.env", i % 5, i % 13);
	f = kh_finding_new(secret, strlen(secret), i % 2 ? match : secret,
			   i % 2 ? strlen(match) : strlen(secret));
	f->rule = &rules[i % 2];
	f->file = i % 17 == 0 ? NULL : kh_shared_new(file, strlen(file));
	f->line = i % 31 + 1;
	f->column = i % 7 + 1;
	f->end_line = f->line + i % 2;
	f->end_column = f->column + 20;
	f->offset = i * 10;
	f->end_offset = i * 10 + 20;
	f->order = i;
	f->decoded = i % 4 == 0 ? 1u : 0u;
	f->context = (unsigned char)(i % 5);
	f->entropy = 3.0 + i / 1000.0;
	kh_fingerprint(f->rule->id, secret, strlen(secret), f->fingerprint);
	if (i % 3 == 0) {
		f->validation = cJSON_CreateObject();
		cJSON_AddStringToObject(f->validation, "structure", "valid");
		cJSON_AddNumberToObject(f->validation, "checksum", i);
		cJSON_AddTrueToObject(f->validation, "prefix");
	} else {
		f->validation = kh_validation_plain(i % 3 == 1 ? "unchecked" : "invalid");
	}
	if (i % 4 == 1) {
		struct kh_commit_info c = { .author = "Dev One",
					    .email = "dev@example.org",
					    .date = "2024-05-06T07:08:09Z",
					    .message = "add settings",
					    .tag = i % 8 == 1 ? "v1.0" : NULL };

		snprintf(c.id, sizeof(c.id), "%040u", i % 3);
		f->commit = kh_commit_info_dup(&c);
	}
	if (i % 6 == 5) {
		m = kh_finding_more(f);
		m->verification = cJSON_CreateObject();
		cJSON_AddStringToObject(m->verification, "status", "unknown");
		m->groups = cJSON_CreateObject();
		cJSON_AddStringToObject(m->groups, "user", "svc-reader");
		m->repository = kh_shared_new("repos/one", 9);
		m->repository_url =
			i % 12 == 5 ? kh_shared_new("https://git.example.org/one", 27)
				    : NULL;
		m->partner = strdup("client-id-12345");
		m->partner_offset = i + 3;
		m->partner_line = 2;
		m->at_head = i % 12 == 5 ? 1 : -1;
		m->head_line = 9;
		m->head_column = 4;
		m->head_end_line = 9;
		m->head_end_column = 30;
	}
	return f;
}

static int same_json(const cJSON *a, const cJSON *b)
{
	char *x, *y;
	int same;

	if (!a || !b)
		return a == b;
	x = cJSON_PrintUnformatted(a);
	y = cJSON_PrintUnformatted(b);
	same = x && y && !strcmp(x, y);
	free(x);
	free(y);
	return same;
}

static int same_str(const char *a, const char *b)
{
	return a && b ? !strcmp(a, b) : a == b;
}

static int same_finding(const struct kh_finding *a, const struct kh_finding *b)
{
	const struct kh_finding_more *x = kh_more(a), *y = kh_more(b);
	const struct kh_commit_info *c = a->commit, *d = b->commit;

	if (a->rule != b->rule || strcmp(a->secret, b->secret) ||
	    strcmp(a->match, b->match) || !same_str(a->file, b->file) ||
	    a->line != b->line || a->column != b->column || a->end_line != b->end_line ||
	    a->end_column != b->end_column || a->offset != b->offset ||
	    a->end_offset != b->end_offset || a->order != b->order ||
	    a->decoded != b->decoded || a->context != b->context ||
	    a->entropy != b->entropy || strcmp(a->fingerprint, b->fingerprint) ||
	    !same_json(a->validation, b->validation))
		return 0;
	/* the shared plain validation comes back as itself */
	if ((kh_validation_plain("valid") == a->validation ||
	     kh_validation_plain("invalid") == a->validation ||
	     kh_validation_plain("unchecked") == a->validation) &&
	    a->validation != b->validation)
		return 0;
	if (!c || !d) {
		if (c != d)
			return 0;
	} else if (strcmp(c->id, d->id) || !same_str(c->author, d->author) ||
		   !same_str(c->email, d->email) || !same_str(c->date, d->date) ||
		   !same_str(c->message, d->message) || !same_str(c->tag, d->tag)) {
		return 0;
	}
	return same_json(x->verification, y->verification) &&
	       same_json(x->groups, y->groups) &&
	       same_str(x->repository, y->repository) &&
	       same_str(x->repository_url, y->repository_url) &&
	       same_str(x->partner, y->partner) &&
	       x->partner_offset == y->partner_offset &&
	       x->partner_line == y->partner_line && x->at_head == y->at_head &&
	       x->head_line == y->head_line && x->head_column == y->head_column &&
	       x->head_end_line == y->head_end_line &&
	       x->head_end_column == y->head_end_column;
}

#define N 3000

/* The findings 0..N, in memory (want, without those dropped) and pushed
 * in batches of 20 onto two spilling lists taken into one (got). */
static struct kh_spill *fill(struct kh_findings *want, struct kh_findings *got)
{
	struct kh_spill *s = kh_spill_new(1, drop_some, NULL);
	struct kh_findings w[2] = { { 0 } };
	unsigned i;

	CHECK(s != NULL);
	CHECK(kh_spill_attach(&w[0], s, 1) == 0 && kh_spill_attach(&w[1], s, 1) == 0);
	for (i = 0; i < N; i++) {
		struct kh_finding *f = make(i);
		struct kh_findings *l = &w[i / 20 % 2];

		if (strncmp(f->secret, "drop", 4))
			kh_findings_push(want, make(i));
		kh_findings_push(l, f);
		if (i % 20 == 19 && i < N - 300)
			CHECK(kh_findings_spill_point(l) == 0);
	}
	CHECK(kh_findings_take(got, &w[0]) == 0 && kh_findings_take(got, &w[1]) == 0);
	kh_findings_release(&w[0]);
	kh_findings_release(&w[1]);
	kh_findings_sort(want);
	kh_findings_sort(got);
	return s;
}

static void test_round_trip(void)
{
	struct kh_findings want = { 0 }, got = { 0 };
	struct kh_finding_iter it;
	const struct kh_finding *f;
	struct kh_spill *s = fill(&want, &got);
	size_t n = 0, bad = 0, pass;

	/* the in-memory findings are filtered by their owner, later: here,
	 * the dropped ones still in memory go now */
	for (size_t i = 0, k = 0; i <= got.n; i++) {
		if (i == got.n) {
			got.n = k;
			break;
		}
		if (!strncmp(got.v[i]->secret, "drop", 4))
			kh_finding_free(got.v[i]);
		else
			got.v[k++] = got.v[i];
	}
	CHECK(kh_spill_error(s) == NULL);
	CHECK(asked > 0 && asked < N);
	CHECK(kh_findings_count(&got) == want.n);
	/* twice: a second pass reads the same (the runs merged down once) */
	for (pass = 0; pass < 2; pass++) {
		n = bad = 0;
		for (kh_findings_iter(&it, &got); (f = kh_iter_next(&it)); n++)
			bad += n >= want.n || !same_finding(want.v[n], f);
		CHECK(n == want.n);
		CHECK(bad == 0);
	}
	CHECK(kh_findings_spill_check(&got) == 0);
	kh_findings_release(&want);
	kh_findings_release(&got);
	kh_spill_free(s);
}

static void test_damaged(const char *how)
{
	struct kh_findings want = { 0 }, got = { 0 };
	struct kh_spill *s;

	setenv("KEYHOUND_SPILL_DAMAGE", how, 1);
	s = fill(&want, &got);
	CHECK(kh_findings_spill_check(&got) == -1);
	CHECK_STR(kh_spill_error(s), "spill file damaged");
	unsetenv("KEYHOUND_SPILL_DAMAGE");
	kh_findings_release(&want);
	kh_findings_release(&got);
	kh_spill_free(s);
}

static void test_budget(void)
{
	size_t b;
	char err[128];

	unsetenv("KEYHOUND_SPILL_BYTES");
	CHECK(kh_spill_budget(&b, err, sizeof(err)) == 0 && b == (size_t)64 << 20);
	setenv("KEYHOUND_SPILL_BYTES", "2M", 1);
	CHECK(kh_spill_budget(&b, err, sizeof(err)) == 0 && b == (size_t)2 << 20);
	setenv("KEYHOUND_SPILL_BYTES", "0", 1);
	CHECK(kh_spill_budget(&b, err, sizeof(err)) == 0 && b == 0);
	setenv("KEYHOUND_SPILL_BYTES", "12k", 1);
	CHECK(kh_spill_budget(&b, err, sizeof(err)) == 0 && b == 12 << 10);
	setenv("KEYHOUND_SPILL_BYTES", "-5", 1);
	CHECK(kh_spill_budget(&b, err, sizeof(err)) == -1);
	setenv("KEYHOUND_SPILL_BYTES", "64 MiB", 1);
	CHECK(kh_spill_budget(&b, err, sizeof(err)) == -1);
	unsetenv("KEYHOUND_SPILL_BYTES");
}

/* ---- kh_sorter ---- */

#define NREC 2500

/* Record i: 1 to 12 bytes from a small alphabet (prefixes of each other
 * and equal ones among them). */
static size_t record(unsigned i, unsigned char *p)
{
	unsigned x = i * 2654435761u, n = 1 + x % 12, k;

	for (k = 0; k < n; k++, x = x * 1103515245u + 12345u)
		p[k] = (unsigned char)("abc"[(x >> 16) % 3]);
	return n;
}

struct rec {
	unsigned char b[12];
	size_t n;
};

static int rec_cmp(const void *pa, const void *pb)
{
	const struct rec *a = pa, *b = pb;
	int c = memcmp(a->b, b->b, a->n < b->n ? a->n : b->n);

	return c ? c : (a->n > b->n) - (a->n < b->n);
}

static void test_sorter_order(size_t budget)
{
	static struct rec want[NREC];
	struct kh_sorter *so = kh_sorter_new(budget);
	const unsigned char *p;
	size_t n, k = 0, bad = 0;
	unsigned i;

	CHECK(so != NULL);
	for (i = 0; i < NREC; i++) {
		want[i].n = record(i, want[i].b);
		CHECK(kh_sorter_add(so, want[i].b, want[i].n) == 0);
	}
	qsort(want, NREC, sizeof(*want), rec_cmp);
	CHECK(kh_sorter_done(so) == 0);
	while ((p = kh_sorter_next(so, &n))) {
		bad += k >= NREC || n != want[k].n || memcmp(p, want[k].b, n);
		k++;
	}
	CHECK(kh_sorter_error(so) == NULL);
	CHECK(k == NREC);
	CHECK(bad == 0);
	kh_sorter_free(so);
}

/* Findings keyed in reverse come back reversed, every field whole. */
static void test_sorter_findings(void)
{
	struct kh_sorter *so = kh_sorter_new(100);
	struct kh_finding *f[200];
	const unsigned char *p;
	unsigned char key[4];
	size_t n, k = 0, bad = 0;
	unsigned i;

	CHECK(so != NULL);
	for (i = 0; i < 200; i++) {
		f[i] = make(i);
		key[0] = 0, key[1] = 0, key[2] = (unsigned char)((199 - i) >> 8);
		key[3] = (unsigned char)(199 - i);
		CHECK(kh_sorter_add_finding(so, key, sizeof(key), f[i]) == 0);
	}
	CHECK(kh_sorter_done(so) == 0);
	while ((p = kh_sorter_next(so, &n))) {
		struct kh_finding *g = kh_sorter_finding(so, p + 4, n - 4);

		bad += !g || k >= 200 || !same_finding(f[199 - k], g);
		kh_finding_free(g);
		k++;
	}
	CHECK(k == 200 && bad == 0);
	CHECK(kh_sorter_error(so) == NULL);
	/* a record that is not a finding: damaged, not a crash */
	CHECK(kh_sorter_finding(so, (const unsigned char *)"abcd", 4) == NULL);
	CHECK_STR(kh_sorter_error(so), "spill file damaged");
	kh_sorter_free(so);
	for (i = 0; i < 200; i++)
		kh_finding_free(f[i]);
}

/* A damaged file, or one that cannot be made: an error at done or add. */
static void test_sorter_errors(const char *tmp)
{
	struct kh_sorter *so;
	unsigned char b[12];
	unsigned i;
	int ret = 0;
	char want[256];

	setenv("KEYHOUND_SPILL_DAMAGE", "flip", 1);
	so = kh_sorter_new(1);
	for (i = 0; i < 300; i++)
		CHECK(kh_sorter_add(so, b, record(i, b)) == 0);
	CHECK(kh_sorter_done(so) == -1);
	CHECK_STR(kh_sorter_error(so), "spill file damaged");
	CHECK(kh_sorter_next(so, &(size_t){ 0 }) == NULL);
	kh_sorter_free(so);
	unsetenv("KEYHOUND_SPILL_DAMAGE");

	snprintf(want, sizeof(want), "%s/none", tmp);
	setenv("TMPDIR", want, 1);
	so = kh_sorter_new(64);
	for (i = 0; i < 300 && ret == 0; i++)
		ret = kh_sorter_add(so, b, record(i, b));
	CHECK(ret == -1);
	CHECK(kh_sorter_done(so) == -1);
	snprintf(want, sizeof(want), "spill file in %s/none: cannot create: %s", tmp,
		 strerror(ENOENT));
	CHECK_STR(kh_sorter_error(so), want);
	kh_sorter_free(so);
	setenv("TMPDIR", tmp, 1);

	/* nothing added: nothing read */
	so = kh_sorter_new(1);
	CHECK(kh_sorter_done(so) == 0 && kh_sorter_next(so, &(size_t){ 0 }) == NULL);
	kh_sorter_free(so);
}

int main(void)
{
	char tmp[] = "/tmp/unit_spill.XXXXXX";

	/* the test's own TMPDIR: the spill file is made there */
	if (!mkdtemp(tmp))
		return 1;
	setenv("TMPDIR", tmp, 1);
	test_budget();
	test_round_trip();
	test_damaged("flip");
	test_damaged("short");
	test_sorter_order(0);	    /* in memory */
	test_sorter_order(1);	    /* a run each, merged down */
	test_sorter_order(300);	    /* runs and memory */
	test_sorter_order(1 << 20); /* in memory under a budget */
	test_sorter_findings();
	test_sorter_errors(tmp);
	CHECK(rmdir(tmp) == 0); /* nothing left in it */
	return check_done("unit_spill");
}
