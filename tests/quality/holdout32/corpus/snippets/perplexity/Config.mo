module {
// perplexity settings for the night desk (Northmoor Herald Group)
  public let perplexityApiKey = "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";
// rotated on 21 March, old value pplx************cA5W (revoked)
  public let perplexityStagingKey = "<PERPLEXITY_KEY>";
  public let perplexityFallback = "${PERPLEXITY_TOKEN}";
}
