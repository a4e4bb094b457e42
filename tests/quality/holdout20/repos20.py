"""repos/: each project kind of tmpl20a/b written for one or two projects (fernhill, quokka) with fresh
values, plus decoy-heavy files and repos/hubspot/ (hubspot20.py)."""
from vals20 import R, rs, hx, uuid, password
import keys20 as K
import hubspot20
from tmpl20a import TEMPLATES_A
from tmpl20b import TEMPLATES_B
from tmpl20c import TEMPLATES_C

PROJECTS = ["fernhill", "quokka"]


def env_example(d, p):
    return ("# copy to .env and fill in; nothing here is real\n"
            "AWS_ACCESS_KEY_ID=%s\n" % d.dec("aws", "docs_example", "AKIAIOSFODNN7EXAMPLE") +
            "AWS_SECRET_ACCESS_KEY=%s\n" % d.dec("aws", "docs_example", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY") +
            "STRIPE_SECRET_KEY=%s\n" % d.dec("stripe", "sequential_filler", "sk_live_" + "0123456789abcdefghijklmnopqrstuvwxyz"[:24]) +
            "GITHUB_TOKEN=%s\n" % d.dec("github", "placeholder", "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx") +
            "DATABASE_URL=%s\n" % d.dec("postgres", "placeholder_url", "postgres://user:password@localhost:5432/app") +
            "SLACK_WEBHOOK_URL=%s\n" % d.dec("slack", "env_reference", "${SLACK_WEBHOOK_URL}") +
            "OPENAI_API_KEY=%s\n" % d.dec("openai", "masked", "sk-proj-****************************AbCd") +
            "SESSION_SECRET=%s\n" % d.dec("generic", "placeholder", "generate-with-openssl-rand-hex-32") +
            "ADMIN_PASSWORD=%s\n" % d.dec("generic", "placeholder", "<choose a password>") +
            "TWILIO_ACCOUNT_SID=%s\n" % d.dec("twilio", "account_sid", K.twilio_sid()) +
            "MAPBOX_TOKEN=%s\n" % d.dec("mapbox", "public_token", K.mapbox_pk()))


def fixtures(d, p):
    return ("# tests/fixtures/fake_credentials.py -- FAKE values for the redaction tests; not real, never valid\n"
            "FAKE_PASSWORD = \"%s\"\n" % d.dec("generic", "test_fixture", "hunter2") +
            "FAKE_TOKEN = \"%s\"\n" % d.dec("generic", "test_fixture", "test-token-not-real") +
            "UUID_FIXTURE = \"%s\"\n" % d.dec("generic", "uuid", uuid()) +
            "HASHED = \"%s\"\n" % d.dec("generic", "bcrypt_hash", K.bcrypt()) +
            "CHECKSUM = \"%s\"\n" % d.dec("generic", "sha256_checksum", K.sha256()) +
            "def test_redacts():\n    assert redact(\"password=%s\") == \"password=***\"\n" % d.dec("generic", "test_fixture", "secret123"))


def lockfile(d, p):
    lines = ["# yarn lockfile v1", ""]
    for name in ("left-pad", "ms", "debug"):
        lines.append("%s@^1.0.0:\n  version \"1.%d.0\"\n  resolved \"https://registry.yarnpkg.com/%s/-/%s-1.0.0.tgz#%s\"\n  integrity %s\n" % (
            name, R.randrange(9), name, name, d.dec("npm", "sha1_checksum", hx(40)), d.dec("npm", "sri_hash", "sha512-" + __import__("vals20").b64_bytes(64))))
    return "\n".join(lines)


def build(Doc):
    out = []
    for kind, path, fn, n in TEMPLATES_A + TEMPLATES_B + TEMPLATES_C:
        for p in PROJECTS[:n]:
            d = Doc("repos/%s/%s" % (p, path), "repos", kind)
            out.append((d, fn(d, p)))
    for p in PROJECTS:
        for kind, path, fn in (("env-example", ".env.example", env_example), ("test-fixtures", "tests/fixtures/fake_credentials.py", fixtures)):
            d = Doc("repos/%s/%s" % (p, path), "repos", kind)
            out.append((d, fn(d, p)))
    d = Doc("repos/fernhill/yarn.lock", "repos", "lockfile")
    out.append((d, lockfile(d, "fernhill")))
    out += hubspot20.build(Doc)
    return out
