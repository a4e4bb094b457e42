/*
 * dl_table.h - a library loaded with dlopen() into a table of function
 * pointers, once, the first time a run needs it.
 *
 * libcurl (only --verify) and SQLite (only --state) are not linked: their
 * relocation and start-up would cost every run, a pre-commit hook's too.
 * curl_api.h and sqlite_api.h list the functions they call with an
 * X-macro; this binds such a list.
 */
#ifndef KH_DL_TABLE_H
#define KH_DL_TABLE_H

#include <pthread.h>
#include <stddef.h>

/* One function of a table: its symbol and the offset of its field. */
struct kh_dl_symbol {
	const char *name;
	size_t at;
};

struct kh_dl_table {
	const char *what;	  /* "libcurl": how messages name it */
	const char *const *files; /* sonames to try in order, NULL-terminated */
	const char *install_hint; /* "install libcurl4" */
	const char *too_old_hint; /* said after a missing symbol, or "" */
	int lazy;		  /* RTLD_LAZY: the library's own calls bound on use */
	const struct kh_dl_symbol *syms;
	size_t nsyms;
	void *table;	      /* the struct of function pointers to fill */
	pthread_mutex_t lock; /* PTHREAD_MUTEX_INITIALIZER */
	int tried, loaded;    /* under lock */
	char error[256];
};

/*
 * The first call opens the first of t->files that loads and stores each
 * symbol's address in t->table (nothing loadable, or a function missing:
 * the library is closed again); every call returns t->table, or NULL with
 * the reason in err (err may be NULL). Thread-safe. A loaded library stays
 * for the life of the process.
 */
void *kh_dl_load(struct kh_dl_table *t, char *err, size_t errlen);

#endif
