{ config, ... }:
{
  systemd.services.app.environment.XAI_API_KEY = "xai-bHosv1EE86vvoH4ZhZImq2Vb6Vn6e6t8ycv3ZP6RY9fx3FScdIen5VGdzgFLa1vGM2TLtxuSFafiy1xS";
  services.app.xaiApiKeyExample = "grok-4";
  services.app.xaiApiKeyExample = "changeme";
  services.app.xaiApiKeyFile = "/run/secrets/xai_api_key";
}
