/*
 * kwcost - what a set of keywords costs Vectorscan's pass, the measure a
 * change to the rules' keywords needs (doc/performance.md, wave 32):
 *   kwcost --dump > LITS       the built-in rules' keywords, each once
 *   kwcost LITS < FILELIST     LITS compiled as the build compiles the
 *                              prefilter, every file named scanned from memory
 *   kwcost LITS --short < FILELIST
 *                              the same, but the keywords of at most 4 bytes
 *                              matched by tools/shortkw.c (wave 33)
 * A line of LITS is "E HEX RULES": E 1 compared in its case, 0 caseless; HEX
 * the keyword's bytes; RULES the rules it wakes (read only by people, so a
 * list edited down or made up is measured the same). Count the pass's
 * instructions with `valgrind --tool=callgrind --toggle-collect='*hs_scan'`
 * (and `--toggle-collect='*kh_shortkw_scan'` for --short):
 * the same count whatever the load. Hits are printed as a check that two
 * sets wake the same places. With `--dump-instr=yes`, tools/kwcost_fdr.py
 * splits the pass into FDR's loop (which one the compiler chose) and its
 * confirms (wave 36).
 */
#include <hs/hs.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "matcher.h"
#include "rules.h"
#include "shortkw.h"

/* The database this tool measures, in its own link: none. */
const unsigned char kh_embedded_hsdb[1];
const size_t kh_embedded_hsdb_len = 0;

#define LINE_MAX_BYTES 8192

struct lits {
	char **bytes;
	size_t *len;
	unsigned *flags, *ids;
	size_t n, cap;
};

static void oom(void)
{
	fprintf(stderr, "kwcost: out of memory\n");
	exit(2);
}

/* The keyword as the prefilter compares it: ASCII lower case unless exact. */
static void fold(char *dst, const char *src, int exact)
{
	for (; *src; src++, dst++)
		*dst = !exact && *src >= 'A' && *src <= 'Z' ? (char)(*src + 32) : *src;
	*dst = 0;
}

/* A literal of the dump: its case flag and folded bytes ("1ghp_"), and the
 * ids of the rules it wakes, comma-separated. */
struct entry {
	char *key, *rules;
};

static char *joined(const char *a, const char *sep, const char *b)
{
	char *s = malloc(strlen(a) + strlen(sep) + strlen(b) + 1);

	if (!s)
		oom();
	return strcat(strcat(strcpy(s, a), sep), b);
}

/* Whether id is the last rule of the list (a rule's keywords come together:
 * one that folds to another of its rule's is not listed twice). */
static int last_rule(const char *rules, const char *id)
{
	size_t n = strlen(rules), m = strlen(id);

	return n >= m && !strcmp(rules + n - m, id) &&
	       (n == m || rules[n - m - 1] == ',');
}

static int dump(void)
{
	struct kh_ruleset rs = { 0 };
	struct entry *e = NULL;
	char err[512];
	size_t r, j, k, n = 0, cap = 0;

	if (kh_rules_load_builtin(&rs, 0, err, sizeof(err)) < 0) {
		fprintf(stderr, "kwcost: %s\n", err);
		return 2;
	}
	/* each (case, keyword) once, in rule order, with all its rules */
	for (r = 0; r < rs.n; r++)
		for (j = 0; j < rs.v[r].nkeywords; j++) {
			const char *kw = rs.v[r].keywords[j];
			int exact = rs.v[r].keywords_match_case;
			char *key = joined(exact ? "1" : "0", "", kw), *old;

			fold(key + 1, kw, exact);
			for (k = 0; k < n && strcmp(e[k].key, key); k++)
				;
			if (!key[1] || (k < n && last_rule(e[k].rules, rs.v[r].id))) {
				free(key);
				continue;
			}
			if (k < n) {
				free(key);
				old = e[k].rules;
				e[k].rules = joined(old, ",", rs.v[r].id);
				free(old);
				continue;
			}
			if (n == cap &&
			    !(e = realloc(e, (cap = cap ? cap * 2 : 1024) * sizeof(*e))))
				oom();
			e[n].key = key;
			e[n++].rules = joined(rs.v[r].id, "", "");
		}
	for (k = 0; k < n; k++) {
		printf("%c ", e[k].key[0]);
		for (j = 1; e[k].key[j]; j++)
			printf("%02x", (unsigned char)e[k].key[j]);
		printf(" %s\n", e[k].rules);
		free(e[k].key);
		free(e[k].rules);
	}
	free(e);
	kh_ruleset_release(&rs);
	return 0;
}

static void free_lits(struct lits *l)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		free(l->bytes[i]);
	free(l->bytes), free(l->len), free(l->flags), free(l->ids);
}

/* Appends a literal (bytes malloc'd, owned by l from now on). */
static void push_lit(struct lits *l, char *bytes, size_t len, unsigned flags)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 1024;
		if (!(l->bytes = realloc(l->bytes, l->cap * sizeof(*l->bytes))) ||
		    !(l->len = realloc(l->len, l->cap * sizeof(*l->len))) ||
		    !(l->flags = realloc(l->flags, l->cap * sizeof(*l->flags))) ||
		    !(l->ids = realloc(l->ids, l->cap * sizeof(*l->ids))))
			oom();
	}
	l->bytes[l->n] = bytes;
	l->len[l->n] = len;
	l->flags[l->n] = flags;
	l->ids[l->n] = (unsigned)l->n;
	l->n++;
}

/* LITS into l; on a bad line, one message naming it and -1 (l is then
 * the caller's to free, as on success). */
static int read_lits(const char *path, struct lits *l)
{
	char line[LINE_MAX_BYTES], hex[LINE_MAX_BYTES], raw[LINE_MAX_BYTES / 2];
	FILE *f = fopen(path, "r");
	unsigned lineno = 0;
	int exact;

	if (!f) {
		perror(path);
		return -1;
	}
	while (fgets(line, sizeof(line), f)) {
		size_t n, i;
		char *copy;

		lineno++;
		if (sscanf(line, "%d %8191s", &exact, hex) != 2 ||
		    (exact != 0 && exact != 1) || !(n = strlen(hex) / 2) ||
		    strlen(hex) % 2)
			goto bad;
		for (i = 0; i < n; i++) {
			unsigned v;

			if (sscanf(hex + 2 * i, "%2x", &v) != 1)
				goto bad;
			raw[i] = (char)v;
		}
		if (!(copy = malloc(n)))
			oom();
		push_lit(l, memcpy(copy, raw, n), n, exact ? 0 : HS_FLAG_CASELESS);
	}
	fclose(f);
	return 0;
bad:
	fprintf(stderr, "%s:%u: not \"E HEX [RULES]\"\n", path, lineno);
	fclose(f);
	return -1;
}

static void count_short(size_t kw, size_t start, void *ctx)
{
	(void)kw, (void)start;
	++*(unsigned long long *)ctx;
}

/* With `split`, the keywords of at most KH_SHORTKW_MAX bytes leave the
 * database for the matcher of their own (tools/shortkw.c). */
static void split_short(struct lits *l, struct lits *s)
{
	size_t i, n = 0;

	for (i = 0; i < l->n; i++) {
		if (l->len[i] > KH_SHORTKW_MAX) {
			l->bytes[n] = l->bytes[i], l->len[n] = l->len[i];
			l->flags[n] = l->flags[i], l->ids[n] = (unsigned)n;
			n++;
			continue;
		}
		push_lit(s, l->bytes[i], l->len[i], l->flags[i]);
	}
	l->n = n;
}

static int count_hit(unsigned id, unsigned long long from, unsigned long long to,
		     unsigned flags, void *ctx)
{
	(void)id, (void)from, (void)to, (void)flags;
	++*(unsigned long long *)ctx;
	return 0;
}

/* Every file named on stdin, read whole, then scanned: the reads stay out
 * of the scan's instructions. */
static int measure(const char *lits_path, int split)
{
	struct lits sl = { 0 };
	struct kh_shortkw *sm = NULL;
	unsigned long long short_hits = 0;
	hs_platform_info_t any = { HS_TUNE_FAMILY_GENERIC, 0, 0, 0 };
	struct lits l = { 0 };
	hs_database_t *db = NULL;
	hs_compile_error_t *cerr = NULL;
	hs_scratch_t *scratch = NULL;
	char path[LINE_MAX_BYTES];
	char **buf = NULL;
	size_t *len = NULL, nbuf = 0, cap = 0, bytes = 0, i;
	unsigned long long hits = 0;

	if (read_lits(lits_path, &l) < 0) {
		free_lits(&l);
		return 2;
	}
	if (split) {
		int *exact;
		size_t k;

		split_short(&l, &sl);
		if (!(exact = malloc((sl.n + 1) * sizeof(*exact))))
			oom();
		for (k = 0; k < sl.n; k++)
			exact[k] = !(sl.flags[k] & HS_FLAG_CASELESS);
		if (!(sm = kh_shortkw_new((const unsigned char *const *)sl.bytes, sl.len,
					  exact, sl.n)))
			oom();
		free(exact);
	}
	if (hs_compile_lit_multi((const char *const *)l.bytes, l.flags, l.ids, l.len,
				 (unsigned)l.n, HS_MODE_BLOCK, &any, &db,
				 &cerr) != HS_SUCCESS) {
		fprintf(stderr, "kwcost: %s: %s\n", lits_path,
			cerr ? cerr->message : "no database");
		hs_free_compile_error(cerr);
		kh_shortkw_free(sm);
		free_lits(&sl);
		free_lits(&l);
		return 2;
	}
	if (hs_alloc_scratch(db, &scratch) != HS_SUCCESS)
		oom();
	while (fgets(path, sizeof(path), stdin)) {
		FILE *f;
		long n;

		path[strcspn(path, "\n")] = 0;
		if (!(f = fopen(path, "rb")) || fseek(f, 0, SEEK_END) ||
		    (n = ftell(f)) < 0 || fseek(f, 0, SEEK_SET)) {
			fprintf(stderr, "kwcost: %s: cannot read\n", path);
			if (f)
				fclose(f);
			continue;
		}
		if (nbuf == cap &&
		    (!(buf = realloc(buf, (cap = cap ? cap * 2 : 1024) * sizeof(*buf))) ||
		     !(len = realloc(len, cap * sizeof(*len)))))
			oom();
		if (!(buf[nbuf] = malloc((size_t)n + 1)))
			oom();
		len[nbuf] = fread(buf[nbuf], 1, (size_t)n, f);
		bytes += len[nbuf++];
		fclose(f);
	}
	for (i = 0; i < nbuf; i++)
		if (len[i] <= 0xffffffffu)
			hs_scan(db, buf[i], (unsigned)len[i], 0, scratch, count_hit,
				&hits);
	for (i = 0; sm && i < nbuf; i++)
		kh_shortkw_scan(sm, (const unsigned char *)buf[i], len[i], count_short,
				&short_hits);
	printf("literals %zu, bytes %zu, files %zu, hits %llu\n", l.n + sl.n, bytes, nbuf,
	       hits + short_hits);
	if (sm)
		printf("of them %zu in the short matcher, hits %llu\n", sl.n, short_hits);
	kh_shortkw_free(sm);
	free_lits(&sl);
	for (i = 0; i < nbuf; i++)
		free(buf[i]);
	free_lits(&l);
	free(buf), free(len);
	hs_free_scratch(scratch);
	hs_free_database(db);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc == 2 && !strcmp(argv[1], "--dump"))
		return dump();
	if (argc == 2 && argv[1][0] != '-')
		return measure(argv[1], 0);
	if (argc == 3 && argv[1][0] != '-' && !strcmp(argv[2], "--short"))
		return measure(argv[1], 1);
	fprintf(stderr, "usage: kwcost --dump > LITS\n"
			"       kwcost LITS [--short] < FILELIST\n");
	return 2;
}
