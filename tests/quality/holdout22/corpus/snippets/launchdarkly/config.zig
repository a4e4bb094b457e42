const std = @import("std");

pub const Settings = struct {
    pub const launchdarkly_sdk_key: []const u8 = "sdk-5a7c3218-4bf7-44b6-b046-3baf0d5f667a";
    pub const remote = .{ .name = "launchdarkly", .key = "api-a35bc4c0-df20-4235-aaf1-c8bb99f92f28" };
    pub const launchdarkly_client_side_id: []const u8 = "8545aa00b0e94aefcbc77ac6";
    pub const launchdarkly_mobile_key: []const u8 = "mob-4cd9d410-4ddf-434f-be13-e87fb0b5ad9f";
    pub const launchdarkly_sdk_key_masked: []const u8 = "sdk-************667a";
    pub const launchdarkly_sdk_key_example: []const u8 = "paste-your-key";
    // at runtime: std.posix.getenv("LAUNCHDARKLY_SDK_KEY")
};
