/*
 * documents_pdf.c - a PDF read as its text: each content stream (plain or
 * FlateDecode, inflated with a budget) read for its text operators.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <zlib.h>

#include "documents_internal.h"
#include "util.h"

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
int pdf_text(struct out *o, const unsigned char *p, size_t n)
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
