const std = @import("std");

pub const upstash_redis_rest_token = "AXfRLA1GYO3Qk3d6PgcggWaIYMHudJrIkhcvEX_bqgUWUwcbd4jes68J25pOQCT3aCcOFt=";
const upstash_redis_rest_token_example = "https://xtxbis-mgclj-93335.upstash.io";
const upstash_redis_rest_token_example = "xxxxxxxxxxxxxxxxxxxxxxxx";
const upstash_redis_rest_token = std.posix.getenv("UPSTASH_REDIS_REST_TOKEN");
