/*
 * text.h - small inline helpers for reading a line of text: ASCII case,
 * blanks, where a line starts and ends, and the comment mark that starts
 * at a byte among a set the caller names. The readers (context.c,
 * decode.c, finding.c, matcher.c, validate*.c, the shape_*.c files) share
 * these rather than keep twins.
 *
 * Header-only: these run per line or per byte on the scan's hot path,
 * where a call would cost more than the test. They are static inline, so
 * no symbol leaves a file; the short names without `kh_` are the ones the
 * shape readers' hundreds of calls were written with.
 *
 * Every reader that asks "is this a comment?" asks kh_comment_mark(), so
 * the marks are spelled once. Most pass one of the two sets below, by
 * where the mark stands; config lines pass their own (shape_config.c
 * says why).
 */
#ifndef KH_TEXT_H
#define KH_TEXT_H

#include <stddef.h>
#include <string.h>
#include <strings.h>

/* c in lower case, ASCII only (the C locale's tolower, without a call). */
static inline unsigned char ascii_lower(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

/* Whether c is an ASCII letter (isalpha() in the C locale, not a call
 * into libc a byte). */
static inline int ascii_letter(unsigned char c)
{
	return (unsigned char)((c | 0x20) - 'a') < 26;
}

/* The value of hex digit c (either case), -1 for another byte. */
static inline int hex_value(unsigned char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c |= 0x20; /* ASCII lower case; no other byte lands in a..f */
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* Whether a[0..n) is w[0..n), ASCII case aside: strncasecmp's answer in
 * the C locale, without a call (the readers compare short words at
 * every name, and most differ at the first byte). */
static inline int equal_ci(const unsigned char *a, const char *w, size_t n)
{
	size_t j;

	for (j = 0; j < n; j++)
		if (ascii_lower(a[j]) != ascii_lower((unsigned char)w[j]))
			return 0;
	return 1;
}

/* Whether s[0..n) ends with suffix (k bytes, written in lower case),
 * ASCII case aside: strcasecmp()'s answer on the name's last k bytes in
 * the C locale, without a call or a strlen() a suffix (a file's kind is
 * asked of every file's name; most differ at the last byte, compared
 * first). */
static inline int name_ends_ci(const char *s, size_t n, const char *suffix, size_t k)
{
	const unsigned char *t;

	if (n < k)
		return 0;
	t = (const unsigned char *)s + n - k;
	while (k--)
		if (ascii_lower(t[k]) != (unsigned char)suffix[k])
			return 0;
	return 1;
}
#define ENDS_CI(s, n, lit) name_ends_ci((s), (n), (lit), sizeof(lit) - 1)

/* Whether b[s..e) is one of words[] (NULL-ended), ASCII case aside. */
static inline int word_among(const unsigned char *b, size_t s, size_t e,
			     const char *const *words)
{
	for (; *words; words++)
		if (e - s == strlen(*words) && equal_ci(b + s, *words, e - s))
			return 1;
	return 0;
}

/*
 * The words of a name, as people split them: at any byte that is no
 * letter or digit (api_key, api-key, api.key), at a capital after a
 * lower-case letter (kioskAdminPin: Pin), at the last capital of a
 * capitals' run before a lower-case letter (DBPassword, AWSSecretKey:
 * DB, AWS), at a letter after a digit (GPIO35Pin, s3Key: Pin, Key). A
 * digit stays with the letters before it (PASSWORD2, OAuth2, v2, Sha256):
 * in the guard trees' credential-like names a word of letters then digits
 * (uart1, encryptionKeySha256, token_v2) stands 11 times as often as a
 * credential's word then a number (key1: 18,183 names to 1,596).
 * Whether a word ends between b[k - 1] and b[k], both alphanumeric, the
 * name ending at b[e].
 */
static inline int name_word_break(const unsigned char *b, size_t k, size_t e)
{
	unsigned char p = b[k - 1], c = b[k];
	int c_upper = c >= 'A' && c <= 'Z', p_upper = p >= 'A' && p <= 'Z';

	if (p >= '0' && p <= '9')
		return !(c >= '0' && c <= '9');
	if (!c_upper || (p >= 'a' && p <= 'z'))
		return c_upper;
	return p_upper && k + 1 < e && b[k + 1] >= 'a' && b[k + 1] <= 'z';
}

/* The bytes of names, one load each where the arithmetic took seven
 * instructions on every byte of a minified line (shape_code.c's walks):
 * NAME_ALNUM isalnum() of the C locale, NAME_CODE code_name_byte(). */
enum { NAME_ALNUM = 1, NAME_CODE = 2 };
static const unsigned char kh_name_bytes[256] = { ['0' ... '9'] = NAME_ALNUM | NAME_CODE,
						  ['A' ... 'Z'] = NAME_ALNUM | NAME_CODE,
						  ['a' ... 'z'] = NAME_ALNUM | NAME_CODE,
						  ['_'] = NAME_CODE,
						  ['-'] = NAME_CODE };

static inline int name_alnum(unsigned char c)
{
	return (kh_name_bytes[c] & NAME_ALNUM) != 0;
}

/* Where the last word of the name b[s..e) starts (e when it ends in no
 * letter or digit). */
static inline size_t name_word_start(const unsigned char *b, size_t s, size_t e)
{
	size_t k = e;

	if (k > s && name_alnum(b[k - 1]))
		for (k--; k > s && name_alnum(b[k - 1]) && !name_word_break(b, k, e); k--)
			;
	return k;
}

/* Where the word of the name b[..e) that starts at b[s] (alphanumeric)
 * ends. */
static inline size_t name_word_end(const unsigned char *b, size_t s, size_t e)
{
	for (s++; s < e && name_alnum(b[s]) && !name_word_break(b, s, e); s++)
		;
	return s;
}

/* A byte of a name these languages write (api-token, API_KEY), without
 * the C library's per-byte call. */
static inline int code_name_byte(unsigned char c)
{
	return (kh_name_bytes[c] & NAME_CODE) != 0;
}

/* The next word of the name b[..e) from b[k]: its start (e when none is
 * left), its end in *we. `for (k = s; (k = name_next_word(b, k, e, &we))
 * < e; k = we)` walks them all. */
static inline size_t name_next_word(const unsigned char *b, size_t k, size_t e,
				    size_t *we)
{
	while (k < e && !name_alnum(b[k]))
		k++;
	*we = k < e ? name_word_end(b, k, e) : e;
	return k;
}

/* The value b[vs]'s own name before it on its line (from ls), past
 * quotes, blanks, `=`, `:`, `(`: [*ns, return), empty when none. */
static inline size_t value_own_name(const unsigned char *b, size_t ls, size_t vs,
				    size_t *ns)
{
	size_t i = vs, e;

	while (i > ls && vs - i < 8 && strchr("\"'` \t=:>(,[", b[i - 1]))
		i--;
	e = i;
	while (i > ls && e - i < 64 && (code_name_byte(b[i - 1]) || b[i - 1] == '.'))
		i--;
	*ns = i;
	return e;
}

/* The first byte after the blanks (spaces, tabs) from b[i], or le. */
static inline size_t skip_blanks(const unsigned char *b, size_t i, size_t le)
{
	while (i < le && (b[i] == ' ' || b[i] == '\t'))
		i++;
	return i;
}

/* The first of the blanks that end b[ls..i), or i when none does. */
static inline size_t skip_blanks_back(const unsigned char *b, size_t i, size_t ls)
{
	while (i > ls && (b[i - 1] == ' ' || b[i - 1] == '\t'))
		i--;
	return i;
}

/* The start of the line that holds b[i]: after the last '\n' before it,
 * or 0. Looked for in windows that double back from b[i], not in b[0..i)
 * at once: ASan checks the whole range memrchr() is given, so a reader
 * that asks on each of 100,000 lines cost their square there. */
static inline size_t line_start(const unsigned char *b, size_t i)
{
	size_t window = 256, s;
	const unsigned char *nl;

	for (; i > 0; i = s, window *= 2) {
		s = i > window ? i - window : 0;
		if ((nl = memrchr(b + s, '\n', i - s)))
			return (size_t)(nl - b) + 1;
	}
	return 0;
}

/* The end of the line that holds b[i]: its '\n', or len. */
static inline size_t line_end(const unsigned char *b, size_t len, size_t i)
{
	const unsigned char *nl = memchr(b + i, '\n', len - i);

	return nl ? (size_t)(nl - b) : len;
}

/* The content end of the line starting at ls (without "\r\n"). */
static inline size_t content_end(const unsigned char *b, size_t len, size_t ls)
{
	size_t le = line_end(b, len, ls);

	return le > ls && b[le - 1] == '\r' ? le - 1 : le;
}

/* The comment marks kh_comment_mark() knows, one bit each; a set is
 * their OR, with the two ways of reading them below if the caller wants. */
enum kh_comment_marks {
	KH_MARK_HASH = 1 << 0,	  /* `#`: shell, Python, YAML, TOML, INI */
	KH_MARK_SEMI = 1 << 1,	  /* `;`: INI, Lisp, assembly, zone files */
	KH_MARK_SLASH = 1 << 2,	  /* `//` and slash-star: the C family */
	KH_MARK_STAR = 1 << 3,	  /* `*`: a block comment's inner lines */
	KH_MARK_DASHES = 1 << 4,  /* `--`: SQL, Lua, Haskell */
	KH_MARK_HTML = 1 << 5,	  /* `<!--`: HTML, XML, Markdown */
	KH_MARK_BANG = 1 << 6,	  /* `!`: .properties, X resources, Fortran */
	KH_MARK_PERCENT = 1 << 7, /* `%`: TeX, Erlang, MATLAB */
	KH_MARK_REM = 1 << 8,	  /* `REM` and a blank, any case: batch files */
	KH_MARK_QUOTE = 1 << 9,	  /* `'`: Visual Basic */
	KH_MARK_COLONS = 1 << 10, /* `::`: batch files */
	/* `--`, `*`, `!`, `'` and `::` count only with a blank after them:
	 * where any text may stand, `--password=` is a flag, `*p` a pointer,
	 * `!x` a negation and `'...'` a string */
	KH_MARK_BLANK_AFTER = 1 << 14,
	/* the mark reaches over a run of marks: `###`, `;;`, `#%`, `///`
	 * and slash-star-star */
	KH_MARK_RUNS = 1 << 15,
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

/* A blank after a mark that KH_MARK_BLANK_AFTER asks one of: b[k], k < e. */
static inline int kh_mark_blank_at(const unsigned char *b, size_t k, size_t e)
{
	return k < e && (b[k] == ' ' || b[k] == '\t');
}

/* Where the run of marks KH_MARK_RUNS reads on from b[k] ends: `#`, `;`
 * and `%` after one of them, `/` and `*` after a slash's mark. */
static inline size_t kh_mark_run_end(const unsigned char *b, size_t k, size_t e,
				     int slash)
{
	while (k < e && (slash ? b[k] == '/' || b[k] == '*'
			       : b[k] == '#' || b[k] == ';' || b[k] == '%'))
		k++;
	return k;
}

/*
 * The length of the comment mark of `marks` that starts at b[i] (the line
 * ending at b[e]), or 0 when none does. Only b[i..e) is read; where the
 * mark must stand (the line's start, after a blank) is the caller's
 * business. `REM` counts with the blank after it, the other marks without.
 */
static inline size_t kh_comment_mark(const unsigned char *b, size_t i, size_t e,
				     unsigned marks)
{
	int need_blank = (marks & KH_MARK_BLANK_AFTER) != 0;
	size_t n = 0;

	if (i >= e)
		return 0;
	switch (b[i]) {
	case '#': n = (marks & KH_MARK_HASH) != 0; break;
	case ';': n = (marks & KH_MARK_SEMI) != 0; break;
	case '%': n = (marks & KH_MARK_PERCENT) != 0; break;
	case '*':
	case '!':
	case '\'':
		n = (marks & (b[i] == '*'   ? KH_MARK_STAR
			      : b[i] == '!' ? KH_MARK_BANG
					    : KH_MARK_QUOTE)) &&
		    (!need_blank || kh_mark_blank_at(b, i + 1, e));
		return n;
	case '-':
	case ':':
		n = (marks & (b[i] == '-' ? KH_MARK_DASHES : KH_MARK_COLONS)) &&
				    i + 1 < e && b[i + 1] == b[i] &&
				    (!need_blank || kh_mark_blank_at(b, i + 2, e))
			    ? 2
			    : 0;
		return n;
	case '/':
		if (!(marks & KH_MARK_SLASH) || i + 1 >= e ||
		    (b[i + 1] != '/' && b[i + 1] != '*'))
			return 0;
		return marks & KH_MARK_RUNS ? kh_mark_run_end(b, i + 2, e, 1) - i : 2;
	case '<':
		return (marks & KH_MARK_HTML) && e - i >= 4 && b[i + 1] == '!' &&
				       b[i + 2] == '-' && b[i + 3] == '-'
			       ? 4
			       : 0;
	case 'r':
	case 'R':
		return (marks & KH_MARK_REM) && e - i >= 4 &&
				       !strncasecmp((const char *)b + i, "rem", 3) &&
				       kh_mark_blank_at(b, i + 3, e)
			       ? 4
			       : 0;
	default: return 0;
	}
	/* `#`, `;` and `%` */
	if (n && (marks & KH_MARK_RUNS))
		n = kh_mark_run_end(b, i + 1, e, 0) - i;
	return n;
}

#endif
