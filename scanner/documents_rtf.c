/*
 * documents_rtf.c - an RTF document read as its text: control words,
 * escapes and Unicode characters decoded, destinations that are no text
 * (fonts, styles, pictures, metadata) skipped.
 */
#include <ctype.h>
#include <stdint.h>
#include <string.h>

#include "documents_internal.h"

#define RTF_DEPTH 256 /* RTF groups tracked; deeper ones share the last */

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

/*
 * The text of an RTF document: \par, \line, \row and \page end a line,
 * \cell and \tab are tabs, \'xx is a cp1252 byte, \uN a character (its
 * \ucN fallback characters dropped); groups of fonts, styles, pictures,
 * metadata and every {\* ...} destination are skipped. Braces need not
 * balance: a '}' too many is ignored, a group left open ends with the text.
 */
void rtf_text(struct out *o, const unsigned char *p, size_t n)
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
