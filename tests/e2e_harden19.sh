#!/usr/bin/env bash
# End-to-end tests of wave 19's hardening: a file of more keyword hits
# than the matcher keeps (65,536) loses no finding that needs a hit's
# place (a provider's name in context, a name apart from its value); tar
# members named past the header's 100 bytes (GNU long names, the ustar
# prefix, pax paths) by their whole name, hostile names said once.
. "$(dirname "$0")/lib.sh"

H40=6e1b9c47a2f85d03c9e1a7b4f2d86c05e3a9b17d
BS=Nq4vTz8LkW2pRm7XbY3c
TOK=Hq4wZt9LmX2vRk7pNc3e

# overflow FILE HEAD TAIL: $T/FILE is HEAD, 70,000 lines of password
# names (past the 65,536 keyword hits kept), then TAIL far below.
overflow() {
	python3 - "$T/$1" "$2" "$3" <<'PY'
import os, sys
os.makedirs(os.path.dirname(sys.argv[1]), exist_ok=True)
open(sys.argv[1], "w").write(sys.argv[2] + "  - password: ''\n" * 70000 + sys.argv[3])
PY
}

# far FILE RULE SECRET LINE: scanning $T/FILE finds SECRET by RULE on LINE
# and nothing else, in a bounded time.
far() {
	timeout 120 "$KEYHOUND" scan "$T/$1" -f json -q --show-secrets -o "$T/out" 2>"$T/err"
	check "$1: $2 on line $4" jq -e --arg r "$2" --arg s "$3" --argjson l "$4" \
		'[.[] | [.rule_id, .secret, .line]] == [[$r, $s, $l]]' "$T/out"
}

# a key of a generic look under a provider's name, far below the hits
overflow overflow/newrelic.yml "items:
" "newrelic:
  license: $H40
"
far overflow/newrelic.yml newrelic-license-key-legacy "$H40" 70003
# a provider's index in a chain of indices, and a key named in a sentence
overflow overflow/chain.yml "items:
" "config['app']['newrelic']['license'] = '$H40'
"
far overflow/chain.yml newrelic-license-key-legacy "$H40" 70002
overflow overflow/prose.yml "items:
" "the browserstack key we got is $BS
"
far overflow/prose.yml browserstack-access-key "$BS" 70002
# a name on the line above its value (the shape reader)
overflow overflow/shape.yml "items:
" "api_token:
  $TOK
"
far overflow/shape.yml generic-secret "$TOK" 70003
# decoys: the provider's name with nothing of a key's, far below
overflow overflow/decoy/newrelic.yml "items:
" "newrelic:
  license: \${NEW_RELIC_LICENSE_KEY}
  app_name: checkout-$H40
"
silent overflow/decoy/newrelic.yml

# ---- tar members named past the header's 100 bytes ---------------------------
A=$T/tar
mkdir -p "$A/src"
LONG=deep/$(printf 'directory%02d/' $(seq 0 11))app/settings.env
mkdir -p "$A/src/$(dirname "$LONG")"
printf 'token = %s\n' "$TOK" >"$A/src/$LONG"
for f in gnu ustar pax; do
	tar --format=$f -cf "$A/tar_$f.tar" -C "$A/src" "$LONG"
done
python3 - "$A" "$TOK" "$LONG" <<'PY'
import io, sys, tarfile
d, tok, long = sys.argv[1], sys.argv[2].encode(), sys.argv[3]
S = b"token = " + tok + b"\n"
def member(t, name, data=S):
    i = tarfile.TarInfo(name)
    i.size = len(data)
    t.addfile(i, io.BytesIO(data))
for fmt, f in (("gnu", tarfile.GNU_FORMAT), ("ustar", tarfile.USTAR_FORMAT),
               ("pax", tarfile.PAX_FORMAT)):
    with tarfile.open("%s/py_%s.tar" % (d, fmt), "w", format=f) as t:
        member(t, long)
# hostile names, header by header
def header(name, size, typ, magic=b"ustar  \0"):
    h = bytearray(512)
    h[0:len(name[:100])] = name[:100]
    h[100:108] = b"0000644\0"
    h[124:136] = b"%011o\0" % size
    h[136:148] = b"00000000000\0"
    h[156:157] = typ
    h[257:265] = magic
    h[148:156] = b" " * 8
    h[148:156] = b"%06o\0 " % sum(h)
    return bytes(h)
def entry(name, data, typ=b"0", magic=b"ustar  \0"):
    return header(name, len(data), typ, magic) + data + b"\0" * (-len(data) % 512)
L = lambda n: entry(b"././@LongLink", n, b"L")
def rec(k, v):
    body = k + b"=" + v + b"\n"
    n = len(body) + 1
    while len(b"%d " % n) + len(body) != n:
        n = len(b"%d " % n) + len(body)
    return b"%d " % n + body
X = lambda recs, typ=b"x": entry(b"PaxHeaders/x", b"".join(recs), typ, b"ustar\x0000")
end = b"\0" * 1024
hostile = {
    # a pax path of 1 MB: the member keeps its header's name
    "bigpax": X([rec(b"path", b"p/" * 524288)]) + entry(b"big.env", S, magic=b"ustar\x0000"),
    # a long name no member follows, after a member
    "nomember": entry(b"first.env", S) + L(long.encode() + b"\0"),
    # two long names, one member: the second names it
    "twice": L(b"lost/" + long.encode() + b"\0") + L(long.encode() + b"\0") + entry(b"cut.env", S),
    # ../ in a long name
    "climb": L(b"../../" + long.encode() + b"\0") + entry(b"cut.env", S),
    # a NUL inside a long name, and one inside a pax path
    "nul": L(b"a/b.env\0../../c.env\0") + entry(b"nul.env", S),
    "paxnul": X([rec(b"path", b"a/b.env\0c.env")]) + entry(b"paxnul.env", S, magic=b"ustar\x0000"),
    # a malformed pax record
    "badpax": X([b"99 path=x\n"]) + entry(b"badpax.env", S, magic=b"ustar\x0000"),
}
for n, body in hostile.items():
    open("%s/%s.tar" % (d, n), "wb").write(body + end)
PY
# named FILE NAME: scanning $A/FILE finds the secret in the member NAME
named() {
	"$KEYHOUND" scan "$A/$1" -f json --show-secrets -o "$T/out" 2>"$T/err"
	check "$1: the member named $2" jq -e --arg f "$A/$1!$2" --arg s "$TOK" \
		'[.[] | select(.secret == $s) | .file] == [$f]' "$T/out"
}
# said FILE TEXT: the scan's stderr holds one warning, with TEXT
said() {
	check "$1: one warning: $2" test "$(grep -c 'warning' "$T/err")/$(grep -c -- "$A/$1: .*$2" "$T/err")" = 1/1
}
for f in tar_gnu tar_ustar tar_pax py_gnu py_ustar py_pax; do
	named $f.tar "$LONG"
	check "$f.tar: no warning" bash -c "! grep -q warning '$T/err'"
done
named bigpax.tar big.env
said bigpax.tar "a header of [0-9]* bytes (more than 1048576) is not read"
named nomember.tar first.env
said nomember.tar "a long name no member follows"
named twice.tar "$LONG"
said twice.tar "a long name no member took"
named climb.tar "../../$LONG"
said climb.tar "climbs out of the archive"
named nul.tar nul.env
said nul.tar "a NUL inside its GNU long name"
named paxnul.tar paxnul.env
said paxnul.tar "a NUL inside its pax path"
named badpax.tar badpax.env
said badpax.tar "a malformed pax header"

# ---- one long line -------------------------------------------------------------
# Each keyword hit of a line once cost a look along the rest of the line:
# minified JSON of 3.4 MB with 40,000 password names took 106 s, a 100 MB
# base64 line 435 s. Bounded now; the timeouts are generous (ASan).
python3 - "$T/long" <<'PY'
import base64, json, os, random, sys
d = sys.argv[1]
os.makedirs(d)
r = random.Random(19)
items = [{"name": "svc%d" % i, "password": "", "token": None,
          "url": "https://example.com/api/%d" % i} for i in range(40000)]
open(d + "/min.json", "w").write(json.dumps({"items": items}, separators=(",", ":")) + "\n")
open(d + "/b64.txt", "wb").write(base64.b64encode(r.randbytes(7 << 20)) + b"\n")
open(d + "/xml.txt", "w").write("<key>password</key><string>" * 100000 + "\n")
PY
for f in min.json b64.txt xml.txt; do
	expect_exit 0 "a long line: $f" -- timeout 90 "$KEYHOUND" scan "$T/long/$f" \
		--max-file-size 32M -q -f json -o "$T/long.out"
done

finish e2e_harden19
