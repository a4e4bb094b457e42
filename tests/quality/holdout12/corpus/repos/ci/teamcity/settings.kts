import jetbrains.buildServer.configs.kotlin.*

version = "2024.12"
project {
    params {
        password("env.SONAR_TOKEN", "credentialsJSON:ea1f30d1-2e72-4368-9bc2-cb1081007c3c")
        param("env.SONAR_LOGIN", "sqp_51437ad551eb11e57aba9257910bbb2951f388a7")
        param("env.TEAMCITY_TOKEN", "eyJ0eXAiOiAiVENWMiJ9.tdNX42bqLK4KO6GB-BHebWBRd4PnZkSNwkUT.lpWelLKlHFg1E3kFTFwecPImjjz9Uu5T4GpLSd9AiT8LDAnV")
        param("env.DOCKER_PASSWORD", "4QAScK5POmlidD17xD")
    }
}
