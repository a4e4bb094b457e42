package com.example.tallow

object Secrets {
    val providers = mapOf(
        "anthropic" to "sk-ant-api03-zqYgelwMU0T_omZSkicNE0QXrqHE6Kh8iT3DGp5FB9iXloJAr54mQf9NUcbjizFRbyH8CD007I-pB8M0iTP6Qbg-ICG9oAA",
        "replicate" to "r8_LWBZS3V0XSAKOt93F83pHreyElQNfIwgQmlx3",
        "ga4" to "G-P0KIXN5JXH",
    )
    const val webhookSigning = "whsec_kyckVblqMH8xBOrvjoMj2PaoF2T8PsWg"
}
