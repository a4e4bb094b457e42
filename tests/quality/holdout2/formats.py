"""Token formats of the second held-out corpus, written from the providers'
own documentation (SOURCES.md), blind to keyhound's rules. Every value is
random (a seeded generator, its seed drawn once from Python's secrets
module) and none is a real credential.

FORMATS maps a format id to (provider, generator); a generator takes the
random source and returns one fresh value."""
import base64
import json
import string
import zlib

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIGITS = string.digits
HEX = "0123456789abcdef"
UHEX = HEX.upper()
ALNUM = LOWER + UPPER + DIGITS
LALNUM = LOWER + DIGITS
UALNUM = UPPER + DIGITS
B64URL = ALNUM + "-_"
B64 = ALNUM + "+/"
BASE62 = DIGITS + UPPER + LOWER
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l".upper()


class Rand:
    def __init__(self, rnd):
        self.r = rnd

    def s(self, n, alphabet=ALNUM):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def hex(self, n):
        return self.s(n, HEX)

    def digits(self, n):
        return str(self.r.randint(1, 9)) + self.s(n - 1, DIGITS)

    def bytes(self, n):
        return bytes(self.r.getrandbits(8) for _ in range(n))

    def uuid(self):
        h = self.hex(32)
        h = h[:12] + "4" + h[13:16] + self.r.choice("89ab") + h[17:]
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def b64(self, nbytes):
        return base64.b64encode(self.bytes(nbytes)).decode()

    def b64url(self, nbytes):
        return base64.urlsafe_b64encode(self.bytes(nbytes)).decode().rstrip("=")

    def pick(self, seq):
        return self.r.choice(seq)

    def int(self, a, b):
        return self.r.randint(a, b)


def b64url_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def varint(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def crc_base62(body):
    """GitHub's and npm's checksum: CRC32 of the random part in base62, 6 digits."""
    n = zlib.crc32(body.encode())
    s = ""
    while n:
        n, d = divmod(n, 62)
        s = BASE62[d] + s
    return s.rjust(6, "0")


def checksummed(prefix, r, n=30):
    body = r.s(n)
    return prefix + body + crc_base62(body)


def hublet_uuid(r, hublet=None):
    hublet = hublet or r.pick(["na1", "na1", "na2", "eu1", "ap1"])
    return "%s-%s-%s-%s-%s-%s" % (hublet, r.hex(4), r.hex(4), r.hex(4), r.hex(4), r.hex(12))


def hubspot_pak(r):
    """Protobuf: field 1 hublet-uuid, 2 account, 3 user, 5 signature, 9 hublet."""
    hublet = r.pick(["na1", "na1", "na2", "eu1", "ap1"])
    body = b"\x0a\x24" + hublet_uuid(r, hublet).encode()
    body += b"\x10" + varint(r.int(10 ** 7, 2 * 10 ** 8)) + b"\x18" + varint(r.int(10 ** 7, 2 * 10 ** 8))
    body += b"\x2a\x19\x00\x05" + r.bytes(23) + b"\x4a\x03" + hublet.encode()
    return b64url_nopad(body)


def hubspot_oauth_access(r):
    """Protobuf led by 0x08 + the expiry in epoch milliseconds."""
    ms = r.int(1_760_000_000_000, 1_800_000_000_000)
    body = b"\x08" + varint(ms) + b"\x12\x02" + r.bytes(2) + b"\x18" + varint(r.int(10 ** 6, 10 ** 8))
    body += b"\x20" + varint(r.int(10 ** 6, 10 ** 8)) + b"\x2a\x0b" + r.bytes(11) + b"\x32\x14" + r.bytes(20)
    body += b"\x42\x10\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" + r.bytes(2) + b"\x4a\x03na1\x52\x00\x5a\x00"
    return b64url_nopad(body)


def hubspot_pak_legacy(r):
    """2020-era PAK: shaped like an OAuth token, only known by its key name."""
    ms = r.int(1_580_000_000_000, 1_620_000_000_000)
    body = b"\x08" + varint(ms) + b"\x12\x02" + r.bytes(2) + b"\x18" + varint(r.int(10 ** 6, 10 ** 8))
    body += b"\x22\x19" + r.bytes(25) + b"\x2a\x19\x00\x05" + r.bytes(23) + b"\x32\x10" + bytes(10) + r.bytes(6)
    body += b"\x42\x19" + r.bytes(25)
    return b64url_nopad(body)


def jwt(r, payload, header=None):
    header = header or {"alg": "HS256", "typ": "JWT"}
    enc = lambda o: b64url_nopad(json.dumps(o, separators=(",", ":")).encode())
    return "%s.%s.%s" % (enc(header), enc(payload), r.b64url(32))


def pem(r, label, body_prefix, nbytes):
    body = body_prefix + base64.b64encode(r.bytes(nbytes)).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)


def rsa_pkcs8(r):
    return pem(r, "PRIVATE KEY", "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ", 1160)


def rsa_pkcs1(r):
    return pem(r, "RSA PRIVATE KEY", "MIIEpAIBAAKCAQEA", 1180)


def ec_key(r):
    return pem(r, "EC PRIVATE KEY", "MHcCAQEEI", 112)


def ec_pkcs8(r):
    return pem(r, "PRIVATE KEY", "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg", 96)


def openssh_key(r):
    return pem(r, "OPENSSH PRIVATE KEY", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", 300)


def openai_proj(r, kind="proj"):
    return "sk-%s-%sT3BlbkFJ%s" % (kind, r.s(74, B64URL), r.s(74, B64URL))


def sentry_org(r):
    payload = {"iat": r.int(1_700_000_000, 1_790_000_000), "url": "https://sentry.io",
               "region_url": "https://us.sentry.io", "org": r.pick(["northwind", "tallyhub", "acme-games"])}
    return "sntrys_" + b64url_nopad(json.dumps(payload, separators=(",", ":")).encode()) + "_" + r.s(43, B64URL)


def mapbox(r, kind):
    claim = b64url_nopad(json.dumps({"u": r.pick(["pinecrest", "trailco"]), "a": r.s(25, LALNUM)},
                                    separators=(",", ":")).encode())
    return "%s.%s.%s" % (kind, claim, r.s(22, B64URL))


def onepassword_sa(r):
    doc = {"signInAddress": "my.1password.com", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256",
           "iterations": 650000, "salt": r.b64url(16)}, "email": r.s(26, LALNUM) + "@1passwordserviceaccounts.com",
           "srpX": r.hex(64), "muk": {"alg": "A256GCM", "ext": True, "k": r.b64url(32), "key_ops": ["encrypt", "decrypt"],
           "kty": "oct", "kid": "mp"}, "secretKey": "A3-%s-%s-%s-%s-%s-%s" % (r.s(6, UALNUM), r.s(6, UALNUM),
           r.s(5, UALNUM), r.s(5, UALNUM), r.s(5, UALNUM), r.s(5, UALNUM)), "throttleSecret": {"seed": r.hex(64),
           "uuid": r.s(26, UALNUM)}, "deviceUuid": r.s(26, LALNUM)}
    return "ops_" + b64url_nopad(json.dumps(doc, separators=(",", ":")).encode())


def teamcity(r):
    return "eyJ0eXAiOiAiVENWMiJ9.%s.%s" % (r.s(36, B64URL), r.s(48, B64URL))


def grafana_cloud(r):
    doc = {"o": str(r.int(100000, 999999)), "n": "ci-publisher", "k": r.s(24, ALNUM), "m": {"r": "prod-us-east-0"}}
    return "glc_" + base64.b64encode(json.dumps(doc, separators=(",", ":")).encode()).decode().rstrip("=")


FORMATS = {
    # HubSpot (shared/design/hubspot-credentials.md)
    "hubspot.pak": ("hubspot", hubspot_pak),
    "hubspot.pak_legacy": ("hubspot", hubspot_pak_legacy),
    "hubspot.private_app": ("hubspot", lambda r: "pat-%s-%s" % (r.pick(["na1", "na1", "na2", "eu1"]), r.uuid())),
    "hubspot.legacy_api_key": ("hubspot", lambda r: r.uuid()),
    "hubspot.developer_api_key": ("hubspot", lambda r: hublet_uuid(r)),
    "hubspot.developer_api_key_uuid": ("hubspot", lambda r: r.uuid()),
    "hubspot.oauth_access": ("hubspot", hubspot_oauth_access),
    "hubspot.refresh_token": ("hubspot", lambda r: hublet_uuid(r)),
    "hubspot.refresh_token_uuid": ("hubspot", lambda r: r.uuid()),
    "hubspot.client_secret": ("hubspot", lambda r: r.uuid()),
    "hubspot.smtp_password": ("hubspot", lambda r: r.s(r.int(24, 36), ALNUM)),
    # Cloud
    "aws.access_key_id": ("aws", lambda r: "AKIA" + r.s(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")),
    "aws.secret_access_key": ("aws", lambda r: r.s(40, ALNUM + "+/")),
    "aws.session_key_id": ("aws", lambda r: "ASIA" + r.s(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")),
    "azure.storage_key": ("azure", lambda r: r.b64(64)),
    "azure.ad_client_secret": ("azure", lambda r: r.s(3, ALNUM) + r.s(1, DIGITS) + "Q~" + r.s(34, ALNUM + "_.~-")),
    "azure.sas_sig": ("azure", lambda r: r.b64(32)),
    "google.api_key": ("google", lambda r: "AIza" + r.s(35, B64URL)),
    "google.oauth_client_secret": ("google", lambda r: "GOCSPX-" + r.s(28, B64URL)),
    "google.refresh_token": ("google", lambda r: "1//0" + r.s(1, "abcdefg") + r.s(98, B64URL)),
    "google.recaptcha_secret": ("google", lambda r: "6L" + r.s(38, B64URL)),
    "privatekey.rsa_pkcs8": ("privatekey", rsa_pkcs8),
    "privatekey.rsa_pkcs1": ("privatekey", rsa_pkcs1),
    "privatekey.ec": ("privatekey", ec_key),
    "privatekey.ec_pkcs8": ("privatekey", ec_pkcs8),
    "privatekey.openssh": ("privatekey", openssh_key),
    "digitalocean.pat": ("digitalocean", lambda r: "dop_v1_" + r.hex(64)),
    "digitalocean.oauth": ("digitalocean", lambda r: "doo_v1_" + r.hex(64)),
    "alibabacloud.access_key_id": ("alibabacloud", lambda r: "LTAI" + r.s(20, ALNUM)),
    "alibabacloud.secret": ("alibabacloud", lambda r: r.s(30, ALNUM)),
    "tencentcloud.secret_id": ("tencentcloud", lambda r: "AKID" + r.s(32, ALNUM)),
    "tencentcloud.secret_key": ("tencentcloud", lambda r: r.s(32, ALNUM)),
    "ibmcloud.api_key": ("ibmcloud", lambda r: r.s(44, B64URL)),
    "yandexcloud.api_key": ("yandexcloud", lambda r: "AQVN" + r.s(36, B64URL)),
    "yandexcloud.iam": ("yandexcloud", lambda r: "t1." + r.s(70, B64URL) + "." + r.s(86, B64URL)),
    "scaleway.secret_key": ("scaleway", lambda r: r.uuid()),
    "linode.token": ("linode", lambda r: r.hex(64)),
    "vultr.api_key": ("vultr", lambda r: r.s(36, UALNUM)),
    "hetzner.token": ("hetzner", lambda r: r.s(64, ALNUM)),
    "oraclecloud.auth_token": ("oraclecloud", lambda r: r.s(20, ALNUM + "+-:;.()<>[]{}")),
    # Source forges, registries, CI
    "github.pat_classic": ("github", lambda r: checksummed("ghp_", r)),
    "github.pat_fine": ("github", lambda r: "github_pat_" + r.s(22, ALNUM) + "_" + r.s(59, ALNUM)),
    "github.oauth": ("github", lambda r: checksummed("gho_", r)),
    "github.app_installation": ("github", lambda r: checksummed("ghs_", r)),
    "github.refresh": ("github", lambda r: "ghr_" + r.s(76, ALNUM)),
    "gitlab.pat": ("gitlab", lambda r: "glpat-" + r.s(20, B64URL)),
    "gitlab.runner_auth": ("gitlab", lambda r: "glrt-" + r.s(20, B64URL)),
    "gitlab.deploy_token": ("gitlab", lambda r: "gldt-" + r.s(20, B64URL)),
    "gitlab.trigger": ("gitlab", lambda r: "glptt-" + r.hex(40)),
    "gitlab.runner_registration": ("gitlab", lambda r: "GR1348941" + r.s(20, B64URL)),
    "npm.token": ("npm", lambda r: checksummed("npm_", r)),
    "pypi.token": ("pypi", lambda r: "pypi-AgEIcHlwaS5vcmcCJD" + r.s(8, B64URL) + r.s(140, B64URL)),
    "docker.pat": ("docker", lambda r: "dckr_pat_" + r.s(27, B64URL)),
    "nuget.api_key": ("nuget", lambda r: "oy2" + r.s(43, LALNUM)),
    "rubygems.api_key": ("rubygems", lambda r: "rubygems_" + r.hex(48)),
    "cratesio.token": ("cratesio", lambda r: "cio" + r.s(32, ALNUM)),
    "hexpm.api_key": ("hexpm", lambda r: r.hex(32)),
    "clojars.token": ("clojars", lambda r: "CLOJARS_" + r.hex(60)),
    "jfrog.reference_token": ("jfrog", lambda r: "cmVmdGtuOjAxOj" + r.s(50, ALNUM)),
    "jfrog.api_key": ("jfrog", lambda r: "AKCp" + r.s(69, ALNUM)),
    "cloudsmith.api_key": ("cloudsmith", lambda r: r.hex(40)),
    "buildkite.token": ("buildkite", lambda r: "bkua_" + r.hex(40)),
    "circleci.pat": ("circleci", lambda r: "CCIPAT_" + r.s(22, ALNUM) + "_" + r.hex(40)),
    "circleci.project_token": ("circleci", lambda r: r.hex(40)),
    "codecov.token": ("codecov", lambda r: r.uuid()),
    "sonarqube.user_token": ("sonarqube", lambda r: "squ_" + r.hex(40)),
    "sonarcloud.token": ("sonarcloud", lambda r: r.hex(40)),
    "jenkins.api_token": ("jenkins", lambda r: "11" + r.hex(32)),
    "teamcity.token": ("teamcity", teamcity),
    "octopusdeploy.api_key": ("octopusdeploy", lambda r: "API-" + r.s(27, UALNUM)),
    "harness.pat": ("harness", lambda r: "pat.%s.%s.%s" % (r.s(22, B64URL), r.hex(24), r.s(20, ALNUM))),
    "drone.token": ("drone", lambda r: r.s(32, ALNUM)),
    "travisci.token": ("travisci", lambda r: r.s(22, B64URL)),
    "snyk.token": ("snyk", lambda r: r.uuid()),
    "sourcegraph.token": ("sourcegraph", lambda r: "sgp_" + r.hex(16) + "_" + r.hex(40)),
    "gitbook.token": ("gitbook", lambda r: "gb_api_" + r.s(40, ALNUM)),
    "gitea.token": ("gitea", lambda r: r.hex(40)),
    "bitwarden.access_token": ("bitwarden", lambda r: "0.%s.%s:%s" % (r.uuid(), r.s(30, ALNUM), r.b64(16))),
    "onepassword.service_account": ("onepassword", onepassword_sa),
    "doppler.service_token": ("doppler", lambda r: "dp.st.prd." + r.s(43, ALNUM)),
    "doppler.personal": ("doppler", lambda r: "dp.pt." + r.s(43, ALNUM)),
    "vault.service_token": ("vault", lambda r: "hvs." + r.s(24, B64URL)),
    "vault.batch_token": ("vault", lambda r: "hvb." + r.s(138, B64URL)),
    "infisical.service_token": ("infisical", lambda r: "st.%s.%s.%s" % (r.uuid(), r.hex(32), r.hex(32))),
    "terraform.api_token": ("terraform", lambda r: r.s(14, ALNUM) + ".atlasv1." + r.s(67, ALNUM)),
    "pulumi.token": ("pulumi", lambda r: "pul-" + r.hex(40)),
    "grafana.service_account": ("grafana", lambda r: "glsa_" + r.s(32, ALNUM) + "_" + r.hex(8)),
    "grafana.cloud": ("grafana", grafana_cloud),
    "tailscale.auth_key": ("tailscale", lambda r: "tskey-auth-k" + r.s(10, ALNUM) + "CNTRL-" + r.s(33, ALNUM)),
    "tailscale.api_key": ("tailscale", lambda r: "tskey-api-k" + r.s(10, ALNUM) + "CNTRL-" + r.s(33, ALNUM)),
    "ngrok.authtoken": ("ngrok", lambda r: "2" + r.s(26, ALNUM) + "_" + r.s(21, ALNUM)),
    "flyio.token": ("flyio", lambda r: "FlyV1 fm2_" + r.s(280, B64) + "," + "fm2_" + r.s(200, B64)),
    "render.api_key": ("render", lambda r: "rnd_" + r.s(32, ALNUM)),
    "railway.token": ("railway", lambda r: r.uuid()),
    "heroku.api_key": ("heroku", lambda r: r.uuid()),
    "heroku.api_key_new": ("heroku", lambda r: "HRKU-AA" + r.s(58, B64URL)),
    "vercel.token_legacy": ("vercel", lambda r: r.s(24, ALNUM)),
    "vercel.pat": ("vercel", lambda r: "vcp_" + r.s(56, ALNUM)),
    "netlify.pat": ("netlify", lambda r: "nfp_" + r.s(36, ALNUM)),
    "cloudflare.api_token": ("cloudflare", lambda r: r.s(40, B64URL)),
    "cloudflare.global_key": ("cloudflare", lambda r: r.hex(37)),
    "cloudflare.origin_ca": ("cloudflare", lambda r: "v1.0-" + r.hex(24) + "-" + r.hex(146)),
    "fastly.token": ("fastly", lambda r: r.s(32, B64URL)),
    "akamai.client_secret": ("akamai", lambda r: r.b64(32)),
    "kubernetes.sa_token": ("kubernetes", lambda r: jwt(r, {"iss": "kubernetes/serviceaccount",
                            "kubernetes.io/serviceaccount/namespace": "ci", "kubernetes.io/serviceaccount/secret.name":
                            "deployer-token-" + r.s(5, LALNUM), "sub": "system:serviceaccount:ci:deployer"},
                            {"alg": "RS256", "kid": r.s(43, B64URL)})),
    "rancher.token": ("rancher", lambda r: "token-" + r.s(5, LALNUM) + ":" + r.s(54, LALNUM)),
    "openshift.token": ("openshift", lambda r: "sha256~" + r.s(43, B64URL)),
    "portainer.token": ("portainer", lambda r: "ptr_" + r.s(43, B64URL)),
    "consul.token": ("consul", lambda r: r.uuid()),
    "nomad.token": ("nomad", lambda r: r.uuid()),
    # Chat and messaging
    "slack.bot_token": ("slack", lambda r: "xoxb-%s-%s-%s" % (r.digits(12), r.digits(13), r.s(24, ALNUM))),
    "slack.user_token": ("slack", lambda r: "xoxp-%s-%s-%s-%s" % (r.digits(12), r.digits(12), r.digits(13), r.hex(32))),
    "slack.app_token": ("slack", lambda r: "xapp-1-A%s-%s-%s" % (r.s(10, UALNUM), r.digits(13), r.hex(64))),
    "slack.webhook": ("slack", lambda r: "https://hooks.slack.com/services/T%s/B%s/%s" % (
        r.s(8, UALNUM), r.s(10, UALNUM), r.s(24, ALNUM))),
    "slack.signing_secret": ("slack", lambda r: r.hex(32)),
    "discord.bot_token": ("discord", lambda r: "%s.%s.%s" % (
        b64url_nopad(str(r.int(10 ** 17, 13 * 10 ** 17)).encode()), r.s(6, B64URL), r.s(38, B64URL))),
    "discord.webhook": ("discord", lambda r: "https://discord.com/api/webhooks/%s/%s" % (r.digits(19), r.s(68, B64URL))),
    "telegram.bot_token": ("telegram", lambda r: "%s:AA%s" % (r.digits(10), r.s(33, B64URL))),
    "microsoftteams.webhook": ("microsoftteams", lambda r: "https://contoso%s.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s/V2%s" % (
        r.s(3, LALNUM), r.uuid(), r.uuid(), r.hex(32), r.uuid(), r.s(43, B64URL))),
    "googlechat.webhook": ("googlechat", lambda r: "https://chat.googleapis.com/v1/spaces/AAAA%s/messages?key=AIzaSyDdI0hCZtE6vySjMm-WEfRq3CPzqKqqsHI&token=%s" % (
        r.s(7, B64URL), r.s(43, B64URL) + "%3D")),
    "twilio.auth_token": ("twilio", lambda r: r.hex(32)),
    "twilio.api_key_secret": ("twilio", lambda r: r.s(32, ALNUM)),
    "vonage.api_secret": ("vonage", lambda r: r.s(16, ALNUM)),
    "plivo.auth_token": ("plivo", lambda r: r.s(40, ALNUM)),
    "telnyx.api_key": ("telnyx", lambda r: "KEY" + r.s(32, UHEX) + "_" + r.s(22, ALNUM)),
    "messagebird.access_key": ("messagebird", lambda r: r.s(25, ALNUM)),
    "infobip.api_key": ("infobip", lambda r: r.hex(32) + "-" + r.uuid()),
    "sendbird.api_token": ("sendbird", lambda r: r.hex(40)),
    "pusher.secret": ("pusher", lambda r: r.hex(20)),
    "ably.api_key": ("ably", lambda r: "%s.%s:%s" % (r.s(6, ALNUM), r.s(6, ALNUM), r.s(43, B64URL))),
    "pubnub.secret_key": ("pubnub", lambda r: "sec-c-" + r.s(48, ALNUM)),
    "onesignal.rest_key": ("onesignal", lambda r: "os_v2_app_" + r.s(113, "abcdefghijklmnopqrstuvwxyz234567")),
    "webex.token": ("webex", lambda r: r.s(64, ALNUM) + "_PF84_" + r.uuid()),
    "line.channel_token": ("line", lambda r: r.s(171, ALNUM + "+/") + "="),
    # Email
    "sendgrid.api_key": ("sendgrid", lambda r: "SG.%s.%s" % (r.s(22, B64URL), r.s(43, B64URL))),
    "mailgun.api_key": ("mailgun", lambda r: "%s-%s-%s" % (r.hex(32), r.hex(8), r.hex(8))),
    "mailgun.legacy_key": ("mailgun", lambda r: "key-" + r.hex(32)),
    "mailchimp.api_key": ("mailchimp", lambda r: r.hex(32) + "-us" + str(r.int(2, 21))),
    "mandrill.api_key": ("mandrill", lambda r: "md-" + r.s(22, B64URL)),
    "postmark.server_token": ("postmark", lambda r: r.uuid()),
    "mailjet.secret": ("mailjet", lambda r: r.hex(32)),
    "brevo.api_key": ("brevo", lambda r: "xkeysib-" + r.hex(64) + "-" + r.s(16, ALNUM)),
    "sparkpost.api_key": ("sparkpost", lambda r: r.hex(40)),
    "mailersend.token": ("mailersend", lambda r: "mlsn." + r.hex(64)),
    "smtp2go.api_key": ("smtp2go", lambda r: "api-" + r.s(32, UHEX)),
    "resend.api_key": ("resend", lambda r: "re_" + r.s(8, ALNUM) + "_" + r.s(24, ALNUM)),
    # Payments and finance
    "stripe.secret_live": ("stripe", lambda r: "sk_live_51" + r.s(97, ALNUM)),
    "stripe.restricted_live": ("stripe", lambda r: "rk_live_51" + r.s(97, ALNUM)),
    "stripe.webhook_secret": ("stripe", lambda r: "whsec_" + r.s(32, ALNUM)),
    "square.access_token": ("square", lambda r: "EAAA" + r.s(60, B64URL)),
    "square.app_secret": ("square", lambda r: "sq0csp-" + r.s(43, B64URL)),
    "braintree.access_token": ("braintree", lambda r: "access_token$production$%s$%s" % (r.s(16, LALNUM), r.hex(32))),
    "paypal.client_secret": ("paypal", lambda r: "E" + r.s(79, B64URL)),
    "adyen.api_key": ("adyen", lambda r: "AQE" + r.s(12, ALNUM) + "+" + r.s(60, ALNUM + "+/") + "=-" + r.s(43, B64) + "=-" + r.s(24, ALNUM)),
    "razorpay.key_secret": ("razorpay", lambda r: r.s(24, ALNUM)),
    "paystack.secret_key": ("paystack", lambda r: "sk_live_" + r.hex(40)),
    "flutterwave.secret_key": ("flutterwave", lambda r: "FLWSECK-" + r.hex(32) + "-X"),
    "mollie.api_key": ("mollie", lambda r: "live_" + r.s(30, ALNUM)),
    "gocardless.token": ("gocardless", lambda r: "live_" + r.s(40, B64URL)),
    "plaid.secret": ("plaid", lambda r: r.hex(30)),
    "plaid.access_token": ("plaid", lambda r: "access-production-" + r.uuid()),
    "coinbase.cdp_key": ("coinbase", ec_key),
    "binance.secret": ("binance", lambda r: r.s(64, ALNUM)),
    "kraken.private_key": ("kraken", lambda r: r.b64(64)),
    "wise.token": ("wise", lambda r: r.uuid()),
    "mercury.token": ("mercury", lambda r: "secret-token:mercury_production_rma_%s_yrucrem" % r.s(44, ALNUM)),
    "paddle.api_key": ("paddle", lambda r: "pdl_live_apikey_" + r.s(26, LALNUM) + "_" + r.s(27, B64URL)),
    "chargebee.api_key": ("chargebee", lambda r: "live_" + r.s(34, ALNUM)),
    "checkoutcom.secret_key": ("checkoutcom", lambda r: "sk_" + r.s(26, "abcdefghijklmnopqrstuvwxyz234567")),
    "recurly.api_key": ("recurly", lambda r: r.hex(32)),
    "authorizenet.transaction_key": ("authorizenet", lambda r: r.s(16, ALNUM)),
    "duffel.token": ("duffel", lambda r: "duffel_live_" + r.s(43, B64URL)),
    "woocommerce.consumer_secret": ("woocommerce", lambda r: "cs_" + r.hex(40)),
    "shopify.admin_token": ("shopify", lambda r: "shpat_" + r.hex(32)),
    "shopify.shared_secret": ("shopify", lambda r: "shpss_" + r.hex(32)),
    "shopify.custom_app": ("shopify", lambda r: "shpca_" + r.hex(32)),
    "easypost.api_key": ("easypost", lambda r: "EZAK" + r.s(54, ALNUM)),
    "shippo.token": ("shippo", lambda r: "shippo_live_" + r.hex(40)),
    # AI
    "openai.project_key": ("openai", lambda r: openai_proj(r)),
    "openai.service_account": ("openai", lambda r: openai_proj(r, "svcacct")),
    "openai.admin_key": ("openai", lambda r: openai_proj(r, "admin")),
    "anthropic.api_key": ("anthropic", lambda r: "sk-ant-api03-" + r.s(93, B64URL) + "AA"),
    "anthropic.admin_key": ("anthropic", lambda r: "sk-ant-admin01-" + r.s(93, B64URL) + "AA"),
    "huggingface.token": ("huggingface", lambda r: "hf_" + r.s(34, LOWER + UPPER)),
    "replicate.token": ("replicate", lambda r: "r8_" + r.s(37, ALNUM)),
    "groq.api_key": ("groq", lambda r: "gsk_" + r.s(52, ALNUM)),
    "perplexity.api_key": ("perplexity", lambda r: "pplx-" + r.s(48, ALNUM)),
    "xai.api_key": ("xai", lambda r: "xai-" + r.s(80, ALNUM)),
    "openrouter.api_key": ("openrouter", lambda r: "sk-or-v1-" + r.hex(64)),
    "nvidia.api_key": ("nvidia", lambda r: "nvapi-" + r.s(64, B64URL)),
    "deepseek.api_key": ("deepseek", lambda r: "sk-" + r.hex(32)),
    "mistral.api_key": ("mistral", lambda r: r.s(32, ALNUM)),
    "cohere.api_key": ("cohere", lambda r: r.s(40, ALNUM)),
    "pinecone.api_key": ("pinecone", lambda r: "pcsk_" + r.s(5, ALNUM) + "_" + r.s(63, ALNUM)),
    "langsmith.pat": ("langsmith", lambda r: "lsv2_pt_" + r.hex(32) + "_" + r.hex(10)),
    "langfuse.secret_key": ("langfuse", lambda r: "sk-lf-" + r.uuid()),
    "wandb.api_key": ("wandb", lambda r: r.hex(40)),
    "databricks.token": ("databricks", lambda r: "dapi" + r.hex(32)),
    "cerebras.api_key": ("cerebras", lambda r: "csk-" + r.s(48, LALNUM)),
    "fireworks.api_key": ("fireworks", lambda r: "fw_" + r.s(24, ALNUM)),
    "togetherai.api_key": ("togetherai", lambda r: r.hex(64)),
    "e2b.api_key": ("e2b", lambda r: "e2b_" + r.hex(40)),
    "firecrawl.api_key": ("firecrawl", lambda r: "fc-" + r.hex(32)),
    "tavily.api_key": ("tavily", lambda r: "tvly-" + r.s(32, ALNUM)),
    "elevenlabs.api_key": ("elevenlabs", lambda r: "sk_" + r.hex(48)),
    "deepgram.api_key": ("deepgram", lambda r: r.hex(40)),
    "assemblyai.api_key": ("assemblyai", lambda r: r.hex(32)),
    "jina.api_key": ("jina", lambda r: "jina_" + r.s(60, ALNUM)),
    "voyageai.api_key": ("voyageai", lambda r: "pa-" + r.s(43, B64URL)),
    "llamacloud.api_key": ("llamacloud", lambda r: "llx-" + r.s(48, ALNUM)),
    "modal.token_secret": ("modal", lambda r: "as-" + r.s(22, ALNUM)),
    "serpapi.api_key": ("serpapi", lambda r: r.hex(64)),
    "anyscale.api_key": ("anyscale", lambda r: "esecret_" + r.s(26, LALNUM)),
    # Data
    "snowflake.password": ("snowflake", lambda r: r.s(20, ALNUM + "!#%")),
    "mongodb.password": ("mongodb", lambda r: r.s(18, ALNUM)),
    "planetscale.password": ("planetscale", lambda r: "pscale_pw_" + r.s(43, ALNUM + "_")),
    "planetscale.token": ("planetscale", lambda r: "pscale_tkn_" + r.s(43, ALNUM + "_")),
    "supabase.secret_key": ("supabase", lambda r: "sb_secret_" + r.s(31, B64URL)),
    "supabase.access_token": ("supabase", lambda r: "sbp_" + r.hex(40)),
    "neon.api_key": ("neon", lambda r: "napi_" + r.s(64, LALNUM)),
    "upstash.rest_token": ("upstash", lambda r: "A" + r.s(3, UALNUM) + "AAIncD" + r.s(64, B64URL)),
    "confluent.api_secret": ("confluent", lambda r: r.s(64, ALNUM + "+/")),
    "elastic.api_key": ("elastic", lambda r: r.b64(40).rstrip("=")),
    "influxdb.token": ("influxdb", lambda r: r.s(86, B64URL) + "=="),
    "airtable.pat": ("airtable", lambda r: "pat" + r.s(14, ALNUM) + "." + r.hex(64)),
    "xata.api_key": ("xata", lambda r: "xau_" + r.s(32, ALNUM)),
    "tinybird.token": ("tinybird", lambda r: "p." + jwt(r, {"u": r.uuid(), "id": r.uuid(), "host": "gcp-europe-west3"}).split(".", 1)[1]),
    "prefect.api_key": ("prefect", lambda r: "pnu_" + r.s(36, ALNUM)),
    "dbtcloud.token": ("dbtcloud", lambda r: "dbtc_" + r.s(50, B64URL)),
    "convex.deploy_key": ("convex", lambda r: "prod:%s-%s-%s|%s" % (r.pick(["happy", "brave", "quiet"]), r.pick(["otter", "heron", "lynx"]), r.digits(3), r.s(80, ALNUM + "="))),
    # Observability
    "sentry.org_token": ("sentry", sentry_org),
    "sentry.user_token": ("sentry", lambda r: "sntryu_" + r.hex(64)),
    "datadog.api_key": ("datadog", lambda r: r.hex(32)),
    "datadog.app_key": ("datadog", lambda r: r.hex(40)),
    "newrelic.user_key": ("newrelic", lambda r: "NRAK-" + r.s(27, UALNUM)),
    "newrelic.license_key": ("newrelic", lambda r: r.hex(36) + "NRAL"),
    "newrelic.insert_key": ("newrelic", lambda r: "NRII-" + r.s(32, B64URL)),
    "dynatrace.token": ("dynatrace", lambda r: "dt0c01.%s.%s" % (r.s(24, UALNUM), r.s(64, UALNUM))),
    "sumologic.access_key": ("sumologic", lambda r: r.s(64, ALNUM)),
    "splunk.hec_token": ("splunk", lambda r: r.uuid().upper()),
    "honeycomb.api_key": ("honeycomb", lambda r: r.s(22, ALNUM)),
    "bugsnag.api_key": ("bugsnag", lambda r: r.hex(32)),
    "rollbar.token": ("rollbar", lambda r: r.hex(32)),
    "pagerduty.api_key": ("pagerduty", lambda r: "u+" + r.s(18, B64URL)),
    "opsgenie.api_key": ("opsgenie", lambda r: r.uuid()),
    "launchdarkly.api_token": ("launchdarkly", lambda r: "api-" + r.uuid()),
    "launchdarkly.sdk_key": ("launchdarkly", lambda r: "sdk-" + r.uuid()),
    "posthog.personal_key": ("posthog", lambda r: "phx_" + r.s(43, ALNUM)),
    "mixpanel.service_secret": ("mixpanel", lambda r: r.s(32, ALNUM)),
    "papertrail.token": ("papertrail", lambda r: r.s(20, ALNUM)),
    "uptimerobot.api_key": ("uptimerobot", lambda r: "u%s-%s" % (r.digits(7), r.hex(24))),
    "browserstack.access_key": ("browserstack", lambda r: r.s(20, ALNUM)),
    "saucelabs.access_key": ("saucelabs", lambda r: r.uuid()),
    "cypress.record_key": ("cypress", lambda r: r.uuid()),
    # SaaS
    "atlassian.api_token": ("atlassian", lambda r: "ATATT3xFfGF0" + r.s(171, B64URL) + "=" + r.s(8, UHEX)),
    "okta.api_token": ("okta", lambda r: "00" + r.s(40, B64URL)),
    "auth0.client_secret": ("auth0", lambda r: r.s(64, B64URL)),
    "postman.api_key": ("postman", lambda r: "PMAK-" + r.hex(24) + "-" + r.hex(34)),
    "figma.pat": ("figma", lambda r: "figd_" + r.s(40, B64URL)),
    "linear.api_key": ("linear", lambda r: "lin_api_" + r.s(40, ALNUM)),
    "notion.token": ("notion", lambda r: "ntn_" + r.digits(11) + r.s(35, ALNUM)),
    "notion.secret_legacy": ("notion", lambda r: "secret_" + r.s(43, ALNUM)),
    "asana.pat": ("asana", lambda r: "2/%s/%s:%s" % (r.digits(16), r.digits(16), r.hex(32))),
    "clickup.token": ("clickup", lambda r: "pk_%s_%s" % (r.digits(8), r.s(32, UALNUM))),
    "trello.token": ("trello", lambda r: "ATTA" + r.hex(64) + r.s(8, UHEX)),
    "todoist.token": ("todoist", lambda r: r.hex(40)),
    "typeform.token": ("typeform", lambda r: "tfp_" + r.s(44, B64URL) + "_" + r.s(14, ALNUM)),
    "contentful.pat": ("contentful", lambda r: "CFPAT-" + r.s(43, B64URL)),
    "sanity.token": ("sanity", lambda r: "sk" + r.s(180, ALNUM)),
    "webflow.token": ("webflow", lambda r: r.hex(64)),
    "shortcut.token": ("shortcut", lambda r: r.uuid()),
    "zendesk.api_token": ("zendesk", lambda r: r.s(40, ALNUM)),
    "freshdesk.api_key": ("freshdesk", lambda r: r.s(20, ALNUM)),
    "pipedrive.token": ("pipedrive", lambda r: r.hex(40)),
    "intercom.token": ("intercom", lambda r: "dG9rOj" + r.s(54, B64) + "="),
    "klaviyo.private_key": ("klaviyo", lambda r: "pk_" + r.hex(34)),
    "salesforce.access_token": ("salesforce", lambda r: "00D%s!AQ%s" % (r.s(12, ALNUM), r.s(94, ALNUM + "._"))),
    "salesforce.consumer_secret": ("salesforce", lambda r: r.s(64, UHEX)),
    "zoho.refresh_token": ("zoho", lambda r: "1000.%s.%s" % (r.hex(32), r.hex(32))),
    "zoom.client_secret": ("zoom", lambda r: r.s(32, ALNUM)),
    "calendly.pat": ("calendly", lambda r: jwt(r, {"iss": "https://auth.calendly.com", "iat": 1767225600, "jti": r.uuid(),
                                                   "user_uuid": r.uuid()}, {"kid": "1ce1e136", "typ": "PAT", "alg": "ES512"})),
    "dropbox.token": ("dropbox", lambda r: "sl.u." + r.s(140, B64URL)),
    "box.client_secret": ("box", lambda r: r.s(32, ALNUM)),
    "algolia.admin_key": ("algolia", lambda r: r.hex(32)),
    "mapbox.secret": ("mapbox", lambda r: mapbox(r, "sk")),
    "twitch.client_secret": ("twitch", lambda r: r.s(30, LALNUM)),
    "twitter.bearer": ("twitter", lambda r: "AAAAAAAAAAAAAAAAAAAAA" + r.s(25, ALNUM) + "%3D" + r.s(50, ALNUM)),
    "twitter.consumer_secret": ("twitter", lambda r: r.s(50, ALNUM)),
    "facebook.access_token": ("facebook", lambda r: "EAA" + r.s(1, "BGI") + r.s(180, ALNUM)),
    "facebook.app_secret": ("facebook", lambda r: r.hex(32)),
    "linkedin.client_secret": ("linkedin", lambda r: "WPL_AP1." + r.s(16, ALNUM) + "." + r.s(8, B64) + "=="),
    "spotify.client_secret": ("spotify", lambda r: r.hex(32)),
    "reddit.client_secret": ("reddit", lambda r: r.s(30, B64URL)),
    "steam.api_key": ("steam", lambda r: r.s(32, UHEX)),
    "roblox.cookie": ("roblox", lambda r: "_|WARNING:-DO-NOT-SHARE-THIS.--Sharing-this-will-allow-someone-to-log-in-as-you-and-to-steal-your-ROBUX-and-items.|_" + r.s(600, UHEX)),
    "shodan.api_key": ("shodan", lambda r: r.s(32, ALNUM)),
    "virustotal.api_key": ("virustotal", lambda r: r.hex(64)),
    "crowdstrike.client_secret": ("crowdstrike", lambda r: r.s(40, ALNUM)),
    "tenable.secret_key": ("tenable", lambda r: r.hex(64)),
    "duo.secret_key": ("duo", lambda r: r.s(40, ALNUM)),
    "jumpcloud.api_key": ("jumpcloud", lambda r: "jca_" + r.s(36, ALNUM)),
    "kong.pat": ("kong", lambda r: "kpat_" + r.s(46, ALNUM)),
    "ghost.admin_key": ("ghost", lambda r: r.hex(24) + ":" + r.hex(64)),
    "deno.token": ("deno", lambda r: "ddp_" + r.s(36, ALNUM)),
    "zapier.webhook": ("zapier", lambda r: "https://hooks.zapier.com/hooks/catch/%s/%s/" % (r.digits(7), r.s(7, LALNUM))),
    "ifttt.key": ("ifttt", lambda r: r.s(22, B64URL)),
    "bitly.token": ("bitly", lambda r: r.hex(40)),
    "segment.write_key_server": ("segment", lambda r: r.s(32, ALNUM)),
    "customerio.app_key": ("customerio", lambda r: r.hex(32)),
    "braze.api_key": ("braze", lambda r: r.uuid()),
    "calcom.api_key": ("calcom", lambda r: "cal_live_" + r.hex(32)),
    "smartsheet.token": ("smartsheet", lambda r: r.s(37, ALNUM)),
    "coda.token": ("coda", lambda r: r.uuid()),
    "jotform.api_key": ("jotform", lambda r: r.hex(32)),
    "activecampaign.api_key": ("activecampaign", lambda r: r.hex(72)),
    "convertkit.secret": ("convertkit", lambda r: r.s(43, B64URL)),
    # Frameworks, generic
    "rails.master_key": ("rails", lambda r: r.hex(32)),
    "rails.secret_key_base": ("rails", lambda r: r.hex(128)),
    "laravel.app_key": ("laravel", lambda r: "base64:" + r.b64(32)),
    "age.secret_key": ("age", lambda r: "AGE-SECRET-KEY-1" + r.s(58, BECH32)),
    "jwt.hs256": ("jwt", lambda r: jwt(r, {"sub": r.uuid(), "role": "admin", "iat": 1767225600, "exp": 1893456000})),
    "generic.password": ("generic", lambda r: r.s(6, ALNUM) + r.pick("!#%*-_.") + r.s(9, ALNUM)),
    "generic.secret": ("generic", lambda r: r.s(40, ALNUM)),
    "generic.hex_secret": ("generic", lambda r: r.hex(64)),
    "generic.fernet": ("generic", lambda r: r.b64url(32) + "="),
    "generic.wp_salt": ("generic", lambda r: r.s(64, ALNUM + "!#$%&()*+,-./:;<=>?@[]^_{|}~")),
    "generic.django_secret": ("generic", lambda r: r.s(50, LALNUM + "!@#$%^&*(-_=+)")),
}
