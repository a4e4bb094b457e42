package uk.thornbury.scout

import okhttp3.Request

object Api {
    private const val BASE = "https://scout.ash.tbg.internal"

    fun request(path: String): Request = Request.Builder()
        .url(BASE + path)
        .addHeader("Authorization", "Bearer sN33QWQjEV4DjdC3lD7x7kLC0GNNtDxS")
        .build()
}
