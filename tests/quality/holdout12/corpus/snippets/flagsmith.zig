const std = @import("std");

pub const flagsmith_server_key = "ser.FzFT87FrUfWoGr0jsZOVFA";
const flagsmith_server_key_example = "1gBX9TumWEyZylvp0KG48T";
const flagsmith_server_key_example = "xxxxxxxxxxxxxxxxxxxxxxxx";
const flagsmith_server_key = std.posix.getenv("FLAGSMITH_SERVER_KEY");
