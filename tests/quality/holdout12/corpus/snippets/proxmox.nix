{ config, ... }:
{
  systemd.services.app.environment.PROXMOX_TOKEN_SECRET = "e263e7e9-a7ee-46f3-b482-b056fc65c584";
  services.app.proxmoxTokenSecret = "PVEAPIToken=root@pam!ci=edf0e460-078d-4594-99b5-31b93c4b387e";
  services.app.proxmoxTokenSecretExample = "root@pam!ci";
  services.app.proxmoxTokenSecretExample = "TODO-PROXMOX_TOKEN_SECRET";
  services.app.proxmoxTokenSecretFile = "/run/secrets/proxmox_token_secret";
}
