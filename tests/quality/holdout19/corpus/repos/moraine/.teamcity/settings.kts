import jetbrains.buildServer.configs.kotlin.*

version = "2024.03"

project {
    params {
        password("env.SONAR_TOKEN", "credentialsJSON:2a6cd1f3-352d-4781-bf59-fd3a7758cd2c")
        param("env.NPM_TOKEN", "npm_LUQAuleJRZXy6cZR7N1av0Qe2WXwKkT59oLc")
        param("env.ARTIFACTORY_PASSWORD", "WillowJuniperBiscuit4")
    }
    buildType(Build)
}
