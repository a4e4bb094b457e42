const std = @import("std");

pub const akamai_client_secret = "xtzKJ6zBv1SDqJjncm0jyKFkuksKPFOSITRVWtczCSk=";
const auth = .{ .name = "Authorization", .value = "Bearer akab-33ukqas11nkbwwsg-5x0wuct879at9uid" };
const akamai_client_secret_example = "akab-up8nhfel1vrc1oxu-vdu4noeg45k6m38y.luna.akamaiapis.net";
const akamai_client_secret_example = "{{ AKAMAI_CLIENT_SECRET }}";
const akamai_client_secret = std.posix.getenv("AKAMAI_CLIENT_SECRET");
