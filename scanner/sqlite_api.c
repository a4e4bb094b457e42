#define KH_SQLITE_API_IMPL
#include "sqlite_api.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "util.h"

/* Written once under pthread_once, read-only afterwards. */
static struct kh_sqlite api;
static const struct kh_sqlite *loaded;
static char load_error[256];
static pthread_once_t once = PTHREAD_ONCE_INIT;

static void load(void)
{
	static const struct {
		const char *name;
		size_t at;
	} syms[] = {
#define KH_SQLITE_SYM(name, ret, params) \
	{ "sqlite3_" #name, offsetof(struct kh_sqlite, name) },
		KH_SQLITE_FUNCS(KH_SQLITE_SYM)
#undef KH_SQLITE_SYM
	};
	void *lib = dlopen("libsqlite3.so.0", RTLD_NOW | RTLD_LOCAL);
	size_t i;

	if (!lib) {
		snprintf(load_error, sizeof(load_error),
			 "cannot load SQLite (install libsqlite3-0): %s", dlerror());
		return;
	}
	for (i = 0; i < sizeof(syms) / sizeof(syms[0]); i++) {
		void *sym = dlsym(lib, syms[i].name);

		if (!sym) {
			snprintf(load_error, sizeof(load_error), "SQLite has no %s",
				 syms[i].name);
			dlclose(lib);
			return;
		}
		/* object to function pointer, into the table's field */
		memcpy((char *)&api + syms[i].at, &sym, sizeof(sym));
	}
	/* the library stays loaded for the life of the process */
	loaded = &api;
}

const struct kh_sqlite *kh_sqlite_load(char *err, size_t errlen)
{
	pthread_once(&once, load);
	if (!loaded)
		kh_errf(err, errlen, "%s", load_error);
	return loaded;
}

const struct kh_sqlite *kh_sqlite_get(void)
{
	pthread_once(&once, load);
	return loaded;
}
