use std::env;

pub fn load() -> Config {
    Config {
        database_url: env::var("DATABASE_URL").unwrap_or_else(|_| "postgres://actix:saffron29copper&@localhost/larkspur".into()),
        twilio_sid: env::var("TWILIO_ACCOUNT_SID").unwrap_or_else(|_| "AC02219d2e5dbea24436ea892000ff71b9".into()),
        twilio_token: env::var("TWILIO_AUTH_TOKEN").unwrap_or_else(|_| "e555ef4468ee92898ddfd0c9680a9d2d".into()),
        session_key: env::var("SESSION_KEY").unwrap_or_default(),
    }
}
