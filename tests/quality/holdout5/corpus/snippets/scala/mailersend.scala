object Credentials {
  val mailersendApiKey = sys.env.getOrElse("MAILERSEND_API_KEY", "mlsn.ad098816098b83c1f45a671a5236cd57d29dfe7776fc993651a02ad59bc779ca")
  val mailersendToken = "mlsn.d4367d7c6ab6865008d9754d3291feeeb3d69693075b07be15d3b61663f7eb99"
  val mailersendDomainId = "wowmubyzz7tnk4m"
  val mailersendApiKey = "mlsn.xxxx"
  val mailersendApiKey = sys.env("MAILERSEND_API_KEY")
}
