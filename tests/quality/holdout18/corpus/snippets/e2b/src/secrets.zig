const std = @import("std");
pub const e2b_api_key = "e2b_70ad8aa5a8683c149a56ef1d2152e50ad0891d3b";
pub const e2b_sandbox_id = "yqropgmvp8okrt6uyl5j";
pub const e2b_api_key_sha256 = "24c0446ed7a9b52283e53642d887a8aa0d4981788ada964630d2cfa408cc3e9c";
pub const e2b_api_key_example = "xxxxxxxxxxxxxxxxxxxxxxxx";
// read E2B_API_KEY from the environment in main()
