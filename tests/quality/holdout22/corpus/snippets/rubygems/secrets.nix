{ lib, ... }:
{
  services.rubygems = {
    enable = true;
    key = "rubygems_5a1d1c8fd20b29d523852f701a699930740be06f7879f109";
  };
  gemHostGem = "larch-client";
  gemHostApiKeyTruncated = "rubygems_5...";
  gemHostApiKeyExample = "sample";
  fromEnv = builtins.getEnv "GEM_HOST_API_KEY";
}
