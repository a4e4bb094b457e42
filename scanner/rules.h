/*
 * rules.h - rule sets: loaded from JSON (the JSON files in patterns/, embedded at build
 * time, plus user files), compiled once, read-only afterwards. A scan takes the
 * built-in rules from the rule image instead: the same rules as loaded from
 * patterns/ by the build (tools/rules_image.c), as C data, so start-up parses
 * no JSON.
 */
#ifndef KH_RULES_H
#define KH_RULES_H

#include <stddef.h>
#include <stdint.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "validate.h"

struct kh_vspec;
struct kh_partner_spec;

enum kh_severity { KH_SEV_LOW, KH_SEV_MEDIUM, KH_SEV_HIGH, KH_SEV_CRITICAL };

#define KH_RULE_FILE_MAX (4u << 20) /* a rule file is small; refuse giants */

struct kh_example {
	char *text;
	char *path;   /* file name to scan it as; "example.txt" by default */
	char *secret; /* expected secret, or NULL */
};

/* A rule's "placeholder_check": off (false); placeholders and names of
 * code (true, the default); or placeholders only where the values are
 * passwords people choose ("passwords": NexusDeploy2024 is words and a
 * year, not code, when it holds a digit or a mark). */
enum {
	KH_PLACEHOLDERS_OFF = 0,
	KH_PLACEHOLDERS_ON = 1,
	KH_PLACEHOLDERS_PASSWORDS = 2,
};

/*
 * The rule image as tools/rules_image.c writes it: offsets, not pointers,
 * so a position-independent binary has nothing of it to relocate at start
 * (the pointers' 20,000 relocations wrote 361 KB at every run) and reads
 * only the pages a run touches. Strings are offsets into
 * kh_image_strings (KH_IMAGE_NONE: NULL); a rule's keywords and then its
 * paths are kh_image_lists[lists..], each a string's offset. Its regex
 * compiled at build time: what pcre2_serialize_encode() gave for it is
 * kh_image_code[0..kh_image_code_head) (PCRE2's header and character
 * tables, the same for every rule, stored once) followed by
 * kh_image_code[code..code + ncode) (ncode 0: none). rules.c makes struct
 * kh_rules of it.
 */
#define KH_IMAGE_NONE UINT32_MAX
struct kh_image_rule {
	uint32_t id, description, remediation, provider, source_file, regex,
		validator_name, verifier, match_holds, match_contains, match_starts,
		verify_json, partner_json;
	uint32_t lists, nkeywords, npaths;
	uint32_t code, ncode;
	uint32_t max_span;
	uint32_t value_least; /* kh_rule.value_least, read at build time */
	double min_entropy;
	uint8_t severity, keywords_match_case, placeholder_check, secret_percent,
		decoded_only;
};
extern const struct kh_image_rule kh_image_rules[];
extern const size_t kh_image_rules_count, kh_image_lists_count, kh_image_code_head;
extern const char kh_image_strings[];
extern const uint32_t kh_image_lists[];
extern const unsigned char kh_image_code[];

#define KH_START_WORDS 16 /* words of a "match_starts" at most */

struct kh_rule {
	char *id, *description, *remediation, *provider, *source_file;
	enum kh_severity severity;
	char *regex;
	char **keywords;
	size_t nkeywords;
	int keywords_match_case; /* keywords compared in their case */
	/* runs on decoded text only (decode.c's layers): the form it reads
	 * is written encoded, and plain it is another tool's */
	int decoded_only;
	char **paths; /* globs: the rule runs only on files they name (path_rules.h) */
	size_t npaths;
	double min_entropy;
	size_t max_span; /* how far (bytes) a match may reach from a keyword */
	/* bytes one of which every match holds ("=:" for a name and its
	 * value), or NULL: text without any is not searched */
	char *match_holds;
	/* text every match holds in its case ("::" for a Hiera key), or
	 * NULL: text without it is not searched */
	char *match_contains;
	/* "N word word ...": a match starts at its line's start, or at most N
	 * bytes before one of the words (in any case) it holds; NULL: not
	 * known. A keyword's window is searched from those places only. */
	char *match_starts;
	/* KH_PLACEHOLDERS_*: what the placeholder check drops */
	int placeholder_check;
	/* "secret_encoding": "percent": the secret is written percent-encoded
	 * (a URL's user info) and reported decoded, as its server reads it */
	int secret_percent;
	char *validator_name, *verifier;
	struct kh_vspec *vspec;		 /* the "verify" block, or NULL (verify_spec.h) */
	struct kh_partner_spec *partner; /* the "partner" block, or NULL (pair.h) */
	kh_validator_fn validator;
	struct kh_example *examples, *negatives;
	size_t nexamples, nnegatives;
	pcre2_code *code; /* NULL until compiled (built-in rules: on first use) */
	unsigned secret_group;
	int builtin; /* embedded, tested by `rules --check`: compiled lazily */
	/* A rule of the image: its strings and lists are the image's (never
	 * freed), and its "verify" and "partner" blocks wait as JSON text
	 * until kh_rule_compile (or kh_rule_vspec, kh_rule_partner) parses
	 * them: most scans never need them. NULL once parsed. */
	int image;
	const char *verify_json, *partner_json;
	/* An image rule's compiled regex, kh_image_code[code_at..code_at +
	 * ncode) (ncode 0: none): kh_rule_compile decodes it instead of
	 * compiling (unless this PCRE2 is not the build's). */
	uint32_t code_at, ncode;
	/* Set by kh_rule_compile: a provider's rule that reads its value
	 * after a name (its regex does not start with the secret), whose
	 * values under an identifier's name (KEY_ID, serverId) it refuses. */
	int named_value;
	/* Set by kh_rule_compile for a generic rule with match_holds (a name,
	 * then `=` or `:`, then its value): the least bytes of its `secret`
	 * group, read from the regex, which follow a byte of match_holds on
	 * the match's line (0: not known). Beside named_value: no more room. */
	uint32_t value_least;
	/* Set by kh_rule_compile: every match holds run_len bytes in a row of
	 * run_set (a bitmap of bytes, letters in both cases), read from the
	 * `secret` group's classes ([0-9a-f]{64}); 0: nothing known. */
	uint64_t run_set[4];
	size_t run_len;
	/* Set by kh_rule_compile from match_starts: N, the first bytes of its
	 * words in both cases (all 0: none, or PCRE2's `^` is not LF's), and
	 * where in match_starts each word is and how long */
	size_t starts_within;
	uint64_t starts_first[4];
	unsigned char starts_at[KH_START_WORDS], starts_len[KH_START_WORDS];
	size_t starts_nwords;
	/* What of it shape.c's trigger reads (kh_shape_trigger_kind), set
	 * whenever its provider or keywords change (rules.c), not walked a
	 * hit: 2 a generic rule, 1 a provider's rule whose keywords all have
	 * 4 bytes or more (they name its secret), else 0. */
	int trigger_kind;
};

/* A rule file of patterns/ embedded in the binary (tools/embed.c): its
 * name and its bytes (NUL-terminated) at these offsets of
 * kh_embedded_bytes. */
struct kh_embedded_file {
	uint32_t name, data, len;
};
extern const char kh_embedded_bytes[];
extern const struct kh_embedded_file kh_embedded_rules[];
extern const size_t kh_embedded_rules_count;

struct kh_ruleset {
	struct kh_rule *v;
	size_t n;
	/* ids to positions + 1 (0: free slot), open addressing, a power of two
	 * long; loading 400 rules looks each id up once (kh_rule_find) */
	size_t *index, index_cap;
	/* the image rules' keyword and path lists (kh_image_lists as
	 * pointers), or NULL */
	char **image_lists;
};

/*
 * Adds the rules of one JSON document to rs; a rule whose id exists replaces
 * it. `origin` names the document in errors. Returns 0, or -1 with a
 * one-line message naming origin and rule in err.
 */
int kh_rules_load_json(struct kh_ruleset *rs, const char *json, size_t len,
		       const char *origin, char *err, size_t errlen);
/* Loads the built-in rules into rs, which must be empty. `with_examples`
 * (`rules --check`): from the rule files embedded in the binary, with their
 * examples and negative examples; else from the rule image (no JSON parsed,
 * no examples). */
int kh_rules_load_builtin(struct kh_ruleset *rs, int with_examples, char *err,
			  size_t errlen);
/* 1 when rs holds the rule image's rules, in its order, with its
 * keywords: what the build's keyword tables were made for (rules
 * selected, replaced or added by the user: 0). */
int kh_rules_are_image(const struct kh_ruleset *rs);
/* Reads and loads a user rule file (bounded size). */
int kh_rules_load_file(struct kh_ruleset *rs, const char *path, char *err, size_t errlen);
/*
 * Keeps only the rules to run: those named in `enable` (all when it is
 * empty), less those in `disable`, of severity min_severity or more. The
 * lists hold ids or comma-separated ids; an id that names no rule is an
 * error (a typo must not turn a rule off silently, or leave it on).
 * Returns 0, or -1 with a message in err.
 */
int kh_rules_select(struct kh_ruleset *rs, const char *const *enable, size_t nenable,
		    const char *const *disable, size_t ndisable, int min_severity,
		    char *err, size_t errlen);

/* Whether id is one of the ids of list[0..n) (each an id or a comma list
 * of ids, as --enable-rule and --disable-rule take them). */
int kh_rule_listed(const char *const *list, size_t n, const char *id);

/* Releases the rules whose remove[i] is set (remove has rs->n entries),
 * keeping the others in order. Returns how many were removed. */
size_t kh_rules_remove(struct kh_ruleset *rs, const unsigned char *remove);

/* Compiles the regex of every rule that is not built in, so a user's rule
 * file fails at start-up; built-in rules compile on first use. */
int kh_rules_compile(struct kh_ruleset *rs, char *err, size_t errlen);

/* Compiles one rule's regex if it is not yet, and parses the "verify" and
 * "partner" blocks an image rule still holds as text (idempotent; not
 * thread-safe: the engine calls it under its lock). Returns 0, or -1 with a
 * one-line message naming file and rule in err. */
int kh_rule_compile(struct kh_rule *r, char *err, size_t errlen);

/* The rule's "verify" / "partner" block, or NULL when it has none. An
 * image rule's is parsed here on first use (not thread-safe: for callers
 * outside the engine, which runs kh_rule_compile first). */
const struct kh_vspec *kh_rule_vspec(const struct kh_rule *r);
const struct kh_partner_spec *kh_rule_partner(const struct kh_rule *r);

/* An upper bound of the rule's capture groups, known before it is
 * compiled (for sizing match data). */
unsigned kh_rule_max_captures(const struct kh_rule *r);
/* A rule of the generic provider (generic-secret and its kin). */
int kh_rule_is_generic(const struct kh_rule *r);
/* A rule that says only what kind of value it found: a generic rule, or a
 * path rule (a .netrc's password). Where a provider's rule reports the same
 * place, that finding says more and is kept instead. */
int kh_rule_kind_only(const struct kh_rule *r);
/* A rule whose format cannot vouch for a value by itself (a generic rule,
 * or a provider's rule read after a name: 32 hex, a UUID), so the words
 * around the value judge it too (a comment calling it a sample). */
int kh_rule_needs_words(const struct kh_rule *r);
/* How specific a rule's finding is, for findings on the same span: 0 a
 * provider's format, 1 a path rule (the file says what the value is),
 * 2 a generic rule (only the name around it does). KH_RULE_RANKS ranks. */
enum { KH_RULE_RANKS = 3 };
int kh_rule_rank(const struct kh_rule *r);
/*
 * The fixed texts a rule's secret starts with, read from the start of its
 * regex's `secret` group: literal characters, small classes ([pousr]) and
 * groups of literal alternatives ((?:live|test)), expanded; up to the
 * first other construct. Only those that hold one of the rule's keywords
 * (so the rule has seen every value that starts so) and are marked enough
 * to start no other value: 4 bytes or more, or 3 ending in a mark (hf_,
 * SG.). Writes up to max of them into out; returns how many.
 */
enum { KH_TOKEN_PREFIX_MAX = 31 };
size_t kh_rule_token_prefixes(const struct kh_rule *r,
			      char (*out)[KH_TOKEN_PREFIX_MAX + 1], size_t max);
/* The built-in rules' token prefixes, sorted, NULL-terminated: made by the
 * build (tools/rules_image.c) with kh_rule_token_prefixes. */
extern const char *const kh_token_prefixes[];

/*
 * A format its provider publishes (a publishable key, an app's or key's
 * id, a shop's domain): a value that has it is no secret, whatever name it
 * is under. Data: the "public_formats" list of a rule file
 * (patterns/public.json), checked by the loader and made into
 * kh_public_formats[] by the build (tools/rules_image.c). A value has the
 * format when it starts with `prefix`, ends with `suffix`, is `length`
 * bytes long when that is not 0, and what lies between is of `body`.
 */
enum kh_public_body {
	KH_BODY_ANY,	     /* anything */
	KH_BODY_HEX,	     /* 0-9 a-f A-F */
	KH_BODY_ALNUM,	     /* letters and digits */
	KH_BODY_UPPER_DIGIT, /* A-Z 0-9 */
	KH_BODY_HOST	     /* a-z 0-9 - . (a host name's labels) */
};
struct kh_public_format {
	const char *prefix, *suffix;
	unsigned length;
	enum kh_public_body body;
};
/* Checks a rule file's "public_formats" list (NULL: none). 0, or -1 with a
 * message naming origin and the entry in err. On success, with out not
 * NULL, fills out[0..*n) (at most max) with the entries, which point into
 * the cJSON tree. */
struct cJSON;
int kh_public_formats_load(const struct cJSON *list, const char *origin,
			   struct kh_public_format *out, size_t max, size_t *n, char *err,
			   size_t errlen);
/* The built-in formats, ending with a NULL prefix and suffix. */
extern const struct kh_public_format kh_public_formats[];
/* Whether s[0..n) has one of the built-in public formats. */
int kh_is_public_format(const unsigned char *s, size_t n);

/*
 * A call whose signature puts a secret at a known place: a login's
 * password after its user (ArcGIS's GIS(url, user, pw), cx_Oracle's
 * connect(user, pw, dsn)), an SDK's key (AzureNamedKeyCredential(name,
 * key)), an HMAC key or a JWT signing secret. Data: the "secret_calls"
 * list of a rule file (patterns/sdkcalls.json), checked by the loader,
 * which adds each call's last word and its '(' to generic-secret's
 * keywords, and made into kh_secret_calls[] by the build
 * (tools/rules_image.c). `call` is the callee's end as written (case
 * counts; a leading '.', ':' or "->" says a method of any object, else
 * no identifier's byte stands before it); `arg` the secret's place among
 * the positional arguments (from 0; KH_CALL_NONE: by keyword only);
 * `user` who logs in (KH_CALL_NONE: none), a place the call must reach;
 * `most` the most positional arguments it takes (KH_CALL_NONE: any; more
 * say another signature, as a port where the user goes does);
 * `keyword` the keyword argument that takes the secret (NULL: none); `name`
 * the layer's name for it (one with "password" is judged as a password).
 */
enum { KH_CALL_NONE = 255, KH_CALL_ARG_MAX = 15 };
struct kh_secret_call {
	const char *call, *keyword, *name;
	unsigned char n, arg, user, most;
};
/* Checks a rule file's "secret_calls" list (NULL: none) as
 * kh_public_formats_load checks its list, and fills out[0..*n) the same
 * way (pointing into the cJSON tree). */
int kh_secret_calls_load(const struct cJSON *list, const char *origin,
			 struct kh_secret_call *out, size_t max, size_t *n, char *err,
			 size_t errlen);
/* The built-in calls, ending with a NULL call, in buckets of their last
 * two bytes (file order within one): bucket k, kh_secret_call_bucket() of
 * them, is kh_secret_calls[kh_secret_call_index[k]] up to
 * kh_secret_calls[kh_secret_call_index[k + 1]]. */
extern const struct kh_secret_call kh_secret_calls[];
extern const unsigned short kh_secret_call_index[257];
static inline unsigned kh_secret_call_bucket(unsigned char prev, unsigned char last)
{
	return (unsigned char)(last + 31u * prev);
}

/* The rule with this id, or NULL. */
const struct kh_rule *kh_rule_find(const struct kh_ruleset *rs, const char *id);
void kh_ruleset_release(struct kh_ruleset *rs);

const char *kh_severity_name(enum kh_severity s);
/* "low", "medium", "high" or "critical" into *out. Returns 0, or -1. */
int kh_severity_parse(const char *s, enum kh_severity *out);

#endif
