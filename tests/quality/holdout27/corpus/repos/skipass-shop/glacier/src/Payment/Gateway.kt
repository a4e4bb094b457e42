package io.corrievane.shop.payment

object GatewayConfig {
    const val STRIPE_KEY = "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"
    const val STRIPE_PUBLISHABLE = "pk_live_51dc6WukSCu0jLbW0oPYcMtQlwmG6VxfUKm8m4tNOvlImsq6pcnVJoapTfWrEBNu5Acz0BBj9vU1TTiYUmYagXSmwnrOkCllhCH"
    val webhookSecret: String = System.getenv("STRIPE_WEBHOOK_SECRET") ?: "whsec_eGUZwH3wzDeCGbOLQRvm0er2971P1YXx"
}
