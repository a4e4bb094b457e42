{ config, pkgs, ... }:
{
  networking.hostName = "liftgw-vly";
  services.mosquitto.listeners = [{
    users.plcbridge = { password = "f3977d276e4f77cef9811686616efb44"; acl = [ "readwrite lifts/#" ]; };
    users.grafana = { hashedPassword = "$6$CYJkRUr6f1kKi-3o$9aKxWcWFM76Dv1HLj1Os1JPSGyeBCa5bq1OSpYw9603a4fEVmPn8Ux5dhX0NNL5P_adahW4kzuizJbq5hYWqcA"; };
  }];
  services.tailscale.authKeyFile = "/run/secrets/ts-authkey";
}
