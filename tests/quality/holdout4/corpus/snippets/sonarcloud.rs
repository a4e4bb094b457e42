
let sonar_token = r#"squ_5a9b07ab250d888838935e2ec5d967362dc5c6a2"#;
const SONAR_PROJECT_KEY: &str = "acme_api";
const SONAR_ORGANIZATION: &str = "acme";
let sonar_api_key = std::env::var("SONAR_API_KEY")?;
