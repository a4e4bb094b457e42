/*
 * shape_prose.c - credentials given in sentences: notes, READMEs,
 * runbooks, tickets, chat exports, e-mails and commit messages. "The
 * password for the vendor portal is X", "tried again with my password X,
 * still 403", "staging admin: `admin` / `X`", "admin \/ X - please rotate".
 * Each becomes a `..._password = "X"` line of the layer, so the generic
 * rules and their judge (is X a password's look?) decide; the grammar
 * here only says where a sentence puts its value.
 */
#include "shape_internal.h"
#include "validate.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "validate.h"

/* How far after its word a sentence gives the value ("the password for
 * the staging box in Frankfurt is ..."), and how long a value may be (a
 * 64-byte key's base64 is 88). */
#define PROSE_REACH	96
#define PROSE_VALUE_MAX 96
#define PROSE_LINE_MAX	4096

static int mixed_case_digits(const unsigned char *s, size_t n);
static int passphrase(const unsigned char *s, size_t n);
static int capital_words_number(const unsigned char *s, size_t n);
static int word_number_mark(const unsigned char *s, size_t n);
static int letters_and_digits(const unsigned char *s, size_t n);
/* What asked_above() wants the message to ask for: a credential by its
 * noun; a login's noun too; a Wi-Fi network's password. */
enum { ASK_CREDENTIAL, ASK_LOGIN, ASK_WIFI };
static int asked_above(const unsigned char *b, size_t ls, int ask);
static int answered_password(const unsigned char *s, size_t n);

/* credential_noun()'s *typed for a key whose word alone does not say
 * credential: its value must look generated. */
#define NOUN_GENERATED_ONLY (-1)

/* Marks prose wraps a value in: Markdown's code and bold, quotes. */
static int wrap_mark(unsigned char c)
{
	return c == '`' || c == '*' || c == '"' || c == '\'';
}

static int blank(unsigned char c)
{
	return c == ' ' || c == '\t';
}

/* Whether b[i] starts a word of prose: the line's start, a blank, an
 * opening mark, or a JSON string's "\n" before it. */
static int word_starts(const unsigned char *b, size_t ls, size_t i)
{
	if (i == ls)
		return 1;
	if (i >= ls + 2 && b[i - 1] == 'n' && b[i - 2] == '\\')
		return 1;
	return b[i - 1] == ' ' || b[i - 1] == '\t' || b[i - 1] == '>' ||
	       wrap_mark(b[i - 1]);
}

/* The length of the first of words (NULL-ended) that stands whole at
 * b[i..le) (not passwords, not password_file), or 0. */
static size_t whole_word(const unsigned char *b, size_t i, size_t le,
			 const char *const *words)
{
	size_t w, n;

	for (w = 0; words[w]; w++) {
		n = strlen(words[w]);
		if (i + n <= le && equal_ci(b + i, words[w], n) &&
		    (i + n == le ||
		     !(isalnum(b[i + n]) || b[i + n] == '_' || b[i + n] == '-')))
			return n;
	}
	return 0;
}

/* The password's word of prose at b[i..le): its length, or 0. A word in
 * full; "pass" and "pw" too, as notes shorten it. (i may be le: a keyword
 * that ends the buffer, `USERS =` at its last byte.) */
static size_t password_word(const unsigned char *b, size_t i, size_t le)
{
	static const char *const words[] = { "password",   "passwd",   "passwort",
					     "passphrase", "passcode", "pwd",
					     "pw",	   "pass",     NULL };

	return i < le && (b[i] | 0x20) == 'p' ? whole_word(b, i, le, words) : 0;
}

/* Whether b[k..le) starts with the word w (a blank or the end after it):
 * its end, or 0. */
static size_t word_then(const unsigned char *b, size_t k, size_t le, const char *w)
{
	size_t n = strlen(w);

	if (k + n > le || !equal_ci(b + k, w, n) || (k + n < le && isalnum(b[k + n])))
		return 0;
	return k + n;
}

/* The end of the word of prose at b[k] (letters, digits, '-', '\''), or k. */
static size_t plain_word(const unsigned char *b, size_t k, size_t le)
{
	size_t e = k;

	while (e < le && (isalnum(b[e]) || b[e] == '-' || b[e] == '\'' || b[e] == '.'))
		e++;
	while (e > k && b[e - 1] == '.')
		e--;
	return e;
}

/* Whether a value in marks opens at b[k]: a code span, quotes, bold, an
 * HTML literal. */
static int marked_at(const unsigned char *b, size_t k, size_t le)
{
	return k < le &&
	       (wrap_mark(b[k]) || (b[k] == '<' && k + 1 < le && isalpha(b[k + 1])));
}

/* The end of the marks that close a value ending at b[ve]: `, ``, **, ",
 * </code>. */
static size_t marked_end(const unsigned char *b, size_t ve, size_t le)
{
	size_t e = ve;

	if (e < le && b[e] == '<') {
		const unsigned char *gt = memchr(b + e, '>', le - e);

		return gt ? (size_t)(gt - b) + 1 : e;
	}
	while (e < le && e - ve < 3 && wrap_mark(b[e]))
		e++;
	return e;
}

/* Drops Org's =X= and ~X~ and AsciiDoc's +X+ from a bare value [*s, *e). */
static void verbatim_marks(const unsigned char *b, size_t *s, size_t *e)
{
	if (*e > *s + 2 && b[*e - 1] == b[*s] && b[*s] && strchr("=~+", b[*s])) {
		(*s)++;
		(*e)--;
	}
}

/* The HTML elements that show a literal: <code>, <kbd>, <tt>, <samp>. */
static const char *const html_literals[] = { "code", "kbd", "tt", "samp", NULL };

/*
 * The value an HTML literal element at b[k] holds, one word closed by its
 * own end tag on the line ("API key <code>X</code>", a chat export's or a
 * wiki's HTML): sets [*vs, *ve) and returns 1; 0 when b[k] opens none.
 */
static int html_literal(const unsigned char *b, size_t k, size_t le, size_t *vs,
			size_t *ve)
{
	size_t w, n, e;

	if (k + 4 > le || b[k] != '<')
		return 0;
	for (w = 0; html_literals[w]; w++) {
		n = strlen(html_literals[w]);
		if (k + n + 2 < le && equal_ci(b + k + 1, html_literals[w], n) &&
		    b[k + n + 1] == '>')
			break;
	}
	if (!html_literals[w])
		return 0;
	for (e = k + n + 2; e < le && e - (k + n + 2) <= PROSE_VALUE_MAX && b[e] != '<' &&
			    b[e] != ' ' && b[e] != '\t';
	     e++)
		;
	/* its own end tag, </code> */
	if (e == k + n + 2 || e + n + 3 > le || b[e] != '<' || b[e + 1] != '/' ||
	    !equal_ci(b + e + 2, html_literals[w], n) || b[e + n + 2] != '>')
		return 0;
	*vs = k + n + 2;
	*ve = e;
	return 1;
}

/* A LaTeX literal at b[k]: `\texttt{X}`, `\verb|X|` (any delimiter) or
 * `\code{X}` closed on its line, X one word (a runbook's "the passphrase
 * is" over `\texttt{X} (sealed envelope copy)`): sets [*vs, *ve) and
 * returns 1; 0 when b[k] opens none. A `\_` inside is the escape of '_'
 * and stays in the value: the judge then takes it for code's. */
static int latex_literal(const unsigned char *b, size_t k, size_t le, size_t *vs,
			 size_t *ve)
{
	unsigned char close = '}';
	size_t e;

	if (k + 8 > le || b[k] != '\\')
		return 0;
	if (!memcmp(b + k + 1, "texttt{", 7))
		k += 8;
	else if (!memcmp(b + k + 1, "code{", 5))
		k += 6;
	else if (!memcmp(b + k + 1, "verb", 4) && ispunct(b[k + 5]) && b[k + 5] != '*')
		close = b[k + 5], k += 6;
	else
		return 0;
	for (e = k; e < le && e - k <= PROSE_VALUE_MAX && b[e] != close && !blank(b[e]);
	     e++)
		;
	if (e == k || e >= le || b[e] != close)
		return 0;
	*vs = k;
	*ve = e;
	return 1;
}

/* Whether s[0..n) is padded base64 of a key (/r37...Vy2o=): 24 bytes or
 * more in fours, the alphabet's letters, digits, '+' and '/', then one or
 * two '=', both cases and a digit; a path has no '=' at its end. */
static int padded_base64(const unsigned char *s, size_t n)
{
	size_t i, pad = 0;

	if (n < 24 || n % 4 || s[n - 1] != '=')
		return 0;
	pad = s[n - 2] == '=' ? 2 : 1;
	for (i = 0; i < n - pad; i++)
		if (!isalnum(s[i]) && s[i] != '+' && s[i] != '/')
			return 0;
	return mixed_case_digits(s, n - pad);
}

/* Whether a '*' closes Markdown's emphasis opened before b[k] within the
 * word from b[k] (`*X*`, `*X*,`): the word ends at a blank. */
static int emphasis_closes(const unsigned char *b, size_t k, size_t le)
{
	for (; k < le && !blank(b[k]); k++)
		if (b[k] == '*')
			return 1;
	return 0;
}

/*
 * The value a sentence gives at b[k] (blanks skipped): one word, maybe in
 * a mark (`X`, ``X``, **X**, "X", 'X', <code>X</code>), to a blank, the
 * end of a JSON or CSV string, or a clause's ',' or ';'; a sentence's
 * last '.', ':', '?' or ')' is not the value's. Sets [*vs, *ve); 0 when
 * there is none.
 */
static int sentence_value(const unsigned char *b, size_t k, size_t le, size_t *vs,
			  size_t *ve)
{
	size_t open = 0, e;

	k = skip_blanks(b, k, le);
	if (html_literal(b, k, le, vs, ve) || latex_literal(b, k, le, vs, ve))
		return !kh_memmem(b + *vs, *ve - *vs, "://", 3);
	while (k + open < le && open < 3 && wrap_mark(b[k + open]) &&
	       (!open || b[k + open] == b[k]))
		open++;
	if (open == 1 && b[k] == '*' && !emphasis_closes(b, k + 1, le))
		open = 0; /* `password *nNj+oGrr.`: the '*' is the value's first */
	k += open;
	for (e = k; e < le && e - k <= PROSE_VALUE_MAX && b[e] != ' ' && b[e] != '\t' &&
		    b[e] != '\\' && b[e] != '"' && b[e] != '<' && b[e] != '|';
	     e++) {
		/* (bold's `**` closes at two marks: a '*' alone inside is
		 * the value's, **Gg~*qM1ah)x**) */
		if (open && b[e] == b[k - 1] &&
		    (open < 2 || (e + 1 < le && b[e + 1] == b[k - 1])))
			break;
		if ((b[e] == ',' || b[e] == ';') &&
		    (e + 1 == le || b[e + 1] == ' ' || b[e + 1] == '"'))
			break;
		if (b[e] == ']' && e + 2 < le && b[e + 1] == ']' && b[e + 2] == '>')
			break; /* a CDATA section's end */
	}
	if (open) { /* the mark closes it, as it opened */
		if (e >= le || b[e] != b[k - 1])
			return 0;
		if (b[e] == '`')
			asciidoc_literal(b, &k, &e);
	} else {
		/* (a '?' before an aside is the value's: "Aquifer2020? (must
		 * change)", a question ends its sentence) */
		while (e > k && strchr(".:?)", b[e - 1]) &&
		       !(b[e - 1] == '?' && e + 1 < le && b[e] == ' ' && b[e + 1] == '('))
			e--;
		/* so is one '.' before an aside, the sentence going on in it
		 * ("first password nYbe6NicT!j. (change it on first login).",
		 * "Falcon2064. (he must change it)"), after letters and digits */
		if (e + 2 < le && b[e] == '.' && b[e + 1] == ' ' && b[e + 2] == '(' &&
		    e > k && b[e - 1] != '.' && letters_and_digits(b + k, e - k))
			e++;
		verbatim_marks(b, &k, &e);
	}
	if (e == k || e - k > PROSE_VALUE_MAX ||
	    (b[k] == '/' && !padded_base64(b + k, e - k)) ||
	    kh_memmem(b + k, e - k, "://", 3))
		return 0; /* a path, a URL (not a key's base64 that opens with '/') */
	*vs = k;
	*ve = e;
	return 1;
}

/* Whether s[0..n) is a word of prose: small letters alone ("the password
 * was rotated yesterday"). */
static int lower_word(const unsigned char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n && islower(s[i]); i++)
		;
	return i == n;
}

/* Whether s[0..n) has a letter and a digit: a value a sentence gives
 * with no verb before it ("my password X, still 403") is no word. */
static int letters_and_digits(const unsigned char *s, size_t n)
{
	size_t i;
	int alpha = 0, digit = 0;

	for (i = 0; i < n; i++) {
		alpha |= !!isalpha(s[i]);
		digit |= !!isdigit(s[i]);
	}
	return alpha && digit;
}

/* Whether s[0..n), eight or more, mixes both cases with a password's
 * mark and `digits` digits or more: FJORD%citadel, +Copper5567. A
 * network's name, a version or a word of prose has none of !#$%&*+=?@^~
 * beside both cases; code's and a path's marks refuse it. */
static int cases_and_mark(const unsigned char *s, size_t n, size_t digits)
{
	size_t i, digit = 0;
	int up = 0, low = 0, mark = 0;

	if (n < 8 || n > 64)
		return 0;
	for (i = 0; i < n; i++) {
		up |= !!isupper(s[i]);
		low |= !!islower(s[i]);
		digit += !!isdigit(s[i]);
		if (strchr("!#$%&*+=?@^~", s[i]))
			mark = 1;
		else if (!isalnum(s[i]) && !strchr("-_.", s[i]))
			return 0;
	}
	return up && low && mark && digit >= digits;
}

/* Whether the line b[ls..ws) holds words of prose before b[ws]: a letter
 * then a blank (a config's `password: X` starts its line). */
static int words_before(const unsigned char *b, size_t ls, size_t ws)
{
	size_t k;

	for (k = ls; k + 1 < ws; k++)
		if (isalpha(b[k]) && b[k + 1] == ' ')
			return 1;
	return 0;
}

/* Whether words of prose or a clause's ", " after a label's value come
 * before b[ws]: an e-mail's "VPN: vpn.corp.example, pre-shared key X."
 * lists its credential after a host as a sentence would (a config's
 * `password: X` starts its line). */
static int clause_before(const unsigned char *b, size_t ls, size_t ws)
{
	return words_before(b, ls, ws) ||
	       (ws >= ls + 3 && b[ws - 1] == ' ' && b[ws - 2] == ',' &&
		isalnum(b[ws - 3]) && memchr(b + ls, ':', ws - ls));
}

/* The end of a participle that hands a value over at b[k] and its ':'
 * (issued:, set:, generated:), or 0. */
static size_t handed_participle(const unsigned char *b, size_t k, size_t le)
{
	static const char *const given[] = { "issued", "generated", "assigned",
					     "set",    "reset",	    "sent",
					     "given",  "provided",  "created",
					     NULL };
	size_t n = whole_word(b, k, le, given);

	return n && k + n < le && b[k + n] == ':' ? k + n + 1 : 0;
}

/* Whether a participle and "to" that hand a value over start at b[k]
 * ("password for booking.com changed to X", "reset to", "rotated to"):
 * the verb after the password's qualifiers, as "is" is. */
static int participle_to(const unsigned char *b, size_t k, size_t le)
{
	size_t e = plain_word(b, k, le);

	return e > k + 2 &&
	       ((b[e - 2] | 0x20) == 'e' && (b[e - 1] | 0x20) == 'd'
			? 1
			: word_then(b, k, le, "set") || word_then(b, k, le, "reset")) &&
	       word_then(b, skip_blanks(b, e, le), le, "to");
}

/*
 * The verb that hands a value over at b[k] ("is", "was", "is now", "has
 * been", "was rotated to", "set to", "changed to", "is:"): its end, or 0.
 */
static size_t verb_phrase(const unsigned char *b, size_t k, size_t le)
{
	static const char *const aux[] = {
		"is", "was", "are", "now", "has", "been", NULL
	};
	size_t e, w, said = 0, start = k;

	/* "password, it is X", "password, it's X": the pronoun stands for it */
	if (k + 4 < le && b[k] == ',' &&
	    (e = word_then(b, skip_blanks(b, k + 1, le), le, "it"))) {
		k = skip_blanks(b, e, le);
		if (k + 2 < le && b[k] == '\'' && (b[k + 1] | 0x20) == 's' &&
		    b[k + 2] == ' ') {
			k = skip_blanks(b, k + 2, le);
			said++;
		}
	}
	for (w = 0; aux[w] && said < 3;) {
		if ((e = word_then(b, k, le, aux[w]))) {
			k = skip_blanks(b, e, le);
			said++;
			w = 0;
			continue;
		}
		w++;
	}
	/* a participle and "to": rotated to, set to, changed to */
	if (participle_to(b, k, le)) {
		k = skip_blanks(b, plain_word(b, k, le), le) + 2;
		said++;
	}
	/* a participle that gives it, then ':' ("Temporary password issued:
	 * X", "password generated: X"); not one that says what befell it
	 * ("password changed: 12/03", "expired:") */
	if ((e = handed_participle(b, k, le)))
		return e;
	if (!said || k == start)
		return 0;
	return k < le && b[k] == ':' ? k + 1 : k;
}

/* Whether a verb that sets a password stands among the words of b[ls..ws)
 * ("set the Jenkins password to X", "Reset Jira password for ines to
 * X"): then "to" hands the value over. */
static int set_verb_before(const unsigned char *b, size_t ls, size_t ws)
{
	static const char *const verbs[] = { "set",	"reset",   "change",
					     "changed", "rotate",  "rotated",
					     "update",	"updated", NULL };
	size_t k, e, w;

	for (k = ls; k < ws; k = e) {
		while (k < ws && !isalpha(b[k]))
			k++;
		for (e = k; e < ws && isalpha(b[e]); e++)
			;
		for (w = 0; verbs[w] && e > k; w++)
			if (e - k == strlen(verbs[w]) && equal_ci(b + k, verbs[w], e - k))
				return 1;
	}
	return 0;
}

/* The end of an aside " (X)" at b[k] that closes on the line within
 * PROSE_ASIDE_MAX bytes, or k. */
static size_t sentence_aside(const unsigned char *b, size_t k, size_t le)
{
	size_t j;

	if (k + 3 >= le || b[k] != ' ' || b[k + 1] != '(')
		return k;
	for (j = k + 2; j < le && j - k < PROSE_ASIDE_MAX; j++) {
		if (b[j] == ')')
			return j > k + 2 ? j + 1 : k;
		if (b[j] == '(' || b[j] == '"')
			break;
	}
	return k;
}

/* An aside " (X" at b[k] that the line b[..le) leaves open and the next
 * line closes with "): " ("Password (set by the vendor at commissioning,
 * changed by us 2024): **X**"): where the value starts, its line's end
 * in *nle; 0 when none. */
static size_t wrapped_aside(const unsigned char *b, size_t len, size_t k, size_t le,
			    size_t *nle)
{
	size_t ns, j;

	if (k + 2 >= le || b[k] != ' ' || b[k + 1] != '(' ||
	    le - k > 2 * PROSE_ASIDE_MAX || memchr(b + k + 2, ')', le - k - 2) ||
	    memchr(b + k + 2, '(', le - k - 2))
		return 0;
	ns = le + (le < len && b[le] == '\r') + 1;
	if (ns >= len)
		return 0;
	*nle = line_end_within(b, len, ns, PROSE_LINE_MAX);
	if (*nle - ns > PROSE_LINE_MAX)
		return 0;
	if (*nle > ns && b[*nle - 1] == '\r')
		(*nle)--;
	for (j = ns; j < *nle && j - ns < PROSE_ASIDE_MAX && b[j] != ')'; j++)
		if (b[j] == '(' || b[j] == '"')
			return 0;
	if (j + 2 >= *nle || b[j] != ')' || b[j + 1] != ':' || !blank(b[j + 2]))
		return 0;
	return skip_blanks(b, j + 2, *nle);
}

/* Whether the line b[ls..le) opens a literal block: texinfo's @example,
 * @verbatim, a Markdown fence, AsciiDoc's ---- and ...., roff's .nf and
 * .EX, <pre>. */
static int block_opener(const unsigned char *b, size_t ls, size_t le)
{
	static const char *const openers[] = {
		"@example", "@smallexample", "@verbatim", "```",   "~~~", "----",
		"....",	    ".nf",	     ".EX",	  "<pre>", NULL
	};
	size_t w, n;

	ls = skip_blanks(b, ls, le);
	for (w = 0; openers[w]; w++) {
		n = strlen(openers[w]);
		if (ls + n <= le && equal_ci(b + ls, openers[w], n) &&
		    (openers[w][0] == '`' || openers[w][0] == '~' ||
		     skip_blanks(b, ls + n, le) == le))
			return 1;
	}
	return 0;
}

/* The line after the one ending at b[le] ('\r' or '\n'): [*ns, *ne), its
 * '\r' off; 0 when there is none or it is longer than PROSE_LINE_MAX. */
static int line_after(const unsigned char *b, size_t len, size_t le, size_t *ns,
		      size_t *ne)
{
	if (le >= len)
		return 0;
	*ns = le + 1 + (b[le] == '\r' && le + 1 < len && b[le + 1] == '\n');
	*ne = line_end_within(b, len, *ns, PROSE_LINE_MAX);
	if (*ne - *ns > PROSE_LINE_MAX)
		return 0;
	if (*ne > *ns && b[*ne - 1] == '\r')
		(*ne)--;
	return 1;
}

/*
 * Where the sentence on the line b[ls..le) goes on, when it is wrapped
 * right after a word (a ticket's or runbook's paragraph: "re-entered the
 * Wi-Fi key" over "X and the print-server account"): the next line's text
 * [*ns, *ne) when it opens with a letter or a digit at the line's indent
 * (a list item's text's), after the same comment or quote marks (`# `,
 * `// `, `> `), not a list's item, a heading, a table or a block; 0 when
 * none.
 */
static int wrapped_line(const unsigned char *b, size_t len, size_t ls, size_t le,
			size_t *ns, size_t *ne)
{
	size_t k, t, p;

	if (le <= ls || !isalpha(b[le - 1]) || !line_after(b, len, le, ns, ne))
		return 0;
	t = skip_blanks(b, ls, le);
	for (p = t; p < le && strchr("#/;>", b[p]) && b[p]; p++)
		;
	p = skip_blanks(b, p, le);
	if (p > t) { /* a comment's or a quote's: the next line has its prefix */
		if (*ne - *ns < p - ls || memcmp(b + *ns, b + ls, p - ls))
			return 0;
		k = *ns + (p - ls);
	} else {
		/* a list's item goes on at its text's indent */
		for (p = t; p < le && isdigit(b[p]); p++)
			;
		if (p + 1 < le && b[p + 1] == ' ' &&
		    ((p > t && (b[p] == '.' || b[p] == ')')) ||
		     (p == t && strchr("-*+", b[p]) && b[p])))
			t = p + 2;
		k = skip_blanks(b, *ns, *ne);
		if (k - *ns != t - ls)
			return 0;
	}
	if (k >= *ne || !isalnum(b[k]))
		return 0;
	for (t = k; t < *ne && isdigit(b[t]); t++)
		;
	if (t > k && t < *ne && (b[t] == '.' || b[t] == ')'))
		return 0; /* "1. step": a list's item */
	*ns = k;
	return 1;
}

/* Whether s[0..n) is two words or more of small letters joined by one mark
 * and a number of two digits or more (walnut-river-98, maple.cobalt.54): a
 * person's, a product's version has one word (clang-format-15). */
static int joined_words_number(const unsigned char *s, size_t n)
{
	size_t i = 0, run, words = 0;
	unsigned char sep = 0;

	for (;;) {
		for (run = 0; i < n && islower(s[i]); i++)
			run++;
		if (run < 3)
			break;
		words++;
		if (i >= n || !strchr("-._", s[i]) || (sep && s[i] != sep))
			return 0;
		sep = s[i++];
	}
	if (run || words < 2)
		return 0;
	for (run = 0; i < n && isdigit(s[i]); i++)
		run++;
	return i == n && run >= 2 && run <= 4;
}

/* Whether s[0..n), given bare at a wrapped line's start with no verb
 * before it, looks chosen or generated rather than a word a sentence goes
 * on with (`SHA256`, `2FA`, `UTF-8` stay words): a password by itself, a
 * passphrase, words with a number (and a mark). */
static int wrapped_value(const unsigned char *s, size_t n)
{
	return n >= 8 && (kh_is_unnamed_password(s, n) || passphrase(s, n) ||
			  joined_words_number(s, n) || word_number_mark(s, n) ||
			  capital_words_number(s, n));
}

/*
 * The value alone on the line below a sentence that ends at b[le] in its
 * link ("the password for the NAS is", "Phase 1 pre-shared key:"), or on
 * the line after that when it opens a literal block. One word, no word of
 * prose. Sets [*vs, *ve).
 */
static int value_below(const unsigned char *b, size_t len, size_t le, size_t *vs,
		       size_t *ve)
{
	size_t ns, ne;

	if (!line_after(b, len, le, &ns, &ne))
		return 0;
	if (skip_blanks(b, ns, ne) == ne && ne + 1 < len) { /* Markdown's blank line */
		ns = ne + 1 + (ne < len && b[ne] == '\r');
		ne = line_end_within(b, len, ns, PROSE_LINE_MAX);
		if (ne - ns > PROSE_LINE_MAX || !block_opener(b, ns, ne))
			return 0;
	}
	if (block_opener(b, ns, ne)) {
		ns = ne + 1 + (ne < len && b[ne] == '\r');
		if (ns >= len)
			return 0;
		ne = line_end_within(b, len, ns, PROSE_LINE_MAX);
		if (ne - ns > PROSE_LINE_MAX)
			return 0;
		if (ne > ns && b[ne - 1] == '\r')
			ne--;
	}
	ns = skip_blanks(b, ns, ne);
	return sentence_value(b, ns, ne, vs, ve) && skip_blanks(b, *ve, ne) == ne &&
	       !lower_word(b + *vs, *ve - *vs);
}

/*
 * The value in marks that opens the line below the one ending at b[le] (a
 * runbook's "Log in as `engineer`, password" then "`X` (ask the site lead
 * before changing it)."): a code span, bold or quotes at the line's start,
 * then the line's end or a clause ('.', ',', ';', an aside's " (", a
 * dash). One word, no name of code: letters and digits (a constant's
 * capitals and '_' are a name), a passphrase or both cases and a mark; a
 * command, a flag or a path in the span is none (the judge's too).
 */
static int marked_below(const unsigned char *b, size_t len, size_t le, size_t *vs,
			size_t *ve)
{
	size_t ns, ne, e, i;
	int lower = 0;

	if (!line_after(b, len, le, &ns, &ne))
		return 0;
	/* (one blank line after a sentence's ':': Markdown's paragraph) */
	if (skip_blanks(b, ns, ne) == ne && le > 0 && b[le - 1] == ':' &&
	    !line_after(b, len, ne, &ns, &ne))
		return 0;
	ns = skip_blanks(b, ns, ne);
	if (ns + 1 >= ne ||
	    !(b[ns] == '`' || b[ns] == '"' || b[ns] == '\\' ||
	      (b[ns] == '*' && b[ns + 1] == '*')) ||
	    !sentence_value(b, ns, ne, vs, ve) || *vs == ns)
		return 0;
	/* (LaTeX's literal closes at its brace or delimiter) */
	e = b[ns] == '\\' ? *ve + 1 : marked_end(b, *ve, ne);
	if (e < ne && !(b[e] && strchr(".,;", b[e])) &&
	    !(b[e] == ' ' && e + 1 < ne && b[e + 1] && strchr("(-\xe2", b[e + 1])))
		return 0; /* more of a sentence: "`v` is the old one" */
	for (i = *vs; i < *ve; i++)
		lower |= !!islower(b[i]);
	return (b[*vs] != '-' && lower && letters_and_digits(b + *vs, *ve - *vs)) ||
	       passphrase(b + *vs, *ve - *vs) || cases_and_mark(b + *vs, *ve - *vs, 1);
}

/* Whether the line b[k..le) ends the sentence there, or says its value is
 * below: "below", "below:", "follows:", ":". */
static int ends_for_below(const unsigned char *b, size_t k, size_t le)
{
	size_t e;

	k = skip_blanks(b, k, le);
	if ((e = word_then(b, k, le, "below")) || (e = word_then(b, k, le, "follows")))
		k = e;
	if (k < le && b[k] == ':')
		k++;
	return skip_blanks(b, k, le) == le;
}

/* The end of a leader of dots after b[k] ("BIOS password ...... X", a
 * welcome pack's table), or 0. */
static size_t dot_leader(const unsigned char *b, size_t k, size_t le)
{
	size_t e;

	k = skip_blanks(b, k, le);
	for (e = k; e < le && b[e] == '.'; e++)
		;
	return e >= k + 3 && e < le && b[e] == ' ' ? e : 0;
}

/*
 * The words that say whose a credential is, at b[k] after its word ending
 * at b[we]: "for|of|to|on" and up to six words, then ':' or "is" ("the
 * password for the vendor portal is", "the API key of the rain feed:"),
 * or "to" where a verb that sets it came before. Where the link stands;
 * k when no such words start there; 0 when they run on to no link.
 */
static size_t qualifiers_end(const unsigned char *b, size_t k, size_t le, size_t we,
			     int set)
{
	size_t e, words;

	if (!((e = word_then(b, k, le, "for")) || (e = word_then(b, k, le, "of")) ||
	      (e = word_then(b, k, le, "to")) || (e = word_then(b, k, le, "on"))))
		return k;
	for (words = 0, k = skip_blanks(b, e, le); words < 6 && k < le; words++) {
		if ((b[k] == ':' && (k + 1 == le || b[k + 1] == ' ')) ||
		    word_then(b, k, le, "is") || (set && word_then(b, k, le, "to")) ||
		    participle_to(b, k, le))
			break;
		/* an aside among them: "the API key for the feed (OAG) is" */
		if (b[k] == '(' && b[k - 1] == ' ' &&
		    (e = sentence_aside(b, k - 1, le)) != k - 1) {
			k = skip_blanks(b, e, le);
			continue;
		}
		e = plain_word(b, k, le);
		if (e == k)
			return 0;
		k = skip_blanks(b, e, le);
	}
	return k >= le || k - we > PROSE_REACH ? 0 : k;
}

/* Whether the line above the one at b[ls] gives a login's user, first in
 * it ("user: cam-north", "login: ops"): a note's `pass: X` below is its
 * password, not a config's (a config's readers know `pass:` alone). */
static int user_line_above(const unsigned char *b, size_t ls)
{
	static const char *const users[] = { "user", "username", "login", NULL };
	size_t ps, n;

	if (ls < 2 || b[ls - 1] != '\n')
		return 0;
	ps = line_start_within(b, ls - 1, PROSE_LINE_MAX);
	if (ps >= ls - 1)
		return 0;
	ps = skip_blanks(b, ps, ls - 1);
	n = whole_word(b, ps, ls - 1, users);
	return n && ps + n < ls - 1 && b[ps + n] == ':';
}

/* Whether a word that says a password was given stands right before the
 * password's word at b[ws] ("temp pw X", "new password X", "initial
 * password X"): then a passphrase of words is one too (as after an
 * aside's "(password X)"). */
static int given_before(const unsigned char *b, size_t ls, size_t ws)
{
	static const char *const given[] = { "temp",	 "temporary", "new", "initial",
					     "one-time", "first",     NULL };
	size_t k = skip_blanks_back(b, ws, ls), j, w;

	if (k == ws)
		return 0;
	for (j = k; j > ls && (isalpha(b[j - 1]) || b[j - 1] == '-'); j--)
		;
	for (w = 0; given[w]; w++)
		if (k - j == strlen(given[w]) && equal_ci(b + j, given[w], k - j))
			return 1;
	return 0;
}

/* The end of an arrow at b[k] that hands a value over ("reset jdoe's
 * pw -> X", "password => X", "→"), a blank after it; or 0. */
static size_t arrow_at(const unsigned char *b, size_t k, size_t le)
{
	size_t n = k + 2 < le && (b[k] == '-' || b[k] == '=') && b[k + 1] == '>' ? 2
		   : k + 3 < le && b[k] == 0xe2 && b[k + 1] == 0x86 && b[k + 2] == 0x92
			   ? 3
			   : 0;

	return n && blank(b[k + n]) ? k + n : 0;
}

/* Whether the password's word at b[ws] follows a user's, a list's item
 * before it ("user kvw_lab, pass X", "username ops, password X", "login
 * ops, pw X", "id 0958532127, password X"): the word then hands the value
 * over as a ':' would. */
static int listed_after_user(const unsigned char *b, size_t ls, size_t ws)
{
	static const char *const users[] = { "user", "username", "login", "account",
					     "id",   "userid",	 "logon", NULL };
	size_t k, j, w;
	int comma;

	if (ws < ls + 4 || b[ws - 1] != ' ')
		return 0;
	/* (chat drops the ',': "mqtt user reefer_ingest pass X") */
	comma = b[ws - 2] == ',';
	k = ws - 1 - comma; /* the user's token, back from its ',' */
	if (!comma && (blank(b[k - 1]) || b[k - 1] == ':' || b[k - 1] == '.'))
		return 0;
	for (j = k; j > ls && !blank(b[j - 1]); j--)
		;
	/* "uses the same email, pass X": the login said before, by its noun */
	if (comma && (word_at(b, j, k, "email") || word_at(b, j, k, "e-mail") ||
		      word_at(b, j, k, "username") || word_at(b, j, k, "login")))
		return 1;
	if (j == k || k - j > 48 || j < ls + 3 || !blank(b[j - 1]))
		return 0;
	/* (an id written in groups: "id 411 220 981, password X") */
	for (w = 0; w < 3 && isdigit(b[j]) && j >= ls + 4 && isdigit(b[j - 2]); w++)
		for (j--; j > ls && !blank(b[j - 1]); j--)
			;
	k = skip_blanks_back(b, j, ls);
	if (k > ls && b[k - 1] == ':')
		k--; /* user: ops, pass X */
	for (j = k; j > ls && isalpha(b[j - 1]); j--)
		;
	if (j > ls && b[j - 1] == '\\' && b[j] == 'n')
		j++; /* a JSON string's "\nuser" */
	/* (without the ',' only a login's own word: "user", "username",
	 * "login", not "account"'s or "id"'s prose) */
	for (w = 0; users[w] && (comma || w < 3); w++)
		if (k - j == strlen(users[w]) && equal_ci(b + j, users[w], k - j))
			return 1;
	return 0;
}

/* Whether s[0..n) is a passphrase of three words or more joined by one
 * mark (lantern-depot-anchor-barge, slate.pillow.pennine): each word
 * three small letters or more. */
static int passphrase(const unsigned char *s, size_t n)
{
	size_t i, run = 0, words = 0;
	unsigned char sep = 0;

	if (n < 14 || n > 64)
		return 0;
	for (i = 0; i <= n; i++) {
		if (i < n && islower(s[i])) {
			run++;
			continue;
		}
		if (run < 3 || (i < n && (!strchr("-._", s[i]) || (sep && s[i] != sep))))
			return 0;
		if (i < n)
			sep = s[i];
		words++;
		run = 0;
	}
	return words >= 3;
}

/* Whether s[0..n) is a word a sentence goes on with, not one of a
 * passphrase a generator drew: a function word, a verb of where or how a
 * password is kept ("is kept under the infra folder", "never shared over
 * chat"), a participle or an adverb (-ed, -ing, -ly). */
static int prose_filler(const unsigned char *s, size_t n)
{
	static const char *const words[] = {
		"the",	   "and",   "but",    "for",	"nor",	   "not",    "with",
		"from",	   "into",  "onto",   "over",	"under",   "than",   "then",
		"that",	   "this",  "these",  "those",	"there",   "here",   "where",
		"when",	   "what",  "which",  "who",	"whom",	   "why",    "how",
		"you",	   "your",  "our",    "their",	"they",	   "them",   "his",
		"her",	   "its",   "she",    "him",	"was",	   "were",   "are",
		"has",	   "have",  "had",    "been",	"being",   "will",   "would",
		"can",	   "could", "should", "must",	"may",	   "might",  "shall",
		"does",	   "did",   "done",   "get",	"got",	   "set",    "see",
		"ask",	   "use",   "also",   "still",	"just",	   "only",   "very",
		"too",	   "via",   "per",    "out",	"off",	   "now",    "yet",
		"all",	   "any",   "some",   "each",	"both",	   "none",   "same",
		"never",   "every", "always", "kept",	"sent",	   "before", "after",
		"until",   "about", "above",  "below",	"between", "during", "without",
		"again",   "once",  "twice",  "days",	"weeks",   "months", "vault",
		"manager", "wiki",  "ticket", "change", "rotate",  "please", "keep",
		"store",   "share", "write",  "find",	"look",	   "check",  "call",
		NULL
	};

	return (n >= 5 &&
		(equal_ci(s + n - 2, "ed", 2) || equal_ci(s + n - 3, "ing", 3) ||
		 equal_ci(s + n - 2, "ly", 2))) ||
	       whole_word(s, 0, n, words) == n;
}

/*
 * A passphrase of words with blanks that a sentence gives at b[k]
 * ("the new password is raven dune lantern fennel (they reset it)", "reset
 * it to `comet maple marble canyon`"): three to five words of three to
 * twelve letters (small but the first's), one blank apart, maybe a number
 * last, none prose_filler(); in marks that close right after it, or bare
 * to where the clause ends (the line's or string's end, ',', ';', '.', an
 * aside's " (", a dash). Sets [*vs, *ve); the passphrase judge decides.
 */
static int spaced_passphrase(const unsigned char *b, size_t k, size_t le, size_t *vs,
			     size_t *ve)
{
	size_t words = 0, e, w, open = 0;

	k = skip_blanks(b, k, le);
	while (k + open < le && open < 2 && wrap_mark(b[k + open]) &&
	       (!open || b[k + open] == b[k]))
		open++;
	for (e = k += open; words < 6; e++) {
		for (w = e;
		     w < le && (w == e ? isalpha(b[w]) : islower(b[w])) && w - e < 12;
		     w++)
			;
		if (w < le && isalpha(b[w]))
			return 0;
		if (w - e < 3) { /* a number after the words: "tulip fern birch 52" */
			for (w = e; words >= 3 && w < le && isdigit(b[w]) && w - e < 4;
			     w++)
				;
			if (w == e || (w < le && isalnum(b[w])))
				return 0;
		} else if (prose_filler(b + e, w - e)) {
			return 0;
		}
		words++;
		e = w;
		if (e + 1 >= le || b[e] != ' ' || !isalnum(b[e + 1]) || isdigit(b[e - 1]))
			break;
	}
	if (words < 3 || words > 5)
		return 0;
	if (open) {
		if (e + open > le || memcmp(b + e, b + k - open, open))
			return 0;
	} else if (!(e == le || (b[e] && strchr(",;.!)\\\"", b[e])) ||
		     (e + 1 < le && b[e] == ' ' && strchr("(-", b[e + 1])))) {
		return 0;
	}
	*vs = k;
	*ve = e;
	return 1;
}

/* Where the value stands after words of prose from b[k] that end in a
 * ':' ("the one in the safe: X"): up to eight words of letters, 0 when
 * there are more or none. */
static size_t words_to_colon(const unsigned char *b, size_t k, size_t le)
{
	size_t words, e;

	for (words = 0; words < 8 && k < le; words++) {
		for (e = k; e < le && (isalpha(b[e]) || b[e] == '\''); e++)
			;
		if (e == k)
			return 0;
		if (e + 1 < le && b[e] == ':' && b[e + 1] == ' ')
			return skip_blanks(b, e + 1, le);
		if (e >= le || b[e] != ' ')
			return 0;
		k = e + 1;
	}
	return 0;
}

/* Where a value in marks starts that words after a password's word offer
 * instead, at b[k]: up to six words (where it is kept), ", or " and the
 * value's mark ("password in the vault, or `V`"); 0 when none. */
static size_t or_marked(const unsigned char *b, size_t k, size_t le)
{
	size_t words, e;

	for (words = 0, k = skip_blanks(b, k, le); words < 6 && k < le; words++) {
		e = plain_word(b, k, le);
		if (e == k)
			return 0;
		if (e + 5 < le && b[e] == ',' &&
		    (e = word_then(b, skip_blanks(b, e + 1, le), le, "or")))
			return marked_at(b, e = skip_blanks(b, e, le), le) ? e : 0;
		k = skip_blanks(b, e, le);
	}
	return 0;
}

/* Whether the line b[..le) ends, after the password's word ending at
 * b[we], in "new one:": the sentence hands the value below over. */
static int new_one_ends(const unsigned char *b, size_t we, size_t le)
{
	size_t e = skip_blanks_back(b, le, we);

	return e >= we + 9 && b[e - 1] == ':' && equal_ci(b + e - 8, "new one", 7) &&
	       (b[e - 9] == ' ' || b[e - 9] == ',');
}

/* Where the value starts that "new one" hands over later on the line
 * b[..le), after the password's word ending at b[we] ("admin pw changed
 * today, new one: X", "the password in the job is the old one, the new
 * one from the portal is X"): its ':' or, after up to six words, "is";
 * 0 when none. */
static size_t new_one_value(const unsigned char *b, size_t we, size_t le)
{
	size_t k, e, words;

	for (k = we; k + 9 < le && k - we <= PROSE_REACH; k++) {
		if ((b[k] != ' ' && b[k] != ',') || (b[k + 1] | 0x20) != 'n' ||
		    !equal_ci(b + k + 1, "new one", 7))
			continue;
		e = k + 8;
		if (e < le && isalnum(b[e]))
			continue; /* "new ones" */
		if (b[e] == ':')
			return e + 1 < le && blank(b[e + 1]) ? e + 1 : 0;
		for (words = 0, e = skip_blanks(b, e, le); words < 6 && e < le; words++) {
			if (word_then(b, e, le, "is"))
				return e + 2;
			if (plain_word(b, e, le) == e)
				return 0;
			e = skip_blanks(b, plain_word(b, e, le), le);
		}
		return 0;
	}
	return 0;
}

/*
 * Where the value starts that "the <kind> one is" hands over in marks
 * later on the password's line ending its word at b[we] ("(password in
 * the vault; in an emergency the break-glass one is `X`)", "the spare one
 * is **X**"): one word of its kind, not an old one's (old, previous,
 * former, expired, default, same, other, wrong); 0 when none.
 */
static size_t kind_one_value(const unsigned char *b, size_t we, size_t le)
{
	static const char *const not_live[] = { "old",	   "previous", "former",
						"expired", "default",  "same",
						"other",   "wrong",    "new",
						NULL };
	size_t k, w, e;

	for (k = we; k + 12 < le && k - we <= PROSE_REACH; k++) {
		if (b[k] != ' ' || (b[k + 1] | 0x20) != 't' ||
		    !word_at(b, k + 1, le, "the"))
			continue;
		w = k + 5;
		for (e = w; e < le && (isalpha(b[e]) || b[e] == '-'); e++)
			;
		if (e - w < 3 || e + 8 > le || !equal_ci(b + e, " one is ", 8) ||
		    whole_word(b, w, e, not_live))
			continue;
		e += 8;
		return marked_at(b, e, le) ? e : 0;
	}
	return 0;
}

/*
 * "the password we sent (X)", "the pw they gave (\"X\")": a clause that
 * says who gave the password at b[k] (a pronoun, then a past verb), then
 * its value alone in an aside, in quotes (a JSON string's \" too) or
 * bare. Sets [*vs, *ve); the caller judges the value.
 */
static int clause_aside_value(const unsigned char *b, size_t k, size_t le, size_t *vs,
			      size_t *ve)
{
	static const char *const who[] = { "we", "i", "they", "you", "he", "she", NULL };
	static const char *const gave[] = { "sent", "gave", "set", "got",
					    "told", "put",  NULL };
	size_t n = whole_word(b, k, le, who), e, s;
	const unsigned char *q;

	if (!n || k + n >= le || b[k + n] != ' ')
		return 0;
	k += n + 1;
	e = plain_word(b, k, le);
	if (e < k + 3 || e + 2 >= le || b[e] != ' ' || b[e + 1] != '(' ||
	    !(whole_word(b, k, e, gave) == e - k ||
	      ((b[e - 2] | 0x20) == 'e' && (b[e - 1] | 0x20) == 'd')))
		return 0;
	s = e + 2;
	if (s + 2 < le && b[s] == '\\' && b[s + 1] == '"') { /* (\"X\") */
		q = kh_memmem(b + s + 2, le - s - 2, "\\\")", 3);
		if (!q || q == b + s + 2 ||
		    memchr(b + s + 2, ' ', (size_t)(q - b) - s - 2))
			return 0;
		*vs = s + 2;
		*ve = (size_t)(q - b);
		return 1;
	}
	return sentence_value(b, s, le, vs, ve) && marked_end(b, *ve, le) < le &&
	       b[marked_end(b, *ve, le)] == ')';
}

/*
 * The value the sentence around the password's word b[ws..we) gives, on
 * the line b[ls..le) of b[0..len): after `:` or `=` where words come
 * before it ("login: ops password: X"), after "is", "was", "set to",
 * "changed to", after "for|of|to|on ... is|:" ("the password for the NAS
 * is X"), on the next line alone when the sentence ends there, or right
 * after the word when the value has letters and digits ("my password X").
 */
static int prose_password_value(const unsigned char *b, size_t len, size_t ls, size_t le,
				size_t ws, size_t we, size_t *vs, size_t *ve)
{
	size_t k = we, e, after, ns, ne;
	int told = 0, full = we - ws >= 6 || (we - ws == 3 && equal_ci(b + ws, "pwd", 3)),
	    led = clause_before(b, ls, ws), set = full && set_verb_before(b, ls, ws),
	    listed = listed_after_user(b, ls, ws);

	if (ws > ls && (b[ws - 1] == '-' || b[ws - 1] == '$' || b[ws - 1] == '.'))
		return 0; /* a flag, a variable, a field: not prose */
	while (k < le && (b[k] == '*' || b[k] == '_'))
		k++; /* **Password**: */
	/* an aside names whose it is: "session password (Lyric) X",
	 * "password (VPN): X"; after it, the word's grammar as before */
	after = k = sentence_aside(b, k, le);
	/* a sentence wrapped right after the word ("re-entered the guest
	 * password" over "X and the account"): the value bare below */
	if (led && full && skip_blanks(b, after, le) == le &&
	    wrapped_line(b, len, ls, le, &ns, &ne) && sentence_value(b, ns, ne, vs, ve) &&
	    *vs == ns && wrapped_value(b + *vs, *ve - *vs) &&
	    plausible_credential(b + *vs, *ve - *vs, 1))
		return 1;
	if (k == we && led && (e = wrapped_aside(b, len, k, le, &k)))
		return sentence_value(b, e, k, vs, ve) &&
		       !lower_word(b + *vs, *ve - *vs) &&
		       plausible_credential(b + *vs, *ve - *vs, 1);
	/* "(password in the vault, or `V` if the vault is down)" */
	if (led && full && k == we && (e = or_marked(b, k, le)))
		return sentence_value(b, e, le, vs, ve) &&
		       letters_and_digits(b + *vs, *ve - *vs) &&
		       plausible_credential(b + *vs, *ve - *vs, 1);
	e = skip_blanks(b, k, le);
	if (we - ws == 4 && (e == le || b[e] != ':') && !listed && !arrow_at(b, e, le))
		return 0; /* a pass of the parser: "pass" takes a ':' */
	if ((e = dot_leader(b, k, le))) {
		k = e; /* a leader of dots: no config's */
		told = led = 1;
	} else if (led && (e = arrow_at(b, skip_blanks(b, k, le), le))) {
		k = e; /* "reset jdoe's pw -> X" */
		told = 1;
	} else if (listed && k + 1 < le && b[k] == ' ' && b[k + 1] != ':' &&
		   !verb_phrase(b, k + 1, le)) {
		k++; /* "user kvw_lab, pass X": the value after one blank */
		told = 1;
	} else if (e < le && b[e] == ':') {
		k = e + 1; /* "login: ops password: X" (not `=`: code's, a config's) */
		told = 1;
	} else {
		k = skip_blanks(b, k, le);
		/* "the password we sent (X)" */
		if (led && clause_aside_value(b, k, le, vs, ve))
			return !lower_word(b + *vs, *ve - *vs) &&
			       (letters_and_digits(b + *vs, *ve - *vs) ||
				passphrase(b + *vs, *ve - *vs)) &&
			       plausible_credential(b + *vs, *ve - *vs, 1);
		/* "for the vendor portal", "of the wiki's account", then is or :
		 * ("pw" takes a verb or a ':') */
		if (set && word_then(b, k, le, "to")) {
			/* "set the Jenkins password to X": below */
		} else if (full && !(k = qualifiers_end(b, k, le, we, set))) {
			return 0;
		}
		if (k < le && b[k] == ':') {
			k++;
			told = 1;
		} else if (set && (e = word_then(b, k, le, "to"))) {
			k = e; /* "set the Jenkins password to X" */
			told = 1;
		}
		if (!told && (e = verb_phrase(b, k, le))) {
			k = e;
			told = led = 1; /* "Password reset to X": a sentence's */
		}
	}
	if (!led && !(told && we - ws == 4 && user_line_above(b, ls)))
		return 0; /* a config's `password: X`, `Password  X`: its readers' */
	/* "NVR password was reset by the vendor today, new one:", the value
	 * alone below */
	if (new_one_ends(b, we, le))
		return value_below(b, len, le, vs, ve) &&
		       plausible_credential(b + *vs, *ve - *vs, 1);
	/* "pw changed today, new one: X" on its line, "the break-glass one
	 * is `X`" */
	if ((e = new_one_value(b, we, le)) || (e = kind_one_value(b, we, le)))
		return sentence_value(b, e, le, vs, ve) &&
		       !lower_word(b + *vs, *ve - *vs) &&
		       plausible_credential(b + *vs, *ve - *vs, 1);
	k = skip_blanks(b, k, le);
	if (told && k == le) /* the value alone on the next line */
		return (value_below(b, len, le, vs, ve) ||
			marked_below(b, len, le, vs, ve)) &&
		       plausible_credential(b + *vs, *ve - *vs, 1);
	/* "Log in as `engineer`, password" (or "the password below:") over
	 * "`X` (ask the site lead ...)": a marked value opening the line
	 * below */
	if (led && full && (k == le || (k == after + 1 && ends_for_below(b, k, le))) &&
	    marked_below(b, len, le, vs, ve))
		return plausible_credential(b + *vs, *ve - *vs, 1);
	if (told && ends_for_below(b, k, le) && k < le && b[k] != ':' &&
	    marked_below(b, len, le, vs, ve))
		return plausible_credential(b + *vs, *ve - *vs, 1); /* "is below:" */
	if (told && spaced_passphrase(b, k, le, vs, ve))
		return 1; /* (words and blanks: the passphrase judge's) */
	/* "password is the one in the safe: **X**": words, a ':', a value
	 * in marks */
	if (told && sentence_value(b, k, le, vs, ve) && lower_word(b + *vs, *ve - *vs) &&
	    (e = words_to_colon(b, k, le)) && marked_at(b, e, le))
		k = e;
	/* (no verb: one blank, then the value; "pw" is a note's word too) */
	if ((!told && ((!full && we - ws != 2) || k != after + 1)) ||
	    !sentence_value(b, k, le, vs, ve))
		return 0;
	e = skip_blanks(b, *ve, le);
	if (word_then(b, e, le, "encrypted") || word_then(b, e, le, "hashed"))
		return 0; /* a device's stored form (ASA's `password X encrypted`) */
	if (!led && *vs == skip_blanks(b, k, le)) { /* `pass: X?` under a user: whole */
		e = skip_blanks_back(b, le, *ve);
		if (!memchr(b + *ve, ' ', e - *ve) && !memchr(b + *ve, '\t', e - *ve))
			*ve = e;
	}
	/* a listed login's '?' with more words after it is the value's ("user
	 * U pass X? btw for the gateway": a question ends its line) */
	if (listed && *ve + 2 < le && b[*ve] == '?' && b[*ve + 1] == ' ' &&
	    islower(b[*ve + 2]))
		(*ve)++;
	/* (after "temporary password", "new password": a passphrase, or both
	 * cases and a mark with no digit: "temporary password FJORD%citadel") */
	if (told ? lower_word(b + *vs, *ve - *vs)
		 : !letters_and_digits(b + *vs, *ve - *vs) &&
			    !((given_before(b, ls, ws) ||
			       (ws > ls && b[ws - 1] == '(')) &&
			      passphrase(b + *vs, *ve - *vs)) &&
			    !(given_before(b, ls, ws) &&
			      cases_and_mark(b + *vs, *ve - *vs, 0)))
		return 0;
	return plausible_credential(b + *vs, *ve - *vs, 1);
}

/* The name the layer gives the word b[ws..we): the word itself where it
 * says password (password, passwd, pwd), "_password" after a short one. */
static const char *word_suffix(const unsigned char *b, size_t ws, size_t we)
{
	return we - ws >= 6 || (we - ws == 3 && equal_ci(b + ws, "pwd", 3)) ? ""
									    : "_password";
}

int prose_password_line(const unsigned char *b, size_t len, size_t ls, size_t le,
			struct kh_layer *l)
{
	size_t i, n, vs, ve;

	if (le - ls > PROSE_LINE_MAX)
		return 0;
	for (i = ls; i < le; i++) {
		/* (and an aside's first word: "(password X)" after a log's
		 * user) */
		if ((b[i] | 0x20) != 'p' ||
		    !(word_starts(b, ls, i) ||
		      (b[i - 1] == '(' && (i - 1 == ls || b[i - 2] == ' '))) ||
		    !(n = password_word(b, i, le)))
			continue;
		if (prose_password_value(b, len, ls, le, i, i + n, &vs, &ve) &&
		    emit_named(l, b, i, i + n, word_suffix(b, i, i + n), vs, ve) < 0)
			return -1;
		i += n;
	}
	return 0;
}

int prose_password_at(const unsigned char *b, size_t len, size_t ls, size_t le, size_t ws,
		      struct kh_layer *l)
{
	size_t n, vs, ve;

	if (le - ls > PROSE_LINE_MAX || ws >= le || !word_starts(b, ls, ws) ||
	    !(n = password_word(b, ws, le)) ||
	    !prose_password_value(b, len, ls, le, ws, ws + n, &vs, &ve))
		return 0;
	return emit_named(l, b, ws, ws + n, word_suffix(b, ws, ws + n), vs, ve) < 0 ? -1
										    : 1;
}

/* The line [*ls, *le) of prose around a word that starts at b[ws] (its
 * '\r' aside): 0 when it is longer than PROSE_LINE_MAX or the word does
 * not start one of its words. */
static int word_line(const unsigned char *b, size_t len, size_t ws, size_t *ls,
		     size_t *le)
{
	*ls = line_start_within(b, ws, PROSE_LINE_MAX);
	if (*ls > ws || !word_starts(b, *ls, ws))
		return 0;
	*le = line_end_within(b, len, ws, PROSE_LINE_MAX);
	if (*le - *ls > PROSE_LINE_MAX)
		return 0;
	if (*le > *ls && b[*le - 1] == '\r')
		(*le)--;
	return 1;
}

/* The password's sentence the keyword ending at b[last] wakes; under_user:
 * only a `pass:` that starts its line under a user's (user_line_above). */
static int password_named(const unsigned char *b, size_t len, size_t last, int under_user)
{
	/* (the keyword ends in the word, or in the blank or ':' after: " pw ",
	 * a note's " pw:", "pass:") */
	size_t ws = last + (b[last] != ' ' && b[last] != ':'), ls, le, vs, ve, n;

	while (ws > 0 && last + 1 - ws < 12 && isalpha(b[ws - 1]))
		ws--;
	if (under_user) { /* (first on its line: most are not, told at once) */
		for (ls = ws; ls > 0 && (b[ls - 1] == ' ' || b[ls - 1] == '\t'); ls--)
			;
		if (ls == 0 || b[ls - 1] != '\n' || !user_line_above(b, ls))
			return 0;
	}
	if (!(n = password_word(b, ws, len)) || !word_line(b, len, ws, &ls, &le))
		return 0;
	return prose_password_value(b, len, ls, le, ws, ws + n, &vs, &ve);
}

int prose_password_named(struct kh_hit *h)
{
	const unsigned char *b = h->b;
	size_t len = h->len, last = h->last;
	return password_named(b, len, last, 0);
}

int prose_pass_under_user_named(struct kh_hit *h)
{
	const unsigned char *b = h->b;
	size_t len = h->len, last = h->last;
	return password_named(b, len, last, 1);
}

/* ---- a token, a key or a community named in a sentence ----------------- */
/* ("the API key for the rain feed is <code>X</code>", "renew the OTT token
 * X before the season", "SNMP community X", "access token (valid 1 h): X") */

/* Words before "key" that make it a credential's: an API key, not a
 * table's, a cache's or a keyboard's. */
/* Words before "key" that make it a wireless network's. */
static const char *const network_kinds[] = { "network", "wireless", "wifi", "wlan",
					     NULL };

/* Words before "key" that say it is no credential: a table's, an index's
 * or a cache's, a public, a host's or a signing key and their ids (a
 * kernel's "signing key: <its SHA-1>"), a keyboard's, and words that do
 * not say whose key it is ("the key is X"). */
const char *const keyless_kinds[] = {
	"the",	       "this",	       "that",	       "which",	      "what",
	"your",	       "our",	       "their",	       "its",	      "his",
	"her",	       "any",	       "each",	       "same",	      "one",
	"first",       "last",	       "next",	       "previous",    "public",
	"pub",	       "host",	       "primary",      "foreign",     "unique",
	"composite",   "compound",     "natural",      "surrogate",   "candidate",
	"partition",   "sort",	       "range",	       "hash",	      "cache",
	"lookup",      "map",	       "row",	       "index",	      "shard",
	"sharding",    "routing",      "dedup",	       "idempotency", "object",
	"registry",    "ssh",	       "gpg",	       "pgp",	      "rsa",
	"dsa",	       "ecdsa",	       "deploy",       "hot",	      "arrow",
	"escape",      "enter",	       "return",       "shift",	      "control",
	"ctrl",	       "alt",	       "option",       "function",    "minor",
	"major",       "config",       "setting",      "settings",    "json",
	"yaml",	       "dictionary",   "dict",	       "env",	      "header",
	"column",      "field",	       "property",     "attribute",   "metadata",
	"label",       "annotation",   "tag",	       "cursor",      "page",
	"pagination",  "continuation", "resume",       "translation", "message",
	"locale",      "group",	       "join",	       "request",     "correlation",
	"trace",       "session",      "storage",      "bucket",      "file",
	"signing",     "release",      "kernel",       "module",      "trusted",
	"certificate", "cert",	       "verification", NULL
};

static const char *const key_kinds[] = { "api",	    "access",	   "license",
					 "licence", "integration", "stream",
					 "app",	    "secret",	   NULL };

/*
 * The credential's noun at b[i] on the line from b[ls] (a password's words
 * are the sentence reader's): token, secret, a key of key_kinds ("API
 * key": *ns at its first word), community after "SNMP", psk and a
 * (pre-)shared key, and any other word's key but keyless_kinds'. Its
 * end, or 0; *typed: a value people type (1: a community, a PSK), a
 * generated one (0), one that must look generated (NOUN_GENERATED_ONLY:
 * another word's key); *as: the name the layer gives
 * it when not its words (a shared key is a psk to the judge), or NULL.
 */
static size_t credential_noun(const unsigned char *b, size_t ls, size_t i, size_t le,
			      size_t *ns, int *typed, const char **as)
{
	static const char *const nouns[] = { "token", "secret", "psk", NULL };
	size_t n, k, w;
	unsigned char c = b[i] | 0x20;

	/* (called at each word credential_words() knows: most are none of
	 * these, told apart by their first letter) */
	if (c != 'k' && c != 't' && c != 's' && c != 'p' && c != 'c')
		return 0;
	*ns = i;
	*typed = 0;
	*as = NULL;
	if (c == 'k' && word_then(b, i, le, "key") && i >= ls + 7 &&
	    equal_ci(b + i - 7, "shared ", 7)) {
		*typed = 1;
		*as = "psk";
		*ns = i - 7;
		if (*ns >= ls + 4 && (equal_ci(b + *ns - 4, "pre-", 4) ||
				      equal_ci(b + *ns - 4, "pre ", 4)))
			*ns -= 4; /* pre-shared */
		return i + 3;
	}
	if (c != 'k' && c != 'c' && (n = whole_word(b, i, le, nouns))) {
		*typed = n == 3;
		/* a router's "enable secret" is the password people type
		 * to its privileged mode (Cisco IOS): judged as one */
		if (c == 's' && i >= ls + 7 && equal_ci(b + i - 7, "enable ", 7) &&
		    (i == ls + 7 || !isalnum(b[i - 8]))) {
			*typed = 1;
			*as = "enable_password";
		}
		return i + n;
	}
	if (c == 'k' && word_then(b, i, le, "key") && i > ls + 1 && b[i - 1] == ' ') {
		for (k = i - 1; k > ls && isalpha(b[k - 1]); k--)
			;
		for (w = 0; key_kinds[w]; w++)
			if (i - 1 - k == strlen(key_kinds[w]) &&
			    equal_ci(b + k, key_kinds[w], i - 1 - k)) {
				*ns = k;
				return i + 3;
			}
		/* a wireless network's key, typed by people ("the network key
		 * is X", "WLAN key: X"): a PSK to the judge */
		for (w = 0; network_kinds[w]; w++)
			if (i - 1 - k == strlen(network_kinds[w]) &&
			    equal_ci(b + k, network_kinds[w], i - 1 - k)) {
				*ns = k;
				*typed = 1;
				*as = "psk";
				return i + 3;
			}
		/* any other word's key ("the widget key is X", "cloud relay
		 * key: `X`", "new key X is in the config"): an API key's when
		 * its value looks generated, unless the word says the key is
		 * none (a table's, a cache's, a public one, a keyboard's) */
		if (i - 1 - k >= 3 && word_starts(b, ls, k) &&
		    !whole_word(b, k, i - 1, keyless_kinds)) {
			*ns = k;
			*typed = NOUN_GENERATED_ONLY;
			*as = "api_key";
			return i + 3;
		}
		return 0;
	}
	/* an SNMP community: "SNMP community X", "snmp v2c community: X" */
	if (c == 'c' && word_then(b, i, le, "community") && i - ls >= 5 &&
	    kh_contains_ci(b + (i - ls > 24 ? i - 24 : ls),
			   i - (i - ls > 24 ? i - 24 : ls), "snmp", 1)) {
		*typed = 1;
		return i + 9;
	}
	return 0;
}

/* Whether s[0..n), which a verb gives a credential's noun ("the app token
 * is X -- ask IT", "the client secret is X"), is a short token still: ten
 * to fifteen letters and digits, both cases and digits (a generator's
 * AEdgbTPsREQb6YL, a person's MarshalPilot853), no name of code. */
static int short_token(const unsigned char *s, size_t n)
{
	size_t i, k, caps;

	for (i = 0; i < n; i++)
		if (!isalnum(s[i]))
			return 0;
	if (n >= 16 || !mixed_case_digits(s, n))
		return 0;
	/* a generator's (AEdgbTPsREQb6YL), or a person's words then a
	 * number of three digits or more (MarshalPilot853; code's names
	 * end in a width: ArrayBuffer64, Uint8Array16) */
	for (i = n, caps = 0; i > 0 && isdigit(s[i - 1]); i--)
		;
	for (k = 0; k < i; k++)
		caps += !!isupper(s[k]);
	return (kh_is_unnamed_password(s, n) && !kh_is_code_words(s, n)) ||
	       (isupper(s[0]) && caps >= 2 && n - i >= 3 && !kh_has_non_letter(s, i));
}

/* Whether b[s..e) holds a word that says the value is a digest or an id
 * of the credential, not it: hash, checksum, digest, fingerprint, id. */
static int digest_said(const unsigned char *b, size_t s, size_t e)
{
	static const char *const words[] = { "hash",   "hashed",      "checksum",
					     "digest", "fingerprint", "id",
					     NULL };
	size_t k;

	for (k = s; k < e; k++)
		if (isalpha(b[k]) && (k == s || !isalnum(b[k - 1])) &&
		    strchr("hHcCdDfFiI", b[k]) && whole_word(b, k, e, words))
			return 1;
	return 0;
}

/* Whether "<digest's word> of (the) " ends at b[ns]: the id of the key,
 * the hash of the token. */
static int digest_of(const unsigned char *b, size_t ls, size_t ns)
{
	size_t k = skip_blanks_back(b, ns, ls), ws;

	if (k >= ls + 4 && equal_ci(b + k - 3, "the", 3) && b[k - 4] == ' ')
		k = skip_blanks_back(b, k - 3, ls);
	if (k < ls + 3 || !equal_ci(b + k - 2, "of", 2) || b[k - 3] != ' ')
		return 0;
	k = skip_blanks_back(b, k - 2, ls);
	for (ws = k; ws > ls && isalnum(b[ws - 1]); ws--)
		;
	return ws < k && digest_said(b, ws, k);
}

/*
 * The value the sentence gives the noun b[ns..we) on the line b[ls..le):
 * after an aside or "for|of|on|to ... is|:", a ':' or a verb, or right
 * after the noun; in marks (a code span, quotes, bold, <code>) a value
 * with letters and digits, bare one that looks generated (typed: one of
 * letters and digits, as a password's). Sets [*vs, *ve).
 */
static int noun_value(const unsigned char *b, size_t len, size_t ls, size_t le, size_t ns,
		      size_t we, int typed, size_t *vs, size_t *ve, int *shortv)
{
	size_t k = we, e, after, q;
	int told = 0, verb = 0, marked, lead;

	*shortv = 0;

	if (ns > ls && (b[ns - 1] == '-' || b[ns - 1] == '$' || b[ns - 1] == '.' ||
			b[ns - 1] == '_'))
		return 0; /* a flag, a variable, a field: not prose */
	/* a config's `token: X` is its readers'; a noun that leads its
	 * line is prose only with whose it is and a verb ("token for the
	 * weather feed is X", a notebook's Markdown cell) */
	lead = !clause_before(b, ls, ns);
	if (digest_of(b, ls, ns))
		return 0; /* "the hash of the API key is X" */
	e = skip_blanks_back(b, ns, ls);
	if (e > ls && strchr(":={[(;", b[e - 1]))
		return 0; /* code's, a config's: `{ token: "X" }`, `host : PSK "X"` */
	while (k < le && (b[k] == '*' || b[k] == '_'))
		k++;
	after = k = sentence_aside(b, k, le);
	q = k = skip_blanks(b, k, le);
	if (!(k = qualifiers_end(b, k, le, we, 0)))
		return 0;
	if (lead && (k == q || !verb_phrase(b, k, le)))
		return 0;
	if (k < le && b[k] == ':') {
		k++;
		told = 1;
	} else if ((e = verb_phrase(b, k, le))) {
		k = e;
		told = verb = 1;
	} else if (k != after + 1) {
		return 0;
	}
	k = skip_blanks(b, k, le);
	if (we < le && b[we] == ':' && k < le && (b[k] == '"' || b[k] == '\''))
		return 0; /* `token: "X"`: a config's, code's (prose: a code span) */
	marked = marked_at(b, k, le);
	if (told && k == le) {
		/* "Phase 1 pre-shared key:", the value alone below: a literal;
		 * or marked and an aside after ("`X` (rotate it yearly)") */
		if (!value_below(b, len, le, vs, ve) && !marked_below(b, len, le, vs, ve))
			return 0;
		marked = 1;
	} else if (!sentence_value(b, k, le, vs, ve)) {
		return 0;
	}
	if (digest_said(b, we, *vs))
		return 0; /* "the API key (MD5 hash) is X" */
	if (typed == NOUN_GENERATED_ONLY)
		return kh_is_generated_token(b + *vs, *ve - *vs) &&
		       plausible_credential(b + *vs, *ve - *vs, 0);
	if (typed)
		return (told || marked ? !lower_word(b + *vs, *ve - *vs)
				       : letters_and_digits(b + *vs, *ve - *vs)) &&
		       plausible_credential(b + *vs, *ve - *vs, 1);
	*shortv = !marked && verb && short_token(b + *vs, *ve - *vs);
	if (marked ? !letters_and_digits(b + *vs, *ve - *vs)
		   : !kh_is_generated_token(b + *vs, *ve - *vs) && !*shortv)
		return 0;
	return plausible_credential(b + *vs, *ve - *vs, 0);
}

/* (from: the line's first word credential_words() knows) */
int prose_noun_line(const unsigned char *b, size_t len, size_t ls, size_t from, size_t le,
		    struct kh_layer *l)
{
	size_t i, we, ns, vs, ve;
	int typed, shortv;
	const char *as;

	if (le - ls > PROSE_LINE_MAX)
		return 0;
	/* (the nouns are words credential_words() knows: key, token,
	 * secret, psk, community) */
	for (i = from; i < le; i = next_credential_word(b, i + 1, le)) {
		if (!word_starts(b, ls, i) ||
		    !(we = credential_noun(b, ls, i, le, &ns, &typed, &as)))
			continue;
		/* (a short one is a password to the judge: the generic
		 * rules take a token or a secret from sixteen; so is a
		 * secret listed after a user, "user `ami`, secret `X`",
		 * a login's) */
		if (noun_value(b, len, ls, le, ns, we, typed, &vs, &ve, &shortv) &&
		    (shortv || (!as && listed_after_user(b, ls, ns) &&
				letters_and_digits(b + vs, ve - vs))
			     ? emit_named(l, b, we, we, "secret_password", vs, ve)
		     : as ? emit_named(l, b, we, we, as, vs, ve)
			  : emit_named(l, b, ns, we, "", vs, ve)) < 0)
			return -1;
		i = we - 1;
	}
	return 0;
}

/* Whether a run of sixteen of a token's characters with a digit stands
 * within a sentence's reach after b[k] (kh_is_generated_token's least):
 * a cheap test before the grammar. */
static int token_run_after(const unsigned char *b, size_t k, size_t le)
{
	size_t e = le - k > PROSE_REACH + PROSE_VALUE_MAX
			   ? k + PROSE_REACH + PROSE_VALUE_MAX
			   : le,
	       run = 0;
	int digit = 0;

	for (; k < e; k++) {
		if (isalnum(b[k]) || b[k] == '-' || b[k] == '+' || b[k] == '/' ||
		    b[k] == '=') {
			digit |= !!isdigit(b[k]);
			if (++run >= 16 && digit)
				return 1;
		} else {
			run = 0;
			digit = 0;
		}
	}
	return 0;
}

int prose_other_key_at(const unsigned char *b, size_t len, size_t ls, size_t i, size_t le,
		       struct kh_layer *l)
{
	size_t we, ns, vs, ve;
	int typed, shortv;
	const char *as;

	/* (the other nouns, and a key of a known kind, a keyword wakes) */
	if (le - ls > PROSE_LINE_MAX || !token_run_after(b, i + 3, le) ||
	    !word_starts(b, ls, i) ||
	    !(we = credential_noun(b, ls, i, le, &ns, &typed, &as)) ||
	    typed != NOUN_GENERATED_ONLY ||
	    !noun_value(b, len, ls, le, ns, we, typed, &vs, &ve, &shortv))
		return 0;
	return emit_named(l, b, we, we, as, vs, ve) < 0 ? -1 : 1;
}

int prose_noun_named(struct kh_hit *h)
{
	const unsigned char *b = h->b;
	size_t len = h->len, last = h->last;
	size_t ws = last + 1, we, ns, ls, le, vs, ve;
	int typed, shortv;
	const char *as;

	/* (woken by the noun, or "api key", ending at b[last]) */
	while (ws > 0 && last + 1 - ws < 10 && isalpha(b[ws - 1]))
		ws--;
	return word_line(b, len, ws, &ls, &le) &&
	       (we = credential_noun(b, ls, ws, le, &ns, &typed, &as)) &&
	       noun_value(b, len, ls, le, ns, we, typed, &vs, &ve, &shortv);
}

/* ---- a password its pronoun names ---------------------------------------- */

/*
 * A ticket's or a chat's "I reset it to V but it still fails", "changed
 * it to V": the password the message is about, " it to " at b[w] after a
 * verb that sets one. No word names it, so only a value with a
 * password's own look: both cases, two digits and a mark
 * (JUNIPER^1531orchid), or a password by itself that a generator mixed
 * (four changes of case or digit: kh_class_changes); "set it to true",
 * "changed it to 0644", "reset it to factory defaults", "set it to
 * UTF-8" stay quiet. 1 when one was written into l, 0 when none, -1 when
 * l is full.
 */
int prose_reset_it_at(const unsigned char *b, size_t ls, size_t le, size_t w,
		      struct kh_layer *l)
{
	static const char *const verbs[] = { "reset",	"changed", "set",
					     "rotated", "updated", NULL };
	size_t j, vs, ve;

	for (j = w; j > ls && isalpha(b[j - 1]); j--)
		;
	if (j == w || (j > ls && !blank(b[j - 1]) && b[j - 1] != '"') ||
	    whole_word(b, j, w, verbs) != w - j ||
	    !sentence_value(b, w + 7, le, &vs, &ve) ||
	    !(cases_and_mark(b + vs, ve - vs, 2) ||
	      (kh_is_unnamed_password(b + vs, ve - vs) &&
	       kh_class_changes(b + vs, ve - vs) >= 4)) ||
	    !plausible_credential(b + vs, ve - vs, 1))
		return 0;
	return emit_named(l, b, j, j, "password", vs, ve) < 0 ? -1 : 1;
}

/* ---- a wireless network's key ------------------------------------------ */
/* (notes give a network, then its key: "Staff SSID: FH-Staff  key: X",
 * "wifi at the co-working: network `Guest`, pass X", "WPA2 key is X") */

/* Whether a word naming a wireless network starts at b[i]: wifi, wi-fi,
 * ssid, wlan, wpa (wpa2, wpa3). */
static int wifi_word(const unsigned char *b, size_t ls, size_t i, size_t le)
{
	static const char *const words[] = { "wifi", "wi-fi", "wlan", "wpa", NULL };
	size_t w, n;

	if (i > ls && isalnum(b[i - 1]))
		return 0;
	/* (called at each 's' and 'w' of a line: one word starts with 's') */
	if ((b[i] | 0x20) == 's')
		return i + 4 <= le && equal_ci(b + i, "ssid", 4);
	if ((b[i] | 0x20) != 'w')
		return 0;
	for (w = 0; words[w]; w++) {
		n = strlen(words[w]);
		if (i + n <= le && equal_ci(b + i, words[w], n))
			return 1;
	}
	return 0;
}

/* The key's word of a network at b[i..le): key, psk, pass or pw, whole;
 * its length, or 0. (password and its long forms: the sentence reader's,
 * but after a network's name and a ',': wifi_key_at) */
static size_t wifi_key_word(const unsigned char *b, size_t ls, size_t i, size_t le)
{
	static const char *const words[] = { "key",	 "psk",	   "pass",	 "pw",
					     "password", "passwd", "passphrase", NULL };

	/* (called at each byte after the network's word) */
	if (((b[i] | 0x20) != 'k' && (b[i] | 0x20) != 'p') ||
	    (!word_starts(b, ls, i) && b[i - 1] != '(' && b[i - 1] != ','))
		return 0;
	return whole_word(b, i, le, words);
}

/* The end of a word that says whose or where a network is at b[k] ("wifi
 * for the band", "Wi-Fi in the staff houses", "at the depot", "on the
 * 3rd floor"), or 0. */
static size_t where_word(const unsigned char *b, size_t k, size_t le)
{
	size_t e;

	return (e = word_then(b, k, le, "for")) || (e = word_then(b, k, le, "in")) ||
			       (e = word_then(b, k, le, "at")) ||
			       (e = word_then(b, k, le, "on"))
		       ? e
		       : 0;
}

/* Whether s[0..n) is a network's key a note gives bare, with no word
 * naming it a key (a network's name may stand there): a passphrase, a
 * password by itself, both cases with digits and a password's mark
 * (Oyster0-Prairie-Fennel, O6MRggl.%3hx8M), a letter and a digit. */
static int bare_wifi_key(const unsigned char *s, size_t n)
{
	return n >= 8 && letters_and_digits(s, n) && !lower_word(s, n) &&
	       (passphrase(s, n) || kh_is_unnamed_password(s, n) ||
		cases_and_mark(s, n, 2)) &&
	       plausible_credential(s, n, 1);
}

/*
 * The key a network's word gives after a ':' in marks, the word at b[i]
 * (wifi, wi-fi, wlan): "Staff wifi (SSID `CV-Staff`): `V`", "Guest Wi-Fi
 * for the band: `MGS-Band` / `V`". One marked value is the key only
 * where an aside names the network (else it may be the network's name);
 * a network then its key after " / " is the second. Sets [*vs, *ve).
 */
static size_t wifi_colon(const unsigned char *b, size_t i, size_t le, size_t *we,
			 size_t *aside)
{
	size_t k = i, e, words;

	if ((b[i] | 0x20) != 'w')
		return 0;
	while (k < le && (isalpha(b[k]) || b[k] == '-' || isdigit(b[k])))
		k++;
	*we = k;
	*aside = sentence_aside(b, k, le);
	k = *aside;
	if (*aside == *we && (e = where_word(b, skip_blanks(b, k, le), le)))
		for (words = 0, k = skip_blanks(b, e, le);
		     words < 6 && k < le && b[k] != ':' && b[k] != '(';
		     words++, k = skip_blanks(b, e, le))
			if ((e = plain_word(b, k, le)) == k)
				return 0;
	/* (and "Wi-Fi for the desks (SSID X):") */
	if (k < le && b[k] == '(' && b[k - 1] == ' ' && *aside == *we &&
	    (e = sentence_aside(b, k - 1, le)) != k - 1) {
		*we = k - 1;
		*aside = e;
		k = e;
	}
	return k < le && b[k] == ':' ? k : 0;
}

static size_t wifi_marked_key(const unsigned char *b, size_t i, size_t le, size_t *vs,
			      size_t *ve)
{
	size_t k, e, aside, we;

	if (!(k = wifi_colon(b, i, le, &we, &aside)) ||
	    !marked_at(b, skip_blanks(b, k + 1, le), le))
		return 0;
	if (!sentence_value(b, k + 1, le, vs, ve))
		return 0;
	e = marked_end(b, *ve, le);
	if (e + 3 < le && b[e] == ' ' && b[e + 1] == '/' && b[e + 2] == ' ' &&
	    marked_at(b, e + 3, le)) {
		if (!sentence_value(b, e + 3, le, vs, ve))
			return 0;
	} else if (aside == we || !kh_contains_ci(b + we, aside - we, "ssid", 1)) {
		return 0;
	}
	return !lower_word(b + *vs, *ve - *vs) &&
			       plausible_credential(b + *vs, *ve - *vs, 1)
		       ? we
		       : 0;
}

/* A network's key given bare after an aside that names the network
 * ("Wi-Fi for the desks (SSID WCA-POP-UP): apron-kestrel-maple-cargo"),
 * the network's word at b[i]: the line's last word, a passphrase or a
 * password by itself. Its word's end, or 0; sets [*vs, *ve). */
static size_t wifi_bare_key(const unsigned char *b, size_t i, size_t le, size_t *vs,
			    size_t *ve)
{
	size_t k, aside, we, e;
	int ssid;

	if (!(k = wifi_colon(b, i, le, &we, &aside)) ||
	    marked_at(b, skip_blanks(b, k + 1, le), le) ||
	    !sentence_value(b, k + 1, le, vs, ve))
		return 0;
	ssid = aside != we && kh_contains_ci(b + we, aside - we, "ssid", 1);
	/* "Wi-Fi in the staff houses: Staff-Housing / V": the network's name,
	 * then its key, the line's last */
	e = skip_blanks(b, *ve, le);
	if (!ssid && e == *ve + 1 && e + 2 < le && b[e] == '/' && b[e + 1] == ' ' &&
	    !lower_word(b + *vs, *ve - *vs) && sentence_value(b, e + 1, le, vs, ve) &&
	    skip_blanks(b, *ve, le) >= le - (b[le - 1] == '.'))
		return bare_wifi_key(b + *vs, *ve - *vs) ? we : 0;
	if (skip_blanks(b, *ve, le) < le - (b[le - 1] == '.'))
		return 0;
	/* (with no aside naming the SSID the value may be the network's
	 * name: "Office wifi (staff): V" only in a key's own shape) */
	if (!ssid)
		return bare_wifi_key(b + *vs, *ve - *vs) &&
				       mixed_case_digits(b + *vs, *ve - *vs)
			       ? we
			       : 0;
	return (passphrase(b + *vs, *ve - *vs) ||
		kh_is_unnamed_password(b + *vs, *ve - *vs)) &&
			       plausible_credential(b + *vs, *ve - *vs, 1)
		       ? we
		       : 0;
}

int prose_wifi_ssid_line(const unsigned char *b, size_t ls, size_t le, struct kh_layer *l)
{
	size_t i, ke, vs, ve;

	for (i = ls; i < le; i++)
		if ((b[i] | 0x20) == 'w' && wifi_word(b, ls, i, le))
			break;
	if (le - ls > PROSE_LINE_MAX || i >= le ||
	    !(ke = wifi_bare_key(b, i, le, &vs, &ve)))
		return 0;
	return emit_named(l, b, i, ke, "_password", vs, ve);
}

/* A network's key its word gives with "is" and no key's word, the word
 * at b[i] (wifi, wlan; not an SSID's: its name): "dock tablet wifi
 * (staff) is still V -- guest is on the sticker". Only a value that
 * looks generated or a password by itself, of 12 bytes or more in both
 * cases and digits (a network's name is shorter, a word, or has no
 * digit; an id, a uuid in one case). Its word's end,
 * or 0; sets [*vs, *ve). */
static size_t wifi_is_key(const unsigned char *b, size_t i, size_t le, size_t *vs,
			  size_t *ve)
{
	size_t we = plain_word(b, i, le), k, e, n;

	if ((b[i] | 0x20) != 'w' || we == i)
		return 0;
	k = skip_blanks(b, sentence_aside(b, we, le), le);
	/* "the wifi in the new office is V": a few words of where */
	if ((e = where_word(b, k, le)))
		for (n = 0, k = skip_blanks(b, e, le);
		     n < 5 && !word_then(b, k, le, "is") &&
		     (e = plain_word(b, k, le)) > k;
		     n++)
			k = skip_blanks(b, e, le);
	if (!(e = word_then(b, k, le, "is")))
		return 0;
	k = skip_blanks(b, e, le);
	if ((e = word_then(b, k, le, "still")) || (e = word_then(b, k, le, "now")))
		k = skip_blanks(b, e, le);
	if (!sentence_value(b, k, le, vs, ve) || lower_word(b + *vs, *ve - *vs))
		return 0;
	if (*ve - *vs < 12) /* (shorter: a person's word, digits and a mark) */
		return cases_and_mark(b + *vs, *ve - *vs, 2) &&
				       plausible_credential(b + *vs, *ve - *vs, 1)
			       ? we
			       : 0;
	return mixed_case_digits(b + *vs, *ve - *vs) &&
			       (kh_is_generated_token(b + *vs, *ve - *vs) ||
				kh_is_unnamed_password(b + *vs, *ve - *vs)) &&
			       plausible_credential(b + *vs, *ve - *vs, 1)
		       ? we
		       : 0;
}

/* Whether the network's word at b[i] stands in a sentence, words of prose
 * before it or of where after it ("Office wifi (staff):", "Wi-Fi in the
 * staff houses:"), not a config's `wifi:` that starts its line. */
static int in_sentence(const unsigned char *b, size_t ls, size_t i, size_t le)
{
	return words_before(b, ls, i) ||
	       where_word(b, skip_blanks(b, plain_word(b, i, le), le), le);
}

/*
 * The key a line of notes gives a network, after the network's word:
 * its key's word, then ':' or '=', a verb ("is"), or one blank and a
 * value of letters and digits ("pass vSKTZhKsW640"). Sets the word
 * [*ks, *ke) and the value [*vs, *ve); 0 when none.
 */
static int wifi_key_at(const unsigned char *b, size_t len, size_t ls, size_t le,
		       size_t *ks, size_t *ke, size_t *vs, size_t *ve)
{
	size_t i, k, e, n, ns, ne;
	int told, listed;

	for (i = ls; i < le; i++) /* (most lines: a byte's test alone) */
		if (((b[i] | 0x20) == 'w' || (b[i] | 0x20) == 's') &&
		    wifi_word(b, ls, i, le))
			break;
	if (i < le &&
	    ((k = wifi_marked_key(b, i, le, vs, ve)) ||
	     (k = wifi_is_key(b, i, le, vs, ve)) ||
	     (in_sentence(b, ls, i, le) && (k = wifi_bare_key(b, i, le, vs, ve))))) {
		*ks = i;
		*ke = k;
		return 1;
	}
	for (; i < le; i++) {
		if (!(n = wifi_key_word(b, ls, i, le)))
			continue;
		/* "SSID Crew-5G, password V": the network's name, then its key */
		listed = i >= ls + 2 && b[i - 1] == ' ' && b[i - 2] == ',';
		if (n > 4 && !listed)
			continue; /* the sentence reader's */
		k = skip_blanks(b, i + n, le);
		/* a sentence wrapped after the key's word ("re-entered the
		 * Wi-Fi key" over "X and ..."): the value bare below */
		if (k == le && in_sentence(b, ls, i, le) &&
		    wrapped_line(b, len, ls, le, &ns, &ne) &&
		    sentence_value(b, ns, ne, vs, ve) && *vs == ns &&
		    wrapped_value(b + *vs, *ve - *vs) &&
		    plausible_credential(b + *vs, *ve - *vs, 1)) {
			*ks = i;
			*ke = i + n;
			return 1;
		}
		told = k < le && (b[k] == ':' || b[k] == '=');
		if (told)
			k++;
		else if ((e = verb_phrase(b, k, le)))
			k = e, told = 1;
		else if (k != i + n + 1)
			continue;
		else
			told = listed;
		if ((told && spaced_passphrase(b, k, le, vs, ve)) ||
		    (sentence_value(b, k, le, vs, ve) &&
		     (told ? !lower_word(b + *vs, *ve - *vs)
			   : letters_and_digits(b + *vs, *ve - *vs)) &&
		     plausible_credential(b + *vs, *ve - *vs, 1))) {
			*ks = i;
			*ke = i + n;
			return 1;
		}
	}
	return 0;
}

/*
 * Whether b[ls..le) is a heading naming wireless networks alone: a few
 * words (four at most) of letters, one of them a network's (wifi, wi-fi,
 * wlan), maybe a '#' or '-' before and a ':' after ("Office wifi", "## Wi-Fi
 * networks:"), as notes head a table of networks and their keys below.
 * Wave 39.
 */
static int wifi_heading(const unsigned char *b, size_t ls, size_t le)
{
	size_t i = ls, words = 0, w;
	int wifi = 0;

	if (le > ls && b[le - 1] == '\r')
		le--;
	while (i < le && (blank(b[i]) || b[i] == '#' || b[i] == '-'))
		i++;
	while (i < le) {
		for (w = i; i < le && (isalpha(b[i]) || (i > w && b[i] == '-')); i++)
			;
		if (i == w || ++words > 4)
			return 0;
		wifi |= wifi_word(b, w, w, i);
		/* (a config's `wifi:` opens a block of settings, one word) */
		if (i < le && b[i] == ':' && i + 1 == le && words > 1)
			i++;
		while (i < le && blank(b[i]))
			i++;
	}
	return wifi;
}

/* Whether s[0..n) is names and numbers joined by '-', '_' or '.', each
 * part a word (Capitalized, lower case or SHOUTED) with its number or a
 * number alone (Floor3-AP12, VLAN20-printers, captive-portal-2024): what
 * a table of networks names a device, a band or a portal with. */
static int named_parts(const unsigned char *s, size_t n)
{
	size_t i = 0, w, parts = 0;

	while (i < n) {
		w = i;
		if (isupper(s[i])) {
			while (i < n && isupper(s[i]))
				i++;
			if (i - w == 1)
				while (i < n && islower(s[i]))
					i++;
		} else {
			while (i < n && islower(s[i]))
				i++;
		}
		while (i < n && isdigit(s[i]))
			i++;
		if (i == w || (i < n && !strchr("-_.", s[i])))
			return 0;
		parts++;
		i += i < n;
	}
	return parts >= 2;
}

/* Whether s[0..n) has a key's own look, as a row gives it bare: words
 * of both cases a number joins, no hump inside a word (Violet6Kestrelwren;
 * a product's or a name's humps and last number are not: LaserJet4200dn,
 * GuestNet2024, KioskModeV2), twelve or more with a mark among letters
 * and digits (hRgP,NYAt@}r8pn), or hex of 16 digits or more with two
 * letters and two digits (ccb9522cba06be0b). */
static int row_key_look(const unsigned char *s, size_t n)
{
	size_t i, digits = 0, hexletters = 0, marks = 0;
	int up = 0, low = 0, hex = 1, hump = 0, joins = 0;

	for (i = 0; i < n; i++) {
		up |= !!isupper(s[i]);
		low |= !!islower(s[i]);
		digits += !!isdigit(s[i]);
		marks += !isalnum(s[i]);
		hexletters += isxdigit(s[i]) && !isdigit(s[i]);
		hex &= !!isxdigit(s[i]);
		hump |= i > 0 && islower(s[i - 1]) && isupper(s[i]);
		joins |= i > 0 && isdigit(s[i]) && isalpha(s[i - 1]) && i + 1 < n &&
			 isalpha(s[i + 1]);
	}
	if (hex && !(up && low))
		return n >= 16 && digits >= 2 && hexletters >= 2;
	if (!marks)
		return up && low && joins && !hump;
	return n >= 12 && digits && (up || low) && marks * 2 < n;
}

/* Whether s[0..n) may be a network's key in a table's row: a WPA key's
 * 8 to 63 characters, a letter and a digit, no band, standard or mode
 * (5GHz, 802.11ac, WPA2-Enterprise, WEP, Personal: what a table of
 * networks also lists), no version; the password's judge decides the
 * rest (a word and a number, a channel's name). */
static int row_wifi_key(const unsigned char *s, size_t n)
{
	static const char *const words[] = { "ghz",	   "mhz",      "wpa",  "wep",
					     "enterprise", "personal", "802.", NULL };
	size_t k;

	if (n < 8 || n > 63 || !letters_and_digits(s, n) ||
	    !plausible_credential(s, n, 1))
		return 0;
	for (k = 0; words[k]; k++)
		if (kh_contains_ci(s, n, words[k], 0))
			return 0;
	if (named_parts(s, n) && !passphrase(s, n))
		return 0;
	return row_key_look(s, n);
}

/*
 * The table of networks under a heading that names them (wifi_heading):
 * its indented rows below, each a network's name, two blanks or more (or
 * a tab), its key, and maybe a note in brackets after two blanks more
 * ("  Brackenfield-Guest   V   (changes monthly)"), until a blank line or
 * one not indented. A key (row_wifi_key) is emitted as the network's
 * password, for the password's judge. Wave 39.
 */
static int wifi_table_rows(const unsigned char *b, size_t len, size_t ls, size_t le,
			   struct kh_layer *l)
{
	size_t rows, rs = le, re, ns, ne, vs, ve, k;

	if (!wifi_heading(b, ls, le))
		return 0;
	while (rs < len && b[rs] != '\n') /* (le may stand at a '\r') */
		rs++;
	rs++;
	for (rows = 0; rows < 12 && rs < len; rows++, rs = re + 1) {
		re = rs;
		while (re < len && b[re] != '\n')
			re++;
		if (re - rs > PROSE_LINE_MAX || !blank(b[rs]))
			return 0;
		for (ns = rs; ns < re && blank(b[ns]); ns++)
			;
		if (ns == re || b[ns] == '\r')
			return 0; /* a blank line ends the table */
		for (ne = ns; ne < re && !isspace(b[ne]); ne++)
			;
		for (vs = ne; vs < re && blank(b[vs]); vs++)
			;
		/* (a setting's `name:` or `name =` is a config's, not a row's) */
		if (ne - ns < 2 || !isalnum(b[ne - 1]) || vs - ne < 2 - (b[ne] == '\t') ||
		    vs >= re)
			continue;
		for (ve = vs; ve < re && !isspace(b[ve]); ve++)
			;
		for (k = ve; k < re && isspace(b[k]); k++)
			;
		/* the row ends with the key, or a note in brackets after it */
		if (k < re &&
		    (k - ve < 2 || b[k] != '(' || b[re - 1 - (b[re - 1] == '\r')] != ')'))
			continue;
		if (!row_wifi_key(b + vs, ve - vs))
			continue;
		if (emit_named(l, b, ns, ne, "_password", vs, ve) < 0)
			return -1;
	}
	return 0;
}

int prose_wifi_line(const unsigned char *b, size_t ls, size_t le, struct kh_layer *l)
{
	size_t ks, ke, vs, ve;

	if (le - ls > PROSE_LINE_MAX ||
	    !wifi_key_at(b, l->src_len, ls, le, &ks, &ke, &vs, &ve))
		return 0;
	return emit_named(l, b, ks, ke, "_password", vs, ve);
}

/* A network's key after "is" on a line no credential's word woke ("the
 * dock wifi is V": wifi_is_key), or bare after its ':' in a sentence
 * ("Office wifi (staff): V": wifi_bare_key). */
int prose_wifi_is_line(const unsigned char *b, size_t ls, size_t le, struct kh_layer *l)
{
	size_t i, ke, vs, ve;

	if (le - ls > PROSE_LINE_MAX)
		return 0;
	/* (a heading's line: its table of networks below) */
	if (wifi_heading(b, ls, le))
		return wifi_table_rows(b, l->src_len, ls, le, l);
	for (i = ls; i < le; i++)
		if ((b[i] | 0x20) == 'w' && wifi_word(b, ls, i, le) &&
		    ((ke = wifi_is_key(b, i, le, &vs, &ve)) ||
		     (in_sentence(b, ls, i, le) &&
		      (ke = wifi_bare_key(b, i, le, &vs, &ve)))))
			return emit_named(l, b, i, ke, "_password", vs, ve);
	return 0;
}

int prose_wifi_named(struct kh_hit *h)
{
	const unsigned char *b = h->b;
	size_t len = h->len, last = h->last;
	size_t ls, le, ks, ke, vs, ve, n;

	/* (woken by a network's word ending at b[last]; each starts with
	 * an 's' or a 'w', asked before the call) */
	for (n = 3; n <= 5 && (n > last + 1 ||
			       ((b[last + 1 - n] | 0x20) != 's' &&
				(b[last + 1 - n] | 0x20) != 'w') ||
			       !wifi_word(b, 0, last + 1 - n, len));
	     n++)
		;
	if (n > 5)
		return 0;
	ls = hit_line_start(h, PROSE_LINE_MAX);
	le = hit_line_end_within(h, PROSE_LINE_MAX);
	if (ls > last || le - ls > PROSE_LINE_MAX)
		return 0;
	if (le > ls && b[le - 1] == '\r')
		le--;
	return wifi_key_at(b, len, ls, le, &ks, &ke, &vs, &ve) || wifi_heading(b, ls, le);
}

/* ---- a login as `user / password` ------------------------------------- */
/* (read on a line a word of the generic rules woke: login, creds,
 * account's password; a ' / ' keyword of its own would run the rules'
 * regexes on every division in code) */

/* The token at b[k..le), in its marks or not: [*s, *e) and the end of
 * its closing mark; 0 when none. */
static size_t marked_token(const unsigned char *b, size_t k, size_t le, size_t *s,
			   size_t *e)
{
	size_t open = 0, at;

	while (k + open < le && open < 3 && wrap_mark(b[k + open]) &&
	       (!open || b[k + open] == b[k]))
		open++;
	/* a '*' no '*' closes before the blank is the password's own first
	 * character (admin / *Mh4walnut), not Markdown's emphasis */
	if (open == 1 && b[k] == '*') {
		for (at = k + 1; at < le && !blank(b[at]) && b[at] != '*'; at++)
			;
		if (at == le || b[at] != '*')
			open = 0;
	}
	*s = k + open;
	/* (a '*' inside a bare token is the password's: Z6I4*82g) */
	for (at = *s; at < le && !strchr(open ? " \t\"\\`*'<" : " \t\"\\`'<", b[at]);
	     at++)
		;
	while (!open && at > *s && strchr(",;.)", b[at - 1]))
		at--;
	*e = at;
	if (!open)
		verbatim_marks(b, s, e);
	if (*e == *s)
		return 0;
	for (k = 0; k < open; k++, at++)
		if (at >= le || b[at] != b[*s - 1])
			return 0;
	return at;
}

/* Whether the login at b[us] is led into: after a ':' ("staging admin:"),
 * a word that says login ("the admin is", "grafana login", "dial-in user"),
 * or first in its line of prose, its JSON or CSV string ("admin \/ X -
 * please rotate"), its HTML element (<p>admin / X</p>), its table's cell
 * or its aside ("the web login (admin / X)"). */
static int led_by_word(const unsigned char *b, size_t ls, size_t k,
		       const char *const *words)
{
	size_t w;
	unsigned char last;

	if (k <= ls)
		return 0;
	/* (each word asked first by its last letter, the one before k: most
	 * words before a ':' of prose end otherwise) */
	last = ascii_lower(b[k - 1]);
	for (w = 0; words[w]; w++) {
		size_t n = strlen(words[w]);

		if (n && ascii_lower((unsigned char)words[w][n - 1]) != last)
			continue;
		if (k >= ls + n && word_at(b, k - n, k, words[w]) &&
		    (k - n == ls || !isalnum(b[k - n - 1])))
			return 1;
	}
	return 0;
}

static const char *const as_word[] = { "as", NULL };
static const char *const login_nouns[] = { "account", "login", "logon", NULL };

static int login_led(const unsigned char *b, size_t ls, size_t us)
{
	static const char *const words[] = { "is",    "are",	     "login", "logins",
					     "creds", "account",     "use",   "as",
					     "user",  "credentials", NULL };
	size_t k = us;

	while (k > ls && wrap_mark(b[k - 1]) && b[k - 1] != '"')
		k--;
	if (k > ls && b[k - 1] == '"') { /* a string's start: "text": "…, ,"… */
		size_t j = skip_blanks_back(b, k - 1, ls);

		return j == ls || b[j - 1] == ':' || b[j - 1] == ',' || b[j - 1] == '[';
	}
	k = skip_blanks_back(b, k, ls);
	/* a word that says login, then a comma: "use the vendor login,
	 * trane / X" (the words below, not the line's first words) */
	if (k > ls + 1 && b[k - 1] == ',')
		return led_by_word(b, ls, skip_blanks_back(b, k - 1, ls), words);
	if (k == ls || b[k - 1] == '>' || b[k - 1] == '|' || b[k - 1] == '(')
		return 1; /* the first words of a line, an element, a table's
			   * cell, an aside: (admin / X) */
	if (k < us && b[k - 1] == ':')
		return 1;
	if (k > ls + 1 && (b[k - 1] == '-' || b[k - 1] == '*') && b[k] == ' ' &&
	    skip_blanks(b, ls, k - 1) == k - 1)
		return 1; /* a list's item */
	return led_by_word(b, ls, k, words);
}

/* Whether the login from b[s] to the password's end at b[end] is all its
 * line, its list's item, its element, its JSON string or what its label
 * gives (`    snowops / X`, <p>pistenbully / X</p>, "text":"kh-ngt / X",
 * "- alarm portal: lyric.duty / X"), maybe an aside after it: a login
 * copied into notes on its own, with nothing else it could be. */
static int login_alone(const unsigned char *b, size_t ls, size_t le, size_t s, size_t end)
{
	size_t k = skip_blanks_back(b, s, ls);

	if (!(k == ls || strchr(">\"(:", b[k - 1]) ||
	      (k > ls + 1 && (b[k - 1] == '-' || b[k - 1] == '*') && b[k] == ' ' &&
	       skip_blanks(b, ls, k - 1) == k - 1)))
		return 0;
	k = skip_blanks(b, end, le);
	return k == le || b[k] == '<' || b[k] == '"' || b[k] == '(';
}

/* Whether s[0..n) is two to four Capitalized words run together and a
 * number of one to four digits (CableBeaconJuniper1, RocketWalrus862):
 * a person's, where one word and its number is a product's (Windows10,
 * Kilobytes1024) and capitals' runs an acronym's (MariaDB10). */
static int capital_words_number(const unsigned char *s, size_t n)
{
	size_t i = 0, words = 0, d;

	while (i < n && isupper(s[i])) {
		for (d = ++i; i < n && islower(s[i]); i++)
			;
		if (i - d < 2)
			return 0;
		words++;
	}
	for (d = i; i < n && isdigit(s[i]); i++)
		;
	return i == n && words >= 2 && words <= 4 && i - d >= 1 && i - d <= 4;
}

/* Whether s[0..n) holds a word, a number of two digits or more and a
 * password's mark (Dressing1938!, Spring-Marrowgate1528!, Ferry#2291):
 * what people add to a word a policy refuses alone. */
static int word_number_mark(const unsigned char *s, size_t n)
{
	size_t i, letters = 0, digits = 0, marks = 0;

	for (i = 0; i < n; i++) {
		if (isalpha(s[i]))
			letters++;
		else if (isdigit(s[i]))
			digits++;
		else if (strchr("!#$%&*?@^~", s[i]))
			marks++;
		else if (s[i] != '-' && s[i] != '_')
			return 0;
	}
	return letters >= 4 && digits >= 2 && marks >= 1;
}

/* Whether s[0..n) may be the password of a login alone (login_alone):
 * eight or more, no code's or a path's marks, and a person's shape (a
 * passphrase, a season and its year, Capitalized words and a number, a
 * word, a number and a mark); a word and a number alone is a product's
 * or a version's (Windows10, clang-format-15, Cortex-A53). */
static int alone_password(const unsigned char *s, size_t n)
{
	size_t i;

	if (n < 8 || n > 64)
		return 0;
	for (i = 0; i < n; i++)
		if (strchr("()[]{}<>/\\`,;.", s[i]))
			return 0;
	return passphrase(s, n) || kh_is_season_year(s, n) ||
	       capital_words_number(s, n) || word_number_mark(s, n);
}

/*
 * A login written down as `user / password`, the '/' at b[i] (or the
 * JSON-escaped "\/"): "Staging admin: `admin` / `X`", "the staging admin
 * is admin / X", "grafana login admin / X", "admin \/ X - please rotate".
 * The user is one word led into (login_led), the password one word
 * after; not a path or a list (a / b / c), a ratio (1 / 2), "login /
 * logout", nor a documented default (admin / admin); the judge takes the
 * password's look. `unnamed`: no credential's word stands on the line
 * (shape_logins.c's notes), so the password must look like one by itself
 * (kh_is_unnamed_password). Sets the user [*us, *ue) and password
 * [*vs, *ve).
 */
int prose_login_at(const unsigned char *b, size_t ls, size_t le, size_t i, int unnamed,
		   size_t *us, size_t *ue, size_t *vs, size_t *ve)
{
	static const char *const labels[] = { "admin",	 "administrator",
					      "account", "logon",
					      "user",	 "autologon",
					      "login",	 NULL };
	size_t k = i, end, s, after;
	unsigned char org;

	if (k > ls && b[k - 1] == '\\')
		k--; /* JSON's \/ */
	if (k < ls + 2 || i + 2 >= le || !blank(b[k - 1]) || !blank(b[i + 1]))
		return 0;
	/* a pair's spacing: `user  /  X`, `user\t/ X` (up to three blanks
	 * a side, a table's column is no pair) */
	for (k--, after = i + 1; k > ls && blank(b[k - 1]) && i - k < 3; k--)
		;
	while (after < le && blank(b[after]) && after - i < 4)
		after++;
	if (k == ls || blank(b[k - 1]) || after == le || blank(b[after]))
		return 0;
	/* the user, back from the blank: its closing mark, the word, its
	 * opening mark */
	for (*ue = k; *ue > ls && wrap_mark(b[*ue - 1]) && b[*ue - 1] != '"'; (*ue)--)
		;
	/* Org's =admin= and ~admin~ (verbatim_marks) */
	org = *ue == k && *ue > ls && (b[*ue - 1] == '=' || b[*ue - 1] == '~')
		      ? b[--(*ue)]
		      : 0;
	for (s = *ue; s > ls && (isalnum(b[s - 1]) || strchr("._@-", b[s - 1])); s--)
		;
	*us = s;
	if (*us == *ue || *ue - *us > 32 || (*us > ls && b[*us - 1] == '/') ||
	    (org && (s == ls || b[--s] != org)))
		return 0;
	for (end = *us; end < *ue && !isupper(b[end]); end++)
		;
	/* an account's name is lower case (DC8uv / DC8uvNoLeft is none); a
	 * Wi-Fi network's, answering a message that asks for its password,
	 * need not be ("BBS-Guest / X") */
	if ((!islower(b[*us]) || end < *ue) &&
	    !(isalnum(b[*us]) && asked_above(b, ls, ASK_WIFI)))
		return 0;
	while (s > ls && wrap_mark(b[s - 1]) && b[s - 1] != '"' && s + 3 > *us)
		s--;
	end = marked_token(b, after, le, vs, ve);
	/* an administrator's account needs no lead ("qa box root / X"), but
	 * then a password of more than letters (not "admin / Users") */
	if (!login_led(b, ls, s) &&
	    !((word_at(b, *us, *ue, "root") || word_at(b, *us, *ue, "admin") ||
	       word_at(b, *us, *ue, "administrator")) &&
	      end && letters_and_digits(b + *vs, *ve - *vs)))
		return 0;
	/* a label that says login before the user (local admin: ops / X,
	 * account: ops / X) vouches for the password as a keyword does */
	if (unnamed && (s = skip_blanks_back(b, s, ls)) > ls + 1 && b[s - 1] == ':' &&
	    led_by_word(b, ls, s - 1, labels))
		unnamed = 0;
	/* so does the noun of a login right before an account's name (in
	 * marks, or more than a word: "the print-server account `lbl-print` /
	 * X"), when the password has letters and digits (not "the login page /
	 * Dashboard") */
	if (unnamed && (*ue < k || !lower_word(b + *us, *ue - *us)) && end &&
	    led_by_word(b, ls, skip_blanks_back(b, s, ls), login_nouns) &&
	    letters_and_digits(b + *vs, *ve - *vs))
		unnamed = 0;
	/* so does "as" before it: "RDP to scada01 as ops / X", "connect as
	 * ops / X" (not "such as a / b") */
	if (unnamed && s >= ls + 2 && led_by_word(b, ls, s, as_word) &&
	    !(s >= ls + 7 && equal_ci(b + s - 7, "such", 4)))
		unnamed = 0;
	/* admin / admin, ecdsa / ecdsa-sha256: a default, a list of names */
	if (!end || lower_word(b + *vs, *ve - *vs) ||
	    (*ve - *vs >= *ue - *us &&
	     equal_ci(b + *vs, (const char *)b + *us, *ue - *us)))
		return 0;
	end = skip_blanks(b, end, le);
	if (end < le && b[end] == '/')
		return 0; /* a / b / c: a list of words */
	/* (a login alone, or one a sentence ends with a passphrase: "the
	 * studio Mac is studio / web-proof-splash-newsprint.") */
	/* (or a login alone that answers a message asking for one: "anyone
	 * have the reefer portal login?" over "kh-cbx / X") */
	if (unnamed && !kh_is_unnamed_password(b + *vs, *ve - *vs) &&
	    !(login_alone(b, ls, le, s, end) && (alone_password(b + *vs, *ve - *vs) ||
						 (answered_password(b + *vs, *ve - *vs) &&
						  asked_above(b, ls, ASK_LOGIN)))) &&
	    !(passphrase(b + *vs, *ve - *vs) &&
	      (end == le || (b[end] == '.' && (end + 1 == le || b[end + 1] == ' ')))))
		return 0;
	return plausible_credential(b + *vs, *ve - *vs, 1);
}

/* The end of an account's lower-case name at b[k..le) (ops, kiosk.admin,
 * svc-scale2), k when none. */
static size_t account_end(const unsigned char *b, size_t k, size_t le)
{
	size_t e = k;

	if (k < le && islower(b[k]))
		for (; e < le && e - k <= 32 &&
		       (islower(b[e]) || isdigit(b[e]) || strchr("._@-", b[e]));
		     e++)
			;
	return e - k > 32 ? k : e;
}

/*
 * A login led into by words, not written `user / password`: "the scale's
 * web UI is admin/X" (no blanks: the password must look like one by
 * itself, a path's or a version's parts do not), "log in as kioskadmin
 * with X", "u: ops p: X". b[w] starts the lead (`is`, `as`, `u:`) on the
 * line b[ls..le); sets the user [*us, *ue) and password [*vs, *ve).
 */
int prose_login_lead(const unsigned char *b, size_t ls, size_t le, size_t w, size_t *us,
		     size_t *ue, size_t *vs, size_t *ve)
{
	static const char *const logs[] = { "in", "login", "logon", "on", NULL };
	size_t k, end;
	int strong = 0;

	if (w > ls && !blank(b[w - 1]) && b[w - 1] != '(' && b[w - 1] != '"')
		return 0;
	if (w + 3 < le && b[w] == 'u' && b[w + 1] == ':' && blank(b[w + 2])) {
		/* u: ops p: X */
		*us = skip_blanks(b, w + 2, le);
		*ue = account_end(b, *us, le);
		k = skip_blanks(b, *ue, le);
		if (*ue == *us || k == *ue || k + 3 >= le || b[k] != 'p' ||
		    b[k + 1] != ':' || !blank(b[k + 2]))
			return 0;
		k = skip_blanks(b, k + 2, le);
		strong = 1;
	} else if (w + 3 < le && (b[w] == 'i' || b[w] == 'a') && b[w + 1] == 's' &&
		   b[w + 2] == ' ') {
		*us = w + 3;
		*ue = account_end(b, *us, le);
		if (*ue == *us || *ue >= le)
			return 0;
		if (b[*ue] == '/' && *ue + 1 < le && !blank(b[*ue + 1])) {
			k = *ue + 1; /* is admin/X */
		} else if (b[w] == 'a' &&
			   led_by_word(b, ls, skip_blanks_back(b, w, ls), logs) &&
			   (word_at(b, *ue + 1, le, "with") ||
			    word_at(b, *ue + 1, le, "using")) &&
			   b[*ue] == ' ') {
			/* log in as ops with X */
			k = skip_blanks(b, *ue + 5 + (b[*ue + 1] == 'u'), le);
			strong = 1;
		} else {
			return 0;
		}
	} else {
		return 0;
	}
	if (k >= le || !(end = marked_token(b, k, le, vs, ve)))
		return 0;
	end = skip_blanks(b, end, le);
	if ((end < le && b[end] == '/') || lower_word(b + *vs, *ve - *vs) ||
	    (*ve - *vs == *ue - *us &&
	     equal_ci(b + *vs, (const char *)b + *us, *ue - *us)))
		return 0;
	/* an administrator's account vouches as a keyword would */
	strong |= word_at(b, *us, *ue, "root") || word_at(b, *us, *ue, "admin") ||
		  word_at(b, *us, *ue, "administrator");
	if (strong ? !letters_and_digits(b + *vs, *ve - *vs) &&
			     !passphrase(b + *vs, *ve - *vs)
		   : !kh_is_unnamed_password(b + *vs, *ve - *vs))
		return 0;
	return plausible_credential(b + *vs, *ve - *vs, 1);
}

/* Whether the lead at b[w] (`is `, `as `, `u:`) may open a login, by what
 * prose_login_lead() asks first: a word of its own (the line's start, a
 * blank, '(' or '"' before it), then `u:`'s blank; after `is `/`as ` an
 * account's lower-case name (account_end) then a '/' and no blank (`is
 * admin/X`), or after `as ` a blank and `with` or `using`'s first letter
 * ("log in as ops with X"). English text's "this ", "has ", "was " and
 * "is the " stop here, before their line is looked for (a memrchr, a
 * memchr and the reader's call each: 67K leads of kernel
 * Documentation/). The name ends where its line does: '\n' and '\r' are
 * no account's bytes. */
int prose_login_lead_may(const unsigned char *b, size_t len, size_t w)
{
	size_t k, e;

	if (w > 0 && b[w - 1] != ' ' && b[w - 1] != '\t' && b[w - 1] != '(' &&
	    b[w - 1] != '"' && b[w - 1] != '\n')
		return 0;
	if (b[w] == 'u')
		return w + 2 < len && (b[w + 2] == ' ' || b[w + 2] == '\t');
	if (w + 3 >= len || (unsigned char)(b[k = w + 3] - 'a') >= 26)
		return 0;
	/* (islower(), isdigit() and strchr("._@-") of the C locale, '\0'
	 * strchr()'s too, asked inline: 109K calls on kernel Documentation/) */
	for (e = k;
	     e < len && e - k <= 32 &&
	     ((unsigned char)(b[e] - 'a') < 26 || (unsigned char)(b[e] - '0') < 10 ||
	      b[e] == '.' || b[e] == '_' || b[e] == '@' || b[e] == '-' || !b[e]);
	     e++)
		;
	if (e - k > 32 || e + 1 >= len)
		return 0;
	if (b[e] == '/')
		return b[e + 1] != ' ' && b[e + 1] != '\t' && b[e + 1] != '\n';
	return b[w] == 'a' && b[e] == ' ' &&
	       ((b[e + 1] | 0x20) == 'w' || (b[e + 1] | 0x20) == 'u');
}

/* Whether s[0..n), ten or more, holds capitals, small letters and digits
 * (words joined with a number: MarbleWeirGlacier99). */
static int mixed_case_digits(const unsigned char *s, size_t n)
{
	size_t i;
	int up = 0, low = 0, digit = 0;

	for (i = 0; i < n; i++) {
		up |= !!isupper(s[i]);
		low |= !!islower(s[i]);
		digit |= !!isdigit(s[i]);
	}
	return n >= 10 && up && low && digit;
}

/* Whether s[0..n) is two or three small words joined by '_' and a number
 * of three or four digits (culvert_copper_8378): a person's password, as
 * the judge takes it under a password's name; a zero-padded count
 * (replica_kelp_007) is code's. */
static int words_underscore_number(const unsigned char *s, size_t n)
{
	size_t i = 0, words = 0, w;

	while (i < n && islower(s[i])) {
		for (w = i; i < n && islower(s[i]); i++)
			;
		if (i - w < 3 || i >= n || s[i] != '_')
			return 0;
		words++;
		i++;
	}
	for (w = i; i < n && isdigit(s[i]); i++)
		;
	return i == n && words >= 2 && words <= 3 && i - w >= 3 && i - w <= 4 &&
	       s[w] != '0';
}

/*
 * A login a sentence gives as an account and what it goes "with":
 * "Issued RADIUS account temp_eng89 with X", "created user ops.lab with
 * X, expires Friday", "the admin account is routeadmin with X". b[w] is the blank before
 * "with" on the line b[ls..le); the user is an account's lower-case name right after a
 * word that says account (account, user, username, login), the password one word after
 * "with" (or "with password") that looks like one by itself or is a passphrase. Sets the
 * user [*us, *ue) and password [*vs, *ve).
 */
int prose_login_with(const unsigned char *b, size_t ls, size_t le, size_t w, size_t *us,
		     size_t *ue, size_t *vs, size_t *ve)
{
	static const char *const accounts[] = { "account", "user", "username", "login",
						NULL };
	static const char *const uses[] = { "uses", "use", "using", NULL };
	size_t k, end, pe;

	if (w < ls + 8 || w + 6 >= le || !word_at(b, w + 1, le, "with") ||
	    !blank(b[w + 5]))
		return 0;
	for (*ue = w, *us = w; *us > ls && !blank(b[*us - 1]); (*us)--)
		;
	while (*ue > *us && wrap_mark(b[*ue - 1]))
		(*ue)--;
	while (*us < *ue && wrap_mark(b[*us]))
		(*us)++;
	if (*us == *ue || account_end(b, *us, *ue) != *ue || *us < ls + 5 ||
	    !blank(b[*us - 1]))
		return 0;
	/* "the planner's admin account is routeadmin with X" */
	pe = skip_blanks_back(b, *us, ls);
	if (pe >= ls + 3 && word_at(b, pe - 2, pe, "is") && blank(b[pe - 3]))
		pe = skip_blanks_back(b, pe - 2, ls);
	/* (or "uses admin with X": what a device's console logs in as, an
	 * administrator's account) */
	if (!led_by_word(b, ls, pe, accounts) &&
	    !(led_by_word(b, ls, pe, uses) &&
	      (word_at(b, *us, *ue, "root") || word_at(b, *us, *ue, "admin") ||
	       word_at(b, *us, *ue, "administrator"))))
		return 0;
	k = skip_blanks(b, w + 5, le);
	if (word_at(b, k, le, "password"))
		k = skip_blanks(b, k + 8, le);
	if (k >= le || !(end = marked_token(b, k, le, vs, ve)))
		return 0;
	end = skip_blanks(b, end, le);
	if ((end < le && b[end] == '/') || lower_word(b + *vs, *ve - *vs) ||
	    (*ve - *vs == *ue - *us &&
	     equal_ci(b + *vs, (const char *)b + *us, *ue - *us)) ||
	    !(kh_is_unnamed_password(b + *vs, *ve - *vs) ||
	      passphrase(b + *vs, *ve - *vs) ||
	      words_underscore_number(b + *vs, *ve - *vs) ||
	      (mixed_case_digits(b + *vs, *ve - *vs) &&
	       (end >= le || strchr(",;.)(\"<", b[end])))))
		return 0;
	return plausible_credential(b + *vs, *ve - *vs, 1);
}

/* Whether the " with " at b[w] may follow a login, by what
 * prose_login_with() asks first: the word before it an account's
 * lower-case name (account_end: at most 32 of [a-z0-9._@-], a blank
 * before it, no opening mark), a word before that ending as the ones that
 * say account or use do (account, user, username, login, uses, use,
 * using, or "is"): most " with " of English follow other words (14.7K
 * reader calls on kernel Documentation/). A '\n' ends the name, as its
 * line does. */
int prose_login_with_may(const unsigned char *b, size_t w)
{
	size_t us = w, ue = w, k;

	while (us > 0 && b[us - 1] != ' ' && b[us - 1] != '\t' && b[us - 1] != '\n')
		us--;
	if (us == 0 || b[us - 1] == '\n' || !islower(b[us]))
		return 0;
	while (ue > us && (b[ue - 1] == '`' || b[ue - 1] == '*' || b[ue - 1] == '"' ||
			   b[ue - 1] == '\''))
		ue--; /* a closing mark */
	if (ue - us > 32)
		return 0;
	for (k = us; k < ue; k++)
		if (!islower(b[k]) && !isdigit(b[k]) && !strchr("._@-", b[k]))
			return 0;
	for (k = us; k > 0 && (b[k - 1] == ' ' || b[k - 1] == '\t'); k--)
		;
	return k > 0 && strchr("trengsTRENGS", b[k - 1]) && b[k - 1];
}

/* The words of the label line b[ls..le) alone, a list's mark, a
 * heading's '#', bold and its last ':' off: [*s, *e); *colon when it
 * ended in one. 0 when it holds more than words (at most eight). */
static int label_words(const unsigned char *b, size_t ls, size_t le, size_t *s, size_t *e,
		       int *colon)
{
	size_t k, words = 0;

	*s = skip_blanks(b, ls, le);
	while (*s < le && (b[*s] == '#' || b[*s] == '*' || b[*s] == '-'))
		(*s)++;
	*s = skip_blanks(b, *s, le);
	*e = skip_blanks_back(b, le, *s);
	*colon = 0;
	while (*e > *s && (b[*e - 1] == ':' || b[*e - 1] == '*')) {
		*colon |= b[*e - 1] == ':';
		(*e)--;
	}
	*e = skip_blanks_back(b, *e, *s);
	for (k = *s; k < *e; k++) {
		if (!isalnum(b[k]) && b[k] != ' ' && b[k] != '-' && b[k] != '\'' &&
		    !(b[k] == ',' && k + 1 < *e && b[k + 1] == ' '))
			return 0;
		words += b[k] == ' ';
	}
	return *e > *s && words < 8;
}

/* Whether the short line b[ls..le) may be a label label_words() and
 * prose_label_apart() take, by its end alone: a ':' there, or a
 * password's word as its last (most lines of notes are neither; the
 * words of each were counted on every one). */
static int label_may_wake(const unsigned char *b, size_t ls, size_t le)
{
	size_t e = le, ws, n;

	while (e > ls && blank(b[e - 1]))
		e--;
	while (e > ls && (b[e - 1] == ':' || b[e - 1] == '*')) {
		if (b[e - 1] == ':')
			return 1;
		e--;
	}
	while (e > ls && blank(b[e - 1]))
		e--;
	for (ws = e; ws > ls && isalpha(b[ws - 1]); ws--)
		;
	return (n = password_word(b, ws, e)) && ws + n == e;
}

/* The one token alone on the line after the one that ends at b[le] (its
 * indent and marks off; a definition list's ": " before it): [*vs, *ve)
 * and that line's end, or 0. */
static size_t token_below(const unsigned char *b, size_t len, size_t le, size_t *vs,
			  size_t *ve)
{
	size_t ns, ne, k, end;

	if (le < len && b[le] == '\r')
		le++;
	if (le >= len)
		return 0;
	ns = le + 1;
	ne = line_end_within(b, len, ns, PROSE_LINE_MAX);
	if (ne - ns > PROSE_LINE_MAX)
		return 0;
	if (ne > ns && b[ne - 1] == '\r')
		ne--;
	k = skip_blanks(b, ns, ne);
	if (k + 1 < ne && b[k] == ':' && blank(b[k + 1]))
		k = skip_blanks(b, k + 1, ne); /* Password\n: X */
	if (k >= ne || !(end = marked_token(b, k, ne, vs, ve)) ||
	    skip_blanks(b, end, ne) != ne)
		return 0;
	return ne;
}

/* Whether s[0..n) looks like a password under a label that says so:
 * letters and digits, a passphrase, or one by itself; no word. */
static int labelled_password(const unsigned char *s, size_t n)
{
	return !lower_word(s, n) &&
	       (letters_and_digits(s, n) || passphrase(s, n) ||
		kh_is_unnamed_password(s, n)) &&
	       plausible_credential(s, n, 1);
}

/* A note's line that gives a login's user alone (`user: kioskops`,
 * `login ops-night`, `- account: lab7`) and its password alone on the next
 * line, with no word for it: an account's lower-case name, then a value
 * that looks like a password under a label that says so, not the user
 * again. 1 when one was given, -1 on no memory. */
static int user_line_apart(const unsigned char *b, size_t len, size_t ls, size_t le,
			   struct kh_layer *l)
{
	static const char *const users[] = { "user", "username", "login", "account",
					     NULL };
	size_t s = skip_blanks(b, ls, le), k, us, ue, vs, ve;

	if (s + 1 < le && (b[s] == '-' || b[s] == '*') && blank(b[s + 1]))
		s = skip_blanks(b, s + 1, le); /* a list's item */
	/* (most lines: their first letter says no) */
	if (s >= le ||
	    ((b[s] | 0x20) != 'u' && (b[s] | 0x20) != 'l' && (b[s] | 0x20) != 'a') ||
	    !(k = whole_word(b, s, le, users)))
		return 0;
	k += s;
	if (k < le && b[k] == ':')
		k++;
	if (k >= le || !blank(b[k]))
		return 0;
	us = skip_blanks(b, k, le);
	ue = account_end(b, us, le);
	if (ue == us || ue - us < 3 || skip_blanks(b, ue, le) != le ||
	    !token_below(b, len, le, &vs, &ve) || ve - vs < 8 ||
	    (ve - vs == ue - us && equal_ci(b + vs, (const char *)b + us, ue - us)) ||
	    !labelled_password(b + vs, ve - vs))
		return 0;
	return emit_named(l, b, us, us, "password", vs, ve) < 0 ? -1 : 1;
}

int prose_label_apart(const unsigned char *b, size_t len, size_t ls, size_t le,
		      struct kh_layer *l)
{
	static const char *const logins[] = { "login",	     "logon",	"creds",
					      "credentials", "account", NULL };
	static const char *const admins[] = { "admin", "administrator", NULL };
	size_t s, e, k, ws, n, vs, ve, us, ue, ne;
	int colon, r;

	if (le - ls > 96)
		return 0;
	if ((r = user_line_apart(b, len, ls, le, l)) != 0)
		return r;
	if (!label_may_wake(b, ls, le) || !label_words(b, ls, le, &s, &e, &colon))
		return 0;
	/* "Admin password" then its value alone below (a definition list's
	 * ": X" too): the label's last word a password's */
	for (ws = e; ws > s && b[ws - 1] != ' '; ws--)
		;
	if ((n = password_word(b, ws, e)) && ws + n == e) {
		if (!token_below(b, len, le, &vs, &ve) ||
		    !labelled_password(b + vs, ve - vs))
			return 0;
		return emit_named(l, b, ws, e, word_suffix(b, ws, e), vs, ve) < 0 ? -1
										  : 1;
	}
	/* "Shared tablet login for the crews:" then the user and the
	 * password alone on the two lines below */
	if (!colon)
		return 0;
	for (k = s; k < e; k = skip_blanks(b, k, e)) {
		if (led_by_word(b, s, plain_word(b, k, e), logins))
			break;
		if (plain_word(b, k, e) == k)
			return 0;
		k = plain_word(b, k, e);
		if (k < e && b[k] == ',')
			k++; /* "laptops for the crews, local admin:" */
	}
	/* (or an administrator's, its last word: "local admin:") */
	if (k >= e && whole_word(b, ws, e, admins) == e - ws)
		k = ws;
	if (k >= e || !(ne = token_below(b, len, le, &us, &ue)) ||
	    account_end(b, us, ue) != ue || !token_below(b, len, ne, &vs, &ve) ||
	    (ve - vs == ue - us && equal_ci(b + vs, (const char *)b + us, ue - us)) ||
	    !labelled_password(b + vs, ve - vs))
		return 0;
	return emit_named(l, b, us, us, "password", vs, ve) < 0 ? -1 : 1;
}

/* Whether the short line b[ls..le) may be a label prose_label_apart()
 * reads, by what it asks first: user_line_apart()'s first letter (user,
 * login, account; after a list's mark), or label_may_wake()'s end, a ':'
 * or a last word that starts as a password's does ('p'). A reST
 * heading over its underline is neither (72K calls of the reader on
 * kernel Documentation/). */
int prose_label_apart_may(const unsigned char *b, size_t ls, size_t le)
{
	size_t s = skip_blanks(b, ls, le), e = le, ws;

	if (s + 1 < le && (b[s] == '-' || b[s] == '*') &&
	    (b[s + 1] == ' ' || b[s + 1] == '\t'))
		s = skip_blanks(b, s + 1, le);
	if (s < le &&
	    ((b[s] | 0x20) == 'u' || (b[s] | 0x20) == 'l' || (b[s] | 0x20) == 'a'))
		return 1;
	e = skip_blanks_back(b, e, ls);
	for (; e > ls && (b[e - 1] == ':' || b[e - 1] == '*'); e--)
		if (b[e - 1] == ':')
			return 1;
	e = skip_blanks_back(b, e, ls);
	for (ws = e; ws > ls && ascii_letter(b[ws - 1]); ws--)
		;
	return ws < e && (b[ws] | 0x20) == 'p';
}

/*
 * A chat export's message that opens with a login and nothing to say
 * what it is: Skype's `[12/03/2026 09:14:02] Anna Berg: scaleops X , try
 * it`, IRC's `[09:14] <anna> scaleops X`. The speaker's name is not the
 * user; the user is the message's first word, the password the second,
 * then the message ends or a comma does; the password must look like one
 * by itself. Sets the user [*us, *ue) and password [*vs, *ve).
 */
/* Where a chat log's message on the line b[ls..le) starts, after its time
 * and its speaker (Skype's "[12/03/2026 09:14:02] Name: ", IRC's "[09:14]
 * <nick> "), or 0. */
static size_t chat_body(const unsigned char *b, size_t ls, size_t le)
{
	const unsigned char *p;
	size_t m;

	if (le - ls < 8 || b[ls] != '[' || !(p = memchr(b + ls, ']', le - ls)) ||
	    (size_t)(p - b) - ls > 24 || !isdigit(b[ls + 1]))
		return 0;
	m = skip_blanks(b, (size_t)(p - b) + 1, le);
	if (m < le && b[m] == '<') { /* IRC: <nick> */
		if (!(p = memchr(b + m, '>', le - m)) || (size_t)(p - b) - m > 32)
			return 0;
		return (size_t)(p - b) + 1;
	}
	/* Skype: Name (Team): */
	if (!(p = memchr(b + m, ':', le - m)) || (size_t)(p - b) - m > 48 ||
	    (size_t)(p - b) + 1 >= le || b[p - b + 1] != ' ')
		return 0;
	return (size_t)(p - b) + 1;
}

/* Whether s[0..n) is hex a key is written in: 32, 48 or 64 digits with
 * letters and digits (not a commit's 40, nor a short one's). */
static int hex_key(const unsigned char *s, size_t n)
{
	size_t i;

	if (n != 32 && n != 48 && n != 64)
		return 0;
	for (i = 0; i < n; i++)
		if (!isxdigit(s[i]))
			return 0;
	return letters_and_digits(s, n);
}

/* Whether the words b[s..e) say the token they are about is a credential
 * (a credential's noun; rotate, revoke, regenerate it; leaked; don't
 * share) and not a digest, a commit or an id (hash, md5, sha, commit,
 * build, checksum, id, uuid). */
static int says_credential_as(const unsigned char *b, size_t s, size_t e, int login)
{
	static const char *const yes[] = {
		"key",	  "token",	"secret",     "password",    "pw",
		"creds",  "credential", "apikey",     "rotate",	     "rotated",
		"revoke", "revoked",	"regenerate", "leaked",	     "leak",
		"share",  "sharing",	"paste",      "credentials", NULL
	};
	static const char *const logins[] = { "login", "logon", "logins", "account",
					      NULL };
	static const char *const no[] = { "hash",     "md5",	  "sha",     "sha1",
					  "sha256",   "commit",	  "commits", "build",
					  "checksum", "digest",	  "id",	     "uuid",
					  "request",  "trace",	  "sum",     "merged",
					  "revert",   "reverted", "pr",	     NULL };
	size_t k;
	int said = 0;

	for (k = s; k < e; k++) {
		if (!isalpha(b[k]) || (k > s && isalnum(b[k - 1])))
			continue;
		if (whole_word(b, k, e, no))
			return 0;
		said |= whole_word(b, k, e, yes) > 0 ||
			(login && whole_word(b, k, e, logins));
	}
	return said;
}

static int says_credential(const unsigned char *b, size_t s, size_t e)
{
	return says_credential_as(b, s, e, 0);
}

/* Whether the line b[ps..pe) holds two words of prose, a blank between and
 * a blank after ("anyone have …", not a JSON export's `"user": "U03…",`
 * nor HTML's `<div class="…">`): a message's text, not its frame. */
static int prose_words(const unsigned char *b, size_t ps, size_t pe)
{
	size_t k, w;

	for (k = ps; k < pe; k++) {
		if (!isalpha(b[k]) || (k > ps && !blank(b[k - 1])))
			continue;
		for (w = k; w < pe && isalpha(b[w]); w++)
			;
		if (w + 1 >= pe || b[w] != ' ' || !isalpha(b[w + 1]))
			continue;
		for (w++; w < pe && isalpha(b[w]); w++)
			;
		if (w < pe && b[w] == ' ')
			return 1;
	}
	return 0;
}

/* Whether the line b[ps..ls - 1) asks for or announces a credential by its
 * noun (credential_asked_above); login: a login's noun too. */
static int line_asks(const unsigned char *b, size_t ps, size_t ls, int login)
{
	static const char *const nouns[] = { "key",   "token", "secret", "password",
					     "pw",    "pwd",   "passwd", "passphrase",
					     "creds", "login", "logon",	 "credentials",
					     NULL };
	size_t k, n, e;

	for (k = ps; k + 4 < ls; k++) {
		if (!isalpha(b[k]) || (k > ps && isalnum(b[k - 1])) ||
		    !(n = whole_word(b, k, ls - 1, nouns)) ||
		    (!login && (b[k] | 0x20) == 'l') ||
		    (!login && word_at(b, k, ls - 1, "credentials")))
			continue;
		for (e = k + n; e < ls - 1 && b[e] != '"'; e++)
			/* (the question's own words: "…password? the
			 * build is stuck" asks for a password) */
			if (b[e] == '?' ||
			    (b[e] == ':' &&
			     (e + 1 == ls - 1 || b[e + 1] == '"' || b[e + 1] == '\r')))
				return says_credential_as(b, ps, e, login);
	}
	return 0;
}

#define ASKED_LINES 8 /* lines read up for the message above (a pretty JSON's) */

/* Whether the line b[ps..ls - 1) names a Wi-Fi network (wifi, wi-fi,
 * wlan, ssid). */
static int names_wifi(const unsigned char *b, size_t ps, size_t ls)
{
	static const char *const wifi[] = { "wifi", "wi-fi", "wlan", "ssid", NULL };
	size_t k;

	for (k = ps; k + 4 < ls; k++)
		if (isalpha(b[k]) && (k == ps || !isalnum(b[k - 1])) &&
		    whole_word(b, k, ls - 1, wifi))
			return 1;
	return 0;
}

/* Whether the message above the line at b[ls] asks for or announces a
 * credential by its noun ("and the weather feed key?", "the token for
 * the map tiles?", "here's the new token:"): the noun, then a '?' later,
 * or a ':' that ends the message. The message is the line above, or,
 * above lines with no words of prose (a pretty-printed export's members,
 * an HTML export's sender), the first line up that has some. ask
 * ASK_LOGIN: a login's noun asks too ("anyone have the reefer portal
 * login?"); ASK_WIFI: the message names a Wi-Fi network too ("can
 * someone send me the wifi password for the guest network?"). */
static int asked_above(const unsigned char *b, size_t ls, int ask)
{
	size_t ps, n;

	for (n = 0; n < ASKED_LINES && ls >= 2; n++, ls = ps) {
		ps = line_start_within(b, ls - 1, PROSE_LINE_MAX);
		if (ps >= ls)
			return 0;
		if (line_asks(b, ps, ls, ask == ASK_LOGIN))
			return ask != ASK_WIFI || names_wifi(b, ps, ls);
		if (prose_words(b, ps, ls - 1))
			return 0;
	}
	return 0;
}

static int credential_asked_above(const unsigned char *b, size_t ls)
{
	return asked_above(b, ls, ASK_CREDENTIAL);
}

/*
 * A message from b[m] to le that ends in a code span after a ": " ("prod
 * not sandbox, careful: `X`") under a message that asks for a credential
 * by its noun ("anyone have the UPS sandbox pw?"): the answer, a
 * password by its look (a generator's mix, or both cases, a digit and a
 * mark). Sets [*vs, *ve); 2 (a password), or 0.
 */
static int marked_answer(const unsigned char *b, size_t ls, size_t m, size_t le,
			 size_t *vs, size_t *ve)
{
	size_t c;

	if (le - m < 12 || b[le - 1] != '`' || b[le - 2] == '`' ||
	    (c = kh_find_pair(b, m, le, ':', ' ', 1)) >= le)
		return 0;
	c = skip_blanks(b, c + 1, le);
	if (b[c] != '`' || !sentence_value(b, c, le, vs, ve) || *ve + 1 != le)
		return 0;
	/* (a generator's may hold a ',' or a '.': AFiMv,5%TzF.2B7…) */
	return (kh_is_unnamed_password(b + *vs, *ve - *vs) ||
		kh_is_generated_token(b + *vs, *ve - *vs) ||
		(*ve - *vs >= 10 && mixed_case_digits(b + *vs, *ve - *vs) &&
		 kh_class_changes(b + *vs, *ve - *vs) >= 4 &&
		 !memchr(b + *vs, '/', *ve - *vs))) &&
			       plausible_credential(b + *vs, *ve - *vs, 1) &&
			       credential_asked_above(b, ls)
		       ? 2
		       : 0;
}

/* Whether s[0..n) is words of three letters or more joined by '-', '.'
 * or '_', then digits (offer-velvet-11, Harbor.lantern.4): a passphrase a
 * person chose; one word (build-1234) or a version (release-v2-11) is
 * none. */
static int words_then_number(const unsigned char *s, size_t n)
{
	size_t i = 0, w, words = 0;

	for (;;) {
		for (w = i; i < n && isalpha(s[i]); i++)
			;
		if (i - w < 3 || i >= n || !strchr("-._", s[i]))
			return 0;
		words++;
		if (++i < n && isdigit(s[i]))
			break;
	}
	while (i < n && isdigit(s[i]))
		i++;
	return words >= 2 && i == n;
}

/* Whether s[0..n) is a password a person typed as an answer: one that
 * needs no name (kh_is_unnamed_password), small letters and digits
 * mixed three times at least (riv3r171; not ticket4471, build-1234), or
 * words then a number (offer-velvet-11). */
static int answered_password(const unsigned char *s, size_t n)
{
	size_t i;
	int lower = 0, digit = 0;

	if (kh_is_unnamed_password(s, n) || words_then_number(s, n))
		return 1;
	if (n < 8)
		return 0;
	for (i = 0; i < n; i++) {
		if (!isalnum(s[i]))
			return 0;
		lower |= !!islower(s[i]);
		digit |= !!isdigit(s[i]);
	}
	return lower && digit && kh_class_changes(s, n) >= 3;
}

/*
 * A chat's message from b[m] to le that answers the message above it,
 * which asks for a credential ("anyone have the nexus deploy
 * password?"): "it's X", "it is X", or X alone, then the message ends or
 * a clause does (" — rotate it after", " (prod)"). The answer must look
 * like a password by itself. Sets [*vs, *ve).
 */
static int password_answer(const unsigned char *b, size_t ls, size_t m, size_t le,
			   size_t *vs, size_t *ve)
{
	static const char *const leads[] = { "it's ", "it is ", "its ",
					     "it\xe2\x80\x99s ", NULL };
	size_t s = skip_blanks(b, m, le), e, k, n;
	int i, lead = 0;

	for (i = 0; leads[i] && !lead; i++) {
		n = strlen(leads[i]);
		if (le - s > n && !strncasecmp((const char *)b + s, leads[i], n))
			s += n, lead = 1;
	}
	for (e = s; e < le && b[e] != ' ' && b[e] != '\t' && b[e] != '"' && b[e] != '`';
	     e++)
		;
	k = skip_blanks(b, e, le);
	/* the message ends, or a clause does: " — ", " - ", " (" */
	if (k < le && !(k > e && (b[k] == '(' || b[k] == '-' ||
				  (b[k] == 0xe2 && k + 2 < le && b[k + 1] == 0x80))))
		return 0;
	if (!lead && k < le)
		return 0; /* a bare answer is the whole message */
	*vs = s;
	*ve = e;
	return (lead ? answered_password(b + s, e - s)
		     : kh_is_unnamed_password(b + s, e - s)) &&
	       plausible_credential(b + s, e - s, 1) && credential_asked_above(b, ls);
}

/*
 * A chat's message from b[m] to le (a chat log's line, a JSON export's
 * message string) that opens with a bare token its words say is a
 * credential: "ab6125…8f2b — rotate it after the audit", "<token>, please
 * revoke", or the token alone under a message that asks for one ("and
 * the weather feed key?"). The token looks generated or is a key's hex
 * (32, 48 or 64 digits); a digest, a commit, an id stay quiet
 * (says_credential). Shorter ones are an answer to a question for a
 * credential (marked_answer, password_answer): 2, a password. ls: the
 * line's start. Sets [*vs, *ve).
 */
int prose_token_message(const unsigned char *b, size_t ls, size_t m, size_t le,
			size_t *vs, size_t *ve)
{
	size_t k;

	size_t c;

	*vs = skip_blanks(b, m, le);
	/* "here's the key: X", "new token for the feed: X": a lead-in of a
	 * few words that name it, then the token */
	if (*vs < le && isalpha(b[*vs]) &&
	    (c = kh_find_pair(b, *vs, le, ':', ' ', 1)) < le && c - *vs <= 48 &&
	    !memchr(b + *vs, '"', c - *vs) && says_credential(b, *vs, c) && c + 2 < le &&
	    isalnum(b[c + 2]))
		*vs = c + 2;
	for (*ve = *vs; *ve < le && (isalnum(b[*ve]) || strchr("-_.+/=", b[*ve]));
	     (*ve)++)
		;
	if (*ve - *vs < 20 || *ve - *vs > PROSE_VALUE_MAX)
		return marked_answer(b, ls, m, le, vs, ve) ||
				       password_answer(b, ls, m, le, vs, ve)
			       ? 2
			       : 0; /* (most: out at once) */
	while (*ve > *vs && b[*ve - 1] == '.')
		(*ve)--;
	if (!kh_is_generated_token(b + *vs, *ve - *vs) && !hex_key(b + *vs, *ve - *vs))
		return 0;
	k = skip_blanks(b, *ve, le);
	while (k < le && b[k] == '.')
		k++;
	if (k >= le || (b[k] == '"' && k == skip_blanks(b, *ve, le))) /* alone */
		return (*vs > m + 2 || credential_asked_above(b, ls)) &&
		       plausible_credential(b + *vs, *ve - *vs, 0);
	/* a clause after it: " — ", " - ", ", ", " (" */
	if (!(b[k] == ',' || b[k] == '(' || b[k] == '-' ||
	      (b[k] == 0xe2 && k + 2 < le && b[k + 1] == 0x80)))
		return 0;
	return says_credential(b, k, le) && plausible_credential(b + *vs, *ve - *vs, 0);
}

int prose_chat_opening(const unsigned char *b, size_t ls, size_t le, size_t *us,
		       size_t *ue, size_t *vs, size_t *ve)
{
	size_t m = chat_body(b, ls, le);

	return m && prose_login_opening(b, m, le, us, ue, vs, ve);
}

/* The operators' accounts that may stand alone before a password in two
 * columns ("operator  X"): prose_login_opening's, and shape_logins.c's
 * gate before it asks the same words. */
const char *const kh_operator_accounts[] = { "root",	 "admin",    "administrator",
					     "operator", "engineer", "service",
					     "support",	 "maint",    "sa",
					     "pi",	 "ubnt",     NULL };

/* Where the column after a site's URL starts, the URL at b[s] (http or
 * https, a host) and two blanks or a tab after it; 0 when none. */
size_t url_column(const unsigned char *b, size_t s, size_t le)
{
	size_t e, h = s + 7 + (s + 4 < le && b[s + 4] == 's');

	if (h + 4 > le || memcmp(b + s, "http", 4) || memcmp(b + h - 3, "://", 3) ||
	    !isalnum(b[h]))
		return 0;
	for (e = h; e < le && !blank(b[e]); e++)
		;
	if (e + 2 >= le || !(b[e] == '\t' || blank(b[e + 1])))
		return 0;
	return skip_blanks(b, e, le);
}

/* Whether s[0..n) is a generator's password with no digit: 16 or more of
 * both cases, two marks or more besides a name's `-_.` and its classes
 * changing three times (CovDjLGAG=Gq)sEZvZEABPMk); a name of code has
 * no such marks (ThisIsCamelCase, some_function_name), a path or markup
 * has '/', '\\' or '<'. */
static int generated_marks(const unsigned char *s, size_t n)
{
	size_t i, marks = 0;
	int up = 0, low = 0;

	if (n < 16 || n > 64)
		return 0;
	for (i = 0; i < n; i++) {
		up |= !!isupper(s[i]);
		low |= !!islower(s[i]);
		if (!isalnum(s[i]) && !strchr("-_.", s[i])) {
			if (!isgraph(s[i]) || strchr("/\\<>`'\"", s[i]))
				return 0;
			marks++;
		}
	}
	return up && low && marks >= 2 && kh_class_changes(s, n) >= 3;
}

/* A message from b[m] to le (a line's end, or its JSON string's closing
 * quote) that opens with a login alone: `labelsrv-02 X , reboot it`. The
 * user is an account's name with more than letters (labelsrv-02,
 * ups.web), not a word of a chat ("thanks X"); the password looks like
 * one by itself or mixes both cases, two digits and a mark; then the
 * message ends, or a comma does. */
int prose_login_opening(const unsigned char *b, size_t m, size_t le, size_t *us,
			size_t *ue, size_t *vs, size_t *ve)
{
	size_t k;
	int site;

	*us = skip_blanks(b, m, le);
	/* a saved login's row, its site first: "https://admin.cams.example
	 * daniel.r  X" (columns of two blanks or a tab) */
	if ((site = (k = url_column(b, *us, le)) > 0))
		*us = k;
	*ue = account_end(b, *us, le);
	*vs = skip_blanks(b, *ue, le);
	/* (an operator's account of letters alone where two blanks or a tab
	 * part the pair, as a login is copied from a table: "operator  X") */
	if (*ue == *us || *ue >= le || !blank(b[*ue]) ||
	    !(site ? *vs - *ue >= 2 || b[*ue] == '\t'
	      : kh_has_non_letter(b + *us, *ue - *us)
		      ? b[*ue] == ' ' && *vs == *ue + 1
		      : (*vs - *ue >= 2 || b[*ue] == '\t') &&
				led_by_word(b, *us, *ue, kh_operator_accounts)))
		return 0;
	for (*ve = *vs; *ve < le && !blank(b[*ve]) && b[*ve] != '"'; (*ve)++)
		;
	if (*ve > *vs && b[*ve - 1] == ',')
		(*ve)--;
	k = skip_blanks(b, *ve, le);
	if (k < le && b[k] != ',' && b[k] != '"')
		return 0; /* more words: a sentence */
	/* (or ten or more mixing both cases, two digits and a password's mark
	 * twice: Ooaym@809Xqn#, not a status's Up@99.9%) */
	return *ve > *vs &&
	       (kh_is_unnamed_password(b + *vs, *ve - *vs) ||
		(*ve - *vs >= 10 && cases_and_mark(b + *vs, *ve - *vs, 2) &&
		 kh_class_changes(b + *vs, *ve - *vs) >= 2) ||
		generated_marks(b + *vs, *ve - *vs)) &&
	       plausible_credential(b + *vs, *ve - *vs, 1);
}

/* Whether the first word b[ws..we) of a line that ends at b[le] may open
 * a login in two columns, by what prose_login_opening() asks of it where
 * a tab or two blanks follow it: an operator's account of letters alone
 * (a name with more than letters needs one blank after it, which the
 * caller's test refused), or a site's URL the login's columns follow.
 * 41K calls of the reader on kernel Documentation/. */
int prose_login_opening_may(const unsigned char *b, size_t ws, size_t we, size_t le)
{
	return we > ws && islower(b[ws]) &&
	       (word_among(b, ws, we, kh_operator_accounts) ||
		(b[ws] == 'h' && url_column(b, ws, le)));
}

int prose_chat_token(const unsigned char *b, size_t ls, size_t le, size_t *vs, size_t *ve)
{
	size_t m = chat_body(b, ls, le);

	return m ? prose_token_message(b, ls, m, le, vs, ve) : 0;
}

int prose_login_labelled(const unsigned char *b, size_t m, size_t le, size_t *us,
			 size_t *ue, size_t *vs, size_t *ve)
{
	static const char *const labels[] = { "login", "logon",	      "autologon",
					      "creds", "credentials", "account",
					      "nas",   "kiosk",	      NULL };
	const unsigned char *p;
	size_t k = m, c;

	while (k < le && (p = memchr(b + k, ':', le - k))) {
		c = (size_t)(p - b);
		k = c + 1;
		if (k >= le || b[k] != ' ' || !led_by_word(b, m, c, labels))
			continue;
		*us = skip_blanks(b, k, le);
		*ue = account_end(b, *us, le);
		*vs = skip_blanks(b, *ue, le);
		if (*ue == *us || *vs >= le || !blank(b[*ue]))
			continue;
		for (*ve = *vs; *ve < le && !blank(b[*ve]) && b[*ve] != '"'; (*ve)++)
			;
		if (*ve > *vs && b[*ve - 1] == ',')
			(*ve)--;
		c = skip_blanks(b, *ve, le);
		/* (the sentence's last '.', '?', ':' or ')' is not the
		 * password's, as sentence_value() reads one) */
		while (*ve > *vs && (c >= le || b[c] == '"') &&
		       strchr(".:?)", b[*ve - 1]))
			(*ve)--;
		if ((c < le && b[c] != ',' && b[c] != '"' && b[c] != '(') ||
		    (*ve - *vs == *ue - *us &&
		     equal_ci(b + *vs, (const char *)b + *us, *ue - *us)))
			continue; /* more words: a sentence; the user again */
		/* (the label vouches as a keyword would: a person's words
		 * with a number, ten or more, pass too) */
		if ((kh_is_unnamed_password(b + *vs, *ve - *vs) ||
		     mixed_case_digits(b + *vs, *ve - *vs)) &&
		    plausible_credential(b + *vs, *ve - *vs, 1))
			return 1;
	}
	return 0;
}

/* Whether a ": " of the line from b[colon] (its first) to ce may follow a
 * label prose_login_labelled() takes (login, logon, autologon, creds,
 * credentials, account, nas, kiosk), by its last three letters: most
 * ": " of notes follow other words ("Example: ", "Default: "; 49K calls
 * of the reader on kernel Documentation/). ls is the line's start. */
int prose_login_labelled_may(const unsigned char *b, size_t ls, size_t colon, size_t ce)
{
	static const char ends[][4] = { "gin", "gon", "eds", "als", "unt", "nas", "osk" };
	size_t c, w;

	for (c = colon; c + 1 < ce; c = kh_find_pair(b, c + 1, ce, ':', ' ', 1)) {
		if (c < ls + 3)
			continue;
		for (w = 0; w < sizeof(ends) / sizeof(ends[0]); w++)
			if ((b[c - 1] | 0x20) == ends[w][2] &&
			    (b[c - 2] | 0x20) == ends[w][1] &&
			    (b[c - 3] | 0x20) == ends[w][0])
				return 1;
	}
	return 0;
}

int prose_login_pair(const unsigned char *b, size_t ls, size_t le, size_t i,
		     struct kh_layer *l)
{
	size_t us, ue, vs, ve;

	if (le - ls > PROSE_LINE_MAX ||
	    !prose_login_at(b, ls, le, i, 0, &us, &ue, &vs, &ve))
		return 0;
	/* named password, not by the user (server_password would be a
	 * provider's name) */
	return emit_named(l, b, us, us, "password", vs, ve);
}

int prose_login_named(struct kh_hit *h)
{
	const unsigned char *b = h->b;
	size_t last = h->last;
	/* the login after the word that woke the line (login, creds), or
	 * the one that woke it (`admin / `: the '/' before b[last]) */
	size_t i, ls, le, us, ue, vs, ve, from = last - (last > 0);

	le = hit_line_end_within(h, PROSE_LINE_MAX);
	if (le - last > PROSE_LINE_MAX || !memchr(b + from, '/', le - from))
		return 0; /* most lines: no login after the word */
	ls = hit_line_start(h, PROSE_LINE_MAX);
	if (ls > from || le - ls > PROSE_LINE_MAX)
		return 0;
	if (le > ls && b[le - 1] == '\r')
		le--;
	for (i = from; i < le; i++) {
		const unsigned char *p = memchr(b + i, '/', le - i);

		if (!p)
			return 0;
		i = (size_t)(p - b);
		if (prose_login_at(b, ls, le, i, 0, &us, &ue, &vs, &ve))
			return 1;
	}
	return 0;
}
