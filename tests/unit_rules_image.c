/* Unit tests: the rule image (tools/rules_image.c) holds the same rules as
 * the rule files it was made from, and its lazy blocks parse as theirs;
 * its keyword tables are what the prefilter builds from those rules. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "check.h"
#include "matcher.h"
#include "pair.h"
#include "prefilter_image.h"
#include "rules.h"
#include "verify_spec.h"

/* A field added to struct kh_rule that the loader fills must also be
 * written by tools/rules_image.c (image_rule) and compared below, or scans
 * silently lose it: this fails the build until both are done. */
#if defined(__x86_64__) && defined(__LP64__)
/* (run_set and run_len, the starts_* read from match_starts, like
 * secret_group, are kh_rule_compile's; trigger_kind is set from the
 * provider and keywords by both loaders, and compared below) */
_Static_assert(sizeof(struct kh_rule) == 400,
	       "struct kh_rule changed: update tools/rules_image.c and this test");
#endif

static int same_str(const char *a, const char *b)
{
	return a == b || (a && b && !strcmp(a, b));
}

static int same_list(char **a, size_t na, char **b, size_t nb)
{
	size_t i;

	if (na != nb)
		return 0;
	for (i = 0; i < na; i++)
		if (!same_str(a[i], b[i]))
			return 0;
	return 1;
}

static int same_json(const cJSON *a, const cJSON *b)
{
	return (!a && !b) || cJSON_Compare(a, b, 1);
}

static int same_vmatch(const struct kh_vmatch *a, size_t na, const struct kh_vmatch *b,
		       size_t nb)
{
	size_t i;

	if (na != nb)
		return 0;
	for (i = 0; i < na; i++)
		if (a[i].nstatus != b[i].nstatus ||
		    (a[i].nstatus &&
		     memcmp(a[i].status, b[i].status, a[i].nstatus * sizeof(long))) ||
		    !same_list(a[i].exists, a[i].nexists, b[i].exists, b[i].nexists) ||
		    !same_json(a[i].equals, b[i].equals) ||
		    !same_json(a[i].contains, b[i].contains) ||
		    !same_str(a[i].reason, b[i].reason))
			return 0;
	return 1;
}

static int same_vspec(const struct kh_vspec *a, const struct kh_vspec *b)
{
	size_t i;

	if (!a || !b)
		return a == b;
	if (a->nnear != b->nnear)
		return 0;
	for (i = 0; i < a->nnear; i++)
		if (!same_str(a->near[i].name, b->near[i].name) || !b->near[i].code)
			return 0;
	return a->method == b->method && same_str(a->url, b->url) &&
	       same_str(a->host_group, b->host_group) && same_str(a->path, b->path) &&
	       same_list(a->hnames, a->nheaders, b->hnames, b->nheaders) &&
	       same_list(a->hvalues, a->nheaders, b->hvalues, b->nheaders) &&
	       same_str(a->basic_user, b->basic_user) &&
	       same_str(a->basic_pass, b->basic_pass) && same_str(a->body, b->body) &&
	       same_str(a->content_type, b->content_type) &&
	       a->introspection == b->introspection &&
	       same_str(a->aws_sigv4, b->aws_sigv4) &&
	       a->azure_sharedkey == b->azure_sharedkey &&
	       same_str(a->unverifiable, b->unverifiable) &&
	       same_vmatch(a->valid, a->nvalid, b->valid, b->nvalid) &&
	       same_vmatch(a->invalid, a->ninvalid, b->invalid, b->ninvalid) &&
	       same_list(a->dnames, a->ndetails, b->dnames, b->ndetails) &&
	       same_list(a->dpaths, a->ndetails, b->dpaths, b->ndetails) &&
	       same_list(a->groups, a->ngroups, b->groups, b->ngroups);
}

static int same_partner(const struct kh_partner_spec *a, const struct kh_partner_spec *b)
{
	if (!a || !b)
		return a == b;
	return same_str(a->kind, b->kind) && b->code && a->lines == b->lines &&
	       a->secret == b->secret && a->required == b->required;
}

/* Every field a scan uses, rule by rule, as the files say. */
static void test_image_matches_files(void)
{
	struct kh_ruleset files = { 0 }, image = { 0 };
	size_t i, differ = 0, lazy = 0, blocks = 0;
	char err[512];
	int d;

	CHECK(kh_rules_load_builtin(&files, 1, err, sizeof(err)) == 0);
	CHECK(kh_rules_load_builtin(&image, 0, err, sizeof(err)) == 0);
	CHECK(files.n > 100 && files.n == image.n);
	for (i = 0; i < files.n && i < image.n; i++) {
		const struct kh_rule *a = &files.v[i];
		struct kh_rule *b = &image.v[i];

		/* blocks wait as text until the rule is compiled or asked */
		lazy += (a->vspec && (b->vspec || !b->verify_json)) ||
			(a->partner && (b->partner || !b->partner_json));
		blocks += a->vspec || a->partner;
		if (i % 2)
			CHECK(kh_rule_compile(b, err, sizeof(err)) == 0 && b->code);
		else
			(void)kh_rule_vspec(b);
		d = !same_str(a->id, b->id) ||
		    !same_str(a->description, b->description) ||
		    !same_str(a->remediation, b->remediation) ||
		    !same_str(a->provider, b->provider) ||
		    !same_str(a->source_file, b->source_file) ||
		    a->severity != b->severity || !same_str(a->regex, b->regex) ||
		    !same_list(a->keywords, a->nkeywords, b->keywords, b->nkeywords) ||
		    a->keywords_match_case != b->keywords_match_case ||
		    a->trigger_kind != b->trigger_kind ||
		    !same_list(a->paths, a->npaths, b->paths, b->npaths) ||
		    a->min_entropy != b->min_entropy || a->max_span != b->max_span ||
		    !same_str(a->match_holds, b->match_holds) ||
		    !same_str(a->match_contains, b->match_contains) ||
		    !same_str(a->match_starts, b->match_starts) ||
		    a->placeholder_check != b->placeholder_check ||
		    a->secret_percent != b->secret_percent ||
		    !same_str(a->validator_name, b->validator_name) ||
		    a->validator != b->validator || !same_str(a->verifier, b->verifier) ||
		    !b->builtin || b->nexamples ||
		    !same_vspec(a->vspec, kh_rule_vspec(b)) ||
		    !same_partner(a->partner, kh_rule_partner(b));
		if (d && ++differ <= 3)
			fprintf(stderr, "unit_rules_image: rule %s differs\n", a->id);
	}
	CHECK(differ == 0);
	CHECK(lazy == 0 && blocks > 10);
	CHECK(kh_rule_find(&image, "gitlab-pat") != NULL);
	kh_ruleset_release(&files);
	kh_ruleset_release(&image); /* blocks parsed, regexes compiled: ASan */
}

/* The built-in rules come first: into a set that has rules, an error. */
static void test_load_into_nonempty(void)
{
	struct kh_ruleset rs = { 0 };
	static const char one[] =
		"{\"rules\":[{\"id\":\"acme-key\",\"description\":\"d\",\"severity\":"
		"\"low\",\"keywords\":[\"acme\"],\"regex\":\"acme_[a-z]{8}\","
		"\"remediation\":\"r\"}]}";
	char err[256] = "";

	CHECK(kh_rules_load_json(&rs, one, strlen(one), "one.json", err, sizeof(err)) ==
	      0);
	CHECK(kh_rules_load_builtin(&rs, 0, err, sizeof(err)) < 0);
	CHECK(strstr(err, "not empty") != NULL && rs.n == 1);
	kh_ruleset_release(&rs);
}

/* A user's rule replaces an image rule of the same id (the image's strings
 * are not freed: ASan), and keeps its own blocks. */
static void test_override_image_rule(void)
{
	struct kh_ruleset rs = { 0 };
	static const char over[] =
		"{\"provider\":\"gitlab\",\"rules\":[{\"id\":\"gitlab-pat\","
		"\"description\":\"mine\",\"severity\":\"low\",\"keywords\":[\"glpat-\"],"
		"\"regex\":\"glpat-[A-Za-z0-9]{20}\",\"remediation\":\"r\"}]}";
	const struct kh_rule *r;
	char err[256];
	size_t n;

	CHECK(kh_rules_load_builtin(&rs, 0, err, sizeof(err)) == 0);
	n = rs.n;
	r = kh_rule_find(&rs, "gitlab-pat");
	CHECK(r && r->image && kh_rule_vspec(r) != NULL);
	CHECK(kh_rules_load_json(&rs, over, strlen(over), "over.json", err,
				 sizeof(err)) == 0);
	r = kh_rule_find(&rs, "gitlab-pat");
	CHECK(rs.n == n && r && !r->image && !strcmp(r->description, "mine") &&
	      !kh_rule_vspec(r) && !r->verify_json);
	kh_ruleset_release(&rs);
}

/* The fixed starts of rules' secrets (kh_rule_token_prefixes), and the
 * built-in table the generic rule reads them from. */
static void test_token_prefixes(void)
{
	static const struct {
		const char *regex, *keyword;
		int match_case;
		const char *want; /* the prefixes, ' '-joined */
	} cases[] = {
		{ "(?<![a-z])(?<secret>ghp_[A-Za-z0-9]{36})", "ghp_", 0, "ghp_" },
		{ "(?<secret>gh[pousr]_[A-Za-z0-9]{36})", "gh", 0,
		  "ghp_ gho_ ghu_ ghs_ ghr_" },
		{ "(?<secret>(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{24})", "_live_", 0,
		  "sk_live_ rk_live_" },
		{ "(?<secret>(?:[a-z]{1,8}-)?glpat-[A-Za-z0-9_-]{20})", "glpat-", 0,
		  "glpat-" },
		{ "(?<secret>SG\\.[A-Za-z0-9_-]{22})", "SG.", 1, "SG." },
		{ "(?<secret>SG\\.[A-Za-z0-9_-]{22})", "sg.", 1, "" },	 /* case */
		{ "(?<secret>eyJ[A-Za-z0-9_-]{20})", "eyJ", 1, "" },	 /* too short */
		{ "(?<secret>abcd?e[0-9]{4})", "abc", 0, "" },		 /* abc: short */
		{ "(?<secret>r8_[A-Za-z0-9]{37})", "replicate", 0, "" }, /* by name */
		{ "(?<secret>k(?:ey)+-[a-z0-9]{32})", "key-", 0, "" },
		{ "key: (?<secret>[A-Za-z0-9]{32})", "key", 0, "" },
		/* a name before the token: its rule refuses values by context */
		{ "(?i:acme)[ =:]+(?<secret>acme_[a-z0-9]{32})", "acme_", 0, "" },
		{ "(?<![a-z])(?!acme_x)(?=[a-z_]{9})(?<secret>acme_[a-z]{4})", "acme_", 0,
		  "acme_" },
	};
	char out[16][KH_TOKEN_PREFIX_MAX + 1], got[256];
	const char *const *p;
	size_t i, k, n;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char *kw = (char *)cases[i].keyword;
		struct kh_rule r = { .provider = (char *)"acme",
				     .regex = (char *)cases[i].regex,
				     .keywords = &kw,
				     .nkeywords = 1,
				     .keywords_match_case = cases[i].match_case };

		n = kh_rule_token_prefixes(&r, out, 16);
		got[0] = '\0';
		for (k = 0; k < n; k++)
			snprintf(got + strlen(got), sizeof(got) - strlen(got), "%s%s",
				 k ? " " : "", out[k]);
		if (strcmp(got, cases[i].want))
			fprintf(stderr, "case %zu: got \"%s\", want \"%s\"\n", i, got,
				cases[i].want);
		CHECK(!strcmp(got, cases[i].want));
	}
	/* a rule asks for its prefix only when it has one, by a boolean */
	{
		static const char *const bad[] = {
			"{\"provider\":\"acme\",\"rules\":[{\"id\":\"acme-key\","
			"\"description\":"
			"\"d\",\"severity\":\"low\",\"keywords\":[\"key\"],\"owns_"
			"prefix\":true,"
			"\"regex\":\"key: (?<secret>[a-z]{8})\",\"remediation\":\"r\"}]}",
			"{\"provider\":\"acme\",\"rules\":[{\"id\":\"acme-key\","
			"\"description\":"
			"\"d\",\"severity\":\"low\",\"keywords\":[\"acme_\"],\"owns_"
			"prefix\":1,"
			"\"regex\":\"(?<secret>acme_[a-z]{8})\",\"remediation\":\"r\"}]}",
		};
		char err[256];

		for (i = 0; i < 2; i++) {
			struct kh_ruleset rs = { 0 };

			err[0] = '\0';
			CHECK(kh_rules_load_json(&rs, bad[i], strlen(bad[i]), "bad.json",
						 err, sizeof(err)) < 0 &&
			      strstr(err, "owns_prefix") != NULL);
			kh_ruleset_release(&rs);
		}
	}
	/* the built-in table: sorted, each once, with the rules' prefixes */
	for (n = 0, p = kh_token_prefixes; *p; p++, n++)
		CHECK(p == kh_token_prefixes || strcmp(p[-1], *p) < 0);
	CHECK(n > 50);
	for (i = 0; i < 3; i++) {
		static const char *const want[] = { "ghp_", "glpat-", "dop_v1_" };
		int seen = 0;

		for (p = kh_token_prefixes; *p; p++)
			seen |= !strcmp(*p, want[i]);
		CHECK(seen);
	}
}

/* Whether two filters' tables are the same, entry by entry. */
static int same_tables(const struct kh_prefilter_image *a,
		       const struct kh_prefilter_image *b)
{
	size_t i;

	if (a->nanchors != b->nanchors || a->nkw != b->nkw ||
	    a->index_mask != b->index_mask || a->nlong != b->nlong ||
	    a->shorts.n != b->shorts.n || a->words != b->words ||
	    memcmp(a->filter, b->filter, (1u << KH_PF_FILTER_BITS) / 8) ||
	    memcmp(a->bucket, b->bucket, ((1u << KH_PF_BUCKET_BITS) + 1) * 4) ||
	    memcmp(a->index_slot, b->index_slot, (a->index_mask + 1) * 4) ||
	    memcmp(a->always, b->always, a->words * 8) ||
	    memcmp(a->shorts.lo, b->shorts.lo, sizeof(a->shorts.lo)) ||
	    memcmp(a->shorts.hi, b->shorts.hi, sizeof(a->shorts.hi)) ||
	    (a->nanchors &&
	     memcmp(a->anchors, b->anchors, a->nanchors * sizeof(*a->anchors))) ||
	    (a->nlong && memcmp(a->longkw, b->longkw, a->nlong * sizeof(*a->longkw))) ||
	    (a->shorts.n &&
	     memcmp(a->shorts.kw, b->shorts.kw, a->shorts.n * sizeof(size_t))))
		return 0;
	for (i = 0; i < a->nkw; i++) {
		const struct kh_pf_keyword *x = &a->kw[i], *y = &b->kw[i];

		if (x->len != y->len || x->exact != y->exact || x->nrules != y->nrules ||
		    memcmp(a->text + x->bytes, b->text + y->bytes, x->len) ||
		    memcmp(a->rule_lists + x->rules, b->rule_lists + y->rules,
			   x->nrules * sizeof(*a->rule_lists)))
			return 0;
	}
	return 1;
}

/* The built-in rules' keyword tables, written by the build, are what the
 * engine builds from the same rules now; a scan of them uses the image,
 * one of other rules builds its own. */
static void test_prefilter_builtin(void)
{
	struct kh_ruleset rs = { 0 };
	struct kh_prefilter_image img;
	struct kh_prefilter *p;
	struct kh_engine *e;
	char err[256], **kw[1024];
	size_t nkw[1024], i;
	unsigned char exact[1024];

	CHECK(kh_rules_load_builtin(&rs, 0, err, sizeof(err)) == 0);
	CHECK(kh_rules_are_image(&rs) && rs.n == kh_prefilter_builtin.nrules);
	CHECK(rs.n <= 1024);
	for (i = 0; i < rs.n && i < 1024; i++) {
		kw[i] = rs.v[i].keywords;
		nkw[i] = rs.v[i].nkeywords;
		exact[i] = (unsigned char)rs.v[i].keywords_match_case;
	}
	p = kh_prefilter_new(kw, nkw, exact, rs.n < 1024 ? rs.n : 1024);
	CHECK(p != NULL);
	if (p) {
		kh_prefilter_image_of(p, &img);
		CHECK(same_tables(&img, &kh_prefilter_builtin));
	}
	kh_prefilter_free(p);
	e = kh_engine_new(&rs, err, sizeof(err));
	CHECK(e && kh_engine_prefilter(e));
	if (e) {
		kh_prefilter_image_of(kh_engine_prefilter(e), &img);
		CHECK(img.kw == kh_prefilter_builtin.kw); /* in place */
	}
	kh_engine_free(e);
	/* one rule fewer: its own tables */
	rs.n--;
	CHECK(!kh_rules_are_image(&rs));
	e = kh_engine_new(&rs, err, sizeof(err));
	CHECK(e != NULL);
	if (e) {
		kh_prefilter_image_of(kh_engine_prefilter(e), &img);
		CHECK(img.kw != kh_prefilter_builtin.kw && img.words == rs.n / 64 + 1);
	}
	kh_engine_free(e);
	rs.n++;
	kh_ruleset_release(&rs);
}

/* named_value is no loaded field: kh_rule_compile reads it off the regex,
 * for an image rule as for a file's. */
static void test_named_value(void)
{
	static const struct {
		const char *id;
		int want;
	} cases[] = { { "bugsnag-api-key", 1 },
		      { "mailosaur-api-key", 1 },
		      { "github-pat-classic", 0 }, /* the secret first */
		      { "generic-secret", 0 },	   /* the value judge's */
		      { "uptimerobot-monitor-api-key", 0 } };
	struct kh_ruleset files = { 0 }, image = { 0 };
	char err[512];
	size_t i;

	CHECK(kh_rules_load_builtin(&files, 1, err, sizeof(err)) == 0);
	CHECK(kh_rules_load_builtin(&image, 0, err, sizeof(err)) == 0);
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct kh_rule *a = (struct kh_rule *)kh_rule_find(&files, cases[i].id);
		struct kh_rule *b = (struct kh_rule *)kh_rule_find(&image, cases[i].id);

		CHECK(a && b && kh_rule_compile(a, err, sizeof(err)) == 0 &&
		      kh_rule_compile(b, err, sizeof(err)) == 0);
		if (a && b &&
		    (a->named_value != cases[i].want || b->named_value != cases[i].want))
			fprintf(stderr, "unit_rules_image: %s: named_value %d %d\n",
				cases[i].id, a->named_value, b->named_value);
		CHECK(a && b && a->named_value == cases[i].want &&
		      b->named_value == cases[i].want);
	}
	kh_ruleset_release(&files);
	kh_ruleset_release(&image);
}

/* The public formats: the build's table holds every entry of the files,
 * in order, and a value has one by its prefix, suffix, length and body. */
static void test_public_formats(void)
{
	struct kh_public_format f[256];
	size_t i, n, total = 0, k = 0;
	char err[256];
	static const char loose[] = "{\"rules\": [], \"public_formats\": [{\"provider\": "
				    "\"a\", \"what\": \"b\", \"prefix\": \"ab\"}]}";
	struct kh_ruleset rs = { 0 };

	for (i = 0; i < kh_embedded_rules_count; i++) {
		cJSON *doc = cJSON_ParseWithLength(kh_embedded_bytes +
							   kh_embedded_rules[i].data,
						   kh_embedded_rules[i].len);

		CHECK(doc &&
		      kh_public_formats_load(
			      cJSON_GetObjectItemCaseSensitive(doc, "public_formats"),
			      "t", f, 256, &n, err, sizeof(err)) == 0);
		for (size_t j = 0; doc && j < n; j++, k++)
			CHECK(kh_public_formats[k].prefix &&
			      !strcmp(kh_public_formats[k].prefix, f[j].prefix) &&
			      !strcmp(kh_public_formats[k].suffix, f[j].suffix) &&
			      kh_public_formats[k].length == f[j].length &&
			      kh_public_formats[k].body == f[j].body);
		total += doc ? n : 0;
		cJSON_Delete(doc);
	}
	CHECK(total > 20 && !kh_public_formats[total].prefix);
#define PUB(s) kh_is_public_format((const unsigned char *)(s), strlen(s))
	CHECK(PUB("pk_live_Zq4vT8mW2xKc7LpN5rYb3AhJd6FsE9uQ"));
	CHECK(!PUB("sk_live_Zq4vT8mW2xKc7LpN5rYb3AhJd6FsE9uQ"));
	CHECK(!PUB("pk_live_")); /* the prefix alone */
	CHECK(PUB("north-q7xk2m.myshopify.com"));
	CHECK(!PUB("North_Q7.myshopify.com")); /* not a host's letters */
	CHECK(PUB("AC0123456789abcdef0123456789abcdef"));
	CHECK(!PUB("AC0123456789abcdef0123456789abcdeg"));  /* a body not hex */
	CHECK(!PUB("AC0123456789abcdef0123456789abcdef0")); /* a length not 34 */
	CHECK(PUB("FLWSECK_TEST0123456789ab"));
	CHECK(!PUB("FLWSECK_TEST-0123456789abcdef0123456789abcdef-X")); /* the secret
									   key */
	CHECK(PUB("test_4c1e8a9f0b3d7e2a6c5f1b8d0e9"));
	CHECK(!PUB("test_4c1e8a9f0b3d7e2a6c5f1b8d0e9Kq7Vb")); /* Mollie's are
								 longer */
#undef PUB
	/* a loose format is refused on load */
	CHECK(kh_rules_load_json(&rs, loose, strlen(loose), "loose.json", err,
				 sizeof(err)) < 0);
	CHECK(strstr(err, "public format 1") != NULL);
	kh_ruleset_release(&rs);
}

/* The secret calls: the build's table holds every entry of the files once,
 * each in the bucket of its last two bytes; the loader wakes the generic
 * rule on each call and refuses an entry that says no place. */
static void test_secret_calls(void)
{
	static struct kh_secret_call c[1024];
	size_t i, n, total = 0, k;
	char err[256];
	static const char bad[] = "{\"rules\": [], \"secret_calls\": [{\"call\": "
				  "\"orchard.Login\", \"name\": \"login_password\"}]}";
	struct kh_ruleset rs = { 0 };
	const struct kh_rule *g;

	for (i = 0; i < kh_embedded_rules_count; i++) {
		cJSON *doc = cJSON_ParseWithLength(kh_embedded_bytes +
							   kh_embedded_rules[i].data,
						   kh_embedded_rules[i].len);

		CHECK(doc &&
		      kh_secret_calls_load(
			      cJSON_GetObjectItemCaseSensitive(doc, "secret_calls"), "t",
			      c + total, 1024 - total, &n, err, sizeof(err)) == 0);
		for (size_t j = total; doc && j < total + n; j++) {
			unsigned b = kh_secret_call_bucket(
				(unsigned char)c[j].call[c[j].n - 2],
				(unsigned char)c[j].call[c[j].n - 1]);
			int found = 0;

			for (k = kh_secret_call_index[b]; k < kh_secret_call_index[b + 1];
			     k++)
				found += !strcmp(kh_secret_calls[k].call, c[j].call) &&
					 kh_secret_calls[k].arg == c[j].arg &&
					 kh_secret_calls[k].user == c[j].user &&
					 kh_secret_calls[k].most == c[j].most &&
					 !strcmp(kh_secret_calls[k].name, c[j].name) &&
					 !c[j].keyword == !kh_secret_calls[k].keyword;
			CHECK(found >= 1);
		}
		total += doc ? n : 0;
		cJSON_Delete(doc);
	}
	CHECK(total > 80 && kh_secret_call_index[256] == total &&
	      !kh_secret_calls[total].call);
	CHECK(kh_rules_load_builtin(&rs, 1, err, sizeof(err)) == 0);
	g = kh_rule_find(&rs, "generic-secret");
	for (i = 0, k = 0; g && i < g->nkeywords; i++)
		k += !strcmp(g->keywords[i], "gis(") ||
		     !strcmp(g->keywords[i], "cx_oracle.connect(");
	CHECK(k == 2);
	kh_ruleset_release(&rs);
	CHECK(kh_rules_load_json(&rs, bad, strlen(bad), "bad.json", err, sizeof(err)) <
	      0);
	CHECK(strstr(err, "secret call 1") != NULL);
	kh_ruleset_release(&rs);
}

/* pcre2_serialize_encode() of rule r's compiled regex, or NULL. */
static unsigned char *encoded(struct kh_rule *r, size_t *n)
{
	uint8_t *bytes;
	PCRE2_SIZE size;
	unsigned char *copy;
	char err[512];

	if (kh_rule_compile(r, err, sizeof(err)) < 0 ||
	    pcre2_serialize_encode((const pcre2_code **)&r->code, 1, &bytes, &size,
				   NULL) != 1)
		return NULL;
	if ((copy = malloc(size)))
		memcpy(copy, bytes, size);
	pcre2_serialize_free(bytes);
	*n = size;
	return copy;
}

/* Every image rule's regex was compiled at build time: its image is what
 * compiling the rule file's regex serializes to, byte for byte, and a
 * scan's kh_rule_compile gives a code of that size. */
static void test_code_images(void)
{
	struct kh_ruleset files = { 0 }, image = { 0 };
	char err[512];
	size_t i, bad = 0;

	CHECK(kh_rules_load_builtin(&files, 1, err, sizeof(err)) == 0);
	CHECK(kh_rules_load_builtin(&image, 0, err, sizeof(err)) == 0);
	CHECK(files.n == image.n && image.n > 100);
	for (i = 0; i < image.n && i < files.n; i++) {
		const struct kh_rule *r = &image.v[i];
		size_t n = 0, size = 0, nhead = kh_image_code_head;
		unsigned char *a = encoded(&files.v[i], &n);

		CHECK(r->ncode > 0);
		if (!a || n != nhead + r->ncode || memcmp(a, kh_image_code, nhead) ||
		    memcmp(a + nhead, kh_image_code + r->code_at, r->ncode) ||
		    kh_rule_compile(&image.v[i], err, sizeof(err)) < 0 ||
		    pcre2_pattern_info(image.v[i].code, PCRE2_INFO_SIZE, &size) != 0 ||
		    size != r->ncode) {
			fprintf(stderr, "unit_rules_image: %s: image differs\n",
				image.v[i].id);
			bad++;
		}
		free(a);
	}
	CHECK(bad == 0);
	kh_ruleset_release(&files);
	kh_ruleset_release(&image);
}

int main(void)
{
	test_image_matches_files();
	test_prefilter_builtin();
	test_load_into_nonempty();
	test_override_image_rule();
	test_token_prefixes();
	test_named_value();
	test_public_formats();
	test_secret_calls();
	test_code_images();
	return check_done("unit_rules_image");
}
