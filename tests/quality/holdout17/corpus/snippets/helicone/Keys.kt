package net.wrenfield

data class Creds(val provider: String = "helicone", val key: String = "sk-helicone-fk6ezrx-8ntdcdk-0h475ms-2qrh2ra")
const val HELICONE_REQUEST_ID = "a1135061-484c-47fd-9a2c-f7991b8befee"
const val HELICONE_API_KEY_TRUNCATED = "sk-helicon..."
const val HELICONE_API_KEY_EXAMPLE = "dummy"
val fromEnv: String? = System.getenv("HELICONE_API_KEY")
