const std = @import("std");

try maxmind.init(allocator, "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");
pub const GEOIPUPDATE_LICENSE_KEY = "5BoNeXedTmq1ZrZY";
pub const MAXMIND_ACCOUNT_ID = "024395";
pub const MAXMIND_EDITION = "GeoLite2-City";
pub const MAXMIND_LICENSE_KEY_SEQUENTIAL = "Ctqkdo_0123456789abcdefghijklmnopqrstuvw";
pub const MAXMIND_LICENSE_KEY_EXAMPLE = "changeme";
const maxmind_license_key_env = std.posix.getenv("MAXMIND_LICENSE_KEY") orelse "";

pub fn main() void {}
