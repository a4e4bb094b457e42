/*
 * fuzz_readers - libFuzzer target for the readers of code and prose that
 * the scan runs on a keyword's hit: login lists and header comparisons,
 * secrets in sentences, byte-list keys and escaped JSON, the judge of a
 * password's value. Its seeds are the texts of their suites; the first
 * byte picks a file name among the languages and formats those readers
 * tell apart, so each runs as it would on such a file.
 */
#include "fuzz_scan.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *names[] = { "a.txt",	 "a.py",	"a.js", "notes.md",
				       ".env",	 "config.json", "a.go", "a.rb",
				       "a.yaml", "A.java",	"a.cs", "a.sh",
				       "a.php",	 "a.ts",	"a.c",	"a.ini" };

	fuzz_scan_as(names[size ? data[0] % 16 : 0], data, size);
	return 0;
}
