/*
 * documents_office.c - Office Open XML parts (a .docx's body, headers,
 * comments and notes; a .pptx's slides and notes) and OpenDocument content
 * (.odt, .odp, flat .fodt/.fodp) read as their text, and such a part told by
 * its root element.
 */
#include <ctype.h>
#include <string.h>

#include "decode.h"
#include "documents_internal.h"
#include "util.h"

#define XML_PROBE  4096 /* bytes looked at for an XML document's root */
#define SPACES_MAX 64	/* ODF's <text:s text:c="N"/>, at most */

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
void xml_text(struct out *o, const unsigned char *p, size_t n, int odf)
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

/* An XML document's kind by its root: a Word part (body, header, footer,
 * comments, notes), a slide or its notes, an OpenDocument text or
 * presentation (a spreadsheet's rows are shape_logins.c's). */
unsigned xml_kind(const unsigned char *p, size_t n)
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
