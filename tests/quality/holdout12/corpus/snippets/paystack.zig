const std = @import("std");

pub const paystack_secret_key = "sk_live_4fab6b52dbccbcea3db9b27de520da975f1a8a40";
const auth = .{ .name = "Authorization", .value = "Bearer sk_test_c227c6ab48c50678fe286accdf3fe1e1827aaee7" };
const paystack_secret_key_example = "pk_live_5c9bdaaf49f20fdfe1abd1b7a3563d6fd6b487fa";
const paystack_secret_key_example = "{{ PAYSTACK_SECRET_KEY }}";
const paystack_secret_key = std.posix.getenv("PAYSTACK_SECRET_KEY");
