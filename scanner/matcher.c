#include "matcher.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <pthread.h>
#include <stdatomic.h>

#include "archive.h"
#include "context.h"
#include "decode.h"
#include "diag.h"
#include "pair.h"
#include "path_rules.h"
#include "prefilter.h"
#include "prefilter_image.h"
#include "shape.h"
#include "text.h"
#include "util.h"
#include "validate.h"
#include "verify_spec.h"

#define BINARY_PROBE	 8192
#define MATCH_LIMIT	 5000000 /* backtracking steps per match attempt */
#define DEPTH_LIMIT	 20000
#define COPY_MAX	 (64u << 10) /* longest secret or match text we keep */
#define MAX_KEYWORD_HITS 65536	     /* past this, rules run over the whole buffer */
#define MAX_LEAD	 1024 /* max_span 0: a match starts this close to its keyword */
/* (rule, offset) entries kept for those keyword hits: one a rule of the
 * keyword (rules sharing one take more; a file past this overflows too) */
#define MAX_HIT_ENTRIES (4 * MAX_KEYWORD_HITS)

struct kh_engine {
	const struct kh_ruleset *rules;
	/* A rule's regex is compiled, and JIT-compiled, the first time it
	 * runs: a small scan (a pre-commit hook) pays only for the rules its
	 * keywords wake, and interprets them until they searched
	 * INTERPRET_BYTES (kh_scratch_interpret). */
	pthread_mutex_t *jit_lock;
	atomic_uchar *jitted;		 /* [rule]: enum rule_state */
	atomic_size_t *interpreted;	 /* [rule]: bytes the interpreter searched */
	_Atomic(pcre2_code *) *jit_code; /* [rule]: a JIT-compiled copy, or NULL */
	/* [rule]: the first rule of the same regex and options; such rules
	 * run one JIT-compiled copy, that rule's (freed as its own) */
	size_t *twin;
	struct kh_prefilter *prefilter;
	struct kh_path_rules *paths;	   /* rules a file's path selects, or NULL */
	struct kh_provider_names *context; /* providers' names (context.h) */
	pcre2_match_context *mctx_proto;   /* limits; copied per scratch */
	/* [word]: the rules that read decoded text only, as hits; NULL: none */
	uint64_t *decoded_only;
	/* [word]: the bits a source's hits lose before its rules run, as
	 * hits: the path rules' (put back where the path selects them), then
	 * at [words + word] with the decoded-only rules' too, for a source
	 * not decoded. One pass a file, not a pass for each. */
	uint64_t *clear;
	/* [rule]: a rule of its provider reads decoded text only; NULL: none */
	unsigned char *provider_decodes;
	/* [rule]: the generic provider's (JIT-compiled at its first window:
	 * not rented, see INTERPRET_BYTES) */
	unsigned char *generic;
};

struct kh_scratch {
	pcre2_match_data *md;
	pcre2_match_context *mctx;
	pcre2_jit_stack *jit_stack;
	const pcre2_code *code; /* the running rule's: JIT-compiled or not */
	int interpret;		/* kh_scratch_interpret */
	int renting; /* the running rule: interpreted first (INTERPRET_BYTES) */
	/* the running rule: its index, and while it is interpreted, the bytes
	 * searched with it before this source (`interpreted`) and in it */
	const struct kh_engine *engine;
	size_t rule, interpreted, searched;
	struct kh_prefilter_scratch *ps;
	uint64_t *hits;
	uint64_t *kept;		    /* kh_path_rules_apply's, as hits */
	struct kh_keyword_hits at;  /* keyword positions, in scan order */
	size_t *by_rule;	    /* positions grouped by rule */
	size_t *end;		    /* [rule]: end of its group in by_rule */
	size_t *count;		    /* [rule]: size of its group; 0 between scans */
	struct kh_findings pending; /* one source's findings before dedup */
	/* the source's last match_contains search: rules that share the
	 * text (a rule's variants) search a window for it once */
	const char *contains;
	size_t contains_from, contains_to;
	int contains_found;
};

/* A rule's regex and what else its compiled code depends on. */
struct regex_of {
	const char *regex;
	int limit; /* max_span 0: compiled with an offset limit */
	size_t rule;
};

/* By regex, then options, then rule. */
static int cmp_regex(const void *a, const void *b)
{
	const struct regex_of *x = a, *y = b;
	int c = strcmp(x->regex, y->regex);

	if (!c)
		c = x->limit - y->limit;
	return c ? c : (x->rule > y->rule) - (x->rule < y->rule);
}

/*
 * [rule]: the lowest-numbered rule with the same regex and compile options
 * (kh_rule_compile: the offset limit of max_span 0), or itself; NULL when
 * out of memory. Rules that share a regex (variants of one format) then
 * JIT-compile it once: that cost grows with the rules a text wakes, about
 * 0.3M instructions each.
 */
static size_t *find_twins(const struct kh_ruleset *rs)
{
	struct regex_of *v = malloc((rs->n + 1) * sizeof(*v));
	size_t *twin = malloc((rs->n + 1) * sizeof(*twin)), i;

	if (!v || !twin) {
		free(v);
		free(twin);
		return NULL;
	}
	for (i = 0; i < rs->n; i++) {
		v[i].regex = rs->v[i].regex ? rs->v[i].regex : "";
		v[i].limit = rs->v[i].max_span == 0;
		v[i].rule = i;
	}
	qsort(v, rs->n, sizeof(*v), cmp_regex);
	for (i = 0; i < rs->n; i++)
		twin[v[i].rule] = i > 0 && !strcmp(v[i].regex, v[i - 1].regex) &&
						  v[i].limit == v[i - 1].limit
					  ? twin[v[i - 1].rule]
					  : v[i].rule;
	free(v);
	return twin;
}

/* e->clear: the path rules' bits, then with the decoded-only rules'. */
static int build_clear(struct kh_engine *e)
{
	size_t words = kh_prefilter_words(e->prefilter), pw, w;
	const uint64_t *pm = kh_path_rules_mask(e->paths, &pw);

	if (!(e->clear = calloc(2 * words + 1, sizeof(*e->clear))))
		return -1;
	for (w = 0; w < words; w++) {
		e->clear[w] = w < pw ? pm[w] : 0;
		e->clear[words + w] = e->clear[w];
		if (e->decoded_only && w <= e->rules->n / 64)
			e->clear[words + w] |= e->decoded_only[w];
	}
	return 0;
}

struct kh_engine *kh_engine_new(const struct kh_ruleset *rs, char *err, size_t errlen)
{
	struct kh_engine *e = calloc(1, sizeof(*e));
	char ***kw = NULL;
	size_t *nkw = NULL, i, k;
	unsigned char *exact = NULL;

	if (!e || !(e->context = kh_provider_names_new(rs)))
		goto oom;
	e->rules = rs;
	e->jit_lock = malloc(sizeof(*e->jit_lock));
	e->jitted = calloc(rs->n + 1, sizeof(*e->jitted));
	e->jit_code = calloc(rs->n + 1, sizeof(*e->jit_code));
	e->interpreted = calloc(rs->n + 1, sizeof(*e->interpreted));
	e->twin = find_twins(rs);
	e->generic = calloc(rs->n + 1, 1);
	if (!e->jit_lock || !e->jitted || !e->jit_code || !e->interpreted || !e->twin ||
	    !e->generic)
		goto oom;
	for (i = 0; i < rs->n; i++)
		e->generic[i] = (unsigned char)kh_rule_is_generic(&rs->v[i]);
	pthread_mutex_init(e->jit_lock, NULL);
	kw = calloc(rs->n + 1, sizeof(*kw));
	nkw = calloc(rs->n + 1, sizeof(*nkw));
	exact = calloc(rs->n + 1, 1);
	if (!kw || !nkw || !exact)
		goto oom;
	for (i = 0; i < rs->n; i++) {
		kw[i] = rs->v[i].keywords;
		nkw[i] = rs->v[i].nkeywords;
		exact[i] = (unsigned char)rs->v[i].keywords_match_case;
	}
	/* the built-in rules' tables were built with the binary */
	if (kh_rules_are_image(rs) && kh_prefilter_builtin.nrules == rs->n)
		e->prefilter = kh_prefilter_from_image(&kh_prefilter_builtin);
	else
		e->prefilter = kh_prefilter_new((char **const *)kw, nkw, exact, rs->n);
	e->mctx_proto = pcre2_match_context_create(NULL);
	if (!e->prefilter || !e->mctx_proto || kh_path_rules_new(&e->paths, rs) < 0)
		goto oom;
	for (i = 0; i < rs->n; i++) {
		if (!rs->v[i].decoded_only)
			continue;
		if (!e->decoded_only &&
		    !(e->decoded_only = calloc(rs->n / 64 + 1, sizeof(uint64_t))))
			goto oom;
		e->decoded_only[i / 64] |= 1ull << (i % 64);
		if (!e->provider_decodes && !(e->provider_decodes = calloc(rs->n, 1)))
			goto oom;
		for (k = 0; k < rs->n; k++)
			if (!strcmp(rs->v[k].provider, rs->v[i].provider))
				e->provider_decodes[k] = 1;
	}
	if (build_clear(e) < 0)
		goto oom;
	pcre2_set_match_limit(e->mctx_proto, MATCH_LIMIT);
	pcre2_set_depth_limit(e->mctx_proto, DEPTH_LIMIT);
	free(kw);
	free(nkw);
	free(exact);
	return e;
oom:
	free(exact);
	free(kw);
	free(nkw);
	kh_engine_free(e);
	kh_errf(err, errlen, "out of memory building the rule engine");
	return NULL;
}

/* KEYHOUND_KEYWORD_STATS: each keyword's hits over the run, on stderr. */
static void print_keyword_stats(const struct kh_engine *e)
{
	const char **ids = malloc((e->rules->n + 1) * sizeof(*ids));
	size_t i;

	if (ids) {
		for (i = 0; i < e->rules->n; i++)
			ids[i] = e->rules->v[i].id;
		if (kh_prefilter_print_hits(e->prefilter, ids, stderr) == 0) {
			free(ids);
			return;
		}
	}
	free(ids);
	fprintf(stderr, "keyhound: keyword stats: out of memory\n");
}

void kh_engine_free(struct kh_engine *e)
{
	size_t i;

	if (!e)
		return;
	if (e->prefilter && kh_prefilter_counts_hits(e->prefilter))
		print_keyword_stats(e);
	kh_prefilter_free(e->prefilter);
	kh_path_rules_free(e->paths);
	free(e->decoded_only);
	free(e->clear);
	free(e->provider_decodes);
	free(e->generic);
	kh_provider_names_free(e->context);
	pcre2_match_context_free(e->mctx_proto);
	if (e->jit_lock && e->jitted)
		pthread_mutex_destroy(e->jit_lock);
	for (i = 0; e->jit_code && i < e->rules->n; i++)
		if (!e->twin || e->twin[i] == i ||
		    atomic_load(&e->jit_code[i]) != atomic_load(&e->jit_code[e->twin[i]]))
			pcre2_code_free(atomic_load(&e->jit_code[i]));
	free(e->twin);
	free(e->jit_lock);
	free(e->jitted);
	free(e->jit_code);
	free(e->interpreted);
	free(e);
}

const struct kh_ruleset *kh_engine_rules(const struct kh_engine *e)
{
	return e->rules;
}

int kh_engine_provider_decodes(const struct kh_engine *e, const struct kh_rule *r)
{
	size_t i = (size_t)(r - e->rules->v);

	return e->provider_decodes && i < e->rules->n && e->provider_decodes[i];
}

/* The bits of path's profile from n on (see kh_engine_path_profile). */
static size_t profile_bits(const struct kh_engine *e, const char *path,
			   unsigned char *bits, size_t n, size_t cap)
{
	/* A member is named "outer!member", and kh_shape_config_path reads
	 * the outer part too: its directories, and its file name when the
	 * member's has none. A member name of each kind that function tells
	 * apart (a dot or none, ending in "rc" or not, in a directory) says
	 * what the outer path gives all members of that kind. */
	static const char *const members[] = { "!x", "!xrc", "!x.q", "!x.qrc", "!d/x" };
	size_t len = strlen(path), i;
	char *m = malloc(len + 8);

	if (n < cap)
		bits[n] = (unsigned char)kh_shape_config_path(path);
	if (n + 1 < cap)
		bits[n + 1] = (unsigned char)kh_hubspot_cli_config(path);
	if (n + 2 < cap)
		bits[n + 2] = (unsigned char)kh_shape_login_file(path);
	n = kh_path_rules_profile(e->paths, path, bits, n + 3, cap);
	for (i = 0; i < sizeof(members) / sizeof(members[0]); i++, n++)
		if (n < cap && m) {
			memcpy(m, path, len);
			strcpy(m + len, members[i]);
			bits[n] = (unsigned char)kh_shape_config_path(m);
		} else if (n < cap) {
			bits[n] = 1; /* out of memory: a profile of its own */
		}
	free(m);
	return n;
}

size_t kh_engine_path_profile(const struct kh_engine *e, const char *path, char *out,
			      size_t cap)
{
	unsigned char small[512], *bits = small;
	size_t n, i, len = 0, want = sizeof(small);
	char *gz = kh_gzip_member(path); /* its content's own scan */

	for (;;) {
		n = profile_bits(e, path, bits, 0, want);
		if (n < want)
			bits[n] = !gz; /* out of memory: a profile of its own */
		n++;
		if (gz)
			n = profile_bits(e, gz, bits, n, want);
		if (n <= want || bits != small)
			break;
		if (!(bits = malloc(n))) {
			bits = small; /* out of memory: the bits that fit */
			n = want;
			break;
		}
		want = n;
	}
	while (n && !bits[n - 1])
		n--;
	/* six bits a character, from '0' */
	for (i = 0; i < n; i += 6) {
		unsigned v = 0, k;

		for (k = 0; k < 6 && i + k < n; k++)
			v |= (unsigned)bits[i + k] << k;
		if (len + 1 < cap)
			out[len] = (char)('0' + v);
		len++;
	}
	if (cap)
		out[len < cap ? len : cap - 1] = '\0';
	if (bits != small)
		free(bits);
	free(gz);
	return len;
}

struct kh_prefilter *kh_engine_prefilter(const struct kh_engine *e)
{
	return e->prefilter;
}

const struct kh_provider_names *kh_engine_provider_names(const struct kh_engine *e)
{
	return e->context;
}

struct kh_scratch *kh_scratch_new(const struct kh_engine *e)
{
	struct kh_scratch *s = calloc(1, sizeof(*s));
	uint32_t maxcap = 1, i;

	if (!s)
		return NULL;
	for (i = 0; i < e->rules->n; i++) {
		uint32_t n = kh_rule_max_captures(&e->rules->v[i]);

		if (n + 1 > maxcap)
			maxcap = n + 1;
	}
	s->md = pcre2_match_data_create(maxcap, NULL);
	s->mctx = pcre2_match_context_copy(e->mctx_proto);
	s->jit_stack = pcre2_jit_stack_create(32 * 1024, 1024 * 1024, NULL);
	s->ps = kh_prefilter_scratch_new();
	s->hits = calloc(kh_prefilter_words(e->prefilter), sizeof(uint64_t));
	s->kept = calloc(kh_prefilter_words(e->prefilter), sizeof(uint64_t));
	s->at.cap = MAX_HIT_ENTRIES;
	s->at.keyword_cap = MAX_KEYWORD_HITS;
	s->at.rule = malloc(MAX_HIT_ENTRIES * sizeof(*s->at.rule));
	s->at.pos = malloc(MAX_HIT_ENTRIES * sizeof(*s->at.pos));
	s->by_rule = malloc(MAX_HIT_ENTRIES * sizeof(*s->by_rule));
	/* one slot for every bit of a hit set */
	s->end = calloc(kh_prefilter_words(e->prefilter) * 64 + 1, sizeof(*s->end));
	s->count = calloc(kh_prefilter_words(e->prefilter) * 64 + 1, sizeof(*s->count));
	if (!s->md || !s->mctx || !s->jit_stack || !s->ps || !s->hits || !s->kept ||
	    !s->at.rule || !s->at.pos || !s->by_rule || !s->end || !s->count) {
		kh_scratch_free(s);
		return NULL;
	}
	pcre2_jit_stack_assign(s->mctx, NULL, s->jit_stack);
	return s;
}

void kh_scratch_interpret(struct kh_scratch *s, int on)
{
	s->interpret = on;
}

void kh_scratch_free(struct kh_scratch *s)
{
	if (!s)
		return;
	pcre2_match_data_free(s->md);
	pcre2_match_context_free(s->mctx);
	pcre2_jit_stack_free(s->jit_stack);
	kh_prefilter_scratch_free(s->ps);
	free(s->hits);
	free(s->kept);
	free(s->at.rule);
	free(s->at.pos);
	free(s->by_rule);
	free(s->end);
	free(s->count);
	kh_findings_release(&s->pending);
	free(s);
}

const struct kh_keyword_hits *kh_scratch_keyword_hits(const struct kh_scratch *s)
{
	return &s->at;
}

int kh_looks_binary(const unsigned char *data, size_t len)
{
	return memchr(data, '\0', len < BINARY_PROBE ? len : BINARY_PROBE) != NULL;
}

void kh_line_cursor_init(struct kh_line_cursor *c, const struct kh_source *src)
{
	c->buf = src->data;
	c->len = src->len;
	c->first_line = src->first_line ? src->first_line : 1;
	c->off = 0;
	c->line = c->nl_line = c->first_line;
	c->line_start = 0;
	c->allow_known = 0;
}

/* Line ends in buf[c->off, off): counts them and moves c->off to off.
 * Each byte is looked at once or twice (one search for each kind of end),
 * however the file mixes them. */
static void cursor_advance(struct kh_line_cursor *c, size_t off)
{
	const unsigned char *stop = c->buf + off, *nl = NULL;
	int nl_known = 0;

	while (c->off < off) {
		const unsigned char *p = c->buf + c->off, *cr;
		size_t end;

		if (!nl_known || (nl && nl < p)) {
			nl = memchr(p, '\n', (size_t)(stop - p));
			nl_known = 1;
		}
		cr = memchr(p, '\r', (size_t)((nl ? nl : stop) - p));
		if (cr && !(cr + 1 == nl ||
			    (cr + 1 == stop && off < c->len && c->buf[off] == '\n'))) {
			end = (size_t)(cr - c->buf) + 1; /* a "\r" alone */
		} else if (nl) {
			end = (size_t)(nl - c->buf) + 1; /* "\n" or "\r\n" */
			c->nl_line++;
		} else {
			c->off = off; /* no line end before off */
			break;
		}
		c->line++;
		c->off = end;
		c->line_start = end;
	}
}

void kh_line_cursor_seek(struct kh_line_cursor *c, size_t off, size_t *line, size_t *col)
{
	if (off < c->off) {
		c->off = 0;
		c->line = c->nl_line = c->first_line;
		c->line_start = 0;
	}
	cursor_advance(c, off);
	*line = c->line;
	*col = off - c->line_start + 1;
}

static int is_eol(unsigned char c)
{
	return c == '\n' || c == '\r';
}

static int has_marker(const unsigned char *buf, size_t ls, size_t le)
{
	static const char *markers[] = { "keyhound:allow", "gitleaks:allow" };
	size_t i;

	for (i = 0; i < 2; i++) {
		size_t n = strlen(markers[i]);
		const unsigned char *p = buf + ls;

		while (p + n <= buf + le) {
			p = memchr(p, markers[i][0], (size_t)(buf + le - p));
			if (!p || p + n > buf + le)
				break;
			if (!memcmp(p, markers[i], n))
				return 1;
			p++;
		}
	}
	return 0;
}

/*
 * 1 when a line in [start, end) of the buffer carries an inline allow
 * marker. The answer for the last line is kept: many candidates on one
 * long line cost one look at it, not one each.
 */
static int allowed_inline(struct kh_line_cursor *c, size_t start, size_t end)
{
	const unsigned char *buf = c->buf;
	size_t ls = start, le = end;

	if (c->allow_known && start >= c->allow_ls && end <= c->allow_le)
		return c->allowed;
	while (ls > 0 && !is_eol(buf[ls - 1]))
		ls--;
	while (le < c->len && !is_eol(buf[le]))
		le++;
	c->allowed = has_marker(buf, ls, le);
	/* kept for one line only: a later candidate on part of several
	 * lines must not see a marker on another of them */
	c->allow_known = !memchr(buf + start, '\n', end - start) &&
			 !memchr(buf + start, '\r', end - start);
	c->allow_ls = ls;
	c->allow_le = le;
	return c->allowed;
}

int kh_source_line_selected(const struct kh_source *src, size_t nl_line)
{
	size_t i;

	if (!src->lines)
		return 1;
	for (i = 0; i < src->nlines; i++)
		if (nl_line >= src->lines[i].first && nl_line <= src->lines[i].last)
			return 1;
	return 0;
}

/* Builds a finding for one accepted candidate, sharing its path with the
 * source's findings before it (pending); NULL when out of memory. */
static struct kh_finding *make_finding(const struct kh_rule *rule,
				       const struct kh_source *src,
				       const struct kh_candidate *cand,
				       struct kh_line_cursor *cur, cJSON *facts,
				       const struct kh_findings *pending)
{
	size_t slen = cand->secret_end - cand->secret_start;
	size_t mlen = cand->match_end - cand->match_start;
	struct kh_finding *f =
		kh_finding_new((const char *)src->data + cand->secret_start,
			       slen > COPY_MAX ? COPY_MAX : slen,
			       (const char *)src->data + cand->match_start,
			       mlen > COPY_MAX ? COPY_MAX : mlen);

	if (!f)
		return NULL;
	f->rule = rule;
	f->context = *cand->context;   /* the validator's; the text's may replace it */
	if (f->context == KH_CTX_NONE) /* STRIPE_TEST_KEY, sandboxToken */
		f->context = (unsigned char)kh_name_context(src->data, src->len,
							    cand->secret_start);
	f->file = src->path ? kh_path_share(pending, src->path, strlen(src->path), "")
			    : NULL;
	f->commit = kh_commit_info_dup(src->commit);
	f->validation = facts;
	f->order = src->order;
	f->offset = cand->secret_start;
	f->end_offset = cand->secret_end;
	f->entropy = kh_entropy(src->data + cand->secret_start, slen);
	if ((src->path && !f->file) || (src->commit && !f->commit)) {
		f->validation = NULL; /* the caller's still */
		kh_finding_free(f);
		return NULL;
	}
	/* the password its server reads, as a decoded layer's finding says */
	if (rule->secret_percent && strchr(f->secret, '%')) {
		unsigned char *p = (unsigned char *)f->secret;
		size_t len = strlen(f->secret), n;

		/* the match stays the text as written */
		if (f->match == f->secret && !(f->match = kh_strndup(f->secret, len))) {
			f->validation = NULL; /* the caller's still */
			kh_finding_free(f);
			return NULL;
		}
		n = kh_percent_decode(p, len, p, len);
		if (n < len) {
			p[n] = '\0';
			f->decoded = KH_DEC_PERCENT;
			f->entropy = kh_entropy(p, n);
		}
	}
	kh_line_cursor_seek(cur, cand->secret_start, &f->line, &f->column);
	kh_line_cursor_seek(cur, cand->secret_end ? cand->secret_end - 1 : 0,
			    &f->end_line, &f->end_column);
	kh_fingerprint(rule->id, f->secret, strlen(f->secret), f->fingerprint);
	return f;
}

/* Whether s[0..n) is a password a person chose (NexusDeploy2024), for a
 * rule whose values are such passwords: words with a digit or a mark.
 * Names of code in their place (DatabasePassword) have neither. */
static int password_with_marks(const struct kh_rule *rule, const unsigned char *s,
			       size_t n)
{
	return rule->placeholder_check == KH_PLACEHOLDERS_PASSWORDS &&
	       kh_has_non_letter(s, n);
}

/* Whether name[0..n) ends in the word id or identifier (KEY_ID, key-id,
 * keyId, serverIdentifier, and a key's id in one word: keyid, APIKEYID),
 * not a secret's (SECRET_ID, secretId: Vault's AppRole secret id is one;
 * SESSION_ID: a session's id is its bearer's credential). */
static int ends_in_id_word(const unsigned char *name, size_t n)
{
	static const char *const words[] = { "identifier", "id", NULL };
	size_t i, k, w;

	if (n >= 5 && !strncasecmp((const char *)name + n - 5, "keyid", 5))
		return 1;
	for (i = 0; words[i]; i++) {
		k = strlen(words[i]);
		if (n <= k || strncasecmp((const char *)name + n - k, words[i], k))
			continue;
		w = n - k; /* the word starts at w: after a mark, or a hump */
		if (name[w - 1] == '_' || name[w - 1] == '-' || name[w - 1] == '.')
			w--;
		else if (!(isupper(name[w]) && islower(name[w - 1])))
			continue;
		return !(w >= 6 &&
			 !strncasecmp((const char *)name + w - 6, "secret", 6)) &&
		       !(w >= 7 &&
			 !strncasecmp((const char *)name + w - 7, "session", 7));
	}
	return 0;
}

/*
 * Whether the value at vs is assigned to a name that calls it an
 * identifier (BUGSNAG_API_KEY_ID=, mailosaurServerId:): the name just
 * before it, past quotes, blanks and the assignment's marks, within the
 * match from `from`.
 */
static int under_id_name(const unsigned char *b, size_t from, size_t vs)
{
	static const char id_marks[] = "\"'` \t=:>,([";
	size_t i = vs, e, steps = 0;

	while (i > from && steps++ < 8 &&
	       memchr(id_marks, b[i - 1], sizeof(id_marks) - 1))
		i--;
	e = i;
	while (i > from && e - i < 64 &&
	       (isalnum(b[i - 1]) || b[i - 1] == '_' || b[i - 1] == '-' ||
		b[i - 1] == '.'))
		i--;
	return e - i >= 3 && ends_in_id_word(b + i, e - i);
}

/*
 * Whether the secret starting at b[ss] starts with a shell parameter's
 * default operator: ${NAME:-value}, ${NAME:=value} (POSIX's "Parameter
 * Expansion"). A rule that reads `NAME:` as a name and its separator
 * takes the operator's '-' into the value; the value starts after it.
 */
static int default_operator(const unsigned char *b, size_t ss, size_t se)
{
	size_t k;

	if (se - ss < 2 || ss < 4 || (b[ss] != '-' && b[ss] != '=') || b[ss - 1] != ':')
		return 0;
	for (k = ss - 1; k > 0 && ss - k < 128 && (isalnum(b[k - 1]) || b[k - 1] == '_');
	     k--)
		;
	return k >= 2 && k < ss - 1 && b[k - 1] == '{' && b[k - 2] == '$';
}

/*
 * Org's verbatim and code (=value=, ~value~) after a name and a blank
 * (passphrase =X=): a rule that reads the first mark as the name's `=`
 * takes the closing one into the value, which ends before it. Returns 1
 * when the value b[ss..se) is so closed (one mark, then a blank, the
 * line's end or punctuation).
 */
static int org_verbatim_close(const unsigned char *b, size_t len, size_t ss, size_t se)
{
	unsigned char m = se - ss > 2 && ss >= 2 ? b[se - 1] : 0;

	return (m == '=' || m == '~') && b[ss - 1] == m && b[se - 2] != m &&
	       (b[ss - 2] == ' ' || b[ss - 2] == '\t') &&
	       (se == len || strchr(" \t\r\n,.;:)", b[se]));
}

/*
 * Whether the value at b[ss] follows a digest's algorithm and its mark
 * (sha256=, md5:, npm's and SRI's sha512-): a checksum, whatever a
 * provider's prefix it happens to start with (a wheel RECORD's
 * sha256=glc_FZ... is base64 of a hash, not a Grafana token).
 */
static int after_digest_name(const unsigned char *b, size_t ss)
{
	static const char *algos[] = { "md5",	 "sha1",   "sha224", "sha256",
				       "sha384", "sha512", NULL };
	size_t i, k;

	if (ss < 4 || !strchr("=:-", b[ss - 1]))
		return 0;
	for (i = 0; algos[i]; i++) {
		k = strlen(algos[i]);
		if (ss - 1 >= k &&
		    !strncasecmp((const char *)b + ss - 1 - k, algos[i], k) &&
		    (ss - 1 == k || !isalnum(b[ss - 2 - k])))
			return 1;
	}
	return 0;
}

/*
 * Runs the filters and the validator on one candidate. Returns the
 * validation object for a finding to report, or NULL to drop it (*oom set
 * when that was for lack of memory).
 */
static cJSON *accept_candidate(const struct kh_rule *rule, const struct kh_source *src,
			       const struct kh_candidate *cand,
			       struct kh_line_cursor *cur, struct kh_diag *d, int *oom)
{
	const unsigned char *secret = src->data + cand->secret_start;
	size_t slen = cand->secret_end - cand->secret_start, line, col;
	enum kh_structure st = KH_STRUCT_UNCHECKED;
	cJSON *facts;

	if (!slen)
		return NULL;
	if (rule->placeholder_check &&
	    (kh_is_placeholder(secret, slen,
			       rule->placeholder_check == KH_PLACEHOLDERS_PASSWORDS) ||
	     (kh_is_code_words(secret, slen) &&
	      !password_with_marks(rule, secret, slen)) ||
	     kh_names_sample(src->data, cand->match_start, cand->secret_start)))
		return NULL;
	if (rule->min_entropy > 0 && kh_entropy(secret, slen) < rule->min_entropy)
		return NULL;
	/* a publishable key, an app's id, a shop's domain: public by its
	 * format (patterns/public.json), under whatever name */
	if (kh_is_public_format(secret, slen) ||
	    after_digest_name(src->data, cand->secret_start))
		return NULL;
	/* a provider's rule that reads a value after its name: not one that
	 * the name calls an id (a key's or a server's) */
	if (rule->named_value &&
	    under_id_name(src->data, cand->match_start, cand->secret_start))
		return NULL;
	/* a value a comment calls a sample (`# docs sample for x: v`), for
	 * the rules whose formats do not vouch for a value by themselves */
	if (kh_rule_needs_words(rule) &&
	    kh_comment_calls_sample(src->data, cand->secret_start))
		return NULL;
	if (allowed_inline(cur, cand->match_start, cand->match_end)) {
		atomic_fetch_add(&d->stats.suppressed_inline, 1);
		return NULL;
	}
	kh_line_cursor_seek(cur, cand->secret_start, &line, &col);
	if (!kh_source_line_selected(src, cur->nl_line))
		return NULL;
	facts = cJSON_CreateObject();
	if (!facts) {
		*oom = 1;
		return NULL;
	}
	if (rule->validator)
		st = rule->validator(cand, facts);
	if (st == KH_STRUCT_REJECT) {
		cJSON_Delete(facts);
		return NULL;
	}
	/* "structure" first, whatever the validator added */
	/* its name and value are constants, not copies: a finding holds them
	 * for the report, and a scan may hold a million findings */
	cJSON_AddItemToObjectCS(facts, "structure",
				cJSON_CreateStringReference(kh_structure_name(st)));
	{
		cJSON *item = cJSON_DetachItemFromObjectCaseSensitive(facts, "structure");

		if (item) {
			item->next = facts->child;
			if (facts->child) {
				item->prev = facts->child->prev;
				facts->child->prev = item;
			} else {
				item->prev = item;
			}
			facts->child = item;
		}
	}
	kh_hubspot_config_annotate(cand, facts);
	if (!facts->child->next) { /* the structure alone: a shared object */
		cJSON *plain = kh_validation_plain(kh_structure_name(st));

		if (plain) {
			cJSON_Delete(facts);
			return plain;
		}
	}
	return facts;
}

#define KEPT 8 /* secrets found through \K that run_window remembers */

static int secret_kept(const PCRE2_SIZE *kept, unsigned nkept, PCRE2_SIZE at)
{
	unsigned i, n = nkept < KEPT ? nkept : KEPT;

	for (i = 0; i < n; i++)
		if (kept[i] == at)
			return 1;
	return 0;
}

/*
 * Most lines that name a secret's keyword assign no value (for the
 * generic rules two windows in three have no '=' or ':'): whether
 * data[from..to) holds one of the bytes of the rule's match_holds.
 */
static int holds_any(const struct kh_rule *rule, const unsigned char *data, size_t from,
		     size_t to)
{
	const char *set = rule->match_holds;

	for (; set && *set; set++)
		if (memchr(data + from, *set, to - from))
			return 1;
	return !rule->match_holds;
}

/* Past the last byte of the rule's match_holds in data[from..to), or
 * `from` when there is none (to: every byte may be one). */
static size_t held_end(const struct kh_rule *rule, const unsigned char *data, size_t from,
		       size_t to)
{
	const char *set = rule->match_holds;
	const unsigned char *p;
	size_t end = from;

	if (!set)
		return to;
	for (; *set && end < to; set++)
		if ((p = memrchr(data + end, *set, to - end)))
			end = (size_t)(p - data) + 1;
	return end;
}

/*
 * Where a byte of match_holds must be before, in a window that ends at
 * `to`: a generic rule's match holds one (its name's `=` or `:`) before
 * its value, the `secret` group of value_least bytes or more
 * (kh_rule_compile), all before `to` (the search's end). Many of the
 * generic rules' keyword lines that hold a `=` or `:` hold it too near
 * their end for a value (`ret = get_token(x);`, `if (!password) {`).
 */
static size_t held_before(const struct kh_rule *rule, size_t from, size_t to)
{
	size_t n = rule->value_least;

	return to - from > n ? to - n : from;
}

/* Whether byte c is one of a rule's run_set (kh_rule_compile). */
static int in_run_set(const uint64_t *set, unsigned char c)
{
	return set[c >> 6] >> (c & 63) & 1;
}

/*
 * Whether data[from..to) holds the rule's run_len bytes in a row of its
 * run_set (kh_rule_compile): a window without them cannot match, and
 * telling so takes a look at every run_len-th byte (and around those of
 * the set) where PCRE2 tries every start (ethereum-private-key's 64 hex
 * digits after one of its names: 145 instructions a byte of its windows).
 */
static int holds_run(const struct kh_rule *rule, const unsigned char *data, size_t from,
		     size_t to)
{
	const uint64_t *set = rule->run_set;
	size_t n = rule->run_len, p, s, e;

	if (!n)
		return 1;
	for (p = from + n - 1; p < to; p = e + n) {
		e = p;
		if (!in_run_set(set, data[p]))
			continue;
		/* the run through p: from s (no further back than a run of n
		 * needs), to e */
		for (s = p; s > p + 1 - n && in_run_set(set, data[s - 1]); s--)
			;
		for (e = p + 1; e < s + n && e < to && in_run_set(set, data[e]); e++)
			;
		if (e == s + n)
			return 1;
	}
	return 0;
}

/* Whether data[from..to) holds text (a rule's match_contains). */
static int window_contains(struct kh_scratch *s, const struct kh_source *src, size_t from,
			   size_t to, const char *text)
{
	if (!s->contains || from != s->contains_from || to != s->contains_to ||
	    strcmp(text, s->contains)) {
		s->contains = text;
		s->contains_from = from;
		s->contains_to = to;
		s->contains_found = kh_memmem(src->data + from, to - from, text,
					      strlen(text)) != NULL;
	}
	return s->contains_found;
}

/*
 * A scratch that interprets (kh_scratch_interpret) JIT-compiles a rule
 * before a window would take the bytes the interpreter searched with it
 * past this: at 300-400 instructions a byte (a search tries each start of
 * a keyword's window against the whole regex) that is about the 0.66M a
 * JIT compilation costs (a rent-or-buy choice). Measured: a pre-commit
 * hook's usual change stays interpreted (staged200, one file piped to
 * stdin: 21 % fewer instructions); 33 KB dense with secrets on stdin costs
 * 5 % more than JIT-compiling at once (4096: 17 %; counting only windows
 * already searched: 39 %, windows merge to 14 KB there).
 * Every scan rents a provider's rule so (`renting`): of the rules a tree's
 * keywords wake, most search a few windows, fewer bytes than their JIT
 * compilation costs (kernel `fs/`: JIT compilation 20.0M -> 16.2M
 * instructions, the interpreter 1.8M more; wave 28). A generic rule is
 * JIT-compiled at its first window: its windows are on most files
 * (interpreting them first cost a tree scan 2.4 %, wave 24).
 */
#define INTERPRET_BYTES 2048

static const pcre2_code *ensure_ready(const struct kh_engine *e, size_t r, int interpret,
				      struct kh_diag *d);

/*
 * What the searches of one window share. A match through \K (a name some
 * lines before its value) may pass over shorter matches on the lines
 * between: the search after it goes on from where it began, and the
 * secrets it found are not reported twice (the last KEPT of them are
 * remembered). next: where the search after the last match begins;
 * reach: past the furthest match, or `next` if further.
 */
struct window {
	PCRE2_SIZE kept[KEPT];
	unsigned nkept;
	size_t next, reach;
};

/*
 * Whether a search of data[from..to) may match (a rule without keywords
 * runs over whole files: a Hiera key's regex tried every line start of
 * every YAML file under a data/); if so the rule's code is made ready for
 * it: JIT-compiled at the first window that may match (a rule whose
 * windows all lack its run costs no compilation), or once interpreted
 * long enough (with this window).
 */
static int window_may_match(const struct kh_rule *rule, struct kh_scratch *s,
			    const struct kh_source *src, struct kh_diag *d, size_t from,
			    size_t to)
{
	if (!holds_run(rule, src->data, from, to) ||
	    (rule->match_contains &&
	     !window_contains(s, src, from, to, rule->match_contains)))
		return 0;
	if (s->code == rule->code &&
	    (!s->renting || s->interpreted + s->searched + (to - from) > INTERPRET_BYTES))
		s->code = ensure_ready(s->engine, s->rule, 0, d);
	s->searched += to - from;
	return 1;
}

/*
 * Searches data[from..to) with one rule (lookbehinds still see the bytes
 * before `from`), trying no start past last_start (PCRE2_UNSET: no such
 * bound); w->reach moves past what it found. Returns -1 when out of
 * memory.
 */
static int search_window(const struct kh_rule *rule, struct kh_scratch *s,
			 const struct kh_source *src, time_t now, struct kh_diag *d,
			 struct kh_line_cursor *cur, struct window *w, size_t from,
			 size_t to, size_t last_start)
{
	PCRE2_SIZE start = from;

	pcre2_set_offset_limit(s->mctx, last_start);
	while (start <= to) {
		struct kh_candidate cand = { 0 };
		unsigned char validator_context = KH_CTX_NONE;
		PCRE2_SIZE *ov;
		int rc, oom = 0;
		cJSON *facts, *groups;
		struct kh_finding *f;
		int through_k;

		rc = pcre2_match(s->code, src->data, to, start, 0, s->md, s->mctx);
		if (rc == PCRE2_ERROR_NOMATCH)
			break;
		if (rc < 0) {
			atomic_fetch_add(&d->stats.regex_limit_hits, 1);
			kh_warn(d,
				"%s: rule %s gave up on this input (regex error %d); the "
				"rest of the file is scanned by the other rules",
				src->path ? src->path : "(commit message)", rule->id, rc);
			break;
		}
		ov = pcre2_get_ovector_pointer(s->md);
		through_k = pcre2_get_startchar(s->md) < ov[0];
		cand.path = src->path;
		cand.buf = src->data;
		cand.len = src->len;
		cand.match_start = ov[0];
		cand.match_end = ov[1];
		cand.now = now;
		cand.context = &validator_context;
		if ((unsigned)rc > rule->secret_group &&
		    ov[2 * rule->secret_group] != PCRE2_UNSET) {
			cand.secret_start = ov[2 * rule->secret_group];
			cand.secret_end = ov[2 * rule->secret_group + 1];
			cand.secret_start += default_operator(
				src->data, cand.secret_start, cand.secret_end);
			cand.secret_end -= org_verbatim_close(
				src->data, src->len, cand.secret_start, cand.secret_end);
			if (secret_kept(w->kept, w->nkept, cand.secret_start))
				goto next;
			if (through_k)
				w->kept[w->nkept++ % KEPT] = cand.secret_start;
			facts = accept_candidate(rule, src, &cand, cur, d, &oom);
			if (oom)
				return -1;
			if (facts) {
				f = make_finding(rule, src, &cand, cur, facts,
						 &s->pending);
				if (!f) {
					kh_validation_free(facts);
					return -1;
				}
				/* a generic format is a secret next to its partner */
				switch (kh_pair_finding(src, f)) {
				case -1: kh_finding_free(f); return -1;
				case 0: kh_finding_free(f); goto next;
				}
				/* the named groups a "verify" block sends */
				groups = rule->vspec
						 ? kh_vspec_groups(rule->vspec,
								   rule->code, ov, rc,
								   src->data, src->len,
								   cand.secret_start,
								   cand.secret_end, &oom)
						 : NULL;
				if (groups && kh_finding_more(f))
					f->more->groups = groups;
				else if (groups) {
					cJSON_Delete(groups);
					oom = 1;
				}
				if (oom) {
					kh_finding_free(f);
					return -1;
				}
				if (kh_findings_push(&s->pending, f) < 0) {
					kh_finding_free(f);
					return -1;
				}
			}
		}
	next:
		/* an empty match must still move on */
		if (through_k)
			start = pcre2_get_startchar(s->md) + 1;
		else
			start = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
		w->next = start;
		w->reach = w->reach > start ? w->reach : start;
		w->reach = w->reach > ov[1] ? w->reach : ov[1];
	}
	return 0;
}

/*
 * Runs one rule over data[from..to) (a whole number of lines; the caller
 * asked holds_any()), trying no start past last_start (PCRE2_UNSET: no
 * such bound). Returns the end of the furthest match, or where the search
 * after it began if further, or `from`; (size_t)-1 when out of memory.
 */
static size_t run_window(const struct kh_rule *rule, struct kh_scratch *s,
			 const struct kh_source *src, time_t now, struct kh_diag *d,
			 struct kh_line_cursor *cur, size_t from, size_t to,
			 size_t last_start)
{
	struct window w = { .next = from, .reach = from };

	if (window_may_match(rule, s, src, d, from, to) &&
	    search_window(rule, s, src, now, d, cur, &w, from, to, last_start) < 0)
		return (size_t)-1;
	return w.reach;
}

/* Whether one of the words of the rule's match_starts is data[p..) (any
 * case; a byte of 0x10-0x19 passes for a digit, so a few more starts are
 * tried), ending by `to`. */
static int start_word_at(const struct kh_rule *rule, const unsigned char *data, size_t p,
			 size_t to)
{
	size_t i, k;

	for (i = 0; i < rule->starts_nwords; i++) {
		const char *word = rule->match_starts + rule->starts_at[i];
		size_t n = rule->starts_len[i];

		if ((data[p] | 0x20) != (unsigned char)word[0] || n > to - p)
			continue;
		for (k = 1; k < n && (data[p + k] | 0x20) == (unsigned char)word[k]; k++)
			;
		if (k == n)
			return 1;
	}
	return 0;
}

/* Letters, digits, `_`, `.` and `-`: the bytes of a name (match_starts) */
static const uint64_t name_bytes[4] = { 0x03ff600000000000ull, 0x07fffffe87fffffeull, 0,
					0 };

/*
 * run_window() for a rule whose match_starts says where its matches may
 * start: the line's start, and up to starts_within bytes of a name before
 * each of its words, are searched (the same matches, found in the same
 * order: no other start can match). The window is in one line: `from` is
 * the only line start it may hold. A window of a minified line cost PCRE2
 * about 500 instructions at each of its up to MAX_LEAD starts.
 */
static size_t run_window_near(const struct kh_rule *rule, struct kh_scratch *s,
			      const struct kh_source *src, time_t now, struct kh_diag *d,
			      struct kh_line_cursor *cur, size_t from, size_t to,
			      size_t last_start)
{
	struct window w = { .next = from, .reach = from };
	size_t within = rule->starts_within, p, a = from, b = from, name = from;
	size_t scan_to = last_start + within < to ? last_start + within + 1 : to;
	int open = from == 0 || src->data[from - 1] == '\n';

	if (from > last_start || !window_may_match(rule, s, src, d, from, to))
		return from;
	for (p = from; p <= scan_to; p++) {
		size_t na = p > name + within ? p - within : name;

		if (p < scan_to && !in_run_set(name_bytes, src->data[p]))
			name = p + 1;
		if (p < scan_to && (!in_run_set(rule->starts_first, src->data[p]) ||
				    !start_word_at(rule, src->data, p, to)))
			continue;
		if (open && p < scan_to && na <= b + 1) {
			b = p < last_start ? p : last_start;
			continue;
		}
		/* the starts so far are a range before this word's: searched */
		a = a > w.next ? a : w.next;
		if (open && a <= b &&
		    search_window(rule, s, src, now, d, cur, &w, a, to, b) < 0)
			return (size_t)-1;
		a = na;
		b = p < last_start ? p : last_start;
		open = 1;
	}
	return w.reach;
}

/* The start of the line after the one that holds buf[off], or len. */
static size_t next_line(const unsigned char *buf, size_t len, size_t off)
{
	const unsigned char *nl = off < len ? memchr(buf + off, '\n', len - off) : NULL;

	return nl ? (size_t)(nl - buf) + 1 : len;
}

/* Where a search for a match holding the keyword that ends at `last` may
 * start: MAX_LEAD bytes before it, or its line's start if nearer. */
static size_t lead_start(const unsigned char *buf, size_t last)
{
	size_t x = last > MAX_LEAD ? last - MAX_LEAD : 0;
	const unsigned char *nl = last > x ? memrchr(buf + x, '\n', last - x) : NULL;

	return nl ? (size_t)(nl - buf) + 1 : x;
}

/*
 * A rule of max_span 0 (its match holds its keyword): searched from
 * lead_start() of each keyword, with no start past the keyword, to the
 * end of its line. Keywords whose ranges of starts meet share one search.
 * In a minified file of one long line, searching from the line's start
 * cost a pass over the line for every keyword that woke the rule.
 * Returns -1 when out of memory.
 */
static int run_rule_at(const struct kh_rule *rule, struct kh_scratch *s,
		       const struct kh_source *src, time_t now, struct kh_diag *d,
		       struct kh_line_cursor *cur, const size_t *pos, size_t npos)
{
	size_t i = 0, done = 0, eol = 0, held = 0;
	size_t a = npos ? lead_start(src->data, pos[0]) : 0;

	while (i < npos) {
		size_t from = a, last = pos[i++];

		while (i < npos && (a = lead_start(src->data, pos[i])) <= last)
			last = pos[i++];
		from = from > done ? from : done;
		/* the windows of one line all end at its end: where the bytes
		 * a match holds stop is found once a line, not once a window
		 * (a minified line of 10 MB has thousands) */
		if (last >= eol) {
			eol = next_line(src->data, src->len, last);
			held = held_end(rule, src->data, from,
					held_before(rule, from, eol));
		}
		if (held <= from)
			continue;
		done = rule->starts_first[0] | rule->starts_first[1]
			       ? run_window_near(rule, s, src, now, d, cur, from, eol,
						 last)
			       : run_window(rule, s, src, now, d, cur, from, eol, last);
		if (done == (size_t)-1)
			return -1;
	}
	return 0;
}

/*
 * Runs one rule where its keywords are: over the lines within max_span
 * bytes of each keyword hit, neighbouring windows merged. pos == NULL means
 * the whole buffer (rules without keywords, or too many hits to track).
 * Returns -1 when out of memory.
 */
static int run_rule(const struct kh_rule *rule, struct kh_scratch *s,
		    const struct kh_source *src, time_t now, struct kh_diag *d,
		    const size_t *pos, size_t npos)
{
	struct kh_line_cursor cur;
	size_t i, from = 0, to = 0, done = 0, span = rule->max_span;

	kh_line_cursor_init(&cur, src);
	if (!pos)
		return holds_any(rule, src->data, 0, src->len) &&
				       run_window(rule, s, src, now, d, &cur, 0, src->len,
						  PCRE2_UNSET) == (size_t)-1
			       ? -1
			       : 0;
	if (!span)
		return run_rule_at(rule, s, src, now, d, &cur, pos, npos);
	for (i = 0; i <= npos; i++) {
		size_t a = 0, b = 0;

		if (i < npos) {
			size_t x = pos[i] > span ? pos[i] - span : 0;
			size_t y = pos[i] + span < src->len ? pos[i] + span : src->len;

			/* Inside the window so far: it cannot grow. The
			 * searches for line ends look only between windows, so
			 * a file of one long line costs one pass, not one per
			 * keyword. */
			if (i > 0 && y < to)
				continue;
			if (i == 0) {
				a = line_start(src->data, x);
			} else if (x > to) {
				const unsigned char *nl =
					memrchr(src->data + to, '\n', x - to);

				a = nl ? (size_t)(nl - src->data) + 1 : to;
			} else {
				a = to;
			}
			b = next_line(src->data, src->len, y);
			if (i > 0 && a <= to) {
				to = b > to ? b : to; /* overlaps: grow the window */
				continue;
			}
		}
		if (i > 0 && holds_any(rule, src->data, from > done ? from : done, to)) {
			done = run_window(rule, s, src, now, d, &cur,
					  from > done ? from : done, to, PCRE2_UNSET);
			if (done == (size_t)-1)
				return -1;
		}
		if (i < npos) {
			from = a;
			to = b;
		}
	}
	return 0;
}

enum rule_state {
	RULE_NEW,	  /* not compiled yet */
	RULE_COMPILED,	  /* compiled; JIT-compiled too unless interpreted */
	RULE_BROKEN,	  /* its regex does not compile: skipped */
	RULE_INTERPRETED, /* JIT refused (W^X): interpreted */
};

/* Rule r's regex JIT-compiled: a copy of the code, made once (JIT
 * compilation rewrites the code object, which other threads may be
 * matching with). The interpreter gives the same answers. */
static const pcre2_code *jit_rule(const struct kh_engine *e, size_t r)
{
	pcre2_code *copy;

	pthread_mutex_lock(e->jit_lock);
	copy = atomic_load(&e->jit_code[r]);
	if (!copy && atomic_load(&e->jitted[r]) == RULE_COMPILED &&
	    (copy = atomic_load(&e->jit_code[e->twin[r]]))) {
		atomic_store(&e->jit_code[r], copy); /* its twin's: the same code */
	} else if (!copy && atomic_load(&e->jitted[r]) == RULE_COMPILED) {
		copy = pcre2_code_copy(e->rules->v[r].code);
		if (copy && pcre2_jit_compile(copy, PCRE2_JIT_COMPLETE) == 0) {
			atomic_store(&e->jit_code[r], copy);
		} else {
			pcre2_code_free(copy);
			copy = NULL;
			atomic_store(&e->jitted[r], RULE_INTERPRETED);
		}
	}
	pthread_mutex_unlock(e->jit_lock);
	return copy ? copy : e->rules->v[r].code;
}

/*
 * The code rule r runs with: compiled on first use (built-in rules compile
 * then, so a scan pays only for the rules whose keywords it meets), and
 * JIT-compiled unless `interpret` (then once it searched INTERPRET_BYTES).
 * NULL when the rule cannot run: a built-in regex that fails to compile
 * (`rules --check` would have said so) is skipped with a warning.
 */
static const pcre2_code *ensure_ready(const struct kh_engine *e, size_t r, int interpret,
				      struct kh_diag *d)
{
	const pcre2_code *code =
		atomic_load_explicit(&e->jit_code[r], memory_order_acquire);
	int state = atomic_load_explicit(&e->jitted[r], memory_order_acquire);

	if (code)
		return code;
	if (state == RULE_NEW) {
		pthread_mutex_lock(e->jit_lock);
		state = atomic_load_explicit(&e->jitted[r], memory_order_relaxed);
		if (state == RULE_NEW) {
			/* the one place a rule changes after loading, under jit_lock */
			struct kh_rule *rule = (struct kh_rule *)&e->rules->v[r];
			char err[512];

			state = RULE_COMPILED;
			if (kh_rule_compile(rule, err, sizeof(err)) < 0) {
				kh_warn(d, "%s", err);
				state = RULE_BROKEN;
			}
			atomic_store_explicit(&e->jitted[r], state, memory_order_release);
		}
		pthread_mutex_unlock(e->jit_lock);
	}
	if (state == RULE_BROKEN)
		return NULL;
	if (state == RULE_COMPILED &&
	    (!interpret || atomic_load_explicit(&e->interpreted[r],
						memory_order_relaxed) >= INTERPRET_BYTES))
		return jit_rule(e, r);
	return e->rules->v[r].code;
}

/* Whether rule r is to run on this source. */
static int rule_hit(const struct kh_scratch *s, size_t r)
{
	return (int)(s->hits[r / 64] >> (r % 64) & 1);
}

/*
 * Groups the recorded keyword positions by rule (counting sort, stable):
 * rule r's are by_rule[end[r] - count[r] .. end[r]). Only the rules hit
 * are touched, not every rule of the set (most sources wake a few).
 */
static void group_hits(struct kh_scratch *s, size_t words)
{
	size_t i, w, sum = 0;

	/* a rule may have positions but no bit: a path rule the source's
	 * path does not select (kh_path_rules_apply) */
	for (i = 0; i < s->at.n; i++)
		s->count[s->at.rule[i]] += rule_hit(s, s->at.rule[i]);
	for (w = 0; w < words; w++) {
		uint64_t bits;

		for (bits = s->hits[w]; bits; bits &= bits - 1) {
			size_t r = w * 64 + (size_t)__builtin_ctzll(bits);

			s->end[r] = sum; /* its start, until the positions are placed */
			sum += s->count[r];
		}
	}
	for (i = 0; i < s->at.n; i++)
		if (rule_hit(s, s->at.rule[i]))
			s->by_rule[s->end[s->at.rule[i]]++] = s->at.pos[i];
}

/* Sets the counts of the rules hit back to 0 for the next scan. */
static void ungroup_hits(struct kh_scratch *s, size_t words)
{
	size_t w;

	for (w = 0; w < words; w++) {
		uint64_t bits;

		for (bits = s->hits[w]; bits; bits &= bits - 1)
			s->count[w * 64 + (size_t)__builtin_ctzll(bits)] = 0;
	}
}

/* Sort order of the sweep: rank (most specific first), start, longest
 * first, then order found. Counts comparisons in *work. */
static int span_before(const struct kh_span *v, size_t a, size_t b, size_t *work)
{
	++*work;
	if (v[a].rank != v[b].rank)
		return v[a].rank < v[b].rank;
	if (v[a].start != v[b].start)
		return v[a].start < v[b].start;
	if (v[a].end != v[b].end)
		return v[a].end > v[b].end;
	return a < b;
}

/* Stable merge sort of idx[0..n) by span_before (tmp: n entries). */
static void sort_spans(const struct kh_span *v, size_t *idx, size_t *tmp, size_t n,
		       size_t *work)
{
	size_t width, lo, i, j, k;

	for (width = 1; width < n; width *= 2) {
		for (lo = 0; lo < n; lo += 2 * width) {
			size_t mid = lo + width < n ? lo + width : n;
			size_t hi = lo + 2 * width < n ? lo + 2 * width : n;

			for (i = lo, j = mid, k = lo; k < hi; k++)
				tmp[k] =
					j >= hi || (i < mid &&
						    !span_before(v, idx[j], idx[i], work))
						? idx[i++]
						: idx[j++];
		}
		memcpy(idx, tmp, n * sizeof(*idx));
	}
}

size_t kh_spans_shadowed(const struct kh_span *v, size_t n, unsigned char *drop)
{
	size_t *idx = malloc((n + 1) * sizeof(*idx)),
	       *tmp = malloc((n + 1) * sizeof(*tmp));
	size_t *maxend = tmp, group[KH_RULE_RANKS + 1] = { 0 }, i, r, work = 0, far = 0;

	if (!idx || !tmp) {
		free(idx);
		free(tmp);
		return (size_t)-1;
	}
	for (i = 0; i < n; i++) {
		idx[i] = i;
		drop[i] = 0;
		group[v[i].rank + 1]++;
	}
	for (r = 1; r <= KH_RULE_RANKS; r++)
		group[r] += group[r - 1]; /* rank r: idx[group[r] .. group[r + 1]) */
	sort_spans(v, idx, tmp, n, &work);
	/* within one rank, in sweep order every earlier span starts at or
	 * before this one: it contains this one iff it reaches as far, and
	 * it is then longer or the same span found earlier */
	for (i = 0; i < n; i++) {
		const struct kh_span *a = &v[idx[i]];
		int first = i == group[a->rank];

		if (first)
			far = 0;
		if (!first && far >= a->end)
			drop[idx[i]] = 1;
		far = a->end > far ? a->end : far;
		maxend[i] = far; /* furthest end of its rank's spans up to i */
	}
	/* a span overlapping one of a more specific rank yields to it */
	for (i = group[1]; i < n; i++) {
		const struct kh_span *a = &v[idx[i]];

		for (r = 0; r < (size_t)a->rank && !drop[idx[i]]; r++) {
			/* rank r's spans starting before a's end */
			size_t lo = group[r], hi = group[r + 1];

			while (lo < hi) {
				size_t mid = lo + (hi - lo) / 2;

				work++;
				if (v[idx[mid]].start < a->end)
					lo = mid + 1;
				else
					hi = mid;
			}
			if (lo > group[r] && maxend[lo - 1] > a->start)
				drop[idx[i]] = 1;
		}
	}
	free(idx);
	free(tmp);
	return work;
}

static int flush_pending(struct kh_scratch *s, struct kh_findings *out)
{
	size_t i, n = s->pending.n;
	struct kh_span *spans = malloc((n + 1) * sizeof(*spans));
	unsigned char *drop = malloc(n + 1);
	int ret = 0;

	if (!spans || !drop) {
		ret = -1;
		goto out;
	}
	for (i = 0; i < n; i++) {
		spans[i].start = s->pending.v[i]->offset;
		spans[i].end = s->pending.v[i]->end_offset;
		spans[i].rank = kh_rule_rank(s->pending.v[i]->rule);
	}
	if (kh_spans_shadowed(spans, n, drop) == (size_t)-1) {
		ret = -1;
		goto out;
	}
	for (i = 0; i < n; i++) {
		struct kh_finding *f = s->pending.v[i];

		if (drop[i] || ret < 0) {
			kh_finding_free(f);
		} else if (kh_findings_push(out, f) < 0) {
			kh_finding_free(f);
			ret = -1;
		}
	}
	s->pending.n = 0;
out:
	free(spans);
	free(drop);
	return ret;
}

int kh_scan_source(const struct kh_engine *e, struct kh_scratch *s,
		   const struct kh_source *src, time_t now, struct kh_diag *d,
		   struct kh_findings *out)
{
	const struct kh_ruleset *rs = e->rules;
	size_t words = kh_prefilter_words(e->prefilter), w, i, nlive = 0;
	int ret = 0, grouped, masked = e->decoded_only && !src->decoded, kept;
	const uint64_t *clear = e->clear + (src->decoded ? 0 : words);
	/* the words of hits not 0, found in the pass that masks them: most
	 * sources wake a few rules, and the loop below walked every word */
	uint32_t live[16];

	if (!src->len)
		return 0;
	s->contains = NULL; /* another source's */
	kh_prefilter_scan(e->prefilter, s->ps, src->data, src->len, s->hits, &s->at);
	/* the path rules the path selects kept, the others' bits and the
	 * decoded-only rules' cleared (kh_path_rules_apply, then the
	 * decoded-only mask, in one pass) */
	kept = kh_path_rules_keep(e->paths, src->path, s->hits, s->kept);
	for (w = 0; w < words; w++) {
		uint64_t x = s->hits[w] & ~clear[w];

		if (kept) { /* (a file a path rule selects) */
			x |= masked ? s->kept[w] & ~e->decoded_only[w] : s->kept[w];
			s->kept[w] = 0;
		}
		s->hits[w] = x;
		if (x && nlive++ < 16)
			live[nlive - 1] = (uint32_t)w;
	}
	/* no keyword seen (most blobs of a history): only rules without
	 * keywords run, over the whole buffer, and need no groups */
	grouped = !s->at.overflow && s->at.n;
	if (grouped)
		group_hits(s, words);
	/* (more than 16 words live: all are walked) */
	for (i = 0; i < (nlive > 16 ? words : nlive) && ret == 0; i++) {
		uint64_t bits;

		w = nlive > 16 ? i : live[i];
		bits = s->hits[w];

		while (bits && ret == 0) {
			size_t r = w * 64 + (size_t)__builtin_ctzll(bits);
			int whole = s->at.overflow || !rs->v[r].nkeywords;

			bits &= bits - 1;
			if (r >= rs->n)
				continue;
			if (!(s->code = ensure_ready(e, r, 1, d)))
				continue;
			s->engine = e;
			s->rule = r;
			s->searched = 0;
			s->interpreted = atomic_load_explicit(&e->interpreted[r],
							      memory_order_relaxed);
			s->renting = s->interpret || !e->generic[r];
			ret = run_rule(&rs->v[r], s, src, now, d,
				       whole ? NULL
					     : s->by_rule + s->end[r] - s->count[r],
				       whole ? 0 : s->count[r]);
			/* all or part interpreted (a rule JIT-compiled before
			 * this source adds nothing: no shared line written) */
			if (s->renting && s->interpreted < INTERPRET_BYTES)
				atomic_fetch_add_explicit(&e->interpreted[r], s->searched,
							  memory_order_relaxed);
		}
	}
	if (grouped)
		ungroup_hits(s, words);
	if (ret == 0 && s->pending.n)
		ret = flush_pending(s, out);
	if (s->pending.n)
		kh_findings_release(&s->pending);
	return ret;
}
