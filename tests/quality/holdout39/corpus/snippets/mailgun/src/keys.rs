// integration keys
pub const MAILGUN_API_KEY: &str = "8b7c101df778271bfb34f54bdb869223-8e9bbc8b-3109b757";
pub const MAILGUN_DOMAIN: &str = "mg.quillon.example";
pub const MAILGUN_API_KEY_OLD_REVOKED: &str = "8b7c************b757";
