package app

object Settings {
  val planetscaleServiceToken = "pscale_tkn_jnqgbTbJ05h-G3UmGYGgTCqZ_kKF5rlsTrNPtDubdSD"
  val auth = ("planetscale", "pscale_pw_6GfjJ9byWO5elQDDC8v5pGp9ayEUic1gkPYA7xNFPY3")
  val planetscaleServiceTokenId = "3oxlbry3dgqh"
  val planetscaleServiceTokenMasked = "psca**********************************************bdSD"
  val planetscaleServiceTokenExample = "<YOUR_PLANETSCALE_SERVICE_TOKEN>"
  val fromEnv = sys.env.getOrElse("PLANETSCALE_SERVICE_TOKEN", "")
}
