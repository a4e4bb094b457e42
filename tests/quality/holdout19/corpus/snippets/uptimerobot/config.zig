const std = @import("std");

const uptimerobot_client = Client{ .base = "https://api.uptimerobot.example", .key = "u4537145-c02a57d0d1c27928497fe09e" };
pub const UPTIMEROBOT_MONITOR_KEY = "m859310659-5d599fa2c4bb0caada358738";
pub const UPTIMEROBOT_MONITOR_ID = "605065612";
pub const UPTIMEROBOT_API_KEY_TRUNCATED = "u4537145-c...";
pub const UPTIMEROBOT_API_KEY_EXAMPLE = "${UPTIMEROBOT_API_KEY}";
const uptimerobot_api_key_env = std.posix.getenv("UPTIMEROBOT_API_KEY") orelse "";

pub fn main() void {}
