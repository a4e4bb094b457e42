package app.config

val creds = Credentials(provider = "smartsheet", key = "nntLfqHmsDHThhXQzWoTd3bfhjAIh3tty5Mm1")
const val SMARTSHEET_SHEET_ID = "5831197266916586"
const val SMARTSHEET_ACCESS_TOKEN_TRUNCATED = "nntLfqHm..."
const val SMARTSHEET_ACCESS_TOKEN_EXAMPLE = "sk-REDACTED"
val fromEnv: String = System.getenv("SMARTSHEET_ACCESS_TOKEN") ?: ""
