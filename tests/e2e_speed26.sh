#!/usr/bin/env bash
# End-to-end test of wave 26's speed fix: a minified line that names a
# credential is shaped in time linear in its length. The shapes looked
# for Ruby's `ENV.fetch("NAME") { "value" }` at each `){` from the line's
# start, and a bundle's one line holds thousands of them (a third of the
# CPU of a scan of npm packages). Scanned at 1x and 4x its size and the
# CPU times compared as e2e_harden23 does (linear about 4, that search
# 16), then the pair it must still read found.
. "$(dirname "$0")/lib.sh"

LIMIT=600 # seconds: a hang fails instead of blocking CI
MAXRATIO=9
A=$T/a

# one line: hubspot's name (its hits send their line to the shapes), a
# credential's word, and 25,000 (100,000) small functions
for m in 1 4; do
	mkdir -p "$A/$m"
	python3 - "$m" "$A/$m/bundle.min.js" <<'PY'
import sys
m, out = int(sys.argv[1]), sys.argv[2]
with open(out, "w") as f:
    f.write('var hubspot={apiKey:null};')
    for i in range(25000 * m):
        f.write('function f%d(a){return a+%d}' % (i, i))
    f.write("\n")
PY
done
scales_linearly "a minified line of \`){\`" "$A/1/bundle.min.js" "$A/4/bundle.min.js" "$MAXRATIO"
check "a minified line: nothing reported" jq -e 'length == 0' "$T/out"

# Ruby's fetch with a default, after other calls on its line: still read
cat >"$T/config.rb" <<'RB'
Rails.configuration.x.billing = build(:svc).tap { |s| s.client_secret = ENV.fetch("BILLING_CLIENT_SECRET") { "Vq7rT2mXk9LpW4sZ8nBf" } }
RB
expect_exit 1 "ENV.fetch's default after other calls" -- "$KEYHOUND" scan "$T/config.rb" -f json -q --show-secrets -o "$T/out"
check "ENV.fetch's default is the secret" jq -e '[.[].secret] | index("Vq7rT2mXk9LpW4sZ8nBf") != null' "$T/out"

finish e2e_speed26
