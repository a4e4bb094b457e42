/*
 * text.h - small inline helpers for reading a line of text: the comment
 * mark that starts at a byte, among a set the caller names.
 *
 * Every reader that asks "is this a comment?" asks it here, so the marks
 * are spelled once. Most pass one of the two sets below, by where the
 * mark stands; config lines pass their own (shape_config.c says why). Header-only: these
 * run per line (or per byte) on the scan's hot path, where a call would cost more than
 * the test.
 */
#ifndef KH_TEXT_H
#define KH_TEXT_H

#include <stddef.h>
#include <strings.h>

/* The comment marks kh_comment_mark() knows, one bit each; a set is
 * their OR. */
enum kh_comment_marks {
	KH_MARK_HASH = 1 << 0,	  /* `#`: shell, Python, YAML, TOML, INI */
	KH_MARK_SEMI = 1 << 1,	  /* `;`: INI, Lisp, assembly, zone files */
	KH_MARK_SLASH = 1 << 2,	  /* `//` and slash-star: the C family */
	KH_MARK_STAR = 1 << 3,	  /* `*`: a block comment's inner lines */
	KH_MARK_DASHES = 1 << 4,  /* `--`: SQL, Lua, Haskell */
	KH_MARK_HTML = 1 << 5,	  /* `<!--`: HTML, XML, Markdown */
	KH_MARK_BANG = 1 << 6,	  /* `!`: .properties, X resources, Fortran */
	KH_MARK_PERCENT = 1 << 7, /* `%`: TeX, Erlang, MATLAB */
	KH_MARK_REM = 1 << 8,	  /* `REM ` (any case, a space after): batch files */
};

/*
 * The marks a comment starts with in most languages, after a blank in the
 * middle of a line too (`x = 1 # note`). Not `%` nor `REM `: after a
 * blank those are a format's (`"%s %d"`) or a word's more often than a
 * comment's.
 */
#define KH_MARKS_INLINE                                                                \
	(KH_MARK_HASH | KH_MARK_SEMI | KH_MARK_SLASH | KH_MARK_STAR | KH_MARK_DASHES | \
	 KH_MARK_HTML)

/* The marks a comment starts with at a line's start (after its indent):
 * KH_MARKS_INLINE, `%` and `REM ` too. */
#define KH_MARKS_LEADING (KH_MARKS_INLINE | KH_MARK_PERCENT | KH_MARK_REM)

/*
 * The length of the comment mark of `marks` that starts at b[i] (the line
 * ending at b[e]), or 0 when none does. Only b[i..e) is read; where the
 * mark must stand (the line's start, after a blank) is the caller's
 * business.
 */
static inline size_t kh_comment_mark(const unsigned char *b, size_t i, size_t e,
				     unsigned marks)
{
	if (i >= e)
		return 0;
	switch (b[i]) {
	case '#': return (marks & KH_MARK_HASH) != 0;
	case ';': return (marks & KH_MARK_SEMI) != 0;
	case '*': return (marks & KH_MARK_STAR) != 0;
	case '!': return (marks & KH_MARK_BANG) != 0;
	case '%': return (marks & KH_MARK_PERCENT) != 0;
	case '/':
		return (marks & KH_MARK_SLASH) && i + 1 < e &&
				       (b[i + 1] == '/' || b[i + 1] == '*')
			       ? 2
			       : 0;
	case '-': return (marks & KH_MARK_DASHES) && i + 1 < e && b[i + 1] == '-' ? 2 : 0;
	case '<':
		return (marks & KH_MARK_HTML) && e - i >= 4 && b[i + 1] == '!' &&
				       b[i + 2] == '-' && b[i + 3] == '-'
			       ? 4
			       : 0;
	case 'r':
	case 'R':
		return (marks & KH_MARK_REM) && e - i >= 4 &&
				       !strncasecmp((const char *)b + i, "rem ", 4)
			       ? 4
			       : 0;
	default: return 0;
	}
}

#endif
