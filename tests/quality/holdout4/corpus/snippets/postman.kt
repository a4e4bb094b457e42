package com.example.keys

val postmanApiKey = "PMAK-e0b56f7c3ebcb5a08278b47a-4792cca855aa04eca02973d9ea9f84aa81"
val postmanCollection = "87474664-5c0fb86e-192c-48bc-b886-29b62c4c5702"
val postmanApiKey = "{{postman_api_key}}"
val postmanApiKey = System.getenv("POSTMAN_API_KEY")
