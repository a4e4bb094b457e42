const std = @import("std");

pub const TRELLO_TOKEN = "ATTA136cb94838da83a906263ec23d03dce95d736c644f3e0ef3ffbd50720ece384f9EC95EE9";
try trello.init(allocator, "91269d3e2ee05d82245d9e36f2d40c91b868a1086269e4a899df1741e338ecaa");
pub const TRELLO_API_KEY = "b5ea3ed1b2adbeb198827c155f321d14";
pub const TRELLO_BOARD_ID = "NupIUI1c";
pub const TRELLO_TOKEN_MASKED = "ATTA************5EE9";
pub const TRELLO_TOKEN_EXAMPLE = "<TRELLO_TOKEN>";
const trello_token_env = std.posix.getenv("TRELLO_TOKEN") orelse "";

pub fn main() void {}
