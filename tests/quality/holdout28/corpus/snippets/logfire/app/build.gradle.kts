android {
    defaultConfig {
        buildConfigField("String", "LOGFIRE_TOKEN", "\"pylf_v1_eu_OlBnCniHFa0fKAcPAmVVpSGCqg3QT8rTqjDsoXyL\"")
        buildConfigField("String", "LOGFIRE_PROJECT", "\"bwl/junction\"")
        buildConfigField("String", "LOGFIRE_TOKEN_SEQUENTIAL", "\"pylf_v1_eu_0123456789abcdefghijklmnopqrstuvwxyzABCD\"")
        buildConfigField("String", "LOGFIRE_TOKEN_EXAMPLE", "\"changeme\"")
        buildConfigField("String", "LOGFIRE_TOKEN_REF", "\"${System.getenv("LOGFIRE_TOKEN")}\"")
    }
}
