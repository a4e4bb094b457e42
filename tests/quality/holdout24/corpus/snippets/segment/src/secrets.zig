const std = @import("std");
pub const segment_client = Client{ .host = "api.segment.example", .cred = "sgp_AdIaIfAwrmqTp1Q0GQrnDmDa7pEPGmLcm7mGeUGDU34yAcG5FQ0vA0djsviUfHpG" };
pub const segment_source_id = "1VYaEWHdgAvoThWp1xeIEO";
pub const segment_public_api_token_sequential = "sgp_0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ01";
pub const segment_public_api_token_example = "changeme";
const from_env = std.posix.getenv("SEGMENT_PUBLIC_API_TOKEN");
