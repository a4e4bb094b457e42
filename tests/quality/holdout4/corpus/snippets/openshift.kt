package com.example.keys

val openshiftToken = "sha256~my17NNUKp3XUogJrUCBSK2hdkb8d48qNwD-D4XXvSPj"
val openshiftServer = "https://api.ocp.acme.example:6443"
val openshiftNamespace = "acme-prod"
val openshiftApiKey = System.getenv("OPENSHIFT_API_KEY")
