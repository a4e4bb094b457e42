/*
 * shape_split.c - a literal that code continues over lines by
 * concatenation: `String API_KEY = "abc…" +` then `"def…";` (Java, C#, JS,
 * Go, Kotlin, Swift, Dart; `+` at the next line's start too), PHP's and
 * Perl's `.`, Lua's `..`, SQL's `||`, VB's `&` and `& _`, a trailing `\`
 * (Ruby, Python, C), Python's literals in parentheses (`TOKEN = (` then
 * one literal a line, then `)`) and C's adjacent literals (`"abc"` then
 * `"def"`). The pieces are written to the layer as one line, `NAME =
 * "abcdef";`, each byte pointing back at its piece, so that every rule
 * reads the joined value as it reads a value on one line; the plain
 * scan's first piece alone is dropped for it (kh_split_continues()).
 *
 * Cheap: a line is looked at only when its last byte is an operator, a
 * quote, `(` or `=`; the walk is bounded (SPLIT_LINES, SPLIT_MAX).
 */
#include "shape_internal.h"

/* How many lines one joined value may span, and how long it may be. */
#define SPLIT_LINES 16
#define SPLIT_MAX   1024
/* How far a piece's quotes are looked for. */
#define SPLIT_NAMED_SPAN 512
/* Pieces one value may have. */
#define SPLIT_PIECES 32

struct piece {
	size_t open, vs, ve; /* its quote (or prefix), its content */
};

struct split {
	struct piece p[SPLIT_PIECES];
	size_t n, bytes;
	unsigned char quote; /* the first piece's quote */
};

static int quote_byte(unsigned char c)
{
	return c == '"' || c == '\'' || c == '`';
}

/* A string prefix at b[i] (C#'s @ and $, Python's r, b, f, u, C's L, u8):
 * its length when a quote follows it, else 0. */
static size_t piece_prefix(const unsigned char *b, size_t i, size_t le)
{
	static const unsigned char prefix[256] = {
		['@'] = 1, ['$'] = 1, ['r'] = 1, ['R'] = 1, ['b'] = 1, ['B'] = 1,
		['f'] = 1, ['F'] = 1, ['u'] = 1, ['U'] = 1, ['L'] = 1, ['8'] = 1,
	};
	size_t k = i;

	if (!prefix[b[i]])
		return 0; /* (asked of every byte of a line: the common answer) */
	while (k < le && k - i < 2 && prefix[b[k]])
		k++;
	return k > i && k < le && quote_byte(b[k]) && (i == 0 || !ident_byte(b[i - 1]))
		       ? k - i
		       : 0;
}

/*
 * The literal at b[i] (after its prefix), on its line (to le): its
 * content in *p, and the byte after its closing quote; 0 when there is
 * none, it stays open, it is a triple-quoted docstring or it holds an
 * interpolation (`${x}`, C#'s $"{x}", Python's f"{x}"), which joins a
 * variable, not a literal.
 */
static size_t piece_at(const unsigned char *b, size_t i, size_t le, struct split *s,
		       struct piece *p)
{
	size_t pre = piece_prefix(b, i, le), k, q = i + pre;
	int verbatim = pre && (b[i] == '@' || b[i] == 'r' || b[i] == 'R'),
	    holes = pre && (b[i] == '$' || b[i] == 'f' || b[i] == 'F');

	if (q >= le || !quote_byte(b[q]))
		return 0;
	if (q + 2 < le && b[q + 1] == b[q] && b[q + 2] == b[q])
		return 0; /* """…""": a docstring */
	for (k = q + 1; k < le && b[k] != b[q]; k++) {
		if (b[k] == '\\' && !verbatim)
			k++;
		else if ((b[k] == '{' && holes) ||
			 (b[k] == '$' && b[q] == '`' && k + 1 < le && b[k + 1] == '{'))
			return 0;
	}
	if (k >= le)
		return 0;
	if (!s->n)
		s->quote = b[q] == '`' ? '"' : b[q];
	else if (memchr(b + q + 1, s->quote, k - q - 1))
		return 0; /* a quote of the first piece's kind inside: no one literal */
	p->open = i;
	p->vs = q + 1;
	p->ve = k;
	return k + 1;
}

/* The concatenation at b[i] (+ . .. & || <> and VB's `& _`): its length,
 * or 0. */
static size_t join_at(const unsigned char *b, size_t i, size_t le)
{
	size_t n = concat_operator(b, i, le), k;

	if (n == 1 && b[i] == '&' && (k = skip_blanks(b, i + 1, le)) < le &&
	    b[k] == '_' && skip_blanks(b, k + 1, le) == le)
		return le - i;
	return n;
}

/* What ends a line after a piece: */
enum piece_end {
	END_NONE,  /* something else: not a piece's tail */
	END_QUOTE, /* the piece itself: the next line may join with its own op */
	END_JOIN,  /* an operator or `\`: the next line must hold a piece */
	END_STOP,  /* `;` `)` `,` `}` `]` or a comment: the value ends here */
	END_TEXT,  /* other code (SQL's WHERE): the value ends, joined by an operator */
};

/* Reads the pieces joined on the line from the piece ending at b[i]:
 * adds them to s and says what ends the line; *rest where the value's
 * tail starts (`;`, `)`). */
static enum piece_end line_pieces(const unsigned char *b, size_t i, size_t le,
				  struct split *s, size_t *rest)
{
	size_t k, op, next;

	for (;;) {
		*rest = i;
		k = skip_blanks(b, i, le);
		if (k >= le)
			return END_QUOTE;
		if (b[k] == '\\' && skip_blanks(b, k + 1, le) == le)
			return END_JOIN;
		if (b[k] == '_' && skip_blanks(b, k + 1, le) == le)
			return END_JOIN; /* VB's `"…" _` then `& "…"` */
		if ((op = join_at(b, k, le))) {
			k = skip_blanks(b, k + op, le);
			if (k >= le)
				return END_JOIN;
		} else if (!quote_byte(b[k]) && !piece_prefix(b, k, le)) {
			*rest = k;
			return strchr(";),}]/#", b[k]) && b[k] ? END_STOP : END_TEXT;
		}
		if (s->n == SPLIT_PIECES || !(next = piece_at(b, k, le, s, &s->p[s->n])))
			return END_NONE; /* a variable goes on: `"Bearer " + token` */
		s->bytes += s->p[s->n].ve - s->p[s->n].vs;
		s->n++;
		i = next;
	}
}

/* The end of the line at ls without a '\r' and trailing blanks. */
static size_t code_end(const unsigned char *b, size_t len, size_t ls)
{
	size_t e = line_end(b, len, ls);

	if (e > ls && b[e - 1] == '\r')
		e--;
	return skip_blanks_back(b, e, ls);
}

/*
 * The first line's own pieces: the chain of literals that reaches its
 * end b[..e), from the first of them; its index in s, or SIZE_MAX when
 * the line does not end in one.
 */
static size_t first_chain(const unsigned char *b, size_t ls, size_t e, struct split *s,
			  enum piece_end *end)
{
	size_t i, next, rest;
	struct split t;

	for (i = ls; i < e; i++) {
		if (!quote_byte(b[i]) && !piece_prefix(b, i, e))
			continue;
		t = *s;
		t.n = 0;
		t.bytes = 0;
		if (!(next = piece_at(b, i, e, &t, &t.p[0]))) {
			if (quote_byte(b[i]))
				return SIZE_MAX; /* a string open at the end */
			continue;
		}
		t.bytes = t.p[0].ve - t.p[0].vs;
		t.n = 1;
		*end = line_pieces(b, next, e, &t, &rest);
		if (*end == END_JOIN || (*end == END_QUOTE && rest == e)) {
			*s = t;
			return 0;
		}
		/* past this chain: the next literal starts another */
		i = t.p[t.n - 1].ve;
	}
	return SIZE_MAX;
}

/* Whether a line's last byte may begin a value continued below: cheap,
 * asked of every shaped line. */
static int may_continue(unsigned char c)
{
	return quote_byte(c) || c == '+' || c == '.' || c == '&' || c == '|' ||
	       c == '>' || c == '\\' || c == '_' || c == '(' || c == '=';
}

/* How many of s[0..n) are '=', from the start. */
static size_t memspn_eq(const unsigned char *s, size_t n)
{
	size_t k = 0;

	while (k < n && s[k] == '=')
		k++;
	return k;
}

static int put(struct kh_layer *l, unsigned char c, size_t from, size_t to)
{
	return kh_layer_put(l, c, from, to, KH_SHAPE);
}

int split_literals(const unsigned char *b, size_t len, size_t ls, size_t le,
		   struct kh_layer *l)
{
	struct split s;
	enum piece_end end = END_NONE;
	size_t e = skip_blanks_back(b, le, ls), cut = e, at, rest = 0, k, lines, j,
	       mark = l->n, tail_s = 0, tail_e = 0;
	int paren = 0, r = 0, need; /* need: 1 a piece must follow */

	/* a layer's lines come from different places: two of them side by
	 * side are no literals adjacent (`NAME = "ab"` read from a line and
	 * `"ab"` from its second piece's own line made "abab") */
	if (e == ls || !may_continue(b[e - 1]) || l->of_layer)
		return 0;
	s.n = 0;
	s.bytes = 0;
	s.quote = '"';
	if (b[e - 1] == '(' ||
	    (b[e - 1] == '=' && e - ls > 1 && !strchr("=!<>", b[e - 2]))) {
		/* `TOKEN = (`, `Secret =`, `Client(`: the pieces start below */
		cut = skip_blanks_back(b, e - 1, ls);
		paren = b[e - 1] == '(' && cut > ls && strchr("=:", b[cut - 1]);
		if (!paren)
			cut = e;
		need = 1;
	} else if (first_chain(b, ls, e, &s, &end) == SIZE_MAX) {
		return 0;
	} else {
		cut = s.p[0].open;
		need = end == END_JOIN;
	}
	/* the lines below: a piece each (after a leading operator), or more */
	at = line_end(b, len, le); /* (past a CRLF's \r) */
	for (lines = 0; lines < SPLIT_LINES && at < len && s.n < SPLIT_PIECES; lines++) {
		size_t ns = at + 1, ne = code_end(b, len, ns), p, op, before = s.n;
		enum piece_end got;

		p = skip_blanks(b, ns, ne);
		op = p < ne ? join_at(b, p, ne) : 0;
		/* `+ "…"` below `"…"` (or VB's `& "…"` below `"…" _`); no
		 * operator: adjacent literals (C's, Python's in parentheses) */
		if (op)
			p = skip_blanks(b, p + op, ne);
		if (p >= ne || !piece_at(b, p, ne, &s, &s.p[s.n]))
			break;
		/* the key of a map below, not a piece ("Name" = …) */
		k = skip_blanks(b, s.p[s.n].ve + 1, ne);
		if (k < ne && (b[k] == '=' || b[k] == ':'))
			break;
		s.bytes += s.p[s.n].ve - s.p[s.n].vs;
		s.n++;
		got = line_pieces(b, s.p[s.n - 1].ve + 1, ne, &s, &rest);
		if (got == END_TEXT && (need || op))
			got = END_STOP; /* (a line below that starts with a literal
					 * and goes on in words is no piece) */
		/* adjacent, a literal goes on an argument or an item at most
		 * (`"…",` at the line's end): a CSV row's field goes on a row */
		if (got == END_STOP && !need && !op && b[rest] == ',' &&
		    skip_blanks(b, rest + 1, ne) < ne)
			got = END_TEXT;
		if (got == END_NONE)
			return 0; /* a variable joined: not a literal value */
		if (got == END_TEXT) {
			s.n = before;
			break;
		}
		tail_s = rest;
		tail_e = ne;
		at = line_end(b, len, ns);
		need = got == END_JOIN;
		if (got == END_STOP || s.bytes > SPLIT_MAX)
			break;
	}
	if (need || s.n < 2 || !tail_e || s.bytes > SPLIT_MAX || s.bytes < 8)
		return 0;
	/* a token's pieces hold no blank (but a scheme's "Bearer " first):
	 * a message's do, and a message is never a secret */
	for (j = 0; j < s.n; j++) {
		size_t vs = s.p[j].vs,
		       ve = j ? s.p[j].ve : skip_blanks_back(b, s.p[j].ve, vs);

		if (memchr(b + vs, ' ', ve - vs) || memchr(b + vs, '\t', ve - vs))
			return 0;
		/* a piece that assigns (`'Database=orders'`, `'Password='`: a
		 * string list's lines, Delphi's Params.Strings) is no token's
		 * piece; a token's `=` after a name is its last piece's
		 * padding (a URL's `?driver=` stands after other marks) */
		for (k = vs; k < ve && (ident_byte(b[k]) || b[k] == '.' || b[k] == '-');
		     k++)
			;
		if (k > vs && k < ve && b[k] == '=' &&
		    (j + 1 < s.n || memspn_eq(b + k, ve - k) < ve - k))
			return 0;
	}
	/* `NAME = "` … the pieces' contents … `"` and the last line's tail */
	for (k = ls; k < cut && r == 0; k++)
		r = put(l, b[k], k, k + 1);
	if (r == 0 && cut > ls && (b[cut - 1] == '=' || b[cut - 1] == ':'))
		r = put(l, ' ', cut, cut);
	if (r == 0)
		r = put(l, s.quote, s.p[0].vs - 1, s.p[0].vs);
	for (j = 0; j < s.n && r == 0; j++)
		for (k = s.p[j].vs; k < s.p[j].ve && r == 0; k++)
			r = put(l, b[k], k, k + 1);
	if (r == 0)
		r = put(l, s.quote, s.p[s.n - 1].ve, s.p[s.n - 1].ve + 1);
	k = skip_blanks(b, tail_s, tail_e);
	if (paren && k < tail_e && b[k] == ')')
		k++; /* TOKEN = ( … ): the parentheses held the pieces only */
	for (; k < tail_e && r == 0; k++)
		r = put(l, b[k], k, k + 1);
	if (r == 0)
		r = put(l, '\n', tail_e, tail_e);
	if (r == 0)
		return 0;
	l->n = mark; /* full, or out of memory: no half line */
	return r < 0 ? -1 : 0;
}

int kh_split_continues(const unsigned char *b, size_t len, size_t end)
{
	size_t k = end;

	if (k < len && quote_byte(b[k]))
		k++;
	else if (!k || k > len || !quote_byte(b[k - 1]))
		return 0;
	k = skip_blanks(b, k, len);
	if (k < len && (join_at(b, k, len) || b[k] == '\\' || b[k] == '_'))
		return 1;
	if (k < len && b[k] == '\r')
		k++;
	if (k >= len || b[k] != '\n')
		return 0;
	/* the next line goes on with an operator or a literal */
	k = skip_blanks(b, k + 1, len);
	return k < len && (join_at(b, k, len) || quote_byte(b[k]));
}

/* Whether the literal whose quote is b[q] (its closing quote when
 * `back`, else its opening one) is a word, a token's piece: no blank in
 * it but at its end ("Bearer "). A message's piece has words. */
static int word_piece(const unsigned char *b, size_t len, size_t q, int back)
{
	size_t k, n;
	int end = 1; /* still in the blanks that end it */

	for (n = 0; n < SPLIT_NAMED_SPAN; n++) {
		k = back ? q - 1 - n : q + 1 + n;
		if ((back && n >= q) || k >= len || b[k] == '\n')
			return 0;
		if (b[k] == b[q])
			return 1;
		if (b[k] == ' ' || b[k] == '\t') {
			if (!end || !back)
				return back ? 0 : (k + 1 < len && b[k + 1] == b[q]);
		} else {
			end = 0;
		}
	}
	return 0;
}

int kh_split_named(const unsigned char *b, size_t len, size_t ls)
{
	const unsigned char *nl = memchr(b + ls, '\n', len - ls);
	size_t e, k, op;
	unsigned char c;

	if (!nl)
		return 0; /* the file's last line: nothing below */
	e = skip_blanks_back(b, (size_t)(nl - b), ls);
	if (e > ls && b[e - 1] == '\r')
		e = skip_blanks_back(b, e - 1, ls);
	if (e == ls || !may_continue(c = b[e - 1]))
		return 0;
	/* the line's last literal, before its operator, is a word */
	k = e;
	if (!quote_byte(c) && c != '(' && c != '=') {
		while (k > ls && b[k - 1] != ' ' && !quote_byte(b[k - 1]))
			k--;
		k = skip_blanks_back(b, k, ls);
	}
	if (c != '(' && c != '=' &&
	    (k == ls || !quote_byte(b[k - 1]) || !word_piece(b, len, k - 1, 1)))
		return 0;
	/* the next line opens with a literal, or an operator after a literal,
	 * and that literal is a word too */
	k = skip_blanks(b, (size_t)(nl - b) + 1, len);
	if (k < len && (op = join_at(b, k, len))) {
		if (!quote_byte(c))
			return 0;
		k = skip_blanks(b, k + op, len);
	}
	if (k < len && piece_prefix(b, k, len))
		k += piece_prefix(b, k, len);
	return k < len && quote_byte(b[k]) && word_piece(b, len, k, 0);
}
