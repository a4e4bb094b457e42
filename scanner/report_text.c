#include <stdlib.h>
#include <string.h>

#include "decode.h"
#include "pair.h"
#include "report.h"
#include "util.h"

struct palette {
	const char *bold, *dim, *red, *yellow, *reset;
};

/* Appends s masked (every secret of the report, unless shown) and
 * escaped for the terminal. */
static void add_safe(struct kh_strbuf *out, const struct kh_masker *m, const char *s)
{
	char *masked = m ? kh_masker_apply(m, s) : NULL;

	if (m && !masked) {
		out->failed = 1;
		return;
	}
	kh_text_escape(out, masked ? masked : s);
	free(masked);
}

static const char *severity_color(const struct palette *c, enum kh_severity s)
{
	return s >= KH_SEV_HIGH ? c->red : c->yellow;
}

/* Prints the offline facts that matter to a reader, on one line. */
static void add_facts(struct kh_strbuf *out, const struct kh_finding *f,
		      const struct kh_masker *m)
{
	const cJSON *v = f->validation, *it, *acct;

	it = cJSON_GetObjectItemCaseSensitive(v, "structure");
	if (cJSON_IsString(it) && strcmp(it->valuestring, "unchecked"))
		kh_strbuf_addf(out, "  structure: %s", it->valuestring);
	it = cJSON_GetObjectItemCaseSensitive(v, "hublet");
	if (cJSON_IsString(it)) {
		kh_strbuf_addf(out, "  hublet: ");
		add_safe(out, m, it->valuestring);
	}
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

		kh_strbuf_addf(out, "  account: ");
		add_safe(out, m, cJSON_IsString(name) ? name->valuestring : "?");
		if (cJSON_IsNumber(id))
			kh_strbuf_addf(out, " (%.0f)", id->valuedouble);
		else if (cJSON_IsString(id)) {
			kh_strbuf_addf(out, " (");
			add_safe(out, m, id->valuestring);
			kh_strbuf_addf(out, ")");
		}
	}
	kh_strbuf_add(out, "\n", 1);
}

/* The line of the match where the secret begins (at most 100 bytes), the
 * secret masked unless --show-secrets: enough to spot it in the file. */
static void add_context(struct kh_strbuf *out, const struct kh_finding *f, int show,
			const struct kh_masker *mk)
{
	const char *at = strstr(f->match, f->secret), *ls, *le;
	char *line, *m;
	size_t n;
	int cut;

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
	cut = n > 100;
	if (cut) {
		/* cut at a character boundary, not inside one */
		n = 100;
		while (n && ((unsigned char)m[n] & 0xc0) == 0x80)
			n--;
		m[n] = '\0';
	}
	kh_strbuf_addf(out, "    match:     ");
	add_safe(out, mk, m);
	kh_strbuf_addf(out, "%s\n", cut ? " ..." : "");
	free(m);
}

static void add_verification(struct kh_strbuf *out, const struct kh_finding *f,
			     const struct kh_masker *m)
{
	const cJSON *st =
		cJSON_GetObjectItemCaseSensitive(kh_more(f)->verification, "status");
	const cJSON *why =
		cJSON_GetObjectItemCaseSensitive(kh_more(f)->verification, "reason");

	if (!cJSON_IsString(st))
		return;
	kh_strbuf_addf(out, "  verified:  ");
	add_safe(out, m, st->valuestring);
	if (cJSON_IsString(why) && why->valuestring[0]) {
		kh_strbuf_addf(out, " (");
		add_safe(out, m, why->valuestring);
		kh_strbuf_addf(out, ")");
	}
	kh_strbuf_add(out, "\n", 1);
}

static void add_commit(struct kh_strbuf *out, const struct kh_commit_info *ci,
		       const struct kh_masker *m)
{
	kh_strbuf_addf(out, "    %s    %.12s ", ci->tag ? "tagger:" : "commit:", ci->id);
	add_safe(out, m, ci->author ? ci->author : "");
	kh_strbuf_addf(out, " <");
	add_safe(out, m, ci->email ? ci->email : "");
	kh_strbuf_addf(out, "> ");
	add_safe(out, m, ci->date ? ci->date : "");
	kh_strbuf_addf(out, "  ");
	add_safe(out, m, ci->message ? ci->message : "");
	kh_strbuf_add(out, "\n", 1);
}

/* One occurrence of a secret: where it is, and what is around it. */
static void add_occurrence(struct kh_strbuf *out, const struct kh_finding *f,
			   const struct kh_options *opt, const struct kh_masker *m)
{
	kh_strbuf_addf(out, "  - ");
	if (f->file) {
		add_safe(out, m, f->file);
		kh_strbuf_addf(out, ":%zu:%zu\n", f->line, f->column);
	} else {
		kh_strbuf_addf(out, "(%s message)\n",
			       f->commit && f->commit->tag ? "tag" : "commit");
	}
	add_context(out, f, opt->show_secrets, m);
	if (f->decoded) {
		char how[64];

		kh_decoded_text(f->decoded, how, sizeof(how));
		kh_strbuf_addf(out, "    decoded:   %s\n", how);
	}
	if (kh_more(f)->partner) {
		cJSON *p = kh_partner_json(f, !opt->show_secrets);
		const cJSON *kind = cJSON_GetObjectItemCaseSensitive(p, "kind");
		const cJSON *value = cJSON_GetObjectItemCaseSensitive(p, "value");

		if (!cJSON_IsString(kind) || !cJSON_IsString(value)) {
			out->failed = 1;
		} else {
			kh_strbuf_addf(out, "    partner:   %s ", kind->valuestring);
			add_safe(out, m, value->valuestring);
			kh_strbuf_addf(out, " (line %zu)\n", kh_more(f)->partner_line);
		}
		cJSON_Delete(p);
	}
	if (kh_finding_context(f) != KH_CTX_NONE)
		kh_strbuf_addf(out, "    context:   %s file, confidence %s\n",
			       kh_context_name(kh_finding_context(f)),
			       kh_confidence_name(kh_finding_confidence(f)));
	if (f->commit && f->commit->tag) {
		kh_strbuf_addf(out, "    tag:       ");
		add_safe(out, m, f->commit->tag);
		kh_strbuf_add(out, "\n", 1);
	}
	if (f->commit)
		add_commit(out, f->commit, m);
	if (kh_more(f)->repository) {
		kh_strbuf_addf(out, "    repository: ");
		add_safe(out, m, kh_more(f)->repository);
		if (kh_more(f)->repository_url) {
			kh_strbuf_addf(out, " (");
			add_safe(out, m, kh_more(f)->repository_url);
			kh_strbuf_addf(out, ")");
		}
		kh_strbuf_add(out, "\n", 1);
	}
}

/* The secret, once: what it is, how it looks masked, and what was found
 * out about it (the same wherever it occurs). */
static void add_secret(struct kh_strbuf *out, const struct kh_finding *f, size_t n,
		       const struct kh_options *opt, const struct palette *c,
		       const struct kh_masker *m)
{
	char shown[40];

	kh_redact(f->secret, shown, sizeof(shown));
	kh_strbuf_addf(out, "%s%s%-8s%s %s", c->bold,
		       severity_color(c, f->rule->severity),
		       kh_severity_name(f->rule->severity), c->reset, c->bold);
	add_safe(out, m, f->rule->id);
	kh_strbuf_addf(out, "%s  ", c->reset);
	add_safe(out, m, f->rule->description);
	kh_strbuf_addf(out, "\n  secret:    ");
	if (opt->show_secrets) {
		kh_text_escape(out, f->secret);
	} else {
		kh_text_escape(out, shown);
		kh_strbuf_addf(out, " (%zu chars)", strlen(f->secret));
	}
	kh_strbuf_addf(out, ", in %zu place%s\n", n, n == 1 ? "" : "s");
	if (kh_more(f)->verification)
		add_verification(out, f, m);
	else if (f->rule->verifier || kh_rule_vspec(f->rule))
		kh_strbuf_addf(out, "  verified:  not checked (--verify checks it)\n");
	kh_strbuf_addf(out, "  %sfingerprint: %s%s", c->dim, f->fingerprint, c->reset);
	add_facts(out, f, m);
}

/* Findings grouped by secret: for each, the index of its secret's first
 * finding, so that a stable sort on it keeps report order within and
 * between the groups. */
struct slot {
	size_t first, i;
	const char *fp;
};

static int by_fp(const void *pa, const void *pb)
{
	const struct slot *a = pa, *b = pb;
	int c = strcmp(a->fp, b->fp);

	return c ? c : (a->i > b->i) - (a->i < b->i);
}

static int by_first(const void *pa, const void *pb)
{
	const struct slot *a = pa, *b = pb;

	if (a->first != b->first)
		return (a->first > b->first) - (a->first < b->first);
	return (a->i > b->i) - (a->i < b->i);
}

/* The findings in the order the text report shows them; NULL when out of
 * memory (or l is empty). The one reader of a run's findings by index,
 * not through kh_findings_iter(): a secret's block gathers its places from
 * anywhere in the report (doc/performance.md, wave 27). */
static struct slot *group_by_secret(const struct kh_findings *l)
{
	struct slot *v = l->n ? calloc(l->n, sizeof(*v)) : NULL;
	size_t i, first = 0;

	if (!v)
		return NULL;
	for (i = 0; i < l->n; i++) {
		v[i].i = i;
		v[i].fp = l->v[i]->fingerprint;
	}
	kh_sort(v, l->n, sizeof(*v), by_fp);
	for (i = 0; i < l->n; i++) {
		if (!i || strcmp(v[i].fp, v[i - 1].fp))
			first = v[i].i; /* the smallest index of this secret */
		v[i].first = first;
	}
	kh_sort(v, l->n, sizeof(*v), by_first);
	return v;
}

/*
 * One block per secret (its fingerprint: rule + secret), then each place
 * it occurs, in report order. Whole secrets only with --show-secrets.
 */
int kh_format_text(struct kh_strbuf *out, const struct kh_findings *l,
		   const struct kh_options *opt)
{
	static const struct palette plain = { "", "", "", "", "" };
	static const struct palette ansi = { "\033[1m", "\033[2m", "\033[31m", "\033[33m",
					     "\033[0m" };
	/* colour is for a terminal: never in a file written with -o */
	const struct palette *c = opt->color && !opt->output ? &ansi : &plain;
	struct kh_masker *m = NULL;
	struct slot *v;
	size_t i, k;

	if (!l->n)
		return 0;
	if (!(v = group_by_secret(l)))
		return -1;
	/* text shows no whole secret anywhere unless --show-secrets */
	if (!opt->show_secrets && !(m = kh_masker_new(l))) {
		free(v);
		return -1;
	}
	for (i = 0; i < l->n; i = k) {
		for (k = i + 1; k < l->n && v[k].first == v[i].first; k++)
			;
		add_secret(out, l->v[v[i].i], k - i, opt, c, m);
		for (; i < k; i++)
			add_occurrence(out, l->v[v[i].i], opt, m);
		kh_strbuf_addf(out, "  %sfix: ", c->dim);
		add_safe(out, m, l->v[v[k - 1].i]->rule->remediation);
		kh_strbuf_addf(out, "%s\n\n", c->reset);
	}
	kh_masker_free(m);
	free(v);
	return out->failed ? -1 : 0;
}
