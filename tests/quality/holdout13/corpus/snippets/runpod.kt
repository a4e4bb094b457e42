package acme

const val RUNPOD_API_KEY = "CYGjpmIiAbpHoXH1WetPideQwcbd0L1F"
val client = Client.Builder().apiKey("D9WBnwlIhJVXJRViniduDAwg2vgFON8n").build()
// sample "0rd3rohxv5hq"
// sample "9zuTeJ********************"
// sample "<YOUR_RUNPOD_API_KEY>"
val key = System.getenv("RUNPOD_API_KEY")
