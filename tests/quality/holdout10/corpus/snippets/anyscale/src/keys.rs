// build-time defaults
pub const ANYSCALE_API_KEY: &str = "esecret_mox4imd7lmfz8a6ouu5l4pyz36";
pub const ANYSCALE_TRUNCATED: &str = "esecret_****";
pub const ANYSCALE_ORG: &str = "org_g07fpdgerprvs8xiwi";
pub const ANYSCALE_API_KEY_FROM_ENV: &str = "${ANYSCALE_API_KEY}";
