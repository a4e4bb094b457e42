package io.corrievane.shop.payment

object GatewayConfig {
    const val STRIPE_KEY = "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"
    const val STRIPE_PUBLISHABLE = "pk_live_51msq6pcnVJoapTfWrEBNu5Acz0BBj9vU1TTiYUmYagXSmwnrOkCllhCHeGUZwH3wzDeCGbOLQRvm0er2971P1YXxwZSYeuZ2wa"
    val webhookSecret: String = System.getenv("STRIPE_WEBHOOK_SECRET") ?: "whsec_5niEGX8TFgD6iFdhRne2h2pkFD68aSer"
}
