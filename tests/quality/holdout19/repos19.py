"""Fills the project-file templates (tmpl19a/b/c.py, hubspot19.py) for the projects, with fresh values."""
import json
import re
from vals19 import R, an, hx, uid, rs, b64, b64u, password, phrase, urlpass, DG, UP, LO, AN
from gens19 import GEN
from hubspot19 import HS, H
import tmpl19a
import tmpl19b  # noqa: F401  (registers templates)
import tmpl19c  # noqa: F401

EXTRA = {
    "phrase": ("generic", "passphrase", phrase),
    "secret32": ("generic", "secret", lambda: an(32)),
    "secret52": ("azure", "devops-pat", lambda: rs(LO + "234567", 52)),
    "appkey32": ("generic", "app-key", lambda: "base64:" + b64(bytes(R.getrandbits(8) for _ in range(32)))),
    "honeycomb_ingest": ("honeycomb", "ingest-key", lambda: "hcaik_01" + rs(LO + DG, 56)),
    "steam": ("steam", "web-api-key", lambda: rs("0123456789ABCDEF", 32)),
    "alchemy": ("alchemy", "api-key", lambda: b64u(32)),
    "b64_decoy": ("generic", "encrypted_blob", lambda: b64(bytes(R.getrandbits(8) for _ in range(48)))),
    "hex96": ("generic", "encrypted_blob", lambda: hx(96)),
    "b64_flags": ("generic", "base64_config", lambda: b64('{"beta":true,"dark_mode":false}')),
    "hex10": ("mailchimp", "list_id", lambda: hx(10)),
    "recaptcha_site": ("google", "recaptcha_site_key", lambda: "6L" + rs(AN + "-_", 38)),
    "razorpay_id": ("razorpay", "key_id", lambda: "rzp_live_" + an(14)),
    "eth_addr": ("ethereum", "address", lambda: "0x" + hx(40)),
    "anvil_key": ("ethereum", "well_known_test_key", lambda: "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"),
    "sealed": ("generic", "sealed_secret", lambda: "AgB" + rs(AN + "+/", 300) + "=="),
    "cg_demo": ("coingecko", "placeholder", lambda: "CG-xxxxxxxxxxxxxxxxxxxxxxxx"),
}
ALL = dict(GEN, **HS, **EXTRA)
PROJECTS = ["moraine", "sextant", "tallow"]
XMLISH = (".xml", ".jmx", ".html")


def fill(Doc, path, shape, text, proj):
    text = text.replace("«Pc»", proj.capitalize()).replace("«P»", proj)
    path = path.replace("«P»", proj)
    doc = Doc("repos/" + path, "repos", shape)
    xml = path.endswith(XMLISH)

    def esc(v):
        return v.replace("&", "&amp;") if xml else None

    def slot(m):
        kind, key = m.group(1) or m.group(3), m.group(2)
        if kind == "u":
            pw = urlpass()
            return doc.secret("generic", "url-password", key.replace("{pw}", pw))
        if kind == "acct":
            return rs(DG, 12)
        if kind == "basicauth":
            pw = password()
            enc = b64("svc-erp:" + pw)
            return doc.pos("generic", "basic-auth", pw, shown=enc, encoded="base64", encoded_value=enc, accept=[enc, "svc-erp:" + pw])
        if kind == "dockercfg":
            user, pw = proj + "-ci", urlpass() + "!" + str(R.randrange(10))
            auth = b64(user + ":" + pw)
            outer = b64(json.dumps({"auths": {"ghcr.io": {"username": user, "password": pw, "auth": auth}}}))
            return doc.pos("docker", "config-auth", pw, shown=outer, encoded="base64", encoded_value=outer,
                           accept=sorted([outer, auth, user + ":" + pw]))
        prov, fmt, fn = ALL[key]
        v = fn()
        if kind == "p":
            return doc.secret(prov, fmt, v, shown=esc(v))
        if kind == "b":
            return doc.b64(prov, fmt, v)
        return doc.dec(prov, fmt, v)

    body = re.sub(r"«(p|d|b|u):([^»]*)»|«(acct|basicauth|dockercfg)»", slot, text)
    return doc, body


def build(Doc):
    out = []
    for i, (kind, path, shape, text) in enumerate(tmpl19a.T):
        for j, proj in enumerate(PROJECTS[:2] if i % 3 != 2 else PROJECTS[:1]):
            out.append(fill(Doc, path, shape, text, PROJECTS[(i + j) % 3]))
    for path, shape, text in H:
        for proj in PROJECTS[:2]:
            out.append(fill(Doc, path, shape, text, proj))
    return out
