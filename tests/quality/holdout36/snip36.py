"""The snippet half: one short file per sampled provider, written like the lines scanners keep in
their own rule tests, with that provider's hard negatives beside the key."""
import sys
from vals36 import R
from provs36 import P
from holdout_gen import Doc, lookalike, PLACEHOLDERS


def camel(n):
    parts = n.lower().split("_")
    return parts[0] + "".join(p.capitalize() for p in parts[1:])


# (file name, comment prefix, head, line(name, value), tail)
STYLES = [
    ("client.py", "#", "import os\n\n", lambda n, v: '%s = os.environ.get("%s", "%s")' % (n, n, v), ""),
    ("config.js", "//", "'use strict';\n\n", lambda n, v: "const %s = process.env.%s || '%s';" % (camel(n), n, v), "\nmodule.exports = {};\n"),
    ("main.go", "//", "package main\n\nconst (\n", lambda n, v: '\t%s = "%s"' % (camel(n), v), ")\n"),
    ("settings.yaml", "#", "service:\n  credentials:\n", lambda n, v: "    %s: %s" % (n.lower(), v), ""),
    (".env", "#", "", lambda n, v: "%s=%s" % (n, v), ""),
    ("call.sh", "#", "#!/bin/sh\nset -eu\n", lambda n, v: "curl -sS -H 'Authorization: Bearer %s' https://api.example.net/v1/%s" % (v, n.lower()), ""),
    ("secrets.json", "//", "{\n", lambda n, v: '  "%s": "%s",' % (camel(n), v), '  "region": "eu-west-1"\n}\n'),
    ("config.toml", "#", "[integration]\n", lambda n, v: '%s = "%s"' % (n.lower(), v), ""),
    ("Keys.java", "//", "package net.brackenfell.it;\n\npublic final class Keys {\n", lambda n, v: '    static final String %s = "%s";' % (n, v), "}\n"),
    ("env.sh", "#", "#!/usr/bin/env bash\n", lambda n, v: "export %s='%s'" % (n, v), ""),
    ("initializer.rb", "#", "# frozen_string_literal: true\n\n", lambda n, v: 'ENV["%s"] ||= "%s"' % (n, v), ""),
    ("Settings.cs", "//", "namespace Brackenfell.Ops;\n\npublic static class Settings\n{\n", lambda n, v: '    public const string %s = "%s";' % (n.title().replace("_", ""), v), "}\n"),
]


def build(outdocs):
    names = R.sample(sorted(P), 100)
    for i, name in enumerate(names):
        fmt, env, gen, second, decoys = P[name]
        fname, cm, head, line, tail = STYLES[i % len(STYLES)]
        if fname == "secrets.json" and cm == "//":
            cm = None  # JSON has no comments: the rotated key goes in a field
        d = Doc("snippets/%s/%s" % (name, fname), "snippets", "snippet_" + fname.split(".")[-1].lstrip("."))
        v = gen()
        out = [head]
        out.append(line(env, d.pos(name, fmt, v)) + "\n")
        if second:
            f2, env2, g2 = second
            v2 = g2()
            sh = None
            if name == "slack":
                sh = "snippet_webhook"
            out.append(line(env2, d.pos(name, f2, v2, shape=sh)) + "\n")
        for kind, denv, dg in decoys:
            out.append(line(denv, d.dec(name, kind, dg())) + "\n")
        lk, lv = lookalike(i, v)
        if cm:
            out.append("%s rotated 2026-0%d-1%d, old value (revoked): %s\n" % (cm, 1 + i % 9, i % 10, d.dec(name, lk, lv)))
        else:
            out.append(line(env + "_REVOKED", d.dec(name, lk, lv)) + "\n")
        if i % 2 == 0:
            ph = PLACEHOLDERS[(i // 2) % len(PLACEHOLDERS)]
            pv = ph % env if "%s" in ph else ph
            out.append(line(env + "_STAGING", d.dec(name, "placeholder", pv)) + "\n")
        out.append(tail)
        outdocs.append((d, "".join(out)))
    return names
