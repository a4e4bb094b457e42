/*
 * sqlite_api.h - SQLite, loaded with dlopen() when a run first opens a state
 * file (--state, state.h).
 *
 * Linked, libsqlite3 cost every start (a pre-commit hook's too) a million
 * instructions of relocation; only the state file uses it. state.c
 * includes this header after <sqlite3.h>: the macros below route its
 * ordinary sqlite3_* calls through the loaded table, as curl_api.h does
 * for libcurl.
 */
#ifndef KH_SQLITE_API_H
#define KH_SQLITE_API_H

#include <stddef.h>

#include <sqlite3.h>

/* X(name, return type, parameters): the functions state.c calls. */
#define KH_SQLITE_FUNCS(X)                                                              \
	X(bind_blob, int, (sqlite3_stmt *, int, const void *, int, void (*)(void *)))   \
	X(bind_int, int, (sqlite3_stmt *, int, int))                                    \
	X(bind_int64, int, (sqlite3_stmt *, int, sqlite3_int64))                        \
	X(bind_text, int, (sqlite3_stmt *, int, const char *, int, void (*)(void *)))   \
	X(busy_timeout, int, (sqlite3 *, int))                                          \
	X(clear_bindings, int, (sqlite3_stmt *))                                        \
	X(close, int, (sqlite3 *))                                                      \
	X(column_blob, const void *, (sqlite3_stmt *, int))                             \
	X(column_bytes, int, (sqlite3_stmt *, int))                                     \
	X(column_int64, sqlite3_int64, (sqlite3_stmt *, int))                           \
	X(column_text, const unsigned char *, (sqlite3_stmt *, int))                    \
	X(errcode, int, (sqlite3 *))                                                    \
	X(errmsg, const char *, (sqlite3 *))                                            \
	X(exec, int,                                                                    \
	  (sqlite3 *, const char *, int (*)(void *, int, char **, char **), void *,     \
	   char **))                                                                    \
	X(extended_result_codes, int, (sqlite3 *, int))                                 \
	X(finalize, int, (sqlite3_stmt *))                                              \
	X(last_insert_rowid, sqlite3_int64, (sqlite3 *))                                \
	X(open_v2, int, (const char *, sqlite3 **, int, const char *))                  \
	X(prepare_v2, int,                                                              \
	  (sqlite3 *, const char *, int, sqlite3_stmt **, const char **))               \
	X(prepare_v3, int,                                                              \
	  (sqlite3 *, const char *, int, unsigned int, sqlite3_stmt **, const char **)) \
	X(reset, int, (sqlite3_stmt *))                                                 \
	X(sleep, int, (int))                                                            \
	X(step, int, (sqlite3_stmt *))

struct kh_sqlite {
#define KH_SQLITE_FIELD(name, ret, params) ret(*name) params;
	KH_SQLITE_FUNCS(KH_SQLITE_FIELD)
#undef KH_SQLITE_FIELD
};

/* The table, filled by the first successful kh_sqlite_load(). */
extern struct kh_sqlite kh_sqlite_api;

/*
 * Loads libsqlite3 once (thread-safe). Returns the table, or NULL with a
 * one-line message in err (the library missing, or without a function).
 */
const struct kh_sqlite *kh_sqlite_load(char *err, size_t errlen);

#define sqlite3_bind_blob	      (kh_sqlite_api.bind_blob)
#define sqlite3_bind_int	      (kh_sqlite_api.bind_int)
#define sqlite3_bind_int64	      (kh_sqlite_api.bind_int64)
#define sqlite3_bind_text	      (kh_sqlite_api.bind_text)
#define sqlite3_busy_timeout	      (kh_sqlite_api.busy_timeout)
#define sqlite3_clear_bindings	      (kh_sqlite_api.clear_bindings)
#define sqlite3_close		      (kh_sqlite_api.close)
#define sqlite3_column_blob	      (kh_sqlite_api.column_blob)
#define sqlite3_column_bytes	      (kh_sqlite_api.column_bytes)
#define sqlite3_column_int64	      (kh_sqlite_api.column_int64)
#define sqlite3_column_text	      (kh_sqlite_api.column_text)
#define sqlite3_errcode		      (kh_sqlite_api.errcode)
#define sqlite3_errmsg		      (kh_sqlite_api.errmsg)
#define sqlite3_exec		      (kh_sqlite_api.exec)
#define sqlite3_extended_result_codes (kh_sqlite_api.extended_result_codes)
#define sqlite3_finalize	      (kh_sqlite_api.finalize)
#define sqlite3_last_insert_rowid     (kh_sqlite_api.last_insert_rowid)
#define sqlite3_open_v2		      (kh_sqlite_api.open_v2)
#define sqlite3_prepare_v2	      (kh_sqlite_api.prepare_v2)
#define sqlite3_prepare_v3	      (kh_sqlite_api.prepare_v3)
#define sqlite3_reset		      (kh_sqlite_api.reset)
#define sqlite3_sleep		      (kh_sqlite_api.sleep)
#define sqlite3_step		      (kh_sqlite_api.step)
#endif
