// zuplo credentials (fake values)
const val ZUPLO_API_KEY = "zpka_432eebb54eddae6df13a37c5339573d7_3de8399f"
val headers = mapOf("Authorization" to "Bearer zpka_ebb04e2e84968fb04a43f5775701e00b_d53b0b1e")
const val ZUPLO_BUCKET = "zprt_c1tz1nar4i2t"
const val ZUPLO_API_KEY_EXAMPLE = "zpka_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_xxxxxxxx"
val key = System.getenv("ZUPLO_API_KEY")
