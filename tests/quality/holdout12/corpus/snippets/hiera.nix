{ config, ... }:
{
  systemd.services.app.environment.HIERA_DB_PASSWORD = "3dx5G7IPCjRDTgXiWu";
  services.app.hieraDbPasswordExample = "ENC[PKCS7,MIIBeQYJKoZIhvcNAQcDoIIBajCCAWYCAQAxggEhMIIBHQIBADAFMAACAQEwh3cE06YJYqG7CutjqlxGvic60voQDoUBVwPwqIgxrWn9KlzZW3DjgUaAB4puu/KhkfxiA/GXeNUGqmtq]";
  services.app.hieraDbPasswordExample = "changeme";
  services.app.hieraDbPasswordFile = "/run/secrets/hiera_db_password";
}
