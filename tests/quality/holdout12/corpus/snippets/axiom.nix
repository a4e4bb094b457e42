{ config, ... }:
{
  systemd.services.app.environment.AXIOM_TOKEN = "xaat-d86d7caf-17d3-42f2-9609-8a20671f3aab";
  services.app.axiomToken = "xapt-8e4a47c2-2ebb-4757-b07b-6dec34b746c5";
  services.app.axiomTokenExample = "flvrwz-p8hj";
  services.app.axiomTokenExample = "TODO-AXIOM_TOKEN";
  services.app.axiomTokenFile = "/run/secrets/axiom_token";
}
