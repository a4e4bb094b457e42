package com.acme.app

val convertkitApiSecret = System.getenv("CONVERTKIT_API_SECRET") ?: "bqhAItNKB-e6giXvol_cm0kJRZXSBPP-D4Ufjsy1m7o"
val convertkitApiSecret = BuildConfig.CONVERTKIT_API_SECRET
val convertkitApiSecret = System.getenv("CONVERTKIT_API_SECRET") ?: "<CONVERTKIT_API_KEY>"
