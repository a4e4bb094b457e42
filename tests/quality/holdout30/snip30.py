"""The snippets half: one file per sampled provider, syntaxes rotating over syntax30.SYNTAX."""
import re

from holdout_gen import Doc, lookalike, PLACEHOLDERS
import vals30
from provs30 import P, ODD_NAMES
from syntax30 import SYNTAX


def camel(s):
    p = s.lower().split("_")
    return p[0] + "".join(x.capitalize() for x in p[1:])


def style(name, i):
    return [name, camel(name), name.lower(), name.lower().replace("_", ".")][i % 4] if i % 7 else name


DOTOK = ("BibTeX", "GPX", "KML", "OPML", "mcfunction", "SVG", "Quartus", "BIND named.conf")
XML = ("GPX", "KML", "OPML", "SVG")


def files(sample):
    out = []
    for i, prov in enumerate(sample):
        kind, suffix, com, line, head, foot = SYNTAX[i % len(SYNTAX)]
        d = Doc("snippets/%03d-%s/%s" % (i, prov, suffix), "snippets", kind)
        rows = [com("%s settings for the Wyvern Coast Airports integration (owner: airport IT)" % prov)]
        for j, (fmt, spec, env, decoys) in enumerate(P[prov]):
            v = vals30.gen(spec)
            name = env if (i % 3 or j) else ODD_NAMES[i % len(ODD_NAMES)]
            nm = style(name, i) if kind in DOTOK else re.sub(r"[^A-Za-z0-9_]", "_", style(name, i))
            if name != env:
                rows.append(com("%s %s (do not share)" % (prov, fmt.replace("_", " "))))
            if i % 10 == 4 and j == 0:  # hard: the value base64-encoded
                rows.append(com("stored encoded so the linter stops complaining"))
                rows.append(line(nm + "_B64", d.b64(prov, fmt, v, shape=kind + " (base64)")))
            elif i % 10 == 8 and j == 0:  # hard: the value in prose inside a comment
                rows.append(com("until the vault lookup works, the %s is %s -- ask the duty IT lead before rotating" % (fmt.replace("_", " "), d.secret(prov, fmt, v, shape=kind + " (comment prose)"))))
            else:
                rows.append(line(nm, d.secret(prov, fmt, v)))
            for dk, dspec in decoys:
                rows.append(line(re.sub(r"[^A-Za-z0-9_]", "_", (prov + "_" + dk).upper()), d.dec(prov, dk, vals30.gen(dspec))))
            if j == 0:
                lk, lv = lookalike(i, v)
                rows.append(com("old value kept for reference (rotated 2026-0%d, no longer valid)" % (1 + i % 9)))
                rows.append(line(nm + "_OLD", d.dec(prov, lk, lv)))
                ph = PLACEHOLDERS[i % len(PLACEHOLDERS)]
                phv = ph % env if "%s" in ph else ph
                if kind in XML and "<" in phv:
                    phv = "changeme"
                rows.append(line(nm + "_STAGING", d.dec(prov, "placeholder", phv)))
                rows.append(line(nm + "_FALLBACK", "${%s}" % env))
        out.append((d, head + "\n".join(rows) + "\n" + foot))
    return out
