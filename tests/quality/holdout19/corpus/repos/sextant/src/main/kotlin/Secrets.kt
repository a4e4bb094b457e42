package com.example.sextant

object Secrets {
    val providers = mapOf(
        "anthropic" to "sk-ant-api03-iXv7KdSSF-IvwLkPKjpiOVFjvetRMSGdZV-k1EQf8om046nPVbLRcx1h6dqTpiQ5zi9OhoL3vvGJKgjFU5JWo1bvmTQynAA",
        "replicate" to "r8_BCz4TtPH4xwOGCGZOYExQkHpNPzlfqoCdO0oE",
        "ga4" to "G-N2M9Z2LSDA",
    )
    const val webhookSigning = "whsec_iyqU2TpwAPuqZXM2jbi27A9dThU0pcyE"
}
