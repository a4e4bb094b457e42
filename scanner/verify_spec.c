/*
 * verify_spec.c - loads and interprets a rule's "verify" block.
 *
 * Loading checks the safety contract (see verify_spec.h) so that a rule
 * file can never make keyhound send a secret to a host the scanned text
 * chose, or call an endpoint that changes anything. Interpreting fills a
 * request from the templates ({secret}, {group:NAME}) and judges the
 * response with the rule's "valid" and "invalid" matchers; anything else
 * is "unknown" (kh_vjudge_other: rate limits and 5xx are retried).
 */
#include "verify_spec.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "sha256.h"
#include "util.h"
#include "validate.h"
#include "verify.h"

#define SPEC_HEADERS_MAX 8 /* room left for Content-Type and basic auth */
#define SPEC_LIST_MAX	 16
#define SPEC_STR_MAX	 4096
#define GROUP_VALUE_MAX	 1024
#define PATH_DEPTH_MAX	 16

/* ---- loading ---- */

static void match_release(struct kh_vmatch *m)
{
	size_t i;

	free(m->status);
	for (i = 0; i < m->nexists; i++)
		free(m->exists[i]);
	free(m->exists);
	cJSON_Delete(m->equals);
	cJSON_Delete(m->contains);
	free(m->reason);
}

static void matches_free(struct kh_vmatch *v, size_t n)
{
	size_t i;

	for (i = 0; v && i < n; i++)
		match_release(&v[i]);
	free(v);
}

static void strv_free(char **v, size_t n)
{
	size_t i;

	for (i = 0; v && i < n; i++)
		free(v[i]);
	free(v);
}

int kh_vspec_sends_secret(const struct kh_vspec *s)
{
	const char *t[] = { s->url, s->basic_user, s->basic_pass, s->body };
	size_t i;

	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++)
		if (t[i] && strstr(t[i], "{secret"))
			return 1;
	for (i = 0; i < s->nheaders; i++)
		if (strstr(s->hvalues[i], "{secret"))
			return 1;
	return 0;
}

void kh_vspec_free(struct kh_vspec *s)
{
	if (!s)
		return;
	free(s->url);
	free(s->host_group);
	strv_free(s->hnames, s->nheaders);
	strv_free(s->hvalues, s->nheaders);
	free(s->basic_user);
	free(s->basic_pass);
	free(s->body);
	free(s->content_type);
	free(s->unverifiable);
	free(s->aws_sigv4);
	for (size_t i = 0; i < s->nnear; i++) {
		free(s->near[i].name);
		pcre2_code_free(s->near[i].code);
	}
	free(s->near);
	matches_free(s->valid, s->nvalid);
	matches_free(s->invalid, s->ninvalid);
	strv_free(s->dnames, s->ndetails);
	strv_free(s->dpaths, s->ndetails);
	strv_free(s->groups, s->ngroups);
	free(s);
}

static int name_char(char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
	       (c >= '0' && c <= '9') || c == '_';
}

/* 1 when regex defines the named group `name`. */
static int regex_has_group(const char *regex, const char *name, size_t n)
{
	static const char *const opens[] = { "(?<", "(?P<", "(?'" };
	size_t i;

	for (i = 0; i < 3; i++) {
		const char *p = regex;
		size_t ol = strlen(opens[i]);

		while ((p = strstr(p, opens[i]))) {
			p += ol;
			if (!strncmp(p, name, n) && (p[n] == '>' || p[n] == '\''))
				return 1;
		}
	}
	return 0;
}

/* 1 when `name` is a named group of regex or a "nearby" entry of s. */
static int spec_has_group(const struct kh_vspec *s, const char *regex, const char *name,
			  size_t n)
{
	size_t i;

	for (i = 0; i < s->nnear; i++)
		if (strlen(s->near[i].name) == n && !strncmp(s->near[i].name, name, n))
			return 1;
	return regex_has_group(regex, name, n);
}

/* Records a group the templates use (once). Returns 0 or -1. */
static int add_group(struct kh_vspec *s, const char *name, size_t n)
{
	size_t i;
	char **v;

	for (i = 0; i < s->ngroups; i++)
		if (strlen(s->groups[i]) == n && !strncmp(s->groups[i], name, n))
			return 0;
	if (!(v = realloc(s->groups, (s->ngroups + 1) * sizeof(*v))))
		return -1;
	s->groups = v;
	if (!(v[s->ngroups] = kh_strndup(name, n)))
		return -1;
	s->ngroups++;
	return 0;
}

/*
 * The placeholder at p ("{secret}" or "{group:NAME}"): its length, with
 * the group name in *g / *gn (NULL for the secret); 0 when p is none.
 */
static size_t placeholder(const char *p, const char **g, size_t *gn)
{
	size_t n = 0;

	*g = NULL;
	*gn = 0;
	if (!strncmp(p, "{secret}", 8))
		return 8;
	if (strncmp(p, "{group:", 7))
		return 0;
	while (name_char(p[7 + n]))
		n++;
	if (!n || p[7 + n] != '}')
		return 0;
	*g = p + 7;
	*gn = n;
	return 8 + n;
}

/*
 * Checks the placeholders of template t: strict (URL, headers) refuses
 * any other brace; a body may hold literal braces (JSON, GraphQL).
 */
static int check_template(struct kh_vspec *s, const char *t, const char *regex,
			  int strict, const char *what, char *err, size_t errlen)
{
	const char *p;

	if (strlen(t) > SPEC_STR_MAX)
		return kh_errf(err, errlen, "%s is too long", what);
	for (p = t; *p; p++) {
		const char *g;
		size_t gn, n;

		if ((unsigned char)*p < 0x20 && !(!strict && (*p == '\n' || *p == '\t')))
			return kh_errf(err, errlen, "%s has a control character", what);
		if (*p != '{' && *p != '}')
			continue;
		n = *p == '{' ? placeholder(p, &g, &gn) : 0;
		if (!n) {
			if (strict)
				return kh_errf(
					err, errlen,
					"%s: only {secret} and {group:NAME} may be "
					"in braces",
					what);
			continue;
		}
		if (g && !spec_has_group(s, regex, g, gn))
			return kh_errf(err, errlen,
				       "%s: {group:%.*s} is no named group "
				       "of the regex",
				       what, (int)gn, g);
		if (g && add_group(s, g, gn) < 0)
			return kh_errf(err, errlen, "out of memory");
		p += n - 1;
	}
	return 0;
}

static int host_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9') || c == '-' || c == '.';
}

/* Words in a URL that name an action that changes a credential. */
static int url_mutates(const char *url)
{
	static const char *const words[] = { "revoke",	"rotate",     "delete",
					     "destroy", "regenerate", "logout" };
	size_t i;

	for (i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (strcasestr(url, words[i]))
			return 1;
	return 0;
}

/* https://HOST[:PORT]/PATH: a fixed host, or "{NAME}." + a fixed domain. */
static int parse_url(struct kh_vspec *s, const char *regex, char *err, size_t errlen)
{
	const char *h, *e, *p;
	int dots = 0;

	if (strncmp(s->url, "https://", 8))
		return kh_errf(err, errlen, "\"url\" must start with https://");
	h = s->url + 8;
	e = h + strcspn(h, "/?#");
	if (*h == '{') {
		size_t n = 0;

		while (name_char(h[1 + n]))
			n++;
		if (!n || h[1 + n] != '}' || h[2 + n] != '.')
			return kh_errf(err, errlen,
				       "\"url\": only the first host label may be a "
				       "{NAME}, followed by a fixed domain");
		if (!spec_has_group(s, regex, h + 1, n))
			return kh_errf(err, errlen,
				       "\"url\": {%.*s} is no named group of the regex",
				       (int)n, h + 1);
		if (!(s->host_group = kh_strndup(h + 1, n)) || add_group(s, h + 1, n) < 0)
			return kh_errf(err, errlen, "out of memory");
		h += n + 3;
	}
	if (h == e)
		return kh_errf(err, errlen, "\"url\" has no host");
	for (p = h; p < e && *p != ':'; p++) {
		if (!host_char(*p))
			return kh_errf(err, errlen,
				       "\"url\": the host must be a fixed name (letters, "
				       "digits, '-' and '.')");
		dots += *p == '.';
	}
	if (*p == ':')
		for (p++; p < e; p++)
			if (*p < '0' || *p > '9')
				return kh_errf(err, errlen, "\"url\": bad port");
	if (!dots || (s->host_group && dots < 1) || h[0] == '.' || p[-1] == '.')
		return kh_errf(err, errlen,
			       "\"url\": the host must be a full domain name");
	if (*e == '#' || strchr(e, '#'))
		return kh_errf(err, errlen, "\"url\" may not have a fragment");
	if (url_mutates(s->url))
		return kh_errf(err, errlen,
			       "\"url\" names an action that changes a credential "
			       "(revoke, rotate, delete...): not a read-only check");
	s->path = e; /* "" for a bare origin: "/" is sent */
	if (*e == '?')
		return kh_errf(err, errlen, "\"url\" needs a path before its query");
	return check_template(s, e, regex, 1, "\"url\"", err, errlen);
}

static char *dup_str(const cJSON *it)
{
	return cJSON_IsString(it) && it->valuestring ? strdup(it->valuestring) : NULL;
}

/* A list of strings (at most SPEC_LIST_MAX) into *v. */
static int parse_strv(const cJSON *arr, char ***v, size_t *n, const char *what, char *err,
		      size_t errlen)
{
	const cJSON *it;

	if (!cJSON_IsArray(arr) || cJSON_GetArraySize(arr) > SPEC_LIST_MAX)
		return kh_errf(err, errlen, "%s must be a list of at most %d strings",
			       what, SPEC_LIST_MAX);
	if (!(*v = calloc((size_t)cJSON_GetArraySize(arr) + 1, sizeof(char *))))
		return kh_errf(err, errlen, "out of memory");
	cJSON_ArrayForEach (it, arr) {
		if (!cJSON_IsString(it) || !it->valuestring[0])
			return kh_errf(err, errlen, "%s must be a list of strings", what);
		if (!((*v)[*n] = strdup(it->valuestring)))
			return kh_errf(err, errlen, "out of memory");
		(*n)++;
	}
	return 0;
}

static int parse_match(const cJSON *o, struct kh_vmatch *m, const char *what,
		       int need_status, char *err, size_t errlen)
{
	const cJSON *it;
	char w[64];

	if (!cJSON_IsObject(o))
		return kh_errf(err, errlen, "\"%s\" must be an object", what);
	cJSON_ArrayForEach (it, o)
		if (strcmp(it->string, "status") && strcmp(it->string, "json_exists") &&
		    strcmp(it->string, "json_equals") &&
		    strcmp(it->string, "json_contains") && strcmp(it->string, "reason"))
			return kh_errf(err, errlen, "\"%s\": unknown field \"%.40s\"",
				       what, it->string);
	it = cJSON_GetObjectItemCaseSensitive(o, "reason");
	if (it) {
		const char *c;

		if (!cJSON_IsString(it) || !it->valuestring[0] ||
		    strlen(it->valuestring) > 60)
			return kh_errf(err, errlen,
				       "\"%s\".\"reason\" must be a short string", what);
		for (c = it->valuestring; *c; c++)
			if ((unsigned char)*c < 0x20 || *c == 0x7f)
				return kh_errf(
					err, errlen,
					"\"%s\".\"reason\" has a control character",
					what);
		if (!(m->reason = strdup(it->valuestring)))
			return kh_errf(err, errlen, "out of memory");
	}
	it = cJSON_GetObjectItemCaseSensitive(o, "status");
	if (it) {
		const cJSON *e;

		if (!cJSON_IsArray(it) || !cJSON_GetArraySize(it) ||
		    cJSON_GetArraySize(it) > SPEC_LIST_MAX)
			return kh_errf(
				err, errlen,
				"\"%s\".\"status\" must be a list of HTTP statuses",
				what);
		if (!(m->status = calloc((size_t)cJSON_GetArraySize(it), sizeof(long))))
			return kh_errf(err, errlen, "out of memory");
		cJSON_ArrayForEach (e, it) {
			if (!cJSON_IsNumber(e) || e->valuedouble < 100 ||
			    e->valuedouble > 599 ||
			    e->valuedouble != (long)e->valuedouble)
				return kh_errf(err, errlen,
					       "\"%s\".\"status\" must be a list of HTTP "
					       "statuses",
					       what);
			if (e->valuedouble >= 300 && e->valuedouble < 400)
				return kh_errf(err, errlen,
					       "\"%s\": a redirect is never followed, so "
					       "never a verdict",
					       what);
			m->status[m->nstatus++] = (long)e->valuedouble;
		}
	} else if (need_status) {
		return kh_errf(err, errlen, "\"%s\" needs a \"status\" list", what);
	}
	snprintf(w, sizeof(w), "\"%s\".\"json_exists\"", what);
	it = cJSON_GetObjectItemCaseSensitive(o, "json_exists");
	if (it && parse_strv(it, &m->exists, &m->nexists, w, err, errlen) < 0)
		return -1;
	it = cJSON_GetObjectItemCaseSensitive(o, "json_equals");
	if (it) {
		const cJSON *e;

		if (!cJSON_IsObject(it) || cJSON_GetArraySize(it) > SPEC_LIST_MAX)
			return kh_errf(err, errlen,
				       "\"%s\".\"json_equals\" must be an object", what);
		cJSON_ArrayForEach (e, it)
			if (cJSON_IsObject(e) || cJSON_IsArray(e))
				return kh_errf(err, errlen,
					       "\"%s\".\"json_equals\": values must be "
					       "strings, numbers, booleans or null",
					       what);
		if (!(m->equals = cJSON_Duplicate(it, 1)))
			return kh_errf(err, errlen, "out of memory");
	}
	it = cJSON_GetObjectItemCaseSensitive(o, "json_contains");
	if (it) {
		const cJSON *e;

		if (!cJSON_IsObject(it) || cJSON_GetArraySize(it) > SPEC_LIST_MAX)
			return kh_errf(err, errlen,
				       "\"%s\".\"json_contains\" must be an object",
				       what);
		cJSON_ArrayForEach (e, it)
			if (!cJSON_IsString(e) || !e->valuestring[0])
				return kh_errf(err, errlen,
					       "\"%s\".\"json_contains\": values must be "
					       "strings",
					       what);
		if (!(m->contains = cJSON_Duplicate(it, 1)))
			return kh_errf(err, errlen, "out of memory");
	}
	if (!m->nstatus && !m->nexists && !m->equals && !m->contains)
		return kh_errf(err, errlen, "\"%s\" is empty", what);
	return 0;
}

/*
 * An object of at most max non-empty strings {name: value} into the
 * parallel arrays *names and *values (*n entries).
 */
#define MATCHERS_MAX 8

/* "valid" / "invalid": one matcher, or a list tried in order. */
static int parse_matchers(const cJSON *o, struct kh_vmatch **v, size_t *n,
			  const char *what, int need_status, char *err, size_t errlen)
{
	const cJSON *it;
	size_t count = cJSON_IsArray(o) ? (size_t)cJSON_GetArraySize(o) : 1;

	if (cJSON_IsArray(o) && (!count || count > MATCHERS_MAX))
		return kh_errf(err, errlen, "\"%s\": a list of 1 to %d matchers", what,
			       MATCHERS_MAX);
	if (!(*v = calloc(count, sizeof(**v))))
		return kh_errf(err, errlen, "out of memory");
	if (!cJSON_IsArray(o)) {
		*n = 1;
		return parse_match(o, *v, what, need_status, err, errlen);
	}
	cJSON_ArrayForEach (it, o) {
		(*n)++;
		if (parse_match(it, &(*v)[*n - 1], what, need_status, err, errlen) < 0)
			return -1;
	}
	return 0;
}

static int parse_pairs(const cJSON *o, size_t max, char ***names, char ***values,
		       size_t *n, const char *what, char *err, size_t errlen)
{
	const cJSON *it;

	if (!cJSON_IsObject(o) || (size_t)cJSON_GetArraySize(o) > max)
		return kh_errf(err, errlen, "%s must be an object of at most %zu strings",
			       what, max);
	*names = calloc((size_t)cJSON_GetArraySize(o) + 1, sizeof(char *));
	*values = calloc((size_t)cJSON_GetArraySize(o) + 1, sizeof(char *));
	if (!*names || !*values)
		return kh_errf(err, errlen, "out of memory");
	cJSON_ArrayForEach (it, o) {
		if (!cJSON_IsString(it) || !it->valuestring[0] || !it->string[0])
			return kh_errf(err, errlen,
				       "%s: names and values must be strings", what);
		(*names)[*n] = strdup(it->string);
		(*values)[*n] = strdup(it->valuestring);
		if (!(*names)[*n] || !(*values)[*n])
			return kh_errf(err, errlen, "out of memory");
		(*n)++;
	}
	return 0;
}

static int parse_headers(struct kh_vspec *s, const cJSON *o, const char *regex, char *err,
			 size_t errlen)
{
	size_t i;

	if (parse_pairs(o, SPEC_HEADERS_MAX, &s->hnames, &s->hvalues, &s->nheaders,
			"\"headers\"", err, errlen) < 0)
		return -1;
	for (i = 0; i < s->nheaders; i++) {
		const char *c, *name = s->hnames[i];

		for (c = name; *c; c++)
			if (!name_char(*c) && *c != '-')
				return kh_errf(err, errlen,
					       "\"headers\": bad name \"%.40s\"", name);
		if (!strcasecmp(name, "host") || !strcasecmp(name, "content-length") ||
		    !strcasecmp(name, "transfer-encoding"))
			return kh_errf(err, errlen,
				       "\"headers\": \"%.40s\" is set by keyhound only",
				       name);
		if (check_template(s, s->hvalues[i], regex, 1, "\"headers\"", err,
				   errlen) < 0)
			return -1;
	}
	return 0;
}

static const char *const known_fields[] = {
	"method",	"url",		 "headers",   "basic_auth",	 "body",
	"content_type", "introspection", "valid",     "invalid",	 "details",
	"unverifiable", "nearby",	 "aws_sigv4", "azure_sharedkey",
};

#define NEAR_MAX 4

/* "nearby": {NAME: regex defining the group NAME}, compiled here. */
static int parse_nearby(struct kh_vspec *s, const cJSON *o, char *err, size_t errlen)
{
	const cJSON *it;
	size_t n;

	if (!cJSON_IsObject(o) || (n = (size_t)cJSON_GetArraySize(o)) > NEAR_MAX)
		return kh_errf(err, errlen,
			       "\"nearby\" must be an object of at most %d regexes",
			       NEAR_MAX);
	if (!(s->near = calloc(n + 1, sizeof(*s->near))))
		return kh_errf(err, errlen, "out of memory");
	cJSON_ArrayForEach (it, o) {
		struct kh_vnear *nr = &s->near[s->nnear];
		const char *c;
		int ec;
		PCRE2_SIZE eo;

		for (c = it->string; *c && name_char(*c); c++)
			;
		if (!it->string[0] || *c || !cJSON_IsString(it) || !it->valuestring[0])
			return kh_errf(err, errlen,
				       "\"nearby\": {NAME: regex} with a plain NAME");
		if (!(nr->name = strdup(it->string)))
			return kh_errf(err, errlen, "out of memory");
		s->nnear++;
		nr->code =
			pcre2_compile((PCRE2_SPTR)it->valuestring, PCRE2_ZERO_TERMINATED,
				      PCRE2_MULTILINE, &ec, &eo, NULL);
		if (!nr->code)
			return kh_errf(err, errlen,
				       "\"nearby\" %.40s: bad regex at offset %zu",
				       nr->name, (size_t)eo);
		if (pcre2_substring_number_from_name(nr->code, (PCRE2_SPTR)nr->name) <= 0)
			return kh_errf(
				err, errlen,
				"\"nearby\" %.40s: the regex needs a group (?<%.40s>...)",
				nr->name, nr->name);
	}
	return 0;
}

static int parse_spec(struct kh_vspec *s, const cJSON *o, const char *regex, char *err,
		      size_t errlen)
{
	const cJSON *it;
	const char *m;
	size_t i;

	if (!cJSON_IsObject(o))
		return kh_errf(err, errlen, "must be an object");
	cJSON_ArrayForEach (it, o) {
		for (i = 0; i < sizeof(known_fields) / sizeof(known_fields[0]); i++)
			if (!strcmp(it->string, known_fields[i]))
				break;
		if (i == sizeof(known_fields) / sizeof(known_fields[0]))
			return kh_errf(err, errlen, "unknown field \"%.40s\"",
				       it->string);
	}
	it = cJSON_GetObjectItemCaseSensitive(o, "unverifiable");
	if (it) {
		if (!cJSON_IsString(it) || !it->valuestring[0] ||
		    strlen(it->valuestring) > 80 || cJSON_GetArraySize(o) != 1)
			return kh_errf(err, errlen,
				       "\"unverifiable\" is a short reason, alone in the "
				       "block");
		s->unverifiable = strdup(it->valuestring);
		return s->unverifiable ? 0 : kh_errf(err, errlen, "out of memory");
	}
	it = cJSON_GetObjectItemCaseSensitive(o, "nearby");
	if (it && parse_nearby(s, it, err, errlen) < 0)
		return -1;
	it = cJSON_GetObjectItemCaseSensitive(o, "method");
	m = cJSON_IsString(it) ? it->valuestring : "";
	if (!strcmp(m, "GET"))
		s->method = KH_VM_GET;
	else if (!strcmp(m, "HEAD"))
		s->method = KH_VM_HEAD;
	else if (!strcmp(m, "POST"))
		s->method = KH_VM_POST;
	else
		return kh_errf(err, errlen,
			       "\"method\" must be GET, HEAD or POST (read-only calls)");
	it = cJSON_GetObjectItemCaseSensitive(o, "introspection");
	if (it && !cJSON_IsBool(it))
		return kh_errf(err, errlen, "\"introspection\" must be true or false");
	s->introspection = cJSON_IsTrue(it);
	if (s->method == KH_VM_POST && !s->introspection)
		return kh_errf(err, errlen,
			       "POST only to an endpoint that only reads: mark it "
			       "\"introspection\": true");
	if (!(s->url = dup_str(cJSON_GetObjectItemCaseSensitive(o, "url"))))
		return kh_errf(err, errlen, "\"url\" is a required string");
	if (parse_url(s, regex, err, errlen) < 0)
		return -1;
	it = cJSON_GetObjectItemCaseSensitive(o, "headers");
	if (it && parse_headers(s, it, regex, err, errlen) < 0)
		return -1;
	it = cJSON_GetObjectItemCaseSensitive(o, "basic_auth");
	if (it) {
		if (!cJSON_IsArray(it) || cJSON_GetArraySize(it) != 2 ||
		    !(s->basic_user = dup_str(cJSON_GetArrayItem(it, 0))) ||
		    !(s->basic_pass = dup_str(cJSON_GetArrayItem(it, 1))))
			return kh_errf(err, errlen,
				       "\"basic_auth\" must be [user, password] strings");
		if (check_template(s, s->basic_user, regex, 1, "\"basic_auth\"", err,
				   errlen) < 0 ||
		    check_template(s, s->basic_pass, regex, 1, "\"basic_auth\"", err,
				   errlen) < 0)
			return -1;
	}
	it = cJSON_GetObjectItemCaseSensitive(o, "azure_sharedkey");
	if (it) {
		if (!cJSON_IsBool(it))
			return kh_errf(err, errlen,
				       "\"azure_sharedkey\" must be true or false");
		s->azure_sharedkey = cJSON_IsTrue(it);
		if (s->azure_sharedkey && (!s->basic_user || s->method == KH_VM_POST))
			return kh_errf(err, errlen,
				       "\"azure_sharedkey\" signs a GET or HEAD with the "
				       "[account, key] pair in \"basic_auth\"");
	}
	it = cJSON_GetObjectItemCaseSensitive(o, "aws_sigv4");
	if (it) {
		if (!(s->aws_sigv4 = dup_str(it)) || !s->aws_sigv4[0] ||
		    strlen(s->aws_sigv4) > 64 ||
		    strspn(s->aws_sigv4, "abcdefghijklmnopqrstuvwxyz0123456789:-") !=
			    strlen(s->aws_sigv4))
			return kh_errf(
				err, errlen,
				"\"aws_sigv4\" must be like \"aws:amz:us-east-1:sts\"");
		if (!s->basic_user)
			return kh_errf(
				err, errlen,
				"\"aws_sigv4\" signs with the pair in \"basic_auth\"");
	}
	s->body = dup_str(cJSON_GetObjectItemCaseSensitive(o, "body"));
	s->content_type = dup_str(cJSON_GetObjectItemCaseSensitive(o, "content_type"));
	if ((s->body || s->content_type) && s->method != KH_VM_POST)
		return kh_errf(err, errlen,
			       "\"body\" and \"content_type\" are for POST only");
	if (cJSON_GetObjectItemCaseSensitive(o, "body") && !s->body)
		return kh_errf(err, errlen, "\"body\" must be a string");
	if (s->body && check_template(s, s->body, regex, 0, "\"body\"", err, errlen) < 0)
		return -1;
	if (s->content_type &&
	    (strchr(s->content_type, '\r') || strchr(s->content_type, '\n')))
		return kh_errf(err, errlen, "\"content_type\" has a line break");
	if (parse_matchers(cJSON_GetObjectItemCaseSensitive(o, "valid"), &s->valid,
			   &s->nvalid, "valid", 0, err, errlen) < 0 ||
	    (cJSON_GetObjectItemCaseSensitive(o, "invalid") &&
	     parse_matchers(cJSON_GetObjectItemCaseSensitive(o, "invalid"), &s->invalid,
			    &s->ninvalid, "invalid", 1, err, errlen) < 0))
		return -1;
	/* a response keyed by a group of the match (a GCP key file's id):
	 * the group is taken from the match like the request's */
	for (i = 0; i < s->nvalid + s->ninvalid; i++) {
		const struct kh_vmatch *m =
			i < s->nvalid ? &s->valid[i] : &s->invalid[i - s->nvalid];
		size_t k;

		for (k = 0; k < m->nexists; k++)
			if (strstr(m->exists[k], "{group:") &&
			    check_template(s, m->exists[k], regex, 0, "\"json_exists\"",
					   err, errlen) < 0)
				return -1;
	}
	it = cJSON_GetObjectItemCaseSensitive(o, "details");
	if (it && parse_pairs(it, SPEC_LIST_MAX, &s->dnames, &s->dpaths, &s->ndetails,
			      "\"details\"", err, errlen) < 0)
		return -1;
	for (i = 0; i < s->ndetails; i++)
		if (!strncasecmp(s->dpaths[i], "header:", 7) &&
		    (strcasestr(s->dpaths[i], "cookie") ||
		     strcasestr(s->dpaths[i], "auth")))
			return kh_errf(
				err, errlen,
				"\"details\": %.40s can carry a credential: never copied",
				s->dpaths[i]);
	return 0;
}

int kh_verify_spec_parse(const cJSON *obj, const char *regex, struct kh_vspec **out,
			 char *err, size_t errlen)
{
	struct kh_vspec *s = calloc(1, sizeof(*s));

	*out = NULL;
	if (!s)
		return kh_errf(err, errlen, "out of memory");
	if (parse_spec(s, obj, regex ? regex : "", err, errlen) < 0) {
		kh_vspec_free(s);
		return -1;
	}
	*out = s;
	return 0;
}

/* ---- groups ---- */

#define NEAR_MATCHES	 64	/* matches looked at per nearby regex */
#define NEAR_MATCH_LIMIT 100000 /* pcre2 match limit: no nearby regex hangs */

/*
 * The value of nr's group nearest to data[start..end) (not overlapping it)
 * within KH_VNEAR_SPAN bytes, as a new string in *out (NULL when none).
 * Returns 0, or -1 when out of memory.
 */
static int near_find(const struct kh_vnear *nr, const unsigned char *data, size_t len,
		     size_t start, size_t end, char **out)
{
	size_t from = start > KH_VNEAR_SPAN ? start - KH_VNEAR_SPAN : 0;
	size_t to = len - end > KH_VNEAR_SPAN ? end + KH_VNEAR_SPAN : len;
	size_t best = (size_t)-1, bs = 0, be = 0, at = from;
	int n = pcre2_substring_number_from_name(nr->code, (PCRE2_SPTR)nr->name), k;
	pcre2_match_data *md = pcre2_match_data_create_from_pattern(nr->code, NULL);
	pcre2_match_context *mc = pcre2_match_context_create(NULL);

	*out = NULL;
	if (!md || !mc) {
		pcre2_match_data_free(md);
		pcre2_match_context_free(mc);
		return -1;
	}
	pcre2_set_match_limit(mc, NEAR_MATCH_LIMIT);
	for (k = 0; k < NEAR_MATCHES && at <= to; k++) {
		int rc = pcre2_match(nr->code, data, to, at, 0, md, mc);
		const size_t *ov = pcre2_get_ovector_pointer(md);

		if (rc <= 0)
			break;
		if (rc > n && ov[2 * n] != PCRE2_UNSET && ov[2 * n + 1] > ov[2 * n]) {
			size_t gs = ov[2 * n], ge = ov[2 * n + 1], d;

			d = ge <= start ? start - ge : gs >= end ? gs - end : (size_t)-1;
			if (d < best && ge - gs <= GROUP_VALUE_MAX) {
				best = d;
				bs = gs;
				be = ge;
			}
		}
		at = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
	}
	pcre2_match_data_free(md);
	pcre2_match_context_free(mc);
	if (best == (size_t)-1)
		return 0;
	*out = kh_strndup((const char *)data + bs, be - bs);
	return *out ? 0 : -1;
}

cJSON *kh_vspec_groups(const struct kh_vspec *s, const pcre2_code *code, const size_t *ov,
		       int rc, const unsigned char *data, size_t len, size_t start,
		       size_t end, int *oom)
{
	cJSON *o;
	size_t i;

	if (!s || !s->ngroups)
		return NULL;
	if (!(o = cJSON_CreateObject()))
		goto oom;
	for (i = 0; i < s->ngroups; i++) {
		int n = code ? pcre2_substring_number_from_name(code,
								(PCRE2_SPTR)s->groups[i])
			     : -1;
		size_t k;
		char *v = NULL;

		if (n > 0 && n < rc && ov[2 * n] != PCRE2_UNSET &&
		    ov[2 * n + 1] > ov[2 * n] &&
		    ov[2 * n + 1] - ov[2 * n] <= GROUP_VALUE_MAX &&
		    !(v = kh_strndup((const char *)data + ov[2 * n],
				     ov[2 * n + 1] - ov[2 * n])))
			goto oom;
		/* not in the match: the nearest partner around the secret */
		for (k = 0; !v && k < s->nnear; k++)
			if (!strcmp(s->near[k].name, s->groups[i]) &&
			    near_find(&s->near[k], data, len, start, end, &v) < 0)
				goto oom;
		if (v && !cJSON_AddStringToObject(o, s->groups[i], v)) {
			free(v);
			goto oom;
		}
		free(v);
	}
	return o;
oom:
	cJSON_Delete(o);
	*oom = 1;
	return NULL;
}

cJSON *kh_vspec_groups_rematch(const struct kh_vspec *s, const pcre2_code *code,
			       const char *text)
{
	pcre2_match_data *md;
	cJSON *o = NULL;
	int rc, oom = 0;

	if (!s || !s->ngroups || !code || !text)
		return NULL;
	if (!(md = pcre2_match_data_create_from_pattern(code, NULL)))
		return NULL;
	rc = pcre2_match(code, (PCRE2_SPTR)text, strlen(text), 0, 0, md, NULL);
	if (rc > 0)
		o = kh_vspec_groups(s, code, pcre2_get_ovector_pointer(md), rc,
				    (const unsigned char *)text, strlen(text), 0, 0,
				    &oom);
	pcre2_match_data_free(md);
	return o;
}

/* ---- requests ---- */

enum esc { ESC_NONE, ESC_URL, ESC_JSON, ESC_FORM };

static void add_value(struct kh_strbuf *b, const char *v, enum esc e)
{
	const char *p;

	switch (e) {
	case ESC_URL:
	case ESC_FORM: kh_vurl_escape(b, v); return;
	case ESC_JSON:
		for (p = v; *p; p++) {
			if ((unsigned char)*p < 0x20) {
				kh_strbuf_addf(b, "\\u%04x", (unsigned)(unsigned char)*p);
				continue;
			}
			if (*p == '"' || *p == '\\')
				kh_strbuf_add(b, "\\", 1);
			kh_strbuf_add(b, p, 1);
		}
		return;
	default: kh_strbuf_add(b, v, strlen(v));
	}
}

/* 1 when a value can go into a header: no control character, no DEL. */
static int header_safe(const char *v)
{
	for (; *v; v++)
		if ((unsigned char)*v < 0x20 || *v == 0x7f)
			return 0;
	return 1;
}

/*
 * Expands template t onto b. Returns 0, -1 when out of memory, or -2 when
 * a group is missing or unfit (the reason is set in r).
 */
static int expand(struct kh_strbuf *b, const char *t, const struct kh_vreq *q, enum esc e,
		  struct kh_vresult *r)
{
	const char *p;

	for (p = t; *p; p++) {
		const char *g, *v;
		size_t gn, n = *p == '{' ? placeholder(p, &g, &gn) : 0;

		if (!n) {
			kh_strbuf_add(b, p, 1);
			continue;
		}
		v = q->secret;
		if (g) {
			char name[64];

			snprintf(name, sizeof(name), "%.*s", (int)gn, g);
			v = kh_vjson_str(q->groups, name);
			if (!v || !v[0]) {
				kh_vresult_set(r, KH_VS_UNKNOWN,
					       "not sent: no '%.40s' found next to the "
					       "secret",
					       name);
				return -2;
			}
		}
		if (e == ESC_NONE && !header_safe(v)) {
			kh_vresult_set(r, KH_VS_UNKNOWN,
				       "not sent: a line break in a header value");
			return -2;
		}
		add_value(b, v, e);
		p += n - 1;
	}
	return b->failed ? -1 : 0;
}

/* The expanded template as a new string in *out; expand()'s codes. */
static int expand_new(char **out, const char *t, const struct kh_vreq *q, enum esc e,
		      struct kh_vresult *r)
{
	struct kh_strbuf b;
	int rc;

	kh_strbuf_init(&b, 0);
	rc = expand(&b, t, q, e, r);
	if (rc < 0 || !b.s) {
		if (b.s)
			explicit_bzero(b.s, b.len);
		kh_strbuf_release(&b);
		return rc < 0 ? rc : -1;
	}
	*out = b.s;
	return 0;
}

static void base64_add(struct kh_strbuf *b, const unsigned char *in, size_t n)
{
	static const char tab[] =
		"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	size_t i;

	for (i = 0; i < n; i += 3) {
		unsigned v = (unsigned)in[i] << 16;
		char o[4];

		if (i + 1 < n)
			v |= (unsigned)in[i + 1] << 8;
		if (i + 2 < n)
			v |= in[i + 2];
		o[0] = tab[v >> 18];
		o[1] = tab[(v >> 12) & 63];
		o[2] = i + 1 < n ? tab[(v >> 6) & 63] : '=';
		o[3] = i + 2 < n ? tab[v & 63] : '=';
		kh_strbuf_add(b, o, 4);
	}
}

/* "Authorization: Basic base64(user:pass)" into q's headers, or with
 * aws_sigv4 the pair for libcurl's signature. */
static int add_basic(struct kh_vreq *q, const struct kh_vspec *s, struct kh_vresult *r)
{
	struct kh_strbuf up, h;
	int rc;

	kh_strbuf_init(&up, 0);
	rc = expand(&up, s->basic_user, q, ESC_NONE, r);
	if (!rc && up.s && memchr(up.s, ':', up.len)) {
		kh_vresult_set(r, KH_VS_UNKNOWN, "not sent: a ':' in the user name");
		rc = -2;
	}
	if (!rc) {
		kh_strbuf_add(&up, ":", 1);
		rc = expand(&up, s->basic_pass, q, ESC_NONE, r);
	}
	if (rc < 0 || up.failed) {
		if (up.s)
			explicit_bzero(up.s, up.len);
		kh_strbuf_release(&up);
		return rc < 0 ? rc : -1;
	}
	if (s->aws_sigv4 || s->azure_sharedkey) { /* signed: the secret is not sent */
		q->sigv4 = s->aws_sigv4;
		q->userpwd = up.s;
		return 0;
	}
	kh_strbuf_init(&h, 0);
	kh_strbuf_add(&h, "Authorization: Basic ", 21);
	base64_add(&h, (const unsigned char *)up.s, up.len);
	explicit_bzero(up.s, up.len);
	kh_strbuf_release(&up);
	if (h.failed || q->nheaders == KH_VREQ_HEADERS) {
		kh_strbuf_release(&h);
		return -1;
	}
	q->headers[q->nheaders++] = h.s;
	return 0;
}

/* ---- Azure Storage SharedKey ---- */

#define AZURE_VERSION	"2021-08-06"
#define AZURE_QUERY_MAX 8

static void hmac_sha256(const unsigned char *key, size_t klen, const void *msg,
			size_t mlen, unsigned char out[32])
{
	unsigned char k[64] = { 0 }, pad[64], inner[32];
	struct kh_sha256 c;
	size_t i;

	if (klen > 64) {
		kh_sha256_init(&c);
		kh_sha256_update(&c, key, klen);
		kh_sha256_final(&c, k);
	} else {
		memcpy(k, key, klen);
	}
	for (i = 0; i < 64; i++)
		pad[i] = k[i] ^ 0x36;
	kh_sha256_init(&c);
	kh_sha256_update(&c, pad, 64);
	kh_sha256_update(&c, msg, mlen);
	kh_sha256_final(&c, inner);
	for (i = 0; i < 64; i++)
		pad[i] = k[i] ^ 0x5c;
	kh_sha256_init(&c);
	kh_sha256_update(&c, pad, 64);
	kh_sha256_update(&c, inner, 32);
	kh_sha256_final(&c, out);
	explicit_bzero(k, sizeof(k));
	explicit_bzero(pad, sizeof(pad));
	explicit_bzero(inner, sizeof(inner));
}

/* RFC 1123 date of t, in English whatever the locale. */
static void http_date(time_t t, char out[64])
{
	static const char days[] = "SunMonTueWedThuFriSat";
	static const char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
	struct tm tm;

	gmtime_r(&t, &tm);
	snprintf(out, 64, "%.3s, %02u %.3s %04u %02u:%02u:%02u GMT",
		 days + 3 * ((unsigned)tm.tm_wday % 7), (unsigned)tm.tm_mday % 100,
		 months + 3 * ((unsigned)tm.tm_mon % 12),
		 (unsigned)(tm.tm_year + 1900) % 10000, (unsigned)tm.tm_hour % 100,
		 (unsigned)tm.tm_min % 100, (unsigned)tm.tm_sec % 100);
}

static int str_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/*
 * Signs q (URL built, q->userpwd = "account:base64 key") the way Azure
 * Storage's SharedKey scheme wants: x-ms-date, x-ms-version and
 * "Authorization: SharedKey account:HMAC-SHA256(key, string to sign)".
 * The key is never sent. Returns 0, -1 when out of memory, -2 (reason set)
 * when the pair cannot sign.
 */
static int azure_sign(struct kh_vreq *q, const struct kh_vspec *s, struct kh_vresult *r)
{
	char *colon = strchr(q->userpwd, ':'), date[64], *params[AZURE_QUERY_MAX];
	const char *path = strstr(q->url, "://"), *query;
	unsigned char key[128], mac[32];
	struct kh_strbuf sts, h;
	size_t np = 0, i, plen;
	long klen;
	int rc = -1;

	klen = colon ? kh_base64_decode((const unsigned char *)colon + 1,
					strlen(colon + 1), key, sizeof(key))
		     : -1;
	if (klen <= 0 || !path) {
		kh_vresult_set(r, KH_VS_UNKNOWN, "not sent: the key is not base64");
		return -2;
	}
	path = strchr(path + 3, '/');
	path = path ? path : "/";
	plen = strcspn(path, "?");
	query = path[plen] == '?' ? path + plen + 1 : "";
	http_date(q->now ? q->now : time(NULL), date);
	kh_strbuf_init(&sts, 0);
	kh_strbuf_addf(
		&sts,
		"%s\n\n\n\n\n\n\n\n\n\n\n\nx-ms-date:%s\nx-ms-version:%s\n/%.*s%.*s",
		s->method == KH_VM_HEAD ? "HEAD" : "GET", date, AZURE_VERSION,
		(int)(colon - q->userpwd), q->userpwd, (int)plen, path);
	/* the query's parameters, sorted, one "name:value" a line */
	while (*query && np < AZURE_QUERY_MAX) {
		size_t n = strcspn(query, "&");

		if (!(params[np] = kh_strndup(query, n)))
			goto out;
		np++;
		query += n + (query[n] == '&');
	}
	kh_sort(params, np, sizeof(params[0]), str_cmp);
	for (i = 0; i < np; i++) {
		char *eq = strchr(params[i], '=');

		kh_strbuf_addf(&sts, "\n%.*s:%s",
			       eq ? (int)(eq - params[i]) : (int)strlen(params[i]),
			       params[i], eq ? eq + 1 : "");
	}
	if (sts.failed)
		goto out;
	hmac_sha256(key, (size_t)klen, sts.s, sts.len, mac);
	kh_strbuf_init(&h, 0);
	kh_strbuf_addf(&h, "Authorization: SharedKey %.*s:", (int)(colon - q->userpwd),
		       q->userpwd);
	base64_add(&h, mac, sizeof(mac));
	if (h.failed || q->nheaders + 3 > KH_VREQ_HEADERS) {
		kh_strbuf_release(&h);
		goto out;
	}
	q->headers[q->nheaders++] = h.s;
	if (kh_vreq_header(q, "x-ms-date", date, 0) < 0 ||
	    kh_vreq_header(q, "x-ms-version", AZURE_VERSION, 0) < 0)
		goto out;
	rc = 0;
out:
	for (i = 0; i < np; i++)
		free(params[i]);
	kh_strbuf_release(&sts);
	explicit_bzero(key, sizeof(key));
	explicit_bzero(mac, sizeof(mac));
	/* the pair was only for the signature */
	explicit_bzero(q->userpwd, strlen(q->userpwd));
	free(q->userpwd);
	q->userpwd = NULL;
	return rc;
}

/* 1 when v may be a host label. */
static int label_ok(const char *v)
{
	size_t n = strlen(v), i;

	if (!n || n > 63)
		return 0;
	for (i = 0; i < n; i++)
		if (!((v[i] >= 'a' && v[i] <= 'z') || (v[i] >= 'A' && v[i] <= 'Z') ||
		      (v[i] >= '0' && v[i] <= '9') || v[i] == '-'))
			return 0;
	return 1;
}

/* q->url: the base (--verify-endpoint) or the rule's origin, then the path. */
static int build_url(struct kh_vreq *q, const struct kh_vspec *s, struct kh_vresult *r)
{
	struct kh_strbuf b;
	int rc;

	const char *label = s->host_group ? kh_vjson_str(q->groups, s->host_group) : NULL;

	/* checked with --verify-endpoint too, so tests see what users get */
	if (s->host_group && (!label || !label_ok(label))) {
		kh_vresult_set(r, KH_VS_UNKNOWN,
			       "not sent: no valid '%.40s' host label found next to the "
			       "secret",
			       s->host_group);
		return -2;
	}
	kh_strbuf_init(&b, 0);
	if (q->base) {
		kh_strbuf_add(&b, q->base, strlen(q->base));
	} else {
		const char *host = s->url + 8;

		kh_strbuf_add(&b, "https://", 8);
		if (label) {
			kh_strbuf_add(&b, label, strlen(label));
			host = strchr(host, '}') + 1;
		}
		kh_strbuf_add(&b, host, (size_t)(s->path - host));
		if (!*s->path)
			kh_strbuf_add(&b, "/", 1);
	}
	rc = expand(&b, s->path, q, ESC_URL, r);
	if (rc < 0) {
		if (b.s)
			explicit_bzero(b.s, b.len);
		kh_strbuf_release(&b);
		return rc;
	}
	free(q->url);
	q->url = b.s;
	return 0;
}

static int spec_prepare(struct kh_vreq *q, struct kh_vresult *r)
{
	const struct kh_vspec *s = q->spec;
	size_t i;
	int rc;

	if (s->unverifiable) {
		kh_vresult_set(r, KH_VS_UNVERIFIABLE, "%s", s->unverifiable);
		return 1;
	}
	if ((rc = build_url(q, s, r)) < 0)
		goto fail;
	for (i = 0; i < s->nheaders; i++) {
		char *v = NULL;

		if ((rc = expand_new(&v, s->hvalues[i], q, ESC_NONE, r)) < 0)
			goto fail;
		rc = kh_vreq_header(q, s->hnames[i], v, 0);
		explicit_bzero(v, strlen(v));
		free(v);
		if (rc < 0)
			goto fail;
	}
	if (s->basic_user && (rc = add_basic(q, s, r)) < 0)
		goto fail;
	if (s->azure_sharedkey && (rc = azure_sign(q, s, r)) < 0)
		goto fail;
	q->head = s->method == KH_VM_HEAD;
	if (s->method == KH_VM_POST) {
		enum esc e = ESC_NONE;

		if (s->content_type && strcasestr(s->content_type, "json"))
			e = ESC_JSON;
		else if (s->content_type && strcasestr(s->content_type, "form"))
			e = ESC_FORM;
		q->post = 1;
		if (s->body && (rc = expand_new(&q->body, s->body, q, e, r)) < 0)
			goto fail;
		if (s->content_type &&
		    (rc = kh_vreq_header(q, "Content-Type", s->content_type, 0)) < 0)
			goto fail;
	}
	return 0;
fail:
	kh_vreq_release(q);
	return rc == -2 ? 1 : -1;
}

/* ---- responses ---- */

/* The item at a dotted path ("a.b.0.c"; numbers index arrays), or NULL. */
static const cJSON *json_path(const cJSON *o, const char *path)
{
	char key[128];
	int depth = 0;

	while (o && *path && depth++ < PATH_DEPTH_MAX) {
		size_t n = strcspn(path, ".");

		if (n >= sizeof(key))
			return NULL;
		memcpy(key, path, n);
		key[n] = '\0';
		if (cJSON_IsArray(o) && n && strspn(key, "0123456789") == n)
			o = cJSON_GetArrayItem(o, atoi(key));
		else
			o = cJSON_IsObject(o) ? cJSON_GetObjectItemCaseSensitive(o, key)
					      : NULL;
		path += n;
		if (*path == '.')
			path++;
	}
	return *path ? NULL : o;
}

static int scalar_equal(const cJSON *a, const cJSON *b)
{
	if (!a)
		return 0;
	if (cJSON_IsString(b))
		return cJSON_IsString(a) && !strcmp(a->valuestring, b->valuestring);
	if (cJSON_IsNumber(b))
		return cJSON_IsNumber(a) && a->valuedouble == b->valuedouble;
	if (cJSON_IsBool(b))
		return cJSON_IsBool(a) && cJSON_IsTrue(a) == cJSON_IsTrue(b);
	return cJSON_IsNull(a) && cJSON_IsNull(b);
}

/* The item at path, a template ({secret}: "the key named by the secret"). */
static const cJSON *json_path_t(const cJSON *o, const char *path, const struct kh_vreq *q)
{
	struct kh_vresult scratch = { 0 };
	struct kh_strbuf b;
	const cJSON *it;

	if (!strchr(path, '{'))
		return json_path(o, path);
	kh_strbuf_init(&b, 0);
	it = expand(&b, path, q, ESC_NONE, &scratch) == 0 && b.s ? json_path(o, b.s)
								 : NULL;
	kh_strbuf_release(&b);
	return it;
}

/* 1 when the response satisfies m (o is its JSON object, or NULL). */
static int matches(const struct kh_vmatch *m, const struct kh_vreq *q,
		   const struct kh_vresp *resp, const cJSON *o)
{
	const cJSON *e;
	size_t i;
	int st = !m->nstatus;

	for (i = 0; i < m->nstatus; i++)
		st |= m->status[i] == resp->status;
	if (!st)
		return 0;
	if ((m->nexists || m->equals || m->contains) && !o)
		return 0;
	for (i = 0; i < m->nexists; i++) {
		e = json_path_t(o, m->exists[i], q);
		if (!e || cJSON_IsNull(e))
			return 0;
	}
	cJSON_ArrayForEach (e, m->equals)
		if (!scalar_equal(json_path(o, e->string), e))
			return 0;
	cJSON_ArrayForEach (e, m->contains) {
		const cJSON *v = json_path(o, e->string);

		if (!cJSON_IsString(v) || !strcasestr(v->valuestring, e->valuestring))
			return 0;
	}
	return 1;
}

/* The first matcher of v[0..n) the response satisfies, or NULL. */
static const struct kh_vmatch *first_match(const struct kh_vmatch *v, size_t n,
					   const struct kh_vreq *q,
					   const struct kh_vresp *resp, const cJSON *o)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (matches(&v[i], q, resp, o))
			return &v[i];
	return NULL;
}

/* 1 when the body is an HTML or XML page (a WAF, a proxy, a login page). */
static int is_page(const struct kh_vresp *resp, int xml_ok)
{
	char ctype[128];
	const char *p = resp->body;
	size_t n = resp->len;

	if (kh_vresp_header(resp, "content-type", ctype, sizeof(ctype)) &&
	    (strcasestr(ctype, "html") || (!xml_ok && strcasestr(ctype, "xml"))))
		return 1;
	while (n && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t')) {
		p++;
		n--;
	}
	if (xml_ok && n >= 5 && !strncmp(p, "<?xml", 5))
		return 0;
	return n && *p == '<';
}

static void add_details(const struct kh_vreq *q, const struct kh_vresp *resp,
			const cJSON *o, struct kh_vresult *r)
{
	const struct kh_vspec *s = q->spec;
	size_t i;

	for (i = 0; i < s->ndetails; i++) {
		const cJSON *it;

		if (!q->show_email && strcasestr(s->dnames[i], "email"))
			continue;
		if (!strncmp(s->dpaths[i], "header:", 7)) {
			char hv[1024];

			if (kh_vresp_header(resp, s->dpaths[i] + 7, hv, sizeof(hv)) &&
			    hv[0] && !strstr(hv, q->secret))
				cJSON_AddStringToObject(r->details, s->dnames[i], hv);
			continue;
		}
		it = json_path(o, s->dpaths[i]);
		/* a response that echoes the secret never puts it in a report */
		if (cJSON_IsString(it) && strstr(it->valuestring, q->secret))
			continue;
		kh_vdetail_item(r->details, s->dnames[i], it);
	}
}

static void spec_judge(const struct kh_vreq *q, const struct kh_vresp *resp,
		       struct kh_vresult *r)
{
	const struct kh_vspec *s = q->spec;
	const struct kh_vmatch *m;
	cJSON *o;

	/* Azure Storage answers in XML: its own host, a signed request */
	if (is_page(resp, s->azure_sharedkey)) {
		kh_vjudge_other(resp, r);
		return;
	}
	o = kh_vresp_json(resp);
	if ((m = first_match(s->valid, s->nvalid, q, resp, o))) {
		add_details(q, resp, o, r);
		kh_vresult_set(r, KH_VS_VERIFIED, "%s", m->reason ? m->reason : "valid");
	} else if ((m = first_match(s->invalid, s->ninvalid, q, resp, o))) {
		kh_vresult_set(r, KH_VS_INVALID, "%s", m->reason ? m->reason : "invalid");
	} else {
		kh_vjudge_other(resp, r);
	}
	cJSON_Delete(o);
}

const struct kh_verifier kh_vspec_verifier = {
	"(verify block)", NULL, NULL, spec_prepare, spec_judge,
};
