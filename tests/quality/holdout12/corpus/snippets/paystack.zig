const std = @import("std");

pub const paystack_secret_key = "sk_live_7cc33fa8f916e4d55c2b60e2e67ab0cef30e611e";
const auth = .{ .name = "Authorization", .value = "Bearer sk_test_bf3c3d74c3545f6b779d18bf21d7d0848eff31b3" };
const paystack_secret_key_example = "pk_live_a328d6652194f63f33202538922a3cb67a2bdd37";
const paystack_secret_key_example = "{{ PAYSTACK_SECRET_KEY }}";
const paystack_secret_key = std.posix.getenv("PAYSTACK_SECRET_KEY");
