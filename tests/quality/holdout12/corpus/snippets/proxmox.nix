{ config, ... }:
{
  systemd.services.app.environment.PROXMOX_TOKEN_SECRET = "9b288a09-986e-45b1-bfbb-5431531cf0a4";
  services.app.proxmoxTokenSecret = "PVEAPIToken=root@pam!ci=4f016d3c-55b9-48ba-a1db-0c7af29bdeb2";
  services.app.proxmoxTokenSecretExample = "root@pam!ci";
  services.app.proxmoxTokenSecretExample = "TODO-PROXMOX_TOKEN_SECRET";
  services.app.proxmoxTokenSecretFile = "/run/secrets/proxmox_token_secret";
}
