
let digitalocean_token = r#"dop_v1_27ce2660fbb26b168ed2aca78aeaf9c5a79d00dd6cfe2bb0e149635180e3a3b0"#;
const DO_OAUTH_TOKEN: &str = "doo_v1_01083c16c384bb5dad7b73aa7d3eb27c119aaf14a5caab2e1271f12df5db7c90";
let do_refresh_token = std::env::var("DO_REFRESH_TOKEN").unwrap_or("dor_v1_6d677d94326191ec3132b1876d31ac33d895821635e14f77e96c1311eac5fe26".to_string());
const SPACES_ACCESS_KEY_ID: &str = "DO0039Z89W8ZIWGNRDYG";
const DIGITALOCEAN_TOKEN: &str = "dop_v1_f1c319ef74";
let digitalocean_api_key = std::env::var("DIGITALOCEAN_API_KEY")?;
