/*
 * shape_continue.c - one literal continued over lines (shape_continue.h).
 *
 * A long token is broken over lines to keep a file within a width. Each
 * format says how its lines join: a backslash before the line's end is
 * removed with the line break by the shell (in double quotes and out),
 * Docker, C's preprocessor and Python's strings; TOML's multi-line basic
 * strings and .properties values drop the next line's leading blanks
 * too, as YAML's double-quoted scalars do after an escaped line break.
 * make joins with one space, so a token goes on only after `$\` (GNU
 * make's idiom for no space); a systemd unit joins with one space too,
 * and INI's indented lines keep their line breaks: no token goes on. A
 * YAML scalar folds its more indented lines with one space: for a token
 * that fold is layout, not content, and the pieces are joined as they
 * are. The next line's indentation is layout everywhere: a token holds no
 * blanks.
 *
 * The look starts only where a keyword's line ends in such a mark, with a
 * token's piece (six bytes or more, no blank) or a value's opening (`="\`,
 * `"""\`) touching it, or in a YAML file at a key's line (its value may
 * start below); the joined line is what the rules would read had it been
 * written on one line.
 */
#include "shape_continue.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "text.h"

/* Lines one literal may go on over, and the shortest piece before a
 * break: shorter pieces are words and operators (`&&\`, `sen\`). */
#define CONTINUE_LINES 16
#define PIECE_MIN      6
/* The longest line a piece is taken from: a minified file's line is no
 * assignment's, and the layer would hold it whole. */
#define PIECE_LINE_MAX 4096

static int blank(unsigned char c)
{
	return c == ' ' || c == '\t';
}

/* A byte a token's piece may hold: no blank, quote, bracket or separator
 * of a name from its value. */
static int token_byte(unsigned char c)
{
	return c > ' ' && c < 0x7f && !strchr("\"'`\\;,(){}[]<>=:", c);
}

static size_t piece_start(const unsigned char *b, size_t ls, size_t end)
{
	while (end > ls && token_byte(b[end - 1]))
		end--;
	return end;
}

/* Whether b[ls..end) ends in a token's piece: PIECE_MIN bytes or more,
 * a letter or digit among them. */
static int ends_in_piece(const unsigned char *b, size_t ls, size_t end)
{
	size_t s = piece_start(b, ls, end), k;

	if (end - s < PIECE_MIN)
		return 0;
	for (k = s; k < end; k++)
		if (isalnum(b[k]))
			return 1;
	return 0;
}

/*
 * Where the text of the line b[ls..le) stops before a continuation mark
 * that joins a token's piece to the next line: the `\` (make: `$\`), or
 * le when the line does not go on so.
 */
static size_t break_at(const struct kh_continue *c, const unsigned char *b, size_t ls,
		       size_t le, int first)
{
	size_t k = le, cut;

	if (le - ls > PIECE_LINE_MAX)
		return le;
	while (k > ls && b[k - 1] == '\\')
		k--;
	if (((le - k) & 1) == 0) /* none, or an escaped backslash */
		return le;
	cut = le - 1;
	if (c->make > 0) {
		/* make and systemd join these with a space: two words (make's
		 * `$\` expands an empty variable over that space) */
		if (c->make == 2 || cut == ls || b[cut - 1] != '$')
			return le;
		cut--;
	}
	/* an escape before the break (`\n\`): a text's real lines, a PEM
	 * body in a C string, not a token cut in two */
	if (cut > ls + 1 && b[cut - 2] == '\\')
		return le;
	/* a value that opens on the next line (`TOKEN="\`, TOML's `"""\`) */
	if (first && cut > ls &&
	    (b[cut - 1] == '"' || b[cut - 1] == '\'' || b[cut - 1] == '='))
		return cut;
	return ends_in_piece(b, ls, cut) ? cut : le;
}

/* One piece of a joined literal: b[s..e) of a line. */
struct piece {
	size_t s, e;
};

/* Appends the pieces p[0..n) as one line ending at b[end]. */
static int put_pieces(struct kh_layer *l, const unsigned char *b, const struct piece *p,
		      size_t n, size_t end)
{
	size_t i, k;
	int r = 0;

	for (i = 0; i < n && r == 0; i++)
		for (k = p[i].s; k < p[i].e && r == 0; k++)
			r = kh_layer_put(l, b[k], k, k + 1, 0);
	if (r == 0)
		r = kh_layer_put(l, '\n', end, end, 0);
	return r < 0 ? -1 : 0;
}

/* The line after the '\n' at b[nl]: its start *ns and end *ne (without
 * "\r"); returns where its text begins, past its indentation. */
static size_t next_line(const unsigned char *b, size_t len, size_t nl, size_t *ns,
			size_t *ne)
{
	*ns = nl + 1;
	*ne = content_end(b, len, *ns);
	return skip_blanks(b, *ns, *ne);
}

/*
 * The pieces of the line b[ls..cut) broken by a backslash and the lines
 * that go on after it, each without its leading blanks: their number (0
 * when the next line holds no token's piece); *at: the end of the last.
 */
static size_t backslashed(const struct kh_continue *c, const unsigned char *b, size_t len,
			  size_t ls, size_t cut, struct piece *p, size_t *at)
{
	size_t n = 1, ns, vs, ne, next;
	/* a diff's added or removed line goes on in the next one of its side
	 * (`+TOKEN="...\` then `+..."`): the mark is no piece's */
	unsigned char side =
		(b[ls] == '+' || b[ls] == '-') && b[ls + 1] != b[ls] ? b[ls] : 0;

	p[0].s = ls;
	p[0].e = cut;
	for (*at = line_end(b, len, ls); n <= CONTINUE_LINES && *at < len; n++) {
		vs = next_line(b, len, *at, &ns, &ne);
		if (side && vs == ns && vs < ne && b[vs] == side)
			vs = skip_blanks(b, vs + 1, ne);
		if (vs >= ne || !token_byte(b[vs]) || ne - vs > PIECE_LINE_MAX)
			return 0; /* not a token's next piece: no join */
		next = break_at(c, b, vs, ne, 0);
		p[n].s = vs;
		p[n].e = next;
		*at = next < ne ? line_end(b, len, ns) : ne;
		if (next == ne)
			return n + 1;
	}
	return n > 1 ? n : 0; /* CONTINUE_LINES reached, or the text's end */
}

/* Whether b[s..e) is one word of a folded scalar: no blank, no `key:`,
 * no comment or list item. */
static int fold_word(const unsigned char *b, size_t s, size_t e)
{
	size_t k;

	if (s >= e || b[s] == '#' || b[s] == '-' || b[e - 1] == ':')
		return 0;
	for (k = s; k < e; k++)
		if (blank(b[k]) || (b[k] == ':' && k + 1 < e && blank(b[k + 1])))
			return 0;
	return 1;
}

/*
 * The pieces of a YAML key's line b[ls..ke) whose value starts below, one
 * word a line over two lines or more indented further than ind: their
 * number (0: not so); *at: the end of the last.
 */
static size_t folded_below(const unsigned char *b, size_t len, size_t ls, size_t ke,
			   size_t ind, struct piece *p, size_t *at)
{
	size_t n = 1, ns, ne, vs;

	p[0].s = ls;
	p[0].e = ke;
	for (*at = content_end(b, len, ls); n <= CONTINUE_LINES && *at < len; n++) {
		vs = next_line(b, len, line_end(b, len, *at), &ns, &ne);
		if (vs - ns <= ind || vs >= ne || ne - vs > PIECE_LINE_MAX)
			break;
		if (!fold_word(b, vs, ne) || (n == 1 && !ends_in_piece(b, vs, ne)))
			return 0;
		/* the blank before the first is the one after `key:` */
		p[n].s = n == 1 && b[ke - 1] == ':' ? vs - 1 : vs;
		p[n].e = ne;
		*at = ne;
	}
	return n >= 3 ? n : 0;
}

/*
 * The pieces of a YAML `key: value` line b[ls..le) whose one-word plain
 * or quoted scalar goes on over more indented lines of one word each:
 * their number (0: none goes on); *at: the end of the last.
 */
static size_t folded(const unsigned char *b, size_t len, size_t ls, size_t le,
		     struct piece *p, size_t *at)
{
	size_t i = skip_blanks(b, ls, le), ind = i - ls, k, v, s, n = 1, ns, ne, vs, e;
	unsigned char q = 0;
	const unsigned char *close;

	if (le - ls > PIECE_LINE_MAX)
		return 0;
	if (i + 1 < le && b[i] == '-' && blank(b[i + 1]))
		i = skip_blanks(b, i + 1, le);
	for (k = i; k < le && (isalnum(b[k]) || (b[k] && strchr("_-./", b[k]))); k++)
		;
	if (k == i || k >= le || b[k] != ':')
		return 0;
	/* the value starts below: `key:` alone, or a folded block (`>-`);
	 * over two lines or more (one alone is read already) */
	v = skip_blanks(b, k + 1, le);
	if (v == le)
		return folded_below(b, len, ls, k + 1, ind, p, at);
	if (b[v] == '>' &&
	    (v + 1 == le || (v + 2 == le && (b[v + 1] == '-' || b[v + 1] == '+'))))
		return folded_below(b, len, ls, v, ind, p, at);
	if (!blank(b[k + 1]))
		return 0;
	if (v < le && (b[v] == '"' || b[v] == '\''))
		q = b[v];
	s = v + (q != 0);
	if (s >= le || (!q && !isalnum(b[s]) && (!b[s] || !strchr("_/+", b[s]))) ||
	    (q && memchr(b + s, q, le - s)) || !fold_word(b, s, le) ||
	    !ends_in_piece(b, s, le))
		return 0;
	p[0].s = ls;
	p[0].e = le;
	for (*at = line_end(b, len, ls); n <= CONTINUE_LINES && *at < len; n++) {
		vs = next_line(b, len, *at, &ns, &ne);
		if (vs - ns <= ind || vs >= ne || ne - vs > PIECE_LINE_MAX)
			break; /* the scalar ends: its key's level, or a blank line */
		close = q ? memchr(b + vs, q, ne - vs) : NULL;
		e = close ? (size_t)(close - b) : ne;
		if (!fold_word(b, vs, e))
			return 0; /* prose, a list, a map: not a token's pieces */
		p[n].s = vs;
		p[n].e = ne; /* with the closing quote and what follows it */
		*at = ne;
		if (close)
			return n + 1;
	}
	/* a quoted scalar closes; a plain one ends where lines stop */
	return q || n == 1 ? 0 : n;
}

/* How the source's format joins a backslash's lines (c->make), looked at
 * once a line ends in one: most sources have none. */
static void path_joins(struct kh_continue *c)
{
	const char *base = strrchr(c->path, '/'), *dot;

	base = base ? base + 1 : c->path;
	dot = strrchr(base, '.');
	c->make = 0;
	if (!strcmp(base, "Makefile") || !strcmp(base, "makefile") ||
	    !strcmp(base, "GNUmakefile") || (dot && !strcmp(dot, ".mk")))
		c->make = 1;
	else if (dot && (!strcmp(dot, ".service") || !strcmp(dot, ".socket") ||
			 !strcmp(dot, ".timer") || !strcmp(dot, ".mount") ||
			 !strcmp(dot, ".path") || !strcmp(dot, ".network")))
		c->make = 2; /* a systemd unit */
}

void kh_continue_init(struct kh_continue *c, const char *path)
{
	size_t n = path ? strlen(path) : 0;

	c->done = 0;
	c->path = path;
	c->make = -1;
	c->yaml = ENDS_CI(path, n, ".yaml") || ENDS_CI(path, n, ".yml");
}

int kh_continue_hit(struct kh_continue *c, const unsigned char *b, size_t len, size_t pos,
		    struct kh_layer *l)
{
	struct piece p[CONTINUE_LINES + 1];
	size_t le = content_end(b, len, pos), ls, cut = le, n = 0, at = le;

	c->done = le + 1;
	/* the look starts only at a line ending in `\`, or in a YAML file */
	if (le == pos || (b[le - 1] != '\\' && !c->yaml))
		return 0;
	ls = line_start(b, pos);
	if (b[le - 1] == '\\') {
		if (c->make < 0 && c->path)
			path_joins(c);
		cut = break_at(c, b, ls, le, 1);
	}
	if (cut < le)
		n = backslashed(c, b, len, ls, cut, p, &at);
	else if (c->yaml && le < len)
		n = folded(b, len, ls, le, p, &at);
	if (!n)
		return 0;
	c->done = at;
	return put_pieces(l, b, p, n, at);
}

int kh_continue_piece(const unsigned char *b, size_t end, size_t whole_end)
{
	size_t k;

	for (k = end; k < whole_end; k++) {
		if (b[k] == '\n')
			return 1;
		if (!blank(b[k]) && b[k] != '\\' && b[k] != '$' && b[k] != '\r')
			return 0;
	}
	return 0;
}
