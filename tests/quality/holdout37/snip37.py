"""holdout37's snippets: one directory per sampled provider (corpus/snippets/<provider>/).

Three files in four are a config or source file in one of 17 styles (the provider's credentials
as assignments, its own ids/public keys/test keys beside them, and in turn a "rotated (revoked)"
lookalike of the first credential or a placeholder). Every fourth provider is written the way
scanners' own rule tests are: a tiny positive file (one credential per short realistic line:
a constructor call, a header, a curl, a YAML key, ...) and a negative file of the same kind."""
from holdout_gen import Doc, PLACEHOLDERS, lookalike


def cc(n):
    p = n.lower().split("_")
    return p[0] + "".join(x.capitalize() for x in p[1:])


def pc(n):
    return "".join(x.capitalize() for x in n.lower().split("_"))


# style: (extension, comment, line(n, v), header, footer)
STYLES = [
    ("py", "#", lambda n, v: '%s = os.environ.get("%s", "%s")' % (n, n, v), "import os\n\n", ""),
    ("js", "//", lambda n, v: "const %s = process.env.%s || '%s';" % (cc(n), n, v), "'use strict';\n\n", "\nmodule.exports = {};\n"),
    ("go", "//", lambda n, v: '\t%s = "%s"' % (cc(n), v), "package config\n\nconst (\n", ")\n"),
    ("yaml", "#", lambda n, v: '  %s: "%s"' % (n.lower(), v), "integration:\n", ""),
    ("env", "#", lambda n, v: "%s=%s" % (n, v), "", ""),
    ("json", None, lambda n, v: '  "%s": "%s"' % (cc(n), v), "{\n", "\n}\n"),
    ("toml", "#", lambda n, v: '%s = "%s"' % (n.lower(), v), "[integration]\n", ""),
    ("java", "//", lambda n, v: '    static final String %s = "%s";' % (n, v), "package uk.thornbury.climate;\n\nfinal class Keys {\n", "}\n"),
    ("rb", "#", lambda n, v: 'ENV["%s"] ||= "%s"' % (n, v), "# frozen_string_literal: true\n\n", ""),
    ("cs", "//", lambda n, v: '        public const string %s = "%s";' % (pc(n), v), "namespace Thornbury.Climate\n{\n    internal static class Keys\n    {\n", "    }\n}\n"),
    ("php", "//", lambda n, v: "    '%s' => '%s'," % (n.lower(), v), "<?php\n\nreturn [\n", "];\n"),
    ("kt", "//", lambda n, v: '    const val %s = "%s"' % (n, v), "package uk.thornbury.climate\n\nobject Keys {\n", "}\n"),
    ("rs", "//", lambda n, v: 'pub const %s: &str = "%s";' % (n, v), "", ""),
    ("ps1", "#", lambda n, v: '$env:%s = "%s"' % (n, v), "", ""),
    ("sh", "#", lambda n, v: "export %s='%s'" % (n, v), "#!/usr/bin/env bash\nset -euo pipefail\n\n", ""),
    ("tf", "#", lambda n, v: '  %s = "%s"' % (n.lower(), v), 'locals {\n', "}\n"),
    ("properties", "#", lambda n, v: "%s=%s" % (n.lower().replace("_", "."), v), "", ""),
]

# the "rule test" quarter: (extension, line(provider, n, v))
SHORT = [
    ("go", lambda p, n, v: 'client := %s.NewClient("%s")' % (p, v)),
    ("py", lambda p, n, v: 'headers = {"Authorization": "Bearer %s"}' % v),
    ("js", lambda p, n, v: "const client = new %sClient({ apiKey: '%s' });" % (p.capitalize(), v)),
    ("yaml", lambda p, n, v: "%s_%s: %s" % (p, n.lower().split("_")[-1], v)),
    ("sh", lambda p, n, v: 'curl -s -H "Authorization: Bearer %s" https://api.%s.example/v1/me' % (v, p)),
    ("rb", lambda p, n, v: '%s = %s::Client.new(api_key: "%s")' % (p, p.capitalize(), v)),
    ("php", lambda p, n, v: "$client = new \\%s\\Client('%s');" % (p.capitalize(), v)),
    ("tf", lambda p, n, v: '%s = "%s"' % (n.lower(), v)),
    ("json", lambda p, n, v: '{"%s": "%s"}' % (cc(n), v)),
    ("properties", lambda p, n, v: "%s.%s=%s" % (p, cc(n), v)),
    ("kt", lambda p, n, v: 'val %s = "%s"' % (cc(n), v)),
    ("rs", lambda p, n, v: 'let %s = "%s";' % (n.lower(), v)),
    ("ps1", lambda p, n, v: '$headers = @{ "Authorization" = "Bearer %s" }' % v),
    ("Dockerfile", lambda p, n, v: "ENV %s=%s" % (n, v)),
    ("xml", lambda p, n, v: '<add key="%s" value="%s" />' % (n, v)),
    ("ini", lambda p, n, v: "%s = %s" % (n.lower(), v)),
    ("cs", lambda p, n, v: 'var client = new %sClient("%s");' % (pc(p), v)),
    ("env", lambda p, n, v: "%s=%s" % (n, v)),
]


# the same file kinds' plain assignments: used for the negative files (an id or a public key in
# an Authorization header would not be realistic) and for a provider's second credential
NAMED = {
    "go": lambda n, v: 'const %s = "%s"' % (cc(n), v),
    "py": lambda n, v: '%s = "%s"' % (n, v),
    "js": lambda n, v: "const %s = '%s';" % (cc(n), v),
    "yaml": lambda n, v: "%s: %s" % (n.lower(), v),
    "sh": lambda n, v: "export %s='%s'" % (n, v),
    "rb": lambda n, v: '%s = "%s"' % (n, v),
    "php": lambda n, v: "$%s = '%s';" % (cc(n), v),
    "tf": lambda n, v: '%s = "%s"' % (n.lower(), v),
    "json": lambda n, v: '{"%s": "%s"}' % (cc(n), v),
    "properties": lambda n, v: "%s=%s" % (n.lower().replace("_", "."), v),
    "kt": lambda n, v: 'val %s = "%s"' % (cc(n), v),
    "rs": lambda n, v: 'let %s = "%s";' % (n.lower(), v),
    "ps1": lambda n, v: '$%s = "%s"' % (cc(n), v),
    "Dockerfile": lambda n, v: "ENV %s=%s" % (n, v),
    "xml": lambda n, v: '<add key="%s" value="%s" />' % (n, v),
    "ini": lambda n, v: "%s = %s" % (n.lower(), v),
    "cs": lambda n, v: 'var %s = "%s";' % (cc(n), v),
    "env": lambda n, v: "%s=%s" % (n, v),
}


def placeholder(i, var):
    p = PLACEHOLDERS[i % len(PLACEHOLDERS)]
    return p % var if "%s" in p else p


def build(r, F, P, names):
    out, nlk = [], 0
    for i, prov in enumerate(names):
        pos, decs = P[prov]
        vals = [(fmt, var, F[key](r)) for fmt, key, var in pos]
        dvals = [(kind, var, key[1:] if key.startswith("=") else F[key](r)) for kind, key, var in decs]
        if i % 4 == 0 or i % 2:  # files that hold a lookalike: masked, truncated, SHA-256, filler in turn
            lk_kind, lk = lookalike(nlk, vals[0][2], hex_twin_masked=True)
            nlk += 1
        if i % 4 == 0:
            ext, line = SHORT[(i // 4) % len(SHORT)]
            fname = "positive/Dockerfile" if ext == "Dockerfile" else "positive." + ext
            d = Doc("snippets/%s/%s" % (prov, fname), "snippets", "rule_test_" + ext.lower())
            named = NAMED[ext]
            body = [line(prov, var, d.pos(prov, fmt, v)) if len(vals) == 1 else named(var, d.pos(prov, fmt, v))
                    for fmt, var, v in vals]
            out.append((d, "\n".join(body) + "\n"))
            fname = "negative/Dockerfile" if ext == "Dockerfile" else "negative." + ext
            d = Doc("snippets/%s/%s" % (prov, fname), "snippets", "rule_test_" + ext.lower())
            body = [named(var, d.dec(prov, kind, v)) for kind, var, v in dvals]
            old = ("SHA256_OF_OLD_" if lk_kind == "sha256_of_key" else "OLD_") + vals[0][1]
            body.append(named(old, d.dec(prov, lk_kind, lk)))
            body.append(named(vals[0][1], d.dec(prov, "placeholder", placeholder(i, vals[0][1]))))
            out.append((d, "\n".join(body) + "\n"))
            continue
        ext, com, line, head, foot = STYLES[i % len(STYLES)]
        d = Doc("snippets/%s/%s_config.%s" % (prov, prov, ext), "snippets", ext)
        lines = []
        if com:
            lines.append("%s %s integration (Thornbury Glasshouses, climate and orders platform)" % (com, prov))
        for fmt, var, v in vals:
            lines.append(line(var, d.pos(prov, fmt, v)))
        for kind, var, v in dvals:
            lines.append(line(var, d.dec(prov, kind, v)))
        if i % 2:
            if com:
                lines.append("%s rotated 2025-11-03 after the laptop loss; old value (revoked%s): %s" % (
                    com, ", SHA-256" if lk_kind == "sha256_of_key" else "", d.dec(prov, lk_kind, lk)))
            else:
                old = ("SHA256_OF_REVOKED_" if lk_kind == "sha256_of_key" else "REVOKED_") + vals[0][1]
                lines.append(line(old, d.dec(prov, lk_kind, lk)))
        else:
            lines.append(line("EXAMPLE_" + vals[0][1], d.dec(prov, "placeholder", placeholder(i, vals[0][1]))))
        sep = ",\n" if ext == "json" else "\n"
        out.append((d, head + sep.join(lines) + ("" if ext == "json" else "\n") + foot))
    return out
