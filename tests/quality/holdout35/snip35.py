"""The snippet half: one short file per sampled provider, written like the lines scanners keep
in their own rule tests (assignment, client constructor, curl header, config block), with the
provider's hard negatives beside it."""
from holdout_gen import Doc, PLACEHOLDERS, lookalike
from vals35 import gen

# (extension, comment leader, line for a credential, line for a non-secret)
STYLES = [
    ("py", "#", 'client = {P}.Client(api_key="{v}")  # {n}', '{n} = "{v}"'),
    ("js", "//", "const {c} = process.env.{n} || '{v}';", "const {c} = '{v}';"),
    ("go", "//", '\t{c} := "{v}"', '\t{c} := "{v}" // not secret'),
    ("yaml", "#", "  {c}: {v}", "  {c}: {v}"),
    ("env", "#", "{n}={v}", "{n}={v}"),
    ("sh", "#", 'curl -sS -H "Authorization: Bearer {v}" https://api.{p}.example/v1/me  # {n}', "{n}={v}"),
    ("json", None, '  "{c}": "{v}",', '  "{c}": "{v}",'),
    ("toml", "#", '{c} = "{v}"', '{c} = "{v}"'),
    ("java", "//", '    private static final String {n} = "{v}";', '    static final String {n} = "{v}";'),
    ("bash", "#", "export {n}='{v}'", "export {n}='{v}'"),
    ("rb", "#", '{n} = ENV.fetch("{n}", "{v}")', "{n} = '{v}'"),
    ("cs", "//", '        var {c} = "{v}"; // {n}', '        const string {c} = "{v}";'),
]


def camel(n):
    parts = n.lower().split("_")
    return parts[0] + "".join(p.capitalize() for p in parts[1:])


def build(sample, provs):
    docs = []
    for i, name in enumerate(sample):
        prov, env, fmt, spec, more, decoys = provs[name]
        ext, cm, pline, dline = STYLES[i % len(STYLES)]
        shape = "snippet_" + ext
        d = Doc("snippets/%03d_%s.%s" % (i, prov, ext), "snippets", shape)
        out = []
        if cm:
            out.append("%s %s integration (fixture for the config loader)" % (cm, prov))
        if ext == "json":
            out.append("{")
        if ext == "yaml":
            out.append("%s:" % prov)
        if ext == "java":
            out.append("public class %sConfig {" % prov.capitalize())
        if ext == "go":
            out.append("func %sConfig() {" % prov)
        first = gen(spec)
        creds = [(env, fmt, first)] + [(e, f, gen(s)) for e, f, s in more]
        for e, f, v in creds:
            out.append(pline.format(P=prov, v=d.secret(prov, f, v), n=e, c=camel(e), p=prov))
        for kind, s in decoys:
            dn = (prov + "_" + kind).upper()
            out.append(dline.format(v=d.dec(prov, kind, gen(s)), n=dn, c=camel(dn), p=prov))
        lk_kind, lk = lookalike(i, first)
        if cm:
            out.append("%s rotated on 2025-%02d-%02d, old value %s (revoked)" % (cm, i % 12 + 1, i % 27 + 1, d.dec(prov, lk_kind, lk)))
        else:
            out.append('  "_comment": "old key %s was revoked",' % d.dec(prov, lk_kind, lk))
        if i % 2 == 0:
            ph = PLACEHOLDERS[(i // 2) % len(PLACEHOLDERS)]
            ph = ph % env if "%s" in ph else ph
            out.append((dline if ext != "sh" else "{n}={v}").format(v=d.dec(prov, "placeholder", ph), n=env + "_EXAMPLE", c=camel(env) + "Example", p=prov))
        if ext == "json":
            out.append('  "region": "eu-west-1"\n}')
        if ext in ("java", "go"):
            out.append("}")
        docs.append((d, "\n".join(out) + "\n"))
    return docs
