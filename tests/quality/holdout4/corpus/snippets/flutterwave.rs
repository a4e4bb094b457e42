
let flw_secret_key = r#"FLWSECK-5f0010ba4414ff22cd2302de55fdafac-X"#;
const FLW_TEST_SECRET: &str = "FLWSECK_TEST-3c42d1263b4738930cc0b93c437d5ad2-X";
let flw_encryption_key = std::env::var("FLW_ENCRYPTION_KEY").unwrap_or("FLWSECK4ba56afeb41b".to_string());
const FLW_PUBLIC_KEY: &str = "FLWPUBK-740b102dbd80ea917418388d684c60f7-X";
const FLW_SECRET_KEY: &str = "FLWSECK-xxxxxxxx-X";
let flw_api_key = std::env::var("FLW_API_KEY")?;
