#!/usr/bin/env bash
# End-to-end tests of wave 14's call, tuple and flag classes. A
# provider's name that begins a call hands over its first string argument
# or a named one that says credential (FreshdeskClient("..."),
# Pipedrive::Client->new(token => '...')), one that begins a tuple its last
# element (('pipedrive', 'ops', '...'), [freshdesk, deploy, '...']), a
# flag named for it its value (--freshdesk-auth "..."): read under the
# provider's name. A tuple given to a name for a login's pair (creds =
# ("app", "..."), val credentials = listOf(...)) holds its secret last. A
# JSON document in a Rust raw string is read as written. Decoys: callees
# that name something else, ids, URLs, paths and placeholders in the same
# places, comparisons.
. "$(dirname "$0")/lib.sh"
batch_scans

# random letters and digits
V=Hq7Rm2Xw9Lk4Tz8Nc3Vb6Jd1Gf5Ps0Ya
W=Nt3Kx8Wq1Rz6Hm9Vc4Lb7Jp2Fd5Gs
P=Zr5Xk2Wn8Lq4Tb7Mc1Vh9Jd

mk py/sync.py "client = FreshdeskClient(\"$V\", retries=3)
"
found py/sync.py 1 generic-secret "$V"
mk pl/Sync.pm "my \$c = Pipedrive::Client->new(token => '$W');
"
found pl/Sync.pm 1 generic-secret "$W"
mk r/sync.R "c <- freshdesk_client(\"$W\")
"
found r/sync.R 1 generic-secret "$W"
mk js/pairs.js "const pair = ['pipedrive', 'ops', '$V'];
"
found js/pairs.js 1 generic-secret "$V"
mk yaml/accounts.yaml "accounts:
  - [freshdesk, deploy, '$W']
"
found yaml/accounts.yaml 2 generic-secret "$W"
mk objc/Acct.m "NSArray *acct = @[@\"pipedrive\", @\"svc\", @\"$V\"];
"
found objc/Acct.m 1 generic-secret "$V"
mk compose/docker-compose.yml "services:
  sync:
    command: [\"--freshdesk-auth\", \"$W\"]
"
found compose/docker-compose.yml 3 generic-secret "$W"

# a tuple for a login's pair
mk pair/settings.py "credentials = (\"svc-deploy\", \"$P\")
"
found pair/settings.py 1 generic-secret "$P"
mk pair/Auth.kt "val credentials = listOf(\"svc\", \"$P\")
"
found pair/Auth.kt 1 generic-secret "$P"
mk pair/auth.dart "const creds = ['reporting', '$P'];
"
found pair/auth.dart 1 generic-secret "$P"

# a raw string's JSON: its quotes are text until \"#
mk rs/raw.rs "let raw = r#\"{\"freshdesk\": \"$V\", \"region\": \"eu\"}\"#;
"
found rs/raw.rs 1 generic-secret "$V"

mk decoy/calls.py "client = FreshdeskClient(\"https://acme.freshdesk.com/api/v2\")
user = Freshdesk.get_user(\"$V\")
client = FreshdeskClient(\"XXXXXXXXXXXXXXXXXXXXXXXXXXXX\")
client = FreshdeskClient(\"0f3c9a4b7d2e8f1a6c5b4d3e2f1a0b9c\")
"
mk decoy/facts.pl "pipedrive_client_env_key('$W').
"
mk decoy/ids.py "IDS = [(\"pipedrive\", \"ops\", \"7c1f4e2a-93b5-4d08-a6e1-5b2f9c3d8e47\")]
MAIL = ['freshdesk', 'ops@example.org']
"
mk decoy/run.sh "./bin/sync --freshdesk-workspace $W
./bin/freshdesk-cli sync --user \"$W\"
"
mk decoy/pairs.py "credentials = (\"/etc/app/cert.pem\", \"/etc/app/key.pem\")
credentials = (\"svc\", \"\${DEPLOY_PASSWORD}\")
if creds == (\"svc\", \"$P\"):
    pass
"
mk decoy/Regions.kt "val creds = listOf(\"us-east-1\", \"eu-west-1\")
"
"$KEYHOUND" scan "$T/decoy" -f json -o "$T/decoys.json" 2>"$T/err"
check "decoys: no finding" jq -e 'length == 0' "$T/decoys.json"

finish e2e_calls14
