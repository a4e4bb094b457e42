#!/usr/bin/env python3
"""fake_provider.py - a scripted fake of every token endpoint keyhound calls.

Serve (the tests point keyhound at it with --verify-endpoint):

    fake_provider.py serve --port-file F --log F [--script F] [--stats F]
                           [--idle S] [--max-life S] [--delay-ms N] [--hang S]
                           [--bind 127.0.0.1,127.0.0.2,...]

Listens on 127.0.0.1 (or each --bind address) on one ephemeral port (written
to --port-file), delays each answer by --delay-ms, answers
like HubSpot, GitHub, GitLab, Slack, Stripe, OpenAI, npm and SendGrid do,
and records every request (method, path, query, headers, body) as one JSON
line in --log. --script is a JSON object {secret: behaviour}; a secret not
in it gets "ok". Behaviours:

    ok          200 with the provider's usual body
    invalid     the provider's "bad credentials" answer (401, or Slack's
                200 ok:false invalid_auth)
    expired     HubSpot 401 EXPIRED_AUTHENTICATION
    inactive    HubSpot 401 ...PORTAL_NOT_ACTIVE
    scope403    403 with the provider's JSON "valid but missing scopes"
    html403     403 with a WAF's HTML page
    retry429    429 Retry-After: 1 the first time, then ok
    always429   429 Retry-After: 1 every time
    long429     429 Retry-After: 3600
    quota429    OpenAI 429 insufficient_quota
    err500      500 every time
    hang        accepts, reads the request, never answers (--hang seconds)
    huge        200 with a 10 MB body (Content-Length set)
    hugechunked 200 with a 10 MB body, no length (read until close)
    garbage     200 application/json that is not JSON
    redirect    302 to another host

With --specs F (a JSON object {"provider": [verify block, ...]}, as the
rule files write them) and --scenario S, a request to /p/PROVIDER/PATH is
answered from the verify block of PROVIDER whose method and path match,
whatever the secret: S is one of ok (the first "valid" status with a body
that satisfies "valid"), invalid (the first "invalid" status with a body
that satisfies it), html403, always429, err500 or hang, as above. --secrets
F lists secrets (one a line) a body may need as keys ("{secret}" paths, and
"{group:NAME}" paths with the group values listed there too).

It exits on its own after --idle seconds without a request (default 30) or
--max-life seconds (default 300), and writes {"requests", "peak"} (peak =
most requests in flight at once) to --stats.

Generate fake secrets of the right shapes (never real ones):

    fake_provider.py gen KIND [COUNT] [SEED]

KIND: pak, pat, access, access-expired, refresh, uuid, github, gitlab,
slack, stripe, openai, npm, sendgrid. Prints one secret per line.
"""

import base64
import hashlib
import hmac
import json
import os
import random
import re
import socket
import string
import sys
import threading
import time
import urllib.parse
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from varint import varint

LEAKED = "CKH-LEAKED-ACCESS-TOKEN-MUST-NOT-APPEAR"
EMAIL = "dev@example.com"
HUB = 12345678


# ---- fake secrets -----------------------------------------------------------

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase


def b64url(raw):
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def hexs(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def crc_token(rng, prefix):
    body = "".join(rng.choice(B62) for _ in range(30))
    crc = zlib.crc32(body.encode()) & 0xFFFFFFFF
    tail = ""
    for _ in range(6):
        tail = B62[crc % 62] + tail
        crc //= 62
    return prefix + body + tail


def gen(kind, rng):
    if kind == "pak":
        ident = "na1-%s-%s-%s-%s-%s" % (hexs(rng, 4), hexs(rng, 4), hexs(rng, 4),
                                        hexs(rng, 4), hexs(rng, 12))
        raw = (b"\x0a\x24" + ident.encode() + b"\x10" + varint(rng.randrange(10**6, 10**8)) +
               b"\x18" + varint(rng.randrange(10**6, 10**8)) + b"\x2a\x19\x00\x05" +
               bytes(rng.randrange(256) for _ in range(23)) + b"\x4a\x03na1")
        return b64url(raw)
    if kind in ("access", "access-expired"):
        ms = 1577836800000 if kind == "access-expired" else 4000000000000
        ms += rng.randrange(10**9)
        return b64url(b"\x08" + varint(ms) + bytes(rng.randrange(256) for _ in range(60)))
    if kind == "pat":
        return "pat-na1-%s-%s-%s-%s-%s" % (hexs(rng, 8), hexs(rng, 4), hexs(rng, 4),
                                           hexs(rng, 4), hexs(rng, 12))
    if kind == "refresh":
        return "eu1-%s-%s-%s-%s-%s" % (hexs(rng, 4), hexs(rng, 4), hexs(rng, 4),
                                       hexs(rng, 4), hexs(rng, 12))
    if kind == "uuid":
        return "%s-%s-%s-%s-%s" % (hexs(rng, 8), hexs(rng, 4), hexs(rng, 4),
                                   hexs(rng, 4), hexs(rng, 12))
    if kind == "github":
        return crc_token(rng, "ghp_")
    if kind == "npm":
        return crc_token(rng, "npm_")
    if kind == "gitlab":
        return "glpat-" + "".join(rng.choice(B62) for _ in range(20))
    if kind == "slack":
        return "xoxb-%d-%d-%s" % (rng.randrange(10**10, 10**11), rng.randrange(10**11, 10**12),
                                  "".join(rng.choice(B62) for _ in range(24)))
    if kind == "stripe":
        return "sk_test_" + "".join(rng.choice(B62) for _ in range(40))
    if kind == "openai":
        return "sk-proj-%sT3BlbkFJ%s" % ("".join(rng.choice(B62) for _ in range(30)),
                                         "".join(rng.choice(B62) for _ in range(30)))
    if kind == "sendgrid":
        return "SG.%s.%s" % ("".join(rng.choice(B62) for _ in range(22)),
                             "".join(rng.choice(B62) for _ in range(43)))
    raise SystemExit("unknown kind " + kind)


# ---- the server -------------------------------------------------------------

def kind_of(path):
    """Which credential endpoint a path is."""
    if path == "/localdevauth/v1/auth/refresh":
        return "pak"
    if path == "/oauth/v2/private-apps/get/access-token-info":
        return "pat"
    if path.startswith("/oauth/v1/access-tokens/"):
        return "access"
    if path.startswith("/oauth/v1/refresh-tokens/"):
        return "refresh"
    if path == "/integrations/v1/me":
        return "apikey"
    if path == "/user":
        return "github"
    if path == "/api/v4/personal_access_tokens/self":
        return "gitlab"
    if path.endswith("/auth.test"):
        return "slack"
    if path == "/v1/account":
        return "stripe"
    if path == "/v1/models":
        return "openai"
    if path == "/-/whoami":
        return "npm"
    if path == "/v3/scopes":
        return "sendgrid"
    return "none"


def secret_of(kind, path, query, headers, body):
    """The secret a request carries, wherever that provider puts it."""
    if kind == "pak" or kind == "pat":
        try:
            doc = json.loads(body or "{}")
        except ValueError:
            return ""
        return doc.get("encodedOAuthRefreshToken" if kind == "pak" else "tokenKey", "")
    if kind in ("access", "refresh"):
        return urllib.parse.unquote(path.rsplit("/", 1)[1])
    if kind == "apikey":
        return urllib.parse.parse_qs(query).get("hapikey", [""])[0]
    if "private-token" in headers:
        return headers["private-token"]
    auth = headers.get("authorization", "")
    return auth.split(" ", 1)[1] if " " in auth else ""


def hubspot_error(category, sub=None):
    doc = {"status": "error", "message": "fake HubSpot error",
           "correlationId": "00000000-fake", "category": category}
    if sub:
        doc["subCategory"] = sub
    return doc


OK_BODIES = {
    "pak": lambda s: {"hubId": HUB, "userId": 4242, "hubName": "Acme Fake Portal",
                      "accountType": "STANDARD", "scopeGroups": ["crm.objects.contacts.read",
                                                                 "cms.domains.read"],
                      "enabledFeatures": {"x": 1}, "expiresAtMillis": 4000000000000,
                      "oauthAccessToken": LEAKED, "encodedOAuthRefreshToken": s},
    "pat": lambda s: {"userId": 4242, "hubId": HUB, "appId": 777,
                      "scopes": ["crm.objects.contacts.read"], "tokenType": "private-app"},
    "access": lambda s: {"token": s, "user": EMAIL, "hub_domain": "acme-fake.example.com",
                         "scopes": ["oauth", "crm.objects.contacts.read"], "hub_id": HUB,
                         "app_id": 777, "expires_in": 1500, "user_id": 4242,
                         "token_type": "access"},
    "refresh": lambda s: {"token": s, "user": EMAIL, "hub_domain": "acme-fake.example.com",
                          "scopes": ["oauth"], "hub_id": HUB, "client_id": "fake-client-id",
                          "user_id": 4242, "token_type": "refresh"},
    "apikey": lambda s: {"portalId": HUB, "timeZone": "US/Eastern", "currency": "USD"},
    "github": lambda s: {"login": "octo-fake", "id": 583231, "name": "Octo Fake",
                         "type": "User", "email": "octo@example.com"},
    "gitlab": lambda s: {"id": 42, "name": "ci-token", "revoked": False, "active": True,
                         "scopes": ["api", "read_user"], "user_id": 7,
                         "expires_at": "2030-01-01", "token": s},
    "slack": lambda s: {"ok": True, "url": "https://acme-fake.slack.com/", "team": "Acme Fake",
                        "user": "deploy-bot", "team_id": "T0FAKE", "user_id": "U0FAKE",
                        "bot_id": "B0FAKE"},
    "stripe": lambda s: {"id": "acct_1Fake", "object": "account", "country": "US",
                         "type": "standard", "email": "billing@example.com",
                         "business_profile": {"name": "Acme Fake Inc"},
                         "settings": {"secret": s}},
    "openai": lambda s: {"object": "list", "data": [{"id": "gpt-fake", "object": "model"}]},
    "npm": lambda s: {"username": "npm-fake"},
    "sendgrid": lambda s: {"scopes": ["mail.send", "alerts.read"]},
}

INVALID = {
    "github": (401, {"message": "Bad credentials"}),
    "gitlab": (401, {"message": "401 Unauthorized"}),
    "slack": (200, {"ok": False, "error": "invalid_auth"}),
    "stripe": (401, {"error": {"type": "invalid_request_error",
                               "message": "Invalid API Key provided"}}),
    "openai": (401, {"error": {"message": "Incorrect API key provided",
                               "type": "invalid_request_error", "code": "invalid_api_key"}}),
    "npm": (401, {"error": "Unauthorized"}),
    "sendgrid": (401, {"errors": [{"field": None, "message": "authorization required"}]}),
}

SCOPE403 = {
    "github": (403, {"message": "Resource not accessible by integration"}),
    "gitlab": (403, {"error": "insufficient_scope", "scope": "api"}),
    "slack": (200, {"ok": False, "error": "missing_scope"}),
    "stripe": (403, {"error": {"type": "invalid_request_error",
                               "message": "The provided key does not have the required permissions"}}),
    "openai": (403, {"error": {"message": "You have insufficient permissions for this "
                                          "operation. Missing scopes: api.model.read."}}),
}

WAF_PAGE = b"<html><head><title>403 Forbidden</title></head><body>Access denied</body></html>"


# ---- answers built from a rule's verify block ---------------------------------

def path_regex(tpl):
    """A regex for a verify url's path (the query left out): placeholders
    match one or more characters of a path segment."""
    out, i = "", 0
    while i < len(tpl):
        if tpl.startswith("{secret}", i):
            out += "[^/]+"
            i += 8
            continue
        if tpl.startswith("{group:", i) and "}" in tpl[i:]:
            out += "[^/]+"
            i = tpl.index("}", i) + 1
            continue
        out += re.escape(tpl[i])
        i += 1
    return "^" + out + "$"


def spec_path(spec):
    url = spec["url"]
    rest = url[url.index("//") + 2:]
    path = rest[rest.find("/"):] if "/" in rest else "/"
    return path.split("?", 1)[0]


def put_path(doc, path, value):
    keys = path.split(".")
    for k in keys[:-1]:
        if not isinstance(doc.get(k), dict):
            doc[k] = {}
        doc = doc[k]
    doc[keys[-1]] = value


def first(match):
    """A verify block's "valid"/"invalid": one matcher or a list (the first)."""
    return match[0] if isinstance(match, list) else match


def body_for(match, secrets):
    doc = {}
    for path in match.get("json_exists", []):
        if "{secret}" in path or "{group:" in path:
            # keyed by the secret, or by a group of it (a GCP key id)
            for sec in secrets:
                put_path(doc, re.sub(r"\{(?:secret|group:[^}]*)\}", sec, path), "fake-value")
        else:
            put_path(doc, path, "fake-value")
    for path, value in match.get("json_equals", {}).items():
        put_path(doc, path, value)
    for path, value in match.get("json_contains", {}).items():
        put_path(doc, path, "... " + value + " ...")
    return doc


def azure_signed(st, method, url, headers):
    """1 when the request carries an Azure Storage SharedKey signature made
    with one of the known secrets (the path as received, query sorted)."""
    auth = headers.get("authorization", "")
    if not auth.startswith("SharedKey "):
        return False
    account, _, sig = auth[10:].partition(":")
    params = sorted(p.partition("=") for p in url.query.split("&") if p)
    sts = (method + "\n" * 12 + "x-ms-date:%s\nx-ms-version:%s\n" % (
        headers.get("x-ms-date"), headers.get("x-ms-version")) + "/" + account +
        url.path + "".join("\n%s:%s" % (k, v) for k, _, v in params))
    for sec in st.secrets:
        try:
            key = base64.b64decode(sec, validate=True)
        except ValueError:
            continue
        mac = hmac.new(key, sts.encode(), hashlib.sha256).digest()
        if hmac.compare_digest(base64.b64encode(mac).decode(), sig):
            return True
    return False


def find_spec(specs, provider, method, path):
    for spec in specs.get(provider, []):
        if spec.get("method") == method and re.match(path_regex(spec_path(spec)), path):
            return spec
    return None


class State:
    def __init__(self, args):
        self.lock = threading.Lock()
        self.log = open(args["log"], "a", buffering=1)
        self.script = {}
        if args.get("script"):
            with open(args["script"]) as f:
                self.script = json.load(f)
        self.seen = {}
        self.inflight = 0
        self.peak = 0
        self.requests = 0
        self.last = time.time()
        self.delay = float(args.get("delay-ms", 0)) / 1000
        self.hang = float(args.get("hang", 5))
        self.stats = args.get("stats")
        self.specs = {}
        if args.get("specs"):
            with open(args["specs"]) as f:
                self.specs = json.load(f)
        self.scenario = args.get("scenario", "ok")
        self.secrets = []
        if args.get("secrets"):
            with open(args["secrets"]) as f:
                self.secrets = [line.strip() for line in f if line.strip()]
        self.stopping = threading.Event()

    def enter(self):
        with self.lock:
            self.inflight += 1
            self.requests += 1
            self.peak = max(self.peak, self.inflight)
            self.last = time.time()
            return self.inflight

    def leave(self):
        with self.lock:
            self.inflight -= 1
            self.last = time.time()

    def record(self, entry):
        with self.lock:
            self.log.write(json.dumps(entry) + "\n")

    def count(self, secret):
        with self.lock:
            self.seen[secret] = self.seen.get(secret, 0) + 1
            return self.seen[secret]

    def write_stats(self):
        if self.stats:
            with self.lock:
                with open(self.stats + ".tmp", "w") as f:
                    json.dump({"requests": self.requests, "peak": self.peak}, f)
                os.replace(self.stats + ".tmp", self.stats)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "fake"
    sys_version = ""

    def log_message(self, *a):
        pass

    def handle_any(self):
        st = self.server.state
        now_in = st.enter()
        self.answered = False
        try:
            self.serve(st, now_in)
        except (BrokenPipeError, ConnectionResetError, socket.timeout):
            self.close_connection = True
        finally:
            self.answer()
            st.write_stats()

    def answer(self):
        """Leaves the in-flight count once, just before answering: the
        client may start its next request as soon as it has the answer."""
        if not self.answered:
            self.answered = True
            self.server.state.leave()

    do_GET = do_POST = do_DELETE = do_PUT = do_PATCH = do_HEAD = handle_any

    def send(self, status, doc=None, raw=None, ctype="application/json", extra=()):
        body = raw if raw is not None else json.dumps(doc).encode()
        self.answer()
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in extra:
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":  # a HEAD answer has headers only
            self.wfile.write(body)

    def serve(self, st, now_in):
        url = urllib.parse.urlsplit(self.path)
        n = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(min(n, 1 << 20)).decode("utf-8", "replace") if n else ""
        headers = {}
        for k, v in self.headers.items():
            k = k.lower()
            headers[k] = headers[k] + ", " + v if k in headers else v
        if st.specs and url.path.startswith("/p/"):
            self.serve_spec(st, now_in, url, headers, body)
            return
        kind = kind_of(url.path)
        secret = secret_of(kind, url.path, url.query, headers, body)
        behaviour = st.script.get(secret, "ok")
        nth = st.count(secret)
        st.record({"t": time.time(), "method": self.command, "path": url.path,
                   "query": url.query, "headers": headers, "body": body, "kind": kind,
                   "secret": secret, "behaviour": behaviour, "nth": nth,
                   "inflight": now_in})
        if st.delay:
            time.sleep(st.delay)
        if kind == "none" or self.command not in ("GET", "POST"):
            self.send(404, {"message": "Not Found"})
            return
        if behaviour == "retry429" and nth == 1 or behaviour == "always429":
            self.send(429, {"message": "slow down"}, extra=[("Retry-After", "1")])
            return
        if behaviour == "long429":
            self.send(429, {"message": "slow down"}, extra=[("Retry-After", "3600")])
            return
        if behaviour == "quota429":
            self.send(429, {"error": {"message": "quota", "code": "insufficient_quota"}})
            return
        if behaviour == "err500":
            self.send(500, {"status": "error", "message": "internal error"})
            return
        if behaviour == "html403":
            self.send(403, raw=WAF_PAGE, ctype="text/html")
            return
        if behaviour == "garbage":
            self.send(200, raw=b'{"hubId": 1, "login": "x", garbage', ctype="application/json")
            return
        if behaviour == "redirect":
            self.send(302, {"moved": True}, extra=[("Location", "http://127.0.0.2:9/steal")])
            return
        if behaviour == "hang":
            end = time.time() + st.hang
            while time.time() < end and not st.stopping.is_set():
                time.sleep(0.05)
            self.close_connection = True
            return
        if behaviour in ("huge", "hugechunked"):
            self.answer()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            if behaviour == "huge":
                self.send_header("Content-Length", str(10 << 20))
            else:
                self.send_header("Connection", "close")
                self.close_connection = True
            self.end_headers()
            chunk = b" " * 65536
            for _ in range(160):
                self.wfile.write(chunk)
            return
        hub = kind in ("pak", "pat", "access", "refresh", "apikey")
        if behaviour == "invalid":
            if hub:
                self.send(401, hubspot_error("INVALID_AUTHENTICATION"))
            else:
                status, doc = INVALID[kind]
                self.send(status, doc)
            return
        if behaviour == "expired" and hub:
            self.send(401, hubspot_error("EXPIRED_AUTHENTICATION"))
            return
        if behaviour == "inactive" and hub:
            self.send(401, hubspot_error("INVALID_AUTHENTICATION",
                                         "LocalDevAuthErrorType.PORTAL_NOT_ACTIVE"))
            return
        if behaviour == "scope403":
            if hub:
                self.send(403, hubspot_error("MISSING_SCOPES"))
            else:
                status, doc = SCOPE403[kind]
                self.send(status, doc)
            return
        extra = []
        if kind == "github":
            extra = [("X-OAuth-Scopes", "repo, read:org"),
                     ("github-authentication-token-expiration", "2030-01-01 00:00:00 UTC")]
        elif kind == "slack":
            extra = [("x-oauth-scopes", "chat:write,channels:read")]
        elif kind == "openai":
            extra = [("openai-organization", "org-fake")]
        self.send(200, OK_BODIES[kind](secret), extra=extra)

    def serve_spec(self, st, now_in, url, headers, body):
        provider, _, rest = url.path[3:].partition("/")
        path = "/" + rest
        spec = find_spec(st.specs, provider, self.command, path)
        st.record({"t": time.time(), "method": self.command, "provider": provider,
                   "path": path, "query": url.query, "headers": headers, "body": body,
                   "scenario": st.scenario, "matched": spec is not None,
                   "inflight": now_in})
        if spec is None:
            self.send(404, {"message": "no such endpoint in the fake"})
            return
        sc = st.scenario
        if sc == "ok" and spec.get("azure_sharedkey") and not azure_signed(st, self.command, url, headers):
            self.send(403, {"message": "signature mismatch"})
        elif sc == "ok":
            valid = first(spec["valid"])
            self.send(valid.get("status", [200])[0], body_for(valid, st.secrets))
        elif sc == "invalid":
            invalid = first(spec.get("invalid", {"status": [401]}))
            self.send(invalid["status"][0], body_for(invalid, st.secrets)
                      or {"message": "invalid credentials"})
        elif sc == "html403":
            self.send(403, raw=WAF_PAGE, ctype="text/html")
        elif sc == "always429":
            self.send(429, {"message": "slow down"}, extra=[("Retry-After", "1")])
        elif sc == "err500":
            self.send(500, {"message": "internal error"})
        else:  # hang
            end = time.time() + st.hang
            while time.time() < end and not st.stopping.is_set():
                time.sleep(0.05)
            self.close_connection = True


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256  # listen() backlog: a burst of connects must not wait


def parse_args(argv):
    args = {}
    i = 0
    while i < len(argv):
        if not argv[i].startswith("--") or i + 1 >= len(argv):
            raise SystemExit("bad argument " + argv[i])
        args[argv[i][2:]] = argv[i + 1]
        i += 2
    return args


def serve(argv):
    args = parse_args(argv)
    st = State(args)
    # one server per --bind address (loopback only), all on the same port
    addrs = args.get("bind", "127.0.0.1").split(",")
    if not all(a.startswith("127.") for a in addrs):
        raise SystemExit("--bind takes 127.x.x.x addresses only")
    servers = [Server((addrs[0], 0), Handler)]
    port = servers[0].server_address[1]
    for a in addrs[1:]:
        servers.append(Server((a, port), Handler))
    for srv in servers:
        srv.state = st
    idle = float(args.get("idle", 30))
    life = float(args.get("max-life", 300))
    born = time.time()

    def watchdog():
        while True:
            time.sleep(0.2)
            with st.lock:
                quiet = st.inflight == 0 and time.time() - st.last > idle
            if quiet or time.time() - born > life:
                st.stopping.set()
                for srv in servers:
                    srv.shutdown()
                return

    threading.Thread(target=watchdog, daemon=True).start()
    st.write_stats()
    for srv in servers[1:]:
        threading.Thread(target=srv.serve_forever, args=(0.1,), daemon=True).start()
    with open(args["port-file"] + ".tmp", "w") as f:
        f.write(str(port))
    os.replace(args["port-file"] + ".tmp", args["port-file"])
    servers[0].serve_forever(poll_interval=0.1)
    st.write_stats()


def main():
    if len(sys.argv) >= 3 and sys.argv[1] == "gen":
        count = int(sys.argv[3]) if len(sys.argv) > 3 else 1
        rng = random.Random(sys.argv[4] if len(sys.argv) > 4 else None)
        for _ in range(count):
            print(gen(sys.argv[2], rng))
        return
    if len(sys.argv) >= 2 and sys.argv[1] == "serve":
        serve(sys.argv[2:])
        return
    if len(sys.argv) >= 2 and sys.argv[1] == "free-port":
        # a port nothing listens on (bound, then closed): connection refused
        s = socket.socket()
        s.bind(("127.0.0.1", 0))
        print(s.getsockname()[1])
        s.close()
        return
    sys.stderr.write(__doc__)
    sys.exit(2)


if __name__ == "__main__":
    main()
