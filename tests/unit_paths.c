/*
 * unit_paths.c - rules a file's path selects: which globs a rule file may
 * hold, and which paths, archive members and nameless sources select them.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "path_rules.h"

static int glob_ok(const char *g)
{
	char why[200];

	return kh_path_glob_check(g, why, sizeof(why)) == 0;
}

static void test_check(void)
{
	CHECK(glob_ok(".pgpass"));
	CHECK(glob_ok("config/master.key"));
	CHECK(glob_ok("config/credentials/*.key"));
	CHECK(glob_ok("**/secrets/?.tok"));
	CHECK(!glob_ok(""));
	CHECK(!glob_ok("*"));	     /* every file: the rule would run everywhere */
	CHECK(!glob_ok("config/*")); /* no literal end to compare first */
	CHECK(!glob_ok("secrets/**"));
	CHECK(!glob_ok("/etc/app.key")); /* anchored: paths depend on the scan root */
	CHECK(!glob_ok("config/"));
	CHECK(!glob_ok("a[bc].key"));
	CHECK(!glob_ok("a\\*.key"));
	CHECK(!glob_ok("a\n.key"));
}

/* Rules 0 and 2 have paths, rule 1 has not. */
static const char rules_json[] =
	"{\"provider\": \"acme\", \"rules\": ["
	"{\"id\": \"acme-master\", \"description\": \"d\", \"severity\": \"low\","
	" \"keywords\": [], \"paths\": [\"config/master.key\", "
	"\"config/credentials/*.key\"],"
	" \"regex\": \"x\", \"remediation\": \"r\"},"
	"{\"id\": \"acme-any\", \"description\": \"d\", \"severity\": \"low\","
	" \"keywords\": [\"k\"], \"regex\": \"x\", \"remediation\": \"r\"},"
	"{\"id\": \"acme-pgpass\", \"description\": \"d\", \"severity\": \"low\","
	" \"keywords\": [], \"paths\": [\".pgpass\"], \"regex\": \"x\", \"remediation\": "
	"\"r\"}"
	"]}";

/* The hit bits left for path (all three rules' bits set before). */
static uint64_t selected(const struct kh_path_rules *p, const char *path)
{
	uint64_t hits = 7, kept = 0;

	kh_path_rules_apply(p, path, &hits, &kept);
	return hits;
}

static void test_apply(void)
{
	struct kh_ruleset rs = { 0 };
	struct kh_path_rules *p = NULL;
	char err[512];

	CHECK(kh_rules_load_json(&rs, rules_json, strlen(rules_json), "t.json", err,
				 sizeof(err)) == 0);
	CHECK(kh_path_rules_new(&p, &rs) == 0 && p);
	CHECK(selected(p, "config/master.key") == 3);
	CHECK(selected(p, "/srv/app/config/master.key") == 3);
	CHECK(selected(p, "./config/credentials/production.key") == 3);
	CHECK(selected(p, "home/deploy/.pgpass") == 6);
	CHECK(selected(p, ".pgpass") == 6);
	/* archive members: the path inside the archive */
	CHECK(selected(p, "dist/app.zip!config/master.key") == 3);
	CHECK(selected(p, "a.tar.gz!b.zip!.pgpass") == 6);
	/* the same name's neighbours select nothing */
	CHECK(selected(p, "config/master.key.example") == 2);
	CHECK(selected(p, "myconfig/master.key") == 2);
	CHECK(selected(p, "x.pgpass") == 2);
	CHECK(selected(p, ".pgpass.bak") == 2);
	CHECK(selected(p, "-") == 2);
	CHECK(selected(p, NULL) == 2); /* a commit message */
	/* a bit the prefilter did not set stays clear */
	{
		uint64_t hits = 2, kept = 0;

		kh_path_rules_apply(p, "config/master.key", &hits, &kept);
		CHECK(hits == 2);
	}
	kh_path_rules_apply(NULL, "x", NULL, NULL); /* no path rules: nothing to do */
	kh_path_rules_free(p);
	kh_ruleset_release(&rs);

	/* no rule with paths: no table */
	CHECK(kh_rules_load_json(&rs, rules_json, strlen(rules_json), "t.json", err,
				 sizeof(err)) == 0);
	{
		unsigned char rm[3] = { 1, 0, 1 };

		CHECK(kh_rules_remove(&rs, rm) == 2);
	}
	CHECK(kh_path_rules_new(&p, &rs) == 0 && !p);
	kh_ruleset_release(&rs);
	kh_path_rules_free(NULL);
}

/* The path rules of one rule whose "paths" are `globs` (JSON), into *rs. */
static struct kh_path_rules *one_rule(struct kh_ruleset *rs, const char *globs)
{
	struct kh_path_rules *p = NULL;
	char json[512], err[512];

	snprintf(json, sizeof(json),
		 "{\"provider\": \"acme\", \"rules\": [{\"id\": \"acme-x\","
		 " \"description\": \"d\", \"severity\": \"low\", \"keywords\": [],"
		 " \"paths\": [%s], \"regex\": \"x\", \"remediation\": \"r\"}]}",
		 globs);
	CHECK(kh_rules_load_json(rs, json, strlen(json), "t.json", err, sizeof(err)) ==
	      0);
	CHECK(kh_path_rules_new(&p, rs) == 0 && p);
	return p;
}

/* A glob whose literal end is one byte: any byte may stand before it. */
static void test_short_tail(void)
{
	struct kh_ruleset rs = { 0 };
	struct kh_path_rules *p = one_rule(&rs, "\"*x\"");

	CHECK(selected(p, "x") == 7);
	CHECK(selected(p, "a/bx") == 7);
	CHECK(selected(p, "a/b.x") == 7);
	CHECK(selected(p, "a/b.y") == 6);
	CHECK(selected(p, "") == 6);
	kh_path_rules_free(p);
	kh_ruleset_release(&rs);
}

/* A path is tried against a glob only when it holds the glob's longest
 * text between wildcards ("/pgbouncer/us", a leading "./" aside). */
static void test_inner_text(void)
{
	struct kh_ruleset rs = { 0 };
	struct kh_path_rules *p =
		one_rule(&rs, "\"./*/pgbouncer/us?r*.txt\", \"./a?b.txt\"");

	CHECK(selected(p, "a/pgbouncer/user.txt") == 7);
	CHECK(selected(p, "srv/a/pgbouncer/users-2.txt") == 7);
	CHECK(selected(p, "x.zip!a/pgbouncer/user.txt") == 7);
	CHECK(selected(p, "a/pgbouncer2/user.txt") == 6);
	CHECK(selected(p, "a/pgbouncer/uxer.txt") == 6);
	CHECK(selected(p, "docs/axb.txt") == 7);
	CHECK(selected(p, "docs/ab.txt") == 6);
	kh_path_rules_free(p);
	kh_ruleset_release(&rs);
}

/* Rules 0 and 1 share a glob, confirmed once for both; rule 2's globs are
 * filed under its file names' keys: an extension, a name without one. */
static const char shared_json[] =
	"{\"provider\": \"acme\", \"rules\": ["
	"{\"id\": \"acme-a\", \"description\": \"d\", \"severity\": \"low\","
	" \"keywords\": [], \"paths\": [\"*data/*.yaml\"], \"regex\": \"x\","
	" \"remediation\": \"r\"},"
	"{\"id\": \"acme-b\", \"description\": \"d\", \"severity\": \"low\","
	" \"keywords\": [], \"paths\": [\"hiera/*.yaml\", \"*data/*.yaml\"],"
	" \"regex\": \"x\", \"remediation\": \"r\"},"
	"{\"id\": \"acme-c\", \"description\": \"d\", \"severity\": \"low\","
	" \"keywords\": [], \"paths\": [\"borg/passphrase\", \"*.tar.yaml\"],"
	" \"regex\": \"x\", \"remediation\": \"r\"}"
	"]}";

static void test_shared_globs(void)
{
	struct kh_ruleset rs = { 0 };
	struct kh_path_rules *p = NULL;
	char err[512];
	uint64_t hits = 5, kept = 0;

	CHECK(kh_rules_load_json(&rs, shared_json, strlen(shared_json), "t.json", err,
				 sizeof(err)) == 0);
	CHECK(kh_path_rules_new(&p, &rs) == 0 && p);
	CHECK(selected(p, "srv/data/common.yaml") == 3);
	CHECK(selected(p, "x.zip!hieradata/common.yaml") == 3);
	CHECK(selected(p, "hiera/common.yaml") == 2);
	CHECK(selected(p, "hiera/common.yml") == 0);
	CHECK(selected(p, "data/b.tar.yaml") == 7);
	CHECK(selected(p, "a.tar.yaml") == 4);
	CHECK(selected(p, "home/borg/passphrase") == 4);
	CHECK(selected(p, "x.tgz!borg/passphrase") == 4);
	CHECK(selected(p, "home/passphrase") == 0);
	CHECK(selected(p, "home/borg/passphrase.yaml") == 0);
	CHECK(selected(p, "home/borg/my-passphrase") == 0);
	/* a rule the prefilter did not wake is not woken by its twin */
	kh_path_rules_apply(p, "srv/data/common.yaml", &hits, &kept);
	CHECK(hits == 1);
	kh_path_rules_free(p);
	kh_ruleset_release(&rs);
}

static void test_load_errors(void)
{
	static const char *bad[] = {
		"\"paths\": \"config/master.key\"",
		"\"paths\": []",
		"\"paths\": [1]",
		"\"paths\": [\"config/*\"]",
	};
	size_t i;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		struct kh_ruleset rs = { 0 };
		char json[512], err[512];

		snprintf(json, sizeof(json),
			 "{\"provider\": \"acme\", \"rules\": [{\"id\": \"acme-x\","
			 " \"description\": \"d\", \"severity\": \"low\", \"keywords\": "
			 "[],"
			 " %s, \"regex\": \"x\", \"remediation\": \"r\"}]}",
			 bad[i]);
		CHECK(kh_rules_load_json(&rs, json, strlen(json), "u.json", err,
					 sizeof(err)) < 0);
		CHECK(strstr(err, "u.json: rule acme-x: \"paths\"") != NULL);
		kh_ruleset_release(&rs);
	}
}

int main(void)
{
	test_check();
	test_apply();
	test_short_tail();
	test_inner_text();
	test_shared_globs();
	test_load_errors();
	return check_done("unit_paths");
}
