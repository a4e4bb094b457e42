/*
 * unit_json_lines.c - every value of a JSON text knows its line, whatever
 * the text holds between them (escapes, brackets in strings, odd white
 * space cJSON accepts).
 */
#include <string.h>

#include "check.h"
#include "json_lines.h"

static unsigned line_of_path(const struct kh_json_doc *d, const char *a, int i)
{
	const cJSON *it = cJSON_GetObjectItemCaseSensitive(d->root, a);

	if (i >= 0)
		it = cJSON_GetArrayItem(it, i);
	return it ? kh_json_line(d, it) : 0;
}

static void test_lines(void)
{
	static const char text[] = "\xef\xbb\xbf{\n"
				   "  \"a\": \"x\\\"}],{[\\n\",\n"
				   "  \"b\": [\n"
				   "    1e5, true,\n"
				   "\f\v   null, \"multi\nline\",\n"
				   "    {\"c\": {}}\n"
				   "  ],\n"
				   "\n"
				   "  \"d\"\n"
				   "  :\n"
				   "  -0.5\n"
				   "}\n";
	struct kh_json_doc d;
	size_t line = 99;
	const char *why = NULL;

	CHECK(kh_json_doc_parse(&d, text, sizeof(text) - 1, &line, &why) == 0);
	CHECK(kh_json_line(&d, d.root) == 1);
	CHECK(line_of_path(&d, "a", -1) == 2);
	CHECK(line_of_path(&d, "b", -1) == 3);
	CHECK(line_of_path(&d, "b", 0) == 4);
	CHECK(line_of_path(&d, "b", 1) == 4);
	CHECK(line_of_path(&d, "b", 2) == 5);
	CHECK(line_of_path(&d, "b", 3) == 5);
	CHECK(line_of_path(&d, "b", 4) == 7); /* after a newline inside a string */
	CHECK(kh_json_line(&d, cJSON_GetArrayItem(
				       cJSON_GetObjectItemCaseSensitive(d.root, "b"), 4)
				       ->child) == 7);
	CHECK(line_of_path(&d, "d", -1) == 10); /* a member: its key's line */
	CHECK(kh_json_line(&d, NULL) == 0);
	kh_json_doc_release(&d);
}

static void test_errors(void)
{
	struct kh_json_doc d;
	size_t line = 0;
	const char *why = NULL;

	CHECK(kh_json_doc_parse(&d, "{\n\"a\": [1,\n2,,\n]}", 17, &line, &why) < 0);
	CHECK(line == 3);
	CHECK_STR(why, "not valid JSON");
	kh_json_doc_release(&d);
	CHECK(kh_json_doc_parse(&d, "{}\n\n[]", 6, &line, &why) < 0);
	CHECK(line == 3);
	CHECK_STR(why, "more after the value");
	kh_json_doc_release(&d);
	CHECK(kh_json_doc_parse(&d, "", 0, &line, &why) < 0);
	CHECK(line == 1);
	kh_json_doc_release(&d);
	CHECK(kh_json_doc_parse(&d, "{} \t\r\n", 6, &line, &why) == 0);
	kh_json_doc_release(&d);
	kh_json_doc_release(NULL);
}

int main(void)
{
	test_lines();
	test_errors();
	return check_done("unit_json_lines");
}
