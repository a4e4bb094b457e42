/*
 * json_lines.h - a JSON document whose values know their line, so that a
 * settings file's errors can say "FILE:LINE: key ...". cJSON keeps no
 * positions: after it parses the text, the text is walked once more beside
 * the tree (the same grammar, so the two cannot disagree), noting where
 * each value starts, or where its key does for an object member.
 *
 * Ownership: the document owns the tree and the table; release frees both.
 */
#ifndef KH_JSON_LINES_H
#define KH_JSON_LINES_H

#include <stddef.h>

#include <cJSON.h>

struct kh_json_pos {
	const cJSON *item;
	unsigned line;
};

struct kh_json_doc {
	cJSON *root;
	struct kh_json_pos *pos;
	size_t npos, cap;
};

/*
 * Parses text[0..len) (a UTF-8 byte-order mark allowed; nothing but white
 * space after the value) into doc (zeroed first). Returns 0; or -1 with
 * *line the line of the problem and *why "not valid JSON" or "more after
 * the value" (*line 0 and *why "out of memory" when that is the problem).
 * Release doc in every case.
 */
int kh_json_doc_parse(struct kh_json_doc *doc, const char *text, size_t len, size_t *line,
		      const char **why);
/* The line of item (1-based), or 0 when item is not of doc. Linear: for
 * error messages. */
unsigned kh_json_line(const struct kh_json_doc *doc, const cJSON *item);
void kh_json_doc_release(struct kh_json_doc *doc);

#endif
