/*
 * rules_image - writes the built-in rules as C data, so that a scan starts
 * without parsing JSON (scanner/rules.c loads the image):
 *   rules_image OUT.c
 * Linked with the scanner's objects, it loads the rule files embedded in
 * the binary exactly as `rules --check` does (every check of the loader
 * runs here, at build time) and writes each loaded rule as a struct
 * kh_rule initializer. The examples stay out (`rules --check` reads the
 * files); the "verify" and "partner" blocks go in as compact JSON text,
 * parsed by the scan that first needs them.
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
const struct kh_rule kh_rule_image[1];
const size_t kh_rule_image_count = 0;
const char *const kh_token_prefixes[] = { NULL };
const struct kh_public_format kh_public_formats[] = { { NULL, NULL, 0, KH_BODY_ANY } };
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

/*
 * Each rule's regex compiled as a scan would (kh_rule_compile) and
 * serialized (pcre2_serialize_encode), as static code_image_i: a scan
 * decodes it instead of compiling. The bytes before the code (PCRE2's
 * header and tables) are written once, as code_head, when they are the
 * same for every rule; else no rule has an image (*with[i] = 0).
 */
static int put_code_images(FILE *out, struct kh_ruleset *rs, char *with)
{
	unsigned char *head = NULL;
	size_t i, nhead = 0;
	int ret = 0;

	for (i = 0; i < rs->n && ret == 0; i++) {
		uint8_t *bytes;
		PCRE2_SIZE size;
		size_t code = 0;
		char err[512];

		if (kh_rule_compile(&rs->v[i], err, sizeof(err)) < 0 ||
		    pcre2_serialize_encode((const pcre2_code **)&rs->v[i].code, 1, &bytes,
					   &size, NULL) != 1)
			continue; /* compiled when used, as before */
		pcre2_pattern_info(rs->v[i].code, PCRE2_INFO_SIZE, &code);
		if (code > size ||
		    (head && (size - code != nhead || memcmp(bytes, head, nhead)))) {
			ret = -1; /* not a shared head and the code */
		} else {
			if (!head) {
				nhead = size - code;
				if (!(head = malloc(nhead + 1))) {
					pcre2_serialize_free(bytes);
					return -1;
				}
				memcpy(head, bytes, nhead);
			}
			{
				fprintf(out,
					"static const unsigned char code_body_%zu[] =",
					i);
				put_bytes(out, bytes + nhead, code);
				fputs(";\n", out);
				with[i] = 1;
			}
		}
		pcre2_serialize_free(bytes);
	}
	if (ret == 0 && head) {
		fputs("static const unsigned char code_head[] =", out);
		put_bytes(out, head, nhead);
		fputs(";\n", out);
		for (i = 0; i < rs->n; i++)
			if (with[i])
				fprintf(out,
					"static const struct kh_code_image "
					"code_image_%zu = "
					"{ code_head, code_body_%zu, %zu, "
					"sizeof(code_body_%zu) - 1 };\n",
					i, i, nhead, i);
	}
	if (ret < 0) {
		fputs("/* no code images: PCRE2's serialized codes did not share a head "
		      "*/\n",
		      out);
		memset(with, 0, rs->n);
	}
	free(head);
	return 0;
}

/* static char *NAME_i[] = { ... }; for a non-empty list. */
static void put_list(FILE *out, const char *name, size_t i, char **v, size_t n)
{
	size_t k;

	if (!n)
		return;
	fprintf(out, "static char *%s_%zu[] = {", name, i);
	for (k = 0; k < n; k++) {
		fputs(k ? ",\n\t" : "\n\t", out);
		put_str(out, v[k]);
	}
	fputs("\n};\n", out);
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
		cJSON *doc = cJSON_ParseWithLength(ef->data, ef->len), *it;

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

static void put_rule(FILE *out, const struct kh_rule *r, size_t i, const char *verify,
		     const char *partner, int with_code)
{
	fputs("\t{ .id = ", out);
	put_str(out, r->id);
	fputs(",\n\t  .description = ", out);
	put_str(out, r->description);
	fputs(",\n\t  .remediation = ", out);
	put_str(out, r->remediation);
	fputs(",\n\t  .provider = ", out);
	put_str(out, r->provider);
	fputs(",\n\t  .source_file = ", out);
	put_str(out, r->source_file);
	fprintf(out, ",\n\t  .severity = (enum kh_severity)%d,\n\t  .regex = ",
		(int)r->severity);
	put_str(out, r->regex);
	if (r->nkeywords)
		fprintf(out, ",\n\t  .keywords = keywords_%zu", i);
	fprintf(out, ",\n\t  .nkeywords = %zu,\n\t  .keywords_match_case = %d",
		r->nkeywords, r->keywords_match_case);
	if (r->npaths)
		fprintf(out, ",\n\t  .paths = paths_%zu", i);
	fprintf(out,
		",\n\t  .npaths = %zu,\n\t  .min_entropy = %a,\n\t  .max_span = %zu,"
		"\n\t  .placeholder_check = %d,\n\t  .validator_name = ",
		r->npaths, r->min_entropy, r->max_span, r->placeholder_check);
	put_str(out, r->validator_name);
	fputs(",\n\t  .verifier = ", out);
	put_str(out, r->verifier);
	fputs(",\n\t  .match_holds = ", out);
	put_str(out, r->match_holds);
	fputs(",\n\t  .match_contains = ", out);
	put_str(out, r->match_contains);
	fputs(",\n\t  .verify_json = ", out);
	put_str(out, verify);
	fputs(",\n\t  .partner_json = ", out);
	put_str(out, partner);
	if (with_code)
		fprintf(out, ",\n\t  .code_image = &code_image_%zu", i);
	fputs(",\n\t  .builtin = 1,\n\t  .image = 1 },\n", out);
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
	uint32_t *rules = NULL;
	size_t i, j, n = 0, total = 0;

	if (!e) {
		fprintf(stderr, "rules_image: %s\n", err);
		return -1;
	}
	kh_prefilter_image_of(kh_engine_prefilter(e), &img);
	for (i = 0; i < img.nkw; i++)
		total += img.kw[i].nrules;
	if (!(rules = malloc((total + 1) * sizeof(*rules)))) {
		kh_engine_free(e);
		return -1;
	}
	for (i = 0; i < img.nkw; i++)
		for (j = 0; j < img.kw[i].nrules; j++)
			rules[n++] = img.kw[i].rules[j];
	fputs("\n/* The own keyword filter's tables (tools/rules_image.c, "
	      "put_prefilter). */\n#include \"prefilter_image.h\"\n",
	      out);
	put_ints(out, "uint64_t", "pf_filter", img.filter, 8,
		 (1u << KH_PF_FILTER_BITS) / 64);
	put_ints(out, "uint32_t", "pf_bucket", img.bucket, 4,
		 (1u << KH_PF_BUCKET_BITS) + 1);
	put_ints(out, "uint32_t", "pf_slot", img.index_slot, 4, img.index_mask + 1);
	put_ints(out, "uint32_t", "pf_rules", rules, 4, n);
	put_ints(out, "uint64_t", "pf_always", img.always, 8, img.words);
	if (img.nanchors) {
		fputs("static const struct kh_pf_anchor pf_anchors[] = {", out);
		for (i = 0; i < img.nanchors; i++)
			fprintf(out, "%s{ 0x%x, %u, %u },", i % 4 ? " " : "\n\t",
				(unsigned)img.anchors[i].tri, (unsigned)img.anchors[i].kw,
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
		fputs("static const struct kh_pf_keyword pf_kw[] = {\n", out);
		for (i = 0, n = 0; i < img.nkw; i++) {
			fputs("\t{ (const unsigned char *)", out);
			put_str(out, (const char *)img.kw[i].bytes);
			fprintf(out, ", %zu, %d, pf_rules + %zu, %zu },\n", img.kw[i].len,
				img.kw[i].exact, n, img.kw[i].nrules);
			n += img.kw[i].nrules;
		}
		fputs("};\n", out);
	}
	fprintf(out,
		"\nconst struct kh_prefilter_image kh_prefilter_builtin = {\n"
		"\t.nrules = %zu,\n\t.filter = pf_filter,\n\t.bucket = pf_bucket,\n"
		"\t.anchors = %s,\n\t.nanchors = %zu,\n\t.kw = %s,\n\t.nkw = %zu,\n"
		"\t.index_slot = pf_slot,\n\t.index_mask = %zu,\n"
		"\t.longkw = %s,\n\t.nlong = %zu,\n\t.shorts = {\n\t\t.lo = {",
		rs->n, img.nanchors ? "pf_anchors" : "NULL", img.nanchors,
		img.nkw ? "pf_kw" : "NULL", img.nkw, img.index_mask,
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
	free(rules);
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
		cJSON *doc = cJSON_ParseWithLength(kh_embedded_rules[i].data,
						   kh_embedded_rules[i].len);

		if (!doc ||
		    kh_public_formats_load(
			    cJSON_GetObjectItemCaseSensitive(doc, "public_formats"),
			    kh_embedded_rules[i].name, f, sizeof(f) / sizeof(f[0]), &n,
			    err, sizeof(err)) < 0) {
			fprintf(stderr, "rules_image: %s\n",
				doc ? err : kh_embedded_rules[i].name);
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

int main(int argc, char **argv)
{
	struct kh_ruleset rs = { 0 };
	char err[512], **verify = NULL, **partner = NULL, *owns = NULL, *with_code = NULL;
	size_t i;
	FILE *out;
	int ret = 1;

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
	with_code = calloc(rs.n + 1, 1);
	if (!verify || !partner || !owns || !with_code ||
	    block_texts(&rs, verify, partner, owns) < 0) {
		fprintf(stderr, "rules_image: cannot read the rule files' blocks\n");
		goto out;
	}
	if (!(out = fopen(argv[1], "w"))) {
		perror(argv[1]);
		goto out;
	}
	fputs("/* Generated by tools/rules_image.c from patterns/: do not edit. */\n"
	      "#include \"rules.h\"\n\n",
	      out);
	for (i = 0; i < rs.n; i++) {
		put_list(out, "keywords", i, rs.v[i].keywords, rs.v[i].nkeywords);
		put_list(out, "paths", i, rs.v[i].paths, rs.v[i].npaths);
	}
	if (put_code_images(out, &rs, with_code) < 0) {
		fclose(out);
		goto out;
	}
	fputs("\nextern const struct kh_rule kh_rule_image[];\n"
	      "extern const size_t kh_rule_image_count;\n\n"
	      "const struct kh_rule kh_rule_image[] = {\n",
	      out);
	for (i = 0; i < rs.n; i++)
		put_rule(out, &rs.v[i], i, verify[i], partner[i], with_code[i]);
	fprintf(out, "\t{ .id = NULL }\n};\nconst size_t kh_rule_image_count = %zu;\n",
		rs.n);
	if (put_public_formats(out) < 0) {
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
	free(with_code);
	kh_ruleset_release(&rs);
	return ret;
}
