#include "json_lines.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

struct walker {
	const char *p, *end;
	unsigned line;
	struct kh_json_doc *doc;
	int failed;
};

/* White space as cJSON has it: every byte up to the space. */
static int is_ws(char c)
{
	return (unsigned char)c <= ' ';
}

static void skip_ws(struct walker *w)
{
	for (; w->p < w->end && is_ws(*w->p); w->p++)
		w->line += *w->p == '\n';
}

static void skip_string(struct walker *w)
{
	for (w->p++; w->p < w->end && *w->p != '"'; w->p++) {
		if (*w->p == '\\')
			w->p++;
		else if (*w->p == '\n')
			w->line++;
	}
	w->p++;
}

static void note_pos(struct walker *w, const cJSON *item, unsigned line)
{
	struct kh_json_doc *d = w->doc;

	if (kh_grow((void **)&d->pos, &d->cap, d->npos + 1, sizeof(*d->pos)) < 0) {
		w->failed = 1;
		return;
	}
	d->pos[d->npos].item = item;
	d->pos[d->npos++].line = line;
}

/* Walks the text of `item`, noting the line of each value, or key_line
 * (its key's) when not 0. Recursion is as deep as cJSON's nesting limit. */
static void walk_value(struct walker *w, const cJSON *item, unsigned key_line)
{
	const cJSON *c;

	skip_ws(w);
	note_pos(w, item, key_line ? key_line : w->line);
	if (w->p >= w->end)
		return;
	if (*w->p == '{' || *w->p == '[') {
		int obj = *w->p == '{';

		w->p++;
		for (c = item->child; c && w->p < w->end; c = c->next) {
			unsigned kl = 0;

			skip_ws(w);
			if (obj) {
				kl = w->line;
				skip_string(w);
				skip_ws(w);
				w->p++; /* ':' */
			}
			walk_value(w, c, kl);
			skip_ws(w);
			if (w->p < w->end && *w->p == ',')
				w->p++;
		}
		skip_ws(w);
		w->p++; /* '}' or ']' */
	} else if (*w->p == '"') {
		skip_string(w);
	} else {
		while (w->p < w->end && !is_ws(*w->p) && !strchr(",]}", *w->p))
			w->p++;
	}
}

static size_t line_at(const char *text, const char *at)
{
	size_t line = 1;

	for (; text < at; text++)
		line += *text == '\n';
	return line;
}

int kh_json_doc_parse(struct kh_json_doc *doc, const char *text, size_t len, size_t *line,
		      const char **why)
{
	const char *end = NULL, *p;
	struct walker w = { 0 };

	memset(doc, 0, sizeof(*doc));
	doc->root = cJSON_ParseWithLengthOpts(text, len, &end, 0);
	if (!doc->root) {
		p = cJSON_GetErrorPtr();
		*line = line_at(text, p && p >= text && p <= text + len ? p : text);
		*why = "not valid JSON";
		return -1;
	}
	for (p = end; p < text + len && is_ws(*p); p++)
		;
	if (p < text + len) {
		*line = line_at(text, p);
		*why = "more after the value";
		return -1;
	}
	w.p = text;
	w.end = text + len;
	w.line = 1;
	w.doc = doc;
	if (len >= 3 && !memcmp(text, "\xef\xbb\xbf", 3))
		w.p += 3;
	walk_value(&w, doc->root, 0);
	if (w.failed) {
		*line = 0;
		*why = "out of memory";
		return -1;
	}
	return 0;
}

unsigned kh_json_line(const struct kh_json_doc *doc, const cJSON *item)
{
	size_t i;

	for (i = 0; i < doc->npos; i++)
		if (doc->pos[i].item == item)
			return doc->pos[i].line;
	return 0;
}

void kh_json_doc_release(struct kh_json_doc *doc)
{
	if (!doc)
		return;
	cJSON_Delete(doc->root);
	free(doc->pos);
	memset(doc, 0, sizeof(*doc));
}
