{ config, pkgs, ... }:
{
  networking.hostName = "liftgw-smt";
  services.mosquitto.listeners = [{
    users.plcbridge = { password = "17ceb4ad13745028dc2a2478a880f577"; acl = [ "readwrite lifts/#" ]; };
    users.grafana = { hashedPassword = "$6$lAUrmn3pCWl7JVJQ$RzOerRPW8Ex6FChNlK6kAUotX0qv7Gd19MIHixva6mXWVVE-rzIbqP8f5uwZl_A8DZ7pnci5m1wie7kLuGDU0r"; };
  }];
  services.tailscale.authKeyFile = "/run/secrets/ts-authkey";
}
