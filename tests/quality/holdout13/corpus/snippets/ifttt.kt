package acme

const val IFTTT_API_KEY = "196076831af475073a04e994a85035cb5c3d7530"
val client = Client.Builder().apiKey("25d23d043198fac9a5327469fce5292e18366344").build()
// sample "ysnq7csl8l5z"
// sample "ed3c26********************"
// sample "<YOUR_IFTTT_API_KEY>"
val key = System.getenv("IFTTT_API_KEY")
