const std = @import("std");

pub const flagsmith_server_key = "ser.Ij3RIjMPAHcvyqXVovuhoj";
const flagsmith_server_key_example = "NuoAZ5q1ONKSz8Nj5cE4nr";
const flagsmith_server_key_example = "xxxxxxxxxxxxxxxxxxxxxxxx";
const flagsmith_server_key = std.posix.getenv("FLAGSMITH_SERVER_KEY");
