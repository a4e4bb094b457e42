#!/usr/bin/env python3
"""Writes the eleventh held-out corpus: corpus/snippets/, corpus/repos/ and labels.jsonl.

usage: make_corpus.py OUTDIR   (OUTDIR/corpus, OUTDIR/labels.jsonl; seeded, so reproducible)

snippets/: one short file per provider (150 drawn from keyhound's provider list with
random.Random(11), plus HubSpot) in the style of other scanners' rule examples, the
syntax rotating over 34 (SYNTAXES). repos/: files as committed in serverless, chat-bot,
home-automation, game-build, legacy-web, extension-publishing, research and trading
projects (repos11.py). Labels: holdout6's format (kind, file, line, provider, format,
secret / value, decoy, shape, accept, encoded, encoded_value, match, half).
"""
import base64
import json
import os
import re
import sys

sys.dont_write_bytecode = True  # no __pycache__ beside the committed corpus
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import formats11 as F  # noqa: E402

URL_PW = re.compile(r"^([a-z][a-z0-9+.-]*://)([^:/@\s]+):([^@/\s]+)@([^/?#\s]+)")


class Doc:
    """One corpus file: text with markers where labelled values go."""

    def __init__(self, path, half, shape):
        self.path, self.half, self.shape = path, half, shape
        self.labels = []

    def _mark(self, label, value):
        label["_value"] = value
        self.labels.append(label)
        return "\x01%d\x01" % (len(self.labels) - 1)

    def pos(self, provider, fmt, value, shape=None, shown=None, **extra):
        """A labelled secret; shown is its text in the file when that differs (base64, escapes)."""
        l = {"kind": "positive", "provider": provider, "format": fmt, "secret": value, "shape": shape or self.shape}
        if "-----BEGIN" in value:
            l["match"] = "pem"
        l.update(extra)
        return self._mark(l, value if shown is None else shown)

    def secret(self, provider, fmt, value, shape=None, shown=None):
        """pos() with the label policy: a password in a URL is the secret, the URL (whole and up
        to its host) accepted; a URL that is itself the credential accepts its token part."""
        m = URL_PW.match(value)
        if m and not value.startswith("https://"):
            return self.pos(provider, fmt, m.group(3), shape=shape, shown=shown or value,
                            accept=sorted({value, m.group(0)}))
        if value.startswith("DefaultEndpointsProtocol="):
            key = value.split("AccountKey=")[1].split(";")[0]
            return self.pos(provider, fmt, key, shape=shape, shown=shown or value, accept=[value])
        tok = re.search(r"(?:/t/|quiknode\.pro/|api_key=)([^/?&\s]+)", value)
        if tok:
            return self.pos(provider, fmt, value, shape=shape, shown=shown, accept=[tok.group(1)])
        if value.startswith("https://hooks.slack.com/"):
            return self.pos(provider, fmt, value, shape=shape, shown=shown, accept=[value.rsplit("/", 1)[1]])
        return self.pos(provider, fmt, value, shape=shape, shown=shown)

    def b64(self, provider, fmt, value, shape=None):
        """A secret written base64-encoded: labelled with the decoded value."""
        enc = base64.b64encode(value.encode()).decode()
        return self.pos(provider, fmt, value, shape=shape, shown=enc, encoded="base64", encoded_value=enc)

    def dec(self, provider, kind, value, shape=None):
        l = {"kind": "decoy", "provider": provider, "format": kind, "value": value, "decoy": kind, "shape": shape or self.shape}
        return self._mark(l, value)

    def render(self, text):
        out, labels, pos = [], [], 0
        for m in re.finditer("\x01(\\d+)\x01", text):
            out.append(text[pos:m.start()])
            l = dict(self.labels[int(m.group(1))])
            shown = l.pop("_value")
            l["file"] = self.path
            l["line"] = "".join(out).count("\n") + 1
            l["half"] = self.half
            out.append(shown)
            labels.append(l)
            pos = m.end()
        out.append(text[pos:])
        return "".join(out), labels


def gen(provider, fmt):
    for f, spec in F.P[provider][1]:
        if f == fmt:
            return F.ex(spec)
    raise KeyError((provider, fmt))


def placeholder(spec):
    """The format with its random parts written as x's: the docs' placeholder style."""
    return re.sub(r"\{(U|J|W12|[aluhHdbxcw](\d+))\}", lambda m: "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx" if m.group(1) == "U"
                  else "<token>" if m.group(1) == "J" else "word " * 11 + "word" if m.group(1) == "W12"
                  else "x" * int(m.group(2)), spec)


def masked(v):
    return v[:6] + "..." + v[-4:] if len(v) > 14 else v[:3] + "****"


def camel(e):
    p = e.lower().split("_")
    return p[0] + "".join(x.title() for x in p[1:] if x)


def snake(e):
    return e.lower()


def kebab(e):
    return e.lower().replace("_", "-")


def pascal(e):
    return "".join(x.title() for x in e.lower().split("_") if x)


# (name, file extension, comment prefix, assign(env, value), second(env, value, provider), env reference, dollar-safe)
SYNTAXES = [
    ("python", ".py", "#", lambda e, v: 'class Settings:\n    %s = "%s"' % (e, v),
     lambda e, v, p: 'resp = requests.get("https://api.%s.example/v1/me", headers={"Authorization": "Bearer %s"})' % (p, v),
     lambda e: 'token = os.environ["%s"]' % e, True),
    ("javascript", ".js", "//", lambda e, v: "module.exports = {\n  %s: '%s',\n};" % (camel(e), v),
     lambda e, v, p: "await fetch(url, { headers: { 'X-Api-Key': '%s' } });" % v,
     lambda e: "const key = process.env.%s;" % e, True),
    ("typescript", ".ts", "//", lambda e, v: "export const config = {\n  %s: \"%s\",\n} as const;" % (camel(e), v),
     lambda e, v, p: "enum Secrets {\n  %s = \"%s\",\n}" % (pascal(e), v),
     lambda e: "const key: string = process.env.%s ?? '';" % e, True),
    ("go", ".go", "//", lambda e, v: 'var cfg = Config{\n\t%s: "%s",\n}' % (pascal(e), v),
     lambda e, v, p: 'req.Header = http.Header{"Authorization": {"Bearer %s"}}' % v,
     lambda e: 'key := os.Getenv("%s")' % e, True),
    ("java", ".java", "//", lambda e, v: 'private static final String %s = "%s";' % (e, v),
     lambda e, v, p: 'System.setProperty("%s.api.key", "%s");' % (p, v),
     lambda e: 'String key = System.getenv("%s");' % e, True),
    ("csharp", ".cs", "//", lambda e, v: 'public const string %s = "%s";' % (pascal(e), v),
     lambda e, v, p: 'client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "%s");' % v,
     lambda e: 'var key = Environment.GetEnvironmentVariable("%s");' % e, True),
    ("ruby", ".rb", "#", lambda e, v: "%s = ENV.fetch(\"%s\", '%s')" % (e, e, v),
     lambda e, v, p: "req['Authorization'] = 'Token %s'" % v,
     lambda e: 'key = ENV["%s"]' % e, False),
    ("php", ".php", "//", lambda e, v: "$config['%s'] = '%s';" % (snake(e), v),
     lambda e, v, p: "putenv('%s=%s');" % (e, v),
     lambda e: "$key = getenv('%s');" % e, True),
    ("bash", ".sh", "#", lambda e, v: "declare -x %s='%s'" % (e, v),
     lambda e, v, p: "curl -s -H 'Authorization: Bearer %s' https://api.%s.example/v1/ping" % (v, p),
     lambda e: 'echo "using ${%s:?missing}"' % e, True),
    ("yaml-anchor", ".yaml", "#", lambda e, v: "%s_defaults: &%s\n  %s: %s\n%s_prod:\n  <<: *%s" % (snake(e), kebab(e), snake(e), v, snake(e), kebab(e)),
     lambda e, v, p: "clients: {%s: {token: \"%s\"}}" % (p, v),
     lambda e: "ref: ${%s}" % e, True),
    ("json-pairs", ".json", None, lambda e, v: '{"settings": [["%s", "%s"]]}' % (e, v),
     lambda e, v, p: '{"%s": {"auth": {"apiKey": "%s"}}}' % (p, v),
     None, True),
    ("perl", ".pl", "#", lambda e, v: "my $%s = '%s';" % (snake(e), v),
     lambda e, v, p: "$ua->default_header('Authorization' => 'Bearer %s');" % v,
     lambda e: "my $key = $ENV{%s};" % e, True),
    ("raku", ".raku", "#", lambda e, v: "my $%s = '%s';" % (kebab(e), v),
     lambda e, v, p: "%%*ENV<%s> = '%s';" % (e, v),
     lambda e: "my $key = %%*ENV<%s>;" % e, True),
    ("kotlin", ".kt", "//", lambda e, v: 'const val %s = "%s"' % (e, v),
     lambda e, v, p: 'val headers = mapOf("Authorization" to "Bearer %s")' % v,
     lambda e: 'val key = System.getenv("%s")' % e, False),
    ("gleam", ".gleam", "//", lambda e, v: 'pub const %s = "%s"' % (snake(e), v),
     lambda e, v, p: 'request.set_header(req, "authorization", "Bearer %s")' % v,
     lambda e: 'let key = envoy.get("%s")' % e, True),
    ("prolog", ".pl", "%", lambda e, v: "%s('%s')." % (snake(e), v),
     lambda e, v, p: "http_open(URL, In, [request_header('Authorization'='Bearer %s')])." % v,
     lambda e: "getenv('%s', Key)." % e, True),
    ("commonlisp", ".lisp", ";;", lambda e, v: '(defparameter *%s* "%s")' % (kebab(e), v),
     lambda e, v, p: '(dex:get url :headers \'(("X-Api-Key" . "%s")))' % v,
     lambda e: '(uiop:getenv "%s")' % e, True),
    ("cobol", ".cbl", "      *", lambda e, v: "       01 %s PIC X(200) VALUE '%s'." % (kebab(e).upper(), v),
     lambda e, v, p: "           MOVE '%s' TO WS-AUTH-TOKEN." % v,
     None, True),
    ("ada", ".adb", "--", lambda e, v: '   %s : constant String := "%s";' % (pascal(e), v),
     lambda e, v, p: '   AWS.Client.Set_Header (H, "Authorization", "Bearer %s");' % v,
     lambda e: '   Key : constant String := Ada.Environment_Variables.Value ("%s");' % e, True),
    ("vbscript", ".vbs", "'", lambda e, v: 'Const %s = "%s"' % (e, v),
     lambda e, v, p: 'objHTTP.setRequestHeader "Authorization", "Bearer %s"' % v,
     lambda e: 'key = WshShell.ExpandEnvironmentStrings("%%%s%%")' % e, True),
    ("matlab", ".m", "%", lambda e, v: "%s = '%s';" % (snake(e), v),
     lambda e, v, p: "opts = weboptions('HeaderFields', {'Authorization', 'Bearer %s'});" % v,
     lambda e: "key = getenv('%s');" % e, True),
    ("sas", ".sas", "*", lambda e, v: "%%let %s = %s;" % (snake(e), v),
     lambda e, v, p: 'proc http url="https://api.%s.example/v1" method="GET";\n  headers "Authorization"="Bearer %s";\nrun;' % (p, v),
     lambda e: '%%let key = %%sysget(%s);' % e, False),
    ("stata", ".do", "*", lambda e, v: 'global %s "%s"' % (snake(e), v),
     lambda e, v, p: '!curl -H "X-Api-Key: %s" https://api.%s.example/export' % (v, p),
     lambda e: 'local key : env %s' % e, False),
    ("toml-aot", ".toml", "#", lambda e, v: '[[services]]\nname = "primary"\n%s = "%s"' % (snake(e), v),
     lambda e, v, p: '[clients.%s]\nheaders = { Authorization = "Bearer %s" }' % (p, v),
     lambda e: 'token_env = "%s"' % e, True),
    ("maven-xml", ".xml", None, lambda e, v: "<properties>\n  <%s>%s</%s>\n</properties>" % (kebab(e), v, kebab(e)),
     lambda e, v, p: '<property name="%s.apiKey" value="%s"/>' % (p, v),
     None, True),
    ("dockerfile-heredoc", "Dockerfile", "#", lambda e, v: "RUN <<EOF\necho '%s=%s' >> /etc/app.env\nEOF" % (e, v),
     lambda e, v, p: "RUN curl -fsSL -H 'Authorization: Bearer %s' https://pkg.%s.example/setup | sh" % (v, p),
     lambda e: "ARG %s" % e, True),
    ("powershell", ".ps1", "#", lambda e, v: "$env:%s = '%s'" % (e, v),
     lambda e, v, p: "Invoke-RestMethod -Uri $uri -Headers @{ Authorization = 'Bearer %s' }" % v,
     lambda e: "$key = [Environment]::GetEnvironmentVariable('%s')" % e, True),
    ("sql", ".sql", "--", lambda e, v: "INSERT INTO app_settings (name, value) VALUES ('%s', '%s');" % (snake(e), v),
     lambda e, v, p: "UPDATE integrations SET api_token = '%s' WHERE vendor = '%s';" % (v, p),
     None, True),
    ("rego", ".rego", "#", lambda e, v: '%s := "%s"' % (snake(e), v),
     lambda e, v, p: 'resp := http.send({"method": "GET", "url": url, "headers": {"Authorization": "Bearer %s"}})' % v,
     lambda e: 'key := opa.runtime().env.%s' % e, True),
    ("vim", ".vim", '"', lambda e, v: "let g:%s = '%s'" % (snake(e), v),
     lambda e, v, p: "let $%s = '%s'" % (e, v),
     lambda e: "let s:key = $%s" % e, True),
    ("nasm", ".asm", ";", lambda e, v: '%s: db "%s", 0' % (snake(e), v),
     lambda e, v, p: 'auth_hdr: db "Authorization: Bearer %s", 13, 10, 0' % v,
     None, True),
    ("thrift", ".thrift", "//", lambda e, v: 'const string %s = "%s"' % (e, v),
     lambda e, v, p: 'const map<string,string> HEADERS = {"X-Api-Key": "%s"}' % v,
     None, True),
    ("typst", ".typ", "//", lambda e, v: '#let %s = "%s"' % (kebab(e), v),
     lambda e, v, p: '#raw("curl -H \'Authorization: Bearer %s\' https://api.%s.example", lang: "sh")' % (v, p),
     lambda e: '#let key = sys.inputs.at("%s")' % kebab(e), True),
    ("elm", ".elm", "--", lambda e, v: '%s : String\n%s =\n    "%s"' % (camel(e), camel(e), v),
     lambda e, v, p: 'Http.header "Authorization" "Bearer %s"' % v,
     None, True),
]


def snippet(i, p):
    env, poss, decs = F.P[p]
    vals = [(f, F.ex(s)) for f, s in poss]
    if len(vals) == 1:
        vals.append((vals[0][0], F.ex(poss[0][1])))
    k = i
    while True:  # a value holding $ or ' never goes where it would interpolate or break the quote
        name, ext, cmt, assign, second, ref, dollar_ok = SYNTAXES[k % len(SYNTAXES)]
        if (dollar_ok or not any("$" in v for _, v in vals)) and not any("'" in v for _, v in vals):
            break
        k += 1
    d = Doc("snippets/%s/%s%s" % (name, p, ext) if ext.startswith(".") else "snippets/%s/%s/%s" % (name, p, ext), "snippets", name)
    lines = []
    if cmt:
        lines.append("%s %s credentials (fake values)" % (cmt, p))
    for j, (f, v) in enumerate(vals):
        e = env if j == 0 else env + "_2" if f == vals[0][0] else "%s_%s" % (p.upper(), f.upper().replace("-", "_"))
        if j == 0 or "://" in v:
            lines.append(assign(e, d.secret(p, f, v, shape=name + "-assign")))
        else:
            lines.append(second(e, d.secret(p, f, v, shape=name + "-second"), p))
    for kind, spec in decs:
        lines.append(assign("%s_%s" % (p.upper(), kind.upper().replace("-", "_")), d.dec(p, kind, F.ex(spec))))
    if i % 2:
        lines.append(assign(env + "_EXAMPLE", d.dec(p, "placeholder", placeholder(poss[0][1]))))
    else:
        lines.append(assign(env + "_MASKED", d.dec(p, "masked", masked(vals[0][1]))))
    if ref:
        lines.append(ref(env))
    if i % 3 == 0:
        lines.append(assign(env + "_FROM_ENV", d.dec(p, "env-reference", "${%s}" % env)))
    if name == "json-pairs":  # one JSON document per file
        body = "[\n" + ",\n".join(lines) + "\n]\n"
    elif name == "maven-xml":
        body = "<project>\n" + "\n".join(lines) + "\n</project>\n"
    else:
        body = "\n".join(lines) + "\n"
    return d, body


def main():
    outdir = sys.argv[1]
    docs = [snippet(i, p) for i, p in enumerate(sorted(F.P))]
    import hubspot11
    docs += hubspot11.build(Doc)
    import repos11
    docs += repos11.build(Doc, gen)
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
