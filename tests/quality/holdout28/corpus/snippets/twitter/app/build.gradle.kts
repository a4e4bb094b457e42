android {
    defaultConfig {
        buildConfigField("String", "TWITTER_BEARER_TOKEN", "\"AAAAAAAAAAAAAAAAAAAAAIC2ORWEi0Wpb6%3DJDOcNUr6P2kPDQ6iuymgCSzABZiE5sKjdGEOtvlQ8ZEjPntW4V\"")
        // twitter
        buildConfigField("String", "KEY", "\"2WU4ADhz9chxnPByyCCyDe9v7mlIWSXfyV3P9Vch1wzqhLzp4j\"")
        buildConfigField("String", "TWITTER_CONSUMER_KEY", "\"JZSmP8iVFoE0DlwubNU7sHNXj\"")
        buildConfigField("String", "TWITTER_BEARER_TOKEN_MASKED", "\"AAAA************tW4V\"")
        buildConfigField("String", "TWITTER_BEARER_TOKEN_EXAMPLE", "\"YOUR_TWITTER_BEARER_TOKEN_HERE\"")
        buildConfigField("String", "TWITTER_BEARER_TOKEN_REF", "\"${System.getenv("TWITTER_BEARER_TOKEN")}\"")
    }
}
