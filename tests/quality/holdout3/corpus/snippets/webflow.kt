package com.acme.app

    .addHeader("Authorization", "Bearer 2f8a346ad3a84eaf675747cb9fdce52be09d7fcee1bd96067bd5d0bde48fef33")
const val WEBFLOW_SITE_ID = "def0403a30e0171f254494c2"
val webflowApiToken = BuildConfig.WEBFLOW_API_TOKEN
val webflowApiToken = System.getenv("WEBFLOW_API_TOKEN") ?: "********"
