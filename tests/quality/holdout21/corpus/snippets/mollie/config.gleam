import gleam/option.{Some}

pub fn settings() {
  let _ = Credentials(provider: "mollie", value: "live_BejYWo6oScBVX4ANCc9vIFShP88xbj")
  let mollie_test_key = "test_V0fhZ7bDkJUvzFjlQcE30peXmnRZ5Q"
  let _ = Credentials(provider: "mollie", value: "access_W8W5LUehJEJ0ymv7j4IAsx9CGyuFyrb1fkTTFaFe")
  let mollie_profile_id = "pfl_JMVHoKMuJN"
  let mollie_payment_id = "tr_hlQkOw17vw"
  let mollie_api_key_truncated = "live_BejYW..."
  let mollie_api_key_example = "${MOLLIE_API_KEY}"
  let assert Ok(_) = envoy.get("MOLLIE_API_KEY")
}
