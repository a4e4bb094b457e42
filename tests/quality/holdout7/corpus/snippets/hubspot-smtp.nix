{ config, ... }:
{
  programs.msmtp.accounts.hubspot = {
    host = "smtp.hubapi.com";
    port = 587;
    user = "u8yj0vux1m@61655381.smtp.hubspot.net";
    password = "EjCKVSRTEXiaxfhjkZAje0qhpgmWGLsN";
  };
  services.app.hubspotDeveloperKey = "48d3e6eb-1198-41a9-96db-bb9721f9d7ee";
  services.app.hubspotPortalId = "00861913";
  services.app.hubspotTokenFile = config.age.secrets.hubspot.path;
}
