/*
 * rules_image - writes the built-in rules as C data, so that a scan starts
 * without parsing JSON (scanner/rules.c loads the image):
 *   rules_image OUT.c
 * Linked with the scanner's objects, it loads the rule files embedded in
 * the binary exactly as `rules --check` does (every check of the loader
 * runs here, at build time) and writes each loaded rule as a struct
 * kh_image_rule: offsets into one string blob (rules.h). The examples stay out (`rules
 * --check` reads the files); the "verify" and "partner" blocks go in as compact JSON
 * text, parsed by the scan that first needs them.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "matcher.h"
#include "prefilter_image.h"
#include "rules.h"

/* The image this tool makes, and the keyword database made from it
 * (tools/hsdb.c), in its own link: none. */
const struct kh_image_rule kh_image_rules[1];
const size_t kh_image_rules_count = 0, kh_image_lists_count = 0, kh_image_code_head = 0;
const char kh_image_strings[1];
const uint32_t kh_image_lists[1];
const unsigned char kh_image_code[1];
const char *const kh_token_prefixes[] = { NULL };
const struct kh_public_format kh_public_formats[] = { { NULL, NULL, 0, KH_BODY_ANY } };
const struct kh_secret_call kh_secret_calls[] = { { NULL, NULL, NULL, 0, 0, 0, 0 } };
const unsigned short kh_secret_call_index[257];
const unsigned char kh_embedded_hsdb[1];
const size_t kh_embedded_hsdb_len = 0;
const struct kh_prefilter_image kh_prefilter_builtin;

/* s as a C string literal, or NULL. '?' is escaped (no trigraphs). */
static void put_str(FILE *out, const char *s)
{
	if (!s) {
		fputs("NULL", out);
		return;
	}
	fputc('"', out);
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == '\\' || c == '"' || c == '?')
			fprintf(out, "\\%c", c);
		else if (c >= 0x20 && c < 0x7f)
			fputc(c, out);
		else
			fprintf(out, "\\%03o", c);
	}
	fputc('"', out);
}

/* p[0..n) as a C string literal, in lines. */
static void put_bytes(FILE *out, const unsigned char *p, size_t n)
{
	size_t i;

	fputs("\n\t\"", out);
	for (i = 0; i < n; i++) {
		if (i && i % 32 == 0)
			fputs("\"\n\t\"", out);
		if (p[i] == '\\' || p[i] == '"' || p[i] == '?')
			fprintf(out, "\\%c", p[i]);
		else if (p[i] >= 0x20 && p[i] < 0x7f)
			fputc(p[i], out);
		else
			fprintf(out, "\\%03o", p[i]);
	}
	fputc('"', out);
}

/* A growing byte array: the image's strings, or its code. */
struct blob {
	unsigned char *p;
	size_t n, cap;
};

/* Appends p[0..n) to b; its offset, or KH_IMAGE_NONE (out of memory: the
 * tool fails at its end, ok is cleared). */
static uint32_t blob_add(struct blob *b, const void *p, size_t n, int *ok)
{
	size_t at = b->n;

	if (b->n + n > b->cap) {
		size_t cap = b->cap ? b->cap : 65536;
		unsigned char *q;

		while (cap < b->n + n)
			cap *= 2;
		if (cap > UINT32_MAX || !(q = realloc(b->p, cap))) {
			*ok = 0;
			return KH_IMAGE_NONE;
		}
		b->p = q;
		b->cap = cap;
	}
	memcpy(b->p + b->n, p, n);
	b->n += n;
	return (uint32_t)at;
}

/* s (with its NUL) in b, or KH_IMAGE_NONE for NULL. */
static uint32_t blob_str(struct blob *b, const char *s, int *ok)
{
	return s ? blob_add(b, s, strlen(s) + 1, ok) : KH_IMAGE_NONE;
}

/*
 * Each rule's regex compiled as a scan would (kh_rule_compile) and
 * serialized (pcre2_serialize_encode), its code appended to code and its
 * offset and size in img[i]: a scan decodes it instead of compiling. The
 * bytes before the code (PCRE2's header and tables) are code's first
 * *nhead bytes, once, when they are the same for every rule; else no rule
 * has an image (ncode 0).
 */
static int put_code_images(struct kh_ruleset *rs, struct kh_image_rule *img,
			   struct blob *code, size_t *nhead, int *ok)
{
	unsigned char *head = NULL;
	size_t i;
	int ret = 0;

	*nhead = 0;
	for (i = 0; i < rs->n && ret == 0; i++) {
		uint8_t *bytes;
		PCRE2_SIZE size;
		size_t ncode = 0;
		char err[512];

		if (kh_rule_compile(&rs->v[i], err, sizeof(err)) < 0 ||
		    pcre2_serialize_encode((const pcre2_code **)&rs->v[i].code, 1, &bytes,
					   &size, NULL) != 1)
			continue; /* compiled when used, as before */
		/* read here, from the regex: a scan need not read it again */
		img[i].value_least = rs->v[i].value_least;
		pcre2_pattern_info(rs->v[i].code, PCRE2_INFO_SIZE, &ncode);
		if (ncode > size ||
		    (head && (size - ncode != *nhead || memcmp(bytes, head, *nhead)))) {
			ret = -1; /* not a shared head and the code */
		} else {
			if (!head) {
				*nhead = size - ncode;
				head = bytes;
				blob_add(code, head, *nhead, ok);
			}
			img[i].code = blob_add(code, bytes + *nhead, ncode, ok);
			img[i].ncode = (uint32_t)ncode;
		}
		if (bytes != head)
			pcre2_serialize_free(bytes);
	}
	if (ret < 0) {
		fputs("rules_image: PCRE2's serialized codes do not share a head: "
		      "no code images\n",
		      stderr);
		for (i = 0; i < rs->n; i++)
			img[i].code = img[i].ncode = 0;
		code->n = *nhead = 0;
	}
	pcre2_serialize_free(head);
	return 0;
}

/*
 * The compact JSON text of each rule's "verify" and "partner" block
 * (verify[i], partner[i] for rs->v[i]), and whether it owns its token
 * prefix (owns[i]), taken from the files as the loader read them: a later
 * file's rule replaces an earlier one of the same id.
 */
static int block_texts(const struct kh_ruleset *rs, char **verify, char **partner,
		       char *owns)
{
	size_t f;

	for (f = 0; f < kh_embedded_rules_count; f++) {
		const struct kh_embedded_file *ef = &kh_embedded_rules[f];
		cJSON *doc = cJSON_ParseWithLength(kh_embedded_bytes + ef->data, ef->len),
		      *it;

		if (!doc)
			return -1;
		cJSON_ArrayForEach (it, cJSON_GetObjectItemCaseSensitive(doc, "rules")) {
			const cJSON *id = cJSON_GetObjectItemCaseSensitive(it, "id");
			const cJSON *v = cJSON_GetObjectItemCaseSensitive(it, "verify");
			const cJSON *p = cJSON_GetObjectItemCaseSensitive(it, "partner");
			const struct kh_rule *r =
				cJSON_IsString(id) ? kh_rule_find(rs, id->valuestring)
						   : NULL;
			size_t i;

			if (!r)
				continue;
			i = (size_t)(r - rs->v);
			owns[i] = cJSON_IsTrue(
				cJSON_GetObjectItemCaseSensitive(it, "owns_prefix"));
			free(verify[i]);
			free(partner[i]);
			verify[i] = v ? cJSON_PrintUnformatted(v) : NULL;
			partner[i] = p ? cJSON_PrintUnformatted(p) : NULL;
			if ((v && !verify[i]) || (p && !partner[i])) {
				cJSON_Delete(doc);
				return -1;
			}
		}
		cJSON_Delete(doc);
	}
	return 0;
}

/* r as an image rule: its strings in strings, its keywords and paths
 * (offsets into strings) in lists. */
static void image_rule(const struct kh_rule *r, const char *verify, const char *partner,
		       struct kh_image_rule *e, struct blob *strings, struct blob *lists,
		       int *ok)
{
	size_t k;

	e->id = blob_str(strings, r->id, ok);
	e->description = blob_str(strings, r->description, ok);
	e->remediation = blob_str(strings, r->remediation, ok);
	e->provider = blob_str(strings, r->provider, ok);
	e->source_file = blob_str(strings, r->source_file, ok);
	e->regex = blob_str(strings, r->regex, ok);
	e->validator_name = blob_str(strings, r->validator_name, ok);
	e->verifier = blob_str(strings, r->verifier, ok);
	e->match_holds = blob_str(strings, r->match_holds, ok);
	e->match_contains = blob_str(strings, r->match_contains, ok);
	e->match_starts = blob_str(strings, r->match_starts, ok);
	e->verify_json = blob_str(strings, verify, ok);
	e->partner_json = blob_str(strings, partner, ok);
	e->lists = (uint32_t)(lists->n / sizeof(uint32_t));
	e->nkeywords = (uint32_t)r->nkeywords;
	e->npaths = (uint32_t)r->npaths;
	for (k = 0; k < r->nkeywords + r->npaths; k++) {
		uint32_t off = blob_str(strings,
					k < r->nkeywords ? r->keywords[k]
							 : r->paths[k - r->nkeywords],
					ok);

		blob_add(lists, &off, sizeof(off), ok);
	}
	e->max_span = (uint32_t)r->max_span;
	e->min_entropy = r->min_entropy;
	e->severity = (uint8_t)r->severity;
	e->keywords_match_case = (uint8_t)r->keywords_match_case;
	e->placeholder_check = (uint8_t)r->placeholder_check;
	e->secret_percent = (uint8_t)r->secret_percent;
	e->decoded_only = (uint8_t)r->decoded_only;
}

/* The image rules, written as kh_image_rules[] and the arrays their
 * offsets lead into. */
static void put_image(FILE *out, const struct kh_image_rule *img, size_t n,
		      const struct blob *strings, const struct blob *lists,
		      const struct blob *code, size_t nhead)
{
	size_t i;

	fputs("const char kh_image_strings[] =", out);
	put_bytes(out, strings->p, strings->n);
	fprintf(out, ";\nconst unsigned char kh_image_code[] =");
	put_bytes(out, code->p, code->n);
	fprintf(out, ";\nconst size_t kh_image_code_head = %zu;\n", nhead);
	fputs("const uint32_t kh_image_lists[] = {", out);
	for (i = 0; i < lists->n / sizeof(uint32_t); i++)
		fprintf(out, "%s%u,", i % 8 ? " " : "\n\t",
			((const uint32_t *)(const void *)lists->p)[i]);
	fprintf(out, "\n\t0\n};\nconst size_t kh_image_lists_count = %zu;\n\n",
		lists->n / sizeof(uint32_t));
	fputs("const struct kh_image_rule kh_image_rules[] = {\n", out);
	for (i = 0; i < n; i++) {
		const struct kh_image_rule *e = &img[i];

		fprintf(out,
			"\t{ %uu, %uu, %uu, %uu, %uu, %uu, %uu, %uu, %uu, %uu, %uu, "
			"%uu, %uu,\n"
			"\t  %u, %u, %u, %u, %u, %u, %u, %a, %u, %u, %u, %u, %u },\n",
			e->id, e->description, e->remediation, e->provider,
			e->source_file, e->regex, e->validator_name, e->verifier,
			e->match_holds, e->match_contains, e->match_starts,
			e->verify_json, e->partner_json, e->lists, e->nkeywords,
			e->npaths, e->code, e->ncode, e->max_span, e->value_least,
			e->min_entropy, e->severity, e->keywords_match_case,
			e->placeholder_check, e->secret_percent, e->decoded_only);
	}
	fprintf(out, "\t{ 0 }\n};\nconst size_t kh_image_rules_count = %zu;\n", n);
}

static int cmp_prefix(const void *a, const void *b)
{
	return strcmp((const char *)a, (const char *)b);
}

/* The token prefixes (kh_rule_token_prefixes) of the rules that own them
 * (owns[i]: "owns_prefix"), sorted and each once, as kh_token_prefixes[]:
 * what the generic rule leaves to them. */
static int put_prefixes(FILE *out, const struct kh_ruleset *rs, const char *owns)
{
	char(*all)[KH_TOKEN_PREFIX_MAX + 1] = calloc(rs->n * 16 + 1, sizeof(*all));
	size_t i, n = 0;

	if (!all)
		return -1;
	for (i = 0; i < rs->n; i++)
		if (owns[i])
			n += kh_rule_token_prefixes(&rs->v[i], all + n, 16);
	qsort(all, n, sizeof(*all), cmp_prefix);
	fputs("\nconst char *const kh_token_prefixes[] = {\n", out);
	for (i = 0; i < n; i++) {
		if (i && !strcmp(all[i], all[i - 1]))
			continue;
		fputc('\t', out);
		put_str(out, all[i]);
		fputs(",\n", out);
	}
	fputs("\tNULL\n};\n", out);
	free(all);
	return 0;
}

/* static const TYPE NAME[] = { v[0], ... }; for n > 0 (fmt prints one
 * unsigned long long). */
static void put_ints(FILE *out, const char *type, const char *name, const void *v,
		     size_t size, size_t n)
{
	size_t i;

	if (!n)
		return;
	fprintf(out, "static const %s %s[] = {", type, name);
	for (i = 0; i < n; i++) {
		unsigned long long x = 0;

		if (size == 8)
			x = ((const uint64_t *)v)[i];
		else if (size == 4)
			x = ((const uint32_t *)v)[i];
		fprintf(out, "%s0x%llx,", i % 6 ? " " : "\n\t", x);
	}
	fputs("\n};\n", out);
}

/*
 * The own keyword filter's tables for the rules rs (as a scan's engine
 * builds them, kh_engine_new) as kh_prefilter_builtin: a scan of the
 * built-in rules uses them in place (kh_prefilter_from_image).
 */
static int put_prefilter(FILE *out, const struct kh_ruleset *rs)
{
	char err[512];
	struct kh_engine *e = kh_engine_new(rs, err, sizeof(err));
	struct kh_prefilter_image img;
	size_t i, j, total = 0, ntext = 0;

	if (!e) {
		fprintf(stderr, "rules_image: %s\n", err);
		return -1;
	}
	kh_prefilter_image_of(kh_engine_prefilter(e), &img);
	for (i = 0; i < img.nkw; i++) {
		total += img.kw[i].nrules;
		ntext = img.kw[i].bytes + img.kw[i].len + 1; /* in order */
	}
	fputs("\n/* The own keyword filter's tables (tools/rules_image.c, "
	      "put_prefilter). */\n#include \"prefilter_image.h\"\n",
	      out);
	put_ints(out, "uint64_t", "pf_filter", img.filter, 8,
		 (1u << KH_PF_FILTER_BITS) / 64);
	put_ints(out, "uint32_t", "pf_bucket", img.bucket, 4,
		 (1u << KH_PF_BUCKET_BITS) + 1);
	put_ints(out, "uint32_t", "pf_slot", img.index_slot, 4, img.index_mask + 1);
	put_ints(out, "uint32_t", "pf_rules", img.rule_lists, 4, total);
	if (img.nkw) {
		fputs("static const unsigned char pf_text[] =", out);
		put_bytes(out, img.text, ntext);
		fputs(";\n", out);
	}
	put_ints(out, "uint64_t", "pf_always", img.always, 8, img.words);
	if (img.nanchors) {
		fputs("static const struct kh_pf_anchor pf_anchors[] = {", out);
		for (i = 0; i < img.nanchors; i++)
			fprintf(out, "%s{ 0x%x, %u, %u },", i % 4 ? " " : "\n\t",
				(unsigned)img.anchors[i].key, (unsigned)img.anchors[i].kw,
				(unsigned)img.anchors[i].offset);
		fputs("\n};\n", out);
	}
	if (img.nlong) {
		fputs("static const size_t pf_long[] = {", out);
		for (i = 0; i < img.nlong; i++)
			fprintf(out, "%s%zu,", i % 12 ? " " : "\n\t", img.longkw[i]);
		fputs("\n};\n", out);
	}
	if (img.shorts.n) {
		fputs("static const size_t pf_short[] = {", out);
		for (i = 0; i < img.shorts.n; i++)
			fprintf(out, "%s%zu,", i % 12 ? " " : "\n\t", img.shorts.kw[i]);
		fputs("\n};\n", out);
	}
	if (img.nkw) {
		fputs("static const struct kh_pf_keyword pf_kw[] = {", out);
		for (i = 0; i < img.nkw; i++)
			fprintf(out, "%s{ %u, %u, %u, %u, %d },", i % 4 ? " " : "\n\t",
				img.kw[i].bytes, img.kw[i].len, img.kw[i].rules,
				img.kw[i].nrules, img.kw[i].exact);
		fputs("\n};\n", out);
	}
	fprintf(out,
		"\nconst struct kh_prefilter_image kh_prefilter_builtin = {\n"
		"\t.nrules = %zu,\n\t.filter = pf_filter,\n\t.bucket = pf_bucket,\n"
		"\t.anchors = %s,\n\t.nanchors = %zu,\n\t.kw = %s,\n\t.nkw = %zu,\n"
		"\t.text = %s,\n\t.rule_lists = %s,\n"
		"\t.index_slot = pf_slot,\n\t.index_mask = %zu,\n"
		"\t.longkw = %s,\n\t.nlong = %zu,\n\t.shorts = {\n\t\t.lo = {",
		rs->n, img.nanchors ? "pf_anchors" : "NULL", img.nanchors,
		img.nkw ? "pf_kw" : "NULL", img.nkw, img.nkw ? "pf_text" : "NULL",
		total ? "pf_rules" : "NULL", img.index_mask,
		img.nlong ? "pf_long" : "NULL", img.nlong);
	for (i = 0; i < 2 * KH_PF_SHORT_MAX; i++) {
		const unsigned char *t = i < KH_PF_SHORT_MAX
						 ? img.shorts.lo[i]
						 : img.shorts.hi[i - KH_PF_SHORT_MAX];

		if (i == KH_PF_SHORT_MAX)
			fputs(" },\n\t\t.hi = {", out);
		fputs(" {", out);
		for (j = 0; j < 16; j++)
			fprintf(out, "%s%u", j ? ", " : " ", t[j]);
		fputs(" },", out);
	}
	fprintf(out,
		" },\n\t\t.kw = %s,\n\t\t.n = %zu },\n"
		"\t.always = pf_always,\n\t.words = %zu,\n};\n",
		img.shorts.n ? "(size_t *)pf_short" : "NULL", img.shorts.n, img.words);
	kh_engine_free(e);
	return 0;
}

/* The rule files' "public_formats" lists (checked by the loader already),
 * in file order, as kh_public_formats[]. */
static int put_public_formats(FILE *out)
{
	static const char *const bodies[] = { "KH_BODY_ANY", "KH_BODY_HEX",
					      "KH_BODY_ALNUM", "KH_BODY_UPPER_DIGIT",
					      "KH_BODY_HOST" };
	struct kh_public_format f[256];
	char err[512];
	size_t i, k, n;

	fputs("\nconst struct kh_public_format kh_public_formats[] = {\n", out);
	for (i = 0; i < kh_embedded_rules_count; i++) {
		cJSON *doc = cJSON_ParseWithLength(kh_embedded_bytes +
							   kh_embedded_rules[i].data,
						   kh_embedded_rules[i].len);

		if (!doc ||
		    kh_public_formats_load(
			    cJSON_GetObjectItemCaseSensitive(doc, "public_formats"),
			    kh_embedded_bytes + kh_embedded_rules[i].name, f,
			    sizeof(f) / sizeof(f[0]), &n, err, sizeof(err)) < 0) {
			fprintf(stderr, "rules_image: %s\n",
				doc ? err
				    : kh_embedded_bytes + kh_embedded_rules[i].name);
			cJSON_Delete(doc);
			return -1;
		}
		for (k = 0; k < n; k++) {
			fputs("\t{ ", out);
			put_str(out, f[k].prefix);
			fputs(", ", out);
			put_str(out, f[k].suffix);
			fprintf(out, ", %u, %s },\n", f[k].length, bodies[f[k].body]);
		}
		cJSON_Delete(doc);
	}
	fputs("\t{ NULL, NULL, 0, KH_BODY_ANY }\n};\n", out);
	return 0;
}

/* The bucket of a secret call (rules.h). */
static unsigned call_bucket(const struct kh_secret_call *c)
{
	return kh_secret_call_bucket((unsigned char)c->call[c->n - 2],
				     (unsigned char)c->call[c->n - 1]);
}

/* The rule files' "secret_calls" lists (checked by the loader already)
 * as kh_secret_calls[], in buckets of their last two bytes, file order
 * within one, and kh_secret_call_index[] over them. */
static int put_secret_calls(FILE *out)
{
	enum { MAX = 1024 };
	static struct kh_secret_call c[MAX];
	cJSON *docs[256] = { 0 };
	unsigned short start[257] = { 0 };
	char err[512];
	size_t i, k, n, all = 0, ndocs = 0;
	unsigned b;
	int ret = -1;

	for (i = 0; i < kh_embedded_rules_count; i++) {
		cJSON *doc = cJSON_ParseWithLength(kh_embedded_bytes +
							   kh_embedded_rules[i].data,
						   kh_embedded_rules[i].len);

		if (!doc || kh_secret_calls_load(
				    cJSON_GetObjectItemCaseSensitive(doc, "secret_calls"),
				    kh_embedded_bytes + kh_embedded_rules[i].name,
				    c + all, MAX - all, &n, err, sizeof(err)) < 0) {
			fprintf(stderr, "rules_image: %s\n",
				doc ? err
				    : kh_embedded_bytes + kh_embedded_rules[i].name);
			cJSON_Delete(doc);
			goto out;
		}
		if (!n) {
			cJSON_Delete(doc);
			continue;
		}
		if (ndocs == 256) {
			fprintf(stderr,
				"rules_image: more than 256 files of secret calls\n");
			cJSON_Delete(doc);
			goto out;
		}
		docs[ndocs++] = doc; /* the entries point into it */
		all += n;
	}
	fputs("\nconst struct kh_secret_call kh_secret_calls[] = {\n", out);
	for (b = 0, n = 0; b < 256; b++) {
		start[b] = (unsigned short)n;
		for (k = 0; k < all; k++) {
			if (call_bucket(&c[k]) != b)
				continue;
			fputs("\t{ ", out);
			put_str(out, c[k].call);
			fputs(", ", out);
			put_str(out, c[k].keyword);
			fputs(", ", out);
			put_str(out, c[k].name);
			fprintf(out, ", %u, %u, %u, %u },\n", c[k].n, c[k].arg, c[k].user,
				c[k].most);
			n++;
		}
	}
	start[256] = (unsigned short)n;
	fputs("\t{ NULL, NULL, NULL, 0, 0, 0, 0 }\n};\n"
	      "\nconst unsigned short kh_secret_call_index[257] = {",
	      out);
	for (b = 0; b < 257; b++)
		fprintf(out, "%s%u", !b ? "\n\t" : b % 16 ? ", " : ",\n\t", start[b]);
	fputs("\n};\n", out);
	ret = 0;
out:
	for (i = 0; i < ndocs; i++)
		cJSON_Delete(docs[i]);
	return ret;
}

int main(int argc, char **argv)
{
	struct kh_ruleset rs = { 0 };
	struct kh_image_rule *img = NULL;
	struct blob strings = { 0 }, lists = { 0 }, code = { 0 };
	char err[512], **verify = NULL, **partner = NULL, *owns = NULL;
	size_t i, nhead = 0;
	FILE *out;
	int ret = 1, ok = 1;

	if (argc != 2) {
		fprintf(stderr, "usage: rules_image OUT.c\n");
		return 2;
	}
	if (kh_rules_load_builtin(&rs, 1, err, sizeof(err)) < 0) {
		fprintf(stderr, "rules_image: %s\n", err);
		return 1;
	}
	verify = calloc(rs.n + 1, sizeof(*verify));
	partner = calloc(rs.n + 1, sizeof(*partner));
	owns = calloc(rs.n + 1, 1);
	img = calloc(rs.n + 1, sizeof(*img));
	if (!verify || !partner || !owns || !img ||
	    block_texts(&rs, verify, partner, owns) < 0) {
		fprintf(stderr, "rules_image: cannot read the rule files' blocks\n");
		goto out;
	}
	for (i = 0; i < rs.n; i++)
		image_rule(&rs.v[i], verify[i], partner[i], &img[i], &strings, &lists,
			   &ok);
	put_code_images(&rs, img, &code, &nhead, &ok);
	if (!ok) {
		fprintf(stderr, "rules_image: out of memory\n");
		goto out;
	}
	if (!(out = fopen(argv[1], "w"))) {
		perror(argv[1]);
		goto out;
	}
	fputs("/* Generated by tools/rules_image.c from patterns/: do not edit. */\n"
	      "#include \"rules.h\"\n\n",
	      out);
	put_image(out, img, rs.n, &strings, &lists, &code, nhead);
	if (put_public_formats(out) < 0 || put_secret_calls(out) < 0) {
		fclose(out);
		goto out;
	}
	if (put_prefixes(out, &rs, owns) < 0 || put_prefilter(out, &rs) < 0) {
		fprintf(stderr, "rules_image: out of memory\n");
		fclose(out);
		goto out;
	}
	if (fclose(out)) {
		perror(argv[1]);
		goto out;
	}
	ret = 0;
out:
	for (i = 0; i < rs.n; i++) {
		free(verify ? verify[i] : NULL);
		free(partner ? partner[i] : NULL);
	}
	free(verify);
	free(partner);
	free(owns);
	free(img);
	free(strings.p);
	free(lists.p);
	free(code.p);
	kh_ruleset_release(&rs);
	return ret;
}
