{ config, ... }:
{
  systemd.services.app.environment.HIERA_DB_PASSWORD = "cL9cfCbs0wrvh7sLBR";
  services.app.hieraDbPasswordExample = "ENC[PKCS7,MIIBeQYJKoZIhvcNAQcDoIIBajCCAWYCAQAxggEhMIIBHQIBADAFMAACAQEwSFHL2VQDFWjKcpnS7nA+1hYI12KNelCOCN3Ri7rTzqhPiHkl6Xo+7r8ER9yN2qr/EUiwZ/313HXvBLue]";
  services.app.hieraDbPasswordExample = "changeme";
  services.app.hieraDbPasswordFile = "/run/secrets/hiera_db_password";
}
