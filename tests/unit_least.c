/*
 * unit_least.c - the least bytes of a generic rule's value (kh_rule.
 * value_least), read by kh_rule_compile from its regex's `secret` group:
 * a keyword's line whose last `=` or `:` has fewer bytes after it is not
 * searched, so a length longer than a match's value can be would lose
 * findings.
 */
#include <string.h>

#include "check.h"
#include "rules.h"

static struct kh_rule rule;

/* value_least of regex in a rule of provider (0 when it does not
 * compile). */
static size_t least_of(const char *provider, const char *holds, const char *regex)
{
	char err[256];

	if (rule.code)
		pcre2_code_free(rule.code);
	memset(&rule, 0, sizeof(rule));
	rule.id = "unit-least";
	rule.source_file = "unit_least.c";
	rule.provider = (char *)provider;
	rule.match_holds = (char *)holds;
	rule.regex = (char *)regex;
	if (kh_rule_compile(&rule, err, sizeof(err)) < 0) {
		fprintf(stderr, "%s\n", err);
		return 0;
	}
	return rule.value_least;
}

static size_t least(const char *regex)
{
	return least_of("generic", "=:", regex);
}

/* Classes, quantifiers, groups, alternatives and conditions */
static void test_lengths(void)
{
	CHECK(least("key=(?<secret>[0-9a-f]{64})") == 64);
	CHECK(least("k=(?<secret>[0-9]{10}|[a-z]{40})") == 10);
	CHECK(least("k=(?<secret>[a-z](?:[a-z0-9]|=(?=x)){7,14}={0,2})") == 8);
	CHECK(least("k=(?<secret>(?:ab|c)+d*)") == 1);
	/* lookarounds, anchors, option settings and \b are no bytes */
	CHECK(least("k=(?<secret>(?=[a-z])(?i)[a-z0-9]{5}\\b(?<![:;]))$") == 5);
	CHECK(least("k=(?<secret>[\\w.-]{6}(?![^\\s&]{0,200}&))") == 6);
	/* a class holding bytes past 0x7f, read for its end only */
	CHECK(least("k=(?<secret>[A-Za-z\\x80-\\xff\\]]{12,200})") == 12);
	/* a condition: its least branch; without a `no` branch, nothing */
	CHECK(least("k=(?<q>\")?(?<secret>(?(q)[^\"]{8,15}|[a-z]{9}))\\k<q>?") == 8);
	CHECK(least("k=(?<q>\")?(?<secret>(?(q)[^\"]{8,15}))") == 0);
	/* the generic rules' own form: a name, an operator, a quote */
	CHECK(least("(?:^[ \\t]*|(?<![A-Za-z0-9]))(?i:pass(?:wor)?d)[\"']?[ \\t]*"
		    "(?:=>|:=|=(?!=)|:(?![:=/]))[ \\t]*(?<q>[\"'`])?"
		    "(?<secret>(?(q)[!#-&(-~\\x80-\\xff]{8,15}|[A-Za-z0-9_+/-]{8,15}))"
		    "(?(q)\\k<q>|[ \\t\\r]*$)") == 8);
}

/* What this does not read for sure, or a match need not hold: nothing. */
static void test_none(void)
{
	CHECK(least("(?<a>[0-9])=(?<secret>\\1{30})") == 0);
	CHECK(least("k=(?<secret>\\x41{30})") == 0);
	CHECK(least("k=(?<secret>\\p{L}{30})") == 0);
	CHECK(least("k=(?<secret>[[:alnum:]]{20})") == 0);
	CHECK(least("(?x) k= (?<secret> [0-9]{30} )") == 0);
	CHECK(least("k=(?<secret>(?(?=a)[a-z]{20}|[0-9]{20}))") == 0);
	CHECK(least("k=(?<secret>[0-9]{30})?") == 0);
	CHECK(least("a|k=(?<secret>[0-9]{30})") == 0);
	CHECK(least("k(?:=(?<secret>[0-9]{30}))") == 0);
	CHECK(least("k=(?<secret>[0-9]{30})|b") == 0);
	CHECK(least("k=([0-9]{30})") == 0); /* no `secret` group */
	/* only a generic rule's value follows its match_holds */
	CHECK(least_of("acme", "=:", "k=(?<secret>[0-9]{30})") == 0);
	CHECK(least_of("generic", NULL, "k=(?<secret>[0-9]{30})") == 0);
}

int main(void)
{
	test_lengths();
	test_none();
	if (rule.code)
		pcre2_code_free(rule.code);
	return check_done("unit_least");
}
