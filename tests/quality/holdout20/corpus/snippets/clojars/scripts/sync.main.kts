#!/usr/bin/env kotlin

val creds = mapOf("clojars" to "CLOJARS_7c96491b67bc8a25b5a76bba646a211957412add163336f61b6393358f53")
val clojarsGroup = "org.clojars.acme"
val clojarsPasswordTruncated = "CLOJARS_7c..."
val clojarsPasswordExample = "${CLOJARS_PASSWORD}"
val fromEnv = System.getenv("CLOJARS_PASSWORD")
