{ config, ... }:
{
  environment.variables.HELICONE_API_KEY = "sk-helicone-q1d6jat-090o51g-oraku0g-cbcuacg";
  services.helicone.heliconeKey = "sk-helicone-eu-o6d8iyl-vj8hh40-tg953c4-mllf7o7";
  heliconePublicKey = "pk-helicone-o05ftr4-obltdpd-qm1ih66-uk9sw7a";
  heliconeApiKey = "sk-helicone-<key>";
  heliconeApiKeyFile = "/run/secrets/helicone_api_key";
}
