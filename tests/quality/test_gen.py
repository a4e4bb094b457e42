#!/usr/bin/env python3
"""Checks of gen.py's placement helpers: a structured secret keeps its
carrier, a name comes from the example as written. Run by `make quality`."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen  # noqa: E402


def check(got, want, what):
    if got != want:
        print("test_gen: %s: got %r, want %r" % (what, got, want))
        sys.exit(1)


# the value around the secret, less its NAME=, but never a URL's scheme
check(gen.carrier("DATABASE_URL=postgres://u:pw123456@db/x\n", "pw123456"),
      ("postgres://u:pw123456@db/x", "DATABASE_URL="), "URL carrier")
check(gen.carrier('engine = create_engine("snowflake://l:pw123456@acct/DB")', "pw123456")[0],
      "snowflake://l:pw123456@acct/DB", "scheme kept")
# a cookie is its name and value
check(gen.carrier('curl -b "_gitlab_session=abc123def" https://x\n', "abc123def")[0],
      "_gitlab_session=abc123def", "cookie carrier")
# a connection string is cut at ';' to the part that holds the secret
check(gen.carrier("Endpoint=https://a/;SharedAccessSignature=sv=1&sig=SIG\n", "SIG")[0],
      "sv=1&sig=SIG", "SAS carrier")

# names keep '-'; a key/value pair names the secret by its key
check(gen.var_name("    client-key-data: LS0tX\n", "LS0tX", "kubernetes"), "client-key-data",
      "hyphenated name")
check(gen.var_name('{"key": "algoliaAdminApiKey", "value": "S3CR3T"}', "S3CR3T", "algolia"),
      "algoliaAdminApiKey", "key/value pair")
check(gen.var_name("env:\n  - name: PREFECT_API_KEY\n    value: pnb_X\n", "pnb_X", "prefect"),
      "PREFECT_API_KEY", "Kubernetes env entry")
check(gen.var_name("kubeadm join --token abc.def", "abc.def", "kubernetes"),
      "KUBERNETES_API_KEY", "no name: the provider's")

# a structured value is never handed over as a bearer token or a URL query
shapes = [p[0] for p in gen.structured_placements(
    "url-credentials", "url", "DATABASE_URL=postgres://u:pw123456@db/x\n", ".env", "pw123456", 0)]
check(len(shapes), 9, "nine placements")
check(sorted(set(shapes) & gen.VALUE_DESTROYED_BY), [], "no shape that destroys the value")
print("test_gen: ok")
