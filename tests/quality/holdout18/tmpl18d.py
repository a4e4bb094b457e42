"""repos/ templates, part 4: provider keys under weak names (macros, maps keyed by provider, tuples,
keyword lists, data classes) and decoy-heavy files a careful user would not want flagged."""
T = [
("c-firmware-macros", "repos/@P@-firmware/include/cloud_keys.h", 2, """#pragma once
/* uploaded by the provisioning script, do not edit */
#define CLOUD_REGION "eu-central-1"
#define K1 "«p|aws|access_key_id|aws_id»"
#define K2 "«p|aws|secret_access_key|aws_secret»"
#define FW_SHA256 "«d|generic|firmware_hash|sha256»"
#define DEVICE_UUID "«d|generic|device_uuid|uuid»"
#define OTA_PASS "«p|generic|password|pw»"
"""),
("cpp-provider-map", "repos/@P@-native/src/keys.cpp", 2, """#include <map>
#include <string>

static const std::map<std::string, std::string> kProviderKeys = {
    {"sendgrid", "«p|sendgrid|api_key|sendgrid»"},
    {"stripe", "«p|stripe|secret_key|stripe_sk»"},
    {"stripe_public", "«d|stripe|publishable_key|stripe_pk»"},
    {"slack", "«p|slack|bot_token|slack_bot»"},
};
"""),
("kotlin-data-class", "repos/@P@-android/app/src/main/java/com/@P@/Creds.kt", 2, """package com.@P@

data class Creds(val id: String, val secret: String)

val twilio = Creds("«d|twilio|account_sid|twilio_sid»", "«p|twilio|auth_token|twilio_token»")
val twilioApi = Creds("«d|twilio|api_key_sid|twilio_sk»", "«p|twilio|api_key_secret|an:32»")
val maps = Creds("ios", "«d|google|ios_bundle|lit:com.@P@.app»")
"""),
("elixir-keyword", "repos/@P@-ex/config/prod.secret.exs", 2, """import Config

config :ex_aws,
  access_key_id: "«p|aws|access_key_id|aws_id»",
  secret_access_key: "«p|aws|secret_access_key|aws_secret»",
  region: "eu-west-1"

config :@P@, @P@Web.Endpoint, secret_key_base: "«p|generic|secret_key_base|b64raw:48»"
config :@P@, :mailer, api_key: System.fetch_env!("POSTMARK_KEY")
"""),
("scala-tuple", "repos/@P@-spark/src/main/scala/Jobs.scala", 2, """object Jobs {
  val (s3Id, s3Secret) = ("«p|aws|access_key_id|aws_id»", "«p|aws|secret_access_key|aws_secret»")
  val runId = "«d|generic|run_id|uuid»"
  val checksum = "«d|generic|md5|md5»"
}
"""),
("swift-package-env", "repos/@P@-ios/Config/Secrets.xcconfig.example", 2, """// Copy to Secrets.xcconfig and fill in; the example is committed, the real file is not.
REVENUECAT_KEY = «d|generic|placeholder|lit:appl_XXXXXXXXXXXXXXXXXXXXXXXXXXXX»
SENTRY_DSN = «d|sentry|placeholder|lit:https:/$()/examplePublicKey@o0.ingest.sentry.io/0»
MAPBOX_TOKEN = «d|mapbox|placeholder|lit:pk.your_mapbox_public_token»
API_BASE = https:/$()/api.@P@.example
"""),
("env-example", "repos/@P@-saas/.env.example", 3, """# Copy to .env. Every value here is a placeholder.
DATABASE_URL=«d|generic|placeholder_url|lit:postgres://user:password@localhost:5432/app»
STRIPE_SECRET_KEY=«d|stripe|placeholder|lit:sk_test_your_key_here»
OPENAI_API_KEY=«d|openai|placeholder|lit:sk-...»
SENDGRID_API_KEY=«d|sendgrid|placeholder|lit:SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx»
AWS_ACCESS_KEY_ID=«d|aws|docs_example|lit:AKIAIOSFODNN7EXAMPLE»
AWS_SECRET_ACCESS_KEY=«d|aws|docs_example|lit:wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY»
GITHUB_TOKEN=«d|github|placeholder|lit:ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx»
SESSION_SECRET=«d|generic|placeholder|lit:change-me-to-a-long-random-string»
ADMIN_PASSWORD=«d|generic|placeholder|lit:<choose a strong password>»
"""),
("ci-secret-refs", "repos/@P@-saas/.gitea/workflows/release.yml", 2, """name: release
on: { push: { tags: ['v*'] } }
jobs:
  publish:
    runs-on: ubuntu-latest
    env:
      NPM_TOKEN: «d|npm|secret_ref|lit:${{ secrets.NPM_TOKEN }}»
      DOCKER_PASSWORD: «d|generic|secret_ref|lit:${{ secrets.DOCKERHUB_TOKEN }}»
      CHECKSUM: «d|generic|sha256|sha256»
    steps:
      - uses: actions/checkout@«d|github|commit_sha|sha1»
      - run: echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > ~/.npmrc
"""),
("lockfile-hashes", "repos/@P@-saas/poetry.lock", 2, """[[package]]
name = "requests"
version = "2.32.3"
files = [
    {file = "requests-2.32.3-py3-none-any.whl", hash = "sha256:«d|generic|package_hash|sha256»"},
    {file = "requests-2.32.3.tar.gz", hash = "sha256:«d|generic|package_hash|sha256»"},
]

[metadata]
content-hash = "«d|generic|content_hash|sha256»"
"""),
("test-fixtures", "repos/@P@-saas/tests/fixtures/credentials.py", 2, """# Test fixtures: fake credentials used by the unit tests only; the HTTP layer is mocked.
FAKE_STRIPE_KEY = "«d|stripe|test_fixture|lit:sk_test_FAKE0000000000000000000000»"
FAKE_GITHUB_TOKEN = "«d|github|test_fixture|lit:ghp_000000000000000000000000000000000000»"
FAKE_PASSWORD = "«d|generic|test_fixture|lit:hunter2»"
EXPECTED_HASH = "«d|generic|bcrypt_hash|bcrypt»"
USER_ID = "«d|generic|uuid|uuid»"
"""),
("sops-encrypted", "repos/@P@-platform/secrets/prod.enc.yaml", 2, """database:
    password: «d|generic|sops_encrypted|lit:ENC[AES256_GCM,data:q8T3vZk1Yw==,iv:2b9x0Rk5mJ1Yt4Q=,tag:Zq1m0xY=,type:str]»
stripe_key: «d|stripe|sops_encrypted|lit:ENC[AES256_GCM,data:4Kx9QmZr1pT0vB==,iv:Y7mQ1k2xZ0=,tag:pQ2r==,type:str]»
sops:
    age:
        - recipient: «d|generic|age_public_key|lit:age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p»
    mac: «d|generic|sops_mac|lit:ENC[AES256_GCM,data:k9Zr==,type:str]»
    lastmodified: "2026-11-28T09:00:00Z"
"""),
("ssh-public-material", "repos/@P@-ops/ansible/files/authorized_keys", 2, """ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI«d|generic|ssh_public_key|an:43» ines@@P@
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI«d|generic|ssh_public_key|an:43» deploy@ci
# host key fingerprint SHA256:«d|generic|fingerprint|an:43»
"""),
("masked-in-logs", "repos/@P@-ops/logs/deploy-2026-11-29.log", 2, """2026-11-29T08:00:01Z INFO using token «d|github|masked|lit:ghp_****************************Xy7Q»
2026-11-29T08:00:02Z INFO aws key id «d|aws|masked|lit:AKIA************WQ4T»
2026-11-29T08:00:03Z INFO stripe key «d|stripe|truncated|lit:sk_live_51Hx...»
2026-11-29T08:00:04Z INFO db password=«d|generic|masked|lit:********»
2026-11-29T08:00:05Z INFO deploy id «d|generic|deploy_id|uuid» done
"""),
]
