#!/usr/bin/env bash
# End-to-end tests of wave 22's hardening of wave 21's readers: the scan
# time of adversarial input grows with its size, not its square. Each case
# is scanned at 1x and 8x its size and the CPU times compared (a ratio of
# the same machine's times, not a timed assertion: linear gives about 8,
# a reader that walks the rest of a line for each keyword on it 64):
# a line of keywords then a long tail (the prose login reader looked for
# a '/' to the line's end for each), a 10 MB line of `password password`,
# nested Lisp forms, a line of `=`, a device config of `username` lines,
# prose with a password's word every 3 bytes, a tar stream of empty members
# and gzip whose chunks end inside multi-byte lines. Every run under a
# generous `timeout`.
. "$(dirname "$0")/lib.sh"

LIMIT=600 # seconds: a hang fails instead of blocking CI
MAXRATIO=24
A=$T/a
mkdir -p "$A"


# linear NAME GEN: GEN M writes the case at M times its size to stdout;
# the 8x scan must take less than MAXRATIO times the 1x one's CPU (0.05 s
# added to each: a short run's time is mostly start-up).
linear() {
	local name=$1 gen=$2 f1 f8 c1 c8
	f1=$A/$name.1/${3:-a.txt}
	f8=$A/$name.8/${3:-a.txt}
	mkdir -p "$(dirname "$f1")" "$(dirname "$f8")"
	$gen 1 >"$f1"
	$gen 8 >"$f8"
	cpu 2 "$f1" --max-file-size 256M
	c1=$(cat "$T/cpu")
	cpu 1 "$f8" --max-file-size 256M
	c8=$(cat "$T/cpu")
	if [ "$(cat "$T/rc")" -gt 1 ]; then
		bad "$name: 8x scan" "exit $(cat "$T/rc"); $(head -c 300 "$T/err")"
	elif awk -v a="$c1" -v b="$c8" -v r="$MAXRATIO" 'BEGIN { exit !((b + 0.05) / (a + 0.05) < r) }'; then
		ok
		echo "  $name: 1x ${c1}s, 8x ${c8}s"
	else
		bad "$name: not linear" "1x ${c1}s, 8x ${c8}s"
	fi
	rm -f "$f1" "$f8"
}

py() { python3 -c "import sys; m = int(sys.argv[1]); w = sys.stdout.buffer.write; $1" "$2"; }

# keywords on a long line, then its long tail: each keyword's readers
# look on a bounded stretch of the line, not to its end
g_token_tail() { py 'w(b"token " * (4000 * m) + b"x" * (1000000 * m) + b"\n")' "$1"; }
linear "token then a long tail" g_token_tail
g_creds_tail() { py 'w(b"login creds " * (3000 * m) + b"/" * (500000 * m) + b"\n")' "$1"; }
linear "creds then slashes" g_creds_tail
g_pw_head() { py 'w(b"x" * (1000000 * m) + b"password: " * (4000 * m) + b"\n")' "$1"; }
linear "a long head, then password:" g_pw_head
g_pwline() { py 'w(b"password " * (150000 * m) + b"\n")' "$1"; }
linear "a line of password password" g_pwline
g_nest() { py 'w(b"(" * (125000 * m) + b":key \"Vq7Kp2Xz\"" + b")" * (125000 * m) + b"\n")' "$1"; }
linear "nested Lisp forms" g_nest a.clj
g_nestmap() { py 'w(b"{:a " * (125000 * m) + b":password \"Vq7Kp2Xz\"" + b"}" * (125000 * m) + b"\n")' "$1"; }
linear "nested EDN maps" g_nestmap a.edn
g_kwlines() { py 'w(b"(f\n" + b" :token\n" * (100000 * m) + b")\n")' "$1"; }
linear "Lisp keywords alone on their lines" g_kwlines a.clj
g_eq() { py 'w(b"password " + b"=" * (100000 * m) + b"\n")' "$1"; }
linear "a line of =" g_eq
g_users() { py 'w(b"hostname r1\ninterface Gi1\n" + b"username\n" * (125000 * m))' "$1"; }
linear "a device config of username lines" g_users router.cfg
g_devlong() { py 'w(b"hostname r1\ninterface Gi1\nusername a\nusername ops password 0 " + b"secret " * (100000 * m) + b"\n")' "$1"; }
linear "a device line of secret words" g_devlong router.cfg
g_prose3() { py 'w(b"pw " * (250000 * m) + b"\n")' "$1"; }
linear "prose with a password word every 3 bytes" g_prose3 notes.md
g_nextline() { py 'w((b"Password:\n" + b"\n" * 8) * (20000 * m))' "$1"; }
linear "next-line values over blank lines" g_nextline notes.md
g_wrapped() { py 'w(b"password = \\\n" * (20000 * m))' "$1"; }
linear "wrapped values" g_wrapped
g_positional() { py 'w(b"client = twilio.rest.Client(" + b"\"AC0b9e3d7a5c1f2468ace0b9d7c5a3e1f2\", " * (8000 * m) + b")\n")' "$1"; }
linear "positional arguments" g_positional a.py
g_tar() { py 'import io, tarfile
b = io.BytesIO()
with tarfile.open(fileobj=b, mode="w:gz", format=tarfile.USTAR_FORMAT) as t:
    for i in range(12500 * m):
        t.addfile(tarfile.TarInfo("e"))
w(b.getvalue())' "$1"; }
linear "a tar stream of empty members" g_tar a.tar.gz
g_gz() { py 'import gzip
line = ("ünïcødé — “€” password " * 40 + "\n").encode()
w(gzip.compress(line * (1000000 * m // len(line)), 1))' "$1"; }
linear "gzip of multi-byte lines" g_gz a.txt.gz

# a gzip stream in chunks ending inside a multi-byte line: the secret
# across the edge found once, on its line
python3 - "$A/edge.txt.gz" <<'PY'
import gzip, sys
pre = ("€" * 30000 + "\n") * 2  # 180,002 bytes of 3-byte characters
body = pre + "€" * 43685 + " token = \"pat-na1-1b6e4c2a-9d3f-4a71-8e5c-0f2d7b9a6c31\" €€\n"
open(sys.argv[1], "wb").write(gzip.compress(body.encode()))
PY
expect_exit 1 "gzip cut inside a multi-byte line" -- timeout "$LIMIT" "$KEYHOUND" scan "$A/edge.txt.gz" \
	--max-file-size 128K -f json --show-secrets -o "$T/out"
check "gzip cut inside a multi-byte line: the token once, on line 3" jq -e \
	'length == 1 and .[0].secret == "pat-na1-1b6e4c2a-9d3f-4a71-8e5c-0f2d7b9a6c31" and .[0].line == 3' "$T/out"

# a clone whose pack is cut in half: the first half's commits scanned, a
# warning naming each tree past the cut, and the summary counts them as
# unreadable (a CI job sees the scan was incomplete); exit 1, not 2
G=$T/clone
git init -q "$T/src"
for i in $(seq 1 12); do
	mkdir -p "$T/src/d$i"
	head -c 3000 /dev/urandom | base64 >"$T/src/d$i/notes.txt"
	printf 'token = "pat-na1-1b6e4c2a-9d3f-4a71-8e5c-0f2d7b9a6c%02d"\n' "$i" >"$T/src/d$i/cfg.env"
	git -C "$T/src" add -A
	git -C "$T/src" -c user.name=t -c user.email=t@example.org commit -q -m "c$i"
done
git clone -q --no-local "$T/src" "$G"
P=$(ls "$G"/.git/objects/pack/*.pack)
chmod u+w "$P"
truncate -s $(($(stat -c %s "$P") / 2)) "$P"
expect_exit 1 "a pack cut in half" -- full_stacks timeout "$LIMIT" "$KEYHOUND" git "$G" -f json -o "$T/out"
nwarn=$(grep -c "warning: .*cannot read" "$T/err")
check "a pack cut in half: a warning per unreadable object" test "$nwarn" -gt 0
check "a pack cut in half: each names its object" test "$(grep "warning: " "$T/err" | grep -cv "[0-9a-f]\{40\}")" = 0
check "a pack cut in half: the summary counts them ($nwarn)" grep -q "skipped .*, $nwarn unreadable$" "$T/err"
check "a pack cut in half: the first half's secrets" jq -e 'length > 0' "$T/out"

finish e2e_harden22
