#!/usr/bin/env bash
# End-to-end tests of wave 39's lead fixes: an app bundle's Info.plist
# still ships its client keys (public), but a pair whose name says the
# value is the server's (an admin key, a shared secret, a password) is
# read; an entropy floor refuses no more than 1 in 1,000 random values
# of its rule's own format (a Plaid secret of 30 hex with entropy 3.19);
# a live-mode key in Stripe's convention from a service with no rule of
# its own is reported, the publishable and key-id halves and the
# prefixes other rules own are not; a chat's answer to a question for a
# password may be words then a number. Every value is generated for this
# suite.
. "$(dirname "$0")/lib.sh"
batch_scans

ADMIN=b7e41c09d2a85f36e0c19b4d7a2f58e3
SHARED=Kq7RvT2mXb9LnW4pZs3HdJ6cYaF8gE1u
CLIENT=Vw3nKp8RtZ6mQx2LsB9dHf4JcY7aGe5T
plist() { # plist NAME VALUE [BUNDLE]: an Info.plist holding one pair
	printf '<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">\n<dict>\n%s\t<key>%s</key>\n\t<string>%s</string>\n</dict>\n</plist>\n' \
		"${3:+	<key>CFBundleIdentifier</key>
	<string>com.example.app</string>
}" "$1" "$2"
}
mk app1/Info.plist "$(plist AlgoliaAdminKey "$ADMIN" bundle)"
found app1/Info.plist 7 algolia-admin-api-key "$ADMIN"
mk app2/Info.plist "$(plist BackendSharedSecret "$SHARED" bundle)"
secrets_exactly app2/Info.plist "$SHARED"
mk app3/Info.plist "$(plist DatabasePassword "Tundra-river42!" bundle)"
secrets_exactly app3/Info.plist "Tundra-river42!"
# the client's own keys in a bundle stay public, the same key outside one is read
mk app4/Info.plist "$(plist ClientApiKey "$CLIENT" bundle)"
silent app4/Info.plist
mk app5/Info.plist "$(plist AppKey "$CLIENT" bundle)"
silent app5/Info.plist
mk conf/Settings.plist "$(plist ClientApiKey "$CLIENT")"
secrets_exactly conf/Settings.plist "$CLIENT"
# a name that says admin of something that is no value
mk app6/Info.plist "$(plist AdminEmail "ops@example.com" bundle)"
silent app6/Info.plist
mk app7/Info.plist "$(plist AcmeApiSecret "$SHARED" bundle)"
silent app7/Info.plist

# entropy floors: a Plaid secret of 30 hex whose entropy is 3.19
mk plaid/config.toml '[plaid]
plaid_secret = "ceefd2cfe6c4fd775e6ff36423e3c2"
plaid_client_id = "4cf2ee45b0fb8be9f7da05e6"
'
found plaid/config.toml 2 plaid-secret ceefd2cfe6c4fd775e6ff36423e3c2
# a value of one repeated pair is still no secret
mk plaid2/config.toml 'plaid_secret = "a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1"
'
silent plaid2/config.toml

# live-mode keys of a service with no rule of its own
LIVE=zq_live_Tm4rVb8KpXw2LnQ7sYd9HcF3jRg6ZeA5uN
mk mail/reply.eml "Subject: Re: API access

Hi, I regenerated the key as you said. New one is $LIVE
but the import still fails.
"
found mail/reply.eml 3 livekeys-secret-key "$LIVE"
mk app/billing.py 'client = Ledgerly("lgr_live_9fKq2VnR7tXb4LmW8pZs3HdJ6cYa")
'
found app/billing.py 1 livekeys-secret-key lgr_live_9fKq2VnR7tXb4LmW8pZs3HdJ6cYa
# Stripe's own keys stay Stripe's; publishable keys and key ids are public
mk app/stripe.env 'STRIPE_SECRET_KEY=sk_live_51Hq7rT2eXb9LmW4pZs3HdJ6cYaKq2VnR7tXb4LmW8
'
found app/stripe.env 1 stripe-secret-key sk_live_51Hq7rT2eXb9LmW4pZs3HdJ6cYaKq2VnR7tXb4LmW8
mk web/checkout.js "const pk = 'pk_live_51Hq7rT2eXb9LmW4pZs3HdJ6cYaKq2VnR7tXb4LmW8';
const rzp = 'rzp_live_Tm4rVb8KpXw2LnQ7sYd9';
Branch.setBranchKey("key_live_2xQw7RtLm9KpVb4ZsNd8HcF3jYg6");
"
silent web/checkout.js
# identifiers, placeholders and fillers
mk src/flags.c 'if (is_live_StreamingEnabledForAllUsers) return 0;
#define zq_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx 1
API_KEY=zq_live_abcdefghijklmnopqrstuvwxyz0123456789
API_KEY=zq_live_<your-live-key>
see docs/zq_live_mode_overview.md
'
silent src/flags.c

# a chat's answer to a question for a password: words then a number
mk chat/oncall.json '[
  {"user": "U01", "ts": "1732702831.001200", "text": "anyone have the metrics admin pw for eu?"},
  {"user": "U02", "ts": "1732702899.004500", "text": "it'"'"'s harbor-violet-27 -- I'"'"'ll move it to the vault after the incident"}
]
'
secrets_exactly chat/oncall.json harbor-violet-27
# under a question for no credential, a version or one word and a number is no answer
mk chat/deploys.json '[
  {"user": "U01", "ts": "1732702831.001200", "text": "which branch is the hotfix on?"},
  {"user": "U02", "ts": "1732702899.004500", "text": "it'"'"'s feature-login-12 -- merging after lunch"},
  {"user": "U03", "ts": "1732702931.001200", "text": "anyone have the grafana admin pw?"},
  {"user": "U02", "ts": "1732702999.004500", "text": "it'"'"'s release-v2-11 -- the tag, ask Ana for the pw"},
  {"user": "U03", "ts": "1732703031.001200", "text": "and the staging pw?"},
  {"user": "U02", "ts": "1732703099.004500", "text": "it'"'"'s build-1234 -- the ticket"}
]
'
silent chat/deploys.json

flush_scans
finish "e2e_lead39"
