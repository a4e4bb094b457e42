// shippo credentials (fake values)
const val SHIPPO_API_TOKEN = "shippo_live_5d0b1f2e164be4d4744243d3eecb1260e3da9c1c"
val headers = mapOf("Authorization" to "Bearer shippo_test_5b8b598ed7d7dd818b18ae1a9b7691d8d370d85a")
const val SHIPPO_OBJECT_ID = "3f3bbda28a481dd0ca7b8c1e57ffa365"
const val SHIPPO_API_TOKEN_EXAMPLE = "shippo_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
val key = System.getenv("SHIPPO_API_TOKEN")
