#include "verify.h"

#include "util.h"

/* Placeholder until live verification lands: refuses --verify plainly. */
int kh_verify_findings(struct kh_findings *l, const struct kh_options *opt,
		       struct kh_diag *d, char *err, size_t errlen)
{
	(void)l;
	(void)opt;
	(void)d;
	return kh_errf(err, errlen, "--verify: not available in this build");
}

int kh_report_load(const char *path, const struct kh_ruleset *rs,
		   struct kh_findings *out, char *err, size_t errlen)
{
	(void)rs;
	(void)out;
	return kh_errf(err, errlen, "%s: verify: not available in this build", path);
}
