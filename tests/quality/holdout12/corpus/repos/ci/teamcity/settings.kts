import jetbrains.buildServer.configs.kotlin.*

version = "2024.12"
project {
    params {
        password("env.SONAR_TOKEN", "credentialsJSON:ffc7088a-75ca-4c02-b664-3b32267aa5e9")
        param("env.SONAR_LOGIN", "sqp_75927f18a3133c61070c42447917fe88e5f5e6b9")
        param("env.TEAMCITY_TOKEN", "eyJ0eXAiOiAiVENWMiJ9.dyjvIRTU8qUSb0RPshsbB3baq01ofaL0pEut.w3_D__IKWd8rBcYnLyXxUom_KpeOqF1i7xeoom1jcgAjYwKi")
        param("env.DOCKER_PASSWORD", "KImOnjWtopoJIS0dWI")
    }
}
