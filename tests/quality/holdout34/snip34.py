"""snippets/: one file per sampled provider, provider i in kind i % 30. Each kind: (name, file
name, comment prefix, assignment of a string {v} to {n}, a one-entry table from key {k} to {t})."""
import base64
from holdout_gen import Doc, lookalike, PLACEHOLDERS

KINDS = [
    ("Idris 2", "Secrets.idr", "--", '{n} : String\n{n} = "{v}"', 'tenantOf : List (String, String)\ntenantOf = [("{k}", "{t}")]'),
    ("FlatBuffers schema", "config.fbs", "//", 'attribute "{n}={v}";', 'attribute "tenant:{k}={t}";'),
    ("Souffle Datalog", "facts.dl", "//", '.decl {n}(v: symbol)\n{n}("{v}").', 'tenant("{k}", "{t}").'),
    ("Picat", "feed.pi", "%", '{n} = "{v}".', 'tenant_of("{k}") = "{t}".'),
    ("Mozart/Oz", "Feed.oz", "%", '{n} = "{v}"', 'TenantOf = tenants("{k}": "{t}")'),
    ("Clean", "Feed.icl", "//", '{n} :: String\n{n} = "{v}"', 'tenantOf = [("{k}", "{t}")]'),
    ("Curry", "Feed.curry", "--", '{n} :: String\n{n} = "{v}"', 'tenantOf = [("{k}", "{t}")]'),
    ("Cobra", "feed.cobra", "#", 'const {n} = "{v}"', 'var tenantOf = {{"{k}": "{t}"}}'),
    ("Lustre", "feed.lus", "--", 'const {n} = "{v}";', 'const tenant_of = ["{k}", "{t}"];'),
    ("Esterel", "feed.strl", "%", 'constant {n} = "{v}" : string;', 'constant TENANT_{t} = "{k}" : string;'),
    ("Faust", "ticker.dsp", "//", 'declare {n} "{v}";', 'declare tenant "{k}={t}";'),
    ("TidalCycles", "board.tidal", "--", 'let {n} = "{v}"', 'let tenantOf = [("{k}", "{t}")]'),
    ("NetLogo", "snowpack.nlogo", ";", 'set {n} "{v}"', 'set tenant-of table:from-list [["{k}" "{t}"]]'),
    ("Promela", "gate.pml", "/*", '#define {n} "{v}"', '#define TENANT_KEY_{t} "{k}"'),
    ("Isabelle theory", "Feed.thy", "(*", 'definition {n} :: string where "{n} = \'\'{v}\'\'"', 'definition tenant_of where "tenant_of = [(\'\'{k}\'\', \'\'{t}\'\')]"'),
    ("Maude", "feed.maude", "***", 'eq {n} = "{v}" .', 'eq tenant("{k}") = "{t}" .'),
    ("JAGS model data", "snow.jags", "#", '{n} <- "{v}"', 'tenant_of <- list("{k}" = "{t}")'),
    ("Dyalog APL", "Feed.dyalog", "⍝", "{n}←'{v}'", "TenantOf←('{k}' '{t}')"),
    ("Uiua", "feed.ua", "#", '{n} ← "{v}"', 'TenantOf ← {{"{k}" "{t}"}}'),
    ("BQN", "feed.bqn", "#", '{n} ← "{v}"', 'tenantOf ← ⟨"{k}", "{t}"⟩'),
    ("Unicon", "feed.icn", "#", '{n} := "{v}"', 'tenant_of := table(); tenant_of["{k}"] := "{t}"'),
    ("Lasso", "feed.lasso", "//", 'var({n}) = \'{v}\'', "var(tenantOf) = map('{k}' = '{t}')"),
    ("PowerBuilder", "w_sync.srw", "//", 'is_{n} = "{v}"', 'ids_tenant.SetItem(1, "{k}", "{t}")'),
    ("Magik", "feed.magik", "#", '_constant {n} << "{v}"', 'tenant_of << equality_hash_table.new_with("{k}", "{t}")'),
    ("Monkey2", "Feed.monkey2", "'", 'Const {n}:String = "{v}"', 'Global TenantOf := New StringMap<String>( New Pair("{k}", "{t}") )'),
    ("Clarion", "feed.clw", "!", "{n} STRING('{v}')", "TenantOf  STRING('{k}={t}')"),
    ("Informix 4GL", "feed.4gl", "#", 'LET {n} = "{v}"', 'LET tenant_of["{k}"] = "{t}"'),
    ("Gambas", "FMain.class", "'", 'Private Const {n} As String = "{v}"', 'Private $tenantOf As Collection = ["{k}": "{t}"]'),
    ("Progress ABL", "feed.p", "//", 'DEFINE VARIABLE {n} AS CHARACTER NO-UNDO INITIAL "{v}".', 'tenantOf:ADD("{k}", "{t}").'),
    ("Oxygene", "Feed.pas", "//", 'const {n} = \'{v}\';', "TenantOf: Dictionary<String,String> := new Dictionary<String,String>(['{k}', '{t}']);"),
]


def snippet_docs(gen, providers, P):
    out = []
    for i, prov in enumerate(providers):
        name, fname, cm, assign, pair = KINDS[i % 30]
        stem = fname.rsplit(".", 1)
        d = Doc("snippets/%s-%s.%s" % (prov, stem[0].lower(), stem[1]), "snippets", "plain")
        creds, decoys = P[prov]
        shape = ("base64" if i % 10 == 3 else "comment_prose" if i % 10 == 7 else
                 "hex_encoded" if i % 10 == 5 else "dict_key" if i % 10 == 9 else
                 "odd_name" if i % 9 == 4 else "plain")
        lines = ["%s %s for the Alpenbahn resort: %s (%s)" % (cm, prov, name, "lift ops tooling")]
        first = None
        for j, cred in enumerate(creds):
            env, fmt, spec = cred[:3]
            v = gen(spec)
            wrap = cred[3] if len(cred) > 3 else None
            vname = env.lower() if name not in ("Promela", "Clean", "FlatBuffers schema") else env
            if j == 0:
                first = v
            sh = shape if j == 0 else "plain"
            if sh == "base64":
                mark = d.b64(prov, fmt, v, shape=sh)
                lines.append(assign.format(n=vname + "_b64", v=mark))
            elif sh == "hex_encoded":
                enc = v.encode().hex()
                mark = d.pos(prov, fmt, v, shape=sh, shown=enc, encoded="hex", encoded_value=enc)
                lines.append("%s decoded at start-up (bytes from hex)" % cm)
                lines.append(assign.format(n=vname + "_hex", v=mark))
            elif sh == "comment_prose":
                mark = d.pos(prov, fmt, v, shape=sh)
                lines.append("%s the %s credential for the lift-gate sync is %s until Paul sets up the vault" % (cm, prov, mark))
            elif sh == "dict_key":
                mark = d.pos(prov, fmt, v, shape=sh)
                lines.append("%s which valley a caller belongs to, looked up by its %s key" % (cm, prov))
                lines.append(pair.format(k=mark, t="east-valley"))
            else:
                mark = d.pos(prov, fmt, v, shape=sh)
                n = ("gondola_feed_secret" if sh == "odd_name" else vname)
                lines.append(assign.format(n=n, v=wrap.format(v=mark) if wrap else mark))
        for kind, spec, note in decoys:
            dv = gen(spec)
            lines.append("%s %s, not a secret:" % (cm, note))
            lines.append(assign.format(n=kind, v=d.dec(prov, kind, dv)))
        lk, lv = lookalike(i, first)
        lines.append("%s rotated 2025-11-02, old value %s (revoked)" % (cm, d.dec(prov, lk, lv)))
        ph = PLACEHOLDERS[i % len(PLACEHOLDERS)]
        ph = ph % creds[0][0] if "%s" in ph else ph
        lines.append("%s staging: fill in from the vault" % cm)
        lines.append(assign.format(n="staging_" + creds[0][0].lower(), v=d.dec(prov, "placeholder", ph)))
        lines.append(assign.format(n="from_env", v="${%s}" % creds[0][0]))
        text = "\n".join(lines) + "\n"
        if cm in ("/*", "(*"):
            close = " */" if cm == "/*" else " *)"
            text = "\n".join(l + close if l.startswith(cm) else l for l in text.split("\n"))
        out.append((d, text))
    return out
