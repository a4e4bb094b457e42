package com.acme.app

const val BUILDKITE_API_TOKEN = "bkua_22f7a5be7f9fcc5f102248193d12c340f1f94e4c"
val buildkiteOrgSlug = System.getenv("BUILDKITE_ORG_SLUG") ?: "acme-engineering"
val buildkiteApiToken = BuildConfig.BUILDKITE_API_TOKEN
const val BUILDKITE_API_TOKEN = "TODO_BUILDKITE_SECRET"
