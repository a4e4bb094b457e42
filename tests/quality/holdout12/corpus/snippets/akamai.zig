const std = @import("std");

pub const akamai_client_secret = "w+nLYSdwguYQaNehE4N+XH3mC/xtzKJ6zBv1SDqJjnc=";
const auth = .{ .name = "Authorization", .value = "Bearer akab-t0r6z7fcsxswfhch-jeji68kl9wozbjs3" };
const akamai_client_secret_example = "akab-3ukqas11nkbwwsg5-x0wuct879at9uidu.luna.akamaiapis.net";
const akamai_client_secret_example = "{{ AKAMAI_CLIENT_SECRET }}";
const akamai_client_secret = std.posix.getenv("AKAMAI_CLIENT_SECRET");
