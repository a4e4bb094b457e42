#!/usr/bin/env python3
"""Writes the tenth held-out corpus: corpus/snippets/, corpus/repos/ and labels.jsonl.

usage: make_corpus.py OUTDIR   (OUTDIR/corpus, OUTDIR/labels.jsonl; seeded, so reproducible)

snippets/: one short file per provider (150 drawn from keyhound's provider names with
random.Random(10), plus HubSpot files) in the style of other scanners' rule examples, the
syntax rotating over 31 (SYNTAXES). repos/: files as committed in enterprise Java servers,
database operations, configuration management, backup tools, self-hosted platforms and
desktop clients (repos10.py). Labels: holdout6's format (README.md).
"""
import base64
import json
import os
import re
import sys

sys.dont_write_bytecode = True  # no __pycache__ left beside the committed corpus
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import formats10 as F  # noqa: E402

URL_PW = re.compile(r"^([a-z][a-z0-9+.-]*://)([^:/@\s]+):([^@/\s]+)@([^/?#\s]+)")
DRAWN_FROM = "keyhound rules ids, first word, less cli generic privatekey url jwt dbclient daemonconf netrc hubspot"


class Doc:
    """One corpus file: text with markers where labelled values go."""

    def __init__(self, path, half, shape):
        self.path, self.half, self.shape = path, half, shape
        self.labels = []

    def _mark(self, label, shown):
        label["_shown"] = shown
        self.labels.append(label)
        return "\x01%d\x01" % (len(self.labels) - 1)

    def pos(self, provider, fmt, value, shape=None, shown=None, **extra):
        l = {"kind": "positive", "provider": provider, "format": fmt, "secret": value, "shape": shape or self.shape}
        if "-----BEGIN" in value:
            l["match"] = "pem"
        l.update(extra)
        return self._mark(l, value if shown is None else shown)

    def secret(self, provider, fmt, value, shape=None, shown=None):
        """pos() with the label policy: a password in a URL is the secret, the URL (whole and
        up to its host) accepted; an Azure connection string's AccountKey, the string accepted;
        a Proxmox PVEAPIToken string's UUID, the string accepted."""
        m = URL_PW.match(value)
        if m and "@" in value:
            return self.pos(provider, fmt, m.group(3), shape=shape, shown=shown or value,
                            accept=sorted({value, m.group(0)}))
        if value.startswith("DefaultEndpointsProtocol="):
            key = value.split("AccountKey=")[1].split(";")[0]
            return self.pos(provider, fmt, key, shape=shape, shown=shown or value, accept=[value])
        if value.startswith("PVEAPIToken="):
            return self.pos(provider, fmt, value.rsplit("=", 1)[1], shape=shape, shown=shown or value,
                            accept=[value, value.split("=", 1)[1]])
        if "/v2/" in value and "alchemy" in value or "/v3/" in value and "infura" in value:
            return self.pos(provider, fmt, value.rsplit("/", 1)[1], shape=shape, shown=shown or value, accept=[value])
        if value.startswith("prisma://"):
            return self.pos(provider, fmt, value, shape=shape, shown=shown, accept=[value.split("api_key=")[1]])
        return self.pos(provider, fmt, value, shape=shape, shown=shown)

    def b64(self, provider, fmt, value, shape=None, accept=None):
        """A secret written base64-encoded: labelled with the decoded value."""
        enc = base64.b64encode(value.encode()).decode()
        extra = {"accept": accept} if accept else {}
        return self.pos(provider, fmt, value, shape=shape, shown=enc, encoded="base64", encoded_value=enc, **extra)

    def dec(self, provider, kind, value, shape=None):
        l = {"kind": "decoy", "provider": provider, "format": kind, "value": value, "decoy": kind,
             "shape": shape or self.shape}
        return self._mark(l, value)

    def render(self, text):
        out, labels, pos = [], [], 0
        for m in re.finditer("\x01(\\d+)\x01", text):
            out.append(text[pos:m.start()])
            l = dict(self.labels[int(m.group(1))])
            shown = l.pop("_shown")
            l["file"] = self.path
            l["line"] = "".join(out).count("\n") + 1
            l["half"] = self.half
            out.append(shown)
            labels.append(l)
            pos = m.end()
        out.append(text[pos:])
        return "".join(out), labels


def names(env):
    """Spellings of one setting name: ENV_NAME, envName, env_name, EnvName, envname."""
    parts = env.lower().split("_")
    parts = [p for p in parts if p]
    camel = parts[0] + "".join(p.title() for p in parts[1:])
    return {"K": env, "c": camel, "s": "_".join(parts), "C": camel[0].upper() + camel[1:],
            "L": "".join(p for p in parts if p.isalpha())}


# (shape, file name, head, form A (names + {v}), form B (header/argument/second form), foot)
SYNTAXES = [
    ("kts-buildconfig", "build.gradle.kts", "android {\n    defaultConfig {",
     '        buildConfigField("String", "{K}", "\\"{v}\\"")', '        manifestPlaceholders["{c}"] = "{v}"', "    }\n}"),
    ("swift-let", "Secrets.swift", "import Foundation\n\nenum Secrets {",
     '    static let {c} = "{v}"', '    static func sign{P}(_ r: inout URLRequest) { r.setValue("Bearer {v}", forHTTPHeaderField: "Authorization") }', "}"),
    ("objc-nsstring", "APIKeys.m", '#import "APIKeys.h"\n',
     'static NSString * const k{C} = @"{v}";', '    [{p}Request setValue:@"{v}" forHTTPHeaderField:@"X-Api-Key"];', ""),
    ("dart-const", "lib/env.dart", "// ignore_for_file: constant_identifier_names",
     "const {c} = '{v}';", "final {p}Client = {P}Client(apiKey: '{v}');", ""),
    ("scala3-val", "Config.scala", "object Config:",
     '  val {c}: String = "{v}"', '  given {P}Credentials = {P}Credentials(token = "{v}")', ""),
    ("go-template", "config.yaml.tmpl", "# rendered by envsubst-go",
     '{s}: {{ default "{v}" .Env.{K} }}', '{s}: "{v}"', ""),
    ("rust-const", "src/keys.rs", "// build-time defaults",
     'pub const {K}: &str = "{v}";', '    println!("cargo:rustc-env={K}={v}");', ""),
    ("c-define", "config.h", "#pragma once",
     '#define {K} "{v}"', 'static const char *{s} = "{v}";', ""),
    ("java-annotation", "ClientConfig.java", "@Configuration\npublic class ClientConfig {",
     '    @Value("${{s}:{v}}")\n    private String {c};', '    @RequestLine("GET https://api.{p}.com/v1/me")\n    @Headers("Authorization: Bearer {v}")', "}"),
    ("ts-decorator", "config.service.ts", "export class ConfigService {",
     "  @Env('{K}', { default: '{v}' }) {c}!: string;", "  @Client('https://api.{p}.com', { headers: { 'x-api-key': '{v}' } })", "}"),
    ("py-dataclass", "settings.py", "from dataclasses import dataclass, field\n\n\n@dataclass\nclass Settings:",
     '    {s}: str = "{v}"', '    {s}: str = field(default="{v}", repr=False)', ""),
    ("ruby-struct", "config/creds.rb", "Creds = Struct.new(:name, :value)\nCREDS = [",
     '  Creds.new("{s}", "{v}"),', '  Creds.new(:{p}_bearer, "Bearer {v}"),', "]"),
    ("php8-attribute", "src/Client.php", "<?php\n\nfinal class Client\n{",
     "    #[Env('{K}', default: '{v}')]\n    public string ${c};", "    public string ${c} = '{v}';", "}"),
    ("zshenv-export", ".zshenv", "# ~/.zshenv",
     'export {K}="{v}"', "typeset -gx {K}='{v}'", ""),
    ("justfile", "Justfile", "set dotenv-load",
     'export {K} := "{v}"', 'deploy:\n    curl -fsS -H "Authorization: Bearer {v}" https://api.{p}.com/v1/deploy', ""),
    ("taskfile", "Taskfile.yml", "version: '3'\nenv:",
     "  {K}: '{v}'", "tasks:\n  push:\n    cmds:\n      - |\n        curl -H 'X-Api-Key: {v}' https://api.{p}.com/v1/push", ""),
    ("earthfile", "Earthfile", "VERSION 0.8\nbuild:\n    FROM alpine:3.20",
     "    ENV {K}={v}", "    ARG {K}_ALT={v}", ""),
    ("compose-override", "docker-compose.override.yml", "services:\n  api:\n    environment:",
     '      {K}: "{v}"', "  worker:\n    environment:\n      - {K}_2={v}", ""),
    ("helm-values", "values.yaml", "app:\n  secrets:",
     '    {c}: "{v}"', "  extraEnv:\n    - name: {K}\n      value: {v}", ""),
    ("kustomize-literal", "kustomization.yaml", "secretGenerator:\n  - name: app-secrets\n    literals:",
     "      - {s}={v}", "      - {K}={v}", ""),
    ("argocd-param", "application.yaml", "apiVersion: argoproj.io/v1alpha1\nkind: Application\nspec:\n  source:\n    helm:\n      parameters:",
     '        - name: secrets.{c}\n          value: "{v}"', "      valuesObject:\n        {c}: {v}", ""),
    ("gha-env", ".github/workflows/ci.yml", "on: push\nenv:",
     "  {K}: {v}", "jobs:\n  t:\n    steps:\n      - run: |\n          curl -H \"X-Api-Key: {v}\" https://api.{p}.com/v1/check", ""),
    ("gitlab-variables", ".gitlab-ci.yml", "variables:",
     '  {K}: "{v}"', "deploy:\n  script:\n    - export {K}={v}", ""),
    ("azure-pipelines", "azure-pipelines.yml", "variables:",
     "  - name: {K}\n    value: '{v}'", "steps:\n  - script: ./deploy.sh\n    env:\n      {K}: {v}", ""),
    ("circleci-env", ".circleci/config.yml", "jobs:\n  build:\n    docker:\n      - image: cimg/base:current\n    environment:",
     "      {K}: {v}", '    steps:\n      - run: echo "{v}" | {p} login --with-token', ""),
    ("notebook-cell", "explore.ipynb", '{\n "cells": [\n  {\n   "cell_type": "code",\n   "source": [',
     '    "os.environ[\\"{K}\\"] = \\"{v}\\"\\n",', '    "{p} = {P}Client(api_key=\\"{v}\\")\\n",',
     '    "print(1)"\n   ]\n  }\n ],\n "nbformat": 4\n}'),
    ("rmarkdown", "report.Rmd", "---\ntitle: Weekly\n---\n\n```{r setup}",
     'Sys.setenv({K} = "{v}")', 'req <- httr::GET("https://api.{p}.com/v1", httr::add_headers(Authorization = "Bearer {v}"))', "```"),
    ("latex-newcommand", "secrets.tex", "% local build settings",
     "\\newcommand{\\{L}}{{v}}", "\\def\\{L}x{{v}}", ""),
    ("markdown-table", "CREDENTIALS.md", "| name | value |\n|---|---|",
     "| {K} | `{v}` |", "| {s} (rotated) | `{v}` |", ""),
    ("rst-field", "docs/setup.rst", "Setup\n=====\n",
     ":{s}: {v}", ".. code-block:: bash\n\n   export {K}={v}\n", ""),
    ("asciidoc-attr", "README.adoc", "= Service setup",
     ":{s}: {v}", '[source,shell]\n----\ncurl -H "Authorization: Bearer {v}" https://api.{p}.com/v1\n----', ""),
]


YAML_SHAPES = {"taskfile", "compose-override", "helm-values", "argocd-param", "gha-env", "gitlab-variables",
               "azure-pipelines", "circleci-env"}


def form(tmpl, env, marker, provider, value, shape=""):
    """One line of a syntax; a YAML value that starts with an indicator character is quoted."""
    if shape in YAML_SHAPES and value[:1] in "{*&!%@`|>" and '"{v}"' not in tmpl and "'{v}'" not in tmpl:
        tmpl = tmpl.replace("{v}", '"{v}"')
    n = names(env)
    out = tmpl.replace("{p}", provider).replace("{P}", provider.title())
    for k in ("K", "c", "s", "C", "L"):
        out = out.replace("{%s}" % k, n[k])
    return out.replace("{v}", marker)


def snippet(i, provider):
    env, poss, decs = F.PROVIDERS[provider]
    shape, fname, head, a, b, foot = SYNTAXES[i % len(SYNTAXES)]
    doc = Doc("snippets/%s/%s" % (provider, fname), "snippets", shape)
    body, second = [head] if head else [], []
    for j, (fmt, _) in enumerate(poss[:2]):
        v = F.value(provider, fmt)
        if "\n" in v:  # PEM keys: a file of their own (apple_p8)
            continue
        name = env if fmt in ("key", "token", "secret") or len(poss) == 1 else "%s_%s" % (provider.upper(), fmt.upper())
        use_b = j == 1 and not re.search(r"://|=|\n", v)
        m = doc.secret(provider, fmt, v, shape=shape + ("-b" if use_b else ""))
        (second if use_b else body).append(form(b if use_b else a, name, m, provider, v, shape))
    for kind, _ in decs:
        v = F.value(provider, kind)
        body.append(form(a, "%s_%s" % (provider.upper(), kind.upper()), doc.dec(provider, kind, v), provider, v, shape))
    if i % 2 == 0:
        ref = "${%s}" % env
        body.append(form(a, env + "_FROM_ENV", doc.dec(provider, "env-reference", ref), provider, ref, shape))
    body += second  # the second form opens a new block (a recipe, a job, a list): after the assignments
    if foot:
        body.append(foot)
    return doc, "\n".join(body) + "\n"


def apple_p8():
    """App Store Connect keys are committed as AuthKey_<KEYID>.p8 files."""
    kid = F.rs("U", 10)
    doc = Doc("snippets/apple/AuthKey_%s.p8" % kid, "snippets", "pem-file")
    return doc, doc.secret("apple", "p8", F.pem()) + "\n"


def main():
    outdir = sys.argv[1]
    drawn = sorted(p for p in F.PROVIDERS if p not in F.EXTRA)
    docs = [snippet(i, p) for i, p in enumerate(drawn)]
    docs.append(apple_p8())
    import hubspot10
    docs += hubspot10.build(Doc, F)
    import repos10
    docs += repos10.build(Doc, F)
    labels, seen = [], set()
    for doc, text in docs:
        assert doc.path not in seen, doc.path
        seen.add(doc.path)
        body, ls = doc.render(text)
        path = os.path.join(outdir, "corpus", doc.path)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(body)
        labels += ls
    labels.sort(key=lambda l: (l["file"], l["line"], l.get("secret", l.get("value"))))
    with open(os.path.join(outdir, "labels.jsonl"), "w") as f:
        for l in labels:
            f.write(json.dumps(l, sort_keys=True) + "\n")
    for half in ("snippets", "repos"):
        pos = [l for l in labels if l["half"] == half and l["kind"] == "positive"]
        print("%s: %d positives over %d providers in %d shapes, %d decoys, %d files" % (
            half, len(pos), len({l["provider"] for l in pos}), len({l["shape"] for l in pos}),
            sum(1 for l in labels if l["half"] == half and l["kind"] == "decoy"),
            len({l["file"] for l in labels if l["half"] == half})))


if __name__ == "__main__":
    main()
