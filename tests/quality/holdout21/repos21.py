"""repos/: project files of 60+ kinds (none named in holdout12-20's READMEs), each written
for two or three projects with fresh values. K(...) keys are from memory (SOURCES.md)."""
import urllib.parse
from vals21 import R, alnum, low, up, hexs, digits, uuid, b64, b64bytes, pick, pw, ALNUM, B64U

PROJECTS = ["larkspur", "tinderbox", "marlin"]


def aws_id():
    return "AKIA" + pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)


def aws_secret():
    return pick(ALNUM + "+/", 40)


KEYS = {
    "openai": ("project_key", lambda: "sk-proj-" + pick(B64U, 74) + "T3BlbkFJ" + pick(B64U, 74)),
    "anthropic": ("api_key", lambda: "sk-ant-api03-" + pick(B64U, 93) + "AA"),
    "stripe": ("secret_key", lambda: "sk_live_51" + alnum(97)),
    "github": ("pat_classic", lambda: "ghp_" + alnum(36)),
    "githubfg": ("pat_fine_grained", lambda: "github_pat_11" + up(22) + "_" + alnum(59)),
    "gitlab": ("pat", lambda: "glpat-" + pick(B64U, 20)),
    "sendgrid": ("api_key", lambda: "SG." + pick(B64U, 22) + "." + pick(B64U, 43)),
    "google": ("api_key", lambda: "AIza" + pick(B64U, 35)),
    "mailgun": ("api_key", lambda: "key-" + hexs(32)),
    "datadog": ("api_key", lambda: hexs(32)),
    "telegram": ("bot_token", lambda: "%s:AA%s" % (digits(10), pick(B64U, 33))),
    "huggingface": ("token", lambda: "hf_" + alnum(34)),
    "groq": ("api_key", lambda: "gsk_" + alnum(52)),
    "doppler": ("service_token", lambda: "dp.st.prd." + alnum(43)),
    "tailscale": ("auth_key", lambda: "tskey-auth-k" + alnum(10) + "CNTRL-" + alnum(33)),
    "shopify": ("admin_token", lambda: "shpat_" + hexs(32)),
    "linear": ("api_key", lambda: "lin_api_" + alnum(40)),
    "notion": ("integration_token", lambda: "ntn_" + digits(11) + alnum(35)),
    "resend": ("api_key", lambda: "re_" + alnum(8) + "_" + alnum(24)),
    "sentry": ("auth_token", lambda: "sntrys_" + b64('{"iat":1733011200.1,"url":"https://sentry.io","region_url":"https://us.sentry.io","org":"acme"}').rstrip("=") + "_" + pick(ALNUM + "+/", 43)),
}
KNAMES = sorted(KEYS)
_k = [0]


def key(d, prov=None, shape=None):
    """The next provider key (rotating) as a positive; returns (provider, marker, raw value)."""
    if prov is None:
        prov = KNAMES[_k[0] % len(KNAMES)]
        _k[0] += 1
    fmt, fn = KEYS[prov]
    v = fn()
    name = "github" if prov == "githubfg" else prov
    return name, d.pos(name, fmt, v, shape=shape), v


def P(d, v=None, fmt="password", url_safe=False):
    return d.pos("generic", fmt, v if v is not None else pw(url_safe=url_safe, spaced_ok=not url_safe))


def U(d, scheme, user, host, fmt="url_password", path=""):
    return d.secret("generic", fmt, "%s://%s:%s@%s%s" % (scheme, user, pw(url_safe=True), host, path))


def D(d, kind, v):
    return d.dec("generic", kind, v)


# ---- kinds: (path, shape, fn(d, proj) -> text) --------------------------------------------
def preseed(d, j):
    p = pw(spaced_ok=False)
    return "d-i passwd/root-login boolean true\nd-i passwd/root-password password %s\nd-i passwd/root-password-again password %s\nd-i passwd/user-fullname string %s operator\nd-i passwd/username string operator\nd-i passwd/user-password-crypted password %s\n" % (
        P(d, p), P(d, p), j, D(d, "md5crypt", "$1$" + pick(ALNUM, 8) + "$" + pick(ALNUM + "./", 22)))


def nginx(d, j):
    u = "jenkins:" + pw(url_safe=True)
    e = b64(u)
    return "location /legacy-api/ {\n    proxy_pass http://10.0.3.7:8080/;\n    proxy_set_header Authorization \"Basic %s\";\n    proxy_set_header X-Request-Id $request_id;\n}\n" % d.pos(
        "generic", "basic_auth", u.split(":", 1)[1], shown=e, encoded="base64", encoded_value=e, accept=[e, u])


def fastapi(d, j):
    return "from pydantic_settings import BaseSettings\n\n\nclass Settings(BaseSettings):\n    app_name: str = \"%s\"\n    redis_password: str = \"%s\"\n    anthropic_api_key: str = (\n        \"%s\"\n    )\n    model: str = \"claude-sonnet-4-5\"\n" % (
        j, P(d), key(d, "anthropic")[1])


def fastlane(d, j):
    return "# Matchfile / env for fastlane\ngit_url(\"git@git.acme.example:mobile/certs.git\")\nENV[\"MATCH_PASSWORD\"] ||= \"%s\"\nENV[\"FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD\"] ||= \"%s\"\nteam_id(\"%s\")\n" % (
        P(d), d.pos("apple", "app_specific_password", "-".join(pick("abcdefghijklmnopqrstuvwxyz", 4) for _ in range(4))), D(d, "team_id", up(10)))


def notebook(d, j):
    a, s = aws_id(), aws_secret()
    return '{\n "cells": [\n  {\n   "cell_type": "code",\n   "metadata": {},\n   "source": [\n    "import boto3\\n",\n    "s3 = boto3.client(\\n",\n    "    \\"s3\\",\\n",\n    "    aws_access_key_id=\\"%s\\",\\n",\n    "    aws_secret_access_key=\\"%s\\",\\n",\n    ")\\n"\n   ]\n  }\n ],\n "metadata": {"kernelspec": {"name": "python3"}},\n "nbformat": 4,\n "nbformat_minor": 5\n}\n' % (
        d.pos("aws", "access_key_id", a), d.pos("aws", "secret_access_key", s))


def chat_export(d, j):
    return '[\n  {"user": "mira", "ts": "1732870000.1200", "text": "who has the staging admin login?"},\n  {"user": "dev-ops", "ts": "1732870042.1300", "text": "admin / %s - please rotate after the demo"},\n  {"user": "mira", "ts": "1732870099.1400", "text": "thx! ticket id is %s"}\n]\n' % (
        P(d), D(d, "ticket_uuid", uuid()))


def ticket_csv(d, j):
    return 'Id,Subject,Requester,Comment\n%s,"VPN broken","k.ito","tried again with my password %s, still 403"\n%d,"Printer","p.lopez","no secrets here, asset tag %s"\n' % (
        R.randint(1000, 9999), P(d, url_safe=True), R.randint(1000, 9999), D(d, "asset_tag", "AT-" + digits(8)))


def fish_history(d, j):
    return "- cmd: set -Ux GITHUB_TOKEN %s\n  when: 1732800000\n- cmd: psql \"%s\"\n  when: 1732800100\n- cmd: git status\n  when: 1732800200\n" % (
        key(d, "github")[1], U(d, "postgresql", "report", "pg.%s.internal/warehouse" % j))


def docker_config(d, j):
    u = "%s-ci:%s" % (j, pw(url_safe=True))
    e = b64(u)
    return '{\n  "auths": {\n    "registry.%s.example": {\n      "auth": "%s"\n    }\n  },\n  "credsStore": "desktop"\n}\n' % (
        j, d.pos("generic", "docker_auth", u.split(":", 1)[1], shown=e, encoded="base64", encoded_value=e, accept=[e, u]))


def escaped_log(d, j):
    _, m, v = key(d)
    return '{"ts":"2026-11-29T08:14:02Z","level":"debug","msg":"outbound","body":"{\\"model\\":\\"x\\",\\"api_key\\":\\"%s\\"}","trace":"%s"}\n' % (
        m, D(d, "trace_id", hexs(32)))


def urlencoded_log(d, j):
    p = pw()
    e = urllib.parse.quote_plus(p)
    return '10.0.0.5 - - [29/Nov/2026:10:01:22 +0000] "POST /login HTTP/1.1" 302 0\nDEBUG form body: username=admin&password=%s&csrf=%s\n' % (
        d.pos("generic", "password_urlencoded", p, shown=e, encoded="url", encoded_value=e, accept=[e]), D(d, "csrf_token_hash", hexs(40)))


def shell_default(d, j):
    return '#!/usr/bin/env bash\nset -euo pipefail\n: "${OPENAI_API_KEY:=%s}"\nSTRIPE_KEY="${STRIPE_KEY:-%s}"\nRELEASE="${RELEASE:-%s}"\nexec python -m %s.worker\n' % (
        key(d, "openai")[1], key(d, "stripe")[1], D(d, "git_sha", hexs(40)), j)


def multiline_yaml(d, j):
    return "integrations:\n  - provider: notion\n    scopes: [read]\n    credentials:\n      token: >-\n        %s\n  - provider: resend\n    credentials:\n      -\n        %s\n" % (
        key(d, "notion")[1], key(d, "resend")[1])


def py_dict_multiline(d, j):
    return "PROVIDERS = {\n    \"tailscale\": {\n        \"tailnet\": \"%s.ts.net\",\n        \"authkey\":\n            \"%s\",\n    },\n    \"doppler\": dict(\n        project=\"%s\",\n        token=\"%s\",\n    ),\n}\n" % (
        j, key(d, "tailscale")[1], j, key(d, "doppler")[1])


def twilio_pair(d, j):
    return "const twilio = require('twilio')(\n  '%s',\n  '%s'\n);\nconst FROM = '+1415555%s';\n" % (
        d.dec("twilio", "account_sid", "AC" + hexs(32)), d.pos("twilio", "auth_token", hexs(32)), digits(4))


def k8s_secret_env(d, j):
    return "apiVersion: v1\nkind: Secret\nmetadata:\n  name: %s-env\ndata:\n  SHOPIFY_ADMIN_TOKEN: %s\n  SENTRY_AUTH_TOKEN: %s\n  LOG_LEVEL: %s\n" % (
        j, d.b64("shopify", "admin_token", KEYS["shopify"][1]()), d.b64("sentry", "auth_token", KEYS["sentry"][1]()), D(d, "base64_plain", b64("info")))


def env_example(d, j):
    return "# copy to .env and fill in\nDATABASE_PASSWORD=%s\nSTRIPE_SECRET_KEY=%s\nSTRIPE_PUBLISHABLE_KEY=%s\nOPENAI_API_KEY=%s\nAWS_ACCESS_KEY_ID=%s\nAWS_SECRET_ACCESS_KEY=%s\nGITHUB_TOKEN=%s\nSENDGRID_API_KEY=%s\n" % (
        D(d, "placeholder", "changeme"), D(d, "sequential_filler", "sk_live_" + "0123456789abcdefghijklmn"), D(d, "publishable_key", "pk_live_51" + alnum(97)),
        D(d, "placeholder", "sk-proj-..."), D(d, "aws_docs_example", "AKIAIOSFODNN7EXAMPLE"), D(d, "aws_docs_example", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
        D(d, "masked", "ghp_" + "*" * 32 + alnum(4)), D(d, "env_ref", "${SENDGRID_API_KEY}"))


def test_fixture(d, j):
    return "# tests/fixtures/auth_test.py -- fake values for the parser tests\nFAKE_PASSWORD = \"%s\"\nEXAMPLE_TOKEN = \"%s\"\nWRONG_PASSWORD = \"%s\"\n\n\ndef test_rejects_wrong_password(client):\n    assert client.login(\"alice\", WRONG_PASSWORD).status_code == 401\n" % (
        D(d, "test_fixture", "not-the-real-password"), D(d, "test_fixture", "test-token-0000000000"), D(d, "test_fixture", "wrong-password-123"))


def lockfile(d, j):
    return "# yarn lockfile v1\n\n\"left-pad@^1.3.0\":\n  version \"1.3.0\"\n  resolved \"https://registry.yarnpkg.com/left-pad/-/left-pad-1.3.0.tgz#%s\"\n  integrity %s\n" % (
        D(d, "sha1", hexs(40)), D(d, "sri_hash", "sha512-" + b64bytes(64)))


def readme_note(d, j):
    return "# %s ops notes\n\nStaging admin: `admin` / `%s` (rotate quarterly).\nThe wiki's service account password is %s - it lives in the vault too.\nBuild id for the last good deploy: %s\n" % (
        j, P(d, url_safe=True), P(d, url_safe=True), D(d, "build_uuid", uuid()))


# Shapes rather than project kinds (encodings, structures, people's records, decoy-heavy
# files); the project kinds are repos21b.KINDS_B.
SHAPES = [
    ("logs/app.jsonl", "escaped-json-log", escaped_log), ("logs/access-debug.log", "urlencoded-log", urlencoded_log),
    ("bin/run-worker.sh", "shell-default", shell_default), ("config/integrations.yaml", "multiline-yaml", multiline_yaml),
    ("config/providers.py", "python-multiline", py_dict_multiline), ("scripts/sms.js", "positional-pair", twilio_pair),
    ("k8s/env-secret.yaml", "k8s-secret-base64", k8s_secret_env), (".env.example", "env-example", env_example),
    ("tests/fixtures/auth_test.py", "test-fixture", test_fixture), ("yarn.lock", "lockfile", lockfile), ("docs/OPS.md", "markdown-notes", readme_note),
    ("exports/chat.json", "chat-export", chat_export), ("exports/tickets.csv", "ticket-csv", ticket_csv),
    ("home/.local/share/fish/fish_history", "fish-history", fish_history), ("home/.docker/config.json", "docker-auth", docker_config),
    ("nginx/legacy.conf", "basic-auth-header", nginx), ("notebooks/s3_export.ipynb", "notebook", notebook),
    ("app/settings.py", "pydantic-settings", fastapi), ("fastlane/Matchfile", "fastlane-ruby", fastlane), ("pxe/preseed.cfg", "preseed", preseed),
]


def build(Doc):
    out = []
    from repos21b import KINDS_B
    for i, (path, shape, fn) in enumerate(KINDS_B + SHAPES):
        for proj in PROJECTS[: 1 if i % 3 == 0 else 2]:
            d = Doc("repos/%s/%s" % (proj, path), "repos", shape)
            out.append((d, fn(d, proj)))
    return out
