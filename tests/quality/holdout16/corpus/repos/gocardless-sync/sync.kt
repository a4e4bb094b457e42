package test.riverbend.sync

import com.gocardless.GoCardlessClient

object DirectDebit {
    private val client = GoCardlessClient.newBuilder("sandbox_YR4FgATPYWMEVaTNfPnr5emeFUsqvBbAwToCQIdV")
        .withEnvironment(GoCardlessClient.Environment.SANDBOX)
        .build()

    fun mandates() = client.mandates().list().withCreditor("CR88IZ5GXGL2J8").execute().items
}
