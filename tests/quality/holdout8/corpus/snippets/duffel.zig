const std = @import("std");

const cfg = Config{ .duffel_access_token = "duffel_live_0PnSjKZHLtMeg7sRPRz8PpHtQVsfPu3sTn_Syx6jbjR", .timeout_ms = 5000 };
const duffel_test_token = "duffel_test_U7X9w7vmNsz3N2z0WjgS4cFlR1vcN9jRP5QpwFUTYdA";
const duffel_offer_id = "off_CRPaguHU4IJbssoQyeQNZ0";
const duffel_access_token = "duffel_test_YOUR_TOKEN";
const duffel_token = std.posix.getenv("DUFFEL_TOKEN");
