/*
 * documents.c - the entry points: what kind of document a source is
 * (kh_document_kind) and its text scanned in place of its bytes
 * (kh_scan_document). The readers are documents_office.c (Office Open XML,
 * OpenDocument), documents_rtf.c, documents_mail.c (e-mail, MIME) and
 * documents_pdf.c; documents_text.c holds what they share.
 */
#include "documents.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "archive.h"
#include "decode.h"
#include "diag.h"
#include "documents_internal.h"
#include "text.h"

unsigned kh_document_kind(const struct kh_source *src)
{
	const char *path = src->path;
	const unsigned char *p = src->data;
	size_t n = src->len, k;
	int mail = 0;

	if (!n)
		return 0;
	if (n >= 5 && !memcmp(p, "{\\rtf", 5))
		return KH_DEC_RTF;
	if (n >= 5 && !memcmp(p, "%PDF-", 5))
		return KH_DEC_PDF;
	if (!path)
		return 0;
	/* (the name's length once, its suffixes without a call: asked of
	 * every file) */
	k = strlen(path);
	if ((p[0] == '<' || (n >= 3 && p[0] == 0xEF)) &&
	    (ENDS_CI(path, k, ".xml") || ENDS_CI(path, k, ".fodt") ||
	     ENDS_CI(path, k, ".fodp")))
		return xml_kind(p, n);
	/* (mail's four by the name's last byte: one compared, not four) */
	switch (k ? ascii_lower((unsigned char)path[k - 1]) : 0) {
	case 'l': mail = ENDS_CI(path, k, ".eml") || ENDS_CI(path, k, ".mhtml"); break;
	case 'x': mail = ENDS_CI(path, k, ".mbox"); break;
	case 't': mail = ENDS_CI(path, k, ".mht"); break;
	}
	if (mail && mail_document(p, n))
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
