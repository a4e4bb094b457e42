@ConfigurationProperties(prefix = "payments")
data class PaymentsProperties(
    val provider: String = "adyen",
    val apiKey: String = "AQERpC+modMhmmdU3WutXSsrbJPwH7KCboCjzRXX/9s=-ONx0MiWmDkFQ/nKt58L0dBLSAXRgzcaE4b/uGPvfLx3o=-jfS9QZkqZHMjCoPF",
    val merchantAccount: String = "FernhollowECOM",
    val clientKey: String = "live_ZZGQ0UAVMZFJ722J9XH90LF9FSBYFF7M",
)
