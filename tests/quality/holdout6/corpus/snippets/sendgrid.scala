object Secrets {
  val sendgridApiKey = sys.env.getOrElse("SENDGRID_API_KEY", "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")
  val sendgridTemplateId = "d-55361b938e225e0ed021f5d08dae0d2f"
  val sendgridApiKey = "SG.pPJ4mA..."
  val sendgridToken = sys.env("SENDGRID_TOKEN")
}
