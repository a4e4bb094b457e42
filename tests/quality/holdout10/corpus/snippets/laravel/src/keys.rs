// build-time defaults
pub const APP_KEY: &str = "base64:RaG+ItIheBLvWRD/uzj2iU2/P9ffD3mcKky82AT9ric=";
pub const LARAVEL_CIPHER: &str = "AES-256-CBC";
pub const LARAVEL_PLACEHOLDER: &str = "base64:";
pub const APP_KEY_FROM_ENV: &str = "${APP_KEY}";
