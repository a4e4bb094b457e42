{ config, pkgs, ... }:
{
  environment.variables.ANYSCALE_API_KEY = "esecret_7dydarsv0x9lyizxa32wzkt151";
  environment.variables.ANYSCALE_CLUSTER_ID = "ses_38fh6t4f996uyk3qqwbx";
  environment.variables.ANYSCALE_API_KEY_MASKED = "esec**************************t151";
  environment.variables.ANYSCALE_API_KEY_EXAMPLE = "<YOUR_ANYSCALE_API_KEY>";
  # ANYSCALE_API_KEY is provided by sops-nix at runtime
}
