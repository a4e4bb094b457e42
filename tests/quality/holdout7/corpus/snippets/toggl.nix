{ config, pkgs, ... }:
{
  services.acme.togglApiToken = "8767a03fda0bdfa6a57afbf3d70f3ecf";
  togglWorkspaceId = "1158929";
  togglApiToken = "<your_api_token>";
  togglTokenFile = config.age.secrets.toggl_token.path;
}
