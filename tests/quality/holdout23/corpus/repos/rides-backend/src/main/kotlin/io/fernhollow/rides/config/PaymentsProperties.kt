@ConfigurationProperties(prefix = "payments")
data class PaymentsProperties(
    val provider: String = "adyen",
    val apiKey: String = "AQEr4wzSQKfi9jO0clZgOvjAatn2S8Ry5e521DLFUfm=-N2ID5F1zZgbqhJ0DyjSHsjhF8YDTbyCbTvZsWo6fM3vY=-Z5DoIg9epwGV25So",
    val merchantAccount: String = "FernhollowECOM",
    val clientKey: String = "live_P6AYXSMDL8CS0RF0V4OOQTTVHO5GHBTD",
)
