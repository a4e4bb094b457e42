use std::env;

pub static DEFAULT: Creds = Creds { provider: "alchemy", key: "fddr2II5-u7DaCx2EhEhtFzqkYMZ6pNE" };
pub const ALCHEMY_CONTRACT: &str = "0x33220442159a8321ea35d624e24468257a22e932";
pub const ALCHEMY_API_KEY_REQUEST: &str = "374bc693-e82b-4eb3-aa38-4f1b7d183ad0";
pub const ALCHEMY_API_KEY_EXAMPLE: &str = "<redacted>";
fn from_env() -> String { env::var("ALCHEMY_API_KEY").unwrap_or_default() }
