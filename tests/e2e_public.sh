#!/usr/bin/env bash
# End-to-end tests of values public by their format (wave 13): a
# publishable key, an app's or key's id, a shop's domain (the table in
# patterns/public.json) is no secret under any name, for the generic rule
# and for a provider's rule alike; a provider rule's value under a name
# that calls it an id (KEY_ID, serverId) is none either. The real secret
# under the same name is still found.
. "$(dirname "$0")/lib.sh"
batch_scans

H=4f8e2a1c9b7d3e6f0a5c8b2d1e9f7a3c
SK=sk_live_Rk8sW3nQ7vX2mL9pT4zC6yB1hD5fJ0gAq7Vb3Lm9Xz2Kp4Rt
MK=jV3wq8XzLm2Kp7RtYc6N4bHd9FsA1eGu

# publishable and public keys, ids, a shop's domain under a secret's name
mk pub/.env "STRIPE_SECRET_KEY=pk_live_Zq4vT8mW2xKc7LpN5rYb3AhJd6FsE9uQ
PAYSTACK_SECRET_KEY=pk_test_8d1c6b0f3a9e7d2c5b4a1f0e9d8c7b6a5f4e3d2c
FLW_SECRET_KEY=FLWPUBK-6be6fa5f05f5c6d746298c7abafaf213-X
RAZORPAY_KEY_SECRET=rzp_live_k4PuFpYCaymKK7
MAILGUN_SECRET=pubkey-3ax6xnjp29jd6fds4gc373sgvjxteol0
PADDLE_SECRET_TOKEN=test_4c1e8a9f0b3d7e2a6c5f1b8d0e9
"
silent pub/.env
mk pub/shop.yaml "shopify:
  access_token: north-q7xk2m.myshopify.com
"
silent pub/shop.yaml
# a provider rule's value under an id's name, or in a server id's alphabet
mk ids/.env "BUGSNAG_API_KEY_ID=$H
HONEYCOMB_ACCESS_KEY_ID=$H
"
silent ids/.env
mk ids/keys.json "{\"shodan\": {\"keyid\": \"$H\"}}
"
silent ids/keys.json
mk ids/more.env "OPSGENIE_API_KEY_IDENTIFIER=$H
"
silent ids/more.env
# Pinata's API key, the public half of its key and secret
mk ids/pinata.sh "export PINATA_API_KEY=\"5d2e9a41c07b38f6e1a4\"
"
silent ids/pinata.sh
mk ids/mailosaur.toml "mailosaur_api_key = \"k3vq9zt0wpa4\"
"
silent ids/mailosaur.toml

# the secrets under the same names are found
mk real/.env "STRIPE_SECRET_KEY=$SK
"
found real/.env 1 stripe-secret-key "$SK"
# a token whose format is its own is found under an id's name too
mk real/ids.env "PAYMENTS_KEY_ID=$SK
"
found real/ids.env 1 stripe-secret-key "$SK"
mk real/bugsnag.env "BUGSNAG_PROJECT_ID=5a1b3c9d7e2f4a6b8c0d1e3f5a7b9c2d
BUGSNAG_API_KEY=$H
"
found real/bugsnag.env 2 bugsnag-api-key "$H"
mk real/mailosaur.toml "mailosaur_server_id = \"abcd1234\"
mailosaur_api_key = \"$MK\"
"
found real/mailosaur.toml 2 mailosaur-api-key "$MK"
# a user's rule that reads a value after a name is judged so too; an id
# word after secret still names a secret (Vault's AppRole secret id)
mk acme/rules.json '{"provider": "acme", "rules": [{"id": "acme-key", "description": "Acme key",
  "severity": "high", "keywords": ["acme_"], "regex": "(?i:acme_[a-z_]*)=(?<secret>[a-f0-9]{32})",
  "remediation": "Rotate it.", "examples": [], "negative_examples": []}]}'
mk acme/.env "ACME_SECRET_ID=$H
ACME_KEY_ID=$H
ACME_SESSION_ID=$H
"
"$KEYHOUND" scan "$T/acme/.env" --rules "$T/acme/rules.json" -f json --show-secrets -o "$T/out" 2>"$T/err"
check "an id after secret or session stays a credential's name; KEY_ID does not" jq -e \
	'length == 2 and ([.[] | .line] | sort) == [1, 3]' "$T/out"

# the table is data: a rule file's public formats are checked on load
mk bad/rules.json '{"provider": "acme", "rules": [], "public_formats": [{"provider": "acme", "what": "id", "prefix": "a"}]}'
expect_exit 2 "a format with too little fixed text is refused" -- \
	"$KEYHOUND" scan "$T/pub" --rules "$T/bad/rules.json"
check "the refusal names the entry" grep -q "public format 1" "$T/err"

finish e2e_public
