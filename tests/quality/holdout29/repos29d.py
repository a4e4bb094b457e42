"""repos/ part e: customer-facing web and data team repos (per site team)."""
from common29 import expand

SPECS = [
    ("repos/web-@SITE@/chatbot/values-prod.yaml", "helm_values", """# customer chatbot (leak reporting) for the @NAME@ area
image:
  repository: registry.kvw.local/leakbot
  tag: "«D git short_sha {h7}»"
env:
  OPENAI_API_KEY: "«P openai project_key sk-proj-{b74}T3BlbkFJ{b74}»"
  SENTRY_DSN: "«D sentry dsn_public_key https://{h32}@o{d6}.ingest.sentry.io/{d7}»"
  DD_APP_KEY: "«P datadog app_key {h40}»"
  REDIS_URL: "«P redis password redis://:{pw}@redis-leakbot.kvw.local:6379/0»"
  RECAPTCHA_SITE_KEY: "«D google recaptcha_site_key 6L{b38}»"
  RECAPTCHA_SECRET: "«P google recaptcha_secret 6L{b38}»"
"""),
    ("repos/web-@SITE@/outage-map/.github/workflows/deploy.yml", "github_actions", """name: deploy-outage-map
on: { push: { branches: [main] } }
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm ci
        env:
          NODE_AUTH_TOKEN: «P npm access_token npm_{a36}»
      - run: npx wrangler deploy
        env:
          CLOUDFLARE_API_TOKEN: «P cloudflare api_token {b40}»
          CLOUDFLARE_ACCOUNT_ID: «D cloudflare account_id {h32}»
      - run: curl -X POST "https://api.cloudflare.com/client/v4/zones/«D cloudflare zone_id {h32}»/purge_cache" -H "Authorization: Bearer ${{ secrets.CF_TOKEN }}"
"""),
    ("repos/data-@SITE@/offsite/rclone.conf", "rclone_conf", """[kvw-@S@-b2]
type = b2
account = «D backblaze key_id 005{h22}»
key = «P backblaze application_key K005{a27}»
hard_delete = false

[kvw-@S@-s3]
type = s3
provider = AWS
access_key_id = «P aws access_key_id AKIA{s16}»
secret_access_key = «P aws secret_access_key {B40}»
region = eu-west-2

[kvw-@S@-sftp]
type = sftp
host = sftp.kvw.local
user = rclone
pass = «D rclone obscured_password {b40}»
"""),
    ("repos/data-@SITE@/notebooks/leakage_model.ipynb", "jupyter", """{
 "cells": [
  {"cell_type": "code", "metadata": {}, "outputs": [], "source": [
    "import snowflake.connector\\n",
    "conn = snowflake.connector.connect(user='DS_@S@', password='«P snowflake password {pw}»', account='kvw-ds')\\n"
  ]},
  {"cell_type": "code", "metadata": {}, "outputs": [], "source": [
    "HF_TOKEN = '«P huggingface token hf_{a34}»'\\n",
    "DATABRICKS_TOKEN = '«P databricks token dapi{h32}»'\\n",
    "run_id = '«D mlflow run_id {h32}»'\\n"
  ]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4, "nbformat_minor": 5
}
"""),
]


def docs(Doc):
    return expand(Doc, SPECS)
