package com.acme.integration

object Secrets { const val ANYSCALE_CLI_TOKEN = "aph0_4KS4HeXIbprYY2nLpMiBXffPJfQ7aa0cr9xBWUc_7NbgK9XClzdNVZBZQDrbwUdP6_5cPp9JiNstnxX37128BsR-sBfAMV6CcZ1yTBI7rtsSpl" }
val headers = mapOf("Authorization" to "Bearer esecret_9vwjcdgkoxavksm1xfd39qy6p7")
val anyscaleCloudId = "cld_vcvq4m9dmodjrvgz6uon4mv9"
val anyscaleApiKey = "esecret_..."
val anyscaleToken = System.getenv("ANYSCALE_TOKEN")
