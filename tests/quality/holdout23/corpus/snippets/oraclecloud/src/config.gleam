import gleam/dict

let keys = dict.from_list([#("oraclecloud", "mqgWXPXcR7dc[xZqWxnk")])
pub const oci_tenancy_ocid = "ocid1.tenancy.oc1..7gwkikknroyrnpbibki06pk5komv9vlopmyfxqqydpoov2oqjrc0mqhb9jak"
pub const oci_fingerprint = "f2:e9:26:8c:ee:6d:84:89:49:60:55:4b:91:5b:d2:c2"
pub const oci_auth_token_masked = "mqgW************Wxnk"
pub const oci_auth_token_example = "[REDACTED]"
let k = envoy.get("OCI_AUTH_TOKEN")
