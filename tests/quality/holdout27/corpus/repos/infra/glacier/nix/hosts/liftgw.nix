{ config, pkgs, ... }:
{
  networking.hostName = "liftgw-glc";
  services.mosquitto.listeners = [{
    users.plcbridge = { password = "40be17f0b51f306d7444d87b439c0f80"; acl = [ "readwrite lifts/#" ]; };
    users.grafana = { hashedPassword = "$6$vSt1PU0A6q1PwwCn$b-1NdENAUhRscDIgEhYlClEYByRf_MYr8ynEMyU4Ic-r7B0oVbvAOH-V161EBPI-VvhVBO-UlRfvHW9B9c8oDS"; };
  }];
  services.tailscale.authKeyFile = "/run/secrets/ts-authkey";
}
