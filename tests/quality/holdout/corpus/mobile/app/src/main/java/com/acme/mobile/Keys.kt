package com.acme.mobile

object Keys {
    const val MAPS_API_KEY = "AIzaSy9Q4qxgSBCOBXjZEh_tZ7FObZW2iOUf1zL"
    const val SEGMENT_WRITE_KEY = "Xk29LqzP0vN7mT4wRb8cY1dF"
    const val ONESIGNAL_APP_ID = "4d5d727e-493e-42d2-9268-2d17890e106f"
    val revenueCat = "goog_kXqPzLmVnRtYbWcSdFgHjK"
    internal val backendToken: String = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6InlodGVjbmVrdW92Z3RqeW9heHR3Iiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTcxNjIwMTU4MCwiZXhwIjoyMDMxMTU2NDMzfQ.ja4HBGFueeOXKXt1tKwQf5C6WgCi3BMFNqLp1Bf63qA"
}
