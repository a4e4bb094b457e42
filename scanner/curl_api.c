#define KH_CURL_API_IMPL
#include "curl_api.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "util.h"

/* Written once under pthread_once, read-only afterwards. */
static struct kh_curl api;
static const struct kh_curl *loaded;
static char load_error[256];
static pthread_once_t once = PTHREAD_ONCE_INIT;

/* Resolves one symbol into *slot; 0, or -1 with load_error set. */
static int bind_symbol(void *lib, const char *name, void *slot)
{
	void *sym = dlsym(lib, name);

	if (!sym) {
		snprintf(load_error, sizeof(load_error),
			 "libcurl has no %s (7.85 or newer is needed)", name);
		return -1;
	}
	memcpy(slot, &sym, sizeof(sym)); /* object to function pointer */
	return 0;
}

static void load(void)
{
	/* Debian ships the OpenSSL build as libcurl.so.4 and the GnuTLS one
	 * under its own name; either does. */
	static const char *names[] = { "libcurl.so.4", "libcurl-gnutls.so.4",
				       "libcurl.so" };
	void *lib = NULL;
	size_t i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]) && !lib; i++)
		lib = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
	if (!lib) {
		snprintf(load_error, sizeof(load_error),
			 "cannot load libcurl (install libcurl4): %s", dlerror());
		return;
	}
	if (bind_symbol(lib, "curl_global_init", &api.global_init) ||
	    bind_symbol(lib, "curl_global_cleanup", &api.global_cleanup) ||
	    bind_symbol(lib, "curl_easy_init", &api.easy_init) ||
	    bind_symbol(lib, "curl_easy_setopt", &api.easy_setopt) ||
	    bind_symbol(lib, "curl_easy_getinfo", &api.easy_getinfo) ||
	    bind_symbol(lib, "curl_easy_cleanup", &api.easy_cleanup) ||
	    bind_symbol(lib, "curl_multi_init", &api.multi_init) ||
	    bind_symbol(lib, "curl_multi_setopt", &api.multi_setopt) ||
	    bind_symbol(lib, "curl_multi_add_handle", &api.multi_add_handle) ||
	    bind_symbol(lib, "curl_multi_remove_handle", &api.multi_remove_handle) ||
	    bind_symbol(lib, "curl_multi_perform", &api.multi_perform) ||
	    bind_symbol(lib, "curl_multi_poll", &api.multi_poll) ||
	    bind_symbol(lib, "curl_multi_info_read", &api.multi_info_read) ||
	    bind_symbol(lib, "curl_multi_cleanup", &api.multi_cleanup) ||
	    bind_symbol(lib, "curl_slist_append", &api.slist_append) ||
	    bind_symbol(lib, "curl_slist_free_all", &api.slist_free_all) ||
	    bind_symbol(lib, "curl_url", &api.url) ||
	    bind_symbol(lib, "curl_url_set", &api.url_set) ||
	    bind_symbol(lib, "curl_url_get", &api.url_get) ||
	    bind_symbol(lib, "curl_url_cleanup", &api.url_cleanup) ||
	    bind_symbol(lib, "curl_free", &api.free)) {
		dlclose(lib);
		return;
	}
	/* the library stays loaded for the life of the process */
	loaded = &api;
}

const struct kh_curl *kh_curl_load(char *err, size_t errlen)
{
	pthread_once(&once, load);
	if (!loaded)
		kh_errf(err, errlen, "--verify: %s", load_error);
	return loaded;
}

const struct kh_curl *kh_curl_get(void)
{
	pthread_once(&once, load);
	return loaded;
}
