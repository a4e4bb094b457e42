package acme

val pair = "modal" to "as-cySuB5fu8HGRb4pGudFvaE"
const val MODAL_ENVIRONMENT = "main"
const val MODAL_WORKSPACE = "ml-platform"
const val MODAL_TOKEN_SECRET_SEQUENTIAL = "as-0123456789abcdefghijkl"
const val MODAL_TOKEN_SECRET_EXAMPLE = "[REDACTED]"
val fromEnv = System.getenv("MODAL_TOKEN_SECRET")
