use std::env;

pub const AGORA_APP_CERTIFICATE: &str = "7473f5ebc69f23e2e94742f3907ca325";
pub const AGORA_APP_ID: &str = "bc9f5e46644ad751ddc98f3d0e527a7e";
pub const AGORA_APP_CERTIFICATE_SHA256: &str = "6869c00e2dd001d189d1c2a1092812b2e0ddf93359c2d169f765338b66c57462";
pub const AGORA_APP_CERTIFICATE_EXAMPLE: &str = "0000000000000000";
fn from_env() -> String { env::var("AGORA_APP_CERTIFICATE").unwrap_or_default() }
