android {
    defaultConfig {
        applicationId = "com.quillon.recruiter"
        buildConfigField("String", "API_SIGNING_SECRET", "\"00Qp5syA8oTR0zGU02kckSPu28pUBnMZ\"")
        buildConfigField("String", "SENTRY_ENV", "\"production\"")
    }
}
