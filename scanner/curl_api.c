#include "curl_api.h"

#include "dl_table.h"

struct kh_curl kh_curl_api;

static const struct kh_dl_symbol syms[] = {
#define KH_CURL_SYM(name, ret, params) { "curl_" #name, offsetof(struct kh_curl, name) },
	KH_CURL_FUNCS(KH_CURL_SYM)
#undef KH_CURL_SYM
};
/* Debian ships the OpenSSL build as libcurl.so.4 and the GnuTLS one under
 * its own name; either does. */
static const char *const files[] = { "libcurl.so.4", "libcurl-gnutls.so.4", "libcurl.so",
				     NULL };
static struct kh_dl_table lib = {
	.what = "libcurl",
	.files = files,
	.install_hint = "install libcurl4",
	.too_old_hint = " (7.85 or newer is needed)",
	.syms = syms,
	.nsyms = sizeof(syms) / sizeof(syms[0]),
	.table = &kh_curl_api,
	.lock = PTHREAD_MUTEX_INITIALIZER,
};

const struct kh_curl *kh_curl_load(char *err, size_t errlen)
{
	return kh_dl_load(&lib, err, errlen);
}
