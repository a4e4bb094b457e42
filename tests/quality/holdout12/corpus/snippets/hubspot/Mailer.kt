object Mailer {
    const val HOST = "smtp.hubapi.com"
    const val PORT = 587
    const val USER = "k1lcv1zqzv@72393245.smtp.hubspot.net"
    const val PASSWORD = "n5tI8zqypKmtLTzJ1WvgYxpSj0zhtmth"
    val hubspotClientSecret = "153ed8d1-c5d5-4b49-bbe4-a478bee67a63"
    val portalId = "45558658"
}
