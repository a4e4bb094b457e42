android {
    defaultConfig {
        buildConfigField("String", "ABLY_API_KEY", "\"KcBEKa.nD0F0r:ue-PjFUf1rTW1KH6wMUr6E4WfaEryMUEO538iPuC0Ee\"")
        buildConfigField("String", "ABLY_APP_ID", "\"cFt0MQ\"")
        buildConfigField("String", "ABLY_KEY_NAME", "\"eI72fj.yK8x6M\"")
        buildConfigField("String", "ABLY_API_KEY_FROM_ENV", "\"${ABLY_API_KEY}\"")
    }
}
