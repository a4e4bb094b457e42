#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "pair.h"
#include "report.h"

/*
 * SARIF 2.1.0, as GitHub code scanning reads it: one run, the rules as
 * reportingDescriptors (with security-severity, tags and precision), one
 * result per finding with the fingerprint as a partial fingerprint so
 * alerts survive line moves. Paths are relative URIs under %SRCROOT% (the
 * directory keyhound ran in), percent-encoded byte by byte (RFC 3986), so
 * any file name, even one that is not UTF-8, is carried exactly. SARIF is
 * uploaded to shared places: every secret of the report is always masked.
 */

#define SRCROOT "%SRCROOT%"

static const char *sarif_level(enum kh_severity s)
{
	return s >= KH_SEV_HIGH ? "error" : s == KH_SEV_MEDIUM ? "warning" : "note";
}

/* GitHub maps security-severity to critical (>= 9), high (>= 7), medium
 * (>= 4) and low. */
static double security_severity(enum kh_severity s)
{
	return s == KH_SEV_CRITICAL ? 9.5
	       : s == KH_SEV_HIGH   ? 8.0
	       : s == KH_SEV_MEDIUM ? 5.5
				    : 3.0;
}

static void add_text(cJSON *parent, const char *key, const char *text)
{
	cJSON_AddStringToObject(cJSON_AddObjectToObject(parent, key), "text", text);
}

static cJSON *sarif_rule(const struct kh_rule *r)
{
	cJSON *o = cJSON_CreateObject(), *props, *tags;
	struct kh_strbuf full;

	cJSON_AddStringToObject(o, "id", r->id);
	add_text(o, "shortDescription", r->description);
	kh_strbuf_init(&full, 0);
	kh_strbuf_addf(&full, "%s. %s", r->description, r->remediation);
	add_text(o, "fullDescription", full.failed ? r->description : full.s);
	kh_strbuf_release(&full);
	add_text(o, "help", r->remediation);
	cJSON_AddStringToObject(cJSON_AddObjectToObject(o, "defaultConfiguration"),
				"level", sarif_level(r->severity));
	props = cJSON_AddObjectToObject(o, "properties");
	cJSON_AddStringToObject(props, "severity", kh_severity_name(r->severity));
	/* a string: GitHub reads it as a number in a string */
	{
		char num[8];

		snprintf(num, sizeof(num), "%.1f", security_severity(r->severity));
		cJSON_AddStringToObject(props, "security-severity", num);
	}
	tags = cJSON_AddArrayToObject(props, "tags");
	cJSON_AddItemToArray(tags, cJSON_CreateString("security"));
	cJSON_AddItemToArray(tags, cJSON_CreateString("secret"));
	/* a structural validator or a fixed prefix rarely fires on non-secrets;
	 * the generic rule's value check judges randomness, not a format */
	cJSON_AddStringToObject(props, "precision",
				!strcmp(r->provider, "generic") ? "medium"
				: r->validator_name		? "very-high"
				: r->min_entropy > 0		? "medium"
								: "high");
	return o;
}

/* Appends path percent-encoded: unreserved characters and '/' as they
 * are, every other byte as %HH (RFC 3986). */
static void add_uri_path(struct kh_strbuf *b, const char *path)
{
	const unsigned char *u = (const unsigned char *)path;

	for (; *u; u++) {
		if ((*u >= 'a' && *u <= 'z') || (*u >= 'A' && *u <= 'Z') ||
		    (*u >= '0' && *u <= '9') || strchr("-._~/", *u))
			kh_strbuf_add(b, u, 1);
		else
			kh_strbuf_addf(b, "%%%02X", *u);
	}
}

/* The artifactLocation of a file: relative to %SRCROOT% (cwd) when it can
 * be, a file: URI otherwise. */
static void add_artifact(cJSON *phys, const char *file, const char *cwd)
{
	cJSON *al = cJSON_AddObjectToObject(phys, "artifactLocation");
	size_t cl = cwd ? strlen(cwd) : 0;
	struct kh_strbuf b;

	kh_strbuf_init(&b, 0);
	if (file[0] == '/' && cl && !strncmp(file, cwd, cl) && file[cl] == '/')
		file += cl + 1;
	if (file[0] == '/') {
		kh_strbuf_add(&b, "file://", 7);
		add_uri_path(&b, file);
	} else {
		while (!strncmp(file, "./", 2))
			file += 2;
		add_uri_path(&b, file);
	}
	cJSON_AddStringToObject(al, "uri", b.failed ? "" : b.s ? b.s : "");
	if (file[0] != '/')
		cJSON_AddStringToObject(al, "uriBaseId", SRCROOT);
	kh_strbuf_release(&b);
}

static void add_region(cJSON *region, size_t line, size_t column, size_t end_line,
		       size_t end_column)
{
	cJSON_AddNumberToObject(region, "startLine", (double)(line ? line : 1));
	cJSON_AddNumberToObject(region, "startColumn", (double)(column ? column : 1));
	cJSON_AddNumberToObject(region, "endLine", (double)(end_line ? end_line : 1));
	cJSON_AddNumberToObject(region, "endColumn", (double)end_column + 1);
}

static cJSON *sarif_result(const struct kh_finding *f, int rule_index, const char *cwd)
{
	const struct kh_finding_more *m = kh_more(f);
	cJSON *o = cJSON_CreateObject(), *locs, *loc, *phys, *region, *props, *fp;
	char shown[40];
	struct kh_strbuf text;

	kh_redact(f->secret, shown, sizeof(shown));
	cJSON_AddStringToObject(o, "ruleId", f->rule->id);
	cJSON_AddNumberToObject(o, "ruleIndex", rule_index);
	cJSON_AddStringToObject(o, "level", sarif_level(f->rule->severity));
	kh_strbuf_init(&text, 0);
	kh_strbuf_addf(&text, "%s (%s)", f->rule->description, shown);
	if (f->commit && f->commit->tag)
		kh_strbuf_addf(&text, " in tag %.100s%s", f->commit->tag,
			       f->file ? "" : " (in the tag message)");
	else if (f->commit)
		kh_strbuf_addf(&text, " introduced in commit %.12s%s", f->commit->id,
			       f->file ? "" : " (in the commit message)");
	add_text(o, "message", text.failed ? f->rule->description : text.s);
	kh_strbuf_release(&text);
	locs = cJSON_AddArrayToObject(o, "locations");
	loc = cJSON_CreateObject();
	cJSON_AddItemToArray(locs, loc);
	if (f->file) {
		phys = cJSON_AddObjectToObject(loc, "physicalLocation");
		add_artifact(phys, f->file, cwd);
		region = cJSON_AddObjectToObject(phys, "region");
		if (m->at_head == 1)
			add_region(region, m->head_line, m->head_column, m->head_end_line,
				   m->head_end_column);
		else
			add_region(region, f->line, f->column, f->end_line,
				   f->end_column);
	} else {
		/* a commit message has no file: a logical location names it */
		cJSON *ll = cJSON_AddArrayToObject(loc, "logicalLocations");
		cJSON *l = cJSON_CreateObject();
		char name[64];

		cJSON_AddItemToArray(ll, l);
		snprintf(name, sizeof(name), "commit %s", f->commit ? f->commit->id : "");
		cJSON_AddStringToObject(l, "name", name);
		cJSON_AddStringToObject(l, "kind", "commit-message");
		add_text(loc, "message", "commit message");
	}
	props = cJSON_AddObjectToObject(o, "properties");
	if (f->commit) {
		/* the commit that introduced the secret */
		cJSON_AddStringToObject(props, "commit", f->commit->id);
		if (f->commit->date)
			cJSON_AddStringToObject(props, "commitDate", f->commit->date);
	}
	if (m->repository) /* locations are relative to its top */
		cJSON_AddItemToObject(props, "repository", kh_repository_json(f));
	if (m->at_head) {
		/* the location above is the scanned head's when the secret is
		 * still there; where it was introduced is kept here */
		cJSON_AddBoolToObject(props, "presentAtHead", m->at_head == 1);
		if (m->at_head == 1) {
			cJSON *in = cJSON_AddObjectToObject(props, "introducedAt");

			cJSON_AddStringToObject(in, "file", f->file);
			cJSON_AddNumberToObject(in, "line",
						(double)(f->line ? f->line : 1));
		}
	}
	if (m->verification)
		cJSON_AddItemToObject(props, "verification",
				      cJSON_Duplicate(m->verification, 1));
	kh_add_judgement(props, f);
	/* as in JSON: the occurrences of one secret share it */
	cJSON_AddStringToObject(props, "secretId", f->fingerprint);
	if (m->partner) /* a secret partner masked: SARIF is uploaded */
		cJSON_AddItemToObject(props, "partner", kh_partner_json(f, 1));
	fp = cJSON_AddObjectToObject(o, "partialFingerprints");
	cJSON_AddStringToObject(fp, "keyhound/v1", f->fingerprint);
	return o;
}

/* run.originalUriBaseIds: %SRCROOT% is the directory keyhound ran in. */
static void add_srcroot(cJSON *run, const char *cwd)
{
	struct kh_strbuf b;

	if (!cwd)
		return;
	kh_strbuf_init(&b, 0);
	kh_strbuf_add(&b, "file://", 7);
	add_uri_path(&b, cwd);
	if (!b.len || b.s[b.len - 1] != '/')
		kh_strbuf_add(&b, "/", 1);
	if (!b.failed)
		cJSON_AddStringToObject(
			cJSON_AddObjectToObject(
				cJSON_AddObjectToObject(run, "originalUriBaseIds"),
				SRCROOT),
			"uri", b.s);
	kh_strbuf_release(&b);
}

/* What a result needs beyond its finding. */
struct sarif_run {
	const struct kh_ruleset *rs;
	const char *cwd;
};

/* f's result: its rule's index among the rules, or past them (a rule not
 * listed). */
static cJSON *sarif_entry(const struct kh_finding *f, void *arg)
{
	const struct sarif_run *run = arg;
	const struct kh_rule *r = f->rule, *v = run->rs->v;
	size_t j = r >= v && r < v + run->rs->n ? (size_t)(r - v) : run->rs->n;

	return sarif_result(f, (int)j, run->cwd);
}

/*
 * The document is printed without its results, then each result into its
 * place one at a time: a report of many findings is never a tree in
 * memory whole, and its text is cJSON_Print()'s of the whole document.
 */
int kh_format_sarif(struct kh_strbuf *out, const struct kh_findings *l,
		    const struct kh_options *opt, const struct kh_ruleset *rs)
{
	cJSON *doc = cJSON_CreateObject(), *runs, *run, *driver, *rules;
	struct kh_masker *m = kh_masker_new(l);
	char *cwd = getcwd(NULL, 0), *s = NULL;
	struct sarif_run ctx = { rs, cwd };
	/* runs[0].results[i]: four levels in */
	const struct kh_json_list results = { "\"results\":\t[]", 4, 0, sarif_entry,
					      &ctx };
	size_t i;
	int ret = -1;

	(void)opt;
	cJSON_AddStringToObject(doc, "$schema",
				"https://json.schemastore.org/sarif-2.1.0.json");
	cJSON_AddStringToObject(doc, "version", "2.1.0");
	runs = cJSON_AddArrayToObject(doc, "runs");
	run = cJSON_CreateObject();
	cJSON_AddItemToArray(runs, run);
	driver = cJSON_AddObjectToObject(cJSON_AddObjectToObject(run, "tool"), "driver");
	cJSON_AddStringToObject(driver, "name", "keyhound");
	cJSON_AddStringToObject(driver, "version", KH_VERSION);
	rules = cJSON_AddArrayToObject(driver, "rules");
	for (i = 0; i < rs->n; i++)
		cJSON_AddItemToArray(rules, sarif_rule(&rs->v[i]));
	add_srcroot(run, cwd);
	cJSON_AddArrayToObject(run, "results");
	/* no secret in a shared place; and strict parsers need UTF-8 (the
	 * URIs carry exact bytes already) */
	if (m && kh_json_mask(doc, m) == 0 && kh_json_fix_utf8(doc, 0) == 0)
		s = cJSON_Print(doc);
	cJSON_Delete(doc);
	/* the results are the run's last member: the document's text goes
	 * on after the empty array's '[' */
	if (!s || kh_json_add_list(out, s, &results, l, m) < 0)
		goto out;
	kh_strbuf_add(out, "\n", 1);
	ret = out->failed ? -1 : 0;
out:
	free(s);
	kh_masker_free(m);
	free(cwd);
	return ret;
}
