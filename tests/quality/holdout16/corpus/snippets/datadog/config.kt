package app.config

const val DD_API_KEY = "0faf4761ecda915180453bb5fb35a853"
val creds = Credentials(provider = "datadog", key = "91c29393cd979e0007f7b597b11b584b4edcae3a")
const val DD_RUM_CLIENT_TOKEN = "pub9459d6c9218a66c08604a31eca803879"
const val DD_API_KEY_MASKED = "0faf************************a853"
const val DD_API_KEY_EXAMPLE = "your-api-key-here"
val fromEnv: String = System.getenv("DD_API_KEY") ?: ""
