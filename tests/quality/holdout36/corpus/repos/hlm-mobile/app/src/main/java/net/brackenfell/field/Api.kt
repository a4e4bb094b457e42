package net.brackenfell.field

import okhttp3.Request

object Api {
    private const val TOKEN = "6ipb9P9oVqfKJel1WU2FPITjo0gLoyfa"
    private const val MAPBOX = "pk.eyJ1IjogImJyYWNrZW5mZWxsLWdpcyIsICJhIjogIkZaeFRSbjk2SkpUWGx3UXIzdGE3YTFuNHoifQ.Cev1-vjQRgKW7-mjjk7bfp"

    fun get(url: String) = Request.Builder().url(url)
        .addHeader("Authorization", "Bearer $TOKEN")
        .build()
}
