{ config, pkgs, ... }:
{
  networking.hostName = "liftgw-glc";
  services.mosquitto.listeners = [{
    users.plcbridge = { password = "77391840fbfea546df1601e3625b252f"; acl = [ "readwrite lifts/#" ]; };
    users.grafana = { hashedPassword = "$6$JntcV5eD_bTuf8pK$k1Frrr0IFTsoNWd_IaOSt1PU0A6q1PwwCCQAE-1NdENAUhRscDIgEhYlClEYByRf_MYr8ynEMyU4Ic-r7B0oV3"; };
  }];
  services.tailscale.authKeyFile = "/run/secrets/ts-authkey";
}
