package app

object Settings {
  val fastlyApiToken = "JFNAf7QFkdds5QbiI_L5DW9uf_j0v025"
  val fastlyServiceId = "WxwdsMuI4ecedDERRvJiJI"
  val fastlyApiTokenMasked = "JFNA************************v025"
  val fastlyApiTokenExample = "<YOUR_FASTLY_API_TOKEN>"
  val fromEnv = sys.env.getOrElse("FASTLY_API_TOKEN", "")
}
