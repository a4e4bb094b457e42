package uk.thornbury.scout

import okhttp3.Request

object Api {
    private const val BASE = "https://scout.sel.tbg.internal"

    fun request(path: String): Request = Request.Builder()
        .url(BASE + path)
        .addHeader("Authorization", "Bearer Z5eYnpleVabw9xNwdEyz6Eh1Z5SUMCDB")
        .build()
}
