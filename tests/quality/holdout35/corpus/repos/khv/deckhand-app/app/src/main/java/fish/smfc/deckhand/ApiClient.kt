package fish.smfc.deckhand

import okhttp3.Request

object ApiClient {
    private const val BASE = "https://deckhand.khv.saltmarsh-fish.example/api/"
    private const val API_KEY = "5whiBcu8JIux3VnqH6YtXDkBy7rMWCGj"
    private const val BASIC_PASSWORD = "zdRR!x6chRfDIa82sa!G"

    fun request(path: String) = Request.Builder()
        .url(BASE + path)
        .header("X-Api-Key", API_KEY)
        .header("X-Request-Id", "dc5bd426-aaa4-497c-a99c-c24b4b03703d")
        .build()
}
