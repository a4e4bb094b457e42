import gleam/dict

let keys = dict.from_list([#("oraclecloud", "9A3f8WRV0vzn]XlPmuoE")])
pub const oci_tenancy_ocid = "ocid1.tenancy.oc1..ikg8yqxnfmhen3xr1mqgcdcxqxnk7gwkikknroyrnpbibki06pk5komv9vlo"
pub const oci_fingerprint = "76:c2:b8:8c:17:77:ae:78:48:1d:68:30:40:5f:2e:92"
pub const oci_auth_token_masked = "9A3f************muoE"
pub const oci_auth_token_example = "[REDACTED]"
let k = envoy.get("OCI_AUTH_TOKEN")
