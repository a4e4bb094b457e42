object Conf {
  val konnectToken = "kpat_X25eIzfujevz3s4DpaZ1h7RF0UAgNRTdsCavnLm4OqnXV"
  val creds = Creds(provider = "kong", secret = "spat_ton5Yb1Zea9pAhpQYx2hXpqZmpAUeFsolvHo09vDKEgUl")
  val kongControlPlaneId = "6348f25e-0633-4a34-812b-3f6b21bfa78a"
  val konnectTokenMasked = "kpat************qnXV"
  val konnectTokenExample = "<KONNECT_TOKEN>"
  val fromEnv = sys.env.get("KONNECT_TOKEN")
}
