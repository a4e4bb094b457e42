"""repos/: files as committed in LLM/AI stacks, serverless and edge projects, trading and
crypto bots, IoT firmware and self-hosted homelab stacks. Formats: formats7.py plus the
providers below (SOURCES.md)."""
import base64
import json

import formats7 as F
from formats7 import PROVIDERS, R, an, hx, HX, lo, s, uu, b64, b64u, jwt, pem, password, AN, UP, LO, DG

WORDS = ("abandon ability able about above absent absorb abstract absurd abuse access accident account accuse "
         "achieve acid acoustic acquire across act action actor actress actual adapt add addict address adjust "
         "admit adult advance advice aerobic affair afford afraid again age agent agree ahead aim air airport "
         "aisle alarm album alcohol alert alien all alley allow almost alone alpha already also alter always").split()


def mnemonic():
    return " ".join(R.choice(WORDS) for _ in range(12))


def mapbox(kind):
    body = base64.urlsafe_b64encode(json.dumps({"u": lo(8), "a": "cl" + lo(23)}, separators=(",", ":")).encode()).decode().rstrip("=")
    return "%s.%s.%s" % (kind, body, b64u(22))


EXTRA = {
    ("openai", "project-key"): lambda: "sk-proj-" + b64u(74) + "T3BlbkFJ" + b64u(74),
    ("openai", "legacy-key"): lambda: "sk-" + an(20) + "T3BlbkFJ" + an(20),
    ("openai", "service-account-key"): lambda: "sk-svcacct-" + b64u(74) + "T3BlbkFJ" + b64u(74),
    ("anthropic", "api-key"): lambda: "sk-ant-api03-" + b64u(93) + "AA",
    ("anthropic", "admin-key"): lambda: "sk-ant-admin01-" + b64u(93) + "AA",
    ("pinecone", "api-key"): lambda: "pcsk_%s_%s" % (an(5), an(63)),
    ("pinecone", "api-key-legacy"): uu,
    ("huggingface", "token"): lambda: "hf_" + s(UP + LO, 34),
    ("mistral", "api-key"): lambda: an(32),
    ("langsmith", "pat"): lambda: "lsv2_pt_%s_%s" % (hx(32), hx(10)),
    ("langsmith", "service-key"): lambda: "lsv2_sk_%s_%s" % (hx(32), hx(10)),
    ("voyageai", "api-key"): lambda: "pa-" + b64u(43),
    ("openrouter", "api-key"): lambda: "sk-or-v1-" + hx(64),
    ("google", "api-key"): lambda: "AIza" + b64u(35),
    ("togetherai", "api-key"): lambda: "tgp_v1_" + b64u(43),
    ("fireworks", "api-key"): lambda: "fw_" + an(24),
    ("perplexity", "api-key"): lambda: "pplx-" + an(48),
    ("xai", "api-key"): lambda: "xai-" + an(80),
    ("serpapi", "api-key"): lambda: hx(64),
    ("cloudflare", "api-token"): lambda: b64u(40),
    ("cloudflare", "global-api-key"): lambda: hx(37),
    ("discord", "bot-token"): lambda: "MT" + s(AN, 24) + "." + b64u(6) + "." + b64u(38),
    ("discord", "webhook"): lambda: "https://discord.com/api/webhooks/%s/%s" % (s(DG, 19), b64u(68)),
    ("resend", "api-key"): lambda: "re_%s_%s" % (an(8), an(24)),
    ("stripe", "secret-key"): lambda: "sk_live_51" + an(97),
    ("stripe", "restricted-key"): lambda: "rk_live_51" + an(97),
    ("stripe", "webhook-secret"): lambda: "whsec_" + an(32),
    ("slack", "bot-token"): lambda: "xoxb-%s-%s-%s" % (s(DG, 12), s(DG, 13), an(24)),
    ("slack", "webhook"): lambda: "https://hooks.slack.com/services/T%s/B%s/%s" % (s(UP + DG, 10), s(UP + DG, 10), an(24)),
    ("slack", "signing-secret"): lambda: hx(32),
    ("upstash", "rest-token"): lambda: "A" + s("XYZ", 1) + "AB" + b64u(60) + "=",
    ("upstash", "redis-url"): lambda: "rediss://default:%s@%s-%s-%s.upstash.io:6379" % ("A" + b64u(59), lo(6), lo(5), s(DG, 5)),
    ("supabase", "access-token"): lambda: "sbp_" + hx(40),
    ("supabase", "service-role-jwt"): lambda: jwt({"iss": "supabase", "ref": lo(20), "role": "service_role", "iat": 1716000000, "exp": 2031576000}),
    ("supabase", "secret-key"): lambda: "sb_secret_" + b64u(22) + "_" + b64u(8),
    ("telegram", "bot-token"): lambda: "%s:AA%s" % (s(DG, 10), b64u(33)),
    ("binance", "api-key"): lambda: an(64),
    ("binance", "secret-key"): lambda: an(64),
    ("kraken", "api-key"): lambda: s(AN + "+/", 56),
    ("kraken", "private-key"): lambda: b64(64),
    ("coinbase", "cdp-private-key"): lambda: pem("EC PRIVATE KEY", 121),
    ("backblaze", "application-key"): lambda: "K005" + s(AN + "+/", 27),
    ("adafruit", "io-key"): lambda: "aio_" + an(28),
    ("tailscale", "auth-key"): lambda: "tskey-auth-%sCNTRL-%s" % (an(10), an(33)),
    ("tailscale", "api-key"): lambda: "tskey-api-%sCNTRL-%s" % (an(10), an(33)),
    ("portainer", "api-key"): lambda: "ptr_" + s(AN + "+/", 43) + "=",
    ("datadog", "api-key"): lambda: hx(32),
    ("datadog", "app-key"): lambda: hx(40),
    ("npm", "token"): lambda: "npm_" + an(36),
    ("mongodb", "url"): lambda: "mongodb+srv://%s:%s@cluster0.%s.mongodb.net/app?retryWrites=true" % ("svc_" + lo(4), password(), lo(5)),
    ("e2b", "api-key"): lambda: "e2b_" + hx(40),
    ("modal", "token-secret"): lambda: "as-" + an(22),
    ("runpod", "api-key"): lambda: "rpa_" + s(UP + DG, 47),
    ("logfire", "write-token"): lambda: "pylf_v1_us_" + an(48),
    ("browserbase", "api-key"): lambda: "bb_live_" + b64u(27),
    ("cartesia", "api-key"): lambda: "sk_car_" + an(22),
    ("mapbox", "secret-token"): lambda: mapbox("sk"),
    ("aws", "secret-access-key"): PROVIDERS["aws"][1][1][2],
    ("aws", "access-key-id"): PROVIDERS["aws"][1][0][2],
    ("alchemy", "rpc-url"): lambda: "https://eth-mainnet.g.alchemy.com/v2/" + b64u(32),
    ("infura", "rpc-url"): lambda: "https://mainnet.infura.io/v3/" + hx(32),
    ("etherscan", "api-key"): lambda: s(UP + DG, 34),
    ("ethereum", "private-key"): lambda: "0x" + hx(64),
    ("ethereum", "mnemonic"): mnemonic,
    ("sonarr", "api-key"): lambda: hx(32),
    ("jellyfin", "api-key"): lambda: hx(32),
    ("proxmox", "api-token"): lambda: "PVEAPIToken=homepage@pve!dash=" + uu(),
    ("pushover", "app-token"): lambda: "a" + lo(29),
    ("qdrant", "api-key"): lambda: b64u(40),
    ("weaviate", "api-key"): lambda: an(40),
    ("zilliz", "token"): lambda: hx(104),
    ("mailgun", "smtp-password"): lambda: hx(32) + "-" + hx(8) + "-" + hx(8),
    ("generic", "password"): password,
    ("generic", "hex-secret"): lambda: hx(64),
    ("generic", "base64-secret"): lambda: b64(32),
    ("generic", "jwt-secret"): lambda: b64u(48),
    ("generic", "esphome-api-key"): lambda: b64(32),
    ("generic", "private-key"): lambda: pem("PRIVATE KEY", 1190),
    ("generic", "rsa-private-key"): lambda: pem("RSA PRIVATE KEY", 1190),
}


def G(provider, fmt):
    if (provider, fmt) in EXTRA:
        return EXTRA[(provider, fmt)]()
    for f, env, g in PROVIDERS[provider][1]:
        if f == fmt:
            return g()
    raise KeyError((provider, fmt))


def cert():
    return pem("CERTIFICATE", 870)


class File:
    def __init__(self, Doc, path, shape):
        self.d = Doc("repos/" + path, "repos", shape)

    def p(self, provider, fmt, shape=None, value=None):
        v = value if value is not None else G(provider, fmt)
        if provider in ("alchemy", "infura"):
            return self.d.pos(provider, fmt, v.rsplit("/", 1)[1], shape=shape, shown=v, accept=[v])
        if provider == "discord" and fmt == "webhook" or provider == "slack" and fmt == "webhook":
            return self.d.pos(provider, fmt, v, shape=shape)
        if provider == "proxmox":
            return self.d.pos(provider, fmt, v.rsplit("=", 1)[1], shape=shape, shown=v, accept=[v])
        return self.d.secret(provider, fmt, v, shape=shape)

    def q(self, provider, kind, value, shape=None):
        return self.d.dec(provider, kind, value, shape=shape)


def build(Doc):
    out = []

    def add(f, text):
        out.append((f.d, text))

    # ---------------------------------------------------------------- LLM / AI stacks
    f = File(Doc, "llm-gateway/litellm/config.yaml", "yaml-nested")
    add(f, f"""model_list:
  - model_name: gpt-4o
    litellm_params:
      model: openai/gpt-4o
      api_key: {f.p("openai", "project-key")}
  - model_name: claude-sonnet
    litellm_params:
      model: anthropic/claude-3-5-sonnet-20241022
      api_key: "{f.p("anthropic", "api-key")}"
  - model_name: azure-gpt
    litellm_params:
      model: azure/gpt-4o-mini
      api_base: https://acme-openai.openai.azure.com/
      api_version: "2024-08-01-preview"
      api_key: {f.p("generic", "hex-secret", value=hx(32), shape="yaml-nested-azure-openai")}
  - model_name: llama-groq
    litellm_params:
      model: groq/llama-3.3-70b-versatile
      api_key: os.environ/GROQ_API_KEY
  - model_name: mistral-large
    litellm_params:
      model: mistral/mistral-large-latest
      api_key: {f.p("mistral", "api-key")}
  - model_name: openrouter-mix
    litellm_params:
      model: openrouter/auto
      api_key: {f.p("openrouter", "api-key")}

litellm_settings:
  success_callback: ["langfuse"]
  cache_params:
    type: redis
    password: {f.p("generic", "password", shape="yaml-nested-redis")}

general_settings:
  master_key: {f.p("generic", "password", value="sk-" + an(22), shape="yaml-litellm-master-key")}
  # docs default, replaced in prod: master_key: {f.q("generic", "docs-example", "sk-1234")}
  database_url: "{f.p("postgres", "url", shape="yaml-connection-url")}"
  alerting_webhook: {f.q("generic", "env-ref", "os.environ/SLACK_WEBHOOK_URL")}

environment_variables:
  LANGFUSE_PUBLIC_KEY: {f.q("langfuse", "public-key", "pk-lf-" + uu())}
  LANGFUSE_SECRET_KEY: {f.p("langfuse", "secret-key")}
  LITELLM_SALT_KEY: {f.p("generic", "password", value="sk-" + an(32), shape="yaml-litellm-salt")}
  UI_USERNAME: {f.q("generic", "public-username", "admin")}
""")

    f = File(Doc, "rag-assistant/.env", "dotenv")
    add(f, f"""# copy to .env and fill in
OPENAI_API_KEY={f.p("openai", "service-account-key")}
OPENAI_ORG_ID={f.q("openai", "public-org-id", "org-" + an(24))}
LANGSMITH_TRACING=true
LANGSMITH_API_KEY={f.p("langsmith", "pat")}
LANGSMITH_PROJECT={f.q("langsmith", "public-project", "rag-assistant-prod")}
PINECONE_API_KEY={f.p("pinecone", "api-key")}
PINECONE_INDEX_HOST={f.q("pinecone", "public-host", "https://docs-%s.svc.aped-4627-b74a.pinecone.io" % hx(7))}
HUGGINGFACEHUB_API_TOKEN={f.p("huggingface", "token")}
COHERE_API_KEY={f.p("cohere", "api-key")}
TAVILY_API_KEY={f.p("tavily", "api-key")}
VOYAGE_API_KEY={f.p("voyageai", "api-key")}
# EMBEDDING_MODEL={f.q("voyageai", "model-id", "voyage-3-large")}
LLAMA_CLOUD_API_KEY={f.q("llamacloud", "placeholder", "llx-...")}
""")

    f = File(Doc, "rag-assistant/app/retriever.py", "py-sdk-kwarg")
    add(f, f"""from langchain_openai import ChatOpenAI, OpenAIEmbeddings
from langchain_pinecone import PineconeVectorStore
from pinecone import Pinecone
from qdrant_client import QdrantClient
import weaviate
from weaviate.classes.init import Auth

llm = ChatOpenAI(model="gpt-4o-mini", temperature=0, api_key="{f.p("openai", "project-key")}")
emb = OpenAIEmbeddings(model="text-embedding-3-small", dimensions=1536)

pc = Pinecone(api_key="{f.p("pinecone", "api-key-legacy", shape="py-sdk-kwarg-uuid")}")
index = pc.Index(host="{f.q("pinecone", "public-host", "https://rag-%s.svc.us-east-1-aws.pinecone.io" % hx(7))}")

qdrant = QdrantClient(
    url="https://{uu()}.us-east4-0.gcp.cloud.qdrant.io:6333",
    api_key="{f.p("qdrant", "api-key")}",
)
COLLECTION_ID = "{f.q("qdrant", "uuid", uu())}"

wv = weaviate.connect_to_weaviate_cloud(
    cluster_url="rag-{lo(8)}.c0.europe-west3.gcp.weaviate.cloud",
    auth_credentials=Auth.api_key("{f.p("weaviate", "api-key", shape="py-sdk-positional")}"),
    headers={{"X-Cohere-Api-Key": "{f.p("cohere", "api-key", shape="py-header-dict")}"}},
)
DOC_HASH = "{f.q("generic", "hash", hx(64))}"
""")

    f = File(Doc, "rag-assistant/settings.toml", "toml-table")
    add(f, f"""[llm]
provider = "togetherai"
model = "meta-llama/Llama-3.3-70B-Instruct-Turbo"
api_key = "{f.p("togetherai", "api-key")}"

[embeddings]
provider = "fireworks"
api_key = "{f.p("fireworks", "api-key")}"
model = "{f.q("fireworks", "model-id", "nomic-ai/nomic-embed-text-v1.5")}"

[vectorstore]
kind = "milvus"
uri = "https://in03-{hx(15)}.serverless.gcp-us-west1.cloud.zilliz.com"
token = "{f.p("zilliz", "token")}"
# local dev: token = "{f.q("zilliz", "docs-example", "root:Milvus")}"

[search]
perplexity_key = "{f.p("perplexity", "api-key")}"
serpapi_key = "{f.p("serpapi", "api-key")}"
cache_key = "{f.q("generic", "checksum", hx(40))}"

[observability]
helicone = "{f.p("helicone", "api-key")}"
promptlayer = "{f.q("promptlayer", "placeholder", "pl_****")}"
logfire_token = "{f.p("logfire", "write-token")}"
""")

    f = File(Doc, "dev-tools/.continue/config.json", "json-nested")
    add(f, f"""{{
  "models": [
    {{
      "title": "Claude 3.5 Sonnet",
      "provider": "anthropic",
      "model": "claude-3-5-sonnet-latest",
      "apiKey": "{f.p("anthropic", "api-key")}"
    }},
    {{
      "title": "GPT-4o",
      "provider": "openai",
      "model": "gpt-4o",
      "apiKey": "{f.p("openai", "legacy-key")}"
    }},
    {{
      "title": "Grok",
      "provider": "xAI",
      "model": "grok-2",
      "apiKey": "{f.p("xai", "api-key")}"
    }},
    {{
      "title": "Local Llama",
      "provider": "ollama",
      "model": "llama3.1:8b",
      "apiBase": "http://localhost:11434"
    }}
  ],
  "tabAutocompleteModel": {{
    "title": "Codestral",
    "provider": "mistral",
    "model": "codestral-latest",
    "apiKey": "{f.p("mistral", "api-key")}"
  }},
  "embeddingsProvider": {{
    "provider": "voyage",
    "model": "voyage-code-3",
    "apiKey": "{f.p("voyageai", "api-key")}"
  }},
  "docs": [{{"title": "Internal", "startUrl": "https://docs.example.com", "faviconUrl": "", "rootUrl": "{f.q("generic", "uuid", uu())}"}}],
  "allowAnonymousTelemetry": false,
  "userToken": "{f.q("generic", "placeholder", "<YOUR_TOKEN_HERE>")}"
}}
""")

    f = File(Doc, "dev-tools/.aider.conf.yml", "yaml-flat")
    add(f, f"""## aider configuration
model: sonnet
editor-model: gpt-4o
openai-api-key: {f.p("openai", "project-key")}
anthropic-api-key: {f.p("anthropic", "api-key")}
api-key:
  - gemini={f.p("google", "api-key", shape="yaml-list-name-equals")}
  - openrouter={f.p("openrouter", "api-key", shape="yaml-list-name-equals")}
  - deepseek={f.p("deepseek", "api-key", shape="yaml-list-name-equals")}
set-env:
  - GROQ_API_KEY={f.p("groq", "api-key", shape="yaml-list-name-equals")}
  - AIDER_COMMIT_HASH={f.q("generic", "hash", hx(40))}
#openai-api-key: {f.q("openai", "placeholder", "sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")}
edit-format: diff
""")

    f = File(Doc, "open-webui/docker-compose.yaml", "compose-environment")
    add(f, f"""services:
  ollama:
    image: ollama/ollama:0.5.4
    volumes: [ollama:/root/.ollama]
  open-webui:
    image: ghcr.io/open-webui/open-webui:main
    environment:
      - OLLAMA_BASE_URL=http://ollama:11434
      - WEBUI_SECRET_KEY={f.p("generic", "jwt-secret", shape="compose-environment-list")}
      - OPENAI_API_BASE_URLS=https://api.openai.com/v1;https://api.groq.com/openai/v1
      - OPENAI_API_KEYS={f.p("openai", "project-key", shape="compose-semicolon-list")};{f.p("groq", "api-key", shape="compose-semicolon-list")}
      - RAG_OPENAI_API_KEY=${{OPENAI_API_KEY}}
      - GOOGLE_PSE_API_KEY={f.p("google", "api-key", shape="compose-environment-list")}
      - GOOGLE_PSE_ENGINE_ID={f.q("google", "public-engine-id", hx(17))}
      - BRAVE_SEARCH_API_KEY={f.q("generic", "env-ref", "${{BRAVE_KEY:-}}")}
      - DATABASE_URL={f.p("postgres", "url", shape="compose-environment-list")}
    ports: ["3000:8080"]
  pipelines:
    image: ghcr.io/open-webui/pipelines:main
    environment:
      PIPELINES_API_KEY: "{f.p("generic", "password", value="0p3n-w3bu!" + an(12), shape="compose-environment-map")}"
      LANGFUSE_SECRET_KEY: {f.p("langfuse", "secret-key", shape="compose-environment-map")}
      LANGFUSE_PUBLIC_KEY: {f.q("langfuse", "public-key", "pk-lf-" + uu())}
volumes:
  ollama: {{}}
""")

    f = File(Doc, "agents/crew/main.py", "py-environ-assign")
    add(f, f"""import os
from crewai import Agent, Crew, Task
from crewai_tools import SerperDevTool, FirecrawlScrapeWebsiteTool

os.environ["OPENAI_API_KEY"] = "{f.p("openai", "project-key")}"
os.environ["OPENAI_MODEL_NAME"] = "gpt-4o-mini"
os.environ["SERPER_API_KEY"] = "{f.p("generic", "hex-secret", value=hx(40), shape="py-environ-assign-serper")}"
os.environ.setdefault("E2B_API_KEY", "{f.p("e2b", "api-key", shape="py-environ-setdefault")}")

scraper = FirecrawlScrapeWebsiteTool(api_key="{f.p("firecrawl", "api-key", shape="py-sdk-kwarg")}")
researcher = Agent(role="Researcher", goal="find facts", tools=[SerperDevTool(), scraper],
                   llm="anthropic/claude-3-5-haiku-latest")
RUN_ID = "{f.q("generic", "uuid", uu())}"
CACHE_DIGEST = "{f.q("generic", "hash", hx(64))}"
BROWSERBASE_PROJECT_ID = "{f.q("browserbase", "public-project-id", uu())}"
BROWSERBASE_API_KEY = "{f.p("browserbase", "api-key", shape="py-constant")}"
""")

    f = File(Doc, "agents/notebooks/eval.ipynb", "ipynb-source")
    add(f, """{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "Using key sk-proj-...%s\\n",
      "run id %s\\n"
     ]
    }
   ],
   "source": [
    "import os\\n",
    "os.environ[\\"ANTHROPIC_API_KEY\\"] = \\"%s\\"\\n",
    "os.environ[\\"WANDB_API_KEY\\"] = \\"%s\\"\\n",
    "client = Replicate(api_token=\\"%s\\")\\n",
    "el = ElevenLabs(api_key=\\"%s\\")"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3"}, "widgets": {"state": "%s"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""" % (f.q("openai", "masked", an(4)), f.q("wandb", "run-id", lo(8)), f.p("anthropic", "api-key"), f.p("wandb", "api-key"),
       f.p("replicate", "api-token"), f.p("elevenlabs", "api-key"), f.q("generic", "hash", hx(40))))

    f = File(Doc, "vector-db/qdrant/config/production.yaml", "yaml-nested")
    add(f, f"""log_level: INFO
storage:
  storage_path: ./storage
  snapshots_path: ./snapshots
service:
  http_port: 6333
  grpc_port: 6334
  enable_tls: true
  api_key: {f.p("qdrant", "api-key")}
  read_only_api_key: {f.p("qdrant", "api-key")}
  jwt_rbac: true
cluster:
  enabled: true
  p2p:
    port: 6335
  consensus:
    tick_period_ms: 100
tls:
  cert: ./tls/cert.pem
  key: ./tls/key.pem
telemetry_disabled: true
# peer id: {f.q("qdrant", "public-peer-id", s(DG, 16))}
# snapshot checksum: {f.q("generic", "checksum", hx(64))}
""")

    # ---------------------------------------------------------------- serverless and edge
    f = File(Doc, "edge-api/wrangler.toml", "toml-vars")
    add(f, f"""name = "edge-api"
main = "src/index.ts"
compatibility_date = "2024-11-01"
account_id = "{f.q("cloudflare", "public-account-id", hx(32))}"

[vars]
ENVIRONMENT = "production"
OPENAI_API_KEY = "{f.p("openai", "project-key")}"
RESEND_API_KEY = "{f.p("resend", "api-key")}"
POSTHOG_KEY = "{f.q("posthog", "public-project-key", "phc_" + an(43))}"
SENTRY_DSN = "{f.q("sentry", "public-dsn", "https://%s@o%s.ingest.us.sentry.io/%s" % (hx(32), s(DG, 6), s(DG, 7)))}"

[[kv_namespaces]]
binding = "CACHE"
id = "{f.q("cloudflare", "public-kv-id", hx(32))}"

[[d1_databases]]
binding = "DB"
database_name = "edge-api"
database_id = "{f.q("cloudflare", "public-d1-id", uu())}"

[env.staging.vars]
UPSTASH_REDIS_REST_TOKEN = "{f.p("upstash", "rest-token")}"
TURNSTILE_SECRET_KEY = "{f.p("cloudflare", "turnstile-secret", value="0x4AAAAAAA" + b64u(25), shape="toml-vars")}"
TURNSTILE_SITE_KEY = "{f.q("cloudflare", "public-site-key", "0x4AAAAAAA" + b64u(14))}"
""")

    f = File(Doc, "edge-api/.dev.vars", "dotenv")
    add(f, f"""CLOUDFLARE_API_TOKEN={f.p("cloudflare", "api-token")}
CF_GLOBAL_API_KEY="{f.p("cloudflare", "global-api-key", shape="dotenv-double-quoted")}"
DISCORD_BOT_TOKEN={f.p("discord", "bot-token")}
DISCORD_PUBLIC_KEY={f.q("discord", "public-key", hx(64))}
DISCORD_APPLICATION_ID={f.q("discord", "public-app-id", s(DG, 19))}
STRIPE_SECRET_KEY={f.p("stripe", "secret-key")}
STRIPE_PUBLISHABLE_KEY={f.q("stripe", "publishable-key", "pk_live_51" + an(97))}
STRIPE_WEBHOOK_SECRET={f.p("stripe", "webhook-secret")}
# test mode from the Stripe docs
# STRIPE_SECRET_KEY={f.q("stripe", "docs-example", "sk_test_4eC39HqLyjWDarjtT1zdp7dc")}
JWT_SECRET='{f.p("generic", "jwt-secret", shape="dotenv-single-quoted")}'
""")

    f = File(Doc, "saas/supabase/config.toml", "toml-table")
    add(f, f"""project_id = "saas"

[api]
enabled = true
port = 54321

[auth]
site_url = "http://127.0.0.1:3000"
jwt_expiry = 3600

[auth.email.smtp]
host = "smtp.sendgrid.net"
port = 587
user = "apikey"
pass = "{f.p("sendgrid", "api-key", shape="toml-table")}"
admin_email = "admin@example.com"

[auth.sms.twilio]
enabled = true
account_sid = "{f.q("twilio", "public-account-sid", "AC" + hx(32))}"
message_service_sid = "{f.q("twilio", "public-service-sid", "MG" + hx(32))}"
auth_token = "env(SUPABASE_AUTH_SMS_TWILIO_AUTH_TOKEN)"

[auth.external.github]
enabled = true
client_id = "{f.q("github", "public-client-id", "Ov23li" + an(14))}"
secret = "{f.p("github", "oauth-client-secret", value=hx(40), shape="toml-table")}"

[auth.external.google]
enabled = true
client_id = "{s(DG, 12)}-{lo(32)}.apps.googleusercontent.com"
secret = "{f.p("google", "oauth-client-secret", value="GOCSPX-" + b64u(28), shape="toml-table")}"

[studio]
openai_api_key = "{f.q("openai", "env-ref", "env(OPENAI_API_KEY)")}"
""")

    f = File(Doc, "saas/supabase/functions/stripe-webhook/index.ts", "ts-deno-env-default")
    add(f, f"""import {{ createClient }} from "jsr:@supabase/supabase-js@2";
import Stripe from "npm:stripe@17";

const stripe = new Stripe(Deno.env.get("STRIPE_API_KEY") ?? "{f.p("stripe", "restricted-key")}");
const endpointSecret = Deno.env.get("STRIPE_WEBHOOK_SIGNING_SECRET") || "{f.p("stripe", "webhook-secret")}";

const supabase = createClient(
  "https://{lo(20)}.supabase.co",
  "{f.p("supabase", "service-role-jwt", shape="ts-sdk-positional")}",
);
const anon = "{f.q("supabase", "public-anon-jwt", jwt({"iss": "supabase", "ref": lo(20), "role": "anon", "iat": 1716000000, "exp": 2031576000}))}";
const PRICE_ID = "{f.q("stripe", "public-price-id", "price_1" + an(23))}";
const eventId = "{f.q("stripe", "public-event-id", "evt_1" + an(23))}";
""")

    f = File(Doc, "saas/.env.local", "dotenv")
    add(f, f"""NEXT_PUBLIC_SUPABASE_URL=https://{lo(20)}.supabase.co
NEXT_PUBLIC_SUPABASE_ANON_KEY={f.q("supabase", "public-anon-jwt", jwt({"iss": "supabase", "ref": lo(20), "role": "anon", "iat": 1716000000, "exp": 2031576000}))}
NEXT_PUBLIC_SUPABASE_PUBLISHABLE_KEY={f.q("supabase", "publishable-key", "sb_publishable_" + b64u(22) + "_" + b64u(8))}
SUPABASE_SECRET_KEY={f.p("supabase", "secret-key")}
SUPABASE_ACCESS_TOKEN={f.p("supabase", "access-token")}
SUPABASE_DB_PASSWORD={f.p("generic", "password")}
NEXT_PUBLIC_POSTHOG_KEY={f.q("posthog", "public-project-key", "phc_" + an(43))}
POSTHOG_PERSONAL_API_KEY={f.p("posthog", "personal-api-key")}
VERCEL_OIDC_TOKEN={f.q("vercel", "placeholder", "<generated-by-vercel-env-pull>")}
""")

    f = File(Doc, "saas/api/slack-events.js", "js-vercel-function")
    add(f, f"""// Vercel serverless function
import {{ WebClient }} from '@slack/web-api';
import {{ Redis }} from '@upstash/redis';

const slack = new WebClient(process.env.SLACK_BOT_TOKEN || '{f.p("slack", "bot-token", shape="js-env-or-default")}');
const SIGNING_SECRET = '{f.p("slack", "signing-secret", shape="js-const")}';
const redis = new Redis({{
  url: 'https://{lo(6)}-{lo(5)}-{s(DG, 5)}.upstash.io',
  token: '{f.p("upstash", "rest-token", shape="js-sdk-object")}',
}});
const TEAM_ID = '{f.q("slack", "public-team-id", "T" + s(UP + DG, 10))}';
const CHANNEL = '{f.q("slack", "public-channel-id", "C" + s(UP + DG, 10))}';
const ALERT_HOOK = '{f.p("slack", "webhook", shape="js-const")}';

export default async function handler(req, res) {{
  const ts = req.headers['x-slack-request-timestamp'];
  res.status(200).json({{ ok: true, ts }});
}}
""")

    f = File(Doc, "marketing-site/netlify.toml", "toml-table")
    add(f, f"""[build]
  command = "npm run build"
  publish = "dist"

[build.environment]
  NODE_VERSION = "20"
  NPM_TOKEN = "{f.p("npm", "token")}"
  SECRETS_SCAN_OMIT_KEYS = "{f.q("generic", "public-key-list", "ALGOLIA_APP_ID,ALGOLIA_SEARCH_KEY")}"

[context.production.environment]
  ALGOLIA_APP_ID = "{f.q("algolia", "public-app-id", s(UP + DG, 10))}"
  ALGOLIA_SEARCH_KEY = "{f.q("algolia", "public-search-key", hx(32))}"
  ALGOLIA_ADMIN_KEY = "{f.p("algolia", "admin-key", shape="toml-table")}"
  MAPBOX_TOKEN = "{f.q("mapbox", "public-token", mapbox("pk"))}"
  MAPBOX_UPLOAD_TOKEN = "{f.p("mapbox", "secret-token")}"

[context.deploy-preview.environment]
  CONTENTFUL_PREVIEW_TOKEN = "{f.p("generic", "base64-secret", value=b64u(43), shape="toml-table-contentful")}"
  SITE_ID = "{f.q("netlify", "public-site-id", uu())}"

[[plugins]]
  package = "@netlify/plugin-lighthouse"
""")

    f = File(Doc, "mobile-backend/functions/.runtimeconfig.json", "json-nested")
    add(f, f"""{{
  "stripe": {{
    "secret": "{f.p("stripe", "secret-key")}",
    "webhook_secret": "{f.p("stripe", "webhook-secret")}"
  }},
  "sendgrid": {{
    "key": "{f.p("sendgrid", "api-key")}",
    "template": "{f.q("sendgrid", "public-template-id", "d-" + hx(32))}"
  }},
  "slack": {{
    "webhook": "{f.p("slack", "webhook")}"
  }},
  "algolia": {{
    "app_id": "{f.q("algolia", "public-app-id", s(UP + DG, 10))}",
    "api_key": "{f.p("algolia", "admin-key")}"
  }},
  "app": {{
    "env": "prod",
    "build": "{f.q("generic", "hash", hx(40))}"
  }}
}}
""")

    sa_key = pem("PRIVATE KEY", 1190)
    f = File(Doc, "mobile-backend/functions/service-account.json", "json-service-account")
    add(f, """{
  "type": "service_account",
  "project_id": "acme-mobile-%s",
  "private_key_id": "%s",
  "private_key": "%s",
  "client_email": "firebase-adminsdk-%s@acme-mobile.iam.gserviceaccount.com",
  "client_id": "%s",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""" % (lo(5), f.q("google", "public-key-id", hx(40)), f.d.pos("google", "service-account-key", sa_key, shape="json-escaped-pem", shown=sa_key.replace("\n", "\\n") + "\\n"),
       lo(5), f.q("google", "public-client-id", s(DG, 21))))

    f = File(Doc, "mobile-backend/web/src/firebase.js", "js-object")
    add(f, f"""import {{ initializeApp }} from 'firebase/app';

// Firebase web config: public identifiers, restricted by App Check
const firebaseConfig = {{
  apiKey: '{f.q("google", "public-firebase-web-key", "AIza" + b64u(35))}',
  authDomain: 'acme-mobile.firebaseapp.com',
  projectId: 'acme-mobile',
  storageBucket: 'acme-mobile.appspot.com',
  messagingSenderId: '{f.q("google", "public-sender-id", s(DG, 12))}',
  appId: '{f.q("google", "public-app-id", "1:%s:web:%s" % (s(DG, 12), hx(22)))}',
  measurementId: '{f.q("google", "public-measurement-id", "G-" + s(UP + DG, 10))}',
}};
export const app = initializeApp(firebaseConfig);
""")

    f = File(Doc, "deno-bot/main.ts", "ts-deno")
    add(f, f"""import {{ Bot }} from "https://deno.land/x/grammy@v1.30.0/mod.ts";

const bot = new Bot(Deno.env.get("BOT_TOKEN") ?? "{f.p("telegram", "bot-token", shape="ts-deno-env-default")}");
const kv = await Deno.openKv();
const ADMIN_CHAT = {f.q("telegram", "public-chat-id", "-100" + s(DG, 10))};
const OPENROUTER = "{f.p("openrouter", "api-key", shape="ts-const")}";
const DEPLOY_ID = "{f.q("deno", "public-deployment-id", lo(12))}";
const headers = {{ Authorization: `Bearer {f.p("deno", "access-token", shape="ts-template-header")}` }};
bot.start();
""")

    # ---------------------------------------------------------------- trading and crypto bots
    f = File(Doc, "freqtrade/user_data/config.json", "json-nested")
    add(f, f"""{{
    "max_open_trades": 5,
    "stake_currency": "USDT",
    "dry_run": false,
    "exchange": {{
        "name": "binance",
        "key": "{f.p("binance", "api-key")}",
        "secret": "{f.p("binance", "secret-key")}",
        "ccxt_config": {{}},
        "pair_whitelist": ["BTC/USDT", "ETH/USDT"]
    }},
    "telegram": {{
        "enabled": true,
        "token": "{f.p("telegram", "bot-token")}",
        "chat_id": "{f.q("telegram", "public-chat-id", s(DG, 9))}"
    }},
    "api_server": {{
        "enabled": true,
        "listen_ip_address": "127.0.0.1",
        "listen_port": 8080,
        "jwt_secret_key": "{f.p("generic", "hex-secret")}",
        "ws_token": "{f.p("generic", "jwt-secret", value=b64u(22))}",
        "username": "{f.q("generic", "public-username", "freqtrader")}",
        "password": "{f.p("generic", "password")}"
    }},
    "bot_name": "freqtrade",
    "strategy": "SampleStrategy",
    "db_url": "sqlite:///tradesv3.sqlite",
    "initial_state": "running",
    "internals": {{"process_throttle_secs": 5, "heartbeat_interval": 60}},
    "strategy_hash": "{f.q("generic", "hash", hx(32))}"
}}
""")

    cb_key = G("coinbase", "cdp-private-key")
    f = File(Doc, "ccxt-arb/arb.py", "py-dict-literal")
    add(f, """import ccxt

kraken = ccxt.kraken({
    'apiKey': '%s',
    'secret': '%s',
    'enableRateLimit': True,
})
binance = ccxt.binance({'apiKey': '%s', 'secret': '%s'})
coinbase = ccxt.coinbase({
    'apiKey': 'organizations/%s/apiKeys/%s',
    'secret': '%s',
})
# kraken key from the docs: %s
ORDER_ID = '%s'
TX = '%s'
""" % (f.p("kraken", "api-key"), f.p("kraken", "private-key"), f.p("binance", "api-key"), f.p("binance", "secret-key"),
       uu(), f.q("coinbase", "public-key-id", uu()),
       f.d.pos("coinbase", "cdp-private-key", cb_key, shape="py-dict-escaped-pem", shown=cb_key.replace("\n", "\\n") + "\\n"),
       f.q("kraken", "placeholder", "YOUR_API_KEY"), f.q("generic", "uuid", uu()), f.q("ethereum", "tx-hash", "0x" + hx(64))))

    f = File(Doc, "hummingbot/conf/connectors/binance.yml", "yaml-flat")
    add(f, f"""# encrypted by hummingbot with the client password
connector: binance
binance_api_key: {f.q("binance", "encrypted-keystore", hx(240))}
binance_api_secret: {f.q("binance", "encrypted-keystore", hx(240))}
""")
    f = File(Doc, "hummingbot/conf/conf_client.yml", "yaml-nested")
    add(f, f"""instance_id: {f.q("generic", "hash", hx(40))}
telegram_mode:
  telegram_token: {f.p("telegram", "bot-token")}
  telegram_chat_id: '{f.q("telegram", "public-chat-id", s(DG, 9))}'
mqtt_bridge:
  mqtt_host: broker.example.net
  mqtt_username: hbot
  mqtt_password: {f.p("generic", "password")}
gateway:
  gateway_api_host: localhost
  gateway_api_port: '15888'
db_mode:
  db_engine: sqlite
previous_strategy: pmm_btc.yml
anonymized_metrics_mode:
  anonymized_metrics_interval_min: 15.0
rate_oracle_source:
  name: binance
""")

    f = File(Doc, "contracts/hardhat.config.js", "js-object")
    add(f, f"""require("@nomicfoundation/hardhat-toolbox");
require("dotenv").config();

const DEPLOYER_KEY = process.env.PRIVATE_KEY || "{f.p("ethereum", "private-key", shape="js-env-or-default")}";

module.exports = {{
  solidity: "0.8.24",
  networks: {{
    mainnet: {{
      url: "{f.p("alchemy", "rpc-url", shape="js-url-path-key")}",
      accounts: [DEPLOYER_KEY],
    }},
    sepolia: {{
      url: `{f.p("infura", "rpc-url", shape="js-url-path-key")}`,
      accounts: ["{f.p("ethereum", "private-key", shape="js-array")}"],
    }},
    hardhat: {{
      accounts: {{ mnemonic: "{f.q("ethereum", "docs-example-mnemonic", "test test test test test test test test test test test junk")}" }},
    }},
  }},
  etherscan: {{ apiKey: "{f.p("etherscan", "api-key")}" }},
}};
// token contract {f.q("ethereum", "public-address", "0x" + hx(40))}
// deployment tx  {f.q("ethereum", "tx-hash", "0x" + hx(64))}
// hardhat account #0 (public test key): {f.q("ethereum", "docs-example-key", "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80")}
""")

    f = File(Doc, "contracts/foundry.toml", "toml-table")
    add(f, f"""[profile.default]
src = "src"
out = "out"
libs = ["lib"]
solc_version = "0.8.24"

[rpc_endpoints]
mainnet = "${{MAINNET_RPC_URL}}"
sepolia = "{f.p("infura", "rpc-url", shape="toml-url-path-key")}"
base = "{f.p("alchemy", "rpc-url", value="https://base-mainnet.g.alchemy.com/v2/" + b64u(32), shape="toml-url-path-key")}"

[etherscan]
mainnet = {{ key = "{f.p("etherscan", "api-key", shape="toml-inline-table")}" }}
sepolia = {{ key = "${{ETHERSCAN_API_KEY}}" }}

[fmt]
line_length = 100
# bytecode hash: {f.q("generic", "hash", hx(64))}
""")

    f = File(Doc, "contracts/truffle-config.js", "js-object")
    add(f, f"""const HDWalletProvider = require('@truffle/hdwallet-provider');
const mnemonic = '{f.p("ethereum", "mnemonic", shape="js-const")}';

module.exports = {{
  networks: {{
    goerli: {{
      provider: () => new HDWalletProvider(mnemonic, '{f.p("infura", "rpc-url", shape="js-url-path-key")}'),
      network_id: 5,
    }},
  }},
  api_keys: {{ etherscan: '{f.p("etherscan", "api-key")}' }},
  compilers: {{ solc: {{ version: '0.8.19' }} }},
}};
""")

    f = File(Doc, "contracts/.env.example", "dotenv")
    add(f, f"""PRIVATE_KEY={f.q("ethereum", "placeholder", "0x" + "0" * 64)}
ALCHEMY_API_KEY={f.q("alchemy", "placeholder", "your-alchemy-key")}
ETHERSCAN_API_KEY={f.q("etherscan", "placeholder", "YourApiKeyToken")}
DEPLOYER_ADDRESS={f.q("ethereum", "public-address", "0x" + hx(40))}
""")
    f = File(Doc, "contracts/.env", "dotenv")
    add(f, f"""PRIVATE_KEY={f.p("ethereum", "private-key", value=hx(64), shape="dotenv-hex-no-prefix")}
ALCHEMY_API_KEY={f.p("generic", "base64-secret", value=b64u(32), shape="dotenv-alchemy-key")}
ETHERSCAN_API_KEY={f.p("etherscan", "api-key")}
COINMARKETCAP_API_KEY={f.p("generic", "uuid-secret", value=uu(), shape="dotenv-uuid")}
DEPLOYER_ADDRESS={f.q("ethereum", "public-address", "0x" + hx(40))}
""")

    # ---------------------------------------------------------------- IoT and embedded
    dev_key = pem("RSA PRIVATE KEY", 1190)
    f = File(Doc, "iot-sensor/include/secrets.h", "c-define")
    add(f, """#pragma once
#include <pgmspace.h>

#define THINGNAME "greenhouse-%s"
#define WIFI_SSID "%s"
#define WIFI_PASSWORD "%s"
#define AWS_IOT_ENDPOINT "%s-ats.iot.eu-central-1.amazonaws.com"

// Amazon Root CA 1
static const char AWS_CERT_CA[] PROGMEM = R"EOF(
%s
)EOF";

// Device private key
static const char AWS_CERT_PRIVATE[] PROGMEM = R"KEY(
%s
)KEY";

static const char *OTA_PASSWORD = "%s";
static const char *FIRMWARE_SHA256 = "%s";
""" % (lo(4), f.q("generic", "public-ssid", "Greenhouse-IoT"), f.p("generic", "password", shape="c-define"), lo(14),
       f.q("generic", "certificate", cert()), f.d.pos("aws", "iot-device-key", dev_key, shape="c-raw-string-pem"),
       f.p("generic", "password", shape="c-const-char"), f.q("generic", "checksum", hx(64))))

    f = File(Doc, "iot-sensor/arduino_secrets.h", "c-define")
    add(f, f"""#define SECRET_SSID "{f.q("generic", "public-ssid", "home-2G")}"
#define SECRET_OPTIONAL_PASS "{f.p("generic", "password", shape="c-define")}"
#define SECRET_DEVICE_KEY "{f.p("generic", "device-secret", value=s(UP + DG, 20), shape="c-define-arduino-cloud")}"
#define SECRET_DEVICE_ID "{f.q("generic", "uuid", uu())}"
#define IO_USERNAME "{f.q("adafruit", "public-username", "greenhouse_" + lo(4))}"
#define IO_KEY "{f.p("adafruit", "io-key")}"
#define UBIDOTS_TOKEN "{f.p("ubidots", "token")}"
""")

    f = File(Doc, "esphome/secrets.yaml", "yaml-flat")
    add(f, f"""# ESPHome secrets
wifi_ssid: "{f.q("generic", "public-ssid", "IoT-Net")}"
wifi_password: "{f.p("generic", "password")}"
fallback_ap_password: {f.p("generic", "password", value=an(12))}
api_encryption_key: "{f.p("generic", "esphome-api-key")}"
ota_password: {f.p("generic", "hex-secret", value=hx(32))}
mqtt_password: {f.p("generic", "password")}
home_latitude: "52.3702"
""")

    f = File(Doc, "esphome/living-room.yaml", "yaml-nested")
    add(f, f"""esphome:
  name: living-room
esp32:
  board: esp32dev
wifi:
  ssid: !secret wifi_ssid
  password: !secret wifi_password
api:
  encryption:
    key: "{f.p("generic", "esphome-api-key", shape="yaml-nested-esphome")}"
ota:
  - platform: esphome
    password: {f.q("generic", "secret-ref", "!secret ota_password")}
mqtt:
  broker: 192.168.1.10
  username: esphome
  password: "{f.p("generic", "password", shape="yaml-nested")}"
sensor:
  - platform: dht
    pin: GPIO4
# factory image md5: {f.q("generic", "checksum", hx(32))}
""")

    f = File(Doc, "iot-gateway/platformio.ini", "ini")
    add(f, f"""[env]
platform = espressif32
framework = arduino
monitor_speed = 115200

[env:gateway]
board = esp32-s3-devkitc-1
build_flags =
    -DWIFI_SSID=\\"{f.q("generic", "public-ssid", "warehouse")}\\"
    -DWIFI_PASS=\\"{f.p("generic", "password", shape="cli-define-escaped")}\\"
    -DMQTT_PASSWORD='"{f.p("generic", "password", shape="cli-define-quoted")}"'
    -DBLYNK_AUTH_TOKEN=\\"{f.p("generic", "device-secret", value=b64u(32), shape="cli-define-escaped")}\\"
upload_protocol = espota
upload_flags =
    --auth={f.p("generic", "password", value=an(14), shape="cli-long-flag")}
    --port=3232
lib_deps =
    knolleary/PubSubClient@^2.8
; checksum {f.q("generic", "checksum", hx(40))}
""")

    f = File(Doc, "iot-gateway/micropython/config.py", "py-constant")
    add(f, f"""# MicroPython board config, copied to the device with mpremote
WIFI_SSID = "{f.q("generic", "public-ssid", "lab")}"
WIFI_PASSWORD = "{f.p("generic", "password")}"
MQTT_BROKER = "io.adafruit.com"
MQTT_USER = "{f.q("adafruit", "public-username", "lab_" + lo(5))}"
MQTT_KEY = "{f.p("adafruit", "io-key")}"
UBIDOTS = {{"token": "{f.p("ubidots", "token-legacy", shape="py-dict-literal")}", "device": "{f.q("ubidots", "public-device-label", "lab-" + lo(4))}"}}
WEBREPL_PASS = "{f.p("generic", "password", value=an(8))}"
CLIENT_ID = b"{f.q("generic", "hex-id", hx(12))}"
""")

    f = File(Doc, "iot-gateway/zephyr/prj.conf", "kconfig")
    add(f, f"""CONFIG_NETWORKING=y
CONFIG_WIFI=y
CONFIG_WIFI_CREDENTIALS_STATIC=y
CONFIG_WIFI_CREDENTIALS_STATIC_SSID="{f.q("generic", "public-ssid", "factory-floor")}"
CONFIG_WIFI_CREDENTIALS_STATIC_PASSWORD="{f.p("generic", "password", shape="kconfig")}"
CONFIG_MQTT_LIB=y
CONFIG_MQTT_SAMPLE_BROKER_PASSWORD="{f.p("generic", "password", shape="kconfig")}"
CONFIG_MQTT_HELPER_SEC_TAG=201
CONFIG_NET_SAMPLE_PSK="{f.p("generic", "hex-secret", value=hx(32), shape="kconfig")}"
CONFIG_GOLIOTH_SAMPLE_PSK_ID="{f.q("generic", "public-psk-id", "dev-%s@acme" % lo(6))}"
CONFIG_MCUBOOT_SIGNATURE_KEY_FILE="{f.q("generic", "path", "root-ec-p256.pem")}"
""")

    f = File(Doc, "iot-gateway/tasmota/backlog.txt", "tasmota-console")
    add(f, f"""Backlog SSID1 {f.q("generic", "public-ssid", "sensors")}; Password1 {f.p("generic", "password", shape="tasmota-backlog")}; MqttHost 192.168.1.5
Backlog MqttUser tasmota; MqttPassword {f.p("generic", "password", shape="tasmota-backlog")}; Topic plug_%s
WebPassword {f.p("generic", "password", value=an(10), shape="tasmota-command")}
Rule1 ON Power1#State DO WebSend [api.example.com] /hook?key={f.p("generic", "hex-secret", value=hx(32), shape="url-query")} ENDON
Template {{"NAME":"Plug","GPIO":[0,0,0,0,320,0,0,0,224,0,0,0,0,0],"FLAG":0,"BASE":18}}
""")

    f = File(Doc, "iot-gateway/mosquitto/passwd", "mosquitto-passwd")
    add(f, f"""tasmota:{f.q("generic", "password-hash", "$7$101$" + b64(12) + "$" + b64(64))}
esphome:{f.q("generic", "password-hash", "$7$101$" + b64(12) + "$" + b64(64))}
""")
    f = File(Doc, "iot-gateway/mosquitto/bridge.conf", "mosquitto-conf")
    add(f, f"""connection cloud-bridge
address {lo(14)}.s1.eu.hivemq.cloud:8883
remote_username bridge-{lo(4)}
remote_password {f.p("generic", "password", shape="conf-space-separated")}
topic sensors/# out 1
bridge_cafile /etc/ssl/certs/ca-certificates.crt
""")

    f = File(Doc, "node-red/flows_cred.json", "json-node-red-credentials")
    add(f, f"""{{
    "{hx(16)}": {{
        "user": "{f.q("generic", "public-username", "nodered")}",
        "password": "{f.p("generic", "password", shape="json-node-red-credentials")}"
    }},
    "{hx(16)}": {{
        "token": "{f.p("telegram", "bot-token", shape="json-node-red-credentials")}"
    }},
    "{hx(16)}": {{
        "access_token": "{f.p("generic", "jwt-secret", value=jwt({"iss": "homeassistant", "iat": 1717000000, "exp": 2032360000}), shape="json-node-red-ha-token")}"
    }},
    "{hx(16)}": {{
        "apikey": "{f.p("openai", "project-key", shape="json-node-red-credentials")}"
    }}
}}
""")
    f = File(Doc, "node-red/backup/flows_cred.json", "json-node-red-encrypted")
    add(f, f"""{{"$":"{f.q("generic", "encrypted-blob", hx(32) + b64(180))}"}}
""")

    f = File(Doc, "node-red/settings.js", "js-object")
    add(f, f"""module.exports = {{
    flowFile: 'flows.json',
    credentialSecret: "{f.p("generic", "password", value=an(24), shape="js-object")}",
    uiPort: process.env.PORT || 1880,
    adminAuth: {{
        type: "credentials",
        users: [{{
            username: "admin",
            password: "{f.q("generic", "bcrypt-hash", "$2b$08$" + s(AN + "./", 53))}",
            permissions: "*"
        }}]
    }},
    httpNodeAuth: {{user: "user", pass: "{f.q("generic", "bcrypt-hash", "$2a$08$" + s(AN + "./", 53))}"}},
    functionGlobalContext: {{
        pushoverToken: "{f.p("pushover", "app-token")}",
        pushoverUser: "{f.q("pushover", "public-user-key", "u" + lo(29))}",
    }},
    editorTheme: {{ projects: {{ enabled: false }} }},
}};
""")

    # ---------------------------------------------------------------- self-hosted homelab
    for app, port in (("sonarr", 8989), ("radarr", 7878), ("prowlarr", 9696)):
        f = File(Doc, "homelab/%s/config.xml" % app, "xml-element")
        add(f, f"""<Config>
  <BindAddress>*</BindAddress>
  <Port>{port}</Port>
  <SslPort>9898</SslPort>
  <EnableSsl>False</EnableSsl>
  <LaunchBrowser>True</LaunchBrowser>
  <ApiKey>{f.p("sonarr", "api-key", shape="xml-element")}</ApiKey>
  <AuthenticationMethod>Forms</AuthenticationMethod>
  <AuthenticationRequired>Enabled</AuthenticationRequired>
  <Branch>main</Branch>
  <LogLevel>info</LogLevel>
  <SslCertPassword></SslCertPassword>
  <UrlBase>/{app}</UrlBase>
  <InstanceName>{app.title()}</InstanceName>
  <PostgresUser>{app}</PostgresUser>
  <PostgresPassword>{f.p("generic", "password", shape="xml-element")}</PostgresPassword>
  <PostgresHost>postgres</PostgresHost>
  <UpdateMechanism>Docker</UpdateMechanism>
  <!-- install id {f.q("generic", "uuid", uu())} -->
</Config>
""")

    f = File(Doc, "homelab/nextcloud/config/config.php", "php-array")
    add(f, f"""<?php
$CONFIG = array (
  'instanceid' => '{f.q("generic", "public-instance-id", "oc" + lo(10))}',
  'passwordsalt' => '{f.p("generic", "password", value=s(AN + "+/", 30), shape="php-array")}',
  'secret' => '{f.p("generic", "base64-secret", value=s(AN + "+/", 48), shape="php-array")}',
  'trusted_domains' => array (0 => 'cloud.home.example'),
  'datadirectory' => '/var/www/html/data',
  'dbtype' => 'pgsql',
  'version' => '29.0.4.1',
  'dbname' => 'nextcloud',
  'dbhost' => 'db',
  'dbuser' => 'oc_admin',
  'dbpassword' => '{f.p("generic", "password", shape="php-array")}',
  'mail_smtpmode' => 'smtp',
  'mail_smtphost' => 'smtp.mailgun.org',
  'mail_smtpname' => 'postmaster@mg.home.example',
  'mail_smtppassword' => '{f.p("mailgun", "smtp-password", shape="php-array")}',
  'redis' => array ('host' => 'redis', 'password' => '{f.p("generic", "password", shape="php-nested-array")}'),
  'installed' => true,
  'maintenance' => false,
  'theming.cachebuster' => '{f.q("generic", "hash", hx(8))}',
);
""")

    f = File(Doc, "homelab/traefik/dynamic/middlewares.yml", "yaml-nested")
    add(f, f"""http:
  middlewares:
    auth:
      basicAuth:
        users:
          - "{f.q("generic", "htpasswd-hash", "admin:$apr1$" + s(AN + "./", 8) + "$" + s(AN + "./", 22))}"
    api-key-upstream:
      headers:
        customRequestHeaders:
          X-Api-Key: "{f.p("jellyfin", "api-key", shape="yaml-custom-header")}"
    authelia:
      forwardAuth:
        address: http://authelia:9091/api/authz/forward-auth
  routers:
    jellyfin:
      rule: Host(`media.home.example`)
      service: jellyfin
""")
    f = File(Doc, "homelab/traefik/docker-compose.yml", "compose-environment")
    add(f, f"""services:
  traefik:
    image: traefik:v3.2
    environment:
      CF_DNS_API_TOKEN: {f.p("cloudflare", "api-token", shape="compose-environment-map")}
      CF_API_EMAIL: {f.q("generic", "public-email", "me@home.example")}
      TRAEFIK_PILOT_TOKEN: {f.q("generic", "env-ref", "${{PILOT_TOKEN}}")}
    labels:
      - "traefik.http.middlewares.dash.basicauth.users={f.q("generic", "htpasswd-hash", "admin:$$2y$$05$$" + s(AN + "./", 53))}"
  tailscale:
    image: tailscale/tailscale
    environment:
      - TS_AUTHKEY={f.p("tailscale", "auth-key", shape="compose-environment-list")}
      - TS_HOSTNAME=homelab
""")

    f = File(Doc, "homelab/authelia/configuration.yml", "yaml-nested")
    add(f, f"""theme: dark
identity_validation:
  reset_password:
    jwt_secret: '{f.p("generic", "hex-secret", value=an(64))}'
session:
  secret: '{f.p("generic", "jwt-secret")}'
  cookies:
    - domain: home.example
      authelia_url: https://auth.home.example
storage:
  encryption_key: {f.p("generic", "hex-secret", value=an(64))}
  postgres:
    address: tcp://postgres:5432
    database: authelia
    username: authelia
    password: {f.p("generic", "password")}
notifier:
  smtp:
    address: submission://smtp.fastmail.com:587
    username: me@home.example
    password: '{f.p("generic", "password", value=lo(16))}'
identity_providers:
  oidc:
    hmac_secret: {f.p("generic", "jwt-secret", value=an(64))}
    clients:
      - client_id: {f.q("generic", "public-client-id", "grafana")}
        client_secret: '{f.q("generic", "pbkdf2-hash", "$pbkdf2-sha512$310000$" + b64u(22) + "$" + b64u(86))}'
        redirect_uris: ['https://grafana.home.example/login/generic_oauth']
""")
    f = File(Doc, "homelab/authelia/users_database.yml", "yaml-nested")
    add(f, f"""users:
  me:
    displayname: "Me"
    password: "{f.q("generic", "argon2-hash", "$argon2id$v=19$m=65536,t=3,p=4$" + b64(16).rstrip("=") + "$" + b64(32).rstrip("="))}"
    email: me@home.example
    groups: [admins]
""")

    f = File(Doc, "homelab/gitea/app.ini", "ini")
    add(f, f"""APP_NAME = Gitea
RUN_MODE = prod

[database]
DB_TYPE = postgres
HOST = db:5432
NAME = gitea
USER = gitea
PASSWD = {f.p("generic", "password", shape="ini")}

[server]
DOMAIN = git.home.example
ROOT_URL = https://git.home.example/
LFS_JWT_SECRET = {f.p("generic", "jwt-secret", value=b64u(43), shape="ini")}

[security]
INSTALL_LOCK = true
SECRET_KEY = {f.p("generic", "jwt-secret", value=an(64), shape="ini")}
INTERNAL_TOKEN = {f.p("gitea", "internal-token", value=jwt({"nbf": 1717000000}), shape="ini")}

[oauth2]
JWT_SECRET = {f.p("generic", "jwt-secret", value=b64u(43), shape="ini")}

[mailer]
ENABLED = true
SMTP_ADDR = smtp.example.net
USER = gitea@home.example
PASSWD = `{f.p("generic", "password", shape="ini-backtick")}`

[actions]
ENABLED = true
; runner registration: {f.q("gitea", "placeholder", "<registration-token>")}
""")

    f = File(Doc, "homelab/rclone/rclone.conf", "ini")
    drive_tok = "ya29." + b64u(150)
    add(f, f"""[b2]
type = b2
account = {f.q("backblaze", "public-key-id", "005" + hx(22))}
key = {f.p("backblaze", "application-key", shape="ini")}
hard_delete = true

[wasabi]
type = s3
provider = Wasabi
access_key_id = {f.p("aws", "access-key-id", value="AKIA" + s(UP + "234567", 16), shape="ini")}
secret_access_key = {f.p("aws", "secret-access-key", shape="ini")}
endpoint = s3.eu-central-1.wasabisys.com

[gdrive]
type = drive
scope = drive
token = {{"access_token":"{f.p("google", "oauth-access-token", value=drive_tok, shape="ini-json-value")}","token_type":"Bearer","refresh_token":"{f.p("google", "oauth-refresh-token", value="1//0" + b64u(99), shape="ini-json-value")}","expiry":"2026-11-30T10:02:11.12+01:00"}}
client_id = {f.q("google", "public-client-id", "%s-%s.apps.googleusercontent.com" % (s(DG, 12), lo(32)))}
team_drive =

[secret]
type = crypt
remote = b2:vault
password = {f.p("rclone", "obscured-pass", shape="ini")}
password2 = {f.p("rclone", "obscured-pass", shape="ini")}
""")

    f = File(Doc, "homelab/backup/restic.env", "dotenv-export")
    add(f, f"""export RESTIC_REPOSITORY=b2:homelab-backups:/restic
export RESTIC_PASSWORD='{f.p("generic", "password", shape="dotenv-export")}'
export B2_ACCOUNT_ID={f.q("backblaze", "public-key-id", "005" + hx(22))}
export B2_ACCOUNT_KEY={f.p("backblaze", "application-key", shape="dotenv-export")}
export BORG_PASSPHRASE="{f.p("generic", "password", shape="dotenv-export")}"
export BORG_REPO=ssh://u{s(DG, 6)}@u{s(DG, 6)}.your-storagebox.de:23/./borg
export HEALTHCHECK_URL=https://hc-ping.com/{f.q("generic", "uuid", uu())}
""")

    f = File(Doc, "homelab/vaultwarden/.env", "dotenv")
    add(f, f"""DOMAIN=https://vault.home.example
SIGNUPS_ALLOWED=false
# hashed admin token (vaultwarden hash)
ADMIN_TOKEN='{f.q("generic", "argon2-hash", "$argon2id$v=19$m=65540,t=3,p=4$" + b64(32).rstrip("=") + "$" + b64(32).rstrip("="))}'
# ADMIN_TOKEN={f.p("generic", "jwt-secret", value=b64(48), shape="dotenv-commented")}
SMTP_HOST=smtp.sendgrid.net
SMTP_USERNAME=apikey
SMTP_PASSWORD={f.p("sendgrid", "api-key")}
PUSH_ENABLED=true
PUSH_INSTALLATION_ID={f.q("bitwarden", "public-installation-id", uu())}
PUSH_INSTALLATION_KEY={f.p("bitwarden", "installation-key", value=an(20), shape="dotenv")}
DATABASE_URL={f.p("postgres", "url")}
""")

    f = File(Doc, "homelab/paperless/docker-compose.env", "dotenv")
    add(f, f"""PAPERLESS_URL=https://docs.home.example
PAPERLESS_SECRET_KEY={f.p("generic", "jwt-secret", value=an(50))}
PAPERLESS_DBPASS={f.p("generic", "password")}
PAPERLESS_ADMIN_USER=admin
PAPERLESS_ADMIN_PASSWORD={f.p("generic", "password")}
PAPERLESS_EMAIL_HOST_PASSWORD={f.p("generic", "password", value=lo(16))}
PAPERLESS_OCR_LANGUAGE=deu+eng
USERMAP_UID=1000
PAPERLESS_CONSUMER_POLLING_CHECKSUM={f.q("generic", "checksum", hx(32))}
""")

    f = File(Doc, "homelab/uptime-kuma/backup.json", "json-nested")
    add(f, f"""{{
  "version": "1.23.15",
  "notificationList": [
    {{"id": 1, "name": "Telegram", "config": "{{\\"type\\":\\"telegram\\",\\"telegramBotToken\\":\\"{f.p("telegram", "bot-token", shape="json-escaped-in-string")}\\",\\"telegramChatID\\":\\"{f.q("telegram", "public-chat-id", s(DG, 9))}\\"}}"}},
    {{"id": 2, "name": "Discord", "config": "{{\\"type\\":\\"discord\\",\\"discordWebhookUrl\\":\\"{f.p("discord", "webhook", shape="json-escaped-in-string")}\\"}}"}},
    {{"id": 3, "name": "Pushover", "config": "{{\\"type\\":\\"pushover\\",\\"pushoveruserkey\\":\\"{f.q("pushover", "public-user-key", "u" + lo(29))}\\",\\"pushoverapptoken\\":\\"{f.p("pushover", "app-token", shape="json-escaped-in-string")}\\"}}"}}
  ],
  "monitorList": [
    {{"id": 7, "name": "nas", "url": "https://nas.home.example", "pushToken": "{f.q("generic", "public-push-token", an(10))}"}}
  ]
}}
""")

    f = File(Doc, "homelab/homepage/services.yaml", "yaml-nested")
    add(f, f"""- Media:
    - Jellyfin:
        href: https://media.home.example
        widget:
          type: jellyfin
          url: http://jellyfin:8096
          key: {f.p("jellyfin", "api-key", shape="yaml-widget-key")}
    - Sonarr:
        widget:
          type: sonarr
          url: http://sonarr:8989
          key: {f.p("sonarr", "api-key", shape="yaml-widget-key")}
    - Sonarr (template):
        widget:
          type: sonarr
          key: {f.q("sonarr", "env-ref", "{{{{HOMEPAGE_VAR_SONARR_KEY}}}}")}
- Infra:
    - Proxmox:
        widget:
          type: proxmox
          url: https://pve.home.example:8006
          username: {f.q("proxmox", "public-token-id", "homepage@pve!dash")}
          password: {f.p("generic", "uuid-secret", value=uu(), shape="yaml-widget-password")}
    - Portainer:
        widget:
          type: portainer
          env: 2
          key: {f.p("portainer", "api-key", shape="yaml-widget-key")}
    - Paperless:
        widget:
          type: paperlessngx
          token: {f.p("generic", "hex-secret", value=hx(40), shape="yaml-widget-key")}
""")

    f = File(Doc, "homelab/scripts/jellyfin-refresh.sh", "sh-curl")
    add(f, f"""#!/bin/sh
# refresh libraries after a download
curl -fsS -X POST -H "X-Emby-Token: {f.p("jellyfin", "api-key", shape="curl-header")}" http://jellyfin:8096/Library/Refresh
curl -fsS "http://radarr:7878/api/v3/command?apikey={f.p("sonarr", "api-key", shape="url-query")}" -d '{{"name":"RefreshMonitoredDownloads"}}'
curl -fsS -H "Authorization: {f.p("proxmox", "api-token", shape="curl-header")}" https://pve:8006/api2/json/nodes
echo "done {f.q("generic", "uuid", uu())}"
""")

    # ---------------------------------------------------------------- env files over many providers
    def env_block(f, providers, line, ref_line=None):
        rows = []
        for prov in providers:
            env_base, positives, decoys = PROVIDERS[prov]
            fmt, env, g = positives[0]
            rows.append(line(env, f.p(prov, fmt, value=g())))
            for kind, denv, dg in decoys:
                rows.append(line(denv + ("_EXAMPLE" if denv == env else ""), f.q(prov, kind, dg())))
            if ref_line:
                rows.append(ref_line(env_base))
        return "\n".join(rows)

    f = File(Doc, "llm-platform/.env.production", "dotenv")
    add(f, "# LLM platform, production\n" + env_block(f, ["jina", "cerebras", "llamacloud", "nvidia", "deepgram", "assemblyai", "elevenlabs", "firecrawl", "unkey", "triggerdev", "helicone", "promptlayer", "vectara", "neptune"],
                                                          lambda e, v: "%s=%s" % (e, v)) + "\n")

    f = File(Doc, "edge-platform/vercel.json", "json-env-object")
    body = env_block(f, ["vercel", "netlify", "flyio", "railway", "neon", "xata", "doppler", "infisical", "sentry", "axiom", "honeycomb", "grafana", "digitalocean", "github"],
                     lambda e, v: '    "%s": "%s",' % (e, v))
    add(f, '{\n  "$schema": "https://openapi.vercel.sh/vercel.json",\n  "env": {\n' + body + '\n    "NODE_ENV": "production"\n  },\n  "functions": {"api/*.ts": {"maxDuration": 30}}\n}\n')

    f = File(Doc, "homelab/home-assistant/secrets.yaml", "yaml-flat")
    add(f, "# Home Assistant secrets.yaml\n" + env_block(f, ["wakatime", "spotify", "twilio", "mailgun", "ubidots", "rclone", "ngrok", "maxmind", "toggl", "shodan", "virustotal", "reddit"],
                                                         lambda e, v: "%s: %s" % (e.lower(), v)) + "\n")

    f = File(Doc, "agents/modal-app/app.py", "py-constant")
    add(f, f"""import modal

app = modal.App("agent-sandbox")
MODAL_TOKEN_ID = "{f.q("modal", "public-token-id", "ak-" + an(22))}"
MODAL_TOKEN_SECRET = "{f.p("modal", "token-secret")}"
RUNPOD_API_KEY = "{f.p("runpod", "api-key")}"
CARTESIA_API_KEY = "{f.p("cartesia", "api-key")}"
CARTESIA_VOICE_ID = "{f.q("cartesia", "public-voice-id", uu())}"
E2B_TEMPLATE_ID = "{f.q("e2b", "public-template-id", lo(20))}"
image = modal.Image.debian_slim().pip_install("anthropic==0.40.0")
secret = modal.Secret.from_dict({{"ANTHROPIC_API_KEY": "{f.p("anthropic", "admin-key", shape="py-dict-literal")}"}})
VOLUME_SHA = "{f.q("generic", "checksum", hx(64))}"
""")

    # ---------------------------------------------------------------- files full of decoys
    f = File(Doc, "edge-api/package-lock.json", "json-lockfile")
    rows = []
    for name in ("hono", "zod", "jose", "@cloudflare/workers-types", "wrangler", "miniflare", "esbuild", "undici"):
        rows.append('    "node_modules/%s": {\n      "version": "%d.%d.%d",\n      "resolved": "https://registry.npmjs.org/%s/-/%s-1.0.0.tgz",\n      "integrity": "%s"\n    }' % (
            name, R.randint(1, 9), R.randint(0, 20), R.randint(0, 30), name, name.split("/")[-1], f.q("generic", "integrity-hash", "sha512-" + b64(64))))
    add(f, '{\n  "name": "edge-api",\n  "lockfileVersion": 3,\n  "packages": {\n' + ",\n".join(rows) + "\n  }\n}\n")

    f = File(Doc, "contracts/deployments/mainnet.json", "json-deployments")
    rows = []
    for name in ("Token", "Vault", "Router", "Treasury", "Staking"):
        rows.append('  "%s": {"address": "%s", "transactionHash": "%s", "blockNumber": %d, "bytecodeHash": "%s"}' % (
            name, f.q("ethereum", "public-address", "0x" + hx(40)), f.q("ethereum", "tx-hash", "0x" + hx(64)), R.randint(18000000, 21000000), f.q("generic", "hash", hx(64))))
    add(f, "{\n" + ",\n".join(rows) + "\n}\n")

    f = File(Doc, "esphome/.sops.yaml", "yaml-nested")
    add(f, f"""creation_rules:
  - path_regex: secrets\\.yaml$
    age: >-
      {f.q("age", "public-key", "age1" + s("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58))},
      {f.q("age", "public-key", "age1" + s("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58))}
    pgp: {f.q("generic", "pgp-fingerprint", HX(40))}
""")

    f = File(Doc, "homelab/docker-compose.yml", "compose-environment")
    imgs = []
    for name in ("jellyfin/jellyfin", "linuxserver/sonarr", "linuxserver/radarr", "vaultwarden/server", "ghcr.io/paperless-ngx/paperless-ngx", "authelia/authelia"):
        imgs.append("  %s:\n    image: %s@%s\n    env_file: .env\n    environment:\n      - TZ=Europe/Berlin\n      - API_KEY=%s\n      - DB_PASSWORD=%s" % (
            name.split("/")[-1], name, f.q("generic", "image-digest", "sha256:" + hx(64)), f.q("generic", "env-ref", "${%s_API_KEY}" % name.split("/")[-1].upper().replace("-", "_")),
            f.q("generic", "env-ref", "${DB_PASSWORD:?set it in .env}")))
    add(f, "services:\n" + "\n".join(imgs) + "\n")

    f = File(Doc, "iot-sensor/firmware/manifest.json", "json-manifest")
    parts = []
    for chip in ("ESP32", "ESP32-S3", "ESP32-C3", "ESP8266"):
        parts.append('    {"chipFamily": "%s", "parts": [{"path": "fw-%s.bin", "offset": 0, "sha256": "%s", "md5": "%s"}]}' % (
            chip, chip.lower(), f.q("generic", "checksum", hx(64)), f.q("generic", "checksum", hx(32))))
    add(f, '{\n  "name": "greenhouse",\n  "version": "2.4.1",\n  "builds": [\n' + ",\n".join(parts) + "\n  ]\n}\n")

    f = File(Doc, "open-webui/static/chat.min.js", "minified-js")
    ids = [f.q("generic", "minified-identifier", s(LO + UP, 3) + s(AN, 29)) for _ in range(4)]
    add(f, '!function(e,t){"use strict";var %s=function(n){return n.apiKey||e.%s},r={key:"%s",model:"llama3.1:8b"};t.%s=r;var o="%s";t.uuid="%s"}(window,{});\n' % (
        ids[0], ids[1], f.q("generic", "env-ref", "process.env.OPENAI_API_KEY"), ids[2], ids[3], f.q("generic", "uuid", uu())))

    f = File(Doc, "rag-assistant/docs/SETUP.md", "markdown")
    add(f, f"""# Setup

1. Create keys and put them in `.env`:

```bash
export OPENAI_API_KEY="{f.q("openai", "placeholder", "sk-...")}"
export PINECONE_API_KEY="{f.q("pinecone", "placeholder", "pcsk_XXXXX_XXXXXXXXXXXX")}"
export ANTHROPIC_API_KEY="{f.q("anthropic", "placeholder", "sk-ant-api03-...")}"
```

2. The staging stack used this key until it was rotated (revoked, kept for the audit):
`{f.p("anthropic", "api-key", shape="markdown-inline-code")}`

3. Qdrant on the NAS:

```yaml
QDRANT__SERVICE__API_KEY: {f.p("qdrant", "api-key", shape="markdown-fenced-yaml")}
```

Commit of the last good index: `{f.q("generic", "hash", hx(40))}`.
""")

    f = File(Doc, "saas/supabase/migrations/20241104_vault.sql", "sql")
    add(f, f"""-- store provider keys in supabase vault
select vault.create_secret('{f.p("resend", "api-key", shape="sql-function-argument")}', 'resend_api_key', 'Resend key for auth emails');
select vault.create_secret('{f.p("openai", "project-key", shape="sql-function-argument")}', 'openai_key');
insert into public.settings (key, value) values ('stripe_price', '{f.q("stripe", "public-price-id", "price_1" + an(23))}');
insert into public.settings (key, value) values ('cron_secret', '{f.p("generic", "hex-secret", shape="sql-insert")}');
-- request id {f.q("generic", "uuid", uu())}
""")
    return out
