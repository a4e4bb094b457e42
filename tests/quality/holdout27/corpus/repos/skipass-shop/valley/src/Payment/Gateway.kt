package io.corrievane.shop.payment

object GatewayConfig {
    const val STRIPE_KEY = "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"
    const val STRIPE_PUBLISHABLE = "pk_live_519FCYu5wY3wHRsKVE2wnXjeqGqokyWdiSm2Dvmz8SssZouSHKRN0KmeyoHjM1t2gmy472AOvSLWM15x2g1JF2Y3D7d8bkyYujO"
    val webhookSecret: String = System.getenv("STRIPE_WEBHOOK_SECRET") ?: "whsec_VO90AP0qp41FQokMs8Ze6ZUArFGF5UGa"
}
