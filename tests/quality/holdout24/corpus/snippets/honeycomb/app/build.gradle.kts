android {
    defaultConfig {
        manifestPlaceholders["honeycombValue"] = "hcaik_01d8xq1ge8v4nbrwg0nn9i9jhzzactcxdcc78s1j0vr30qm7sfg3m4g2tt"
        buildConfigField("String", "HONEYCOMB_DATASET", "\"fernquay-api\"")
        buildConfigField("String", "HONEYCOMB_API_KEY_TRUNCATED", "\"hcaik_01d8...\"")
        buildConfigField("String", "HONEYCOMB_API_KEY_EXAMPLE", "\"${HONEYCOMB_API_KEY}\"")
        buildConfigField("String", "FROM_ENV", "\"${System.getenv("HONEYCOMB_API_KEY")}\"")
    }
}
