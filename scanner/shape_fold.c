/*
 * shape_fold.c - a call whose arguments sit on the lines below its '('
 * (Client(\n "AC…",\n "…"\n), new NetworkCredential(\n user,\n "…")),
 * folded onto one line so that the readers of a call's arguments on its
 * own line (shape.c's '(' case) read it as they read `Client("…", "…")`.
 * The fold is bounded (FOLD_SPAN bytes, FOLD_LINES lines), skips comments
 * and counts brackets outside strings: a call left open to the end of
 * the file, an unbalanced bracket or a string open at a line's end
 * folds nothing.
 */
#include "shape_internal.h"

#include <stdint.h>
#include <stdlib.h>

/* Whether b[i] starts a comment that runs to its line's end: // (C,
 * Go, Java, JS, Rust, Kotlin, Scala, C#, Swift), or # after a blank or at
 * the line's start (Python, Ruby, Perl, Julia, shell). */
static inline int line_comment_at(const unsigned char *b, size_t ls, size_t i, size_t end)
{
	if (b[i] != '/' && b[i] != '#')
		return 0;
	if (b[i] == '/' && i + 1 < end && b[i + 1] == '/')
		return i == ls || b[i - 1] != ':'; /* (not a URL's scheme://) */
	return b[i] == '#' &&
	       (i == ls || b[i - 1] == ' ' || b[i - 1] == '\t' || b[i - 1] == '\n');
}

static int fold_put(struct call_fold *f, unsigned char c, size_t at)
{
	if (f->n == FOLD_SPAN)
		return 0;
	f->text[f->n] = c;
	f->at[f->n++] = at;
	return 1;
}

int fold_may_open(const unsigned char *b, size_t ls, size_t le)
{
	size_t last = skip_blanks_back(b, le, ls);

	if (last == ls || !memchr(b + ls, '(', last - ls))
		return 0;
	return b[last - 1] == '(' || b[last - 1] == ',' ||
	       memchr(b + ls, '#', last - ls) || kh_memmem(b + ls, last - ls, "//", 2);
}

size_t fold_open_calls(const unsigned char *b, size_t ls, size_t le, size_t *open,
		       size_t max)
{
	size_t i, depth = 0, n = 0;
	unsigned char quote = 0;

	for (i = ls; i < le; i++) {
		if (quote) {
			if (b[i] == '\\')
				i++;
			else if (b[i] == quote)
				quote = 0;
		} else if (b[i] == '"' || b[i] == '\'' || b[i] == '`') {
			quote = b[i];
		} else if (line_comment_at(b, ls, i, le)) {
			break;
		} else if (b[i] == '(' || b[i] == '[' || b[i] == '{') {
			/* past max: counted, not kept (not a call's own) */
			if (depth < max)
				open[depth] = b[i] == '(' ? i : SIZE_MAX;
			depth++;
		} else if ((b[i] == ')' || b[i] == ']' || b[i] == '}') && depth) {
			depth--;
		}
	}
	if (quote)
		return 0; /* a string open at the line's end: no code read here */
	for (i = 0; i < depth && i < max; i++)
		if (open[i] != SIZE_MAX)
			open[n++] = open[i];
	return n;
}

int fold_call(const unsigned char *b, size_t len, size_t ls, size_t open,
	      struct call_fold *f)
{
	size_t i, depth = 0, lines = 0;
	unsigned char quote = 0;

	f->n = 0;
	if (open - ls >= FOLD_SPAN / 2)
		return 0; /* a long line's call (minified code): its own line */
	for (i = ls; i < open; i++)
		fold_put(f, b[i], i);
	for (i = open; i < len; i++) {
		if (b[i] == '\n' || b[i] == '\r') {
			if (quote || ++lines > FOLD_LINES)
				return 0;
			while (i + 1 < len && (b[i + 1] == '\n' || b[i + 1] == '\r' ||
					       b[i + 1] == ' ' || b[i + 1] == '\t'))
				i++;
			if (f->n && f->text[f->n - 1] != ' ' && !fold_put(f, ' ', i))
				return 0;
			continue;
		}
		if (quote) {
			if (b[i] == '\\' && i + 1 < len && b[i + 1] != '\n') {
				if (!fold_put(f, b[i], i))
					return 0;
				i++;
			} else if (b[i] == quote) {
				quote = 0;
			}
		} else if (b[i] == '"' || b[i] == '\'' || b[i] == '`') {
			quote = b[i];
		} else if (line_comment_at(b, ls, i, len)) {
			while (i + 1 < len && b[i + 1] != '\n')
				i++;
			continue;
		} else if (b[i] == '/' && i + 1 < len && b[i + 1] == '*') {
			/* a block comment: to its end, within the fold's span */
			size_t from = i;

			for (i += 2; i + 1 < len && !(b[i] == '*' && b[i + 1] == '/');
			     i++)
				if (i - from > FOLD_SPAN)
					return 0;
			i++;
			continue;
		} else if (b[i] == '(' || b[i] == '[' || b[i] == '{') {
			depth++;
		} else if (b[i] == ')' || b[i] == ']' || b[i] == '}') {
			if (!fold_put(f, b[i], i))
				return 0;
			if (--depth == 0) /* the call's own bracket */
				return lines > 0;
			continue;
		}
		if (!fold_put(f, b[i], i))
			return 0;
	}
	return 0; /* open to the end of the text */
}

/* Whether the bracket b[open] on the line from ls opens a call's
 * arguments or a value: '(' (a call), '[' or '{' after `:`, `=`, `=>`,
 * `,` or a bracket (a member's, a variable's, an argument's object), or
 * '{' glued to a type (Go's aws.Credentials{). Not a block (`) {`,
 * `else {`, a '{' alone on its line): a function's body is no object. */
static int opens_value(const unsigned char *b, size_t ls, size_t open)
{
	size_t k = open;

	if (b[open] == '(')
		return 1;
	while (k > ls && (b[k - 1] == ' ' || b[k - 1] == '\t'))
		k--;
	if (k == ls)
		return 0;
	return strchr(":=,([>", b[k - 1]) ||
	       (b[open] == '{' && k == open && (name_alnum(b[k - 1]) || b[k - 1] == '_'));
}

int kh_fold_around(const unsigned char *b, size_t len, size_t off, size_t *from,
		   size_t *to)
{
	size_t k, depth = 0, ls;
	struct call_fold *f;
	int r = 0;

	/* the opener before off that nothing between closes (brackets in
	 * strings aside: the fold below checks the call whole) */
	for (k = off; k > 0 && off - k < FOLD_SPAN; k--) {
		unsigned char c = b[k - 1];

		if (c == ')' || c == ']' || c == '}')
			depth++;
		else if ((c == '(' || c == '[' || c == '{') && !depth--)
			break;
	}
	if (k == 0 || off - k >= FOLD_SPAN)
		return 0;
	for (ls = k - 1; ls > 0 && b[ls - 1] != '\n'; ls--)
		;
	if (!opens_value(b, ls, k - 1))
		return 0;
	if (!(f = malloc(sizeof(*f))))
		return -1;
	if (fold_call(b, len, ls, k - 1, f) && f->at[f->n - 1] >= off) {
		*from = ls;
		*to = f->at[f->n - 1] + 1;
		r = 1;
	}
	free(f);
	return r;
}
