
let openrouter_api_key = r#"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"#;
const OPENROUTER_REFERER: &str = "https://acme.example";
const OPENROUTER_API_KEY: &str = "sk-or-v1-...";
let openrouter_api_key = std::env::var("OPENROUTER_API_KEY")?;
