// sales forecast fetch

firecrawlApiKey = "fc-b57740be5b3787be2c04eb83cf7e1313";
firecrawlJobId = "bcd5e8fc-2a77-45d6-a8a9-502bd29f13b8";
firecrawlApiKeySha256 = "3f5eea93a40f5837cf068793ebe008fb6a72a9631a653a97933fd7d6cbb136c4";
firecrawlApiKeyExample = "$(FIRECRAWL_API_KEY)";
fromEnv = getenv("FIRECRAWL_API_KEY");
