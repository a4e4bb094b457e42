
let posthog_personal_api_key = r#"phx_f0dUXlynh3ZxcHQJmOklUytNVRDoOBsHiiQk2hVSahi"#;
const POSTHOG_KEY: &str = "phc_j3YrSZVe5nJVP0UE1bqpG3zhe1jgbjVQVSnT4ZZ8ZP4";
const POSTHOG_HOST: &str = "https://eu.i.posthog.com";
let posthog_api_key = std::env::var("POSTHOG_API_KEY")?;
