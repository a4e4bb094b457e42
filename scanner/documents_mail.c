/*
 * documents_mail.c - an e-mail (RFC 5322 and MIME) or a mailbox read as its
 * text: headers' encoded words, quoted-printable and base64 parts decoded,
 * HTML parts' tags dropped, nested multiparts and attached messages read
 * (bounded), attached archives and documents scanned as the message's
 * members.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "archive.h"
#include "decode.h"
#include "documents_internal.h"
#include "util.h"
#include "validate.h"

#define MIME_DEPTH 8	/* multiparts and attached messages nested, at most */
#define MIME_PARTS 4096 /* parts read from one message or mailbox, at most */
#define HEADER_MAX 1024 /* one MIME header read for its parameters, at most */

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
int mail_text(struct out *o, const unsigned char *p, size_t n, struct kh_worker *w,
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

int mail_document(const unsigned char *p, size_t n)
{
	return looks_mail(p, n) && mail_encoded(p, n);
}
