package com.acme.app

val planetscalePassword = System.getenv("PLANETSCALE_PASSWORD") ?: "pscale_pw_CZsAlrCVeJbS4SF8o0fVX5FAuc5_Qnv_ICua6pDQPep"
    .addHeader("Authorization", "Bearer pscale_tkn_2YiQJdG7OmqoabBeKJxfqkYRiu3gAgtp7qZEHJ7o-cC")
const val PLANETSCALE_PASSWORD_OAUTH = "pscale_oauth_w3LuEoCxdMXD-xhkMqOWXieDFgkIAEQ-qfCMcYQ9Axa"
val planetscalePassword = BuildConfig.PLANETSCALE_PASSWORD
val planetscalePassword = System.getenv("PLANETSCALE_PASSWORD") ?: "PLANETSCALE-key-goes-here"
