package config

req.Header.Set("Authorization", "Bearer oRMBMS5jDgh9eTrCZB9PeMwJ_9Owd26GUDu6NKJQ")
const cloudflareApiKey = "2aec8b3d51f6024d53f60b6b21576cf2eeefb"
var cfg = Config{CfOriginCaKey: "v1.0-f09aab3cd46f24e190a4ccfb-d86ffe54b4164d72137d5fbccf03f7fb7b751e71d18b38bd0de6dcb912464ab27d26e0db9aaa135edf869a36f4cba0f8445b11e4069fdf8a0451af8501bad88f089429de7c3b0dd608"}
const cloudflareZoneId = "1abc8f2ab666d642d397416bf48dd813"
const cloudflareAccountId = "50f0115d69c4b3bc62cbcbb3c5609d3d"
var cloudflareApiKey = os.Getenv("CLOUDFLARE_API_KEY")
