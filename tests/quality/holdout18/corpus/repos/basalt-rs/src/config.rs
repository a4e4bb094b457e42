use std::env;

pub fn load() -> Config {
    Config {
        database_url: env::var("DATABASE_URL").unwrap_or_else(|_| "postgres://actix:3pwMiT5FWxPG3U@localhost/basalt".into()),
        twilio_sid: env::var("TWILIO_ACCOUNT_SID").unwrap_or_else(|_| "ACf13e6b0140d285a94dc7a588561b4702".into()),
        twilio_token: env::var("TWILIO_AUTH_TOKEN").unwrap_or_else(|_| "61e5cd2b8f9312e51d23df031beb5845".into()),
        session_key: env::var("SESSION_KEY").unwrap_or_default(),
    }
}
