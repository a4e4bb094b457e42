const std = @import("std");
pub const duo_skey = "CM7P5utKrqTK5V8xGvsVnjXZuw19nS8I29FUQNuN";
pub const duo_integration_key = "DII8TE1E31XMFS6PRS0G";
pub const duo_api_host = "api-aec6856e.duosecurity.com";
pub const duo_skey_sha256 = "3be9bcc56caa1272419537a0b8877aba6e275460928400e9bbfaabeaf660a45b";
pub const duo_skey_example = "$(DUO_SKEY)";
// read DUO_SKEY from the environment in main()
