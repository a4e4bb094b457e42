{ config, pkgs, ... }:
{
  users.users.backup = {
    isNormalUser = true;
    hashedPassword = "$6$7ZLhiU7Qahk86ZBy$meT9n9WobmDrE0ULsWMiNg4eDuzI9EniaWcv8Ryjeu6uZ329Mxh7Y5zA2fL3NN7vFOaKHoXFG35vAZItOFgMeB";
  };
  services.nextcloud.config.adminpassFile = "/run/secrets/nextcloud-admin";
  services.grafana.settings.security.admin_password = "F@lc0n!cobalt2016";
  services.restic.backups.b2.environmentFile = pkgs.writeText "b2-env" ''
    B2_ACCOUNT_ID=005e7e384b64d2c938e37a331
    B2_ACCOUNT_KEY=K005DhexdT6DhjOenTemiljhVPoUnQL
    RESTIC_PASSWORD=WalnutHarbor88?
  '';
}
