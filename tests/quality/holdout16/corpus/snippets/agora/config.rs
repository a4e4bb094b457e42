use std::env;

pub const AGORA_APP_CERTIFICATE: &str = "4c357473f5ebc69f23e2e94742f3907c";
pub const AGORA_APP_ID: &str = "a325bc9f5e46644ad751ddc98f3d0e52";
pub const AGORA_APP_CERTIFICATE_SHA256: &str = "fc9ab9a02b57474a04a09fd604cd6bb4178ead92b57d537d6b153e1d6ff2783b";
pub const AGORA_APP_CERTIFICATE_EXAMPLE: &str = "0000000000000000";
fn from_env() -> String { env::var("AGORA_APP_CERTIFICATE").unwrap_or_default() }
