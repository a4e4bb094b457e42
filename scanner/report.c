#include "report.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define REPORT_MAX ((size_t)1 << 31) /* a report over 2 GiB is a bug */

void kh_redact(const char *secret, char *out, size_t outlen)
{
	size_t len = strlen(secret);

	/* A prefix says which key it is without giving it away; short
	 * secrets (passwords) show nothing at all. */
	if (len >= 16)
		snprintf(out, outlen, "%.4s*****", secret);
	else
		snprintf(out, outlen, "*****");
}

char *kh_mask_match(const char *match, const char *secret)
{
	struct kh_strbuf b;
	char mask[32];
	size_t sl = strlen(secret);
	const char *p = match, *hit;

	kh_redact(secret, mask, sizeof(mask));
	kh_strbuf_init(&b, 0);
	while (sl && (hit = strstr(p, secret))) {
		kh_strbuf_add(&b, p, (size_t)(hit - p));
		kh_strbuf_add(&b, mask, strlen(mask));
		p = hit + sl;
	}
	kh_strbuf_add(&b, p, strlen(p));
	if (b.failed) {
		kh_strbuf_release(&b);
		return NULL;
	}
	return b.s ? b.s : strdup("");
}

static cJSON *commit_to_json(const struct kh_commit_info *c)
{
	cJSON *o = cJSON_CreateObject();

	if (c->tag)
		cJSON_AddStringToObject(o, "name", c->tag);
	cJSON_AddStringToObject(o, "id", c->id);
	cJSON_AddStringToObject(o, "author", c->author ? c->author : "");
	cJSON_AddStringToObject(o, "email", c->email ? c->email : "");
	cJSON_AddStringToObject(o, "date", c->date ? c->date : "");
	cJSON_AddStringToObject(o, "message", c->message ? c->message : "");
	return o;
}

cJSON *kh_finding_to_json(const struct kh_finding *f, int redact)
{
	cJSON *o = cJSON_CreateObject();

	if (!o)
		return NULL;
	cJSON_AddStringToObject(o, "rule_id", f->rule->id);
	cJSON_AddStringToObject(o, "description", f->rule->description);
	cJSON_AddStringToObject(o, "severity", kh_severity_name(f->rule->severity));
	if (!redact) {
		cJSON_AddStringToObject(o, "secret", f->secret);
		cJSON_AddStringToObject(o, "match", f->match);
	} else {
		char *m = kh_mask_match(f->match, f->secret);

		cJSON_AddStringToObject(o, "match", m ? m : "");
		free(m);
	}
	if (f->file)
		cJSON_AddStringToObject(o, "file", f->file);
	else
		cJSON_AddNullToObject(o, "file");
	cJSON_AddNumberToObject(o, "line", (double)f->line);
	cJSON_AddNumberToObject(o, "column", (double)f->column);
	cJSON_AddNumberToObject(o, "end_line", (double)f->end_line);
	cJSON_AddNumberToObject(o, "end_column", (double)f->end_column);
	cJSON_AddStringToObject(o, "fingerprint", f->fingerprint);
	cJSON_AddNumberToObject(o, "entropy",
				(double)(long)(f->entropy * 1000 + 0.5) / 1000);
	if (f->validation)
		cJSON_AddItemToObject(o, "validation", cJSON_Duplicate(f->validation, 1));
	if (f->verification)
		cJSON_AddItemToObject(o, "verification",
				      cJSON_Duplicate(f->verification, 1));
	/* an annotated tag (its message, or a tree it names) is "tag" */
	if (f->commit)
		cJSON_AddItemToObject(o, f->commit->tag ? "tag" : "commit",
				      commit_to_json(f->commit));
	cJSON_AddStringToObject(o, "remediation", f->rule->remediation);
	return o;
}

int kh_format_json(struct kh_strbuf *out, const struct kh_findings *l,
		   const struct kh_options *opt, int lines)
{
	size_t i;

	if (!lines)
		kh_strbuf_add(out, "[", 1);
	for (i = 0; i < l->n; i++) {
		cJSON *o = kh_finding_to_json(l->v[i], opt->redact);
		char *s = o ? (lines ? cJSON_PrintUnformatted(o) : cJSON_Print(o)) : NULL;

		cJSON_Delete(o);
		if (!s)
			return -1;
		if (!lines)
			kh_strbuf_add(out, i ? ",\n" : "\n", i ? 2 : 1);
		kh_strbuf_add(out, s, strlen(s));
		if (lines)
			kh_strbuf_add(out, "\n", 1);
		free(s);
	}
	if (!lines)
		kh_strbuf_add(out, l->n ? "\n]\n" : "]\n", l->n ? 3 : 2);
	return out->failed ? -1 : 0;
}

enum kh_format kh_report_format(const struct kh_options *opt)
{
	if (opt->format != KH_FMT_AUTO)
		return opt->format;
	return !opt->output && isatty(STDOUT_FILENO) ? KH_FMT_TEXT : KH_FMT_JSON;
}

static int write_all(int fd, const char *s, size_t n)
{
	while (n) {
		ssize_t w = write(fd, s, n);

		if (w < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		s += w;
		n -= (size_t)w;
	}
	return 0;
}

/* Writes to a temporary file beside `path`, then renames it over path. */
static int write_file_atomic(const char *path, const char *s, size_t n, char *err,
			     size_t errlen)
{
	size_t pl = strlen(path);
	char *tmp = malloc(pl + 16);
	int fd, saved;

	if (!tmp)
		return kh_errf(err, errlen, "%s: out of memory", path);
	snprintf(tmp, pl + 16, "%s.tmp.XXXXXX", path);
	fd = mkstemp(tmp);
	if (fd < 0) {
		saved = errno;
		free(tmp);
		return kh_errf(err, errlen, "%s: cannot write report: %s", path,
			       strerror(saved));
	}
	/* mkstemp's mode 0600 is right for a file that may hold secrets */
	if (write_all(fd, s, n) < 0 || fsync(fd) < 0) {
		saved = errno;
		close(fd);
		unlink(tmp);
		free(tmp);
		return kh_errf(err, errlen, "%s: cannot write report: %s", path,
			       strerror(saved));
	}
	if (close(fd) < 0) {
		saved = errno;
		unlink(tmp);
		free(tmp);
		return kh_errf(err, errlen, "%s: cannot write report: %s", path,
			       strerror(saved));
	}
	if (rename(tmp, path) < 0) {
		saved = errno;
		unlink(tmp);
		free(tmp);
		return kh_errf(err, errlen, "%s: cannot write report: %s", path,
			       strerror(saved));
	}
	free(tmp);
	return 0;
}

int kh_report_write(const struct kh_findings *l, const struct kh_options *opt,
		    const struct kh_ruleset *rs, char *err, size_t errlen)
{
	struct kh_strbuf b;
	int ret;

	kh_strbuf_init(&b, REPORT_MAX);
	switch (kh_report_format(opt)) {
	case KH_FMT_JSONL: ret = kh_format_json(&b, l, opt, 1); break;
	case KH_FMT_SARIF: ret = kh_format_sarif(&b, l, opt, rs); break;
	case KH_FMT_TEXT: ret = kh_format_text(&b, l, opt); break;
	default: ret = kh_format_json(&b, l, opt, 0); break;
	}
	if (ret < 0 || b.failed) {
		kh_strbuf_release(&b);
		return kh_errf(err, errlen, "out of memory formatting the report");
	}
	if (opt->output) {
		ret = write_file_atomic(opt->output, b.s ? b.s : "", b.len, err, errlen);
	} else if (write_all(STDOUT_FILENO, b.s ? b.s : "", b.len) < 0) {
		ret = kh_errf(err, errlen, "standard output: cannot write report: %s",
			      strerror(errno));
	}
	kh_strbuf_release(&b);
	return ret;
}
