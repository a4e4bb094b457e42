#include "git_api.h"

#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>

#include "dl_table.h"
#include "run.h"

#ifndef KH_LIBGIT2_SONAME
#define KH_LIBGIT2_SONAME "libgit2.so"
#endif

struct kh_git kh_git_api;
atomic_int kh_git_loaded;

static const struct kh_dl_symbol syms[] = {
#define KH_GIT_SYM(name) { "git_" #name, offsetof(struct kh_git, name) },
	KH_GIT_FUNCS(KH_GIT_SYM)
#undef KH_GIT_SYM
};
/* the build's libgit2 first (its ABI is the headers'), then any */
static const char *const files[] = { KH_LIBGIT2_SONAME, "libgit2.so", NULL };
static struct kh_dl_table lib = {
	.what = "libgit2",
	.files = files,
	.install_hint = "install libgit2",
	.too_old_hint = "",
	/* lazily, as libhs: its own relocations bind when first called */
	.lazy = 1,
	.syms = syms,
	.nsyms = sizeof(syms) / sizeof(syms[0]),
	.table = &kh_git_api,
	.lock = PTHREAD_MUTEX_INITIALIZER,
};

void kh_git_load(void)
{
	char err[300];

#if defined(KH_LIBCRYPTO_SONAME) && !defined(__SANITIZE_ADDRESS__)
	/* Thousands of libcrypto's relocations bind to its own symbols: in
	 * libgit2's load each lookup went through every library before it
	 * (+3.4M instructions, a sixth of a pre-commit hook's run). Opened
	 * first, and looking in itself first, it finds them at once. (Not
	 * with AddressSanitizer, which cannot work with RTLD_DEEPBIND.) */
	(void)dlopen(KH_LIBCRYPTO_SONAME, RTLD_LAZY | RTLD_LOCAL | RTLD_DEEPBIND);
#endif
#if defined(KH_MBED_SONAMES) && !defined(__SANITIZE_ADDRESS__)
	/* The same for mbedTLS's crypto and TLS libraries (851 relocations,
	 * most to themselves): 0.54M instructions of a pre-commit hook's
	 * 18.0M. Not mbedx509, whose CA parse must bind to git_common.c's
	 * stand-in, nor anything that names stdio's streams. */
	{
		static const char *const mbed[] = { KH_MBED_SONAMES };
		size_t i;

		for (i = 0; i < sizeof(mbed) / sizeof(mbed[0]); i++)
			(void)dlopen(mbed[i], RTLD_LAZY | RTLD_LOCAL | RTLD_DEEPBIND);
	}
#endif
	if (!kh_dl_load(&lib, err, sizeof(err))) {
		fprintf(stderr, "keyhound: error: %s\n", err);
		exit(KH_EXIT_ERROR);
	}
	atomic_store_explicit(&kh_git_loaded, 1, memory_order_release);
}
