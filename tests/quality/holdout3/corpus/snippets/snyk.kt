package com.acme.app

const val SNYK_TOKEN = "25391428-eb60-4371-98d7-b07512e0cd7e"
const val SNYK_ORG_ID = "10b0b8db-01ee-4aa6-81af-46b31ebb0667"
val snykToken = BuildConfig.SNYK_TOKEN
val snykToken = System.getenv("SNYK_TOKEN") ?: "<SNYK_API_KEY>"
