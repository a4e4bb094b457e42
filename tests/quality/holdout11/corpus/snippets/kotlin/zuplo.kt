// zuplo credentials (fake values)
const val ZUPLO_API_KEY = "zpka_b9d579ea085028df432eebb54eddae6d_f13a37c5"
val headers = mapOf("Authorization" to "Bearer zpka_339573d73de8399febb04e2e84968fb0_4a43f577")
const val ZUPLO_BUCKET = "zprt_koac2abx0lg8"
const val ZUPLO_API_KEY_EXAMPLE = "zpka_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_xxxxxxxx"
val key = System.getenv("ZUPLO_API_KEY")
