// shippo credentials (fake values)
const val SHIPPO_API_TOKEN = "shippo_live_65d0b1f2e164be4d4744243d3eecb1260e3da9c1"
val headers = mapOf("Authorization" to "Bearer shippo_test_c5b8b598ed7d7dd818b18ae1a9b7691d8d370d85")
const val SHIPPO_OBJECT_ID = "a3f3bbda28a481dd0ca7b8c1e57ffa36"
const val SHIPPO_API_TOKEN_EXAMPLE = "shippo_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
val key = System.getenv("SHIPPO_API_TOKEN")
