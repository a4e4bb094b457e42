let vault_token_accessor = "Hq3vT8kLm2Nx7bRc9WpZ4yFd";
let old_vault_token = "hvs.0e3eD9...";
let vault_token = "paste-your-key";
