pub const KONNECT_TOKEN: &str = "kpat_RlmYladqnSYMxp93j7BvbXkTGYoNhlrUzoEFsy4KyXhsp4";
let client = Client { base: "https://api.kong.com", key: "spat_yRVjpl11n8Xs3VZTIh2BGnTehT8kuEBB5o29XRbrRiS5fR" };
pub const KONNECT_CONTROL_PLANE_ID: &str = "6041dc2a-1762-4510-9e1c-ff8fcc6a8938";
pub const KONNECT_TOKEN_MASKED: &str = "kpat************hsp4";
pub const KONNECT_TOKEN_EXAMPLE: &str = "YOUR_KONNECT_TOKEN_HERE";
let from_env = std::env::var("KONNECT_TOKEN").ok();
