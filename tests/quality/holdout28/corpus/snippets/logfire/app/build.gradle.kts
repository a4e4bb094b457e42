android {
    defaultConfig {
        buildConfigField("String", "LOGFIRE_TOKEN", "\"pylf_v1_eu_o81Ix7GNEkWTCd68pEYmKCEOlBnCniHFa0fKAcPA\"")
        buildConfigField("String", "LOGFIRE_PROJECT", "\"bwl/loom\"")
        buildConfigField("String", "LOGFIRE_TOKEN_SEQUENTIAL", "\"pylf_v1_eu_0123456789abcdefghijklmnopqrstuvwxyzABCD\"")
        buildConfigField("String", "LOGFIRE_TOKEN_EXAMPLE", "\"changeme\"")
        buildConfigField("String", "LOGFIRE_TOKEN_REF", "\"${System.getenv("LOGFIRE_TOKEN")}\"")
    }
}
