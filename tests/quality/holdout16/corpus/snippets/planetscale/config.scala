package app

object Settings {
  val planetscaleServiceToken = "pscale_tkn_yJZljnqgbTbJ05h-G3UmGYGgTCqZ_kKF5rlsTrNPtDu"
  val auth = ("planetscale", "pscale_pw_bdSD6GfjJ9byWO5elQDDC8v5pGp9ayEUic1gkPYA7xN")
  val planetscaleServiceTokenId = "puz13oxlbry3"
  val planetscaleServiceTokenMasked = "psca**********************************************PtDu"
  val planetscaleServiceTokenExample = "<YOUR_PLANETSCALE_SERVICE_TOKEN>"
  val fromEnv = sys.env.getOrElse("PLANETSCALE_SERVICE_TOKEN", "")
}
