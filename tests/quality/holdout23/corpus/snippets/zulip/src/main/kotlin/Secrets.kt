package acme

const val ZULIP_API_KEY = "LOTasQhZNuCo4AwDY2KtAXEl1lhr2X96"
const val ZULIP_EMAIL = "deploy-bot@chat.example.org"
const val ZULIP_STREAM = "releases"
const val ZULIP_API_KEY_SHA256 = "22a68ef30725f0ea358d0e08dda4a2429c2d7da289a29bfca111aa4ec71c1ad2"
const val ZULIP_API_KEY_EXAMPLE = "xxxxxxxxxxxxxxxxxxxxxxxx"
val fromEnv = System.getenv("ZULIP_API_KEY")
