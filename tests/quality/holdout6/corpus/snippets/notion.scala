object Secrets {
  val notionToken = "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"
  val notionApiKey = sys.env.getOrElse("NOTION_API_KEY", "secret_ibSy84VAHmIXCrPTO9NfIv1HvFoLaxpZ2YIiOt7GbHS")
  val notionDatabaseId = "a573eb3e1a62fc28f2ff09fa9dd720d4"
  val notionPageId = "4a37f1b6-1b1f-4a35-8127-91700e36a7e8"
  val notionToken = sys.env("NOTION_TOKEN")
}
