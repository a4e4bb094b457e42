#include "diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "util.h"

void kh_diag_init(struct kh_diag *d, int quiet)
{
	memset(d, 0, sizeof(*d));
	pthread_mutex_init(&d->lock, NULL);
	d->quiet = quiet;
}

void kh_diag_release(struct kh_diag *d)
{
	if (d)
		pthread_mutex_destroy(&d->lock);
}

static void emit(struct kh_diag *d, const char *kind, const char *fmt, va_list ap)
{
	char line[1024];

	vsnprintf(line, sizeof(line), fmt, ap);
	kh_one_line(line);
	pthread_mutex_lock(&d->lock);
	fprintf(stderr, "keyhound: %s: %s\n", kind, line);
	pthread_mutex_unlock(&d->lock);
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
