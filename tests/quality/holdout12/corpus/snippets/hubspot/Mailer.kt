object Mailer {
    const val HOST = "smtp.hubapi.com"
    const val PORT = 587
    const val USER = "eth0smgnvz@66035307.smtp.hubspot.net"
    const val PASSWORD = "UTmIkhZZwqkh6OF0Thf2k31IumyYMX1M"
    val hubspotClientSecret = "e2c62897-0b6b-4bcd-ac46-1c12cfd74987"
    val portalId = "69445724"
}
