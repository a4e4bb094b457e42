#!/usr/bin/env bash
# End-to-end tests of two HubSpot-first judgements of wave 22: a token
# wrapped at a fixed width over the lines of a YAML block scalar
# (`personalAccessKey: >-` then the key over two or three lines) is one
# value, reported whole on its first line; and a long run of 'A' in a
# base64 token whose other bytes read as random is zero bytes of a
# protobuf (HubSpot's older keys and tokens), not a filler. Decoys: prose
# and PEM in block scalars, base64 lines under a name no rule calls a
# credential, lines of other widths, fillers of 'A' behind a prefix.
. "$(dirname "$0")/lib.sh"
batch_scans

# one FILE LINE RULE SECRET: one finding of SECRET by RULE, on LINE.
one() {
	"$KEYHOUND" scan "$T/$1" -f json --show-secrets -o "$T/out" 2>"$T/err"
	check "$1: $3 at $2" jq -e --arg r "$3" --arg s "$4" --argjson l "$2" \
		'[.[] | select(.secret == $s)] | length == 1 and .[0].rule_id == $r
		 and .[0].line == $l' "$T/out"
}

NEW=CiRuYTEtYjgwNy1jMTExLTAzMjctMTg3YS1hNzMzNzE1YWYwZWMQqLexLhj07-0UIgEAKhkABcJ50KYkhImSp2W7Te-ZmkWTIt9Hoi_RSgNuYTE
OLD=CJDVnLanLRICEQIYyLu8LyDh9E4opf1GMhkAxGuU5XN_O2O2QhX0khw7cwIkPkBRHye-OfIADgLBAAADAIADAAAAAAAAAAJCGQC8a5TlhtSU8T-2mVLxOBpxS18aM42oGKk
# an older key with a run of 49 'A's (zeroed fields): over a quarter of it
ZERO=CKLdqthLMZv2TvXB-fEgAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAZHpNhBX1QhkAE02c1ZgRPFv-E0LthcisCjVR1mXIOAaP0J3aAhMiSgNuYTFSAFoA
GH=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

# the CLI's folded scalar, the key wrapped at 64: the structured rule
mk cli/hubspot.config.yml "defaultPortal: prod
portals:
  - name: prod
    portalId: 96538057
    authType: personalaccesskey
    personalAccessKey: >-
      ${NEW:0:64}
      ${NEW:64}
"
one cli/hubspot.config.yml 7 hubspot-personal-access-key "$NEW"
# the documentation's older key, wrapped at 48 over three lines of `|`
mk old/hubspot.config.yml "portals:
  - name: legacy
    personalAccessKey: |
      ${OLD:0:48}
      ${OLD:48:48}
      ${OLD:96}
    authType: personalaccesskey
"
one old/hubspot.config.yml 4 hubspot-personal-access-key-context "$OLD"
# another provider's token wrapped under a credential's name
mk ci/values.yaml "deploy:
  github_token: >-
    ${GH:0:50}
    ${GH:50}
  replicas: 2
"
one ci/values.yaml 3 github-pat-fine-grained "$GH"
# zeroed fields: the older key with a long run of 'A', on one line and
# wrapped; and the same under auth.tokenInfo.accessToken
mk zero/hubspot.config.yml "portals:
  - name: DEV
    personalAccessKey: >-
      $ZERO
"
one zero/hubspot.config.yml 4 hubspot-personal-access-key-context "$ZERO"
mk zero2/hubspot.config.yml "portals:
  - name: DEV
    auth:
      tokenInfo:
        accessToken: >-
          ${ZERO:0:70}
          ${ZERO:70}
"
one zero2/hubspot.config.yml 6 hubspot-oauth-access-token "$ZERO"

# Decoys. Prose folded by `>-`: words, not a token
mk prose/chart.yaml "description: >-
  Deploys the personalAccessKey rotation job that reads the key from the
  cluster's secret store and never writes it to the chart's values file.
"
silent prose/chart.yaml
# a certificate's PEM in a block: armour lines are not token bytes
mk pem/values.yaml "tls:
  certificate: |
    -----BEGIN CERTIFICATE-----
    MIIBszCCAVmgAwIBAgIUQ3n8K9vX2mPq7RzT4yLwH5cJb0swCgYIKoZIzj0EAwIw
    ZzELMAkGA1UEBhMCVVMxEzARBgNVBAgMCkNhbGlmb3JuaWExFjAUBgNVBAcMDVNh
    bkZyYW5jaXNjbzEUMBIGA1UECgwLRXhhbXBsZSBJbmMxFTATBgNVBAMMDGV4YW1w
    -----END CERTIFICATE-----
"
silent pem/values.yaml
# wrapped base64 under a name no rule calls a credential
mk bundle/values.yaml "trust:
  caBundle: |
    MIIBszCCAVmgAwIBAgIUQ3n8K9vX2mPq7RzT4yLwH5cJb0swCgYIKoZIzj0EAwIw
    ZzELMAkGA1UEBhMCVVMxEzARBgNVBAgMCkNhbGlmb3JuaWExFjAUBgNVBAcMDVNh
    bkZyYW5jaXNjbzEUMBIGA1UECgwLRXhhbXBsZSBJbmMx
"
silent bundle/values.yaml
# two values in a literal block, the second longer: a list, not a wrap
mk list/hubspot.config.yml "portals:
  - name: two
    personalAccessKey: |
      ${OLD:0:44}
      ${OLD:44}
"
"$KEYHOUND" scan "$T/list/hubspot.config.yml" -f json --show-secrets -o "$T/out" 2>"$T/err"
check "list: not one joined value" jq -e --arg s "$OLD" \
	'[.[] | select(.secret == $s)] | length == 0' "$T/out"
# fillers of 'A': behind a prefix, or with too little else to be random
mk fill/hubspot.config.yml "portals:
  - name: a
    personalAccessKey: CAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
  - name: b
    personalAccessKey: CJDVnLanLRICEQIYyLu8LyDh9E4opAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
"
silent fill/hubspot.config.yml
mk fill/.env "GITHUB_TOKEN=ghp_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
"
silent fill/.env

finish e2e_folded22
