pub const KONNECT_TOKEN: &str = "kpat_cbW8hiYLY8Ku3ozMqXoDOl2A05oqFMzN9EAPhww0aTn34w";
let client = Client { base: "https://api.kong.com", key: "spat_jtRlmYladqnSYMxp93j7BvbXkTGYoNhlrUzoEFsy4KyXhs" };
pub const KONNECT_CONTROL_PLANE_ID: &str = "7c475693-d623-4afd-9708-426041dc2a17";
pub const KONNECT_TOKEN_MASKED: &str = "kpat************n34w";
pub const KONNECT_TOKEN_EXAMPLE: &str = "YOUR_KONNECT_TOKEN_HERE";
let from_env = std::env::var("KONNECT_TOKEN").ok();
