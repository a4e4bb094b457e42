#!/usr/bin/env bash
# End-to-end tests of wave 12's precision classes: a provider rule's name
# whose last word says sample or example (VT_API_KEY_SAMPLE), TeamCity's
# credentialsJSON: references, a call's (name, value) arguments whose name
# says id, a publishing provider's plain key in its
# block (Pusher's `key`, Amplitude's `api_key`); boundaries: Fly.io's
# tokens with the FlyV1 scheme Fly prints them with, JFrog's reference
# tokens as written (not only decoded). Each decoy beside a real secret
# of the same name shape, which stays found.
. "$(dirname "$0")/lib.sh"
batch_scans

H64=7c1e5a9f3b2d8e4a6c0f1b7d3e9a5c2f8b4d0e6a2c7f1b9d5e3a8c4f0b6d2e1a
S64=3a9c5e1f7b2d4e8a6c0f3b9d1e7a5c2f4b8d6e0a2c9f7b1d5e3a4c8f0b6d2e7a
H32=8e2c6a0f4b9d1e7a3c5f2b8d0e6a4c1f
S32=5b1d7f3a9c2e8b4d0f6a1c7e3b9d5f2a
V=Zq8vR3mT1xW6yK2pL9dF4hJ7           # 24 random letters and digits

# count FILE N: scanning $T/FILE gives N findings
count() {
	"$KEYHOUND" scan "$T/$1" -f json --show-secrets -o "$T/out" 2>"$T/err"
	check "$1: $2 findings" jq -e "length == $2" "$T/out"
}

# a sample's name beside the real one: only the real one is reported
mk sample/.env "VT_API_KEY=$H64
VT_API_KEY_SAMPLE=$S64
"
found sample/.env 1 virustotal-api-key "$H64"
count sample/.env 1
mk sample/Agora.hs "agoraAppCertificate = \"$H32\"
agoraAppCertificateExample = \"$S32\"
"
found sample/Agora.hs 1 agora-app-certificate "$H32"
count sample/Agora.hs 1
# an address at a .example host before a URL's password is no sample's name
mk sample/mail.env "MAILER_DSN=smtp://shop%40acme.example:$V@smtp.acme.io:587
"
found sample/mail.env 1 url-credentials "$V"

# TeamCity: a reference to the server's secure value, a literal beside it
mk teamcity/settings.kts "project {
    params {
        password(\"env.SONAR_TOKEN\", \"credentialsJSON:ea1f30d1-2e72-4368-9bc2-cb1081007c3c\")
        password(\"env.DEPLOY_TOKEN\", \"$V\")
    }
}
"
found teamcity/settings.kts 4 generic-secret "$V"
count teamcity/settings.kts 1

# Pusher's key and Amplitude's API key in their blocks: public; the
# block's secret and another provider's plain key are not
mk block/config.json "{
  \"pusher\": { \"appId\": \"1234987\", \"key\": \"9c2f4a8e1b7d3f5a6c0e\", \"secret\": \"4e8a1c7f2b9d5e3a0c6f\", \"cluster\": \"eu\" },
  \"mailgun\": { \"domain\": \"mg.acme.io\", \"key\": \"$V\" }
}
"
count block/config.json 2
check "block/config.json: no Pusher key" jq -e 'all(.[]; .secret != "9c2f4a8e1b7d3f5a6c0e")' "$T/out"
mk block/analytics.yml "amplitude:
  api_key: $S32
  secret_key: $H32
"
found block/analytics.yml 3 amplitude-secret-key "$H32"
count block/analytics.yml 1

# a (name, value) pair as a call's arguments: a name that says id
mk pair/creds.rb "CREDS = [
  Creds.new(\"firecrawl_legacy\", \"$V\"),
  Creds.new(\"firecrawl_job_id\", \"3babc49f-d539-425d-a378-19ff4c2a980b\"),
]
"
found pair/creds.rb 2 generic-secret "$V"
count pair/creds.rb 1

# Fly.io: the token with its scheme, as fly tokens create prints it
F=fm2_q5rb0j+IFWlvaSokb9+64DQb1buCpIFb/0STsSVkeprFul6EEwOHhI2+Sb+0/iUkgf7oLP/7ydX/5LsGMPxuG7PDBPXboe2zBxCKDZrCkZQNSN4yOuIQOq5JkUw81IfENFcjUvSnFq17efdhCl8tE584uqjZcd9G
mk fly/vercel.json "{ \"env\": { \"FLY_API_TOKEN\": \"FlyV1 $F\" } }
"
found fly/vercel.json 1 flyio-macaroon-token "FlyV1 $F"
mk fly/config.yml "access_token: $F
"
found fly/config.yml 1 flyio-macaroon-token "$F"

# JFrog: a reference token longer than 64 characters, reported as written
J=cmVmdGtuOjAxOjE5NTczMTIwNDg6VnE3TG0yWHA5UnQ0S3o4V2IzTmM2SGQxSmY1R3kwUXM
mk jfrog/jfrog-cli.conf.v6 "{ \"servers\": [ { \"accessToken\": \"$J\" } ] }
"
found jfrog/jfrog-cli.conf.v6 1 jfrog-reference-token "$J"
count jfrog/jfrog-cli.conf.v6 1

finish e2e_precision12
