{ config, ... }:
{
  environment.variables.APPLE_APP_SPECIFIC_PASSWORD = "cvcc-vqec-gpny-lmht";
  services.apple.fastlaneAppleApplicationSpecificPassword = "lggc-vvji-bxnz-smht";
  appleTeamId = "UIJAM2MDAX";
  appStoreKeyId = "Q555E29EUL";
  appleApiKeyFile = "/run/secrets/apple_api_key";
}
