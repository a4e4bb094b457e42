/*
 * shape.h - names held apart from their values: XML attributes and
 * elements, key/value objects, SDK and env-fallback arguments, CLI flags
 * and `set` commands, connection strings, Terraform defaults, CSV rows and
 * tables, SQL inserts, YAML parents, INI sections, HTTP headers (in logs
 * too) and passwords handed to commands. Each pair found becomes a
 * `name = "value"` line of a layer (layer.h) whose value points back at
 * the source, so the rules' own name-value patterns see it.
 */
#ifndef KH_SHAPE_H
#define KH_SHAPE_H

#include <stddef.h>

#include "layer.h"

/*
 * Whether the keyword of a rule of kind `kind` ending at b[last] marks a
 * line worth a look: a provider's name (not a token prefix), a command
 * that hands over a credential (curl, login, NetworkCredential,
 * Authorization), or a generic name held apart from its value (<apiKey>,
 * ('api_key', ...)). The kind is the rule's trigger_kind (rules.h, set at
 * load: 0 or 1, a provider's rule whose keywords do not or do name its
 * secret, "hubspot", "AccountKey", not a token's fixed prefix, "sk",
 * "hf_", which a rule finds wherever it stands; 2, a generic rule, whose
 * words are everywhere in code): rules of one kind get one answer at one
 * position.
 */
int kh_shape_trigger(int kind, const unsigned char *b, size_t len, size_t last);

/*
 * Whether the keyword b[ks..ke) of a provider's rule of kind 1 stands
 * inside a longer C name (c_bearer, napi_schedule, xfrm_auth) too short to
 * be a token, with no value after it: its line needs no shaping for it
 * (decode.c asks before kh_shape_trigger; see doc/performance.md, "Wave
 * 39: prefix39").
 */
int kh_shape_name_inside(const unsigned char *b, size_t len, size_t ks, size_t ke);

/*
 * Appends to l a `name = "value"` line for every pair held apart on the
 * line b[ls..le) of b[0..len) (and the lines around it that its shape
 * spans: a YAML block, an INI section, a continued command). Returns 0,
 * or -1 when out of memory.
 */
int kh_shape_line(const unsigned char *b, size_t len, size_t ls, size_t le,
		  struct kh_layer *l);

/* Whether the literal closing at b[end] (or just before it) is continued
 * by a concatenation, on its line or the next (shape_split.c): a finding
 * there may be a first piece of the joined value. */
int kh_split_continues(const unsigned char *b, size_t len, size_t end);

/* Whether the line starting at b[ls] may begin such a value: it ends in an
 * operator, a quote, `(` or `=`, and a literal, a word, opens the next
 * (build_layer() asks once a line, of lines no keyword's trigger took). */
int kh_split_named(const unsigned char *b, size_t len, size_t ls);

/*
 * Whether path names a config file (by its extension, its name or a
 * directory named for settings), whose every line kh_shape_config()
 * reads as a name and a value.
 */
int kh_shape_config_path(const char *path);

/*
 * Whether the text b[0..len) is a config file by its first lines (a
 * network device's or a routing daemon's, saved under any name), to be
 * read as kh_shape_config() reads a config path's.
 */
int kh_shape_config_text(const unsigned char *b, size_t len);

/*
 * What kind of file path names for the logins written in it with no
 * credential's word (shape_logins.c): notes, mail, calendars and chats'
 * exports, whose `user / password` lines are read; a file named for the
 * logins it lists (Wi-Fi.txt, passwords.txt, *.password), whose every
 * `name  password` line is; or none.
 */
enum {
	KH_LOGIN_FILE_NONE,
	KH_LOGIN_FILE_NOTES,
	KH_LOGIN_FILE_LIST,
	KH_LOGIN_FILE_SHEET,
	KH_LOGIN_FILE_ODS,
	KH_LOGIN_FILE_HASHES /* mosquitto.passwd, .htpasswd: its comments' logins */
};
int kh_shape_login_file(const char *path);

/*
 * Appends to l a `password = "value"` line for each login of the file
 * b[0..len) of that kind. Returns 0, or -1 when out of memory.
 */
int kh_shape_logins(const unsigned char *b, size_t len, int kind, struct kh_layer *l);

/*
 * Appends to l a `name = "value"` line for every pair of the config file
 * b[0..len) whose name says credential and that the rules would not read
 * as written: blanks as the separator, lists, triple quotes, an env
 * lookup's default, a qualified key or a salt, auth's user:password.
 * Returns 0, or -1 when out of memory.
 */
int kh_shape_config(const unsigned char *b, size_t len, struct kh_layer *l);

/*
 * kh_shape_config() on the one line b[at..ce) of b[0..len) (a config
 * file's line quoted in other text: a diff's, a comment's). Returns 0, or
 * -1 when out of memory.
 */
int kh_shape_config_line(const unsigned char *b, size_t len, size_t at, size_t ce,
			 struct kh_layer *l);

/*
 * Appends `<b[ns..ne)><suffix> = "<b[vs..ve)>"` to l when the value is
 * worth a rule's look (context.c's names). Returns 0, or -1 when out of
 * memory.
 */
int kh_shape_emit_as(struct kh_layer *l, const unsigned char *b, size_t ns, size_t ne,
		     const char *suffix, size_t vs, size_t ve);

/* Whether the name s[0..n) says it holds a credential (AccountKey,
 * storage_password, api-token, credentials, DB_PW, a `pat`), not an
 * id's name (shape_names.c). */
int credential_name(const unsigned char *s, size_t n);

/* Words after a credential's name that say which of its copies the value
 * is (apiKeyProd, API_KEY_OLD, password_backup, tokenStaging): a stage, an
 * age, a role (shape_words.c; context.c reads them after a provider's
 * credential too). NULL-ended. */
extern const char *const kh_copy_words[];

/* The length of the name s[0..n) without the copy words (kh_copy_words, at
 * most two) that follow its credential's word (apiKeyProd: apiKey;
 * clientSecretDevOnly: clientSecret), or n when it has none. */
size_t copy_name_end(const unsigned char *s, size_t n);

/*
 * The value a provider's name spelled at b[ws..we) on the line b[ls..le)
 * hands over in code's own syntax (context.c puts it under the
 * provider's name): the first string argument of a call the name begins
 * (ZoomClient("…"), Zoom::Client.new('…'), zoom.NewClient("…"), or a
 * named one that says credential: ZoomClient(token: "…")); the last
 * element of a tuple or list it begins (("zoom", "ops", "…"),
 * ['zoom', '…'], [zoom, ops, '…']); the value of a flag named for it
 * (--zoom-auth "…") or of a command's credential flag (zoom-cli login
 * --with-token …); a call's arguments on the lines below its '(' (b
 * holds len bytes). Its place in [*vs, *ve): 1, or 2 when it is the last
 * of a run of string arguments, a client's secret by position
 * (Twilio(sid, token)); 0 when none.
 */
int kh_shape_spot_value(const unsigned char *b, size_t len, size_t ls, size_t le,
			size_t ws, size_t we, size_t *vs, size_t *ve);

/*
 * The brackets around b[off] (b holds len bytes) when they open on a line
 * above it and close below within a folded call's bounds (shape_fold.c):
 * a multi-line call's, struct literal's or object's. The opener's line
 * start in *from, the closer's end in *to: 1; 0 when none, -1 when out of
 * memory. A pair's partner may stand anywhere between.
 */
int kh_fold_around(const unsigned char *b, size_t len, size_t off, size_t *from,
		   size_t *to);

#endif
