/*
 * shape_tables.c - tables in notes that name a password's column or row in
 * words: a header (`| System | Login | Secret |`, HTML's <th>Password</th>,
 * Confluence's `|| Host || Password ||`, MediaWiki's `! Host !! Password`,
 * reStructuredText's grid and simple tables, AsciiDoc's `|===` block) over
 * rows whose cell in that column is the value, and two-column tables whose
 * label says what the value is (`| repo NAS pass | X |`, `| encryption
 * password (hint: the river) | X |`, `<td>Admin password</td><td>X</td>`).
 * Read in files whose kind says notes (shape_logins.c), with no keyword
 * needed on the row's line; each value becomes `label = "X"` in the layer
 * (`label_password` when the column is a secret's beside a login's), so
 * the generic rules and their judge decide as for any password's name.
 */
#include "shape_internal.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "util.h"
#include "validate.h"

#define TABLE_ROWS_MAX	64   /* rows read under one header */
#define TABLE_LINE_MAX	4096 /* longer lines are data, not a table's */
#define TABLE_HTML_ROW	8192 /* an HTML row's bytes, <tr> to </tr> */
#define TABLE_CELL_MAX	256  /* a value's cell, its marks and tags */
#define TABLE_VALUE_MAX 128

struct table {
	size_t head[ROW_MAX_COLUMNS][2];
	size_t nh;
	unsigned long secret; /* bit c: column c's header names a credential */
	int login;	      /* a column names the login's user */
};

/* The last word of b[s..e) (letters): [*ws, e). */
static size_t last_word(const unsigned char *b, size_t s, size_t e, size_t *ws)
{
	while (e > s && !isalpha(b[e - 1]))
		e--;
	for (*ws = e; *ws > s && isalpha(b[*ws - 1]); (*ws)--)
		;
	return e;
}

/* The end of a label's words before its aside: "encryption password
 * (hint: the river)" ends after "password". */
static size_t label_end(const unsigned char *b, size_t s, size_t e)
{
	const unsigned char *p = memchr(b + s, '(', e - s);

	if (p && (size_t)(p - b) > s)
		e = (size_t)(p - b);
	return skip_blanks_back(b, e, s);
}

/*
 * Whether the label or header b[s..e) (its aside cut: label_end) names a
 * credential by its last word: password and its short forms (pass, pw,
 * pwd, passphrase, passcode, Kennwort), secret, token, or a kind's key
 * (API key, access key, network key, Wi-Fi key); 2 when it is a secret's
 * or a token's (generated values: a password where a login's column is
 * beside it), 1 for a password's, 3 for a password the rules know by no
 * word of theirs (Kennwort), 0 when none (Token type, Key ID, Host,
 * min length, Password expiry).
 */
static int credential_label(const unsigned char *b, size_t s, size_t e)
{
	static const char *const passwords[] = { "password",  "passwd",	    "passwort",
						 "kennwort",  "passphrase", "passcode",
						 "pass",      "pw",	    "pwd",
						 "passwords", NULL };
	static const char *const kinds[] = { "api",	"access", "network", "wifi",
					     "wlan",	"wpa",	  "wpa2",    "license",
					     "licence", "secret", "app",     NULL };
	size_t ws, we, w, ks, n;

	if (e - s > NAME_MAX_LEN)
		return 0;
	we = last_word(b, s, e, &ws);
	if (we != e || ws == we)
		return 0; /* "Password (old)", "Key 2": not the word last */
	n = we - ws;
	for (w = 0; passwords[w]; w++)
		if (n == strlen(passwords[w]) && equal_ci(b + ws, passwords[w], n))
			return n == 8 && equal_ci(b + ws, "kennwort", 8) ? 3 : 1;
	if ((n == 6 && equal_ci(b + ws, "secret", 6)) ||
	    (n == 5 && equal_ci(b + ws, "token", 5)))
		return 2;
	if (n != 3 || !equal_ci(b + ws, "key", 3))
		return 0;
	last_word(b, s, skip_blanks_back(b, ws, s), &ks);
	for (w = 0; kinds[w] && ks < ws; w++)
		if (skip_blanks_back(b, ws, s) - ks == strlen(kinds[w]) &&
		    equal_ci(b + ks, kinds[w], strlen(kinds[w])))
			return 2;
	return 0;
}

/* Whether the header b[s..e) names a login's user (User, Username, Login,
 * Account, Benutzer). */
static int user_label(const unsigned char *b, size_t s, size_t e)
{
	static const char *const users[] = { "user",	 "username", "login",  "account",
					     "benutzer", "logon",    "userid", NULL };
	size_t ws, we = last_word(b, s, label_end(b, s, e), &ws), w;

	for (w = 0; users[w]; w++)
		if (we - ws == strlen(users[w]) && equal_ci(b + ws, users[w], we - ws))
			return 1;
	return 0;
}

/* Takes the blanks, tags (<p>, <code>, <span ...>) and marks (`X`,
 * **X**, "X") around the cell b[*s..*e) off: 0 when a tag does not close
 * in it. */
static int cell_text(const unsigned char *b, size_t *s, size_t *e)
{
	size_t k, tags;

	for (tags = 0; tags < 4; tags++) {
		*s = skip_blanks(b, *s, *e);
		*e = skip_blanks_back(b, *e, *s);
		if (*e - *s < 2)
			break;
		if (b[*s] == '<' && b[*e - 1] == '>' && isalpha(b[*s + 1])) {
			const unsigned char *gt = memchr(b + *s, '>', *e - *s),
					    *lt = memrchr(b + *s, '<', *e - *s);

			if (!gt || !lt || lt <= gt || lt[1] != '/')
				return 0;
			*s = (size_t)(gt - b) + 1;
			*e = (size_t)(lt - b);
			continue;
		}
		for (k = 0;
		     k < 2 && *e - *s > 2 * (k + 1) && strchr("`*\"'=~+", b[*s + k]) &&
		     b[*s + k] && b[*e - 1 - k] == b[*s + k];
		     k++)
			;
		if (!k)
			break;
		*s += k;
		*e -= k;
	}
	return 1;
}

/* The value in the cell b[*s..*e) (cell_text): one word of at most
 * TABLE_VALUE_MAX bytes. 0 when the cell holds none (words, nothing). */
static int cell_value(const unsigned char *b, size_t *s, size_t *e)
{
	size_t k;

	if (*e - *s > TABLE_CELL_MAX || !cell_text(b, s, e) || *e <= *s ||
	    *e - *s > TABLE_VALUE_MAX)
		return 0;
	for (k = *s; k < *e; k++)
		if (b[k] == ' ' || b[k] == '\t' || b[k] == '<' || b[k] == '\n')
			return 0;
	return 1;
}

/* Emits the value of the cell b[vs..ve) under the name b[ns..ne). */
static int emit_cell(struct kh_layer *l, const unsigned char *b, size_t ns, size_t ne,
		     int kind, int login, size_t vs, size_t ve)
{
	ne = label_end(b, ns, ne);
	if (ne <= ns || !cell_value(b, &vs, &ve) || !plausible_value(b + vs, ve - vs))
		return 0;
	/* (a secret beside a login is its password; Kennwort a password the
	 * rules know by no word of theirs) */
	return emit_named(l, b, ns, ne,
			  (kind == 2 && login) || kind == 3 ? "_password" : "", vs, ve);
}

/* Takes the header row cells[0..n) into t: 1 when a column of it names a
 * credential. */
static int table_head(struct table *t, const unsigned char *b, const size_t (*cells)[2],
		      size_t n)
{
	size_t c;

	t->nh = n < ROW_MAX_COLUMNS ? n : ROW_MAX_COLUMNS;
	t->secret = 0;
	t->login = 0;
	for (c = 0; c < t->nh; c++) {
		t->head[c][0] = cells[c][0];
		t->head[c][1] = cells[c][1];
		if (t->head[c][1] - t->head[c][0] > TABLE_CELL_MAX ||
		    !cell_text(b, &t->head[c][0], &t->head[c][1]))
			continue;
		if (credential_label(b, t->head[c][0],
				     label_end(b, t->head[c][0], t->head[c][1])))
			t->secret |= 1ul << c;
		else if (user_label(b, t->head[c][0], t->head[c][1]))
			t->login = 1;
	}
	if (t->nh < 2 || t->secret == (1ul << t->nh) - 1)
		t->secret = 0; /* every column a credential's: no row has a label */
	return t->secret != 0;
}

/* A row cells[0..n) under the header t: each cell under a credential's
 * column. */
static int table_body_row(struct kh_layer *l, const unsigned char *b,
			  const struct table *t, const size_t (*cells)[2], size_t n)
{
	size_t c;
	int kind;

	for (c = 0; c < n && c < t->nh; c++) {
		if (!(t->secret >> c & 1))
			continue;
		kind = credential_label(b, t->head[c][0],
					label_end(b, t->head[c][0], t->head[c][1]));
		if (emit_cell(l, b, t->head[c][0], t->head[c][1], kind, t->login,
			      cells[c][0], cells[c][1]) < 0)
			return -1;
	}
	return 0;
}

/* A row of a table with no header: a label's cell naming a credential,
 * the value in the cell after it (| repo NAS pass | X |). */
static int label_row(struct kh_layer *l, const unsigned char *b, const size_t (*cells)[2],
		     size_t n)
{
	size_t ls = cells[0][0], le = cells[0][1];
	int kind;

	if (n < 2 || n > 3 || le - ls > TABLE_CELL_MAX || !cell_text(b, &ls, &le))
		return 0;
	kind = credential_label(b, ls, label_end(b, ls, le));
	return kind ? emit_cell(l, b, ls, le, kind, 0, cells[1][0], cells[1][1]) : 0;
}

/* Whether the line b[ls..le) is a table's rule: |---|:--|, +---+, +===+,
 * |---+---| (no letter, a '-' or '=' in it). */
static int rule_line(const unsigned char *b, size_t ls, size_t le)
{
	size_t k;
	int dash = 0;

	/* (a table, not a strchr() a byte: an rST heading's rule is long) */
	static const unsigned char rule_bytes[256] = {
		['|'] = 1,  ['+'] = 1, [':'] = 1, [' '] = 1,
		['\t'] = 1, ['-'] = 2, ['='] = 2
	};

	for (k = skip_blanks(b, ls, le); k < le; k++) {
		if (!rule_bytes[b[k]])
			return 0;
		dash |= rule_bytes[b[k]] == 2;
	}
	return dash;
}

/* The cells of the bar row b[ls..le): Markdown's, Org's, rST grid's
 * (| a | b |), AsciiDoc's (|a |b, the text after the last bar a cell),
 * Confluence's header (|| a || b ||). 0 when it is no row. */
static size_t bar_cells(const unsigned char *b, size_t ls, size_t le, size_t (*cells)[2],
			int *head)
{
	size_t i = skip_blanks(b, ls, le), n = 0, e;

	*head = 0;
	if (i >= le || b[i] != '|')
		return 0;
	if (i + 1 < le && b[i + 1] == '|') { /* || a || b || */
		*head = 1;
		while (i < le && n < ROW_MAX_COLUMNS) {
			const unsigned char *p;

			i += 2;
			p = i < le ? kh_memmem(b + i, le - i, "||", 2) : NULL;
			e = p ? (size_t)(p - b) : le;
			cells[n][0] = skip_blanks(b, i, e);
			cells[n][1] = skip_blanks_back(b, e, cells[n][0]);
			if (cells[n][1] > cells[n][0])
				n++;
			i = e;
		}
		return n;
	}
	for (i++; i <= le && n < ROW_MAX_COLUMNS; i = e + 1) {
		const unsigned char *p = i < le ? memchr(b + i, '|', le - i) : NULL;

		e = p ? (size_t)(p - b) : le;
		if (e >= le && skip_blanks(b, i, le) == le)
			break; /* | a | b | ends at its bar */
		cells[n][0] = skip_blanks(b, i, e);
		cells[n][1] = skip_blanks_back(b, e, cells[n][0]);
		n++;
	}
	return n;
}

/* The next line of b[0..len) after the one ending at le: [*ns, *ne) ('\r'
 * off); 0 at the end. */
static int next_line(const unsigned char *b, size_t len, size_t le, size_t *ns,
		     size_t *ne)
{
	if (le >= len)
		return 0;
	*ns = le + 1;
	*ne = content_end(b, len, *ns);
	return 1;
}

/* The start of the first line at or after the line start ls whose first
 * byte but blanks is '|', len when none. With no header over them, the
 * other lines change nothing (a rule keeps rows going, any other line
 * ends them): a `|` is found by memchr, not each line's end. */
static size_t next_bar_line(const unsigned char *b, size_t len, size_t ls)
{
	const unsigned char *p;
	size_t k;

	while (ls < len && (p = memchr(b + ls, '|', len - ls))) {
		k = skip_blanks_back(b, (size_t)(p - b), ls);
		if (k == ls || b[k - 1] == '\n')
			return k;
		ls = (size_t)(p - b) + 1; /* (inside a line: not a start, but
					     no '\n' is skipped) */
	}
	return len;
}

/*
 * Bar tables: Markdown, Org, rST grid, AsciiDoc (|=== blocks) and
 * Confluence wiki markup. A row is a header when its syntax says so
 * (Confluence's ||, AsciiDoc's first row) or a rule follows it; the rows
 * below it (rules skipped) give the values of its credentials' columns.
 * A row under no header may be a label and its value.
 */
static int bar_tables(const unsigned char *b, size_t len, struct kh_layer *l)
{
	size_t cells[ROW_MAX_COLUMNS][2], n, ls, le, nl, ns, ne, rows = 0;
	struct table t = { .nh = 0 };
	int head, under = 0, adoc = 0;

	for (ls = 0; ls < len; ls = nl + 1) {
		size_t k;

		/* (no header over it: only a `|` line may start a table) */
		if (!under && (ls = next_bar_line(b, len, ls)) >= len)
			break;
		nl = line_end(b, len, ls);
		le = nl > ls && b[nl - 1] == '\r' ? nl - 1 : nl;
		if (le - ls > TABLE_LINE_MAX) {
			under = 0;
			continue;
		}
		/* most lines of notes: no row, no rule (one byte says) */
		k = skip_blanks(b, ls, le);
		if (k < le && !strchr("|+-=:", b[k])) {
			under = 0;
			continue;
		}
		if (k + 4 <= le && !memcmp(b + k, "|===", 4)) {
			adoc = !adoc; /* the block's first row is its header */
			under = 0;
			t.nh = 0;
			continue;
		}
		if (rule_line(b, ls, le)) /* |---|, +===+: rows go on */
			continue;
		n = bar_cells(b, ls, le, cells, &head);
		if (!n) { /* (an AsciiDoc block's blank lines are its own) */
			if (!adoc || k < le)
				under = 0;
			continue;
		}
		if (!head && !under && next_line(b, len, nl, &ns, &ne) &&
		    rule_line(b, ns, ne) && n >= 2)
			head = 1;
		if (!head && adoc && !t.nh && n >= 2)
			head = 1;
		if (head) {
			under = table_head(&t, b, (const size_t(*)[2])cells, n);
			rows = 0;
			if (adoc && !under)
				t.nh = 1; /* the block's header was read */
		} else if (under && rows++ < TABLE_ROWS_MAX) {
			if (table_body_row(l, b, &t, (const size_t(*)[2])cells, n) < 0)
				return -1;
		} else if (label_row(l, b, (const size_t(*)[2])cells, n) < 0) {
			return -1;
		}
	}
	return 0;
}

/* ---- HTML tables (and Confluence's storage format) ---------------------- */

/* The cells of the HTML row b[rs..re) (<th>/<td> elements): each one's
 * content; *th: all of them <th>. */
static size_t html_cells(const unsigned char *b, size_t rs, size_t re, size_t (*cells)[2],
			 int *th, int *first_th)
{
	size_t n = 0, k = rs;
	const unsigned char *p;

	*th = 1;
	*first_th = 0;
	while (n < ROW_MAX_COLUMNS && (p = memchr(b + k, '<', re - k))) {
		size_t at = (size_t)(p - b), cs;
		const unsigned char *gt, *end;

		k = at + 1;
		if (at + 4 > re || (b[at + 1] | 0x20) != 't' ||
		    ((b[at + 2] | 0x20) != 'd' && (b[at + 2] | 0x20) != 'h') ||
		    (b[at + 3] != '>' && b[at + 3] != ' '))
			continue;
		if (!(gt = memchr(b + at, '>', re - at)))
			break;
		cs = (size_t)(gt - b) + 1;
		/* its end: </td>, </th>, or the next cell's start */
		for (end = b + cs; (end = memchr(end, '<', re - (size_t)(end - b)));
		     end++)
			if (end + 3 < b + re &&
			    ((end[1] == '/' && (end[2] | 0x20) == 't' &&
			      ((end[3] | 0x20) == 'd' || (end[3] | 0x20) == 'h')) ||
			     ((end[1] | 0x20) == 't' &&
			      ((end[2] | 0x20) == 'd' || (end[2] | 0x20) == 'h'))))
				break;
		if (!end)
			break;
		if ((b[at + 2] | 0x20) == 'd')
			*th = 0;
		else if (n == 0)
			*first_th = 1;
		cells[n][0] = cs;
		cells[n][1] = (size_t)(end - b);
		n++;
		k = (size_t)(end - b);
	}
	return n;
}

/*
 * HTML tables: a row of <th> cells is a header over the <td> rows after
 * it (until </table>); a row with no header over it whose first cell
 * (<th> or <td>) names a credential gives the value in its second.
 */
static int html_tables(const unsigned char *b, size_t len, struct kh_layer *l)
{
	size_t cells[ROW_MAX_COLUMNS][2], n, at = 0, rs, re, rows = 0;
	const unsigned char *p, *q;
	struct table t = { .nh = 0 };
	int th, first_th, under = 0;

	while (at < len && (p = kh_memmem(b + at, len - at, "<tr", 3))) {
		rs = (size_t)(p - b) + 3;
		at = rs;
		if (rs >= len || (b[rs] != '>' && b[rs] != ' '))
			continue;
		q = kh_memmem(b + rs,
			      len - rs < TABLE_HTML_ROW ? len - rs : TABLE_HTML_ROW,
			      "</tr", 4);
		re = q ? (size_t)(q - b)
		       : (len - rs < TABLE_HTML_ROW ? len : rs + TABLE_HTML_ROW);
		at = re;
		n = html_cells(b, rs, re, cells, &th, &first_th);
		if (!n)
			continue;
		if (th) {
			under = table_head(&t, b, (const size_t(*)[2])cells, n);
			rows = 0;
		} else if (under && rows++ < TABLE_ROWS_MAX) {
			if (table_body_row(l, b, &t, (const size_t(*)[2])cells, n) < 0)
				return -1;
		} else if (label_row(l, b, (const size_t(*)[2])cells, n) < 0) {
			return -1;
		}
		/* the table ends before the next row: a header is its own */
		q = kh_memmem(b + re,
			      len - re < TABLE_HTML_ROW ? len - re : TABLE_HTML_ROW,
			      "</table", 7);
		p = kh_memmem(b + re,
			      len - re < TABLE_HTML_ROW ? len - re : TABLE_HTML_ROW,
			      "<tr", 3);
		if (q && (!p || q < p))
			under = 0;
	}
	return 0;
}

/* ---- MediaWiki's {| tables, rST's simple tables ----------------------- */

/* Splits b[s..e) at `sep` (2 bytes) into cells appended to cells[*n]. */
static void split_cells(const unsigned char *b, size_t s, size_t e, const char *sep,
			size_t (*cells)[2], size_t *n)
{
	while (s <= e && *n < ROW_MAX_COLUMNS) {
		const unsigned char *p = s < e ? kh_memmem(b + s, e - s, sep, 2) : NULL;
		size_t ce = p ? (size_t)(p - b) : e, cs = s;
		const unsigned char *bar = memchr(b + cs, '|', ce - cs);

		if (bar) /* style="…" | value */
			cs = (size_t)(bar - b) + 1;
		cells[*n][0] = skip_blanks(b, cs, ce);
		cells[*n][1] = skip_blanks_back(b, ce, cells[*n][0]);
		(*n)++;
		if (!p)
			break;
		s = ce + 2;
	}
}

/*
 * MediaWiki: {| opens, "! a !! b" (or one "! a" a line) is the header,
 * "|-" starts a row, "| a || b" (or one "| a" a line) its cells, |} ends.
 */
static int wiki_tables(const unsigned char *b, size_t len, struct kh_layer *l)
{
	size_t cells[ROW_MAX_COLUMNS][2], n = 0, ls, le, k, rows = 0;
	struct table t = { .nh = 0 };
	int in = 0, under = 0, heading = 0;

	for (ls = 0; ls < len; ls = line_end(b, len, ls) + 1) {
		le = content_end(b, len, ls);
		k = skip_blanks(b, ls, le);
		if (le - ls > TABLE_LINE_MAX || k >= le)
			continue;
		if (k + 2 <= le && b[k] == '{' && b[k + 1] == '|') {
			in = 1;
			under = heading = 0;
			n = 0;
			continue;
		}
		if (!in)
			continue;
		if (b[k] == '!') {
			split_cells(b, k + 1, le, "!!", cells, &n);
			heading = 1;
			continue;
		}
		if (b[k] != '|')
			continue;
		if (k + 1 < le && (b[k + 1] == '-' || b[k + 1] == '}')) {
			/* a row ends: the header's, or a row's under it */
			if (heading) {
				under = table_head(&t, b, (const size_t(*)[2])cells, n);
				rows = 0;
			} else if (n && under && rows++ < TABLE_ROWS_MAX) {
				if (table_body_row(l, b, &t, (const size_t(*)[2])cells,
						   n) < 0)
					return -1;
			} else if (n &&
				   label_row(l, b, (const size_t(*)[2])cells, n) < 0) {
				return -1;
			}
			heading = 0;
			n = 0;
			in = b[k + 1] == '-';
			continue;
		}
		if (k + 1 < le && b[k + 1] == '+')
			continue; /* |+ a caption */
		split_cells(b, k + 1, le, "||", cells, &n);
	}
	return 0;
}

/* The columns of an rST simple table's rule b[ls..le) (=====  =====):
 * their starts in cols[], how many (2 or more), 0 when it is none. */
static size_t simple_rule(const unsigned char *b, size_t ls, size_t le, size_t *cols)
{
	size_t k = ls, n = 0;

	if (le - ls < 5 || b[ls] != '=')
		return 0;
	while (k < le) {
		if (b[k] != '=')
			return 0;
		if (n == ROW_MAX_COLUMNS)
			return 0;
		cols[n++] = k - ls;
		while (k < le && b[k] == '=')
			k++;
		if (k < le && b[k] != ' ')
			return 0;
		k = skip_blanks(b, k, le);
	}
	return n >= 2 ? n : 0;
}

/* The cells of the rST simple table's row b[ls..le) at the columns
 * cols[0..n). */
static size_t simple_cells(const unsigned char *b, size_t ls, size_t le,
			   const size_t *cols, size_t n, size_t (*cells)[2])
{
	size_t c, s, e;

	for (c = 0; c < n; c++) {
		s = ls + cols[c] < le ? ls + cols[c] : le;
		e = c + 1 < n && ls + cols[c + 1] < le ? ls + cols[c + 1] : le;
		cells[c][0] = skip_blanks(b, s, e);
		cells[c][1] = skip_blanks_back(b, e, cells[c][0]);
	}
	return n;
}

/* rST simple tables: a rule, the header, a rule, rows to the last rule. */
static int simple_tables(const unsigned char *b, size_t len, struct kh_layer *l)
{
	size_t cols[ROW_MAX_COLUMNS], cells[ROW_MAX_COLUMNS][2], nc = 0, ls, le, rows = 0;
	struct table t = { .nh = 0 };
	int state = 0; /* 1: the header next, 2: its rule next, 3: rows */

	for (ls = 0; ls < len; ls = line_end(b, len, ls) + 1) {
		size_t n;

		/* (out of a table only a rule, a line opening with '=', opens
		 * one: the next is found 64 places a step, not line by line) */
		if (state == 0 && b[ls] != '=' &&
		    (ls = kh_find_pair(b, ls, len, '\n', '=', 1) + 1) >= len)
			break;
		le = content_end(b, len, ls);
		if (le - ls > TABLE_LINE_MAX) {
			state = 0;
			continue;
		}
		if ((n = simple_rule(b, ls, le, cols)) != 0) {
			if (state == 0 || state == 3) {
				state = state == 3 ? 0 : 1;
				nc = n;
			} else if (state == 2) {
				state = t.secret ? 3 : 0;
				rows = 0;
			}
			continue;
		}
		if (state == 1) {
			n = simple_cells(b, ls, le, cols, nc, cells);
			table_head(&t, b, (const size_t(*)[2])cells, n);
			state = 2;
		} else if (state == 3 && skip_blanks(b, ls, le) < le &&
			   rows++ < TABLE_ROWS_MAX) {
			n = simple_cells(b, ls, le, cols, nc, cells);
			if (table_body_row(l, b, &t, (const size_t(*)[2])cells, n) < 0)
				return -1;
		} else if (state != 3) {
			state = 0;
		}
	}
	return 0;
}

int notes_tables(const unsigned char *b, size_t len, const size_t *first,
		 struct kh_layer *l)
{
	/* (no '|': no bar row and no MediaWiki table, whose `{|` is not
	 * looked for then: most files of notes) */
	int bars = memchr(b, '|', len) != NULL;

	if (bars && bar_tables(b, len, l) < 0)
		return -1;
	if (kh_find_text(b, first[0], len, "<tr", 3, 0, 2) < len &&
	    html_tables(b, len, l) < 0)
		return -1;
	if (bars && kh_find_text(b, first[1], len, "{|", 2, 0, 1) < len &&
	    wiki_tables(b, len, l) < 0)
		return -1;
	if (kh_find_text(b, first[2], len, "==  ", 4, 0, 3) < len &&
	    simple_tables(b, len, l) < 0)
		return -1;
	return 0;
}
