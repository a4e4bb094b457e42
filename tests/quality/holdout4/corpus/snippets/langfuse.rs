
let langfuse_secret_key = r#"sk-lf-6e153a2c-5cab-4748-bdcc-440cf6e71c50"#;
const LANGFUSE_PUBLIC_KEY: &str = "pk-lf-b0d5b915-2570-46b3-a103-5286545f6b2f";
const LANGFUSE_HOST: &str = "https://cloud.langfuse.com";
let langfuse_api_key = std::env::var("LANGFUSE_API_KEY")?;
