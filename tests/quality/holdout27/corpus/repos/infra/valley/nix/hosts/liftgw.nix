{ config, pkgs, ... }:
{
  networking.hostName = "liftgw-vly";
  services.mosquitto.listeners = [{
    users.plcbridge = { password = "c0c79ee75d892da4d8ab861670e04dab"; acl = [ "readwrite lifts/#" ]; };
    users.grafana = { hashedPassword = "$6$KYw9603a4fEVmPnx$I5dhX0NNL5P_adahW4kzuizJbq5hYWqcQ1fphh-QUuBh-pNoVdS9su7d4Bf8skMp-sO5QfMUhWpG1N3v11U1Qq"; };
  }];
  services.tailscale.authKeyFile = "/run/secrets/ts-authkey";
}
