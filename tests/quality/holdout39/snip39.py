"""Snippets of holdout39: one directory per provider of provs39.P.

Three in four providers: one config or source file in one of 24 styles in turn, holding the
provider's credentials, its ids / public keys / test keys, a lookalike of the first credential
(lookalike(): masked, truncated, its SHA-256 or prefix + filler) and a placeholder.
Every fourth provider is written the way scanners' own rule tests are: positive.<ext>, one
credential per short line in one of 20 line kinds, and negative.<ext> of the same kind where each
decoy keeps its own name.
"""
from holdout_gen import Doc, lookalike, PLACEHOLDERS
from gen39 import gen
from provs39 import P


def cname(n):
    return "".join(w.capitalize() for w in n.lower().split("_"))


def camel(n):
    c = cname(n)
    return c[0].lower() + c[1:]


# (style, path, header, line(NAME, marker), footer, unsafe characters)
STYLES = [
    ("python_environ", "settings.py", "import os\n\n", lambda n, v: '%s = os.environ.get("%s", "%s")\n' % (n, n, v), "", '"\\'),
    ("js_env_default", "config.js", "'use strict';\n\nmodule.exports = {\n", lambda n, v: "  %s: process.env.%s || '%s',\n" % (camel(n), n, v), "};\n", "'\\"),
    ("go_const", "config.go", "package config\n\nconst (\n", lambda n, v: '\t%s = "%s"\n' % (cname(n), v), ")\n", '"\\'),
    ("yaml_nested", "config/integrations.yml", "integrations:\n  {p}:\n", lambda n, v: '    %s: "%s"\n' % (n.lower(), v), "", '"\\'),
    ("dotenv", ".env.production", "# production values, do not share\n", lambda n, v: "%s=%s\n" % (n, v), "", " $#'\""),
    ("json", "credentials.json", "{\n  \"{p}\": {\n", lambda n, v: '    "%s": "%s",\n' % (camel(n), v), '    "enabled": true\n  }\n}\n', '"\\'),
    ("toml", "config.toml", "[{p}]\n", lambda n, v: '%s = "%s"\n' % (n.lower(), v), "", '"\\'),
    ("java_const", "src/main/java/com/quillon/Keys.java", "package com.quillon;\n\npublic final class Keys {\n",
     lambda n, v: '    public static final String %s = "%s";\n' % (n, v), "}\n", '"\\'),
    ("ruby_fetch", "config/initializers/keys.rb", "# frozen_string_literal: true\n\n", lambda n, v: "%s = ENV.fetch('%s', '%s')\n" % (n, n, v), "", "'\\"),
    ("csharp_const", "Settings.cs", "namespace Quillon.Ats;\n\npublic static class Settings\n{\n",
     lambda n, v: '    public const string %s = "%s";\n' % (cname(n), v), "}\n", '"\\{}'),
    ("php_define", "config.php", "<?php\n\n", lambda n, v: "define('%s', '%s');\n" % (n, v), "", "'\\"),
    ("kotlin_const", "Secrets.kt", "package com.quillon.mobile\n\n", lambda n, v: 'const val %s = "%s"\n' % (n, v), "", '"\\$'),
    ("rust_const", "src/keys.rs", "// integration keys\n", lambda n, v: 'pub const %s: &str = "%s";\n' % (n, v), "", '"\\'),
    ("powershell_env", "setup.ps1", "# dev box setup\n", lambda n, v: "$env:%s = '%s'\n" % (n, v), "", "'"),
    ("shell_export", "env.sh", "#!/usr/bin/env bash\n", lambda n, v: "export %s='%s'\n" % (n, v), "", "'"),
    ("terraform_default", "variables.tf", "", lambda n, v: 'variable "%s" {\n  type    = string\n  default = "%s"\n}\n\n' % (n.lower(), v), "", '"\\$'),
    ("properties", "application.properties", "# {p}\n", lambda n, v: "%s=%s\n" % (n.lower().replace("_", "."), v), "", "\\ "),
    ("dockerfile_env", "Dockerfile", "FROM python:3.12-slim\nWORKDIR /app\n", lambda n, v: 'ENV %s="%s"\n' % (n, v), 'CMD ["gunicorn", "app:app"]\n', '"\\$'),
    ("compose_env", "docker-compose.yml", "services:\n  worker:\n    image: ghcr.io/quillon-hire/worker:2.14\n    environment:\n",
     lambda n, v: "      - %s=%s\n" % (n, v), "", " $#'\":"),
    ("k8s_configmap", "k8s/configmap.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {p}-settings\ndata:\n",
     lambda n, v: '  %s: "%s"\n' % (n, v), "", '"\\'),
    ("actions_env", ".github/workflows/sync.yml", "name: sync\non: workflow_dispatch\njobs:\n  sync:\n    runs-on: ubuntu-latest\n    env:\n",
     lambda n, v: '      %s: "%s"\n' % (n, v), "    steps:\n      - run: ./scripts/sync.sh\n", '"\\$'),
    ("appsettings", "appsettings.Production.json", "{\n  \"{P}\": {\n", lambda n, v: '    "%s": "%s",\n' % (cname(n), v), '    "Enabled": true\n  }\n}\n', '"\\'),
    ("elixir_config", "config/runtime.exs", "import Config\n\n", lambda n, v: 'config :ats, :%s, "%s"\n' % (n.lower(), v), "", '"\\#'),
    ("gradle_properties", "gradle.properties", "org.gradle.jvmargs=-Xmx2g\n", lambda n, v: "%s=%s\n" % (camel(n), v), "", "\\ "),
]

# scanner-test line kinds: (kind, ext, first(NAME, marker, prov), assign(NAME, marker), comment)
KINDS = [
    ("py_client", "py", lambda n, v, p: 'client = %sClient(api_key="%s")\n' % (cname(p), v), lambda n, v: '%s = "%s"\n' % (n.lower(), v), "#"),
    ("py_header", "py", lambda n, v, p: 'headers = {"Authorization": "Bearer %s"}\n' % v, lambda n, v: '%s = "%s"\n' % (n.lower(), v), "#"),
    ("curl_bearer", "sh", lambda n, v, p: 'curl -s -H "Authorization: Bearer %s" https://api.%s.example/v1/me\n' % (v, p), lambda n, v: "%s='%s'\n" % (n, v), "#"),
    ("js_client", "js", lambda n, v, p: "const client = new %s({ apiKey: '%s' });\n" % (cname(p), v), lambda n, v: "const %s = '%s';\n" % (camel(n), v), "//"),
    ("go_client", "go", lambda n, v, p: 'client := %s.NewClient("%s")\n' % (p.replace("_", ""), v), lambda n, v: '%s := "%s"\n' % (camel(n), v), "//"),
    ("yaml_key", "yaml", lambda n, v, p: "%s: %s\n" % (n.lower(), v), lambda n, v: "%s: %s\n" % (n.lower(), v), "#"),
    ("env_line", "env", lambda n, v, p: "%s=%s\n" % (n, v), lambda n, v: "%s=%s\n" % (n, v), "#"),
    ("java_header", "java", lambda n, v, p: 'conn.setRequestProperty("Authorization", "Bearer %s");\n' % v,
     lambda n, v: 'String %s = "%s";\n' % (camel(n), v), "//"),
    ("csharp_header", "cs", lambda n, v, p: 'http.DefaultRequestHeaders.Add("X-Api-Key", "%s");\n' % v, lambda n, v: 'var %s = "%s";\n' % (camel(n), v), "//"),
    ("php_client", "php", lambda n, v, p: "$client = new \\%s\\Client('%s');\n" % (cname(p), v), lambda n, v: "$%s = '%s';\n" % (camel(n), v), "//"),
    ("ruby_attr", "rb", lambda n, v, p: "%s.api_key = '%s'\n" % (cname(p), v), lambda n, v: "%s = '%s'\n" % (n.lower(), v), "#"),
    ("rust_let", "rs", lambda n, v, p: 'let api_key = "%s";\n' % v, lambda n, v: 'let %s = "%s";\n' % (n.lower(), v), "//"),
    ("kotlin_val", "kt", lambda n, v, p: 'val apiKey = "%s"\n' % v, lambda n, v: 'val %s = "%s"\n' % (camel(n), v), "//"),
    ("swift_let", "swift", lambda n, v, p: 'let apiKey = "%s"\n' % v, lambda n, v: 'let %s = "%s"\n' % (camel(n), v), "//"),
    ("ts_export", "ts", lambda n, v, p: 'export const %s = "%s";\n' % (n, v), lambda n, v: 'export const %s = "%s";\n' % (n, v), "//"),
    ("ps_header", "ps1", lambda n, v, p: '$headers = @{ Authorization = "Bearer %s" }\n' % v, lambda n, v: "$%s = '%s'\n" % (cname(n), v), "#"),
    ("http_file", "http", lambda n, v, p: "GET https://api.%s.example/v2/account\nAuthorization: Bearer %s\n\n" % (p, v),
     lambda n, v: "@%s = %s\n" % (camel(n), v), "#"),
    ("json_obj", "json", lambda n, v, p: '{"%s": "%s"}\n' % (camel(n), v), lambda n, v: '{"%s": "%s"}\n' % (camel(n), v), None),
    ("dart_const", "dart", lambda n, v, p: "const apiKey = '%s';\n" % v, lambda n, v: "const %s = '%s';\n" % (camel(n), v), "//"),
    ("makefile", "mk", lambda n, v, p: "%s ?= %s\n" % (n, v), lambda n, v: "%s ?= %s\n" % (n, v), "#"),
]


# plain context written unlabelled (no auditor or scanner would take it for a secret)
CONTEXT = {"domain", "site", "org", "username", "subdomain", "index", "message_stream", "tailnet", "entity",
           "project_key", "host", "org_url", "company_domain", "rest_url", "index_host", "account_name"}


def _joined(kind, lines):
    """The lines of a rule-test file; JSON ones become one object."""
    if kind != "json_obj" or len(lines) == 1:
        return "".join(lines)
    return "{\n" + ",\n".join("  " + l.strip()[1:-1] for l in lines) + "\n}\n"


def _ok(v, bad):
    return not any(c in v for c in bad)


def snippets():
    docs, provs = [], set()
    counts = {}
    for i, (prov, poss, decs) in enumerate(P):
        counts[prov] = counts.get(prov, 0) + 1
        d0 = prov + ("" if counts[prov] == 1 else "-%d" % counts[prov])
        pvals = [(f, gen(s), n) for f, s, n in poss]
        dvals = [(k, gen(s), n) for k, s, n in decs]
        lk_kind, lk = lookalike(i, pvals[0][1])
        ph = PLACEHOLDERS[i % len(PLACEHOLDERS)]
        ph = ph % pvals[0][2] if "%s" in ph else ph
        provs.add(prov)
        if prov == "private_key":
            d = Doc("snippets/%s/deploy/jwt_signing.pem" % d0, "snippets", "pem_file")
            docs.append((d, d.pos(prov, "rsa_pem", pvals[0][1]) + "\n"))
            d2 = Doc("snippets/%s/deploy/authorized_keys" % d0, "snippets", "ssh_public_key")
            docs.append((d2, d2.dec(prov, "public_key", dvals[0][1]) + "\n"))
            continue
        if i % 4 == 3:
            kind, ext, first, assign, cm = KINDS[(i // 4) % len(KINDS)]
            d = Doc("snippets/%s/positive.%s" % (d0, ext), "snippets", "rule_test_" + kind)
            lines = [] if cm is None else ["%s %s\n" % (cm, prov)]
            for j, (f, v, n) in enumerate(pvals):
                m = d.pos(prov, f, v)
                lines.append(first(n, m, prov) if j == 0 else assign(n, m))
            docs.append((d, _joined(kind, lines)))
            d = Doc("snippets/%s/negative.%s" % (d0, ext), "snippets", "rule_test_" + kind)
            lines = [] if cm is None else ["%s %s: not secrets\n" % (cm, prov)]
            for k, v, n in dvals:
                lines.append(assign(n, v if k in CONTEXT else d.dec(prov, k, v)))
            lines.append(assign(pvals[0][2] + "_OLD", d.dec(prov, lk_kind, lk)))
            lines.append(assign(pvals[0][2] + "_STAGING", d.dec(prov, "placeholder", ph)))
            docs.append((d, _joined(kind, lines)))
            continue
        allv = [v for _, v, _ in pvals] + [v for _, v, _ in dvals] + [lk if i % 2 == 0 else ph]
        k = i
        while True:
            style, path, head, line, foot, bad = STYLES[k % len(STYLES)]
            if all(_ok(v, bad) for v in allv):
                break
            k += 1
        d = Doc("snippets/%s/%s" % (d0, path), "snippets", style)
        body = [head.replace("{p}", prov).replace("{P}", cname(prov))]
        for f, v, n in pvals:
            body.append(line(n, d.pos(prov, f, v)))
        for kk, v, n in dvals:
            body.append(line(n, v if kk in CONTEXT else d.dec(prov, kk, v)))
        if i % 2 == 0:
            body.append(line(pvals[0][2] + ("_OLD_REVOKED" if lk_kind == "masked" else "_" + lk_kind.upper()), d.dec(prov, lk_kind, lk)))
        else:
            body.append(line(pvals[0][2] + "_STAGING", d.dec(prov, "placeholder", ph)))
        body.append(foot)
        docs.append((d, "".join(body)))
    return docs, provs
