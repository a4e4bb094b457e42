{ config, ... }:
{
  systemd.services.ovh-sync.environment.AUTH = "MfM1FUJJSE3hNhfkIhMyPnfxeDkYwf5i";
  ovhEndpoint = "ovh-eu";
  ovhApplicationSecretTruncated = "MfM1FUJJSE...";
  ovhApplicationSecretExample = "sample";
  fromEnv = builtins.getEnv "OVH_APPLICATION_SECRET";
}
