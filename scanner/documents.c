#include "documents.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <zlib.h>

#include "archive.h"
#include "decode.h"
#include "diag.h"
#include "util.h"
#include "validate.h"

#define XML_PROBE  4096 /* bytes looked at for an XML document's root */
#define MIME_DEPTH 8	/* multiparts and attached messages nested, at most */
#define MIME_PARTS 4096 /* parts read from one message or mailbox, at most */
#define RTF_DEPTH  256	/* RTF groups tracked; deeper ones share the last */
#define HEADER_MAX 1024 /* one MIME header read for its parameters, at most */
#define SPACES_MAX 64	/* ODF's <text:s text:c="N"/>, at most */

/* ---- produced text ------------------------------------------------------- */

/* The text a document produces: capped at KH_DOC_TEXT_MAX (`full` set, the
 * rest dropped); `oom` once an allocation failed. */
struct out {
	unsigned char *s;
	size_t len, cap;
	int full, oom;
	/* a separator owed before the next text: ' ' between a table cell's
	 * paragraphs, dropped before a tab or a line's end */
	char pending;
};

static void out_add(struct out *o, const void *p, size_t n)
{
	if (o->full || o->oom || !n)
		return;
	if (o->pending) {
		char c = o->pending;

		o->pending = 0;
		out_add(o, &c, 1);
	}
	if (o->len + n > KH_DOC_TEXT_MAX) {
		o->full = 1;
		return;
	}
	if (o->len + n > o->cap) {
		size_t cap = o->cap ? o->cap : 4096;
		unsigned char *s;

		while (cap < o->len + n)
			cap *= 2;
		if (!(s = realloc(o->s, cap))) {
			o->oom = 1;
			return;
		}
		o->s = s;
		o->cap = cap;
	}
	memcpy(o->s + o->len, p, n);
	o->len += n;
}

static void out_byte(struct out *o, unsigned char c)
{
	out_add(o, &c, 1);
}

/* A tab or a line's end: a space owed is dropped, and a row's last cell's
 * tab gives way to the row's end. */
static void out_break(struct out *o, char c)
{
	o->pending = 0;
	if (c == '\n' && o->len && o->s[o->len - 1] == '\t')
		o->len--;
	out_byte(o, (unsigned char)c);
}

static void out_utf8(struct out *o, uint32_t c)
{
	unsigned char b[4];
	size_t n;

	if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF) || !c)
		c = '?';
	if (c < 0x80) {
		b[0] = (unsigned char)c;
		n = 1;
	} else if (c < 0x800) {
		b[0] = (unsigned char)(0xC0 | c >> 6);
		b[1] = (unsigned char)(0x80 | (c & 0x3F));
		n = 2;
	} else if (c < 0x10000) {
		b[0] = (unsigned char)(0xE0 | c >> 12);
		b[1] = (unsigned char)(0x80 | (c >> 6 & 0x3F));
		b[2] = (unsigned char)(0x80 | (c & 0x3F));
		n = 3;
	} else {
		b[0] = (unsigned char)(0xF0 | c >> 18);
		b[1] = (unsigned char)(0x80 | (c >> 12 & 0x3F));
		b[2] = (unsigned char)(0x80 | (c >> 6 & 0x3F));
		b[3] = (unsigned char)(0x80 | (c & 0x3F));
		n = 4;
	}
	out_add(o, b, n);
}

static int hexval(unsigned char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c = (unsigned char)tolower(c);
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

static int starts_ci(const unsigned char *p, size_t n, const char *word)
{
	size_t k = strlen(word);

	return n >= k && !strncasecmp((const char *)p, word, k);
}

/*
 * An XML or HTML entity at p[0] == '&' (p[0..n)): its character added to
 * o; returns the bytes it took, 0 when it is none (the '&' is text).
 */
static size_t out_entity(struct out *o, const unsigned char *p, size_t n)
{
	static const struct {
		const char *name;
		uint32_t c;
	} named[] = { { "lt;", '<' },	{ "gt;", '>' },	   { "amp;", '&' },
		      { "quot;", '"' }, { "apos;", '\'' }, { "nbsp;", ' ' } };
	size_t i, k;
	uint32_t c = 0;

	for (i = 0; i < sizeof(named) / sizeof(named[0]); i++)
		if (starts_ci(p + 1, n - 1, named[i].name)) {
			out_utf8(o, named[i].c);
			return 1 + strlen(named[i].name);
		}
	if (n < 4 || p[1] != '#')
		return 0;
	if (p[2] == 'x' || p[2] == 'X') {
		for (k = 3; k < n && k < 12 && hexval(p[k]) >= 0; k++)
			c = c * 16 + (uint32_t)hexval(p[k]);
		if (k == 3)
			return 0;
	} else {
		for (k = 2; k < n && k < 12 && isdigit(p[k]); k++)
			c = c * 10 + (uint32_t)(p[k] - '0');
		if (k == 2)
			return 0;
	}
	if (k >= n || p[k] != ';')
		return 0;
	out_utf8(o, c);
	return k + 1;
}

/* Character data p[0..n) with its entities decoded; `collapse`: runs of
 * white space as one space (ODF's and HTML's text). */
static void out_chars(struct out *o, const unsigned char *p, size_t n, int collapse)
{
	size_t i = 0;

	while (i < n && !o->full && !o->oom) {
		size_t k;

		if (p[i] == '&' && (k = out_entity(o, p + i, n - i))) {
			i += k;
		} else if (collapse && isspace(p[i])) {
			while (i < n && isspace(p[i]))
				i++;
			if (o->len && !isspace(o->s[o->len - 1]))
				out_byte(o, ' ');
		} else {
			for (k = i + 1;
			     k < n && p[k] != '&' && !(collapse && isspace(p[k])); k++)
				;
			out_add(o, p + i, k - i);
			i = k;
		}
	}
}

/* ---- Office Open XML and OpenDocument ------------------------------------ */

/* One tag of XML: its local name (no prefix), whether it closes (</x>) or
 * is empty (<x/>), and its attributes' text. */
struct tag {
	const unsigned char *name, *attrs;
	size_t nlen, alen;
	int closing, empty;
};

/* Reads the tag at p[0] == '<' (p[0..n)); returns its length, or 0 when
 * it does not end. Comments, CDATA, declarations: name empty. */
static size_t read_tag(const unsigned char *p, size_t n, struct tag *t)
{
	const unsigned char *e, *q, *colon = NULL;

	memset(t, 0, sizeof(*t));
	if (n >= 4 && !memcmp(p, "<!--", 4)) {
		e = kh_memmem(p + 4, n - 4, "-->", 3);
		return e ? (size_t)(e - p) + 3 : 0;
	}
	if (!(e = memchr(p, '>', n)))
		return 0;
	q = p + 1;
	if (q < e && *q == '/') {
		t->closing = 1;
		q++;
	}
	if (q < e && (*q == '!' || *q == '?'))
		return (size_t)(e - p) + 1;
	t->name = q;
	while (q < e && !isspace(*q) && *q != '/') {
		if (*q == ':')
			colon = q;
		q++;
	}
	if (colon)
		t->name = colon + 1;
	t->nlen = (size_t)(q - t->name);
	t->attrs = q;
	t->alen = (size_t)(e - q);
	t->empty = e > p + 1 && e[-1] == '/';
	return (size_t)(e - p) + 1;
}

static int tag_is(const struct tag *t, const char *name)
{
	size_t k = strlen(name);

	return t->nlen == k && !memcmp(t->name, name, k);
}

/* An attribute's value (name with its prefix, e.g. "text:c"), or -1. */
static long tag_number(const struct tag *t, const char *attr)
{
	const unsigned char *a = kh_memmem(t->attrs, t->alen, attr, strlen(attr));
	size_t i;
	long v = 0;

	if (!a)
		return -1;
	i = (size_t)(a - t->attrs) + strlen(attr);
	while (i < t->alen &&
	       (t->attrs[i] == '=' || t->attrs[i] == '"' || t->attrs[i] == '\''))
		i++;
	for (; i < t->alen && isdigit(t->attrs[i]) && v < 100000; i++)
		v = v * 10 + (t->attrs[i] - '0');
	return v;
}

/*
 * The text of an Office Open XML part (word: <w:t> runs and fields'
 * <w:instrText>; slides: <a:t>)
 * or of an OpenDocument's content (the character data of its paragraphs
 * and headings). A paragraph is a line; a table row is a line, its cells
 * separated by tabs (a cell's own paragraphs by spaces).
 */
static void xml_text(struct out *o, const unsigned char *p, size_t n, int odf)
{
	size_t i = 0;
	int in_t = 0, ppr = 0, cell = 0, para = 0, skip = 0;

	while (i < n && !o->full && !o->oom) {
		struct tag t;
		size_t k;
		const unsigned char *lt = memchr(p + i, '<', n - i);
		size_t end = lt ? (size_t)(lt - p) : n;

		if ((odf ? para > 0 && !skip : in_t) && end > i)
			out_chars(o, p + i, end - i, odf);
		if (!lt)
			break;
		i = end;
		if (n - i >= 9 && !memcmp(p + i, "<![CDATA[", 9)) {
			const unsigned char *e =
				kh_memmem(p + i + 9, n - i - 9, "]]>", 3);
			size_t stop = e ? (size_t)(e - p) : n;

			if (odf ? para > 0 && !skip : in_t)
				out_add(o, p + i + 9, stop - i - 9);
			i = e ? stop + 3 : n;
			continue;
		}
		if (!(k = read_tag(p + i, n - i, &t)))
			break; /* a tag cut short: the text ends there */
		i += k;
		if (!t.nlen)
			continue;
		if (odf) {
			if (tag_is(&t, "p") || tag_is(&t, "h")) {
				if (t.closing || t.empty) {
					if (para > 0)
						para--;
					if (cell)
						o->pending = ' ';
					else
						out_break(o, '\n');
				} else {
					para++;
				}
			} else if (tag_is(&t, "tracked-changes") ||
				   tag_is(&t, "note-citation")) {
				if (t.closing && skip > 0)
					skip--;
				else if (!t.closing && !t.empty)
					skip++;
			} else if (tag_is(&t, "tab") && !t.closing) {
				out_break(o, '\t');
			} else if (tag_is(&t, "line-break") && !t.closing) {
				out_break(o, cell ? ' ' : '\n');
			} else if (tag_is(&t, "s") && !t.closing && para > 0) {
				long c = tag_number(&t, "text:c");

				for (c = c < 1		  ? 1
					 : c > SPACES_MAX ? SPACES_MAX
							  : c;
				     c > 0; c--)
					out_byte(o, ' ');
			}
		} else if (tag_is(&t, "t") || tag_is(&t, "instrText")) {
			/* a run's text, and a field's instruction (a HYPERLINK's
			 * URL); a deleted run's w:delText is no text now */
			in_t = !t.closing && !t.empty;
			if (in_t && t.name[0] == 'i')
				out_byte(o, ' ');
		} else if (tag_is(&t, "pPr")) {
			if (t.closing && ppr > 0)
				ppr--;
			else if (!t.closing && !t.empty)
				ppr++;
		} else if (tag_is(&t, "p") && (t.closing || t.empty)) {
			if (cell)
				o->pending = ' ';
			else
				out_break(o, '\n');
		} else if (tag_is(&t, "tab") && !t.closing && !ppr) {
			out_break(o, '\t');
		} else if ((tag_is(&t, "br") || tag_is(&t, "cr")) && !t.closing) {
			if (cell)
				o->pending = ' ';
			else
				out_break(o, '\n');
		}
		/* tables: Word's w:tc/w:tr, a slide's a:tc/a:tr, ODF's table:* */
		if (tag_is(&t, "tc") || tag_is(&t, "table-cell") ||
		    tag_is(&t, "covered-table-cell")) {
			if (t.closing || t.empty) {
				if (cell > 0)
					cell--;
				out_break(o, '\t');
			} else {
				cell++;
			}
		} else if ((tag_is(&t, "tr") || tag_is(&t, "table-row")) && t.closing) {
			cell = 0;
			out_break(o, '\n');
		}
	}
	if (o->len && o->s[o->len - 1] != '\n')
		out_break(o, '\n');
}

/* The root element's name in an XML document's first bytes ("w:document"),
 * or NULL; *len its length. */
static const unsigned char *xml_root(const unsigned char *p, size_t n, size_t *len)
{
	size_t i = 0;

	if (n > XML_PROBE)
		n = XML_PROBE;
	if (n >= 3 && !memcmp(p, "\xEF\xBB\xBF", 3))
		i = 3;
	while (i < n) {
		struct tag t;
		size_t k;

		while (i < n && isspace(p[i]))
			i++;
		if (i >= n || p[i] != '<' || !(k = read_tag(p + i, n - i, &t)))
			return NULL;
		if (t.nlen && !t.closing) {
			const unsigned char *s = p + i + 1;

			*len = (size_t)(t.name + t.nlen - s);
			return s;
		}
		i += k;
	}
	return NULL;
}

static int ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), k = strlen(suffix);

	return n >= k && !strcasecmp(s + n - k, suffix);
}

/* An XML document's kind by its root: a Word part (body, header, footer,
 * comments, notes), a slide or its notes, an OpenDocument text or
 * presentation (a spreadsheet's rows are shape_logins.c's). */
static unsigned xml_kind(const unsigned char *p, size_t n)
{
	static const char *const word[] = { "w:document", "w:hdr",	 "w:ftr",
					    "w:comments", "w:footnotes", "w:endnotes" };
	static const char *const slide[] = { "p:sld", "p:notes" };
	size_t len = 0, i;
	const unsigned char *r = xml_root(p, n, &len);

	if (!r)
		return 0;
	for (i = 0; i < sizeof(word) / sizeof(word[0]); i++)
		if (len == strlen(word[i]) && !memcmp(r, word[i], len))
			return KH_DEC_DOCX;
	for (i = 0; i < sizeof(slide) / sizeof(slide[0]); i++)
		if (len == strlen(slide[i]) && !memcmp(r, slide[i], len))
			return KH_DEC_PPTX;
	if ((len == 23 && !memcmp(r, "office:document-content", 23)) ||
	    (len == 15 && !memcmp(r, "office:document", 15)))
		if (kh_memmem(p, n, "<office:text", 12) ||
		    kh_memmem(p, n, "<office:presentation", 20))
			return KH_DEC_ODF;
	return 0;
}

/* ---- RTF ------------------------------------------------------------------ */

/* Destinations whose text is no document's text: tables of fonts, colours
 * and styles, pictures, embedded objects, the document's metadata. */
static int rtf_skipped(const unsigned char *w, size_t n)
{
	static const char *const skip[] = {
		"fonttbl",   "colortbl",     "stylesheet", "info",
		"pict",	     "object",	     "listtable",  "listoverridetable",
		"rsidtbl",   "generator",    "themedata",  "colorschememapping",
		"datastore", "latentstyles", "xmlnstbl",   "filetbl",
		"revtbl",    "bkmkstart",    "bkmkend",	   "fldinst",
	};
	size_t i;

	for (i = 0; i < sizeof(skip) / sizeof(skip[0]); i++)
		if (n == strlen(skip[i]) && !memcmp(w, skip[i], n))
			return 1;
	return 0;
}

/* cp1252's 0x80..0x9F (the rest of its upper half is Latin-1's). */
static uint32_t cp1252(unsigned char c)
{
	static const uint16_t hi[32] = {
		0x20AC, 0x81,	0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
		0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,	0x017D, 0x8F,
		0x90,	0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
		0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,	0x017E, 0x0178,
	};

	return c >= 0x80 && c < 0xA0 ? hi[c - 0x80] : c;
}

/*
 * The text of an RTF document: \par, \line, \row and \page end a line,
 * \cell and \tab are tabs, \'xx is a cp1252 byte, \uN a character (its
 * \ucN fallback characters dropped); groups of fonts, styles, pictures,
 * metadata and every {\* ...} destination are skipped. Braces need not
 * balance: a '}' too many is ignored, a group left open ends with the text.
 */
static void rtf_text(struct out *o, const unsigned char *p, size_t n)
{
	unsigned char skip[RTF_DEPTH], uc[RTF_DEPTH];
	int depth = 0;
	size_t i = 0, drop = 0; /* fallback characters after \uN still to drop */

	skip[0] = 0;
	uc[0] = 1;
	while (i < n && !o->full && !o->oom) {
		unsigned char c = p[i];

		if (c == '{') {
			if (depth + 1 < RTF_DEPTH) {
				depth++;
				skip[depth] = skip[depth - 1];
				uc[depth] = uc[depth - 1];
			}
			i++;
			if (i + 1 < n && p[i] == '\\' && p[i + 1] == '*')
				skip[depth] = 1;
			continue;
		}
		if (c == '}') {
			if (depth > 0)
				depth--;
			i++;
			continue;
		}
		if (c == '\r' || c == '\n') {
			i++;
			continue;
		}
		if (c != '\\') {
			if (drop)
				drop--;
			else if (!skip[depth])
				out_utf8(o, cp1252(c));
			i++;
			continue;
		}
		/* a control word or symbol */
		if (++i >= n)
			break;
		c = p[i];
		if (c == '\'') {
			int h = i + 2 < n ? hexval(p[i + 1]) : -1,
			    l = h >= 0 ? hexval(p[i + 2]) : -1;

			i += l >= 0 ? 3 : 1;
			if (l < 0)
				continue; /* a bad escape: dropped */
			if (drop)
				drop--;
			else if (!skip[depth])
				out_utf8(o, cp1252((unsigned char)(h * 16 + l)));
			continue;
		}
		if (!isalpha(c)) {
			i++;
			if (skip[depth])
				continue;
			if (c == '\\' || c == '{' || c == '}')
				out_byte(o, c);
			else if (c == '~')
				out_byte(o, ' ');
			else if (c == '_')
				out_byte(o, '-');
			continue;
		}
		{
			const unsigned char *w = p + i;
			size_t wl = 0;
			long arg = 0;
			int has_arg = 0, neg = 0;

			while (i < n && isalpha(p[i]) && wl < 32) {
				i++;
				wl++;
			}
			if (i < n && p[i] == '-') {
				neg = 1;
				i++;
			}
			while (i < n && isdigit(p[i])) {
				if (arg < 1000000)
					arg = arg * 10 + (p[i] - '0');
				has_arg = 1;
				i++;
			}
			if (neg)
				arg = -arg;
			if (i < n && p[i] == ' ')
				i++;
			if (rtf_skipped(w, wl)) {
				skip[depth] = 1;
			} else if (wl == 3 && !memcmp(w, "bin", 3) && has_arg &&
				   arg > 0) {
				i += (size_t)arg < n - i ? (size_t)arg : n - i;
			} else if (wl == 2 && !memcmp(w, "uc", 2) && has_arg) {
				uc[depth] = (unsigned char)(arg < 0   ? 0
							    : arg > 8 ? 8
								      : arg);
			} else if (wl == 1 && w[0] == 'u' && has_arg) {
				if (!skip[depth])
					out_utf8(o,
						 (uint32_t)(arg < 0 ? arg + 65536 : arg));
				drop = uc[depth];
			} else if (skip[depth]) {
				continue;
			} else if ((wl == 3 && !memcmp(w, "par", 3)) ||
				   (wl == 4 && !memcmp(w, "line", 4)) ||
				   (wl == 3 && !memcmp(w, "row", 3)) ||
				   (wl == 4 && !memcmp(w, "page", 4)) ||
				   (wl == 4 && !memcmp(w, "sect", 4))) {
				out_break(o, '\n');
			} else if ((wl == 4 && !memcmp(w, "cell", 4)) ||
				   (wl == 3 && !memcmp(w, "tab", 3))) {
				out_break(o, '\t');
			}
		}
	}
	if (o->len && o->s[o->len - 1] != '\n')
		out_break(o, '\n');
}

/* ---- e-mail (RFC 5322 and MIME) ------------------------------------------ */

/* The end of the line starting at p[i] (its '\n' included). */
static size_t line_end(const unsigned char *p, size_t n, size_t i)
{
	const unsigned char *e = memchr(p + i, '\n', n - i);

	return e ? (size_t)(e - p) + 1 : n;
}

static int blank_line(const unsigned char *p, size_t i, size_t e)
{
	return e - i <= 2 && (e == i || p[i] == '\n' || p[i] == '\r');
}

/* Quoted-printable p[0..n): `=XX` a byte, `=` at a line's end a soft line
 * break (the line goes on); an `=` that is no escape stays. */
static void qp_decode(struct out *o, const unsigned char *p, size_t n, int underscore)
{
	size_t i = 0;

	while (i < n && !o->full && !o->oom) {
		size_t k = i;

		if (p[i] == '=') {
			int h = i + 2 < n ? hexval(p[i + 1]) : -1,
			    l = h >= 0 ? hexval(p[i + 2]) : -1;

			if (l >= 0) {
				out_byte(o, (unsigned char)(h * 16 + l));
				i += 3;
				continue;
			}
			for (k = i + 1; k < n && (p[k] == ' ' || p[k] == '\t'); k++)
				;
			if (k < n && p[k] == '\r')
				k++;
			if (k >= n || p[k] == '\n') {
				i = k + 1; /* a soft line break */
				continue;
			}
			out_byte(o, '=');
			i++;
			continue;
		}
		if (underscore && p[i] == '_') {
			out_byte(o, ' ');
			i++;
			continue;
		}
		for (k = i; k < n && p[k] != '=' && !(underscore && p[k] == '_'); k++)
			;
		out_add(o, p + i, k - i);
		i = k;
	}
}

/* Base64 p[0..n), line breaks and other bytes skipped, up to '='. */
static void b64_decode(struct out *o, const unsigned char *p, size_t n)
{
	unsigned char in[4096], dec[3072];
	size_t i, k = 0;

	for (i = 0; i <= n && !o->full && !o->oom; i++) {
		int end = i == n || p[i] == '=';
		long m;

		if (!end && (isalnum(p[i]) || (p[i] && strchr("+/-_", p[i]))))
			in[k++] = p[i];
		if (k == sizeof(in) || (end && k)) {
			if ((m = kh_base64_decode(in, k, dec, sizeof(dec))) > 0)
				out_add(o, dec, (size_t)m);
			k = 0;
		}
		if (end)
			break;
	}
}

/* A header line with its RFC 2047 encoded words (=?charset?B|Q?text?=)
 * decoded; the space between two encoded words is dropped. */
static void header_decode(struct out *o, const unsigned char *p, size_t n)
{
	size_t i = 0;
	int after_word = 0;

	while (i < n) {
		const unsigned char *s = kh_memmem(p + i, n - i, "=?", 2), *q1, *q2, *e;
		size_t at = s ? (size_t)(s - p) : n, j;

		if (s && (q1 = memchr(s + 2, '?', (size_t)(p + n - s - 2))) &&
		    q1 + 2 < p + n && q1[2] == '?' && strchr("BbQq", q1[1]) &&
		    (e = kh_memmem(q1 + 3, (size_t)(p + n - q1 - 3), "?=", 2))) {
			/* white space between two encoded words is no text */
			for (j = i; j < at && isspace(p[j]); j++)
				;
			if (!(after_word && j == at))
				out_add(o, p + i, at - i);
			q2 = q1 + 3;
			if (q1[1] == 'B' || q1[1] == 'b')
				b64_decode(o, q2, (size_t)(e - q2));
			else
				qp_decode(o, q2, (size_t)(e - q2), 1);
			i = (size_t)(e - p) + 2;
			after_word = 1;
			continue;
		}
		out_add(o, p + i, n - i);
		break;
	}
}

/* What a MIME entity's headers say of its body. */
struct mime {
	int multipart, message, html;
	int enc;	   /* 0: as it is; 'q': quoted-printable; 'b': base64 */
	char boundary[72]; /* RFC 2046: 70 characters at most */
	size_t nb;
	char name[128]; /* an attachment's file name, when it has one */
	size_t nn;
};

/* The value of parameter key ("boundary=") in header h[0..n), quoted or
 * not, copied to buf (cap bytes at most); returns its length, 0 when the
 * header has none or it does not fit. */
static size_t mime_param(const unsigned char *h, size_t n, const char *key, char *buf,
			 size_t cap)
{
	size_t k = strlen(key), i, len;

	for (i = 1; i + k <= n; i++) {
		const unsigned char *v = h + i + k, *e = h + n;

		if ((h[i - 1] != ';' && !isspace(h[i - 1])) ||
		    strncasecmp((const char *)h + i, key, k))
			continue;
		if (v < e && *v == '"') {
			const unsigned char *q = memchr(v + 1, '"', (size_t)(e - v - 1));

			if (!q)
				return 0;
			v++;
			e = q;
		} else {
			const unsigned char *q = v;

			while (q < e && !isspace(*q) && *q != ';')
				q++;
			e = q;
		}
		len = (size_t)(e - v);
		if (!len || len >= cap)
			return 0;
		memcpy(buf, v, len);
		buf[len] = '\0';
		return len;
	}
	return 0;
}

/* Reads one (unfolded) header h[0..n) for what struct mime keeps. */
static void mime_header(struct mime *m, const unsigned char *h, size_t n)
{
	size_t i;

	if (starts_ci(h, n, "content-type:")) {
		for (i = 13; i < n && isspace(h[i]); i++)
			;
		m->multipart = starts_ci(h + i, n - i, "multipart/");
		m->message = starts_ci(h + i, n - i, "message/rfc822");
		m->html = starts_ci(h + i, n - i, "text/html");
		m->nb = mime_param(h, n, "boundary=", m->boundary, sizeof(m->boundary));
		if (!m->nn)
			m->nn = mime_param(h, n, "name=", m->name, sizeof(m->name));
	} else if (starts_ci(h, n, "content-transfer-encoding:")) {
		for (i = 26; i < n && isspace(h[i]); i++)
			;
		if (starts_ci(h + i, n - i, "quoted-printable"))
			m->enc = 'q';
		else if (starts_ci(h + i, n - i, "base64"))
			m->enc = 'b';
	} else if (starts_ci(h, n, "content-disposition:")) {
		size_t k = mime_param(h, n, "filename=", m->name, sizeof(m->name));

		if (k)
			m->nn = k;
	}
}

/*
 * HTML p[0..n) as text: tags dropped (a paragraph's, a break's, a list
 * item's or a row's end a line's end, a cell's a tab), scripts and styles
 * dropped whole, entities decoded.
 */
static void html_text(struct out *o, const unsigned char *p, size_t n)
{
	static const char *const lines[] = { "br", "p",	 "div", "tr", "li",  "h1",   "h2",
					     "h3", "h4", "h5",	"h6", "pre", "table" };
	size_t i = 0, k;

	while (i < n && !o->full && !o->oom) {
		const unsigned char *lt = memchr(p + i, '<', n - i);
		size_t end = lt ? (size_t)(lt - p) : n;
		struct tag t;

		out_chars(o, p + i, end - i, 0);
		if (!lt)
			break;
		i = end;
		if (!(k = read_tag(p + i, n - i, &t))) {
			out_byte(o, '<'); /* a '<' in text */
			i++;
			continue;
		}
		i += k;
		if (!t.closing && (tag_is(&t, "script") || tag_is(&t, "style") ||
				   tag_is(&t, "SCRIPT") || tag_is(&t, "STYLE"))) {
			const unsigned char *e = kh_memmem(p + i, n - i, "</", 2);

			while (e &&
			       !starts_ci(e + 2, (size_t)(p + n - e - 2), "script") &&
			       !starts_ci(e + 2, (size_t)(p + n - e - 2), "style"))
				e = kh_memmem(e + 2, (size_t)(p + n - e - 2), "</", 2);
			i = e ? (size_t)(e - p) : n;
			continue;
		}
		if (t.nlen == 2 && (!strncasecmp((const char *)t.name, "td", 2) ||
				    !strncasecmp((const char *)t.name, "th", 2))) {
			if (t.closing)
				out_break(o, '\t');
			continue;
		}
		for (k = 0; k < sizeof(lines) / sizeof(lines[0]); k++)
			if (t.nlen == strlen(lines[k]) &&
			    !strncasecmp((const char *)t.name, lines[k], t.nlen)) {
				if (t.closing || k == 0)
					out_byte(o, '\n');
				break;
			}
	}
}

struct mail {
	struct out *o;
	size_t parts;
	/* attachments that are archives or documents (a .zip, a .docx, a
	 * PDF) are scanned as members of the message, "mail.eml!name"; not
	 * in a message that is itself a member (the nesting stays bounded) */
	struct kh_worker *w;
	const char *path;
	int failed; /* out of memory */
};

/* An attachment b[0..n) named name, scanned as a member of the message. */
static void mail_attachment(struct mail *m, const char *name, const unsigned char *b,
			    size_t n)
{
	struct kh_source a = { 0 };
	size_t pl = strlen(m->path), nl = strlen(name);
	char *path = malloc(pl + nl + 2);
	enum kh_probe kind = kh_probe_kind(b, n);

	if (kind != KH_PROBE_ARCHIVE && kind != KH_PROBE_DOCUMENT) {
		free(path);
		return;
	}
	if (!path) {
		m->failed = 1;
		return;
	}
	memcpy(path, m->path, pl);
	path[pl] = '!';
	memcpy(path + pl + 1, name, nl + 1);
	a.path = path;
	a.data = b;
	a.len = n;
	if (kh_scan_any(m->w, &a) < 0)
		m->failed = 1;
	free(path);
}

static void mime_entity(struct mail *m, const unsigned char *p, size_t n, int depth);

/* A leaf part's body decoded, as text; a binary one (an image, an archive)
 * is left out. */
static void mime_leaf(struct mail *m, const struct mime *h, const unsigned char *p,
		      size_t n)
{
	struct out d = { 0 }, *o = m->o;
	const unsigned char *b = p;
	size_t bn = n;

	if (h->enc) {
		if (h->enc == 'q')
			qp_decode(&d, p, n, 0);
		else
			b64_decode(&d, p, n);
		if (d.oom) {
			o->oom = 1;
			goto out;
		}
		b = d.s;
		bn = d.len;
	}
	if (bn && kh_looks_binary(b, bn)) {
		out_add(o, "[binary part]\n", 14);
		if (m->w && h->nn && h->enc == 'b')
			mail_attachment(m, h->name, b, bn);
		goto out;
	}
	if (h->html)
		html_text(o, b, bn);
	else
		out_add(o, b, bn);
	if (o->len && o->s[o->len - 1] != '\n')
		out_byte(o, '\n');
out:
	free(d.s);
}

/* A multipart body: each part between its boundary's lines. */
static void mime_parts(struct mail *m, const struct mime *h, const unsigned char *p,
		       size_t n, int depth)
{
	size_t i = 0, start = 0;
	int in = 0;

	while (i < n && !m->o->full && !m->o->oom) {
		size_t e = line_end(p, n, i);

		if (e - i >= 2 + h->nb && p[i] == '-' && p[i + 1] == '-' &&
		    !memcmp(p + i + 2, h->boundary, h->nb)) {
			int last = e - i >= 4 + h->nb && p[i + 2 + h->nb] == '-' &&
				   p[i + 3 + h->nb] == '-';

			if (in && m->parts++ < MIME_PARTS)
				mime_entity(m, p + start, i - start, depth + 1);
			if (last)
				return;
			in = 1;
			start = e;
		}
		i = e;
	}
	if (in && m->parts++ < MIME_PARTS)
		mime_entity(m, p + start, n - start, depth + 1);
}

/*
 * One MIME entity p[0..n): its header lines copied (encoded words
 * decoded), then its body: a multipart's parts and an attached message
 * each read the same way (MIME_DEPTH levels at most, MIME_PARTS parts), a
 * leaf decoded.
 */
static void mime_entity(struct mail *m, const unsigned char *p, size_t n, int depth)
{
	struct mime h = { 0 };
	size_t i = 0;

	while (i < n) {
		size_t e = line_end(p, n, i), f = e;
		unsigned char hdr[HEADER_MAX];
		size_t hl = 0;

		if (blank_line(p, i, e)) {
			i = e;
			break;
		}
		/* the header and its continuation lines */
		while (f < n && (p[f] == ' ' || p[f] == '\t'))
			f = line_end(p, n, f);
		header_decode(m->o, p + i, f - i);
		for (; i < f; i++)
			if (p[i] != '\r' && p[i] != '\n' && hl < sizeof(hdr))
				hdr[hl++] = p[i];
		mime_header(&h, hdr, hl);
	}
	out_byte(m->o, '\n');
	if (i >= n)
		return;
	if (depth < MIME_DEPTH && h.multipart && h.nb)
		mime_parts(m, &h, p + i, n - i, depth);
	else if (depth < MIME_DEPTH && h.message && !h.enc)
		mime_entity(m, p + i, n - i, depth + 1);
	else
		mime_leaf(m, &h, p + i, n - i);
}

/* A message, or a mailbox of messages each after its "From " line. */
static int mail_text(struct out *o, const unsigned char *p, size_t n, struct kh_worker *w,
		     const char *path)
{
	struct mail m = { o, 0, strchr(path, '!') ? NULL : w, path, 0 };
	size_t i = 0, start = 0;

	if (!starts_ci(p, n, "From ")) {
		mime_entity(&m, p, n, 0);
		return m.failed ? -1 : 0;
	}
	while (i < n && !o->full && !o->oom && !m.failed) {
		size_t e = line_end(p, n, i);

		if (n - i >= 5 && !memcmp(p + i, "From ", 5)) {
			if (i > start)
				mime_entity(&m, p + start, i - start, 0);
			out_add(o, p + i, e - i); /* the separator line itself */
			start = e;
		}
		i = e;
	}
	if (start < n && !m.failed)
		mime_entity(&m, p + start, n - start, 0);
	return m.failed ? -1 : 0;
}

/* Whether p[0..n) starts as a message does: with a header (a name of
 * letters, digits and '-', then ':'), or a mailbox's "From " line. */
static int looks_mail(const unsigned char *p, size_t n)
{
	size_t i;

	if (starts_ci(p, n, "From "))
		return 1;
	for (i = 0; i < n && i < 78 && (isalnum(p[i]) || p[i] == '-'); i++)
		;
	return i > 0 && i < n && p[i] == ':' && isalpha(p[0]);
}

/* Whether a message holds anything encoded: a quoted-printable or base64
 * part, or an encoded word. */
static int mail_encoded(const unsigned char *p, size_t n)
{
	const unsigned char *c = p;

	while ((c = kh_memmem(c, (size_t)(p + n - c), "ransfer-", 8))) {
		size_t left = (size_t)(p + n - c);

		c += 8;
		if (starts_ci(c, left - 8, "encoding:")) {
			const unsigned char *v = c + 9;

			while (v < p + n && isspace(*v))
				v++;
			if (starts_ci(v, (size_t)(p + n - v), "quoted-printable") ||
			    starts_ci(v, (size_t)(p + n - v), "base64"))
				return 1;
		}
	}
	return kh_memmem(p, n, "=?", 2) &&
	       (kh_memmem(p, n, "?B?", 3) || kh_memmem(p, n, "?Q?", 3) ||
		kh_memmem(p, n, "?b?", 3) || kh_memmem(p, n, "?q?", 3));
}

/* ---- PDF ------------------------------------------------------------------ */

/* A PDF's content streams read, at most; inflated bytes per stream and
 * per document, at most (a bomb costs no more). */
#define PDF_STREAMS	  4096
#define PDF_STREAM_MAX	  (8u << 20)
#define PDF_INFLATE_TOTAL (64u << 20)
#define PDF_DICT_BACK	  1024 /* bytes before `stream` its dictionary is looked for in */
#define PDF_OPERANDS	  6

/* The text a content stream's pending string collects: cp1252 bytes. */
static void pdf_string(struct out *o, const unsigned char *p, size_t n, size_t *i)
{
	int depth = 1;
	size_t k = *i + 1;

	while (k < n && depth > 0) {
		unsigned char c = p[k++];

		if (c == '\\' && k < n) {
			unsigned char e = p[k++];
			static const char esc[] = "n\nr\rt\tb\bf\f";
			const char *m = strchr(esc, e);

			if (e >= '0' && e <= '7') {
				unsigned v = (unsigned)(e - '0'), d;

				for (d = 0; d < 2 && k < n && p[k] >= '0' && p[k] <= '7';
				     d++)
					v = v * 8 + (unsigned)(p[k++] - '0');
				out_utf8(o, cp1252((unsigned char)v));
			} else if (e == '\r' || e == '\n') {
				if (e == '\r' && k < n && p[k] == '\n')
					k++; /* a line continued */
			} else if (m && e && (m - esc) % 2 == 0) {
				out_byte(o, (unsigned char)m[1] == '\n'
						    ? ' '
						    : (unsigned char)m[1]);
			} else {
				out_byte(o, e);
			}
			continue;
		}
		if (c == '(')
			depth++;
		else if (c == ')' && !--depth)
			break;
		out_utf8(o, cp1252(c));
	}
	*i = k;
}

/* A hex string <4869>'s bytes; *i at its '<'. */
static void pdf_hex(struct out *o, const unsigned char *p, size_t n, size_t *i)
{
	size_t k = *i + 1;
	int hi = -1;

	for (; k < n && p[k] != '>'; k++) {
		int v = hexval(p[k]);

		if (v < 0)
			continue;
		if (hi < 0) {
			hi = v;
		} else {
			out_utf8(o, cp1252((unsigned char)(hi * 16 + v)));
			hi = -1;
		}
	}
	*i = k < n ? k + 1 : n;
}

/*
 * The text a content stream shows: the strings of Tj, TJ, ' and " (a TJ
 * adjustment of more than 200 thousandths of a space is a space), a line
 * where the text's line moves down (Td, TD, T*, a Tm at another height).
 */
static void pdf_content(struct out *o, const unsigned char *p, size_t n)
{
	double num[PDF_OPERANDS], y = 0;
	int nn = 0, have_y = 0, in_text = 0;
	size_t i = 0;

	while (i < n && !o->full && !o->oom) {
		unsigned char c = p[i];

		if (c == '(' || (c == '<' && i + 1 < n && p[i + 1] != '<')) {
			/* a string shown now (Tj, ', ") or in a TJ array: the
			 * operator comes after it, the text is the same */
			if (c == '(')
				pdf_string(o, p, n, &i);
			else
				pdf_hex(o, p, n, &i);
			in_text = 1;
			nn = 0;
			continue;
		}
		if (c == '%') {
			while (i < n && p[i] != '\n' && p[i] != '\r')
				i++;
			continue;
		}
		if (isdigit(c) || c == '-' || c == '+' || c == '.') {
			char tmp[32];
			size_t k = 0;

			while (i < n && k + 1 < sizeof(tmp) &&
			       (isdigit(p[i]) || p[i] == '-' || p[i] == '+' ||
				p[i] == '.'))
				tmp[k++] = (char)p[i++];
			tmp[k] = '\0';
			if (nn == PDF_OPERANDS) {
				memmove(num, num + 1,
					sizeof(num[0]) * (PDF_OPERANDS - 1));
				nn--;
			}
			num[nn++] = strtod(tmp, NULL);
			/* inside a TJ array: a wide gap is a space */
			if (in_text && i < n && num[nn - 1] < -200 && o->len &&
			    o->s[o->len - 1] != ' ' && o->s[o->len - 1] != '\n')
				out_byte(o, ' ');
			continue;
		}
		if (isalpha(c) || c == '\'' || c == '"' || c == '*') {
			size_t k = i;

			while (i < n && (isalpha(p[i]) || p[i] == '*' || p[i] == '\'' ||
					 p[i] == '"'))
				i++;
			if (i - k == 2 &&
			    (!memcmp(p + k, "Td", 2) || !memcmp(p + k, "TD", 2))) {
				if (nn >= 2 && num[nn - 1] != 0)
					out_break(o, '\n');
				if (nn >= 2)
					y += num[nn - 1];
			} else if (i - k == 2 && !memcmp(p + k, "Tm", 2) && nn >= 6) {
				if (have_y && num[5] != y)
					out_break(o, '\n');
				y = num[5];
				have_y = 1;
			} else if ((i - k == 2 && !memcmp(p + k, "T*", 2)) ||
				   (i - k == 1 && (p[k] == '\'' || p[k] == '"'))) {
				out_break(o, '\n');
			} else if (i - k == 2 && !memcmp(p + k, "BT", 2)) {
				in_text = 0;
			}
			nn = 0;
			continue;
		}
		if (c == '[' || c == ']') {
			in_text = c == '[';
			nn = 0;
		}
		i++;
	}
	if (o->len && o->s[o->len - 1] != '\n')
		out_break(o, '\n');
}

/* Inflates zlib data p[0..n) into d, at most PDF_STREAM_MAX bytes and what
 * *budget has left (charged). Corrupt data ends it: what came before
 * stays. Returns -1 when out of memory. */
static int pdf_inflate(struct out *d, const unsigned char *p, size_t n, size_t *budget)
{
	z_stream z;
	unsigned char buf[16384];
	int rc = Z_OK;

	memset(&z, 0, sizeof(z));
	if (inflateInit(&z) != Z_OK)
		return -1;
	z.next_in = (unsigned char *)p;
	z.avail_in = (uInt)(n < UINT32_MAX ? n : UINT32_MAX);
	while (rc == Z_OK && d->len < PDF_STREAM_MAX && *budget) {
		size_t got;

		z.next_out = buf;
		z.avail_out = sizeof(buf);
		rc = inflate(&z, Z_NO_FLUSH);
		got = sizeof(buf) - z.avail_out;
		if (got > *budget)
			got = *budget;
		*budget -= got;
		out_add(d, buf, got);
		if (d->oom)
			break;
		if (!got && rc == Z_BUF_ERROR)
			break;
	}
	inflateEnd(&z);
	return d->oom ? -1 : 0;
}

/*
 * The text of a PDF: each content stream (FlateDecode or none; images,
 * fonts and other filters skipped) read for its text operators. Bounded:
 * PDF_STREAMS streams, PDF_STREAM_MAX bytes each, PDF_INFLATE_TOTAL in
 * all. Returns -1 when out of memory.
 */
static int pdf_text(struct out *o, const unsigned char *p, size_t n)
{
	size_t i = 0, streams = 0, budget = PDF_INFLATE_TOTAL;

	while (i < n && streams < PDF_STREAMS && !o->full && !o->oom) {
		const unsigned char *s = kh_memmem(p + i, n - i, "stream", 6), *dict,
				    *end;
		size_t at, from, back, body;
		struct out d = { 0 };

		if (!s)
			break;
		at = (size_t)(s - p);
		i = at + 6;
		if (at >= 3 && !memcmp(s - 3, "end", 3))
			continue;
		body = i;
		if (body < n && p[body] == '\r')
			body++;
		if (body < n && p[body] == '\n')
			body++;
		else if (body == i)
			continue; /* no `stream` keyword ending its line */
		back = at < PDF_DICT_BACK ? at : PDF_DICT_BACK;
		from = at - back;
		dict = kh_memmem(p + from, back, "<<", 2);
		while (dict && kh_memmem(dict + 2, (size_t)(s - dict - 2), " obj", 4))
			dict = kh_memmem(dict + 2, (size_t)(s - dict - 2), "<<", 2);
		end = kh_memmem(p + body, n - body, "endstream", 9);
		i = end ? (size_t)(end - p) + 9 : n;
		streams++;
		if (!dict)
			continue;
		back = (size_t)(s - dict);
		if (kh_memmem(dict, back, "/Subtype", 8) ||
		    kh_memmem(dict, back, "/Type", 5) ||
		    kh_memmem(dict, back, "/Length1", 8) ||
		    kh_memmem(dict, back, "/DecodeParms", 12))
			continue; /* an image, a font, an object stream */
		if (kh_memmem(dict, back, "/Filter", 7)) {
			if (!kh_memmem(dict, back, "/FlateDecode", 12) ||
			    kh_memmem(dict, back, "[", 1))
				continue; /* another filter, or a chain of them */
			if (pdf_inflate(&d, p + body,
					(end ? (size_t)(end - p) : n) - body,
					&budget) < 0)
				return -1;
			pdf_content(o, d.s ? d.s : (const unsigned char *)"", d.len);
			free(d.s);
		} else {
			pdf_content(o, p + body, (end ? (size_t)(end - p) : n) - body);
		}
	}
	return o->oom ? -1 : 0;
}

/* ---- the kind and the scan ------------------------------------------------ */

unsigned kh_document_kind(const struct kh_source *src)
{
	const char *path = src->path;
	const unsigned char *p = src->data;
	size_t n = src->len;

	if (!n)
		return 0;
	if (n >= 5 && !memcmp(p, "{\\rtf", 5))
		return KH_DEC_RTF;
	if (n >= 5 && !memcmp(p, "%PDF-", 5))
		return KH_DEC_PDF;
	if (!path)
		return 0;
	if ((p[0] == '<' || (n >= 3 && p[0] == 0xEF)) &&
	    (ends_with(path, ".xml") || ends_with(path, ".fodt") ||
	     ends_with(path, ".fodp")))
		return xml_kind(p, n);
	if ((ends_with(path, ".eml") || ends_with(path, ".mbox") ||
	     ends_with(path, ".mht") || ends_with(path, ".mhtml")) &&
	    looks_mail(p, n) && mail_encoded(p, n))
		return KH_DEC_MIME;
	return 0;
}

int kh_scan_document(struct kh_worker *w, const struct kh_source *src)
{
	unsigned kind = kh_document_kind(src);
	struct out o = { 0 };
	struct kh_source t;
	size_t first = w->findings.n, i;
	int ret = 0;

	if (!kind)
		return 0;
	if (kind == KH_DEC_RTF)
		rtf_text(&o, src->data, src->len);
	else if (kind == KH_DEC_MIME)
		ret = mail_text(&o, src->data, src->len, w, src->path);
	else if (kind == KH_DEC_PDF)
		pdf_text(&o, src->data, src->len);
	else
		xml_text(&o, src->data, src->len, kind == KH_DEC_ODF);
	if (o.oom || ret < 0) {
		free(o.s);
		return -1;
	}
	if (o.full)
		kh_note(w->diag, "%s: more than %u MiB of text; the rest was not read",
			src->path, KH_DOC_TEXT_MAX >> 20);
	t = *src;
	t.data = o.s ? o.s : (const unsigned char *)"";
	t.len = o.len;
	t.lines = NULL;
	t.nlines = 0;
	t.first_line = 0;
	ret = kh_scan_text(w, &t);
	for (i = first; i < w->findings.n; i++)
		w->findings.v[i]->decoded |= kind;
	free(o.s);
	return ret < 0 ? -1 : 1;
}
