/*
 * shape_rows.c - rows and lists: SQL inserts, CSV and Markdown tables, .netrc
 * entries, declarations and lists around a name, and names borrowed from other
 * lines.
 */
#include "shape_internal.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "decode.h"
#include "util.h"
#include "validate.h"

/* ---- rows: SQL inserts, CSV tables ------------------------------------ */

/* A column named for a credential, not for something about one
 * (password_hash, token_type, api_key_id, secret_name). */
int credential_column(const unsigned char *s, size_t n)
{
	static const char *about[] = { "id",	"hash",	  "salt",   "type",    "name",
				       "hint",	"url",	  "_at",    "expires", "expiry",
				       "scope", "scopes", "length", "file",    "path" };
	size_t i, k;

	if (!path_leaf(s, n))
		return 0;
	for (i = 0; i < sizeof(about) / sizeof(about[0]); i++) {
		k = strlen(about[i]);
		if (n > k && !strncasecmp((const char *)s + n - k, about[i], k))
			return 0;
	}
	return 1;
}

/* A name in a row's header from b[i]: `name`, "name", `name`, [name];
 * its range in [*s, *e); returns the index after it, or 0. */
static size_t row_name(const unsigned char *b, size_t i, size_t le, size_t *s, size_t *e)
{
	int q = i < le && strchr("\"`[", b[i]) && b[i];

	*s = i + q;
	for (*e = *s; *e < le && ident_byte(b[*e]); (*e)++)
		;
	if (*e == *s || (q && (*e >= le || !strchr("\"`]", b[*e]) || !b[*e])))
		return 0;
	return *e + q;
}

/*
 * An SQL row, INSERT INTO table (column, ...) VALUES (value, ...)[, (...)]
 * on the line b[ls..le) and the lines below up to its ';': each quoted
 * value under a column named for a credential as `table.column`, and every
 * quoted value of a `value` column when the table is named for
 * credentials (api_keys, tokens).
 */
int sql_insert(const unsigned char *b, size_t len, size_t ls, size_t le,
	       struct kh_layer *l)
{
	size_t parts[2][2], cols[ROW_MAX_COLUMNS][2], ncols = 0, i, col = 0, vs, ve;
	size_t lines = 0, depth = 0, n, named[3] = { 0, 0, 0 };
	int table_named, r = 0;

	i = skip_blanks(b, ls, le);
	if (!word_at(b, i, le, "insert"))
		return 0;
	i = skip_blanks(b, i + 6, le);
	if (word_at(b, i, le, "into"))
		i = skip_blanks(b, i + 4, le);
	if (!(i = row_name(b, i, le, &parts[0][0], &parts[0][1])))
		return 0;
	i = skip_blanks(b, i, le);
	if (i >= le || b[i] != '(')
		return 0;
	for (i++; ncols < ROW_MAX_COLUMNS;) {
		i = row_name(b, skip_blanks(b, i, le), le, &cols[ncols][0],
			     &cols[ncols][1]);
		if (!i)
			return 0;
		ncols++;
		i = skip_blanks(b, i, le);
		if (i < le && b[i] == ')')
			break;
		if (i >= le || b[i] != ',')
			return 0;
		i++;
	}
	i = skip_blanks(b, i + 1, le);
	if (!word_at(b, i, le, "values"))
		return 0;
	table_named = credential_name(b + parts[0][0], parts[0][1] - parts[0][0]);
	for (i += 6; i < len && lines < BLOCK_MAX_LINES; i++) {
		switch (b[i]) {
		case '\n': lines++; break;
		case '(': col = depth++ ? col : 0; break;
		case ')': depth -= depth > 0; break;
		case ',': col += depth == 1; break;
		case ';':
			if (!depth)
				return 0;
			break;
		case '\'':
		case '"':
			if (!quoted(b, i, len, &vs, &ve) || memchr(b + i, '\n', ve - i))
				return 0;
			i = ve;
			if (depth != 1 || col >= ncols)
				break;
			parts[1][0] = cols[col][0];
			parts[1][1] = cols[col][1];
			n = cols[col][1] - cols[col][0];
			if (credential_column(b + cols[col][0], n))
				r = emit_path(l, b, (const size_t(*)[2])parts, 2, vs, ve);
			else if (table_named && n == 5 &&
				 !strncasecmp((const char *)b + cols[col][0], "value", 5))
				r = emit_path_as(l, b, (const size_t(*)[2])parts, 2,
						 "_secret", vs, ve);
			else
				r = row_named_value(l, b, cols, col, vs, ve, named);
			if (r < 0)
				return -1;
			break;
		}
	}
	return 0;
}

/* Whether a header cell s[0..n) is a password's bare abbreviation (Pass,
 * PW, Pwd), which in a table of accounts names the password column. */
static int password_abbreviation(const unsigned char *s, size_t n)
{
	return (n == 4 && !strncasecmp((const char *)s, "pass", 4)) ||
	       (n == 2 && !strncasecmp((const char *)s, "pw", 2)) ||
	       (n == 3 && !strncasecmp((const char *)s, "pwd", 3));
}

/* Whether a header cell s[0..n) ends in the word w after a separator
 * ('_', '-', ' ') or is w alone. */
static int cell_ends_word(const unsigned char *s, size_t n, const char *w)
{
	size_t k = strlen(w);

	return n >= k && !strncasecmp((const char *)s + n - k, w, k) &&
	       (n == k || (n > k + 1 && strchr("_- ", s[n - k - 1])));
}

/* The columns of cols[0..ncols) a table of accounts names its password
 * by an abbreviation (Pass, PW, Pwd), one bit each; with a user's column
 * beside it, a Secret column too, bare or an account's (a camera list's
 * Login, Secret; an asset register's admin_user, admin_secret), and an
 * account's pass (root_pass). */
static unsigned long password_columns(const unsigned char *b, size_t (*cols)[2],
				      size_t ncols, int user)
{
	unsigned long bits = 0;
	size_t col, n;

	for (col = 0; col < ncols; col++) {
		n = cols[col][1] - cols[col][0];
		if (password_abbreviation(b + cols[col][0], n) ||
		    (user && (cell_ends_word(b + cols[col][0], n, "secret") ||
			      cell_ends_word(b + cols[col][0], n, "pass"))))
			bits |= 1ul << col;
	}
	return bits;
}

/* The columns of cols[0..ncols) that hold a one-time password's seed, one
 * bit each: a password manager's export names it TOTP (KeePassXC, LastPass),
 * login_totp (Bitwarden), OTPAuth (1Password), OTP, 2FA or MFA. */
static unsigned long otp_columns(const unsigned char *b, size_t (*cols)[2], size_t ncols)
{
	static const char *const words[] = {
		"totp", "otp", "otpauth", "2fa", "mfa", NULL
	};
	unsigned long bits = 0;
	size_t col, n, w;

	for (col = 0; col < ncols; col++) {
		n = cols[col][1] - cols[col][0];
		for (w = 0; words[w]; w++)
			if (cell_ends_word(b + cols[col][0], n, words[w]))
				bits |= 1ul << col;
	}
	return bits;
}

/*
 * The rows below the line ending at le (up to a blank line, or pg_dump's
 * `\.`), their cells split at sep: each value in a column whose bit is
 * set in named as `column = "value"`, a password's column (its bit set in
 * pass) as `column_password = "value"`, a one-time password's (otp) as
 * `totp_secret = "value"`: its seed's rule judges it (base32, not the
 * RFC's examples; an otpauth:// URI is the URI rule's).
 */
static int header_rows(const unsigned char *b, size_t len, size_t le, size_t (*cols)[2],
		       size_t ncols, unsigned long named, unsigned long pass,
		       unsigned long otp, unsigned char sep, struct kh_layer *l)
{
	size_t at, n, i, col, vs, ve;

	/* (le may stop at a CRLF's '\r': the rows start past its '\n') */
	for (at = line_end(b, len, le) + 1, n = 0; at < len && n < BLOCK_MAX_LINES; n++) {
		size_t cle = content_end(b, len, at);

		if (cle == at || (cle == at + 2 && b[at] == '\\' && b[at + 1] == '.'))
			break;
		for (i = at, col = 0; i <= cle && col < ncols; col++) {
			if (!quoted(b, i, cle, &vs, &ve)) {
				vs = i;
				for (ve = i; ve < cle && b[ve] != sep; ve++)
					;
			}
			if ((otp >> col & 1) && ve > vs &&
			    emit_named(l, b, 0, 0, "totp_secret", vs, ve) < 0)
				return -1;
			if ((named >> col & 1) && !(otp >> col & 1) &&
			    ((pass >> col & 1)
				     ? emit_path_as(l, b, (const size_t(*)[2])cols + col,
						    1, "_password", vs, ve)
				     : emit_path(l, b, (const size_t(*)[2])cols + col, 1,
						 vs, ve)) < 0)
				return -1;
			i = ve + (ve < cle && b[ve] != sep) +
			    1; /* past a closing quote */
		}
		at = line_end(b, len, at) + 1;
	}
	return 0;
}

/* The columns of cols[0..ncols) named for a credential, one bit each;
 * 0 for a single column (a list, no table). */
static unsigned long credential_columns(const unsigned char *b, size_t (*cols)[2],
					size_t ncols)
{
	unsigned long named = 0;
	size_t col;

	for (col = 0; col < ncols && ncols > 1; col++)
		if (credential_column(b + cols[col][0], cols[col][1] - cols[col][0]))
			named |= 1ul << col;
	return named;
}

/* The separator of a header line b[i..le): the most frequent of tab,
 * ';' and ',' outside quotes (a tab first on a tie), or 0. */
static unsigned char header_separator(const unsigned char *b, size_t i, size_t le)
{
	static const unsigned char seps[] = { '\t', ';', ',' };
	size_t count[3] = { 0, 0, 0 }, k, best = 0;
	unsigned char q = 0;

	for (; i < le; i++) {
		if (q) {
			q = b[i] == q ? 0 : q;
			continue;
		}
		if (b[i] == '"')
			q = '"';
		for (k = 0; k < 3; k++)
			count[k] += b[i] == seps[k];
	}
	for (k = 1; k < 3; k++)
		if (count[k] > count[best])
			best = k;
	return count[best] ? seps[best] : 0;
}

/* A header cell of a spreadsheet's export from b[i] up to sep: words a
 * person titles a column with (URL / host, Last changed, Pass (temp)),
 * quoted or bare, blanks trimmed; its range in [*s, *e). Returns the
 * index of the separator or the line's end after it, or 0. */
static size_t header_cell(const unsigned char *b, size_t i, size_t le, unsigned char sep,
			  size_t *s, size_t *e)
{
	size_t end, k;

	i = skip_blanks(b, i, le);
	if (i < le && b[i] == '"') {
		if (!quoted(b, i, le, s, e))
			return 0;
		end = skip_blanks(b, *e + 1, le);
	} else {
		for (end = i; end < le && b[end] != sep; end++)
			;
		*s = i;
		for (*e = end; *e > i && strchr(" \t\r", b[*e - 1]); (*e)--)
			;
	}
	if (*e == *s || *e - *s > 48 || !isalpha(b[*s]) || (end < le && b[end] != sep))
		return 0;
	for (k = *s; k < *e; k++)
		if (!isalnum(b[k]) && !strchr(" _-./()#", b[k]))
			return 0;
	return end;
}

/* Whether the line from b[i] may open with a header_cell() whatever its
 * separator: a quoted cell, or a letter then only a title's bytes up to
 * the first tab, ';' or ','. Most lines a keyword wakes are code, out at
 * their first '=' or '(' before header_separator() counts a whole line. */
static int header_may_open(const unsigned char *b, size_t i, size_t le)
{
	i = skip_blanks(b, i, le);
	if (i < le && b[i] == '"')
		return 1;
	if (i >= le || !isalpha(b[i]))
		return 0;
	for (; i < le && b[i] != '\t' && b[i] != ';' && b[i] != ','; i++)
		if (!isalnum(b[i]) && !strchr(" _-./()#\r", b[i]))
			return 0;
	return 1;
}

/* The rows under a CSV, TSV or semicolon export's header whose cells are
 * titles (header_cell); a column named for a credential read as
 * csv_header's, a Pass/PW/Pwd column as its password beside a user's. */
static int csv_text_header(const unsigned char *b, size_t len, size_t i, size_t le,
			   struct kh_layer *l)
{
	size_t cols[ROW_MAX_COLUMNS][2], ncols = 0, col;
	unsigned char sep;
	unsigned long named, pass;
	int user = 0;

	if (!header_may_open(b, i, le) || !(sep = header_separator(b, i, le)))
		return 0;
	while (ncols < ROW_MAX_COLUMNS) {
		if (!(i = header_cell(b, i, le, sep, &cols[ncols][0], &cols[ncols][1])))
			return 0;
		ncols++;
		if (i >= le)
			break;
		i++;
	}
	if (i < le)
		return 0;
	named = credential_columns(b, cols, ncols);
	for (col = 0; col < ncols; col++)
		user |= credential_column(b + cols[col][0],
					  cols[col][1] - cols[col][0]) == 0 &&
			(word_at(b, cols[col][0], cols[col][1], "user") ||
			 word_at(b, cols[col][0], cols[col][1], "username") ||
			 word_at(b, cols[col][0], cols[col][1], "login") ||
			 word_at(b, cols[col][0], cols[col][1], "account") ||
			 word_at(b, cols[col][0], cols[col][1], "acct") ||
			 /* an account's: admin_user, root-login */
			 cell_ends_word(b + cols[col][0], cols[col][1] - cols[col][0],
					"user") ||
			 cell_ends_word(b + cols[col][0], cols[col][1] - cols[col][0],
					"login"));
	pass = password_columns(b, cols, ncols, user);
	if (user)
		named |= pass;
	if (!l) /* csv_pass_named(): whether a Pass column is read */
		return named != credential_columns(b, cols, ncols);
	/* (a seed's column is read beside a password's: an export of logins) */
	return named ? header_rows(b, len, le, cols, ncols, named, pass,
				   pass | (named & ~otp_columns(b, cols, ncols))
					   ? otp_columns(b, cols, ncols)
					   : 0,
				   sep, l)
		     : 0;
}

/* Whether the keyword hit ending at b[last] is a header's Pass, PW or Pwd
 * cell, in a header csv_text_header() reads beside a user's column: it
 * wakes the readers (a bare pass names nothing on its own). */
int csv_pass_named(struct kh_hit *h)
{
	const unsigned char *b = h->b;
	size_t len = h->len, last = h->last;
	size_t ns, ne = last + 1, ls, le;

	while (ne > 0 && last + 1 - ne < 2 && !isalpha(b[ne - 1]))
		ne--; /* (the keyword's separator after the cell: ,pass,) */
	for (ns = ne; ns > 0 && ne - ns < 4 && isalpha(b[ns - 1]); ns--)
		;
	if (!password_abbreviation(b + ns, ne - ns) ||
	    (ns > 0 && !strchr(",;\t\n\"", b[ns - 1])) ||
	    (ne < len && !strchr(",;\t\r\n\"", b[ne])))
		return 0;
	for (ls = ns; ls > 0 && b[ls - 1] != '\n' && ns - ls < 1024; ls--)
		;
	le = hit_line_end_within(h, 1024);
	return (ls == 0 || b[ls - 1] == '\n') &&
	       csv_text_header(b, len, ls, le, NULL) > 0;
}

/*
 * A table's header on the line b[ls..le) with a column named for a
 * credential, read by header_rows(): PostgreSQL's COPY table (name, ...)
 * FROM stdin; whose rows are tab-separated, or a CSV, TSV or semicolon
 * export's titles (csv_text_header).
 */
int csv_header(const unsigned char *b, size_t len, size_t ls, size_t le,
	       struct kh_layer *l)
{
	size_t cols[ROW_MAX_COLUMNS][2], ncols = 0, i = skip_blanks(b, ls, le), ts, te;

	if (!word_at(b, i, le, "copy") ||
	    !(i = row_name(b, skip_blanks(b, i + 4, le), le, &ts, &te)) ||
	    (i = skip_blanks(b, i, le)) >= le || b[i] != '(')
		return csv_text_header(b, len, skip_blanks(b, ls, le), le, l);
	for (i++; ncols < ROW_MAX_COLUMNS; i++) {
		i = row_name(b, skip_blanks(b, i, le), le, &cols[ncols][0],
			     &cols[ncols][1]);
		if (!i)
			return 0;
		ncols++;
		i = skip_blanks(b, i, le);
		if (i < le && b[i] == ')')
			break;
		if (i >= le || b[i] != ',')
			return 0;
	}
	if (i >= le || b[i] != ')') /* more columns than a row holds */
		return 0;
	i = skip_blanks(b, i + 1, le);
	if (!word_at(b, i, le, "from") ||
	    !word_at(b, skip_blanks(b, i + 4, le), le, "stdin"))
		return 0;
	return header_rows(b, len, le, cols, ncols, credential_columns(b, cols, ncols),
			   password_columns(b, cols, ncols, 0), 0, '\t', l);
}

/* ---- .netrc ------------------------------------------------------------- */

/* The token of a .netrc entry at b[*i] (after blanks and newlines, up to
 * e): its range in [*s, *i). 0 when there is none. */
static int netrc_token(const unsigned char *b, size_t *i, size_t e, size_t *s)
{
	while (*i < e && isspace(b[*i]))
		(*i)++;
	*s = *i;
	while (*i < e && !isspace(b[*i]))
		(*i)++;
	return *i > *s;
}

/*
 * A .netrc entry, machine HOST [login USER] password VALUE, on one line or
 * over the lines below b[ls..le) (up to the next machine): the password as
 * `HOST_password = "VALUE"`, so a rule that knows the host reads it (a
 * Heroku API key is api.heroku.com's password).
 */
int netrc_entry(const unsigned char *b, size_t len, size_t ls, size_t le,
		struct kh_layer *l)
{
	size_t i = skip_blanks(b, ls, le), e, hs, he, ts, vs, n;

	if (!word_at(b, i, le, "machine"))
		return 0;
	for (e = le, n = 0; e < len && n < CMD_MAX_LINES; n++) {
		size_t next = skip_blanks(b, e + 1, len);

		if (word_at(b, next, len, "machine") || word_at(b, next, len, "default"))
			break;
		e = line_end(b, len, e + 1);
	}
	i += 7;
	if (!netrc_token(b, &i, e, &hs))
		return 0;
	he = i;
	while (netrc_token(b, &i, e, &ts)) {
		if (i - ts != 8 || memcmp(b + ts, "password", 8))
			continue;
		if (netrc_token(b, &i, e, &vs))
			return emit_credential(l, b, hs, he, 0, 0, 1, vs, i);
		break;
	}
	return 0;
}

/* ---- table rows: Markdown, CSV --------------------------------------- */

/* A cell's content in [*s, *e): blanks, `code` backticks and CSV's
 * quotes trimmed. */
static void cell_content(const unsigned char *b, size_t *s, size_t *e)
{
	*s = skip_blanks(b, *s, *e);
	*e = skip_blanks_back(b, *e, *s);
	if (*e - *s >= 2 && (b[*s] == '`' || b[*s] == '"') && b[*e - 1] == b[*s]) {
		(*s)++;
		(*e)--;
	}
}

/* The cells of a row from b[i] to le, split at `sep` ('|' after a
 * Markdown row's first bar, where the text after the last bar is no cell;
 * ',' for CSV), each trimmed by cell_content: how many. */
size_t row_cells(const unsigned char *b, size_t i, size_t le, unsigned char sep,
		 size_t (*cells)[2])
{
	size_t n = 0;

	for (; i <= le && n < ROW_MAX_COLUMNS; i++) {
		const unsigned char *p = i < le ? memchr(b + i, sep, le - i) : NULL;
		size_t e = p ? (size_t)(p - b) : le;

		if (e >= le && sep == '|')
			break;
		cells[n][0] = i;
		cells[n][1] = e;
		cell_content(b, &cells[n][0], &cells[n][1]);
		n++;
		i = e;
	}
	return n;
}

/*
 * A table row on the line b[ls..le): Markdown's | Vercel | legacy token |
 * value |, or a CSV row of three or more cells whose value follows a cell
 * naming a credential (hubspot,hapikey,value,owner). Each one-word cell
 * with a digit in it, named by the cells before it (as many as fit a
 * name), becomes `Vercel_legacy_token = "value"`: which cells name a
 * credential of theirs is the rules' to say.
 */
int table_row(const unsigned char *b, size_t ls, size_t le, struct kh_layer *l)
{
	size_t cells[ROW_MAX_COLUMNS][2], n = 0, i = skip_blanks(b, ls, le), c, first,
					  len, k;
	unsigned char sep = i < le && b[i] == '|' ? '|' : ',';
	int r = 0;

	n = row_cells(b, i + (sep == '|'), le, sep, cells);
	/* AsciiDoc's |Panel password |value: each cell opens at its bar and
	 * none closes the row, so the text after the last bar is a cell */
	k = skip_blanks_back(b, le, i);
	if (sep == '|' && n > 0 && n < ROW_MAX_COLUMNS && b[k - 1] != '|') {
		cells[n][0] =
			(size_t)((const unsigned char *)memrchr(b + i, '|', k - i) - b) +
			1;
		cells[n][1] = le;
		cell_content(b, &cells[n][0], &cells[n][1]);
		n++;
	}
	if (sep == ',' && n < 3)
		return 0; /* name,value: kh_shape_line's own */
	/* code's list or call (codes=["a", "b", ...], f("token", encoder=x,
	 * decoder=g(y)), a call's last line: t, "password", arg2)), no CSV row */
	for (c = 0; sep == ',' && c < n; c++)
		if (memchr(b + cells[c][0], '(', cells[c][1] - cells[c][0]) ||
		    memchr(b + cells[c][0], ')', cells[c][1] - cells[c][0]) ||
		    memchr(b + cells[c][0], '[', cells[c][1] - cells[c][0]) ||
		    (c == 0 && memchr(b + cells[c][0], '=', cells[c][1] - cells[c][0])))
			return 0;
	for (c = 1; c < n && r == 0; c++) {
		const unsigned char *v = b + cells[c][0];
		size_t vn = cells[c][1] - cells[c][0];

		if (!plausible_value(v, vn) ||
		    (sep == ',' && !credential_name(b + cells[c - 1][0],
						    cells[c - 1][1] - cells[c - 1][0])))
			continue;
		for (k = 0; k < vn && !isdigit(v[k]); k++)
			;
		if (k == vn)
			continue;
		for (first = c, len = 0; first > 0; first--) {
			size_t w = cells[first - 1][1] - cells[first - 1][0];

			if (len + w + 1 > NAME_MAX_LEN)
				break;
			len += w + 1;
		}
		if (first == c)
			continue;
		for (k = first; k < c && r == 0; k++) {
			size_t j;

			if (k > first)
				r = kh_layer_put(l, '_', cells[k][0], cells[k][0],
						 KH_SHAPE);
			for (j = cells[k][0]; j < cells[k][1] && r == 0; j++)
				r = kh_layer_put(l, ident_byte(b[j]) ? b[j] : '_', j,
						 j + 1, KH_SHAPE);
		}
		if (r == 0)
			r = emit_named(l, b, 0, 0, "", cells[c][0], cells[c][1]);
	}
	return r < 0 ? -1 : 0;
}

/* ---- declarations, lists and objects around a name --------------------- */

/*
 * A declaration's type between its name and its value, from b[k] just
 * after the name: `: &'static str = "..."` (Rust, TypeScript, Kotlin,
 * Swift, Move's vector<u8> = b"...") or ` string = "..."` (Go: one word, no colon). The
 * value's quotes' content in [*vs, *ve) (both may be NULL).
 */
int typed_value(const unsigned char *b, size_t le, size_t k, size_t *vs, size_t *ve)
{
	size_t ts, te, s, e;
	int colon;

	ts = skip_blanks(b, k, le); /* F#'s, OCaml's `let name : string = ...` */
	if (ts > k && ts + 1 < le && b[ts] == ':' && b[ts + 1] == ' ')
		k = ts;
	colon = k < le && b[k] == ':';
	k += colon;
	if (k >= le || (b[k] != ' ' && b[k] != '\t'))
		return 0;
	ts = skip_blanks(b, k, le);
	if (ts >= le || !(isalpha(b[ts]) || b[ts] == '&' || b[ts] == '['))
		return 0;
	for (te = ts; te < le && te - ts <= 40 && b[te] != '='; te++)
		if (!isalnum(b[te]) && (!b[te] || !strchr("_&'<>[].*?| \t", b[te])))
			return 0;
	if (te >= le || b[te] != '=' ||
	    (te + 1 < le && (b[te + 1] == '=' || b[te + 1] == '>')))
		return 0;
	k = skip_blanks_back(b, te, ts);
	if (k == ts || !(isalpha(b[ts]) || b[ts] == '&' || b[ts] == '[') ||
	    (!colon && (memchr(b + ts, ' ', k - ts) || memchr(b + ts, '\t', k - ts))))
		return 0;
	s = skip_blanks(b, te + 1, le);
	if (s + 1 < le && b[s] == 'b' && b[s + 1] == '"')
		s++; /* a byte string: Move's vector<u8> = b"...", Rust's &[u8] */
	if (!quoted(b, s, le, &s, &e))
		return 0;
	if (vs) {
		*vs = s;
		*ve = e;
	}
	return 1;
}

/*
 * A declaration whose type stands between name and value on the line
 * b[ls..le): Rust's `const NAME: &str = "..."`, TypeScript's `export const
 * NAME: string = "..."`, Kotlin's `val name: String = "..."`, Swift's `let
 * name: String = "..."`, Go's `var NAME string = "..."` (after a keyword
 * only, as Go writes no colon). Any name before a colon: a provider's
 * rule reads its own (AGORA_APP_CERTIFICATE) once the type is out of the
 * way, as in Python.
 */
int typed_declaration(const unsigned char *b, size_t ls, size_t le, struct kh_layer *l)
{
	static const char *mods[] = { "const",	   "let",      "val",	   "var",
				      "export",	   "pub",      "public",   "private",
				      "protected", "internal", "static",   "final",
				      "readonly",  "lateinit", "override", NULL };
	size_t i = skip_blanks(b, ls, le), ns, ne, vs, ve, m, n;
	int decl = 0;

	for (n = 0; n < 6 && i < le && islower(b[i]); n++) {
		for (m = 0;
		     mods[m] && (mods[m][0] != b[i] || !word_at(b, i, le, mods[m])); m++)
			;
		if (!mods[m])
			break;
		decl |= m < 4; /* const, let, val, var */
		i += strlen(mods[m]);
		if (i < le && b[i] == '(') /* pub(crate) */
			while (i < le && b[i - 1] != ')')
				i++;
		i = skip_blanks(b, i, le);
	}
	for (ns = ne = i; ne < le && (isalnum(b[ne]) || b[ne] == '_'); ne++)
		;
	if (ne == ns || ne >= le || (b[ne] != ':' && !decl) ||
	    !typed_value(b, le, ne, &vs, &ve))
		return 0;
	/* any other name after its colon only (C's `char name[] =` is a
	 * type, then the name) */
	if (credential_name(b + ns, ne - ns) || b[ne] != ':')
		return emit_pair(l, b, ns, ne, vs, ve);
	return plausible_value(b + vs, ve - vs) ? emit_named(l, b, ns, ne, "", vs, ve)
						: 0;
}

/* ---- names on other lines: a value under a neutral name borrows one ----- */

/*
 * `value:`, `Default:`, `default =`, `<value>`, `"text":`: a name that says
 * what role a value plays, not what it is. Such a value takes its meaning
 * from a name on a line above it: a sibling that names it (`- key:
 * POSTMARK_TOKEN` then `value: ...`, `<name>fs.s3a.secret.key</name>` then
 * `<value>...</value>`, Postman's `"key": "apiToken"` then `"value": ...`,
 * Terraform's `secret_name` then `plaintext_value`) or the line before that
 * holds the name alone (`API_TOKEN:` then the value alone below it, `NAME=\`
 * continued, a heredoc's one line). The name is copied beside the value as
 * `NAME = "value"` and the rules judge the pair as they judge any. (Parents
 * that name a value, CloudFormation's `DbPassword:` then `Default:`, are
 * yaml_parents' and json_members', through default_of_credential(), which
 * takes the same neutral names.)
 */
#define APART_MAX_LINES 4
/* a form's object: its Text among its other properties (Left, Top,
 * Width, Height, TabOrder, PasswordChar...) */
#define FORM_MAX_LINES 16

/* Whether s[0..n) is one of the words of a setting's parts (secret,
 * option, parameter...) then `tail` (name, value), `_`, `-` or nothing
 * between: Terraform's secret_name and plaintext_value, OptionName. */
static int setting_part(const unsigned char *s, size_t n, const char *tail)
{
	static const char *parts[] = { "secret",   "option",  "parameter",
				       "variable", "setting", "plaintext" };
	size_t t = strlen(tail), w, k;

	if (n <= t || !equal_ci(s + n - t, tail, t))
		return 0;
	n -= t;
	if (s[n - 1] == '_' || s[n - 1] == '-')
		n--;
	for (w = 0; w < sizeof(parts) / sizeof(parts[0]); w++)
		if (n == (k = strlen(parts[w])) && equal_ci(s, parts[w], k))
			return 1;
	return 0;
}

/* Whether s[0..n) is a neutral name: a value's role, not its meaning. */
int neutral_name(const unsigned char *s, size_t n)
{
	static const struct {
		const char *s;
		size_t n;
	} words[] = { { "value", 5 },	  { "default", 7 }, { "defaultvalue", 12 },
		      { "data", 4 },	  { "text", 4 },    { "string", 6 },
		      { "val", 3 },	  { "content", 7 }, { "literal", 7 },
		      { "plaintext", 9 }, { "example", 7 } };
	size_t w;

	for (w = 0; w < sizeof(words) / sizeof(words[0]); w++)
		if (n == words[w].n && equal_ci(s, words[w].s, n))
			return 1;
	return setting_part(s, n, "value"); /* plaintext_value, ParameterValue */
}

/* One member of a block on its own line, in any syntax: `key: v`, `- key:
 * v`, `key = v`, `"key": "v",`, `<key>v</key>`. */
struct apart_member {
	size_t col;    /* the key's column (a list item's `- ` counts) */
	size_t ks, ke; /* the key */
	size_t vs, ve; /* the value: one token or a quoted string; empty when none */
	int bare;      /* nothing after the separator: a parent, or a value below */
	int continued; /* `NAME=\`: the value on the next line */
	int object;    /* a form's `object NAME: TType`: a parent no path reader reads */
	size_t ts, te; /* a heredoc's or triple quotes' end mark (`EOF`, `"""`) */
};

/* Whether the line b[ls..le) opens a component in a Delphi or Lazarus
 * form (.dfm, .lfm, .fmx: `object edtApiKey: TEdit`, `inherited`,
 * `inline`): its name in [*ns, *ne), its properties on the lines below
 * (`Text = '...'`). */
static int form_object(const unsigned char *b, size_t ls, size_t le, size_t *ns,
		       size_t *ne)
{
	static const char *opens[] = { "object", "inherited", "inline" };
	size_t i = skip_blanks(b, ls, le), k, w;

	for (w = 0; w < sizeof(opens) / sizeof(opens[0]); w++)
		if (word_at(b, i, le, opens[w]) && i + strlen(opens[w]) < le &&
		    b[i + strlen(opens[w])] == ' ')
			break;
	if (w == sizeof(opens) / sizeof(opens[0]))
		return 0;
	*ns = skip_blanks(b, i + strlen(opens[w]), le);
	for (k = *ns; k < le && k - *ns <= NAME_MAX_LEN && ident_byte(b[k]); k++)
		;
	if (k == *ns || k >= le || b[k] != ':' || k - *ns > NAME_MAX_LEN)
		return 0;
	*ne = k;
	k = skip_blanks(b, k + 1, le);
	if (k >= le || b[k] != 'T') /* the class: TEdit, TLabeledEdit, TfrmMain */
		return 0;
	while (k < le && ident_byte(b[k]))
		k++;
	if (k < le && b[k] == ' ' && k + 1 < le && b[k + 1] == '[')
		k = le; /* an inherited object's index: `inherited X: TY [2]` */
	return skip_blanks(b, k, le) == le;
}

static int apart_member(const unsigned char *b, size_t ls, size_t le,
			struct apart_member *m);

/* Whether a heredoc (`<<EOF`, `<<-'EOT'`, `<<~TOKEN`, in `$(cat <<EOF`) or
 * triple quotes open at b[k] and end the line b[..le): its end mark in
 * [m->ts, m->te). */
static int apart_heredoc(const unsigned char *b, size_t k, size_t le,
			 struct apart_member *m)
{
	const unsigned char *p;
	size_t i;

	if (k + 3 <= le && (b[k] == '"' || b[k] == '\'') && b[k + 1] == b[k] &&
	    b[k + 2] == b[k] && skip_blanks(b, k + 3, le) == le) {
		m->ts = k;
		m->te = k + 3;
		return 1;
	}
	if (!(p = kh_memmem(b + k, le - k < 24 ? le - k : 24, "<<", 2)))
		return 0; /* (near the separator: `$(cat <<'EOF'`) */
	i = (size_t)(p - b) + 2;
	if (i < le && (b[i] == '-' || b[i] == '~'))
		i++;
	if (i < le && (b[i] == '\'' || b[i] == '"'))
		i++;
	for (m->ts = m->te = i; m->te < le && (isalnum(b[m->te]) || b[m->te] == '_');
	     m->te++)
		;
	for (i = m->te; i < le && (b[i] == '\'' || b[i] == '"' || b[i] == ' '); i++)
		;
	return m->te > m->ts && i == le;
}

/* Reads the line b[ls..le) as a member; 0 when it is none (code, prose). */
static int apart_member(const unsigned char *b, size_t ls, size_t le,
			struct apart_member *m)
{
	size_t i = skip_blanks(b, ls, le), k, rest;
	unsigned char open = 0;

	memset(m, 0, sizeof(*m));
	if (form_object(b, ls, le, &m->ks, &m->ke)) {
		m->col = i - ls;
		m->vs = m->ve = le;
		m->bare = m->object = 1;
		return 1;
	}
	if (i + 1 < le && b[i] == '-' && (b[i + 1] == ' ' || b[i + 1] == '\t'))
		i = skip_blanks(b, i + 1, le);
	else if (word_at(b, i, le, "export") && i + 6 < le && b[i + 6] == ' ')
		i = skip_blanks(b, i + 6, le); /* a shell's export NAME=\ */
	if (i < le && (b[i] == '"' || b[i] == '\'' || b[i] == '<'))
		open = b[i++];
	for (k = i; k < le && k - i <= NAME_MAX_LEN && ident_byte(b[k]); k++)
		;
	if (k == i || k >= le || k - i > NAME_MAX_LEN)
		return 0;
	m->col = i - ls;
	m->ks = i;
	m->ke = k;
	if (open == '<') { /* <key>v</key>, the tag closed on the line */
		if (b[k] != '>')
			return 0;
		m->vs = k + 1;
		for (m->ve = m->vs; m->ve < le && b[m->ve] != '<'; m->ve++)
			;
		return m->ve + 2 + (k - i) <= le && b[m->ve + 1] == '/' &&
		       !memcmp(b + m->ve + 2, b + i, k - i);
	}
	if (open && b[k++] != open)
		return 0;
	k = skip_blanks(b, k, le);
	if (k >= le || (b[k] != ':' && b[k] != '=') ||
	    (k + 1 < le && (b[k + 1] == b[k] || b[k + 1] == '>')))
		return 0; /* no separator, or C++'s ::, ==, => */
	k = skip_blanks(b, k + 1, le);
	if (k == le || b[k] == '#' || (b[k] == '{' && skip_blanks(b, k + 1, le) == le)) {
		m->vs = m->ve = k;
		m->bare = 1; /* `NAME:`, `NAME =`, `"NAME": {` */
		return 1;
	}
	if ((b[k] == '\\' && skip_blanks(b, k + 1, le) == le) ||
	    apart_heredoc(b, k, le, m)) {
		m->vs = m->ve = k;
		m->continued = 1;
		return 1;
	}
	if (!(rest = quoted(b, k, le, &m->vs, &m->ve))) {
		m->vs = k;
		rest = m->ve = bare_value(b, k, le);
	}
	/* then a list's or a statement's end: `,`, `;`, `)`, `}` */
	while ((rest = skip_blanks(b, rest, le)) < le && b[rest] &&
	       strchr(",;)]}", b[rest]))
		rest++;
	if (rest < le && b[rest] != '#')
		m->vs = m->ve; /* more than one value: prose, code */
	return 1;
}

/* Whether the line b[ls..le) ends a block: blank, or a closing bracket or
 * tag first. */
static int apart_boundary(const unsigned char *b, size_t ls, size_t le)
{
	size_t i = skip_blanks(b, ls, le);

	return i == le || b[i] == '}' || b[i] == ']' || b[i] == ')' ||
	       (b[i] == '<' && i + 1 < le && b[i + 1] == '/');
}

/* A value alone on the line b[ls..le): one token, quoted or not, no name
 * (no `: ` or `=` in it) and no mark that starts YAML's other nodes. */
int lone_value(const unsigned char *b, size_t ls, size_t le, size_t *vs, size_t *ve)
{
	size_t i = skip_blanks(b, ls, le), k;

	if (i == le || strchr("-#{[<&*!|>%@`/", b[i]))
		return 0;
	if (!quoted(b, i, le, vs, ve) ||
	    skip_blanks(b, *ve + 1, le) != le) { /* a bare token */
		*vs = i;
		*ve = skip_blanks_back(b, le, i);
		for (k = i; k < *ve; k++)
			if (b[k] == ' ' || b[k] == '\t' || b[k] == '"' || b[k] == '\'' ||
			    b[k] == '=' || b[k] == '(' || b[k] == ';' || b[k] == ',' ||
			    (b[k] == ':' && k + 1 < *ve && b[k + 1] == ' '))
				return 0;
	}
	return *ve > *vs;
}

/* Whether a member's key is one that holds the name of its sibling's
 * value: key, name, a setting's name (Elastic Beanstalk's option_name,
 * Terraform's secret_name, ParameterName). */
static int naming_key(const unsigned char *b, const struct apart_member *m)
{
	size_t n = m->ke - m->ks;

	return (n == 3 && equal_ci(b + m->ks, "key", 3)) ||
	       (n == 4 && equal_ci(b + m->ks, "name", 4)) ||
	       setting_part(b + m->ks, n, "name");
}

/*
 * The value of the first neutral member within APART_MAX_LINES lines below
 * the line ending at le, in [*vs, *ve): at column col (a sibling's), or,
 * for a parent at column col, at its first child's column. A blank line, a
 * closing bracket or tag, a member further left or a sibling that names
 * (key, name) ends the search.
 */
static int neutral_below(const unsigned char *b, size_t len, size_t le, size_t col,
			 int parent, size_t max, size_t *vs, size_t *ve)
{
	struct apart_member m;
	size_t at, n, cle;

	for (n = 0, at = line_end(b, len, le) + 1; n < max && at < len;
	     n++, at = line_end(b, len, at) + 1) {
		cle = content_end(b, len, at);
		if (apart_boundary(b, at, cle))
			return 0;
		if (!apart_member(b, at, cle, &m))
			continue; /* text: a description's other lines */
		if (parent) {	  /* the first child sets the column */
			if (m.col <= col)
				return 0;
			col = m.col;
			parent = 0;
		}
		if (m.col > col)
			continue; /* a member's nested lines */
		if (m.col < col)
			return 0;
		if (neutral_name(b + m.ks, m.ke - m.ks) && m.vs < m.ve) {
			*vs = m.vs;
			*ve = m.ve;
			return 1;
		}
		if (naming_key(b, &m))
			return 0; /* the next sibling's name */
	}
	return 0;
}

/*
 * The value the name on the line b[ls..le) lends a neutral name below, in
 * [*vs, *ve), the name in [*ns, *ne); 0 when there is none. A sibling
 * (`- key: NAME`, `"name": "NAME"`, `<name>NAME</name>`) lends it to a
 * neutral member at its own column, a parent (`NAME:`, `"NAME": {`) to one
 * among its children (neutral_below(); 2 then); a name alone (`NAME:`, `NAME =`,
 * `NAME=\`) to a lone value on the next line, further right (any column
 * after `\`), the last of its block.
 */
int apart_value(const unsigned char *b, size_t len, size_t ls, size_t le, size_t *ns,
		size_t *ne, size_t *vs, size_t *ve)
{
	struct apart_member m;
	size_t at, cle, first;

	if (!apart_member(b, ls, le, &m))
		return 0;
	if (m.bare || m.continued) { /* a name alone: its value below */
		*ns = m.ks;
		*ne = m.ke;
		if (!credential_name(b + m.ks, m.ke - m.ks) ||
		    (at = line_end(b, len, le) + 1) >= len)
			return 0;
		cle = content_end(b, len, at);
		first = skip_blanks(b, at, cle);
		if (!m.object && (m.continued || first - at > m.col) &&
		    (m.vs == le || b[m.vs] != '{') && lone_value(b, at, cle, vs, ve)) {
			if (m.continued && m.te == m.ts)
				return 1; /* `NAME=\` */
			if ((at = line_end(b, len, at) + 1) >= len)
				return m.te == m.ts;
			cle = content_end(b, len, at);
			first = skip_blanks(b, at, cle);
			if (m.te > m.ts) /* the heredoc ends after the one line */
				return cle - first >= m.te - m.ts &&
				       !memcmp(b + first, b + m.ts, m.te - m.ts);
			return first == cle || first - at <= m.col; /* not text */
		}
		/* a parent's: yaml_parents' and json_members' to copy, named by
		 * its path (default_of_credential()) */
		if (m.continued ||
		    !neutral_below(b, len, le, m.col, 1,
				   m.object ? FORM_MAX_LINES : APART_MAX_LINES, vs, ve))
			return 0;
		return m.object ? 1 : 2; /* (a form's object: no path reader's) */
	}
	if (!naming_key(b, &m) || (m.ks > ls && b[m.ks - 1] == '<' && m.ke - m.ks == 3))
		return 0; /* (a plist's <key> is less_common_line's) */
	/* a path's last part names it (SSM's /prod/billing/api_token) */
	for (*ns = *ne = m.ve; *ns > m.vs && b[*ns - 1] != '/'; --*ns)
		;
	if (*ns == *ne || !credential_name(b + *ns, *ne - *ns))
		return 0;
	return neutral_below(b, len, le, m.col, 0, APART_MAX_LINES, vs, ve);
}

/* Whether the generic keyword ending at b[last] stands on a line that lends
 * its name to a value below (apart_value()). */
int apart_named(struct kh_hit *h)
{
	const unsigned char *b = h->b;
	size_t len = h->len, last = h->last;
	size_t k = last + 1, ls, le, ns, ne, vs, ve;

	/* the name ends its line but for a few marks (`:`, ` = \`, `": {`,
	 * `",`, `</name>`, `=$(cat <<EOF`) or none, the first a quote, `<`, `:`, `=` or
	 * `\`: most hits, in code (`;`, `)`, `,`) and prose, end here */
	k = hit_name_end(h, HIT_IDENT, last + 1 + NAME_MAX_LEN);
	k = skip_blanks(b, k, len);
	if (k < len && (!b[k] || !strchr("\"'<:=\\\r\n", b[k])))
		return 0;
	for (le = k; le < len && b[le] != '\n' &&
		     le - k <= (b[k] == ':' && k + 2 < len && b[k + 2] == 'T' ? 48 : 16);
	     le++) /* (a form's `NAME: TType`) */
		;
	if (le < len && b[le] != '\n')
		return 0;
	if ((ls = hit_near_line_start(h)) > last)
		return 0;
	if (le > ls && b[le - 1] == '\r')
		le--;
	return apart_value(b, len, ls, le, &ns, &ne, &vs, &ve);
}

#define JSON_MAX_NEST 32
#define JSON_MAX_LINE 1024

/*
 * The members of the JSON object whose '{' is b[open], below the name
 * b[ns..ne): each string value under a plain name with its path of names,
 * as yaml_parents does (`{"ably": {"key": "..."}}` is `ably.key`, `"Jwt":
 * {"Key": ...}` `Jwt.Key`), and a credential's default, on one line or
 * pretty-printed; values in arrays are left out. A name that says
 * credential itself is the rules' to read where it stands, beside its
 * siblings; a plain name below one is a schema's field
 * ("md5_authentication_key": {"key": "md5AuthenticationKey"}).
 */
static int json_members(const unsigned char *b, size_t len, size_t ns, size_t ne,
			size_t open, size_t *budget, struct kh_layer *l)
{
	size_t parts[PATH_MAX_DEPTH + 1][2], depth = 1, nest = 0, unnamed = 0, i,
					     lines = 0;
	size_t name[2] = { 0, 0 };
	unsigned char named[JSON_MAX_NEST];
	int have_name = 0;

	parts[0][0] = ns;
	parts[0][1] = ne;
	for (i = open + 1;
	     i < len && lines < BLOCK_MAX_LINES && i - open < 8192 && *budget;
	     i++, (*budget)--) {
		size_t s, e, k;

		switch (b[i]) {
		case '\n': lines++; break;
		case ',': have_name = 0; break;
		case '"':
			if (!(k = quoted(b, i, len, &s, &e)) ||
			    memchr(b + i, '\n', k - i))
				return 0;
			i = skip_blanks(b, k, len);
			if (i < len && b[i] == ':') {
				name[0] = s;
				name[1] = e;
				have_name = 1;
				break;
			}
			i--;
			if (!have_name || unnamed)
				break;
			have_name = 0;
			parts[depth][0] = name[0];
			parts[depth][1] = name[1];
			if (*plain_name_suffix(b + name[0], name[1] - name[0]) &&
			    !credential_name(b + parts[depth - 1][0],
					     parts[depth - 1][1] - parts[depth - 1][0]) &&
			    emit_path(l, b, (const size_t(*)[2])parts, depth + 1, s, e) <
				    0)
				return -1;
			if (default_of_credential(b, (const size_t(*)[2])parts, depth,
						  name[0], name[1]) &&
			    emit_path_as(l, b, (const size_t(*)[2])parts, depth, "", s,
					 e) < 0)
				return -1;
			break;
		case '{':
		case '[':
			if (nest == JSON_MAX_NEST)
				return 0;
			named[nest] = b[i] == '{' && have_name && !unnamed &&
				      depth < PATH_MAX_DEPTH;
			if (named[nest]) {
				parts[depth][0] = name[0];
				parts[depth][1] = name[1];
				depth++;
			} else {
				unnamed++;
			}
			nest++;
			have_name = 0;
			break;
		case '}':
		case ']':
			if (!nest)
				return 0; /* the object's end */
			nest--;
			if (named[nest])
				depth--;
			else
				unnamed--;
			have_name = 0;
			break;
		}
	}
	return 0;
}

/* The name a JSON object held in a single-quoted string is given, its
 * '{' at b[open] (`JENKINS_CONFIG: '{"key": "…"}'`, `CFG='{…}'`,
 * `"cfg" => '{…}'`): in [*ns, *ne); 0 when none. */
static int string_object_name(const unsigned char *b, size_t ls, size_t le, size_t open,
			      size_t *ns, size_t *ne)
{
	size_t k;

	if (open < ls + 3 || b[open - 1] != '\'' || open + 1 >= le || b[open + 1] != '"')
		return 0;
	k = skip_blanks_back(b, open - 1, ls);
	if (k > ls + 1 && b[k - 1] == '>' && b[k - 2] == '=')
		k--; /* Perl's and PHP's => */
	if (k == ls || (b[k - 1] != ':' && b[k - 1] != '='))
		return 0;
	k = skip_blanks_back(b, k - 1, ls);
	if (k > ls && (b[k - 1] == '"' || b[k - 1] == '\''))
		k--;
	for (*ne = k; k > ls && ident_byte(b[k - 1]); k--)
		;
	*ns = k;
	return *ne > *ns;
}

/* Every `"name": {` on the line b[ls..le), and every object a string
 * holds under a name (string_object_name()): its object's members, within
 * a budget of bytes walked. Not on a minified line, whose thousands of
 * objects are code's (and cost a walk each): a config's JSON, pretty or
 * on one line, is shorter. */
int json_objects(const unsigned char *b, size_t len, size_t ls, size_t le,
		 struct kh_layer *l)
{
	size_t i, ns, ne, k, budget = 1 << 16;
	const unsigned char *o;

	if (le - ls > JSON_MAX_LINE)
		return 0;
	for (o = memchr(b + ls, '{', le - ls); o && budget;
	     o = memchr(o + 1, '{', (size_t)(b + le - o - 1)))
		if (string_object_name(b, ls, le, (size_t)(o - b), &ns, &ne) &&
		    json_members(b, len, ns, ne, (size_t)(o - b), &budget, l) < 0)
			return -1;
	for (i = ls; i < le && budget; i++) {
		const unsigned char *q = memchr(b + i, '"', le - i);

		if (!q)
			break; /* no string left: most lines, at once */
		i = (size_t)(q - b);
		if (!(k = quoted(b, i, le, &ns, &ne)))
			continue;
		i = k - 1;
		k = skip_blanks(b, k, le);
		if (k >= le || b[k] != ':')
			continue;
		k = skip_blanks(b, k + 1, le);
		if (k < le && b[k] == '{' &&
		    json_members(b, len, ns, ne, k, &budget, l) < 0)
			return -1;
	}
	return 0;
}

/*
 * An Authorization header's value written whole in the string whose
 * quote is b[i] on the line b[ls..le), "Scheme credentials": OkHttp's
 * addHeader("Authorization", "Bearer ..."), Swift's setValue("SSWS ...",
 * forHTTPHeaderField: "Authorization"), a template literal `Bearer ...`,
 * Apache's RequestHeader set Authorization "Bearer ...". Any scheme where
 * the header is named beside the string, Bearer anywhere: the credentials
 * as `Scheme_token = "..."`, Basic's as its user and password (once
 * decoded: emit_user_pass).
 */
int header_scheme_string(const unsigned char *b, size_t ls, size_t le, size_t i,
			 struct kh_layer *l)
{
	unsigned char q = b[i];
	size_t ss = i + 1, se, vs, ve, from, to;
	int token = 1, named;

	if (ss >= le || !isalpha(b[ss]))
		return 0;
	for (se = ss; se < le && se - ss <= 24 && (isalnum(b[se]) || b[se] == '-'); se++)
		;
	if (se >= le || b[se] != ' ')
		return 0;
	for (vs = ve = se + 1; ve < le && b[ve] != q && b[ve] != ' ' && b[ve] != '\\';
	     ve++)
		/* and Rancher's token-<id>:<secret>, sent as it is */
		token &= b64token_byte(b[ve]) ||
			 ((b[ve] == '=' || b[ve] == ':') && ve > vs);
	if (ve >= le || b[ve] != q)
		return 0;
	if (se - ss == 5 && !strncasecmp((const char *)b + ss, "basic", 5))
		return emit_user_pass(l, b, 0, 0, ss, se, vs, ve);
	if (!token || !plausible_credential(b + vs, ve - vs, 0))
		return 0;
	/* the header named beside the string, not anywhere on a long
	 * (minified) line */
	from = i - ls > 64 ? i - 64 : ls;
	to = le - ve > 64 ? ve + 64 : le;
	named = (se - ss == 6 && !strncasecmp((const char *)b + ss, "bearer", 6)) ||
		kh_contains_ci(b + from, to - from, "authorization", 0);
	return named ? emit_named(l, b, ss, se, "_token", vs, ve) : 0;
}

/* debconf's `owner question/name password VALUE` (preseeding a package's
 * password in a provisioning script): `name = "VALUE"`. */
int debconf_password(const unsigned char *b, size_t ls, size_t le, struct kh_layer *l)
{
	const unsigned char *p = b + ls;
	size_t at, ns, vs, ve;

	if (le - ls > 512) /* an echo's line, a preseed file's */
		return 0;
	while ((p = kh_memmem(p, (size_t)(b + le - p), " password ", 10))) {
		at = (size_t)(p - b);
		p++;
		for (ns = at; ns > ls && ident_byte(b[ns - 1]); ns--)
			;
		if (ns == at || (ns > ls && b[ns - 1] != '/'))
			continue;
		vs = skip_blanks(b, at + 10, le);
		ve = bare_value(b, vs, le);
		if (emit_pair(l, b, ns, at, vs, ve) < 0)
			return -1;
	}
	return 0;
}

/* Whether the line b[ls..le) reads as prose: it starts, after blanks (fewer
 * than four: more is Markdown's code block), with a word or a list's marker
 * (-, *, +, 1.). */
static int prose_line(const unsigned char *b, size_t ls, size_t le)
{
	size_t k = skip_blanks(b, ls, le);

	if (k - ls >= 4 || k >= le)
		return 0;
	if (strchr("-*+", b[k]) && k + 1 < le && b[k + 1] == ' ')
		return 1;
	while (k < le && isdigit(b[k]))
		k++;
	if (k > ls && isdigit(b[k - 1]))
		return k + 1 < le && (b[k] == '.' || b[k] == ')') && b[k + 1] == ' ';
	return isalpha(b[k]);
}

/*
 * A credential's word, then an inline code or verbatim span at b[i] on a
 * line of prose (Markdown's `...` and ``...``, reStructuredText's
 * ``...``, AsciiDoc's `...`, `+...+` and +...+, Org mode's =...= and
 * ~...~): "Use the secret `value`", "- API token: `value`", "pass:
 * =value=". The name is the word; a span holding blanks (a command) is no
 * value, and the judge drops names of code and placeholders.
 */
int prose_code_span(const unsigned char *b, size_t ls, size_t le, size_t i,
		    struct kh_layer *l)
{
	unsigned char d = b[i];
	size_t ticks = 1, vs, ve, ns, ne = skip_blanks_back(b, i, ls);

	if (i == ls || (b[i - 1] != ' ' && b[i - 1] != '\t') || !prose_line(b, ls, le))
		return 0;
	if (d == '`' && i + 1 < le && b[i + 1] == '`')
		ticks = 2;
	vs = i + ticks;
	for (ve = vs; ve < le && b[ve] != d && b[ve] != ' ' && b[ve] != '\t'; ve++)
		;
	if (ve + ticks > le || b[ve] != d || (ticks == 2 && b[ve + 1] != d) ||
	    (ve + ticks < le && b[ve + ticks] == d))
		return 0;
	/* Org's and AsciiDoc's marks close before a blank or punctuation:
	 * a=b=c is no span */
	if (d != '`' && ve + 1 < le && !strchr(" \t\r,.;:!?)", b[ve + 1]))
		return 0;
	if (d == '`')
		asciidoc_literal(b, &vs, &ve);
	while (ne > ls && (b[ne - 1] == '*' || b[ne - 1] == '_'))
		ne--; /* **API secret:** `value` */
	if (ne > ls && b[ne - 1] == ':')
		ne--;
	else if (d != '`')
		return 0; /* Org's and AsciiDoc's marks after a colon: pass: =value= */
	if (ne > ls && b[ne - 1] == ')') { /* token (expires in 1 h): `value` */
		for (ns = ne - 1;
		     ns > ls && ne - ns < PROSE_ASIDE_MAX && b[ns - 1] != '(' &&
		     b[ns - 1] != ')' && b[ns - 1] != '`';
		     ns--)
			;
		if (ns == ls || b[ns - 1] != '(' || ns - 1 == ls || b[ns - 2] != ' ')
			return 0;
		ne = ns - 2;
	}
	for (ns = ne; ns > ls && (isalnum(b[ns - 1]) || b[ns - 1] == '-'); ns--)
		;
	if (ns == ne || (ns > ls && b[ns - 1] != ' ' && b[ns - 1] != '\t' &&
			 b[ns - 1] != '*' && b[ns - 1] != '('))
		return 0; /* a word of prose, not a `NAME` or a path */
	if (!strcmp(plain_name_suffix(b + ns, ne - ns), "word"))
		/* pass: =value=, a password's short name in notes */
		return plausible_value(b + vs, ve - vs)
			       ? emit_named(l, b, ns, ne, "word", vs, ve)
			       : 0;
	return emit_pair(l, b, ns, ne, vs, ve);
}

/*
 * A shell parameter expansion's default, the operator at b[i]: ${NAME:-value},
 * ${NAME:=value}, ${NAME-value}, ${NAME=value} (POSIX's "Parameter
 * Expansion"), also inside `: "${NAME:=value}"`.
 */
int shell_default(const unsigned char *b, size_t ls, size_t le, size_t i,
		  struct kh_layer *l)
{
	size_t k, at = i + 1;

	if (b[i] == ':') {
		if (at >= le || (b[at] != '-' && b[at] != '='))
			return 0;
		at++;
	}
	for (k = i; k > ls && (isalnum(b[k - 1]) || b[k - 1] == '_'); k--)
		;
	if (k == i || k < ls + 2 || b[k - 1] != '{' || b[k - 2] != '$')
		return 0;
	return emit_pair(l, b, k, i, at, bare_value(b, at, le));
}

/*
 * An environment variable's fallback after its lookup on the line
 * b[ls..le), the operator op_len bytes long at b[i] (process.env.NAME ||
 * "value", env["NAME"] ?? "value", System.getenv("NAME") ?: "value",
 * os.environ.get("NAME") or "value"), or first on the next line when the
 * operator ends this one (Elixir's System.get_env("NAME") ||): `NAME =
 * "value"`.
 */
int fallback_pair(const unsigned char *b, size_t len, size_t ls, size_t le, size_t i,
		  size_t op_len, struct kh_layer *l)
{
	size_t k = skip_blanks_back(b, i, ls), ns, ne, vs, ve, at = i + op_len, end = le;

	while (k > ls && strchr("])}'\"?", b[k - 1]) &&
	       b[k - 1]) /* Crystal's ENV["NAME"]? */
		k--;
	ne = k;
	while (k > ls && (isalnum(b[k - 1]) || b[k - 1] == '_'))
		k--;
	ns = k;
	if (skip_blanks(b, at, le) == le && le < len) {
		at = line_end(b, len, le) + 1;
		end = at < len ? content_end(b, len, at) : at;
	}
	if (!quoted(b, skip_blanks(b, at, end), end, &vs, &ve))
		return 0;
	return emit_pair(l, b, ns, ne, vs, ve);
}

/*
 * The prefix of a string literal that is not a quote: C#'s verbatim @"..."
 * and interpolated $"...", Rust's raw r"..." and r#"..."# (with its
 * closing #s). Returns how many bytes the prefix at b[i] takes (the
 * closing #s are as many as its own), or 0.
 */
size_t string_prefix(const unsigned char *b, size_t i, size_t ls, size_t le)
{
	size_t k = i;

	if (i > ls && (ident_byte(b[i - 1]) || b[i - 1] == '$' || b[i - 1] == '@'))
		return 0;
	if (b[i] == '@' || b[i] == '$')
		return i + 1 < le && b[i + 1] == '"' ? 1 : 0;
	if (b[i] != 'r')
		return 0;
	for (k = i + 1; k < le && b[k] == '#'; k++)
		;
	return k < le && b[k] == '"' ? k - i : 0;
}

/*
 * Where the string literal joined to the one that closed just before b[k]
 * opens: after blanks and a concatenation ("a" + "b", PHP's 'a' . 'b',
 * Lua's .., VB's &, SQL's ||, Elixir's <>) or blanks alone after a
 * prefix (MATLAB's ['Bearer ' 'b'], C's and Python's "key=" "b"). The
 * index of its quote, or 0.
 */

size_t concat_next(const unsigned char *b, size_t k, size_t le)
{
	size_t i = skip_blanks(b, k, le), op = concat_operator(b, i, le);

	if (!op && i == k)
		return 0; /* "a""b": C#'s and SQL's escaped quote */
	/* blanks alone join only a literal that reads as a prefix ('Bearer ',
	 * 'key=', 'user:'): a shell's "-H" "Authorization: ..." "https://..."
	 * are separate words */
	if (!op &&
	    (k < 2 || (b[k - 1] != '"' && b[k - 1] != '\'') || !strchr(" :=", b[k - 2])))
		return 0;
	i = skip_blanks(b, i + op, le);
	return i < le && (b[i] == '"' || b[i] == '\'') ? i : 0;
}

/* Whether `hashes` '#'s follow at b[i]: a quote in a raw string
 * r#"..."# closes it only with them ({"name": "..."} inside is text). */
static int hashes_follow(const unsigned char *b, size_t i, size_t le, size_t hashes)
{
	size_t k;

	for (k = 0; k < hashes; k++)
		if (i + k >= le || b[i + k] != '#')
			return 0;
	return 1;
}

/* The first byte from b[i] that may open a string outside one (a quote,
 * or a prefix's first byte: @"", $"", r#""#), or le. */
static size_t code_stop(const unsigned char *b, size_t i, size_t le)
{
	static const unsigned char opens[256] = {
		['"'] = 1, ['\''] = 1, ['@'] = 1, ['$'] = 1, ['r'] = 1
	};

	while (i < le && !opens[b[i]])
		i++;
	return i;
}

/* The first byte from b[i] that may end the string quoted by `in` or
 * escape a byte in it (no escape in a raw string), or le. */
static size_t string_stop(const unsigned char *b, size_t i, size_t le, unsigned char in,
			  int raw)
{
	while (i < le && b[i] != in && (raw || b[i] != '\\'))
		i++;
	return i;
}

/*
 * Walks the line b[ls..le)'s string literals, writing it to l with each
 * literal written plainly: its prefix dropped, joined to the literals
 * concatenated to it. l NULL: a dry walk, 1 at the first literal that
 * would be written otherwise. Returns 1 when something was written
 * plainly, 0 when nothing was, -1 when out of memory (as kh_layer_put:
 * 2 when the layer is full).
 */
static int plain_walk(const unsigned char *b, size_t ls, size_t le, struct kh_layer *l)
{
	size_t i, p, next, hashes = 0;
	int r = 0, changed = 0, joined = 0, raw = 0; /* raw: a backslash is itself */
	unsigned char in = 0;			     /* the open string's quote */

	for (i = ls; i < le && r == 0; i++) {
		/* a dry walk goes past the bytes that change nothing to the next
		 * that may (once something changed it stops at the next byte) */
		if (!l && !changed)
			i = in ? string_stop(b, i, le, in, raw) : code_stop(b, i, le);
		if (i >= le)
			break;
		if (!in && (b[i] == '@' || b[i] == '$' || b[i] == 'r') &&
		    (p = string_prefix(b, i, ls, le))) {
			/* the prefix goes, its quote opens the string */
			hashes = b[i] == 'r' ? p - 1 : 0;
			raw = b[i] != '$';
			i += p;
			in = '"';
			changed = 1;
		} else if (!in && (b[i] == '"' || b[i] == '\'')) {
			in = b[i];
			hashes = 0;
			raw = 0;
		} else if (in && b[i] == '\\' && !raw && i + 1 < le) {
			r = l ? kh_layer_put(l, b[i], i, i + 1, KH_SHAPE) : 0;
			i++; /* an escaped byte */
		} else if (in && b[i] == in && hashes_follow(b, i + 1, le, hashes)) {
			if ((next = concat_next(b, i + 1 + hashes, le))) {
				in = b[next]; /* one string on: the next one's content */
				i = next;
				hashes = 0;
				raw = 0;
				changed = joined = 1;
				continue;
			}
			/* joined literals that a variable goes on ("Bearer " +
			 * "abc" + suffix) are a part of the value: none of the
			 * line is written plainly */
			if (joined &&
			    concat_operator(b, skip_blanks(b, i + 1 + hashes, le), le))
				return 0;
			in = 0;
			joined = 0;
			r = l ? kh_layer_put(l, b[i], i, i + 1, KH_SHAPE) : 0;
			i += hashes; /* a raw string's closing #s go */
			continue;
		}
		if (!l && changed)
			return 1;
		if (r == 0 && l)
			r = kh_layer_put(l, b[i], i, i + 1, KH_SHAPE);
	}
	return r < 0 ? -1 : r > 0 ? 2 : changed;
}

/*
 * A copy of the line b[ls..le) with its string literals written plainly:
 * prefixes dropped (API_KEY = @"...", const KEY: &str = r#"..."#;) and
 * literals joined where code concatenates them ("Bearer " + "...",
 * ['Bearer ' '...']), so that every rule reads them as one plain quoted
 * string. Nothing when the line has neither.
 */
int plain_strings(const unsigned char *b, size_t ls, size_t le, struct kh_layer *l)
{
	size_t mark = l->n;
	int r;

	if (!memchr(b + ls, '"', le - ls) && !memchr(b + ls, '\'', le - ls))
		return 0; /* no string at all: the common line */
	if (plain_walk(b, ls, le, NULL) != 1)
		return 0;
	r = plain_walk(b, ls, le, l);
	if (r == 1 && (r = kh_layer_put(l, '\n', le, le, KH_SHAPE)) == 0)
		return 0;
	if (r < 0)
		return -1;
	l->n = mark; /* the layer is full: no half line */
	return 0;
}

/* Whether the name s[0..n) ends in a word that names who signs in, the
 * user half of user:password (ACCOUNT_SID, apiKey, clientId, username). */
static int user_name(const unsigned char *s, size_t n)
{
	static const char *tails[] = { "sid",	  "id",	   "user", "username", "login",
				       "account", "email", "key",  NULL };
	size_t k, t;

	for (k = 0; tails[k]; k++) {
		t = strlen(tails[k]);
		if (n >= t && !strncasecmp((const char *)s + n - t, tails[k], t) &&
		    (n == t || !isalpha(s[n - t - 1]) ||
		     (islower(s[n - t - 1]) && isupper(s[n - t]))))
			return 1;
	}
	return 0;
}

/*
 * A user held in a variable joined to a literal password, as Basic
 * authentication's user:password is built (ACCOUNT_SID + ':' + '...',
 * $user . ':...'); b[i] opens the literal after the join:
 * `ACCOUNT_SID_password = "..."`.
 */
int user_joined_password(const unsigned char *b, size_t ls, size_t le, size_t i,
			 struct kh_layer *l)
{
	size_t k = skip_blanks_back(b, i, ls), ns, ne, vs, ve, end, next;

	if (k == ls || !strchr("+.&", b[k - 1]) || !b[k - 1])
		return 0;
	ne = skip_blanks_back(b, k - 1, ls);
	for (ns = ne; ns > ls && (isalnum(b[ns - 1]) || b[ns - 1] == '_'); ns--)
		;
	if (ns == ne || !user_name(b + ns, ne - ns) ||
	    !(end = quoted(b, i, le, &vs, &ve)) || ve == vs || b[vs] != ':')
		return 0;
	if (ve == vs + 1) { /* ':' then the password's own literal */
		if (!(next = concat_next(b, end, le)) || !quoted(b, next, le, &vs, &ve))
			return 0;
	} else {
		vs++;
	}
	if (!plausible_credential(b + vs, ve - vs, 1))
		return 0;
	return emit_named(l, b, ns, ne, "_password", vs, ve);
}

#define B64_PASSWORD_MAX 96

/*
 * npm's `_password=` (per registry, //host/:_password=): the password
 * written in base64, so that no rule reads it as it is. b[i] is the '=':
 * `_password = "decoded"`, each decoded byte from the whole value.
 */
int npm_base64_password(const unsigned char *b, size_t ls, size_t le, size_t i,
			struct kh_layer *l)
{
	static const char name[] = "_password = \"";
	unsigned char out[B64_PASSWORD_MAX];
	size_t vs, ve, k;
	long n;
	int r = 0;

	if (i < ls + 9 || memcmp(b + i - 9, "_password", 9) ||
	    (i > ls + 9 && b[i - 10] != ':'))
		return 0;
	vs = skip_blanks(b, i + 1, le);
	if (!quoted(b, vs, le, &vs, &ve))
		ve = bare_value(b, vs, le);
	if (ve - vs < 8 || ve - vs > B64_PASSWORD_MAX || (ve - vs) % 4)
		return 0;
	n = kh_base64_decode(b + vs, ve - vs, out, sizeof(out));
	if (n < 6)
		return 0;
	for (k = 0; k < (size_t)n; k++)
		if (out[k] <= ' ' || out[k] >= 0x7f || out[k] == '"')
			return 0; /* not a password's text: a base64 token itself */
	for (k = 0; name[k] && r == 0; k++)
		r = kh_layer_put(l, (unsigned char)name[k], i - 9, i, KH_SHAPE);
	for (k = 0; k < (size_t)n && r == 0; k++)
		r = kh_layer_put(l, out[k], vs, ve, KH_SHAPE | KH_DEC_BASE64);
	if (r == 0)
		r = kh_layer_put(l, '"', ve, ve, KH_SHAPE);
	if (r == 0)
		r = kh_layer_put(l, '\n', ve, ve, KH_SHAPE);
	return r < 0 ? -1 : 0;
}

/*
 * ["NAME"] = "value": C#'s dictionary initializers, Julia's and Ruby's
 * ENV["NAME"] = "value". b[i] is the ']'.
 */
int index_assignment(const unsigned char *b, size_t ls, size_t le, size_t i,
		     struct kh_layer *l)
{
	size_t ns, ne, vs, ve, k;

	if (!quoted_before(b, ls, i, &ns, &ne) || ns < ls + 2 || b[ns - 2] != '[')
		return 0;
	k = skip_blanks(b, i + 1, le);
	if (k + 1 >= le || b[k] != '=' || b[k + 1] == '=')
		return 0;
	k = skip_blanks(b, k + 1, le);
	if (k < le)
		k += string_prefix(b, k, ls, le);
	if (!quoted(b, k, le, &vs, &ve))
		return 0;
	return emit_pair(l, b, ns, ne, vs, ve);
}

/* ---- records in a list named for credentials ----------------------------- */

/*
 * A list whose name says credential (`vendor_keys = [`, `secrets: [`,
 * `"api_keys": [`) of one-line records, each a name field and a neutral
 * value field (Terraform's `{ name = "weather", value = "…" }`, a JS
 * `{ id: 'maps', value: '…' }`): the list's name is the value's, as a
 * parent's is its child's. The record's name names a service, not a
 * credential, so only a value that looks like a key by itself is handed
 * on (letters and digits, a digit and a letter past `f`): ids, hashes,
 * UUIDs, URLs, regions, versions and public tokens (`pk.…`) stay out.
 */
#define RECORD_MAX_LINES  16
#define RECORD_MAX_FIELDS 8

/* Whether the line b[ls..le) opens a list under a credential's name, its
 * last member (`api_keys = [`, `"apikey": [` after Postman's `"auth":
 * {"type": "apikey",`): the name in [*ns, *ne). */
static int record_list(const unsigned char *b, size_t ls, size_t le, size_t *ns,
		       size_t *ne)
{
	size_t k = skip_blanks_back(b, le - 1, ls); /* before the '[' */
	unsigned char q = 0;

	if (k == ls || (b[k - 1] != '=' && b[k - 1] != ':'))
		return 0;
	k = skip_blanks_back(b, k - 1, ls);
	if (k > ls && (b[k - 1] == '"' || b[k - 1] == '\''))
		q = b[--k];
	*ne = k;
	while (k > ls && *ne - k <= NAME_MAX_LEN && ident_byte(b[k - 1]))
		k--;
	if (k == *ne || *ne - k > NAME_MAX_LEN || (q && (k == ls || b[k - 1] != q)))
		return 0;
	*ns = k;
	return credential_name(b + *ns, *ne - *ns);
}

/* Whether b[s..e) is a record's field that names it: name, id, provider,
 * service, vendor, client, label, and Postman's key (its auth's
 * `{"key": "value", "value": …}`). */
static int record_naming(const unsigned char *s, size_t n)
{
	static const char *const words[] = { "name",   "id",	 "provider", "service",
					     "vendor", "client", "label",    "key" };
	size_t w;

	for (w = 0; w < sizeof(words) / sizeof(words[0]); w++)
		if (n == strlen(words[w]) && equal_ci(s, words[w], n))
			return 1;
	return 0;
}

/* Whether b[vs..ve) looks like a key by itself: 16 to 128 letters,
 * digits, `-` and `_`, a digit and a letter past `f` among them (no hex
 * digest, UUID or number). */
static int record_key_look(const unsigned char *b, size_t vs, size_t ve)
{
	int digit = 0, past_hex = 0;

	if (ve - vs < 16 || ve - vs > 128)
		return 0;
	for (; vs < ve; vs++) {
		if (!isalnum(b[vs]) && b[vs] != '-' && b[vs] != '_')
			return 0;
		digit |= isdigit(b[vs]) != 0;
		past_hex |= isalpha(b[vs]) && (b[vs] | 0x20) > 'f';
	}
	return digit && past_hex;
}

/* The neutral value of the one-line record b[ls..le) (`{ name = "x",
 * value = "…" },`) that a naming field names, in [*vs, *ve); the naming
 * field's text in [*ns, *ne). */
static int record_value(const unsigned char *b, size_t ls, size_t le, size_t *ns,
			size_t *ne, size_t *vs, size_t *ve)
{
	size_t i = skip_blanks(b, ls, le), ks, ke, s, e, n;
	int named = 0, valued = 0;

	if (i >= le || b[i] != '{')
		return 0;
	for (i++, n = 0; n < RECORD_MAX_FIELDS; n++) {
		unsigned char q = 0;

		i = skip_blanks(b, i, le);
		if (i < le && (b[i] == '"' || b[i] == '\''))
			q = b[i++];
		for (ks = i; i < le && ident_byte(b[i]); i++)
			;
		ke = i;
		if (ke == ks || (q && (i >= le || b[i++] != q)))
			return 0;
		i = skip_blanks(b, i, le);
		if (i >= le || (b[i] != '=' && b[i] != ':'))
			return 0;
		i = skip_blanks(b, i + 1, le);
		if (i >= le || (b[i] != '"' && b[i] != '\''))
			return 0; /* a number, a reference: no record of strings */
		for (s = e = i + 1; e < le && b[e] != b[i]; e++)
			if (b[e] == '\\')
				return 0;
		if (e >= le)
			return 0;
		if (record_naming(b + ks, ke - ks) && e > s) {
			*ns = s;
			*ne = e;
			named = 1;
		} else if (neutral_name(b + ks, ke - ks)) {
			*vs = s;
			*ve = e;
			valued = 1;
		}
		i = skip_blanks(b, e + 1, le);
		if (i < le && b[i] == ',')
			i++;
		i = skip_blanks(b, i, le);
		if (i < le && b[i] == '}')
			return named && valued;
	}
	return 0;
}

int record_list_line(const unsigned char *b, size_t len, size_t ls, size_t le,
		     struct kh_layer *l)
{
	size_t ns, ne, at, cle, n, vs = 0, ve = 0, fs, fe;

	if (le == ls || b[le - 1] != '[' || !record_list(b, ls, le, &ns, &ne))
		return 0;
	for (n = 0, at = line_end(b, len, le) + 1; n < RECORD_MAX_LINES && at < len;
	     n++, at = line_end(b, len, at) + 1) {
		cle = content_end(b, len, at);
		if (skip_blanks(b, at, cle) < cle && b[skip_blanks(b, at, cle)] == ']')
			break;
		if (record_value(b, at, cle, &fs, &fe, &vs, &ve) &&
		    record_key_look(b, vs, ve) &&
		    kh_shape_emit_as(l, b, ns, ne, "_api_key", vs, ve) < 0)
			return -1;
	}
	return 0;
}

/*
 * A one-line record whose name is a path, the credential's name its last
 * part (`{ name = "/site/forecast/db_password", value = "…" }`, SSM's
 * `{"Name": "/prod/billing/api_token", "Value": "…"}`): the pair is
 * `db_password = "…"`, judged as any. (On the line above the value,
 * apart_value() reads the same path.)
 */
int record_path_line(const unsigned char *b, size_t len, size_t ls, size_t le,
		     struct kh_layer *l)
{
	size_t ns = 0, ne = 0, vs = 0, ve = 0, k;

	(void)len;
	if (!record_value(b, ls, le, &ns, &ne, &vs, &ve))
		return 0;
	for (k = ne; k > ns && b[k - 1] != '/'; k--)
		;
	if (k == ns || k == ne || !credential_name(b + k, ne - k))
		return 0;
	return kh_shape_emit_as(l, b, k, ne, "", vs, ve) < 0 ? -1 : 0;
}

/* Whether the generic keyword ending at b[last] is in the name of a list
 * record_list_line() reads. */
int record_list_named(struct kh_hit *h)
{
	const unsigned char *b = h->b;
	size_t len = h->len, last = h->last;
	size_t k = last + 1, ls, le, ns, ne;

	/* the name's rest, then `= [` or `: [` (most hits have none); a
	 * keyword `keys = [` ends on its `[` */
	if (b[last] != '[') {
		k = hit_name_end(h, HIT_IDENT, last + 1 + NAME_MAX_LEN);
		if (k < len && (b[k] == '"' || b[k] == '\''))
			k++;
		k = skip_blanks(b, k, len);
		if (k >= len || (b[k] != '=' && b[k] != ':') ||
		    (k = skip_blanks(b, k + 1, len)) >= len || b[k] != '[')
			return 0;
	}
	ls = hit_near_line_start(h);
	le = hit_line_end_within(h, 256);
	if (le < len && b[le] != '\n')
		return 0; /* a line longer than a list's opener */
	while (le > ls && (b[le - 1] == '\r' || b[le - 1] == ' ' || b[le - 1] == '\t'))
		le--;
	return ls <= last && le > ls && b[le - 1] == '[' &&
	       record_list(b, ls, le, &ns, &ne);
}

/* ---- a service's INI section: its API client's key ----------------------- */

/*
 * An INI or TOML section named for a service, `[marinetraffic]`, whose
 * keys are an API client's (a url, an endpoint, a host, a user, an
 * account, a region, a timeout) and a `key`: the section is the key's
 * record, and `key = …` is `marinetraffic_api_key = "…"`. `key` alone says
 * nothing (an i18n table's, a cache's, a partition's), so the value must
 * look generated by itself (mixed case and digits, kh_is_mixed_case_key)
 * and the section hold no other kind of setting; a dotted or quoted
 * section (`[remote "origin"]`, `[tool.poetry]`) is no service's.
 */
#define SECTION_MAX_LINES 12

/* Whether the line b[s..e) is a setting of an API client's (or blank, a
 * comment): `url = …`, `endpoint: …`; -1 for a section's header. */
static int client_setting(const unsigned char *b, size_t s, size_t e)
{
	static const char *const words[] = { "url",	  "endpoint", "base_url",
					     "api_url",	  "host",     "hostname",
					     "user",	  "username", "account",
					     "region",	  "timeout",  "enabled",
					     "client_id", "version",  "key" };
	size_t i = skip_blanks(b, s, e), k, w;

	if (i == e || b[i] == '#' || b[i] == ';')
		return 1;
	if (b[i] == '[')
		return -1;
	for (k = i; k < e && ident_byte(b[k]) && b[k] != '.'; k++)
		;
	for (w = 0; w < sizeof(words) / sizeof(words[0]); w++)
		if (k - i == strlen(words[w]) && equal_ci(b + i, words[w], k - i))
			break;
	k = skip_blanks(b, k, e);
	return w < sizeof(words) / sizeof(words[0]) && k < e &&
	       (b[k] == '=' || b[k] == ':');
}

int service_section_key(const unsigned char *b, size_t len, size_t ls, size_t le,
			struct kh_layer *l)
{
	size_t i = skip_blanks(b, ls, le), k, vs, ve, at, s, e, n, hs = 0, he = 0;
	int c;

	if (i + 3 > le || !equal_ci(b + i, "key", 3))
		return 0;
	k = skip_blanks(b, i + 3, le);
	if (k >= le || (b[k] != '=' && b[k] != ':') ||
	    (vs = skip_blanks(b, k + 1, le)) >= le)
		return 0;
	if ((b[vs] == '"' || b[vs] == '\'') && le - vs > 2 && b[le - 1] == b[vs])
		ve = --le, vs++;
	else
		ve = skip_blanks_back(b, le, vs);
	if (!kh_is_mixed_case_key(b + vs, ve - vs))
		return 0;
	/* the section's other lines above, then its header */
	for (at = ls, n = 0; at > 0 && n < SECTION_MAX_LINES; n++) {
		e = at - 1;
		for (s = e; s > 0 && b[s - 1] != '\n' && e - s < 512; s--)
			;
		if (s > 0 && b[s - 1] != '\n')
			return 0; /* a line no setting is */
		at = s;
		if (e > s && b[e - 1] == '\r')
			e--;
		if ((c = client_setting(b, s, e)) == 0)
			return 0;
		if (c < 0) {
			hs = skip_blanks(b, s, e) + 1;
			for (he = hs;
			     he < e && (isalnum(b[he]) || b[he] == '-' || b[he] == '_');
			     he++)
				;
			if (he == hs || he >= e || b[he] != ']' ||
			    skip_blanks(b, he + 1, e) != e)
				return 0;
			break;
		}
	}
	if (he == hs)
		return 0;
	/* and below, to the next header */
	for (at = line_end(b, len, ls) + 1, n = 0; at < len && n < SECTION_MAX_LINES;
	     n++, at = line_end(b, len, at) + 1) {
		e = content_end(b, len, at);
		if ((c = client_setting(b, at, e)) < 0)
			break;
		if (c == 0)
			return 0;
	}
	return kh_shape_emit_as(l, b, hs, he, "_api_key", vs, ve);
}
