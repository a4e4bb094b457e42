#!/usr/bin/env bash
# End-to-end tests of wave 14's precision classes: a value a comment calls
# a sample or an example (documentation's copy) under the rules whose
# formats vouch for nothing by themselves, Airtable's ids (base, table,
# view, field, record) under any name, and Sidekiq Pro/Enterprise's
# credentials reported as the pair Contributed Systems issues. The real
# secrets beside them stay reported.
. "$(dirname "$0")/lib.sh"
batch_scans

H=4f8e2a1c9b7d3e6f0a5c8b2d1e9f7a3c
U=9b2e6f1a-3c7d-4e8a-b5f0-2d6c9a1e7b3f
V=Rk8sW3nQ7vX2mL9pT4zC6yB1hD5fJ0gA

# a comment that calls its value a sample, in several comment syntaxes
mk sample/notes.py "# docs sample for amplitude: $H
"
silent sample/notes.py
mk sample/Settings.scala "object Settings {
  // example: postmark_token = \"$U\"
}
"
silent sample/Settings.scala
mk sample/seed.sql "-- sample pusher key: '${H:0:20}'
"
silent sample/seed.sql
mk sample/app.ini "; Example: api_secret = $V
"
silent sample/app.ini
mk sample/client.c "/*
 * Samples: bugsnag: $H
 */
"
silent sample/client.c
# the same in a line a reader copies as name = "value" (nginx's set)
mk sample/site.conf "location /api/ {
    # example: set \$bugsnag_api_key \"$U\";
}
"
silent sample/site.conf
# not a sample: a host's .example, a name's _example part, a word on
# another line, a commented-out value, a token with a format of its own
mk real/.env "# token for api.example.com
API_TOKEN=$V
"
found real/.env 2 generic-secret "$V"
mk real/old.sh "# export API_TOKEN=$V
"
found real/old.sh 1 generic-secret "$V"
mk real/mail.sh "# mail via smtp.example.org: postmark_token = $U
"
found real/mail.sh 1 postmark-api-token "$U"
mk real/ex.env "# see examples/ for API_TOKEN=$V
"
found real/ex.env 1 generic-secret "$V"

# Airtable's ids under a token's name; its token is found
mk airtable/sync.yml "env:
  TOKEN: appTq3Vz8KpL2mNx5
  AIRTABLE_SECRET: tblW4nR7yQ2sXc9Ld
"
silent airtable/sync.yml

# Sidekiq Pro/Enterprise: the user:password pair, in each carrier
mk sidekiq/.bundle/config "---
BUNDLE_ENTERPRISE__CONTRIBSYS__COM: \"3fa8c21d:b7e0946a\"
"
found sidekiq/.bundle/config 2 sidekiq-contribsys-credentials 3fa8c21d:b7e0946a
mk sidekiq/Dockerfile "RUN bundle config --local gems.contribsys.com 6d1e0b9f:42ac7e53 && bundle install
"
found sidekiq/Dockerfile 1 sidekiq-contribsys-credentials 6d1e0b9f:42ac7e53
mk sidekiq/Gemfile "source \"https://8cfd4d9f:686a5196@enterprise.contribsys.com/\" do
  gem \"sidekiq-ent\"
end
"
found sidekiq/Gemfile 1 sidekiq-contribsys-credentials 8cfd4d9f:686a5196
"$KEYHOUND" scan "$T/sidekiq/Gemfile" -f json -o "$T/out" 2>"$T/err"
check "sidekiq Gemfile: one finding, not the URL's password again" jq -e 'length == 1' "$T/out"

finish e2e_precision14
