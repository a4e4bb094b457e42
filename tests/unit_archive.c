/* Unit tests: archive.c - probes, UTF-16 transcoding, multi-member gzip,
 * nesting levels and the per-archive budget, through kh_scan_any(). */
#include <stdlib.h>
#include <string.h>

#include <zlib.h>

#include "archive.h"
#include "check.h"
#include "diag.h"
#include "rules.h"

#define PAT "pat-na1-3f9c2b7e-1a4d-4e8b-9c6f-2d7a8b9c0e1f" /* a fake */

static struct kh_ruleset rules;
static struct kh_engine *engine;
static struct kh_scratch *scratch;
static struct kh_diag diag;

/* Scans data as `path` (NULL: a commit message) with members capped at
 * max; findings in *out. */
static int scan_as(const char *path, const void *data, size_t len, size_t max,
		   struct kh_findings *out)
{
	struct kh_worker w = { 0 };
	struct kh_source src = { 0 };
	int ret;

	w.engine = engine;
	w.scratch = scratch;
	w.diag = &diag;
	w.max_file_size = max;
	src.path = path;
	src.data = data;
	src.len = len;
	ret = kh_scan_any(&w, &src);
	*out = w.findings;
	return ret;
}

static int scan(const void *data, size_t len, size_t max, struct kh_findings *out)
{
	return scan_as("t", data, len, max, out);
}

/* A commit message is text even when it starts like an archive. */
static void test_message(void)
{
	static const char msg[] = "\x1f\x8b PK k=" PAT "\n";
	struct kh_findings f;

	CHECK(scan_as(NULL, msg, sizeof(msg) - 1, 1 << 20, &f) == 0);
	CHECK(f.n == 1 && !f.v[0]->file);
	kh_findings_release(&f);
}

/* gzip of in[0..n) appended to buf at *len (buf is big enough). */
static void gzip_add(unsigned char *buf, size_t *len, size_t cap, const void *in,
		     size_t n)
{
	z_stream z;

	memset(&z, 0, sizeof(z));
	if (deflateInit2(&z, 9, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) !=
	    Z_OK)
		abort();
	z.next_in = (unsigned char *)in;
	z.avail_in = (uInt)n;
	z.next_out = buf + *len;
	z.avail_out = (uInt)(cap - *len);
	if (deflate(&z, Z_FINISH) != Z_STREAM_END)
		abort();
	*len = cap - z.avail_out;
	deflateEnd(&z);
}

/* UTF-16 (big-endian when be) of an ASCII string, with a unit before it. */
static size_t utf16(unsigned char *out, const char *s, int be)
{
	size_t n = 0;

	for (; *s; s++) {
		out[n + (be ? 1 : 0)] = (unsigned char)*s;
		out[n + (be ? 0 : 1)] = 0;
		n += 2;
	}
	return n;
}

static void test_probe(void)
{
	unsigned char tar[1024] = { 0 }, le[64];
	size_t n = utf16(le, "a = 1\n", 0);

	memcpy(tar + 257, "ustar", 5);
	CHECK(kh_probe_kind((const unsigned char *)"plain text\n", 11) == KH_PROBE_TEXT);
	CHECK(kh_probe_kind((const unsigned char *)"\x1f\x8b\x08", 3) ==
	      KH_PROBE_ARCHIVE);
	CHECK(kh_probe_kind((const unsigned char *)"PK\3\4 and 18 more bytes..", 26) ==
	      KH_PROBE_ARCHIVE);
	CHECK(kh_probe_kind(tar, sizeof(tar)) == KH_PROBE_ARCHIVE);
	CHECK(kh_probe_kind(le, n) == KH_PROBE_UTF16);
	CHECK(kh_probe_kind((const unsigned char *)"a\0\0\0b\0\1\2c", 9) ==
	      KH_PROBE_BINARY);
	/* a BOM without a NUL after it is not UTF-16; UTF-32 is not either */
	CHECK(kh_probe_kind((const unsigned char *)"\xff\xfe"
						   "abc",
			    5) == KH_PROBE_TEXT);
	CHECK(kh_probe_kind((const unsigned char *)"\xff\xfe\0\0a\0\0\0", 8) ==
	      KH_PROBE_BINARY);
	CHECK(kh_probe_kind((const unsigned char *)"", 0) == KH_PROBE_TEXT);
}

static void test_utf16(void)
{
	unsigned char buf[512];
	struct kh_findings f;
	size_t n = 0;

	/* LE with a BOM; an emoji (a surrogate pair) before the secret: its
	 * column counts the 4 UTF-8 bytes of the emoji */
	buf[n++] = 0xff, buf[n++] = 0xfe;
	n += utf16(buf + n, "x\n", 0);
	buf[n++] = 0x3d, buf[n++] = 0xd8, buf[n++] = 0x00, buf[n++] = 0xde; /* U+1F600 */
	n += utf16(buf + n, " k=" PAT "\n", 0);
	CHECK(scan(buf, n, 1 << 20, &f) == 0);
	CHECK(f.n == 1 && f.v[0]->line == 2 && f.v[0]->column == 8);
	kh_findings_release(&f);

	/* BE without a BOM, an unpaired surrogate and an odd last byte */
	n = utf16(buf, "a = 1\n", 1);
	buf[n++] = 0xdc, buf[n++] = 0x00; /* a low surrogate alone: U+FFFD */
	n += utf16(buf + n, "\nk=" PAT "\n", 1);
	buf[n++] = 'z';
	CHECK(scan(buf, n, 1 << 20, &f) == 0);
	CHECK(f.n == 1 && f.v[0]->line == 3 && f.v[0]->column == 3);
	kh_findings_release(&f);

	/* U+0000 in the text: binary after all, skipped */
	n = utf16(buf, "k=" PAT, 0);
	buf[n++] = 0, buf[n++] = 0;
	n += utf16(buf + n, "\n", 0);
	{
		unsigned long long before = atomic_load(&diag.stats.skipped_binary);

		CHECK(scan(buf, n, 1 << 20, &f) == 0);
		CHECK(f.n == 0 && atomic_load(&diag.stats.skipped_binary) == before + 1);
	}
	kh_findings_release(&f);
}

static void test_gzip(void)
{
	static unsigned char gz[4096], inner[4096], outer[4096];
	struct kh_findings f;
	size_t n = 0, ni = 0, no = 0;
	unsigned long long warnings;

	/* three members; the secret is in the last; trailing bytes ignored */
	gzip_add(gz, &n, sizeof(gz), "one\n", 4);
	gzip_add(gz, &n, sizeof(gz), "two\n", 4);
	gzip_add(gz, &n, sizeof(gz), "k=" PAT "\n", strlen(PAT) + 3);
	memcpy(gz + n, "\0\0\0\0", 4);
	CHECK(scan(gz, n + 4, 1 << 20, &f) == 0);
	CHECK(f.n == 1 && f.v[0]->line == 3);
	kh_findings_release(&f);

	/* a truncated last member: one warning, what came before the cut
	 * scanned (here all its text: only the trailer is cut) */
	warnings = atomic_load(&diag.warnings);
	CHECK(scan(gz, n - 6, 1 << 20, &f) == 0);
	CHECK(f.n == 1 && f.v[0]->line == 3 &&
	      atomic_load(&diag.warnings) == warnings + 1);
	kh_findings_release(&f);

	/* three gzip levels are opened, a fourth is not */
	gzip_add(inner, &ni, sizeof(inner), "k=" PAT "\n", strlen(PAT) + 3);
	gzip_add(outer, &no, sizeof(outer), inner, ni);
	n = 0;
	gzip_add(gz, &n, sizeof(gz), outer, no);
	CHECK(scan(gz, n, 1 << 20, &f) == 0);
	CHECK(f.n == 1);
	kh_findings_release(&f);
	ni = n;
	memcpy(inner, gz, n);
	n = 0;
	gzip_add(gz, &n, sizeof(gz), inner, ni);
	CHECK(scan(gz, n, 1 << 20, &f) == 0);
	CHECK(f.n == 0);
	kh_findings_release(&f);
}

/* A tar member: header and data padded to 512 bytes, appended at *len. */
static void tar_add(unsigned char *buf, size_t *len, const char *name, const void *data,
		    size_t n)
{
	unsigned char *h = buf + *len;

	memset(h, 0, 512);
	memcpy(h, name, strlen(name));
	snprintf((char *)h + 124, 12, "%011zo", n);
	h[156] = '0';
	memcpy(h + 257, "ustar", 5);
	memcpy(h + 512, data, n);
	*len += 512 + (n + 511) / 512 * 512;
}

static void test_budget(void)
{
	static unsigned char big[150000], gz[8192], tar[120 * 2048];
	unsigned char text[1000];
	struct kh_findings f;
	size_t n = 0, t = 0, i;
	unsigned long long warnings;

	/* over 100 x --max-file-size: a bomb, stopped with one warning */
	memset(big, 'a', sizeof(big));
	memcpy(big + sizeof(big) - 60, "\nk=" PAT "\n", strlen(PAT) + 4);
	gzip_add(gz, &n, sizeof(gz), big, sizeof(big));
	warnings = atomic_load(&diag.warnings);
	CHECK(scan(gz, n, 1000, &f) == 0);
	CHECK(f.n == 0 && atomic_load(&diag.warnings) == warnings + 1);
	kh_findings_release(&f);
	/* over --max-file-size, within the budget: read in chunks, the secret
	 * on its line */
	CHECK(scan(gz, n, 2000, &f) == 0);
	CHECK(f.n == 1 && f.v[0]->line == 2 &&
	      atomic_load(&diag.warnings) == warnings + 1);
	kh_findings_release(&f);
	/* at the limit: read */
	CHECK(scan(gz, n, sizeof(big), &f) == 0);
	CHECK(f.n == 1);
	kh_findings_release(&f);

	/* a tar of 120 gzip members of 1000 bytes, secrets in the first and
	 * the last: with a cap of 1000 the budget (100 x) is spent before the
	 * last, with one warning; with a cap of 2000 everything is read */
	for (i = 0; i < 120; i++) {
		char name[16];

		memset(text, 'b', sizeof(text));
		if (i == 0 || i == 119)
			memcpy(text, "k=" PAT "\n", strlen(PAT) + 3);
		n = 0;
		gzip_add(gz, &n, sizeof(gz), text, sizeof(text));
		snprintf(name, sizeof(name), "m%03zu.gz", i);
		tar_add(tar, &t, name, gz, n);
	}
	warnings = atomic_load(&diag.warnings);
	CHECK(scan(tar, t, 1000, &f) == 0);
	/* a gzip member is named after the member, not the whole path */
	CHECK(f.n == 1 && !strcmp(f.v[0]->file, "t!m000.gz!m000"));
	CHECK(atomic_load(&diag.warnings) == warnings + 1);
	kh_findings_release(&f);
	CHECK(scan(tar, t, 2000, &f) == 0);
	CHECK(f.n == 2 && atomic_load(&diag.warnings) == warnings + 1);
	kh_findings_release(&f);
}

int main(void)
{
	char err[256];

	kh_diag_init(&diag, 1);
	if (kh_rules_load_builtin(&rules, 0, err, sizeof(err)) < 0 ||
	    kh_rules_compile(&rules, err, sizeof(err)) < 0 ||
	    !(engine = kh_engine_new(&rules, err, sizeof(err))) ||
	    !(scratch = kh_scratch_new(engine))) {
		fprintf(stderr, "unit_archive: %s\n", err);
		return 1;
	}
	test_probe();
	test_utf16();
	test_gzip();
	test_budget();
	test_message();
	kh_scratch_free(scratch);
	kh_engine_free(engine);
	kh_ruleset_release(&rules);
	kh_diag_release(&diag);
	return check_done("unit_archive");
}
