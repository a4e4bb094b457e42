#include <stdlib.h>
#include <string.h>

#include "report.h"

struct palette {
	const char *bold, *dim, *red, *yellow, *reset;
};

static const char *severity_color(const struct palette *c, enum kh_severity s)
{
	return s >= KH_SEV_HIGH ? c->red : c->yellow;
}

/* Prints the offline facts that matter to a reader, on one line. */
static void add_facts(struct kh_strbuf *out, const struct kh_finding *f)
{
	const cJSON *v = f->validation, *it, *acct;

	it = cJSON_GetObjectItemCaseSensitive(v, "structure");
	if (cJSON_IsString(it) && strcmp(it->valuestring, "unchecked"))
		kh_strbuf_addf(out, "  structure: %s", it->valuestring);
	it = cJSON_GetObjectItemCaseSensitive(v, "hublet");
	if (cJSON_IsString(it))
		kh_strbuf_addf(out, "  hublet: %s", it->valuestring);
	it = cJSON_GetObjectItemCaseSensitive(v, "expires_at");
	if (cJSON_IsString(it))
		kh_strbuf_addf(
			out, "  %s %s",
			cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(v, "expired"))
				? "expired"
				: "expires",
			it->valuestring);
	acct = cJSON_GetObjectItemCaseSensitive(v, "account");
	if (acct) {
		const cJSON *name = cJSON_GetObjectItemCaseSensitive(acct, "name");
		const cJSON *id = cJSON_GetObjectItemCaseSensitive(acct, "id");

		kh_strbuf_addf(out, "  account: %s",
			       cJSON_IsString(name) ? name->valuestring : "?");
		if (cJSON_IsNumber(id))
			kh_strbuf_addf(out, " (%.0f)", id->valuedouble);
		else if (cJSON_IsString(id))
			kh_strbuf_addf(out, " (%s)", id->valuestring);
	}
	kh_strbuf_add(out, "\n", 1);
}

/* The line of the match where the secret begins (at most 100 bytes), the
 * secret masked unless --show-secrets: enough to spot it in the file. */
static void add_context(struct kh_strbuf *out, const struct kh_finding *f, int show)
{
	const char *at = strstr(f->match, f->secret), *ls, *le;
	char *line, *m;
	size_t n;

	if (!at)
		at = f->match;
	for (ls = at; ls > f->match && ls[-1] != '\n'; ls--)
		;
	le = at + strcspn(at, "\r\n");
	if (show && strchr(f->secret, '\n'))
		le = ls + strcspn(ls, "\r\n"); /* a PEM block: its first line */
	line = strndup(ls, (size_t)(le - ls));
	if (!line)
		return;
	m = show ? strdup(line) : kh_mask_match(line, f->secret);
	if (m && !show && !strcmp(m, line)) {
		/* a multi-line secret is not inside one line: mask it whole */
		free(m);
		m = strdup("*****");
	}
	free(line);
	if (!m)
		return;
	if (!strcmp(m, show ? f->secret : "*****") ||
	    (!show && !strncmp(m, f->secret, 4) && !strcmp(m + 4, "*****"))) {
		free(m); /* the match is the secret alone: nothing to add */
		return;
	}
	n = strlen(m);
	kh_strbuf_addf(out, "  match:     %.*s%s\n", (int)(n > 100 ? 100 : n), m,
		       n > 100 ? " ..." : "");
	free(m);
}

static void add_verification(struct kh_strbuf *out, const struct kh_finding *f)
{
	const cJSON *st = cJSON_GetObjectItemCaseSensitive(f->verification, "status");
	const cJSON *why = cJSON_GetObjectItemCaseSensitive(f->verification, "reason");

	if (!cJSON_IsString(st))
		return;
	kh_strbuf_addf(out, "  verified:  %s", st->valuestring);
	if (cJSON_IsString(why) && why->valuestring[0])
		kh_strbuf_addf(out, " (%s)", why->valuestring);
	kh_strbuf_add(out, "\n", 1);
}

int kh_format_text(struct kh_strbuf *out, const struct kh_findings *l,
		   const struct kh_options *opt)
{
	static const struct palette plain = { "", "", "", "", "" };
	static const struct palette ansi = { "\033[1m", "\033[2m", "\033[31m", "\033[33m",
					     "\033[0m" };
	const struct palette *c = opt->color ? &ansi : &plain;
	size_t i;

	for (i = 0; i < l->n; i++) {
		const struct kh_finding *f = l->v[i];
		char shown[40];

		kh_redact(f->secret, shown, sizeof(shown));
		kh_strbuf_addf(out, "%s%s%-8s%s %s%s%s  %s\n", c->bold,
			       severity_color(c, f->rule->severity),
			       kh_severity_name(f->rule->severity), c->reset, c->bold,
			       f->rule->id, c->reset, f->rule->description);
		if (f->file)
			kh_strbuf_addf(out, "  file:      %s:%zu:%zu\n", f->file, f->line,
				       f->column);
		else
			kh_strbuf_addf(out, "  file:      (%s message)\n",
				       f->commit && f->commit->tag ? "tag" : "commit");
		if (opt->show_secrets)
			kh_strbuf_addf(out, "  secret:    %s\n", f->secret);
		else
			kh_strbuf_addf(out, "  secret:    %s (%zu chars)\n", shown,
				       strlen(f->secret));
		add_context(out, f, opt->show_secrets);
		if (f->commit && f->commit->tag)
			kh_strbuf_addf(out, "  tag:       %s\n", f->commit->tag);
		if (f->commit)
			kh_strbuf_addf(
				out, "  %s    %.12s %s <%s> %s  %s\n",
				f->commit->tag ? "tagger:" : "commit:", f->commit->id,
				f->commit->author ? f->commit->author : "",
				f->commit->email ? f->commit->email : "",
				f->commit->date ? f->commit->date : "",
				f->commit->message ? f->commit->message : "");
		kh_strbuf_addf(out, "  %sfingerprint: %s%s", c->dim, f->fingerprint,
			       c->reset);
		add_facts(out, f);
		add_verification(out, f);
		kh_strbuf_addf(out, "  %sfix: %s%s\n\n", c->dim, f->rule->remediation,
			       c->reset);
	}
	return out->failed ? -1 : 0;
}
