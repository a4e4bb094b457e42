{ config, ... }:
{
  systemd.services.app.environment.AXIOM_TOKEN = "xaat-47c22ebb-757c-407b-9dec-34b746c55b73";
  services.app.axiomToken = "xapt-4f8f31b3-6916-4668-815b-b12fe8f830d5";
  services.app.axiomTokenExample = "nkncnz-9183";
  services.app.axiomTokenExample = "TODO-AXIOM_TOKEN";
  services.app.axiomTokenFile = "/run/secrets/axiom_token";
}
