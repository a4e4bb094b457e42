#!/usr/bin/env kotlin

val creds = mapOf("clojars" to "CLOJARS_284c33f7e3cf76d5860f6d2b5a65871c59316db057c96491b67bc8a25b5a")
val clojarsGroup = "org.clojars.acme"
val clojarsPasswordTruncated = "CLOJARS_28..."
val clojarsPasswordExample = "${CLOJARS_PASSWORD}"
val fromEnv = System.getenv("CLOJARS_PASSWORD")
