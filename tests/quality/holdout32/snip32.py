"""holdout32 snippets: one file per sampled provider, in the 30 kinds of syntax32 (provider i
in kind i % 30).

Each file: the credentials under the provider's usual env name styled per kind; the provider's
non-secret ids as decoys; a lookalike of the first credential in a comment saying it was
rotated; a placeholder decoy; an unlabelled environment reference. Hard shapes of the first
credential: i % 10 == 3 base64-stored (`base64`), == 7 only in comment prose
(`comment_prose`), == 5 inside an escaped JSON string (`escaped_json`, new), == 9 as the user
or password half of a hard-coded HTTP Basic header (`basic_header`, new), else i % 9 == 4
under a name a person chose (`odd_name`)."""
from holdout_gen import Doc, lookalike, PLACEHOLDERS, b64
from provs32 import P
from syntax32 import KINDS, escape, comment
from vals32 import gen

ODD = ["theKey", "hush", "magic", "sesame", "tok2", "pressRoom", "k_prod", "nightly"]
DESKS = ["night desk", "sports desk", "digital team", "circulation", "print works", "photo desk"]


def one(i, prov):
    kind = KINDS[i % 30]
    d = Doc("snippets/%s/%s" % (prov, kind[1]), "snippets", "plain")
    name = kind[4]
    creds, ids = P[prov]
    lines = [comment(kind, "%s settings for the %s (Northmoor Herald Group)" % (prov, DESKS[i % 6]))]

    def assign(n, v):
        lines.append(kind[3].format(n=name(n), v=v))

    for j, (fmt, env, spec) in enumerate(creds):
        v = gen(spec)
        if j == 0:
            first = v
        shape = None
        if j == 0 and i % 10 == 3:
            assign(env + "_B64", d.b64(prov, fmt, v, shape="base64"))
        elif j == 0 and i % 10 == 7:
            lines.append(comment(kind, "%s key for the %s is %s - ask before changing it" % (prov, DESKS[i % 6], d.pos(prov, fmt, v, shape="comment_prose"))))
        elif j == 0 and i % 10 == 5:
            body = '{"service":"%s","%s":"' % (prov, "apiKey" if "key" in fmt else "secret")
            lines.append(kind[3].format(n=name(prov.upper() + "_CONFIG_JSON"), v=escape(kind, body) + d.pos(prov, fmt, v, shape="escaped_json") + escape(kind, '"}')))
        elif j == 0 and i % 10 == 9:
            pair = "api:" + v if i % 20 == 9 else v + ":"
            enc = b64(pair)
            assign(prov.upper() + "_AUTH_HEADER", "Basic " + d.pos(prov, fmt, v, shape="basic_header", shown=enc, encoded="base64", encoded_value=enc, accept=[pair]))
        elif j == 0 and i % 9 == 4:
            lines.append(comment(kind, "%s, %s" % (prov, fmt.replace("_", " "))))
            lines.append(kind[3].format(n=ODD[i % len(ODD)], v=d.pos(prov, fmt, v, shape="odd_name")))
        else:
            assign(env, d.pos(prov, fmt, v))
    for kname, env, spec in ids:
        assign(env, d.dec(prov, kname, gen(spec)))
    lk, lv = lookalike(i, first)
    lines.append(comment(kind, "rotated on %d March, old value %s (revoked)" % (1 + i % 28, d.dec(prov, lk, lv))))
    ph = PLACEHOLDERS[i % len(PLACEHOLDERS)]
    ph = ph % (prov.upper() + "_KEY") if "%s" in ph else ph
    assign(prov.upper() + "_STAGING_KEY", d.dec(prov, "placeholder", ph))
    assign(prov.upper() + "_FALLBACK", "${%s_TOKEN}" % prov.upper())
    return d, kind[6] + "\n".join(lines) + "\n" + kind[7]


def snippets(providers):
    return [one(i, p) for i, p in enumerate(providers)]
