#include "ignore.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

#define IGNORE_MAX (1u << 20) /* a list longer than this is a mistake */

static int is_fingerprint(const char *s)
{
	size_t n = 0;

	for (; s[n]; n++)
		if (!((s[n] >= '0' && s[n] <= '9') || (s[n] >= 'a' && s[n] <= 'f')))
			return 0;
	return n == 32;
}

int kh_ignore_load(struct kh_ignore *ig, const char *path, int required, char *err,
		   size_t errlen)
{
	unsigned char *buf;
	size_t len;
	char *line, *next;

	memset(ig, 0, sizeof(*ig));
	switch (kh_read_path(path, IGNORE_MAX, &buf, &len)) {
	case KH_READ_OK: break;
	case KH_READ_TOO_LARGE:
		return kh_errf(err, errlen, "%s: ignore file larger than 1 MiB", path);
	default:
		if (errno == ENOENT && !required)
			return 0;
		return kh_errf(err, errlen, "%s: cannot open ignore file: %s", path,
			       strerror(errno));
	}
	ig->text = (char *)buf;
	ig->text[len] = '\0';
	for (line = ig->text; line; line = next) {
		char *hash, *end;

		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		/* a comment runs from '#' at the start or after white space */
		for (hash = line; (hash = strchr(hash, '#')); hash++)
			if (hash == line || hash[-1] == ' ' || hash[-1] == '\t') {
				*hash = '\0';
				break;
			}
		line += strspn(line, " \t");
		end = line + strlen(line);
		while (end > line && strchr(" \t\r", end[-1]))
			*--end = '\0';
		if (!*line)
			continue;
		if (kh_strlist_push(is_fingerprint(line) ? &ig->fingerprints : &ig->globs,
				    line) < 0) {
			kh_ignore_release(ig);
			return kh_errf(err, errlen, "%s: out of memory", path);
		}
	}
	return 0;
}

int kh_ignore_fingerprint(const struct kh_ignore *ig, const char *fingerprint)
{
	size_t i;

	for (i = 0; i < ig->fingerprints.n; i++)
		if (!strcmp(ig->fingerprints.v[i], fingerprint))
			return 1;
	return 0;
}

void kh_ignore_release(struct kh_ignore *ig)
{
	free(ig->text);
	free(ig->globs.v);
	free(ig->fingerprints.v);
	memset(ig, 0, sizeof(*ig));
}
