package wrenfield

object Keys {
  val vaultToken = "hvs.CAESIt4p3Pn-Jtq8wQK5dtXYnS2dMkn6rya07_81sQ_rRndbWHYS0wPF2P0MP243_qAEFZM5usB65h97vuN5XkHQAJFE15W"
  val keys = Map("vault" -> "s.imgXDCl4d8n5bcyrkZkeyKvo")
  val vaultAccessor = "zIGdN2OmYojKaAKLlC1OfK1l"
  val vaultTokenMasked = "hvs.************E15W"
  val vaultTokenExample = "<your-VAULT_TOKEN>"
  val fromEnv = sys.env.get("VAULT_TOKEN")
}
