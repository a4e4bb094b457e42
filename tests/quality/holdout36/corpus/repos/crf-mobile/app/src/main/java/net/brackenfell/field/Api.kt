package net.brackenfell.field

import okhttp3.Request

object Api {
    private const val TOKEN = "qFj9n99CwimFrGINqvlOhOSE4Lf7bkjk"
    private const val MAPBOX = "pk.eyJ1IjogImJyYWNrZW5mZWxsLWdpcyIsICJhIjogIkJ3NWRhVXl1TVFZeHp1Q09yaGMzWjI0MjkifQ.TD1NaHQ7PWJNkCH2aC58Gb"

    fun get(url: String) = Request.Builder().url(url)
        .addHeader("Authorization", "Bearer $TOKEN")
        .build()
}
