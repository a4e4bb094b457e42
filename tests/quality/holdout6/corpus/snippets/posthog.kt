package com.acme.integration

object Secrets { const val POSTHOG_PERSONAL_API_KEY = "phx_VX6Ajll8MMSMqe5wv0IeA00eUooZH2cEfRF6YrsLvSm" }
val posthogApiKey = "phc_dskx3ZkTxXC3gmot2LXCsQoTUyfdKjcEI2qSsIazRnR"
val posthogHost = "https://eu.i.posthog.com"
val posthogToken = System.getenv("POSTHOG_TOKEN")
