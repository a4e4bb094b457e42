#!/usr/bin/env bash
# tests/e2e_inputs.sh - hostile and odd inputs: zip bombs, multi-member
# gzip, ZIP64, nesting, UTF-16, symlinks, long paths, binary probes and
# stdin in chunks. Sources tests/lib.sh; zips are made by tests/make_zip.py.
. "$(dirname "$0")/lib.sh"
KH=$KEYHOUND
MKZIP="python3 $ROOT/tests/make_zip.py"

# fake tokens detected by built-in rules without context
PAT=pat-na1-3f9c2b7e-1a4d-4e8b-9c6f-2d7a8b9c0e1f
GH=ghp_R4nd0mT0k3nV4lu3F0rT3st1ng0001Mxk9zQ

# count_in FILE REGEX: lines of FILE matching REGEX
count_in() { grep -c -- "$2" "$1" || true; }

# --- zip bomb: every entry points at one member ---------------------------------
mkdir -p "$T/bomb"
{ printf 'k=%s\n' "$PAT"; head -c 300000 /dev/zero | tr '\0' 'a'; echo; } >"$T/member.txt"
$MKZIP bomb "$T/bomb/bomb.zip" 2000 "$T/member.txt"
expect_exit 1 "overlapping zip entries" -- "$KH" scan -f json "$T/bomb"
check "the shared member is scanned once" jq -e 'length == 1' "$T/out"
check "one warning for the overlapping entries" \
	test "$(count_in "$T/err" '1999 zip entries overlap')" = 1 -a "$(count_in "$T/err" warning)" = 1

# the same archive committed to a repository: archive.c serves every source
git init -q "$T/bombrepo"
cp "$T/bomb/bomb.zip" "$T/bombrepo/"
git -C "$T/bombrepo" add bomb.zip
git -C "$T/bombrepo" -c user.name=t -c user.email=t@example.com commit -qm bomb
expect_exit 1 "overlapping zip entries in git history" -- "$KH" git -f json "$T/bombrepo"
check "git: the shared member is scanned once" jq -e 'length == 1' "$T/out"
check "git: one warning for the overlapping entries" \
	test "$(count_in "$T/err" 'zip entries overlap')" = 1

# --- the per-archive budget: 100 x --max-file-size, charged while inflating -----
mkdir -p "$T/budget"
$MKZIP many "$T/budget/many.zip" 110 19990 "$PAT" "$GH"
expect_exit 1 "archive over its budget" -- "$KH" scan -f json --max-file-size 20000 "$T/budget"
check "members before the budget is spent are scanned" \
	jq -e 'length == 1 and (.[0].file | endswith("many.zip!f0000.env"))' "$T/out"
check "one warning when the budget is spent" \
	test "$(count_in "$T/err" 'many.zip: archive stopped: it decompresses to more than 2000000 bytes')" = 1 \
	-a "$(count_in "$T/err" warning)" = 1
expect_exit 1 "archive within its budget" -- "$KH" scan -f json --max-file-size 30000 "$T/budget"
check "every member within the budget is scanned" jq -e 'length == 2' "$T/out"

# --- multi-member gzip ------------------------------------------------------------
mkdir -p "$T/gz"
{ printf 'first member\n' | gzip -c; printf 'k=%s\n' "$PAT" | gzip -c; } >"$T/gz/two.env.gz"
expect_exit 1 "multi-member gzip" -- "$KH" scan -f json "$T/gz"
check "the second gzip member is read" \
	jq -e 'length == 1 and (.[0].file | endswith("two.env.gz!two.env")) and .[0].line == 2' "$T/out"

# --- ZIP64: more than 65,535 entries, sizes and offsets in extra fields -----------
mkdir -p "$T/z64"
printf 'k=%s\n' "$PAT" >"$T/last.env"
$MKZIP zip64 "$T/z64/big.zip" 65600 "$T/last.env"
expect_exit 1 "ZIP64 archive" -- "$KH" scan -f json "$T/z64"
check "the entry past 65,535 is read" \
	jq -e 'length == 1 and (.[0].file | endswith("big.zip!last.env"))' "$T/out"

# --- nesting: three archive levels, a .tar.gz being one ---------------------------
mkdir -p "$T/nest/w" "$T/nest4"
printf 'k=%s\n' "$PAT" >"$T/nest/w/s.env"
(cd "$T/nest/w" && python3 -c "import zipfile; z=zipfile.ZipFile('inner.zip','w'); z.write('s.env'); z.close()" &&
	tar czf mid.tar.gz inner.zip &&
	python3 -c "import zipfile; z=zipfile.ZipFile('../outer.zip','w'); z.write('mid.tar.gz'); z.close()" &&
	python3 -c "import zipfile; z=zipfile.ZipFile('../../nest4/four.zip','w'); z.write('../outer.zip','outer.zip'); z.close()")
rm -r "$T/nest/w"
expect_exit 1 "zip in tar.gz in zip" -- "$KH" scan -f json "$T/nest"
check "three archive levels are opened" \
	jq -e 'length == 1 and (.[0].file | endswith("outer.zip!mid.tar.gz!inner.zip!s.env"))' "$T/out"
expect_exit 0 "four archive levels" -- "$KH" scan -f json "$T/nest4"
check "the fourth level is refused with a note" \
	grep -q 'four.zip!outer.zip!mid.tar.gz!inner.zip: archive nested more than 3 levels deep' "$T/err"

# --- UTF-16 text ------------------------------------------------------------------
mkdir -p "$T/u16"
python3 - "$T/u16" "$PAT" <<'PY'
import sys
d, pat = sys.argv[1], sys.argv[2]
text = "# setup\r\n$name = 'd\u00e9j\u00e0 vu \U0001F600'\r\n$key = '%s'\r\n" % pat
open(d + "/bom-le.ps1", "wb").write(text.encode("utf-16"))  # BOM, little-endian
open(d + "/plain-be.config", "wb").write(text.encode("utf-16-be"))  # no BOM
PY
expect_exit 1 "UTF-16 files" -- "$KH" scan -f json "$T/u16"
check "UTF-16 LE with a BOM and BE without one are both scanned" \
	jq -e 'length == 2 and all(.[]; .line == 3 and .column == 9 and .secret == "'"$PAT"'")' "$T/out"

finish e2e_inputs
