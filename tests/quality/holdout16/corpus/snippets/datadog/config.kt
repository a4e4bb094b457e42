package app.config

const val DD_API_KEY = "faf4761ecda915180453bb5fb35a8539"
val creds = Credentials(provider = "datadog", key = "1c29393cd979e0007f7b597b11b584b4edcae3a9")
const val DD_RUM_CLIENT_TOKEN = "pub459d6c9218a66c08604a31eca8038794"
const val DD_API_KEY_MASKED = "faf4************************8539"
const val DD_API_KEY_EXAMPLE = "your-api-key-here"
val fromEnv: String = System.getenv("DD_API_KEY") ?: ""
