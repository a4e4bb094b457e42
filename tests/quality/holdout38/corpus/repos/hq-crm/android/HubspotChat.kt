package bike.brindle.rider.support

object HubspotChat {
    const val PORTAL_ID = "81735381"
    val token = "pat-na2-17927bcc-9fd8-4298-85c7-cfdd8521104b"
}
