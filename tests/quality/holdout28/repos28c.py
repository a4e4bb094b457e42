"""repos/ part 3 of holdout28: Brightwater Linen's service integrations (payments for the hotel
portal, the driver app, messaging, telematics) with the tokens and the decoys beside them."""
from repos28a import SITES, site_sub
from tmpl28 import files

T = [
    ("bwl-hotel-portal/config/@@S/payments.exs", "elixir-config-prod", """import Config

config :stripity_stripe,
  api_key: "«P stripe secret_key sk_live_+an:99»",
  signing_secret: "«P stripe webhook_secret whsec_+an:32»"

config :bwl_portal, :publishable_key, "«D stripe publishable_key pk_live_+an:99»"
# account «D stripe account_id acct_+an:16»
"""),
    ("bwl-hotel-portal/test/fixtures/@@S/stripe_fixtures.json", "fixtures-json", """{
  "_comment": "FIXTURES ONLY - Stripe's documented test values, used by the VCR cassettes, never live",
  "api_key": "«D stripe documented_test_key sk_test_4eC39HqLyjWDarjtT1zdp7dc»",
  "publishable": "«D stripe test_publishable_fixture pk_test_+an:99»",
  "customer": "«D stripe customer_id cus_+an:14»",
  "payment_intent": "«D stripe payment_intent_id pi_+an:24»",
  "aws_example": {"id": "«D aws documented_example_id AKIAIOSFODNN7EXAMPLE»", "secret": "«D aws documented_example_secret wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY»"}
}
"""),
    ("bwl-driver-app/fastlane/@@S/.env.default", "fastlane-dotenv", """FASTLANE_USER=mobile@bwlinen.co.uk
APP_STORE_CONNECT_API_KEY_ID=«D apple asc_key_id uc:10»
APP_STORE_CONNECT_ISSUER_ID=«D apple issuer_id uuid»
FIREBASE_TOKEN=«P firebase ci_token 1//+b64u:100»
SLACK_URL=«P slack webhook_url https://hooks.slack.com/services/T+uc:8+/B+uc:10+/+an:24»
"""),
    ("bwl-driver-app/android/@@S/keystore.properties", "keystore-properties", """storeFile=../keys/bwl-driver-@@S.jks
storePassword=«P android store_password pw»
keyAlias=bwl-driver
keyPassword=«P android key_password an:20»
mapsApiKey=«P google maps_api_key AIza+b64u:35»
"""),
    ("bwl-telematics/@@S/webfleet_poller.go", "go-const-block", """package main

const (
	webfleetAccount = "bwlinen-@@S"
	webfleetAPIKey  = "«P webfleet api_key uuid»"
	twilioSID       = "«D twilio account_sid AC+hex:32»"
	twilioToken     = "«P twilio auth_token hex:32»"
	buildCommit     = "«D git commit_sha hex:40»"
)
"""),
    ("bwl-telematics/@@S/notify/sendgrid.ts", "ts-module", """// route-late alerts to hotel housekeeping managers
import sgMail from "@sendgrid/mail";

sgMail.setApiKey(process.env.SENDGRID_API_KEY ?? "«P sendgrid api_key SG.+b64u:22+.+b64u:43»");
export const FROM = "routes@bwlinen.co.uk";
export const TEMPLATE = "«D sendgrid template_id d-+hex:32»";
"""),
    ("bwl-infra/github/@@S/runner-register.sh", "shell-runner", """#!/usr/bin/env bash
# self-hosted runner on build-@@S
./config.sh --url https://github.com/bwlinen --token «P github runner_registration_token uc:29» --labels @@S,plant
export GH_TOKEN=«P github pat ghp_+an:36»
# old token, revoked 2026-09 (kept for the audit trail): «D github revoked_masked ghp_****************************Xk2Q»
echo "runner id «D github runner_id d100-999»"
"""),
    ("bwl-infra/gitlab/@@S/.gitlab-ci.yml", "gitlab-ci-vars", """variables:
  DOCKER_AUTH_CONFIG: '{"auths":{"registry.bwl.corp":{"auth":"«B harbor robot_secret robot$ci-@@S:+an:32»"}}}'
  GITLAB_TOKEN: «P gitlab pat glpat-+b64u:20»
  NPM_TOKEN: «P npm automation_token npm_+an:36»
  SENTRY_DSN: https://«D sentry dsn_public_key hex:32»@o4504.ingest.sentry.io/4505
"""),
    ("bwl-infra/aws/@@S/backup-job.env", "dotenv-aws", """AWS_ACCESS_KEY_ID=«P aws access_key_id AKIA+b32:16»
AWS_SECRET_ACCESS_KEY=«P aws secret_access_key b64:40»
AWS_DEFAULT_REGION=eu-west-2
BACKUP_BUCKET=bwl-@@S-sql-backups
KMS_KEY_ARN=arn:aws:kms:eu-west-2:«D aws account_id dig:12»:key/«D aws kms_key_id uuid»
"""),
    ("bwl-infra/azure/@@S/storage.psd1", "powershell-data", """@{
    StorageAccount = 'bwl@@Sscans'
    StorageKey     = '«P azure storage_account_key b64r:64»'
    ContainerSas   = '«D azure revoked_sas_expired sv=2019-02-02&ss=b&srt=o&sp=r&se=2020-01-01T00:00:00Z&sig=REVOKED»'
    TenantId       = '«D azure tenant_id uuid»'
}
"""),
    ("bwl-notes/chat/slack-@@S-dev.txt", "slack-paste", """[10:12] aisha: anyone know the mapbox token for the route map?
[10:13] @@N: public one is «D mapbox public_token pk.eyJ1IjoiYndsaW5lbiIsImEiOiJ+an:12+In0.+b64u:22» (fine in the app)
[10:13] @@N: the secret one for uploads is «P mapbox secret_token sk.eyJ1IjoiYndsaW5lbiIsImEiOiJ+an:12+In0.+b64u:22» , don't put it in the app
[10:15] aisha: ta. and the docker hub one? it's dckr_pat_<something> in the vault I think
[10:16] @@N: «P dockerhub pat dckr_pat_+b64u:27»
"""),
    ("bwl-notes/notebooks/route-cost-@@S.ipynb", "ipynb-cells", """{"cells": [
 {"cell_type": "code", "metadata": {}, "outputs": [], "source": [
  "import googlemaps, os\\n",
  "gmaps = googlemaps.Client(key=\\"«P google maps_api_key AIza+b64u:35»\\")\\n",
  "os.environ[\\"OPENAI_API_KEY\\"] = \\"«P openai project_key sk-proj-+b64u:74+T3BlbkFJ+b64u:74»\\"\\n"]},
 {"cell_type": "markdown", "metadata": {}, "source": ["Run id «D mlflow run_id hex:32», depot @@C"]}
], "metadata": {"kernelspec": {"name": "python3"}}, "nbformat": 4, "nbformat_minor": 5}
"""),
    ("bwl-notes/tickets/vendor-offboarding-@@S.txt", "ticket-plain", """Ticket #@@Y3390 - offboard ex-contractor (route optimisation)
Status: resolved by @@N

Rotated:
  * Slack bot token (was «D slack masked_token xoxb-****-****-****»), new one «P slack bot_token xoxb-+dig:12+-+dig:13+-+an:24»
  * Linear API key «P linear api_key lin_api_+an:40»
  * HERE maps key: unchanged, it's restricted to our referrer
Not rotated: the Samsara read token, it expires on its own (sample shown in their docs as «D samsara documented_placeholder samsara_api_XXXXXXXXXXXXXXXXXXXXXXXXXXXX»)
"""),
    ("bwl-infra/k8s/@@S/route-api-secret.yaml", "k8s-secret", """apiVersion: v1
kind: Secret
metadata:
  name: route-api
  namespace: routes-@@S
type: Opaque
data:
  DATABASE_PASSWORD: «B postgres password pw»
stringData:
  ROUTE_SIGNING_KEY: "«P bwl jwt_hs256_secret hex:64»"
  IMAGE_DIGEST: "«D docker image_digest sha256:+hex:64»"
"""),
    ("bwl-hotel-portal/config/@@S/sso.toml", "toml-config", """[oidc]
issuer = "https://login.microsoftonline.com/«D azure tenant_id uuid»/v2.0"
client_id = "«D azure client_id uuid»"
client_secret = "«P azure client_secret an:3+8Q~+b64u:31»"

[session]
cookie_secret = "«P bwl cookie_secret b64r:32»"
"""),
]


def build(Doc):
    specs = []
    for i, (s, city, person) in enumerate(SITES):
        for path, shape, text in T:
            specs.append(("repos/" + site_sub(path, s, city, person, i), shape, site_sub(text, s, city, person, i)))
    return files(Doc, "repos", specs)
