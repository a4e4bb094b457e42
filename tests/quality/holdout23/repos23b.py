"""repos/ half, part 2: notes, tickets, chat, shell history, encoded forms, self-hosted daemons (company: fernhollow)."""
import json

from vals23 import R, rs, hexs, uuid, digits, b64, b64bytes, urlenc, password, urlsafe_password, AN, LAN, UAN, LO
from keys23 import key, raw, twilio_sid, stripe_pk, mapbox_pk, gcp_project

FILES = []


def f(fn):
    FILES.append(fn)
    return fn


def pw(d, shape=None, no_space=True):
    return d.pos("password", "password", password(no_space=no_space).replace('"', "").replace("'", "").replace("\\", ""), shape=shape)


def U(d, template, shape=None):
    """A URL with a password: labelled by Doc.secret (the password; the URL accepted)."""
    return d.secret("password", "url-password", template % urlsafe_password(), shape=shape)


def upw(d, shape=None):
    return d.pos("password", "password", urlsafe_password(), shape=shape)


@f
def jira_export(Doc):
    d = Doc("repos/notes/jira/OPS-4412.json", "repos", "ticket-json")
    o, p = raw("openai"), password(no_space=True).replace('"', "")
    body = "Vendor asked for the staging creds again. API key is %s and the admin login is ops-admin / %s . Please rotate after the demo."
    m1, m2 = d.pos(o[0], o[1], o[2], shape="ticket-json:escaped-prose"), d.pos("password", "password", p, shape="ticket-json:escaped-prose")
    t = ('{"key": "OPS-4412", "fields": {"summary": "Share staging access with Quillbase", "status": {"name": "Done"},\n'
         ' "description": "%s",\n' % (body % (m1, m2)) +
         ' "customfield_10020": "%s"}}\n' % d.dec("jira", "sprint_uuid", uuid()))
    return [(d, t)]


@f
def confluence_runbook(Doc):
    d = Doc("repos/notes/confluence/payments-failover.md", "repos", "runbook-markdown")
    t = ("# Payments failover\n\n1. Page the on-call (PagerDuty service `%s`).\n" % d.dec("pagerduty", "service_id", "P" + rs(UAN, 6)) +
         "2. Switch Stripe to the backup account:\n\n   ```bash\n   export STRIPE_API_KEY=%s\n   stripe listen --forward-to localhost:4242/webhooks\n   ```\n\n" % key(d, "stripe-rk") +
         "3. If Twilio SMS fails, the fallback subaccount is `%s`, token `%s`.\n" % (d.dec("twilio", "account_sid", twilio_sid()), key(d, "twilio-token", shape="runbook-markdown:inline-code")) +
         "4. Break-glass DB login: `payments_admin` / `%s`\n" % pw(d))
    return [(d, t)]


@f
def slack_export(Doc):
    d = Doc("repos/notes/slack-export/eng-infra/2026-10-14.json", "repos", "chat-export-json")
    tok = raw("github-fg")
    p = password(no_space=True).replace('"', "")
    t = json.dumps([
        {"type": "message", "user": "U04ABCD12", "text": "anyone has the grafana admin pw?", "ts": "1760432100.000200"},
        {"type": "message", "user": "U03ZYX987", "text": "it's @@A@@ (dont tell sec)", "ts": "1760432160.000300"},
        {"type": "message", "user": "U04ABCD12", "text": "thx. also need a token for the release bot", "ts": "1760432220.000400"},
        {"type": "message", "user": "U03ZYX987", "text": "use @@B@@ for now, expires friday", "ts": "1760432280.000500"},
        {"type": "message", "user": "U05QWE321", "text": "build id @@C@@ is green", "ts": "1760432400.000600"},
    ], indent=1) + "\n"
    t = t.replace("@@A@@", d.pos("password", "password", p, shape="chat-export-json:prose")).replace("@@B@@", d.pos(tok[0], tok[1], tok[2], shape="chat-export-json:prose")).replace("@@C@@", d.dec("buildkite", "build_uuid", uuid()))
    return [(d, t)]


@f
def teams_transcript(Doc):
    d = Doc("repos/notes/teams/vendor-onboarding.txt", "repos", "chat-transcript")
    t = ("[09:14] Rhea Lindqvist: can you send me the SFTP login for the price feed?\n"
         "[09:15] Tomasz Bielecki: host sftp.fernhollow.io, user pricefeed, password %s\n" % pw(d) +
         "[09:15] Tomasz Bielecki: and the Mailchimp key for the newsletter import is %s\n" % key(d, "mailchimp") +
         "[09:16] Rhea Lindqvist: got it. The audience id is %s right?\n" % d.dec("mailchimp", "audience_id", hexs(10)) +
         "[09:17] Tomasz Bielecki: yes\n")
    return [(d, t)]


@f
def fish_history(Doc):
    d = Doc("repos/notes/home/fish_history", "repos", "fish-history")
    t = ("- cmd: git status\n  when: 1761000100\n- cmd: set -gx OPENAI_API_KEY %s\n  when: 1761000160\n" % key(d, "openai") +
         "- cmd: mysql -h db-legacy -u root -p'%s' -e 'show databases'\n  when: 1761000220\n" % pw(d) +
         "- cmd: gh auth login --with-token < token.txt\n  when: 1761000300\n- cmd: docker login ghcr.io -u tbielecki -p %s\n  when: 1761000340\n" % key(d, "github"))
    return [(d, t)]


@f
def ps_history(Doc):
    d = Doc("repos/notes/home/ConsoleHost_history.txt", "repos", "powershell-history")
    t = ("Get-AzSubscription\n$sec = ConvertTo-SecureString '%s' -AsPlainText -Force\n" % pw(d) +
         "New-AzStorageContext -StorageAccountName fhbackups -StorageAccountKey '%s'\n" % key(d, "azure-storage") +
         "az login --service-principal -u %s -p %s --tenant fernhollow.onmicrosoft.com\n" % (d.dec("azure", "client_id", uuid()), key(d, "azure-client-secret")) + "Get-ChildItem Env:\n")
    return [(d, t)]


@f
def psql_history(Doc):
    d = Doc("repos/notes/home/.psql_history", "repos", "psql-history")
    t = ("\\dt\nselect count(*) from orders;\nALTER ROLE reporting WITH PASSWORD '%s';\n" % pw(d) +
         "CREATE USER metabase WITH ENCRYPTED PASSWORD '%s';\n" % pw(d) +
         "select md5('%s');\n" % d.dec("password", "md5_hash", hexs(32)) + "\\q\n")
    return [(d, t)]


@f
def obsidian(Doc):
    d = Doc("repos/notes/vault/Daily/2026-11-03.md", "repos", "personal-note")
    t = ("---\ntags: [daily]\n---\n## Todo\n- [x] renew domain\n- [ ] rotate the CircleCI token: %s\n" % key(d, "circleci") +
         "- [ ] wifi at the co-working: network `Foundry-Guest`, pass %s\n" % pw(d) +
         "\n## Notes\nPinecone index host `%s`\n" % d.dec("pinecone", "index_host", "support-docs-%s.svc.aped-4627-b74a.pinecone.io" % rs(LAN, 7)))
    return [(d, t)]


@f
def postmortem(Doc):
    d = Doc("repos/notes/postmortems/2026-09-leaked-token.md", "repos", "postmortem")
    t = ("# Postmortem: Terraform Cloud token in build logs\n\nThe token `%s` (now revoked) appeared in job 8812.\n" % d.dec("terraform", "truncated", raw("terraform")[2][:18] + "...") +
         "We found a second one still active while writing this:\n\n    TF_TOKEN_app_terraform_io=%s\n\n" % key(d, "terraform") +
         "Its workspace id is `%s`.\n" % d.dec("terraform", "workspace_id", "ws-" + rs(AN, 16)))
    return [(d, t)]


@f
def onboarding(Doc):
    d = Doc("repos/notes/onboarding/new-backend-dev.md", "repos", "onboarding-doc")
    t = ("## Local setup\n\nCopy `.env.example` to `.env`, then fill in:\n\n| Name | Value |\n|---|---|\n"
         "| `STRIPE_SECRET_KEY` | `%s` |\n" % d.dec("stripe", "placeholder", "sk_test_...") +
         "| `SUPABASE_SECRET` | `%s` |\n" % key(d, "supabase") + "| `SUPABASE_URL` | `https://%s.supabase.co` |\n" % d.dec("supabase", "project_ref", rs(LO, 20)) +
         "| `LOCAL_DB_PASSWORD` | `%s` |\n" % pw(d) + "\nAsk #platform for a Doppler token; the shared one is `%s`.\n" % key(d, "doppler"))
    return [(d, t)]


@f
def eml(Doc):
    d = Doc("repos/notes/mail/fwd-credentials.eml", "repos", "email")
    t = ("From: it-helpdesk@fernhollow.io\nTo: new.hire@fernhollow.io\nSubject: Your accounts\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
         "Hi,\n\nYour VPN login is new.hire and the temporary password is %s\n" % pw(d) +
         "You will be asked to change it at first login. Ticket reference %s.\n\nIT\n" % d.dec("helpdesk", "ticket_uuid", uuid()))
    return [(d, t)]


@f
def zendesk_csv(Doc):
    d = Doc("repos/notes/exports/zendesk-macros.csv", "repos", "csv")
    t = ("id,title,body\n%s,Reset guide,\"Tell customer to use the reset link, never share passwords\"\n" % digits(8) +
         "%s,Partner API access,\"Partner sandbox key: %s (sandbox only)\"\n" % (digits(8), key(d, "stripe", shape="csv:prose")) +
         "%s,Escalation,\"Escalate to tier 2 with order id %s\"\n" % (digits(8), d.dec("shop", "order_uuid", uuid())))
    return [(d, t)]


@f
def mysql_dump(Doc):
    d = Doc("repos/legacy-portal/db/seed.sql", "repos", "sql-dump")
    t = ("INSERT INTO `integrations` (`id`,`provider`,`config`) VALUES\n"
         "(1,'slack','{\\\"webhook\\\":\\\"%s\\\"}'),\n" % key(d, "slack-webhook", shape="sql-dump:escaped-json") +
         "(2,'mailgun','{\\\"key\\\":\\\"%s\\\",\\\"domain\\\":\\\"mg.fernhollow.io\\\"}'),\n" % key(d, "mailgun", shape="sql-dump:escaped-json") +
         "(3,'smtp','{\\\"host\\\":\\\"smtp.office365.com\\\",\\\"user\\\":\\\"portal@fernhollow.io\\\",\\\"pass\\\":\\\"%s\\\"}');\n" % pw(d, shape="sql-dump:escaped-json") +
         "INSERT INTO `users` (`id`,`email`,`password_hash`) VALUES (1,'admin@fernhollow.io','%s');\n" % d.dec("password", "bcrypt_hash", "$2y$10$" + rs(AN + "./", 53)))
    return [(d, t)]


@f
def json_log(Doc):
    d = Doc("repos/checkout-api/logs/app-2026-11-20.jsonl", "repos", "json-log")
    tok = raw("anthropic")
    inner = json.dumps({"model": "claude-sonnet", "headers": {"x-api-key": "@@K@@"}})
    line = json.dumps({"level": "debug", "msg": "outgoing request", "request": inner, "trace_id": "@@T@@"})
    t = ('{"level":"info","msg":"boot","version":"3.14.2"}\n' + line.replace("@@K@@", d.pos(tok[0], tok[1], tok[2], shape="json-log:escaped-json-in-string")).replace("@@T@@", d.dec("otel", "trace_id", hexs(32))) + "\n")
    return [(d, t)]


@f
def access_log(Doc):
    d = Doc("repos/legacy-portal/logs/access.log", "repos", "access-log")
    p = password(no_space=True)
    enc = urlenc(p)
    m = d.pos("password", "password", p, shown=enc, encoded="url", encoded_value=enc, accept=[enc])
    t = ('10.0.3.7 - - [20/Nov/2026:10:12:01 +0000] "GET /health HTTP/1.1" 200 2 "-" "kube-probe/1.30"\n'
         '10.0.3.9 - - [20/Nov/2026:10:12:04 +0000] "GET /api/login?user=finance&pass=%s HTTP/1.1" 302 0 "-" "curl/8.5.0"\n' % m +
         '10.0.3.9 - - [20/Nov/2026:10:12:05 +0000] "GET /api/report?session=%s HTTP/1.1" 200 5120 "-" "curl/8.5.0"\n' % d.dec("session", "expired_session_id_uuid", uuid()))
    return [(d, t)]


@f
def docker_config(Doc):
    d = Doc("repos/ops-ansible/files/docker-config.json", "repos", "docker-config")
    tok = raw("gitlab")
    pair = "deploy-bot:" + tok[2]
    enc = b64(pair)
    m = d.pos(tok[0], tok[1], tok[2], shown=enc, encoded="base64", encoded_value=enc, accept=[enc, pair])
    t = ('{\n  "auths": {\n    "registry.gitlab.com": {\n      "auth": "%s"\n    },\n    "ghcr.io": {\n      "auth": "%s"\n    }\n  },\n  "credsStore": "desktop"\n}\n'
         % (m, d.dec("docker", "base64_username_only", b64("fernhollow-readonly"))))
    return [(d, t)]


@f
def k8s_secret(Doc):
    d = Doc("repos/gitops/apps/rag-api/secret.yaml", "repos", "k8s-secret-base64")
    a, g = raw("anthropic"), raw("groq")
    p = password(no_space=True)
    t = ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: rag-api\ntype: Opaque\ndata:\n  ANTHROPIC_API_KEY: %s\n  GROQ_API_KEY: %s\n  REDIS_PASSWORD: %s\n"
         % (d.b64(a[0], a[1], a[2]), d.b64(g[0], g[1], g[2]), d.b64("password", "password", p)) +
         "  REDIS_HOST: %s\n" % b64("redis-master.rag.svc"))
    return [(d, t)]


@f
def sops_file(Doc):
    d = Doc("repos/gitops/apps/billing/secrets.enc.yaml", "repos", "sops")
    t = ("stripe_key: %s\n" % d.dec("sops", "encrypted", "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64bytes(40), b64bytes(32), b64bytes(16))) +
         "db_password: %s\n" % d.dec("sops", "encrypted", "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64bytes(14), b64bytes(32), b64bytes(16))) +
         "sops:\n  age:\n    - recipient: %s\n" % d.dec("age", "public_recipient", "age1" + rs("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58)) +
         "  lastmodified: '2026-11-02T10:00:00Z'\n  mac: %s\n" % d.dec("sops", "mac", "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64bytes(48), b64bytes(32), b64bytes(16))))
    d2 = Doc("repos/gitops/keys/age.agekey", "repos", "age-key")
    t2 = "# created: 2026-05-01T09:00:00Z\n# public key: %s\n%s\n" % (d2.dec("age", "public_recipient", "age1" + rs("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58)), key(d2, "age"))
    return [(d, t), (d2, t2)]


@f
def integration_docs(Doc):
    d = Doc("repos/docs-site/content/integrations/webhooks.md", "repos", "docs-examples")
    t = ("# Webhooks\n\nSet the header from your dashboard, e.g.\n\n```http\nAuthorization: Bearer %s\n```\n\n" % d.dec("fernhollow", "docs_placeholder", "fh_live_XXXXXXXXXXXXXXXXXXXXXXXX") +
         "Verify signatures with your endpoint secret (`%s` in our examples).\n\n" % d.dec("stripe", "docs_example", "whsec_1234567890abcdef1234567890abcdef") +
         "The AWS examples use `%s` / `%s`.\n" % (d.dec("aws", "docs_example_id", "AKIAIOSFODNN7EXAMPLE"), d.dec("aws", "docs_example_secret", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")))
    return [(d, t)]


@f
def env_example(Doc):
    d = Doc("repos/community-web/.env.example", "repos", "dotenv-example")
    t = ("# copy to .env\nNODE_ENV=development\nDATABASE_URL=postgres://postgres:%s@localhost:5432/community\n" % d.dec("password", "placeholder", "postgres") +
         "GITHUB_CLIENT_SECRET=%s\nGITHUB_TOKEN=%s\n" % (d.dec("github", "placeholder", "<your-client-secret>"), d.dec("github", "sequential_filler", "ghp_" + "0123456789abcdefghijklmnopqrstuvwxyz"[:36])) +
         "SENTRY_AUTH_TOKEN=%s\nREDIS_URL=redis://localhost:6379\n" % d.dec("sentry", "placeholder", "sntryu_" + "x" * 64) +
         "# shared dev instance, ok to use locally\nRESEND_API_KEY=%s\n" % d.pos("resend", "api-key", "re_" + rs(AN, 8) + "_" + rs(AN, 24)))
    return [(d, t)]


@f
def ci_log(Doc):
    d = Doc("repos/checkout-api/ci/build-4471.log", "repos", "ci-log")
    t = ("2026-11-21T08:00:01Z ##[group]Run npm ci\n2026-11-21T08:00:02Z NPM_TOKEN: ***\n2026-11-21T08:00:02Z AWS_SECRET_ACCESS_KEY: ***\n"
         "2026-11-21T08:01:14Z > checkout@3.14.2 postinstall\n2026-11-21T08:01:15Z debug: using PAGERDUTY token %s\n" % d.dec("pagerduty", "masked", "u+****************") +
         "2026-11-21T08:01:16Z debug: DD_API_KEY=%s\n" % key(d, "datadog-api", shape="ci-log:debug-line") +
         "2026-11-21T08:03:40Z image pushed: sha256:%s\n" % d.dec("docker", "image_digest", hexs(64)))
    return [(d, t)]


@f
def compose_refs(Doc):
    d = Doc("repos/ops-compose/docker-compose.yml", "repos", "compose")
    t = ("services:\n  api:\n    image: ghcr.io/fernhollow/api:1.9\n    environment:\n      DATABASE_PASSWORD: ${DATABASE_PASSWORD:?required}\n"
         "      SENDGRID_API_KEY: ${SENDGRID_API_KEY:-%s}\n" % key(d, "sendgrid", shape="compose:default-expansion") +
         "      SESSION_SECRET_FILE: /run/secrets/session\n      HCAPTCHA_SITEKEY: %s\n" % d.dec("hcaptcha", "site_key", uuid()) +
         "  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: %s\n" % pw(d) +
         "secrets:\n  session:\n    file: ./secrets/session.txt\n")
    return [(d, t)]


# ---- self-hosted apps and daemons ----
@f
def mastodon(Doc):
    d = Doc("repos/selfhosted/pixelfed/.env", "repos", "pixelfed-env")
    t = ("APP_NAME=\"Fernhollow Photos\"\nAPP_DOMAIN=photos.fernhollow.io\nAPP_KEY=%s\n" % d.pos("laravel", "app-key", "base64:" + b64bytes(32)) +
         "INSTANCE_PUBLIC_KEY_HINT=%s\n" % d.dec("pixelfed", "vapid_public_key", b64bytes(65).replace("+", "-").replace("/", "_").rstrip("=")) +
         "DB_PASSWORD=%s\nMAIL_USERNAME=apikey\nMAIL_PASSWORD=%s\n" % (pw(d), key(d, "sendgrid")) +
         "PF_ENABLE_CLOUD=true\nAWS_BUCKET=fh-photos\nAWS_ACCESS_KEY_ID=%s\nAWS_SECRET_ACCESS_KEY=%s\n" % (key(d, "aws-id"), key(d, "aws-secret")))
    return [(d, t)]


@f
def discourse(Doc):
    d = Doc("repos/selfhosted/chatwoot/.env", "repos", "chatwoot-env")
    t = ("FRONTEND_URL=https://support.fernhollow.io\nSECRET_KEY_BASE=%s\nSMTP_ADDRESS=smtp.mailgun.org\n" % d.pos("rails", "secret-key-base", hexs(128)) +
         "SMTP_USERNAME=postmaster@mg.fernhollow.io\nSMTP_PASSWORD=%s\n" % pw(d) +
         "MAXMIND_LICENSE_KEY=%s\n" % d.pos("maxmind", "license-key", rs(AN, 6) + "_" + rs(AN, 29) + "_mmk") +
         "MAXMIND_ACCOUNT_ID=%s\n" % d.dec("maxmind", "account_id", digits(6)))
    return [(d, t)]


@f
def immich(Doc):
    d = Doc("repos/selfhosted/linkwarden/.env", "repos", "linkwarden-env")
    t = ("NEXTAUTH_URL=https://links.fernhollow.io/api/v1/auth\nNEXTAUTH_SECRET=%s\nPOSTGRES_PASSWORD=%s\n" % (d.pos("nextauth", "secret", b64bytes(32)), pw(d)) +
         "MEILI_MASTER_KEY=%s\n# archive digest %s\n" % (d.pos("meilisearch", "master-key", rs(AN + "-_", 32)), d.dec("linkwarden", "sha256", hexs(64))))
    return [(d, t)]


@f
def paperless(Doc):
    d = Doc("repos/selfhosted/docmost/.env", "repos", "docmost-env")
    t = ("APP_URL=https://docs.fernhollow.io\nAPP_SECRET=%s\nPOSTGRES_PASSWORD=%s\n" % (d.pos("docmost", "app-secret", hexs(64)), pw(d)) +
         "SMTP_PASSWORD=%s\nMAIL_DRIVER=smtp\n" % pw(d))
    return [(d, t)]


@f
def n8n_export(Doc):
    d = Doc("repos/selfhosted/n8n/credentials-export.json", "repos", "n8n-export")
    t = ('[\n  {"id": "%s", "name": "Notion prod", "type": "notionApi", "data": {"apiKey": "%s"}},\n' % (d.dec("n8n", "credential_id", rs(AN, 16)), d.pos("notion", "integration-token", "ntn_" + digits(11) + rs(AN, 35))) +
         '  {"id": "%s", "name": "Airtable", "type": "airtableTokenApi", "data": {"accessToken": "%s"}},\n' % (rs(AN, 16), d.pos("airtable", "pat", "pat" + rs(AN, 14) + "." + hexs(64))) +
         '  {"id": "%s", "name": "SMTP office", "type": "smtp", "data": {"user": "bot@fernhollow.io", "password": "%s", "host": "smtp.office365.com"}}\n]\n' % (rs(AN, 16), pw(d)))
    return [(d, t)]


@f
def outline(Doc):
    d = Doc("repos/selfhosted/documenso/.env", "repos", "documenso-env")
    t = ("NEXTAUTH_SECRET=%s\nNEXT_PRIVATE_ENCRYPTION_KEY=%s\n" % (d.pos("nextauth", "secret", b64bytes(32)), d.pos("documenso", "encryption-key", rs(AN, 32))) +
         "NEXT_PRIVATE_SLACK_CLIENT_ID=%s\nNEXT_PRIVATE_SLACK_CLIENT_SECRET=%s\n" % (d.dec("slack", "client_id", "%s.%s" % (digits(12), digits(13))), d.pos("slack", "app-secret", hexs(32))) +
         "NEXT_PRIVATE_DATABASE_URL=%s\n" % U(d, "postgres://documenso:%s@postgres:5432/documenso"))
    return [(d, t)]


@f
def plausible(Doc):
    d = Doc("repos/selfhosted/formbricks/.env", "repos", "formbricks-env")
    t = ("WEBAPP_URL=https://forms.fernhollow.io\nNEXTAUTH_SECRET=%s\nENCRYPTION_KEY=%s\nCRON_SECRET=%s\n" % (d.pos("nextauth", "secret", hexs(64)), d.pos("formbricks", "encryption-key", hexs(64)), d.pos("formbricks", "cron-secret", hexs(64))) +
         "GOOGLE_CLIENT_ID=%s.apps.googleusercontent.com\nGOOGLE_CLIENT_SECRET=%s\n" % (d.dec("google", "oauth_client_id", digits(12) + "-" + rs(LAN, 32)), d.pos("google", "oauth-client-secret", "GOCSPX-" + rs(AN + "-_", 28))))
    return [(d, t)]


@f
def mattermost(Doc):
    d = Doc("repos/selfhosted/mattermost/config.json", "repos", "mattermost-json")
    t = ('{\n  "ServiceSettings": {"SiteURL": "https://chat.fernhollow.io", "GiphySdkKey": "%s"},\n' % d.dec("giphy", "sdk_key_public", rs(AN, 32)) +
         '  "SqlSettings": {"DriverName": "postgres", "DataSource": "%s"},\n' % U(d, "postgres://mmuser:%s@db:5432/mattermost?sslmode=disable") +
         '  "EmailSettings": {"SMTPUsername": "chat@fernhollow.io", "SMTPPassword": "%s"},\n' % pw(d) +
         '  "FileSettings": {"PublicLinkSalt": "%s", "AmazonS3SecretAccessKey": "%s"}\n}\n' % (d.pos("mattermost", "public-link-salt", rs(AN, 32)), key(d, "aws-secret")))
    return [(d, t)]


@f
def keycloak_realm(Doc):
    d = Doc("repos/selfhosted/keycloak/realm-fernhollow.json", "repos", "keycloak-realm")
    t = ('{\n  "realm": "fernhollow",\n  "clients": [\n    {"clientId": "grafana", "secret": "%s", "redirectUris": ["https://grafana.fernhollow.io/*"]},\n' % d.pos("keycloak", "client-secret", rs(AN, 32)) +
         '    {"clientId": "spa", "publicClient": true, "id": "%s"}\n  ],\n' % d.dec("keycloak", "client_uuid", uuid()) +
         '  "smtpServer": {"host": "smtp.fernhollow.io", "user": "keycloak", "password": "%s"},\n' % pw(d) +
         '  "identityProviders": [{"alias": "github", "config": {"clientId": "%s", "clientSecret": "%s"}}]\n}\n' % (d.dec("github", "oauth_client_id", "Ov23li" + rs(AN, 14)), d.pos("github", "oauth-app-client-secret", hexs(40))))
    return [(d, t)]


@f
def forgejo(Doc):
    d = Doc("repos/selfhosted/forgejo/app.ini", "repos", "forgejo-ini")
    t = ("APP_NAME = Fernhollow Code\n[database]\nDB_TYPE = postgres\nHOST = db:5432\nUSER = forgejo\nPASSWD = `%s`\n" % pw(d) +
         "[security]\nINSTALL_LOCK = true\nSECRET_KEY = %s\nINTERNAL_TOKEN = %s\n" % (d.pos("forgejo", "secret-key", rs(AN, 64)), d.pos("forgejo", "internal-token", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + b64('{"nbf":%s}' % digits(10)).rstrip("=") + "." + rs(AN + "-_", 43))) +
         "[oauth2]\nJWT_SECRET = %s\n" % d.pos("forgejo", "jwt-secret", rs(AN + "-_", 43)))
    return [(d, t)]


@f
def harbor(Doc):
    d = Doc("repos/selfhosted/harbor/harbor.yml", "repos", "harbor-yml")
    t = ("hostname: registry.fernhollow.io\nharbor_admin_password: %s\ndatabase:\n  password: %s\n  max_idle_conns: 100\n" % (pw(d), pw(d)) +
         "storage_service:\n  s3:\n    accesskey: %s\n    secretkey: %s\n    region: eu-west-1\n    bucket: fh-registry\n" % (key(d, "aws-id"), key(d, "aws-secret")))
    return [(d, t)]


@f
def caddy(Doc):
    d = Doc("repos/selfhosted/caddy/Caddyfile", "repos", "caddyfile")
    t = ("{\n\temail ops@fernhollow.io\n\tacme_dns cloudflare %s\n}\n\n" % key(d, "cloudflare") +
         "status.fernhollow.io {\n\tbasic_auth {\n\t\tops %s\n\t}\n\treverse_proxy uptime:3001\n}\n" % d.dec("password", "bcrypt_hash", "$2a$14$" + rs(AN + "./", 53)))
    return [(d, t)]


@f
def traefik(Doc):
    d = Doc("repos/selfhosted/traefik/traefik.env", "repos", "traefik-env")
    t = ("CF_DNS_API_TOKEN=%s\nCF_ZONE_API_TOKEN=%s\n" % (key(d, "cloudflare"), d.dec("cloudflare", "env_ref", "${CF_DNS_API_TOKEN}")) +
         "TRAEFIK_PILOT_TOKEN=%s\n" % d.pos("traefik", "pilot-token", uuid()) + "DASHBOARD_USERS=admin:%s\n" % d.dec("password", "apr1_hash", "$apr1$" + rs(AN, 8) + "$" + rs(AN + "./", 22)))
    return [(d, t)]


@f
def homeassistant(Doc):
    d = Doc("repos/selfhosted/homeassistant/secrets.yaml", "repos", "homeassistant-secrets")
    t = ("latitude: 52.37\nlongitude: 4.89\nmqtt_password: %s\n" % pw(d) +
         "telegram_bot_token: %s\ntelegram_chat_id: %s\n" % (key(d, "telegram"), d.dec("telegram", "chat_id", digits(9))) +
         "openweathermap_api_key: %s\nunifi_password: \"%s\"\n" % (d.pos("openweathermap", "api-key", hexs(32)), password(no_space=False).replace('"', "") and pw(d, no_space=False)))
    return [(d, t)]


@f
def frigate(Doc):
    d = Doc("repos/selfhosted/frigate/config.yml", "repos", "frigate-yml")
    p = urlsafe_password()
    t = ("mqtt:\n  host: mosquitto\n  user: frigate\n  password: %s\ncameras:\n  driveway:\n    ffmpeg:\n      inputs:\n" % pw(d) +
         "        - path: %s\n          roles: [detect, record]\n" % U(d, "rtsp://viewer:%s@192.168.20.31:554/Streaming/Channels/101") +
         "plus:\n  api_key: %s\n" % d.pos("frigate", "plus-api-key", uuid() + ":" + hexs(64)))
    return [(d, t)]


@f
def zigbee2mqtt(Doc):
    d = Doc("repos/selfhosted/zigbee2mqtt/configuration.yaml", "repos", "zigbee2mqtt-yml")
    t = ("homeassistant: true\nmqtt:\n  server: mqtt://mosquitto:1883\n  user: z2m\n  password: %s\n" % pw(d) +
         "advanced:\n  network_key: [%s]\n  pan_id: %s\n  ext_pan_id: [%s]\n" % (
             d.pos("zigbee2mqtt", "network-key", ", ".join(str(R.randrange(256)) for _ in range(16))),
             d.dec("zigbee2mqtt", "pan_id", str(R.randrange(1000, 60000))), d.dec("zigbee2mqtt", "ext_pan_id", ", ".join(str(R.randrange(256)) for _ in range(8)))))
    return [(d, t)]


@f
def navidrome(Doc):
    d = Doc("repos/selfhosted/navidrome/navidrome.toml", "repos", "navidrome-toml")
    t = ('MusicFolder = "/music"\nLastFM.ApiKey = "%s"\nLastFM.Secret = "%s"\nSpotify.ID = "%s"\nSpotify.Secret = "%s"\n'
         % (d.dec("lastfm", "api_key_public", hexs(32)), d.pos("lastfm", "shared-secret", hexs(32)), d.dec("spotify", "client_id", hexs(32)), d.pos("spotify", "client-secret", hexs(32))) +
         'PasswordEncryptionKey = "%s"\n' % d.pos("navidrome", "password-encryption-key", rs(AN, 24)))
    return [(d, t)]


@f
def vaultwarden(Doc):
    d = Doc("repos/selfhosted/vaultwarden/.env", "repos", "vaultwarden-env")
    t = ("DOMAIN=https://vault.fernhollow.io\nSIGNUPS_ALLOWED=false\nADMIN_TOKEN='%s'\n" % d.dec("vaultwarden", "argon2_hash", "$argon2id$v=19$m=65540,t=3,p=4$" + b64bytes(32).rstrip("=") + "$" + b64bytes(32).rstrip("=")) +
         "SMTP_HOST=smtp.fastmail.com\nSMTP_USERNAME=vault@fernhollow.io\nSMTP_PASSWORD=%s\n" % d.pos("password", "app-password", rs("abcdefghijklmnopqrstuvwxyz0123456789", 16)) +
         "PUSH_INSTALLATION_ID=%s\nPUSH_INSTALLATION_KEY=%s\n" % (d.dec("bitwarden", "installation_id", uuid()), d.pos("bitwarden", "installation-key", rs(AN, 20))))
    return [(d, t)]


@f
def authentik(Doc):
    d = Doc("repos/selfhosted/authentik/.env", "repos", "authentik-env")
    t = ("PG_PASS=%s\nAUTHENTIK_SECRET_KEY=%s\nAUTHENTIK_ERROR_REPORTING__ENABLED=false\n" % (pw(d), d.pos("authentik", "secret-key", rs(AN + "+/", 60))) +
         "AUTHENTIK_EMAIL__PASSWORD=%s\n" % key(d, "sendgrid") + "AUTHENTIK_BOOTSTRAP_TOKEN=%s\n" % d.pos("authentik", "bootstrap-token", rs(AN, 60)))
    return [(d, t)]


@f
def metabase_redash(Doc):
    d = Doc("repos/selfhosted/metabase/metabase.env", "repos", "metabase-env")
    t = ("MB_DB_TYPE=postgres\nMB_DB_USER=metabase\nMB_DB_PASS=%s\nMB_ENCRYPTION_SECRET_KEY=%s\n" % (pw(d), d.pos("metabase", "encryption-key", b64bytes(32))) +
         "MB_PREMIUM_EMBEDDING_TOKEN=%s\nMB_SITE_UUID=%s\n" % (d.pos("metabase", "premium-token", hexs(64)), d.dec("metabase", "site_uuid", uuid())))
    d2 = Doc("repos/selfhosted/redash/env", "repos", "redash-env")
    t2 = ("REDASH_COOKIE_SECRET=%s\nREDASH_SECRET_KEY=%s\n" % (d2.pos("redash", "cookie-secret", hexs(32)), d2.pos("redash", "secret-key", hexs(32))) +
          "REDASH_DATABASE_URL=%s\n" % U(d2, "postgresql://redash:%s@postgres/redash") + "REDASH_MAIL_PASSWORD=%s\n" % pw(d2))
    return [(d, t), (d2, t2)]


@f
def syncthing(Doc):
    d = Doc("repos/selfhosted/syncthing/config.xml", "repos", "syncthing-xml")
    t = ('<configuration version="37">\n    <device id="%s" name="nas" compression="metadata"></device>\n' % d.dec("syncthing", "device_id", "-".join(rs("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 7) for _ in range(8))) +
         '    <gui enabled="true" tls="true">\n        <address>0.0.0.0:8384</address>\n        <user>admin</user>\n'
         '        <password>%s</password>\n' % d.dec("password", "bcrypt_hash", "$2a$10$" + rs(AN + "./", 53)) +
         '        <apikey>%s</apikey>\n    </gui>\n</configuration>\n' % d.pos("syncthing", "api-key", rs(AN, 32)))
    return [(d, t)]


@f
def sentry_selfhosted(Doc):
    d = Doc("repos/selfhosted/sentry/sentry/config.yml", "repos", "sentry-config")
    t = ("mail.backend: 'smtp'\nmail.host: 'smtp.fernhollow.io'\nmail.username: 'sentry'\nmail.password: '%s'\n" % pw(d) +
         "system.secret-key: '%s'\n" % d.pos("sentry", "system-secret-key", rs(LAN + "!@#%^&*(-_=+)", 50)) +
         "github-app.client-id: '%s'\ngithub-app.client-secret: '%s'\n" % (d.dec("github", "app_client_id", "Iv23li" + rs(AN, 14)), d.pos("github", "oauth-app-client-secret", hexs(40))) +
         "slack.signing-secret: '%s'\n" % d.pos("slack", "app-secret", hexs(32)))
    return [(d, t)]


@f
def minio(Doc):
    d = Doc("repos/selfhosted/minio/minio.env", "repos", "minio-env")
    t = ("MINIO_ROOT_USER=fhadmin\nMINIO_ROOT_PASSWORD=%s\nMINIO_VOLUMES=\"/mnt/data{1...4}\"\n" % pw(d) +
         "MINIO_IDENTITY_OPENID_CLIENT_SECRET=%s\n" % d.pos("keycloak", "client-secret", rs(AN, 32)) + "MINIO_KMS_SECRET_KEY=minio-kms:%s\n" % d.pos("minio", "kms-secret-key", b64bytes(32)))
    return [(d, t)]


@f
def woodpecker_server(Doc):
    d = Doc("repos/selfhosted/woodpecker/server.env", "repos", "woodpecker-env")
    t = ("WOODPECKER_HOST=https://ci.fernhollow.io\nWOODPECKER_FORGEJO=true\nWOODPECKER_FORGEJO_CLIENT=%s\nWOODPECKER_FORGEJO_SECRET=%s\n" % (d.dec("forgejo", "oauth_client_id", uuid()), d.pos("forgejo", "oauth-client-secret", "gto_" + rs("abcdefghijklmnopqrstuvwxyz234567", 52))) +
         "WOODPECKER_AGENT_SECRET=%s\n" % d.pos("woodpecker", "agent-secret", hexs(64)))
    return [(d, t)]


@f
def rabbitmq_conf(Doc):
    d = Doc("repos/selfhosted/rabbitmq/definitions.json", "repos", "rabbitmq-definitions")
    t = ('{\n  "users": [\n    {"name": "orders", "password_hash": "%s", "hashing_algorithm": "rabbit_password_hashing_sha256", "tags": []},\n' % d.dec("rabbitmq", "password_hash", b64bytes(36)) +
         '    {"name": "monitoring", "password": "%s", "tags": ["monitoring"]}\n  ],\n' % pw(d) +
         '  "vhosts": [{"name": "/orders"}]\n}\n')
    return [(d, t)]


@f
def cups_printer(Doc):
    d = Doc("repos/selfhosted/office/printers.conf", "repos", "cups-printers")
    p = urlsafe_password()
    t = ("<Printer office-3f>\nInfo Third floor\nDeviceURI %s\nState Idle\n</Printer>\n" % U(d, "smb://print-svc:%s@printsrv01/office-3f") +
         "<Printer reception>\nDeviceURI ipp://192.168.10.50/ipp/print\nUUID urn:uuid:%s\n</Printer>\n" % d.dec("cups", "printer_uuid", uuid()))
    return [(d, t)]


@f
def snmp_exporter(Doc):
    d = Doc("repos/selfhosted/monitoring/snmp.yml", "repos", "snmp-exporter")
    t = ("auths:\n  core_v3:\n    version: 3\n    username: prom\n    security_level: authPriv\n    password: %s\n    auth_protocol: SHA\n    priv_protocol: AES\n    priv_password: %s\n" % (pw(d), pw(d)) +
         "  public_v2:\n    version: 2\n    community: %s\n" % d.dec("snmp", "default_community", "public"))
    return [(d, t)]


@f
def restic_cron(Doc):
    d = Doc("repos/selfhosted/backup/restic-b2.sh", "repos", "shell")
    t = ("#!/bin/sh\nexport B2_ACCOUNT_ID=%s\nexport B2_ACCOUNT_KEY=%s\n" % (d.dec("backblaze", "key_id", "005" + hexs(9) + "0000000001"), d.pos("backblaze", "application-key", "K005" + rs(AN + "/+", 27))) +
         "export RESTIC_PASSWORD='%s'\nrestic -r b2:fh-backups:/nas backup /srv --exclude-caches\n" % pw(d))
    return [(d, t)]


def build(Doc):
    out = []
    for fn in FILES:
        out += fn(Doc)
    return out
