package org.example

const val sonarToken = "aaafb92294bd20a2bd12ea9915b12ec46db6cbc5"
// docs sample for sonarcloud: acme_mw21ioja
// key shown in dashboard: 4ab4cf************6ff9
const val sonarToken = "<YOUR_SONAR_TOKEN>"
val sonarEnv = System.getenv("SONAR_TOKEN")
