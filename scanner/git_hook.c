/*
 * git_hook.c - `keyhound install-hook [--pre-push] [REPO]`: writes the
 * plain git hook that runs `keyhound staged` before each commit (or
 * `keyhound git --pre-push` before each push). A hook that is not ours is
 * never overwritten.
 */
#include "walk_git.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "diag.h"
#include "git_common.h"
#include "util.h"

#define HOOK_MARK "# installed by keyhound install-hook"
#define HOOK_MAX  (1u << 20)

/* The hook script; NULL when out of memory. It runs this very binary when
 * it is still there, else `keyhound` from PATH. */
static char *hook_text(int pre_push)
{
	struct kh_strbuf b;
	char exe[4096];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	const char *p;

	exe[n > 0 ? n : 0] = '\0';
	kh_strbuf_init(&b, 64u << 10);
	kh_strbuf_addf(&b, "#!/bin/sh\n%s: %s\n", HOOK_MARK,
		       pre_push ? "blocks a push of commits that add a secret"
				: "blocks a commit that adds a secret");
	kh_strbuf_addf(&b,
		       "# Skip it once with 'git %s --no-verify'; delete this file to "
		       "remove it.\n",
		       pre_push ? "push" : "commit");
	kh_strbuf_add(&b, "keyhound='", 10);
	for (p = n > 0 ? exe : "keyhound"; *p; p++) {
		if (*p == '\'')
			kh_strbuf_add(&b, "'\\''", 4);
		else
			kh_strbuf_add(&b, p, 1);
	}
	kh_strbuf_addf(
		&b,
		"'\n"
		"command -v \"$keyhound\" >/dev/null 2>&1 || keyhound=keyhound\n"
		"\"$keyhound\" %s --format text\n"
		"rc=$?\n"
		"[ $rc = 1 ] && echo \"keyhound: %s blocked: %s; for a false positive "
		"add 'keyhound:allow' to its line or its fingerprint to .keyhoundignore; "
		"'git %s --no-verify' skips this check once.\" >&2\n"
		"exit $rc\n",
		pre_push ? "git --pre-push" : "staged", pre_push ? "push" : "commit",
		pre_push ? "take the secret out of the commits being pushed (git commit "
			   "--amend, git rebase -i)"
			 : "take the secret out of the staged changes",
		pre_push ? "push" : "commit");
	if (b.failed) {
		kh_strbuf_release(&b);
		return NULL;
	}
	return b.s;
}

/* Where hooks live: core.hooksPath (relative to the work tree, or to the
 * git directory of a bare repository), else $GIT_COMMON_DIR/hooks. */
static int hooks_dir(git_repository *repo, struct kh_strbuf *out)
{
	git_config *cfg = NULL;
	git_buf buf = { 0 };
	int ret = -1;

	if (git_repository_config_snapshot(&cfg, repo) == 0 &&
	    git_config_get_path(&buf, cfg, "core.hooksPath") == 0 && buf.ptr[0]) {
		if (buf.ptr[0] != '/')
			kh_strbuf_addf(out, "%s",
				       git_repository_workdir(repo)
					       ? git_repository_workdir(repo)
					       : git_repository_path(repo));
		kh_strbuf_addf(out, "%s", buf.ptr);
		ret = 0;
	} else if (git_repository_item_path(&buf, repo, GIT_REPOSITORY_ITEM_HOOKS) == 0) {
		kh_strbuf_addf(out, "%s", buf.ptr);
		ret = 0;
	}
	git_buf_dispose(&buf);
	git_config_free(cfg);
	while (ret == 0 && out->len > 1 && out->s[out->len - 1] == '/')
		out->s[--out->len] = '\0';
	return out->failed ? -1 : ret;
}

/* 1 when the file at path exists and is a hook we wrote; 0 when it does
 * not exist; -1 when it is someone else's (or unreadable). */
static int our_hook(const char *path)
{
	unsigned char *buf;
	size_t len;
	int ret;

	if (kh_read_path(path, HOOK_MAX, &buf, &len) != KH_READ_OK)
		return errno == ENOENT ? 0 : -1;
	ret = memmem(buf, len, HOOK_MARK, strlen(HOOK_MARK)) ? 1 : -1;
	free(buf);
	return ret;
}

/* Writes text to path through a temporary file, so a reader never sees
 * half a hook. */
static int write_hook(const char *path, const char *text, char *err, size_t errlen)
{
	struct kh_strbuf tmp;
	size_t len = strlen(text);
	int fd, ret = -1;

	kh_strbuf_init(&tmp, 1u << 16);
	kh_strbuf_addf(&tmp, "%s.keyhound-%ld", path, (long)getpid());
	if (tmp.failed)
		goto out;
	fd = open(tmp.s, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0755);
	if (fd < 0) {
		kh_errf(err, errlen, "%s: cannot create: %s", tmp.s, strerror(errno));
		goto out;
	}
	if (write(fd, text, len) != (ssize_t)len || fchmod(fd, 0755) < 0 ||
	    close(fd) < 0) {
		kh_errf(err, errlen, "%s: cannot write: %s", tmp.s, strerror(errno));
		unlink(tmp.s);
		goto out;
	}
	if (rename(tmp.s, path) < 0) {
		kh_errf(err, errlen, "%s: cannot install: %s", path, strerror(errno));
		unlink(tmp.s);
		goto out;
	}
	ret = 0;
out:
	kh_strbuf_release(&tmp);
	return ret;
}

int kh_install_hook(const struct kh_options *opt, char *err, size_t errlen)
{
	const char *hook = opt->pre_push ? "pre-push" : "pre-commit";
	const char *name = opt->paths.n ? opt->paths.v[0] : ".";
	git_repository *repo = NULL;
	struct kh_strbuf dir, path;
	struct kh_diag d;
	char *text = NULL;
	int ret = -1, ours;

	kh_diag_init(&d, opt->quiet);
	kh_strbuf_init(&dir, 1u << 16);
	kh_strbuf_init(&path, 1u << 16);
	kh_git_begin();
	if (opt->paths.n > 1) {
		kh_errf(err, errlen,
			"install-hook: expected one repository, got %zu paths",
			opt->paths.n);
		goto out;
	}
	if (kh_git_open(&repo, opt->paths.n ? name : NULL, err, errlen) < 0)
		goto out;
	if (hooks_dir(repo, &dir) < 0) {
		kh_errf(err, errlen, "%s: cannot find the hooks directory: %s", name,
			kh_git_msg());
		goto out;
	}
	if (mkdir(dir.s, 0755) < 0 && errno != EEXIST) {
		kh_errf(err, errlen, "%s: cannot create: %s", dir.s, strerror(errno));
		goto out;
	}
	kh_strbuf_addf(&path, "%s/%s", dir.s, hook);
	if (path.failed || !(text = hook_text(opt->pre_push))) {
		kh_errf(err, errlen, "out of memory");
		goto out;
	}
	ours = our_hook(path.s);
	if (ours < 0) {
		kh_errf(err, errlen,
			"%s already exists and was not written by keyhound; not "
			"overwritten. Add '%s' to it yourself, or move it away and run "
			"install-hook again",
			path.s,
			opt->pre_push ? "keyhound git --pre-push" : "keyhound staged");
		goto out;
	}
	if (write_hook(path.s, text, err, errlen) < 0)
		goto out;
	kh_note(&d, "%s the %s hook: %s", ours ? "updated" : "installed", hook, path.s);
	ret = 0;
out:
	free(text);
	kh_strbuf_release(&dir);
	kh_strbuf_release(&path);
	git_repository_free(repo);
	kh_git_end();
	kh_diag_release(&d);
	return ret;
}
