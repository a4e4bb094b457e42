object Credentials {
  val tavilyApiKey = sys.env.getOrElse("TAVILY_API_KEY", "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")
  val tavilyKey = "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"
  val tavilyDepth = "advanced"
  val tavilyApiKey = "tvly-YOUR_API_KEY"
  val tavilyApiKey = sys.env("TAVILY_API_KEY")
}
