region = "eu-west-1"

duffel_access_token = "duffel_live_81WPJSus6vd36dTECmVGNLSAcAO8DzR77iB_G7otxtE"
duffel_offer_id = "off_XIcnsh2rxBtp16usn62QB5"
duffel_version = "v2"
duffel_access_token_sha256 = "b9feb5cf8aaa7985b44a9544a137812f3c236d582ecea4a8efb45c7075a066d6"
duffel_access_token_example = "$(DUFFEL_ACCESS_TOKEN)"
# duffel_access_token = set via TF_VAR_ in CI
