/*
 * unit_decode_classify.c - the decoder's block scans agree with its byte
 * tables: every SIMD classify() this CPU runs says of every byte value, at
 * every place of a block, what is_b64() and the triggers say.
 *
 * The scans are static in decode.c, so it is included here; its exported
 * functions are renamed so they do not clash with the linked copy.
 */
#define kh_layer_put	    unit_kh_layer_put
#define kh_scan_decoding    unit_kh_scan_decoding
#define kh_decoded_json	    unit_kh_decoded_json
#define kh_decoded_text	    unit_kh_decoded_text
#define kh_decoded_document unit_kh_decoded_document
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

int main(void)
{
	check_scan(classify, 1);
#ifdef HAVE_AVX2_SCAN
	if (__builtin_cpu_supports("avx2"))
		check_scan(classify_avx2, 0);
	if (__builtin_cpu_supports("avx512bw"))
		check_scan(classify_avx512, 0);
#endif
	return check_done("unit_decode_classify");
}
