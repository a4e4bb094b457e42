/*
 * gen_corpus - writes a deterministic benchmark tree of source and config
 * files with a few fake secrets planted:
 *   gen_corpus DIR MEGABYTES
 * Same arguments, same bytes: benchmark runs compare like with like.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static uint64_t rng = 0x9e3779b97f4a7c15ull;

static uint32_t next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (uint32_t)(rng >> 11);
}

static const char *words[] = {
	"return",  "const",    "value",	 "config",	"result",   "handler",
	"request", "response", "user",	 "account",	"items",    "index",
	"buffer",  "length",   "status", "error",	"message",  "client",
	"server",  "options",  "data",	 "token_count", "keyboard", "session",
	"context", "payload",  "render", "secretary",	"monkey",   "apiVersion",
	"timeout", "retries",  "export",
};
#define NWORDS (sizeof(words) / sizeof(words[0]))

static void word_line(FILE *f, const char *ext)
{
	int n = 3 + (int)(next() % 9), i;

	if (!strcmp(ext, "yml")) {
		fprintf(f, "%*s%s_%u: %s\n", (int)(next() % 3) * 2, "",
			words[next() % NWORDS], next() % 100, words[next() % NWORDS]);
		return;
	}
	fprintf(f, "%*s", (int)(next() % 4) * 4, "");
	for (i = 0; i < n; i++)
		fprintf(f, "%s%s", i ? (next() % 5 ? " " : " = ") : "",
			words[next() % NWORDS]);
	fputs(next() % 3 ? ";\n" : "(x);\n", f);
}

/* A fake secret every so often, so the report is not empty. */
static void plant(FILE *f, unsigned k)
{
	static const char hex[] = "0123456789abcdef";
	char uuid[37];
	int i;

	for (i = 0; i < 36; i++)
		uuid[i] = (i == 8 || i == 13 || i == 18 || i == 23) ? '-'
								    : hex[next() % 16];
	uuid[36] = '\0';
	if (k % 2)
		fprintf(f, "HUBSPOT_ACCESS_TOKEN=pat-na1-%s\n", uuid);
	else
		fprintf(f, "url = 'https://api.hubapi.com/crm/v3?hapikey=%s'\n", uuid);
}

int main(int argc, char **argv)
{
	static const char *exts[] = { "js", "py", "c", "yml", "go", "java" };
	unsigned long long target, written = 0;
	unsigned files = 0;
	char path[4096];

	if (argc != 3) {
		fprintf(stderr, "usage: gen_corpus DIR MEGABYTES\n");
		return 2;
	}
	target = strtoull(argv[2], NULL, 10) << 20;
	while (written < target) {
		const char *ext = exts[next() % 6];
		unsigned lines = 50 + next() % 1500, l;
		FILE *f;

		snprintf(path, sizeof(path), "%s/d%02u", argv[1], files % 97);
		if (mkdir(argv[1], 0755) < 0 && errno != EEXIST)
			return perror(argv[1]), 1;
		if (mkdir(path, 0755) < 0 && errno != EEXIST)
			return perror(path), 1;
		snprintf(path, sizeof(path), "%s/d%02u/f%06u.%s", argv[1], files % 97,
			 files, ext);
		f = fopen(path, "w");
		if (!f)
			return perror(path), 1;
		for (l = 0; l < lines; l++)
			word_line(f, ext);
		if (files % 500 == 7)
			plant(f, files);
		written += (unsigned long long)ftell(f);
		if (fclose(f))
			return perror(path), 1;
		files++;
	}
	printf("%u files, %.1f MB\n", files, (double)written / 1e6);
	return 0;
}
