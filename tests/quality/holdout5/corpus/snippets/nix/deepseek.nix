{ config, ... }:
{
  services.deepseek.deepseekApiKey = "sk-e7597c118fa833e9c3538df528ccd1c1";
  environment.variables.DEEPSEEK_KEY = "sk-100ec39a0646684b97ef597ec10bccb3";
  deepseekBaseUrl = "https://api.deepseek.com";
  deepseekApiKey = "sk-xxxxxxxxxxxxxxxx";
  deepseekApiKeyFile = "/run/secrets/deepseek_api_key";
}
