/*
 * state.c - the --state file (see state.h): SQLite, one connection behind
 * a mutex, statements prepared once.
 *
 * Tables: meta (the marker and schema version), rulesets (hash -> number),
 * runs, blobs + blob_findings (what each ruleset found in each blob, named
 * by the path tail inside the blob: an archive member), tips (per
 * repository and ruleset), findings (every reported finding per repository,
 * with first/last seen) and reported (which of them the history walked
 * with each ruleset holds: what an incremental audit rebuilds). A finding
 * is kept as a small JSON object with
 * everything needed to rebuild it, the secret included.
 */
#include "state.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sqlite3.h>

#include "options.h"
#include "rules.h"
#include "sha256.h"
#include "sqlite_api.h" /* after <sqlite3.h>: routes its calls */
#include "util.h"

#define SCHEMA_VERSION 1
#define APPLICATION    "keyhound-state"
#define BUSY_MS	       120000 /* another run holding the write lock */
#define ERRMAX	       512
#define FLUSH_BLOBS    4096
#define FLUSH_BYTES    (8u << 20)

static const char schema[] =
	"CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
	"INSERT INTO meta VALUES('application', '" APPLICATION "');"
	"CREATE TABLE rulesets(id INTEGER PRIMARY KEY, hash TEXT UNIQUE NOT NULL);"
	"CREATE TABLE runs(id INTEGER PRIMARY KEY, started TEXT NOT NULL,"
	" ruleset INTEGER NOT NULL, version TEXT NOT NULL);"
	"CREATE TABLE blobs(ruleset INTEGER, blob BLOB, nfindings INTEGER NOT NULL,"
	" PRIMARY KEY(ruleset, blob)) WITHOUT ROWID;"
	"CREATE TABLE blob_findings(ruleset INTEGER, blob BLOB, n INTEGER,"
	" data TEXT NOT NULL, PRIMARY KEY(ruleset, blob, n)) WITHOUT ROWID;"
	"CREATE TABLE tips(repo TEXT, ruleset INTEGER, tip BLOB,"
	" PRIMARY KEY(repo, ruleset, tip)) WITHOUT ROWID;"
	"CREATE TABLE findings(repo TEXT NOT NULL, key TEXT NOT NULL,"
	" data TEXT NOT NULL, first_seen TEXT NOT NULL, first_run INTEGER NOT NULL,"
	" last_seen TEXT NOT NULL, last_run INTEGER NOT NULL, PRIMARY KEY(repo, key));"
	"CREATE TABLE reported(repo TEXT, ruleset INTEGER, key TEXT,"
	" PRIMARY KEY(repo, ruleset, key)) WITHOUT ROWID;"
	"PRAGMA user_version = 1;";

struct kh_state {
	sqlite3 *db;
	char *path;
	const struct kh_ruleset *rs;
	pthread_mutex_t lock;
	long long ruleset, run;
	char now[32]; /* ISO 8601, UTC */
	sqlite3_stmt *get_blob, *get_blob_findings, *put_blob, *put_blob_finding;
	/* scanned blobs not yet written: one transaction per FLUSH_BLOBS,
	 * which keeps the write lock free most of the time for other runs */
	struct pending {
		git_oid id;
		char **data; /* its findings, encoded */
		size_t n;
	} * pending;
	size_t npending, pendcap, pending_bytes;
	char failed[ERRMAX]; /* first error, or "" */
};

/* Remembers the first error, "PATH: what: sqlite's message". */
static void fail(struct kh_state *s, const char *what)
{
	if (!s->failed[0])
		snprintf(s->failed, sizeof(s->failed), "%s: %s: %s", s->path, what,
			 sqlite3_errmsg(s->db));
}

static void pending_clear(struct kh_state *s)
{
	size_t i, k;

	for (i = 0; i < s->npending; i++) {
		for (k = 0; k < s->pending[i].n; k++)
			free(s->pending[i].data[k]);
		free(s->pending[i].data);
	}
	s->npending = s->pending_bytes = 0;
}

const char *kh_state_path(const struct kh_state *s)
{
	return s->path;
}

/* ---- the ruleset version ---------------------------------------------------- */

static void hash_str(struct kh_sha256 *c, const char *s)
{
	s = s ? s : "";
	kh_sha256_update(c, s, strlen(s) + 1);
}

/* SHA-256 of what decides what a blob yields: keyhound's version, every
 * rule's matching fields, and the options that change what is scanned. */
static void ruleset_hash(const struct kh_ruleset *rs, const struct kh_options *opt,
			 char out[65])
{
	struct kh_sha256 c;
	unsigned char md[32];
	char num[64];
	size_t i, k;

	kh_sha256_init(&c);
	hash_str(&c, KH_VERSION);
	for (i = 0; i < rs->n; i++) {
		const struct kh_rule *r = &rs->v[i];

		hash_str(&c, r->id);
		hash_str(&c, r->regex);
		for (k = 0; k < r->nkeywords; k++)
			hash_str(&c, r->keywords[k]);
		if (r->npaths)
			hash_str(&c, "\npaths"); /* not a keyword */
		for (k = 0; k < r->npaths; k++)
			hash_str(&c, r->paths[k]);
		if (r->decoded_only)
			hash_str(&c, "\ndecoded only");
		snprintf(num, sizeof(num), "%.17g %zu %d %d", r->min_entropy, r->max_span,
			 r->placeholder_check, (int)r->severity);
		hash_str(&c, num);
		hash_str(&c, r->validator_name);
		hash_str(&c, r->verifier);
		hash_str(&c, r->match_holds);
		if (r->secret_percent) /* the hash of rules without it unchanged */
			hash_str(&c, "\npercent");
	}
	/* the formats every rule refuses (patterns/public.json) */
	for (k = 0; kh_public_formats[k].prefix; k++) {
		snprintf(num, sizeof(num), "\npublic %u %d", kh_public_formats[k].length,
			 (int)kh_public_formats[k].body);
		hash_str(&c, num);
		hash_str(&c, kh_public_formats[k].prefix);
		hash_str(&c, kh_public_formats[k].suffix);
	}
	/* the calls whose arguments hold secrets (patterns/sdkcalls.json) */
	for (k = 0; kh_secret_calls[k].call; k++) {
		snprintf(num, sizeof(num), "\ncall %u %u %u", kh_secret_calls[k].arg,
			 kh_secret_calls[k].user, kh_secret_calls[k].most);
		hash_str(&c, num);
		hash_str(&c, kh_secret_calls[k].call);
		hash_str(&c, kh_secret_calls[k].keyword);
		hash_str(&c, kh_secret_calls[k].name);
	}
	snprintf(num, sizeof(num), "max-file-size %zu", opt->max_file_size);
	hash_str(&c, num);
	for (i = 0; i < opt->excludes.n; i++)
		hash_str(&c, opt->excludes.v[i]);
	kh_sha256_final(&c, md);
	for (i = 0; i < 32; i++)
		snprintf(out + 2 * i, 3, "%02x", md[i]);
}

/* ---- findings as JSON ------------------------------------------------------- */

static int add_str(cJSON *o, const char *k, const char *v)
{
	return !v || cJSON_AddStringToObject(o, k, v) ? 0 : -1;
}

static int add_num(cJSON *o, const char *k, double v)
{
	return cJSON_AddNumberToObject(o, k, v) ? 0 : -1;
}

static int add_copy(cJSON *o, const char *k, const cJSON *v)
{
	cJSON *c;

	if (!v)
		return 0;
	if (!(c = cJSON_Duplicate(v, 1)))
		return -1;
	cJSON_AddItemToObject(o, k, c);
	return 0;
}

/* f as stored, its file given as `file` (a tail for blob findings); with
 * `reported`, its commit and position too. NULL when out of memory. */
static char *encode(const struct kh_finding *f, const char *file, int reported)
{
	cJSON *o = cJSON_CreateObject(), *c = NULL;
	char *ret = NULL;
	int bad;

	if (!o)
		return NULL;
	bad = add_str(o, "rule", f->rule->id) | add_str(o, "secret", f->secret) |
	      add_str(o, "match", f->match) | add_str(o, "file", file) |
	      add_str(o, "fingerprint", f->fingerprint) | add_num(o, "line", f->line) |
	      add_num(o, "column", f->column) | add_num(o, "end_line", f->end_line) |
	      add_num(o, "end_column", f->end_column) | add_num(o, "offset", f->offset) |
	      add_num(o, "end_offset", f->end_offset) |
	      add_num(o, "entropy", f->entropy) | add_num(o, "decoded", f->decoded) |
	      add_num(o, "context", f->context) |
	      add_copy(o, "validation", f->validation) |
	      add_copy(o, "groups", kh_more(f)->groups);
	if (reported) {
		bad |= add_num(o, "order", (double)f->order);
		if (f->commit) {
			if (!(c = cJSON_AddObjectToObject(o, "commit")))
				bad = -1;
			else
				bad |= add_str(c, "id", f->commit->id) |
				       add_str(c, "author", f->commit->author) |
				       add_str(c, "email", f->commit->email) |
				       add_str(c, "date", f->commit->date) |
				       add_str(c, "message", f->commit->message) |
				       add_str(c, "tag", f->commit->tag);
		}
	}
	if (!bad)
		ret = cJSON_PrintUnformatted(o);
	cJSON_Delete(o);
	return ret;
}

static char *get_str(const cJSON *o, const char *k)
{
	const cJSON *it = cJSON_GetObjectItemCaseSensitive(o, k);

	return cJSON_IsString(it) ? strdup(it->valuestring) : NULL;
}

static double get_num(const cJSON *o, const char *k)
{
	const cJSON *it = cJSON_GetObjectItemCaseSensitive(o, k);

	return cJSON_IsNumber(it) && it->valuedouble >= 0 ? it->valuedouble : 0;
}

static int get_copy(const cJSON *o, const char *k, cJSON **out)
{
	const cJSON *it = cJSON_GetObjectItemCaseSensitive(o, k);

	*out = NULL;
	return !it || (*out = cJSON_Duplicate(it, 1)) ? 0 : -1;
}

/* The finding stored as text; its file is path[0..plen) + the stored one
 * (plen 0 and path NULL: the stored one as it is). NULL when damaged (the
 * reason in s->failed) or out of memory. */
static struct kh_finding *decode(struct kh_state *s, const char *text, const char *path,
				 size_t plen)
{
	cJSON *o = cJSON_Parse(text), *c, *groups = NULL;
	struct kh_finding *f = calloc(1, sizeof(*f));
	const char *rule, *fp;
	char *tail = NULL;
	int ok = 0;

	if (!o || !f)
		goto out;
	rule = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(o, "rule"));
	fp = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(o, "fingerprint"));
	if (!rule || !(f->rule = kh_rule_find(s->rs, rule)) || !fp || strlen(fp) != 32) {
		fail(s, "a finding of a rule not loaded, or damaged");
		goto out;
	}
	memcpy(f->fingerprint, fp, 33);
	f->secret = get_str(o, "secret");
	f->match = get_str(o, "match");
	tail = get_str(o, "file");
	if (tail && path) {
		f->file = kh_shared_join(path, plen, tail);
	} else if (tail) {
		f->file = kh_shared_new(tail, strlen(tail));
	}
	f->line = (size_t)get_num(o, "line");
	f->column = (size_t)get_num(o, "column");
	f->end_line = (size_t)get_num(o, "end_line");
	f->end_column = (size_t)get_num(o, "end_column");
	f->offset = (size_t)get_num(o, "offset");
	f->end_offset = (size_t)get_num(o, "end_offset");
	f->entropy = get_num(o, "entropy");
	f->decoded = (unsigned)get_num(o, "decoded");
	/* what the text around it and its validator said (a path's context
	 * is found again); 0 from a file written before it was kept; one
	 * past the enum is damage, not a name to look up */
	if (get_num(o, "context") > KH_CTX_VENDOR) {
		fail(s, "a finding whose context is damaged");
		goto out;
	}
	f->context = (unsigned char)get_num(o, "context");
	f->order = (unsigned long long)get_num(o, "order");
	if (!f->secret || !f->match || ((path || tail) && !f->file) ||
	    get_copy(o, "validation", &f->validation) < 0 ||
	    get_copy(o, "groups", &groups) < 0)
		goto out;
	if (groups && !kh_finding_more(f)) {
		cJSON_Delete(groups);
		goto out;
	}
	if (groups)
		f->more->groups = groups;
	if ((c = cJSON_GetObjectItemCaseSensitive(o, "commit"))) {
		const char *id =
			cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(c, "id"));

		struct kh_commit_info *ci;

		if (!id || strlen(id) >= sizeof(ci->id) ||
		    !(ci = f->commit = calloc(1, sizeof(*ci))))
			goto out;
		memcpy(ci->id, id, strlen(id) + 1);
		ci->author = get_str(c, "author");
		ci->email = get_str(c, "email");
		ci->date = get_str(c, "date");
		ci->message = get_str(c, "message");
		ci->tag = get_str(c, "tag");
	}
	ok = 1;
out:
	cJSON_Delete(o);
	free(tail);
	if (!ok) {
		kh_finding_free(f);
		return NULL;
	}
	return f;
}

/* What makes a reported finding the same one in a later audit: rule,
 * secret, commit, file and place. Hex of the first 16 bytes of SHA-256. */
static void finding_key(const struct kh_finding *f, char out[33])
{
	struct kh_sha256 c;
	unsigned char md[32];
	char num[64];
	int i;

	kh_sha256_init(&c);
	hash_str(&c, f->rule->id);
	hash_str(&c, f->fingerprint);
	hash_str(&c, f->commit ? f->commit->id : "");
	hash_str(&c, f->file);
	snprintf(num, sizeof(num), "%zu:%zu:%u", f->line, f->column, f->decoded);
	hash_str(&c, num);
	kh_sha256_final(&c, md);
	for (i = 0; i < 16; i++)
		snprintf(out + 2 * i, 3, "%02x", md[i]);
}

/* ---- opening ---------------------------------------------------------------- */

static int exec(struct kh_state *s, const char *sql)
{
	return sqlite3_exec(s->db, sql, NULL, NULL, NULL) == SQLITE_OK ? 0 : -1;
}

/*
 * exec for the statements SQLite may refuse at once with SQLITE_BUSY,
 * without calling the busy handler: two runs creating one new state file
 * both switch it to WAL, and the loser's switch fails immediately. Retried
 * every 10 ms for as long as the busy timeout allows.
 */
static int exec_patient(struct kh_state *s, const char *sql)
{
	int waited = 0, rc;

	while ((rc = sqlite3_exec(s->db, sql, NULL, NULL, NULL)) == SQLITE_BUSY &&
	       waited < BUSY_MS) {
		sqlite3_sleep(10);
		waited += 10;
	}
	return rc == SQLITE_OK ? 0 : -1;
}

static int prepare(struct kh_state *s, sqlite3_stmt **st, const char *sql)
{
	return sqlite3_prepare_v3(s->db, sql, -1, SQLITE_PREPARE_PERSISTENT, st, NULL) ==
			       SQLITE_OK
		       ? 0
		       : -1;
}

/* One integer from sql (with an optional text parameter), or -1. */
static long long query_int(struct kh_state *s, const char *sql, const char *param)
{
	sqlite3_stmt *st = NULL;
	long long v = -1;

	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) == SQLITE_OK &&
	    (!param || sqlite3_bind_text(st, 1, param, -1, SQLITE_STATIC) == SQLITE_OK) &&
	    sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return v;
}

/* Creates the file mode 0600 when missing (sqlite would use 0644) or
 * makes an empty one so, and refuses anything but a regular file. */
static int create_private(const char *path, char *err, size_t errlen)
{
	struct stat st;
	int fd;

	if (stat(path, &st) == 0) {
		if (!S_ISREG(st.st_mode))
			return kh_errf(
				err, errlen,
				"%s: not a keyhound state file (not a regular file)",
				path);
		if (st.st_size == 0 && (st.st_mode & 077) && chmod(path, 0600) < 0)
			return kh_errf(err, errlen, "%s: cannot make it private: %s",
				       path, strerror(errno));
		return 0;
	}
	fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	if (fd < 0 && errno != EEXIST)
		return kh_errf(err, errlen, "%s: cannot create the state file: %s", path,
			       strerror(errno));
	if (fd >= 0)
		close(fd);
	return 0;
}

/* "PATH: what is wrong: sqlite's message" in err; returns -1. */
static int sql_error(struct kh_state *s, char *err, size_t errlen)
{
	int rc = sqlite3_errcode(s->db);

	return kh_errf(err, errlen, "%s: %s: %s", s->path,
		       rc == SQLITE_NOTADB    ? "not a keyhound state file"
		       : rc == SQLITE_CORRUPT ? "the state file is damaged"
					      : "cannot use the state file",
		       sqlite3_errmsg(s->db));
}

/* Checks the marker, or writes the schema into an empty file, and starts
 * the run. Inside one write transaction, so concurrent first runs agree. */
static int check_schema(struct kh_state *s, const char *hash, char *err, size_t errlen)
{
	long long tables, version;
	sqlite3_stmt *st = NULL;
	const char *why = NULL;

	if (exec_patient(s, "BEGIN IMMEDIATE") < 0)
		goto sqlerr;
	if ((tables = query_int(s, "SELECT count(*) FROM sqlite_master", NULL)) < 0)
		goto sqlerr;
	if (tables == 0 && exec(s, schema) < 0)
		goto sqlerr;
	version = query_int(s, "PRAGMA user_version", NULL);
	if (query_int(s,
		      "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
		      "name = 'meta'",
		      NULL) != 1 ||
	    query_int(s,
		      "SELECT count(*) FROM meta WHERE key = 'application' AND value = ?",
		      APPLICATION) != 1)
		why = "an SQLite database, but not a keyhound state file";
	else if (version != SCHEMA_VERSION)
		why = version > SCHEMA_VERSION
			      ? "written by a newer keyhound (state schema too new)"
			      : "unknown state schema version";
	if (why) {
		exec(s, "ROLLBACK");
		return kh_errf(err, errlen, "%s: %s", s->path, why);
	}
	if (sqlite3_prepare_v2(s->db, "INSERT OR IGNORE INTO rulesets(hash) VALUES(?)",
			       -1, &st, NULL) != SQLITE_OK ||
	    sqlite3_bind_text(st, 1, hash, -1, SQLITE_STATIC) != SQLITE_OK ||
	    sqlite3_step(st) != SQLITE_DONE)
		goto sqlerr;
	sqlite3_finalize(st);
	st = NULL;
	if ((s->ruleset = query_int(s, "SELECT id FROM rulesets WHERE hash = ?", hash)) <
	    0)
		goto sqlerr;
	if (sqlite3_prepare_v2(
		    s->db, "INSERT INTO runs(started, ruleset, version) VALUES(?, ?, ?)",
		    -1, &st, NULL) != SQLITE_OK ||
	    sqlite3_bind_text(st, 1, s->now, -1, SQLITE_STATIC) != SQLITE_OK ||
	    sqlite3_bind_int64(st, 2, s->ruleset) != SQLITE_OK ||
	    sqlite3_bind_text(st, 3, KH_VERSION, -1, SQLITE_STATIC) != SQLITE_OK ||
	    sqlite3_step(st) != SQLITE_DONE)
		goto sqlerr;
	s->run = sqlite3_last_insert_rowid(s->db);
	sqlite3_finalize(st);
	if (exec(s, "COMMIT") < 0)
		goto sqlerr;
	return 0;
sqlerr:
	sql_error(s, err, errlen);
	sqlite3_finalize(st);
	exec(s, "ROLLBACK");
	return -1;
}

struct kh_state *kh_state_open(const char *path, const struct kh_ruleset *rs,
			       const struct kh_options *opt, time_t now, char *err,
			       size_t errlen)
{
	struct kh_state *s;
	char hash[65], why[256];
	struct tm tm;

	if (!kh_sqlite_load(why, sizeof(why))) {
		kh_errf(err, errlen, "%s: %s", path, why);
		return NULL;
	}
	if (create_private(path, err, errlen) < 0)
		return NULL;
	if (!(s = calloc(1, sizeof(*s))) || !(s->path = strdup(path))) {
		free(s);
		kh_errf(err, errlen, "out of memory");
		return NULL;
	}
	pthread_mutex_init(&s->lock, NULL);
	s->rs = rs;
	gmtime_r(&now, &tm);
	strftime(s->now, sizeof(s->now), "%Y-%m-%dT%H:%M:%SZ", &tm);
	ruleset_hash(rs, opt, hash);
	if (sqlite3_open_v2(path, &s->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX,
			    NULL) != SQLITE_OK) {
		kh_errf(err, errlen, "%s: cannot open the state file: %s", path,
			s->db ? sqlite3_errmsg(s->db) : "out of memory");
		goto fail;
	}
	sqlite3_busy_timeout(s->db, BUSY_MS);
	/* 16 MiB of pages: blob ids are random keys, spread over the tree */
	exec(s, "PRAGMA cache_size = -16384");
	sqlite3_extended_result_codes(s->db, 0);
	/* WAL: readers never wait for the writer; NORMAL: a commit is a write
	 * to the log, synced at checkpoints (durable against a killed run) */
	if (exec_patient(s, "PRAGMA journal_mode = WAL") < 0 ||
	    exec(s, "PRAGMA synchronous = NORMAL") < 0) {
		sql_error(s, err, errlen);
		goto fail;
	}
	if (check_schema(s, hash, err, errlen) < 0)
		goto fail;
	if (prepare(s, &s->get_blob,
		    "SELECT nfindings FROM blobs WHERE ruleset = ? AND blob = ?") < 0 ||
	    prepare(s, &s->get_blob_findings,
		    "SELECT data FROM blob_findings WHERE ruleset = ? AND blob = ? "
		    "ORDER BY n") < 0 ||
	    prepare(s, &s->put_blob, "INSERT OR REPLACE INTO blobs VALUES(?, ?, ?)") <
		    0 ||
	    prepare(s, &s->put_blob_finding,
		    "INSERT OR REPLACE INTO blob_findings VALUES(?, ?, ?, ?)") < 0) {
		sql_error(s, err, errlen);
		goto fail;
	}
	return s;
fail:
	kh_state_free(s);
	return NULL;
}

void kh_state_free(struct kh_state *s)
{
	if (!s)
		return;
	pending_clear(s);
	free(s->pending);
	sqlite3_finalize(s->get_blob);
	sqlite3_finalize(s->get_blob_findings);
	sqlite3_finalize(s->put_blob);
	sqlite3_finalize(s->put_blob_finding);
	sqlite3_close(s->db);
	pthread_mutex_destroy(&s->lock);
	free(s->path);
	free(s);
}

/* ---- blobs ------------------------------------------------------------------ */

static int bind_blob(struct kh_state *s, sqlite3_stmt *st, const git_oid *id)
{
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	return sqlite3_bind_int64(st, 1, s->ruleset) == SQLITE_OK &&
			       sqlite3_bind_blob(st, 2, id->id, GIT_OID_RAWSZ,
						 SQLITE_STATIC) == SQLITE_OK
		       ? 0
		       : -1;
}

int kh_state_blob_lookup(struct kh_state *s, const git_oid *id, const char *path,
			 size_t plen, unsigned long long order, struct kh_findings *out)
{
	long long n;
	int rc, ret = 0;

	pthread_mutex_lock(&s->lock);
	if (s->failed[0] || bind_blob(s, s->get_blob, id) < 0)
		goto out;
	if ((rc = sqlite3_step(s->get_blob)) != SQLITE_ROW) {
		if (rc != SQLITE_DONE)
			fail(s, "cannot read");
		goto out;
	}
	n = sqlite3_column_int64(s->get_blob, 0);
	sqlite3_reset(s->get_blob);
	if (n > 0 && bind_blob(s, s->get_blob_findings, id) < 0)
		goto out;
	while (n > 0 && (rc = sqlite3_step(s->get_blob_findings)) == SQLITE_ROW) {
		const char *text =
			(const char *)sqlite3_column_text(s->get_blob_findings, 0);
		struct kh_finding *f = text ? decode(s, text, path, plen) : NULL;

		if (!f) {
			ret = s->failed[0] ? 0 : -1;
			goto out;
		}
		f->order = order;
		if (kh_findings_push(out, f) < 0) {
			kh_finding_free(f);
			ret = -1;
			goto out;
		}
	}
	if (n > 0 && rc != SQLITE_DONE) {
		fail(s, "cannot read");
		goto out;
	}
	ret = 1;
out:
	sqlite3_reset(s->get_blob);
	sqlite3_reset(s->get_blob_findings);
	pthread_mutex_unlock(&s->lock);
	return ret;
}

/* Writes one pending blob and its findings. Returns 0, or -1. */
static int write_blob(struct kh_state *s, const struct pending *p)
{
	size_t i;
	int ok = 1;

	for (i = 0; ok && i < p->n; i++) {
		ok = bind_blob(s, s->put_blob_finding, &p->id) == 0 &&
		     sqlite3_bind_int64(s->put_blob_finding, 3, (long long)i) ==
			     SQLITE_OK &&
		     sqlite3_bind_text(s->put_blob_finding, 4, p->data[i], -1,
				       SQLITE_STATIC) == SQLITE_OK &&
		     sqlite3_step(s->put_blob_finding) == SQLITE_DONE;
		sqlite3_reset(s->put_blob_finding);
	}
	ok = ok && bind_blob(s, s->put_blob, &p->id) == 0 &&
	     sqlite3_bind_int64(s->put_blob, 3, (long long)p->n) == SQLITE_OK &&
	     sqlite3_step(s->put_blob) == SQLITE_DONE;
	sqlite3_reset(s->put_blob);
	return ok ? 0 : -1;
}

/* Writes the pending blobs, inside the caller's transaction when `own` is
 * 0, else in one of their own. Returns 0, or -1 (remembered). */
static int flush_pending(struct kh_state *s, int own)
{
	size_t i;
	int ok = 1;

	if (!s->npending || s->failed[0]) {
		pending_clear(s);
		return s->failed[0] ? -1 : 0;
	}
	if (own && exec(s, "BEGIN IMMEDIATE") < 0)
		ok = 0;
	for (i = 0; ok && i < s->npending; i++)
		ok = write_blob(s, &s->pending[i]) == 0;
	if (ok && own && exec(s, "COMMIT") < 0)
		ok = 0;
	if (!ok) {
		fail(s, "cannot record scanned blobs");
		if (own)
			exec(s, "ROLLBACK");
	}
	pending_clear(s);
	return ok ? 0 : -1;
}

void kh_state_blob_add(struct kh_state *s, const git_oid *id, const char *path,
		       struct kh_finding *const *f, size_t n)
{
	size_t i, plen = strlen(path);
	struct pending *p;

	pthread_mutex_lock(&s->lock);
	if (s->failed[0])
		goto out;
	if (kh_grow((void **)&s->pending, &s->pendcap, s->npending + 1,
		    sizeof(*s->pending)) < 0)
		goto oom;
	p = &s->pending[s->npending];
	git_oid_cpy(&p->id, id);
	p->n = 0;
	p->data = NULL;
	if (n && !(p->data = calloc(n, sizeof(*p->data))))
		goto oom;
	s->npending++; /* from here on, pending_clear frees what is there */
	for (i = 0; i < n; i++) {
		const char *file = f[i]->file ? f[i]->file : "";

		/* a blob's findings name the path tail inside it (an archive
		 * member): each introduction puts its own path in front */
		if (!(p->data[i] = encode(
			      f[i], strncmp(file, path, plen) ? "" : file + plen, 0)))
			goto oom;
		p->n++;
		s->pending_bytes += strlen(p->data[i]);
	}
	if (s->npending >= FLUSH_BLOBS || s->pending_bytes >= FLUSH_BYTES)
		flush_pending(s, 1);
	goto out;
oom:
	if (!s->failed[0])
		snprintf(s->failed, sizeof(s->failed), "%s: out of memory", s->path);
out:
	pthread_mutex_unlock(&s->lock);
}

/* ---- repositories ----------------------------------------------------------- */

int kh_state_tips(struct kh_state *s, const char *repo, git_oid **tips, size_t *n,
		  char *err, size_t errlen)
{
	sqlite3_stmt *st = NULL;
	size_t cap = 0;
	int rc = SQLITE_ERROR, ret = -1;

	*tips = NULL;
	*n = 0;
	pthread_mutex_lock(&s->lock);
	if (sqlite3_prepare_v2(s->db,
			       "SELECT tip FROM tips WHERE repo = ? AND ruleset = ?", -1,
			       &st, NULL) != SQLITE_OK ||
	    sqlite3_bind_text(st, 1, repo, -1, SQLITE_STATIC) != SQLITE_OK ||
	    sqlite3_bind_int64(st, 2, s->ruleset) != SQLITE_OK)
		goto out;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (sqlite3_column_bytes(st, 0) != GIT_OID_RAWSZ)
			continue;
		if (kh_grow((void **)tips, &cap, *n + 1, sizeof(**tips)) < 0) {
			ret = kh_errf(err, errlen, "out of memory");
			goto out;
		}
		git_oid_fromraw(&(*tips)[(*n)++], sqlite3_column_blob(st, 0));
	}
	if (rc == SQLITE_DONE)
		ret = 0;
out:
	if (ret < 0) {
		if (!err[0])
			kh_errf(err, errlen, "%s: cannot read: %s", s->path,
				sqlite3_errmsg(s->db));
		free(*tips);
		*tips = NULL;
		*n = 0;
	}
	sqlite3_finalize(st);
	pthread_mutex_unlock(&s->lock);
	return ret;
}

/* Records f (key `key`) as seen in this run, and as part of the history
 * walked with this ruleset unless `partial`; *is_new says whether no run
 * saw it before. A partial walk keeps an existing row's data. */
static int upsert(struct kh_state *s, sqlite3_stmt *put, sqlite3_stmt *mark,
		  const char *repo, const char *key, const char *data, int partial,
		  int *is_new)
{
	int ok;

	sqlite3_reset(put);
	ok = sqlite3_bind_text(put, 1, repo, -1, SQLITE_STATIC) == SQLITE_OK &&
	     sqlite3_bind_text(put, 2, key, -1, SQLITE_STATIC) == SQLITE_OK &&
	     sqlite3_bind_text(put, 3, data, -1, SQLITE_STATIC) == SQLITE_OK &&
	     sqlite3_bind_text(put, 4, s->now, -1, SQLITE_STATIC) == SQLITE_OK &&
	     sqlite3_bind_int64(put, 5, s->run) == SQLITE_OK &&
	     sqlite3_bind_int(put, 6, partial) == SQLITE_OK &&
	     sqlite3_step(put) == SQLITE_ROW;
	if (ok)
		*is_new = sqlite3_column_int64(put, 0) == s->run;
	sqlite3_reset(put);
	if (ok && !partial) {
		sqlite3_reset(mark);
		ok = sqlite3_bind_text(mark, 1, repo, -1, SQLITE_STATIC) == SQLITE_OK &&
		     sqlite3_bind_int64(mark, 2, s->ruleset) == SQLITE_OK &&
		     sqlite3_bind_text(mark, 3, key, -1, SQLITE_STATIC) == SQLITE_OK &&
		     sqlite3_step(mark) == SQLITE_DONE;
		sqlite3_reset(mark);
	}
	return ok ? 0 : -1;
}

/* Appends to out the findings of repo's earlier audits with this ruleset
 * that this walk did not report (the history it did not walk again),
 * after marking them seen. */
static int add_earlier(struct kh_state *s, const char *repo, struct kh_findings *out)
{
	sqlite3_stmt *st = NULL;
	int rc = SQLITE_ERROR;

	if (sqlite3_prepare_v2(
		    s->db,
		    "UPDATE findings SET last_seen = ?3, last_run = ?4 WHERE "
		    "repo = ?1 AND last_run <> ?4 AND key IN (SELECT key FROM "
		    "reported WHERE repo = ?1 AND ruleset = ?2) RETURNING data",
		    -1, &st, NULL) != SQLITE_OK ||
	    sqlite3_bind_text(st, 1, repo, -1, SQLITE_STATIC) != SQLITE_OK ||
	    sqlite3_bind_int64(st, 2, s->ruleset) != SQLITE_OK ||
	    sqlite3_bind_text(st, 3, s->now, -1, SQLITE_STATIC) != SQLITE_OK ||
	    sqlite3_bind_int64(st, 4, s->run) != SQLITE_OK)
		goto out;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *text = (const char *)sqlite3_column_text(st, 0);
		struct kh_finding *f = text ? decode(s, text, NULL, 0) : NULL;

		if (!f || kh_findings_push(out, f) < 0) {
			kh_finding_free(f);
			rc = SQLITE_NOMEM;
			break;
		}
	}
out:
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return -1;
	kh_findings_sort(out);
	return 0;
}

/* Past the positions of repo's earlier findings: an incremental walk's
 * commits come after the history already audited. -1 on a read error. */
static long long next_position(struct kh_state *s, const char *repo)
{
	sqlite3_stmt *st = NULL;
	long long v = -1;

	if (sqlite3_prepare_v2(
		    s->db,
		    "SELECT coalesce(max(json_extract(f.data, '$.order')) + 1, 0) "
		    "FROM reported r JOIN findings f USING(repo, key) "
		    "WHERE r.repo = ? AND r.ruleset = ?",
		    -1, &st, NULL) == SQLITE_OK &&
	    sqlite3_bind_text(st, 1, repo, -1, SQLITE_STATIC) == SQLITE_OK &&
	    sqlite3_bind_int64(st, 2, s->ruleset) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return v;
}

int kh_state_repo_done(struct kh_state *s, const char *repo, enum kh_state_walk walk,
		       const git_oid *tips, size_t ntips, int new_only,
		       struct kh_findings *out, char *err, size_t errlen)
{
	sqlite3_stmt *put = NULL, *mark = NULL, *tip = NULL;
	struct kh_findings keep = { 0 };
	size_t i;
	int ret = -1, is_new;

	pthread_mutex_lock(&s->lock);
	if (s->failed[0]) {
		kh_errf(err, errlen, "%s", s->failed);
		pthread_mutex_unlock(&s->lock);
		return -1;
	}
	/* the blobs first: the tips below say the history is done */
	if (exec(s, "BEGIN IMMEDIATE") < 0 || flush_pending(s, 0) < 0 ||
	    sqlite3_prepare_v2(
		    s->db,
		    "INSERT INTO findings VALUES(?1, ?2, ?3, ?4, ?5, ?4, ?5) "
		    "ON CONFLICT(repo, key) DO UPDATE SET last_seen = ?4, last_run = ?5, "
		    "data = CASE WHEN ?6 THEN data ELSE ?3 END RETURNING first_run",
		    -1, &put, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(s->db, "INSERT OR IGNORE INTO reported VALUES(?, ?, ?)",
			       -1, &mark, NULL) != SQLITE_OK)
		goto sqlerr;
	if (walk == KH_WALK_FULL) {
		/* a whole walk says anew what the history holds */
		sqlite3_stmt *st = NULL;
		int ok = sqlite3_prepare_v2(
				 s->db,
				 "DELETE FROM reported WHERE repo = ? AND ruleset = ?",
				 -1, &st, NULL) == SQLITE_OK &&
			 sqlite3_bind_text(st, 1, repo, -1, SQLITE_STATIC) == SQLITE_OK &&
			 sqlite3_bind_int64(st, 2, s->ruleset) == SQLITE_OK &&
			 sqlite3_step(st) == SQLITE_DONE;

		sqlite3_finalize(st);
		if (!ok)
			goto sqlerr;
	}
	if (walk == KH_WALK_INCREMENTAL) {
		long long base = next_position(s, repo);

		if (base < 0)
			goto sqlerr;
		for (i = 0; i < out->n; i++)
			out->v[i]->order += (unsigned long long)base;
	}
	for (i = 0; i < out->n; i++) {
		struct kh_finding *f = out->v[i];
		char key[33], *data = encode(f, f->file, 1);
		int rc;

		finding_key(f, key);
		rc = data ? upsert(s, put, mark, repo, key, data, walk == KH_WALK_PARTIAL,
				   &is_new)
			  : -1;
		free(data);
		if (rc < 0)
			goto sqlerr;
		if (new_only && !is_new) {
			kh_finding_free(f);
			out->v[i] = NULL;
		}
	}
	/* drop what --new-only left out, keeping the order */
	for (i = 0; i < out->n; i++)
		if (out->v[i] && kh_findings_push(&keep, out->v[i]) < 0)
			goto oom;
	free(out->v);
	*out = keep;
	memset(&keep, 0, sizeof(keep));
	if (walk == KH_WALK_INCREMENTAL) {
		/* the history not walked again: marked seen, and reported
		 * unless --new-only */
		struct kh_findings none = { 0 };
		int rc = add_earlier(s, repo, new_only ? &none : out);

		kh_findings_release(&none);
		if (rc < 0)
			goto sqlerr;
	}
	if (walk != KH_WALK_PARTIAL) {
		sqlite3_stmt *del = NULL;
		int ok =
			sqlite3_prepare_v2(
				s->db, "DELETE FROM tips WHERE repo = ? AND ruleset = ?",
				-1, &del, NULL) == SQLITE_OK &&
			sqlite3_bind_text(del, 1, repo, -1, SQLITE_STATIC) == SQLITE_OK &&
			sqlite3_bind_int64(del, 2, s->ruleset) == SQLITE_OK &&
			sqlite3_step(del) == SQLITE_DONE &&
			sqlite3_prepare_v2(s->db,
					   "INSERT OR IGNORE INTO tips VALUES(?, ?, ?)",
					   -1, &tip, NULL) == SQLITE_OK;

		sqlite3_finalize(del);
		for (i = 0; ok && i < ntips; i++) {
			sqlite3_reset(tip);
			ok = sqlite3_bind_text(tip, 1, repo, -1, SQLITE_STATIC) ==
				     SQLITE_OK &&
			     sqlite3_bind_int64(tip, 2, s->ruleset) == SQLITE_OK &&
			     sqlite3_bind_blob(tip, 3, tips[i].id, GIT_OID_RAWSZ,
					       SQLITE_STATIC) == SQLITE_OK &&
			     sqlite3_step(tip) == SQLITE_DONE;
		}
		if (!ok)
			goto sqlerr;
	}
	if (exec(s, "COMMIT") < 0)
		goto sqlerr;
	ret = 0;
	goto out;
oom:
	kh_errf(err, errlen, "out of memory");
	exec(s, "ROLLBACK");
	goto out;
sqlerr:
	if (s->failed[0])
		kh_errf(err, errlen, "%s", s->failed);
	else
		kh_errf(err, errlen, "%s: cannot record the findings: %s", s->path,
			sqlite3_errmsg(s->db));
	exec(s, "ROLLBACK");
out:
	kh_findings_release(&keep);
	sqlite3_finalize(put);
	sqlite3_finalize(mark);
	sqlite3_finalize(tip);
	pthread_mutex_unlock(&s->lock);
	return ret;
}
