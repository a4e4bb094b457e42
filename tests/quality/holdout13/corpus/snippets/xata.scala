object Config {
  val xataApiKey = "40fc739eefd8290e02c6f41211bc7380"
  val creds = Map("xata" -> "5a6f1fc8e5a15ef459adefe44aea5508")
  // sample "3666wgbbfqmm"
  // sample "8021c1********************"
  // sample "<YOUR_XATA_API_KEY>"
  val key = sys.env("XATA_API_KEY")
}
