package wrenfield

object Keys {
  val vaultToken = "hvs.CAESI4p3Pn-Jtq8wQK5dtXYnS2dMkn6rya07_81sQ_rRndbWHYS0wPF2P0MP243_qAEFZM5usB65h97vuN5XkHQAJFE15Wv"
  val keys = Map("vault" -> "s.DCl4d8n5bcyrkZkeyKvozIGd")
  val vaultAccessor = "N2OmYojKaAKLlC1OfK1lbU58"
  val vaultTokenMasked = "hvs.************15Wv"
  val vaultTokenExample = "<your-VAULT_TOKEN>"
  val fromEnv = sys.env.get("VAULT_TOKEN")
}
