"""repos/: files as committed in project kinds the earlier corpora did not centre on.

Each FILES entry: (path, shape, template). In a template:
  «p|provider|format»        a positive of the provider's table format (formats11.py)
  «x|provider|format|spec»   a positive of a provider outside the drawn 150 (spec as in formats11)
  «g|format|spec»            a generic credential (password, shared secret, signing key)
  «B|provider|format»        a table-format positive written base64-encoded
  «d|provider|kind|spec»     a decoy (spec expanded the same way; plain text stays as is)
"""
import re

import formats11 as F

FILES = [
# --- serverless and edge ------------------------------------------------------------
("repos/orders-service/serverless.yml", "serverless-env", """service: orders-service
frameworkVersion: '3'

provider:
  name: aws
  runtime: nodejs20.x
  region: eu-west-1
  environment:
    STAGE: ${sls:stage}
    STRIPE_SECRET_KEY: «x|stripe|live-secret|sk_live_51{a97}»
    SENDGRID_API_KEY: «p|sendgrid|api-key»
    TWILIO_ACCOUNT_SID: «d|twilio|account-sid|AC{h32}»
    TWILIO_AUTH_TOKEN: «p|twilio|auth-token»
    SHIPPO_TOKEN: ${ssm:/orders/«d|shippo|ssm-path|shippo-token»}
    SLACK_WEBHOOK: «p|slack|webhook»
    DB_PASSWORD: ${env:DB_PASSWORD}
  iam:
    role:
      statements:
        - Effect: Allow
          Action: [dynamodb:PutItem]
          Resource: arn:aws:dynamodb:eu-west-1:«d|aws|account-id|{d12}»:table/orders

custom:
  webpack:
    includeModules: true
  alerts:
    topic: «d|aws|sns-arn|arn:aws:sns:eu-west-1:{d12}:orders-alerts»
  rollbar:
    accessToken: «p|rollbar|server-token»
    environment: ${sls:stage}

functions:
  createOrder:
    handler: src/create.handler
    environment:
      SHIPPO_API_TOKEN: «p|shippo|live-token»
      EASYPOST_KEY: '«d|generic|placeholder|REPLACE_ME»'
""",),
("repos/ingest-sam/samconfig.toml", "sam-parameter-overrides", """version = 0.1

[default.deploy.parameters]
stack_name = "ingest-pipeline"
s3_bucket = "«d|aws|bucket|aws-sam-cli-managed-default-samclisourcebucket-{l12}»"
s3_prefix = "ingest-pipeline"
region = "us-east-1"
capabilities = "CAPABILITY_IAM"
parameter_overrides = "Stage=prod DbPassword=«g|db-password|{a22}» SnowflakePassword=«p|snowflake|password» SlackToken=«p|slack|bot-token»"
image_repositories = []

[staging.deploy.parameters]
stack_name = "ingest-pipeline-staging"
parameter_overrides = "Stage=staging DbPassword=«d|generic|placeholder|changeme» SlackToken=«d|slack|placeholder|xoxb-REPLACE-ME»"
""",),
("repos/ingest-sam/template.yaml", "sam-template", """AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Parameters:
  Stage:
    Type: String
  DbPassword:
    Type: String
    NoEcho: true
    Default: «g|db-password|{a18}»
  PagerDutyRoutingKey:
    Type: String
    Default: «p|pagerduty|routing-key»
Globals:
  Function:
    Environment:
      Variables:
        DB_PASSWORD: !Ref DbPassword
        DD_API_KEY: '{{resolve:secretsmanager:«d|aws|secret-ref|prod/datadog:SecretString:api_key»}}'
        ELASTIC_API_KEY: «p|elastic|encoded-api-key»
        LOGDNA_KEY: «d|generic|all-zero|00000000000000000000000000000000»
Resources:
  IngestFn:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: «d|aws|code-sha|s3://artifacts/ingest/{h32}»
      Handler: app.handler
""",),
("repos/reports-zappa/zappa_settings.json", "zappa-json", """{
    "production": {
        "app_function": "reports.app.app",
        "aws_region": "eu-central-1",
        "profile_name": "default",
        "project_name": "reports",
        "runtime": "python3.12",
        "s3_bucket": "«d|aws|bucket|zappa-{l9}»",
        "environment_variables": {
            "SECRET_KEY": "«g|django-secret-key|{a50}»",
            "DATABASE_URL": "«g|db-url|postgres://reports:{a20}@reports.cluster-{l12}.eu-central-1.rds.amazonaws.com:5432/reports»",
            "MAILGUN_API_KEY": "«p|mailgun|api-key»",
            "OPENWEATHER_KEY": "«p|openweathermap|appid»",
            "SENTRY_DSN": "«d|sentry|dsn-public|https://{h32}@o{d6}.ingest.sentry.io/{d7}»"
        },
        "aws_environment_variables": {
            "AWS_ACCESS_KEY_ID": "«p|aws|access-key-id»",
            "AWS_SECRET_ACCESS_KEY": "«p|aws|secret-access-key»"
        },
        "keep_warm": false
    },
    "dev": {
        "extends": "production",
        "environment_variables": {"SECRET_KEY": "«d|generic|placeholder|dev-secret-key-not-for-prod»"}
    }
}
""",),
("repos/chalice-thumbs/.chalice/config.json", "chalice-json", """{
  "version": "2.0",
  "app_name": "thumbs",
  "stages": {
    "prod": {
      "api_gateway_stage": "api",
      "environment_variables": {
        "CLOUDINARY_URL": "«p|cloudinary|url»",
        "REPLICATE_API_TOKEN": "«p|replicate|api-token»",
        "BUCKET": "«d|aws|bucket|thumbs-prod-{l6}»"
      },
      "iam_role_arn": "«d|aws|role-arn|arn:aws:iam::{d12}:role/thumbs-prod»"
    },
    "dev": {
      "environment_variables": {"CLOUDINARY_URL": "«d|cloudinary|docs-example|cloudinary://123456789012345:abcdefghijklmnopqrstuvwxyz0@demo»"}
    }
  }
}
""",),
("repos/billing-func/local.settings.json", "azure-functions-settings", """{
  "IsEncrypted": false,
  "Values": {
    "AzureWebJobsStorage": "«x|azure|storage-connection-string|DefaultEndpointsProtocol=https;AccountName=billing{l6};AccountKey={b86}==;EndpointSuffix=core.windows.net»",
    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
    "QueueStorage": "«d|azure|dev-storage|UseDevelopmentStorage=true»",
    "Paystack__SecretKey": "«p|paystack|secret-key»",
    "Paystack__PublicKey": "«d|paystack|public-key|pk_live_{h40}»",
    "Xendit__SecretKey": "«p|xendit|production-key»",
    "APPINSIGHTS_INSTRUMENTATIONKEY": "«d|azure|instrumentation-key|{U}»"
  },
  "ConnectionStrings": {
    "Billing": "«g|sql-connection-password|Server=tcp:billing.database.windows.net,1433;Database=billing;User ID=billing_app;Password={a20};Encrypt=True»"
  }
}
""",),
("repos/report-gcf/.env.yaml", "gcf-env-yaml", """# gcloud functions deploy report --env-vars-file .env.yaml
BIGQUERY_DATASET: analytics
NOTION_TOKEN: «p|notion|new-token»
AIRTABLE_TOKEN: «p|airtable|pat»
AIRTABLE_BASE: «d|airtable|base-id|app{a14}»
TODOIST_TOKEN: «p|todoist|api-token»
BUILD_SHA: «d|git|commit-sha|{h40}»
""",),
("repos/shop-render/render.yaml", "render-blueprint", """services:
  - type: web
    name: shop
    env: node
    plan: starter
    envVars:
      - key: NODE_ENV
        value: production
      - key: SESSION_SECRET
        generateValue: true
      - key: DATABASE_URL
        fromDatabase:
          name: shop-db
          property: connectionString
      - key: MOLLIE_API_KEY
        value: «p|mollie|live-key»
      - key: POSTMARK_TOKEN
        value: «x|postmark|server-token|{U}»
      - key: BREVO_API_KEY
        value: «p|brevo|api-key»
      - key: IMAGE_CDN_SALT
        value: «d|generic|public-salt|{h16}»
      - fromGroup: shop-secrets
""",),
("repos/notes-arc/prefs.arc", "architect-prefs", """@env
testing
  SESSION_TABLE_NAME jwe
  FIRECRAWL_API_KEY «d|firecrawl|placeholder|fc-YOUR-KEY»
staging
  FIRECRAWL_API_KEY «p|firecrawl|api-key»
  ARC_APP_SECRET «g|app-secret|{a40}»
production
  FIRECRAWL_API_KEY «p|firecrawl|api-key»
  LANGFUSE_SECRET_KEY «p|langfuse|secret-key»
  LANGFUSE_PUBLIC_KEY «d|langfuse|public-key|pk-lf-{U}»
""",),
# --- chat and voice bots --------------------------------------------------------------
("repos/support-assistant/credentials.yml", "rasa-credentials", """rest:

slack:
  slack_token: "«p|slack|bot-token»"
  slack_channel: "«d|slack|channel-id|C{u10}»"
  slack_signing_secret: "«x|slack|signing-secret|{h32}»"

telegram:
  access_token: "«p|telegram|bot-token»"
  verify: "acme_support_bot"
  webhook_url: "https://bots.acme.example/webhooks/telegram/webhook"

twilio:
  account_sid: "«d|twilio|account-sid|AC{h32}»"
  auth_token: "«p|twilio|auth-token»"
  twilio_number: "+1415555{d4}"

facebook:
  verify: "«d|facebook|verify-word|rasa-bot»"
  secret: "«x|facebook|app-secret|{h32}»"
  page-access-token: "«x|facebook|page-token|EAA{a180}»"

rocketchat:
  user: "support_bot"
  password: "«g|rocketchat-password|{a16}»"
  server_url: "https://chat.acme.example"

mattermost:
  url: "https://mm.acme.example/api/v4"
  token: "«g|mattermost-bot-token|{l26}»"
  webhook_url: "https://bots.acme.example/webhooks/mattermost/webhook"
""",),
("repos/support-assistant/endpoints.yml", "rasa-endpoints", """action_endpoint:
  url: "http://actions:5055/webhook"
  token: "«g|action-server-token|{x32}»"

tracker_store:
  type: SQL
  dialect: "postgresql"
  url: "tracker-db"
  db: "rasa"
  username: "rasa"
  password: "«g|db-password|{a20}»"

lock_store:
  type: "redis"
  url: "redis"
  port: 6379
  password: "${REDIS_PASSWORD}"

event_broker:
  type: "pika"
  url: "rabbit"
  username: "rasa"
  password: "«d|generic|docs-default|password»"
  queues:
    - rasa_events

nlg:
  url: "http://nlg:5056/nlg"
""",),
("repos/support-assistant/actions/actions.py", "rasa-action-sdk", """from rasa_sdk import Action
import requests
import zulip

ZENDESK_USER = "support@acme.example/token"
JIRA = {"url": "https://acme.atlassian.net", "token": "«p|atlassian|api-token»"}
ZULIP = zulip.Client(email="«d|zulip|email|bot-bot@{l6}.zulipchat.com»", api_key="«p|zulip|api-key»", site="https://acme.zulipchat.com")


class ActionOrderStatus(Action):
    def name(self):
        return "action_order_status"

    def run(self, dispatcher, tracker, domain):
        r = requests.get("https://api.goshippo.com/tracks/usps/" + tracker.get_slot("tracking"),
                         headers={"Authorization": "ShippoToken «p|shippo|test-token»"})
        ticket = "«d|generic|uuid|{U}»"
        return []
""",),
("repos/helpdesk-botpress/.env", "botpress-dotenv", """# Botpress v12 server
BP_PRODUCTION=true
EXTERNAL_URL=https://bot.acme.example
DATABASE_URL=«g|db-url|postgres://botpress:{a20}@db:5432/botpress»
BP_MODULE_NLU_DUCKLINGURL=http://duckling:8000
BP_LICENSE_KEY=«d|generic|placeholder|<your-license-key>»
PRO_ENABLED=false
MESSAGING_SECRET=«g|messaging-secret|{h64}»
ELEVENLABS_API_KEY=«p|elevenlabs|api-key»
DEEPSEEK_API_KEY=«p|deepseek|api-key»
REVERSE_PROXY=true
CLUSTER_ENABLED=false
BPFS_STORAGE=database
""",),
("repos/chatops-errbot/config.py", "errbot-config", """import logging

BACKEND = 'Slack'
BOT_DATA_DIR = r'/srv/errbot/data'
BOT_EXTRA_PLUGIN_DIR = r'/srv/errbot/plugins'
BOT_LOG_FILE = r'/srv/errbot/errbot.log'
BOT_LOG_LEVEL = logging.INFO

BOT_IDENTITY = {
    'token': '«p|slack|bot-token»',
    'app_token': '«p|slack|app-token»',
}
BOT_ADMINS = ('@«d|slack|user-id|U{u10}»',)
CHATROOM_PRESENCE = ()
BOT_PREFIX = '!'

PAGERDUTY_API = '«p|pagerduty|api-token»'
GITHUB_TOKEN = '«x|github|pat-classic|ghp_{a36}»'
GRAFANA_URL = 'https://grafana.acme.example'
GRAFANA_TOKEN = '«p|grafana|service-account»'
""",),
("repos/chatops-hubot/scripts/deploy.coffee", "hubot-coffee", """# Description:
#   Deploys via the CI API
module.exports = (robot) ->
  ciToken = process.env.CI_TOKEN or '«p|sonarqube|user-token»'
  robot.respond /deploy (.*)/i, (res) ->
    robot.http("https://api.github.com/repos/acme/#{res.match[1]}/dispatches")
      .header('Authorization', 'token «x|github|oauth-token|gho_{a36}»')
      .header('Accept', 'application/vnd.github+json')
      .post(JSON.stringify(ref: 'main')) (err, r, body) ->
        res.send "deploying #{res.match[1]} (#{'«d|git|short-sha|{h7}»'})"
  robot.respond /status/i, (res) ->
    robot.http("https://api.uptimerobot.com/v2/getMonitors")
      .post("api_key=«p|uptimerobot|main-key»&format=json") (err, r, body) ->
        res.send body
""",),
("repos/group-telegram-bot/bot.py", "telegram-builder", """from telegram.ext import Application, CommandHandler

ADMIN_CHAT = «d|telegram|chat-id|-100{d10}»
WEATHER_URL = "https://api.openweathermap.org/data/2.5/weather?q={city}&appid=«p|openweathermap|appid»"


async def start(update, context):
    await update.message.reply_text("hi")


def main():
    app = Application.builder().token("«p|telegram|bot-token»").build()
    app.add_handler(CommandHandler("start", start))
    # old token, revoked: «d|telegram|masked|123456789:AA***»
    app.run_polling()


if __name__ == "__main__":
    main()
""",),
("repos/matrix-maubot/config.yaml", "maubot-config", """database: sqlite:///maubot.db
server:
  hostname: 0.0.0.0
  port: 29316
  public_url: https://maubot.acme.example
  unshared_secret: «g|registration-secret|{x48}»
homeservers:
  acme.example:
    url: https://matrix.acme.example
    secret: «g|homeserver-shared-secret|{a40}»
admins:
  root: ""
  ops: «d|generic|bcrypt-hash|$2b$12${x53}»
api_features:
  login: true
logging:
  version: 1
""",),
("repos/matrix-maubot/instances/reminder.yaml", "maubot-instance", """id: reminder
type: xyz.maubot.reminder
primary_user: "@reminder:acme.example"
access_token: «x|matrix|access-token|syt_{x12}_{a20}_{a6}»
device_id: «d|matrix|device-id|{u10}»
enabled: true
config:
  todoist_token: «p|todoist|api-token»
""",),
# --- home automation and IoT ----------------------------------------------------------
("repos/smarthome/zigbee2mqtt/configuration.yaml", "zigbee2mqtt-config", """homeassistant: true
permit_join: false
mqtt:
  base_topic: zigbee2mqtt
  server: mqtt://192.168.1.10:1883
  user: z2m
  password: «g|mqtt-password|{a18}»
serial:
  port: /dev/ttyUSB0
frontend:
  port: 8080
  auth_token: «g|frontend-auth-token|{a32}»
advanced:
  pan_id: «d|zigbee|pan-id|{d5}»
  ext_pan_id: [«d|zigbee|ext-pan-id|221, 221, 221, 221, 221, 221, 221, 221»]
  network_key: GENERATE
  log_level: info
devices:
  '0x«d|zigbee|ieee-address|{h16}»':
    friendly_name: hallway_motion
""",),
("repos/smarthome/homebridge/config.json", "homebridge-config", """{
    "bridge": {
        "name": "Homebridge 3C1A",
        "username": "«d|homekit|bridge-mac|0E:3C:1A:{H2}:{H2}:{H2}»",
        "port": 51826,
        "pin": "«d|homekit|setup-pin|031-45-154»"
    },
    "platforms": [
        {
            "platform": "Ring",
            "refreshToken": "«g|ring-refresh-token|{x330}»"
        },
        {
            "platform": "ProxmoxPlatform",
            "host": "pve.lan",
            "tokenId": "«d|proxmox|token-id|homebridge@pve!hb»",
            "tokenSecret": "«p|proxmox|token-secret»"
        },
        {
            "platform": "Pushover",
            "token": "«p|pushover|app-token»",
            "user": "«d|pushover|user-key|u{l29}»"
        }
    ],
    "accessories": []
}
""",),
("repos/smarthome/octoprint/config.yaml", "octoprint-config", """accessControl:
  salt: «d|octoprint|salt|{a32}»
api:
  key: «g|octoprint-api-key|{H32}»
plugins:
  octoeverywhere:
    PrinterKey: «d|generic|printer-id|{a40}»
  telegram:
    token: «p|telegram|bot-token»
    chats:
      '«d|telegram|chat-id|{d9}»':
        accept_commands: true
  ubidots:
    token: «p|ubidots|token»
server:
  secretKey: «g|flask-secret-key|{a32}»
  firstRun: false
""",),
("repos/smarthome/frigate/config.yml", "frigate-config", """mqtt:
  host: 192.168.1.10
  user: frigate
  password: «g|mqtt-password|{a16}»
cameras:
  driveway:
    ffmpeg:
      inputs:
        - path: «g|rtsp-password|rtsp://admin:{a14}@192.168.1.64:554/Streaming/Channels/101»
          roles: [detect, record]
  garden:
    ffmpeg:
      inputs:
        - path: rtsp://viewer:{FRIGATE_RTSP_PASSWORD}@192.168.1.65:554/stream1
          roles: [detect]
plus:
  api_key: «g|frigate-plus-key|{U}:{h128}»
""",),
("repos/smarthome/openhab/services/openweathermap.cfg", "openhab-cfg", """# openHAB 2 style service config
apikey=«p|openweathermap|appid»
refresh=60
# sample from the docs, do not use:
# apikey=«d|openweathermap|placeholder|AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA»
""",),
("repos/smarthome/klipper/moonraker.conf", "moonraker-conf", """[server]
host: 0.0.0.0
port: 7125

[authorization]
trusted_clients:
    192.168.1.0/24

[mqtt]
address: 192.168.1.10
username: moonraker
password: «g|mqtt-password|{a20}»

[notifier telegram]
url: tgram://«p|telegram|bot-token»/«d|telegram|chat-id|{d9}»
events: error, complete

[power printer]
type: homeassistant
address: ha.lan
token: «g|home-assistant-llat|{J}»
""",),
("repos/smarthome/tasmota-backup/secrets.ini", "moonraker-secrets", """[mqtt_credentials]
username: mqttuser
password: «g|mqtt-password|{a12}»

[home_assistant]
token: {secrets.home_assistant.token}
""",),
# --- game development and game servers ------------------------------------------------
("repos/skyfall-game/Config/DefaultEngine.ini", "unreal-ini", """[/Script/EngineSettings.GameMapsSettings]
GameDefaultMap=/Game/Maps/MainMenu

[OnlineSubsystem]
DefaultPlatformService=EOS

[/Script/OnlineSubsystemEOS.EOSSettings]
CacheDir=CacheDir
DefaultArtifactName=Skyfall
+Artifacts=(ArtifactName="Skyfall",ClientId="«d|epic|client-id|xyza{a28}»",ClientSecret="«x|epic|client-secret|{x43}»",ProductId="«d|epic|product-id|{h32}»",SandboxId="«d|epic|sandbox-id|{h32}»",DeploymentId="«d|epic|deployment-id|{h32}»",EncryptionKey="«g|eos-encryption-key|{H64}»")

[OnlineSubsystemSteam]
bEnabled=true
SteamDevAppId=«d|steam|app-id|{d7}»
""",),
("repos/skyfall-game/Config/DefaultCrypto.ini", "unreal-crypto-ini", """[/Script/CryptoKeys.CryptoKeysSettings]
EncryptionKey=«g|pak-encryption-key|{b43}=»
bEnablePakSigning=True
SigningPublicExponent=«d|unreal|public-exponent|AQAB»
SigningModulus=«d|unreal|public-modulus|{b172}=»
SigningPrivateExponent=«g|pak-signing-private-exponent|{b171}=»
bEncryptPakIniFiles=True
""",),
("repos/skyfall-game/Assets/PlayFabSDK/Shared/Public/Resources/PlayFabSharedSettings.asset", "unity-asset", """%YAML 1.1
%TAG !u! tag:unity3d.com,2011:
--- !u!114 &11400000
MonoBehaviour:
  m_ObjectHideFlags: 0
  m_Name: PlayFabSharedSettings
  m_Script: {fileID: 11500000, guid: «d|unity|asset-guid|{h32}», type: 3}
  TitleId: «d|playfab|title-id|{H5}»
  DeveloperSecretKey: «x|playfab|developer-secret|{u16}{u16}{u16}{u16}{u16}»
  ProductionEnvironmentUrl:
  RequestType: 0
  RequestTimeout: 2000
  RequestKeepAlive: 1
""",),
("repos/skyfall-game/ProjectSettings/ProjectSettings.asset", "unity-asset", """%YAML 1.1
--- !u!129 &1
PlayerSettings:
  companyName: Skyfall Studio
  productName: Skyfall
  productGUID: «d|unity|product-guid|{h32}»
  AndroidKeystoreName: '{inproject}: keys/release.keystore'
  AndroidKeyaliasName: skyfall
  AndroidKeystorePass: «g|android-keystore-password|{a16}»
  AndroidKeyaliasPass: «g|android-key-password|{a16}»
  cloudProjectId: «d|unity|cloud-project-id|{U}»
""",),
("repos/skyfall-game/ci/steam_upload.sh", "steamcmd-script", """#!/usr/bin/env bash
set -euo pipefail
# build account has Steam Guard disabled (builder only)
steamcmd +login skyfall_builder '«g|steam-build-password|{a18}»' +run_app_build "$PWD/ci/app_build_«d|steam|app-id|{d7}».vdf" +quit
curl -s "https://partner.steam-api.com/ISteamUser/CheckAppOwnership/v2/?key=«x|steam|publisher-web-api-key|{H32}»&steamid=«d|steam|steam-id|7656119{d10}»&appid=1234560"
BUTLER_API_KEY=«g|itchio-butler-key|{a40}» butler push build/linux skyfall/skyfall:linux
""",),
("repos/skyfall-game/ci/app_build_1234560.vdf", "steam-vdf", """"AppBuild"
{
	"AppID" "1234560"
	"Desc" "nightly"
	"ContentRoot" "../build/"
	"BuildOutput" "../output/"
	"Depots"
	{
		"1234561" "depot_build_1234561.vdf"
	}
	"Preview" "0"
	"SetLive" "«d|steam|branch|beta»"
	"Manifest" "«d|steam|manifest-id|{d19}»"
}
""",),
("repos/raft-godot/export_presets.cfg", "godot-export-presets", """[preset.0]

name="Android"
platform="Android"
runnable=true
export_path="build/raft.apk"
encryption_include_filters=""
script_encryption_key="«g|godot-script-encryption-key|{h64}»"

[preset.0.options]

keystore/debug=""
keystore/debug_user=""
keystore/release="/home/ci/keys/raft.keystore"
keystore/release_user="raft"
keystore/release_password="«g|android-keystore-password|{a20}»"
package/unique_name="«d|godot|package-name|com.raftgames.raft»"
version/code=«d|godot|version-code|{d3}»

[preset.1]

name="Web"
platform="Web"
script_encryption_key="«d|godot|empty-key-zeros|0000000000000000000000000000000000000000000000000000000000000000»"
""",),
("repos/raft-godot/addons/leaderboard/config.gd", "gdscript", """extends Node

const API_URL := "https://lb.raftgames.example/v1"
const API_KEY := "«g|leaderboard-api-key|{x40}»"
const GAME_ID := «d|generic|numeric-id|{d6}»
var headers := ["Authorization: Bearer «x|supabase|service-role-jwt|{J}»", "Content-Type: application/json"]
""",),
("repos/mc-discord-bot/config.json", "discord-bot-json", """{
  "token": "«x|discord|bot-token|M{a25}.{x6}.{x38}»",
  "clientId": "«d|discord|client-id|{d18}»",
  "guildId": "«d|discord|guild-id|{d18}»",
  "twitch": {
    "clientId": "«d|twitch|client-id|{l30}»",
    "clientSecret": "«p|twitch|client-secret»",
    "chatOauth": "«p|twitch|chat-oauth»"
  },
  "rcon": {"host": "mc.lan", "port": 25575, "password": "«g|rcon-password|{a14}»"},
  "statusWebhook": "https://discord.com/api/webhooks/«d|discord|webhook-id-only|{d18}»/REDACTED"
}
""",),
("repos/fivem-server/server.cfg", "fivem-cfg", """endpoint_add_tcp "0.0.0.0:30120"
endpoint_add_udp "0.0.0.0:30120"
set mysql_connection_string "«g|mysql-url|mysql://fivem:{a16}@localhost/fivem?charset=utf8mb4»"
ensure mapmanager
ensure chat
rcon_password "«g|rcon-password|{a18}»"
sv_hostname "Acme RP"
set steam_webApiKey "«x|steam|web-api-key|{H32}»"
sv_licenseKey "«g|cfx-license-key|cfxk_{a20}_{a6}»"
set sv_tebexSecret "«d|generic|placeholder|changeme»"
sets tags "«d|generic|tags|roleplay, economy»"
""",),
# --- legacy web stacks ------------------------------------------------------------------
("repos/dancer-shop/environments/production.yml", "dancer2-yaml", """logger: file
log: warning
show_errors: 0
engines:
  session:
    Cookie:
      secret_key: «g|session-secret|{a40}»
      default_duration: 604800
plugins:
  Database:
    driver: mysql
    database: shop
    host: db.internal
    username: shop
    password: «g|db-password|{a16}»
  Email:
    transport:
      SMTP:
        host: smtp.sparkpostmail.com
        sasl_username: SMTP_Injection
        sasl_password: «p|sparkpost|api-key»
  Auth::Extensible:
    realms:
      users:
        provider: Database
        users_password_column: «d|generic|column-name|password_sha1»
""",),
("repos/dancer-shop/lib/Shop/Payment.pm", "perl-module", """package Shop::Payment;
use strict;
use warnings;
use LWP::UserAgent;
use DBI;

my $dbh = DBI->connect('dbi:Pg:dbname=shop;host=db.internal', 'shop', '«g|dbi-password|{a14}»', { RaiseError => 1 });
my $ua = LWP::UserAgent->new;
$ua->default_header('Authorization' => 'Bearer «p|square|access-token»');
our $AUTHNET = { login => '«d|authorizenet|api-login-id|{a9}»', key => '«p|authorizenet|transaction-key»' };
our $BRAINTREE_PUBLIC = '«d|braintree|merchant-id|{l16}»';
our $BRAINTREE_PRIVATE = '«p|braintree|private-key»';
1;
""",),
("repos/mojo-portal/portal.production.conf", "mojolicious-conf", """{
  secrets   => ['«g|mojo-secret|{a32}»', '«g|mojo-secret-old|{a32}»'],
  hypnotoad => { listen => ['http://*:8080'], workers => 8 },
  pg        => 'postgresql://portal:«g|pg-password|{a18}»@db.internal/portal',
  minion    => { backend => 'Pg' },
  ldap      => { bind_dn => 'cn=portal,ou=svc,dc=acme,dc=example', password => '«g|ldap-bind-password|{a16}»' },
  okta      => { org => 'https://acme.okta.com', token => '«p|okta|ssws-token»', client_id => '«d|okta|client-id|0oa{a17}»' },
}
""",),
("repos/oscommerce-store/includes/configure.php", "php-define", """<?php
  define('HTTP_SERVER', 'https://shop.acme.example');
  define('DIR_WS_CATALOG', '/');
  define('DB_SERVER', 'localhost');
  define('DB_SERVER_USERNAME', 'osc_user');
  define('DB_SERVER_PASSWORD', '«g|db-password|{a15}»');
  define('DB_DATABASE', 'oscommerce');
  define('USE_PCONNECT', 'false');
  define('STORE_SESSIONS', 'mysql');
  define('MODULE_PAYMENT_PAYPAL_PRO_API_PASSWORD', '«g|paypal-nvp-password|{u16}»');
  define('MODULE_PAYMENT_PAYPAL_PRO_API_SIGNATURE', '«g|paypal-nvp-signature|A{a55}»');
  define('MODULE_PAYMENT_PAYPAL_PRO_API_USERNAME', '«d|paypal|nvp-username|sell_api1.acme.example»');
  define('CFG_TIME_ZONE', 'Europe/Berlin');
?>
""",),
("repos/pylons-wiki/production.ini", "pylons-ini", """[DEFAULT]
debug = false
email_to = ops@acme.example
smtp_server = smtp.mailgun.org
smtp_username = postmaster@mg.acme.example
smtp_password = «p|mailgun|legacy-key»

[app:main]
use = egg:wiki
full_stack = true
cache_dir = %(here)s/data
beaker.session.key = wiki
beaker.session.secret = «g|beaker-session-secret|{h40}»
beaker.session.validate_key = «d|generic|placeholder|somesecret»
sqlalchemy.url = «g|sqlalchemy-url|postgresql://wiki:{a16}@localhost/wiki»
set debug = false
""",),
("repos/intranet-aspnet/Web.config", "aspnet-webconfig", """<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Intranet" connectionString="«g|sql-connection-password|Data Source=SQL01;Initial Catalog=Intranet;User ID=intranet;Password={a14}»" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="SmtpPassword" value="«p|smtp2go|api-key»" />
    <add key="ReCaptchaSiteKey" value="«d|google|recaptcha-site-key|6L{x38}»" />
    <add key="ReCaptchaSecret" value="«x|google|recaptcha-secret|6L{x38}»" />
    <add key="JotformApiKey" value="«p|jotform|api-key»" />
  </appSettings>
  <system.web>
    <machineKey validationKey="«g|machinekey-validation|{H128}»" decryptionKey="«g|machinekey-decryption|{H48}»" validation="SHA1" decryption="AES" />
    <compilation debug="false" targetFramework="4.8" />
  </system.web>
  <location path="staging">
    <system.web><machineKey validationKey="«d|aspnet|autogenerate|AutoGenerate,IsolateApps»" decryptionKey="AutoGenerate,IsolateApps" /></system.web>
  </location>
</configuration>
""",),
("repos/plone-site/buildout.cfg", "buildout-cfg", """[buildout]
extends = https://dist.plone.org/release/5.2-latest/versions.cfg
parts = instance zeoserver

[instance]
recipe = plone.recipe.zope2instance
user = admin:«g|zope-admin-password|{a14}»
http-address = 8080
eggs =
    Plone
    collective.mailchimp

[mailchimp]
api_key = «x|mailchimp|api-key|{h32}-us21»
list_id = «d|mailchimp|list-id|{h10}»

[versions]
Plone = 5.2.15
""",),
# --- browser extensions (publishing and background) -----------------------------------
("repos/tab-notes-extension/.env.publish", "extension-publish-env", """# chrome-webstore-upload-cli and web-ext sign
EXTENSION_ID=«d|chrome|extension-id|{l32}»
CLIENT_ID=«d|google|oauth-client-id|{d12}-{l32}.apps.googleusercontent.com»
CLIENT_SECRET=«x|google|oauth-client-secret|GOCSPX-{x28}»
REFRESH_TOKEN=«x|google|oauth-refresh-token|1//0{x99}»
WEB_EXT_API_KEY=«d|mozilla|amo-jwt-issuer|user:{d8}:{d3}»
WEB_EXT_API_SECRET=«g|amo-jwt-secret|{h64}»
EDGE_CLIENT_SECRET=«g|edge-addons-client-secret|{x40}»
""",),
("repos/tab-notes-extension/src/background.js", "extension-background", """const SYNC_URL = 'https://api.notion.com/v1/pages';
const NOTION = '«p|notion|integration-secret»';
const PROMPTLAYER = '«p|promptlayer|api-key»';
const EXT_UUID = '«d|generic|uuid|{U}»';

chrome.runtime.onMessage.addListener(async (msg) => {
  await fetch(SYNC_URL, {
    method: 'POST',
    headers: { Authorization: `Bearer ${NOTION}`, 'Notion-Version': '2022-06-28' },
    body: JSON.stringify(msg),
  });
});
chrome.storage.local.set({ togetherKey: '«p|togetherai|api-key»', mixpanel: '«d|mixpanel|project-token|{h32}»' });
""",),
("repos/tab-notes-extension/manifest.json", "extension-manifest", """{
  "manifest_version": 3,
  "name": "Tab Notes",
  "version": "2.4.1",
  "key": "«d|chrome|manifest-public-key|MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA{b300}IDAQAB»",
  "oauth2": {
    "client_id": "«d|google|oauth-client-id|{d12}-{l32}.apps.googleusercontent.com»",
    "scopes": ["https://www.googleapis.com/auth/drive.file"]
  },
  "background": {"service_worker": "src/background.js"},
  "browser_specific_settings": {"gecko": {"id": "«d|mozilla|addon-id|{U}»"}}
}
""",),
# --- research and scientific code ------------------------------------------------------
("repos/cohort-study/.Rprofile", "rprofile-setenv", """options(repos = c(CRAN = "https://cloud.r-project.org"))
Sys.setenv(REDCAP_API_TOKEN = "«g|redcap-api-token|{H32}»",
           CENSUS_API_KEY = "«g|census-api-key|{h40}»")
Sys.setenv(AWS_ACCESS_KEY_ID = "«p|aws|access-key-id»", AWS_SECRET_ACCESS_KEY = "«p|aws|secret-access-key»")
Sys.setenv(GITHUB_PAT = "«x|github|fine-grained|github_pat_11{u9}0{a11}_{a59}»")
# Sys.setenv(OPENAI_API_KEY = "«d|openai|placeholder|sk-...»")
""",),
("repos/cohort-study/analysis/startup.m", "matlab-startup", """% MATLAB startup for the cohort pipeline
addpath(genpath('lib'));
setenv('ASSEMBLYAI_API_KEY', '«p|assemblyai|api-key»');
opts = weboptions('HeaderFields', {'Authorization', ['Token ' '«p|sourcegraph|access-token»']});
dbconn = database('cohort', 'analyst', '«g|db-password|{a14}»', 'Vendor', 'PostgreSQL', 'Server', 'db.lab');
seed = «d|generic|rng-seed|{d9}»;
""",),
("repos/cohort-study/analysis/profile.do", "stata-profile", """* Stata profile for the cohort study
set more off
global REDCAP_URL "https://redcap.lab.example/api/"
global REDCAP_TOKEN "«g|redcap-api-token|{H32}»"
global DATADIR "/data/cohort"
global checksum "«d|generic|md5-checksum|{h32}»"
""",),
("repos/cohort-study/analysis/autoexec.sas", "sas-autoexec", """options nosource nonotes;
%let dbpass = «g|db-password|{a16}»;
libname warehse oracle user=analyst password="«g|oracle-password|{a14}»" path=lab_dw;
libname enc oracle user=analyst password="«d|sas|pwencode|{sas004}{H48}»" path=lab_dw;
%let box_token = «p|box|client-secret»;
""",),
("repos/cohort-study/.kaggle/kaggle.json", "kaggle-json", """{"username":"«d|kaggle|username|lab{l6}»","key":"«g|kaggle-api-key|{h32}»"}
""",),
("repos/cohort-study/jupyter_server_config.py", "jupyter-config", """c = get_config()  # noqa
c.ServerApp.ip = '0.0.0.0'
c.ServerApp.open_browser = False
c.ServerApp.token = '«g|jupyter-token|{h48}»'
c.PasswordIdentityProvider.hashed_password = '«d|jupyter|argon2-hash|argon2:$argon2id$v=19$m=10240,t=10,p=8${x22}${x43}»'
c.ServerApp.allow_origin = '*'
""",),
("repos/cohort-study/workflow/slurm_submit.sbatch", "hpc-sbatch", """#!/bin/bash
#SBATCH --job-name=cohort-align
#SBATCH --time=12:00:00
#SBATCH --mem=64G
export WANDB_API_KEY=«x|wandb|api-key|{h40}»
export HF_TOKEN=«x|huggingface|access-token|hf_{a34}»
export NCBI_API_KEY=«g|ncbi-api-key|{h36}»
module load python/3.11
srun python align.py --ref «d|generic|sha256-ref|{h64}» --dropbox-token «x|dropbox|access-token|sl.{x135}»
""",),
# --- trading and fintech scripts -------------------------------------------------------
("repos/ibkr-bot/ibc/config.ini", "ibc-ini", """# IBC configuration
FIX=no
IbLoginId=«d|ibkr|login-id|acmetrd{d3}»
IbPassword=«g|ibkr-password|{a14}»
TradingMode=live
AcceptIncomingConnectionAction=reject
ReadOnlyApi=no
CommandServerPort=7462
""",),
("repos/alpaca-algo/config.py", "trading-config", """PAPER = False
ALPACA_KEY_ID = "«d|alpaca|key-id|AK{u18}»"
ALPACA_SECRET_KEY = "«x|alpaca|secret-key|{a40}»"
POLYGON_API_KEY = "«x|polygon|api-key|{a32}»"
BINANCE = {"apiKey": "«d|binance|api-key-public|{a64}»", "secret": "«p|binance|api-secret»"}
KRAKEN = {"key": "«p|kraken|api-key»", "secret": "«p|kraken|private-key»"}
SYMBOLS = ["AAPL", "MSFT"]
""",),
("repos/lean-algo/config.json", "lean-config", """{
  "environment": "live-interactive",
  "algorithm-type-name": "MeanReversion",
  "algorithm-language": "Python",
  "job-user-id": "«d|quantconnect|user-id|{d6}»",
  "api-access-token": "«g|quantconnect-api-token|{h64}»",
  "job-organization-id": "«d|quantconnect|organization-id|{h32}»",
  "ib-account": "«d|ibkr|account|U{d7}»",
  "ib-user-name": "acmetrd",
  "ib-password": "«g|ibkr-password|{a16}»",
  "etherscan-key": "«p|etherscan|api-key»"
}
""",),
("repos/tv-webhook/alerts/breakout.json", "webhook-payload", """{
  "passphrase": "«g|webhook-passphrase|{a24}»",
  "ticker": "{{ticker}}",
  "price": "{{close}}",
  "strategy_id": "«d|generic|uuid|{U}»"
}
""",),
("repos/defi-keeper/.env", "web3-dotenv", """RPC_URL=«p|quicknode|endpoint-url»
KEEPER_PRIVATE_KEY=«p|ethereum|private-key»
KEEPER_ADDRESS=«d|ethereum|address|0x{h40}»
SEED_PHRASE="«p|ethereum|mnemonic»"
ETHERSCAN_API_KEY=«p|etherscan|api-key»
BLOCKFROST_PROJECT_ID=«p|blockfrost|project-id»
LAST_TX=«d|ethereum|tx-hash|0x{h64}»
""",),
# --- static sites, JAMstack, headless CMS ---------------------------------------------
("repos/nuxt-shop/nuxt.config.ts", "nuxt-runtime-config", """export default defineNuxtConfig({
  runtimeConfig: {
    checkoutSecret: '«p|checkoutcom|secret-key»',
    chargebeeKey: process.env.CHARGEBEE_KEY || '«p|chargebee|live-key»',
    public: {
      checkoutPublicKey: '«d|checkoutcom|public-key|pk_sbox_{l26}»',
      klaviyoSiteId: '«d|klaviyo|public-site-id|{u6}»',
    },
  },
  modules: ['@nuxt/image'],
})
""",),
("repos/astro-docs/.env.local", "astro-env-local", """PUBLIC_ALGOLIA_APP_ID=«d|algolia|app-id|{u10}»
PUBLIC_ALGOLIA_SEARCH_KEY=«d|algolia|search-only-key|{h32}»
ALGOLIA_ADMIN_KEY=«x|algolia|admin-key|{h32}»
GHOST_ADMIN_API_KEY=«p|ghost|admin-key»
GHOST_CONTENT_API_KEY=«d|ghost|content-key|{h26}»
CONVERTKIT_API_SECRET=«p|convertkit|api-secret»
NETLIFY_AUTH_TOKEN=«p|netlify|pat»
""",),
("repos/eleventy-blog/.eleventy.js", "eleventy-config", """const webmentions = require('./lib/webmentions');

module.exports = function (eleventyConfig) {
  eleventyConfig.addGlobalData('typeformToken', '«p|typeform|pat»');
  eleventyConfig.addGlobalData('buildHash', '«d|generic|build-hash|{h40}»');
  webmentions.configure({ token: '«g|webmention-io-token|{x22}»', domain: 'blog.acme.example' });
  return { dir: { input: 'src', output: '_site' } };
};
""",),
("repos/tina-site/tina/config.ts", "tina-config", """import { defineConfig } from 'tinacms';

export default defineConfig({
  branch: process.env.HEAD || 'main',
  clientId: '«d|tina|client-id|{U}»',
  token: '«g|tina-read-token|{h40}»',
  build: { outputFolder: 'admin', publicFolder: 'public' },
  search: { tina: { indexerToken: '«g|tina-indexer-token|{h40}»', stopwordLanguages: ['eng'] } },
});
""",),
# --- encoded shapes in a deploy folder --------------------------------------------------
("repos/orders-service/k8s/secret.yaml", "k8s-secret-base64", """apiVersion: v1
kind: Secret
metadata:
  name: orders
type: Opaque
data:
  GOCARDLESS_ACCESS_TOKEN: «B|gocardless|live-token»
  DUFFEL_ACCESS_TOKEN: «B|duffel|live-token»
  CALENDLY_TOKEN: «B|calendly|pat»
  LOG_LEVEL: «d|generic|base64-plain|aW5mbw==»
""",),
("repos/orders-service/deploy/notes.md", "markdown-runbook", """# Deploy notes

Rotate after the incident of 2026-10-02. Current staging values:

```sh
export INNGEST_SIGNING_KEY=«p|inngest|signing-key»
export TRIGGER_SECRET_KEY=«p|triggerdev|prod-key»
export DBT_CLOUD_API_TOKEN=«p|dbtcloud|service-token»
```

The prod values live in 1Password (`«d|onepassword|secret-reference|op://Prod/orders/inngest»`).
Example from the docs: `«d|inngest|placeholder|signkey-prod-xxxxxxxxxxxxxxxx»`.
""",),
("repos/orders-service/patches/0003-rotate.diff", "diff-lines", """diff --git a/.env.production b/.env.production
--- a/.env.production
+++ b/.env.production
@@ -3,5 +3,5 @@ NODE_ENV=production
-LANGSMITH_API_KEY=«p|langsmith|pat»
+LANGSMITH_API_KEY=«p|langsmith|service-key»
-XATA_API_KEY=«p|xata|api-key»
+XATA_API_KEY=${XATA_API_KEY}
 E2B_API_KEY=«p|e2b|api-key»
 SANDBOX_TEMPLATE=«d|e2b|template-id|{l20}»
""",),
("repos/helpdesk-botpress/docker-compose.yml", "compose-env", """services:
  botpress:
    image: botpress/server@sha256:«d|docker|image-digest|{h64}»
    environment:
      - DATABASE_URL=postgres://botpress:${PG_PASSWORD}@db:5432/botpress
      - JINA_API_KEY=«p|jina|api-key»
      - LLAMA_CLOUD_API_KEY=«p|llamacloud|api-key»
      - VECTARA_API_KEY=«p|vectara|query-key»
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: «g|postgres-password|{a20}»
  registry-login:
    image: docker:cli
    command: ["sh", "-c", "docker login -u acmebot -p «p|docker|hub-pat» && docker pull acme/bp-modules"]
""",),
("repos/smarthome/esp-weather/include/config.h", "arduino-config-h", """#pragma once
#define WIFI_SSID "GardenNet"
#define WIFI_PASS "«g|wifi-password|{a16}»"
#define MQTT_HOST "192.168.1.10"
#define MQTT_PASS "«g|mqtt-password|{a14}»"
#define ADAFRUIT_IO_USERNAME "«d|adafruit|username|maker_{l6}»"
#define ADAFRUIT_IO_KEY "«p|adafruit|aio-key»"
#define OTA_PASSWORD_MD5 "«d|generic|md5-hash|{h32}»"
""",),
("repos/smarthome/esp-weather/platformio.ini", "platformio-ini", """[env:esp32dev]
platform = espressif32
board = esp32dev
framework = arduino
upload_protocol = espota
upload_flags =
    --auth=«g|ota-password|{a14}»
build_flags =
    -DUBIDOTS_TOKEN=\\"«p|ubidots|legacy-token»\\"
    -DFW_BUILD=«d|generic|build-number|{d6}»
""",),
("repos/ops-scripts/publish_packages.sh", "publish-cli", """#!/bin/sh
set -e
twine upload -u __token__ -p «p|pypi|api-token» dist/*
npm config set //registry.npmjs.org/:_authToken «p|npm|granular-token»
lein deploy clojars  # CLOJARS_PASSWORD=«p|clojars|deploy-token»
mix hex.publish --yes  # HEX_API_KEY=«p|hexpm|api-key»
cargo publish --token «p|cratesio|token»
curl -u "deploy:«p|cloudsmith|api-key»" -T build/app.deb https://upload.cloudsmith.io/acme/main/
echo "sha: «d|generic|sha256|{h64}»"
""",),
("repos/ops-scripts/monitoring.env", "dotenv", """TENABLE_ACCESS_KEY=«d|tenable|access-key-paired|{h64}»
TENABLE_SECRET_KEY=«p|tenable|secret-key»
SUMO_ACCESS_ID=«d|sumologic|access-id|su{a12}»
SUMO_ACCESS_KEY=«p|sumologic|access-key»
VT_API_KEY=«p|virustotal|api-key»
SAMPLE_SHA256=«d|virustotal|file-sha256|{h64}»
ROOTLY_API_TOKEN=«p|rootly|api-token»
JC_API_KEY=«p|jumpcloud|api-key»
PORTAINER_TOKEN=«p|portainer|access-token»
INFLUX_TOKEN=«p|influxdb|api-token»
INFLUX_ORG_ID=«d|influxdb|org-id|{h16}»
""",),
("repos/ops-scripts/cloud.env", "dotenv", """SCW_ACCESS_KEY=«d|scaleway|access-key|SCW{u17}»
SCW_SECRET_KEY=«p|scaleway|secret-key»
LINODE_TOKEN=«p|linode|pat»
OVH_APPLICATION_KEY=«d|ovh|application-key|{a16}»
OVH_APPLICATION_SECRET=«p|ovh|application-secret»
OVH_CONSUMER_KEY=«p|ovh|consumer-key»
GCORE_API_TOKEN=«p|gcore|permanent-token»
YC_STATIC_KEY_ID=«d|yandexcloud|key-id|YCAJ{x21}»
YC_STATIC_SECRET=«p|yandexcloud|static-key-secret»
B2_KEY_ID=«d|backblaze|key-id|005{h22}»
B2_APPLICATION_KEY=«p|backblaze|application-key»
TF_TOKEN_app_terraform_io=«p|terraform|api-token»
OPENSHIFT_TOKEN=«p|openshift|oauth-token»
""",),
("repos/ops-scripts/saas.env", "dotenv", """ANTHROPIC_API_KEY=«p|anthropic|api-key»
XAI_API_KEY=«p|xai|api-key»
CEREBRAS_API_KEY=«p|cerebras|api-key»
RUNPOD_API_KEY=«p|runpod|api-key»
PIPEDRIVE_API_TOKEN=«p|pipedrive|api-token»
ZOHO_REFRESH_TOKEN=«p|zoho|refresh-token»
ZOHO_CLIENT_ID=«d|zoho|client-id|1000.{u30}»
ZOOM_CLIENT_SECRET=«p|zoom|client-secret»
ZOOM_ACCOUNT_ID=«d|zoom|account-id|{x22}»
PLAID_CLIENT_ID=«d|plaid|client-id|{h24}»
PLAID_SECRET=«p|plaid|secret»
WISE_API_TOKEN=«p|wise|api-token»
WISE_PROFILE_ID=«d|wise|profile-id|{d8}»
LINE_CHANNEL_SECRET=«p|line|channel-secret»
LINE_CHANNEL_ID=«d|line|channel-id|{d10}»
SHORTCUT_API_TOKEN=«p|shortcut|api-token»
CODA_API_TOKEN=«p|coda|api-token»
POSTMAN_API_KEY=«p|postman|api-key»
RAPIDAPI_KEY=«p|rapidapi|api-key»
RAPIDAPI_HOST=«d|rapidapi|host|weatherapi-com.p.rapidapi.com»
""",),
]

# --- files full of near-misses, as repositories hold them (a few real leaks among them) ---
LOCK_PKGS = ["serverless-offline", "@aws-sdk/client-s3", "grammy", "mqtt", "three", "ethers", "nuxt", "astro", "rasa-webchat", "telegraf"]
FILES += [
("repos/orders-service/package-lock.json", "lockfile-integrity", "{\n  \"lockfileVersion\": 3,\n  \"packages\": {\n" + ",\n".join(
    '    "node_modules/%s": {"version": "1.%d.0", "resolved": "https://registry.npmjs.org/%s/-/%s-1.%d.0.tgz", "integrity": "«d|npm|integrity|sha512-{b86}==»"}'
    % (p, i, p, p.split("/")[-1], i) for i, p in enumerate(LOCK_PKGS)) + "\n  }\n}\n"),
("repos/raft-godot/go.sum", "go-sum", "".join("github.com/raftgames/%s v0.%d.0 h1:«d|go|module-hash|{b43}=»\n" % (m, i)
    for i, m in enumerate(["netcode", "lobby", "matchmaker", "replay", "voice", "anticheat", "stats", "patcher"]))),
("repos/skyfall-game/Assets/Scripts/Net/Client.cs.meta", "unity-meta", "fileFormatVersion: 2\nguid: «d|unity|asset-guid|{h32}»\nMonoImporter:\n  externalObjects: {}\n  serializedVersion: 2\n  defaultReferences: []\n  executionOrder: 0\n  icon: {instanceID: 0}\n  userData: \n  assetBundleName: \n  assetBundleVariant: \n"),
("repos/skyfall-game/Content/Movies/intro.mp4", "git-lfs-pointer", "version https://git-lfs.github.com/spec/v1\noid sha256:«d|git|lfs-oid|{h64}»\nsize 48213377\n"),
("repos/support-assistant/credentials.yml.example", "example-file", """slack:
  slack_token: "«d|slack|placeholder|xoxb-xxxxxxxxxxxx-xxxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx»"
  slack_signing_secret: "«d|slack|placeholder|<your slack signing secret>»"
telegram:
  access_token: "«d|telegram|placeholder|123456789:ABCdefGhIJKlmNoPQRsTUVwxyZ»"
  verify: "your_bot"
twilio:
  account_sid: "«d|twilio|placeholder|ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx»"
  auth_token: "«d|twilio|placeholder|your_auth_token»"
facebook:
  secret: "«d|facebook|env-reference|${FB_APP_SECRET}»"
  page-access-token: "«d|facebook|env-reference|${FB_PAGE_TOKEN}»"
"""),
("repos/smarthome/esp-weather/include/secrets.h.example", "example-file", """// copy to secrets.h and fill in
#define WIFI_PASS "«d|generic|placeholder|YOUR_WIFI_PASSWORD»"
#define MQTT_PASS "«d|generic|placeholder|********»"
#define ADAFRUIT_IO_KEY "«d|adafruit|placeholder|aio_xxxxxxxxxxxxxxxxxxxxxxxxxxxx»"
#define UBIDOTS_TOKEN "«d|ubidots|placeholder|BBUS-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXX»"
#define OTA_PASSWORD "«d|generic|placeholder|<ota password>»"
"""),
("repos/notes-arc/.env.example", "example-file", """FIRECRAWL_API_KEY=«d|firecrawl|placeholder|fc-...»
LANGFUSE_SECRET_KEY=«d|langfuse|placeholder|sk-lf-...»
LANGFUSE_PUBLIC_KEY=«d|langfuse|placeholder|pk-lf-...»
ANTHROPIC_API_KEY=«d|anthropic|placeholder|sk-ant-api03-<your key>»
SESSION_SECRET=«d|generic|placeholder|generate-with-openssl-rand-hex-32»
DATABASE_URL=«d|generic|placeholder-url|postgres://user:password@localhost:5432/notes»
"""),
("repos/defi-keeper/deployments/mainnet.json", "deployments-json", "{\n" + ",\n".join(
    '  "%s": {"address": "«d|ethereum|address|0x{h40}»", "txHash": "«d|ethereum|tx-hash|0x{h64}»", "blockHash": "«d|ethereum|block-hash|0x{h64}»"}' % c
    for c in ["Vault", "Keeper", "Oracle"]) + "\n}\n"),
("repos/tab-notes-extension/dist/background.min.js", "minified-js", 'var e="«d|generic|minified-id|{a40}»",t={k:"«d|generic|css-hash|{h20}»",s:"«d|generic|chunk-hash|{h32}»"};const n="«d|generic|webpack-nonce|{x43}»";self.addEventListener("install",function(){caches.open("v-«d|generic|cache-key|{h16}»")});\n'),
("repos/cohort-study/data/MANIFEST.sha256", "checksum-list", "".join("«d|generic|sha256|{h64}»  raw/wave%d.csv\n" % i for i in range(1, 9))),
("repos/lean-algo/backtests/summary.json", "trading-results", """{"backtestId": "«d|quantconnect|backtest-id|{h32}»", "projectId": «d|quantconnect|project-id|{d8}», "orders": [
  {"id": "«d|generic|uuid|{U}»", "brokerId": ["«d|ibkr|order-id|{d10}»"], "tag": "entry"},
  {"id": "«d|generic|uuid|{U}»", "brokerId": ["«d|ibkr|order-id|{d10}»"], "tag": "exit"}
], "signature": "«d|generic|result-hash|{h40}»"}
"""),
("repos/ingest-sam/.aws-sam/build.toml", "sam-build-toml", """# This file is auto generated by SAM CLI build command

[function_build_definitions.«d|aws|build-id|{U}»]
codeuri = "/work/ingest/src"
runtime = "python3.12"
source_hash = "«d|aws|source-hash|{h64}»"
manifest_hash = "«d|aws|manifest-hash|{h32}»"
packagetype = "Zip"
functions = ["IngestFn"]
"""),
("repos/smarthome/zigbee2mqtt/coordinator_backup.json", "zigbee-backup", """{"metadata": {"format": "zigpy/open-coordinator-backup", "version": 1, "source": "zigbee-herdsman@0.14"},
 "stack_specific": {"zstack": {"tclk_seed": "«d|zigbee|tclk-seed|{h32}»"}},
 "coordinator_ieee": "«d|zigbee|ieee-address|{h16}»", "pan_id": "«d|zigbee|pan-id|{h4}»", "extended_pan_id": "«d|zigbee|ext-pan-id|{h16}»",
 "channel": 11, "nwk_update_id": 0,
 "devices": [{"nwk_address": "«d|zigbee|nwk-address|{h4}»", "ieee_address": "«d|zigbee|ieee-address|{h16}»", "is_child": true}]}
"""),
("repos/chatops-hubot/package.json", "package-json", """{
  "name": "acme-hubot",
  "version": "3.1.0",
  "dependencies": {"hubot": "^11.0.0", "hubot-slack": "^5.0.0"},
  "config": {"commitHash": "«d|git|commit-sha|{h40}»", "buildId": "«d|generic|uuid|{U}»"},
  "engines": {"node": ">=20"}
}
"""),
("repos/cohort-study/renv.lock", "renv-lock", "{\n  \"R\": {\"Version\": \"4.4.1\"},\n  \"Packages\": {\n" + ",\n".join(
    '    "%s": {"Package": "%s", "Version": "1.%d", "Source": "Repository", "Hash": "«d|r|renv-hash|{h32}»"}' % (p, p, i)
    for i, p in enumerate(["REDCapR", "dplyr", "ggplot2", "survival", "httr2", "arrow", "data.table"])) + "\n  }\n}\n"),
# a few more committed credentials
("repos/skyfall-game/Source/Skyfall/Private/Telemetry.cpp", "cpp-literal", """#include "Telemetry.h"

static const TCHAR* GameAnalyticsSecret = TEXT("«g|gameanalytics-secret-key|{h40}»");
static const TCHAR* GameAnalyticsKey = TEXT("«d|gameanalytics|game-key|{h32}»");
static const FString BackendToken = FString(TEXT("Bearer ")) + TEXT("«x|supabase|service-role-jwt|{J}»");
static const char* SentryDsn = "«d|sentry|dsn-public|https://{h32}@o{d6}.ingest.sentry.io/{d7}»";
"""),
("repos/mc-discord-bot/server.properties", "minecraft-properties", """enable-rcon=true
rcon.port=25575
rcon.password=«g|rcon-password|{a16}»
level-seed=«d|minecraft|level-seed|-{d18}»
server-port=25565
resource-pack-sha1=«d|minecraft|resource-pack-sha1|{h40}»
motd=Acme SMP
"""),
("repos/dancer-shop/cgi-bin/legacy_order.cgi", "perl-cgi", """#!/usr/bin/perl
use CGI;
use DBI;
my $q = CGI->new;
my $dbh = DBI->connect("DBI:mysql:database=shop;host=localhost", "shop_rw", "«g|dbi-password|{a12}»");
my %pay = (vendor => 'Acme', user => '«d|paypal|nvp-username|sell_api1.acme.example»', pwd => '«g|paypal-nvp-password|{u16}»');
my $session_cookie = $q->cookie('CGISESSID') || '«d|generic|session-id|{h32}»';
print $q->header;
"""),
("repos/intranet-aspnet/global.asax.cs", "csharp-global-asax", """public class Global : System.Web.HttpApplication
{
    private const string SendbirdAppId = "«d|sendbird|app-id|{U}»";
    private const string SendbirdToken = "«p|sendbird|api-token»";
    protected void Application_Start(object sender, EventArgs e)
    {
        var cred = new NetworkCredential("svc_intranet", "«g|network-credential-password|{a15}»");
        Application["MailosaurKey"] = "«p|mailosaur|api-key»";
        Application["MailosaurServer"] = "«d|mailosaur|server-id|{l8}»";
    }
}
"""),
("repos/report-gcf/main.py", "gcf-python", """import functions_framework
import os
from pubnub.pnconfiguration import PNConfiguration

pnconfig = PNConfiguration()
pnconfig.subscribe_key = "«d|pubnub|subscribe-key|sub-c-{U}»"
pnconfig.publish_key = os.environ.get("PUBNUB_PUBLISH_KEY", "«d|pubnub|env-fallback-placeholder|demo»")
pnconfig.secret_key = os.environ.get("PUBNUB_SECRET_KEY", "«p|pubnub|secret-key»")
AGE_IDENTITY = "«p|age|secret-key»"
AGE_RECIPIENT = "«d|age|public-recipient|age1{l58}»"


@functions_framework.http
def report(request):
    return "ok"
"""),
]

FILES += [
("repos/gatsby-store/.env.production", "gatsby-env", """CONTENTFUL_SPACE_ID=«d|contentful|space-id|{l12}»
CONTENTFUL_MANAGEMENT_TOKEN=«x|contentful|management-token|CFPAT-{x43}»
GATSBY_SHOPIFY_STORE_URL=acme-store.myshopify.com
GATSBY_SHOPIFY_STOREFRONT_TOKEN=«d|shopify|storefront-public-token|{h32}»
SHOPIFY_ADMIN_PASSWORD=«x|shopify|admin-token|shpat_{h32}»
SANITY_PROJECT_ID=«d|sanity|project-id|{l8}»
SANITY_TOKEN=«x|sanity|api-token|sk{a180}»
GATSBY_ALGOLIA_SEARCH_KEY=«d|algolia|search-only-key|{h32}»
KLAVIYO_PRIVATE_KEY=«p|klaviyo|private-key»
"""),
("repos/support-assistant/models/fingerprint.json", "model-fingerprint", "{\n" + ",\n".join(
    '  "%s": "«d|rasa|fingerprint|{h32}»"' % k for k in ["config", "domain", "messages", "stories", "rules", "nlu_labels", "projects", "rasa_version"]) + "\n}\n"),
("repos/smarthome/homeassistant/configuration.yaml", "home-assistant-config", """default_config:
http:
  use_x_forwarded_for: true
  trusted_proxies: 172.30.33.0/24
influxdb:
  api_version: 2
  host: influx.lan
  token: «p|influxdb|api-token»
  organization: «d|influxdb|org-id|{h16}»
mqtt_statestream:
  base_topic: homeassistant
notify:
  - platform: pushover
    api_key: !secret «d|home-assistant|secret-reference|pushover_api_key»
    user_key: !secret «d|home-assistant|secret-reference|pushover_user_key»
camera:
  - platform: generic
    still_image_url: «g|camera-url-password|http://admin:{a12}@192.168.1.64/ISAPI/Streaming/channels/101/picture»
    username: !secret «d|home-assistant|secret-reference|camera_user»
sensor:
  - platform: rest
    resource: https://api.uptimerobot.com/v2/getMonitors
    payload: '{"api_key": "«p|uptimerobot|monitor-key»"}'
    headers:
      Authorization: !secret «d|home-assistant|secret-reference|ha_rest_token»
"""),
]


def build(Doc, gen):
    out = []
    for path, shape, tpl in FILES:
        d = Doc(path, "repos", shape)

        def one(m):
            parts = m.group(1).split("|")
            k = parts[0]
            if k == "p":
                return d.secret(parts[1], parts[2], gen(parts[1], parts[2]))
            if k == "x":
                return d.secret(parts[1], parts[2], F.ex(parts[3]))
            if k == "g":
                return d.secret("generic", parts[1], F.ex(parts[2]))
            if k == "B":
                return d.b64(parts[1], parts[2], gen(parts[1], parts[2]))
            if k == "d":
                return d.dec(parts[1], parts[2], F.ex(parts[3]))
            raise ValueError(m.group(0))
        out.append((d, re.sub("«([^»]*)»", one, tpl)))
    return out
