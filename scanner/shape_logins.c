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
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define LEADS_AVX2 __attribute__((target("avx2")))
#endif

#include "util.h"
#include "validate.h"

#define LOGINS_LINE_MAX	 4096	    /* longer lines are data, not notes */
#define LOGINS_FILE_MAX	 (64 << 10) /* a file named for passwords is small */
#define LOGINS_NOTES_MAX (8 << 20)  /* past that, a dump, not notes */
/* Shorter notes hold no login: each pass's value is a password or a key
 * of eight bytes or more (kh_is_unnamed_password, a Wi-Fi key, a token
 * below its label); a tree's tiny notes paid the passes' set-up, ~1,770
 * instructions a file */
#define LOGINS_NOTES_MIN 8

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

/* Whether path says a ticket system's (tickets/, servicedesk, zendesk,
 * ServiceNow's incidents). */
static int ticket_path(const char *path)
{
	static const char *const words[] = { "ticket",	  "servicedesk", "service-desk",
					     "helpdesk",  "zendesk",	 "servicenow",
					     "incidents", NULL };
	size_t w;

	for (w = 0; words[w]; w++)
		if (strcasestr(path, words[w]))
			return 1;
	return 0;
}

/* Whether low[0..n) is one of row's words, each n bytes and a blank
 * after it ("txt rst "). */
static int in_row(const char *low, size_t n, const char *row)
{
	size_t k;

	for (; *row; row += n + 1) {
		for (k = 0; k < n && row[k] == low[k]; k++)
			;
		if (k == n)
			return 1;
	}
	return 0;
}

int kh_shape_login_file(const char *path)
{
	/* prose people write logins into: notes, docs' markup, mail,
	 * calendars, note apps' and chats' exports, letters (RTF's text,
	 * LaTeX), by the extension's length (a row a length, its words
	 * compared in place: word_in() over four lists cost every file of a
	 * tree ~190 instructions) */
	static const char *const notes[10] = {
		[2] = "md ",
		[3] = "txt rst org eml ics htm rtf tex ",
		[4] = "text adoc mbox enex html wiki ",
		[5] = "jsonl ",
		[6] = "ndjson ",
		[8] = "markdown ",
		[9] = "mediawiki ",
	};
	/* a file named for the logins it lists (its stem, any case; four
	 * bytes or more) */
	static const char *const lists[] = { "passwords",      "logins",	 "creds",
					     "wifi",	       "wi-fi",		 "wlan",
					     "wifi-passwords", "wifi_passwords", NULL };
	const char *base, *dot, *ext;
	char low[10];
	size_t n, stem, elen, i;

	if (!path)
		return KH_LOGIN_FILE_NONE;
	n = strlen(path);
	base = memrchr(path, '/', n);
	base = base ? base + 1 : path;
	n -= (size_t)(base - path);
	dot = memrchr(base, '.', n);
	stem = dot > base ? (size_t)(dot - base) : n;
	ext = dot > base ? dot + 1 : base + n;
	elen = n - (size_t)(ext - base);
	if (elen == 1 || elen > 9)
		return KH_LOGIN_FILE_NONE; /* C's .c and .h: most sources */
	for (i = 0; i < elen; i++)
		low[i] = (char)ascii_lower((unsigned char)ext[i]);
	/* Wowza's publish.password, a *.passwords list; Wi-Fi.txt */
	if ((elen == 8 && !memcmp(low, "password", 8)) ||
	    (elen == 9 && !memcmp(low, "passwords", 9)) ||
	    ((!elen || (elen == 3 && !memcmp(low, "txt", 3)) ||
	      (elen == 2 && !memcmp(low, "md", 2))) &&
	     stem >= 4 && word_in(base, stem, lists)))
		return KH_LOGIN_FILE_LIST;
	if (elen && notes[elen] && in_row(low, elen, notes[elen]))
		return KH_LOGIN_FILE_NOTES;
	/* a file of users' hashes (mosquitto.passwd, .htpasswd), whose
	 * comments may keep a login in plain text (htpasswd and .htpasswd
	 * have no extension) */
	if ((elen == 6 && !memcmp(low, "passwd", 6)) ||
	    (elen == 8 && !memcmp(low, "htpasswd", 8)) ||
	    (!elen && ((n == 8 && !strcasecmp(base, "htpasswd")) ||
		       (n == 9 && !strcasecmp(base, ".htpasswd")))))
		return KH_LOGIN_FILE_HASHES;
	/* an .xlsx's strings, zipped (book.xlsx!xl/sharedStrings.xml) or not */
	if (n == 17 && !strcasecmp(base, "sharedStrings.xml"))
		return KH_LOGIN_FILE_SHEET;
	/* an .ods's content (book.ods!content.xml, or unpacked) */
	if ((n == 11 || (n > 11 && base[n - 12] == '!')) &&
	    !strcmp(base + n - 11, "content.xml"))
		return KH_LOGIN_FILE_ODS;
	/* a chat's or a note app's export in JSON, by its name or its
	 * folder's (telegram-export.json, slack-export/general/2026-03-02.json);
	 * a ticket system's export in JSON, XML or CSV, whose cells are
	 * prose (jira-export.csv, tickets/servicedesk.xml, zendesk/...json) */
	if (elen == 4 && !memcmp(low, "json", 4) &&
	    (strcasestr(path, "export") || strcasestr(path, "chat") ||
	     strcasestr(path, "messages") || ticket_path(path)))
		return KH_LOGIN_FILE_NOTES;
	if (elen == 3 &&
	    (!memcmp(low, "xml", 3) || !memcmp(low, "csv", 3) ||
	     !memcmp(low, "tsv", 3)) &&
	    (strcasestr(base, "export") || ticket_path(path) ||
	     (ext[0] == 'x' && strcasestr(path, "confluence"))))
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
static int notes_logins(const unsigned char *b, size_t len, size_t at, struct kh_layer *l)
{
	size_t ls = 0, le = 0, i, us, ue, vs, ve;
	int line_ok = 0;

	if (len > LOGINS_NOTES_MAX)
		return 0;
	while (at < len && (i = next_slash_blank(b, at, len)) < len) {
		at = i + 2;
		if (i < 2 || (b[i - 1] != ' ' && b[i - 1] != '\t' &&
			      !(b[i - 1] == '\\' && b[i - 2] == ' ')))
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

/* The places of a pair of bytes (c, d at the next place) in b[0..len), in
 * order, from 128-byte windows whose places are kept as bits: a lead's
 * "s " stops every 150 bytes or so of English, and a kh_find_pair() call
 * a stop (its set-up, its CPU check, its last 32 places) cost 92
 * instructions (320K stops on kernel Documentation/). */
struct pair_run {
	const unsigned char *b;
	size_t len, base; /* bits[] are the places base..base + 128 */
	uint64_t bits[2];
	unsigned char c, d;
	int avx2;
};

#define PAIR_RUN_NONE ((size_t)-1)

static void pair_run_init(struct pair_run *r, const unsigned char *b, size_t len,
			  unsigned char c, unsigned char d)
{
	r->b = b;
	r->len = len;
	r->base = PAIR_RUN_NONE;
	r->c = c;
	r->d = d;
#ifdef LEADS_AVX2
	r->avx2 = __builtin_cpu_supports("avx2");
#else
	r->avx2 = 0;
#endif
}

#ifdef LEADS_AVX2
static LEADS_AVX2 inline __attribute__((always_inline)) __m256i
pair_mask32_at(const unsigned char *p, __m256i vc, __m256i vd)
{
	return _mm256_and_si256(
		_mm256_cmpeq_epi8(_mm256_loadu_si256((const __m256i *)p), vc),
		_mm256_cmpeq_epi8(_mm256_loadu_si256((const __m256i *)(p + 1)), vd));
}

/* The first window from at on (at + 129 <= len while windows are whole)
 * that holds the pair: its bits kept, its first place returned; the last
 * 128 places or fewer by kh_find_pair(). */
static LEADS_AVX2 size_t pair_run_scan(struct pair_run *r, size_t at)
{
	const __m256i vc = _mm256_set1_epi8((char)r->c),
		      vd = _mm256_set1_epi8((char)r->d);
	size_t end = r->len > 128 ? r->len - 128 : 0; /* windows start below */

	for (; at < end; at += 128) {
		const unsigned char *p = r->b + at;
		__m256i m0 = pair_mask32_at(p, vc, vd),
			m1 = pair_mask32_at(p + 32, vc, vd),
			m2 = pair_mask32_at(p + 64, vc, vd),
			m3 = pair_mask32_at(p + 96, vc, vd),
			any = _mm256_or_si256(_mm256_or_si256(m0, m1),
					      _mm256_or_si256(m2, m3));

		if (!_mm256_testz_si256(any, any)) {
			uint64_t lo = (uint32_t)_mm256_movemask_epi8(m0) |
				      (uint64_t)(uint32_t)_mm256_movemask_epi8(m1) << 32;
			uint64_t hi = (uint32_t)_mm256_movemask_epi8(m2) |
				      (uint64_t)(uint32_t)_mm256_movemask_epi8(m3) << 32;

			r->base = at;
			r->bits[0] = lo;
			r->bits[1] = hi;
			return lo ? at + (size_t)__builtin_ctzll(lo)
				  : at + 64 + (size_t)__builtin_ctzll(hi);
		}
	}
	r->base = PAIR_RUN_NONE;
	return kh_find_pair(r->b, at, r->len, r->c, r->d, 1);
}
#endif

/* The first place of the pair at or after at, len when none (as
 * kh_find_pair(b, at, len, c, d, 1)). */
static inline size_t pair_run_next(struct pair_run *r, size_t at)
{
	if (r->base != PAIR_RUN_NONE && at >= r->base && at - r->base < 128) {
		size_t off = at - r->base;
		uint64_t lo = off < 64 ? r->bits[0] & (~0ULL << off) : 0,
			 hi = off < 64 ? r->bits[1] : r->bits[1] & (~0ULL << (off - 64));

		if (lo)
			return r->base + (size_t)__builtin_ctzll(lo);
		if (hi)
			return r->base + 64 + (size_t)__builtin_ctzll(hi);
		at = r->base + 128;
	}
#ifdef LEADS_AVX2
	if (r->avx2)
		return pair_run_scan(r, at);
#endif
	return kh_find_pair(r->b, at, r->len, r->c, r->d, 1);
}

/*
 * The first place of each of up to eight pairs of bytes (c, then d next
 * to it) in b[0..len), as kh_find_pair(b, 0, len, c, d, 1) gives it, by
 * one pass over the file: most notes hold none of the rare pairs the
 * passes below look for first (`u:`, `":`, a chat line's `\n[`, `SS` of
 * `SSID`, `<t` of `<tr`, `{|`: each a whole-file search of kernel
 * Documentation/'s notes, about 10 instructions a 64 bytes). A pair is a
 * bit of each byte: a nibble lookup (shufti) gives the pairs a byte opens,
 * another the pairs the next byte closes, and their AND the pairs that
 * start there; a pair found drops out. (Pairs two and three apart too
 * took eight tables: some went to the stack, and the pass cost more than
 * the searches it saved.)
 */
struct pair_firsts {
	unsigned char c[8], d[8];
	unsigned n;
};

#ifdef LEADS_AVX2
/* The pairs' bits of the bytes x by their nibbles' tables lo and hi. */
static LEADS_AVX2 inline __attribute__((always_inline)) __m256i
pair_classes(__m256i x, __m256i lo, __m256i hi)
{
	return _mm256_and_si256(
		_mm256_shuffle_epi8(lo, x),
		_mm256_shuffle_epi8(hi, _mm256_and_si256(_mm256_srli_epi16(x, 4),
							 _mm256_set1_epi8(0x0f))));
}

/* The pairs (of open) that start at each of the 32 places from p (p[32]
 * readable). */
static LEADS_AVX2 inline __attribute__((always_inline)) __m256i
pair_hits32(const unsigned char *p, const __m256i *t, __m256i open)
{
	return _mm256_and_si256(
		_mm256_and_si256(
			pair_classes(_mm256_loadu_si256((const __m256i *)p), t[0], t[1]),
			pair_classes(_mm256_loadu_si256((const __m256i *)(p + 1)), t[2],
				     t[3])),
		open);
}

/* Sets first[k] for each pair k of open that hits, 32 places from at,
 * holds; returns the pairs left open. */
static LEADS_AVX2 unsigned pair_firsts_note(__m256i hits, size_t at, unsigned open,
					    size_t *first)
{
	unsigned k;

	for (k = 0; k < 8; k++) {
		const __m256i bit = _mm256_set1_epi8((char)(1 << k));
		uint32_t m;

		if (!(open >> k & 1))
			continue;
		m = (uint32_t)_mm256_movemask_epi8(
			_mm256_cmpeq_epi8(_mm256_and_si256(hits, bit), bit));
		if (m) {
			first[k] = at + (size_t)__builtin_ctz(m);
			open &= ~(1u << k);
		}
	}
	return open;
}

static LEADS_AVX2 void pair_firsts_avx2(const unsigned char *b, size_t len,
					const struct pair_firsts *f, size_t *first)
{
	unsigned char tab[4][32], tail[96];
	__m256i t[4], open_v;
	unsigned open = (1u << f->n) - 1, k;
	size_t at = 0;

	memset(tab, 0, sizeof(tab));
	for (k = 0; k < f->n; k++) {
		unsigned char bit = (unsigned char)(1 << k);

		tab[0][f->c[k] & 15] |= bit;
		tab[1][f->c[k] >> 4] |= bit;
		tab[2][f->d[k] & 15] |= bit;
		tab[3][f->d[k] >> 4] |= bit;
	}
	for (k = 0; k < 4; k++) {
		memcpy(tab[k] + 16, tab[k], 16); /* (both lanes) */
		t[k] = _mm256_loadu_si256((const __m256i *)tab[k]);
	}
	open_v = _mm256_set1_epi8((char)open);
	/* (64 bytes and the one after them readable) */
	for (; open && at + 65 <= len; at += 64) {
		__m256i h0 = pair_hits32(b + at, t, open_v),
			h1 = pair_hits32(b + at + 32, t, open_v),
			any = _mm256_or_si256(h0, h1);

		if (_mm256_testz_si256(any, any))
			continue;
		open = pair_firsts_note(h0, at, open, first);
		open = pair_firsts_note(h1, at + 32, open, first);
		open_v = _mm256_set1_epi8((char)open);
	}
	/* the rest, 64 bytes or fewer, from a copy padded with '\0' (no
	 * pair holds one: a pair's first byte at len - 1 finds none) */
	if (open && at < len) {
		memset(tail, 0, sizeof(tail));
		memcpy(tail, b + at, len - at);
		open = pair_firsts_note(pair_hits32(tail, t, open_v), at, open, first);
		if (open && len - at > 32)
			pair_firsts_note(pair_hits32(tail + 32, t, open_v), at + 32, open,
					 first);
	}
}
#endif

/* first[k]: the first place of f's pair k in b[0..len), len when none. */
static void pair_firsts(const unsigned char *b, size_t len, const struct pair_firsts *f,
			size_t *first)
{
	unsigned k;

	for (k = 0; k < f->n; k++)
		first[k] = len;
#ifdef LEADS_AVX2
	if (__builtin_cpu_supports("avx2")) {
		pair_firsts_avx2(b, len, f, first);
		return;
	}
#endif
	for (k = 0; k < f->n; k++)
		first[k] = kh_find_pair(b, 0, len, f->c[k], f->d[k], 1);
}

/* Notes: the logins words lead into (prose_login_lead): each `is ` and
 * `as ` ("the web UI is admin/X", "log in as ops with X") and `u: `
 * ("u: ops p: X") a line of notes holds. The two bytes are found 64
 * places a step (kh_find_pair: libc's memmem for "s " stopped at every
 * plural of English text), and a line is found once for all its leads. */
static int notes_leads(const unsigned char *b, size_t len, const char *lead, size_t at,
		       struct kh_layer *l)
{
	size_t ls = 0, le = 0, w, us, ue, vs, ve;
	int have = 0;
	struct pair_run run;

	pair_run_init(&run, b, len, (unsigned char)lead[0], (unsigned char)lead[1]);
	while (at < len && (w = pair_run_next(&run, at)) < len) {
		at = w + 2;
		if (lead[0] == 's') { /* the `i` or `a` before "s " */
			if (w == 0 || (b[w - 1] != 'i' && b[w - 1] != 'a'))
				continue;
			w--;
		}
		if (!prose_login_lead_may(b, len, w))
			continue;
		if (!have || w > le) { /* a new line */
			have = 1;
			if (!notes_line(b, len, w, &ls, &le)) {
				have = 0;
				at = le + 1;
				continue;
			}
		}
		if (prose_login_lead(b, ls, le, w, &us, &ue, &vs, &ve)) {
			if (emit_named(l, b, us, us, "password", vs, ve) < 0)
				return -1;
			at = le + 1; /* one login a line */
			have = 0;
		}
	}
	return 0;
}

/* Notes: a password's word no keyword wakes, listed after a user's
 * (", pass X", ", pw X", chat's " pass X" after "user U":
 * prose_password_at), each `lead` of a line at or after `at`; the word
 * starts after the lead's first `skip` bytes. With pw_at (", pass "), the
 * first ", pw " its ", p" stops pass is noted there, or the first place
 * it skipped if before: the ", pw " pass starts at it (len: none), not
 * at the file's start (a whole-file search of most notes for nothing). */
static int notes_listed(const unsigned char *b, size_t len, const char *lead, size_t skip,
			size_t at, size_t *pw_at, struct kh_layer *l)
{
	size_t ls, le, n = strlen(lead), w;
	int r;

	while (at < len) {
		/* (by the ',' and the word's first letter: ", p"; "p" and "s" of
		 * " pass ") */
		if (pw_at) {
			for (w = at; (w = kh_find_pair(b, w, len, ',', 'p', 2)) < len;
			     w++) {
				if (w + n <= len && !memcmp(b + w, lead, n))
					break;
				if (w < *pw_at && w + 5 <= len &&
				    !memcmp(b + w, ", pw ", 5))
					*pw_at = w;
			}
		} else {
			w = kh_find_text(b, at, len, lead, n, skip == 2 ? 0 : 1,
					 skip == 2 ? 2 : 4);
		}
		if (w >= len)
			break;
		w += skip; /* the word, after ", " */
		at = w;
		if (!notes_line(b, len, w, &ls, &le)) {
			at = le + 1;
		} else {
			if ((r = prose_password_at(b, len, ls, le, w, l)) < 0)
				return -1;
			if (r)
				at = le + 1; /* one login a line */
		}
		if (pw_at && at > w && w < *pw_at)
			*pw_at = w; /* (a ", pw " there was not looked for) */
	}
	return 0;
}

/* Notes: each " with " a line holds after an account's name ("issued
 * account temp_eng42 with X": prose_login_with). */
static int notes_with(const unsigned char *b, size_t len, struct kh_layer *l)
{
	size_t at = 0, ls, le, w, us, ue, vs, ve;

	while (at < len && (w = kh_find_text(b, at, len, " with ", 6, 1, 4)) < len) {
		at = w + 5;
		if (!prose_login_with_may(b, w))
			continue;
		if (!notes_line(b, len, w, &ls, &le)) {
			at = le + 1;
			continue;
		}
		if (prose_login_with(b, ls, le, w, &us, &ue, &vs, &ve)) {
			if (emit_named(l, b, us, us, "password", vs, ve) < 0)
				return -1;
			at = le + 1;
		}
	}
	return 0;
}

/* Notes: a network's key given bare after an aside that names its SSID
 * ("Wi-Fi for the desks (SSID X): V"), each line an `SSID` stands on
 * (prose_wifi_ssid_line; no keyword wakes a bare key there). */
static int notes_ssid(const unsigned char *b, size_t len, size_t at, struct kh_layer *l)
{
	size_t ls, le, w;
	int r;

	while (at < len && (w = kh_find_text(b, at, len, "SSID", 4, 0, 3)) < len) {
		at = w + 4;
		if (!notes_line(b, len, w, &ls, &le)) {
			at = le + 1;
			continue;
		}
		if ((r = prose_wifi_ssid_line(b, ls, le, l)) < 0)
			return -1;
		at = le + 1; /* a line once */
	}
	return 0;
}

/* Notes: a key no keyword wakes, named by another word ("the relay key
 * is X", "new key X is in the config": prose_other_key_at), each " key"
 * after a word and before a blank, a ':' or a mark. */
static int notes_keys(const unsigned char *b, size_t len, struct kh_layer *l)
{
	size_t at = 0, ls, le, w;

	while (at < len && (w = kh_find_text(b, at, len, " key", 4, 1, 3)) < len) {
		at = w + 4;
		if (w == 0 || !isalpha(b[w - 1]) || w + 4 >= len ||
		    !strchr(" :*`", b[w + 4]) || !notes_line(b, len, w, &ls, &le))
			continue;
		if (prose_other_key_at(b, len, ls, w + 1, le, l) < 0)
			return -1;
	}
	return 0;
}

/* Whether notes b[0..len) are messages by their first line: a chat's or a
 * ticket system's export (JSON's '[' or '{', a chat log's "[09:14"), a
 * table's header (two ',' or a tab: CSV, TSV), a mail's header ("From ",
 * "Return-Path:", "Received:", "Subject:"...). Documents' prose (reST,
 * Markdown) opens otherwise: a whole-file search of theirs cost 1.25 % of
 * a scan of kernel Documentation/ for a phrase of messages. */
static int messages_file(const unsigned char *b, size_t len)
{
	static const char *const heads[] = {
		"From ", "From:",    "Return-Path:", "Received:",     "Delivered-To:",
		"Date:", "Subject:", "Message-ID:",  "MIME-Version:", "To:",
		NULL
	};
	const unsigned char *nl, *c;
	size_t n = len < 512 ? len : 512, w;

	if (!n || b[0] == '[' || b[0] == '{')
		return n > 0;
	if (strchr("FRDSMTfrdsmt", b[0]))
		for (w = 0; heads[w]; w++)
			if (n >= strlen(heads[w]) &&
			    !strncasecmp((const char *)b, heads[w], strlen(heads[w])))
				return 1;
	nl = memchr(b, '\n', n);
	n = nl ? (size_t)(nl - b) : n;
	c = memchr(b, ',', n);
	return memchr(b, '\t', n) || (c && memchr(c + 1, ',', n - (size_t)(c + 1 - b)));
}

/* Notes that are messages: a password a message names by its pronoun ("I
 * reset it to X but it still fails": prose_reset_it_at), each " it to ".
 * (Not inlined: kh_shape_logins grew 0.4 % of a Documentation/ scan with
 * it inside.) */
static __attribute__((noinline)) int notes_reset_it(const unsigned char *b, size_t len,
						    struct kh_layer *l)
{
	size_t at = 0, ls, le, w;

	if (!messages_file(b, len))
		return 0;
	while (at < len && (w = kh_find_text(b, at, len, " it to ", 7, 2, 5)) < len) {
		at = w + 7;
		if (notes_line(b, len, w, &ls, &le) &&
		    prose_reset_it_at(b, ls, le, w, l) < 0)
			return -1;
	}
	return 0;
}

/* Whether the login [us, ue) / [vs, ve) of a line alone is parted by a
 * tab or two blanks or more, as a table's columns copied into notes
 * (`  root  X` under a server's name): one blank is a sentence's. */
static int columns_apart(const unsigned char *b, size_t le, size_t ue, size_t vs,
			 size_t ve)
{
	/* (alone on its line, not code's `int     *event_basep,`) */
	return (vs > ue + 1 || b[ue] == '\t') && skip_blanks(b, ve, le) == le &&
	       !strchr("*&([{<$%", b[vs]);
}

/* A line of notes and its first word: [ls, le) ('\r' off), its '\n' (or
 * len) at nl, the word [ws, we) after its indent. */
struct notes_row {
	size_t ls, le, nl, ws, we;
};

static inline void notes_row_at(const unsigned char *b, size_t len, size_t ls,
				struct notes_row *r)
{
	size_t k;

	r->ls = ls;
	r->nl = line_end(b, len, ls);
	r->le = r->nl > ls && b[r->nl - 1] == '\r' ? r->nl - 1 : r->nl;
	k = r->ws = skip_blanks(b, ls, r->le);
#ifdef __SSE2__
	/* (16 places a step: reST's underlines and long words walked a
	 * byte at a time cost 4 % of a scan of kernel Documentation/; the
	 * line's end a stop of the last step, where 16 bytes may be read) */
	for (; k < r->le && k + 16 <= len; k += 16) {
		const __m128i x = _mm_loadu_si128((const __m128i *)(b + k));
		unsigned m = (unsigned)_mm_movemask_epi8(
			_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(' ')),
				     _mm_cmpeq_epi8(x, _mm_set1_epi8('\t'))));

		if (r->le - k < 16)
			m |= 1u << (r->le - k);
		if (m) {
			r->we = k + (size_t)__builtin_ctz(m);
			return;
		}
	}
#endif
	while (k < r->le && b[k] != ' ' && b[k] != '\t')
		k++;
	r->we = k;
}

/* Whether the line n may be one token alone (its indent, a definition
 * list's ": " and blanks after it aside), by its first word: each label
 * prose_label_apart() reads has its value, or its user, on the line
 * below it (token_below), and a line of prose holds more words. Asked
 * for each short line of notes, this is what the label's readers asked
 * last (587K lines of kernel Documentation/: a tenth of its scan). */
static int token_alone(const unsigned char *b, const struct notes_row *n)
{
	size_t k = n->ws;

	if (k >= n->le) /* an empty line */
		return 0;
	/* ": X" */
	if (n->we == k + 1 && b[k] == ':' && k + 1 < n->le) {
		k = skip_blanks(b, k + 1, n->le);
		if (k >= n->le)
			return 0;
		while (k < n->le && b[k] != ' ' && b[k] != '\t')
			k++;
	} else {
		k = n->we;
	}
	return skip_blanks(b, k, n->le) == n->le;
}

/* One short line of notes, cur (next the line below it, when cur.nl <
 * len): a label whose values stand alone below it (prose_label_apart), a
 * login alone on its line in two columns (prose_login_opening). -1 on no
 * memory. */
static int short_line(const unsigned char *b, size_t len, const struct notes_row *cur,
		      const struct notes_row *next, struct kh_layer *l)
{
	size_t ls = cur->ls, le = cur->le, us, ue, vs, ve, k;
	int r = 0;

	if (le <= ls || le - ls > 96)
		return 0;
	if (cur->nl < len && token_alone(b, next) && prose_label_apart_may(b, ls, le) &&
	    (r = prose_label_apart(b, len, ls, le, l)) < 0)
		return -1;
	/* (the two columns: a tab or two blanks after the first word;
	 * not isblank(), a call into libc each line) */
	k = cur->we;
	if (!r && k + 1 < le && (b[k] == '\t' || b[k + 1] == ' ' || b[k + 1] == '\t') &&
	    prose_login_opening_may(b, cur->ws, k, le) &&
	    prose_login_opening(b, ls, le, &us, &ue, &vs, &ve) &&
	    columns_apart(b, le, ue, vs, ve) &&
	    emit_named(l, b, us, us, "password", vs, ve) < 0)
		return -1;
	return 0;
}

/* The short lines from the line start `from` to the file's end, each
 * line's first word found once: the line above asks it whether it is a
 * token alone. */
static int short_lines_walk(const unsigned char *b, size_t len, size_t from,
			    struct kh_layer *l)
{
	struct notes_row cur, next;

	notes_row_at(b, len, from, &next);
	do {
		cur = next;
		if (cur.nl < len)
			notes_row_at(b, len, cur.nl + 1, &next);
		if (short_line(b, len, &cur, &next, l) < 0)
			return -1;
	} while (cur.nl < len);
	return 0;
}

#ifdef LEADS_AVX2
/* The '\n' bits of nl that end a line holding one of s's bits (s has
 * none at a '\n'), *carry the line left open at the block's end holding
 * one: each bit of s carries up through its line's bits of ~nl to the
 * '\n' that ends it, and no further. */
static inline uint64_t lines_holding(uint64_t nl, uint64_t s, unsigned char *carry)
{
	unsigned long long y;

	/* (~nl + s + carry never carries twice: s is within ~nl) */
	*carry = _addcarry_u64(*carry, ~nl, s, &y);
	return y & nl;
}

static LEADS_AVX2 inline __attribute__((always_inline)) uint64_t
bytes_eq64(__m256i x0, __m256i x1, char c)
{
	const __m256i v = _mm256_set1_epi8(c);

	return (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(x0, v)) |
	       (uint64_t)(uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(x1, v)) << 32;
}

#define PREV_NL_UNKNOWN ((size_t)-2)

/* The line whose '\n' is at b[nl] (the '\n' before it at b[prev]:
 * PAIR_RUN_NONE when none, PREV_NL_UNKNOWN when not known), read as
 * short_lines_walk() reads it
 * (label: only when prose_label_apart_may() takes it; else only when
 * its first word may open two columns). 1 when it was read, 0 when not,
 * -1 on no memory. */
static int short_line_ending(const unsigned char *b, size_t len, size_t nl, size_t prev,
			     int label, struct kh_layer *l)
{
	struct notes_row cur, next;
	size_t lo = nl > 98 ? nl - 98 : 0, ls, le;

	if (prev == PREV_NL_UNKNOWN) {
		const unsigned char *p = memrchr(b + lo, '\n', nl - lo);

		prev = p ? (size_t)(p - b) : PAIR_RUN_NONE;
	}
	if (prev != PAIR_RUN_NONE && prev >= lo)
		ls = prev + 1;
	else if (lo > 0)
		return 0; /* longer than a short line */
	else
		ls = 0;
	le = nl > ls && b[nl - 1] == '\r' ? nl - 1 : nl;
	if (le <= ls || le - ls > 96 || (label && !prose_label_apart_may(b, ls, le)))
		return 0;
	if (!label) { /* short_line()'s two columns, asked first */
		size_t ws = skip_blanks(b, ls, le), k = ws;

		while (k < le && ascii_letter(b[k]))
			k++;
		if (k < le && b[k] == ':') /* a site's URL: the whole word */
			while (k < le && b[k] != ' ' && b[k] != '\t')
				k++;
		if (k + 1 >= le ||
		    (b[k] != '\t' && b[k + 1] != ' ' && b[k + 1] != '\t') ||
		    !prose_login_opening_may(b, ws, k, le))
			return 0;
	}
	notes_row_at(b, len, ls, &cur);
	notes_row_at(b, len, nl + 1, &next);
	return short_line(b, len, &cur, &next, l) < 0 ? -1 : 1;
}

/* The block pass's state between blocks: the carries of lines_holding()
 * and the last '\n' of the blocks before. */
struct short_blocks {
	unsigned char c_any, c_two, c_cols;
	size_t last_nl;
};

static LEADS_AVX2 inline __attribute__((always_inline)) __m256i eq32(__m256i x, char c)
{
	return _mm256_cmpeq_epi8(x, _mm256_set1_epi8(c));
}

/* The masks of the 32 bytes at p (p[-2] and p[-1] readable) that
 * short_lines_blocks() asks: their '\n's, their blanks and '\n's (not
 * content), the starts of second words (two) and of columns (cols). The
 * bytes one and two places back are loaded, not carried from the block
 * before as bits: the tests stay in the vectors, four movemasks a half
 * block, not six and their shifts. */
static LEADS_AVX2 inline __attribute__((always_inline)) void
short_masks32(const unsigned char *p, uint32_t *nl, uint32_t *not_content, uint32_t *two,
	      uint32_t *cols)
{
	const __m256i x = _mm256_loadu_si256((const __m256i *)p),
		      y = _mm256_loadu_si256((const __m256i *)(p - 1)),
		      z = _mm256_loadu_si256((const __m256i *)(p - 2));
	const __m256i nl_x = eq32(x, '\n'), tab_x = eq32(x, '\t'),
		      blank_x = _mm256_or_si256(eq32(x, ' '), tab_x),
		      tab_y = eq32(y, '\t'),
		      blank_y = _mm256_or_si256(eq32(y, ' '), tab_y),
		      /* (a blank or a '\n' two back: neither a lead nor a
		       * word's end) */
		bn_z = _mm256_or_si256(_mm256_or_si256(eq32(z, ' '), eq32(z, '\t')),
				       eq32(z, '\n')),
		      no_lead_z = _mm256_or_si256(bn_z, eq32(z, ':')),
		      no_end_z = _mm256_or_si256(bn_z, eq32(z, '.')),
		      nc_x = _mm256_or_si256(blank_x, nl_x);

	*nl = (uint32_t)_mm256_movemask_epi8(nl_x);
	*not_content = (uint32_t)_mm256_movemask_epi8(nc_x);
	/* content & ~cr & blank1 & lead2 */
	*two = (uint32_t)_mm256_movemask_epi8(
		_mm256_andnot_si256(_mm256_or_si256(nc_x, eq32(x, '\r')),
				    _mm256_andnot_si256(no_lead_z, blank_y)));
	/* word_end2 & blank1 & (tab1 | blank) & ~nl */
	*cols = (uint32_t)_mm256_movemask_epi8(_mm256_andnot_si256(
		_mm256_or_si256(no_end_z, nl_x),
		_mm256_and_si256(blank_y, _mm256_or_si256(tab_y, blank_x))));
}

/* From the block at b[at] on, the first block that holds a line to read
 * (*alone: the '\n's ending tokens alone, *cols: lines of two columns;
 * *nl its '\n's), its place returned; len's last whole block's end when
 * none. s->last_nl is the last '\n' before the block returned. (A loop
 * with no call in it: with the reads' calls in it the compiler kept the
 * masks and the bytes' constants on the stack.) */
static LEADS_AVX2 inline __attribute__((always_inline)) size_t
short_blocks_next(const unsigned char *b, size_t len, size_t at, struct short_blocks *s,
		  uint64_t *alone_out, uint64_t *cols_out, uint64_t *nl_out)
{
	unsigned char c_any = s->c_any, c_two = s->c_two, c_cols = s->c_cols;
	size_t last_nl = s->last_nl;
	unsigned char first[66];

	for (; at + 64 <= len; at += 64) {
		const unsigned char *p = b + at;
		uint32_t nl0, nc0, two0, cols0, nl1, nc1, two1, cols1;
		uint64_t nl, content, two, cols, alone;

		if (at == 0) { /* (the file's start: as if after a '\n') */
			first[0] = first[1] = '\n';
			memcpy(first + 2, b, 64);
			p = first + 2;
		}
		short_masks32(p, &nl0, &nc0, &two0, &cols0);
		short_masks32(p + 32, &nl1, &nc1, &two1, &cols1);
		nl = nl0 | (uint64_t)nl1 << 32;
		content = ~(nc0 | (uint64_t)nc1 << 32);
		two = two0 | (uint64_t)two1 << 32;
		cols = cols0 | (uint64_t)cols1 << 32;
		alone = lines_holding(nl, content, &c_any) &
			~lines_holding(nl, two, &c_two);
		cols = lines_holding(nl, cols, &c_cols);
		if (alone | cols) {
			*alone_out = alone;
			*cols_out = cols;
			*nl_out = nl;
			break;
		}
		if (nl)
			last_nl = at + 63 - (size_t)__builtin_clzll(nl);
	}
	s->c_any = c_any;
	s->c_two = c_two;
	s->c_cols = c_cols;
	s->last_nl = last_nl;
	return at;
}

/*
 * The short lines by 64-byte blocks of bits: a line matters only when the
 * line below it may be a token alone (some byte but a blank, no second
 * word: token_alone) or it may hold two columns, an operator's name or a
 * site's URL then a tab or two blanks (a byte but a blank or a '.', a
 * blank, then a tab's next byte or a blank: a URL or a user may end in
 * a digit or a '/', and a sentence's double blank after its '.' wakes
 * nothing; a row whose URL and user both end in '.' is read only line
 * by line). Both are
 * asked of a line's '\n' by carries (lines_holding): most lines of prose
 * are neither, and a line walked cost 140 instructions (785K lines of
 * kernel Documentation/). A second word: a byte but a blank, '\r' or
 * '\n' after a blank after a byte but a blank or ':' (": X" is a
 * definition's token alone).
 */
static LEADS_AVX2 int short_lines_blocks(const unsigned char *b, size_t len,
					 struct kh_layer *l)
{
	struct short_blocks s = { 0, 0, 0, PAIR_RUN_NONE };
	size_t at, last_nl, read = PAIR_RUN_NONE, pn, pp, q, from;
	uint64_t alone = 0, cols = 0, nl = 0, m;
	int r;

	for (at = 0;
	     (at = short_blocks_next(b, len, at, &s, &alone, &cols, &nl)) + 64 <= len;
	     at += 64) {
		last_nl = s.last_nl;
		for (m = alone | cols; m; m &= m - 1) {
			q = (size_t)__builtin_ctzll(m);
			uint64_t below = nl & ((1ULL << q) - 1), above;

			if (alone >> q & 1) { /* the line above the token */
				/* (its start from the block's bits when the '\n'
				 * before it is in them or is last_nl) */
				if (below) {
					pn = at + 63 - (size_t)__builtin_clzll(below);
					above = below & ~(1ULL << (pn - at));
					pp = above ? at + 63 -
							     (size_t)__builtin_clzll(
								     above)
						   : last_nl;
				} else {
					pn = last_nl;
					pp = PREV_NL_UNKNOWN;
				}
				if (pn != PAIR_RUN_NONE && pn != read && pn > 0 &&
				    b[pn - 1] != '\n') {
					if ((r = short_line_ending(b, len, pn, pp, 1,
								   l)) < 0)
						return -1;
					if (r)
						read = pn;
				}
			}
			if ((cols >> q & 1) && at + q != read) {
				pp = below ? at + 63 - (size_t)__builtin_clzll(below)
					   : last_nl;
				if ((r = short_line_ending(b, len, at + q, pp, 0, l)) < 0)
					return -1;
				if (r)
					read = at + q;
			}
		}
		if (nl)
			s.last_nl = at + 63 - (size_t)__builtin_clzll(nl);
	}
	last_nl = s.last_nl;
	/* the rest line by line, from the last line whose line below was not
	 * asked (unless it was read) */
	if (last_nl == PAIR_RUN_NONE)
		from = 0;
	else if (read == last_nl)
		from = last_nl + 1;
	else
		from = line_start(b, last_nl);
	return short_lines_walk(b, len, from, l);
}
#endif

/* Notes' short lines (short_line): by blocks of bits where the CPU has
 * AVX2, each line walked otherwise. */
static int notes_short_lines(const unsigned char *b, size_t len, struct kh_layer *l)
{
	if (!len)
		return 0;
#ifdef LEADS_AVX2
	if (len >= 128 && __builtin_cpu_supports("avx2"))
		return short_lines_blocks(b, len, l);
#endif
	return short_lines_walk(b, len, 0, l);
}

/* The message of a chat export's JSON on the line b[ls..le): the string
 * of a "text", "content", "message" or "body" member, [*ms, *me); 0 when
 * none. */
static int json_message(const unsigned char *b, size_t ls, size_t le, size_t *ms,
			size_t *me)
{
	static const char *const names[] = { "\"text\":", "\"content\":", "\"message\":",
					     "\"body\":", NULL };
	size_t first[4] = { le, le, le, le }, w, k, i;
	const unsigned char *q;

	/* each name's first place, by the `":` that ends a member's name
	 * (most lines of notes hold none: four memmem()s a line took a
	 * quarter of a scan of the kernel's Documentation/) */
	if ((i = kh_find_pair(b, ls, le, '"', ':', 1)) >= le)
		return 0; /* (and no strlen() of each name on each line) */
	for (; i < le; i = kh_find_pair(b, i + 1, le, '"', ':', 1))
		for (w = 0; names[w]; w++) {
			size_t n = strlen(names[w]);

			if (first[w] == le && i + 2 >= ls + n &&
			    !memcmp(b + i + 2 - n, names[w], n))
				first[w] = i + 2 - n;
		}
	for (w = 0; names[w]; w++) {
		size_t n = strlen(names[w]);

		if (first[w] == le)
			continue;
		k = skip_blanks(b, first[w] + n, le);
		if (k >= le || b[k] != '"')
			return 0;
		*ms = k + 1;
		for (q = b + *ms; q < b + le && *q != '"'; q += 1 + (*q == '\\'))
			;
		if (q >= b + le)
			return 0;
		*me = (size_t)(q - b);
		return 1;
	}
	return 0;
}

/* The start of the first line at or after the line start ls that opens
 * with `[` and a digit (a chat log's "[09:14"), len when none. */
static size_t next_chat_line(const unsigned char *b, size_t len, size_t ls)
{
	if (ls < len && b[ls] != '[')
		ls = kh_find_pair(b, ls, len, '\n', '[', 1) + 1;
	while (ls + 1 < len && !isdigit(b[ls + 1])) /* ("[[", "[a") */
		ls = kh_find_pair(b, ls, len, '\n', '[', 1) + 1;
	return ls + 1 < len ? ls : len;
}

/* Notes: chat exports' messages that open with a login: each line
 * starting with `[` and a time (prose_chat_opening), and a JSON export's
 * message string (prose_login_opening). */
static int notes_chat(const unsigned char *b, size_t len, size_t first_mark,
		      size_t first_chat, struct kh_layer *l)
{
	size_t ls, le, ce, us, ue, vs, ve, ms, me, at;
	/* the next `":` at or after ls, found in the file, not once a line
	 * (json_message() has no message on a line without one: most) */
	size_t mark = first_mark;
	/* the next ": " likewise: prose_login_labelled() reads a label's
	 * login after one, and most lines of notes hold none (781K calls on
	 * kernel Documentation/, a memchr each) */
	struct pair_run colons;
	size_t colon;
	/* and the next chat line's start: a line with none of the three
	 * finds nothing, so the next line read is the one holding the
	 * first of them (not each line's end: 784K memchr()s there) */
	size_t chat = next_chat_line(b, len, len && b[0] != '[' ? first_chat + 1 : 0);
	const unsigned char *nl;
	int found, labelled, msg = 0;

	/* (its windows' bits kept: 49K lines hold one) */
	pair_run_init(&colons, b, len, ':', ' ');
	colon = pair_run_next(&colons, 0);
	for (ls = 0; ls < len; ls = le + 1) {
		if (mark < ls)
			mark = kh_find_pair(b, ls, len, '"', ':', 1);
		if (colon < ls)
			colon = pair_run_next(&colons, ls);
		if (chat < ls)
			chat = next_chat_line(b, len, ls);
		at = mark < colon ? mark : colon;
		at = at < chat ? at : chat;
		if (at >= len)
			break;
		if (at > ls && (nl = memrchr(b + ls, '\n', at - ls)))
			ls = (size_t)(nl - b) + 1; /* the line holding it */
		le = line_end(b, len, ls);
		if (le - ls > LOGINS_LINE_MAX)
			continue;
		ce = le > ls && b[le - 1] == '\r' ? le - 1 : le;
		/* a ": " on the line after a label's word */
		labelled = colon + 1 < ce && prose_login_labelled_may(b, ls, colon, ce);
		if (b[ls] == '[' && ce > ls + 1 && isdigit(b[ls + 1]))
			found = prose_chat_opening(b, ls, ce, &us, &ue, &vs, &ve) ||
				(labelled &&
				 prose_login_labelled(b, ls, ce, &us, &ue, &vs, &ve));
		else if (mark + 1 < ce &&
			 (found = msg = json_message(b, ls, ce, &ms, &me)))
			found = prose_login_opening(b, ms, me, &us, &ue, &vs, &ve) ||
				(labelled &&
				 prose_login_labelled(b, ms, me, &us, &ue, &vs, &ve));
		else
			found = labelled &&
				prose_login_labelled(b, ls, ce, &us, &ue, &vs, &ve);
		if (found && emit_named(l, b, us, us, "password", vs, ve) < 0)
			return -1;
		/* a message that opens with a bare token its words say is a
		 * credential, or answers a question for one with a code span
		 * (prose_token_message, shape_prose.c: 2 for a password) */
		if (!found &&
		    (found = b[ls] == '[' ? prose_chat_token(b, ls, ce, &vs, &ve)
			     : msg	  ? prose_token_message(b, ls, ms, me, &vs, &ve)
					  : 0) &&
		    emit_named(l, b, vs, vs, found == 2 ? "password" : "api_key", vs,
			       ve) < 0)
			return -1;
		msg = 0;
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

/* A comment's sentence that gives a login as a note's line does (`# tmp
 * for the kiosk until LDAP is fixed: kiosk2 / V`): its first ` / `, the
 * password one by itself (prose_login_at, unnamed). */
static int hash_comment_login(const unsigned char *b, size_t ls, size_t le,
			      struct kh_layer *l)
{
	const unsigned char *p = kh_memmem(b + ls, le - ls, " / ", 3);
	size_t us, ue, vs, ve;

	if (!p || !prose_login_at(b, ls, le, (size_t)(p - b) + 1, 1, &us, &ue, &vs, &ve))
		return 0;
	return emit_named(l, b, us, us, "password", vs, ve) < 0 ? -1 : 0;
}

/* A file of users' hashes (`user:$7$…`): a comment that keeps a login in
 * plain text, in two columns (`# nodered  V`, a tab, or ` / `), read as
 * a list's line; the hashes and sentences are not. */
static int hash_file_comments(const unsigned char *b, size_t len, struct kh_layer *l)
{
	size_t ls, le, ce, k, ne;

	if (len > LOGINS_FILE_MAX)
		return 0;
	for (ls = 0; ls < len; ls = le + 1) {
		le = line_end(b, len, ls);
		if (b[ls] != '#' || le - ls > 256)
			continue;
		ce = le > ls && b[le - 1] == '\r' ? le - 1 : le;
		k = ls;
		while (k < ce && b[k] == '#')
			k++;
		k = skip_blanks(b, k, ce);
		for (ne = k; ne < ce && !isblank(b[ne]); ne++)
			;
		if (ne + 2 < ce &&
		    (b[ne] == '\t' || isblank(b[ne + 1]) || b[ne + 1] == '/')) {
			if (list_line(b, k, ce, l) < 0)
				return -1;
		} else if (hash_comment_login(b, k, ce, l) < 0) {
			return -1;
		}
	}
	return 0;
}

/* ---- spreadsheets: a table of accounts ---------------------------------- */

#define SHEET_CELLS_MAX 4096 /* cells read from one sheet's strings */
#define SHEET_HEAD_MAX	16   /* a header's cells: the first ones */

struct cell {
	size_t s, e;
};

/* Whether the cell b[s..e) names a password's column by its last word
 * (Password, Admin password, Kennwort) or a user's by its first (User,
 * User name, Login ID, Account). */
static int head_cell(const unsigned char *b, size_t s, size_t e, int password)
{
	static const char *const pw[] = { "password", "passwort",   "passwd",
					  "pwd",      "pw",	    "pass",
					  "kennwort", "passphrase", NULL };
	static const char *const user[] = { "user",	"username", "login", "account",
					    "benutzer", "userid",   "logon", NULL };
	size_t w = e;

	if (e - s > 24)
		return 0;
	if (!password) { /* its first word: User name, Login ID */
		for (w = s; w < e && isalpha(b[w]); w++)
			;
		return (w == e || b[w] == ' ') &&
		       word_in((const char *)b + s, w - s, user);
	}
	while (w > s && isalpha(b[w - 1]))
		w--;
	if (w > s && b[w - 1] != ' ')
		return 0;
	return word_in((const char *)b + w, e - w, pw);
}

/* Whether the cell b[s..e) is an account's lower-case name or a mail
 * address (ops, kiosk.admin, j.berg@corp.example). */
static int user_cell(const unsigned char *b, size_t s, size_t e)
{
	size_t i;

	if (s == e || e - s > 64 || !isalnum(b[s]))
		return 0;
	for (i = s; i < e; i++)
		if (!(islower(b[i]) || isdigit(b[i]) || strchr("._@-", b[i])))
			return 0;
	return 1;
}

/* Whether the cell b[s..e) may be a password under a header naming one:
 * one token (no "[in the safe, envelope 7]", no entity), letters and
 * digits (or a person's words, a generator's), not the user beside it. */
static int password_cell(const unsigned char *b, const struct cell *c, int user)
{
	size_t i, n = c->e - c->s, hex = 0;
	int alpha = 0, digit = 0;

	if (n < 6 || n > 64)
		return 0;
	for (i = c->s; i < c->e; i++) {
		if (b[i] <= ' ' || b[i] == '&' || b[i] == '<')
			return 0;
		alpha |= !!isalpha(b[i]);
		digit |= !!isdigit(b[i]);
		hex += !!isxdigit(b[i]);
	}
	if (hex == n && n >= 16)
		return 0; /* a digest's column (Hash, Checksum) */
	if (!(user ? alpha && digit : kh_is_unnamed_password(b + c->s, n)))
		return 0;
	return plausible_credential(b + c->s, n, 1);
}

/* The text of the XML element opened at b[k] ("<t>", "<text:p ...>"), up
 * to its close tag (close[0..cn)) before e: [c->s, c->e); 0 when none. */
static int element_text(const unsigned char *b, size_t k, size_t e, const char *close,
			size_t cn, struct cell *c)
{
	const unsigned char *gt = memchr(b + k, '>', e - k), *end;

	if (!gt || gt[-1] == '/')
		return 0;
	c->s = (size_t)(gt - b) + 1;
	end = memmem(b + c->s, e - c->s, close, cn);
	if (!end || memchr(b + c->s, '<', (size_t)(end - b) - c->s))
		return 0;
	c->e = (size_t)(end - b);
	return 1;
}

/* The cells of an .xlsx's shared strings (xl/sharedStrings.xml, zipped
 * or unpacked): each <si>'s text, in the order a sheet first used them
 * (a rich text's runs: none); at most max. */
static size_t shared_strings(const unsigned char *b, size_t len, struct cell *cells,
			     size_t max)
{
	size_t n = 0, at = 0, se;
	const unsigned char *p, *q;

	while (n < max && (p = memmem(b + at, len - at, "<si", 3))) {
		at = (size_t)(p - b) + 3;
		if (at >= len || (b[at] != '>' && b[at] != ' '))
			continue;
		q = memmem(b + at, len - at, "</si>", 5);
		se = q ? (size_t)(q - b) : len;
		cells[n].s = cells[n].e = at;
		if ((p = memmem(b + at, se - at, "<t", 2)) &&
		    !element_text(b, (size_t)(p - b), se, "</t>", 4, &cells[n]))
			cells[n].s = cells[n].e = at;
		n++;
		at = se;
	}
	return n;
}

/*
 * A sheet's shared strings hold a table of accounts when its header's
 * first cells name a user's column and a password's (System | User |
 * Password). Rows are approximate there (a string used twice is stored
 * once), so a password is a cell after the header that follows an
 * account's name (weigh, OoUOujfy…), or one that looks like a password by
 * itself; each becomes a `password = "X"` line.
 */
static int sheet_strings(const unsigned char *b, size_t len, struct kh_layer *l)
{
	struct cell *c;
	size_t n, j, pw = SIZE_MAX;
	int user = 0, r = 0;

	if (len > LOGINS_NOTES_MAX || !(c = malloc(SHEET_CELLS_MAX * sizeof(*c))))
		return len > LOGINS_NOTES_MAX ? 0 : -1;
	n = shared_strings(b, len, c, SHEET_CELLS_MAX);
	for (j = 0; j < n && j < SHEET_HEAD_MAX && pw == SIZE_MAX; j++) {
		user |= head_cell(b, c[j].s, c[j].e, 0);
		if (user && head_cell(b, c[j].s, c[j].e, 1))
			pw = j;
	}
	for (j = pw + 1; pw != SIZE_MAX && j < n && r == 0; j++) {
		int by_user = user_cell(b, c[j - 1].s, c[j - 1].e);

		if (password_cell(b, &c[j], by_user))
			r = emit_named(l, b, c[j].s, c[j].s, "password", c[j].s, c[j].e);
	}
	free(c);
	return r < 0 ? -1 : 0;
}

/* The cells of the OpenDocument row b[rs..re) (<table:table-cell>s, a
 * repeated empty one counted as many, up to max): each one's first
 * <text:p>'s text, empty when none; how many. */
static size_t ods_cells(const unsigned char *b, size_t rs, size_t re, struct cell *cells,
			size_t max)
{
	size_t n = 0, at = rs, ce, k;
	const unsigned char *p, *q;
	unsigned long rep;

	while (n < max && (p = memmem(b + at, re - at, "<table:table-cell", 17))) {
		at = (size_t)(p - b) + 17;
		q = memchr(b + at, '>', re - at);
		if (!q)
			break;
		ce = (size_t)(q - b);
		rep = 1;
		if ((p = memmem(b + at, ce - at, "number-columns-repeated=\"", 25)))
			rep = strtoul((const char *)p + 25, NULL, 10);
		if (q[-1] == '/') { /* an empty cell, maybe many */
			for (k = 0; k < rep && k < 64 && n < max; k++, n++)
				cells[n].s = cells[n].e = ce;
			at = ce + 1;
			continue;
		}
		p = memmem(b + ce, re - ce, "</table:table-cell>", 19);
		k = p ? (size_t)(p - b) : re;
		cells[n].s = cells[n].e = ce;
		if ((p = memmem(b + ce, k - ce, "<text:p", 7)) &&
		    !element_text(b, (size_t)(p - b), k, "</text:p>", 9, &cells[n]))
			cells[n].s = cells[n].e = ce;
		n++;
		at = k;
	}
	return n;
}

/*
 * An .ods's content.xml: its rows are whole there, so a table of accounts
 * is read as CSV's is, by its header: the row naming a user's column and
 * a password's, then each row's cell in the password's column.
 */
static int ods_content(const unsigned char *b, size_t len, struct kh_layer *l)
{
	struct cell c[ROW_MAX_COLUMNS];
	size_t at = 0, rs, re, n, j, pw = SIZE_MAX, rows = 0;
	const unsigned char *p;
	int user;

	if (len > LOGINS_NOTES_MAX)
		return 0;
	while (rows < SHEET_CELLS_MAX &&
	       (p = memmem(b + at, len - at, "<table:table-row", 16))) {
		rs = (size_t)(p - b) + 16;
		p = memmem(b + rs, len - rs, "</table:table-row>", 18);
		re = p ? (size_t)(p - b) : len;
		at = re;
		rows++;
		n = ods_cells(b, rs, re, c, ROW_MAX_COLUMNS);
		if (pw == SIZE_MAX) {
			for (j = 0, user = 0; j < n && pw == SIZE_MAX; j++) {
				user |= head_cell(b, c[j].s, c[j].e, 0);
				if (user && head_cell(b, c[j].s, c[j].e, 1))
					pw = j;
			}
			continue;
		}
		if (pw < n && password_cell(b, &c[pw], 1) &&
		    emit_named(l, b, c[pw].s, c[pw].s, "password", c[pw].s, c[pw].e) < 0)
			return -1;
	}
	return 0;
}

/* The rare pairs the notes passes look for first, found in one pass
 * (pair_firsts): "u:" (notes_leads), "/ " (notes_logins), '":' and a chat
 * line's "\n[" (notes_chat), "SS" of "SSID" (notes_ssid), "<t" of "<tr",
 * "{|" and "==" of "==  " (notes_tables). Each pass starts at its pair's
 * first place: a text that holds the pair at its start can be nowhere
 * before it. */
enum {
	FIRST_U,
	FIRST_SLASH,
	FIRST_MARK,
	FIRST_CHAT,
	FIRST_SSID,
	FIRST_TR,
	FIRST_WIKI,
	FIRST_RULE
};

static const struct pair_firsts notes_pairs = {
	{ 'u', '/', '"', '\n', 'S', '<', '{', '=' },
	{ ':', ' ', ':', '[', 'S', 't', '|', '=' },
	8
};

int kh_shape_logins(const unsigned char *b, size_t len, int kind, struct kh_layer *l)
{
	size_t pw = len; /* the first ", pw " (notes_listed) */
	size_t first[8];

	/* (a list's `name / password` lines are its own) */
	if (kind == KH_LOGIN_FILE_LIST)
		return list_logins(b, len, l);
	if (kind == KH_LOGIN_FILE_SHEET)
		return sheet_strings(b, len, l);
	if (kind == KH_LOGIN_FILE_ODS)
		return ods_content(b, len, l);
	if (kind == KH_LOGIN_FILE_HASHES)
		return hash_file_comments(b, len, l);
	if (kind != KH_LOGIN_FILE_NOTES || len > LOGINS_NOTES_MAX ||
	    len < LOGINS_NOTES_MIN)
		return 0;
	pair_firsts(b, len, &notes_pairs, first);
	if (notes_logins(b, len, first[FIRST_SLASH], l) < 0 ||
	    notes_leads(b, len, "s ", 0, l) < 0 ||
	    notes_leads(b, len, "u:", first[FIRST_U], l) < 0 ||
	    notes_chat(b, len, first[FIRST_MARK], first[FIRST_CHAT], l) < 0 ||
	    notes_listed(b, len, ", pass ", 2, 0, &pw, l) < 0 ||
	    notes_listed(b, len, ", pw ", 2, pw, NULL, l) < 0 ||
	    notes_listed(b, len, " pass ", 1, 0, NULL, l) < 0 ||
	    notes_with(b, len, l) < 0 || notes_tables(b, len, first + FIRST_TR, l) < 0 ||
	    notes_short_lines(b, len, l) < 0 ||
	    notes_ssid(b, len, first[FIRST_SSID], l) < 0 || notes_keys(b, len, l) < 0 ||
	    notes_reset_it(b, len, l) < 0)
		return -1;
	return 0;
}
