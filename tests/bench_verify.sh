#!/bin/bash
# tests/bench_verify.sh - verifies 1,000 distinct fake secrets against the
# local fake provider and prints requests made, wall time and peak
# concurrency (as the fake saw it).
#
#   KEYHOUND=./keyhound bash tests/bench_verify.sh [COUNT] [DELAY_MS]
#
# The secrets are spread evenly over the eight providers, each provider on
# its own loopback address (127.0.0.1 to .8) so that, as against the real
# APIs, each has its own per-host rate limit (20 requests/s). Every answer
# is delayed by DELAY_MS (default 100 ms, a typical API round trip). Runs
# with the default --verify-jobs 8, then with 32.
set -u
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
KEYHOUND=${KEYHOUND:-$ROOT/keyhound}
FAKE=$ROOT/tests/fake_provider.py
COUNT=${1:-1000}
DELAY=${2:-100}
T=$(mktemp -d "${TMPDIR:-/tmp}/keyhound-bench.XXXXXX")
PIDS=""
trap 'for p in $PIDS; do kill "$p" 2>/dev/null; done; rm -rf "$T"' EXIT
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY ALL_PROXY all_proxy
export no_proxy=127.0.0.1,localhost NO_PROXY=127.0.0.1,localhost

[ -x "$KEYHOUND" ] || { echo "bench_verify: build keyhound first (make keyhound)" >&2; exit 2; }

# COUNT distinct secrets: an eighth per provider, HubSpot's eighth split
# over its five checkable kinds
python3 - "$T" "$FAKE" "$COUNT" <<'EOF'
import os, random, sys
sys.path.insert(0, os.path.dirname(sys.argv[2]))
import fake_provider as fp
T, count = sys.argv[1], int(sys.argv[3])
rng = random.Random(1000)
kinds = [("VTPAK=", "pak"), ("VTPAT=", "pat"), ("VTACCESS=", "access"),
         ("VTREFRESH=", "refresh"), ("VTAPIKEY=", "uuid")]
others = ["github", "gitlab", "slack", "stripe", "openai", "npm", "sendgrid"]
seen, lines = set(), []
while len(lines) < count:
    i = len(lines)
    if i % 8 == 0:
        pre, kind = kinds[(i // 8) % len(kinds)]
    else:
        pre, kind = "token=", others[i % 8 - 1]
    s = fp.gen(kind, rng)
    if s not in seen:
        seen.add(s)
        lines.append(pre + s)
os.mkdir(T + "/in")
with open(T + "/in/secrets.env", "w") as f:
    f.write("\n".join(lines) + "\n")
EOF

run() {
	local jobs=$1 port i n t0 t1 note
	rm -f "$T/port" "$T/log" "$T/stats"
	python3 "$FAKE" serve --port-file "$T/port" --log "$T/log" --stats "$T/stats" \
		--idle 30 --max-life 900 --delay-ms "$DELAY" \
		--bind 127.0.0.1,127.0.0.2,127.0.0.3,127.0.0.4,127.0.0.5,127.0.0.6,127.0.0.7,127.0.0.8 &
	PIDS="$PIDS $!"
	for i in $(seq 150); do [ -s "$T/port" ] && break; sleep 0.1; done
	port=$(cat "$T/port") || exit 2
	n=0
	set -- hubspot github gitlab slack stripe openai npm sendgrid
	EP=()
	for p; do
		n=$((n + 1))
		EP+=(--verify-endpoint "$p=http://127.0.0.$n:$port$([ "$p" = slack ] && echo /api)")
	done
	t0=$(date +%s.%N)
	"$KEYHOUND" scan "$T/in" --rules "$ROOT/tests/verify_rules.json" --verify \
		--verify-jobs "$jobs" -f json -o "$T/out.json" "${EP[@]}" 2>"$T/err"
	t1=$(date +%s.%N)
	note=$(grep -o 'verify: .*' "$T/err" | tail -1)
	printf '%-14s %8s %10s %10s %8s   %s\n' "--verify-jobs $jobs" \
		"$(jq -s length "$T/log")" "$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f s", b - a }')" \
		"$(jq .peak "$T/stats")" \
		"$(jq '[.[] | select(.verification.status == "verified")] | length' "$T/out.json")" \
		"$note"
}

echo "bench_verify: $COUNT distinct secrets, 8 provider hosts, ${DELAY} ms per answer"
printf '%-14s %8s %10s %10s %8s\n' "" requests wall peak verified
run 8
run 32
