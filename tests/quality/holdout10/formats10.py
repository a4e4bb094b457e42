"""Token formats for the tenth held-out corpus: one line per provider.

Line: provider | ENV_BASE | positives | decoys; positives and decoys are `;`-separated
`name=template`. Template fields: {aN} alnum, {lN} lower alnum, {UN} upper alnum,
{hN} lower hex, {HN} upper hex, {bN} base64url, {BN} base64 (no padding), {dN} digits,
{LN} letters, {u} uuid, {jwt} a JWT, {pem} an EC private key PEM. Written from memory
unless SOURCES.md says otherwise; every value random (seeded).
"""
import base64
import json
import random
import re
import string

R = random.Random(10)
AL = string.ascii_letters + string.digits
CS = {"a": AL, "l": string.ascii_lowercase + string.digits, "U": string.ascii_uppercase + string.digits,
      "h": "0123456789abcdef", "H": "0123456789ABCDEF", "b": AL + "-_", "B": AL + "+/",
      "d": string.digits, "L": string.ascii_letters, "Z": "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"}


def rs(cs, n):
    return "".join(R.choice(CS[cs]) for _ in range(n))


def uuid():
    h = rs("h", 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def b64u(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def jwt(claims=None):
    c = claims or {"sub": rs("l", 12), "iat": 1760000000 + R.randrange(10**7), "jti": uuid()}
    return b64u({"alg": "HS256", "typ": "JWT"}) + "." + b64u(c) + "." + rs("b", 43)


def pem():
    body = base64.b64encode(bytes([0x30, 0x81, 0x87, 0x02, 0x01, 0x00]) + bytes(R.randrange(256) for _ in range(132))).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END PRIVATE KEY-----"


def fill(t):
    def one(m):
        f = m.group(1)
        if f == "u":
            return uuid()
        if f == "jwt":
            return jwt()
        if f == "pem":
            return pem()
        return rs(f[0], int(f[1:]))
    return re.sub(r"\{(u|jwt|pem|[alUhHbBdLZ]\d+)\}", one, t)


TABLE = r"""
ably|ABLY_API_KEY|key={a6}.{a6}:{b43}|app_id={a6};key_name={a6}.{a6}
activecampaign|ACTIVECAMPAIGN_API_KEY|key={h72}|account_url=https://acme{d4}.api-us1.com;truncated={h12}...
adafruit|ADAFRUIT_IO_KEY|key=aio_{a28}|username=acme_{l6};placeholder=aio_XXXXXXXXXXXXXXXXXXXXXXXXXXXX
airflow|AIRFLOW__CORE__FERNET_KEY|fernet={b43}=;webserver_secret={h32}|placeholder={FERNET_KEY};empty_default=cryptography_not_found_storing_passwords_in_plain_text
aiven|AIVEN_TOKEN|token={B40}{B120}{B140}==|project=acme-{l6};service_uri_nopw=https://pg-{l6}.aivencloud.com:12691
alchemy|ALCHEMY_API_KEY|key={b32};rpc_url=https://eth-mainnet.g.alchemy.com/v2/{b32}|docs_demo=https://eth-mainnet.g.alchemy.com/v2/demo;app_id={l16}
anyscale|ANYSCALE_API_KEY|key=esecret_{l26}|truncated=esecret_****;org=org_{l18}
apify|APIFY_TOKEN|token=apify_api_{a36}|user_id={a17};placeholder=apify_api_<YOUR_TOKEN>
apple|APP_STORE_CONNECT_KEY|p8={pem}|key_id={U10};issuer_id={u}
assemblyai|ASSEMBLYAI_API_KEY|key={h32}|transcript_id={l10}-{h4}-{h4}-{h4}-{h12};placeholder=<your-assemblyai-key>
atlassian|ATLASSIAN_API_TOKEN|token=ATATT3xFfGF0{b171}={H8};legacy=|cloud_id={u};placeholder=ATATT3xFfGF0...
aws|AWS_SECRET_ACCESS_KEY|key_id=AKIA{Z16};secret={B40}|docs_example=AKIAIOSFODNN7EXAMPLE;docs_secret=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
bitly|BITLY_ACCESS_TOKEN|token={h40}|group_guid=B{a10};short=bit.ly/{a7}
box|BOX_CLIENT_SECRET|client_secret={a32};developer_token={a32}|client_id={l32};enterprise_id={d9}
braintree|BRAINTREE_PRIVATE_KEY|access_token=access_token$production${l16}${h32};private_key={h32}|merchant_id={l16};public_key={l16}
brevo|BREVO_API_KEY|key=xkeysib-{h64}-{a16};smtp=xsmtpsib-{h64}-{a16}|truncated=xkeysib-...;smtp_login={l8}@smtp-brevo.com
browserstack|BROWSERSTACK_ACCESS_KEY|key={a20}|username={l8}_{a6};build=build-{h8}
buildkite|BUILDKITE_API_TOKEN|user_token=bkua_{h40};agent_token={h50}|org=acme-{l5};placeholder=bkua_xxxxxxxx
calcom|CALCOM_API_KEY|live=cal_live_{h32};test=cal_test_{h32}|event_type={d6};placeholder=cal_live_<key>
calendly|CALENDLY_TOKEN|pat={jwt}|user_uri=https://api.calendly.com/users/{U16};signing_pub={u}
cerebras|CEREBRAS_API_KEY|key=csk-{l48}|model=llama3.1-8b;truncated=csk-abcd****
chargebee|CHARGEBEE_API_KEY|live=live_{a34};test=test_{a34}|site=acme-test;publishable=live_{a30}-pub
clojars|CLOJARS_DEPLOY_TOKEN|token=CLOJARS_{h60}|group=org.clojars.{l6};placeholder=CLOJARS_TOKEN_HERE
coingecko|COINGECKO_API_KEY|key=CG-{a24}|coin=bitcoin;placeholder=CG-xxxxxxxxxxxxxxxxxxxxxxxx
contentful|CONTENTFUL_MANAGEMENT_TOKEN|cma=CFPAT-{b43};delivery={b43}|space_id={l12};environment=master
convertkit|KIT_API_SECRET|v4_key=kit_{h32};api_secret={b43}|form_id={d7};api_key_v3={b22}
customerio|CUSTOMERIO_APP_API_KEY|app_key={h32};track_key={h20}|site_id={h20};placeholder=YOUR_APP_API_KEY
cypress|CYPRESS_RECORD_KEY|record_key={u}|project_id={l6};run_id={d5}
databricks|DATABRICKS_TOKEN|pat=dapi{h32};oauth_secret=dose{h32}|host=https://dbc-{h8}-{h4}.cloud.databricks.com;cluster_id={d4}-{d6}-{l8}
dbtcloud|DBT_CLOUD_API_TOKEN|service=dbtc_{b58};user=dbtu_{b58}|account_id={d5};job_id={d6}
deepl|DEEPL_AUTH_KEY|free={u}:fx;pro={u}|glossary_id={u};placeholder=your-deepl-auth-key:fx
digitalocean|DIGITALOCEAN_TOKEN|pat=dop_v1_{h64};oauth=doo_v1_{h64}|spaces_key_id=DO00{U16};droplet_id={d9}
discord|DISCORD_BOT_TOKEN|bot=MT{a24}.{b6}.{b38};webhook=https://discord.com/api/webhooks/{d19}/{b68}|app_id={d19};public_key={h64}
drone|DRONE_TOKEN|token={a32}|server=https://drone.acme.dev;placeholder=<drone-token>
dropbox|DROPBOX_ACCESS_TOKEN|short_lived=sl.u.{b150};refresh={a11}AAAAAAAAAA{b43}|app_key={l15};placeholder=sl.XXXXXXXX
drupal|DRUPAL_HASH_SALT|hash_salt={b55}|config_sync=../config/sync;placeholder=$settings['hash_salt'] = ''
dub|DUB_API_KEY|key=dub_{a24}|link_id=link_{a24};workspace=ws_{a24}
duffel|DUFFEL_ACCESS_TOKEN|live=duffel_live_{b43};test=duffel_test_{b43}|offer_id=off_{a26};placeholder=duffel_test_...
duo|DUO_SECRET_KEY|skey={a40}|ikey=DI{U18};api_host=api-{h8}.duosecurity.com
easypost|EASYPOST_API_KEY|live=EZAK{h54};test=EZTK{h54}|shipment=shp_{h32};placeholder=EZAK...
elastic|ELASTIC_API_KEY|encoded=ENCODED;cloud=essu_{B60}==|cloud_id=acme:{B64};key_id={b20}
fetchmail|FETCHMAIL_PASSWORD|password={a14}|user=ops@acme.example;server=imap.acme.example
firecrawl|FIRECRAWL_API_KEY|key=fc-{h32}|job_id={u};placeholder=fc-YOUR_API_KEY
flutterwave|FLW_SECRET_KEY|live=FLWSECK-{h32}-X;test=FLWSECK_TEST-{h32}-X|public=FLWPUBK-{h32}-X;encryption_test=FLWSECK_TEST{h12}
flyio|FLY_API_TOKEN|macaroon=FlyV1 fm2_{B200};org_token=fo1_{b43}|app=acme-{l5};machine={h14}
gcore|GCORE_API_TOKEN|permanent={d5}${h128}|project_id={d6};region=ed-1
ghost|GHOST_ADMIN_API_KEY|admin={h24}:{h64}|content={h26};url=https://acme.ghost.io
gitbook|GITBOOK_API_TOKEN|token=gb_api_{a40}|space={a20};org={a20}
gocardless|GOCARDLESS_ACCESS_TOKEN|live=live_{b40};sandbox=sandbox_{b40}|creditor=CR{U12};placeholder=sandbox_xxx
google|GOOGLE_API_KEY|api_key=AIza{b35};client_secret=GOCSPX-{b28}|client_id={d12}-{l32}.apps.googleusercontent.com;truncated=AIzaSy...
gotify|GOTIFY_APP_TOKEN|app=A{b14};client=C{b14}|app_id={d2};url=https://push.acme.dev
groq|GROQ_API_KEY|key=gsk_{a52}|model=llama-3.3-70b-versatile;placeholder=gsk_...
hasura|HASURA_GRAPHQL_ADMIN_SECRET|admin_secret={a32}|endpoint=https://acme.hasura.app/v1/graphql;placeholder=myadminsecretkey
heroku|HEROKU_API_KEY|new=HRKU-AA{b58};legacy={u}|app=acme-{l5}-{d4};dyno=web.1
hexpm|HEX_API_KEY|key={h32}|org=acme;placeholder=<hex-key>
homepage|HOMEPAGE_VAR_SONARR_KEY|widget_key={h32}|href=http://sonarr:8989;placeholder={{HOMEPAGE_VAR_SONARR_KEY}}
honeycomb|HONEYCOMB_API_KEY|ingest=hcaik_{l58};classic={h32}|dataset=prod-api;env_slug=production
huggingface|HF_TOKEN|token=hf_{L34}|model=meta-llama/Llama-3.1-8B;truncated=hf_****
ibmcloud|IBMCLOUD_API_KEY|key={b44}|account={h32};crn=crn:v1:bluemix:public:cloud-object-storage:global:a/{h32}::
infura|INFURA_API_SECRET|secret={h32};rpc_url=https://mainnet.infura.io/v3/{h32}|project_id={h32};placeholder=YOUR_INFURA_KEY
inngest|INNGEST_SIGNING_KEY|signing=signkey-prod-{h64};event={b86}|app_id=acme-app;branch_signing_placeholder=signkey-test-xxxxxxxx
jellyfin|JELLYFIN_API_KEY|key={h32}|user_id={h32};device_id={h16}
jenkins|JENKINS_API_TOKEN|token=11{h32}|user=ci-bot;crumb={h64}
jfrog|JFROG_ACCESS_TOKEN|reference=cmVmdGtuOjAxOj{a50};api_key=AKCp8{a68}|url=https://acme.jfrog.io;repo=libs-release
jina|JINA_API_KEY|key=jina_{h32}{a28}|model=jina-embeddings-v3;placeholder=jina_***
jumpcloud|JUMPCLOUD_API_KEY|key={h40}|org_id={h24};placeholder=<jumpcloud-key>
klaviyo|KLAVIYO_PRIVATE_API_KEY|private=pk_{h34}|site_id={U6};list_id={U6}
kraken|KRAKEN_PRIVATE_KEY|private={B86}==|api_key={B56};nonce={d13}
laravel|APP_KEY|app_key=base64:{B43}=|cipher=AES-256-CBC;placeholder=base64:
linode|LINODE_TOKEN|token={h64}|linode_id={d8};region=eu-central
livekit|LIVEKIT_API_SECRET|secret={a43}|api_key=API{a12};url=wss://acme-{l8}.livekit.cloud
logfire|LOGFIRE_TOKEN|write=pylf_v1_us_{a40}|project=acme/backend;read_placeholder=pylf_v1_us_...
mailchimp|MAILCHIMP_API_KEY|key={h32}-us{d2}|list_id={h10};server=us21
mapbox|MAPBOX_SECRET_TOKEN|secret=sk.eyJ1IjoiYWNtZSIsImEiOiJ{b20}J9.{b22}|public=pk.eyJ1IjoiYWNtZSIsImEiOiJ{b20}J9.{b22};style=mapbox://styles/acme/{l25}
matrix|MATRIX_ACCESS_TOKEN|token=syt_{b12}_{a20}_{a6}|user=@bot:matrix.acme.example;room=!{a18}:matrix.acme.example
meraki|MERAKI_DASHBOARD_API_KEY|key={h40}|docs_example=6bec40cf957de430a6f1f2baa056b99a4fac9ea0;org_id={d6}
messagebird|MESSAGEBIRD_ACCESS_KEY|live={a25}|test_placeholder=test_gshuPaZoeEG6ovbc8M79w0QyM;originator=Acme
mollie|MOLLIE_API_KEY|live=live_{a30};test=test_{a30}|profile=pfl_{a10};placeholder=live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
mongodb|MONGODB_URI|uri=mongodb+srv://app_{l4}:{a20}@cluster0.{l5}.mongodb.net/prod;atlas_private={u}|atlas_public={l8};nopw_uri=mongodb+srv://cluster0.{l5}.mongodb.net/
neon|NEON_API_KEY|key=napi_{l64}|project=proud-{l5}-{d6};branch=br-{l5}-{l5}-{l8}
neptune|NEPTUNE_API_TOKEN|token=NEPTUNE|project=acme/churn;run=CHURN-{d3}
newrelic|NEW_RELIC_API_KEY|user_key=NRAK-{U27};license={h36}NRAL|browser=NRJS-{h19};account_id={d7}
ngrok|NGROK_AUTHTOKEN|authtoken=2{a26}_{a21};api_key=2{a26}_{a20}|domain={l8}.ngrok.app;placeholder=<ngrok-authtoken>
notion|NOTION_TOKEN|ntn=ntn_{d11}{a35};legacy=secret_{a43}|database_id={h32};page_id={h32}
npm|NPM_TOKEN|token=npm_{a36}|integrity=sha512-{B86}==;placeholder=npm_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
nvidia|NVIDIA_API_KEY|key=nvapi-{b64}|model=meta/llama3-70b-instruct;truncated=nvapi-****
octopusdeploy|OCTOPUS_API_KEY|key=API-{U26}|space=Spaces-{d3};server=https://acme.octopus.app
onesignal|ONESIGNAL_REST_API_KEY|v2=os_v2_app_{Z113};legacy={B48}|app_id={u};player_id={u}
onfido|ONFIDO_API_TOKEN|live=api_live.{b11}.{b32};sandbox=api_sandbox.{b11}.{b32}|applicant={u};region=EU
openai|OPENAI_API_KEY|project=sk-proj-{b74}T3BlbkFJ{b74};svc=sk-svcacct-{b74}T3BlbkFJ{b74}|org=org-{a24};truncated=sk-proj-...abcd
openshift|OPENSHIFT_TOKEN|token=sha256~{b43}|cluster=https://api.ocp.acme.example:6443;namespace=acme-prod
papertrail|PAPERTRAIL_API_TOKEN|token={a20}|destination=logs{d1}.papertrailapp.com:{d5};system_id={d10}
paypal|PAYPAL_CLIENT_SECRET|client_secret=E{b79}|client_id=A{b79};webhook_id={U17}
paystack|PAYSTACK_SECRET_KEY|live=sk_live_{h40};test=sk_test_{h40}|public=pk_live_{h40};reference=ref_{l12}
persona|PERSONA_API_KEY|production=persona_production_{u};sandbox=persona_sandbox_{u}|template=itmpl_{a24};inquiry=inq_{a24}
phoenix|SECRET_KEY_BASE|secret_key_base={B64}|signing_salt={a8};live_view_salt={a8}
pinata|PINATA_JWT|jwt={jwt};api_secret={h64}|api_key={h20};cid=bafybei{l52}
pipedrive|PIPEDRIVE_API_TOKEN|token={h40}|company=acme;deal_id={d5}
planetscale|PLANETSCALE_SERVICE_TOKEN|token=pscale_tkn_{b43};password=pscale_pw_{b43}|token_id={l12};host=aws.connect.psdb.cloud
portainer|PORTAINER_API_KEY|key=ptr_{B44}|endpoint_id={d1};placeholder=ptr_...
postgres|PGPASSWORD|password={a18};url=postgresql://app:{a18}@db.internal:5432/app|nopw_url=postgresql://app@db.internal:5432/app;placeholder=changeme
postman|POSTMAN_API_KEY|key=PMAK-{h24}-{h34}|collection={u};workspace={u}
prefect|PREFECT_API_KEY|key=pnu_{a36}|api_url=https://api.prefect.cloud/api/accounts/{u}/workspaces/{u};placeholder=pnu_***
prisma|PRISMA_ACCELERATE_URL|accelerate=prisma://accelerate.prisma-data.net/?api_key={jwt}|direct_nopw=postgresql://app@db:5432/app;placeholder=prisma://accelerate.prisma-data.net/?api_key=__API_KEY__
proxmox|PROXMOX_API_TOKEN|token=PVEAPIToken=root@pam!ci={u}|token_id=root@pam!ci;node=pve{d1}
pulumi|PULUMI_ACCESS_TOKEN|token=pul-{h40}|org=acme;stack=acme/infra/prod
pypi|PYPI_API_TOKEN|token=pypi-AgEIcHlwaS5vcmc{b150}|project=acme-sdk;placeholder=pypi-XXXX
railway|RAILWAY_TOKEN|token={u}|project_id={u};service=api
rancher|RANCHER_TOKEN|token=token-{l5}:{l54}|token_name=token-{l5};cluster=c-m-{l8}
rclone|RCLONE_CONFIG_PASS|obscured={b40}|remote=s3remote;placeholder=<obscured-password>
recurly|RECURLY_API_KEY|private={h32}|public=ewr1-{a22};subdomain=acme
riotgames|RIOT_API_KEY|key=RGAPI-{u}|puuid={b78};region=euw1
roblox|ROBLOX_COOKIE|cookie=_|WARNING:-DO-NOT-SHARE-THIS.--Sharing-this-will-allow-someone-to-log-in-as-you-and-to-steal-your-ROBUX-and-items.|_{H300};open_cloud={B120}|universe_id={d10};place_id={d11}
rubygems|GEM_HOST_API_KEY|key=rubygems_{h48}|gem=acme-client;placeholder=rubygems_xxx
runpod|RUNPOD_API_KEY|new=rpa_{U40};legacy={U32}|endpoint=ep-{l12};pod={l14}
salesforce|SALESFORCE_ACCESS_TOKEN|session=00D{a12}!{a96};consumer_secret={H64}|consumer_key=3MVG9{b80};org_id=00D{a15}
sanity|SANITY_API_TOKEN|token=sk{a180}|project_id={l8};dataset=production
saucelabs|SAUCE_ACCESS_KEY|key={u}|username=acme-ci;tunnel=tunnel-{h8}
scalingo|SCALINGO_API_TOKEN|token=tk-us-{b48}|app=acme-web;region=osc-fr1
segment|SEGMENT_PUBLIC_API_TOKEN|public_api=sgp_{a64}|write_key={a32};source_id={a22}
sentry|SENTRY_AUTH_TOKEN|org_token=sntrys_eyJpYXQiOjE3MzA{b60}_{b43};user_token=sntryu_{h64}|dsn=https://{h32}@o{d6}.ingest.sentry.io/{d7};org=acme
sidekiq|BUNDLE_ENTERPRISE__CONTRIBSYS__COM|credentials={h8}:{h8}|version=7.3.0;placeholder=xxxxxxxx:xxxxxxxx
smartsheet|SMARTSHEET_ACCESS_TOKEN|token={a37}|sheet_id={d16};placeholder=YOUR_SMARTSHEET_TOKEN
snowflake|SNOWFLAKE_PASSWORD|url=snowflake://svc_etl:{a20}@acme-xy{d5}/ANALYTICS;password={a22}|account=acme-xy{d5};user=SVC_ETL
sonarqube|SONAR_TOKEN|user=squ_{h40};project=sqp_{h40}|project_key=acme_api;host=https://sonar.acme.example
sourcegraph|SRC_ACCESS_TOKEN|token=sgp_{h16}_{h40};legacy=sgp_{h40}|endpoint=https://sourcegraph.acme.example;placeholder=sgp_...
sparkpost|SPARKPOST_API_KEY|key={h40}|template=welcome-v2;placeholder=<sparkpost-key>
spotify|SPOTIFY_CLIENT_SECRET|client_secret={h32}|client_id={h32};playlist={a22}
steam|STEAM_API_KEY|key={H32}|steam_id=7656119{d10};app_id={d6}
stytch|STYTCH_SECRET|live=secret-live-{b36};test=secret-test-{b36}|project=project-live-{u};public_token=public-token-live-{u}
sumologic|SUMO_ACCESS_KEY|access_key={a64}|access_id=su{a12};collector=https://endpoint{d1}.collection.sumologic.com/receiver/v1/http/
tenable|TENABLE_SECRET_KEY|secret={h64}|access_key={h64};scan_id={d4}
tigris|TIGRIS_SECRET_ACCESS_KEY|secret=tsec_{b43}|key_id=tid_{a30};bucket=acme-assets
tinybird|TINYBIRD_TOKEN|token=p.eyJ1IjogI{b32}.{b43}|workspace=acme_prod;pipe=top_pages
todoist|TODOIST_API_TOKEN|token={h40}|project_id={d10};placeholder=<todoist-token>
togetherai|TOGETHER_API_KEY|legacy={h64};new=tgp_v1_{b43}|model=mistralai/Mixtral-8x7B-Instruct-v0.1;placeholder=your-together-key
twilio|TWILIO_AUTH_TOKEN|auth_token={h32};api_secret={a32}|account_sid=AC{h32};api_key_sid=SK{h32}
twitter|TWITTER_BEARER_TOKEN|bearer=AAAAAAAAAAAAAAAAAAAAA{a20}%3D{a50};consumer_secret={a50}|consumer_key={a25};user_id={d19}
ubidots|UBIDOTS_TOKEN|token=BBUS-{a30};legacy=BBFF-{a30}|device=weather-{l4};variable={h24}
unkey|UNKEY_ROOT_KEY|root=unkey_{a24}|api_id=api_{a22};key_id=key_{a22}
upstash|UPSTASH_REDIS_REST_TOKEN|rest=AX{a4}AAIjcD{B60};qstash=eyJVc2VySUQiOi{B80}=|rest_url=https://{l6}-{l5}-{d5}.upstash.io;readonly_placeholder=<token>
uptimerobot|UPTIMEROBOT_API_KEY|main=u{d7}-{h24}|monitor_key=m{d9}-{h24};status_page=https://stats.uptimerobot.com/{a9}
vault|VAULT_TOKEN|service=hvs.{a24};batch=hvb.{b90}|accessor={a24};dev_root=root
voyageai|VOYAGE_API_KEY|key=pa-{b43}|model=voyage-3;placeholder=pa-...
vultr|VULTR_API_KEY|key={U36}|instance={u};region=ewr
wandb|WANDB_API_KEY|key={h40};local=local-{h40}|entity=acme-ml;run=run-{l8}
wise|WISE_API_TOKEN|token={u}|profile_id={d8};sandbox_url=https://api.sandbox.transferwise.tech
xata|XATA_API_KEY|key=xau_{a40}|db_url=https://acme-{l6}.eu-central-1.xata.sh/db/app;branch=main
zoom|ZOOM_CLIENT_SECRET|client_secret={a32}|client_id={a22};account_id={a22}
zulip|ZULIP_API_KEY|key={a32}|email=bot-bot@acme.zulipchat.com;site=https://acme.zulipchat.com
github|GITHUB_TOKEN|classic=ghp_{a36};fine=github_pat_{a22}_{a59}|app_id={d6};sha={h40}
gitlab|GITLAB_TOKEN|pat=glpat-{b20};runner=glrt-{b20}|project_id={d8};placeholder=glpat-xxxxxxxxxxxxxxxxxxxx
slack|SLACK_BOT_TOKEN|bot=xoxb-{d11}-{d13}-{a24};webhook=https://hooks.slack.com/services/T{U8}/B{U10}/{a24}|channel=C{U10};team=T{U8}
stripe|STRIPE_SECRET_KEY|live=sk_live_{a99};restricted=rk_live_{a99}|publishable=pk_live_{a99};docs_test=sk_test_4eC39HqLyjWDarjtT1zdp7dc
sendgrid|SENDGRID_API_KEY|key=SG.{b22}.{b43}|template=d-{h32};placeholder=SG.xxxxx
datadog|DD_API_KEY|api_key={h32};app_key={h40}|site=datadoghq.eu;client_token=pub{h32}
anthropic|ANTHROPIC_API_KEY|key=sk-ant-api03-{b93}AA|model=claude-sonnet-4-5;truncated=sk-ant-...
okta|OKTA_API_TOKEN|token=00{b40}|org_url=https://acme.okta.com;client_id=0oa{a17}
cloudflare|CLOUDFLARE_API_TOKEN|token={b40};origin_ca=v1.0-{h24}-{h146}|zone_id={h32};account_id={h32}
mailgun|MAILGUN_API_KEY|key={h32}-{h8}-{h8};signing={h32}|domain=mg.acme.example;public_validation=pubkey-{h32}
square|SQUARE_ACCESS_TOKEN|token=EAAA{b60}|app_id=sq0idp-{b22};location=L{U12}
azure|AZURE_STORAGE_CONNECTION_STRING|conn=AZURECONN;client_secret={a3}8Q~{b34}|tenant={u};sas_nosig=sv=2022-11-02&ss=b&srt=co&sp=r
"""

PROVIDERS = {}
for _line in TABLE.strip().splitlines():
    _p, _env, _pos, _dec = _line.split("|", 3) if _line.count("|") == 3 else (None,) * 4
    if _p is None:  # the Roblox cookie holds '|': split from both ends
        _head, _rest = _line.split("|", 2)[:2], _line.split("|", 2)[2]
        _p, _env = _head
        _pos, _dec = _rest.rsplit("|", 1)
    PROVIDERS[_p] = (_env, [tuple(x.split("=", 1)) for x in _pos.split(";") if x.split("=", 1)[1]],
                     [tuple(x.split("=", 1)) for x in _dec.split(";")])
EXTRA = ("github", "gitlab", "slack", "stripe", "sendgrid", "datadog", "anthropic", "okta",
         "cloudflare", "mailgun", "square", "azure")


def value(provider, fmt):
    """A fresh random value of one positive or decoy format of a provider."""
    for f, t in PROVIDERS[provider][1] + PROVIDERS[provider][2]:
        if f == fmt:
            return special(provider, fmt) or fill(t)
    raise KeyError((provider, fmt))


def special(provider, fmt):
    if provider == "elastic" and fmt == "encoded":
        return base64.b64encode(("%s:%s" % (rs("b", 20), rs("b", 22))).encode()).decode()
    if provider == "azure" and fmt == "conn":
        return ("DefaultEndpointsProtocol=https;AccountName=acme%s;AccountKey=%s==;EndpointSuffix=core.windows.net"
                % (rs("l", 6), rs("B", 86)))
    if provider == "onesignal" and fmt == "v2":  # base32, written lowercase
        return "os_v2_app_" + rs("Z", 113).lower()
    if provider == "neptune":
        return b64u({"api_address": "https://app.neptune.ai", "api_url": "https://app.neptune.ai",
                     "api_key": uuid()})
    return None
