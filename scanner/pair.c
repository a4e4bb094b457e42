#include "pair.h"

#include <stdlib.h>
#include <string.h>

#include "finding.h"
#include "matcher.h"
#include "report.h"
#include "rules.h"
#include "shape.h"
#include "util.h"

#define PARTNER_MAX_LINES 20
#define PARTNER_MATCHES	  64	 /* matches looked at per window */
#define PARTNER_LIMIT	  100000 /* pcre2 match limit: no partner regex hangs */
#define PARTNER_REACH                                         \
	16384 /* bytes looked at each side: a minified line's \
	       * every finding read it whole */
#define PARTNER_MAX_LEN 512

void kh_partner_spec_free(struct kh_partner_spec *s)
{
	if (!s)
		return;
	free(s->kind);
	pcre2_code_free(s->code);
	free(s);
}

int kh_partner_spec_parse(const cJSON *o, struct kh_partner_spec **out, char *err,
			  size_t errlen)
{
	static const char *known[] = { "kind", "regex", "lines", "secret", "required" };
	struct kh_partner_spec *s;
	const cJSON *it, *kind, *regex, *lines;
	int code;
	PCRE2_SIZE at;
	size_t i;

	*out = NULL;
	if (!cJSON_IsObject(o))
		return kh_errf(err, errlen, "\"partner\" must be an object");
	cJSON_ArrayForEach (it, o) {
		for (i = 0; i < sizeof(known) / sizeof(known[0]); i++)
			if (!strcmp(it->string, known[i]))
				break;
		if (i == sizeof(known) / sizeof(known[0]))
			return kh_errf(err, errlen,
				       "\"partner\": unknown field \"%.40s\"",
				       it->string);
	}
	kind = cJSON_GetObjectItemCaseSensitive(o, "kind");
	regex = cJSON_GetObjectItemCaseSensitive(o, "regex");
	lines = cJSON_GetObjectItemCaseSensitive(o, "lines");
	if (!cJSON_IsString(kind) || !kind->valuestring[0] || !cJSON_IsString(regex))
		return kh_errf(err, errlen,
			       "\"partner\" needs \"kind\" and \"regex\" strings");
	if (lines && (!cJSON_IsNumber(lines) || lines->valuedouble < 0 ||
		      lines->valuedouble > PARTNER_MAX_LINES))
		return kh_errf(err, errlen,
			       "\"partner\": \"lines\" must be a number from 0 to %d",
			       PARTNER_MAX_LINES);
	s = calloc(1, sizeof(*s));
	if (!s || !(s->kind = strdup(kind->valuestring))) {
		kh_partner_spec_free(s);
		return kh_errf(err, errlen, "out of memory");
	}
	s->lines = lines ? (unsigned)lines->valuedouble : 4;
	it = cJSON_GetObjectItemCaseSensitive(o, "secret");
	s->secret = cJSON_IsTrue(it);
	it = cJSON_GetObjectItemCaseSensitive(o, "required");
	s->required = it ? cJSON_IsTrue(it) : 1;
	s->code = pcre2_compile((PCRE2_SPTR)regex->valuestring, PCRE2_ZERO_TERMINATED,
				PCRE2_UTF | PCRE2_MATCH_INVALID_UTF, &code, &at, NULL);
	if (!s->code) {
		kh_partner_spec_free(s);
		return kh_errf(err, errlen, "\"partner\": bad regex at offset %zu",
			       (size_t)at);
	}
	*out = s;
	return 0;
}

/* The start of the line `n` lines above the one holding off. */
static size_t lines_up(const unsigned char *b, size_t off, unsigned n)
{
	size_t stop = off > PARTNER_REACH ? off - PARTNER_REACH : 0;

	for (;;) {
		const unsigned char *nl =
			off > stop ? memrchr(b + stop, '\n', off - stop) : NULL;

		if (!nl)
			return stop;
		if (!n--)
			return (size_t)(nl - b) + 1;
		off = (size_t)(nl - b);
	}
}

/* The end of the line `n` lines below the one holding off. */
static size_t lines_down(const unsigned char *b, size_t len, size_t off, unsigned n)
{
	if (off < len && len - off > PARTNER_REACH)
		len = off + PARTNER_REACH;
	for (;;) {
		const unsigned char *nl =
			off < len ? memchr(b + off, '\n', len - off) : NULL;

		if (!nl)
			return len;
		if (!n--)
			return (size_t)(nl - b);
		off = (size_t)(nl - b) + 1;
	}
}

/* The nearest partner of f in src[from..to): its bytes in [*ps, *pe); 1
 * when found, 0 when not. */
static int nearest_partner(const struct kh_partner_spec *p, pcre2_match_data *md,
			   pcre2_match_context *mc, const struct kh_source *src,
			   const struct kh_finding *f, size_t from, size_t to, size_t *ps,
			   size_t *pe)
{
	size_t best = (size_t)-1, start = from, n;
	int group = pcre2_substring_number_from_name(p->code, (PCRE2_SPTR) "partner"),
	    found = 0;

	if (group < 0)
		group = 0;
	for (n = 0; n < PARTNER_MATCHES && start <= to; n++) {
		PCRE2_SIZE *ov;
		size_t a, z, dist;

		if (pcre2_match(p->code, src->data, to, start, 0, md, mc) <= group)
			break;
		ov = pcre2_get_ovector_pointer(md);
		start = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
		a = ov[2 * group];
		z = ov[2 * group + 1];
		if (a == PCRE2_UNSET || z <= a || z - a > PARTNER_MAX_LEN)
			continue;
		if (a < f->end_offset && z > f->offset)
			continue; /* the secret itself */
		dist = z <= f->offset ? f->offset - z : a - f->end_offset;
		if (dist < best) {
			best = dist;
			*ps = a;
			*pe = z;
			found = 1;
		}
	}
	return found;
}

/* The nearest partner of f in src, within the rule's lines or else
 * anywhere in the multi-line call, struct literal or object that holds
 * f (Paws::Credential::Explicit->new(\n access_key => …, …\n secret_key
 * => …)): its bytes in [*ps, *pe); 1 when found, 0 when not, -1 when out
 * of memory. */
static int find_partner(const struct kh_partner_spec *p, const struct kh_source *src,
			const struct kh_finding *f, size_t *ps, size_t *pe)
{
	size_t from = lines_up(src->data, f->offset, p->lines);
	size_t to = lines_down(src->data, src->len, f->end_offset, p->lines), cs, ce;
	pcre2_match_data *md = pcre2_match_data_create_from_pattern(p->code, NULL);
	pcre2_match_context *mc = pcre2_match_context_create(NULL);
	int found = -1;

	if (md && mc) {
		pcre2_set_match_limit(mc, PARTNER_LIMIT);
		found = nearest_partner(p, md, mc, src, f, from, to, ps, pe);
		if (!found && p->lines) {
			int around =
				kh_fold_around(src->data, src->len, f->offset, &cs, &ce);

			if (around < 0)
				found = -1;
			else if (around && (cs < from || ce > to))
				found = nearest_partner(p, md, mc, src, f, cs, ce, ps,
							pe);
		}
	}
	pcre2_match_data_free(md);
	pcre2_match_context_free(mc);
	return found;
}

int kh_pair_finding(const struct kh_source *src, struct kh_finding *f)
{
	const struct kh_partner_spec *p = f->rule->partner;
	struct kh_finding_more *m;
	struct kh_line_cursor cur;
	size_t ps, pe, col;
	int r;

	if (!p)
		return 1;
	r = find_partner(p, src, f, &ps, &pe);
	if (r < 0)
		return -1;
	if (r == 0)
		return !p->required;
	if (!(m = kh_finding_more(f)) ||
	    !(m->partner = kh_strndup((const char *)src->data + ps, pe - ps)))
		return -1;
	m->partner_offset = ps;
	kh_line_cursor_init(&cur, src);
	kh_line_cursor_seek(&cur, ps, &m->partner_line, &col);
	return 1;
}

cJSON *kh_partner_json(const struct kh_finding *f, int redact)
{
	const struct kh_partner_spec *p = f->rule->partner;
	const struct kh_finding_more *m = kh_more(f);
	cJSON *o;
	char mask[32];

	if (!p || !m->partner || !(o = cJSON_CreateObject()))
		return NULL;
	cJSON_AddStringToObject(o, "kind", p->kind);
	cJSON_AddNumberToObject(o, "line", (double)m->partner_line);
	if (redact && p->secret) {
		kh_redact(m->partner, mask, sizeof(mask));
		cJSON_AddStringToObject(o, "value", mask);
	} else {
		cJSON_AddStringToObject(o, "value", m->partner);
	}
	return o;
}
