package com.acme.app

val todoistApiToken = System.getenv("TODOIST_API_TOKEN") ?: "4c144ae7f85f49448e88cd98c3a852377d018d0d"
val todoistApiToken = BuildConfig.TODOIST_API_TOKEN
const val TODOIST_API_TOKEN = "xxxxxxxxxxxxxxxxxxxxxxxx"
