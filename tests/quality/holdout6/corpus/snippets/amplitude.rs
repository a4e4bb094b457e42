use std::env;

let amplitude_secret_key = env::var("AMPLITUDE_SECRET_KEY").unwrap_or_else(|_| "49e9691f7c4b1914e41782dad9e0123f".into());
const AMPLITUDE_API_KEY: &str = "936bd84495f4b9fd93248270a70f8d5c";
const AMPLITUDE_SECRET_KEY: &str = "<your-secret-key>";
let amplitude_token = env::var("AMPLITUDE_TOKEN")?;
