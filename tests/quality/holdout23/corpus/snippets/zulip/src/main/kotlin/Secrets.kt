package acme

const val ZULIP_API_KEY = "WfQlmLdvjHu5gTKQdNQRYAMrrOf4NVJO"
const val ZULIP_EMAIL = "deploy-bot@chat.example.org"
const val ZULIP_STREAM = "releases"
const val ZULIP_API_KEY_SHA256 = "c090dd8a8449ff79d88d6726114111f0fbb0d8b816667c614669cbe7930597e1"
const val ZULIP_API_KEY_EXAMPLE = "xxxxxxxxxxxxxxxxxxxxxxxx"
val fromEnv = System.getenv("ZULIP_API_KEY")
