#!/usr/bin/env bash
# End-to-end tests of wave 32's code shapes (code32): HTTP Basic
# credentials stored encoded under any name ("Basic <base64>" in a
# constant, its base64 however short), built in code by an encoder of a
# literal login (btoa("user:pass"), b64encode, strict_encode64,
# base64_encode, encodeToString, ToBase64String, Buffer.from), and a key
# sent as the user with no password; each with its hard negatives: a login
# of variables, samples, a user alone, prose about Basic authentication.
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

finish "e2e_code32"
