// integration keys
pub const NEON_API_KEY: &str = "napi_sh9unmzlnzj3nbugbqb7va6rlet9jctc6jwqg8u08vqdqyp7paxdss82l5abh5zw";
pub const NEON_API_KEY_OLD_REVOKED: &str = "napi************h5zw";
