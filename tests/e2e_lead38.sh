#!/usr/bin/env bash
# End-to-end tests of wave 38's lead fixes: a token continued over lines
# in Python's parentheses (or by `+`) is reported once, whole, not its
# pieces joined twice: the second level of the layer used to join the
# line made from the name's line and the line made from the second
# piece's own line as adjacent literals ("abab"). A header's name or a
# product's key name read as a service's key keeps the provider's own
# rule (Jellyfin's X-MediaBrowser-Token, a Kaggle key in a Postman
# environment); every word of a header's name is asked (a Shopify
# storefront token is public), and an NRII- value of the wrong length
# is no key. A chat's answer to a question for a Wi-Fi password may name
# the network, capitals and all, before its key ("BBS-Guest / X"); an
# account's name stays lower case. Every value is generated for this
# suite.
. "$(dirname "$0")/lib.sh"
batch_scans

P1=sk-proj-pCBXXwtsHxb3GK7CYsQ4
P2=VbYbJ2N0uvRjPEjT6Fu2T3BlbkFJiImPtw
P3=lFSi9mIfQYUyNGMLWWeCyJgndQpTKsFN3o
Q1=sk-proj-pjqNyE4Y6IMi3doq48chvjvZDe4CCULEpChogo8Go6mWT
Q2=3BlbkFJMClJufXeRxAfslOjQVhl65bJDcqzJyNgqjrqr6kCPtsoWuW7

# three pieces, the name's line holding a keyword
mk fleet/keys.py "OPENAI_API_KEY = (
    \"$P1\"
    \"$P2\"
    \"$P3\"
)
"
secrets_exactly fleet/keys.py "$P1$P2$P3"
scan_check "fleet/keys.py: openai-project-key at line 2" fleet/keys.py \
	'[.[] | select(.rule_id == "openai-project-key")] | length == 1 and .[0].line == 2'

# two pieces, a name no rule's keyword holds: the second line's own join
mk tools/feed.py "OPENAI_KEY = (
    \"$Q1\"
    \"$Q2\"
)
"
secrets_exactly tools/feed.py "$Q1$Q2"

# `+` at a line's end, then a line below of its own
mk src/Feed.java "class Feed {
    static final String OPENAI = \"$Q1\" +
        \"$Q2\";
    static final String OTHER = \"$P1\" +
        \"$P2$P3\";
}
"
secrets_exactly src/Feed.java "$Q1$Q2" "$P1$P2$P3"

# two values on lines of their own: never one
mk conf/two.py "A = \"$Q1$Q2\"
B = \"$P1$P2$P3\"
"
secrets_exactly conf/two.py "$Q1$Q2" "$P1$P2$P3"

# ---- a header's or a product's key name keeps its provider's rule ------------
mk infra/variables.tf 'variable "x-mediabrowser-token" {
  type    = string
  default = "3d4050d398c569efd95254313f6586e9"
}
'
found infra/variables.tf 3 jellyfin-api-key 3d4050d398c569efd95254313f6586e9

mk postman/env.postman_environment.json '{"values": [{"key": "kaggleKey", "value": "82d9897a1e47926b58c29b5a57926f97", "enabled": true}]}
'
scan_check "postman env: kaggleKey is Kaggle's" postman/env.postman_environment.json \
	'[.[] | select(.secret == "82d9897a1e47926b58c29b5a57926f97")] | length == 1 and .[0].rule_id == "kaggle-api-key-env"'

# (a word before the last one that says the header holds no secret)
mk shop/shopify.ps1 "\$headers = @{ 'X-Shopify-Storefront-Access-Token' = '1d40942d19be09c6c96722676b87d120' }
"
silent shop/shopify.ps1
mk api/client.rs '    let r = client.get(url).header("X-Client-Request-Key", "c2e2e661e53f1fff8af760c2584a059b").send()?;
'
silent api/client.rs
mk nr/notes.txt 'X-Insert-Key: NRII-5HhZszIkJEvSVyDn1qrN2hVHm
'
silent nr/notes.txt

# ---- a Wi-Fi network's name and its key, answering a question ------------------
mk chat/teams-it.txt '[09:12] Ana Reyes: can someone send me the wifi password for the depot guest network?
[09:13] Tom Hale: Depot-Guest / Hollyhock_grove47
[09:20] Ana Reyes: and the login for the depot kiosk?
[09:21] Tom Hale: Kiosk-Admin / Bramble_ridge83
[09:30] Ana Reyes: where do the build logs go?
[09:31] Tom Hale: DC8uv / DC8uvNoLeft
[09:40] Ana Reyes: what is the wifi password for the guest network?
[09:41] Tom Hale: Guest / Members
'
secrets_exactly chat/teams-it.txt Hollyhock_grove47

# ---- a Postman collection's API-key auth -------------------------------------
mk postman/partners.postman_collection.json '{
  "info": {"name": "Partner API"},
  "auth": {"type": "apikey", "apikey": [
    {"key": "value", "value": "Rv4kZq8TnW2mXb7LpC9sYd3Hf6Jg1QeA", "type": "string"},
    {"key": "key", "value": "X-Api-Key", "type": "string"},
    {"key": "in", "value": "header", "type": "string"}
  ]},
  "item": []
}
'
secrets_exactly postman/partners.postman_collection.json Rv4kZq8TnW2mXb7LpC9sYd3Hf6Jg1QeA
mk postman/shared.postman_collection.json '{
  "auth": {"type": "apikey", "apikey": [
    {"key": "value", "value": "{{partnerApiKey}}", "type": "string"},
    {"key": "key", "value": "X-Api-Key", "type": "string"}
  ]},
  "variable": [{"key": "partnerApiKey", "value": ""}]
}
'
silent postman/shared.postman_collection.json

# ---- a saved login's row in a long file's middle ------------------------------
prose='More prose follows about the depot and its printers, nothing else of note.'
rows=$'https://portal.example/  admin2  Wq7!ilynB=2-Tz\nhttps://cams.example/x  d.ross3\tKm4#Pv9vLx2-Rt\n'
mk notes/offboarding-long.txt "$(for i in 1 2 3; do echo "$prose"; done)"$'\n'"$rows$(for i in 1 2 3 4 5 6; do echo "$prose"; done)"
secrets_exactly notes/offboarding-long.txt 'Wq7!ilynB=2-Tz' 'Km4#Pv9vLx2-Rt'
mk notes/offboarding-short.txt "$rows"
secrets_exactly notes/offboarding-short.txt 'Wq7!ilynB=2-Tz' 'Km4#Pv9vLx2-Rt'

flush_scans
finish "e2e_lead38"
