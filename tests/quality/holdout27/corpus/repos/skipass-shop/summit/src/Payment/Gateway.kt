package io.corrievane.shop.payment

object GatewayConfig {
    const val STRIPE_KEY = "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"
    const val STRIPE_PUBLISHABLE = "pk_live_51jQZvr1xkBBAA1q4fBXlu7TrovrePDXNd1zA0U6WAvgKfzNt2Yd4G6C2PrnBp6BbB3BTmlP1K64ZyB6AwgzhLLoxoYE2c51Luz"
    val webhookSecret: String = System.getenv("STRIPE_WEBHOOK_SECRET") ?: "whsec_QEzuYxKnTiQVfK7rvQHMfC4vVhhuw1W0"
}
