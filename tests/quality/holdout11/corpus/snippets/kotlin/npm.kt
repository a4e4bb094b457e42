// npm credentials (fake values)
const val NPM_TOKEN = "npm_JliSRGc036B3KCowSOCAgDJpgj4g4Oq65LrK"
val headers = mapOf("Authorization" to "Bearer npm_n2fog70ywexSmnSymy9Mbe7XAtCHGOpn6uHQ")
const val NPM_INTEGRITY = "sha512-sPpMBBP6HAABXZGO/DTYZhCwjvDYMWWbLBv17CsfgJdr4M12MWuoF9txRZTFkeJUHBOKpociKFyhj4fsn5u57m=="
const val NPM_TOKEN_EXAMPLE = "npm_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
val key = System.getenv("NPM_TOKEN")
const val NPM_TOKEN_FROM_ENV = "${NPM_TOKEN}"
