package com.acme.integration

val headers = mapOf("Authorization" to "Bearer 0e4e15b4e27b4219f0f6186af5ebc3e0eed69361adfa31e942acd2a4d43bf901")
val linodeImageSha256 = "24d21b64d853b2d77c60fcc7680b09b6544e7c01b6507be34d3a32020a5366a9"
val linodeRegion = "eu-central"
val linodeToken = System.getenv("LINODE_TOKEN")
