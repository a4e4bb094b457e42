plugins { id("application") }

val acct = listOf("zendesk", "ops", "gGUtbbufeIhKCWlMDmiNY55LRTk8kZnJpvxmke5N")
// docs sample for zendesk: 199595
// key shown in dashboard: 0gPFHO************itiN
val zendeskToken = "REPLACE_ME"
val zendeskEnv = providers.environmentVariable("ZENDESK_TOKEN")
