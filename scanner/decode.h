/*
 * decode.h - secrets in encoded text (base64, percent-encoding, JSON and
 * JS string escapes, HTML entities, two levels deep: base64 in base64) and
 * names held apart from their values (shape.h).
 *
 * Lines that hold encoded text are copied, decoded, into a "layer"
 * (layer.h) that remembers where each byte came from; lines a keyword
 * marks (shape.h) also get a `name = "value"` copy of each pair held apart
 * there.
 * The engine scans the layer like any source; its findings are reported
 * at their place in the source (the encoded text, or the value itself),
 * with `decoded` saying how they were decoded. A finding the plain scan
 * already made is not reported twice; a decoded provider finding replaces
 * a generic one on the same text.
 */
#ifndef KH_DECODE_H
#define KH_DECODE_H

#include <stddef.h>
#include <time.h>

#include <cjson/cJSON.h>

#include "matcher.h"

/* How a byte was decoded; a finding's `decoded` holds the first level's
 * bits, and the second level's shifted by KH_DEC_LEVEL_SHIFT. */
enum {
	KH_DEC_BASE64 = 1,
	KH_DEC_PERCENT = 2,
	KH_DEC_ESCAPE = 4,
	KH_DEC_HTML = 8,
	KH_DEC_LEVEL_SHIFT = 4,
	/* the document a text was read from (documents.h), outermost: bits
	 * from KH_DEC_DOC_FIRST, named before the encodings inside it */
	KH_DEC_DOC_FIRST = 8,
	KH_DEC_MIME = 1 << 8, /* first: a message holds documents, never inside one */
	KH_DEC_DOCX = 1 << 9,
	KH_DEC_PPTX = 1 << 10,
	KH_DEC_ODF = 1 << 11,
	KH_DEC_RTF = 1 << 12,
	KH_DEC_PDF = 1 << 13,
	KH_DEC_DOC_LAST = 13,
	/* hex of text: past the documents' bits, the first level's and then
	 * the second's (a layer marks its bytes KH_DEC_HEX_BYTE, layer.h) */
	KH_DEC_HEX = 1 << 14,
	KH_DEC_HEX_2 = 1 << 15,
	KH_DEC_ENCODINGS = 5, /* base64, percent, escape, html, hex */
};

/* Decoded text scanned per source and level at most; past it, the rest of
 * the source is not decoded (a note says so). */
#define KH_DECODE_MAX (1u << 20)

/*
 * Scans src (kh_scan_source()) and then the text its encoded parts decode
 * to, appending every finding to out. Returns 0, or -1 when out of memory.
 */
int kh_scan_decoding(const struct kh_engine *e, struct kh_scratch *s,
		     const struct kh_source *src, time_t now, struct kh_diag *d,
		     struct kh_findings *out);

/* The encodings of `decoded`, outermost first, as a JSON array of names
 * ("mime", "docx", "pptx", "odf", "rtf", "pdf", then "base64", "percent",
 * "escape", "html"), NULL when out of memory; and as text ("base64,
 * base64"). */
cJSON *kh_decoded_json(unsigned decoded);
void kh_decoded_text(unsigned decoded, char *out, size_t outlen);
/* The KH_DEC_* bit of a document's name in `decoded` ("docx"), 0 when it
 * names none. */
unsigned kh_decoded_document(const char *name);
/* The bit of the k-th encoding (in the order above, hex last) at `level`
 * (0: the first, 1: the second), and the index of an encoding's name
 * ("hex": 4), KH_DEC_ENCODINGS when it names none. */
unsigned kh_decoded_bit(unsigned level, unsigned k);
unsigned kh_decoded_encoding(const char *name);

#endif
