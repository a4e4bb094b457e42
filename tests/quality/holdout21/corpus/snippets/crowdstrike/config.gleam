import gleam/option.{Some}

pub fn settings() {
  let falcon_client_secret = "bCNeA72LtNL1B4S8ADwOt5Y6XsTj6Hza0PMZufey"
  let falcon_client_id = "035f7ea2c32eb2fb5eae5601bff571af"
  let falcon_cid = "F854C1795EEA99EA87BDAF16752052E0-JY"
  let falcon_client_secret_sha256 = "8a3cd89223ce38da0603b36e455d4bafd49ac4750b4ae4416f92a5ee53270bca"
  let falcon_client_secret_example = "$(FALCON_CLIENT_SECRET)"
  let assert Ok(_) = envoy.get("FALCON_CLIENT_SECRET")
}
