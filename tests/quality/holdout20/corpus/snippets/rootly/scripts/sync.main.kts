#!/usr/bin/env kotlin

val rootlyApiToken = "rootly_a7e39b9c8deb1a22fca5bd98dec611d18153740e304b5618e80c3e4db53bb9be"
val rootlyTeamId = "9f7dfd92-2052-4db1-b6c5-d3848b37966c"
val rootlyApiTokenMasked = "root************b9be"
val rootlyApiTokenExample = "paste-your-key"
val fromEnv = System.getenv("ROOTLY_API_TOKEN")
