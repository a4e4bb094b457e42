/*
 * unit_runs.c - the byte run every match of a rule holds (kh_rule.run_set,
 * run_len), read by kh_rule_compile from the regex's `secret` group: a
 * window without it is not searched, so a run longer than a match can
 * hold, or a set missing a byte one can hold, would lose findings.
 */
#include <string.h>

#include "check.h"
#include "rules.h"

static struct kh_rule rule;

/* The run of regex (0 when it does not compile). */
static size_t run_of(const char *regex)
{
	char err[256];

	if (rule.code)
		pcre2_code_free(rule.code);
	memset(&rule, 0, sizeof(rule));
	rule.id = "unit-run";
	rule.source_file = "unit_runs.c";
	rule.regex = (char *)regex;
	rule.max_span = 1024;
	if (kh_rule_compile(&rule, err, sizeof(err)) < 0) {
		fprintf(stderr, "%s\n", err);
		return 0;
	}
	return rule.run_len;
}

/* Whether every byte of s is in the last run's set. */
static int in_set(const char *s)
{
	for (; *s; s++) {
		unsigned c = (unsigned char)*s;

		if (!(rule.run_set[c / 64] >> (c % 64) & 1))
			return 0;
	}
	return 1;
}

/* Classes and quantifiers, counted by their least. */
static void test_lengths(void)
{
	CHECK(run_of("key=(?<secret>[0-9a-f]{64})") == 64);
	CHECK(in_set("0123456789abcdef") && !in_set("g") && !in_set("-"));
	/* an optional group is part of the run, adding no length */
	CHECK(run_of("(?<secret>(?:0x)?[0-9a-fA-F]{64})(?![0-9a-f])") == 64);
	CHECK(in_set("0x"));
	/* a repeated group of classes: one run */
	CHECK(run_of("(?<secret>[A-Za-z0-9]{4}(?: [A-Za-z0-9]{4}){5})") == 29);
	CHECK(in_set("ab12 CD"));
	CHECK(run_of("(?<secret>\\d{8}-\\d{4})") == 13);
	CHECK(run_of("(?<secret>[\\w.-]{16,200}?)") == 16);
	CHECK(in_set("_.-aZ9") && !in_set("/"));
	CHECK(run_of("(?<secret>[!-/]{20}+)") == 20);
	CHECK(in_set("!#%/"));
	/* a group of alternatives breaks the run: `_` and the 24 after it count */
	CHECK(run_of("(?<secret>sk_(?:live|test)_[A-Za-z0-9]{24})") == 25);
	/* zero-width atoms do not break it */
	CHECK(run_of("(?<secret>[a-z]{4}\\b(?=x)[a-z]{4})") == 8);
	/* a positive lookahead still reads bytes inside the window */
	CHECK(run_of("(?=(?<secret>[0-9]{30}))") == 30);
}

/* A set holds every byte a match may hold there. */
static void test_sets(void)
{
	/* (?i) may be in force anywhere: both cases of a letter */
	CHECK(run_of("(?i)k=(?<secret>[a-f0-9]{32})") == 32);
	CHECK(in_set("ABCDEFabcdef"));
	CHECK(run_of("(?i:x(?<secret>[a-f]{30}))") == 30);
	CHECK(in_set("F"));
	/* a negated class: every other byte, high ones too */
	CHECK(run_of("(?<secret>[^\\s\"']{20,})") == 20);
	CHECK(in_set("x\xc3\xa9\xff") && !in_set("\"") && !in_set(" ") && !in_set("\n"));
	CHECK(run_of("(?<secret>[]a]{20})") == 20);
	CHECK(in_set("]a"));
	CHECK(run_of("(?<secret>\\S{20})") == 20);
	CHECK(in_set("\x01\x80") && !in_set("\t"));
}

/* Where a match need not hold the group, or this cannot read it: no run. */
static void test_none(void)
{
	CHECK(run_of("(?:a|(?<secret>[0-9]{30}))") == 0);
	CHECK(run_of("x(?<secret>[0-9]{30})?") == 0);
	CHECK(run_of("x(?:y(?<secret>[0-9]{30})){0,2}") == 0);
	CHECK(run_of("(?<=(?<secret>[0-9]{30}))x") == 0);
	CHECK(run_of("x(?!(?<secret>[0-9]{30}))") == 0);
	CHECK(run_of("(?<secret>[0-9]{10}|[a-z]{40})") == 0);
	CHECK(run_of("(?<secret>[[:alnum:]]{20})") == 0);
	CHECK(run_of("(?x) (?<secret> [0-9]{30} )") == 0);
	CHECK(run_of("(?<secret>\\x41{30})") == 0);
	CHECK(run_of("(?<secret>[\\--z]{30})") == 0);
	CHECK(run_of("(?<a>[0-9])(?<secret>\\1{30})") == 0);
	CHECK(run_of("(?<secret>.{30})") == 0);
	CHECK(run_of("([0-9]{30})") == 0); /* no `secret` group */
}

int main(void)
{
	test_lengths();
	test_sets();
	test_none();
	if (rule.code)
		pcre2_code_free(rule.code);
	return check_done("unit_runs");
}
