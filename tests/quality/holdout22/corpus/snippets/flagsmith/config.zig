const std = @import("std");

pub const Settings = struct {
    flagsmith: []const u8 = "ser.30SaSyMOgl2Z95NJPxr22G",
    pub const flagsmith_client_environment_key: []const u8 = "qmqrHkw1YGFSF0iImFzv34";
    pub const flagsmith_server_key_truncated: []const u8 = "ser.30SaSy...";
    pub const flagsmith_server_key_example: []const u8 = "${FLAGSMITH_SERVER_KEY}";
    // at runtime: std.posix.getenv("FLAGSMITH_SERVER_KEY")
};
