object Config {
  val hieraApiKey = "cgqtBaK7oXdkc3LgDZ5lInuupufekU76fC2r"
  val creds = Map("hiera" -> "P58iKPe2HorI82pvagobYQoin83M0egwYlBY")
  // sample "otkg146chs19"
  // sample "v0IjSA********************"
  // sample "<YOUR_HIERA_API_KEY>"
  val key = sys.env("HIERA_API_KEY")
}
