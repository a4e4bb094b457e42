/*
 * documents.h - documents read as the text a reader sees (wave 29).
 *
 * A word processor's, a slide deck's or a mail client's file holds its
 * text split or encoded: a .docx's word/document.xml splits a sentence
 * over runs (`<w:t>Pass</w:t>` ... `<w:t>word: v</w:t>`), an .odt's
 * content.xml over spans, an RTF file over control words and `\'xx`
 * escapes, an e-mail over quoted-printable soft line breaks and base64
 * parts, a PDF over compressed content streams and text operators.
 * kh_scan_document() tells such a source by its name and first
 * bytes (a file kind test: no byte of other sources is read), produces
 * its plain text (a paragraph a line, a table row a line with its cells
 * separated by tabs, each MIME part decoded, HTML's tags dropped) and
 * scans that text in place of the source's bytes, under the source's own
 * name; findings' `decoded` names the document's kind ("mime", "docx",
 * "pptx", "odf", "rtf", "pdf") and their line is the produced text's. An
 * e-mail's attached archives and documents are scanned as its members
 * ("mail.eml!a.docx"), except in a message that is itself a member.
 */
#ifndef KH_DOCUMENTS_H
#define KH_DOCUMENTS_H

#include <stddef.h>

#include "matcher.h"
#include "pool.h"

/* Text produced from one document, at most (the rest is not read; a note
 * says so). */
#define KH_DOC_TEXT_MAX (8u << 20)

/* What kind of document src is, as a KH_DEC_* bit (decode.h), or 0 when
 * it is none of them (or an e-mail with nothing encoded: read as it is). */
unsigned kh_document_kind(const struct kh_source *src);

/* Scans src's text when it is a document: 1, scanned; 0, no document (the
 * caller scans it as it is); -1, out of memory. */
int kh_scan_document(struct kh_worker *w, const struct kh_source *src);

#endif
