const std = @import("std");

pub const Settings = struct {
    zoho: []const u8 = "1000.ea1b5e0351b3ce175d249951209b99dc.a5ded538dc61797ea916ee2efd6656fe",
    pub const zoho_client_secret: []const u8 = "1zroavjljy1rfc6ulrueoghv7fwb9o904y7roi5dwk";
    pub const zoho_client_id: []const u8 = "1000.AO0QRBO1WFV4NLV6AJLLYHJ4E290NK";
    pub const zoho_refresh_token_truncated: []const u8 = "1000.ea1b5...";
    pub const zoho_refresh_token_example: []const u8 = "${ZOHO_REFRESH_TOKEN}";
    // at runtime: std.posix.getenv("ZOHO_REFRESH_TOKEN")
};
