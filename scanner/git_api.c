#include "git_api.h"

#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>

#include "dl_table.h"
#include "git_common.h"
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

/* kh_git_begin()s not yet ended: libgit2 is started as often once loaded */
static int users;
static pthread_mutex_t users_lock = PTHREAD_MUTEX_INITIALIZER;

/* Called with users_lock held and the table loaded. */
static void start(void)
{
	kh_git_api.libgit2_init();
	/* libgit2 keeps up to 256 MiB of parsed objects per repository and
	 * maps up to 8 GiB of pack files: far over our memory budget. Objects
	 * mostly come through our own pack reader (git_pack.h); libgit2 reads
	 * loose objects and the few commits that findings name. */
	kh_git_api.libgit2_opts(GIT_OPT_SET_CACHE_MAX_SIZE, (ssize_t)(4u << 20));
	kh_git_api.libgit2_opts(GIT_OPT_SET_MWINDOW_SIZE, (size_t)(32u << 20));
	kh_git_api.libgit2_opts(GIT_OPT_SET_MWINDOW_MAPPED_LIMIT, (size_t)(96u << 20));
	kh_git_api.libgit2_opts(GIT_OPT_DISABLE_PACK_KEEP_FILE_CHECKS, 1);
	/* re-hashing every object read costs a tenth of a history scan and
	 * protects nothing here: corrupt data fails to inflate or parse */
	kh_git_api.libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, 0);
}

void kh_git_begin(void)
{
	pthread_mutex_lock(&users_lock);
	users++;
	if (atomic_load_explicit(&kh_git_loaded, memory_order_acquire))
		start();
	pthread_mutex_unlock(&users_lock);
}

void kh_git_end(void)
{
	pthread_mutex_lock(&users_lock);
	users--;
	if (atomic_load_explicit(&kh_git_loaded, memory_order_acquire))
		kh_git_api.libgit2_shutdown();
	pthread_mutex_unlock(&users_lock);
}

void kh_git_load(void)
{
	char err[300];
	int i;

	pthread_mutex_lock(&users_lock);
	if (atomic_load_explicit(&kh_git_loaded, memory_order_acquire)) {
		pthread_mutex_unlock(&users_lock); /* another thread was first */
		return;
	}

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
	for (i = 0; i < users; i++)
		start();
	atomic_store_explicit(&kh_git_loaded, 1, memory_order_release);
	pthread_mutex_unlock(&users_lock);
}

static int odb_read(void **data, size_t *len, git_object_t *type, git_odb_backend *b,
		    const git_oid *id)
{
	struct kh_odb_backend *o = (struct kh_odb_backend *)b;

	return o->get(o, id, data, len, type);
}

static int odb_read_header(size_t *len, git_object_t *type, git_odb_backend *b,
			   const git_oid *id)
{
	struct kh_odb_backend *o = (struct kh_odb_backend *)b;

	return o->get(o, id, NULL, len, type);
}

/* libgit2 calls every backend's foreach: each must be there */
static int odb_foreach(git_odb_backend *b, git_odb_foreach_cb cb, void *payload)
{
	(void)b;
	(void)cb;
	(void)payload;
	return 0;
}

void kh_odb_backend_init(struct kh_odb_backend *b,
			 int (*get)(struct kh_odb_backend *b, const git_oid *id,
				    void **data, size_t *len, git_object_t *type),
			 void (*free_fn)(git_odb_backend *b))
{
	b->parent.version = GIT_ODB_BACKEND_VERSION;
	b->parent.read = odb_read;
	b->parent.read_header = odb_read_header;
	b->parent.foreach = odb_foreach;
	b->parent.free = free_fn;
	b->get = get;
}
