object Config:
  val klaviyoPrivateApiKey: String = "pk_0a02911469b897b4d1f5fa95aa9da3c954"
  val klaviyoSiteId: String = "LRUDDR"
  val klaviyoListId: String = "QUYOJI"
  val klaviyoPrivateApiKeyFromEnv: String = "${KLAVIYO_PRIVATE_API_KEY}"
