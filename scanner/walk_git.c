#include "walk_git.h"

#include "util.h"

/* Placeholder until history scanning lands. */
int kh_scan_git(const struct kh_options *opt, const struct kh_engine *e,
		struct kh_diag *d, time_t now, struct kh_findings *out,
		char *err, size_t errlen)
{
	(void)opt, (void)e, (void)d, (void)now, (void)out;
	return kh_errf(err, errlen, "git: not available in this build");
}

int kh_scan_staged(const struct kh_options *opt, const struct kh_engine *e,
		   struct kh_diag *d, time_t now, struct kh_findings *out,
		   char *err, size_t errlen)
{
	(void)opt, (void)e, (void)d, (void)now, (void)out;
	return kh_errf(err, errlen, "staged: not available in this build");
}

int kh_install_hook(const struct kh_options *opt, char *err, size_t errlen)
{
	(void)opt;
	return kh_errf(err, errlen, "install-hook: not available in this build");
}
