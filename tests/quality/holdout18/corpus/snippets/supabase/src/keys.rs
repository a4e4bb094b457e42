pub const SUPABASE_SECRET_KEY: &str = "sb_secret_94FusJFiykhORlEwdYtHylUVK5po1ku";
pub const CREDS: Creds = Creds { provider: "supabase", token: "sbp_468b2d7a0db34f13713fd85fe95b5becad03c9af" };
pub const SUPABASE_PUBLISHABLE_KEY: &str = "sb_publishable__awUO4fhj5Ynx__om7nLNKbA5uSGU7s";
pub const SUPABASE_PROJECT_REF: &str = "fthwlrucgnpccguvxdjs";
pub const SUPABASE_SECRET_KEY_SHA256: &str = "afbefdf628052834585e9353ae079720762dccc3ac5fcf6d9948d9975983771e";
pub const SUPABASE_SECRET_KEY_EXAMPLE: &str = "$(SUPABASE_SECRET_KEY)";
// SUPABASE_SECRET_KEY is read with std::env::var at startup
