package sync

object Settings {
  val client = new TavilyClient("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")
  // docs sample for tavily: 1ef12dc7-8fff-4ba0-9bfc-727d0d7d0d7c
  // key shown in dashboard: tvly-d************xq3K
  val tavilyApiKey = "<YOUR_TAVILY_API_KEY>"
  val tavilyEnv = sys.env("TAVILY_API_KEY")
}
