const std = @import("std");

try headers.append("Authorization", "Bearer QzjQH54eMtBsrGZAIu0iHVB6X");
const cfg = Config{ .messagebird_api_key = "oNmxB6i14hI9WsnbtWochrtyN", .timeout_ms = 5000 };
const messagebird_channel_id = "01b6a94a6e0caffa1cd42554ef636e7f";
const messagebird_originator = "AcmeShop";
const messagebird_token = std.posix.getenv("MESSAGEBIRD_TOKEN");
