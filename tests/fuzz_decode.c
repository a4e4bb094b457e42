/*
 * fuzz_decode - libFuzzer target for the decoding layers (decode.c): the
 * input after its first byte is encoded as that byte picks (as is,
 * base64, base64 of base64, base64 of UTF-16LE, percent-encoding, JSON
 * escapes, HTML entities) and scanned as a value in a file whose name the
 * same byte picks, so mutations of the plain text reach the decoded layer
 * and its findings' mapping back to the encoded source.
 */
#include <stdio.h>

#include "fuzz_scan.h"

struct out {
	uint8_t *b;
	size_t n, cap;
};

static void put(struct out *o, const char *s, size_t n)
{
	if (o->n + n > o->cap) {
		o->cap = (o->n + n) * 2 + 64;
		if (!(o->b = realloc(o->b, o->cap)))
			abort();
	}
	memcpy(o->b + o->n, s, n);
	o->n += n;
}

static void put_base64(struct out *o, const uint8_t *d, size_t n)
{
	static const char a[] =
		"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	size_t i;

	for (i = 0; i < n; i += 3) {
		unsigned v = (unsigned)d[i] << 16;
		char q[4];

		if (i + 1 < n)
			v |= (unsigned)d[i + 1] << 8;
		if (i + 2 < n)
			v |= d[i + 2];
		q[0] = a[v >> 18 & 63];
		q[1] = a[v >> 12 & 63];
		q[2] = i + 1 < n ? a[v >> 6 & 63] : '=';
		q[3] = i + 2 < n ? a[v & 63] : '=';
		put(o, q, 4);
	}
}

/* Each byte of d as "%XX", "\\u00XX" or "&#xXX;" unless it is alphanumeric. */
static void put_escaped(struct out *o, const uint8_t *d, size_t n, const char *fmt)
{
	size_t i;

	for (i = 0; i < n; i++) {
		char q[16];

		if ((d[i] | 0x20) >= 'a' && (d[i] | 0x20) <= 'z')
			put(o, (const char *)d + i, 1);
		else if (d[i] >= '0' && d[i] <= '9')
			put(o, (const char *)d + i, 1);
		else
			put(o, q, (size_t)snprintf(q, sizeof(q), fmt, d[i]));
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *names[] = { "a.yaml", "config.json", ".env", "a.html" };
	static const char *open[] = { "token: ", "{\"token\": \"",
				      "TOKEN=", "<a href=\"" };
	static const char *close[] = { "\n", "\"}\n", "\n", "\">\n" };
	struct out o = { 0 }, t = { 0 };
	unsigned pick = size ? data[0] : 0, place = pick & 3;
	size_t i;

	if (size)
		data++, size--;
	put(&o, open[place], strlen(open[place]));
	switch (pick >> 2 & 7) {
	case 0: put(&o, (const char *)data, size); break;
	case 1: put_base64(&o, data, size); break;
	case 2: /* base64 in base64 */
		put_base64(&t, data, size);
		put_base64(&o, t.b, t.n);
		break;
	case 3: /* as PowerShell's -EncodedCommand */
		for (i = 0; i < size; i++)
			put(&t, (const char[]){ (char)data[i], 0 }, 2);
		put_base64(&o, t.b, t.n);
		break;
	case 4: put_escaped(&o, data, size, "%%%02X"); break;
	case 5: put_escaped(&o, data, size, "\\u%04x"); break;
	case 6: put_escaped(&o, data, size, "&#x%x;"); break;
	default: /* as is, the line's text given whole */
		o.n = 0;
		put(&o, (const char *)data, size);
		break;
	}
	put(&o, close[place], strlen(close[place]));
	fuzz_scan_as(names[place], o.b, o.n);
	free(o.b);
	free(t.b);
	return 0;
}
