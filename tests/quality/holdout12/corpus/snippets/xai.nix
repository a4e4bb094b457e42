{ config, ... }:
{
  systemd.services.app.environment.XAI_API_KEY = "xai-1DXG3DyBCai3StdQ0EGSe7JTHG3Uo6DnbqMsZCzDrg3W6lRn7jdmjKEIozyHLDUGrmNxWsV8T6Vr02eq";
  services.app.xaiApiKeyExample = "grok-4";
  services.app.xaiApiKeyExample = "changeme";
  services.app.xaiApiKeyFile = "/run/secrets/xai_api_key";
}
