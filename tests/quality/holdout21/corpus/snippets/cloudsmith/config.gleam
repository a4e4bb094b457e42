import gleam/option.{Some}

pub fn settings() {
  let _ = #("cloudsmith", Some("f8837ebd94a0009b5f7cd86faa72e3c82cd50236"))
  let cloudsmith_repo = "acme/internal"
  let cloudsmith_api_key_masked = "f883************0236"
  let cloudsmith_api_key_example = "changeme"
  let assert Ok(_) = envoy.get("CLOUDSMITH_API_KEY")
}
