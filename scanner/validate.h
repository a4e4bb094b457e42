/*
 * validate.h - structural checks on a candidate secret, done offline.
 *
 * A validator looks at one candidate (the secret and the buffer around it)
 * and returns a verdict; it may add offline facts ("hublet", "expires_at",
 * "expired", "account", ...) to the `facts` object, which becomes the
 * finding's "validation" object. The caller owns `facts`.
 */
#ifndef KH_VALIDATE_H
#define KH_VALIDATE_H

#include <stddef.h>
#include <time.h>

#include <cjson/cJSON.h>

enum kh_structure {
	KH_STRUCT_UNCHECKED, /* no structure to check */
	KH_STRUCT_VALID,     /* the structure checks out */
	KH_STRUCT_INVALID,   /* reported, but marked "invalid" */
	KH_STRUCT_REJECT     /* not a secret at all: drop the candidate */
};

struct kh_candidate {
	const char *path;	  /* reported file name, or NULL */
	const unsigned char *buf; /* the whole buffer being scanned */
	size_t len;
	size_t match_start, match_end;	 /* the regex match, byte offsets */
	size_t secret_start, secret_end; /* the secret inside it */
	time_t now;			 /* "now" for expiry checks */
	/* where a validator says what the value's own place is, an enum
	 * kh_context (finding.h): a URL's password at a documentation host is
	 * an example's. NULL where nobody asks (kh_candidate_set_context). */
	unsigned char *context;
};

/* A validator's say on the finding's context (enum kh_context), for the
 * caller that asked through c->context. */
static inline void kh_candidate_set_context(const struct kh_candidate *c, unsigned ctx)
{
	if (c->context)
		*c->context = (unsigned char)ctx;
}

typedef enum kh_structure (*kh_validator_fn)(const struct kh_candidate *c, cJSON *facts);

/* Returns the validator called `name`, or NULL when there is none. */
kh_validator_fn kh_validator_find(const char *name);

/* Shannon entropy of s[0..len) in bits per byte (0 for len 0). */
double kh_entropy(const unsigned char *s, size_t len);

/*
 * Returns 1 when the secret looks like a placeholder or documentation value
 * (YOUR_KEY, xxxx, <...>, ${VAR}, process.env.X, changeme, EXAMPLE, long runs
 * of one character, all-zero UUIDs), or is base64 of one or of a name of
 * code, 0 otherwise. `chosen`: the rule's values are passwords people
 * choose, so base64 of words with a digit or a mark is not a name.
 */
int kh_is_placeholder(const unsigned char *s, size_t len, int chosen);

/*
 * Whether s[0..len) holds a tag's or a template's angle brackets
 * (<password>, <%= x %>, <?php, </a>, <<EOF, ->, =>): a `<` opening a
 * mark, or words that a `>` closes. A generated password's lone
 * `<` or `>` among its marks is none.
 */
int kh_has_angle_template(const unsigned char *s, size_t len);

/* 1 when s[0..len) holds a byte that is not an ASCII letter. */
int kh_has_non_letter(const unsigned char *s, size_t len);
/* Whether s[0..len) holds a digit (validate.c). */
int kh_has_digit(const unsigned char *s, size_t len);
/* A keyboard walk with a capital, a digit and a mark (Asdfgh!2025): a
 * weak password a policy let through. */
int kh_is_policy_walk(const unsigned char *s, size_t len);

/*
 * Returns 1 when s[0..len) is a name from code, not a secret: camelCase
 * words, acronyms and small numbers (shrinkPaddedLEB128,
 * GetAuthTokenResponseBody), as minified bundles and source maps put them
 * beside credential-like names (validate_generic.c); 0 otherwise.
 */
int kh_is_code_words(const unsigned char *s, size_t len);

/* Whether s[0..n) ends in the word of a service or an account a password
 * logs in to (smtp, db, ldap, root: shape_names.c). */
int kh_ends_in_login_service(const unsigned char *s, size_t n);
/* Whether s[0..len), shorter than 16, holds a word samples and defaults
 * are made of (passw, secret, admin, changeme...), read through the usual
 * substitutions (s3cr3t, P@ssw0rd) (validate_generic.c). */
int kh_has_sample_word(const unsigned char *s, size_t len);

/* Whether s[0..len) is a season's or a month's word and its year, maybe a
 * name before it and marks and a word after it (Winter2021#weir,
 * Fabrikam-Winter2026, Oct13@2023): a password people set, not a sample
 * though its season is a sample's word. */
int kh_is_season_year(const unsigned char *s, size_t len);

/* Whether s[0..len) is letters alone, 8 or more, their cases scrambled
 * (zcpBlNpU, HriPLyhJayHTXbywuj): two case-words at least past the first
 * that no name would hold (of one or two letters, or unspoken). */
int kh_is_scrambled_letters(const unsigned char *s, size_t len);
/* Whether s[0..len) is a password by its look alone, where no name vouches
 * for it (notes' `user / password`): a person's joined words with a number
 * and a mark, or a generator's mix (validate_generic.c). */
int kh_is_unnamed_password(const unsigned char *s, size_t len);
/* How often the letters and digits of s[0..n) change between lower case,
 * upper case and digits, a word's capital aside (hopu7eQ4Zr: five;
 * Windows11: one): a generator's mix changes often. */
size_t kh_class_changes(const unsigned char *s, size_t n);
/* Whether s[0..len) looks generated, as a token a sentence gives bare
 * must (shape_prose.c): 16 or more of a token's characters, letters and
 * digits, not hex nor words of code (validate_generic.c). */
int kh_is_generated_token(const unsigned char *s, size_t len);
/* Whether s[0..len) is a password spelt in substitutions that starts with
 * its `$` ($k1ngf1sh3r#), not a variable (validate_generic.c). */
int kh_is_dollar_leet(const unsigned char *s, size_t len);
/* $words_words123: a password shaped as a variable (validate_generic.c) */
int kh_is_dollar_words_number(const unsigned char *s, size_t len);
/* Whether s[0..len) is a passphrase of 4 to 8 ordinary words joined by
 * '-' (polar-ambient-lighthouse-walrus), no name of code or a resource's
 * (validate_generic.c). */
int kh_is_dashed_passphrase(const unsigned char *s, size_t len);
/* Whether s[0..len) looks generated in both cases: 20 to 64 letters and
 * digits, lower case, capitals and two digits at least (validate_generic.c). */
int kh_is_mixed_case_key(const unsigned char *s, size_t len);

/* Whether needle (lower case) stands in s[0..len), any case; with
 * `bounded`, only as a word of its own (an edge, punctuation, a digit next
 * to letters or a change of case on each side). */
int kh_contains_ci(const unsigned char *s, size_t len, const char *needle, int bounded);

/* Whether a folded name (pusherkey, amplitudeapikey) ends in the name of a
 * key its provider publishes, made for browsers and apps. */
int kh_names_public_key(const char *name, size_t n);
/* Whether a name on b[from..to) other than the one at b[self] starts with
 * the product's word b[ws..we) and names a secret or a token (GA_SECRET_KEY
 * beside GA_GAME_KEY, trello_token beside trello_key, livekit-api-secret
 * beside livekit-api-key): the key is its pair's public half. */
int kh_names_secret_sibling(const unsigned char *b, size_t from, size_t to, size_t self,
			    size_t ws, size_t we);

/* Whether the name before a value, buf[ns..vs), ends in a word that says
 * the value is a sample (api_key_sample, appCertificateExample). */
int kh_names_sample(const unsigned char *buf, size_t ns, size_t vs);

/* Whether the value at buf[vs] stands on a comment line whose words before
 * it call it a sample or an example (`# docs sample for x: v`, `// example:
 * key = v`): documentation's copy, as a name ending in _SAMPLE is. */
int kh_comment_calls_sample(const unsigned char *buf, size_t vs);

/*
 * Whether the text around the value buf[vs..ve) says it is no live
 * secret (validate_dead.c): a digest of a key its name or note calls one
 * (`key_sha256`, `# sha256 of the token`), or a key its note or sentence
 * calls revoked, deactivated, not in use, or old and changed, and a
 * ciphertext by its marker (ENC(...), ENCRYPTED[...]).
 * Reads the value's line, the line above and the sentence after it.
 */
int kh_text_calls_dead(const unsigned char *buf, size_t len, size_t vs, size_t ve);

/* Whether the bare value buf[vs..ve) is the type a declaration gives a
 * typed name (`PW: UTF8String;`, `property Password : UTF8String read`),
 * as Pascal, Ada, Swift and TypeScript write them (validate_generic.c). */
int kh_is_declared_type(const unsigned char *buf, size_t len, size_t vs, size_t ve);

/*
 * Whether the value buf[vs..ve), named just before it (from ns on), is an
 * access key whose secret sibling is assigned within a few lines of
 * buf[0..len) (access_key beside secret_key): the id of its pair. Shapes
 * copy no such pair; the generic rule would not report it where it stands.
 */
int kh_is_id_of_pair(const unsigned char *buf, size_t len, size_t ns, size_t vs,
		     size_t ve);

/* Name of a structure verdict as printed in reports. */
const char *kh_structure_name(enum kh_structure s);

/*
 * Decodes unpadded base64url (or standard base64) text into out[0..cap).
 * Returns the number of bytes written, or -1 on an invalid character or
 * when the output would not fit.
 */
long kh_base64_decode(const unsigned char *in, size_t len, unsigned char *out,
		      size_t cap);

/* A value under a credential's name (the generic rule): rejected unless
 * random enough for its alphabet, and no id, name or URL
 * (validate_generic.c). */
enum kh_structure kh_validate_generic(const struct kh_candidate *c, cJSON *facts);
enum kh_structure kh_validate_password(const struct kh_candidate *c, cJSON *facts);
/* The generic rules' own: a password a person chose (words joined, a
 * number) under a password's name in a literal; names of code refused. */
enum kh_structure kh_validate_named_password(const struct kh_candidate *c, cJSON *facts);
/* Words with blanks under a password's name (Otter willow maple 7), not
 * prose or a label (validate_generic.c). */
enum kh_structure kh_validate_passphrase(const struct kh_candidate *c, cJSON *facts);
enum kh_structure kh_validate_named_secret(const struct kh_candidate *c, cJSON *facts);
/* Rules whose place makes the value a password: the same chosen passwords
 * kept, whatever the name. */
enum kh_structure kh_validate_place_password(const struct kh_candidate *c, cJSON *facts);
enum kh_structure kh_validate_place_generic(const struct kh_candidate *c, cJSON *facts);
enum kh_structure kh_validate_place_command(const struct kh_candidate *c, cJSON *facts);
/* ... other values judged as generic_password judges them (from 16
 * characters on, as generic_value does without a sample word) ... */
enum kh_structure kh_validate_place_generic_password(const struct kh_candidate *c,
						     cJSON *facts);
/* ... or as generic_password judges them at any length (a URL's password
 * at a documentation host: only a strong one). */
enum kh_structure kh_validate_place_strong_password(const struct kh_candidate *c,
						    cJSON *facts);
enum kh_structure kh_validate_answer_password(const struct kh_candidate *c, cJSON *facts);
enum kh_structure kh_validate_setting(const struct kh_candidate *c, cJSON *facts);
/* A secret a daemon's file holds by its place: no sample word, hash or run. */
enum kh_structure kh_validate_daemon_secret(const struct kh_candidate *c, cJSON *facts);
/* Decodes s[0..n)'s %XX escapes of printable bytes (p%40ss: p@ss) into
 * out[0..cap), which may be s itself; returns the length written
 * (decode.c: the decoder's own percent-encoding). */
size_t kh_percent_decode(const unsigned char *s, size_t n, unsigned char *out,
			 size_t cap);
/* Whether b[i] (of len) starts a %XX escape the decoder makes a decoded
 * copy of its line for: a printable byte's other than a letter's or a
 * digit's (%2F, %3d; not a password's own %73, nor %0A or %C3, which no
 * copy decodes). The judges ask it too: a value it finds in is still
 * encoded, and the copy holds the secret (decode.c). */
int kh_percent_escape(const unsigned char *b, size_t len, size_t i);
/* A URL's password: at a documentation host (db.example, example.com) a
 * strong one only, in the example context and with the fact "host":
 * "documentation" (validate_url.c). */
enum kh_structure kh_validate_url_password(const struct kh_candidate *c, cJSON *facts);

/* HubSpot validators (validate_hubspot.c). */
enum kh_structure kh_validate_hubspot_pak(const struct kh_candidate *c, cJSON *facts);
enum kh_structure kh_validate_hubspot_hublet(const struct kh_candidate *c, cJSON *facts);
enum kh_structure kh_validate_hubspot_oauth(const struct kh_candidate *c, cJSON *facts);

/*
 * When c->path names a HubSpot CLI config file (hubspot.config.yml/.yaml,
 * archived.hubspot.config.yml, .hscli/config.yml), adds "account":
 * {"name", "id", "auth_type"} for the portals:/accounts: entry that holds the
 * match, as far as the entry says. Does nothing for other files.
 */
void kh_hubspot_config_annotate(const struct kh_candidate *c, cJSON *facts);
/* 1 when path names a file the HubSpot CLI writes account entries to. */
int kh_hubspot_cli_config(const char *path);

/* Web3 wallet secrets (validate_web3.c): a BIP-39 mnemonic (every word
 * from the English list, 12 to 24 of them, its checksum), and the BIP-39
 * English wordlist it reads (bip39_english.c). */
#define KH_BIP39_WORDS 2048
/* the longest word's 8 letters and its NUL: an array of arrays, not of
 * pointers, which a PIE would relocate (2,048 of them) at every start */
#define KH_BIP39_WORD_SIZE 9
extern const char kh_bip39_english[KH_BIP39_WORDS][KH_BIP39_WORD_SIZE];
/* Whether w[0..n) is a word of that list. */
int kh_bip39_word(const unsigned char *w, size_t n);
/* validate_generic.c: whether google-app-password's value may stand under
 * the name its match starts with (a password's any, a key's, a token's or
 * a secret's random letters only). */
int kh_app_password_named(const struct kh_candidate *c);
/* Whether the four letters at g are a run, a repeat or a BIP-39 word: no
 * random group of an app password (validate_generic.c). */
int kh_app_password_group_filler(const unsigned char *g);
enum kh_structure kh_validate_bip39(const struct kh_candidate *c, cJSON *facts);
/* A defuse/php-encryption key: its SHA-256 checksum decides valid or
 * invalid (validate_defuse.c). */
enum kh_structure kh_validate_defuse_key(const struct kh_candidate *c, cJSON *facts);
/* Whether s[0..len) holds a mnemonic or private key that development
 * tools publish (Hardhat's, Anvil's, Ganache's, Truffle's accounts). */
int kh_is_published_wallet_secret(const unsigned char *s, size_t len);

#endif
