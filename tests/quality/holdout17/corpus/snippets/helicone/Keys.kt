package net.wrenfield

data class Creds(val provider: String = "helicone", val key: String = "sk-helicone-0tfk6ez-rx8ntdc-dk0h475-ms2qrh2")
const val HELICONE_REQUEST_ID = "80a11350-6148-4c57-bd3a-2cf7991b8bef"
const val HELICONE_API_KEY_TRUNCATED = "sk-helicon..."
const val HELICONE_API_KEY_EXAMPLE = "dummy"
val fromEnv: String? = System.getenv("HELICONE_API_KEY")
