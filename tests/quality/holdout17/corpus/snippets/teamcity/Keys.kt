package net.wrenfield

val keys = mapOf("teamcity" to "eyJ0eXAiOiAiVENWMiJ9.yh7mjh9Mtn31hoNEkBR75B04AUcdqhtd83op.zVkCG0-ii5cygoI2KaqeZh3nMcyG-CPzAv4UDcmC1-2E829I")
const val TEAMCITY_BUILD_TYPE_ID = "Wren_Backend_Build"
const val TEAMCITY_TOKEN_SEQUENTIAL = "eyJ0eXAiOiAiVENWMiJ9.0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijklm"
const val TEAMCITY_TOKEN_EXAMPLE = "TBD"
val fromEnv: String? = System.getenv("TEAMCITY_TOKEN")
