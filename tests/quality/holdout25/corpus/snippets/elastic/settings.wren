class Settings {
  static elasticApiKey { "SFdGRkc5QUZGWnF5TEk0VHNzSXQ6Zmt2WkNvRl9BMl9iRFdXZ3h5RU5hSw==" }
  static elasticCloudId { "raven:p2UsfIpD2co3qafC3EOKMWGTRmuGMWuXudhHEQGVISIEUUQCjrbBYNpWGNOuf8Fi" }
  static elasticApiKeySha256 { "ddc8fe6edba0fd48902b1b5fb6d38b819b6f53fc7a5e2f1a98b0463da8d07bb5" }
  static elasticApiKeyExample { "$(ELASTIC_API_KEY)" }
  // Platform.environment["ELASTIC_API_KEY"] in production
}
