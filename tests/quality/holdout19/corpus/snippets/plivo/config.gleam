import gleam/erlang/os

pub const plivo_auth_token = "xRyqTBNxO0lIarqhffHthFbkHZXwskXOzfKfwjVu"
pub const plivo_auth_id = "MAPHT1KW06CL1YUMZB3E"
pub const plivo_auth_token_masked = "xRyq************wjVu"
pub const plivo_auth_token_example = "paste-your-key"
let plivo_auth_token_env = os.get_env("PLIVO_AUTH_TOKEN")
