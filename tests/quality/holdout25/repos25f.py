"""Small one-secret places across Tallowmere: notes, issues, manifests and agents, each holding
one vendor key (and often a harmless id beside it). Template and key pairings come from
vals25.R, so the same kind of place holds different vendors."""
from tmpl25 import fill
from vals25 import R

KEYS = [
    ("github", "classic-pat", "ghp_{an36}", "GITHUB_TOKEN"),
    ("gitlab", "personal-token", "glpat-{an20}", "GITLAB_TOKEN"),
    ("slack", "bot-token", "xoxb-{dig12}-{dig13}-{an24}", "SLACK_BOT_TOKEN"),
    ("sendgrid", "api-key", "SG.{url22}.{url43}", "SENDGRID_API_KEY"),
    ("anthropic", "api-key", "sk-ant-api03-{url93}AA", "ANTHROPIC_API_KEY"),
    ("npm", "access-token", "npm_{an36}", "NPM_TOKEN"),
    ("linear", "api-key", "lin_api_{an40}", "LINEAR_API_KEY"),
    ("shopify", "admin-token", "shpat_{hex32}", "SHOPIFY_ADMIN_TOKEN"),
    ("stripe", "secret-key", "sk_live_{an99}", "STRIPE_SECRET_KEY"),
    ("mailgun", "api-key", "key-{hex32}", "MAILGUN_API_KEY"),
    ("digitalocean", "personal-token", "dop_v1_{hex64}", "DIGITALOCEAN_TOKEN"),
    ("huggingface", "user-token", "hf_{al34}", "HF_TOKEN"),
    ("replicate", "api-token", "r8_{an37}", "REPLICATE_API_TOKEN"),
    ("telegram", "bot-token", "{dig10}:AA{url33}", "TELEGRAM_BOT_TOKEN"),
    ("discord", "webhook-url", "https://discord.com/api/webhooks/{dig19}/{url68}", "DISCORD_WEBHOOK"),
    ("pulumi", "access-token", "pul-{hex40}", "PULUMI_ACCESS_TOKEN"),
    ("terraform", "cloud-token", "{an14}.atlasv1.{an67}", "TF_TOKEN_app_terraform_io"),
    ("netlify", "personal-token", "nfp_{an36}", "NETLIFY_AUTH_TOKEN"),
    ("groq", "api-key", "gsk_{an52}", "GROQ_API_KEY"),
    ("render", "api-key", "rnd_{an32}", "RENDER_API_KEY"),
    ("newrelic", "user-api-key", "NRAK-{up27}", "NEW_RELIC_API_KEY"),
    ("planetscale", "service-token", "pscale_tkn_{url43}", "PLANETSCALE_SERVICE_TOKEN"),
    ("databricks", "token", "dapi{hex32}", "DATABRICKS_TOKEN"),
    ("langsmith", "service-key", "lsv2_sk_{hex32}_{hex10}", "LANGSMITH_API_KEY"),
    ("doppler", "personal-token", "dp.pt.{an43}", "DOPPLER_TOKEN"),
    ("apify", "api-token", "apify_api_{an36}", "APIFY_TOKEN"),
    ("llamacloud", "api-key", "llx-{an48}", "LLAMA_CLOUD_API_KEY"),
    ("e2b", "api-key", "e2b_{hex40}", "E2B_API_KEY"),
    ("sourcegraph", "access-token", "sgp_{hex16}_{hex40}", "SRC_ACCESS_TOKEN"),
    ("prefect", "api-key", "pnu_{an36}", "PREFECT_API_KEY"),
    ("deno", "deploy-token", "ddp_{an36}", "DENO_DEPLOY_TOKEN"),
    ("cartesia", "api-key", "sk_car_{an24}", "CARTESIA_API_KEY"),
    ("paddle", "api-key", "pdl_live_apikey_01{lo24}_{an22}_{an3}", "PADDLE_API_KEY"),
    ("rootly", "api-key", "rootly_{hex64}", "ROOTLY_API_TOKEN"),
    ("woocommerce", "consumer-secret", "cs_{hex40}", "WC_CONSUMER_SECRET"),
    ("togetherai", "api-key", "tgp_v1_{url43}", "TOGETHER_API_KEY"),
    ("logfire", "write-token", "pylf_v1_eu_{an48}", "LOGFIRE_TOKEN"),
    ("vault", "batch-token", "hvb.{url100}", "VAULT_TOKEN"),
    ("portainer", "access-token", "ptr_{an43}", "PORTAINER_API_KEY"),
    ("npm", "access-token", "npm_{an36}", "NODE_AUTH_TOKEN"),
]
IDS = [("request_id", "{uuid}"), ("commit_sha", "{hex40}"), ("build_number", "{dig6}"), ("trace_id", "{hex32}")]

PLACES = [
    ("repos/ops-notes/logseq/pages/{slug}.md", "logseq-page", """- tags:: vendor, {prov}
- setup notes for {prov}
	- key for the {team} team: `«P {prov} {fmt} {spec}»`
	- {idname}:: «D {prov} {idname} {idspec}»
"""),
    ("repos/ops-notes/github-issues/{slug}.md", "github-issue-markdown", """### {prov} integration failing in staging

Logs show 401 from {prov}. Current value on the box:

```
{var}=«P {prov} {fmt} {spec}»
```

cc @{team}-oncall ({idname}: «D {prov} {idname} {idspec}»)
"""),
    ("repos/tallowmere-{team}/manifest-{slug}.yml", "cloudfoundry-manifest", """applications:
- name: {team}-{prov}-bridge
  instances: 1
  env:
    {var}: «P {prov} {fmt} {spec}»
    BUILD_REF: «D {prov} {idname} {idspec}»
"""),
    ("repos/tallowmere-{team}/deploy/{slug}.container", "podman-quadlet", """[Container]
Image=registry.tallowmere.example/{team}-{prov}:latest
Environment={var}=«P {prov} {fmt} {spec}»
AutoUpdate=registry
"""),
    ("repos/ops-notes/mail/{slug}.mbox", "mbox", """From {team}@tallowmere.example Thu Oct 30 16:20:00 2026
From: {team} team <{team}@tallowmere.example>
To: it@tallowmere.example
Subject: {prov} key for the new integration

Hi IT, could you put this in the vault? {var} = «P {prov} {fmt} {spec}»
thanks!
"""),
    ("repos/tallowmere-{team}/.idea/runConfigurations/{slug}.xml", "jetbrains-runconfig", """<component name="ProjectRunConfigurationManager">
  <configuration default="false" name="{prov} sync" type="PythonConfigurationType">
    <envs>
      <env name="{var}" value="«P {prov} {fmt} {spec}»" />
      <env name="PYTHONUNBUFFERED" value="1" />
    </envs>
  </configuration>
</component>
"""),
    ("repos/dotfiles-{person}/Library/LaunchAgents/com.tallowmere.{slug}.plist", "launchd-plist-env", """<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0"><dict>
  <key>Label</key><string>com.tallowmere.{slug}</string>
  <key>EnvironmentVariables</key><dict><key>{var}</key><string>«P {prov} {fmt} {spec}»</string></dict>
  <key>StartInterval</key><integer>900</integer>
</dict></plist>
"""),
    ("repos/ops-notes/linear/{slug}.json", "linear-issue-export", """{{"identifier": "OPS-{num}", "title": "Rotate {prov} credential",
 "description": "Found in a screenshot in #general: `«P {prov} {fmt} {spec}»`. Please rotate and confirm.",
 "state": "Todo", "id": "«D {prov} {idname} {idspec}»"}}
"""),
]
TEAMS = ["rates", "dispatch", "customs", "yard", "claims", "portal", "edi", "routing"]
PEOPLE = ["priya", "tomasz", "okafor", "haruto", "svetla", "diego", "noor", "casimir", "ines", "yusuf", "greta"]


def build(Doc):
    out = []
    for i, (prov, fmt, spec, var) in enumerate(KEYS):
        path, shape, t = PLACES[(i * 3 + R.randrange(2)) % len(PLACES)]
        team = TEAMS[i % len(TEAMS)]
        idname, idspec = IDS[i % len(IDS)]
        slug = "%s-%s" % (prov, team)
        kw = dict(prov=prov, fmt=fmt, spec=spec, var=var, team=team, idname=idname, idspec=idspec, slug=slug,
                  num=3100 + i, person=PEOPLE[i % len(PEOPLE)])
        d = Doc(path.format(**kw), "repos", shape)
        out.append((d, fill(d, t.format(**kw))))
    return out
