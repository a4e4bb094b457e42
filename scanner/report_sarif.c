#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report.h"

/* SARIF 2.1.0, as GitHub code scanning reads it: one run, the rules that
 * fired as reportingDescriptors, one result per finding with the
 * fingerprint as a partial fingerprint so alerts survive line moves. */

static const char *sarif_level(enum kh_severity s)
{
	return s >= KH_SEV_HIGH ? "error" : s == KH_SEV_MEDIUM ? "warning" : "note";
}

static cJSON *sarif_rule(const struct kh_rule *r)
{
	cJSON *o = cJSON_CreateObject(), *props;

	cJSON_AddStringToObject(o, "id", r->id);
	cJSON_AddItemToObject(o, "shortDescription", cJSON_CreateObject());
	cJSON_AddStringToObject(cJSON_GetObjectItem(o, "shortDescription"), "text",
				r->description);
	cJSON_AddItemToObject(o, "help", cJSON_CreateObject());
	cJSON_AddStringToObject(cJSON_GetObjectItem(o, "help"), "text", r->remediation);
	props = cJSON_AddObjectToObject(o, "properties");
	cJSON_AddStringToObject(props, "severity", kh_severity_name(r->severity));
	cJSON_AddItemToObject(o, "defaultConfiguration", cJSON_CreateObject());
	cJSON_AddStringToObject(cJSON_GetObjectItem(o, "defaultConfiguration"), "level",
				sarif_level(r->severity));
	return o;
}

static cJSON *sarif_result(const struct kh_finding *f, int rule_index)
{
	cJSON *o = cJSON_CreateObject(), *locs, *loc, *phys, *region, *msg, *fp;
	char shown[40], text[512];

	kh_redact(f->secret, shown, sizeof(shown));
	cJSON_AddStringToObject(o, "ruleId", f->rule->id);
	cJSON_AddNumberToObject(o, "ruleIndex", rule_index);
	cJSON_AddStringToObject(o, "level", sarif_level(f->rule->severity));
	msg = cJSON_AddObjectToObject(o, "message");
	if (f->commit && f->commit->tag)
		snprintf(text, sizeof(text), "%s (%s) in tag %.100s",
			 f->rule->description, shown, f->commit->tag);
	else if (f->commit)
		snprintf(text, sizeof(text), "%s (%s) introduced in commit %.12s",
			 f->rule->description, shown, f->commit->id);
	else
		snprintf(text, sizeof(text), "%s (%s)", f->rule->description, shown);
	cJSON_AddStringToObject(msg, "text", text);
	locs = cJSON_AddArrayToObject(o, "locations");
	loc = cJSON_CreateObject();
	cJSON_AddItemToArray(locs, loc);
	phys = cJSON_AddObjectToObject(loc, "physicalLocation");
	cJSON_AddStringToObject(cJSON_AddObjectToObject(phys, "artifactLocation"), "uri",
				f->file ? f->file : "COMMIT_MSG");
	region = cJSON_AddObjectToObject(phys, "region");
	cJSON_AddNumberToObject(region, "startLine", (double)f->line);
	cJSON_AddNumberToObject(region, "startColumn", (double)f->column);
	cJSON_AddNumberToObject(region, "endLine", (double)f->end_line);
	cJSON_AddNumberToObject(region, "endColumn", (double)f->end_column + 1);
	if (f->verification)
		cJSON_AddItemToObject(cJSON_AddObjectToObject(o, "properties"),
				      "verification",
				      cJSON_Duplicate(f->verification, 1));
	fp = cJSON_AddObjectToObject(o, "partialFingerprints");
	cJSON_AddStringToObject(fp, "keyhound/v1", f->fingerprint);
	return o;
}

int kh_format_sarif(struct kh_strbuf *out, const struct kh_findings *l,
		    const struct kh_options *opt, const struct kh_ruleset *rs)
{
	cJSON *doc = cJSON_CreateObject(), *runs, *run, *driver, *rules, *results;
	size_t i, j;
	char *s;

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
	results = cJSON_AddArrayToObject(run, "results");
	for (i = 0; i < l->n; i++) {
		for (j = 0; j < rs->n && &rs->v[j] != l->v[i]->rule; j++)
			;
		cJSON_AddItemToArray(results, sarif_result(l->v[i], (int)j));
	}
	s = cJSON_Print(doc);
	cJSON_Delete(doc);
	if (!s)
		return -1;
	kh_strbuf_add(out, s, strlen(s));
	kh_strbuf_add(out, "\n", 1);
	free(s);
	return out->failed ? -1 : 0;
}
