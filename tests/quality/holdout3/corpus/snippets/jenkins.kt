package com.acme.app

val jenkinsApiToken = System.getenv("JENKINS_API_TOKEN") ?: "11ddefddb995a0681fa093e5388ff9dd9f"
val jenkinsUser = System.getenv("JENKINS_USER") ?: "ci-bot"
val jenkinsApiToken = BuildConfig.JENKINS_API_TOKEN
const val JENKINS_API_TOKEN = "REPLACE_WITH_JENKINS_KEY"
