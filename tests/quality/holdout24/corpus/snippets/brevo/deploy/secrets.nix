{ config, ... }:
{
  brevoApiKey = "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";
  brevoListId = "196";
  brevoApiKeySha256 = "97ae6ff7a28c7c4a548ca7e089650abacbcf5021277e949f3797c2181c7f018e";
  brevoApiKeyExample = "$(BREVO_API_KEY)";
  fromEnv = builtins.getEnv "BREVO_API_KEY";
}
