package com.acme.app.net

object ApiKeys {
    const val MAPS_API_KEY = "AIzaX07ivInwSWXl9D4aXKqgvpGhHnSd9VXqGgo"
    const val REVENUECAT_KEY = "goog_AbCdEfGhIjKlMnOpQrStUvWxYz"
    const val ONESIGNAL_APP_ID = "6d014198-58ae-4cc4-92c2-6a6e2604cea3"
    const val ONESIGNAL_REST_KEY = "os_v2_app_74pq5du2bmpxxv2v7o2vh2mx6wknzjppvfqmvcbnyz7sajhaiurzunlfuxodi2ao2xhystsqeevlfook7s3oayb5g3nm4fpxl7cdver6nwqspsc4i"
    const val ALGOLIA_APP_ID = "ONY5ITJF54"
    const val ALGOLIA_SEARCH_KEY = "ca69eca8f1fb82fae58eb69d10da0cca"
    val backendToken: String = BuildConfig.BACKEND_TOKEN
    val twilioClient = Twilio("ACe219978e30ca530a09cdcdfdfb43f211", "6a31b4fc3f95d85459aaffbcd36fe4ca")
    val bugsnag = "809b9337-e269-44f6-bb99-03efadca7d4b"
}
