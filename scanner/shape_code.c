/*
 * shape_code.c - code: a name and a value a language's own syntax parts or
 * glues, and any glue between a credential's name and a literal.
 */
#include "shape_internal.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "rules.h"
#include "util.h"
#include "validate.h"

/* ---- code shapes: a name and a value a language's own syntax parts ------ */

/* Whether a Perl quote operator starts at b[i]: q or qq, then its
 * delimiter (q{...}, qq(...)). */
static int perl_quote_at(const unsigned char *b, size_t i, size_t len)
{
	i += i + 1 < len && b[i] == 'q' && b[i + 1] == 'q';
	return i + 1 < len && b[i] == 'q' && b[i + 1] && strchr("{([<|/!#", b[i + 1]);
}

/*
 * A string literal from b[i] in the forms the plain quotes of quoted()
 * leave out: a template literal (`v`, without ${...}), a Perl quote
 * operator (q{v}, qq(v), q[v]), a JSX expression ({"v"}, {'v'}, {`v`}),
 * Vue's bound string ("'v'"), and with `bare_braces` Tcl's {v}. Its
 * content in [*vs, *ve); returns the index after it, or 0 (also for a
 * plain "v" or 'v', which the rules read as written).
 */
static size_t code_literal(const unsigned char *b, size_t i, size_t le, int bare_braces,
			   size_t *vs, size_t *ve)
{
	static const char opens[] = "{([<|/!#", closes[] = "})]>|/!#";
	const char *o;
	size_t k, end;

	if (i + 2 >= le)
		return 0;
	if (b[i] == '`') {
		for (k = i + 1; k < le && b[k] != '`' && b[k] != '$' && b[k] != '\\'; k++)
			;
		*vs = i + 1;
		*ve = k;
		return k < le && b[k] == '`' ? k + 1 : 0;
	}
	if (b[i] == 'q' && (i == 0 || !ident_byte(b[i - 1]))) { /* q{v}, qq(v) */
		k = i + 1 + (b[i + 1] == 'q');
		if (k >= le || !b[k] || !(o = strchr(opens, b[k])))
			return 0;
		*vs = k + 1;
		for (*ve = *vs; *ve < le && b[*ve] != (unsigned char)closes[o - opens];
		     (*ve)++)
			;
		return *ve < le ? *ve + 1 : 0;
	}
	if (b[i] == '{') {
		k = skip_blanks(b, i + 1, le);
		if (k < le && b[k] == '`')
			end = code_literal(b, k, le, 0, vs, ve);
		else if (!(end = quoted(b, k, le, vs, ve)) && bare_braces) {
			*vs = k;
			for (end = k; end < le && b[end] != '}' && b[end] != ' '; end++)
				;
			*ve = end;
		}
		end = end ? skip_blanks(b, end, le) : le;
		return end < le && b[end] == '}' ? end + 1 : 0;
	}
	if (b[i] == '"' && b[i + 1] == '\'') { /* :api-key="'v'" */
		end = quoted(b, i + 1, le, vs, ve);
		return end && end < le && b[end] == '"' ? end + 1 : 0;
	}
	return 0;
}

/* The key inside the brackets that close just before b[i] ('}', ')' or
 * ']'): a bare name or a quoted one ($ENV{API_TOKEN}, $cfg{'api_key'},
 * Application("smtp_password"), env(SNYK_TOKEN)): its range in
 * [*ns, *ne); 0 when none. */
static int bracket_key(const unsigned char *b, size_t ls, size_t i, size_t *ns,
		       size_t *ne)
{
	unsigned char open = b[i - 1] == '}' ? '{' : b[i - 1] == ')' ? '(' : '[';
	size_t k = i - 1;

	if (quoted_before(b, ls, k, ns, ne))
		k = *ns - 1;
	else {
		for (*ne = k; k > ls && (name_alnum(b[k - 1]) || b[k - 1] == '_'); k--)
			;
		*ns = k;
	}
	return *ne > *ns && k > ls && b[k - 1] == open;
}

#define LIST_MAX_ITEMS 8

/*
 * A list assigned to a list of names, each name its value's (Perl's
 * my ($user, $api_token) = ('bob', '...')): b[i] is the '=' between the
 * lists, b[e - 1] the names' ')'.
 */
static int list_assignment(const unsigned char *b, size_t ls, size_t le, size_t e,
			   size_t i, struct kh_layer *l)
{
	size_t names[LIST_MAX_ITEMS][2], n = 0, k, vs, ve, end;

	for (k = e - 1; k > ls && b[k - 1] != '(' && e - k < 256; k--)
		;
	if (k == ls || b[k - 1] != '(')
		return 0;
	while (k < e - 1 && n < LIST_MAX_ITEMS) {
		k = skip_blanks(b, k, e);
		k += k < e && (b[k] == '$' || b[k] == '@' || b[k] == '%');
		for (names[n][0] = k; k < e && (name_alnum(b[k]) || b[k] == '_'); k++)
			;
		names[n][1] = k;
		k = skip_blanks(b, k, e);
		if (names[n][1] == names[n][0] || (b[k] != ',' && b[k] != ')'))
			return 0;
		n++;
		k++;
	}
	k = skip_blanks(b, i + 1, le);
	if (n < 2 || k >= le || b[k] != '(')
		return 0;
	for (k++, e = 0; e < n; e++) {
		if (!(end = quoted(b, skip_blanks(b, k, le), le, &vs, &ve)))
			return 0;
		if (emit_pair(l, b, names[e][0], names[e][1], vs, ve) < 0)
			return -1;
		k = skip_blanks(b, end, le);
		if (k >= le || b[k] != (e + 1 < n ? ',' : ')'))
			return 0;
		k++;
	}
	return 0;
}

#define CONVERT_CALLEE_MAX 48 /* base64.urlsafe_b64decode, []byte */

/*
 * A literal handed to a call that only converts it, at b[k]: Python's
 * bytes.fromhex("…"), base64.b64decode("…"), bytes("…", "utf-8"),
 * Node's Buffer.from("…", "hex"), Go's []byte("…") and
 * hex.DecodeString("…"), Java's Base64.getDecoder().decode("…"), PHP's
 * hex2bin('…'): the key is the literal. Sets [*vs, *ve); 0 when none.
 */
static int converted_literal(const unsigned char *b, size_t k, size_t le, size_t *vs,
			     size_t *ve)
{
	static const char *const calls[] = {
		"fromhex",	"unhexlify",	 "a2b_hex",   "b64decode",
		"decodestring", "from",		 "bytes",     "bytearray",
		"byte",		"decode",	 "decodehex", "parsehexbinary",
		"hex2bin",	"base64_decode", NULL
	};
	size_t c = k, last = k, n;

	while (c < le && c - k < CONVERT_CALLEE_MAX &&
	       (name_alnum(b[c]) || (b[c] && strchr("_.[]()", b[c])))) {
		if (b[c] == '(' && c + 1 < le && b[c + 1] != ')')
			break; /* the call's arguments */
		if (!name_alnum(b[c]) && b[c] != '_')
			last = c + 1; /* a part ends: base64.b64decode, ().decode */
		c++;
	}
	if (c >= le || b[c] != '(' || c == last)
		return 0;
	for (n = 0; calls[n]; n++)
		if (c - last == strlen(calls[n]) &&
		    equal_ci(b + last, calls[n], c - last))
			return quoted(b, skip_blanks(b, c + 1, le), le, vs, ve) != 0;
	return 0;
}

/*
 * An assignment whose '=' is b[i] on the line b[ls..le) in a form the rules
 * do not read as written: a name in brackets ($ENV{API_TOKEN} = '...',
 * $h->{api_key} = '...', ASP's Application("smtp_password") = "...",
 * Crystal's ENV["NAME"] ||= "...", PHP's $cfg['api_key'] ??= '...', Perl's
 * $cfg{api_key} //= '...'), or a value in one of code_literal()'s
 * forms (JSX's apiKey={"..."}, Vue's :api-key="'...'", Perl's q{...}).
 */
static int code_assignment(const unsigned char *b, size_t ls, size_t le, size_t i,
			   struct kh_layer *l)
{
	size_t e = i, ns, ne, vs, ve, k = skip_blanks(b, i + 1, le);
	int keyed;

	if (k >= le || b[i + 1] == '=' || b[i + 1] == '>' || b[i + 1] == '~' ||
	    (i > ls && strchr("=!<>", b[i - 1])))
		return 0; /* a comparison, an arrow, a match */
	/* a default when unset: ||=, ??= (PHP, JavaScript), //= (Perl) */
	if (e >= ls + 2 && b[e - 1] == b[e - 2] &&
	    (b[e - 1] == '|' || b[e - 1] == '?' || b[e - 1] == '/'))
		e -= 2;
	e = skip_blanks_back(b, e, ls);
	if (e > ls && (isalpha(b[k]) || b[k] == '[') &&
	    converted_literal(b, k, le, &vs, &ve)) {
		ne = e;
		ns = name_before(b, ls, &ne);
		return emit_pair(l, b, ns, ne, vs, ve);
	}
	if (e == ls || (!strchr("})]", b[e - 1]) && !strchr("{q`\"", b[k])))
		return 0; /* most assignments: a plain name, a plain value */
	keyed = strchr("})]", b[e - 1]) && bracket_key(b, ls, e, &ns, &ne);
	if (!keyed && e > ls && b[e - 1] == ')')
		return list_assignment(b, ls, le, e, i, l);
	if (!keyed) {
		ne = e;
		ns = name_before(b, ls, &ne);
	}
	if (code_literal(b, k, le, 0, &vs, &ve))
		return emit_pair(l, b, ns, ne, vs, ve);
	if (keyed && quoted(b, k, le, &vs, &ve))
		return emit_pair(l, b, ns, ne, vs, ve);
	return 0;
}

/* Tcl's `set env(NAME) "v"`, `set ::env(NAME) {v}`, `set name {v}`, and
 * AppleScript's `set name to "v"`, on the line b[ls..le): the value
 * quoted, braced or bare. */
static int tcl_set(const unsigned char *b, size_t ls, size_t le, struct kh_layer *l)
{
	size_t i = skip_blanks(b, ls, le), ns, ne, k, vs, ve;

	if (!word_at(b, i, le, "set"))
		return 0;
	i = skip_blanks(b, i + 3, le);
	if (i + 2 < le && b[i] == ':' && b[i + 1] == ':')
		i += 2;
	for (ns = ne = i; ne < le && (name_alnum(b[ne]) || b[ne] == '_'); ne++)
		;
	if (ne + 1 < le && b[ne] == '(') { /* env(NAME) */
		for (ns = k = ne + 1; k < le && (name_alnum(b[k]) || b[k] == '_'); k++)
			;
		if (k >= le || b[k] != ')' || ne - i != 3 || memcmp(b + i, "env", 3))
			return 0;
		ne = k++;
	} else if ((k = ne) == ns) {
		return 0;
	}
	if (k >= le || (b[k] != ' ' && b[k] != '\t'))
		return 0;
	k = skip_blanks(b, k, le);
	/* AppleScript's `set name to "v"` */
	if (word_at(b, k, le, "to") && k + 2 < le &&
	    (b[k + 2] == ' ' || b[k + 2] == '\t'))
		k = skip_blanks(b, k + 2, le);
	if (!code_literal(b, k, le, 1, &vs, &ve) && !quoted(b, k, le, &vs, &ve))
		ve = bare_value(b, (vs = k), le);
	return skip_blanks(b, ve + (ve < le && strchr("\"'}", b[ve]) && b[ve]), le) == le
		       ? emit_pair(l, b, ns, ne, vs, ve)
		       : 0;
}

/* A verb, the value, then the name: HyperTalk's and LiveCode's
 * `put "v" into NAME`, COBOL's `MOVE "v" TO NAME.`, on the line b[ls..le)
 * (a comment after: --, #, *>). */
static int value_into_name(const unsigned char *b, size_t ls, size_t le,
			   struct kh_layer *l)
{
	size_t i = skip_blanks(b, ls, le), k, vs, ve, ns, ne;
	const char *into;

	if (word_at(b, i, le, "put")) {
		into = "into";
		i += 3;
	} else if (word_at(b, i, le, "move")) {
		into = "to";
		i += 4;
	} else {
		return 0;
	}
	k = skip_blanks(b, i, le);
	if (!(k = quoted(b, k, le, &vs, &ve)))
		return 0;
	k = skip_blanks(b, k, le);
	if (!word_at(b, k, le, into))
		return 0;
	ns = skip_blanks(b, k + strlen(into), le);
	for (ne = ns; ne < le && ident_byte(b[ne]); ne++)
		;
	while (ne > ns && b[ne - 1] == '.')
		ne--; /* COBOL's sentence ends */
	k = skip_blanks(b, ne + (ne < le && b[ne] == '.'), le);
	if (ne == ns || (k < le && b[k] != '#' && b[k] != '\r' &&
			 !(k + 1 < le && ((b[k] == '-' && b[k + 1] == '-') ||
					  (b[k] == '*' && b[k + 1] == '>')))))
		return 0;
	return emit_pair(l, b, ns, ne, vs, ve);
}

/* Whether the word ending at b[e] names a call that sets a variable of
 * the environment (putenv, Unix.putenv, setEnv, set_env). */
static int env_setter(const unsigned char *b, size_t ls, size_t e)
{
	return e >= ls + 6 &&
	       (!strncasecmp((const char *)b + e - 6, "putenv", 6) ||
		!strncasecmp((const char *)b + e - 6, "setenv", 6) ||
		(e >= ls + 7 && !strncasecmp((const char *)b + e - 7, "set_env", 7)));
}

/* `putenv "NAME" "v"` (OCaml's Unix.putenv, Haskell's setEnv): the name
 * and the value as two strings after the call, blanks between; b[i] opens
 * the name. */
static int env_setter_strings(const unsigned char *b, size_t ls, size_t le, size_t i,
			      struct kh_layer *l)
{
	size_t k = skip_blanks_back(b, i, ls), ns, ne, vs, ve, end;

	if (k == i || k == ls || (b[k - 1] | 0x20) != 'v' || !env_setter(b, ls, k) ||
	    !(end = quoted(b, i, le, &ns, &ne)) || end >= le ||
	    (b[end] != ' ' && b[end] != '\t'))
		return 0;
	return quoted(b, skip_blanks(b, end, le), le, &vs, &ve)
		       ? emit_pair(l, b, ns, ne, vs, ve)
		       : 0;
}

/* http4k's typed environment, a key's name then Kotlin's infix `of`:
 * `EnvironmentKey.required("DB_PASSWORD") of "v"` (the pairs an
 * Environment.from(...) is made of); b[i] opens the name. */
static int infix_of_strings(const unsigned char *b, size_t le, size_t i,
			    struct kh_layer *l)
{
	size_t end, ns, ne, vs, ve, k;

	if (!(end = quoted(b, i, le, &ns, &ne)) || end >= le || b[end] != ')')
		return 0;
	k = skip_blanks(b, end + 1, le);
	if (k == end + 1 || !word_at(b, k, le, "of"))
		return 0;
	return quoted(b, skip_blanks(b, k + 2, le), le, &vs, &ve)
		       ? emit_pair(l, b, ns, ne, vs, ve)
		       : 0;
}

/* A directive of a web server that hands a name and a value on (nginx's
 * fastcgi_param, uwsgi_param, scgi_param, proxy_set_header, add_header):
 * the line's first word ends so, its second names, its third is the value
 * (`;` ends it). */
static int param_directive(const unsigned char *b, size_t ls, size_t le,
			   struct kh_layer *l)
{
	size_t i = skip_blanks(b, ls, le), w, ns, ne, vs, ve;

	for (w = i; w < le && (name_alnum(b[w]) || b[w] == '_'); w++)
		;
	if (!ends_ci(b, i, w, "_param") && !ends_ci(b, i, w, "_header"))
		return 0;
	ns = skip_blanks(b, w, le);
	for (ne = ns; ne < le && ident_byte(b[ne]); ne++)
		;
	if (ns == w || ne == ns || ne >= le || (b[ne] != ' ' && b[ne] != '\t'))
		return 0;
	vs = skip_blanks(b, ne, le);
	if (!quoted(b, vs, le, &vs, &ve))
		for (ve = vs; ve < le && b[ve] != ';' && b[ve] != ' '; ve++)
			;
	return emit_pair(l, b, ns, ne, vs, ve);
}

/*
 * PHP's serialized strings, as WordPress keeps options in its SQL dumps:
 * s:13:"client_secret";s:32:"...";, the quotes escaped (\") inside an
 * SQL literal. b[i] is the 's' of the name's.
 */
static int php_serialized(const unsigned char *b, size_t le, size_t i, struct kh_layer *l)
{
	size_t at[2][2], n, k = i;

	for (n = 0; n < 2; n++) {
		if (k + 4 >= le || b[k] != 's' || b[k + 1] != ':' || !isdigit(b[k + 2]))
			return 0;
		for (k += 2; k < le && isdigit(b[k]); k++)
			;
		if (k + 2 >= le || b[k] != ':')
			return 0;
		k += 1 + (b[k + 1] == '\\');
		if (b[k] != '"')
			return 0;
		at[n][0] = ++k;
		while (k < le && b[k] != '"')
			k++;
		if (k >= le)
			return 0;
		at[n][1] = k - (b[k - 1] == '\\');
		if (++k >= le || b[k] != ';')
			return 0;
		k++;
	}
	return emit_pair(l, b, at[0][0], at[0][1], at[1][0], at[1][1]);
}

/*
 * A password an SQL statement sets: ALTER USER x WITH PASSWORD '...',
 * CREATE ROLE x ... PASSWORD '...'. b[i] starts the word PASSWORD.
 */
static int sql_password(const unsigned char *b, size_t ls, size_t le, size_t i,
			struct kh_layer *l)
{
	size_t k = skip_blanks(b, ls, le), vs, ve;

	if (!word_at(b, i, le, "password") ||
	    (!word_at(b, k, le, "alter") && !word_at(b, k, le, "create")) ||
	    i + 9 >= le || b[i + 8] != ' ' || b[i + 9] != '\'' ||
	    !quoted(b, i + 9, le, &vs, &ve))
		return 0;
	return emit_pair(l, b, i, i + 8, vs, ve);
}

/* The quoted value after `name = ` at b[k] in an SQL clause: [*vs, *ve);
 * the index after it, or 0. */
static size_t sql_equals(const unsigned char *b, size_t k, size_t le, size_t *vs,
			 size_t *ve)
{
	k = skip_blanks(b, k, le);
	if (k >= le || b[k] != '=')
		return 0;
	return quoted(b, skip_blanks(b, k + 1, le), le, vs, ve);
}

/*
 * An UPDATE that sets a value column for a row its WHERE names
 * (UPDATE settings SET value = '...' WHERE name = 'api_token'): the
 * row's name for the value.
 */
static int sql_update_row(const unsigned char *b, size_t ls, size_t le,
			  struct kh_layer *l)
{
	size_t i = skip_blanks(b, ls, le), k, ns = 0, ne = 0, vs = 0, ve = 0, s, e, cs;

	if (!word_at(b, i, le, "update"))
		return 0;
	for (k = i + 6; k < le; k++) {
		if (!isalpha(b[k]) || ident_byte(b[k - 1]))
			continue;
		for (cs = k; k < le && (ident_byte(b[k]) || b[k] == '`'); k++)
			;
		if (ends_ci(b, cs, k - (b[k - 1] == '`'), "value") && !vs &&
		    sql_equals(b, k, le, &s, &e)) {
			vs = s;
			ve = e;
		} else if ((ends_ci(b, cs, k - (b[k - 1] == '`'), "name") ||
			    ends_ci(b, cs, k - (b[k - 1] == '`'), "key")) &&
			   sql_equals(b, k, le, &s, &e)) {
			ns = s;
			ne = e;
		}
	}
	return vs < ve && ns < ne && credential_column(b + ns, ne - ns)
		       ? emit_pair(l, b, ns, ne, vs, ve)
		       : 0;
}

/*
 * XML whose name and value sit in different places: an attribute names
 * the element whose text is the value (XAML's <x:String
 * x:Key="RefreshToken">...</x:String>), or the <Value> element below it
 * (Settings.settings' <Setting Name="ApiSecret" ...> then <Value
 * Profile="(Default)">...</Value>); a name element (<name>apiSecret</name>)
 * whose value is a later sibling whose tag ends in value (<defaultValue>,
 * Shopware's plugin config). b[i] is a tag's '<' on the line b[ls..le);
 * *gt: the first '>' at or after an earlier tag's name (le: none), kept
 * for the line's next tags (a line of 10 MB of '<' and no '>').
 */
#define XML_VALUE_LINES 6
/* The text of the element whose start tag opens at b[lt] on the line
 * b[..le), a source's, target's, value's or string's (XLIFF's
 * <source>…</source>; 2.0's inside its <segment>), closed on the line:
 * [*vs, *ve); 0 when none. */
static int xml_child_text(const unsigned char *b, size_t lt, size_t le, size_t *vs,
			  size_t *ve)
{
	static const char *const tags[] = { "source>", "target>", "value>", "string>" };
	size_t t, n;

	if (le - lt > 9 && !memcmp(b + lt, "<segment>", 9))
		lt += 9;

	for (t = 0; t < sizeof(tags) / sizeof(tags[0]); t++) {
		n = strlen(tags[t]);
		if (le - lt > n + 1 && !strncasecmp((const char *)b + lt + 1, tags[t], n))
			break;
	}
	if (t == sizeof(tags) / sizeof(tags[0]))
		return 0;
	for (*ve = *vs = lt + 1 + n; *ve < le && b[*ve] != '<'; (*ve)++)
		;
	return *ve > *vs && *ve + 1 < le && b[*ve + 1] == '/';
}

/* The text of a value element nested one or two deep at b[lt] on the
 * line b[..le), each start tag a value or a defaultValue (an AppConfig's
 * <defaultValue><value>…</value>): [*vs, *ve); 0 when none. */
static int xml_value_child(const unsigned char *b, size_t lt, size_t le, size_t *vs,
			   size_t *ve)
{
	size_t te, depth;

	for (depth = 0; depth < 2 && lt + 1 < le && b[lt] == '<'; depth++) {
		for (te = lt + 1; te < le && ident_byte(b[te]); te++)
			;
		/* value or defaultValue (not an encryptedValue: its cipher) */
		if (te >= le || b[te] != '>' ||
		    !((te - lt - 1 == 5 && ends_ci(b, lt + 1, te, "value")) ||
		      (te - lt - 1 == 12 && ends_ci(b, lt + 1, te, "defaultvalue"))))
			return 0;
		for (*ve = *vs = te + 1; *ve < le && b[*ve] != '<'; (*ve)++)
			;
		if (*ve > *vs)
			return *ve + 1 < le && b[*ve + 1] == '/';
		lt = te + 1;
	}
	return 0;
}

static int xml_name_apart(const unsigned char *b, size_t len, size_t le, size_t i,
			  size_t *next_gt, struct kh_layer *l)
{
	const unsigned char *p;
	static const char *attrs[] = {
		"Key", "key", "Name", "name", "id", "keyName", NULL
	};
	size_t te, gt, ns, ne, vs, ve, at, n, ts, k;
	int name_element, a;

	for (te = i + 1; te < le && (ident_byte(b[te]) || b[te] == ':'); te++)
		;
	if (*next_gt < te) {
		p = memchr(b + te, '>', le - te);
		*next_gt = p ? (size_t)(p - b) : le;
	}
	gt = *next_gt;
	if (te == i + 1 || gt >= le || b[gt - 1] == '/')
		return 0;
	name_element =
		gt == te &&
		(ends_ci(b, i + 1, te, "name") ||
		 (te - i - 1 == 3 && !strncasecmp((const char *)b + i + 1, "key", 3)));
	if (name_element) {
		ns = gt + 1;
		for (ne = ns; ne < le && b[ne] != '<'; ne++)
			;
		if (ne >= le || !credential_name(b + ns, ne - ns))
			return 0;
		/* its value a sibling on the same line: KeePass's XML export,
		 * <Key>Password</Key><Value ProtectInMemory="True">…</Value> */
		if (ne + te - i + 2 <= le && b[ne + 1] == '/' &&
		    !memcmp(b + ne + 2, b + i + 1, te - i - 1) &&
		    b[ne + 2 + te - i - 1] == '>') {
			k = skip_blanks(b, ne + 3 + te - i - 1, le);
			for (ts = te = k + 1;
			     k < le && b[k] == '<' && te < le && ident_byte(b[te]); te++)
				;
			if (te > ts && ends_ci(b, ts, te, "value")) {
				p = memchr(b + te, '>', le - te);
				if (!p || p[-1] == '/')
					return 0;
				for (ve = vs = (size_t)(p - b) + 1;
				     ve < le && b[ve] != '<'; ve++)
					;
				return ve < le && ve > vs
					       ? emit_pair(l, b, ns, ne, vs, ve)
					       : 0;
			}
		}
	} else {
		for (a = 0; attrs[a] && !attribute(b, te, gt, attrs[a], &ns, &ne); a++)
			;
		if (!attrs[a] ||
		    !(credential_name(b + ns, ne - ns) || told_name(b + ns, ne - ns)))
			return 0;
		vs = gt + 1;
		for (ve = vs; ve < le && b[ve] != '<'; ve++)
			;
		if (ve > vs) /* the element's own text */
			return ve + 1 < le && b[ve + 1] == '/'
				       ? emit_pair(l, b, ns, ne, vs, ve)
				       : 0;
		/* the text of its first child on the line: XLIFF's
		 * <trans-unit id="db.password"><source>…</source> */
		if (ve < le && xml_child_text(b, ve, le, &vs, &ve))
			return emit_pair(l, b, ns, ne, vs, ve);
		/* a managed app's configuration (AppConfig): <string
		 * keyName="wifiPsk"><defaultValue><value>…</value> */
		if (ve < le && xml_value_child(b, ve, le, &vs, &ve))
			return emit_as_told(l, b, ns, ne, vs, ve);
	}
	for (at = line_end(b, len, le), n = 0; at < len && n < XML_VALUE_LINES; n++) {
		size_t cle = content_end(b, len, ++at);

		k = skip_blanks(b, at, cle);
		at = line_end(b, len, at);
		if (k + 1 >= cle || b[k] != '<' || b[k + 1] == '/')
			return 0; /* text, or the parent's end: no value below */
		for (ts = te = k + 1; te < cle && ident_byte(b[te]); te++)
			;
		if (!ends_ci(b, ts, te, "value"))
			continue;
		for (gt = te; gt < cle && b[gt] != '>'; gt++)
			;
		for (ve = vs = gt + 1; ve < cle && b[ve] != '<'; ve++)
			;
		return ve < cle ? emit_pair(l, b, ns, ne, vs, ve) : 0;
	}
	return 0;
}

/*
 * A C# settings class's property (Settings.Designer.cs): its default
 * stands above it in [DefaultSettingValueAttribute("...")], the name
 * after it on the line b[ls..le) (public string ApiSecret {).
 */
static int default_setting_value(const unsigned char *b, size_t ls, size_t le,
				 struct kh_layer *l)
{
	static const char attr[] = "DefaultSettingValue";
	size_t e = skip_blanks_back(b, le, ls), ns, from, vs, ve;
	const unsigned char *p = NULL, *q;

	if (e > ls && b[e - 1] == '{')
		e = skip_blanks_back(b, e - 1, ls);
	if (e == ls || !name_alnum(b[e - 1]))
		return 0; /* most lines: no property's name last */
	ns = name_before(b, ls, &e);
	if (ns == e || ls < 2)
		return 0;
	from = ls > 512 ? ls - 512 : 0;
	while ((q = kh_memmem(b + from, ls - from, attr, sizeof(attr) - 1))) {
		p = q; /* the last: the attribute of this property */
		from = (size_t)(q - b) + 1;
	}
	if (!p)
		return 0;
	p = memchr(p, '(', (size_t)(b + ls - p));
	if (!p || !quoted(b, (size_t)(p - b) + 1, ls, &vs, &ve) ||
	    memchr(b + ve, '{', ls - ve))
		return 0; /* none, or another property's */
	return emit_pair(l, b, ns, e, vs, ve);
}

/* Where ` set value ` follows the path that ends at b[e] (a Minecraft
 * function's `data modify storage ns:cfg relay.api.key set value "…"`):
 * the index after it, or 0. */
static size_t nbt_set_value(const unsigned char *b, size_t e, size_t le)
{
	static const char glue[] = " set value ";
	size_t n = sizeof(glue) - 1;

	return le - e > n && !memcmp(b + e, glue, n) ? e + n : 0;
}

/* A Minecraft function's `data modify <storage|entity|block> <target>
 * <path> set value "…"` on the line b[ls..le): the path names the value.
 * 0, or -1. */
static int nbt_data_set(const unsigned char *b, size_t ls, size_t le, struct kh_layer *l)
{
	size_t i = skip_blanks(b, ls, le), s, e, k, vs, ve;

	if (!word_at(b, i, le, "data") ||
	    !word_at(b, skip_blanks(b, i + 4, le), le, "modify"))
		return 0;
	for (e = i; e < le; e++) {
		if (b[e] != ' ' || !(k = nbt_set_value(b, e, le)))
			continue;
		for (s = e; s > i && ident_byte(b[s - 1]); s--)
			;
		if (s < e && quoted(b, k, le, &vs, &ve))
			return emit_pair(l, b, s, e, vs, ve) < 0 ? -1 : 0;
		return 0;
	}
	return 0;
}

/* Whether the keyword's hit ending at b[last] is a bare `secret` or
 * `pass` field's name, its quoted value after it (sibling_fields() reads
 * it beside a user's field). */
int sibling_named(struct kh_hit *h)
{
	const unsigned char *b = h->b;
	size_t len = h->len, last = h->last;
	size_t s = last, e = last + 1, k;

	s = hit_name_start(h, HIT_IDENT, 8);
	e = hit_name_end(h, HIT_IDENT, last + NAME_MAX_LEN);
	if (!((e - s == 6 && !memcmp(b + s, "secret", 6)) ||
	      (e - s == 4 && !memcmp(b + s, "pass", 4))))
		return e < len && b[e] == ' ' && nbt_set_value(b, e, len) != 0;
	k = e < len && (b[e] == '"' || b[e] == '\'') ? e + 1 : e;
	k = skip_blanks(b, k, len);
	if (k >= len || (b[k] != '=' && b[k] != ':'))
		return 0;
	k += k + 1 < len && b[k] == '=' && b[k + 1] == '>'; /* PHP's, Perl's => */
	k = skip_blanks(b, k + 1, len);
	return k < len && (b[k] == '"' || b[k] == '\'');
}

/* Where the name of the attribute or member whose quoted value starts at
 * b[vs] begins (`secret="…"`, `"secret": "…"`, `ValueData: "…"`), the
 * name ending at *ne; vs when there is none. */
static size_t attribute_name_before(const unsigned char *b, size_t ls, size_t vs,
				    size_t *ne)
{
	size_t k = skip_blanks_back(b, vs - 1, ls), s;

	if (k > ls + 1 && b[k - 1] == '>' && b[k - 2] == '=')
		k--; /* a map's => */
	if (k == ls || (b[k - 1] != '=' && b[k - 1] != ':'))
		return vs;
	k = skip_blanks_back(b, k - 1, ls);
	if (k > ls && (b[k - 1] == '"' || b[k - 1] == '\''))
		k--;
	for (s = k; s > ls && ident_byte(b[s - 1]); s--)
		;
	*ne = k;
	return s < k ? s : vs;
}

/*
 * A name in one field of a line and its value in a sibling field, each
 * field quoted, on the line b[ls..le) (readers of XML attributes and JSON
 * members alike, attribute()): OPML's <outline text="apiKey"
 * _note="…"/>, Inno Setup's ValueName: "apiKey"; ValueData: "…". And a
 * password by its sibling: a bare `secret` (or `pass`) field beside the
 * user's on one element (a SIP account's <sip user="u" secret="…"/>,
 * {"user": "u", "secret": "…"}), read as that login's password. The
 * rules judge the pair; 0, or -1.
 */
int sibling_fields(const unsigned char *b, size_t ls, size_t le, struct kh_layer *l)
{
	static const char *const fields[][2] = { { "text", "_note" },
						 { "ValueName", "ValueData" } };
	static const char *const users[] = { "user",	 "username",  "login",	 "userid",
					     "authuser", "auth_user", "authname" };
	static const char *const secrets[] = { "secret", "pass" };
	size_t f, ns, ne, vs, ve, u, us, ue;

	for (f = 0; f < sizeof(fields) / sizeof(fields[0]); f++)
		if (attribute(b, ls, le, fields[f][0], &ns, &ne) &&
		    credential_name(b + ns, ne - ns) &&
		    attribute(b, ne, le, fields[f][1], &vs, &ve))
			return emit_as_told(l, b, ns, ne, vs, ve) < 0 ? -1 : 0;
	for (f = 0; f < sizeof(secrets) / sizeof(secrets[0]); f++) {
		if (!attribute(b, ls, le, secrets[f], &vs, &ve) ||
		    (ns = attribute_name_before(b, ls, vs, &ne)) == vs)
			continue;
		for (u = 0; u < sizeof(users) / sizeof(users[0]); u++)
			if (attribute(b, ls, le, users[u], &us, &ue) && ue > us)
				return emit_named(l, b, ns, ne, "_password", vs, ve) < 0
					       ? -1
					       : 0;
	}
	return 0;
}

/* Whether b[s..e) is a short name in words (`db password`,
 * `relay.api_key`): at most four words of a name's bytes and blanks, one
 * of them a credential's name. */
static int phrase_name(const unsigned char *b, size_t s, size_t e)
{
	size_t k, w = s, words = 0;
	int cred = 0;

	if (e <= s || e - s > NAME_MAX_LEN)
		return 0;
	for (k = s; k <= e; k++) {
		if (k < e && ident_byte(b[k]))
			continue;
		if (k < e && b[k] != ' ')
			return 0;
		if (k > w) {
			cred |= credential_name(b + w, k - w);
			words++;
		}
		w = k + 1;
	}
	return cred && words <= 4;
}

/*
 * A gettext catalogue's entry whose msgid (or msgctxt) on the line
 * b[ls..le) names a credential and whose msgstr on the lines below holds
 * its value: msgid "db password" then msgstr "…". The translation of a
 * label (msgid "Password", msgstr "Passwort") the rules' judges refuse.
 * 0, or -1.
 */
static int gettext_entry(const unsigned char *b, size_t len, size_t ls, size_t le,
			 struct kh_layer *l)
{
	size_t i = skip_blanks(b, ls, le), k, ns, ne, vs, ve, at, n;

	if (word_at(b, i, le, "msgid"))
		k = i + 5;
	else if (word_at(b, i, le, "msgctxt"))
		k = i + 7;
	else
		return 0;
	if (!quoted(b, skip_blanks(b, k, le), le, &ns, &ne) || !phrase_name(b, ns, ne))
		return 0;
	for (at = line_end(b, len, le), n = 0; at < len && n < 3; n++) {
		size_t cle = content_end(b, len, ++at);

		k = skip_blanks(b, at, cle);
		at = line_end(b, len, at);
		if (word_at(b, k, cle, "msgid") || word_at(b, k, cle, "msgid_plural"))
			continue;
		if (!word_at(b, k, cle, "msgstr") ||
		    !quoted(b, skip_blanks(b, k + 6, cle), cle, &vs, &ve) ||
		    !plausible_value(b + vs, ve - vs))
			return 0;
		return emit_named(l, b, ns, ne, "", vs, ve) < 0 ? -1 : 0;
	}
	return 0;
}

/* ---- a literal named after it: SQL's and SPARQL's `AS` ------------------ */

/* The quote-like bytes an alias may stand in: SPARQL's variables (?name,
 * $name), SQL's quoted identifiers ("name", `name`, [name]). */
static int alias_mark(unsigned char c)
{
	return c == '?' || c == '$' || c == '"' || c == '`' || c == '[';
}

/*
 * Whether the name that holds b[at] is an alias a literal takes: after
 * `AS` and a quoted string before it (SELECT '…' AS api_key, SPARQL's
 * BIND("…" AS ?apiKey)). A cast (TypeScript's '…' as const) names a
 * type, which the rules' names refuse. Its start in *ns.
 */
static int alias_before(const unsigned char *b, size_t ls, size_t at, size_t *ns)
{
	size_t s = at, k, vs, ve;

	while (s > ls && ident_byte(b[s - 1]))
		s--;
	k = s - (s > ls && alias_mark(b[s - 1]));
	if (k < ls + 5 || b[k - 1] != ' ' || (b[k - 2] | 0x20) != 's' ||
	    (b[k - 3] | 0x20) != 'a' || b[k - 4] != ' ')
		return 0;
	*ns = s;
	return quoted_before(b, ls, skip_blanks_back(b, k - 4, ls), &vs, &ve);
}

/* Bytes an alias's literal and name are looked back on. */
#define ALIAS_SPAN 1024

/* A generic keyword's hit ending at b[last] in an alias (alias_before). */
int alias_named(struct kh_hit *h)
{
	const unsigned char *b = h->b;
	size_t len = h->len, last = h->last;
	size_t ns;

	(void)len;
	return last > 5 && alias_before(b, hit_line_start(h, ALIAS_SPAN), last, &ns);
}

/* The literal the alias at b[i] (the `a` of ` AS `) names on the line
 * b[ls..le): SELECT 'v' AS api_key, BIND("v" AS ?apiKeyB64). 0, or -1. */
static int aliased_literal(const unsigned char *b, size_t ls, size_t le, size_t i,
			   struct kh_layer *l)
{
	size_t ns, ne, vs, ve, k = skip_blanks(b, i + 2, le);

	k += k < le && alias_mark(b[k]);
	for (ne = k; ne < le && ident_byte(b[ne]); ne++)
		;
	if (ne == k || !alias_before(b, ls, ne - 1, &ns) || ns != k ||
	    !quoted_before(b, ls, skip_blanks_back(b, i, ls), &vs, &ve))
		return 0;
	return emit_pair(l, b, ns, ne, vs, ve);
}

/* The shapes above on the line b[ls..le) a keyword marked. */
int code_shape_line(const unsigned char *b, size_t len, size_t ls, size_t le,
		    struct kh_layer *l)
{
	static const unsigned char marks[256] = {
		['='] = 1, ['"'] = 1, ['s'] = 1, ['P'] = 1,
		['p'] = 1, ['<'] = 1, ['A'] = 1, ['a'] = 1
	};
	size_t i = skip_blanks(b, ls, le), gt = 0;
	unsigned char first = i < le ? b[i] | 0x20 : 0; /* the statements' words */
	int r, sql = (first == 'a' && word_at(b, i, le, "alter")) ||
		     (first == 'c' && word_at(b, i, le, "create"));

	if ((first == 's' && tcl_set(b, ls, le, l) < 0) ||
	    ((first == 'p' || first == 'm') && value_into_name(b, ls, le, l) < 0) ||
	    param_directive(b, ls, le, l) < 0 ||
	    (first == 'u' && sql_update_row(b, ls, le, l) < 0) ||
	    default_setting_value(b, ls, le, l) < 0 ||
	    (first == 'm' && gettext_entry(b, len, ls, le, l) < 0) ||
	    (first == 'd' && nbt_data_set(b, ls, le, l) < 0))
		return -1;
	for (i = ls, r = 0; i < le && r == 0; i++) {
		if (!marks[b[i]])
			continue;
		switch (b[i]) {
		case '=': r = code_assignment(b, ls, le, i, l); break;
		case '"':
			r = env_setter_strings(b, ls, le, i, l);
			if (r == 0 && i > ls && b[i - 1] == '(')
				r = infix_of_strings(b, le, i, l);
			break;
		case 's':
			if (i + 1 < le && b[i + 1] == ':')
				r = php_serialized(b, le, i, l);
			break;
		case 'P':
		case 'p':
			if (sql && i > ls && b[i - 1] == ' ')
				r = sql_password(b, ls, le, i, l);
			break;
		case '<': r = xml_name_apart(b, len, le, i, &gt, l); break;
		case 'A':
		case 'a': /* '…' AS api_key */
			if (i > ls && b[i - 1] == ' ' && i + 2 < le &&
			    (b[i + 1] | 0x20) == 's' && b[i + 2] == ' ')
				r = aliased_literal(b, ls, le, i, l);
			break;
		}
	}
	return r < 0 ? -1 : 0;
}

/*
 * A generic keyword's hit ending at b[last] that code_shape_line reads: a
 * name in brackets ($ENV{NAME}, env(NAME)), before a JSX expression, a
 * Vue binding or a Perl quote operator, after a `_param` directive, in a
 * name element (<name>apiSecret</name>), escaped in a serialized string,
 * SQL's PASSWORD '...', a C# settings property.
 */
int code_shape_named(struct kh_hit *h)
{
	const unsigned char *b = h->b;
	size_t len = h->len, last = h->last;
	size_t k = last + 1, s = last, v;

	if (k + 2 >= len)
		return 0;
	k = hit_name_end(h, HIT_CODE, last + 24);
	if (k + 2 >= len)
		return 0;
	switch (b[k]) { /* most hits: a name before none of these, out at once */
	case ',':	/* my ($api_token, $user) = (...): a sigil's name next */
		v = skip_blanks(b, k + 1, len);
		if (v >= len || b[v] != '$')
			return 0;
		break;
	case ')': /* Tcl's env(NAME); my ($user, $api_token) = (...) */
		v = skip_blanks(b, k + 1, len);
		if (v >= len || (b[v] != '=' && b[v] != '"' && b[v] != '{'))
			return 0;
		break;
	case '.': /* COBOL's MOVE "v" TO NAME. */
		if (!isspace(b[k + 1]))
			return 0;
		break;
	case '}':
	case '\\':
	case '<':
	case '=':
	case ' ':
	case '\t':
	case '\r':
	case '\n': break;
	default: return 0;
	}
	while (s > 0 && last - s < NAME_MAX_LEN &&
	       (name_alnum(b[s - 1]) || b[s - 1] == '_'))
		s--;
	if (s == 0)
		return 0;
	switch (b[k]) {
	case '}': /* $ENV{NAME} = (not a shell's ${NAME}) */
		v = skip_blanks(b, k + 1, len);
		return b[s - 1] == '{' && (s < 2 || b[s - 2] != '$') && v + 1 < len &&
		       b[v] == '=' && b[v + 1] != '=';
	case ')': /* Tcl's env(NAME); my ($user, $api_token) = (...) */
		if (s >= 4 && !memcmp(b + s - 4, "env(", 4))
			return 1;
		/* fall through */
	case ',':
		if (b[s - 1] != '$')
			return 0;
		for (v = k; v < len && v < k + 128 && b[v] != ')' && b[v] != '\n'; v++)
			;
		v = v < len && b[v] == ')' ? skip_blanks(b, v + 1, len) : len;
		if (v + 2 >= len || b[v] != '=')
			return 0;
		v = skip_blanks(b, v + 1, len);
		return v < len && b[v] == '(';
	case '\\': /* s:13:\"client_secret\"; (not JSON's every escaped name) */
		return b[k + 1] == '"' && s >= 3 && b[s - 1] == '"' && b[s - 2] == '\\' &&
		       b[s - 3] == ':';
	case '<': return b[s - 1] == '>' && b[k + 1] == '/';
	case '=':
		v = skip_blanks(b, k + 1, len);
		return code_literal(b, v, len - v > 256 ? v + 256 : len, 0, &s, &k) !=
			       0 ||
		       converted_literal(b, v, len - v > 256 ? v + 256 : len, &s, &k);
	}
	/* a blank after the name */
	if (s >= 7 && !memcmp(b + s - 7, "_param ", 7))
		return 1;
	/* put "v" into NAME, MOVE "v" TO WS-NAME: the line's reader judges */
	for (v = s;
	     v > 0 && s - v < NAME_MAX_LEN && (ident_byte(b[v - 1]) && b[v - 1] != '.');
	     v--)
		;
	if ((v >= 5 && equal_ci(b + v - 5, "into ", 5)) ||
	    (v >= 4 && equal_ci(b + v - 4, " to ", 4)))
		return 1;
	v = skip_blanks(b, k, len); /* len: blanks to the buffer's end */
	if (v < len && b[v] == '=' && perl_quote_at(b, skip_blanks(b, v + 1, len), len))
		return 1;			   /* $api_key = q{...} */
	if (v < len && b[v] == '\'' && k - s == 8) /* PASSWORD '...' */
		return 1;
	return s >= 7 && !memcmp(b + s - 7, "string ", 7) &&
	       kh_memmem(b + (s > 512 ? s - 512 : 0), s > 512 ? 512 : s,
			 "DefaultSettingValue", 19);
}

/* ---- code syntaxes that glue a value to a name their own way ------------ */

/*
 * Languages keep a credential's name and its value apart in ways the
 * rules' `name = "value"` does not read: a type between them
 * (ActionScript's and Haxe's NAME:String = "...", Odin's NAME : string :
 * "..." and NAME :: "...", Bicep's param NAME string = '...'), a Scheme
 * pair ("name" . "..."), Pascal's ['Name'] := '...', a reader tag (Aero's
 * :name #profile {:prod "..."}), a literal of their own (Erlang's
 * <<"...">>, Lua's [[...]] and [==[...]==]) and a name's own mark
 * (Elixir's @name "...", fish's set -gx NAME ...). One reader takes a
 * name, the glue after it and a value; the rules judge `name = "value"`.
 */

/* How long a literal's own delimiter may be: a Lua level, an OCaml id,
 * Swift's #s. */
#define LITERAL_ID_MAX 16

/* Whether c may follow a name in one of these syntaxes: a blank, a
 * separator, a quoted name's closing quote, Nim's export mark. */
static int code_glue_byte(unsigned char c)
{
	static const unsigned char glue[256] = {
		[' '] = 1,  ['\t'] = 1, [':'] = 1, ['"'] = 1,
		['\''] = 1, [','] = 1,	['='] = 1, ['*'] = 1
	};

	return glue[c];
}

/* The content of a literal from b[from] up to its closing close[0..n) on
 * the line ending at le: in [*vs, *ve); the index past it, or 0 when it
 * does not close there or holds nothing. */
size_t delimited(const unsigned char *b, size_t from, size_t le,
		 const unsigned char *close, size_t n, size_t *vs, size_t *ve)
{
	const unsigned char *c =
		from < le ? kh_memmem(b + from, le - from, close, n) : NULL;

	if (!c || c == b + from)
		return 0;
	*vs = from;
	*ve = (size_t)(c - b);
	return *ve + n;
}

/*
 * The default of a placeholder whose name b[..k) ends at b[k] == ':' and
 * starts after `${` (Spring's ${db.password:value}, @Value("${x:value}"),
 * a shell's ${NAME:-value} or ${NAME:=value}), its name's start at or before ns: the
 * value up to '}' in [*vs, *ve) (none holds another placeholder); the index past the '}',
 * or 0.
 */
static size_t placeholder_default(const unsigned char *b, size_t ls, size_t ns, size_t k,
				  size_t le, size_t *vs, size_t *ve)
{
	size_t s = ns, e;

	while (s > ls && (code_name_byte(b[s - 1]) || b[s - 1] == '.'))
		s--;
	if (s < ls + 2 || b[s - 1] != '{' || b[s - 2] != '$')
		return 0;
	/* a shell's operator after the ':' (POSIX's ${NAME:-value} and
	 * ${NAME:=value}) is no part of the value; ${NAME:?message} holds a
	 * message and ${NAME:+value} the value used when NAME is set */
	*vs = k + 1 + (k + 1 < le && (b[k + 1] == '-' || b[k + 1] == '='));
	if (*vs < le && (b[*vs] == '?' || b[*vs] == '+'))
		return 0;
	for (e = *vs; e < le && b[e] != '}' && b[e] != '$' && b[e] != '{'; e++)
		;
	*ve = e;
	return e < le && b[e] == '}' && e > *vs ? e + 1 : 0;
}

/*
 * A literal from b[i]: quoted, or one of a language's own the rules do
 * not read as a value (*own set then): Erlang's binary <<"...">>, Lua's
 * long bracket [[...]] or [==[...]==], a triple-quoted """...""" or
 * '''...''' (Python, Kotlin, Scala, TOML), Nix's ''...'', Swift's
 * #"..."#, OCaml's {|...|} and {id|...|id}, Ruby's %q(...), %Q[...] and
 * %(...), a placeholder's default (${NAME:value}). Closed on its line;
 * its content in [*vs, *ve); the index past it, or 0.
 */
size_t own_literal(const unsigned char *b, size_t i, size_t le, size_t *vs, size_t *ve,
		   int *own)
{
	unsigned char close[LITERAL_ID_MAX + 2];
	size_t k, n = 0;
	const char *o;

	*own = 1;
	if (i + 2 >= le)
		return 0;
	switch (b[i]) {
	case '<':
		return b[i + 1] == '<' && b[i + 2] == '"'
			       ? delimited(b, i + 3, le, (const unsigned char *)"\">>", 3,
					   vs, ve)
			       : 0;
	case '[': /* the level's '='s between the brackets, closed the same */
		for (k = i + 1; k < le && b[k] == '=' && k - i <= LITERAL_ID_MAX; k++)
			;
		if (k + 1 >= le || b[k] != '[' || strchr("\"'[", b[k + 1]))
			return 0; /* a nested list: [["a", "b"]] */
		close[n++] = ']';
		while (n < k - i)
			close[n++] = '=';
		close[n++] = ']';
		return delimited(b, k + 1, le, close, n, vs, ve);
	case '"':
	case '\'':
		if (b[i + 1] == b[i] && b[i + 2] == b[i])
			return delimited(b, i + 3, le, b + i, 3, vs, ve);
		if (b[i] == '\'' && b[i + 1] == '\'')
			return delimited(b, i + 2, le, b + i, 2, vs, ve);
		*own = 0;
		return quoted(b, i, le, vs, ve);
	case '#':
		for (k = i; k < le && b[k] == '#' && k - i < LITERAL_ID_MAX; k++)
			;
		if (k >= le || b[k] != '"')
			return 0;
		close[n++] = '"';
		while (n <= k - i)
			close[n++] = '#';
		return delimited(b, k + 1, le, close, n, vs, ve);
	case '{':
		close[n++] = '|';
		for (k = i + 1;
		     k < le && n <= LITERAL_ID_MAX && (islower(b[k]) || b[k] == '_'); k++)
			close[n++] = b[k];
		if (k >= le || b[k] != '|')
			return 0;
		close[n++] = '}';
		return delimited(b, k + 1, le, close, n, vs, ve);
	case '$': /* ${NAME:value}: a placeholder's default */
		for (k = i + 2; k < le && (code_name_byte(b[k]) || b[k] == '.'); k++)
			;
		return b[i + 1] == '{' && k > i + 2 && k < le && b[k] == ':' &&
		       placeholder_default(b, i, i + 2, k, le, vs, ve);
	case '%':
		k = i + 1 + (b[i + 1] == 'q' || b[i + 1] == 'Q');
		if (k >= le || !b[k] || !(o = strchr("([{<", b[k])))
			return 0;
		close[n++] = (unsigned char)")]}>"[o - "([{<"];
		return delimited(b, k + 1, le, close, n, vs, ve);
	}
	*own = 0;
	return 0;
}

/* The end of the bracket that opens at b[open] on its line (strings in
 * it skipped), or le when it closes below. */
static size_t bracket_end(const unsigned char *b, size_t open, size_t le)
{
	size_t k, depth = 0, s, e, q;

	for (k = open; k < le; k++) {
		if (b[k] == '"' && (q = quoted(b, k, le, &s, &e)))
			k = q - 1;
		else if (b[k] == '{' || b[k] == '[')
			depth++;
		else if ((b[k] == '}' || b[k] == ']') && --depth == 0)
			return k;
	}
	return le;
}

/* The first quoted string in b[from..to): its content in [*vs, *ve). */
static int string_in(const unsigned char *b, size_t from, size_t to, size_t *vs,
		     size_t *ve)
{
	const unsigned char *q = from < to ? memchr(b + from, '"', to - from) : NULL;

	return q && quoted(b, (size_t)(q - b), to, vs, ve);
}

/* The end of a declaration's type from b[t]: up to three words (String,
 * constant String, Map<String>), or t when none starts there. */
static size_t type_words(const unsigned char *b, size_t t, size_t le)
{
	size_t e = t, n;

	for (n = 0; n < 3 && e < le && isalpha(b[e]); n++) {
		while (e < le && (name_alnum(b[e]) || (b[e] && strchr("_.<>", b[e]))))
			e++;
		t = e;
		e = skip_blanks(b, e, le);
	}
	return t;
}

/*
 * The value after the name b[ns..ne) on the line b[ls..le), past a glue
 * the rules do not read, or past a plain separator (=, :=, =>, :, ,)
 * before a literal they do not read. Its content in [*vs, *ve); *tag set
 * to the end of a reader tag's bracket, whose other strings are values
 * of the name too (#profile {:dev "..." :prod "..."}), else 0.
 */
static int glued_value(const unsigned char *b, size_t ls, size_t le, size_t ns, size_t ne,
		       size_t *vs, size_t *ve, size_t *tag)
{
	size_t k = ne, j, t, e;
	int own, quoted_name = 0, exported = 0;

	*tag = 0;
	if (k + 1 < le && b[k] == '*' && (b[k + 1] == ' ' || b[k + 1] == ':'))
		k += exported = 1; /* Nim's exported name: apiToken* = "..." */
	if (k < le && b[k] == ':' && placeholder_default(b, ls, ns, k, le, vs, ve))
		return 1;
	if (k < le && (b[k] == '"' || b[k] == '\'')) {
		if (ns == ls || b[ns - 1] != b[k])
			return 0;
		quoted_name = 1;
		if (++k < le && b[k] == ']') { /* Pascal: Headers['Name'] := '...' */
			j = skip_blanks(b, k + 1, le);
			return j + 1 < le && b[j] == ':' && b[j + 1] == '=' &&
			       own_literal(b, skip_blanks(b, j + 2, le), le, vs, ve,
					   &own);
		}
	}
	j = skip_blanks(b, k, le);
	if (j + 1 >= le)
		return 0;
	if (b[j] == ':' && (b[j + 1] == ':' || b[j + 1] != '=')) {
		t = skip_blanks(b, j + 1 + (b[j + 1] == ':'), le);
		if (b[j + 1] == ':' && own_literal(b, t, le, vs, ve, &own))
			return 1; /* Odin: NAME :: "..." */
		if ((e = type_words(b, t, le)) == t)
			return 0;
		/* NAME:String = "...", NAME : string : "...", Julia's
		 * NAME::String = "...", Ada's Name : constant String := "..." */
		e = skip_blanks(b, e, le);
		if (e + 1 < le && b[e] == ':' && b[e + 1] == '=')
			e++;
		else if (e + 1 >= le || !((b[e] == '=' && !strchr("=>", b[e + 1])) ||
					  (b[e] == ':' && b[e + 1] != ':')))
			return 0;
		return own_literal(b, skip_blanks(b, e + 1, le), le, vs, ve, &own) != 0;
	}
	if (b[j] == '.' && j > k && (b[j + 1] == ' ' || b[j + 1] == '\t')) {
		/* a Scheme pair: ("name" . "...") or (name . "...") */
		t = ns - quoted_name;
		return t > ls && b[t - 1] == '(' &&
		       own_literal(b, skip_blanks(b, j + 1, le), le, vs, ve, &own) != 0;
	}
	if (b[j] == '#' && isalpha(b[j + 1]) && ns > ls && b[ns - 1] == ':') {
		/* EDN's reader tag after a keyword: :name #profile {...} */
		for (t = j + 1; t < le && (code_name_byte(b[t]) || b[t] == '/'); t++)
			;
		t = skip_blanks(b, t, le);
		if (t >= le || (b[t] != '{' && b[t] != '['))
			return 0;
		*tag = bracket_end(b, t, le);
		return string_in(b, t, *tag, vs, ve);
	}
	if (b[j] != '=' && b[j] != ':' && b[j] != ',')
		return 0;
	t = j + 1 + (b[j + 1] == '=' || b[j + 1] == '>');
	return own_literal(b, skip_blanks(b, t, le), le, vs, ve, &own) &&
	       (own || exported);
}

/*
 * A name's own mark at the start of the line b[ls..le): Elixir's module
 * attribute (@name "..."), fish's set with its flags (set -gx NAME value,
 * set -Ux NAME value), Bicep's param NAME type = '...'. The name in
 * [*ns, *ne), the value in [*vs, *ve).
 */
static int marked_name(const unsigned char *b, size_t ls, size_t le, size_t *ns,
		       size_t *ne, size_t *vs, size_t *ve)
{
	size_t i = skip_blanks(b, ls, le), k;
	int own, flags = 0;

	if (i + 6 >= le || (b[i] != '@' && b[i] != 'p' && b[i] != 's'))
		return 0;
	if (b[i] == '@' && islower(b[i + 1])) {
		for (*ne = *ns = i + 1; *ne < le && (name_alnum(b[*ne]) || b[*ne] == '_');
		     (*ne)++)
			;
		k = skip_blanks(b, *ne, le);
		return k > *ne && own_literal(b, k, le, vs, ve, &own);
	}
	if (word_at(b, i, le, "param")) {
		*ns = skip_blanks(b, i + 5, le);
		for (*ne = *ns; *ne < le && (name_alnum(b[*ne]) || b[*ne] == '_');
		     (*ne)++)
			;
		return *ne > *ns && typed_value(b, le, *ne, vs, ve);
	}
	if (!word_at(b, i, le, "set"))
		return 0;
	for (k = skip_blanks(b, i + 3, le);
	     k + 1 < le && b[k] == '-' && isalpha(b[k + 1]);
	     k = skip_blanks(b, k, le), flags++)
		while (k < le && b[k] != ' ' && b[k] != '\t')
			k++;
	if (!flags)
		return 0;
	for (*ne = *ns = k; *ne < le && (name_alnum(b[*ne]) || b[*ne] == '_'); (*ne)++)
		;
	k = skip_blanks(b, *ne, le);
	if (*ne == *ns || k == *ne || k >= le)
		return 0;
	if (!quoted(b, k, le, vs, ve)) {
		*vs = k;
		*ve = bare_value(b, k, le);
	}
	return *ve > *vs;
}

/* The keyword of the EDN map that holds the keyword b[ns..) on its line
 * ({:gotify {:client-token ...}}): its name in parts[0], 1 when there is
 * one. */
static int edn_parent(const unsigned char *b, size_t ls, size_t ns, size_t (*parts)[2])
{
	size_t k;

	if (ns < ls + 2 || b[ns - 1] != ':')
		return 0;
	k = skip_blanks_back(b, ns - 1, ls);
	if (k == ls || b[k - 1] != '{')
		return 0;
	parts[0][1] = skip_blanks_back(b, k - 1, ls);
	for (k = parts[0][1]; k > ls && code_name_byte(b[k - 1]); k--)
		;
	parts[0][0] = k;
	return k < parts[0][1] && k > ls && b[k - 1] == ':';
}

/* The pairs of these syntaxes on the line b[ls..le), and each with its
 * EDN parent's name where the line says it. */
int code_glue_line(const unsigned char *b, size_t ls, size_t le, struct kh_layer *l)
{
	size_t i, ns, ne, vs, ve, tag, parts[2][2];
	int parent;

	if (marked_name(b, ls, le, &ns, &ne, &vs, &ve) &&
	    emit_split(l, b, ns, ne, vs, ve) < 0)
		return -1;
	for (i = ls; i < le; i = ne + (ne == i)) {
		for (ne = i; ne < le && code_name_byte(b[ne]); ne++)
			;
		if (ne == i)
			continue;
		/* most names are followed by none of the glues' bytes */
		if (ne >= le || !code_glue_byte(b[ne]) ||
		    !glued_value(b, ls, le, i, ne, &vs, &ve, &tag))
			continue;
		parent = edn_parent(b, ls, i, parts);
		parts[1][0] = i;
		parts[1][1] = ne;
		do {
			if (emit_split(l, b, i, ne, vs, ve) < 0 ||
			    (parent && credential_name(b + i, ne - i) &&
			     emit_path_as(l, b, (const size_t(*)[2])parts, 2, "", vs,
					  ve) < 0))
				return -1;
		} while (tag && string_in(b, ve + 1, tag, &vs, &ve));
	}
	return 0;
}

/* A keyword hit of the generic rule that ends b[last]: whether its name
 * is one of these syntaxes'. */
int code_glue_named(struct kh_hit *h)
{
	const unsigned char *b = h->b;
	size_t len = h->len, last = h->last;
	size_t k = last + 1, s = last, ls, le, ns, ne, vs, ve, tag;
	const unsigned char *nl;

	if (k >= len)
		return 0;
	k = hit_name_end(h, HIT_CODE, last + 24);
	if (k >= len || !code_glue_byte(b[k]))
		return 0;
	s = hit_name_start(h, HIT_CODE, NAME_MAX_LEN);
	le = len - k > 256 ? k + 256 : len;
	if ((nl = memchr(b + k, '\n', le - k)))
		le = (size_t)(nl - b);
	ls = near_line_start(b, s);
	if (ls > s) /* far from its line's start: a glue after it only */
		ls = s > 2 ? s - 2 : 0;
	if (glued_value(b, ls, le, s, k, &vs, &ve, &tag))
		return 1;
	return s > ls && (b[s - 1] == '@' || b[s - 1] == ' ') &&
	       marked_name(b, ls, le, &ns, &ne, &vs, &ve) && ns == s;
}

/* ---- any glue: a credential's name, a little glue, a literal ------------ */

/* The span between a name and its literal that any_glue_value reads
 * (Vyper's `: constant(String[256]) = ` is 26 bytes). */
#define ANY_GLUE_SPAN 32

/* The bytes that may follow a name in any_glue_value's glue: 0xE2 leads
 * APL's, BQN's and Uiua's arrow ←, '|' an rST substitution's name. */
static const unsigned char any_glue_start[256] = {
	[' '] = 1, ['\t'] = 1, ['='] = 1,  [':'] = 1,
	['('] = 1, ['<'] = 1,  [0xE2] = 1, ['|'] = 1
};

/* Whether b[i] holds the arrow ← (U+2190) that APL, BQN and Uiua assign
 * with. */
static int arrow_at(const unsigned char *b, size_t i, size_t end)
{
	return i + 2 < end && b[i] == 0xE2 && b[i + 1] == 0x86 && b[i + 2] == 0x90;
}

/* Whether the word before b[ns] on the line from ls is w (n bytes, lower
 * case), alone before it but for blanks: Fortran's `data name`. */
static int word_before(const unsigned char *b, size_t ls, size_t ns, const char *w,
		       size_t n)
{
	size_t k = skip_blanks_back(b, ns, ls);

	return k < ns && k >= ls + n && equal_ci(b + k - n, w, n) &&
	       (k == ls + n || !code_name_byte(b[k - n - 1]));
}

/* A literal no quote opens that a syntax's own glue hands a name, after
 * the name b[ns..ne) on the line b[ls..le): an rST substitution's `.. |name|
 * replace:: value`, PostScript's `/name (value) def`, Forth's `: name s"
 * value" ;` and Fortran's `data name / "value" /`. Its content in
 * [*vs, *ve); 0 when none. */
static int own_glue_value(const unsigned char *b, size_t ls, size_t le, size_t ns,
			  size_t ne, size_t *vs, size_t *ve)
{
	size_t k = skip_blanks(b, ls, le), e;

	if (ns > ls + 3 && b[ns - 1] == '|' && ne < le && b[ne] == '|' && k + 4 == ns &&
	    !memcmp(b + k, ".. |", 4)) {
		k = ne + 1;
		if (le - k < 11 || memcmp(b + k, " replace:: ", 11))
			return 0;
		*vs = skip_blanks(b, k + 11, le);
		for (e = *vs; e < le && b[e] != ' ' && b[e] != '\t'; e++)
			;
		*ve = e;
		return e > *vs && skip_blanks(b, e, le) >= le;
	}
	if (ns > ls && b[ns - 1] == '/' && k == ns - 1) { /* PostScript */
		k = skip_blanks(b, ne, le);
		if (k == ne || k >= le || b[k] != '(')
			return 0;
		*vs = k + 1;
		for (e = *vs; e < le && b[e] != ')' && b[e] != '(' && b[e] != '\\'; e++)
			;
		k = skip_blanks(b, e + 1, le);
		*ve = e;
		return e < le && b[e] == ')' && le - k >= 3 && !memcmp(b + k, "def", 3) &&
		       (k + 3 == le || !code_name_byte(b[k + 3]));
	}
	if (ns >= ls + 2 && b[ns - 1] == ' ' && b[ns - 2] == ':' && k == ns - 2) {
		/* a Forth word that pushes a string: : name s" value" ; */
		k = skip_blanks(b, ne, le);
		if (k == ne || le - k < 3 || (b[k] != 's' && b[k] != 'S') ||
		    b[k + 1] != '"' || b[k + 2] != ' ')
			return 0;
		*vs = k + 3;
		for (e = *vs; e < le && b[e] != '"'; e++)
			;
		*ve = e;
		k = skip_blanks(b, e + 1, le);
		return e < le && k < le && b[k] == ';';
	}
	if (word_before(b, ls, ns, "data", 4)) { /* Fortran's DATA statement */
		k = skip_blanks(b, ne, le);
		if (k == ne || k >= le || b[k] != '/')
			return 0;
		k = skip_blanks(b, k + 1, le);
		if (!(k = quoted(b, k, le, vs, ve)))
			return 0;
		k = skip_blanks(b, k, le);
		return k < le && b[k] == '/';
	}
	return 0;
}

/* Whether the word b[k..e) is a glue word: a declaration's data or
 * picture clause (NASM's db/dq/equ, COBOL's PIC X(20) VALUE), a binding
 * word (is, as, to), case aside. Not "in", "not", "or": they compare. */
static int any_glue_word(const unsigned char *b, size_t k, size_t e)
{
	static const struct {
		const char *word;
		size_t n;
	} words[] = { { "db", 2 },  { "dw", 2 }, { "dd", 2 },	 { "dq", 2 },
		      { "is", 2 },  { "as", 2 }, { "to", 2 },	 { "equ", 3 },
		      { "pic", 3 }, { "x", 1 },	 { "value", 5 }, { "constant", 8 } };
	size_t w, n = e - k;

	if (n > 8)
		return 0;
	for (w = 0; w < sizeof(words) / sizeof(words[0]); w++)
		if (words[w].n == n && equal_ci(b + k, words[w].word, n))
			return 1;
	return 0;
}

/* Whether s[0..n) is a name in words joined by '_' in one case
 * (K8S_VOLUME_TYPE_SECRET, db_password): a bare value that is a
 * reference, not a literal. */
static int snake_name(const unsigned char *s, size_t n)
{
	int upper = 0, lower = 0, joined = 0;
	size_t i;

	for (i = 0; i < n; i++) {
		upper |= isupper(s[i]) != 0;
		lower |= islower(s[i]) != 0;
		joined |= s[i] == '_';
	}
	return joined && !(upper && lower);
}

/* The quoted literal alone on the line after the one that ends at b[le]
 * (then nothing but a ';' or a ','): its content in [*vs, *ve). */
static int literal_below(const unsigned char *b, size_t len, size_t le, size_t *vs,
			 size_t *ve)
{
	size_t k, e, q;

	if (le >= len)
		return 0;
	k = e = le + 1 + (b[le] == '\r' && le + 1 < len); /* past \r\n */
	while (e < len && b[e] != '\n' && b[e] != '\r' && e - k < 4096)
		e++;
	if (!(q = quoted(b, skip_blanks(b, k, e), e, vs, ve)))
		return 0;
	q = skip_blanks(b, q, e);
	return q == e || ((b[q] == ';' || b[q] == ',' || b[q] == '.') &&
			  skip_blanks(b, q + 1, e) == e);
}

/* SAS's macro quoting around a %let's value at b[*vs] (`%str(`,
 * `%nrstr(`, `%bquote(`, `%nrbquote(`): 1 and *vs moved inside it, else 0. */
static int sas_quoting(const unsigned char *b, size_t *vs, size_t le)
{
	static const char *fns[] = { "%str(", "%nrstr(", "%bquote(", "%nrbquote(" };
	size_t f, n;

	if (*vs >= le || b[*vs] != '%')
		return 0;
	for (f = 0; f < sizeof(fns) / sizeof(fns[0]); f++)
		if (le - *vs > (n = strlen(fns[f])) && equal_ci(b + *vs, fns[f], n)) {
			*vs += n;
			return 1;
		}
	return 0;
}

/*
 * The literal after the name b[ns..ne) on the line b[ls..le), past a glue
 * no other reader knows, within ANY_GLUE_SPAN bytes: blanks, =, :, :=,
 * =>, R's <-, glue words (any_glue_word, x(20) with its width), and a
 * bracket after a name that starts its statement (a Prolog fact). Then a
 * quoted literal, or after an = a bare token that a ';' ends, the name
 * after a statement's word (SAS's %let name=value;). A comparison (==,
 * !=, <, >=), a call on a name inside a statement, a comma (the next
 * argument) is no glue; a lone = or : before a quote is the rules' own
 * (name = "..."). An = that ends the line: the literal alone below it
 * (Elm's name =\n    "..."). Its content in [*vs, *ve).
 */
static int any_glue_value(const unsigned char *b, size_t len, size_t ls, size_t le,
			  size_t ns, size_t ne, size_t *vs, size_t *ve)
{
	size_t k = ne, w, end = le - ne > ANY_GLUE_SPAN ? ne + ANY_GLUE_SPAN : le;
	int words = 0, assigns = 0, other = 0, value = 0;

	if (own_glue_value(b, ls, le, ns, ne, vs, ve))
		return 1;
	for (; k < end && b[k] != '"' && b[k] != '\''; k++) {
		if (b[k] == ' ' || b[k] == '\t')
			continue;
		if (isalpha(b[k])) {
			for (w = k; w < end && isalpha(b[w]); w++)
				;
			if (assigns && !words && !other && !any_glue_word(b, k, w))
				break; /* a bare value after = */
			if (++words > 3 || !any_glue_word(b, k, w))
				return 0;
			value = w - k == 5; /* COBOL's VALUE, its literal maybe below */
			if (w < end && b[w] == '(' && w - k == 8) {
				/* Vyper's constant(String[256]): a type, no literal */
				while (++w < end &&
				       (name_alnum(b[w]) || b[w] == '[' || b[w] == ']'))
					;
				if (w >= end || b[w] != ')')
					return 0;
				w++;
			} else if (w < end && b[w] == '(') {
				/* a picture's width: X(20) */
				while (++w < end && isdigit(b[w]))
					;
				if (w >= end || b[w] != ')')
					return 0;
				w++;
			}
			if (w < end && b[w] != ' ' && b[w] != '\t')
				return 0;
			k = w;
			continue;
		}
		if (b[k] == '=' && k + 1 < end && b[k + 1] == '=')
			return 0;
		if (b[k] == '=' || b[k] == ':')
			assigns++;
		else if (b[k] == '<' && k + 1 < end && b[k + 1] == '-')
			other = 1, k++; /* R's <- */
		else if (arrow_at(b, k, end))
			other = 1, k += 2; /* APL's, BQN's, Uiua's ← */
		else if (b[k] == '>' && k > ne && b[k - 1] == '=')
			;
		else if (b[k] == '(' && skip_blanks(b, ls, le) == ns)
			other = 1;
		else if (assigns && !words && !other)
			break; /* a bare value after = */
		else
			return 0;
	}
	if (k < end && (b[k] == '"' || b[k] == '\'')) /* = or : alone: the rules' own */
		return (words || other || k == skip_blanks(b, ne, le)) &&
		       quoted(b, k, le, vs, ve);
	/* COBOL's VALUE that ends the line: its literal alone on the next */
	if (value && k >= le && end == le && !assigns && !other)
		return literal_below(b, len, le, vs, ve);
	/* an = that ends the line: the literal alone on the next (Elm); a
	 * field's `:` (Go's struct literal over lines) */
	k = skip_blanks(b, ne, le);
	if (k < le && (b[k] == '=' || b[k] == ':') && skip_blanks(b, k + 1, le) == le &&
	    !words && !other)
		return literal_below(b, len, le, vs, ve);
	/* a bare token after = that a ';' ends, the name after a statement's
	 * word (%let, export): name=value; alone starts .env's lines */
	if (k >= le || b[k] != '=' || words || other || skip_blanks(b, ls, le) == ns ||
	    (b[ns - 1] != ' ' && b[ns - 1] != '\t'))
		return 0;
	*vs = skip_blanks(b, k + 1, le);
	w = sas_quoting(b, vs, le);
	for (*ve = *vs; *ve < le && (name_alnum(b[*ve]) ||
				     strchr(w ? "+/_-=!@#$^*.~" : "+/_-=", b[*ve]));
	     (*ve)++)
		;
	k = skip_blanks(b, *ve + (w && *ve < le && b[*ve] == ')'), le);
	return *ve >= *vs + 8 && k < le && b[k] == ';' && /* a line's end: .env's own */
	       (!w || b[*ve] == ')') && !snake_name(b + *vs, *ve - *vs);
}

/* A quoted name b[ns..ne) whose `:` ends the line, the literal alone on
 * the next (a dict or a JSON object over lines: `"api_token":` then
 * `"…",`). Its content in [*vs, *ve). */
static int quoted_field_below(const unsigned char *b, size_t len, size_t ls, size_t le,
			      size_t ns, size_t ne, size_t *vs, size_t *ve)
{
	size_t k;

	if (ns <= ls || ne >= le || (b[ne] != '"' && b[ne] != '\'') || b[ns - 1] != b[ne])
		return 0;
	k = skip_blanks(b, ne + 1, le);
	return k < le && b[k] == ':' && skip_blanks(b, k + 1, le) == le &&
	       literal_below(b, len, le, vs, ve);
}

void string_walk_init(struct string_walk *w, size_t ls)
{
	w->ls = w->k = ls;
	w->q = 0;
}

int string_walk_in(const unsigned char *b, struct string_walk *w, size_t s)
{
	if (s < w->k) /* asked behind: from the line's start again */
		string_walk_init(w, w->ls);
	for (; w->k < s; w->k++) {
		if (w->q && b[w->k] == '\\')
			w->k++; /* (the escaped byte) */
		else if (w->q && b[w->k] == w->q)
			w->q = 0;
		else if (!w->q && (b[w->k] == '"' || b[w->k] == '\''))
			w->q = b[w->k];
	}
	return w->q != 0;
}

int in_string(const unsigned char *b, size_t ls, size_t s)
{
	struct string_walk w;

	string_walk_init(&w, ls);
	return string_walk_in(b, &w, s);
}

/* The pairs on the line b[ls..le) whose glue only any_glue_value reads: a
 * name around a credential word (the line's few), outside its strings,
 * that credential_name() accepts. */
int any_glue_line(const unsigned char *b, size_t len, size_t ls, size_t le,
		  struct kh_layer *l)
{
	/* the first letters of credential_word_at()'s words */
	static const unsigned char word_first[256] = {
		['K'] = 1, ['T'] = 1, ['S'] = 1, ['P'] = 1, ['A'] = 1, ['C'] = 1,
		['k'] = 1, ['t'] = 1, ['s'] = 1, ['p'] = 1, ['a'] = 1, ['c'] = 1
	};
	struct string_walk w;
	size_t i, s, ne, vs, ve;

	string_walk_init(&w, ls);
	for (i = ls; i + 3 <= le; i++) {
		if (!word_first[b[i]] || !credential_word_at(b, i, le))
			continue;
		/* (a name longer than credential_name() takes is one) */
		for (s = i; s > ls && i - s <= NAME_MAX_LEN &&
			    (code_name_byte(b[s - 1]) || b[s - 1] == ':');
		     s--)
			;
		for (ne = i; ne < le && code_name_byte(b[ne]); ne++)
			;
		i = ne;
		if (quoted_field_below(b, len, ls, le, s, ne, &vs, &ve)) {
			if (!credential_name(b + s, ne - s) ||
			    string_walk_in(b, &w, s - 1))
				continue;
		} else if (ne >= le || !any_glue_start[b[ne]] ||
			   !any_glue_value(b, len, ls, le, s, ne, &vs, &ve) ||
			   !credential_name(b + s, ne - s) || string_walk_in(b, &w, s)) {
			continue;
		}
		if (emit_split(l, b, s, ne, vs, ve) < 0)
			return -1;
	}
	return 0;
}

/* A keyword hit of the generic rule that ends b[last]: whether its name
 * is followed by a glue any_glue_value reads. */
int any_glue_named(struct kh_hit *h)
{
	const unsigned char *b = h->b;
	size_t len = h->len, last = h->last;
	size_t k = last + 1, s = last, ls, le, vs, ve;
	const unsigned char *nl;

	k = hit_name_end(h, HIT_CODE, last + 24);
	if (k >= len || (!any_glue_start[b[k]] && b[k] != '"' && b[k] != '\''))
		return 0;
	s = hit_name_start(h, HIT_CODE_COLON, NAME_MAX_LEN);
	le = len - k > 256 ? k + 256 : len;
	if ((nl = memchr(b + k, '\n', le - k)))
		le = (size_t)(nl - b);
	ls = near_line_start(b, s);
	if (ls > s)
		ls = s;
	if (b[k] == '"' || b[k] == '\'')
		return quoted_field_below(b, len, ls, le, s, k, &vs, &ve) &&
		       !in_string(b, ls, s - 1);
	return any_glue_value(b, len, ls, le, s, k, &vs, &ve) && !in_string(b, ls, s);
}

/* ---- a provider's name in a call, a tuple or a flag --------------------- */

#define SPOT_ITEMS 8 /* elements of a tuple read after the provider's */

/* A string literal at b[i]: "…", '…', `…`, ObjC's @"…" or one in an
 * escaped string (\"…\", a notebook's source line). Its content in
 * [*vs, *ve); the index after it, or 0. */
static size_t spot_string(const unsigned char *b, size_t i, size_t le, size_t *vs,
			  size_t *ve)
{
	size_t k;

	if (i + 1 < le && b[i] == '@' && b[i + 1] == '"')
		i++;
	if (i + 1 < le && b[i] == '\\' && b[i + 1] == '"') {
		for (k = i + 2; k + 1 < le && !(b[k] == '\\' && b[k + 1] == '"'); k++)
			;
		if (k + 1 >= le)
			return 0;
		*vs = i + 2;
		*ve = k;
		return k + 2;
	}
	if (i < le && b[i] == '`') {
		const unsigned char *q = memchr(b + i + 1, '`', le - i - 1);

		if (!q)
			return 0;
		*vs = i + 1;
		*ve = (size_t)(q - b);
		return *ve + 1;
	}
	return quoted(b, i, le, vs, ve);
}

/* An element of a list at b[i]: a string, or a bare word of a YAML flow
 * or a shell's list (ops, deploy). Its content in [*vs, *ve); the index
 * after it, or 0. */
static size_t spot_item(const unsigned char *b, size_t i, size_t le, size_t *vs,
			size_t *ve)
{
	size_t k = spot_string(b, i, le, vs, ve);

	if (k)
		return k;
	for (k = i; k < le && !strchr(" \t,;:)]}\"'", b[k]); k++)
		;
	*vs = i;
	*ve = k;
	return k > i ? k : 0;
}

/* Whether b[s..e) names a call's argument that holds a credential or a
 * provider's weak name for one (token, apiKey, auth, key, secret). */
static int spot_credential_word(const unsigned char *b, size_t s, size_t e)
{
	return e > s && credential_name(b + s, e - s);
}

#define SPOT_SECRET_MIN 16 /* bytes of a secret by its place, at least */

/* The first byte after blanks and line ends from b[i], or le. */
static size_t skip_space(const unsigned char *b, size_t i, size_t le)
{
	while (i < le && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n'))
		i++;
	return i;
}

/*
 * The last of the strings that follow a call's first string argument
 * (ended before b[k]), each an argument whole (parted by commas, or by
 * blanks in a Lisp form when comma is 0), that is long enough to be a
 * secret, in [*vs, *ve): a client's id then its secret by position
 * (Twilio(sid, token), Pusher(app_id, key, secret, cluster),
 * (twilio/client sid token)). 0 when none follows (an id alone, an
 * environment read).
 */
static int positional_rest(const unsigned char *b, size_t k, size_t le, int comma,
			   size_t *vs, size_t *ve)
{
	size_t n, s, e, q, t;
	int got = 0;

	for (n = 0; n < SPOT_ITEMS; n++) {
		k = skip_space(b, k, le);
		if (comma && (k >= le || b[k] != ','))
			break;
		k = skip_space(b, k + (comma != 0), le);
		if (!(q = spot_string(b, k, le, &s, &e)))
			break;
		t = skip_space(b, q, le);
		if (t < le && b[t] != ')' && b[t] != ']' &&
		    (comma ? b[t] != ',' : b[t] != '"' && b[t] != '\''))
			break; /* a string and more: "…" + x */
		if (e - s >= SPOT_SECRET_MIN) {
			*vs = s;
			*ve = e;
			got = 1;
		}
		k = q;
	}
	return got;
}

/*
 * The value a call's arguments from b[i] (after its '(') hand over: its
 * first argument when that is a string, or the string of a named argument
 * that says credential (token: "…", apiToken = "…", auth => '…',
 * { auth: '…' }, ['token' => '…']), among its first few: 1, or 2 for
 * the last of a run of strings (positional_rest). 0 when none.
 */
static int spot_call_args(const unsigned char *b, size_t i, size_t le, size_t *vs,
			  size_t *ve)
{
	size_t n, k, s, e;

	for (n = 0; n < SPOT_ITEMS && i < le; n++) {
		i = skip_space(b, i, le);
		while (i < le && (b[i] == '{' || b[i] == '[')) /* an options object */
			i = skip_space(b, i + 1, le);
		if (i >= le || b[i] == ')')
			return 0;
		k = spot_string(b, i, le, &s, &e);
		if (!k) { /* a name: token:, apiToken =, :auth => */
			s = i + (b[i] == ':');
			for (k = s; k < le && ident_byte(b[k]) && b[k] != '.'; k++)
				;
			e = k;
		}
		if (k == i)
			return 0;
		k = skip_blanks(b, k, le);
		if (k < le && (b[k] == ':' || b[k] == '=') &&
		    (k + 1 >= le || b[k + 1] != b[k])) {
			k = skip_blanks(b, k + 1 + (k + 1 < le && b[k + 1] == '>'), le);
			if (spot_credential_word(b, s, e) &&
			    spot_string(b, k, le, vs, ve))
				return 1;
		} else if (n == 0 && (b[i] == '"' || b[i] == '\'' || b[i] == '@' ||
				      b[i] == '`' || b[i] == '\\')) {
			*vs = s;
			*ve = e;
			/* the first argument, a string, or the last of a run */
			return positional_rest(b, k, le, 1, vs, ve) ? 2 : 1;
		}
		/* the next argument: past this one's value */
		while (k < le && b[k] != ',' && b[k] != ')') {
			if (b[k] == '"' || b[k] == '\'') {
				size_t a, z, q = quoted(b, k, le, &a, &z);

				if (!q)
					return 0;
				k = q;
			} else {
				k++;
			}
		}
		if (k >= le || b[k] == ')')
			return 0;
		i = k + 1;
	}
	return 0;
}

/*
 * spot_call_args() of the call whose '(' is b[open] on the line b[ls..le)
 * (b holds len bytes), its arguments on the lines below folded onto one
 * line (shape_fold.c) when the line leaves it open: its value's place put
 * back in b.
 */
static int spot_call_args_folded(const unsigned char *b, size_t len, size_t ls, size_t le,
				 size_t open, size_t *vs, size_t *ve)
{
	size_t opens[FOLD_OPEN_MAX], n = fold_open_calls(b, ls, le, opens, FOLD_OPEN_MAX);
	struct call_fold *f;
	int r = 0;

	while (n && opens[n - 1] != open)
		n--;
	if (!n)
		return spot_call_args(b, open + 1, le, vs, ve);
	if (!(f = malloc(sizeof(*f))))
		return 0;
	if (fold_call(b, len, ls, open, f) &&
	    (r = spot_call_args(f->text, open - ls + 1, f->n, vs, ve))) {
		size_t at = f->at[*vs];

		*ve = *ve > *vs ? f->at[*ve - 1] + 1 : at;
		*vs = at;
	}
	free(f);
	return r;
}

/*
 * A command's flag from b[i] on that says credential (--auth "…",
 * -Token '…', --with-token …, --key=…), within a few words: its value in
 * [*vs, *ve). 0 when none.
 */
static int spot_flag_value(const unsigned char *b, size_t i, size_t le, size_t *vs,
			   size_t *ve)
{
	size_t words, s, e, k;

	for (words = 0; words < SPOT_ITEMS && i < le; words++) {
		i = skip_blanks(b, i, le);
		if (i >= le)
			return 0;
		if (b[i] != '-') { /* a subcommand, an argument: a word */
			for (k = i; k < le && b[k] != ' ' && b[k] != '\t'; k++)
				;
			if (k == i || (b[i] == '"' || b[i] == '\'' || b[i] == ';' ||
				       b[i] == '|' || b[i] == '&'))
				return 0; /* a string or the command's end */
			i = k;
			continue;
		}
		s = i + 1 + (i + 1 < le && b[i + 1] == '-');
		for (e = s; e < le && ident_byte(b[e]) && b[e] != '.'; e++)
			;
		if (e == s || e >= le || (b[e] != '=' && b[e] != ' ' && b[e] != '\t')) {
			i = e;
			continue;
		}
		k = skip_blanks(b, e + 1, le);
		if (spot_credential_word(b, s, e)) {
			if (!spot_string(b, k, le, vs, ve)) {
				*vs = k;
				*ve = bare_value(b, k, le);
			}
			return *ve > *vs;
		}
		i = e;
	}
	return 0;
}

/*
 * The last string of the list whose element ends at b[i] (a quote or the
 * bare word before a ',', after the provider's name): with one or two
 * elements after the name, the last; with more, the one after the name (a
 * map's pairs: Map.of("zoom", "…", "box", "…")). 0 when the list does not
 * close on its line or holds no string after the name.
 */
static int spot_tuple_rest(const unsigned char *b, size_t i, size_t le,
			   unsigned char closer, size_t *vs, size_t *ve)
{
	size_t items[SPOT_ITEMS][2], n = 0, k, s, e;

	for (;;) {
		i = skip_blanks(b, i, le);
		if (i < le && b[i] == closer)
			break;
		if (i >= le || b[i] != ',' || n == SPOT_ITEMS)
			return 0;
		i = skip_blanks(b, i + 1, le);
		if (!(k = spot_item(b, i, le, &s, &e)))
			return 0;
		items[n][0] = s;
		items[n++][1] = e;
		i = k;
	}
	if (!n)
		return 0;
	k = n <= 2 ? n - 1 : 0;
	*vs = items[k][0];
	*ve = items[k][1];
	return 1;
}

/* The bracket that closes one opened by c, or 0. */
static unsigned char spot_close(unsigned char c)
{
	return c == '(' ? ')' : c == '[' ? ']' : c == '{' ? '}' : 0;
}

/*
 * Whether the callee's rest after a provider's name, b[s..e), makes a
 * client of it: words (split at '.', '::', '->', '_' and a capital) each
 * a client's or a constructor's (Client, new, NewClient, Api, SDK,
 * connect, newBuilder, Factory), or none (Zoom("…")); or its last part a
 * constructor of one type, `New` and a word (Go's deepl.NewTranslator).
 * Another word names something of the provider's own
 * (zoom_client_env_key('…'), zoom.getUser("…"), deepl.WithGlossary("…")).
 */
static int client_callee(const unsigned char *b, size_t s, size_t e)
{
	static const char *const words[] = { "client",	"new",	     "api",	"sdk",
					     "connect", "create",    "init",	"rest",
					     "http",	"service",   "session", "with",
					     "builder", "configure", "factory", NULL };
	size_t ws, k, last = last_part(b, s, e), nwords = 0;
	int constructor = 0;

	while (s < e) {
		if (!name_alnum(b[s])) {
			s++;
			continue;
		}
		ws = s++;
		while (s < e && (islower(b[s]) || isdigit(b[s]) ||
				 (isupper(b[s]) && isupper(b[s - 1]) &&
				  !(s + 1 < e && islower(b[s + 1])))))
			s++;
		/* New then one word, the whole last part: New<Type> */
		if (ws == last && s - ws == 3 && equal_ci(b + ws, "new", 3) && s < e &&
		    isupper(b[s]))
			constructor = 1;
		else if (ws >= last && constructor && ++nwords == 1)
			continue;
		for (k = 0; words[k]; k++)
			if (strlen(words[k]) == s - ws &&
			    equal_ci(b + ws, words[k], s - ws))
				break;
		if (!words[k])
			return 0;
	}
	return 1;
}

int kh_shape_spot_value(const unsigned char *b, size_t len, size_t ls, size_t le,
			size_t ws, size_t we, size_t *vs, size_t *ve)
{
	size_t k = we, s = ws, q;
	unsigned char closer;
	int lisp;

	if (ws <= ls || we >= le)
		goto call; /* (a call needs its '(' after the name) */
	/* a tuple's first element: ("zoom", …), [@"zoom", …], [zoom, ops, …] */
	q = b[ws - 1] == '"' || b[ws - 1] == '\'' ? 1 : 0;
	if (q && b[we] == b[ws - 1])
		k = we + 1;
	else if (q)
		k = 0;
	if (k) {
		s = ws - q - (q && ws - 1 > ls && b[ws - 2] == '@');
		/* an atom's colon: Elixir's {:zoom, "…"}, Ruby's [:zoom, "…"] */
		if (!q && s > ls + 1 && b[s - 1] == ':' && b[s - 2] != ':')
			s--;
		s = skip_blanks_back(b, s, ls);
		closer = s > ls ? spot_close(b[s - 1]) : 0;
		if (closer && skip_blanks(b, k, le) < le &&
		    b[skip_blanks(b, k, le)] == ',')
			return spot_tuple_rest(b, k, le, closer, vs, ve);
	}
	/* a flag named for it: --zoom-auth "…", ["--zoom", "…"], --zoom=… */
	if (ws >= ls + 3 && b[ws - 1] == '-' && b[ws - 2] == '-') {
		for (k = we; k < le && (ident_byte(b[k]) && b[k] != '.'); k++)
			;
		/* its rest says credential, or nothing: not --zoom-region */
		if (k > we && !spot_credential_word(b, we, k))
			return 0;
		if (k < le && (b[k] == '"' || b[k] == '\'') && b[k] == b[ws - 3])
			k = skip_blanks(b, k + 1, le) < le &&
					    b[skip_blanks(b, k + 1, le)] == ','
				    ? skip_blanks(b, skip_blanks(b, k + 1, le) + 1, le)
				    : le;
		else if (k < le && (b[k] == '=' || b[k] == ' '))
			k = skip_blanks(b, k + 1, le);
		else
			return 0;
		if (k >= le)
			return 0;
		if (!spot_string(b, k, le, vs, ve)) {
			*vs = k;
			*ve = bare_value(b, k, le);
		}
		return *ve > *vs;
	}
call:
	/* a call whose callee the name begins: ZoomClient(…),
	 * Zoom::Client.new(…), zoom.NewClient(…), Zoom::Client->new(…),
	 * PHP's \Zoom\Client(…) and Hubspot\Factory::create(…),
	 * zoom_client(…); or a command named for it: zoom-cli --auth … */
	lisp = ws > ls && b[ws - 1] == '(';
	for (k = we; k < le && k - we < NAME_MAX_LEN; k++) {
		if (b[k] == '-' && k + 1 < le && b[k + 1] == '>')
			k++;
		else if (ident_byte(b[k]) || (lisp && b[k] == '/') ||
			 (b[k] == ':' && k + 1 < le && b[k + 1] == ':') ||
			 (b[k] == '\\' && k + 1 < le && isalpha(b[k + 1])))
			k += b[k] == ':'; /* PHP's namespace: \Zoom\Client(…) */
		else
			break;
	}
	/* a module's client called: require('twilio')(…) */
	if (k == we && ws > ls && k + 2 < le && (b[ws - 1] == '\'' || b[ws - 1] == '"') &&
	    b[k] == b[ws - 1] && b[k + 1] == ')' && b[k + 2] == '(')
		k += 2;
	if (k < le && b[k] == '(')
		return client_callee(b, we, k)
			       ? spot_call_args_folded(b, len, ls, le, k, vs, ve)
			       : 0;
	/* a Lisp form's head: (twilio/client "…" "…") */
	if (lisp && k < le && (b[k] == ' ' || b[k] == '\t') && client_callee(b, we, k) &&
	    (q = spot_string(b, skip_blanks(b, k, le), le, vs, ve)))
		return positional_rest(b, q, le, 0, vs, ve) ? 2 : 1;
	if (k < le && (b[k] == ' ' || b[k] == '\t'))
		return spot_flag_value(b, k, le, vs, ve);
	return 0;
}

/* ---- a tuple named for credentials -------------------------------------- */

#define TUPLE_CTOR_MAX 24 /* Pair, listOf, Tuple.Create, arrayOf, @ */

/* Whether the name b[s..e) ends in a word for a login's pair: auth,
 * creds, credential(s) (basic_auth, dbCreds, API_CREDENTIALS); its word
 * starts the name or follows a mark or a lower-case letter. */
static int pair_name(const unsigned char *b, size_t s, size_t e)
{
	static const char *const words[] = { "auth", "creds", "credential", "credentials",
					     NULL };
	size_t k, n, w;

	for (k = 0; words[k]; k++) {
		n = strlen(words[k]);
		if (e - s < n || !equal_ci(b + e - n, words[k], n))
			continue;
		w = e - n;
		if (w == s || !name_alnum(b[w - 1]) ||
		    (isupper(b[w]) && islower(b[w - 1])) ||
		    (k == 0 && (b[w - 1] | 0x20) == 'o')) /* oauth */
			return 1;
	}
	return 0;
}

/* Whether b[k] may be part of a tuple's constructor: Pair, listOf,
 * Tuple.Create, @, Go's []string (its ']' read only before end). */
static int ctor_byte(const unsigned char *b, size_t k, size_t end)
{
	return name_alnum(b[k]) || b[k] == '.' || b[k] == '@' || b[k] == '_' ||
	       (b[k] == '[' && k + 1 < end && b[k + 1] == ']') ||
	       (b[k] == ']' && b[k - 1] == '[');
}

/* Where a tuple's constructor before b[i] (its opener) starts, or i. */
static size_t tuple_ctor(const unsigned char *b, size_t ls, size_t i)
{
	size_t k = i;

	while (k > ls + 1 && i - k < TUPLE_CTOR_MAX && ctor_byte(b, k - 1, i + 1))
		k--;
	return k;
}

#define SECRET_LIST_ITEMS 8    /* strings of a list of secrets read */
#define SECRET_LIST_SPAN  1024 /* its bytes, over lines */

/* Reads one item of a list at b[k]: the index after it, with the value
 * it gives in b[*vs..*ve), or 0 when it is not the list's kind of item. */
typedef size_t (*list_item_fn)(const unsigned char *b, size_t k, size_t end, size_t *vs,
			       size_t *ve);

/*
 * The items of a list opened at b[i], over lines within `span` bytes:
 * each read by `item`, its value into values[n], with commas, semicolons
 * and comments (# and // to the line's end) between. How many, or 0 when
 * it is no such list: an item that does not read, more than `max`, or no
 * close within the span (bounded: it runs for each name a line gives).
 */
static size_t list_values(const unsigned char *b, size_t len, size_t i, size_t span,
			  list_item_fn item, size_t values[][2], size_t max)
{
	size_t n = 0, k, end = len - i > span ? i + span : len;
	unsigned char closer = spot_close(b[i]);

	for (k = skip_space(b, i + 1, end); k < end && b[k] != closer;
	     k = skip_space(b, k, end)) {
		if (b[k] == ',' || b[k] == ';') {
			k++;
		} else if (b[k] == '#' ||
			   (b[k] == '/' && k + 1 < end && b[k + 1] == '/')) {
			while (k < end && b[k] != '\n')
				k++; /* a comment */
		} else if (n == max ||
			   !(k = item(b, k, end, &values[n][0], &values[n][1]))) {
			return 0; /* a name, an object, a call: not such a list */
		} else {
			n++;
		}
	}
	return k < end ? n : 0;
}

/*
 * The strings of a list opened at b[i] under a plural name for secrets
 * b[ns..ne) (Remix's cookie `secrets: [...]`, Koa's and Django's keys to
 * rotate, `API_TOKENS=("…" "…")`, Lua's and C#'s `{ "…" }`), over lines, comments aside:
 * each as the singular name's value. Returns as emit_named.
 */
static int secret_list(const unsigned char *b, size_t len, size_t i, size_t ns, size_t ne,
		       struct kh_layer *l)
{
	size_t items[SECRET_LIST_ITEMS][2], n, k, se = plural_secret(b, ns, ne);

	if (!se)
		return 0;
	n = list_values(b, len, i, SECRET_LIST_SPAN, spot_string, items,
			SECRET_LIST_ITEMS);
	for (k = 0; k < n; k++)
		if (emit_named(l, b, ns, se, "", items[k][0], items[k][1]) < 0)
			return -1;
	return 0;
}

/*
 * A tuple or list of two or three strings, opened at b[i] ('(', '[', '{'),
 * given to a name for a login's pair (creds = ("id", "..."), val auth =
 * Pair("user", "..."), credentials: ['app', '...']): its last string, the
 * secret after who it is, as `<name>_password`. Returns as emit_named.
 */
int credential_tuple(const unsigned char *b, size_t len, size_t ls, size_t le, size_t i,
		     struct kh_layer *l)
{
	size_t k = tuple_ctor(b, ls, i), ne, ns, n = 0, vs = 0, ve = 0, s, e;
	unsigned char closer = spot_close(b[i]);

	k = skip_blanks_back(b, k, ls);
	if (k > ls + 1 && b[k - 1] == '-' && b[k - 2] == '<')
		k--; /* R's <- */
	else if (k > ls && b[k - 1] == '=' && k > ls + 1 && strchr("=!<>", b[k - 2]))
		return 0; /* a comparison */
	if (k > ls + 1 && b[k - 1] == '=' && b[k - 2] == ':')
		k--;
	if (k == ls || (b[k - 1] != '=' && b[k - 1] != ':' && b[k] != '-'))
		return 0;
	ne = skip_blanks_back(b, k - 1, ls);
	/* a type between: apiKeys: string[] = [, tokens: List<String> = */
	for (e = ne; b[k - 1] == '=' && e > ls && ne - e < TUPLE_CTOR_MAX &&
		     (name_alnum(b[e - 1]) || (b[e - 1] && strchr("[]<>?._", b[e - 1])));
	     e--)
		;
	s = e > ls && b[e - 1] == ' ' ? e - 1 : e;
	if (e < ne && s > ls + 1 && b[s - 1] == ':' && b[s - 2] != ':')
		ne = skip_blanks_back(b, s - 1, ls);
	if (ne > ls && (b[ne - 1] == '"' || b[ne - 1] == '\''))
		ne--;
	for (ns = ne; ns > ls && ident_byte(b[ns - 1]) && b[ns - 1] != '.'; ns--)
		;
	if (ns == ne)
		return 0;
	if (!pair_name(b, ns, ne))
		return secret_list(b, len, i, ns, ne, l);
	for (k = skip_blanks(b, i + 1, le); k < le && b[k] != closer; n++) {
		if (n == 3 || !(k = spot_string(b, k, le, &s, &e)))
			return 0;
		vs = s;
		ve = e;
		k = skip_blanks(b, k, le);
		if (k < le && b[k] == ',')
			k = skip_blanks(b, k + 1, le);
	}
	if (k >= le || n < 2 || !plausible_credential(b + vs, ve - vs, 1))
		return 0;
	return emit_named(l, b, ns, ne, "_password", vs, ve);
}

/* A keyword hit of the generic rule that ends b[last] (creds, credentials):
 * whether its name is given a tuple of strings, `= (`, `: [`, `= Pair(`,
 * `: T = [`, `<- c(`, then a quote (on a line below too). */
int tuple_named(struct kh_hit *h)
{
	const unsigned char *b = h->b;
	size_t len = h->len, last = h->last;
	size_t k = last + 1, end = len - k > 64 ? k + 64 : len, c;

	k = hit_name_end(h, HIT_IDENT_QUOTE, end);
	k = skip_blanks(b, k, end);
	if (k < end && b[k] == ':') {
		/* a type between: apiKeys: string[] = [ */
		for (c = skip_blanks(b, ++k, end);
		     c < end && (name_alnum(b[c]) || (b[c] && strchr("[]<>?._", b[c])));
		     c++)
			;
		c = skip_blanks(b, c, end);
		if (c > k && c + 1 < end && b[c] == '=' && b[c + 1] != '=')
			k = c;
	} else if (k + 1 < end && b[k] == '<' && b[k + 1] == '-') {
		k += 2; /* R's <- */
	}
	if (k < end && b[k] == '=')
		k++;
	if (k == last + 1 || (k < end && b[k] == '='))
		return 0;
	k = skip_blanks(b, k, end);
	for (c = k;
	     c + 1 < end && c > 0 && c - k < TUPLE_CTOR_MAX && ctor_byte(b, c, end); c++)
		;
	if (c >= end || !spot_close(b[c]))
		return 0;
	c = skip_space(b, c + 1, end); /* a list of secrets goes on below */
	return c < end && (b[c] == '"' || b[c] == '\'' || b[c] == '@');
}

/* ---- a call whose signature names a secret argument --------------------- */

/*
 * Calls whose signature puts a secret at a known place (an HMAC key, a
 * JWT signing secret, a login's password after its user, an SDK's key):
 * the "secret_calls" of patterns/sdkcalls.json, as kh_secret_calls[]
 * (rules.h). A literal there is the secret, whatever the variable it came
 * from would have been called.
 */

/* Whether the callee ending at b[ce] ('(') is call c: what stands before
 * its end is no identifier's part (myhmac.new is not hmac.new;
 * crypto.createHmac is createHmac), unless c starts with a '.', ':' or "->"
 * (a method of any object). */
static int secret_call_is(const struct kh_secret_call *c, const unsigned char *b,
			  size_t ls, size_t ce)
{
	size_t n = c->n;

	/* the last two bytes first: most callees differ there */
	if (ce < ls + n || b[ce - 1] != (unsigned char)c->call[n - 1] ||
	    b[ce - 2] != (unsigned char)c->call[n - 2] ||
	    memcmp(b + ce - n, c->call, n - 2))
		return 0;
	return c->call[0] == '.' || c->call[0] == ':' || c->call[0] == '-' ||
	       ce == ls + n || !(name_alnum(b[ce - n - 1]) || b[ce - n - 1] == '_');
}

/* The calls whose last two bytes end at b[ce] ('('): [*c, *end). */
static void secret_call_bucket(const unsigned char *b, size_t ce,
			       const struct kh_secret_call **c,
			       const struct kh_secret_call **end)
{
	unsigned k = kh_secret_call_bucket(b[ce - 2], b[ce - 1]);

	*c = kh_secret_calls + kh_secret_call_index[k];
	*end = kh_secret_calls + kh_secret_call_index[k + 1];
}

/* Whether an argument that starts at b[k] is passed by keyword:
 * `name=`, `name =` (not ==), `name:` (not ::), `name =>`. */
static int keyword_argument(const unsigned char *b, size_t k, size_t le)
{
	size_t s = k = skip_blanks(b, k, le);

	while (k < le && ident_byte(b[k]))
		k++;
	if (k == s || isdigit(b[s]))
		return 0;
	k = skip_blanks(b, k, le);
	if (k + 1 >= le)
		return 0;
	return (b[k] == '=' && b[k + 1] != '=') || (b[k] == ':' && b[k + 1] != ':');
}

/* The start of the argument numbered `arg` of the call whose '(' is b[i]
 * (the byte after its ','), or 0 when the call ends first or an argument
 * before it is passed by keyword (its place then says nothing). Other
 * arguments are skipped whole (strings, brackets). */
static size_t nth_argument(const unsigned char *b, size_t i, size_t le, unsigned arg)
{
	size_t k = i + 1, e, vs, ve;
	unsigned depth = 0, at = 0;

	if (arg && keyword_argument(b, k, le))
		return 0;
	for (; k < le && at < arg; k++) {
		if (b[k] == '"' || b[k] == '\'') {
			if (!(e = quoted(b, k, le, &vs, &ve)))
				return 0;
			k = e - 1;
		} else if (b[k] == '(' || b[k] == '[' || b[k] == '{') {
			depth++;
		} else if (b[k] == ')' || b[k] == ']' || b[k] == '}') {
			if (!depth--)
				return 0; /* the call ends first */
		} else if (b[k] == ',' && !depth && ++at < arg &&
			   keyword_argument(b, k + 1, le)) {
			return 0;
		}
	}
	return at == arg ? k : 0;
}

/* The argument passed by keyword `kw` to the call whose '(' is b[i]: the
 * byte after its '=', ':' or '=>', or 0. */
static size_t keyword_argument_at(const unsigned char *b, size_t i, size_t le,
				  const char *kw)
{
	size_t n = strlen(kw), k = i + 1, e, vs, ve, a;
	unsigned depth = 0;

	for (; k < le; k++) {
		if (!depth && (k == i + 1 || b[k - 1] == ',')) {
			a = skip_blanks(b, k, le);
			if (a + n < le && !memcmp(b + a, kw, n) &&
			    !ident_byte(b[a + n]) && keyword_argument(b, a, le)) {
				a = skip_blanks(b, a + n, le);
				return a + 1 + (a + 1 < le && b[a + 1] == '>');
			}
		}
		if (b[k] == '"' || b[k] == '\'') {
			if (!(e = quoted(b, k, le, &vs, &ve)))
				return 0;
			k = e - 1;
		} else if (b[k] == '(' || b[k] == '[' || b[k] == '{') {
			depth++;
		} else if ((b[k] == ')' || b[k] == ']' || b[k] == '}') && !depth--) {
			return 0; /* the call ends */
		}
	}
	return 0;
}

/*
 * The literal that starts at b[k]: "…", '…', Python's b"…", Go's []byte("…")
 * and jsii.String("…"), Rust's Some("…") and "…".to_string(), with a conversion after it
 * (.encode(), .getBytes(), .toCharArray()), the argument ending there. Its
 * content in [*vs, *ve).
 */
static int literal_argument(const unsigned char *b, size_t k, size_t le, size_t *vs,
			    size_t *ve)
{
	size_t e;
	int wrapped = 0;

	k = skip_blanks(b, k, le);
	if (k + 7 < le && !memcmp(b + k, "[]byte(", 7)) {
		k += 7;
		wrapped = 1;
	} else if (k + 12 < le && !memcmp(b + k, "jsii.String(", 12)) {
		k += 12; /* CDK's Go: jsii.String("…") */
		wrapped = 1;
	} else if (k + 5 < le && !memcmp(b + k, "Some(", 5)) {
		k += 5; /* Rust's Some("…") */
		wrapped = 1;
	} else if (k + 1 < le && (b[k] == 'b' || b[k] == 'B' || b[k] == 'u') &&
		   (b[k + 1] == '"' || b[k + 1] == '\'')) {
		k++;
	}
	if (!(e = quoted(b, k, le, vs, ve)))
		return 0;
	if (wrapped) {
		if (e >= le || b[e] != ')')
			return 0;
		e++;
	}
	if (e < le && b[e] == '.') { /* "…".encode(), "…".getBytes(…) */
		size_t w = e + 1;

		size_t q, s, t;

		while (w < le && ident_byte(b[w]))
			w++;
		if (w >= le || b[w] != '(')
			return 0;
		/* its arguments: a charset's name, StandardCharsets.UTF_8 */
		for (e = w + 1; e < le && b[e] != ')' && b[e] != '('; e++)
			if ((b[e] == '"' || b[e] == '\'') &&
			    (q = quoted(b, e, le, &s, &t)))
				e = q - 1;
		if (e >= le || b[e] != ')')
			return 0;
		e++;
	}
	e = skip_blanks(b, e, le);
	return e < le && (b[e] == ',' || b[e] == ')');
}

/* The secret of call c whose '(' is b[i]: its literal at its place or
 * under its keyword, the call reaching its user's place. */
static int secret_call_literal(const struct kh_secret_call *c, const unsigned char *b,
			       size_t i, size_t le, size_t *vs, size_t *ve)
{
	size_t k;

	if (c->user != KH_CALL_NONE &&
	    (!(k = nth_argument(b, i, le, c->user)) || isdigit(b[skip_blanks(b, k, le)])))
		return 0; /* a port where the user goes: another signature */
	if (c->most != KH_CALL_NONE && nth_argument(b, i, le, c->most))
		return 0; /* more arguments than it takes: another signature */
	if (c->arg != KH_CALL_NONE && (k = nth_argument(b, i, le, c->arg)) &&
	    literal_argument(b, k, le, vs, ve))
		return 1;
	return c->keyword && (k = keyword_argument_at(b, i, le, c->keyword)) &&
	       literal_argument(b, k, le, vs, ve);
}

/*
 * A call on the line b[ls..le) whose '(' is b[i], its callee ending
 * there one of kh_secret_calls: each secret argument of it, a literal, as
 * `<name> = "…"` (pysnmp's UsmUserData has two). A variable there is none.
 */
int secret_argument_call(const unsigned char *b, size_t ls, size_t le, size_t i,
			 struct kh_layer *l)
{
	const struct kh_secret_call *c, *end;
	size_t vs, ve, done[4];
	unsigned nd = 0, j;
	int r = 0, e;

	if (i < ls + 3 || !(ident_byte(b[i - 1])))
		return 0;
	for (secret_call_bucket(b, i, &c, &end); c < end && nd < 4; c++) {
		if (!secret_call_is(c, b, ls, i) ||
		    !secret_call_literal(c, b, i, le, &vs, &ve))
			continue;
		for (j = 0; j < nd && done[j] != vs; j++)
			;
		if (j < nd || !plausible_credential(b + vs, ve - vs,
						    strstr(c->name, "password") != NULL))
			continue;
		done[nd++] = vs;
		if ((e = emit_named(l, b, i, i, c->name, vs, ve)) < 0)
			return e;
		r |= e;
	}
	return r;
}

/* Whether the callee ending at b[ce] ('(') on the line from b[ls] is one
 * of kh_secret_calls: its signature, not a guess from its name, says
 * where its secrets are. */
int secret_call_known(const unsigned char *b, size_t ls, size_t ce)
{
	const struct kh_secret_call *c, *end;

	if (ce < ls + 3)
		return 0;
	for (secret_call_bucket(b, ce, &c, &end); c < end; c++)
		if (secret_call_is(c, b, ls, ce))
			return 1;
	return 0;
}

/* A keyword hit of the generic rule that ends b[last] (hmac.new(, jwt,
 * login, signwith(, …: each callee's own, not a word as common in C as
 * hmac): whether it is in a callee of secret_args, its '(' within a few
 * bytes. */
int secret_argument_named(struct kh_hit *h)
{
	const unsigned char *b = h->b;
	size_t len = h->len, last = h->last;
	size_t k;

	k = ident_byte(b[last]) || b[last] == ':'
		    ? hit_name_end(h, HIT_IDENT_COLON, last + 24)
		    : last;
	return k < len && b[k] == '(' && secret_call_known(b, 0, k);
}

/* ---- a request header in a string --------------------------------------- */

#define HEADER_NAME_MAX 40
#define HEADER_FIELD	"forHTTPHeaderField:"

/* The end of an HTTP header's name from b[s] (letters, digits, '-', '_'),
 * or s when none starts there. */
static size_t header_name_end(const unsigned char *b, size_t s, size_t le)
{
	size_t k = s;

	if (k >= le || !isalpha(b[k]))
		return s;
	while (k < le && k - s <= HEADER_NAME_MAX && code_name_byte(b[k]))
		k++;
	return k - s > HEADER_NAME_MAX ? s : k;
}

/*
 * A request header written whole in the string whose quote is b[i] on
 * the line b[ls..le): "X-Api-Key: …" (PHP's CURLOPT_HTTPHEADER, C's
 * curl_slist_append, a stream context's header, an argv's -H), its name
 * a credential's, its value one word up to the string's end or an
 * escaped line break (\r\n). Authorization's value is the token after
 * its scheme (not Basic's: user_joined_password and the decoded layer
 * read its user and password).
 */
int header_line_string(const unsigned char *b, size_t ls, size_t le, size_t i,
		       struct kh_layer *l)
{
	size_t ns = i + 1, ne = header_name_end(b, ns, le), vs, ve;
	int scheme = 0;

	(void)ls;
	if (ne == ns || ne + 2 >= le || b[ne] != ':' || b[ne + 1] != ' ')
		return 0;
	vs = skip_blanks(b, ne + 1, le);
	if (ne - ns >= 13 &&
	    !strncasecmp((const char *)b + ne - 13, "authorization", 13)) {
		/* "Authorization: ApiKey …": the token after its scheme */
		size_t ss = vs, se = header_name_end(b, ss, le);

		if (se == ss || se >= le || b[se] != ' ' ||
		    (se - ss == 5 && !strncasecmp((const char *)b + ss, "basic", 5)))
			return 0;
		ns = ss;
		ne = se;
		vs = se + 1;
		scheme = 1;
	}
	for (ve = vs; ve < le && b[ve] != b[i] && b[ve] != ' ' && b[ve] != '\\'; ve++)
		;
	if (ve >= le || (b[ve] != b[i] && b[ve] != '\\'))
		return 0;
	if (scheme)
		return plausible_credential(b + vs, ve - vs, 0)
			       ? emit_named(l, b, ns, ne, "_token", vs, ve)
			       : 0;
	return emit_pair(l, b, ns, ne, vs, ve);
}

/*
 * Swift's request.setValue("…", forHTTPHeaderField: "X-Api-Key") (and
 * addValue): the header's name in the string whose quote is b[i], after
 * forHTTPHeaderField:, the value the call's first string.
 */
int header_field_value(const unsigned char *b, size_t ls, size_t le, size_t i,
		       struct kh_layer *l)
{
	size_t n = strlen(HEADER_FIELD), k = skip_blanks_back(b, i, ls), ns, ne, vs, ve;

	if (k < ls + n || memcmp(b + k - n, HEADER_FIELD, n) ||
	    !quoted(b, i, le, &ns, &ne))
		return 0;
	for (k -= n; k > ls && b[k - 1] != '('; k--)
		;
	if (k == ls || !quoted(b, skip_blanks(b, k, le), le, &vs, &ve))
		return 0;
	return emit_pair(l, b, ns, ne, vs, ve);
}

/* A keyword hit of the generic rule that ends b[last]: whether it is in a
 * header's name that opens a string and ends at ": " ("X-Api-Key: …"),
 * or one after forHTTPHeaderField: ("X-Api-Key"). */
int header_string_named(struct kh_hit *h)
{
	const unsigned char *b = h->b;
	size_t len = h->len, last = h->last;
	size_t s = last, e, n = strlen(HEADER_FIELD), k;

	/* the name's end first, forward: a ": " or a quote ends it */
	for (e = last + 1; e < len && e - last < HEADER_NAME_MAX && code_name_byte(b[e]);
	     e++)
		;
	if (e + 1 >= len ||
	    !((b[e] == ':' && b[e + 1] == ' ') || b[e] == '"' || b[e] == '\''))
		return 0;
	while (s > 0 && last - s < HEADER_NAME_MAX && code_name_byte(b[s - 1]))
		s--;
	if (s == 0 || (b[s - 1] != '"' && b[s - 1] != '\''))
		return 0;
	e = header_name_end(b, s, len);
	if (e <= last)
		return 0;
	if (e + 1 < len && b[e] == ':' && b[e + 1] == ' ')
		return 1;
	k = skip_blanks_back(b, s - 1, 0);
	return e < len && b[e] == b[s - 1] && k >= n &&
	       !memcmp(b + k - n, HEADER_FIELD, n);
}

/*
 * A keyword hit of the generic rule that ends b[last], the blank after
 * `Basic`: whether an HTTP Basic credential follows, in base64
 * (`"Basic dXNlcjpwYXNz"` under any name: `auth_header`, `hdr`) or
 * decoded at the level below (`Basic user:pass`). Its line is then
 * decoded however short its base64 (a 12-byte login is 16), and read for
 * its user and password once decoded (header_scheme_string(),
 * command_shapes()).
 */
int basic_login_named(struct kh_hit *h)
{
	const unsigned char *b = h->b;
	size_t len = h->len, last = h->last;
	size_t s, k;
	int colon = 0;

	if (last < 5 || b[last] != ' ' || !equal_ci(b + last - 5, "basic", 5))
		return 0;
	s = last - 5;
	if (s > 0 && (ident_byte(b[s - 1]) || b[s - 1] == '-'))
		return 0; /* a word's end (HTTPBasic, basic-auth) */
	for (k = last + 1; k < len && k - last <= 256 && !strchr(" \t\r\n\"'`", b[k]);
	     k++)
		colon |= b[k] == ':';
	return k - last > 12 && (colon || b[k - 1] == '=' || k >= len || b[k] != ' ');
}

/* ---- a Basic login encoded in code --------------------------------------- */

/* The ends of base64 encoders' names (lower case), as their calls are
 * written: JavaScript's btoa, Python's b64encode, Ruby's encode64 and
 * strict_encode64, PHP's base64_encode, Java's and Go's encodeToString,
 * .NET's ToBase64String. */
static const char *const b64_encoders[] = {
	"btoa",		  "b64encode",	    "encode64", "base64_encode",
	"encodetostring", "tobase64string", NULL
};

/*
 * Whether the call whose '(' is b[i] (b holds len bytes) encodes a
 * literal login to base64, the credential of a Basic header built in
 * code: btoa("user:pass"), base64.b64encode(b"user:pass"),
 * Base64.strict_encode64("user:pass"), encodeToString("user:pass"
 * .getBytes()), EncodeToString([]byte("user:pass")),
 * Convert.ToBase64String(Encoding.UTF8.GetBytes("user:pass")),
 * Buffer.from("user:pass").toString("base64"). The
 * callee's name in [*ns, i), the login in [*vs, *ve): one string, the
 * argument's only one (a user joined to a variable, `user + ":" + pw`,
 * holds no password).
 */
static int encoded_login(const unsigned char *b, size_t len, size_t i, size_t *ns,
			 size_t *vs, size_t *ve)
{
	size_t k, at, n;
	int buffer;

	if (i >= len || b[i] != '(')
		return 0;
	for (k = i; k > 0 && i - k < 48 && ident_byte(b[k - 1]); k--)
		;
	for (n = 0; b64_encoders[n] && !ends_ci(b, k, i, b64_encoders[n]); n++)
		;
	/* Node's Buffer.from("user:pass").toString("base64") */
	buffer = !b64_encoders[n] && ends_ci(b, k, i, "buffer.from");
	if (!b64_encoders[n] && !buffer)
		return 0;
	*ns = k;
	/* into the argument: conversions to bytes before the literal */
	for (at = i + 1; at < len && at - i < 48 && b[at] != '"' && b[at] != '\'' &&
			 (ident_byte(b[at]) || (b[at] && strchr("([] ", b[at])));
	     at++)
		;
	if (!(k = quoted(b, at, len, vs, ve)) || !memchr(b + *vs, ':', *ve - *vs))
		return 0;
	k = skip_blanks(b, k, len);
	if (buffer)
		return k + 20 < len && b[k] == ')' &&
		       !memcmp(b + k + 1, ".toString(", 10) &&
		       !memcmp(b + k + 12, "base64", 6) && b[k + 18] == b[k + 11];
	return k < len && (b[k] == ')' || b[k] == '.' || b[k] == ',');
}

/* A keyword hit of the generic rule that ends b[last], an encoder's '('
 * or the quote of Node's `.toString("base64"` (Buffer.from( alone is in
 * most of Node's code): whether it encodes a literal login
 * (encoded_login()). */
int encoded_login_named(struct kh_hit *h)
{
	const unsigned char *b = h->b;
	size_t len = h->len, last = h->last;
	size_t ns, vs, ve, k;

	if (b[last] == '(')
		return encoded_login(b, len, last, &ns, &vs, &ve);
	/* back over `.toString("base64"` (18 bytes) and the literal's call
	 * to its '(' */
	if (last < 20 || b[last - 18] != ')')
		return 0;
	for (k = last - 18; k > 0 && last - k < 256 && b[k] != '(' && b[k] != '\n'; k--)
		;
	return b[k] == '(' && encoded_login(b, len, k, &ns, &vs, &ve);
}

/* The login an encoder's call whose '(' is b[i] encodes, as the header
 * once decoded reads: its password, or a key sent as the user, named
 * after the encoder (`btoa_password`). */
int encoded_login_call(const unsigned char *b, size_t le, size_t i, struct kh_layer *l)
{
	size_t ns, vs, ve;

	if (!encoded_login(b, le, i, &ns, &vs, &ve))
		return 0;
	return emit_user_pass(l, b, 0, 0, ns, i, vs, ve);
}

/* ---- a product's key under its own name ---------------------------------- */

/* Words before `_KEY` that name a key made public or no key of a
 * product's, beside keyless_kinds (the table's, the cache's): a site's,
 * a browser's, a captcha's, a map's, a UI's (route, state, item), an
 * id's half of a pair (Twitter's consumer key, a project's), a browser's
 * write key (Segment's writeKey in AnalyticsBrowser.load); and the
 * words the generic rules read themselves (secret_key, access_key). */
static const char *const public_key_words[] = {
	"site",	    "publishable", "client",  "browser", "recaptcha", "captcha",
	"hcaptcha", "turnstile",   "maps",    "google",	 "firebase",  "route",
	"state",    "query",	   "form",    "item",	 "list",      "node",
	"store",    "local",	   "data",    "value",	 "default",   "consumer",
	"write",    "project",	   "tenant",  "user",	 "customer",  "device",
	"instance", "encryption",  "signing", "license", "private",   "access",
	"account",  "secret",	   "master",  "admin",	 "session",   "cookie",
	"search",   "game",	   "encrypt", "sign",	 NULL
};

/* Words of two or three letters before `_KEY` that say what else the key
 * is: a cipher's or a mode's (AES_KEY in a test's vectors), a keyboard's,
 * a table's, an id's; a product's short name (MET_KEY, NYT_KEY, ua_key)
 * is none of them. Four letters or more as public_key_words say. */
static const char *const short_keyless[] = {
	"aes", "des", "rc4", "mac", "gcm", "cbc", "ecb", "ctr", "xts", "kek",
	"dek", "enc", "sig", "jwt", "tls", "ssl", "kms", "cmk", "iv",  "id",
	"uid", "pk",  "sk",  "fn",  "tab", "esc", "del", "end", "win", "cmd",
	"num", "cap", "ins", "db",  "my",  "no",  "to",	 "in",	"on",  "of",
	"is",  "it",  "up",  "ui",  "os",  "ip",  "dns", "sha", "md5", "crc",
	"api", "app", "raw", "new", "old", "src", "dst", "tmp", "foo", "bar",
	"baz", "lru", "obj", "ref", "rev", "env", NULL
};

/* Words before `_KEY` that name a digest's or an id's key, where hex is
 * what it holds (CACHE_KEY, ETAG_KEY, COMMIT_KEY), beside keyless_kinds;
 * and a cipher's name, whose key is a test's vector more often than not. */
static const char *const digest_key_words[] = {
	"digest",      "checksum",  "etag",  "commit",	 "nonce",  "salt",
	"fingerprint", "integrity", "uuid",  "guid",	 "lock",   "content",
	"asset",       "image",	    "build", "version",	 "test",   "sample",
	"dummy",       "example",   "fake",  "mock",	 "hmac",   "cmac",
	"cipher",      "chacha",    "salsa", "blowfish", "crypto", "idempotency",
	"dedupe",      "event",	    NULL
};

/* Whether the name b[ns..ne) folded is one its provider's docs call
 * public (amplitudeKey, TRELLO_KEY: kh_names_public_key). */
static int public_key_named(const unsigned char *b, size_t ns, size_t ne)
{
	char f[65];
	size_t k, n = 0;

	for (k = ns; k < ne && n < sizeof(f) - 1; k++)
		if (isalnum(b[k]))
			f[n++] = (char)tolower(b[k]);
	f[n] = 0;
	return kh_names_public_key(f, n);
}

int product_key_name(const unsigned char *b, size_t ns, size_t ne)
{
	size_t w, qe, k, name = ns;
	int upper = 0, lower = 0;

	if (ne - ns < 5 || !ends_ci(b, ns, ne, "key"))
		return 0;
	w = ne - 3;
	/* BEEHIIV_KEY, beehiiv-key: one case; beehiivKey: lower then Key */
	qe = b[w - 1] == '_' || b[w - 1] == '-' ? w - 1 : w;
	if (qe == w && (b[w] != 'K' || b[w + 1] != 'e'))
		return 0;
	/* words of capitals before a product's (HOMEPAGE_VAR_SONARR_KEY, as
	 * gethomepage's environment names a widget's key): the product's word
	 * is the name, four letters at least */
	for (k = qe; k > ns && (isupper(b[k - 1]) || b[k - 1] == '_'); k--)
		;
	if (k == ns && b[w] == 'K' && qe > ns && b[ns] != '_') {
		for (k = qe; k > ns && b[k - 1] != '_'; k--)
			;
		if (k > ns && qe - k < 4)
			return 0;
		ns = k;
	}
	/* a short name apart from its key only (MET_KEY; not metKey, a
	 * member's or a word's) */
	if (qe - ns < 2 || qe - ns > 20 || (qe - ns < 4 && qe == w) ||
	    (qe - ns < 4 && word_among(b, ns, qe, short_keyless)))
		return 0;
	for (k = ns; k < qe; k++) {
		if (!isalpha(b[k]))
			return 0;
		upper |= isupper(b[k]) != 0;
		lower |= islower(b[k]) != 0;
	}
	if ((upper && lower) || (qe == w && upper) ||
	    (qe < w && (upper ? memcmp(b + w, "KEY", 3) : memcmp(b + w, "key", 3))))
		return 0;
	return !word_among(b, ns, qe, keyless_kinds) &&
	       !word_among(b, ns, qe, public_key_words) &&
	       !word_among(b, ns, qe, digest_key_words) && !public_key_named(b, name, ne);
}

/* Whether b[vs..ve) looks generated as a product's key's value must, with
 * a digit among its letters, or is a key's hex (product_hex_key). */
static int product_key_look(const unsigned char *b, size_t len, size_t ns, size_t ne,
			    size_t vs, size_t ve)
{
	size_t k;

	for (k = vs; k < ve && !isdigit(b[k]); k++)
		;
	return k < ve && (product_key_value(b + vs, ve - vs) ||
			  product_hex_key(b, len, ns, ne, vs, ve));
}

/*
 * Whether b[ns..ne) is a bare `key` a constant's declaration names (Java's
 * and C#'s `static final String KEY =`, `const string Key =`, Kotlin's
 * `const val KEY =`, TypeScript's `readonly KEY =`): the word before it a
 * type or a constant's mark. A bare key says nothing of what it keys (a
 * map's, a cache's, a keyboard's), so only a generated value of a key's
 * look (product_key_value: 24 or more letters and digits of both cases)
 * is read there: words, dotted paths, hex and UUIDs stay out.
 */
static int declared_bare_key(const unsigned char *b, size_t ls, size_t ns, size_t ne)
{
	static const char *const marks[] = { "string", "str",	 "val",	     "const",
					     "final",  "static", "readonly", NULL };
	size_t e = skip_blanks_back(b, ns, ls), k;

	if (ne - ns != 3 || strncasecmp((const char *)b + ns, "key", 3) || e == ns)
		return 0;
	for (k = e; k > ls && isalpha(b[k - 1]); k--)
		;
	return k < e && (k == ls || !code_name_byte(b[k - 1])) &&
	       word_among(b, k, e, marks);
}

/* The pair whose value's opening quote is b[q] on the line from b[ls]:
 * 1 and the name's [*ns, *ne) and the value's [*vs, *ve) when the name
 * is a product's key alone, glued by `=`, `:`, `=>` or `:=`, and the
 * value generated. */
static int product_key_at(const unsigned char *b, size_t len, size_t ls, size_t le,
			  size_t q, size_t *ns, size_t *ne, size_t *vs, size_t *ve)
{
	size_t k = skip_blanks_back(b, q, ls), glue = 0;

	while (k > ls && glue < 3 &&
	       (b[k - 1] == '=' || b[k - 1] == ':' || b[k - 1] == '>'))
		k--, glue++;
	if (!glue)
		return 0;
	*ne = k = skip_blanks_back(b, k, ls);
	while (k > ls && code_name_byte(b[k - 1]))
		k--;
	*ns = k;
	/* not a member's (self.x_key) nor a map's key ("x_key") */
	if (k > ls && (b[k - 1] == '.' || b[k - 1] == '"' || b[k - 1] == '\''))
		return 0;
	if (declared_bare_key(b, ls, *ns, *ne))
		return quoted(b, q, le, vs, ve) && product_key_value(b + *vs, *ve - *vs);
	return product_key_name(b, *ns, *ne) && quoted(b, q, le, vs, ve) &&
	       product_key_look(b, len, *ns, *ne, *vs, *ve);
}

/* (shape_internal.h) */
int product_key_pair(const unsigned char *b, size_t len, size_t ns, size_t ne, size_t vs,
		     size_t ve)
{
	return product_key_name(b, ns, ne) && product_key_look(b, len, ns, ne, vs, ve);
}

int product_key_named(struct kh_hit *h)
{
	const unsigned char *b = h->b;
	size_t last = h->last, ns, ne, vs, ve;

	/* its line found only for a quote */
	return (b[last] == '"' || b[last] == '\'') &&
	       product_key_at(b, h->len, hit_line_start_any(h), hit_line_end(h), last,
			      &ns, &ne, &vs, &ve);
}

int product_key_line(const unsigned char *b, size_t ls, size_t le, struct kh_layer *l)
{
	size_t q, ns, ne, vs, ve;

	for (q = ls; q < le; q++)
		if ((b[q] == '"' || b[q] == '\'') &&
		    product_key_at(b, l->src_len, ls, le, q, &ns, &ne, &vs, &ve))
			return emit_named(l, b, ns, ne, "_secret", vs, ve);
	return 0;
}

/* ---- a name handed to an Ethereum key's sink ---------------------------- */

/* Whether b[vs..ve) is an Ethereum private key's look: 64 hex digits,
 * after 0x or not (an address has 40; a key the rule reads from here). */
static int eth_key_look(const unsigned char *b, size_t vs, size_t ve)
{
	if (ve - vs == 66 && b[vs] == '0' && (b[vs + 1] | 0x20) == 'x')
		vs += 2;
	if (ve - vs != 64)
		return 0;
	for (; vs < ve; vs++)
		if (!isxdigit(b[vs]))
			return 0;
	return 1;
}

/* The identifier a sink on b[ls..le) takes a private key in (Hardhat's
 * `accounts: [NAME`, ethers' `Wallet(NAME`, viem's
 * `privateKeyToAccount(NAME`, web3.py's `from_key(NAME`): its start, and
 * its end in *ne; 0 when none (a literal, a member: process.env.PK). */
static size_t handed_name(const unsigned char *b, size_t ls, size_t le, size_t *ne)
{
	static const char *const sinks[] = { "accounts", "Wallet(", "KeyToAccount(",
					     "from_key(" };
	const unsigned char *p;
	size_t i, k, n;

	for (i = 0; i < sizeof(sinks) / sizeof(sinks[0]); i++) {
		n = strlen(sinks[i]);
		if (!(p = kh_memmem(b + ls, le - ls, sinks[i], n)))
			continue;
		k = (size_t)(p - b) + n;
		if (i == 0) { /* accounts: [NAME, accounts = [NAME */
			k = skip_blanks(b, k + (k < le && (b[k] == '"' || b[k] == '\'')),
					le);
			if (k >= le || (b[k] != ':' && b[k] != '='))
				return 0;
			k = skip_blanks(b, k + 1, le);
			if (k >= le || b[k] != '[')
				return 0;
			k++;
		}
		k = skip_blanks(b, k, le);
		if (k >= le || !(isalpha(b[k]) || b[k] == '_'))
			return 0;
		for (*ne = k; *ne < le && (name_alnum(b[*ne]) || b[*ne] == '_'); (*ne)++)
			;
		return *ne < le && (b[*ne] == '.' || b[*ne] == '(') ? 0 : k;
	}
	return 0;
}

/*
 * A name a line hands to an Ethereum key's sink (handed_name) whose
 * declaration up to BLOCK_MAX_LINES * 4 lines above gives it a key's
 * literal, directly or as an environment's fallback (`const DEPLOYER_KEY
 * = process.env.DEPLOYER_KEY ?? "0x…"`, `PK = os.getenv("PK", "0x…")`):
 * the literal as `<NAME>_private_key`. A name declared an address, or
 * read from the environment alone, hands over no literal.
 */
int handed_key_line(const unsigned char *b, size_t ls, size_t le, struct kh_layer *l)
{
	size_t ns, ne, n, s, e = ls, k, j, w, vs, ve, lines;

	if (!(ns = handed_name(b, ls, le, &ne)))
		return 0;
	n = ne - ns;
	for (lines = 0; e > 0 && lines < BLOCK_MAX_LINES * 4; lines++, e = s - 1) {
		s = line_start_within(b, e - 1, 4096);
		if (s >= e)
			return 0; /* a line too long to read */
		k = skip_blanks(b, s, e);
		/* the name first, after a declaration's words (export const) */
		for (w = 0; w < 3 && !(e - k > n && !memcmp(b + k, b + ns, n)); w++) {
			for (j = k; j < e && isalpha(b[j]); j++)
				;
			if (j == k || j >= e || (b[j] != ' ' && b[j] != '\t'))
				break;
			k = skip_blanks(b, j, e);
		}
		if (e - k <= n || memcmp(b + k, b + ns, n) || ident_byte(b[k + n])) {
			if (s == 0)
				return 0;
			continue;
		}
		k = skip_blanks(b, k + n, e);
		if (k + 1 >= e || b[k] != '=' || b[k + 1] == '=' || b[k + 1] == '>')
			return 0;
		for (; k < e; k++)
			if ((b[k] == '"' || b[k] == '\'') && quoted(b, k, e, &vs, &ve) &&
			    eth_key_look(b, vs, ve))
				return emit_named(l, b, ns, ne, "_private_key", vs, ve);
		return 0;
	}
	return 0;
}

/* ---- a literal compared with a credential's read ------------------------ */

#define COMPARED_NAME_MAX 64 /* from a keyword's end to the operator */

/* The length of a comparison's operator at b[i]: ==, ===, !=, !==, Lua's
 * ~=, Perl's ne and eq (a blank each side); 0 when none stands there. */
static size_t compare_op(const unsigned char *b, size_t i, size_t le)
{
	if (i + 2 >= le)
		return 0;
	if ((b[i] == '=' || b[i] == '!') && b[i + 1] == '=')
		return b[i + 2] == '=' ? 3 : 2;
	if (b[i] == '~' && b[i + 1] == '=')
		return 2;
	if (i > 0 && (b[i - 1] == ' ' || b[i - 1] == '\t') && b[i + 2] == ' ' &&
	    ((b[i] == 'n' && b[i + 1] == 'e') || (b[i] == 'e' && b[i + 1] == 'q')))
		return 2;
	return 0;
}

/* The name the operand ending at b[k] reads: a call's or an index's last
 * string or bare word (req.get_header("X-Api-Key"), $_SERVER['HTTP_X_API_KEY'],
 * Headers["X-Auth-Token"]), or the identifier's last part
 * (ngx.var.http_x_api_key, password); in [*ns, *ne). 0 when it names no
 * credential, or an id of one. */
static int compared_name(const unsigned char *b, size_t ls, size_t k, size_t *ns,
			 size_t *ne)
{
	if (k > ls && (b[k - 1] == ')' || b[k - 1] == ']')) {
		k = skip_blanks_back(b, k - 1, ls);
		if (!quoted_before(b, ls, k, ns, ne)) {
			for (*ne = k; k > ls && ident_byte(b[k - 1]) && b[k - 1] != '.';
			     k--)
				;
			*ns = k;
		}
	} else {
		for (*ne = k; k > ls && ident_byte(b[k - 1]) && b[k - 1] != '.'; k--)
			;
		*ns = k;
	}
	return *ne > *ns && credential_name(b + *ns, *ne - *ns);
}

/* Whether the credential's name b[ns..ne) is a request's header: X-…,
 * CGI's and nginx's HTTP_… and http_…, or read by a call or index whose
 * callee says header (get_header, Headers[…], ->header(…)). */
static int header_read(const unsigned char *b, size_t ls, size_t ns, size_t ne)
{
	size_t from = ns - ls > COMPARED_NAME_MAX ? ns - COMPARED_NAME_MAX : ls;

	return (ne - ns > 2 && (b[ns] | 0x20) == 'x' && b[ns + 1] == '-') ||
	       (ne - ns > 5 && !strncasecmp((const char *)b + ns, "http_", 5)) ||
	       kh_contains_ci(b + from, ns - from, "header", 0);
}

/*
 * A string literal compared with a request's header at the operator b[i]
 * (header_read): what the server accepts is the credential. `if
 * req.get_header("X-Api-Key") != "…"`, `$_SERVER['HTTP_X_API_KEY'] !==
 * '…'`, Elixir's `== ["…"]`, Lua's `~=`, Perl's `ne '…'`. A variable
 * compared (`assert token == "…"`, an environment's value) is a test's
 * expectation, none. The literal as the header's value; an Authorization
 * header's without its scheme. Returns as emit_named.
 */
int compared_literal(const unsigned char *b, size_t ls, size_t le, size_t i,
		     struct kh_layer *l)
{
	size_t n = compare_op(b, i, le), k, ns, ne, vs, ve;

	if (!n || (i > ls && strchr("=!<>", b[i - 1])))
		return 0;
	k = skip_blanks(b, i + n, le);
	k += k < le && b[k] == '[';
	if (!quoted(b, k, le, &vs, &ve) ||
	    !compared_name(b, ls, skip_blanks_back(b, i, ls), &ns, &ne) ||
	    !header_read(b, ls, ns, ne))
		return 0;
	if (ne - ns == 13 && !strncasecmp((const char *)b + ns, "authorization", 13)) {
		for (k = vs; k < ve && b[k] != ' '; k++)
			;
		if (k == ve || !plausible_credential(b + k + 1, ve - k - 1, 0))
			return 0;
		return emit_named(l, b, ns, ne, "_token", k + 1, ve);
	}
	return emit_pair(l, b, ns, ne, vs, ve);
}

/* A keyword hit of the generic rule that ends b[last]: whether the name it
 * is in, a string's or a call's close after it, meets a comparison
 * (X-Api-Key") !=, HTTP_X_API_KEY'] !==, password ==). */
int compared_named(struct kh_hit *h)
{
	const unsigned char *b = h->b;
	size_t len = h->len, last = h->last;
	size_t k = last + 1,
	       end = len - k > COMPARED_NAME_MAX ? k + COMPARED_NAME_MAX : len;

	k = hit_name_end(h, HIT_IDENT, end);
	k += k < end && (b[k] == '"' || b[k] == '\'');
	k += k < end && (b[k] == ')' || b[k] == ']');
	k = skip_blanks(b, k, end);
	return k < end && compare_op(b, k, end);
}

/* ---- a list of logins: who, then the password ---------------------------- */

#define LOGIN_LIST_ITEMS 8    /* logins of a list read */
#define LOGIN_LIST_SPAN	 2048 /* its bytes, over lines */
#define LOGIN_LABEL_MAX	 64   /* a line's start to its name's separator */

/* Whether the name b[s..e) ends in a plural for logins: users, accounts,
 * logins, credentials, creds, passwords (TEST_USERS, seedAccounts,
 * $user_passwords), its word the name's start or after a mark or a
 * lower-case letter. */
static int login_plural(const unsigned char *b, size_t s, size_t e)
{
	static const char *const words[] = { "users",	    "accounts", "logins",
					     "credentials", "creds",	"passwords",
					     NULL };
	size_t k, w;

	for (k = 0; words[k]; k++) {
		if (!ends_ci(b, s, e, words[k]))
			continue;
		w = e - strlen(words[k]);
		if (w == s || !name_alnum(b[w - 1]) ||
		    (isupper(b[w]) && islower(b[w - 1])))
			return 1;
	}
	return 0;
}

/* Whether b[s..e) is who logs in: an e-mail address or a user's name (no
 * blank, no mark but . _ - +). */
static int login_user(const unsigned char *b, size_t s, size_t e)
{
	/* a name whose last word names a value, not who logs in
	 * (Creds.new("firecrawl_job_id", "<uuid>"): a name and its value) */
	static const char *const values[] = { "id",  "key",  "token", "secret",
					      "url", "host", "type",  NULL };
	size_t k, w = e;

	for (k = s; k < e; k++)
		if (!ident_byte(b[k]) && b[k] != '@' && b[k] != '+')
			return 0;
	while (w > s && name_alnum(b[w - 1]) &&
	       !(w < e && isupper(b[w]) && islower(b[w - 1])))
		w--;
	if (w == s || memchr(b + s, '@', e - s))
		return 1;
	for (k = 0; values[k]; k++)
		if (e - w == strlen(values[k]) &&
		    !strncasecmp((const char *)b + w, values[k], e - w))
			return 0;
	return 1;
}

/* The opener of a list's item at b[k] after a constructor (Python's and
 * C#'s (, PHP's and Perl's [, Lua's and Elixir's {, Pair(, Tuple.Create():
 * the index after it, or 0. */
static size_t item_opener(const unsigned char *b, size_t k, size_t end)
{
	size_t c = k;

	while (c < end && c - k < TUPLE_CTOR_MAX && (name_alnum(b[c]) || b[c] == '.'))
		c++;
	return c < end && (b[c] == '(' || b[c] == '[' || b[c] == '{') ? c + 1 : 0;
}

/* A list's item that is a tuple of who logs in and a password
 * (("…@…", "…"), ['…', '…'], Pair("…", "…")), or a map's entry from who
 * to the password ('who' => '…', "who": "…"): as a list_item_fn, its
 * password the value. */
static size_t login_item(const unsigned char *b, size_t k, size_t end, size_t *vs,
			 size_t *ve)
{
	size_t us, ue;
	int entry = b[k] == '"' || b[k] == '\'';

	if ((!entry && !(k = item_opener(b, k, end))) ||
	    !(k = spot_string(b, skip_space(b, k, end), end, &us, &ue)))
		return 0;
	k = skip_blanks(b, k, end);
	k += entry && k + 1 < end && b[k] == '=' && b[k + 1] == '>';
	if (k >= end || b[k] != (entry ? (b[k - 1] == '=' ? '>' : ':') : ',') ||
	    !(k = spot_string(b, skip_blanks(b, k + 1, end), end, vs, ve)))
		return 0;
	k = skip_blanks(b, k, end);
	if (k >= end || (!entry && !strchr(")]}", b[k])) || !login_user(b, us, ue) ||
	    !plausible_credential(b + *vs, *ve - *vs, 1))
		return 0;
	return k + !entry;
}

/*
 * The logins of a list opened at b[i] under a plural name for them
 * (b[ns..ne)): each item a tuple of who logs in and a password, over
 * lines (a load test's USERS = [("…@…", "…"), …], Elixir's @users
 * [{"…", "…"}], PHP's [['…', '…']], OCaml's ; between), or a map's
 * entry from who to the password (YOURLS' $yourls_user_passwords =
 * ['who' => '…'], a dict's "who": "…"). Each password as
 * `<name>_password`, when every item is such a pair. Returns as
 * emit_named.
 */
/* Whether s[0..n) looks chosen by a person or a generator as a password
 * where the name of a map of users vouches for less (a JSON member's):
 * lower case, a digit, and capitals or marks (Gull-48TnpQwe), not hex in
 * any dress (0x… addresses, UUIDs, digests) nor IDs of capitals and digits. */
static int json_login_password(const unsigned char *s, size_t n)
{
	size_t k;
	int lower = 0, upper = 0, digit = 0, mark = 0, hex = 1;

	for (k = 0; k < n; k++) {
		lower |= islower(s[k]) != 0;
		upper |= isupper(s[k]) != 0;
		digit |= isdigit(s[k]) != 0;
		mark |= ispunct(s[k]) != 0;
		if (!isxdigit(s[k]) && s[k] != '-' &&
		    !(k == 1 && s[0] == '0' && s[1] == 'x'))
			hex = 0;
	}
	return lower && digit && (upper || mark) && !hex;
}

static int login_list(const unsigned char *b, size_t len, size_t i, size_t ns, size_t ne,
		      int unnamed, struct kh_layer *l)
{
	size_t items[LOGIN_LIST_ITEMS][2], n, k;

	n = list_values(b, len, i, LOGIN_LIST_SPAN, login_item, items, LOGIN_LIST_ITEMS);
	for (k = 0; k < n; k++)
		if ((!unnamed ||
		     json_login_password(b + items[k][0], items[k][1] - items[k][0])) &&
		    emit_named(l, b, ns, ne, "_password", items[k][0], items[k][1]) < 0)
			return -1;
	return 0;
}

/* The index of the list's opener after a name for logins that ends at
 * b[ne] (its separator, a type, a constructor between: `= [`, `: [`,
 * `@users [`, `= Seq(`, `= new[] {`, `= (`), or 0. */
static size_t login_list_opener(const unsigned char *b, size_t ne, size_t le)
{
	size_t k = ne, c;

	k += k < le && (b[k] == '"' || b[k] == '\'');
	k = skip_blanks(b, k, le);
	if (k < le && b[k] == ':') /* a type between: users: [(String, String)] = */
		for (c = k + 1; c < le && c - k < TUPLE_CTOR_MAX * 2 && b[c] != '\n'; c++)
			if (b[c] == '=' && c + 1 < le && b[c + 1] != '=') {
				k = c;
				break;
			}
	if (k + 1 < le && (b[k] == ':' || b[k] == '=') && b[k + 1] != '=')
		k = skip_blanks(b, k + 1 + (b[k + 1] == '='), le);
	else if (k == ne || (k < le && b[k] == '='))
		return 0;
	for (c = k; c < le && c - k < TUPLE_CTOR_MAX && ctor_byte(b, c, le); c++)
		;
	c = skip_blanks(b, c, le);
	return c < le && (b[c] == '(' || b[c] == '[' || b[c] == '{') ? c : 0;
}

/*
 * A line that gives a plural name for logins a list of who-and-password
 * tuples (login_list): the name the line's first separator ends (USERS
 * = [, let users = [, TEST_USERS: [, @users [, $testLogins = [), or a
 * JSON member's quoted name ("RegisteredUsers" : {, Orthanc's users).
 */
int login_list_line(const unsigned char *b, size_t len, size_t ls, size_t le,
		    struct kh_layer *l)
{
	static const unsigned char separator[256] = {
		['='] = 1, [':'] = 1, ['['] = 1, ['{'] = 1, ['('] = 1
	};
	size_t k = skip_blanks(b, ls, le), ns, ne, o;
	int quoted = k < le && b[k] == '"';

	k += quoted;
	/* a name first: not a comment's, a directive's or a block's end */
	if (k == le || !(isalpha(b[k]) || b[k] == '$' || b[k] == '@'))
		return 0;
	while (k < le && k - ls < LOGIN_LABEL_MAX && !separator[b[k]])
		k++;
	ne = skip_blanks_back(b, k, ls);
	if (quoted && ne > ls && b[ne - 1] == '"')
		ne--;
	if (k == le || ne == ls || (b[ne - 1] | 0x20) != 's')
		return 0;
	for (ns = ne; ns > ls && ident_byte(b[ns - 1]) && b[ns - 1] != '.'; ns--)
		;
	if (!login_plural(b, ns, ne) || !(o = login_list_opener(b, ne, le)))
		return 0;
	k = skip_space(b, o + 1, len);
	/* (a JSON member's map of users is data as often as logins: its
	 * values must look like passwords by themselves, not IDs or names) */
	return k < len && (item_opener(b, k, len) || b[k] == '"' || b[k] == '\'')
		       ? login_list(b, len, o, ns, ne, quoted, l)
		       : 0;
}

/* A keyword hit of the generic rule that ends b[last] (users =, accounts:,
 * login): whether a plural name for logins it ends is given a list whose
 * first item is a tuple of strings. */
int login_list_named(struct kh_hit *h)
{
	const unsigned char *b = h->b;
	size_t len = h->len, last = h->last;
	size_t ne = last + 1, le, ns, o, k;

	while (ne > 0 && last + 1 - ne < 3 && !ident_byte(b[ne - 1]))
		ne--; /* `creds =`'s separator */
	while (ne < len && ne - last < 3 && isalpha(b[ne]))
		ne++; /* login's s (a letter: never past the line's end) */
	if ((b[ne - 1] | 0x20) != 's')
		return 0;
	ns = ne;
	while (ns > 0 && ident_byte(b[ns - 1]) && b[ns - 1] != '.' && ne - ns < 64)
		ns--;
	if (!login_plural(b, ns, ne))
		return 0;
	/* the line's end only now: most hits end no plural for logins
	 * (bounded: called for each keyword hit of a line, however long) */
	le = hit_line_end_within(h, LOGIN_LIST_SPAN);
	if (!(o = login_list_opener(b, ne, le)))
		return 0;
	k = skip_space(b, o + 1, len);
	if (k < len && (b[k] == '"' || b[k] == '\''))
		return 1; /* a map's first entry */
	return k < len && (k = item_opener(b, k, len)) &&
	       (k = skip_space(b, k, len)) < len && (b[k] == '"' || b[k] == '\'');
}

/* Whether the tag key b[s..e) names an environment variable (env:"X",
 * envconfig:"X") or a config file's key (yaml:"x", mapstructure:"x"). */
static int tag_env_key(const unsigned char *b, size_t s, size_t e)
{
	return (e - s == 3 && !memcmp(b + s, "env", 3)) ||
	       (e - s == 9 && !memcmp(b + s, "envconfig", 9));
}

static int tag_config_key(const unsigned char *b, size_t s, size_t e)
{
	static const char *keys[] = { "mapstructure", "koanf", "yaml",
				      "toml",	      "json",  "ini" };

	for (size_t j = 0; j < sizeof keys / sizeof *keys; j++)
		if (e - s == strlen(keys[j]) && !memcmp(b + s, keys[j], e - s))
			return 1;
	return 0;
}

/*
 * A Go struct field whose tag gives its setting a default (envconfig's
 * `envconfig:"DD_API_KEY" default:"…"`, caarlos0/env's `env:"X"
 * envDefault:"…"`): the default is the value, named by the tag's
 * environment variable, else its config key, else the field's own name
 * (ApiToken string `default:"…"`). The backtick at b[i] opens the tag.
 */
int struct_tag_default(const unsigned char *b, size_t ls, size_t le, size_t i,
		       struct kh_layer *l)
{
	size_t env_s = 0, env_e = 0, cfg_s = 0, cfg_e = 0, vs = 0, ve = 0, k, te, ns, ne;
	const unsigned char *close;

	if (i == ls || (b[i - 1] != ' ' && b[i - 1] != '\t') ||
	    !(close = memchr(b + i + 1, '`', le - i - 1)))
		return 0;
	te = (size_t)(close - b);
	for (k = i + 1; k < te;) {
		size_t ks = k, qs, qe, c;
		const unsigned char *q;

		while (k < te && code_name_byte(b[k]))
			k++;
		if (k == ks || k + 1 >= te || b[k] != ':' || b[k + 1] != '"')
			return 0; /* not a struct tag */
		qs = k + 2;
		if (!(q = memchr(b + qs, '"', te - qs)))
			return 0;
		qe = (size_t)(q - b);
		for (c = qs; c < qe && b[c] != ','; c++)
			; /* json:"name,omitempty" */
		if ((k - ks == 7 && !memcmp(b + ks, "default", 7)) ||
		    (k - ks == 10 && !memcmp(b + ks, "envDefault", 10)) ||
		    (k - ks == 11 && !memcmp(b + ks, "env-default", 11))) {
			vs = qs;
			ve = qe;
		} else if (!env_e && tag_env_key(b, ks, k)) {
			env_s = qs;
			env_e = c;
		} else if (!cfg_e && tag_config_key(b, ks, k)) {
			cfg_s = qs;
			cfg_e = c;
		}
		k = skip_blanks(b, qe + 1, te);
	}
	if (ve <= vs)
		return 0;
	if (env_e > env_s) {
		ns = env_s;
		ne = env_e;
	} else if (cfg_e > cfg_s) {
		ns = cfg_s;
		ne = cfg_e;
	} else { /* the field's name opens the line */
		ns = skip_blanks(b, ls, i);
		for (ne = ns; ne < i && ident_byte(b[ne]) && b[ne] != '.'; ne++)
			;
	}
	return ne > ns ? emit_pair(l, b, ns, ne, vs, ve) : 0;
}

/* A keyword hit of the generic rule that ends b[last]: whether a Go struct
 * tag with a default follows on its line (the name in the field or the
 * tag, `default:"…"` or `envDefault:"…"` after it). */
int struct_tag_named(struct kh_hit *h)
{
	const unsigned char *b = h->b;
	size_t len = h->len, last = h->last;
	/* bounded: called for each keyword hit of a line, however long */
	size_t le = hit_line_end_within(h, 256);

	le = le < len ? le : len;
	return memchr(b + last, '`', le - last) &&
	       kh_memmem(b + last, le - last, "efault:\"", 8);
}

/* ---- m4's quotes: a macro's name and value arguments ------------------- */

/*
 * The argument in m4's quotes at b[i] (`[...]`, autoconf's, or
 * `` `...' ``, m4's own), on the line b[..le): its content in [*s, *e),
 * where it ends (past the close) as the return, 0 when b[i] opens none or
 * it does not close on the line. Nested brackets are refused (a quoted
 * macro call, a help string).
 */
static size_t m4_quoted(const unsigned char *b, size_t i, size_t le, size_t *s, size_t *e)
{
	unsigned char close;
	size_t k;

	if (i >= le || (b[i] != '[' && b[i] != '`'))
		return 0;
	close = b[i] == '[' ? ']' : '\'';
	for (k = i + 1; k < le && b[k] != close && b[k] != '[' && b[k] != '`'; k++)
		;
	if (k >= le || b[k] != close)
		return 0;
	*s = i + 1;
	*e = k;
	return k + 1;
}

/*
 * A macro's call in m4 or autoconf whose first argument is a name in m4's
 * quotes and whose second is its value, in m4's quotes too, on the line
 * b[ls..le): `define(`API_KEY', `...')`, `m4_define([X], [...])`,
 * `AC_SUBST([X], [...])`, `AS_VAR_SET([x], [...])`, `AC_DEFINE([X],
 * ["..."], [doc])`. The value is the quotes' content, a C string's inside
 * it when it is one; one token (a help string, a description, a macro's
 * call inside refused). The name in [*ns, *ne), the value in [*vs, *ve).
 */
static int m4_macro_pair(const unsigned char *b, size_t ls, size_t le, size_t *ns,
			 size_t *ne, size_t *vs, size_t *ve)
{
	size_t i = skip_blanks(b, ls, le), k, e;

	for (k = i; k < le && (name_alnum(b[k]) || b[k] == '_'); k++)
		;
	if (k == i || k >= le || b[k] != '(' ||
	    (k - i >= 6 && !memcmp(b + i, "AC_ARG", 6))) /* (AC_ARG_VAR's help) */
		return 0;
	if (!(k = m4_quoted(b, k + 1, le, ns, ne)) || *ne == *ns)
		return 0;
	for (e = *ns; e < *ne && (ident_byte(b[e]) || b[e] == ':'); e++)
		;
	if (e != *ne)
		return 0;
	k = skip_blanks(b, k, le);
	if (k >= le || b[k] != ',')
		return 0;
	if (!(k = m4_quoted(b, skip_blanks(b, k + 1, le), le, vs, ve)))
		return 0;
	if (*ve - *vs >= 2 && b[*vs] == '"' && b[*ve - 1] == '"') {
		(*vs)++;
		(*ve)--;
	}
	for (e = *vs; e < *ve && b[e] != ' ' && b[e] != '\t' && b[e] != '(' &&
		      b[e] != '"' && b[e] != '$';
	     e++)
		;
	k = skip_blanks(b, k, le);
	return *ve > *vs && e == *ve && k < le && (b[k] == ')' || b[k] == ',');
}

/* The pair of an m4 macro's quoted arguments on the line b[ls..le). */
int m4_macro_line(const unsigned char *b, size_t ls, size_t le, struct kh_layer *l)
{
	size_t ns, ne, vs, ve;

	if (!m4_macro_pair(b, ls, le, &ns, &ne, &vs, &ve))
		return 0;
	return emit_split(l, b, ns, ne, vs, ve);
}

/* A keyword hit of the generic rule that ends b[last]: whether it is in
 * the name an m4 macro's quoted arguments give a value. */
int m4_macro_named(struct kh_hit *h)
{
	const unsigned char *b = h->b;
	size_t len = h->len, last = h->last, ls, ns, ne, vs, ve;

	/* the byte after the keyword first: its line only for a name's */
	if (last + 1 >= len ||
	    (b[last + 1] != ']' && b[last + 1] != '\'' && !ident_byte(b[last + 1])) ||
	    (ls = hit_near_line_start(h)) > last)
		return 0;
	return m4_macro_pair(b, ls, hit_line_end_within(h, 512), &ns, &ne, &vs, &ve) &&
	       ns <= last && last < ne;
}
