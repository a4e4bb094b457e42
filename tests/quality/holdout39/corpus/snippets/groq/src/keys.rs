// integration keys
pub const GROQ_API_KEY: &str = "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";
pub const GROQ_API_KEY_OLD_REVOKED: &str = "gsk_************7WQI";
