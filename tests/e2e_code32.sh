#!/usr/bin/env bash
# End-to-end tests of wave 32's code shapes (code32): HTTP Basic
# credentials stored encoded under any name ("Basic <base64>" in a
# constant, its base64 however short), built in code by an encoder of a
# literal login (btoa("user:pass"), b64encode, strict_encode64,
# base64_encode, encodeToString, ToBase64String, Buffer.from), and a key
# sent as the user with no password; a generated key under a product's
# word and key (BEEHIIV_KEY, beehiivKey). Each with its hard negatives: a
# login of variables, samples, a user alone, prose about Basic
# authentication, keys of no credential (CACHE_KEY, SORT_KEY, SITE_KEY),
# values of no generator.
. "$(dirname "$0")/lib.sh"

b64() { printf '%s' "$1" | base64 | tr -d '\n'; }

# ---- "Basic <base64>" stored under any name --------------------------------
# (a 12-byte login is 16 base64 bytes: decoded wherever the grid falls)
mk web/headers.ts "// mail relay (north site)
export const relayAuthHeader = \"Basic $(b64 svc:rbJfifG2aKX4)\";
const hdr: string = @\"Basic $(b64 mailer:ztEju4hDvov1X6)\"
const segmentHeader = \"Basic $(b64 gHFZQt9cpCQWFIR0zXkLco3xEsc6K2tH:)\";
const anon = \"Basic $(b64 deploy-bot:)\";
const sample = \"Basic $(b64 user:password)\";
const admin = \"Basic $(b64 admin:admin)\";
const viewer = \"Basic $(b64 readonly-viewer-account:)\";
"
scan_report web/headers.ts
holds_once 2 rbJfifG2aKX4
holds_once 3 ztEju4hDvov1X6
holds_once 4 gHFZQt9cpCQWFIR0zXkLco3xEsc6K2tH
holds_count 3

# the same short login after comment lines of any length (the finder's
# grid falls elsewhere on each)
for pad in '' 'x' 'xx' 'xxx' 'xxxx' 'xxxxx' 'xxxxxx' 'xxxxxxx'; do
	mk "grid/c$pad.arr" "# settings$pad
headerValue = \"Basic $(b64 api:vf7Q8dkgts0w)\"
"
	scan_report "grid/c$pad.arr"
	holds_once 2 vf7Q8dkgts0w
done

# ---- a literal login encoded in code ----------------------------------------
mk basic/build.py "import base64
HDR = \"Basic \" + base64.b64encode(b\"relay:rbJfifG2aKX4\").decode()
OTHER = base64.b64encode(f\"{user}:{password}\".encode())
PAIR = base64.b64encode(b\"key:value\")
"
scan_report basic/build.py
holds_once 2 rbJfifG2aKX4
holds_count 1

mk basic/client.rb 'auth = "Basic #{Base64.strict_encode64("ops:ztEju4hDvov1X6")}"
other = Base64.strict_encode64("#{user}:#{pass}")
'
scan_report basic/client.rb
holds_once 1 ztEju4hDvov1X6
holds_count 1

mk basic/Client.java 'String enc = Base64.getEncoder().encodeToString("deploy:rbJfifG2aKX4".getBytes());
String url = Base64.getEncoder().encodeToString("http://example.com:8080/path".getBytes());
'
scan_report basic/Client.java
holds_once 1 rbJfifG2aKX4
holds_count 1

mk basic/client.go 'hdr := "Basic " + base64.StdEncoding.EncodeToString([]byte("t98pPrz3QHea0Q7QgzkevKrxXk0Q4sNhDslqT1BS:"))
stamp := base64.StdEncoding.EncodeToString([]byte("time:" + now))
'
scan_report basic/client.go
holds_once 1 t98pPrz3QHea0Q7QgzkevKrxXk0Q4sNhDslqT1BS
holds_count 1

mk basic/Api.cs 'var v = Convert.ToBase64String(Encoding.UTF8.GetBytes("api:ztEju4hDvov1X6"));
'
scan_report basic/Api.cs
holds_once 1 ztEju4hDvov1X6

mk basic/api.php "<?php
\$h = 'Authorization: Basic ' . base64_encode('gHFZQt9cpCQWFIR0zXkLco3xEsc6K2tH:');
\$g = base64_encode(\$user . ':' . \$pass);
"
scan_report basic/api.php
holds_once 2 gHFZQt9cpCQWFIR0zXkLco3xEsc6K2tH
holds_count 1

mk basic/export.js "const auth = Buffer.from('reports:rbJfifG2aKX4').toString('base64');
const h = { Authorization: \`Basic \${btoa('gHFZQt9cpCQWFIR0zXkLco3xEsc6K2tH:')}\` };
const t = btoa('hello:world');
const u = btoa(user + ':' + pass);
const hex = Buffer.from('reports:ztEju4hDvov1X6').toString('hex');
"
scan_report basic/export.js
holds_once 1 rbJfifG2aKX4
holds_once 2 gHFZQt9cpCQWFIR0zXkLco3xEsc6K2tH
holds_count 2

# ---- prose about Basic authentication stays quiet --------------------------
mk docs/auth.md 'The basic understanding of HTTP: basic authentication sends
the user and password in base64, as in `Basic dXNlcjpwYXNzd29yZA==`.
'
silent docs/auth.md

# ---- a product's key under its own name: WORD_KEY, word_key, wordKey -------
# a generated value (24 to 64 letters of both cases and digits) under a
# product's word and key; keys of no credential (cache, sort, primary,
# a site's or a map's) and values of no generator (hex, base64 of text,
# an identifier, a path) stay quiet
mk app/send.rb 'BEEHIIV_KEY = "Pq4mWz8RnXv2LkTb6YcHd3SfJg9KeUa7Lp5MxQ2w"
CACHE_KEY = "Xq7mWz3PnXv6LkRb2YcHd5SfJg7KeUa4"
SORT_KEY = "Zr8nTq2WmXv6LkRb4YcHd5SfJg7KeUa3"
self.CONFIG_KEY = "Wt3nRq8VzKm5XpPb2HcYd7SgJf4NeUa9"
STATE_KEY = "com.example.app.PreferenceStateKey"
LABEL_KEY = "SGVsbG8gV29ybGQgdGhpcyBpcyBhIHRleHQ="
DIGEST_KEY = "4c7e19a2b85d3f60e1a9c4d72b6f8e034c7e19a2"
ROUTE_KEY = "UserProfileSettingsScreenKey"
SITE_KEY = "Ym2nTq8WzXv6LkRb4YcHd5SfJg7KeUa3Rt9P"
'
scan_report app/send.rb
holds_once 1 Pq4mWz8RnXv2LkTb6YcHd3SfJg9KeUa7Lp5MxQ2w
holds_count 1

mk app/client.js 'const LOOPS_KEY = "Hn4wQz7TmXv2KpRb8LcYd5SgJf3NeUa6Wr1Z";
const routeKey = "Zq7mWz3PnXv6LkRb2YcHd5SfJg7KeUa5";
const hotKey = "ctrl+shift+K";
'
scan_report app/client.js
holds_once 1 Hn4wQz7TmXv2KpRb8LcYd5SgJf3NeUa6Wr1Z
holds_count 1

mk app/.env 'BEEHIIV_KEY=Rk8vTn2WqXz5LmPa9YbHc4DsJf7GeUo3Vt6Q
LOOKUP_KEY=Tq8mWz3PnXv6LkRb2YcHd5SfJg7KeUa4
IDEMPOTENCY_KEY=abcdefabcdefabcdefabcdefabcdef12
CONSUMER_KEY=Vt3nRq8VzKm5XpPb2HcYd7SgJf4
loopsKey=Hn4wQz7TmXv2KpRb8LcYd5SgJf3NeUa6Wr1Z
'
scan_report app/.env
holds_once 1 Rk8vTn2WqXz5LmPa9YbHc4DsJf7GeUo3Vt6Q
holds_once 5 Hn4wQz7TmXv2KpRb8LcYd5SgJf3NeUa6Wr1Z
holds_count 2

mk web/analytics.js "export const analytics = AnalyticsBrowser.load({ writeKey: 'Nq7Vb2Xk9LmT4Rz8Pw3Hc6Jy1Df5Gs0A' })
"
silent web/analytics.js

finish "e2e_code32"
