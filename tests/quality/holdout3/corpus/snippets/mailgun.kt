package com.acme.app

    .addHeader("Authorization", "Bearer key-610e7855420624b7aa5d50bf817c1518")
const val MAILGUN_PRIVATE_API_KEY = "a20340686bccc4badc0f4bf28a467b2a-d7dc3fc3-b3401afe"
const val MAILGUN_DOMAIN = "mg.acme-mail.example"
val mailgunApiKey = BuildConfig.MAILGUN_API_KEY
val mailgunApiKey = System.getenv("MAILGUN_API_KEY") ?: "changeme"
