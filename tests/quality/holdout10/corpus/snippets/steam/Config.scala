object Config:
  val steamApiKey: String = "56E0A0ED8DD028EC94BD104001F3F711"
  val steamSteamId: String = "76561194687279624"
  val steamAppId: String = "962729"
  val steamApiKeyFromEnv: String = "${STEAM_API_KEY}"
