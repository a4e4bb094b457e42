#include "report.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "decode.h"
#include "pair.h"

#define REPORT_MAX ((size_t)1 << 31) /* a report over 2 GiB is a bug */

void kh_redact_span(const char *secret, size_t len, char *out, size_t outlen)
{
	/* A prefix says which key it is without giving it away; short
	 * secrets (passwords) show nothing at all. */
	if (len >= 16)
		snprintf(out, outlen, "%.4s*****", secret);
	else
		snprintf(out, outlen, "*****");
}

void kh_redact(const char *secret, char *out, size_t outlen)
{
	kh_redact_span(secret, strlen(secret), out, outlen);
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

void kh_add_judgement(cJSON *o, const struct kh_finding *f)
{
	enum kh_context ctx = kh_finding_context(f);

	if (f->decoded)
		cJSON_AddItemToObject(o, "decoded", kh_decoded_json(f->decoded));
	if (ctx != KH_CTX_NONE)
		cJSON_AddStringToObject(o, "context", kh_context_name(ctx));
	cJSON_AddStringToObject(o, "confidence",
				kh_confidence_name(kh_finding_confidence(f)));
}

cJSON *kh_repository_json(const struct kh_finding *f)
{
	cJSON *o;

	if (!kh_more(f)->repository || !(o = cJSON_CreateObject()))
		return NULL;
	cJSON_AddStringToObject(o, "path", kh_more(f)->repository);
	if (kh_more(f)->repository_url)
		cJSON_AddStringToObject(o, "url", kh_more(f)->repository_url);
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
	kh_add_judgement(o, f);
	if (kh_more(f)->partner)
		cJSON_AddItemToObject(o, "partner", kh_partner_json(f, redact));
	cJSON_AddStringToObject(o, "fingerprint", f->fingerprint);
	/* one secret found in many places has one id (rule + secret), so tools
	 * can group the occurrences, one object each */
	cJSON_AddStringToObject(o, "secret_id", f->fingerprint);
	cJSON_AddNumberToObject(o, "entropy",
				(double)(long)(f->entropy * 1000 + 0.5) / 1000);
	if (f->validation)
		cJSON_AddItemToObject(o, "validation", cJSON_Duplicate(f->validation, 1));
	if (kh_more(f)->verification)
		cJSON_AddItemToObject(o, "verification",
				      cJSON_Duplicate(kh_more(f)->verification, 1));
	/* an annotated tag (its message, or a tree it names) is "tag" */
	if (f->commit)
		cJSON_AddItemToObject(o, f->commit->tag ? "tag" : "commit",
				      commit_to_json(f->commit));
	if (kh_more(f)->repository)
		cJSON_AddItemToObject(o, "repository", kh_repository_json(f));
	cJSON_AddStringToObject(o, "remediation", f->rule->remediation);
	return o;
}

/* The finding as JSON ready to print: masked when m, valid UTF-8. */
static cJSON *finding_out(const struct kh_finding *f, const struct kh_masker *m)
{
	cJSON *o = kh_finding_to_json(f, m != NULL);

	if (o && ((m && kh_json_mask(o, m) < 0) || kh_json_fix_utf8(o, 1) < 0)) {
		cJSON_Delete(o);
		return NULL;
	}
	return o;
}

/* 1 when the report masks secrets: --redact, or machine-readable output
 * on stdout (a CI log) without --show-secrets. */
static int report_redacts(const struct kh_options *opt)
{
	if (opt->redact)
		return 1;
	/* stdout is where CI logs come from: whole secrets only on request */
	return !opt->output && !opt->show_secrets && kh_report_format(opt) != KH_FMT_TEXT;
}

int kh_format_json(struct kh_strbuf *out, const struct kh_findings *l,
		   const struct kh_options *opt, int lines)
{
	struct kh_masker *m = NULL;
	struct kh_finding_iter it;
	const struct kh_finding *f;
	int ret = -1, any = 0;

	if (report_redacts(opt) && !(m = kh_masker_new(l)))
		return -1;
	if (!lines)
		kh_strbuf_add(out, "[", 1);
	for (kh_findings_iter(&it, l); (f = kh_iter_next(&it)); any = 1) {
		cJSON *o = finding_out(f, m);
		char *s = o ? (lines ? cJSON_PrintUnformatted(o) : cJSON_Print(o)) : NULL;

		cJSON_Delete(o);
		if (!s)
			goto out;
		if (!lines)
			kh_strbuf_add(out, any ? ",\n" : "\n", any ? 2 : 1);
		kh_json_add_safe(out, s);
		if (lines)
			kh_strbuf_add(out, "\n", 1);
		free(s);
	}
	if (!lines)
		kh_strbuf_add(out, any ? "\n]\n" : "]\n", any ? 3 : 2);
	ret = out->failed ? -1 : 0;
out:
	kh_masker_free(m);
	return ret;
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

/*
 * The temporary file holds the whole report, secrets included, until it
 * is renamed: a signal must not leave it behind. Its name lives in a
 * static buffer because a signal handler can use nothing else; unlink()
 * and raise() are async-signal-safe.
 */
static char tmp_for_signal[PATH_MAX + 32];
static volatile sig_atomic_t tmp_armed;

static void remove_tmp_and_die(int sig)
{
	if (tmp_armed)
		unlink(tmp_for_signal);
	signal(sig, SIG_DFL);
	raise(sig);
}

static void arm_signals(const char *tmp)
{
	static const int sigs[] = { SIGINT, SIGTERM, SIGHUP };
	struct sigaction sa;
	size_t i;

	if (strlen(tmp) >= sizeof(tmp_for_signal))
		return; /* cannot happen: mkstemp needs a path under PATH_MAX */
	memcpy(tmp_for_signal, tmp, strlen(tmp) + 1);
	tmp_armed = 1;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = remove_tmp_and_die;
	sigemptyset(&sa.sa_mask);
	for (i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++)
		sigaction(sigs[i], &sa, NULL);
}

static void disarm_signals(void)
{
	tmp_armed = 0;
}

/*
 * Verification can take an hour, and what it found is worth keeping, so
 * while it runs the first SIGINT or SIGTERM only asks it to stop: the
 * handler stores the signal in one sig_atomic_t that the verify loop polls
 * (its waits are short); the run then writes the whole report and exits
 * 128 + the signal. A second one dies at once, removing the temporary
 * file as remove_tmp_and_die does. Outside kh_interrupt_defer(1) ...
 * kh_interrupt_defer(0) the signals do what they did before.
 */
static volatile sig_atomic_t deferred_sig;
static struct sigaction saved_int, saved_term;

static void defer_or_die(int sig)
{
	if (!deferred_sig) {
		deferred_sig = sig;
		return;
	}
	if (tmp_armed)
		unlink(tmp_for_signal);
	signal(sig, SIG_DFL);
	raise(sig);
}

void kh_interrupt_defer(int on)
{
	struct sigaction sa;

	if (on) {
		deferred_sig = 0;
		memset(&sa, 0, sizeof(sa));
		sa.sa_handler = defer_or_die;
		sigemptyset(&sa.sa_mask);
		sigaction(SIGINT, &sa, &saved_int);
		sigaction(SIGTERM, &sa, &saved_term);
	} else {
		sigaction(SIGINT, &saved_int, NULL);
		sigaction(SIGTERM, &saved_term, NULL);
	}
}

int kh_interrupt_pending(void)
{
	return (int)deferred_sig;
}

static int sink_err(const char *path, const char *what, char *err, size_t errlen)
{
	return kh_errf(err, errlen, "%s: cannot write report: %s", path, what);
}

int kh_report_open(struct kh_report_sink *s, const struct kh_options *opt, char *err,
		   size_t errlen)
{
	struct stat st, lst;
	size_t tl;

	memset(s, 0, sizeof(*s));
	s->fd = -1;
	s->path = opt->output;
	/* a report over the file size limit (ulimit -f) must fail its write
	 * with EFBIG, said and cleaned up, not kill us with its temporary
	 * file left behind */
	signal(SIGXFSZ, SIG_IGN);
	if (!s->path)
		return 0;
	if (!s->path[0])
		return sink_err("--output", "empty file name", err, errlen);
	if (stat(s->path, &st) == 0) {
		if (S_ISDIR(st.st_mode))
			return sink_err(s->path, "is a directory", err, errlen);
		if (!S_ISREG(st.st_mode)) {
			/* a FIFO or a device: written to in place at the end */
			if (access(s->path, W_OK) < 0)
				return sink_err(s->path, strerror(errno), err, errlen);
			return 0;
		}
		/* a regular file, maybe through symlinks: replace the file the
		 * links lead to, and leave the links alone */
		s->target = realpath(s->path, NULL);
		s->exists = 1;
		s->dev = st.st_dev;
		s->ino = st.st_ino;
	} else if (errno != ENOENT) {
		return sink_err(s->path, strerror(errno), err, errlen);
	} else if (lstat(s->path, &lst) == 0) {
		/* a dangling symlink: create what it points to */
		return 0;
	} else {
		s->target = strdup(s->path);
	}
	if (!s->target)
		return sink_err(s->path, strerror(errno), err, errlen);
	tl = strlen(s->target);
	if (tl + 16 > PATH_MAX || !(s->tmp = malloc(tl + 16))) {
		free(s->target);
		s->target = NULL;
		return sink_err(s->path,
				tl + 16 > PATH_MAX ? "name too long" : "out of memory",
				err, errlen);
	}
	snprintf(s->tmp, tl + 16, "%s.tmp.XXXXXX", s->target);
	/* mkstemp's mode 0600 is right for a file that may hold secrets */
	s->fd = mkstemp(s->tmp);
	if (s->fd < 0) {
		int saved = errno;

		free(s->tmp);
		free(s->target);
		s->tmp = s->target = NULL;
		return sink_err(s->path, strerror(saved), err, errlen);
	}
	arm_signals(s->tmp);
	return 0;
}

int kh_report_is_target(const struct kh_report_sink *s, const char *path)
{
	struct stat st;

	return s->exists && stat(path, &st) == 0 && st.st_dev == s->dev &&
	       st.st_ino == s->ino;
}

void kh_report_close(struct kh_report_sink *s)
{
	if (!s)
		return;
	if (s->fd >= 0)
		close(s->fd);
	if (s->tmp) {
		unlink(s->tmp);
		disarm_signals();
	}
	free(s->tmp);
	free(s->target);
	s->tmp = s->target = NULL;
	s->fd = -1;
}

static int drain_fd(void *fd, const char *s, size_t n)
{
	return write_all(*(int *)fd, s, n);
}

/* Completes the temporary file and renames it over the target. */
static int finish_atomic(struct kh_report_sink *s, char *err, size_t errlen)
{
	int fd = s->fd;

	s->fd = -1;
	if (fsync(fd) < 0) {
		int saved = errno;

		close(fd);
		return sink_err(s->path, strerror(saved), err, errlen);
	}
	if (close(fd) < 0 || rename(s->tmp, s->target) < 0)
		return sink_err(s->path, strerror(errno), err, errlen);
	disarm_signals();
	free(s->tmp);
	s->tmp = NULL;
	return 0;
}

/* Opens what is at the path (a FIFO, a device, a dangling link) to write
 * the report into it; -1 with err set when it cannot. */
static int open_in_place(struct kh_report_sink *s, char *err, size_t errlen)
{
	struct stat st;
	int fd = open(s->path, O_WRONLY | O_CREAT | O_CLOEXEC | O_NOCTTY, 0600);

	if (fd < 0)
		return sink_err(s->path, strerror(errno), err, errlen);
	if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && ftruncate(fd, 0) < 0) {
		close(fd);
		return sink_err(s->path, strerror(errno), err, errlen);
	}
	return fd;
}

/*
 * The formatters append to a buffer that is written on each time it holds
 * a MiB (kh_strbuf_drain_to), so a report of a million findings is never
 * in memory whole: into the temporary file of --output, renamed only once
 * complete, or into what is at the path, or to stdout, where a report
 * that fails part-way (out of memory, a full disk) leaves what was written
 * before it and the exit code says it failed.
 */
int kh_report_write(const struct kh_findings *l, const struct kh_options *opt,
		    const struct kh_ruleset *rs, struct kh_report_sink *sink, char *err,
		    size_t errlen)
{
	struct kh_strbuf b;
	const char *where = sink && sink->path ? sink->path : NULL;
	int ret, fd = STDOUT_FILENO, in_place = 0;

	if (sink && sink->tmp) {
		fd = sink->fd;
	} else if (where) {
		if ((fd = open_in_place(sink, err, errlen)) < 0)
			return -1;
		in_place = 1;
	}
	if (errlen)
		err[0] = '\0'; /* a formatter's own error is kept (text's sorts) */
	kh_strbuf_init(&b, REPORT_MAX);
	kh_strbuf_drain_to(&b, drain_fd, &fd);
	switch (kh_report_format(opt)) {
	case KH_FMT_JSONL: ret = kh_format_json(&b, l, opt, 1); break;
	case KH_FMT_SARIF: ret = kh_format_sarif(&b, l, opt, rs); break;
	case KH_FMT_TEXT: ret = kh_format_text(&b, l, opt, err, errlen); break;
	case KH_FMT_BASELINE: ret = kh_format_baseline(&b, l); break;
	default: ret = kh_format_json(&b, l, opt, 0); break;
	}
	if (ret == 0)
		ret = kh_strbuf_flush(&b);
	if (b.drain_errno)
		ret = where ? sink_err(where, strerror(b.drain_errno), err, errlen)
			    : kh_errf(err, errlen,
				      "standard output: cannot write report: %s",
				      strerror(b.drain_errno));
	else if (ret < 0 || b.failed) /* the formatter's own error, or this */
		ret = errlen && err[0] ? -1
				       : kh_errf(err, errlen,
						 "out of memory formatting the report");
	else if (sink && sink->tmp)
		ret = finish_atomic(sink, err, errlen);
	if (in_place && close(fd) < 0 && ret == 0)
		ret = sink_err(where, strerror(errno), err, errlen);
	/* the buffer held the report, secrets included */
	if (b.s)
		explicit_bzero(b.s, b.len);
	kh_strbuf_release(&b);
	return ret;
}
