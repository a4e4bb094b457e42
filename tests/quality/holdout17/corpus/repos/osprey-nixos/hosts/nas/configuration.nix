{ config, pkgs, ... }:
{
  users.users.backup = {
    isNormalUser = true;
    hashedPassword = "$6$D2v2MrL3BM720ABj$H2mXL8y7R7qjgW0MHneBckuW9LfebSziU4rRXyVsM6tKw1NqqiksblSqHrxcUXPgjNB8FV8W8d5PRbR6dNOT0u";
  };
  services.nextcloud.config.adminpassFile = "/run/secrets/nextcloud-admin";
  services.grafana.settings.security.admin_password = "WalnutEmber22!";
  services.restic.backups.b2.environmentFile = pkgs.writeText "b2-env" ''
    B2_ACCOUNT_ID=005a506a99fc208148958bb3d
    B2_ACCOUNT_KEY=K005QBrjQuRMwTwYwVa0ZoZ0DUsIV48
    RESTIC_PASSWORD=LcfLMF?fJNvHB9
  '';
}
