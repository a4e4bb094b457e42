android {
    defaultConfig {
        buildConfigField("String", "TWITTER_BEARER_TOKEN", "\"AAAAAAAAAAAAAAAAAAAAAOtvlQ8ZEjPntW%3D4V2WU4ADhz9chxnPByyCCyDe9v7mlIWSXfyV3P9Vch1wzqhLzp\"")
        // twitter
        buildConfigField("String", "KEY", "\"4jJZSmP8iVFoE0DlwubNU7sHNXjUIhVGUn365FUd1SVkX2W5Oh\"")
        buildConfigField("String", "TWITTER_CONSUMER_KEY", "\"2VwwQM9ufC6OpUduSiDmDH8jM\"")
        buildConfigField("String", "TWITTER_BEARER_TOKEN_MASKED", "\"AAAA************hLzp\"")
        buildConfigField("String", "TWITTER_BEARER_TOKEN_EXAMPLE", "\"YOUR_TWITTER_BEARER_TOKEN_HERE\"")
        buildConfigField("String", "TWITTER_BEARER_TOKEN_REF", "\"${System.getenv("TWITTER_BEARER_TOKEN")}\"")
    }
}
