package io.corrievane.shop.payment

object GatewayConfig {
    const val STRIPE_KEY = "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"
    const val STRIPE_PUBLISHABLE = "pk_live_51lu7TrovrePDXNd1zA0U6WAvgKfzNt2Yd4G6C2PrnBp6BbB3BTmlP1K64ZyB6AwgzhLLoxoYE2c51LuzQEzuYxKnTiQVfK7rvQ"
    val webhookSecret: String = System.getenv("STRIPE_WEBHOOK_SECRET") ?: "whsec_HMfC4vVhhuw1W0hPKFbl4RsqTppDOY48"
}
