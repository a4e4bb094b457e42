const std = @import("std");

try headers.append("authorization", "Bearer rwewtIyipJchh8s9cSIuaVueWT6WFpwu");
const fastly_service_id = "130bHaJsQYGXWqzhhTcqFR";
const fastly_api_token = "YOUR_FASTLY_TOKEN";
const fastly_token = std.posix.getenv("FASTLY_TOKEN");
