
let mistral_api_key = r#"asiyGA4leKRAOLuffUjVnuFUPK3QriyU"#;
const MISTRAL_MODEL: &str = "mistral-large-latest";
const MISTRAL_API_KEY: &str = "$MISTRAL_API_KEY";
let mistral_api_key = std::env::var("MISTRAL_API_KEY")?;
