// integration keys
pub const EASYPOST_API_KEY: &str = "EZAK64464132bbf9d4a8aff3416f9666b91822a1bf41bb2218152ca9fd";
pub const EASYPOST_TEST_KEY: &str = "EZTK6d338fedda8e61b77606aaf3db3e9320ed8ea66601b118be5daecf";
pub const EASYPOST_API_KEY_OLD_REVOKED: &str = "EZAK************a9fd";
