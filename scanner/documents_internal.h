/*
 * documents_internal.h - what the document readers' files (documents.c,
 * documents_text.c, documents_office.c, documents_rtf.c, documents_mail.c,
 * documents_pdf.c) share: the text a document produces, the helpers that add
 * to it, one XML tag read, and each reader's entry point. Not a public
 * header: documents.h is.
 */
#ifndef KH_DOCUMENTS_INTERNAL_H
#define KH_DOCUMENTS_INTERNAL_H

#include <ctype.h>
#include <stddef.h>
#include <stdint.h>

#include "documents.h"

/* ---- produced text (documents_text.c) ------------------------------------ */

/* The text a document produces: capped at KH_DOC_TEXT_MAX (`full` set, the
 * rest dropped); `oom` once an allocation failed. The owner frees s. */
struct out {
	unsigned char *s;
	size_t len, cap;
	int full, oom;
	/* a separator owed before the next text: ' ' between a table cell's
	 * paragraphs, dropped before a tab or a line's end */
	char pending;
};

/* p[0..n) added (a separator owed first); nothing once full or oom. */
void out_add(struct out *o, const void *p, size_t n);
void out_byte(struct out *o, unsigned char c);
/* A tab or a line's end: a space owed is dropped, and a row's last cell's
 * tab gives way to the row's end. */
void out_break(struct out *o, char c);
/* Character c as UTF-8 ('?' for a surrogate, NUL or no character). */
void out_utf8(struct out *o, uint32_t c);
/* Character data p[0..n) with its entities decoded; `collapse`: runs of
 * white space as one space (ODF's and HTML's text). */
void out_chars(struct out *o, const unsigned char *p, size_t n, int collapse);

/* A hex digit's value, or -1. (Inline, as cp1252(): the RTF and PDF
 * readers call them on every byte.) */
static inline int hexval(unsigned char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c = (unsigned char)tolower(c);
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

/* Whether p[0..n) starts with word, in any case. */
int starts_ci(const unsigned char *p, size_t n, const char *word);

/* cp1252's 0x80..0x9F (the rest of its upper half is Latin-1's). */
static inline uint32_t cp1252(unsigned char c)
{
	static const uint16_t hi[32] = {
		0x20AC, 0x81,	0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
		0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,	0x017D, 0x8F,
		0x90,	0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
		0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,	0x017E, 0x0178,
	};

	return c >= 0x80 && c < 0xA0 ? hi[c - 0x80] : c;
}

/* One tag of XML: its local name (no prefix), whether it closes (</x>) or
 * is empty (<x/>), and its attributes' text. */
struct tag {
	const unsigned char *name, *attrs;
	size_t nlen, alen;
	int closing, empty;
};

/* Reads the tag at p[0] == '<' (p[0..n)); returns its length, or 0 when
 * it does not end. Comments, CDATA, declarations: name empty. */
size_t read_tag(const unsigned char *p, size_t n, struct tag *t);
/* Whether t's local name is name, to the letter. */
int tag_is(const struct tag *t, const char *name);

/* ---- the readers: each adds a document's text to o ----------------------- */

/* documents_office.c: an Office Open XML part or OpenDocument content (odf
 * set); and an XML document's kind by its root (KH_DEC_DOCX, KH_DEC_PPTX,
 * KH_DEC_ODF), or 0. */
void xml_text(struct out *o, const unsigned char *p, size_t n, int odf);
unsigned xml_kind(const unsigned char *p, size_t n);

/* documents_rtf.c */
void rtf_text(struct out *o, const unsigned char *p, size_t n);

/* documents_mail.c: a message or a mailbox (its attachments that are
 * archives or documents scanned by w as members of path, unless path is
 * itself a member); -1 when out of memory. And whether p[0..n) is a
 * message worth reading so: it starts as one and holds an encoded part or
 * word. */
int mail_text(struct out *o, const unsigned char *p, size_t n, struct kh_worker *w,
	      const char *path);
int mail_document(const unsigned char *p, size_t n);

/* documents_pdf.c: -1 when out of memory. */
int pdf_text(struct out *o, const unsigned char *p, size_t n);

#endif
