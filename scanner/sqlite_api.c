#include "sqlite_api.h"

#include "dl_table.h"

struct kh_sqlite kh_sqlite_api;

static const struct kh_dl_symbol syms[] = {
#define KH_SQLITE_SYM(name, ret, params) \
	{ "sqlite3_" #name, offsetof(struct kh_sqlite, name) },
	KH_SQLITE_FUNCS(KH_SQLITE_SYM)
#undef KH_SQLITE_SYM
};
static const char *const files[] = { "libsqlite3.so.0", NULL };
static struct kh_dl_table lib = {
	.what = "SQLite",
	.files = files,
	.install_hint = "install libsqlite3-0",
	.too_old_hint = "",
	.syms = syms,
	.nsyms = sizeof(syms) / sizeof(syms[0]),
	.table = &kh_sqlite_api,
	.lock = PTHREAD_MUTEX_INITIALIZER,
};

const struct kh_sqlite *kh_sqlite_load(char *err, size_t errlen)
{
	return kh_dl_load(&lib, err, errlen);
}
