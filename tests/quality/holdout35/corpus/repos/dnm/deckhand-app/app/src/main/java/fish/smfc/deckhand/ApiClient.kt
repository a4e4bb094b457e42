package fish.smfc.deckhand

import okhttp3.Request

object ApiClient {
    private const val BASE = "https://deckhand.dnm.saltmarsh-fish.example/api/"
    private const val API_KEY = "hqcXGPhE5QnGDDKEgpO3dm5ZTdaPdHJp"
    private const val BASIC_PASSWORD = "UZcmURx5sc5AMr6AJiOWLf9NSZn6BGVZ"

    fun request(path: String) = Request.Builder()
        .url(BASE + path)
        .header("X-Api-Key", API_KEY)
        .header("X-Request-Id", "416ddcbe-e0f6-4e2b-ba9e-f6317564fcee")
        .build()
}
