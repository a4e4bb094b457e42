/*
 * shape_docs.c - documents' syntaxes: names and values in less common
 * syntaxes, Markdown's fenced blocks under a heading, templates (Go, Helm,
 * Jinja).
 */
#include "shape_internal.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "util.h"
#include "validate.h"

/* ---- names and values in less common syntaxes --------------------------- */

/* A name's credential word glued to a lower-case head (dbpassword,
 * mail_smtppassword, apitoken): where the word starts, or ne. The rules
 * read a credential word only where a name's part starts. */
static size_t glued_word(const unsigned char *b, size_t ns, size_t ne)
{
	static const char *words[] = { "password", "passwd", "secret", "token" };
	size_t w, n = glued_password(b + ns, ne - ns);

	if (n < ne - ns)
		return ns + n; /* mail_smtppass, rootpw, SMTPPASS */
	for (w = 0; w < sizeof(words) / sizeof(words[0]); w++) {
		n = strlen(words[w]);
		if (ne - ns > n && !strncasecmp((const char *)b + ne - n, words[w], n) &&
		    islower(b[ne - n - 1]) && islower(b[ne - n]))
			return ne - n;
	}
	return ne;
}

/* emit_pair, with a glued credential word split off: `db_password`. */
int emit_split(struct kh_layer *l, const unsigned char *b, size_t ns, size_t ne,
	       size_t vs, size_t ve)
{
	size_t g, k;

	if (!credential_name(b + ns, ne - ns) || !plausible_value(b + vs, ve - vs))
		return 0;
	g = glued_word(b, ns, ne);
	if (g == ne)
		return emit_named(l, b, ns, ne, "", vs, ve);
	for (k = ns; k < g; k++)
		if (kh_layer_put(l, ident_byte(b[k]) ? b[k] : '_', k, k + 1, KH_SHAPE) <
		    0)
			return -1;
	if (g > ns && b[g - 1] != '_' && kh_layer_put(l, '_', g, g, KH_SHAPE) < 0)
		return -1;
	return emit_named(l, b, g, ne, "", vs, ve);
}

/* The name (letters, digits, '_', '-') ending at b[e], blanks before e
 * skipped back: its start, or e when there is none. */
size_t name_before(const unsigned char *b, size_t ls, size_t *e)
{
	size_t k;

	*e = skip_blanks_back(b, *e, ls);
	for (k = *e; k > ls && (isalnum(b[k - 1]) || b[k - 1] == '_' || b[k - 1] == '-');
	     k--)
		;
	return k;
}

/* A suffix that keeps a credential's name for another of its values
 * (HUBSPOT_API_KEY_OLD, GITHUB_TOKEN_V2, STRIPE_SECRET_KEY_PROD): its
 * length, or 0. */
static size_t variant_suffix(const unsigned char *b, size_t ns, size_t ne)
{
	static const char *words[] = { "old",	  "new",  "prev",    "previous",
				       "backup",  "next", "current", "prod",
				       "staging", "dev",  "test",    "live" };
	size_t w, n, k;

	for (k = ne; k > ns && b[k - 1] != '_'; k--)
		;
	if (k <= ns + 1)
		return 0;
	n = ne - k;
	if ((n == 2 && tolower(b[k]) == 'v' && isdigit(b[k + 1])) ||
	    (n == 1 && isdigit(b[k])))
		return n + 1;
	for (w = 0; w < sizeof(words) / sizeof(words[0]); w++)
		if (n == strlen(words[w]) &&
		    !strncasecmp((const char *)b + k, words[w], n))
			return n + 1;
	return 0;
}

/*
 * A literal token after `Bearer` at b[k] that the code joins to it:
 * C#'s interpolation hole ($"Bearer {"..."}"), a concatenation
 * ("Bearer " + "...", PHP's ., Lua's .., VB's &, Elixir's <>). The
 * literal's content in [*vs, *ve).
 */
static int bearer_joined(const unsigned char *b, size_t le, size_t k, size_t *vs,
			 size_t *ve)
{
	size_t i;

	if (k >= le || b[k] != ' ')
		return 0;
	if (k + 1 < le && b[k + 1] == '{') {
		i = quoted(b, k + 2, le, vs, ve);
		return i && i < le && b[i] == '}';
	}
	if (k + 1 >= le || (b[k + 1] != '"' && b[k + 1] != '\'') ||
	    !(i = concat_next(b, k + 2, le)))
		return 0;
	/* the whole token, not the first part of a longer join */
	i = quoted(b, i, le, vs, ve);
	return i && !concat_operator(b, skip_blanks(b, i, le), le);
}

/* A Bearer token in a logged repr of bytes, a literal \r or \n right after
 * it (b'...Authorization: Bearer <token>\r\n'): its end, or 0. */
static size_t bearer_escaped(const unsigned char *b, size_t le, size_t k)
{
	size_t e;

	if (k >= le || b[k] != ' ')
		return 0;
	for (e = k + 1; e < le && b64token_byte(b[e]); e++)
		;
	return e + 1 < le && b[e] == '\\' && (b[e + 1] == 'r' || b[e + 1] == 'n') ? e : 0;
}

/* A Lisp's definition before the name at b[s]: (def, (defvar,
 * (defparameter, (defconst, (define, (setq, (setf. */
static int lisp_definition(const unsigned char *b, size_t ls, size_t s)
{
	size_t k = s;

	if (k > ls && (b[k - 1] == '*' || b[k - 1] == '+'))
		k--; /* *earmuffs*, +constants+ */
	if (k <= ls || (b[k - 1] != ' ' && b[k - 1] != '\t'))
		return 0;
	k = skip_blanks_back(b, k, ls);
	while (k > ls && (islower(b[k - 1]) || b[k - 1] == '-'))
		k--;
	return k > ls && b[k - 1] == '(' &&
	       (!strncmp((const char *)b + k, "def", 3) ||
		!strncmp((const char *)b + k, "set", 3));
}

/* Where a command's line starts after blanks, a crontab's schedule, a
 * shell history's number (` 512  NAME=...`), a prompt ("$ ") and env or
 * sudo. */
static size_t command_line_start(const unsigned char *b, size_t ls, size_t le)
{
	size_t i = cron_schedule_end(b, skip_blanks(b, ls, le), le), k;

	for (k = i; k < le && isdigit(b[k]); k++)
		;
	if (k > i && k < le && (b[k] == ' ' || b[k] == '\t'))
		i = skip_blanks(b, k, le);
	if (i + 1 < le && b[i] == '$' && b[i + 1] == ' ')
		i = skip_blanks(b, i + 1, le);
	if ((b[i] == 's' && word_at(b, i, le, "sudo")) ||
	    (b[i] == 'e' && word_at(b, i, le, "env")))
		i = skip_blanks(b, i + (b[i] == 's' ? 4 : 3), le);
	return i;
}

/* `NAME=value command` from b[ns], its '=' at b[eq] on the line ending at
 * le: the value (quoted or bare) in [*vs, *ve) when a command follows it.
 * *run is where a bare value read before ends (0: none yet); a value
 * starting inside it ends there too, so a line of many `&NAME=` in one
 * bare run is read once, not once an '='. */
static int command_prefix(const unsigned char *b, size_t le, size_t eq, size_t *vs,
			  size_t *ve, size_t *run)
{
	size_t j, k;

	if (!(j = quoted(b, eq + 1, le, vs, ve))) {
		if (eq + 1 >= *run)
			*run = bare_value(b, eq + 1, le);
		*vs = eq + 1;
		j = *ve = *run;
	}
	k = skip_blanks(b, j, le);
	return k > j && k < le && (b[k] == '.' || b[k] == '/' || isalpha(b[k]));
}

/* Whether the word b[ws..we) runs the command after it (its path's last
 * part: ExecStart=/usr/bin/env): a Dockerfile's RUN, env, sudo, exec. */
static int command_runner(const unsigned char *b, size_t ws, size_t we)
{
	static const char *const words[] = { "run",  "env",	"sudo", "exec", "nohup",
					     "time", "command", "nice", "do",	"then" };
	size_t w, n;

	for (n = we; n > ws && b[n - 1] != '/' && b[n - 1] != '='; n--)
		;
	for (w = 0; w < sizeof(words) / sizeof(words[0]); w++)
		if (we - n == strlen(words[w]) && equal_ci(b + n, words[w], we - n))
			return 1;
	return 0;
}

/*
 * Whether the name at b[s] on the line b[ls..le) stands where a
 * command's environment is set (`NAME=value cmd`): first on the line
 * (command_line_start), or after other assignments, a separator (cd x &&,
 * ;, |, a subshell's '(', sh -c "), a label (a Procfile's `web:`, CI's
 * `run:`) or a word that runs a command (RUN, env, sudo).
 */
static int env_prefix_at(const unsigned char *b, size_t ls, size_t le, size_t s)
{
	size_t cls = command_line_start(b, ls, le), k, t, n;

	for (n = 0; n < 8; n++) {
		if (s == cls)
			return 1;
		if (s > ls && strchr(";&|(`", b[s - 1]))
			return 1;
		if (s >= ls + 4 && (b[s - 1] == '"' || b[s - 1] == '\'') &&
		    !memcmp(b + s - 4, "-c ", 3))
			return 1; /* sh -c "NAME=value cmd" */
		k = skip_blanks_back(b, s, ls);
		if (k == s || k == ls)
			return 0;
		for (t = k; t > ls && b[t - 1] != ' ' && b[t - 1] != '\t'; t--)
			;
		if (strchr(";&|:", b[k - 1]) || command_runner(b, t, k))
			return 1;
		for (s = t; s < k && (isalnum(b[s]) || b[s] == '_'); s++)
			;
		if (s == t || s == k || b[s] != '=')
			return 0; /* not another assignment */
		s = t;
	}
	return 0;
}

/*
 * What follows a name b[s..k) that these syntaxes put apart from a
 * value: R's `<-`, VB's `As Type =`, a Lisp's (def name "..."), EDN's
 * :name "...", an Erlang or Elixir tuple {name, "..."}, C's #define, a
 * plist's <key>, a name with a variant's suffix, `NAME=value command`.
 */
static int less_common_apart(const unsigned char *b, size_t len, size_t s, size_t k)
{
	size_t ls, j, e, vs, ve, run = 0;
	unsigned char c;

	/* most hits (code's names) are followed by none of these: out at once */
	if (k >= len || !(c = b[k]) || !strchr(" *,=<", c))
		return 0;
	j = skip_blanks(b, k, len);
	if (j + 1 < len && b[j] == '<' && (b[j + 1] == '-' || b[j + 1] == '<'))
		return 1;
	if (c == '<')
		return s >= 5 && !memcmp(b + s - 5, "<key>", 5);
	if (c == ' ' && k + 4 < len && !memcmp(b + k, " As ", 4))
		return 1;
	if ((c == ' ' || c == '*' || c == ',') &&
	    (s == 0 || !strchr(c == ',' ? "{: \t" : ": \t*", b[s - 1])))
		return 0;
	if ((ls = near_line_start(b, s)) > s)
		return 0;
	e = skip_blanks_back(b, s, ls);
	if ((c == ' ' || c == '*') &&
	    ((s > ls && b[s - 1] == ':') || lisp_definition(b, ls, s) ||
	     (e >= ls + 7 && !memcmp(b + e - 7, "#define", 7))))
		return 1;
	if (c == ',' && s > ls) {
		e = skip_blanks_back(b, s - (b[s - 1] == ':'), ls);
		return e > ls && b[e - 1] == '{';
	}
	if (c != '=')
		return 0;
	e = line_end(b, len, k);
	if (command_line_start(b, ls, e) == s && variant_suffix(b, s, k))
		return 1;
	return env_prefix_at(b, ls, e, s) && command_prefix(b, e, k, &vs, &ve, &run);
}

/* A keyword hit of the generic rule that ends b[last]: whether its line
 * holds one of the shapes below. */
int less_common_named(struct kh_hit *h)
{
	const unsigned char *b = h->b;
	size_t len = h->len, last = h->last;
	size_t k = last + 1, s = last, vs, ve;

	if (k >= len)
		return 0;
	if (last >= 10 && !memcmp(b + last - 10, "publish -p ", 11))
		return 1; /* vsce's, ovsx's: -p <token> */
	if (last >= 5 && equal_ci(b + last - 5, "bearer", 6))
		return bearer_joined(b, len - k > 256 ? k + 256 : len, k, &vs, &ve);
	k = hit_name_end(h, HIT_CODE, last + 16);
	s = hit_name_start(h, HIT_IDENT, NAME_MAX_LEN);
	return less_common_apart(b, len, s, k);
}

/*
 * Credentials a line hands over by position, first on the line b[ls..le):
 * Caddy's `dns <provider> <token>` (and its global `acme_dns`), steamcmd's `+login <user>
 * <password>`, a Lua table's lone `key` under its provider (M.aiven = { key = "..." }).
 */
static int positional_credentials(const unsigned char *b, size_t ls, size_t le,
				  struct kh_layer *l)
{
	size_t i = skip_blanks(b, ls, le), ns, ne, vs, ve;
	const unsigned char *p;

	for (ne = i; ne < le && (isalnum(b[ne]) || b[ne] == '_' || b[ne] == '.'); ne++)
		;
	if (((ne - i == 3 && !memcmp(b + i, "dns", 3)) ||
	     (ne - i == 8 && !memcmp(b + i, "acme_dns", 8))) &&
	    ne < le && b[ne] == ' ') {
		ns = skip_blanks(b, ne, le);
		for (ne = ns; ne < le && isalnum(b[ne]); ne++)
			;
		vs = skip_blanks(b, ne, le);
		ve = bare_value(b, vs, le);
		return ne > ns && vs > ne && skip_blanks(b, ve, le) == le &&
				       plausible_credential(b + vs, ve - vs, 0)
			       ? emit_named(l, b, ns, ne, "_api_token", vs, ve)
			       : 0;
	}
	if (ne > i && b[ne - 1] != '.' && skip_blanks(b, ne, le) < le &&
	    b[skip_blanks(b, ne, le)] == '=' &&
	    (p = kh_memmem(b + ne, le - ne, "{ key = ", 8))) {
		size_t parts[2][2];

		for (ns = ne; ns > i && b[ns - 1] != '.'; ns--)
			;
		parts[0][0] = ns;
		parts[0][1] = ne;
		parts[1][0] = (size_t)(p - b) + 2;
		parts[1][1] = parts[1][0] + 3;
		return quoted(b, parts[1][1] + 3, le, &vs, &ve)
			       ? emit_path(l, b, (const size_t(*)[2])parts, 2, vs, ve)
			       : 0;
	}
	if ((word_at(b, i, le, "vsce") || word_at(b, i, le, "ovsx") ||
	     word_at(b, i, le, "npx")) &&
	    (p = kh_memmem(b + i, le - i, "publish -p ", 11))) {
		vs = skip_blanks(b, (size_t)(p - b) + 11, le);
		ve = bare_value(b, vs, le);
		if (plausible_credential(b + vs, ve - vs, 0))
			return emit_named(l, b, (size_t)(p - b), (size_t)(p - b) + 7,
					  "_token", vs, ve);
	}
	if (memchr(b + i, '+', le - i) && (p = kh_memmem(b + i, le - i, "+login ", 7))) {
		vs = skip_blanks(b, (size_t)(p - b) + 7, le);
		vs = skip_blanks(b, bare_value(b, vs, le), le);
		ve = bare_value(b, vs, le);
		if (ve > vs && b[vs] != '+' && plausible_credential(b + vs, ve - vs, 1))
			return emit_named(l, b, (size_t)(p - b) + 1, (size_t)(p - b) + 6,
					  "_password", vs, ve);
	}
	return 0;
}

/* The shapes less_common_apart lets through, on the line b[ls..le), and
 * the values a line holds joined or beside a name in other ways. */
/* Whether b[0..len) is an app bundle's Info.plist (its CFBundle keys):
 * looked for once a source, not on each of its <key> lines. */
static int app_bundle(const unsigned char *b, size_t len, struct kh_layer *l)
{
	if (!l->bundle)
		l->bundle = kh_memmem(b, len, "<key>CFBundle", 13) ? 2 : 1;
	return l->bundle == 2;
}

/* Whether an Info.plist key's name says its value is the server's, never
 * the app's to ship: AlgoliaAdminKey, BackendSharedSecret, DbPassword (an
 * AcmeApiSecret is the app's own, as its AcmeApiKey is). */
static int server_side_name(const unsigned char *n, size_t len)
{
	static const char *const words[] = { "admin",  "password", "private", "master",
					     "shared", "server",   "backend" };
	size_t w;

	for (w = 0; w < sizeof(words) / sizeof(words[0]); w++)
		if (kh_contains_ci(n, len, words[w], 0))
			return 1;
	return 0;
}

int less_common_line(const unsigned char *b, size_t len, size_t ls, size_t le,
		     struct kh_layer *l)
{
	static const unsigned char marks[256] = {
		['B'] = 1,  ['b'] = 1, ['<'] = 1, ['='] = 1, ['A'] = 1, ['"'] = 1,
		['\''] = 1, [':'] = 1, ['{'] = 1, ['('] = 1, ['~'] = 1
	};
	size_t i, ns, ne, vs, ve, k, run = 0;
	const void *eq;
	int r = 0, fallback;

	/* a call's default after a quoted name (fromEnvironment('NAME',
	 * defaultValue: '...')): looked for once a string asks */
	fallback = -1;
	if (positional_credentials(b, ls, le, l) < 0)
		return -1;
	/* NAME=value ./command, NAME_OLD=value */
	i = command_line_start(b, ls, le);
	for (ne = i; ne < le && (isalnum(b[ne]) || b[ne] == '_'); ne++)
		;
	if (ne > i && ne < le && b[ne] == '=') {
		size_t cut = variant_suffix(b, i, ne);

		if (cut && !quoted(b, ne + 1, le, &vs, &ve))
			ve = bare_value(b, (vs = ne + 1), le);
		if (cut ? emit_split(l, b, i, ne - cut, vs, ve) < 0
			: command_prefix(b, le, ne, &vs, &ve, &run) &&
				    emit_split(l, b, i, ne, vs, ve) < 0)
			return -1;
	}
	/* and further on: cd x && NAME=value cmd, RUN A=1 NAME=value cmd,
	 * web: NAME=value cmd */
	for (k = i; k < le && (eq = memchr(b + k, '=', le - k)); k++) {
		k = (size_t)((const unsigned char *)eq - b);
		for (ns = k; ns > ls && (isalnum(b[ns - 1]) || b[ns - 1] == '_'); ns--)
			;
		if (ns == k || ns == i || (ns > ls && !strchr(" \t;&|(`\"'", b[ns - 1])))
			continue;
		if (env_prefix_at(b, ls, le, ns) &&
		    command_prefix(b, le, k, &vs, &ve, &run) &&
		    emit_split(l, b, ns, k, vs, ve) < 0)
			return -1;
	}
	/* #define NAME "value" */
	if (i + 8 < le && !memcmp(b + i, "#define", 7) &&
	    (b[i + 7] == ' ' || b[i + 7] == '\t')) {
		ns = skip_blanks(b, i + 7, le);
		for (ne = ns; ne < le && (isalnum(b[ne]) || b[ne] == '_'); ne++)
			;
		if (quoted(b, skip_blanks(b, ne, le), le, &vs, &ve) &&
		    emit_split(l, b, ns, ne, vs, ve) < 0)
			return -1;
	}
	/* <key>Name</key> then <string>value</string>, here or on the next
	 * line; in an app bundle's Info.plist (its CFBundle keys), which
	 * ships to every user, only a name that says its value is the
	 * server's (an admin key, a shared secret): the others are the
	 * client's, public */
	if ((ns = i) + 5 < le && !memcmp(b + i, "<key>", 5)) {
		const unsigned char *c = kh_memmem(b + i + 5, le - i - 5, "</key>", 6);

		ns = i + 5;
		if (c && app_bundle(b, len, l) &&
		    !server_side_name(b + ns, (size_t)(c - b) - ns))
			c = NULL;
		if (c) {
			ne = (size_t)(c - b);
			k = skip_blanks(b, ne + 6, le);
			if (k == le && le < len) {
				k = le + 1;
				k = skip_blanks(b, k, content_end(b, len, k));
			}
			if (k + 8 < len && !memcmp(b + k, "<string>", 8)) {
				vs = k + 8;
				for (ve = vs; ve < len && b[ve] != '<' && b[ve] != '\n';
				     ve++)
					;
				if (ve < len && b[ve] == '<' &&
				    emit_split(l, b, ns, ne, vs, ve) < 0)
					return -1;
			}
		}
	}
	for (i = ls; i < le && r == 0; i++) {
		if (!marks[b[i]])
			continue; /* most bytes: out with one load */
		switch (b[i]) {
		case 'B':
		case 'b': /* $"Bearer {"..."}", "Bearer " + "...", Bearer ...\r\n */
			if (i + 6 > le || (b[i + 1] != 'e' && b[i + 1] != 'E') ||
			    strncasecmp((const char *)b + i, "bearer", 6) ||
			    (i > ls && isalnum(b[i - 1])))
				break;
			if (bearer_joined(b, le, i + 6, &vs, &ve))
				r = plausible_credential(b + vs, ve - vs, 0)
					    ? emit_named(l, b, i, i + 6, "_token", vs, ve)
					    : 0;
			else if ((ve = bearer_escaped(b, le, i + 6)) &&
				 plausible_credential(b + i + 7, ve - i - 7, 0))
				r = emit_named(l, b, i, i + 6, "_token", i + 7, ve);
			break;
		case '<': /* name <- "value", name <<- "value" */
			if (i + 1 >= le || (b[i + 1] != '-' && b[i + 1] != '<'))
				break;
			k = i + 2 + (b[i + 1] == '<');
			if (k > le || b[k - 1] != '-')
				break;
			ne = i;
			ns = name_before(b, ls, &ne);
			if (ns < ne && quoted(b, skip_blanks(b, k, le), le, &vs, &ve))
				r = emit_split(l, b, ns, ne, vs, ve);
			break;
		case '=': /* 'name' => 'value' (PHP's arrays: a glued name),
			   * Dim name As String = "value" */
			if (i + 1 < le && b[i + 1] == '>' &&
			    quoted_before(b, ls, skip_blanks_back(b, i, ls), &ns, &ne) &&
			    glued_word(b, ns, ne) < ne &&
			    quoted(b, skip_blanks(b, i + 2, le), le, &vs, &ve))
				r = emit_split(l, b, ns, ne, vs, ve);
			break;
		case 'A': /* Dim name As String = "value" */
			if (i == ls || b[i - 1] != ' ' || i + 3 > le || b[i + 1] != 's' ||
			    b[i + 2] != ' ')
				break;
			ne = i - 1;
			ns = name_before(b, ls, &ne);
			for (k = skip_blanks(b, i + 2, le);
			     k < le && (isalnum(b[k]) || b[k] == '.'); k++)
				;
			k = skip_blanks(b, k, le);
			if (ns < ne && k < le && b[k] == '=' &&
			    quoted(b, skip_blanks(b, k + 1, le), le, &vs, &ve))
				r = emit_split(l, b, ns, ne, vs, ve);
			break;
		case '"':
		case '\'': /* "--token", "value" in an args array;
			    * fromEnvironment('NAME', defaultValue: 'value') */
			if (i + 2 < le && (b[i + 1] != '-' || b[i + 2] != '-') &&
			    fallback < 0)
				fallback =
					kh_memmem(b + ls, le - ls, "efault", 6) != NULL;
			/* not from an escaped quote: its string runs to the
			 * next unescaped one, and each would rescan the line */
			if (i + 2 >= le || (i > ls && b[i - 1] == '\\') ||
			    (!fallback && (b[i + 1] != '-' || b[i + 2] != '-')) ||
			    !(k = quoted(b, i, le, &ns, &ne)))
				break;
			k = skip_blanks(b, k, le);
			if (k >= le || b[k] != ',')
				break;
			k = skip_blanks(b, k + 1, le);
			if (ne - ns > 3 && b[ns] == '-' && b[ns + 1] == '-' &&
			    quoted(b, k, le, &vs, &ve))
				r = emit_split(l, b, ns + 2, ne, vs, ve);
			else if (k + 7 < le &&
				 !strncasecmp((const char *)b + k, "default", 7)) {
				for (k += 7; k < le && isalpha(b[k]); k++)
					;
				k = skip_blanks(b, k, le);
				if (k < le && (b[k] == ':' || b[k] == '=') &&
				    quoted(b, skip_blanks(b, k + 1, le), le, &vs, &ve))
					r = emit_split(l, b, ns, ne, vs, ve);
			}
			i = ne; /* past the string */
			break;
		case ':': /* EDN's {:password "value"} */
			if (i + 1 >= le || !isalpha(b[i + 1]) ||
			    (i > ls && ident_byte(b[i - 1])))
				break;
			for (ne = i + 1;
			     ne < le && (isalnum(b[ne]) || b[ne] == '_' || b[ne] == '-');
			     ne++)
				;
			if (ne < le && b[ne] == ' ' &&
			    quoted(b, skip_blanks(b, ne, le), le, &vs, &ve))
				r = emit_split(l, b, i + 1, ne, vs, ve);
			break;
		case '{': /* {api_key, "value"}, {:api_key, "value"} */
			if (i + 1 >= le ||
			    (b[i + 1] != ' ' && b[i + 1] != ':' && !islower(b[i + 1])))
				break;
			ns = skip_blanks(b, i + 1, le);
			ns += ns < le && b[ns] == ':';
			for (ne = ns; ne < le && (isalnum(b[ne]) || b[ne] == '_'); ne++)
				;
			k = skip_blanks(b, ne, le);
			if (ne > ns && k < le && b[k] == ',' &&
			    quoted(b, skip_blanks(b, k + 1, le), le, &vs, &ve))
				r = emit_split(l, b, ns, ne, vs, ve);
			break;
		case '~': /* Elixir's sigils: api_token: ~s(value), @api_key ~S[value] */
			if (i + 3 >= le || (b[i + 1] != 's' && b[i + 1] != 'S') ||
			    !(k = sigil_close(b[i + 2])))
				break;
			ne = skip_blanks_back(b, i, ls);
			ne -= ne > ls && b[ne - 1] == ':';
			ns = name_before(b, ls, &ne);
			vs = i + 3;
			for (ve = vs; ve < le && b[ve] != k; ve++)
				;
			if (ns < ne && ve < le)
				r = emit_split(l, b, ns, ne, vs, ve);
			break;
		case '(': /* (def api-key "value"), (setq service-api-key "value") */
			if (i + 1 >= le || (b[i + 1] != 'd' && b[i + 1] != 's'))
				break;
			for (k = i + 1;
			     k < le && (islower(b[k]) || b[k] == '-' || b[k] == '!'); k++)
				;
			if (k - i < 4 || k >= le || b[k] != ' ' ||
			    (strncmp((const char *)b + i + 1, "def", 3) &&
			     strncmp((const char *)b + i + 1, "set", 3)))
				break;
			ns = skip_blanks(b, k, le);
			ns += ns < le && (b[ns] == '*' || b[ns] == '+'); /* +constant+ */
			for (ne = ns;
			     ne < le && (isalnum(b[ne]) || b[ne] == '_' || b[ne] == '-');
			     ne++)
				;
			k = skip_blanks(
				b, ne + (ne < le && (b[ne] == '*' || b[ne] == '+')), le);
			if (ne > ns && quoted(b, k, le, &vs, &ve))
				r = emit_split(l, b, ns, ne, vs, ve);
			break;
		}
	}
	return r < 0 ? -1 : 0;
}

/*
 * A name held in its own element, the value in the next sibling:
 * <param-name>NAME</param-name> <param-value>...</param-value> (Java EE),
 * <name>NAME</name> <value>...</value> (Hadoop's property). The sibling
 * may start on the next line; at is past the name element's end tag.
 */
int sibling_value(struct kh_layer *l, const unsigned char *b, size_t len, size_t ns,
		  size_t ne, size_t at)
{
	size_t ts, te, vs, ve, end = line_end(b, len, at);

	at = skip_blanks(b, at, end);
	if (at == end && end < len) {
		at = end + 1;
		end = line_end(b, len, at);
		at = skip_blanks(b, at, end);
	}
	if (at >= end || b[at] != '<')
		return 0;
	for (te = ts = at + 1; te < end && ident_byte(b[te]); te++)
		;
	if (te >= end || b[te] != '>' || !ends_ci(b, ts, te, "value"))
		return 0;
	vs = te + 1;
	if ((ve = cdata_end(b, end, vs)))
		vs += 9;
	else
		for (ve = vs; ve < end && b[ve] != '<'; ve++)
			;
	return ve < end ? emit_pair(l, b, ns, ne, vs, ve) : 0;
}

/* Whether a credential_words() word starts at b[i] (i + 3 <= le). */
int credential_word_at(const unsigned char *b, size_t i, size_t le)
{
	/* `| 0x20` folds a letter's case, and makes no letter of a mark */
	unsigned char c1 = b[i + 1] | 0x20, c2 = b[i + 2] | 0x20;

	switch (b[i] | 0x20) {
	case 'k': return c1 == 'e' && c2 == 'y';
	case 't':
		return c1 == 'o' && c2 == 'k' && i + 5 <= le &&
		       equal_ci(b + i + 3, "en", 2);
	case 's': /* secret, salt, snmp (SNMP_RO) */
		return (c1 == 'e' && c2 == 'c' && i + 6 <= le &&
			equal_ci(b + i + 3, "ret", 3)) ||
		       (c1 == 'a' && c2 == 'l' && i + 4 <= le &&
			(b[i + 3] | 0x20) == 't') ||
		       (c1 == 'n' && c2 == 'm' && i + 4 <= le &&
			(b[i + 3] | 0x20) == 'p');
	case 'p': /* pat, pass, pw (pwd, DB_PW), psk, pepper, pin */
		return (c1 == 'a' && c2 == 't') || (c1 == 'i' && c2 == 'n') ||
		       (c1 == 'a' && c2 == 's' && i + 4 <= le &&
			(b[i + 3] | 0x20) == 's') ||
		       c1 == 'w' || (c1 == 's' && c2 == 'k') ||
		       (c1 == 'e' && c2 == 'p' && i + 6 <= le &&
			equal_ci(b + i + 3, "per", 3));
	case 'a':
		return c1 == 'u' && c2 == 't' && i + 4 <= le && (b[i + 3] | 0x20) == 'h';
	case 'c': /* cred, cookie, community */
		return (c1 == 'r' && c2 == 'e' && i + 4 <= le &&
			(b[i + 3] | 0x20) == 'd') ||
		       (c1 == 'o' && c2 == 'o' && i + 6 <= le &&
			equal_ci(b + i + 3, "kie", 3)) ||
		       (c1 == 'o' && c2 == 'm' && i + 9 <= le &&
			equal_ci(b + i + 3, "munity", 6));
	}
	return 0;
}

#ifdef __SSE2__
/* The bytes of x (case folded) equal to a, where y's (the next bytes) equal c. */
static __m128i pair_at(__m128i x, __m128i y, char a, char c)
{
	return _mm_and_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(a)),
			     _mm_cmpeq_epi8(y, _mm_set1_epi8(c)));
}

/* Of the 16 places p[0..16) (p[16] is read), those where a word of
 * credential_word_at() may start: its first two letters, case aside. */
static unsigned word_starts16(const unsigned char *p)
{
	const __m128i fold = _mm_set1_epi8(0x20);
	__m128i x = _mm_or_si128(_mm_loadu_si128((const __m128i *)p), fold);
	__m128i y = _mm_or_si128(_mm_loadu_si128((const __m128i *)(p + 1)), fold);

	return (unsigned)_mm_movemask_epi8(_mm_or_si128(
		_mm_or_si128(
			_mm_or_si128(pair_at(x, y, 'k', 'e'), pair_at(x, y, 't', 'o')),
			_mm_or_si128(pair_at(x, y, 's', 'e'), pair_at(x, y, 'a', 'u'))),
		_mm_or_si128(
			_mm_or_si128(_mm_or_si128(pair_at(x, y, 'c', 'r'),
						  pair_at(x, y, 'p', 'a')),
				     _mm_or_si128(pair_at(x, y, 'p', 'w'),
						  pair_at(x, y, 'p', 's'))),
			_mm_or_si128(
				_mm_or_si128(pair_at(x, y, 's', 'a'),
					     pair_at(x, y, 'p', 'e')),
				_mm_or_si128(pair_at(x, y, 'c', 'o'),
					     _mm_or_si128(pair_at(x, y, 'p', 'i'),
							  pair_at(x, y, 's', 'n')))))));
}
#endif

/* Where the first credential_word_at() word at or after b[i] starts on the
 * line b[..le), le when none does: 16 places a step, two letters a place. */
size_t next_credential_word(const unsigned char *b, size_t i, size_t le)
{
#ifdef __SSE2__
	unsigned char pad[32] = { 0 }; /* the last bytes, NULs after: no letter */
	unsigned bits;
	size_t at;

	for (; i + 17 <= le; i += 16)
		for (bits = word_starts16(b + i); bits; bits &= bits - 1) {
			at = i + (size_t)__builtin_ctz(bits);
			if (at + 3 <= le && credential_word_at(b, at, le))
				return at;
		}
	if (i >= le)
		return le;
	memcpy(pad, b + i, le - i); /* under 17 */
	for (bits = word_starts16(pad); bits; bits &= bits - 1) {
		at = (size_t)__builtin_ctz(bits);
		if (at + 3 <= le - i && credential_word_at(pad, at, le - i))
			return i + at;
	}
#else
	for (; i + 3 <= le; i++)
		if (credential_word_at(b, i, le))
			return i;
#endif
	return le;
}

/* ---- Markdown: a fenced block under a heading that names it ---------- */

/* The line after the one ending at le (its '\n'), or len. */
static size_t next_line_start(size_t len, size_t le)
{
	return le < len ? le + 1 : len;
}

/* Whether b[ls..le) opens or closes a Markdown fence (``` or ~~~, an info
 * string after an opening one). */
static int fence_line(const unsigned char *b, size_t ls, size_t le)
{
	size_t i = skip_blanks(b, ls, le);

	return i + 3 <= le && i - ls < 4 && (b[i] == '`' || b[i] == '~') &&
	       b[i + 1] == b[i] && b[i + 2] == b[i];
}

/* Whether b[ls..le) is a Markdown ATX heading ("## API token"): where its
 * text starts, or 0. */
static size_t heading_text(const unsigned char *b, size_t ls, size_t le)
{
	size_t i = ls;

	while (i < le && i - ls < 6 && b[i] == '#')
		i++;
	if (i == ls || i >= le || (b[i] != ' ' && b[i] != '\t'))
		return 0;
	return skip_blanks(b, i, le);
}

/*
 * A heading that names a credential, and below it (a blank line between at
 * most) a fenced block of one line that holds one token: "## API token",
 * then ```, the value, ```. The heading's words are the name (`API_token`);
 * the rules judge the value as any.
 */
int heading_fence(const unsigned char *b, size_t len, size_t ls, size_t le,
		  struct kh_layer *l)
{
	size_t hs = heading_text(b, ls, le), he, ws, fs, fe, vs, ve, cs, ce, n;

	if (!hs)
		return 0;
	he = skip_blanks_back(b, le, hs);
	while (he > hs && (b[he - 1] == '#' || b[he - 1] == ':'))
		he = skip_blanks_back(b, he - 1, hs); /* "## Token ##", "## Token:" */
	for (ws = he; ws > hs && ident_byte(b[ws - 1]); ws--)
		;
	if (ws == he || !credential_name(b + ws, he - ws) || he - hs > NAME_MAX_LEN)
		return 0;
	fs = next_line_start(len, line_end(b, len, ls));
	for (n = 0; n < 2 && fs < len; n++) {
		fe = content_end(b, len, fs);
		if (fence_line(b, fs, fe))
			break;
		if (skip_blanks(b, fs, fe) != fe)
			return 0; /* prose between: not the heading's block */
		fs = next_line_start(len, line_end(b, len, fs));
	}
	if (fs >= len || !fence_line(b, fs, content_end(b, len, fs)))
		return 0;
	cs = next_line_start(len, line_end(b, len, fs));
	if (cs >= len)
		return 0;
	ce = content_end(b, len, cs);
	fs = next_line_start(len, line_end(b, len, cs));
	if (fs >= len || !fence_line(b, fs, content_end(b, len, fs)) ||
	    !lone_value(b, cs, ce, &vs, &ve) || !plausible_value(b + vs, ve - vs))
		return 0;
	return emit_named(l, b, hs, he, "", vs, ve);
}

/* The text of a line comment from b[ls] (`#`, `//`, `;`, `--` and a blank
 * at least): where it starts, the marker's length in *m; 0 when the line
 * is no such comment. */
static size_t comment_text(const unsigned char *b, size_t ls, size_t le, size_t *m)
{
	size_t i = skip_blanks(b, ls, le), k = i;

	if (k < le && (b[k] == '#' || b[k] == ';'))
		k++;
	else if (k + 1 < le &&
		 ((b[k] == '/' && b[k + 1] == '/') || (b[k] == '-' && b[k + 1] == '-')))
		k += 2;
	if (k == i || k >= le || (b[k] != ' ' && b[k] != '\t'))
		return 0;
	*m = k - i;
	return skip_blanks(b, k, le);
}

/*
 * A comment that names a credential and ends in ':', then a comment of
 * the same marker holding one token: `# ALGOLIA_ADMIN_KEY used by the
 * index job:`, `# 4ca0...` (a key kept for reference under a disabled
 * setting's note). The comment's first word is the name (a credential's,
 * with '_' or '-' in it: `# Password to use:` is prose); the rules judge
 * the value as any. On the line b[ls..le).
 */
int comment_name_below(const unsigned char *b, size_t len, size_t ls, size_t le,
		       struct kh_layer *l)
{
	size_t m, m2, ns, ne, cs, ce, vs, ve, e = skip_blanks_back(b, le, ls);

	if (e == ls || b[e - 1] != ':' || !(ns = comment_text(b, ls, e, &m)))
		return 0;
	for (ne = ns; ne < e && ident_byte(b[ne]); ne++)
		;
	if (ne == e || !credential_name(b + ns, ne - ns) ||
	    (!memchr(b + ns, '_', ne - ns) && !memchr(b + ns, '-', ne - ns)))
		return 0;
	cs = next_line_start(len, line_end(b, len, ls));
	if (cs >= len)
		return 0;
	ce = content_end(b, len, cs);
	if (!(vs = comment_text(b, cs, ce, &m2)) || m2 != m ||
	    b[skip_blanks(b, cs, ce)] != b[skip_blanks(b, ls, le)] ||
	    !lone_value(b, vs, ce, &vs, &ve) || b[ve - 1] == ':' ||
	    !plausible_value(b + vs, ve - vs))
		return 0;
	return emit_named(l, b, ns, ne, "", vs, ve);
}

/* A keyword hit of the generic rule ending at b[k): whether its line is a
 * comment ending in ':' (comment_name_below() reads the line below). */
static int comment_name_named(const unsigned char *b, size_t len, size_t k)
{
	size_t ls = line_start_within(b, k, 256), le, m;

	if (ls > k)
		return 0;
	le = content_end(b, len, ls);
	le = skip_blanks_back(b, le, ls);
	return le > k && b[le - 1] == ':' && comment_text(b, ls, le, &m);
}

/* A keyword hit of the generic rule, the name ending at b[k): whether it
 * ends a Markdown heading with a fenced block below. */
int heading_fence_named(const unsigned char *b, size_t len, size_t k)
{
	size_t name_end = k, ls, le;

	if (comment_name_named(b, len, k))
		return 1;
	while (k < len && (b[k] == ' ' || b[k] == ':' || b[k] == '#' || b[k] == '\r'))
		k++;
	if (k < len && b[k] != '\n')
		return 0;
	le = k;
	ls = line_start_within(b, name_end, 256);
	if (ls > name_end || b[ls] != '#')
		return 0;
	k = next_line_start(len, le);
	if (k < len && (b[k] == '\n' || b[k] == '\r'))
		k = next_line_start(len, line_end(b, len, k));
	return k < len && fence_line(b, k, content_end(b, len, k));
}

/* ---- templates: Go text/template, Helm, Jinja ------------------------- */

/* The next template action in b[i..le): [*s, *e), "{{" to after "}}";
 * 0 when the line holds no more. */
static int next_action(const unsigned char *b, size_t i, size_t le, size_t *s, size_t *e)
{
	const unsigned char *p = i + 2 < le ? kh_memmem(b + i, le - i, "{{", 2) : NULL,
			    *c;

	if (!p)
		return 0;
	*s = (size_t)(p - b);
	c = *s + 4 <= le ? kh_memmem(b + *s + 2, le - *s - 2, "}}", 2) : NULL;
	if (!c)
		return 0;
	*e = (size_t)(c - b) + 2;
	return 1;
}

/* Where the words of the action that starts at b[s] begin: after "{{",
 * a '-' trim and blanks, before e. */
static size_t action_body(const unsigned char *b, size_t s, size_t e)
{
	return skip_blanks(b, s + 2 + (b[s + 2] == '-'), e);
}

/* The first word of the action b[s..e) after "{{", a '-' trim and blanks:
 * whether it is w. */
static int action_word(const unsigned char *b, size_t s, size_t e, const char *w)
{
	return word_at(b, action_body(b, s, e), e, w);
}

/* The name that ends at b[k] before a template action (`NAME={{`, `name:
 * {{`, `"name": "{{`): [*ns, *ne). */
static int name_before_action(const unsigned char *b, size_t ls, size_t k, size_t *ns,
			      size_t *ne)
{
	k = skip_blanks_back(b, k, ls);
	if (k > ls && (b[k - 1] == '"' || b[k - 1] == '\''))
		k = skip_blanks_back(b, k - 1, ls);
	if (k == ls || (b[k - 1] != '=' && b[k - 1] != ':'))
		return 0;
	k = skip_blanks_back(b, k - 1, ls);
	if (k > ls && (b[k - 1] == '"' || b[k - 1] == '\''))
		k--;
	*ne = k;
	while (k > ls && ident_byte(b[k - 1]))
		k--;
	*ns = k;
	return *ne > *ns;
}

/*
 * A literal a template gives a credential's name on the line b[ls..le):
 * Go's `{{ with "value" }}NAME={{ . }}{{ end }}` (the dot is the literal),
 * a pipeline's default (`name: {{ .Values.x | default "value" | quote }}`,
 * Jinja's `{{ x | default("value") }}`) and a variable
 * (`{{- $dbPassword := "value" -}}`). The rules judge `NAME = "value"`.
 */
int template_line(const unsigned char *b, size_t ls, size_t le, struct kh_layer *l)
{
	size_t i, e, k, ns, ne, vs, ve, dot, de;

	for (i = ls; next_action(b, i, le, &i, &e); i = e) {
		k = action_body(b, i, e);
		if (action_word(b, i, e, "with")) {
			if (!quoted(b, skip_blanks(b, k + 4, e), e, &vs, &ve))
				continue;
			/* the first {{ . }} after it, and the name before it */
			for (dot = e; next_action(b, dot, le, &dot, &de) &&
				      !action_word(b, dot, de, "end");
			     dot = de) {
				k = action_body(b, dot, de);
				if (k < de && b[k] == '.' &&
				    (k + 1 == de || !ident_byte(b[k + 1]))) {
					if (name_before_action(b, e, dot, &ns, &ne) &&
					    emit_pair(l, b, ns, ne, vs, ve) < 0)
						return -1;
					break;
				}
			}
			continue;
		}
		if (k < e && b[k] == '$') { /* {{ $name := "value" }} */
			for (ns = ++k; k < e && ident_byte(b[k]); k++)
				;
			ne = k;
			k = skip_blanks(b, k, e);
			if (k + 1 < e && b[k] == ':' && b[k + 1] == '=' &&
			    quoted(b, skip_blanks(b, k + 2, e), e, &vs, &ve) &&
			    emit_pair(l, b, ns, ne, vs, ve) < 0)
				return -1;
			continue;
		}
		/* a pipeline's default: | default "value", default("value") */
		for (k = i + 2; k + 8 < e; k++) {
			if (b[k] != 'd' || !word_at(b, k, e, "default"))
				continue;
			k = skip_blanks(b, k + 7, e);
			if (k < e && b[k] == '(')
				k = skip_blanks(b, k + 1, e);
			if (quoted(b, k, e, &vs, &ve) &&
			    name_before_action(b, ls, i, &ns, &ne) &&
			    emit_pair(l, b, ns, ne, vs, ve) < 0)
				return -1;
			break;
		}
	}
	return 0;
}

/* A keyword hit of the generic rule, the name ending at b[k): whether a
 * template action gives it its value: `NAME={{ . }}` after a `with`,
 * `name: {{ … | default "…" }}`, `{{ $name := "…" }}`. */
int template_named(const unsigned char *b, size_t len, size_t s, size_t k)
{
	size_t j = k;

	if (s > 0 && b[s - 1] == '$') {
		j = skip_blanks(b, k, len);
		return j + 1 < len && b[j] == ':' && b[j + 1] == '=';
	}
	if (j < len && (b[j] == '"' || b[j] == '\''))
		j++;
	if (j >= len || (b[j] != '=' && b[j] != ':'))
		return 0;
	j = skip_blanks(b, j + 1, len);
	if (j < len && (b[j] == '"' || b[j] == '\''))
		j++;
	return j + 1 < len && b[j] == '{' && b[j + 1] == '{';
}
