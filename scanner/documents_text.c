/*
 * documents_text.c - what the document readers (documents_*.c) share: the
 * text they produce (struct out, capped at KH_DOC_TEXT_MAX), characters and
 * entities added to it, one XML or HTML tag read, cp1252's upper half.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "documents_internal.h"
#include "util.h"

void out_add(struct out *o, const void *p, size_t n)
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

void out_byte(struct out *o, unsigned char c)
{
	out_add(o, &c, 1);
}

/* A tab or a line's end: a space owed is dropped, and a row's last cell's
 * tab gives way to the row's end. */
void out_break(struct out *o, char c)
{
	o->pending = 0;
	if (c == '\n' && o->len && o->s[o->len - 1] == '\t')
		o->len--;
	out_byte(o, (unsigned char)c);
}

void out_utf8(struct out *o, uint32_t c)
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

int starts_ci(const unsigned char *p, size_t n, const char *word)
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
void out_chars(struct out *o, const unsigned char *p, size_t n, int collapse)
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

/* Reads the tag at p[0] == '<' (p[0..n)); returns its length, or 0 when
 * it does not end. Comments, CDATA, declarations: name empty. */
size_t read_tag(const unsigned char *p, size_t n, struct tag *t)
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

int tag_is(const struct tag *t, const char *name)
{
	size_t k = strlen(name);

	return t->nlen == k && !memcmp(t->name, name, k);
}
