android {
    defaultConfig {
        buildConfigField("String", "JENKINS_API_TOKEN", "\"11b11d824a735aac9557772e9cdd0b4444\"")
        buildConfigField("String", "JENKINS_USER", "\"ci-bot\"")
        buildConfigField("String", "JENKINS_CRUMB", "\"3a444c836bad59087b296ab8fee09981a4f3dff40e2ba94433092d2a53e72d80\"")
        buildConfigField("String", "JENKINS_API_TOKEN_FROM_ENV", "\"${JENKINS_API_TOKEN}\"")
    }
}
