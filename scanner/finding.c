#include "finding.h"

#include <ctype.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "decode.h"
#include "rules.h"
#include "sha256.h"
#include "spill.h"
#include "text.h"
#include "util.h"

int kh_findings_push(struct kh_findings *l, struct kh_finding *f)
{
	if (kh_grow((void **)&l->v, &l->cap, l->n + 1, sizeof(*l->v)) < 0)
		return -1;
	l->v[l->n++] = f;
	if (l->sp)
		kh_spilled_count(l->sp, f);
	return 0;
}

int kh_findings_take(struct kh_findings *dst, struct kh_findings *src)
{
	size_t i;

	if (src->sp && kh_spilled_take(dst, src) < 0)
		return -1;
	for (i = 0; i < src->n; i++) {
		if (kh_findings_push(dst, src->v[i]) < 0) {
			/* keep what was not moved in src so nothing leaks */
			memmove(src->v, src->v + i, (src->n - i) * sizeof(*src->v));
			src->n -= i;
			return -1;
		}
	}
	src->n = 0;
	return 0;
}

static int strcmp_null(const char *a, const char *b)
{
	if (!a || !b)
		return a ? 1 : b ? -1 : 0;
	return strcmp(a, b);
}

static int cmp_size(size_t a, size_t b)
{
	return a < b ? -1 : a > b;
}

/* Oldest first by the date a report shows; a commit at the same second, a
 * tag, then no commit at all (a dangling blob) come in a fixed order. */
static int commit_cmp(const struct kh_commit_info *a, const struct kh_commit_info *b)
{
	int c;

	if (!a || !b)
		return a ? -1 : b ? 1 : 0;
	/* "YYYY-MM-DDTHH:MM:SSZ" (UTC) sorts as text; no date is written as
	 * "", and must sort as it will when read back */
	if ((c = strcmp(a->date ? a->date : "", b->date ? b->date : "")))
		return c;
	return strcmp(a->id, b->id);
}

/*
 * The order of every report (kh_findings_sort), made only of what a report shows, so that
 * `keyhound merge` can rebuild it from the reports of a sharded run:
 * repository path, commit date and id (oldest first; findings without a
 * commit last), file, line, column, rule id, secret, then end, match and
 * decoding. 0: the same occurrence of the same secret.
 */
static int finding_cmp(const struct kh_finding *a, const struct kh_finding *b)
{
	char da[64], db[64];
	int c;

	if ((c = strcmp_null(kh_more(a)->repository, kh_more(b)->repository)) ||
	    (c = commit_cmp(a->commit, b->commit)) || (c = strcmp_null(a->file, b->file)))
		return c;
	if ((c = cmp_size(a->line, b->line)) || (c = cmp_size(a->column, b->column)))
		return c;
	if ((c = strcmp(a->rule->id, b->rule->id)) || (c = strcmp(a->secret, b->secret)))
		return c;
	if ((c = cmp_size(a->end_line, b->end_line)) ||
	    (c = cmp_size(a->end_column, b->end_column)) ||
	    (c = strcmp(a->match, b->match)))
		return c;
	if (a->decoded == b->decoded)
		return 0;
	/* as reported: two bit sets can read the same */
	kh_decoded_text(a->decoded, da, sizeof(da));
	kh_decoded_text(b->decoded, db, sizeof(db));
	return strcmp(da, db);
}

int kh_finding_order_cmp(const struct kh_finding *a, const struct kh_finding *b)
{
	int c = finding_cmp(a, b);

	if (c)
		return c;
	return a->order < b->order ? -1 : a->order > b->order;
}

static int finding_sort_cmp(const void *pa, const void *pb)
{
	return kh_finding_order_cmp(*(struct kh_finding *const *)pa,
				    *(struct kh_finding *const *)pb);
}

void kh_findings_sort(struct kh_findings *l)
{
	if (l->n > 1)
		kh_sort(l->v, l->n, sizeof(*l->v), finding_sort_cmp);
}

size_t kh_findings_dedupe(struct kh_findings *l)
{
	size_t i, keep = 0;

	for (i = 0; i < l->n; i++) {
		if (keep && !finding_cmp(l->v[keep - 1], l->v[i]))
			kh_finding_free(l->v[i]);
		else
			l->v[keep++] = l->v[i];
	}
	i = l->n - keep;
	l->n = keep;
	return i;
}

void kh_findings_iter(struct kh_finding_iter *it, const struct kh_findings *l)
{
	it->l = l;
	it->next = 0;
	if (l->sp)
		kh_spilled_iter(l);
}

const struct kh_finding *kh_iter_next(struct kh_finding_iter *it)
{
	if (it->l->sp)
		return kh_spilled_next(it->l);
	return it->next < it->l->n ? it->l->v[it->next++] : NULL;
}

size_t kh_findings_count(const struct kh_findings *l)
{
	return l->n + (l->sp ? kh_spilled_findings(l->sp) : 0);
}

void kh_findings_release(struct kh_findings *l)
{
	size_t i;

	if (!l)
		return;
	for (i = 0; i < l->n; i++)
		kh_finding_free(l->v[i]);
	free(l->v);
	kh_spilled_free(l->sp);
	memset(l, 0, sizeof(*l));
}

struct kh_finding *kh_finding_new(const char *secret, size_t secret_len,
				  const char *match, size_t match_len)
{
	/* most provider tokens are their whole match: kept once */
	int same = secret && match && secret_len == match_len &&
		   !memcmp(secret, match, secret_len);
	size_t room =
		(secret ? secret_len + 1 : 0) + (match && !same ? match_len + 1 : 0);
	struct kh_finding *f;
	char *p;

	if (room > UINT_MAX || !(f = calloc(1, sizeof(*f) + room)))
		return NULL;
	f->text_room = (unsigned)room;
	p = (char *)(f + 1);
	if (secret) {
		f->secret = memcpy(p, secret, secret_len);
		p[secret_len] = '\0';
		p += secret_len + 1;
	}
	if (same) {
		f->match = f->secret;
	} else if (match) {
		f->match = memcpy(p, match, match_len);
		p[match_len] = '\0';
	}
	return f;
}

/* Whether p is text stored in f's own block (kh_finding_new). */
static int in_block(const struct kh_finding *f, const char *p)
{
	const char *room = (const char *)(f + 1);

	return p >= room && p < room + f->text_room;
}

static const struct kh_finding_more no_more;

const struct kh_finding_more *kh_more(const struct kh_finding *f)
{
	return f->more ? f->more : &no_more;
}

struct kh_finding_more *kh_finding_more(struct kh_finding *f)
{
	if (!f->more)
		f->more = calloc(1, sizeof(*f->more));
	return f->more;
}

void kh_finding_free(struct kh_finding *f)
{
	struct kh_finding_more *m;

	if (!f)
		return;
	if (!in_block(f, f->secret))
		free(f->secret);
	if (!in_block(f, f->match))
		free(f->match);
	kh_shared_release(f->file);
	kh_validation_free(f->validation);
	kh_commit_info_free(f->commit);
	if ((m = f->more)) {
		free(m->partner);
		cJSON_Delete(m->groups);
		cJSON_Delete(m->verification);
		kh_shared_release(m->repository);
		kh_shared_release(m->repository_url);
		free(m);
	}
	free(f);
}

/* A shared string's counted block; the text follows the count. */
struct shared_str {
	atomic_uint more_refs; /* holders beyond the first */
	char text[];
};

static struct shared_str *shared_block(char *s)
{
	return (struct shared_str *)(s - offsetof(struct shared_str, text));
}

char *kh_shared_join(const char *head, size_t n, const char *tail)
{
	size_t tl = strlen(tail);
	struct shared_str *b;

	if (n >= SIZE_MAX - sizeof(*b) - tl || !(b = malloc(sizeof(*b) + n + tl + 1)))
		return NULL;
	atomic_init(&b->more_refs, 0);
	memcpy(b->text, head, n);
	memcpy(b->text + n, tail, tl + 1);
	return b->text;
}

char *kh_shared_new(const char *s, size_t n)
{
	return kh_shared_join(s, n, "");
}

char *kh_shared_ref(char *s)
{
	if (s)
		atomic_fetch_add(&shared_block(s)->more_refs, 1);
	return s;
}

/* Drops a holder of a counted block; whether it was the last. Two holders
 * dropping at once each see a count of at least 1 and only one reads 0
 * back from the subtraction. */
static int last_holder(atomic_uint *more_refs)
{
	return !atomic_load(more_refs) || !atomic_fetch_sub(more_refs, 1);
}

void kh_shared_release(char *s)
{
	if (s && last_holder(&shared_block(s)->more_refs))
		free(shared_block(s));
}

char *kh_path_share(const struct kh_findings *l, const char *head, size_t n,
		    const char *tail)
{
	const struct kh_finding *last = l->n ? l->v[l->n - 1] : NULL;

	if (last && last->file && !strncmp(last->file, head, n) &&
	    memchr(head, '\0', n) == NULL && !strcmp(last->file + n, tail))
		return kh_shared_ref(last->file);
	return kh_shared_join(head, n, tail);
}

#define PLAIN_MEMBER(name, self)                                                \
	{                                                                       \
		.prev = (self),                                                 \
		.type = cJSON_String | cJSON_IsReference | cJSON_StringIsConst, \
		.valuestring = (char *)(name), .string = (char *)"structure"    \
	}
static cJSON plain_member[] = { PLAIN_MEMBER("unchecked", &plain_member[0]),
				PLAIN_MEMBER("valid", &plain_member[1]),
				PLAIN_MEMBER("invalid", &plain_member[2]) };
static cJSON plain[] = { { .type = cJSON_Object, .child = &plain_member[0] },
			 { .type = cJSON_Object, .child = &plain_member[1] },
			 { .type = cJSON_Object, .child = &plain_member[2] } };
#define NPLAIN (sizeof(plain) / sizeof(plain[0]))

cJSON *kh_validation_plain(const char *structure)
{
	size_t i;

	for (i = 0; i < NPLAIN; i++)
		if (!strcmp(plain_member[i].valuestring, structure))
			return &plain[i];
	return NULL;
}

static int validation_shared(const cJSON *v)
{
	return v >= plain && v < plain + NPLAIN;
}

void kh_validation_free(cJSON *v)
{
	if (!validation_shared(v))
		cJSON_Delete(v);
}

cJSON *kh_validation_copy(const cJSON *v)
{
	return validation_shared(v) ? (cJSON *)v : cJSON_Duplicate(v, 1);
}

struct kh_commit_info *kh_commit_info_dup(const struct kh_commit_info *c)
{
	struct kh_commit_info *d;

	if (!c)
		return NULL;
	d = calloc(1, sizeof(*d));
	if (!d)
		return NULL;
	atomic_init(&d->more_refs, 0);
	memcpy(d->id, c->id, sizeof(d->id));
	d->author = c->author ? strdup(c->author) : NULL;
	d->email = c->email ? strdup(c->email) : NULL;
	d->date = c->date ? strdup(c->date) : NULL;
	d->message = c->message ? strdup(c->message) : NULL;
	d->tag = c->tag ? strdup(c->tag) : NULL;
	if ((c->author && !d->author) || (c->email && !d->email) ||
	    (c->date && !d->date) || (c->message && !d->message) || (c->tag && !d->tag)) {
		kh_commit_info_free(d);
		return NULL;
	}
	return d;
}

struct kh_commit_info *kh_commit_info_ref(struct kh_commit_info *c)
{
	if (c)
		atomic_fetch_add(&c->more_refs, 1);
	return c;
}

void kh_commit_info_free(struct kh_commit_info *c)
{
	if (!c || !last_holder(&c->more_refs))
		return;
	free(c->author);
	free(c->email);
	free(c->date);
	free(c->message);
	free(c->tag);
	free(c);
}

void kh_fingerprint(const char *rule_id, const char *secret, size_t len, char out[33])
{
	static const char hex[] = "0123456789abcdef";
	struct kh_sha256 c;
	unsigned char md[32];
	int i;

	kh_sha256_init(&c);
	kh_sha256_update(&c, rule_id, strlen(rule_id) + 1);
	kh_sha256_update(&c, secret, len);
	kh_sha256_final(&c, md);
	for (i = 0; i < 16; i++) {
		out[2 * i] = hex[md[i] >> 4];
		out[2 * i + 1] = hex[md[i] & 15];
	}
	out[32] = '\0';
}

/* A path segment (between slashes, or the file name) that marks a context. */
static enum kh_context segment_context(const char *s, size_t n)
{
	static const struct {
		const char *name;
		enum kh_context ctx;
	} dirs[] = {
		{ "test", KH_CTX_TEST },
		{ "tests", KH_CTX_TEST },
		{ "__tests__", KH_CTX_TEST },
		{ "spec", KH_CTX_TEST },
		{ "specs", KH_CTX_TEST },
		{ "testdata", KH_CTX_TEST },
		{ "test_data", KH_CTX_TEST },
		{ "fixtures", KH_CTX_TEST },
		{ "__fixtures__", KH_CTX_TEST },
		{ "__mocks__", KH_CTX_TEST },
		{ "mocks", KH_CTX_TEST },
		/* crypto libraries' known-answer tests: keys, nonces, digests */
		{ "vectors", KH_CTX_TEST },
		{ "testvectors", KH_CTX_TEST },
		{ "test-vectors", KH_CTX_TEST },
		{ "test_vectors", KH_CTX_TEST },
		{ "selftest", KH_CTX_TEST },
		{ "doc", KH_CTX_DOCS },
		{ "docs", KH_CTX_DOCS },
		{ "documentation", KH_CTX_DOCS },
		{ "example", KH_CTX_EXAMPLE },
		{ "examples", KH_CTX_EXAMPLE },
		{ "sample", KH_CTX_EXAMPLE },
		{ "samples", KH_CTX_EXAMPLE },
		{ "vendor", KH_CTX_VENDOR },
		{ "node_modules", KH_CTX_VENDOR },
		{ "third_party", KH_CTX_VENDOR },
		{ "thirdparty", KH_CTX_VENDOR },
		{ "bower_components", KH_CTX_VENDOR },
		{ "site-packages", KH_CTX_VENDOR },
		{ "dist-packages", KH_CTX_VENDOR },
	};
	size_t i;

	for (i = 0; i < sizeof(dirs) / sizeof(dirs[0]); i++)
		if (strlen(dirs[i].name) == n && !strncasecmp(s, dirs[i].name, n))
			return dirs[i].ctx;
	return KH_CTX_NONE;
}

static int has_suffix(const char *s, size_t n, const char *suffix)
{
	size_t k = strlen(suffix);

	return n >= k && !strncasecmp(s + n - k, suffix, k);
}

/* A file name that marks a context: foo_test.go, test_foo.py, foo.spec.ts,
 * FooTest.java, README.md, index.d.ts, .env.example, config.sample.yml... */
static enum kh_context name_context(const char *s, size_t n)
{
	static const char *tests[] = { "_test.go",  "_test.py", "_test.rb", "_spec.rb",
				       "test.java", "tests.cs", "test.cs",  "test.kt" };
	/* a TypeScript declaration file runs nothing: its values are its doc
	 * comments' examples */
	static const char *docs[] = { ".md",   ".rst",	 ".adoc", ".markdown",
				      ".d.ts", ".d.mts", ".d.cts" };
	/* a name that starts with what the file is: test.js, spec.ts,
	 * conftest.py, test_sync.py, examples-1.json, sample_config.yml */
	static const struct {
		const char *stem;
		enum kh_context ctx;
	} stems[] = {
		{ "test", KH_CTX_TEST },       { "tests", KH_CTX_TEST },
		{ "spec", KH_CTX_TEST },       { "conftest", KH_CTX_TEST },
		{ "example", KH_CTX_EXAMPLE }, { "examples", KH_CTX_EXAMPLE },
		{ "sample", KH_CTX_EXAMPLE },  { "samples", KH_CTX_EXAMPLE },
	};
	size_t i;

	for (i = 0; i < sizeof(stems) / sizeof(stems[0]); i++) {
		size_t k = strlen(stems[i].stem);

		if (n > k && s[k] && strchr("._-", s[k]) &&
		    !strncasecmp(s, stems[i].stem, k))
			return stems[i].ctx;
	}
	for (i = 0; i < sizeof(tests) / sizeof(tests[0]); i++)
		if (has_suffix(s, n, tests[i]))
			return KH_CTX_TEST;
	if (memmem(s, n, ".test.", 6) || memmem(s, n, ".spec.", 6))
		return KH_CTX_TEST;
	if (memmem(s, n, ".example", 8) || memmem(s, n, ".sample", 7) ||
	    memmem(s, n, ".template", 9) || has_suffix(s, n, ".dist") ||
	    has_suffix(s, n, ".tmpl"))
		return KH_CTX_EXAMPLE;
	for (i = 0; i < sizeof(docs) / sizeof(docs[0]); i++)
		if (has_suffix(s, n, docs[i]))
			return KH_CTX_DOCS;
	return KH_CTX_NONE;
}

/* The context the path alone gives (see enum kh_context). */
static enum kh_context path_context(const char *path)
{
	enum kh_context found = KH_CTX_NONE;
	const char *p = path, *slash;

	if (!path)
		return KH_CTX_NONE;
	/* archive members count too: "app.zip!tests/key.env" */
	while ((slash = strpbrk(p, "/!"))) {
		enum kh_context c = segment_context(p, (size_t)(slash - p));

		/* vendored code wins: a test inside node_modules is vendor's */
		if (c == KH_CTX_VENDOR)
			return c;
		if (c != KH_CTX_NONE && found == KH_CTX_NONE)
			found = c;
		p = slash + 1;
	}
	return found != KH_CTX_NONE ? found : name_context(p, strlen(p));
}

/* How many lines above a finding a comment still speaks of it. */
#define CONTEXT_LINES 3

/* The context a comment's words give, in b[s..e). */
static enum kh_context comment_context(const unsigned char *b, size_t s, size_t e)
{
	static const struct {
		const char *word;
		enum kh_context ctx;
	} words[] = {
		{ "example", KH_CTX_EXAMPLE },	    { "sample", KH_CTX_EXAMPLE },
		{ "dummy", KH_CTX_EXAMPLE },	    { "fake", KH_CTX_EXAMPLE },
		{ "not a real", KH_CTX_EXAMPLE },   { "for testing", KH_CTX_TEST },
		{ "test key", KH_CTX_TEST },	    { "test token", KH_CTX_TEST },
		{ "test credential", KH_CTX_TEST },
	};
	size_t i, k, n;

	for (i = s; i < e; i++) {
		if (i > s && isalpha(b[i - 1]))
			continue; /* words start after a non-letter */
		for (k = 0; k < sizeof(words) / sizeof(words[0]); k++) {
			n = strlen(words[k].word);
			/* example.com in a link says nothing of the value */
			if (i + n <= e && tolower(b[i]) == words[k].word[0] &&
			    !strncasecmp((const char *)b + i, words[k].word, n) &&
			    (i + n == e || b[i + n] != '.'))
				return words[k].ctx;
		}
	}
	return KH_CTX_NONE;
}

/* Where the comment on the line b[ls..le) starts (after its mark, at the
 * line's start or after a blank: the inline marks); le when the line has
 * none. */
static size_t comment_start(const unsigned char *b, size_t ls, size_t le)
{
	size_t i, m;

	for (i = ls; i < le; i++) {
		if (i > ls && b[i - 1] != ' ' && b[i - 1] != '\t')
			continue;
		if ((m = kh_comment_mark(b, i, le, KH_MARKS_INLINE)))
			return i + m;
	}
	return le;
}

/* How far above a finding the start of the module docstring holding it
 * is looked for. */
#define DOCSTRING_BACK (64 * 1024)

/*
 * The context of the Python string the line starting at b[ls] stands in,
 * when that string is an Ansible module's documentation (EXAMPLES = r'''
 * then YAML tasks; DOCUMENTATION and RETURN, whose `sample:` values are
 * made up): the first line above holding a triple quote opens it.
 */
static enum kh_context docstring_context(const unsigned char *b, size_t ls)
{
	static const struct {
		const char *name;
		enum kh_context ctx;
	} blocks[] = { { "EXAMPLES", KH_CTX_EXAMPLE },
		       { "DOCUMENTATION", KH_CTX_DOCS },
		       { "RETURN", KH_CTX_DOCS } };
	size_t stop = ls > DOCSTRING_BACK ? ls - DOCSTRING_BACK : 0, le, i, k;

	/* most text above holds no triple quote: one fast look, not a walk
	 * of each line for each finding (a .env of 37k findings: 9 s) */
	if (ls <= stop + 1 || (!kh_memmem(b + stop, ls - 1 - stop, "'''", 3) &&
			       !kh_memmem(b + stop, ls - 1 - stop, "\"\"\"", 3)))
		return KH_CTX_NONE;
	while (ls > stop) {
		le = ls - 1;
		for (ls = le; ls > stop && b[ls - 1] != '\n'; ls--)
			;
		for (i = ls; i + 3 <= le; i++)
			if ((b[i] == '\'' || b[i] == '"') && b[i + 1] == b[i] &&
			    b[i + 2] == b[i])
				break;
		if (i + 3 > le)
			continue;
		for (k = 0; k < sizeof(blocks) / sizeof(blocks[0]); k++) {
			size_t n = strlen(blocks[k].name), j = ls + n;

			if (j >= le || memcmp(b + ls, blocks[k].name, n))
				continue;
			while (j < le && (b[j] == ' ' || b[j] == '='))
				j++;
			if (j < le && (b[j] == 'r' || b[j] == 'R'))
				j++;
			if (j == i)
				return blocks[k].ctx;
		}
		return KH_CTX_NONE; /* another string, or the end of one */
	}
	return KH_CTX_NONE;
}

enum kh_context kh_text_context(const unsigned char *b, size_t len, size_t off)
{
	size_t ls, le, n;
	enum kh_context doc;

	if (off > len)
		return KH_CTX_NONE;
	for (le = off; le < len && b[le] != '\n'; le++)
		;
	for (ls = off; ls > 0 && b[ls - 1] != '\n'; ls--)
		;
	doc = docstring_context(b, ls);
	if (doc != KH_CTX_NONE)
		return doc;
	ls = off;
	for (n = 0; n <= CONTEXT_LINES; n++) {
		enum kh_context c;

		while (ls > 0 && b[ls - 1] != '\n')
			ls--;
		c = comment_context(b, comment_start(b, ls, le), le);
		if (c != KH_CTX_NONE || ls == 0)
			return c;
		le = ls - 1;
		ls = le;
	}
	return KH_CTX_NONE;
}

/* Whether the first bytes of s[0..n) say which of its provider's modes
 * it works in: `sk_test_`, `duffel_test_`, `pdl_sdbx_`, `sandbox_`,
 * MercadoPago's `TEST-` (word: "test") or `sk_live_`, `live_` ("live"). */
static int secret_mode(const unsigned char *s, size_t n, const char *word)
{
	size_t w = strlen(word), i;

	for (i = 0; i < 16 && i + w < n; i++)
		if ((i == 0 || s[i - 1] == '_' || s[i - 1] == '-') &&
		    equal_ci(s + i, word, w) && (s[i + w] == '_' || s[i + w] == '-'))
			return 1;
	return 0;
}

/* A key of its provider's test mode or sandbox, which reaches no live
 * data or money: its rule says so (stripe-test-key,
 * gocardless-sandbox-token, easypost-test-api-key's EZTK) or its own
 * prefix does (sk_test_, TEST-, sandbox_, pdl_sdbx_). */
static int test_mode(const struct kh_finding *f)
{
	static const char *const modes[] = { "test", "sandbox", "sdbx" };
	size_t k;

	for (k = 0; k < sizeof(modes) / sizeof(modes[0]); k++) {
		size_t n = strlen(modes[k]);
		const char *w = strstr(f->rule->id, modes[k]);

		if ((w && w > f->rule->id && w[-1] == '-' && (w[n] == '-' || !w[n])) ||
		    secret_mode((const unsigned char *)f->secret, strlen(f->secret),
				modes[k]))
			return 1;
	}
	return 0;
}

enum kh_context kh_name_context(const unsigned char *b, size_t len, size_t off)
{
	static const char *const test_words[] = { "test",     "tests", "testing",
						  "sandbox",  "sdbx",  "fixture",
						  "fixtures", NULL };
	size_t k, s, e, we;

	if (off >= len)
		return KH_CTX_NONE;
	/* a key whose own prefix says live is live under any name */
	for (k = off; k < len && k < off + 16 && code_name_byte(b[k]); k++)
		;
	if (secret_mode(b + off, k - off, "live"))
		return KH_CTX_NONE;
	e = value_own_name(b, line_start(b, off), off, &s);
	for (k = s; (k = name_next_word(b, k, e, &we)) < e; k = we)
		if (word_among(b, k, we, test_words))
			return KH_CTX_TEST;
	return KH_CTX_NONE;
}

static const char *string_at(const cJSON *o, const char *key)
{
	const cJSON *it = cJSON_GetObjectItemCaseSensitive(o, key);

	return cJSON_IsString(it) ? it->valuestring : "";
}

enum kh_context kh_finding_context(const struct kh_finding *f)
{
	enum kh_context c = path_context(f->file);

	if (c == KH_CTX_NONE)
		c = (enum kh_context)f->context;
	return c != KH_CTX_NONE || !test_mode(f) ? c : KH_CTX_TEST;
}

/* Whether the secret starts with one of its rule's keywords: a token in
 * its provider's own format (ghp_, xoxb-, pat-na1-...). */
static int own_prefix(const struct kh_finding *f)
{
	size_t i;

	for (i = 0; i < f->rule->nkeywords; i++) {
		size_t n = strlen(f->rule->keywords[i]);

		if (n >= 3 && !strncasecmp(f->secret, f->rule->keywords[i], n))
			return 1;
	}
	return 0;
}

enum kh_confidence kh_finding_confidence(const struct kh_finding *f)
{
	const char *structure = string_at(f->validation, "structure");
	enum kh_confidence c;

	if (!strcmp(string_at(kh_more(f)->verification, "status"), "verified"))
		return KH_CONF_HIGH; /* live: wherever it sits */
	/* a generic value is a guess, unless the identifier issued with it
	 * (a client id) stands beside it */
	/* a test mode's key opens no live account: wherever it sits */
	if ((!strcmp(f->rule->provider, "generic") && !kh_more(f)->partner) ||
	    !strcmp(structure, "invalid") || test_mode(f))
		c = KH_CONF_LOW;
	else if (!strcmp(structure, "valid") || own_prefix(f))
		c = KH_CONF_HIGH;
	else
		c = KH_CONF_MEDIUM;
	if (c > KH_CONF_LOW && kh_finding_context(f) != KH_CTX_NONE)
		c--;
	return c;
}

const char *kh_context_name(enum kh_context c)
{
	static const char *names[] = { NULL, "test", "docs", "example", "vendor" };

	return names[c];
}

const char *kh_confidence_name(enum kh_confidence c)
{
	static const char *names[] = { "low", "medium", "high" };

	return names[c];
}
