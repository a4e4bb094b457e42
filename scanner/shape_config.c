/*
 * shape_config.c - config files: every `name <sep> value` line.
 */
#include "shape_internal.h"

#include <ctype.h>
#include <pthread.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "text.h"
#include "util.h"
#include "validate.h"

/* ---- config files: every `name <sep> value` line ------------------------ */

/*
 * A config file's syntax (INI, properties, TOML, YAML, dotenv, HCL, a
 * daemon's `Directive value`, a Dockerfile's ENV) matters less than its
 * lines: a name, a separator (`=`, `:`, `:=`, `=>`, `<-` or blanks) and a
 * value. One reader takes them all and hands each pair whose last word
 * says credential to the generic rules as `name = "value"`, in words they
 * read; the rules' own checks judge the value.
 */

#define CONFIG_MAX_LINE	 1024 /* longer lines are data or minified code */
#define CONFIG_MAX_ITEMS 16

/* Whether path names a config file: its extension, a config file's own
 * name (.env*, a dotfile ending in rc, Dockerfile, Caddyfile, .htaccess),
 * a code file named for settings (config.py, celeryconfig.py,
 * settings.php) or any file under etc/, config/, conf/, conf.d/ or a web
 * server's sites-available/ and sites-enabled/. */
struct config_word {
	const char *s;
	size_t n;
};
#define CONFIG_WORD(w)           \
	{                        \
		w, sizeof(w) - 1 \
	}

/* Whether s[0..n) is one of words[] (case aside when fold). */
static int config_word_in(const char *s, size_t n, const struct config_word *words,
			  int fold)
{
	for (; words->s; words++)
		if (words->n == n &&
		    (fold ? equal_ci((const unsigned char *)s, words->s, n)
			  : !memcmp(s, words->s, n)))
			return 1;
	return 0;
}

static const struct config_word config_exts[] = { CONFIG_WORD("properties"),
						  CONFIG_WORD("conf"),
						  CONFIG_WORD("cfg"),
						  CONFIG_WORD("cnf"),
						  CONFIG_WORD("ini"),
						  CONFIG_WORD("toml"),
						  CONFIG_WORD("yaml"),
						  CONFIG_WORD("yml"),
						  CONFIG_WORD("env"),
						  CONFIG_WORD("hcl"),
						  CONFIG_WORD("tfvars"),
						  CONFIG_WORD("config"),
						  CONFIG_WORD("cf"),
						  CONFIG_WORD("json"),
						  CONFIG_WORD("plist"),
						  CONFIG_WORD("xml"),
						  CONFIG_WORD("dockerfile"),
						  CONFIG_WORD("htaccess"),
						  { NULL, 0 } };

/* config_exts[]' lengths and first letters, a bit each: most files'
 * extensions (.c, .h, .rst, .md) are out by a bit, not by the list */
static uint32_t ext_lens, ext_firsts;
static pthread_once_t exts_once = PTHREAD_ONCE_INIT;

static void exts_init(void)
{
	const struct config_word *w;

	for (w = config_exts; w->s; w++) {
		ext_lens |= 1u << w->n;
		ext_firsts |= 1u << (w->s[0] - 'a');
	}
}

/* Whether s[0..n) is a config file's extension (config_exts[], any case). */
static int config_ext(const char *s, size_t n)
{
	unsigned f = ascii_lower((unsigned char)s[0]) - 'a';

	pthread_once(&exts_once, exts_init);
	return n < 32 && (ext_lens >> n & 1) && f < 26 && (ext_firsts >> f & 1) &&
	       config_word_in(s, n, config_exts, 1);
}

int kh_shape_config_path(const char *path)
{
	static const struct config_word names[] = {
		CONFIG_WORD("dockerfile"), CONFIG_WORD("containerfile"),
		CONFIG_WORD("caddyfile"),  CONFIG_WORD("earthfile"),
		CONFIG_WORD(".htaccess"),  { NULL, 0 }
	};
	/* (their first bytes are dir_firsts below: a new one goes there too) */
	static const struct config_word dirs[] = { CONFIG_WORD("etc"),
						   CONFIG_WORD("config"),
						   CONFIG_WORD("conf"),
						   CONFIG_WORD("conf.d"),
						   CONFIG_WORD("sites-available"),
						   CONFIG_WORD("sites-enabled"),
						   { NULL, 0 } };
	/* the dirs' first bytes, modulo 64 (a constant: it was built from
	 * dirs[] at every call) */
	const uint64_t dir_firsts = (uint64_t)1 << ('e' & 63) |
				    (uint64_t)1 << ('c' & 63) | (uint64_t)1 << ('s' & 63);
	const char *base, *dot, *part, *slash;
	size_t k, n;

	if (!path)
		return 0;
	/* (one strlen() of the path, then back to its last '/') */
	n = strlen(path);
	base = memrchr(path, '/', n);
	base = base ? base + 1 : path;
	n -= (size_t)(base - path);
	dot = memrchr(base, '.', n);
	if (dot > base && config_ext(dot + 1, n - (size_t)(dot + 1 - base)))
		return 1;
	if (base[0] == '.' &&
	    ((!strncmp(base, ".env", 4) && (base[4] == '\0' || base[4] == '.')) ||
	     (n > 3 && !strcmp(base + n - 2, "rc"))))
		return 1;
	for (k = 0; names[k].s; k++)
		if ((base[0] | 0x20) == names[k].s[0] && n >= names[k].n &&
		    !strncasecmp(base, names[k].s, names[k].n))
			return 1;
	/* a device's saved config: startup-config, running-config, TFTP's
	 * router-confg, a RouterOS export */
	if (n > 7 && base[n - 1] == 'g' &&
	    (!strcmp(base + n - 7, "-config") || !strcmp(base + n - 6, "-confg")))
		return 1;
	if (dot > base && base[n - 1] == 'c' && !strcmp(dot, ".rsc"))
		return 1;
	/* settings written as code: the stem says so (Kconfig, a defconfig
	 * have no extension: the kernel's build, not settings) */
	if (dot > base && dot - base >= 6 &&
	    (((dot[-1] | 0x20) == 'g' && !strncasecmp(dot - 6, "config", 6)) ||
	     (dot - base >= 8 && (dot[-1] | 0x20) == 's' &&
	      !strncasecmp(dot - 8, "settings", 8))))
		return 1;
	/* a deep path's every directory is looked at: most are out at
	 * their first byte */
	for (part = path; part < base; part = slash + 1) {
		slash = strchr(part, '/');
		if ((dir_firsts >> ((unsigned char)*part & 63) & 1) &&
		    config_word_in(part, (size_t)(slash - part), dirs, 0))
			return 1;
	}
	return 0;
}

/* What a name's last word makes of its value, and how the pair is named
 * for the rules. */
enum config_name {
	CONFIG_NONE,
	CONFIG_PLAIN,	  /* password, api_key, token: the rules read it */
	CONFIG_SECRET,	  /* cookieValidationKey, security.salt: `_secret` */
	CONFIG_PASSWORD,  /* mailcow's DBROOT, pass beside a user: `_password` */
	CONFIG_USER_PASS, /* cloud.auth, basic_auth, creds: user:pass, [u, p] */
	CONFIG_PRODUCT,	  /* labelary.key: `_secret` when the value is generated */
};

/* The qualifiers the generic rules read before `key` (api_key). */
static const char *const key_qualifiers[] = { "api",	 "secret",     "app",
					      "master",	 "encryption", "signing",
					      "license", "private",    "access",
					      "account", "auth",       NULL };

/* The qualifiers that make a key a secret the rules' own words do not
 * name (encrypt.key, cookieValidationKey, jwt_key, session_key): a key of
 * any other kind may be public (a publishable, site, write or client
 * key) or a key's id beside its secret. */
static const char *const secret_qualifiers[] = {
	"encrypt", "crypt",   "crypto", "cipher",     "aes",	"hmac",
	"jwt",	   "session", "cookie", "validation", "shared", "admin",
	"server",  "root",    "token",	"storage",    "sas",	NULL
};

/* The words before .key that call it a key made public (a site's, a
 * browser's reCAPTCHA or map key), or no key of a product's. */
static const char *const public_qualifiers[] = { "public", "site",    "publishable",
						 "client", "browser", "sort",
						 "cache",  "routing", "partition",
						 NULL };

#define LOW3(p)                                                       \
	((uint32_t)((p)[0] | 0x20) | (uint32_t)((p)[1] | 0x20) << 8 | \
	 (uint32_t)((p)[2] | 0x20) << 16)
#define T3(a, b, c)    ((uint32_t)(a) | (uint32_t)(b) << 8 | (uint32_t)(c) << 16)
#define T4(a, b, c, d) ((uint32_t)(a) | T3(b, c, d) << 8)

/* Whether b[ns..end) ends in the last bytes of a word config_name_kind()
 * knows (lower-cased by | 0x20, which makes no letter of another byte). */
static int tail_word(const unsigned char *b, size_t ns, size_t end)
{
	uint32_t t3;

	if (end - ns < 3)
		return 0;
	t3 = LOW3(b + end - 3);
	if (t3 == T3('p', 'w', 'd') || t3 == T3('k', 'e', 'y'))
		return 1;
	if (end - ns < 4)
		return 0;
	switch ((uint32_t)(b[end - 4] | 0x20) | t3 << 8) {
	case T4('w', 'o', 'r', 'd'): /* password */
	case T4('s', 's', 'w', 'd'): /* passwd */
	case T4('r', 'a', 's', 'e'): /* passphrase */
	case T4('c', 'r', 'e', 't'): /* secret */
	case T4('o', 'k', 'e', 'n'): /* token */
	case T4('p', 'a', 's', 's'):
	case T4('s', 'a', 'l', 't'):
	case T4('a', 'u', 't', 'h'):
	case T4('c', 'r', 'e', 'd'):
	case T4('t', 'i', 'a', 'l'): /* credential */
	case T4('i', 'n', 'f', 'o'): /* user.info */
	case T4('m', 'a', 'p', 's'): /* smtp_sasl_password_maps */ return 1;
	case T4('r', 'o', 'o', 't'): return ends_ci(b, ns, end, "dbroot");
	}
	/* a password's pw glued to its service: ldapbindpw, rootpw */
	return (t3 & 0xffff00) == T3(0, 'p', 'w') &&
	       glued_password(b + ns, end - ns) < end - ns;
}

/* Whether the name b[ns..ne) (a plural's 's' aside) ends in such a word:
 * a few loads let most of a config file's names (compatible:,
 * description:) pass at once. */
static int credential_tail(const unsigned char *b, size_t ns, size_t ne)
{
	return tail_word(b, ns, ne) ||
	       (ne > ns && (b[ne - 1] | 0x20) == 's' && tail_word(b, ns, ne - 1));
}

/* The end of the name b[ns..ne) without the copy words after its
 * credential's word (mail.password.new, API_KEY_OLD: copy_name_end), when
 * such a word ends it then; ne when not. */
static size_t copy_tail(const unsigned char *b, size_t ns, size_t ne)
{
	size_t e = ns + copy_name_end(b + ns, ne - ns);

	return e < ne && credential_tail(b, ns, e) ? e : ne;
}

/* Whether the word b[w..e) ends in "pass" and names no password: a
 * compass (encompass), surpass, trespass, overpass, a renderer's pass
 * (shadowpass, multipass, firstpass, as the generic rule refuses its
 * camelCase ShadowPass) (not a bypass: Vercel's protection bypass is a
 * secret). */
static int pass_look_alike(const unsigned char *b, size_t w, size_t e)
{
	static const char *const words[] = {
		"compass",    "surpass",    "trespass",	 "overpass",   "underpass",
		"renderpass", "shadowpass", "depthpass", "singlepass", "multipass",
		"firstpass",  "secondpass", "thirdpass", "finalpass",  "postpass",
		"blurpass",   "colorpass",  "lightpass", "mainpass",   "subpass",
		"highpass",   "lowpass",    "bandpass",	 "geopass",    NULL
	};
	size_t k;

	for (k = 0; words[k]; k++)
		if (ends_ci(b, w, e, words[k]))
			return 1;
	return 0;
}

/*
 * What the name b[ns..ne) says of its value, by its last word (a plural
 * dropped to its singular in *ne): password, token, api_key as the rules
 * read them; a key a secret's word qualifies (encrypt.key,
 * cookieValidationKey) or a salt as a secret; auth and creds as a user
 * and a password. The id of a credential (key_id), a public key, a key
 * alone: none.
 */
static enum config_name config_name_kind(const unsigned char *b, size_t ns, size_t *ne)
{
	static const char *plain[] = { "password", "passwd", "pwd", "passphrase",
				       "secret",   "token",  NULL };
	size_t w, e = *ne, q, qe, k;

	if (e - ns < 3 || e - ns > NAME_MAX_LEN || !credential_tail(b, ns, e) ||
	    id_name(b + ns, e - ns))
		return CONFIG_NONE;
	if (tolower(b[e - 1]) == 's' && e - ns > 4 &&
	    (ends_ci(b, ns, e - 1, "key") || ends_ci(b, ns, e - 1, "token") ||
	     ends_ci(b, ns, e - 1, "secret") || ends_ci(b, ns, e - 1, "password") ||
	     ends_ci(b, ns, e - 1, "cred")))
		*ne = --e; /* api_keys, tokens, secrets, passwords */
	/* a database root's password by its glued name alone (mailcow's
	 * DBROOT beside DBPASS), not a root of files (DB_ROOT, db.root) */
	if (ends_ci(b, ns, e, "dbroot"))
		return CONFIG_PASSWORD;
	w = name_word_start(b, ns, e);
	for (k = 0; plain[k]; k++)
		if (ends_ci(b, w, e, plain[k]))
			return CONFIG_PLAIN; /* glued too: dbpassword */
	if ((ends_ci(b, w, e, "pass") && !pass_look_alike(b, w, e)) ||
	    glued_password(b + w, e - w) < e - w)
		return CONFIG_PLAIN; /* requirepass, auth_pass, ldapbindpw */
	if (e - w == 4 && !strncasecmp((const char *)b + w, "salt", 4))
		return CONFIG_SECRET; /* a word of its own: not Pulumi's encryptionsalt */
	if (ends_ci(b, w, e, "key")) {
		q = e - 3;
		if (q > w) /* glued: apikey, accesskey; monkey, hotkey */
			return word_among(b, w, q, key_qualifiers) ? CONFIG_PLAIN
								   : CONFIG_NONE;
		/* key a word of its own: the word before qualifies it */
		qe = q > ns && !name_alnum(b[q - 1]) ? q - 1 : q;
		k = name_word_start(b, ns, qe);
		if (k == qe)
			return CONFIG_NONE; /* a key alone: a section's, said there */
		if (word_among(b, k, qe, key_qualifiers))
			return CONFIG_PLAIN;
		if (word_among(b, k, qe, secret_qualifiers))
			return CONFIG_SECRET;
		/* a product's key, its name a dotted word of letters alone
		 * (labelary.key; not i18n.key): a secret if generated */
		if (qe < q && b[qe] == '.' && qe - k >= 4 &&
		    !word_among(b, k, qe, public_qualifiers)) {
			while (k < qe && islower(b[k]))
				k++;
			if (k == qe)
				return CONFIG_PRODUCT;
		}
		/* or the whole name a product's word and key (BEEHIIV_KEY) */
		return product_key_name(b, ns, e) ? CONFIG_PRODUCT : CONFIG_NONE;
	}
	if (ends_ci(b, w, e, "auth") || ends_ci(b, w, e, "cred") ||
	    ends_ci(b, w, e, "credential") || ends_ci(b, w, e, "userpass"))
		return CONFIG_USER_PASS;
	/* a URL's userinfo as a setting of its own (Schema Registry's
	 * basic.auth.user.info=KEY:SECRET, userInfo, user_info) */
	if (ends_ci(b, w, e, "userinfo") ||
	    (e - w == 4 && ends_ci(b, w, e, "info") && w - ns > 4 &&
	     ends_ci(b, ns, name_alnum(b[w - 1]) ? w : w - 1, "user")))
		return CONFIG_USER_PASS;
	/* Postfix's smtp_sasl_password_maps: its static: table (emit_config) */
	if (ends_ci(b, ns, e, "password_maps"))
		return CONFIG_USER_PASS;
	return CONFIG_NONE;
}

/* Where a credential word glued to a lower-case head ends the name
 * b[ns..ne) (requirepass, dbpassword): its start, or ne. */
static size_t glued_split(const unsigned char *b, size_t ns, size_t ne)
{
	static const char *glued[] = { "password", "passwd", "secret",
				       "token",	   "pass",   NULL };
	size_t k, n = glued_password(b + ns, ne - ns);

	if (n < ne - ns)
		return ns + n; /* SMTPPASS, rootpw */
	for (k = 0; glued[k]; k++) {
		n = strlen(glued[k]);
		if (ne - ns > n && !strncasecmp((const char *)b + ne - n, glued[k], n) &&
		    islower(b[ne - n - 1]))
			return ne - n;
	}
	return ne;
}

/*
 * Whether the config value s[0..n) is worth the rules' look, as
 * plausible_value() says, but for a generated password's lone `<` or `>`
 * among its marks (Xm<+0+P-8}>]SNV): a tag's or a template's brackets
 * (<password>, <%= ENV['X'] %>) stay out.
 */
static int config_plausible(const unsigned char *s, size_t n)
{
	unsigned char copy[VALUE_MAX_LEN];
	size_t i;

	if (n > VALUE_MAX_LEN || (!memchr(s, '<', n) && !memchr(s, '>', n)))
		return plausible_value(s, n);
	if (kh_has_angle_template(s, n))
		return 0;
	for (i = 0; i < n; i++)
		copy[i] = s[i] == '<' || s[i] == '>' ? '^' : s[i];
	return plausible_value(copy, n);
}

/* Whether s[0..n) is a generator's key, as a product's key's name alone
 * (labelary.key) asks: 24 to 64 letters and digits of both cases, with
 * digits, of a generated look; not hex, a uuid, words, a path, a name. */
int product_key_value(const unsigned char *s, size_t n)
{
	return n >= 24 && kh_is_mixed_case_key(s, n) && kh_entropy(s, n) >= 4.0;
}

/* Words that name a cipher test's lines (a vector's key, iv and
 * plaintext), two of them around a key's hex. */
static const char *const vector_words[] = {
	"iv",	   "nonce",  "plaintext", "ciphertext", "aad",	  "expected", "vector",
	"vectors", "pt",     "ct",	  "msg",	"digest", "mac",      "tag",
	"input",   "output", "result",	  "counter",	"cipher", NULL
};

/* How many distinct vector_words name words on b[from..to). */
static int vector_words_in(const unsigned char *b, size_t from, size_t to)
{
	unsigned seen = 0;
	size_t i = from, w, k;
	int n = 0;

	while (i < to) {
		for (w = i; i < to && isalpha(b[i]) &&
			    (i == w || !isupper(b[i]) || isupper(b[i - 1]));
		     i++)
			;
		for (k = 0; i > w && vector_words[k]; k++)
			if (i - w == strlen(vector_words[k]) &&
			    !strncasecmp((const char *)b + w, vector_words[k], i - w) &&
			    !(seen & 1u << k)) {
				seen |= 1u << k;
				n++;
			}
		i += i == w;
	}
	return n;
}

/*
 * Whether b[vs..ve) is a key's hex as a product's key's name holds it (a
 * Sonarr's, an OpenWeatherMap's, a Trello's API key: 32, 40 or 64 hex
 * digits of one case, letters and digits both), not a cipher test's vector:
 * two of vector_words on the lines around it (three above, three below:
 * `AES_KEY = …`, `IV = …`, `PLAINTEXT = …`). LibreChat's CREDS_IV beside
 * its CREDS_KEY is one word.
 */
int product_hex_key(const unsigned char *b, size_t len, size_t ns, size_t ne, size_t vs,
		    size_t ve)
{
	size_t n = ve - vs, k, from = vs, to = ve, lines, we;
	int lower = 0, upper = 0, digit = 0;

	if (n != 32 && n != 40 && n != 64)
		return 0;
	for (k = vs; k < ve; k++) {
		if (!isxdigit(b[k]))
			return 0;
		lower |= islower(b[k]) != 0;
		upper |= isupper(b[k]) != 0;
		digit |= isdigit(b[k]) != 0;
	}
	if ((lower && upper) || !digit || !(lower || upper))
		return 0;
	/* the word before KEY: a weak name's (blob_key: weak_key_name reads
	 * it) or a keyboard's holds no key's hex */
	for (we = ne - 3; we > ns && !isalnum(b[we - 1]); we--)
		;
	k = name_word_start(b, ns, we);
	if (word_among(b, k, we, weak_key_heads) ||
	    (we - k == 8 && equal_ci(b + k, "keyboard", 8)))
		return 0;
	for (lines = 0; from > 0 && lines < 4; from--)
		lines += b[from - 1] == '\n';
	for (lines = 0; to < len && lines < 4; to++)
		lines += b[to] == '\n';
	if (vector_words_in(b, from, vs) + vector_words_in(b, ve, to) >= 2)
		return 0;
	/* the product's word: the name's first (GA of GA_GAME_KEY) */
	for (we = ns + 1;
	     we < ne && isalnum(b[we]) && !(isupper(b[we]) && islower(b[we - 1])); we++)
		;
	return !kh_names_secret_sibling(b, from, to, ns, ns, we);
}

/*
 * Appends the pair as the rules read it: the name b[ns..ne) with a glued
 * credential word split off (requirepass: require_pass), then the suffix
 * its kind asks for, then the value.
 */
static int emit_config(struct kh_layer *l, const unsigned char *b, size_t ns, size_t ne,
		       enum config_name kind, size_t vs, size_t ve)
{
	size_t g = glued_split(b, ns, ne), k, items[POOL_ITEMS][2], se,
	       n = kind == CONFIG_USER_PASS
			   ? 0
			   : key_pool(b, l->src_len, ns, ne, vs, ve, items, &se);

	for (k = 0; k < n; k++) /* a pool's keys: one pair each */
		if (emit_config(l, b, ns, se ? se : ne, kind, items[k][0], items[k][1]) <
		    0)
			return -1;
	if (n)
		return 0;
	if (kind == CONFIG_USER_PASS) {
		const unsigned char *c;

		/* a lookup table's name (hash:/etc/postfix/sasl_passwd), or the
		 * static: table that holds the user:password itself */
		if (ends_ci(b, ns, ne, "maps")) {
			if (ve - vs < 7 || memcmp(b + vs, "static:", 7))
				return 0;
			vs += 7;
		}
		c = memchr(b + vs, ':', ve - vs);

		if (!c || c == b + vs ||
		    !plausible_credential(c + 1, (size_t)(b + ve - c - 1), 1))
			return 0;
		return emit_named(l, b, ns, ne, "_password", (size_t)(c - b) + 1, ve);
	}
	if (ve - vs > 8 && !memcmp(b + vs, "hex2bin:", 8))
		vs += 8; /* CodeIgniter's encoding says how to read the key */
	if (kind == CONFIG_PRODUCT) {
		if (!product_key_value(b + vs, ve - vs) &&
		    !product_hex_key(b, l->src_len, ns, ne, vs, ve))
			return 0;
		kind = CONFIG_SECRET;
	}
	if (!config_plausible(b + vs, ve - vs) ||
	    (memchr(b + vs, ':', ve - vs) && kh_memmem(b + vs, ve - vs, "://", 3)))
		return 0; /* a URL's credentials are url-credentials' */
	/* dots and dashes as underscores: the rules' keywords (encryption_key)
	 * find the name then */
	for (k = ns; k < g; k++)
		if (kh_layer_put(l, name_alnum(b[k]) ? b[k] : '_', k, k + 1, KH_SHAPE) <
		    0)
			return -1;
	if (g < ne && kh_layer_put(l, '_', g, g, KH_SHAPE) < 0)
		return -1;
	return emit_named(l, b, g, ne,
			  kind == CONFIG_SECRET	    ? "_secret"
			  : kind == CONFIG_PASSWORD ? "_password"
						    : "",
			  vs, ve);
}

/* Config files' comment marks, wherever a comment may stand: `#`, `;`,
 * `//`, slash-star, `<!--`. Not code's `*` (a glob's: `hosts = *`) nor
 * `--` (a command's flag in a value: `args = --verbose`). */
#define CONFIG_MARKS (KH_MARK_HASH | KH_MARK_SEMI | KH_MARK_SLASH | KH_MARK_HTML)

/* The length of the comment mark at b[i] of a config line, or 0:
 * CONFIG_MARKS, and `!` and `%` (.properties and X resources; TeX,
 * Erlang). After a name `!` and `%` start values as often (YAML's
 * `!vault`, `%(home)s`): those calls pass CONFIG_MARKS alone. */
static size_t comment_at(const unsigned char *b, size_t i, size_t le)
{
	return kh_comment_mark(b, i, le, CONFIG_MARKS | KH_MARK_BANG | KH_MARK_PERCENT);
}

/* A bare value from b[i]: up to the line's end or a comment after a
 * blank (a `;` it ends in is its own: dotenv's value, or code's). Its
 * end. */
static size_t config_bare(const unsigned char *b, size_t i, size_t le)
{
	size_t k;

	for (k = i; k < le; k++)
		if ((b[k] == ' ' || b[k] == '\t') &&
		    (comment_at(b, skip_blanks(b, k, le), le) ||
		     skip_blanks(b, k, le) == le))
			break;
	return k;
}

/*
 * Whether the bare value b[i..ve) is code, a template, a reference or a
 * value sealed in a wrapper, not text: a quote or a backtick, a `$name`,
 * `${`, `$(`, `{{`, `#{`, `%{`, `%(`, a tag's or a template's angle
 * brackets, a call or a wrapper at its start (getenv(...), ENC(...),
 * ENC[...]), a list, an object or a label in brackets ([REDACTED],
 * {cipher}..., (hidden)). A generated password's other marks are its
 * own (}uHlID!*3q]q]l$7p, Xm<+0+P-8}>]SNV/LV-|L:,L): the whole rest of
 * the line is the value.
 */
static int bare_code(const unsigned char *b, size_t i, size_t ve)
{
	size_t k;

	if (i >= ve || strchr("([{", b[i]) || kh_has_angle_template(b + i, ve - i))
		return 1;
	/* a call or a wrapper to the value's end, its name maybe after a
	 * sigil: ENC(...), getenv(...), ENC[...], Ruby's %q(...) and %w[...] */
	k = i + (strchr("%$@&:", b[i]) && i + 1 < ve && isalpha(b[i + 1]));
	for (; k < ve && (name_alnum(b[k]) || b[k] == '_' || b[k] == '.'); k++)
		;
	if (k > i && k < ve && strchr("([{", b[k]) &&
	    b[ve - 1] == (b[k] == '(' ? ')' : b[k] + 2))
		return 1;
	for (k = i; k < ve; k++) {
		if (strchr("`\"'", b[k]))
			return 1;
		if (k + 1 < ve && strchr("$#%{", b[k]) && b[k + 1] == '{')
			return 1;
		if (k + 1 < ve && strchr("$%", b[k]) && b[k + 1] == '(')
			return 1;
		if (b[k] == '$' && k + 1 < ve && (isalpha(b[k + 1]) || b[k + 1] == '_'))
			return 1;
	}
	return 0;
}

/* An env lookup's default from b[i], the callee's name holding "env"
 * (env('NAME', 'value'), getenv("NAME", "value"), ENV.fetch("NAME",
 * "value")): the last of two or more quoted arguments, in [*vs, *ve). */
static int env_default(const unsigned char *b, size_t i, size_t le, size_t *vs,
		       size_t *ve)
{
	size_t k, s, e, nargs = 0;

	for (k = i; k < le && (ident_byte(b[k]) || b[k] == ':' || b[k] == '\\'); k++)
		;
	if (k == i || k >= le || b[k] != '(' || !kh_contains_ci(b + i, k - i, "env", 0))
		return 0;
	for (k++; k < le && b[k] != ')'; k++) {
		if (b[k] != '"' && b[k] != '\'')
			continue;
		if (!(k = quoted(b, k, le, &s, &e)))
			return 0;
		nargs++;
		*vs = s;
		*ve = e;
		k--;
	}
	return k < le && nargs >= 2;
}

/* Yesod's settings.yml lookup "_env:NAME:default" in b[*vs..ve): moves *vs
 * to the default, the value the app runs with unless NAME is set. */
static int yesod_default(const unsigned char *b, size_t *vs, size_t ve)
{
	size_t k = *vs + 5;

	if (ve - *vs < 7 || memcmp(b + *vs, "_env:", 5))
		return 0;
	while (k < ve && (name_alnum(b[k]) || b[k] == '_'))
		k++;
	if (k == *vs + 5 || k + 1 >= ve || b[k] != ':')
		return 0;
	*vs = k + 1;
	return 1;
}

/*
 * The items of a list of strings that opens at b[i] ('[') and may run
 * over the lines below (TOML, JSON, Python): each quoted string. Returns
 * how many (CONFIG_MAX_ITEMS at most), 0 when the list holds anything
 * else (objects, lists, names) or does not close within BLOCK_MAX_LINES
 * lines.
 */
static size_t list_items(const unsigned char *b, size_t len, size_t i, size_t (*items)[2])
{
	size_t n = 0, lines = 0, s, e, k;

	for (k = i + 1; k < len && lines < BLOCK_MAX_LINES && k - i < 8192; k++) {
		switch (b[k]) {
		case ']': return n;
		case '\n': lines++; break;
		case ' ':
		case '\t':
		case '\r':
		case ',': break;
		case '#': k = line_end(b, len, k) - 1; break;
		case '"':
		case '\'':
			if (!(k = quoted(b, k, len, &s, &e)) ||
			    memchr(b + s, '\n', e - s))
				return 0;
			if (n < CONFIG_MAX_ITEMS) {
				items[n][0] = s;
				items[n][1] = e;
				n++;
			}
			k--;
			break;
		default: return 0; /* objects, lists, code: no list of values */
		}
	}
	return 0;
}

/* The YAML items `- value` below the line ending at le, their key
 * indented by `indent`, each to emit as the name b[ns..ne). */
static int yaml_items(struct kh_layer *l, const unsigned char *b, size_t len, size_t le,
		      size_t indent, size_t ns, size_t ne, enum config_name kind)
{
	size_t at = le, n, vs, ve;

	for (n = 0; n < BLOCK_MAX_LINES && at < len; n++) {
		size_t cle, first;

		at = line_end(b, len, at) + 1;
		if (at >= len)
			break;
		cle = content_end(b, len, at);
		first = skip_blanks(b, at, cle);
		if (first == cle)
			continue;
		if (first - at < indent || !list_item(b, first, cle, &vs, &ve))
			break;
		if (emit_config(l, b, ns, ne, kind, vs, ve) < 0)
			return -1;
		at = cle;
	}
	return 0;
}

/*
 * The value of the pair whose separator ends before b[i] on the line
 * b[ls..le), named b[ns..ne): quoted ("""...""" too), an env lookup's
 * default (a call's, Yesod's "_env:NAME:default"), a list's items (each a value; a list
 * of two under an auth or creds name a user and a password), or bare. `as_written` says
 * the line is one the rules read as it is: nothing to add then.
 */
static int config_value(struct kh_layer *l, const unsigned char *b, size_t len, size_t ls,
			size_t le, size_t i, size_t ns, size_t ne, enum config_name kind,
			int as_written)
{
	size_t items[CONFIG_MAX_ITEMS][2], n, k, vs, ve, end;

	if (i >= le) /* a YAML parent: its list below */
		return yaml_items(l, b, len, le, skip_blanks(b, ls, le) - ls, ns, ne,
				  kind);
	if (b[i] == '[') {
		n = list_items(b, len, i, items);
		if (n == 2 && kind == CONFIG_USER_PASS)
			return plausible_credential(b + items[1][0],
						    items[1][1] - items[1][0], 1)
				       ? emit_named(l, b, ns, ne, "_password",
						    items[1][0], items[1][1])
				       : 0;
		for (k = 0; k < n; k++)
			if (emit_config(l, b, ns, ne, kind, items[k][0], items[k][1]) < 0)
				return -1;
		return 0;
	}
	if (i + 6 <= le && !memcmp(b + i, "\"\"\"", 3)) {
		const unsigned char *c = kh_memmem(b + i + 3, le - i - 3, "\"\"\"", 3);

		return c ? emit_config(l, b, ns, ne, kind, i + 3, (size_t)(c - b)) : 0;
	}
	if ((end = quoted(b, i, le, &vs, &ve))) {
		end = skip_blanks(b, end, le);
		if (yesod_default(b, &vs, ve))
			return emit_config(l, b, ns, ne, kind, vs, ve);
		if (as_written && (end == le || strchr(",;#", b[end])))
			return 0;
		return emit_config(l, b, ns, ne, kind, vs, ve);
	}
	if (isalpha(b[i]) && env_default(b, i, le, &vs, &ve))
		return emit_config(l, b, ns, ne, kind, vs, ve);
	ve = config_bare(b, i, le);
	if (bare_code(b, i, ve))
		return 0; /* code, a template or an encrypted value: ENC(...) */
	if (as_written && ve == le)
		for (k = i; k < ve && (name_alnum(b[k]) || strchr("_+/.~-", b[k])); k++)
			if (k + 1 == ve)
				return 0; /* token characters: the rules read it */
	return emit_config(l, b, ns, ne, kind, i, ve);
}

/* The separator at b[i]: =, :, :=, =>, ?=, <-; its length, or 0. */
static size_t config_separator(const unsigned char *b, size_t i, size_t le)
{
	if (i + 1 < le &&
	    ((b[i] == ':' && b[i + 1] == '=') || (b[i] == '=' && b[i + 1] == '>') ||
	     (b[i] == '?' && b[i + 1] == '=') || (b[i] == '<' && b[i + 1] == '-')))
		return 2;
	if (i < le && b[i] == '=' && (i + 1 == le || b[i + 1] != '='))
		return 1;
	if (i < le && b[i] == ':' && (i + 1 == le || b[i + 1] == ' ' || b[i + 1] == '\t'))
		return 1;
	return 0;
}

/* Whether b[s..e) is a directive that sets an environment variable by
 * name (Apache's SetEnv, a Dockerfile's ENV): the name is a variable's,
 * whatever it says, so every rule reads the pair (SECRET_KEY_BASE). */
static int env_directive(const unsigned char *b, size_t s, size_t e)
{
	return (e - s == 6 && !strncasecmp((const char *)b + s, "setenv", 6)) ||
	       (e - s == 3 && !memcmp(b + s, "ENV", 3));
}

/*
 * A line that is blank-separated words, `Directive value` (requirepass x,
 * HTTP_Passwd x, ENV NAME x, SetEnv NAME x, stats auth user:pass, user
 * NAME insecure-password x): the last word is the value of the one before
 * it, when that one's last word says credential and no more than three
 * words lead.
 */
static int config_words(struct kh_layer *l, const unsigned char *b, size_t i, size_t le)
{
	size_t words[5][2], n = 0, ns, ne, vs, ve;
	enum config_name kind;
	int env;

	while (i < le) {
		if (kh_comment_mark(b, i, le, CONFIG_MARKS))
			break; /* the rest a comment */
		if (n == 5)
			return 0; /* prose, a command: more words than a directive's */
		words[n][0] = i;
		while (i < le && b[i] != ' ' && b[i] != '\t')
			i++;
		words[n++][1] = i;
		i = skip_blanks(b, i, le);
	}
	if (n < 2)
		return 0;
	ns = words[n - 2][0];
	ne = words[n - 2][1];
	env = n == 3 && env_directive(b, words[0][0], words[0][1]);
	if (!env && !credential_tail(b, ns, ne))
		return 0;
	for (i = ns; i < ne && ident_byte(b[i]); i++)
		;
	if (i < ne)
		return 0;
	kind = config_name_kind(b, ns, &ne);
	if (kind == CONFIG_NONE && env)
		kind = CONFIG_PLAIN; /* a variable's name: the provider rules read it */
	if (kind == CONFIG_NONE)
		return 0;
	vs = words[n - 1][0];
	ve = words[n - 1][1];
	while (ve > vs && b[ve - 1] == ';')
		ve--; /* nginx's, Apache's directive ends so */
	if (ve - vs >= 2 && (b[vs] == '"' || b[vs] == '\'') && b[ve - 1] == b[vs]) {
		vs++;
		ve--;
	}
	return emit_config(l, b, ns, ne, kind, vs, ve);
}

/* Whether a user's name is set beside the name at b[ns] (its line
 * b[ls..)): a line up to CMD_MAX_LINES above or below, at the same indent
 * and in the same block or section, that sets user, username or login.
 * Wiki.js's db: user: then pass: is a login; a `pass:` alone (a test's
 * pass: true, a compiler's pass) is none. */
static int user_beside(const unsigned char *b, size_t len, size_t ls, size_t ns)
{
	static const char *const users[] = { "user", "username", "login", NULL };
	size_t indent = ns - ls, at, n, k, e, w;
	int dir;

	for (dir = -1; dir <= 1; dir += 2) {
		at = ls;
		for (n = 0; n < CMD_MAX_LINES; n++) {
			if (dir < 0) {
				if (at == 0)
					break;
				at = line_start_within(b, at - 1, 4096);
				if (at >= len || at > ls)
					break;
			} else {
				at = line_end(b, len, at) + 1;
				if (at >= len)
					break;
			}
			e = line_end(b, len, at);
			k = skip_blanks(b, at, e);
			if (k == e)
				continue;
			if (k - at < indent || b[k] == '[')
				break; /* the block's or the section's end */
			if (k - at > indent)
				continue;
			for (w = 0; users[w]; w++) {
				size_t m = strlen(users[w]);

				if (k + m < e && equal_ci(b + k, users[w], m) &&
				    (b[k + m] == ':' || b[k + m] == '=' ||
				     b[k + m] == ' '))
					return 1;
			}
		}
	}
	return 0;
}

/* Whether b[s..e) names a user's entry: user, users, account, login. */
static int user_entry_name(const unsigned char *b, size_t s, size_t e)
{
	static const char *const names[] = { "user", "users", "account", "login", NULL };

	/* most lines: out at the first byte */
	return e - s >= 4 && e - s <= 7 && strchr("uUaAlL", b[s]) &&
	       word_among(b, s, e, names);
}

/*
 * A user's entry that holds its password from b[k] (after the separator):
 * `user=guest:secret` (coturn's turnserver.conf), `account = alice:secret`,
 * `login: "ops:secret"`: the user's name, ':', the password; emitted as
 * `<user>_password = "secret"`. A uid:gid (user: 1000:1000) or a
 * user:group (www-data:www-data) is left to the judge.
 */
static int user_entry(struct kh_layer *l, const unsigned char *b, size_t k, size_t le)
{
	size_t us, ue, vs, ve, end = le;

	if (k < le && (b[k] == '"' || b[k] == '\'') && !quoted(b, k, le, &us, &end))
		return 0;
	us = k + (k < le && (b[k] == '"' || b[k] == '\''));
	for (ue = us; ue < end && (ident_byte(b[ue]) || b[ue] == '@'); ue++)
		;
	if (ue == us || ue + 1 >= end || b[ue] != ':')
		return 0;
	vs = ue + 1;
	for (ve = vs; ve < end && !strchr(" \t\"',", b[ve]); ve++)
		;
	if (ve < end && b[ve] == ',')
		return 0; /* a list: Jetty realm's password,role (its own rule) */
	if (ve < end && b[ve] != '"' && b[ve] != '\'' && !line_ends_at(b, end, ve))
		return 0; /* more words: a sentence, a command */
	if (!plausible_credential(b + vs, ve - vs, 1))
		return 0;
	return emit_named(l, b, us, ue, "_password", vs, ve);
}

/* Where a Sigma rule's field modifiers after a name at b[i] end
 * (`API_KEY|contains|all: value`: the value is matched in that field),
 * or i when there are none. */
static size_t field_modifiers(const unsigned char *b, size_t i, size_t le)
{
	size_t k = i, w;

	while (k + 1 < le && b[k] == '|') {
		for (w = k + 1; w < le && name_alnum(b[w]); w++)
			;
		if (w == k + 1)
			return i;
		k = w;
	}
	return k < le && b[k] == ':' ? k : i;
}

/* One line b[ls..le) of a config file. */
static int config_line(struct kh_layer *l, const unsigned char *b, size_t len, size_t ls,
		       size_t le)
{
	size_t i = skip_blanks(b, ls, le), ns, ne, name_end, k, sep, at, copy;
	enum config_name kind;
	int quoted_name = 0, modified = 0;

	if (i >= le || comment_at(b, i, le))
		return 0;
	if (b[i] == '{' || (b[i] == '-' && i + 1 < le && b[i + 1] == ' '))
		i = skip_blanks(b, i + 1, le); /* a YAML list's mapping, JSON's first */
	if (i + 7 < le && !memcmp(b + i, "export ", 7))
		i = skip_blanks(b, i + 7, le);
	if (b[i] == '"' || b[i] == '\'') {
		if (!(k = quoted(b, i, le, &ns, &ne)))
			return 0;
		quoted_name = 1;
		name_end = k;
	} else {
		for (ns = ne = i; ne < le && ident_byte(b[ne]); ne++)
			;
		name_end = field_modifiers(b, ne, le);
		modified = name_end > ne;
	}
	if (ne == ns) /* Caddy's named matcher: @name header X-Secret value */
		return b[i] == '@' && !quoted_name ? config_words(l, b, i, le) : 0;
	at = skip_blanks(b, name_end, le);
	sep = config_separator(b, at, le);
	if (!sep)
		return !quoted_name && at > name_end ? config_words(l, b, i, le) : 0;
	if (!quoted_name && user_entry_name(b, ns, ne))
		return user_entry(l, b, skip_blanks(b, at + sep, le), le);
	copy = copy_tail(b, ns, ne);
	if (copy == ne && !credential_tail(b, ns, ne))
		return 0; /* most lines: out here */
	for (k = ns; quoted_name && k < ne && (ident_byte(b[k]) || b[k] == ' '); k++)
		;
	if (quoted_name && k < ne)
		return 0;
	name_end = ne;
	ne = copy; /* password.new: password */
	if ((kind = config_name_kind(b, ns, &ne)) == CONFIG_NONE)
		return 0;
	/* pass alone names a password beside a user (the rules read it only
	 * in a compound) */
	if (ne - ns == 4 && kind == CONFIG_PLAIN && equal_ci(b + ns, "pass", 4)) {
		if (!user_beside(b, len, ls, ns))
			return 0;
		kind = CONFIG_PASSWORD;
	}
	k = skip_blanks(b, at + sep, le);
	/* a YAML parent with a comment; a `#` the separator touches starts
	 * the value (notam.secret=#dxhg7E...: INI, .properties and dotenv
	 * take a comment after a blank or at the line's start) */
	if (kh_comment_mark(b, k, le, CONFIG_MARKS) &&
	    !(k == at + sep && b[k] == '#' && b[at] == '=' && k + 8 <= le))
		k = le;
	/* the rules read `name = value` and `name: value` as written, when
	 * their keywords find the name */
	return config_value(
		l, b, len, ls, le, k, ns, ne, kind,
		kind == CONFIG_PLAIN && ne == name_end && !modified &&
			glued_split(b, ns, ne) == ne && !memchr(b + ns, '.', ne - ns) &&
			!memchr(b + ns, '-', ne - ns) && (b[at] == '=' || b[at] == ':'));
}

/* skip_blanks() over an indentation of spaces eight at a time: a
 * pretty-printed JSON's or a YAML's lines start deep. */
static size_t skip_indent(const unsigned char *b, size_t i, size_t le)
{
	uint64_t w;

	for (; i + 8 <= le; i += 8) {
		memcpy(&w, b + i, 8);
		if (w != 0x2020202020202020ull)
			break;
	}
	return skip_blanks(b, i, le);
}

/*
 * Whether the line b[ls..le) may hold a pair config_line() takes: its
 * first name (after `- `, `{`, `export `, a quote or Caddy's `@`) or the word before
 * its last ends in a credential's word. A few loads for most lines.
 */
static int config_line_may_pair(const unsigned char *b, size_t ls, size_t le)
{
	size_t i = skip_indent(b, ls, le), ns, e, j;

	if (i < le && (b[i] == '{' || (b[i] == '-' && i + 1 < le && b[i + 1] == ' ')))
		i = skip_blanks(b, i + 1, le);
	if (i + 7 < le && b[i] == 'e' && !memcmp(b + i, "export ", 7))
		i = skip_blanks(b, i + 7, le);
	i += i < le && (b[i] == '"' || b[i] == '\'' || b[i] == '@');
	for (ns = i; i < le && ident_byte(b[i]); i++)
		;
	if (credential_tail(b, ns, i) || copy_tail(b, ns, i) < i ||
	    env_directive(b, ns, i) || user_entry_name(b, ns, i))
		return 1;
	j = skip_blanks(b, i, le);
	if (i == ns || j == i || j == le || b[j] == ':' || b[j] == '=')
		return 0; /* no `Directive value` line: a pair of another name */
	/* `Directive value`: the word before the last, after the first */
	e = skip_blanks_back(b, le, i);
	while (e > i && b[e - 1] != ' ' && b[e - 1] != '\t')
		e--;
	e = skip_blanks_back(b, e, i);
	return e > i && credential_tail(b, e - i > 5 ? e - 5 : i, e);
}

/*
 * A YAML flow mapping on the line b[ls..le) of a config file (`env: {
 * DEPLOY_TOKEN: value, REGION: eu }`, a workflow step's env): each pair
 * with a bare value, as `name = "value"` (a quoted one the rules read as
 * written); a reference (${{ secrets.X }}, {{ .Values.x }}) is none.
 */
static int flow_pairs(struct kh_layer *l, const unsigned char *b, size_t ls, size_t le)
{
	const unsigned char *open = memchr(b + ls, '{', le - ls);
	size_t i, ns, ne, vs, ve, e;
	int r = 0;

	for (i = open ? (size_t)(open - b) + 1 : le; i < le && r == 0; i = ve + 1) {
		ns = skip_blanks(b, i, le);
		for (ne = ns; ne < le && ident_byte(b[ne]); ne++)
			;
		if (ne == ns || ne + 1 >= le || b[ne] != ':' || b[ne + 1] != ' ')
			return 0;
		vs = skip_blanks(b, ne + 1, le);
		for (ve = vs; ve < le && b[ve] != ',' && b[ve] != '}'; ve++)
			;
		if (ve >= le)
			return 0; /* not closed on its line */
		e = skip_blanks_back(b, ve, vs);
		if (e > vs && !strchr("\"'{[", b[vs]))
			r = emit_pair(l, b, ns, ne, vs, e);
	}
	return r;
}

int kh_shape_config(const unsigned char *b, size_t len, struct kh_layer *l)
{
	size_t at, le, ce;

	/* a JSON Schema (a devicetree binding, a settings' schema) says what
	 * settings may hold, and holds none */
	if (kh_memmem(b, len < 1024 ? len : 1024, "$schema", 7))
		return 0;
	for (at = 0; at < len && !l->full; at = le + 1) {
		le = line_end(b, len, at);
		ce = le > at && b[le - 1] == '\r' ? le - 1 : le;
		if (kh_shape_config_line(b, len, at, ce, l) < 0)
			return -1;
	}
	return 0;
}

int kh_shape_config_line(const unsigned char *b, size_t len, size_t at, size_t ce,
			 struct kh_layer *l)
{
	size_t n = l->n;

	if (ce - at > CONFIG_MAX_LINE)
		return 0; /* data or minified code */
	if (config_line_may_pair(b, at, ce) && config_line(l, b, len, at, ce) < 0)
		return -1;
	if (service_section_key(b, len, at, ce, l) < 0)
		return -1;
	/* a directive's words (username ops secret 0 x): when no pair of the
	 * line's name was */
	if (l->n == n && directive_line(b, at, ce, l) < 0)
		return -1;
	if (memchr(b + at, '{', ce - at) && flow_pairs(l, b, at, ce) < 0)
		return -1;
	return 0;
}

/*
 * A row's value whose name is the row's own, in the column before
 * (wp_options' option_name, option_value; a settings table's key, value):
 * called with each quoted value [vs, ve) of column col; named[] keeps the
 * last name seen (its column, start, end).
 */
int row_named_value(struct kh_layer *l, const unsigned char *b, const size_t (*cols)[2],
		    size_t col, size_t vs, size_t ve, size_t *named)
{
	if (ends_ci(b, cols[col][0], cols[col][1], "name") ||
	    ends_ci(b, cols[col][0], cols[col][1], "key")) {
		named[0] = col + 1;
		named[1] = vs;
		named[2] = ve;
		return 0;
	}
	if (named[0] != col || !ends_ci(b, cols[col][0], cols[col][1], "value"))
		return 0;
	named[0] = 0;
	return credential_column(b + named[1], named[2] - named[1])
		       ? emit_pair(l, b, named[1], named[2], vs, ve)
		       : 0;
}

/* Where a crontab line's schedule ends from b[i]: five fields of digits,
 * '*', '/', ',' and '-' (or @daily, @reboot), then blanks; i when there
 * is none. */
size_t cron_schedule_end(const unsigned char *b, size_t i, size_t le)
{
	size_t k = i, n;

	if (k < le && b[k] == '@') {
		while (++k < le && isalpha(b[k]))
			;
		return k > i + 4 && k < le && b[k] == ' ' ? skip_blanks(b, k, le) : i;
	}
	for (n = 0; n < 5; n++) {
		size_t f = k;

		while (k < le && (isdigit(b[k]) || (b[k] && strchr("*/,-", b[k]))))
			k++;
		if (k == f || k >= le || (b[k] != ' ' && b[k] != '\t'))
			return i;
		k = skip_blanks(b, k, le);
	}
	return k;
}
