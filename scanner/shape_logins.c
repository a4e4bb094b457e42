/*
 * shape_logins.c - logins written down with no credential's word on their
 * line: a handover's `snowops / X` under a heading, a chat export's
 * "unifi / X (don't paste this elsewhere)", an HTML export's
 * <p>user / X</p>, and the lines of a file named for them (Wi-Fi.txt's
 * `SSID  key`, Wowza's publish.password `user password`). The keyword
 * scan cannot wake such lines (a keyword ` / ` runs the rules on every
 * division in code), so the file's kind, decided once from its name,
 * does: notes, mail, calendars and chat exports are searched for ` / `
 * with memmem, a file named for passwords is read line by line. The
 * login's reader is shape_prose.c's (prose_login_at), its password held
 * to the bar of a password no name vouches for; each becomes a
 * `password = "X"` line of the layer for the generic rules and their judge.
 */
#include "shape_internal.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "util.h"
#include "validate.h"

#define LOGINS_LINE_MAX	 4096	    /* longer lines are data, not notes */
#define LOGINS_FILE_MAX	 (64 << 10) /* a file named for passwords is small */
#define LOGINS_NOTES_MAX (8 << 20)  /* past that, a dump, not notes */

/* Whether s[0..n) is one of words[] (case aside); most names are out at
 * their length (a file's extension is asked for every source). */
static int word_in(const char *s, size_t n, const char *const *words)
{
	char low[16];
	size_t i;

	if (n == 0 || n >= sizeof(low))
		return 0;
	for (i = 0; i < n; i++)
		low[i] = (char)tolower((unsigned char)s[i]);
	for (; *words; words++)
		if ((*words)[0] == low[0] && !strncmp(*words, low, n) && !(*words)[n])
			return 1;
	return 0;
}

int kh_shape_login_file(const char *path)
{
	/* prose people write logins into: notes, docs' markup, mail,
	 * calendars, note apps' and chats' exports */
	static const char *const notes[] = { "txt",  "text",  "md",	"markdown",
					     "rst",  "adoc",  "org",	"eml",
					     "mbox", "ics",   "enex",	"html",
					     "htm",  "jsonl", "ndjson", NULL };
	/* a file named for the logins it lists (its stem, any case) */
	static const char *const lists[] = { "passwords",      "logins",	 "creds",
					     "wifi",	       "wi-fi",		 "wlan",
					     "wifi-passwords", "wifi_passwords", NULL };
	static const char *const list_exts[] = { "password", "passwords", NULL };
	static const char *const list_plain[] = { "txt", "md", NULL };
	const char *base, *dot, *ext;
	size_t n, stem, elen;

	if (!path)
		return KH_LOGIN_FILE_NONE;
	base = strrchr(path, '/');
	base = base ? base + 1 : path;
	n = strlen(base);
	dot = memrchr(base, '.', n);
	stem = dot > base ? (size_t)(dot - base) : n;
	ext = dot > base ? dot + 1 : base + n;
	elen = n - (size_t)(ext - base);
	if (elen == 1 || elen > 9)
		return KH_LOGIN_FILE_NONE; /* C's .c and .h: most sources */
	/* Wowza's publish.password, a *.passwords list; Wi-Fi.txt */
	if (word_in(ext, elen, list_exts) ||
	    ((!elen || word_in(ext, elen, list_plain)) && word_in(base, stem, lists)))
		return KH_LOGIN_FILE_LIST;
	if (word_in(ext, elen, notes))
		return KH_LOGIN_FILE_NOTES;
	/* a chat's or a note app's export in JSON, by its name or its
	 * folder's (telegram-export.json, slack-export/general/2026-03-02.json) */
	if (elen == 4 && !strncasecmp(ext, "json", 4) &&
	    (strcasestr(path, "export") || strcasestr(path, "chat") ||
	     strcasestr(path, "messages")))
		return KH_LOGIN_FILE_NOTES;
	return KH_LOGIN_FILE_NONE;
}

/* The line of b[0..len) around b[i]: [*ls, *le) ('\r' off); 0 when it is
 * longer than a line of notes. */
static int notes_line(const unsigned char *b, size_t len, size_t i, size_t *ls,
		      size_t *le)
{
	*ls = line_start_within(b, i, LOGINS_LINE_MAX);
	*le = line_end_within(b, len, i, LOGINS_LINE_MAX);
	if (*ls > i || *le - *ls > LOGINS_LINE_MAX)
		return 0;
	if (*le > *ls && b[*le - 1] == '\r')
		(*le)--;
	return 1;
}

/* Where the first "/ " at or after b[i] is, len when none: 64 places a
 * step (kh_find_pair; an HTML export's every tag holds a '/': a memchr
 * for it stops at each). */
static size_t next_slash_blank(const unsigned char *b, size_t i, size_t len)
{
	return kh_find_pair(b, i, len, '/', ' ', 1);
}

/* Notes: each ` / ` (JSON's ` \/ `) of a line, read as a login whose
 * password must look like one by itself. A line is read once, however
 * many ` / ` it holds. */
static int notes_logins(const unsigned char *b, size_t len, struct kh_layer *l)
{
	size_t at = 0, ls = 0, le = 0, i, us, ue, vs, ve;
	int line_ok = 0;

	if (len > LOGINS_NOTES_MAX)
		return 0;
	while (at < len && (i = next_slash_blank(b, at, len)) < len) {
		at = i + 2;
		if (i < 2 || (b[i - 1] != ' ' && !(b[i - 1] == '\\' && b[i - 2] == ' ')))
			continue;
		if (i >= le) { /* a new line */
			line_ok = notes_line(b, len, i, &ls, &le);
			if (!line_ok) {
				at = le + 1;
				continue;
			}
		}
		if (line_ok && prose_login_at(b, ls, le, i, 1, &us, &ue, &vs, &ve)) {
			if (emit_named(l, b, us, us, "password", vs, ve) < 0)
				return -1;
			at = le + 1; /* one login a line */
		}
	}
	return 0;
}

/*
 * A file named for the logins it lists: each line `name  password`,
 * `name / password` or `name<TAB>password`, maybe an aside after
 * ("(hidden, lighting only)", "# spare"). The file's name vouches for the
 * password as a password's name does; the generic rules judge it. A
 * heading, a comment or a sentence (more words) is no such line.
 */
static int list_line(const unsigned char *b, size_t ls, size_t le, struct kh_layer *l)
{
	size_t ne, k, vs, ve, after;

	if (ls >= le || b[ls] == '#' || b[ls] == ';' || b[ls] == ' ' || b[ls] == '\t')
		return 0;
	for (ne = ls; ne < le && b[ne] != ' ' && b[ne] != '\t'; ne++)
		if (!isalnum(b[ne]) && !strchr("._@-+", b[ne]))
			return 0;
	if (ne - ls > 64 || ne == le)
		return 0;
	k = skip_blanks(b, ne, le);
	if (k + 1 < le && b[k] == '/' && b[k + 1] == ' ')
		k = skip_blanks(b, k + 1, le);
	for (vs = ve = k; ve < le && b[ve] != ' ' && b[ve] != '\t'; ve++)
		;
	if (ve == vs || b[vs] == '(' || b[vs] == '#')
		return 0;
	/* a heading's words ("Corn Exchange") are letters; a password of
	 * letters alone is a generator's, long */
	if (ve - vs < 12 && kh_has_non_letter(b + vs, ve - vs) == 0)
		return 0;
	after = skip_blanks(b, ve, le);
	if (after < le && b[after] != '(' && b[after] != '#')
		return 0; /* more words: a sentence */
	if (!plausible_credential(b + vs, ve - vs, 1) ||
	    (ve - vs == ne - ls && equal_ci(b + vs, (const char *)b + ls, ne - ls)))
		return 0;
	return emit_named(l, b, ls, ls, "password", vs, ve);
}

static int list_logins(const unsigned char *b, size_t len, struct kh_layer *l)
{
	size_t ls, le;

	if (len > LOGINS_FILE_MAX)
		return 0;
	for (ls = 0; ls < len; ls = le + 1) {
		le = line_end(b, len, ls);
		if (le - ls <= LOGINS_LINE_MAX &&
		    list_line(b, ls, le > ls && b[le - 1] == '\r' ? le - 1 : le, l) < 0)
			return -1;
	}
	return 0;
}

int kh_shape_logins(const unsigned char *b, size_t len, int kind, struct kh_layer *l)
{
	/* (a list's `name / password` lines are its own) */
	if (kind == KH_LOGIN_FILE_LIST)
		return list_logins(b, len, l);
	return kind == KH_LOGIN_FILE_NOTES ? notes_logins(b, len, l) : 0;
}
