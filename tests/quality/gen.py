#!/usr/bin/env python3
"""Generates the labelled quality corpus: every rule's example secrets placed
in the shapes real code holds them in, and decoys (placeholders, fillers with a
real prefix, documentation sample values, hashes, each rule's own negative
examples). Deterministic: the same rules give the same corpus.

usage: gen.py PATTERNS_DIR OUT_DIR   (writes OUT_DIR/corpus/ and OUT_DIR/labels.jsonl)
"""
import base64
import functools
import glob
import hashlib
import html
import json
import os
import random
import re
import string
import sys
import urllib.parse
import uuid
import zlib

# ---- where a secret sits: (shape, file name, template) -----------------------
# {N} is the variable name as the rule's own example spells it, {n} a lower
# camel form, {P} the provider (also as the API host a call goes to, as
# real calls do), {v} the value.
SHAPES = [
    ("env", ".env", "{N}={v}\n"),
    ("env-quoted", ".env.production", 'DEBUG=false\n{N}="{v}"\n'),
    ("shell-export", "deploy.sh", "#!/bin/sh\nexport {N}='{v}'\n./run.sh\n"),
    ("yaml", "config.yaml", "service: api\n{n}: {v}\n"),
    ("yaml-nested", "application.yml", "{P}:\n  enabled: true\n  {n}: \"{v}\"\n"),
    ("json", "settings.json", '{{\n  "name": "app",\n  "{n}": "{v}"\n}}\n'),
    ("json-nested", "appsettings.json", '{{\n  "{P}": {{\n    "{N}": "{v}"\n  }}\n}}\n'),
    ("toml", "config.toml", '[{P}]\n{n} = "{v}"\n'),
    ("ini", "app.ini", "[{P}]\n{n} = {v}\n"),
    ("properties", "application.properties", "{P}.{n}={v}\n"),
    ("xml-attr", "web.config", '<configuration>\n  <appSettings>\n    <add key="{N}" value="{v}" />\n  </appSettings>\n</configuration>\n'),
    ("xml-element", "settings.xml", "<settings>\n  <{n}>{v}</{n}>\n</settings>\n"),
    ("python-assign", "settings.py", '{N} = "{v}"\n'),
    ("python-kwarg", "client.py", 'client = Client({n}="{v}", timeout=30)\n'),
    ("python-getenv", "config.py", 'import os\n{N} = os.getenv("{N}", "{v}")\n'),
    ("js-const", "index.js", "const {n} = '{v}';\nmodule.exports = {{ {n} }};\n"),
    ("js-env-fallback", "server.js", 'const {n} = process.env.{N} || "{v}";\n'),
    ("ts-object", "config.ts", 'export const config = {{\n  {n}: "{v}",\n}};\n'),
    ("java", "Config.java", 'public class Config {{\n    private static final String {N} = "{v}";\n}}\n'),
    ("csharp-dict", "Settings.cs", 'var settings = new Dictionary<string, string> {{\n    {{ "{N}", "{v}" }},\n}};\n'),
    ("go", "config.go", 'package config\n\nconst {n} = "{v}"\n'),
    ("ruby", "config.rb", "{n} = '{v}'\n"),
    ("php", "config.php", "<?php\ndefine('{N}', '{v}');\n"),
    ("terraform", "variables.tf", 'variable "{N_lower}" {{\n  type    = string\n  default = "{v}"\n}}\n'),
    ("dockerfile", "Dockerfile", "FROM alpine:3.19\nENV {N}={v}\n"),
    ("compose", "docker-compose.yml", "services:\n  app:\n    environment:\n      - {N}={v}\n"),
    ("k8s-stringdata", "secret.yaml", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\nstringData:\n  {N}: {v}\n"),
    ("gh-actions", "ci.yml", "jobs:\n  build:\n    env:\n      {N}: {v}\n"),
    ("markdown", "README.md", "Set the key:\n\n```\n{N}={v}\n```\n"),
    ("sql", "seed.sql", "INSERT INTO settings (name, value) VALUES ('{N}', '{v}');\n"),
    ("log", "app.log", "2024-05-01T10:00:00Z INFO starting with {N}={v} region=us\n"),
    ("notebook", "analysis.ipynb", '{{"cells": [{{"cell_type": "code", "source": ["{N} = \\"{v}\\"\\n"]}}]}}\n'),
    ("postman-env", "env.postman_environment.json", '{{"values": [{{"key": "{n}", "value": "{v}", "enabled": true}}]}}\n'),
    ("csv", "keys.csv", "name,value\n{N},{v}\n"),
    ("cli-flag", "run.sh", "tool login --{n_kebab} {v} --region us\n"),
    ("curl-bearer", "call.sh", "curl -H \"Authorization: Bearer {v}\" https://api.{P}.com/v1/items\n"),
    ("http-header", "request.http", "GET /v1/items HTTP/1.1\nHost: api.{P}.com\nX-Api-Key: {v}\n"),
    ("url-query", "links.txt", "https://api.{P}.com/v1/items?{n}={v}&limit=10\n"),
    ("yaml-parent", "config.yml", "{P}:\n  credentials:\n    {leaf}: {v}\n"),
    ("ini-section", "credentials.ini", "[{P}]\nregion = us\n{leaf} = {v}\n"),
    ("curl-user", "call.sh", "curl -u {v}: https://api.{P}.com/v1/items\n"),
    ("curl-bearer-multiline", "call.sh",
     "curl -s \\\n  -H 'Authorization: Bearer {v}' \\\n  https://api.{P}.com/v1/items\n"),
    # encoded
    ("basic-auth", "call.sh", 'curl -H "Authorization: Basic {b64basic}" https://api.{P}.com/v1/items\n'),
    ("k8s-data-base64", "secret-data.yaml", "apiVersion: v1\nkind: Secret\ndata:\n  {N}: {b64v}\n"),
    ("base64-dotenv", "env.b64", "{b64env}\n"),
    ("json-escaped", "payload.json", '{{"body": "{{\\"{n}\\": \\"{v}\\"}}"}}\n'),
    ("percent-encoded", "callback.txt", "redirect=https%3A%2F%2Fexample.net%2F%3F{n}%3D{pctv}\n"),
    ("html-entity", "page.html", '<input type="hidden" name="{n}" value="{htmlv}">\n'),
]


# ---- secrets whose meaning is their structure ----------------------------------
# Their secret is one part of a larger value: a URL's password, a SAS query
# string's sig, a session cookie, a kubeconfig or Docker config block, a
# kubeadm join token. Placed bare, no scanner could know them; so they are
# placed whole. A "value" rule's carrier is the value around the secret in
# the rule's own example, placed in every shape that keeps one value as it
# is (not a bearer token, an API key header, a `curl -u` user or a URL
# query, which no such value is handed as); a "file" rule's carrier is its
# example file, placed as itself and in the wrappers real repositories hold
# such a file in.
STRUCTURED = {
    "azure-sas-token": "value",
    "url-credentials": "value",
    "snowflake-connection-url-password": "value",
    "gitlab-session-cookie": "value",
    "docker-config-auth": "file",
    "kubernetes-kubeconfig-client-key": "file",
    "kubernetes-bootstrap-token": "file",  # a kubeadm join command or configuration
    "render-deploy-hook-key": "value",  # the key= of a deploy hook URL
    "prisma-accelerate-url": "value",  # a connection string, never a bearer token
    "esphome-ota-password": "file",  # a password under ota: in a device's YAML
    "cakephp-security-salt": "file",  # the salt in app_local.php's Security array
    "laravel-app-key": "value",  # reported without the base64: tag its value is written with
}
VALUE_DESTROYED_BY = {"curl-user", "curl-bearer", "curl-bearer-multiline", "http-header",
                      "url-query", "basic-auth"}
# {f} the file as it is, {f1} on one line (JSON), {b64f} its base64, {ff} its file name
FILE_SHAPES = [
    ("file", "{ff}", "{f}"),
    ("k8s-data-base64", "secret-data.yaml",
     "apiVersion: v1\nkind: Secret\nmetadata:\n  name: creds\ndata:\n  {fkey}: {b64f}\n"),
    ("base64-file", "creds.b64", "{b64f}\n"),
    ("json-escaped", "payload.json", '{{"config": {f1esc}}}\n'),
    ("gh-actions", "ci.yml", "jobs:\n  build:\n    env:\n      {fenv}: '{f1}'\n"),
]


def as_written(text, secret):
    """secret as text writes it: itself, or the run whose percent-decoding
    it is (a SAS sig written %2B..%3D, which its rule reports decoded)."""
    if secret in text or not secret:
        return secret
    for i, c in enumerate(text):
        if c != secret[0] and c != "%":
            continue
        for j in range(i + len(secret), min(len(text), i + 3 * len(secret)) + 1):
            if urllib.parse.unquote(text[i:j]) == secret:
                return text[i:j]
    return secret


def carrier(text, secret):
    """The value around secret in text: the run between blanks, quotes and
    `;`, less a leading NAME= or NAME: unless that would leave the bare
    secret (a cookie is its name and value)."""
    secret = as_written(text, secret)
    i = text.find(secret)
    stop = " \t\r\n\"'`;<>()"
    a, b = i, i + len(secret)
    while a > 0 and text[a - 1] not in stop:
        a -= 1
    while b < len(text) and text[b] not in stop:
        b += 1
    m = re.match(r"^[A-Za-z_][A-Za-z0-9_.-]*[:=](?!//)", text[a:b])
    if m and text[a + m.end():b] != secret:
        a += m.end()
    return text[a:b], text[:a]


def structured_placements(rule_id, provider, text, path, secret, turn):
    """(shape, file name, body, placed value) for a structured rule's secret:
    nine placements that keep its structure."""
    kind = STRUCTURED[rule_id]
    out = []
    if kind == "value":
        value, before = carrier(text, secret)
        name = var_name(before + value, value, provider)
        usable = [s for s in SHAPES if s[0] not in VALUE_DESTROYED_BY]
        for k in range(9):
            shape, fname, tpl = usable[(turn + k * 5) % len(usable)]
            out.append((shape, fname, fill(tpl, name, provider, value), value))
        return out
    one_line = json.dumps(json.loads(text), separators=(",", ":")) if text.lstrip().startswith("{") else None
    fkey = ".dockerconfigjson" if rule_id.startswith("docker") else "config"
    fenv = "DOCKER_AUTH_CONFIG" if rule_id.startswith("docker") else "KUBECONFIG_JSON"
    for shape, fname, tpl in FILE_SHAPES:
        if "{f1" in tpl and one_line is None:
            continue  # a YAML file has no one-line form
        out.append((shape, fname.format(ff=os.path.basename(path)), tpl.format(
            f=text if text.endswith("\n") else text + "\n", f1=one_line, f1esc=json.dumps(one_line),
            b64f=base64.b64encode(text.encode()).decode(), ff=os.path.basename(path),
            fkey=fkey, fenv=fenv), text))
    return out


def structured_secret(emit, provider, r, si, secret, text, path, turn):
    """A structured rule's secret placed whole, and the same carrier with a
    placeholder or a filler where the secret was (decoys)."""
    # a file may hold more of the rule's secrets (two registries): all count
    # Python's re has no \G (a later entry of the same block): never here
    rx = re.compile(re.sub(r"\\k<([A-Za-z_]+)>", r"(?P=\1)",
                           re.sub(r"\(\?<([A-Za-z_]+)>", r"(?P<\1>",
                                  r["regex"].replace("\\G", "(?!)"))))
    written = as_written(text, secret)
    others = [m.group("secret") for m in rx.finditer(text) if m.group("secret") not in (secret, written)]
    # a rule that reports its secret percent-decoded is labelled with what it reports
    reported = [urllib.parse.unquote(o) for o in others] if r.get("secret_encoding") == "percent" else others
    for shape, fname, body, placed in structured_placements(r["id"], provider, text, path, secret,
                                                             turn):
        lab = dict(rule=r["id"], provider=provider, secret=secret)
        if shape == "k8s-data-base64":
            lab["encoded"] = base64.b64encode(placed.encode()).decode()
        emit("positive", shape, fname, body, also=reported, **lab)
    fakes = [PLACEHOLDERS[(turn + k) % len(PLACEHOLDERS)] for k in range(3)] + (filler(secret) or [])[:2]
    for k, fake in enumerate(fakes):
        fake = fake % "PASSWORD" if "%s" in fake else fake
        faked = text.replace(as_written(text, secret), fake)
        for other in others:
            faked = faked.replace(other, fake)
        placements = structured_placements(r["id"], provider, faked, path, fake, turn + k)
        shape, fname, body, _ = placements[k % min(5, len(placements))]
        emit("decoy", shape, fname, body, rule=r["id"], provider=provider,
             why="placeholder" if k < 3 else "filler")


def camel(name):
    parts = [p for p in re.split(r"[^A-Za-z0-9]+", name) if p]
    if not parts:
        return "apiKey"
    return parts[0].lower() + "".join(p[:1].upper() + p[1:].lower() for p in parts[1:])


def var_name(example_text, secret, provider):
    """The name the rule's own example gives the secret, else PROVIDER_KEY."""
    i = example_text.find(secret)
    before = example_text[:i] if i >= 0 else ""
    m = re.search(r"([A-Za-z_][A-Za-z0-9_.-]*)[\"']?\s*[:=]\s*(?:>-?\s*)?[\"']?\s*$", before)
    if m and m.group(1).lower() == "value":
        # a key/value pair ({"key": "NAME", "value": "…"}, <add key="NAME" value="…">,
        # a Kubernetes env entry) names the secret in its key
        pair = re.findall(r"(?:key|name)[\"']?\s*[:=]\s*[\"']?([A-Za-z_][A-Za-z0-9_.]*)", before)
        if pair:
            return pair[-1].split(".")[-1]
    if m:
        return m.group(1).split(".")[-1]
    return provider.upper() + "_API_KEY"


def leaf_name(name, provider):
    """The name less its provider (FASTLY_API_TOKEN: api_token), for shapes
    where a parent key or a section names the provider."""
    leaf = re.sub(re.escape(provider), "", name, flags=re.I).strip("_.-").lower()
    return leaf or "api_key"


def fill(tpl, name, provider, value):
    n = camel(name)
    env_text = "APP_ENV=production\n%s=%s\n" % (name, value)
    return tpl.format(
        N=name, n=n, P=provider, v=value,
        leaf=leaf_name(name, provider),
        b64basic=base64.b64encode(("api:" + value).encode()).decode(),
        N_lower=name.lower(),
        n_kebab=re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-"),
        b64v=base64.b64encode(value.encode()).decode(),
        b64env=base64.b64encode(env_text.encode()).decode(),
        pctv=urllib.parse.quote(urllib.parse.quote(value, safe=""), safe=""),
        htmlv="".join("&#%d;" % ord(c) if c in "-_.:/+=" else c for c in value),
    )


def partner_line(partner, text, secret):
    """A line naming the partner the rule's own example holds for secret."""
    rx = re.compile(partner["regex"].replace("(?<partner>", "(?P<partner>"))
    for m in rx.finditer(text):
        value = m.group("partner") if "partner" in rx.groupindex else m.group(0)
        if value != secret:
            return "%s: %s\n" % (partner["kind"], value)
    return ""


def line_of(text, needle):
    i = text.find(needle)
    return text.count("\n", 0, i) + 1 if i >= 0 else 1


PLACEHOLDERS = ["YOUR_API_KEY_HERE", "<your-api-key>", "${%s}", "{{ secrets.%s }}",
                "changeme", "xxxxxxxxxxxxxxxxxxxxxxxx", "REPLACE_ME", "********",
                "<%%= ENV['%s'] %%>", "process.env.%s", "$(%s)", "TODO"]

# a password handed to a command or a call: {v} the password, {b64} base64 of
# deploy:{v}
PASSWORD_SHAPES = [
    ("docker-login", "login.sh", "docker login -u deploy -p {v} registry.example.com\n"),
    ("docker-login", "release.sh", "docker login --username deploy --password '{v}' ghcr.io\n"),
    ("curl-userpass", "fetch.sh", "curl -fsS -u deploy:{v} https://ci.example.com/job/build/api/json\n"),
    ("curl-userpass", "fetch.sh", "curl --user 'deploy:{v}' https://nexus.example.com/service/rest\n"),
    ("network-credential", "Mailer.cs", 'client.Credentials = new NetworkCredential("deploy", "{v}");\n'),
    ("basic-auth-generic", "call.sh", "curl -H 'Authorization: Basic {b64}' https://ci.example.com/api\n"),
]
PASSWORD_DECOYS = ["$REGISTRY_PASSWORD", "${{ secrets.REGISTRY_PASSWORD }}", "<password>", "********",
                   "changeme", "${PASSWORD}", "%REG_PASS%", "$(cat pw.txt)"]

DOC_SAMPLES = [
    ("aws", "AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n"),
    ("aws", "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n"),
    ("jwt", "token = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'\n"),
]


# ---- credentials in the shapes config, commands, logs and rows hold them ----
# (shapes2) {v} a password or token no provider owns (the generic rule),
# {hex} 32 hex digits (a Datadog API key), {aws} 40 base64 characters (an
# AWS secret access key); each placement's own file.
HELD_SHAPES = [
    ("connstr-webconfig", "web.config",
     '<connectionStrings>\n  <add name="Default" connectionString="Server=db01.corp.local;'
     'Database=Shop;User Id=shop_app;Password={v};" providerName="System.Data.SqlClient" />\n'
     '</connectionStrings>\n'),
    ("connstr-appsettings", "appsettings.json",
     '{{\n  "ConnectionStrings": {{\n    "Default": "Server=tcp:shop.database.windows.net,1433;'
     'Initial Catalog=shop;User ID=admin1;Pwd={v};Encrypt=True;"\n  }}\n}}\n'),
    ("connstr-code", "Db.cs",
     'var cs = "Data Source=(local);Initial Catalog=Shop;User Id=sa;Password={v}";\n'),
    ("connstr-spaced", "App.config",
     '<add name="Spaced" connectionString="Server=db01; Database=Shop; User Id=app; Password={v};" />\n'),
    ("connstr-jdbc", "Db.java",
     'String url = "jdbc:sqlserver://db01:1433;databaseName=shop;user=app;password={v};encrypt=true";\n'),
    ("connstr-odbc", "odbc.ini", 'conn = "Driver={{ODBC Driver 18}};Server=db01;Uid=app;PWD={{{v}}};"\n'),
    ("php-define", "wp-config.php", "<?php\ndefine('DB_PASSWORD', '{v}');\n"),
    ("php-define", "config.php", '<?php\ndefine("STRIPE_SECRET", "{v}");\n'),
    ("flag-password", "backup.sh", "mysql -h db01 -u root --password={v} shop < dump.sql\n"),
    ("flag-api-key", "sync.sh", "./sync --api-key {v} --region us\n"),
    ("flag-token", "deploy.sh", "./deploy --token={v} --verbose\n"),
    ("set-command", "setup.bat", "setx DEPLOY_TOKEN {v}\n"),
    ("powershell-securestring", "setup.ps1",
     '$password = ConvertTo-SecureString "{v}" -AsPlainText -Force\n'),
    ("flag-name-value", "run.sh", "docker run --rm -e API_TOKEN={v} -p 8080:80 app\n"),
    ("flag-name-value", "secret.sh", "kubectl create secret generic app --from-literal=password={v}\n"),
    ("flag-name-value", "deploy.sh", "helm install app ./chart --set auth.apiToken={v} --wait\n"),
    ("log-authorization", "app.log",
     "2024-05-01 10:00:00 DEBUG request headers Authorization=[Bearer {v}] path=/v1\n"),
    ("log-authorization", "worker.log",
     "2024-05-01 10:00:01 DEBUG sending headers={{'Authorization': 'Bearer {v}', 'Accept': 'json'}}\n"),
    ("log-authorization", "proxy.log", "10:00:02 > Authorization: Token {v}\n"),
    ("sql-row", "seed.sql", "INSERT INTO users (id, email, password) VALUES (2, 'ops@example.org', '{v}');\n"),
    ("sql-row", "dump.sql", "INSERT INTO `api_keys` (`id`, `name`, `key`, `created_at`) VALUES\n"
     "(1, 'ci', '{v}', '2024-01-01');\n"),
    ("sql-row", "tokens.sql", "INSERT INTO access_tokens (id, value) VALUES (7, '{v}'), (8, NULL);\n"),
    ("csv-header", "keys.csv", "id,name,api_key,created\n1,ci,{v},2024-01-01\n"),
    ("csv-header", "export.csv", '"user","token"\n"ops","{v}"\n'),
    ("plain-name", "datadog.ini", "[datadog]\nsite = datadoghq.eu\napi = {hex}\n"),
    ("plain-name", "datadog.yaml", "datadog:\n  site: datadoghq.eu\n  api: {hex}\n"),
    ("set-command", "aws.sh", "aws configure set aws_secret_access_key {aws}\n"),
]
# the same shapes holding no credential: {v} a placeholder
HELD_DECOYS = [
    ("connstr-webconfig", "web.config",
     '<add name="Local" connectionString="Server=(local);Database=Shop;Integrated Security=true;" />\n'),
    ("connstr-code", "Db.cs", 'var cs = "Server=db01;User Id=sa;Password=;";\n'),
    ("connstr-code", "Db.cs", 'var cs = string.Format("Server={{0}};User Id={{1}};Password={{2}};", h, u, p);\n'),
    ("connstr-code", "Db.cs", 'var cs = "Server=db01;User Id=sa;Password={v};";\n'),
    ("php-define", "wp-config.php", "<?php\ndefine('DB_PASSWORD', getenv('DB_PASSWORD'));\n"),
    ("php-define", "wp-config.php", "<?php\ndefine('AUTH_KEY', 'put your unique phrase here');\n"),
    ("flag-password", "backup.sh", "mysql -u root --password-file /run/secrets/db_password shop\n"),
    ("flag-password", "backup.sh", "mysql -u root --password={v} shop\n"),
    ("flag-token", "deploy.sh", "docker run -p 8080:80 -e API_TOKEN=$API_TOKEN app\n"),
    ("flag-token", "deploy.sh", "./deploy --token={v} --verbose\n"),
    ("flag-api-key", "sync.sh", "./sync --api-key ${{{{ secrets.SYNC_API_KEY }}}}\n"),
    ("powershell-securestring", "setup.ps1",
     '$password = ConvertTo-SecureString "{v}" -AsPlainText -Force\n'),
    ("powershell-securestring", "setup.ps1", "$password = Read-Host -AsSecureString\n"),
    ("flag-name-value", "secret.sh", "kubectl create secret generic app --from-literal=password={v}\n"),
    ("flag-name-value", "deploy.sh", "helm install app ./chart --set image.tag=v1.2.3-8f3a1c9e27b4\n"),
    ("set-command", "aws.sh", "aws configure set region us-east-1\naws configure set aws_secret_access_key $AWS_SECRET\n"),
    ("log-authorization", "app.log", "DEBUG request headers Authorization=[Bearer ***] path=/v1\n"),
    ("log-authorization", "client.py", "headers = {{'Authorization': f'Bearer {{token}}'}}\n"),
    ("log-authorization", "client.sh", "echo \"Authorization: Bearer {v}\"\n"),
    ("sql-row", "seed.sql", "INSERT INTO api_keys (id, key_id, user_id) VALUES (1, 'kid_8f3a1c9e27b4d6f05e1a', 42);\n"),
    ("sql-row", "seed.sql", "INSERT INTO tokens (id, token_type, expires_at) VALUES (1, 'bearer', '2024-05-01T10:00:00Z');\n"),
    ("sql-row", "seed.sql", "INSERT INTO users (id, password) VALUES (3, '{v}');\n"),
    ("csv-header", "keys.csv", "id,name,api_key,created\n"),
    ("csv-header", "keys.csv", "id,name,api_key_id\n1,ci,ak_20240101_prod_ci_runner\n"),
    ("csv-header", "keys.csv", "id,name,api_key\n1,ci,{v}\n"),
    ("prompt", "login.sh", 'read -s -p "Password: " DB_PASSWORD\nmysql -u root -p"$DB_PASSWORD" shop\n'),
    ("prompt", "README.md", "Run `tool -pwd` to print the working directory; --token-file reads the token from a file.\n"),
]
HELD_PLACEHOLDERS = ["$DB_PASSWORD", "${DB_PASSWORD}", "<password>", "********", "changeme",
                     "%DB_PASSWORD%", "YOUR_TOKEN_HERE", "{{ db_password }}"]


def held_block(emit):
    """Positives and decoys of the shapes above, with their own seed so the
    block shifts nothing else in the corpus."""
    rnd = random.Random(5402)
    alnum = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
    b64 = alnum + "01IOlo+/"
    for i in range(2):
        for shape, fname, tpl in HELD_SHAPES:
            v = "".join(rnd.choice(alnum) for _ in range(rnd.choice((16, 20, 24))))
            while not (re.search(r"[0-9]", v) and re.search(r"[A-Za-z]", v)):
                v = "".join(rnd.choice(alnum) for _ in range(20))
            hexv = "%032x" % rnd.getrandbits(128)
            aws = "".join(rnd.choice(b64) for _ in range(40))
            secret = hexv if "{hex}" in tpl else aws if "{aws}" in tpl else v
            rule = ("datadog-api-key" if "{hex}" in tpl else
                    "aws-secret-access-key" if "{aws}" in tpl else "generic-secret")
            emit("positive", shape, fname, tpl.format(v=v, hex=hexv, aws=aws), rule=rule,
                 provider=rule.split("-")[0], secret=secret)
    for i, (shape, fname, tpl) in enumerate(HELD_DECOYS):
        ph = HELD_PLACEHOLDERS[i % len(HELD_PLACEHOLDERS)]
        emit("decoy", shape, fname, tpl.format(v=ph), provider="generic",
             why="placeholder or no credential")


# ---- (shapes3) credentials whose command or config section is the keyword --
# The rules of patterns/cli.json and patterns/rclone.json know a secret by
# the tool or the section around it: their examples are placed whole.
STRUCTURED.update({rid: "file" for rid in (
    "cli-mysql-password", "cli-sshpass-password", "cli-7zip-password", "cli-zip-password",
    "cli-azcopy-storage-key", "cli-smbclient-password", "cli-pass-argument",
    "cli-env-password", "cli-redis-password", "cli-mongo-password", "cli-rabbitmq-password",
    "cli-htpasswd-password", "cli-keytool-password", "cli-ldap-password",
    "cli-sqlcmd-password", "rclone-config-key", "rclone-obscured-password")})
# a password on a command line no generic name marks: {v} the password
SHAPES3_COMMANDS = [
    ("cli-mysql", "restore.sh", "mysql -h db01 -uroot -p{v} shop < dump.sql\n"),
    ("cli-mysql", "Dockerfile", "RUN mysqladmin -u root -p'{v}' create shop\n"),
    ("cli-mysql", "backup.py", 'os.system("mysqldump -u backup -p{v} --all-databases > all.sql")\n'),
    ("cli-sshpass", "deploy.yml", "steps:\n  - run: sshpass -p '{v}' ssh deploy@10.0.0.5 ./release.sh\n"),
    ("cli-7zip", "pack.bat", '"C:\\Program Files\\7-Zip\\7z.exe" a -p{v} -mhe=on backup.7z data\n'),
    ("cli-zip", "Makefile", "dist:\n\tzip -q -r -P {v} dist/app.zip build/\n"),
    ("cli-zip", "unpack.sh", "unzip -o -P \"{v}\" payload.zip -d /tmp/p\n"),
    ("cli-smbclient", "copy.sh", "smbclient //fs01/share -U 'svc_backup%{v}' -c 'put db.bak'\n"),
    ("cli-openssl", "tls.sh", "openssl pkcs12 -in app.p12 -nodes -passin pass:{v} -out app.pem\n"),
    ("cli-env", "check.sh", "PGPASSWORD='{v}' psql -h db01 -U app shop -c 'select 1'\n"),
    ("cli-env", "cron", "0 3 * * * MYSQL_PWD={v} mysqldump -u backup shop > /srv/shop.sql\n"),
    ("cli-redis", "health.sh", "redis-cli -h cache01 -a {v} --no-auth-warning ping\n"),
    ("cli-mongo", "README.md", "```\nmongosh \"mongodb://db01/admin\" -u root -p {v}\n```\n"),
    ("cli-rabbitmq", "init.sh", "rabbitmqctl add_user app '{v}'\nrabbitmqctl set_user_tags app management\n"),
    ("cli-htpasswd", "Dockerfile", "RUN htpasswd -bc /etc/nginx/.htpasswd admin {v}\n"),
    ("cli-keytool", "build.gradle", "exec {{ commandLine 'keytool', '-list', '-keystore', 'app.jks' }}\n// jarsigner -storepass {v} app.jar release\n"),
    ("cli-ldap", "users.sh", "ldapsearch -x -H ldaps://dc01 -D 'cn=svc,dc=acme' -w '{v}' -b dc=acme uid\n"),
    ("cli-sqlcmd", "deploy.ps1", "sqlcmd -S db01 -U sa -P \"{v}\" -i schema.sql\n"),
    ("sdk-user-password", "trigger.py", "r = requests.post(url, auth=('deploy', '{v}'))\n"),
    ("sdk-user-password", "fetch.py", "r = requests.get(url, auth=HTTPBasicAuth(\"deploy\", \"{v}\"))\n"),
]
# the same tools with no password on the line: ports, prompts, variables,
# files, -P that means something else, placeholders
SHAPES3_DECOYS = [
    ("cli-mysql", "run.sh", "mysql -h db01 -P 3306 -u root -p shop < dump.sql\n"),
    ("cli-mysql", "run.sh", 'mysql -u root -p"$MYSQL_ROOT_PASSWORD" -e "SHOW DATABASES"\n'),
    ("cli-mysql", "run.sh", "mysqldump -u root -p${{DB_PASS}} shop > shop.sql\n"),
    ("cli-mysql", "README.md", "Connect with `mysql -u root -p` and type the password.\n"),
    ("cli-docker", "run.sh", "docker run -d -p 8080:80 -p 3306:3306 mysql:8\n"),
    ("cli-ssh", "run.sh", "ssh -p 2222 deploy@web01 && scp -P 2222 app.tar deploy@web01:/srv\n"),
    ("cli-sshpass", "run.sh", 'sshpass -p "$(cat ~/.pw)" ssh deploy@web01\n'),
    ("cli-sshpass", "run.sh", "sshpass -f /run/secrets/ssh_pass ssh deploy@web01\n"),
    ("cli-7zip", "run.sh", "7z a -p -mhe=on backup.7z data/\n"),
    ("cli-zip", "run.sh", "gzip -d logs.gz && zip -r -9 out.zip logs/\n"),
    ("cli-zip", "run.sh", "unzip -P \"$ZIP_PASS\" payload.zip\n"),
    ("cli-rsync", "run.sh", "rsync -avzP --delete build/ deploy@web01:/srv/app/\n"),
    ("cli-redis", "run.sh", "redis-cli -h cache01 -a $REDIS_PASSWORD ping\n"),
    ("cli-mongo", "run.sh", "mongodump --host db01 --port 27017 -p --out /backup\n"),
    ("cli-openssl", "run.sh", "openssl rsa -in key.pem -passin env:KEY_PASS -out plain.pem\n"),
    ("cli-openssl", "run.sh", "openssl rsa -in key.pem -passin pass:{v} -out plain.pem\n"),
    ("cli-env", "run.sh", "PGPASSWORD=$DB_PASS psql -h db01 -U app shop\n"),
    ("cli-htpasswd", "run.sh", "htpasswd -c /etc/nginx/.htpasswd admin\n"),
    ("cli-keytool", "run.sh", "keytool -list -keystore cacerts -storepass changeit\n"),
    ("cli-ldap", "run.sh", "ldapsearch -x -D cn=admin,dc=acme -W -b dc=acme\n"),
    ("cli-sqlcmd", "run.sh", "sqlcmd -S db01 -E -Q \"SELECT @@VERSION\"\n"),
    ("cli-rabbitmq", "run.sh", "rabbitmqctl add_user app {v}\n"),
    ("cli-smbclient", "run.sh", "smbclient -L //fs01 -U guest -N\n"),
    ("sdk-user-password", "trigger.py", "r = requests.post(url, auth=(user, token))\n"),
    ("sdk-user-password", "fetch.py", "r = requests.get(url, auth=HTTPBasicAuth('deploy', os.environ['TOKEN']))\n"),
    ("sdk-user-password", "fetch.py", "r = requests.get(url, auth=('deploy', '{v}'))\n"),
]
SHAPES3_PLACEHOLDERS = ["<password>", "YOUR_PASSWORD", "********", "changeme", "${PASSWORD}",
                        "%DB_PASS%", "{{ db_password }}"]


def shapes3_block(emit):
    """Passwords on tools' command lines in the files that hold such lines,
    and the same tools with no password; their own seed."""
    rnd = random.Random(5403)
    alnum = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
    for i in range(2):
        for shape, fname, tpl in SHAPES3_COMMANDS:
            # a tool's rule takes 6 characters and more; the generic rule
            # (the sdk- shapes) 16 and more
            lengths = (16, 20, 24) if shape.startswith("sdk-") else (10, 14, 18)
            v = ""
            while not (re.search(r"[0-9]", v) and re.search(r"[A-Za-z]", v)):
                v = "".join(rnd.choice(alnum) for _ in range(rnd.choice(lengths)))
            rule = "generic-secret" if shape.startswith("sdk-") else "cli-password"
            emit("positive", shape, fname, tpl.format(v=v), rule=rule,
                 provider=rule.split("-")[0], secret=v)
    for i, (shape, fname, tpl) in enumerate(SHAPES3_DECOYS):
        ph = SHAPES3_PLACEHOLDERS[i % len(SHAPES3_PLACEHOLDERS)]
        emit("decoy", shape, fname, tpl.format(v=ph), provider="cli",
             why="no password, a variable or a placeholder")


def filler(secret):
    """The secret's fixed prefix, then a sequential or keyboard filler."""
    m = re.match(r"^([A-Za-z]{1,12}[_\-.]+(?:[A-Za-z0-9]{1,8}[_\-.])?)", secret)
    if not m:
        return None
    prefix = m.group(1)
    rest = len(secret) - len(prefix)
    if rest < 8:
        return None
    pats = ["abcdefghijklmnopqrstuvwxyz0123456789", "1234567890", "qwertyuiopasdfghjklzxcvbnm"]
    fills = []
    for p in pats:
        fills.append(prefix + (p * (rest // len(p) + 1))[:rest])
    return fills


# ---- the generic rule: names and values no provider rule identifies ------
# Own seed, so this block does not shift the rest of the corpus.
GENERIC_NAMES = [
    "privateKey", "private_key", "PRIVATE_KEY", "accessKey", "access_key",
    "ACCESS_KEY", "AccessKey", "secretKey", "SECRET_KEY", "clientSecret",
    "client_secret", "ClientSecret", "CLIENT_SECRET", "apiToken", "ApiToken",
    "API_TOKEN", "api-token", "X_API_KEY", "x-api-key", "accountKey",
    "account_key", "AccountKey", "authKey", "auth_key", "AUTH_KEY", "authToken",
    "AUTH_TOKEN", "storage_account_key", "StorageAccountKey",
]
# (shape, file name, template): {N} the name, {v} the value
GENERIC_SHAPES = [
    ("generic-env", ".env", "{N}={v}\n"),
    ("generic-yaml", "config.yaml", "service: api\n{N}: \"{v}\"\n"),
    ("generic-json", "settings.json", '{{\n  "{N}": "{v}"\n}}\n'),
    ("generic-java", "Config.java",
     'class Config {{\n    private static final String {N} = "{v}";\n}}\n'),
    ("generic-js", "config.js", "module.exports = {{ {N}: '{v}' }};\n"),
    ("generic-python", "settings.py", '{N} = "{v}"\n'),
    ("generic-xml", "settings.xml", "<settings>\n  <{N}>{v}</{N}>\n</settings>\n"),
    ("generic-gradle", "build.gradle",
     "android {{\n  defaultConfig {{\n    buildConfigField 'String', '{N}', '\"{v}\"'\n  }}\n}}\n"),
]
# names whose value is not a secret, or values under secret names that are not
GENERIC_DECOYS = [
    ('key = "user_profile_settings_v2"', "Keys.java"),
    ('private static final String key = "user_profile_settings_v2";', "Keys.java"),
    ('access_key_id = "AKIAZ7Q3ZS4EXAMPLE99"', "aws.py"),
    ('ACCESS_KEY_ID=ak_4f9c2b7e1d3a', ".env"),
    ("STORAGE_ACCOUNT_KEY_ID: 7d3f9a2c-4b1e-4c8d-9e2f-1a3b5c7d9e0f", "ci.yml"),
    ('public_key = "a3f9c2e17b4d8e6f0c1d2b3a4e5f6d7c8b9a0e1f2d3c4b5a6f7e8d9c0b1a2f3e"', "keys.py"),
    ('publicKey: "BPz3l1x9K7qVwR2mT8nY4cJ6hF0dS5aG"', "push.js"),
    ('checksum = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"', "deps.py"),
    ('cache_key = "user:12345:profile:v2"', "cache.py"),
    ('access_key: "${AWS_ACCESS_KEY_ID}"', "config.yml"),
    ('secret_key = "DJANGO_SECRET_KEY_2024"', "settings.py"),
    ('clientSecret: "{{ .Values.oauth.clientSecret }}"', "values.yaml"),
    ('private_key = "/etc/ssl/private/server-2024.key"', "tls.py"),
    ('private_key: ./certs/prod/server2024.pem', "config.yml"),
    ('access_key = "https://vault.example.com/v1/secret/data/app2"', "vault.py"),
    ('account_key = "arn:aws:iam::123456789012:role/deployer"', "infra.py'"),
    ('auth_key = "auth.errors.invalid_key_2"', "i18n.js"),
    ('apiToken: "translation.settings.api_token_label2"', "en.yaml"),
    ('"privateKey": "0xYOUR_PRIVATE_KEY"', "hardhat.json"),
    ('access_key = "minioadmin"', "minio.py"),
    ('secret_key = "minioadmin123"', "minio.py"),
    ('password = "%(db_password)s"', "settings.py"),
    ('password: "{{ db_password }}"', "vars.yml"),
    ("password = ':memory:'", "db.py"),
    ('password = "#{ENV[\'DB_PASSWORD\']}"', "database.rb"),
    ('DB_PASSWORD=${DB_PASSWORD:-}', ".env"),
    ('token = "Bearer %s" % token', "client.py"),
    ('api_key = "get_key(env_2024)"', "keys.py"),
    ('password = "pass$word_2024_prod"', "db.php"),
    ('secret = "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b"', "image.py"),
    ('api_key = "projects/my-project-2024/secrets/api-key/versions/3"', "gcp.py"),
    ('password: "mysql://root@localhost:3306/app_2024"', "db.yml"),
    ('access_key = "AKIA" + suffix_2024', "aws.py"),
    ('auth_token = "token_for_user_12345"', "test_auth.py"),
    ('secretKey = "sk_test_placeholder_value_1234"', "PaymentTest.java"),
]
# passwords and composite keys with punctuation
PUNCT = "!#%&*+,-.:;=?@^_~"


def generic_block(emit):
    rnd = random.Random(826)
    b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    hexa = "0123456789abcdef"

    def value(k):
        if k % 3 == 0:
            return "".join(rnd.choice(hexa) for _ in range(rnd.choice((32, 40, 64))))
        if k % 3 == 1:
            return "".join(rnd.choice(b64) for _ in range(rnd.choice((24, 32, 40))))
        return "".join(rnd.choice(b64[:62] + PUNCT) for _ in range(rnd.choice((16, 20, 28))))

    for i, name in enumerate(GENERIC_NAMES):
        for k in range(3):
            v = value(i + k)
            while not (re.search(r"[0-9]", v) and re.search(r"[A-Za-z]", v)):
                v = value(i + k)
            shape, fname, tpl = GENERIC_SHAPES[(i + k * 3) % len(GENERIC_SHAPES)]
            if '"{v}"' not in tpl and "'{v}'" not in tpl:
                # unquoted: what .env, YAML and XML take as one bare value
                v = re.sub(r"[&;,?=%]", "", v).lstrip(PUNCT)
            emit("positive", shape, fname, tpl.format(N=name, v=v),
                 rule="generic-secret", provider="generic", secret=v)
    # passwords with punctuation under the names the rule has always read
    for i in range(24):
        v = "".join(rnd.choice(b64[:62] + PUNCT) for _ in range(rnd.choice((16, 20, 24))))
        name = ("password", "DB_PASSWORD", "smtpPassword", "secret")[i % 4]
        shape, fname, tpl = GENERIC_SHAPES[i % len(GENERIC_SHAPES)]
        if '"{v}"' not in tpl and "'{v}'" not in tpl:
            v = re.sub(r"[&;,?=%]", "", v).lstrip(PUNCT)
        emit("positive", "generic-punctuation", fname, tpl.format(N=name, v=v),
             rule="generic-secret", provider="generic", secret=v)
    # composite keys: app.key:secret (Ably's shape, under a name no rule owns)
    for i in range(8):
        v = "%s.%s:%s" % ("".join(rnd.choice(b64[:62]) for _ in range(6)),
                          "".join(rnd.choice(b64[:62]) for _ in range(6)),
                          "".join(rnd.choice(b64[:62] + "-_") for _ in range(43)))
        emit("positive", "generic-composite", "realtime.js",
             "const client = connect({ apiKey: '%s' });\n" % v,
             rule="generic-secret", provider="generic", secret=v)
    # an OAuth client: the secret beside its id
    for i in range(8):
        cid = "".join(rnd.choice(hexa) for _ in range(20))
        v = "".join(rnd.choice(b64[:62] + "-_") for _ in range(40))
        emit("positive", "generic-oauth", "oauth.yml",
             "oauth:\n  client_id: %s\n  client_secret: %s\n" % (cid, v),
             rule="generic-secret", provider="generic", secret=v)
    # Django's SECRET_KEY: 50 characters of its own alphabet, parentheses
    # and '$' among them
    django = "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)"
    for i in range(8):
        v = ("django-insecure-" if i % 2 else "") + "".join(rnd.choice(django) for _ in range(50))
        emit("positive", "generic-django", "settings.py", "DEBUG = False\nSECRET_KEY = '%s'\n" % v,
             rule="generic-secret", provider="generic", secret=v)
    for text, fname in GENERIC_DECOYS:
        emit("decoy", "generic-decoy", fname, text + "\n", provider="generic",
             why="not a secret under a secret's name")


# Directories a credential file sits under: the rule's globs name its
# last components, whatever is above them.
PATH_RULE_ROOTS = ["", "srv/app/", "home/deploy/"]


def path_rule_block(emit, provider, r, secrets):
    """A rule that a file's path selects ("paths": config/master.key,
    .pgpass): its examples at their own paths under a few roots, and
    placeholders at those paths as decoys. The other shapes would put the
    secret in a file no glob names."""
    for si, (secret, text, path) in enumerate(secrets[:3]):
        for root in PATH_RULE_ROOTS:
            emit("positive", "path-selected", root + path, text, rule=r["id"],
                 provider=provider, secret=secret)
        for k in range(3):
            ph = PLACEHOLDERS[(si + k * 5) % len(PLACEHOLDERS)]
            ph = ph % "SECRET" if "%s" in ph else ph
            emit("decoy", "path-selected", path, text.replace(secret, ph), rule=r["id"],
                 provider=provider, why="placeholder")


# ---- code and published samples in real SDK packages (precision) ------------
# What `npm install` of provider SDKs holds under credential-like names:
# docstring types (~pkg.models.Secret), camelCase names of minified code and
# source maps, timestamps, optimistic-concurrency version tokens, and the
# sample values providers publish (Azurite's account key, Square's
# ObtainToken example). None is a secret.
CODE_WORDS = ["shrink", "Padded", "default", "To", "Config", "generate", "Encryption",
              "Key", "Base64", "array", "Buffer", "Provider", "Phone", "Auth", "Request",
              "Options", "Handler", "Gateway", "Resource", "Stage", "Rotation", "Single",
              "User", "Vault", "Secret", "Reference", "Token", "Manager", "Client"]


def precision_block(emit):
    rnd = random.Random(5150)

    def ident(k):
        words = [rnd.choice(CODE_WORDS) for _ in range(k)]
        return words[0][0].lower() + words[0][1:] + "".join(words[1:]) + rnd.choice(("", "2", "V3", "128"))

    names = ("apiKey", "secret", "accessToken", "encryption_key", "password", "signing_key")
    for i in range(24):
        name = names[i % len(names)]
        a, b = ident(3), ident(2)
        emit("decoy", "code-words", "bundle.min.js",
             'var e={%s:"%s",mode:"%s"};function f(t){return t.%s}\n' % (name, a, b, name),
             provider="generic", why="camelCase name in minified code")
        emit("decoy", "code-words", "index.js.map",
             '{"version":3,"names":["%s","%s"],"sourcesContent":["const %s = \\"%s\\";\\n"]}\n'
             % (a, b, name, ident(3)), provider="generic", why="name in a source map")
        emit("decoy", "sphinx-type", "_models.py",
             '    :ivar %s: The %s.\n    :vartype %s: ~acme.mgmt.v20%02d_%02d_01.models.%s\n'
             % (name, name, name, 10 + i, 1 + i % 12, ident(3)[0].upper() + ident(3)[1:]),
             provider="generic", why="docstring type")
        emit("decoy", "scoped-name", "rule.js",
             'static %s=new ResourceType("AWS::EC%d::%s");const api_key="AWS::EC%d::%s";\n'
             % (ident(2).upper(), i % 3 + 1, rnd.choice(CODE_WORDS) + "Log", i % 3 + 1,
                rnd.choice(CODE_WORDS) + "Log"), provider="generic", why="CloudFormation type")
        emit("decoy", "timestamp", "events.json",
             '{"%s_issued": "x", "last_token": "20%02d-%02d-%02dT%02d:%02d:%02d.%03dZ"}\n'
             % (name, 10 + i, 1 + i % 12, 1 + i % 28, i % 24, i % 60, (i * 7) % 60, i * 37 % 1000),
             provider="generic", why="timestamp")
        v = "".join(rnd.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                    for _ in range(45))
        emit("decoy", "version-token", "payments.md",
             '```json\n{\n  "payment": {\n    "version_token": "%s"\n  }\n}\n```\n' % v,
             provider="generic", why="concurrency version token")
    emit("decoy", "doc-sample", "local.settings.json",
         '{"Values": {"AzureWebJobsStorage": "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;'
         'AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;'
         'BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;"}}\n',
         provider="azure", why="Azurite's published account key")
    emit("decoy", "doc-sample", "oauth.ts",
         'await client.oAuth.obtainToken({\n    clientId: "sq0idp-uaPHILoPzWZk3tlJqlML0g",\n'
         '    clientSecret: "sq0csp-30a-4C_tVOnTh14Piza2BfTPBXyLafLPWSzY1qAjeBfM",\n'
         '    grantType: "authorization_code",\n});\n',
         provider="square", why="Square's API reference sample")
    for i, v in enumerate(("1234myAccessToken", "myApiKey2024xyz", "my_secret_value_42", "MyPassword99abc")):
        emit("decoy", "names-itself", "README.md",
             "```js\nconst api = new NetlifyAPI('%s');\nconst client = { accessToken: '%s' };\n```\n" % (v, v),
             provider="generic", why="a value that names itself")
    # pwgen's pronounceable passwords are secrets, though each run of
    # letters could be a word
    for i in range(8):
        v = ""
        while len(v) < 24:
            v += "".join(rnd.choice("bcdfghjkmnprstvwxz") + rnd.choice("aeiou") + rnd.choice("aeiouhgnx")
                         for _ in range(2)) + str(rnd.randrange(10))
        v = v[0].upper() + v[1:]
        emit("positive", "generic-pronounceable", "docker-compose.yml",
             "services:\n  db:\n    environment:\n      - POSTGRES_PASSWORD=%s\n" % v,
             rule="generic-secret", provider="generic", secret=v)
    # a provider's name, then a type name of its SDK where a token would be
    for i in range(8):
        name = ""
        while len(name) != 24:
            name = "Get" + "".join(rnd.choice(CODE_WORDS).capitalize() for _ in range(4))
            name = name[:24] if len(name) > 24 and name[24].isupper() else name
        emit("decoy", "code-words", "auth.d.ts",
             'import { VercelCore } from "../core.js";\nimport { %sRequest, %s } from "./models.js";\n'
             % (name[:-4], name), provider="vercel", why="SDK type name")
    # Google Authenticator's Key Uri Format example seeds
    for i, seed in enumerate(("JBSWY3DPEHPK3PXP", "HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ")):
        emit("decoy", "doc-sample", "README.md",
             "Scan `otpauth://totp/Acme:dev%d@acme.test?secret=%s&issuer=Acme` or set\n"
             "`totp_secret: '%s'` in the config.\n" % (i, seed, seed),
             provider="generic", why="Google Authenticator's sample seed")
    emit("decoy", "doc-sample", "README.md",
         "```js\nconst mollieClient = createMollieClient({ apiKey: 'test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM' });\n```\n"
         "Organization calls take `access_Wwvu7egPcJLLJ9Kb7J632x8wJ2zMeJ`.\n",
         provider="mollie", why="Mollie's documentation keys")
    emit("decoy", "doc-sample", "refresh.js",
         "const CLIENT_ID = '563584335869-fgrhgmd47bqnekij5i8b5pr03ho849e6.apps.googleusercontent.com';\n"
         "const CLIENT_SECRET = 'j9iVZfS8kkCEFUPaAeJV0sAi';\n",
         provider="google", why="firebase-tools' installed-app client secret")
    emit("decoy", "doc-sample", "datasync.d.ts",
         "    /**\n     * A token looks something like this: sp=r&st=2023-12-20T14:54:52Z&se=2023-12-20T22:54:52Z"
         "&spr=https&sv=2021-06-08&sr=c&sig=aBBKDWQvyuVcTPH9EBp%2FXTI9E%2F%2Fmq171%2BZU178wcwqU%3D\n     */\n"
         "    Token: AzureBlobSasToken;\n", provider="azure", why="AWS DataSync's documented SAS token")
    # a README's connection URL whose password names itself
    for i, (scheme, word) in enumerate((("postgres", "some"), ("mysql", "random"), ("redis", "auth"),
                                        ("mongodb", "secret"), ("amqp", "my"), ("postgresql", "db"))):
        emit("decoy", "url-password-word", "README.md",
             "Connect with `%s://%suser:%spassword@db%d.internal:5432/app`.\n" % (scheme, word, word, i),
             provider="generic", why="password that names itself")


# ---- code no one here wrote (wave 6 precision2) --------------------------
# Noise classes found scanning npm frameworks, crypto libraries and Debian
# docs and test suites (patterns/SOURCES-precision.md). Own seed.
def precision2_block(emit):
    rnd = random.Random(6262)
    lower = "abcdefghijklmnopqrstuvwxyz"

    def word():
        return rnd.choice(CODE_WORDS)

    def rand(n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
        return "".join(rnd.choice(alphabet) for _ in range(n))

    for i in range(8):
        # a minifier's constructor name on a line a provider's name is on
        callee = rnd.choice(lower).upper() + rnd.choice(lower + "0123456789")[: rnd.randrange(0, 2)]
        emit("decoy", "minified-constructor", "tex.min.js",
             'var %s=new %s("%s-%s0mo"),h={hubspot:1,%s:new %s("%s%d")};\n'
             % (rand(2, lower), callee, word(), word().lower(), rand(3, lower), callee,
                word() + word(), i), provider="generic", why="a minifier's class name")
        # an enum's members: static constants made by a constructor
        emit("decoy", "enum-member", "foundation-model.js",
             'class M{static %s_%s_V%d=new ModelIdentifier("mistral.%s-%dx%db-instruct-v0:%d");'
             'static %s_%d=new ModelIdentifier("%s%s%d")}\n'
             % (word().upper(), word().upper(), i, word().lower(), i + 2, i + 7, i % 3,
                word().upper(), i, word(), word(), i), provider="generic", why="enum member")
        # code in a source map's sources, a URL on the same line
        emit("decoy", "source-map-code", "push.js.map",
             '{"version":3,"sourcesContent":["// https://github.com/acme/%s\\n'
             'async function login() {\\n  const keys = {\\n    auth: b64ToUint8Array(%s%d.d),\\n'
             '    privateKey: %s|Uint8Array|String\\n  };\\n}"]}\n'
             % (word().lower(), word().lower(), i, word()), provider="generic",
             why="a call in a source map")
        # minified statements: a member assigned or compared after ';' and '?'
        emit("decoy", "minified-statement", "engine.min.js",
             'let r=e.%sOptions;i.pass===Ie.%s%d&&(r.cull.enabled=!1,r.depthMask=!1);'
             'i.mode===R0.BLEND?y.pass=Ie.%s:i.mode===R0.MASK&&(y.cutoff=i.cutoff)\n'
             % (word().lower(), word().upper(), i, word().upper()), provider="generic",
             why="minified comparison")
        # a list of names, some holding a credential's word
        emit("decoy", "string-list", "compiler.js",
             'const codes=["a11y_%s","a11y_accesskey","a11y_%s_%s_has_%s%d","a11y_%s"];\n'
             % (word().lower(), word().lower(), word().lower(), word().lower(), i, word().lower()),
             provider="generic", why="list of warning codes")
        # a password's hash as Django and passlib store it
        salt, digest = rand(12), rand(43)
        emit("decoy", "password-hash", "settings.py",
             "PASSWORD = 'pbkdf2_sha256$%d$%s$%s='\n" % (30000 + i * 10000, salt, digest),
             provider="generic", why="Django password hash")
        emit("decoy", "password-hash", "test_django.py",
             'password = "argon2$argon2i$v=19$m=%d,t=%d,p=1$%s$%s"\n'
             % (256 + i * 64, 1 + i % 3, rand(12), rand(22)), provider="generic",
             why="passlib password hash")
        emit("decoy", "password-hash", "prepare.yml",
             '      htpasswd: "%s:$2y$05$%s"\n' % (word().lower(), rand(53, lower + "ABCDEFGHIJ0123456789./")),
             provider="generic", why="htpasswd bcrypt line")
        # a call's keyword arguments after a quoted name, no CSV row
        emit("decoy", "call-arguments", "challenges.py",
             '    token: bytes = jose.field(\n        "token", encoder=jose.encode_b%d%s, '
             'decoder=functools.partial(\n            jose.decode_%s, size=%d))\n'
             % (64 + i, word().lower(), word().lower(), 16 + i), provider="generic",
             why="keyword argument")
        emit("decoy", "call-arguments", "cnos_bgp.py",
             '        value = cnos.checkSanityofVariable(\n            deviceType, "bgp_neighbor_password", '
             'bgp%sArg%d)\n' % (word(), i + 2), provider="generic", why="a call's last line")
        # the id of a credential, in a doc comment beside a provider's URL
        emit("decoy", "credential-id", "LogTransaction.js",
             ' * See https://help.%s.com/events. A `transaction` such as ``` {   \\"id\\": \\"%s\\",'
             '   \\"detail\\": {     \\"requestApiTokenId\\": \\"%s\\"   } } ``` was sent '
             'through the API.\n' % (word().lower(), rand(27), rand(20)), provider="generic",
             why="a token's id")
    # a value that names itself the reader's own
    for i in range(4):
        v = "my%s%sV%dToken" % (rnd.choice(("_", "-")), word().lower(), i + 2)
        emit("decoy", "names-itself-mine", "v1.d.ts",
             '     *   "recaptchaV%dToken": "%s"\n' % (i + 2, v), provider="generic",
             why="a value that names itself")
    # values RFCs and providers print as examples
    for fname, text, why in (
            ("test_rfc5849.py", "oauth_token = 'hh5s93j4hdidpola'\noauth_token_secret = 'hdhd0244k9j7ao03'\n"
             "token=nnch734d00sl2jdk&secret=pfkkdhi9sl3r4s00\n", "RFC 5849 example credentials"),
            ("README.md", "```js\nhotp.generate({ secret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY', counter: 1 });\n"
             "totp.check(token, { secret: 'gezdgnbvgy3tqojqgezdgnbvgy3tqojq' });\n```\n", "RFC 4226 test secret"),
            ("CreateTokenCommand.d.ts",
             ' *   clientSecret: "VERYLONGSECRETeyJraWQiOiJrZXktMTU2NDAyODA5OSIsImFsZyI6IkhTMzg0In0",\n',
             "AWS SSO OIDC reference example"),
            ("totp_test.py", 'secret = "jbswy3dpehpk3pxp"\n', "Google Authenticator's sample seed, lower case")):
        emit("decoy", "doc-sample", fname, text, provider="generic", why=why)

# ---- the public half of a pair: an id beside its secret (b2noise) ------
# The secret is labelled; a finding on the id, the public key or the
# fragment is a false positive. Own seed.
PAIR_SHAPES = [
    (".env", "{P}_{I}={id}\n{P}_{S}={v}\n"),
    ("main.auto.tfvars", '{p}_{i} = "{id}"\n{p}_{s} = "{v}"\n'),
    ("settings.py", 'CLIENTS = {{\n    "{p}": {{"apiKey": "{id}", "secret": "{v}"}},\n}}\n'),
    ("enrich.conf", "[{p}]\naccessKey = {id}\nsecretKey = {v}\n"),
    ("config.yaml", "{p}:\n  access_key: {id}\n  secret_key: {v}\n"),
    ("config.ts", "export const {p}ApiKey = '{id}';\nexport const {p}ApiSecret = '{v}';\n"),
]
PAIR_NAMES = [("API_KEY", "API_SECRET"), ("ACCESS_KEY", "SECRET_KEY"), ("APP_KEY", "APP_SECRET"),
              ("KEY", "SECRET")]


def pair_half_block(emit):
    rnd = random.Random(5202)
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

    def rand(n, alphabet=alnum):
        while True:
            v = "".join(rnd.choice(alphabet) for _ in range(n))
            if re.search(r"[0-9]", v) and re.search(r"[A-Za-z]", v):
                return v

    for k, prefix in enumerate(("orbit", "nimbus", "quarry", "lattice", "ember", "tundra")):
        for j, (fname, tpl) in enumerate(PAIR_SHAPES):
            i_name, s_name = PAIR_NAMES[(k + j) % len(PAIR_NAMES)]
            key_id = rand(20, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
            v = rand(40)
            text = tpl.format(P=prefix.upper(), p=prefix, I=i_name, S=s_name,
                              i=i_name.lower(), s=s_name.lower(), id=key_id, v=v)
            emit("positive", "pair-half", fname, text, rule="generic-secret",
                 provider="generic", secret=v)
    # keys their providers publish to browsers
    for i in range(4):
        emit("decoy", "public-key", "public.ts",
             'export const AMPLITUDE_API_KEY = "%s";\nexport const PUSHER_APP_KEY = "%s";\n' % (
                 rand(32, "0123456789abcdef"), rand(20, "0123456789abcdef")),
             why="public browser key")


# ---- b2recall: values under a bare provider name, and other shapes a blind
# corpus showed missed (tests/quality/README.md) --------------------------------
BARE_NAME = re.compile(r"\(\?<!\[A-Za-z0-9\]\)\(\?i:([A-Za-z0-9]+)[|)][^(]*\(\?=\[\"']\?\[ \\t\]\*\(\?:=>")
BARE_SHAPES = [
    ("bare-name-ruby", "sync_workspace.rb", "CLIENTS = {{\n  {p}: \"{v}\",\n  timeout: 30,\n}}\n"),
    ("bare-name-ruby-arrow", "tokens.rb", "tokens = {{ \"{p}\" => '{v}' }}\n"),
    ("bare-name-json", "keys.json", '{{\n  "{p}": "{v}"\n}}\n'),
    ("bare-name-toml", "tokens.toml", '[tokens]\n{p} = "{v}"\n'),
]


# a framework's secret under its one name, in its one file: placed as itself
STRUCTURED["wordpress-auth-salt"] = "file"
# a proxy's login without a scheme is one only after the proxy's name
STRUCTURED["url-proxy-login"] = "file"
# (lead, wave 6) keys a config file's own syntax names
STRUCTURED.update({rid: "file" for rid in (
    "privatekey-openvpn-static", "privatekey-wireguard", "drupal-hash-salt",
    "magento-crypt-key", "apple-app-specific-password")})
STRUCTURED["terraform-state-random-password"] = "file"
STRUCTURED["terraform-state-ses-smtp-password"] = "file"
STRUCTURED["hexpm-api-key-config"] = "file"
STRUCTURED["daemonfiles-auth-section-password"] = "file"
STRUCTURED["google-app-password"] = "file"  # a password setting's value, as Google shows it
STRUCTURED["daemonfiles-sip-auth-password"] = "file"
STRUCTURED["daemonconf-admin-key-list"] = "file"
STRUCTURED["generic-nested-key"] = "file"
# (formats30) a Functions key without AzFu is one only in a function's URL or header
STRUCTURED["azure-function-key-url"] = "file"
STRUCTURED["generic-byte-list-key"] = "file"
STRUCTURED["daemonconf-key-auth-key"] = "file"
STRUCTURED["esphome-api-encryption-key"] = "file"  # (h7b) its key only under api: encryption:

# (shape, file, template, rule, value kind): {v} the secret
B2_CASES = [
    ("make-variable", "Makefile", "SNYK_TOKEN ?= {v}\n\nscan:\n\tsnyk test\n", "snyk-api-token", "uuid"),
    ("make-variable", "Makefile", "DEPLOY_PASSWORD ?= {v}\n", "generic-secret", "alnum20"),
    ("spark-conf", "ingest.py",
     'spark.conf.set("fs.azure.account.key.lake.dfs.core.windows.net", "{v}")\n',
     "azure-storage-account-key", "b64key64"),
    ("markdown-table", "platforms.md", "| Platform | Credential | Value |\n|---|---|---|\n"
     "| Vercel | legacy token | `{v}` |\n", "vercel-access-token-legacy", "alnum24"),
    ("markdown-table", "platforms.md", "| Platform | Credential | Value | Owner |\n|---|---|---|---|\n"
     "| Railway | API token | {v} | infra |\n", "railway-api-token", "uuid"),
    ("markdown-table", "cloud.md", "| Cloud | Name | Value |\n| --- | --- | --- |\n"
     "| Tencent Cloud | SecretKey | {v} |\n", "tencentcloud-secret-key", "alnum32"),
    ("url-password", "airflow.cfg", "[database]\nsql_alchemy_conn = postgresql+psycopg2://airflow:{v}"
     "@db.internal:5432/airflow\n", "url-credentials", "alnum16"),
    ("url-password", "airflow.env", "AIRFLOW_CONN_DW='postgres://etl:{v}@dw.internal:5432/dw'\n",
     "url-credentials", "pct16"),
    ("url-userinfo", ".git-credentials", "https://{v}@codeberg.org\n", "url-credentials", "hex40"),
    ("http-basic-log", "api.log", "2026-03-14T10:00:02Z DEBUG POST /v1/orders headers="
     '{{"Accept": "*/*", "Authorization": "Basic {b64v}"}}\n', "generic-secret", "alnum16"),
    ("http-basic-log", "worker.log", "10:00:03,114 DEBUG Authorization: Basic {b64v}\n",
     "generic-secret", "alnum20"),
    ("csharp-property", "HubSpotOptions.cs", "public class HubSpotOptions\n{{\n"
     "    public string ClientSecret {{ get; set; }} = \"{v}\";\n}}\n", "generic-secret", "uuid"),
    ("csharp-property", "CrmOptions.cs", "public sealed class CrmOptions\n{{\n"
     "    public string ApiToken {{ get; init; }} = \"{v}\";\n}}\n", "generic-secret", "alnum24"),
    ("netrc", ".netrc", "machine github.com\n  login octo\n  password x-oauth-basic\n"
     "machine api.heroku.com\n  login ops@shop.test\n  password {v}\n", "heroku-api-key-legacy", "uuid"),
    ("netrc", ".netrc", "machine api.heroku.com login ops@shop.test password {v}\n",
     "heroku-api-key-legacy", "uuid"),
    ("csv-kind-column", "credentials-inventory.csv", "service,kind,value,owner\n"
     "hubspot,portal_id,24681357,crm\nhubspot,developer_api_key,{v},apps\n",
     "hubspot-developer-api-key", "uuid"),
    ("csv-kind-column", "inventory.csv", "system,type,secret_value,team\n"
     "billing,api_token,\"{v}\",finance\n", "generic-secret", "alnum20"),
    ("markdown-inline", "oncall.md", "## Paging\n\nOpsgenie API key: `{v}` (rotate yearly).\n",
     "opsgenie-api-key", "uuid"),
]


def b2_value(rnd, kind):
    alnum = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
    if kind == "uuid":
        h = "%032x" % rnd.getrandbits(128)
        return "%s-%s-4%s-a%s-%s" % (h[:8], h[8:12], h[13:16], h[17:20], h[20:])
    if kind.startswith("hex"):
        return "%0*x" % (int(kind[3:]), rnd.getrandbits(4 * int(kind[3:])))
    if kind.startswith("b64key"):
        return base64.b64encode(rnd.getrandbits(8 * int(kind[6:])).to_bytes(
            int(kind[6:]), "big")).decode()
    if kind.startswith("pct"):  # a percent-encoded password
        return "%40" + b2_value(rnd, "alnum" + kind[3:]) + "%21"
    v = ""
    while not (re.search(r"[0-9]", v) and re.search(r"[A-Za-z]", v)):
        v = "".join(rnd.choice(alnum) for _ in range(int(kind[5:])))
    return v


def b2recall_block(emit, rules):
    """Positives of the shapes above: every rule that reads its provider's
    bare name gets its first example secret under that name."""
    k = 0
    for provider, r in rules:
        m = BARE_NAME.search(r["regex"])
        ex = [e for e in r["examples"] if isinstance(e, dict) and "secret" in e]
        if not m or not ex or "\n" in ex[0]["secret"] or '"' in ex[0]["secret"]:
            continue
        shape, fname, tpl = BARE_SHAPES[k % len(BARE_SHAPES)]
        k += 1
        emit("positive", shape, fname, tpl.format(p=m.group(1).lower(), v=ex[0]["secret"]),
             rule=r["id"], provider=provider, secret=ex[0]["secret"])
    rnd = random.Random(5205)
    for i in range(2):
        for shape, fname, tpl, rule, kind in B2_CASES:
            v = b2_value(rnd, kind)
            b64v = base64.b64encode(("svc-deploy:" + v).encode()).decode()
            # a URL's percent-encoded password is reported decoded
            emit("positive", shape, fname, tpl.format(v=v, b64v=b64v), rule=rule,
                 provider=rule.split("-")[0],
                 secret=urllib.parse.unquote(v) if kind.startswith("pct") else v)


# ---- formats-b (wave 6): formats and names of providers m-z ----------------------
# Each: (shape, file, template, rule or None for a decoy, value kind). Positives
# are the formats a provider issues beside the one its first rule knew (PostHog's
# 35-byte and secret keys, Sentry and New Relic keys from before their prefixes,
# Vault tokens from before 1.10, Pinecone's UUID keys); decoys are the same
# values under names that do not hold a credential, and public ids of the kind.
FORMATSB_CASES = [
    ("env", ".env", "POSTHOG_PERSONAL_API_KEY=phx_{v}\n", "posthog-personal-api-key", "b57:47"),
    ("js-const", "flags.js", "const posthog = new PostHog(key, {{ personalApiKey: 'phs_{v}' }});\n",
     "posthog-secret-api-key", "b57:48"),
    ("json", "oauth.json", '{{"access_token": "pha_{v}", "expires_in": 3600}}\n', "posthog-oauth-token", "b57:44"),
    ("yaml", "ci.yml", "env:\n  SENTRY_AUTH_TOKEN: {v}\n", "sentry-auth-token-legacy", "hex64"),
    ("ini", ".sentryclirc", "[auth]\ntoken = {v}\n", "sentry-auth-token-legacy", "hex64"),
    ("yaml", "newrelic.yml", "# New Relic agent\nproduction:\n  license_key: \"{v}\"\n",
     "newrelic-license-key-legacy", "hex40"),
    ("ini", "newrelic.ini", "[newrelic]\nlicense_key = {v}\n", "newrelic-license-key-legacy", "hex40"),
    ("terraform", "vault.tf", 'provider "vault" {{\n  address = "https://vault.acme.io"\n  token   = "s.{v}"\n}}\n',
     "vault-legacy-token", "alnum24"),
    ("python-kwarg", "index.py", 'pc = Pinecone(api_key="{v}")  # pinecone\n', "pinecone-api-key-legacy", "uuid"),
    # decoys: public or non-secret values beside the same providers
    ("env", ".env", "NEXT_PUBLIC_POSTHOG_KEY=phc_{v}\n", None, "b57:43"),
    ("yaml", "release.yml", "sentry:\n  release: {v}\n", None, "hex40"),
    ("yaml", "newrelic.yml", "# New Relic agent\ncommon:\n  app_name: web\n  build: {v}\n", None, "hex40"),
    ("env", ".env", "PINECONE_INDEX_HOST=idx-{v}.svc.pinecone.io\nPINECONE_PROJECT_ID={v}\n", None, "uuid"),
    ("yaml", "config.yml", "vault:\n  path: secret/data/app\n  namespace: s.{v}x\n", None, "alnum24"),
    # later batches: app secrets by name, prefixed kinds
    ("json", "slack.json", '{{"slack": {{"client_id": "4012.5233", "signing_secret": "{v}"}}}}\n',
     "slack-app-secret", "hex32"),
    ("toml", "shopify.app.toml", '[shopify]\napi_secret_key = "{v}"\n', "shopify-api-secret-key", "hex32"),
    ("env", ".env", "GEM_HOST_API_KEY={v}\n", "rubygems-api-key-legacy", "hex32"),
    ("yaml", "trello.yml", "trello:\n  key: 0f3e\n  token: {v}\n", "trello-token-legacy", "hex64"),
    ("env", ".env", "SHOPIFY_CLI_THEME_TOKEN=shptka_{v}\n", "shopify-theme-access-password", "hex32"),
    ("env", ".env.e2e", "VERCEL_AUTOMATION_BYPASS_SECRET={v}\n", "vercel-protection-bypass-secret", "alnum32"),
    # decoys: non-secret values beside the same providers
    ("yaml", "slack.yml", "slack:\n  app_id: A0{v}\n", None, "alnum9"),
    ("env", ".env", "QSTASH_URL=https://qstash.upstash.io\nQSTASH_CURRENT_SIGNING_KEY=sig_xxxxxxxxxxxxx{v}\n", None, "alnum4"),
]


def formatsb_block(emit):
    """Positives and decoys of FORMATSB_CASES; their own seed."""
    rnd = random.Random(6206)
    b57 = "23456789abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ"
    for i in range(2):
        for shape, fname, tpl, rule, kind in FORMATSB_CASES:
            if kind.startswith("b57:"):
                v = "".join(rnd.choice(b57) for _ in range(int(kind[4:])))
            else:
                v = b2_value(rnd, kind)
            text = tpl.format(v=v)
            if rule is None:
                emit("decoy", shape, fname, text, provider="formatsb", why="public id or non-secret value")
                continue
            secret = re.search(r"(?:ph[xsa]_|s\.|shptka_)?" + re.escape(v), text).group(0)
            emit("positive", shape, fname, text, rule=rule, provider=rule.split("-")[0], secret=secret)
# wave 6 formats-a: second key kinds and SDK names of providers a-l, in the
# places their own docs put them (positives), and the public ids issued
# beside them (decoys): a tunnel id, an R2 or Spaces access key id, an OAuth
# client id, a Cloudinary API key, a Datadog RUM client token
def formats_a_block(emit):
    rnd = random.Random(6601)

    def pick(alphabet, n):
        return "".join(rnd.choice(alphabet) for _ in range(n))

    upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    alnum = upper + upper.lower() + "0123456789"
    hexd, b64 = "0123456789abcdef", alnum + "+/"
    for i in range(4):
        oat = "sk-ant-oat01-" + pick(alnum + "_-", 93) + "AA"
        user = "BedrockAPIKey-%s-at-%s" % (pick("abcdefghijklmnopqrstuvwxyz0123456789", 4),
                                           pick("0123456789", 12))
        absk = "ABSK" + base64.b64encode((user + ":" + pick(b64, 60)).encode()).decode()
        dose = "dose" + pick(hexd, 32)
        duo = pick(alnum, 40)
        r2, r2id, acct = pick(hexd, 64), pick(hexd, 32), pick(hexd, 32)
        spaces = pick(b64, 42) + pick("0123456789", 1)
        eleven = "sk_" + pick(hexd, 48)
        ghcs = pick(hexd, 40)
        glpat = "%s-glpat-%s" % (rnd.choice(["acme", "corp", "sie"]), pick(alnum + "_-", 20))
        bkagent = pick("abcdefghijklmnopqrstuvwxyz", 10) + pick("abcdefghijklmnopqrstuvwxyz0123456789", 40)
        dgkey, linode = pick(hexd, 40), pick(hexd, 64)
        cases = [
            ("claude-settings", ".claude/settings.json",
             '{\n  "env": {\n    "CLAUDE_CODE_USE_BEDROCK": "1",\n    "AWS_BEARER_TOKEN_BEDROCK": "%s"\n  }\n}\n' % absk,
             "aws-bedrock-api-key", absk),
            ("gh-actions", "claude.yml",
             "      - uses: anthropics/claude-code-action@v1\n        with:\n          claude_code_oauth_token: %s\n" % oat,
             "anthropic-oauth-token", oat),
            ("databricks-sdk", "job.py",
             'w = WorkspaceClient(\n    host="https://adb-%s.3.azuredatabricks.net",\n    client_id="%s",\n    client_secret="%s",\n)\n'
             % (pick("0123456789", 16), pick(hexd, 8) + "-" + pick(hexd, 4) + "-4" + pick(hexd, 3) + "-a"
                + pick(hexd, 3) + "-" + pick(hexd, 12), dose), "databricks-oauth-secret", dose),
            ("duo-universal", "settings.py",
             "DUO_CLIENT_ID = 'DI%s'\nDUO_CLIENT_SECRET = '%s'\nDUO_API_HOSTNAME = 'api-%s.duosecurity.com'\n"
             % (pick(upper + "0123456789", 18), duo, pick(hexd, 8)), "duo-secret-key", duo),
            ("wrangler-env", ".dev.vars",
             "R2_ACCOUNT_ID=%s\nR2_ACCESS_KEY_ID=%s\nR2_SECRET_ACCESS_KEY=%s\n" % (acct, r2id, r2),
             "cloudflare-r2-secret-access-key", r2),
            ("spaces-compose", "docker-compose.yml",
             "services:\n  app:\n    environment:\n      DO_SPACES_KEY: DO00%s\n      DO_SPACES_SECRET: %s\n"
             % (pick(upper + "0123456789", 16), spaces), "digitalocean-spaces-secret-key", spaces),
            ("python-getenv", "tts.py",
             'import os\nELEVEN_API_KEY = os.environ.get("ELEVEN_API_KEY", "%s")\n' % eleven,
             "elevenlabs-api-key", eleven),
            ("dotenv", ".env.local",
             "AUTH_GITHUB_ID=Ov23li%s\nGITHUB_CLIENT_SECRET=%s\n" % (pick(alnum, 14), ghcs),
             "github-oauth-app-client-secret", ghcs),
            ("glab-config", "config.yml",
             "hosts:\n    gitlab.acme.io:\n        token: %s\n        api_host: gitlab.acme.io\n" % glpat,
             "gitlab-pat", glpat),
            ("docker-run", "agent.sh",
             "docker run -d -e BUILDKITE_AGENT_TOKEN=%s buildkite/agent:3\n" % bkagent,
             "buildkite-agent-token", bkagent),
            ("sdk-positional", "stt.ts",
             'import { createClient } from "@deepgram/sdk";\nconst deepgram = createClient("%s");\n' % dgkey,
             "deepgram-api-key", dgkey),
            ("sdk-positional", "servers.py",
             "from linode_api4 import LinodeClient\n\nclient = LinodeClient('%s')\n" % linode,
             "linode-personal-access-token", linode),
        ]
        for shape, fname, text, rule, secret in cases:
            emit("positive", "formats-a-" + shape, fname, text, rule=rule,
                 provider=rule.split("-")[0], secret=secret)
        decoys = [
            ("tunnel-id", "config.yml",
             "tunnel: %s\ncredentials-file: /etc/cloudflared/creds.json\n" % (
                 pick(hexd, 8) + "-" + pick(hexd, 4) + "-4" + pick(hexd, 3) + "-b" + pick(hexd, 3) + "-"
                 + pick(hexd, 12))),
            ("r2-key-id", ".env", "R2_ACCOUNT_ID=%s\nR2_ACCESS_KEY_ID=%s\nR2_BUCKET=assets\n" % (acct, r2id)),
            ("spaces-key-id", ".env", "SPACES_ACCESS_KEY_ID=DO00%s\nSPACES_REGION=nyc3\n"
             % pick(upper + "0123456789", 16)),
            ("oauth-client-id", ".env", "GITHUB_CLIENT_ID=Iv1.%s\nDATABRICKS_CLIENT_ID=%s\n"
             % (pick(hexd, 16), pick(hexd, 8) + "-" + pick(hexd, 4) + "-4" + pick(hexd, 3) + "-a"
                + pick(hexd, 3) + "-" + pick(hexd, 12))),
            ("cloudinary-key", ".env", "CLOUDINARY_CLOUD_NAME=acme\nCLOUDINARY_API_KEY=%s\n"
             % pick("0123456789", 15)),
            ("dd-client-token", "rum.js", "datadogRum.init({\n  applicationId: '%s',\n  clientToken: 'pub%s',\n  site: 'datadoghq.com',\n});\n"
             % (pick(hexd, 8) + "-" + pick(hexd, 4) + "-4" + pick(hexd, 3) + "-8" + pick(hexd, 3) + "-"
                + pick(hexd, 12), pick(hexd, 32))),
            ("prose-dose", "NOTES.md", "Adjust the dose%s field before the run.\n" % pick(hexd, 6)),
        ]
        for shape, fname, text in decoys:
            emit("decoy", "formats-a-" + shape, fname, text, why="public id beside a secret")
# wave 7 formats-c: providers a-l with a format of their own (Apify, Axiom,
# Astra DB, Adafruit IO, DeepL, Infracost, Honeybadger v3, Flutterwave's
# test encryption key, WordPress application passwords, Checkout.com's
# UUID keys, Azure DevOps PATs read by `az devops login`), in the places
# their docs and SDKs put them (positives); the public ids issued beside
# them and look-alikes in code (decoys)
def formats_c_block(emit):
    rnd = random.Random(7707)

    def pick(alphabet, n):
        return "".join(rnd.choice(alphabet) for _ in range(n))

    upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    lower, digits, hexd = upper.lower(), "0123456789", "0123456789abcdef"
    alnum = upper + lower + digits

    def strong(n):  # upper, lower and a digit, as the providers' generators give
        while True:
            v = pick(alnum, n)
            if any(c in upper for c in v) and any(c in lower for c in v) and any(c in digits for c in v):
                return v

    def uid():
        return "%s-%s-4%s-%s%s-%s" % (pick(hexd, 8), pick(hexd, 4), pick(hexd, 3), rnd.choice("89ab"),
                                      pick(hexd, 3), pick(hexd, 12))

    for i in range(4):
        wp = " ".join(strong(24)[j:j + 4] for j in range(0, 24, 4))
        apify, aio, ico = "apify_api_" + strong(36), "aio_" + strong(28), "ico-" + strong(32)
        axiom, deepl, hb = "xaat-" + uid(), uid() + ":fx", "hbu_" + strong(32)
        astra = "AstraCS:%s:%s" % (pick(upper + lower, 24), pick(hexd, 64))
        flw, cko = "FLWSECK_TEST" + pick(hexd, 12), "sk_test_" + uid()
        ado = pick("abcdefghijklmnopqrstuvwxyz234567", 52)
        signkey, dub = "signkey-prod-" + pick(hexd, 64), "dub_" + strong(24)
        pylf, car, ser = "pylf_v1_us_" + strong(48), "sk_car_" + strong(32), "ser." + strong(22)
        cases = [
            ("wp-env", "wp.env", "WP_URL=https://blog.example.org\nWP_USER=bot\nWP_APPLICATION_PASSWORD=%s\n" % wp,
             "wordpress-application-password", wp),
            ("wp-php", "sync.php", "$client = new WpClient('https://shop.example.com', 'admin', '%s');\n// wordpress REST\n" % wp,
             "wordpress-application-password", wp),
            ("apify-js", "crawl.mjs", "import { ApifyClient } from 'apify-client';\nconst client = new ApifyClient({ token: '%s' });\n" % apify,
             "apify-api-token", apify),
            ("arduino", "secrets.h", "#define SECRET_SSID \"home\"\n#define AIO_USERNAME \"maker\"\n#define AIO_KEY \"%s\"\n" % aio,
             "adafruit-io-key", aio),
            ("gh-actions", "costs.yml", "      - uses: infracost/actions/setup@v3\n        with:\n          api-key: %s\n" % ico,
             "infracost-api-key", ico),
            ("vector", "vector.toml", "[sinks.axiom]\ntype = \"axiom\"\ndataset = \"logs\"\ntoken = \"%s\"\n" % axiom,
             "axiom-token", axiom),
            ("deepl-node", "i18n.ts", "const translator = new deepl.Translator(process.env.DEEPL_KEY ?? '%s');\n" % deepl,
             "deepl-api-key-free", deepl),
            ("astra-langchain", "rag.py", "vstore = AstraDBVectorStore(\n    collection_name=\"docs\",\n    token=\"%s\",\n)\n" % astra,
             "astra-db-token", astra),
            ("honeybadger-mcp", ".mcp.json", "{\"env\": {\"HONEYBADGER_PERSONAL_AUTH_TOKEN\": \"%s\"}}\n" % hb,
             "honeybadger-api-token", hb),
            ("checkout-node", "pay.ts", "const cko = new Checkout('%s');\n" % cko, "checkoutcom-secret-key", cko),
            ("ado-login", "bootstrap.sh", "echo '%s' | az devops login --organization https://dev.azure.com/acme\n" % ado,
             "azure-devops-pat", ado),
            ("inngest-vercel", "vercel.env", "INNGEST_SIGNING_KEY=\"%s\"\n" % signkey, "inngest-signing-key", signkey),
            ("dub-python", "links.py", "from dub import Dub\nd = Dub(token=\"%s\")\n" % dub, "dub-api-key", dub),
            ("logfire-compose", "docker-compose.yml", "services:\n  api:\n    environment:\n      - LOGFIRE_TOKEN=%s\n" % pylf,
             "logfire-token", pylf),
            ("cartesia-livekit", "agent.py", "tts = cartesia.TTS(api_key=\"%s\", model=\"sonic-2\")\n" % car,
             "cartesia-api-key", car),
            ("flagsmith-node", "flags.ts", "const flagsmith = new Flagsmith({ environmentKey: '%s' });\n" % ser,
             "flagsmith-server-key", ser),
        ]
        for shape, fname, text, rule, secret in cases:
            emit("positive", "formats-c-" + shape, fname, text, rule=rule,
                 provider=rule.split("-")[0], secret=secret)
        decoys = [
            ("wp-prose", "README.md", "WordPress tip: Make Your Site Look Good With This 2024 theme.\n"),
            ("astra-endpoint", ".env", "ASTRA_DB_API_ENDPOINT=https://%s-us-east1.apps.astra.datastax.com\n" % uid()),
            ("axiom-org", ".env", "AXIOM_ORG_ID=acme-%s\nAXIOM_DATASET=logs\n" % pick(lower + digits, 4)),
            ("deepl-glossary", "i18n.ts", "const glossaryId = '%s'; // deepl glossary\n" % uid()),
            ("flw-public", ".env", "FLW_PUBLIC_KEY=FLWPUBK_TEST-%s-X\n" % pick(hexd, 32)),
            ("aio-c", "aio.c", "static int aio_%s_completion(struct kiocb *iocb);\n" % pick(lower, 8)),
            ("ico-css", "index.html", "<span class=\"ico-%s\"></span>\n" % pick(lower, 10)),
            ("cko-public", "pay.ts", "const cko = new Checkout({ publicKey: 'pk_test_%s' });\n" % uid()),
            ("serial-port", "read.py", "ser = serial.Serial('/dev/ttyUSB0', 9600)\nline = ser.readline()\nser.write(b'AT\\r')\n"),
            ("flagsmith-client", "flags.js", "flagsmith.init({ environmentID: '%s' });\n" % pick(upper + lower + digits, 22)),
            ("dub-identifier", "audio.py", "def dub_%s_track(clip):\n    return clip\n" % pick(lower, 8)),
        ]
        for shape, fname, text in decoys:
            emit("decoy", "formats-c-" + shape, fname, text, why="public id or look-alike")
# Shapes the third blind corpus found (wave 6, b3fix): bearer tokens in
# code with no provider named, headers set by nginx and Apache, package
# constructors, declarations typed between name and value, env fallbacks,
# project config (Redis strings, JSON parents, CloudFormation defaults,
# debconf, SetEnv, Kubernetes env lists). {v}: a token, {p}: a password.
B3FIX_SHAPES = [
    ("code-bearer", "Api.java", 'Request req = new Request.Builder().url(url)\n    .addHeader("Authorization", "Bearer {v}")\n    .build();\n'),
    ("code-bearer", "client.go", 'req.Header.Set("Authorization", "Bearer {v}")\n'),
    ("code-bearer", "Sender.cs", 'http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "{v}");\n'),
    ("code-bearer", "Sender.cs", 'http.DefaultRequestHeaders.Add("Authorization", "Bearer {v}");\n'),
    ("code-bearer", "Net.swift", 'request.setValue("Bearer {v}", forHTTPHeaderField: "Authorization")\n'),
    ("code-bearer", "api.ts", "const res = await fetch(url, { headers: { Authorization: `Bearer {v}` } });\n"),
    ("code-bearer", "http.ts", "axios.defaults.headers.common['Authorization'] = 'Bearer {v}';\n"),
    ("code-bearer", "main.rs", 'let resp = client.get(url).bearer_auth("{v}").send()?;\n'),
    ("code-bearer", "vhost.conf", '<Location /api>\n  RequestHeader set Authorization "Bearer {v}"\n</Location>\n'),
    ("nginx-header", "api.conf", 'location /api/ {\n    proxy_set_header X-Api-Key "{v}";\n}\n'),
    ("typed-const", "consts.rs", 'pub const DEPLOY_TOKEN: &str = "{v}";\n'),
    ("typed-const", "config.ts", 'export const SIGNING_SECRET: string = "{v}";\n'),
    ("typed-const", "Keys.kt", 'private val apiSecret: String = "{v}"\n'),
    ("typed-const", "keys.go", 'var ServiceToken string = "{v}"\n'),
    ("typed-const", "Keys.swift", 'static let accessToken: String = "{v}"\n'),
    ("env-fallback2", "Config.kt", 'val token = System.getenv("DEPLOY_TOKEN") ?: "{v}"\n'),
    ("env-fallback2", "config.py", 'SECRET_KEY = os.environ.get("SECRET_KEY") or "{v}"\n'),
    ("k8s-env-list", "deploy.yaml", "      env:\n        - name: WEBHOOK_SECRET\n          value: '{v}'\n"),
    ("redis-string", "appsettings.json", '{\n  "ConnectionStrings": {\n    "Cache": "cache.internal:6380,password={v},ssl=True"\n  }\n}\n'),
    ("json-parent-kind", "appsettings.json", '{\n  "Jwt": {\n    "Key": "{v}",\n    "Issuer": "portal"\n  }\n}\n'),
    ("cfn-default", "template.yaml", "Parameters:\n  DbPassword:\n    Type: String\n    NoEcho: true\n    Default: {p}\n"),
    ("debconf", "Vagrantfile", '  config.vm.provision "shell", inline: <<-SHELL\n    echo "mysql-server mysql-server/root_password password {p}" | debconf-set-selections\n  SHELL\n'),
    ("apache-setenv", "vhost.conf", "<VirtualHost *:80>\n  SetEnv DB_PASSWORD {p}\n</VirtualHost>\n"),
]
B3FIX_DECOYS = [
    ("code-bearer", "Api.java", '    .addHeader("Authorization", "Bearer " + token)\n'),
    ("code-bearer", "api.ts", "const h = { Authorization: `Bearer ${token}` };\n"),
    ("code-bearer", "client.go", 'req.Header.Set("Authorization", "Bearer <token>")\n'),
    ("code-bearer", "Sender.cs", 'new AuthenticationHeaderValue("Bearer", accessToken);\n'),
    ("code-bearer", "README.md", "Send the header `Authorization: Bearer YOUR_ACCESS_TOKEN` with each call.\n"),
    ("typed-const", "consts.rs", 'const API_TOKEN: &str = env!("API_TOKEN");\n'),
    ("typed-const", "config.ts", 'export const SIGNING_SECRET: string = process.env.SIGNING_SECRET ?? "";\n'),
    ("env-fallback2", "Config.kt", 'val token = System.getenv("DEPLOY_TOKEN") ?: "changeme"\n'),
    ("k8s-env-list", "deploy.yaml", "        - name: WEBHOOK_SECRET\n          valueFrom:\n            secretKeyRef:\n              name: webhook\n              key: secret\n"),
    ("json-parent-kind", "appsettings.json", '{"Jwt": {"Key": "YOUR_JWT_SIGNING_KEY", "Issuer": "portal"}\n'),
    ("json-parent-kind", "_models.py", '    _attribute_map = {\n        "md5_authentication_key": {"key": "md5AuthenticationKey", "type": "str"},\n    }\n'),
    ("cfn-default", "template.yaml", "Parameters:\n  DbPassword:\n    Type: String\n    NoEcho: true\n    Default: '{{resolve:secretsmanager:db}}'\n"),
    ("debconf", "setup.sh", 'echo "mysql-server mysql-server/root_password password $DB_ROOT_PW" | debconf-set-selections\n'),
    ("public-value", "config.json", '{"mixpanel": {"projectToken": "%s"}\n'),
    ("public-value", "application.properties", "mixpanel.project-token=%s\n"),
    ("public-value", "analytics.py", 'MIXPANEL = {\n    "token": "%s",\n}\n'),
    ("public-value", "link.json", '{"plaidPublicToken": "public-sandbox-%s"}\n'),
    ("public-value", ".env.production", "VITE_MAPBOX_TOKEN=pk.eyJ1IjoiYWNtZSIsImEiOiJjbGt6M3Q5cWcwMXhqIn0.%s\n"),
    ("public-value", "app.json", '{"githubAppToken": "Iv1.%.16s"}\n'),
    ("public-value", "sealed.yaml", "kind: SealedSecret\nspec:\n  encryptedData:\n    DB_PASSWORD: AgB%s\n"),
    ("public-value", ".bash_history", "curl -s https://api.mailjet.com/v3.1/send -u %s:$MJ_SECRET\n"),
]


def b3fix_block(emit):
    """Positives and decoys of the shapes above; their own seed."""
    rnd = random.Random(6303)
    alnum = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
    hexa = "0123456789abcdef"

    def rand(n, alphabet):
        v = ""
        while not (re.search(r"[0-9]", v) and re.search(r"[A-Za-z]", v)):
            v = "".join(rnd.choice(alphabet) for _ in range(n))
        return v

    for i in range(3):
        for shape, fname, tpl in B3FIX_SHAPES:
            if "{p}" in tpl:
                v = rand(rnd.choice((10, 12, 14)), alnum)
                rule = "generic-password"
            else:
                # hex of 20 falls under the entropy floor 6% of the time
                v = rand(rnd.choice((32, 40)), hexa) if i % 2 else rand(
                    rnd.choice((20, 32, 40)), alnum)
                rule = "generic-secret"
            emit("positive", shape, fname, tpl.replace("{v}", v).replace("{p}", v),
                 rule=rule, provider="generic", secret=v)
    for shape, fname, tpl in B3FIX_DECOYS:
        text = tpl % rand(32, hexa) if "%s" in tpl else tpl
        emit("decoy", shape, fname, text, provider="generic",
             why="no literal token, a placeholder, or a value its provider makes public")


# ---- (shapes4) values a line's own syntax hides --------------------------
# A YAML block scalar's one line below its name, an env fallback on the
# next line, concatenated literals, a user variable joined to a literal
# password, C#'s verbatim strings, a builder's method, Terraform's one-line
# variable, npm's base64 fields; and the rules of patterns/dbclient.json
# and patterns/daemonconf.json, which know a password by the call or the
# directive around it (their examples are placed whole).
STRUCTURED.update({rid: "file" for rid in (
    "dbclient-positional-password", "daemonconf-password", "twitch-chat-oauth-token")})
# {v}: a token (generic-secret), {p}: a password (generic-password)
SHAPES4 = [
    ("yaml-block", "common.yaml", "profile::db::password: >\n  {p}\n"),
    ("yaml-block", "values.yaml", "db:\n  host: db01\n  password: |-\n    {p}\n"),
    ("yaml-block", "group_vars/all.yml", "deploy_token: >-\n  {v}\n"),
    ("yaml-block", "application.yml", "spring:\n  mail:\n    password: |\n      {p}\n"),
    ("fallback-next-line", "runtime.exs", "api_token =\n  System.get_env(\"API_TOKEN\") ||\n    \"{v}\"\n"),
    ("fallback-next-line", "server.js", "const secret = process.env.SESSION_SECRET ||\n  '{v}';\n"),
    ("fallback-next-line", "config.rb", "TOKEN = ENV[\"DEPLOY_TOKEN\"] ||\n  \"{v}\"\n"),
    ("concat", "client.js", "const auth = 'Bearer ' + '{v}';\n"),
    ("concat", "Api.java", "conn.setRequestProperty(\"Authorization\", \"Bearer \" + \"{v}\");\n"),
    ("concat", "Api.cs", "client.DefaultRequestHeaders.Add(\"Authorization\", \"Bearer \" + \"{v}\");\n"),
    ("concat", "api.py", "headers = {{\"Authorization\": \"Bearer \" + \"{v}\"}}\n"),
    ("concat", "api.php", "$headers = ['Authorization: ' . 'Bearer ' . '{v}'];\n"),
    ("concat", "fetch.m", "opts = weboptions('HeaderFields', {{'Authorization', ['Bearer ' '{v}']}});\n"),
    ("user-concat", "Callout.cls", "req.setHeader('Authorization', 'Basic ' + EncodingUtil.base64Encode(Blob.valueOf(ACCOUNT_SID + ':' + '{v}')));\n"),
    ("user-concat", "Client.java", "String basic = \"Basic \" + Base64.getEncoder().encodeToString((apiKey + \":{v}\").getBytes()); // Authorization\n"),
    ("cs-verbatim", "Hooks.cs", "public const string WebhookSecret = @\"{v}\";\n"),
    ("cs-verbatim", "Db.cs", "private static readonly string DbPassword = @\"{p}\";\n"),
    ("builder-arg", "Upload.java", "Cloudinary c = Cloudinary.builder()\n    .cloudName(\"acme\")\n    .apiSecret(\"{v}\")\n    .build();\n"),
    ("builder-arg", "Client.kt", "val client = ApiClient.Builder().clientSecret(\"{v}\").build()\n"),
    ("hcl-variable-oneline", "variables.tf", "variable \"deploy_token\" {{ default = \"{v}\" }}\n"),
    ("hcl-variable-oneline", "main.tf", "variable deploy_token {{\n  type    = string\n  default = \"{v}\"\n}}\n"),
    ("hcl-variable-oneline", "vars.tf", "variable \"db_password\" {{\n  description = \"The default password\"\n  default     = \"{p}\"\n}}\n"),
    # package managers' registry credentials
    ("pkg-registry", ".pypirc", "[distutils]\nindex-servers = acme\n[acme]\nrepository = https://pypi.acme.io\nusername = deploy\npassword = {p}\n"),
    ("pkg-registry", "gradle.properties", "mavenUser=deploy\nmavenPassword={p}\n"),
    ("pkg-registry", "settings.xml", "<settings><servers><server><id>acme</id><username>deploy</username><password>{p}</password></server></servers></settings>\n"),
    ("pkg-registry", "NuGet.Config", "<configuration>\n  <packageSourceCredentials>\n    <acme>\n      <add key=\"Username\" value=\"deploy\" />\n      <add key=\"ClearTextPassword\" value=\"{p}\" />\n    </acme>\n  </packageSourceCredentials>\n</configuration>\n"),
    ("pkg-registry", "auth.json", "{{\n  \"http-basic\": {{\n    \"repo.acme.io\": {{\n      \"username\": \"deploy\",\n      \"password\": \"{p}\"\n    }}\n  }}\n}}\n"),
]
SHAPES4_DECOYS = [
    ("yaml-block", "common.yaml", "profile::db::password: >\n  {{{{ vault_db_password }}}}\n"),
    ("yaml-block", "values.yaml", "api_token: |-\n  ${{API_TOKEN}}\n"),
    ("yaml-block", "notes.yaml", "description: |\n  The api token is read from vault\n  at deploy time\nsecret_note: >\n  rotate it yearly\n  with the runbook\n"),
    ("yaml-block", "values.yaml", "password: >-\n  changeme\n"),
    ("fallback-next-line", "runtime.exs", "secret_key_base =\n  System.get_env(\"SECRET_KEY_BASE\") ||\n    raise \"environment variable SECRET_KEY_BASE is missing\"\n"),
    ("fallback-next-line", "server.js", "const secret = process.env.SESSION_SECRET ||\n  'changeme';\n"),
    ("concat", "client.js", "const auth = 'Bearer ' + token;\nconst other = \"Bearer \" + \"YOUR_TOKEN_HERE\";\n"),
    ("user-concat", "Callout.cls", "req.setHeader('Authorization', 'Basic ' + EncodingUtil.base64Encode(Blob.valueOf(ACCOUNT_SID + ':' + authToken)));\n"),
    ("user-concat", "Url.java", "String url = host + \":\" + \"8080\"; // authorization server\n"),
    ("cs-verbatim", "Paths.cs", "string SecretPath = @\"C:\\deploy\\keys\\secret.txt\";\n"),
    ("builder-arg", "Upload.java", "Cloudinary c = Cloudinary.builder()\n    .apiSecret(System.getenv(\"CLOUDINARY_API_SECRET\"))\n    .build();\n"),
    ("builder-arg", "Vault.java", "String name = vault.secret(\"db-credentials-v2\");\nString t = session.getToken(\"refresh_token_v2\");\n"),
    ("hcl-variable-oneline", "variables.tf", "variable \"deploy_token\" {{ default = \"\" }}\nvariable \"api_key\" {{ default = null }}\n"),
    ("npmrc-base64", ".npmrc", "//npm.acme.io/:_password=${{NPM_PASSWORD}}\n//npm.acme.io/:_auth=${{NPM_AUTH}}\n"),
    ("dbclient", "quotes.m", "conn = database('quotes','trader',getenv('DB_PASS'));\n"),
    ("dbclient", "db.php", "$db = new mysqli($host, $user, $pass, 'shop');\n"),
    ("daemonconf", "dovecot-ldap.conf.ext", "dnpass = %{{env:LDAP_PASS}}\n"),
    ("daemonconf", "redis.conf", "# requirepass foobared\n"),
    ("openvpn-auth", "notes.txt", "vpnuser\n{p}\n"),
    ("twitch-chat", "bot.yaml", "password: \"oauth:<your_oauth_token>\"\n"),
    ("pkg-registry", "NuGet.Config", "<add key=\"ClearTextPassword\" value=\"%NUGET_PASSWORD%\" />\n"),
    ("pkg-registry", "gradle.properties", "mavenPassword=\n"),
    ("pkg-registry", "auth.json", "{{\"http-basic\": {{\"repo.acme.io\": {{\"username\": \"deploy\", \"password\": \"<password>\"}}}}}}\n"),
]


def shapes4_block(emit):
    """Positives and decoys of the shapes above, and npm's base64 fields;
    their own seed."""
    rnd = random.Random(7404)
    alnum = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"

    def rand(n):
        v = ""
        while not (re.search(r"[0-9]", v) and re.search(r"[A-Z]", v) and re.search(r"[a-z]", v)):
            v = "".join(rnd.choice(alnum) for _ in range(n))
        return v

    for i in range(3):
        for shape, fname, tpl in SHAPES4:
            if "{p}" in tpl:
                v, rule = rand(rnd.choice((10, 12, 14))), "generic-password"
            else:
                v, rule = rand(rnd.choice((20, 24, 32))), "generic-secret"
            emit("positive", shape, fname, tpl.format(v=v, p=v), rule=rule, provider="generic",
                 secret=v)
        # npm: _password is the password in base64, _auth user:password's
        pw = rand(12)
        b64 = base64.b64encode(pw.encode()).decode()
        emit("positive", "npmrc-base64", ".npmrc",
             "//npm.acme.io/:username=deploy\n//npm.acme.io/:_password=%s\n" % b64,
             rule="generic-password", provider="generic", secret=pw, encoded=b64)
        pair = "deploy:" + rand(14)
        b64 = base64.b64encode(pair.encode()).decode()
        emit("positive", "npmrc-base64", ".npmrc", "_auth=%s\nalways-auth=true\n" % b64,
             rule="npm-npmrc-auth", provider="npm", secret=pair, encoded=b64)
        pair = "deploy:" + rand(16)
        b64 = base64.b64encode(pair.encode()).decode()
        emit("positive", "npmrc-base64", ".yarnrc.yml",
             "npmRegistryServer: \"https://npm.acme.io\"\nnpmAuthIdent: \"%s\"\n" % b64,
             rule="npm-yarnrc-auth-ident-password", provider="npm",
             secret=pair.split(":", 1)[1], encoded=b64)  # an ident's password, as Bundler's
        # the server and user in the same call, the password a literal
        pw = rand(12)
        emit("positive", "ecto-url", "prod.secret.exs",
             "config :app, App.Repo,\n  url: \"ecto://app:%s@db.internal/app_prod\"\n" % pw,
             rule="url-credentials", provider="url", secret=pw)
    for shape, fname, tpl in SHAPES4_DECOYS:
        emit("decoy", shape, fname, tpl.format(p=rand(12)), provider="generic",
             why="no literal credential, a placeholder, or text")
# ---- (names) credential names as code spells them (wave 12) --------------
# A passphrase in two words (pass_phrase), a camelCase name's Pass
# (siteAdminPass), an API signature (NVP's api_signature), a qualified
# creds/credentials, a form suffix after the word (_b64, Value, _raw), an
# array's or map's member (api_keys[0], tokens(1)) and a URL's userinfo as
# a setting (basic.auth.user.info=KEY:SECRET). Decoys: words that hold the
# letters and are no credential's (bypass, compass, renderPass,
# signatureAlgorithm, a bare signature, keyId, publicKey, tokenizer,
# credentials_file), random values under them.
# {v}: a token (generic-secret), {p}: a password (generic-password), {u}: a
# key id (the user half of user.info)
NAMES12 = [
    ("names-pass-phrase", "oci/config", "[DEFAULT]\nuser=ocid1.user.oc1..deploy\nkey_file=~/.oci/deploy.pem\npass_phrase={p}\n"),
    ("names-pass-phrase", "deploy.yml", "ssh:\n  key_pass_phrase: \"{p}\"\n"),
    ("names-pass-phrase", "Signer.java", "private static final String passPhrase = \"{v}\";\n"),
    ("names-camel-pass", "Config.hs", "ftpPass :: Text\nftpPass = \"{v}\"\n"),
    ("names-camel-pass", "settings.js", "module.exports = {{ siteAdminPass: '{v}', port: 8080 }};\n"),
    ("names-camel-pass", "Mailer.kt", "val smtpPass = \"{p}\"\n"),
    ("names-camel-pass", "deploy.json", "{{\n  \"host\": \"ftp.acme.io\",\n  \"rootPass\": \"{v}\"\n}}\n"),
    ("names-api-signature", "gateway.py", "API_USERNAME = \"billing_api1.acme.io\"\nAPI_SIGNATURE = \"{v}\"\n"),
    ("names-api-signature", "Gateway.cs", "const string ApiSignature = \"{v}\";\n"),
    ("names-api-signature", "merchant.yaml", "merchant:\n  api_signature: {v}\n"),
    ("names-creds", "settings.py", "SMTP_CREDS = \"{v}\"\n"),
    ("names-creds", "app.yaml", "backup:\n  storage_credentials: {v}\n"),
    ("names-creds", "client.ts", "const dbCreds = '{v}';\n"),
    ("names-suffix", "keys.py", "API_KEY_B64 = \"{v}\"\n"),
    ("names-suffix", "Auth.java", "private static final String tokenValue = \"{v}\";\n"),
    ("names-suffix", "config.yaml", "signing_secret_raw: \"{v}\"\n"),
    ("names-suffix", "main.go", "const passwordStr = \"{p}\"\n"),
    ("names-suffix", ".env", "WEBHOOK_SECRET_VALUE={v}\n"),
    ("names-index", "keys.py", "api_keys[0] = \"{v}\"\n"),
    ("names-index", "seed.rb", "passwords[\"db\"] = \"{p}\"\n"),
    ("names-index", "service.nml", "&service\n  tokens(1) = '{v}',\n/\n"),
    ("names-user-info", "client.properties", "basic.auth.credentials.source=USER_INFO\nbasic.auth.user.info={u}:{v}\n"),
    ("names-user-info", "producer.properties", "schema.registry.basic.auth.user.info={u}:{v}\n"),
]
NAMES12_DECOYS = [
    ("names-decoy", "proxy.yaml", "passthrough: {v}\ncompass: {v}\nbypass: localhost,127.0.0.1,.acme.internal\n"),
    ("names-decoy", "nav.py", "compass_heading = \"{v}\"\nbyPass = \"{v}\"\n"),
    ("names-decoy", "Jwt.java", "String signatureAlgorithm = \"{v}\";\nString signature = \"{v}\";\n"),
    ("names-decoy", "webhook.js", "const requestSignature = '{v}';\nconst keyId = '{v}';\n"),
    ("names-decoy", "render.ts", "const renderPass = '{v}';\nconst shadowPass = '{v}';\nconst firstPass = '{v}';\n"),
    ("names-decoy", "nlp.py", "tokenizer = \"{v}\"\nmonkey = \"{v}\"\nkeyboard = \"{v}\"\n"),
    ("names-decoy", "crm.yaml", "secretary: {v}\npassengers: {v}\npublicKey: {v}\n"),
    ("names-decoy", "settings.py", "credentials_file = \"{v}\"\ncreds_path = \"{v}\"\npassword_hint_value = \"{v}\"\n"),
    ("names-decoy", "plugins.txt", "credentials:1337.v{h}\nplain-credentials:183.va_{h}\n"),
    ("names-decoy", "client.properties", "basic.auth.credentials.source=USER_INFO\nbasic.auth.user.info=${{SR_KEY}}:${{SR_SECRET}}\n"),
]


def names_block(emit):
    """Positives and decoys of the names above; their own seed."""
    rnd = random.Random(1212)

    def rand(n):
        return mixed_token(rnd, n)

    for i in range(3):
        for shape, fname, tpl in NAMES12:
            if "{p}" in tpl:
                v, rule = rand(rnd.choice((10, 12, 14))), "generic-password"
            else:
                v, rule = rand(rnd.choice((20, 24, 32, 56))), "generic-secret"
            u = "".join(rnd.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(16))
            emit("positive", shape, fname, tpl.format(v=v, p=v, u=u), rule=rule,
                 provider="generic", secret=v)
    for shape, fname, tpl in NAMES12_DECOYS:
        emit("decoy", shape, fname, tpl.format(v=rand(24), h="%07x" % rnd.getrandbits(28)),
             provider="generic", why="a look-alike word, no credential's name")


# wave 7 b5formats: the fifth blind corpus's format classes (a Drupal
# hash salt as an environment variable, a Sumo Logic HTTP source URL in
# standard base64, a Telnyx key under a name that does not say Telnyx, an
# Intercom token in a Secret) and its false positives as hard decoys:
# Algolia search-only keys, Secret data that decodes to a placeholder,
# public halves (Scaleway access key ids, Kraken API keys, RevenueCat SDK
# keys, Ghost content keys in .properties)
def b5formats_block(emit):
    rnd = random.Random(7505)

    def pick(alphabet, n):
        return "".join(rnd.choice(alphabet) for _ in range(n))

    upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    alnum = upper + upper.lower() + "0123456789"
    b64url, b64std = alnum + "-_", alnum + "+/"
    hexd, hexu = "0123456789abcdef", "0123456789ABCDEF"

    def b64(text):
        return base64.b64encode(text.encode()).decode()

    def uuid4():
        return "%s-%s-4%s-a%s-%s" % (pick(hexd, 8), pick(hexd, 4), pick(hexd, 3), pick(hexd, 3), pick(hexd, 12))

    for i in range(3):
        salt, salt2 = pick(b64url, 74), pick(b64url, 55)
        sumo = "https://endpoint%d.collection.us2.sumologic.com/receiver/v1/http/%s==" % (i + 3, pick(b64std, 86))
        telnyx = "KEY01%s_%s" % (pick(hexu, 30), pick(alnum, 22))
        admin, search = pick(hexd, 32), pick(hexd, 32)
        intercom = b64("tok:%s:1:0" % uuid4())
        ghost = "%s:%s" % (pick(hexd, 24), pick(hexd, 64))
        cases = [
            ("diff-env", "settings.diff", "--- a/.env\n+++ b/.env\n@@ -1 +1,2 @@\n APP_ENV=prod\n+DRUPAL_HASH_SALT='%s'\n" % salt,
             "drupal-hash-salt", salt),
            ("dotenv", ".env", "MYSQL_DATABASE=drupal\nHASH_SALT=%s\n" % salt2, "drupal-hash-salt", salt2),
            ("properties-colon", "logging.properties", "sumo-http-url: %s\n" % sumo, "sumologic-http-source-url", sumo),
            ("vite-define", "astro.config.mjs",
             "export default defineConfig({ vite: { define: { 'import.meta.env.SMS_KEY': JSON.stringify('%s') } } });\n" % telnyx,
             "telnyx-api-key", telnyx),
            ("hugo-params", "hugo.toml",
             '[params]\n  algolia_appId = "K8Q2ZL4M7T"\n  algolia_apiKey = "%s"\n  algolia_indexName = "docs"\n  algolia_adminKey = "%s"\n' % (search, admin),
             "algolia-admin-api-key", admin),
            ("k8s-data-base64", "intercom.yaml",
             "apiVersion: v1\nkind: Secret\ndata:\n  INTERCOM_ACCESS_TOKEN: %s\n" % b64(intercom), "intercom-access-token", intercom),
            ("properties-dotted", "blog.properties", "ghost.admin.api.key=%s\n" % ghost, "ghost-admin-api-key", ghost),
        ]
        for shape, fname, text, rule, secret in cases:
            emit("positive", "b5formats-" + shape, fname, text, rule=rule, provider=rule.split("-")[0], secret=secret)
        decoys = [
            ("k8s-placeholder", "secret.yaml", "apiVersion: v1\nkind: Secret\ndata:\n  access-key: %s\n  api-token: %s\n  api-key: %s\n" % (
                b64(rnd.choice(["YOUR_ACCESS_KEY", "YOUR_API_TOKEN_HERE", "changeme"])),
                b64(rnd.choice(["<access_token>", "<api-token>", "${API_TOKEN}"])),
                b64(rnd.choice(["secret_api_key", "client_secret_value", "serviceApiToken"])))),
            ("algolia-search", "_config.yml", "algolia:\n  application_id: K8Q2ZL4M7T\n  index_name: site\n  search_only_api_key: %s\n" % pick(hexd, 32)),
            ("algolia-search", "docusaurus.config.js",
             "module.exports = {\n  themeConfig: {\n    algolia: {\n      appId: 'K8Q2ZL4M7T',\n      apiKey: '%s',\n      indexName: 'docs',\n    },\n  },\n};\n" % pick(hexd, 32)),
            ("algolia-search", ".env.local", "NEXT_PUBLIC_ALGOLIA_SEARCH_API_KEY=%s\n" % pick(hexd, 32)),
            ("public-id", "README.md", "```sh\nexport SCW_ACCESS_KEY=SCW%s\n```\n" % pick(upper + "0123456789", 17)),
            ("public-id", "integrations.yml", 'integrations:\n  kraken_api_key: "%s"\n' % pick(b64std, 56)),
            ("public-sdk-key", "AppDelegate.swift", 'Purchases.configure(withAPIKey: "%s")\n' % (rnd.choice(["appl_", "goog_", "amzn_"]) + pick(alnum, 27))),
            ("public-sdk-key", "keys.ts", "export const REVENUECAT_API_KEY = '%s';\n" % (rnd.choice(["appl_", "goog_", "amzn_"]) + pick(alnum, 27))),
            ("public-key", "blog.properties", "ghost.url=https://blog.acme.dev\nghost.content.api.key=%s\n" % pick(hexd, 26)),
        ]
        for shape, fname, text in decoys:
            emit("decoy", "b5formats-" + shape, fname, text, why="public key or placeholder")
# wave 7 formats-d: providers m-z and the fourth blind corpus's classes,
# in the places their own docs put them (positives), and what is issued
# beside them or looks like them and is public (decoys): publishable keys,
# client keys, project ids, a truncated prefix, a monitor's read key
def formats_d_block(emit):
    rnd = random.Random(7702)

    def pick(alphabet, n):
        return "".join(rnd.choice(alphabet) for _ in range(n))

    upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    alnum = upper + upper.lower() + "0123456789"
    hexd, digits = "0123456789abcdef", "0123456789"

    def uuid4():
        return "%s-%s-4%s-a%s-%s" % (pick(hexd, 8), pick(hexd, 4), pick(hexd, 3), pick(hexd, 3), pick(hexd, 12))

    for i in range(3):
        mmk = pick(alnum, 6) + "_" + pick(alnum, 29) + "_mmk"
        riot = "RGAPI-" + uuid4()
        trig = "tr_prod_" + pick(alnum, 20)
        mp = "APP_USR-%s-%s-%s-%s" % (pick(digits, 16), pick(digits, 6), pick(hexd, 32), pick(digits, 9))
        mid = "SB-Mid-server-" + pick(alnum + "_-", 24)
        stytch = "secret-test-" + pick(alnum + "_-", 36) + "="
        meraki = pick(hexd, 40)
        hook = pick(alnum + "_-", 11)
        sfdx = "force://PlatformCLI::5Aep861%s@acme%d.my.salesforce.com" % (pick(alnum + ".", 80), i)
        onesig = base64.b64encode(uuid4().encode()).decode()
        cases = [
            ("geoipupdate", "GeoIP.conf",
             "AccountID %s\nLicenseKey %s\nEditionIDs GeoLite2-ASN GeoLite2-City\n" % (pick(digits, 6), mmk),
             "maxmind-license-key", mmk),
            ("riot-header", "summoner.ts",
             "const res = await fetch(url, { headers: { 'X-Riot-Token': '%s' } });\n" % riot,
             "riotgames-api-key", riot),
            ("vercel-env", ".env.production", "TRIGGER_SECRET_KEY=%s\nTRIGGER_API_URL=https://api.trigger.dev\n" % trig,
             "triggerdev-secret-key", trig),
            ("sdk-constructor", "Pagos.java",
             "MercadoPagoConfig.setAccessToken(\"%s\");\n" % mp, "mercadopago-access-token", mp),
            ("laravel-config", "config/midtrans.php",
             "<?php\nreturn [\n    'server_key' => env('MIDTRANS_SERVER_KEY', '%s'),\n];\n" % mid,
             "midtrans-server-key", mid),
            ("dotenv", ".env.local", "STYTCH_PROJECT_ID=project-test-%s\nSTYTCH_SECRET=%s\n" % (uuid4(), stytch),
             "stytch-secret", stytch),
            ("ansible-vars", "group_vars/all.yml", "meraki_api_key: %s\nmeraki_org_id: \"%s\"\n" % (meraki, pick(digits, 6)),
             "meraki-api-key", meraki),
            ("gh-actions", "deploy.yml",
             "      - run: curl -X POST https://api.render.com/deploy/srv-%s?key=%s\n" % (pick("abcdefghijklmnopqrstuvwxyz0123456789", 20), hook),
             "render-deploy-hook-key", hook),
            ("ci-script", "ci/auth.sh",
             "echo \"%s\" > ./authfile\nsf org login sfdx-url -f ./authfile\n" % sfdx, "salesforce-sfdx-auth-url", sfdx),
            ("java-builder", "Push.java",
             "OneSignal client = OneSignal.builder()\n    .authKey(\"%s\")\n    .build();\n" % onesig,
             "onesignal-api-key", onesig),
        ]
        for shape, fname, text, rule, secret in cases:
            emit("positive", "formats-d-" + shape, fname, text, rule=rule, provider=rule.split("-")[0], secret=secret)
        decoys = [
            ("publishable-key", ".env", "TRIGGER_PUBLIC_KEY=pk_dev_%s\n" % pick(alnum, 20)),
            ("client-key", "checkout.js", "snap.pay(token, { clientKey: 'SB-Mid-client-%s' });\n" % pick(alnum, 16)),
            ("public-key", ".env", "XENDIT_PUBLIC_KEY=xnd_public_development_%s\n" % pick(alnum, 60)),
            ("public-key", "checkout.html", "<script>const mp = new MercadoPago('APP_USR-%s');</script>\n" % uuid4()),
            ("public-token", "auth.tsx", "const stytch = new StytchUIClient('public-token-live-%s');\n" % uuid4()),
            ("project-id", ".env", "BROWSERBASE_PROJECT_ID=%s\nPERSONA_TEMPLATE_ID=itmpl_%s\n" % (uuid4(), pick(alnum, 24))),
            ("truncated-prefix", ".env", "DO_API_TOKEN=dop_v1_%s\n" % pick(hexd, 10)),
            ("truncated-prefix", "settings.py", "AUTH_TOKEN = \"ghp_%s\"\n" % pick(alnum, 16)),
            ("rollbar-client", "Startup.cs",
             "const string RollbarClientToken = \"%s\"; // post_client_item\n" % pick(hexd, 32)),
            ("sfdx-template", "README.md",
             "Store the output of `sf org display --verbose` (force://PlatformCLI::<refresh token>@<instance>) as SFDX_AUTH_URL.\n"),
            ("render-template", "README.md",
             "Set RENDER_DEPLOY_HOOK to https://api.render.com/deploy/srv-XXXXXXXXXXXXXXXXXXXX?key=YYYYYYYYYYY\n"),
        ]
        for shape, fname, text in decoys:
            emit("decoy", "formats-d-" + shape, fname, text, why="public id, template or truncated value")


# (formats-f, wave 8) new providers whose own docs give the format: each in
# shapes its users write, with the public halves and published values as decoys
STRUCTURED["sidekiq-contribsys-credentials"] = "file"  # Bundler names, a user:pass pair


def formats_f_block(emit):
    rnd = random.Random(8808)

    def pick(alphabet, n):
        return "".join(rnd.choice(alphabet) for _ in range(n))

    lower, digits, hexd = "abcdefghijklmnopqrstuvwxyz", "0123456789", "0123456789abcdef"
    alnum = lower.upper() + lower + digits

    for i in range(3):
        ntfy = "tk_" + pick(lower + digits, 26) + "7q2"
        gotify = "A" + pick(alnum, 12) + "9Z"
        fauna = "fnA" + pick(alnum, 35) + "4K"
        creds = pick(hexd, 8) + ":" + pick(hexd, 7) + "3"
        lob = "live_" + pick(hexd, 35)
        owm = pick(hexd, 32)
        mailtrap = pick(hexd, 32)
        livekit = pick(alnum, 41) + "8Q"
        agora = pick(hexd, 32)
        hasura = pick(alnum, 22) + "7x"
        qn = pick(hexd, 40)
        pinata = pick(hexd, 64)
        cmc = "%s-%s-4%s-a%s-%s" % (pick(hexd, 8), pick(hexd, 4), pick(hexd, 3), pick(hexd, 3), pick(hexd, 12))
        gecko = "CG-" + pick(alnum, 21) + "5kQ"
        ovh = pick(alnum, 29) + "7Rb"
        bfrost = "mainnet" + pick(alnum, 29) + "3Xy"
        cases = [
            ("docker-compose", "docker-compose.yml",
             "services:\n  alerts:\n    image: binwiederhier/ntfy\n    environment:\n      NTFY_TOKEN: %s\n" % ntfy,
             "ntfy-access-token", ntfy),
            ("python-headers", "notify.py",
             "requests.post(f\"{GOTIFY_URL}/message\", headers={\"X-Gotify-Key\": \"%s\"}, json=msg)\n" % gotify,
             "gotify-token", gotify),
            ("k8s-env", "deploy.yaml",
             "        env:\n        - name: FAUNA_SECRET\n          value: \"%s\"\n" % fauna, "fauna-secret", fauna),
            ("gh-actions", ".github/workflows/ci.yml",
             "    env:\n      BUNDLE_GEMS__CONTRIBSYS__COM: %s\n    steps:\n      - run: bundle install\n" % creds,
             "sidekiq-contribsys-credentials", creds),  # both halves: issued with the license
            ("ruby-init", "config/initializers/lob.rb", "LOB_CLIENT = Lob::Client.new(api_key: ENV.fetch(\"LOB_API_KEY\", \"%s\"))\n" % lob,
             "lob-live-secret-key", lob),
            ("android-gradle", "gradle.properties", "# OpenWeatherMap\nweather.appid=%s\n" % owm,
             "openweathermap-api-key", owm),
            ("rails-smtp", "config/environments/production.rb",
             "config.action_mailer.smtp_settings = {\n  address: 'live.smtp.mailtrap.io',\n  user_name: 'api',\n  password: ENV.fetch('MAILTRAP_API_TOKEN', '%s')\n}\n" % mailtrap,
             "mailtrap-api-token", mailtrap),
            ("go-struct", "main.go",
             "lk := lksdk.NewRoomServiceClient(host, apiKey, \"%s\") // LIVEKIT_API_SECRET\n" % livekit,
             "livekit-api-secret", livekit),
            ("java-props", "application.properties", "agora.app-id=%s\nagora.app-certificate=%s\n" % (pick(hexd, 32), agora),
             "agora-app-certificate", agora),
            ("compose-env", "docker-compose.yaml",
             "  graphql-engine:\n    image: hasura/graphql-engine:v2.40.0\n    environment:\n      HASURA_GRAPHQL_ADMIN_SECRET: \"%s\"\n" % hasura,
             "hasura-admin-secret", hasura),
            ("foundry-toml", "foundry.toml", "[rpc_endpoints]\nmainnet = \"https://ancient-wild-dew.quiknode.pro/%s/\"\n" % qn,
             "quicknode-endpoint-token", qn),
            ("js-headers", "upload.js",
             "const headers = { pinata_api_key: process.env.PINATA_KEY, pinata_secret_api_key: '%s' };\n" % pinata,
             "pinata-api-secret", pinata),
            ("php-curl", "prices.php",
             "curl_setopt($ch, CURLOPT_HTTPHEADER, ['Accept: application/json', 'X-CMC_PRO_API_KEY: %s']);\n" % cmc,
             "coinmarketcap-api-key", cmc),
            ("python-params", "gecko.py",
             "params = {\"ids\": \"bitcoin\", \"vs_currencies\": \"usd\", \"x_cg_pro_api_key\": \"%s\"}\n" % gecko,
             "coingecko-api-key", gecko),
            ("terraform-provider", "main.tf",
             "provider \"ovh\" {\n  endpoint           = \"ovh-eu\"\n  application_key    = \"%s\"\n  application_secret = \"%s\"\n}\n" % (pick(alnum, 16), ovh),
             "ovh-application-secret", ovh),
            ("python-kwarg", "cardano.py",
             "api = BlockFrostApi(project_id=\"%s\", base_url=ApiUrls.mainnet.value)\n" % bfrost,
             "blockfrost-project-id", bfrost),
        ]
        for shape, fname, text, rule, secret in cases:
            emit("positive", "formats-f-" + shape, fname, text, rule=rule,
                 provider=rule.split("-")[0], secret=secret)
        decoys = [
            ("truncated-token", "README.md", "Revoke it with `ntfy token remove phil tk_th2sxr...`\n"),
            ("app-id", "gotify.yaml", "gotify:\n  app_id: %d\n  priority: 5\n  token: ${GOTIFY_TOKEN}\n" % (i + 3)),
            ("fauna-doc", "keys.md", "The key document (fauna): `{ id: \"3714603351927%05d\", secret: \"fn...\", role: \"server\" }`\n" % i),
            ("gem-source", "Gemfile", "source \"https://gems.contribsys.com/\" do\n  gem \"sidekiq-pro\"\nend\n"),
            ("publishable-key", ".env", "LOB_PUBLISHABLE_KEY=live_pub_%s\n" % pick(hexd, 31)),
            ("docs-url", "weather.md", "GET https://api.openweathermap.org/data/2.5/weather?q=London&appid={API key}\n"),
            ("inbox-id", ".env", "MAILTRAP_INBOX_ID=%s\nMAILTRAP_ACCOUNT_ID=%s\n" % (pick(digits, 7), pick(digits, 7))),
            ("key-id", ".env", "LIVEKIT_URL=wss://demo.livekit.cloud\nLIVEKIT_API_KEY=API%s\n" % pick(alnum, 12)),
            ("app-id", "agora.ts", "export const AGORA_APP_ID = \"%s\";\n" % pick(hexd, 32)),
            ("docs-secret", "docker-compose.yaml", "      HASURA_GRAPHQL_ADMIN_SECRET: myadminsecretkey\n"),
            ("demo-endpoint", "rpc.ts", "const rpc = \"https://docs-demo.quiknode.pro/\";\n"),
            ("docs-key", "cmc.md", "Send it as `X-CMC_PRO_API_KEY: YOUR_API_KEY` or `?CMC_PRO_API_KEY=YOUR_API_KEY`\n"),
            ("application-key", "ovh.conf", "[ovh-eu]\napplication_key=%s\napplication_secret=${OVH_APPLICATION_SECRET}\n" % pick(alnum, 16)),
            ("docs-project-id", "README.md", "export PROJECT_ID=mainnetqnWuOt69v42rIes4punuD20FAsRuqnpDg4  # made up, from the Blockfrost docs\n"),
            ("gateway", ".env", "PINATA_GATEWAY=https://example.mypinata.cloud/ipfs/%s\n" % pick(hexd, 64)),
        ]
        for shape, fname, text in decoys:
            emit("decoy", "formats-f-" + shape, fname, text, why="public id, published example or template")


# Less common syntaxes (the fifth blind corpus's classes), each a family
# across languages: tokens joined to Bearer, R's arrow, Lisps' def, EDN,
# tuples, VB's Dim, #define, a variant's suffix, NAME=value before a
# command, positional credentials, a plist's key above its string, a data
# file's example, an args array. {v} is a token, {p} a password.
B5SHAPES = [
    ("cs-interpolated-bearer", "Client.cs",
     'client.DefaultRequestHeaders.Add("Authorization", $"Bearer {{"{v}"}}");\n'),
    ("concat-bearer", "Api.swift", 'let auth = "Bearer " + "{v}"\n'),
    ("concat-bearer", "api.php", "$headers = ['Authorization' => 'Bearer ' . '{v}'];\n"),
    ("concat-bearer", "api.lua", 'local auth = "Bearer " .. "{v}"\n'),
    ("dart-fromenvironment", "env.dart",
     "const apiKey = String.fromEnvironment('ACME_API_KEY', defaultValue: '{v}');\n"),
    ("r-arrow-assign", "keys.R", 'acme_api_token <- "{v}"\n'),
    ("r-arrow-assign", "setup.R", 'Sys.setenv(X = 1)\nservice_secret <<- "{v}"\n'),
    ("cli-env-prefix", "history.txt", "$ RELAY_PASSWORD={p} ./deploy.sh --prod\n"),
    ("cli-env-prefix", "Makefile.sh", "DEPLOY_TOKEN={v} make release\n"),
    ("cli-env-prefix", "bash_history.txt", "  511  cd /srv/app\n  512  sudo RELAY_TOKEN={v} ./deploy.sh\n"),
    ("cli-short-flag", "publish.sh", "npx vsce publish -p {v}\n"),
    ("cli-positional", "start.sh", "steamcmd +login builder {p} +app_update 896660 +quit\n"),
    ("caddy-directive", "Caddyfile", "example.com {{\n\ttls {{\n\t\tdns cloudflare {v}\n\t}}\n}}\n"),
    ("php-array-glued", "config.php", "<?php\n$CONFIG = array (\n  'dbpassword' => '{p}',\n);\n"),
    ("php-array-glued", "settings.php", "  'mail_smtppassword' => '{p}',\n"),
    ("edn-map", "config.edn", '{{:db {{:user "app" :password "{p}"}}}}\n'),
    ("plist-key-string", "Keys.plist", "<dict>\n\t<key>AcmeApiSecret</key>\n\t<string>{v}</string>\n</dict>\n"),
    ("yaml-list-example", "providers.yml", '- name: acme_api_key\n  example: "{v}"\n'),
    ("yaml-list-example", "task.yaml", "params:\n  - name: acme-signing-key\n    default: {v}\n"),
    ("args-array", "job.yaml", '      args: ["--token", "{v}", "--out", "/tmp/out"]\n'),
    ("bytes-repr-bearer", "worker.log",
     "send: b'GET /v1 HTTP/1.1\\r\\nAuthorization: Bearer {v}\\r\\n\\r\\n'\n"),
    ("fluentbit-auth", "fluent-bit.conf", "[OUTPUT]\n    Name          es\n    Cloud_Auth    elastic:{p}\n"),
    ("c-define", "keys.h", '#define ACME_API_KEY "{v}"\n'),
    ("name-variant-suffix", "app.env", "ACME_API_KEY_OLD={v}\n"),
    ("name-variant-suffix", "ci.env", "DEPLOY_TOKEN_V2={v}\n"),
    ("erlang-tuple", "sys.config", '[{{acme, [{{api_key, "{v}"}}]}}].\n'),
    ("erlang-tuple", "config.exs", 'config :acme, creds: [{{:api_key, "{v}"}}]\n'),
    ("lisp-def", "core.clj", '(def api-key "{v}")\n'),
    ("lisp-def", "init.el", '(setq service-api-key "{v}")\n'),
    ("vb-dim", "Module1.vb", 'Dim apiKey As String = "{v}"\n'),
    ("lua-provider-key", "aiven.lua", 'local M = {{}}\nM.aiven = {{ key = "{v}" }}\nreturn M\n'),
]
B5SHAPES_DECOYS = [
    ("cs-interpolated-bearer", "Client.cs", 'h.Add("Authorization", $"Bearer {token}");\n'),
    ("concat-bearer", "Api.swift", 'let a = "Bearer " + token\nlet b = "Bearer " + "YOUR_TOKEN_HERE"\n'),
    ("concat-bearer", "api.js", 'const c = "Bearer " + "%s" + suffix;\n'),
    ("dart-fromenvironment", "env.dart",
     "const k = String.fromEnvironment('ACME_API_KEY', defaultValue: '');\n"
     "const j = String.fromEnvironment('ACME_API_KEY', defaultValue: 'YOUR_API_KEY_HERE');\n"),
    ("r-arrow-assign", "keys.R", 'api_token <- Sys.getenv("API_TOKEN")\napi_token <- "${API_TOKEN}"\n'),
    ("cli-env-prefix", "history.txt",
     "ACME_PASSWORD=$ACME_PASSWORD ./deploy.sh\nACME_PASSWORD=changeme ./deploy.sh\n"),
    ("cli-short-flag", "publish.sh", "npx vsce publish -p $VSCE_PAT\nnpx vsce publish -p ${{ secrets.VSCE_PAT }}\n"),
    ("cli-positional", "start.sh", "steamcmd +login anonymous +app_update 896660 +quit\n"),
    ("caddy-directive", "Caddyfile", "tls {\n\tdns cloudflare {env.CLOUDFLARE_API_TOKEN}\n}\n"),
    ("php-array-glued", "config.php", "  'dbpassword' => getenv('DB_PASS'),\n  'dbpassword' => '',\n"),
    ("edn-map", "config.edn", '{:db {:password #env DB_PASSWORD :token "your-token-here"}}\n'),
    ("plist-key-string", "Info.plist", "<key>AcmeApiKey</key>\n<string>$(ACME_API_KEY)</string>\n"),
    ("plist-key-string", "Info.plist",
     "<dict>\n\t<key>CFBundleIdentifier</key>\n\t<string>com.acme.app</string>\n"
     "\t<key>AcmeApiSecret</key>\n\t<string>%s</string>\n</dict>\n"),
    ("yaml-list-example", "providers.yml",
     '- name: acme_api_key\n  example: "YOUR_API_KEY"\n'
     '- name: acme_token\n  description: "The token of the account, from its settings"\n'),
    ("args-array", "job.yaml", 'args: ["--token", "$(TOKEN)", "--token-file", "/etc/acme/token"]\n'),
    ("c-define", "keys.h", '#define ACME_API_KEY_HEADER "X-Acme-Api-Key"\n#define ACME_API_KEY_LEN 32\n'),
    ("name-variant-suffix", "app.env", "API_KEY_OLD=${API_KEY}\nAPI_KEY_NEW=<new key>\n"),
    ("lisp-def", "init.el", ';; set it with (setq my-api-key "<your key>")\n(def api-key (System/getenv "API_KEY"))\n'),
    ("vb-dim", "Module1.vb", 'Dim apiKey As String = ConfigurationManager.AppSettings("ApiKey")\n'),
    ("erlang-tuple", "sys.config", '[{acme, [{api_key, os:getenv("ACME_API_KEY")}]}].\n'),
]


def b5shapes_block(emit, seed=7505, shapes=B5SHAPES, decoys=B5SHAPES_DECOYS):
    """Positives and decoys of the less common syntaxes; their own seed."""
    rnd = random.Random(seed)
    alnum = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"

    def rand(n):
        v = ""
        while not (re.search(r"[0-9]", v) and re.search(r"[A-Z]", v) and re.search(r"[a-z]", v)):
            v = "".join(rnd.choice(alnum) for _ in range(n))
        return v

    for i in range(2):
        for shape, fname, tpl in shapes:
            v = rand(rnd.choice((14, 16)) if "{p}" in tpl else rnd.choice((24, 32, 40)))
            emit("positive", shape, fname, tpl.format(v=v, p=v),
                 rule="generic-secret", provider="generic", secret=v)
    for shape, fname, tpl in decoys:
        emit("decoy", shape, fname, tpl % rand(32) if "%s" in tpl else tpl, provider="generic",
             why="a variable, a placeholder, a join that goes on, or prose")

# ---- h6shapes: XML siblings and CDATA, Rust defaults, Dockerfile ENV ------
H6SHAPES = [
    ("xml-cdata", "mongo.xml", "<atlas>\n  <privateKey><![CDATA[{v}]]></privateKey>\n</atlas>\n"),
    ("xml-cdata", "twitch.xml", "<oauth><client_secret><![CDATA[{v}]]></client_secret></oauth>\n"),
    ("xml-context-param", "web.xml",
     "<context-param>\n  <param-name>billing.auth_token</param-name>\n"
     "  <param-value>{v}</param-value>\n</context-param>\n"),
    ("xml-context-param", "web.xml",
     "<init-param><param-name>clientSecret</param-name><param-value>{v}</param-value></init-param>\n"),
    ("xml-property-name-value", "core-site.xml",
     "<property>\n  <name>upload.api.secret</name>\n  <value>{v}</value>\n</property>\n"),
    ("rust-unwrap-or", "main.rs",
     'let token = env::var("RELAY_AUTH_TOKEN").unwrap_or_else(|_| "{v}".into());\n'),
    ("rust-unwrap-or", "config.rs",
     'let key = std::env::var("ACME_SECRET_KEY").unwrap_or("{v}".to_string());\n'),
    ("dockerfile-env-space", "Dockerfile", "FROM alpine:3.19\nENV RELAY_API_SECRET {v}\n"),
    ("dockerfile-env-space", "Dockerfile", 'FROM debian\nENV RELAY_AUTH_TOKEN "{v}"\n'),
    ("yaml-list-under-name", "agent.yaml", "relay:\n  api_key:\n    - {v}\n"),
    ("yaml-list-under-name", "auth.yml", "client_secret:\n  - \"{v}\"\n"),
    ("elixir-sigil", "config.exs", "config :relay, api_token: ~s({v})\n"),
    ("elixir-sigil", "prod.exs", "config :acme,\n  region: \"eu\",\n  secret_key: ~S[{v}]\n"),
]
H6SHAPES_DECOYS = [
    ("h6shapes-decoy", "agent.yaml", "relay:\n  api_key:\n    - ${RELAY_API_KEY}\n    - changeme\n"),
    ("h6shapes-decoy", "agent.yaml", "secrets:\n  api_key:\n    - name: relay\n      from: vault\n"),
    ("h6shapes-decoy", "agent.yaml", "password:\n  - Must be at least 12 characters long\n"),
    ("h6shapes-decoy", "config.exs",
     'config :relay, api_token: ~s(#{System.get_env("RELAY_TOKEN")})\n'),
    ("h6shapes-decoy", "config.exs", "config :relay, secret_key: ~s(changeme)\n"),
    ("h6shapes-decoy", "parse.ex", "@pattern ~r/secret_key: (.+)/\n"),
    ("h6shapes-decoy", 'config.xml',
     '<atlas><privateKey><![CDATA[${ATLAS_PRIVATE_KEY}]]></privateKey></atlas>\n'),
    ("h6shapes-decoy", 'config.xml',
     '<help><secret><![CDATA[Set the secret in the admin console.]]></secret></help>\n'),
    ("h6shapes-decoy", 'config.xml',
     '<context-param>\n  <param-name>client_secret</param-name>\n  <param-value>${CLIENT_SECRET}</param-value>\n</context-param>\n'),
    ("h6shapes-decoy", 'config.xml',
     '<property>\n  <name>fs.s3a.secret.key</name>\n  <value></value>\n</property>\n'),
    ("h6shapes-decoy", 'config.xml',
     '<property>\n  <name>hadoop.security.credential.provider.path</name>\n  <value>jceks://hdfs/user/etl/aws.jceks</value>\n</property>\n'),
    ("h6shapes-decoy", 'config.xml',
     '<param-name>api_key</param-name>\n<description>the partner API key</description>\n'),
    ("h6shapes-decoy", 'main.rs',
     'let token = env::var("RELAY_AUTH_TOKEN").unwrap_or_else(|_| String::new());\n'),
    ("h6shapes-decoy", 'main.rs',
     'let key = env::var("ACME_SECRET_KEY").unwrap_or("".to_string());\n'),
    ("h6shapes-decoy", 'main.rs',
     'let key = env::var("ACME_SECRET_KEY").unwrap_or(DEFAULT_KEY.to_string());\n'),
    ("h6shapes-decoy", 'main.rs',
     'let secret = cfg.get("secret").unwrap_or("changeme");\n'),
    ("h6shapes-decoy", 'Dockerfile',
     'FROM alpine\nENV RELAY_API_SECRET $RELAY_API_SECRET\n'),
    ("h6shapes-decoy", 'Dockerfile',
     'FROM alpine\nENV SECRET_FILE /run/secrets/relay_api_secret\n'),
    ("h6shapes-decoy", 'Dockerfile',
     'FROM alpine\nENV API_TOKEN=\n'),
]




# ---- (h6conf) servers' and agents' own config syntaxes -------------------
# The sixth blind corpus's class of passwords and keys in HAProxy, Redis
# ACL, PgBouncer, Fluent Bit, fluentd, Kong decK, Prometheus and Consul
# agent files: their rules know the value by the directive around it (their
# examples are placed whole). Decoys: the hashes those files may hold
# instead, environment references, documented defaults, Twilio's SIDs.
STRUCTURED.update({rid: "file" for rid in (
    "daemonconf-haproxy-stats-auth", "daemonconf-haproxy-insecure-password",
    "daemonconf-haproxy-header-secret", "daemonconf-redis-acl-password",
    "daemonconf-kong-keyauth-key", "daemonconf-prometheus-credentials",
    "consul-gossip-key", "consul-acl-config-token", "wildfly-credential-clear-text")})
H6CONF = [
    ("haproxy", "haproxy.cfg", "daemonconf-haproxy-stats-auth",
     "listen stats\n    bind :8404\n    stats enable\n    stats uri /\n    stats auth ops:{p}\n"),
    ("haproxy", "haproxy.cfg", "daemonconf-haproxy-insecure-password",
     "userlist ops\n    group admin\n    user alice insecure-password {p} groups admin\n"),
    ("haproxy", "haproxy.cfg", "daemonconf-haproxy-header-secret",
     "backend payments\n    server p1 10.0.0.5:443 ssl\n    http-request set-header X-Auth-Token {v}\n"),
    ("redis-acl", "users.acl", "daemonconf-redis-acl-password",
     "user default off\nuser cache on ~cache:* &* +@read +@write >{p}\n"),
    ("fluent-bit", "fluent-bit.conf", "daemonconf-password",
     "[OUTPUT]\n    Name        http\n    Match       *\n    HTTP_User   shipper\n    HTTP_Passwd {p}\n"),
    ("fluentd", "td-agent.conf", "daemonconf-password",
     "<match **>\n  @type forward\n  <security>\n    self_hostname edge\n    shared_key {p}\n  </security>\n</match>\n"),
    ("kong-deck", "kong.yaml", "daemonconf-kong-keyauth-key",
     "consumers:\n- username: reports\n  keyauth_credentials:\n  - key: {v}\n"),
    ("prometheus", "prometheus.yml", "daemonconf-prometheus-credentials",
     "scrape_configs:\n  - job_name: api\n    authorization:\n      credentials: {v}\n"),
    ("consul-hcl", "agent.hcl", "consul-acl-config-token",
     "acl {{\n  enabled = true\n  tokens {{\n    agent = \"{u}\"\n  }}\n}}\n"),
    ("consul-hcl", "agent.hcl", "consul-gossip-key", "server = true\nencrypt = \"{g}\"\n"),
    ("wildfly", "standalone.xml", "wildfly-credential-clear-text",
     "<key-store name=\"httpsKS\">\n  <credential-reference clear-text=\"{p}\"/>\n</key-store>\n"),
]
H6CONF_DECOYS = [
    ("haproxy", "haproxy.cfg", "userlist ops\n    user alice password $6$Zq3d$Wx9kTq2mLr7vNb4pYh8cJf5sGd1aKe6uQi3oPz0RtY\n"),
    ("haproxy", "haproxy.cfg", "    stats auth ops:\"${{STATS_PASS}}\"\n    http-request set-header X-Forwarded-Proto https\n"),
    ("redis-acl", "users.acl", "user cache on #5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8 ~cache:* +@all\n"),
    ("pgbouncer", "pgbouncer/userlist.txt", "\"app\" \"md5f1e2d3c4b5a697887766554433221100\"\n\"ro\" \"SCRAM-SHA-256$4096:QSXCR+Q6sek8bf92$3jmpYv1s=:Kx7mQ2pL=\"\n"),
    ("kong-deck", "kong.yaml", "consumers:\n- username: reports\n  keyauth_credentials:\n  - key: ${{{{ env \"DECK_REPORTS_KEY\" }}}}\n"),
    ("grafana-ini", "grafana.ini", "[security]\nsecret_key = SW2YcwTIb9zpOOhoPsMm\n"),
    ("consul-hcl", "agent.hcl", "encrypt = \"pUqJrVyVRj5jsiYEkM/tFQYfWyJIv4s3XkvDwy7Cu5s=\"\n"),
    ("twilio-sid", "twilio.toml", "[twilio]\napi_key_sid = \"SK{h}\"\naccount_sid = \"AC{h}\"\n"),
]


def mixed_token(rnd, n):
    """n random letters and digits with each of upper, lower and digit."""
    while True:
        v = "".join(rnd.choice(string.ascii_letters + string.digits) for _ in range(n))
        if any(map(str.isdigit, v)) and any(map(str.isupper, v)) and any(map(str.islower, v)):
            return v


def h6conf_block(emit):
    rnd = random.Random(7606)

    def rand(n):
        return mixed_token(rnd, n)

    for i in range(3):
        for shape, fname, rule, tpl in H6CONF:
            v = {"p": rand(rnd.choice((10, 12, 14))), "v": rand(rnd.choice((24, 32))),
                 "u": "%08x-%04x-4%03x-a%03x-%012x" % tuple(rnd.getrandbits(b) for b in (32, 16, 12, 12, 48)),
                 "g": base64.b64encode(bytes(rnd.getrandbits(8) for _ in range(32))).decode()}
            key = re.search(r"\{([pvug])\}", tpl).group(1)
            emit("positive", shape, fname, tpl.format(**v), rule=rule,
                 provider=rule.split("-")[0], secret=v[key])
        pw = rand(12)
        emit("positive", "pgbouncer", "pgbouncer/userlist.txt",
             "\"pgbouncer\" \"md5a1b2c3d4e5f60718293a4b5c6d7e8f9\"\n\"billing\" \"%s\"\n" % pw,
             rule="daemonconf-pgbouncer-userlist-password", provider="daemonconf", secret=pw)
    for shape, fname, tpl in H6CONF_DECOYS:
        emit("decoy", shape, fname, tpl.format(h="%032x" % rnd.getrandbits(128)),
             provider="generic", why="a hash, a reference, a documented default or an id")


# formats-e (wave 8): rules whose secret means something only beside its
# context (a provider's block, the key id it follows, a download URL)
STRUCTURED.update({
    "elastic-api-key-pair": "file",
    "authorizenet-signature-key": "file",
    "airflow-webserver-secret-key": "file",
    "cloudsmith-entitlement-token": "value",
})


def formats_e_block(emit):
    """The public halves and documented values beside the formats-e rules'
    secrets: Elastic API key ids, Shopify Storefront tokens, Tomcat's stored
    password digests, Rocket's documented secret_key, bootstrap-token shapes
    with no Kubernetes near, public Cloudsmith URLs; and the secrets."""
    rnd = random.Random(8808)

    def rand(n, alphabet=string.ascii_letters + string.digits):
        while True:
            v = "".join(rnd.choice(alphabet) for _ in range(n))
            if (any(map(str.isdigit, v)) and any(map(str.isalpha, v)) and
                    not re.search(r"(?i)01234|12345|23456|34567|45678|56789|abcde|bcdef|qwert", v)):
                return v

    lower = string.ascii_lowercase + string.digits
    for i in range(4):
        kid, key = rand(20, string.ascii_letters + string.digits + "_-"), rand(22 + 4 * i)
        for shape, fname, tpl in (
                ("yaml-beats-api-key", "filebeat.yml",
                 'output.elasticsearch:\n  hosts: ["https://es%d.acme.io:9243"]\n  api_key: "{i}:{k}"\n' % i),
                ("logstash-api-key", "pipeline/main.conf",
                 'output {\n  elasticsearch {\n    hosts => ["https://es.acme.io"]\n    api_key => "{i}:{k}"\n  }\n}\n')):
            emit("positive", shape, fname, tpl.replace("{i}", kid).replace("{k}", key),
                 rule="elastic-api-key-pair", provider="elastic", secret=key)
        tok = rand(32, "0123456789abcdef")
        emit("decoy", "storefront-token", "shopify.ps1",
             "$headers = @{ 'X-Shopify-Storefront-Access-Token' = '%s' }\n" % tok,
             provider="shopify", why="public by design")
        emit("decoy", "storefront-token", ".env",
             "SHOPIFY_STOREFRONT_ACCESS_TOKEN=%s\nSHOPIFY_STORE_DOMAIN=acme.myshopify.com\n" % tok,
             provider="shopify", why="public by design")
        digest = "%032x$%d$%064x" % (rnd.getrandbits(128), rnd.choice((1, 1000, 20000)), rnd.getrandbits(256))
        emit("decoy", "password-hash", "conf/tomcat-users.xml",
             '<tomcat-users>\n  <role rolename="manager-gui"/>\n  <user username="admin" password="%s" roles="manager-gui"/>\n</tomcat-users>\n' % digest,
             provider="generic", why="a stored password digest")
        bt = "%s.%s" % (rand(6, lower), rand(16, lower))
        emit("decoy", "bootstrap-shape", "assets.go",
             'const bundle = "%s" // asset digest\n' % bt, provider="kubernetes", why="no kubeadm near")
        emit("decoy", "public-url", "acme.list",
             "deb https://dl.cloudsmith.io/public/acme/tools%d/deb/debian bookworm main\n" % i,
             provider="cloudsmith", why="a public repository")
    emit("decoy", "docs-default", "Rocket.toml",
         '[release]\nport = 9999\n# Don\'t use this secret_key! Generate your own.\n'
         'secret_key = "hPRYyVRiMyxpw5sBB1XeCMN1kFsDCqKvBi2QJxBVHQk="\n',
         provider="generic", why="documented example")
    emit("decoy", "docs-example", "typeform.md",
         "The token format looks like: `tfp_943af478d3ff3d4d760020c11af102b79c440513`\n",
         provider="typeform", why="documented example")

# wave 8 h7rules: the seventh blind corpus's rule and format classes: web3
# wallet keys, mnemonics and node-RPC keys in Hardhat, Foundry, Truffle,
# ethers, viem and web3.py code (positives) beside the hashes, addresses,
# references and published development keys in the same files (decoys);
# and public halves, documented samples and truncated prefixes (decoys)
# a homepage widget's key is known by its widget block: placed whole
STRUCTURED.update({"homepage-widget-key": "file"})


def h7rules_block(emit):
    import hashlib
    import uuid
    rnd = random.Random(7807)
    wordlist = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "scanner", "bip39_english.c")
    with open(wordlist) as f:
        bip39 = re.findall(r'^\t"([a-z]+)",$', f.read(), re.M)
    alnum = string.ascii_letters + string.digits
    upan = string.ascii_uppercase + string.digits

    def pick(alphabet, n):
        return "".join(rnd.choice(alphabet) for _ in range(n))

    def words(n):
        wl = bip39
        ent = rnd.getrandbits(n * 32 // 3).to_bytes(n * 4 // 3, "big")
        cs = bin(hashlib.sha256(ent).digest()[0])[2:].zfill(8)[:n // 3]
        bits = bin(int.from_bytes(ent, "big"))[2:].zfill(len(ent) * 8) + cs
        return " ".join(wl[int(bits[i * 11:(i + 1) * 11], 2)] for i in range(n))

    def upan34():
        while True:
            v = pick(upan, 34)
            if re.search("[0-9]", v) and re.search("[A-Z]", v):
                return v

    published = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"
    for i in range(4):
        k1, k2, k3 = ("0x%064x" % rnd.getrandbits(256) for _ in range(3))
        txh, addr = "0x%064x" % rnd.getrandbits(256), "0x%040x" % rnd.getrandbits(160)
        al, inf, es = pick(alnum + "_-", 32), "%032x" % rnd.getrandbits(128), upan34()
        m12, m24 = words(12), words(24)
        cases = [
            ("hardhat-accounts", "hardhat.config.js",
             "module.exports = {\n  networks: {\n    sepolia: {\n      url: process.env.SEPOLIA_URL,\n"
             "      accounts: [\"%s\"],\n    },\n  },\n};\n" % k2, "ethereum-private-key", k2),
            ("hardhat-accounts", "hardhat.config.ts", "    mainnet: {\n      url: MAINNET_RPC_URL,\n      accounts: [\n        '%s'\n      ],\n    },\n" % k1,
             "ethereum-private-key", k1),
            ("ethers-wallet", "scripts/deploy.ts", "const signer = new ethers.Wallet(\"%s\", provider);\n" % k3, "ethereum-private-key", k3),
            ("web3py-from-key", "bot.py", "acct = w3.eth.account.from_key('%s')\n" % k2, "ethereum-private-key", k2),
            ("cast-private-key", "deploy.sh", "cast send %s 'mint()' --private-key %s --rpc-url $RPC\n" % (addr, k1), "ethereum-private-key", k1),
            ("truffle-mnemonic", "truffle-config.js", "const HDWalletProvider = require('@truffle/hdwallet-provider');\nconst mnemonic = '%s';\n" % m12,
             "ethereum-mnemonic", m12),
            ("dotenv", ".env", "MNEMONIC=\"%s\"\n" % m24, "ethereum-mnemonic", m24),
            ("hardhat-url", "hardhat.config.js", "  goerli: { url: `https://eth-goerli.g.alchemy.com/v2/%s`, accounts },\n" % al, "alchemy-api-key", al),
            ("toml-rpc-endpoints", "foundry.toml", "[rpc_endpoints]\nmainnet = \"https://mainnet.infura.io/v3/%s\"\n" % inf, "infura-api-key", inf),
            ("truffle-provider", "truffle-config.js", "provider: () => new HDWalletProvider(mnemonic, 'https://sepolia.infura.io/v3/%s'),\n" % inf,
             "infura-api-key", inf),
            ("toml-inline-table", "foundry.toml", "[etherscan]\nmainnet = { key = \"%s\" }\n" % es, "etherscan-api-key", es),
            ("js-object", "truffle-config.js", "  api_keys: {\n    etherscan: '%s'\n  },\n" % es, "etherscan-api-key", es),
        ]
        for shape, fname, text, rule, secret in cases:
            emit("positive", "h7rules-" + shape, fname, text, rule=rule, provider=rule.split("-")[0], secret=secret)
        decoys = [
            ("tx-hash", "scripts/verify.js", "const txHash = \"%s\";\nconst receipt = await provider.getTransactionReceipt(txHash);\n" % txh),
            ("tx-hash", "deployments/sepolia.json", "{\n  \"address\": \"%s\",\n  \"transactionHash\": \"%s\",\n  \"blockHash\": \"%s\"\n}\n" % (addr, txh, k3)),
            ("storage-slot", "src/Proxy.sol", "bytes32 internal constant IMPL_SLOT = %s;\n" % k1),
            ("address-list", "hardhat.config.js", "  namedAccounts: { deployer: 0 },\n  accounts: [\"%s\"].map(a => a),\n" % addr),
            ("published-key", "hardhat.config.js", "  localhost: { url: \"http://127.0.0.1:8545\", accounts: [\"0x%s\"] },\n" % published),
            ("published-mnemonic", "truffle-config.js", "const mnemonic = 'test test test test test test test test test test test junk';\n"),
            ("published-mnemonic", ".env.example", "MNEMONIC=\"myth like bonus scare over problem client lizard pioneer submit female collect\"\n"),
            ("rpc-reference", "hardhat.config.js", "url: `https://eth-mainnet.g.alchemy.com/v2/${process.env.ALCHEMY_KEY}`,\n"),
            ("rpc-reference", "foundry.toml", "[rpc_endpoints]\nmainnet = \"https://mainnet.infura.io/v3/${INFURA_KEY}\"\n[etherscan]\nmainnet = { key = \"${ETHERSCAN_API_KEY}\" }\n"),
            ("zero-key", ".env.example", "PRIVATE_KEY=0x%s\n" % ("0" * 64)),
            ("not-a-mnemonic", "README.md", "Set the mnemonic to the twelve words your wallet showed you, then run the deploy script.\n"),
            # public halves, documented samples, truncated prefixes
            ("public-token", "stytch.tcl", "set STYTCH_PUBLIC_TOKEN \"public-token-live-%s\"\n" % str(uuid.UUID(int=rnd.getrandbits(128)))),
            ("consumer-key", "twitter.kdl", "twitter {\n    consumer-key \"%s\"\n}\n" % pick(alnum, 25)),
            ("docs-sample", "pagerduty.conf", "pagerduty {\n  api-token = \"y_NbAkKc66ryYTWUXYEu\"\n}\n"),
            ("truncated", "deploy.graphql", "mutation { deploy(user: \"ci\", clojarsPassword: \"CLOJARS_%s\") { id } }\n" % ("%08x" % rnd.getrandbits(32))),
        ]
        for shape, fname, text in decoys:
            emit("decoy", "h7rules-" + shape, fname, text, why="hash, address, reference, published key, public half or sample")
    # homelab services and formats seen once
    hexd = "0123456789abcdef"
    for i in range(4):
        h32, h32b, hkey = pick(hexd, 32), pick(hexd, 32), pick(hexd, 32)
        pve = str(uuid.UUID(int=rnd.getrandbits(128)))
        push, user = "a" + pick(alnum, 29), "u" + pick(alnum, 29)
        svc = rnd.choice(["sonarr", "radarr", "prowlarr", "jellyfin", "tautulli"])
        astra = "AstraCS:%s:%s" % (pick(alnum, 24), pick(hexd, 64))
        cko = "sk_sbox_" + pick("abcdefghijklmnopqrstuvwxyz234567", 27)
        cases = [
            ("homepage-widget", "config/services.yaml",
             "- Media:\n    - %s:\n        href: http://%s.lan\n        widget:\n          type: %s\n          url: http://%s:8989\n          key: %s\n"
             % (svc.title(), svc, svc, svc, hkey), "homepage-widget-key", hkey),
            ("curl-header", "scripts/refresh.sh", "curl -s -X POST -H \"X-Emby-Token: %s\" http://jellyfin:8096/Library/Refresh\n" % h32,
             "jellyfin-api-key", h32),
            ("url-query", "scripts/count.sh", "wget -qO- \"http://emby.lan:8096/emby/Items?Recursive=true&api_key=%s\"\n" % h32b,
             "jellyfin-api-key", h32b),
            ("pve-header", "check.sh", "curl -k -H 'Authorization: PVEAPIToken=monitor@pve!dash=%s' https://pve.lan:8006/api2/json/nodes\n" % pve,
             "proxmox-api-token", pve),
            ("json-escaped-in-string", "backup.json",
             "{\"notificationList\":[{\"config\":\"{\\\"type\\\":\\\"pushover\\\",\\\"pushoveruserkey\\\":\\\"%s\\\",\\\"pushoverapptoken\\\":\\\"%s\\\"}\"}]}\n"
             % (user, push), "pushover-app-token", push),
            ("crystal-env-default", "src/db.cr", "TOKEN = ENV[\"ASTRA_DB_APPLICATION_TOKEN\"] ||= \"%s\"\n" % astra, "astra-db-token", astra),
            ("systemd-environment-quoted", "payments.service", "[Service]\nEnvironment=\"PAYMENTS_SECRET=%s\"\n" % cko,
             "checkoutcom-secret-key", cko),
        ]
        for shape, fname, text, rule, secret in cases:
            emit("positive", "h7rules-" + shape, fname, text, rule=rule, provider=rule.split("-")[0], secret=secret)
        decoys = [
            ("homepage-reference", "services.yaml", "        widget:\n          type: sonarr\n          url: http://sonarr:8989\n          key: {{HOMEPAGE_VAR_SONARR_KEY}}\n"),
            ("pve-token-id", "env.sh", "export PM_API_TOKEN_ID='terraform@pve!tf'\n"),
            ("pushover-user-key", ".env", "PUSHOVER_USER_KEY=%s\n" % user),
            ("device-id", "req.http", "Authorization: MediaBrowser Client=\"cli\", Device=\"nas\", DeviceId=\"%s\", Version=\"10.9\"\n" % h32),
        ]
        for shape, fname, text in decoys:
            emit("decoy", "h7rules-" + shape, fname, text, why="reference, id or public half")


# confpairs: config files read by one reader of `name <sep> value` lines
# (shape.c's kh_shape_config), whatever their syntax: blanks as the
# separator, lists and arrays, triple quotes, an env lookup's default, a
# key a secret's word qualifies, a salt, auth's user:password. {p}: a
# password (generic-password), {v}: a token (generic-secret).
CONFPAIRS = [
    ("confpairs-blank", "fluent-bit.conf", "[OUTPUT]\n    Name      pgsql\n    Host      db\n    Password  {p}\n"),
    ("confpairs-blank", "etc/ldap/slapd.conf", "suffix \"dc=acme,dc=io\"\nrootpass {p}\n"),
    ("confpairs-env-space", "build/netrc.Dockerfile", "FROM alpine:3.19\nENV NETRC_PASSWORD {p}\nRUN make\n"),
    ("confpairs-triple-quote", "grafana.ini", "[smtp]\nenabled = true\npassword = \"\"\"{p}\"\"\"\n"),
    ("confpairs-toml-array", "notifier.toml", "[notifier]\napi_keys = [\"{v}\"]\n"),
    ("confpairs-toml-array", "server.toml", "access_tokens = [\n  \"{v}\",\n]\n"),
    ("confpairs-json-array", "browserstack.json", "{{\n  \"user\": \"ci\",\n  \"access_keys\": [\"{v}\"]\n}}\n"),
    ("confpairs-yaml-list", "agent.yaml", "site: eu\napi_tokens:\n  - {v}\n"),
    ("confpairs-qualified-key", "config-client/bootstrap.properties", "spring.application.name=billing\nencrypt.key={v}\n"),
    ("confpairs-qualified-key", "app/config/web.php", "<?php\nreturn [\n    'request' => [\n        'cookieValidationKey' => '{v}',\n    ],\n];\n"),
    ("confpairs-salt", "cake/config/app_local.php", "<?php\nreturn [\n    'Security' => [\n        'salt' => env('SECURITY_SALT', '{v}'),\n    ],\n];\n"),
    ("confpairs-dotted-env", "ci4/.env", "CI_ENVIRONMENT = production\nencryption.key = hex2bin:{v}\n"),
    ("confpairs-auth-user-pass", "filebeat.yml", "cloud.id: \"staging:ZXUtd2VzdC0x\"\ncloud.auth: \"elastic:{p}\"\n"),
    ("confpairs-creds-list", "etl/celeryconfig.py", "broker_url = 'amqp://rabbit//'\nSFTP_CREDS = ['svc_etl', '{p}']\n"),
]
CONFPAIRS_DECOYS = [
    ("confpairs-decoy", "app.yaml", "password: ${{DB_PASSWORD}}\npassword_file: /run/secrets/db\npassword_min_length: 12\ntoken_ttl: 3600\n"),
    ("confpairs-decoy", "keys.yaml", "key_id: {h}\npublic_key: {h}\nwrite_key: {h}\nsite_key: {h}\ncache_key: {h}\n"),
    ("confpairs-decoy", "hashes.yaml", "password_hash: {h}\ntoken_digest: {h}\nldap_password: \"{{SSHA}}{h}\"\n"),
    ("confpairs-decoy", "words.yaml", "secret_name: my-k8s-secret\nkeyfile: /etc/ssl/private/server.key\npassword_policy: strict\npasswords: []\nauth_method: password\npassword_label: \"Password\"\npassword_hint: Enter your password\n"),
    ("confpairs-decoy", "Pulumi.prod.yaml", "encryptionsalt: v1:{h}=:v1:{h}\n"),
    ("confpairs-decoy", "application.properties", "spring.datasource.password=ENC({h})\n"),
    ("confpairs-decoy", "etc/nginx/site.conf", "location / {{\n    proxy_pass http://backend;\n    fastcgi_pass 127.0.0.1:9000;\n    ssl_password_file /etc/keys/global.pass;\n}}\n"),
    ("confpairs-decoy", "sshd_config.conf", "PasswordAuthentication no\nAuthorizedKeysFile .ssh/authorized_keys .ssh/authorized_keys2\n# password {h}\n"),
    ("confpairs-decoy", "notes.txt", "Password  Zp4wXk9mTq2L\nENV NETRC_PASSWORD Rk7wQz2mLp9X\n"),
]


def confpairs_block(emit):
    rnd = random.Random(8801)
    for i in range(3):
        for shape, fname, tpl in CONFPAIRS:
            v = {"p": mixed_token(rnd, rnd.choice((10, 12, 14))), "v": mixed_token(rnd, rnd.choice((24, 32)))}
            if shape == "confpairs-triple-quote":  # what triple quotes are for: # and ;
                v["p"] = v["p"][:4] + "#;" + v["p"][4:]
            key = re.search(r"\{([pv])\}", tpl).group(1)
            rule = "generic-password" if len(v[key]) < 16 else "generic-secret"
            emit("positive", shape, fname, tpl.format(**v), rule=rule, provider="generic", secret=v[key])
    for shape, fname, tpl in CONFPAIRS_DECOYS:
        emit("decoy", shape, fname, tpl.format(h="%032x" % rnd.getrandbits(128)),
             provider="generic", why="a reference, a path, a number, an id, a public key, a hash or a word")


# wave 8 h7shapes: the seventh blind corpus's shape classes as families:
# syntaxes that hide the name (CMake's set(ENV{...}), a quoted "NAME=v"
# as systemd's Environment= writes it, a template's default literal,
# nginx's set $name), Tasmota's Backlog commands, -D defines with a quoted
# literal, and names whose telling word ends them (DBPASS, _PSK, SALT_KEY,
# passwordsalt, password2, SECRET_..._KEY, installation keys)
H7SHAPES = [
    ("cmake-set-env", "CMakeLists.txt", "generic-secret", 'set(ENV{{RUNNER_REGISTRATION_TOKEN}} "{v}")\n'),
    ("cmake-set-env", "cmake/deploy.cmake", "generic-secret", 'SET(ENV{{SERVICE_API_KEY}} {v})\n'),
    ("cmake-set-cache", "CMakeLists.txt", "generic-secret",
     'set(DEPLOY_TOKEN "{v}" CACHE STRING "the deploy token")\n'),
    ("systemd-environment-quoted", "app.service", "generic-secret",
     '[Service]\nEnvironment="APP_ENV=production" "APP_SECRET={v}"\n'),
    ("systemd-environment-quoted", "worker.service", "generic-password",
     "[Service]\nEnvironment='DB_PASSWORD={p}'\n"),
    ("args-quoted-assignment", "docker-compose.yml", "generic-secret",
     'services:\n  app:\n    command: ["--env", "WEBHOOK_SECRET={v}"]\n'),
    ("jinja-default-filter", "templates/env.j2", "generic-secret",
     "API_TOKEN={{{{ lookup('env', 'API_TOKEN') | default('{v}', true) }}}}\n"),
    ("jinja-default-filter", "roles/app/templates/app.yml.j2", "generic-secret",
     'auth_token: "{{{{ vault_auth_token | default(\'{v}\') }}}}"\n'),
    ("liquid-default-filter", "_config.yml", "generic-secret",
     'secret_key: {{{{ site.secret_key | default: "{v}" }}}}\n'),
    ("gotemplate-default", "templates/secret.yaml", "generic-secret",
     '  api_key: {{{{ .Values.app.apiKey | default "{v}" | quote }}}}\n'),
    ("helm-default-function", "templates/deployment.yaml", "generic-secret",
     '            - name: ACCESS_TOKEN\n              value: {{{{ default "{v}" .Values.accessToken }}}}\n'),
    ("nginx-set-var", "nginx/site.conf", "generic-secret",
     'location /api {{\n    set $upstream_api_key "{v}";\n}}\n'),
    ("nginx-set-var", "nginx/proxy.conf", "generic-secret", "    set $backend_token {v};\n"),
    ("tasmota-backlog", "tasmota/backlog.txt", "generic-password",
     "Backlog SSID1 HomeNet; Password1 {p}; MqttHost 10.0.0.2\n"),
    ("tasmota-backlog", "tasmota/mqtt.txt", "generic-password",
     "Backlog MqttUser plug; MqttPassword {p}; Topic plug_1\n"),
    ("cli-define-quoted", "platformio.ini", "generic-password",
     "[env:esp32]\nbuild_flags =\n  -DMQTT_PASSWORD='\"{p}\"'\n"),
    ("name-tail-dbpass", "docker-compose.env", "generic-password", "APP_DBPASS={p}\n"),
    ("name-tail-psk", "prj.conf", "generic-secret", 'CONFIG_WIFI_PSK="{v}"\n'),
    ("name-tail-salt", "config/config.php", "generic-secret", "  'passwordsalt' => '{v}',\n"),
    ("name-tail-salt", "config.yaml", "generic-secret", "environment_variables:\n  APP_SALT_KEY: {v}\n"),
    ("name-tail-digit", "app.ini", "generic-secret", "[mail]\nhost = smtp.internal\npassword2 = {v}\n"),
    ("cli-long-flag", "platformio.ini", "generic-password", "[env:ota]\nupload_protocol = espota\nupload_flags =\n    --auth={p}\n"),
    ("py-sdk-factory", "app/retriever.py", "generic-secret", 'auth = weaviate.auth.Auth.api_key("{v}")\n'),
    ("ml-typed-let", "src/Config.fs", "generic-secret", 'module Config =\n    let apiToken : string = "{v}"\n'),
    ("ml-typed-let", "lib/config.ml", "generic-password", 'let db_password : string = "{p}"\n'),
    ("svelte-fetch-header", "src/routes/Clusters.svelte", "generic-secret",
     '  const res = await fetch(url, {{\n    headers: {{ Authorization: "Bearer token-{t}:{v}" }},\n  }});\n'),
    ("name-tail-secret-key", "arduino_secrets.h", "generic-secret", '#define SECRET_DEVICE_KEY "{v}"\n'),
    ("name-tail-installation-key", ".env", "generic-secret", "PUSH_INSTALLATION_KEY={v}\n"),
]
H7SHAPES_DECOYS = [
    ("cmake-set-env", "CMakeLists.txt", 'set(ENV{{API_TOKEN}} "${{CI_JOB_TOKEN}}")\nset(ENV{{PATH}} "/opt/{h}/bin")\n'),
    ("cmake-set-cache", "CMakeLists.txt", 'set(TOKEN_FILE "${{CMAKE_BINARY_DIR}}/token.txt" CACHE PATH "")\n'),
    ("systemd-environment-quoted", "app.service", '[Service]\nEnvironment="APP_SECRET_FILE=/run/secrets/app"\nEnvironmentFile=/etc/app/{h}.env\n'),
    ("jinja-default-filter", "templates/env.j2", "API_TOKEN={{{{ lookup('env', 'API_TOKEN') | default('', true) }}}}\n"),
    ("jinja-default-filter", "templates/app.j2", "auth_token: {{{{ auth_token | default(omit) }}}}\n"),
    ("gotemplate-default", "templates/secret.yaml", '  api_key: {{{{ .Values.apiKey | default "" | quote }}}}\n'),
    ("gotemplate-default", "templates/cm.yaml", '  api_key: {{{{ .Values.apiKey | default "REPLACE_ME_WITH_YOUR_KEY" }}}}\n'),
    ("nginx-set-var", "nginx/site.conf", "    set $upstream_api_key $http_x_api_key;\n"),
    ("tasmota-backlog", "tasmota/backlog.txt", "Backlog SSID1 HomeNet; Password1 0; MqttHost 10.0.0.2\n"),
    ("name-tail-installation-key", ".env", "PUSH_INSTALLATION_ID=%s\n" % "8f14e45f-ceea-467a-9575-3f1c2b7d9e01"),
    ("name-tail-secret-key", "arduino_secrets.h", '#define SECRET_SSID "HomeNetwork"\n#define SECRET_KEY_FILE "/{h}.pem"\n'),
    ("name-tail-digit", "settings.py", "PASSWORD_SALT_ROUNDS = 12\nTOKEN2_EXPIRY = 3600\n"),
    ("name-tail-dbpass", "static/chunk.min.js",
     "function q(e,t){{didScheduleRenderPhaseUpdateDuringThisPass=didScheduleRenderPhaseUpdate=!0;var o={{\"x-api-key\":t}}}}\n"),
    ("cli-long-flag", "run.sh", "http --auth-type=basic --auth=none GET https://api.example.com/{h}\n"),
    ("py-sdk-factory", "app/retriever.py", 'auth = weaviate.auth.Auth.api_key(os.environ["WEAVIATE_API_KEY"])\n'),
    ("ml-typed-let", "src/Config.fs", 'let apiToken : string = Environment.GetEnvironmentVariable "API_TOKEN"\n'),
]


# wave 9 dotfiles: package tools' credential files, passwords in package
# index URLs, and test-suite state (holdout8's dotfile classes). The content
# rules' carriers are their files (a Bundler config, a Composer auth.json, a
# storage state): placed whole. The path rules place themselves.
STRUCTURED.update({rid: "file" for rid in (
    "npm-yarnrc-auth-ident-password", "bundler-source-credentials", "composer-auth-token",
    "composer-auth-password", "playwright-storage-state-cookie",
    "playwright-storage-state-token", "supabase-auth-refresh-token",
    "sbt-credentials-password", "conda-channel-token")})


def dotfiles_block(emit):
    """Index URLs with passwords in every carrier a package tool reads (pip
    INI, EDN and Leiningen maps, sbt strings, TOML arrays), with punctuation
    in the password; dotfiles whose values have no random look (a channel
    password, an app password in groups of four); and the decoys beside
    them: empty passwords, variables, placeholders, SSH remotes, ports,
    analytics and CSRF cookies."""
    rnd = random.Random(9909)

    def pw(n=12):
        while True:
            v = "".join(rnd.choice(string.ascii_letters + string.digits + "!#&*/()[]") for _ in range(n))
            if (re.search(r"[0-9]", v) and re.search(r"[A-Za-z]", v) and v[0].isalpha()
                    and not re.search(r"(?i)01234|12345|23456|34567|45678|56789|abcde|bcdef|qwert", v)):
                return v

    def tok(n, alphabet=string.ascii_letters + string.digits):
        while True:
            v = "".join(rnd.choice(alphabet) for _ in range(n))
            if re.search(r"[0-9]", v) and re.search(r"[A-Za-z]", v) and \
                    not re.search(r"(?i)01234|12345|23456|34567|45678|56789|abcde|bcdef|qwert", v):
                return v

    url_carriers = [
        ("pip-conf", ".config/pip/pip.conf", "[global]\nindex-url = https://deploy:{p}@nexus.acme-corp.io/repository/pypi-group/simple\ntimeout = 60\n"),
        ("pip-ini", "pip.ini", "[global]\nextra-index-url =\n    https://pypi.org/simple\n    https://ci:{p}@pkgs.acme-corp.io/simple\n"),
        ("pip-env", ".gitlab-ci.yml", "variables:\n  PIP_INDEX_URL: \"https://gitlab-ci-token:{p}@gitlab.acme-corp.io/api/v4/projects/12/packages/pypi/simple\"\n"),
        ("deps-edn", "deps.edn", "{{:deps {{org.clojure/clojure {{:mvn/version \"1.11.1\"}}}}\n :mvn/repos {{\"nexus\" {{:url \"https://deploy:{p}@nexus.acme-corp.io/repository/maven-releases/\"}}}}}}\n"),
        ("lein-project", "project.clj", "(defproject billing \"0.1.0\"\n  :repositories [[\"snapshots\" \"https://deploy:{p}@nexus.acme-corp.io/repository/snapshots\"]])\n"),
        ("sbt-resolver", "build.sbt", "resolvers += \"Acme\" at \"https://deploy:{p}@nexus.acme-corp.io/repository/maven-public/\"\n"),
        ("poetry-source", "pyproject.toml", "[[tool.poetry.source]]\nname = \"acme\"\nurl = \"https://deploy:{p}@pypi.acme-corp.io/simple/\"\npriority = \"primary\"\n"),
        ("uv-index", "pyproject.toml", "[tool.uv]\nextra-index-url = [\"https://ci:{p}@pkgs.acme-corp.io/simple\"]\n"),
        ("pdm-source", "pyproject.toml", "[[tool.pdm.source]]\nname = \"private\"\nurl = \"https://bot:{p}@pdm.acme-corp.io/simple\"\nverify_ssl = true\n"),
        ("email-user-url", "pip.conf", "[global]\nindex-url = https://deploy@acme-corp.io:{p}@nexus.acme-corp.io/simple\n"),
    ]
    for i in range(3):
        for shape, fname, tpl in url_carriers:
            p = pw(10 + i * 3)
            if shape == "email-user-url":
                p = p.replace("/", "x")
            emit("positive", "dotfiles-" + shape, fname, tpl.format(p=p), rule="url-credentials",
                 provider="url", secret=p)
    # passwords people choose: words and a year, in the same carriers;
    # words alone in their place are names of code (decoys)
    words = ["Nexus", "Deploy", "Harbor", "Falcon", "Maple", "Orbit", "Cobalt", "Summit", "Willow",
             "Quartz", "Raven", "Lumen"]
    for i, (shape, fname, tpl) in enumerate(url_carriers[:6]):
        human = rnd.choice(words) + rnd.choice(words) + str(rnd.randrange(1990, 2030))
        emit("positive", "dotfiles-human-" + shape, fname, tpl.format(p=human),
             rule="url-credentials", provider="url", secret=human)
        emit("decoy", "dotfiles-human-" + shape, fname,
             tpl.format(p=rnd.choice(words) + "Password" + rnd.choice(["Key", "Value", "Field"])),
             provider="url", why="a name of code")
    url_decoys = [
        ("pip-conf", ".config/pip/pip.conf", "[global]\nindex-url = https://deploy:@nexus.acme-corp.io/repository/pypi/simple\n"),
        ("pip-conf", "pip.conf", "[global]\nindex-url = https://${NEXUS_USER}:${NEXUS_PASSWORD}@nexus.acme-corp.io/simple\n"),
        ("pip-conf", "pip.conf", "[global]\nindex-url = https://deploy:password@nexus.acme-corp.io/simple\n"),
        ("deps-edn", "deps.edn", "{:deps {acme/tools {:git/url \"git@github.com:acme/tools.git\" :git/sha \"%040x\"}}}\n" % rnd.getrandbits(160)),
        ("requirements", "requirements.txt", "git+ssh://git@github.com:acme/tools.git@v1.4.2#egg=tools\nrequests==2.32.0\n"),
        ("links", "docs/links.md", "See http://localhost:8080/#/users/@alice and https://medium.com:443/@acme.\n"),
        ("pip-conf", "pip.conf", "[global]\nindex-url = https://nexus.acme-corp.io:8443/repository/pypi/simple\ntrusted-host = nexus.acme-corp.io:8443\n"),
    ]
    for shape, fname, text in url_decoys:
        emit("decoy", "dotfiles-" + shape, fname, text, provider="url", why="no password")

    lower = string.ascii_lowercase
    for i in range(3):
        app = " ".join("".join(rnd.choice(lower) for _ in range(4)) for _ in range(4))
        irc = pw(12)
        emit("positive", "dotfiles-authinfo", ".authinfo",
             "machine imap.gmail.com login alice%d@gmail.com password \"%s\" port 993\n" % (i, app),
             rule="google-app-password", provider="google", secret=app)
        emit("positive", "dotfiles-authinfo", "home/alice/.authinfo",
             "machine irc.libera.chat port 6697 login alice password %s\n" % irc,
             rule="netrc-password", provider="netrc", secret=irc)
        key = "%032x" % rnd.getrandbits(128)
        emit("positive", "dotfiles-gem-credentials", ".gem/credentials",
             "---\n:gemstash: %s\n" % key, rule="rubygems-credentials-file",
             provider="rubygems", secret=key)
        ctok = "%s-%08x-%04x-4%03x-a%03x-%012x" % (rnd.choice(["ab", "cd", "ek", "tk"]), rnd.getrandbits(32),
                                                   rnd.getrandbits(16), rnd.getrandbits(12),
                                                   rnd.getrandbits(12), rnd.getrandbits(48))
        cpw = pw(12)
        emit("positive", "dotfiles-condarc", ".condarc",
             "channels:\n  - defaults\nchannel_alias: https://conda.acme-corp.io/t/%s/\n" % ctok,
             rule="conda-condarc-credential", provider="conda", secret=ctok)
        emit("positive", "dotfiles-condarc", ".condarc",
             "channel_settings:\n  - channel: https://repo.acme-corp.io/conda/*\n    auth: http_basic\n    password: %s\n" % cpw,
             rule="conda-condarc-credential", provider="conda", secret=cpw)
        dpw = pw(12)
        emit("positive", "dotfiles-dvc", ".dvc/config.local",
             "['remote \"storage\"']\n    url = webdavs://dav.acme-corp.io/dvc\n    user = alice\n    password = %s\n" % dpw,
             rule="dvc-remote-credential", provider="dvc", secret=dpw)
        epw = pw(12)
        emit("positive", "dotfiles-e2e-fallback", "e2e/global-setup.ts",
             "const E2E_PASSWORD = process.env.E2E_PASSWORD ?? \"%s\";\n" % epw.replace("\\", "x"),
             rule="e2e-env-fallback-credential", provider="e2e", secret=epw.replace("\\", "x"))
        ck = tok(32)
        emit("positive", "dotfiles-storage-state", "e2e/.auth/user.json",
             json.dumps({"cookies": [
                 {"name": "_ga", "value": "GA1.1.%d.%d" % (rnd.randrange(10**9, 10**10), 1732960000 + i),
                  "domain": ".acme-corp.io", "path": "/", "expires": 1767225600, "httpOnly": False,
                  "secure": False, "sameSite": "Lax"},
                 {"name": "laravel_session", "value": ck, "domain": "app.acme-corp.io", "path": "/",
                  "expires": -1, "httpOnly": True, "secure": True, "sameSite": "Lax"}],
                 "origins": []}, indent=2) + "\n",
             rule="playwright-storage-state-cookie", provider="playwright", secret=ck)
    # the same files with nothing to report
    decoys = [
        ("dotfiles-authinfo", ".authinfo", "machine imap.gmail.com login alice@gmail.com port 993\n"),
        ("dotfiles-gem-credentials", ".gem/credentials", "---\n:gemstash: <your_gemstash_key>\n"),
        ("dotfiles-condarc", ".condarc", "channels:\n  - conda-forge\nchannel_alias: https://conda.anaconda.org/\nssl_verify: true\n"),
        ("dotfiles-dvc", ".dvc/config", "[core]\n    remote = storage\n['remote \"storage\"']\n    url = s3://acme-ml/dvc\n    ask_password = true\n"),
        ("dotfiles-e2e-fallback", "e2e/global-setup.ts",
         "const user = process.env.E2E_USER ?? \"qa-admin@acme-corp.io\";\nconst password = process.env.E2E_PASSWORD ?? \"\";\n"),
        ("dotfiles-storage-state", "e2e/.auth/user.json",
         json.dumps({"cookies": [
             {"name": "csrftoken", "value": tok(32), "domain": "app.acme-corp.io", "path": "/",
              "expires": -1, "httpOnly": False, "secure": True, "sameSite": "Strict"},
             {"name": "cookieconsent_status", "value": "dismiss", "domain": "app.acme-corp.io",
              "path": "/", "expires": 1767225600, "httpOnly": False, "secure": False, "sameSite": "Lax"},
             {"name": "NEXT_LOCALE", "value": "en-US", "domain": "app.acme-corp.io", "path": "/",
              "expires": -1, "httpOnly": False, "secure": False, "sameSite": "Lax"}],
             "origins": [{"origin": "https://app.acme-corp.io", "localStorage": [
                 {"name": "token_expires_at", "value": "1767225600123"}]}]}, indent=2) + "\n"),
        ("dotfiles-bundle-config", ".bundle/config",
         "---\nBUNDLE_PATH: \"vendor/bundle\"\nBUNDLE_BUILD__PG: \"--with-pg-config=/usr/pgsql-16/bin/pg_config\"\nBUNDLE_WITHOUT: \"development:test\"\n"),
        ("dotfiles-yarnrc", ".yarnrc.yml", "npmScopes:\n  acme:\n    npmAuthIdent: \"${NPM_USER}:${NPM_PASSWORD}\"\n"),
    ]
    for shape, fname, text in decoys:
        emit("decoy", shape, fname, text, provider="dotfiles", why="no credential")


def h7shapes_block(emit, seed=7807, shapes=H7SHAPES, decoys=None):
    rnd = random.Random(seed)
    for i in range(3):
        for shape, fname, rule, tpl in shapes:
            v = {"p": mixed_token(rnd, rnd.choice((10, 12, 14))),
                 "v": mixed_token(rnd, rnd.choice((24, 32))),
                 "t": "".join(rnd.choice(string.ascii_lowercase + string.digits) for _ in range(5))}
            key = re.search(r"\{([pv])\}", tpl).group(1)
            secret = "token-%s:%s" % (v["t"], v["v"]) if "{t}" in tpl else v[key]
            emit("positive", shape, fname, tpl.format(**v), rule=rule, provider="generic",
                 secret=secret)
    for shape, fname, tpl in H7SHAPES_DECOYS if decoys is None else decoys:
        emit("decoy", shape, fname, tpl.format(h="%032x" % rnd.getrandbits(128)),
             provider="generic", why="a reference, an empty or placeholder default, a path or an id")


# wave 9 codeshapes: the code syntaxes the eighth blind corpus found, as
# families: a name in brackets ($ENV{NAME} = , Application("name") = ,
# ENV["NAME"] ||= , Tcl's set env(NAME)), a literal in another syntax's
# quotes (JSX's {"v"}, Vue's "'v'", Perl's q{v}), a crontab's inline env,
# web servers' *_param directives, OCaml's putenv, XML whose name and value
# sit apart (XAML's x:Key, Settings.settings' <Value>, a <name> sibling),
# C#'s [DefaultSettingValue] above its property, SQL's UPDATE ... WHERE
# name, wp_options rows, PHP serialized options, ALTER USER ... PASSWORD,
# sbt's Credentials(realm, host, user, password), Swagger's default
CODESHAPES = [
    ("perl-env-hash", "bin/deploy.pl", "generic-secret", "$ENV{{API_TOKEN}} = '{v}';\n"),
    ("perl-hash-element", "lib/Acme/Config.pm", "generic-secret", "$config->{{api_key}} = \"{v}\";\n"),
    ("perl-quote-operator", "cgi-bin/mailer.cgi", "generic-secret", "my $api_key = q{{{v}}};\n"),
    ("perl-list-assignment", "lib/Mailer.pm", "generic-secret", "my ($user, $api_token) = ('mailer', '{v}');\n"),
    ("perl-env-fallback", "cgi-bin/mailer.cgi", "generic-secret", "my $api_key = $ENV{{MAILER_API_KEY}} || '{v}';\n"),
    ("perl-env-fallback", "lib/Deploy.pm", "generic-secret", "my $token = $ENV{{'DEPLOY_TOKEN'}} // \"{v}\";\n"),
    ("vbscript-application", "global.asa", "generic-password",
     'Sub Application_OnStart\r\n    Application("smtp_password") = "{p}"\r\nEnd Sub\r\n'),
    ("crystal-env-or-assign", "src/config.cr", "generic-secret", 'ENV["SHORTCUT_API_TOKEN"] ||= "{v}"\n'),
    ("tcl-env-set", "scripts/scan.tcl", "generic-secret", 'set env(SNYK_TOKEN) "{v}"\n'),
    ("tcl-env-braces", "scripts/scan.tcl", "generic-secret", "set ::env(API_TOKEN) {{{v}}}\n"),
    ("ocaml-putenv", "bin/main.ml", "generic-secret", 'let () =\n  Unix.putenv "SEGMENT_API_KEY" "{v}"\n'),
    ("crontab-inline-env", "etc/cron.d/backup", "generic-secret",
     "MAILTO=ops@example.com\n*/15 * * * * BACKUP_API_TOKEN={v} /usr/local/bin/backup --quiet\n"),
    ("crontab-inline-env", "crontab.txt", "generic-secret", "@daily DEPLOY_TOKEN={v} /opt/app/bin/sync\n"),
    ("nginx-fastcgi-param", "deploy/site.nginx", "generic-secret",
     'location ~ \\.php$ {{\n    fastcgi_param APP_API_TOKEN "{v}";\n}}\n'),
    ("nginx-uwsgi-param", "deploy/app.nginx", "generic-secret", "    uwsgi_param SERVICE_SECRET {v};\n"),
    ("jsx-expression-prop", "src/App.jsx", "generic-secret", '      <Client apiKey={{"{v}"}} region="us" />\n'),
    ("jsx-expression-prop", "src/Dashboard.tsx", "generic-secret", "  <Provider accessToken={{'{v}'}}>\n"),
    ("jsx-template-prop", "src/Widget.jsx", "generic-secret", "  <Embed apiSecret={{`{v}`}} />\n"),
    ("vue-bound-string", "src/components/Map.vue", "generic-secret",
     "<template>\n  <MapView :api-key=\"'{v}'\" />\n</template>\n"),
    ("xaml-string-resource", "App.xaml", "generic-secret",
     '<ResourceDictionary>\n    <x:String x:Key="RefreshToken">{v}</x:String>\n</ResourceDictionary>\n'),
    ("xml-settings-value", "Properties/Settings.settings", "generic-secret",
     '  <Settings>\n    <Setting Name="ApiSecret" Type="System.String" Scope="Application">\n'
     '      <Value Profile="(Default)">{v}</Value>\n    </Setting>\n'),
    ("xml-name-sibling", "Resources/config/config.xml", "generic-secret",
     '    <input-field type="password">\n        <name>apiSecret</name>\n        <label>API secret</label>\n'
     '        <defaultValue>{v}</defaultValue>\n    </input-field>\n'),
    ("cs-default-setting-attribute", "Properties/Settings.Designer.cs", "generic-secret",
     '        [global::System.Configuration.DefaultSettingValueAttribute("https://api.example.com")]\n'
     '        public string ApiUrl {{\n            get {{ return ((string)(this["ApiUrl"])); }}\n        }}\n'
     '        [global::System.Configuration.ApplicationScopedSettingAttribute()]\n'
     '        [global::System.Configuration.DefaultSettingValueAttribute("{v}")]\n'
     '        public string ApiToken {{\n            get {{ return ((string)(this["ApiToken"])); }}\n        }}\n'),
    ("sql-update-where-name", "db/seed.sql", "generic-secret",
     "UPDATE settings SET value = '{v}' WHERE name = 'api_token';\n"),
    ("sql-options-row", "backup/options.sql", "generic-secret",
     "INSERT INTO `wp_options` (`option_id`, `option_name`, `option_value`, `autoload`) VALUES "
     "(88, 'acme_api_secret', '{v}', 'yes');\n"),
    ("sql-php-serialized", "backup/wp_options.sql", "generic-secret",
     "INSERT INTO `wp_options` VALUES (412,'acme_sync','a:2:{{s:9:\\\"client_id\\\";s:4:\\\"acme\\\";"
     "s:13:\\\"client_secret\\\";s:32:\\\"{v}\\\";}}','yes');\n"),
    ("sql-alter-user-password", "db/init.sql", "generic-password", "ALTER USER app_rw WITH PASSWORD '{p}';\n"),
    ("scala-sbt-credentials", "build.sbt", "sbt-credentials-password",
     'credentials += Credentials("Sonatype Nexus Repository Manager", "nexus.acme.io", "deployer", "{p}")\n'),
    ("json-swagger-default", "api/swagger.json", "generic-secret",
     '{{"parameters": [{{"name": "api_key", "in": "header", "type": "string", "default": "{v}"}}]}}\n'),
]
CODESHAPES_DECOYS = [
    ("perl-env-hash", "bin/deploy.pl", "$ENV{{API_TOKEN}} = $opts{{token}};\nmy $key = $ENV{{API_TOKEN}} || die;\n"),
    ("perl-list-assignment", "lib/Mailer.pm", "my ($user, $api_token) = ($cfg{{user}}, $cfg{{token}});\n"),
    ("perl-env-fallback", "cgi-bin/mailer.cgi", "my $api_key = $ENV{{MAILER_API_KEY}} || die 'no key';\nmy $token = $ENV{{DEPLOY_TOKEN}} // '';\n"),
    ("perl-quote-operator", "cgi-bin/mailer.cgi", "my $api_key = q{{}};\nmy $token_file = q{{/etc/{h}.tok}};\n"),
    ("vbscript-application", "global.asa", 'Application("smtp_password") = Request.Form("pw")\r\n'),
    ("crystal-env-or-assign", "src/config.cr", 'ENV["API_TOKEN"] ||= ENV.fetch("FALLBACK_TOKEN")\n'),
    ("tcl-env-set", "scripts/scan.tcl", "set env(SNYK_TOKEN) $token\nputs $env(SNYK_TOKEN)\n"),
    ("ocaml-putenv", "bin/main.ml", 'Unix.putenv "API_TOKEN" (Sys.getenv "CI_TOKEN")\n'),
    ("crontab-inline-env", "etc/cron.d/backup", "*/15 * * * * BACKUP_API_TOKEN=$(cat /run/secrets/{h}) /usr/local/bin/backup\n"),
    ("nginx-fastcgi-param", "deploy/site.nginx", "    fastcgi_param APP_API_TOKEN $http_x_api_token;\n"
     "    proxy_set_header X-Api-Key $api_key;\n"),
    ("jsx-expression-prop", "src/App.jsx", '      <Client apiKey={{process.env.REACT_APP_API_KEY}} token={{"YOUR_TOKEN_HERE"}} />\n'),
    ("jsx-template-prop", "src/Widget.jsx", "  <Embed apiSecret={{`${{secret}}`}} />\n"),
    ("vue-bound-string", "src/components/Map.vue", "  <MapView :api-key=\"apiKey\" :token-id=\"'{h}'\" />\n"),
    ("xaml-string-resource", "App.xaml", '    <x:String x:Key="RefreshTokenLabel">Refresh token</x:String>\n'),
    ("xml-settings-value", "Properties/Settings.settings",
     '    <Setting Name="ApiSecretHash" Type="System.String" Scope="Application">\n'
     '      <Value Profile="(Default)">{h}</Value>\n    </Setting>\n'),
    ("xml-name-sibling", "Resources/config/config.xml",
     "        <name>apiSecret</name>\n        <label>API secret</label>\n        <placeholder>Enter the secret</placeholder>\n"),
    ("cs-default-setting-attribute", "Properties/Settings.Designer.cs",
     '        [global::System.Configuration.DefaultSettingValueAttribute("")]\n'
     '        public string ApiToken {{\n            get {{ return ((string)(this["ApiToken"])); }}\n        }}\n'),
    ("sql-update-where-name", "db/seed.sql", "UPDATE settings SET value = 'changeme' WHERE name = 'api_token';\n"
     "UPDATE settings SET value = '{h}' WHERE name = 'api_token_hash';\n"),
    ("sql-options-row", "backup/options.sql",
     "INSERT INTO `wp_options` (`option_id`, `option_name`, `option_value`, `autoload`) VALUES "
     "(89, 'acme_token_expires', '1767225600', 'yes');\n"),
    ("sql-php-serialized", "backup/wp_options.sql",
     "INSERT INTO `wp_options` VALUES (413,'acme','a:1:{{s:13:\\\"client_secret\\\";s:0:\\\"\\\";}}','yes');\n"),
    ("sql-alter-user-password", "db/init.sql", "ALTER USER app_rw WITH PASSWORD 'password';\n"),
    ("scala-sbt-credentials", "build.sbt",
     'credentials += Credentials("Sonatype Nexus Repository Manager", "nexus.acme.io", "deployer", sys.env("NEXUS_PASSWORD"))\n'),
    ("json-swagger-default", "api/swagger.json",
     '{{"parameters": [{{"name": "api_key", "in": "header", "type": "string", "default": "YOUR_API_KEY"}}]}}\n'),
]


def codeshapes_block(emit):
    rnd = random.Random(9109)
    for i in range(3):
        for shape, fname, rule, tpl in CODESHAPES:
            v = {"p": mixed_token(rnd, rnd.choice((10, 12, 14))), "v": mixed_token(rnd, rnd.choice((24, 32)))}
            key = re.search(r"\{([pv])\}", tpl).group(1)
            emit("positive", shape, fname, tpl.format(**v), rule=rule, provider="generic", secret=v[key])
    for shape, fname, tpl in CODESHAPES_DECOYS:
        emit("decoy", shape, fname, tpl.format(h="%032x" % rnd.getrandbits(128)),
             provider="generic", why="a reference, an empty or placeholder value, a label, a hash or a number")
# ---- (apps) secrets under an application's own names, and the public halves
# a blind corpus reported: cipher keys and IVs named for their algorithm or
# purpose, PayPal NVP signatures and Authorize.Net transaction keys in old
# code, Windows answer files and DSC credentials; decoys of each. Own seed.
STRUCTURED.update({rid: "file" for rid in (
    "windows-unattend-password", "windows-securestring-plaintext")})
# a short IV is known by its name alone: not in a header or a URL's query
STRUCTURED["appcrypto-cipher-key-short"] = "value"
UNATTEND_PASSWORD = ("        <{el}>\n          <Value>{v}</Value>\n"
                     "          <PlainText>{plain}</PlainText>\n        </{el}>\n")
UNATTEND = ('<?xml version="1.0" encoding="utf-8"?>\n<unattend xmlns="urn:schemas-microsoft-com:unattend">\n'
            '  <settings pass="oobeSystem">\n    <component name="Microsoft-Windows-Shell-Setup" '
            'processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" '
            'versionScope="nonSxS">\n      <UserAccounts>\n{admin}        <LocalAccounts>\n'
            '          <LocalAccount wcm:action="add">\n{local}            <Name>deploy</Name>\n'
            '          </LocalAccount>\n        </LocalAccounts>\n      </UserAccounts>\n'
            '      <ProductKey>W269N-WFGWX-YVC9B-4J6C9-T83GX</ProductKey>\n'
            '      <RegisteredOwner>S-1-5-21-3623811015-3361044348-30300820-1013</RegisteredOwner>\n'
            '    </component>\n  </settings>\n</unattend>\n')


def apps_block(emit):
    rnd = random.Random(9309)
    alnum = string.ascii_letters + string.digits

    def rand(n, alphabet=alnum):
        classes = [c for c in (string.digits, string.ascii_lowercase, string.ascii_uppercase)
                   if set(c) & set(alphabet)]
        while True:
            v = "".join(rnd.choice(alphabet) for _ in range(n))
            if all(set(c) & set(v) for c in classes):
                return v

    def pw(n):
        while True:
            v = rand(n - 1) + rnd.choice("!#%*+-.=?@^_~")
            if not re.search(r"(?i)pass|admin|root|user|test|demo", v):
                return v

    def pos(shape, fname, text, rule, secret, **kw):
        emit("positive", shape, fname, text, rule=rule, provider="apps", secret=secret, **kw)

    def dec(shape, fname, text, why):
        emit("decoy", shape, fname, text, provider="apps", why=why)

    for i in range(4):
        # PrestaShop 1.6 defines and 1.7 parameters.php, phpMyAdmin, Play/Silhouette
        ck, civ, rk, riv, db = rand(56), rand(8), rand(32), rand(22) + "==", pw(16)
        pos("php-define", "settings.inc.php",
            "<?php\ndefine('_DB_SERVER_', 'localhost');\ndefine('_DB_PASSWD_', '%s');\n"
            "define('_COOKIE_KEY_', '%s');\ndefine('_COOKIE_IV_', '%s');\n"
            "define('_RIJNDAEL_KEY_', '%s');\ndefine('_RIJNDAEL_IV_', '%s');\n" % (db, ck, civ, rk, riv),
            "appcrypto-cipher-key", ck, also=(db, civ, rk, riv))
        ck, civ = rand(56), rand(8)
        pos("php-return-array", "parameters.php",
            "<?php return array (\n  'parameters' =>\n  array (\n    'database_host' => '127.0.0.1',\n"
            "    'cookie_key' => '%s',\n    'cookie_iv' => '%s',\n  ),\n);\n" % (ck, civ),
            "appcrypto-cipher-key", ck, also=(civ,))
        bf = rand(32, alnum + "{}[]()^~+-*")
        pos("php-array-assign", "config.inc.php",
            "<?php\n$cfg['blowfish_secret'] = '%s';\n$cfg['Servers'][$i]['auth_type'] = 'cookie';\n" % bf,
            "appcrypto-cipher-key", bf)
        sk, ck = rand(32), rand(32)
        pos("hocon", "silhouette.conf",
            'silhouette {\n  authenticator.signer.key = "%s"\n  authenticator.crypter.key = "%s"\n}\n'
            % (sk, ck), "appcrypto-cipher-key", sk, also=(ck,))
        ak, hk, iv = rand(32), "%064x" % rnd.getrandbits(256), rand(16)
        pos("yaml-nested", "crypto.yml",
            "crypto:\n  cipher: aes-256-cbc\n  aes_key: %s\n  hmac_key: \"%s\"\n  encryption_iv: \"%s\"\n"
            "  aes_key_size: 256\n" % (ak, hk, iv), "appcrypto-cipher-key", ak, also=(hk, iv))
        # PayPal NVP signature beside its user and password; Authorize.Net keys
        sig = "A" + rand(55, alnum + ".-")
        user, ppw = "shop%d_api1.example.com" % i, rand(16, string.ascii_uppercase + string.digits)
        tpl = [
            ('payments.asp', 'vbscript-const', '<%%\nConst API_USERNAME = "%s"\nConst API_PASSWORD = "%s"\n'
             'Const API_SIGNATURE = "%s"\n%%>\n'),
            ('Config.pm', 'perl-our', "package Config;\nour $API_USERNAME = '%s';\nour $API_PASSWORD = '%s';\n"
             "our $API_SIGNATURE = '%s';\n1;\n"),
            ('payum.yaml', 'yaml-parent', "payum:\n    gateways:\n        paypal_express:\n"
             "            factory: paypal_express_checkout\n            username: '%s'\n"
             "            password: '%s'\n            signature: '%s'\n"),
            ('constants.php', 'php-define', "<?php\ndefine('API_USERNAME', '%s');\ndefine('API_PASSWORD', '%s');\n"
             "define('API_SIGNATURE', '%s');\n"),
        ][i]
        pos(tpl[1], tpl[0], tpl[2] % (user, ppw, sig), "paypalnvp-api-signature", sig, also=(ppw,))
        tk = rand(16)
        pos("php-array", "authnet.php",
            "<?php\n$post = array('x_login' => '%s', 'x_tran_key' => '%s', 'x_version' => '3.1');\n"
            % (rand(8), tk), "authorizenet-transaction-key", tk)
        # Windows answer files and DSC
        admin, local = pw(14), pw(12)
        enc = base64.b64encode((admin + "AdministratorPassword").encode("utf-16-le")).decode()
        pos("xml-unattend", "autounattend.xml", UNATTEND.format(
            admin=UNATTEND_PASSWORD.format(el="AdministratorPassword", v=enc, plain="false"),
            local=UNATTEND_PASSWORD.format(el="Password", v=local, plain="true")),
            "windows-unattend-password", local, also=(admin,))
        cred = pw(14)
        pos("powershell-dsc", "WebServerConfig.ps1",
            "Configuration WebServerConfig {\n    $cred = New-Object System.Management.Automation."
            "PSCredential (\"CONTOSO\\deploy\", (ConvertTo-SecureString \"%s\" -AsPlainText -Force))\n"
            "    Node web01 { User Deploy { UserName = \"deploy\"; Password = $cred } }\n}\n" % cred,
            "windows-securestring-plaintext", cred)
        # the public half beside its secret: no finding on it
        sec = "%064x" % rnd.getrandbits(256)
        pos("pair-half", "tenable.conf", "[tenable]\nurl = https://cloud.tenable.com\naccess_key = %064x\n"
            "verify = true\n# the secret half\nsecret_key = %s\n" % (rnd.getrandbits(256), sec),
            "tenable-api-secret-key", sec)
        sec = rand(43)
        pos("pair-half", ".s3cfg", "[default]\nhost_base = nyc3.digitaloceanspaces.com\naccess_key = DO00%s\n"
            "secret_key = %s\n" % (rand(16, string.ascii_uppercase + string.digits), sec),
            "digitalocean-spaces-secret-key", sec)
        sec = rand(40)
        pos("pair-half", "acme-lab.dcf", "name: acme-lab\nserver: shinyapps.io\nusername: acme\ntoken: %032X\n"
            "secret: %s\n" % (rnd.getrandbits(128), sec), "generic-secret", sec)
    # decoys: names of ciphers, sizes, paths and lengths; digests; ids; public tokens
    for i in range(3):
        dec("cipher-settings", "crypto.yml",
            "crypto:\n  cipher: aes-256-cbc\n  hash_algorithm: sha256\n  aes_key_size: 256\n"
            "  hmac_key_path: /etc/app/hmac-%d.key\n  encryption_iv_length: 16\n"
            "  checksum: sha256:%064x\n" % (i, rnd.getrandbits(256)), "cipher names, sizes and paths")
        dec("php-define", "settings.inc.php", "<?php\ndefine('_COOKIE_KEY_', 'YOUR_COOKIE_KEY');\n"
            "define('_RIJNDAEL_KEY_', getenv('RIJNDAEL_KEY'));\ndefine('_COOKIE_IV_', '');\n", "placeholder")
        dec("signature-digest", "webhook.php",
            "<?php\n$signature_version = '2';\n$webhook_signature = '%064x';\n$response_signature = '%056X';\n"
            "define('x_tran_key', 'YOUR_TRANSACTION_KEY');\n" % (rnd.getrandbits(256), rnd.getrandbits(224)),
            "payload digests and placeholders")
        dec("xml-unattend", "unattend.xml", UNATTEND.format(
            admin=UNATTEND_PASSWORD.format(el="AdministratorPassword", v="", plain="true"),
            local=UNATTEND_PASSWORD.format(el="Password", v="*SENSITIVE*DATA*DELETED*", plain="true")),
            "public key token, product key of the KMS table, SID, deleted password")
        dec("sdk-app-id", "braze.jsonnet", "{\n  braze: {\n    sdk: {\n      apiKey: '%08x-%04x-4%03x-8%03x-%012x',\n"
            "      baseUrl: 'sdk.iad-01.braze.com',\n    },\n  },\n}\n" % (
                rnd.getrandbits(32), rnd.getrandbits(16), rnd.getrandbits(12), rnd.getrandbits(12),
                rnd.getrandbits(48)), "Braze SDK app identifier")
        dec("rollbar-client", "observability.mdx", "Add Rollbar to the page:\n\n```js\nvar _rollbarConfig = {\n"
            "  accessToken: \"%032x\",\n  captureUncaught: true,\n};\n```\n" % rnd.getrandbits(128),
            "Rollbar post_client_item token")
        dec("pgpass-placeholder", ".pgpass", "localhost:5432:*:postgres:postgres\n"
            "db%d.internal:5432:app:admin:admin\n" % i, "default account word")

# ---- codeshapes2: a name, its language's own glue, a value ----------------
# A type between name and value (ActionScript, Haxe, Odin, Bicep), Odin's
# ::, a Scheme pair, Pascal's ['Name'] :=, an EDN reader tag, Erlang's
# binaries, Lua's long strings, Elixir's module attributes, fish's set -gx.
# {v}: a token (generic-secret), {p}: a password (generic-password).
CODESHAPES2 = [
    ("as3-static-const", "Keys.as", "generic-secret",
     'public class Keys {{\n  public static const API_TOKEN:String = "{v}";\n}}\n'),
    ("haxe-static-var", "Config.hx", "generic-secret",
     'class Config {{\n  static inline var SERVICE_SECRET:String = "{v}";\n}}\n'),
    ("odin-const", "config.odin", "generic-secret", 'package main\n\nAPI_KEY :: "{v}"\n'),
    ("odin-typed-const", "config.odin", "generic-secret",
     'package main\n\nDEPLOY_TOKEN : string : "{v}"\n'),
    ("julia-typed-const", "config.jl", "generic-secret", 'const API_TOKEN::String = "{v}"\n'),
    ("ada-constant", "config.ads", "generic-secret",
     '   Service_Secret : constant String := "{v}";\n'),
    ("bicep-secure-param", "main.bicep", "generic-secret",
     "@secure()\nparam deployToken string = '{v}'\n"),
    ("scheme-alist", "config.scm", "generic-secret",
     "(define settings\n  '((\"endpoint\" . \"https://api.acme.io\")\n    (\"api-token\" . \"{v}\")))\n"),
    ("racket-pair", "config.rkt", "generic-secret", "(define creds '((api-key . \"{v}\")))\n"),
    ("pascal-custom-header", "Client.pas", "generic-secret",
     "  Http.Request.CustomHeaders['X-Api-Key'] := '{v}';\n"),
    ("edn-profile", "config.edn", "generic-secret",
     '{{:service {{:api-token #profile {{:dev "dev" :prod "{v}"}}}}}}\n'),
    ("erlang-binary", "sys.config", "generic-secret",
     '[{{acme, [{{endpoint, <<"https://api.acme.io">>}}, {{api_key, <<"{v}">>}}]}}].\n'),
    ("erlang-map-binary", "acme.erl", "generic-secret", '-define(CREDS, #{{secret => <<"{v}">>}}).\n'),
    ("lua-long-string", "keys.lua", "generic-secret", "local API_TOKEN = [[{v}]]\n"),
    ("lua-long-string", "config.lua", "generic-secret",
     "return {{\n  endpoint = 'https://api.acme.io',\n  secret_key = [==[{v}]==],\n}}\n"),
    ("triple-quoted", "settings.py", "generic-secret", 'API_TOKEN = """{v}"""\n'),
    ("nix-indented-string", "default.nix", "generic-secret",
     "{{\n  services.app.apiToken = ''{v}'';\n}}\n"),
    ("swift-raw-string", "Keys.swift", "generic-secret", 'let apiToken = #"{v}"#\n'),
    ("ocaml-quoted-string", "config.ml", "generic-secret", "let api_token = {{|{v}|}}\n"),
    ("ruby-percent-q", "config.rb", "generic-secret", "DEPLOY_TOKEN = %q({v})\n"),
    ("spring-placeholder-default", "application.yml", "generic-password",
     "spring:\n  datasource:\n    password: ${{DB_PASSWORD:{p}}}\n"),
    ("spring-placeholder-default", "Hooks.java", "generic-secret",
     '    @Value("${{stripe.webhook-secret:{v}}}")\n    private String webhookSecret;\n'),
    ("nim-exported-const", "keys.nim", "generic-secret", 'const apiToken* = "{v}"\n'),
    ("elixir-module-attr", "client.ex", "generic-secret",
     'defmodule Acme.Client do\n  @api_token "{v}"\nend\n'),
    ("fish-set-gx", "config.fish", "generic-secret", "set -gx DEPLOY_TOKEN {v}\n"),
    ("fish-set-ux", "env.fish", "generic-password", "set -Ux SMTP_PASSWORD '{p}'\n"),
]
CODESHAPES2_DECOYS = [
    ("as3-static-const", "Keys.as", 'public static const API_TOKEN:String = loadToken();\n'
     'public static const TOKEN_HEADER:String = "X-Api-Token";\n'),
    ("odin-const", "config.odin", 'API_KEY :: #config(API_KEY, "")\nAPI_KEY_LEN :: 32\n'),
    ("bicep-secure-param", "main.bicep", "@secure()\nparam deployToken string\n"
     "param apiKeyName string = 'deploy-token'\n"),
    ("scheme-alist", "config.scm", "(define settings '((\"api-token\" . ,(getenv \"API_TOKEN\"))))\n"),
    ("pascal-custom-header", "Client.pas", "  Http.Request.CustomHeaders['X-Api-Key'] := FApiKey;\n"
     "  Http.Request.CustomHeaders['X-Api-Key'] := '<your api key>';\n"),
    ("edn-profile", "config.edn", '{{:api-token #profile {{:dev #env API_TOKEN :prod #env API_TOKEN}}}}\n'
     '{{:api-token #or [#env API_TOKEN ""]}}\n'),
    ("erlang-binary", "sys.config", '[{{acme, [{{api_key, <<"${{ACME_API_KEY}}">>}}, '
     '{{api_key_sha, <<"{h}">>}}]}}].\n'),
    ("lua-long-string", "keys.lua", "local API_TOKEN = os.getenv('API_TOKEN')\n"
     "local matrix = {{[[1, 2]], [[3, 4]]}}\nlocal secret_key = [[YOUR_SECRET_KEY]]\n"),
    ("elixir-module-attr", "client.ex", '@api_token System.get_env("API_TOKEN")\n'
     '@token_header "x-api-token"\n'),
    ("fish-set-gx", "config.fish", "set -gx DEPLOY_TOKEN $DEPLOY_TOKEN_FROM_VAULT\n"
     "set -gx API_TOKEN (security find-generic-password -s api -w)\nset -e API_TOKEN\n"),
    ("triple-quoted", "settings.py", 'API_TOKEN = """\nthe token of the deploy bot\n"""\n'
     "token = '' if cached else ''\n"),
    ("ocaml-quoted-string", "config.ml", "let api_token = {{|YOUR_API_TOKEN|}}\n"),
    ("spring-placeholder-default", "application.yml",
     "spring:\n  datasource:\n    password: ${{DB_PASSWORD:}}\n    token: ${{API_TOKEN}}\n"
     "    secret: ${{JWT_SECRET:${{FALLBACK_SECRET}}}}\n"),
    ("nim-exported-const", "refs.nim", "let x = token * 2\nproc apiToken*(): string = readToken()\n"),
    ("php-concat", "key.php", '$cache_key = $api_key . "-{h}";\n'),
    ("js-object-type", "types.ts", "interface Opts {{\n  token: string;\n  secret?: string;\n}}\n"),
]

# ---- (daemons) daemons' own secret files, self-hosted apps, data configs ----
# The ninth blind corpus's class of secrets a daemon's file holds by its
# grammar, not under a `name = value` (strongSwan, PPP, Dovecot, net-snmp,
# wpa_supplicant, Zabbix, Netdata, Synapse), self-hosted apps' own names
# (MediaWiki, phpBB, Strapi, Ghost) and Airflow connection URIs. Their
# keyword rules know the value by the grammar around it: their examples are
# placed whole. Decoys: what those files hold that is no secret (key file
# references, crypt hashes, NT hashes, the default communities, machine
# GUIDs, documented placeholders).
STRUCTURED.update({rid: "file" for rid in (
    "daemonfiles-dovecot-plain-password", "daemonfiles-snmp-community",
    "daemonfiles-snmpv3-auth-passphrase", "daemonfiles-snmpv3-priv-passphrase",
    "selfhosted-php-db-password", "selfhosted-mediawiki-key",
    "selfhosted-smtp-auth-pass", "dataconf-airflow-conn-password", "dataconf-mysql-go-dsn-password",
    "selfhosted-gmail-app-password")})
DAEMONS = [
    ("strongswan", "etc/ipsec.secrets", "daemonfiles-strongswan-secret",
     "# /etc/ipsec.secrets\n: RSA gw.pem\n: PSK \"{v}\"\n"),
    ("strongswan", "strongswan/ipsec.secrets", "daemonfiles-strongswan-secret",
     ": RSA moonKey.pem\n{u} : EAP \"{p}\"\n"),
    ("strongswan", "ipsec.secrets", "daemonfiles-strongswan-secret", "{u}@acme.example : XAUTH \"{p}\"\n"),
    ("ppp", "etc/ppp/chap-secrets", "daemonfiles-ppp-secret",
     "# Secrets for authentication using CHAP\n# client\tserver\tsecret\t\t\tIP addresses\n{u}\t*\t\"{p}\"\t*\n"),
    ("ppp", "ppp/pap-secrets", "daemonfiles-ppp-secret", "{u} pptpd {p} 10.8.0.12\n"),
    ("dovecot", "dovecot/users", "daemonfiles-dovecot-plain-password",
     "{u}:{{PLAIN}}{p}:1001:1001::/home/{u}\n"),
    ("snmpd", "etc/snmp/snmpd.conf", "daemonfiles-snmp-community",
     "sysLocation Rack 4\nsysContact ops@acme.example\nrocommunity {p} 10.0.0.0/8\n"),
    ("snmpd", "snmp/snmpd.conf", "daemonfiles-snmp-community",
     "#       sec.name  source   community\ncom2sec notConfigUser default {p}\n"),
    ("snmpd", "snmpd.conf", "daemonfiles-snmpv3-auth-passphrase",
     "createUser {u} SHA \"{p}\" AES\nrouser {u} authpriv\n"),
    ("wpa", "etc/wpa_supplicant/wpa_supplicant.conf", "daemonfiles-wpa-supplicant-psk",
     "ctrl_interface=/run/wpa_supplicant\nnetwork={{\n    ssid=\"{u}\"\n    psk=\"{p}\"\n}}\n"),
    ("wpa", "wpa_supplicant.conf", "daemonfiles-wpa-supplicant-psk",
     "network={{\n    ssid=\"{u}\"\n    psk={h}\n}}\n"),
    ("wpa", "boot/wpa_supplicant.conf", "daemonfiles-wpa-supplicant-psk",
     "network={{\n    ssid=\"corp\"\n    key_mgmt=WPA-EAP\n    eap=PEAP\n    identity=\"{u}\"\n    password=\"{p}\"\n}}\n"),
    ("zabbix", "etc/zabbix/zabbix_agentd.psk", "daemonfiles-zabbix-psk-file", "{h}\n"),
    ("netdata", "etc/netdata/stream.conf", "daemonfiles-netdata-stream-api-key",
     "[stream]\n    enabled = yes\n    destination = parent.acme.internal:19999\n    api key = {g}\n"),
    ("netdata", "netdata/stream.conf", "daemonfiles-netdata-stream-api-key",
     "[{g}]\n    enabled = yes\n    default history = 3600\n    health enabled by default = auto\n"),
    ("synapse", "data/chat.acme.example.signing.key", "daemonfiles-synapse-signing-key",
     "ed25519 a_{t} {s}\n"),
    ("mediawiki", "wiki/LocalSettings.php", "selfhosted-php-db-password",
     "<?php\n$wgDBserver = \"localhost\";\n$wgDBname = \"wikidb\";\n$wgDBuser = \"wikiuser\";\n$wgDBpassword = \"{p}\";\n"),
    ("mediawiki", "LocalSettings.php", "selfhosted-mediawiki-key",
     "$wgSecretKey = \"{x}\";\n# Changing this will log out all existing sessions.\n$wgAuthenticationTokenVersion = \"1\";\n"),
    ("phpbb", "phpbb/config.php", "selfhosted-php-db-password",
     "<?php\n$dbms = 'phpbb\\\\db\\\\driver\\\\mysqli';\n$dbhost = 'localhost';\n$dbuser = 'phpbb';\n$dbpasswd = '{p}';\n$table_prefix = 'phpbb_';\n"),
    ("ghost", "config.production.json", "selfhosted-smtp-auth-pass",
     "{{\n  \"mail\": {{\n    \"transport\": \"SMTP\",\n    \"options\": {{\n      \"host\": \"smtp.mailgun.org\",\n      \"auth\": {{\n        \"user\": \"postmaster@mg.acme.example\",\n        \"pass\": \"{p}\"\n      }}\n    }}\n  }}\n}}\n"),
    ("netdata", "netdata/go.d/mysql.conf", "dataconf-mysql-go-dsn-password",
     "jobs:\n  - name: local\n    dsn: netdata:{p}@tcp(127.0.0.1:3306)/\n"),
    ("mediawiki", "wiki/LocalSettings.php", "selfhosted-gmail-app-password",
     "$wgSMTP = [\n    'host' => 'ssl://smtp.gmail.com',\n    'port' => 465,\n    'auth' => true,\n    'username' => 'wiki@acme.example',\n    'password' => '{l}'\n];\n"),
    ("airflow", "deploy/airflow.env", "dataconf-airflow-conn-password",
     "AIRFLOW__CORE__EXECUTOR=CeleryExecutor\nAIRFLOW_CONN_SMTP_ALERTS='smtp://alerts%40acme.example:{p}@'\n"),
]
DAEMONS_DECOYS = [
    ("strongswan", "ipsec.secrets", ": RSA moonKey.pem\n: ECDSA edge.pem\n: PSK %prompt\n# : PSK \"{p}\"\n"),
    ("ppp", "etc/ppp/chap-secrets", "# client\tserver\tsecret\t\tIP addresses\n*\thostname\t\"\"\t*\nguest\t*\t@/etc/ppp/guest.pw\t*\n"),
    ("dovecot", "dovecot/users", "{u}:{{SHA512-CRYPT}}$6$Zq3dWx9k$Wx9kTq2mLr7vNb4pYh8cJf5sGd1aKe6uQi3oPz0RtY:1002:1002::/home/{u}\n"),
    ("snmpd", "snmpd.conf", "rocommunity public  localhost\nrwcommunity private 127.0.0.1\ncom2sec notConfigUser default public\n"),
    ("wpa", "wpa_supplicant.conf", "network={{\n    ssid=\"corp\"\n    identity=\"{u}\"\n    password=hash:{n}\n}}\n"),
    ("zabbix", "zabbix_agentd.conf", "TLSConnect=psk\nTLSAccept=psk\nTLSPSKIdentity=PSK 001\nTLSPSKFile=/etc/zabbix/zabbix_agentd.psk\n"),
    ("netdata", "stream.conf", "[{g}]\n    type = machine\n    enabled = yes\n    default memory mode = dbengine\n"),
    ("synapse", "old.signing.key.pub", "ed25519 a_{t} {s}\n"),
    ("mysql-dsn", "main.go", "db, _ := sql.Open(\"mysql\", \"user:password@tcp(127.0.0.1:3306)/hello\")\n"),
    ("fetchmail", ".fetchmailrc", "poll imap.acme.example protocol imap\n  user \"ops\" there with password \"secret\" is ops here\n"),
    ("strapi", ".env", "APP_KEYS=toBeModified1,toBeModified2\nAPI_TOKEN_SALT=tobemodified\n"),
    ("mediawiki", "LocalSettings.php", "$wgDBpassword = getenv('WG_DB_PASSWORD');\n$wgSecretKey = getenv('MW_SECRET_KEY');\n"),
]


def daemons_block(emit):
    rnd = random.Random(9901)

    def values():
        b64 = lambda n: base64.b64encode(bytes(rnd.getrandbits(8) for _ in range(n))).decode()
        return {"p": mixed_token(rnd, rnd.choice((10, 12, 14))), "v": mixed_token(rnd, rnd.choice((20, 24))),
                "u": rnd.choice(("carol", "vpnuser", "monitor", "branch-ny", "jdoe")),
                "h": "%064x" % rnd.getrandbits(256), "n": "%032x" % rnd.getrandbits(128),
                "x": "%064x" % rnd.getrandbits(256), "t": mixed_token(rnd, 4),
                "s": b64(32).rstrip("="),
                "g": "%08x-%04x-4%03x-a%03x-%012x" % tuple(rnd.getrandbits(b) for b in (32, 16, 12, 12, 48)),
                "l": " ".join("".join(rnd.choice(string.ascii_lowercase) for _ in range(4)) for _ in range(4))}

    for i in range(3):
        for shape, fname, rule, tpl in DAEMONS:
            v = values()
            key = re.search(r"\{([pvhxsgl])\}", tpl).group(1)
            emit("positive", "daemons-" + shape, fname, tpl.format(**v), rule=rule,
                 provider=rule.split("-")[0], secret=v[key])
        # Strapi's APP_KEYS: each key of the list, whole
        keys = [base64.b64encode(bytes(rnd.getrandbits(8) for _ in range(16))).decode() for _ in range(4)]
        emit("positive", "daemons-strapi", "strapi/.env",
             "HOST=0.0.0.0\nPORT=1337\nAPP_KEYS=%s\n" % ",".join(keys), rule="selfhosted-strapi-app-key",
             provider="selfhosted", secret=keys[0], also=keys[1:])
    for i in range(2):
        for shape, fname, tpl in DAEMONS_DECOYS:
            emit("decoy", "daemons-" + shape, fname, tpl.format(**values()), provider=shape,
                 why="a reference, a hash, a default, an id or a public key")

# ---- (syntaxes) whole syntaxes whose name and value no rule reads together:
# LaTeX macros (escaped underscores), reStructuredText field lists, a
# notebook's %env and .env cells, TypeScript decorators and providers,
# GitLab CI's `value:` under a variable, an Earthfile's blank-separated ENV,
# Markdown tables whose header names the column; decoys of each
# (placeholders, references, docstrings' fields, a dictionary's Key). Own seed.
SYNTAXES = [
    ("latex-newcommand", "paper/secrets.tex", "generic-secret", "\\newcommand{{\\apitoken}}{{{v}}}\n"),
    ("latex-newcommand", "doc/keys.tex", "generic-secret",
     "\\documentclass{{article}}\n\\providecommand{{\\clientSecret}}{{\\texttt{{{v}}}}}\n"),
    ("latex-def", "slides/setup.sty", "generic-secret", "\\def\\deploytoken{{{v}}}\n"),
    ("rst-field", "docs/setup.rst", "generic-secret", "Setup\n=====\n\n:api_key: {v}\n:region: eu-west-1\n"),
    ("notebook-magic", "explore.ipynb", "generic-secret",
     '{{"cells": [{{"cell_type": "code", "source": [\n    "%env AUTH_TOKEN={v}\\n",\n    "import os\\n"\n]}}]}}\n'),
    ("notebook-env-file", "setup.ipynb", "generic-secret",
     '{{"cells": [{{"cell_type": "code", "source": [\n    "%%writefile .env\\n",\n    "SERVICE_TOKEN={v}\\n"\n]}}]}}\n'),
    ("ts-decorator", "src/config.service.ts", "generic-secret",
     "export class Config {{\n  @Env({{ default: '{v}' }}) apiToken: string;\n}}\n"),
    ("ts-decorator", "src/app.config.ts", "generic-secret",
     "export class AppConfig {{\n  @Env('API_SECRET', {{ default: \"{v}\" }}) secret: string;\n}}\n"),
    ("ts-provider", "src/app.module.ts", "generic-secret",
     "providers: [{{ provide: 'AUTH_TOKEN', useValue: '{v}' }}],\n"),
    ("gitlab-value", ".gitlab-ci.yml", "generic-secret",
     "variables:\n  DEPLOY_TOKEN:\n    value: \"{v}\"\n    description: the deploy bot's token\n"),
    ("earthfile-env", "Earthfile", "generic-secret", "build:\n    FROM alpine\n    ENV SERVICE_TOKEN {v}\n"),
    ("yaml-flow-map", ".github/workflows/deploy.yml", "generic-secret",
     "jobs:\n  deploy:\n    steps:\n      - run: ./deploy.sh\n        env: {{ REGION: eu, DEPLOY_TOKEN: {v} }}\n"),
    ("md-header-table", "docs/ACCOUNTS.md", "generic-secret",
     "| Service | User | Password |\n|---|---|---|\n| admin | root | {v} |\n"),
    ("md-header-table", "ops/TOKENS.md", "generic-secret",
     "| Bot | API Token | Token type |\n|:--|:--:|--:|\n| deploy | `{v}` | bearer |\n"),
]
SYNTAXES_DECOYS = [
    ("latex-newcommand", "paper/macros.tex", "\\newcommand{{\\apikey}}{{YOUR\\_API\\_KEY\\_HERE}}\n"
     "\\newcommand{{\\secretkey}}[1]{{\\texttt{{#1}}}}\n\\def\\password{{\\emph{{password}}}}\n"),
    ("rst-field", "docs/api.rst", ":param api_key: The API key used for the request\n:type api_key: str\n"
     ":api_key: <your api key>\n:token: ``$API_TOKEN``\n"),
    ("notebook-magic", "setup.ipynb", '{{"cells": [{{"cell_type": "code", "source": [\n'
     '    "%env API_KEY=$MY_API_KEY\\n",\n    "%env SECRET_TOKEN=<your-token>\\n"\n]}}]}}\n'),
    ("ts-decorator", "src/settings.ts", "export class S {{\n  @Value('${{app.apiKey}}') apiKey: string;\n"
     "  @Inject('STRIPE_SECRET_KEY') private readonly secretKey: string;\n"
     "  @Value('app.security.secret-key') secretKey2: string;\n}}\n"),
    ("ts-provider", "src/tokens.ts", "export const P = {{ provide: 'API_KEY', useValue: process.env.API_KEY }};\n"),
    ("gitlab-value", ".gitlab-ci.yml", "variables:\n  API_TOKEN:\n    value: $CI_JOB_TOKEN\n"
     "  SECRET_KEY:\n    value: \"{{{{ .Values.secretKey }}}}\"\n  DEPLOY_PASSWORD:\n    value: \"\"\n"),
    ("earthfile-env", "Earthfile", "build:\n    ARG API_KEY\n    ENV AUTH_TOKEN=$AUTH_TOKEN\n"
     "    ENV DB_PASSWORD ${{DB_PASSWORD}}\n"),
    ("yaml-flow-map", ".github/workflows/ci.yml", "jobs:\n  t:\n    steps:\n"
     "      - env: {{ API_TOKEN: ${{{{ secrets.API_TOKEN }}}}, DB_PASSWORD: $DB_PASSWORD }}\n"),
    ("md-header-table", "docs/KEYS.md", "| Key | Value |\n|-----|-------|\n| cache_dir | /var/cache/acme2 |\n\n"
     "| Name | Token | Token type |\n|---|---|---|\n| deploy | `<your-token>` | bearer |\n"
     "| ci | ${{CI_TOKEN}} | bearer |\n| bot | ******** | bearer |\n"),
]


def syntaxes_block(emit):
    h7shapes_block(emit, 10409, SYNTAXES, SYNTAXES_DECOYS)
    rnd = random.Random(10410)
    for i in range(3):  # LaTeX's escaped underscore: reported without it
        v, cut = mixed_token(rnd, rnd.choice((24, 32))), rnd.randrange(6, 18)
        emit("positive", "latex-escaped", "report/secrets.tex",
             "\\renewcommand*{\\secretkey}{%s\\_%s}\n" % (v[:cut], v[cut:]),
             rule="generic-secret", provider="generic", secret=v[:cut] + "_" + v[cut:])

# ---- (platforms) applications' own secret files, parameter files ----------
# The tenth blind corpus's class of an application's own secret under its
# own name in its own file: CloudFormation/SAM and ARM parameter files (the
# name apart from its value), Hiera data, gitlab-secrets.json, ProxySQL,
# Jetty/Rundeck realm.properties, Bacula, MongoDB keyfiles, Redis Sentinel,
# SonarQube's passcode, FileZilla and lftp. Their rules know the value by
# the file's grammar: their examples are placed whole. Decoys: dynamic
# references, Key Vault references, eyaml ciphertext, hashed and obfuscated
# passwords, defaults, and the public or test-mode keys (New Relic browser
# keys, Flutterwave test encryption keys).
STRUCTURED.update({rid: "file" for rid in (
    "cfnparams-parameter-value", "cfnparams-parameter-override", "armparams-parameter-value",
    "gitlabsecrets-key-base", "proxysql-admin-credentials", "proxysql-password",
    "redissentinel-auth-pass", "sonarconf-system-passcode", "lftp-open-password",
    "vaultinit-unseal-key")})
PLATFORMS = [
    ("cfn-params", "infra/params/prod.json", "cfnparams-parameter-value",
     "[\n  {{\n    \"ParameterKey\": \"Environment\",\n    \"ParameterValue\": \"prod\"\n  }},\n"
     "  {{\n    \"ParameterKey\": \"{N}\",\n    \"ParameterValue\": \"{p}\"\n  }}\n]\n"),
    ("cfn-cli", "scripts/create-stack.sh", "cfnparams-parameter-value",
     "aws cloudformation update-stack --stack-name {u} --use-previous-template \\\n"
     "  --parameters ParameterKey={N},ParameterValue={p} ParameterKey=Env,UsePreviousValue=true\n"),
    ("sam-overrides", "samconfig.toml", "cfnparams-parameter-override",
     "version = 0.1\n[prod.deploy.parameters]\nstack_name = \"{u}\"\ncapabilities = \"CAPABILITY_IAM\"\n"
     "parameter_overrides = \"Stage=\\\"prod\\\" {N}=\\\"{p}\\\"\"\n"),
    ("arm-params", "azure/main.parameters.json", "armparams-parameter-value-file",
     "{{\n  \"parameters\": {{\n    \"location\": {{ \"value\": \"westeurope\" }},\n"
     "    \"{n}\": {{\n      \"value\": \"{p}\"\n    }}\n  }}\n}}\n"),
    ("hiera", "data/env/prod.yaml", "hiera-credential",
     "---\nprofile::{u}::host: db01.internal\nprofile::{u}::{s}: \"{p}\"\n"),
    ("gitlab-secrets", "etc/gitlab/gitlab-secrets.json", "gitlabsecrets-key-base",
     "{{\n  \"gitlab_rails\": {{\n    \"otp_key_base\": \"{x}\"\n  }}\n}}\n"),
    ("proxysql", "proxysql/proxysql.cnf", "proxysql-admin-credentials",
     "admin_variables=\n{{\n  admin_credentials=\"admin:{p}\"\n  mysql_ifaces=\"0.0.0.0:6032\"\n}}\n"),
    ("proxysql", "etc/proxysql.cnf", "proxysql-password",
     "mysql_variables=\n{{\n  monitor_username=\"monitor\"\n  monitor_password=\"{p}\"\n}}\n"),
    ("realm", "server/config/realm.properties", "jettyrealm-password",
     "{u}: {p},user,admin\n"),
    ("bacula", "bacula/bacula-fd.conf", "bacula-password",
     "Director {{\n  Name = backup-dir\n  Password = \"{p}\"\n}}\n"),
    ("mongo-keyfile", "mongo/keyfile", "mongodbkeyfile-key", "{k}\n"),
    ("sentinel", "redis/sentinel.conf", "redissentinel-auth-pass",
     "sentinel monitor {u} 10.0.3.7 6379 2\nsentinel auth-pass {u} {p}\n"),
    ("sonar", "conf/sonar.properties", "sonarconf-system-passcode",
     "sonar.web.port=9000\nsonar.web.systemPasscode={v}\n"),
    ("filezilla", "filezilla/sitemanager.xml", "filezilla-password",
     "<FileZilla3>\n  <Servers>\n    <Server>\n      <Host>ftp.acme-corp.net</Host>\n"
     "      <User>{u}</User>\n      <Pass>{p}</Pass>\n    </Server>\n  </Servers>\n</FileZilla3>\n"),
    ("lftp", ".lftprc", "lftp-open-password", "set ssl:verify-certificate no\nopen -u {u},{p} ftp.acme-corp.net\n"),
    ("jenkins-home", "var/jenkins_home/secrets/initialAdminPassword", "jenkinshome-initial-admin-password", "{m}\n"),
    ("nexus-data", "sonatype-work/nexus3/admin.password", "nexusfiles-admin-password", "{g}\n"),
    ("restic", "backup/restic-password", "backuppass-repository-password-file", "{p}\n"),
    ("freeradius", "etc/freeradius/3.0/clients.conf", "freeradius-client-secret",
     "client {u} {{\n\tipaddr = 10.20.0.0/16\n\tsecret = {p}\n}}\n"),
    ("asterisk", "etc/asterisk/sip.conf", "asterisk-peer-secret", "[{d}]\ntype=friend\nhost=dynamic\nsecret={p}\n"),
    ("vault-init", "ops/vault-init.txt", "vaultinit-unseal-key",
     "Unseal Key 1: {k44}\n\nVault initialized with 1 key shares and a key threshold of 1.\n"),
]
PLATFORMS_DECOYS = [
    ("cfn-params", "params/prod.json",
     "[{{\"ParameterKey\": \"{N}\", \"ParameterValue\": \"{{{{resolve:secretsmanager:prod/{u}:SecretString:password}}}}\"}}]\n"),
    ("cfn-params", "params/staging.json", "[{{\"ParameterKey\": \"{N}\", \"ParameterValue\": \"/prod/{u}/password\"}}]\n"),
    ("arm-params", "azuredeploy.parameters.json",
     "{{\"parameters\": {{\"{n}\": {{\"reference\": {{\"keyVault\": {{\"id\": \"/subscriptions/{g}/resourceGroups/rg/providers/"
     "Microsoft.KeyVault/vaults/kv\"}}, \"secretName\": \"{u}\"}}}}}}}}\n"),
    ("hiera", "data/common.eyaml", "profile::{u}::{s}: ENC[PKCS7,{b}]\n"),
    ("proxysql", "proxysql.cnf",
     "mysql_users=\n(\n  {{ username = \"{u}\", password = \"*{H}\", default_hostgroup = 1 }}\n)\n"),
    ("realm", "realm.properties", "{u}: MD5:{m},user\nops: OBF:1v2j1uum1xtv1zej1zer1xtn1uvk1v1v,user\n"),
    ("jetty-env", "WEB-INF/jetty-env.xml",
     "<Set name=\"password\">OBF:1v2j1uum1xtv1zej1zer1xtn1uvk1v1v</Set>\n"),
    ("sentinel", "sentinel.conf", "# sentinel auth-pass <master-name> <password>\nsentinel monitor {u} 127.0.0.1 6379 2\n"),
    ("mongo-keyfile", "mongod.conf", "security:\n  keyFile: /etc/mongo/keyfile\n"),
    ("newrelic-browser", "newrelic.js",
     "window.NREUM||(NREUM={{}});NREUM.info={{beacon:\"bam.nr-data.net\",licenseKey:\"NRJS-{j}\",applicationID:\"{d}\"}};\n"),
    ("flutterwave-test", "config.php", "define('FLW_ENCRYPTION_KEY', 'FLWSECK_TEST{e}');\n"),
    ("vault-init", "docs/unseal.md", "Run `vault operator unseal` and paste Unseal Key 1 when asked.\n"),
    ("nexus-data", "sonatype-work/nexus3/instance.id", "{g}\n"),
    ("freeradius", "raddb/clients.conf", "client localhost {{\n\tipaddr = 127.0.0.1\n\tsecret = testing123\n}}\n"),
]


def platforms_block(emit):
    rnd = random.Random(10101)

    def values():
        b64 = lambda n: base64.b64encode(bytes(rnd.getrandbits(8) for _ in range(n))).decode()
        n = rnd.choice(("dbMasterPassword", "adminPassword", "apiToken", "sqlAdminPassword", "jwtSecret"))
        return {"p": mixed_token(rnd, rnd.choice((12, 14, 18))), "v": mixed_token(rnd, 20),
                "n": n, "N": n[0].upper() + n[1:],
                "u": rnd.choice(("billing", "orders", "mymaster", "deploy", "reports")),
                "s": rnd.choice(("password", "db_password", "secret_key", "api_token")),
                "x": "%0128x" % rnd.getrandbits(512), "k": b64(96), "b": b64(90),
                "H": "%040X" % rnd.getrandbits(160), "m": "%032x" % rnd.getrandbits(128),
                "g": "%08x-%04x-4%03x-a%03x-%012x" % tuple(rnd.getrandbits(b) for b in (32, 16, 12, 12, 48)),
                "j": "%019x" % rnd.getrandbits(76), "e": "%012x" % rnd.getrandbits(48),
                "d": str(rnd.randrange(10**8, 10**10)), "k44": b64(33)}

    for i in range(3):
        for shape, fname, rule, tpl in PLATFORMS:
            v = values()
            key = re.search(r"\{(k44|[pvxkmg])\}", tpl).group(1)
            emit("positive", "platforms-" + shape, fname, tpl.format(**v), rule=rule,
                 provider=rule.split("-")[0], secret=v[key])
    for i in range(2):
        for shape, fname, tpl in PLATFORMS_DECOYS:
            emit("decoy", "platforms-" + shape, fname, tpl.format(**values()), provider=shape,
                 why="a reference, ciphertext, a hash, a default or a public key")
# ---- (judge) the generic value judge: a random value under any credential
# name, whatever its punctuation; code, names and stored ciphertexts not ----
# Passwords with '.', '!', '-', '_', '@', '#', '%', '+', '/', '~', '*', '$',
# '^', '&' inside, under plain setting names in the syntaxes configs use,
# several assignments on one line read each; decoys: dotted code
# references, obfuscated or encrypted stored passwords by their own
# markers, a GnuPG key id under git's signingkey, a model's owner/name.
JUDGE_NAMES = [
    "DATABASE_PASSWORD", "password", "connectionProperties.password",
    "KOPIA_SERVER_CONTROL_PASSWORD", "sonar.web.systemPasscode", "admin_passcode",
    "spring.mail.password", "ldap.bind.password", "REDIS_SECRET", "app.session.secret",
    "dbpassword", "rootpassword", "ldap_bind_pw", "DB_PW",
]
# (shape, file name, template, quoted): {N} the name, {v} the value
JUDGE_SHAPES = [
    ("judge-dotenv", ".env", "{N}={v}\n", False),
    ("judge-properties", "conf/app.properties", "server.port=8080\n{N}={v}\n", False),
    ("judge-yaml", "config/app.yml", "db:\n  host: db.internal\n  {N}: {v}\n", False),
    ("judge-yaml-quoted", "config/prod.yml", "db:\n  {N}: '{v}'\n", True),
    ("judge-ini", "app.ini", "[server]\nhost = 10.0.0.4\n{N} = {v}\n", False),
    ("judge-xml-element", "WEB-INF/config.xml", "<config>\n  <{N}>{v}</{N}>\n</config>\n", True),
    ("judge-jetty-set", "WEB-INF/jetty-env.xml",
     "<New class=\"org.eclipse.jetty.plus.jndi.Resource\">\n  <Set name=\"user\">app</Set>\n"
     "  <Set name=\"{N}\">{v}</Set>\n</New>\n", True),
    ("judge-xml-attribute", "config/server.xml",
     "<server>\n  <dataSource user=\"app\" {N}=\"{v}\"/>\n</server>\n", True),
    ("judge-one-line", "bacula-dir.conf",
     "Catalog {{ Name = MyCatalog; dbname = \"bacula\"; dbuser = \"bacula\"; {N} = \"{v}\" }}\n", True),
    ("judge-hiera", "data/env/prod.yaml", "---\nprofile::app::port: 8080\n{N}: '{v}'\n", True),
]
JUDGE_PUNCT = ".!-_@#%+/~*$^&"
JUDGE_DECOYS = [
    ("password = config.db.password", "db.py"),
    ("token: this.config.s3Secret", "client.ts"),
    ("API_SECRET=settings.SECRET_KEY_V2", ".env"),
    ("const password = window.appConfig.dbPassword2;", "main.js"),
    ("<Set name=\"password\">OBF:{obf}</Set>", "WEB-INF/jetty-env.xml"),
    ("spring.datasource.password=ENC({b64})", "application.properties"),
    ("  password: \"ENC({b64})\"", "application-prod.yml"),
    ("mysql-monitor_password=\"*{HEX40}\"", "proxysql.cnf"),
    ("[Sessions\\\\deploy@web01]\nHostName=web01.acme.internal\nUserName=deploy\nPassword=A35C{HEXW}",
     "WinSCP.ini"),
    ("{{\"logins\":[{{\"hostname\":\"imap://mail.acme.example\",\"password\":\"{nss}\"}}]}}",
     "logins.json"),
    ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<mrng:Connections xmlns:mrng=\"http://mremoteng.org\" "
     "Name=\"Connections\" EncryptionEngine=\"AES\" BlockCipherMode=\"GCM\">\n"
     "  <Node Name=\"web01\" Username=\"deploy\" Password=\"{b64long}\" />\n</mrng:Connections>",
     "confCons.xml"),
    ("[user]\n\tname = Jo Doe\n\tsigningkey = {HEX16}\n[commit]\n\tgpgsign = true", ".gitconfig"),
    ("api_key = \"{model}\"", "config/creds.rb"),
]
JUDGE_MODELS = ["mistralai/Mixtral-8x7B-Instruct-v0.1", "meta-llama/Llama-3.1-70B-Instruct",
                "Qwen/Qwen2.5-Coder-32B-Instruct", "deepseek-ai/DeepSeek-V3",
                "google/gemma-2-27b-it", "microsoft/Phi-3-mini-4k-instruct"]


def judge_value(rnd, quoted, xml):
    alnum = string.ascii_letters + string.digits
    punct = JUDGE_PUNCT.replace("&", "") if xml else JUDGE_PUNCT
    if not quoted:
        punct = punct.replace("#", "")  # a comment's mark after a space
    while True:
        n = rnd.choice((16, 18, 20, 24))
        v = [rnd.choice(alnum) for _ in range(n)]
        for _ in range(rnd.choice((1, 2, 3))):
            v[rnd.randrange(1, n - 1)] = rnd.choice(punct)
        v = "".join(v)
        # (a %-escape is read as one: its decoded copy is the secret)
        if (re.search(r"[0-9]", v) and re.search(r"[a-z]", v) and re.search(r"[A-Z]", v)
                and not re.search(r"%[0-9A-F]{2}", v)):
            return v


def judge_block(emit):
    rnd = random.Random(1010)
    for i in range(72):
        shape, fname, tpl, quoted = JUDGE_SHAPES[i % len(JUDGE_SHAPES)]
        name = JUDGE_NAMES[(i * 5 + i // len(JUDGE_SHAPES)) % len(JUDGE_NAMES)]
        if shape == "judge-one-line":
            name = ("dbpassword", "rootpassword", "adminpassword")[i % 3]
        if shape == "judge-hiera":  # Puppet's namespaced keys
            name = ("profile::database::password", "mysql::server::root_password",
                    "profile::ldap::bind_pw")[i % 3]
        v = judge_value(rnd, quoted, "xml" in shape or "jetty" in shape)
        emit("positive", shape, fname, tpl.format(N=name, v=v), rule="generic-secret",
             provider="generic", secret=v)
    hexu = "0123456789ABCDEF"
    for i in range(3):
        raw = bytes(rnd.getrandbits(8) for _ in range(48))
        nss = base64.b64encode(b"\x30\x4a\x04\x10\xf8" + bytes(14) + b"\x01" +
                               bytes(rnd.getrandbits(8) for _ in range(56))).decode()
        v = {"obf": "".join(rnd.choice("0123456789abcdefghijklmnopqrstuvwxyz") for _ in range(32)),
             "b64": base64.b64encode(raw[:24]).decode(),
             "b64long": base64.b64encode(raw).decode(),
             "HEX40": "".join(rnd.choice(hexu) for _ in range(40)),
             "HEXW": "".join(rnd.choice(hexu) for _ in range(2 * rnd.randrange(14, 30))),
             "HEX16": "".join(rnd.choice(hexu) for _ in range(16)),
             "nss": nss, "model": JUDGE_MODELS[(i * 2 + rnd.randrange(2)) % len(JUDGE_MODELS)]}
        for text, fname in JUDGE_DECOYS:
            emit("decoy", "judge-decoy", fname, text.format(**v) + "\n", provider="generic",
                 why="code, a name, or a stored password obfuscated or encrypted")


# ---- (anyglue) a credential's name, any glue, a literal --------------------
# One reader for languages whose glue between a name and its literal no
# syntax reader knows: NASM's data directives, COBOL's picture clause,
# Prolog facts, Stata's local, SAS's %let, R's <-. Decoys: comparisons,
# calls inside a statement, the next argument, words that are no glue,
# placeholders and references the value judge turns down.
ANYGLUE = [
    ("anyglue-nasm", "src/boot.asm", "generic-secret", "section .data\napi_key db \"{v}\", 0\n"),
    ("anyglue-nasm", "src/net.asm", "generic-secret", "auth_token:  dq \"{v}\"\n"),
    ("anyglue-cobol", "src/PAYCFG.cbl", "generic-secret",
     "       WORKING-STORAGE SECTION.\n       05 WS-API-TOKEN PIC X(24) VALUE \"{v}\".\n"),
    ("anyglue-prolog", "src/config.pl", "generic-secret", ":- module(config, []).\napi_secret('{v}').\n"),
    ("anyglue-stata", "do/setup.do", "generic-secret", "local api_token \"{v}\"\n"),
    ("anyglue-sas", "sas/autoexec.sas", "generic-secret", "%let api_key={v};\n"),
    ("anyglue-elm", "src/Config.elm", "generic-secret",
     "module Config exposing (appToken)\n\n\nappToken : String\nappToken =\n    \"{v}\"\n"),
]
ANYGLUE_DECOYS = [
    ("anyglue-compare", "tests/test_auth.py",
     "assert token != \"{h}\"\nif api_key == \"{h}\":\n    pass\nif key in \"{h}\":\n    pass\n"),
    ("anyglue-call", "app/auth.py",
     "h = hash_password(\"{h}\")\nverify(token, \"{h}\")\nkey = os.getenv(\"API_KEY\")\n"
     "log.info(\"token refreshed\")\n"),
    ("anyglue-nasm", "src/demo.asm", "api_key db \"YOUR_API_KEY_HERE\", 0\npassword db \"changeme\", 0\n"),
    ("anyglue-sas", "sas/job.sas", "%let api_key=&sysparm;\n%let password=%sysget(DB_PASSWORD);\n"),
    ("anyglue-cobol", "src/LOGIN.cbl", "       05 WS-PASSWORD PIC X(20) VALUE SPACES.\n"),
    ("anyglue-elm", "src/Api.elm", "apiKey =\n    getApiKey config\n\n\nauthToken =\n    \"{h}\" ++ suffix\n"),
]


def anyglue_block(emit):
    h7shapes_block(emit, 11021, ANYGLUE, ANYGLUE_DECOYS)


# ---- (selfhosted) self-hosted and developer applications' own credentials
# in their own config files: OctoPrint's api key, Appwrite's OpenSSL key,
# Unreal's pak keys, Moodle's salt, a buildout's Zope admin, steamcmd's
# login, headscale's Noise key, GameAnalytics' secret key, camera and
# broker URLs; decoys: the apps' documented placeholders and defaults ----
# (shape, file name, rule, template): {s} is the secret
SELFHOSTED = [
    ("octoprint", ".octoprint/config.yaml", "selfhosted-octoprint-api-key",
     "accessControl:\n  salt: {w}\napi:\n  allowCrossOrigin: false\n  key: {s}\nserver:\n  firstRun: false\n"),
    ("appwrite", ".env", "selfhosted-appwrite-openssl-key",
     "_APP_ENV=production\n_APP_OPENSSL_KEY_V1={s}\n_APP_DOMAIN=appwrite.example.org\n"),
    ("unreal", "Config/DefaultCrypto.ini", "selfhosted-unreal-crypto-key",
     "[/Script/CryptoKeys.CryptoKeysSettings]\nbEnablePakSigning=True\nSigningPublicExponent=AQAB\n"
     "SigningPrivateExponent={s}\n"),
    ("moodle", "moodle/config.php", "selfhosted-moodle-password-salt",
     "<?php\n$CFG->wwwroot = 'https://moodle.example.org';\n$CFG->passwordsaltmain = '{s}';\n"),
    ("zope", "buildout.cfg", "selfhosted-zope-admin-password",
     "[instance]\nrecipe = plone.recipe.zope2instance\nuser = admin:{s}\nhttp-address = 8080\n"),
    ("steamcmd", "ci/upload.sh", "selfhosted-steamcmd-login",
     "#!/bin/sh\nsteamcmd +login buildbot {s} +run_app_build app_build.vdf +quit\n"),
    ("headscale", "headscale/noise_private.key", "tailscale-machine-private-key", "privkey:{s}\n"),
    ("gameanalytics", "Assets/Scripts/Boot.cs", "gameanalytics-secret-key",
     "using GameAnalyticsSDK;\nGameAnalytics.SettingsGA.AddSecretKey(RuntimePlatform.Android, \"{s}\");\n"),
    ("rcon", "server.properties", "selfhosted-server-password",
     "enable-rcon=true\nrcon.port=25575\nrcon.password={s}\nmotd=A Minecraft Server\n"),
    ("rcon", "cfg/server.cfg", "selfhosted-server-password", "hostname \"Ours\"\nrcon_password \"{s}\"\n"),
    ("gameserver", "GameUserSettings.ini", "selfhosted-server-password",
     "[ServerSettings]\nServerAdminPassword={s}\nDifficultyOffset=1.0\n"),
    ("gameserver", "config/bot1.json", "selfhosted-server-password",
     "{{\n  \"SteamLogin\": \"jdoe_games\",\n  \"SteamPassword\": \"{s}\"\n}}\n"),
    ("sabnzbd", "sabnzbd.ini", "selfhosted-sabnzbd-nzb-key", "[misc]\nnzb_key = {s}\n"),
    ("rtsp", "frigate/config.yml", "url-credentials",
     "cameras:\n  door:\n    ffmpeg:\n      inputs:\n        - path: rtsp://viewer:{s}@10.0.0.20:554/live\n"),
]
SELFHOSTED_DECOYS = [
    ("octoprint", "config.yaml", "api:\n  key: YOUR_OCTOPRINT_API_KEY_GOES_HERE\n"),
    ("appwrite", ".env", "_APP_OPENSSL_KEY_V1=your-secret-key\n"),
    ("unreal", "Config/DefaultCrypto.ini",
     "[/Script/CryptoKeys.CryptoKeysSettings]\nEncryptionKey=\nSigningPublicExponent=AQAB\nSigningModulus={b}\n"),
    ("moodle", "config.php", "<?php\n$CFG->passwordsaltmain = getenv('MOODLE_SALT');\n"),
    ("zope", "buildout.cfg", "[instance]\nrecipe = plone.recipe.zope2instance\nuser = admin:admin\n"),
    ("steamcmd", "install.sh", "steamcmd +login anonymous +app_update 740 validate +quit\n"),
    ("steamcmd", "upload.sh", "steamcmd +login $STEAM_USER $STEAM_PASSWORD +run_app_build app.vdf +quit\n"),
    ("headscale", "state.txt", "nodekey:{h}\n"),
    ("gameanalytics", "Boot.cs", "GameAnalytics.Initialize();\nvar build = \"{h40}\";\n"),
    ("rcon", "server.properties", "enable-rcon=false\nrcon.password=\n"),
    ("rcon", "docker-compose.yml", "    environment:\n      RCON_PASSWORD: ${{RCON_PASSWORD}}\n"),
    ("gameserver", "harbor.yml", "hostname: reg.example.org\nharbor_admin_password: Harbor12345\n"),
    ("gameserver", "nzbget.conf", "ControlUsername=nzbget\nControlPassword=tegbzn6789\n"),
    ("gameserver", "Server.cs", "if (serverPassword == null) serverPassword = Prompt();\n"),
    ("rtsp", "frigate/config.yml", "        - path: rtsp://viewer:{{FRIGATE_RTSP_PASSWORD}}@10.0.0.20:554/live\n"),
]

# their formats are a syntax or a file, not a value under a name: placed whole
STRUCTURED.update({"selfhosted-appwrite-openssl-key": "file", "selfhosted-moodle-password-salt": "file",
                   "selfhosted-zope-admin-password": "file", "selfhosted-steamcmd-login": "file",
                   "tailscale-machine-private-key": "value", "selfhosted-server-password": "file",
                   "selfhosted-sabnzbd-nzb-key": "file"})


def selfhosted_block(emit):
    rnd = random.Random(11211)
    b64 = lambda n: base64.b64encode(bytes(rnd.getrandbits(8) for _ in range(n))).decode()
    secret = {"octoprint": lambda: "%032X" % rnd.getrandbits(128),
              "appwrite": lambda: mixed_token(rnd, 32), "unreal": lambda: b64(64),
              "moodle": lambda: mixed_token(rnd, 40), "zope": lambda: mixed_token(rnd, 14),
              "steamcmd": lambda: mixed_token(rnd, 16), "headscale": lambda: "%064x" % rnd.getrandbits(256),
              "gameanalytics": lambda: "%040x" % rnd.getrandbits(160),
              "rtsp": lambda: mixed_token(rnd, 14), "sabnzbd": lambda: "%032x" % rnd.getrandbits(128),
              "rcon": lambda: rnd.choice(("sunset", "marble", "harbor")) + str(rnd.randrange(10, 99)),
              "gameserver": lambda: mixed_token(rnd, 12)}
    for i in range(3):
        for shape, fname, rule, tpl in SELFHOSTED:
            s = secret[shape]()
            emit("positive", "selfhosted-" + shape, fname, tpl.format(s=s, w=mixed_token(rnd, 6)),
                 rule=rule, provider=rule.split("-")[0], secret=s)
    for i in range(2):
        for shape, fname, tpl in SELFHOSTED_DECOYS:
            text = tpl.format(b=b64(64), h="%064x" % rnd.getrandbits(256), h40="%040x" % rnd.getrandbits(160))
            emit("decoy", "selfhosted-" + shape, fname, text, provider=shape,
                 why="an app's documented placeholder, default, public value or reference")
# ---- (apart) a value under a neutral name borrows a name from a line above --
# value:, Default:, default =, data:, text:, content:, <value>: a name that
# says a value's role; the credential's name is a sibling's (`- key: NAME`,
# `"name": "NAME"`, `<name>NAME</name>`), a parent's, or the line before
# that holds the name alone. Decoys: neutral values under names that are no
# credential's, references (valueFrom, ${...}, {{ ... }}), placeholders, a
# parameter without a default, prose below a name, public ids.
APART = [
    ("apart-render", "render.yaml", "generic-secret",
     "services:\n  - type: web\n    name: shop\n    envVars:\n      - key: LOG_LEVEL\n        value: info\n"
     "      - key: {N}\n        value: {v}\n"),
    ("apart-k8s-env", "k8s/deployment.yaml", "generic-secret",
     "      containers:\n        - name: api\n          env:\n            - name: {N}\n"
     "              # rotated every quarter\n              value: \"{v}\"\n"),
    ("apart-postman", "postman/prod.postman_environment.json", "generic-secret",
     "{{\n  \"name\": \"prod\",\n  \"values\": [\n    {{\n      \"key\": \"{n}\",\n      \"type\": \"secret\",\n"
     "      \"enabled\": true,\n      \"value\": \"{v}\"\n    }}\n  ]\n}}\n"),
    ("apart-hadoop", "etc/hadoop/core-site.xml", "generic-secret",
     "<configuration>\n  <property>\n    <name>fs.s3a.secret.key</name>\n"
     "    <description>The secret of the bucket's reader</description>\n    <value>{v}</value>\n"
     "  </property>\n</configuration>\n"),
    ("apart-helm-values", "charts/api/values.yaml", "generic-secret",
     "auth:\n  {n}:\n    existingSecret: \"\"\n    value: {v}\n"),
    ("apart-gitlab-variables", ".gitlab-ci.yml", "generic-secret",
     "variables:\n  {N}:\n    description: \"Used by the deploy job\"\n    value: \"{v}\"\n"),
    ("apart-json-text", "config/integrations.json", "generic-secret",
     "[\n  {{\n    \"name\": \"{N}\",\n    \"kind\": \"secret\",\n    \"text\": \"{v}\"\n  }}\n]\n"),
    ("apart-toml-env", "deploy/app.toml", "generic-secret",
     "[[env]]\nname = \"{N}\"\nkind = \"secret\"\nvalue = \"{v}\"\n"),
    ("apart-tekton-param", "tekton/pipeline.yaml", "generic-secret",
     "  params:\n    - name: {n}\n      type: string\n      description: the service's credential\n"
     "      default: {v}\n"),
    ("apart-yaml-next-line", "config/secrets.yml", "generic-secret", "production:\n  {n}:\n    {v}\n"),
    ("apart-shell-continued", "scripts/env.sh", "generic-secret", "export {N}=\\\n  {v}\nexport REGION=eu-west-1\n"),
    ("apart-ini-continued", "etc/app.ini", "generic-secret", "[auth]\n{n} =\n    {v}\nretries = 3\n"),
    ("apart-json-parent", "config/settings.json", "generic-secret",
     "{{\n  \"{n}\": {{\n    \"type\": \"string\",\n    \"data\": \"{v}\"\n  }}\n}}\n"),
    ("apart-sam-parameter", "template.yaml", "generic-secret",
     "Parameters:\n  {C}:\n    Type: String\n    NoEcho: true\n    Default: {v}\n"),
    ("apart-heredoc", "scripts/deploy.sh", "generic-secret",
     "#!/bin/sh\n{N}=$(cat <<'EOF'\n{v}\nEOF\n)\nexport {N}\n"),
    ("apart-heredoc", "vars.tf", "generic-secret", "{n} = <<-EOT\n  {v}\nEOT\n"),
    ("apart-triple-quoted", "app/settings.py", "generic-secret", '{N} = """\n{v}\n"""\n'),
    ("apart-terraform-resource", "infra/github.tf", "generic-secret",
     'resource "github_actions_secret" "deploy" {{\n  repository      = "shop"\n'
     '  secret_name     = "{N}"\n  plaintext_value = "{v}"\n}}\n'),
    ("apart-terraform-resource", "infra/ssm.tf", "generic-secret",
     'resource "aws_ssm_parameter" "app" {{\n  name  = "/prod/app/{n}"\n  type  = "SecureString"\n'
     '  value = "{v}"\n}}\n'),
    ("apart-pulumi", "infra/__main__.py", "generic-secret",
     'import pulumi_github as github\n\ngithub.ActionsSecret("deploy",\n    repository="shop",\n'
     '    secret_name="{N}",\n    plaintext_value="{v}")\n'),
    ("apart-beanstalk", ".ebextensions/env.config", "generic-secret",
     "option_settings:\n  - namespace: aws:elasticbeanstalk:application:environment\n"
     "    option_name: {N}\n    value: {v}\n"),
    ("apart-ssm-json", "ops/parameters.json", "generic-secret",
     "[\n  {{\n    \"Name\": \"/prod/billing/{n}\",\n    \"Type\": \"SecureString\",\n"
     "    \"Value\": \"{v}\"\n  }}\n]\n"),
]
APART_NAMES = ["API_TOKEN", "CLIENT_SECRET", "WEBHOOK_SECRET", "AUTH_TOKEN", "SERVICE_API_KEY",
               "SIGNING_SECRET"]
APART_DECOYS = [
    ("apart-render", "render.yaml",
     "envVars:\n  - key: LOG_LEVEL\n    value: {h}\n  - key: {N}\n    sync: false\n"
     "  - key: BUILD_ID\n    value: {h}\n"),
    ("apart-k8s-env", "k8s/deployment.yaml",
     "env:\n  - name: {N}\n    valueFrom:\n      secretKeyRef:\n        name: api\n        key: token\n"
     "  - name: CACHE_DIGEST\n    value: {h}\n"),
    ("apart-k8s-env", "k8s/job.yaml", "env:\n  - name: {N}\n  - name: IMAGE_DIGEST\n    value: \"{h}\"\n"),
    ("apart-render", "render.yaml", "- key: {N}\n  value: ${{{N}}}\n- key: {N}_2\n  value: \"{{{{ api_token }}}}\"\n"),
    ("apart-postman", "postman/dev.postman_environment.json",
     "{{\n  \"values\": [\n    {{\n      \"key\": \"{n}\",\n      \"value\": \"{{{{vault:{n}}}}}\",\n"
     "      \"enabled\": true\n    }},\n    {{\n      \"key\": \"requestId\",\n      \"value\": \"{h}\"\n    }}\n  ]\n}}\n"),
    ("apart-hadoop", "etc/hadoop/core-site.xml",
     "<property>\n  <name>fs.s3a.secret.key</name>\n</property>\n<property>\n  <name>io.file.checksum</name>\n"
     "  <value>{h}</value>\n</property>\n"),
    ("apart-helm-values", "charts/api/values.yaml",
     "auth:\n  {n}:\n    existingSecret: api-credentials\n  commitSha:\n    value: {h}\n"),
    ("apart-gitlab-variables", ".gitlab-ci.yml",
     "variables:\n  {N}:\n    description: \"Set it in the project's CI/CD settings\"\n  CACHE_KEY_DIGEST:\n"
     "    value: \"{h}\"\n"),
    ("apart-json-text", "config/integrations.json",
     "[\n  {{\n    \"name\": \"{N}\",\n    \"text\": \"YOUR_API_TOKEN_HERE\"\n  }},\n  {{\n    \"name\": \"build\",\n"
     "    \"text\": \"{h}\"\n  }}\n]\n"),
    ("apart-toml-env", "deploy/app.toml", "[[env]]\nname = \"{N}\"\nvalue = \"<your-token>\"\n"),
    ("apart-tekton-param", "tekton/pipeline.yaml",
     "  params:\n    - name: {n}\n      type: string\n      default: \"\"\n    - name: revision\n"
     "      default: {h}\n"),
    ("apart-yaml-next-line", "config/settings.yml",
     "{n}:\n  description: the token the deploy job uses,\n  required: true\n"),
    ("apart-yaml-next-line", "docs/fields.yml", "{n}:\n  The token the deploy job uses\n  to reach the API.\n"),
    ("apart-shell-continued", "scripts/env.sh", "export {N}=\\\n  \"$(vault read -field=token secret/{n})\"\n"),
    ("apart-ini-continued", "etc/app.ini", "[auth]\n{n} =\n    %(base_{n})s\n"),
    ("apart-json-parent", "config/settings.json",
     "{{\n  \"{n}\": {{\n    \"type\": \"string\",\n    \"description\": \"set at deploy\"\n  }},\n"
     "  \"checksum\": {{\n    \"data\": \"{h}\"\n  }}\n}}\n"),
    ("apart-sam-parameter", "template.yaml",
     "Parameters:\n  {C}:\n    Type: String\n    NoEcho: true\n  BucketDigest:\n    Type: String\n"
     "    Default: {h}\n"),
    ("apart-render", "render.yaml",
     "- key: STRIPE_PUBLISHABLE_KEY\n  value: pk_live_{h}\n- key: ALGOLIA_KEY_ID\n  value: {h}\n"),
    ("apart-sam-parameter", "template.yaml", "Parameters:\n  {C}:\n    Type: String\n    Default: changeme\n"),
    ("apart-k8s-env", "k8s/cron.yaml",
     "env:\n  - name: {N}\n\n  - name: CONFIG_HASH\n    value: {h}\n"),
    ("apart-beanstalk", ".ebextensions/env.config",
     "option_settings:\n  - namespace: aws:elasticbeanstalk:application:environment\n"
     "    option_name: {N}\n  - option_name: DEPLOY_DIGEST\n    value: {h}\n"),
    ("apart-ssm-json", "ops/parameters.json",
     "[\n  {{\n    \"Name\": \"/prod/billing/endpoint_digest\",\n    \"Type\": \"String\",\n"
     "    \"Value\": \"{h}\"\n  }}\n]\n"),
    ("apart-heredoc", "scripts/deploy.sh",
     "{N}=$(cat <<EOF\n$(vault read -field=token secret/{n})\nEOF\n)\n"),
    ("apart-heredoc", "scripts/notes.sh", "{N}=$(cat <<EOF\nask the ops channel\nEOF\n)\n"),
    ("apart-triple-quoted", "app/settings.py", '{N} = """\n{h}\nsecond line of a text\n"""\n'),
    ("apart-terraform-resource", "infra/github.tf",
     'resource "github_actions_secret" "deploy" {{\n  repository      = "shop"\n'
     '  secret_name     = "{N}"\n  plaintext_value = var.deploy_token\n}}\n'
     'resource "github_actions_variable" "sha" {{\n  variable_name = "RELEASE_SHA"\n  value = "{h}"\n}}\n'),
    ("apart-pulumi", "infra/__main__.py",
     'github.ActionsSecret("deploy",\n    secret_name="{N}",\n'
     '    plaintext_value=config.require_secret("{n}"))\n'),
    ("apart-code", "src/auth.py", "def check(token):\n    if token:\n        return verify_{n}(token)\n"
     "    raise ValueError\n"),
]


def apart_block(emit):
    rnd = random.Random(11211)
    for i in range(3):
        for k, (shape, fname, rule, tpl) in enumerate(APART):
            name = APART_NAMES[(i + k) % len(APART_NAMES)]
            v = mixed_token(rnd, rnd.choice((20, 24, 32)))
            camel_name = "".join(w.capitalize() for w in name.lower().split("_"))
            emit("positive", shape, fname,
                 tpl.format(N=name, n=name.lower(), C=camel_name, v=v),
                 rule=rule, provider="generic", secret=v)
    for i in range(2):
        for k, (shape, fname, tpl) in enumerate(APART_DECOYS):
            name = APART_NAMES[(i * 3 + k) % len(APART_NAMES)]
            camel_name = "".join(w.capitalize() for w in name.lower().split("_"))
            emit("decoy", shape, fname,
                 tpl.format(N=name, n=name.lower(), C=camel_name, h="%032x" % rnd.getrandbits(128)),
                 provider="generic", why="a name that is no credential's, a reference, a placeholder, "
                 "no value, prose or a public id")
# ---- (lineglue) a credential's name, no glue known, a value on its line ----
# One reader that knows no glue: each credential's name on a line no other
# reader paired takes the first literal (any quotes) or bare token to its
# right, past binding marks and short words (a cast, a type, a wrapping
# call, a flag, a subscript's bracket, Perl's q{}). Decoys: comparisons,
# checks, the name as a call's argument before a variable, log and format
# messages, references and other names, types, placeholders, paths, URLs,
# digests under *_sha256 and *_hash names, string lists, prose.
LINEGLUE = [
    ("lineglue-c-array", "src/keys.c", "generic-secret", "static const char api_secret[] = \"{v}\";\n"),
    ("lineglue-c-cast", "src/auth.c", "generic-secret", "char *auth_token = (char *)\"{v}\";\n"),
    ("lineglue-cpp-init", "src/client.cpp", "generic-secret", "const std::string apiSecret{{\"{v}\"}};\n"),
    ("lineglue-cpp-ctor", "src/client.hpp", "generic-secret",
     "static const std::string client_secret(\"{v}\");\n"),
    ("lineglue-rust-call", "src/main.rs", "generic-secret", "let api_secret = String::from(\"{v}\");\n"),
    ("lineglue-go-bytes", "cmd/sign.go", "generic-secret", "var signingSecret = []byte(\"{v}\")\n"),
    ("lineglue-erlang-define", "include/app.hrl", "generic-secret", "-define(API_SECRET, \"{v}\").\n"),
    ("lineglue-prolog-arg", "src/settings.pl", "generic-secret", "setting(api_token, \"{v}\").\n"),
    ("lineglue-arc", "prefs.arc", "generic-secret", "@app\nnotes\n\n@aws\napp_secret {v}\n"),
    ("lineglue-red", "config.red", "generic-secret", "Red []\nauth-token: {{{v}}}\n"),
    ("lineglue-ps-flag", "deploy.ps1", "generic-secret", "Set-Variable -Name ApiSecret -Value '{v}'\n"),
    ("lineglue-raku-env", "bin/notify.raku", "generic-secret", "%*ENV<NOTIFY_API_KEY> = '{v}';\n"),
    ("lineglue-perl-q", "lib/Shop/Keys.pm", "generic-secret", "use constant PRIVATE_KEY => q[{v}];\n"),
    ("lineglue-ruby-index", ".chef/knife.rb", "generic-secret", "knife[:vault_token] = \"{v}\"\n"),
    ("lineglue-hcl-call", "main.tf", "generic-secret", "  api_secret = sensitive(\"{v}\")\n"),
    ("lineglue-markdown", "docs/setup.md", "generic-secret", "**API secret:** `{v}`\n"),
]
LINEGLUE_DECOYS = [
    ("lineglue-compare", "src/check.c", "if (strcmp(password, \"{h}\") == 0)\n    ok = 1;\n"),
    ("lineglue-compare", "t/auth.t", "ok($token eq '{h}');\nif ($api_key ne \"{h}\") {{ die; }}\n"),
    ("lineglue-compare", "tests/test_api.py", "assertEqual(api_secret, \"{h}\")\n"),
    ("lineglue-compare", "spec/auth_spec.js", "expect(apiSecret).toBe(\"{h}\");\n"),
    ("lineglue-compare", "src/Auth.java", "if (token.equals(\"{h}\")) return;\n"),
    ("lineglue-compare", "db/query.sql", "SELECT 1 FROM t WHERE api_secret IN ('{h}');\n"),
    ("lineglue-compare", "src/auth.vb", "If authToken <> \"{h}\" Then Exit Sub\n"),
    ("lineglue-argument", "app/config.py", "api_secret = settings.get(\"api_secret\", default_secret)\n"),
    ("lineglue-argument", "src/init.erl", "{{ok, ApiSecret}} = application:get_env(app, api_secret),\n"),
    ("lineglue-argument", "src/keys.c", "memcpy(api_secret, buf, sizeof(api_secret));\n"),
    ("lineglue-message", "src/log.c", "fprintf(stderr, \"invalid api secret %s\\n\", arg);\n"),
    ("lineglue-message", "app/errors.py", "raise ValueError(\"auth token {{}} expired\".format(tok))\n"),
    ("lineglue-message", "lib/msg.rb", "puts \"Your api secret is #{{secret}}\"\n"),
    ("lineglue-reference", "src/cfg.c", "static const char *api_secret = (char *)DEFAULT_API_SECRET_VALUE;\n"),
    ("lineglue-reference", "prefs.arc", "@aws\napp_secret APP_SECRET_FROM_ENVIRONMENT\n"),
    ("lineglue-reference", "config.red", "auth-token: {{system/options/auth-token-value}}\n"),
    ("lineglue-reference", "deploy.ps1", "Set-Variable -Name ApiSecret -Value $env:API_SECRET\n"),
    ("lineglue-reference", "src/main.rs", "let api_secret = String::from(config.api_secret_value);\n"),
    ("lineglue-reference", "include/app.hrl", "-define(API_SECRET, os:getenv(\"API_SECRET\")).\n"),
    ("lineglue-type", "src/Crypto.java", "SecretKeySpec secretKeySpec = new SecretKeySpec(keyBytes, \"AES\");\n"),
    ("lineglue-type", "src/Auth.cs", "private readonly TokenProvider tokenProvider;\nApiKey apiKey = new ApiKey(options);\n"),
    ("lineglue-type", "src/auth.hpp", "std::unique_ptr<TokenStore> token_store{{nullptr}};\n"),
    ("lineglue-placeholder", "prefs.arc", "@aws\napp_secret YOUR_APP_SECRET_HERE\n"),
    ("lineglue-placeholder", "src/keys.c", "static const char api_secret[] = \"<your-api-secret>\";\n"),
    ("lineglue-placeholder", "lib/cfg.tcl", "array set cfg {{api_token changeme}}\n"),
    ("lineglue-placeholder", "docs/setup.md", "**API secret:** `xxxxxxxxxxxxxxxxxxxxxxxx`\n"),
    ("lineglue-placeholder", "main.tf", "  api_secret = sensitive(var.api_secret)\n"),
    ("lineglue-path", "src/tls.c", "char key_file[] = \"/etc/ssl/private/server.key\";\n"),
    ("lineglue-path", "prefs.arc", "@app\npassword_file /run/secrets/db_password\n"),
    ("lineglue-path", "lib/Keys.pm", "use constant PRIVATE_KEY_PATH => q[/etc/app/keys/private.pem];\n"),
    ("lineglue-url", "src/oauth.c", "static const char token_url[] = \"https://auth.example.com/oauth/token\";\n"),
    ("lineglue-url", "config.red", "auth-token-endpoint: https://login.example.org/v2/token\n"),
    ("lineglue-digest", "src/data.asm", "api_key_sha256 db \"{h}{h}\", 0\n"),
    ("lineglue-digest", "src/check.c", "static const char token_md5[] = \"{h}\";\n"),
    ("lineglue-digest", "deploy.ps1", "Set-Variable -Name PasswordHash -Value '{h}'\n"),
    ("lineglue-list", "src/names.js", "const codes = [\"api_secret\", \"{h}\", \"token_type\"];\n"),
    ("lineglue-prose", "NOTES.txt", "Password  expired yesterday, reset it\nthe secret token was rotated\n"),
    ("lineglue-prose", "etc/ppp/pap-secrets", "# client\tserver\tsecret\t\t\tIP addresses\n"),
    ("lineglue-stored", "wpa_supplicant.conf", "network={{\n    password=hash:{h}\n}}\n"),
    ("lineglue-stored", "src/hash.c", "static const char password_hash[] = \"$2y$10${h}\";\n"),
    ("lineglue-id", "include/app.hrl", "-define(ACCESS_KEY_ID, \"{h}\").\n"),
    ("lineglue-member", "src/auth.go", "var apiSecret = []byte(cfg.Secret)\n"),
]


def lineglue_block(emit):
    h7shapes_block(emit, 11131, LINEGLUE, LINEGLUE_DECOYS)


# wave 11 mailmount: credentials in a URL's user info under any mail,
# directory, news, chat, file-share or queue scheme (an e-mail address as
# the user, a percent-encoded user); mail and mount clients' own files
# (mbsync, himalaya, sendmail's authinfo, davfs2's secrets, CIFS options);
# shell parameter defaults, Crystal's ENV[]? ||, Ruby's ENV.fetch { };
# a credential's word then an inline code span in prose. Decoys: the
# tools' placeholders and indirections, commands, names, paths.
# keyword rules that read a file's own syntax: their examples are the shapes
STRUCTURED.update({"sendmail-authinfo-password": "file", "cifs-mount-password": "file"})
MAILMOUNT = [
    ("mm-url-imaps", "config/mail.env", "url-credentials", "IMAP_URL=imaps://mailer:{p}@imap.fastmail.com:993/\n"),
    ("mm-url-smtps-plain", "docker-compose.yml", "url-credentials",
     "    environment:\n      SMTP_URL: smtps+plain://mailer:{p}@smtp.mailgun.org:465\n"),
    ("mm-url-email-user", "config/alerts.yaml", "url-credentials",
     "notify:\n  dsn: smtps://ops@acme.io:{p}@smtp.acme.io:465/\n"),
    ("mm-url-pct-user", "settings.py", "url-credentials",
     "EMAIL_URL = 'smtps://ops%40acme.io:{p}@smtp.acme.io:465/'\n"),
    ("mm-url-nntps", "etc/news.conf", "url-credentials", "server = nntps://reader:{p}@news.eternal-september.org:563\n"),
    ("mm-url-xmpp", "bot/config.ini", "url-credentials", "[bot]\njid_url = xmpp://alertbot:{p}@chat.acme.io\n"),
    ("mm-url-ldaps", "app.properties", "url-credentials", "ldap.url=ldaps://binduser:{p}@ldap.acme.io:636\n"),
    ("mm-url-sips", "etc/sip.conf", "url-credentials", "register => sips://trunk01:{p}@sip.voipco.net\n"),
    ("mm-mbsync", ".mbsyncrc", "mbsync-password",
     "IMAPAccount work\nHost imap.acme.io\nUser ops@acme.io\nPass {p}\nTLSType IMAPS\n"),
    ("mm-himalaya", ".config/himalaya/config.toml", "himalaya-password",
     "[accounts.work]\nemail = \"ops@acme.io\"\nbackend.type = \"imap\"\nbackend.auth.type = \"password\"\n"
     "backend.auth.raw = \"{p}\"\n"),
    ("mm-sendmail-authinfo", "etc/mail/authinfo", "sendmail-authinfo-password",
     "AuthInfo:smtp.relay.io \"U:ops\" \"I:ops\" \"P:{p}\" \"M:PLAIN\"\n"),
    ("mm-davfs2", "etc/davfs2/secrets", "davfs2-secrets-password",
     "# davfs2 secrets\nhttps://dav.acme.io/remote.php/webdav  sync  {p}\n"),
    ("mm-davfs2-quoted", ".davfs2/secrets", "davfs2-secrets-password", "/home/ops/dav  ops  \"{p}\"\n"),
    ("mm-cifs-fstab", "etc/fstab", "cifs-mount-password",
     "UUID=1b2c / ext4 defaults 0 1\n//nas/share /mnt/share cifs username=ops,password={p},uid=1000 0 0\n"),
    ("mm-cifs-autofs", "etc/auto.smb", "cifs-mount-password",
     "backup -fstype=cifs,rw,username=svc,pass={p} ://nas/backup\n"),
    ("mm-cifs-mount", "scripts/mount.sh", "cifs-mount-password",
     "mount -t cifs //10.0.0.5/data /mnt/data -o user=svc,password={p},vers=3.0\n"),
    ("mm-shell-assign-default", "docker/entrypoint.sh", "generic-secret", ": \"${{API_TOKEN:={v}}}\"\n"),
    ("mm-shell-minus-default", "bin/run.sh", "generic-password", "exec app --db \"${{DB_PASSWORD-{p}}}\"\n"),
    ("mm-shell-equals-default", "bin/run.sh", "generic-secret", "echo \"${{APP_SECRET={v}}}\" > /run/app.key\n"),
    ("mm-crystal-env", "src/app.cr", "generic-secret", "token = ENV[\"API_TOKEN\"]? || \"{v}\"\n"),
    ("mm-ruby-fetch-block", "config/app.rb", "generic-secret",
     "secret = ENV.fetch(\"APP_SECRET\") {{ \"{v}\" }}\n"),
    ("mm-prose-secret", "docs/staging.md", "generic-secret",
     "# Staging\n\n- Use the secret `{v}` for the staging cluster.\n"),
    ("mm-prose-token", "README.md", "generic-secret", "## Sandbox\n\nThe API token: `{v}` works for the sandbox.\n"),
    ("mm-prose-bold", "docs/setup.md", "generic-secret", "**API secret:** `{v}`\n"),
    ("mm-prose-rst", "docs/setup.rst", "generic-secret", "Setup\n=====\n\nThe deploy token ``{v}`` is read by CI.\n"),
]

MAILMOUNT_DECOYS = [
    ("mm-url-decoy", "docs/clone.md", "git clone git@github.com:acme/api.git\nssh deploy@build.acme.io\n"),
    ("mm-url-decoy", "config/mail.env", "IMAP_URL=imaps://imap.acme.io:993/\nNNTP=nntps://news.acme.io:563\n"),
    ("mm-url-decoy", "config/mail.env", "SMTP_URL=smtps://${{SMTP_USER}}:${{SMTP_PASS}}@smtp.acme.io:465\n"),
    ("mm-url-decoy", "src/mail.py", "url = 'smtps://%s:%s@%s:465/' % (user, pw, host)\n"),
    ("mm-url-decoy", "docs/ldap.md", "Use `ldaps://user:<password>@ldap.acme.io` or xmpp://user:password@chat.acme.io\n"),
    ("mm-url-decoy", "docs/mail.md", "imaps://user:pass@example.com and ://:@ are examples\n"),
    ("mm-mbsync-decoy", ".mbsyncrc", "IMAPAccount work\nUser ops@acme.io\nPassCmd \"pass show mail/work\"\n"),
    ("mm-himalaya-decoy", ".config/himalaya/config.toml",
     "[accounts.work]\nbackend.auth.type = \"password\"\nbackend.auth.cmd = \"pass show mail\"\n"),
    ("mm-authinfo-decoy", "etc/mail/authinfo", "AuthInfo:smtp.relay.io \"U:ops\" \"P:password\" \"M:PLAIN\"\n"),
    ("mm-davfs2-decoy", "etc/davfs2/secrets", "# /media/webdav  webdav-username  password\n"),
    ("mm-cifs-decoy", "etc/fstab", "//nas/share /mnt/share cifs credentials=/root/.smbcred,uid=1000 0 0\n"
     "//nas/pub /mnt/pub cifs username=guest,password=guest 0 0\n"),
    ("mm-cifs-decoy", "scripts/mount.sh", "mount -t cifs //srv/s /mnt -o username=$USER,password=$SMB_PASSWORD\n"),
    ("mm-shell-decoy", "docker/entrypoint.sh", ": \"${{API_TOKEN:?API_TOKEN must be set}}\"\nTOKEN=${{API_TOKEN:-}}\n"
     "SECRET=${{APP_SECRET:-$DEFAULT_SECRET}}\n"),
    ("mm-make-decoy", "Makefile", "API_TOKEN != vault kv get -field=token secret/ci\n"),
    ("mm-prose-decoy", "README.md", "- Set `API_KEY` in your environment.\n- The token `${{GITHUB_TOKEN}}` comes from CI.\n"),
    ("mm-prose-decoy", "docs/secrets.md", "- Run the secret `kubectl create secret generic app` command.\n"
     "- The secret `config/secrets.yml` holds the keys.\n- Put the password `<password>` there.\n"),
]


def mailmount_block(emit):
    rnd = random.Random(11311)
    for i in range(3):
        for shape, fname, rule, tpl in MAILMOUNT:
            v = {"p": mixed_token(rnd, rnd.choice((12, 14, 16))), "v": mixed_token(rnd, rnd.choice((24, 32)))}
            key = re.search(r"\{([pv])\}", tpl).group(1)
            provider = "generic" if rule.startswith("generic") else rule.split("-")[0]
            emit("positive", shape, fname, tpl.format(**v), rule=rule, provider=provider, secret=v[key])
    for shape, fname, tpl in MAILMOUNT_DECOYS:
        emit("decoy", shape, fname, tpl.format(), provider="generic",
             why="a tool's placeholder or indirection, a reference, a command, a name or a path")


# wave 12 commands: credentials in what people type, log and write. Tools'
# documented credential flags and positional arguments (PuTTY's -pw,
# FreeRDP's /p:, cqlsh, rabbitmqadmin,
# openssl enc -k, b2 account authorize, mc alias set, Windows' cmdkey,
# PsExec, schtasks and net use, snyk auth, codecov -t, npm/yarn config
# set) and curl's -U and --oauth2-bearer, in shell history (zsh's `: 1700000000:0;` prefix), CI steps,
# Dockerfiles, Makefile recipes and README blocks; a token sent as curl's
# user beside a filler password; Go templates' `with`, a pipeline's
# `default` and a template variable; prose with an aside between a
# credential's word and its code span. Decoys: the same tools with
# variables, prompts and the docs' placeholders; template references.
STRUCTURED.update({rid: "file" for rid in (
    "cli-putty-password", "cli-freerdp-password", "cli-cqlsh-password", "cli-rabbitmqadmin-password",
    "cli-openssl-enc-password", "cli-b2-application-key", "cli-minio-secret-key",
    "cli-cmdkey-password", "cli-psexec-password", "cli-schtasks-password",
    "cli-net-use-password", "cli-snyk-token", "cli-codecov-token", "cli-npm-config-token")})
# {p}: a password, {v}: a token, {u}: a UUID, {k}: a B2 key and {i} its id
COMMANDS = [
    ("cmd-zsh-history", ".zsh_history", "cli-putty-password",
     ": 1700000000:0;cd ~/ops\n: 1700000012:0;plink -batch -ssh ops@10.20.0.4 -pw {p} uptime\n"),
    ("cmd-bash-history", ".bash_history", "cli-freerdp-password", "ls\nxfreerdp /v:10.30.1.5 /u:admin /p:{p} /cert:ignore\n"),
    ("cmd-ci-run", ".github/workflows/deploy.yml", "generic-password",
     "jobs:\n  fetch:\n    steps:\n      - run: curl -x http://proxy.corp.lan:3128 -U build:{p} -O https://dl.vendor.io/x.tgz\n"),
    ("cmd-makefile", "Makefile", "generic-secret", "smoke:\n\tcurl -fsS --oauth2-bearer {v} https://api.corp.lan/health\n"),
    ("cmd-dockerfile", "Dockerfile", "cli-cqlsh-password", "RUN cqlsh cass01 9042 -u app -p '{p}' -f /schema.cql\n"),
    ("cmd-readme-block", "README.md", "cli-rabbitmqadmin-password",
     "## Queues\n\n```sh\nrabbitmqadmin -H mq01 -u ops -p {p} list queues\n```\n"),
    ("cmd-script", "backup.sh", "cli-openssl-enc-password",
     "#!/bin/sh\nopenssl enc -aes-256-cbc -salt -k {p} -in db.sql -out db.sql.enc\n"),
    ("cmd-bash-history", ".bash_history", "cli-b2-application-key", "b2 account authorize {i} {k}\nb2 ls b2://backups\n"),
    ("cmd-readme-inline", "docs/storage.md", "cli-b2-application-key", "* Backblaze: `b2 authorize-account {i} {k}`\n"),
    ("cmd-ci-script", ".gitlab-ci.yml", "cli-minio-secret-key",
     "upload:\n  script:\n    - mc alias set store https://s3.corp.lan:9000 ci-writer {v}\n    - mc cp dist/ store/builds/\n"),
    ("cmd-batch", "map.cmd", "cli-cmdkey-password", "@echo off\ncmdkey /add:fs01.corp.lan /user:CORP\\svc /pass:{p}\n"),
    ("cmd-batch", "deploy.bat", "cli-psexec-password", "psexec \\\\app03 -u CORP\\deploy -p {p} -h C:\\deploy\\run.bat\n"),
    ("cmd-powershell", "install.ps1", "cli-schtasks-password",
     "schtasks /Create /TN Sync /TR C:\\jobs\\sync.bat /SC DAILY /RU CORP\\svc /RP {p}\n"),
    ("cmd-batch", "mount.bat", "cli-net-use-password", "net use Z: \\\\fs01\\finance {p} /user:CORP\\report\n"),
    ("cmd-ci-run", ".circleci/config.yml", "cli-snyk-token",
     "jobs:\n  scan:\n    steps:\n      - run: snyk auth {u} && snyk test\n"),
    ("cmd-script", "ci/coverage.sh", "cli-codecov-token", "./codecov -t {u} -f coverage.xml\n"),
    ("cmd-dockerfile", "Dockerfile", "cli-npm-config-token",
     "RUN npm config set //npm.corp.lan/:_authToken {v} && npm ci\n"),
    ("cmd-curl-token-user", "scripts/timesheet.sh", "generic-secret",
     "curl -u {h}:api_token https://api.track.toggl.com/api/v9/me\n"),
    ("cmd-curl-token-user", ".bash_history", "generic-secret",
     "curl -s -u {v}:x-oauth-basic https://api.github-enterprise.corp.lan/user\n"),
    ("tmpl-go-with", "deploy/env.tmpl", "generic-secret",
     "{{{{/* rendered at deploy */}}}}\n{{{{ with \"{v}\" }}}}SERVICE_API_KEY={{{{ . }}}}{{{{ end }}}}\n"),
    ("tmpl-helm-default", "templates/secret.yaml", "generic-secret",
     "stringData:\n  api_token: {{{{ .Values.apiToken | default \"{v}\" | quote }}}}\n"),
    ("tmpl-go-variable", "templates/_helpers.tpl", "generic-password",
     "{{{{- $dbPassword := \"{p}\" -}}}}\n"),
    ("tmpl-jinja-default", "roles/app/templates/app.env.j2", "generic-secret",
     "APP_SECRET={{{{ app_secret | default('{v}') }}}}\n"),
    ("prose-aside", "docs/onboarding.md", "generic-secret",
     "# Onboarding\n\n* The sandbox token (expires in 24 h): `{v}`\n"),
    ("md-heading-fence", "docs/runbook.md", "generic-secret", "# Runbook\n\n## Deploy token\n\n```\n{v}\n```\n"),
    ("md-heading-fence", "README.md", "generic-secret", "### Staging API secret:\n```text\n{v}\n```\n"),
    ("log-provider-pair", "logs/notify.log", "pushover-app-token",
     "2026-03-01T08:00:00Z INFO  notify pushover app={o} user=u{o2} status=1\n"),
]
COMMANDS_DECOYS = [
    ("cmd-decoy", ".zsh_history", ": 1700000000:0;plink -ssh ops@host -pw $OPS_PASS uptime\n: 1700000001:0;plink -i ops.ppk ops@host\n"),
    ("cmd-decoy", "rdp.sh", "xfreerdp /v:10.30.1.5 /u:admin /p:$RDP_PASS\nxfreerdp /v:host /u:<user> /p:<password>\n"),
    ("cmd-decoy", "README.md", "```\ncurl -U user:password -x proxy:3128 https://example.com\ncurl --oauth2-bearer \"$TOKEN\" https://api.example.com\n```\n"),
    ("cmd-decoy", "Dockerfile", "RUN cqlsh cass01 -u cassandra -p cassandra -f /schema.cql\n"),
    ("cmd-decoy", "docs/mq.md", "rabbitmqadmin -H SERVER-IP -u USER_NAME -p PASSWORD list vhosts\n"),
    ("cmd-decoy", "backup.sh", "openssl enc -aes-256-cbc -K 00112233445566778899aabbccddeeff -iv 0 -in a -out b\n"
     "openssl enc -aes-256-cbc -kfile /run/secrets/k -in a -out b\n"),
    ("cmd-decoy", "sync.sh", "b2 authorize-account \"$B2_KEY_ID\" \"$B2_APP_KEY\"\nb2 account authorize\n"),
    ("cmd-decoy", "docs/minio.md", "mc alias set myminio https://myminio.example.net minioadminuser minioadminpassword\n"
     "mc alias set store https://s3.corp.lan $ACCESS_KEY $SECRET_KEY\n"),
    ("cmd-decoy", "map.cmd", "cmdkey /add:fs01 /user:CORP\\svc /pass\ncmdkey /add:fs01 /user:svc /pass:%SVC_PASS%\n"),
    ("cmd-decoy", "deploy.bat", "psexec \\\\app03 -u CORP\\deploy -p %DEPLOY_PASS% cmd\nschtasks /Create /TN x /RU svc /RP *\n"),
    ("cmd-decoy", "mount.bat", "net use Z: \\\\fs01\\finance * /user:CORP\\svc\nnet use Z: \\\\fs01\\finance /persistent:yes\n"),
    ("cmd-decoy", "ci.sh", "snyk auth $SNYK_TOKEN\n./codecov -t ${{CODECOV_TOKEN}}\nnpm config set //npm.corp.lan/:_authToken ${{NPM_TOKEN}}\n"),
    ("cmd-decoy", "scripts/timesheet.sh", "curl -u $TOGGL_TOKEN:api_token https://api.track.toggl.com/api/v9/me\n"
     "curl -u admin:api_token https://intranet.corp.lan/\n"),
    ("tmpl-decoy", "deploy/env.tmpl", "{{{{ with .Values.apiKey }}}}SERVICE_API_KEY={{{{ . }}}}{{{{ end }}}}\n"
     "{{{{ with \"command-r-plus\" }}}}MODEL={{{{ . }}}}{{{{ end }}}}\n"),
    ("tmpl-decoy", "templates/secret.yaml", "  api_token: {{{{ .Values.apiToken | default \"changeme\" | quote }}}}\n"
     "  password: {{{{ .Values.password | default (randAlphaNum 24) | b64enc }}}}\n"),
    ("tmpl-decoy", "templates/_helpers.tpl", "{{{{- $secretName := \"app-credentials\" -}}}}\n{{{{- $dbPassword := .Values.db.password -}}}}\n"),
    ("prose-decoy", "docs/onboarding.md", "* The token (see below): `API_TOKEN`\n* The secret (in Vault): `secret/data/app`\n"),
    ("md-fence-decoy", "docs/runbook.md", "## Deploy token\n\n```\nvault kv get -field=token secret/deploy\n```\n"
     "## API key\n\n```\n<your-api-key>\n```\n## Install\n\n```\nnpm install acme-cli\n```\n"),
    ("log-decoy", "logs/notify.log", "2026-03-01T08:00:00Z INFO  notify pushover user=u8f2kq0x9vd3mtz7cwl4h1ny6bg5rj app=backup-notifier\n"
     "2026-03-01T08:00:01Z WARN  api_key=****abcd token=[REDACTED] request_id=9f8e7d6c5b4a39281706f5e4d3c2b1a0\n"),
]


def commands_block(emit):
    rnd = random.Random(12012)
    alnum = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
    b64 = string.ascii_letters + string.digits
    for i in range(3):
        for shape, fname, rule, tpl in COMMANDS:
            v = {"p": mixed_token(rnd, rnd.choice((12, 14, 16))), "v": mixed_token(rnd, rnd.choice((24, 32))),
                 "h": "%032x" % rnd.getrandbits(128),
                 "u": "%08x-%04x-4%03x-a%03x-%012x" % (rnd.getrandbits(32), rnd.getrandbits(16),
                                                      rnd.getrandbits(12), rnd.getrandbits(12),
                                                      rnd.getrandbits(48)),
                 "i": "00%s%s" % (rnd.choice("12345"), "%022x" % rnd.getrandbits(88)),
                 "k": "K00%s%s" % (rnd.choice("12345"), "".join(rnd.choice(b64) for _ in range(27))),
                 "o": "".join(rnd.choice(string.ascii_lowercase + string.digits) for _ in range(30)),
                 "o2": "".join(rnd.choice(string.ascii_lowercase + string.digits) for _ in range(29))}
            while not re.search(r"[0-9]", v["p"]) or not re.search(r"[A-Za-z]", v["p"]):
                v["p"] = mixed_token(rnd, 14)
            key = re.search(r"\{([pvhuko])\}", tpl).group(1)
            provider = rule.split("-")[0]
            emit("positive", shape, fname, tpl.format(**v), rule=rule, provider=provider, secret=v[key])
    for shape, fname, tpl in COMMANDS_DECOYS:
        emit("decoy", shape, fname, tpl.format(), provider="generic",
             why="a variable, a prompt, a placeholder or a reference")


# ---- wave 12 precision: names and blocks that say a value is no secret ----
# (patterns/SOURCES-precision.md, wave 12) A provider's rule under a name
# whose last word says sample (VT_API_KEY_SAMPLE, agoraAppCertificateExample)
# beside the real name; TeamCity's credentialsJSON: references beside a
# real password(); a publishing provider's plain key in its block (Pusher's
# `key`, Amplitude's `api_key`) beside its secret, and another provider's
# plain key in the same block shape (a secret). Fly.io's tokens as Fly
# prints them, with their FlyV1 scheme. Own seed.
SAMPLE_NAMES = [  # (rule, real name, value alphabet, length)
    ("virustotal-api-key", "VT_API_KEY", "0123456789abcdef", 64),
    ("agora-app-certificate", "AGORA_APP_CERTIFICATE", "0123456789abcdef", 32),
    ("mailjet-api-secret", "MAILJET_API_SECRET", "0123456789abcdef", 32),
    ("amplitude-secret-key", "AMPLITUDE_SECRET_KEY", "0123456789abcdef", 32),
]
SAMPLE_SHAPES = [  # {N} the name, {n} its camel form, {s} the sample word
    ("sample-env", ".env", "{N}={v}\n{N}_{S}={d}\n"),
    ("sample-python", "settings.py", '{N} = "{v}"\n{N}_{S} = "{d}"  # for the docs\n'),
    ("sample-yaml", "config.yml", "{n}: {v}\n{n}{s}: {d}\n"),
    ("sample-json", "config.json", '{{\n  "{n}": "{v}",\n  "{n}{s}": "{d}"\n}}\n'),
    ("sample-tcl", "client.tcl", 'set {N_lower} "{v}"\nset {N_lower}_{s_lower} "{d}"\n'),
    ("sample-haskell", "Config.hs", '{n} = "{v}"\n{n}{s} = "{d}"\n'),
]
TEAMCITY_SHAPES = [
    ("teamcity-kts", "settings.kts",
     'project {{\n    params {{\n        password("env.{N}", "credentialsJSON:{u}")\n'
     '        password("env.DEPLOY_TOKEN", "{v}")\n    }}\n}}\n'),
    ("teamcity-xml", "project-config.xml",
     '<parameters>\n  <param name="env.{N}" value="credentialsJSON:{u}" spec="password display=\'hidden\'" />\n'
     '  <param name="env.DEPLOY_PASSWORD" value="{v}" />\n</parameters>\n'),
]
PUBLIC_BLOCK_SHAPES = [  # {k} the published key, {x} the block's secret, {o} another provider's key
    ("block-json-inline", "config.json",
     '{{\n  "pusher": {{ "appId": "{id}", "key": "{k}", "secret": "{x}", "cluster": "eu" }},\n'
     '  "mailgun": {{ "domain": "mg.acme.io", "key": "{o}" }}\n}}\n', "pusher-app-secret"),
    ("block-yaml", "settings.yml",
     "pusher:\n  app_id: \"{id}\"\n  key: {k}\n  secret: {x}\npostmark:\n  key: {o}\n", "pusher-app-secret"),
    ("block-toml", "services.toml",
     '[amplitude]\napi_key = "{k32}"\nsecret_key = "{x32}"\n\n[sendgrid]\napi_key = "{o}"\n', "amplitude-secret-key"),
    ("block-yaml-amplitude", "analytics.yaml",
     "amplitude:\n  api_key: {k32}\n  secret_key: {x32}\n", "amplitude-secret-key"),
]
FLY_SHAPES = [
    ("fly-dotenv", ".env", 'FLY_API_TOKEN="FlyV1 {t}"\n'),
    ("fly-yaml", "deploy.yml", "env:\n  FLY_API_TOKEN: FlyV1 {t}\n"),
    ("fly-json", "vercel.json", '{{\n  "env": {{ "FLY_API_TOKEN": "FlyV1 {t}" }}\n}}\n'),
    ("fly-cli", "deploy.sh", 'flyctl deploy --access-token "FlyV1 {t}" --remote-only\n'),
    ("fly-kotlin", "Fly.kt", 'val flyToken = "FlyV1 {t}"\n'),
]


JFROG_REF_SHAPES = [
    ("jfrog-cli-conf", "jfrog-cli.conf.v6",
     '{{\n  "servers": [ {{ "url": "https://acme.jfrog.io/", "user": "ci", "accessToken": "{t}" }} ]\n}}\n'),
    ("jfrog-elixir", "config.exs", 'config :acme, :artifactory, token: "{t}"\n'),
    ("jfrog-dotenv", ".env", "JFROG_ACCESS_TOKEN={t}\n"),
]


def precision12_block(emit):
    rnd = random.Random(12012)
    hexd = "0123456789abcdef"
    alnum = string.ascii_letters + string.digits

    def pick(alphabet, n):
        return "".join(rnd.choice(alphabet) for _ in range(n))

    def uuid4():
        return "%s-%s-4%s-a%s-%s" % (pick(hexd, 8), pick(hexd, 4), pick(hexd, 3), pick(hexd, 3), pick(hexd, 12))

    for rule, name, alphabet, n in SAMPLE_NAMES:
        for shape, fname, tpl in SAMPLE_SHAPES:
            word = rnd.choice(("Sample", "Example"))
            v, d = pick(alphabet, n), pick(alphabet, n)
            text = tpl.format(N=name, n=camel(name), N_lower=name.lower(), S=word.upper(), s=word,
                              s_lower=word.lower(), v=v, d=d)
            emit("positive", shape, fname, text, rule=rule, provider=rule.split("-")[0], secret=v)
    for shape, fname, tpl in TEAMCITY_SHAPES:
        for name in ("SONAR_TOKEN", "NPM_TOKEN", "DOCKER_PASSWORD"):
            v = pick(alnum, 24)
            emit("positive", shape, fname, tpl.format(N=name, u=uuid4(), v=v), rule="generic-password"
                 if "PASSWORD" in tpl else "generic-secret", provider="generic", secret=v)
    for shape, fname, tpl, rule in PUBLIC_BLOCK_SHAPES:
        for i in range(3):
            vals = {"id": str(rnd.randrange(10**6, 10**7)), "k": pick(hexd, 20), "x": pick(hexd, 20),
                    "k32": pick(hexd, 32), "x32": pick(hexd, 32), "o": pick(alnum, 32)}
            text = tpl.format(**vals)
            secret = vals["x32"] if "{x32}" in tpl else vals["x"]
            also = [vals["o"]] if "{o}" in tpl else []
            emit("positive", shape, fname, text, also=also, rule=rule, provider=rule.split("-")[0],
                 secret=secret)
    # a (name, value) pair as a call's two arguments: a name that says id
    # names no secret; another name's value stays a secret
    for i in range(4):
        svc = rnd.choice(("firecrawl", "assemblyai"))
        v = pick(alnum, 32)
        idname = rnd.choice(("%s_job_id", "%s_run_uuid", "%sRequestId", "%s-build-guid")) % svc
        emit("positive", "call-pair-args", "creds.rb",
             'Creds = Struct.new(:name, :value)\nCREDS = [\n  Creds.new("%s_legacy", "%s"),\n'
             '  Creds.new("%s", "%s"),\n]\n' % (svc, v, idname, uuid4()),
             rule="generic-secret", provider="generic", secret=v)
    # JFrog reference tokens as written, base64 of reftkn:01:EXPIRY:RANDOM
    # of any random length the decoded form takes: reported whole, not
    # only decoded
    for shape, fname, tpl in JFROG_REF_SHAPES:
        for n in (27, 32, 40, 48):
            text = "reftkn:01:%d:%s" % (rnd.randrange(1800000000, 2100000000), pick(alnum, n))
            t = base64.b64encode(text.encode()).decode().rstrip("=")
            emit("positive", shape, fname, tpl.format(t=t), rule="jfrog-reference-token",
                 provider="jfrog", secret=t)
    b64 = string.ascii_letters + string.digits + "+/"
    for shape, fname, tpl in FLY_SHAPES:
        for i in range(2):
            t = "fm2_" + pick(b64, rnd.randrange(150, 260))
            if i:
                t += ",fm2_" + pick(b64, rnd.randrange(40, 90))
            emit("positive", shape, fname, tpl.format(t=t), rule="flyio-macaroon-token", provider="flyio",
                 secret="FlyV1 " + t)


# wave 12 lead: generated passwords of letters and marks, no digit
# (pwgen -s without -n, letters-and-symbols recipes) under a password's
# name, beside camelCase and acronym names of code under the same names.
LETTERS12 = [
    ("env-assign", "letters12/.env", "DB_PASSWORD={v}\n"),
    ("yaml-value", "letters12/values.yaml", "auth:\n  username: orders\n  password: {v}\n"),
    ("c-define", "letters12/secrets.h", '#define MQTT_PASSWORD "{v}"\n'),
    ("json-value", "letters12/config.json", '{{"admin_password": "{v}"}}\n'),
]
LETTERS12_DECOYS = [
    ("js-member", "letters12/api.js", "const token = smtpApiTokenRequestEgg;\n"),
    ("yaml-value", "letters12/app.yaml", "password: getDatabasePasswordFromVault\n"),
    ("java-call", "letters12/Auth.java", 'String secret = "getHTTPSProxyURLForAWS";\n'),
    ("env-assign", "letters12/more.env", "API_SECRET=XMLHttpRequestUploadEvent\n"),
]


def letters12_block(emit):
    rnd = random.Random(1213)
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    for i in range(3):
        for shape, fname, tpl in LETTERS12:
            while True:
                v = "".join(rnd.choice(letters) for _ in range(rnd.choice((14, 17, 20))))
                if i == 1:
                    v = v[:7] + rnd.choice("!#%*") + v[7:]
                rises = sum(a.islower() and b.isupper() for a, b in zip(v, v[1:]))
                caps = sum(a.isupper() and b.isupper() for a, b in zip(v, v[1:]))
                n = sum(c.isalpha() for c in v)
                if rises * 6 >= n and caps * 8 >= n:
                    break
            emit("positive", shape, fname.replace("letters12/", "letters12/%d/" % i), tpl.format(v=v),
                 rule="generic-secret", provider="generic", secret=v)
    for shape, fname, tpl in LETTERS12_DECOYS:
        emit("decoy", shape, fname, tpl, provider="generic", why="a name of code, no password")


# wave 13 precision13: values public by their format (patterns/public.json)
# under a secret's name, and identifiers under a provider key rule's name
# (KEY_ID, serverId) or in a server id's alphabet; beside them the same
# names' real secrets, which must still be found.
PUBLIC13_DECOYS = [
    ("env-assign", "public13/.env", "STRIPE_SECRET_KEY={pk}\n"),
    ("yaml-value", "public13/values.yaml", "payments:\n  paystack_secret_key: \"{pkt}\"\n"),
    ("json-value", "public13/config.json", '{{"clerkSecretKey": "{pk}"}}\n'),
    ("toml-value", "public13/app.toml", "[flutterwave]\nsecret_key = \"{flw}\"\n"),
    ("dockerfile-env", "public13/Dockerfile", "ENV FLW_SECRET_KEY={flwt}\n"),
    ("php-array", "public13/config.php", "<?php return ['razorpay_secret' => '{rzp}'];\n"),
    ("yaml-value", "public13/shop.yaml", "shopify:\n  access_token: {shop}\n"),
    ("env-assign", "public13/mail.env", "MAILGUN_SECRET={mgpub}\n"),
    ("env-assign", "public13/ids.env", "BUGSNAG_API_KEY_ID={h32}\n"),
    ("yaml-value", "public13/deepl.yaml", "deepl:\n  apiKeyId: \"{uuid}\"\n"),
    ("ts-const", "public13/honeycomb.ts", "export const HONEYCOMB_ACCESS_KEY_ID = \"{h32}\";\n"),
    ("toml-value", "public13/mailosaur.toml", "mailosaur_api_key = \"{srv}\"\n"),
    ("ini-value", "public13/rollbar.ini", "[rollbar]\nrollbar_key_identifier = {h32}\n"),
    ("json-nested", "public13/snyk.json", '{{"snyk": {{"keyid": "{uuid}"}}}}\n'),
    ("shell-export", "public13/.zshenv", "export PINATA_API_KEY=\"{h20}\"\n"),
    ("dart-const", "public13/env.dart", "const pinataApiKey = '{h20}';\n"),
    ("js-call", "public13/checkout.js", "Paddle.Initialize({{ token: \"{paddle}\" }});\n"),
    ("env-assign", "public13/paddle.env", "PADDLE_CLIENT_SECRET_TOKEN={paddle}\n"),
]
PUBLIC13_POSITIVES = [
    ("env-assign", "public13/.env", "STRIPE_SECRET_KEY={sk}\n", "stripe-secret-key", "sk"),
    ("json-value", "public13/config.json", '{{"flwSecretKey": "{flwsec}"}}\n', "flutterwave-secret-key",
     "flwsec"),
    ("env-assign", "public13/ids.env", "BUGSNAG_PROJECT_ID={h32b}\nBUGSNAG_API_KEY={h32}\n",
     "bugsnag-api-key", "h32"),
    ("toml-value", "public13/mailosaur.toml", "mailosaur_server_id = \"{srv8}\"\nmailosaur_api_key = \"{mk}\"\n",
     "mailosaur-api-key", "mk"),
    ("yaml-value", "public13/secrets.yaml", "app:\n  secret_key: \"{g}\"\n  secret_key_version: 2\n",
     "generic-secret", "g"),
    ("shell-export", "public13/.zshenv", "export PINATA_API_KEY=\"{h20}\"\nexport PINATA_SECRET_API_KEY=\"{h64}\"\n",
     "pinata-api-secret", "h64"),
    ("yaml-value", "public13/billing.yaml", "billing:\n  stripe_key_id: {sk}\n", "stripe-secret-key", "sk"),
]


def public13_block(emit):
    rnd = random.Random(1313)
    hexd = "0123456789abcdef"
    alnum = string.ascii_letters + string.digits
    lower = string.ascii_lowercase + string.digits

    def pick(alphabet, n):
        return "".join(rnd.choice(alphabet) for _ in range(n))

    def vals():
        return {"pk": "pk_live_" + pick(alnum, rnd.choice((24, 99))), "pkt": "pk_test_" + pick(hexd, 40),
                "flw": "FLWPUBK-%s-X" % pick(hexd, 32), "flwt": "FLWPUBK_TEST-%s-X" % pick(hexd, 32),
                "rzp": "rzp_live_" + pick(alnum, 14), "shop": "%s-%s.myshopify.com" % (
                    rnd.choice(("acme", "north", "globex")), pick(lower, 6)),
                "mgpub": "pubkey-" + pick(hexd, 32), "h32": pick(hexd, 32), "h32b": pick(hexd, 32),
                "uuid": "%s-%s-4%s-a%s-%s" % (pick(hexd, 8), pick(hexd, 4), pick(hexd, 3), pick(hexd, 3),
                                              pick(hexd, 12)),
                "srv": pick(lower, 12), "srv8": pick(lower, 8), "mk": pick(alnum, 32),
                "sk": "sk_live_" + pick(alnum, 99), "flwsec": "FLWSECK-%s-X" % pick(hexd, 32),
                "g": pick(alnum, 28), "h20": pick(hexd, 20), "h64": pick(hexd, 64),
                "paddle": rnd.choice(("live_", "test_")) + pick(hexd, 27)}

    for i in range(3):
        for shape, fname, tpl in PUBLIC13_DECOYS:
            emit("decoy", shape, fname.replace("public13/", "public13/%d/" % i), tpl.format(**vals()),
                 provider="generic", why="public by its format, or an id by its name")
        for shape, fname, tpl, rule, key in PUBLIC13_POSITIVES:
            v = vals()
            emit("positive", shape, fname.replace("public13/", "public13/%d/" % i), tpl.format(**v),
                 rule=rule, provider=rule.split("-")[0], secret=v[key])

# ---- (recall13) a counter or a doubled key after a credential's name -----
# A name whose credential word is followed by a counter or a version
# (LEDGER_TOKEN_2, SIGNING_SECRET_V2, apiKey2, WEBHOOK_SECRET_01) or by its
# own word again (X_API_KEY_KEY, as a generated manifest doubles it), in
# env files, Kubernetes env lists, compose lists, code and config. Decoys:
# the same counters after a public key's, an id's or a name's name
# (PUSHER_APP_KEY_2, API_KEY_ID_2, SECRET_NAME_2), a bare KEY_2 (no
# credential's name), a key under which a token is stored (TOKEN_KEY_2),
# placeholders, and Kit's v3 API key (its docs keep the secret, not the
# key, out of client code). {v}: a token, {p}: a password.
COUNTER13 = [
    ("counter-k8s-env", "counter13/deploy.yaml",
     "spec:\n  containers:\n    - name: app\n      env:\n        - name: ORBIT_API_KEY_KEY\n          value: {v}\n"),
    ("counter-k8s-env", "counter13/cronjob.yaml",
     "env:\n  - name: LEDGER_TOKEN_2\n    value: \"{v}\"\n"),
    ("counter-env", "counter13/.env", "LEDGER_TOKEN_2={v}\n"),
    ("counter-env", "counter13/db.env", "REPLICA_PASSWORD_2={p}\n"),
    ("counter-code", "counter13/settings.py", "SIGNING_SECRET_V2 = \"{v}\"\n"),
    ("counter-code", "counter13/client.js", "const apiKey2 = '{v}';\n"),
    ("counter-code", "counter13/main.go", "package main\n\nconst clientSecret2 = \"{v}\"\n"),
    ("counter-code", "counter13/env.pl", "$ENV{{'STORE_API_KEY_2'}} = '{v}';\n"),
    ("counter-code", "counter13/notes.vim", "let $NOTES_API_KEY_2 = '{v}'\n"),
    ("counter-config", "counter13/backup.yaml", "backup:\n  password_2: \"{p}\"\n"),
    ("counter-config", "counter13/docker-compose.yml",
     "services:\n  web:\n    environment:\n      - WEBHOOK_SECRET_01={v}\n"),
    ("counter-config", "counter13/config.toml", "[service]\napi_key_2 = \"{v}\"\n"),
    ("counter-shell", "counter13/deploy.sh", "export DEPLOY_TOKEN_V3=\"{v}\"\n"),
]
COUNTER13_DECOYS = [
    ("counter-decoy", "counter13/pusher.env", "PUSHER_APP_KEY_2={h}\n"),
    ("counter-decoy", "counter13/keys.py", "TOKEN_KEY_2 = \"session.token.v2\"\nAPI_KEY_ID_2 = \"{v}\"\n"),
    ("counter-decoy", "counter13/k.py", "KEY_2 = \"{v}\"\nkey2 = \"{v}\"\n"),
    ("counter-decoy", "counter13/ph.yaml", "password_2: \"${{DB_PASSWORD_2}}\"\napi_key_v2: \"<your-api-key>\"\n"),
    ("counter-decoy", "counter13/misc.py",
     "API_KEY_V2_URL = \"https://api.acme.io/v2/keys\"\nmax_tokens_2 = 4096\nSECRET_NAME_2 = \"prod/app/db-credentials\"\n"),
    ("counter-decoy", "counter13/kit.yaml", "convertkit:\n  api_key_v3: {v}\n"),
    ("counter-decoy", "counter13/pub.py", "public_key_2 = \"{v}\"\npublishable_key_v2 = \"{v}\"\n"),
]


# A credential's compound glued in lower case after a provider's or an
# app's word (Orbitapikey, ledgeraccesstoken, zorblesecretkey), declared in
# code away from the line's start (C#'s const, Java's static final,
# Kotlin's val, Swift's let, PHP's $, Go's var). Decoys: the same glue
# before an id, a path, a URL or a header's name, a key its provider
# publishes (ghostcontentapikey, algoliasearchapikey, storefront tokens),
# words that end in key (turkey, hockeykey), a placeholder and a lookup.
GLUED13 = [
    ("glued-code", "glued13/Config.cs", "namespace Acme;\n\npublic static class Keys\n{{\n    public const string Orbitapikey = \"{v}\";\n}}\n"),
    ("glued-code", "glued13/Keys.java", "final class Keys {{\n    private static final String ledgeraccesstoken = \"{v}\";\n}}\n"),
    ("glued-code", "glued13/Env.kt", "object Env {{\n    const val zorblesecretkey = \"{v}\"\n}}\n"),
    ("glued-code", "glued13/Keys.swift", "enum Keys {{\n    static let quillauthtoken = \"{v}\"\n}}\n"),
    ("glued-code", "glued13/config.php", "<?php\n$billingapitoken = '{v}';\n"),
    ("glued-code", "glued13/keys.go", "package keys\n\nvar Ferryprivatekey = \"{v}\"\n"),
    ("glued-code", "glued13/keys.js", "export const harborapikey = '{v}';\n"),
]
GLUED13_DECOYS = [
    ("glued-decoy", "glued13/Ids.cs", "    public const string Orbitapikeyid = \"{v}\";\n    public const string Ferryprivatekeypath = \"/etc/ssl/private/app.key\";\n"),
    ("glued-decoy", "glued13/Urls.java", "    private static final String ledgeraccesstokenurl = \"https://auth.acme.io/oauth/token\";\n    private static final String quillauthtokenheader = \"X-Auth-Token\";\n"),
    ("glued-decoy", "glued13/Public.kt", "    val ghostcontentapikey = \"{v}\"\n    val turkey = \"{v}\"\n    val hockeykey = \"{v}\"\n"),
    ("glued-decoy", "glued13/Public.swift", "    let algoliasearchapikey = \"{v}\"\n    let storefrontaccesstoken = \"{v}\"\n"),
    ("glued-decoy", "glued13/lookup.php", "$hasapikey = true;\n$harborapikey = getenv('HARBOR_API_KEY');\n$billingapitoken = '${{BILLING_API_TOKEN}}';\n"),
]

# A default assigned only when the name is unset: JavaScript's and PHP's
# ??=, Ruby's and JavaScript's ||=, Perl's //= (a test setup's fallback
# for an environment variable, a memoised client's key). Decoys: the same
# operators before a call, an environment lookup, an empty string, a
# placeholder, a sample password and counters.
DEFAULT13 = [
    ("default-assign", "default13/global-setup.ts", "process.env.QUILL_API_KEY ??= '{v}';\n"),
    ("default-assign", "default13/setup.js", "config.harborToken ||= \"{v}\";\n"),
    ("default-assign", "default13/client.rb", "class Client\n  def token\n    @ledger_token ||= '{v}'\n  end\nend\n"),
    ("default-assign", "default13/boot.php", "<?php\n$settings['orbit_secret'] ??= '{v}';\n"),
    ("default-assign", "default13/init.pl", "$config{{ferry_api_key}} //= '{v}';\n"),
    ("default-assign", "default13/e2e.ts", "process.env.STAGING_ADMIN_PASSWORD ??= '{p}';\n"),
]
DEFAULT13_DECOYS = [
    ("default-decoy", "default13/lookup.rb",
     "@api_key ||= ENV.fetch('API_KEY')\nconfig.password ||= 'changeme'\ntoken ||= generate_token\n"),
    ("default-decoy", "default13/lookup.ts",
     "process.env.DB_PASSWORD ??= process.env.PGPASSWORD;\nopts.apiKey ??= '';\nopts.token ??= '<your-token>';\n"),
    ("default-decoy", "default13/lookup.pl", "$config{{api_secret}} //= $ENV{{API_SECRET}};\nmy $token //= 'xxxxxxxxxxxxxxxxxxxxxxxx';\n"),
    ("default-decoy", "default13/lookup.php",
     "$this->apiKey ??= config('services.orbit.key');\n$password ??= 'P@ssw0rd123';\ntokens_used ||= 0;\n"),
]

# Generated passwords of letters and a symbol, no digit, where the wave 12
# letters judge asked more case changes than a short value holds: a CI
# log's docker login, HTTPie's auth, an unattend file's Password, an
# appsettings.json's, a compose variable, PHP's define. Decoys: letters
# and marks that are environment references, words and names of code
# (%APPDATA%, Hello!World!Again, XMLHttpRequest#sendAsync, ChangeMe!Please).
MARKED13 = [
    ("marked-letters", "marked13/ISSUE.md",
     "Deploy fails:\n\n```\n+ docker login -u ci-bot -p {v} registry.acmecorp.io\nError response from daemon: unauthorized\n```\n"),
    ("marked-letters", "marked13/.config/httpie/config.json",
     "{{\n  \"default_options\": [\"--auth-type=basic\"],\n  \"auth\": \"ops:{v}\"\n}}\n"),
    ("marked-letters", "marked13/autounattend.xml",
     "<AutoLogon>\n  <Password>\n    <Value>{v}</Value>\n    <PlainText>true</PlainText>\n  </Password>\n</AutoLogon>\n"),
    ("marked-letters", "marked13/appsettings.json",
     "{{\n  \"Smtp\": {{\n    \"Host\": \"smtp.acmecorp.io\",\n    \"Password\": \"{v}\"\n  }}\n}}\n"),
    ("marked-letters", "marked13/docker-compose.yml",
     "services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: \"{v}\"\n"),
    ("marked-letters", "marked13/config.inc.php", "<?php\ndefine('SMTP_PASSWORD', '{v}');\n"),
]
MARKED13_DECOYS = [
    ("marked-decoy", "marked13/refs.yaml",
     "password: \"%APPDATA%\"\napi_secret: \"Hello!World!Again\"\ntoken: \"FooBar&BazQux&Quux\"\n"),
    ("marked-decoy", "marked13/code.yaml",
     "secret: \"XMLHttpRequest#sendAsync\"\npassword: \"MyApp!RocksHard\"\npassword: \"ChangeMe!Please\"\n"),
    ("marked-decoy", "marked13/more.env", "API_SECRET=ListView#onItemClick\nDB_PASSWORD=$PGPASSWORD\n"),
]


def marked_letters(rnd):
    """Letters of both cases and one or two marks, no digit, as the
    letters-and-marks judge takes them (two rises, a case change in 4)."""
    while True:
        v = list(rnd.choice(string.ascii_letters) for _ in range(rnd.choice((11, 13, 16))))
        for _ in range(rnd.choice((1, 2))):
            v.insert(rnd.randrange(2, len(v) - 1), rnd.choice("!#%*@^"))
        v = "".join(v)
        rises = sum(a.islower() and b.isupper() for a, b in zip(v, v[1:]))
        caps = sum(a.isupper() and b.isupper() for a, b in zip(v, v[1:]))
        letters = sum(c.isalpha() for c in v)
        if rises >= 2 and (rises + caps) * 4 >= letters:
            return v

# Perl's clients handed a user and a password: DBI->connect's (and
# connect_cached's) third argument, Net::SMTP's auth, Net::FTP's and
# Net::POP3's login. Decoys: variables and environment lookups in their
# place, a sample password, anonymous FTP's address, a one-argument auth.
PERL13 = [
    ("perl-login", "perl13/lib/Orders/Db.pm",
     "use DBI;\nmy $dbh = DBI->connect(\"dbi:mysql:database=orders;host=db3\", \"orders\", \"{p}\");\n",
     "dbclient-positional-password"),
    ("perl-login", "perl13/report.pl",
     "my $dbh = DBI->connect_cached($dsn, 'report', '{p}', {{ AutoCommit => 0 }});\n",
     "dbclient-positional-password"),
    ("perl-login", "perl13/cgi-bin/notify.cgi",
     "my $smtp = Net::SMTP->new('smtp.acmecorp.io', Port => 587);\n$smtp->auth('relay-user', '{v}');\n",
     "generic-secret"),
    ("perl-login", "perl13/mirror.pl", "$ftp->login(\"mirror\", \"{p}\") or die \"login: \", $ftp->message;\n",
     "generic-password"),
    ("perl-login", "perl13/fetchmail.pl", "$pop->login('inbox@acmecorp.io', '{p}');\n", "generic-password"),
]
PERL13_DECOYS = [
    ("perl-decoy", "perl13/Db.pm",
     "my $dbh = DBI->connect($dsn, $user, $pass);\nmy $ro = DBI->connect($dsn, 'app', $ENV{{DB_PASS}});\n"),
    ("perl-decoy", "perl13/mail.pl",
     "$smtp->auth($user, $password);\n$smtp->auth('user', 'password');\n$self->auth('token');\n"),
    ("perl-decoy", "perl13/ftp.pl", "$ftp->login('anonymous', '-anonymous@');\n$ftp->login('anonymous', 'guest@acmecorp.io');\n"),
]

def recall13_block(emit):
    """Positives and decoys of wave 13's recall classes; their own seed.
    Each class: its table three times over (a directory per turn), a
    value of the kind its template asks ({p}: a password, {v}: a token,
    or the class's own), its rule unless the row names one; then its
    decoys."""
    rnd = random.Random(1313)

    def rand(n):
        return mixed_token(rnd, n)

    def token(tpl):
        if "{p}" in tpl:
            return rand(rnd.choice((12, 14))), "generic-password"
        return rand(rnd.choice((20, 24, 32, 40))), "generic-secret"

    def marked(tpl):
        v = marked_letters(rnd)
        return v, "generic-password" if len(v) < 16 else "generic-secret"

    classes = [
        (COUNTER13, COUNTER13_DECOYS, token, "a counter after no credential's name, or a public key's"),
        (GLUED13, GLUED13_DECOYS, token, "glued before an id, a path or a URL; a published key; a word ending in key"),
        (DEFAULT13, DEFAULT13_DECOYS, token, "a default that is a lookup, a call, a placeholder or a sample"),
        (MARKED13, MARKED13_DECOYS, marked, "letters and marks of a reference, words or code"),
        (PERL13, PERL13_DECOYS, token, "a variable, a lookup, a sample or no password"),
    ]
    for table, decoys, value, why in classes:
        for i in range(3):
            for row in table:
                shape, fname, tpl = row[:3]
                v, rule = value(tpl)
                top, rest = fname.split("/", 1)
                emit("positive", shape, "%s/%d/%s" % (top, i, rest), tpl.format(v=v, p=v),
                     rule=row[3] if len(row) > 3 else rule, provider="generic", secret=v)
        for shape, fname, tpl in decoys:
            emit("decoy", shape, fname, tpl.format(v=rand(24), h="%020x" % rnd.getrandbits(80)),
                 provider="generic", why=why)

# wave 13 context: a weak name (key, token, value, a map's entry) whose
# provider the code around it names: the provider's name on the line or
# opening the block, or the file's name. Decoys: the same shapes holding a
# digest, a UUID, a public id with its prefix, a version, a path; and
# weak names beside no provider's name.
CONTEXT13 = [
    ("ctx-go-struct", "{p}/client.go", 'var c = {P}.Config{{Region: "eu", Key: "{v}"}}\n'),
    ("ctx-go-field", "notify/{p}.go", 'var cfg = Creds{{Service: "{p}", Token: "{v}"}}\n'),
    ("ctx-json-block", "conf/services.jsonc", '{{\n  // keys by provider\n  "{p}": {{\n    "region": "eu",\n    "key": "{v}"\n  }}\n}}\n'),
    ("ctx-yaml-block", "deploy/{p}-values.tpl", 'integrations:\n  {p}:\n    enabled: true\n    key: {v}\n'),
    ("ctx-ini-section", "conf/providers.cfg.in", '[{p}]\nregion = eu\nkey = {v}\n'),
    ("ctx-py-dict", "app/keys.py", 'PROVIDER_KEYS = {{"{p}": "{v}", "timeout": 30}}\n'),
    ("ctx-rb-hash", "lib/keys.rb", 'KEYS = {{ {p}: \'{v}\', retries: 3 }}.freeze\n'),
    ("ctx-scala-seq", "src/Keys.scala", 'val byProvider = Seq("{p}" -> "{v}")\n'),
    ("ctx-kotlin-map", "src/Keys.kt", 'val byProvider = mapOf("{p}" to "{v}")\n'),
    ("ctx-php-array", "config/{p}.php", "<?php\nreturn ['{p}' => ['key' => '{v}', 'region' => 'eu']];\n"),
    ("ctx-cs-options", "src/{P}Setup.cs", 'var o = new {P}Options {{ Key = "{v}" }};\n'),
    ("ctx-nix-settings", "hosts/{p}.nix", '{{\n  services.{p}.settings.key = "{v}";\n}}\n'),
    ("ctx-nix-apikey", "hosts/sync.nix", '{{\n  services.sync.apiKey = "{v}";\n}}\n'),
]
# (shape, file, text): {p} a provider, {h} 32 or 40 hex, {u} a UUID, {pub} a
# public id with its prefix; {w} a key-looking value beside no provider
CONTEXT13_DECOYS = [
    ("ctx-go-struct", "{p}/digest.go", 'var c = {P}.Config{{Region: "eu", Key: "{h}"}}\n', "digest"),
    ("ctx-py-dict", "app/ids.py", 'PROVIDER_IDS = {{"{p}": "{u}"}}\n', "uuid"),
    ("ctx-rb-hash", "lib/public.rb", "PUBLIC = {{ {p}: '{pub}' }}\n", "public-id"),
    ("ctx-kotlin-map", "src/Versions.kt", 'val versions = mapOf("{p}" to "4.12.1")\n', "version"),
    ("ctx-scala-seq", "src/Paths.scala", 'val templates = Seq("{p}" -> "templates/{p}/welcome.html")\n', "path"),
    ("ctx-cs-options", "src/{P}Cache.cs", 'var o = new {P}Options {{ Key = "{h}" }};\n', "digest"),
    ("ctx-json-block", "conf/cache.jsonc", '{{\n  "cache": {{\n    "key": "{w}"\n  }}\n}}\n', "no provider"),
    ("ctx-go-field", "cache/store.go", 'var e = Entry{{Bucket: "sessions", Key: "{w}"}}\n', "no provider"),
]
CONTEXT13_PROVIDERS = ("mailgun", "postmark", "pagerduty", "mixpanel", "datadog", "algolia")


def context13_block(emit):
    rnd = random.Random(1313)
    alnum = string.ascii_letters + string.digits
    hexd = "0123456789abcdef"

    def pick(alphabet, n):
        return "".join(rnd.choice(alphabet) for _ in range(n))

    def key():
        while True:
            v = pick(alnum, rnd.choice((24, 32, 40)))
            if any(c.isdigit() for c in v) and any(c.lower() > "f" for c in v if c.isalpha()):
                return v

    for i, provider in enumerate(CONTEXT13_PROVIDERS[:3]):
        for shape, fname, tpl in CONTEXT13:
            v = key()
            f = fname.format(p=provider, P=provider.capitalize())
            emit("positive", shape, "%d/%s" % (i, f), tpl.format(p=provider, P=provider.capitalize(), v=v),
                 rule="generic-secret", provider="generic", secret=v)
    for i, provider in enumerate(CONTEXT13_PROVIDERS[3:]):
        for shape, fname, tpl, why in CONTEXT13_DECOYS:
            u = "%s-%s-4%s-a%s-%s" % (pick(hexd, 8), pick(hexd, 4), pick(hexd, 3), pick(hexd, 3), pick(hexd, 12))
            vals = dict(p=provider, P=provider.capitalize(), h=pick(hexd, rnd.choice((32, 40))), u=u,
                        pub="pub_" + pick(alnum, 28), w=key())
            emit("decoy", shape, "%d/%s" % (i, fname.format(**vals)), tpl.format(**vals),
                 provider="generic", why=why)


# Wave 14 (nearby14): a provider's context one step further. (shape, file,
# text): {p} the provider, {P} in capitals, {v} a key in the provider's own
# format, {b} its base64. Weak names on a sibling line or under a comment
# that names the provider, anywhere in a file named for it, maps keyed by
# the provider under other words (a Kubernetes env entry's name, a
# compose list, a Gradle extra), and base64 under names that say nothing
# in a file of one provider: read by that provider's own rules only.
NEARBY14 = [
    ("near-yaml-comment", "deploy/settings.yaml", "# {p} integration\ntoken: \"{v}\"\nregion: eu\n"),
    ("near-toml-stem", "conf/{p}.toml", "[service]\nname = \"sync\"\nkey = \"{v}\"\n"),
    ("near-helm-stem", "charts/{p}.values.yaml", "replicaCount: 2\nimage:\n  tag: 2.1.0\nsecret: \"{v}\"\n"),
    ("near-docker-sibling", "svc/Dockerfile", "FROM alpine:3.20\nENV {P}_REGION=eu\nENV KEY={v}\n"),
    ("near-py-sibling", "app/settings.py", "{P}_REGION = \"eu\"\n{P}_TIMEOUT = 30\ntoken = \"{v}\"\n"),
    ("near-make-sibling", "ops/Makefile", "{P}_URL := https://api.example.test\nSECRET ?= {v}\n"),
    ("near-ts-map", "src/config.ts", "export const creds = {{ services: {{ {p}: '{v}' }} }} as const;\n"),
    ("near-rb-map", "lib/creds.rb", "CREDS = {{ {p}: '{v}' }}.freeze\n"),
    ("near-compose-list", "compose.yaml", "services:\n  sync:\n    environment:\n      - {P}={v}\n"),
    ("near-k8s-env", "k8s/deploy.yaml", "        env:\n          - name: {P}\n            value: \"{v}\"\n"),
    ("near-json-namevalue", "infra/task.json", "{{\"environment\": [{{\"name\": \"{P}\", \"value\": \"{v}\"}}]}}\n"),
    ("near-gradle-extra", "build.gradle.kts", "extra[\"{p}\"] = \"{v}\"\n"),
    ("near-toml-table", "conf/app.toml", "[integrations]\n{p} = \"{v}\"\n"),
    ("near-r-sibling", "R/client.R", "library(httr)\n{p}_region <- \"eu\"\nkey <- \"{v}\"\n"),
    ("near-objc-stem", "Sources/{p}.m", "#import <Foundation/Foundation.h>\n\nstatic NSString * const key = @\"{v}\";\n"),
    ("near-k8s-secret", "k8s/secret.yaml", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: {p}-credentials\ntype: Opaque\nstringData:\n  key: \"{v}\"\n"),
    ("near-yaml-b64", "conf/{p}.yaml", "service: sync\nconn_b64: \"{b}\"\n"),
    ("near-swift-b64", "Sources/Sync.swift", "let {p}Region = \"eu\"\nlet connB64 = \"{b}\"\n"),
    ("near-rust-b64", "src/{p}.rs", "const CLIENT_B64: &str = \"{b}\";\n"),
    ("near-ex-b64", "config/runtime.exs", "config :sync, {p}_region: \"eu\"\nconfig :sync, conn_b64: \"{b}\"\n"),
]
# decoys: {u} a UUID, {h} 40 hex, {m} a masked key, {png} base64 of an
# image's first bytes, {js} base64 of JSON without a credential, {cert}
# base64 of a certificate's first line
NEARBY14_DECOYS = [
    ("near-toml-stem", "conf/{p}.toml", "[service]\n# sample for {p}: {u}\nrequest_id = \"{u}\"\n", "comment sample, id"),
    ("near-toml-stem", "conf/{p}.toml", "[service]\nkey = \"{h}\"\n", "commit SHA, not the format"),
    ("near-yaml-comment", "deploy/settings.yaml", "# {p} integration\ntoken: \"{m}\"\n", "masked"),
    ("near-yaml-comment", "deploy/settings.yaml", "# {p} integration\ntoken: \"${{{P}_TOKEN}}\"\n", "placeholder"),
    ("near-k8s-env", "k8s/deploy.yaml", "        env:\n          - name: {P}_PROJECT_ID\n            value: \"{u}\"\n", "id under a longer name"),
    ("near-ts-map", "src/versions.ts", "export const pins = {{ {p}: 'git+https://example.test/{p}.git#{h}' }};\n", "commit pin"),
    ("near-yaml-b64", "conf/{p}.yaml", "service: sync\nlogo_b64: \"{png}\"\n", "image"),
    ("near-yaml-b64", "conf/{p}.yaml", "service: sync\nmeta_b64: \"{js}\"\n", "JSON without a credential"),
    ("near-rust-b64", "src/{p}.rs", "const CERT_B64: &str = \"{cert}\";\n", "certificate"),
    ("near-py-sibling", "app/notes.py", "# a sample for {p}: {u}\nrequest = \"{u}\"\n", "prose"),
    ("near-k8s-secret", "k8s/secret.yaml", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: {p}-credentials\nstringData:\n  key: \"{m}\"\n  id: \"{u}\"\n", "masked, id"),
]
NEARBY14_PROVIDERS = (("opsgenie", "u"), ("heroku", "u"), ("postmark", "u"), ("rollbar", "h32"),
                      ("honeycomb", "h32"), ("meraki", "h40"), ("wandb", "h40"), ("serpapi", "h64"))
NEARBY14_RULES = {"opsgenie": "opsgenie-api-key", "heroku": "heroku-api-key-legacy",
                  "postmark": "postmark-api-token", "rollbar": "rollbar-access-token",
                  "honeycomb": "honeycomb-api-key", "meraki": "meraki-api-key",
                  "wandb": "wandb-api-key", "serpapi": "serpapi-api-key"}


def nearby14_block(emit):
    rnd = random.Random(1414)
    hexd = "0123456789abcdef"

    def pick(n):
        return "".join(rnd.choice(hexd) for _ in range(n))

    def uuid4():
        return "%s-%s-4%s-a%s-%s" % (pick(8), pick(4), pick(3), pick(3), pick(12))

    def value(kind):
        return uuid4() if kind == "u" else pick(int(kind[1:]))

    for i, (shape, fname, tpl) in enumerate(NEARBY14):
        for j in range(2):
            provider, kind = NEARBY14_PROVIDERS[(i + j * 3) % len(NEARBY14_PROVIDERS)]
            v = value(kind)
            vals = dict(p=provider, P=provider.upper(), v=v,
                        b=base64.b64encode(v.encode()).decode())
            emit("positive", shape, "%d/%s" % (j, fname.format(**vals)), tpl.format(**vals),
                 rule=NEARBY14_RULES[provider], provider=provider, secret=v)
    # base64 under a name that says nothing, of a provider's secret (its
    # secret's rule reads it); and of its public id (no rule does)
    alnum = string.ascii_letters + string.digits + "_-"
    for i, (shape, fname, tpl) in enumerate(t for t in NEARBY14 if t[0].endswith("-b64")):
        provider = ("cloudinary", "tenable")[i % 2]
        v = "".join(rnd.choice(alnum) for _ in range(27)) if provider == "cloudinary" else pick(64)
        vals = dict(p=provider, P=provider.upper(), v=v, b=base64.b64encode(v.encode()).decode())
        emit("positive", shape, "s/%s" % fname.format(**vals), tpl.format(**vals),
             rule=provider + ("-api-secret" if provider == "cloudinary" else "-api-secret-key"),
             provider=provider, secret=v)
        pub = "".join(rnd.choice(string.digits) for _ in range(15))
        vals["b"] = base64.b64encode(pub.encode()).decode()
        emit("decoy", shape, "s/%s" % fname.format(**vals), tpl.format(**vals),
             provider=provider, why="public id in base64")
    png = base64.b64encode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00").decode()
    js = base64.b64encode(b'{"region":"eu-west-1","retries":3}').decode()
    cert = base64.b64encode(b"-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIU").decode()
    for i, (shape, fname, tpl, why) in enumerate(NEARBY14_DECOYS):
        for j in range(2):
            # not a provider whose own format is 40 hex (the SHA decoy), nor
            # postmark, whose own rule reads `postmark: <uuid>` in prose
            provider, kind = NEARBY14_PROVIDERS[(0, 1, 3, 4, 7)[(i + j * 3) % 5]]
            vals = dict(p=provider, P=provider.upper(), u=uuid4(), h=pick(40),
                        m=value(kind)[:6] + "************" + pick(4), png=png, js=js, cert=cert)
            emit("decoy", shape, "%d/%s" % (j, fname.format(**vals)), tpl.format(**vals),
                 provider=provider, why=why)


# wave 14 (calls14): a provider's name that begins a call, a tuple or a
# flag hands its value over (context.c reads it under the provider's name,
# shape.c's kh_shape_spot_value finds it); a tuple given to a name for a
# login's pair (creds, credentials, auth) holds the secret last.
CALLS14 = [
    ("call-py", "{p}_sync.py", 'client = {P}Client("{v}", retries=3)\n'),
    ("call-rb", "lib/{p}_jobs.rb", "api = {P}::Client.new('{v}', open_timeout: 5)\n"),
    ("call-go", "internal/{p}sync/main.go", 'c := {p}.NewClient("{v}", nil)\n'),
    ("call-java", "src/main/java/Sync.java", 'final {P}Client c = new {P}Client("{v}");\n'),
    ("call-kt", "app/Sync.kt", 'val c = {P}Client(apiToken = "{v}", region = "eu")\n'),
    ("call-swift", "Sources/Sync.swift", 'let c = {P}Client(token: "{v}")\n'),
    ("call-perl", "lib/Sync.pm", "my $c = {P}::Client->new(token => '{v}');\n"),
    ("call-rust", "src/sync.rs", 'let c = {P}Client::new("{v}");\n'),
    ("call-lua", "sync.lua", 'local c = {p}.new("{v}")\n'),
    ("call-r", "sync.R", 'c <- {p}_client("{v}")\n'),
    ("call-ps1", "sync.ps1", "Connect-{P} -Token '{v}' -Region eu\n"),
    ("call-ipynb", "sync.ipynb", '{{"cells": [{{"cell_type": "code", "source": ["c = {P}Client(\\"{v}\\")\\n"]}}]}}\n'),
    ("tuple-py", "accounts.py", 'ACCOUNTS = [("{p}", "ops@example.org", "{v}")]\n'),
    ("tuple-js", "pairs.js", "const pair = ['{p}', '{v}'];\n"),
    ("tuple-yaml", "accounts.yaml", "accounts:\n  - [{p}, deploy, '{v}']\n"),
    ("tuple-groovy", "Jenkinsfile", "def acct = ['{p}', 'svc', '{v}']\n"),
    ("tuple-kt", "Acct.kt", 'val acct = Triple("{p}", "svc", "{v}")\n'),
    ("tuple-objc", "Acct.m", 'NSArray *acct = @[@"{p}", @"svc", @"{v}"];\n'),
    ("tuple-lua", "acct.lua", 'M.acct = {{ "{p}", "svc", "{v}" }}\n'),
    ("flag-compose", "docker-compose.yml", 'services:\n  sync:\n    command: ["--{p}-auth", "{v}"]\n'),
    ("flag-k8s", "deploy.yaml", '      args: ["--{p}", "{v}"]\n'),
    ("flag-sh", "sync.sh", './bin/{p}-cli sync --auth "{v}"\n'),
    ("flag-fish", "conf.d/sync.fish", "{p}-cli auth login --with-token {v}\n"),
]
CALLS14_PAIRS = [
    ("credtuple-py", "settings.py", 'credentials = ("svc-deploy", "{v}")\n'),
    ("credtuple-kt", "Auth.kt", 'val credentials = listOf("svc", "{v}")\n'),
    ("credtuple-swift", "Auth.swift", 'let creds = ("reporting-app", "{v}")\n'),
    ("credtuple-dart", "auth.dart", "const creds = ['reporting', '{v}'];\n"),
    ("credtuple-rb", "auth.rb", 'CREDENTIALS = ["ops", "{v}"].freeze\n'),
    ("credtuple-tf", "main.tf", 'locals {{\n  creds = ["svc", "{v}"]\n}}\n'),
]
CALLS14_DECOYS = [
    ("call-py", "{p}_digest.py", 'client = {P}Client("{h}")\n', "digest"),
    ("call-rb", "lib/{p}_host.rb", "api = {P}::Client.new('https://{p}.example.org/api/v2')\n", "url"),
    ("call-go", "internal/{p}/url.go", 'c := {p}.NewClient("https://api.{p}.example.org/v2")\n', "url"),
    ("call-java", "src/Version.java", 'final {P}Client c = new {P}Client("2024-06-01");\n', "version"),
    ("call-lua", "pem.lua", 'local c = {p}.new("/etc/{p}/client.pem")\n', "path"),
    ("call-other", "lookup.py", 'user = {P}.get_user("{w}")\n', "a lookup by id"),
    ("call-prolog", "facts.pl", "{p}_client_env_key('{w}').\n", "a public key named by the callee"),
    ("call-fake", "test_{p}.py", 'client = {P}Client("XXXXXXXXXXXXXXXXXXXXXXXXXXXX")\n', "fake"),
    ("tuple-py", "ids.py", 'IDS = [("{p}", "ops", "{u}")]\n', "uuid"),
    ("tuple-js", "mail.js", "const pair = ['{p}', 'ops@example.org'];\n", "e-mail"),
    ("tuple-kt", "Hash.kt", 'val acct = Triple("{p}", "svc", "{h}")\n', "digest"),
    ("flag-sh", "region.sh", "./bin/sync --{p}-workspace {w}\n", "a workspace id"),
    ("flag-sh", "verbose.sh", './bin/{p}-cli sync --user "{w}"\n', "a user id"),
    ("credtuple-py", "paths.py", 'credentials = ("/etc/app/cert.pem", "/etc/app/key.pem")\n', "path"),
    ("credtuple-py", "env.py", 'credentials = ("svc", "${{DEPLOY_PASSWORD}}")\n', "placeholder"),
    ("credtuple-kt", "Regions.kt", 'val creds = listOf("us-east-1", "eu-west-1")\n', "region"),
    ("credtuple-swift", "Cb.swift", 'let creds = ("client-app", "https://example.org/callback")\n', "url"),
    ("credtuple-py", "cmp.py", 'if creds == ("svc", "{w}"):\n    pass\n', "comparison"),
]
CALLS14_PROVIDERS = ("freshdesk", "pipedrive", "mixpanel", "clickup", "airtable")


def calls14_block(emit):
    rnd = random.Random(1414)
    draw = lambda alphabet, n: "".join(rnd.choice(alphabet) for _ in range(n))
    letters = string.ascii_letters + string.digits

    def key():  # letters and digits, a digit and a letter past f among them
        v = draw(letters, rnd.choice((24, 32, 40)))
        ok = re.search(r"[0-9]", v) and re.search(r"[g-zG-Z]", v)
        return v if ok else key()

    cases = [(i, p) + c for i, p in enumerate(CALLS14_PROVIDERS[:3]) for c in CALLS14]
    cases += [(i, None) + c for i in range(3) for c in CALLS14_PAIRS]
    for i, provider, shape, fname, tpl in cases:
        names = dict(p=provider, P=(provider or "").capitalize())
        v = key()
        emit("positive", shape, "%d/%s" % (i, fname.format(**names)), tpl.format(v=v, **names),
             rule="generic-secret", provider="generic", secret=v)
    for i, provider in enumerate(CALLS14_PROVIDERS[2:]):
        for shape, fname, tpl, why in CALLS14_DECOYS:
            u = "-".join(draw("0123456789abcdef", n) for n in (8, 4, 4, 4, 12))
            vals = dict(p=provider, P=provider.capitalize(), h=draw("0123456789abcdef", rnd.choice((32, 40))),
                        u=u, w=key())
            emit("decoy", shape, "%d/%s" % (i, fname.format(**vals)), tpl.format(**vals),
                 provider="generic", why=why)


# wave 14 (precision14): values the blind corpora's decoys showed public or
# documentation's, and the hard positives beside them
P14_SAMPLE_COMMENTS = [  # (shape, file, template): a comment calls the value a sample
    ("p14-sample-hash", "settings.py", "# docs sample for {p}: {v}\n"),
    ("p14-sample-slashes", "Settings.scala", "object Settings {{\n  // example: {p}_token = \"{v}\"\n}}\n"),
    ("p14-sample-dashes", "seed.sql", "-- sample {p} key: '{v}'\n"),
    ("p14-sample-html", "index.html", "<!-- Example {p} key: {v} -->\n"),
    ("p14-sample-ini", "app.ini", "; example: {p}_secret = {v}\n"),
    ("p14-sample-block", "client.c", "/*\n * Samples: {p}: {v}\n */\n"),
]
# provider keyword, the value's alphabet and length (a format that vouches
# for nothing by itself)
P14_SAMPLE_PROVIDERS = [("pusher", "hex", 20), ("postmark", "uuid", 36), ("railway", "uuid", 36),
                        ("amplitude", "hex", 32), ("bugsnag", "hex", 32), ("shopify", "hex", 32)]
P14_ID_SECRETS = [  # (shape, file, template): names with an id that hold a secret
    ("p14-key-id-pair", "credentials.ini", "[backup]\nkey_id = 0045b7a3c1e2f0d000000000a\nsecret = {v}\n"),
    ("p14-commented-out", "config.sh", "# export API_TOKEN={v}\n"),
    ("p14-sample-word-above", "deploy.env", "# example values below are replaced by CI\nDEPLOY_TOKEN={v}\n"),
]


def p14_draws(rnd):
    """pick(alphabet, n), key(n) (mixed case, 3 digits) and uuid4() drawn from rnd"""
    alnum = string.ascii_letters + string.digits

    def pick(alphabet, n):
        return "".join(rnd.choice(alphabet) for _ in range(n))

    def key(n=32):
        v = pick(alnum, n)
        while not (sum(c.isdigit() for c in v) >= 3 and v.lower() != v and v.upper() != v):
            v = pick(alnum, n)
        return v

    def uuid4():
        h = "0123456789abcdef"
        return "-".join((pick(h, 8), pick(h, 4), "4" + pick(h, 3), "a" + pick(h, 3), pick(h, 12)))
    return pick, key, uuid4


def precision14_block(emit):
    hexd = "0123456789abcdef"
    pick, key, uuid4 = p14_draws(random.Random(14014))

    for i in range(2):
        for shape, fname, tpl in P14_ID_SECRETS:
            v = key()
            emit("positive", shape, "%d/%s" % (i, fname), tpl.format(v=v), rule="generic-secret",
                 provider="generic", secret=v)
    # Sidekiq Pro/Enterprise: the pair Contributed Systems issues, both halves
    for i, (shape, fname, tpl) in enumerate([
            ("p14-contribsys-bundle", ".bundle/config", "---\nBUNDLE_GEMS__CONTRIBSYS__COM: \"{u}:{p}\"\n"),
            ("p14-contribsys-env", ".env", "BUNDLE_ENTERPRISE__CONTRIBSYS__COM={u}:{p}\n"),
            ("p14-contribsys-docker", "Dockerfile", "RUN bundle config --local gems.contribsys.com {u}:{p} && bundle install\n")]):
        for j in range(2):
            u, pw = pick(hexd, 8), pick(hexd, 8)
            emit("positive", shape, "%d/%s" % (j, fname), tpl.format(u=u, p=pw),
                 rule="sidekiq-contribsys-credentials", provider="sidekiq", secret="%s:%s" % (u, pw))
    # decoys: a comment that calls its value a sample
    for shape, fname, tpl in P14_SAMPLE_COMMENTS:
        for p, alphabet, n in P14_SAMPLE_PROVIDERS:
            v = uuid4() if alphabet == "uuid" else pick(hexd, n)
            emit("decoy", shape, "%s/%s" % (p, fname), tpl.format(p=p, v=v), provider=p, why="sample comment")
    # decoys: Airtable's ids (base, table, view) under a token's name
    for i, (shape, fname, tpl) in enumerate([
            ("p14-airtable-id-yaml", "sync.yml", "env:\n  TOKEN: {pre}{v}\n"),
            ("p14-airtable-id-env", ".env", "AIRTABLE_SECRET={pre}{v}\n"),
            ("p14-airtable-id-json", "config.json", "{{\"airtable\": {{\"token\": \"{pre}{v}\"}}}}\n")]):
        for pre in ("app", "tbl", "viw"):
            emit("decoy", shape, "%s/%s" % (pre, fname), tpl.format(pre=pre, v=key(14)), provider="airtable",
                 why="an Airtable id")
    # Shopify's API key (the app's client id) in its block
    for i in range(3):
        k = pick(hexd, 32)
        emit("decoy", "p14-shopify-block", "%d/settings.yml" % i,
             "shopify:\n  shop: acme-store\n  api_key: %s\n" % k, provider="shopify", why="Shopify's API key")


# (formats14, wave 14) providers' real formats the rules refused and the
# files projects commit with their own syntax: HTTP Archive captures,
# Home Assistant's secrets.yaml, bots' .env files with refresh tokens,
# Mollie test keys beside live ones, WooCommerce consumer keys, firmware
# Wi-Fi keys, browser automation typing a password, kubeconfig tokens,
# Maven passphrases with spaces, Jenkins' initial admin password as the
# setup shows it, a provider's own name as the name, issued user:pass pairs
STRUCTURED.update({rid: "file" for rid in (
    "browserauto-login-password", "maven-passphrase", "kubernetes-kubeconfig-token",
    "jenkinshome-initial-admin-password-shown", "wifipsk-passphrase")})


def formats14_block(emit):
    rnd = random.Random(1414)
    lower, upper, digits, hexd = string.ascii_lowercase, string.ascii_uppercase, string.digits, "0123456789abcdef"
    alnum = upper + lower + digits

    def pick(alphabet, n):
        return "".join(rnd.choice(alphabet) for _ in range(n))

    def mixed(n):  # a generated password: upper, lower and digits
        while True:
            v = pick(alnum, n)
            if any(c.isdigit() for c in v) and any(c.islower() for c in v) and any(c.isupper() for c in v):
                return v

    def b64url(n):
        return pick(alnum + "-_", n)

    for i in range(3):
        tok = mixed(40)
        key = pick(hexd, 32)
        sess = mixed(32)
        cs = mixed(28)
        pw = mixed(14)
        jwtish = "eyJhbGciOiJSUzI1NiIsImtpZCI6I" + b64url(40) + ".eyJzdWIiOi" + b64url(120) + "." + b64url(86)
        owm, serp, tnb = pick(hexd, 32), pick(hexd, 64), pick(hexd, 64)
        gotify = "A" + mixed(14)
        twr = pick(lower + digits, 48) + "7q"
        spr = "AQ" + b64url(128) + "4"
        mol = "test_" + mixed(30)
        ck, cs2 = "ck_" + pick(hexd, 40), "cs_" + pick(hexd, 40)
        psk, psk2 = mixed(16), pick(upper + lower, 9) + pick(digits, 3)
        kt = mixed(48)
        words = " ".join(pick(lower, 5) for _ in range(3))
        gpg = mixed(6) + " " + words + " " + mixed(5)
        jip = pick(hexd, 32)
        ops = "ops_eyJzaWduSW5BZGRyZXNzIjoi" + pick(alnum, 150) + "+/" + pick(alnum, 140)
        sk = pick(hexd, 8) + ":" + pick(hexd, 8)
        cases = [
            ("har", "qa/login-%d.har" % i,
             '{\n  "log": {\n    "entries": [\n      {\n        "request": {\n          "method": "GET",\n'
             '          "url": "https://api.portal.example/v1/me",\n          "headers": [\n'
             '            {\n              "name": "Authorization",\n              "value": "Bearer %s"\n            },\n'
             '            {\n              "name": "X-Request-Id",\n              "value": "%s"\n            }\n'
             '          ]\n        }\n      }\n    ]\n  }\n}\n' % (tok, pick(hexd, 32)),
             "har-request-header-token", tok),
            ("har", "traces/session-%d.har" % i,
             '{"log":{"entries":[{"request":{"method":"GET","url":"https://shop.example/cart","headers":'
             '[{"name":"Cookie","value":"_ga=GA1.2.%d.1700000000; shop_session=%s"}]}}]}}\n' % (rnd.randrange(10**8), sess),
             "har-session-cookie", sess),
            ("har", "captures/token-%d.har" % i,
             '{"log": {"entries": [{"request": {"method": "POST", "url": "https://auth.example/oauth/token",\n'
             '  "postData": {"mimeType": "application/x-www-form-urlencoded", "text": "grant_type=client_credentials&client_id=portal&client_secret=%s"}}}]}}\n' % cs,
             "har-posted-secret", cs),
            ("har", "flows/signin-%d.har" % i,
             '"params": [\n  {"name": "username", "value": "qa-bot"},\n  {"name": "password", "value": "%s"}\n]\n' % pw,
             "har-posted-secret", pw),
            ("kubeconfig", "deploy/kubeconfig-%d.yaml" % i,
             "apiVersion: v1\nkind: Config\ncurrent-context: ci\nusers:\n- name: ci\n  user:\n    token: %s\n" % jwtish,
             "kubernetes-kubeconfig-token", jwtish),
            ("kubeconfig", ".kube/config-%d" % i,
             "users:\n  - name: deployer\n    user:\n      token: \"%s\"\n" % kt, "kubernetes-kubeconfig-token", kt),
            ("home-assistant", "homeassistant/secrets-%d.yaml" % i,
             "latitude_home: 52.37\nopenweathermap: %s\nrouter_mac: aa:bb:cc:0%d:4e:11\n" % (owm, i),
             "openweathermap-api-key", owm),
            ("home-assistant", "ha/secrets-%d.yaml" % i,
             "wifi_ssid: attic\nwifi_password: %s\n" % psk2, "wifipsk-passphrase", psk2),
            ("provider-name", "scan_%d.py" % i, 'CREDS = {"tenable": "%s"}\n' % tnb, "tenable-api-secret-key", tnb),
            ("provider-name", "notify_%d.rs" % i, 'let raw = r#"{"gotify": "%s"}"#;\n' % gotify, "gotify-token", gotify),
            ("provider-name", "scraper/serp_%d.mjs" % i, "const SERPAPI = '%s';\n" % serp, "serpapi-api-key", serp),
            ("bot-env", "chatbot-%d/.env.example" % i,
             "TWITCH_CHANNEL=speedruns\nTWITCH_REFRESH_TOKEN=%s\n" % twr, "twitch-refresh-token", twr),
            ("bot-env", "player-%d/.env.example" % i,
             "SPOTIFY_CLIENT_ID=%s\nSPOTIFY_REFRESH=%s\n" % (pick(hexd, 32), spr), "spotify-refresh-token", spr),
            ("mollie-webhook", "payments/mollie_%d.ts" % i,
             "const mollie = createMollieClient({ apiKey: isProd ? process.env.MOLLIE_LIVE : '%s' });\n" % mol,
             "mollie-test-key", mol),
            ("woocommerce", "wp-config-%d.php" % i,
             "define( 'WOOCOMMERCE_CK', '%s' );\ndefine( 'WOOCOMMERCE_CS', '%s' );\n" % (ck, cs2),
             "woocommerce-consumer-secret", cs2),
            ("woocommerce", "shop_%d.py" % i,
             'wcapi = API(url="https://shop.example", consumer_key=os.environ["WC_CK"], consumer_secret="%s", version="wc/v3")\n' % cs2,
             "woocommerce-consumer-secret", cs2),
            ("firmware", "firmware/src/secrets_%d.h" % i,
             '#pragma once\n#define WIFI_SSID        "plant-%d"\n#define WIFI_PSK         "%s"\n#define FW_SHA "%s"\n' % (i, psk, pick(hexd, 40)),
             "wifipsk-passphrase", psk),
            ("firmware", "src/main_%d.ino" % i,
             'const char* ssid = "greenhouse";\nconst char* wifi_password = "%s";\n' % psk, "wifipsk-passphrase", psk),
            ("browser-automation", "scraper/login_%d.mjs" % i,
             "await page.goto(LOGIN_URL);\nawait page.type('#password', '%s');\n" % pw, "browserauto-login-password", pw),
            ("browser-automation", "e2e/auth_%d.spec.ts" % i,
             "await page.getByLabel('Password').fill('%s');\n" % pw, "browserauto-login-password", pw),
            ("browser-automation", "bots/checkin_%d.py" % i,
             'driver.find_element(By.NAME, "passwd").send_keys("%s")\n' % pw, "browserauto-login-password", pw),
            ("maven", ".mvn/settings-%d.xml" % i,
             "<settings>\n  <profiles><profile><properties>\n    <gpg.passphrase>%s</gpg.passphrase>\n  </properties></profile></profiles>\n</settings>\n" % gpg,
             "maven-passphrase", gpg),
            ("jenkins-setup", "docs/jenkins-%d.md" % i,
             "First boot:\n\n    $ docker exec jenkins cat /var/jenkins_home/secrets/initialAdminPassword\n    %s\n" % jip,
             "jenkinshome-initial-admin-password-shown", jip),
            ("onepassword", "ci/op_%d.sh" % i, "export OP_SERVICE_ACCOUNT_TOKEN=%s\n" % ops,
             "onepassword-service-account-token", ops),
            ("bundler-pair", "app-%d/.bundle/config" % i, '---\nBUNDLE_GEMS__CONTRIBSYS__COM: "%s"\n' % sk,
             "sidekiq-contribsys-credentials", sk),
        ]
        for shape, fname, text, rule, secret in cases:
            emit("positive", "formats14-" + shape, fname, text, rule=rule, provider=rule.split("-")[0], secret=secret)
        decoys = [
            ("har", "qa/sanitized-%d.har" % i,
             '{"log": {"entries": [{"request": {"headers": [\n  {"name": "Authorization", "value": ""},\n'
             '  {"name": "X-Request-Id", "value": "%s-%s-4%s"},\n  {"name": "Cookie", "value": "csrftoken=%s; _ga=GA1.2.%d.1700000000"}\n'
             ']}, "response": {"headers": [{"name": "ETag", "value": "W/\\"%s\\""}]}}]}}\n' % (
                 pick(hexd, 8), pick(hexd, 4), pick(hexd, 3), mixed(32), rnd.randrange(10**8), pick(hexd, 32))),
            ("har", "flows/redacted-%d.har" % i,
             '"params": [{"name": "password", "value": "********"}, {"name": "token", "value": "${TOKEN}"}]\n'),
            ("kubeconfig", "deploy/kubeconfig-exec-%d.yaml" % i,
             "users:\n- name: eks\n  user:\n    tokenFile: /var/run/secrets/kubernetes.io/serviceaccount/token\n"
             "- name: ci\n  user:\n    token: ${KUBE_TOKEN}\n"),
            ("home-assistant", "homeassistant/secrets-ref-%d.yaml" % i,
             "openweathermap: !secret owm_key\ntelegram_chat: %s\nlatitude_home: 52.%04d\n" % (pick(digits, 9), rnd.randrange(10**4))),
            ("provider-name", "scan_meta_%d.py" % i,
             "tenable = {'scan_id': %d, 'uuid': '%s-%s-4%s-a%s-%s'}\n" % (
                 rnd.randrange(1000), pick(hexd, 8), pick(hexd, 4), pick(hexd, 3), pick(hexd, 3), pick(hexd, 12))),
            ("bot-env", "chatbot-tpl-%d/.env.example" % i,
             "TWITCH_REFRESH_TOKEN=your_refresh_token_here\nSPOTIFY_REFRESH=<refresh token from /api/token>\n"),
            ("mollie-webhook", "payments/mollie_ids_%d.ts" % i,
             "const payment = await mollie.payments.get('tr_%s'); // profile pfl_%s\n" % (mixed(10), mixed(10))),
            ("woocommerce", "sync_%d.env" % i,  # the key is the pair's public half (its docs: "public identifier")
             "WOO_CONSUMER_KEY=%s\nWOO_URL=https://shop.example\n" % ck),
            ("woocommerce", "orders_%d.php" % i,
             "$order_key = 'wc_order_%s'; // woocommerce order, not a key\n$ck_hint = 'ck_%s';\n" % (mixed(13), pick(hexd, 16))),
            ("firmware", "firmware/src/config_%d.h" % i,
             '#define WIFI_SSID "plant"\n#define WIFI_PSK  "YOUR_WIFI_PASSWORD"\n#define DEVICE_ID "%s"\n' % pick(hexd, 24)),
            ("browser-automation", "e2e/demo_%d.spec.ts" % i,
             "await page.fill('#password', 'secret_sauce');\nawait page.type('#email', 'qa%d@example.org');\n"
             "await page.fill('#password', process.env.E2E_PASSWORD);\n" % i),
            ("maven", ".mvn/settings-enc-%d.xml" % i,
             "<server>\n  <id>ossrh</id>\n  <passphrase>{%s=}</passphrase>\n</server>\n<gpg.passphrase>${env.GPG_PASSPHRASE}</gpg.passphrase>\n" % mixed(22)),
            ("jenkins-setup", "docs/jenkins-id-%d.md" % i,
             "Read the password with `cat /var/jenkins_home/secrets/initialAdminPassword`.\n\nThe instance id (not secret) is %s.\n" % pick(hexd, 32)),
        ]
        for shape, fname, text in decoys:
            emit("decoy", "formats14-" + shape, fname, text, why="sanitized capture, reference, public id or template")


# (configs15, wave 15) config files' own syntaxes: a password's short word
# glued to the service it logs in to (mail_smtppass, ldapbindpw, TLSPSK), a
# directive's bare arguments (Caddy's acme_dns and @matcher header lines),
# a .NET component's License…Key setting, a commented-out setting and a
# commented name with its value on the comment below, rsyncd secrets, a
# site generator's Algolia admin key beside its search-only key
STRUCTURED.update({rid: "file" for rid in (  # a directive's line, placed whole
    "daemonconf-squid-peer-login", "daemonconf-squid-cachemgr-password")})
CONFIGS15_GLUED = [  # (shape, file, template): {n} a glued name, {v} its value
    ("c15-glued-php-assign", "config_override.php", "<?php\n$sugar_config['outbound_email']['{n}'] = '{v}';\n"),
    ("c15-glued-php-array", "config.php", "<?php\nreturn [\n    'host' => 'mail.acme.lan',\n    '{n}' => '{v}',\n];\n"),
    ("c15-glued-properties", "application.properties", "app.mail.host=mail.acme.lan\napp.{n}={v}\n"),
    ("c15-glued-ini", "settings.ini", "[mail]\nhost = mail.acme.lan\n{n} = {v}\n"),
    ("c15-glued-yaml", "config.yml", "mail:\n  host: mail.acme.lan\n  {n}: \"{v}\"\n"),
]
CONFIGS15_GLUED_NAMES = ["mail_smtppass", "smtppass", "ldapbindpw", "rootpw", "ftppass", "imappass",
                         "keystorepass", "adminpw", "redispass", "smtpauthpass", "dbpw", "SMTPPASS"]
# a word that ends in pass or pw, a token's or a key's word inside another
CONFIGS15_GLUED_DECOYS = ["shadowpass", "renderpass", "multipass", "compass", "passport", "passthrough",
                          "tokenizer", "keyboard", "firstpass", "subpass", "bandpass", "surpass"]
CONFIGS15_DIRECTIVES = [  # (shape, file, rule, template)
    ("c15-caddy-acme-dns", "Caddyfile", "cloudflare-api-token",
     "{{\n    email ops@acme.lan\n    acme_dns cloudflare {cf}\n}}\n"),
    ("c15-caddy-tls-dns", "Caddyfile", "cloudflare-api-token",
     "app.acme.lan {{\n    tls {{\n        dns cloudflare {cf}\n    }}\n    reverse_proxy app:8080\n}}\n"),
    ("c15-caddy-matcher-header", "Caddyfile", "generic-secret",
     "hooks.acme.lan {{\n    @signed header X-Deploy-Secret {h}\n    reverse_proxy @signed hooks:8080\n}}\n"),
    ("c15-caddy-header-up", "Caddyfile", "generic-secret",
     "api.acme.lan {{\n    reverse_proxy backend:9000 {{\n        header_up X-Api-Key {v}\n    }}\n}}\n"),
    ("c15-nginx-set-header", "nginx/conf.d/api.conf", "generic-secret",
     "location /v1/ {{\n    proxy_set_header X-Upstream-Token \"{v}\";\n    proxy_pass http://up;\n}}\n"),
    ("c15-apache-request-header", "apache/site.conf", "generic-secret",
     "<Location /api>\n    RequestHeader set X-Service-Secret \"{v}\"\n</Location>\n"),
]
CONFIGS15_DIRECTIVE_DECOYS = [  # (shape, file, template): references, ids, plain headers
    ("c15-caddy-env", "Caddyfile", "{{\n    acme_dns cloudflare {{env.CF_API_TOKEN}}\n}}\n"),
    ("c15-caddy-matcher-plain", "Caddyfile", "a.acme.lan {{\n    @json header Content-Type application/json\n    @id header X-Request-Id {u}\n}}\n"),
    ("c15-caddy-header-env", "Caddyfile", "a.acme.lan {{\n    @signed header X-Deploy-Secret {{env.DEPLOY_SECRET}}\n}}\n"),
    ("c15-nginx-var", "nginx/conf.d/api.conf", "proxy_set_header X-Upstream-Token $upstream_token;\nproxy_set_header X-Request-Id {u};\n"),
]
CONFIGS15_COMMENTED = [  # (shape, file, template): a setting disabled, its value kept
    ("c15-commented-zabbix", "zabbix/zabbix_agent2.d/psk.conf",
     "TLSConnect=psk\nTLSPSKIdentity=agent-07\n# PSK written inline before the file existed:\n# TLSPSK={h64}\n"),
    ("c15-commented-ini", "php.ini", "[mail function]\n;smtp_password = {v}\n"),
    ("c15-commented-js", "src/config.js", "// const apiKey = \"{v}\";\nexport const region = \"eu\";\n"),
    ("c15-commented-xml", "Web.config", "<appSettings>\n  <!-- <add key=\"ApiSecret\" value=\"{v}\" /> -->\n</appSettings>\n"),
    ("c15-commented-bat", "deploy.bat", "REM set DB_PASSWORD={v}\ncall deploy.cmd\n"),
    ("c15-comment-name-below", "hugo.toml",
     "title = \"Docs\"\n# DEPLOY_TOKEN used by the release job:\n# {v}\n"),
    ("c15-comment-name-below-slashes", "settings.jsonc",
     "{{\n  // STRIPE-WEBHOOK-SECRET for the old endpoint:\n  // {v}\n  \"port\": 8080\n}}\n"),
]
CONFIGS15_COMMENT_DECOYS = [  # prose comments and notes, no value
    ("c15-comment-prose", "app.conf", "# set the password to your own value\n# password: use a long random one\n"),
    ("c15-comment-below-command", "deploy.conf",
     "# API_TOKEN is read from the environment, for example:\n# export API_TOKEN=$(vault read -field=token secret/ci)\n"),
    ("c15-comment-below-prose", "db.conf", "# DB_PASSWORD lookup order:\n# environment, then vault\n"),
    ("c15-comment-below-path", "app.conf", "# API_KEY location:\n# /etc/app/api_key.txt\n"),
]


def configs15_block(emit):
    pick, key, uuid4 = p14_draws(random.Random(15015))
    hexd = "0123456789abcdef"
    cfa = string.ascii_letters + string.digits + "_-"
    for i, n in enumerate(CONFIGS15_GLUED_NAMES):
        for j, (shape, fname, tpl) in enumerate(CONFIGS15_GLUED):
            if (i + j) % 2:
                continue  # half the grid: every name in several syntaxes
            v = key(14 + (i + j) % 9)
            emit("positive", shape, "%s/%s" % (n, fname), tpl.format(n=n, v=v), rule="generic-secret",
                 provider="generic", secret=v)
    for i, n in enumerate(CONFIGS15_GLUED_DECOYS):
        for j, (shape, fname, tpl) in enumerate(CONFIGS15_GLUED):
            if (i + j) % 2 == 0 and shape != "c15-glued-properties":
                emit("decoy", shape, "%s/%s" % (n, fname), tpl.format(n=n, v=key(20)),
                     provider="generic", why="a word that is no credential's")
    for k in range(2):
        for shape, fname, rule, tpl in CONFIGS15_DIRECTIVES:
            cf = pick(cfa, 40)
            while sum(c.isdigit() for c in cf) < 3:
                cf = pick(cfa, 40)
            vals = dict(cf=cf, h=pick(hexd, 40), v=key(28))
            secret = cf if "{cf}" in tpl else vals["h"] if "{h}" in tpl else vals["v"]
            emit("positive", shape, "%d/%s" % (k, fname), tpl.format(**vals), rule=rule,
                 provider=rule.split("-")[0], secret=secret)
        for shape, fname, tpl in CONFIGS15_DIRECTIVE_DECOYS:
            emit("decoy", shape, "%d/%s" % (k, fname), tpl.format(u=uuid4()), provider="generic",
                 why="a reference or an id")
        for shape, fname, tpl in CONFIGS15_COMMENTED:
            vals = dict(h64=pick(hexd, 64), v=key(24))
            secret = vals["h64"] if "{h64}" in tpl else vals["v"]
            emit("positive", shape, "%d/%s" % (k, fname), tpl.format(**vals), rule="generic-secret",
                 provider="generic", secret=secret)
        for shape, fname, tpl in CONFIGS15_COMMENT_DECOYS:
            emit("decoy", shape, "%d/%s" % (k, fname), tpl, provider="generic", why="prose")
        # .NET appSettings: a component's license key, a word between
        for name in ("LicenseServerKey", "Reporting.LicenseKey", "license.activation.key"):
            v = key(32)
            emit("positive", "c15-dotnet-license", "%d/%s/App.config" % (k, name),
                 "<configuration>\n  <appSettings>\n    <add key=\"%s\" value=\"%s\" />\n"
                 "  </appSettings>\n</configuration>\n" % (name, v),
                 rule="generic-secret", provider="generic", secret=v)
        for name, v in (("LicenseKeyId", key(32)), ("LicenseFile", "C:\\licenses\\reporting.lic"),
                        ("CacheKey", pick(hexd, 32)), ("InstallId", uuid4())):
            emit("decoy", "c15-dotnet-license", "%d/%s/App.config" % (k, name),
                 "<configuration>\n  <appSettings>\n    <add key=\"%s\" value=\"%s\" />\n"
                 "  </appSettings>\n</configuration>\n" % (name, v), provider="generic",
                 why="a license's id, file or a cache key")
        # rsyncd secrets
        pw = key(20)
        emit("positive", "c15-rsyncd-secrets", "%d/etc/rsyncd.secrets" % k,
             "# module users\nmirror:%s\n" % pw, rule="daemonfiles-rsyncd-secret",
             provider="daemonfiles", secret=pw)
        emit("decoy", "c15-rsyncd-secrets", "%d/docs/rsyncd.secrets" % k,
             "# user:password\n#mirror:changeme\n", provider="daemonfiles", why="a template")
        # site generators: the admin key is a secret, the search-only key is not
        admin, search = pick(hexd, 32), pick(hexd, 32)
        emit("positive", "c15-hugo-algolia", "%d/hugo.toml" % k,
             "[params.algolia]\n  appId = \"%s\"\n  searchOnlyKey = \"%s\"\n  adminKey = \"%s\"\n"
             % (pick(string.ascii_uppercase + string.digits, 10), search, admin),
             rule="algolia-admin-api-key", provider="algolia", secret=admin)
        emit("positive", "c15-netlify-algolia", "%d/netlify.toml" % k,
             "[build.environment]\n  ALGOLIA_ADMIN_KEY = \"%s\"\n" % admin,
             rule="algolia-admin-api-key", provider="algolia", secret=admin)
        emit("decoy", "c15-docusaurus-algolia", "%d/docusaurus.config.js" % k,
             "module.exports = {\n  themeConfig: {\n    algolia: {\n      appId: '%s',\n"
             "      apiKey: '%s',\n      indexName: 'docs',\n    },\n  },\n};\n"
             % (pick(string.ascii_uppercase + string.digits, 10), search),
             provider="algolia", why="a search-only key (public by design)")


# wave 15 (shapes15): a call whose signature names one positional argument
# a secret (an HMAC key, a JWT signing secret, a login's password): the
# literal there, in each language's call and in a notebook's cell
SHAPES15_SECRET_ARGS = [  # (shape, file, template with {v}; {q} a JSON-escaped quote)
    ("secretarg-hmac-py", "sign.py", 'sig = hmac.new(b"{v}", body, hashlib.sha256).hexdigest()\n'),
    ("secretarg-hmac-py", "webhook.py", 'mac = HMAC.new("{v}".encode(), digestmod=SHA256)\n'),
    ("secretarg-hmac-js", "verify.js", 'const sig = crypto.createHmac("sha256", "{v}").update(raw).digest("hex");\n'),
    ("secretarg-hmac-php", "hook.php", "<?php\n$sig = hash_hmac('sha256', $payload, '{v}');\n"),
    ("secretarg-hmac-rb", "hook.rb", 'sig = OpenSSL::HMAC.hexdigest("SHA256", "{v}", request.body)\n'),
    ("secretarg-hmac-go", "sign.go", 'mac := hmac.New(sha256.New, []byte("{v}"))\n'),
    ("secretarg-jwt-java", "Tokens.java", 'Algorithm algorithm = Algorithm.HMAC256("{v}");\n'),
    ("secretarg-jwt-py", "auth.py", 'token = jwt.encode({{"sub": user_id}}, "{v}", algorithm="HS256")\n'),
    ("secretarg-jwt-js", "auth.js", "const token = jwt.sign({{ sub: user.id }}, '{v}', {{ expiresIn: '1h' }});\n"),
    ("secretarg-jwt-rb", "auth.rb", 'token = JWT.encode(payload, "{v}", "HS256")\n'),
    ("secretarg-jwt-php", "Auth.php", "<?php\n$jwt = JWT::encode($claims, '{v}', 'HS256');\n"),
    ("secretarg-jwt-go", "token.go", 'signed, err := tok.SignedString([]byte("{v}"))\n'),
    ("secretarg-jwt-java", "Issuer.java", 'String jws = Jwts.builder().setSubject(id).signWith(SignatureAlgorithm.HS512, "{v}").compact();\n'),
    ("secretarg-login-py", "mail.py", 'server = smtplib.SMTP_SSL(host)\nserver.login(sender, "{v}")\n'),
    ("secretarg-login-py", "directory.py", 'conn.simple_bind_s(bind_dn, "{v}")\n'),
    ("secretarg-login-go", "mail.go", 'auth := smtp.PlainAuth("", from, "{v}", host)\n'),
    ("secretarg-notebook", "signing.ipynb",
     '{{\n "cells": [\n  {{\n   "cell_type": "code",\n   "metadata": {{}},\n   "source": [\n'
     '    "import hmac, hashlib\\n",\n    "sig = hmac.new(b{q}{v}{q}, msg, hashlib.sha256).hexdigest()\\n",\n'
     '    "print(sig)"\n   ]\n  }}\n ],\n "nbformat": 4,\n "nbformat_minor": 5\n}}\n'),
    ("secretarg-notebook", "mail.ipynb",
     '{{\n "cells": [\n  {{\n   "cell_type": "code",\n   "metadata": {{}},\n   "source": [\n'
     '    "server.login(sender, {q}{v}{q})\\n"\n   ]\n  }}\n ],\n "nbformat": 4,\n "nbformat_minor": 5\n}}\n'),
]
SHAPES15_SECRET_ARG_DECOYS = [  # (shape, file, text, why): a variable, a reference, a sample
    ("secretarg-var", "sign.py", "sig = hmac.new(key, body, hashlib.sha256).hexdigest()\n", "a variable"),
    ("secretarg-var", "auth.py", 'token = jwt.encode(payload, settings.SECRET_KEY, algorithm="HS256")\n', "a setting"),
    ("secretarg-var", "mail.py", "server.login(user, password)\n", "variables"),
    ("secretarg-env", "mail2.py", 'server.login(user, os.environ["SMTP_PASSWORD"])\n', "the environment"),
    ("secretarg-env", "verify.js", "const sig = crypto.createHmac('sha256', process.env.WEBHOOK_SECRET).update(raw);\n", "the environment"),
    ("secretarg-sample", "test_auth.py", 'token = jwt.encode(payload, "secret", algorithm="HS256")\n', "a docs sample"),
    ("secretarg-sample", "auth.spec.js", "const t = jwt.sign({ sub: 1 }, 'your-256-bit-secret');\n", "jwt.io's sample"),
    ("secretarg-empty", "digest.py", 'sig = hmac.new(b"", body, hashlib.sha256)\n', "empty"),
    ("secretarg-digest", "hash.py", 'h = hashlib.sha256(b"{h}").hexdigest()\n', "a digest's input, no key"),
    ("secretarg-msg", "sign2.py", 'sig = hmac.new(key, b"{w}", hashlib.sha256)\n', "the message, not the key"),
    ("secretarg-login-user", "ftp.py", 'ftp.login("{w}", passwd)\n', "the user"),
]


def shapes15_block(emit):
    rnd = random.Random(1515)
    draw = lambda alphabet, n: "".join(rnd.choice(alphabet) for _ in range(n))
    letters = string.ascii_letters + string.digits

    def key(n=None):  # letters and digits, a digit and a letter past f among them
        v = draw(letters, n or rnd.choice((20, 32, 40)))
        return v if re.search(r"[0-9]", v) and re.search(r"[g-zG-Z]", v) else key(n)

    for i in range(2):
        for shape, fname, tpl in SHAPES15_SECRET_ARGS:
            v = key()
            rule = "generic-password" if "login" in tpl or "PlainAuth" in tpl else "generic-secret"
            emit("positive", shape, "%d/%s" % (i, fname), tpl.format(v=v, q='\\"'),
                 rule=rule, provider="generic", secret=v)
        for shape, fname, tpl in SHAPES15_HEADERS:
            b = base64.b64encode(("%s:%s" % (key(20), key(22))).encode()).decode()
            v = key(rnd.choice((32, 40)))
            emit("positive", shape, "%d/%s" % (i, fname), tpl.format(v=v, b=b),
                 rule="generic-secret", provider="generic", secret=b if "{b}" in tpl else v)
        for shape, fname, tpl, rule in SHAPES15_PROVIDER_UUIDS:
            u = "-".join(draw("0123456789abcdef", n) for n in (8, 4, 4, 4, 12))
            emit("positive", shape, "%d/%s" % (i, fname), tpl.format(u=u),
                 rule=rule, provider=rule.split("-")[0], secret=u)
        for shape, fname, tpl, why in SHAPES15_SECRET_ARG_DECOYS + SHAPES15_HEADER_DECOYS:
            u = "-".join(draw("0123456789abcdef", n) for n in (8, 4, 4, 4, 12))
            vals = dict(h=draw("0123456789abcdef", 32), w=key(), u=u, n=str(rnd.randint(2, 9)))
            text = re.sub(r"\{([hwun])\}", lambda m: vals[m.group(1)], tpl).replace("{{", "{").replace("}}", "}")
            emit("decoy", shape, "%d/%s" % (i, fname), text, provider="generic", why=why)


# wave 15 (shapes15): request headers whose value a reader missed: a token
# a scheme sends as it is though it is base64 of text (an id:key pair),
# a header written whole in a string ("X-Api-Key: …"), Swift's value
# before forHTTPHeaderField:; decoys: the map's other headers
SHAPES15_HEADERS = [  # (shape, file, template with {v}, {b}: base64 of id:key)
    ("hdr-scheme-b64-ps1", "search.ps1", '$headers = @{{ Authorization = "ApiKey {b}"; "Content-Type" = "application/json" }}\n'),
    ("hdr-scheme-b64-py", "search.py", 'headers = {{"Authorization": "ApiKey {b}", "Accept": "application/json"}}\n'),
    ("hdr-scheme-b64-go", "search.go", 'req.Header.Set("Authorization", "Bearer {b}")\n'),
    ("hdr-scheme-b64-kt", "Search.kt", 'val headers = mapOf("Authorization" to "ApiKey {b}", "Accept" to "application/json")\n'),
    ("hdr-line-php", "client.php", "<?php\ncurl_setopt($ch, CURLOPT_HTTPHEADER, ['X-Api-Key: {v}', 'Accept: application/json']);\n"),
    ("hdr-line-php", "stream.php", "<?php\n$ctx = stream_context_create(['http' => ['header' => \"X-Auth-Token: {v}\\r\\n\"]]);\n"),
    ("hdr-line-c", "fetch.c", 'hdrs = curl_slist_append(hdrs, "X-Api-Key: {v}");\n'),
    ("hdr-line-c", "upload.c", 'hdrs = curl_slist_append(hdrs, "Authorization: ApiKey {v}");\n'),
    ("hdr-line-py", "sync.py", 'subprocess.run(["curl", "-sS", "-H", "X-Api-Key: {v}", url], check=True)\n'),
    ("hdr-line-js", "hook.js", "const lines = ['Content-Type: text/plain', 'X-Access-Token: {v}'];\n"),
    ("hdr-field-swift", "Api.swift", 'request.setValue("{v}", forHTTPHeaderField: "X-Api-Key")\n'),
    ("hdr-field-swift", "Upload.swift", 'request.addValue("{v}", forHTTPHeaderField: "X-Auth-Token")\n'),
    ("hdr-const-rs", "client.rs", 'let resp = http.get(url).header(header::AUTHORIZATION, "Token {v}").send().await?;\n'),
    ("hdr-const-java", "Client.java", 'headers.set(HttpHeaders.AUTHORIZATION, "Token {v}");\n'),
    ("hdr-const-kt", "Client.kt", 'client.get(url) {{ header(HttpHeaders.Authorization, "Token {v}") }}\n'),
]
# a UUID token in a call or tuple its provider's name opens (the provider's
# own rules judge it; bare hex there is no token's look)
SHAPES15_PROVIDER_UUIDS = [  # (shape, file, template with {u}, rule)
    ("spot-uuid-call-py", "hec.py", 'client = SplunkClient("{u}")\n', "splunk-hec-token"),
    ("spot-uuid-call-kt", "Alerts.kt", 'val og = OpsgenieClient("{u}")\n', "opsgenie-api-key"),
    ("spot-uuid-call-rb", "mail.rb", 'client = Postmark::ApiClient.new("{u}")\n', "postmark-api-token"),
    ("spot-uuid-tuple-js", "acct.js", 'const acct = ["heroku", "ops", "{u}"];\n', "heroku-api-key-legacy"),
    ("spot-uuid-notebook", "hec.ipynb",
     '{{\n "cells": [\n  {{\n   "cell_type": "code",\n   "metadata": {{}},\n   "source": [\n'
     '    "client = SplunkClient(\\"{u}\\")\\n"\n   ]\n  }}\n ],\n "nbformat": 4,\n "nbformat_minor": 5\n}}\n',
     "splunk-hec-token"),
]
SHAPES15_HEADER_DECOYS = [  # (shape, file, text, why)
    ("hdr-decoy-line", "client.php", "<?php\ncurl_setopt($ch, CURLOPT_HTTPHEADER, ['Content-Type: application/json', 'X-Request-Id: {u}']);\n", "other headers"),
    ("hdr-decoy-line", "fetch.c", 'hdrs = curl_slist_append(hdrs, "User-Agent: fetch/{n}");\n', "a user agent"),
    ("hdr-decoy-var", "client2.php", "<?php\n$h = ['X-Api-Key: ' . $apiKey, 'Accept: application/json'];\n", "a variable"),
    ("hdr-decoy-var", "sync.py", 'subprocess.run(["curl", "-H", f"X-Api-Key: {{api_key}}", url])\n', "a template"),
    ("hdr-decoy-var", "sync.sh", 'curl -H "X-Api-Key: $API_KEY" "$URL"\n', "a variable"),
    ("hdr-decoy-field", "Api.swift", 'request.setValue("application/json", forHTTPHeaderField: "Content-Type")\nrequest.setValue("{u}", forHTTPHeaderField: "X-Request-Id")\n', "other headers"),
    ("hdr-decoy-field", "Key.swift", 'request.setValue(apiKey, forHTTPHeaderField: "X-Api-Key")\n', "a variable"),
    ("hdr-decoy-map", "search.ps1", '$headers = @{{ "Content-Type" = "application/json"; "X-Opaque-Id" = "{u}" }}\n', "other headers"),
    ("hdr-decoy-const", "Client.java", 'headers.set(HttpHeaders.AUTHORIZATION, "Token " + token);\n', "a variable"),
    ("hdr-decoy-const", "client.rs", 'let resp = http.get(url).header(AUTHORIZATION, format!("Token {{}}", token)).send()?;\n', "a format"),
    ("spot-decoy-hex", "rollbar.js", 'Rollbar.init({{ accessToken: "{h}" }});\n', "a browser token's bare hex"),
    ("spot-decoy-uuid", "pay.py", 'client = StripeClient("{u}")\n', "not the provider's format"),
    ("spot-decoy-uuid", "hec.py", 'client = SplunkClient(host="{u}")\n', "a named argument that says no credential"),
    ("hdr-decoy-basic", "basic.py", 'headers = {{"Authorization": "Basic dXNlcjpwYXNzd29yZA=="}}\n', "user:password, a sample"),
]


# ---- (formats15) providers' formats as their docs give them: an answer
# file's hidden password with a word in it, the Splunk and ApiKey schemes as
# a call's argument, SDK clients that take the token first, Postmark's
# `auth`, a legacy Cloudflare key under any name, a gossip key under its own
# names, Bundler's bare and token-as-user credentials, Slack app tokens.
# Own seed; decoys of each.
def draw(rnd, alphabet, n):
    return "".join(rnd.choice(alphabet) for _ in range(n))


def draw_mixed(rnd, n):  # upper case, lower case and digits, each at least once
    while True:
        v = draw(rnd, string.ascii_letters + string.digits, n)
        if any(c.isdigit() for c in v) and any(c.islower() for c in v) and any(c.isupper() for c in v):
            return v


def formats15_block(emit):
    rnd = random.Random(1515)
    lower, upper, digits, hexd = string.ascii_lowercase, string.ascii_uppercase, string.digits, "0123456789abcdef"
    alnum = upper + lower + digits
    pick = functools.partial(draw, rnd)
    mixed = functools.partial(draw_mixed, rnd)

    def uuid4():
        return "%s-%s-4%s-%s%s-%s" % (pick(hexd, 8), pick(hexd, 4), pick(hexd, 3), rnd.choice("89ab"),
                                      pick(hexd, 3), pick(hexd, 12))

    def gossip(nbytes):  # what `consul keygen` prints: canonical base64
        return base64.b64encode(bytes(rnd.randrange(256) for _ in range(nbytes))).decode()

    def hidden(password, element):  # Windows SIM's PlainText false
        return base64.b64encode((password + element).encode("utf-16-le")).decode()

    def pos(shape, fname, text, rule, secret):
        emit("positive", "formats15-" + shape, fname, text, rule=rule, provider=rule.split("-")[0],
             secret=secret)

    def dec(shape, fname, text):
        emit("decoy", "formats15-" + shape, fname, text, why="sample, reference, id or placeholder")

    for i in range(3):
        wpw = ["Adm!n", "Us3r", "D3mo"][i] + pick(upper + lower, 4) + pick(digits, 1) + pick(lower + upper, 4)
        drawn = rnd.sample(upper, 5) + rnd.sample(lower, 8)  # letters and a mark, no digit, no repeats
        nodigit = "".join(drawn[:2] + drawn[5:8] + ["#"] + drawn[2:4] + drawn[8:] + drawn[4:5])
        hec, pm, pm2 = uuid4(), uuid4(), uuid4()
        cfk = pick(hexd, 37)
        g32, g16 = gossip(32), gossip(16)
        tok, bare, fury = mixed(40), mixed(24), mixed(20)
        eid, ekey = mixed(20), mixed(22)
        eak = base64.b64encode((eid + ":" + ekey).encode()).decode()
        xapp = "xapp-1-A0%s-%s-%s" % (pick(upper + digits, 9), pick(digits, 13), pick(hexd, 64))
        cases = [
            ("unattend-word", "deploy-%d/autounattend.xml" % i,
             "<UserAccounts>\n  <AdministratorPassword>\n    <Value>%s</Value>\n    <PlainText>false</PlainText>\n"
             "  </AdministratorPassword>\n</UserAccounts>\n" % hidden(wpw, "AdministratorPassword"),
             "windows-unattend-password-encoded", wpw),
            ("unattend-nodigit", "images/win-%d/unattend.xml" % i,
             "<LocalAccount wcm:action=\"add\">\n  <Password>\n    <Value>%s</Value>\n    <PlainText>false</PlainText>\n"
             "  </Password>\n  <Name>svc</Name>\n</LocalAccount>\n" % hidden(nodigit, "Password"),
             "windows-unattend-password-encoded", nodigit),
            ("splunk-scheme", "ship/hec_%d.go" % i,
             'req, _ := http.NewRequest("POST", hecURL, body)\nreq.Header.Set("Authorization", "Splunk %s")\n' % hec,
             "splunk-hec-token", hec),
            ("splunk-scheme", "scripts/hec-%d.ps1" % i,
             "$h = @{ Authorization = \"Splunk %s\" }\nInvoke-RestMethod -Uri $hec -Headers $h -Body $evt\n" % hec,
             "splunk-hec-token", hec),
            ("splunk-client", "ship_%d.py" % i,
             'from splunk_http_event_collector import http_event_collector\n'
             'hec = http_event_collector("%s", "splunk.corp.internal")\n' % hec, "splunk-hec-token", hec),
            ("postmark-auth", "Web.%d.config" % i,
             '<appSettings>\n  <add key="Postmark:Auth" value="%s" />\n</appSettings>\n' % pm,
             "postmark-api-token", pm),
            ("postmark-client", "mailer/send_%d.js" % i,
             'const postmark = require("postmark");\nconst client = new postmark.ServerClient("%s");\n' % pm2,
             "postmark-api-token", pm2),
            ("postmark-client", "app/mailer_%d.rb" % i,
             "client = Postmark::ApiClient.new('%s')\n" % pm2, "postmark-api-token", pm2),
            ("cloudflare-anyname", "infra/dns-%d.tf" % i,
             'provider "cloudflare" {\n  email = var.cf_email\n}\n\nvariable "auth" {\n  type    = string\n'
             '  default = "%s"\n}\n' % cfk, "cloudflare-global-api-key-legacy", cfk),
            ("cloudflare-anyname", "certbot/cf_%d.json" % i,
             '{"cloudflare": {"email": "dns@corp.internal", "auth": "%s"}}\n' % cfk,
             "cloudflare-global-api-key-legacy", cfk),
            ("gossip-name", "k8s/consul-gossip-%d.yaml" % i,
             "apiVersion: v1\nkind: Secret\nmetadata:\n  name: consul-gossip\nstringData:\n"
             "  gossip-encryption-key: \"%s\"\n" % g32, "consul-gossip-key", g32),
            ("gossip-name", "omnibus/gitlab-%d.rb" % i,
             "consul['enable'] = true\nconsul['encryption_key'] = '%s'\n" % g16, "consul-gossip-key", g16),
            ("gossip-name", "ci/cluster-%d.env" % i, "GOSSIP_ENCRYPTION_KEY=%s\n" % g32, "consul-gossip-key", g32),
            ("bundler-bare", "app-%d/.bundle/config" % i,
             '---\nBUNDLE_PATH: "vendor/bundle"\nBUNDLE_GEMS__PACKAGER__DEV: "%s"\n' % bare,
             "bundler-source-credentials", bare),
            ("bundler-token-user", "svc-%d/.bundle/config" % i,
             '---\nBUNDLE_GITHUB__COM: "%s:x-oauth-basic"\n' % tok, "bundler-source-credentials", tok),
            ("bundler-token-user", "docker/gems-%d.Dockerfile" % i,
             "RUN bundle config set --global gem.fury.io %s: && bundle install\n" % fury,
             "bundler-source-credentials", fury),
            ("elastic-scheme", "ops/elastic_%d.ps1" % i,
             "# elasticsearch snapshot\n$headers = @{ Authorization = \"ApiKey %s\" }\n" % eak,
             "elastic-api-key", eak),
            ("elastic-scheme", "ingest/elastic_%d.go" % i,
             '// elastic bulk\nreq.Header.Set("Authorization", "ApiKey %s")\n' % eak, "elastic-api-key", eak),
            ("slack-app", "bot-%d/app.py" % i,
             'handler = SocketModeHandler(app, "%s")\n' % xapp, "slack-app-token", xapp),
            ("slack-app", "bot-%d/values.yaml" % i, "slack:\n  appToken: %s\n" % xapp, "slack-app-token", xapp),
        ]
        aio = pick(hexd, 31) + rnd.choice("abcdef")
        vt = "VT-server-" + mixed(24)
        tg = "%d:AA%s" % (rnd.randrange(10**10, 10**11), pick(alnum + "_-", 33))
        snow = str(rnd.randrange(10**16, 10**17))  # a 17-digit id: 23 characters of base64
        dsc = base64.b64encode(snow.encode()).decode().rstrip("=") + "." + pick(alnum, 6) + "." + pick(alnum + "_-", 38)
        gak, gas = pick(hexd, 32), pick(hexd, 40)
        osk = mixed(48)
        cases += [
            ("onesignal-key-scheme", "push/notify_%d.sh" % i,
             'curl -X POST https://api.onesignal.com/notifications \\\n  -H "Authorization: key %s" -d @msg.json\n' % osk,
             "onesignal-api-key", osk),
            ("adafruit-legacy", "firmware/io_%d/config.h" % i,
             '#define IO_USERNAME "plantbox"\n#define IO_KEY      "%s"\n' % aio, "adafruit-io-key", aio),
            ("adafruit-legacy", "scripts/feeds_%d.sh" % i,
             'curl -H "X-AIO-Key: %s" https://io.adafruit.com/api/v2/plantbox/feeds\n' % aio, "adafruit-io-key", aio),
            ("midtrans-vt", "shop_%d/.env" % i, "MIDTRANS_SERVER_KEY=%s\n" % vt, "midtrans-server-key", vt),
            ("telegram-long-id", "notify_%d.py" % i, 'bot = telebot.TeleBot("%s")\n' % tg, "telegram-bot-token", tg),
            ("discord-short-id", "bot_%d/config.json" % i, '{"discord": {"token": "%s", "prefix": "!"}}\n' % dsc,
             "discord-bot-token", dsc),
            ("gameanalytics-init", "web/analytics_%d.js" % i,
             'gameanalytics.GameAnalytics.configureBuild("1.%d.0");\n'
             'gameanalytics.GameAnalytics.initialize("%s", "%s");\n' % (i, gak, gas), "gameanalytics-secret-key", gas),
        ]
        for shape, fname, text, rule, secret in cases:
            pos(shape, fname, text, rule, secret)
        decoys = [
            ("adafruit-legacy", "firmware/io_%d/feeds.h" % i,
             '#define IO_FEED_KEY "%s"\n#define IO_KEY "b780002b85d6411ca0ad9f9c60195f72"\n#define IO_KEY2 "YOUR_AIO_KEY"\n' % pick(hexd, 32)),
            ("onesignal-key-scheme", "push/notify_env_%d.sh" % i,
             '# onesignal\ncurl -H "Authorization: key $ONESIGNAL_REST_API_KEY" https://api.onesignal.com/notifications\n'
             'curl -H "Authorization: key=%s" https://fcm.example/send\n' % mixed(48)),
            ("midtrans-vt", "shop_%d/.env.example" % i, "MIDTRANS_SERVER_KEY=VT-server-xxxxxx\nMIDTRANS_CLIENT_KEY=VT-client-%s\n" % mixed(16)),
            ("telegram-long-id", "notify_%d.md" % i, "Chat id: -100%d, message id %d:AA\n" % (rnd.randrange(10**12), rnd.randrange(10**6))),
            ("gameanalytics-init", "web/analytics_sandbox_%d.js" % i,
             'gameanalytics.GameAnalytics.initialize("5c6bcb5402204249437fb5a7a80a4959", "16813a12f718bc5c620f56944e1abc3ea13ccbac");\n'),
            ("unattend-word", "deploy-%d/sample-unattend.xml" % i,
             "<AdministratorPassword>\n  <Value>%s</Value>\n  <PlainText>false</PlainText>\n</AdministratorPassword>\n"
             "<Password>\n  <Value>%s</Value>\n  <PlainText>false</PlainText>\n</Password>\n" % (
                 hidden(["Admin123!", "P@ssw0rd1", "Welcome1!"][i], "AdministratorPassword"),
                 hidden(["password", "MyPassword", "Passw0rd"][i], "Password"))),
            ("splunk-scheme", "ship/search_%d.go" % i,
             '// splunk search\nreq.Header.Set("X-Splunk-Request-Channel", "%s")\nreq.Header.Set("Authorization", "Splunk "+os.Getenv("HEC_TOKEN"))\n'
             'sid := SplunkSearch("scheduler__admin__search__RMD5%s_at_17000%d")\n' % (uuid4(), pick(hexd, 16), i)),
            ("postmark-auth", "Web.ids.%d.config" % i,
             '<add key="PostmarkMessageId" value="%s" />\n<add key="Postmark:Auth" value="POSTMARK_API_TEST" />\n' % uuid4()),
            ("postmark-client", "mailer/env_%d.js" % i,
             "const client = new postmark.ServerClient(process.env.POSTMARK_SERVER_TOKEN);\n"),
            ("cloudflare-anyname", "infra/zone-%d.tf" % i,
             'provider "cloudflare" {}\nlocals {\n  zone_id    = "%s"\n  account_id = "%s"\n  digest     = "%s"\n}\n'
             % (pick(hexd, 32), pick(hexd, 32), pick(hexd, 40))),
            ("gossip-name", "k8s/consul-gossip-ref-%d.yaml" % i,
             "gossipEncryption:\n  secretName: consul-gossip\n  secretKey: key\nGOSSIP_ENCRYPTION_KEY: \"${GOSSIP_KEY}\"\n"),
            ("gossip-name", "consul-%d.hcl" % i,  # 31 bytes: no key length Consul accepts
             'encrypt = "%s"\n' % (gossip(32)[:41] + rnd.choice("BCDFHJ") + "=")),
            ("bundler-bare", "app-%d/.bundle/config.settings" % i,
             '---\nBUNDLE_GEMS__ACME__IO: "vendor-cache-directory"\nBUNDLE_GITHUB__HTTPS: "true"\n'
             'BUNDLE_BUILD__NOKOGIRI: "--use-system-libraries"\n'),
            ("bundler-token-user", "svc-%d/.bundle/config.tpl" % i,
             '---\nBUNDLE_GITHUB__COM: "${GITHUB_TOKEN}:x-oauth-basic"\n'),
            ("elastic-scheme", "ops/elastic_env_%d.ps1" % i,
             "# elasticsearch\n$headers = @{ Authorization = \"ApiKey $env:ES_API_KEY\" }\n"),
            ("slack-app", "bot-%d/.env.example" % i,
             "SLACK_APP_TOKEN=xapp-1-...\nSLACK_APP_TOKEN_FORMAT=xapp-1-A0XXXXXXXXX-0000000000000-xxxxxxxx\n"),
        ]
        for shape, fname, text in decoys:
            dec(shape, fname, text)



# wave 16 (passwords16): passwords people choose, words joined by a mark and
# ending in a number (Cinder_yarrow4821), under a password's name in a
# literal; and the files that hold one by its place (sasl_passwd and
# Postfix's static: map, fetchmailrc, Moodle's $CFG->dbpass)
PASSWORDS16_WORDS = ["birch", "cinder", "dahlia", "fennel", "garnet", "hazel", "indigo",
                     "juniper", "kestrel", "lilac", "marble", "nutmeg", "otter", "pebble",
                     "quill", "raven", "sorrel", "timber", "violet", "willow", "yarrow",
                     "zephyr", "beacon", "clover"]
PASSWORDS16_SHAPES = [  # (shape, file, template with {v}; {n} a password's name)
    ("pw16-ini", "app.ini", "[sync]\nusername = kiosk\n{n} = {v}\n"),
    ("pw16-env", ".env.production", "DB_HOST=db\n{n}={v}\n"),
    ("pw16-properties", "application-prod.properties",
     "spring.datasource.url=jdbc:mysql://db:3306/app\nspring.datasource.{n}={v}\n"),
    ("pw16-yaml", "config.yaml", "connection:\n  type: snowflake\n  user: LOADER\n  {n}: {v}\n"),
    ("pw16-compose", "docker-compose.yml",
     "services:\n  app:\n    environment:\n      {n}: \"{v}\"\n"),
    ("pw16-php-array", "config.php", "<?php\nreturn [\n    'user' => 'crm',\n    '{n}' => '{v}',\n];\n"),
    ("pw16-py-kwargs", "definitions.py", "warehouse = Resource(\n    user=\"SVC\",\n    {n}=\"{v}\",\n)\n"),
    ("pw16-json", "connection.json", '{{"username": "LOADER", "{n}": "{v}"}}\n'),
    ("pw16-notes", "handover.txt", "relay for the reports\n{n}: {v}\n"),
]
PASSWORDS16_NAMES = ["password", "passwd", "DB_PASS", "dbpassword", "smtp_password", "SERVER_PASS",
                     "admin_pwd"]
# (value, why): shapes a person's password has not, under the same names
PASSWORDS16_DECOYS = [
    ("nightly_backup2024", "a name of code: one case"),
    ("db-replica03", "a host's name"),
    ("BACKUP_DB_PASS_02", "an env var's name"),
    ("Password_reset2024", "a sample word"),
    ("Welcome_back2024", "a sample word"),
    ("Abcde_fghij42", "a filler"),
    ("Ember-lantern", "words without a number"),
    ("Session_cache_token_store_client12", "words code names things with: a name"),
    ("StagingClient4821", "camelCase of code's words: a name of code"),
    ("${DB_PASSWORD}", "a reference"),
]


def passwords16_block(emit):
    rnd = random.Random(16016)

    def chosen(lo, hi):
        while True:
            a, b = rnd.sample(PASSWORDS16_WORDS, 2)
            v = "%s%s%s%d" % (a.capitalize(), rnd.choice("_.-"), b, rnd.randrange(10, 10 ** rnd.choice((2, 3, 4))))
            if lo <= len(v) <= hi:
                return v

    def rule_of(v):
        return "generic-password" if len(v) <= 15 else "generic-secret"

    for i, (shape, fname, tpl) in enumerate(PASSWORDS16_SHAPES):
        for k in range(3):
            n = PASSWORDS16_NAMES[(i + k) % len(PASSWORDS16_NAMES)]
            if shape == "pw16-py-kwargs" or shape == "pw16-properties":
                n = "password"
            v = chosen(10, 15) if k == 0 else chosen(16, 22) if k == 1 else chosen(10, 22)
            emit("positive", shape, "%d/%s" % (k, fname), tpl.format(n=n, v=v), rule=rule_of(v),
                 provider="generic", secret=v)
        for k, (v, why) in enumerate(PASSWORDS16_DECOYS):
            n = "password" if shape in ("pw16-py-kwargs", "pw16-properties") else \
                PASSWORDS16_NAMES[(i + k) % len(PASSWORDS16_NAMES)]
            emit("decoy", shape, "d%d/%s" % (k, fname), tpl.format(n=n, v=v), provider="generic", why=why)
        # the same password under names that are no password's
        for k, n in enumerate(("token", "api_key", "password_file", "username")):
            emit("decoy", shape, "n%d/%s" % (k, fname), tpl.format(n=n, v=chosen(12, 20)), provider="generic",
                 why="a name that is no password's")
    # a bare value in a program's source is a name of code
    for k, (fname, tpl) in enumerate((("app.py", "password = Settings.timber42\n"),
                                      ("client.js", "const password = Vault.lookup2024\n"),
                                      ("deploy.rb", "password = Secrets.hazel_otter77\n"))):
        emit("decoy", "pw16-code-reference", "%d/%s" % (k, fname), tpl, provider="generic",
             why="a reference in source code")
    for k in range(2):
        v = chosen(10, 22)
        emit("positive", "pw16-postfix-static", "%d/main.cf" % k,
             "relayhost = [smtp.relay.test]:587\nsmtp_sasl_auth_enable = yes\n"
             "smtp_sasl_password_maps = static:relay@acme.test:%s\n" % v, rule=rule_of(v), provider="generic", secret=v)
        emit("decoy", "pw16-postfix-static", "d%d/main.cf" % k,
             "smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd\n"
             "virtual_alias_maps = static:relay@acme.test:%s\n" % v, provider="generic", why="a map's file; an alias")
        v = chosen(10, 22)
        emit("positive", "pw16-sasl-passwd", "%d/etc/postfix/sasl_passwd" % k,
             "[smtp.relay.test]:587    alerts@acme.test:%s\n" % v, rule="postfix-sasl-password",
             provider="postfix", secret=v)
        v = chosen(10, 22)
        emit("positive", "pw16-fetchmailrc", "%d/.fetchmailrc" % k,
             "poll imap.acme.test protocol IMAP\n    user \"ops\" there with password \"%s\" is ops here\n" % v,
             rule="fetchmail-password", provider="fetchmail", secret=v)
        v = chosen(10, 22)
        emit("positive", "pw16-moodle", "%d/moodle/config.php" % k,
             "<?php\n$CFG->dbuser    = 'moodle';\n$CFG->dbpass    = '%s';\n" % v,
             rule="selfhosted-php-db-password", provider="selfhosted", secret=v)


def formats16_block(emit):
    """holdout16's format classes, fresh values: Akamai EdgeGrid tokens,
    glc_ tokens in base64url, B2 keys under a b2 storage block, EspoCRM's
    hashSecretKey, Hiera passwords, backup and rclone passwords in the
    environment, signing-key passwords in CI, base64 FileZilla passwords;
    decoys: the akab- host, Akamai's documented sample, references,
    password files and commands, ENC[...] values, Plaid link tokens."""
    rnd = random.Random(1616)
    lower, upper, digits, hexd = string.ascii_lowercase, string.ascii_uppercase, string.digits, "0123456789abcdef"
    alnum = upper + lower + digits
    pick = functools.partial(draw, rnd)
    mixed = functools.partial(draw_mixed, rnd)
    words = ["Basalt", "Willow", "Harbor", "Quince", "Fennel", "Cinder", "Larch", "Pewter", "Sorrel", "Tansy",
             "Umber", "Vellum", "Alder", "Bramble", "Copse", "Dune"]

    def chosen():  # a password a person picks: Word<mark>word<digits>
        a, b = rnd.sample(words, 2)
        return a + rnd.choice(".-_!") + b.lower() + pick(digits, rnd.choice((2, 3)))

    def akab():
        return "akab-%s-%s" % (pick(lower + digits, 16), pick(lower + digits, 16))

    def pos(shape, fname, text, rule, secret):
        emit("positive", "formats16-" + shape, fname, text, rule=rule, provider=rule.split("-")[0], secret=secret)

    def dec(shape, fname, text):
        emit("decoy", "formats16-" + shape, fname, text, why="host, sample, reference or short-lived token")

    for i in range(3):
        ct, at = akab(), akab()
        glc = "glc_" + mixed(30) + "_" + pick(alnum + "-_", 40) + rnd.choice(digits)
        b2 = "K00%d%s" % (rnd.randrange(10), mixed(27))
        hsk = pick(hexd, 32)
        pw = [chosen() for _ in range(6)]
        fz = chosen()
        cases = [
            ("edgerc", "akamai-%d/.edgerc" % i,
             "[papi]\nhost = akab-%s-%s.luna.akamaiapis.net\nclient_token = %s\nmax-body = 131072\n"
             % (pick(lower + digits, 16), pick(lower + digits, 16), ct),
             "akamai-edgegrid-token", ct),
            ("edgegrid-env", "ci/akamai-%d.env" % i, "AKAMAI_ACCESS_TOKEN=%s\n" % at, "akamai-edgegrid-token", at),
            ("alloy", "alloy-%d/config.alloy" % i,
             'prometheus.remote_write "cloud" {\n  endpoint {\n    basic_auth {\n      username = "%d"\n'
             '      password = "%s"\n    }\n  }\n}\n' % (rnd.randrange(10**6, 10**7), glc), "grafana-cloud-token", glc),
            ("kopia-b2", "kopia-%d/repository.config" % i,
             '{"storage": {"type": "b2", "config": {"bucket": "snap-%d", "keyID": "%s", "key": "%s"}}}\n'
             % (i, "00" + pick(hexd, 23), b2), "backblaze-application-key", b2),
            ("espocrm", "espo-%d/data/config-internal.php" % i,
             "<?php\nreturn [\n    'siteUrl' => 'https://crm%d.corp.internal',\n    'hashSecretKey' => '%s',\n];\n" % (i, hsk),
             "appcrypto-hash-secret-key", hsk),
            ("hiera", "puppet-%d/hiera/common.yaml" % i,
             "---\nprofile::db::port: 5432\nprofile::db::replication_password: '%s'\n" % pw[0], "hiera-password", pw[0]),
            ("restic-env", "backup-%d/restic.sh" % i,
             'export RESTIC_REPOSITORY="s3:https://s3.internal/backups"\nexport RESTIC_PASSWORD="%s"\n' % pw[1],
             "backuppass-repository-password-env", pw[1]),
            ("borg-env", "backup-%d/borg.env" % i, "BORG_PASSPHRASE=%s\n" % pw[2],
             "backuppass-repository-password-env", pw[2]),
            ("rclone-env", "k8s-%d/sync.yaml" % i,
             "      env:\n        - name: RCLONE_CONFIG_PASS\n          value: \"%s\"\n" % pw[3],
             "rclone-config-password-env", pw[3]),
            ("tauri-env", "app-%d/.github/workflows/release.yml" % i,
             "      - uses: tauri-apps/tauri-action@v0\n        env:\n          TAURI_SIGNING_PRIVATE_KEY_PASSWORD: %s\n" % pw[4],
             "codesign-key-password", pw[4]),
            ("csc-env", "desktop-%d/sign.sh" % i, "export CSC_KEY_PASSWORD='%s'\nnpx electron-builder --win\n" % pw[5],
             "codesign-key-password", pw[5]),
        ]
        for shape, fname, text, rule, secret in cases:
            pos(shape, fname, text, rule, secret)
        enc = base64.b64encode(fz.encode()).decode()
        if len(enc) < 24:  # a longer one is decoded before the rule sees it
            pos("filezilla-b64", "ftp-%d/sitemanager.xml" % i,
                '<Server>\n  <Host>ftp%d.corp.internal</Host>\n  <User>deploy</User>\n  <Pass encoding="base64">%s</Pass>\n</Server>\n'
                % (i, enc), "filezilla-password", enc)
        decoys = [
            ("edgerc", "akamai-%d/hosts.txt" % i, "host = akab-%s-%s.luna.akamaiapis.net\n" % (pick(lower + digits, 16), pick(lower + digits, 16))),
            ("edgerc", "docs/akamai-%d.md" % i,
             "access_token = akab-acc35t0k3nodujqunph3w7hzp7-gtm6ij\nclient_token = akab-c113ntt0k3n4qtari252bfxxbsl-yvsdj\n"),
            ("espocrm", "espo-%d/app/Auth.php" % i, "$secret = $this->config->get('hashSecretKey');\n"),
            ("hiera", "puppet-%d/hiera/secure.eyaml" % i,
             "profile::db::password: ENC[PKCS7,%s]\nprofile::db::admin_password: '%%{lookup(\"vault::db\")}'\n" % mixed(60)),
            ("restic-env", "backup-%d/restic-ref.sh" % i,
             'export RESTIC_PASSWORD_FILE=/etc/restic/password\nexport RESTIC_PASSWORD="$(pass show restic)"\n'
             'export BORG_PASSPHRASE="${BORG_PW}"\n'),
            ("rclone-env", "k8s-%d/sync-ref.yaml" % i,
             "      env:\n        - name: RCLONE_CONFIG_PASS\n          valueFrom:\n            secretKeyRef: {name: rclone, key: pass}\n"),
            ("tauri-env", "app-%d/.github/workflows/build.yml" % i,
             "        env:\n          TAURI_SIGNING_PRIVATE_KEY_PASSWORD: ${{ secrets.TAURI_KEY_PASSWORD }}\n"
             "          CSC_KEY_PASSWORD: $CSC_PW\n"),
            ("plaid-link", "fintech-%d/link.yaml" % i,
             "plaid:\n  link_token: \"link-sandbox-%s-%s-4%s-%s-%s\"\n" % (pick(hexd, 8), pick(hexd, 4), pick(hexd, 3), pick(hexd, 4), pick(hexd, 12))),
        ]
        for shape, fname, text in decoys:
            dec(shape, fname, text)


# wave 16 (shapes16): a provider named by the structure around a key, not
# by the key's own name: a constructor or builder on the provider's package
# (deepl.NewTranslator("…"), PostmarkClient.newBuilder("…")), a JSON object
# held in a string under a name that names it (CI env, dotenv), a name that
# is a path itself (integrations.mailgun.key=, twilio.io/key:), an object
# whose provider/service field names it (Credentials(provider = "datadog",
# key = "…")) or that opens its object on the line (config :mailgun, key:
# "…"; { mailgun = { key = "…" } }), a typed declaration's name only its
# provider's rule reads (Rust's `const AGORA_APP_CERTIFICATE: &str =`); decoys: the same structures with a reference, placeholder,
# setting's name, another call, an id or a field that says no credential
SHAPES16_POSITIVES = [  # (shape, file, template: {u} UUID, {h} hex32, {h40}, {h64}, {b} base64url)
    ("ctor-go", "alerts.go", 'package alerts\n\nvar og, _ = opsgenie.NewAlertClient("{u}")\n', "opsgenie-api-key", "u"),
    ("ctor-go", "translate.go", 'var tr, _ = deepl.NewTranslator("{u}")\n', "deepl-api-key", "u"),
    ("ctor-builder", "Mail.kt", 'val pm = PostmarkClient.newBuilder("{u}").build()\n', "postmark-api-token", "u"),
    ("ctor-builder", "Hec.java", 'HecClient hec = SplunkClient.newBuilder("{u}").build();\n', "splunk-hec-token", "u"),
    ("json-in-string-ci", ".github/workflows/metrics.yml",
     "jobs:\n  push:\n    runs-on: ubuntu-latest\n    env:\n      INFLUX_SETTINGS: '{{\"key\": \"{b}\", \"org\": \"ops\"}}'\n",
     "generic-secret", "b"),
    ("json-in-string-env", "worker.env", "JENKINS_SETTINGS='{{\"key\": \"{h64}\"}}'\n", "generic-secret", "h64"),
    ("dotted-properties", "application.properties", "server.port=8080\nintegrations.mailgun.key={h}\n",
     "generic-secret", "h"),
    ("dotted-properties", "notify.properties", "notify.mailgun.api={h}\n", "generic-secret", "h"),
    ("dotted-annotation", "k8s/deploy.yaml", 'metadata:\n  annotations:\n    twilio.io/key: "{h}"\n',
     "generic-secret", "h"),
    ("provider-field-kt", "Creds.kt", 'val creds = Credentials(provider = "datadog", key = "{h40}")\n',
     "generic-secret", "h40"),
    ("provider-field-rs", "creds.rs", 'pub static C: Creds = Creds {{ provider: "mailgun", key: "{h}" }};\n',
     "generic-secret", "h"),
    ("parent-on-line-exs", "config/runtime.exs", 'import Config\nconfig :mailgun, key: "{h}"\n', "generic-secret", "h"),
    ("parent-on-line-lua", "cfg.lua", 'local cfg = {{ mailgun = {{ key = "{h}" }} }}\n', "generic-secret", "h"),
    ("parent-on-line-jl", "cfg.jl", 'const cfg = (mailgun = (key = "{h}",),)\n', "generic-secret", "h"),
    ("parent-on-line-nix", "mail.nix", '{{ services = {{ mailgun = {{ key = "{h}"; }}; }}; }}\n', "generic-secret", "h"),
    ("parent-on-line-ts", "cfg.ts", 'const cfg = {{ datadog: {{ key: "{h40}" }} }};\n', "generic-secret", "h40"),
    ("typed-const-rs", "agora.rs", 'pub const AGORA_APP_CERTIFICATE: &str = "{h}";\n', "agora-app-certificate", "h"),
    ("typed-const-ts", "agora.ts", 'export const AGORA_APP_CERTIFICATE: string = "{h}";\n', "agora-app-certificate", "h"),
    ("typed-const-kt", "Agora.kt", 'val agoraAppCertificate: String = "{h}"\n', "agora-app-certificate", "h"),
]
SHAPES16_DECOYS = [  # (shape, file, template, why)
    ("ctor-decoy", "translate.go", 'var tr, _ = deepl.NewTranslator(os.Getenv("DEEPL_AUTH_KEY"))\n', "an env lookup"),
    ("ctor-decoy", "translate2.go", 'var tr, _ = deepl.NewTranslator("YOUR_AUTH_KEY")\n', "a placeholder"),
    ("ctor-decoy", "alerts.go", 'res, err := opsgenie.GetAlert("{u}")\n', "a call that is no constructor"),
    ("ctor-decoy", "glossary.go", 'g := deepl.WithGlossary("{u}")\n', "an option of the provider's own"),
    ("ctor-decoy", "entries.go", 'rows := deepl.NewGlossaryEntries("{u}")\n', "a constructor of something else"),
    ("json-in-string-decoy", ".github/workflows/ci.yml",
     "jobs:\n  push:\n    env:\n      JENKINS_SETTINGS: '{{\"key\": \"${{{{ secrets.JENKINS_KEY }}}}\"}}'\n",
     "a CI secret's reference"),
    ("json-in-string-decoy", "i18n.env", "JENKINS_SETTINGS='{{\"key\": \"job.nightly.build\", \"lang\": \"en\"}}'\n",
     "a setting's name"),
    ("json-in-string-decoy", "influx.env", "INFLUX_SETTINGS='{{\"org\": \"{h}\", \"bucket\": \"metrics\"}}'\n",
     "an id under a name that says no credential"),
    ("json-in-string-decoy", "jenkins.env", "JENKINS_SETTINGS='{{\"key\": \"<your-jenkins-key>\"}}'\n", "a placeholder"),
    ("dotted-decoy", "application.properties", "integrations.mailgun.key=${{MAILGUN_KEY}}\n", "an env reference"),
    ("dotted-decoy", "mail.properties", "integrations.mailgun.domain=mg.acme.test\nintegrations.mailgun.key=changeme\n",
     "a placeholder"),
    ("dotted-decoy", "messages.properties", "i18n.mailgun.key=errors.required.field\n", "a message's key"),
    ("dotted-decoy", "k8s/id.yaml", 'metadata:\n  annotations:\n    pagerduty.com/key-id: "{u}"\n', "a key's id"),
    ("dotted-decoy", "k8s/svc.yaml", 'metadata:\n  annotations:\n    pagerduty.com/service: "{h}"\n', "a service's id"),
    ("provider-field-decoy", "Creds.kt", 'val creds = Credentials(provider = "datadog", key = "your-api-key-here")\n',
     "a placeholder"),
    ("provider-field-decoy", "Env.kt", 'val creds = Credentials(provider = "datadog", key = System.getenv("DD_KEY"))\n',
     "an env lookup"),
    ("provider-field-decoy", "Trace.kt", 'val creds = Credentials(provider = "datadog", key = "dd.trace.sample_rate")\n',
     "a setting's name"),
    ("provider-field-decoy", "Site.kt", 'val site = Site(provider = "datadog", key = "datadoghq.eu")\n', "a host"),
    ("provider-field-decoy", "Metric.kt", 'val m = Metric(provider = "datadog", key = "{u}")\n', "an id"),
    ("provider-field-decoy", "Region.kt", 'val r = Credentials(provider = "datadog", region = "{h40}")\n',
     "a field that says no credential"),
    ("parent-on-line-decoy", "config/env.exs", 'import Config\nconfig :mailgun, key: System.get_env("MAILGUN_KEY")\n',
     "an env lookup"),
    ("parent-on-line-decoy", "placeholder.lua", 'local cfg = {{ mailgun = {{ key = "your-mailgun-key" }} }}\n',
     "a placeholder"),
    ("parent-on-line-decoy", "pusher.lua", 'local cfg = {{ pusher = {{ key = "{h20}", cluster = "eu" }} }}\n',
     "a key its provider publishes"),
    ("parent-on-line-decoy", "config/id.exs", 'import Config\nconfig :mailgun, domain: "mg.acme.test", key: "{u}"\n',
     "an id"),
    ("parent-on-line-decoy", "region.jl", 'const cfg = (mailgun = (region = "{h}",),)\n', "a field that says no credential"),
    ("parent-on-line-decoy", "metric.ts", 'const cfg = {{ datadog: {{ key: "datadog.metrics.sent" }} }};\n',
     "a metric's name"),
    ("typed-const-decoy", "agora.rs", 'pub const AGORA_APP_ID: &str = "{h}";\n', "the app's public id"),
    ("typed-const-decoy", "sha.rs", 'pub const AGORA_APP_CERTIFICATE_SHA256: &str = "{h64}";\n', "a digest"),
    ("typed-const-decoy", "zero.rs", 'pub const AGORA_APP_CERTIFICATE: &str = "00000000000000000000000000000000";\n',
     "a placeholder"),
    ("typed-const-decoy", "env.ts",
     'export const AGORA_APP_CERTIFICATE: string = process.env.AGORA_APP_CERTIFICATE ?? "";\n', "an env lookup"),
]


def table_block(emit, tag, positives, decoys, values):
    """Three files of each template: (shape, file, template, rule, which
    value is the secret) positives and (shape, file, template, why)
    decoys, each filled with fresh values()."""
    for i in range(3):
        for shape, fname, tpl, rule, which in positives:
            v = values()
            emit("positive", tag + shape, "%d/%s" % (i, fname), tpl.format(**v), rule=rule,
                 provider=rule.split("-")[0], secret=v[which])
        for shape, fname, tpl, why in decoys:
            emit("decoy", tag + shape, "%d/%s" % (i, fname), tpl.format(**values()), why=why)


def shapes16_block(emit):
    rnd = random.Random(1616)
    hexd = "0123456789abcdef"
    pick = functools.partial(draw, rnd)

    def values():
        b = ""
        while not (re.search(r"[0-9]", b) and re.search(r"[_-]", b)):
            b = pick(string.ascii_letters + string.digits + "_-", 86) + "=="
        return dict(u="%s-%s-4%s-%s%s-%s" % (pick(hexd, 8), pick(hexd, 4), pick(hexd, 3), rnd.choice("89ab"),
                                                pick(hexd, 3), pick(hexd, 12)),
                    h=pick(hexd, 32), h20=pick(hexd, 20), h40=pick(hexd, 40), h64=pick(hexd, 64), b=b)

    table_block(emit, "shapes16-", SHAPES16_POSITIVES, SHAPES16_DECOYS, values)


SHAPES17_POSITIVES = [  # (shape, file, template: {kp} Kraken private key, {h} hex32, {h40}, {h64}, {tr}, {ai}), rule, which
    ("tuple-parent-erl", "sys.config", '[{{app, [\n  {{kraken, [{{key, "{kp}"}}]}}\n]}}].\n', "kraken-private-key", "kp"),
    ("tuple-parent-erl", "creds.erl", 'creds() -> #{{kraken => #{{key => "{kp}"}}}}.\n', "kraken-private-key", "kp"),
    ("tuple-parent-ex", "creds.ex", 'defmodule Creds do\n  def all, do: {{:kraken, [key: "{kp}"]}}\nend\n',
     "kraken-private-key", "kp"),
    ("config-atom-exs", "config/runtime.exs", 'import Config\nconfig :app, :kraken, key: "{kp}", timeout: 5\n',
     "kraken-private-key", "kp"),
    ("keyword-parent-exs", "config/prod.exs", 'import Config\nconfig :app, Feeds, kraken: [key: "{kp}"]\n',
     "kraken-private-key", "kp"),
    ("map-parent-exs", "config/dev.exs", 'import Config\nconfig :app, creds: %{{tenable: %{{key: "{h64}"}}}}\n',
     "tenable-api-secret-key", "h64"),
    ("setup-call-lua", "lua/plugins/forge.lua", 'require("gitea").setup({{ key = "{h40}" }})\n', "gitea-access-token",
     "h40"),
    ("setup-call-lua", "init.lua", "require('gitea').setup {{ key = '{h40}' }}\n", "gitea-access-token", "h40"),
    ("dict-parent-py", "settings.py", 'CREDS = {{"tenable": {{"key": "{h64}"}}}}\n', "tenable-api-secret-key", "h64"),
    ("index-init-cs", "Secrets.cs", 'var keys = new Dictionary<string, string> {{ ["mailjet"] = "{h}" }};\n',
     "mailjet-api-secret", "h"),
    ("short-var-make", "Makefile", "TENABLE_SK ?= {h64}\n", "tenable-api-secret-key", "h64"),
    ("short-var-sh", "deploy.sh", "export GITEA_KEY={h40}\n", "gitea-access-token", "h40"),
    ("short-var-yml", "feeds.yml", 'kraken-key: "{kp}"\n', "kraken-private-key", "kp"),
    ("short-var-toml", "mail.toml", 'mailjet_sk = "{h}"\n', "mailjet-api-secret", "h"),
    ("short-var-swift", "Forge.swift", 'let giteaKey = "{h40}"\n', "gitea-access-token", "h40"),
    ("short-var-ps1", "deploy.ps1", '$TenableSk = "{h64}"\n', "tenable-api-secret-key", "h64"),
    ("google-const-cpp", "secrets.h", 'constexpr char kAivenToken[] = "{ai}";\n', "aiven-api-token", "ai"),
    ("define-sibling-cpp", "secrets.hpp",
     '#pragma once\n#define KEY "{ai}"\ninline constexpr std::string_view AIVEN_PROJECT = "ops-prod";\n',
     "aiven-api-token", "ai"),
    ("sibling-make", "release.mk", "TENABLE_URL ?= https://cloud.tenable.com\nKEY := {h64}\n",
     "tenable-api-secret-key", "h64"),
    ("keyword-start-rb", "credentials.rb", "KEYS = {{ travisci: '{tr}' }}.freeze\n", "travisci-api-token", "tr"),
    ("keyword-start-toml", "ci.toml", 'travisci = "{tr}"\n', "travisci-api-token", "tr"),
]
SHAPES17_DECOYS = [  # (shape, file, template, why)
    ("tuple-parent-decoy", "sys.config", '[{{app, [\n  {{kraken, [{{key, {{env, "KRAKEN_KEY"}}}}]}}\n]}}].\n',
     "an env reference"),
    ("tuple-parent-decoy", "ph.config", '[{{app, [\n  {{kraken, [{{key, "<your-kraken-private-key>"}}]}}\n]}}].\n',
     "a placeholder"),
    ("tuple-parent-decoy", "id.config", '[{{app, [\n  {{kraken, [{{txid, "OCT84Q-HA8D8-LCNU15"}}]}}\n]}}].\n',
     "an id under a name that says no credential"),
    ("config-atom-decoy", "config/runtime.exs", 'import Config\nconfig :app, :kraken, key: System.get_env("KRAKEN_KEY")\n',
     "an env lookup"),
    ("config-atom-decoy", "config/sha.exs", 'import Config\nconfig :app, :kraken, key_sha256: "{h64}"\n', "a digest"),
    ("keyword-parent-decoy", "config/pusher.exs", 'import Config\nconfig :app, Chat, pusher: [key: "{h20}"]\n',
     "a key its provider publishes"),
    ("setup-call-decoy", "env.lua", 'require("gitea").setup({{ key = os.getenv("GITEA_TOKEN") }})\n', "an env lookup"),
    ("setup-call-decoy", "sha.lua", 'require("gitea").setup({{ sha = "{h40}" }})\n', "a commit id"),
    ("setup-call-decoy", "ph.lua", 'require("gitea").setup({{ key = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" }})\n',
     "a placeholder"),
    ("dict-parent-decoy", "scan.py", 'CREDS = {{"tenable": {{"scan_id": "{h64}"}}}}\n', "a field that says no credential"),
    ("index-init-decoy", "Env.cs",
     'var keys = new Dictionary<string, string> {{ ["mailjet"] = Environment.GetEnvironmentVariable("MJ_KEY") }};\n',
     "an env lookup"),
    ("short-var-decoy", "Makefile", "TENABLE_SK ?= $(shell cat .tenable-sk)\n", "a command's output"),
    ("short-var-decoy", "sha.mk", "TENABLE_SK_SHA256 ?= {h64}\n", "a digest"),
    ("short-var-decoy", "deploy.sh", "export GITEA_KEY=${{GITEA_KEY:?}}\n", "an env reference"),
    ("short-var-decoy", "ids.sh", "export GITEA_KEY_ID={h40}\n", "a key's id"),
    ("short-var-decoy", "feeds.yml", 'kraken-key: "${{KRAKEN_KEY}}"\n', "an env reference"),
    ("google-const-decoy", "project.h", 'constexpr char kAivenProject[] = "ops-prod";\n', "a project's name"),
    ("define-sibling-decoy", "secrets.hpp",
     '#pragma once\n#define KEY "<AIVEN_TOKEN>"\ninline constexpr std::string_view AIVEN_PROJECT = "ops-prod";\n',
     "a placeholder"),
    ("keyword-start-decoy", "credentials.rb", "KEYS = {{ travisci: 'dummy' }}.freeze\n", "a placeholder"),
    ("keyword-start-decoy", "env.rb", "KEYS = {{ travisci: ENV['TRAVIS_TOKEN'] }}.freeze\n", "an env lookup"),
    ("public-name-decoy", "Secrets.cs", 'public const string MjPublicApiKey = "{h}";\n', "a key its name calls public"),
    ("public-name-decoy", "mail.env", "MAILJET_PUBLIC_API_KEY={h}\n", "a key its name calls public"),
    ("pair-id-decoy", "mail.env", "MAILJET_KEY={h}\nMAILJET_SECRET=${{MJ_SECRET}}\n", "the id of a pair, its secret named"),
    ("pair-id-decoy", "supervisord.conf",
     '[program:mailer]\nenvironment=MAILJET_SECRET="%(ENV_MJ_SECRET)s",MAILJET_KEY="{h}"\n', "the id of a pair"),
]


def shapes17_block(emit):
    rnd = random.Random(1717)
    hexd = "0123456789abcdef"
    b64 = string.ascii_letters + string.digits + "+/"
    pick = functools.partial(draw, rnd)

    def b64_with(n):  # a base64 value with its marks and a digit in it
        v = ""
        while not (re.search(r"[0-9]", v) and re.search(r"[+/]", v)):
            v = pick(b64, n)
        return v

    def values():
        return dict(kp=b64_with(86) + "==", h=pick(hexd, 32), h20=pick(hexd, 20), h40=pick(hexd, 40),
                    h64=pick(hexd, 64), tr=draw_mixed(rnd, 22), ai=b64_with(372))

    table_block(emit, "shapes17-", SHAPES17_POSITIVES, SHAPES17_DECOYS, values)


# the wallet's or chain's object around the words says what they are
STRUCTURED["ethereum-mnemonic-nested"] = "file"
STRUCTURED["generic-passphrase"] = "file"  # words with blanks: read only after their name

def formats17_block(emit):
    """holdout17's format classes, fresh values in other shapes: Defuse
    keys (def00000), Consul gossip keys as Consul decodes them, Phoenix
    secret_key_base in base64url, Craft security keys, Statuspage keys,
    TOTP seeds (otpauth URIs, otp secret names, pyotp), unattend.xml
    passwords people choose, Open Cloud keys in Luau, mnemonics under a
    wallet's object, a provider-keyed Mixpanel map, Honeycomb ingest keys;
    decoys: truncated and sequential values, ciphertexts, references, ids,
    documentation samples, fillers, words outside BIP-39."""
    rnd = random.Random(1717)
    lower, upper, digits, hexd = string.ascii_lowercase, string.ascii_uppercase, string.digits, "0123456789abcdef"
    b64u = string.ascii_letters + digits + "-_"
    b32 = upper + "234567"
    pick = functools.partial(draw, rnd)
    mixed = functools.partial(draw_mixed, rnd)
    bip = ("orbit fossil canvas melody harvest ticket gentle pepper ladder cousin velvet anchor banana rocket "
           "season blossom umbrella wisdom crystal harbor tunnel voyage sponsor fabric meadow lemon garden "
           "mirror pilot rabbit saddle thunder walnut zebra copper giant island jungle kitchen").split()
    words = ["Basalt", "Willow", "Harbor", "Quince", "Fennel", "Cinder", "Larch", "Pewter", "Sorrel", "Tansy"]

    def chosen():
        a, b = rnd.sample(words, 2)
        return a + rnd.choice(".-_!") + b.lower() + pick(digits, 3)

    def defuse():
        head = bytes.fromhex("def00000")
        body = bytes(rnd.randrange(256) for _ in range(32))
        return (head + body + hashlib.sha256(head + body).digest()).hex()

    def seed(n):
        while True:
            v = pick(b32, n)
            if sum(c.isdigit() for c in v) >= 2 and sum(c.isalpha() for c in v) >= 2:
                return v

    def pos(shape, fname, text, rule, secret):
        emit("positive", "formats17-" + shape, fname, text, rule=rule, provider=rule.split("-")[0], secret=secret)

    def dec(shape, fname, text):
        emit("decoy", "formats17-" + shape, fname, text, why="reference, id, sample, filler or wrong shape")

    for i in range(3):
        dk, dk2 = defuse(), "def00000" + pick(hexd, 200)
        gossip = pick(string.ascii_letters + digits + "+/", 43) + "="
        skb = pick(b64u, 64)
        craft = pick(b64u, 32)
        sp1, sp2 = pick(hexd, 32), pick(hexd, 32)
        t1, t2, t3 = seed(32), seed(16), seed(32)
        pw1, pw2 = chosen(), chosen()
        rbx = mixed(160)
        mn = " ".join(rnd.choice(bip) for _ in range(12))
        mp = mixed(32)
        hc = "hcaik_" + pick(lower + digits, 60)
        polar = "polar_%s_%s" % (rnd.choice(("oat", "pat")), mixed(43))
        cases = [
            ("defuse-wpconfig", "wp-%d/wp-config.php" % i, "<?php\ndefine('DB_NAME', 'wp');\ndefine('ENCRYPTION_KEY', '%s');\n" % dk,
             "defuse-encryption-key", dk),
            ("defuse-yaml", "svc-%d/config/secrets.yml" % i, "crypto:\n  key: %s\n" % dk2, "defuse-encryption-key", dk2),
            ("consul-json", "consul-%d/server.json" % i, '{\n  "datacenter": "dc%d",\n  "encrypt": "%s"\n}\n' % (i, gossip),
             "consul-gossip-key", gossip),
            ("phoenix-compose", "ex-%d/docker-compose.yml" % i,
             "services:\n  web:\n    environment:\n      SECRET_KEY_BASE: %s\n" % skb, "phoenix-secret-key-base", skb),
            ("craft-php", "craft-%d/config/general.php" % i,
             "<?php\nreturn [\n    'production' => [\n        'securityKey' => '%s',\n    ],\n];\n" % craft,
             "craft-security-key", craft),
            ("statuspage-env", "ops-%d/.env" % i, "STATUSPAGE_PAGE_ID=%s\nSTATUSPAGE_API_KEY=%s\n" % (pick(lower + digits, 12), sp1),
             "statuspage-api-key", sp1),
            ("statuspage-curl", "ops-%d/bin/post-incident.sh" % i,
             'curl -s https://api.statuspage.io/v1/pages/%s/incidents \\\n  -H "Authorization: OAuth %s" -d @incident.json\n'
             % (pick(lower + digits, 12), sp2), "statuspage-api-key", sp2),
            ("totp-uri-yaml", "qa-%d/accounts.yml" % i,
             "bot:\n  user: ci-bot\n  otp_uri: \"otpauth://totp/Acme:ci-bot?secret=%s&issuer=Acme\"\n" % t1, "totp-secret-uri", t1),
            ("totp-ci", "qa-%d/.gitlab-ci.yml" % i, "e2e:\n  variables:\n    E2E_TOTP_SEED: \"%s\"\n" % t2, "totp-seed", t2),
            ("totp-cypress", "qa-%d/cypress/e2e/login.cy.js" % i, "cy.get('#mfa-secret').type('%s')\n" % t3, "totp-seed", t3),
            ("unattend-autologon", "img-%d/autounattend.xml" % i,
             "<AutoLogon>\n  <Password>\n    <Value>%s</Value>\n    <PlainText>true</PlainText>\n  </Password>\n  <Username>kiosk</Username>\n</AutoLogon>\n" % pw1,
             "windows-unattend-password", pw1),
            ("unattend-local", "img-%d/sysprep/unattend.xml" % i,
             "<LocalAccount>\n  <Password>\n    <PlainText>true</PlainText>\n    <Value>%s</Value>\n  </Password>\n</LocalAccount>\n" % pw2,
             "windows-unattend-password", pw2),
            ("roblox-luau", "rbx-%d/src/server/Store.server.luau" % i,
             'local HttpService = game:GetService("HttpService")\nlocal API_KEY = "%s"\n' % rbx, "roblox-open-cloud-api-key-luau", rbx),
            ("mnemonic-yaml", "chain-%d/deploy.yml" % i, "wallet:\n  network: sepolia\n  phrase: \"%s\"\n" % mn,
             "ethereum-mnemonic-nested", mn),
            ("mixpanel-ruby", "app-%d/config/analytics.rb" % i, "ANALYTICS = { mixpanel: { secret: \"%s\" } }.freeze\n" % mp,
             "mixpanel-secret", mp),
            ("honeycomb-otel", "otel-%d/collector.yaml" % i,
             "exporters:\n  otlp/hny:\n    endpoint: api.honeycomb.io:443\n    headers:\n      x-honeycomb-team: %s\n" % hc,
             "honeycomb-ingest-key", hc),
            ("polar-sdk", "shop-%d/server/billing.py" % i,
             'polar = Polar(access_token="%s", server="production")\n' % polar, "polar-access-token", polar),
        ]
        for shape, fname, text, rule, secret in cases:
            pos(shape, fname, text, rule, secret)
        decoys = [
            ("defuse-wpconfig", "wp-%d/notes.php" % i, "<?php\n// cipher: def50200%s\ndefine('ENCRYPTION_KEY', 'def00000%s');\n"
             % (pick(hexd, 180), pick(hexd, 40))),
            ("defuse-yaml", "svc-%d/config/sample.yml" % i, "crypto:\n  key: def00000%s\n" % ("0123456789abcdef" * 8)),
            ("consul-json", "consul-%d/client.json" % i, '{\n  "encrypt": "${CONSUL_GOSSIP}",\n  "encrypt_verify_incoming": true\n}\n'),
            ("phoenix-compose", "ex-%d/config/prod.exs" % i, 'config :app, AppWeb.Endpoint,\n  secret_key_base: System.fetch_env!("SECRET_KEY_BASE")\n'),
            ("craft-php", "craft-%d/.env.example" % i, "CRAFT_APP_ID=CraftCMS--%s\nCRAFT_SECURITY_KEY=\n" % str(uuid.UUID(int=rnd.getrandbits(128)))),
            ("statuspage-env", "ops-%d/statuspage.env" % i, "STATUSPAGE_PAGE_ID=%s\nSTATUSPAGE_COMPONENT_ID=%s\nstatuspage_api_key_sha256=%s\n"
             % (pick(lower + digits, 12), pick(lower + digits, 12), pick(hexd, 64))),
            ("totp-uri-yaml", "qa-%d/docs.md" % i, "Scan otpauth://totp/Example:alice@google.com?secret=JBSWY3DPEHPK3PXP&issuer=Example\n"
             "or build `otpauth://totp/{issuer}:{user}?secret={secret}`.\n"),
            ("totp-ci", "qa-%d/settings.env" % i, "TOTP_DIGITS=6\nTOTP_PERIOD=30\nOTP_SECRET=${OTP_SECRET}\nMFA_SECRET_NAME=ci-bot-mfa\n"),
            ("unattend-autologon", "img-%d/unattend.xml" % i,
             "<AutoLogon>\n  <Password>\n    <Value>*SENSITIVE*DATA*DELETED*</Value>\n    <PlainText>true</PlainText>\n  </Password>\n</AutoLogon>\n"
             "<AdministratorPassword>\n  <Value>$(AdminPassword)</Value>\n  <PlainText>true</PlainText>\n</AdministratorPassword>\n"),
            ("roblox-luau", "rbx-%d/src/server/Config.server.luau" % i,
             'local API_KEY = HttpService:GetSecret("open_cloud")\nlocal UNIVERSE_ID = %d\n' % rnd.randrange(10**9, 10**10)),
            ("mnemonic-yaml", "chain-%d/wallet.json" % i,
             '{"wallet": {"label": "keep the twelve words of your wallet in a safe place, never online"}}\n'),
            ("mixpanel-ruby", "app-%d/config/tracking.rb" % i, "TRACKING = { mixpanel: { token: \"%s\" } }.freeze\n" % pick(hexd, 32)),
            ("polar-sdk", "shop-%d/.env.example" % i,
             "POLAR_ACCESS_TOKEN=polar_oat_...\nPOLAR_CLIENT_ID=polar_ci_%s\nPOLAR_TOKEN_TEST=polar_oat_%s\n" % (mixed(22), mixed(30))),
        ]
        for shape, fname, text in decoys:
            dec(shape, fname, text)


PASSWORDS17_WORDS = ["alder", "bittern", "caraway", "damson", "egret", "foxglove", "gannet",
                     "hemlock", "ibis", "jacinth", "kelp", "linnet", "mallow", "nettle",
                     "obsidian", "plover", "rowan", "samphire", "teasel", "umber", "vetch",
                     "wren", "xenon", "yew"]

# (passwords17) rules that know a password by the command, statement or
# call around it: their examples are placed whole
STRUCTURED.update({rid: "file" for rid in (
    "cli-net-user-password", "dbclient-password-hash-call", "dbclient-sql-identified-by",
    "dbclient-sql-role-password", "dbclient-sql-set-password", "wifipsk-connect-call")})


def passwords17_block(emit):
    """Passwords people and policies make, wherever they sit (wave 17):
    substitutions, marks inside and around words, numbers first, one
    Capitalized word with a mark and a year, generated letters with a
    mark; curl's password after a host, HAProxy's stats auth, htpasswd
    with its flags apart, net user, Yesod's _env defaults, Puppet's hash
    helpers, a board's Wi-Fi connect call and bare PSK, SQL's IDENTIFIED
    BY, zsh history. Decoys: sample words, names of code and hosts, variables."""
    rnd = random.Random(17017)

    def word():
        return rnd.choice(PASSWORDS17_WORDS)

    def subst(w):
        i = rnd.choice([k for k, ch in enumerate(w) if ch in "aeos" and 0 < k < len(w) - 1] or [1])
        return w[:i] + {"a": "@", "e": "3", "o": "0", "s": "$"}.get(w[i], w[i]) + w[i + 1:]

    def year():
        return str(rnd.randrange(1975, 2031))

    def generated():
        letters = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ"
        v = [rnd.choice(letters) for _ in range(13)]
        v.insert(rnd.randrange(2, 11), rnd.choice("!?*@"))
        return "".join(v)

    styles = (
        lambda: subst(word().capitalize()) + rnd.choice("_.-") + word() + year(),
        lambda: subst(word().capitalize()) + "-" + subst(word().capitalize()) + rnd.choice("!?#"),
        lambda: word().capitalize() + rnd.choice("!*?@") + word() + year(),
        lambda: str(rnd.randrange(10, 999)) + word().capitalize() + "-" + word() + rnd.choice("!?*"),
        lambda: word().capitalize() + rnd.choice("#!*") + year(),
        generated,
    )

    def rule_of(v):
        return "generic-password" if len(v) <= 15 else "generic-secret"

    def chosen(k):
        while True:
            v = styles[k % len(styles)]()
            if len(v) >= 8:
                return v

    shapes = (("pw17-env", ".env", "APP_URL=https://app.test\nMAIL_PASSWORD={v}\n"),
              ("pw17-yaml", "config/app.yml", "smtp:\n  user: notices\n  password: \"{v}\"\n"),
              ("pw17-py", "fabfile.py", "conn = Connection(\"db2.test\", connect_kwargs={{\"password\": \"{v}\"}})\n"))
    for i, (shape, fname, tpl) in enumerate(shapes):
        for k in range(len(styles)):
            v = chosen(k + i)
            emit("positive", shape, "%d/%s" % (k, fname), tpl.format(v=v), rule=rule_of(v), provider="generic",
                 secret=v)
        for k, v in enumerate(("P@ssw0rd!", "Ch@ngeMe2024", "Summer25!admin", "Welcome#1", "hunter2hunter2",
                               "Letmein!23", "rowan_kelp_07", "Teasel.Plover.Factory", "AlderClient42",
                               "${MAIL_PASSWORD}", "%(mail_password)s", "<password>", "qwerty!2024")):
            emit("decoy", shape, "d%d/%s" % (k, fname), tpl.format(v=v), provider="generic",
                 why="a sample, a name of code or a template")
    # (shape, file, text with %s the password, rule (None: by length), provider, style)
    places = (
        ("pw17-zsh-history", ".zsh_history", ": 1733000100:0;cd ~/src/app\n"
         ": 1733000160:0;curl -u ops:%s https://ci.test/api/json\n: 1733000200:0;ls -la\n", None, "generic", 0),
        ("pw17-haproxy-stats", "haproxy.cfg", "listen stats\n  bind :8404\n  stats enable\n  stats auth admin:%s\n",
         "daemonconf-haproxy-stats-auth", "daemonconf", 2),
        ("pw17-htpasswd", "provision.sh", "#!/bin/sh\nhtpasswd -b -c /etc/nginx/.htpasswd ops '%s'\n",
         "cli-htpasswd-password", "cli", 4),
        ("pw17-net-user", "setup.bat", "@echo off\nnet user kiosk %s /add /passwordchg:no\n",
         "cli-net-user-password", "clicmds", 1),
        ("pw17-yesod", "config/settings.yml",
         "database:\n  user:     \"_env:PGUSER:app\"\n  password: \"_env:PGPASS:%s\"\n", None, "generic", 3),
        ("pw17-puppet-hash", "manifests/db.pp", "postgresql::server::role { 'ledger':\n"
         "  password_hash => postgresql::postgresql_password('ledger', '%s'),\n}\n",
         "dbclient-password-hash-call", "dbclient", 2),
        ("pw17-wlan-connect", "main.py", "import network\nwlan = network.WLAN(network.STA_IF)\nwlan.active(True)\n"
         "wlan.connect(\"greenhouse\", \"%s\")\n", "wifipsk-connect-call", "wifipsk", 5),
        ("pw17-bare-psk", "main.py", "SSID = \"greenhouse\"\nPSK = \"%s\"\nwlan.connect(SSID, PSK)\n",
         "wifipsk-passphrase", "wifipsk", 0),
        ("pw17-sql-identified-by", "db/init/01-users.sql",
         "CREATE USER 'ledger'@'%%' IDENTIFIED BY '%s';\nGRANT SELECT ON ledger.* TO 'ledger'@'%%';\n",
         "dbclient-sql-identified-by", "dbclient", 3),
    )
    for k in range(2):
        for shape, fname, text, rule, provider, style in places:
            v = chosen(k + style)
            emit("positive", shape, "%d/%s" % (k, fname), text % v, rule=rule or rule_of(v), provider=provider,
                 secret=v)
    decoys = (
        ("pw17-sql-identified-by", "grants.sql",
         "GRANT ALL ON *.* TO 'old'@'%' IDENTIFIED BY PASSWORD '*6C8989366EAF75BB670AD8EA7A7FC1176A95CEF4';\n"),
        ("pw17-sql-identified-by", "users.py", "cur.execute(\"CREATE USER %s IDENTIFIED BY %s\", (user, pw))\n"),
        ("pw17-haproxy-stats", "haproxy.cfg", "listen stats\n  stats auth ${STATS_USER}:${STATS_PASS}\n"),
        ("pw17-haproxy-stats", "haproxy.cfg", "listen stats\n  stats auth admin:admin\n"),
        ("pw17-htpasswd", "provision.sh", "htpasswd -b -c /etc/nginx/.htpasswd ops \"$OPS_PASS\"\n"),
        ("pw17-htpasswd", "provision.sh", "htpasswd -c -B /etc/nginx/.htpasswd ops\n"),
        ("pw17-net-user", "setup.bat", "net user kiosk * /add\n"),
        ("pw17-net-user", "setup.bat", "net user kiosk /active:no\n"),
        ("pw17-net-user", "setup.bat", "net user kiosk %KIOSK_PASS% /add\n"),
        ("pw17-yesod", "config/settings.yml", "database:\n  password: \"_env:PGPASS:\"\n  host: \"_env:PGHOST:db-primary-01\"\n"),
        ("pw17-puppet-hash", "manifests/db.pp", "  password_hash => postgresql::postgresql_password('ledger', $ledger_password),\n"),
        ("pw17-puppet-hash", "manifests/users.pp", "  password => pw_hash($user_password, 'SHA-512', $salt),\n"),
        ("pw17-wlan-connect", "main.py", "wlan.connect(secrets.SSID, secrets.PASSWORD)\n"),
        ("pw17-bare-psk", "main.py", "PSK = os.getenv(\"WIFI_PSK\")\nwlan.connect(SSID, PSK)\n"),
        ("pw17-zsh-history", ".zsh_history", ": 1733000160:0;curl -u ops:$CI_TOKEN https://ci.test/api/json\n"),
        ("pw17-zsh-history", ".zsh_history", ": 1733000160:0;mysql -u root -p -P 3307 -h 127.0.0.1 app\n"),
    )
    for k, (shape, fname, text) in enumerate(decoys):
        emit("decoy", shape, "d%d/%s" % (k, fname), text, provider="generic",
             why="a variable, a prompt, a port or a default")



# The judge widened after holdout18's score: generated passphrases and
# policy shapes under a password's name; {d4} four '-' words, {dc} three
# words led by a Capitalized one with a number joined last, {sh} a SHOUTED
# word beside a number and a strong mark, {lt} one word with substitutions
# and a number.
JUDGE17_WORDS = ["kestrel", "pebble", "lagoon", "thimble", "fjord", "bramble", "cedar", "pollen", "mist",
                 "lichen", "tundra", "garnet", "sorrel", "walrus", "hazel", "quince", "fennel", "cobble"]
JUDGE17_POSITIVES = [
    ("dash-words-yaml", "config/mail.yml", "smtp:\n  host: mx.test\n  password: {d4}\n", "generic-secret", "d4"),
    ("dash-words-env", ".env", "APP_ENV=prod\nSMTP_PASSWORD={d4}\n", "generic-secret", "d4"),
    ("capital-words-env", "deploy/.env", "ADMIN_USER=ops\nADMIN_PASSWORD={dc}\n", "generic-secret", "dc"),
    ("capital-words-ini", "app.ini", "[database]\nuser = app\npassword = {dc}\n", "generic-secret", "dc"),
    ("shouted-props", "conf/app.properties", "mail.user=ops\nmail.password={sh}\n", "generic-secret", "sh"),
    ("substituted-rc", ".getmail/getmailrc", "[retriever]\nusername = ops\npassword = {lt}\n",
     "generic-password", "lt"),
    # a decoy until wave 26: three words are a passphrase (Bitwarden's
    # generator makes them from 3 words up; real trees hold no thing's
    # name so shaped under a password's name outside code, doc/detection.md)
    ("dash-three-yaml", "config/three.yml", "smtp:\n  password: {d3}\n", "generic-secret", "d3"),
]
JUDGE17_DECOYS = [
    ("dash-words-code", "src/passes.c", 'MODULE_PASS("{dn}", NULL);\n', "a compiler pass's name in code"),
    ("dotted-ref-yaml", "config/ref.yml", "db:\n  password: Config.{w1}.{w2}2\n", "a dotted reference"),
    ("shouted-var", "conf/var.properties", "mail.password=APP_{W1}_NAME!\n", "a shouted name without a number"),
    ("shouted-mask", "unattend.xml",
     "<AutoLogon>\n  <Password>\n    <Value>*SENSITIVE*DATA*DELETED*</Value>\n    <PlainText>true</PlainText>\n"
     "  </Password>\n</AutoLogon>\n", "Windows' mask"),
    ("leet-sample", "config/sample.yml", "db:\n  password: s3cr3t{y}\n", "a sample word written with substitutions"),
    ("scram-sql", "dumps/roles.sql", "ALTER ROLE app WITH LOGIN PASSWORD 'SCRAM-SHA-256$4096:{b1}=${b2}=:{b3}=';\n",
     "a SCRAM verifier: a hash"),
]


def judge17_block(emit):
    rnd = random.Random(1718)
    b64 = string.ascii_letters + string.digits

    def values():
        w = rnd.sample(JUDGE17_WORDS, 4)
        leet = w[0].replace("e", "3", 1).replace("o", "0", 1)
        if leet == w[0]:
            leet = w[0][:-1] + "@" + w[0][-1]
        return dict(d4="-".join(w), d3="-".join(w[:3]), dn="-".join(w) + "-lowering",
                    dc="%s.%s.%s.%d" % (w[0].capitalize(), w[1], w[2], rnd.randint(2, 9)),
                    sh="%s_%d%s%s" % (w[0].upper(), rnd.randint(100, 999), w[1], rnd.choice("!*#%")),
                    lt="%s%d" % (leet, rnd.randint(1990, 2029)), w1=w[1], w2=w[2], W1=w[1].upper(),
                    y=rnd.randint(1990, 2029), b1=draw(rnd, b64, 23), b2=draw(rnd, b64, 43), b3=draw(rnd, b64, 43))

    table_block(emit, "judge17-", JUDGE17_POSITIVES, JUDGE17_DECOYS, values)


def formats18_block(emit):
    """holdout18's format classes, fresh values in other shapes (wave 18):
    Steam game server login tokens (+sv_setsteamaccount, LinuxGSM's gslt,
    SRCDS_TOKEN), Kit V4 keys, ESPHome OTA passwords, CakePHP's
    Security.salt, SNMPv3 passphrases of joined words; decoys: template
    references, truncated and wrong-length values, shipped defaults,
    fillers, the same values outside the block that names them."""
    rnd = random.Random(1818)
    hexd, upper_hex = "0123456789abcdef", "0123456789ABCDEF"
    pick = functools.partial(draw, rnd)
    mixed = functools.partial(draw_mixed, rnd)
    words = ["tamarack", "heron", "basil", "quarry", "lupine", "cobble", "tinder", "marram", "sedge", "pumice"]

    def joined(sep=""):
        return sep.join(rnd.sample(words, 3))

    def pos(shape, fname, text, rule, secret):
        emit("positive", "formats18-" + shape, fname, text, rule=rule, provider=rule.split("-")[0], secret=secret)

    def dec(shape, fname, text):
        emit("decoy", "formats18-" + shape, fname, text, why="reference, truncated, default, filler or outside its block")

    for i in range(3):
        g1, g2, g3 = pick(upper_hex, 32), pick(hexd, 32), pick(upper_hex, 32)
        kit1, kit2 = "kit_" + pick(hexd, 32), "kit_" + pick(hexd, 32)
        ota1, ota2 = joined(), mixed(14)
        salt1, salt2, salt3 = pick(hexd, 64), mixed(40), pick(hexd, 64)
        priv = joined("-")
        cases = [
            ("gslt-cfg", "game-%d/csgo/cfg/autoexec.cfg" % i, "sv_lan 0\nsv_setsteamaccount \"%s\"\n" % g1,
             "steam-game-server-login-token", g1),
            ("gslt-cmdline", "game-%d/start-server.sh" % i,
             "#!/bin/sh\n./cs2.sh -dedicated -console +game_type 0 +sv_setsteamaccount %s +map de_dust2\n" % g2,
             "steam-game-server-login-token", g2),
            ("gslt-compose", "game-%d/docker-compose.yml" % i,
             "services:\n  garrysmod:\n    image: gmod\n    environment:\n      - SRCDS_TOKEN=%s\n" % g3,
             "steam-game-server-login-token", g3),
            ("kit-python", "mail-%d/newsletter/client.py" % i,
             "session.headers[\"X-Kit-Api-Key\"] = \"%s\"\n" % kit1, "convertkit-v4-api-key", kit1),
            ("kit-ts", "mail-%d/src/kit.ts" % i, "export const kit = { apiKey: '%s' };\n" % kit2,
             "convertkit-v4-api-key", kit2),
            ("esphome-ota", "iot-%d/esphome/shed-%d.yaml" % (i, i),
             "esphome:\n  name: shed\nota:\n  - platform: esphome\n    id: shed_ota\n    password: \"%s\"\nlogger:\n" % ota1,
             "esphome-ota-password", ota1),
            ("esphome-ota-legacy", "iot-%d/esphome/gate.yml" % i, "ota:\n  password: '%s'\n  port: 3232\n" % ota2,
             "esphome-ota-password", ota2),
            ("cake-app-local", "cake-%d/config/app_local.php" % i,
             "<?php\nreturn [\n    'debug' => filter_var(env('DEBUG', false), FILTER_VALIDATE_BOOLEAN),\n    'Security' => [\n"
             "        'salt' => env('SECURITY_SALT', '%s'),\n    ],\n];\n" % salt1, "cakephp-security-salt", salt1),
            ("cake-core", "cake2-%d/app/Config/core.php" % i, "<?php\nConfigure::write('Security.salt', '%s');\n" % salt2,
             "cakephp-security-salt", salt2),
            ("cake-env", "cake-%d/config/.env" % i, "export DEBUG=\"false\"\nexport SECURITY_SALT=\"%s\"\n" % salt3,
             "cakephp-security-salt", salt3),
            ("snmpv3-joined", "net-%d/etc/snmp/snmpd.conf" % i,
             "createUser poller SHA-256 \"%s\" AES-128 \"%s\"\nrouser poller priv\n" % (priv, priv),
             "daemonfiles-snmpv3-priv-passphrase", priv),
        ]
        for shape, fname, text, rule, secret in cases:
            pos(shape, fname, text, rule, secret)
        decoys = [
            ("gslt-cfg", "game-%d/csgo/cfg/server.cfg" % i,
             "sv_setsteamaccount \"\"\nsv_setsteamaccount <login-token>\n+sv_setsteamaccount ${GSLT}\nsv_setsteamaccount %s\n"
             % pick(upper_hex, 31)),
            ("gslt-compose", "game-%d/compose.override.yml" % i,
             "services:\n  tf2:\n    environment:\n      SRCDS_TOKEN: ${SRCDS_TOKEN}\n      GSLT_APPID: 440\n"),
            ("kit-python", "mail-%d/newsletter/README.md" % i,
             "Set `KIT_API_KEY=kit_...` (Settings > Developer > V4 Keys); a key looks like `kit_%s...`.\n" % pick(hexd, 8)),
            ("kit-ts", "mail-%d/src/forms.ts" % i, "export const KIT_FORM_ID = '%d';\nconst kitTag = 'kit_%s';\n"
             % (rnd.randrange(10**6, 10**7), pick(hexd, 31))),
            ("esphome-ota", "iot-%d/esphome/porch.yaml" % i,
             "ota:\n  - platform: esphome\n    password: !secret porch_ota\nwifi:\n  ap:\n    password: !secret porch_ap\n"),
            ("esphome-ota-legacy", "iot-%d/esphome/base.yml" % i, "ota:\n  password: ${ota_password}\n"),
            ("cake-app-local", "cake-%d/config/app_local.example.php" % i,
             "<?php\nreturn [\n    'Security' => [\n        'salt' => env('SECURITY_SALT', '__SALT__'),\n    ],\n];\n"),
            ("cake-core", "cake2-%d/app/Config/core.default.php" % i,
             "<?php\nConfigure::write('Security.salt', 'DYhG93b0qyJfIxfs2guVoUubWwvniR2G0FgaC9mi');\n"
             "Configure::write('Security.cipherSeed', '76859309657453542496749683645');\n"),
            ("cake-env", "cake-%d/config/.env.example" % i, "export SECURITY_SALT=\"__SALT__\"\nexport APP_NAME=\"shop\"\n"),
            ("snmpv3-joined", "net-%d/snmpd.conf.example" % i,
             "createUser poller SHA \"changeme1\" AES \"<privacy-passphrase>\"\n"),
        ]
        for shape, fname, text in decoys:
            dec(shape, fname, text)


SHAPES18_POSITIVES = [  # (shape, file, template: {h40} New Relic license, {re} Resend key, {bs} BrowserStack
    # key, {h64} hex64, {pw} a password with '#'), rule, which
    ("index-chain-chef", "attributes/default.rb",
     "default['app']['db']['user'] = 'app'\ndefault['app']['newrelic']['license'] = '{h40}'\n",
     "newrelic-license-key-legacy", "h40"),
    ("index-chain-rb", "config/initializers/apm.rb", 'CONFIG[:newrelic][:license] = "{h40}"\n',
     "newrelic-license-key-legacy", "h40"),
    ("index-chain-php", "config/apm.php", "<?php\n$config['newrelic']['license'] = '{h40}';\n",
     "newrelic-license-key-legacy", "h40"),
    ("index-chain-py", "apm_settings.py", 'SETTINGS["newrelic"]["license"] = "{h40}"\n',
     "newrelic-license-key-legacy", "h40"),
    ("license-nested-yml", "apm.yml", "newrelic:\n  app_name: checkout\n  license: {h40}\n",
     "newrelic-license-key-legacy", "h40"),
    ("license-section-toml", "apm.toml", '[newrelic]\nlicense = "{h40}"\n', "newrelic-license-key-legacy", "h40"),
    ("provider-field-gleam", "src/mail.gleam",
     'pub fn mail() -> Creds {{\n  Creds(provider: "resend", key: "{re}")\n}}\n', "resend-api-key", "re"),
    ("provider-field-jl", "mail.jl", 'creds = (provider = "resend", key = "{re}")\n', "resend-api-key", "re"),
    ("provider-field-swift", "Mail.swift", 'let creds = Creds(provider: "resend", key: "{re}")\n', "resend-api-key",
     "re"),
    ("provider-field-dart", "lib/mail.dart", "final creds = Creds(provider: 'resend', key: '{re}');\n",
     "resend-api-key", "re"),
    ("provider-field-rs", "src/mail.rs", 'let creds = Creds {{ provider: "resend".into(), key: "{re}".into() }};\n',
     "resend-api-key", "re"),
    ("provider-field-ex", "lib/mail.ex", 'def creds, do: %{{provider: "resend", key: "{re}"}}\n', "resend-api-key",
     "re"),
    ("provider-field-rb", "mail.rb", "CREDS = {{ :provider => 'resend', :key => '{re}' }}.freeze\n",
     "resend-api-key", "re"),
    ("provider-field-kt", "Mail.kt", 'val creds = Creds(provider = "resend", key = "{re}")\n', "resend-api-key",
     "re"),
    ("provider-field-cr", "src/mail.cr", 'CREDS = {{provider: "resend", token: "{re}"}}\n', "resend-api-key", "re"),
    ("prose-md", "NOTES.md", "# Notes\n\nThe browserstack key we got from support is {bs}, rotate it after the demo.\n",
     "browserstack-access-key", "bs"),
    ("prose-md", "docs/qa.md", "The browserstack access key is {bs}.\n", "browserstack-access-key", "bs"),
    ("prose-comment-py", "conftest.py", "# the browserstack token: {bs}\nimport pytest\n", "browserstack-access-key",
     "bs"),
    ("handed-key-ts", "hardhat.config.ts",
     'import {{ HardhatUserConfig }} from "hardhat/config";\n\n'
     'const DEPLOYER_KEY = process.env.DEPLOYER_KEY ?? "0x{h64}";\n\n'
     'const config: HardhatUserConfig = {{\n  networks: {{\n'
     '    sepolia: {{ url: "https://rpc.sepolia.org", accounts: [DEPLOYER_KEY] }},\n  }},\n}};\n'
     "export default config;\n", "ethereum-private-key", "0x{h64}"),
    ("handed-key-js", "scripts/deploy.js",
     'const PK = process.env.PK || "0x{h64}";\nconst wallet = new ethers.Wallet(PK, provider);\n',
     "ethereum-private-key", "0x{h64}"),
    ("handed-key-ts", "src/client.ts",
     'export const OWNER_PK = (process.env.OWNER_PK ?? "0x{h64}") as `0x${{string}}`;\n'
     "const account = privateKeyToAccount(OWNER_PK);\n", "ethereum-private-key", "0x{h64}"),
    ("handed-key-py", "bot.py", 'SIGNER = os.getenv("SIGNER", "0x{h64}")\nacct = Account.from_key(SIGNER)\n',
     "ethereum-private-key", "0x{h64}"),
    ("jdbc-hash-log", "logs/catalina.out",
     "org.postgresql.util.PSQLException: FATAL: password authentication failed\n"
     "Caused by: connecting to jdbc:postgresql://db.internal:5432/orders?user=orders&password={pw}\n",
     "generic-password", "pw"),
    ("jdbc-hash-properties", "application.properties",
     "spring.datasource.url=jdbc:mysql://db:3306/shop?user=shop&password={pw}&useSSL=true\n",
     "generic-password", "pw"),
]

SHAPES18_DECOYS = [  # (shape, file, template, why)
    ("index-chain-decoy", "attributes/default.rb", "default['app']['newrelic']['license'] = nil\n", "nil"),
    ("index-chain-decoy", "attributes/env.rb",
     "default['app']['newrelic']['license'] = ENV['NEW_RELIC_LICENSE_KEY']\n", "an env reference"),
    ("index-chain-decoy", "attributes/name.rb", "default['newrelic']['app_name'] = 'checkout-{h40}'\n",
     "a name under a name that says no credential"),
    ("index-chain-decoy", "apm.php", "<?php\n$config['newrelic']['license_id'] = '{h40}';\n", "an id"),
    ("index-chain-decoy", "apm_ph.py", 'SETTINGS["newrelic"]["license"] = "<your-license-key>"\n', "a placeholder"),
    ("provider-field-decoy", "src/mail.gleam",
     'pub fn mail() -> Creds {{\n  Creds(provider: "resend", key: envoy.get("RESEND_API_KEY"))\n}}\n',
     "an env lookup"),
    ("provider-field-decoy", "lib/mail.ex",
     'def creds, do: %{{provider: "resend", key: "re_xxxxxxxx_xxxxxxxxxxxxxxxxxxxxxxxx"}}\n', "a placeholder"),
    ("provider-field-decoy", "Mail.swift", 'let creds = Creds(provider: "resend", key: "RESEND_API_KEY")\n',
     "an env var's name"),
    ("provider-field-decoy", "chat.jl", 'creds = (provider = "pusher", key = "{h20}")\n',
     "a key its provider publishes"),
    ("provider-field-decoy", "id.dart", "final creds = Creds(provider: 'resend', id: '{u}');\n", "an id"),
    ("prose-decoy", "NOTES.md", "The browserstack key is stored in the CI secret store.\n", "prose"),
    ("prose-decoy", "MASKED.md", "The browserstack key is {bsmask} now.\n", "a mask"),
    ("prose-decoy", "REF.md", "The browserstack key is `BROWSERSTACK_ACCESS_KEY`, set it in CI.\n",
     "an env var's name"),
    ("prose-decoy", "USER.md", "The browserstack username is qa_{u8} for the team.\n", "a username"),
    ("handed-key-decoy", "hardhat.config.ts",
     'const OWNER = process.env.OWNER ?? "0x{h40}";\nconst DEPLOYER_KEY = process.env.DEPLOYER_KEY ?? "";\n'
     'const SALT = "0x{h64}";\n'
     "module.exports = {{ networks: {{ a: {{ accounts: [DEPLOYER_KEY] }}, b: {{ accounts: [OWNER] }} }} }};\n",
     "an address, an empty fallback and a salt no sink takes"),
    ("handed-key-decoy", "scripts/roles.js",
     'const ROLE_HASH = "0x{h64}";\nconst wallet = new Wallet(process.env.PK, provider);\n',
     "a hash beside a key read from the environment"),
    ("jdbc-hash-decoy", "logs/app.log",
     "connecting to jdbc:postgresql://db:5432/orders?user=orders&password=${{DB_PASSWORD}}\n", "an env reference"),
]


def shapes18_block(emit):
    """Wave 18's structure-named provider keys: a provider's index that a
    chain of indices given a value goes on from (Chef attributes, Ruby,
    PHP, Python), `license` under a provider's name, a record whose
    `provider` field names it, a key named in a sentence, a name handed to
    an Ethereum key's sink whose declaration gives it a literal, and a JDBC
    URL's password holding '#'; decoys: the same structures with nil, env
    references, placeholders, ids, masks, prose, a published key, an
    address, a salt and a hash no sink takes."""
    rnd = random.Random(1818)
    hexd = "0123456789abcdef"
    pick = functools.partial(draw, rnd)
    mixed = functools.partial(draw_mixed, rnd)

    def values():
        bs = mixed(20)
        return dict(h40=pick(hexd, 40), h20=pick(hexd, 20), h64=pick(hexd, 64),
                    re="re_%s_%s" % (mixed(8), mixed(24)), bs=bs, bsmask=bs[:4] + "*" * 12 + bs[-4:],
                    pw="%s#%s" % (mixed(9), mixed(4)), u8=pick(hexd, 8),
                    u="%s-%s-4%s-%s%s-%s" % (pick(hexd, 8), pick(hexd, 4), pick(hexd, 3), rnd.choice("89ab"),
                                            pick(hexd, 3), pick(hexd, 12)))

    def filled():
        v = values()
        v["0x{h64}"] = "0x" + v["h64"]
        return v

    table_block(emit, "shapes18-", SHAPES18_POSITIVES, SHAPES18_DECOYS, filled)


PASSWORDS18_WORDS = ["aspen", "bramble", "cedar", "dunlin", "ember", "fescue", "garnet", "heron",
                     "indigo", "juniper", "kestrel", "lichen", "marram", "nutmeg", "osprey",
                     "pebble", "quince", "russet", "sorrel", "tansy", "umbra", "vervain",
                     "walnut", "yarrow"]


def passwords18_block(emit):
    """Passwords under a password's own name judged by what they are not
    (wave 18): lower-case words glued (bramblecedarheron), one word read
    through substitutions with a year (k3str3l2019), words with blanks and
    a number (Heron cedar moss 3), in configs, PHP arrays, pydantic
    settings, PgBouncer's userlist and Redis' requirepass. Decoys under
    the same names: a setting's one word, labels and sentences, a call's
    argument, a compiler pass's name, stored md5 forms, references,
    paths, leet sample words, the xkcd sample passphrase."""
    rnd = random.Random(18018)

    def word():
        return rnd.choice(PASSWORDS18_WORDS)

    def words(k):
        out = []
        while len(out) < k:
            w = word()
            if w not in out:
                out.append(w)
        return out

    def leet(w):
        return w.replace("e", "3", 1).replace("o", "0", 1)

    styles = (
        lambda: "".join(words(3)),
        lambda: leet(word()) + str(rnd.randrange(1975, 2031)),
        lambda: word() + str(rnd.randrange(10, 99)) + word() + rnd.choice(".&"),
        lambda: " ".join([word().capitalize()] + words(2)) + " " + str(rnd.randrange(1, 99)),
        lambda: " ".join(words(4)),
    )

    def rule_of(v):
        if " " in v:
            return "generic-passphrase"
        return "generic-password" if len(v) <= 15 else "generic-secret"

    def chosen(k):
        while True:
            v = styles[k % len(styles)]()
            if len(v) >= 12 or (len(v) >= 8 and k % len(styles) != 0):
                return v

    shapes = (("pw18-ini", "conf/mail.ini", "[smtp]\nhost = mx.test\npassword = {v}\n"),
              ("pw18-yaml", "deploy/app.yaml", "admin:\n  user: ops\n  password: \"{v}\"\n"),
              ("pw18-php", "config/config.php", "<?php\n$CONFIG = array (\n  'dbuser' => 'nc',\n"
               "  'dbpassword' => '{v}',\n);\n"),
              ("pw18-pydantic", "app/core/config.py", "class Settings(BaseSettings):\n"
               "    first_admin_password: str = \"{v}\"\n"))
    for i, (shape, fname, tpl) in enumerate(shapes):
        for k in range(len(styles) * 2):
            v = chosen(k + i)
            emit("positive", shape, "%d/%s" % (k, fname), tpl.format(v=v), rule=rule_of(v), provider="generic",
                 secret=v)
        for k, v in enumerate(("authentication", "required", "Mot de passe", "Your password is too short",
                               "Enter new password again", "correct horse battery staple", "s3cr3t",
                               "rapunz3l", "env:SMTP_PASSWORD", "/run/secrets/db-password",
                               "passwordlessLogin", "PASSWORD_MIN_LENGTH", "Heron cedar moss",
                               "postgres2024", "self.password", "authKeyTokenV3")):
            emit("decoy", shape, "d%d/%s" % (k, fname), tpl.format(v=v), provider="generic",
                 why="a setting, a label, a sample, a reference or a name of code")
    # places that are a password's by themselves: glued words kept, stored forms not
    for k in range(4):
        v = "".join(words(3))
        emit("positive", "pw18-pgbouncer", "%d/pgbouncer/userlist.txt" % k,
             '"report" "%s"\n' % v, rule="daemonconf-pgbouncer-userlist-password", provider="daemonconf",
             secret=v)
        v = "".join(words(3))
        emit("positive", "pw18-redis", "%d/redis/redis.conf" % k, "bind 127.0.0.1\nrequirepass %s\n" % v,
             rule="daemonconf-password", provider="daemonconf", secret=v)
    emit("decoy", "pw18-pgbouncer", "d/pgbouncer/userlist.txt",
         '"report" "md5%s"\n' % "".join(rnd.choice("0123456789abcdef") for _ in range(32)),
         provider="daemonconf", why="a stored md5 form")
    # a call's argument and a compiler pass's name are not assigned to a password's name
    for k, tpl in enumerate(('digest = hash_password("%s")\n',
                             'MACHINE_FUNCTION_PASS("%s", LowerPass())\n',
                             'The --http-password and --proxy-password %s apply to both.\n')):
        emit("decoy", "pw18-call", "c%d/%s" % (k, ("app.py", "Passes.def", "NEWS")[k]),
             tpl % ("".join(words(3)) if k < 2 else "interchangeably"), provider="generic",
             why="an argument or prose, not a value")


JUDGE18_WORDS = ["fennel", "marsh", "beacon", "tundra", "kettle", "spruce", "gannet", "shingle", "cobnut",
                 "larch", "mizzle", "pewter", "sorrel", "tansy", "wherry", "yarrow"]
JUDGE18_CODE_WORDS = ["session", "token", "client", "staging", "cache", "store", "request", "handler"]
# (shape, file, template, rule, which): a password's own name, a config
# file's or a note's literal of Capitalized words and a number, or of words
# with two digits between them (wave 18, after holdout19's score)
JUDGE18_POSITIVES = [
    ("pascal-ini", "conf/app.ini", "[db]\nuser = app\npassword = {pc}\n", "generic-password", "pc"),
    ("pascal-toml", "config.toml", "[database]\nhost = \"db\"\npassword = \"{pc}\"\n", "generic-password", "pc"),
    ("pascal-env", "deploy/.env", "DB_HOST=db\nDB_PASSWORD={pc}\n", "generic-password", "pc"),
    ("pascal-notes", "notes/handover.txt", "db login for the reports box\npassword = {pc}\n", "generic-password", "pc"),
    ("digits-ini", "conf/mail.ini", "[mail]\npassword = {dg}\n", "generic-secret", "dg"),
    # wave 19: a quoted literal assigned to a password's own name is a
    # hard-coded password in a program's source too (was a decoy)
    ("pascal-code", "src/Settings.java", "class Settings {{ static final String password = \"{pc}\"; }}\n",
     "generic-password", "pc"),
]
# (shape, file, template, why)
JUDGE18_DECOYS = [
    ("vocab-ini", "conf/smtp.ini", "[smtp]\npassword = {cw}\n", "words programs name things with"),
    ("vocab-props", "conf/app.properties", "mail.password={cw}\n", "words programs name things with"),
    ("one-leet-word", "conf/leet.ini", "[db]\npassword = {lt}\n", "one word spelt with one digit"),
]


def judge18_block(emit):
    rnd = random.Random(1819)

    def values():
        w = rnd.sample(JUDGE18_WORDS, 3)
        cw = rnd.sample(JUDGE18_CODE_WORDS, 2)
        leet = w[0].replace("e", "3", 1) if "e" in w[0][1:-1] else w[0][:2] + "4" + w[0][3:]
        return dict(pc="%s%s%d" % (w[0].capitalize(), w[1].capitalize(), rnd.randint(2, 9999)),
                    dg="%s%d%s%d%s" % (w[0], rnd.randint(2, 9), w[1], rnd.randint(2, 9), rnd.choice("XQKZ")),
                    cw="%s%s%d" % (cw[0], cw[1].capitalize(), rnd.randint(2, 9999)), lt=leet)

    table_block(emit, "judge18-", JUDGE18_POSITIVES, JUDGE18_DECOYS, values)


PASSWORDS19_WORDS = ["gorse", "linnet", "bracken", "mallow", "puffin", "teasel", "dunlin", "hazel", "sedge",
                     "thrift", "vetch", "plover", "burdock", "campion", "rowan", "sorrel", "bilberry", "curlew"]
PASSWORDS19_CODE = ["session", "token", "client", "cache", "handler", "store", "request", "service"]
PASSWORDS19_SEASONS = ["Spring", "Summer", "Autumn", "Winter", "March", "October", "December"]


def passwords19_block(emit):
    """Passwords the strong place refused until wave 19, under a password's
    own name: a season or month and its year (Summer2019!vel), a `$`- or
    `!`-led literal where the syntax keeps a `$` as it is or the name is a
    password's shape ($puffin_sedge613), dotted words in two cases
    (GORSE.linnet.42), `@` for `a` inside words (m@llow@Rowan2019), a
    trailing `%` under a bare `pass:`, and a quoted literal of Capitalized
    or dashed words passed as a password in code. Decoys in the same
    places: a season with a sample word or no year, `$names` of code's
    words or without a password's number where the syntax expands them,
    dotted names of one case, packages and versions, addresses, camelCase
    and code's words in code."""
    rnd = random.Random(19019)

    def words(k):
        return rnd.sample(PASSWORDS19_WORDS, k)

    def year():
        return str(rnd.randrange(1990, 2031))

    def rule_of(v):
        return "generic-password" if len(v) <= 15 else "generic-secret"

    def season():
        return rnd.choice(PASSWORDS19_SEASONS) + rnd.choice((year(), year()[2:])) + rnd.choice(("!", "#", "")) + \
            rnd.choice(("", words(1)[0][:3]))

    def at_inside():
        a, b = words(2)
        return a[:4].replace("a", "@") + "@" + b.capitalize() + year()

    # (shape, file, template with {v}, style)
    positives = (
        ("season-helm", "clusters/prod/grafana.yaml", "values:\n  adminUser: admin\n  adminPassword: {v}\n", season),
        ("season-php", "app/settings.php", "<?php\nreturn ['db' => ['host' => 'db', 'password' => '{v}']];\n",
         season),
        ("season-ini-php", "matomo/config/config.ini.php", "[database]\nhost = db\npassword = \"{v}\"\n", season),
        ("season-docs", "docs/setup.md", "Log in to the console:\n\n    user: ops\n    password: {v}\n", season),
        ("dollar-ini", "etc/app/secrets.conf", "[secrets]\npostgres_password = ${v}\n",
         lambda: "%s_%s%d" % (*words(2), rnd.randrange(100, 999))),
        ("dollar-yaml", "config/app.yml", "db:\n  password: \"${v}\"\n",
         lambda: "%s_%s%d" % (*words(2), rnd.randrange(10, 999))),
        ("dollar-env", "deploy/.env", "DB_HOST=db\nDB_PASSWORD=${v}\n",
         lambda: "%s_%s%d" % (*words(2), rnd.randrange(100, 999))),
        ("bang-notes", "notes/backup.txt", "restic repository password: !{v}\n",
         lambda: "%s_%s%d" % (*words(2), rnd.randrange(100, 999))),
        ("dotted-yaml", "observability/filebeat.yml", "setup.kibana:\n  username: elastic\n  password: \"{v}\"\n",
         lambda: "%s.%s.%d" % (words(1)[0].upper(), words(1)[0], rnd.randrange(10, 99))),
        ("dotted-pass", "wiki/config.yml", "db:\n  user: wiki\n  pass: {v}\n",
         lambda: "%s.%s.%d" % (words(1)[0].upper(), words(1)[0], rnd.randrange(10, 99))),
        ("at-env", "firefly/.env", "DB_USERNAME=app\nDB_PASSWORD={v}\n", at_inside),
        ("percent-pass", "wiki/config.yml", "db:\n  user: wiki\n  pass: {v}\n",
         lambda: "".join(w.capitalize() for w in words(2)) + str(rnd.randrange(10, 99)) + "%"),
        ("pascal-kwarg", "infra/main.py",
         "DbInstance(self, \"db\", engine=\"postgres\",\n    username=\"app\", password=\"{v}\", allocated_storage=20)\n",
         lambda: "".join(w.capitalize() for w in words(3)) + str(rnd.randrange(1, 9))),
        ("dashed-kwarg", "infra/stack.py", "rds.Instance(self, \"db\", username=\"app\", password=\"{v}\")\n",
         lambda: "-".join(words(4))),
        ("pascal-kotlin", ".teamcity/settings.kts",
         "project {{\n    params {{\n        param(\"env.ARTIFACTORY_PASSWORD\", \"{v}\")\n    }}\n}}\n",
         lambda: "".join(w.capitalize() for w in words(3)) + str(rnd.randrange(1, 9))),
    )
    decoys = (
        ("season-sample", "config/app.yml", "db:\n  password: {v}\n",
         lambda: rnd.choice(PASSWORDS19_SEASONS) + year()[2:] + rnd.choice(("!admin", "Test", "demo"))),
        ("season-word", "config/app.yml", "db:\n  password: {v}\n",
         lambda: rnd.choice(PASSWORDS19_SEASONS[:4]) + rnd.choice(("Boot3", "Release", "Theme9"))),
        ("dollar-code-word", "config/app.yml", "db:\n  password: \"${v}\"\n",
         lambda: "%s_%s_%d" % (rnd.choice(PASSWORDS19_CODE), words(1)[0], rnd.randrange(100, 999))),
        ("dollar-env-var", "deploy/.env", "DB_PASSWORD=${v}\n",
         lambda: "%s_%s%d" % (*words(2), rnd.randrange(1, 99))),
        ("dollar-compose", "docker-compose.yml", "services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: ${v}\n",
         lambda: "%s_%s_%s" % tuple(words(3))),
        ("dollar-kotlin", "build.gradle.kts", "val password = \"${v}\"\n",
         lambda: "%s_%s%d" % (*words(2), rnd.randrange(1, 99))),
        ("dotted-name", "config/app.yml", "db:\n  password: {v}\n",
         lambda: rnd.choice(("%s.%s.internal" % tuple(words(2)), "com.%s.%s" % (words(1)[0], words(1)[0].capitalize()),
                             "v%d.%d.%d" % (rnd.randrange(1, 9), rnd.randrange(10, 40), rnd.randrange(1, 9)),
                             "%s.%s.%d" % (*words(2), rnd.randrange(10, 99))))),
        ("address", "config/app.yml", "db:\n  password: {v}\n", lambda: "%s.%s@%s.lan" % tuple(words(3))),
        ("camel-kwarg", "infra/main.py", "DbInstance(self, \"db\", username=\"app\", password=\"{v}\")\n",
         lambda: words(1)[0] + "".join(w.capitalize() for w in words(2)) + str(rnd.randrange(1, 9))),
        ("code-word-kwarg", "infra/main.py", "DbInstance(self, \"db\", username=\"app\", password=\"{v}\")\n",
         lambda: words(1)[0].capitalize() + rnd.choice(PASSWORDS19_CODE).capitalize() + str(rnd.randrange(1, 99))),
        ("bare-pass-count", "reports/run.yml", "suite: smoke\npass: {v}\nfail: 0\n",
         lambda: rnd.choice(("aGVsbG8td29ybGQtdGhpcy1pcw", "%s-%s" % tuple(words(2)), str(rnd.randrange(10, 99))))),
    )
    for i in range(3):
        for shape, fname, tpl, make in positives:
            v = make()
            secret = ("$" if "${v}" in tpl else "!" if "!{v}" in tpl else "") + v
            emit("positive", "pw19-" + shape, "%d/%s" % (i, fname), tpl.format(v=v), rule=rule_of(secret),
                 provider="generic", secret=secret)
        for shape, fname, tpl, make in decoys:
            emit("decoy", "pw19-" + shape, "%d/%s" % (i, fname), tpl.format(v=make()), provider="generic",
                 why="a sample, a reference, a name or an address")


STRUCTS19_POSITIVES = [  # (shape, file, template, rule, which value is the secret)
    ("tuple-ml", "lib/tokens.ml", 'let tokens = [ ("hexpm", "{h32}"); ("mirror", "repo.hex.pm") ]\n',
     "hexpm-api-key", "h32"),
    ("tuple-fs", "Tokens.fs", 'let tokens = dict [ "activecampaign", "{h72}" ]\n', "activecampaign-api-key", "h72"),
    ("tuple-hs", "src/Tokens.hs", 'tokens = [("activecampaign", "{h72}"), ("region", "us1")]\n',
     "activecampaign-api-key", "h72"),
    ("tuple-erl", "sys.config", '[{{app, [{{hexpm, "{h32}"}}, {{region, "eu"}}]}}].\n', "hexpm-api-key", "h32"),
    ("tuple-pas", "Tokens.pas", "const\n  Tokens: array[0..1] of string = ('jenkins', '{j34}');\n",
     "jenkins-api-token", "j34"),
    ("tuple-cpp", "src/tokens.cpp",
     'static const std::map<std::string, std::string> kTokens{{\n    {{"steam", "{H32}"}},\n    {{"build", "{h40}"}},\n}};\n',
     "steam-web-api-key", "H32"),
    ("dotted-scm", "tokens.scm", "(define tokens '((\"customerio\" . \"{h32}\") (\"region\" . \"eu\")))\n",
     "customerio-api-key", "h32"),
    ("symbol-rkt", "tokens.rkt", "(define tokens (hash 'customerio \"{h32}\" 'region \"eu\"))\n",
     "customerio-api-key", "h32"),
    ("symbol-clj", "src/tokens.clj", '(def tokens {{:hexpm "{h32}" :region "eu"}})\n', "hexpm-api-key", "h32"),
    ("index-tcl", "tokens.tcl", 'set tokens(activecampaign) "{h72}"\nset tokens(region) "us1"\n',
     "activecampaign-api-key", "h72"),
    ("objc-dict", "Tokens.m", 'NSDictionary *tokens = @{{ @"customerio": @"{h32}", @"region": @"eu" }};\n',
     "customerio-api-key", "h32"),
    ("pair-kt", "Tokens.kt", 'val tokens = mapOf("replicate" to "{r8}", "region" to "us")\n',
     "replicate-api-token", "r8"),
    ("bound-ada", "tokens.ads",
     'package Tokens is\n   Vault_Conn : constant Conn_Config := (Address => +"https://vault.internal:8200", Key => +"{vs}");\nend Tokens;\n',
     "vault-legacy-token", "vs"),
    ("bound-rs", "src/vault.rs",
     'let vault_conn = VaultConfig {{ address: "https://vault.internal:8200", key: "{vs}" }};\n',
     "vault-legacy-token", "vs"),
]
STRUCTS19_DECOYS = [  # (shape, file, template, why)
    ("tuple-decoy", "lib/sums.ml", 'let sums = [ ("hexpm", "sha256:{h64}") ]\n', "a checksum"),
    ("tuple-decoy", "src/Ids.hs", 'commits = [("activecampaign", "{h40}")]\n', "a commit id, not the provider's format"),
    ("tuple-decoy", "sys.config", '[{{app, [{{hexpm, [{{mirror_url, "https://repo.hex.pm/{h32}"}}]}}]}}].\n',
     "a URL"),
    ("tuple-decoy", "Crumbs.pas", "const\n  Crumbs: array[0..1] of string = ('jenkins', '{h32}');\n",
     "a crumb, not the provider's format"),
    ("tuple-decoy", "src/ids.cpp", 'static const std::map<std::string, std::string> kIds{{\n    {{"steam", "7656119{d10}"}},\n    {{"build", "{h40}"}},\n}};\n',
     "a public id (SteamID64)"),
    ("tuple-decoy", "src/sums.cpp", 'static const std::map<std::string, std::string> kSums{{{{"steam", "{h40}"}}}};\n',
     "a digest, not the provider's format"),
    ("dotted-decoy", "tokens.scm", "(define tokens '((\"customerio\" . \"${{CUSTOMERIO_API_KEY}}\")))\n",
     "an env reference"),
    ("symbol-decoy", "tokens.rkt", "(define tokens (hash 'customerio (getenv \"CUSTOMERIO_API_KEY\")))\n",
     "an env lookup"),
    ("symbol-decoy", "src/sums.clj", '(def sums {{:hexpm-checksum "{h64}"}})\n', "a checksum"),
    ("index-decoy", "hosts.tcl", 'set hosts(activecampaign) "https://acme.api-us1.com"\n', "a URL"),
    ("objc-decoy", "Hosts.m", 'NSDictionary *hosts = @{{ @"customerio": @"track.customer.io" }};\n', "a host"),
    ("pair-decoy", "Tokens.kt", 'val tokens = mapOf("replicate" to "r8_<token>", "region" to "us")\n', "a placeholder"),
    ("pair-decoy", "Versions.kt", 'val versions = mapOf("replicate" to "0.31.2", "hexpm" to "2.1.1")\n', "versions"),
    ("bound-decoy", "tokens.ads",
     'package Tokens is\n   Vault_Conn : constant Conn_Config := (Address => +"https://vault.internal:8200", Key => +Value ("VAULT_TOKEN"));\nend Tokens;\n',
     "an env lookup"),
    ("bound-decoy", "src/vault.rs",
     'let vault_conn = VaultConfig {{ address: "https://vault.internal:8200", key_id: "{u}" }};\n',
     "an id under a name that says no credential"),
    ("bound-decoy", "deps.json", '{{\n  "dependencies": {{ "hexpm": "^1.0.0", "activecampaign": "~2.4.0" }}\n}}\n',
     "versions keyed by package names"),
]


def structs19_block(emit):
    """Wave 19's provider keys under the provider's name as a structure's
    key in languages the readers did not know: a tuple's first element
    (OCaml, F#, Haskell, Erlang, Pascal, C++), a Lisp's dotted pair, a
    symbol (Racket, Clojure), Tcl's array element, an Objective-C
    dictionary, a Kotlin pair, a record bound to the provider's name
    (Ada, Rust); decoys: the same structures with checksums, commit ids,
    URLs, hosts, public ids, env lookups, placeholders and versions."""
    rnd = random.Random(1919)
    hexd = "0123456789abcdef"
    pick = functools.partial(draw, rnd)
    mixed = functools.partial(draw_mixed, rnd)

    def values():
        return dict(h32=pick(hexd, 32), h40=pick(hexd, 40), h64=pick(hexd, 64), h72=pick(hexd, 72),
                    H32=pick("0123456789ABCDEF", 32), j34="11" + pick(hexd, 32), r8="r8_" + mixed(37),
                    vs="s." + mixed(24), d10=pick("0123456789", 10),
                    u="%s-%s-4%s-%s%s-%s" % (pick(hexd, 8), pick(hexd, 4), pick(hexd, 3), rnd.choice("89ab"),
                                            pick(hexd, 3), pick(hexd, 12)))

    table_block(emit, "structs19-", STRUCTS19_POSITIVES, STRUCTS19_DECOYS, values)


SHAPES19_POSITIVES = [  # (shape, file, template: {pw} a password of 14, {long} one of 24), rule, which
    ("camel-raw-xml", "src/main/resources/camel/routes.xml",
     '<routes>\n  <route id="edi">\n    <from uri="sftp://edi@sftp.partner.example:22/outbox?password=RAW({pw})'
     '&amp;delete=true"/>\n  </route>\n</routes>\n', "generic-password", "pw"),
    ("camel-raw-brace", "src/main/resources/application.properties",
     "camel.route.in=ftp://ops@ftp.partner.example/in?binary=true&password=RAW{{{long}}}&passiveMode=true\n",
     "generic-secret", "long"),
    ("xml-variable-value", "cruise-config.xml",
     '<cruise>\n  <environmentvariables>\n    <variable name="SMTP_PASSWORD"><value>{long}</value></variable>\n'
     '  </environmentvariables>\n</cruise>\n', "generic-secret", "long"),
    ("xml-property-value", "WEB-INF/beans.xml",
     '<bean id="ds" class="org.example.DataSource">\n  <property name="password">\n    <value>{pw}</value>\n'
     '  </property>\n</bean>\n', "generic-password", "pw"),
    ("xml-entry-key", "conf/app-properties.xml",
     '<properties>\n  <entry key="db.user">app</entry>\n  <entry key="db.password">{long}</entry>\n</properties>\n',
     "generic-secret", "long"),
    ("org-verbatim", "notes/setup.org",
     "* NAS\n- web ui: https://nas.lan:5001  user: =admin=  pass: ={pw}=\n", "generic-password", "pw"),
    ("org-code", "notes/db.org", "* Database\n- replica password: ~{long}~ (rotated in May)\n", "generic-secret", "long"),
    ("adoc-literal", "docs/ops.adoc", "== Access\n\nThe admin password is `+{pw}+` for now.\n",
     "generic-password", "pw"),
    ("notes-login", "docs/oncall-handover.md",
     "# Handover\n- Grafana admin login for the status wall: admin / {long}\n", "generic-secret", "long"),
    ("notes-credentials", "docs/nas.md", "# NAS\n- NAS credentials: ops / {pw}\n", "generic-password", "pw"),
    ("dbroot-conf", "mailcow-dockerized/mailcow.conf",
     "MAILCOW_HOSTNAME=mail.example.org\nDBNAME=mailcow\nDBUSER=mailcow\nDBROOT={long}\n", "generic-secret", "long"),
    ("dbroot-env", "deploy/.env", 'MAILCOW_DBROOT="{long}"\n', "generic-secret", "long"),
    ("pass-beside-user-yml", "wiki/config.yml",
     "port: 3000\ndb:\n  type: postgres\n  host: db\n  user: wikijs\n  pass: {long}\n  db: wiki\n",
     "generic-secret", "long"),
    ("pass-beside-user-ini", "conf/app.ini", "[database]\nuser = app\npass = {pw}\n", "generic-password", "pw"),
    ("escaped-json", "docs/debug/get-secret-value.json",
     '{{\n  "Name": "prod/db",\n  "SecretString": "{{\\"username\\":\\"app\\",\\"password\\":\\"{pw}\\",'
     '\\"host\\":\\"db.internal\\"}}"\n}}\n', "generic-password", "pw"),
]

SHAPES19_DECOYS = [  # (shape, file, template, why)
    ("camel-raw-decoy", "routes.xml",
     '<from uri="sftp://edi@sftp.partner.example/outbox?password={{{{sftp.password}}}}&amp;delete=true"/>\n',
     "a property placeholder"),
    ("camel-raw-decoy", "routes2.xml",
     '<from uri="sftp://edi@sftp.partner.example/outbox?password=RAW({{{{sftp.password}}}})&amp;delete=true"/>\n',
     "a property placeholder in RAW()"),
    ("camel-raw-decoy", "routes3.xml",
     '<from uri="sftp://edi@sftp.partner.example/outbox?password=RAW(${{env:SFTP_PASSWORD}})"/>\n',
     "an env reference in RAW()"),
    ("xml-value-decoy", "cruise-config.xml",
     '<variable name="SMTP_USER"><value>{long}</value></variable>\n', "a user's name says no credential"),
    ("xml-value-decoy", "cruise-config2.xml",
     '<variable name="SMTP_PASSWORD"><value>#{{SMTP_PASSWORD}}</value></variable>\n', "a parameter reference"),
    ("xml-value-decoy", "beans.xml",
     '<property name="password">\n  <value>${{db.password}}</value>\n</property>\n', "a property reference"),
    ("xml-value-decoy", "app-properties.xml", '<entry key="db.password"></entry>\n', "empty"),
    ("org-verbatim-decoy", "notes/setup.org", "- pass: =~/.password-store=\n", "a path"),
    ("org-verbatim-decoy", "notes/db.org", "- password: =a=b=\n", "no span"),
    ("notes-login-decoy", "docs/handover.md",
     "- login: admin / admin\n- login via SSO: Settings / Security\n- login: admin / $GRAFANA_ADMIN_PASSWORD\n"
     "- login: admin / <ask the team>\n- login flow: /auth/login / /auth/callback\n", "no password"),
    ("dbroot-decoy", "mailcow.conf", "DB_ROOT=/var/lib/mysql\nDBROOT=${{DBROOT}}\n", "a path, a reference"),
    ("pass-beside-user-decoy", "wiki/config.yml", "db:\n  user: wikijs\n  pass: $(DB_PASS)\n", "a reference"),
    ("pass-beside-user-decoy", "lint.yml", "db:\n  user: wikijs\nchecks:\n  pass: strict-{long}\n",
     "pass alone, the user in another block"),
    ("env-ref-decoy", "auth.json", '{{\n  "bearer": {{\n    "private.example.org": "%COMPOSER_BEARER%"\n  }}\n}}\n',
     "a Windows environment reference"),
    ("env-ref-decoy", "deploy.env", "DB_PASSWORD=%DB_PASSWORD%\n", "a Windows environment reference"),
    ("escaped-json-decoy", "secret.json", '{{"SecretString": "{{\\"password\\":\\"${{DB_PASS}}\\"}}"}}\n',
     "a reference"),
]


def shapes19_block(emit):
    """Wave 19's places: Camel's RAW() query values, XML values in an
    element an attribute names (GoCD, Spring, properties XML), Org's and
    AsciiDoc's verbatim spans after a password's word, a login written
    user / password in notes, mailcow's DBROOT, pass beside a user in a
    config's block, JSON inside a JSON string;
    decoys: placeholders and references in the same places, a user's
    name, paths, prose, Windows %NAME% references."""
    rnd = random.Random(1919)

    def values():
        return dict(pw="%s#%s" % (draw_mixed(rnd, 9), draw_mixed(rnd, 4)), long=draw_mixed(rnd, 24))

    table_block(emit, "shapes19-", SHAPES19_POSITIVES, SHAPES19_DECOYS, values)


PLACES20_POSITIVES = [  # (shape, file, template: {pw} a chosen password, {long} one of 24, {pak}), rule, which
    # a password's word glued to what it logs in to, in code no config reader reads
    ("glued-py", "src/mailer.py", 'import smtplib\nsmtppass = "{pw}"\n', "generic-password", "pw"),
    ("glued-go", "cmd/agent/main.go", 'package main\n\nfunc main() {{\n\trootPw := "{pw}"\n\t_ = rootPw\n}}\n',
     "generic-password", "pw"),
    ("glued-kotlin", "src/main/kotlin/Directory.kt", 'object Directory {{\n    val ldapBindPw = "{pw}"\n}}\n',
     "generic-password", "pw"),
    ("glued-js", "scripts/seed.js", "const adminpass = '{pw}';\nseed(adminpass);\n", "generic-password", "pw"),
    ("glued-groovy", "Jenkinsfile", "def vncpass = '{pw}'\nnode {{ sh 'make' }}\n", "generic-password", "pw"),
    ("glued-long", "src/jobs/report.py", 'imappass = "{long}"\n', "generic-secret", "long"),
    # pass as a quoted key or an element's name
    ("pass-key-py", "src/feed_client.py", 'creds = {{}}\ncreds["pass"] = "{pw}"\n', "generic-password", "pw"),
    ("pass-key-rb", "lib/uploader.rb", "conf = {{}}\nconf['pass'] = '{pw}'\n", "generic-password", "pw"),
    ("pass-key-json", "config/login.json", '{{"user": "ops", "pass": "{pw}"}}\n', "generic-password", "pw"),
    ("pass-key-php", "lib/mailer.php", "<?php\n$smtp = array('host' => 'mx1', 'pass' => '{pw}');\n",
     "generic-password", "pw"),
    ("pass-element", "conf/feeds.xml",
     "<feeds>\n  <feed>\n    <url>https://news.example.org/rss</url>\n    <user>reader</user>\n"
     "    <pass>{pw}</pass>\n  </feed>\n</feeds>\n", "generic-password", "pw"),
    # a user's entry that holds its password
    ("user-entry-ini", "conf/relay.ini", "[relay]\nlogin = ops:{pw}\n", "generic-password", "pw"),
    ("user-entry-yml", "deploy/accounts.yml", "sftp:\n  account: backup:{pw}\n", "generic-password", "pw"),
    ("user-entry-conf", "etc/stund.conf", "realm=turn.example.org\nusers=relay:{pw}\n", "generic-password", "pw"),
    # C's printable octal escapes (history files)
    ("octal-history", "home/.mysql_history",
     "SHOW\\040DATABASES;\nGRANT\\040ALL\\040ON\\040app.*\\040TO\\040'app'@'%'\\040IDENTIFIED\\040BY\\040'{pw}';\n",
     "dbclient-sql-identified-by", "pw"),
    # a shell default's value starts after its operator
    ("shell-default-pak", "theme/Makefile",
     "deploy:\n\tHUBSPOT_PERSONAL_ACCESS_KEY=$${{HUBSPOT_PERSONAL_ACCESS_KEY:-{pak}}} hs upload src theme\n",
     "hubspot-personal-access-key", "pak"),
    ("shell-default-pak", "compose.yaml",
     "services:\n  cms:\n    environment:\n      - PERSONAL_ACCESS_KEY=${{PERSONAL_ACCESS_KEY:-{pak}}}\n",
     "hubspot-personal-access-key", "pak"),
]

PLACES20_DECOYS = [  # (shape, file, template, why)
    ("glued-decoy", "src/nav.py", 'compass = "{pw}"\nbypass_list = "{pw}"\n', "not a password's word"),
    ("glued-decoy", "src/rail.js", "const passenger = '{pw}';\nconst multipass = '{pw}';\n", "not a password's word"),
    ("glued-decoy", "src/ftp.go", 'passive := "{pw}"\ndbpass_count := "{pw}"\n', "a mode, a count"),
    ("glued-decoy", "src/mailer2.py", 'smtppass = "changeme"\nrootpw = os.environ["ROOT_PW"]\n',
     "a placeholder, a lookup"),
    ("pass-key-decoy", "tests/report.py", 'result["pass"] = 12\nstatus = "pass"\n', "a test's pass count"),
    ("pass-key-decoy", "conf/checks.xml", "<check>\n  <pass>true</pass>\n  <pass>3</pass>\n</check>\n",
     "a flag, a count"),
    ("pass-key-decoy", "config/login2.json", '{{"user": "ops", "pass": "${{LOGIN_PASS}}"}}\n', "a reference"),
    ("user-entry-decoy", "compose.yml", 'services:\n  app:\n    user: "1000:1000"\n', "a uid:gid"),
    ("user-entry-decoy", "etc/php-fpm.conf", "[www]\nuser = www-data:www-data\n", "a user:group"),
    ("user-entry-decoy", "etc/realm.properties", "user: OBF:{long},user\n", "Jetty's realm, its own rule"),
    ("user-entry-decoy", "etc/app.conf", "login = ops\naccount = see the wiki: ops\n", "no password"),
    ("octal-decoy", "scripts/colors.sh", 'echo -e "\\033[31mpassword check failed\\033[0m"\n',
     "an ANSI colour"),
    ("octal-decoy", "home/.mysql_history",
     "SELECT\\040*\\040FROM\\040users\\040WHERE\\040password\\040IS\\040NULL;\n", "no value"),
    ("shell-default-decoy", "run.sh", "TOKEN=${{PERSONAL_ACCESS_KEY:-}}\nOUT=${{OUT_DIR:-/var/tmp/out}}\n",
     "empty, a path"),
]


def places20_block(emit):
    """Wave 20's places of a password's name: its word glued to what it
    logs in to in code (smtppass, rootPw, ldapBindPw), pass as a quoted
    key or an element, a user's entry written user:password, C's octal
    escapes in history files, a shell default's value after its
    operator; decoys: compass, bypass, passenger, passive, pass counts and
    flags, uid:gid and user:group, Jetty's realm, ANSI colours, empty
    defaults and paths."""
    rnd = random.Random(2020)
    words = ["Tulip", "Harbor", "Otter", "Maple", "Heron", "Cedar", "Falcon", "Birch", "Badger", "Larch",
             "Marten", "Aspen", "Walrus", "Copper", "Lynx", "Spruce", "Gecko", "Willow", "Newt", "Alder"]
    b64u = string.ascii_letters + string.digits + "_-"

    def values():
        pw = "%s%s%s%02d" % (rnd.choice(words), rnd.choice("#%&!*+@^~"), rnd.choice(words), rnd.randrange(10, 100))
        # a HubSpot personal access key: CiR, its region and version, then the body
        pak = "CiRuYTEtZ" + rnd.choice("TDjz") + rnd.choice("AEIMQUYcgk") + "t" + draw(rnd, b64u, 95)
        return dict(pw=pw[:15], long=draw_mixed(rnd, 24), pak=pak)

    table_block(emit, "places20-", PLACES20_POSITIVES, PLACES20_DECOYS, values)
STRUCTS20_POSITIVES = [  # (shape, file, template, rule, which value is the secret)
    ("qualified-kt", "src/main/kotlin/Keys.kt", 'const val ELEVENLABS_API_KEY_BACKUP = "{h32}"\n',
     "elevenlabs-api-key-legacy", "h32"),
    ("qualified-go", "internal/sms/keys.go", 'var twilioAuthTokenPrimary = "{h32}"\n', "twilio-auth-token", "h32"),
    ("typed-ts", "src/voice.ts", 'export const elevenlabsKeyOld: string = "{h32}";\n',
     "elevenlabs-api-key-legacy", "h32"),
    ("typed-rs", "src/sms.rs", 'const TWILIO_TOKEN_CURRENT: &str = "{h32}";\n', "twilio-auth-token", "h32"),
    ("qualified-php", "config/voice.php", "<?php\n$elevenlabs_key_v2 = '{h32}';\n", "elevenlabs-api-key-legacy",
     "h32"),
    ("middle-cs", "Config/Sms.cs", 'public const string TwilioServiceAuthTokenLive = "{h32}";\n',
     "twilio-auth-token", "h32"),
    ("block-rb", "config/initializers/voice.rb",
     "Elevenlabs.configure do |c|\n  c.voice = 'rachel'\n  c.key = '{h32}'\nend\n", "elevenlabs-api-key-legacy",
     "h32"),
    ("block-hcl", "deploy/git.hcl", 'gitea {{\n  url = "https://git.example.org"\n  key = "{h40}"\n}}\n',
     "gitea-access-token", "h40"),
    ("block-py", "settings/sms.py", 'class Twilio:\n    region = "us1"\n    key = "{h32}"\n',
     "twilio-auth-token", "h32"),
    ("block-java", "src/main/java/Mail.java",
     'final class Postmark {{\n    static final String KEY = "{u}";\n}}\n', "postmark-api-token", "u"),
    ("block-hocon", "conf/payments.conf", 'authorizenet {{\n  login = "shop"\n  key = "{H128}"\n}}\n',
     "authorizenet-signature-key", "H128"),
    ("block-swift", "Sources/Voice.swift", 'struct Elevenlabs {{\n  static let key = "{h32}"\n}}\n',
     "elevenlabs-api-key-legacy", "h32"),
    ("block-dart", "lib/git.dart", "class Gitea {{\n  static const key = '{h40}';\n}}\n", "gitea-access-token",
     "h40"),
    ("short-tuple-py", "notify/tokens.py", 'TOKENS = [("gotify", "{gt}"), ("region", "eu")]\n', "gotify-token", "gt"),
    ("near-gh-docker", "Dockerfile", "FROM alpine\nENV GH_TOKEN={gh24}\n", "github-pat-fine-grained", "gh24"),
    ("near-snyk-json", "snyk.json", '{{\n  "api": "{snyk}"\n}}\n', "snyk-personal-access-token", "snyk"),
]
STRUCTS20_DECOYS = [  # (shape, file, template, why)
    ("qualified-decoy", "Keys.kt", 'const val GITEA_COMMIT_SHA_OLD = "{h40}"\n', "a commit id: no credential's word"),
    ("qualified-decoy", "keys.go", 'var twilioAccountSidPrimary = "AC{h32}"\n', "a public account id"),
    ("qualified-decoy", "voice.ts", 'export const elevenlabsVoiceIdBackup: string = "{h32}";\n', "a voice id"),
    ("qualified-decoy", "git.php", "<?php\n$gitea_token_masked = '9031************80e0';\n", "masked"),
    ("qualified-decoy", "voice2.php", "<?php\n$elevenlabs_key_sha = '{h32}';\n", "the key's digest"),
    ("qualified-decoy", "Sms.cs", 'public const string TwilioClientTokenLive = "{h32}";\n',
     "a client-side token's name"),
    ("block-decoy", "twilio.rb", "Twilio.configure do |c|\n  c.account = 'AC{h32}'\nend\n", "an account sid"),
    ("block-decoy", "git.hcl", 'gitea {{\n  url = "https://git.example.org"\n  commit = "{h40}"\n}}\n', "a commit"),
    ("block-decoy", "Mail.java", 'final class Postmark {{\n    static final String MESSAGE_ID = "{u}";\n}}\n',
     "a message id"),
    ("block-decoy", "sms.py", 'TWILIO = {{\n    "region": "us1",\n    "key_sid": "SK{h32}",\n}}\n', "a key's public sid"),
    ("block-decoy", "payments.conf", 'authorizenet {{\n  login = "shop"\n  checksum = "{H128}"\n}}\n', "a checksum"),
    ("block-decoy", "Voice.swift", 'struct Elevenlabs {{\n  static let voiceId = "{h32}"\n}}\n', "a voice id"),
    ("block-decoy", "retry.js", "if (twilioRetries > 3) {{\n  key = \"{h32}\";\n}}\n",
     "a condition's name heads no object"),
    ("near-decoy", "Dockerfile", "ENV GH_TOKEN={gh24}\n".replace("{gh24}", "github_pat_{b22}_{b40}"),
     "a truncated token"),
    ("short-decoy", "tokens.py", 'TOKENS = [("gotify", "CHANGE_ME_TOKEN"), ("gotify_app_id", "25")]\n',
     "a placeholder, an app's number"),
    ("near-decoy", "snyk.json", '{{"api": "snyk_uat.{h8}.eyJ{b40}"}}\n', "a truncated JWT"),
]


def structs20_block(emit):
    """Wave 20's provider keys under compound names (a credential's word
    among more: ELEVENLABS_API_KEY_BACKUP, giteaTokenOld: string), in the
    provider's own object over lines (a Ruby setup block, an HCL block, a
    Java class, a Python or Lua table, a YAML map), and formats a little
    off the documented lengths (github_pat_, snyk_uat.); decoys: public
    ids, commits, checksums, masks, conditions, truncated tokens."""
    rnd = random.Random(2020)
    hexd = "0123456789abcdef"
    pick = functools.partial(draw, rnd)
    mixed = functools.partial(draw_mixed, rnd)

    def values():
        return dict(h32=pick(hexd, 32), h40=pick(hexd, 40), h8=pick(hexd, 8),
                    H128=pick("0123456789ABCDEF", 128), b22=mixed(22), b40=mixed(40),
                    gh24="github_pat_11" + mixed(22) + "_" + mixed(59), gt="A" + mixed(14),
                    snyk="snyk_uat.%s.%s-%s" % (pick(hexd, 8), mixed(20), mixed(22)),
                    u="%s-%s-4%s-%s%s-%s" % (pick(hexd, 8), pick(hexd, 4), pick(hexd, 3), rnd.choice("89ab"),
                                            pick(hexd, 3), pick(hexd, 12)))

    table_block(emit, "structs20-", STRUCTS20_POSITIVES, STRUCTS20_DECOYS, values)
PASSWORDS20_WORDS = ["kelp", "samphire", "wrasse", "limpet", "marram", "shingle", "bladder", "cowrie", "dulse",
                     "gannet", "razorbill", "scoter", "tangle", "whelk", "purslane", "sanderling", "thrift", "eelgrass"]
PASSWORDS20_NAMES = ["Anke", "Bogdan", "Chiara", "Dmitri", "Eero", "Fatou", "Goran", "Hedda", "Ilse", "Jurgis",
                     "Kwame", "Lotte", "Mirela", "Nikos", "Oona", "Pita"]


def passwords20_block(emit):
    """Passwords the strong place refused until wave 20, under a password's
    own name: a season and a name with its number and marks (WinterHedda71!!),
    a PIN of 8 digits or more, a mark before a Capitalized word and its number
    (@Marram5518, "!Whelk7261" quoted in YAML), SHOUTED words of no code
    vocabulary and a number (KELP-WHELK-71), a password's mark inside an
    id-like value (KWB1405!88); a 64-hex secret that holds one climb of 5, a
    secret under a name ending `_base`. Decoys in the same places: PINs that
    climb, fall or repeat, references led by a mark, constants of code's
    words, a bare YAML tag, the keyboard's columns, hex a climb fills, Pi-hole's
    stored WEBPASSWORD hash, a `_base` that holds a path."""
    rnd = random.Random(20020)

    def word():
        return rnd.choice(PASSWORDS20_WORDS)

    def rule_of(v):
        return "generic-password" if len(v) <= 15 else "generic-secret"

    def pin():
        while True:
            v = "".join(rnd.choice("0123456789") for _ in range(rnd.choice((8, 9, 10))))
            if len(set(v)) >= 5 and not any(abs(int(v[i + 1]) - int(v[i])) == 1 == abs(int(v[i + 2]) - int(v[i + 1]))
                                            for i in range(len(v) - 2)):
                return v

    def hex_with_climb():
        h = "".join(rnd.choice("0123456789abcdef") for _ in range(59))
        at = rnd.randrange(0, 59)
        return h[:at] + rnd.choice(("12345", "abcde", "34567")) + h[at:]

    def b64(n):
        return "".join(rnd.choice(string.ascii_letters + string.digits + "+/") for _ in range(n))

    # (shape, file, template with {v}, style)
    positives = (
        ("season-name", "pihole/docker-compose.yml",
         "services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: '{v}'\n",
         lambda: rnd.choice(("Spring", "Summer", "Autumn", "Winter")) + rnd.choice(PASSWORDS20_NAMES) +
         str(rnd.randrange(10, 99)) + rnd.choice(("!!", "!?", "#!", "-!"))),
        ("pin-env", "deploy/.env", "DB_HOST=db\nDB_PASSWORD={v}\n", pin),
        ("pin-php", "config/db.php", "<?php\nreturn ['default_password' => '{v}'];\n", pin),
        ("mark-word", "config/app.yml", "mail:\n  user: alerts\n  password: \"{v}\"\n",
         lambda: rnd.choice("%!") + word().capitalize() + str(rnd.randrange(1000, 9999))),
        ("shouted", "etc/app/app.conf", "[db]\nuser = app\npassword = {v}\n",
         lambda: rnd.choice("-.").join(w.upper() for w in rnd.sample(PASSWORDS20_WORDS, 2)) +
         rnd.choice("-._") + str(rnd.randrange(10, 99))),
        ("inner-mark", "settings.json", "{{\n  \"smtp\": {{ \"user\": \"ops\", \"password\": \"{v}\" }}\n}}\n",
         lambda: "".join(rnd.sample("BCDFGHJKLMNPRSTVW", 3)) + "%02d%02d" % (rnd.randrange(1, 29), rnd.randrange(1, 13)) +
         rnd.choice("!#*") + str(rnd.randrange(10, 99))),
    )
    secrets = (
        ("hex-climb", "api/.env", "JWT_SECRET={v}\n", hex_with_climb),
        ("key-base", "config/secrets.yml", "production:\n  secret_key_base: \"{v}\"\n", lambda: b64(43) + "="),
    )
    decoys = (
        ("pin-climb", "deploy/.env", "DB_PASSWORD={v}\n",
         lambda: rnd.choice(("12345678", "87654321", "98765432", "23456789", "11223344", "12121212", "00000000"))),
        ("mark-reference", "config/app.yml", "db:\n  password: \"{v}\"\n",
         lambda: rnd.choice(("@%s_password" % word(), ":%s_pass1" % word(), "%%%s_PASS%%" % word().upper(),
                             "~/%s/pass.txt" % word()))),
        ("code-constant", "etc/app/app.conf", "[db]\npassword = {v}\n",
         lambda: "%s_%s_%d" % (rnd.choice(("APP", "DB", "API", "AUTH")), rnd.choice(("SECRET", "HOST", "TOKEN", "CONFIG")),
                               rnd.randrange(10, 99))),
        ("yaml-tag", "config/app.yml", "db:\n  password: !{v}\n",
         lambda: "%s_%s%d" % (word(), word(), rnd.randrange(10, 99))),
        ("hex-filled", "api/.env", "JWT_SECRET={v}\n", lambda: "0123456789abcdef" * 4),
        ("webpassword", "pihole/setupVars.conf", "PIHOLE_INTERFACE=eth0\nWEBPASSWORD={v}\n",
         lambda: "".join(rnd.choice("0123456789abcdef") for _ in range(64))),
        ("base-path", "config/app.yml", "cache:\n  cache_key_base: \"{v}\"\n",
         lambda: "views/%s/v%d" % (word(), rnd.randrange(1, 9))),
    )
    for i in range(3):
        for shape, fname, tpl, make in positives:
            v = make()
            emit("positive", "pw20-" + shape, "%d/%s" % (i, fname), tpl.format(v=v), rule=rule_of(v),
                 provider="generic", secret=v)
        for shape, fname, tpl, make in secrets:
            v = make()
            emit("positive", "pw20-" + shape, "%d/%s" % (i, fname), tpl.format(v=v), rule="generic-secret",
                 provider="generic", secret=v)
        for shape, fname, tpl, make in decoys:
            emit("decoy", "pw20-" + shape, "%d/%s" % (i, fname), tpl.format(v=make()), provider="generic",
                 why="a run, a reference, a constant, a tag, a stored hash or a path")


NETCONF21_POSITIVES = [  # (shape, file, template: {pw} a chosen password, {pp} words joined), rule, which
    # a device's directive: keyword, qualifiers, the credential's word, a type 0 or `simple`, the value
    ("directive-nxos", "switches/n9k-spine1.cfg",
     "hostname n9k-spine1\nusername ops password 0 {pw} role network-admin\nfeature bgp\n", "generic-password", "pw"),
    ("directive-iosxr", "routers/asr9k-pe2.txt",
     "hostname asr9k-pe2\nusername netops\n group root-lr\n password 0 {pw}\n!\nline console\n",
     "generic-password", "pw"),
    ("directive-comware", "h3c/core.cfg",
     "sysname core-h3c\nlocal-user admin class manage\n password simple {pw}\n service-type ssh\n",
     "generic-password", "pw"),
    ("directive-ios-keychain", "wan/edge-r2-confg",
     "hostname edge-r2\nkey chain OSPF-KEYS\n key 1\n  key-string 0 {pw}\ninterface Gi0/1\n ip address 10.0.0.1 255.255.255.252\n",
     "generic-password", "pw"),
    ("directive-ios-tacacs", "wan/edge-r3-confg",
     "hostname edge-r3\ntacacs server TAC1\n address ipv4 10.5.5.5\n key 0 {pw}\nip domain name corp.lan\n",
     "generic-password", "pw"),
    ("directive-ios-isakmp", "vpn/branch-confg",
     "hostname branch\ncrypto isakmp policy 10\n authentication pre-share\ncrypto isakmp key {pw} address 198.51.100.1\n",
     "generic-password", "pw"),
    ("directive-brocade", "icx/icx7150.conf",
     "hostname icx7150\nenable super-user-password {pw}\nvlan 20 name voice\n", "generic-password", "pw"),
    ("directive-openbgpd", "etc/bgpd.conf",
     "AS 65020\nneighbor 192.0.2.9 {{\n    remote-as 65021\n    tcp md5sig password {pw}\n}}\n", "generic-password", "pw"),
    ("directive-snmp", "switches/access-3.cfg",
     "hostname access-3\nsnmp-server community {pp} RW 99\nsnmp-server location rack-4\n", "generic-password", "pp"),
    ("directive-exos", "extreme/summit.xsf",
     "configure snmp sysName summit-2\nconfigure vlan default delete ports all\n"
     "configure snmp add community readwrite {pp}\n", "generic-password", "pp"),
    ("directive-junos-set", "junos/mx-set.conf",
     'set system services ssh\nset protocols ospf area 0 interface ge-0/0/1 authentication simple-password "{pw}"\n',
     "generic-password", "pw"),
    ("directive-routeros-hotspot", "mikrotik/hotspot.rsc",
     "/ip hotspot user\nadd name=lobby password={pw} profile=guests\n", "generic-password", "pw"),
    ("directive-chrony", "ops/gear-notes.ios",
     "hostname lab-r1\nntp authentication-key 4 md5 {pw}\nntp trusted-key 4\n", "generic-password", "pw"),
]
NETCONF21_DECOYS = [  # (shape, file, template, why)
    ("directive-decoy", "switches/n9k-leaf.cfg",
     "hostname n9k-leaf\nusername ops password 5 $5$JHMQ2b1X$Xq0ZmkYbX3QvN1t8e7Ph2sWcA5LrD6uEfG9hI0jK4l. role network-admin\n",
     "a type 5 hash"),
    ("directive-decoy", "wan/r5-confg",
     "hostname r5\nenable secret 9 $9$nhEmQVczB7dqsO$X.HsgL6x1il0RxkOSSvyQYwucySCt7qFm4v7pqCxkKM\nusername a secret 8 $8$dsYGNam3K1SIJO$7nv/35M/qr6t.dVc7UY9zrJDWRVqncHub1PE9UlMQFs\n",
     "type 8 and 9 hashes"),
    ("directive-decoy", "wan/r6-confg",
     "hostname r6\nusername ops password 7 094F471A1A0A\ntacacs-server key 7 0822455D0A16\n",
     "type 7: an encoding, not the password as written"),
    ("directive-decoy", "wan/r7-confg",
     "hostname r7\nservice password-encryption\npassword encryption aes\nno enable password\nkey chain OSPF-KEYS\n",
     "settings, no values"),
    ("directive-decoy", "switches/access-9.cfg",
     "hostname access-9\nsnmp-server community public RO\nsnmp-server community private RW\n", "default communities"),
    ("directive-decoy", "junos/mx-edge.conf",
     'protocols {{\n    bgp {{\n        authentication-key "$9$dLbYoZUjq.5F/Cu1RcyNdbs2oJZDkqP5"; ## SECRET-DATA\n    }}\n}}\n',
     "a Junos $9$ string"),
    ("directive-decoy", "forti/fw-branch.conf",
     "config user local\n    edit \"ops\"\n        set passwd ENC SH2mPqLk8Zx0Tv3Wn5Rb7Yc9Ud1Fe4Gh6Jk8Lm0Np2Qr4St6Vw8Xz0Ab=\n    next\nend\n",
     "FortiOS's ENC value"),
    ("directive-decoy", "h3c/edge.cfg",
     "sysname edge-h3c\nlocal-user admin class manage\n password hash $h$6$Tq3Ww8Rb0Yc2Ud4F$Ge6Hj8Kl0Mn2Pq4Rs6Tu8Vw0Xy2Za4Bc6De8Fg0Hi2Jk4Lm6No8Pq0Rs2Tu4Vw6Xy8Za0Bc2De==\n",
     "a Comware hash"),
    ("directive-decoy", "docs/router-howto.txt",
     "Set the password with the enable secret command, then check the key chain\nname and the community string on each switch.\n",
     "prose about directives"),
    ("directive-decoy", "src/sctp.c",
     "struct sctp_shared_key *null_key;\nstatic const char *community_name;\n", "C declarations"),
]


def netconf21_block(emit):
    """Wave 21's directive configs: a credential written as words after
    its keyword and qualifiers (NX-OS, IOS-XR, Comware, key chains,
    TACACS+, ISAKMP, Brocade, OpenBGPD, SNMP communities, EXOS, Junos set,
    RouterOS hotspot users); decoys: Cisco types 5/7/8/9, Junos $9$,
    FortiOS ENC, Comware hashes, default communities, settings without a
    value, prose and C declarations."""
    rnd = random.Random(2121)
    words = ["Quill", "Harrow", "Sorrel", "Tamarind", "Pewter", "Bracken", "Osier", "Lantern", "Fulmar", "Sedge",
             "Cobble", "Dormer", "Gannet", "Hazel", "Ingot", "Jetty", "Kestrel", "Loam", "Mizzen", "Nettle"]

    def values():
        a, b, c, d = rnd.sample(words, 4)
        pw = "%s%s%s%02d" % (a, rnd.choice("#%&!*+@^~_-"), b.lower(), rnd.randrange(10, 100))
        pp = "-".join(w.lower() for w in (a, b, c, d))
        return dict(pw=pw[:15], pp=pp)

    table_block(emit, "netconf21-", NETCONF21_POSITIVES, NETCONF21_DECOYS, values)
# a command that registers a user takes its password after the user's name
# (patterns/cli.json): the command is the rule's keyword, placed whole
STRUCTURED["cli-register-user-password"] = "file"
# (pwshapes24) places that know a password by the command, the directive or
# the daemon's line around it: their examples are placed whole
STRUCTURED.update({rid: "file" for rid in (
    "cli-nmcli-secret", "daemonconf-ldap-bind-credentials",
    "generic-passphrase-directive")})


def prose21_block(emit):
    """Credentials given in sentences (wave 21): notes, tickets, chat
    exports, e-mails, commit messages and comments that say "the password
    for X is V", "V was set as the password", "my password V, still 403",
    "the X login is user / V" (JSON's \/ too), the value in a mark or on
    the next line alone; and the same sentences where the value is none:
    a reset link, the vault, a requirement, a documented default (admin /
    admin), username/password authentication, a policy, a path, a ratio,
    a variable, a mask."""
    rnd = random.Random(21021)
    places = ("vendor portal", "backup share", "staging NAS", "wiki", "build box", "VPN gateway", "old CRM")
    users = ("ops", "deploy", "svc-backup", "jenkins", "root", "vendor_ops", "k.ito")

    def value():
        style = rnd.randrange(4)
        if style == 0:
            return "".join(rnd.choice(string.ascii_letters + string.digits) for _ in range(rnd.randrange(10, 15)))
        if style == 1:
            return ".".join(rnd.sample(PASSWORDS20_WORDS, 3)) + "." + str(rnd.randrange(2, 9))
        if style == 2:
            return "%s_%d_%s" % (rnd.choice(PASSWORDS20_WORDS).upper(), rnd.randrange(1000, 9999),
                                 rnd.choice(PASSWORDS20_NAMES).lower())
        return rnd.choice(PASSWORDS20_WORDS).capitalize() + rnd.choice("#!%") + \
            "".join(rnd.choice(string.ascii_lowercase) for _ in range(4)) + str(rnd.randrange(10, 99))

    def rule_of(v):
        return "generic-password" if len(v) <= 15 else "generic-secret"

    # (shape, file, template with {v}, {p} a place, {u} a user)
    positives = (
        ("md-for-is", "docs/runbook.md", "## Access\n\n- the password for the {p} is `{v}` (ask before use)\n"),
        ("rst-changed", "docs/ops.rst", "Ops\n===\n\nThe {p} password was changed to ``{v}`` on Monday.\n"),
        ("eml-login", "mail/handover.eml", "From: a@example.org\nSubject: handover\n\nHi,\n\nthe {p} login is {u} / {v}\nthanks!\n"),
        ("chat-escaped", "export/messages.json", "[{{\"author\": \"lee\", \"content\": \"creds: {u} \\/ {v} - rotate after the demo\"}}]\n"),
        ("csv-direct", "support/cases.csv", "case,title,comment\n9001,\"Locked out\",\"reset done, my password {v} works again\"\n"),
        ("ticket-colon", "support/ticket.json", "{{\"id\": 77, \"body\": \"Temporary password: {v} - please change it\"}}\n"),
        ("commit-direct", "git/COMMIT_EDITMSG", "deploy: pin the mailer\n\nhardcode the smtp password {v} until the vault is back\n"),
        ("comment-is", "tools/sync.py", "# NOTE: the {p} password is {v} (rotate!)\nimport os\n"),
        ("next-line", "notes/share.txt", "The password for the {p} is\n    {v}\n"),
        ("html-pw", "wiki/page.html", "<p>Your temporary pw is {v}</p>\n"),
        ("yaml-prose", "issues/42.yml", "title: NAS access\ndescription: the {p} admin login is {u} / {v} until Friday\n"),
        ("org-creds", "notes/lab.org", "* Lab\n- {p} login: {u} / ={v}=\n"),
    )
    decoys = (
        "The password reset link expires after 24 hours.",
        "The password is in the vault under ops/staging.",
        "A password is required for every account.",
        "The default login is admin / admin (change it on first login).",
        "Supports username/password authentication and OAuth2.",
        "Change your password to something strong after the first login.",
        "Your password must be at least 12 characters long.",
        "The password for the admin account is set during installation.",
        "If you forgot your password, click Forgot password.",
        "The password is stored as a bcrypt hash.",
        "The password is the same as the username.",
        "password is $DB_PASSWORD from the environment",
        "The password is <your-password>.",
        "The password is ******** (masked).",
        "Use --password-file to read the password from a file.",
        "Login with user / password from the .env file.",
        "The pw is in the team vault.",
        "Username / Password fields appear on the login page.",
        "Set the password to changeme for local testing only.",
        "Read / Write access is granted to the ops group.",
        "Ratio: 1 / 2 of the requests fail.",
        "Paths: src / lib / include",
        "TCP / UDP are both supported.",
        "The password policy requires 3 of 4 character classes.",
        "The passphrase protects your private key; choose a long one.",
        "Default credentials: admin / password",
        "Default credentials are root / root",
        "The password was rotated on 2024-05-01.",
        "The passcode is sent by SMS.",
        "The password for the database is configured in config/database.yml.",
        "Please reset your password at https://id.example.org/reset",
        "Login: ops / <password>",
        "The password is 8 to 64 characters long.",
        "The password is case-sensitive.",
        "the password of the service account is read from DB_PASSWORD",
        "a pass of the optimizer: inline / dce2",
        "ecdsa / ecdsa-sha256 are both offered",
        "@server: server / transport to use",
        "pwd        Latin1-encoded password used",
        "the password was rotated yesterday by the job",
        "Staging admin: `admin` / `admin` (the image's default)",
    )
    carriers = (
        ("notes/README.md", "{d}\n"),
        ("support/cases.csv", "case,title,comment\n9002,\"Docs\",\"{d}\"\n"),
        ("export/messages.json", "[{{\"author\": \"lee\", \"content\": \"{d}\"}}]\n"),
        ("mail/note.eml", "From: a@example.org\nSubject: docs\n\n{d}\n"),
    )
    for i in range(2):
        for shape, fname, tpl in positives:
            v = value()
            emit("positive", "prose21-" + shape, "%d/%s" % (i, fname),
                 tpl.format(v=v, p=rnd.choice(places), u=rnd.choice(users)), rule=rule_of(v),
                 provider="generic", secret=v)
    # a login inside an encoding: the password, decoded
    b64 = lambda t: base64.b64encode(t.encode()).decode()
    encoded = (
        ("basic-nginx", "nginx/site.conf", "location /api/ {{\n    proxy_set_header Authorization \"Basic {e}\";\n}}\n"),
        ("basic-apache", "apache/vhost.conf", "<Location /legacy>\n  RequestHeader set Authorization \"Basic {e}\"\n</Location>\n"),
        ("basic-http", "requests/items.http", "GET https://api.internal.example/v1/items\nAuthorization: Basic {e}\n"),
        ("query-b64", "scripts/push.sh", "curl -s \"http://hub.lan:8080/json.htm?type=command&username={eu}&password={ep}\"\n"),
    )
    for i in range(2):
        for shape, fname, tpl in encoded:
            v, u = value(), rnd.choice(users)
            if shape == "query-b64":  # decoded, a '#' would end the query there
                v = v.replace("#", "!")
            emit("positive", "prose21-" + shape, "%d/%s" % (i, fname),
                 tpl.format(e=b64(u + ":" + v), eu=b64(u), ep=b64(v)), rule=rule_of(v),
                 provider="generic", secret=v)
    for n, (fname, text) in enumerate((
            ("nginx/site.conf", "proxy_set_header Authorization \"Basic %s\";\n" % b64("user:password")),
            ("nginx/site.conf", "proxy_set_header Authorization \"Basic %s\";\n" % b64("jenkins:")),
            ("apache/vhost.conf", "RequestHeader set Authorization \"Basic %s\"\n" % b64("admin:changeme")),
            ("requests/items.http", "GET https://api.example/v1\nAuthorization: Bearer $TOKEN\n"),
            ("scripts/push.sh", "curl -s \"http://hub.lan/json.htm?username=%s&password=$PASS\"\n" % b64("admin")))):
        emit("decoy", "prose21-encoded-decoy", "%d/%s" % (n, fname), text, provider="generic",
             why="a sample or empty password, a variable, a user's name alone")
    for n, d in enumerate(decoys):
        fname, tpl = carriers[n % len(carriers)]
        if "\"" in tpl and "/" in d and fname.endswith(".json"):
            d = d.replace("/", "\\/")
        emit("decoy", "prose21-decoy", "%d/%s" % (n, fname), tpl.format(d=d), provider="generic",
             why="a sentence about a password that gives none")
def appsecrets21_block(emit):
    """An application's own secret under a name that says its role, not a
    provider's: a salt or pepper (Devise's pepper, a hashids salt), an
    Erlang node's cookie, a key named for what it signs, encrypts or joins
    (DES, stream, unseal, bootstrap, join keys), a CSRF secret; and files that hold one whole (.erlang.cookie, a Docker secret,
    a Jenkins master.key copied out of its home). Decoys under the same
    names: round counts, cookie names and flags, references to the
    environment, samples, a CREATE2 salt (0x, public on chain), an id of a
    key, a climb."""
    rnd = random.Random(21021)

    def b62(n):
        return "".join(rnd.choice(string.ascii_letters + string.digits) for _ in range(n))

    def hexs(n):
        return "".join(rnd.choice("0123456789abcdef") for _ in range(n))

    def b64(n):
        return base64.b64encode(bytes(rnd.randrange(256) for _ in range(n))).decode()

    def upper(n):
        return "".join(rnd.choice(string.ascii_uppercase) for _ in range(n))

    # (shape, file, template with {v}, value maker)
    positives = (
        ("php-define-pepper", "include/config.php", "<?php\ndefine('DB_HOST', 'localhost');\ndefine('APP_PEPPER', '{v}');\n",
         lambda: b62(32)),
        ("php-array-salt", "config/app.php", "<?php\nreturn [\n    'name' => 'Shop',\n    'session_salt' => '{v}',\n];\n",
         lambda: b64(24)),
        ("php-var-des", "config/main.inc.php", "<?php\n$conf['des_key'] = '{v}';\n$conf['skin'] = 'elastic';\n",
         lambda: b62(24)),
        ("env-cookie", "rabbit/.env", "RABBITMQ_DEFAULT_USER=app\nRABBITMQ_ERLANG_COOKIE={v}\n", lambda: b62(32)),
        ("yaml-stream", "deploy/values.yaml", "ingest:\n  rtmp_url: rtmp://live.example/app\n  stream_key: \"{v}\"\n",
         lambda: b62(26)),
        ("yaml-unseal", "ops/vault-init.yml", "vault:\n  unseal_key: \"{v}\"\n  threshold: 3\n",
         lambda: "k" + b64(32)[1:]),
        ("shell-setcookie", "bin/start.sh", "#!/bin/sh\nexec erl -sname worker -setcookie {v} -s app\n",
         lambda: b62(24)),
        ("shell-flag-salt", "scripts/run.sh", "./server --listen :8080 --hash-salt {v} --verbose\n", lambda: b62(30)),
        ("python-salt", "app/settings.py", "DEBUG = False\nHASHIDS_SALT = \"{v}\"\n", lambda: b62(28)),
        ("python-security-salt", "app/config.py", "SECURITY_PASSWORD_SALT = '{v}'\n", lambda: hexs(40)),
        ("ruby-pepper", "config/initializers/devise.rb", "Devise.setup do |config|\n  config.pepper = '{v}'\nend\n",
         lambda: hexs(128)),
        ("js-session-key", "server/config.js", "module.exports = {{\n  port: 3000,\n  sessionKey: \"{v}\",\n}};\n",
         lambda: b62(40)),
        ("go-join-key", "cmd/agent/main.go", "package main\n\nconst clusterJoinKey = \"{v}\"\n", lambda: hexs(48)),
        ("compose-csrf", "docker-compose.yml", "services:\n  web:\n    environment:\n      CSRF_SECRET: \"{v}\"\n",
         lambda: hexs(64)),
        ("kotlin-bootstrap-key", "src/main/kotlin/Keys.kt", "object Keys {{\n    val bootstrapKey = \"{v}\"\n}}\n",
         lambda: hexs(64)),
    )
    files = (
        ("erlang-cookie-file", "var/lib/rabbitmq/.erlang.cookie", "{v}", lambda: upper(20)),
        ("docker-secret-file", "deploy/secrets/jwt_secret", "{v}\n", lambda: b62(48)),
        ("jenkins-master-copy", "backup/jenkins/master.key", "{v}", lambda: hexs(512)),
    )
    decoys = (
        ("salt-rounds", "config/auth.yml", "auth:\n  bcrypt_salt_rounds: 12\n  salt_length: 16\n"),
        ("cookie-names", "app/settings.py", "SESSION_COOKIE_NAME = \"sessionid_main_app\"\nSESSION_COOKIE_SECURE = True\n"
         "CSRF_COOKIE_HTTPONLY = True\n"),
        ("env-reference", "app/settings.py", "HASHIDS_SALT = os.environ[\"HASHIDS_SALT\"]\nAPP_PEPPER = os.getenv(\"APP_PEPPER\")\n"),
        ("php-getenv", "include/config.php", "<?php\ndefine('APP_PEPPER', getenv('APP_PEPPER'));\n$conf['des_key'] = $_ENV['DES_KEY'];\n"),
        ("yaml-template", "deploy/values.yaml", "ingest:\n  stream_key: \"{{{{ .Values.streamKey }}}}\"\n  gossip_key: \"${{GOSSIP_KEY}}\"\n"),
        ("sample", "docs/config.md", "```yaml\nsession_salt: \"your-session-salt-here\"\nstream_key: \"replace-with-your-stream-key\"\n```\n"),
        ("create2-salt", "scripts/deploy.ts", "const DEPLOY_SALT = \"0x%s\";\nawait factory.deploy(DEPLOY_SALT, bytecode);\n"),
        ("key-id", "config/kms.yml", "kms:\n  session_key_id: \"alias/app-session-%d\"\n  stream_key_length: 24\n"),
        ("climb", "rabbit/.env", "RABBITMQ_ERLANG_COOKIE=ABCDEFGHIJKLMNOPQRSTUVWXYZ\nAPP_SALT=0123456789abcdef0123456789abcdef\n"),
        ("cookie-file-sample", "var/lib/rabbitmq/.erlang.cookie", "CHANGEME_COOKIE_VALUE\n"),
    )
    for i in range(3):
        for shape, fname, tpl, make in positives + files:
            v = make()
            emit("positive", "appsecrets21-" + shape, "%d/%s" % (i, fname), tpl.format(v=v), rule=(
                "appsecrets-key-file" if shape in ("erlang-cookie-file", "docker-secret-file")
                else "jenkinshome-master-key" if shape == "jenkins-master-copy"
                else "generic-secret" if shape in ("compose-csrf", "js-session-key") else "generic-app-secret"),
                provider="generic", secret=v)
        for shape, fname, text in decoys:
            if "%s" in text:
                text = text % hexs(64)
            elif "%d" in text:
                text = text % rnd.randrange(1, 99)
            emit("decoy", "appsecrets21-" + shape, "%d/%s" % (i, fname), text, provider="generic",
                 why="a count, a cookie's name or flag, a reference, a sample, a public salt, a key's id, a climb")
STRUCTS21_POSITIVES = [  # (shape, file, template, rule, which value is the secret)
    ("tuple-wrap-rs", "src/creds.rs", 'let creds = vec![("gitea", Some("{h40}"))];\n', "gitea-access-token", "h40"),
    ("tuple-wrap-hs", "src/Creds.hs", 'creds = [("elevenlabs", Just "{h32}")]\n', "elevenlabs-api-key-legacy", "h32"),
    ("tuple-wrap-scala", "src/Creds.scala", 'val creds = Seq(("cloudsmith", Some("{h40}")))\n', "cloudsmith-api-key",
     "h40"),
    ("blank-list-clj", "src/pairs.clj", "(def pairs '((\"twilio\" \"{h32}\")))\n", "twilio-auth-token", "h32"),
    ("blank-form-scm", "creds.scm", '(define c (cons "gitea" "{h40}"))\n', "gitea-access-token", "h40"),
    ("lisp-kw-rkt", "client.rkt", '(define c (make-client #:service "twilio" #:token "{h32}"))\n',
     "twilio-auth-token", "h32"),
    ("lisp-parent-clj", "src/config.clj", '(def config {{:elevenlabs {{:voice "rachel" :key "{h32}"}}}})\n',
     "elevenlabs-api-key-legacy", "h32"),
    ("positional-py", "notify/sms.py", 'client = twilio.rest.Client(\n    "AC{sid}",\n    "{h32}",\n)\n',
     "twilio-auth-token", "h32"),
    ("positional-rb", "lib/sms.rb", "CLIENT = Twilio::REST::Client.new(\n  'AC{sid}',\n  '{h32}'\n)\n",
     "twilio-auth-token", "h32"),
    ("positional-clj", "src/sms.clj", '(def client (twilio/init "AC{sid}" "{h32}"))\n', "twilio-auth-token", "h32"),
    ("yaml-item-bare", "config/notify.yml", "notifiers:\n  - type: twilio\n    keys:\n      - {h32}\n",
     "twilio-auth-token", "h32"),
    ("name-field-nix", "creds.nix", '{{ name = "elevenlabs"; key = "{h32}"; }}\n', "elevenlabs-api-key-legacy", "h32"),
    ("driver-field-php", "config/voice.php",
     "<?php\nreturn ['mailers' => ['voice' => ['driver' => 'elevenlabs', 'key' => '{h32}']]];\n",
     "elevenlabs-api-key-legacy", "h32"),
    ("yaml-item-deep", "config/sms.yml", "sms:\n  - provider: twilio\n    region: us1\n    auth:\n      token: \"{h32}\"\n",
     "twilio-auth-token", "h32"),
]
STRUCTS21_DECOYS = [  # (shape, file, template, why)
    ("positional-decoy", "sms.py", 'client = twilio.rest.Client(\n    "AC{sid}",\n    os.environ["TWILIO_AUTH_TOKEN"],\n)\n',
     "an account sid alone, the token read from the environment"),
    ("positional-decoy", "sms.clj", '(def client (twilio/init "AC{sid}"))\n', "an account sid alone"),
    ("positional-decoy", "sms.rb", "CLIENT = Twilio::REST::Client.new('AC{sid}', ENV['TWILIO_TOKEN'])\n",
     "an account sid, the token an environment read"),
    ("positional-decoy", "sms2.py", 'client = twilio.rest.Client("AC{sid}", "{h8}")\n', "too short for a secret"),
    ("public-arg-decoy", "Push.kt", 'val pusher = Pusher(appId = "1234567", key = "{b20}", secret = System.getenv("PUSHER_SECRET"))\n',
     "Pusher's key: public, its secret signs"),
    ("tuple-decoy", "creds.rs", 'let creds = vec![("gitea", Some("changeme"))];\n', "a placeholder"),
    ("tuple-decoy", "Creds.hs", 'versions = [("gitea", Just "{h8}")]\n', "a short commit id"),
    ("lisp-kw-decoy", "client.rkt", '(define c (make-client #:service "gitea" #:commit "{h40}"))\n',
     "a commit under its own name"),
    ("lisp-kw-decoy", "init.el", '(setq gitea-conf (list :vendor "gitea" :token "${{GITEA_TOKEN}}"))\n',
     "a template"),
    ("lisp-parent-decoy", "config.clj", '(def config {{:gitea {{:url "https://git.example.org" :sha "{h40}"}}}})\n',
     "a commit"),
    ("yaml-item-decoy", "notify.yml", "notifiers:\n  - provider: twilio\n    build:\n      commit: \"{h32}\"\n",
     "a build's commit under the provider's item"),
    ("yaml-item-decoy", "mail.yml", "senders:\n  - type: gitea\n    checksums:\n      - {h40}\n",
     "checksums, a list under a name that says no credential"),
    ("toml-aot-decoy", "services.toml", '[[backend]]\ndriver = "gitea"\ncommit = "{h40}"\n', "a commit"),
]


def structs21_block(emit):
    """Wave 21's provider keys in more languages' structures: a tuple's
    value in a wrapper (Some("…"), Just "…"), lists and forms whose items
    blanks part (Lisps), Lisp keyword arguments and keyword parents, a
    client's secret by its place among a call's string arguments (over
    lines too), a record's provider named by name/type/driver fields with
    its credentials one block deeper; decoys: ids alone, environment
    reads, short ids, placeholders, commits and checksums beside the
    provider's name."""
    rnd = random.Random(2121)
    hexd = "0123456789abcdef"
    pick = functools.partial(draw, rnd)

    def values():
        return dict(h32=pick(hexd, 32), h40=pick(hexd, 40), h8=pick(hexd, 8), sid=pick(hexd, 32),
                    b20=draw_mixed(rnd, 20))

    table_block(emit, "structs21-", STRUCTS21_POSITIVES, STRUCTS21_DECOYS, values)

def daemons22_block(emit):
    """A service's own login or key where the service keeps it: a file that
    is one credential by its name (an initial admin password, an API key
    or token file, a vault password file, a raw key file), a file holding
    only a login (CIFS/smbclient credentials), host:login:password relay
    files, INI sections of logins ([users], [accounts], pjsip type=auth),
    a directory's or installer's rootpw, an image's ADMIN_PW, and a bare
    pass beside its login's name in INI. Decoys: the stored forms of the same
    places (a digest's hex where the line or the users file says so,
    {SSHA}, crypt, md5_cred, CRYPT hashes in a [users] section),
    references, comments and settings that share the section's name."""
    rnd = random.Random(22022)

    def b62(n):
        return "".join(rnd.choice(string.ascii_letters + string.digits) for _ in range(n))

    def hexs(n):
        return "".join(rnd.choice("0123456789abcdef") for _ in range(n))

    def chosen():
        w = rnd.sample(["Maple", "Otter", "Cinder", "Harbor", "Quill", "Falcon", "Tundra", "Meadow", "Copper",
                        "Lilac", "Basalt", "Juniper"], 2)
        return "%s%s%s%d" % (w[0], rnd.choice("-_.!#"), w[1], rnd.randrange(10, 999))

    def b64key():
        return base64.b64encode(bytes(rnd.randrange(256) for _ in range(64))).decode()

    # (shape, file, template with {v}, value maker, rule)
    positives = (
        ("admin-password-file", "secrets/portainer_admin_password", "{v}\n", chosen, "generic-credential-file"),
        ("apikey-file", "etherpad-lite/APIKEY.txt", "{v}", lambda: hexs(64), "generic-credential-file"),
        ("sessionkey-file", "etherpad-lite/SESSIONKEY.txt", "{v}", lambda: hexs(64), "generic-credential-file"),
        ("secret-file", "drone/rpc.secret", "{v}\n", lambda: b62(32), "generic-credential-file"),
        ("token-file", "forgejo/secrets/runner-token", "{v}\n", lambda: b62(40), "generic-credential-file"),
        ("vault-pass-file", "playbooks/.vault_pass", "{v}\n", chosen, "generic-credential-file"),
        ("raw-ed25519", "rustdesk/data/id_ed25519", "{v}", b64key, "generic-credential-file"),
        ("smb-credentials", "home/ops/.smbcredentials", "username=archiver\npassword={v}\ndomain=OFFICE\n",
         lambda: rnd.choice(["ahbae", "ooquu", "eiphe"]) + b62(3).lower() + str(rnd.randrange(10)) + "x",
         "daemonfiles-login-file-password"),
        ("smbclient-auth", "etc/backup/nas.creds", "user = copier\npass = {v}\n", chosen,
         "daemonfiles-login-file-password"),
        ("exim-passwd-client", "etc/exim4/passwd.client",
         "# target.mail.server.example:login:password\nmail.smtp2go.com:relay@example.net:{v}\n", chosen,
         "daemonfiles-colon-login-password"),
        ("dma-auth", "etc/dma/auth.conf", "# user|smarthost:password\nalerts|smtp.example.org:{v}\n", lambda: b62(20),
         "daemonfiles-colon-login-password"),
        ("haraka-users", "haraka/config/auth_flat_file.ini", "[core]\nmethods=PLAIN,LOGIN\n\n[users]\nprinter={v}\n",
         chosen, "daemonfiles-auth-section-password"),
        ("accounts-section", "relay/accounts.ini", "[accounts]\n; relay logins\nbilling = {v}\n", chosen,
         "daemonfiles-auth-section-password"),
        ("pjsip-auth", "asterisk/pjsip.conf",
         "[carrier]\ntype=registration\n\n[carrier-auth]\ntype=auth\nauth_type=userpass\nusername=88812\npassword={v}\n",
         lambda: "".join(rnd.choice(string.ascii_letters) for _ in range(12)), "daemonfiles-sip-auth-password"),
        ("slapd-rootpw", "openldap/slapd.conf", "database mdb\nrootdn \"cn=admin,dc=corp\"\nrootpw {v}\n",
         lambda: chosen().lower(), "daemonconf-password"),
        ("kickstart-rootpw", "kickstart/node.ks", "lang en_US.UTF-8\nrootpw --plaintext {v}\nreboot\n", chosen,
         "daemonconf-password"),
        ("env-admin-pw", "mailserver/mailserver.env", "POSTMASTER=admin\nINITIAL_ADMIN_PW={v}\n",
         lambda: rnd.choice(["plum", "kiwi", "fig"]) * 2 + str(rnd.randrange(10, 99)) + "&", "daemonconf-password"),
        ("toml-pass-by-user", "bridge/config.toml", "[admin]\nuser = \"root\"\npass = \"{v}\"\n", chosen,
         "generic-password"),
        ("hex-api-key-users", "dashboard/users.yml", "users:\n  ci:\n    api_key: {v}\n", lambda: hexs(64),
         "generic-secret"),
        ("hex-db-password", "app/config.yml", "database:\n  password: {v}\n", lambda: hexs(32), "generic-secret"),
    )
    decoys = (
        ("md5-encoding", "guac/user-mapping.xml",
         '<user-mapping>\n  <authorize username="ops" password="{h32}" encoding="md5"/>\n</user-mapping>\n'),
        ("sha256-users", "logs-ui/data/users.yml", "users:\n  viewer:\n    name: Viewer\n    password: {h64}\n"),
        ("sha512-json", "indexer/ServerConfig.json", '{{\n  "Port": 9117,\n  "AdminPassword": "{h128}"\n}}\n'),
        ("hash-attr-xml", "conf/realm.xml", '<user name="deploy" password="{h40}" digest="sha1"/>\n'),
        ("ssha-rootpw", "openldap/slapd.conf", "rootpw {{SSHA}}I37oZEhI3Qe3cUnq+rPRgLDWrdMjX1pg\n"),
        ("crypt-rootpw", "kickstart/node.ks", "rootpw --iscrypted $6$Qx2w$Zl0mQvX9pYc7Rb.4fZ\n"),
        ("settings-users", "grafana/grafana.ini",
         "[users]\nallow_sign_up = false\nauto_assign_org_role = Viewer\ndefault_theme = dark\n"),
        ("crypt-users", "haraka/config/auth_enc_file.ini", "[users]\nalice@example.org={{SHA512-CRYPT}}$6$Zx$aQ\n"),
        ("pjsip-md5", "asterisk/pjsip.conf", "[6002]\ntype=auth\nauth_type=md5\nusername=6002\nmd5_cred={h32}\n"),
        ("file-reference", "secrets/portainer_admin_password", "${{PORTAINER_ADMIN_PASSWORD}}\n"),
        ("file-comment", "drone/rpc.secret", "# generate with: openssl rand -hex 16\n"),
        ("passwd-client-template", "etc/exim4/passwd.client", "# target.mail.server.example:login:password\n"),
        ("smb-reference", "home/ops/.smbcredentials", "username=archiver\npassword=${{SMB_PASSWORD}}\n"),
        ("pass-flag", "ci/matrix.yml", "jobs:\n  - name: lint\n    pass: true\n  - name: unit\n    pass: false\n"),
    )
    for i in range(3):
        for shape, fname, tpl, make, rule in positives:
            v = make()
            emit("positive", "daemons22-" + shape, "%d/%s" % (i, fname), tpl.format(v=v), rule=rule,
                 provider="daemonfiles" if rule.startswith("daemonfiles") else
                 "daemonconf" if rule.startswith("daemonconf") else "generic", secret=v)
        for shape, fname, text in decoys:
            text = text.format(h32=hexs(32), h40=hexs(40), h64=hexs(64), h128=hexs(128))
            emit("decoy", "daemons22-" + shape, "%d/%s" % (i, fname), text, provider="generic",
                 why="a stored hash, a reference, a comment or a setting in a login's place")



DATA22_POSITIVES = [  # (shape, file, template, rule, which value is the secret)
    # a table's header names its columns: semicolon and tab exports
    ("header-semicolon", "exports/accounts.csv",
     "name;login;password;notes\nwiki;ops;{pw};rotate q3\nbackup;svc;;sso only\n", "generic-password", "pw"),
    ("header-semicolon", "exports/accounts2.csv",
     "name;login;password;notes\nwiki;ops;;sso only\nbackup;svc;{pw2};\n", "generic-password", "pw2"),
    ("header-tab", "exports/integrations.tsv",
     "vendor\tenv\tapi_token\towner\nmailer\tprod\t{m20}\tteam-a\n", "generic-secret", "m20"),
    # SOPS leaves a key ending in _unencrypted plain
    ("sops-unencrypted", "secrets/app.enc.yaml",
     "db_password: ENC[AES256_GCM,data:{b12},iv:{b16}==,tag:{b16}==,type:str]\n"
     "smtp_password_unencrypted: {pw}\nsops:\n    version: 3.9.1\n", "generic-password", "pw"),
    ("sops-unencrypted", "secrets/api.enc.ini",
     "[api]\nsigning_secret_unencrypted = {m20}\n", "generic-secret", "m20"),
    # a short base64 value under a secret's name is decoded
    ("b64-named", "charts/db/values-prod.yaml",
     "auth:\n  username: {userb64}\n  adminPassword: {pwb64}\n", "generic-password", "pw"),
    ("b64-named", "deploy/creds.json", '{{"smtp": {{"host": "mx.example.net", "smtp_pass": "{pwb64}"}}}}\n',
     "generic-password", "pw"),
    # a session cookie in a capture's Cookie header, a csrf pair after it
    ("har-cookie-header", "captures/login.har",
     '{{"name": "Cookie", "value": "app_session={m24}; csrftoken={m20}; theme=dark"}}\n',
     "har-session-cookie", "m24"),
    # a query's value, percent-encoded, in a log line
    ("query-encoded-log", "logs/haproxy.log",
     'Dec  1 08:00:01 lb haproxy[811]: 10.0.0.5:51234 [01/Dec/2026:08:00:01.120] web app/s1 0/0/1/2/3 200 '
     '512 - - ---- 1/1/0/0/0 0/0 "GET /auth?user=kim&pass={pwenc} HTTP/1.1"\n', "generic-password", "pwq"),
    ("query-encoded-log", "logs/caddy.json",
     '{{"level":"info","msg":"handled request","request":{{"method":"GET","uri":"/v1/sync?fmt=csv&api_token={m20enc}"}}}}\n',
     "generic-secret", "m20plus"),
]

DATA22_DECOYS = [  # (shape, file, template, why)
    ("header-decoy", "exports/users.csv",
     "id;email;password_hash\n7;kim@example.net;$2b$12$abcdefghijklmnopqrstuv{m24}\n", "a hash column"),
    ("header-decoy", "exports/tokens.tsv", "owner\ttoken_id\tcreated\nkim\t{uuid}\t2026-11-02\n",
     "a column of ids"),
    ("sops-decoy", "secrets/db.enc.yaml",
     "password: ENC[AES256_GCM,data:{b12},iv:{b16}==,tag:{b16}==,type:str]\nsops:\n    version: 3.9.1\n",
     "an encrypted value"),
    ("b64-decoy", "k8s/tls.yaml",
     "apiVersion: v1\nkind: Secret\ndata:\n  username: {userb64}\n  ca.crt: {crtb64}\n",
     "base64 of a user name and a certificate's public part"),
    ("cookie-decoy", "captures/home.har",
     '{{"name": "Cookie", "value": "_ga=GA1.2.{n10}.1700000000; _gid=GA1.2.{n10}.1700000000; csrftoken={m20}"}}\n',
     "analytics ids and a form token"),
    ("query-decoy", "logs/access.log",
     '10.0.0.9 - - [01/Dec/2026:08:00:03 +0000] "GET /login?user=kim&pass=%3Cpassword%3E HTTP/1.1" 200 10\n',
     "a placeholder, percent-encoded"),
    ("query-decoy", "logs/access2.log",
     '10.0.0.9 - - [01/Dec/2026:08:00:03 +0000] "GET /login?user=kim&pass=%2A%2A%2A%2A%2A%2A%2A%2A HTTP/1.1" 200 10\n',
     "a masked value, percent-encoded"),
]


def data22_block(emit):
    """Wave 22's secrets machines write into data: columns a table's header
    names (semicolon and tab exports), SOPS's _unencrypted keys, short
    base64 values under a secret's name, a session cookie before a csrf
    pair in a capture's Cookie header, percent-encoded query values in
    logs; decoys: hash and id columns, ENC[...] values, base64 of a user
    name and a certificate, analytics cookies, encoded placeholders."""
    rnd = random.Random(2222)
    words = ["marlin", "quarry", "lantern", "ostrich", "juniper", "basalt", "heron", "tundra", "cobalt", "meadow"]

    def password():
        return "%s-%s-%d" % (rnd.choice(words).capitalize(), rnd.choice(words).capitalize(), rnd.randint(10, 999))

    def values():
        pw = password()
        pwq = "%s&%d" % (pw, rnd.randint(1, 9))
        m20 = draw_mixed(rnd, 17) + "%2B" + draw_mixed(rnd, 3)
        return dict(pw=pw, pw2=password() + "!", m20=draw_mixed(rnd, 20), m24=draw_mixed(rnd, 24),
                    pwb64=base64.b64encode(pw.encode()).decode(),
                    userb64=base64.b64encode(rnd.choice(words).encode()).decode(),
                    crtb64=base64.b64encode(b"-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUZ").decode(),
                    pwq=pwq, pwenc=urllib.parse.quote(pwq, safe=""),
                    m20enc=m20, m20plus=urllib.parse.unquote(m20),
                    b12=draw_mixed(rnd, 12), b16=draw_mixed(rnd, 22), uuid=str(uuid.UUID(int=rnd.getrandbits(128))),
                    n10="".join(rnd.choice(string.digits) for _ in range(10)))

    table_block(emit, "data22-", DATA22_POSITIVES, DATA22_DECOYS, values)


CLICREDS22_POSITIVES = [  # (shape, file, template: {pw} password, {tok} token), rule, which
    # a letter flag beside a user's
    ("letter-flag", "export.sh", "bcp dbo.orders out orders.dat -S sql01 -U loader -P {pw} -c\n", "generic-password",
     "pw"),
    ("letter-flag", "stats.sh", "mongostat --host rs0/db1:27017 -u monitor -p '{pw}' --authenticationDatabase admin 5\n",
     "generic-password", "pw"),
    ("letter-flag", "ldap/load.sh", 'ldapadd -x -H ldaps://dir.corp.example -D "cn=Manager,dc=corp" -w {pw} -f users.ldif\n',
     "generic-password", "pw"),
    ("letter-flag", "krb/list.sh", 'kadmin -p ops/admin -w "{pw}" -q "listprincs"\n', "generic-password", "pw"),
    ("letter-flag", "krb/add.sh", 'kadmin.local -q "addprinc -pw {pw} svc-report"\n', "generic-password", "pw"),
    ("samba-login", "domain/join.sh", "samba-tool domain join corp.example DC -U 'CORP\\administrator%{pw}'\n",
     "generic-password", "pw"),
    ("samba-login", "domain/check.sh", "wbinfo --user=svc_audit%{pw} --ping-dc\n", "generic-password", "pw"),
    # a password on a command's input
    ("stdin-pipe", "ci/push.sh", "echo '{pw}' | podman login -u ci --password-stdin quay.example.org\n",
     "generic-password", "pw"),
    ("stdin-pipe", "ci/helm.sh", "printf '%s' \"{pw}\" | helm registry login oci.example.net --username ci --password-stdin\n",
     "generic-password", "pw"),
    ("stdin-pipe", "provision/users.sh", 'echo "svc_report:{pw}" | sudo chpasswd\n', "generic-password", "pw"),
    ("stdin-pipe", "provision/vnc.sh", "printf '{pw}\\n{pw}\\n' | vncpasswd -f > /home/kiosk/.vnc/passwd\n",
     "generic-password", "pw"),
    ("stdin-herestring", "ops/restart.sh", "sudo -S systemctl restart nginx <<< '{pw}'\n", "generic-password", "pw"),
    ("stdin-herestring", "ops/ticket.sh", 'kinit svc_backup@CORP.EXAMPLE <<< "{pw}"\n', "generic-password", "pw"),
    # NAME=value before a command that does not start its line
    ("env-prefix", ".gitlab-ci.yml", "migrate:\n  script:\n    - cd app && DATABASE_PASSWORD={pw} bundle exec rake db:migrate\n",
     "generic-password", "pw"),
    ("env-prefix", "mailer.service", "[Service]\nExecStart=/usr/bin/env SMTP_PASSWORD={pw} /opt/mailer/bin/run\n",
     "generic-password", "pw"),
    ("env-prefix", "crontab", "*/30 * * * * cd /srv/snap && BACKUP_PASSPHRASE={pw} ./snap.sh\n", "generic-password",
     "pw"),
    ("env-prefix", "seed.sh", "(cd web && ADMIN_PASSWORD='{pw}' node scripts/seed.js)\n", "generic-password", "pw"),
    ("env-prefix", "Procfile", "release: LOG_LEVEL=info UPSTREAM_API_TOKEN={tok} bin/sync\n", "generic-secret", "tok"),
    ("env-prefix", "Dockerfile", "FROM node:20\nRUN npm ci && NPM_AUTH_TOKEN={tok} npm run fetch-private\n",
     "generic-secret", "tok"),
    # a setting's name and its value as two flags
    ("name-value-flags", "kv.sh", "az keyvault secret set --vault-name ops-kv --name smtp-password --value '{pw}'\n",
     "generic-password", "pw"),
    ("name-value-flags", "ssm.sh", "aws ssm put-parameter --name /shop/prod/api_token --value {tok} --type SecureString\n",
     "generic-secret", "tok"),
    ("name-value-flags", "enroll.sh", "agentctl config -k relay_auth_key -v {tok}\n", "generic-secret", "tok"),
]

CLICREDS22_DECOYS = [  # (shape, file, template, why)
    ("flag-decoy", "usage.txt", "Options:\n  -U, --user USER        user to log in as\n  -P, --password PASS    the password to use\n",
     "a command's help text"),
    ("flag-decoy", "db.sh", "mysql -u root -p shopdb < schema.sql\n", "mysql's -p prompts; the word after is the database"),
    ("flag-decoy", "run.sh", "docker run -u app -p 8080:80 -p 127.0.0.1:9443:443 web:latest\n", "ports"),
    ("flag-decoy", "ssh.sh", "ssh -l deploy -p 2222 bastion.example.net\n", "a port"),
    ("flag-decoy", "bcp.sh", 'bcp dbo.orders out o.dat -S sql01 -U loader -P "$BCP_PASSWORD" -c\n', "a variable"),
    ("flag-decoy", "ldap.sh", "ldapadd -x -D cn=Manager,dc=corp -W -f users.ldif\n", "a prompt (-W)"),
    ("flag-decoy", "grep.sh", "grep -w -p pattern notes.txt\n", "-w without a bind DN"),
    ("flag-decoy", "README.md", "```\nkadmin -p admin/admin -w <admin-password> -q listprincs\n```\n", "a placeholder"),
    ("flag-decoy", "mq.sh", "mosquitto_sub -u sensor -P - -t 'home/#'\n", "stdin"),
    ("flag-decoy", "restic.sh", "restic -r s3:backup/repo --password-file /run/secrets/restic -u ops snapshots\n",
     "a file holding it"),
    ("flag-decoy", "smb.sh", 'smbclient //fs/share -U "CORP\\admin%$SMB_PASSWORD" -c ls\n', "a variable"),
    ("flag-decoy", "net.bat", "net use Z: \\\\fs\\share /user:admin %SHARE_PASSWORD% -U admin%PASSWORD%\n",
     "Windows references"),
    ("flag-decoy", "keys.sh", "gpg --batch --key-id 3AA5C34371567BD2 --public-key pub.asc -u ops --api-key-name ci\n",
     "ids and names of keys"),
    ("stdin-decoy", "push.sh", 'echo "$REGISTRY_TOKEN" | podman login -u ci --password-stdin quay.example.org\n',
     "a variable"),
    ("stdin-decoy", "users.sh", "echo 'svc_report:$6$rounds=5000$saltsalt$Qe1pHkqFvXz0' | chpasswd -e\n",
     "a crypt hash"),
    ("stdin-decoy", "pipe.sh", "echo building | tee build.log | grep -c stdin_password_tests\n", "no password reader"),
    ("stdin-decoy", "hs.sh", 'kinit svc_backup@CORP.EXAMPLE <<< "$(cat /run/secrets/krb)"\n', "a command's output"),
    ("env-decoy", ".gitlab-ci.yml", "test:\n  script:\n    - cd app && DATABASE_PASSWORD=$CI_DB_PASSWORD bundle exec rspec\n",
     "a variable"),
    ("env-decoy", "Procfile", "web: DB_PASSWORD=${{DB_PASSWORD:?}} gunicorn app:app\n", "a variable"),
    ("env-decoy", "docs.md", "Run `cd app && ADMIN_PASSWORD=<choose-one> node seed.js` once.\n", "a placeholder"),
    ("name-value-decoy", "kv.sh", "az keyvault secret set --vault-name ops-kv --name smtp-password --value \"$SMTP_PW\"\n",
     "a variable"),
    ("name-value-decoy", "ssm.sh", "aws ssm put-parameter --name /shop/prod/api_token_id --value 4 --type String\n",
     "an id's name"),
]


def clicreds22_block(emit):
    """Wave 22's credentials handed to programs: a letter flag beside a
    user's (-P, -p, -w with -D or a principal), flags named for a password
    (-pw), Samba's user%password, a password piped or here-stringed into a
    command that reads one (podman/helm login --password-stdin, chpasswd,
    vncpasswd, sudo -S, kinit), NAME=value before a command that does not
    start its line (after &&, a subshell, env, RUN, a Procfile's label), and
    a setting's name and value as two flags (--name X --value Y, -k X -v Y).
    Decoys: help text, ports, mysql's database, variables, placeholders,
    stdin's '-', files, crypt hashes, readers of no password, ids."""
    rnd = random.Random(2222)

    def mixed(n):  # no letter doubled: the judge reads JJKK as a keyboard's filler
        v = "aa"
        while re.search(r"(.)\1", v):
            v = draw_mixed(rnd, n)
        return v

    def values():
        return dict(pw=mixed(13), tok=mixed(28))

    table_block(emit, "clicreds22-", CLICREDS22_POSITIVES, CLICREDS22_DECOYS, values)


FORMATS22_LISTS = [  # (shape, file, template with {a} and {b}, how many of a, b are secrets)
    ("cookie-secrets-ts", "app/sessions.server.ts",
     'export const storage = createCookieSessionStorage({{\n  cookie: {{\n    name: "__session",\n'
     '    secrets: [\n      "{a}",\n      "{b}", // the previous one, until rotation ends\n    ],\n  }},\n}});\n', 2),
    ("fallbacks-py", "mysite/settings.py", 'SECRET_KEY_FALLBACKS = [\n    "{a}",\n]\n', 1),
    ("plural-js", "src/keys.js", "app.use(session({{ secret: 'x' }}));\nconst apiKeys = ['{a}', '{b}'];\n", 2),
    ("plural-toml", "config/auth.toml", '[auth]\nsigning_secrets = ["{a}", "{b}"]\n', 2),
    ("plural-bash", "deploy/env.sh", 'API_TOKENS=("{a}" "{b}")\n', 2),
    ("plural-lua", "conf/keys.lua", 'local webhook_tokens = {{ "{a}" }}\n', 1),
    ("plural-go", "internal/auth/keys.go", 'var hmacSecrets = []string{{\n\t"{a}",\n}}\n', 1),
    ("plural-kt", "src/main/kotlin/Keys.kt", 'val refreshTokens = listOf(\n    "{a}",\n    "{b}",\n)\n', 2),
    ("plural-typed-ts", "src/config/keys.ts", 'export const apiKeys: string[] = [\n  "{a}",\n];\n', 1),
    ("plural-typed-kt", "src/main/kotlin/Auth.kt", 'val signingSecrets: List<String> = listOf("{a}", "{b}")\n', 2),
]

FORMATS22_CONNINFO = [  # (shape, file, template with {p} the password)
    ("conninfo-py", "app/db.py", 'conn = psycopg.connect("host=db dbname=orders user=orders password={p}")\n'),
    ("conninfo-rs", "src/db.rs",
     'let (client, conn) = tokio_postgres::connect("host=db user=orders password={p}", NoTls).await?;\n'),
    ("conninfo-hs", "app/Main.hs", '  {{ cfgPort = 8081,\n    cfgDbConn = "host=db dbname=ratings user=ratings password={p}",\n  }}\n'),
    ("conninfo-yaml", "config/app.yaml", 'database:\n  conn: "host=db port=5432 user=app password={p}"\n'),
]

FORMATS22_DECOYS = [  # (shape, file, template, why)
    ("plural-decoy", "app/sessions.ts", 'createCookieSessionStorage({{ cookie: {{ secrets: [process.env.SESSION_SECRET!] }} }});\n',
     "the secret read from the environment"),
    ("plural-decoy", "settings.py", 'SECRET_KEY_FALLBACKS = [os.environ["OLD_SECRET_KEY"]]\n', "an environment read"),
    ("plural-decoy", "names.py", 'SECRET_NAMES = ["DATABASE_PASSWORD", "STRIPE_API_KEY"]\n', "names of secrets"),
    ("plural-decoy", "fields.ts", 'const secretKeys = ["client_secret", "private_key", "refresh_token"];\n',
     "field names"),
    ("plural-decoy", "keys.js", "const apiKeys = ['<API_KEY>', '${{API_KEY_2}}'];\n", "placeholders"),
    ("plural-decoy", "types.py", "tokens: list[str] = []\n", "a type annotation and an empty list"),
    ("plural-decoy", "types.ts", 'export const apiKeys: string[] = [process.env.API_KEY ?? ""];\n',
     "an environment read under a type"),
    ("plural-decoy", "grammar.js", 'const tokens = ["identifier", "string_literal", "number_literal"];\n',
     "a lexer's token kinds"),
    ("plural-decoy", "auth.toml", 'signing_secrets = ["changeme", "your-secret-here"]\n', "placeholders"),
    ("plural-decoy", "keys.go", 'var hmacSecrets = []string{{os.Getenv("HMAC_SECRET")}}\n', "an environment read"),
    ("plural-decoy", "ids.ts", 'const keyIds = ["{a}", "{b}"];\n', "the ids of keys"),
    ("conninfo-decoy", "db.py", 'dsn = "host=db user=app password=${{DB_PASSWORD}}"\n', "a reference"),
    ("conninfo-decoy", "db.go", 'dsn := fmt.Sprintf("host=%s user=%s password=%s dbname=%s", h, u, p, d)\n',
     "a format's verbs"),
    ("conninfo-decoy", "db2.py", 'dsn = "host=db user=app password=changeme"\n', "a placeholder"),
    ("conninfo-decoy", "notes.md", 'Set host=db and password=<your password> in the DSN.\n', "prose and a placeholder"),
]


def formats22_block(emit):
    """Wave 22: a list of secrets under a plural secret's name (Remix's
    cookie secrets, Django's SECRET_KEY_FALLBACKS, keys to rotate in TOML,
    a shell array, a Lua table, a Go slice, Kotlin's listOf), over lines
    and comments; a libpq connection string's password as its last pair
    (host=db user=app password=…) in code and settings; decoys:
    environment reads, names of secrets, field names, placeholders, token
    kinds, key ids, format verbs."""
    rnd = random.Random(2222)
    for i in range(3):
        for shape, fname, tpl, n in FORMATS22_LISTS:
            a, b = draw_mixed(rnd, 32), draw_mixed(rnd, 24)
            emit("positive", "formats22-" + shape, "%d/%s" % (i, fname), tpl.format(a=a, b=b),
                 also=(b,) if n == 2 else (), rule="generic-secret", provider="generic", secret=a)
        for shape, fname, tpl in FORMATS22_CONNINFO:
            p = rnd.choice(["Ochre", "Tundra", "Kettle", "Falcon"]) + rnd.choice("_-") + draw_mixed(rnd, 10)
            emit("positive", "formats22-" + shape, "%d/%s" % (i, fname), tpl.format(p=p), rule="generic-password",
                 provider="generic", secret=p)
        for shape, fname, tpl, why in FORMATS22_DECOYS:
            emit("decoy", "formats22-" + shape, "%d/%s" % (i, fname),
                 tpl.format(a=draw_mixed(rnd, 32), b=draw_mixed(rnd, 24)), why=why)


# Wave 23 (appkeys23): an application's own key under the app's own word
# for it (a seed, an event key, a remember-me key, a PSK, a gossip
# a bare `credential`), a key block's `key:` (remember-me:,
# secret {}, join_params: token_name:), a key as a list of bytes and a
# key-name:base64 value. Decoys: lengths, ids, paths, algorithms,
# environment reads, fillers, byte lists that are no key.
APPKEYS23_NAMED = [
    ("env-seed", "lldap/.env", "LLDAP_KEY_SEED={v}\n"),
    ("toml-seed", "config/auth.toml", "[tokens]\nsecret_seed = \"{v}\"\n"),
    ("yaml-event-key", "inngest/values.yaml", "inngest:\n  event_key: {v}\n"),
    ("groovy-event-key", "Jenkinsfile", "pipeline {{\n  environment {{\n    ORDERS_EVENT_KEY = '{v}'\n  }}\n}}\n"),
    ("yaml-remember-me-key", "config/app.yml", "security:\n  remember_me_key: \"{v}\"\n"),
    ("ini-psk", "edge/tunnel.ini", "[tunnel]\npsk = {v}\n"),
    ("hocon-credential", "conf/reporting.conf", "reporting {{\n  credential = \"{h}\"\n}}\n"),
    ("env-name-b64", "kes/.env", "KES_KEY_SECRET=app-key:{b}\n"),
]
APPKEYS23_NESTED = [
    ("yaml-remember-me", "komga/application.yml", "komga:\n  remember-me:\n    validity: 86400\n    key: {v}\n"),
    ("hocon-secret-block", "conf/application.conf", "play.http {{\n  secret {{\n    key = \"{v}\"\n  }}\n}}\n"),
    ("yaml-join-params", "teleport/teleport.yaml", "teleport:\n  join_params:\n    token_name: {h}\n    method: token\n"),
    ("yaml-signing-block", "config/jwt.yaml", "signing:\n  algorithm: HS256\n  key: \"{v}\"\n"),
]
APPKEYS23_DECOYS = [
    ("seed-number", "config/sim.toml", "random_seed = 1337\nkey_seed_length = 32\n", "a seed's number and a length"),
    ("credential-id", "Jenkinsfile", "pipeline {{\n  environment {{\n    DEPLOY = credentials('prod-deploy-credential')\n  }}\n}}\n", "a credential's id"),
    ("event-key-env", "inngest/.env", "INNGEST_EVENT_KEY=${{INNGEST_EVENT_KEY}}\n", "an environment read"),
    ("psk-identity", "edge/tunnel.conf", "psk_identity = gateway-01\npsk_file = /etc/edge/psk\n", "a PSK's identity and path"),
    ("i18n-key", "locales/menu.yml", "i18n:\n  key: navigation.sidebar.title\n", "a message key"),
    ("signing-key-path", "config/jwt.yaml", "signing:\n  algorithm: RS256\n  key: /etc/keys/jwt-signing.pem\n", "a key's path"),
    ("join-token-path", "teleport/teleport.yaml", "teleport:\n  join_params:\n    token_name: /var/lib/teleport/token\n", "a token file's path"),
    ("byte-list-zero", "zigbee2mqtt/configuration.yaml", "advanced:\n  network_key: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]\n", "a zero key"),
    ("byte-list-count", "zigbee2mqtt/configuration.yaml", "advanced:\n  network_key: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]\n", "a counting filler"),
    ("byte-list-pan", "zigbee2mqtt/configuration.yaml", "advanced:\n  ext_pan_id: [{p}]\n  channel: 15\n", "an extended PAN id"),
    ("name-sha", "deploy/.env", "IMAGE_SECRET_DIGEST=sha256:{h}{h}\n", "a digest"),
]


def appkeys23_block(emit):
    """Wave 23 (appkeys23): applications' own keys under the app's word
    for them, key blocks' keys, byte-list keys and name:base64 values,
    and their decoys."""
    rnd = random.Random(2323)
    for i in range(3):
        def vals():
            return dict(v=draw_mixed(rnd, 32), h=draw(rnd, "0123456789abcdef", 32),
                        b=base64.b64encode(bytes(rnd.randrange(256) for _ in range(32))).decode(),
                        p=", ".join(str(rnd.randrange(256)) for _ in range(8)))
        for shape, fname, tpl in APPKEYS23_NAMED:
            x = vals()
            secret = x["b"] if "{b}" in tpl else x["h"] if "{h}" in tpl else x["v"]
            emit("positive", "appkeys23-" + shape, "%d/%s" % (i, fname), tpl.format(**x),
                 rule="generic-app-secret", provider="generic", secret=secret)
        for shape, fname, tpl in APPKEYS23_NESTED:
            x = vals()
            secret = x["h"] if "{h}" in tpl else x["v"]
            emit("positive", "appkeys23-" + shape, "%d/%s" % (i, fname), tpl.format(**x),
                 rule="generic-nested-key", provider="generic", secret=secret)
        key = ", ".join(str(rnd.randrange(256)) for _ in range(16))
        emit("positive", "appkeys23-byte-list", "%d/zigbee2mqtt/configuration.yaml" % i,
             "homeassistant: true\nadvanced:\n  network_key: [%s]\n  pan_id: %d\n" % (key, rnd.randrange(1, 65535)),
             rule="generic-byte-list-key", provider="generic", secret=key)
        key = ", ".join("0x%02x" % rnd.randrange(256) for _ in range(16))
        emit("positive", "appkeys23-byte-list-hex", "%d/src/radio.ino" % i,
             "const uint8_t lora_app_key[16] = {%s};\n" % key,
             rule="generic-byte-list-key", provider="generic", secret=key)
        for shape, fname, tpl, why in APPKEYS23_DECOYS:
            emit("decoy", "appkeys23-" + shape, "%d/%s" % (i, fname), tpl.format(**vals()), why=why)
# ---- (codeargs23) credentials in the positions code holds them: a list of
# logins (who, then the password) under a plural name for them, a literal a
# server compares a request's header with, a value CDK or Pulumi wraps as a
# secret, a provider's key beside a field naming the provider; decoys:
# (who, display name / role / placeholder / env read), headers compared with
# media types and empties, an environment's value compared, wrapped
# references, a provider's env var's name ----
CODEARGS23_LOGINS = [
    ("logins-python", "loadtest/locustfile.py",
     "from locust import HttpUser\n\nUSERS = [\n    (\"{u1}\", \"{p1}\"),\n    (\"{u2}\", \"{p2}\"),\n]\n"),
    ("logins-go", "internal/seed/users.go",
     "package seed\n\nvar demoAccounts = []Login{{\n\t{{\"{u1}\", \"{p1}\"}},\n\t{{\"{u2}\", \"{p2}\"}},\n}}\n"),
    ("logins-rust", "tests/common/mod.rs",
     "pub const TEST_USERS: [(&str, &str); 2] = [\n    (\"{u1}\", \"{p1}\"),\n    (\"{u2}\", \"{p2}\"),\n];\n"),
    ("logins-kotlin", "src/test/kotlin/Fixtures.kt",
     "val seedLogins = listOf(Pair(\"{u1}\", \"{p1}\"), Pair(\"{u2}\", \"{p2}\"))\n"),
    ("logins-ts", "e2e/accounts.ts",
     "export const accounts: [string, string][] = [\n  ['{u1}', '{p1}'],\n  ['{u2}', '{p2}'],\n];\n"),
    ("logins-ruby", "db/seeds.rb", "LOGINS = [\n  [\"{u1}\", \"{p1}\"],\n  [\"{u2}\", \"{p2}\"]\n].freeze\n"),
]
CODEARGS23_COMPARES = [
    ("compare-flask", "app/auth.py",
     "@app.before_request\ndef check():\n    if request.headers.get(\"X-Api-Key\") != \"{a}\":\n        abort(401)\n"),
    ("compare-go", "internal/mw/auth.go",
     "func auth(w http.ResponseWriter, r *http.Request) {{\n\tif r.Header.Get(\"X-Auth-Token\") != \"{a}\" {{\n"
     "\t\thttp.Error(w, \"forbidden\", 403)\n\t}}\n}}\n"),
    ("compare-express", "src/middleware/key.js",
     "module.exports = (req, res, next) => {{\n  if (req.get('x-api-key') !== '{a}') return res.sendStatus(401);\n  next();\n}};\n"),
    ("compare-rack", "lib/guard.rb", "halt 401 unless request.env[\"HTTP_X_API_TOKEN\"] == \"{a}\"\n"),
    ("compare-ktor", "src/main/kotlin/Auth.kt",
     "if (call.request.headers[\"X-Api-Key\"] != \"{a}\") {{\n    call.respond(HttpStatusCode.Unauthorized)\n}}\n"),
]
CODEARGS23_WRAPPERS = [
    ("wrap-cdk-ts", "lib/db-stack.ts",
     "new secretsmanager.Secret(this, 'Db', {{ secretStringValue: SecretValue.unsafePlainText('{p}') }});\n"),
    ("wrap-cdk-python", "stacks/db.py",
     "secretsmanager.Secret(self, \"Db\", secret_string_value=SecretValue.unsafe_plain_text(\"{p}\"))\n"),
    ("wrap-cdk-java", "src/main/java/DbStack.java",
     "Secret.Builder.create(this, \"Db\").secretStringValue(SecretValue.unsafePlainText(\"{p}\")).build();\n"),
    ("wrap-pulumi-python", "__main__.py", "admin = pulumi.Output.secret(\"{p}\")\n"),
]
CODEARGS23_FIELDS = [
    ("field-python", "ci/creds.py", "c = Creds(service=\"codecov\", key=\"{g}\")\n"),
    ("field-kotlin", "ci/Integrations.kt", "val cov = Integration(kind = \"codecov\", key = \"{g}\")\n"),
]
CODEARGS23_DECOYS = [
    ("logins-python", "loadtest/people.py",
     "USERS = [\n    (\"{u1}\", \"Alice Example\"),\n    (\"{u2}\", \"Bob Sample\"),\n]\n", "display names"),
    ("logins-ruby", "db/roles.rb", "ACCOUNTS = [\n  [\"{u1}\", \"viewer\"],\n  [\"{u2}\", \"editor\"]\n]\n", "roles"),
    ("logins-ts", "e2e/users.ts", "export const users = [\n  ['{u1}', '<password>'],\n  ['{u2}', '${{PASSWORD}}'],\n];\n",
     "placeholders"),
    ("logins-python", "tests/accounts.py",
     "TEST_ACCOUNTS = [\n    (\"{u1}\", os.environ[\"PW_ONE\"]),\n    (\"{u2}\", os.environ[\"PW_TWO\"]),\n]\n", "env reads"),
    ("compare-flask", "app/ctype.py",
     "if request.headers.get(\"Content-Type\") != \"application/json\":\n    abort(415)\n", "a media type"),
    ("compare-go", "internal/mw/empty.go", "if r.Header.Get(\"X-Api-Key\") == \"\" {{\n\treturn\n}}\n", "an empty key"),
    ("compare-express", "src/middleware/env.js",
     "if (req.get('x-api-key') !== process.env.API_KEY) return res.sendStatus(401);\n", "compared with a variable"),
    ("compare-env", "scripts/check.py", "if os.environ[\"API_TOKEN\"] == \"{a}\":\n    print(\"default token\")\n",
     "an environment's value compared: a test's expectation"),
    ("wrap-cdk-ts", "lib/ref-stack.ts",
     "secretStringValue: SecretValue.unsafePlainText(props.dbPassword),\nother: SecretValue.secretsManager('prod/db'),\n",
     "references"),
    ("wrap-pulumi-python", "infra/__main__.py", "admin = pulumi.Output.secret(cfg.require(\"adminPassword\"))\n",
     "a config read"),
    ("field-python", "ci/names.py", "c = Creds(service=\"codecov\", key=\"CODECOV_TOKEN\")\n", "an env var's name"),
]


def codeargs23_block(emit):
    """Wave 23 (codeargs23): credentials in the positions code holds them
    (CODEARGS23_* above)."""
    rnd = random.Random(2323)

    def pw():
        return rnd.choice(["Ochre", "Tundra", "Kettle", "Falcon", "Marsh"]) + rnd.choice("#!+_") + draw_mixed(rnd, 8)

    def user(i):
        return rnd.choice(["rider", "ops", "qa", "driver"]) + str(i) + "@" + rnd.choice(["acme.test", "shop.example"])

    def uuid():
        h = "".join(rnd.choice("0123456789abcdef") for _ in range(32))
        return "-".join((h[:8], h[8:12], "4" + h[13:16], "a" + h[17:20], h[20:]))

    for i in range(3):
        for shape, fname, tpl in CODEARGS23_LOGINS:
            p1, p2 = pw(), pw()
            emit("positive", "codeargs23-" + shape, "%d/%s" % (i, fname),
                 tpl.format(u1=user(1), u2=user(2), p1=p1, p2=p2), also=(p2,), rule="generic-password",
                 provider="generic", secret=p1)
        for shape, fname, tpl in CODEARGS23_COMPARES:
            a = draw_mixed(rnd, 32)
            emit("positive", "codeargs23-" + shape, "%d/%s" % (i, fname), tpl.format(a=a),
                 rule="generic-secret", provider="generic", secret=a)
        for shape, fname, tpl in CODEARGS23_WRAPPERS:
            p = pw()
            emit("positive", "codeargs23-" + shape, "%d/%s" % (i, fname), tpl.format(p=p),
                 rule="generic-password", provider="generic", secret=p)
        for shape, fname, tpl in CODEARGS23_FIELDS:
            g = uuid()
            emit("positive", "codeargs23-" + shape, "%d/%s" % (i, fname), tpl.format(g=g),
                 rule="codecov-token", provider="codecov", secret=g)
        for shape, fname, tpl, why in CODEARGS23_DECOYS:
            emit("decoy", "codeargs23-" + shape, "%d/%s" % (i, fname),
                 tpl.format(u1=user(1), u2=user(2), a=draw_mixed(rnd, 32)), why=why)
PWJUDGE23_WORDS = ["Lantern", "Prairie", "Harbor", "Cinder", "Monsoon", "Quarry", "Velvet", "Summit",
                   "Orchard", "Falcon", "Meadow", "Glacier", "Thistle", "Juniper"]
PWJUDGE23_FORMULAS = ["Fe2O3", "CaCO3", "H2SO4", "NaCl", "KNO3", "MgSO4", "C2H6O", "SiO2", "NH3"]
PWJUDGE23_WALKS = ["Qwerty", "Asdfgh", "Zxcvbn", "Qazwsx", "Qwertyuiop", "Asdfghjkl"]

# (shape, file, template): {p} is the password
PWJUDGE23_PLACES = [
    ("compose-unquoted", "docker-compose.yml", "services:\n  db:\n    environment:\n      MARIADB_PASSWORD: {p}\n"),
    ("dotenv", ".env", "APP_ENV=prod\nSMTP_PASSWORD={p}\n"),
    ("properties", "application.properties", "spring.mail.host=mail.lan\nspring.mail.password={p}\n"),
    ("yaml-quoted", "values.yaml", "redis:\n  auth:\n    password: \"{p}\"\n"),
    ("xml-attr", "context.xml", "<Resource name=\"jdbc/app\" username=\"app\" password=\"{p}\"/>\n"),
    ("ini", "app.ini", "[database]\nuser = app\npassword = {p}\n"),
    ("json", "settings.json", "{{\"smtp\": {{\"user\": \"ops\", \"password\": \"{p}\"}}}}\n"),
    ("conf-directive", "daemon.conf", "listen 0.0.0.0\nauth_pass {p}\n"),
]


def pwjudge23_values(rnd):
    """A password of each style the judge once refused by style alone."""
    w = lambda: rnd.choice(PWJUDGE23_WORDS)
    d = lambda k: "".join(rnd.choice("0123456789") for _ in range(k))
    return [
        ("chem", "%s+%s=%s" % (rnd.choice(PWJUDGE23_FORMULAS), w(), d(2))),
        ("bracket", "%s[%s]-%s" % (w().lower(), w(), d(1))),
        ("paren", "%s(%s)_%s" % (w().lower(), w(), d(1))),
        ("walk", "%s%s20%s" % (rnd.choice(PWJUDGE23_WALKS).capitalize(), rnd.choice("!#%$@"), d(2))),
        ("dots", "%s%s..." % (w().lower(), d(rnd.choice((1, 2))))),
        ("scrambled", "".join(rnd.choice("bcdfghjklmnpqrstvwxz") if i % 2 else
                              rnd.choice("BCDFGHJKLMNPQRSTVWXZ") for i in range(4)) +
         "".join(rnd.choice("bcdfghjklmnpqrstvwxzBCDFGHJKLMNPQRSTVWXZ") for _ in range(4))),
    ]


PWJUDGE23_DECOYS = [
    ("base64-runon", "values.yaml", "redis:\n  password: QWxhZGRpbg==b3Blbg==\n", "two base64 values run together"),
    ("walk-lower", ".env", "SMTP_PASSWORD=qwerty!2024\n", "a lower-case walk: a tutorial's filler"),
    ("walk-bare", "app.ini", "[database]\npassword = Asdfghjkl\n", "a bare keyboard walk"),
    ("ldap-ssha", "users.yml", "admin:\n  password: \"{{SSHA}}W6ph5Mm5Pz8GgiULbPgzG37mj9g=\"\n", "LDAP's salted hash"),
    ("spring-cipher", "application.yml", "spring:\n  datasource:\n    password: \"{{cipher}}8a3f0c9d2b7e41aa\"\n", "Spring Cloud Config ciphertext"),
    ("maven-enc", "settings.xml", "<server>\n  <id>repo</id>\n  <password>{{Kq9Wm2Lx7Rt4Zp8Vn3=}}</password>\n</server>\n", "Maven's encrypted password"),
    ("call", "config.rb", "config.smtp_password = fetch_secret(SMTP_PASS)\n", "a call"),
    ("call-attr", "settings.py", "DB_PASSWORD = vault.read('db').data\n", "a call's attribute"),
    ("elided", "README.md", "password: hunter...\n", "an elided value without a digit"),
    ("yaml-list", "hosts.yml", "password: [primary, backup]\n", "a list"),
    ("label-paren", "status.yml", "password: (hidden)\n", "a label in parentheses"),
    ("camel-name", "form.yml", "password: passwordInputText\n", "a field's name"),
]


def pwjudge23_block(emit):
    """Wave 23: a password's own name vouches for its value unless it is
    something else. Passwords of styles the judge once refused (a formula
    and a word around '=', a bracketed word, parentheses, a keyboard walk
    with a policy's capital, digit and mark, a word and a digit with
    trailing dots, scrambled-case letters) in compose files, dotenv,
    properties, YAML, XML attributes, INI, JSON and daemon directives;
    decoys: base64 run together, walks short of a policy, stored schemes
    ({SSHA}, {cipher}, Maven's braces), calls, elisions, lists, labels,
    field names."""
    rnd = random.Random(2323)
    for i in range(2):
        for shape, fname, tpl in PWJUDGE23_PLACES:
            for style, p in pwjudge23_values(rnd):
                if style == "scrambled" and shape not in ("conf-directive", "ini", "dotenv"):
                    continue
                # parentheses stay outside an unquoted value (a call's)
                if style == "paren" and shape in ("compose-unquoted", "dotenv", "ini", "properties"):
                    continue
                emit("positive", "pwjudge23-%s-%s" % (style, shape), "%d/%s" % (i, fname), tpl.format(p=p),
                     rule="generic-password" if len(p) <= 15 else "generic-secret", provider="generic", secret=p)
        for shape, fname, text, why in PWJUDGE23_DECOYS:
            emit("decoy", "pwjudge23-" + shape, "%d/%s" % (i, fname), text.replace("{{", "{").replace("}}", "}"), why=why)
PROSE23_POSITIVES = [  # (shape, file, template: {pw} a password, {ws} words and a symbol), rule, which
    # a verb that sets a password, then "to"
    ("set-to", "docs/upgrade.md", "- Set the Grafana admin password to `{pw}` after the upgrade.\n", "generic-password", "pw"),
    ("set-to", "support/zendesk.csv", 'id,status,comment\nZD-4410,closed,"Changed the VPN password for m.ortiz to {pw} per call"\n',
     "generic-password", "pw"),
    ("set-to", "docs/ops.rst", "Password reset to {ws} (temporary), ask them to change it.\n", "generic-password", "ws"),
    ("set-to", "exports/slack/general.json", '[{{"user": "U0KQ", "text": "ok I updated the sentry password to {pw}"}}]\n',
     "generic-password", "pw"),
    # a welcome pack's dot leaders
    ("leaders", "onboarding/welcome.rst", "Your accounts\n\n  Door panel password ......... {pw}\n  Phone voicemail .... 1234\n",
     "generic-password", "pw"),
    # a wireless network's key
    ("wifi", "docs/office.md", "## Office network\n\nSSID: Cedar-Staff, key: {pw}\n", "generic-password", "pw"),
    ("wifi", "docs/site.rst", "The guest Wi-Fi (Cedar-Guest) WPA2 key is {pw}\n", "generic-password", "pw"),
    ("wifi", "vault/Daily/2026-03-02.md", "- [ ] fix the wlan in the lab, network `Lab-2G` pass {pw}\n", "generic-password", "pw"),
    ("wifi", "exports/slack/random.json", '[{{"user": "U0KQ", "text": "the SSID is Hall-B and the wifi key: {ws}"}}]\n',
     "generic-password", "ws"),
    # an administrator's login as user / password
    ("admin-pair", "docs/network.md", "* Firewall (FortiGate 60F): admin / {pw}\n", "generic-password", "pw"),
    ("admin-pair", "exports/slack/infra.json", '[{{"user": "U0KQ", "text": "nas box root / {ws}"}}]\n', "generic-password", "ws"),
    ("admin-pair", "support/tickets.csv", 'key,summary,comment\nIT-77,NAS,"use admin / {pw} on the new NAS"\n',
     "generic-password", "pw"),
    # "pw" in notes
    ("pw", "notes/today.txt", "ok the vpn pw: {pw} for today\n", "generic-password", "pw"),
    ("pw", "docs/printers.md", "Printer in room 4 is set up with pw {pw} for the scan user.\n", "generic-password", "pw"),
]

PROSE23_DECOYS = [  # (shape, file, template, why)
    ("set-to-decoy", "docs/a.md", "Set the password to something memorable.\n", "advice"),
    ("set-to-decoy", "docs/b.md", "Reset your password to a new one via the portal.\n", "advice"),
    ("set-to-decoy", "docs/c.md", "Change the admin password to the value in 1Password.\n", "a reference to a vault"),
    ("set-to-decoy", "support/d.csv", 'id,comment\n9,"password changed to ******** by the helpdesk"\n', "a masked value"),
    ("set-to-decoy", "docs/e.md", "Password reset to <temporary password>, see the ticket.\n", "a placeholder"),
    ("set-to-decoy", "ci/f.md", "Set the Jenkins password to ${{JENKINS_PASS}} in CI.\n", "a variable"),
    ("set-to-decoy", "docs/g.md", "Update the password to match the one in Vault.\n", "prose"),
    ("leaders-decoy", "onboarding/h.rst", "  Password ........ ask IT\n", "prose after leaders"),
    ("wifi-decoy", "docs/i.md", "SSID and key are printed on the router's label.\n", "prose"),
    ("wifi-decoy", "docs/j.md", "The wifi key is stored in Bitwarden.\n", "a vault"),
    ("wifi-decoy", "docs/k.md", "WPA2 key length must be 8 to 63 characters.\n", "a requirement"),
    ("wifi-decoy", "docs/l.bat", "netsh wlan show profile name=Home key=clear\n", "a command's option"),
    ("wifi-decoy", "docs/m.md", "wifi pass: <ask reception>\n", "a placeholder"),
    ("wifi-decoy", "docs/n.md", "WPA key: see the label\n", "prose"),
    ("admin-pair-decoy", "docs/o.md", "Go to admin / Users to add people.\n", "a menu's path"),
    ("admin-pair-decoy", "docs/p.md", "admin / root / guest are reserved names\n", "a list"),
    ("admin-pair-decoy", "docs/q.md", "The default login is admin / admin.\n", "a documented default"),
    ("admin-pair-decoy", "docs/r.md", "log in as root / <password>\n", "a placeholder"),
    ("pw-decoy", "docs/s.md", "the pw field is optional\n", "prose"),
    ("pw-decoy", "docs/t.md", "pw: see vault\n", "prose"),
]


def prose23_block(emit):
    """Wave 23's passwords in sentences: a verb that sets one ("set the
    Grafana admin password to X", "Password reset to X"), a welcome pack's
    dot leaders, a wireless network's key ("SSID: X, key: Y", "WPA2 key is
    Y", "network `X` pass Y"), an administrator's login as admin / X or
    root / X, and "pw X" in notes. Decoys: advice, vaults, masks,
    placeholders, variables, menus, lists, defaults, requirements."""
    rnd = random.Random(2323)
    words = ["Granite", "Harbor", "Lantern", "Meadow", "Falcon", "Orchid", "Tundra", "Cobalt"]

    def values():
        return dict(pw=draw_mixed(rnd, 12),
                    ws="%s%s%s%d" % (rnd.choice(words), rnd.choice("#$!@"), rnd.choice(words).lower(), rnd.randint(10, 99)))

    table_block(emit, "prose23-", PROSE23_POSITIVES, PROSE23_DECOYS, values)


# ---- (provmaps24) a provider's key in a generic format (32 letters and
# digits: Shodan's; 32 hex: OpenWeatherMap's) under a weak name (cred,
# value) in a structure the provider's name keys or heads: nested maps of
# eight languages, an INI section, a YAML list item's provider field, an
# indexed .properties item, MATLAB's containers.Map; decoys: the same
# structures holding hosts, versions, ids, placeholders, another item's
# value, a dependency's version ----
PROVMAPS24_SHODAN = [
    ("elixir-map", "config/runtime.exs", "config = %{{\"shodan\" => %{{\"cred\" => \"{k}\"}}}}\n"),
    ("python-dict", "app/services.py", "SERVICES = {{\"shodan\": {{\"cred\": \"{k}\"}}}}\n"),
    ("json-nested", "config/services.json",
     "{{\n  \"services\": {{\n    \"shodan\": {{\n      \"value\": \"{k}\"\n    }}\n  }}\n}}\n"),
    ("hcl-block", "infra/services.hcl", "shodan = {{\n  value = \"{k}\"\n}}\n"),
    ("groovy-slurper", "conf/Config.groovy", "shodan {{\n    value = '{k}'\n}}\n"),
    ("ruby-rockets", "config/services.rb", "SERVICES = {{ \"shodan\" => {{ \"value\" => \"{k}\" }} }}\n"),
    ("perl-quoted", "lib/App/Keys.pm", "our %KEYS = ( 'shodan' => {{ 'cred' => '{k}' }} );\n"),
    ("php-index", "config/boot.php", "<?php\n$cfg['shodan']['value'] = '{k}';\n"),
]
PROVMAPS24_OWM = [
    ("ini-section", "conf/weather.ini", "[openweathermap]\nunits = metric\ncred = {h}\n"),
    ("js-nested", "src/config.js", "export const cfg = {{ openweathermap: {{ value: '{h}' }} }};\n"),
    ("properties-item", "src/main/resources/services.properties",
     "services[1].provider=openweathermap\nservices[1].value={h}\n"),
    ("matlab-map", "lib/load_keys.m", "function m = load_keys()\n    m = containers.Map({{'openweathermap'}}, {{'{h}'}});\nend\n"),
    ("yaml-item", "deploy/services.yaml", "services:\n  - provider: openweathermap\n    value: {h}\n"),
]
PROVMAPS24_DECOYS = [
    ("json-nested", "config/hosts.json",
     "{{\"shodan\": {{\"value\": \"https://api.shodan.io/v1\", \"region\": \"eu-west-1\"}}}}\n", "a host"),
    ("ruby-rockets", "config/versions.rb", "PINS = {{ \"shodan\" => {{ \"value\" => \"1.28.0\" }} }}\n", "a version"),
    ("perl-quoted", "lib/App/Example.pm", "our %KEYS = ( 'shodan' => {{ 'cred' => 'YOUR_SHODAN_KEY_HERE' }} );\n",
     "a placeholder"),
    ("php-index", "config/stripe.php", "<?php\n$cfg['stripe']['value'] = 'price_{m}';\n", "a price's id"),
    ("properties-item", "src/main/resources/other.properties",
     "services[0].provider=openweathermap\nservices[0].units=metric\nservices[1].provider=other\n"
     "services[1].value={h}\n", "another item's value"),
    ("matlab-map", "lib/hosts.m",
     "m = containers.Map({{'openweathermap'}}, {{'api.openweathermap.org'}});\n", "a host"),
    ("yaml-item", "deploy/flags.yaml", "features:\n  openweathermap:\n    value: true\n", "a feature flag"),
    ("json-nested", "package.json",
     "{{\n  \"dependencies\": {{ \"shodan\": \"^1.28.0\", \"openweathermap\": \"2.1.0\" }}\n}}\n",
     "dependencies' versions"),
]


def provmaps24_block(emit):
    """Wave 24 (provmaps24): a provider's key under a weak name in the
    provider's own structure (PROVMAPS24_* above)."""
    rnd = random.Random(2424)
    for i in range(3):
        for shape, fname, tpl in PROVMAPS24_SHODAN:
            k = draw_mixed(rnd, 32)
            emit("positive", "provmaps24-" + shape, "%d/%s" % (i, fname), tpl.format(k=k),
                 rule="shodan-api-key", provider="shodan", secret=k)
        for shape, fname, tpl in PROVMAPS24_OWM:
            h = draw(rnd, "0123456789abcdef", 32)
            emit("positive", "provmaps24-" + shape, "%d/%s" % (i, fname), tpl.format(h=h),
                 rule="openweathermap-api-key", provider="openweathermap", secret=h)
        for shape, fname, tpl, why in PROVMAPS24_DECOYS:
            emit("decoy", "provmaps24-" + shape, "%d/%s" % (i, fname),
                 tpl.format(h=draw(rnd, "0123456789abcdef", 32), m=draw_mixed(rnd, 24)), why=why)

# (commands28) tools whose password flag is not --password, REPL
# histories' commands and a script's variable handed to such a flag
# (patterns/clitools.json): the tool or the command is the rule's
# keyword, placed whole
STRUCTURED.update({rid: "file" for rid in (
    "cli-signtool-pfx-password", "cli-winrs-password", "cli-wmic-password",
    "cli-certutil-pfx-password", "cli-pvk2pfx-password", "cli-sqlpackage-password",
    "cli-oracle-logon-password", "cli-ssh-keygen-passphrase",
    "cli-macos-keychain-password", "cli-rar-password", "cli-container-creds-password",
    "cli-snmp-secret", "cli-vmrun-password", "cli-db2-connect-password",
    "cli-http-basic-config-password", "cli-impacket-target-password",
    "cli-samba-tool-password", "cli-mysqlsh-uri-password", "cli-mongo-shell-auth",
    "cli-redis-auth-command", "cli-redis-history-auth", "cli-redis-command-password",
    "cli-bmc-password", "cli-wpa-passphrase", "cli-variable-password")})


# wave 28 (places28): daemons' secrets under their own directives and
# interchange files' password slots (patterns/netdaemons.json,
# patterns/interchange.json): the value is known by the directive, segment
# or element around it, so each example is placed whole.
STRUCTURED.update({rid: "file" for rid in (
    "netdaemons-tacplus-cleartext-password", "netdaemons-sipctl-db-password",
    "netdaemons-proftpd-sql-password", "netdaemons-ceph-keyring-key",
    "netdaemons-nut-monitor-password", "netdaemons-exim-lookup-servers-password",
    "interchange-x12-isa-password", "interchange-nessus-policy-password",
    "interchange-ssis-configured-password", "interchange-libvirt-graphics-password",
    "netdaemons-ios-snmpv3-auth-passphrase", "netdaemons-ios-snmpv3-priv-passphrase",
    "netdaemons-wifi-qr-password", "netdaemons-aoscx-plaintext-secret")})

# wave 38 (creds38): a password known by the prompt it is typed at (Expect,
# pexpect, AutoHotkey's user{Tab}password{Enter}) or by the user's u= beside
# its p= in a URL's query: each example is placed whole.
STRUCTURED.update({rid: "file" for rid in (
    "expect-prompt-password", "expect-pexpect-password", "autohotkey-login-password",
    "url-query-login")})


def main():
    pat_dir, out = sys.argv[1], sys.argv[2]
    rnd = random.Random(20261129)
    corpus = os.path.join(out, "corpus")
    labels = []
    count = [0]

    def emit(kind, shape, fname, text, also=(), **lab):
        count[0] += 1
        d = os.path.join(corpus, kind, shape, "%04d" % count[0])
        os.makedirs(d, exist_ok=True)
        path = os.path.join(d, fname)
        os.makedirs(os.path.dirname(path), exist_ok=True)  # fname may name directories
        with open(path, "w") as f:
            f.write(text)
        rel = os.path.relpath(path, corpus)
        lab.update(kind=kind, shape=shape, file=rel)
        labels.append(lab)
        labels.extend(dict(lab, secret=other) for other in also)

    rules = []
    for f in sorted(glob.glob(os.path.join(pat_dir, "*.json"))):
        doc = json.load(open(f))
        for r in doc["rules"]:
            rules.append((doc["provider"], r))
    # path rules last: they take no turn in the shape rotation of the others
    rules.sort(key=lambda pr: bool(pr[1].get("paths")))

    for provider, r in rules:
        # the shape rotation is seeded by the rule's id, not its place in
        # the list: a new rule leaves every other rule's shapes as they were
        ri = zlib.crc32(r["id"].encode())
        secrets = []
        for e in r["examples"]:
            if isinstance(e, dict) and "secret" in e and "\n" not in e["secret"]:
                secrets.append((e["secret"], e["text"], e.get("path", "example.txt")))
        partner = r.get("partner")
        if partner and not partner.get("required", True):
            partner = None
        if r.get("paths"):
            path_rule_block(emit, provider, r, secrets)
            secrets = []  # its examples mean something only at their paths
        for si, (secret, text, path) in enumerate(secrets[:3]):
            if r["id"] in STRUCTURED:
                structured_secret(emit, provider, r, si, secret, text, path, ri * 7 + si * 13)
                continue
            name = var_name(text, secret, provider)
            # a paired rule's secret comes with its partner, as issued
            pline = partner_line(partner, text, secret) if partner else ""
            # 9 shapes per secret, rotating so every shape meets every kind
            for k in range(9):
                shape, fname, tpl = SHAPES[(ri * 7 + si * 13 + k * 5) % len(SHAPES)]
                body = pline + fill(tpl, name, provider, secret)
                lab = dict(rule=r["id"], provider=provider, secret=secret)
                if pline:
                    lab["partner"] = pline.split(": ", 1)[1].strip()
                if shape == "k8s-data-base64":
                    lab["encoded"] = base64.b64encode(secret.encode()).decode()
                emit("positive", shape, fname, body, **lab)
            # decoys with the same name: placeholders and fillers
            for k in range(3):
                ph = PLACEHOLDERS[(ri + si + k) % len(PLACEHOLDERS)]
                value = ph % name if "%s" in ph else ph
                shape, fname, tpl = SHAPES[(ri * 3 + k * 11) % 30]
                emit("decoy", shape, fname, fill(tpl, name, provider, value), rule=r["id"],
                     provider=provider, why="placeholder")
            for fv in (filler(secret) or [])[:2]:
                shape, fname, tpl = SHAPES[(ri + si * 5) % 30]
                emit("decoy", shape, fname, fill(tpl, name, provider, fv), rule=r["id"],
                     provider=provider, why="filler")
        for ni, neg in enumerate(r["negative_examples"]):
            text = neg["text"] if isinstance(neg, dict) else neg
            fname = neg.get("path", "notes.txt") if isinstance(neg, dict) else "notes.txt"
            emit("decoy", "negative-example", os.path.basename(fname) or "notes.txt",
                 text if text.endswith("\n") else text + "\n", rule=r["id"],
                 provider=provider, why="negative example")

    # passwords handed to commands and calls (generic): positives and decoys
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
    for i in range(40):
        pw = "".join(rnd.choice(alphabet) for _ in range(20))
        shape, fname, tpl = PASSWORD_SHAPES[i % len(PASSWORD_SHAPES)]
        emit("positive", shape, fname, tpl.format(v=pw, b64=base64.b64encode(
            ("deploy:" + pw).encode()).decode()), rule="generic-secret", provider="generic",
            secret=pw)
    for i, ph in enumerate(PASSWORD_DECOYS * 2):
        shape, fname, tpl = PASSWORD_SHAPES[i % len(PASSWORD_SHAPES)]
        emit("decoy", shape, fname, tpl.format(v=ph, b64=base64.b64encode(
            ("deploy:" + ph).encode()).decode()), provider="generic", why="placeholder")
    for i, ph in enumerate(PASSWORD_DECOYS):
        emit("decoy", "curl-bearer", "call.sh",
             "curl -H 'Authorization: Bearer %s' https://api.stripe.com/v1/charges\n" % ph,
             provider="generic", why="placeholder")

    for provider, text in DOC_SAMPLES:
        emit("decoy", "doc-sample", "README.md", text, provider=provider, why="documentation sample")

    held_block(emit)
    shapes3_block(emit)

    # hashes and ids that look like keys and are not
    for i in range(60):
        h = "%040x" % rnd.getrandbits(160)
        emit("decoy", "hash", "notes.md", "Fixed in commit %s (see PR #%d).\n" % (h, i), why="commit id")
        s = base64.b64encode(rnd.getrandbits(512).to_bytes(64, "big")).decode()
        emit("decoy", "hash", "package-lock.json",
             '{"node_modules/lib%d": {"version": "1.0.%d", "integrity": "sha512-%s"}}\n' % (i, i, s),
             why="integrity hash")
        u = "%08x-%04x-4%03x-a%03x-%012x" % (rnd.getrandbits(32), rnd.getrandbits(16),
                                             rnd.getrandbits(12), rnd.getrandbits(12), rnd.getrandbits(48))
        emit("decoy", "hash", "form.html",
             "<script>hbspt.forms.create({portalId: \"%d\", formId: \"%s\"});</script>\n" % (
                 rnd.randrange(10**6, 10**8), u), why="form id")
        emit("decoy", "hash", "go.sum", "github.com/acme/lib%d v1.2.%d h1:%s=\n" % (i, i, s[:43]),
             why="module checksum")

    generic_block(emit)
    precision_block(emit)
    precision2_block(emit)
    pair_half_block(emit)
    b2recall_block(emit, rules)
    formatsb_block(emit)
    formats_a_block(emit)
    formats_c_block(emit)
    b3fix_block(emit)
    shapes4_block(emit)
    b5formats_block(emit)
    b5shapes_block(emit)
    b5shapes_block(emit, 7606, H6SHAPES, H6SHAPES_DECOYS)  # h6shapes
    formats_d_block(emit)
    formats_f_block(emit)
    h6conf_block(emit)
    formats_e_block(emit)
    h7rules_block(emit)
    confpairs_block(emit)
    h7shapes_block(emit)
    codeshapes_block(emit)
    dotfiles_block(emit)
    apps_block(emit)
    h7shapes_block(emit, 9209, CODESHAPES2, CODESHAPES2_DECOYS)  # codeshapes2
    daemons_block(emit)
    platforms_block(emit)
    judge_block(emit)
    syntaxes_block(emit)
    anyglue_block(emit)
    selfhosted_block(emit)
    apart_block(emit)
    lineglue_block(emit)
    mailmount_block(emit)
    commands_block(emit)
    precision12_block(emit)
    names_block(emit)
    letters12_block(emit)
    public13_block(emit)
    recall13_block(emit)
    context13_block(emit)
    nearby14_block(emit)
    calls14_block(emit)
    precision14_block(emit)
    formats14_block(emit)
    configs15_block(emit)
    shapes15_block(emit)
    formats15_block(emit)
    passwords16_block(emit)
    formats16_block(emit)
    shapes16_block(emit)
    shapes17_block(emit)
    formats17_block(emit)
    passwords17_block(emit)
    judge17_block(emit)
    formats18_block(emit)
    shapes18_block(emit)
    passwords18_block(emit)
    judge18_block(emit)
    passwords19_block(emit)
    structs19_block(emit)
    shapes19_block(emit)
    places20_block(emit)
    structs20_block(emit)
    passwords20_block(emit)
    netconf21_block(emit)
    prose21_block(emit)
    appsecrets21_block(emit)
    structs21_block(emit)
    data22_block(emit)
    daemons22_block(emit)
    clicreds22_block(emit)
    formats22_block(emit)
    appkeys23_block(emit)
    codeargs23_block(emit)
    pwjudge23_block(emit)
    prose23_block(emit)
    provmaps24_block(emit)
    with open(os.path.join(out, "labels.jsonl"), "w") as f:
        for lab in labels:
            f.write(json.dumps(lab, sort_keys=True) + "\n")
    pos = sum(1 for l in labels if l["kind"] == "positive")
    print("quality corpus: %d labelled secrets in %d shapes over %d rules, %d decoys" % (
        pos, len({l["shape"] for l in labels if l["kind"] == "positive"}),
        len({l["rule"] for l in labels if l["kind"] == "positive"}), len(labels) - pos))


if __name__ == "__main__":
    main()
