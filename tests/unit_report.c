/*
 * unit_report.c - what keeps reports safe: masking every secret of a
 * report in any string, UTF-8 repair that keeps the exact bytes, text
 * escaping for terminals, baseline lookups, remote URLs printed without
 * their credentials, and reports read back (keyhound merge) giving the
 * same report.
 */
#include <glob.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "audit.h"
#include "check.h"
#include "report.h"
#include "rules.h"
#include "verify.h"

static struct kh_rule rule = { .id = "test-rule" };

static struct kh_finding *mkfinding(const char *secret)
{
	struct kh_finding *f = calloc(1, sizeof(*f));

	f->rule = &rule;
	f->secret = strdup(secret);
	f->match = strdup(secret);
	kh_fingerprint(rule.id, secret, strlen(secret), f->fingerprint);
	return f;
}

static void test_masker(void)
{
	struct kh_findings l = { 0 };
	struct kh_masker *m;
	char *s;

	kh_findings_push(&l, mkfinding("ghp_aaaaaaaaaaaaaaaaaaaaaaaa"));
	kh_findings_push(&l, mkfinding("ghp_aaaaaaaaaaaaaaaaaaaaaaaa")); /* twice */
	kh_findings_push(&l, mkfinding("zz"));				 /* short */
	kh_findings_push(&l, mkfinding("sk_live_bbbbbbbbbbbbbbbbbbbbbbbb"));
	m = kh_masker_new(&l);
	CHECK(m != NULL);
	s = kh_masker_apply(
		m, "a ghp_aaaaaaaaaaaaaaaaaaaaaaaa b sk_live_bbbbbbbbbbbbbbbbbbbbbbbb");
	CHECK_STR(s, "a ghp_***** b sk_l*****");
	free(s);
	s = kh_masker_apply(m, "fixzzes/ghp_aaaaaaaaaaaaaaaaaaaaaaaa.txt");
	CHECK_STR(s, "fix*****es/ghp_*****.txt");
	free(s);
	s = kh_masker_apply(m, "nothing here");
	CHECK_STR(s, "nothing here");
	free(s);
	s = kh_masker_apply(m, "");
	CHECK_STR(s, "");
	free(s);
	/* every string of a JSON tree */
	{
		cJSON *o = cJSON_Parse(
			"{\"a\": [\"x ghp_aaaaaaaaaaaaaaaaaaaaaaaa\"], "
			"\"b\": {\"c\": \"sk_live_bbbbbbbbbbbbbbbbbbbbbbbb\"}}");
		char *p;

		CHECK(kh_json_mask(o, m) == 0);
		p = cJSON_PrintUnformatted(o);
		CHECK_STR(p, "{\"a\":[\"x ghp_*****\"],\"b\":{\"c\":\"sk_l*****\"}}");
		free(p);
		cJSON_Delete(o);
	}
	kh_masker_free(m);
	kh_masker_free(NULL);
	kh_findings_release(&l);
}

/* Many secrets with one prefix: each is found and masked exactly. */
static void test_masker_shared_prefix(void)
{
	struct kh_findings l = { 0 };
	struct kh_masker *m;
	struct kh_strbuf in, want;
	char sec[64], mask[32];
	char *s;
	int i;

	kh_strbuf_init(&in, 0);
	kh_strbuf_init(&want, 0);
	for (i = 0; i < 2000; i++) {
		snprintf(sec, sizeof(sec), "pat-na1-%08d-aaaa-bbbb", i);
		if (i % 2) /* every other one is a secret of the report */
			kh_findings_push(&l, mkfinding(sec));
		kh_redact(sec, mask, sizeof(mask));
		kh_strbuf_addf(&in, "%s,", sec);
		kh_strbuf_addf(&want, "%s,", i % 2 ? mask : sec);
	}
	m = kh_masker_new(&l);
	s = m ? kh_masker_apply(m, in.s) : NULL;
	CHECK(s && !strcmp(s, want.s));
	free(s);
	kh_masker_free(m);
	kh_strbuf_release(&in);
	kh_strbuf_release(&want);
	kh_findings_release(&l);
}

/* Secrets given many times over in any order (the masker compacts its
 * digests as they come): each masked once known, a near miss never, the
 * longer where two start at one place, whatever their lengths. */
static void test_masker_repeats(void)
{
	struct kh_findings l = { 0 };
	struct kh_masker *m;
	char sec[64], near[64], line[200], mask[32], want[200];
	char *s;
	int i, ok = 1;

	for (i = 0; i < 6000; i++) {
		int v = (i * 7919) % 1500;

		snprintf(sec, sizeof(sec), "tok_%0*d", 12 + v % 5, v);
		kh_findings_push(&l, mkfinding(sec));
	}
	kh_findings_push(&l, mkfinding("tok_0000001"));
	kh_findings_push(&l, mkfinding("tok_0000001xyzwvutsr"));
	m = kh_masker_new(&l);
	CHECK(m != NULL);
	for (i = 0; m && i < 1500; i++) {
		snprintf(sec, sizeof(sec), "tok_%0*d", 12 + i % 5, i);
		snprintf(near, sizeof(near), "%s", sec);
		near[4] = '9'; /* one byte off: no secret starts "tok_9" */
		snprintf(line, sizeof(line), "a=%s b=%s", sec, near);
		kh_redact(sec, mask, sizeof(mask));
		snprintf(want, sizeof(want), "a=%s b=%s", mask, near);
		s = kh_masker_apply(m, line);
		ok = ok && s && !strcmp(s, want);
		free(s);
	}
	CHECK(ok);
	s = m ? kh_masker_apply(m, "x tok_0000001xyzwvutsr y") : NULL;
	CHECK_STR(s, "x tok_***** y");
	free(s);
	kh_masker_free(m);
	kh_findings_release(&l);
}

static void test_utf8(void)
{
	cJSON *o = cJSON_CreateObject();
	const cJSON *b;
	char *s, *raw;

	CHECK(kh_utf8_valid("plain café ✓"));
	CHECK(!kh_utf8_valid("caf\xe9"));
	CHECK(!kh_utf8_valid("\xc0\xaf"));	   /* overlong '/' */
	CHECK(!kh_utf8_valid("\xed\xa0\x80"));	   /* a surrogate */
	CHECK(!kh_utf8_valid("\xf4\x90\x80\x80")); /* past U+10FFFF */
	CHECK(!kh_utf8_valid("\xe2\x9c"));	   /* cut short */
	s = kh_utf8_lossy("caf\xe9.txt");
	CHECK_STR(s, "caf\xef\xbf\xbd.txt");
	free(s);

	cJSON_AddStringToObject(o, "file", "caf\xe9.txt");
	cJSON_AddStringToObject(o, "ok", "fine");
	CHECK(kh_json_fix_utf8(o, 1) == 0);
	CHECK_STR(cJSON_GetObjectItem(o, "file")->valuestring, "caf\xef\xbf\xbd.txt");
	b = cJSON_GetObjectItem(o, "file_bytes");
	CHECK(cJSON_IsString(b));
	CHECK(!cJSON_GetObjectItem(o, "ok_bytes"));
	raw = b ? kh_bytes_field_decode(b->valuestring) : NULL;
	CHECK_STR(raw, "caf\xe9.txt"); /* reversible */
	free(raw);
	CHECK(kh_bytes_field_decode("AGE=") == NULL); /* a NUL inside */
	CHECK(kh_bytes_field_decode("!!!!") == NULL);
	cJSON_Delete(o);
}

static void test_text_escape(void)
{
	struct kh_strbuf b;

	kh_strbuf_init(&b, 0);
	kh_text_escape(&b, "a\033[31mb\tc\x7f\xc2\x9b d\xff é");
	CHECK_STR(b.s, "a\\x1b[31mb\\x09c\\x7f\\xc2\\x9b d\\xff é");
	kh_strbuf_release(&b);
}

static void test_baseline(void)
{
	char dir[] = "/tmp/unit_report.XXXXXX", path[64];
	struct kh_baseline *b;
	char err[256] = "";
	FILE *f;

	CHECK(mkdtemp(dir) != NULL);
	snprintf(path, sizeof(path), "%s/base.json", dir);
	f = fopen(path, "w");
	CHECK(f != NULL);
	if (!f)
		return;
	fputs("{\"version\": 1, \"findings\": ["
	      "{\"fingerprint\": \"00000000000000000000000000000001\", \"rule_id\": "
	      "\"r\"},"
	      "{\"fingerprint\": \"ffffffffffffffffffffffffffffffff\", \"file\": \"a\"},"
	      "{\"fingerprint\": \"00000000000000000000000000000001\", \"file\": "
	      "\"b\"}]}",
	      f);
	fclose(f);
	b = kh_baseline_load(path, err, sizeof(err));
	CHECK(b != NULL);
	CHECK(kh_baseline_stale(b, NULL, NULL) == 3);
	CHECK(kh_baseline_has(b, "00000000000000000000000000000001"));
	CHECK(!kh_baseline_has(b, "00000000000000000000000000000002"));
	CHECK(kh_baseline_stale(b, NULL, NULL) == 1); /* both entries of ...01 used */
	kh_baseline_free(b);
	unlink(path);
	rmdir(dir);
	b = kh_baseline_load("/nonexistent/baseline.json", err, sizeof(err));
	CHECK(b == NULL && strstr(err, "/nonexistent/baseline.json"));
}

/* A report's "file_bytes" gives back the exact name (keyhound verify). */
static void test_report_bytes(void)
{
	static const char rules[] =
		"{\"rules\":[{\"id\":\"t-one\",\"description\":\"d\",\"severity\":"
		"\"low\",\"keywords\":[\"k\"],\"regex\":\"k=(\\\\w+)\","
		"\"remediation\":\"r\"}]}";
	char report[] = "[{\"rule_id\":\"t-one\",\"secret\":\"abc\",\"file\":"
			"\"caf\\ufffd.txt\",\"file_bytes\":\"Y2Fm6S50eHQ=\"}]";
	struct kh_ruleset rs = { 0 };
	struct kh_findings l = { 0 };
	char err[256] = "";

	CHECK(kh_rules_load_json(&rs, rules, strlen(rules), "unit", err, sizeof(err)) ==
	      0);
	CHECK(kh_report_parse("r.json", report, strlen(report), &rs, &l, err,
			      sizeof(err)) == 0);
	CHECK(l.n == 1 && l.v[0]->file && !strcmp(l.v[0]->file, "caf\xe9.txt"));
	kh_findings_release(&l);
	kh_ruleset_release(&rs);
}

static struct kh_finding *mkfull(const struct kh_rule *r, const char *secret,
				 const char *file, size_t line, const char *commit,
				 const char *date)
{
	struct kh_finding *f = calloc(1, sizeof(*f));

	f->rule = r;
	f->secret = strdup(secret);
	f->match = kh_strndup(secret, strlen(secret)); /* as a finding has it */
	f->file = file ? kh_shared_new(file, strlen(file)) : NULL;
	f->line = f->end_line = line;
	f->column = 3;
	f->end_column = 3 + strlen(secret);
	f->entropy = 3.14159;
	kh_fingerprint(r->id, secret, strlen(secret), f->fingerprint);
	f->validation = cJSON_Parse("{\"structure\":\"valid\",\"n\":0.1}");
	if (commit) {
		struct kh_commit_info *ci = calloc(1, sizeof(*ci));

		f->commit = ci;
		snprintf(ci->id, sizeof(ci->id), "%s", commit);
		ci->author = strdup("A\xff");
		ci->email = strdup("a@example.com");
		ci->date = strdup(date);
		ci->message = strdup("m");
	}
	return f;
}

/*
 * Findings written as JSON and read back are written again byte for byte
 * (every field a report shows, invalid UTF-8 and both decoding levels
 * too), in an order made only of what the report shows; a report read
 * twice gives each finding once.
 */
static void test_report_round_trip(void)
{
	static const char rules[] =
		"{\"rules\":[{\"id\":\"t-one\",\"description\":\"d\",\"severity\":"
		"\"low\",\"keywords\":[\"k\"],\"regex\":\"k=(\\\\w+)\","
		"\"remediation\":\"r\"}]}";
	struct kh_ruleset rs = { 0 };
	struct kh_findings l = { 0 }, back = { 0 };
	struct kh_options opt = { .format = KH_FMT_JSON, .show_secrets = 1 };
	struct kh_strbuf a, b;
	struct kh_finding *f;
	char err[256] = "";
	int lines;

	CHECK(kh_rules_load_json(&rs, rules, strlen(rules), "unit", err, sizeof(err)) ==
	      0);
	if (rs.n != 1)
		return;
	/* listed newest first; the report puts the oldest commit first, a
	 * finding without a commit last */
	kh_findings_push(&l, mkfull(&rs.v[0], "dangling", "blob:1", 1, NULL, NULL));
	kh_findings_push(&l, mkfull(&rs.v[0], "newer", "b.txt", 1,
				    "2222222222222222222222222222222222222222",
				    "2024-01-02T00:00:00Z"));
	kh_findings_push(&l, f = mkfull(&rs.v[0], "older", "caf\xe9.txt", 9,
					"3333333333333333333333333333333333333333",
					"2024-01-01T00:00:00Z"));
	f->decoded = 1u | 4u | (1u << 4); /* base64 and escape, then base64 */
	kh_finding_more(f)->verification = cJSON_Parse("{\"status\":\"verified\"}");
	kh_findings_push(&l, f = mkfull(&rs.v[0], "msg", NULL, 1,
					"1111111111111111111111111111111111111111",
					"2024-01-02T00:00:00Z"));
	f->commit->tag = strdup("v1");
	kh_findings_sort(&l);
	CHECK_STR(l.v[0]->secret, "older");
	CHECK_STR(l.v[1]->secret, "msg"); /* same second: by id */
	CHECK_STR(l.v[3]->secret, "dangling");
	for (lines = 0; lines < 2; lines++) {
		kh_strbuf_init(&a, 0);
		kh_strbuf_init(&b, 0);
		CHECK(kh_format_json(&a, &l, &opt, lines) == 0);
		CHECK(kh_report_parse("r", a.s, a.len, &rs, &back, err, sizeof(err)) ==
		      0);
		CHECK(kh_report_parse("r", a.s, a.len, &rs, &back, err, sizeof(err)) ==
		      0);
		kh_findings_sort(&back);
		CHECK(back.n == 8 && kh_findings_dedupe(&back) == 4 && back.n == 4);
		CHECK(kh_format_json(&b, &back, &opt, lines) == 0);
		CHECK(a.len == b.len && a.s && b.s && !memcmp(a.s, b.s, a.len));
		kh_findings_release(&back);
		kh_strbuf_release(&a);
		kh_strbuf_release(&b);
	}
	kh_findings_release(&l);
	kh_ruleset_release(&rs);
}

/*
 * While verifying, a first SIGINT is only recorded; a second one dies at
 * once and still removes the temporary report. In a child process, which
 * the signal kills.
 */
static void test_interrupt(void)
{
	char dir[] = "/tmp/kh-unit-intr.XXXXXX", out[64], pat[80];
	struct kh_options opt = { 0 };
	struct kh_report_sink sink;
	char err[256] = "";
	glob_t g;
	pid_t pid;
	int st = 0;

	CHECK(mkdtemp(dir) != NULL);
	snprintf(out, sizeof(out), "%s/r.json", dir);
	snprintf(pat, sizeof(pat), "%s/r.json.tmp.*", dir);
	opt.output = out;
	fflush(NULL);
	pid = fork();
	if (pid == 0) {
		if (kh_report_open(&sink, &opt, err, sizeof(err)) < 0)
			_exit(3);
		kh_interrupt_defer(1);
		raise(SIGINT);
		if (kh_interrupt_pending() != SIGINT)
			_exit(4);
		raise(SIGINT); /* the second: dies here */
		_exit(5);
	}
	CHECK(pid > 0 && waitpid(pid, &st, 0) == pid);
	CHECK(WIFSIGNALED(st) && WTERMSIG(st) == SIGINT);
	CHECK(glob(pat, 0, NULL, &g) == GLOB_NOMATCH);
	globfree(&g);
	/* outside the verify loop the signals act as before */
	kh_interrupt_defer(1);
	kh_interrupt_defer(0);
	CHECK(kh_interrupt_pending() == 0);
	rmdir(dir);
}

/* A repository's origin URL goes into every finding: never its token. */
static void test_url_credentials(void)
{
	static const char *cases[][2] = {
		{ "https://user:ghp_tok@github.com/org/x.git",
		  "https://github.com/org/x.git" },
		{ "https://ghp_tok@github.com/org/x", "https://github.com/org/x" },
		{ "https://a@b:pw@host/x", "https://host/x" },
		{ "https://host/x.git?private_token=tok#frag", "https://host/x.git" },
		{ "https://host/x@y", "https://host/x@y" },
		{ "ssh://git:pw@host:22/x.git", "ssh://host:22/x.git" },
		{ "git@github.com:org/x.git", "git@github.com:org/x.git" },
		{ "u:pw@host:x", "host:x" },
		{ "/srv/git/x.git", "/srv/git/x.git" },
		{ "file:///srv/x", "file:///srv/x" },
		{ "", "" },
	};
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char *got = kh_url_without_credentials(cases[i][0]);

		CHECK_STR(got, cases[i][1]);
		free(got);
	}
}

int main(void)
{
	test_url_credentials();
	test_masker();
	test_masker_shared_prefix();
	test_masker_repeats();
	test_utf8();
	test_text_escape();
	test_baseline();
	test_report_bytes();
	test_report_round_trip();
	test_interrupt();
	return check_done("unit_report");
}
