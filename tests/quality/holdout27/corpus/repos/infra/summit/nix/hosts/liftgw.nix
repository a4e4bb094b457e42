{ config, pkgs, ... }:
{
  networking.hostName = "liftgw-smt";
  services.mosquitto.listeners = [{
    users.plcbridge = { password = "acf75e771929e26b34cd45e80df98825"; acl = [ "readwrite lifts/#" ]; };
    users.grafana = { hashedPassword = "$6$Ya6mXWVVE-rzIbqE$75uwZl_A8DZ7pnci5m1wie7kLuGDU0KJku7dGrR2hGYLpV6apZBMr81w0nt82T8JwV-_cYm7h564x8lYFSJ6Dr"; };
  }];
  services.tailscale.authKeyFile = "/run/secrets/ts-authkey";
}
