object Credentials {
  val gitbookApiToken = "gb_api_7KkLI8G6aViCxVWDqlSNkKMoNiPA0RnXqdqawiUu"
  val gitbookToken = sys.env.getOrElse("GITBOOK_TOKEN", "gb_api_UztNncUjOkyKCIG3ySOSvtbEeqbT0VMENsvPI5Lc")
  val gitbookSpaceId = "rRgrf7AFSpMCjXCwfQJl"
  val gitbookApiToken = "gb_api_XXXXXXXX"
  val gitbookApiKey = sys.env("GITBOOK_API_KEY")
}
