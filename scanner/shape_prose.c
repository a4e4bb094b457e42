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

#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "validate.h"

/* How far after its word a sentence gives the value ("the password for
 * the staging box in Frankfurt is ..."), and how long a value may be. */
#define PROSE_REACH	96
#define PROSE_VALUE_MAX 64
#define PROSE_LINE_MAX	4096

/* Marks prose wraps a value in: Markdown's code and bold, quotes. */
static int wrap_mark(unsigned char c)
{
	return c == '`' || c == '*' || c == '"' || c == '\'';
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

/* Drops Org's =X= and ~X~ and AsciiDoc's +X+ from a bare value [*s, *e). */
static void verbatim_marks(const unsigned char *b, size_t *s, size_t *e)
{
	if (*e > *s + 2 && b[*e - 1] == b[*s] && b[*s] && strchr("=~+", b[*s])) {
		(*s)++;
		(*e)--;
	}
}

/*
 * The value a sentence gives at b[k] (blanks skipped): one word, maybe in
 * a mark (`X`, ``X``, **X**, "X", 'X'), to a blank, the end of a JSON or
 * CSV string, or a clause's ',' or ';'; a sentence's last '.', ':', '?'
 * or ')' is not the value's. Sets [*vs, *ve); 0 when there is none.
 */
static int sentence_value(const unsigned char *b, size_t k, size_t le, size_t *vs,
			  size_t *ve)
{
	size_t open = 0, e;

	k = skip_blanks(b, k, le);
	while (k + open < le && open < 3 && wrap_mark(b[k + open]) &&
	       (!open || b[k + open] == b[k]))
		open++;
	k += open;
	for (e = k; e < le && e - k <= PROSE_VALUE_MAX && b[e] != ' ' && b[e] != '\t' &&
		    b[e] != '\\' && b[e] != '"' && b[e] != '<' && b[e] != '|';
	     e++) {
		if (open && b[e] == b[k - 1])
			break;
		if ((b[e] == ',' || b[e] == ';') &&
		    (e + 1 == le || b[e + 1] == ' ' || b[e + 1] == '"'))
			break;
	}
	if (open) { /* the mark closes it, as it opened */
		if (e >= le || b[e] != b[k - 1])
			return 0;
		if (b[e] == '`')
			asciidoc_literal(b, &k, &e);
	} else {
		while (e > k && strchr(".:?)", b[e - 1]))
			e--;
		verbatim_marks(b, &k, &e);
	}
	if (e == k || e - k > PROSE_VALUE_MAX || b[k] == '/' ||
	    kh_memmem(b + k, e - k, "://", 3))
		return 0; /* a path, a URL */
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
	e = plain_word(b, k, le);
	if (e > k + 2 &&
	    ((b[e - 2] | 0x20) == 'e' && (b[e - 1] | 0x20) == 'd'
		     ? 1
		     : word_then(b, k, le, "set") || word_then(b, k, le, "reset")) &&
	    word_then(b, skip_blanks(b, e, le), le, "to")) {
		k = skip_blanks(b, e, le) + 2;
		said++;
	}
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
	size_t k = we, e, words;
	int told = 0, full = we - ws >= 6 || (we - ws == 3 && equal_ci(b + ws, "pwd", 3)),
	    led = words_before(b, ls, ws), set = full && set_verb_before(b, ls, ws);

	if (ws > ls && (b[ws - 1] == '-' || b[ws - 1] == '$' || b[ws - 1] == '.'))
		return 0; /* a flag, a variable, a field: not prose */
	while (k < le && (b[k] == '*' || b[k] == '_'))
		k++; /* **Password**: */
	e = skip_blanks(b, k, le);
	if (we - ws == 4 && (e == le || b[e] != ':'))
		return 0; /* a pass of the parser: "pass" takes a ':' */
	if ((e = dot_leader(b, k, le))) {
		k = e; /* a leader of dots: no config's */
		told = led = 1;
	} else if (e < le && b[e] == ':') {
		k = e + 1; /* "login: ops password: X" (not `=`: code's, a config's) */
		told = 1;
	} else {
		k = skip_blanks(b, k, le);
		/* "for the vendor portal", "of the wiki's account", then is or :
		 * ("pw" takes a verb or a ':') */
		if (set && word_then(b, k, le, "to")) {
			/* "set the Jenkins password to X": below */
		} else if (full && ((e = word_then(b, k, le, "for")) ||
				    (e = word_then(b, k, le, "of")) ||
				    (e = word_then(b, k, le, "to")) ||
				    (e = word_then(b, k, le, "on")))) {
			for (words = 0, k = skip_blanks(b, e, le); words < 6 && k < le;
			     words++) {
				if ((b[k] == ':' && (k + 1 == le || b[k + 1] == ' ')) ||
				    word_then(b, k, le, "is") ||
				    (set && word_then(b, k, le, "to")))
					break;
				e = plain_word(b, k, le);
				if (e == k)
					return 0;
				k = skip_blanks(b, e, le);
			}
			if (k >= le || k - we > PROSE_REACH)
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
	if (!led)
		return 0; /* a config's `password: X`, `Password  X`: its readers' */
	k = skip_blanks(b, k, le);
	if (told && k == le && le < len) { /* the value alone on the next line */
		size_t ns = le + 1, ne = content_end(b, len, ns);

		ns = skip_blanks(b, ns, ne);
		if (!sentence_value(b, ns, ne, vs, ve) || skip_blanks(b, *ve, ne) < ne ||
		    lower_word(b + *vs, *ve - *vs))
			return 0;
		return plausible_credential(b + *vs, *ve - *vs, 1);
	}
	/* (no verb: one blank, then the value; "pw" is a note's word too) */
	if ((!told && ((!full && we - ws != 2) || k != we + 1)) ||
	    !sentence_value(b, k, le, vs, ve))
		return 0;
	e = skip_blanks(b, *ve, le);
	if (word_then(b, e, le, "encrypted") || word_then(b, e, le, "hashed"))
		return 0; /* a device's stored form (ASA's `password X encrypted`) */
	if (told ? lower_word(b + *vs, *ve - *vs)
		 : !letters_and_digits(b + *vs, *ve - *vs))
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
		if ((b[i] | 0x20) != 'p' || !word_starts(b, ls, i) ||
		    !(n = password_word(b, i, le)))
			continue;
		if (prose_password_value(b, len, ls, le, i, i + n, &vs, &ve) &&
		    emit_named(l, b, i, i + n, word_suffix(b, i, i + n), vs, ve) < 0)
			return -1;
		i += n;
	}
	return 0;
}

int prose_password_named(const unsigned char *b, size_t len, size_t last)
{
	/* (the keyword ends in the word, or in the blank after: " pw ", or a
	 * note's " pw:") */
	size_t ws = last + (b[last] != ' ' && (b[last] != ':' || last < 2 ||
					       !equal_ci(b + last - 2, "pw", 2))),
	       ls, le, vs, ve, n;

	while (ws > 0 && last + 1 - ws < 12 && isalpha(b[ws - 1]))
		ws--;
	if (!(n = password_word(b, ws, len)))
		return 0;
	ls = line_start_within(b, ws, PROSE_LINE_MAX);
	if (ls > ws || !word_starts(b, ls, ws))
		return 0;
	le = line_end_within(b, len, ws, PROSE_LINE_MAX);
	if (le - ls > PROSE_LINE_MAX)
		return 0;
	if (le > ls && b[le - 1] == '\r')
		le--;
	return prose_password_value(b, len, ls, le, ws, ws + n, &vs, &ve);
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
 * its length, or 0. (password and its long forms: the sentence reader's) */
static size_t wifi_key_word(const unsigned char *b, size_t ls, size_t i, size_t le)
{
	static const char *const words[] = { "key", "psk", "pass", "pw", NULL };

	/* (called at each byte after the network's word) */
	if (((b[i] | 0x20) != 'k' && (b[i] | 0x20) != 'p') ||
	    (!word_starts(b, ls, i) && b[i - 1] != '(' && b[i - 1] != ','))
		return 0;
	return whole_word(b, i, le, words);
}

/*
 * The key a line of notes gives a network, after the network's word:
 * its key's word, then ':' or '=', a verb ("is"), or one blank and a
 * value of letters and digits ("pass vSKTZhKsW640"). Sets the word
 * [*ks, *ke) and the value [*vs, *ve); 0 when none.
 */
static int wifi_key_at(const unsigned char *b, size_t ls, size_t le, size_t *ks,
		       size_t *ke, size_t *vs, size_t *ve)
{
	size_t i, k, e, n;
	int told;

	for (i = ls; i < le; i++) /* (most lines: a byte's test alone) */
		if (((b[i] | 0x20) == 'w' || (b[i] | 0x20) == 's') &&
		    wifi_word(b, ls, i, le))
			break;
	for (; i < le; i++) {
		if (!(n = wifi_key_word(b, ls, i, le)))
			continue;
		k = skip_blanks(b, i + n, le);
		told = k < le && (b[k] == ':' || b[k] == '=');
		if (told)
			k++;
		else if ((e = verb_phrase(b, k, le)))
			k = e, told = 1;
		else if (k != i + n + 1)
			continue;
		if (sentence_value(b, k, le, vs, ve) &&
		    (told ? !lower_word(b + *vs, *ve - *vs)
			  : letters_and_digits(b + *vs, *ve - *vs)) &&
		    plausible_credential(b + *vs, *ve - *vs, 1)) {
			*ks = i;
			*ke = i + n;
			return 1;
		}
	}
	return 0;
}

int prose_wifi_line(const unsigned char *b, size_t ls, size_t le, struct kh_layer *l)
{
	size_t ks, ke, vs, ve;

	if (le - ls > PROSE_LINE_MAX || !wifi_key_at(b, ls, le, &ks, &ke, &vs, &ve))
		return 0;
	return emit_named(l, b, ks, ke, "_password", vs, ve);
}

int prose_wifi_named(const unsigned char *b, size_t len, size_t last)
{
	size_t ls, le, ks, ke, vs, ve, n;

	/* (woken by a network's word ending at b[last]) */
	for (n = 3; n <= 5 && (n > last + 1 || !wifi_word(b, 0, last + 1 - n, len)); n++)
		;
	if (n > 5)
		return 0;
	ls = line_start_within(b, last, PROSE_LINE_MAX);
	le = line_end_within(b, len, last, PROSE_LINE_MAX);
	if (ls > last || le - ls > PROSE_LINE_MAX)
		return 0;
	if (le > ls && b[le - 1] == '\r')
		le--;
	return wifi_key_at(b, ls, le, &ks, &ke, &vs, &ve);
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
static int login_led(const unsigned char *b, size_t ls, size_t us)
{
	static const char *const words[] = { "is",    "are",	     "login", "logins",
					     "creds", "account",     "use",   "as",
					     "user",  "credentials", NULL };
	size_t k = us, w;

	while (k > ls && wrap_mark(b[k - 1]) && b[k - 1] != '"')
		k--;
	if (k > ls && b[k - 1] == '"') { /* a string's start: "text": "…, ,"… */
		size_t j = skip_blanks_back(b, k - 1, ls);

		return j == ls || b[j - 1] == ':' || b[j - 1] == ',' || b[j - 1] == '[';
	}
	k = skip_blanks_back(b, k, ls);
	if (k == ls || b[k - 1] == '>' || b[k - 1] == '|' || b[k - 1] == '(')
		return 1; /* the first words of a line, an element, a table's
			   * cell, an aside: (admin / X) */
	if (k < us && b[k - 1] == ':')
		return 1;
	if (k > ls + 1 && (b[k - 1] == '-' || b[k - 1] == '*') && b[k] == ' ' &&
	    skip_blanks(b, ls, k - 1) == k - 1)
		return 1; /* a list's item */
	for (w = 0; words[w]; w++) {
		size_t n = strlen(words[w]);

		if (k >= ls + n && word_at(b, k - n, k, words[w]) &&
		    (k - n == ls || !isalnum(b[k - n - 1])))
			return 1;
	}
	return 0;
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
	size_t k = i, end, s;
	unsigned char org;

	if (k > ls && b[k - 1] == '\\')
		k--; /* JSON's \/ */
	if (k < ls + 2 || i + 2 >= le || b[k - 1] != ' ' || b[i + 1] != ' ')
		return 0;
	/* the user, back from the blank: its closing mark, the word, its
	 * opening mark */
	for (*ue = k - 1; *ue > ls && wrap_mark(b[*ue - 1]) && b[*ue - 1] != '"'; (*ue)--)
		;
	/* Org's =admin= and ~admin~ (verbatim_marks) */
	org = *ue == k - 1 && *ue > ls && (b[*ue - 1] == '=' || b[*ue - 1] == '~')
		      ? b[--(*ue)]
		      : 0;
	for (s = *ue; s > ls && (isalnum(b[s - 1]) || strchr("._@-", b[s - 1])); s--)
		;
	*us = s;
	if (*us == *ue || *ue - *us > 32 || !islower(b[*us]) ||
	    (*us > ls && b[*us - 1] == '/') || (org && (s == ls || b[--s] != org)))
		return 0;
	for (end = *us; end < *ue; end++)
		if (isupper(b[end]))
			return 0; /* an account's name (DC8uv / DC8uvNoLeft is none) */
	while (s > ls && wrap_mark(b[s - 1]) && b[s - 1] != '"' && s + 3 > *us)
		s--;
	end = marked_token(b, i + 2, le, vs, ve);
	/* an administrator's account needs no lead ("qa box root / X"), but
	 * then a password of more than letters (not "admin / Users") */
	if (!login_led(b, ls, s) &&
	    !((word_at(b, *us, *ue, "root") || word_at(b, *us, *ue, "admin") ||
	       word_at(b, *us, *ue, "administrator")) &&
	      end && letters_and_digits(b + *vs, *ve - *vs)))
		return 0;
	/* admin / admin, ecdsa / ecdsa-sha256: a default, a list of names */
	if (!end || lower_word(b + *vs, *ve - *vs) ||
	    (*ve - *vs >= *ue - *us &&
	     equal_ci(b + *vs, (const char *)b + *us, *ue - *us)))
		return 0;
	end = skip_blanks(b, end, le);
	if (end < le && b[end] == '/')
		return 0; /* a / b / c: a list of words */
	if (unnamed && !kh_is_unnamed_password(b + *vs, *ve - *vs))
		return 0;
	return plausible_credential(b + *vs, *ve - *vs, 1);
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

int prose_login_named(const unsigned char *b, size_t len, size_t last)
{
	/* the login after the word that woke the line (login, creds), or
	 * the one that woke it (`admin / `: the '/' before b[last]) */
	size_t i, ls, le, us, ue, vs, ve, from = last - (last > 0);

	le = line_end_within(b, len, last, PROSE_LINE_MAX);
	if (le - last > PROSE_LINE_MAX || !memchr(b + from, '/', le - from))
		return 0; /* most lines: no login after the word */
	ls = line_start_within(b, last, PROSE_LINE_MAX);
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
