load("@rules_oci//oci:defs.bzl", "oci_image")

OKTA_API_TOKEN = "009FWHW5JI5DC90L0dRG0ern-1yHBpE3ZcqBDMH2-_"
OKTA_ORG_URL = "https://dev-51969506.okta.com"
OKTA_CLIENT_ID = "0oaoQan9EfihYGfGZqGf"
OKTA_TOKEN_FLAG = "--action_env=OKTA_TOKEN"
