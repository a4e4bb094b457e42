/*
 * unit_filters.c - the placeholder judge: what is filler, what is structure.
 */
#include <string.h>

#include "check.h"
#include "validate.h"

static int placeholder(const char *s)
{
	return kh_is_placeholder((const unsigned char *)s, strlen(s));
}

/* Runs of one character are filler only where they cannot be structure. */
static void test_runs(void)
{
	/* HubSpot's documentation: an older PAK, base64 of a protobuf whose
	 * zero bytes give a run of ten A's */
	CHECK(!placeholder(
		"CJDVnLanLRICEQIYyLu8LyDh9E4opf1GMhkAxGuU5XN_O2O2QhX0khw7cwIkPkBRHye-"
		"OfIADgLBAAADAIADAAAAAAAAAAJCGQC8a5TlhtSU8T-2mVLxOBpxS18aM42oGKk"));
	/* an Azure DevOps-shaped PAT: 13 A's by design */
	CHECK(!placeholder(
		"7Kq2mWbZ9rTn4Yh0pLc3VxE8sJd5Fg1aQwUe6RtIo2PzMnB4vC8xLkAAAAAAAAAAAAA"
		"ZDO3mTf9"));
	CHECK(placeholder("sk_live_xxxxxxxxxxxxxxxxxxxxxxxx"));
	CHECK(placeholder("ghp_000000000000000000000000000000000000"));
	CHECK(placeholder("token-********-abcd"));
	/* a run that is a quarter of the value is filler whatever the letter */
	CHECK(placeholder("AKIAQQQQQQQQQQQQQQ7R"));
	CHECK(!placeholder("q8Zr2LmV0pXt7sKd"));
}

static void test_sequences(void)
{
	CHECK(placeholder("ghp_abcdefghijklmnopqrstuvwxyz0123456789"));
	CHECK(placeholder(
		"dop_v1_1234567890abcdef1234567890abcdef1234567890abcdef1234567890ab"));
	CHECK(placeholder("AIzaSyabcdefghijklmnopqrstuvwxyz0123456"));
	CHECK(placeholder("glpat-qwertyuiopasdfghjk"));
	CHECK(placeholder("xoxb-asdfghjkl-zxcvbnm"));
	/* climbing across the digit/letter boundary is not a sequence; five
	 * steps are not enough */
	CHECK(!placeholder("sk_live_9Tq2v789abRw5LmZx0Yp3Ks1"));
	CHECK(!placeholder("glpat-Rk3vabcdeZ9q2Wm7Lx1N"));
}

static void test_doc_samples(void)
{
	CHECK(placeholder("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
			  "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6"
			  "IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ."
			  "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_"
			  "adQssw5c"));
	/* Splunk's and Docker's HEC token, PagerDuty's integration key */
	CHECK(placeholder("B5A79AAD-D822-46CC-80D1-819F80D7BFB0"));
	CHECK(placeholder("176FCEBF-4CF5-4EDF-91BC-703796522D20"));
	CHECK(placeholder("e93facc04764012d7bfb002500d5d1a6"));
	CHECK(!placeholder("e93facc04764012d7bfb002500d5d1a7"));
	CHECK(placeholder("sk_test_4eC39HqLyjWDarjtT1zdp7dc"));
	CHECK(placeholder("2YotnFZFEjr1zCsicMWpAA")); /* RFC 6749's access token */
	CHECK(placeholder("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzb21lIjoicGF5bG9hZCJ9."
			  "4twFt5NiznN84AWoo1d7KO1T_yoc0Z6XOpOVswacPZg"));
	CHECK(placeholder("AKIAIOSFODNN7EXAMPLE"));
}

int main(void)
{
	test_runs();
	test_sequences();
	test_doc_samples();
	return check_done("unit_filters");
}
