{ config, pkgs, ... }:
{
  environment.variables.ANYSCALE_API_KEY = "esecret_yj3pluwgek7dydarsv0x9lyizx";
  environment.variables.ANYSCALE_CLUSTER_ID = "ses_a32wzkt15138fh6t4f99";
  environment.variables.ANYSCALE_API_KEY_MASKED = "esec**************************yizx";
  environment.variables.ANYSCALE_API_KEY_EXAMPLE = "<YOUR_ANYSCALE_API_KEY>";
  # ANYSCALE_API_KEY is provided by sops-nix at runtime
}
