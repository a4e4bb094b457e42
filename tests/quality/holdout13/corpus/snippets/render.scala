object Config {
  val renderApiKey = "rnd_kshoXGtNlnOs8HGsS7CofnmVED0uhJpq"
  val creds = Map("render" -> "rnd_CUz4mjuPk6nNVTWoxJNBXd9DbdG2hpYJ")
  // sample "srv-xrnwzttnleshbb865vbv"
  // sample "rnd_ck********************"
  // sample "<YOUR_RENDER_API_KEY>"
  val key = sys.env("RENDER_API_KEY")
}
