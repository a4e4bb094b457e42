region = "eu-west-1"

duffel_access_token = "duffel_live_G7otxtEfBLoIV2NFOLA237zctk8qgF-cy-08nkb9LWt"
duffel_offer_id = "off_PKGtHzYf5Al9xwyOhmE6M4"
duffel_version = "v2"
duffel_access_token_sha256 = "c1f08e89e7f9baa81a7f2facb2f1c55862cd4f47e619b59fa4b6dce126672115"
duffel_access_token_example = "$(DUFFEL_ACCESS_TOKEN)"
# duffel_access_token = set via TF_VAR_ in CI
