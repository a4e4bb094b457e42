/*
 * unit_decode_classify.c - the decoder's block scans agree with its byte
 * tables: every SIMD classify() this CPU runs says of every byte value, at
 * every place of a block, what is_b64() and the triggers say. And a line
 * decoded (decode_line) gets the bytes and origins it should, its runs
 * judged as the whole test of each says (line_run_text).
 *
 * The scans are static in decode.c, so it is included here; its exported
 * functions are renamed so they do not clash with the linked copy.
 */
#define kh_layer_put	    unit_kh_layer_put
#define kh_scan_decoding    unit_kh_scan_decoding
#define kh_decoded_json	    unit_kh_decoded_json
#define kh_decoded_text	    unit_kh_decoded_text
#define kh_decoded_document unit_kh_decoded_document
#define kh_decoded_bit	    unit_kh_decoded_bit
#define kh_decoded_encoding unit_kh_decoded_encoding
#define kh_percent_decode   unit_kh_percent_decode
#define kh_percent_escape   unit_kh_percent_escape
#include "decode.c"

#include "check.h"

/* What classify() must say of b[0..64): groups from is_b64(); marks are
 * every mark (the portable scan) or at least the triggers (the scans that
 * leave out marks whose next byte cannot make one). */
static void check_block(classify_fn *fn, const unsigned char *b, int all_marks)
{
	unsigned groups, want = 0;
	uint64_t marks;
	int k, j, ok = 1;

	fn(b, &groups, &marks);
	for (k = 0; k < 8; k++) {
		for (j = 0; j < 8 && is_b64(b[8 * k + j]); j++)
			;
		want |= (unsigned)(j == 8) << k;
	}
	CHECK(groups == want);
	for (k = 0; k < 64; k++) {
		int mark = (int)(marks >> k & 1);

		if (all_marks ? mark != is_mark(b[k])
			      : (mark && !is_mark(b[k])) ||
					(!mark && trigger_at(b, 65, (size_t)k)))
			ok = 0;
	}
	CHECK(ok);
}

/* Every byte value at every place, among base64 and among marks. */
static void check_scan(classify_fn *fn, int all_marks)
{
	static const unsigned char fills[] = "Ab3+/Q%&\\#";
	unsigned char b[128];
	size_t f;
	int c, at;

	for (f = 0; f < sizeof(fills) - 1; f++) {
		for (c = 0; c < 256; c++) {
			for (at = 0; at < 64; at++) {
				memset(b, fills[f], sizeof(b));
				b[at] = (unsigned char)c;
				check_block(fn, b, all_marks);
				/* the byte after a mark decides: a trigger */
				b[at] = '\\';
				b[at + 1] = (unsigned char)c;
				check_block(fn, b, all_marks);
			}
		}
	}
}

/* line_run_text() as its tests read when each was asked of every run:
 * the decision it must give. */
static size_t run_text_as_written(const unsigned char *b, size_t ls, size_t le, size_t i,
				  size_t end, const struct kh_layer *l, size_t mark,
				  unsigned char *tmp, size_t tmpcap)
{
	if (end - i > tmpcap * 4 / 3 || token_part(b, le, end, l, mark) ||
	    escaped_string(b, ls, le, i, end))
		return 0;
	if (hex_text(b, i, end, tmp, tmpcap))
		return hex_text(b, i, end, tmp, tmpcap);
	return b64_text(b, i, end, tmp, tmpcap,
			login_place(b, ls, i) ? B64_LOGIN_RUN : B64_MIN_RUN,
			login_place(b, ls, i) && !kh_has_digit(b + i, end - i) &&
				run_ends_line(b, le, end));
}

/* Lines of names, logins' places, quotes, dots and base64 runs of every
 * length from 1 to 40 (of text and not), every run judged both ways. */
static void check_run_text(void)
{
	static const char *const lead[] = { "",		 "x = ",	  "auth: Basic ",
					    "password=", "\"token\": \"", "DB_PASSWORD: ",
					    "name = '",	 "glc_",	  "a.",
					    "\\\"" };
	static const char alphabet[] =
		"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	unsigned char line[256], tmp[256], want_tmp[256];
	struct kh_layer l = { 0 };
	unsigned seed = 12345;
	size_t f, len, run, k, ok = 1, tried = 0;
	unsigned how;

	for (f = 0; f < sizeof(lead) / sizeof(lead[0]); f++) {
		for (run = 1; run <= 40; run++) {
			for (k = 0; k < 24; k++) {
				size_t n = strlen(lead[f]), i, end, got, want;

				memcpy(line, lead[f], n);
				for (i = 0; i < run; i++) {
					seed = seed * 1103515245u + 12345u;
					/* text's base64 (a letter of A-Z or a-f
					 * every four) in half the lines */
					line[n + i] =
						(unsigned char)(k % 2 && i % 4 == 0
									? "ABCDEFGHIJKLMN"
									  "OPQRSTUVWXYZab"
									  "cdef"[(seed >>
										  16) %
										 32]
									: alphabet[(seed >>
										    16) %
										   64]);
				}
				len = n + run;
				if (k % 3 == 0)
					line[len++] = '=';
				if (k % 5 == 0)
					line[len++] = '.', line[len++] = 'Q';
				line[len++] = k % 4 ? '"' : ' ';
				i = n;
				while (i > 0 && is_b64(line[i - 1]))
					i--;
				end = b64_end(line, len, i);
				memset(tmp, 0, sizeof(tmp));
				memset(want_tmp, 0, sizeof(want_tmp));
				got = line_run_text(line, 0, len, i, end, &l, 0, tmp,
						    sizeof(tmp), &how);
				want = run_text_as_written(line, 0, len, i, end, &l, 0,
							   want_tmp, sizeof(want_tmp));
				if (got != want || memcmp(tmp, want_tmp, sizeof(tmp)))
					ok = 0;
				tried += want != 0;
			}
		}
	}
	CHECK(ok);
	CHECK(tried > 0); /* some runs did decode */
}

/* decode_line() of text: its return, the layer's bytes, and each byte's
 * origin (how, and from: the source offset for a byte as it is). */
static void check_line(const char *text, int want_ret, const char *want,
		       const unsigned char *want_how)
{
	const unsigned char *b = (const unsigned char *)text;
	struct kh_layer l = { 0 };
	unsigned char tmp[512];
	size_t len = strlen(text), k, ok = 1;
	int r = decode_line(b, 0, len, &l, tmp, sizeof(tmp));

	CHECK(r == want_ret);
	if (!want) {
		CHECK(l.n == 0);
	} else {
		CHECK(l.n == strlen(want) && !memcmp(l.text, want, l.n));
		for (k = 0; k < l.n && k < strlen(want); k++) {
			if (l.at[k].how != want_how[k])
				ok = 0;
			/* bytes as they are: from their own offset, one each */
			if (!want_how[k] && want[k] != '\n' &&
			    (l.at[k].to != l.at[k].from + 1 ||
			     b[l.at[k].from] != l.text[k]))
				ok = 0;
		}
		CHECK(ok);
	}
	layer_release(&l);
}

static void check_lines(void)
{
	unsigned char how[128];
	struct kh_layer l = { 0 };
	unsigned char tmp[64];

	/* words only, and a short run where no login stands: nothing */
	check_line("int count = getValue(x) + 1; // done", 0, NULL, NULL);
	check_line("label = c3ZjOlRxNG1aOHdLcDI= end", 0, NULL, NULL);
	/* the same short run after `Basic `: a login */
	memset(how, 0, sizeof(how));
	memset(how + 12, KH_DEC_BASE64, 14);
	check_line("auth: Basic c3ZjOlRxNG1aOHdLcDI= end", 1,
		   "auth: Basic svc:Tq4mZ8wKp2 end\n", how);
	/* a long run among words, and a percent escape between them */
	memset(how, 0, sizeof(how));
	memset(how + 10, KH_DEC_PERCENT, 1);
	memset(how + 20, KH_DEC_BASE64, 23);
	check_line("go to q = %41 ok then ZGVwbG95OlJrOHZRbTJwTHg3VHo5V3E= and done", 1,
		   "go to q = A ok then deploy:Rk8vQm2pLx7Tz9Wq and done\n", how);
	/* the layer full within the line: the line is left out whole */
	CHECK(layer_room(&l, KH_DECODE_MAX - 8) == 0);
	l.n = KH_DECODE_MAX - 8;
	CHECK(decode_line((const unsigned char *)"words %41 and more words", 0, 24, &l,
			  tmp, sizeof(tmp)) == 0);
	CHECK(l.full && l.n == KH_DECODE_MAX - 8);
	layer_release(&l);
}

/* find_starts() as written first: one block at a time, the portable
 * classify(), the last bytes padded. */
static void starts_one_by_one(const unsigned char *b, size_t len, struct finder *f)
{
	unsigned char pad[128];
	unsigned last = 0, groups, pairs;
	uint64_t marks;
	size_t at;

	memset(f, 0, sizeof(*f));
	f->b = b;
	f->len = len;
	f->tmpcap = len + 16;
	for (at = 0; at < len; at += 64) {
		const unsigned char *p = b + at;

		if (len - at <= 64) {
			memset(pad, 0, sizeof(pad));
			memcpy(pad, b + at, len - at);
			p = pad;
		}
		classify(p, &groups, &marks);
		pairs = groups & (groups << 1 | last);
		last = groups >> 7;
		if ((pairs || marks) && found_in_block(f, at, pairs, marks) < 0)
			break;
	}
}

/* The finder's block loop (two blocks a step, the SIMD scans) finds the
 * starts a one-block walk finds: buffers of every length to 700 with
 * base64 of text, words, marks and line ends at random places. */
static void check_finder(void)
{
	static const char *const pieces[] = {
		"U2VjcmV0IHZhbHVlIGZvciB0ZXN0cw==", "dGhpcyBpcyBhIHRlc3Q6c2VjcmV0MTIz",
		"aGVsbG8gd29ybGQgaGVsbG8gd29ybGQ=", "/usr/share/doc/keyhound/examples",
		/* 24 bytes: at some places only two
		 * groups across a block's end */
		"c2VjcmV0OnBhc3N3ZDEyMw==", "dG9rZW49QWJjMTIzNDU2Nzg=", ".", ",x",
		"abcdefghijklmnopqrstuvwxyz012345", "%41%42", "\\u0041", "&amp;", "&#65;",
		"&addr", "\\n", "\n", " ", "x = \"", "password: "
	};
	unsigned char buf[800];
	struct finder got, want;
	unsigned seed = 4242;
	size_t len, n, k, same = 1, found = 0;
	int round;

	for (round = 0; round < 4000; round++) {
		seed = seed * 1103515245u + 12345u;
		len = (seed >> 8) % 700;
		for (n = 0; n < len;) {
			const char *p;
			size_t m;

			seed = seed * 1103515245u + 12345u;
			p = pieces[(seed >> 16) % (sizeof(pieces) / sizeof(pieces[0]))];
			m = strlen(p);
			if (n + m > len)
				m = len - n;
			memcpy(buf + n, p, m);
			n += m;
		}
		buf[len] = 0;
		if (find_layer_starts(buf, len, &got) < 0)
			continue;
		starts_one_by_one(buf, len, &want);
		found += want.st.n;
		if (got.st.n != want.st.n || got.b64_named != want.b64_named)
			same = 0;
		for (k = 0; same && k < got.st.n; k++)
			same = got.st.v[k] == want.st.v[k];
		free(got.tmp);
		free(got.st.v);
		free(want.tmp);
		free(want.st.v);
	}
	/* one short run at every place of a blank buffer: at some it holds
	 * only the last group of one block and the first of the next */
	for (n = 0; n + 24 <= 400; n++) {
		memset(buf, ' ', 400);
		memcpy(buf + n, pieces[5], 24);
		if (find_layer_starts(buf, 400, &got) < 0)
			continue;
		starts_one_by_one(buf, 400, &want);
		if (got.st.n != 1 || want.st.n != 1 || got.st.v[0] != want.st.v[0])
			same = 0;
		free(got.tmp);
		free(got.st.v);
		free(want.tmp);
		free(want.st.v);
	}
	CHECK(same);
	CHECK(found > 1000); /* runs and triggers were there to find */
}

int main(void)
{
	check_run_text();
	check_lines();
	check_finder();
	check_scan(classify, 1);
#ifdef HAVE_AVX2_SCAN
	if (__builtin_cpu_supports("avx2"))
		check_scan(classify_avx2, 0);
	if (__builtin_cpu_supports("avx512bw"))
		check_scan(classify_avx512, 0);
#endif
	return check_done("unit_decode_classify");
}
