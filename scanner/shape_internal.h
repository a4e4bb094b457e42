/*
 * shape_internal.h - what the shape readers' files (shape.c, shape_names.c,
 * shape_rows.c, shape_docs.c, shape_prose.c, shape_config.c, shape_code.c,
 * shape_words.c, shape_fold.c)
 * share: the macros, types and small helpers two of them use, and prototypes
 * of the functions one defines and another calls (each file keeps the rest
 * static). Not a public header: shape.h is. Written by split_shape.py when
 * shape.c was split; edit it by hand from then on.
 */
#ifndef KH_SHAPE_INTERNAL_H
#define KH_SHAPE_INTERNAL_H

#include <stddef.h>
#include <stdint.h>
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "shape.h"
#include "text.h"
#include "util.h"

#define NAME_MAX_LEN 64

struct kh_hit; /* a keyword hit the trigger asks about (below) */
/* The longest value plausible_value() takes: a walk over a value may stop
 * past it, as the value is no credential then (a long line's many hits). */
#define VALUE_MAX_LEN 4096

/* Prose's aside between a credential's word and its value, "(expires in
 * 60 min)", that starts at b[k]: where it ends, or k where none does
 * within PROSE_ASIDE_MAX bytes on the line. */
#define PROSE_ASIDE_MAX 48

#define QUERY_STOPS "&# \t\"'<>"

/* How far a shape looks for a command's other lines, a YAML key's parents
 * or children, an INI section: bounded, like every loop over input. */
#define CMD_MAX_LINES	8
#define BLOCK_MAX_LINES 40
#define PATH_MAX_DEPTH	6

#define ROW_MAX_COLUMNS 32

/* A call's arguments over the lines below its '(' folded onto one line
 * (shape_fold.c): at most FOLD_SPAN bytes from FOLD_LINES lines, each
 * byte's place in the source in at[]. */
#define FOLD_SPAN     2048
#define FOLD_LINES    32
#define FOLD_OPEN_MAX 8 /* calls left open on one line that are folded */
struct call_fold {
	unsigned char text[FOLD_SPAN];
	size_t at[FOLD_SPAN];
	size_t n;
};

/* Shared between the shape files (defined in the file named). */
/* shape_names.c */
int id_name(const unsigned char *s, size_t n);
int plausible_value(const unsigned char *s, size_t n);
/* Where the singular of a plural name for secrets b[s..e) ends (secrets,
 * tokens, passwords, apiKeys); 0 when it is none. */
size_t plural_secret(const unsigned char *b, size_t s, size_t e);
/* A pool of values in one string, split on ',', under the name b[ns..ne):
 * its items, how many (0: none), its singular's end; emit_pool() puts
 * each under the singular name. */
#define POOL_ITEMS 16 /* values of a pool read */
size_t key_pool(const unsigned char *b, size_t len, size_t ns, size_t ne, size_t vs,
		size_t ve, size_t items[][2], size_t *se);
int emit_pool(struct kh_layer *l, const unsigned char *b, size_t ns, size_t ne,
	      const char *suffix, size_t vs, size_t ve);
size_t quoted(const unsigned char *b, size_t i, size_t le, size_t *s, size_t *e);
int quoted_before(const unsigned char *b, size_t ls, size_t i, size_t *s, size_t *e);
void unquote_literal(const unsigned char *b, size_t *vs, size_t *ve);
size_t glued_password(const unsigned char *s, size_t n);
/* Pairs under a weak name on the line b[ls..le) of b[0..len): a password
 * in another language, a key a product's word qualifies, an abbreviated
 * token, a value a comment or a heading above names in words; each value
 * judged by the weak name's stricter bar first. 0, or -1. */
int weak_name_line(const unsigned char *b, size_t len, size_t ls, size_t le,
		   struct kh_layer *l);
/* Whether the keyword's hit ending at b[last] stands in such a name. */
int weak_name_named(struct kh_hit *h);
/* shape_fold.c */
/* The '(' of the line b[ls..le) left open at its end (strings and
 * comments aside): up to max of them in open[], outermost first; their
 * number. */
size_t fold_open_calls(const unsigned char *b, size_t ls, size_t le, size_t *open,
		       size_t max);
/* Whether the line b[ls..le) may leave a call open, worth
 * fold_open_calls(): it holds a '(' and ends in a '(' or an argument's
 * ',', or in a comment (Client( # prod). */
int fold_may_open(const unsigned char *b, size_t ls, size_t le);
/* Folds b[ls..open) and the call whose '(' is b[open] up to its ')' on
 * a line below into f, line breaks and indentation as one blank and
 * comments dropped: 1, or 0 when it does not close within the bounds. */
int fold_call(const unsigned char *b, size_t len, size_t ls, size_t open,
	      struct call_fold *f);
/* shape_words.c */
/* Whether the name s[0..n) ends in a word that calls it a credential
 * where the generic rules' words do not (WIFI_PSK, a PIN, community_ro). */
int told_name(const unsigned char *s, size_t n);
int emit_as_told(struct kh_layer *l, const unsigned char *b, size_t ns, size_t ne,
		 size_t vs, size_t ve);
int put_pair(struct kh_layer *l, const unsigned char *b, size_t ns, size_t ne,
	     const char *suffix, size_t vs, size_t ve, unsigned char esc);
int emit_named(struct kh_layer *l, const unsigned char *b, size_t ns, size_t ne,
	       const char *suffix, size_t vs, size_t ve);
int pair_after(struct kh_layer *l, const unsigned char *b, size_t i, size_t le,
	       const char *stops);
int redis_pair(struct kh_layer *l, const unsigned char *b, size_t i, size_t le);
int conninfo_pair(const unsigned char *b, size_t len, size_t s, size_t k);
int user_password_call(const unsigned char *b, size_t ls, size_t k, size_t i, size_t *ns,
		       size_t *ne);
int emit_sdk_call(struct kh_layer *l, const unsigned char *b, size_t ls, size_t cs,
		  size_t ce, size_t le);
int attribute(const unsigned char *b, size_t from, size_t le, const char *attr, size_t *s,
	      size_t *e);
const char *plain_name_suffix(const unsigned char *s, size_t n);
int emit_path_as(struct kh_layer *l, const unsigned char *b, const size_t (*parts)[2],
		 size_t nparts, const char *suffix, size_t vs, size_t ve);
int emit_path(struct kh_layer *l, const unsigned char *b, const size_t (*parts)[2],
	      size_t nparts, size_t vs, size_t ve);
int block_scalar_at(const unsigned char *b, size_t len, size_t k);
int list_item(const unsigned char *b, size_t i, size_t cle, size_t *vs, size_t *ve);
int yaml_parents(const unsigned char *b, size_t len, size_t ls, size_t le,
		 struct kh_layer *l);
int brace_parents(const unsigned char *b, size_t len, size_t ls, size_t le,
		  struct kh_layer *l);
int ini_sections(const unsigned char *b, size_t len, size_t ls, size_t le,
		 struct kh_layer *l);
int dotted_names(const unsigned char *b, size_t ls, size_t le, struct kh_layer *l);
int emit_credential(struct kh_layer *l, const unsigned char *b, size_t hs, size_t he,
		    size_t cs, size_t ce, int password, size_t vs, size_t ve);
int emit_user_pass(struct kh_layer *l, const unsigned char *b, size_t hs, size_t he,
		   size_t cs, size_t ce, size_t vs, size_t ve);
int command_shapes(const unsigned char *b, size_t len, size_t ls, size_t le,
		   struct kh_layer *l);
int command_named(struct kh_hit *h);

/* shape_rows.c */
int credential_column(const unsigned char *s, size_t n);
int sql_insert(const unsigned char *b, size_t len, size_t ls, size_t le,
	       struct kh_layer *l);
int csv_pass_named(struct kh_hit *h);
/* A list named for credentials of one-line records, each a name and a
 * neutral value (`vendor_keys = [` then `{ name = "x", value = "…" },`):
 * each value that looks like a key alone under the list's name. */
int record_list_line(const unsigned char *b, size_t len, size_t ls, size_t le,
		     struct kh_layer *l);
int record_list_named(struct kh_hit *h);
int record_path_line(const unsigned char *b, size_t len, size_t ls, size_t le,
		     struct kh_layer *l);
/* A `key` in an INI section named for a service whose other keys are an
 * API client's (`[marinetraffic]` then `key = …`), as the service's. */
int service_section_key(const unsigned char *b, size_t len, size_t ls, size_t le,
			struct kh_layer *l);
int csv_header(const unsigned char *b, size_t len, size_t ls, size_t le,
	       struct kh_layer *l);
int netrc_entry(const unsigned char *b, size_t len, size_t ls, size_t le,
		struct kh_layer *l);
size_t row_cells(const unsigned char *b, size_t i, size_t le, unsigned char sep,
		 size_t (*cells)[2]);
int table_row(const unsigned char *b, size_t ls, size_t le, struct kh_layer *l);
int typed_value(const unsigned char *b, size_t le, size_t k, size_t *vs, size_t *ve);
int typed_declaration(const unsigned char *b, size_t ls, size_t le, struct kh_layer *l);
int neutral_name(const unsigned char *s, size_t n);
int lone_value(const unsigned char *b, size_t ls, size_t le, size_t *vs, size_t *ve);
int apart_value(const unsigned char *b, size_t len, size_t ls, size_t le, size_t *ns,
		size_t *ne, size_t *vs, size_t *ve);
int apart_named(struct kh_hit *h);
int json_objects(const unsigned char *b, size_t len, size_t ls, size_t le,
		 struct kh_layer *l);
int header_scheme_string(const unsigned char *b, size_t ls, size_t le, size_t i,
			 struct kh_layer *l);
int debconf_password(const unsigned char *b, size_t ls, size_t le, struct kh_layer *l);
int prose_code_span(const unsigned char *b, size_t ls, size_t le, size_t i,
		    struct kh_layer *l);
int shell_default(const unsigned char *b, size_t ls, size_t le, size_t i,
		  struct kh_layer *l);
int fallback_pair(const unsigned char *b, size_t len, size_t ls, size_t le, size_t i,
		  size_t op_len, struct kh_layer *l);
size_t string_prefix(const unsigned char *b, size_t i, size_t ls, size_t le);
size_t concat_next(const unsigned char *b, size_t k, size_t le);
int plain_strings(const unsigned char *b, size_t ls, size_t le, struct kh_layer *l);
/* A value's literals continued by concatenation over lines, joined to one
 * `NAME = "…"` line (shape_split.c). */
int split_literals(const unsigned char *b, size_t len, size_t ls, size_t le,
		   struct kh_layer *l);
int user_joined_password(const unsigned char *b, size_t ls, size_t le, size_t i,
			 struct kh_layer *l);
int npm_base64_password(const unsigned char *b, size_t ls, size_t le, size_t i,
			struct kh_layer *l);
int index_assignment(const unsigned char *b, size_t ls, size_t le, size_t i,
		     struct kh_layer *l);

/* shape_prose.c */
int prose_login_pair(const unsigned char *b, size_t ls, size_t le, size_t i,
		     struct kh_layer *l);
int prose_login_named(struct kh_hit *h);
int prose_login_at(const unsigned char *b, size_t ls, size_t le, size_t i, int unnamed,
		   size_t *us, size_t *ue, size_t *vs, size_t *ve);
int prose_login_lead(const unsigned char *b, size_t ls, size_t le, size_t w, size_t *us,
		     size_t *ue, size_t *vs, size_t *ve);
int prose_login_lead_may(const unsigned char *b, size_t len, size_t w);
int prose_chat_opening(const unsigned char *b, size_t ls, size_t le, size_t *us,
		       size_t *ue, size_t *vs, size_t *ve);
extern const char *const kh_operator_accounts[];
size_t url_column(const unsigned char *b, size_t s, size_t le);
int prose_login_opening(const unsigned char *b, size_t m, size_t le, size_t *us,
			size_t *ue, size_t *vs, size_t *ve);
int prose_login_opening_may(const unsigned char *b, size_t ws, size_t we, size_t le);
/* A chat's message from b[m] to le (the line from b[ls]) that opens with a
 * bare token its words, or the message above, say is a credential
 * ("<hex32> — rotate it after the audit"), or answers a question for
 * one with a code span ("careful: `X`" under "anyone have the pw?") or a
 * password ("it's X", X alone: password_answer): [*vs,
 * *ve), 1 (a token) or 2 (a password); prose_chat_token finds a chat log
 * line's message after its speaker. */
int prose_token_message(const unsigned char *b, size_t ls, size_t m, size_t le,
			size_t *vs, size_t *ve);
int prose_chat_token(const unsigned char *b, size_t ls, size_t le, size_t *vs,
		     size_t *ve);
int prose_login_with(const unsigned char *b, size_t ls, size_t le, size_t w, size_t *us,
		     size_t *ue, size_t *vs, size_t *ve);
int prose_login_with_may(const unsigned char *b, size_t w);
/* The password's sentence at the word b[ws] of the line b[ls..le): a
 * note's ", pass X" no keyword wakes (shape_logins.c finds it). 1 when it
 * gave one to l, 0 when none, -1 when out of memory. */
int prose_password_at(const unsigned char *b, size_t len, size_t ls, size_t le, size_t ws,
		      struct kh_layer *l);
/* A label line of notes b[ls..le) and its values alone on the lines below
 * ("Admin password:" then "    X"; "Password" then ": X"; "Tablet login
 * for the crews:" then the user and the password): 1 when it gave one
 * to l, 0 when none, -1 when out of memory. */
int prose_label_apart(const unsigned char *b, size_t len, size_t ls, size_t le,
		      struct kh_layer *l);
int prose_label_apart_may(const unsigned char *b, size_t ls, size_t le);
int prose_password_line(const unsigned char *b, size_t len, size_t ls, size_t le,
			struct kh_layer *l);
int prose_password_named(struct kh_hit *h);
int prose_pass_under_user_named(struct kh_hit *h);
int prose_noun_line(const unsigned char *b, size_t len, size_t ls, size_t from, size_t le,
		    struct kh_layer *l);
/* A key named by a word no keyword knows at b[i] on the line b[ls..le)
 * ("the relay key is X"), its value generated: 1 when one was written
 * into l, 0 when none, -1 when l is full. */
int prose_other_key_at(const unsigned char *b, size_t len, size_t ls, size_t i, size_t le,
		       struct kh_layer *l);
int prose_noun_named(struct kh_hit *h);
/* A password a message names by its pronoun ("I reset it to V"), " it to "
 * at b[w]: 1 when one was written into l, 0 when none, -1 when l is full. */
int prose_reset_it_at(const unsigned char *b, size_t ls, size_t le, size_t w,
		      struct kh_layer *l);
int prose_wifi_line(const unsigned char *b, size_t ls, size_t le, struct kh_layer *l);
int prose_wifi_is_line(const unsigned char *b, size_t ls, size_t le, struct kh_layer *l);
/* A login after a label that says so and a ':' ("also the NAS: admin V",
 * "kiosk login: kiosk2 V"): an account's name, one word, a password by
 * itself, then the end, a ',' or an aside; from b[m] to le. */
int prose_login_labelled(const unsigned char *b, size_t m, size_t le, size_t *us,
			 size_t *ue, size_t *vs, size_t *ve);
int prose_login_labelled_may(const unsigned char *b, size_t ls, size_t colon, size_t ce);
/* A network's key given bare after an aside naming its SSID, in notes. */
int prose_wifi_ssid_line(const unsigned char *b, size_t ls, size_t le,
			 struct kh_layer *l);
int prose_wifi_named(struct kh_hit *h);
/* shape_tables.c */
/* Appends to l a `label = "X"` line for each value of the notes b[0..len)
 * that a table's header or label names a credential's in words (Markdown,
 * Org, rST, AsciiDoc, Confluence and MediaWiki markup, HTML). 0, or -1
 * when out of memory. first: the first places of "<t", "{|" and "=="
 * (len: none), asked with others in one pass by the caller. */
int notes_tables(const unsigned char *b, size_t len, const size_t *first,
		 struct kh_layer *l);
/* shape_docs.c */
int emit_split(struct kh_layer *l, const unsigned char *b, size_t ns, size_t ne,
	       size_t vs, size_t ve);
size_t name_before(const unsigned char *b, size_t ls, size_t *e);
int less_common_named(struct kh_hit *h);
int less_common_line(const unsigned char *b, size_t len, size_t ls, size_t le,
		     struct kh_layer *l);
int sibling_value(struct kh_layer *l, const unsigned char *b, size_t len, size_t ns,
		  size_t ne, size_t at);
int credential_word_at(const unsigned char *b, size_t i, size_t le);
size_t next_credential_word(const unsigned char *b, size_t i, size_t le);
int heading_fence(const unsigned char *b, size_t len, size_t ls, size_t le,
		  struct kh_layer *l);
int comment_name_below(const unsigned char *b, size_t len, size_t ls, size_t le,
		       struct kh_layer *l);
int heading_fence_named(const unsigned char *b, size_t len, size_t k);
int template_line(const unsigned char *b, size_t ls, size_t le, struct kh_layer *l);
int template_named(const unsigned char *b, size_t len, size_t s, size_t k);

/* shape_config.c */
int row_named_value(struct kh_layer *l, const unsigned char *b, const size_t (*cols)[2],
		    size_t col, size_t vs, size_t ve, size_t *named);
size_t cron_schedule_end(const unsigned char *b, size_t i, size_t le);

/* shape_directives.c */
int directive_line(const unsigned char *b, size_t ls, size_t le, struct kh_layer *l);
int directive_named(struct kh_hit *h);

/* shape_code.c */
int code_shape_line(const unsigned char *b, size_t len, size_t ls, size_t le,
		    struct kh_layer *l);
int code_shape_named(struct kh_hit *h);
int alias_named(struct kh_hit *h);
/* A name in one field of a line, its value in a sibling (OPML's text and
 * _note, Inno Setup's ValueName and ValueData), and a bare secret beside
 * a user's field (a SIP account): pairs for the rules. 0, or -1. */
int sibling_fields(const unsigned char *b, size_t ls, size_t le, struct kh_layer *l);
int sibling_named(struct kh_hit *h);
size_t delimited(const unsigned char *b, size_t from, size_t le,
		 const unsigned char *close, size_t n, size_t *vs, size_t *ve);
size_t own_literal(const unsigned char *b, size_t i, size_t le, size_t *vs, size_t *ve,
		   int *own);
int code_glue_line(const unsigned char *b, size_t ls, size_t le, struct kh_layer *l);
int code_glue_named(struct kh_hit *h);
int in_string(const unsigned char *b, size_t ls, size_t s);
/* in_string() asked of one line's names in increasing order: each
 * answer goes on from the last (a minified line of 10 MB names
 * thousands of credentials; asked behind, from the line's start). */
struct string_walk {
	size_t ls, k;
	unsigned char q; /* the quote of the string open at b[k], or 0 */
};
void string_walk_init(struct string_walk *w, size_t ls);
int string_walk_in(const unsigned char *b, struct string_walk *w, size_t s);
int any_glue_line(const unsigned char *b, size_t len, size_t ls, size_t le,
		  struct kh_layer *l);
int any_glue_named(struct kh_hit *h);
int m4_macro_line(const unsigned char *b, size_t ls, size_t le, struct kh_layer *l);
int m4_macro_named(struct kh_hit *h);
int credential_tuple(const unsigned char *b, size_t len, size_t ls, size_t le, size_t i,
		     struct kh_layer *l);
int tuple_named(struct kh_hit *h);
int secret_argument_call(const unsigned char *b, size_t ls, size_t le, size_t i,
			 struct kh_layer *l);
int secret_argument_named(struct kh_hit *h);
int secret_call_known(const unsigned char *b, size_t ls, size_t ce);
int header_line_string(const unsigned char *b, size_t ls, size_t le, size_t i,
		       struct kh_layer *l);
int header_field_value(const unsigned char *b, size_t ls, size_t le, size_t i,
		       struct kh_layer *l);
int header_string_named(struct kh_hit *h);
int basic_login_named(struct kh_hit *h);
int encoded_login_named(struct kh_hit *h);
/* A product's key under its own name (BEEHIIV_KEY = "<generated>"):
 * product_key_name() says the name b[ns..ne) is one, product_key_named()
 * whether a keyword's hit ending at its value's quote b[last] stands in
 * one, product_key_line() hands the line's pairs on as `NAME_secret`. */
int product_key_name(const unsigned char *b, size_t ns, size_t ne);
/* Whether b[ns..ne) is a product's key and b[vs..ve) a generated key's
 * look (a Postman variable's {"key": "courierKey", "value": ...}). */
int product_key_pair(const unsigned char *b, size_t len, size_t ns, size_t ne, size_t vs,
		     size_t ve);
int product_key_named(struct kh_hit *h);
int product_key_line(const unsigned char *b, size_t ls, size_t le, struct kh_layer *l);
/* shape_config.c: whether s[0..n) looks generated as a product's key's
 * value must (24 to 64 letters and digits of both cases, entropy) */
int product_key_value(const unsigned char *s, size_t n);
/* whether b[vs..ve) is a key's hex under the product's key name
 * b[ns..ne), not a cipher test's vector nor a pair's public half */
int product_hex_key(const unsigned char *b, size_t len, size_t ns, size_t ne, size_t vs,
		    size_t ve);
/* shape_prose.c: words before "key" that say it is no credential (a
 * table's, a cache's, a public key), NULL-ended */
extern const char *const keyless_kinds[];
/* shape_names.c: words before "key" that make it a weak name (blob_key,
 * SVC_KEY, REMOTE_KEY), NULL-ended */
extern const char *const weak_key_heads[];
int encoded_login_call(const unsigned char *b, size_t le, size_t i, struct kh_layer *l);
int handed_key_line(const unsigned char *b, size_t ls, size_t le, struct kh_layer *l);
int compared_literal(const unsigned char *b, size_t ls, size_t le, size_t i,
		     struct kh_layer *l);
int compared_named(struct kh_hit *h);
int login_list_line(const unsigned char *b, size_t len, size_t ls, size_t le,
		    struct kh_layer *l);
int login_list_named(struct kh_hit *h);
int struct_tag_named(struct kh_hit *h);
int struct_tag_default(const unsigned char *b, size_t ls, size_t le, size_t i,
		       struct kh_layer *l);

/* shape_words.c */
int hidden_name_line(const unsigned char *b, size_t ls, size_t le, struct kh_layer *l);
int hidden_name_named(struct kh_hit *h);
int syntax_line(const unsigned char *b, size_t len, size_t ls, size_t le,
		struct kh_layer *l);
int syntax_named(struct kh_hit *h);
int line_glue_line(const unsigned char *b, size_t ls, size_t le, struct kh_layer *l);
int line_glue_named(struct kh_hit *h);
/* A plural credential's name given a list of values in one string
 * (RELAY_SASL_PASSWORDS = "a,b"): each value under the singular name. */
int pooled_values_line(const unsigned char *b, size_t ls, size_t le, struct kh_layer *l);

/* Small helpers every reader calls per byte or per name. */

/* Whether byte c is isalnum() of the C locale, '_', '-' or '.': one load a
 * byte, where the arithmetic took eight instructions on each of the
 * hundreds of millions of bytes the readers walk (shape.c holds it). */
extern const unsigned char kh_ident_bytes[256];

static inline int ident_byte(unsigned char c)
{
	return kh_ident_bytes[c];
}

/* The start of the line that holds b[s], looked back on `max` bytes at
 * most (the buffer's start is one), or s + 1 when it starts further back. */
static inline size_t line_start_within(const unsigned char *b, size_t s, size_t max)
{
	size_t from = s > max ? s - max : 0;
	const unsigned char *nl = memrchr(b + from, '\n', s - from);

	return nl ? (size_t)(nl - b) + 1 : from ? s + 1 : 0;
}

/* The end of the line that holds b[i], looked for on `max` bytes at most:
 * its '\n', len, or i + max + 1 when it ends further on (a reader called
 * for each keyword of a long line must not walk the rest of it each time). */
static inline size_t line_end_within(const unsigned char *b, size_t len, size_t i,
				     size_t max)
{
	const unsigned char *nl = memchr(b + i, '\n', len - i < max ? len - i : max);

	return nl ? (size_t)(nl - b) : len - i <= max ? len : i + max + 1;
}

/* Where the last part of the callee b[cs..ce) starts: after its last
 * '.', '::' or '\' (ds.setPassword, Hubspot\Factory::create). */
static inline size_t last_part(const unsigned char *b, size_t cs, size_t ce)
{
	while (ce > cs && ident_byte(b[ce - 1]) && b[ce - 1] != '.')
		ce--;
	return ce;
}

/* The start of the line that holds b[s], looked back on NAME_MAX_LEN
 * bytes at most (a name sits near its line's start), or s + 1 when it
 * starts further back. */
static inline size_t near_line_start(const unsigned char *b, size_t s)
{
	/* the bytes before s, and the one before those NAME_MAX_LEN */
	size_t from = s > NAME_MAX_LEN ? s - NAME_MAX_LEN - 1 : 0;
	const unsigned char *nl = memrchr(b + from, '\n', s - from);

	return nl ? (size_t)(nl - b) + 1 : s <= NAME_MAX_LEN ? 0 : s + 1;
}

/* The classes of name bytes the readers walk over (a bit each in
 * kh_hit_classes): HIT_WORD isalnum() or '_'; HIT_CODE code_name_byte();
 * HIT_IDENT ident_byte(); HIT_IDENT_COLON ident_byte() or ':';
 * HIT_IDENT_QUOTE ident_byte() or a quote; HIT_CODE_COLON code_name_byte()
 * or ':'; HIT_WEAK ident_byte() or a byte of UTF-8 (shape_names.c's
 * weak_name_byte()). The C locale's isalnum(), as everywhere here. */
enum {
	HIT_WORD,
	HIT_CODE,
	HIT_IDENT,
	HIT_IDENT_COLON,
	HIT_IDENT_QUOTE,
	HIT_CODE_COLON,
	HIT_WEAK,
	HIT_CLASSES
};
#define HIT_RUN_MAX (NAME_MAX_LEN + 1) /* the farthest a reader walks a name */

/*
 * A keyword hit the trigger's readers (the *_named() functions) ask about:
 * the keyword's last byte b[last] of b[0..len), and its line's ends, each
 * looked for once however many readers ask (the hit_*() below give what
 * line_start_within(), near_line_start(), line_start(), line_end_within()
 * and line_end() of b[last] give). Each end is looked for lazily, only as
 * far as a reader has asked: a reader looking 256 bytes on costs no more
 * than before on a minified line.
 */
struct kh_hit {
	const unsigned char *b;
	size_t len, last;
	size_t back, ls;  /* b[last - back, last) holds no '\n' but ls - 1, the line's
			   * start ls (SIZE_MAX: not found there) */
	size_t ahead, le; /* b[last, last + ahead): the line's end le ('\n' or len;
			   * SIZE_MAX: not found there) */
	/* The name around the hit, walked once for all the readers (most
	 * refuse an ask at the byte after it): for each class of
	 * kh_hit_classes, where its run from b[last + 1] on ends (runs[c],
	 * at most b[last + 1 + HIT_RUN_MAX]) and where its run that ends
	 * before b[last] starts (runs[HIT_CLASSES + c], HIT_RUN_MAX bytes
	 * back at most); `walked`: bit 1 on, bit 2 back. */
	unsigned walked;
	size_t runs[2 * HIT_CLASSES];
};

extern const unsigned char kh_hit_classes[256];
void kh_hit_walk_on(struct kh_hit *h);
void kh_hit_walk_back(struct kh_hit *h);

/* What `k = last + 1; while (k < len && k < bound && c(b[k])) k++;`
 * gives, c the class `cls`, bound at most last + 1 + HIT_RUN_MAX. */
static inline size_t hit_name_end(struct kh_hit *h, int cls, size_t bound)
{
	if (!(h->walked & 1))
		kh_hit_walk_on(h);
	if (bound <= h->last + 1)
		return h->last + 1;
	return h->runs[cls] < bound ? h->runs[cls] : bound < h->len ? bound : h->len;
}

/* What `s = last; while (s > 0 && last - s < max && c(b[s - 1])) s--;`
 * gives, c the class `cls`, max at most HIT_RUN_MAX. */
static inline size_t hit_name_start(struct kh_hit *h, int cls, size_t max)
{
	if (!(h->walked & 2))
		kh_hit_walk_back(h);
	return h->last >= max && h->runs[HIT_CLASSES + cls] < h->last - max
		       ? h->last - max
		       : h->runs[HIT_CLASSES + cls];
}

static inline void kh_hit_init(struct kh_hit *h, const unsigned char *b, size_t len,
			       size_t last)
{
	h->b = b;
	h->len = len;
	h->last = last;
	h->back = h->ahead = 0;
	h->ls = last ? SIZE_MAX : 0;
	h->le = last < len ? SIZE_MAX : len;
	h->walked = 0;
}

/* Looks back from b[last] on `max` bytes in all for its line's start, and
 * on from b[last + ahead] on `max` bytes in all for its end, past what
 * was looked at already (shape.c). */
void kh_hit_look_back(struct kh_hit *h, size_t max);
void kh_hit_look_ahead(struct kh_hit *h, size_t max);

/* line_start_within(b, last, max). */
static inline size_t hit_line_start(struct kh_hit *h, size_t max)
{
	if (h->ls == SIZE_MAX && h->back < max)
		kh_hit_look_back(h, max);
	return h->ls != SIZE_MAX && (h->last <= max || h->last - h->ls < max)
		       ? h->ls
		       : h->last + 1;
}

/* near_line_start(b, last). */
static inline size_t hit_near_line_start(struct kh_hit *h)
{
	size_t ls = hit_line_start(h, NAME_MAX_LEN + 1);

	return h->last == NAME_MAX_LEN + 1 && ls == 0 ? h->last + 1 : ls;
}

/* line_start(b, last). */
static inline size_t hit_line_start_any(struct kh_hit *h)
{
	return hit_line_start(h, h->last);
}

/* line_end_within(b, len, last, max). */
static inline size_t hit_line_end_within(struct kh_hit *h, size_t max)
{
	if (h->le == SIZE_MAX && h->ahead < max)
		kh_hit_look_ahead(h, max);
	if (h->le == SIZE_MAX)
		return h->last + max + 1;
	return (h->le < h->len ? h->le - h->last < max : h->le - h->last <= max)
		       ? h->le
		       : h->last + max + 1;
}

/* line_end(b, len, last). */
static inline size_t hit_line_end(struct kh_hit *h)
{
	return hit_line_end_within(h, h->len - h->last);
}

/* The byte that closes an Elixir sigil opened by c (~s(...), ~S[...]),
 * or 0. */
static inline unsigned char sigil_close(unsigned char c)
{
	static const char opens[] = "([{<\"'|/", closes[] = ")]}>\"'|/";
	const char *o = c ? strchr(opens, c) : NULL;

	return o ? (unsigned char)closes[o - opens] : 0;
}

/* A byte of a bearer token (RFC 6750's b64token, its '=' padding aside). */
static inline int b64token_byte(unsigned char c)
{
	return isalnum(c) || (c && strchr("-._~+/", c));
}

/* Whether b[s..e) ends with w, case aside (an XML tag's param-name, a
 * name's last word). */
static inline int ends_ci(const unsigned char *b, size_t s, size_t e, const char *w)
{
	size_t n = strlen(w);

	return e - s >= n && equal_ci(b + e - n, w, n);
}

/* An unquoted value from b[i]: up to a blank, quote (a backtick too:
 * Markdown's code span, `Authorization: Bearer v`) or closing bracket. */
static inline size_t bare_value(const unsigned char *b, size_t i, size_t le)
{
	while (i < le && !strchr(" \t\"'`}),;]", b[i]) && b[i])
		i++;
	return i;
}

static inline int emit_pair(struct kh_layer *l, const unsigned char *b, size_t ns,
			    size_t ne, size_t vs, size_t ve)
{
	if (!credential_name(b + ns, ne - ns) || !plausible_value(b + vs, ve - vs))
		return 0;
	return emit_named(l, b, ns, ne, "", vs, ve);
}

/* A call's ("NAME", "value") pair (buildConfigField, setProperty,
 * putEnv): under a credential's name for every rule (emit_pair); under
 * a setting's name that says none but starts with a word that may be a
 * provider's (AGORA_APP_CERTIFICATE, PAYPAL_API_SIGNATURE), for that
 * provider's own rules only (KH_CONTEXT: decode.c keeps a finding there
 * only of a rule whose provider the line starts with). */
int emit_setting_pair(struct kh_layer *l, const unsigned char *b, size_t ns, size_t ne,
		      size_t vs, size_t ve);

/* Whether the query at b[i] ('?' or '&') belongs to a Firebase Storage
 * download link (…firebasestorage…/o/logo.png?alt=media&token=<uuid>):
 * Firebase hands these out to be embedded in pages and shared, one file
 * each; a link, not an account's credential. */
static inline int download_link_query(const unsigned char *b, size_t ls, size_t i,
				      size_t le)
{
	size_t from = i - ls > 512 ? i - 512 : ls, to = i + 10 <= le ? i + 10 : le;
	const unsigned char *host = kh_memmem(b + from, i - from, "firebasestorage.", 16);

	return host && kh_memmem(host, (size_t)(b + to - host), "?alt=media", 10);
}

/* Whether the callee b[cs..ce) hands over a bearer token, its last part
 * saying so: reqwest's .bearer_auth("..."), bearerAuth("..."). */
static inline int bearer_call(const unsigned char *b, size_t cs, size_t ce)
{
	size_t last = ce;

	while (last > cs && ident_byte(b[last - 1]) && b[last - 1] != '.')
		last--;
	return ce - last >= 6 && !strncasecmp((const char *)b + last, "bearer", 6);
}

/* A path's last name that may hold a credential. */
static inline int path_leaf(const unsigned char *s, size_t n)
{
	return credential_name(s, n) || *plain_name_suffix(s, n);
}

/* A parameter's default or value under a parent named for a credential
 * (CloudFormation's `DbPassword:` ... `Default: ...`, GitLab CI's
 * `API_TOKEN:` ... `value: ...`): the parent names it. */
static inline int default_of_credential(const unsigned char *b, const size_t (*parts)[2],
					size_t depth, size_t cs, size_t ce)
{
	return depth > 0 && neutral_name(b + cs, ce - cs) &&
	       credential_name(b + parts[depth - 1][0],
			       parts[depth - 1][1] - parts[depth - 1][0]);
}

/* Whether the line after b[k] (a name's ':' that ends its line) is a list
 * item: api_keys: then `- value`. */
static inline int list_below(const unsigned char *b, size_t len, size_t k)
{
	size_t at = line_end(b, len, k) + 1, vs, ve;

	return at < len &&
	       list_item(b, skip_blanks(b, at, len), content_end(b, len, at), &vs, &ve);
}

/* b[i..e) starts with word w (case-insensitively), not inside a longer one. */
static inline int word_at(const unsigned char *b, size_t i, size_t e, const char *w)
{
	size_t n;

	if (i >= e || ascii_lower(b[i]) != ascii_lower((unsigned char)w[0]))
		return 0; /* most: at the first byte */
	n = strlen(w);
	return i + n <= e && equal_ci(b + i, w, n) && (i == 0 || !ident_byte(b[i - 1])) &&
	       (i + n == e || !ident_byte(b[i + n]));
}

/* Whether s[0..n) keeps to the characters tokens are written in (base64,
 * base64url, hex, JWTs, key:secret pairs): a call, a JSDoc type union or
 * an HTML entity (toBase64Url(auth, PrivateKey|String, &#39;) is code. */
static inline int token_chars(const unsigned char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!isalnum(s[i]) && (!s[i] || !strchr("-._~+/=:%", s[i])))
			return 0;
	return 1;
}

/* A password is shorter than a token may be; both are one word, and a
 * token one of token characters. */
static inline int plausible_credential(const unsigned char *s, size_t n, int password)
{
	return n >= (password ? 6u : 8u) && (n >= 8 || s[0] != '$') &&
	       (password || token_chars(s, n)) &&
	       (n < 8 ? !memchr(s, ' ', n) && !memchr(s, '<', n) : plausible_value(s, n));
}

/*
 * Whether another string follows the value ending at b[ve] (its closing
 * quote): the pair then stands in a list of names
 * (["a11y_accesskey","a11y_aria_activedescendant_has_tabindex",...]). A
 * call's last argument may be the value (buildConfigField 'String',
 * 'api_key', '"..."'); a list runs on.
 */
static inline int string_follows(const unsigned char *b, size_t le, size_t ve)
{
	size_t k = skip_blanks(b, ve + 1, le);

	if (k >= le || b[k] != ',')
		return 0;
	k = skip_blanks(b, k + 1, le);
	return k < le && (b[k] == '"' || b[k] == '\'');
}

/* Whether b[k..) is blanks (or a comment) to the end of its line. */
static inline int line_ends_at(const unsigned char *b, size_t len, size_t k)
{
	while (k < len && (b[k] == ' ' || b[k] == '\t' || b[k] == '\r'))
		k++;
	return k == len || b[k] == '\n' || b[k] == '#';
}

/* The pair a name on the line b[ls..le) makes with a neutral value below. */
static inline int apart_line(const unsigned char *b, size_t len, size_t ls, size_t le,
			     struct kh_layer *l)
{
	size_t ns, ne, vs, ve;

	if (apart_value(b, len, ls, le, &ns, &ne, &vs, &ve) != 1)
		return 0;
	return emit_split(l, b, ns, ne, vs, ve);
}

/* Whether the string starting at b[ns] (after its quote) is the first
 * argument of .NET's AuthenticationHeaderValue(scheme, parameter): the
 * parameter is the credential whatever the scheme (Aiven's aivenv1). */
static inline int auth_header_value(const unsigned char *b, size_t ls, size_t ns)
{
	static const char call[] = "AuthenticationHeaderValue";
	size_t n = sizeof(call) - 1, k = skip_blanks_back(b, ns - 1, ls);

	return k > ls + n && b[k - 1] == '(' && !memcmp(b + k - 1 - n, call, n);
}
/* The length of a concatenation operator at b[i] (+, ., .., &, ||, <>),
 * or 0. */
static inline size_t concat_operator(const unsigned char *b, size_t i, size_t le)
{
	if (i + 1 < le &&
	    ((b[i] == '.' && b[i + 1] == '.') || (b[i] == '|' && b[i + 1] == '|') ||
	     (b[i] == '<' && b[i + 1] == '>')))
		return 2;
	return i < le && (b[i] == '+' || b[i] == '.' || b[i] == '&');
}

/* Drops AsciiDoc's literal marks from a code span's content [*vs, *ve):
 * `+value+` shows value as it is. */
static inline void asciidoc_literal(const unsigned char *b, size_t *vs, size_t *ve)
{
	if (*ve - *vs > 2 && b[*vs] == '+' && b[*ve - 1] == '+') {
		(*vs)++;
		(*ve)--;
	}
}

/* Where the CDATA section starting at b[i] ends (its "]]>"), or 0. */
static inline size_t cdata_end(const unsigned char *b, size_t le, size_t i)
{
	const unsigned char *e;

	if (i + 9 > le || memcmp(b + i, "<![CDATA[", 9))
		return 0;
	e = kh_memmem(b + i + 9, le - i - 9, "]]>", 3);
	return e ? (size_t)(e - b) : 0;
}

/*
 * Whether the line b[ls..le) holds, case aside, a word a credential's name
 * needs: one of credential_name()'s (key, token, secret, pass, pw, auth,
 * cred, salt, pepper, cookie, a "pat" tail) or telling_tail()'s own (WIFI_PSK, a PIN, an
 * SNMP community). A reader whose every pair is named from its line, through
 * credential_name() or telling_tail(), finds none on a line without one: most lines a
 * provider's keyword sends (signature, slack, apple) hold none. Such readers (apart_line,
 * hidden_name_line, code_shape_line, code_glue_line, any_glue_line and kh_shape_line's
 * name cases) must keep to that: a pair named any other way goes in another reader.
 */
static inline int credential_words(const unsigned char *b, size_t ls, size_t le)
{
	return next_credential_word(b, ls, le) < le;
}

#endif
