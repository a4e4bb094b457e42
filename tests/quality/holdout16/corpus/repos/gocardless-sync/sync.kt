package test.riverbend.sync

import com.gocardless.GoCardlessClient

object DirectDebit {
    private val client = GoCardlessClient.newBuilder("sandbox_5emeFUsqvBbAwToCQIdVrY_mVmx4t9SbNs5FfUSb")
        .withEnvironment(GoCardlessClient.Environment.SANDBOX)
        .build()

    fun mandates() = client.mandates().list().withCreditor("CRMQHKZM357Y90").execute().items
}
