{ config, pkgs, ... }:
{
  environment.variables.PAPERTRAIL_API_TOKEN = "WL1cwhBNPnxTmIa1VyGj";
  systemd.services.papertrail.environment = { PAPERTRAIL_TOKEN = "vjpvypVXpomZlFPzErte"; };
  papertrailDestination = "logs9.papertrailapp.com:50650";
  papertrailSystem = "web-1";
  papertrailTokenFile = config.age.secrets.papertrail_token.path;
}
