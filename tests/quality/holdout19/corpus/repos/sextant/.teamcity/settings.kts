import jetbrains.buildServer.configs.kotlin.*

version = "2024.03"

project {
    params {
        password("env.SONAR_TOKEN", "credentialsJSON:deddc796-cb28-44a5-aba2-13ffbf27b026")
        param("env.NPM_TOKEN", "npm_U8pccH12IePcKTkWR2mQKKtcZsE5JTAYsW4w")
        param("env.ARTIFACTORY_PASSWORD", "$biscuit_marble381")
    }
    buildType(Build)
}
