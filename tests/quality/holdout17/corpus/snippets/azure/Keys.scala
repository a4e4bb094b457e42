package wrenfield

object Keys {
  val azureStorageKey = "3g+2TtJKy+ZBX+Lrt2BfIVgFWKKU5OQ5dkMutkz+Q7BmH8aFK2x2ZjF3UOeU3TUxbK1a2B7mQCh5UAQPFeDfeI=="
  val keys = Map("azure" -> "CDU8Q~GQPDufc6QVY-EldV789Pn_dCd5J8B4wlAk")
  val azureTenantId = "4fadff3a-3ed1-452a-8c44-15bcfdc335e1"
  val azureClientId = "8cd2950c-584e-455a-b616-8f9a51788736"
  val azureStorageKeyMasked = "3g+2************eI=="
  val azureStorageKeyExample = "<your-AZURE_STORAGE_KEY>"
  val fromEnv = sys.env.get("AZURE_STORAGE_KEY")
}
