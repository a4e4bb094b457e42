"""corpus/snippets/: one short file per sampled provider, the syntaxes of syntax31.py in rotation."""
import os
import random

from holdout_gen import Doc, lookalike, PLACEHOLDERS
from provs31 import P
from syntax31 import SYNTAX
from vals31 import gen, R

HERE = os.path.dirname(os.path.abspath(__file__))
CLOSE = {"<!-- ": " -->", "(* ": " *)", "/* ": " */"}
ODD = ["theKey", "hush", "KEY_OLD_BUT_LIVE", "blob2", "tmpval", "x_auth", "magic", "keep_this", "do_not_share", "s3kr",
       "ops_val", "pw_for_later"]
ROT = ["rotated 2026-03, no longer valid", "revoked after the March leak - dead", "old value, already rotated out",
       "deactivated in the console, kept for reference only"]


def providers():
    return random.Random(31).sample(sorted(open(os.path.join(HERE, "providers31.txt")).read().split()), 90)


def style(name, how):
    parts = name.lower().split("_")
    if how == "upper":
        return name.upper()
    if how == "camel":
        return parts[0] + "".join(p.capitalize() for p in parts[1:])
    return "_".join(parts)


def build():
    out = []
    for j, prov in enumerate(providers()):
        path, c, assign, head, foot, how = SYNTAX[j % len(SYNTAX)]
        cl = CLOSE.get(c, "")
        shape = path.split("/")[0]
        doc = Doc("snippets/" + path.format(p=prov), "snippets", shape)
        creds, ids = P[prov]
        lines = [head.format(p=prov), c + "%s settings for the cold-chain integration%s" % (prov, cl)]
        k = [0]

        def put(name, value):
            k[0] += 1
            lines.append(assign.format(n=name, v=value, i=k[0], p=prov))

        first = None
        for fi, (fmt, spec, env) in enumerate(creds):
            v = gen(spec)
            first = first or v
            name = style(env, how)
            if j % 10 == 3 and fi == 0:
                put(name + ("_B64" if how == "upper" else "B64" if how == "camel" else "_b64"), doc.b64(prov, fmt, v, shape="base64"))
            elif j % 10 == 7 and fi == 0:
                lines.append(c + "%s %s for the depot tablets is %s (ask ops before changing)%s" % (prov, fmt.replace("_", " "), doc.pos(prov, fmt, v, shape="comment_prose"), cl))
            elif j % 9 == 4:
                lines.append(c + "this one is the %s %s%s" % (prov, fmt.replace("_", " "), cl))
                put(style(ODD[(j // 9) % len(ODD)], how), doc.pos(prov, fmt, v, shape="odd_name"))
            else:
                put(name, doc.pos(prov, fmt, v))
        for kind, spec, env in ids:
            put(style(env, how), doc.dec(prov, kind, gen(spec)))
        lk, lv = lookalike(j, first)
        lines.append(c + "%s: %s %s%s" % (ROT[j % 4], style(creds[0][2], how), doc.dec(prov, lk, lv), cl))
        ph = PLACEHOLDERS[j % len(PLACEHOLDERS)]
        ph = ph % creds[0][2] if "%s" in ph else ph
        put(style(creds[0][2], how) + ("_EXAMPLE" if how == "upper" else "Example" if how == "camel" else "_example"), doc.dec(prov, "placeholder", ph))
        put(style(creds[0][2], how) + ("_FROM_ENV" if how == "upper" else "FromEnv" if how == "camel" else "_from_env"), "${%s}" % creds[0][2])
        if foot:
            lines.append(foot.format(p=prov))
        out.append((doc, "\n".join(lines) + "\n"))
    return out
