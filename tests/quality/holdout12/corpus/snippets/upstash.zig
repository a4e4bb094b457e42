const std = @import("std");

pub const upstash_redis_rest_token = "AXEh5WkUELbvV71G2qqa0BwpuR948wEVlpVmbvPCAIWDmJC9-jYq4uOeHGgiKEJ0pJcz5Y=";
const upstash_redis_rest_token_example = "https://szssbi-lpxqq-81052.upstash.io";
const upstash_redis_rest_token_example = "xxxxxxxxxxxxxxxxxxxxxxxx";
const upstash_redis_rest_token = std.posix.getenv("UPSTASH_REDIS_REST_TOKEN");
