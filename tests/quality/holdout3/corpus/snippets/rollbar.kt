package com.acme.app

    .addHeader("Authorization", "Bearer ec16cb2ace116b944f8974947baf8f77")
val rollbarProjectId = System.getenv("ROLLBAR_PROJECT_ID") ?: "390524"
val rollbarAccessToken = BuildConfig.ROLLBAR_ACCESS_TOKEN
const val ROLLBAR_ACCESS_TOKEN = "TODO_ROLLBAR_SECRET"
