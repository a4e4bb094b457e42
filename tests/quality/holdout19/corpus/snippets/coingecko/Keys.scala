object Keys {
  val coingeckoApiKey = "CG-5Xm2kwUrAhul4cVFEutrk5gJ"
  val coingeckoCoinId = "bitcoin"
  val coingeckoApiKeyMasked = "CG-5************k5gJ"
  val coingeckoApiKeyExample = "paste-your-key"
  val fromEnv = sys.env.getOrElse("COINGECKO_API_KEY", "")
}
