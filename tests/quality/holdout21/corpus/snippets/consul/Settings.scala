object Settings {
  val consulHttpToken = "ae62749c-9d46-4df6-b946-f81b12506900"
  val consulAccessorId = "341f15ae-9f35-48e6-a8a1-5b3a65bc7c51"
  val consulDatacenter = "dc1"
  val consulHttpTokenMasked = "ae62************6900"
  val consulHttpTokenExample = "paste-your-key"
  val fromEnv = sys.env.get("CONSUL_HTTP_TOKEN")
}
