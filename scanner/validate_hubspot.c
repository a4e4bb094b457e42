/*
 * validate_hubspot.c - offline structure checks for HubSpot credentials.
 *
 * Shapes follow shared/design/hubspot-credentials.md. The PAK and OAuth
 * access token layouts are inferred from public samples, so the checks are
 * strict only where the doc is sure (field 1 / field 9 of a PAK, the expiry
 * varint of an access token) and tolerate unknown extra fields.
 *
 * Nothing here prints or copies a secret: facts are hublets, ids, dates and
 * account names only.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"
#include "text.h"
#include "validate.h"

#define PAK_TEXT_MAX	   512		       /* longest PAK text worth decoding */
#define PB_FIELDS_MAX	   64		       /* a PAK has 5 fields; more is garbage */
#define OAUTH_PREFIX_CHARS 16		       /* 12 bytes: tag + 10-byte varint fits */
#define MS_2015		   1420070400000ULL    /* 2015-01-01T00:00:00Z */
#define MS_2100		   4102444800000ULL    /* 2100-01-01T00:00:00Z */
#define JSON_INT_MAX	   9007199254740992ULL /* 2^53: exact in a double */
#define YAML_WALK_MAX	   (256u * 1024u)      /* bytes walked around a match */
#define SCALAR_MAX	   256 /* longest account name / id / auth type kept */

static const unsigned uuid_groups[] = { 8, 4, 4, 4, 12 };
static const unsigned hublet_groups[] = { 4, 4, 4, 4, 12 };

/* ASCII-only classes: <ctype.h> depends on the locale. */
static int is_lower(unsigned char ch)
{
	return ch >= 'a' && ch <= 'z';
}

static int is_digit(unsigned char ch)
{
	return ch >= '0' && ch <= '9';
}

/* Value of a hex digit, or -1. */
static int hex_val(unsigned char ch)
{
	if (is_digit(ch))
		return ch - '0';
	if (ch >= 'a' && ch <= 'f')
		return ch - 'a' + 10;
	if (ch >= 'A' && ch <= 'F')
		return ch - 'A' + 10;
	return -1;
}

/* Bounds-checked view of the secret; 0 when the candidate is inconsistent. */
static int secret_span(const struct kh_candidate *c, const unsigned char **s, size_t *len)
{
	if (!c || !c->buf || c->secret_start > c->secret_end || c->secret_end > c->len)
		return 0;
	*s = c->buf + c->secret_start;
	*len = c->secret_end - c->secret_start;
	return 1;
}

/* Length of a "[a-z]{2}[0-9]{1,2}" hublet followed by '-' at s, or 0. */
static size_t hublet_len(const unsigned char *s, size_t len)
{
	size_t n = 3;

	if (len < 4 || !is_lower(s[0]) || !is_lower(s[1]) || !is_digit(s[2]))
		return 0;
	if (is_digit(s[3]))
		n = 4;
	if (n >= len || s[n] != '-')
		return 0;
	return n;
}

/* 1 when s is exactly dash-separated hex groups of the given sizes. */
static int hex_groups(const unsigned char *s, size_t len, const unsigned *groups,
		      size_t ngroups)
{
	size_t off = 0, g, i;

	for (g = 0; g < ngroups; g++) {
		if (g && (off >= len || s[off++] != '-'))
			return 0;
		for (i = 0; i < groups[g]; i++, off++)
			if (off >= len || hex_val(s[off]) < 0)
				return 0;
	}
	return off == len;
}

/*
 * 1 for documentation UUIDs: few distinct digits (00000000-..., 1111...) or
 * mostly ascending runs (12345678-1234-...). Random UUIDs never come close.
 */
static int uuid_is_placeholder(const unsigned char *s, size_t len)
{
	unsigned seen = 0, distinct = 0, steps = 0, seq = 0;
	int prev = -1, v;
	size_t i;

	for (i = 0; i < len; i++) {
		v = hex_val(s[i]);
		if (v < 0)
			continue;
		if (!(seen & (1u << v)))
			distinct++;
		seen |= 1u << v;
		if (prev >= 0) {
			steps++;
			if (v == (prev + 1) % 16 || (prev == 9 && v == 0))
				seq++;
		}
		prev = v;
	}
	return distinct <= 4 || (steps && seq * 4 >= steps * 3);
}

/* Adds "hublet": the first n bytes of s. */
static void add_hublet(cJSON *facts, const unsigned char *s, size_t n)
{
	char h[8];

	if (n >= sizeof(h))
		return;
	memcpy(h, s, n);
	h[n] = '\0';
	cJSON_AddStringToObject(facts, "hublet", h);
}

/* Adds an unsigned id as a JSON number when exact, else as a string. */
static void add_id(cJSON *obj, const char *key, unsigned long long v)
{
	char num[24];

	if (v <= JSON_INT_MAX) {
		cJSON_AddNumberToObject(obj, key, (double)v);
		return;
	}
	snprintf(num, sizeof(num), "%llu", v);
	cJSON_AddStringToObject(obj, key, num);
}

/* ---- protobuf, just enough for PAKs and access tokens ---- */

struct pb_reader {
	const unsigned char *p;
	size_t len, off;
};

/* Reads one varint; -1 when truncated or wider than 64 bits. */
static int pb_varint(struct pb_reader *r, unsigned long long *out)
{
	unsigned long long v = 0;
	unsigned shift = 0;
	unsigned char b;

	while (r->off < r->len && shift < 64) {
		b = r->p[r->off++];
		if (shift == 63 && (b & 0x7e))
			return -1;
		v |= (unsigned long long)(b & 0x7f) << shift;
		if (!(b & 0x80)) {
			*out = v;
			return 0;
		}
		shift += 7;
	}
	return -1;
}

struct pb_field {
	unsigned long long num, value; /* value: varint, or length */
	unsigned wire;		       /* 0 varint, 2 length-delimited */
	const unsigned char *data;     /* wire 2 only */
};

/* Reads the next field; -1 on a wire type a PAK never uses or overrun. */
static int pb_next(struct pb_reader *r, struct pb_field *f)
{
	unsigned long long key;

	if (pb_varint(r, &key) || !(key >> 3))
		return -1;
	f->num = key >> 3;
	f->wire = key & 7;
	f->data = NULL;
	if (pb_varint(r, &f->value))
		return -1;
	if (f->wire == 0)
		return 0;
	if (f->wire != 2 || f->value > r->len - r->off)
		return -1;
	f->data = r->p + r->off;
	r->off += f->value;
	return 0;
}

/* ---- personal access key ---- */

struct pak_info {
	const unsigned char *id, *hublet; /* field 1, field 9 */
	size_t id_len, hublet_len;
	unsigned long long account, user; /* fields 2, 3 */
	int have_account, have_user;
};

/* Records one PAK field; -1 when a known field has the wrong wire type. */
static int pak_field(struct pak_info *pk, const struct pb_field *f)
{
	switch (f->num) {
	case 1:
	case 9:
	case 5:
		if (f->wire != 2)
			return -1;
		if (f->num == 1) {
			pk->id = f->data;
			pk->id_len = f->value;
		} else if (f->num == 9) {
			pk->hublet = f->data;
			pk->hublet_len = f->value;
		}
		return 0;
	case 2:
	case 3:
		if (f->wire != 0)
			return -1;
		if (f->num == 2) {
			pk->account = f->value;
			pk->have_account = 1;
		} else {
			pk->user = f->value;
			pk->have_user = 1;
		}
		return 0;
	default: return 0; /* unknown fields are tolerated: the format is inferred */
	}
}

/* Parses a decoded PAK; 0 when field 1 and field 9 agree on the hublet. */
static int pak_parse(const unsigned char *p, size_t len, struct pak_info *pk)
{
	struct pb_reader r = { p, len, 0 };
	struct pb_field f;
	unsigned n = 0;
	size_t h;

	memset(pk, 0, sizeof(*pk));
	while (r.off < r.len) {
		if (++n > PB_FIELDS_MAX || pb_next(&r, &f) || pak_field(pk, &f))
			return -1;
	}
	if (!pk->id || !pk->hublet)
		return -1;
	h = hublet_len(pk->id, pk->id_len);
	if (!h || pk->hublet_len != h || memcmp(pk->id, pk->hublet, h))
		return -1;
	return hex_groups(pk->id + h + 1, pk->id_len - h - 1, hublet_groups, 5) ? 0 : -1;
}

/*
 * Whether s is a PAK in base64 once more (a Kubernetes Secret's data:
 * "Q2lS..." is base64 of "CiR..."): the decoded copy is scanned and
 * reported as the PAK; this is only its encoding.
 */
static int is_encoded_pak(const unsigned char *s, size_t len)
{
	unsigned char text[PAK_TEXT_MAX + 4], raw[PAK_TEXT_MAX * 3 / 4 + 4];
	struct pak_info pk;
	long t, n;

	if (len < 4 || len > PAK_TEXT_MAX * 4 / 3 + 4 || memcmp(s, "Q2l", 3))
		return 0;
	t = kh_base64_decode(s, len, text, sizeof(text));
	if (t < 2 || text[0] != 'C' || text[1] != 'i')
		return 0;
	n = kh_base64_decode(text, (size_t)t, raw, sizeof(raw));
	return n > 0 && !pak_parse(raw, (size_t)n, &pk);
}

/*
 * Current PAKs are protobufs starting with field 1 ("Ci..."): decode and
 * check them. Older keys look like access tokens and have no structure we
 * know, so they stay unchecked.
 */
enum kh_structure kh_validate_hubspot_pak(const struct kh_candidate *c, cJSON *facts)
{
	unsigned char raw[PAK_TEXT_MAX * 3 / 4 + 4];
	struct pak_info pk;
	const unsigned char *s;
	size_t len;
	long n;

	if (!secret_span(c, &s, &len))
		return KH_STRUCT_INVALID;
	kh_hubspot_config_annotate(c, facts);
	if (is_encoded_pak(s, len))
		return KH_STRUCT_REJECT;
	if (len < 2 || s[0] != 'C' || s[1] != 'i')
		return KH_STRUCT_UNCHECKED;
	if (len > PAK_TEXT_MAX)
		return KH_STRUCT_INVALID;
	n = kh_base64_decode(s, len, raw, sizeof(raw));
	if (n <= 0 || pak_parse(raw, (size_t)n, &pk))
		return KH_STRUCT_INVALID;
	add_hublet(facts, pk.hublet, pk.hublet_len);
	if (pk.have_account)
		add_id(facts, "account_id", pk.account);
	if (pk.have_user)
		add_id(facts, "user_id", pk.user);
	return KH_STRUCT_VALID;
}

/* ---- pat- tokens, refresh tokens, keys: hublet or plain UUID ---- */

struct hublet_shape {
	const unsigned char *hublet, *uuid; /* hublet NULL for a plain UUID */
	size_t hublet_len, uuid_len;
};

/*
 * Splits pat-<hublet>-<8-4-4-4-12>, <hublet>-<4-4-4-4-12> or a plain UUID;
 * -1 for anything else.
 */
static int hublet_split(const unsigned char *s, size_t len, struct hublet_shape *sh)
{
	int pat = len > 4 && !memcmp(s, "pat-", 4);
	size_t h;

	if (pat) {
		s += 4;
		len -= 4;
	}
	h = hublet_len(s, len);
	sh->hublet = h ? s : NULL;
	sh->hublet_len = h;
	sh->uuid = h ? s + h + 1 : s;
	sh->uuid_len = h ? len - h - 1 : len;
	if (!h && pat)
		return -1;
	return hex_groups(sh->uuid, sh->uuid_len, h && !pat ? hublet_groups : uuid_groups,
			  5)
		       ? 0
		       : -1;
}

/*
 * pat- tokens and hublet-prefixed refresh/developer keys name their data
 * center; a plain UUID has nothing to check. Placeholder UUIDs are dropped.
 */
enum kh_structure kh_validate_hubspot_hublet(const struct kh_candidate *c, cJSON *facts)
{
	struct hublet_shape sh;
	const unsigned char *s;
	size_t len;

	if (!secret_span(c, &s, &len) || hublet_split(s, len, &sh))
		return KH_STRUCT_INVALID;
	if (uuid_is_placeholder(sh.uuid, sh.uuid_len))
		return KH_STRUCT_REJECT;
	kh_hubspot_config_annotate(c, facts);
	if (!sh.hublet)
		return KH_STRUCT_UNCHECKED;
	add_hublet(facts, sh.hublet, sh.hublet_len);
	return KH_STRUCT_VALID;
}

/* ---- OAuth access token ---- */

/*
 * An access token starts with field 1, the expiry in epoch milliseconds:
 * report it and whether it has passed, so expired tokens need no request.
 */
enum kh_structure kh_validate_hubspot_oauth(const struct kh_candidate *c, cJSON *facts)
{
	unsigned char raw[OAUTH_PREFIX_CHARS];
	struct pb_reader r;
	unsigned long long ms;
	const unsigned char *s;
	char when[32];
	size_t len;
	long n;

	if (!secret_span(c, &s, &len))
		return KH_STRUCT_INVALID;
	kh_hubspot_config_annotate(c, facts);
	n = kh_base64_decode(s, len < OAUTH_PREFIX_CHARS ? len : OAUTH_PREFIX_CHARS, raw,
			     sizeof(raw));
	if (n < 2 || raw[0] != 0x08)
		return KH_STRUCT_INVALID;
	r = (struct pb_reader){ raw + 1, (size_t)n - 1, 0 };
	if (pb_varint(&r, &ms) || ms < MS_2015 || ms >= MS_2100)
		return KH_STRUCT_INVALID;
	kh_iso8601((long long)(ms / 1000), when);
	cJSON_AddStringToObject(facts, "expires_at", when);
	cJSON_AddBoolToObject(facts, "expired",
			      c->now >= 0 && ms / 1000 <= (unsigned long long)c->now);
	return KH_STRUCT_VALID;
}

/* ---- CLI config files: which account does a finding belong to ---- */

struct yline {
	size_t start, end; /* [start, end): without "\r\n" */
	size_t indent;	   /* leading spaces */
};

/*
 * "path ends with the component(s) `suffix`", ASCII case-insensitive, with
 * '\\' accepted for '/' (Windows paths, case-insensitive file systems).
 */
static int ends_with_ci(const char *s, size_t len, const char *suffix)
{
	size_t n = strlen(suffix), i;
	unsigned char a, b;

	if (n > len)
		return 0;
	for (i = 0; i < n; i++) {
		a = ascii_lower((unsigned char)s[len - n + i]);
		b = (unsigned char)suffix[i];
		if (a != b && !(a == '\\' && b == '/'))
			return 0;
	}
	return n == len || s[len - n - 1] == '/' || s[len - n - 1] == '\\';
}

int kh_hubspot_cli_config(const char *path)
{
	static const char *const names[] = {
		"hubspot.config.yml",	       "hubspot.config.yaml",
		"archived.hubspot.config.yml", "archived.hubspot.config.yaml",
		".hscli/config.yml",	       ".hscli/config.yaml",
	};
	size_t len, i;

	if (!path)
		return 0;
	len = strlen(path);
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (ends_with_ci(path, len, names[i]))
			return 1;
	return 0;
}

/* The line that holds offset pos (pos <= len). */
static struct yline line_at(const unsigned char *b, size_t len, size_t pos)
{
	struct yline l = { pos, pos, 0 };

	while (l.start > 0 && b[l.start - 1] != '\n')
		l.start--;
	while (l.end < len && b[l.end] != '\n')
		l.end++;
	if (l.end > l.start && b[l.end - 1] == '\r')
		l.end--;
	while (l.start + l.indent < l.end && b[l.start + l.indent] == ' ')
		l.indent++;
	return l;
}

/* 1 for lines that carry no YAML node: empty, spaces, or a comment. */
static int line_is_blank(const unsigned char *b, const struct yline *l)
{
	size_t i = l->start + l->indent;

	while (i < l->end && b[i] == '\t')
		i++;
	return i == l->end || b[i] == '#';
}

/* 1 when the line is a block sequence entry ("- ..." or a lone "-"). */
static int line_is_dash(const unsigned char *b, const struct yline *l)
{
	size_t i = l->start + l->indent;

	return i < l->end && b[i] == '-' &&
	       (i + 1 == l->end || b[i + 1] == ' ' || b[i + 1] == '\t');
}

/* Previous non-blank line within the walk window; 0 at the start. */
static int line_prev(const unsigned char *b, size_t len, size_t floor, struct yline *l)
{
	do {
		if (l->start == 0 || l->start - 1 < floor)
			return 0;
		*l = line_at(b, len, l->start - 1);
	} while (line_is_blank(b, l));
	return 1;
}

/* Next non-blank line within the walk window; 0 at the end. */
static int line_next(const unsigned char *b, size_t len, size_t ceil, struct yline *l)
{
	size_t next;

	do {
		next = l->end;
		while (next < len && b[next] != '\n')
			next++;
		if (next >= len || next + 1 >= ceil)
			return 0;
		*l = line_at(b, len, next + 1);
	} while (line_is_blank(b, l));
	return 1;
}

/* 1 when the text at [i, end) is `key:` followed by a space or the end. */
static int key_is(const unsigned char *b, size_t i, size_t end, const char *key)
{
	size_t n = strlen(key);

	if (end - i < n + 1 || memcmp(b + i, key, n) || b[i + n] != ':')
		return 0;
	return i + n + 1 == end || b[i + n + 1] == ' ' || b[i + n + 1] == '\t';
}

/* The parent of a sequence entry at indent d: the key line that owns it. */
static int seq_parent(const unsigned char *b, size_t len, size_t floor, struct yline dash,
		      struct yline *parent)
{
	struct yline l = dash;

	while (line_prev(b, len, floor, &l)) {
		if (l.indent < dash.indent ||
		    (l.indent == dash.indent && !line_is_dash(b, &l))) {
			*parent = l;
			return 1;
		}
	}
	return 0;
}

/*
 * Walks up from the match through its ancestors (the nearest line above
 * that is indented less) to the sequence entry whose parent key is
 * portals: or accounts:.
 */
static int find_entry(const unsigned char *b, size_t len, size_t pos, struct yline *entry)
{
	size_t floor = pos > YAML_WALK_MAX ? pos - YAML_WALK_MAX : 0;
	struct yline l = line_at(b, len, pos), parent;
	size_t cur = line_is_blank(b, &l) ? (size_t)-1 : l.indent;
	size_t i;

	for (;;) {
		if (line_is_dash(b, &l)) { /* always an ancestor here */
			if (!seq_parent(b, len, floor, l, &parent))
				return 0;
			i = parent.start + parent.indent;
			if (key_is(b, i, parent.end, "portals") ||
			    key_is(b, i, parent.end, "accounts")) {
				*entry = l;
				return 1;
			}
			l = parent; /* a nested list: keep climbing */
			cur = parent.indent;
			continue;
		}
		do {
			if (!line_prev(b, len, floor, &l))
				return 0;
		} while (l.indent >= cur);
		cur = l.indent;
	}
}

/* Copies a YAML scalar (plain, 'single' or "double" quoted) into out. */
static size_t scalar_copy(const unsigned char *b, size_t i, size_t end, char *out,
			  size_t cap)
{
	unsigned char q = 0;
	size_t n = 0;

	i = skip_blanks(b, i, end);
	if (i < end && (b[i] == '"' || b[i] == '\''))
		q = b[i++];
	for (; i < end && n + 1 < cap; i++) {
		if (q && b[i] == q) {
			if (q == '\'' && i + 1 < end && b[i + 1] == '\'')
				i++; /* '' is a quote inside '...' */
			else
				break;
		} else if (!q && b[i] == '#' &&
			   (!n || out[n - 1] == ' ' || out[n - 1] == '\t')) {
			break; /* " #" starts a comment */
		} else if (q == '"' && b[i] == '\\' && i + 1 < end) {
			i++;
		}
		/* control bytes would only garble the report */
		out[n++] = b[i] < 0x20 || b[i] == 0x7f ? '?' : (char)b[i];
	}
	while (!q && n && (out[n - 1] == ' ' || out[n - 1] == '\t'))
		n--;
	out[n] = '\0';
	if (!q && n && (out[0] == '>' || out[0] == '|')) {
		out[0] = '\0'; /* block scalar: not an account attribute */
		return 0;
	}
	return n;
}

/* Replaces bytes that are not well-formed UTF-8 with '?'. */
static void utf8_scrub(char *s)
{
	unsigned char *p = (unsigned char *)s;
	size_t need, k;

	while (*p) {
		need = *p < 0x80	     ? 0
		       : (*p & 0xe0) == 0xc0 ? 1
		       : (*p & 0xf0) == 0xe0 ? 2
		       : (*p & 0xf8) == 0xf0 ? 3
					     : 9;
		for (k = 1; need != 9 && k <= need; k++)
			if ((p[k] & 0xc0) != 0x80)
				need = 9;
		if (need == 9 || (need == 1 && *p < 0xc2)) {
			*p++ = '?';
			continue;
		}
		p += need + 1;
	}
}

struct account {
	char name[SCALAR_MAX], id[SCALAR_MAX], auth_type[SCALAR_MAX];
};

/* Reads the entry's own key at [i, end) if it is one we report. */
static void account_key(const unsigned char *b, size_t i, size_t end, struct account *a)
{
	static const char *const keys[] = { "name", "portalId", "accountId", "authType" };
	char *dst[4];
	size_t k;

	dst[0] = a->name;
	dst[1] = a->id;
	dst[2] = a->id;
	dst[3] = a->auth_type;
	for (k = 0; k < 4; k++) {
		if (!key_is(b, i, end, keys[k]) || dst[k][0])
			continue;
		scalar_copy(b, i + strlen(keys[k]) + 1, end, dst[k], SCALAR_MAX);
		utf8_scrub(dst[k]);
		return;
	}
}

/* Column of the entry's keys: after "- " on the dash line, or below it. */
static size_t entry_key_col(const unsigned char *b, const struct yline *d)
{
	size_t i = d->start + d->indent + 1;

	return skip_blanks(b, i, d->end) - d->start;
}

/* Collects name / id / auth type from the entry's direct keys. */
static void read_entry(const unsigned char *b, size_t len, const struct yline *dash,
		       struct account *a)
{
	size_t ceil = dash->start + YAML_WALK_MAX;
	size_t col = entry_key_col(b, dash);
	struct yline l = *dash;

	if (col < dash->end - dash->start)
		account_key(b, dash->start + col, dash->end, a);
	else
		col = (size_t)-1; /* "-" alone: keys start on the next line */
	while (line_next(b, len, ceil, &l) && l.indent > dash->indent) {
		if (col == (size_t)-1)
			col = l.indent;
		if (l.indent == col)
			account_key(b, l.start + col, l.end, a);
	}
}

/* 1 when s is a decimal number a double holds exactly. */
static int is_json_int(const char *s)
{
	size_t n = strlen(s), i;

	if (!n || n > 15 || (n > 1 && s[0] == '0'))
		return 0;
	for (i = 0; i < n; i++)
		if (!is_digit((unsigned char)s[i]))
			return 0;
	return 1;
}

/*
 * Names the CLI config entry (portals:/accounts: item) holding the match.
 * Line-based and indentation-aware, no YAML library; every read is bounded
 * by c->len and by a walk window around the match.
 */
void kh_hubspot_config_annotate(const struct kh_candidate *c, cJSON *facts)
{
	struct account a = { "", "", "" };
	struct yline entry;
	cJSON *obj;

	if (!c || !c->buf || !facts || c->match_start > c->len ||
	    !kh_hubspot_cli_config(c->path) ||
	    cJSON_GetObjectItemCaseSensitive(facts, "account"))
		return;
	if (!find_entry(c->buf, c->len, c->match_start, &entry))
		return;
	read_entry(c->buf, c->len, &entry, &a);
	if (!a.name[0] && !a.id[0] && !a.auth_type[0])
		return;
	obj = cJSON_AddObjectToObject(facts, "account");
	if (!obj)
		return;
	if (a.name[0])
		cJSON_AddStringToObject(obj, "name", a.name);
	if (is_json_int(a.id))
		cJSON_AddNumberToObject(obj, "id", (double)strtoull(a.id, NULL, 10));
	else if (a.id[0])
		cJSON_AddStringToObject(obj, "id", a.id);
	if (a.auth_type[0])
		cJSON_AddStringToObject(obj, "auth_type", a.auth_type);
}
