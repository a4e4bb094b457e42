#include "diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

void kh_diag_init(struct kh_diag *d, int quiet)
{
	memset(d, 0, sizeof(*d));
	kh_progress_init(&d->progress);
	d->quiet = quiet;
}

void kh_diag_release(struct kh_diag *d)
{
	if (d)
		kh_progress_release(&d->progress);
}

#define LINE_MAX_BYTES 1024
#define LINE_HEAD      400 /* kept from the start of a longer message */

/* A message longer than a line (a path deeper than PATH_MAX) keeps its
 * start and its end, where the reason is, and loses its middle. */
static void shorten(char *line, const char *full, size_t n)
{
	size_t head = LINE_HEAD, tail = LINE_MAX_BYTES - 1 - LINE_HEAD - 3;
	const char *from = full + n - tail;

	while (head && ((unsigned char)full[head] & 0xc0) == 0x80)
		head--; /* whole UTF-8 characters only */
	while (*from && ((unsigned char)*from & 0xc0) == 0x80)
		from++;
	memcpy(line, full, head);
	memcpy(line + head, "...", 3);
	memcpy(line + head + 3, from, strlen(from) + 1);
}

static void emit(struct kh_diag *d, const char *kind, const char *fmt, va_list ap)
{
	char line[LINE_MAX_BYTES], *full;
	va_list again;
	int n;

	va_copy(again, ap);
	n = vsnprintf(line, sizeof(line), fmt, ap);
	if (n >= (int)sizeof(line) && (full = malloc((size_t)n + 1))) {
		vsnprintf(full, (size_t)n + 1, fmt, again);
		shorten(line, full, (size_t)n);
		free(full);
	}
	va_end(again);
	kh_one_line(line);
	kh_progress_hold(&d->progress);
	fprintf(stderr, "keyhound: %s: %s\n", kind, line);
	kh_progress_resume(&d->progress);
}

void kh_warn(struct kh_diag *d, const char *fmt, ...)
{
	va_list ap;

	atomic_fetch_add(&d->warnings, 1);
	if (d->quiet)
		return;
	va_start(ap, fmt);
	emit(d, "warning", fmt, ap);
	va_end(ap);
}

void kh_note(struct kh_diag *d, const char *fmt, ...)
{
	va_list ap;

	if (d->quiet)
		return;
	va_start(ap, fmt);
	emit(d, "note", fmt, ap);
	va_end(ap);
}
