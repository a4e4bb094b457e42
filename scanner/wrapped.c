/*
 * wrapped.c - a credential's line inside other text (wrapped.h).
 *
 * Readers of a line look at its start: a name at a line's start may hold
 * a bare value to the line's end, a config file's line may hold any
 * value. Wrapped, the same line starts with text of another kind (`+`,
 * `> `, `12: `, `2026-10-14 09:41:07 INFO `, `$ `, `// `) or sits in a
 * string as one of its escaped lines, and no reader saw it as a line. One
 * mechanism for every wrapper: find where the inner line starts and ends,
 * and copy it to a layer, where it is a line like any other.
 */
#include "wrapped.h"

#include <ctype.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "shape.h"
#include "text.h"

/* How far a line or an escaped string is looked at around a keyword. */
#define WRAPPED_SPAN 4096
/* How far before a keyword an escaped line holding it may begin: its
 * name, and a few bytes before it. */
#define LEAD_MAX (64 + 24)
/* How long the wrappers before a line's name may be. */
#define PREFIX_MAX 160
/* How far above a diff's line its `+++ ` header is looked for. */
#define DIFF_HEADER_SPAN (64u << 10)
/* Wrappers one line may stand behind (`12: + // `). */
#define WRAPPERS_MAX 6

static int blank(unsigned char c)
{
	return c == ' ' || c == '\t';
}

static size_t skip_digits(const unsigned char *b, size_t i, size_t e, size_t max)
{
	size_t s = i;

	while (i < e && i - s < max && isdigit(b[i]))
		i++;
	return i;
}

/* A timestamp's token at b[i] (2026-10-14, 09:41:07.123, 2026-10-14T09:41:07Z,
 * [2026-10-14 ...]): its end, or i. */
static size_t timestamp_end(const unsigned char *b, size_t i, size_t e)
{
	size_t k = skip_digits(b, i, e, 4), n = k - i;

	if ((n == 4 && k < e && (b[k] == '-' || b[k] == '/') && k + 3 < e &&
	     isdigit(b[k + 1]) && isdigit(b[k + 2])) ||
	    (n == 2 && k + 3 <= e && b[k] == ':' && isdigit(b[k + 1]) &&
	     isdigit(b[k + 2]))) {
		while (k < e && b[k] &&
		       (isdigit(b[k]) || strchr("-/:.,TZ+", b[k]) != NULL))
			k++;
		return k;
	}
	return i;
}

/* A log level's word at b[i] (INFO, [warn], ERROR:): its end, or i. */
static size_t level_end(const unsigned char *b, size_t i, size_t e)
{
	static const char *const levels[] = { "trace", "debug",	  "info",  "notice",
					      "warn",  "warning", "error", "err",
					      "fatal", "crit",	  NULL };
	size_t k, open = i < e && b[i] == '[', w;
	int c = i + open < e ? b[i + open] | 0x20 : 0;

	/* (the first byte, case aside, before the words: most lines' first
	 * byte starts none of them) */
	if (!strchr("tdinwefc", c) || !c)
		return i;
	for (k = 0; levels[k]; k++) {
		w = strlen(levels[k]);
		if (i + open + w < e && c == levels[k][0] &&
		    !strncasecmp((const char *)b + i + open, levels[k], w) &&
		    !isalnum(b[i + open + w])) {
			size_t j = i + open + w;

			if (open && b[j] != ']')
				continue;
			j += open;
			j += j < e && b[j] == ':';
			return j < e && blank(b[j]) ? j : i;
		}
	}
	return i;
}

/*
 * A shell prompt at b[i]: a bare `$ `, `% `, `# `, `> `, `PS C:\> `, or a
 * word that says where the shell is (user@host:~/src$ , C:\Users\ops> ,
 * mysql> ) ending in one of $ # % > and a blank. Its end, or i.
 */
static size_t prompt_end(const unsigned char *b, size_t i, size_t e)
{
	size_t k = i, j;
	int where = 0;

	if (e - i > 3 && !memcmp(b + i, "PS ", 3))
		k = i + 3;
	for (; k < e && k - i < 80 && !blank(b[k]); k++)
		where |= b[k] == '@' || b[k] == ':' || b[k] == '\\' || b[k] == '~';
	if (k == i || k >= e || !strchr("$#%>", b[k - 1]))
		return i;
	if (k - i == 1 || where || (k - i > 3 && !memcmp(b + i, "PS ", 3)))
		return k;
	/* a program's own prompt: mysql> , sqlite> , >>> */
	for (j = i; j + 1 < k; j++)
		if (!isalpha(b[j]) && b[j] != '>')
			return i;
	return b[k - 1] == '>' ? k : i;
}

/* The comment marks a wrapper may be (# // -- ; % REM ' slash-star * :: !
 * <!--, a run of them too). `--`, `'` and the others need a blank after
 * them: `--password=` is a flag, `'...'` a string. */
#define WRAPPER_MARKS                                                       \
	(KH_MARKS_LEADING | KH_MARK_BANG | KH_MARK_QUOTE | KH_MARK_COLONS | \
	 KH_MARK_BLANK_AFTER | KH_MARK_RUNS)

/* A list item's or a listing's number at b[i] (1. 2) 12: 12 | L12 and
 * cat -n's `12<TAB>`): its end, or i. */
static size_t number_end(const unsigned char *b, size_t i, size_t e)
{
	size_t k = i + (b[i] == 'L'), d = skip_digits(b, k, e, 6);

	if (d == k || d >= e)
		return i;
	if (b[d] == '\t')
		return d + 1;
	if (b[d] && strchr(".):", b[d]) && d + 1 < e && blank(b[d + 1]))
		return d + 1;
	if (blank(b[d])) {
		size_t j = skip_blanks(b, d, e);

		if (j < e && (b[j] == '|' || b[j] == ':'))
			return j + 1;
		return b[i] == 'L' ? d : i;
	}
	return i;
}

/*
 * Where the inner line of b[ls..e) starts, past every wrapper before it;
 * *diff set when the first is a diff's `+` or `-`.
 */
static size_t unwrap_start(const unsigned char *b, size_t ls, size_t e, int *diff)
{
	size_t i = ls, k;
	int n;

	*diff = 0;
	if (i + 1 < e && (b[i] == '+' || b[i] == '-') && b[i + 1] != b[i] &&
	    !blank(b[i + 1])) {
		*diff = 1;
		i++;
	}
	for (n = 0; n < WRAPPERS_MAX && i < e; n++) {
		i = skip_blanks(b, i, e);
		if (i >= e)
			break;
		if (b[i] == '>' || b[i] == '|') {
			k = i + 1;
		} else if ((b[i] == '-' || b[i] == '+' || b[i] == '*') && i + 1 < e &&
			   blank(b[i + 1])) {
			k = i + 1; /* a bullet */
		} else if ((unsigned char)b[i] == 0xe2 && i + 2 < e && b[i + 1] == 0x80 &&
			   b[i + 2] == 0xa2) {
			k = i + 3; /* • */
		} else if ((k = timestamp_end(b, i, e)) == i &&
			   (k = level_end(b, i, e)) == i &&
			   (k = number_end(b, i, e)) == i &&
			   (k = prompt_end(b, i, e)) == i &&
			   (k = i + kh_comment_mark(b, i, e, WRAPPER_MARKS)) == i &&
			   b[i] == '[') {
			/* a bracketed field of a log line ([main], [pid 812]) */
			for (k = i + 1; k < e && k - i < 40 && b[k] != ']'; k++)
				;
			k = k < e && b[k] == ']' && n > 0 ? k + 1 : i;
		}
		if (k == i)
			break;
		i = k;
	}
	return skip_blanks(b, i, e);
}

/* Where the inner line b[s..e) ends, before a table's closing `|` or a
 * comment's closing mark. */
static size_t unwrap_end(const unsigned char *b, size_t s, size_t e)
{
	while (e > s && blank(b[e - 1]))
		e--;
	if (e > s && b[e - 1] == '|')
		e--;
	else if (e - s >= 2 && b[e - 2] == '*' && b[e - 1] == '/')
		e -= 2;
	else if (e - s >= 3 && !memcmp(b + e - 3, "-->", 3))
		e -= 3;
	while (e > s && blank(b[e - 1]))
		e--;
	return e;
}

static const unsigned char name_bytes[256] = {
	['A' ... 'Z'] = 1, ['a' ... 'z'] = 1, ['0' ... '9'] = 1,
	['_'] = 1,	   ['.'] = 1,	      ['-'] = 1,
};

static int name_byte(unsigned char c)
{
	return name_bytes[c];
}

/*
 * Whether b[s..e) begins an assignment whose name holds b[pos]: an
 * optional `export `, `set `, `$env:` or `$`, a name, and `=` or `:`.
 */
static int assigns_at(const unsigned char *b, size_t s, size_t e, size_t pos)
{
	static const char *const leads[] = { "export ", "set ", "setx ",
					     "$env:",	"$",	NULL };
	size_t k, n;

	for (k = 0; leads[k]; k++) {
		n = strlen(leads[k]);
		if (e - s > n && !strncasecmp((const char *)b + s, leads[k], n)) {
			s += n;
			break;
		}
	}
	if (s >= e || !(isalpha(b[s]) || b[s] == '_') || pos < s)
		return 0;
	for (k = s; k < e && name_byte(b[k]); k++)
		;
	if (pos >= k)
		return 0;
	k += k < e && (b[k] == '"' || b[k] == '\'');
	k = skip_blanks(b, k, e);
	return k < e && (b[k] == '=' || b[k] == ':');
}

static int put_range(struct kh_layer *l, const unsigned char *b, size_t s, size_t e)
{
	int r = 0;

	for (; s < e && r == 0; s++)
		r = kh_layer_put(l, b[s], s, s + 1, 0);
	if (r == 0)
		r = kh_layer_put(l, '\n', e, e, 0);
	return r < 0 ? -1 : 0;
}

/* Whether the diff line at ls patches a config file: its `+++ ` header
 * above names one (+++ b/config/demo.env). The answer for the last line
 * asked holds up to it: the walk back stops there. */
static int diff_of_config(struct kh_unwrap *u, const unsigned char *b, size_t ls)
{
	size_t stop = ls > DIFF_HEADER_SPAN ? ls - DIFF_HEADER_SPAN : 0, at = ls, s, e, k;
	char path[256];
	int config = 0;

	while (at > stop) {
		if (u->diff_asked && at <= u->diff_line) {
			config = u->diff_config;
			break;
		}
		s = line_start(b, at - 1);
		if (at - s > 4 && !memcmp(b + s, "+++ ", 4)) {
			e = s + 4;
			while (e < at && b[e] != '\t' && b[e] != '\n' && b[e] != '\r')
				e++;
			k = e - s - 4 < sizeof(path) ? e - s - 4 : sizeof(path) - 1;
			memcpy(path, b + s + 4, k);
			path[k] = '\0';
			config = kh_shape_config_path(path);
			break;
		}
		at = s;
	}
	u->diff_asked = 1;
	u->diff_line = ls;
	u->diff_config = config;
	return config;
}

/* Whether the escaped line from b[pos] to its end (or hi) holds a word a
 * secret may be: eight bytes or more with a letter and a digit, not a
 * format's (%08lx). A message's line holds none. */
static int value_after(const unsigned char *b, size_t pos, size_t hi)
{
	size_t run = 0;
	int letter = 0, digit = 0;

	for (; pos < hi && b[pos] != '"' && b[pos] != '\\' && b[pos] != '\n'; pos++) {
		if (b[pos] <= ' ' || b[pos] >= 0x7f ||
		    strchr("%'=:,;()[]<>{}`", b[pos])) {
			if (b[pos] == '%') /* a format's run is not a value */
				while (pos + 1 < hi && isalnum(b[pos + 1]))
					pos++;
			run = 0;
			letter = digit = 0;
			continue;
		}
		letter |= isalpha(b[pos]) != 0;
		digit |= isdigit(b[pos]) != 0;
		if (++run >= 8 && letter && digit)
			return 1;
	}
	return 0;
}

/* Whether the name around b[pos] (b holds len bytes) begins a string
 * that is one shell command setting it: after `"export ` (Nix's shellHook
 * = "export TOKEN=..."), or `"NAME=value command` (package.json's and
 * deno.json's scripts: "API_KEY=... node index.js"). */
static int exported_in_string(const unsigned char *b, size_t len, size_t pos)
{
	size_t k, e, v, from = pos > 72 ? pos - 72 : 0;

	/* both need a quote before the name (64 bytes at most): most
	 * keywords in code have none near, and need no walk over it */
	if (!memchr(b + from, '"', pos - from))
		return 0;
	for (k = pos; k > 0 && pos - k < 64 && name_byte(b[k - 1]); k--)
		;
	if (k >= 8 && !memcmp(b + k - 8, "\"export ", 8))
		return 1;
	if (k == 0 || b[k - 1] != '"')
		return 0;
	for (e = pos; e < len && e - pos < 64 && name_byte(b[e]); e++)
		;
	if (e >= len || b[e] != '=')
		return 0;
	for (v = e + 1;
	     v < len && v - e < 256 && b[v] != ' ' && b[v] != '"' && b[v] != '\n'; v++)
		;
	return v > e + 1 && v + 1 < len && b[v] == ' ' && isalpha(b[v + 1]);
}

/* The string around b[pos] (b holds len bytes) when it holds escaped
 * lines ("...\n...") and the keyword begins one: its content in
 * [*qs, *qe), 1; 0 when none. A string ends at its line's end. */
static int escaped_lines_at(struct kh_unwrap *u, const unsigned char *b, size_t len,
			    size_t pos, size_t *qs, size_t *qe)
{
	size_t lo = pos > WRAPPED_SPAN ? pos - WRAPPED_SPAN : 0,
	       hi = len - pos > WRAPPED_SPAN ? pos + WRAPPED_SPAN : len, s, e;
	int lines = 0;

	if (u->budget < 2 * WRAPPED_SPAN)
		return 0;
	/* the keyword's word begins the string or one of its lines, after a
	 * few bytes at most (`$NAME`, `export NAME`, `1. NAME`: the layer
	 * above unwraps them); not a message's word ("bad token\n") */
	for (s = pos; s > lo + 1 && pos - s < 64 && name_byte(b[s - 1]) &&
		      !(b[s - 1] == 'n' && b[s - 2] == '\\');
	     s--)
		;
	for (e = s; s > lo + 1 && e - s < 24 && b[s - 1] != '"' && b[s - 1] != '\n' &&
		    !(b[s - 1] == 'n' && b[s - 2] == '\\');
	     s--)
		;
	if (s < lo + 2 || !(b[s - 1] == '"' || (b[s - 1] == 'n' && b[s - 2] == '\\')) ||
	    !value_after(b, pos, hi))
		return 0;
	for (s = pos;
	     s > lo + 1 && b[s - 1] != '\n' && !(b[s - 1] == '"' && b[s - 2] != '\\');
	     s--)
		if (b[s - 1] == 'n' && b[s - 2] == '\\')
			lines = 1;
	for (e = pos; e < hi && b[e] != '\n' && !(b[e] == '"' && b[e - 1] != '\\'); e++)
		if (b[e] == '\\' && e + 1 < hi && b[e + 1] == 'n')
			lines = 1;
	u->budget -= (pos - s) + (e - pos);
	/* (a string that is one shell command exporting the name is a line
	 * too: Nix's shellHook = "export TOKEN=...") */
	if (s <= lo || b[s - 1] != '"' || e >= hi || b[e] != '"' ||
	    (!lines && !exported_in_string(b, e, pos)))
		return 0;
	*qs = s;
	*qe = e;
	return 1;
}

/* Whether a backslash, which any escaped line needs, stands between
 * where a line of a string holding b[pos] may begin and the end of the
 * line of b[pos]: asked once a line. */
static int line_escapes(struct kh_unwrap *u, const unsigned char *b, size_t len,
			size_t pos)
{
	size_t from = pos > LEAD_MAX ? pos - LEAD_MAX : 0,
	       hi = len - pos > WRAPPED_SPAN ? pos + WRAPPED_SPAN : len;
	const unsigned char *nl;

	if (pos < u->line_to)
		return u->line_escapes;
	nl = memchr(b + pos, '\n', hi - pos);
	u->line_to = nl ? (size_t)(nl - b) : hi;
	u->line_escapes = memchr(b + from, '\\', u->line_to - from) != NULL;
	return u->line_escapes;
}

/* Appends the string b[s..e) with its escapes undone, each of its lines
 * a line of l. */
static int put_escaped(struct kh_layer *l, const unsigned char *b, size_t s, size_t e)
{
	int r = 0;

	while (s < e && r == 0) {
		if (b[s] == '\\' && s + 1 < e) {
			const char *simple = "nrt\"'\\/", *value = "\n\r\t\"'\\/";
			const char *c = strchr(simple, b[s + 1]);

			if (c && b[s + 1]) {
				r = kh_layer_put(l, (unsigned char)value[c - simple], s,
						 s + 2, 0);
				s += 2;
				continue;
			}
		}
		r = kh_layer_put(l, b[s], s, s + 1, 0);
		s++;
	}
	if (r == 0)
		r = kh_layer_put(l, '\n', e, e, 0);
	return r < 0 ? -1 : 0;
}

void kh_unwrap_init(struct kh_unwrap *u, size_t len)
{
	u->done = 0;
	u->last = SIZE_MAX;
	u->budget = 4 * len + 4 * WRAPPED_SPAN;
	u->line_to = 0;
	u->diff_asked = 0;
}

int kh_unwrap_hit(struct kh_unwrap *u, const unsigned char *b, size_t len, size_t pos,
		  struct kh_layer *l)
{
	size_t k, ls, le, s, e;
	const unsigned char *nl;
	int diff;

	if (pos >= len)
		return 0;
	u->last = pos;
	if ((line_escapes(u, b, len, pos) || exported_in_string(b, len, pos)) &&
	    escaped_lines_at(u, b, len, pos, &s, &e)) {
		u->done = e;
		return put_escaped(l, b, s, e);
	}
	/* most keywords stand in code: the name of an assignment first */
	for (e = pos + 1; e < len && e - pos < 64 && name_byte(b[e]); e++)
		;
	e += e < len && (b[e] == '"' || b[e] == '\'');
	while (e < len && blank(b[e]))
		e++;
	if (e >= len || (b[e] != '=' && b[e] != ':'))
		return 0;
	for (k = pos; k > 0 && pos - k < 64 && name_byte(b[k - 1]) &&
		      !(k > 1 && b[k - 1] == 'n' && b[k - 2] == '\\');
	     k--)
		;
	/* then text before it on its line that is not only indentation */
	for (ls = k; ls > 0 && k - ls < PREFIX_MAX && b[ls - 1] != '\n'; ls--)
		;
	if ((ls > 0 && b[ls - 1] != '\n') || skip_blanks(b, ls, k) == k)
		return 0;
	nl = memchr(b + e, '\n', len - e < WRAPPED_SPAN ? len - e : WRAPPED_SPAN);
	if (!nl && len - e >= WRAPPED_SPAN)
		return 0;
	le = nl ? (size_t)(nl - b) : len;
	if (le > ls && b[le - 1] == '\r')
		le--;
	s = unwrap_start(b, ls, le, &diff);
	e = unwrap_end(b, s, le);
	if ((s == skip_blanks(b, ls, le) && e == le) || !assigns_at(b, s, e, pos))
		return 0;
	u->done = le;
	if (put_range(l, b, s, e) < 0)
		return -1;
	/* a config file's line in a diff reads as that file's */
	if (diff && diff_of_config(u, b, ls))
		return kh_shape_config_line(b, len, s, e, l);
	return 0;
}
