#!/usr/bin/env bash
# End-to-end tests of a provider's context one step further (wave 14): a
# weak name (`key`, `token`, `secret`, `sk`) on a sibling line of the
# provider's name or under a comment that names it, anywhere in a file
# named for the provider, a map keyed by the provider under other words
# (a Kubernetes env entry's `name`, a compose list, a Gradle extra), and
# base64 under a name that says nothing in a file of one provider. These
# values are read by that provider's own rules only (their formats
# decide); the generic judge does not see them, and a sample in a
# comment, an id, a masked key or base64 of no key stays unreported.
. "$(dirname "$0")/lib.sh"
batch_scans

# found_b64 FILE LINE RULE SECRET: one finding of SECRET by RULE on LINE,
# decoded from base64
found_b64() {
	"$KEYHOUND" scan "$T/$1" -f json --show-secrets -o "$T/out" 2>"$T/err"
	check "$1: $3 at $2 (base64)" jq -e --arg r "$3" --arg s "$4" --argjson l "$2" \
		'[.[] | select(.secret == $s)] | length == 1 and .[0].rule_id == $r
		 and .[0].line == $l and .[0].decoded == ["base64"]' "$T/out"
}

# a sibling line, the comment above
mk pos/settings.yaml '# opsgenie alerts
region: eu
token: "7eeb8a1e-c933-42a3-b0a9-83694d1b428f"
'
found pos/settings.yaml 3 opsgenie-api-key 7eeb8a1e-c933-42a3-b0a9-83694d1b428f
mk pos/Dockerfile 'FROM alpine:3.20
ENV HEROKU_REGION=eu
ENV KEY=3e50e86c-2c5f-42ca-b963-5310f88053fc
'
found pos/Dockerfile 3 heroku-api-key-legacy 3e50e86c-2c5f-42ca-b963-5310f88053fc
# only the file's name
mk pos/conf/postmark.toml '[service]
name = "sync"
key = "3fcdceab-11b9-4d49-bfc0-8fbf54a2989d"
'
found pos/conf/postmark.toml 3 postmark-api-token 3fcdceab-11b9-4d49-bfc0-8fbf54a2989d
# maps keyed by the provider under other words
mk pos/deploy.yaml '        env:
          - name: MERAKI
            value: "283962c00eedd19f5359fc591ce454400df255ce"
'
found pos/deploy.yaml 3 meraki-api-key 283962c00eedd19f5359fc591ce454400df255ce
mk pos/compose.yaml 'services:
  sync:
    environment:
      - WANDB=3a0b835a2d4247b962311dbc4042680e971b79ca
'
found pos/compose.yaml 4 wandb-api-key 3a0b835a2d4247b962311dbc4042680e971b79ca
mk pos/build.gradle.kts 'extra["serpapi"] = "4eb8d7be04507dbe30b06b7da642b090e674a36f8c85f22b975644c90a95c790"
'
found pos/build.gradle.kts 1 serpapi-api-key 4eb8d7be04507dbe30b06b7da642b090e674a36f8c85f22b975644c90a95c790
mk pos/config.ts "export const creds = { services: { rollbar: '01b15d5df0c9de1ad23c7b2f5bddb2ec' } };
"
found pos/config.ts 1 rollbar-access-token 01b15d5df0c9de1ad23c7b2f5bddb2ec
# base64 under a name that says nothing
mk pos/rollbar.exs 'import Config
config :sync, conn_b64: "MjE0ODdjZWI1MjdkMjM2ZmVjNmJlYWY3MzY3YWUyNzc="
'
found_b64 pos/rollbar.exs 2 rollbar-access-token 21487ceb527d236fec6beaf7367ae277
mk pos/Sync.swift 'let opsgenieRegion = "eu"
let connB64 = "OWI5M2Y3ZDgtNDkwYy00YWJlLWJjZGMtZjkzMTRmMzZjMzRj"
'
found_b64 pos/Sync.swift 2 opsgenie-api-key 9b93f7d8-490c-4abe-bcdc-f9314f36c34c
# a name that says nothing: the provider's key or its secret, as its
# rules read them
mk pos/src/tenable.rs 'const CLIENT_B64: &str = "Y2M2NTc3NDI4YzJmNmQ2YmM2NGU1YTIyZmFjMTgwZDZiMmU2ZTFiNDY1ZTU1MTMwNWZkMmQyNDkwY2E0YzYxNg==";
'
found_b64 pos/src/tenable.rs 1 tenable-api-secret-key cc6577428c2f6d6bc64e5a22fac180d6b2e6e1b465e551305fd2d2490ca4c616
# hex in base64 (no digit among its base64 bytes: the decoder's own
# test for text refuses it) under a b64 name
mk pos/meraki.py 'CLIENT_B64 = "MDRlMTRiNzNmZmVkZmRmNjJlYjVmNmVhMjMxNjIyMzkxYzRiODlkOA=="
'
found_b64 pos/meraki.py 1 meraki-api-key 04e14b73ffedfdf62eb5f6ea231622391c4b89d8

# decoys: a sample in prose, an id under a longer name, a SHA where the
# provider's format is a UUID, a masked key, a placeholder, base64 of an
# image's bytes and of JSON without a credential
mk neg/conf/opsgenie.toml '[service]
# a sample for opsgenie: 5e52e2a3-c643-49ed-bc10-6b45dfb81df8
request_id = "5e52e2a3-c643-49ed-bc10-6b45dfb81df8"
key = "283962c00eedd19f5359fc591ce454400df255cf"
'
silent neg/conf/opsgenie.toml
mk neg/deploy.yaml '        env:
          - name: HEROKU_PROJECT_ID
            value: "2a180422-5f96-49f1-ba6e-7c618c8fc9d6"
'
silent neg/deploy.yaml
mk neg/settings.yaml '# heroku
token: "40075f************ba55"
secret: "${HEROKU_SECRET}"
'
silent neg/settings.yaml
mk neg/heroku.yaml 'service: sync
logo_b64: "iVBORw0KGgoAAAANSUhEUgAAAQA="
meta_b64: "eyJyZWdpb24iOiJldS13ZXN0LTEiLCJyZXRyaWVzIjozfQ=="
'
silent neg/heroku.yaml
# a value for the provider's rules only stays theirs when decoded again:
# no generic finding in the base64 inside it
mk neg/opsgenie.yaml 'service: sync
conn_b64: "V25FelYzaEZOSEpVZVRWVmFVODJjRUZ6TjBSbVJ6aG9TbXM1VEhwWU1HTldZazR4YlZFeWQwVXo="
'
silent neg/opsgenie.yaml

finish e2e_nearby
